package org.w3id.dgkg.serve;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * Content negotiation for linked-data resources: HTML for people, the RDF syntaxes for clients,
 * with a {@code ?format=} override for browsers.
 */
public final class Conneg {
    private Conneg() {}

    public static final String HTML = "text/html";
    /** What a resource can be had as, in order of preference when the client does not care. */
    public static final List<String> OFFERS = List.of(HTML, "text/turtle", "application/ld+json",
            "application/rdf+xml", "application/n-triples");
    private static final Map<String, String> FORMATS = Map.of(
            "html", HTML, "ttl", "text/turtle", "turtle", "text/turtle", "jsonld", "application/ld+json",
            "json", "application/ld+json", "rdf", "application/rdf+xml", "xml", "application/rdf+xml",
            "nt", "application/n-triples");

    /** The chosen media type, or null when nothing offered is acceptable (406). */
    public static String choose(String accept, String format) {
        if (format != null && !format.isBlank())
            return FORMATS.get(format.toLowerCase(Locale.ROOT));
        if (accept == null || accept.isBlank())
            return HTML;
        String best = null;
        double bestQ = 0;
        for (String offer : OFFERS) {
            double q = quality(accept, offer);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best;
    }

    /** The q-value the Accept header gives a media type: the most specific matching range wins. */
    static double quality(String accept, String offer) {
        String offerMajor = offer.substring(0, offer.indexOf('/'));
        double q = 0;
        int specificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            int spec = type.equals(offer) ? 2 : type.equals(offerMajor + "/*") ? 1 : type.equals("*/*") ? 0 : -1;
            if (spec < 0 || spec < specificity)
                continue;
            double rangeQ = 1;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        rangeQ = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        rangeQ = 0;
                    }
                }
            }
            // A wildcard match ranks an offer a little below an explicit one with the same q.
            q = rangeQ - (spec == 2 ? 0 : 0.0001 * (2 - spec));
            specificity = spec;
        }
        return q;
    }

    public static Lang lang(String mediaType) {
        return RDFLanguages.contentTypeToLang(mediaType);
    }

    /** The {@code ?format=} value for a media type (for Link headers and page links). */
    public static String formatName(String mediaType) {
        return switch (mediaType) {
            case "text/turtle" -> "ttl";
            case "application/ld+json" -> "jsonld";
            case "application/rdf+xml" -> "rdf";
            case "application/n-triples" -> "nt";
            default -> "html";
        };
    }
}

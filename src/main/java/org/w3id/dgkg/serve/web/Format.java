package org.w3id.dgkg.serve.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * The representations an IRI is served in, with the media type, the {@code ?format=} key and
 * the file extension. {@link #choose} does content negotiation: {@code ?format=} wins, then the
 * Accept header (q-values honoured); no Accept, or only wildcards, gives HTML.
 */
public enum Format {
    HTML("text/html", "html", null),
    TURTLE("text/turtle", "ttl", Lang.TURTLE),
    JSONLD("application/ld+json", "jsonld", Lang.JSONLD),
    RDFXML("application/rdf+xml", "rdf", Lang.RDFXML),
    NTRIPLES("application/n-triples", "nt", Lang.NTRIPLES);

    private final String mediaType;
    private final String key;
    private final Lang lang;

    Format(String mediaType, String key, Lang lang) {
        this.mediaType = mediaType;
        this.key = key;
        this.lang = lang;
    }

    public String mediaType() {
        return mediaType;
    }

    public String key() {
        return key;
    }

    /** The RDF syntax, or null for HTML. */
    public Lang lang() {
        return lang;
    }

    public boolean isRdf() {
        return lang != null;
    }

    private static final AcceptList OFFER = AcceptList.create(
            Arrays.stream(values()).map(Format::mediaType).toArray(String[]::new));

    /** The format named by a {@code ?format=} value (key, media type or a Jena language name). */
    public static Optional<Format> byKey(String value) {
        if (value == null || value.isBlank())
            return Optional.empty();
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (Format f : values())
            if (f.key.equals(v) || f.mediaType.equals(v))
                return Optional.of(f);
        switch (v) {
            case "turtle": return Optional.of(TURTLE);
            case "json-ld", "json": return Optional.of(JSONLD);
            case "xml", "rdfxml", "owl": return Optional.of(RDFXML);
            case "ntriples", "n-triples": return Optional.of(NTRIPLES);
            case "htm": return Optional.of(HTML);
            default: break;
        }
        Lang l = RDFLanguages.shortnameToLang(v);
        if (l != null)
            for (Format f : values())
                if (l.equals(f.lang))
                    return Optional.of(f);
        return Optional.empty();
    }

    /**
     * Chooses a representation. Empty when the client accepts none of ours (then the caller
     * answers 406).
     */
    public static Optional<Format> choose(String formatParam, String accept) {
        if (formatParam != null && !formatParam.isBlank())
            return byKey(formatParam);
        if (accept == null || accept.isBlank())
            return Optional.of(HTML);
        AcceptList proposal;
        try {
            proposal = new AcceptList(accept);
        } catch (RuntimeException e) {
            return Optional.of(HTML);
        }
        if (proposal.entries().stream().allMatch(r -> "*".equals(r.getType())))
            return Optional.of(HTML);
        MediaType m = AcceptList.match(proposal, OFFER);
        if (m == null)
            return Optional.empty();
        String ct = m.getContentTypeStr();
        for (Format f : values())
            if (f.mediaType.equals(ct))
                return Optional.of(f);
        return Optional.empty();
    }

    public static List<Format> all() {
        return List.of(values());
    }
}

package org.w3id.dgkg.serve.linkeddata;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.serve.web.ErrorPage;
import org.w3id.dgkg.serve.web.Format;
import org.w3id.dgkg.serve.web.Html;
import org.w3id.dgkg.serve.web.Lookup;
import org.w3id.dgkg.serve.web.Pages;
import org.w3id.dgkg.serve.web.Rdf;
import org.w3id.dgkg.serve.web.ReadableTurtle;
import org.w3id.dgkg.vocab.DGKG;

/**
 * {@code GET /id/{kind}/{slug}}: the description of {@code https://w3id.org/dgkg/id/{kind}/{slug}}
 * in the negotiated format, with {@code Vary}, {@code Link} alternates, {@code ETag} and
 * {@code Last-Modified}; 304 on a matching {@code If-None-Match}; 404 with a page for unknown IRIs;
 * 406 when no offered format is acceptable.
 */
final class IdServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(IdServlet.class);

    /**
     * A kind is any lower-case path segment: besides {@link DGKG#KINDS} the graph holds IRIs of other
     * kinds under {@code /id/} (ambiguous labels, generations, change sets), and each dereferences
     * like the others; whether anything has the IRI decides 200 or 404.
     */
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");
    private static final String WHAT_IDS_LOOK_LIKE = "Identifiers look like /id/{kind}/{slug}, with kind one of "
            + String.join(", ", DGKG.KINDS.stream().sorted().toList()) + ".";

    private final transient Describer describer;
    private final transient Lookup lookup;
    private transient volatile BuildStamp stamp;
    /** Rendered representations: the data does not change while a generation is served. Bounded, least recently used out. */
    private final transient Map<String, byte[]> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > 2000;
        }
    });

    /** Whether rendered representations are kept ({@link #cache}); off, each request renders afresh. */
    private final boolean caching;

    IdServlet(Describer describer, Lookup lookup, BuildStamp stamp) {
        this(describer, lookup, stamp, true);
    }

    IdServlet(Describer describer, Lookup lookup, BuildStamp stamp, boolean caching) {
        this.describer = describer;
        this.lookup = lookup;
        this.stamp = stamp;
        this.caching = caching;
    }

    /** The served data changed (a new generation): new ETags, nothing rendered from the old data. */
    void dataChanged(BuildStamp newStamp) {
        this.stamp = newStamp;
        cache.clear();
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo(); // "/actor/eu"
        String localPath = "/id" + path;
        int slash = path.indexOf('/', 1);
        String kind = slash > 0 ? path.substring(1, slash) : path.replace("/", "");
        String slug = slash > 0 ? path.substring(slash + 1) : "";
        if (!KIND.matcher(kind).matches() || slug.isEmpty()) {
            notFound(res, DGKG.ID + path.replaceFirst("^/", ""), WHAT_IDS_LOOK_LIKE);
            return;
        }
        String iri = DGKG.ID + kind + "/" + slug;
        Optional<Format> chosen = Format.choose(req.getParameter("format"), req.getHeader("Accept"));
        res.setHeader("Vary", "Accept");
        res.setHeader("Link", links(localPath, iri));
        if (chosen.isEmpty()) {
            res.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            res.setContentType("text/plain; charset=utf-8");
            StringJoiner j = new StringJoiner(", ");
            Format.all().forEach(f -> j.add(f.mediaType()));
            res.getWriter().print("406 Not Acceptable: this resource is available as " + j
                    + "; ask with Accept or ?format=html|ttl|jsonld|rdf|nt\n");
            return;
        }
        Format format = chosen.get();
        String etag = stamp.etag(format.key());
        if (BuildStamp.matches(req.getHeader("If-None-Match"), etag) || (req.getHeader("If-None-Match") == null && notModifiedSince(req))) {
            res.setHeader("ETag", etag);
            res.setHeader("Last-Modified", stamp.lastModifiedHeader());
            res.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String cacheKey = format.key() + " " + iri;
        byte[] body = caching ? cache.get(cacheKey) : null;
        if (body == null) {
            Model m = describer.describe(NodeFactory.createURI(iri));
            if (m.isEmpty()) {
                notFound(res, iri, DGKG.KINDS.contains(kind)
                        ? "Nothing in the graph has this identifier. It may have been renamed in a later build, or mistyped."
                        : WHAT_IDS_LOOK_LIKE);
                return;
            }
            body = format == Format.HTML ? html(m, m.createResource(iri), kind, localPath).getBytes(StandardCharsets.UTF_8)
                    : format == Format.TURTLE ? ReadableTurtle.write(m, m.createResource(iri)).getBytes(StandardCharsets.UTF_8) : Rdf.serialise(m, format);
            if (caching)
                cache.put(cacheKey, body);
        }
        res.setHeader("ETag", etag);
        res.setHeader("Last-Modified", stamp.lastModifiedHeader());
        res.setHeader("Cache-Control", "public, max-age=60");
        if (format == Format.HTML) {
            res.setContentType("text/html; charset=utf-8");
        } else {
            res.setContentType(format.mediaType() + (format == Format.RDFXML ? "" : "; charset=utf-8"));
            res.setHeader("Content-Disposition", "inline; filename=\"" + kind + "-" + slug.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format.key() + "\"");
        }
        res.setStatus(HttpServletResponse.SC_OK);
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private boolean notModifiedSince(HttpServletRequest req) {
        String ims = req.getHeader("If-Modified-Since");
        if (ims == null)
            return false;
        try {
            Instant since = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(ims));
            return !stamp.modified().isAfter(since);
        } catch (RuntimeException e) {
            return false;
        }
    }

    static String links(String localPath, String iri) {
        StringJoiner j = new StringJoiner(", ");
        j.add("<" + iri + ">; rel=\"canonical\"");
        for (Format f : Format.values())
            j.add("<" + localPath + "?format=" + f.key() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        return j.toString();
    }

    private String html(Model m, Resource r, String kind, String localPath) {
        try {
            return switch (kind) {
                case "document" -> Pages.render("document.jte", DocumentPage.of(m, r, localPath, lookup.annotationsOf(r.getURI())));
                case "statement" -> Pages.render("statement.jte", StatementPage.of(m, r, localPath, stamp));
                case "actor", "instrument", "event", "principle", "issue" -> Pages.render("entity.jte", EntityPage.of(m, r, localPath, lookup.mentionsByDocument(r.getURI()),
                        "actor".equals(kind) ? Positions.of(lookup, r.getURI()) : null));
                // annotations, and the IRIs other parts of the graph mint (ambiguous labels of the
                // reference data, generations and change sets of the build history): their triples
                default -> Pages.render("resource.jte", ResourcePage.of(m, r, localPath));
            };
        } catch (RuntimeException e) {
            LOG.warn("Page for {} failed: {}", r.getURI(), e.toString());
            throw e;
        }
    }

    private static void notFound(HttpServletResponse res, String iri, String why) throws IOException {
        Html.send(res, HttpServletResponse.SC_NOT_FOUND, Pages.render("error.jte", new ErrorPage(404, "Not found 未找到", why, iri)));
    }
}

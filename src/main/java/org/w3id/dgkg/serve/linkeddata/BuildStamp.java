package org.w3id.dgkg.serve.linkeddata;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.dgkg.vocab.DGKG;

/**
 * What identifies the build being served, for HTTP caching: the build's fingerprint and time
 * from the meta graph ({@code <https://w3id.org/dgkg/> dcterms:modified, dgkg:buildFingerprint}),
 * mixed with the serving code's version so that new pages get new ETags.
 */
public record BuildStamp(String tag, Instant modified) {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    public static BuildStamp of(DatasetGraph dsg) {
        Node ds = NodeFactory.createURI(DGKG.BASE);
        return Txn.calculateRead(dsg, () -> {
            String fingerprint = first(dsg, ds, NodeFactory.createURI(DGKG.NS + "buildFingerprint"));
            String modified = first(dsg, ds, DCTerms.modified.asNode());
            Instant when = Instant.EPOCH;
            try {
                if (modified != null)
                    when = Instant.parse(modified);
            } catch (RuntimeException e) {
                // keep the epoch: the stamp still changes with the fingerprint
            }
            String code = BuildStamp.class.getPackage().getImplementationVersion();
            String tag = DGKG.shortHash((fingerprint == null ? "" : fingerprint) + "|" + when + "|" + (code == null ? "dev" : code));
            return new BuildStamp(tag, when.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        });
    }

    private static String first(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** A strong ETag for one representation of one resource. */
    public String etag(String variant) {
        return "\"" + tag + "-" + variant + "\"";
    }

    public String lastModifiedHeader() {
        return HTTP_DATE.format(modified);
    }

    /** True when an If-None-Match header names this ETag (or is {@code *}). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null)
            return false;
        for (String t : ifNoneMatch.split(",")) {
            String v = t.strip();
            if (v.startsWith("W/"))
                v = v.substring(2);
            if (v.equals("*") || v.equals(etag))
                return true;
        }
        return false;
    }
}

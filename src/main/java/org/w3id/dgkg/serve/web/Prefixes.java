package org.w3id.dgkg.serve.web;

import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The prefixes the site speaks: the vocabularies, and one prefix per kind of identifier
 * ({@code actor:china}, {@code instrument:gdpr}, {@code doc:…}, {@code statement:…}), so that a
 * name shown anywhere (query results, Turtle, JSON-LD) can be pasted back into a query. The
 * same mapping is used by the /id pages, /ontology, the query editor and the SPARQL service
 * description.
 */
public final class Prefixes {
    private Prefixes() {}

    /** The prefix of each kind of instance IRI ({@code …/id/{kind}/}). */
    public static final Map<String, String> KINDS = Map.of(
            "actor", "actor", "instrument", "instrument", "event", "event", "issue", "issue", "principle", "principle",
            "document", "doc", "statement", "statement", "annotation", "annotation");

    public static final PrefixMapping ALL = build();

    private static PrefixMapping build() {
        PrefixMapping p = PrefixMapping.Factory.create()
                .setNsPrefix("dgkg", DGKG.NS)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("dcterms", DCTerms.getURI())
                .setNsPrefix("oa", DGKG.OA)
                .setNsPrefix("prov", DGKG.PROV)
                .setNsPrefix("schema", DGKG.SCHEMA)
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("org", "http://www.w3.org/ns/org#")
                .setNsPrefix("void", DGKG.VOID)
                .setNsPrefix("vann", "http://purl.org/vocab/vann/")
                .setNsPrefix("text", "http://jena.apache.org/text#");
        KINDS.forEach((kind, prefix) -> p.setNsPrefix(prefix, DGKG.ID + kind + "/"));
        return p.lock();
    }

    /** {@code PREFIX …} lines for SPARQL, one per prefix, in a stable order. */
    public static String sparql() {
        StringBuilder b = new StringBuilder();
        new java.util.TreeMap<>(ALL.getNsPrefixMap()).forEach((k, v) -> b.append("PREFIX ").append(k).append(": <").append(v).append(">\n"));
        return b.toString();
    }
}

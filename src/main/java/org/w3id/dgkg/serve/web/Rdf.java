package org.w3id.dgkg.serve.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** RDF as the site serves it: readable Turtle, JSON-LD with a readable context, RDF/XML, N-Triples. */
public final class Rdf {
    private Rdf() {}

    public static byte[] serialise(Model m, Format format) {
        return switch (format) {
            case TURTLE -> ReadableTurtle.write(m).getBytes(StandardCharsets.UTF_8);
            case JSONLD -> JsonLd.write(m).getBytes(StandardCharsets.UTF_8);
            case RDFXML -> write(m, RDFFormat.RDFXML_PLAIN);
            case NTRIPLES -> write(m, RDFFormat.NTRIPLES_UTF8);
            case HTML -> throw new IllegalArgumentException("HTML is a page, not an RDF serialisation");
        };
    }

    private static byte[] write(Model m, RDFFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, m, f);
        return out.toByteArray();
    }
}

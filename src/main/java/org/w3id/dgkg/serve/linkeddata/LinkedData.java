package org.w3id.dgkg.serve.linkeddata;

import org.apache.jena.rdf.model.Model;

/** Serialisation shared with the other modules: the same writers as {@code /id/*}. */
public final class LinkedData {
    private LinkedData() {}

    /** The model in an RDF format (JSON-LD with the readable context). */
    public static byte[] serialise(Model m, Format format) {
        return IdServlet.rdf(m, format);
    }
}

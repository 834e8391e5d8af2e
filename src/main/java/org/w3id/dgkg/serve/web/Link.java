package org.w3id.dgkg.serve.web;

/** A link as pages show it: where it goes (already local for dgkg IRIs) and its text. */
public record Link(String href, String label) {
    /** A link to an IRI (local when it is a dgkg IRI), labelled. */
    public static Link to(String iri, String label) {
        return new Link(Html.href(iri), label == null ? iri : label);
    }
}

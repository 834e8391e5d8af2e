package org.w3id.dgkg.extract;

import org.w3id.dgkg.vocab.DGKG;

/**
 * The relations the extractor states, by the name its rules use ({@code issuedBy}, {@code date}, …).
 * Each has one IRI; {@link #DATE} takes a {@link Value.Date}, {@link #SIGNATORY_COUNT} a
 * {@link Value.Count}, every other an entity ({@link Value.EntityRef}). Only {@code rdf/} writes them as RDF.
 */
public enum Predicate {
    ISSUED_BY("issuedBy"),
    PROPOSED_BY("proposedBy"),
    PARTY("party"),
    SIGNATORY("signatory"),
    MEMBER_OF("memberOf"),
    ESTABLISHED_BY("establishedBy"),
    ADOPTED_AT("adoptedAt"),
    PARTICIPANT("participant"),
    ADDRESSES("addresses"),
    ADVOCATES("advocates"),
    OPPOSES("opposes"),
    EMBODIES("embodies"),
    CONCERNED_WITH("concernedWith"),
    PART_OF("partOf"),
    /** An edition of a recurring event and its series (第三届X → X): schema.org's property, as the ontology reuses it. */
    SUPER_EVENT("superEvent", "https://schema.org/superEvent"),
    SIGNATORY_COUNT("signatoryCount"),
    /** dcterms:date, the one predicate outside the dgkg namespace. */
    DATE("date", "http://purl.org/dc/terms/date");

    private static final String DCTERMS_NS = "http://purl.org/dc/terms/";

    /** The name rules and fixtures use: dgkg's local name, or {@code date}. */
    public final String ruleName;
    public final String iri;

    Predicate(String ruleName) {
        this(ruleName, DGKG.NS + ruleName);
    }

    Predicate(String ruleName, String iri) {
        this.ruleName = ruleName;
        this.iri = iri;
    }

    /** The predicate a relation rule names ({@code "issuedBy"}, {@code "date"}, …). */
    public static Predicate ofRuleName(String name) {
        for (Predicate p : values())
            if (p.ruleName.equals(name))
                return p;
        throw new IllegalArgumentException("no predicate '" + name + "': a relation rule must name one of "
                + java.util.Arrays.stream(values()).map(p -> p.ruleName).toList() + " (extract/Predicate.java)");
    }

    /** The predicate a curation file names ({@code dgkg:issuedBy}, {@code dcterms:date}, or a full IRI); null when none. */
    public static Predicate ofCurie(String curie) {
        String iri = curie.startsWith("dgkg:") ? DGKG.NS + curie.substring(5)
                : curie.startsWith("dcterms:") ? DCTERMS_NS + curie.substring(8) : curie;
        for (Predicate p : values())
            if (p.iri.equals(iri))
                return p;
        return null;
    }

    /** The kind of value this predicate takes. */
    public boolean takesEntity() {
        return this != DATE && this != SIGNATORY_COUNT;
    }
}

package org.w3id.dgkg.extract;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * The curated reference data the extractor reads: registry actors and the concepts of the two
 * SKOS schemes, with every label a curator gave them. Built from the ontology and reference
 * graphs by {@code rdf.ReferenceLoader} (the ontology is needed to know which classes are actors).
 */
public final class Reference {
    private final Map<String, Entity> entities;
    private final Map<String, String> topClassOf;
    private final Map<String, Set<String>> compoundAbbreviations;
    private final Set<String> ambiguousLabels;
    private final Map<String, Set<String>> candidates;
    private final Map<String, String> byIso3166;

    /**
     * Reference data as read by {@code rdf.ReferenceLoader}: entities by IRI (in the order read), the top class
     * local name of every dgkg class IRI, registry IRIs per compound abbreviation, ambiguous labels and their
     * candidates, registry IRIs per ISO 3166-1 code.
     */
    public Reference(Map<String, Entity> entities, Map<String, String> topClassOf,
            Map<String, Set<String>> compoundAbbreviations, Set<String> ambiguousLabels, Map<String, Set<String>> candidates,
            Map<String, String> byIso3166) {
        this.entities = Collections.unmodifiableMap(entities);
        this.topClassOf = Collections.unmodifiableMap(topClassOf);
        this.compoundAbbreviations = Collections.unmodifiableMap(compoundAbbreviations);
        this.ambiguousLabels = Collections.unmodifiableSet(ambiguousLabels);
        this.candidates = Collections.unmodifiableMap(candidates);
        this.byIso3166 = Collections.unmodifiableMap(byIso3166);
    }

    public Map<String, Entity> entities() {
        return entities;
    }

    public Entity entity(String iri) {
        return entities.get(iri);
    }

    /** "Actor", "Instrument", … for a dgkg class IRI, or null when it is not a dgkg class. */
    public String topClass(String classIri) {
        return topClassOf.get(classIri);
    }

    /** The registry entry with this ISO 3166-1 alpha-2 code, or null. */
    public String byIso3166(String code) {
        return code == null ? null : byIso3166.get(code);
    }

    public Map<String, Set<String>> compoundAbbreviations() {
        return compoundAbbreviations;
    }

    /** The registry entities an ambiguous label may stand for (empty when none are given). */
    public Set<String> candidates(String ambiguousLabel) {
        return candidates.getOrDefault(ambiguousLabel, Set.of());
    }

    public Set<String> ambiguousLabels() {
        return ambiguousLabels;
    }
}

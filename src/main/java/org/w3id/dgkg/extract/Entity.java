package org.w3id.dgkg.extract;

import java.util.Set;

/**
 * A real-world thing the graph describes: one IRI across all documents.
 * {@code type} is the IRI of its most specific dgkg class. {@code curated} entities come from
 * the reference registry (their description lives in the reference graph); the others were
 * discovered in the text and are described in the graphs of the documents that mention them.
 */
public record Entity(String iri, String type, String labelZh, String labelEn, Set<String> altLabels,
        String acronym, boolean curated) {
    public Entity {
        altLabels = Set.copyOf(altLabels);
    }
}

package org.w3id.dgkg.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stage 2, across documents: equal names of the same kind get one IRI, from the name alone
 * ({@link Resolution}). Keeps only what reading needs: every entity once (registry first, then the
 * discovered ones merged), and each document's own description of the entities it discovered.
 */
record CorpusResolution(Map<String, Entity> entities, Map<String, Map<String, Entity>> describedByDoc) {

    /** Resolves the names {@code discoveredByDoc} found (document id to its discovery, in corpus order). */
    static CorpusResolution resolve(Reference reference, Map<String, DocumentDiscovery> discoveredByDoc) {
        Resolution.assignIris(discoveredByDoc.values().stream().flatMap(d -> d.discovered().values().stream())
                .map(f -> f.named).toList());
        Map<String, Entity> merged = new LinkedHashMap<>();
        reference.entities().values().forEach(e -> merged.put(e.iri(), e));
        Map<String, Map<String, Entity>> describedByDoc = new HashMap<>();
        discoveredByDoc.forEach((docId, found) -> {
            Map<String, Entity> own = new LinkedHashMap<>();
            for (DiscoveredName f : found.discovered().values()) {
                Entity e = f.toEntity();
                own.put(e.iri(), e);
                merged.merge(e.iri(), e, Resolution::union);
            }
            describedByDoc.put(docId, own);
        });
        return new CorpusResolution(merged, describedByDoc);
    }
}

package org.w3id.dgkg.cli;

import java.util.Map;
import org.apache.jena.atlas.json.JsonObject;

/** What a build produced, printed by {@code build} and logged by {@code serve}. */
record BuildSummary(int documents, Map<String, Long> entitiesByClass, long annotations, long facts,
        Map<String, Long> triplesByGraph, long quads, long millis, String generation, java.util.List<String> corrections,
        String how) {
    BuildSummary(int documents, Map<String, Long> entitiesByClass, long annotations, long facts,
            Map<String, Long> triplesByGraph, long quads, long millis, String generation, java.util.List<String> corrections) {
        this(documents, entitiesByClass, annotations, facts, triplesByGraph, quads, millis, generation, corrections, "full");
    }

    BuildSummary {
        entitiesByClass = Map.copyOf(entitiesByClass);
        triplesByGraph = Map.copyOf(triplesByGraph);
        corrections = java.util.List.copyOf(corrections);
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Built %s in %.1f s (%s)%n", generation, millis / 1000.0, how));
        sb.append(String.format("  documents    %8d%n", documents));
        sb.append(String.format("  entities     %8d%n", entitiesByClass.values().stream().mapToLong(Long::longValue).sum()));
        entitiesByClass.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(String.format("    %-28s %6d%n", e.getKey(), e.getValue())));
        sb.append(String.format("  annotations  %8d%n", annotations));
        sb.append(String.format("  facts        %8d%n", facts));
        sb.append(String.format("  quads        %8d%n", quads));
        triplesByGraph.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(String.format("    %-40s %7d%n", e.getKey(), e.getValue())));
        sb.append(String.format("  curation     %8d corrections (ontology/curation.tsv)%n", corrections.size()));
        corrections.forEach(c -> sb.append("    ").append(c).append('\n'));
        return sb.toString();
    }

    String json() {
        JsonObject o = new JsonObject();
        o.put("generation", generation);
        o.put("millis", millis);
        o.put("how", how);
        o.put("documents", documents);
        JsonObject ents = new JsonObject();
        entitiesByClass.forEach(ents::put);
        o.put("entitiesByClass", ents);
        o.put("annotations", annotations);
        o.put("facts", facts);
        o.put("quads", quads);
        JsonObject graphs = new JsonObject();
        triplesByGraph.forEach(graphs::put);
        o.put("triplesByGraph", graphs);
        org.apache.jena.atlas.json.JsonArray cur = new org.apache.jena.atlas.json.JsonArray();
        corrections.forEach(cur::add);
        o.put("corrections", cur);
        return o.toString();
    }
}

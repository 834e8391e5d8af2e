package org.w3id.dgkg.extract;

import java.util.List;
import java.util.Map;

/**
 * Everything the extractor read from a corpus, and what the maintainers' curation changed
 * ({@code corrections}, one readable line per applied rule, for the build summary).
 * {@code describedIn} holds, per document id, the discovered entities as that document names them
 * (its labels and class): a document's graph describes them from its own text only.
 */
public record Extraction(List<Entity> entities, List<Mention> mentions, List<Fact> facts, List<String> corrections,
        Map<String, Map<String, Entity>> describedIn) {
    public Extraction {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
        corrections = List.copyOf(corrections);
        describedIn = Map.copyOf(describedIn);
    }

    public Extraction(List<Entity> entities, List<Mention> mentions, List<Fact> facts, List<String> corrections) {
        this(entities, mentions, facts, corrections, Map.of());
    }

    public Extraction(List<Entity> entities, List<Mention> mentions, List<Fact> facts) {
        this(entities, mentions, facts, List.of(), Map.of());
    }

    /** How document {@code documentId} describes entity {@code iri}, or the corpus-wide description. */
    public Entity describedIn(String documentId, Entity corpusWide) {
        Map<String, Entity> own = describedIn.get(documentId);
        Entity e = own == null || corpusWide == null ? null : own.get(corpusWide.iri());
        return e != null ? e : corpusWide;
    }
}

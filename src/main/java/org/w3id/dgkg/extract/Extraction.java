package org.w3id.dgkg.extract;

import java.util.List;

/**
 * Everything the extractor read from a corpus, and what the maintainers' curation changed
 * ({@code corrections}, one readable line per applied rule, for the build summary).
 */
public record Extraction(List<Entity> entities, List<Mention> mentions, List<Fact> facts, List<String> corrections) {
    public Extraction {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
        corrections = List.copyOf(corrections);
    }

    public Extraction(List<Entity> entities, List<Mention> mentions, List<Fact> facts) {
        this(entities, mentions, facts, List.of());
    }
}

package org.w3id.dgkg.extract;

import java.util.List;

/** Everything the extractor read from a corpus. */
public record Extraction(List<Entity> entities, List<Mention> mentions, List<Fact> facts) {
    public Extraction {
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }
}

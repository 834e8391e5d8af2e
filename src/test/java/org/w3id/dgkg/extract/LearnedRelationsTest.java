package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The committed weights of the learned relation model: every predicate they turn on (a threshold row) emits a rule that
 * rules.tsv lists, so that it has fixtures like any rule; every predicate named is one the candidates produce.
 */
class LearnedRelationsTest {
    @Test
    void a_predicate_turned_on_is_a_listed_rule() {
        Set<String> rules = new HashSet<>();
        for (Map<String, String> r : LexiconTable.load(RealCorpus.ontologyDir(), "rules").rows())
            rules.add(r.get("rule"));
        for (Map<String, String> r : LexiconTable.load(RealCorpus.ontologyDir(), LearnedRelations.TABLE).rows()) {
            assertTrue(RelationCandidates.DOMAINS.containsKey(r.get("predicate")), r.toString());
            if (r.get("feature").equals(LearnedRelations.THRESHOLD))
                assertTrue(rules.contains(r.get("predicate") + LearnedRelations.RULE_SUFFIX),
                        r.get("predicate") + " is turned on but " + r.get("predicate") + LearnedRelations.RULE_SUFFIX + " is not in rules.tsv");
        }
    }
}

package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The candidate pairs of the learned relation model: domains and ranges, one pair per statement, features free of names. */
class RelationCandidatesTest {
    private static final RelationCandidates CANDIDATES = new RelationCandidates(new ClauseAnalysis(RelationCues.load(RealCorpus.ontologyDir())));

    private static List<Hit> hits(String text, String... surfaceTopType) {
        return ClauseAnalysisTest.hits(text, surfaceTopType);
    }

    private static RelationCandidates.Pair find(List<RelationCandidates.Pair> pairs, String s, String p, String o) {
        return pairs.stream().filter(x -> x.subject().iri().equals("x:" + s) && x.predicate().equals(p) && x.object().iri().equals("x:" + o))
                .findFirst().orElse(null);
    }

    @Test
    void pairs_follow_the_predicates_domains_and_their_features_name_no_entity() {
        String text = "2022年，甲国、乙国和丙国在海港峰会上共同签署了《海洋数据协定》。";
        List<Hit> hits = hits(text, "甲国", "Actor", "State", "乙国", "Actor", "State", "丙国", "Actor", "State", "海港峰会", "Event", "Event",
                "《海洋数据协定》", "Instrument", "Agreement");
        List<RelationCandidates.Pair> pairs = CANDIDATES.of(text, hits, new Discourse(), List.of());
        RelationCandidates.Pair signed = find(pairs, "《海洋数据协定》", "signatory", "乙国");
        assertTrue(signed != null, pairs.toString());
        assertTrue(signed.features().contains("verb-between:sign"), signed.features().toString());
        assertTrue(signed.features().contains("S-after:sign"), signed.features().toString());
        assertTrue(signed.features().contains("O-subject:sign"), signed.features().toString());
        assertTrue(signed.features().contains("O-in-list"), signed.features().toString());
        assertTrue(signed.features().contains("order:OS"), signed.features().toString());
        assertFalse(signed.byRule());
        assertTrue(find(pairs, "《海洋数据协定》", "adoptedAt", "海港峰会") != null);
        assertTrue(find(pairs, "海港峰会", "participant", "甲国") != null);
        // no pair against a predicate's domain: an event is issued by nobody, an actor adopts nothing
        assertTrue(find(pairs, "海港峰会", "issuedBy", "甲国") == null);
        assertTrue(find(pairs, "甲国", "adoptedAt", "海港峰会") == null);
        for (RelationCandidates.Pair p : pairs)
            for (String f : p.features())
                for (Hit h : hits)
                    assertFalse(f.contains(text.substring(h.start(), h.end()).replaceAll("[《》]", "")), "feature " + f + " names a mention");
    }

    @Test
    void a_statement_is_one_candidate_from_its_closest_mentions_and_knows_what_the_rules_read() {
        String text = "乙组织发布了《云安全指南》，丙国欢迎乙组织的这一举措。";
        List<Hit> hits = hits(text, "乙组织", "Actor", "InternationalOrganization", "《云安全指南》", "Instrument", "Guideline", "丙国", "Actor",
                "State", "乙组织", "Actor", "InternationalOrganization");
        List<RelationRules.Rel> rels = List.of(new RelationRules.Rel("x:《云安全指南》", "issuedBy", "x:乙组织", 0, 13, 0.9, "test", false));
        List<RelationCandidates.Pair> pairs = CANDIDATES.of(text, hits, new Discourse(), rels);
        assertEquals(1, pairs.stream().filter(p -> p.predicate().equals("issuedBy") && p.object().iri().equals("x:乙组织")).count());
        RelationCandidates.Pair issued = find(pairs, "《云安全指南》", "issuedBy", "乙组织");
        assertTrue(issued.byRule());
        assertEquals(0, issued.object().start(), "the mention right before the title, not the later one");
        assertTrue(issued.features().contains("rule:same"));
        assertTrue(find(pairs, "《云安全指南》", "issuedBy", "丙国").features().contains("rule:subject-has-other"));
    }

    @Test
    void the_model_is_a_sum_of_feature_weights_through_the_logistic_function() {
        Map<String, Double> w = Map.of("bias", -2.0, "verb-after:sign", 3.0);
        assertEquals(1 / (1 + Math.exp(-1.0)), LearnedRelations.probability(w, List.of("bias", "verb-after:sign", "unseen")), 1e-12);
        assertEquals(0.5, LearnedRelations.probability(Map.of(), List.of("bias")), 1e-12);
    }
}

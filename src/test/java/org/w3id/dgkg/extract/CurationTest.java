package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.ingest.Span;
import org.w3id.dgkg.vocab.DGKG;

/** Each kind of maintainer correction, applied to a small extraction. */
class CurationTest {
    private static final String A = DGKG.ID + "instrument/a";
    private static final String B = DGKG.ID + "instrument/b";
    private static final String S = DGKG.ID + "actor/s";

    private static CurationApplier apply(String... lines) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        entities.put(A, new Entity(A, DGKG.NS + "Declaration", "甲宣言", null, Set.of("甲"), null, false));
        entities.put(B, new Entity(B, DGKG.NS + "Declaration", "甲宣言（草）", null, Set.of(), null, false));
        entities.put(S, new Entity(S, DGKG.NS + "State", "某国", null, Set.of(), null, true));
        List<Mention> mentions = List.of(new Mention(A, "d", new Span(0, 3), 0, "title"),
                new Mention(B, "d", new Span(5, 9), 0, "title"), new Mention(S, "d", new Span(10, 12), 0, "gazetteer"));
        List<Fact> facts = List.of(
                new Fact(A, Predicate.ISSUED_BY, new Value.EntityRef(S), "d", 0,
                        new Span(0, 20), 0.8, "issuer-verb", false),
                new Fact(B, Predicate.SIGNATORY, new Value.EntityRef(S), "d", 0,
                        new Span(0, 20), 0.8, "signatory-verb", false));
        CurationApplier c = new CurationApplier(Curation.parse(List.of(lines), "test"), entities, mentions, facts);
        c.apply();
        return c;
    }

    @Test
    void rejectEntityRemovesItsMentionsAndFacts() {
        CurationApplier c = apply("reject-entity\t甲宣言（草）");
        assertFalse(c.entities.containsKey(B));
        assertTrue(c.mentions.stream().noneMatch(m -> m.entityIri().equals(B)));
        assertEquals(1, c.facts.size());
        assertTrue(c.log.get(0).contains("1 mentions and 1 facts removed"), c.log.toString());
    }

    @Test
    void rejectFactRemovesOnlyThatFact() {
        CurationApplier c = apply("reject-fact\t甲\tdgkg:issuedBy\t某国");
        assertEquals(1, c.facts.size());
        assertTrue(c.facts.get(0).predicate() == Predicate.SIGNATORY);
    }

    @Test
    void mergeMovesMentionsFactsAndLabels() {
        CurationApplier c = apply("merge\t甲宣言（草）\t甲宣言");
        assertFalse(c.entities.containsKey(B));
        assertTrue(c.mentions.stream().allMatch(m -> !m.entityIri().equals(B)));
        assertTrue(c.facts.stream().allMatch(f -> f.subject().equals(A)));
        assertTrue(c.entities.get(A).altLabels().contains("甲宣言（草）"));
    }

    @Test
    void classAndLabelFixes() {
        CurationApplier c = apply("class\t甲宣言\tDeclaration", "class\t甲\tInitiative", "label\t甲\t甲倡议");
        assertEquals(DGKG.NS + "Initiative", c.entities.get(A).type());
        assertEquals("甲倡议", c.entities.get(A).labelZh());
        assertTrue(c.entities.get(A).altLabels().contains("甲宣言"));
    }

    @Test
    void registryEntriesAreCorrectedInTheRegistryNotHere() {
        CurationApplier c = apply("label\t某国\t别国");
        assertEquals("某国", c.entities.get(S).labelZh());
        assertTrue(c.log.get(0).contains("registry"));
    }

    @Test
    void malformedLinesAreReportedWithTheirLine() {
        DgkgException e = assertThrows(DgkgException.class, () -> Curation.parse(List.of("# c", "merge\tonly-one"), "curation.tsv"));
        assertTrue(e.getMessage().contains("curation.tsv:2"));
        assertThrows(DgkgException.class, () -> Curation.parse(List.of("drop\tx"), "curation.tsv"));
    }
}

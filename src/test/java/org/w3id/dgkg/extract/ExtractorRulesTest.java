package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.ingest.SourceDocument;
import org.w3id.dgkg.vocab.DGKG;

/** Rules on real sentences of the corpus: coordination, dates, traps, plans. */
class ExtractorRulesTest {
    private static final String D2023 = "caict-gdg-whitepaper-2023";
    private static final String D2022 = "caict-gdg-whitepaper-2022";
    private static final String HAN = "han-zhou-xu-2025-ai-global-governance";

    private static String iri(String label) {
        Extraction x = RealCorpus.extraction();
        for (Entity e : x.entities())
            if (e.labelZh().equals(label) || e.altLabels().contains(label))
                return e.iri();
        return null;
    }

    private static List<Fact> facts(String doc, String subject, String predicateLocal) {
        return RealCorpus.extraction().facts().stream()
                .filter(f -> f.documentId().equals(doc) && f.subject().equals(subject)
                        && f.predicate().iri.equals(DGKG.NS + predicateLocal))
                .toList();
    }

    private static String text(String doc, Fact f) {
        SourceDocument d = RealCorpus.corpus().document(doc).orElseThrow();
        return d.normalised().text().substring(f.evidence().start(), f.evidence().end());
    }

    @Test
    void coordinatedSignatoriesAndTheirCount() {
        String declaration = iri("布莱切利宣言");
        assertNotNull(declaration);
        Set<String> signatories = facts(D2023, declaration, "signatory").stream().map(Fact::objectIri)
                .collect(Collectors.toSet());
        for (String state : List.of("中国", "美国", "英国", "欧盟"))
            assertTrue(signatories.contains(iri(state)), state + " signed: " + signatories);
        assertTrue(facts(D2023, declaration, "signatoryCount").stream()
                .anyMatch(f -> f.object().lexical().equals("29")));
    }

    @Test
    void unbracketedNameKnownFromAnotherDocumentIsFound() {
        String declaration = iri("布莱切利宣言");
        assertTrue(RealCorpus.extraction().mentions().stream()
                .anyMatch(m -> m.documentId().equals(HAN) && m.entityIri().equals(declaration)));
        assertFalse(facts(HAN, declaration, "signatory").isEmpty());
    }

    @Test
    void substringTrapsAreNotMentions() {
        String china = iri("中国");
        String un = iri("联合国");
        for (SourceDocument d : RealCorpus.corpus().documents()) {
            String t = d.normalised().text();
            for (Mention m : RealCorpus.extraction().mentions()) {
                if (!m.documentId().equals(d.id()))
                    continue;
                int s = m.span().start();
                if (m.entityIri().equals(china))
                    assertFalse(t.startsWith("发展中国家", Math.max(0, s - 2)) && t.startsWith("中国", s),
                            "中国 inside 发展中国家 in " + d.id());
                if (m.entityIri().equals(un))
                    assertFalse(s > 0 && t.charAt(s - 1) == '非', "非联合国 in " + d.id());
                assertFalse(t.substring(m.span().start(), m.span().end()).equals("美元"), "美元 in " + d.id());
            }
        }
    }

    @Test
    void headsOfStateMeetingNamesBothStates() {
        SourceDocument d = RealCorpus.corpus().document(D2023).orElseThrow();
        int at = d.normalised().text().indexOf("中美元首");
        assertTrue(at >= 0);
        Set<String> there = RealCorpus.extraction().mentions().stream()
                .filter(m -> m.documentId().equals(D2023) && m.span().start() >= at && m.span().end() <= at + 2)
                .map(Mention::entityIri).collect(Collectors.toSet());
        assertEquals(Set.of(iri("中国"), iri("美国")), there);
    }

    @Test
    void dateAtTheHeadOfTheSentence() {
        String law = iri("生成式人工智能服务管理暂行办法");
        assertTrue(RealCorpus.extraction().facts().stream().anyMatch(f -> f.documentId().equals(HAN)
                && f.subject().equals(law) && f.predicate() == Predicate.DATE
                && f.object().lexical().equals("2023-07")));
    }

    @Test
    void framingYearPrefixIsNeverADate() {
        for (Fact f : RealCorpus.extraction().facts())
            if (f.documentId().equals(D2022) && f.predicate() == Predicate.DATE)
                assertFalse(text(D2022, f).startsWith("2022年信息内容治理"), "framing 2022年 became a date");
    }

    @Test
    void plansAndApplicationsAreNotFacts() {
        // 并拟于2024年联合国“未来峰会”上通过: the compact is not adopted; 完成加入…的实质性磋商 is no party
        for (Fact f : RealCorpus.extraction().facts()) {
            String p = f.predicate().iri;
            if (!p.equals(DGKG.NS + "adoptedAt") && !p.equals(DGKG.NS + "party") && !p.equals(DGKG.NS + "memberOf"))
                continue;
            String t = text(f.documentId(), f);
            assertFalse(t.contains("拟于2024年") && p.endsWith("adoptedAt"), t);
            assertFalse(t.contains("实质性磋商") && f.objectIri().equals(iri("韩国")), t);
            assertFalse(t.contains("邀请英国成为准成员") && f.subject().equals(iri("英国")), t);
        }
    }

    @Test
    void everyFactHasEvidenceInsideItsDocument() {
        for (Fact f : RealCorpus.extraction().facts()) {
            SourceDocument d = RealCorpus.corpus().document(f.documentId()).orElseThrow();
            assertTrue(f.evidence().end() <= d.normalised().text().length());
            assertTrue(f.confidence() > 0 && !f.rule().isBlank());
        }
    }
}

package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The clause analysis stage on hand-made hits: bounds, act, modality, subjects and agents of each act verb. */
class ClauseAnalysisTest {
    private static final ClauseAnalysis ANALYSIS = new ClauseAnalysis(RelationCues.load(RealCorpus.ontologyDir()));

    /** A hit for each (surface, top class, class) in the order given, found left to right in the sentence. */
    static List<Hit> hits(String text, String... surfaceTopType) {
        List<Hit> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < surfaceTopType.length; i += 3) {
            int at = text.indexOf(surfaceTopType[i], from);
            out.add(new Hit("x:" + surfaceTopType[i], surfaceTopType[i + 1], surfaceTopType[i + 2], at, at + surfaceTopType[i].length(), "test"));
            from = at + surfaceTopType[i].length();
        }
        return out;
    }

    @Test
    void coordinated_subjects_sign_the_title_after_the_verb() {
        String text = "2021年，法国和德国签署了《海洋数据协定》。";
        List<Hit> hits = hits(text, "法国", "Actor", "State", "德国", "Actor", "State", "海洋数据协定", "Instrument", "TradeAgreement");
        List<Clause> clauses = ANALYSIS.clauses(text, hits, new Discourse());
        assertEquals(1, clauses.size());
        Clause c = clauses.get(0);
        assertEquals("sign", c.act());
        assertFalse(c.modal());
        assertEquals(Set.of("x:法国", "x:德国"), c.agents());
        assertEquals(List.of(hits.get(2)), c.after());
        assertEquals("签署", text.substring(c.verbStart(), c.verbEnd()));
        assertEquals(text.indexOf('法'), c.subStart());
    }

    @Test
    void a_plan_or_a_condition_is_modal() {
        for (String text : List.of("法国拟签署《海洋数据协定》。", "如果法国签署《海洋数据协定》，合作将更紧密。", "法国尚未签署《海洋数据协定》。")) {
            List<Hit> hits = hits(text, "法国", "Actor", "State", "海洋数据协定", "Instrument", "TradeAgreement");
            Clause c = ANALYSIS.clauses(text, hits, new Discourse()).get(0);
            assertTrue(c.modal(), text);
        }
    }

    @Test
    void a_state_written_as_a_persons_title_is_no_agent() {
        String text = "美国总统乔·史密斯签署了《海洋数据法》。";
        List<Hit> hits = hits(text, "美国", "Actor", "State", "乔·史密斯", "Actor", "Person", "海洋数据法", "Instrument", "Law");
        Clause c = ANALYSIS.clauses(text, hits, new Discourse()).get(0);
        assertEquals(Set.of("x:乔·史密斯"), c.agents());
        assertEquals(2, c.subjects().size());
    }

    @Test
    void a_verb_inside_a_title_or_a_name_opens_no_clause() {
        String text = "法国发表《关于签署海洋数据协定的声明》。";
        List<Hit> hits = hits(text, "法国", "Actor", "State", "关于签署海洋数据协定的声明", "Instrument", "Declaration");
        List<Clause> clauses = ANALYSIS.clauses(text, hits, new Discourse());
        assertEquals(1, clauses.size());
        assertEquals("issue", clauses.get(0).act());
    }

    @Test
    void an_event_held_is_read_like_one_attended() {
        String text = "“海洋数据峰会”在里斯本举行。";
        List<Hit> hits = hits(text, "海洋数据峰会", "Event", "Event");
        Clause c = ANALYSIS.clauses(text, hits, new Discourse()).get(0);
        assertEquals("participate", c.act());
        assertEquals("hold", c.cueAct());
    }

    @Test
    void hearsay_and_claims_are_reported_not_stated() {
        for (String text : List.of("据报道，葡萄牙已签署《海洋数据协定》。", "有消息称，葡萄牙签署了《海洋数据协定》。",
                "传言称葡萄牙签署了《海洋数据协定》。", "美方声称葡萄牙签署了《海洋数据协定》。")) {
            List<Hit> hits = hits(text, "葡萄牙", "Actor", "State", "海洋数据协定", "Instrument", "TradeAgreement");
            Clause c = ANALYSIS.clauses(text, hits, new Discourse()).get(0);
            assertTrue(c.reported(), text);
            assertFalse(c.modal(), text);
        }
        String named = "据新华社报道，葡萄牙签署了《海洋数据协定》。"; // a named source is no hearsay
        Clause c = ANALYSIS.clauses(named, hits(named, "葡萄牙", "Actor", "State", "海洋数据协定", "Instrument", "TradeAgreement"), new Discourse()).get(0);
        assertEquals(Clause.Modality.STATED, c.modality());
    }

    @Test
    void a_report_ends_where_a_subject_of_its_own_speaks() {
        // the claim's content is the sub-clause after it; a later sub-clause opening with an actor is the text's own
        String claim = "葡萄牙声称坚持多边主义，挪威坚决反对单边主义。";
        List<Hit> hits = hits(claim, "葡萄牙", "Actor", "State", "多边主义", "Principle", "Principle", "挪威", "Actor", "State", "单边主义", "Issue", "Issue");
        assertTrue(ClauseAnalysis.reported(claim, hits, claim.indexOf("坚持")));
        assertFalse(ClauseAnalysis.reported(claim, hits, claim.indexOf("反对")));
        // after a hearsay frame, the text's own voice takes over only with an actor and a verb of saying
        String frame = "据报道，葡萄牙将退出，挪威外交部表示，挪威坚持多边主义。";
        List<Hit> fh = hits(frame, "葡萄牙", "Actor", "State", "挪威外交部", "Actor", "GovernmentBody", "挪威", "Actor", "State", "多边主义", "Principle", "Principle");
        assertTrue(ClauseAnalysis.reported(frame, fh, frame.indexOf("退出")));
        assertFalse(ClauseAnalysis.reported(frame, fh, frame.indexOf("坚持")));
    }

    @Test
    void an_actor_before_a_verb_of_evidence_is_no_subject_of_the_clause_after_it() {
        String text = "葡萄牙的加入表明挪威坚持多边主义。";
        List<Hit> hits = hits(text, "葡萄牙", "Actor", "State", "挪威", "Actor", "State", "多边主义", "Principle", "Principle");
        Clause c = ANALYSIS.clauses(text, hits, new Discourse()).stream().filter(k -> k.act().equals("advocate")).findFirst().orElseThrow();
        assertEquals(Set.of("x:挪威"), c.agents());
        String own = "挪威再次表明坚持多边主义的立场。"; // the actor and adverbs before 表明: it says so itself
        Clause o = ANALYSIS.clauses(own, hits(own, "挪威", "Actor", "State", "多边主义", "Principle", "Principle"), new Discourse()).get(0);
        assertEquals(Set.of("x:挪威"), o.agents());
    }

    @Test
    void a_sentence_opening_with_a_verb_of_stance_goes_on_with_the_holder_before() {
        Discourse d = new Discourse();
        String text = "同时倡导多边主义。";
        List<Hit> hits = hits(text, "多边主义", "Principle", "Principle");
        assertEquals(Set.of(), ANALYSIS.clauses(text, hits, d).get(0).agents()); // no stance before: nobody
        d.lastStanceHolder = new Hit("x:挪威", "Actor", "State", 0, 2, "test");
        assertEquals(Set.of("x:挪威"), ANALYSIS.clauses(text, hits, d).get(0).agents());
        String named = "葡萄牙代表团同时倡导多边主义。"; // a name in front: its own subject
        assertTrue(ANALYSIS.clauses(named, hits(named, "葡萄牙", "Actor", "State", "多边主义", "Principle", "Principle"), d).get(0).agents().contains("x:葡萄牙"));
    }
}

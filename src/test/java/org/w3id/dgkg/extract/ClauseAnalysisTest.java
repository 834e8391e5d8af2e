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
}

package org.w3id.dgkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gold README's label normalisation and how negative strings are located. */
class GraphIndexTest {
    @Test
    void normalisation() {
        assertEquals("布莱切利宣言", GraphIndex.norm("《布莱切利宣言》"));
        assertEquals("从天空连接世界论坛", GraphIndex.norm("“从天空连接世界”论坛"));
        assertEquals("wto第二届部长级会议", GraphIndex.norm("WTO 第二届部长级会议"));
        assertEquals("airmf1.0", GraphIndex.norm("AI\u2005RMF 1.0"));
        assertEquals("g-cbpr", GraphIndex.norm("（G-CBPR）"));
        assertEquals("人工智能责任指令(提案)", GraphIndex.norm("人工智能责任指令（提案）"), "inner brackets stay (NFKC makes them ASCII)");
        assertEquals("(a)和(b)", GraphIndex.norm("(a)和(b)"), "brackets that do not wrap the whole string stay");
    }

    @Test
    void occurrencesAcrossLineBreaksInCodePoints() {
        String text = "𠀀亚太\n\n经合组织（APEC）";
        List<int[]> o = Evaluator.occurrences(text, "亚太经合组织");
        assertEquals(1, o.size());
        assertEquals(1, o.get(0)[0]);
        assertEquals(9, o.get(0)[1]);
    }
}

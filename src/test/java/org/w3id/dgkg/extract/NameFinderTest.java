package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Label boundaries of the names NameFinder passes on (sentences of our own phrasing). */
class NameFinderTest {
    private static List<String> events(String text) {
        return NameFinder.find(text).stream().filter(n -> n.kind() == NameFinder.Kind.EVENT).map(NameFinder.Name::label).toList();
    }

    @Test
    void anEventNameNeverStartsWithTheUnitOfTheDateBeforeItNorItsPreposition() {
        List<String> e = events("该法于2019年6月28日经第十三届全国人民代表大会常务委员会第十一次会议审议通过。");
        assertTrue(e.contains("第十三届全国人民代表大会常务委员会第十一次会议"), e.toString());
        assertFalse(e.stream().anyMatch(l -> l.startsWith("日") || l.startsWith("经")), e.toString());
    }

    @Test
    void theDateTailIsCutOnlyAfterADigit() {
        String s = "12日在第三届全球人工智能峰会上";
        assertEquals(s.indexOf("第三届"), NameFinder.withoutDateTail(s, s.indexOf("日在"), s.length() - 1));
        String t = "日内瓦人工智能峰会";
        assertEquals(0, NameFinder.withoutDateTail(t, 0, t.length())); // 日 of 日内瓦 is no date's unit
        String u = "经合组织部长理事会会议";
        assertEquals(0, NameFinder.withoutDateTail(u, 0, u.length()));
    }
}

package org.w3id.dgkg.extract;

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
}

package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The items of a topic list (TopicLists.items): where 和 splits an item and where it joins the words of one. */
class TopicListItemsTest {
    private static List<String> items(String run) {
        List<String> out = new ArrayList<>();
        for (int[] i : TopicLists.items(run, 0, run.length()))
            out.add(run.substring(i[0], i[1]));
        return out;
    }

    @Test
    void andBetweenTwoLongNounPhrasesSplitsAnItemBeforeTheLast() {
        assertEquals(List.of("卫星导航定位", "远洋渔业监测", "海洋气象预报", "港口物流管理"), items("卫星导航定位和远洋渔业监测、海洋气象预报以及港口物流管理"));
    }

    @Test
    void andBetweenShortWordsKeepsTheItemWhole() {
        assertEquals(List.of("集成电路和微电子", "航运追踪", "卫星遥感"), items("集成电路和微电子、航运追踪、卫星遥感"));
    }

    @Test
    void theLastItemSplitsAtAnyAnd() {
        assertEquals(List.of("海洋观测", "渔业", "航运"), items("海洋观测、渔业和航运"));
    }
}

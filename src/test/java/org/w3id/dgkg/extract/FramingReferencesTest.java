package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FramingReferencesTest {
    private static List<String> spans(String text) {
        return FramingReferences.spans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void aGroundRunsToTheEndOfTheTitleItCites() {
        assertEquals(List.of("根据2012年在里约举行的海洋观测部长会议通过的《海洋观测宣言》"),
                spans("该论坛由秘书长根据2012年在里约举行的海洋观测部长会议通过的《海洋观测宣言》设立。"));
    }

    @Test
    void aFrameOpenedBy在ClosesAtItsFrameWord() {
        assertEquals(List.of("在《极地合作协定》框架下"), spans("双方在《极地合作协定》框架下签署了谅解备忘录。"));
    }

    @Test
    void anOccasionRunsToItsWordOfTime() {
        assertEquals(List.of("正值极地观测峰会成果落实十周年之际"), spans("本届论坛正值极地观测峰会成果落实十周年之际。"));
    }

    @Test
    void noFrameAcrossAClause() {
        assertTrue(spans("根据安排，双方签署了《极地合作协定》。").isEmpty());
        assertTrue(spans("双方签署了《极地合作协定》。").isEmpty());
    }

    @Test
    void aGroundCoversTheTitlesCoordinatedAfterTheFirst() {
        assertEquals(List.of("依据《极地数据条例》（PDR）和《极地执法指令》（PLD）"),
                spans("委员会公布依据《极地数据条例》（PDR）和《极地执法指令》（PLD）起草的决定草案。"));
    }
}

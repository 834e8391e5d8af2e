package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The repair of HanLP's segmentation that keeps a conjunction out of the name before it. */
class SegmenterTest {
    private static List<String> words(String text) {
        return Segmenter.terms(text).stream().map(t -> t.word).toList();
    }

    @Test
    void a_conjunction_glued_to_the_name_before_another_name_is_a_word_of_its_own() {
        assertEquals(List.of("韩国", "和", "英国"), words("韩国和英国").subList(0, 3));
        List<String> w = words("韩国和法国签署了合作协议。");
        assertEquals("韩国", w.get(0));
        assertEquals("和", w.get(1));
    }

    @Test
    void offsets_follow_the_split_words() {
        var terms = Segmenter.terms("会议由韩国和英国共同主办。");
        int at = 0;
        for (var t : terms) {
            assertEquals(at, t.offset, t.word);
            at += t.word.length();
        }
    }

    @Test
    void a_name_that_ends_in_the_character_of_a_conjunction_before_a_verb_stays_whole() {
        // 和 inside a name is split only before another noun; before a verb it is the name's own character
        String text = "王和平表示欢迎。";
        assertEquals(String.join("", words(text)), text);
        assertTrue(Segmenter.terms(text).get(0).word.startsWith("王和"), words(text).toString());
    }
}

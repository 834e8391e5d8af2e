package org.w3id.dgkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<Sentence> split(String s) {
        NormalisedText.Builder b = NormalisedText.builder(s.length());
        for (int i = 0; i < s.length(); i++)
            b.append(s.charAt(i), i);
        return SentenceSplitter.split(b.build());
    }

    private static List<String> texts(String s) {
        return split(s).stream().map(Sentence::text).toList();
    }

    @Test
    void closing_quote_stays_with_its_sentence() {
        assertEquals(List.of("要“坚持与时俱进，完善全球治理。”", "随后发布。"), texts("要“坚持与时俱进，完善全球治理。”随后发布。"));
    }

    @Test
    void terminator_inside_title_or_parenthesis_does_not_split() {
        assertEquals(List.of("发布《安全吗？可信吗。》和（注：见上。）报告。", "完。"),
                texts("发布《安全吗？可信吗。》和（注：见上。）报告。完。"));
    }

    @Test
    void semicolon_does_not_split() {
        assertEquals(1, texts("一是加强合作；二是推动标准。").size());
    }

    @Test
    void paragraphs_are_numbered_and_end_sentences() {
        List<Sentence> s = split("一、标题\n第一段。第二句\n第二段。");
        assertEquals(List.of("一、标题", "第一段。", "第二句", "第二段。"), s.stream().map(Sentence::text).toList());
        assertEquals(List.of(0, 1, 1, 2), s.stream().map(Sentence::paragraph).toList());
        assertEquals(List.of(0, 1, 2, 3), s.stream().map(Sentence::index).toList());
    }

    @Test
    void unbalanced_bracket_does_not_swallow_the_paragraph() {
        String s = "工商企业与人权指导原则》提供了一个框架（" + "很长的文字。".repeat(40) + "结束。";
        List<String> t = texts(s);
        assertTrue(t.size() >= 5, t.toString());
    }

    @Test
    void sentence_span_is_the_normalised_text() {
        String s = "甲。乙。";
        for (Sentence x : split(s))
            assertEquals(x.text(), s.substring(x.span().start(), x.span().end()));
    }
}

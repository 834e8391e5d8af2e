package org.w3id.dgkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Properties of the normalised text of the whole corpus in {@code corpus/}. */
class CorpusNormalisationTest {
    private static Corpus corpus;

    @BeforeAll
    static void read() {
        corpus = CorpusReader.read(Fixtures.CORPUS);
    }

    @Test
    void every_document_yields_sentences() {
        assertEquals(5, corpus.documents().size());
        for (SourceDocument d : corpus.documents())
            assertTrue(d.sentences().size() > 100, d.id() + ": " + d.sentences().size());
    }

    @Test
    void every_normalised_char_maps_back_to_the_same_original_char() {
        for (SourceDocument d : corpus.documents())
            NormaliserTest.assertMapsBack(d.original(), d.normalised());
    }

    @Test
    void sentences_are_their_spans_and_never_cross_paragraphs() {
        for (SourceDocument d : corpus.documents()) {
            String text = d.normalised().text();
            int previousParagraph = 0;
            for (Sentence s : d.sentences()) {
                assertEquals(s.text(), text.substring(s.span().start(), s.span().end()), d.id());
                assertFalse(s.text().contains("\n"), d.id() + ": " + s.text());
                assertTrue(s.paragraph() == previousParagraph || s.paragraph() == previousParagraph + 1, d.id());
                previousParagraph = s.paragraph();
            }
        }
    }

    @Test
    void document_whose_lines_are_paragraphs_keeps_one_paragraph_per_line() {
        SourceDocument d = corpus.document("caict-gdg-whitepaper-2022").orElseThrow();
        assertEquals(36, d.normalised().text().split("\n").length);
        assertEquals(35, d.sentences().get(d.sentences().size() - 1).paragraph());
    }

    @Test
    void no_sentence_contains_a_url() {
        for (SourceDocument d : corpus.documents())
            for (Sentence s : d.sentences())
                assertFalse(s.text().contains("https://") || s.text().contains("http://"), d.id() + ": " + s.text());
    }

    @Test
    void no_sentence_contains_a_running_header() {
        for (SourceDocument d : corpus.documents()) {
            Pattern header = Pattern.compile("(?<!《)" + Pattern.quote(LineFilter.compact(d.meta().titleZh())));
            for (Sentence s : d.sentences())
                assertFalse(header.matcher(LineFilter.compact(s.text())).find(), d.id() + ": " + s.text());
        }
    }

    @Test
    void page_break_artefacts_listed_in_the_corpus_notes_are_repaired() {
        assertContains("caict-gdg-whitepaper-2023", "引入多利益攸关方输入成果");
        assertContains("caict-gdg-whitepaper-2023", "与人工智能密切相关活动");
        assertContains("caict-gdg-whitepaper-2023", "《东盟—美国2023-2025年数字工作计划》");
        assertContains("caict-gdg-whitepaper-2023", "设置2030数字连接目标");
        assertContains("caict-gdg-whitepaper-2020", "已经由关税、股比限制等准入的“边境”规则");
        assertContains("caict-gdg-whitepaper-2020", "二十国集团领导人第十四次峰会");
        assertContains("caict-gdg-whitepaper-2020", "亚太经济合作组织（APEC）");
        assertContains("caict-gdg-whitepaper-2020", "Bertrand de La Chapelle");
        assertContains("han-zhou-xu-2025-ai-global-governance", "治理主体趋于多元化的格局");
        assertContains("han-zhou-xu-2025-ai-global-governance", "关键期，中国在全球人工智能治理变革过程中");
        assertContains("han-zhou-xu-2025-ai-global-governance", "2024年7月4日,上海世界人工智能大会向全球发布");
        assertContains("un-sg-policy-brief-5-global-digital-compact", "《特定常规武器公约》");
    }

    @Test
    void journal_reference_list_boilerplate_and_bios_are_excluded() {
        String text = corpus.document("han-zhou-xu-2025-ai-global-governance").orElseThrow().normalised().text();
        for (String s : new String[] {"参考文献", "[J]", "[J/OL]", "基金项目", "中图分类号", "文献标识码",
                "网络首发", "出版确认", "万人计划", "责任编辑", "数据来源", "资料来源"})
            assertFalse(text.contains(s), s);
        assertTrue(text.startsWith("摘要"), text.substring(0, 20));
    }

    @Test
    void un_endnotes_are_excluded() {
        String text = corpus.document("un-sg-policy-brief-5-global-digital-compact").orElseThrow().normalised().text();
        assertFalse(text.contains("尾注"));
        assertFalse(text.contains("Acemoglu"));
    }

    @Test
    void words_spanning_common_substrings_are_unaffected() {
        for (SourceDocument d : corpus.documents()) {
            int before = count(d.original(), "发展中国家");
            int after = count(d.normalised().text(), "发展中国家");
            assertTrue(after >= before, d.id() + ": " + before + " -> " + after);
        }
    }

    private static int count(String text, String word) {
        Matcher m = Pattern.compile(Pattern.quote(word)).matcher(text);
        int n = 0;
        while (m.find())
            n++;
        return n;
    }

    private static void assertContains(String id, String expected) {
        String text = corpus.document(id).orElseThrow().normalised().text();
        assertTrue(text.contains(expected), id + " lacks " + expected);
    }
}

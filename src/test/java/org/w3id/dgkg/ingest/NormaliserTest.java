package org.w3id.dgkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Normaliser rules on real corpus lines; fixtures are listed in src/test/resources/ingest/README.md. */
class NormaliserTest {

    @Test
    void split_name_maps_back_to_both_pieces() {
        String original = Fixtures.read("split-name.txt");
        NormalisedText text = Fixtures.normalise("split-name.txt", Fixtures.TITLE_2023);
        int i = text.text().indexOf("《联合国宪章》");
        assertTrue(i >= 0, text.text());
        Span back = text.toOriginal(new Span(i, i + "《联合国宪章》".length()));
        assertEquals('《', original.charAt(back.start()));
        assertEquals('》', original.charAt(back.end() - 1));
        String between = original.substring(back.start(), back.end());
        assertTrue(between.contains("\n"), between);
        assertTrue(between.startsWith("《联合") && between.endsWith("国宪章》"), between);
    }

    @Test
    void page_header_inside_a_word_is_removed_and_the_word_joined() {
        String original = Fixtures.read("header-interruption.txt");
        NormalisedText text = Fixtures.normalise("header-interruption.txt", Fixtures.TITLE_2023);
        assertTrue(text.text().contains("引入多利益攸关方输入成果"), text.text());
        assertFalse(text.text().contains("白皮书"), text.text());
        assertFalse(text.text().contains("29"), text.text());
        assertMapsBack(original, text);
    }

    @Test
    void heading_is_its_own_paragraph() {
        NormalisedText text = Fixtures.normalise("split-name.txt", Fixtures.TITLE_2023);
        assertTrue(text.text().startsWith("（一）多边机制中多利益攸关方作用更为突出\n联合国日益重视"), text.text());
    }

    @Test
    void wrapped_heading_is_one_paragraph_between_two_others() {
        NormalisedText text = Fixtures.normalise("wrapped-heading.txt", Fixtures.TITLE_2023);
        String[] paragraphs = text.text().split("\n");
        assertEquals(3, paragraphs.length, text.text());
        assertTrue(paragraphs[0].endsWith("值得高度关注。"), paragraphs[0]);
        assertEquals("（一）新概念新模式促进数字连接，加速实现可持续发展目标", paragraphs[1]);
        assertTrue(paragraphs[2].startsWith("各方积极讨论“普遍和有意义的连接”概念"), paragraphs[2]);
    }

    @Test
    void footnote_marker_glued_after_a_title_is_dropped() {
        String text = Normaliser.forDocument(null).normalise(
                "欧盟《通用数据保护条例》1第45条允许欧盟委员会认定第三国。工作组通过《最终实质性报告》2。该报告共有《公约》12个缔约方。\n").text();
        assertTrue(text.contains("《通用数据保护条例》第45条"), text);
        assertTrue(text.contains("《最终实质性报告》。"), text);
        assertTrue(text.contains("《公约》12个"), text);
    }

    @Test
    void footnote_marker_glued_before_the_year_of_the_next_sentence_is_dropped() {
        String original = "该法案于去年提交议会审议。22021年3月5日，议会三读通过该法案；同日，总统签署。注释见第12页。第12020年度不存在，共12020年。\n";
        NormalisedText text = Normaliser.forDocument(null).normalise(original);
        assertTrue(text.text().contains("审议。2021年3月5日，议会"), text.text());
        int at = text.text().indexOf("2021年");
        assertEquals("2021年", original.substring(text.originalIndex(at), text.originalIndex(at + 4) + 1), "offsets still point into the original");
        assertTrue(text.text().contains("第12020年度") && text.text().contains("共12020年"), text.text()); // a quantity word before the run: a number, no marker
    }

    @Test
    void footnote_marker_glued_to_a_quantity_is_dropped() {
        NormalisedText text = Fixtures.normalise("footnote-marker.txt", Fixtures.TITLE_2023);
        assertTrue(text.text().contains("其中韩国8家，新加坡6家。但总体来看，9个协议成员国中仅有5个"), text.text());
    }

    @Test
    void footnote_body_inside_a_sentence_is_removed_and_the_sentence_joined() {
        NormalisedText text = Fixtures.normalise("footnote-in-sentence.txt", Fixtures.TITLE_2023);
        assertTrue(text.text().contains("从规制内容来看，2022年数据治理政策调整中，有84.3%涉及个人信息保护"), text.text());
        assertFalse(text.text().contains("http"), text.text());
        assertFalse(text.text().contains("20228"), text.text());
    }

    @Test
    void url_block_inside_a_sentence_is_removed() {
        String original = Fixtures.read("url-block.txt");
        NormalisedText text = Fixtures.normalise("url-block.txt", Fixtures.TITLE_UN);
        assertTrue(text.text().contains("在南亚和撒哈拉以南非洲，一部智能手机的费用占平均月收入的40%以上，"), text.text());
        assertFalse(text.text().contains("undocs"), text.text());
        assertMapsBack(original, text);
    }

    @Test
    void footnote_markers_before_four_per_em_space_are_dropped_but_percentages_stay() {
        NormalisedText text = Fixtures.normalise("url-block.txt", Fixtures.TITLE_UN);
        assertTrue(text.text().contains("有10亿人可以接入互联网。今天，有53亿人"), text.text());
        assertTrue(text.text().contains("三倍以上。世界上只有不到一半"), text.text());
        assertTrue(text.text().contains("的差距很大。在信息社会世界峰会召开20年之后"), text.text());
        assertTrue(text.text().contains("欧洲约有89%的人上网"), text.text());
    }

    @Test
    void four_per_em_space_inside_a_number_is_removed() {
        NormalisedText text = Fixtures.normalise("thousands-separator.txt", Fixtures.TITLE_UN);
        assertTrue(text.text().contains("对Partner2Connect数字联盟的认捐设定1000亿美元的修订目标（国际电信联盟）"), text.text());
    }

    @Test
    void latin_words_split_by_a_line_break_are_joined_with_one_space() {
        String original = Fixtures.read("latin-join.txt");
        NormalisedText text = Fixtures.normalise("latin-join.txt", Fixtures.TITLE_2023);
        int i = text.text().indexOf("英矽智能（Insilico Medicine）");
        assertTrue(i >= 0, text.text());
        int space = text.text().indexOf("Insilico ") + "Insilico".length();
        assertEquals('\n', original.charAt(text.originalIndex(space)), "the join space maps to the line break");
        assertTrue(text.text().contains("由Open AI GPT-3.5模型支持"), text.text());
        assertTrue(text.text().contains("成本100亿美元"), text.text());
    }

    @Test
    void running_header_with_glued_page_number_is_removed() {
        NormalisedText text = Fixtures.normalise("un-header.txt", Fixtures.TITLE_UN);
        assertFalse(text.text().contains("政策简报5"), text.text());
        assertFalse(text.text().contains("数字未来6"), text.text());
        assertTrue(text.text().contains("数字合作共同愿景包含哪些要素？"), text.text());
    }

    @Test
    void headline_that_is_the_title_is_read_as_a_paragraph_of_its_own() {
        // a news story opens with its headline, the manifest's title: it names who spoke, unsaid in the body
        String title = "2024年5月6日某国外交部发言人李明主持例行记者会";
        String text = Normaliser.forDocument(Fixtures.meta(title))
                .normalise(title + "\n问：该法案将于何时生效？\n答：我们将继续关注。\n").text();
        assertTrue(text.startsWith(title + "\n问："), text);
    }

    @Test
    void headline_without_punctuation_does_not_run_into_the_next_line() {
        String title = "两国签署《数字贸易协定》 系首份独立数字贸易协定";
        String text = Normaliser.forDocument(Fixtures.meta(title))
                .normalise(title + "\n新华社布鲁塞尔5月7日电 两国7日签署协定。\n").text();
        String[] paragraphs = text.strip().split("\n");
        assertEquals(2, paragraphs.length, text);
        assertTrue(paragraphs[0].endsWith("系首份独立数字贸易协定"), text);
        assertTrue(paragraphs[1].startsWith("新华社布鲁塞尔"), text);
    }

    @Test
    void title_repeated_on_the_pages_is_a_running_header_even_on_the_first_line() {
        String title = "全球数字治理观察报告";
        String text = Normaliser.forDocument(Fixtures.meta(title))
                .normalise(title + "\n第一段正文，讨论数据治理。\n" + title + "\n第二段正文，讨论人工智能。\n").text();
        assertFalse(text.contains("观察报告"), text);
    }

    @Test
    void header_rule_ignores_spaces_and_needs_only_digits_after_the_title() {
        LineFilter filter = new LineFilter(Fixtures.meta(Fixtures.TITLE_2023));
        assertTrue(filter.isHeader("全球数字治理白皮书（2023 年）"));
        assertTrue(filter.isHeader("全球数字治理白皮书（2023 年） 13"));
        assertFalse(filter.isHeader("全球数字治理白皮书（2023 年）指出"));
    }

    @Test
    void numbered_body_lines_are_not_footnotes() {
        // caict-gdg-whitepaper-2020.txt 786, 2055, 989; caict-gdg-whitepaper-2023.txt 379
        assertFalse(LineFilter.isFootnoteBody("28 项集体性、具有政治约束力、面向未来的核心承诺，以及另外 37"));
        assertFalse(LineFilter.isFootnoteBody("20 世纪 70 年代以来，产品标准的跨国差异已经成为国际贸易中显着"));
        assertFalse(LineFilter.isFootnoteBody("1 数据流动与管理"));
        assertFalse(LineFilter.isFootnoteBody("1 德国 加拿大 +1"));
        // caict-gdg-whitepaper-2023.txt 602, 692, 989, 1122; journal 77
        assertTrue(LineFilter.isFootnoteBody("4 《发展的新时代：世界银行 2023 年度报告》，世界银行"));
        assertTrue(LineFilter.isFootnoteBody("5 基辛格、施密特、胡腾洛赫尔：《人工智能时代与人类未来》，中信出版集团，2023年，前言。"));
        assertTrue(LineFilter.isFootnoteBody("8 https://cset.georgetown.edu/article/what-does-ai-red-teaming-actually-mean/"));
        assertTrue(LineFilter.isFootnoteBody("10 根据 OECD统计的 92项数据本地化政策。"));
        assertTrue(LineFilter.isFootnoteBody("^① 数据来源：《Artificial Intelligence Index Report 2024》。"));
    }

    @Test
    void numbers_that_belong_to_names_dates_and_quantities_stay() {
        String original = "二十国（G20）集团主席国，GPT-4和5G，2023年 10月有 37 项，增长40%，今年10月，第1、2条。";
        NormalisedText text = Normaliser.forDocument(Fixtures.meta("无关标题")).normalise(original);
        assertEquals("二十国（G20）集团主席国，GPT-4和5G，2023年10月有37项，增长40%，今年10月，第1、2条。", text.text());
    }

    @Test
    void numbers_in_a_list_are_not_footnote_markers() {
        // caict-gdg-whitepaper-2023.txt 347-352, joined
        String original = "瑞典排名分别下降 11、10、8、7和 5名；但排名分别上升了 7、10、10和 15名。";
        NormalisedText text = Normaliser.forDocument(Fixtures.meta("无关标题")).normalise(original);
        assertEquals("瑞典排名分别下降11、10、8、7和5名；但排名分别上升了7、10、10和15名。", text.text());
    }

    @Test
    void citation_markers_are_removed() {
        // han-zhou-xu-2025-ai-global-governance.txt 41, 43, 75
        String original = "构建人类命运共同体的应有之义^{[1][2][3][4]}。治理倡议挖掘中国智慧和中国方案^[5]。体现了多方参与的治理趋势^①。";
        NormalisedText text = Normaliser.forDocument(Fixtures.meta("无关标题")).normalise(original);
        assertEquals("构建人类命运共同体的应有之义。治理倡议挖掘中国智慧和中国方案。体现了多方参与的治理趋势。", text.text());
    }

    @Test
    void spaces_next_to_chinese_go_and_spaces_between_latin_words_stay() {
        String original = "由 ICANN前董事会董事、法国前外交官Bertrand de La \n\nChapelle 发起，人 工智能，对接 RCEP。";
        NormalisedText text = Normaliser.forDocument(Fixtures.meta("无关标题")).normalise(original);
        assertEquals("由ICANN前董事会董事、法国前外交官Bertrand de La Chapelle发起，人工智能，对接RCEP。", text.text());
    }

    /** Every character that came from the original is the same character (spaces may be any space). */
    static void assertMapsBack(String original, NormalisedText text) {
        int previous = -1;
        for (int i = 0; i < text.length(); i++) {
            int o = text.originalIndex(i);
            assertTrue(o > previous, "origins increase at " + i);
            previous = o;
            char n = text.text().charAt(i);
            char c = original.charAt(o);
            if (n == ' ' || n == '\n')
                assertTrue(Character.isWhitespace(c) || Chars.isSpace(c), "space at " + i + " maps to '" + c + "'");
            else
                assertEquals(c, n, "char " + i + " maps to original " + o);
        }
    }
}

package org.w3id.dgkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layout constructions of PDF-like reports, on sentences written for these tests (not taken from
 * any corpus or development text): column tables, dashed page numbers, decimal section headings,
 * and the prose notes of a 注释 section.
 */
class LayoutConstructionsTest {
    private static final String TAB = String.valueOf(ColumnTables.CELL);

    private static NormalisedText normalise(String original) {
        return Normaliser.forDocument(Fixtures.meta("数字合作年度观察")).normalise(original);
    }

    private static List<String> paragraphs(NormalisedText t) {
        return Arrays.asList(t.text().split("\n"));
    }

    @Test
    void table_under_a_caption_is_read_row_by_row_with_its_cells_apart() {
        String original = "截至年底，联盟成员见下表。\n"
                + "表2-4　海洋数据合作联盟创始成员(2023年)\n"
                + "序号　成员　　　　牵头机构\n"
                + "1　　挪威　　　　　挪威海洋研究所\n"
                + "2　　智利　　　　　—\n"
                + "3　　新西兰　　　　新西兰国家水文中心\n"
                + "注:\"—\"表示尚未指定牵头机构。\n";
        NormalisedText t = normalise(original);
        List<String> p = paragraphs(t);
        assertTrue(p.contains("表2-4海洋数据合作联盟创始成员(2023年)"), t.text());
        assertTrue(p.contains("序号" + TAB + "成员" + TAB + "牵头机构"), t.text());
        assertTrue(p.contains("1" + TAB + "挪威" + TAB + "挪威海洋研究所"), t.text());
        assertTrue(p.contains("3" + TAB + "新西兰" + TAB + "新西兰国家水文中心"), t.text());
        assertTrue(p.get(p.size() - 1).startsWith("注:"), t.text());
        // a cell maps back to its own characters, the separator to the column gap
        int i = t.text().indexOf("新西兰国家水文中心");
        Span back = t.toOriginal(new Span(i, i + "新西兰国家水文中心".length()));
        assertEquals("新西兰国家水文中心", original.substring(back.start(), back.end()));
        int cell = t.text().indexOf(TAB + "挪威" + TAB);
        assertEquals('\u3000', original.charAt(t.originalIndex(cell)));
    }

    @Test
    void a_footnote_marker_that_ends_the_text_is_dropped_without_a_trailing_line_break() {
        // the marker's look-ahead used to read past the last character (a crash on a whole corpus)
        assertEquals("两国重申了合作意愿。", normalise("两国重申了合作意愿。3").text());
        assertEquals("各方签署了《海洋数据合作框架》", normalise("各方签署了《海洋数据合作框架》12").text());
    }

    @Test
    void numbered_rows_without_a_caption_are_a_table_too() {
        NormalisedText t = normalise("会议期间签署的文件如下。\n1    中方    合作备忘录\n2    法方    联合声明\n3    欧方    行动计划\n");
        assertTrue(paragraphs(t).contains("2" + TAB + "法方" + TAB + "联合声明"), t.text());
    }

    @Test
    void a_table_drawn_with_bars_is_read_row_by_row_without_a_caption() {
        String original = "近年举办的海洋数据会议如下：\n"
                + "会议 | 年份 | 地点\n"
                + "第三届海洋数据大会 | 2022年 | 挪威卑尔根\n"
                + "第四届海洋数据大会 | 2023年 | 智利瓦尔帕莱索\n"
                + "各方对会议成果表示满意。\n";
        List<String> p = paragraphs(normalise(original));
        assertTrue(p.contains("会议" + TAB + "年份" + TAB + "地点"), p.toString());
        assertTrue(p.contains("第四届海洋数据大会" + TAB + "2023年" + TAB + "智利瓦尔帕莱索"), p.toString());
        assertEquals("各方对会议成果表示满意。", p.get(p.size() - 1));
    }

    @Test
    void a_menu_or_a_dateline_cut_by_bars_stays_page_furniture() {
        NormalisedText t = normalise("首页 | 新闻 | 财经 | 科技 | 专题\n海洋新闻 | 2024年3月1日 | 科技\n两国签署了海洋数据合作协议。\n");
        assertEquals("两国签署了海洋数据合作协议。", t.text());
    }

    @Test
    void two_short_fields_outside_a_table_stay_page_furniture() {
        NormalisedText t = normalise("记者　王小明　李华\n今年，两国签署了合作协议。\n");
        assertEquals("今年，两国签署了合作协议。", t.text());
        assertFalse(t.text().contains(TAB));
    }

    @Test
    void a_tab_in_running_text_is_only_a_space() {
        NormalisedText t = normalise("两国\t签署了合作协议。\n");
        assertEquals("两国签署了合作协议。", t.text());
    }

    @Test
    void dashed_page_number_inside_a_sentence_is_dropped_and_the_sentence_joined() {
        NormalisedText t = normalise("会议宣布设立专项基金，用于支持发展中国家的\n　　　　　　　　　　— 17 —\n能力建设。\n- 18 -\n第19页\n");
        assertEquals("会议宣布设立专项基金，用于支持发展中国家的能力建设。", t.text());
    }

    @Test
    void decimal_section_heading_is_a_paragraph_of_its_own() {
        NormalisedText t = normalise("4.1 南太平洋岛国的数字互联\n2022年，太平洋岛国论坛通过了区域数字战略。\n");
        assertEquals(List.of("4.1南太平洋岛国的数字互联", "2022年，太平洋岛国论坛通过了区域数字战略。"), paragraphs(t));
    }

    @Test
    void a_year_and_host_row_label_starts_a_row_of_its_own() {
        NormalisedText t = normalise("时间 主办国 主要行动\n2017 德国\n首次设立部长会议；《数字路线图》\n2018年 阿根廷\n重点聚焦数字政府和基础设施部署。\n");
        List<String> p = paragraphs(t);
        assertTrue(p.contains("首次设立部长会议；《数字路线图》"), p.toString());
        assertTrue(p.contains("重点聚焦数字政府和基础设施部署。"), p.toString());
        assertTrue(ParagraphBreaker.isRowLabel("2019 日本 "));
        assertTrue(ParagraphBreaker.isRowLabel("2018年 阿根廷"));
        assertFalse(ParagraphBreaker.isRowLabel("2023 年度报告"));
        assertFalse(ParagraphBreaker.isRowLabel("2018年，阿根廷担任主席国"));
        assertFalse(ParagraphBreaker.isRowLabel("2018 年 11 月"));
    }

    @Test
    void a_decimal_quantity_at_a_line_start_is_no_heading() {
        assertFalse(ParagraphBreaker.isHeading("2.5亿美元用于建设海底光缆"));
        assertFalse(ParagraphBreaker.isHeading("3.5%的增长来自服务贸易"));
        assertTrue(ParagraphBreaker.isHeading("2.3 欧洲理事会的立场"));
        assertTrue(ParagraphBreaker.isHeading("5.2 人工智能治理的新动向"));
    }

    @Test
    void prose_notes_are_read_without_their_numbers_and_citations_are_not() {
        String original = "正文说，公约已于去年生效。\n"
                + "注释\n"
                + "1 首批批准公约的国家还有冰岛和马耳他。\n"
                + "2 见联合国条约集第3卷。\n"
                + "3 A/RES/70/1，2015年9月。\n"
                + "4 https://example.org/treaty\n"
                + "参考文献\n"
                + "[1] 张三．论数字条约[J]．法学研究，2024（1）．\n";
        NormalisedText t = normalise(original);
        assertEquals(List.of("正文说，公约已于去年生效。", "首批批准公约的国家还有冰岛和马耳他。"), paragraphs(t));
        int i = t.text().indexOf("首批");
        assertEquals('首', original.charAt(t.originalIndex(i)));
    }

    @Test
    void a_running_header_printed_once_is_dropped_by_its_part_field() {
        NormalisedText t = normalise("海洋数字治理年度观察（2025）　　　　　　第四章　区域合作\n4.2 太平洋岛国的数据合作\n斐济和萨摩亚签署了数据合作备忘录。\n");
        assertEquals(List.of("4.2太平洋岛国的数据合作", "斐济和萨摩亚签署了数据合作备忘录。"), paragraphs(t));
        assertTrue(LineFilter.isPartHeader("数字治理观察（2024）                        专题报告"));
        assertFalse(LineFilter.isPartHeader("第四章　区域合作"));
        assertFalse(LineFilter.isPartHeader("会议通过了第二章，　　各方表示支持。"));
    }

    @Test
    void a_dotted_page_number_is_dropped() {
        assertEquals("两国签署了协议。", normalise("两国签署了\n· 12 ·\n协议。\n").text());
    }

    @Test
    void a_caption_number_before_a_column_gap_is_no_footnote_marker() {
        NormalisedText t = normalise("表7　数字海关合作联盟成员\n1　　秘鲁\n2　　厄瓜多尔\n续表7\n3　　玻利维亚\n");
        assertTrue(paragraphs(t).contains("表7数字海关合作联盟成员"), t.text());
        assertTrue(paragraphs(t).contains("续表7"), t.text());
        assertTrue(paragraphs(t).contains("3" + TAB + "玻利维亚"), t.text());
    }

    @Test
    void circled_prose_notes_are_read_and_references_are_not() {
        NormalisedText t = normalise("正文。\n注释：\n① 冰岛议会于次年批准了该公约。\n② 李四．数字条约研究[J]．国际法研究，2024（2）．\n");
        assertEquals(List.of("正文。", "冰岛议会于次年批准了该公约。"), paragraphs(t));
    }

    @Test
    void a_short_label_line_where_lines_are_paragraphs_is_not_glued_to_the_next_sentence() {
        String longLine = "2024年3月5日，太平洋岛国论坛成员在苏瓦举行数字部长会议，会议讨论了海底光缆、数据保护、网络安全能力建设和数字技能培训等议题，"
                + "并同意在未来两年内制定区域数据治理框架，以促进岛国之间的数据流动和数字贸易。";
        NormalisedText t = normalise("文／李明\n" + longLine + "\n背景\n" + longLine + "\n" + longLine + "\n");
        List<String> p = paragraphs(t);
        assertEquals("文／李明", p.get(0), t.text());
        assertEquals("背景", p.get(2), t.text());
        // a short line that ends a sentence's first half (…关键期，中 / 国在…) is no label
        NormalisedText cut = normalise(longLine + "\n在变革的关键期，中\n国在全球治理中的角色愈发重要。\n" + longLine + "\n");
        assertTrue(cut.text().contains("在变革的关键期，中国在全球治理中的角色愈发重要。"), cut.text());
    }
}

package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Short names within one document: an ending of one longer name, or a title with its middle left out. */
class ShortNamesTest {

    /** A discovered name of the test: its top class, its label, the aliases merged into it. */
    record Name(String top, String label, List<String> alts) {
        Name(String top, String label) {
            this(top, label, new ArrayList<>());
        }
    }

    private static Map<String, Name> merged(Name... names) {
        Map<String, Name> d = new LinkedHashMap<>();
        for (Name n : names)
            d.put(n.label(), n);
        ShortNames.merge(d, Name::top, Name::label, (n, alias) -> n.alts().add(alias));
        return d;
    }

    @Test
    void a_headline_title_with_its_middle_left_out_is_the_full_title() {
        Map<String, Name> d = merged(new Name("Instrument", "人工智能框架公约"), new Name("Instrument", "人工智能与人权、民主和法治框架公约"));
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get("人工智能与人权、民主和法治框架公约").alts().contains("人工智能框架公约"));
    }

    @Test
    void the_ending_of_one_longer_title_is_its_short_name() {
        Map<String, Name> d = merged(new Name("Instrument", "数字贸易协定"), new Name("Instrument", "欧盟—新加坡数字贸易协定"));
        assertEquals(List.of("数字贸易协定"), d.get("欧盟—新加坡数字贸易协定").alts());
    }

    @Test
    void a_short_qualifier_left_out_makes_another_instrument() {
        Map<String, Name> d = merged(new Name("Instrument", "数据安全管理办法"), new Name("Instrument", "数据出境安全管理办法"));
        assertEquals(2, d.size(), d.toString());
    }

    @Test
    void two_longer_titles_that_fit_leave_the_short_one_alone() {
        Map<String, Name> d = merged(new Name("Instrument", "人工智能框架公约"), new Name("Instrument", "人工智能与人权、民主和法治框架公约"),
                new Name("Instrument", "人工智能与数据、算法和算力框架公约"));
        assertEquals(3, d.size(), d.toString());
    }

    @Test
    void abbreviation_needs_a_head_an_ending_and_a_left_out_middle() {
        assertTrue(ShortNames.isAbbreviation("人工智能框架公约", "人工智能与人权、民主和法治框架公约"));
        assertFalse(ShortNames.isAbbreviation("数据安全法", "数据安全法案")); // a bill and its act differ in kind, not by a left-out middle
        assertFalse(ShortNames.isAbbreviation("网络安全法", "网络数据安全管理条例"));
        assertFalse(ShortNames.isAbbreviation("数据法", "数据治理法")); // too short to tell
        assertFalse(ShortNames.isAbbreviation("数据安全管理办法", "数据出境安全管理办法"));
    }

    @Test
    void events_and_actors_are_not_merged_by_abbreviation() {
        Map<String, Name> d = merged(new Name("Event", "人工智能峰会"), new Name("Event", "人工智能安全峰会"));
        assertEquals(2, d.size(), d.toString());
    }

    @Test
    void a_title_with_an_ordinal_before_its_kind_is_another_text() {
        assertTrue(ShortNames.otherText("附加议定书", Set.of("2003"), false, "第二附加议定书", Set.of("2022"), false)); // a first and a second protocol
        assertTrue(ShortNames.otherText("附加议定书", Set.of(), false, "网络犯罪公约第三附加议定书", Set.of(), false));
        assertFalse(ShortNames.otherText("附加议定书", Set.of(), false, "第一附加议定书", Set.of(), false)); // the first, written out
        assertFalse(ShortNames.otherText("数字贸易协定", Set.of(), false, "欧盟—新加坡数字贸易协定", Set.of(), false));
    }

    @Test
    void a_year_before_a_title_is_another_text_only_when_the_short_title_is_acted_in_other_years() {
        assertTrue(ShortNames.otherText("海洋数字联合声明", Set.of("2019"), false, "2023年海洋数字联合声明", Set.of("2023"), false));
        assertFalse(ShortNames.otherText("芯片和科学法案", Set.of("2022"), false, "2022年芯片和科学法案", Set.of(), false)); // the act of that year
        assertFalse(ShortNames.otherText("芯片和科学法案", Set.of(), false, "2022年芯片和科学法案", Set.of(), false)); // only talked about
    }

    @Test
    void two_titles_each_declaring_a_short_name_are_two_texts() {
        assertTrue(ShortNames.otherText("海洋数字合作声明", Set.of(), true, "新版海洋数字合作声明", Set.of(), true));
        assertFalse(ShortNames.otherText("个人信息保护法", Set.of(), true, "中华人民共和国个人信息保护法", Set.of(), false));
    }

    @Test
    void merge_keeps_apart_what_the_document_says_are_two_texts() {
        Map<String, Name> d = new LinkedHashMap<>();
        d.put("a", new Name("Instrument", "附加议定书"));
        d.put("b", new Name("Instrument", "第二附加议定书"));
        ShortNames.merge(d, Name::top, Name::label, (n, alias) -> n.alts().add(alias),
                (s, l) -> ShortNames.otherText(s.label(), Set.of(), false, l.label(), Set.of(), false));
        assertEquals(2, d.size(), d.toString());
    }
}

package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
}

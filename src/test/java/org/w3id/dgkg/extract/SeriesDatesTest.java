package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which event names are a series (never dated) and which an edition (dated): SeriesDates with series-heads.tsv. */
class SeriesDatesTest {
    /** Organisers the test knows as actors (the build asks the gazetteer). */
    private static final Predicate<String> ACTORS = Set.of("海洋合作组织", "北海国家集团", "渔业论坛")::contains;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"海洋合作组织年会", "渔业发展论坛年会", "北海国家集团领导人峰会", "北海国家集团峰会", "海洋合作组织领导人非正式会议",
            "北海国家集团领导人会晤", "“海洋合作组织”年会", "海洋合作組織年會"})
    void an_organiser_and_a_series_head_without_ordinal_or_year_is_a_series(String name) {
        assertTrue(SeriesDates.isSeriesName(name, ACTORS));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"第五届海洋合作组织年会", "2024年北海国家集团峰会", "海洋合作组织第三十次领导人非正式会议", "首届北海国家集团峰会",
            "京都年会", "海洋数据峰会", "人工智能安全峰会", "北海国家集团数字部长会议", "年会"})
    void an_edition_a_one_off_event_or_a_bare_head_is_no_series(String name) {
        assertFalse(SeriesDates.isSeriesName(name, ACTORS));
    }

    @Test
    void the_dates_of_a_series_are_dropped_and_the_others_kept() {
        Map<String, Entity> byIri = Map.of(
                "s", new Entity("s", "https://w3id.org/dgkg/ontology#Event", "海洋合作组织年会", null, Set.of(), null, false),
                "e", new Entity("e", "https://w3id.org/dgkg/ontology#Event", "第五届海洋合作组织年会", null, Set.of(), null, false));
        List<RelationRules.Rel> rels = new ArrayList<>(List.of(
                new RelationRules.Rel("s", "date", "2024-01-16", 0, 4, 0.7, "date-of-act", false),
                new RelationRules.Rel("e", "date", "2024-01-16", 0, 4, 0.7, "date-of-act", false),
                new RelationRules.Rel("e", "superEvent", "s", 0, 4, 0.8, "edition-of-series", false)));
        new SeriesDates(byIri, ACTORS).drop(rels);
        assertEquals(List.of("e date", "e superEvent"), rels.stream().map(r -> r.subject() + " " + r.predicate()).toList());
    }
}

package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The series an event's name says it is an edition of (schema:superEvent, rule edition-of-series). */
class EventEditionsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "第十八届互联网治理论坛年会, 互联网治理论坛年会",
            "2023年世界互联网大会乌镇峰会, 世界互联网大会乌镇峰会",
            "2024世界人工智能大会, 世界人工智能大会",
            "二十国集团领导人第十四次峰会, 二十国集团领导人峰会",
            "亚太经合组织第三十一次领导人非正式会议, 亚太经合组织领导人非正式会议",
            "首届海洋数据论坛, 海洋数据论坛",
    })
    void an_edition_names_its_series(String edition, String series) {
        assertEquals(series, EventEditions.seriesOf(edition));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"慕尼黑安全会议", "美欧峰会", "第十期会议", "第三届会议", "2019年会议"})
    void a_series_or_a_bare_ordinal_has_none(String name) {
        assertNull(EventEditions.seriesOf(name)); // no year or ordinal, or nothing but a head left without them
    }

    @Test
    void the_rule_states_nothing_until_the_fact_model_has_the_predicate() {
        boolean known = java.util.Arrays.stream(Predicate.values()).anyMatch(p -> p.ruleName.equals("superEvent"));
        assertEquals(known, EventEditions.STATED);
    }
}

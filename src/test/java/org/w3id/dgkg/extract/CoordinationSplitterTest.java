package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One-character state abbreviations in coordinated groups (sentences quoted from corpus/). */
class CoordinationSplitterTest {
    private static final Map<String, Set<String>> ABBR = Map.of(
            "中", Set.of("cn"), "美", Set.of("us"), "欧", Set.of("eu"), "英", Set.of("gb"),
            "澳", Set.of("au"), "加", Set.of("ca"), "日", Set.of("jp"));

    private static List<String> members(String text) {
        return CoordinationSplitter.find(text, ABBR, new boolean[text.length() + 1]).stream()
                .map(CoordinationSplitter.Member::entityIri).toList();
    }

    @Test
    void enumerationWithCommas() {
        assertEquals(List.of("us", "gb", "au", "ca", "jp"), members("如美、英、澳、加、日五国成立新全球电信联盟"));
    }

    @Test
    void gluedGroup() {
        assertEquals(List.of("cn", "us", "eu"), members("包括中美欧等成员在内"));
    }

    @Test
    void headsOfStateAreNotDollars() {
        assertEquals(List.of("cn", "us"), members("11月 15日，中美元首在旧金山举行会晤"));
        assertEquals(List.of(), members("超过1000亿美元"));
    }

    @Test
    void loneCharactersAreWords() {
        assertEquals(List.of(), members("加强在电信供应链多样化等领域的合作"));
        assertEquals(List.of(), members("2023年11月15日中午"));
    }
}

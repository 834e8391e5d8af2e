package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A meeting's quoted theme borrows an instrument's name without citing it (MentionFinder.insideQuotedTheme). */
class QuotedThemeTest {

    @Test
    void name_inside_a_longer_quoted_theme_is_inside() {
        String s = "论坛主题为“海洋数据开放宣言——共享未来”，吸引了许多人。";
        int start = s.indexOf("海洋");
        assertTrue(MentionFinder.insideQuotedTheme(s, start, start + "海洋数据开放宣言".length()));
    }

    @Test
    void the_whole_quotation_or_a_quotation_that_is_no_theme_is_not() {
        String whole = "论坛主题为“海洋数据开放宣言”。";
        int a = whole.indexOf("海洋");
        assertFalse(MentionFinder.insideQuotedTheme(whole, a, a + "海洋数据开放宣言".length()));
        String cited = "会议重申“海洋数据开放宣言——共享未来”的承诺。";
        int b = cited.indexOf("海洋");
        assertFalse(MentionFinder.insideQuotedTheme(cited, b, b + "海洋数据开放宣言".length()));
    }

    @Test
    void a_title_named_before_is_not_mentioned_again_by_the_theme(@TempDir Path dir) throws Exception {
        Extraction x = ExtractionRuleFixturesTest.extract(dir, Map.of(),
                "意大利发布了《海洋数据开放宣言》。次年的论坛主题为“海洋数据开放宣言——共享未来”。");
        String iri = x.entities().stream().filter(e -> e.labelZh().equals("海洋数据开放宣言")).findFirst().orElseThrow().iri();
        assertEquals(1, x.mentions().stream().filter(m -> m.entityIri().equals(iri)).count(),
                "only the 《》 title is a mention: " + x.mentions());
    }
}

package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name written after a scope over many countries (全球的…, 各国的…) is used as a kind, not as that instrument's name. */
class GenericScopeTest {

    private static long mentionsOf(Extraction x, String label) {
        String iri = x.entities().stream().filter(e -> e.labelZh().equals(label)).findFirst().orElseThrow().iri();
        return x.mentions().stream().filter(m -> m.entityIri().equals(iri)).count();
    }

    @Test
    void bills_of_every_country_are_no_mention_of_the_bill_of_that_name(@TempDir Path dir) throws Exception {
        Extraction x = ExtractionRuleFixturesTest.extract(dir, Map.of(),
                "意大利通过了《海洋数据法案》。以往全球的海洋数据法案主要关注数据开放，各国的海洋数据法案也是如此。");
        assertEquals(1, mentionsOf(x, "海洋数据法案"), "only the 《》 title is a mention: " + x.mentions());
    }

    @Test
    void the_name_alone_later_is_still_a_mention(@TempDir Path dir) throws Exception {
        Extraction x = ExtractionRuleFixturesTest.extract(dir, Map.of(),
                "意大利通过了《海洋数据法案》。此后，海洋数据法案被多次修订。");
        assertEquals(2, mentionsOf(x, "海洋数据法案"), x.mentions().toString());
    }
}

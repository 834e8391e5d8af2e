package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One title, two texts of two years: a document that issues or signs the same title in clauses of two different
 * years names two instruments (TitleEditions); a title issued once, or only talked about in other years, stays one.
 */
class TitleEditionsTest {
    private static Extraction extract(Path dir, String text) throws IOException {
        return ExtractionRuleFixturesTest.extract(dir, Map.of(), text);
    }

    private static List<Entity> labelled(Extraction x, String label) {
        return x.entities().stream().filter(e -> e.labelZh().equals(label)).toList();
    }

    private static Set<String> dates(Extraction x, String iri) {
        return x.facts().stream().filter(f -> f.subject().equals(iri) && f.predicate() == Predicate.DATE)
                .map(f -> f.object().lexical()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void a_title_signed_in_two_years_is_two_instruments(@TempDir Path dir) throws IOException {
        Extraction x = extract(dir, "2016年3月，12个成员在部长会议上发布《关于海洋数据合作的联合声明》。"
                + "2020年5月，30个成员签署《关于海洋数据合作的联合声明》，启动新一轮谈判。");
        List<Entity> found = labelled(x, "关于海洋数据合作的联合声明");
        assertEquals(2, found.size(), "one instrument per year: " + found);
        Set<String> iris = found.stream().map(Entity::iri).collect(Collectors.toCollection(TreeSet::new));
        String first = iris.stream().filter(i -> i.endsWith("-2016")).findFirst().orElseThrow();
        String second = iris.stream().filter(i -> i.endsWith("-2020")).findFirst().orElseThrow();
        assertEquals(Set.of("2016-03"), dates(x, first));
        assertEquals(Set.of("2020-05"), dates(x, second));
        assertTrue(found.stream().anyMatch(e -> e.altLabels().contains("关于海洋数据合作的联合声明（2016年）")));
        // the slug is the title's slug with the year after it: stable, whatever other documents say
        String bare = titleIri(first);
        assertEquals(bare + "-2020", second);
    }

    /** The title's slug: the edition's IRI without its year. */
    private static String titleIri(String editionIri) {
        return editionIri.substring(0, editionIri.lastIndexOf('-'));
    }

    @Test
    void a_later_short_mention_means_the_edition_named_last(@TempDir Path dir) throws IOException {
        Extraction x = extract(dir, "2016年3月，12个成员发布《关于海洋数据合作的联合声明》。"
                + "2020年5月，30个成员签署《关于海洋数据合作的联合声明》。此后，《关于海洋数据合作的联合声明》的参与方不断增加。");
        List<Entity> found = labelled(x, "关于海洋数据合作的联合声明");
        String second = found.stream().map(Entity::iri).filter(i -> i.endsWith("-2020")).findFirst().orElseThrow();
        long laterMentions = x.mentions().stream().filter(m -> m.entityIri().equals(second)).count();
        assertEquals(2, laterMentions, "the signing and the later mention both mean the 2020 text");
    }

    @Test
    void a_title_issued_once_and_talked_about_later_stays_one(@TempDir Path dir) throws IOException {
        Extraction x = extract(dir, "2016年3月，国家海洋局发布《海洋数据管理办法》。2020年，《海洋数据管理办法》全面实施。");
        List<Entity> found = labelled(x, "海洋数据管理办法");
        assertEquals(1, found.size());
        assertTrue(!found.get(0).iri().matches(".*-(2016|2020)$"), "an unchanged IRI: " + found.get(0).iri());
    }

    @Test
    void the_year_of_the_clause_that_issues_the_title() {
        assertEquals("2017", actYear("2017年12月，71个成员在会议上发布《X》"));
        assertEquals("2019", actYear("2017年成立的工作组于2019年签署了《X》"));
        assertNull(actYear("2020年，根据《X》"), "no act: the title is only cited");
        assertNull(actYear("各方签署《X》"), "no year");
    }

    private static String actYear(String text) {
        return TitleEditions.actYear(text, text.indexOf('《'));
    }
}

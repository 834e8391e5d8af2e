package org.w3id.dgkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.extract.RealCorpus;

/**
 * The regression guard of the extractor, on both development sets: the real corpus against its
 * gold (a copy in src/test/resources/eval/) and the 24 news texts (src/test/resources/news/, free to use as
 * test data per their README) against their exhaustive gold (a copy of shared/gold/news's TSVs in
 * src/test/resources/eval/news/). Each threshold sits a few points under what the extractor
 * measures (see the README's figures), so that a regression fails the build. The tables are printed
 * for the CI log.
 */
class EvalRegressionTest {
    /** The news texts and their manifest (shared with AddingDocumentsTest) and their gold. */
    static final Path NEWS = Path.of("src/test/resources/news");
    static final Path NEWS_GOLD = Path.of("src/test/resources/eval/news");
    /** Eight texts written after the news set, of the same kinds, about other events (src/test/resources/news-fresh/). */
    static final Path FRESH = Path.of("src/test/resources/news-fresh");
    static final Path FRESH_GOLD = Path.of("src/test/resources/eval/news-fresh");
    /** Eight texts the lead wrote and kept from the helpers for one session (src/test/resources/news-check/). */
    static final Path CHECK = Path.of("src/test/resources/news-check");
    static final Path CHECK_GOLD = Path.of("src/test/resources/eval/news-check");
    /** Eight texts written at the start of the next session (src/test/resources/news-fresh2/). */
    static final Path FRESH2 = Path.of("src/test/resources/news-fresh2");
    static final Path FRESH2_GOLD = Path.of("src/test/resources/eval/news-fresh2");
    private static EvalResult corpus;
    private static EvalResult news;
    private static EvalResult fresh;
    private static EvalResult check;
    private static EvalResult fresh2;

    @BeforeAll
    static void score() {
        Dataset ds = Evaluator.buildInMemory(RealCorpus.CORPUS, RealCorpus.ontologyDir());
        corpus = Evaluator.of(GoldSet.load(Path.of("src/test/resources/eval"))).score(ds, 0, 0);
        System.out.println(corpus.text());
        Dataset nd = Evaluator.buildInMemory(NEWS, RealCorpus.ontologyDir());
        news = Evaluator.of(GoldSet.load(NEWS_GOLD)).score(nd, 0, 0);
        System.out.println(news.text());
        Dataset fd = Evaluator.buildInMemory(FRESH, RealCorpus.ontologyDir());
        fresh = Evaluator.of(GoldSet.load(FRESH_GOLD)).score(fd, 0, 0);
        System.out.println(fresh.text());
        check = Evaluator.of(GoldSet.load(CHECK_GOLD)).score(Evaluator.buildInMemory(CHECK, RealCorpus.ontologyDir()), 0, 0);
        System.out.println(check.text());
        fresh2 = Evaluator.of(GoldSet.load(FRESH2_GOLD)).score(Evaluator.buildInMemory(FRESH2, RealCorpus.ontologyDir()), 0, 0);
        System.out.println(fresh2.text());
    }

    @Test
    void corpusEntities() {
        assertTrue(corpus.entities().rate() >= 0.92, "entities " + corpus.entities());
        corpus.entitiesByDocument().forEach((doc, t) -> assertTrue(t.rate() >= 0.80, doc + " " + t));
        corpus.entitiesByClass().forEach((cls, t) -> {
            if (!cls.contains("/"))
                assertTrue(t.rate() >= 0.85, cls + " " + t);
        });
    }

    @Test
    void corpusFactsAndDates() {
        assertTrue(corpus.factsStrict().rate() >= 0.85, "strict " + corpus.factsStrict());
        assertTrue(corpus.factsLenient().rate() >= 0.85, "lenient " + corpus.factsLenient());
        assertTrue(corpus.datesStrict().rate() >= 0.88, "dates " + corpus.datesStrict());
    }

    @Test
    void everyFoundFactHasEvidenceInItsDocument() {
        assertTrue(corpus.evidence().rate() >= 0.97, "evidence " + corpus.evidence());
        assertTrue(news.evidence().rate() >= 0.95, "news evidence " + news.evidence());
    }

    @Test
    void noCorpusNegativeIsHit() {
        assertEquals(0, corpus.negativeHits().size(), String.join("\n", corpus.negativeHits()));
    }

    @Test
    void newsEntitiesFactsAndPrecision() {
        assertNotNull(news.precision(), "the news gold is exhaustive (its negatives have a forbid column)");
        assertTrue(news.entities().rate() >= NewsFloor.ENTITIES, "news entities " + news.entities());
        assertTrue(news.factsStrict().rate() >= NewsFloor.FACTS_STRICT, "news strict " + news.factsStrict());
        assertTrue(news.precision().all().rate() >= NewsFloor.PRECISION, "news precision " + news.precision().all());
        assertTrue(news.negativeHits().size() <= NewsFloor.TRAP_HITS, "news trap hits " + news.negativeHits().size()
                + "\n" + String.join("\n", news.negativeHits()));
    }

    @Test
    void freshEntitiesFactsAndPrecision() {
        FreshFloor.FRESH.check("fresh", fresh);
    }

    @Test
    void checkEntitiesFactsAndPrecision() {
        FreshFloor.CHECK.check("news-check", check);
    }

    @Test
    void fresh2EntitiesFactsAndPrecision() {
        FreshFloor.FRESH2.check("news-fresh2", fresh2);
    }

    /** The corpus gold is a sample, not exhaustive: no precision is computed on it. */
    @Test
    void precisionOnlyWhereTheGoldIsExhaustive() {
        assertEquals(null, corpus.precision());
    }

    @Test
    void jsonHasTheSameNumbers() {
        String json = news.json().replaceAll("\\s", "");
        assertTrue(json.contains("\"found\":" + news.factsStrict().found()), json);
        assertTrue(json.contains("\"correct\":" + news.precision().all().found() + ",\"statements\":" + news.precision().all().total()), json);
        String text = news.text();
        assertTrue(text.contains("precision (exhaustive gold"), text);
        news.precision().byRule().keySet().forEach(r -> assertTrue(json.contains("\"" + r + "\":"), r));
    }

    /** What the news set measures today, a few points under (README, "Measured"). */
    static final class NewsFloor {
        static final double ENTITIES = 0.93;   // measured 663/693 = 0.957
        static final double FACTS_STRICT = 0.84; // measured 452/519 = 0.871
        static final double PRECISION = 0.92;  // measured 444/468 = 0.949
        static final int TRAP_HITS = 2;        // measured 2: title mentions the gold also lists as entities (its empty forbid column cannot tell them apart)
    }

    /**
     * What each later set of news-kind texts measures today, a few points under (README, "Measured"):
     * entities, strict facts, precision, and the most negative rows hit.
     */
    record FreshFloor(double entities, double factsStrict, double precision, int trapHits) {
        static final FreshFloor FRESH = new FreshFloor(0.85, 0.67, 0.93, 3);   // measured 198/224 = 0.884, 131/186 = 0.704, 133/137 = 0.971, 3 of 80
        static final FreshFloor CHECK = new FreshFloor(0.85, 0.72, 0.83, 2);   // measured 124/141 = 0.879, 84/111 = 0.757, 86/99 = 0.869, 2 of 35
        static final FreshFloor FRESH2 = new FreshFloor(0.83, 0.51, 0.83, 1);  // measured 150/174 = 0.862, 80/147 = 0.544, 80/92 = 0.870, 1 of 64

        void check(String set, EvalResult r) {
            assertTrue(r.entities().rate() >= entities, set + " entities " + r.entities());
            assertTrue(r.factsStrict().rate() >= factsStrict, set + " strict " + r.factsStrict());
            assertTrue(r.precision().all().rate() >= precision, set + " precision " + r.precision().all());
            assertTrue(r.negativeHits().size() <= trapHits, set + " trap hits " + r.negativeHits().size()
                    + "\n" + String.join("\n", r.negativeHits()));
        }
    }
}

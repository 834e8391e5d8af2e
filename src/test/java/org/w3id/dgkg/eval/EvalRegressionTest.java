package org.w3id.dgkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
    private static EvalResult corpus;
    private static EvalResult news;

    @BeforeAll
    static void score() {
        Dataset ds = Evaluator.buildInMemory(RealCorpus.CORPUS, RealCorpus.ontologyDir());
        corpus = Evaluator.of(GoldSet.load(Path.of("src/test/resources/eval"))).score(ds, 0, 0);
        System.out.println(corpus.text());
        Dataset nd = Evaluator.buildInMemory(NEWS, RealCorpus.ontologyDir());
        news = Evaluator.of(GoldSet.load(NEWS_GOLD)).score(nd, 0, 0);
        System.out.println(news.text());
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

    /**
     * Each later set of news-kind texts (src/test/resources/SET with its gold in eval/SET), written after the rules
     * it measures: news-fresh and news-check (stop 12), news-fresh2 and news-check2 (stop 13), news-check3 (stop 14), news-check4 (stop 15), news-check5 (stop 16), news-check6 (stop 17), news-check7 (stop 18), news-check8 (stop 19), news-check9 (stop 20), news-check10 (stop 21), news-check11 (stop 22), news-check12 (stop 23), news-check13 (stop 24), news-check14 (stop 26), news-check15 (stop 28) and news-check16 (stop 29),
     * each kept from every helper until the end of its stop.
     */
    @ParameterizedTest
    @EnumSource(FreshFloor.class)
    void laterSetEntitiesFactsAndPrecision(FreshFloor floor) {
        Path texts = Path.of("src/test/resources", floor.set), gold = Path.of("src/test/resources/eval", floor.set);
        EvalResult r = Evaluator.of(GoldSet.load(gold)).score(Evaluator.buildInMemory(texts, RealCorpus.ontologyDir()), 0, 0);
        System.out.println(r.text());
        floor.check(r);
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
        static final double ENTITIES = 0.93;   // measured 678/700 = 0.969
        static final double FACTS_STRICT = 0.87; // measured 480/525 = 0.914
        static final double PRECISION = 0.93;  // measured 476/499 = 0.954
        static final int TRAP_HITS = 2;        // measured 2: title mentions the gold also lists as entities (its empty forbid column cannot tell them apart)
    }

    /**
     * What each later set of news-kind texts measures today, a few points under (README, "Measured"):
     * entities, strict facts, precision, and the most negative rows hit.
     */
    enum FreshFloor {
        FRESH("news-fresh", 0.87, 0.89, 0.95, 3),    // measured 211/224 = 0.942, 171/185 = 0.924, 170/174 = 0.977, 2 of 80 at 4961e06c, stop 32; before: measured 210/224 = 0.938, 164/185 = 0.886, 163/166 = 0.982, 3 of 80 at 9fce1d1, stop 31; before: 205/224 = 0.915, 159/185 = 0.859, 157/161 = 0.975, 3 of 80
        CHECK("news-check", 0.91, 0.85, 0.91, 2),    // measured 134/141 = 0.950, 100/112 = 0.893, 102/108 = 0.944, 1 of 35
        FRESH2("news-fresh2", 0.87, 0.76, 0.95, 1),  // measured 161/174 = 0.925, 121/151 = 0.801, 121/123 = 0.984, 0 of 60
        CHECK2("news-check2", 0.86, 0.75, 0.91, 1),  // measured 134/150 = 0.893, 86/109 = 0.789, 86/91 = 0.945, 0 of 20
        CHECK3("news-check3", 0.89, 0.79, 0.87, 2),  // measured 133/143 = 0.930, 93/111 = 0.838, 93/102 = 0.912, 1 of 29
        CHECK4("news-check4", 0.91, 0.82, 0.92, 5),  // measured 236/249 = 0.948, 181/209 = 0.866, 179/188 = 0.952, 4 of 38
        CHECK5("news-check5", 0.89, 0.77, 0.95, 1),  // measured 217/233 = 0.931, 141/176 = 0.801, 140/143 = 0.979, 0 of 43 (0.760, 0.381, 0.707, 5 before stop 17 read it)
        CHECK6("news-check6", 0.87, 0.78, 0.91, 5),  // measured 230/252 = 0.913, 166/202 = 0.822, 165/174 = 0.948, 4 of 47 (0.810, 0.490, 0.870, 10 when stop 17 ended, untouched until then)
        CHECK7("news-check7", 0.84, 0.76, 0.88, 5), // measured 181/206 = 0.879, 116/146 = 0.795, 121/132 = 0.917, 4 of 58 at 9fce1d1, stop 31; before: 179/206 = 0.869, 114/146 = 0.781, 119/130 = 0.915, 4 of 58 at 62f1c53, stop 30; before: 178/206 = 0.864, 109/146 = 0.747, 114/125 = 0.912, 4 of 58 (untouched until the stop-18 merge: 95/146, 97/116 at 395bcc5; read from stop 21)
        CHECK8("news-check8", 0.82, 0.77, 0.90, 6),  // measured 207/243, 153/191 = 0.801, 153/160 = 0.956, 5 of 60 at 329a15c, stop 30; before: 207/243 = 0.852, 148/191 = 0.775, 148/158 = 0.937, 5 of 60 (stop 28 at 7231c7a; untouched until the stop-19 merge: 192/243, 122/191, 122/151 at 9f11cb6; 192, 120, 120/149 before stop 19)
        CHECK9("news-check9", 0.85, 0.69, 0.92, 5), // measured 223/252 = 0.885, 154/212 = 0.726, 154/158 = 0.975, 4 of 60 at 329a15c, stop 30; before: 222/252 = 0.881, 148/212 = 0.698, 148/163 = 0.908, 4 of 60 (untouched until the stop-20 merge, measured there at 84e28d7: 200, 120/212, 120/146; 200, 111/212, 111/137 before stop 20)
        CHECK10("news-check10", 0.85, 0.76, 0.87, 7), // measured 214/243 = 0.881, 149/186 = 0.801, 149/167 = 0.892, 6 of 60 at 9fce1d1, stop 31; before: 210/243 = 0.864, 139/186 = 0.747, 139/153 = 0.908, 6 of 60 at 62f1c53, stop 30; before: 210/243 = 0.864, 128/186 = 0.688, 128/142 = 0.901, 6 of 60 (stop 29 at 4f312f1; untouched until the stop-21 merge, measured there at 21cbb8f: 194, 103/186, 103/138; 192, 103/186, 103/137 before stop 21)
        CHECK11("news-check11", 0.85, 0.73, 0.87, 4), // measured 224/250 = 0.896, 148/194 = 0.763, 145/158 = 0.918, 3 of 60 at 4961e06c, stop 32; before: measured 223/250 = 0.892, 142/194 = 0.732, 141/155 = 0.910, 3 of 60 at 9fce1d1, stop 31; before: 222/250 = 0.888, 139/194 = 0.716, 138/152 = 0.908, 3 of 60 at 4f312f1, stop 29 (untouched until the stop-22 merge, measured there at 5cfd193; 213, 110/194, 106/140 before stop 22)
        CHECK12("news-check12", 0.86, 0.79, 0.90, 5), // measured 213/237 = 0.899, 163/198 = 0.823, 168/179 = 0.939, 4 of 59 (stop 28 at bfe31e8; untouched until the stop-23 merge, measured there at aa8236a: 198, 135/198, 138/158, the same before stop 23 at a2c2b5b)
        CHECK13("news-check13", 0.77, 0.73, 0.86, 8), // measured 231/286 = 0.808, 164/214 = 0.766, 160/178 = 0.899, 7 of 60 at 62f1c53, stop 30; before: 228/286 = 0.797, 161/214 = 0.752, 157/176 = 0.892, 7 of 60 (stop 29 at 4f312f1; untouched until the stop-24 merge, measured there at 78b866e: 217, 146/214, 142/165; 214, 143/214, 139/163 before stop 24 at b5f7825)
        CHECK14("news-check14", 0.87, 0.77, 0.88, 14), // measured 156/173 = 0.902, 99/123 = 0.805, 98/106 = 0.925, 13 of 112 at 9fce1d1, stop 31; before: 153/173 = 0.884, 97/123 = 0.789, 96/104 = 0.923, 13 of 112 at 329a15c, stop 30; before: 152/173 = 0.879, 95/123 = 0.772, 94/102 = 0.922, 13 of 112 at 4f312f1+1, stop 29, the first stop that read it (138, 71/123, 70/94, 16 at 7231c7a, stop 28; untouched until the stop-26 merge, measured there at 104ab89: 135, 66/123, 65/92, 19; 22 of 112 before stop 26 at 575b5de)
        CHECK15("news-check15", 0.77, 0.55, 0.80, 6), // measured 200/246 = 0.813, 121/208 = 0.582, 121/145 = 0.834, 5 of 101 at 4961e06c, stop 32; before: measured 199/246 = 0.809, 115/208 = 0.553, 115/139 = 0.827, 5 of 101 at 9fce1d1, stop 31; before: 196/246, 112/208 = 0.538, 112/138 = 0.812, 5 of 101 at 329a15c, stop 30, the first stop that read it; before: 196/246 = 0.797, 109/208 = 0.524, 109/134 = 0.813, 5 of 101 (untouched until the stop-28 merge, measured there at 7231c7a; the same before stop 28 at 170622a and after stop 29 at 4f312f1)
        CHECK16("news-check16", 0.74, 0.52, 0.83, 8), // measured 227/269 = 0.844, 114/207 = 0.551, 113/131 = 0.863, 6 of 93 at 21c6d930, stop 33; before: measured 208/269 = 0.773, 105/207 = 0.507, 104/128 = 0.813, 6 of 93 at 4961e06c, stop 32; before: measured 208/269 = 0.773, 93/207 = 0.449, 92/119 = 0.773, 7 of 93 at dfd1bd3, stop 31 (83/207, 82/108 at 9fce1d1); before: 207/269 = 0.770, 73/207 = 0.353, 72/98 = 0.735, 7 of 93 at 329a15c, stop 30, as validation (untouched until the stop-29 merge, measured there at 4f312f1: 72/207, 71/96; the same before stop 29 at 09beb53)
        CHECK17("news-check17", 0.84, 0.52, 0.91, 13), // measured 183/207 = 0.884, 103/189 = 0.545, 103/110 = 0.936, 12 of 104 at 069947df, stop 34; before: measured 180/207 = 0.870, 99/189 = 0.524, 99/104 = 0.952, 11 of 104 at 21c6d930, stop 33; before: measured 177/207 = 0.855, 93/189 = 0.492, 93/98 = 0.949, 11 of 104 at 4961e06c, stop 32, the first stop that read it; before: measured 177/207 = 0.855, 76/189 = 0.402, 76/82 = 0.927, 12 of 104 at 9fce1d1, stop 31, as validation; before: 176/207 = 0.850, 75/189 = 0.397, 75/81 = 0.926, 12 of 104 (untouched until the stop-30 merge, measured there at 329a15c; the same before stop 30 at 8f95183)
        CHECK18("news-check18", 0.76, 0.47, 0.78, 10), // measured 185/232 = 0.797, 88/175 = 0.503, 91/112 = 0.813, 8 of 96 at 069947df, stop 34; before: measured 182/232 = 0.784, 76/175 = 0.434, 79/99 = 0.798, 8 of 96 at 21c6d930, stop 33, the first stop that read it; before: measured 174/232 = 0.750, 67/175 = 0.383, 70/91 = 0.769, 8 of 96 at 4961e06c, stop 32, as validation; before: measured 174/232 = 0.750, 66/175 = 0.377, 69/89 = 0.775, 9 of 96 (untouched until the stop-31 merge, measured there at 9fce1d1; 171/232, 64/175, 66/85, 9 of 96 before stop 31 at 355c337)
        CHECK19("news-check19", 0.84, 0.65, 0.89, 10), // measured 237/273 = 0.868, 169/247 = 0.684, 171/184 = 0.929, 9 of 113 at 069947df, stop 34, the first stop that read it; before: measured 234/273 = 0.857, 155/247 = 0.628, 157/184 = 0.853, 9 of 113 at 21c6d930, stop 33, as validation; before: measured 234/273 = 0.857, 140/247 = 0.567, 142/169 = 0.840, 9 of 113 (untouched until the stop-32 merge, measured there at 4961e06c; the same before stop 32 at c424ddb)
        CHECK20("news-check20", 0.80, 0.49, 0.85, 9), // measured 239/287 = 0.833, 134/258 = 0.519, 134/151 = 0.887, 7 of 132 at 069947df, stop 34, as validation; before: measured 238/287 = 0.829, 130/258 = 0.504, 130/147 = 0.884, 7 of 132 (untouched until the stop-33 merge, measured there at 02d3cacd, and the same at 21c6d930; 238/287, 126/258, 126/143, 7 of 132 before stop 33 at ebd8bd5a)
        CHECK21("news-check21", 0.71, 0.32, 0.69, 11); // measured 252/341 = 0.739, 93/272 = 0.342, 93/130 = 0.715, 9 of 148 at 069947df, stop 34; before: 251/341 = 0.736, 93/272 = 0.342, 93/129 = 0.721, 9 of 148 (untouched until the stop-34 first merge, measured there at d3b410fb; the same before stop 34 at b514abf5)

        final String set;
        final double entities, factsStrict, precision;
        final int trapHits;

        FreshFloor(String set, double entities, double factsStrict, double precision, int trapHits) {
            this.set = set;
            this.entities = entities;
            this.factsStrict = factsStrict;
            this.precision = precision;
            this.trapHits = trapHits;
        }

        void check(EvalResult r) {
            assertTrue(r.entities().rate() >= entities, set + " entities " + r.entities());
            assertTrue(r.factsStrict().rate() >= factsStrict, set + " strict " + r.factsStrict());
            assertTrue(r.precision().all().rate() >= precision, set + " precision " + r.precision().all());
            assertTrue(r.negativeHits().size() <= trapHits, set + " trap hits " + r.negativeHits().size()
                    + "\n" + String.join("\n", r.negativeHits()));
        }
    }
}

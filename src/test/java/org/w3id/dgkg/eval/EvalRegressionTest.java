package org.w3id.dgkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.extract.RealCorpus;

/**
 * The regression guard of the extractor: builds the real corpus with the real ontology in memory,
 * scores it against the development gold (a copy in src/test/resources/eval/) and holds the
 * quality targets of the extraction issue. The table is printed for the CI log.
 */
class EvalRegressionTest {
    private static EvalResult result;

    @BeforeAll
    static void score() {
        Dataset ds = Evaluator.buildInMemory(RealCorpus.CORPUS, RealCorpus.ontologyDir());
        result = Evaluator.of(GoldSet.load(Path.of("src/test/resources/eval"))).score(ds, 0, 0);
        System.out.println(result.text());
    }

    @Test
    void entities() {
        assertTrue(result.entities().rate() >= 0.85, "entities " + result.entities());
        result.entitiesByDocument().forEach((doc, t) -> assertTrue(t.rate() >= 0.7, doc + " " + t));
        result.entitiesByClass().forEach((cls, t) -> {
            if (!cls.contains("/"))
                assertTrue(t.rate() >= 0.7, cls + " " + t);
        });
    }

    @Test
    void factsAndDates() {
        assertTrue(result.factsStrict().rate() >= 0.60, "strict " + result.factsStrict());
        assertTrue(result.factsLenient().rate() >= 0.75, "lenient " + result.factsLenient());
        assertTrue(result.datesStrict().rate() >= 0.70, "dates " + result.datesStrict());
    }

    @Test
    void everyFoundFactHasEvidenceInItsDocument() {
        assertTrue(result.evidence().rate() >= 0.95, "evidence " + result.evidence());
    }

    @Test
    void noNegativeIsHit() {
        assertEquals(0, result.negativeHits().size(), String.join("\n", result.negativeHits()));
    }

    @Test
    void jsonHasTheSameNumbers() {
        String json = result.json();
        assertTrue(json.contains("\"strict\""));
        assertTrue(json.contains("\"found\" : " + result.factsStrict().found()) || json.contains("\"found\":" + result.factsStrict().found()));
    }
}

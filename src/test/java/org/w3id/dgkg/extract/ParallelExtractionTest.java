package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.ingest.Corpus;
import org.w3id.dgkg.ingest.CorpusReader;

/**
 * Reading documents on two threads gives the extraction of reading them one after the other:
 * the same entities, mentions, facts (with evidence, confidence and rule) in the same order, on
 * the 24 news texts.
 */
class ParallelExtractionTest {
    @Test
    void twoThreadsExtractWhatOneThreadExtracts() {
        Corpus news = CorpusReader.read(Path.of("src/test/resources/news"));
        Extractor extractor = Extractor.create(RealCorpus.reference(), RealCorpus.ontologyDir());
        Extraction one = extractor.withThreads(1).extract(news);
        Extraction two = extractor.withThreads(2).extract(news);
        assertTrue(one.facts().size() > 100, "read the news texts: " + one.facts().size() + " facts");
        assertEquals(one.entities(), two.entities());
        assertEquals(one.mentions(), two.mentions());
        assertEquals(one.facts(), two.facts());
        assertEquals(one.corrections(), two.corrections());
        for (Entity e : one.entities())
            for (var doc : news.documents())
                assertEquals(one.describedIn(doc.id(), e), two.describedIn(doc.id(), e));
    }
}

package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The recognition word lists of ontology/lexicon parse, and every class they name is a dgkg class
 * under the top class the rule gives it (an organisation suffix names an actor class, an instrument
 * ending an instrument class, an event head an event class, a concept cue a principle or issue).
 */
class RecognitionLexiconTest {
    private static final Map<String, String> TOP_OF_FILE = Map.of(
            "organisation-suffixes", "Actor",
            "instrument-endings", "Instrument",
            "event-heads", "Event",
            "concept-cues", "");

    @Test
    void everyFileParsesAndHasRows() {
        for (String f : Lexicon.FILES) {
            LexiconTable t = LexiconTable.load(RealCorpus.ontologyDir(), f.replace(".tsv", ""));
            assertFalse(t.rows().isEmpty(), f + " has rows");
        }
    }

    @Test
    void everyClassNamedIsADgkgClassOfTheRightTop() {
        Reference ref = RealCorpus.reference();
        TOP_OF_FILE.forEach((file, top) -> {
            LexiconTable t = LexiconTable.load(RealCorpus.ontologyDir(), file);
            for (String cls : t.column("class")) {
                String actualTop = ref.topClass(DGKG.NS + cls);
                assertNotNull(actualTop, file + ": dgkg:" + cls + " is no class of the ontology");
                if (!top.isEmpty())
                    assertTrue(actualTop.equals(top), file + ": dgkg:" + cls + " is a " + actualTop + ", not a " + top);
                else
                    assertTrue(List.of("Principle", "Issue").contains(actualTop), file + ": dgkg:" + cls + " is no concept class");
            }
        });
    }

    @Test
    void positionsAndKindsAreKnownWords() {
        for (Map<String, String> r : LexiconTable.load(RealCorpus.ontologyDir(), "role-words").rows()) {
            assertTrue(List.of("before", "after", "between").contains(r.get("position")), "role-words: position of " + r.get("word"));
            assertTrue(List.of("role", "byline", "speech", "appointment").contains(r.get("kind")), "role-words: kind of " + r.get("word"));
        }
        for (Map<String, String> r : LexiconTable.load(RealCorpus.ontologyDir(), "organisation-suffixes").rows())
            assertTrue(r.get("min").matches("\\d"), "organisation-suffixes: min of " + r.get("suffix"));
    }
}

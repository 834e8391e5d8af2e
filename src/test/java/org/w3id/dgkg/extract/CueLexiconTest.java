package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cue tables whose kinds fill the slots of a rule's construction (read through {@link CueWords}): a word and a
 * kind (and the constructions a word fits, in a slots column), no row twice, and every kind and slot one that a stage
 * reads, so that a row a linguist adds under a misspelt kind does not silently do nothing.
 */
class CueLexiconTest {
    private static final List<String> CUE_TABLES = List.of("stance-cues", "event-reference-cues", "frame-cues", "clause-cues", "reference-heads", "topic-clause-cues", "according-cues",
            "issue-list-slots", "list-cues", "event-name-cues", "membership-cues", "act-cues", "bracket-notes", "discovery-cues");

    @Test
    void everyCueTableHasWordKindAndOptionalSlots() {
        for (String name : CUE_TABLES) {
            LexiconTable t = LexiconTable.load(RealCorpus.ontologyDir(), name);
            assertTrue(t.header().equals(List.of("word", "kind")) || t.header().equals(List.of("word", "kind", "slots")),
                    name + ": header " + t.header());
            assertTrue(Lexicon.FILES.contains(name + ".tsv"), name + " is registered in Lexicon.FILES");
        }
    }

    @Test
    void noRowTwice() {
        for (String name : CUE_TABLES) {
            Set<String> seen = new HashSet<>();
            for (Map<String, String> r : LexiconTable.load(RealCorpus.ontologyDir(), name).rows())
                assertTrue(seen.add(r.get("word") + "\t" + r.get("kind")), name + ": " + r.get("word") + " of kind " + r.get("kind") + " twice");
        }
    }

    @Test
    void everyKindAndSlotIsReadByAStage() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> s = Files.list(Path.of("src/main/java/org/w3id/dgkg/extract"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".java")).toList())
                sources.append(Files.readString(f, StandardCharsets.UTF_8));
        }
        String all = sources.toString();
        for (String name : CUE_TABLES)
            for (Map<String, String> r : LexiconTable.load(RealCorpus.ontologyDir(), name).rows()) {
                assertTrue(all.contains("\"" + r.get("kind") + "\""), name + ": no stage reads kind " + r.get("kind"));
                for (String slot : r.getOrDefault("slots", "").split(" +"))
                    assertTrue(slot.isEmpty() || all.contains("\"" + slot + "\""), name + ": no stage reads slot " + slot + " of " + r.get("word"));
            }
    }

    @Test
    void aSlotIsALongestFirstAlternation() {
        String any = CueWords.any("clause-cues.tsv", "adverbial");
        assertTrue(any.startsWith("(?:") && any.endsWith(")"), any);
        assertTrue(any.indexOf(Pattern.quote("已经")) < any.indexOf(Pattern.quote("已")), "longer words first: " + any);
        assertTrue(Pattern.compile("^" + any + "$").matcher("已经").matches());
        assertFalse(Pattern.compile("^" + any + "$").matcher("已经已").matches());
    }

    @Test
    void aSlotColumnSelectsTheConstructionsAWordFits() {
        Set<String> locative = CueWords.set("event-reference-cues.tsv", "head", "locative");
        Set<String> reference = CueWords.set("event-reference-cues.tsv", "head", "reference");
        assertTrue(reference.contains("活动") && !locative.contains("活动"), "活动 refers as a subject only");
        assertTrue(locative.contains("会议") && reference.contains("会议"));
        assertEquals(Set.of("峰会", "论坛"), CueWords.set("event-reference-cues.tsv", "head", "specific"));
    }
}

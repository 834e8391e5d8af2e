package org.w3id.dgkg.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a rule reads from a sentence's text alone, remembered for the last sentences: the extraction reads every sentence
 * twice (discovery, then reading), and a few text-only analyses are asked for in both passes (the lists of
 * {@link Enumerations}, the frames of {@link TopicLists}). As {@link Segmenter}'s cache: least recently used, {@value #KEEP}
 * sentences (a corpus of 2,000 sentences whole), one memory per kind and per lexicon ({@link Lexicon#cached}: a build with
 * another ontology folder starts afresh). A value must be immutable: both passes, on any thread, get the same object.
 */
final class SentenceMemo {
    private SentenceMemo() {}

    private static final int KEEP = 8192;

    /** {@code read(text)}, made once per text while remembered; its misses are timed as the stage {@code stage}. */
    static <T> T of(String stage, String text, Function<String, T> read) {
        Map<String, T> recent = Lexicon.cached(Lexicon.key("sentence-memo", stage, null, null), () -> new LinkedHashMap<String, T>(KEEP, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > KEEP;
            }
        });
        synchronized (recent) {
            T known = recent.get(text);
            if (known != null)
                return known;
        }
        T value;
        try (StageTimer.Lap lap = StageTimer.start(stage)) {
            value = read.apply(text);
        }
        synchronized (recent) {
            recent.put(text, value);
        }
        return value;
    }
}

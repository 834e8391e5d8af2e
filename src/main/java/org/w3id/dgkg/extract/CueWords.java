package org.w3id.dgkg.extract;

import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.w3id.dgkg.DgkgException;

/**
 * Cue words of a lexicon file (a {@code word} and a {@code kind} column) made into the regular-expression
 * fragments of a rule: the rule keeps its grammar (where a word may stand, what may follow it) in Java and reads
 * the words that fill each slot from data, so that a linguist extends a slot by adding a row.
 */
final class CueWords {
    private CueWords() {}

    /** The words of {@code kind} in {@code file}, as a non-capturing alternation, longest first (so 应当 wins over 应). */
    static String any(String file, String kind) {
        Set<String> words = Lexicon.words(file, "kind", kind);
        if (words.isEmpty())
            throw new DgkgException("error: lexicon table " + file + " has no words of kind " + kind + "; a rule reads them");
        return "(?:" + Lexicon.alternation(words) + ")";
    }

    /**
     * The words of {@code kind} in {@code file} that may stand in {@code slot} (their {@code slots} column, words
     * separated by spaces, names it), as a non-capturing alternation, longest first.
     */
    static String any(String file, String kind, String slot) {
        Set<String> words = set(file, kind, slot);
        if (words.isEmpty())
            throw new DgkgException("error: lexicon table " + file + " has no words of kind " + kind + " in slot " + slot + "; a rule reads them");
        return "(?:" + Lexicon.alternation(words) + ")";
    }

    /** The words of {@code kind} in {@code file} that may stand in {@code slot}. */
    static Set<String> set(String file, String kind, String slot) {
        return Lexicon.cached(Lexicon.key("CueWords.set", file, kind, slot), () -> {
            Set<String> out = new java.util.LinkedHashSet<>();
            for (Lexicon.Row r : Lexicon.rows(file))
                if (r.get("kind").equals(kind) && java.util.Arrays.asList(r.get("slots").split(" +")).contains(slot))
                    out.add(r.word());
            return java.util.Collections.unmodifiableSet(out);
        });
    }

    /** The words of {@code kind} in {@code file}. */
    static Set<String> set(String file, String kind) {
        return Lexicon.words(file, "kind", kind);
    }

    /** The cue table {@code file} as one stage reads it; the stage's name keeps its patterns apart from other stages'. */
    static Table table(String file, String stage) {
        return new Table(file, stage);
    }

    /** One stage's view of a cue table: its slots as alternations or sets, and the patterns it builds from them. */
    record Table(String file, String stage) {
        String any(String kind) {
            return CueWords.any(file, kind);
        }

        String any(String kind, String slot) {
            return CueWords.any(file, kind, slot);
        }

        Set<String> set(String kind) {
            return CueWords.set(file, kind);
        }

        Pattern pattern(String key, Supplier<String> regex) {
            return Lexicon.cached(Lexicon.key("CueWords.pattern", stage, key, null), () -> Pattern.compile(regex.get()));
        }
    }

    /** A pattern made once per lexicon (made again when a build reads another ontology folder). */
    static Pattern pattern(String key, Supplier<String> regex) {
        int bar = key.indexOf('|'); // "Stage|name": the key a stage's table gives the same pattern
        return Lexicon.cached(Lexicon.key("CueWords.pattern", bar < 0 ? key : key.substring(0, bar), bar < 0 ? null : key.substring(bar + 1), null),
                () -> Pattern.compile(regex.get()));
    }
}

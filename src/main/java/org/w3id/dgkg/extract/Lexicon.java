package org.w3id.dgkg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extraction rules' word lists, read from {@code ontology/lexicon/*.tsv} (UTF-8, a comment
 * line saying what the file is, a header row, one entry per line): role words, organisation
 * suffixes, event heads, generic heads, instrument endings, concept cues and function words, read
 * through {@link LexiconTable}. The files are also packed into the jar (under {@code lexicon/}),
 * which is where they are read from unless a build points at an ontology folder that has them.
 */
final class Lexicon {
    static final List<String> FILES = List.of("role-words.tsv", "organisation-suffixes.tsv", "event-heads.tsv",
            "generic-heads.tsv", "instrument-endings.tsv", "function-words.tsv", "concept-cues.tsv", "body-heads.tsv",
            "company-descriptors.tsv", "peer-names.tsv", "table-cues.tsv", "office-titles.tsv", "series-heads.tsv", "participation-cues.tsv",
            "quoted-event-heads.tsv", Script.VOCABULARY, Script.TITLE_ENDINGS, BodyReferences.LEGISLATURES, NameFinder.UNMARKED_LAW_CUES,
            "subject-frames.tsv", "enumeration-heads.tsv", "enumeration-predicates.tsv", "relation-cues.tsv", "modality-cues.tsv",
            "issue-heads.tsv", "issue-slots.tsv", ShortReferences.BARE_HEADS,
            "stance-cues.tsv", "event-reference-cues.tsv", "frame-cues.tsv", "clause-cues.tsv",
            UnmarkedInstruments.HEADS, Enumerations.MEANS, "purpose-references.tsv", "topic-clause-cues.tsv", "according-cues.tsv", "issue-list-slots.tsv", ListCues.FILE,
            EventFinder.CUE_FILE, "membership-cues.tsv", "act-cues.tsv", "event-speech-cues.tsv", "covered-issues-cues.tsv", "concept-relation-cues.tsv",
            AliasLearner.NOTES, "discovery-cues.tsv");

    /** One row of a lexicon file: its columns after the first, by header name. */
    record Row(String word, Map<String, String> columns) {
        String get(String column) {
            return columns.getOrDefault(column, "");
        }
    }

    private static volatile Map<String, List<Row>> current;
    private static Path loadedFrom;

    private Lexicon() {}

    /** Reads the lexicon of an ontology folder when it has one (a build's --ontology). */
    static synchronized void use(Path ontologyDir) {
        if (ontologyDir == null || !Files.isDirectory(LexiconTable.dir(ontologyDir)) || ontologyDir.equals(loadedFrom))
            return;
        Map<String, List<Row>> m = new LinkedHashMap<>();
        for (String f : FILES)
            m.put(f, rowsOf(LexiconTable.load(ontologyDir, f.replace(".tsv", ""))));
        current = m;
        loadedFrom = ontologyDir;
        derived.clear();
    }

    static List<Row> rows(String file) {
        Map<String, List<Row>> m = current;
        if (m == null) {
            synchronized (Lexicon.class) {
                if (current == null) {
                    Map<String, List<Row>> fresh = new LinkedHashMap<>();
                    Path none = Path.of("no-ontology-folder"); // the tables packed into the jar
                    for (String f : FILES)
                        fresh.put(f, rowsOf(LexiconTable.load(none, f.replace(".tsv", ""))));
                    current = fresh;
                }
                m = current;
            }
        }
        return m.get(file);
    }

    private static List<Row> rowsOf(LexiconTable t) {
        List<Row> out = new ArrayList<>();
        String first = t.header().get(0);
        for (Map<String, String> r : t.rows()) {
            Map<String, String> cols = new LinkedHashMap<>(r);
            cols.remove(first);
            out.add(new Row(r.get(first), cols));
        }
        return List.copyOf(out);
    }

    private static final Map<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A key of {@link #derived} made of parts, not one string: the rules look words up on every sentence, and a key
     * concatenated per call (a new string, hashed afresh) was measured at 5-10% of the extraction's CPU samples. The parts
     * are mostly string constants, whose hashes the JVM keeps.
     */
    private record Key(String kind, String a, String b, String c) {
        // written out: a record's generated equals and hashCode go through method handles, which the launcher's C1-only JIT
        // does not inline (Key.equals/hashCode were ~2.5% of the extraction's CPU samples on corpus/)
        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Key k && java.util.Objects.equals(kind, k.kind) && java.util.Objects.equals(a, k.a)
                    && java.util.Objects.equals(b, k.b) && java.util.Objects.equals(c, k.c);
        }

        @Override
        public int hashCode() {
            return ((java.util.Objects.hashCode(kind) * 31 + java.util.Objects.hashCode(a)) * 31 + java.util.Objects.hashCode(b)) * 31
                    + java.util.Objects.hashCode(c);
        }
    }

    /** The key of {@link #cached(Object, java.util.function.Supplier)} for the parts given (each may be null). */
    static Object key(String kind, String a, String b, String c) {
        return new Key(kind, a, b, c);
    }

    /**
     * The value made once for {@code key}. It is made outside the map's lock (not by computeIfAbsent), so that a
     * value may be made of other cached values; two threads that race make it twice and keep the first.
     */
    static <T> T cached(String key, java.util.function.Supplier<T> make) {
        return cached((Object) key, make);
    }

    /** The same, for a key made by {@link #key} (or any value with equals and hashCode of its content). */
    @SuppressWarnings("unchecked")
    static <T> T cached(Object key, java.util.function.Supplier<T> make) {
        Object value = derived.get(key);
        if (value == null) {
            value = make.get();
            Object first = derived.putIfAbsent(key, value);
            if (first != null)
                value = first;
        }
        return (T) value;
    }

    /** Words of a file whose column {@code column} equals {@code value} (all words when column is null). */
    static Set<String> words(String file, String column, String value) {
        return cached(key("words", file, column, value), () -> {
            Set<String> out = new LinkedHashSet<>();
            for (Row r : rows(file))
                if (column == null || r.get(column).equals(value))
                    out.add(r.word());
            if (out.isEmpty() && column != null)
                // an empty kind would make an alternation that matches everywhere (or nothing) without a word said:
                // the folder's table is older (or newer) than the code that reads it
                throw new org.w3id.dgkg.DgkgException("lexicon table " + file + (loadedFrom == null ? " (packed in the jar)"
                        : " in " + LexiconTable.dir(loadedFrom)) + " has no row whose " + column + " is '" + value
                        + "', which this dgkg reads: the ontology folder is from another version of dgkg; use the ontology/"
                        + " folder of the same release as the program (or build without --ontology)");
            return java.util.Collections.unmodifiableSet(out); // file order: Set.copyOf's order changes from run to run
        });
    }

    /** word → value of a column, longest words first (for longest-ending matching). */
    static List<Map.Entry<String, String>> longestFirst(String file, String column) {
        return cached(key("longest", file, column, null), () -> {
            List<Map.Entry<String, String>> out = new ArrayList<>();
            for (Row r : rows(file))
                out.add(Map.entry(r.word(), r.get(column)));
            out.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
            return List.copyOf(out);
        });
    }

    static Set<String> functionWords() {
        return words("function-words.tsv", null, null);
    }

    static Set<String> genericHeads() {
        return words("generic-heads.tsv", null, null);
    }

    /** The key of an alternation: its words as a set (a set's equals and hashCode ignore order). */
    private record Alternation(Set<String> words) {}

    /** A regex alternation of the words, longest first. */
    static String alternation(Set<String> words) {
        // keyed by the set itself (equal sets, whatever their order, give the same alternation): no sorted copy per call
        Object known = derived.get(new Alternation(words));
        if (known != null)
            return (String) known;
        Set<String> copy = Set.copyOf(words); // the key must not change with the caller's set
        return cached(new Alternation(copy), () -> {
            List<String> w = new ArrayList<>(copy);
            w.sort(Comparator.comparingInt((String s) -> -s.length()).thenComparing(Comparator.naturalOrder()));
            return String.join("|", w.stream().map(java.util.regex.Pattern::quote).toList());
        });
    }
}

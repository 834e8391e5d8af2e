package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.w3id.dgkg.ingest.Span;

/**
 * Finds known names in text: leftmost-longest matching over every label of the entities it is
 * given, with Latin names matched only on word boundaries ({@code ISO} is not in {@code ISOC}).
 * Words that contain a name without being one (发展中国家 contains 中国) are registered as
 * blockers: they win the longest match and produce nothing. A label in traditional characters
 * (歐盟執委會, 輝達) is also matched in its simplified form, the form in which texts in traditional
 * characters are read ({@link Script}).
 */
final class Gazetteer {
    /** A match: the label matched, where, and the entities that carry that label. */
    record Hit(String label, Span span, Set<String> entityIris) {}

    private static final String BLOCKED = "";
    private final Trie trie;
    /** With a shared trie (another gazetteer's): the labels that trie lacks, or null when there are none. */
    private final Trie extra;
    /** Whether {@link #trie} is another gazetteer's, whose labels this one may not all have. */
    private final boolean sharedTrie;
    private final Map<String, Set<String>> byLabel;
    /** Everyday words that name an entity only next to a name of its class ({@code peer-names.tsv}): label to IRI. */
    private final Map<String, String> peerOnly;
    /** The class of every entity, to tell a peer name's neighbours. */
    private final Map<String, String> typeOf;

    private Gazetteer(Trie trie, Map<String, Set<String>> byLabel, Map<String, String> peerOnly, Map<String, String> typeOf) {
        this(trie, null, false, byLabel, peerOnly, typeOf);
    }

    private Gazetteer(Trie trie, Trie extra, boolean sharedTrie, Map<String, Set<String>> byLabel, Map<String, String> peerOnly,
            Map<String, String> typeOf) {
        this.trie = trie;
        this.extra = extra;
        this.sharedTrie = sharedTrie;
        this.byLabel = byLabel;
        this.peerOnly = peerOnly;
        this.typeOf = typeOf;
    }

    static Gazetteer of(Collection<Entity> entities, Collection<String> blockers) {
        return of(entities, blockers, Map.of());
    }

    /** {@code ambiguous} maps labels that stand for several entities to their candidates. */
    static Gazetteer of(Collection<Entity> entities, Collection<String> blockers, Map<String, Set<String>> ambiguous) {
        return of(entities, blockers, ambiguous, null);
    }

    /**
     * The same, reusing the trie of {@code shared} (a gazetteer of most of the same labels, such as the registry's) when
     * given: only the labels it lacks get a trie of their own, and its matches of labels this one lacks are dropped, so
     * that the matches are those of one trie of this gazetteer's labels. Building the trie of every label again for each
     * document was 2-7% of the extraction's CPU.
     */
    static Gazetteer of(Collection<Entity> entities, Collection<String> blockers, Map<String, Set<String>> ambiguous, Gazetteer shared) {
        Map<String, Set<String>> byLabel = new HashMap<>();
        ambiguous.forEach((label, iris) -> {
            if (!iris.isEmpty())
                byLabel.computeIfAbsent(label, k -> new TreeSet<>()).addAll(iris);
        });
        for (Entity e : entities) {
            add(byLabel, e.labelZh(), e.iri());
            e.altLabels().forEach(l -> add(byLabel, l, e.iri()));
        }
        Map<String, String> typeOf = new HashMap<>();
        for (Entity e : entities)
            typeOf.put(e.iri(), e.type());
        Map<String, String> peerOnly = new HashMap<>();
        PeerNames.all().forEach((word, iri) -> {
            if (typeOf.containsKey(iri) && (!byLabel.containsKey(word) || byLabel.get(word).equals(Set.of(iri)))) {
                byLabel.put(word, Set.of(iri));
                peerOnly.put(word, iri);
            }
        });
        for (String b : blockers)
            byLabel.putIfAbsent(b, Set.of(BLOCKED));
        Trie.TrieBuilder builder = Trie.builder();
        if (shared != null && !shared.sharedTrie) {
            boolean any = false;
            for (String label : byLabel.keySet())
                if (!shared.byLabel.containsKey(label)) {
                    builder.addKeyword(label);
                    any = true;
                }
            return new Gazetteer(shared.trie, any ? builder.build() : null, true, byLabel, peerOnly, typeOf);
        }
        byLabel.keySet().forEach(builder::addKeyword);
        return new Gazetteer(builder.build(), byLabel, peerOnly, typeOf);
    }

    private static void add(Map<String, Set<String>> byLabel, String label, String iri) {
        if (label == null)
            return;
        String l = label.strip();
        // One-character names are too ambiguous to match on their own (美 in 美元); a capital letter only a document's
        // own discovered platform carries (平台X, PlatformNames) is matched, on Latin word boundaries
        if (l.codePointCount(0, l.length()) < 2 && !l.matches("[A-Z]"))
            return;
        byLabel.computeIfAbsent(l, k -> new TreeSet<>()).add(iri);
        String simplified = Script.simplifiedLabel(l);
        if (!simplified.equals(l))
            byLabel.computeIfAbsent(simplified, k -> new TreeSet<>()).add(iri);
    }

    List<Hit> find(String text) {
        return find(text, null);
    }

    /**
     * With the sentence's words: a match that ends inside a word loses to a match that begins inside it
     * on a word boundary and ends on one (联合/国家发展和改革委员会 holds 联合国 only across a word edge).
     */
    List<Hit> find(String text, WordBoundaries words) {
        List<Emit> emits = new ArrayList<>(trie.parseText(text));
        if (sharedTrie) {
            emits.removeIf(e -> !byLabel.containsKey(e.getKeyword()));
            if (extra != null)
                emits.addAll(extra.parseText(text));
        }
        if (words != null)
            emits.removeIf(e -> cutByWord(e, emits, words));
        emits.sort(Comparator.comparingInt(Emit::getStart).thenComparing(e -> -(e.getEnd() - e.getStart())));
        List<Hit> hits = new ArrayList<>();
        int next = 0;
        for (Emit e : emits) {
            int start = e.getStart();
            int end = e.getEnd() + 1;
            if (start < next)
                continue;
            String label = e.getKeyword();
            if (!onWordBoundary(text, start, end))
                continue;
            next = end;
            Set<String> iris = byLabel.get(label);
            if (iris.contains(BLOCKED))
                continue;
            hits.add(new Hit(label, new Span(start, end), iris));
        }
        if (!peerOnly.isEmpty())
            hits = withPeersAmongPeers(text, hits);
        return hits;
    }

    /** Characters that may stand between two names of an enumeration. */
    private static final String ENUMERATION_JOINS = "、，,和与及";

    /**
     * 苹果、微软、亚马逊: a peer name stays only where a name of the same class stands next to it in an
     * enumeration (joined by 、, 和, 与 …); alone it is the everyday word (苹果产量).
     */
    private List<Hit> withPeersAmongPeers(String text, List<Hit> hits) {
        List<Hit> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            String iri = peerOnly.get(h.label());
            if (iri == null || sameClassNeighbour(text, h, i > 0 ? hits.get(i - 1) : null, typeOf.get(iri), true)
                    || sameClassNeighbour(text, h, i + 1 < hits.size() ? hits.get(i + 1) : null, typeOf.get(iri), false))
                out.add(h);
        }
        return out;
    }

    private boolean sameClassNeighbour(String text, Hit h, Hit other, String type, boolean before) {
        if (other == null || other.entityIris().size() != 1 || !type.equals(typeOf.get(other.entityIris().iterator().next())))
            return false;
        int from = before ? other.span().end() : h.span().end();
        int to = before ? h.span().start() : other.span().start();
        return to - from == 1 && ENUMERATION_JOINS.indexOf(text.charAt(from)) >= 0;
    }

    private static boolean cutByWord(Emit e, List<Emit> emits, WordBoundaries words) {
        int end = e.getEnd() + 1;
        if (words.isBoundary(end))
            return false;
        for (Emit f : emits)
            if (e.getStart() < f.getStart() && f.getStart() < end && end < f.getEnd() + 1
                    && words.isBoundary(f.getStart()) && words.isBoundary(f.getEnd() + 1))
                return true;
        return false;
    }

    /** Latin-script names must not continue into a neighbouring Latin letter or digit. */
    private static boolean onWordBoundary(String text, int start, int end) {
        boolean latinStart = isLatinOrDigit(text.charAt(start));
        boolean latinEnd = isLatinOrDigit(text.charAt(end - 1));
        if (latinStart && start > 0 && isLatinOrDigit(text.charAt(start - 1)))
            return false;
        return !(latinEnd && end < text.length() && isLatinOrDigit(text.charAt(end)));
    }

    static boolean isLatinOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}

package org.w3id.dgkg.extract;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.w3id.dgkg.vocab.DGKG;

/** A name discovered in one document (registry-unknown), while it is being built; it gets its IRI in {@link Resolution}. */
final class DiscoveredName {
    final Resolution.Named named;
    String type;
    String top;
    String label;
    final Set<String> alts = new LinkedHashSet<>();
    String acronym;
    /** The rule that discovered the name: what the mention where it was discovered says it was extracted by. */
    String rule;
    /** Where the rule found it: sentence index and start offset. */
    final Set<Long> foundAt = new HashSet<>();
    /** The years of the clauses that issue, adopt or sign this title (TitleEditions.actYear): which text of a series it is. */
    final Set<String> actYears = new java.util.TreeSet<>();
    /** Whether the document declares a short name for this title ((以下简称《X》)): it is written out in full, a title of its own. */
    boolean declaresShortName;

    DiscoveredName(String kind, String key, String type, String top, String label) {
        this.named = new Resolution.Named(kind, key);
        this.type = type;
        this.top = top;
        this.label = label;
    }

    String iri() {
        return named.iri;
    }

    /**
     * The event named {@code label} in {@code discovered}, registered by {@code rule} with the given class when the
     * document had not discovered it yet (a sibling edition, a sitting named after its event).
     */
    static DiscoveredName event(java.util.Map<String, DiscoveredName> discovered, String label, String type, String top,
            String rule) {
        return discovered.computeIfAbsent(Labels.key(label), key -> {
            DiscoveredName f = new DiscoveredName("event", key, type, top, label);
            f.rule = rule;
            return f;
        });
    }

    Entity toEntity() {
        Set<String> a = new LinkedHashSet<>(alts);
        a.remove(label);
        return new Entity(named.iri, DGKG.NS + type, label, null, a, acronym, false);
    }

    /** A place in a document: sentence index and start offset, as one number. */
    static long position(int sentence, int start) {
        return ((long) sentence << 32) | start;
    }
}

package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 澳洲政府…。眾議院週三通過了該法案: a legislature's word written alone ({@code legislatures.tsv}) means the
 * chamber of the state the text is about. Where the registry has that chamber (韩国国会), BodyReferences reads
 * the word as it; where it has none (no 澳大利亚众议院), the chamber is a discovered government body named
 * after the state as the text writes it (澳洲众议院), with the bare word as its other name in this document.
 * The state is the one named last before the word, in the same sentence or the two before (a state named
 * further back is no longer what the text speaks of); the word's column {@code of} says which states have such
 * a chamber (国会 a state's, 州议会 a federated state's, 议会 any). Where the bare words of one document point
 * at different states, none is named: the word alone would not tell them apart.
 */
final class StateLegislatures {
    static final String RULE = "legislature-of-state";

    /** Marks a reading of the word as a registry chamber (which StateLegislatures does not name). */
    private static final String REGISTRY = "\u0000registry:";

    /** Sentences back (besides the word's own) where the state may be named. */
    private static final int WINDOW = 2;

    private final Reference reference;
    private final Map<String, String> registryByKey;
    /** The last state or federated state named: its name as the text writes it, its sentence, its kind. */
    private String lastState;
    private int lastSentence = -100;
    private boolean lastIsSubnational;
    /** Bare word to the chambers it was read as (state name + word), with where. */
    private final Map<String, Map<String, Long>> readAs = new LinkedHashMap<>();

    StateLegislatures(Reference reference, Map<String, String> registryByKey) {
        this.reference = reference;
        this.registryByKey = registryByKey;
    }

    /** Reads one sentence (its registry hits {@code reg}): remembers the states named, reads the bare words. */
    void read(String text, List<Gazetteer.Hit> reg, int sentence) {
        List<int[]> words = bareWords(text, reg, reference.ambiguousLabels());
        int w = 0;
        List<Gazetteer.Hit> states = new ArrayList<>();
        for (Gazetteer.Hit h : reg)
            if (stateName(h) != null)
                states.add(h);
        for (Gazetteer.Hit h : states)
            gluedChamber(text, h, sentence);
        int si = 0;
        for (int at = 0; at <= text.length(); at++) {
            while (si < states.size() && states.get(si).span().end() <= at) {
                Gazetteer.Hit h = states.get(si++);
                lastState = stateName(h);
                lastIsSubnational = reference.entity(h.entityIris().iterator().next()).type().endsWith("#SubnationalGovernment");
                lastSentence = sentence;
            }
            while (w < words.size() && words.get(w)[0] == at) {
                int[] found = words.get(w++);
                String word = text.substring(found[0], found[1]);
                if (lastState == null || sentence - lastSentence > WINDOW || !fits(word, lastIsSubnational))
                    continue;
                if (registryHas(lastState, word)) { // the registry's chamber: BodyReferences reads it, and the word is no one chamber's here
                    readAs.computeIfAbsent(word, k -> new LinkedHashMap<>()).putIfAbsent(REGISTRY + lastState, 0L);
                    continue;
                }
                String chamber = lastState.endsWith("州") && word.startsWith("州") ? lastState + word.substring(1) : lastState + word;
                readAs.computeIfAbsent(word, k -> new LinkedHashMap<>()).putIfAbsent(chamber, // 加州 + 州议会: 加州议会
                        DiscoveredName.position(sentence, found[0]));
            }
        }
    }

    /** What makes a legislature's word part of another name: its members, its elections (加州议会议员, 国会选举). */
    private static final java.util.regex.Pattern MEMBERS_AFTER = java.util.regex.Pattern.compile("^(?:议员|選舉|选举|选区|议长|大厦|[员長长])");

    /** Chambers written with their state (加州议会, 德州众议院), where the registry has none: name to where. */
    private final Map<String, Long> written = new LinkedHashMap<>();

    /**
     * 获加州议会通过: a legislature's word written right after a state's or a federated state's name is that state's
     * chamber, named as written (加州 + 州议会 reads 加州议会), when the registry has no such body and the word fits the
     * state (国会 a sovereign state's); 议员 or 选举 after the word make it no chamber (BodyReferences' test).
     */
    private void gluedChamber(String text, Gazetteer.Hit state, int sentence) {
        int at = state.span().end();
        String best = null;
        for (String word : Lexicon.words(BodyReferences.LEGISLATURES, null, null))
            if (text.startsWith(word, at) && (best == null || word.length() > best.length()))
                best = word;
        if (best == null || MEMBERS_AFTER.matcher(text.substring(at + best.length())).find())
            return;
        String name = stateName(state);
        boolean subnational = reference.entity(state.entityIris().iterator().next()).type().endsWith("#SubnationalGovernment");
        if (!fits(best, subnational) || registryHas(name, best) || registryByKey.containsKey(Labels.key(name + best)))
            return;
        written.putIfAbsent(name + best, DiscoveredName.position(sentence, state.span().start()));
    }

    /** Registers the chambers read, into {@code names}; a bare word read as two chambers registers none. */
    void register(DiscoveredNames names) {
        written.forEach((chamber, where) -> {
            DiscoveredName f = names.named(chamber, "actor", "GovernmentBody", "Actor");
            if (f == null)
                return;
            if (f.rule == null)
                f.rule = RULE;
            if (RULE.equals(f.rule))
                f.foundAt.add(where);
        });
        readAs.forEach((word, chambers) -> {
            if (chambers.size() != 1 || chambers.keySet().iterator().next().startsWith(REGISTRY))
                return;
            Map.Entry<String, Long> c = chambers.entrySet().iterator().next();
            DiscoveredName f = names.named(c.getKey(), "actor", "GovernmentBody", "Actor");
            if (f == null)
                return;
            if (f.rule == null)
                f.rule = RULE;
            if (RULE.equals(f.rule))
                f.foundAt.add(c.getValue());
            f.alts.add(word);
        });
    }

    /** The state's name as written, for a hit of a state or a federated state; null for anything else. */
    private String stateName(Gazetteer.Hit h) {
        if (h.entityIris().size() != 1)
            return null;
        Entity e = reference.entity(h.entityIris().iterator().next());
        if (e == null || !(e.type().endsWith("#State") || e.type().endsWith("#SubnationalGovernment")))
            return null;
        return h.label();
    }

    private static boolean fits(String word, boolean subnational) {
        for (Lexicon.Row r : Lexicon.rows(BodyReferences.LEGISLATURES))
            if (r.word().equals(word))
                return r.get("of").equals("any") || r.get("of").equals(subnational ? "subnational" : "state");
        return false;
    }

    /** The registry has a chamber of the state named so (any of the state's names, then the word). */
    private boolean registryHas(String stateWritten, String word) {
        String stateIri = registryByKey.get(Labels.key(stateWritten));
        Entity state = stateIri == null ? null : reference.entity(stateIri);
        List<String> names = new ArrayList<>();
        names.add(stateWritten);
        if (state != null) {
            names.add(state.labelZh());
            names.addAll(state.altLabels());
        }
        for (String n : names)
            if (registryByKey.containsKey(Labels.key(n + word)))
                return true;
        return false;
    }

    /**
     * The legislature words of {@code text} that stand alone (BodyReferences' tests: not glued to a name in front,
     * not 议员 or 选举 after), outside registry names, as [start, end), in order; the longest word at a place wins.
     */
    private static List<int[]> bareWords(String text, List<Gazetteer.Hit> reg, java.util.Set<String> ambiguous) {
        List<int[]> out = new ArrayList<>();
        for (int at = 0; at < text.length(); at++) {
            String best = null;
            for (String word : Lexicon.words(BodyReferences.LEGISLATURES, null, null))
                if (text.startsWith(word, at) && (best == null || word.length() > best.length()))
                    best = word;
            if (best == null || insideRegistryName(reg, at, at + best.length(), ambiguous) || !BodyReferences.standsAloneAsLegislature(text, at, best))
                continue;
            out.add(new int[] {at, at + best.length()});
            at += best.length() - 1;
        }
        return out;
    }

    /** Inside a registry name other than the bare word itself (众议院 is an ambiguous label of several states' chambers). */
    private static boolean insideRegistryName(List<Gazetteer.Hit> reg, int s, int e, java.util.Set<String> ambiguous) {
        for (Gazetteer.Hit h : reg)
            if (h.span().start() < e && s < h.span().end() && !(h.span().start() == s && h.span().end() == e && ambiguous.contains(h.label())))
                return true;
        return false;
    }
}

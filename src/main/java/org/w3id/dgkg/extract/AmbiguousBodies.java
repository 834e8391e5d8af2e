package org.w3id.dgkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A body's short name that several states' bodies share (国务院: China's State Council, the US Department of
 * State; an ambiguous label of the registry whose candidates are named with their state, 美国国务院,
 * 中国国务院). The state decides, never the label alone: the state named nearest before the short name in
 * its sentence (美方代表来自…国务院, 由美国商务部和国务院), else the nearest after it; else a title written
 * right after the name that {@code office-titles.tsv} gives to one candidate (国务院总理, 国务院副总理: the
 * title of an officer of that body); else the state the paragraphs before named last (中方 in the question,
 * 国务院副总理 in the answer), else the document's own state (the manifest's perspective), else the one
 * candidate that titles after the same short name elsewhere in the document give (the headline 国务院公布…
 * before 国务院总理李强签署… in the text). First of all, a registry body coordinated with it whose names say its state (中共中央、国务院). Between the title and the paragraphs before: what the same short name stood
 * for where the document last resolved it (经国务院常务会议通过 after 国务院总理李强签署…). Otherwise nothing:
 * a wrong state's body is worse than no mention. One object per document (it remembers those resolutions).
 */
final class AmbiguousBodies {
    /** Per short name, the candidate the document last resolved it to. */
    private final Map<String, String> lastResolved = new HashMap<>();
    /** The whole text of the document (for the titles it writes after a short name anywhere). */
    private String document = "";

    /** The document's whole text, read before its sentences. */
    void readDocument(String text) {
        document = text == null ? "" : text;
    }

    /**
     * The candidate that the ambiguous label at [start,end) of {@code sentence} stands for, or null when no
     * candidate is a state's body or no state decides. {@code context} is the text of the paragraphs before,
     * {@code registry} the gazetteer of registry names, {@code ourCountry} the document's state (or null).
     */
    String resolve(String label, int start, int end, Set<String> candidates, String sentence, String context,
            Reference reference, Gazetteer registry, String ourCountry) {
        String out = decide(label, start, end, candidates, sentence, context, reference, registry, ourCountry);
        if (out != null)
            lastResolved.put(label, out);
        return out;
    }

    private String decide(String label, int start, int end, Set<String> candidates, String sentence, String context,
            Reference reference, Gazetteer registry, String ourCountry) {
        Map<String, String> byState = candidatesByState(label, candidates, reference, registry);
        if (byState.size() < 2)
            return null; // not a name several states' bodies share
        String partner = coordinatedBodyState(sentence, registry, reference, byState, start, end);
        if (partner != null)
            return byState.get(partner);
        String near = nearestState(sentence, registry, reference, byState, start, end);
        if (near != null)
            return byState.get(near);
        String titled = byTitleAfter(sentence, end, candidates);
        if (titled != null)
            return titled;
        if (lastResolved.containsKey(label))
            return lastResolved.get(label);
        if (context != null && !context.isEmpty())
            near = nearestState(context, registry, reference, byState, context.length(), context.length());
        if (near != null)
            return byState.get(near);
        if (ourCountry != null && byState.containsKey(ourCountry))
            return byState.get(ourCountry);
        return byTitlesInDocument(label, candidates); // the headline 国务院公布《…》 before 国务院总理李强签署… in the text
    }

    /** The one candidate that the titles written after the short name anywhere in the document give, or null. */
    private String byTitlesInDocument(String label, Set<String> candidates) {
        String only = null;
        for (int at = document.indexOf(label); at >= 0; at = document.indexOf(label, at + 1)) {
            String c = byTitleAfter(document, at + label.length(), candidates);
            if (c == null)
                continue;
            if (only != null && !only.equals(c))
                return null;
            only = c;
        }
        return only;
    }

    /** Each candidate under the state its other labels name (美国国务院 → 美国); a state with two candidates is left out. */
    private static Map<String, String> candidatesByState(String label, Set<String> candidates, Reference reference, Gazetteer registry) {
        Map<String, String> out = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String c : candidates) {
            Entity e = reference.entity(c);
            if (e == null)
                continue;
            String state = null;
            for (String l : labelsOf(e)) {
                if (!l.contains(label) || l.equals(label))
                    continue;
                for (Gazetteer.Hit h : registry.find(l.replace(label, "")))
                    for (String iri : h.entityIris())
                        if (isState(iri, reference))
                            state = iri;
            }
            if (state != null && seen.merge(state, 1, Integer::sum) == 1)
                out.put(state, c);
        }
        seen.forEach((state, n) -> {
            if (n > 1)
                out.remove(state);
        });
        return out;
    }

    /**
     * The state of {@code byState} named in {@code text} nearest before {@code start} (the last one), else nearest
     * after {@code end}; a state's name inside a longer word (中国 in 发展中国家) does not count.
     */
    private static String nearestState(String text, Gazetteer registry, Reference reference, Map<String, String> byState, int start, int end) {
        WordBoundaries words = WordBoundaries.of(text);
        String before = null;
        String after = null;
        for (Gazetteer.Hit h : registry.find(text)) {
            int s = h.span().start();
            int e = h.span().end();
            if (h.entityIris().size() != 1 || words.insideWords(s, e) && h.label().codePointCount(0, h.label().length()) <= 4)
                continue;
            String iri = h.entityIris().iterator().next();
            if (!byState.containsKey(iri))
                continue;
            if (e <= start)
                before = iri;
            else if (s >= end && after == null)
                after = iri;
        }
        return before != null ? before : after;
    }

    /**
     * 中共中央、国务院印发…: the short name coordinated (、和与及) with another registry body, right before or after it, whose
     * own names say its state (中国共产党中央委员会 → 中国): the two act together, so the short name is that state's body.
     */
    private static String coordinatedBodyState(String text, Gazetteer registry, Reference reference, Map<String, String> byState,
            int start, int end) {
        for (Gazetteer.Hit h : registry.find(text)) {
            int s = h.span().start();
            int e = h.span().end();
            boolean before = e == start - 1 && start - 1 >= 0 && COORDINATORS.indexOf(text.charAt(start - 1)) >= 0;
            boolean after = s == end + 1 && end < text.length() && COORDINATORS.indexOf(text.charAt(end)) >= 0;
            if (!before && !after || h.entityIris().size() != 1)
                continue;
            Entity body = reference.entity(h.entityIris().iterator().next());
            if (body == null || !body.type().endsWith("#GovernmentBody"))
                continue;
            String only = null;
            for (String state : byState.keySet()) {
                Entity st = reference.entity(state);
                boolean named = false;
                for (String l : labelsOf(body))
                    for (String sl : st == null ? List.<String>of() : labelsOf(st))
                        named |= sl.length() >= 2 && l.contains(sl);
                if (!named)
                    continue;
                if (only != null)
                    return null;
                only = state;
            }
            if (only != null)
                return only;
        }
        return null;
    }

    private static final String COORDINATORS = "、和与及";

    /** The candidate {@code office-titles.tsv} gives the title written right after the name (国务院总理), or null. */
    private static String byTitleAfter(String sentence, int end, Set<String> candidates) {
        String rest = sentence.substring(Math.min(end, sentence.length()));
        String best = null;
        int bestLength = 0;
        for (Lexicon.Row r : Lexicon.rows("office-titles.tsv")) {
            String title = r.word();
            String body = r.get("body");
            if (title.length() > bestLength && rest.startsWith(title) && candidates.contains(body)) {
                best = body;
                bestLength = title.length();
            }
        }
        return best;
    }

    private static boolean isState(String iri, Reference reference) {
        Entity e = reference.entity(iri);
        return e != null && e.type().endsWith("#State");
    }

    private static List<String> labelsOf(Entity e) {
        List<String> out = new java.util.ArrayList<>(e.altLabels());
        out.add(e.labelZh());
        return out;
    }
}

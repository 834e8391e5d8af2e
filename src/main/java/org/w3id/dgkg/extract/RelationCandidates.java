package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.insideShortQuote;
import static org.w3id.dgkg.extract.RelationRules.insideTitle;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The candidate pairs of one sentence for the learned relation model ({@link LearnedRelations}): every pair of
 * mentions whose classes fit an actor, instrument or event predicate's domain and range, with features that
 * describe the sentence between and around them and never the entities themselves (no names, no labels): the
 * classes, order and distance, the punctuation and HanLP words between (proper nouns and numbers by their tag only), the cue verbs of the clause analysis
 * ({@link ClauseAnalysis}) with their act and modality, whether a mention is the clause's subject, agent or
 * object, enumeration membership, and what the rules already read in the sentence. One candidate per
 * (subject, predicate, object): the closest pair of their mentions.
 */
final class RelationCandidates {
    /** One candidate: subject and object IRIs, the predicate, its features, and whether a rule read the same statement. */
    record Pair(Hit subject, String predicate, Hit object, List<String> features, boolean byRule) {}

    /** The predicates learned, each with the top classes of its subject and object (ONTOLOGY.md's domain and range). */
    static final Map<String, String[]> DOMAINS = new LinkedHashMap<>();
    static {
        DOMAINS.put("issuedBy", new String[] {"Instrument", "Actor"});
        DOMAINS.put("proposedBy", new String[] {"Instrument", "Actor"});
        DOMAINS.put("signatory", new String[] {"Instrument", "Actor"});
        DOMAINS.put("adoptedAt", new String[] {"Instrument", "Event"});
        DOMAINS.put("participant", new String[] {"Event", "Actor"});
        DOMAINS.put("memberOf", new String[] {"Actor", "Actor"});
        DOMAINS.put("establishedBy", new String[] {"Actor", "Actor"});
    }

    /** Words between the two mentions that become features, nearest first on each side; a long gap says little more. */
    private static final int MAX_WORDS_BETWEEN = 8;
    /** Words read on each side outside the pair. */
    private static final int WINDOW_WORDS = 2;
    private static final String PUNCTUATION = "，；、：（）“”《》,;:";
    /** What joins the items of an enumeration. */
    private static final Set<String> JOINERS = Set.of("、", "和", "与", "及", "以及", "，");

    private final ClauseAnalysis analysis;

    RelationCandidates(ClauseAnalysis analysis) {
        this.analysis = analysis;
    }

    List<Pair> of(String text, List<Hit> hits, Discourse discourse, List<RelationRules.Rel> rels) {
        List<Clause> clauses = analysis.clauses(text, hits, discourse == null ? new Discourse() : discourse);
        Map<String, Pair> closest = new LinkedHashMap<>();
        Map<String, Integer> distance = new LinkedHashMap<>();
        for (var d : DOMAINS.entrySet())
            for (Hit s : hits)
                for (Hit o : hits) {
                    if (!s.top().equals(d.getValue()[0]) || !o.top().equals(d.getValue()[1]) || s.iri().equals(o.iri())
                            || s.start() < o.end() && o.start() < s.end())
                        continue;
                    String key = s.iri() + " " + d.getKey() + " " + o.iri();
                    int dist = Math.max(s.start(), o.start()) - Math.min(s.end(), o.end());
                    if (distance.containsKey(key) && distance.get(key) <= dist)
                        continue;
                    distance.put(key, dist);
                    closest.put(key, new Pair(s, d.getKey(), o, features(text, hits, clauses, rels, s, d.getKey(), o),
                            ruleRead(rels, s.iri(), d.getKey(), o.iri())));
                }
        return new ArrayList<>(closest.values());
    }

    /** Whether a rule read the statement (for signatory, a party statement of the same pair counts: signatory is its sub-property). */
    static boolean ruleRead(List<RelationRules.Rel> rels, String s, String p, String o) {
        for (RelationRules.Rel r : rels)
            if (r.subject().equals(s) && r.object().equals(o)
                    && (r.predicate().equals(p) || p.equals("signatory") && r.predicate().equals("party")))
                return true;
        return false;
    }

    private List<String> features(String text, List<Hit> hits, List<Clause> clauses, List<RelationRules.Rel> rels, Hit s,
            String p, Hit o) {
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        f.add("sc:" + s.type());
        f.add("oc:" + o.type());
        boolean subjectFirst = s.start() < o.start();
        f.add(subjectFirst ? "order:SO" : "order:OS");
        Hit first = subjectFirst ? s : o;
        Hit second = subjectFirst ? o : s;
        int from = first.end();
        int to = second.start();
        int gap = Math.max(0, to - from);
        f.add("dist:" + bucket(gap));
        int subBreaks = 0;
        int clauseBreaks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (insideTitle(text, i) || insideShortQuote(text, i))
                continue;
            if (CLAUSE_END.indexOf(c) >= 0)
                clauseBreaks++;
            else if (SUBCLAUSE_END.indexOf(c) >= 0)
                subBreaks++;
            if (PUNCTUATION.indexOf(c) >= 0)
                f.add("p:" + c);
        }
        f.add(clauseBreaks > 0 ? "clause:other" : subBreaks == 0 ? "clause:same-sub" : "clause:same-" + Math.min(subBreaks, 3));
        int between = 0;
        for (Hit h : hits)
            if (h.start() >= from && h.end() <= to)
                between++;
        f.add("hits-between:" + Math.min(between, 3));
        words(text, hits, from, to, f);
        for (Clause c : clauses) {
            String where = c.verbStart() >= from && c.verbEnd() <= to ? "between"
                    : c.verbStart() >= to && c.verbStart() <= c.end() && c.start() <= first.start() ? "after"
                            : c.verbEnd() <= from && c.end() >= second.end() ? "before" : null;
            if (where == null)
                continue;
            String act = c.act();
            f.add("verb-" + where + ":" + act);
            f.add("verb-" + where + ":" + c.verb());
            if (c.modal())
                f.add("modal-" + where + ":" + act);
            role(c, s, "S", act, f);
            role(c, o, "O", act, f);
        }
        if (inList(text, hits, s))
            f.add("S-in-list");
        if (inList(text, hits, o))
            f.add("O-in-list");
        if (ruleRead(rels, s.iri(), p, o.iri()))
            f.add("rule:same");
        for (RelationRules.Rel r : rels) {
            if (r.subject().equals(s.iri()) && r.object().equals(o.iri()) && !r.predicate().equals(p))
                f.add("rule:pair-" + r.predicate());
            if (r.subject().equals(o.iri()) && r.object().equals(s.iri()))
                f.add("rule:reverse-" + r.predicate());
            if (r.subject().equals(s.iri()) && r.predicate().equals(p) && !r.object().equals(o.iri()))
                f.add("rule:subject-has-other");
            if (r.object().equals(o.iri()) && r.predicate().equals(p) && !r.subject().equals(s.iri()))
                f.add("rule:object-has-other");
        }
        return List.copyOf(f);
    }

    /** The roles the clause analysis gave a mention in one clause: subject in front of the verb, agent, or hit after it. */
    private static void role(Clause c, Hit h, String side, String act, Set<String> f) {
        if (c.subjects().stream().anyMatch(x -> x.start() == h.start()))
            f.add(side + "-subject:" + act);
        if (c.agents().contains(h.iri()))
            f.add(side + "-agent:" + act);
        if (c.after().stream().anyMatch(x -> x.start() == h.start()))
            f.add(side + "-after:" + act);
        if (c.eventsBefore().stream().anyMatch(x -> x.start() == h.start()))
            f.add(side + "-places:" + act);
    }

    /** Whether a mention is an item of an enumeration: a mention of the same top class right before or after it, joined by 、和与及. */
    private static boolean inList(String text, List<Hit> hits, Hit h) {
        for (Hit x : hits) {
            if (x == h || !x.top().equals(h.top()))
                continue;
            String gap = x.end() <= h.start() ? text.substring(x.end(), h.start())
                    : h.end() <= x.start() ? text.substring(h.end(), x.start()) : null;
            if (gap != null && JOINERS.contains(gap))
                return true;
        }
        return false;
    }

    /** HanLP words between the pair (mentions and punctuation left out), and a few words around it. */
    private static void words(String text, List<Hit> hits, int from, int to, Set<String> f) {
        List<Term> terms = Segmenter.terms(text);
        List<String> inside = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        int lo = Math.min(from, to);
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (Hit h : hits)
            if (h.end() == from || h.start() == to) {
                start = Math.min(start, h.start());
                end = Math.max(end, h.end());
            }
        for (Term t : terms) {
            int a = t.offset;
            int b = t.offset + t.word.length();
            if (RelationRules.insideHit(hits, a) || RelationRules.insideHit(hits, b - 1) || t.word.isBlank()
                    || PUNCTUATION.indexOf(t.word.charAt(0)) >= 0 || CLAUSE_END.indexOf(t.word.charAt(0)) >= 0)
                continue;
            String w = word(t);
            if (a >= lo && b <= to)
                inside.add(w);
            else if (b <= start && b > start - 12)
                left.add(w);
            else if (a >= end && a < end + 12)
                right.add(w);
        }
        for (int i = 0; i < inside.size(); i++)
            if (i < MAX_WORDS_BETWEEN / 2 || i >= inside.size() - MAX_WORDS_BETWEEN / 2)
                f.add("w:" + inside.get(i));
        for (int i = Math.max(0, left.size() - WINDOW_WORDS); i < left.size(); i++)
            f.add("wl:" + left.get(i));
        for (int i = 0; i < Math.min(WINDOW_WORDS, right.size()); i++)
            f.add("wr:" + right.get(i));
    }

    /** A word as a feature: names HanLP tags (places, persons, organisations, other proper nouns), numbers and times only by their tag. */
    private static String word(Term t) {
        String nature = Segmenter.nature(t);
        if (nature.startsWith("ns") || nature.startsWith("nr") || nature.startsWith("nt") || nature.startsWith("nz"))
            return "<" + nature.substring(0, 2) + ">";
        if (nature.startsWith("m") || nature.startsWith("t") || t.word.chars().anyMatch(Character::isDigit))
            return "<" + (nature.isEmpty() ? "m" : nature.substring(0, 1)) + ">";
        return t.word;
    }

    private static String bucket(int chars) {
        return chars <= 0 ? "0" : chars <= 2 ? "1-2" : chars <= 6 ? "3-6" : chars <= 15 ? "7-15" : chars <= 30 ? "16-30" : "31+";
    }
}

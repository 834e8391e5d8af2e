package org.w3id.dgkg.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.dgkg.eval.EvalResult.Tally;
import org.w3id.dgkg.eval.GoldSet.GoldFact;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Precision against a gold that is exhaustive per document (the news gold): every extracted
 * statement whose evidence lies in a gold document and whose predicate the gold uses is right when
 * it matches a gold fact of that document (same matching as recall: labels, top classes,
 * sub-properties, dates by lexical form), and a false positive otherwise. Counted once per
 * (subject, predicate, object, document), and once per rule for the per-rule table and the
 * calibration table (a rule's confidence bucket against the share it got right).
 */
final class PrecisionScorer {
    private record Key(Node s, Node p, Node o, String doc) {}

    private PrecisionScorer() {}

    static EvalResult.Precision score(GraphIndex ix, GoldSet gold) {
        Set<String> goldDocs = new HashSet<>();
        gold.facts().forEach(f -> goldDocs.add(f.doc()));
        gold.entities().forEach(e -> goldDocs.add(e.doc()));
        Set<String> goldPredicates = new HashSet<>();
        gold.facts().forEach(f -> goldPredicates.add(GraphIndex.iri(f.predicate()).getURI()));
        GoldFacts goldFacts = new GoldFacts(ix, gold);

        Map<Key, Boolean> verdict = new HashMap<>();
        Map<Key, Set<String>> rules = new HashMap<>();
        Map<String, Double> confidenceOf = new HashMap<>();
        Map<Key, String> sentenceOf = new HashMap<>();
        int unscored = 0;
        for (GraphIndex.StatementInfo st : ix.statements) {
            if (st.subject() == null || st.doc() == null || !goldDocs.contains(st.doc()))
                continue;
            if (!goldPredicates.contains(st.predicate().getURI())) {
                unscored++;
                continue;
            }
            Key k = new Key(st.subject(), st.predicate(), st.object(), st.doc());
            verdict.computeIfAbsent(k, goldFacts::states);
            rules.computeIfAbsent(k, x -> new HashSet<>()).add(st.rule());
            confidenceOf.merge(st.rule() + " " + k, st.confidence(), Math::max);
            sentenceOf.putIfAbsent(k, st.sentence());
        }

        Tally all = Tally.zero();
        Map<String, Tally> byPredicate = new TreeMap<>();
        Map<String, Tally> byRule = new TreeMap<>();
        Map<String, Tally> calibration = new TreeMap<>();
        List<String> fps = new ArrayList<>();
        for (var e : verdict.entrySet()) {
            Key k = e.getKey();
            boolean ok = e.getValue();
            all = all.plus(ok);
            byPredicate.merge(Evaluator.shortName(k.p), Tally.zero().plus(ok), PrecisionScorer::sum);
            for (String r : rules.get(k)) {
                byRule.merge(r, Tally.zero().plus(ok), PrecisionScorer::sum);
                calibration.merge(bucket(confidenceOf.get(r + " " + k)), Tally.zero().plus(ok), PrecisionScorer::sum);
            }
            if (!ok)
                fps.add(k.doc + "  " + Evaluator.label(ix, k.s) + "  " + Evaluator.shortName(k.p) + "  " + Evaluator.label(ix, k.o)
                        + "  [" + String.join(",", new java.util.TreeSet<>(rules.get(k))) + "]  «" + sentenceOf.get(k) + "»");
        }
        fps.sort(null);
        return new EvalResult.Precision(all, byPredicate, byRule, calibration, fps, unscored);
    }

    /**
     * Whether a statement is one the gold lists as a fact of the statement's own document. Such a
     * statement is never a trap hit, whatever negative row its sentence also contains: a gold fact
     * and a negative row about the same sentence speak of different readings of it.
     */
    static java.util.function.Predicate<GraphIndex.StatementInfo> statedByGold(GraphIndex ix, GoldSet gold) {
        GoldFacts goldFacts = new GoldFacts(ix, gold);
        return st -> st.subject() != null && st.doc() != null
                && goldFacts.states(new Key(st.subject(), st.predicate(), st.object(), st.doc()));
    }

    /** The gold facts by document, with the graph nodes their subject, object and predicate match. */
    private static final class GoldFacts {
        private final Map<String, List<GoldFact>> byDoc = new HashMap<>();
        private final Map<GoldFact, Set<Node>> subjects = new HashMap<>();
        private final Map<GoldFact, Set<Node>> objects = new HashMap<>();
        private final Map<GoldFact, Set<Node>> predicates = new HashMap<>();

        GoldFacts(GraphIndex ix, GoldSet gold) {
            for (GoldFact f : gold.facts()) {
                byDoc.computeIfAbsent(f.doc(), k -> new ArrayList<>()).add(f);
                subjects.put(f, ix.match(f.subject(), ix.topOfClass.get(DGKG.NS + f.subjectClass())));
                if (!f.isDate())
                    objects.put(f, ix.match(f.object(), ix.topOfClass.get(DGKG.NS + f.objectClass())));
                predicates.put(f, ix.withSubProperties(GraphIndex.iri(f.predicate())));
            }
        }

        /** Whether a gold fact of the statement's document says subject, predicate (the statement's may be a sub-property of it) and object. */
        boolean states(Key k) {
            for (GoldFact f : byDoc.getOrDefault(k.doc, List.of())) {
                if (!predicates.get(f).contains(k.p) || !subjects.get(f).contains(k.s))
                    continue;
                if (f.isDate() ? k.p.equals(DCTerms.date.asNode()) && k.o.isLiteral()
                        && k.o.getLiteralLexicalForm().equals(f.object().get(0)) : objects.get(f).contains(k.o))
                    return true;
            }
            return false;
        }
    }

    /** Confidence buckets of width 0.1: "0.70-0.79". */
    static String bucket(double c) {
        int b = (int) Math.floor(Math.min(c, 0.999) * 10);
        return String.format(Locale.ROOT, "%.2f-%.2f", b / 10.0, b / 10.0 + 0.09);
    }

    private static Tally sum(Tally a, Tally b) {
        return new Tally(a.found() + b.found(), a.total() + b.total());
    }
}

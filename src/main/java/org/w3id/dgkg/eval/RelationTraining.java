package org.w3id.dgkg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.dgkg.extract.LearnedRelations;
import org.w3id.dgkg.extract.LearnedRelations.Candidate;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Trains and cross-validates the learned relation model ({@link LearnedRelations}). Each development set is
 * built in memory while the extractor records its candidate pairs; a candidate is positive when the set's
 * gold (exhaustive per text) states it, by the same matching as precision ({@link PrecisionScorer}), and it
 * is "added" when no rule wrote the same statement in that document. Then: leave-one-set-out (train on the
 * others, score the held-out set's added statements at several thresholds, per predicate), and the weights
 * trained on all sets, written as {@code predicate feature weight} with the thresholds given.
 *
 * <pre>java -cp target/dgkg.jar org.w3id.dgkg.eval.RelationTraining --ontology ontology --out FILE
 *     [--threshold issuedBy=0.9 …] NAME=CORPUS_DIR:GOLD_DIR …</pre>
 */
public final class RelationTraining {
    static final double[] THRESHOLDS = {0.5, 0.7, 0.9};
    /** Probabilities under which the model alone would drop a rule's statement (reported, never applied). */
    static final double[] VETO = {0.05, 0.1, 0.2};

    /** A candidate with its verdict: labels for reading, whether the gold states it, whether the rules missed it. */
    record Labelled(String set, Candidate c, String subjectLabel, String objectLabel, boolean positive, boolean added) {
        String key() {
            return c.doc() + " " + c.subject() + " " + c.predicate() + " " + c.object();
        }
    }

    private RelationTraining() {}

    public static void main(String[] args) throws IOException {
        Path ontology = Path.of("ontology");
        Path out = null;
        Map<String, Double> thresholds = new TreeMap<>();
        Map<String, Path[]> sets = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--ontology" -> ontology = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--threshold" -> {
                    String[] kv = args[++i].split("=");
                    thresholds.put(kv[0], Double.parseDouble(kv[1]));
                }
                default -> {
                    String[] nv = args[i].split("=", 2);
                    String[] cg = nv[1].split(":", 2);
                    sets.put(nv[0], new Path[] {Path.of(cg[0]), Path.of(cg[1])});
                }
            }
        }
        List<Labelled> all = new ArrayList<>();
        Map<String, Map<String, EvalResult.Tally>> rules = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> goldCounts = new LinkedHashMap<>();
        for (var s : sets.entrySet()) {
            Map<String, EvalResult.Tally> byPredicate = new TreeMap<>();
            all.addAll(collect(s.getKey(), s.getValue()[0], s.getValue()[1], ontology, byPredicate));
            rules.put(s.getKey(), byPredicate);
            goldCounts.put(s.getKey(), goldCounts(GoldSet.load(s.getValue()[1])));
            System.err.println("collected " + s.getKey() + ": " + all.size() + " candidates so far");
        }
        StringBuilder report = new StringBuilder();
        crossValidate(all, sets.keySet(), rules, goldCounts, report);
        System.out.print(report);
        if (out != null)
            write(train(all), thresholds, out, String.join(" ", sets.keySet()));
    }

    /** The candidates of one set, labelled; {@code rulesByPredicate} gets the rules' own precision on it. */
    static List<Labelled> collect(String set, Path corpus, Path goldDir, Path ontology, Map<String, EvalResult.Tally> rulesByPredicate) {
        List<Candidate> recorded = Collections.synchronizedList(new ArrayList<>());
        Dataset ds;
        LearnedRelations.record(recorded::add);
        try {
            ds = Evaluator.buildInMemory(corpus, ontology);
        } finally {
            LearnedRelations.record(null);
        }
        DatasetGraph dsg = ds.asDatasetGraph();
        Graph union = Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });
        GraphIndex ix = new GraphIndex(union);
        GoldSet gold = GoldSet.load(goldDir);
        var states = PrecisionScorer.statedByGold(ix, gold);
        Set<String> byRules = new HashSet<>();
        Map<String, Boolean> ruleVerdicts = new TreeMap<>();
        for (GraphIndex.StatementInfo st : ix.statements) {
            if (st.subject() == null || st.doc() == null || st.rule() == null || st.rule().endsWith(LearnedRelations.RULE_SUFFIX))
                continue;
            String p = Evaluator.shortName(st.predicate()).replace("dgkg:", "");
            byRules.add(st.doc() + " " + st.subject().getURI() + " " + p + " " + (st.object().isURI() ? st.object().getURI() : ""));
            if (p.equals("party"))
                byRules.add(st.doc() + " " + st.subject().getURI() + " signatory " + (st.object().isURI() ? st.object().getURI() : ""));
            ruleVerdicts.putIfAbsent(p.replace("party", "signatory") + " " + st.doc() + " " + st.subject() + " " + st.object(), states.test(st));
        }
        for (var v : ruleVerdicts.entrySet())
            rulesByPredicate.merge(v.getKey().substring(0, v.getKey().indexOf(' ')), EvalResult.Tally.zero().plus(v.getValue()),
                    (a, b) -> new EvalResult.Tally(a.found() + b.found(), a.total() + b.total()));
        List<Candidate> sorted = new ArrayList<>(recorded);
        sorted.sort((a, b) -> (a.doc() + "\t" + String.format("%06d", a.sentence()) + "\t" + a.subject() + "\t" + a.predicate() + "\t" + a.object())
                .compareTo(b.doc() + "\t" + String.format("%06d", b.sentence()) + "\t" + b.subject() + "\t" + b.predicate() + "\t" + b.object()));
        Set<String> candidateKeys = new HashSet<>();
        for (Candidate c : sorted)
            candidateKeys.add(c.doc() + " " + c.subject() + " " + c.predicate() + " " + c.object());
        whereGoldFactsAre(set, ix, gold, byRules, candidateKeys, sorted);
        List<Labelled> out = new ArrayList<>();
        for (Candidate c : sorted) {
            Node s = NodeFactory.createURI(c.subject());
            Node o = NodeFactory.createURI(c.object());
            Node p = NodeFactory.createURI(DGKG.NS + c.predicate());
            boolean positive = states.test(new GraphIndex.StatementInfo(null, s, p, o, c.doc(), 0, 0, null, null, 0));
            boolean added = !byRules.contains(c.doc() + " " + c.subject() + " " + c.predicate() + " " + c.object());
            out.add(new Labelled(set, c, Evaluator.label(ix, s), Evaluator.label(ix, o), positive, added));
        }
        return out;
    }

    /** Per set: gold statements of the learned predicates that the rules state, that a candidate pair holds, whose two entities are found but never in one sentence as a pair, or that lack an entity. */
    static final Map<String, int[]> WHERE = new LinkedHashMap<>();
    static final List<String> UNREAD = new ArrayList<>();

    static void whereGoldFactsAre(String set, GraphIndex ix, GoldSet gold, Set<String> byRules, Set<String> candidateKeys,
            List<Candidate> candidates) {
        int[] c = WHERE.computeIfAbsent(set, k -> new int[4]);
        Set<String> seen = new HashSet<>();
        for (GoldSet.GoldFact f : gold.facts()) {
            String p = f.predicate().replace("dgkg:", "").replace("party", "signatory");
            if (!LearnedRelations.PREDICATES.contains(p) || !seen.add(f.doc() + " " + f.subject().get(0) + " " + p + " " + f.object().get(0)))
                continue;
            Set<Node> subjects = ix.match(f.subject(), ix.topOfClass.get(DGKG.NS + f.subjectClass()));
            Set<Node> objects = ix.match(f.object(), ix.topOfClass.get(DGKG.NS + f.objectClass()));
            subjects.removeIf(n -> !ix.docsMentioning.getOrDefault(n, Set.of()).contains(f.doc()));
            objects.removeIf(n -> !ix.docsMentioning.getOrDefault(n, Set.of()).contains(f.doc()));
            boolean ruled = false;
            boolean paired = false;
            for (Node sn : subjects)
                for (Node on : objects) {
                    String k = f.doc() + " " + sn.getURI() + " " + p + " " + on.getURI();
                    ruled |= byRules.contains(k) || p.equals("signatory") && byRules.contains(k.replace(" signatory ", " party "));
                    paired |= candidateKeys.contains(k);
                }
            int where = ruled ? 0 : paired ? 1 : !subjects.isEmpty() && !objects.isEmpty() ? 2 : 3;
            c[where]++;
            if (where == 1 || where == 2)
                UNREAD.add(set + "  " + (where == 1 ? "pair " : "apart") + "  " + f.subject().get(0) + " " + p + " " + f.object().get(0) + "  «" + f.quote() + "»");
        }
    }

    /** The gold statements of each learned predicate (party counted with signatory, its sub-property), once per document. */
    static Map<String, Integer> goldCounts(GoldSet gold) {
        Map<String, Set<String>> seen = new TreeMap<>();
        for (GoldSet.GoldFact f : gold.facts()) {
            String p = f.predicate().replace("dgkg:", "").replace("party", "signatory");
            if (org.w3id.dgkg.extract.LearnedRelations.PREDICATES.contains(p))
                seen.computeIfAbsent(p, k -> new HashSet<>()).add(f.doc() + " " + f.subject().get(0) + " " + f.object().get(0));
        }
        Map<String, Integer> out = new TreeMap<>();
        seen.forEach((k, v) -> out.put(k, v.size()));
        return out;
    }

    static Map<String, Map<String, Double>> train(List<Labelled> examples) {
        Map<String, List<LogisticModel.Example>> byPredicate = new TreeMap<>();
        for (Labelled l : examples)
            byPredicate.computeIfAbsent(l.c().predicate(), k -> new ArrayList<>()).add(new LogisticModel.Example(l.c().features(), l.positive()));
        Map<String, Map<String, Double>> out = new TreeMap<>();
        for (var e : byPredicate.entrySet())
            out.put(e.getKey(), LogisticModel.train(e.getValue()));
        return out;
    }

    /** Features that say what the rules read: left out when the model stands alone. */
    static boolean fromRules(String feature) {
        return feature.startsWith("rule:");
    }

    static List<Labelled> withoutRuleFeatures(List<Labelled> in) {
        List<Labelled> out = new ArrayList<>();
        for (Labelled l : in) {
            Candidate c = l.c();
            out.add(new Labelled(l.set(), new Candidate(c.doc(), c.sentence(), c.subject(), c.predicate(), c.object(),
                    c.features().stream().filter(f -> !fromRules(f)).toList(), c.byRule(), c.text()), l.subjectLabel(), l.objectLabel(),
                    l.positive(), l.added()));
        }
        return out;
    }

    /** The highest probability per statement (document, subject, predicate, object) of the held-out set; {@code onlyAdded}: those no rule wrote. */
    static Map<String, Double> scores(List<Labelled> all, String held, Map<String, Map<String, Double>> model, boolean onlyAdded,
            Map<String, Labelled> byKey) {
        Map<String, Double> best = new TreeMap<>();
        for (Labelled l : all) {
            if (!l.set().equals(held) || onlyAdded && !l.added())
                continue;
            double p = LogisticModel.probability(model.getOrDefault(l.c().predicate(), Map.of()), l.c().features());
            if (p > best.getOrDefault(l.key(), -1.0)) {
                best.put(l.key(), p);
                byKey.put(l.key(), l);
            }
        }
        return best;
    }

    /**
     * Leave one set out, two ways. Alone: a model without the rule features, against the rules, statement for statement
     * (right/stated). Added: a model with them, counting only the statements no rule wrote (+right/-wrong). Per held-out
     * set and per predicate, at each threshold; "reachable" counts the gold statements among the candidates at all.
     */
    static void crossValidate(List<Labelled> all, Set<String> sets, Map<String, Map<String, EvalResult.Tally>> rules,
            Map<String, Map<String, Integer>> goldCounts, StringBuilder report) {
        List<Labelled> alone = withoutRuleFeatures(all);
        // per predicate (and "all"): gold, reachable, reachable by no rule, rules right, rules stated, then per threshold
        // alone right, alone stated, added right, added wrong
        Map<String, int[]> total = new TreeMap<>();
        int[] vetoed = new int[2 * VETO.length];
        List<String> samples = new ArrayList<>();
        report.append("leave-one-set-out per held-out set (7 predicates together)\n");
        report.append(String.format(Locale.ROOT, "%-8s %5s %9s %8s %8s | %-29s | %-29s%n", "set", "gold", "reachable", "no-rule", "rules",
                "alone 0.5 / 0.7 / 0.9", "added 0.5 / 0.7 / 0.9"));
        for (String held : sets) {
            Map<String, Labelled> keysAlone = new TreeMap<>();
            Map<String, Double> aloneScores = scores(alone, held, train(alone.stream().filter(l -> !l.set().equals(held)).toList()), false, keysAlone);
            Map<String, Labelled> keysAdded = new TreeMap<>();
            Map<String, Double> addedScores = scores(all, held, train(all.stream().filter(l -> !l.set().equals(held)).toList()), true, keysAdded);
            Map<String, int[]> counts = new TreeMap<>();
            for (String pred : org.w3id.dgkg.extract.LearnedRelations.PREDICATES) {
                int[] c = counts.computeIfAbsent(pred, k -> new int[5 + 4 * THRESHOLDS.length]);
                c[0] = goldCounts.get(held).getOrDefault(pred, 0);
                EvalResult.Tally r = rules.get(held).getOrDefault(pred, EvalResult.Tally.zero());
                c[3] = r.found();
                c[4] = r.total();
            }
            for (var e : aloneScores.entrySet()) {
                Labelled l = keysAlone.get(e.getKey());
                int[] c = counts.get(l.c().predicate());
                if (l.positive()) {
                    c[1]++;
                    if (l.added())
                        c[2]++;
                }
                for (int i = 0; i < THRESHOLDS.length; i++)
                    if (e.getValue() >= THRESHOLDS[i]) {
                        c[5 + 4 * i] += l.positive() ? 1 : 0;
                        c[6 + 4 * i]++;
                    }
            }
            for (var e : aloneScores.entrySet()) {
                Labelled l = keysAlone.get(e.getKey());
                if (l.added())
                    continue;
                for (int i = 0; i < VETO.length; i++)
                    if (e.getValue() < VETO[i])
                        vetoed[2 * i + (l.positive() ? 0 : 1)]++;
            }
            for (var e : addedScores.entrySet()) {
                Labelled l = keysAdded.get(e.getKey());
                int[] c = counts.get(l.c().predicate());
                for (int i = 0; i < THRESHOLDS.length; i++)
                    if (e.getValue() >= THRESHOLDS[i])
                        c[(l.positive() ? 7 : 8) + 4 * i]++;
                if (e.getValue() >= 0.7)
                    samples.add(String.format(Locale.ROOT, "%-7s %.2f %s  %s %s %s  «%s»", held, e.getValue(), l.positive() ? "RIGHT" : "wrong",
                            l.subjectLabel(), l.c().predicate(), l.objectLabel(), l.c().text()));
            }
            int[] sum = new int[5 + 4 * THRESHOLDS.length];
            for (var e : counts.entrySet()) {
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += e.getValue()[i];
                    total.computeIfAbsent(e.getKey(), k -> new int[sum.length])[i] += e.getValue()[i];
                }
            }
            report.append(row(held, sum)).append('\n');
        }
        int[] sum = new int[5 + 4 * THRESHOLDS.length];
        for (int[] c : total.values())
            for (int i = 0; i < sum.length; i++)
                sum[i] += c[i];
        report.append(row("all", sum)).append("\n\nthe same, per predicate over all held-out sets\n");
        for (var e : total.entrySet())
            report.append(row(e.getKey(), e.getValue())).append('\n');
        report.append("\nthe model alone as a veto on the rules: rule statements (found as candidate pairs) it scores below");
        for (int i = 0; i < VETO.length; i++)
            report.append(String.format(Locale.ROOT, "  %.2f: %d right / %d wrong", VETO[i], vetoed[2 * i], vetoed[2 * i + 1]));
        report.append('\n');
        report.append("\nwhere the gold statements of the 7 predicates are: stated by a rule / a candidate pair no rule stated / both entities found but never paired in a sentence / an entity not found\n");
        int[] w = new int[4];
        for (var e : WHERE.entrySet()) {
            report.append(String.format(Locale.ROOT, "%-8s %4d %4d %4d %4d%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]));
            for (int i = 0; i < 4; i++)
                w[i] += e.getValue()[i];
        }
        report.append(String.format(Locale.ROOT, "%-8s %4d %4d %4d %4d%n", "all", w[0], w[1], w[2], w[3]));
        report.append("\nthe gold statements no rule states whose entities are found (pair: in one sentence; apart: never together)\n");
        UNREAD.forEach(x -> report.append(x).append('\n'));
        report.append("\nadded at 0.7 or more (model with rule features, statements no rule wrote), with their sentences\n");
        samples.forEach(x -> report.append(x).append('\n'));
    }

    private static String row(String name, int[] c) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-14s %4d %9d %8d %4d/%-4d|", name, c[0], c[1], c[2], c[3], c[4]));
        for (int i = 0; i < THRESHOLDS.length; i++)
            b.append(String.format(Locale.ROOT, " %3d/%-4d", c[5 + 4 * i], c[6 + 4 * i]));
        b.append(" |");
        for (int i = 0; i < THRESHOLDS.length; i++)
            b.append(String.format(Locale.ROOT, " +%d/-%d", c[7 + 4 * i], c[8 + 4 * i]));
        return b.toString();
    }

    static void write(Map<String, Map<String, Double>> model, Map<String, Double> thresholds, Path out, String sets) {
        List<String> lines = new ArrayList<>();
        lines.add("# Weights of the learned relation model (LearnedRelations): a logistic model per predicate over the candidate-pair features of");
        lines.add("# RelationCandidates; a predicate's <threshold> row turns it on. Do not edit by hand; regenerate with");
        lines.add("#   java -cp target/dgkg.jar org.w3id.dgkg.eval.RelationTraining --ontology ontology --out THIS_FILE [--threshold P=T …] NAME=CORPUS:GOLD …");
        lines.add("# trained on: " + sets);
        lines.add("predicate\tfeature\tweight");
        for (var p : model.entrySet()) {
            if (thresholds.containsKey(p.getKey()))
                lines.add(p.getKey() + "\t<threshold>\t" + thresholds.get(p.getKey()));
            for (var w : p.getValue().entrySet())
                if (Math.abs(w.getValue()) >= 1e-3)
                    lines.add(p.getKey() + "\t" + w.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", w.getValue()));
        }
        try {
            Files.write(out, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

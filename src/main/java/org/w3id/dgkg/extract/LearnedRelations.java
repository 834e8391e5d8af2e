package org.w3id.dgkg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.w3id.dgkg.DgkgException;

/**
 * The learned relation stage: a logistic model per predicate ({@code ontology/lexicon/relation-weights.tsv}:
 * predicate, feature, weight) scores the candidate pairs of a sentence ({@link RelationCandidates}) and adds,
 * as rule {@code <predicate>-learned}, each statement no rule read whose probability reaches the predicate's
 * threshold (the row whose feature is {@value #THRESHOLD}; a predicate without one adds nothing). The weights
 * are written by {@code org.w3id.dgkg.eval.RelationTraining} from the development gold; this class only reads
 * them. While a recorder is set (training only) it adds nothing and hands every candidate to the recorder.
 */
public final class LearnedRelations {
    static final String TABLE = "relation-weights";
    static final String THRESHOLD = "<threshold>";
    public static final String RULE_SUFFIX = "-learned";
    /** The predicates the model learns (party is learned as signatory, its sub-property). */
    public static final List<String> PREDICATES = List.copyOf(RelationCandidates.DOMAINS.keySet());

    /** One candidate pair as the training tool sees it: IRIs, predicate, features, whether a rule read it, and the sentence. */
    public record Candidate(String doc, int sentence, String subject, String predicate, String object, List<String> features,
            boolean byRule, String text) {}

    private static volatile Consumer<Candidate> recorder;

    /** Training only: hand every candidate to {@code sink} (null: stop). Extraction adds no learned statement meanwhile. */
    public static synchronized void record(Consumer<Candidate> sink) {
        recorder = sink;
    }

    private final Map<String, Map<String, Double>> weights;
    private final RelationCandidates candidates;
    /** Whether some predicate has a threshold, i.e. whether the model adds anything at all. */
    private final boolean active;

    private LearnedRelations(Map<String, Map<String, Double>> weights, RelationCandidates candidates) {
        this.weights = weights;
        this.candidates = candidates;
        this.active = weights.values().stream().anyMatch(w -> w.containsKey(THRESHOLD));
    }

    static LearnedRelations load(Path ontologyDir, RelationCues cues) {
        Map<String, Map<String, Double>> w = new HashMap<>();
        Path file = LexiconTable.dir(ontologyDir).resolve(TABLE + ".tsv");
        boolean packed = !Files.isDirectory(LexiconTable.dir(ontologyDir));
        if (Files.exists(file) || packed && LearnedRelations.class.getResource("/" + LexiconTable.FOLDER + "/" + TABLE + ".tsv") != null) {
            LexiconTable t = LexiconTable.load(ontologyDir, TABLE);
            for (Map<String, String> r : t.rows()) {
                if (!RelationCandidates.DOMAINS.containsKey(r.get("predicate")))
                    throw new DgkgException("error: " + t.file() + ": predicate " + r.get("predicate") + " is not one the model learns "
                            + RelationCandidates.DOMAINS.keySet());
                try {
                    w.computeIfAbsent(r.get("predicate"), k -> new HashMap<>()).put(r.get("feature"), Double.parseDouble(r.get("weight")));
                } catch (NumberFormatException e) {
                    throw new DgkgException("error: " + t.file() + ": weight \"" + r.get("weight") + "\" is not a number");
                }
            }
        }
        return new LearnedRelations(w, new RelationCandidates(new ClauseAnalysis(cues)));
    }

    /** The model's probability that a candidate with these features states its predicate. */
    static double probability(Map<String, Double> w, List<String> features) {
        double z = 0;
        for (String f : features)
            z += w.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-z));
    }

    /** Adds the learned statements of one sentence to {@code rels} (or records its candidates while training). */
    void add(String doc, int sentence, String text, List<Hit> hits, Discourse discourse, List<RelationRules.Rel> rels) {
        Consumer<Candidate> sink = recorder;
        if (sink == null && !active)
            return; // no predicate is turned on: nothing to score
        List<RelationCandidates.Pair> pairs = candidates.of(text, hits, discourse, rels);
        for (RelationCandidates.Pair p : pairs) {
            if (sink != null) {
                sink.accept(new Candidate(doc, sentence, p.subject().iri(), p.predicate(), p.object().iri(), p.features(), p.byRule(), text));
                continue;
            }
            Map<String, Double> w = weights.get(p.predicate());
            if (p.byRule() || w == null || !w.containsKey(THRESHOLD))
                continue;
            double prob = probability(w, p.features());
            if (prob >= w.get(THRESHOLD))
                rels.add(new RelationRules.Rel(p.subject().iri(), p.predicate(), p.object().iri(), Math.min(p.subject().start(), p.object().start()),
                        Math.max(p.subject().end(), p.object().end()), Math.min(prob, 0.99), p.predicate() + RULE_SUFFIX, false));
        }
    }
}

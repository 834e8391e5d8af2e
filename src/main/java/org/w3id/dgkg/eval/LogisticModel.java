package org.w3id.dgkg.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * L2-regularised logistic regression over sparse binary features, trained by full-batch AdaGrad for a fixed
 * number of rounds: no random order, so the same examples give the same weights. Features seen fewer than
 * {@link #MIN_COUNT} times in training get no weight (one sentence's wording is not a pattern).
 */
final class LogisticModel {
    record Example(List<String> features, boolean positive) {}

    static final int MIN_COUNT = 2;
    static final int ROUNDS = 300;
    static final double RATE = 0.5;
    static final double L2 = 1e-3;

    private LogisticModel() {}

    /** Feature → weight, in feature order. */
    static Map<String, Double> train(List<Example> examples) {
        Map<String, Integer> count = new HashMap<>();
        for (Example e : examples)
            for (String f : e.features())
                count.merge(f, 1, Integer::sum);
        Map<String, Integer> index = new TreeMap<>();
        for (var c : new TreeMap<>(count).entrySet())
            if (c.getValue() >= MIN_COUNT)
                index.put(c.getKey(), index.size());
        int[][] rows = new int[examples.size()][];
        for (int i = 0; i < rows.length; i++)
            rows[i] = examples.get(i).features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
        double[] w = new double[index.size()];
        double[] g2 = new double[w.length];
        double n = Math.max(1, examples.size());
        for (int round = 0; round < ROUNDS; round++) {
            double[] grad = new double[w.length];
            for (int i = 0; i < rows.length; i++) {
                double z = 0;
                for (int f : rows[i])
                    z += w[f];
                double err = 1 / (1 + Math.exp(-z)) - (examples.get(i).positive() ? 1 : 0);
                for (int f : rows[i])
                    grad[f] += err / n;
            }
            for (int f = 0; f < w.length; f++) {
                double g = grad[f] + L2 * w[f];
                g2[f] += g * g;
                if (g2[f] > 0)
                    w[f] -= RATE * g / Math.sqrt(g2[f]);
            }
        }
        Map<String, Double> out = new TreeMap<>();
        for (var e : index.entrySet())
            out.put(e.getKey(), w[e.getValue()]);
        return out;
    }

    static double probability(Map<String, Double> w, List<String> features) {
        double z = 0;
        for (String f : features)
            z += w.getOrDefault(f, 0.0);
        return 1 / (1 + Math.exp(-z));
    }
}

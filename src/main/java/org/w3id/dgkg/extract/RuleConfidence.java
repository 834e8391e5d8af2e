package org.w3id.dgkg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.w3id.dgkg.DgkgException;

/**
 * The measured precision of each rule, {@code ontology/lexicon/rule-confidence.tsv}, written as a
 * statement's {@code dgkg:confidence}: the share of the rule's statements that were right on the
 * development sets, so that filtering at 0.9 keeps rules that were right at least 90% of the time.
 * A rule the table does not list keeps the rule's own estimate. The table is produced by
 * {@code dgkg eval --calibrate} (see its comment line).
 */
final class RuleConfidence {
    static final String TABLE = "rule-confidence";
    private final Map<String, Double> byRule;

    private RuleConfidence(Map<String, Double> byRule) {
        this.byRule = byRule;
    }

    static RuleConfidence load(Path ontologyDir) {
        Map<String, Double> m = new HashMap<>();
        if (!Files.exists(LexiconTable.dir(ontologyDir).resolve(TABLE + ".tsv")))
            return new RuleConfidence(m);
        LexiconTable t = LexiconTable.load(ontologyDir, TABLE);
        for (Map<String, String> r : t.rows()) {
            String v = r.get("confidence");
            try {
                double c = Double.parseDouble(v);
                if (c < 0 || c > 1)
                    throw new NumberFormatException();
                m.put(r.get("rule"), c);
            } catch (NumberFormatException e) {
                throw new DgkgException("error: " + t.file() + ": rule " + r.get("rule") + " has confidence \"" + v
                        + "\"; write a number between 0 and 1 (or rerun dgkg eval --calibrate)");
            }
        }
        return new RuleConfidence(m);
    }

    double of(String rule, double estimate) {
        return byRule.getOrDefault(rule, estimate);
    }
}

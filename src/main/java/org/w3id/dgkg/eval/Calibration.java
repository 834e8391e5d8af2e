package org.w3id.dgkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.eval.EvalResult.Tally;

/**
 * Writes the per-rule confidence table ({@code ontology/lexicon/rule-confidence.tsv}) from the
 * precision measured on an exhaustive gold: confidence = (correct + 1) / (statements + 2), the
 * rule's precision pulled towards one half by how little it was measured (Laplace), so that a rule
 * seen twice is not "certain". A rule the gold never saw gets the pooled figure of all rules.
 */
public final class Calibration {
    private Calibration() {}

    public static void write(EvalResult.Precision precision, List<String> factRules, Path out, String command) {
        Tally pooled = precision.all();
        List<String> lines = new ArrayList<>();
        lines.add("# Measured precision of each extraction rule, written as dgkg:confidence (RuleConfidence). Do not edit by hand; regenerate with:");
        lines.add("#   " + command);
        lines.add("# confidence = (correct + 1) / (statements + 2) on the exhaustive news gold; basis says where the figure comes from.");
        lines.add("rule\tconfidence\tcorrect\tstatements\tbasis");
        for (String rule : factRules) {
            Tally t = precision.byRule().get(rule);
            String basis = "measured";
            if (t == null || t.total() == 0) {
                t = pooled;
                basis = "pooled (rule not seen on the gold)";
            }
            double c = (t.found() + 1.0) / (t.total() + 2.0);
            lines.add(String.format(Locale.ROOT, "%s\t%.2f\t%d\t%d\t%s", rule, c, t.found(), t.total(), basis));
        }
        try {
            Files.write(out, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DgkgException("error: cannot write the calibration table " + out + ": " + e.getMessage()
                    + "; check that the folder exists and is writable", e);
        }
    }
}

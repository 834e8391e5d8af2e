package org.w3id.dgkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.eval.EvalResult.Tally;

/**
 * Writes the per-rule confidence table ({@code ontology/lexicon/rule-confidence.tsv}).
 *
 * <p>Two measurements go in. The development sets give each rule's precision with many statements, but
 * the rules were tuned on those very sets, so that figure flatters them: on the four sets kept untouched
 * until they were scored, statements the development sets rated 0.90–0.99 were right 63–80% of the time.
 * The {@link HeldOutRecord} gives what each rule did on text nobody had tuned it to, with fewer statements.
 *
 * <p>So: the development figure, pulled towards one half by how little it was measured (Laplace,
 * {@code (correct + 1) / (statements + 2)}), counts as {@link #DEV_WEIGHT} statements of prior evidence,
 * and the held-out statements are added to it: {@code (heldCorrect + w * dev) / (heldStatements + w)}, w = 16.
 * A rule no untouched set saw keeps its development figure times the ratio by which the untouched sets
 * fell short of what the development figures predicted for the rules they did see. The weight 16 predicted
 * best (lowest Brier score summed over three tests): news-check5 and news-check4 each left out of the record
 * and predicted from the rest (0.223 and 0.189 against 0.278 and 0.210 for the development figure alone), and
 * news-check6, scored before anyone read it (0.118 against 0.113: there the development figure alone did
 * slightly better). Weights 1 to 32 all came within 0.01 of it.
 */
public final class Calibration {
    /** How many held-out statements the development figure is worth. */
    static final double DEV_WEIGHT = 16.0;

    private Calibration() {}

    /** One row of the table. */
    record Row(String rule, double confidence, Tally dev, Tally heldOut, String basis) {}

    static List<Row> rows(EvalResult.Precision precision, List<String> factRules, HeldOutRecord heldOut) {
        Tally pooled = precision.all();
        double shortfall = shortfall(precision, heldOut);
        List<Row> rows = new ArrayList<>();
        for (String rule : factRules) {
            Tally dev = precision.byRule().get(rule);
            String basis = "development sets";
            if (dev == null || dev.total() == 0) {
                dev = pooled;
                basis = "pooled development figure (rule not seen on the development sets)";
            }
            double devRate = (dev.found() + 1.0) / (dev.total() + 2.0);
            Tally held = heldOut.of(rule);
            double c;
            if (held != null && held.total() > 0) {
                c = (held.found() + DEV_WEIGHT * devRate) / (held.total() + DEV_WEIGHT);
                basis += " + untouched sets";
            } else if (!heldOut.byRule().isEmpty()) {
                c = devRate * shortfall;
                basis += String.format(Locale.ROOT, " x %.2f (untouched sets never saw the rule)", shortfall);
            } else {
                c = devRate;
            }
            rows.add(new Row(rule, c, dev, held == null ? new Tally(0, 0) : held, basis));
        }
        return rows;
    }

    /**
     * Held-out precision over what the development figures predicted for the same statements (at most 1):
     * how much a rule's development record overstates it on new text, on average.
     */
    static double shortfall(EvalResult.Precision precision, HeldOutRecord heldOut) {
        Tally pooled = precision.all();
        double predicted = 0;
        int correct = 0;
        int total = 0;
        for (Map.Entry<String, Tally> e : heldOut.byRule().entrySet()) {
            Tally dev = precision.byRule().getOrDefault(e.getKey(), pooled);
            if (dev.total() == 0)
                dev = pooled;
            predicted += e.getValue().total() * (dev.found() + 1.0) / (dev.total() + 2.0);
            correct += e.getValue().found();
            total += e.getValue().total();
        }
        return total == 0 || predicted == 0 ? 1.0 : Math.min(1.0, correct / predicted);
    }

    public static void write(EvalResult.Precision precision, List<String> factRules, HeldOutRecord heldOut, Path out, String command) {
        List<String> lines = new ArrayList<>();
        lines.add("# Measured precision of each extraction rule, written as dgkg:confidence (RuleConfidence). Do not edit by hand; regenerate with:");
        lines.add("#   " + command);
        lines.add("# confidence = (held_correct + 16 * dev) / (held_statements + 16), dev = (correct + 1) / (statements + 2) on the development sets,");
        lines.add("# held_* = the rule's record on sets scored before anyone read them (" + (heldOut.sources().isEmpty() ? "none" : String.join(", ", heldOut.sources()))
                + "); see eval/Calibration.java.");
        lines.add("rule\tconfidence\tcorrect\tstatements\theld_correct\theld_statements\tbasis");
        for (Row r : rows(precision, factRules, heldOut))
            lines.add(String.format(Locale.ROOT, "%s\t%.2f\t%d\t%d\t%d\t%d\t%s", r.rule(), r.confidence(), r.dev().found(), r.dev().total(),
                    r.heldOut().found(), r.heldOut().total(), r.basis()));
        try {
            Files.write(out, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DgkgException("error: cannot write the calibration table " + out + ": " + e.getMessage()
                    + "; check that the folder exists and is writable", e);
        }
    }
}

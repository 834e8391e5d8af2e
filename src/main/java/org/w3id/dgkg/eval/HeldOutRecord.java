package org.w3id.dgkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.eval.EvalResult.Tally;

/**
 * What each rule did on text nobody had tuned it to: one TSV per untouched set
 * ({@code ontology/calibration/<set>-stop<N>.tsv}), written by {@code dgkg eval --rule-tallies} with the
 * extractor as it stood before any engineer read that set, and never rewritten afterwards. The sets the
 * rules were tuned on flatter them (a rule right 134 times of 135 there was right 16 times of 40 on the
 * four untouched sets), so {@link Calibration} weighs this record above the development sets.
 */
public final class HeldOutRecord {
    static final String HEADER = "rule\tcorrect\tstatements";
    private final Map<String, Tally> byRule;
    private final List<String> sources;

    private HeldOutRecord(Map<String, Tally> byRule, List<String> sources) {
        this.byRule = byRule;
        this.sources = sources;
    }

    public static HeldOutRecord empty() {
        return new HeldOutRecord(new TreeMap<>(), List.of());
    }

    /** Every {@code *.tsv} of the folder, summed per rule; an absent folder is an empty record. */
    public static HeldOutRecord load(Path dir) {
        Map<String, Tally> sum = new TreeMap<>();
        List<String> sources = new ArrayList<>();
        if (!Files.isDirectory(dir))
            return new HeldOutRecord(sum, sources);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        } catch (IOException e) {
            throw new DgkgException("error: cannot list the held-out records in " + dir + ": " + e.getMessage(), e);
        }
        for (Path f : files) {
            sources.add(f.getFileName().toString());
            readInto(f, sum);
        }
        return new HeldOutRecord(sum, sources);
    }

    private static void readInto(Path f, Map<String, Tally> sum) {
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DgkgException("error: cannot read the held-out record " + f + ": " + e.getMessage(), e);
        }
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#"))
                continue;
            if (!header) {
                if (!line.equals(HEADER))
                    throw new DgkgException("error: " + f + " line " + (i + 1) + ": expected the header \"" + HEADER.replace("\t", "<TAB>")
                            + "\"; write it with dgkg eval --rule-tallies");
                header = true;
                continue;
            }
            String[] c = line.split("\t", -1);
            try {
                int correct = Integer.parseInt(c[1]);
                int total = Integer.parseInt(c[2]);
                if (c.length != 3 || correct < 0 || correct > total)
                    throw new NumberFormatException();
                sum.merge(c[0], new Tally(correct, total), (a, b) -> new Tally(a.found() + b.found(), a.total() + b.total()));
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new DgkgException("error: " + f + " line " + (i + 1) + ": expected rule<TAB>correct<TAB>statements with "
                        + "0 <= correct <= statements, found \"" + line + "\"");
            }
        }
    }

    /** The rule's summed tally, or null when no untouched set saw it. */
    public Tally of(String rule) {
        return byRule.get(rule);
    }

    public Map<String, Tally> byRule() {
        return byRule;
    }

    public List<String> sources() {
        return sources;
    }

    /** Writes one run's per-rule precision as a record (the run must be on a set no engineer has read). */
    public static void write(EvalResult.Precision precision, Path out, String command) {
        List<String> lines = new ArrayList<>();
        lines.add("# Per-rule precision on a set no engineer had read when this was measured; never edit or rewrite it.");
        lines.add("#   " + command);
        lines.add(HEADER);
        precision.byRule().forEach((rule, t) -> lines.add(String.format(Locale.ROOT, "%s\t%d\t%d", rule, t.found(), t.total())));
        try {
            Files.write(out, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DgkgException("error: cannot write the held-out record " + out + ": " + e.getMessage()
                    + "; check that the folder exists and is writable", e);
        }
    }
}

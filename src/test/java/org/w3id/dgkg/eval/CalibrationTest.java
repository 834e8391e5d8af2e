package org.w3id.dgkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.eval.EvalResult.Tally;

/** The confidence table: development figures weighed against the record on untouched sets. */
class CalibrationTest {
    @TempDir
    Path dir;

    private static EvalResult.Precision precision(Map<String, Tally> byRule) {
        int found = byRule.values().stream().mapToInt(Tally::found).sum();
        int total = byRule.values().stream().mapToInt(Tally::total).sum();
        return new EvalResult.Precision(new Tally(found, total), Map.of(), new TreeMap<>(byRule), Map.of(), List.of(), 0);
    }

    private Path record(String name, String... rows) throws Exception {
        Path held = dir.resolve("held");
        Files.createDirectories(held);
        StringBuilder b = new StringBuilder("# test record\n" + HeldOutRecord.HEADER + "\n");
        for (String r : rows)
            b.append(r).append('\n');
        Files.writeString(held.resolve(name), b, StandardCharsets.UTF_8);
        return held;
    }

    @Test
    void withoutAnyHeldOutRecordTheDevelopmentFigureStands() {
        var rows = Calibration.rows(precision(Map.of("a", new Tally(98, 98))), List.of("a"), HeldOutRecord.empty());
        assertEquals(99.0 / 100.0, rows.get(0).confidence(), 1e-9);
    }

    @Test
    void aRuleThatFailedOnUntouchedTextLosesItsDevelopmentFigure() throws Exception {
        // right 134 of 135 times where it was tuned, 16 of 40 on untouched sets: the untouched record pulls it far down
        Path held = record("set-a.tsv", "participant\t10\t25");
        record("set-b.tsv", "participant\t6\t15");
        HeldOutRecord rec = HeldOutRecord.load(held);
        assertEquals(new Tally(16, 40), rec.of("participant"));
        var rows = Calibration.rows(precision(Map.of("participant", new Tally(134, 135))), List.of("participant"), rec);
        double dev = 135.0 / 137.0;
        double w = Calibration.DEV_WEIGHT;
        assertEquals((16 + w * dev) / (40 + w), rows.get(0).confidence(), 1e-9);
        assertTrue(rows.get(0).confidence() < 0.7, "a rule right 40% of the time on new text is not rated 0.99");
    }

    @Test
    void aRuleNoUntouchedSetSawIsDiscountedByTheAverageShortfall() throws Exception {
        // rule a: development 0.9-ish, untouched 45/60 = 0.75; the unseen rule b gets its own figure times 0.75/0.9-ish
        HeldOutRecord rec = HeldOutRecord.load(record("set.tsv", "a\t45\t60"));
        var p = precision(Map.of("a", new Tally(88, 98), "b", new Tally(48, 48)));
        double devA = 89.0 / 100.0;
        double shortfall = 45.0 / (60 * devA);
        assertEquals(shortfall, Calibration.shortfall(p, rec), 1e-9);
        var rows = Calibration.rows(p, List.of("a", "b"), rec);
        assertEquals(49.0 / 50.0 * shortfall, rows.get(1).confidence(), 1e-9);
        assertTrue(rows.get(1).basis().contains("never saw"));
    }

    @Test
    void theShortfallNeverRaisesAFigure() throws Exception {
        HeldOutRecord rec = HeldOutRecord.load(record("set.tsv", "a\t10\t10"));
        assertEquals(1.0, Calibration.shortfall(precision(Map.of("a", new Tally(5, 10))), rec), 1e-9);
    }

    @Test
    void theTableKeepsBothRecordsAndItsRuleColumn() throws Exception {
        HeldOutRecord rec = HeldOutRecord.load(record("set.tsv", "a\t3\t4"));
        Path out = dir.resolve("rule-confidence.tsv");
        Calibration.write(precision(Map.of("a", new Tally(9, 10))), List.of("a"), rec, out, "dgkg eval …");
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.contains("rule\tconfidence\tcorrect\tstatements\theld_correct\theld_statements\tbasis"), lines.toString());
        String row = lines.get(lines.size() - 1);
        assertTrue(row.startsWith("a\t" + String.format(java.util.Locale.ROOT, "%.2f", (3 + Calibration.DEV_WEIGHT * 10.0 / 12) / (4 + Calibration.DEV_WEIGHT)) + "\t9\t10\t3\t4\t"), row);
    }

    @Test
    void aMalformedRecordSaysWhereAndWhat() throws Exception {
        Path held = record("bad.tsv", "a\t5\t3");
        DgkgException e = assertThrows(DgkgException.class, () -> HeldOutRecord.load(held));
        assertTrue(e.getMessage().contains("bad.tsv line 3"), e.getMessage());
        Path noHeader = dir.resolve("nh");
        Files.createDirectories(noHeader);
        Files.writeString(noHeader.resolve("x.tsv"), "a\t1\t2\n");
        e = assertThrows(DgkgException.class, () -> HeldOutRecord.load(noHeader));
        assertTrue(e.getMessage().contains("expected the header"), e.getMessage());
    }

    @Test
    void aRunWrittenAsARecordReadsBackTheSame() throws Exception {
        Path held = dir.resolve("rt");
        Files.createDirectories(held);
        var p = precision(Map.of("a", new Tally(3, 4), "b", new Tally(0, 2)));
        HeldOutRecord.write(p, held.resolve("run.tsv"), "dgkg eval …");
        HeldOutRecord rec = HeldOutRecord.load(held);
        assertEquals(new Tally(3, 4), rec.of("a"));
        assertEquals(new Tally(0, 2), rec.of("b"));
        assertEquals(List.of("run.tsv"), rec.sources());
    }

    @Test
    void theRecordsInTheOntologyLoad() {
        HeldOutRecord rec = HeldOutRecord.load(Path.of("ontology/calibration"));
        assertTrue(rec.sources().size() >= 4, rec.sources().toString());
        assertTrue(rec.of("date-of-act").total() > 0);
    }
}

package org.w3id.dgkg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.w3id.dgkg.DgkgException;

/**
 * The gold rows a build is scored against: {@code *-entities.tsv}, {@code *-facts.tsv} and
 * {@code *-negatives.tsv} of a gold folder (UTF-8, tab-separated, header row, no quoting).
 * Names with variants are split on {@code |}; the first one is the name as the quote writes it.
 * {@code exhaustive}: every fact each document states is a row, so a statement that matches no row
 * of its document is a false positive (the news gold: recognised by the {@code forbid} column of its
 * negatives, or set with {@code dgkg eval --exhaustive}).
 */
public record GoldSet(List<GoldEntity> entities, List<GoldFact> facts, List<GoldNegative> negatives, boolean exhaustive) {
    public GoldSet {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        negatives = List.copyOf(negatives);
    }

    public record GoldEntity(String id, String doc, List<String> labels, String cls) {}

    /** {@code object} holds the date (without a trailing ~) when {@code objectClass} is "date". */
    public record GoldFact(String id, String doc, List<String> subject, String subjectClass, String predicate,
            List<String> object, String objectClass, String quote, boolean approximate) {
        public boolean isDate() {
            return objectClass.equals("date");
        }
    }

    /** {@code forbid}: when not empty, only these substrings of {@code text} are forbidden (as mentions, or in a statement). */
    public record GoldNegative(String id, String doc, String text, String kind, String why, List<String> forbid) {}

    public GoldSet(List<GoldEntity> entities, List<GoldFact> facts, List<GoldNegative> negatives) {
        this(entities, facts, negatives, false);
    }

    /** The same rows, declared exhaustive per document (every fact a text states is a row) or not. */
    public GoldSet exhaustive(boolean yes) {
        return new GoldSet(entities, facts, negatives, yes);
    }

    public static GoldSet load(Path dir) {
        List<GoldEntity> es = new ArrayList<>();
        List<GoldFact> fs = new ArrayList<>();
        List<GoldNegative> ns = new ArrayList<>();
        boolean forbidColumn = false;
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith("-entities.tsv"))
                    for (String[] r : rows(f)) {
                        List<String> labels = new ArrayList<>(List.of(r[2]));
                        if (r.length > 4 && !r[4].isBlank())
                            labels.addAll(split(r[4]));
                        es.add(new GoldEntity(r[0], r[1], labels, r[3]));
                    }
                else if (name.endsWith("-facts.tsv"))
                    for (String[] r : rows(f)) {
                        boolean date = r[6].equals("date");
                        String obj = r[5].strip();
                        boolean approx = date && obj.endsWith("~");
                        if (approx)
                            obj = obj.substring(0, obj.length() - 1);
                        fs.add(new GoldFact(r[0], r[1], split(r[2]), r[3], r[4], date ? List.of(obj) : split(obj), r[6],
                                r.length > 7 ? r[7] : "", approx));
                    }
                else if (name.endsWith("-negatives.tsv")) {
                    List<String> header = List.of(Files.readAllLines(f, StandardCharsets.UTF_8).get(0).split("\t", -1));
                    int forbid = header.indexOf("forbid");
                    forbidColumn |= forbid >= 0;
                    for (String[] r : rows(f))
                        ns.add(new GoldNegative(r[0], r[1], r[2], r[3], r.length > 4 ? r[4] : "",
                                forbid >= 0 && r.length > forbid ? split(r[forbid]) : List.of()));
                }
            }
        } catch (IOException e) {
            throw new DgkgException("cannot read gold folder " + dir + ": " + e.getMessage(), e);
        }
        if (es.isEmpty() && fs.isEmpty())
            throw new DgkgException("no *-entities.tsv or *-facts.tsv in " + dir);
        // The exhaustive gold (news/) introduced the forbid column of the negatives; the sampled corpus gold has none.
        return new GoldSet(es, fs, ns, forbidColumn);
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static List<String[]> rows(Path f) throws IOException {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        List<String[]> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++)
            if (!lines.get(i).isBlank())
                out.add(lines.get(i).split("\t", -1));
        return out;
    }
}

package org.w3id.dgkg.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.dgkg.DgkgException;

/**
 * Corrections a maintainer keeps in {@code ontology/curation.tsv}, applied on every build after
 * extraction: one per line, tab-separated, {@code #} starts a comment.
 * <pre>
 * reject-entity  NAME|IRI
 * reject-fact    SUBJECT  PREDICATE  OBJECT      (PREDICATE as dgkg:issuedBy or dcterms:date; OBJECT a name, IRI or date)
 * merge          NAME|IRI  INTO-NAME|IRI
 * class          NAME|IRI  CLASS                 (a dgkg class local name, e.g. Declaration)
 * label          NAME|IRI  NEW-CHINESE-LABEL
 * </pre>
 * A NAME is matched against every label of an entity, ignoring whitespace and title marks.
 */
public record Curation(List<Rule> rules) {
    public static final String FILE = "curation.tsv";

    public Curation {
        rules = List.copyOf(rules);
    }

    public record Rule(int line, String action, List<String> args) {
        @Override
        public String toString() {
            return "line " + line + ": " + action + " " + String.join(" ", args);
        }
    }

    public static Curation none() {
        return new Curation(List.of());
    }

    /** Reads {@code dir/curation.tsv}; no file means no corrections. */
    public static Curation load(Path dir) {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f))
            return none();
        try {
            return parse(Files.readAllLines(f, StandardCharsets.UTF_8), f.toString());
        } catch (IOException e) {
            throw new DgkgException(f + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static Curation parse(List<String> lines, String where) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.strip().startsWith("#"))
                continue;
            String[] f = l.split("\t");
            List<String> args = new ArrayList<>();
            for (int k = 1; k < f.length; k++)
                if (!f[k].isBlank())
                    args.add(f[k].strip());
            String action = f[0].strip();
            int need = switch (action) {
                case "reject-entity" -> 1;
                case "reject-fact" -> 3;
                case "merge", "class", "label" -> 2;
                default -> throw new DgkgException(where + ":" + (i + 1) + ": unknown action '" + action
                        + "'; use reject-entity, reject-fact, merge, class or label");
            };
            if (args.size() != need)
                throw new DgkgException(where + ":" + (i + 1) + ": " + action + " takes " + need + " tab-separated values, got " + args.size());
            rules.add(new Rule(i + 1, action, args));
        }
        return new Curation(rules);
    }
}

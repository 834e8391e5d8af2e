package org.w3id.dgkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dgkg.DgkgException;

/**
 * One data table of {@code ontology/lexicon/}: UTF-8, tab-separated, lines starting with {@code #}
 * are comments, the first other line is the header, then one row per line. Cue words, rule ids and
 * measured rule confidences live in such tables, so that a rule's vocabulary is data, not Java.
 * An ontology folder without {@code lexicon/} is read from the copy packed into the jar.
 */
public record LexiconTable(Path file, List<String> header, List<Map<String, String>> rows) {
    /** The folder of the lexicon tables inside an ontology folder. */
    public static final String FOLDER = "lexicon";

    public LexiconTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static Path dir(Path ontologyDir) {
        return ontologyDir.resolve(FOLDER);
    }

    /** Reads {@code ontologyDir/lexicon/name.tsv}; every row must have the header's columns (empty trailing ones allowed). */
    public static LexiconTable load(Path ontologyDir, String name) {
        Path f = dir(ontologyDir).resolve(name + ".tsv");
        List<String> lines;
        try {
            if (!Files.exists(f) && !Files.isDirectory(dir(ontologyDir))) {
                // an ontology folder without lexicon/: the copy packed into the jar (see pom.xml)
                try (InputStream in = LexiconTable.class.getResourceAsStream("/" + FOLDER + "/" + name + ".tsv")) {
                    if (in != null)
                        return parse(Path.of("jar:" + FOLDER, name + ".tsv"),
                                List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n", -1)));
                }
            }
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DgkgException("error: lexicon table " + f + " is missing; it belongs to the ontology folder "
                    + "(restore it from the repository, or point --ontology at a complete ontology folder)", e);
        } catch (IOException e) {
            throw new DgkgException("error: cannot read lexicon table " + f + ": " + e.getMessage(), e);
        }
        return parse(f, lines);
    }

    private static LexiconTable parse(Path f, List<String> lines) {
        List<String> header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#"))
                continue;
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = Arrays.stream(cells).map(String::strip).toList();
                continue;
            }
            if (cells.length > header.size())
                throw new DgkgException("error: " + f + " line " + (i + 1) + " has " + cells.length + " fields, the header "
                        + header.size() + " (" + String.join(", ", header) + "); remove the extra tab");
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++)
                row.put(header.get(c), c < cells.length ? cells[c].strip() : "");
            if (row.get(header.get(0)).isEmpty())
                throw new DgkgException("error: " + f + " line " + (i + 1) + " has an empty " + header.get(0) + "; fill it or delete the line");
            rows.add(row);
        }
        if (header == null)
            throw new DgkgException("error: lexicon table " + f + " has no header line");
        return new LexiconTable(f, header, rows);
    }

    /** The values of one column, in file order. */
    public List<String> column(String name) {
        if (!header.contains(name))
            throw new DgkgException("error: " + file + " has no column " + name + " (header: " + String.join(", ", header) + ")");
        return rows.stream().map(r -> r.get(name)).toList();
    }
}

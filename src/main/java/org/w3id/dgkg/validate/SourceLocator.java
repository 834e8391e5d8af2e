package org.w3id.dgkg.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds where a resource is described in the Turtle files it came from ("ontology/actors.ttl:120"),
 * so a report points maintainers at the line to edit. Jena's graphs do not keep source lines, so
 * this looks for the subject written as a full IRI or with one of the file's prefixes.
 */
public final class SourceLocator {
    private record TurtleFile(Path path, List<String> lines, Map<String, String> prefixes) {}

    private final List<TurtleFile> files = new ArrayList<>();
    private final Map<String, Optional<String>> cache = new HashMap<>();

    public static SourceLocator none() {
        return new SourceLocator(List.of());
    }

    public SourceLocator(List<Path> turtleFiles) {
        for (Path p : turtleFiles) {
            try {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                files.add(new TurtleFile(p, lines, prefixes(lines)));
            } catch (IOException | RuntimeException e) {
                // A file that cannot be read has already been reported by the loader.
            }
        }
    }

    private static final Pattern PREFIX = Pattern.compile("^\\s*(?:@prefix|PREFIX)\\s+([\\w-]*):\\s*<([^>]*)>", Pattern.CASE_INSENSITIVE);

    /** The file's prefix declarations, read from its lines (the data was parsed already; this needs only the names). */
    private static Map<String, String> prefixes(List<String> lines) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines) {
            var m = PREFIX.matcher(line);
            if (m.find())
                out.put(m.group(1), m.group(2));
        }
        return out;
    }

    /** "file:line" of the first place the IRI starts a description, else of its first use. */
    public Optional<String> locate(String iri) {
        return cache.computeIfAbsent(iri, this::find);
    }

    private Optional<String> find(String iri) {
        String fallback = null;
        for (TurtleFile f : files) {
            List<Pattern> forms = new ArrayList<>();
            forms.add(Pattern.compile(Pattern.quote("<" + iri + ">") + "(?![^\\s;,.])"));
            f.prefixes().forEach((prefix, ns) -> {
                if (iri.startsWith(ns) && iri.length() > ns.length())
                    forms.add(Pattern.compile("(?<![\\w:])" + Pattern.quote(prefix + ":" + iri.substring(ns.length())) + "(?![\\w:-])"));
            });
            for (int i = 0; i < f.lines().size(); i++) {
                String line = f.lines().get(i);
                for (Pattern p : forms) {
                    var m = p.matcher(line);
                    if (m.find()) {
                        String where = f.path() + ":" + (i + 1);
                        if (line.substring(0, m.start()).isBlank())
                            return Optional.of(where);
                        if (fallback == null)
                            fallback = where;
                    }
                }
            }
        }
        return Optional.ofNullable(fallback);
    }
}

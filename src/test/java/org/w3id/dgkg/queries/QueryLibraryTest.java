package org.w3id.dgkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.dgkg.testing.Cli;

/**
 * Every query of {@code queries/}: its header documents it (question in English and Chinese,
 * every result column, every parameter and its default), it parses, and it runs on the real
 * corpus through {@code ./dgkg query NAME} in reasonable time.
 */
class QueryLibraryTest {
    @org.junit.jupiter.api.BeforeAll
    static void build() {
        org.w3id.dgkg.testing.RealCorpus.database();
    }

    static final Pattern PARAM = Pattern.compile("^#\\s*@param\\s+(\\w+)\\s*\\(\\?(\\w+)(?:\\s+\\w+)?\\)\\s*:\\s*(.*)$");
    static final Pattern DEFAULT = Pattern.compile(";\\s*default\\s+(.+?)\\s*$");
    static final Pattern COLUMN = Pattern.compile("^#\\s{3}(\\w+(?:,\\s*\\w+)*)\\s{2,}\\S.*$");

    @Test
    void library_has_at_least_25_queries() {
        assertTrue(Presets.files().size() >= 25, "queries/: " + Presets.files());
    }

    @TestFactory
    Stream<DynamicTest> every_query_is_documented_parses_and_runs() {
        return Presets.files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    static void check(Path file) throws Exception {
        String name = file.getFileName().toString().replace(".rq", "");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> header = text.lines().takeWhile(l -> l.startsWith("#")).toList();
        assertTrue(header.stream().anyMatch(l -> l.matches("#\\s*Question: .+\\?.*")), name + ": no '# Question: …?' line");
        assertTrue(header.stream().anyMatch(l -> l.matches("#\\s*问题[^：]*：.+")), name + ": no '# 问题：…' line");

        String body = String.join("\n", text.lines().filter(l -> !l.strip().startsWith("#")).toList());
        for (String line : header) {
            Matcher m = PARAM.matcher(line);
            if (!m.matches())
                continue;
            String var = m.group(2);
            assertTrue(body.contains("?" + var), name + ": parameter " + m.group(1) + " names ?" + var + ", which the query does not use");
            Matcher d = DEFAULT.matcher(m.group(3));
            if (d.find()) {
                String dflt = d.group(1);
                assertTrue(body.contains("COALESCE(?" + var + ", \"" + dflt + "\")") || body.contains("COALESCE(?" + var + ", " + dflt + ")"),
                        name + ": the header's default for " + m.group(1) + " (" + dflt + ") differs from the query's COALESCE(?" + var + ", …)");
            } else {
                assertTrue(m.group(3).contains("if omitted"), name + ": parameter " + m.group(1) + " says neither its default nor what happens if omitted");
            }
        }

        Query q = QueryFactory.create(text);
        if (q.isSelectType()) {
            Set<String> documented = new LinkedHashSet<>();
            for (String line : header) {
                Matcher m = COLUMN.matcher(line);
                if (m.matches())
                    for (String c : m.group(1).split(",\\s*"))
                        documented.add(c);
            }
            List<String> missing = new ArrayList<>(q.getResultVars());
            missing.removeAll(documented);
            assertTrue(missing.isEmpty(), name + ": result columns not described in the header: " + missing);
        } else {
            assertTrue(header.stream().anyMatch(l -> l.startsWith("# Result:")), name + ": no '# Result:' line describing the graph");
        }

        long t0 = System.nanoTime();
        Cli.Result r = Presets.cli(name, q.isSelectType() ? "json" : "text");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(0, r.code(), () -> name + ": " + r);
        assertFalse(r.out().isBlank(), name + ": no output");
        assertTrue(ms < 15_000, name + " took " + ms + " ms");
        System.err.printf("query %-32s %6d ms%n", name, ms);
    }
}

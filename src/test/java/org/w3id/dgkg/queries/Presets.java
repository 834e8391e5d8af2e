package org.w3id.dgkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;

/** Runs the library's queries the way a user does ({@code ./dgkg query NAME --param k=v}) on the real corpus. */
final class Presets {
    static final Path DIR = Path.of("queries").toAbsolutePath();

    private Presets() {}

    static List<Path> files() {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Cli.Result cli(String name, String format, String... params) {
        List<String> args = new ArrayList<>(List.of("query", name, "--db", RealCorpus.database().toString(), "--format", format));
        for (String p : params) {
            args.add("--param");
            args.add(p);
        }
        return Cli.run(args.toArray(String[]::new));
    }

    /** SELECT results as rows of column → value (IRI, or a literal's lexical form); unbound columns are absent. */
    static List<Map<String, String>> select(String name, String... params) {
        Cli.Result r = cli(name, "json", params);
        assertEquals(0, r.code(), () -> name + " failed: " + r);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution qs = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            qs.varNames().forEachRemaining(v -> {
                RDFNode n = qs.get(v);
                row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString());
            });
            rows.add(row);
        }
        return rows;
    }

    /** CONSTRUCT results, read back from the Turtle the command prints. */
    static Model construct(String name, String... params) {
        Cli.Result r = cli(name, "text", params);
        assertEquals(0, r.code(), () -> name + " failed: " + r);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(m);
        return m;
    }

    static List<String> column(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> r.get(column)).filter(java.util.Objects::nonNull).toList();
    }

    static int integer(Map<String, String> row, String column) {
        return Integer.parseInt(row.getOrDefault(column, "0"));
    }

    /** True when the build made a full-text index (the web work adds it; see the report). */
    static boolean hasTextIndex() {
        try (Stream<Path> s = Files.walk(RealCorpus.database(), 2)) {
            return s.anyMatch(p -> p.getFileName().toString().equals("text-index"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}

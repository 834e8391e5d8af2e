package org.w3id.dgkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;

/** {@code ./dgkg query}: the library by name, --list, parameters bound safely, files still accepted. */
class QueryCommandTest {
    @Test
    void list_shows_every_query_with_its_question_and_parameters() {
        Cli.Result r = Cli.run("query", "--list");
        assertEquals(0, r.code(), r.toString());
        for (Path f : Presets.files())
            assertTrue(r.out().contains(f.getFileName().toString().replace(".rq", "")), f + " missing from --list:\n" + r.out());
        assertTrue(r.out().contains("Which instruments did an actor issue, sign, propose or join?"), r.out());
        assertTrue(r.out().contains("--param actor=…"), r.out());
    }

    @Test
    void param_is_bound_as_a_literal_not_pasted() {
        Cli.Result r = Cli.run("query", "entity-documents", "--param", "entity=联合国\" . } SELECT * { ?s ?p ?o", "--show");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("\"联合国\\\" . } SELECT * { ?s ?p ?o\""), "the value is one escaped literal:\n" + r.out());
        var rows = Presets.select("entity-documents", "entity=联合国\" . } SELECT * { ?s ?p ?o");
        assertTrue(rows.isEmpty(), "no entity has that name: " + rows);
    }

    @Test
    void default_applies_when_a_parameter_is_left_out() {
        Cli.Result r = Cli.run("query", "entity-documents", "--show");
        assertTrue(r.out().contains("\"联合国\""), r.out());
        assertEquals(Presets.select("entity-documents"), Presets.select("entity-documents", "entity=联合国"));
    }

    @Test
    void unknown_parameter_or_query_or_bad_number_fails_with_exit_2() {
        Cli.Result a = Cli.run("query", "entity-documents", "--param", "actor=美国", "--show");
        assertEquals(2, a.code(), a.toString());
        assertTrue(a.err().contains("unknown parameter 'actor'") && a.err().contains("it takes: entity"), a.err());
        Cli.Result b = Cli.run("query", "no-such-query");
        assertEquals(2, b.code(), b.toString());
        assertTrue(b.err().contains("./dgkg query --list"), b.err());
        Cli.Result c = Cli.run("query", "actor-concerns", "--param", "top=many", "--show");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("parameter top must be an integer"), c.err());
    }

    @Test
    void a_query_file_still_works() {
        Cli.Result r = Cli.run("query", Presets.DIR.resolve("documents.rq").toString(), "--db", RealCorpus.database().toString(), "--format", "csv");
        assertEquals(0, r.code(), r.toString());
        assertEquals(6, r.out().strip().lines().count(), "header + 5 documents:\n" + r.out());
    }
}

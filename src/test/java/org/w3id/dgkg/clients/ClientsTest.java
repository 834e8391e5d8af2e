package org.w3id.dgkg.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.serve.DgkgServer;

/**
 * The client programs of {@code src/test/clients/} (quoted in the README), run as real processes
 * against one real server on a free port with the real corpus.
 */
class ClientsTest {
    static DgkgServer server;
    static String base;
    static String endpoint;

    @BeforeAll
    static void start() {
        server = RealSite.start();
        base = RealSite.base(server);
        endpoint = server.sparqlURL();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static List<String[]> rows(String out) {
        return out.lines().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
    }

    @Test
    void sparqlwrapper_counts_actors_by_class() {
        Clients.requirePython("SPARQLWrapper");
        var run = Clients.run(60, null, Clients.PYTHON, Clients.PYTHON_DIR.resolve("sparqlwrapper_example.py").toString(), endpoint);
        assertEquals(0, run.code(), run.toString());
        // class <TAB> Chinese class name <TAB> actors
        Map<String, String[]> byClass = rows(run.out()).stream().collect(Collectors.toMap(r -> r[0], Function.identity()));
        String[] state = byClass.get("State");
        assertTrue(state != null && state.length == 3, run.toString());
        assertEquals("国家", state[1], run.toString());
        assertTrue(Integer.parseInt(state[2]) >= 40, "at least 40 states: " + Arrays.toString(state));
        assertTrue(byClass.containsKey("UNEntity") && byClass.containsKey("Company"), run.toString());
    }

    @Test
    void rdflib_dereferences_the_eu_as_turtle_and_as_jsonld() {
        Clients.requirePython("rdflib");
        var run = Clients.run(60, null, Clients.PYTHON, Clients.PYTHON_DIR.resolve("rdflib_example.py").toString(), base);
        assertEquals(0, run.code(), run.toString());
        // format <TAB> triples <TAB> skos:prefLabel@zh, once per format
        List<String[]> rows = rows(run.out());
        assertEquals(List.of("turtle", "json-ld"), rows.stream().map(r -> r[0]).toList(), run.toString());
        for (String[] r : rows) {
            assertEquals("欧盟", r[2], run.toString());
            assertTrue(Integer.parseInt(r[1]) >= 20, "the description has its evidence too: " + run);
        }
        assertEquals(rows.get(0)[1], rows.get(1)[1], "the same graph in both formats: " + run);
    }

    @Test
    void comunica_queries_the_endpoint_and_one_dereferenced_document() {
        Clients.requireComunica();
        var run = Clients.run(90, Clients.JS_DIR, "node", "comunica_example.mjs", endpoint, base);
        assertEquals(0, run.code(), run.toString());
        List<String> sparql = run.out().lines().filter(l -> l.startsWith("sparql ")).toList();
        assertEquals(5, sparql.size(), run.toString());
        sparql.forEach(l -> assertTrue(l.matches("sparql https://w3id\\.org/dgkg/id/instrument/\\S+ \\S.*"), l));
        List<String> document = run.out().lines().filter(l -> l.startsWith("document ")).sorted().toList();
        assertEquals(List.of("document European Union en", "document 欧盟 zh"), document, run.toString());
    }
}

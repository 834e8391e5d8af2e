package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.store.Tdb2Store;

/**
 * The SPARQL request path against a real server on a free port: DESCRIBE (answered by
 * {@link UnionDescribe}) and responses larger than the output buffer ({@link ResponseBuffers}).
 */
class SparqlPathTest {
    static final String EX = "https://example.org/";
    // One resource described in two named graphs, each time with a blank node; a third graph
    // holds an unrelated triple; the default graph one more triple about the resource.
    static final String TRIG = """
            @prefix ex: <https://example.org/> .
            ex:r ex:label "in the default graph" .
            GRAPH ex:g1 { ex:r ex:p ex:a ; ex:evidence [ ex:start 1 ; ex:end 5 ] . }
            GRAPH ex:g2 { ex:r ex:p ex:b ; ex:evidence [ ex:start 7 ; ex:end 9 ] . ex:r ex:p ex:a . }
            GRAPH ex:g3 { ex:other ex:p ex:r . }
            """;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    DgkgServer server;
    String endpoint;

    @BeforeEach
    void start() {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> RDFParser.fromString(TRIG, Lang.TRIG).parse(tdb));
        server = DgkgServer.create().dataset(DatasetFactory.wrap(tdb)).port(0).loopback(true).build().start();
        endpoint = server.sparqlURL();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    HttpResponse<String> post(String form, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    Graph describe(String form) throws Exception {
        HttpResponse<String> r = post(form, "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        return g;
    }

    static String q(String query) {
        return "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static Node ex(String local) {
        return NodeFactory.createURI(EX + local);
    }

    @Test
    void aQuerySentAgainIsAnsweredAsTheFirstTime() throws Exception {
        // the second and third requests use a copy of the query parsed for the first (BoundedQueryService.parse)
        String select = q("""
                PREFIX ex: <https://example.org/>
                SELECT * WHERE {
                  VALUES ?want { ex:a ex:b }
                  { SELECT ?o (COUNT(*) AS ?n) WHERE { GRAPH ?g { ex:r ex:p ?o } } GROUP BY ?o }
                  FILTER(?o = ?want)
                  OPTIONAL { ex:r ex:label ?label }
                } ORDER BY DESC(?n) ?o""");
        String first = post(select, "application/sparql-results+json").body();
        assertTrue(first.contains("\"want\"") && first.contains("\"n\"") && first.contains("\"label\""), first);
        assertTrue(first.contains(EX + "a") && first.contains(EX + "b"), first);
        for (int i = 0; i < 2; i++)
            assertEquals(first, post(select, "application/sparql-results+json").body());
        Graph described = describe(q("DESCRIBE <" + EX + "r>"));
        assertEquals(described.size(), describe(q("DESCRIBE <" + EX + "r>")).size());
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> bad = post(q("SELECT * WHERE { ?s ?p }"), "application/sparql-results+json");
            assertEquals(400, bad.statusCode(), bad.body());
            assertTrue(bad.body().contains("Encountered"), bad.body());
        }
    }

    @Test
    void describe_takes_the_resource_from_every_graph_with_its_blank_nodes() throws Exception {
        Graph g = describe(q("DESCRIBE <" + EX + "r>"));
        // ex:p twice (ex:a is in two graphs, counted once), two evidence nodes with two triples each, the default graph's label
        assertEquals(2 + 2 + 4 + 1, g.size(), g.toString());
        assertTrue(g.contains(ex("r"), ex("p"), ex("a")));
        assertTrue(g.contains(ex("r"), ex("p"), ex("b")));
        assertEquals(2, g.find(Node.ANY, ex("start"), Node.ANY).toList().size(), "the blank-node closure of both graphs");
        assertTrue(g.find(ex("other"), Node.ANY, Node.ANY).toList().isEmpty(), "a triple pointing at the resource is not its description");
    }

    @Test
    void describe_on_a_served_generation_gives_the_same_triples() throws Exception {
        // a generation of a store, served live (UnionDescribe reads its named graphs as quads), with
        // and without a triple in its stored default graph
        for (boolean withDefault : new boolean[] {true, false}) {
            String trig = withDefault ? TRIG : TRIG.replace("ex:r ex:label \"in the default graph\" .", "");
            Path dir = Files.createTempDirectory("dgkg-describe");
            org.apache.jena.query.Dataset data = DatasetFactory.create();
            RDFParser.fromString(trig, Lang.TRIG).parse(data);
            Tdb2Store.at(dir).replaceWith(data, "describe");
            try (LiveDataset live = LiveDataset.follow(Tdb2Store.at(dir), Duration.ofSeconds(60))) {
                DgkgServer served = DgkgServer.create().dataset(DatasetFactory.wrap(live.graph())).port(0).loopback(true).build().start();
                try {
                    endpoint = served.sparqlURL();
                    int expected = withDefault ? 2 + 2 + 4 + 1 : 2 + 2 + 4;
                    for (int i = 0; i < 2; i++) { // the second time the stored default graph's emptiness is known
                        Graph g = describe(q("DESCRIBE <" + EX + "r>"));
                        assertEquals(expected, g.size(), g.toString());
                        assertEquals(2, g.find(Node.ANY, ex("start"), Node.ANY).toList().size(), "the blank-node closure of both graphs");
                        assertTrue(g.contains(ex("r"), ex("p"), ex("a")) && g.contains(ex("r"), ex("p"), ex("b")));
                    }
                } finally {
                    served.stop();
                }
            }
        }
    }

    @Test
    void a_query_sent_again_is_optimised_once() throws Exception {
        // the second and later runs take the optimised algebra of the first (OptimizerCache); a
        // REGEX in it still answers, and another constant is optimised on its own
        String select = q("SELECT ?o (COUNT(*) AS ?n) WHERE { GRAPH ?g { <" + EX + "r> ?p ?o } FILTER(REGEX(STR(?o), \"[ab]$\")) } GROUP BY ?o ORDER BY ?o");
        String first = post(select, "application/sparql-results+json").body();
        assertTrue(first.contains(EX + "a") && first.contains(EX + "b"), first);
        long hits = OptimizerCache.SERVER.hits();
        for (int i = 0; i < 3; i++)
            assertEquals(first, post(select, "application/sparql-results+json").body());
        assertTrue(OptimizerCache.SERVER.hits() >= hits + 3, "optimised once, then taken from the cache");
        String onlyA = post(q("SELECT ?o (COUNT(*) AS ?n) WHERE { GRAPH ?g { <" + EX + "r> ?p ?o } FILTER(REGEX(STR(?o), \"[a]$\")) } GROUP BY ?o ORDER BY ?o"),
                "application/sparql-results+json").body();
        assertTrue(onlyA.contains(EX + "a") && !onlyA.contains(EX + "b"), onlyA);
    }

    @Test
    void a_cheap_query_sent_again_answers_the_same_and_is_evaluated_afresh() throws Exception {
        // the first run is on a query thread; once its CPU time is known to be small, the same
        // text runs on the request's own thread (BoundedQueryService.knownCheap)
        String select = q("SELECT ?o (COUNT(*) AS ?n) WHERE { GRAPH ?g { <" + EX + "r> ?p ?o } } GROUP BY ?o ORDER BY ?o");
        String first = post(select, "application/sparql-results+json").body();
        assertTrue(first.contains(EX + "a") && first.contains(EX + "b"), first);
        Set<String> threads = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            assertEquals(first, post(select, "application/sparql-results+json").body());
            threads.add(post(q("SELECT (STRUUID() AS ?u) WHERE { }"), "text/csv").body());
        }
        assertEquals(5, threads.size(), "each run evaluated afresh");
    }

    @Test
    void a_lookup_by_describe_answers_on_the_request_thread_like_any_other_describe() throws Exception {
        // DESCRIBE <iri> with no WHERE runs on the request thread even when its text is new, without
        // a query execution (BoundedQueryService.constantDescribe, ConstantDescribe); the other forms go the usual way
        Graph viaWhere = describe(q("DESCRIBE ?x WHERE { VALUES ?x { <" + EX + "r> } }"));
        assertEquals(2 + 2 + 4 + 1, viaWhere.size(), viaWhere.toString());
        for (int i = 0; i < 3; i++) { // each text new: a comment makes it differ
            Graph g = describe(q("DESCRIBE <" + EX + "r> # lookup " + i));
            assertTrue(g.isIsomorphicWith(viaWhere), g.toString());
        }
        Graph two = describe(q("PREFIX ex: <" + EX + ">\ndescribe ex:r ex:other"));
        assertEquals(2 + 2 + 4 + 1 + 1, two.size(), two.toString());
        HttpResponse<String> turtle = post(q("PREFIX zz: <" + EX + ">\nDESCRIBE zz:r"), "text/turtle");
        assertEquals(200, turtle.statusCode(), turtle.body());
        assertTrue(turtle.body().contains("PREFIX zz:") || turtle.body().contains("@prefix zz:"), "the query's prefixes on the result, as Jena's DESCRIBE: " + turtle.body());
        Graph none = describe(q("DESCRIBE <" + EX + "nothing-here>"));
        assertTrue(none.isEmpty(), none.toString());
        for (String bad : new String[] {"DESCRIBE <" + EX + "r", "DESCRIBE", "DESCRIBE <" + EX + "r> WHERE { ?s ?p }"}) {
            HttpResponse<String> r = post(q(bad), "application/n-triples");
            assertEquals(400, r.statusCode(), bad + " -> " + r.body());
            assertTrue(r.body().contains("Encountered") || r.body().contains("Lexical error"), r.body());
        }
    }

    @Test
    void describe_with_a_dataset_in_the_request_reads_only_that_dataset() throws Exception {
        Graph g = describe(q("DESCRIBE <" + EX + "r>") + "&default-graph-uri=" + URLEncoder.encode(EX + "g2", StandardCharsets.UTF_8));
        assertEquals(2 + 1 + 2, g.size(), g.toString());
        assertTrue(g.contains(ex("r"), ex("p"), ex("b")));
        assertTrue(g.find(Node.ANY, ex("start"), NodeFactory.createLiteralDT("7", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)).hasNext());
    }

    @Test
    void a_result_larger_than_the_output_buffer_arrives_whole() throws Exception {
        int rows = 20_000; // about 350 KB of CSV, several output buffers
        String many = "SELECT ?row WHERE { VALUES ?a { 0 1 2 3 4 5 6 7 8 9 } VALUES ?b { 0 1 2 3 4 5 6 7 8 9 } "
                + "VALUES ?c { 0 1 2 3 4 5 6 7 8 9 } VALUES ?d { 0 1 2 3 4 5 6 7 8 9 } VALUES ?e { 0 1 } "
                + "BIND(CONCAT(\"row number \", STR(?a + 10 * ?b + 100 * ?c + 1000 * ?d + 10000 * ?e)) AS ?row) }";
        HttpResponse<String> r = post(q(many), "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().length() > 4 * ResponseBuffers.BYTES, "the test needs a result several buffers long");
        assertEquals(rows + 1, r.body().lines().count(), "every row and the header");
        assertEquals(rows, r.body().lines().skip(1).map(String::strip).distinct().count());
    }

    @Test
    void json_results_read_back_as_the_same_terms() throws Exception {
        String query = "SELECT * WHERE { VALUES (?x ?y) { (1 \"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007\") "
                + "(<https://example.org/é> \"中文\"@zh-Hant) (UNDEF \"2024-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>) "
                + "(\"plain\" \"rtl\"@ar--rtl) } BIND(IF(BOUND(?x), BNODE(), ?unbound) AS ?b) }";
        HttpResponse<String> r = post(q(query), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        org.apache.jena.query.ResultSetRewindable got = org.apache.jena.query.ResultSetFactory.makeRewindable(
                org.apache.jena.riot.ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                        org.apache.jena.riot.resultset.ResultSetLang.RS_JSON));
        org.apache.jena.query.ResultSetRewindable expected = org.apache.jena.query.ResultSetFactory.makeRewindable(
                org.apache.jena.query.ResultSet.adapt(org.apache.jena.sparql.exec.QueryExec.graph(GraphFactory.createDefaultGraph()).query(query).select()));
        assertEquals(4, got.size());
        assertTrue(org.apache.jena.sparql.resultset.ResultSetCompare.equalsByTerm(expected, got), r.body());
        assertEquals("{ \"head\": {}, \"boolean\": true }", post(q("ASK {}"), "application/sparql-results+json").body().strip());
    }

    @Test
    void json_results_keep_every_character_across_the_buffer() throws Exception {
        // characters of one, two, three and four UTF-8 bytes (a surrogate pair), in a value long
        // enough to cross the 16 KB buffer of Utf8Buffer at every offset of a character
        String unit = "a\u00e9\u4e2d\ud83d\ude00";
        String text = unit.repeat(3000);
        HttpResponse<String> r = post(q("SELECT ?t WHERE { BIND(\"" + text + "\" AS ?t) }"), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        var rows = org.apache.jena.riot.ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
        assertEquals(text, rows.next().getLiteral("t").getLexicalForm());
    }
}

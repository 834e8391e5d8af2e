package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.testing.RealCorpus;

/** The real corpus, built and served on a free port, queried over HTTP. */
class ServeEndToEndTest {
    static final String PREFIXES = """
            PREFIX dgkg: <https://w3id.org/dgkg/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    static DgkgServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = DgkgServer.create().dataset(Tdb2Store.at(RealCorpus.database()).connect(0)).port(0).loopback(true).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static List<QuerySolution> select(String endpoint, String query) {
        try (QueryExecution qe = QueryExecution.service(server.datasetURL() + endpoint).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            return ResultSetFormatter.toList(rs);
        }
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bletchley_declaration_is_found_as_a_declaration() {
        List<QuerySolution> rows = select("/sparql", """
                SELECT ?e WHERE { ?e a dgkg:Declaration ; skos:prefLabel "布莱切利宣言"@zh }""");
        assertEquals(1, rows.size(), "one Declaration labelled 布莱切利宣言");
    }

    @Test
    void annotation_offsets_point_at_the_quoted_characters_of_the_original_file() throws Exception {
        List<QuerySolution> rows = select("/query", """
                SELECT ?start ?end ?exact ?file WHERE {
                  ?e skos:prefLabel "布莱切利宣言"@zh .
                  ?a oa:hasBody ?e ; oa:hasTarget ?t .
                  ?t oa:hasSource ?doc ; oa:hasSelector ?p , ?q .
                  ?p oa:start ?start ; oa:end ?end .
                  ?q oa:exact ?exact .
                  ?doc dcterms:source ?file .
                } ORDER BY ?file ?start""");
        assertFalse(rows.isEmpty(), "the declaration has annotations");
        for (QuerySolution r : rows) {
            String original = Files.readString(RealCorpus.CORPUS.resolve(r.getLiteral("file").getString()), StandardCharsets.UTF_8);
            int start = r.getLiteral("start").getInt();
            int end = r.getLiteral("end").getInt();
            int[] cps = original.codePoints().toArray();
            String slice = new String(cps, start, end - start);
            assertEquals(r.getLiteral("exact").getString(), slice, "oa:exact equals the file at [start,end)");
            String written = slice.replaceAll("\\s", "");
            assertTrue(written.equals("布莱切利宣言") || written.length() >= 2 && "布莱切利宣言".endsWith(written),
                    "the slice is the name (line breaks aside), or a short reference to it (宣言 alone): " + written);
        }
    }

    @Test
    void every_document_graph_has_instruments() {
        List<QuerySolution> rows = select("/sparql", """
                SELECT ?g (COUNT(DISTINCT ?e) AS ?n) WHERE {
                  GRAPH ?g { ?a oa:hasBody ?e }
                  ?e a/rdfs:subClassOf* dgkg:Instrument .
                } GROUP BY ?g""");
        Map<String, Integer> perGraph = new TreeMap<>();
        rows.forEach(r -> perGraph.put(r.getResource("g").getURI(), r.getLiteral("n").getInt()));
        assertEquals(5, perGraph.size(), "five document graphs: " + perGraph);
        perGraph.forEach((g, n) -> assertTrue(n > 0, g + " has no instruments"));
    }

    @Test
    void default_graph_is_the_union_of_the_named_graphs() {
        List<QuerySolution> rows = select("/sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?a a oa:Annotation }");
        assertTrue(rows.get(0).getLiteral("n").getInt() > 1000, "annotations from the document graphs, without GRAPH");
    }

    @Test
    void query_by_get_and_by_post_form() throws Exception {
        String q = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        var get = send(HttpRequest.newBuilder(URI.create(server.sparqlURL() + "?query=" + q))
                .header("Accept", "application/sparql-results+json").build());
        assertEquals(200, get.statusCode());
        assertTrue(get.body().contains("true"));
        var post = send(HttpRequest.newBuilder(URI.create(server.datasetURL() + "/query"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + q)).build());
        assertEquals(200, post.statusCode());
    }

    @Test
    void update_endpoint_returns_404() throws Exception {
        var r = send(HttpRequest.newBuilder(URI.create(server.datasetURL() + "/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build());
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("read-only"), r.body());
    }

    @Test
    void update_on_the_query_endpoint_is_405_with_a_reason() throws Exception {
        var r = send(HttpRequest.newBuilder(URI.create(server.sparqlURL()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode("CLEAR ALL", StandardCharsets.UTF_8))).build());
        assertEquals(405, r.statusCode());
        assertTrue(r.body().contains("./dgkg build"), r.body());
    }

    @Test
    void graph_store_put_returns_405_and_get_works() throws Exception {
        var put = send(HttpRequest.newBuilder(URI.create(server.datasetURL() + "/get?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertEquals(405, put.statusCode());
        var get = send(HttpRequest.newBuilder(URI.create(server.datasetURL() + "/get?graph="
                + URLEncoder.encode("https://w3id.org/dgkg/graph/meta", StandardCharsets.UTF_8)))
                .header("Accept", "text/turtle").build());
        assertEquals(200, get.statusCode());
        assertTrue(get.body().contains("SourceDocument"));
    }

    @Test
    void ping_and_cors() throws Exception {
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(server.serverURL() + "$/ping")).build()).statusCode());
        var r = send(HttpRequest.newBuilder(URI.create(server.sparqlURL() + "?query=ASK%7B%7D"))
                .header("Origin", "http://example.org").build());
        String allowed = r.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(allowed.equals("*") || allowed.equals("http://example.org"), "CORS header: " + allowed);
    }

    @Test
    void second_server_on_the_same_port_fails_clearly() {
        DgkgServer second = DgkgServer.create().dataset(Tdb2Store.at(RealCorpus.database()).connect(0))
                .port(server.getPort()).loopback(true).build();
        DgkgException e = assertThrows(DgkgException.class, second::start);
        assertTrue(e.getMessage().contains("already in use"), e.getMessage());
    }

    @Test
    void timeout_is_applied() {
        // A cross product of every annotation with itself takes longer than a 1 s timeout.
        DgkgServer slow = DgkgServer.create().dataset(Tdb2Store.at(RealCorpus.database()).connect(0))
                .port(0).loopback(true).queryTimeout(java.time.Duration.ofMillis(200)).build().start();
        try (QueryExecution qe = QueryExecution.service(slow.sparqlURL()).query(PREFIXES
                + "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?q ?r . ?c ?s ?t }").build()) {
            Exception e = assertThrows(Exception.class, () -> ResultSetFormatter.consume(qe.execSelect()));
            assertTrue(e.toString().contains("503") || e.toString().toLowerCase().contains("timeout"), e.toString());
        } finally {
            slow.stop();
        }
    }

    static Path project() {
        return Path.of("").toAbsolutePath();
    }
}

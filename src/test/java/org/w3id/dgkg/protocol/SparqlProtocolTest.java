package org.w3id.dgkg.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.dgkg.clients.RealSite;
import org.w3id.dgkg.serve.DgkgServer;

/**
 * SPARQL 1.1 Protocol conformance of the read-only endpoint, over real HTTP against the real
 * corpus. Test names follow the cases of the W3C SPARQL 1.1 Protocol test suite
 * (https://www.w3.org/2009/sparql/docs/tests/data-sparql11/protocol/manifest) where one exists;
 * the update cases are turned around: this endpoint must refuse every update with a 4xx.
 */
class SparqlProtocolTest {
    static final String PREFIXES = """
            PREFIX dgkg: <https://w3id.org/dgkg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    static final String META = "https://w3id.org/dgkg/graph/meta";
    static final String REFERENCE = "https://w3id.org/dgkg/graph/reference";
    static final String EU = "https://w3id.org/dgkg/id/actor/eu";
    static final String EU_LABEL = PREFIXES + "SELECT ?label WHERE { <" + EU + "> skos:prefLabel ?label } ORDER BY ?label";
    static final String COUNT_DOCUMENTS = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?s a dgkg:SourceDocument }";
    static final String NAMED_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
    static final String INSERT = "INSERT DATA { <urn:dgkg-test:s> <urn:dgkg-test:p> \"written\" }";
    static final String WAS_WRITTEN = "ASK { GRAPH ?g { <urn:dgkg-test:s> ?p ?o } } ";
    static final String RESULTS_JSON = "application/sparql-results+json";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static DgkgServer server;
    static String sparql;
    /** a graph of one document, from the server itself */
    static String docGraph;

    @BeforeAll
    static void start() throws Exception {
        server = RealSite.start();
        sparql = server.sparqlURL();
        docGraph = graphs(get(params("query", NAMED_GRAPHS), RESULTS_JSON)).stream()
                .filter(g -> g.startsWith("https://w3id.org/dgkg/graph/doc/")).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    // --- HTTP helpers

    static String params(String... keyValues) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keyValues.length; i += 2)
            parts.add(keyValues[i] + "=" + URLEncoder.encode(keyValues[i + 1], StandardCharsets.UTF_8));
        return String.join("&", parts);
    }

    static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> get(String query, String accept) throws Exception {
        return get(sparql, query, accept);
    }

    static HttpResponse<byte[]> get(String url, String query, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(query == null ? url : url + "?" + query)).GET();
        if (accept != null)
            b.header("Accept", accept);
        return send(b);
    }

    static HttpResponse<byte[]> post(String url, String contentType, byte[] body, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null)
            b.header("Content-Type", contentType);
        if (accept != null)
            b.header("Accept", accept);
        return send(b);
    }

    static HttpResponse<byte[]> postForm(String form, String accept) throws Exception {
        return post(sparql, "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8), accept);
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static String contentType(HttpResponse<byte[]> r) {
        return r.headers().firstValue("Content-Type").orElse("");
    }

    static String describe(HttpResponse<byte[]> r) {
        return r.request().method() + " " + r.request().uri() + " -> " + r.statusCode() + " " + contentType(r) + "\n" + text(r);
    }

    static void assertOk(HttpResponse<byte[]> r, String mediaType) {
        assertEquals(200, r.statusCode(), describe(r));
        assertTrue(contentType(r).startsWith(mediaType), "Content-Type " + mediaType + " expected: " + describe(r));
    }

    /** A client error: 4xx, neither success nor a server failure. */
    static void assertClientError(HttpResponse<byte[]> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "4xx expected: " + describe(r));
    }

    static List<QuerySolution> rows(HttpResponse<byte[]> r, Lang lang) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body()), lang);
        return ResultSetFormatter.toList(rs);
    }

    static List<String> labels(HttpResponse<byte[]> r, Lang lang) {
        return rows(r, lang).stream().map(s -> s.getLiteral("label").getLexicalForm()).toList();
    }

    static int count(HttpResponse<byte[]> r) {
        assertOk(r, RESULTS_JSON);
        List<QuerySolution> rows = rows(r, ResultSetLang.RS_JSON);
        assertEquals(1, rows.size(), describe(r));
        return rows.get(0).getLiteral("n").getInt();
    }

    static Set<String> graphs(HttpResponse<byte[]> r) {
        assertOk(r, RESULTS_JSON);
        Set<String> graphs = new TreeSet<>();
        rows(r, ResultSetLang.RS_JSON).forEach(s -> graphs.add(s.getResource("g").getURI()));
        return graphs;
    }

    static Graph parse(HttpResponse<byte[]> r, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new ByteArrayInputStream(r.body())).lang(lang).parse(g);
        return g;
    }

    static void assertNothingWritten() throws Exception {
        HttpResponse<byte[]> r = get(params("query", WAS_WRITTEN), RESULTS_JSON);
        assertOk(r, RESULTS_JSON);
        assertFalse(ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body()), ResultSetLang.RS_JSON), "the update was applied");
    }

    // --- queries: the three ways to send one

    @Test
    void query_get() throws Exception {
        HttpResponse<byte[]> r = get(params("query", EU_LABEL), RESULTS_JSON);
        assertOk(r, RESULTS_JSON);
        assertTrue(labels(r, ResultSetLang.RS_JSON).contains("欧盟"), describe(r));
    }

    @Test
    void query_post_form() throws Exception {
        HttpResponse<byte[]> r = postForm(params("query", EU_LABEL), RESULTS_JSON);
        assertOk(r, RESULTS_JSON);
        assertTrue(labels(r, ResultSetLang.RS_JSON).contains("欧盟"), describe(r));
    }

    @Test
    void query_post_direct() throws Exception {
        HttpResponse<byte[]> r = post(sparql, "application/sparql-query", EU_LABEL.getBytes(StandardCharsets.UTF_8), RESULTS_JSON);
        assertOk(r, RESULTS_JSON);
        assertTrue(labels(r, ResultSetLang.RS_JSON).contains("欧盟"), describe(r));
    }

    @Test
    void query_get_on_the_query_endpoint_too() throws Exception {
        HttpResponse<byte[]> r = get(server.datasetURL() + "/query", params("query", EU_LABEL), RESULTS_JSON);
        assertOk(r, RESULTS_JSON);
        assertTrue(labels(r, ResultSetLang.RS_JSON).contains("欧盟"), describe(r));
    }

    // --- result formats by Accept

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/tab-separated-values"})
    void query_content_type_select(String mediaType) throws Exception {
        HttpResponse<byte[]> r = get(params("query", EU_LABEL), mediaType);
        assertOk(r, mediaType);
        Lang lang = switch (mediaType) {
            case "application/sparql-results+json" -> ResultSetLang.RS_JSON;
            case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
            default -> ResultSetLang.RS_TSV;
        };
        List<QuerySolution> rows = rows(r, lang);
        assertTrue(rows.stream().anyMatch(s -> "欧盟".equals(s.getLiteral("label").getLexicalForm())
                && "zh".equals(s.getLiteral("label").getLanguage())), describe(r));
    }

    @Test
    void query_content_type_select_csv() throws Exception {
        HttpResponse<byte[]> r = get(params("query", EU_LABEL), "text/csv");
        assertOk(r, "text/csv");
        // CSV has no datatypes or languages: a header row of variable names, then lexical forms (RFC 4180 line ends)
        List<String> lines = text(r).lines().toList();
        assertEquals("label", lines.get(0), describe(r));
        assertTrue(lines.contains("欧盟") && lines.contains("European Union"), describe(r));
        assertTrue(text(r).contains("\r\n"), "CSV lines end with CRLF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml"})
    void query_content_type_ask(String mediaType) throws Exception {
        String ask = PREFIXES + "ASK { <" + EU + "> skos:prefLabel \"欧盟\"@zh }";
        HttpResponse<byte[]> r = get(params("query", ask), mediaType);
        assertOk(r, mediaType);
        Lang lang = mediaType.endsWith("json") ? ResultSetLang.RS_JSON : ResultSetLang.RS_XML;
        assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body()), lang), describe(r));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json"})
    void query_content_type_construct(String mediaType) throws Exception {
        String construct = PREFIXES + "CONSTRUCT { ?s skos:prefLabel ?label } WHERE { BIND(<" + EU + "> AS ?s) ?s skos:prefLabel ?label }";
        HttpResponse<byte[]> r = postForm(params("query", construct), mediaType);
        assertOk(r, mediaType);
        Graph g = parse(r, mediaType.equals("text/turtle") ? Lang.TURTLE : Lang.JSONLD);
        assertTrue(g.contains(NodeFactory.createURI(EU), SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("欧盟", "zh")), describe(r));
        assertEquals(2, g.size(), "the two names, nothing else: " + describe(r));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json"})
    void query_content_type_describe(String mediaType) throws Exception {
        HttpResponse<byte[]> r = get(params("query", "DESCRIBE <" + EU + ">"), mediaType);
        assertOk(r, mediaType);
        Graph g = parse(r, mediaType.equals("text/turtle") ? Lang.TURTLE : Lang.JSONLD);
        assertTrue(g.contains(NodeFactory.createURI(EU), SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("欧盟", "zh")), describe(r));
    }

    // --- the RDF dataset: default-graph-uri and named-graph-uri

    @Test
    void query_dataset_default_graph() throws Exception {
        assertEquals(5, count(get(params("query", COUNT_DOCUMENTS), RESULTS_JSON)), "without a dataset: the union of the named graphs");
        assertEquals(5, count(get(params("query", COUNT_DOCUMENTS, "default-graph-uri", META), RESULTS_JSON)), "the meta graph");
        assertEquals(0, count(get(params("query", COUNT_DOCUMENTS, "default-graph-uri", docGraph), RESULTS_JSON)), docGraph);
    }

    @Test
    void query_dataset_default_graphs_get() throws Exception {
        String euAndDocuments = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { { ?s a dgkg:SourceDocument } UNION { <" + EU
                + "> skos:prefLabel \"欧盟\"@zh } }";
        assertEquals(5, count(get(params("query", euAndDocuments, "default-graph-uri", META), RESULTS_JSON)));
        assertEquals(6, count(get(params("query", euAndDocuments, "default-graph-uri", META, "default-graph-uri", REFERENCE),
                RESULTS_JSON)), "the default graph is the merge of both");
    }

    @Test
    void query_dataset_default_graphs_post() throws Exception {
        assertEquals(5, count(postForm(params("query", COUNT_DOCUMENTS, "default-graph-uri", REFERENCE, "default-graph-uri", META),
                RESULTS_JSON)));
        assertEquals(0, count(postForm(params("query", COUNT_DOCUMENTS, "default-graph-uri", REFERENCE), RESULTS_JSON)));
    }

    @Test
    void query_dataset_named_graphs_get() throws Exception {
        assertTrue(graphs(get(params("query", NAMED_GRAPHS), RESULTS_JSON)).size() >= 8, "ontology, reference, meta, five documents");
        assertEquals(Set.of(META, REFERENCE), graphs(get(params("query", NAMED_GRAPHS, "named-graph-uri", META,
                "named-graph-uri", REFERENCE), RESULTS_JSON)));
    }

    @Test
    void query_dataset_named_graphs_post() throws Exception {
        assertEquals(Set.of(docGraph), graphs(postForm(params("query", NAMED_GRAPHS, "named-graph-uri", docGraph), RESULTS_JSON)));
    }

    @Test
    void query_dataset_full() throws Exception {
        String query = PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?d a dgkg:SourceDocument . GRAPH ?g { <" + EU + "> skos:prefLabel \"欧盟\"@zh } }";
        assertEquals(5, count(get(params("query", query, "default-graph-uri", META, "named-graph-uri", REFERENCE), RESULTS_JSON)),
                "documents from the default graph (meta) × the named graph holding the EU's name (reference)");
        assertEquals(0, count(get(params("query", query, "default-graph-uri", META, "named-graph-uri", META), RESULTS_JSON)));
    }

    @Test
    void query_multiple_dataset() throws Exception {
        // the protocol's dataset overrides the query's FROM
        String from = PREFIXES + "SELECT (COUNT(*) AS ?n) FROM <" + docGraph + "> WHERE { ?s a dgkg:SourceDocument }";
        assertEquals(0, count(get(params("query", from), RESULTS_JSON)), "FROM alone");
        assertEquals(5, count(get(params("query", from, "default-graph-uri", META), RESULTS_JSON)), "default-graph-uri wins");
    }

    // --- bad requests

    @Test
    void bad_query_syntax() throws Exception {
        for (String bad : List.of("SELECT * WHERE { ?s ?p }", "SELECT * WHERE { ?s ?p \"unterminated }")) {
            HttpResponse<byte[]> r = get(params("query", bad), RESULTS_JSON);
            assertEquals(400, r.statusCode(), describe(r));
            assertTrue(text(r).contains("Encountered") || text(r).contains("Lexical error"), "the parser's message: " + describe(r));
            assertTrue(text(r).contains("line 1, column"), "where: " + describe(r));
        }
    }

    @Test
    void bad_multiple_queries() throws Exception {
        HttpResponse<byte[]> r = get(params("query", "ASK {}", "query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1"), RESULTS_JSON);
        assertEquals(400, r.statusCode(), describe(r));
        HttpResponse<byte[]> p = postForm(params("query", "ASK {}", "query", "ASK {}"), RESULTS_JSON);
        assertEquals(400, p.statusCode(), describe(p));
    }

    @Test
    void bad_query_method() throws Exception {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(sparql + "?" + params("query", "ASK {}")))
                .PUT(HttpRequest.BodyPublishers.ofString("ASK {}")).header("Content-Type", "application/sparql-query"));
        assertClientError(r);
    }

    @Test
    void bad_query_wrong_media_type() throws Exception {
        assertClientError(post(sparql, "text/plain", "ASK {}".getBytes(StandardCharsets.UTF_8), RESULTS_JSON));
    }

    @Test
    void bad_query_missing_form_type() throws Exception {
        assertClientError(post(sparql, null, params("query", "ASK {}").getBytes(StandardCharsets.UTF_8), RESULTS_JSON));
    }

    @Test
    void bad_query_missing_direct_type() throws Exception {
        assertClientError(post(sparql, null, "ASK {}".getBytes(StandardCharsets.UTF_8), RESULTS_JSON));
    }

    @Test
    void bad_query_non_utf8() throws Exception {
        assertClientError(post(sparql, "application/sparql-query; charset=UTF-16", "ASK {}".getBytes(StandardCharsets.UTF_16),
                RESULTS_JSON));
    }

    // --- updates: this endpoint is read-only

    @Test
    void bad_update_get() throws Exception {
        assertClientError(get(params("update", INSERT), RESULTS_JSON));
        assertNothingWritten();
    }

    @Test
    void update_post_form_is_refused() throws Exception {
        assertClientError(postForm(params("update", INSERT), null));
        assertClientError(post(server.datasetURL() + "/update", "application/x-www-form-urlencoded",
                params("update", INSERT).getBytes(StandardCharsets.UTF_8), null));
        assertNothingWritten();
    }

    @Test
    void update_post_direct_is_refused() throws Exception {
        for (String url : List.of(sparql, server.datasetURL() + "/update", server.datasetURL()))
            assertClientError(post(url, "application/sparql-update", INSERT.getBytes(StandardCharsets.UTF_8), null));
        assertNothingWritten();
    }

    // --- service description

    @Test
    void get_without_a_query_returns_the_service_description() throws Exception {
        HttpResponse<byte[]> r = get(null, "text/turtle");
        assertTrue(r.statusCode() < 500, describe(r));
        assertOk(r, "text/turtle");
        Graph g = parse(r, Lang.TURTLE);
        Node service = NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#Service");
        assertTrue(g.contains(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), service), describe(r));
    }
}

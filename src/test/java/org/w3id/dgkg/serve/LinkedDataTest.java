package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Linked data, pages, search and dataset descriptions over real HTTP against the fixture. */
class LinkedDataTest {
    @TempDir
    static Path tmp;
    static DgkgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Node EU = NodeFactory.createURI("https://w3id.org/dgkg/id/actor/eu");

    @BeforeAll
    static void start() throws IOException {
        server = TestSite.start(tmp);
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
        if (headers.length > 0)
            b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static Graph parse(HttpResponse<byte[]> r, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new ByteArrayInputStream(r.body())).lang(lang).base("http://example/").parse(g);
        return g;
    }

    static void assertDescribesEu(Graph g) {
        assertTrue(g.contains(EU, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("欧盟", "zh")), "label");
        assertTrue(g.contains(EU, RDF.type.asNode(), NodeFactory.createURI("https://w3id.org/dgkg/ontology#RegionalOrganization")), "type");
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML", "application/n-triples, NTRIPLES"})
    void each_rdf_media_type_parses_with_label_and_type(String mediaType, String langName) throws Exception {
        HttpResponse<byte[]> r = get("/id/actor/eu", "Accept", mediaType);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        Lang lang = switch (langName) { case "TURTLE" -> Lang.TURTLE; case "JSONLD" -> Lang.JSONLD; case "RDFXML" -> Lang.RDFXML; default -> Lang.NTRIPLES; };
        Graph g = parse(r, lang);
        assertDescribesEu(g);
        // evidence statements about it come along
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/dgkg/id/statement/fixture-doc-1"), Node.ANY, Node.ANY), "statement");
        assertTrue(text(r).contains("欧盟于2016年发布"), "evidence sentence");
    }

    @ParameterizedTest
    @CsvSource({"ttl, TURTLE, text/turtle", "jsonld, JSONLD, application/ld+json", "rdf, RDFXML, application/rdf+xml", "nt, NTRIPLES, application/n-triples"})
    void format_parameter_overrides_accept(String key, String langName, String mediaType) throws Exception {
        HttpResponse<byte[]> r = get("/id/actor/eu?format=" + key, "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        Lang lang = switch (langName) { case "TURTLE" -> Lang.TURTLE; case "JSONLD" -> Lang.JSONLD; case "RDFXML" -> Lang.RDFXML; default -> Lang.NTRIPLES; };
        assertDescribesEu(parse(r, lang));
    }

    @Test
    void jsonld_has_readable_keys_in_an_inline_context() throws Exception {
        String json = text(get("/id/actor/eu", "Accept", "application/ld+json"));
        assertTrue(json.contains("\"@context\""));
        assertTrue(json.contains("\"prefLabel\""), json);
        assertTrue(json.contains("\"issuedBy\""), json);
    }

    @Test
    void browsers_get_html_with_vary_link_and_etag() throws Exception {
        HttpResponse<byte[]> r = get("/id/actor/eu", "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
        String link = r.headers().firstValue("Link").orElse("");
        assertTrue(link.contains("rel=\"alternate\"; type=\"text/turtle\""), link);
        assertNotNull(r.headers().firstValue("ETag").orElse(null));
        assertNotNull(r.headers().firstValue("Last-Modified").orElse(null));
        String html = text(r);
        assertTrue(html.contains("欧盟") && html.contains("European Union") && html.contains("欧洲联盟"));
    }

    @Test
    void matching_if_none_match_gives_304_and_other_formats_have_other_etags() throws Exception {
        String etag = get("/id/actor/eu", "Accept", "text/turtle").headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = get("/id/actor/eu", "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        String htmlTag = get("/id/actor/eu", "Accept", "text/html").headers().firstValue("ETag").orElseThrow();
        assertFalse(htmlTag.equals(etag));
        assertEquals(200, get("/id/actor/eu", "Accept", "text/html", "If-None-Match", etag).statusCode());
    }

    @Test
    void unknown_slug_is_404_with_a_helpful_page() throws Exception {
        HttpResponse<byte[]> r = get("/id/actor/no-such-thing", "Accept", "text/turtle");
        assertEquals(404, r.statusCode());
        assertTrue(text(r).contains("/search"));
        assertEquals(404, get("/id/nokind/x").statusCode());
    }

    @Test
    void an_iri_of_another_kind_that_the_graph_holds_is_described() throws Exception {
        HttpResponse<byte[]> page = get("/id/generation/1", "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(text(page).contains("generationNumber"), "its triples as a table");
        Graph g = parse(get("/id/generation/1", "Accept", "text/turtle"), Lang.TURTLE);
        assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/dgkg/id/generation/1"), RDF.type.asNode(),
                NodeFactory.createURI("http://www.w3.org/ns/prov#Entity")));
        HttpResponse<byte[]> none = get("/id/generation/2", "Accept", "text/html");
        assertEquals(404, none.statusCode());
        assertTrue(text(none).contains("/id/{kind}/{slug}"), "an unknown kind says what identifiers look like");
    }

    @Test
    void unacceptable_type_is_406() throws Exception {
        assertEquals(406, get("/id/actor/eu", "Accept", "image/png").statusCode());
    }

    @Test
    void entity_page_shows_evidence_with_mention_highlighted_and_deep_link() throws Exception {
        String html = text(get("/id/instrument/gdpr"));
        assertTrue(html.contains("<mark class=\"mention\">欧盟</mark>"), html);
        assertTrue(html.contains("/id/document/fixture-doc#char=0,30"));
        assertTrue(html.contains("class=\"confidence\" title=\"confidence 置信度\">0.9"), "confidence");
        assertTrue(html.contains("测试文献"), "document title");
        String issue = text(get("/id/issue/cross-border-data-flow"));
        assertTrue(issue.contains("/id/issue/data-governance"), "broader");
    }

    @Test
    void labels_with_markup_render_escaped() throws Exception {
        String html = text(get("/id/actor/xss"));
        assertFalse(html.contains("<script>window.pwned"), "raw script tag");
        assertTrue(html.contains("&lt;script&gt;window.pwned=1&lt;/script&gt;恶意"));
        String search = text(get("/search?q=" + URLEncoder.encode("<script>恶意", StandardCharsets.UTF_8)));
        assertFalse(search.contains("<script>恶意"));
    }

    @Test
    void document_page_links_every_mention() throws Exception {
        String html = text(get("/id/document/fixture-doc"));
        assertTrue(html.contains("data-start=\"35\" data-end=\"39\""), html);
        assertTrue(html.contains("href=\"/id/issue/digital-divide\""));
    }

    @Test
    void search_finds_entities_then_sentences() throws Exception {
        String html = text(get("/search?q=" + URLEncoder.encode("数据跨境流动", StandardCharsets.UTF_8)));
        int entities = html.indexOf("/id/issue/cross-border-data-flow");
        int sentences = html.indexOf("class=\"sentence-hit\"");
        assertTrue(entities > 0 && sentences > entities, html);
        assertTrue(html.contains("<mark class=\"mention\">数据跨境流动</mark>"));
    }

    @Test
    void text_query_works_on_the_sparql_endpoint() throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX dgkg: <https://w3id.org/dgkg/ontology#> "
                + "SELECT ?s WHERE { ?s text:query (dgkg:sentence \"数字鸿沟\") }";
        HttpResponse<byte[]> r = get("/dgkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "Accept", "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(text(r).contains("fixture-doc-35-39"), text(r));
    }

    @Test
    void void_service_description_and_dump() throws Exception {
        Graph v = parse(get("/.well-known/void"), Lang.TURTLE);
        assertTrue(v.contains(NodeFactory.createURI("https://w3id.org/dgkg/"), NodeFactory.createURI("http://rdfs.org/ns/void#sparqlEndpoint"), Node.ANY));
        Graph sd = parse(get("/dgkg/sparql", "Accept", "text/turtle"), Lang.TURTLE);
        assertTrue(sd.contains(Node.ANY, RDF.type.asNode(), NodeFactory.createURI("http://www.w3.org/ns/sparql-service-description#Service")));
        HttpResponse<byte[]> dump = get("/dumps/dgkg.trig.gz");
        assertEquals(200, dump.statusCode());
        org.apache.jena.sparql.core.DatasetGraph ds = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFParser.create().source(new GZIPInputStream(new ByteArrayInputStream(dump.body()))).lang(Lang.TRIG).parse(ds);
        assertTrue(ds.contains(Node.ANY, EU, Node.ANY, Node.ANY));
    }

    @Test
    void home_page_counts_and_documents() throws Exception {
        String html = text(get("/"));
        assertTrue(html.contains("测试文献"));
        assertTrue(html.contains("区域组织"));
        assertTrue(html.contains("/query?example="));
    }
}

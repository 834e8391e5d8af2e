package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 over real HTTP against the fixture: fact pages with their citation, positions over
 * time on actor pages, readable Turtle, the site's prefixes in the service description, grouped
 * search hits.
 */
class ResearcherPagesTest {
    @TempDir
    static Path tmp;
    static DgkgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String FACT = "https://w3id.org/dgkg/id/statement/fixture-doc-1";

    @BeforeAll
    static void start() throws IOException {
        server = TestSite.start(tmp);
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
        if (headers.length > 0)
            b.headers(headers);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void a_fact_has_a_page_with_its_evidence_and_how_to_cite_it() throws Exception {
        HttpResponse<String> r = get("/id/statement/fixture-doc-1");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("class=\"subject\" href=\"/id/instrument/gdpr\""), "subject linked");
        assertTrue(html.contains("href=\"/id/actor/eu\""), "object linked");
        assertTrue(html.contains("issued by"), "predicate named");
        assertTrue(html.contains("<mark class=\"mention\">欧盟</mark>"), "names marked in the evidence sentence");
        assertTrue(html.contains("href=\"/id/document/fixture-doc#char=0,30\""), "passage link");
        assertTrue(html.contains(">0.90<") || html.contains(">0.9<"), "confidence");
        assertTrue(html.contains("issuedBy-发布"), "rule");
        assertTrue(html.contains("@misc{dgkg-fixture-doc-1,"), "BibTeX");
        assertTrue(html.contains("url{" + FACT + "}"), "BibTeX names the IRI");
        assertTrue(html.contains("Evidence 证据: “欧盟于2016年发布《通用数据保护条例》，规范数据跨境流动。” (测试文献, characters 0–30)"), "plain-text citation");
        String turtle = html.substring(html.indexOf("id=\"cite-turtle\""));
        assertTrue(turtle.indexOf("\nstatement:fixture-doc-1") > 0 && turtle.indexOf("\nstatement:fixture-doc-1") < turtle.indexOf("\nannotation:"),
                "Turtle with the statement: prefix, the fact first");
        assertTrue(html.contains("&#34;@context&#34;") || html.contains("&quot;@context&quot;") || html.contains("\"@context\""), "JSON-LD");
    }

    @Test
    void a_fact_negotiates_turtle_and_json_ld_with_its_evidence() throws Exception {
        HttpResponse<String> ttl = get("/id/statement/fixture-doc-1", "Accept", "text/turtle");
        assertEquals(200, ttl.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ttl.body(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(NodeFactory.createURI(FACT), RDF.type.asNode(), RDF.Statement.asNode()));
        assertTrue(ttl.body().contains("dgkg:sentence"), "the evidence annotation in full: " + ttl.body());
        assertTrue(ttl.body().startsWith("PREFIX") || ttl.body().startsWith("@prefix"), ttl.body());
        assertTrue(ttl.body().indexOf("\nstatement:fixture-doc-1") < ttl.body().indexOf("\nannotation:fixture-doc-s0-30"), "the fact first: " + ttl.body());
        HttpResponse<String> jsonld = get("/id/statement/fixture-doc-1?format=jsonld");
        Graph j = GraphFactory.createDefaultGraph();
        RDFParser.fromString(jsonld.body(), Lang.JSONLD).parse(j);
        assertTrue(j.contains(NodeFactory.createURI(FACT), RDF.type.asNode(), RDF.Statement.asNode()));
    }

    @Test
    void entity_pages_link_each_fact_to_its_page() throws Exception {
        String html = get("/id/instrument/gdpr").body();
        assertTrue(html.contains("class=\"stmt\" href=\"/id/statement/fixture-doc-1\""), "fact link");
        assertTrue(html.contains("class=\"stmt\" href=\"/id/statement/fixture-doc-2\""), "fact link");
    }

    @Test
    void an_actor_page_shows_positions_over_time() throws Exception {
        String html = get("/id/actor/eu").body();
        int table = html.indexOf("<table class=\"positions\">");
        assertTrue(table > 0, "positions table");
        String positions = html.substring(table, html.indexOf("</table>", table));
        assertTrue(positions.contains("<td class=\"year\">2016</td>"), positions);
        assertTrue(positions.contains("data-relation=\"issuedBy\""), positions);
        assertTrue(positions.contains("href=\"/id/instrument/gdpr\""), positions);
        assertTrue(positions.contains("href=\"/id/document/fixture-doc#char=0,30\""), "evidence link");
        assertTrue(positions.contains("href=\"/id/statement/fixture-doc-1\""), "fact link");
    }

    @Test
    void turtle_is_written_as_a_maintainer_would() throws Exception {
        String ttl = get("/id/instrument/gdpr", "Accept", "text/turtle").body();
        List<String> prefixes = ttl.lines().filter(l -> l.startsWith("PREFIX") || l.startsWith("@prefix")).toList();
        assertTrue(prefixes.stream().anyMatch(l -> l.contains("instrument:")), ttl);
        assertTrue(prefixes.stream().anyMatch(l -> l.contains("actor:")), ttl);
        assertFalse(prefixes.stream().anyMatch(l -> l.contains("foaf:")), "only prefixes it uses: " + prefixes);
        assertFalse(ttl.lines().filter(l -> !l.startsWith("PREFIX")).anyMatch(l -> l.contains("<https://w3id.org/dgkg/")), "no full dgkg IRIs: " + ttl);
        int focus = ttl.indexOf("\ninstrument:gdpr ");
        assertTrue(focus > 0 && focus < ttl.indexOf("\nstatement:"), "the described thing first: " + ttl);
    }

    @Test
    void the_service_description_declares_the_site_prefixes() throws Exception {
        String sd = get("/service-description", "Accept", "text/turtle").body().replaceAll("\\s+", " ");
        assertTrue(sd.contains("sh:prefix \"actor\""), sd);
        assertTrue(sd.contains("\"https://w3id.org/dgkg/id/actor/\"^^xsd:anyURI"), sd);
        String prefixes = get("/api/prefixes").body();
        assertTrue(prefixes.contains("\"actor\":\"https://w3id.org/dgkg/id/actor/\""), prefixes);
        assertTrue(prefixes.contains("\"doc\":\"https://w3id.org/dgkg/id/document/\""), prefixes);
        assertFalse(prefixes.contains("\"id\":"), "no prefix whose names need a slash: " + prefixes);
    }

    @Test
    void pages_share_one_layout() throws Exception {
        for (String path : List.of("/", "/search?q=数字鸿沟", "/query", "/graph?iri=https://w3id.org/dgkg/id/actor/eu", "/id/actor/eu",
                "/id/document/fixture-doc", "/id/statement/fixture-doc-1", "/id/annotation/fixture-doc-0-2", "/id/actor/nobody", "/web/nothing.js")) {
            String html = get(path).body();
            assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<header class=\"top\">") && html.contains("<footer>"), path);
        }
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))).lang(lang).parse(g);
        return g;
    }
}

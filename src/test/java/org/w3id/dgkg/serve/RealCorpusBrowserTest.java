package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.dgkg.clients.RealSite;

/**
 * The researcher's pages on the real corpus, in headless Chromium: the graph view of an actor
 * and of a declaration stays readable (at most 40 names at first sight, hubs grouped), a fact
 * page, an actor's positions over time, a document page that opens on its text. Entities are
 * found by their names through SPARQL, as a user would. Screenshots in target/screenshots/real-*.png.
 */
class RealCorpusBrowserTest {
    @TempDir
    static Path tmp;
    static DgkgServer server;
    static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Chromium.require();
        server = RealSite.start();
        driver = Chromium.start(tmp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null)
            driver.quit();
        if (server != null)
            server.stop();
    }

    static String url(String path) {
        return RealSite.base(server) + path;
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The IRI of the entity with this Chinese name (preferred label), from the endpoint. */
    static String named(String name) {
        List<String> found = select("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nSELECT ?e WHERE { ?e skos:prefLabel \"" + name
                + "\"@zh } ORDER BY ?e LIMIT 1", "e");
        assertFalse(found.isEmpty(), "the real corpus has " + name);
        return found.get(0);
    }

    static List<String> select(String query, String var) {
        try (QueryExecution qe = QueryExecution.service(url("/dgkg/sparql")).query(query).build()) {
            ResultSet rs = qe.execSelect();
            List<String> out = new java.util.ArrayList<>();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(s.get(var).toString());
            }
            return out;
        }
    }

    static String local(String iri) {
        return iri.replace("https://w3id.org/dgkg/", "/");
    }

    /** Opens the graph view and checks what a person sees first. */
    void readableGraph(String iri, String shot) throws IOException {
        driver.get(url("/graph?iri=" + URLEncoder.encode(iri, StandardCharsets.UTF_8)));
        waiting().until(d -> Boolean.TRUE.equals(js("return window.dgkgGraphReady === true")));
        long labels = (Long) js("return window.dgkgGraph.nodes('.labelled, .group').filter(n => n.visible()).length");
        assertTrue(labels <= 40 + 10, "at most ~40 names at first sight: " + labels);
        @SuppressWarnings("unchecked")
        Map<String, Object> biggest = (Map<String, Object>) js(
                "var cy = window.dgkgGraph, f = cy.nodes('.focus'), count = {};"
                        + "f.connectedEdges().forEach(e => { var o = e.source().same(f) ? e.target() : e.source();"
                        + "  if (!o.hasClass('group')) { var k = e.data('property') + (e.source().same(f) ? ' out' : ' in'); count[k] = (count[k] || 0) + 1; } });"
                        + "var max = 0; Object.keys(count).forEach(k => max = Math.max(max, count[k]));"
                        + "return { max: max, nodes: cy.nodes().length, groups: cy.nodes('.group').length };");
        assertTrue(((Number) biggest.get("max")).intValue() <= 15, "no relation shows more than 15 neighbours ungrouped: " + biggest);
        assertTrue(((Number) biggest.get("nodes")).intValue() >= 3, "the neighbours are drawn: " + biggest);
        Chromium.shot(driver, shot);
    }

    @Test
    void graph_view_of_an_actor_is_readable_and_a_group_expands_on_demand() throws IOException {
        readableGraph(named("欧盟"), "real-graph-eu");
        String group = (String) js("var g = window.dgkgGraph.nodes('.group'); return g.length ? g[0].id() : null");
        assertTrue(group != null, "欧盟 has more neighbours than fit the first view: some are grouped");
        long before = (Long) js("return window.dgkgGraph.nodes().length");
        js("return window.dgkgExpand(arguments[0])", group);
        waiting().until(d -> (Long) js("return window.dgkgGraph.nodes().length") > before
                && Boolean.TRUE.equals(js("return window.dgkgGraph.getElementById(arguments[0]).empty()", group)));
    }

    @Test
    void graph_view_of_a_declaration_is_readable_and_expands_on_click() throws IOException {
        String iri = named("布莱切利宣言");
        readableGraph(iri, "real-graph-bletchley");
        long before = (Long) js("return window.dgkgGraph.nodes().length");
        String other = (String) js("var f = window.dgkgGraph.nodes('.focus'); var n = f.neighborhood('node').not('.group').sort((a, b) => b.degree() - a.degree());"
                + " return n.length ? n[0].id() : null");
        if (other != null) {
            js("return window.dgkgExpand(arguments[0])", other);
            waiting().until(d -> (Long) js("return window.dgkgGraph.nodes().length") > before
                    || Boolean.TRUE.equals(js("return window.dgkgGraph.getElementById(arguments[0]).hasClass('expanded')", other)));
        }
    }

    @Test
    void a_fact_page_on_the_real_corpus() throws IOException {
        String declaration = named("布莱切利宣言");
        List<String> facts = select("PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\nPREFIX dgkg: <https://w3id.org/dgkg/ontology#>\n"
                + "SELECT ?st WHERE { ?st rdf:subject <" + declaration + "> ; rdf:predicate dgkg:signatory ; dgkg:evidence ?ev } ORDER BY ?st LIMIT 1", "st");
        assertFalse(facts.isEmpty(), "布莱切利宣言 has signatories with evidence");
        driver.get(url(local(declaration)));
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("div.relation a.stmt")));
        Chromium.shot(driver, "real-entity-bletchley");
        driver.get(url(local(facts.get(0))));
        WebElement mark = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".evidence blockquote.sentence mark.mention")));
        assertFalse(mark.getText().isBlank());
        assertTrue(driver.findElement(By.id("cite-bibtex")).getText().startsWith("@misc{"));
        Chromium.shot(driver, "real-fact-bletchley-signatory");
    }

    @Test
    void positions_over_time_of_china() throws IOException {
        driver.get(url(local(named("中国"))));
        WebElement table = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.positions")));
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertTrue(rows.size() >= 3, "China takes positions in the corpus: " + rows.size());
        assertTrue(rows.stream().allMatch(r -> !r.findElement(By.cssSelector("td.sources")).findElements(By.tagName("a")).isEmpty()), "each with evidence");
        js("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -60)", table.findElement(By.xpath("./ancestor::section")));
        Chromium.shot(driver, "real-positions-china");
    }

    @Test
    void a_document_opens_on_its_text() throws IOException {
        List<String> docs = select("PREFIX dgkg: <https://w3id.org/dgkg/ontology#>\nPREFIX dgkgc: <https://w3id.org/dgkg/ontology#>\n"
                + "SELECT ?d (MAX(?n) AS ?c) WHERE { ?d a dgkg:SourceDocument ; dgkg:charCount ?n } GROUP BY ?d ORDER BY DESC(?c) LIMIT 1", "d");
        driver.get(url(local(docs.get(0))));
        WebElement text = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("doctext")));
        assertTrue(text.getLocation().getY() < 450, "the text starts on the first screen: " + text.getLocation());
        Chromium.shot(driver, "real-document");
    }
}

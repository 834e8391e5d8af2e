package org.w3id.dgkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.acquire.TestFiles;
import org.w3id.dgkg.store.ServerNote;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;

/**
 * The "done when", as a user does it: {@code ./dgkg serve} runs (its own process, the
 * CLI's entry class, a free port); a client keeps reading SPARQL, {@code /search}, an entity
 * page, the dump, the home page and {@code /changes}; meanwhile {@code ./dgkg add} takes a PDF
 * with Chinese text (written here with PDFBox) and {@code ./dgkg build} rebuilds. Without a
 * restart the server then shows the PDF's entities at {@code /id/…}, in {@code /search} and in
 * SPARQL; {@code ./dgkg diff} and the server's {@code /changes} show its facts; the client saw
 * no error.
 */
class AddWhileServingTest {
    static final String DOC = "dea-news";
    static final String SENTENCE = "2024年5月，新加坡和韩国签署《韩国—新加坡数字伙伴关系协定》。";
    static final String INSTRUMENT = "韩国—新加坡数字伙伴关系协定";
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void addAndBuildWhileServingShowsTheNewDocumentEverywhereWithoutAFailedRequest() throws Exception {
        Path root = RealCorpus.tempDir("dgkg-add-while-serving");
        Path corpus = BadInputTest.oneDocumentCorpus(root.resolve("corpus"));
        Path db = root.resolve("db");
        Cli.Result first = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals(0, first.code(), first.toString());

        server = CommandsWhileServingTest.serveInOwnProcess(root, corpus, db);
        String sparql = ServerNote.read(db).orElseThrow().sparql();
        String base = sparql.substring(0, sparql.indexOf("/dgkg/"));
        assertFalse(ask(sparql, "ASK { ?e <http://www.w3.org/2004/02/skos/core#prefLabel> \"" + INSTRUMENT + "\"@zh }"),
                "the PDF's instrument is not in the graph before");
        String knownPage = anEntityPage(sparql);

        // a client using everything the switch touches, counting what fails
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<String> paths = List.of("/dgkg/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
                "/search?q=" + enc("数字"), knownPage, "/dumps/dgkg.trig.gz", "/", "/changes",
                "/dgkg/sparql?query=" + enc("PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"治理\" } LIMIT 3"));
        Thread client = new Thread(() -> {
            for (int i = 0; running.get(); i++) {
                String p = paths.get(i % paths.size());
                try {
                    HttpResponse<byte[]> r = sendHonouringRetryAfter(http, HttpRequest.newBuilder(URI.create(base + p))
                            .header("Accept", p.startsWith("/dgkg/") ? "application/sparql-results+json" : "*/*").build());
                    requests.incrementAndGet();
                    if (r.statusCode() != 200)
                        failures.add(p + " -> " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                    else if (p.startsWith("/dgkg/"))
                        JSON.parse(new String(r.body(), StandardCharsets.UTF_8)); // a whole result, not a broken one
                } catch (IOException | RuntimeException e) {
                    failures.add(p + " -> " + e);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "client");
        client.start();
        int before;
        try {
            Path pdf = TestFiles.chinesePdf(root.resolve(DOC + ".pdf"), "数字伙伴关系协定签署", TestFiles.utc(2024, 5, 20),
                    List.of(SENTENCE, "双方主张推动可信数据自由流动，弥合数字鸿沟。"));
            Cli.Result add = Cli.run("add", pdf.toString(), "--corpus", corpus.toString(), "--publisher", "测试新闻社", "--kind", "news");
            assertEquals(0, add.code(), add.toString());
            Cli.Result second = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
            assertEquals(0, second.code(), second.toString());
            before = requests.get();
            // the server follows CURRENT by itself
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!ask(sparql, "ASK { GRAPH <https://w3id.org/dgkg/graph/doc/" + DOC + "> { ?s ?p ?o } }") && System.nanoTime() < deadline)
                Thread.sleep(100);
            while (requests.get() < before + 2 * paths.size() && System.nanoTime() < deadline)
                Thread.sleep(50); // the client goes on across the switch, through every kind of request
        } finally {
            running.set(false);
            client.join();
        }
        assertTrue(requests.get() >= before + 2 * paths.size(), "the client kept asking after the switch: " + requests.get() + " requests");
        assertEquals(List.of(), failures, "no request of the client failed (" + requests.get() + " requests)");

        // the PDF's instrument: its page, the search, SPARQL
        var rows = JSON.parse(get(sparql + "?query=" + enc("SELECT ?e WHERE { ?e <http://www.w3.org/2004/02/skos/core#prefLabel> \""
                + INSTRUMENT + "\"@zh }"), "application/sparql-results+json").body()).get("results").getAsObject().get("bindings").getAsArray();
        assertEquals(1, rows.size(), "SPARQL finds the instrument the PDF names: " + rows);
        String entity = rows.get(0).getAsObject().getObj("e").getString("value");
        String page = entity.replace("https://w3id.org/dgkg", "");
        HttpResponse<String> html = get(base + page, "text/html");
        assertEquals(200, html.statusCode(), page);
        assertTrue(html.body().contains(INSTRUMENT) && html.body().contains("/id/document/" + DOC),
                "the page names it and cites the added document as evidence");
        HttpResponse<String> search = get(base + "/search?q=" + enc("数字伙伴关系协定"), "text/html");
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains(page), "/search finds it");
        assertTrue(ask(sparql, "PREFIX dgkg: <https://w3id.org/dgkg/ontology#> ASK { <" + entity + "> dgkg:signatory ?s . "
                + "?s <http://www.w3.org/2004/02/skos/core#prefLabel> \"新加坡\"@zh }"), "SPARQL has the signatory fact read from the PDF");

        // the change: ./dgkg diff (the database is open in the server: it reads the meta graph safely) and /changes
        Cli.Result diff = Cli.run("diff", "--db", db.toString());
        assertEquals(0, diff.code(), diff.toString());
        assertTrue(diff.out().contains("+ " + DOC), diff.out());
        assertTrue(diff.out().contains(INSTRUMENT + " signatory 新加坡  [" + DOC + "]"), diff.out());
        HttpResponse<String> changes = get(base + "/changes", "text/html");
        assertEquals(200, changes.statusCode());
        assertTrue(changes.body().contains("Generation 1 → 2") && changes.body().contains(">" + INSTRUMENT + "</a>")
                && changes.body().contains(SENTENCE), "/changes lists the new facts with their sentence");
    }

    private String anEntityPage(String sparql) throws Exception {
        String q = "SELECT ?e WHERE { ?e a ?c FILTER(STRSTARTS(STR(?e), \"https://w3id.org/dgkg/id/actor/\")) } LIMIT 1";
        JsonObject o = JSON.parse(get(sparql + "?query=" + enc(q), "application/sparql-results+json").body());
        return o.get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject().getObj("e").getString("value")
                .replace("https://w3id.org/dgkg", "");
    }

    private boolean ask(String sparql, String query) throws Exception {
        HttpResponse<String> r = get(sparql + "?query=" + enc(query), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body()).get("boolean").getAsBoolean().value();
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Sends as a well-behaved client does: a 503 that carries {@code Retry-After} is the server's
     * admission control saying "busy" (a loaded machine, not the switch), so the request is repeated
     * after a short wait, at most three times. Every other status, and a 503 still there after the
     * retries, is returned as it is and counts as a failure.
     */
    private static HttpResponse<byte[]> sendHonouringRetryAfter(HttpClient http, HttpRequest request)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        for (int retry = 0; retry < 3 && r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent(); retry++) {
            Thread.sleep(500L * (retry + 1));
            r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        return r;
    }
}

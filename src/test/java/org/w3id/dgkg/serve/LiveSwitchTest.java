package org.w3id.dgkg.serve;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.serve.ontology.OntologyModule;
import org.w3id.dgkg.serve.ui.Site;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;

/**
 * A server follows the database while a client keeps asking: a build with one more real news
 * text makes that text's entities appear at /id/…, in /search and in SPARQL, without a restart
 * and without one failed request; the generation the server let go of is removed.
 */
class LiveSwitchTest {
    static final Path NEWS = Path.of("..", "shared", "gold", "news").toAbsolutePath().normalize();
    static final String FIRST = "b01-korea-joins-depa-news", SECOND = "a01-unga-ai-capacity-resolution-news",
            ADDED = "b02-china-cptpp-application-briefing";
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    DgkgServer server;
    LiveDataset live;

    @AfterEach
    void stop() {
        if (server != null)
            server.stop();
        if (live != null)
            live.close();
    }

    /** A corpus of real news texts with a manifest entry each (the metadata a user would give). */
    static void corpus(Path dir, String... ids) throws IOException {
        Files.createDirectories(dir);
        StringBuilder docs = new StringBuilder();
        for (String id : ids) {
            Files.copy(NEWS.resolve(id + ".txt"), dir.resolve(id + ".txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            String title = Files.readAllLines(NEWS.resolve(id + ".txt"), StandardCharsets.UTF_8).get(0).strip().replace("\"", "'");
            docs.append(docs.length() == 0 ? "" : ",\n").append("""
                    {"id": "%s", "file": "%s.txt", "title": {"zh": "%s", "en": "%s"}, "publisher": {"zh": "新闻", "en": "news"},
                     "issued": "2024", "kind": "news", "language": "zh"}""".formatted(id, id, title, id));
        }
        Files.writeString(dir.resolve("manifest.json"), "{\"description\": \"test corpus\", \"documents\": [\n" + docs + "\n]}\n");
    }

    @Test
    void aNewBuildIsServedWithoutRestartAndWithoutAFailedRequest() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(NEWS), "the news texts of ../shared/gold are not here");
        Path root = RealCorpus.tempDir("dgkg-live");
        Path corpus = root.resolve("corpus"), db = root.resolve("db");
        corpus(corpus, FIRST, SECOND);
        Cli.Result first = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals(0, first.code(), first.toString());
        String firstGeneration = Tdb2Store.at(db).current().orElseThrow().name();

        live = LiveDataset.follow(Tdb2Store.at(db), Duration.ofMillis(100));
        var dataset = DatasetFactory.wrap(live.graph());
        DgkgServer.Builder b = DgkgServer.create().dataset(dataset).module(new OntologyModule(dataset)).port(0).loopback(true);
        Site.modules(live.graph(), live::dump, null).forEach(b::module);
        server = b.build().start();
        String base = "http://localhost:" + server.getPort();

        Set<String> before = entities(base);
        String knownPage = before.stream().filter(e -> e.contains("/id/actor/")).findFirst().orElseThrow();

        // a client that keeps using every part the switch touches
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger requests = new AtomicInteger(), afterSwitch = new AtomicInteger();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread client = new Thread(() -> {
            List<String> paths = List.of("/dgkg/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
                    "/search?q=" + enc("数字"), knownPage.replace("https://w3id.org/dgkg", ""), "/dumps/dgkg.trig.gz", "/",
                    "/dgkg/sparql?query=" + enc("PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query \"协定\" } LIMIT 3"));
            for (int i = 0; running.get(); i++) {
                String p = paths.get(i % paths.size());
                try {
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + p)).build(), HttpResponse.BodyHandlers.ofByteArray());
                    requests.incrementAndGet();
                    if (live.switches() > 0)
                        afterSwitch.incrementAndGet();
                    if (r.statusCode() != 200)
                        failures.add(p + " -> " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
                } catch (IOException | InterruptedException e) {
                    failures.add(p + " -> " + e);
                }
            }
        });
        client.start();
        try {
            corpus(corpus, FIRST, SECOND, ADDED);
            Cli.Result second = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
            assertEquals(0, second.code(), second.toString());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (live.switches() == 0 && System.nanoTime() < deadline)
                Thread.sleep(50);
            while (afterSwitch.get() < 6 && System.nanoTime() < deadline + Duration.ofSeconds(60).toNanos())
                Thread.sleep(50); // the client goes on across the switch, through every kind of request
        } finally {
            running.set(false);
            client.join();
        }
        assertEquals(1, live.switches(), "the server switched to the new generation");
        assertTrue(requests.get() - afterSwitch.get() > 0 && afterSwitch.get() >= 6,
                "the client asked before and after the switch: " + requests.get() + " requests, " + afterSwitch.get() + " after");
        assertEquals(List.of(), failures, "no request failed across the switch");

        // an entity that only the added text mentions, unknown before
        JsonArray rows = select(base, """
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                SELECT DISTINCT ?e ?label WHERE {
                  GRAPH <https://w3id.org/dgkg/graph/doc/%s> { ?a oa:hasBody ?e }
                  ?e skos:prefLabel ?label FILTER(lang(?label) = "zh")
                }""".formatted(ADDED));
        String fresh = null, label = null;
        for (var row : rows) {
            String e = row.getAsObject().getObj("e").getString("value");
            if (!before.contains(e)) {
                fresh = e;
                label = row.getAsObject().getObj("label").getString("value");
                break;
            }
        }
        assertTrue(fresh != null, "the added text brings entities the graph did not have: " + rows);
        HttpResponse<String> page = get(base + fresh.replace("https://w3id.org/dgkg", ""));
        assertEquals(200, page.statusCode(), fresh);
        assertTrue(page.body().contains(label), "the entity page names it");
        HttpResponse<String> search = get(base + "/search?q=" + enc(label));
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains(fresh.replace("https://w3id.org/dgkg", "")), "search finds " + label);
        assertTrue(ask(base, "ASK { <" + fresh + "> ?p ?o }"), "SPARQL knows " + fresh);
        assertTrue(ask(base, "PREFIX text: <http://jena.apache.org/text#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "ASK { ?e text:query (skos:prefLabel \"" + label + "\") FILTER(?e = <" + fresh + ">) }"), "text:query uses the new index");

        // the old generation is let go of and removed; only the new one is left
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (Files.isDirectory(db.resolve(firstGeneration)) && System.nanoTime() < deadline)
            Thread.sleep(100);
        assertFalse(Files.isDirectory(db.resolve(firstGeneration)), "the generation nobody reads any more is removed");
        try (var list = Files.list(db)) {
            assertEquals(List.of(live.generation().name()), list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).toList());
        }
    }

    private Set<String> entities(String base) throws Exception {
        Set<String> out = new HashSet<>();
        for (var row : select(base, "SELECT DISTINCT ?e WHERE { ?e a ?c FILTER(STRSTARTS(STR(?e), \"https://w3id.org/dgkg/id/\")) }"))
            out.add(row.getAsObject().getObj("e").getString("value"));
        return out;
    }

    private JsonArray select(String base, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/dgkg/sparql?query=" + enc(query)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject json = JSON.parse(r.body());
        return json.getObj("results").get("bindings").getAsArray();
    }

    private boolean ask(String base, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/dgkg/sparql?query=" + enc(query)))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body()).get("boolean").getAsBoolean().value();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

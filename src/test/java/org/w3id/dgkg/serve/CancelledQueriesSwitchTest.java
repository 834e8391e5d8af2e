package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;

/**
 * Queries stopped by the timeout while the server switches generations: the generation they
 * read is still let go of and its folder removed once they ended (docs/reliability.md, "an old
 * generation left behind"). 16 clients send queries that each run past a short timeout, so
 * that at the switch many are being cancelled, some still planning, some streaming, some
 * queued.
 */
class CancelledQueriesSwitchTest {
    static final String FIRST = LiveSwitchTest.FIRST, SECOND = LiveSwitchTest.SECOND;
    static final int CLIENTS = 16;
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

    @Test
    void theOldGenerationIsCollectedWhenQueriesAreCancelledAroundTheSwitch() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(LiveSwitchTest.NEWS), "the news texts of ../shared/gold are not here");
        Path root = RealCorpus.tempDir("dgkg-cancelled");
        Path corpus = root.resolve("corpus"), db = root.resolve("db");
        LiveSwitchTest.corpus(corpus, FIRST);
        Cli.Result first = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals(0, first.code(), first.toString());
        String firstGeneration = Tdb2Store.at(db).current().orElseThrow().name();

        live = LiveDataset.follow(Tdb2Store.at(db), Duration.ofMillis(100));
        var dataset = DatasetFactory.wrap(live.graph());
        server = DgkgServer.create().dataset(dataset).port(0).loopback(true).queryTimeout(Duration.ofMillis(300)).build().start();
        String base = "http://localhost:" + server.getPort();

        // queries that run past the timeout in different ways: a join over every triple (stopped
        // while it counts), a regular expression over every literal, and one streaming rows
        List<String> heavy = List.of(
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                "SELECT ?o WHERE { ?s ?p ?o . ?s2 ?p2 ?o2 FILTER(REGEX(STR(?o), \"(a|b|c)*x$\")) }",
                "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }");
        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, Integer> outcomes = java.util.Collections.synchronizedMap(new TreeMap<>());
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int me = c;
            Thread t = new Thread(() -> {
                for (int i = me; running.get(); i++) {
                    String q = heavy.get(i % heavy.size());
                    String outcome;
                    try {
                        HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(URI.create(base + "/dgkg/sparql?query="
                                + LiveSwitchTest.enc(q))).header("Accept", "application/sparql-results+json").build(),
                                HttpResponse.BodyHandlers.ofInputStream());
                        outcome = Integer.toString(r.statusCode());
                        try (var body = r.body()) {
                            body.transferTo(java.io.OutputStream.nullOutputStream());
                        } catch (IOException e) {
                            outcome += " cut short";
                        }
                    } catch (IOException e) {
                        outcome = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        return;
                    }
                    outcomes.merge(outcome, 1, Integer::sum);
                }
            }, "client-" + c);
            t.start();
            clients.add(t);
        }
        try {
            Thread.sleep(1500); // every client has had queries stopped by the timeout
            LiveSwitchTest.corpus(corpus, FIRST, SECOND);
            Cli.Result second = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
            assertEquals(0, second.code(), second.toString());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (live.switches() == 0 && System.nanoTime() < deadline)
                Thread.sleep(50);
            Thread.sleep(1500); // queries go on being cancelled on both generations after the switch
        } finally {
            running.set(false);
            for (Thread t : clients)
                t.join();
        }
        assertEquals(1, live.switches(), "the server switched to the new generation");
        assertNotEquals(firstGeneration, live.generation().name());
        assertTrue(outcomes.keySet().stream().anyMatch(o -> o.startsWith("503")),
                "queries were stopped by the timeout: " + outcomes);

        // the old generation is let go of and removed (the server retries every 10 s)
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (Files.isDirectory(db.resolve(firstGeneration)) && System.nanoTime() < deadline)
            Thread.sleep(200);
        assertFalse(Files.isDirectory(db.resolve(firstGeneration)),
                "the generation that only cancelled queries read is removed once they ended (outcomes: " + outcomes + ")");
        try (var list = Files.list(db)) {
            assertEquals(List.of(live.generation().name()), list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).toList());
        }
    }
}

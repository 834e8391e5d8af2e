package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.serve.ui.Site;
import org.w3id.dgkg.store.TextIndexer;

/**
 * Bounded execution and client errors, each against a real server on a free port: the answer a
 * client gets is a status it can act on (400, 413, 414, 503 with Retry-After), never a 500 or a
 * 200 that is not the whole result.
 */
class ServerLimitsTest {
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    DgkgServer server;

    @AfterEach
    void stop() {
        if (server != null)
            server.stop();
    }

    String start(ServerLimits limits, Duration timeout) {
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> RDFDataMgr.read(tdb, TestSite.DIR.resolve("fixture.trig").toString()));
        DatasetGraph dsg = TextIndexer.inMemory(tdb);
        DgkgServer.Builder b = DgkgServer.create().dataset(DatasetFactory.wrap(dsg)).port(0).loopback(true).queryTimeout(timeout).limits(limits);
        Site.modules(dsg, (Path) null, null).forEach(b::module);
        server = b.build().start();
        return "http://localhost:" + server.getPort();
    }

    HttpResponse<String> post(String base, String query) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/dgkg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends raw bytes, returns the status line. */
    static String raw(int port, String request) throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return all.lines().findFirst().orElse("") + "\n" + all.substring(all.indexOf("\r\n\r\n") + 4);
        }
    }

    /** Sends a request's start without its whole body and reads what the server answers. */
    static String rawHead(int port, String start) throws IOException {
        try (Socket s = new Socket("localhost", port)) {
            s.setSoTimeout(30_000);
            s.getOutputStream().write(start.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            byte[] buf = new byte[4096];
            StringBuilder b = new StringBuilder();
            int n;
            while ((n = s.getInputStream().read(buf)) > 0) {
                b.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                if (b.indexOf("--max-query-size") >= 0)
                    break;
            }
            return b.toString();
        }
    }

    @Test
    void clientErrorsAreClientErrorsWithAMessage() throws Exception {
        String base = start(ServerLimits.DEFAULTS, Duration.ofSeconds(10));
        String unions = "SELECT * WHERE { " + IntStream.range(0, 6500).mapToObj(i -> "{?s ?p ?o}")
                .collect(Collectors.joining(" UNION ")) + " }";
        HttpResponse<String> deep = post(base, unions);
        assertEquals(400, deep.statusCode(), deep.body());
        assertTrue(deep.body().contains("nested too deeply"), deep.body());

        String bad = raw(server.getPort(), "GET /dgkg/sparql?query=SELECT%zz%20*%20WHERE HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(bad.startsWith("HTTP/1.1 400") && bad.contains("percent-encode"), bad);

        HttpResponse<String> longPath = http.send(HttpRequest.newBuilder(URI.create(base + "/id/actor/" + "x".repeat(3000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(414, longPath.statusCode(), longPath.body());
        assertTrue(longPath.body().contains("at most 1024"), longPath.body());

        // 10 MB announced: the server answers from the Content-Length, before reading (or parsing) the body
        String huge = rawHead(server.getPort(), "POST /dgkg/sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                + "Content-Length: " + (10 << 20) + "\r\n\r\nSELECT * WHERE { ?s ?p ?o } #xxxx");
        assertTrue(huge.startsWith("HTTP/1.1 413") && huge.contains("--max-query-size"), huge);

        // a chunked body (no Content-Length) is held to the same limit
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(base + "/dgkg/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ("SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(1 << 20)).getBytes(StandardCharsets.UTF_8)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());

        HttpResponse<String> ok = post(base, "SELECT * WHERE { ?s ?p ?o } LIMIT 1");
        assertEquals(200, ok.statusCode(), "the server is fine after all that");
    }

    @Test
    void aBacktrackingRegexStopsAtTheTimeout() throws Exception {
        String base = start(ServerLimits.DEFAULTS, Duration.ofSeconds(2));
        // java.util.regex cannot memoise a back-reference: exponential on 120 characters
        HttpResponse<String> r = post(base, "SELECT ?m WHERE { BIND(\"" + "a".repeat(120) + "!\" AS ?s) FILTER(REGEX(?s, \"^(a+)+\\\\1$\")) BIND(1 AS ?m) }");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("timed out"), r.body());
        HttpResponse<String> replace = post(base, "SELECT ?r WHERE { BIND(REPLACE(\"" + "a".repeat(120) + "!\", \"^(a+)+\\\\1$\", \"x\") AS ?r) }");
        assertEquals(503, replace.statusCode(), "REPLACE backtracks the same way and stops too: " + replace.body());
        assertTrue(replace.body().contains("timed out"), replace.body());
        HttpResponse<String> constant = post(base, "ASK { FILTER(REGEX(\"" + "a".repeat(120) + "!\", \"^(a+)+\\\\1$\")) }");
        assertEquals(503, constant.statusCode(), "a REGEX of constants is not folded while the plan is built, out of the timeout's reach: "
                + constant.body());
        HttpResponse<String> offset = post(base, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } OFFSET 100000000000 LIMIT 1");
        assertEquals(503, offset.statusCode(), "an OFFSET skipped while the plan is built stops too: " + offset.body());
        HttpResponse<String> fine = post(base, "SELECT ?m WHERE { BIND(\"aaab\" AS ?s) FILTER(REGEX(?s, \"^(a+)b$\")) BIND(1 AS ?m) }");
        assertEquals(200, fine.statusCode());
        assertTrue(fine.body().contains("\"m\""), "REGEX still matches as before: " + fine.body());
    }

    /**
     * ORDER BY gathers every row before the first is sent; Jena closes its sort bag when the query
     * is stopped, and the query thread, between two rows of filling it, then failed with
     * "SortedDataBag is closed": a 500 (1 of 26 timeouts of one competency query in the soak of
     * docs/reliability.md). A stopped query is a 503 whatever Jena failed with. The race falls in a
     * few per cent of stops, so the query is stopped twenty times.
     */
    @Test
    void aQueryStoppedWhileItsRowsAreSortedIsA503() throws Exception {
        String base = start(ServerLimits.DEFAULTS, Duration.ofMillis(300));
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> r = post(base, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i");
            assertEquals(503, r.statusCode(), "stop " + i + ": " + r.body());
            assertTrue(r.body().contains("timed out"), r.body());
        }
    }

    @Test
    void aResultCutShortAfterItStartedBreaksTheResponse() throws Exception {
        ServerLimits small = new ServerLimits(64, 64, Duration.ofSeconds(5), 4, Duration.ofSeconds(30), 10, 256 * 1024, 1024,
                Duration.ofSeconds(10), Duration.ofSeconds(30));
        String base = start(small, Duration.ofSeconds(1));
        String cartesian = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        try {
            HttpResponse<String> r = post(base, cartesian);
            // if the whole product fitted in the time, it must be whole; a cut-short one never arrives as a 200
            assertTrue(r.statusCode() == 503 || r.statusCode() == 200 && r.body().strip().endsWith("}") && !r.body().contains("Incomplete"),
                    r.statusCode() + " " + r.body().substring(Math.max(0, r.body().length() - 300)));
            assertEquals(503, r.statusCode(), "the product of the fixture does not fit in 1 s");
        } catch (IOException e) {
            // the connection was aborted before the last chunk: what a client must see
            assertTrue(e.getMessage() != null, e.toString());
        }
        assertEquals(200, post(base, "SELECT * WHERE { ?s ?p ?o } LIMIT 1").statusCode());
    }

    @Test
    void heavyQueriesGiveBackTheirSlotAndCheapOnesStillRun() throws Exception {
        // one long slot; a query still running after 300 ms needs it
        ServerLimits limits = new ServerLimits(8, 0, Duration.ofSeconds(1), 1, Duration.ofMillis(300), 100, 256 * 1024, 1024,
                Duration.ofSeconds(10), Duration.ofSeconds(30));
        String base = start(limits, Duration.ofSeconds(5));
        String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        List<CompletableFuture<HttpResponse<String>>> heavies = new ArrayList<>();
        for (int i = 0; i < 3; i++)
            heavies.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return post(base, heavy);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }));
        Thread.sleep(600); // the heavy ones are past 300 ms now
        HttpResponse<String> cheap = post(base, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3");
        assertEquals(200, cheap.statusCode(), "a cheap query runs while heavy ones do: " + cheap.body());
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        List<HttpResponse<String>> done = heavies.stream().map(CompletableFuture::join).toList();
        List<HttpResponse<String>> refused = done.stream().filter(r -> r.body().contains("queries running longer than")).toList();
        assertEquals(2, refused.size(), "two of three were stopped when they turned long: "
                + done.stream().map(r -> r.statusCode() + " " + r.body()).toList());
        for (HttpResponse<String> r : refused) {
            assertEquals(503, r.statusCode());
            assertEquals("10", r.headers().firstValue("Retry-After").orElse(null));
        }
        HttpResponse<String> third = done.stream().filter(r -> !refused.contains(r)).findFirst().orElseThrow();
        assertEquals(503, third.statusCode(), "the one with the long slot ran to the timeout");
        assertTrue(third.body().contains("timed out"), third.body());
    }

    @Test
    void aFullQueueIsA503WithRetryAfter() throws Exception {
        ServerLimits limits = new ServerLimits(1, 0, Duration.ofSeconds(1), 1, Duration.ofSeconds(30), 100, 256 * 1024, 1024,
                Duration.ofSeconds(10), Duration.ofSeconds(30));
        String base = start(limits, Duration.ofSeconds(3));
        CompletableFuture<HttpResponse<String>> busy = CompletableFuture.supplyAsync(() -> {
            try {
                return post(base, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(500);
        HttpResponse<String> second = post(base, "SELECT * WHERE { ?s ?p ?o } LIMIT 1");
        assertEquals(503, second.statusCode(), second.body());
        assertTrue(second.body().contains("busy") && second.headers().firstValue("Retry-After").isPresent(), second.body());
        busy.join();
        assertEquals(200, post(base, "SELECT * WHERE { ?s ?p ?o } LIMIT 1").statusCode(), "a slot is free again");
    }

    @Test
    void aClientTricklingHeadersIsDisconnected() throws Exception {
        ServerLimits limits = ServerLimits.DEFAULTS.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30));
        start(limits, Duration.ofSeconds(10));
        try (Socket s = new Socket("localhost", server.getPort())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write("GET /$/ping HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.ISO_8859_1));
            boolean closed = false;
            for (int i = 0; i < 8 && !closed; i++) {
                Thread.sleep(1000);
                try {
                    out.write(("X-Slow-" + i + ": y\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException e) {
                    closed = true;
                }
                if (!closed && in.available() == 0) {
                    s.setSoTimeout(10);
                    try {
                        closed = in.read() == -1;
                    } catch (java.net.SocketTimeoutException e) {
                        // still open
                    } catch (IOException e) {
                        closed = true;
                    }
                }
            }
            assertTrue(closed, "a client sending a header line a second for 8 s was disconnected (header timeout 2 s)");
        }
        assertFalse(server.serverURL().isEmpty());
    }
}

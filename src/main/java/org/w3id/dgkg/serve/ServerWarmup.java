package org.w3id.dgkg.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warms a freshly started server up by sending it a set of queries (the query library the site
 * shows as examples) and {@code DESCRIBE} lookups of {@value #LOOKUPS} of the entities it holds,
 * over its own HTTP endpoint, one at a time, for a few rounds, in the background: the server answers from its first second, and the work of the just-in-time
 * compiler is done before its users' queries pay for it.
 * <p>
 * Why: a JVM runs new code interpreted, then compiled without and with profiling; Jetty's request
 * path, Fuseki's dispatch, the SPARQL parser, ARQ's operators, TDB2's B+tree reads and the result
 * writers reach their compiled form only after thousands of requests. Measured on the ×1 graph
 * (server CPU per request, docs/benchmarks.md): a competency query cost 2–9× as much CPU in the
 * first few requests of a fresh server as after 10 rounds of the library (`documents` 9.4 ms
 * against 1.0 ms, `event-instruments` 7.2 against 1.1). Going over HTTP, not straight to the
 * query engine, warms the whole request path, the same as a client's request takes.
 * <p>
 * Bounded: it stops after {@code rounds} rounds or once {@code budget} of wall time has passed,
 * whichever comes first; a query that fails once is not sent again. It runs on one daemon thread,
 * so it takes at most one core and one of the server's query slots at a time.
 */
public final class ServerWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(ServerWarmup.class);
    /** Entities described by SPARQL in each round (their DESCRIBE has no page cache in front of it). */
    private static final int LOOKUPS = 100;

    /** What a warm-up did: requests answered (200), queries dropped after a failure, rounds completed, wall time. */
    public record Summary(int answered, int dropped, int rounds, Duration took) {}

    private ServerWarmup() {}

    /**
     * Starts warming {@code sparqlUrl} with {@code queries} (SPARQL texts); the future completes
     * when it is done. With no queries, no rounds or a zero budget it completes at once.
     */
    public static CompletableFuture<Summary> start(String sparqlUrl, List<String> queries, int rounds, Duration budget) {
        CompletableFuture<Summary> done = new CompletableFuture<>();
        if (queries.isEmpty() || rounds <= 0 || budget.isZero() || budget.isNegative()) {
            done.complete(new Summary(0, 0, 0, Duration.ZERO));
            return done;
        }
        Thread t = new Thread(() -> {
            try {
                Summary s = run(URI.create(sparqlUrl), queries, rounds, budget);
                LOG.info("Warm-up: {} requests in {} rounds, {} ms ({} queries dropped after a failure)",
                        s.answered(), s.rounds(), s.took().toMillis(), s.dropped());
                done.complete(s);
            } catch (RuntimeException | Error e) {
                LOG.warn("Warm-up stopped: {}", e.toString());
                done.completeExceptionally(e);
            }
        }, "dgkg-warm-up");
        t.setDaemon(true);
        t.start();
        return done;
    }

    private static Summary run(URI endpoint, List<String> queries, int rounds, Duration budget) {
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> left = new ArrayList<>(queries);
        int answered = 0;
        int dropped = 0;
        int round = 0;
        try {
            // entity lookups too: each DESCRIBE is a new text, so its parse, plan and writer are a path of their own
            for (String iri : someIris(http, endpoint))
                left.add("DESCRIBE <" + iri + ">");
            while (round < rounds && !left.isEmpty() && System.nanoTime() < deadline) {
                for (var it = left.iterator(); it.hasNext() && System.nanoTime() < deadline;) {
                    if (send(http, endpoint, it.next())) {
                        answered++;
                    } else {
                        it.remove();
                        dropped++;
                    }
                }
                round++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Summary(answered, dropped, round, Duration.ofNanos(System.nanoTime() - start));
    }

    /** IRIs of things the graph describes (subjects of a type), for lookups; none if the query fails. */
    private static List<String> someIris(HttpClient http, URI endpoint) throws InterruptedException {
        HttpRequest req = form(endpoint, "SELECT DISTINCT ?s WHERE { ?s a ?c FILTER(isIRI(?s)) } LIMIT " + LOOKUPS, "text/csv");
        try {
            HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200)
                return List.of();
            return r.body().lines().skip(1).map(String::strip)
                    .filter(l -> !l.isEmpty() && l.indexOf('>') < 0 && l.indexOf('"') < 0 && l.indexOf(' ') < 0).toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static HttpRequest form(URI endpoint, String query, String accept) {
        return HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }

    /** One query, its whole response read (the result writers are part of the path to warm). */
    private static boolean send(HttpClient http, URI endpoint, String query) throws InterruptedException {
        HttpRequest req = form(endpoint, query, "application/sparql-results+json, application/n-triples;q=0.9");
        try {
            return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}

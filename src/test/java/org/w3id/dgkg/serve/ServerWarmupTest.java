package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up warm-up and the page cache switch, against real servers on free ports. */
class ServerWarmupTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void warmUpSendsEveryQueryEachRoundWithLookupsAndDropsAQueryThatFails(@TempDir Path tmp) throws Exception {
        DgkgServer server = TestSite.start(tmp);
        try {
            String ok = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?s ?l WHERE { ?s skos:prefLabel ?l }";
            String broken = "SELECT ?s WHERE { ?s ?p }";
            int described = Integer.parseInt(csv(server, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s WHERE { ?s a ?c FILTER(isIRI(?s)) } LIMIT 100 }").get(1).strip());
            assertTrue(described > 3, "the fixture describes several things: " + described);
            ServerWarmup.Summary s = ServerWarmup.start(server.sparqlURL(), List.of(ok, broken), 3, Duration.ofSeconds(60)).get(60, TimeUnit.SECONDS);
            assertEquals(3, s.rounds());
            assertEquals(1, s.dropped(), "the query that does not parse is sent once");
            assertEquals(3 * (1 + described), s.answered(), "the good query and one DESCRIBE per entity, each round");
        } finally {
            server.stop();
        }
    }

    @Test
    void noRoundsOrNoTimeMeansNoRequests() throws Exception {
        ServerWarmup.Summary none = ServerWarmup.start("http://localhost:9/unused", List.of("ASK {}"), 0, Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS);
        assertEquals(0, none.answered());
        assertEquals(0, ServerWarmup.start("http://localhost:9/unused", List.of("ASK {}"), 3, Duration.ZERO).get(5, TimeUnit.SECONDS).rounds());
    }

    @Test
    void withoutThePageCacheEveryPageIsRenderedFromTheDataAsItIsNow(@TempDir Path tmp) throws Exception {
        for (boolean cached : new boolean[] {true, false}) {
            DatasetGraph dsg = TestSite.fixture();
            DgkgServer server = TestSite.start(tmp.resolve(cached ? "cached" : "uncached"), cached, dsg);
            try {
                assertFalse(page(server, "/id/actor/eu").contains("欧罗巴联盟"));
                // changed behind the server's back (a real generation switch also clears the cache)
                Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("https://w3id.org/dgkg/graph/reference"),
                        NodeFactory.createURI("https://w3id.org/dgkg/id/actor/eu"), SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("欧罗巴联盟", "zh")));
                assertEquals(!cached, page(server, "/id/actor/eu").contains("欧罗巴联盟"),
                        cached ? "the cache answers the page rendered before" : "rendered afresh");
            } finally {
                server.stop();
            }
        }
    }

    static String page(DgkgServer server, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        return r.body();
    }

    static List<String> csv(DgkgServer server, String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlURL()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().toList();
    }
}

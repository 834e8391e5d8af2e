package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.clients.RealSite;

/** The positions table of 中国's page and {@code queries/actor-positions.rq} give the same rows on the real corpus. */
class PositionsQueryTest {
    static DgkgServer server;

    @BeforeAll
    static void start() {
        server = RealSite.start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @Test
    void the_page_and_the_library_query_agree() throws Exception {
        ParameterizedSparqlString q = new ParameterizedSparqlString(Files.readString(Path.of("queries/actor-positions.rq"), StandardCharsets.UTF_8));
        q.setLiteral("actorLabel", "中国");
        Set<String> fromQuery = new TreeSet<>();
        String actor = null;
        try (QueryExecution qe = QueryExecution.service(RealSite.base(server) + "/dgkg/sparql").query(q.asQuery()).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String rel = s.getResource("relation").getURI();
                fromQuery.add(s.getLiteral("year").getString() + " " + rel.substring(rel.indexOf('#') + 1) + " "
                        + s.getResource("target").getURI().replace("https://w3id.org/dgkg/", "/") + " "
                        + s.getResource("statement").getURI().replace("https://w3id.org/dgkg/", "/"));
            }
        }
        assertTrue(fromQuery.size() >= 3, "中国 takes positions: " + fromQuery);
        try (QueryExecution qe = QueryExecution.service(RealSite.base(server) + "/dgkg/sparql")
                .query("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?e WHERE { ?e skos:prefLabel \"中国\"@zh }").build()) {
            actor = qe.execSelect().next().getResource("e").getURI();
        }
        String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(RealSite.base(server) + actor.replace("https://w3id.org/dgkg", ""))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        String table = html.substring(html.indexOf("<table class=\"positions\">"), html.indexOf("</table>", html.indexOf("<table class=\"positions\">")));
        Set<String> fromPage = new TreeSet<>();
        Matcher row = Pattern.compile("<tr data-relation=\"(\\w+)\"><td class=\"year\">([^<]*)</td>.*?<td><a href=\"([^\"]+)\">.*?</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            Matcher st = Pattern.compile("class=\"stmt\" href=\"([^\"]+)\"").matcher(row.group());
            while (st.find())
                fromPage.add(row.group(2) + " " + row.group(1) + " " + row.group(3) + " " + st.group(1));
        }
        assertEquals(fromQuery, fromPage);
    }
}

package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.testing.RealCorpus;

/**
 * The entity lookup's shortcuts ({@link ConstantDescribe#recognise}, the prefixes per generation,
 * {@link LookupWriters}) answer byte for byte what the server answers without them: two servers on
 * one live generation of the real corpus, one made with {@code -Ddgkg.serve.lookupShortcuts=false},
 * asked the same lookups of every entity in every format the endpoint offers for DESCRIBE. And
 * the recogniser takes only texts the parser reads to the same query; the rest go the usual way.
 */
class LookupShortcutsTest {
    static LiveDataset live;
    static DgkgServer without;
    static DgkgServer with;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Every media type of Fuseki's offer for a graph result, a wildcard, none, and the bench's list. */
    static final List<String> ACCEPTS = List.of("application/n-triples", "text/turtle", "text/plain", "application/x-turtle",
            "application/rdf+xml", "application/trix", "application/trix+xml", "application/ld+json", "application/rdf+json",
            "application/rdf+thrift", "application/trig", "application/x-trig", "application/n-quads", "text/x-nquads", "*/*", "",
            "application/n-triples, text/plain;q=0.9", "text/turtle;q=0.5, application/n-triples;q=0.9", "text/html", "image/png");

    @BeforeAll
    static void start() {
        live = LiveDataset.follow(Tdb2Store.at(RealCorpus.database()), Duration.ofSeconds(600));
        String before = System.getProperty("dgkg.serve.lookupShortcuts");
        try {
            System.setProperty("dgkg.serve.lookupShortcuts", "false");
            without = server();
            System.clearProperty("dgkg.serve.lookupShortcuts");
            with = server();
        } finally {
            if (before == null)
                System.clearProperty("dgkg.serve.lookupShortcuts");
            else
                System.setProperty("dgkg.serve.lookupShortcuts", before);
        }
    }

    static DgkgServer server() {
        return DgkgServer.create().dataset(DatasetFactory.wrap(live.graph())).port(0).loopback(true)
                .queryTimeout(Duration.ofSeconds(30)).build().start();
    }

    @AfterAll
    static void stop() {
        if (with != null)
            with.stop();
        if (without != null)
            without.stop();
        if (live != null)
            live.close();
    }

    record Answer(int status, String contentType, byte[] body) {}

    static Answer post(DgkgServer server, String form, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.sparqlURL()))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        if (!accept.isEmpty())
            b.header("Accept", accept);
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static String form(String query) {
        return "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The same status, Content-Type and bytes from both servers. */
    static void same(String form, String accept) throws Exception {
        Answer a = post(without, form, accept);
        Answer b = post(with, form, accept);
        String what = form + " Accept: " + accept;
        assertEquals(a.status(), b.status(), what);
        assertEquals(a.contentType(), b.contentType(), what);
        assertArrayEquals(a.body(), b.body(), () -> what + "\nwithout:\n" + new String(a.body(), StandardCharsets.UTF_8)
                + "\nwith:\n" + new String(b.body(), StandardCharsets.UTF_8));
    }

    /** The entities bench/peers looks up (actors, issues, instruments, …), then every 50th typed IRI of any other kind (documents, statements, …). */
    static List<String> entities() throws Exception {
        List<String> out = iris("SELECT DISTINCT ?s WHERE { ?s a ?c FILTER(STRSTARTS(STR(?s), \"https://w3id.org/dgkg/id/\") "
                + "&& !STRSTARTS(STR(?s), \"https://w3id.org/dgkg/id/annotation/\") && !STRSTARTS(STR(?s), \"https://w3id.org/dgkg/id/statement/\") "
                + "&& !STRSTARTS(STR(?s), \"https://w3id.org/dgkg/id/document/\")) } ORDER BY ?s");
        List<String> all = iris("SELECT DISTINCT ?s WHERE { ?s a ?t FILTER(isIRI(?s)) } ORDER BY ?s");
        for (int i = 0; i < all.size(); i += 50)
            if (!out.contains(all.get(i)))
                out.add(all.get(i));
        return out;
    }

    static List<String> iris(String select) throws Exception {
        Answer r = post(without, form(select), "text/csv");
        assertEquals(200, r.status());
        List<String> out = new ArrayList<>();
        String[] lines = new String(r.body(), StandardCharsets.UTF_8).split("\r\n");
        for (int i = 1; i < lines.length; i++)
            if (!lines[i].isBlank())
                out.add(lines[i].strip());
        return out;
    }

    @Test
    void every_entity_is_described_byte_for_byte_the_same_with_and_without_the_shortcuts() throws Exception {
        List<String> iris = entities();
        assertTrue(iris.size() > 500, "the real corpus has hundreds of entities: " + iris.size());
        int asked = 0;
        for (int i = 0; i < iris.size(); i++) {
            String text = "DESCRIBE <" + iris.get(i) + ">";
            assertNotNull(ConstantDescribe.recognise(text), text);
            // the shortcut's own writers (N-Triples, Turtle) for every entity; every other format for every 10th
            List<String> accepts = i % 10 == 0 ? ACCEPTS : List.of("application/n-triples, text/plain;q=0.9", "text/turtle");
            for (String accept : accepts) {
                same(form(text), accept);
                asked++;
            }
        }
        // the forms the recogniser takes besides the plain one: prefixes, several IRIs, comments, odd spacing, lower case
        for (int i = 0; i + 1 < iris.size(); i += 37) {
            String a = iris.get(i), b = iris.get(i + 1);
            int cut = a.lastIndexOf('/') + 1;
            String local = a.substring(cut);
            List<String> texts = new ArrayList<>(List.of(
                    "DESCRIBE <" + a + "> <" + b + ">",
                    "describe\t<" + b + ">\r\n<" + a + "> <" + b + "> # both, once each\n",
                    "# a lookup\nPREFIX e: <" + a.substring(0, cut) + ">\nPREFIX dgkg: <https://w3id.org/dgkg/ontology#>\nDESCRIBE <" + b + ">",
                    "  DESCRIBE<" + a + ">#no space\n"));
            if (local.matches("[A-Za-z0-9_][A-Za-z0-9_-]*")) {
                texts.add("PREFIX e: <" + a.substring(0, cut) + ">\nDESCRIBE e:" + local);
                texts.add("prefix : <" + a.substring(0, cut) + "> prefix e: <http://example.org/other/> describe :" + local + " <" + b + ">");
            }
            for (String text : texts) {
                assertNotNull(ConstantDescribe.recognise(text), text);
                for (String accept : List.of("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")) {
                    same(form(text), accept);
                    asked++;
                }
            }
            // a format named by parameter goes Fuseki's way in both servers
            same(form("DESCRIBE <" + a + ">") + "&output=ttl", "application/n-triples");
            same(form("DESCRIBE <" + a + ">") + "&format=nt", "");
            same(form("DESCRIBE <" + a + ">") + "&force-accept=text/plain", "text/turtle");
        }
        assertTrue(asked > 3000, "asked " + asked);
    }

    @Test
    void texts_the_parser_would_read_otherwise_are_not_taken() throws Exception {
        String e = entities().get(0);
        List<String> declined = List.of(
                "DESCRIBE <" + e + "> WHERE { }",
                "DESCRIBE <" + e + "> { }",
                "DESCRIBE ?x WHERE { VALUES ?x { <" + e + "> } }",
                "DESCRIBE * WHERE { <" + e + "> ?p ?o }",
                "DESCRIBE <" + e + "> FROM <https://w3id.org/dgkg/graph/ontology>",
                "DESCRIBE <" + e + "> LIMIT 1",
                "DESCRIBE <" + e + "> VALUES ?x { 1 }",
                "BASE <http://example.org/> DESCRIBE <x>",
                "DESCRIBE <" + e.replace("/", "\\u002F") + ">",
                "DESCRIBE <_:b0>",
                "DESCRIBE e:x",
                "PREFIX e: <http://example.org/> DESCRIBE e:a.b",
                "PREFIX e: <http://example.org/> DESCRIBE e:a%20b",
                "PREFIX e: <http://example.org/> DESCRIBE e:中国",
                "PREFIX e: <http://example.org/> DESCRIBE <http://example.org/x>e:a",
                "PREFIX e: <http://example.org/> DESCRIBEe:a",
                "PREFIX:<http://example.org/> DESCRIBE :a",
                "DESCRIBE <http://example.org/a b>",
                "DESCRIBE <http://example.org/a",
                "DESCRIBE",
                "DESCRIBE # nothing\n",
                "DESCRIBEX <" + e + ">",
                "SELECT * WHERE { }",
                "ASK { }",
                "\u00a0DESCRIBE <" + e + ">",
                "\fDESCRIBE <" + e + ">",
                "DESCRIBE <" + e + "> .",
                "");
        for (String text : declined) {
            assertNull(ConstantDescribe.recognise(text), text);
            // and both servers answer it alike (the usual way: a 400 for what does not parse)
            for (String accept : List.of("text/turtle", "application/n-triples"))
                same(form(text), accept);
        }
        // a dataset named in the request is decided first, as before, in both
        same(form("DESCRIBE <" + e + ">") + "&default-graph-uri=" + URLEncoder.encode("https://w3id.org/dgkg/graph/ontology",
                StandardCharsets.UTF_8), "text/turtle");
    }

    @Test
    void what_is_recognised_is_what_the_parser_reads() {
        List<String> texts = List.of(
                "DESCRIBE <http://example.org/a>",
                "describe <http://example.org/a> <http://example.org/b> <http://example.org/a>",
                "DESCRIBE <relative> <http://example.org/x/../y/./z> <>",
                "DeScRiBe\r\n\t<http://example.org/%C3%A9> # comment <http://example.org/not-this>\r<http://example.org/é>",
                "PREFIX e: <http://example.org/> PREFIX e: <http://example.org/again/> PREFIX : <rel/> DESCRIBE e:a :b e: e:_x-1 e:9",
                "#only a comment first\nPREFIX\te:\t<http://example.org/>\nDESCRIBE\te:a#end",
                "PREFIX e:<http://example.org/>DESCRIBE e:a");
        for (String text : texts) {
            Query mine = ConstantDescribe.recognise(text);
            assertNotNull(mine, text);
            Query jena = QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            assertTrue(ConstantDescribe.applies(mine), text);
            assertTrue(ConstantDescribe.applies(jena), text);
            assertEquals(jena.getResultURIs(), mine.getResultURIs(), text);
            assertEquals(jena.getPrefixMapping().getNsPrefixMap(), mine.getPrefixMapping().getNsPrefixMap(), text);
            assertEquals(jena.getSyntax(), mine.getSyntax(), text);
            assertEquals(jena.hasDatasetDescription(), mine.hasDatasetDescription(), text);
            assertEquals(jena.serialize(), mine.serialize(), text);
        }
    }
}

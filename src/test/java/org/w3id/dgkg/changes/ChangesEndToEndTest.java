package org.w3id.dgkg.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3id.dgkg.acquire.TestFiles;
import org.w3id.dgkg.serve.DgkgServer;
import org.w3id.dgkg.serve.changes.ChangesModule;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;

/**
 * Build a one-document corpus, add a PDF made here with ./dgkg add, build again: ./dgkg diff,
 * /changes and /changes.atom (over HTTP, on a free port) show the new document, its entities
 * and its facts with their sentence, and the meta graph links the generations with PROV.
 */
class ChangesEndToEndTest {
    static final String SENTENCE = "2024年5月，新加坡和韩国签署《韩国—新加坡数字伙伴关系协定》。";
    static final String INSTRUMENT = "韩国—新加坡数字伙伴关系协定";
    static Path root;
    static Path corpus;
    static Path db;
    static DgkgServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void buildAddBuildServe() throws IOException {
        root = RealCorpus.tempDir("dgkg-changes");
        corpus = Files.createDirectories(root.resolve("corpus"));
        db = root.resolve("db");
        String id = "han-zhou-xu-2025-ai-global-governance";
        Files.copy(RealCorpus.CORPUS.resolve(id + ".txt"), corpus.resolve(id + ".txt"));
        var manifest = JSON.parse(Files.readString(RealCorpus.CORPUS.resolve("manifest.json")));
        var keep = new org.apache.jena.atlas.json.JsonArray();
        manifest.get("documents").getAsArray().forEach(d -> {
            if (d.getAsObject().get("id").getAsString().value().equals(id))
                keep.add(d);
        });
        manifest.put("documents", keep);
        Files.writeString(corpus.resolve("manifest.json"), manifest.toString());

        Cli.Result first = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals(0, first.code(), first.toString());

        Path pdf = TestFiles.chinesePdf(root.resolve("dea-news.pdf"), "数字伙伴关系协定签署", TestFiles.utc(2024, 5, 20),
                List.of(SENTENCE, "双方主张推动可信数据自由流动，弥合数字鸿沟。"));
        Cli.Result add = Cli.run("add", pdf.toString(), "--corpus", corpus.toString(), "--publisher", "测试新闻社", "--kind", "news");
        assertEquals(0, add.code(), add.toString());
        assertTrue(add.out().contains("added dea-news (application/pdf"), add.out());

        Cli.Result second = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals(0, second.code(), second.toString());

        Dataset dataset = Tdb2Store.at(db).connect(0);
        server = DgkgServer.create().dataset(dataset).module(ChangesModule.create(dataset::asDatasetGraph, corpus))
                .port(0).loopback(true).build().start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @Test
    void diff_json_shows_the_new_document_its_entities_and_facts() {
        Cli.Result r = Cli.run("diff", "--db", db.toString(), "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JsonObject o = JSON.parse(r.out());
        assertEquals(1, o.get("from").getAsObject().get("generation").getAsNumber().value().intValue());
        assertEquals(2, o.get("to").getAsObject().get("generation").getAsNumber().value().intValue());
        List<JsonObject> changes = new ArrayList<>();
        o.get("changes").getAsArray().forEach(v -> changes.add(v.getAsObject()));
        assertTrue(changes.stream().anyMatch(c -> is(c, "kind", "document") && is(c, "action", "added")
                && is(c, "iri", "https://w3id.org/dgkg/id/document/dea-news")), r.out());
        assertTrue(changes.stream().anyMatch(c -> is(c, "kind", "entity") && is(c, "action", "added") && is(c, "label", INSTRUMENT)), r.out());
        assertTrue(changes.stream().anyMatch(c -> is(c, "kind", "fact") && is(c, "action", "added")
                && is(c, "predicate", "https://w3id.org/dgkg/ontology#signatory") && is(c, "subjectLabel", INSTRUMENT)
                && is(c, "objectLabel", "新加坡") && str(c, "evidence").contains("签署《" + INSTRUMENT + "》")), r.out());
        // nothing of the first document changed
        assertTrue(changes.stream().noneMatch(c -> is(c, "action", "removed")), r.out());
        assertEquals(0, o.get("counts").getAsObject().get("factsRemoved").getAsNumber().value().intValue());
    }

    @Test
    void diff_text_and_list() {
        Cli.Result r = Cli.run("diff", "1", "2", "--db", db.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("+ dea-news  数字伙伴关系协定签署"), r.out());
        assertTrue(r.out().contains(INSTRUMENT + " signatory 新加坡  [dea-news]"), r.out());
        Cli.Result list = Cli.run("diff", "--list", "--db", db.toString());
        assertTrue(list.out().startsWith("generation 2 ") && list.out().contains("generation 1 ") && list.out().contains("first build"), list.out());
        Cli.Result unknown = Cli.run("diff", "1", "7", "--db", db.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("error: no generation 7"), unknown.err());
    }

    @Test
    void changes_page_lists_the_new_facts_with_evidence() throws Exception {
        HttpResponse<String> page = get("/changes");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Generation 1 → 2"), html);
        assertTrue(html.contains("数字伙伴关系协定签署") && html.contains("href=\"/files/dea-news\""), html);
        assertTrue(html.contains(">" + INSTRUMENT + "</a>"), html);
        assertTrue(html.contains(SENTENCE), html);
        assertTrue(html.contains("href=\"/id/document/dea-news\""), html);
        assertEquals(200, get("/changes?generation=1").statusCode());
        assertEquals(400, get("/changes?from=1").statusCode());
        assertEquals(404, get("/changes?from=1&to=9").statusCode());
    }

    @Test
    void atom_feed_is_valid_atom_with_one_entry_per_generation() throws Exception {
        HttpResponse<String> r = get("/changes.atom");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        Element feed = doc.getDocumentElement();
        String atom = "http://www.w3.org/2005/Atom";
        assertEquals("feed", feed.getLocalName());
        assertEquals(atom, feed.getNamespaceURI());
        for (String required : List.of("id", "title", "updated", "author"))
            assertTrue(child(feed, required) != null, "feed needs <" + required + ">");
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        assertEquals(2, entries.getLength());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link"))
                assertTrue(child(e, required) != null, "entry needs <" + required + ">");
            assertTrue(child(e, "updated").getTextContent().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
            ids.add(child(e, "id").getTextContent());
        }
        assertEquals(2, ids.stream().distinct().count());
        Element newest = (Element) entries.item(0);
        assertTrue(child(newest, "title").getTextContent().startsWith("Generation 2: documents +1"), child(newest, "title").getTextContent());
        assertTrue(child(newest, "content").getTextContent().contains(INSTRUMENT + " signatory 新加坡"));
        assertTrue(child(newest, "link").getAttribute("href").endsWith("/changes?generation=2"));
    }

    @Test
    void original_is_served_and_generations_are_linked_with_prov() throws Exception {
        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(server.serverURL().replaceAll("/$", "") + "/files/dea-news")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"));
        assertEquals(404, get("/files/han-zhou-xu-2025-ai-global-governance").statusCode());

        String ask = "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dgkg: <https://w3id.org/dgkg/ontology#> ASK { "
                + "<https://w3id.org/dgkg/id/generation/2> prov:wasRevisionOf <https://w3id.org/dgkg/id/generation/1> ; "
                + "dgkg:changeSet ?cs . ?cs dgkg:documentsAdded 1 ; dgkg:change ?c . ?c a dgkg:Addition ; "
                + "dgkg:changed <https://w3id.org/dgkg/id/document/dea-news> }";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlURL()))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(ask)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.body().contains("true"), r.body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.serverURL().replaceAll("/$", "") + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Element child(Element parent, String name) {
        NodeList l = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        for (int i = 0; i < l.getLength(); i++)
            if (l.item(i).getParentNode() == parent)
                return (Element) l.item(i);
        return null;
    }

    private static boolean is(JsonObject o, String key, String value) {
        return value.equals(str(o, key));
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null ? "" : v.getAsString().value();
    }
}

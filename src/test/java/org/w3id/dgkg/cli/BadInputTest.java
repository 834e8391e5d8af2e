package org.w3id.dgkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.serve.DgkgServer;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;

/**
 * Bad input gives a clear error and a non-zero exit, and the database that was being served
 * stays live and intact. The corpus here is one real document, to keep builds short.
 */
class BadInputTest {
    static Path root;
    static Path db;
    static String liveGeneration;
    static DgkgServer server;
    static long triplesBefore;
    Path corpus;
    Path ontology;

    @BeforeAll
    static void buildAndServe() throws IOException {
        root = RealCorpus.tempDir("dgkg-bad-input");
        Path corpus = oneDocumentCorpus(root.resolve("good-corpus"));
        db = root.resolve("db");
        Cli.Result r = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals(0, r.code(), r.toString());
        liveGeneration = Tdb2Store.at(db).current().orElseThrow().name();
        server = DgkgServer.create().dataset(Tdb2Store.at(db).connect(0)).port(0).loopback(true).build().start();
        triplesBefore = countOverHttp();
    }

    @AfterAll
    static void stopServer() {
        if (server != null)
            server.stop();
    }

    /** A corpus with the smallest real document and a manifest listing only it. */
    static Path oneDocumentCorpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        String id = "han-zhou-xu-2025-ai-global-governance";
        Files.copy(RealCorpus.CORPUS.resolve(id + ".txt"), dir.resolve(id + ".txt"));
        String manifest = Files.readString(RealCorpus.CORPUS.resolve("manifest.json"), StandardCharsets.UTF_8);
        var root = org.apache.jena.atlas.json.JSON.parse(manifest);
        var docs = root.get("documents").getAsArray();
        var keep = new org.apache.jena.atlas.json.JsonArray();
        docs.forEach(d -> {
            if (d.getAsObject().get("id").getAsString().value().equals(id))
                keep.add(d);
        });
        root.put("documents", keep);
        Files.writeString(dir.resolve("manifest.json"), root.toString(), StandardCharsets.UTF_8);
        return dir;
    }

    @BeforeEach
    void freshCopies() throws IOException {
        Path here = Files.createTempDirectory(root, "case");
        corpus = oneDocumentCorpus(here.resolve("corpus"));
        ontology = RealCorpus.copy(RealCorpus.ONTOLOGY, here.resolve("ontology"));
    }

    @AfterEach
    void databaseIsUntouched() throws IOException {
        assertEquals(liveGeneration, Tdb2Store.at(db).current().orElseThrow().name(), "CURRENT still names the served generation");
        try (Stream<Path> gens = Files.list(db)) {
            assertEquals(1, gens.filter(p -> p.getFileName().toString().startsWith("gen-")).count(), "no half-built generation left behind");
        }
        assertEquals(triplesBefore, countOverHttp(), "the server still answers with the same data");
    }

    static long countOverHttp() {
        try (QueryExecution qe = QueryExecution.service(server.sparqlURL()).query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    Cli.Result failingBuild() {
        return Cli.build(corpus, ontology, db);
    }

    @Test
    void non_utf8_document_fails_with_file_and_byte_offset() throws IOException {
        Path doc = corpus.resolve("han-zhou-xu-2025-ai-global-governance.txt");
        byte[] bytes = Files.readAllBytes(doc);
        int at = 0;
        while (bytes[at] != '\n')
            at++; // a line break: an ASCII byte, so the bad sequence starts exactly here
        bytes[at] = (byte) 0xFF;
        Files.write(doc, bytes);
        Cli.Result r = failingBuild();
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("han-zhou-xu-2025-ai-global-governance.txt: invalid UTF-8 at byte " + at + ";"), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace without --verbose");
    }

    @Test
    void empty_document_fails_clearly() throws IOException {
        Files.writeString(corpus.resolve("han-zhou-xu-2025-ai-global-governance.txt"), "\n\n");
        Cli.Result r = failingBuild();
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("han-zhou-xu-2025-ai-global-governance.txt: the document is empty"), r.err());
    }

    @Test
    void document_without_manifest_entry_fails_clearly() throws IOException {
        Files.writeString(corpus.resolve("extra.txt"), "一份没有登记的文件。");
        Cli.Result r = failingBuild();
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("extra.txt: has no entry in manifest.json"), r.err());
    }

    @Test
    void malformed_turtle_in_ontology_fails_with_file_and_line() throws IOException {
        Path actors = ontology.resolve("actors.ttl");
        Files.writeString(actors, Files.readString(actors) + "\n<https://w3id.org/dgkg/id/actor/broken> a \n", StandardCharsets.UTF_8);
        Cli.Result r = failingBuild();
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("actors.ttl: malformed Turtle"), r.err());
        assertTrue(r.err().matches("(?s).*line: ?\\d+.*"), "names the line: " + r.err());
    }

    @Test
    void shacl_violation_fails_with_exit_1_and_a_report() throws IOException {
        Path shapes = root.resolve("strict.shapes.ttl");
        Files.writeString(shapes, """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix dgkg: <https://w3id.org/dgkg/ontology#> .
                @prefix ex: <https://example.org/> .
                ex:EveryDocumentNeedsAnAbstract a sh:NodeShape ;
                    sh:targetClass dgkg:SourceDocument ;
                    sh:property [ sh:path ex:abstract ; sh:minCount 1 ; sh:message "needs an abstract" ] .
                """);
        Cli.Result r = Cli.build(corpus, ontology, db, "--shapes", shapes.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("violates the SHACL shapes"), r.err());
        assertTrue(r.err().contains("needs an abstract"), r.err());
        assertTrue(r.err().contains("document/han-zhou-xu-2025-ai-global-governance"), r.err());
    }

    /** A violation inside a document graph (checked as the graph is read back from its staged file) fails the build; the after-each check sees no half-built generation. */
    @Test
    void shacl_violation_in_a_document_graph_fails_and_leaves_no_generation() throws IOException {
        Path shapes = root.resolve("statements.shapes.ttl");
        Files.writeString(shapes, """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
                @prefix ex: <https://example.org/> .
                ex:EveryStatementNeedsAReviewer a sh:NodeShape ;
                    sh:targetClass rdf:Statement ;
                    sh:property [ sh:path ex:reviewer ; sh:minCount 1 ; sh:message "needs a reviewer" ] .
                """);
        Cli.Result r = Cli.build(corpus, ontology, db, "--shapes", shapes.toString());
        assertEquals(1, r.code(), r.toString());
        assertTrue(r.err().contains("the document graph <https://w3id.org/dgkg/graph/doc/han-zhou-xu-2025-ai-global-governance> violates"), r.err());
        assertTrue(r.err().contains("needs a reviewer"), r.err());
    }

    @Test
    void bad_query_file_fails_with_the_parser_message() throws IOException {
        Path q = root.resolve("bad.rq");
        Files.writeString(q, "SELECT ?x WHERE { ?x ?y }");
        Cli.Result r = Cli.run("query", q.toString(), "--db", root.resolve("no-such-db").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("bad.rq: not a valid SPARQL query"), r.err());
    }

    @Test
    void port_in_use_fails_clearly() {
        Cli.Result r = Cli.run("serve", "--db", db.toString(), "--no-build", "--port", Integer.toString(server.getPort()));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("already in use"), r.err());
    }
}

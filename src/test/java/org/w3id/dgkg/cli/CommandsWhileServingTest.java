package org.w3id.dgkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.store.ServerNote;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;

/**
 * {@code query}, {@code validate --db} and {@code build} while {@code ./dgkg serve} runs in
 * another process (TDB2 lets one process open a database): no lock exception, the query goes
 * through the server, validation reads the generation's dump, and the server follows the build.
 */
class CommandsWhileServingTest {
    static Path db;
    static Path corpus;
    static Process server;

    @BeforeAll
    static void serveInAnotherProcess() throws Exception {
        Path root = RealCorpus.tempDir("dgkg-while-serving");
        corpus = BadInputTest.oneDocumentCorpus(root.resolve("corpus"));
        db = root.resolve("db");
        Cli.Result built = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals(0, built.code(), built.toString());
        server = serveInOwnProcess(root, corpus, db);
    }

    /**
     * Starts {@code ./dgkg serve} on {@code db} in a JVM of its own on a free port, as a user would,
     * and waits until it has written its note (the address) into the database folder.
     */
    static Process serveInOwnProcess(Path root, Path corpus, Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DgkgCommand.class.getName(),
                "serve", "--db", db.toString(), "--corpus", corpus.toString(), "--ontology", RealCorpus.ONTOLOGY.toString(),
                "--no-build", "--port", "0", "--localhost", "--warm-up", "0")
                .redirectErrorStream(true).redirectOutput(root.resolve("server.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (ServerNote.read(db).isEmpty() && p.isAlive() && System.nanoTime() < deadline)
            Thread.sleep(200);
        assertTrue(ServerNote.read(db).isPresent(), "the server wrote its note: " + Files.readString(root.resolve("server.log")));
        return p;
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void queryGoesThroughTheServer() {
        Cli.Result r = Cli.run("query", "documents", "--db", db.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("is served by process " + server.pid() + "; sending the query to http://localhost:"), r.err());
        assertTrue(r.out().contains("han-zhou-xu-2025-ai-global-governance"), r.out());
        assertTrue(!r.err().contains("DBOpEnvException") && !r.err().contains("lock"), r.err());
    }

    @Test
    void validateReadsTheServedGenerationsDump() {
        Cli.Result r = Cli.run("validate", "--db", db.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("is open in another process (process " + server.pid() + ")")
                && r.err().contains("validating its dump") && r.err().contains("conforms"), r.err());
    }

    @Test
    void aBuildIsFollowedByTheServerAndTheOldGenerationGoes() throws Exception {
        String before = Files.readString(db.resolve("CURRENT")).strip();
        Cli.Result r = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals(0, r.code(), r.toString());
        String after = Files.readString(db.resolve("CURRENT")).strip();
        assertTrue(!after.equals(before));
        // the other process switches, lets go of the old generation and removes it
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<String> gens = List.of();
        while (System.nanoTime() < deadline) {
            try (var list = Files.list(db)) {
                gens = list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).toList();
            }
            if (gens.equals(List.of(after)))
                break;
            Thread.sleep(200);
        }
        assertEquals(List.of(after), gens);
        Cli.Result q = Cli.run("query", "documents", "--db", db.toString(), "--format", "csv");
        assertEquals(0, q.code(), q.toString());
    }
}

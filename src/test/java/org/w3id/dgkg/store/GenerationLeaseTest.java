package org.w3id.dgkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may delete a generation: nobody while a reader holds its lease; anybody (that holds the
 * build lock) once it is neither current nor read, which covers the half-written folder a
 * killed build leaves; never while a build is running.
 */
class GenerationLeaseTest {
    @TempDir
    Path dir;

    static Dataset data(int n) {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> {
            for (int i = 0; i < n; i++)
                ds.asDatasetGraph().add(new Quad(NodeFactory.createURI("https://w3id.org/dgkg/graph/doc/t"),
                        NodeFactory.createURI("https://w3id.org/dgkg/id/actor/a" + i),
                        NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString("行为体" + i)));
        });
        return ds;
    }

    private List<String> generations(Path db) throws IOException {
        try (var list = Files.list(db)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        }
    }

    /** What a build killed during its load leaves: a gen- folder with part of a TDB2 database, no CURRENT pointing at it. */
    private Path killedBuildLeftover(Path db) throws IOException {
        Path gen = db.resolve("gen-20200101T000000Z-dead");
        Files.createDirectories(gen.resolve("Data-0001"));
        Files.write(gen.resolve("Data-0001").resolve("nodes.dat"), new byte[4096]);
        Files.createDirectories(gen.resolve("text-index"));
        return gen;
    }

    @Test
    void aKilledBuildsLeftoverIsRemovedByTheNextBuild() throws IOException {
        Tdb2Store store = Tdb2Store.at(dir.resolve("db"));
        Generation first = store.replaceWith(data(3), "one");
        Path leftover = killedBuildLeftover(store.directory());
        Generation second = store.replaceWith(data(4), "two");
        assertFalse(Files.exists(leftover), "the leftover is gone");
        assertFalse(Files.exists(first.directory()), "so is the replaced generation nobody reads");
        assertEquals(List.of(second.name()), generations(store.directory()));
    }

    @Test
    void aLeasedGenerationStaysUntilItsReaderLetsGo() throws IOException {
        Tdb2Store store = Tdb2Store.at(dir.resolve("db"));
        Generation first = store.replaceWith(data(3), "one");
        OpenGeneration reader = store.openCurrent();
        Path leftover = killedBuildLeftover(store.directory());
        Generation second = store.replaceWith(data(5), "two");
        assertTrue(Files.isDirectory(first.directory()), "a generation being read is never deleted");
        assertFalse(Files.exists(leftover), "while the orphan next to it is");
        assertEquals(3L, Txn.calculateRead(reader.datasetGraph(), () -> (long) reader.datasetGraph().getUnionGraph().size()),
                "the reader still reads its generation, whole");
        reader.close();
        assertEquals(List.of(first.name()), store.collect(), "collected once its reader let go");
        assertEquals(List.of(second.name()), generations(store.directory()));
    }

    @Test
    void nothingIsCollectedWhileABuildRuns() throws IOException {
        Tdb2Store store = Tdb2Store.at(dir.resolve("db"));
        store.replaceWith(data(3), "one");
        Path leftover = killedBuildLeftover(store.directory());
        try (Tdb2Store.BuildLock building = store.lockForBuild()) {
            // another thread (a server's collector) must leave the build's folders alone
            List<String> removed = CompletableFuture.supplyAsync(store::collect).join();
            assertEquals(List.of(), removed);
            assertTrue(Files.exists(leftover));
        }
        assertEquals(List.of(leftover.getFileName().toString()), store.collect());
    }

    @Test
    void aSecondBuildIsRefusedWithAMessageNamingTheFirst() throws IOException {
        Tdb2Store store = Tdb2Store.at(dir.resolve("db"));
        try (Tdb2Store.BuildLock first = store.lockForBuild()) {
            CompletionException e = assertThrows(CompletionException.class,
                    () -> CompletableFuture.runAsync(() -> store.replaceWith(data(2), "x")).join());
            assertTrue(e.getCause() instanceof StoreException, e.toString());
            String m = e.getCause().getMessage();
            assertTrue(m.contains("another build is writing to " + store.directory()) && m.contains("process " + ProcessHandle.current().pid()), m);
        }
        assertEquals(List.of(), generations(store.directory()), "the refused build wrote nothing");
        assertTrue(store.current().isEmpty());
    }
}

package org.w3id.dgkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generation built from staged graph files: the TDB2 database, the dump and the text index
 * hold the staged quads; a stopped or abandoned staging leaves no generation behind.
 */
class StagingTest {
    static final String TRIG = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix oa: <http://www.w3.org/ns/oa#> .
            @prefix id: <https://w3id.org/dgkg/id/> .
            GRAPH <https://w3id.org/dgkg/graph/doc/a> {
              id:eu skos:prefLabel "欧盟"@zh .
              id:a-1 oa:hasBody id:eu ; oa:hasTarget [ oa:hasSource id:a ] .
            }
            GRAPH <https://w3id.org/dgkg/graph/doc/b> {
              id:eu skos:prefLabel "欧盟"@zh .
              id:b-1 oa:hasBody id:eu ; oa:hasTarget [ oa:hasSource id:b ] .
            }
            GRAPH <https://w3id.org/dgkg/graph/meta> { id:a skos:prefLabel "文件"@zh . }
            """;

    @TempDir
    Path dir;

    private static DatasetGraph data() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg);
        return dsg;
    }

    private static void stageAll(Tdb2Store.Staging staging, DatasetGraph data) {
        data.listGraphNodes().forEachRemaining(g -> staging.graphs().write(g, data.find(g, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Quads with blank nodes replaced by one marker (each staged graph has its own blank nodes). */
    private static Set<String> quads(DatasetGraph dsg) {
        Set<String> out = new HashSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.add(q.toString().replaceAll("_:\\S+", "_:b"))));
        return out;
    }

    private List<Path> generations() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(Tdb2Store.GENERATION_PREFIX)).toList();
        }
    }

    @Test
    void theLoadedGenerationHoldsTheStagedGraphs() throws IOException {
        Tdb2Store store = Tdb2Store.at(dir);
        DatasetGraph data = data();
        Generation gen;
        try (Tdb2Store.Staging staging = store.stage()) {
            stageAll(staging, data);
            assertEquals(9, staging.graphs().quads(), "every quad is staged (4 in each document graph, 1 in meta)");
            gen = staging.load("fp", () -> false).commit();
        }
        assertEquals(9, gen.quads());
        assertFalse(Files.exists(gen.directory().resolve(StagedGraphs.DIRECTORY)), "the staged files are removed once loaded");
        DatasetGraph dump = RDFDataMgr.loadDatasetGraph(Tdb2Store.dumpOf(gen).toString());
        assertEquals(quads(data), quads(dump));
        try (OpenGeneration open = store.openCurrent()) {
            assertEquals(quads(data), quads(open.datasetGraph()));
        }
        assertTrue(Files.isDirectory(gen.directory().resolve(TextIndexer.DIRECTORY)));
    }

    @Test
    void aStoppedLoadAndAnAbandonedStagingLeaveNoGeneration() throws IOException {
        Tdb2Store store = Tdb2Store.at(dir);
        try (Tdb2Store.Staging staging = store.stage()) {
            stageAll(staging, data());
            assertEquals(1, generations().size());
            assertThrows(StoreException.class, () -> staging.load("fp", () -> true));
        }
        assertEquals(List.of(), generations());
        try (Tdb2Store.Staging staging = store.stage()) {
            stageAll(staging, data());
            // the build failed before its load: closing removes the folder
        }
        assertEquals(List.of(), generations());
        assertTrue(store.current().isEmpty());
    }

    @Test
    void aGraphIsStagedOnceAndOnlyWithItsOwnQuads() {
        try (Tdb2Store.Staging staging = Tdb2Store.at(dir).stage()) {
            DatasetGraph data = data();
            Node a = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/dgkg/graph/doc/a");
            staging.graphs().write(a, data.find(a, Node.ANY, Node.ANY, Node.ANY));
            assertThrows(IllegalStateException.class, () -> staging.graphs().write(a, data.find(a, Node.ANY, Node.ANY, Node.ANY)));
            Node b = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/dgkg/graph/doc/b");
            assertThrows(IllegalArgumentException.class, () -> staging.graphs().write(b, data.find(a, Node.ANY, Node.ANY, Node.ANY)));
        }
    }

    @Test
    void graphsHeldInMemoryUpToTheLimitReadAsTheStagedFilesAndTheRestGoToFiles() throws IOException {
        DatasetGraph data = data();
        Node a = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/dgkg/graph/doc/a");
        Node b = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/dgkg/graph/doc/b");
        Node meta = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/dgkg/graph/meta");
        StagedGraphs files = new StagedGraphs(Files.createDirectories(dir.resolve("files")));
        StagedGraphs held = new StagedGraphs(Files.createDirectories(dir.resolve("held")), 5);
        for (Node g : List.of(a, b, meta)) {
            files.write(g, data.find(g, Node.ANY, Node.ANY, Node.ANY));
            held.write(g, data.find(g, Node.ANY, Node.ANY, Node.ANY));
        }
        assertEquals(files.quads(), held.quads());
        java.util.Map<Node, StagedGraphs.Staged> byGraph = new java.util.HashMap<>();
        held.graphs().forEach(s -> byGraph.put(s.graph(), s));
        // a (4 quads) is held, b would take the held quads past 5 and goes to its file, meta (1) is held
        assertTrue(byGraph.get(a).held() != null && byGraph.get(a).file() == null);
        assertTrue(byGraph.get(b).held() == null && Files.isRegularFile(byGraph.get(b).file()));
        assertTrue(byGraph.get(meta).held() != null);
        try (Stream<Path> s = Files.list(dir.resolve("held"))) {
            assertEquals(1, s.count(), "one file: b's");
        }
        assertEquals(quads(readAll(files)), quads(readAll(held)));
        // the text index sees every quad once either way
        assertEquals(TextIndexer.buildFromEntries(files.textEntries(), dir.resolve("text-files"), () -> false),
                TextIndexer.buildFromEntries(held.textEntries(), dir.resolve("text-held"), () -> false));
        long filesLoaded = PackedIndexLoad.load(dir.resolve("from-files"), files.graphs(), () -> false);
        long heldLoaded = PackedIndexLoad.load(dir.resolve("from-memory"), held.graphs(), () -> false);
        assertEquals(filesLoaded, heldLoaded);
        DatasetGraph x = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(dir.resolve("from-files").toString());
        DatasetGraph y = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(dir.resolve("from-memory").toString());
        assertEquals(quads(x), quads(y));
        assertEquals(quads(data), quads(y));
    }

    private static DatasetGraph readAll(StagedGraphs staged) {
        DatasetGraph out = DatasetGraphFactory.create();
        for (StagedGraphs.Staged s : staged.graphs())
            StagedGraphs.read(s, org.apache.jena.riot.system.StreamRDFLib.dataset(out));
        return out;
    }
}

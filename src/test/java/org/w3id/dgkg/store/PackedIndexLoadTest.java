package org.w3id.dgkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written index by index ({@link PackedIndexLoad}) holds what TDB2's basic loader
 * puts in one from the same staged files, in B+trees TDB2 checks as sound and can go on writing.
 */
class PackedIndexLoadTest {
    private static final String ID = "https://example.org/id/";

    @TempDir
    Path dir;

    /**
     * Enough quads for B+trees of several levels (an index block holds a few hundred), in three
     * named graphs and the default graph, with the node kinds TDB2 stores in its node table and
     * those it keeps inside the id (integers, dates, booleans), repeated across graphs.
     */
    private static DatasetGraph data() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        Random random = new Random(11);
        List<Node> predicates = List.of(NodeFactory.createURI(ID + "p"), NodeFactory.createURI(ID + "q"), NodeFactory.createURI(ID + "r"));
        Node[] graphs = {NodeFactory.createURI(ID + "g/a"), NodeFactory.createURI(ID + "g/b"), NodeFactory.createURI(ID + "g/c"), Quad.defaultGraphIRI};
        Node blank = NodeFactory.createBlankNode();
        for (int i = 0; i < 12_000; i++) {
            Node s = random.nextInt(10) == 0 ? blank : NodeFactory.createURI(ID + "s" + random.nextInt(3_000));
            Node o = switch (random.nextInt(5)) {
                case 0 -> NodeFactory.createLiteralDT(Integer.toString(random.nextInt(1_000_000) - 500_000), XSDDatatype.XSDinteger);
                case 1 -> NodeFactory.createLiteralLang("标签" + random.nextInt(5_000), "zh");
                case 2 -> NodeFactory.createLiteralDT("20" + (10 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10),
                        XSDDatatype.XSDdate);
                case 3 -> NodeFactory.createLiteralDT(Boolean.toString(random.nextBoolean()), XSDDatatype.XSDboolean);
                default -> NodeFactory.createURI(ID + "o" + random.nextInt(4_000));
            };
            Node g = graphs[random.nextInt(graphs.length)];
            dsg.add(g, s, predicates.get(random.nextInt(predicates.size())), o);
        }
        return dsg;
    }

    static StagedGraphs stage(Path folder, DatasetGraph data) throws java.io.IOException {
        Files.createDirectories(folder);
        StagedGraphs staged = new StagedGraphs(folder);
        List<Node> graphs = new ArrayList<>();
        data.listGraphNodes().forEachRemaining(graphs::add);
        graphs.add(Quad.defaultGraphIRI);
        for (Node g : graphs)
            staged.write(g, data.find(g, Node.ANY, Node.ANY, Node.ANY));
        return staged;
    }

    /** Quads with blank nodes replaced by one marker (each staged graph has its own blank nodes). */
    static Set<String> quads(Path db) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            Set<String> out = new HashSet<>();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.add(q.toString().replaceAll("_:\\S+", "_:b"))));
            return out;
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    /** Per index: how many tuples it holds, after TDB2's own B+tree check; every index of a table holds the same tuples. */
    static long[] indexSizes(Path db) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        try {
            return Txn.calculateRead(dsg, () -> {
                DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
                List<Long> sizes = new ArrayList<>();
                for (TupleIndex[] table : List.of(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(),
                        tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes())) {
                    Set<Tuple<NodeId>> first = null;
                    for (TupleIndex index : table) {
                        TupleIndexRecord r = (TupleIndexRecord) index.baseTupleIndex();
                        ((BPlusTree) r.getRangeIndex()).check();
                        Set<Tuple<NodeId>> tuples = new HashSet<>();
                        r.all().forEachRemaining(tuples::add);
                        if (first == null)
                            first = tuples;
                        assertEquals(first, tuples, "index " + index.getName() + " holds the tuples of the table's first index");
                        sizes.add((long) tuples.size());
                    }
                }
                return sizes.stream().mapToLong(Long::longValue).toArray();
            });
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    @Test
    void holdsWhatTheBasicLoaderLoadsInSoundIndexes() throws Exception {
        DatasetGraph data = data();
        StagedGraphs staged = stage(dir.resolve("staged"), data);
        Path packed = dir.resolve("packed"), basic = dir.resolve("basic");
        long n = PackedIndexLoad.load(packed, staged.graphs(), () -> false);
        long m = Tdb2Store.loadFiles(basic, staged.graphs(), "basic", () -> false);
        long defaultGraph = data.getDefaultGraph().size();
        assertTrue(defaultGraph > 1_000 && data.stream().count() - defaultGraph > 8_000, "both tables get several levels of B+tree");
        assertEquals(m, n, "the count of quads and default-graph triples stored");
        assertEquals(quads(basic), quads(packed));
        long[] sizes = indexSizes(packed);
        assertArrayEquals(indexSizes(basic), sizes);
        assertEquals(n, sizes[0] + sizes[6], "GSPO and SPO, the first index of each table, hold all that was counted");
    }

    @Test
    void takesFurtherWritesAsABasicLoadDoes() throws Exception {
        DatasetGraph data = data();
        Path packed = dir.resolve("packed");
        PackedIndexLoad.load(packed, stage(dir.resolve("staged"), data).graphs(), () -> false);
        // what an incremental build does to a copy: graphs dropped and added in a transaction
        Node a = NodeFactory.createURI(ID + "g/a"), d = NodeFactory.createURI(ID + "g/d");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(packed.toString());
        try {
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(a, Node.ANY, Node.ANY, Node.ANY);
                for (int i = 0; i < 3_000; i++)
                    dsg.add(d, NodeFactory.createURI(ID + "new" + i), NodeFactory.createURI(ID + "p"), NodeFactory.createURI(ID + "s" + i));
            });
        } finally {
            TDBInternal.expel(dsg);
        }
        data.removeGraph(a);
        for (int i = 0; i < 3_000; i++)
            data.add(d, NodeFactory.createURI(ID + "new" + i), NodeFactory.createURI(ID + "p"), NodeFactory.createURI(ID + "s" + i));
        Set<String> expected = new HashSet<>();
        data.find().forEachRemaining(q -> expected.add(q.toString().replaceAll("_:\\S+", "_:b")));
        assertEquals(expected, quads(packed));
        indexSizes(packed); // still sound
    }

    @Test
    void aStoppedLoadThrows() throws Exception {
        StagedGraphs staged = stage(dir.resolve("staged"), data());
        assertThrows(StoreException.class, () -> PackedIndexLoad.load(dir.resolve("packed"), staged.graphs(), () -> true));
    }

    /** How many run files the load's runs folder holds whenever the load polls {@code stop}: the largest count seen. */
    private static final class RunWatch implements java.util.function.BooleanSupplier {
        private final Path runs;
        int most;

        RunWatch(Path gen) {
            this.runs = gen.resolve(PackedIndexLoad.RUNS);
        }

        @Override
        public boolean getAsBoolean() {
            if (Files.isDirectory(runs))
                try (var files = Files.list(runs)) {
                    most = Math.max(most, (int) files.count());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            return false;
        }
    }

    @Test
    void aLoadLargerThanOneBatchIsSortedInRunsOnDiskAndHoldsWhatTheBasicLoaderLoads() throws Exception {
        DatasetGraph data = data();
        StagedGraphs staged = stage(dir.resolve("staged"), data);
        Path packed = dir.resolve("packed"), basic = dir.resolve("basic");
        RunWatch watch = new RunWatch(packed);
        long n = PackedIndexLoad.load(packed, staged.graphs(), watch, 700); // 12,000 tuples: 13+ runs per index
        long m = Tdb2Store.loadFiles(basic, staged.graphs(), "basic", () -> false);
        assertTrue(watch.most >= 6 * 10, "the quad indexes were written as runs and merged: " + watch.most + " run files");
        assertEquals(m, n, "the count of quads and default-graph triples stored, duplicates across runs once");
        assertEquals(quads(basic), quads(packed));
        long[] sizes = indexSizes(packed);
        assertArrayEquals(indexSizes(basic), sizes);
        assertFalse(Files.exists(packed.resolve(PackedIndexLoad.RUNS)), "the runs are removed when the load ends");
    }

    @Test
    void aLoadOfOneBatchAndOneOfHundredsOfRunsAgree() throws Exception {
        StagedGraphs staged = stage(dir.resolve("staged"), data());
        long total = staged.quads();
        Path whole = dir.resolve("whole"), single = dir.resolve("single");
        long a = PackedIndexLoad.load(whole, staged.graphs(), () -> false, (int) total + 1);
        long b = PackedIndexLoad.load(single, staged.graphs(), () -> false, 100); // ~100 runs per index: 64 merged into one first
        assertEquals(a, b);
        assertEquals(quads(whole), quads(single));
        assertArrayEquals(indexSizes(whole), indexSizes(single));
    }

    @Test
    void aBadStagedFileFailsTheLoadAndLeavesNoRuns() throws Exception {
        StagedGraphs staged = stage(dir.resolve("staged"), data());
        List<StagedGraphs.Staged> graphs = new ArrayList<>(staged.graphs());
        // a last file whose second half is not RDF Thrift, read after runs were written
        StagedGraphs.Staged last = graphs.get(graphs.size() - 1);
        byte[] bytes = Files.readAllBytes(last.file());
        java.util.Arrays.fill(bytes, bytes.length / 2, bytes.length, (byte) 0x7f);
        Path cut = dir.resolve("bad.rt");
        Files.write(cut, bytes);
        graphs.add(new StagedGraphs.Staged(org.apache.jena.graph.NodeFactory.createURI(ID + "g/zz"), cut, last.quads()));
        Path packed = dir.resolve("packed");
        assertThrows(RuntimeException.class, () -> PackedIndexLoad.load(packed, graphs, () -> false, 500));
        assertFalse(Files.exists(packed.resolve(PackedIndexLoad.RUNS)), "no run is left behind");
    }

    @Test
    void aFullDiskWhileWritingRunsIsReportedAsSuch() throws Exception {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "needs /dev/full (Linux)");
        StagedGraphs staged = stage(dir.resolve("staged"), data());
        Path packed = dir.resolve("packed");
        Path runs = Files.createDirectories(packed.resolve(PackedIndexLoad.RUNS));
        // the first run (of the first quad index: the quads fill a batch first) goes to a device that
        // answers each write with ENOSPC
        Files.createSymbolicLink(runs.resolve("GSPO-0.run"), full);
        StoreException e = assertThrows(StoreException.class, () -> PackedIndexLoad.load(packed, staged.graphs(), () -> false, 2_000));
        assertTrue(DiskFull.causedBy(e), "the cause says the disk is full: " + e);
        assertTrue(e.getMessage().contains("sorted run of TDB2 index"), e.getMessage());
        assertFalse(Files.exists(runs), "the runs folder is removed");
    }

    @Test
    void runsMergeInByteOrderEachKeyOnce() throws Exception {
        try (SortedRuns runs = new SortedRuns(dir.resolve("runs"), "T", 8)) {
            long[][] batches = {{1, 5, 9, 0xFFL << 56}, {2, 5, 7}, {}, {1, 9, 10, 0x80L << 56}};
            for (long[] batch : batches) {
                SortedRuns.Run run = runs.startRun(batch.length);
                for (long v : batch)
                    run.add(java.nio.ByteBuffer.allocate(8).putLong(v).array(), 0, new int[] {0});
                run.finish();
            }
            List<Long> merged = new ArrayList<>();
            runs.merged(() -> false).forEachRemaining(k -> merged.add(java.nio.ByteBuffer.wrap(k).getLong()));
            // unsigned byte order: the keys with the top bit set come last
            assertEquals(List.of(1L, 2L, 5L, 7L, 9L, 10L, 0x80L << 56, 0xFFL << 56), merged);
        }
        assertFalse(Files.exists(dir.resolve("runs")));
    }

    @Test
    void sortsTuplesByTheirKeyColumnsInOrder() {
        // three tuples of width 2, ranks (1,0) (0,2) (0,1): by column 0 then 1 → 2, 1, 0; by column 1 then 0 → 0, 2, 1
        int[] rank = {1, 0, 0, 2, 0, 1};
        assertArrayEquals(new int[] {2, 1, 0}, PackedIndexLoad.sortedBy(rank, 2, new int[] {0, 1}, 3));
        assertArrayEquals(new int[] {0, 2, 1}, PackedIndexLoad.sortedBy(rank, 2, new int[] {1, 0}, 3));
    }
}

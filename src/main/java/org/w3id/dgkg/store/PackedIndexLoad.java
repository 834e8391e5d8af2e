package org.w3id.dgkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.block.BlockMgr;
import org.apache.jena.dboe.base.block.BlockMgrFactory;
import org.apache.jena.dboe.base.file.BufferChannel;
import org.apache.jena.dboe.base.file.FileFactory;
import org.apache.jena.dboe.base.file.FileSet;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.sys.Names;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Loads staged graphs into a new, empty TDB2 database by writing each index once, in order,
 * instead of inserting every quad into six B+trees one after the other (TDB2's basic loader).
 * <p>
 * Why: in a cold build of corpus/ the basic loader's B+tree inserts were two thirds of the TDB2
 * load, which is the store step's critical path (docs/benchmarks.md, "the TDB2 load written
 * index by index"): each insert searches the tree from its root, comparing keys byte by byte
 * over the mapped file, and splits blocks as they fill. TDB2's own offline loader
 * ({@code tdb2.xloader}) instead sorts the tuples of each index and packs them into blocks
 * bottom up ({@link BPlusTreeRewriter}); this does the same.
 * <ol>
 * <li>The nodes go into the database's node table in a write transaction, as the basic loader
 *     puts them (so the node table is TDB2's own), and each quad is kept as its four node ids,
 *     in batches of at most {@value #DEFAULT_RUN_TUPLES} tuples ({@value #RUN_TUPLES}). A batch
 *     that fills is sorted once per index and written to disk as that index's next run
 *     ({@link SortedRuns}, an external sort), so the memory of the load does not grow with the
 *     corpus.</li>
 * <li>With the database closed, each quad index (and triple index, for triples of the default
 *     graph) is written from scratch: its tuples in the index's column order, sorted (in memory
 *     when they never filled a batch, else the runs merged), duplicates dropped, packed into that
 *     index's files with the B+tree parameters the database uses.</li>
 * </ol>
 * The runs live in the generation folder ({@value #RUNS}) and are removed when the load ends,
 * failed or not; a failed load leaves the rest to its caller, which removes the generation.
 * Only for a database that is new and empty: the indexes' files are replaced.
 */
final class PackedIndexLoad {
    private static final int ID = 8; // bytes of a stored NodeId

    private PackedIndexLoad() {}

    /** One index to write: its name, its column order, its B+tree's parameters. */
    private record IndexFile(String name, TupleMap order, BPlusTreeParams params, RecordFactory records) {}

    /** The node ids of the quads (or triples) read: {@code width} ids per tuple, as bytes, in the table's primary order. */
    private static final class Tuples {
        final int width;
        byte[] bytes = new byte[1 << 16];
        int count;
        private int[] ranks;
        int distinctIds;

        private final long capacity; // bytes of the largest batch

        Tuples(int width, int maxTuples) {
            this.width = width;
            this.capacity = (long) maxTuples * width * ID;
        }

        void add(NodeId... ids) {
            int at = count * width * ID;
            if (at + width * ID > bytes.length)
                bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8,
                        Math.max(at + width * ID, Math.min(capacity, bytes.length * 2L))));
            for (NodeId id : ids) {
                NodeIdFactory.set(id, bytes, at);
                at += ID;
            }
            count++;
            ranks = null;
        }

        /** Empty again; the array is kept for the next batch. */
        void clear() {
            count = 0;
            ranks = null;
        }

        /**
         * Each stored id replaced by its rank among the distinct ids, in the order the B+trees
         * keep them (the bytes compared unsigned, first to last: a big-endian long compared
         * unsigned), so that tuples sort by counting sorts of small integers.
         */
        int[] ranks() {
            if (ranks != null)
                return ranks;
            java.nio.ByteBuffer view = java.nio.ByteBuffer.wrap(bytes); // big-endian
            long[] ids = new long[count * width];
            for (int i = 0; i < ids.length; i++)
                ids[i] = view.getLong(i * ID) ^ Long.MIN_VALUE; // unsigned order as signed order
            long[] distinct = ids.clone();
            Arrays.sort(distinct);
            int n = 0;
            for (int i = 0; i < distinct.length; i++)
                if (n == 0 || distinct[n - 1] != distinct[i])
                    distinct[n++] = distinct[i];
            int[] out = new int[ids.length];
            for (int i = 0; i < ids.length; i++)
                out[i] = Arrays.binarySearch(distinct, 0, n, ids[i]);
            distinctIds = n;
            return ranks = out;
        }
    }

    /**
     * The tuples in the order of their keys ({@code column[k]} is the tuple column at key
     * position k): a least-significant-column-first radix sort, one stable counting sort by
     * rank per column.
     */
    static int[] sortedBy(int[] rank, int width, int[] column, int ranks) {
        int n = rank.length / width;
        int[] order = new int[n], next = new int[n];
        for (int t = 0; t < n; t++)
            order[t] = t;
        int[] start = new int[ranks + 1];
        for (int k = width - 1; k >= 0; k--) {
            int c = column[k];
            Arrays.fill(start, 0);
            for (int t = 0; t < n; t++)
                start[rank[t * width + c] + 1]++;
            for (int r = 0; r < ranks; r++)
                start[r + 1] += start[r];
            for (int t : order)
                next[start[rank[t * width + c]]++] = t;
            int[] swap = order;
            order = next;
            next = swap;
        }
        return order;
    }

    private static boolean sameKey(int[] rank, int width, int a, int b) {
        for (int k = 0; k < width; k++)
            if (rank[a * width + k] != rank[b * width + k])
                return false;
        return true;
    }

    /** System property: the most tuples of a table held in memory before they are sorted into runs on disk. */
    static final String RUN_TUPLES = "dgkg.packed.runTuples";
    /**
     * Tuples held at once: 32 bytes a quad, and about 120 while a batch is ranked and sorted
     * (0.25 GB at most); ×10 of corpus/ (1.2 M quads) fits in one batch and writes no run.
     */
    static final int DEFAULT_RUN_TUPLES = 2_000_000;
    /** Inside the generation folder: the sorted runs, removed when the indexes are written. */
    static final String RUNS = "tdb-sort-runs";

    /**
     * Loads {@code staged} into the (new, empty) TDB2 database at {@code gen}; polls {@code stop}.
     * Returns the quads (and default-graph triples) stored, duplicates counted once.
     */
    static long load(Path gen, List<StagedGraphs.Staged> staged, BooleanSupplier stop) {
        return load(gen, staged, stop, Integer.getInteger(RUN_TUPLES, DEFAULT_RUN_TUPLES));
    }

    /** As {@link #load(Path, List, BooleanSupplier)}, holding at most {@code runTuples} tuples of a table in memory. */
    static long load(Path gen, List<StagedGraphs.Staged> staged, BooleanSupplier stop, int runTuples) {
        if (runTuples < 1)
            throw new StoreException(RUN_TUPLES + " must be at least 1, not " + runTuples);
        List<IndexFile> quadIndexes = new ArrayList<>();
        List<IndexFile> tripleIndexes = new ArrayList<>();
        Location storage;
        StoreParams params;
        Path runs = gen.resolve(RUNS);
        DatasetGraph target = DatabaseMgr.connectDatasetGraph(gen.toString());
        boolean failed = true;
        try (Table quads = new Table(4, runTuples, runs, quadIndexes); Table triples = new Table(3, runTuples, runs, tripleIndexes)) {
            try {
                DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(target);
                storage = tdb.getLocation();
                params = tdb.getStoreParams();
                describe(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(), quadIndexes);
                describe(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes(), tripleIndexes);
                Txn.executeWrite(target, () -> collect(tdb, staged, quads, triples, stop));
                failed = false;
            } finally {
                TDBInternal.expel(target, failed);
            }
            long stored = 0;
            for (Table table : List.of(quads, triples))
                for (IndexFile index : table.indexes) {
                    long n = pack(storage, index, table.keys(index, stop), params, stop);
                    if (index == table.indexes.get(0))
                        stored += n;
                }
            return stored;
        }
    }

    /**
     * Reads the staged files: every node into the node table (in the write transaction the
     * caller holds), every quad's ids into {@code quads}, every default-graph triple's into
     * {@code triples}.
     */
    private static void collect(DatasetGraphTDB tdb, List<StagedGraphs.Staged> staged, Table quads, Table triples, BooleanSupplier stop) {
        NodeTable table = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        // TDB2's node cache (Caffeine, behind a per-thread buffer) cost a third of this pass; a
        // plain map in front of it answers the repeated nodes (graphs, predicates, classes). It is
        // emptied when full, so that it does not grow with the corpus (the repeated ones come back).
        java.util.Map<Node, NodeId> known = new java.util.HashMap<>();
        NodeTable stored = storedNodes(table);
        java.util.function.Function<Node, NodeId> nodes = n -> {
            NodeId id = known.get(n);
            if (id == null) {
                id = stored == null ? table.getAllocateNodeId(n) : allocate(stored, n);
                if (known.size() >= KNOWN_NODES)
                    known.clear();
                known.put(n, id);
            }
            return id;
        };
        StreamRDFBase into = new StreamRDFBase() {
            private long n;

            @Override
            public void quad(Quad q) {
                poll();
                if (q.isDefaultGraph())
                    triple(q.asTriple());
                else
                    quads.add(nodes.apply(q.getGraph()), nodes.apply(q.getSubject()), nodes.apply(q.getPredicate()),
                            nodes.apply(q.getObject()));
            }

            @Override
            public void triple(Triple t) {
                poll();
                triples.add(nodes.apply(t.getSubject()), nodes.apply(t.getPredicate()), nodes.apply(t.getObject()));
            }

            private void poll() {
                if ((++n & 0x3fff) == 0 && stop.getAsBoolean())
                    throw Tdb2Store.stopped("loading into TDB2");
            }
        };
        for (StagedGraphs.Staged s : staged) {
            if (stop.getAsBoolean())
                throw Tdb2Store.stopped("loading into TDB2");
            StagedGraphs.read(s, into);
        }
    }

    /**
     * The table that stores the nodes under TDB2's usual node table: TDB2 wraps it in a cache
     * ({@code NodeTableCache}), itself wrapped in the table that inlines small values in the id
     * ({@code NodeTableInline}). The load gives each node to it once (its own map answers the
     * repeated ones) and closes the database after, so the cache's bookkeeping on every new node
     * (a Caffeine put, 15% of the load's CPU) bought nothing. Null when the tables are not wrapped
     * so; the load then goes through the usual table.
     */
    private static NodeTable storedNodes(NodeTable table) {
        if (table instanceof org.apache.jena.tdb2.store.nodetable.NodeTableInline inline
                && inline.wrapped() instanceof org.apache.jena.tdb2.store.nodetable.NodeTableCache cache)
            return cache.wrapped();
        return null;
    }

    /** What {@code NodeTableInline.getAllocateNodeId} does, to the stored table without the cache: the same id. */
    private static NodeId allocate(NodeTable stored, Node n) {
        NodeId inline = NodeId.inline(n);
        return inline != null ? inline : stored.getAllocateNodeId(n);
    }

    /** Nodes kept in the load's own map of node ids before it is emptied (about 40 MB). */
    private static final int KNOWN_NODES = 1 << 18;

    /**
     * The tuples of one table (quads, or default-graph triples): a batch in memory, and once a
     * batch has filled, for each of the table's indexes the sorted runs written so far.
     */
    private static final class Table implements AutoCloseable {
        final List<IndexFile> indexes;
        private final Tuples batch;
        private final int runTuples;
        private final Path runDir;
        private final java.util.Map<String, SortedRuns> runs = new java.util.HashMap<>();

        Table(int width, int runTuples, Path runDir, List<IndexFile> indexes) {
            this.batch = new Tuples(width, runTuples);
            this.runTuples = runTuples;
            this.runDir = runDir;
            this.indexes = indexes;
        }

        void add(NodeId... ids) {
            batch.add(ids);
            if (batch.count >= runTuples)
                spill();
        }

        /** The batch sorted into one run per index, and emptied. */
        private void spill() {
            int width = batch.width;
            int[] rank = batch.ranks();
            for (IndexFile index : indexes) {
                int[] column = columns(index, width);
                SortedRuns.Run run = runs.computeIfAbsent(index.name(), n -> new SortedRuns(runDir, n, width * ID)).startRun(batch.count);
                int last = -1;
                for (int t : sortedBy(rank, width, column, batch.distinctIds)) {
                    if (last < 0 || !sameKey(rank, width, last, t))
                        run.add(batch.bytes, t * width * ID, column);
                    last = t;
                }
                run.finish();
            }
            batch.clear();
        }

        /**
         * The distinct keys of {@code index}, in its order: sorted in memory when the table never
         * filled a batch, else the batch left is written as one more run and the runs are merged.
         */
        java.util.Iterator<byte[]> keys(IndexFile index, BooleanSupplier stop) {
            int width = batch.width;
            int[] column = columns(index, width);
            if (runs.isEmpty()) {
                if (batch.count == 0)
                    return java.util.Collections.emptyIterator();
                int[] rank = batch.ranks();
                int[] order = sortedBy(rank, width, column, batch.distinctIds);
                int[] rows = new int[order.length];
                int distinct = 0;
                for (int t : order)
                    if (distinct == 0 || !sameKey(rank, width, rows[distinct - 1], t))
                        rows[distinct++] = t;
                int count = distinct;
                byte[] bytes = batch.bytes;
                return new java.util.Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < count;
                    }

                    @Override
                    public byte[] next() {
                        if (next >= count)
                            throw new java.util.NoSuchElementException();
                        int from = rows[next++] * width * ID;
                        byte[] key = new byte[width * ID];
                        for (int k = 0; k < width; k++)
                            System.arraycopy(bytes, from + column[k] * ID, key, k * ID, ID);
                        return key;
                    }
                };
            }
            if (batch.count > 0)
                spill();
            return runs.get(index.name()).merged(stop);
        }

        @Override
        public void close() {
            for (SortedRuns r : runs.values())
                r.close();
        }
    }

    /** The tuple column stored at each position of the index's key. */
    private static int[] columns(IndexFile index, int width) {
        if (index.order().length() != width || index.records().keyLength() != width * ID || index.records().hasValue())
            throw new StoreException("TDB2 index " + index.name() + " has an unexpected record layout (" + index.records() + ")");
        int[] column = new int[width];
        for (int k = 0; k < width; k++)
            column[k] = index.order().getSlotIdx(k);
        return column;
    }

    private static void describe(TupleIndex[] indexes, List<IndexFile> into) {
        for (TupleIndex i : indexes) {
            if (!(i.baseTupleIndex() instanceof TupleIndexRecord r) || !(r.getRangeIndex() instanceof BPlusTree bpt))
                throw new StoreException("TDB2 index " + i.getName() + " is not a B+tree; cannot write it in order");
            into.add(new IndexFile(i.getName(), i.getMapping(), bpt.getParams(), bpt.getRecordFactory()));
        }
    }

    /** Writes one index from its distinct keys in order, replacing its (empty) files; returns the keys written. */
    private static long pack(Location storage, IndexFile index, java.util.Iterator<byte[]> keys, StoreParams params, BooleanSupplier stop) {
        if (stop.getAsBoolean())
            throw Tdb2Store.stopped("loading into TDB2");
        if (!keys.hasNext())
            return 0; // the empty tree TDB2 made stays
        long[] written = new long[1];
        java.util.Iterator<Record> records = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return keys.hasNext();
            }

            @Override
            public Record next() {
                written[0]++;
                return index.records().create(keys.next());
            }
        };
        FileSet files = new FileSet(storage, index.name());
        for (String ext : List.of(Names.extBptState, Names.extBptTree, Names.extBptRecords)) {
            try {
                Files.deleteIfExists(Path.of(files.filename(ext)));
            } catch (IOException e) {
                throw new StoreException("could not replace " + files.filename(ext) + ": " + e.getMessage(), e);
            }
        }
        BufferChannel state = FileFactory.createBufferChannel(files, Names.extBptState);
        BlockMgr nodes = BlockMgrFactory.create(files, Names.extBptTree, params.getBlockSize(), params.getBlockReadCacheSize(),
                params.getBlockWriteCacheSize());
        BlockMgr leaves = BlockMgrFactory.create(files, Names.extBptRecords, params.getBlockSize(), params.getBlockReadCacheSize(),
                params.getBlockWriteCacheSize());
        BPlusTree tree = BPlusTreeRewriter.packIntoBPlusTree(records, index.params(),
                index.records(), state, nodes, leaves);
        if (tree == null)
            throw new StoreException("TDB2 index " + index.name() + " could not be written in order");
        tree.close();
        return written[0];
    }
}

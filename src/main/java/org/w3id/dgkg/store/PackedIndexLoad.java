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
 * bottom up ({@link BPlusTreeRewriter}); this does the same in memory, for a build small enough
 * to hold its tuples (the caller decides).
 * <ol>
 * <li>The nodes go into the database's node table in a write transaction, as the basic loader
 *     puts them (so the node table is TDB2's own), and each quad is kept as its four node ids.</li>
 * <li>With the database closed, each quad index (and triple index, for triples of the default
 *     graph) is written from scratch: the tuples in the index's column order, sorted, duplicates
 *     dropped, packed into that index's files with the B+tree parameters the database uses.</li>
 * </ol>
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

        Tuples(int width) {
            this.width = width;
        }

        void add(NodeId... ids) {
            int at = count * width * ID;
            if (at + width * ID > bytes.length)
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, at + width * ID));
            for (NodeId id : ids) {
                NodeIdFactory.set(id, bytes, at);
                at += ID;
            }
            count++;
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

    /**
     * Loads {@code staged} into the (new, empty) TDB2 database at {@code gen}; polls {@code stop}.
     * Returns the quads (and default-graph triples) stored, duplicates counted once.
     */
    static long load(Path gen, List<StagedGraphs.Staged> staged, BooleanSupplier stop) {
        Tuples quads = new Tuples(4);
        Tuples triples = new Tuples(3);
        List<IndexFile> quadIndexes = new ArrayList<>();
        List<IndexFile> tripleIndexes = new ArrayList<>();
        Location storage;
        StoreParams params;
        DatasetGraph target = DatabaseMgr.connectDatasetGraph(gen.toString());
        boolean failed = true;
        try {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(target);
            storage = tdb.getLocation();
            params = tdb.getStoreParams();
            describe(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(), quadIndexes);
            describe(tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes(), tripleIndexes);
            Txn.executeWrite(target, () -> {
                NodeTable table = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
                // TDB2's node cache (Caffeine, behind a per-thread buffer) cost a third of this pass;
                // a plain map in front of it answers the repeated nodes (graphs, predicates, classes)
                java.util.Map<Node, NodeId> known = new java.util.HashMap<>();
                java.util.function.Function<Node, NodeId> nodes = n -> {
                    NodeId id = known.get(n);
                    if (id == null) {
                        id = table.getAllocateNodeId(n);
                        known.put(n, id);
                    }
                    return id;
                };
                StreamRDFBase collect = new StreamRDFBase() {
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
                    StagedGraphs.read(s, collect);
                }
            });
            failed = false;
        } finally {
            TDBInternal.expel(target, failed);
        }
        long stored = 0;
        for (IndexFile index : quadIndexes) {
            long n = pack(storage, index, quads, params, stop);
            if (index.name().equals(quadIndexes.get(0).name()))
                stored += n;
        }
        for (IndexFile index : tripleIndexes) {
            long n = pack(storage, index, triples, params, stop);
            if (index.name().equals(tripleIndexes.get(0).name()))
                stored += n;
        }
        return stored;
    }

    private static void describe(TupleIndex[] indexes, List<IndexFile> into) {
        for (TupleIndex i : indexes) {
            if (!(i.baseTupleIndex() instanceof TupleIndexRecord r) || !(r.getRangeIndex() instanceof BPlusTree bpt))
                throw new StoreException("TDB2 index " + i.getName() + " is not a B+tree; cannot write it in order");
            into.add(new IndexFile(i.getName(), i.getMapping(), bpt.getParams(), bpt.getRecordFactory()));
        }
    }

    /** Writes one index from the tuples, replacing its (empty) files; returns the distinct tuples written. */
    private static long pack(Location storage, IndexFile index, Tuples tuples, StoreParams params, BooleanSupplier stop) {
        if (stop.getAsBoolean())
            throw Tdb2Store.stopped("loading into TDB2");
        if (tuples.count == 0)
            return 0; // the empty tree TDB2 made stays
        int width = tuples.width;
        if (index.order().length() != width || index.records().keyLength() != width * ID || index.records().hasValue())
            throw new StoreException("TDB2 index " + index.name() + " has an unexpected record layout (" + index.records() + ")");
        int[] column = new int[width]; // the tuple column stored at each position of the key
        for (int k = 0; k < width; k++)
            column[k] = index.order().getSlotIdx(k);
        int[] rank = tuples.ranks();
        int[] order = sortedBy(rank, width, column, tuples.distinctIds);
        // the distinct tuples in key order, each made into the index's record as the packer asks for it
        int[] rows = new int[order.length];
        int distinct = 0;
        for (int t : order)
            if (distinct == 0 || !sameKey(rank, width, rows[distinct - 1], t))
                rows[distinct++] = t;
        int count = distinct;
        java.util.Iterator<Record> records = new java.util.Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Record next() {
                if (next >= count)
                    throw new java.util.NoSuchElementException();
                int from = rows[next++] * width * ID;
                byte[] key = new byte[width * ID];
                for (int k = 0; k < width; k++)
                    System.arraycopy(tuples.bytes, from + column[k] * ID, key, k * ID, ID);
                return index.records().create(key);
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
        return distinct;
    }
}

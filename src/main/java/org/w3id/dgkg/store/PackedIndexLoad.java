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
        }
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
                NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
                StreamRDFBase collect = new StreamRDFBase() {
                    private long n;

                    @Override
                    public void quad(Quad q) {
                        poll();
                        if (q.isDefaultGraph())
                            triple(q.asTriple());
                        else
                            quads.add(nodes.getAllocateNodeId(q.getGraph()), nodes.getAllocateNodeId(q.getSubject()),
                                    nodes.getAllocateNodeId(q.getPredicate()), nodes.getAllocateNodeId(q.getObject()));
                    }

                    @Override
                    public void triple(Triple t) {
                        poll();
                        triples.add(nodes.getAllocateNodeId(t.getSubject()), nodes.getAllocateNodeId(t.getPredicate()),
                                nodes.getAllocateNodeId(t.getObject()));
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
        Record[] rows = new Record[tuples.count];
        for (int t = 0; t < tuples.count; t++) {
            byte[] key = new byte[width * ID];
            int from = t * width * ID;
            for (int k = 0; k < width; k++)
                System.arraycopy(tuples.bytes, from + column[k] * ID, key, k * ID, ID);
            rows[t] = index.records().create(key);
        }
        Arrays.sort(rows, Record::compareByKey);
        int distinct = 0;
        for (int t = 0; t < rows.length; t++)
            if (distinct == 0 || !Record.keyEQ(rows[distinct - 1], rows[t]))
                rows[distinct++] = rows[t];
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
        BPlusTree tree = BPlusTreeRewriter.packIntoBPlusTree(Arrays.asList(rows).subList(0, distinct).iterator(), index.params(),
                index.records(), state, nodes, leaves);
        if (tree == null)
            throw new StoreException("TDB2 index " + index.name() + " could not be written in order");
        tree.close();
        return distinct;
    }
}

package org.w3id.dgkg.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a new generation from the live one when only some named graphs changed: copies the live
 * generation's folder (TDB2 files and text index; the live one is only read, never opened for
 * writing), then, in the copy, replaces the changed graphs in one TDB2 write transaction and
 * updates the text index for the subjects those graphs describe ({@link TextIndexUpdate}).
 * The result holds the same quads as a full load of {@code data}, provided every graph not named
 * in {@code changed} is equal in the live generation and in {@code data} (the caller's promise:
 * an incremental build only when the code, ontology and shapes are those the live one was built with).
 */
final class IncrementalLoad {
    private static final Logger LOG = LoggerFactory.getLogger(IncrementalLoad.class);
    /** Files of a generation that belong to the process holding them or are rewritten for the new one. */
    private static final Set<String> NOT_COPIED = Set.of("tdb.lock", Tdb2Store.LEASE, Tdb2Store.INFO, Tdb2Store.DUMP, DumpWriter.MEMBERS);

    private IncrementalLoad() {}

    /**
     * What {@link #apply} did: replaced the changed graphs, adding {@code delta} quads to the
     * generation (negative: fewer), or loaded the generation in full ({@code replaced} false,
     * {@code quads} then the generation's quads).
     */
    record Applied(boolean replaced, long delta, long quads) {}

    /** {@link #apply(Path, Path, DatasetGraph, Set, java.util.function.Supplier)} with {@code data} complete. */
    static Applied apply(Path base, Path gen, DatasetGraph data, Set<Node> changed) throws IOException {
        return apply(base, gen, data, changed, () -> data);
    }

    /**
     * Replaces the {@code changed} graphs of {@code gen}, a {@link #copy} of {@code base}, with
     * those of {@code data}. {@code data} holds every changed graph whole; of the other graphs it
     * may hold only what the text index update reads (their labels); {@code complete} gives the
     * whole dataset, needed only when the generation has to be loaded in full instead.
     */
    static Applied apply(Path base, Path gen, DatasetGraph data, Set<Node> changed, java.util.function.Supplier<DatasetGraph> complete)
            throws IOException {
        return apply(base, gen, data, changed, complete, java.util.Map.of());
    }

    /**
     * The same, where {@code previous} gives some changed graphs as the live generation holds them
     * (the caller knows them from its build cache): those are compared in memory with the new
     * ones and only the difference touches TDB2 ({@link #replaceKnown}); the others are compared
     * as TDB2 stores them ({@link #replace}). Should a known graph not have been what TDB2 held,
     * the check after the edit finds its size wrong and the generation is loaded in full.
     */
    static Applied apply(Path base, Path gen, DatasetGraph data, Set<Node> changed, java.util.function.Supplier<DatasetGraph> complete,
            java.util.Map<Node, org.apache.jena.graph.Graph> previous) throws IOException {
        long t1 = System.nanoTime();
        DatasetGraph target = DatabaseMgr.connectDatasetGraph(gen.toString());
        long t2;
        long delta;
        boolean fallback;
        try {
            // what the index holds for the old graphs, read before they are replaced
            Set<Node> oldSubjects = new HashSet<>();
            Txn.executeRead(target, () -> changed.forEach(g -> oldSubjects.addAll(TextIndexUpdate.indexedSubjects(target, g))));
            // the text index only reads data: it is updated while TDB2 writes
            java.util.concurrent.CompletableFuture<Void> index = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    TextIndexUpdate.apply(gen.resolve(TextIndexer.DIRECTORY), data, changed, oldSubjects);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            long[] edits = {0, 0};
            long[] edited = {0};
            List<Quad> added = new java.util.ArrayList<>();
            java.util.Map<Node, Long> sizes = new java.util.HashMap<>(); // of the graphs replaced from a known previous
            long tw = System.nanoTime();
            Txn.executeWrite(target, () -> Txn.executeRead(data, () -> {
                for (Node g : changed) {
                    org.apache.jena.graph.Graph known = previous.get(g);
                    Edit edit;
                    if (known != null && !hasBlankNodes(known)) {
                        edit = replaceKnown(target, data, g, known);
                        sizes.put(g, data.containsGraph(g) ? data.getGraph(g).size() : 0L);
                    } else {
                        edit = replace(target, data, g);
                    }
                    added.addAll(edit.added());
                    edits[0] += edit.gone() + edit.added().size();
                    edits[1] += edit.added().size() - edit.gone();
                }
                edited[0] = System.nanoTime();
            }));
            delta = edits[1];
            LOG.debug("Edits {} ms, commit {} ms", (edited[0] - tw) / 1_000_000, (System.nanoTime() - edited[0]) / 1_000_000);
            // A literal TDB2 stores in another form than it was written (a decimal "0.90" read back
            // as "0.9") could make the two sides disagree; DatasetWriter writes canonical forms, and
            // should one slip through, this generation is loaded in full instead. The check: every
            // added quad reads back term for term (the deleted ones were deleted in the form TDB2
            // gave them, and the rest was the old graph's and is the new one's: so the graph is the new one).
            // A graph replaced from a known previous is the new one also when it holds as many quads
            // as the new graph: a quad TDB2 held that the known graph lacked would be left over.
            boolean same = Txn.calculateRead(target, () -> added.stream().allMatch(q -> readsBack(target, q))
                    && sizes.entrySet().stream().allMatch(e -> storedSize(target, e.getKey()) == e.getValue()));
            LOG.debug("Replaced {} graphs: {} quads deleted or added", changed.size(), edits[0]);
            fallback = !same;
            t2 = System.nanoTime();
            try {
                index.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof java.io.UncheckedIOException io)
                    throw io.getCause();
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
        } finally {
            TDBInternal.expel(target);
        }
        if (fallback) {
            LOG.warn("Replacing graphs left quads behind in {}; loading it in full instead", gen.getFileName());
            // the database and the index only: the dump is being written beside them
            try (var files = Files.list(gen)) {
                for (Path f : files.toList())
                    if (f.getFileName().toString().startsWith("Data-") || f.getFileName().toString().equals(TextIndexer.DIRECTORY)
                            || f.getFileName().toString().equals("tdb.lock"))
                        Tdb2Store.deleteQuietly(f);
            }
            DatasetGraph whole = complete.get();
            long quads = Tdb2Store.bulkLoad(org.apache.jena.query.DatasetFactory.wrap(whole), gen);
            TextIndexer.build(whole, gen.resolve(TextIndexer.DIRECTORY));
            return new Applied(false, 0, quads);
        }
        LOG.info("Incremental load of {}: replaced {} graphs in {} ms, text index updated by {} ms", base.getFileName(), changed.size(), (t2 - t1) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        return new Applied(true, delta, -1);
    }

    /**
     * Makes graph {@code g} of {@code target} equal to that of {@code data} by deleting the quads
     * the new graph does not have and adding those the old one lacks. The two are compared as
     * TDB2 stores them, as tuples of node ids: the old graph is read from the quad index once,
     * without turning its ids back into terms (the meta graph holds every document's text, the
     * counts graph thousands of quads), and each term of the new graph is looked up once in the
     * node table; only the quads to delete are turned into terms. Two terms TDB2 stores as one
     * (a decimal {@code "0.90"} is the value 0.9) are the same here, as in a full load of
     * {@code data}. A TDB2 lookup per quad, and later reading every old quad back as terms, was
     * most of the update's time; adding one document changes a few dozen of the counts graph's
     * ~11,000 quads and a few of the meta graph's.
     * @return how many quads were deleted, and those added
     */
    private static Edit replace(DatasetGraph target, DatasetGraph data, Node g) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(target).getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeId gid = nodes.getNodeIdForNode(g);
        Set<Tuple<NodeId>> old = new HashSet<>();
        if (!NodeId.isDoesNotExist(gid))
            quads.find(gid, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny).forEachRemaining(old::add);
        java.util.Map<Node, NodeId> ids = new java.util.HashMap<>();
        List<Quad> added = new java.util.ArrayList<>();
        quadsOf(data, g).forEachRemaining(q -> {
            NodeId s = ids.computeIfAbsent(q.getSubject(), nodes::getNodeIdForNode);
            NodeId p = ids.computeIfAbsent(q.getPredicate(), nodes::getNodeIdForNode);
            NodeId o = ids.computeIfAbsent(q.getObject(), nodes::getNodeIdForNode);
            boolean known = !NodeId.isDoesNotExist(gid) && !NodeId.isDoesNotExist(s) && !NodeId.isDoesNotExist(p) && !NodeId.isDoesNotExist(o);
            if (!known || !old.remove(TupleFactory.create4(gid, s, p, o)))
                added.add(q);
        });
        // what is left of the old graph is not in the new one
        List<Quad> gone = new java.util.ArrayList<>(old.size());
        for (Tuple<NodeId> t : old)
            gone.add(Quad.create(g, nodes.getNodeForNodeId(t.get(1)), nodes.getNodeForNodeId(t.get(2)), nodes.getNodeForNodeId(t.get(3))));
        gone.forEach(target::delete);
        added.forEach(target::add);
        return new Edit(gone.size(), added);
    }

    private record Edit(long gone, List<Quad> added) {}

    /**
     * Makes graph {@code g} of {@code target} equal to that of {@code data} when {@code old} is
     * what {@code target} holds of it: the two are compared in memory, and only the quads to
     * delete and to add are looked up in TDB2. Adding one document changes a few dozen quads of
     * the counts graph's ~11,000 (one or two per mention) and a few hundred of the meta graph's;
     * {@link #replace} looks every term of the new graph up in TDB2's node table.
     */
    private static Edit replaceKnown(DatasetGraph target, DatasetGraph data, Node g, org.apache.jena.graph.Graph old) {
        org.apache.jena.graph.Graph neu = data.containsGraph(g) ? data.getGraph(g) : org.apache.jena.graph.Graph.emptyGraph;
        List<org.apache.jena.graph.Triple> gone = new java.util.ArrayList<>();
        old.find().forEachRemaining(t -> {
            if (!neu.contains(t))
                gone.add(t);
        });
        List<Quad> added = new java.util.ArrayList<>();
        neu.find().forEachRemaining(t -> {
            if (!old.contains(t))
                added.add(Quad.create(g, t));
        });
        gone.forEach(t -> target.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
        added.forEach(target::add);
        return new Edit(gone.size(), added);
    }

    /** Blank nodes read from two sources never compare equal: a graph with any is compared as TDB2 stores it. */
    private static boolean hasBlankNodes(org.apache.jena.graph.Graph graph) {
        for (var it = graph.find(); it.hasNext();) {
            org.apache.jena.graph.Triple t = it.next();
            if (t.getSubject().isBlank() || t.getObject().isBlank())
                return true;
        }
        return false;
    }

    /** How many quads graph {@code g} of {@code target} holds, counted in its quad index (no term read). */
    private static long storedSize(DatasetGraph target, Node g) {
        NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(target).getQuadTable().getNodeTupleTable();
        NodeId gid = quads.getNodeTable().getNodeIdForNode(g);
        if (NodeId.isDoesNotExist(gid))
            return 0;
        long n = 0;
        for (var it = quads.find(gid, NodeId.NodeIdAny, NodeId.NodeIdAny, NodeId.NodeIdAny); it.hasNext(); it.next())
            n++;
        return n;
    }

    /**
     * Whether TDB2 gives quad {@code q} back exactly: looked up by its terms (a literal stored as
     * a value, such as a decimal, is found by value), then compared term for term. One lookup per
     * added quad, instead of reading every changed graph back (the meta graph holds every
     * document's text).
     */
    private static boolean readsBack(DatasetGraph target, Quad q) {
        for (var it = target.find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); it.hasNext();)
            if (it.next().equals(q))
                return true;
        return false;
    }

    /**
     * The quads of graph {@code g} of an in-memory dataset, none when it has no such graph: asking
     * a dataset of linked graphs for a graph it lacks (a removed document's) would add one, a
     * write inside the read transaction.
     */
    static java.util.Iterator<Quad> quadsOf(DatasetGraph data, Node g) {
        return data.containsGraph(g) ? data.find(g, Node.ANY, Node.ANY, Node.ANY) : java.util.Collections.emptyIterator();
    }

    /**
     * Copies a generation folder, leaving out locks, leases and what is rewritten, and flushes the
     * copy to disk: TDB2's commit flushes its files anyway, and a flush done here, in the
     * background while the build extracts, is not on the update's critical path.
     */
    static void copy(Path from, Path to) throws IOException {
        long t0 = System.nanoTime();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                // Lucene's write.lock is an empty marker; a copy of it would be a stale lock
                if (!NOT_COPIED.contains(name) && !name.endsWith(".tmp") && !name.equals("write.lock"))
                    copySparse(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
        LOG.debug("Copied {} in {} ms", from.getFileName(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static final int CHUNK = 1 << 16;
    private static final byte[] ZEROS = new byte[CHUNK];

    /**
     * Copies a file leaving its all-zero 64 KB chunks as holes. TDB2 sizes its index files in
     * steps of 8 MB and fills them from the start; about three quarters of a generation of
     * corpus/ (212 MB) are zeros, which a plain copy writes out again at every build (and the
     * disk then flushes). A hole reads back as zeros, so the copy holds the same bytes.
     */
    private static void copySparse(Path from, Path to) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            ByteBuffer buf = ByteBuffer.allocate(CHUNK);
            for (long pos = 0; pos < size; pos += CHUNK) {
                buf.clear();
                while (buf.hasRemaining() && in.read(buf, pos + buf.position()) > 0) {
                    // read the whole chunk (or up to the end of the file)
                }
                int n = buf.position();
                if (java.util.Arrays.mismatch(buf.array(), 0, n, ZEROS, 0, n) < 0)
                    continue; // a hole
                buf.flip();
                while (buf.hasRemaining())
                    out.write(buf, pos + buf.position());
            }
            if (out.size() < size) // a file ending in zeros: its length, with a hole up to it
                out.write(ByteBuffer.wrap(new byte[1]), size - 1);
            out.force(true);
        }
        Files.setLastModifiedTime(to, Files.getLastModifiedTime(from));
    }

    static List<String> notCopied() {
        return List.copyOf(NOT_COPIED);
    }
}

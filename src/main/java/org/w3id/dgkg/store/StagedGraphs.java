package org.w3id.dgkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The graphs of a generation being built, one file per named graph in its {@code staging/}
 * folder, written as soon as each graph is made (by several threads at once) so that no step
 * holds the whole dataset: the TDB2 load, the dump and the per-graph SHACL check each read the
 * files. RDF Thrift (binary, streamed): it parses several times faster than N-Quads and keeps
 * the terms exactly as written. A graph's blank nodes are its own (each file is parsed with its
 * own labels), as in the dataset the build wrote before.
 *
 * <p>A small build keeps its graphs in memory instead ({@link #StagedGraphs(Path, long)}): up to
 * a number of quads, a graph's quads are held as they were given and replayed to each reader,
 * neither encoded to a file nor parsed back three times (TDB2, dump, SHACL); the graphs beyond
 * that number go to their files as before, so memory stays bounded at any size.
 */
public final class StagedGraphs {
    static final String DIRECTORY = "staging";

    private final Path directory;
    private final Map<Node, Staged> graphs = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    /** What the text index needs, kept as the quads go by (the index is then built without reading the files back). */
    private final TextEntries text = new TextEntries();

    /** How many quads at most are held in memory rather than staged in files: the staged quads of a small build. */
    private final long inMemoryLimit;
    private final java.util.concurrent.atomic.AtomicLong inMemory = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A staged graph: its file and how many quads it holds; or, when it is held in memory,
     * no file and its quads ({@code held}, in the order they were written).
     */
    public record Staged(Node graph, Path file, long quads, List<Quad> held) {
        public Staged(Node graph, Path file, long quads) {
            this(graph, file, quads, null);
        }
    }

    /** Every graph staged in a file. */
    StagedGraphs(Path directory) {
        this(directory, 0);
    }

    /** Graphs held in memory while the quads held stay within {@code inMemoryQuads}; the others staged in files. */
    StagedGraphs(Path directory, long inMemoryQuads) {
        this.directory = directory;
        this.inMemoryLimit = inMemoryQuads;
    }

    /** The folder the files are in (inside the generation being built). */
    public Path directory() {
        return directory;
    }

    /**
     * Writes graph {@code g} from {@code quads} (all in {@code g}) to its own file. Returns the
     * quads written; an empty graph is not staged (as a dataset has no empty named graph). Each
     * graph is written once.
     */
    public long write(Node g, Iterator<Quad> quads) {
        if (!quads.hasNext())
            return 0;
        if (inMemoryLimit > 0)
            return hold(g, quads);
        return writeFile(g, quads);
    }

    /** Holds graph {@code g} in memory while the limit allows, else writes it to its file. */
    private long hold(Node g, Iterator<Quad> quads) {
        List<Quad> held = new ArrayList<>();
        try (TextEntries.Sink text = this.text.sink()) {
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (!q.getGraph().equals(g))
                    throw new IllegalArgumentException("quad of graph " + q.getGraph() + " staged as graph " + g);
                text.accept(q);
                held.add(q);
            }
        }
        long n = held.size();
        if (inMemory.addAndGet(n) > inMemoryLimit) {
            inMemory.addAndGet(-n);
            return writeFile(g, held.iterator(), false);
        }
        if (graphs.putIfAbsent(g, new Staged(g, null, n, java.util.Collections.unmodifiableList(held))) != null)
            throw new IllegalStateException("graph " + g + " staged twice");
        return n;
    }

    private long writeFile(Node g, Iterator<Quad> quads) {
        return writeFile(g, quads, true);
    }

    /** {@code toText}: whether the text entries still need these quads (not when {@link #hold} gave them already). */
    private long writeFile(Node g, Iterator<Quad> quads, boolean toText) {
        if (graphs.containsKey(g))
            throw new IllegalStateException("graph " + g + " staged twice");
        Path file = directory.resolve(String.format("g%06d.rt", next.getAndIncrement()));
        long n = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16); TextEntries.Sink text = this.text.sink()) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
            w.start();
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (!q.getGraph().equals(g))
                    throw new IllegalArgumentException("quad of graph " + q.getGraph() + " staged as graph " + g);
                w.quad(q);
                if (toText)
                    text.accept(q);
                n++;
            }
            w.finish();
        } catch (IOException e) {
            throw new StoreException("could not write the staged graph " + file + ": " + e.getMessage(), e);
        }
        if (graphs.putIfAbsent(g, new Staged(g, file, n)) != null)
            throw new IllegalStateException("graph " + g + " staged twice");
        return n;
    }

    /** The staged graphs in the order of their IRIs (the order of the dump). */
    public List<Staged> graphs() {
        List<Staged> out = new ArrayList<>(graphs.values());
        out.sort(Comparator.comparing(s -> s.graph().getURI()));
        return out;
    }

    /** What the text index needs of the graphs written so far. */
    TextEntries textEntries() {
        return text;
    }

    /** How many quads are staged. */
    public long quads() {
        return graphs.values().stream().mapToLong(Staged::quads).sum();
    }

    /** Sends the quads of a staged graph to {@code to} (no start/finish). */
    public static void read(Staged s, StreamRDF to) {
        if (s.held() != null) {
            for (Quad q : s.held())
                to.quad(q);
            return;
        }
        RDFParser.source(s.file()).lang(Lang.RDFTHRIFT).parse(to);
    }

    /** A staged graph read back into memory, as triples (one document's graph: small). */
    public static Graph readGraph(Staged s) {
        Graph g = GraphFactory.createDefaultGraph();
        read(s, new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                g.add(q.asTriple());
            }

            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                g.add(t);
            }
        });
        return g;
    }

    static void deleteAll(Path directory) {
        if (!Tdb2Store.deleteQuietly(directory))
            throw new UncheckedIOException(new IOException("could not remove " + directory));
    }
}

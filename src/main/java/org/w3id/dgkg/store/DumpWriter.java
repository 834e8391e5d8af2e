package org.w3id.dgkg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Writes a generation's dump, {@code dgkg.trig.gz}: gzipped TriG, one gzip member per graph in
 * the order of the graphs' IRIs, each member a TriG document of its own (the prefixes, then the
 * graph). Concatenated gzip members are one gzip file (RFC 1952; {@code gzip -d}, Java's
 * {@code GZIPInputStream} and Jena read them as one stream), and TriG allows prefixes to be
 * declared again, so the file is one ordinary TriG dump.
 * <p>
 * Why members: an incremental build changes a few graphs of many; it copies the bytes of every
 * other graph's member from the live generation's dump ({@link #update}) instead of formatting
 * and compressing the whole dataset again (a third of the CPU of adding one document to
 * corpus/). Where each member lies is kept beside the dump in {@value #MEMBERS}.
 * <p>
 * The documents' texts ({@code schema:text} in the meta graph) are most of the meta graph's
 * bytes, and the meta graph changes at every build: each text is a member of its own, after its
 * graph's member, keyed by the graph and a digest of the document and its text
 * ({@link #textKey}), so that an incremental build copies the members of the texts that did not
 * change instead of formatting and compressing every text again. The quads are the same.
 */
final class DumpWriter {
    /**
     * Beside the dump: one line per member, {@code offset TAB length TAB key}; the key is the graph's
     * IRI (empty: the default graph), or for a text member {@code IRI SPACE text SPACE digest}.
     */
    static final String MEMBERS = "dgkg.trig.gz.members";

    private DumpWriter() {}

    private record Member(long offset, long length) {}

    /** Writes every graph of {@code data} to {@code file}. */
    static void write(DatasetGraph data, Path file) {
        update(data, file, null, Set.of());
    }

    /**
     * Writes {@code data} to {@code file}, copying the member of each graph that is not in
     * {@code changed} from the dump {@code previous} when it has one (the caller's promise: those
     * graphs are equal in both). {@code previous} null: every graph is written.
     */
    static void update(DatasetGraph data, Path file, Path previous, Set<Node> changed) {
        update(data, file, previous, changed, () -> data);
    }

    /**
     * The same when {@code data} holds the changed graphs whole but may hold only part of the
     * others (an incremental build's view of its cached documents): those are copied from
     * {@code previous}, and {@code complete} (the whole dataset) is asked for only when
     * {@code previous} lacks one of them. The dump lists every graph of either.
     */
    static void update(DatasetGraph data, Path file, Path previous, Set<Node> changed, java.util.function.Supplier<DatasetGraph> complete) {
        Map<String, Member> old = previous == null ? Map.of() : members(previous).orElse(Map.of());
        DatasetGraph[] whole = {null};
        if (previous == null)
            whole[0] = data;
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Path index = file.resolveSibling(MEMBERS);
        Path indexTmp = file.resolveSibling(MEMBERS + ".tmp");
        try {
            StringBuilder lines = new StringBuilder();
            try (FileChannel in = old.isEmpty() ? null : FileChannel.open(previous, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                Txn.executeRead(data, () -> {
                    PrefixMap prefixes = data.prefixes();
                    for (Node g : graphs(data, old.keySet(), changed)) {
                        String key = g.equals(Quad.defaultGraphIRI) ? "" : g.getURI();
                        Member m = changed.contains(g) ? null : old.get(key);
                        try {
                            if (m != null) { // the graph's member and those of its texts, as they were
                                long start = out.position();
                                copy(in, m, out);
                                lines.append(start).append('\t').append(out.position() - start).append('\t').append(key).append('\n');
                                for (Map.Entry<String, Member> e : old.entrySet())
                                    if (e.getKey().startsWith(key + TEXT)) {
                                        start = out.position();
                                        copy(in, e.getValue(), out);
                                        lines.append(start).append('\t').append(out.position() - start).append('\t').append(e.getKey()).append('\n');
                                    }
                            } else if (changed.contains(g) || whole[0] == data)
                                writeGraph(data, g, prefixes, out, in, old, lines);
                            else { // an unchanged graph the previous dump lacks: from the whole dataset
                                if (whole[0] == null)
                                    whole[0] = complete.get();
                                DatasetGraph all = whole[0];
                                Txn.executeRead(all, () -> {
                                    try {
                                        writeGraph(all, g, prefixes, out, in, old, lines);
                                    } catch (IOException e) {
                                        throw new java.io.UncheckedIOException(e);
                                    }
                                });
                            }
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                });
            }
            replace(tmp, file, indexTmp, index, lines);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw failed(file, e);
        }
    }

    /**
     * Writes the dump from the staged graph files of a streaming build ({@code staged} in the
     * order of their IRIs), one member per graph as {@link #write(DatasetGraph, Path)} does,
     * reading one file at a time. Gives up once {@code stop} says so.
     */
    static void write(List<StagedGraphs.Staged> staged, Path file, java.util.function.BooleanSupplier stop) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Path index = file.resolveSibling(MEMBERS);
        Path indexTmp = file.resolveSibling(MEMBERS + ".tmp");
        try {
            StringBuilder lines = new StringBuilder();
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                for (StagedGraphs.Staged s : staged) {
                    if (stop.getAsBoolean())
                        throw Tdb2Store.stopped("writing the dump");
                    writeGraph(to -> StagedGraphs.read(s, to), s.graph().getURI(), org.apache.jena.riot.system.PrefixMapFactory.emptyPrefixMap(),
                            out, null, Map.of(), lines);
                }
            }
            replace(tmp, file, indexTmp, index, lines);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw failed(file, e);
        }
    }

    /** The default graph (when it holds anything) and the named graphs, by IRI. */
    private static List<Node> graphs(DatasetGraph data, Set<String> previous, Set<Node> changed) {
        List<Node> out = new ArrayList<>();
        if (!data.getDefaultGraph().isEmpty() || previous.contains("") && !changed.contains(Quad.defaultGraphIRI))
            out.add(Quad.defaultGraphIRI);
        Set<Node> named = new java.util.HashSet<>();
        data.listGraphNodes().forEachRemaining(named::add);
        // a graph of the previous dump not changed is in data too (the caller's promise), perhaps only in part
        for (String key : previous)
            if (!key.isEmpty() && !key.contains(TEXT) && !changed.contains(org.apache.jena.graph.NodeFactory.createURI(key)))
                named.add(org.apache.jena.graph.NodeFactory.createURI(key));
        named.stream().sorted(Comparator.comparing(Node::getURI)).forEach(out::add);
        return out;
    }

    /** Between a graph's IRI and the digest in the key of a text member. */
    private static final String TEXT = " text ";

    /** Whether quad {@code q} is a document's text, which has a member of its own. */
    private static boolean ownMember(Quad q) {
        return q.getPredicate().equals(DGKG.SCHEMA_text.asNode()) && q.getGraph().equals(DGKG.GRAPH_META);
    }

    /** The key of the member holding text quad {@code q}: its graph, and a digest of its document and text. */
    private static String textKey(Quad q) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(org.apache.jena.riot.out.NodeFmtLib.str(q).getBytes(StandardCharsets.UTF_8)); // the quad in N-Quads form
            return q.getGraph().getURI() + TEXT + java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeGraph(DatasetGraph data, Node g, PrefixMap prefixes, FileChannel out, FileChannel in, Map<String, Member> old,
            StringBuilder lines) throws IOException {
        writeGraph(w -> data.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(w::quad), g.equals(Quad.defaultGraphIRI) ? "" : g.getURI(),
                prefixes, out, in, old, lines);
    }

    /**
     * Writes the member of graph {@code key} with the quads {@code quads} sends, then a member per
     * text among them ({@link #ownMember}), in the order of the documents' IRIs: copied from
     * {@code in}, the previous dump, when {@code old} has its key, else written. Appends the
     * members' lines to {@code lines}.
     */
    private static void writeGraph(java.util.function.Consumer<StreamRDF> quads, String key, PrefixMap prefixes, FileChannel out, FileChannel in,
            Map<String, Member> old, StringBuilder lines) throws IOException {
        List<Quad> texts = new ArrayList<>();
        long start = out.position();
        writeMember(w -> quads.accept(new org.apache.jena.riot.system.StreamRDFWrapper(w) {
            @Override
            public void quad(Quad q) {
                if (ownMember(q))
                    texts.add(q);
                else
                    super.quad(q);
            }
        }), prefixes, out);
        lines.append(start).append('\t').append(out.position() - start).append('\t').append(key).append('\n');
        texts.sort(Comparator.comparing((Quad q) -> q.getSubject().toString()).thenComparing(q -> q.getObject().toString()));
        for (Quad q : texts) {
            String textKey = textKey(q);
            Member m = in == null ? null : old.get(textKey);
            start = out.position();
            if (m != null)
                copy(in, m, out);
            else // full IRIs: a prefix declaration would be longer than what it saves in one quad
                writeMember(w -> w.quad(q), org.apache.jena.riot.system.PrefixMapFactory.emptyPrefixMap(), out);
            lines.append(start).append('\t').append(out.position() - start).append('\t').append(textKey).append('\n');
        }
    }

    /** One gzip member: a TriG document with the prefixes and the quads {@code quads} sends. */
    private static void writeMember(java.util.function.Consumer<StreamRDF> quads, PrefixMap prefixes, FileChannel channel) throws IOException {
        OutputStream file = java.nio.channels.Channels.newOutputStream(channel);
        GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(unclosable(file), 1 << 16), 1 << 16);
        // what StreamRDFWriter.getWriterStream(gz, RDFFormat.TRIG_BLOCKS) makes, printing through CharsOut (same bytes)
        StreamRDF w = new org.apache.jena.riot.writer.WriterStreamRDFBlocks(CharsOut.indented(gz), org.apache.jena.riot.RIOT.getContext().copy());
        w.start();
        prefixes.forEach(w::prefix);
        quads.accept(new org.apache.jena.riot.system.StreamRDFWrapper(w) {
            @Override
            public void start() {}

            @Override
            public void finish() {}

            @Override
            public void base(String base) {}

            @Override
            public void prefix(String prefix, String iri) {}
        });
        w.finish();
        gz.close(); // the member's trailer, flushed to the channel; the channel stays open
    }

    private static OutputStream unclosable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    private static void copy(FileChannel in, Member m, FileChannel out) throws IOException {
        long done = 0;
        while (done < m.length())
            done += in.transferTo(m.offset() + done, m.length() - done, out);
    }

    /** Where each graph's member lies in {@code dump}; empty when the dump was written without its member list (then it is written in full). */
    private static Optional<Map<String, Member>> members(Path dump) {
        Path index = dump.resolveSibling(MEMBERS);
        if (!Files.isRegularFile(index) || !Files.isRegularFile(dump))
            return Optional.empty();
        try {
            long size = Files.size(dump);
            Map<String, Member> out = new LinkedHashMap<>();
            for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 3);
                if (f.length != 3)
                    return Optional.empty();
                Member m = new Member(Long.parseLong(f[0]), Long.parseLong(f[1]));
                if (m.offset() < 0 || m.length() <= 0 || m.offset() + m.length() > size)
                    return Optional.empty();
                out.put(f[2], m);
            }
            return Optional.of(out);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // a damaged list only costs the time of writing every graph
        }
    }

    /** Puts the finished dump and its member index in place of the old ones. */
    private static void replace(Path tmp, Path file, Path indexTmp, Path index, CharSequence lines) throws IOException {
        Files.writeString(indexTmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        Files.move(indexTmp, index, StandardCopyOption.REPLACE_EXISTING);
    }

    private static StoreException failed(Path file, Exception e) {
        IOException io = e instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) e;
        return new StoreException("could not write the dump " + file + ": " + io.getMessage(), io);
    }
}

package org.w3id.dgkg.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.ingest.DocumentMeta;

/**
 * What reading one document produced (its named graph, its description in the meta graph and its
 * counts), stored under {@code <db>/cache/documents/} as gzipped RDF Thrift in two files: the
 * <em>view</em>, {@code <key>.view.rt.gz}, the quads that the corpus-wide steps of an incremental
 * build read from an unchanged document (a quarter of them: its description, counts, labels,
 * classes, statements), and the <em>rest</em>, {@code <key>.rest.rt.gz}, every other quad of the
 * document graph, read only when the whole dataset is needed ({@link #load}). Reading every cached
 * document whole was the largest part of adding one document to a corpus. The key is the
 * SHA-256 of the extractor's fingerprint (code, ontology, lexicons, registry, curation), the
 * document's manifest entry and the SHA-256 of its bytes: any change to one of them is a different key, so an
 * entry is never stale, only unused ({@link #prune}).
 * <p>
 * Entries are written to a temporary file and renamed; an entry that cannot be read (truncated,
 * corrupt) is reported, removed and treated as missing, so the document is read again.
 */
public final class DocumentCache {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentCache.class);
    static final String ENTRIES = "documents";
    static final String VIEW = ".view.rt.gz";
    static final String REST = ".rest.rt.gz";

    private final Path directory;
    private final String extractorFingerprint;

    private DocumentCache(Path directory, String extractorFingerprint) {
        this.directory = directory;
        this.extractorFingerprint = extractorFingerprint;
    }

    /** The cache in {@code directory} for an extractor with this fingerprint. */
    public static DocumentCache at(Path directory, String extractorFingerprint) {
        return new DocumentCache(directory, extractorFingerprint);
    }

    public Path directory() {
        return directory;
    }

    /** The key of a document: its manifest entry and content (SHA-256 of its bytes, hex) read by this extractor. */
    public String key(DocumentMeta meta, String contentSha256) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(extractorFingerprint.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            // a record's toString lists every field of the manifest entry, in declaration order
            md.update(meta.toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(contentSha256.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path entry(String key, String suffix) {
        return directory.resolve(ENTRIES).resolve(key + suffix);
    }

    /** Whether there is an entry for {@code key} (it may still turn out unreadable: {@link #loadView} says so). */
    public boolean has(String key) {
        return Files.isRegularFile(entry(key, VIEW));
    }

    /**
     * The view of {@code key}: the quads {@link #store(String, DatasetGraph, Predicate)} was told
     * to keep in it (all of them for an entry stored without a choice). Empty when there is no
     * entry or it cannot be read (it is then removed).
     */
    public Optional<DatasetGraph> loadView(String key) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        return read(entry(key, VIEW), dsg) ? Optional.of(dsg) : Optional.empty();
    }

    /** Every quad of {@code key} (view and rest), or empty when either part is missing or cannot be read. */
    public Optional<DatasetGraph> load(String key) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        if (!read(entry(key, VIEW), dsg))
            return Optional.empty();
        Path rest = entry(key, REST);
        if (Files.isRegularFile(rest) && !read(rest, dsg))
            return Optional.empty();
        return Optional.of(dsg);
    }

    private static boolean read(Path file, DatasetGraph into) {
        if (!Files.isRegularFile(file))
            return false;
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16)) {
            RDFParser.source(in).lang(Lang.RDFTHRIFT).parse(into);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cache entry {} cannot be read ({}); removing it, the document is read again", file, e.getMessage());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the next store() replaces it anyway
            }
            return false;
        }
    }

    /** Stores {@code quads} under {@code key}, all of them in the view. */
    public void store(String key, DatasetGraph quads) {
        store(key, quads, q -> true);
    }

    /**
     * Stores {@code quads} under {@code key}, atomically file by file (the rest first, so that an
     * entry with a view has its rest): those {@code inView} accepts in the view, the others in
     * the rest. A failure only costs a later re-read: it is logged.
     */
    public void store(String key, DatasetGraph quads, Predicate<Quad> inView) {
        Path view = entry(key, VIEW);
        Path rest = entry(key, REST);
        try {
            Files.createDirectories(view.getParent());
            Files.deleteIfExists(view); // no view without its rest, should the rest fail to be written
            boolean restless = write(rest, quads, inView.negate());
            if (restless)
                Files.deleteIfExists(rest);
            write(view, quads, inView);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not write cache entry {}: {}; the document will be read again next time", view, e.getMessage());
            try {
                Files.deleteIfExists(view);
            } catch (IOException ignored) {
                // has() would find a view without its rest; load() then fails and the document is read again
            }
        }
    }

    /** Writes the quads {@code which} accepts to {@code file} through a temporary file; true when there were none (nothing written). */
    private static boolean write(Path file, DatasetGraph quads, Predicate<Quad> which) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + "." + Thread.currentThread().getId() + ".tmp");
        long n = 0;
        try {
            // the fastest deflate level: a build writes every document's entry (~27 MB of RDF Thrift for
            // corpus/), level 6 took 0.19 s of CPU for it and level 1 0.09 s, for entries 22% larger
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)), 1 << 16) {
                {
                    def.setLevel(java.util.zip.Deflater.BEST_SPEED);
                }
            }) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
                writer.start();
                for (var it = quads.find(); it.hasNext();) {
                    Quad q = it.next();
                    if (which.test(q)) {
                        writer.quad(q);
                        n++;
                    }
                }
                writer.finish();
            }
            if (n == 0)
                return true;
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return false;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes every entry whose key is not in {@code keep} (documents changed or gone, an older extractor). */
    public int prune(Set<String> keep) {
        Path dir = directory.resolve(ENTRIES);
        if (!Files.isDirectory(dir))
            return 0;
        int removed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                String key = name.endsWith(VIEW) ? name.substring(0, name.length() - VIEW.length())
                        : name.endsWith(REST) ? name.substring(0, name.length() - REST.length()) : null;
                if (key != null && keep.contains(key))
                    continue;
                Files.deleteIfExists(f);
                removed++;
            }
        } catch (IOException e) {
            LOG.warn("Could not prune {}: {}", dir, e.getMessage());
        }
        return removed;
    }
}

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
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.ingest.DocumentMeta;

/**
 * What reading one document produced (its named graph and its description in the meta graph),
 * stored under {@code <db>/cache/documents/<key>.rt.gz} as gzipped RDF Thrift. The key is the
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
    static final String SUFFIX = ".rt.gz";

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

    private Path entry(String key) {
        return directory.resolve(ENTRIES).resolve(key + SUFFIX);
    }

    /** Whether there is an entry for {@code key} (it may still turn out unreadable: {@link #load} says so). */
    public boolean has(String key) {
        return Files.isRegularFile(entry(key));
    }

    /** The cached quads of {@code key}, or empty when there are none or they cannot be read. */
    public Optional<DatasetGraph> load(String key) {
        Path file = entry(key);
        if (!Files.isRegularFile(file))
            return Optional.empty();
        DatasetGraph dsg = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)), 1 << 16)) {
            RDFParser.source(in).lang(Lang.RDFTHRIFT).parse(dsg);
            return Optional.of(dsg);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cache entry {} cannot be read ({}); removing it, the document is read again", file, e.getMessage());
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the next store() replaces it anyway
            }
            return Optional.empty();
        }
    }

    /** Stores {@code quads} under {@code key}, atomically. A failure only costs a later re-read: it is logged. */
    public void store(String key, DatasetGraph quads) {
        Path file = entry(key);
        Path tmp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)), 1 << 16)) {
                RDFDataMgr.write(out, quads, Lang.RDFTHRIFT);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not write cache entry {}: {}; the document will be read again next time", file, e.getMessage());
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do
            }
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
                String key = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : null;
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

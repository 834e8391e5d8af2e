package org.w3id.dgkg.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the live generation was built from, document by document: the generation's name, the
 * fingerprint of the non-corpus inputs (code, ontology, shapes), each document's cache key and the
 * size of its document graph (quads; the cache's view of an unchanged document holds only part
 * of it, and the build's summary reports every graph's size).
 * An incremental build starts from that generation only when both still match; otherwise it
 * builds in full. Written after the switch, atomically ({@code cache/index.properties}).
 */
public record CacheIndex(String generation, String inputs, Map<String, String> keys, Map<String, Long> sizes) {
    private static final Logger LOG = LoggerFactory.getLogger(CacheIndex.class);
    static final String FILE = "index.properties";
    private static final String DOC = "doc.";
    private static final String SIZE = "size.";

    public CacheIndex {
        keys = Map.copyOf(keys);
        sizes = Map.copyOf(sizes);
    }

    /** The index in {@code cacheDir}, if there is a readable one. */
    public static Optional<CacheIndex> read(Path cacheDir) {
        Path file = cacheDir.resolve(FILE);
        if (!Files.isRegularFile(file))
            return Optional.empty();
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cache index {} cannot be read ({}); building in full", file, e.getMessage());
            return Optional.empty();
        }
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, Long> sizes = new LinkedHashMap<>();
        try {
            for (String name : new TreeMap<>(p).keySet().stream().map(Object::toString).toList())
                if (name.startsWith(DOC))
                    keys.put(name.substring(DOC.length()), p.getProperty(name));
                else if (name.startsWith(SIZE))
                    sizes.put(name.substring(SIZE.length()), Long.parseLong(p.getProperty(name)));
        } catch (NumberFormatException e) {
            LOG.warn("Cache index {} cannot be read ({}); building in full", file, e.getMessage());
            return Optional.empty();
        }
        String generation = p.getProperty("generation");
        String inputs = p.getProperty("inputs");
        if (generation == null || inputs == null)
            return Optional.empty();
        return Optional.of(new CacheIndex(generation, inputs, keys, sizes));
    }

    /** Writes this index into {@code cacheDir} through a temporary file. */
    public void write(Path cacheDir) {
        Properties p = new Properties();
        p.setProperty("generation", generation);
        p.setProperty("inputs", inputs);
        keys.forEach((id, key) -> p.setProperty(DOC + id, key));
        sizes.forEach((id, n) -> p.setProperty(SIZE + id, Long.toString(n)));
        Path file = cacheDir.resolve(FILE);
        Path tmp = cacheDir.resolve(FILE + ".tmp");
        try {
            Files.createDirectories(cacheDir);
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "what the live generation was built from (dgkg incremental build)");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Could not write the cache index {}: {}; the next build is a full one", file, e.getMessage());
        }
    }

    /** Removes the index: the next build is a full one. */
    public static void forget(Path cacheDir) {
        try {
            Files.deleteIfExists(cacheDir.resolve(FILE));
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}", cacheDir.resolve(FILE), e.getMessage());
        }
    }
}

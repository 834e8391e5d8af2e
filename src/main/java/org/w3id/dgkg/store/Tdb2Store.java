package org.w3id.dgkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.Properties;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.system.progress.MonitorOutputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A store directory holding TDB2 databases as generations, with a {@code CURRENT} file naming
 * the live one:
 * <pre>
 * databases/dgkg/CURRENT            "gen-20261122T153012Z-4f2a"
 * databases/dgkg/gen-…/             a complete TDB2 database + generation.properties
 * </pre>
 * The basic loader is used: at this size (10⁵ quads) the parallel loaders spend longer
 * starting their threads than loading. A build loads into a new generation and only then replaces {@code CURRENT} by an atomic
 * rename; the previous generation is deleted after the switch. A failed build deletes its own
 * half-loaded generation and leaves {@code CURRENT} untouched.
 */
public final class Tdb2Store {
    private static final Logger LOG = LoggerFactory.getLogger(Tdb2Store.class);
    static final String CURRENT = "CURRENT";
    static final String INFO = "generation.properties";
    /** The gzipped TriG dump of a generation, served at {@code /dumps/dgkg.trig.gz}. */
    public static final String DUMP = "dgkg.trig.gz";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path directory;

    private Tdb2Store(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    }

    public static Tdb2Store at(Path directory) {
        return new Tdb2Store(directory);
    }

    public Path directory() {
        return directory;
    }

    /** The live generation, if the store has one. */
    public Optional<Generation> current() {
        Path pointer = directory.resolve(CURRENT);
        if (!Files.isRegularFile(pointer))
            return Optional.empty();
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path gen = directory.resolve(name);
            if (name.isEmpty() || !Files.isDirectory(gen))
                throw new StoreException(pointer + " names generation \"" + name + "\" which does not exist; "
                        + "rebuild with ./dgkg build --db " + directory);
            return Optional.of(readInfo(name, gen));
        } catch (IOException e) {
            throw new StoreException(pointer + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Loads {@code data} into a new generation and makes it the live one. Returns it. On any
     * failure the new generation is removed and the previous one stays live.
     */
    public Generation replaceWith(Dataset data, String fingerprint) {
        return prepare(data, fingerprint).commit();
    }

    /**
     * Loads {@code data} into a new generation without making it live: the caller commits it
     * (after a check that ran meanwhile, such as SHACL validation) or aborts it. The TDB2 load,
     * the text index and the dump are written in parallel; they only read {@code data}.
     */
    public Pending prepare(Dataset data, String fingerprint) {
        Instant now = Instant.now();
        String name = "gen-" + STAMP.format(now) + "-" + Long.toHexString(System.nanoTime() & 0xffff);
        Path gen = directory.resolve(name);
        long t0 = System.nanoTime();
        try {
            Files.createDirectories(gen);
            CompletableFuture<Long> index = CompletableFuture.supplyAsync(
                    () -> TextIndexer.build(data.asDatasetGraph(), gen.resolve(TextIndexer.DIRECTORY)));
            CompletableFuture<Void> dump = CompletableFuture.runAsync(() -> writeDump(data, gen.resolve(DUMP)));
            long quads = bulkLoad(data, gen);
            join(index);
            join(dump);
            writeInfo(gen, fingerprint, now, quads);
            LOG.info("Loaded {} quads into {} in {} ms", quads, gen, (System.nanoTime() - t0) / 1_000_000);
            return new Pending(name, gen);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(gen);
            if (e instanceof StoreException se)
                throw se;
            throw new StoreException("could not load the database into " + gen + ": " + e.getMessage()
                    + (current().isPresent() ? "; the previous database is unchanged" : ""), e);
        }
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re)
                throw re;
            throw e;
        }
    }

    /** A loaded generation that is not live yet. */
    public final class Pending {
        private final String name;
        private final Path gen;

        private Pending(String name, Path gen) {
            this.name = name;
            this.gen = gen;
        }

        /** Makes this generation the live one (atomic rename of CURRENT), then removes the previous one. */
        public Generation commit() {
            Optional<Generation> previous = current();
            try {
                switchTo(name);
            } catch (IOException e) {
                deleteQuietly(gen);
                throw new StoreException("could not switch " + directory.resolve(CURRENT) + " to " + name + ": "
                        + e.getMessage() + "; the previous database is unchanged", e);
            }
            previous.ifPresent(p -> {
                OPEN.remove(p.directory());
                deleteQuietly(p.directory());
            });
            return readInfo(name, gen);
        }

        /** Removes this generation; the live one is untouched. */
        public void abort() {
            deleteQuietly(gen);
        }
    }

    private static long bulkLoad(Dataset data, Path gen) {
        DatasetGraph target = DatabaseMgr.connectDatasetGraph(gen.toString());
        try {
            DataLoader loader = LoaderFactory.basicLoader(target, MonitorOutputs.nullOutput());
            loader.startBulk();
            try {
                DatasetGraph source = data.asDatasetGraph();
                Txn.executeRead(source, () -> source.find().forEachRemaining(loader.stream()::quad));
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            return loader.countQuads() + loader.countTriples();
        } finally {
            TDBInternal.expel(target);
        }
    }

    /**
     * A generation is opened once per JVM: TDB2 caches its own connections, but a Lucene index
     * takes a write lock, so a second open of the same text index would fail.
     */
    private static final java.util.Map<Path, DatasetGraph> OPEN = new java.util.concurrent.ConcurrentHashMap<>();

    private static DatasetGraph open(Path generation) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(generation.toString());
        Path text = generation.resolve(TextIndexer.DIRECTORY);
        if (Files.isDirectory(text))
            return TextIndexer.open(dsg, text);
        LOG.warn("No text index in {}; text:query and /search find nothing until the next build", generation);
        return dsg;
    }

    /** Opens the live generation read-only in spirit: the default graph is the union of named graphs. */
    public Dataset connect(long queryTimeoutMillis) {
        Generation g = current().orElseThrow(() -> new StoreException("no database in " + directory
                + "; build one with ./dgkg build --db " + directory));
        DatasetGraph dsg = OPEN.computeIfAbsent(g.directory(), Tdb2Store::open);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (queryTimeoutMillis > 0)
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis));
        return DatasetFactory.wrap(dsg);
    }

    /** The dump file of a generation (it may be missing for generations built before dumps existed). */
    public static Path dumpOf(Generation g) {
        return g.directory().resolve(DUMP);
    }

    /** Writes the whole dataset as gzipped TriG, through a temporary file. */
    private static void writeDump(Dataset data, Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (OutputStream out = new java.util.zip.GZIPOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp)), 1 << 16)) {
                Txn.executeRead(data, () -> org.apache.jena.riot.RDFDataMgr.write(out, data, org.apache.jena.riot.RDFFormat.TRIG_BLOCKS));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StoreException("could not write the dump " + file + ": " + e.getMessage(), e);
        }
    }

    private void switchTo(String name) throws IOException {
        Path tmp = directory.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, directory.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, directory.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void writeInfo(Path gen, String fingerprint, Instant created, long quads) throws IOException {
        Properties p = new Properties();
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("created", created.toString());
        p.setProperty("quads", Long.toString(quads));
        try (OutputStream out = Files.newOutputStream(gen.resolve(INFO))) {
            p.store(out, "dgkg database generation");
        }
    }

    private static Generation readInfo(String name, Path gen) {
        Properties p = new Properties();
        Path info = gen.resolve(INFO);
        if (Files.isRegularFile(info)) {
            try (InputStream in = Files.newInputStream(info)) {
                p.load(in);
            } catch (IOException e) {
                throw new StoreException(info + ": cannot read: " + e.getMessage(), e);
            }
        }
        return new Generation(name, gen, p.getProperty("fingerprint", ""),
                Instant.parse(p.getProperty("created", Instant.EPOCH.toString())),
                Long.parseLong(p.getProperty("quads", "0")));
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir))
            return;
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}; remove it by hand", dir, e.getMessage());
        }
    }
}

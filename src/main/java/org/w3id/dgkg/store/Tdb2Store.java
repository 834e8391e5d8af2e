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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.Properties;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;
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
 * A build writes each TDB2 index once, sorted ({@link PackedIndexLoad}: in memory up to
 * {@value PackedIndexLoad#DEFAULT_RUN_TUPLES} quads, an external sort above); TDB2's own loaders
 * stay available (at 10⁵ quads the parallel loaders spent longer starting their threads than loading). A build loads into a new generation and only then replaces {@code CURRENT} by an atomic
 * rename. A failed build deletes its own half-loaded generation and leaves {@code CURRENT} untouched.
 * <p>
 * Who may delete what:
 * <ul>
 * <li>One build at a time: a build holds {@code build.lock} exclusively from start to switch; a
 *     second build is refused with a message naming the first ({@link #lockForBuild()}).</li>
 * <li>Every reader of a generation (a server, {@code ./dgkg query}, {@code validate --db}) holds
 *     a shared lock on the generation's {@code dgkg.lease} ({@link #openCurrent()}). The OS drops
 *     it when the process dies.</li>
 * <li>{@link #collect()} removes a {@code gen-…} folder only while holding the build lock (so no
 *     build is loading into it), when {@code CURRENT} does not name it and when it can take its
 *     lease exclusively (so no process reads it). That covers old generations once their last
 *     reader is gone and the leftovers of a killed build alike.</li>
 * </ul>
 */
public final class Tdb2Store {
    private static final Logger LOG = LoggerFactory.getLogger(Tdb2Store.class);
    static final String CURRENT = "CURRENT";
    static final String INFO = "generation.properties";
    /** Inside a generation: readers hold it shared, the collector exclusively. */
    static final String LEASE = "dgkg.lease";
    /** In the store: held by the one build that may write a generation. */
    static final String BUILD_LOCK = "build.lock";
    static final String GENERATION_PREFIX = "gen-";
    /** The gzipped TriG dump of a generation, served at {@code /dumps/dgkg.trig.gz}. */
    public static final String DUMP = "dgkg.trig.gz";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /**
     * How TDB2 reads and writes its block files in this JVM: system property {@value #FILE_MODE}
     * ({@code mapped}, TDB2's default on 64-bit JVMs, or {@code direct}). Mapped files are fast but
     * every page of them a process touches counts in its resident memory (a ×200 build reached
     * 6 GB of mapped pages, docs/benchmarks.md); in direct mode TDB2 reads blocks into caches of
     * fixed size in the heap instead, so a build's memory is bounded by its heap. The launcher
     * asks for direct mode for {@code build} and {@code add} of more than 40 documents. TDB2 decides the mode once per JVM
     * (jena-dboe's {@code SystemIndex}, which its B+trees read; the file mode of TDB2's
     * {@code StoreParams} does not reach them in Jena 5.6.0), so it is set before this class
     * opens any database: in {@link #at}.
     */
    public static final String FILE_MODE = "dgkg.tdb.fileMode";

    private static void useFileModeAsked() {
        String mode = System.getProperty(FILE_MODE, "").strip();
        if (mode.isEmpty())
            return;
        FileMode m = switch (mode) {
            case "direct" -> FileMode.direct;
            case "mapped" -> FileMode.mapped;
            default -> throw new StoreException("the Java system property " + FILE_MODE + " is \"" + mode
                    + "\"; set it to direct or mapped, or leave it out for TDB2's default (DGKG_JAVA_OPTS)");
        };
        synchronized (Tdb2Store.class) {
            if (!fileModeSet) {
                fileModeSet = true;
                SystemIndex.setFileMode(m);
                if (SystemIndex.fileMode() != m)
                    LOG.warn("TDB2 already uses file mode {}; {}={} comes too late", SystemIndex.fileMode(), FILE_MODE, mode);
                else
                    LOG.debug("TDB2 file mode: {}", m);
            }
        }
    }

    private static boolean fileModeSet;

    private final Path directory;

    private Tdb2Store(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    }

    public static Tdb2Store at(Path directory) {
        useFileModeAsked();
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
        return prepare(data, fingerprint, () -> false).commit();
    }

    /**
     * Loads {@code data} into a new generation without making it live: the caller commits it
     * (after a check that ran meanwhile, such as SHACL validation) or aborts it. The TDB2 load,
     * the text index and the dump are written in parallel; they only read {@code data}. The TDB2
     * load and the text index poll {@code stop} and give up (the generation is removed) once it
     * says so: a check running meanwhile has already failed.
     */
    public Pending prepare(Dataset data, String fingerprint, java.util.function.BooleanSupplier stop) {
        BuildLock lock = lockForBuild();
        Instant now = Instant.now();
        String name = GENERATION_PREFIX + STAMP.format(now) + "-" + Long.toHexString(System.nanoTime() & 0xffff);
        Path gen = directory.resolve(name);
        long t0 = System.nanoTime();
        java.util.concurrent.atomic.AtomicBoolean loadFailed = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<Long> index = null;
        CompletableFuture<Void> dump = null;
        try {
            collect();
            Files.createDirectories(gen);
            index = CompletableFuture.supplyAsync(() -> TextIndexer.build(data.asDatasetGraph(), gen.resolve(TextIndexer.DIRECTORY),
                    () -> stop.getAsBoolean() || loadFailed.get()));
            dump = CompletableFuture.runAsync(() -> DumpWriter.write(data.asDatasetGraph(), gen.resolve(DUMP)));
            // the first of the three to fail stops the others: its error is the one reported, at once
            CompletableFuture<Long> indexing = index;
            CompletableFuture<Void> dumping = dump;
            long quads;
            try {
                quads = bulkLoad(data, gen, () -> stop.getAsBoolean() || indexing.isCompletedExceptionally() || dumping.isCompletedExceptionally());
            } catch (RuntimeException e) {
                loadFailed.set(true);
                throw firstFailure(e, indexing, dumping);
            }
            join(index);
            join(dump);
            writeInfo(gen, fingerprint, now, quads);
            LOG.info("Loaded {} quads into {} in {} ms", quads, gen, (System.nanoTime() - t0) / 1_000_000);
            return new Pending(name, gen, lock, false);
        } catch (IOException | RuntimeException e) {
            loadFailed.set(true);
            settle(index); // nothing writes into the generation while it is removed
            settle(dump);
            boolean full = DiskFull.causedBy(e) || DiskFull.nearlyFull(directory); // asked before the space is freed
            String why = full ? DiskFull.describe(e, directory) : null;
            deleteQuietly(gen);
            lock.close();
            String unchanged = current().isPresent() ? "; the previous database is unchanged" : "";
            if (full)
                throw new StoreException("the disk holding " + directory + " is full (" + why
                        + "); the half-written generation was removed" + unchanged + ". Free some space and build again", e);
            if (e instanceof StoreException se)
                throw se;
            throw new StoreException("could not load the database into " + gen + ": " + e.getMessage() + unchanged, e);
        }
    }

    /**
     * Like {@link #prepare}, but makes the new generation from {@code base} (the live one) by
     * copying it and replacing only the {@code changed} named graphs with those of {@code data}
     * ({@link IncrementalLoad}); the dump is written from {@code data} meanwhile. {@code data}
     * must equal {@code base} in every other graph. The live generation's files are only read.
     */
    public Pending prepareUpdate(Generation base, Dataset data, java.util.Set<org.apache.jena.graph.Node> changed, String fingerprint) {
        Update update = startUpdate(base);
        try {
            return update.apply(data, changed, fingerprint);
        } finally {
            update.close();
        }
    }

    /**
     * The first half of {@link #prepareUpdate}, started as soon as the build knows it will be an
     * update of {@code base}: the new generation's folder is named and the live generation's
     * files are copied into it and flushed to disk in the background, while the caller reads and
     * extracts (CPU work; the copy and the flush are disk work). Without it the copy, and TDB2's
     * commit flushing the copied pages, were on the update's critical path. Close the update in
     * every case: unless {@link Update#apply} handed the generation over, closing removes it.
     */
    public Update startUpdate(Generation base) {
        BuildLock lock = lockForBuild();
        Instant now = Instant.now();
        String name = GENERATION_PREFIX + STAMP.format(now) + "-" + Long.toHexString(System.nanoTime() & 0xffff);
        Path gen = directory.resolve(name);
        try {
            collect();
            Files.createDirectories(gen);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(gen);
            lock.close();
            throw failedUpdate(gen, e);
        }
        CompletableFuture<Void> copied = CompletableFuture.runAsync(() -> {
            try {
                IncrementalLoad.copy(base.directory(), gen);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return new Update(base, name, gen, now, lock, copied);
    }

    private StoreException failedUpdate(Path gen, Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof java.io.UncheckedIOException u)
            cause = u.getCause();
        if (DiskFull.causedBy(cause))
            return new StoreException("the disk holding " + directory + " is full (" + DiskFull.message(cause)
                    + "); the half-written generation was removed; the previous database is unchanged. Free some space and build again", cause);
        if (cause instanceof StoreException se)
            return se;
        return new StoreException("could not update the database into " + gen + ": " + cause.getMessage() + "; the previous database is unchanged", cause);
    }

    /** {@code make}'s value, made once, on first use, from whichever thread asks first. */
    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> make) {
        Object[] made = {null};
        return () -> {
            synchronized (made) {
                if (made[0] == null)
                    made[0] = make.get();
                @SuppressWarnings("unchecked")
                T t = (T) made[0];
                return t;
            }
        };
    }

    /** A new generation being made from the live one: see {@link #startUpdate}. */
    public final class Update implements AutoCloseable {
        private final Generation base;
        private final String name;
        private final Path gen;
        private final Instant now;
        private final BuildLock lock;
        private final CompletableFuture<Void> copied;
        private boolean handedOver;

        private Update(Generation base, String name, Path gen, Instant now, BuildLock lock, CompletableFuture<Void> copied) {
            this.base = base;
            this.name = name;
            this.gen = gen;
            this.now = now;
            this.lock = lock;
            this.copied = copied;
        }

        /**
         * Replaces the {@code changed} named graphs of the copy with those of {@code data} and
         * writes the dump meanwhile. {@code data} must equal the live generation in every other graph.
         */
        public Pending apply(Dataset data, java.util.Set<org.apache.jena.graph.Node> changed, String fingerprint) {
            return apply(data, changed, fingerprint, data::asDatasetGraph);
        }

        /**
         * The same when {@code data} holds the {@code changed} graphs whole but of every other
         * graph only what the update reads besides them, their labels (the text index of a
         * changed subject is made from all its labels): an incremental build's view of its
         * cached documents. {@code complete} makes the whole dataset, asked for only when the
         * generation must be loaded in full or the live dump lacks an unchanged graph.
         */
        public Pending apply(Dataset data, java.util.Set<org.apache.jena.graph.Node> changed, String fingerprint,
                java.util.function.Supplier<DatasetGraph> complete) {
            return apply(data, changed, fingerprint, complete, java.util.Map.of());
        }

        /**
         * The same, where {@code previous} gives some of the changed graphs as the live generation
         * holds them (an incremental build knows the meta and counts graphs it replaces from its
         * cache): those are compared in memory, and only their difference is looked up in TDB2.
         */
        public Pending apply(Dataset data, java.util.Set<org.apache.jena.graph.Node> changed, String fingerprint,
                java.util.function.Supplier<DatasetGraph> complete,
                java.util.Map<org.apache.jena.graph.Node, org.apache.jena.graph.Graph> previous) {
            java.util.function.Supplier<DatasetGraph> whole = memoized(complete);
            try {
                // the graphs not changed are copied from the live dump, byte for byte
                CompletableFuture<Void> dump = CompletableFuture.runAsync(
                        () -> DumpWriter.update(data.asDatasetGraph(), gen.resolve(DUMP), base.directory().resolve(DUMP), changed, whole));
                try {
                    copied.join();
                } catch (RuntimeException e) {
                    settle(dump);
                    throw e;
                }
                IncrementalLoad.Applied applied = IncrementalLoad.apply(base.directory(), gen, data.asDatasetGraph(), changed, whole, previous);
                join(dump);
                // the live generation's count and the difference the replaced graphs made (data may be partial)
                // (a live generation without its count, from an older dgkg, is counted whole)
                long quads = !applied.replaced() ? applied.quads()
                        : base.quads() > 0 ? base.quads() + applied.delta()
                        : Txn.calculateRead(whole.get(), () -> whole.get().stream().count());
                writeInfo(gen, fingerprint, now, quads);
                handedOver = true;
                return new Pending(name, gen, lock, !applied.replaced());
            } catch (IOException | RuntimeException e) {
                throw failedUpdate(gen, e);
            }
        }

        /** Removes the generation unless {@link #apply} handed it over (then its {@link Pending} owns it). */
        @Override
        public void close() {
            if (handedOver)
                return;
            settle(copied); // the copy may still be writing into the folder
            try {
                deleteQuietly(gen);
            } finally {
                lock.close();
            }
        }
    }

    /**
     * Starts a streaming build of a new generation: takes the build lock, names the generation
     * and makes its folder with an empty {@link StagedGraphs} folder inside, which the build
     * fills graph by graph ({@link Staging#graphs()}) before {@link Staging#load} loads them.
     * Close the staging in every case: unless {@link Staging#load} handed the generation over,
     * closing removes it, so a failed build leaves no half-built generation (and a killed one
     * leaves a folder that {@link #collect()} recognises: no CURRENT names it, nobody leases it).
     */
    public Staging stage() {
        BuildLock lock = lockForBuild();
        Instant now = Instant.now();
        String name = GENERATION_PREFIX + STAMP.format(now) + "-" + Long.toHexString(System.nanoTime() & 0xffff);
        Path gen = directory.resolve(name);
        try {
            collect();
            Files.createDirectories(gen.resolve(StagedGraphs.DIRECTORY));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(gen);
            lock.close();
            throw failedLoad(gen, e);
        }
        return new Staging(name, gen, now, lock);
    }

    private StoreException failedLoad(Path gen, Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof java.io.UncheckedIOException u)
            cause = u.getCause();
        String unchanged = currentName().isPresent() ? "; the previous database is unchanged" : "";
        if (DiskFull.causedBy(cause) || DiskFull.nearlyFull(directory))
            return new StoreException("the disk holding " + directory + " is full (" + DiskFull.describe(cause, directory)
                    + "); the half-written generation was removed" + unchanged + ". Free some space and build again", cause);
        if (cause instanceof StoreException se)
            return se;
        return new StoreException("could not load the database into " + gen + ": " + cause.getMessage() + unchanged, cause);
    }

    /**
     * Which loader {@link Staging#load} uses: system property {@code dgkg.loader} (packed, basic,
     * phased, parallel), else {@code packed} ({@link PackedIndexLoad}: each index sorted, in
     * memory or in runs on disk, and written once). Until stop 21 a build of more than 2 M quads
     * took TDB2's basic loader, because the packed load held every tuple in memory.
     */
    static String loaderName(long quads) {
        return System.getProperty("dgkg.loader", "packed");
    }

    /**
     * How many staged quads a build holds in memory instead of in files (system property
     * {@code dgkg.staging.inMemoryQuads}, 0 for files only): the graphs of a small build (corpus/:
     * 0.13 M quads) are then neither encoded to RDF Thrift nor parsed back by each of the TDB2
     * load, the dump and SHACL; a larger build stages the graphs beyond the limit in files, as
     * before, so that no step holds more than that (docs/benchmarks.md, "staged graphs in memory").
     */
    static long stagedInMemory() {
        return Long.getLong("dgkg.staging.inMemoryQuads", 400_000L);
    }

    /** A new generation being built from staged graph files: see {@link #stage()}. */
    public final class Staging implements AutoCloseable {
        private final String name;
        private final Path gen;
        private final Instant now;
        private final BuildLock lock;
        private final StagedGraphs graphs;
        private boolean handedOver;

        private Staging(String name, Path gen, Instant now, BuildLock lock) {
            this.name = name;
            this.gen = gen;
            this.now = now;
            this.lock = lock;
            this.graphs = new StagedGraphs(gen.resolve(StagedGraphs.DIRECTORY), stagedInMemory());
        }

        /** Where the build writes the generation's graphs, one file each. */
        public StagedGraphs graphs() {
            return graphs;
        }

        /**
         * Loads the staged graphs into the generation's TDB2 database while the dump is written
         * from the same files, then builds the text index in one pass over the loaded store
         * (jena-text reads it by predicate; nothing is held in memory but what the indexer keeps),
         * removes the staged files and returns the generation ready to switch. Every part polls
         * {@code stop} (a check running meanwhile failed) and the first failure stops the others.
         */
        public Pending load(String fingerprint, java.util.function.BooleanSupplier stop) {
            long t0 = System.nanoTime();
            List<StagedGraphs.Staged> staged = graphs.graphs();
            java.util.concurrent.atomic.AtomicBoolean failed = new java.util.concurrent.atomic.AtomicBoolean();
            CompletableFuture<Void> dump = null;
            CompletableFuture<Long> index = null;
            try {
                dump = CompletableFuture.runAsync(() -> DumpWriter.write(staged, gen.resolve(DUMP), () -> stop.getAsBoolean() || failed.get()));
                CompletableFuture<Void> dumping = dump;
                java.util.function.BooleanSupplier halt = () -> stop.getAsBoolean() || dumping.isCompletedExceptionally();
                long quads;
                // the text index from what the staging kept as the graphs were written, beside the load
                index = CompletableFuture.supplyAsync(() -> TextIndexer.buildFromEntries(graphs.textEntries(),
                        gen.resolve(TextIndexer.DIRECTORY), () -> halt.getAsBoolean() || failed.get()));
                CompletableFuture<Long> indexing = index;
                java.util.function.BooleanSupplier haltLoad = () -> halt.getAsBoolean() || indexing.isCompletedExceptionally();
                String loader = loaderName(graphs.quads());
                try {
                    quads = loader.equals("packed") ? PackedIndexLoad.load(gen, staged, haltLoad) : loadFiles(gen, staged, loader, haltLoad);
                    LOG.info("TDB2 ({} loader): {} quads from {} staged graphs in {} ms", loader, quads, staged.size(),
                            (System.nanoTime() - t0) / 1_000_000);
                    join(indexing);
                } catch (RuntimeException e) {
                    failed.set(true);
                    throw firstFailure(e, indexing, dumping);
                }
                join(dump);
                StagedGraphs.deleteAll(graphs.directory()); // read by nothing from here on
                writeInfo(gen, fingerprint, now, quads);
                LOG.info("Loaded {} quads into {} in {} ms", quads, gen, (System.nanoTime() - t0) / 1_000_000);
                handedOver = true;
                return new Pending(name, gen, lock, false);
            } catch (IOException | RuntimeException e) {
                failed.set(true);
                settle(dump);
                settle(index);
                throw failedLoad(gen, e);
            }
        }

        /** Removes the generation unless {@link #load} handed it over (then its {@link Pending} owns it). */
        @Override
        public void close() {
            if (handedOver)
                return;
            try {
                deleteQuietly(gen);
            } finally {
                lock.close();
            }
        }
    }

    /** Streams the staged files into the new database at {@code gen} with one of TDB2's bulk loaders; returns the quads loaded. */
    static long loadFiles(Path gen, List<StagedGraphs.Staged> staged, String loaderName, java.util.function.BooleanSupplier stop) {
        DatasetGraph target = DatabaseMgr.connectDatasetGraph(gen.toString());
        RuntimeException failure = null;
        try {
            return loadFiles(target, staged, loaderName, stop);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            expel(target, failure);
        }
    }

    static long loadFiles(DatasetGraph target, List<StagedGraphs.Staged> staged, String loaderName, java.util.function.BooleanSupplier stop) {
        DataLoader loader = switch (loaderName) {
            case "phased" -> LoaderFactory.phasedLoader(target, MonitorOutputs.nullOutput());
            case "parallel" -> LoaderFactory.parallelLoader(target, MonitorOutputs.nullOutput());
            case "basic" -> LoaderFactory.basicLoader(target, MonitorOutputs.nullOutput());
            default -> throw new StoreException("unknown TDB2 loader \"" + loaderName + "\" (-Ddgkg.loader: packed, basic, phased or parallel)");
        };
        return bulk(loader, stream -> {
            org.apache.jena.riot.system.StreamRDF to = new org.apache.jena.riot.system.StreamRDFWrapper(stream) {
                private long n;

                @Override
                public void start() {
                    // each file's parser starts and finishes its stream; the bulk load spans them all
                }

                @Override
                public void finish() {}

                @Override
                public void quad(org.apache.jena.sparql.core.Quad q) {
                    if ((++n & 0x3fff) == 0 && stop.getAsBoolean())
                        throw stopped("loading into TDB2");
                    super.quad(q);
                }
            };
            for (StagedGraphs.Staged s : staged) {
                if (stop.getAsBoolean())
                    throw stopped("loading into TDB2");
                StagedGraphs.read(s, to);
            }
        });
    }

    /**
     * One bulk load: {@code feed} writes into the loader's stream; the loader is finished, or told
     * of the failure that stopped the feed (whose own failure is kept as suppressed). Returns the quads loaded.
     */
    private static long bulk(DataLoader loader, java.util.function.Consumer<org.apache.jena.riot.system.StreamRDF> feed) {
        loader.startBulk();
        try {
            feed.accept(loader.stream());
            loader.finishBulk();
        } catch (RuntimeException e) {
            try {
                loader.finishException(e);
            } catch (RuntimeException e2) {
                e.addSuppressed(e2);
            }
            throw e;
        }
        return loader.countQuads() + loader.countTriples();
    }

    /** The error of a parallel part that failed (the cause of the load's stop), else the load's own. */
    private static RuntimeException firstFailure(RuntimeException load, CompletableFuture<?>... parts) {
        for (CompletableFuture<?> f : parts)
            if (f.isCompletedExceptionally())
                try {
                    join(f);
                } catch (RuntimeException e) {
                    if (e != load)
                        e.addSuppressed(load);
                    return e;
                }
        return load;
    }

    /** Waits for a parallel part to end, whatever its outcome. */
    private static void settle(CompletableFuture<?> f) {
        if (f == null)
            return;
        try {
            f.join();
        } catch (RuntimeException e) {
            // its error, if any, was reported or is superseded by the one being reported
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
        private final BuildLock lock;
        private final boolean reloaded;

        private Pending(String name, Path gen, BuildLock lock, boolean reloaded) {
            this.name = name;
            this.gen = gen;
            this.lock = lock;
            this.reloaded = reloaded;
        }

        /** True when an update could not replace the changed graphs in a copy and loaded the generation in full. */
        public boolean reloadedInFull() {
            return reloaded;
        }

        /**
         * Makes this generation the live one (atomic rename of CURRENT), then removes the
         * generations nobody reads any more. One a server still reads stays until it lets go
         * (the server collects it then).
         */
        public Generation commit() {
            try {
                try {
                    switchTo(name);
                } catch (IOException e) {
                    deleteQuietly(gen);
                    throw new StoreException("could not switch " + directory.resolve(CURRENT) + " to " + name + ": "
                            + e.getMessage() + "; the previous database is unchanged", e);
                }
                collect();
                return readInfo(name, gen);
            } finally {
                lock.close();
            }
        }

        /** Removes this generation; the live one is untouched. */
        public void abort() {
            try {
                deleteQuietly(gen);
            } finally {
                lock.close();
            }
        }
    }

    /** The right to write a generation; see {@link #lockForBuild()}. */
    public final class BuildLock implements AutoCloseable {
        private final FileLocks.Lock lock;

        private BuildLock(FileLocks.Lock lock) {
            this.lock = lock;
        }

        @Override
        public void close() {
            lock.close();
        }
    }

    /**
     * Takes the store's build lock, or refuses with a message naming the build that holds it
     * (after waiting up to 10 s: a collector holds it briefly). Re-entrant within one thread (a
     * command may take it before its pipeline does).
     */
    public BuildLock lockForBuild() {
        Path file = directory.resolve(BUILD_LOCK);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("cannot create the database directory " + directory + ": " + e.getMessage(), e);
        }
        boolean outer = !FileLocks.heldExclusivelyByThisThread(file);
        // a server removing old generations holds the lock for a moment: wait that long, not for a whole build
        Optional<FileLocks.Lock> got = FileLocks.tryExclusive(file);
        for (long deadline = System.nanoTime() + 10_000_000_000L; got.isEmpty() && System.nanoTime() < deadline; got = FileLocks.tryExclusive(file)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        FileLocks.Lock lock = got.orElseThrow(() -> new StoreException(
                "another build is writing to " + directory + " (" + holder(file) + "); wait for it to finish "
                        + "(the server switches to its result by itself), then build again if you still need to"));
        if (outer)
            FileLocks.writeNote(lock, "pid=" + ProcessHandle.current().pid() + "\nsince=" + Instant.now() + "\n");
        return new BuildLock(lock);
    }

    private static String holder(Path lockFile) {
        try {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(lockFile)) {
                p.load(in);
            }
            String pid = p.getProperty("pid");
            boolean alive = pid != null && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
            return alive ? "process " + pid + ", started " + p.getProperty("since") : "another process";
        } catch (IOException | RuntimeException e) {
            return "another process";
        }
    }

    /**
     * Removes every {@code gen-…} folder that {@code CURRENT} does not name and no process
     * reads, unless a build is running (then it does nothing: the build may be loading into
     * one of them). Returns the names removed. Safe to call from any process at any time.
     */
    public java.util.List<String> collect() {
        java.util.List<String> removed = new java.util.ArrayList<>();
        if (!Files.isDirectory(directory))
            return removed;
        Optional<FileLocks.Lock> build = FileLocks.tryExclusive(directory.resolve(BUILD_LOCK));
        if (build.isEmpty())
            return removed;
        try (FileLocks.Lock held = build.get()) {
            String live = currentName().orElse(null);
            java.util.List<Path> candidates;
            try (var list = Files.list(directory)) {
                candidates = list.filter(p -> p.getFileName().toString().startsWith(GENERATION_PREFIX) && Files.isDirectory(p))
                        .filter(p -> !p.getFileName().toString().equals(live)).sorted().toList();
            } catch (IOException e) {
                LOG.warn("Cannot list {}: {}", directory, e.getMessage());
                return removed;
            }
            for (Path gen : candidates) {
                Optional<FileLocks.Lock> lease;
                try {
                    lease = FileLocks.tryExclusive(gen.resolve(LEASE));
                } catch (StoreException e) {
                    continue; // removed meanwhile
                }
                if (lease.isEmpty()) {
                    LOG.debug("{} is still read by a process; it stays until that process lets go", gen.getFileName());
                    continue;
                }
                try (FileLocks.Lock l = lease.get()) {
                    if (deleteQuietly(gen)) {
                        removed.add(gen.getFileName().toString());
                        LOG.info("Removed generation {} (not current, no reader)", gen.getFileName());
                    }
                }
            }
        }
        return removed;
    }

    /** The name CURRENT holds, without checking the folder. */
    Optional<String> currentName() {
        Path pointer = directory.resolve(CURRENT);
        try {
            if (!Files.isRegularFile(pointer))
                return Optional.empty();
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        } catch (IOException e) {
            throw new StoreException(pointer + ": cannot read: " + e.getMessage(), e);
        }
    }

    static long bulkLoad(Dataset data, Path gen) {
        return bulkLoad(data, gen, () -> false);
    }

    /** Thrown by a load that was told to stop. */
    static StoreException stopped(String what) {
        return new StoreException(what + " stopped: a check running at the same time failed");
    }

    static long bulkLoad(Dataset data, Path gen, java.util.function.BooleanSupplier stop) {
        DatasetGraph target = DatabaseMgr.connectDatasetGraph(gen.toString());
        RuntimeException failure = null;
        try {
            DataLoader loader = LoaderFactory.basicLoader(target, MonitorOutputs.nullOutput());
            DatasetGraph source = data.asDatasetGraph();
            return bulk(loader, to -> {
                long[] n = {0};
                Txn.executeRead(source, () -> source.find().forEachRemaining(q -> {
                    if ((++n[0] & 0x3fff) == 0 && stop.getAsBoolean())
                        throw stopped("loading into TDB2");
                    to.quad(q);
                }));
            });
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            expel(target, failure);
        }
    }

    /**
     * The live generation with a reader's lease on it: while it is open no process deletes it.
     * Retries when a build switches {@code CURRENT} between reading it and taking the lease.
     */
    public OpenGeneration openCurrent() {
        LeasedGeneration leased = leaseCurrent();
        Generation g = leased.generation();
        try {
            return new OpenGeneration(g, OpenDatabases.acquire(g.directory()), leased.lease());
        } catch (RuntimeException e) {
            leased.close();
            if (lockedByAnotherProcess(e))
                throw new LockedException("the database " + directory + " (generation " + g.name() + ") is open in another process ("
                        + tdbLockHolder(g.directory()) + "); TDB2 lets one process open it. If that is ./dgkg serve, query the server; "
                        + "otherwise wait for that process to finish", e);
            throw e;
        }
    }

    /**
     * The live generation with a reader's lease on it, not opened (TDB2 is not touched, so this
     * works while a server has it open). Retries when a build switches {@code CURRENT} between
     * reading it and taking the lease.
     */
    public LeasedGeneration leaseCurrent() {
        for (int attempt = 0; ; attempt++) {
            Generation g = current().orElseThrow(() -> new StoreException("no database in " + directory
                    + "; build one with ./dgkg build --db " + directory));
            Optional<FileLocks.Lock> lease = Optional.empty();
            try {
                lease = FileLocks.tryShared(g.directory().resolve(LEASE));
            } catch (StoreException e) {
                // the folder went away between reading CURRENT and locking: read CURRENT again
            }
            if (lease.isPresent() && g.name().equals(currentName().orElse(null)) && Files.isDirectory(g.directory()))
                return new LeasedGeneration(g, lease.get());
            lease.ifPresent(FileLocks.Lock::close);
            if (attempt > 50)
                throw new StoreException("cannot take a lease on the live generation of " + directory
                        + ": it keeps changing or is being removed; try again");
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while opening " + directory, e);
            }
        }
    }

    /** The live generation is open in another process (TDB2 allows one). */
    public static final class LockedException extends StoreException {
        LockedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static boolean lockedByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t.getMessage() != null && t.getMessage().contains("Failed to get a lock"))
                return true;
        return false;
    }

    /** Who holds TDB2's own lock file, as far as it says (it records a PID). */
    private static String tdbLockHolder(Path generation) {
        try {
            String pid = Files.readString(generation.resolve("tdb.lock"), StandardCharsets.UTF_8).strip();
            return pid.isEmpty() ? "another process" : "process " + pid;
        } catch (IOException | RuntimeException e) {
            return "another process";
        }
    }

    /**
     * Opens the live generation for the rest of this process (its lease is held until the JVM
     * exits): the default graph is the union of named graphs. For commands and tests; a server
     * uses {@link #openCurrent()} and lets go when it switches.
     */
    public Dataset connect(long queryTimeoutMillis) {
        DatasetGraph dsg = openCurrent().datasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (queryTimeoutMillis > 0)
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeoutMillis));
        return DatasetFactory.wrap(dsg);
    }

    /** The dump file of a generation (it may be missing for generations built before dumps existed). */
    public static Path dumpOf(Generation g) {
        return g.directory().resolve(DUMP);
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

    /** Deletes a folder tree; true when it is gone. */
    static boolean deleteQuietly(Path dir) {
        if (!Files.exists(dir))
            return true;
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
            return true;
        } catch (IOException e) {
            LOG.warn("Could not remove {}: {}; remove it by hand", dir, e.getMessage());
            return false;
        }
    }

    /**
     * Closes a loaded database. After a failure (a full disk…) TDB2 may still count a transaction: close it
     * anyway, and keep the first error, with a closing error suppressed into it.
     */
    private static void expel(DatasetGraph target, RuntimeException failure) {
        try {
            TDBInternal.expel(target, failure != null);
        } catch (RuntimeException e) {
            if (failure == null)
                throw e;
            failure.addSuppressed(e);
        }
    }
}

package org.w3id.dgkg.changes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.store.Generation;
import org.w3id.dgkg.store.Tdb2Store;

/**
 * The history of a store's generations: each build records, in the new generation's meta
 * graph, what it changed against the generation it replaces (documents, entities, facts with
 * their evidence), and carries the earlier records forward, so the live generation holds the
 * whole history and {@link #between} can answer for any two generations of it.
 */
public final class ChangeLog {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeLog.class);
    /** How many of the newest generations keep their individual changes; older ones keep counts. */
    public static final int DETAILED_GENERATIONS = 20;

    private ChangeLog() {}

    /**
     * Starts reading the store's live generation in the background (its dump is parsed while the
     * build extracts), keeping only what a comparison needs: its snapshot and its history.
     */
    public static Previous previous(Tdb2Store store) {
        Optional<Generation> live;
        try {
            live = store.current();
        } catch (DgkgException e) {
            LOG.warn("No live generation to compare with: {}", e.getMessage());
            live = Optional.empty();
        }
        if (live.isEmpty())
            return new Previous(CompletableFuture.completedFuture(Optional.empty()), false);
        Generation g = live.get();
        // its own thread, not the common pool: the build's other steps use that one
        return new Previous(CompletableFuture.supplyAsync(() -> GenerationData.read(store, g, Snapshot::needed).map(dsg ->
                Txn.calculateRead(dsg, () -> new Previous.Read(Snapshot.of(dsg), ChangeRdf.readAll(dsg), g.fingerprint()))),
                task -> {
                    Thread t = new Thread(task, "dgkg-read-live-generation");
                    t.setDaemon(true);
                    t.start();
                }), true);
    }

    /**
     * The live generation as a comparison needs it, from a copy of its quads the caller already
     * holds (an incremental build assembles it from its cache): no dump to parse.
     */
    public static Previous previous(DatasetGraph liveData, Generation live) {
        return new Previous(CompletableFuture.supplyAsync(() -> Optional.of(Txn.calculateRead(liveData,
                () -> new Previous.Read(Snapshot.of(liveData), ChangeRdf.readAll(liveData), live.fingerprint())))), true);
    }

    /** Whether a comparison with this generation reads quad {@code q} (a copy of the live generation handed to {@link #previous(DatasetGraph, Generation)} may leave the others out). */
    public static boolean needed(org.apache.jena.sparql.core.Quad q) {
        return Snapshot.needed(q);
    }

    /**
     * Whether {@link #record} reads quad {@code q} of a document graph: a streaming build keeps
     * only these of each document graph it writes (with the shared graphs whole) as the data
     * to record the changes of, instead of the whole dataset.
     */
    public static boolean neededFromDocumentGraph(org.apache.jena.sparql.core.Quad q) {
        return Snapshot.neededFromDocumentGraph(q);
    }

    /** The live generation as a comparison needs it, read (or being read) in the background. */
    public static final class Previous {
        record Read(Snapshot snapshot, List<ChangeSet> history, String fingerprint) {}

        private final CompletableFuture<Optional<Read>> read;
        private final boolean exists;

        Previous(CompletableFuture<Optional<Read>> read, boolean exists) {
            this.read = read;
            this.exists = exists;
        }

        Optional<Read> get() {
            try {
                return read.join();
            } catch (java.util.concurrent.CompletionException e) {
                LOG.warn("Could not read the live generation: {}", e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
                return Optional.empty();
            }
        }
    }

    /** {@link #record(DatasetGraph, Previous, Instant, String)} reading the live generation now. */
    public static ChangeSet record(DatasetGraph data, Tdb2Store store, Instant time, String fingerprint) {
        return record(data, previous(store), time, fingerprint);
    }

    /**
     * Compares {@code data} (the new generation, not loaded yet) with the previous live
     * generation and writes the change set and the history into {@code data}'s meta graph.
     * Returns the new change set. Call before validation and loading.
     */
    public static ChangeSet record(DatasetGraph data, Previous previous, Instant time, String fingerprint) {
        long t0 = System.nanoTime();
        Optional<Previous.Read> old = previous.get();
        if (previous.exists && old.isEmpty())
            LOG.warn("The new generation starts a new history: the live one could not be read to compare with");
        ChangeSet cs = Txn.calculateWrite(data, () -> {
            Snapshot now = Snapshot.of(data);
            if (old.isEmpty()) {
                ChangeSet first = new ChangeSet(1, null, time, fingerprint, firstCounts(now), false, List.of());
                ChangeRdf.write(data, first);
                return first;
            }
            Previous.Read before = old.get();
            int last;
            if (before.history().isEmpty()) {
                // built before generations were numbered: give it number 1 and its counts
                ChangeRdf.write(data, new ChangeSet(1, null, Instant.EPOCH, before.fingerprint(),
                        firstCounts(before.snapshot()), false, List.of()));
                last = 1;
            } else {
                ChangeRdf.copyHistory(before.history(), data, DETAILED_GENERATIONS - 1);
                last = before.history().get(before.history().size() - 1).number();
            }
            List<Change> changes = Differ.diff(before.snapshot(), now);
            ChangeSet next = new ChangeSet(last + 1, last, time, fingerprint, Counts.of(changes), true, changes);
            ChangeRdf.write(data, next);
            return next;
        });
        LOG.info("Generation {} changes against {}: {} ({} ms)", cs.number(), cs.previous() == null ? "nothing" : cs.previous(),
                cs.counts().summary(), (System.nanoTime() - t0) / 1_000_000);
        return cs;
    }

    private static Counts firstCounts(Snapshot s) {
        return new Counts(s.documents.size(), 0, 0, s.entities.size(), 0, s.facts.size(), 0);
    }

    /** The change sets recorded in a dataset (its meta graph), oldest first. Call inside a read transaction. */
    public static List<ChangeSet> history(DatasetGraph dsg) {
        return ChangeRdf.readAll(dsg);
    }

    /** The history of the store's live generation, read from its dump (no TDB2 lock needed). */
    public static List<ChangeSet> history(Tdb2Store store) {
        Generation g = store.current().orElseThrow(() -> new DgkgException("no database in " + store.directory()
                + "; build one with ./dgkg build --db " + store.directory()));
        DatasetGraph meta = GenerationData.read(store, g, GenerationData::metaOnly)
                .orElseThrow(() -> new DgkgException("cannot read generation " + g.name() + " in " + store.directory()));
        return Txn.calculateRead(meta, () -> history(meta));
    }

    /**
     * The net changes from generation {@code from} to generation {@code to} ({@code from < to}):
     * the change sets in between, composed (something added then removed is no change).
     */
    public static Diff between(List<ChangeSet> history, int from, int to) {
        Map<Integer, ChangeSet> byNumber = ChangeRdf.byNumber(history);
        for (int n : new int[] {from, to})
            if (!byNumber.containsKey(n))
                throw new DgkgException("no generation " + n + " in the history; generations known: "
                        + history.stream().map(ChangeSet::name).toList());
        if (from > to)
            throw new DgkgException("generation " + from + " is newer than " + to + "; give the older one first");
        Map<String, Change> first = new LinkedHashMap<>();
        Map<String, Change> last = new LinkedHashMap<>();
        for (int n = from + 1; n <= to; n++) {
            ChangeSet cs = byNumber.get(n);
            if (cs == null || !cs.detailed())
                throw new DgkgException("generation " + n + " keeps only its counts (" + (cs == null ? "missing" : cs.counts().summary())
                        + "): dgkg keeps the changes of the last " + DETAILED_GENERATIONS + " generations; compare from generation " + n + " on");
            for (Change c : cs.changes()) {
                first.putIfAbsent(c.key(), c);
                last.put(c.key(), c);
            }
        }
        List<Change> net = new ArrayList<>();
        for (Map.Entry<String, Change> e : last.entrySet()) {
            Change a = first.get(e.getKey());
            Change b = e.getValue();
            boolean before = a.action() != Change.Action.ADDED;
            boolean after = b.action() != Change.Action.REMOVED;
            if (!before && after)
                net.add(b.with(Change.Action.ADDED));
            else if (before && !after)
                net.add(b.with(Change.Action.REMOVED));
            else if (before && after && (a != b || a.action() == Change.Action.CHANGED) && b.kind() == Change.Kind.DOCUMENT)
                net.add(b.with(Change.Action.CHANGED));
        }
        return new Diff(byNumber.get(from), byNumber.get(to), Counts.of(net), net);
    }

    /** Net changes between two generations. */
    public record Diff(ChangeSet from, ChangeSet to, Counts counts, List<Change> changes) {
        public Diff {
            changes = List.copyOf(changes);
        }

        public List<Change> of(Change.Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).toList();
        }
    }
}

package org.w3id.dgkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.store.Generation;
import org.w3id.dgkg.store.OpenGeneration;
import org.w3id.dgkg.store.Tdb2Store;

/**
 * The dataset a server serves, following the store's {@code CURRENT}: when a build switches
 * it (in this process or another), the next transaction reads the new generation while
 * transactions already begun finish on the one they started with. A generation is held with a
 * reader's lease (see {@link Tdb2Store#openCurrent()}) until its last transaction ends after a
 * switch; then it is closed and collected.
 * <p>
 * {@link #graph()} is the one {@link DatasetGraph} to give Fuseki and the page modules: every
 * call inside a transaction goes to the generation the transaction began on (pinned per
 * thread); a call outside one goes to the current generation. Things computed from the data
 * and kept (page caches, statistics) register {@link #onSwitch(DatasetGraph, Runnable)} to be
 * dropped when the data changes.
 */
public final class LiveDataset implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveDataset.class);

    private final Tdb2Store store;
    private final AtomicReference<Slot> current = new AtomicReference<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Generations let go of that TDB2 would not close yet (it still counted a transaction). */
    private final List<OpenGeneration> closing = new CopyOnWriteArrayList<>();
    private final SwitchingGraph graph = new SwitchingGraph();
    private final ScheduledExecutorService watcher;
    private final AtomicInteger switches = new AtomicInteger();
    private volatile String lastFailure;
    private volatile boolean closed;

    /** One opened generation and the transactions running on it. */
    private final class Slot {
        final OpenGeneration open;
        final AtomicInteger users = new AtomicInteger();
        volatile boolean retired;
        private boolean released;

        Slot(OpenGeneration open) {
            this.open = open;
        }

        DatasetGraph dsg() {
            return open.datasetGraph();
        }

        /** Enters a transaction on this slot, unless it has been let go of already. */
        synchronized boolean enter() {
            if (released)
                return false;
            users.incrementAndGet();
            return true;
        }

        void leave() {
            if (users.decrementAndGet() == 0 && retired)
                releaseIfIdle();
        }

        synchronized void releaseIfIdle() {
            if (released || users.get() > 0)
                return;
            released = true;
            if (!open.tryClose())
                closing.add(open); // the watcher tries again; its files stay until then
            LOG.info("Let go of generation {} (no request reads it any more)", open.generation().name());
            if (closed)
                return;
            listeners.forEach(LiveDataset::runQuietly); // entries computed by the last requests on it
            store.collect();
        }
    }

    private LiveDataset(Tdb2Store store, Duration poll) {
        this.store = Objects.requireNonNull(store, "store");
        current.set(new Slot(store.openCurrent()));
        graph.inherit(current.get().dsg().getContext());
        watcher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dgkg-generation-watcher");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(50, poll.toMillis());
        watcher.scheduleWithFixedDelay(this::refreshQuietly, ms, ms, TimeUnit.MILLISECONDS);
        // a generation left behind by a killed build, or by a server that died, goes now
        watcher.scheduleWithFixedDelay(() -> runQuietly(this::closeAndCollect), 0, 10, TimeUnit.SECONDS);
    }

    /** Opens the live generation of {@code store} and checks {@code CURRENT} every {@code poll}. */
    public static LiveDataset follow(Tdb2Store store, Duration poll) {
        return new LiveDataset(store, poll);
    }

    /** The dataset to serve. */
    public DatasetGraph graph() {
        return graph;
    }

    /** The generation new requests read. */
    public Generation generation() {
        return current.get().open.generation();
    }

    /** The current generation's dump file. */
    public Path dump() {
        return current.get().open.dump();
    }

    /** How many times the served generation changed since the start. */
    public int switches() {
        return switches.get();
    }

    /** Runs {@code listener} after each switch (and again once the old generation's last request ended). */
    public void onSwitch(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * For page modules that keep what they computed from {@code dsg}: runs {@code clear} when
     * the data behind it changes. Does nothing for a dataset that never changes.
     */
    public static void onSwitch(DatasetGraph dsg, Runnable clear) {
        if (dsg instanceof SwitchingGraph g)
            g.owner().onSwitch(clear);
    }

    /** The live dataset behind {@code dsg}, if it is one. */
    public static java.util.Optional<LiveDataset> of(DatasetGraph dsg) {
        return dsg instanceof SwitchingGraph g ? java.util.Optional.of(g.owner()) : java.util.Optional.empty();
    }

    /** Checks {@code CURRENT} now and switches if it names another generation. True when it switched. */
    public synchronized boolean refresh() {
        if (closed)
            return false;
        Slot old = current.get();
        Generation now = store.current().orElse(null);
        if (now == null || now.name().equals(old.open.generation().name()))
            return false;
        OpenGeneration next = store.openCurrent();
        if (next.generation().name().equals(old.open.generation().name())) {
            next.close();
            return false;
        }
        Slot slot = new Slot(next);
        graph.inherit(next.datasetGraph().getContext());
        current.set(slot);
        switches.incrementAndGet();
        LOG.info("Now serving generation {} ({} quads); requests already running finish on {}",
                next.generation().name(), next.generation().quads(), old.open.generation().name());
        listeners.forEach(LiveDataset::runQuietly);
        old.retired = true;
        old.releaseIfIdle();
        return true;
    }

    private void closeAndCollect() {
        closing.removeIf(OpenGeneration::tryClose);
        store.collect();
    }

    private void refreshQuietly() {
        try {
            refresh();
            lastFailure = null;
        } catch (RuntimeException e) {
            String m = e.getMessage();
            if (!Objects.equals(m, lastFailure))
                LOG.warn("Cannot switch to the new generation yet ({}); still serving {}", m, generation().name());
            lastFailure = m;
        }
    }

    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("After a generation switch: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        watcher.shutdownNow();
        Slot s = current.get();
        s.retired = true;
        s.releaseIfIdle();
    }

    /**
     * A {@link DatasetGraphWrapper} whose target is chosen per transaction. {@code begin} pins
     * the current generation to the thread; every call until {@code end} (or
     * {@code commit}/{@code abort}) goes there. Jena's query engines unwrap a wrapper with
     * {@code getWrapped()} when they plan a query, which they do inside the transaction, so the
     * TDB2 engine of the pinned generation is the one used.
     * <p>
     * Its {@link Context} is its own and stays the same across switches (Fuseki copies a
     * dataset's context when a request arrives, before the transaction begins): settings such
     * as the timeout are set once, and the text index entry in it is a stand-in that passes
     * every call to the index of the pinned generation, so {@code text:query} never reads the
     * index of another generation than the data.
     */
    final class SwitchingGraph extends DatasetGraphWrapper {
        private final ThreadLocal<Slot> pinned = new ThreadLocal<>();
        private final Context context = new Context();

        SwitchingGraph() {
            super(null, null);
            context.set(TextQuery.textIndex, java.lang.reflect.Proxy.newProxyInstance(TextIndex.class.getClassLoader(),
                    new Class<?>[] {TextIndex.class}, (proxy, method, args) -> {
                        if (method.getDeclaringClass() == Object.class)
                            return method.invoke(this, args);
                        DatasetGraph target = get();
                        if (!(target instanceof DatasetGraphText text))
                            throw new org.apache.jena.query.text.TextIndexException("generation "
                                    + generation().name() + " has no text index; rebuild it with ./dgkg build");
                        try {
                            return method.invoke(text.getTextIndex(), args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }));
        }

        LiveDataset owner() {
            return LiveDataset.this;
        }

        /**
         * Takes over what the storage put in a generation's context and this context does not
         * set itself (TDB2 puts its own query executor there), keeping the text index stand-in.
         */
        void inherit(Context generation) {
            for (var key : generation.keys())
                if (!key.equals(TextQuery.textIndex) && !context.isDefined(key))
                    context.set(key, (Object) generation.get(key));
        }

        @Override
        protected DatasetGraph get() {
            Slot s = pinned.get();
            return (s != null ? s : current.get()).dsg();
        }

        @Override
        public Context getContext() {
            return context;
        }

        private Slot pin() {
            if (pinned.get() != null)
                throw new org.apache.jena.sparql.JenaTransactionException("already in a transaction");
            while (true) {
                if (closed)
                    throw new IllegalStateException("the live dataset of " + store.directory() + " is closed");
                Slot s = current.get();
                if (s.enter()) {
                    pinned.set(s);
                    return s;
                }
                // lost a race with a switch: the slot was let go of; the next one is current
            }
        }

        private void unpin() {
            Slot s = pinned.get();
            if (s != null) {
                pinned.remove();
                s.leave();
            }
        }

        @Override
        public void begin() {
            begin(TxnType.READ);
        }

        @Override
        public void begin(ReadWrite mode) {
            begin(TxnType.convert(mode));
        }

        @Override
        public void begin(TxnType type) {
            Slot s = pin();
            try {
                s.dsg().begin(type);
            } catch (RuntimeException e) {
                unpin();
                throw e;
            }
        }

        @Override
        public boolean isInTransaction() {
            Slot s = pinned.get();
            return s != null && s.dsg().isInTransaction();
        }

        @Override
        public void commit() {
            Slot s = pinned.get();
            try {
                (s != null ? s : current.get()).dsg().commit();
            } finally {
                if (s != null)
                    s.dsg().end();
                unpin();
            }
        }

        /**
         * A read transaction has nothing to roll back: it is ended, not aborted. Fuseki aborts
         * the read transaction of every query that was cancelled (timeout, or stopped to make
         * room), and in Jena 5.6 TDB2's abort of a read transaction fails inside
         * ({@code NullPointerException} in {@code TransactionalComponentLifecycle.complete}: the
         * abort already cleared a component's per-thread state, then the end that follows it
         * completes the component again); Fuseki swallows the error, but the
         * transaction coordinator never hears that the transaction finished and counts it as
         * active for ever, so the generation could never be closed and removed. Ending it
         * takes the path every query that is not cancelled takes.
         */
        @Override
        public void abort() {
            Slot s = pinned.get();
            if (s != null && s.dsg().transactionMode() == ReadWrite.READ) {
                end();
                return;
            }
            try {
                (s != null ? s : current.get()).dsg().abort();
            } finally {
                if (s != null)
                    s.dsg().end();
                unpin();
            }
        }

        @Override
        public void end() {
            Slot s = pinned.get();
            if (s == null)
                return;
            try {
                s.dsg().end();
            } finally {
                unpin();
            }
        }
    }
}

package org.w3id.dgkg.serve;

import java.time.Duration;
import java.util.ArrayDeque;
import java.lang.ref.WeakReference;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * Bounded execution of SPARQL queries: at most {@code maxQueries} run, at most
 * {@code queryQueue} wait (each for at most {@code queueWait}), and of the running ones at most
 * {@code maxLongQueries} may go on past {@code longAfter}. A query that cannot get in, or that
 * turns long when the long slots are taken, is refused with {@link Busy} (the server answers 503
 * with Retry-After). Cheap queries therefore always find a slot quickly, even while a burst of
 * heavy ones arrives: the heavy ones give their ordinary slot back after {@code longAfter}, and
 * of the long ones the oldest makes way for a newer one.
 */
final class QueryAdmission {
    /**
     * How often the running queries are looked at (long, heavy, past their deadline). One task for
     * all of them: three timer tasks per query (scheduled, then cancelled when it ended within
     * milliseconds) woke the timer thread at every query and left cancelled tasks it woke for
     * again later, about 15 µs of CPU per query besides the query's own.
     */
    private static final long CHECK_MS = 50;
    /** Queries admitted and not yet closed. */
    private final AtomicInteger active = new AtomicInteger();
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private final ServerLimits limits;
    private final Semaphore running;
    private final Semaphore waiting;
    private final Semaphore longSlots;
    /** The queries holding a long slot, oldest first. */
    private final Deque<Ticket> longRunning = new ArrayDeque<>();
    /** The queries admitted and not yet closed, for {@link #check()}. */
    private final Set<Ticket> tickets = ConcurrentHashMap.newKeySet();
    /** One timer for every server in the process; a server's check ends once its admission is collected. */
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dgkg-query-admission");
        t.setDaemon(true);
        return t;
    });
    /**
     * Where {@link QueryExec#abort()} is called: besides setting the cancel signal it waits for a
     * lock the query holds while it builds its plan (seconds for an OFFSET or a big join under
     * load). Called on the timer it stalled every deadline and long-query check, and, as the
     * timer held this object's monitor, every query's {@link Ticket#close()}: during a burst of
     * 50 heavy queries a simple query took 1.6 s and heavy ones ran 18 s past a 10 s timeout.
     */
    private final ExecutorService stopper = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dgkg-query-stopper");
        t.setDaemon(true);
        return t;
    });

    /** The server is too busy for this query now; try again after {@link #retryAfterSeconds}. */
    static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int retryAfterSeconds;

        Busy(String message, int retryAfterSeconds) {
            super(message, null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    QueryAdmission(ServerLimits limits) {
        this.limits = limits;
        this.running = new Semaphore(limits.maxQueries(), true);
        this.waiting = new Semaphore(limits.queryQueue());
        this.longSlots = new Semaphore(limits.maxLongQueries());
        WeakReference<QueryAdmission> self = new WeakReference<>(this);
        TIMER.scheduleWithFixedDelay(() -> {
            QueryAdmission a = self.get();
            if (a == null)
                throw new CancellationException("admission gone"); // ends this periodic task
            a.check();
        }, CHECK_MS, CHECK_MS, TimeUnit.MILLISECONDS);
    }

    /** Every {@link #CHECK_MS}: each running query that turned long, heavy, or passed its deadline is dealt with. */
    private void check() {
        long now = System.nanoTime();
        for (Ticket t : tickets) {
            try {
                t.check(now);
            } catch (RuntimeException e) {
                // a failure here must not end the periodic task (the other queries' deadlines depend on it)
                org.slf4j.LoggerFactory.getLogger(QueryAdmission.class).warn("query admission check failed", e);
            }
        }
    }

    /**
     * Waits for a slot (bounded) or throws {@link Busy}. {@code timeout} is the query's own
     * timeout: the ticket stops the query then if Jena's timer could not (see {@link Ticket}).
     */
    Ticket admit(Duration timeout) {
        if (!running.tryAcquire()) {
            if (!waiting.tryAcquire())
                throw new Busy("the server is busy: " + limits.maxQueries() + " queries are running and " + limits.queryQueue()
                        + " are waiting; try again in a few seconds", 2);
            try {
                if (!running.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS))
                    throw new Busy("the server is busy: no query slot became free within " + limits.queueWait().toSeconds()
                            + " s; try again in a few seconds", 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Busy("interrupted while waiting for a query slot", 2);
            } finally {
                waiting.release();
            }
        }
        active.incrementAndGet();
        long now = System.nanoTime();
        Ticket t = new Ticket(now + limits.longAfter().toNanos(), now + timeout.toNanos() + 200_000_000L);
        tickets.add(t);
        return t;
    }

    /**
     * Stops a query without waiting: its cancel signal is set here (the evaluation looks at it
     * between solutions and inside {@link CancellableRegex}); {@code abort()}, which also tells
     * the iterators and may wait for the query's lock, runs on {@link #stopper}.
     */
    private void stop(QueryExec qe) {
        AtomicBoolean signal = Context.getCancelSignal(qe.getContext());
        if (signal != null)
            signal.set(true);
        stopper.execute(qe::abort);
    }

    /**
     * One admitted query. Besides the long-query check it keeps a deadline of its own: Jena's
     * timeout callback waits for a lock that the query holds while it builds its plan, and an
     * OFFSET is skipped while the plan is built, so an OFFSET of 10¹¹ ran for minutes past the
     * timeout. {@link #stop(QueryExec)} sets the cancel signal without that lock.
     */
    final class Ticket implements AutoCloseable {
        /** {@link System#nanoTime()} when it turns long, and when it is stopped if still running. */
        private final long longAt;
        private final long deadlineAt;
        /** Read and written by {@link #check()} only (the timer thread). */
        private boolean longChecked;
        private boolean backgroundDone;
        private boolean deadlinePassed;
        private volatile QueryThread thread;
        private boolean timedOut;
        private QueryExec exec;
        private boolean long_;
        /** Its slot went to another query (it was the oldest long one). */
        private boolean slotGiven;
        private boolean closed;
        private volatile boolean stoppedForLong;
        private volatile RuntimeException cutShort;

        private Ticket(long longAt, long deadlineAt) {
            this.longAt = longAt;
            this.deadlineAt = deadlineAt;
        }

        /** On the timer: the checks that are due at {@code now}. */
        private void check(long now) {
            if (!longChecked && now - longAt >= 0) {
                longChecked = true;
                turnLong();
            }
            if (!backgroundDone)
                toBackgroundIfHeavy();
            if (!deadlinePassed && now - deadlineAt >= 0) {
                deadlinePassed = true;
                stopAtTimeout();
            }
        }

        /** Records that the results stopped early (timeout, abort) after they began to be written. */
        void cutShort(RuntimeException e) {
            cutShort = e;
        }

        /** The thread the query runs on. */
        void runsOn(QueryThread t) {
            thread = t;
        }

        /**
         * A query that has used {@code backgroundAfter} of CPU gets the lowest CPU priority, when
         * more queries run than the machine has cores. CPU time, not time since it began: on a
         * loaded machine a cheap query can wait long for a core, and moving it to the background
         * then would make it wait longer still. Only when queries crowd each other: a query
         * alone on a machine that other programs keep busy would otherwise starve behind them
         * and reach its timeout.
         */
        private void toBackgroundIfHeavy() {
            QueryThread t = thread;
            if (t == null || active.get() <= CORES || t.cpuNanos() < limits.backgroundAfter().toNanos())
                return;
            backgroundDone = true;
            stopper.execute(t::toBackground); // runs a process: not on the timer
        }

        /** Why the results stopped early, or null. */
        RuntimeException cutShort() {
            return cutShort;
        }

        /** The execution to stop if this query turns long without a long slot. */
        synchronized void attach(QueryExec qe) {
            this.exec = qe;
            if (stoppedForLong || timedOut)
                stop(qe);
        }

        private synchronized void stopAtTimeout() {
            if (closed)
                return;
            timedOut = true;
            if (exec != null)
                stop(exec);
        }

        /** True when this query was stopped, at its timeout or to make room for a long one. */
        synchronized boolean stopped() {
            return timedOut || stoppedForLong;
        }

        /** True when this query was stopped because too many long queries were running. */
        boolean stoppedForLong() {
            return stoppedForLong;
        }

        Busy busy() {
            return new Busy("the server is busy: at most " + limits.maxLongQueries() + " queries running longer than "
                    + limits.longAfter().toMillis() + " ms at once, and this one was stopped to make room. Try again later, "
                    + "or make the query cheaper", 10);
        }

        /**
         * This query has run for {@code longAfter}: it takes a long slot. When all are taken, the
         * query that has held one longest is stopped and this one takes its slot: under a burst
         * of heavy queries, a cheap query slowed down by the burst is not the one refused, and a
         * heavy query still ends within its timeout.
         */
        private void turnLong() {
            Ticket oldest = null;
            synchronized (QueryAdmission.this) {
                synchronized (this) {
                    if (closed)
                        return;
                    if (!longSlots.tryAcquire()) {
                        oldest = longRunning.pollFirst();
                        if (oldest == null) {
                            stopForLong();
                            return;
                        }
                        oldest.handOver(); // its long slot becomes this one's
                    }
                    long_ = true;
                    longRunning.addLast(this);
                    running.release(); // its ordinary slot goes to the next query
                }
            }
        }

        /** Stopped to make room for a newer long query; the slot is the newer one's now. */
        private synchronized void handOver() {
            long_ = false;
            slotGiven = true;
            stopForLong();
        }

        private synchronized void stopForLong() {
            stoppedForLong = true;
            if (exec != null)
                stop(exec);
        }

        @Override
        public void close() {
            synchronized (QueryAdmission.this) {
                synchronized (this) {
                    if (closed)
                        return;
                    closed = true;
                    active.decrementAndGet();
                    tickets.remove(this);
                    if (long_) {
                        longRunning.remove(this);
                        longSlots.release();
                    } else if (!slotGiven)
                        running.release();
                }
            }
        }
    }
}

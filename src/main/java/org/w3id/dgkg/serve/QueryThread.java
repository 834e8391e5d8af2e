package org.w3id.dgkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SPARQL query's hold on the thread it runs on, so that a query that turns out heavy can be
 * moved to the background ({@link #toBackground()}): on Linux its thread gets the lowest CPU
 * priority (nice 19). On a machine with few cores, a burst of heavy queries then takes the CPU
 * only when pages, {@code /$/ping} and cheap queries (which stay at normal priority on Jetty's
 * threads, or on query threads never moved) leave it idle, instead of a fair share for every one
 * of 50 threads.
 * <p>
 * A thread cannot be given its priority back without privileges, so a thread that was moved ends
 * with its query; the others wait for the next query (at most {@link #MAX_IDLE} of them, each for
 * {@link #IDLE_SECONDS}). Starting a thread per query cost about 0.1 ms of CPU (stack, kernel
 * task, thread-locals filled again), a quarter of an uncached {@code DESCRIBE}.
 * <p>
 * Where the OS offers no way (not Linux, or no {@code renice}), queries simply keep their priority.
 */
final class QueryThread {
    private static final Logger LOG = LoggerFactory.getLogger(QueryThread.class);
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final int MAX_IDLE = 32;
    private static final long IDLE_SECONDS = 30;
    /** Threads waiting for a query, the most recently used first (its caches are the warmest). */
    private static final ConcurrentLinkedDeque<Worker> IDLE = new ConcurrentLinkedDeque<>();
    private static volatile boolean reniceWorks = Files.isSymbolicLink(THREAD_SELF);

    private final Worker worker;
    private final Runnable work;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Throwable failure;
    /** The worker's CPU time when this query began on it, or -1 before. */
    private volatile long cpuAtStart = -1;
    /** Guarded by {@code worker}: the query still runs on it. */
    private boolean current = true;

    private QueryThread(Worker worker, Runnable work) {
        this.worker = worker;
        this.work = work;
    }

    /**
     * Runs {@code work} on a query thread (an idle one, or a new one) and waits for it; what it
     * throws is thrown here. {@code started} gets the query's hold before the work begins.
     */
    static void run(Runnable work, java.util.function.Consumer<QueryThread> started) {
        Worker w = IDLE.pollFirst();
        if (w == null) {
            w = new Worker();
            w.start();
        }
        QueryThread q = new QueryThread(w, work);
        started.accept(q);
        boolean interrupted = false;
        while (true) {
            try {
                w.inbox.put(q);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        while (true) {
            try {
                q.done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the query ends by its timeout; its response must not be left half written
            }
        }
        if (interrupted)
            Thread.currentThread().interrupt();
        Throwable f = q.failure;
        if (f instanceof RuntimeException re)
            throw re;
        if (f instanceof Error err)
            throw err;
        if (f != null)
            throw new IllegalStateException(f);
    }

    /** CPU time this query has used so far, or 0 where the JVM cannot tell. */
    long cpuNanos() {
        long start = cpuAtStart;
        if (start < 0)
            return 0;
        return Math.max(worker.cpuNanos() - start, 0);
    }

    /**
     * Gives this query's thread the lowest CPU priority; the thread then ends with the query.
     * Runs a short {@code renice} process, so call it off the threads that must stay quick.
     */
    void toBackground() {
        synchronized (worker) {
            if (!current || !reniceWorks || worker.tid < 0 || !worker.isAlive())
                return;
            worker.moved = true;
        }
        try {
            Process p = new ProcessBuilder("renice", "-n", "19", "-p", Long.toString(worker.tid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS))
                p.destroy();
        } catch (IOException e) {
            reniceWorks = false;
            LOG.info("heavy queries keep their CPU priority: renice is not available ({})", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A thread that runs queries one after the other until it is moved to the background or idle too long. */
    private static final class Worker extends Thread {
        final SynchronousQueue<QueryThread> inbox = new SynchronousQueue<>();
        /** The kernel's id of this thread (Linux), or -1. */
        volatile long tid = -1;
        /** Guarded by {@code this}: given the lowest priority, so it takes no further query. */
        boolean moved;

        Worker() {
            super("dgkg-query-" + COUNT.incrementAndGet());
            setDaemon(true);
        }

        long cpuNanos() {
            long ns = CPU.isThreadCpuTimeSupported() ? CPU.getThreadCpuTime(getId()) : -1;
            return Math.max(ns, 0);
        }

        @Override
        public void run() {
            if (reniceWorks) {
                try {
                    String self = Files.readSymbolicLink(THREAD_SELF).toString(); // "PID/task/TID"
                    tid = Long.parseLong(self.substring(self.lastIndexOf('/') + 1));
                } catch (IOException | RuntimeException e) {
                    tid = -1;
                }
            }
            QueryThread q = take(false);
            while (q != null) {
                q.cpuAtStart = cpuNanos();
                try {
                    q.work.run();
                } catch (Throwable e) {
                    q.failure = e;
                }
                boolean again;
                synchronized (this) {
                    q.current = false;
                    again = !moved;
                }
                Thread.interrupted(); // a stopped query's interrupt is not the next one's
                q.done.countDown();
                if (!again || IDLE.size() >= MAX_IDLE)
                    return;
                IDLE.addFirst(this);
                q = take(true);
            }
        }

        /** The next query; null when this thread has waited idle long enough and left the pool. */
        private QueryThread take(boolean idle) {
            boolean waited = !idle;
            while (true) {
                try {
                    if (waited)
                        return inbox.take(); // not in the pool (new, or just taken from it): its query is on the way
                    QueryThread q = inbox.poll(IDLE_SECONDS, TimeUnit.SECONDS);
                    if (q != null || IDLE.remove(this))
                        return q;
                    waited = true;
                } catch (InterruptedException e) {
                    if (!waited && IDLE.remove(this))
                        return null;
                    waited = true;
                }
            }
        }
    }
}

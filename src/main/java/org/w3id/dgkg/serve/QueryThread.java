package org.w3id.dgkg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread one SPARQL query runs on, made for that query and ended with it, so that a query
 * that turns out heavy can be moved to the background ({@link #toBackground()}): on Linux its
 * thread gets the lowest CPU priority (nice 19). On a machine with few cores, a burst of heavy
 * queries then takes the CPU only when pages, {@code /$/ping} and cheap queries (which stay at
 * normal priority on Jetty's threads, or on fresh query threads) leave it idle, instead of a
 * fair share for every one of 50 threads. A thread cannot be given its priority back without
 * privileges, hence a thread per query rather than a pool.
 * <p>
 * Where the OS offers no way (not Linux, or no {@code renice}), queries simply keep their priority.
 */
final class QueryThread extends Thread {
    private static final Logger LOG = LoggerFactory.getLogger(QueryThread.class);
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static volatile boolean reniceWorks = Files.isSymbolicLink(THREAD_SELF);

    private final Runnable work;
    private volatile Throwable failure;
    /** The kernel's id of this thread (Linux), or -1. */
    private volatile long tid = -1;

    private QueryThread(Runnable work) {
        super("dgkg-query-" + COUNT.incrementAndGet());
        this.work = work;
        setDaemon(true);
    }

    /**
     * Runs {@code work} on a query thread of its own and waits for it; what it throws is
     * thrown here. {@code started} gets the thread before the work begins.
     */
    static void run(Runnable work, java.util.function.Consumer<QueryThread> started) {
        QueryThread t = new QueryThread(work);
        started.accept(t);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the query ends by its timeout; its response must not be left half written
            }
        }
        if (interrupted)
            Thread.currentThread().interrupt();
        Throwable f = t.failure;
        if (f instanceof RuntimeException re)
            throw re;
        if (f instanceof Error err)
            throw err;
        if (f != null)
            throw new IllegalStateException(f);
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
        try {
            work.run();
        } catch (Throwable e) {
            failure = e;
        }
    }

    /** CPU time this thread has used so far, or 0 where the JVM cannot tell. */
    long cpuNanos() {
        long ns = CPU.isThreadCpuTimeSupported() ? CPU.getThreadCpuTime(getId()) : -1;
        return Math.max(ns, 0);
    }

    /**
     * Gives this thread the lowest CPU priority. Runs a short {@code renice} process, so call it
     * off the threads that must stay quick.
     */
    void toBackground() {
        long id = tid;
        if (!reniceWorks || id < 0 || !isAlive())
            return;
        try {
            Process p = new ProcessBuilder("renice", "-n", "19", "-p", Long.toString(id)).redirectErrorStream(true)
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
}

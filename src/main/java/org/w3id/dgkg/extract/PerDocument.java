package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a per-document stage over the documents of a corpus on a few threads. The results come back
 * in the corpus's order whatever order the threads finish in, so the extraction is the same as
 * when the documents are read one after the other. The stages share only immutable reference data.
 */
public final class PerDocument {
    /** Threads per stage: the machine's cores, or the system property {@code dgkg.extract.threads}. */
    public static final int THREADS = Math.max(1, Integer.getInteger("dgkg.extract.threads", Runtime.getRuntime().availableProcessors()));

    private PerDocument() {}

    /** {@code stage} applied to every document of {@code documents} on up to {@code threads} threads, in the documents' order. */
    static <D, T> List<T> map(List<D> documents, int threads, Function<D, T> stage) {
        return map(documents, threads, "extract", stage);
    }

    /**
     * The same for any per-document step (a build writes each document's graph this way too);
     * {@code threadName} names its threads in logs. The first failure is thrown as the step's own.
     */
    public static <D, T> List<T> map(List<D> documents, int threads, String threadName, Function<D, T> stage) {
        threads = Math.min(threads, documents.size());
        if (threads <= 1)
            return documents.stream().map(stage).toList();
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>(documents.size());
            for (D d : documents)
                futures.add(pool.submit(() -> stage.apply(d)));
            List<T> out = new ArrayList<>(documents.size());
            for (Future<T> f : futures)
                out.add(f.get());
            return out;
        } catch (ExecutionException e) {
            // the stage's own exception, as when it runs on the calling thread
            if (e.getCause() instanceof RuntimeException r)
                throw r;
            if (e.getCause() instanceof Error err)
                throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted in " + threadName, e);
        } finally {
            pool.shutdownNow();
        }
    }
}

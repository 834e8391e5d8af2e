package org.w3id.dgkg.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;

/**
 * Remembers what the optimiser made of the last few query algebras, so that a query sent again
 * is not optimised again. Jena optimises every execution afresh: about twenty rewrites, each a
 * walk that copies the algebra, which a JFR profile of the server answering the library's
 * {@code documents} query (1 client, 3,000 requests) put at 20-30% of its CPU per request, as much
 * as a third of evaluating it; the parse cache ({@link BoundedQueryService}) already spares the
 * parse, not this.
 * <p>
 * The key is the algebra handed to the optimiser (Jena's structural {@code equals}/{@code
 * hashCode}: same operators, variables, terms and expressions), the value what the wrapped
 * optimiser returned for it. That is the same answer as optimising again because the optimiser
 * reads only the algebra and settings that are fixed for the server (the dataset's context: the
 * same optimiser, union default graph, no per-request switches); it does not read the data (TDB2
 * orders a basic graph pattern when it runs it, not here), and it folds only constant
 * expressions whose value cannot change (Jena does not fold {@code NOW()}, {@code RAND()},
 * {@code UUID()} or {@code BNODE()}). An algebra is immutable once built, so executions that run
 * at the same time can share one. Per-execution state (the timeout's cancel signal, the
 * execution context) is not in the algebra, so a {@link CancellableRegex} in a shared plan still
 * watches its own query's signal.
 * <p>
 * Least recently used first out, {@link #SIZE} entries (the parse cache's size): a server sees
 * the query library's texts and whatever its users send again.
 */
final class OptimizerCache {
    /** Entries kept; each holds two small algebra trees (a few kilobytes). */
    static final int SIZE = 256;

    /** The server's cache: Jena's standard rewrites and the REGEX replacement, remembered. */
    static final OptimizerCache SERVER = new OptimizerCache(CancellableRegex.REWRITE, SIZE);

    private final RewriteFactory optimiser;
    private final Map<Key, Op> optimised;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    OptimizerCache(RewriteFactory optimiser, int size) {
        this.optimiser = Objects.requireNonNull(optimiser, "optimiser");
        if (size < 1)
            throw new IllegalArgumentException("size must be at least 1: " + size);
        this.optimised = new LinkedHashMap<>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Op> eldest) {
                return size() > size;
            }
        };
    }

    /** A factory for the dataset's context: each rewrite looks here first. */
    RewriteFactory factory() {
        return context -> op -> {
            Key key = new Key(op);
            Op known;
            synchronized (optimised) {
                known = optimised.get(key);
            }
            if (known != null) {
                hits.incrementAndGet();
                return known;
            }
            misses.incrementAndGet();
            // optimised outside the lock: two requests that miss at once both optimise, to the same result
            Op result = optimiser.create(context).rewrite(op);
            synchronized (optimised) {
                optimised.put(key, result);
            }
            return result;
        };
    }

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }

    /** An algebra with its hash computed once (Jena's walks the tree at every call), outside the lock. */
    private record Key(Op op, int hash) {
        Key(Op op) {
            this(op, op.hashCode());
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.hash == hash && k.op.equals(op);
        }
    }
}

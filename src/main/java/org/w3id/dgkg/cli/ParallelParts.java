package org.w3id.dgkg.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for the parts of a build that run on another thread (full and incremental builds alike). */
final class ParallelParts {
    private ParallelParts() {}

    /** The result of a part run on another thread; its own error unwrapped, so that the user sees the real cause. */
    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** Waits for a part run on another thread to end, whatever its outcome (the error being reported supersedes its own). */
    static void settle(CompletableFuture<?> f) {
        try {
            f.join();
        } catch (RuntimeException e) {
            // superseded
        }
    }
}

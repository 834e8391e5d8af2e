package org.w3id.dgkg.store;

import java.nio.file.Path;

/** A generation with a reader's lease on it and nothing opened: e.g. to read its dump. */
public final class LeasedGeneration implements AutoCloseable {
    private final Generation generation;
    private final FileLocks.Lock lease;

    LeasedGeneration(Generation generation, FileLocks.Lock lease) {
        this.generation = generation;
        this.lease = lease;
    }

    public Generation generation() {
        return generation;
    }

    /** The generation's gzipped TriG dump. */
    public Path dump() {
        return Tdb2Store.dumpOf(generation);
    }

    FileLocks.Lock lease() {
        return lease;
    }

    @Override
    public void close() {
        lease.close();
    }
}

package org.w3id.dgkg.store;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A generation opened for reading, with the reader's lease that keeps every process from
 * deleting it. {@link #close()} lets go of both; the generation is removed later by whoever
 * collects (a build, or the server that switched away from it) if it is no longer current.
 */
public final class OpenGeneration implements AutoCloseable {
    private final Generation generation;
    private final DatasetGraph dsg;
    private final FileLocks.Lock lease;
    private boolean closed;
    private boolean released;

    OpenGeneration(Generation generation, DatasetGraph dsg, FileLocks.Lock lease) {
        this.generation = generation;
        this.dsg = dsg;
        this.lease = lease;
    }

    public Generation generation() {
        return generation;
    }

    /** The generation's dataset (with its text index when it has one). */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** The generation's gzipped TriG dump (it may be missing in generations built before dumps existed). */
    public java.nio.file.Path dump() {
        return Tdb2Store.dumpOf(generation);
    }

    /**
     * Lets go of the generation: closes it and gives up the lease. Returns false when TDB2
     * still counts a transaction on it; then the lease is kept (nobody deletes files a
     * transaction may read) and {@link #close()} should be called again later.
     */
    public synchronized boolean tryClose() {
        if (closed)
            return true;
        boolean done = released ? OpenDatabases.close(generation.directory()) : OpenDatabases.release(generation.directory());
        released = true;
        if (!done)
            return false;
        closed = true;
        lease.close();
        return true;
    }

    @Override
    public void close() {
        tryClose();
    }
}

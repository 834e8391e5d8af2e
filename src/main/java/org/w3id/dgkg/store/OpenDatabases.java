package org.w3id.dgkg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generations this JVM has open, each once, counted. TDB2 caches its connections per
 * folder and a Lucene index takes a write lock, so a second open of the same text index would
 * fail; and a generation must be really closed (TDB2's {@code tdb.lock} and the index released,
 * its files unmapped) before it can be deleted. The last {@link #release} closes it.
 */
final class OpenDatabases {
    private static final Logger LOG = LoggerFactory.getLogger(OpenDatabases.class);
    private static final Map<Path, Entry> OPEN = new HashMap<>();

    private record Entry(DatasetGraph tdb, DatasetGraph served, int[] users) {}

    private OpenDatabases() {}

    static synchronized DatasetGraph acquire(Path generation) {
        Path key = generation.toAbsolutePath().normalize();
        Entry e = OPEN.get(key);
        if (e == null) {
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(key.toString());
            DatasetGraph served = tdb;
            Path text = key.resolve(TextIndexer.DIRECTORY);
            if (Files.isDirectory(text))
                served = TextIndexer.open(tdb, text);
            else
                LOG.warn("No text index in {}; text:query and /search find nothing until the next build", key);
            e = new Entry(tdb, served, new int[] {0});
            OPEN.put(key, e);
        }
        e.users()[0]++;
        return e.served();
    }

    /** Gives up one use; returns false if this was the last and TDB2 still counts a transaction (try {@link #close} later). */
    static synchronized boolean release(Path generation) {
        Path key = generation.toAbsolutePath().normalize();
        Entry e = OPEN.get(key);
        if (e == null)
            return true;
        if (e.users()[0] > 0 && --e.users()[0] > 0)
            return true;
        return close(key);
    }

    /** Closes a generation nobody in this JVM uses any more; false if TDB2 refuses because a transaction is still active. */
    static synchronized boolean close(Path generation) {
        Path key = generation.toAbsolutePath().normalize();
        Entry e = OPEN.get(key);
        if (e == null)
            return true;
        if (e.users()[0] > 0)
            return false;
        try {
            TDBInternal.expel(e.tdb());
        } catch (RuntimeException ex) {
            LOG.warn("Cannot close {} yet: {}; trying again later", key, ex.getMessage());
            return false;
        }
        OPEN.remove(key);
        try {
            if (e.served() instanceof DatasetGraphText text)
                text.getTextIndex().close();
        } catch (RuntimeException ex) {
            LOG.warn("Closing the text index of {}: {}", key, ex.toString());
        }
        LOG.debug("Closed {}", key);
        return true;
    }
}

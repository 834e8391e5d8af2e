package org.w3id.dgkg.serve;

import java.time.Duration;

/**
 * What the server lets one request or all of them use; every value is a command-line option of
 * {@code ./dgkg serve} (see docs/reliability.md for why each default).
 *
 * @param maxQueries      SPARQL queries running at once; more wait in the queue
 * @param queryQueue      queries waiting for a slot; a query finding the queue full gets 503
 * @param queueWait       how long a query waits for a slot before it gets 503
 * @param maxLongQueries  queries that may run longer than {@code longAfter} at once; a query
 *                        reaching {@code longAfter} without a free long slot is stopped with 503,
 *                        so a burst of heavy queries cannot starve cheap ones
 * @param longAfter       when a query counts as long
 * @param backgroundAfter CPU time after which a query still running is moved to the lowest CPU priority (see {@link QueryThread})
 * @param bufferRows      SELECT rows held back before the response starts: a query that times out
 *                        within them gets a 503 status instead of a truncated 200
 * @param maxQueryBytes   largest query text (URL-encoded GET query string or POST body); larger is 413/414
 * @param maxPathChars    longest request path (e.g. {@code /id/…}); longer is 414
 * @param headerTimeout   time a client has to send a request's headers (slowloris)
 * @param idleTimeout     an idle connection is closed after this
 */
public record ServerLimits(int maxQueries, int queryQueue, Duration queueWait, int maxLongQueries, Duration longAfter,
        Duration backgroundAfter, int bufferRows, int maxQueryBytes, int maxPathChars, Duration headerTimeout, Duration idleTimeout) {

    public static final ServerLimits DEFAULTS = new ServerLimits(64, 64, Duration.ofSeconds(5), 16, Duration.ofSeconds(2),
            Duration.ofMillis(50), 10_000, 256 * 1024, 1024, Duration.ofSeconds(10), Duration.ofSeconds(30));

    public ServerLimits {
        if (maxQueries < 1 || queryQueue < 0 || maxLongQueries < 1 || bufferRows < 0 || maxQueryBytes < 1024 || maxPathChars < 64)
            throw new IllegalArgumentException("server limits out of range: " + this);
    }

    /** Limits with the default {@code backgroundAfter}. */
    public ServerLimits(int maxQueries, int queryQueue, Duration queueWait, int maxLongQueries, Duration longAfter, int bufferRows,
            int maxQueryBytes, int maxPathChars, Duration headerTimeout, Duration idleTimeout) {
        this(maxQueries, queryQueue, queueWait, maxLongQueries, longAfter, Duration.ofMillis(50), bufferRows, maxQueryBytes, maxPathChars,
                headerTimeout, idleTimeout);
    }

    public ServerLimits withMaxQueryBytes(int bytes) {
        return new ServerLimits(maxQueries, queryQueue, queueWait, maxLongQueries, longAfter, backgroundAfter, bufferRows, bytes, maxPathChars, headerTimeout, idleTimeout);
    }

    public ServerLimits withQueries(int running, int queue, int longRunning, Duration longAfterTime) {
        return new ServerLimits(running, queue, queueWait, longRunning, longAfterTime, backgroundAfter, bufferRows, maxQueryBytes, maxPathChars, headerTimeout, idleTimeout);
    }

    public ServerLimits withBackgroundAfter(Duration after) {
        return new ServerLimits(maxQueries, queryQueue, queueWait, maxLongQueries, longAfter, after, bufferRows, maxQueryBytes, maxPathChars, headerTimeout, idleTimeout);
    }

    public ServerLimits withTimeouts(Duration header, Duration idle) {
        return new ServerLimits(maxQueries, queryQueue, queueWait, maxLongQueries, longAfter, backgroundAfter, bufferRows, maxQueryBytes, maxPathChars, header, idle);
    }
}

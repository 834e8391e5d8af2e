package org.w3id.dgkg.serve;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connection timeouts against clients that hold connections open. Jetty's idle timeout alone
 * does not stop a slowloris client: every header line it trickles in counts as activity. So once
 * a second this looks at every connection and closes one whose request has been in its header
 * for longer than {@link ServerLimits#headerTimeout()} (Jetty's parser records when a request
 * began).
 */
final class HeaderTimeouts implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderTimeouts.class);
    private final Server server;
    private final long limitNanos;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dgkg-header-timeouts");
        t.setDaemon(true);
        return t;
    });

    private HeaderTimeouts(Server server, Duration headerTimeout) {
        this.server = server;
        this.limitNanos = headerTimeout.toNanos();
    }

    /** Sets the idle timeout on every connector and starts watching header times. */
    static HeaderTimeouts install(Server server, ServerLimits limits) {
        for (Connector c : server.getConnectors()) {
            if (c instanceof ServerConnector sc)
                sc.setIdleTimeout(limits.idleTimeout().toMillis());
            HttpConnectionFactory f = c.getConnectionFactory(HttpConnectionFactory.class);
            if (f != null) {
                HttpConfiguration config = f.getHttpConfiguration();
                config.setIdleTimeout(limits.idleTimeout().toMillis());
            }
        }
        HeaderTimeouts h = new HeaderTimeouts(server, limits.headerTimeout());
        h.sweeper.scheduleWithFixedDelay(h::sweep, 1, 1, TimeUnit.SECONDS);
        return h;
    }

    private void sweep() {
        long now = System.nanoTime();
        try {
            for (Connector c : server.getConnectors())
                for (EndPoint ep : c.getConnectedEndPoints())
                    if (ep.getConnection() instanceof HttpConnection hc) {
                        var parser = hc.getParser();
                        if (parser.inHeaderState() && !parser.isStart() && now - parser.getBeginNanoTime() > limitNanos) {
                            LOG.info("Closing a connection from {}: its request headers took longer than {} s", ep.getRemoteSocketAddress(),
                                    limitNanos / 1_000_000_000L);
                            ep.close();
                        }
                    }
        } catch (RuntimeException e) {
            LOG.debug("Header timeout sweep: {}", e.toString());
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}

package org.w3id.dgkg.serve;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * The size of the buffer each response is written through. Fuseki 5.6.0 asks Jetty for a 5 MB
 * output buffer per response, but Jetty's buffer pool keeps buffers of at most 64 KB, so every
 * response, even an empty query's or a ping's, allocated a fresh 5 MB direct buffer, zeroed it
 * page by page and dropped it (apache/jena#4084, fixed upstream by PR #4088 after 5.6.0). That
 * cost about 1 ms of CPU per request, most of it in the kernel (page faults, munmap), and let the
 * server's resident memory grow to gigabytes under load while the heap stayed small.
 * <p>
 * With a buffer the pool keeps, responses reuse pooled buffers. What changes for clients: a
 * response larger than {@link #BYTES} starts streaming (chunked) before it is complete instead
 * of after 5 MB; SPARQL results are held back by {@link BoundedQueryService} (by rows, not
 * bytes) so that a query failing early still gets an error status, and one failing later has
 * its connection aborted, as before.
 */
final class ResponseBuffers {
    /** Jetty's own default, well within the 64 KB its pool retains. */
    static final int BYTES = 32 * 1024;

    private ResponseBuffers() {}

    /** Sets the output buffer of every HTTP connector of {@code server}; call before it starts. */
    static void install(Server server) {
        for (Connector c : server.getConnectors()) {
            HttpConnectionFactory f = c.getConnectionFactory(HttpConnectionFactory.class);
            if (f != null)
                f.getHttpConfiguration().setOutputBufferSize(BYTES);
        }
    }
}

package org.w3id.dgkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Lets a SPARQL response that fits in the output buffer ({@link ResponseBuffers#BYTES}) go out
 * whole, with a {@code Content-Length}, in one write. Jena's result writers and Fuseki flush the
 * response when they are done; a flush commits it, so every answer, however small, went out
 * chunked in two writes (headers and body, then the last chunk after the handler returned): one
 * system call, one TCP segment and one read by the client more per request. Here a flush of the
 * response's stream does nothing; Jetty still sends the buffer whenever it fills, and completes
 * the response when the request ends, so a large result streams as before.
 * <p>
 * That a response is not committed before the end also means a query failing while its small
 * result is written still gets an error status instead of a broken response.
 */
final class WholeResponses implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(request, response instanceof HttpServletResponse http ? new Unflushed(http) : response);
    }

    private static final class Unflushed extends HttpServletResponseWrapper {
        private ServletOutputStream out;

        Unflushed(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null)
                out = new NoFlush(super.getOutputStream());
            return out;
        }
    }

    /** The response's stream with {@link #flush()} left out. */
    private static final class NoFlush extends ServletOutputStream {
        private final ServletOutputStream out;

        NoFlush(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() {
            // the response is sent when the buffer fills or the request ends
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}

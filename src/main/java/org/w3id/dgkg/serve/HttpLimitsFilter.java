package org.w3id.dgkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Client errors answered as client errors, with a plain-text message, before any servlet sees
 * the request: a path longer than {@link ServerLimits#maxPathChars()} (414), a query string or
 * body larger than {@link ServerLimits#maxQueryBytes()} (414/413: parsing a 10 MB query took
 * 24 s), and parameters that are not valid percent-encoding (400; Jetty throws on the first
 * {@code getParameter}, which Fuseki reported as 500).
 */
final class HttpLimitsFilter implements Filter {
    private final ServerLimits limits;

    HttpLimitsFilter(ServerLimits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse res = (HttpServletResponse) response;
        String path = req.getRequestURI();
        if (path.length() > limits.maxPathChars()) {
            send(res, 414, "the path is " + path.length() + " characters long; this server accepts at most " + limits.maxPathChars()
                    + ". Identifiers look like /id/{kind}/{slug}.");
            return;
        }
        String qs = req.getQueryString();
        if (qs != null && qs.length() > limits.maxQueryBytes()) {
            send(res, 414, "the query string is " + qs.length() + " bytes; at most " + limits.maxQueryBytes()
                    + " are accepted (./dgkg serve --max-query-size). Send a long query with POST.");
            return;
        }
        long length = req.getContentLengthLong();
        if (length > limits.maxQueryBytes()) {
            res.setHeader("Connection", "close");
            send(res, 413, "the request body is " + length + " bytes; at most " + limits.maxQueryBytes()
                    + " are accepted (./dgkg serve --max-query-size).");
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType();
        if (length < 0 && "POST".equals(req.getMethod()) && !type.startsWith("application/x-www-form-urlencoded")) {
            // a chunked body: read it here, within the limit, and hand on a copy
            byte[] body = req.getInputStream().readNBytes(limits.maxQueryBytes() + 1);
            if (body.length > limits.maxQueryBytes()) {
                // Read on, up to a few times the limit, before answering: a connection closed while
                // the client is still sending is reset, and the client then loses the 413 with it
                // (java.net.http: "header parser received no bytes"). A larger body is cut off.
                skip(req.getInputStream(), 4L * limits.maxQueryBytes());
                res.setHeader("Connection", "close");
                send(res, 413, "the request body is larger than " + limits.maxQueryBytes() + " bytes, the most accepted (./dgkg serve --max-query-size).");
                return;
            }
            req = new ReplayedBody(req, body);
        }
        try {
            req.getParameterMap();
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("too large") || m.contains("larger than") || m.contains("exceeds"))
                send(res, 413, "the form is larger than " + limits.maxQueryBytes() + " bytes, the most accepted (./dgkg serve --max-query-size).");
            else
                send(res, 400, "the request's parameters are not valid URL encoding (" + m + "); "
                        + "percent-encode the query (a literal % is %25), e.g. with curl --data-urlencode 'query=…'.");
            return;
        }
        try {
            chain.doFilter(req, response);
        } finally {
            drain(req);
        }
    }

    /**
     * Reads what is left of a request body (within the size limit, checked above). A request
     * refused before its body was read (a 400 for a wrong media type, say) would otherwise leave
     * bytes on the connection: Jetty then closes a connection the client may already be reusing
     * for its next POST, which fails with no response at all.
     */
    private static void drain(HttpServletRequest req) {
        if (req.getContentLengthLong() <= 0)
            return;
        try {
            req.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException | IllegalStateException e) {
            // the body was taken as a reader, or the client went away: nothing left to keep the connection for
        }
    }

    private static void skip(InputStream in, long most) {
        try {
            byte[] buffer = new byte[16 * 1024];
            long left = most;
            for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0;)
                left -= n;
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    static void send(HttpServletResponse res, int status, String message) throws IOException {
        res.setStatus(status);
        res.setContentType("text/plain;charset=utf-8");
        byte[] bytes = ("error: " + message + "\n").getBytes(StandardCharsets.UTF_8);
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }

    /** A request whose body was read already, replayed from memory. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

package org.w3id.dgkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers SPARQL Update attempts with a message that says why: the graph is derived from the
 * documents and changes only by a build. Fuseki alone would answer {@code /update} with Jetty's
 * HTML 404 and {@code update=} on the query endpoint with "No 'query=' parameter".
 */
final class ReadOnlyFilter implements Filter {
    static final String MESSAGE = "dgkg is read-only: SPARQL Update and Graph Store writes are not accepted. "
            + "The graph is built from the documents in corpus/ and the curated files in ontology/; "
            + "change those and run ./dgkg build.\n";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI();
        String type = req.getContentType() == null ? "" : req.getContentType();
        boolean updateEndpoint = path.endsWith("/update");
        boolean updateRequest = type.startsWith("application/sparql-update") || hasUpdateParameter(req);
        if (updateEndpoint || updateRequest) {
            resp.setStatus(updateEndpoint ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            if (!updateEndpoint)
                resp.setHeader("Allow", "GET, POST");
            req.getInputStream().transferTo(java.io.OutputStream.nullOutputStream()); // keeps the connection reusable
            resp.setContentType("text/plain;charset=utf-8");
            resp.getWriter().write(MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** An {@code update=} in the query string or a form body (reading the form is safe: Fuseki reads it the same way). */
    private static boolean hasUpdateParameter(HttpServletRequest req) {
        String q = req.getQueryString();
        if (q != null && (q.startsWith("update=") || q.contains("&update=")))
            return true;
        String type = req.getContentType();
        return type != null && type.startsWith("application/x-www-form-urlencoded") && req.getParameter("update") != null;
    }
}

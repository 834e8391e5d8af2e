package org.w3id.dgkg.serve.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Links and responses shared by every page. No markup is built here: pages are JTE templates
 * ({@link Pages}), which escape every value they print.
 */
public final class Html {
    private Html() {}

    /**
     * The local link for an IRI: {@code https://w3id.org/dgkg/x} becomes {@code /x} on this
     * server; other http(s) IRIs stay as they are; anything else (javascript:, data:) gives "#".
     */
    public static String href(String iri) {
        if (iri == null)
            return "#";
        if (iri.startsWith(DGKG.BASE))
            return "/" + iri.substring(DGKG.BASE.length());
        if (iri.startsWith("http://") || iri.startsWith("https://"))
            return iri;
        return "#";
    }

    /** URL-encodes a query parameter value. */
    public static String urlParam(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The graph view of an entity. */
    public static String graphHref(String iri) {
        return "/graph?iri=" + urlParam(iri);
    }

    /** The query editor opened on a query. */
    public static String queryHref(String query) {
        return "/query?query=" + urlParam(query);
    }

    /** Sends an HTML page with a status. */
    public static void send(HttpServletResponse res, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("text/html; charset=utf-8");
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }

    /** Sends the error page: what went wrong and where to go next. */
    public static void sendError(HttpServletResponse res, int status, String title, String message) throws IOException {
        send(res, status, Pages.render("error.jte", new ErrorPage(status, title, message, null)));
    }
}

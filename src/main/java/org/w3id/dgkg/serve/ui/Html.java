package org.w3id.dgkg.serve.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletResponse;
import org.w3id.dgkg.vocab.DGKG;

/**
 * HTML building with escaping by default: every piece of data goes through {@link #esc} or
 * {@link #attr}, so a label containing markup renders as text. Pages share one layout
 * ({@link #page}).
 */
public final class Html {
    private Html() {}

    /** Escapes text for element content. */
    public static String esc(String s) {
        if (s == null)
            return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Escapes a value for a double-quoted attribute. */
    public static String attr(String s) {
        return esc(s);
    }

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

    /** {@code <a href="…">label</a>}, escaped. */
    public static String link(String iri, String label) {
        return "<a href=\"" + attr(href(iri)) + "\">" + esc(label) + "</a>";
    }

    /** URL-encodes a query parameter value. */
    public static String urlParam(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The shared layout around a page body (already HTML). */
    public static String page(String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + esc(title) + " · dgkg</title>\n"
                + "<link rel=\"stylesheet\" href=\"/web/dgkg.css\">\n"
                + (head == null ? "" : head)
                + "</head>\n<body>\n<header class=\"top\"><a class=\"brand\" href=\"/\">dgkg <span>全球数字治理知识图谱</span></a>"
                + "<nav><a href=\"/\">Home</a><a href=\"/search\">Search</a><a href=\"/query\">SPARQL</a>"
                + "<a href=\"/ontology\">Ontology</a><a href=\"/.well-known/void\">VoID</a><a href=\"/dumps/dgkg.trig.gz\">Dump</a></nav>"
                + "<form class=\"searchbox\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" placeholder=\"搜索 / search\" aria-label=\"search\"></form>"
                + "</header>\n<main>\n" + body + "\n</main>\n"
                + "<footer>dgkg · data built automatically from Chinese-language documents; every fact links to its evidence. "
                + "<a href=\"/dgkg/sparql\">SPARQL endpoint</a></footer>\n"
                + "<script src=\"/web/dgkg.js\"></script>\n</body>\n</html>\n";
    }

    /** Sends an HTML page with a status. */
    public static void send(HttpServletResponse res, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("text/html; charset=utf-8");
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }

    /** A page for an error, with what to do next. */
    public static String errorPage(int status, String title, String message) {
        return page(title, null, "<h1>" + esc(title) + "</h1>\n<p class=\"error\">" + esc(message) + "</p>\n"
                + "<p>Try the <a href=\"/search\">search</a>, the <a href=\"/\">home page</a> or a <a href=\"/query\">SPARQL query</a>.</p>"
                + "<p class=\"muted\">HTTP " + status + "</p>");
    }
}

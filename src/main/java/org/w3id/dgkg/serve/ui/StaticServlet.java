package org.w3id.dgkg.serve.ui;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.w3id.dgkg.serve.web.Html;

/** Serves {@code /web/*} from the jar ({@code src/main/resources/web}, with the bundled vendor libraries). */
final class StaticServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "json", "application/json", "map", "application/json", "html", "text/html; charset=utf-8",
            "woff2", "font/woff2", "ico", "image/x-icon", "txt", "text/plain; charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.contains("..") || path.contains("//") || path.endsWith("/")) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = StaticServlet.class.getResourceAsStream("/web" + path)) {
            if (in == null) {
                Html.sendError(res, HttpServletResponse.SC_NOT_FOUND, "Not found", "No file " + path + " among the web assets.");
                return;
            }
            String ext = path.substring(path.lastIndexOf('.') + 1);
            res.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            res.setHeader("Cache-Control", path.startsWith("/vendor/") ? "public, max-age=86400" : "public, max-age=300");
            in.transferTo(res.getOutputStream());
        }
    }
}

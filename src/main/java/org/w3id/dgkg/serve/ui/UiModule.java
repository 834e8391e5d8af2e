package org.w3id.dgkg.serve.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.dgkg.serve.web.Html;
import org.w3id.dgkg.serve.web.Link;
import org.w3id.dgkg.serve.web.Lookup;
import org.w3id.dgkg.serve.web.Pages;
import org.w3id.dgkg.serve.web.Prefixes;
import org.w3id.dgkg.serve.LiveDataset;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The pages around the data: the home page {@code /}, the query editor {@code /query}
 * (YASGUI, bundled), the graph view {@code /graph?iri=…} (Cytoscape.js, bundled), the web assets
 * {@code /web/*}, and two small JSON APIs used by them: {@code /api/queries} (example queries)
 * and {@code /api/neighbourhood?iri=…&hops=2}.
 */
public final class UiModule implements FusekiModule {
    private final DatasetGraph dsg;
    private final Path queries;

    private UiModule(DatasetGraph dsg, Path queries) {
        this.dsg = Objects.requireNonNull(dsg, "dataset");
        this.queries = queries;
    }

    /** {@code queries} is the folder of example {@code *.rq} files; null or missing means built-in examples only. */
    public static UiModule create(DatasetGraph dsg, Path queries) {
        return new UiModule(dsg, queries);
    }

    @Override
    public String name() {
        return "dgkg-ui";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        List<Examples.Example> examples = Examples.load(queries);
        Lookup lookup = new Lookup(dsg);
        builder.addServlet("/web/*", new StaticServlet());
        HomeServlet home = new HomeServlet(lookup, examples);
        LiveDataset.onSwitch(dsg, home::clear);
        builder.addServlet("", home);
        builder.addServlet("/index.html", home);
        builder.addServlet("/query", new PageServlet(Pages.render("query.jte", Map.of())));
        builder.addServlet("/graph", new GraphServlet(lookup));
        builder.addServlet("/api/queries", new QueriesServlet(examples));
        builder.addServlet("/api/prefixes", new JsonServlet(prefixesJson()));
        builder.addServlet("/api/neighbourhood", new NeighbourhoodServlet(dsg));
    }

    static void sendJson(HttpServletResponse res, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("application/json; charset=utf-8");
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }

    /** {@code /}: the home page (computed once: the data does not change while serving); anything else unmatched is a 404 page. */
    static final class HomeServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Lookup lookup;
        private final transient List<Examples.Example> examples;
        private volatile String cached;

        HomeServlet(Lookup lookup, List<Examples.Example> examples) {
            this.lookup = lookup;
            this.examples = examples;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String path = req.getRequestURI();
            if (!path.equals("/") && !path.equals("/index.html")) {
                Html.sendError(res, 404, "Not found 未找到", "There is no page at " + path + ".");
                return;
            }
            String page = cached;
            if (page == null)
                cached = page = Pages.render("home.jte", HomePage.of(lookup, examples));
            Html.send(res, 200, page);
        }

        /** Drops the rendered page (the data changed). */
        void clear() {
            cached = null;
        }
    }

    static final class PageServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String page;

        PageServlet(String page) {
            this.page = page;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            Html.send(res, 200, page);
        }
    }

    static final class GraphServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Lookup lookup;

        GraphServlet(Lookup lookup) {
            this.lookup = lookup;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String iri = req.getParameter("iri");
            if (iri == null || !iri.startsWith(DGKG.ID)) {
                Html.sendError(res, 400, "Which entity? 哪个实体？",
                        "Open the graph view from an entity page, or pass ?iri=https://w3id.org/dgkg/id/…");
                return;
            }
            Html.send(res, 200, Pages.render("graph.jte", Map.<String, Object>of("iri", iri, "focus", Link.to(iri, lookup.label(iri)))));
        }
    }

    /** The site's prefixes ({@link Prefixes}) for the query editor, as {@code {prefix: namespace}}. */
    static String prefixesJson() {
        var o = Json.createObjectBuilder();
        new java.util.TreeMap<>(Prefixes.ALL.getNsPrefixMap()).forEach(o::add);
        return o.build().toString();
    }

    static final class JsonServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String json;

        JsonServlet(String json) {
            this.json = json;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            sendJson(res, 200, json);
        }
    }

    static final class QueriesServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String json;

        QueriesServlet(List<Examples.Example> examples) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            examples.forEach(e -> a.add(Json.createObjectBuilder().add("name", e.name()).add("title", e.title()).add("query", e.query())));
            this.json = a.build().toString();
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            sendJson(res, 200, json);
        }
    }

    static final class NeighbourhoodServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient DatasetGraph dsg;

        NeighbourhoodServlet(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String iri = req.getParameter("iri");
            if (iri == null || !iri.startsWith(DGKG.ID)) {
                sendJson(res, 400, Json.createObjectBuilder().add("error", "pass ?iri=https://w3id.org/dgkg/id/…").build().toString());
                return;
            }
            int hops = 1;
            try {
                if (req.getParameter("hops") != null)
                    hops = Math.max(1, Math.min(3, Integer.parseInt(req.getParameter("hops"))));
            } catch (NumberFormatException e) {
                sendJson(res, 400, Json.createObjectBuilder().add("error", "hops must be 1, 2 or 3").build().toString());
                return;
            }
            sendJson(res, 200, Neighbourhood.of(dsg, iri, hops).toString());
        }
    }
}

package org.w3id.dgkg.serve.void_;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.dgkg.serve.web.Format;
import org.w3id.dgkg.serve.web.Html;
import org.w3id.dgkg.serve.web.Pages;
import org.w3id.dgkg.serve.web.Rdf;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.w3id.dgkg.serve.LiveDataset;

/**
 * Describing the dataset: VoID with DCAT at {@code /.well-known/void}, a SPARQL 1.1 Service
 * Description at {@code /service-description} and on a plain GET of {@code /dgkg/sparql} (no
 * query), and the dump of the build at {@code /dumps/dgkg.trig.gz}.
 */
public final class VoidModule implements FusekiModule {
    private final DatasetGraph dsg;
    private final Supplier<Path> dump;

    private VoidModule(DatasetGraph dsg, Supplier<Path> dump) {
        this.dsg = Objects.requireNonNull(dsg, "dataset");
        this.dump = dump;
    }

    /** {@code dump} is the generation's {@code dgkg.trig.gz}; null when there is none (then the dump URL answers 404). */
    public static VoidModule create(DatasetGraph dsg, Path dump) {
        return new VoidModule(dsg, () -> dump);
    }

    /** {@code dump} gives the dump of the generation being served (it changes when the server switches). */
    public static VoidModule create(DatasetGraph dsg, Supplier<Path> dump) {
        return new VoidModule(dsg, dump);
    }

    @Override
    public String name() {
        return "dgkg-void";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        Descriptions d = new Descriptions(dsg);
        LiveDataset.onSwitch(dsg, d::clear);
        builder.addServlet("/.well-known/void", new RdfServlet(d::voidModel));
        builder.addServlet("/service-description", new RdfServlet(d::serviceDescription));
        builder.addServlet("/dumps/*", new DumpServlet(dump));
        builder.addFilter("/dgkg/sparql", new ServiceDescriptionFilter(d));
    }

    /** The base URL the client used, e.g. {@code http://localhost:3030}. */
    static String base(HttpServletRequest req) {
        String scheme = req.getScheme();
        int port = req.getServerPort();
        boolean dflt = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + req.getServerName() + (dflt ? "" : ":" + port);
    }

    static final class RdfServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient BiFunction<String, Boolean, Model> model;

        RdfServlet(java.util.function.BiFunction<String, Boolean, Model> model) {
            this.model = model;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            Format f = Format.choose(req.getParameter("format"), req.getHeader("Accept")).orElse(Format.TURTLE);
            if (f == Format.HTML && req.getParameter("format") == null && !String.valueOf(req.getHeader("Accept")).contains("text/html"))
                f = Format.TURTLE;
            res.setHeader("Vary", "Accept");
            Model m = model.apply(base(req), true);
            if (f == Format.HTML) {
                Html.send(res, 200, Pages.render("rdfdoc.jte", Map.<String, Object>of("title", "Dataset description 数据集描述",
                        "path", req.getRequestURI(), "turtle", new String(Rdf.serialise(m, Format.TURTLE), StandardCharsets.UTF_8))));
                return;
            }
            byte[] body = Rdf.serialise(m, f);
            res.setStatus(200);
            res.setContentType(f.mediaType() + "; charset=utf-8");
            res.setContentLength(body.length);
            res.getOutputStream().write(body);
        }
    }

    /** GET /dgkg/sparql with no query: the service description; everything else goes on to Fuseki. */
    static final class ServiceDescriptionFilter implements Filter {
        private final Descriptions d;

        ServiceDescriptionFilter(Descriptions d) {
            this.d = d;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse res
                    && "GET".equals(req.getMethod()) && req.getQueryString() == null) {
                Format f = Format.choose(null, req.getHeader("Accept")).orElse(Format.TURTLE);
                if (f == Format.HTML)
                    f = Format.TURTLE;
                byte[] body = Rdf.serialise(d.serviceDescription(base(req), false), f);
                res.setStatus(200);
                res.setHeader("Vary", "Accept");
                res.setContentType(f.mediaType() + "; charset=utf-8");
                res.setContentLength(body.length);
                res.getOutputStream().write(body);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    static final class DumpServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Supplier<Path> dumps;

        DumpServlet(Supplier<Path> dump) {
            this.dumps = dump;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            Path dump = dumps.get();
            if (!"/dgkg.trig.gz".equals(req.getPathInfo()) || dump == null || !Files.isRegularFile(dump)) {
                Html.sendError(res, 404, "No dump", "The dump is /dumps/dgkg.trig.gz; it is written by ./dgkg build "
                        + "into the database generation. Rebuild the database if it is missing.");
                return;
            }
            res.setHeader("Content-Disposition", "attachment; filename=\"dgkg.trig.gz\"");
            res.setContentType("application/gzip");
            res.setContentLengthLong(Files.size(dump));
            try (InputStream in = Files.newInputStream(dump)) {
                in.transferTo(res.getOutputStream());
            }
        }
    }
}

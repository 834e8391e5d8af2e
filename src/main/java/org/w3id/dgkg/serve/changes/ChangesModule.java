package org.w3id.dgkg.serve.changes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.changes.AtomFeed;
import org.w3id.dgkg.changes.ChangeLog;
import org.w3id.dgkg.changes.ChangeSet;
import org.w3id.dgkg.serve.web.Html;
import org.w3id.dgkg.serve.web.Pages;
import org.w3id.dgkg.vocab.DGKG;

/**
 * What changed between builds, and the documents as they were added:
 * <ul>
 * <li>{@code /changes}: the generations, and the changes of one ({@code ?generation=N}, against
 *     the one before; default the live one) or between two ({@code ?from=A&to=B});</li>
 * <li>{@code /changes.atom}: the same history as an Atom feed, one entry per generation;</li>
 * <li>{@code /files/{documentId}}: the original file a document's text was extracted from
 *     ({@code ./dgkg add}), as the build recorded it.</li>
 * </ul>
 * The dataset comes from a supplier, so a server that switches generations serves the new history.
 */
public final class ChangesModule implements FusekiModule {
    private final Supplier<DatasetGraph> data;
    private final Path corpus;

    private ChangesModule(Supplier<DatasetGraph> data, Path corpus) {
        this.data = Objects.requireNonNull(data, "data");
        this.corpus = corpus;
    }

    /** {@code corpus} holds the originals ({@code originals/…}); null serves none. */
    public static ChangesModule create(Supplier<DatasetGraph> data, Path corpus) {
        return new ChangesModule(data, corpus);
    }

    @Override
    public String name() {
        return "dgkg-changes";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/changes", new PageServlet());
        builder.addServlet("/changes.atom", new AtomServlet());
        builder.addServlet("/files/*", new FileServlet());
    }

    private List<ChangeSet> history() {
        DatasetGraph dsg = data.get();
        return Txn.calculateRead(dsg, () -> ChangeLog.history(dsg));
    }

    private static String base(HttpServletRequest req) {
        String scheme = req.getScheme();
        int port = req.getServerPort();
        boolean dflt = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + req.getServerName() + (dflt ? "" : ":" + port);
    }

    final class PageServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            List<ChangeSet> history = history();
            Integer generation = number(req, "generation");
            Integer from = number(req, "from");
            Integer to = number(req, "to");
            if ((generation == null && (from == null) != (to == null)) || generation != null && (from != null || to != null)) {
                Html.sendError(res, 400, "Bad request", "Ask for ?generation=N, or ?from=A&to=B, or nothing (the live generation).");
                return;
            }
            ChangeLog.Diff diff = null;
            String message = null;
            if (history.isEmpty()) {
                message = "This database records no history yet: it was built before dgkg recorded changes. The next build starts it.";
            } else {
                int b = to != null ? to : generation != null ? generation : history.get(history.size() - 1).number();
                int a = from != null ? from : b - 1;
                if (a < 1) {
                    message = "Generation " + b + " is the first build: there is nothing earlier to compare it with.";
                } else {
                    try {
                        diff = ChangeLog.between(history, a, b);
                    } catch (DgkgException e) {
                        Html.sendError(res, 404, "No such changes", e.getMessage());
                        return;
                    }
                }
            }
            Html.send(res, 200, Pages.render("changes.jte", ChangesPage.of(history, diff, message)));
        }

        private static Integer number(HttpServletRequest req, String name) {
            String v = req.getParameter(name);
            if (v == null || v.isBlank())
                return null;
            try {
                return Integer.valueOf(v.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    final class AtomServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            AtomFeed.write(history(), base(req), body);
            res.setStatus(200);
            res.setContentType("application/atom+xml; charset=utf-8");
            res.setContentLength(body.size());
            body.writeTo(res.getOutputStream());
        }
    }

    /** Serves the original recorded for a document in the meta graph, from the corpus's originals/ folder. */
    final class FileServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            String id = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
            Original o = id.matches("[a-z0-9][a-z0-9-]*") ? original(id) : null;
            Path file = o == null || corpus == null ? null : corpus.resolve(o.path()).normalize();
            if (file == null || !file.startsWith(corpus.normalize()) || !Files.isRegularFile(file)) {
                Html.sendError(res, 404, "No original", "Originals are kept for documents added with ./dgkg add (PDF, HTML, DOCX, "
                        + "or text in another encoding); /files/{documentId} serves the one the live build recorded.");
                return;
            }
            res.setStatus(200);
            res.setContentType(o.mediaType());
            res.setHeader("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
            res.setContentLengthLong(Files.size(file));
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(res.getOutputStream());
            }
        }

        private Original original(String id) {
            DatasetGraph dsg = data.get();
            Node doc = NodeFactory.createURI(DGKG.documentIri(id));
            return Txn.calculateRead(dsg, () -> {
                var formats = dsg.find(DGKG.GRAPH_META, doc, HAS_FORMAT, Node.ANY);
                if (!formats.hasNext())
                    return null;
                Node f = formats.next().getObject();
                Node path = value(dsg, f, SOURCE);
                Node type = value(dsg, f, FORMAT);
                return path == null ? null : new Original(path.getLiteralLexicalForm(),
                        type == null ? "application/octet-stream" : type.getLiteralLexicalForm());
            });
        }
    }

    private record Original(String path, String mediaType) {}

    static final Node HAS_FORMAT = NodeFactory.createURI("http://purl.org/dc/terms/hasFormat");
    static final Node SOURCE = NodeFactory.createURI("http://purl.org/dc/terms/source");
    static final Node FORMAT = NodeFactory.createURI("http://purl.org/dc/terms/format");

    private static Node value(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(DGKG.GRAPH_META, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}

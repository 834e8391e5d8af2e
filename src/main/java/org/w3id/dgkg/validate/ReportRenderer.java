package org.w3id.dgkg.validate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Renders a SHACL report: {@code text} for people (grouped by the shape that failed, each
 * entry with its focus node's label, its file and line when known, path, value and message),
 * {@code turtle} (the report graph) and {@code json}.
 */
public final class ReportRenderer {
    private static final Node SH_PROPERTY = org.apache.jena.graph.NodeFactory.createURI("http://www.w3.org/ns/shacl#property");
    private final Graph data;
    private final SourceLocator locator;
    private final PrefixMapping prefixes;
    private Graph shapes;

    public ReportRenderer(Graph data, SourceLocator locator, PrefixMapping prefixes) {
        this.data = data;
        this.locator = Objects.requireNonNull(locator, "locator");
        this.prefixes = prefixes == null ? PrefixMapping.Standard : prefixes;
    }

    /** The shapes graph, so that a failing property shape (a blank node) is named by its node shape. */
    public ReportRenderer shapes(Graph shapesGraph) {
        this.shapes = shapesGraph;
        return this;
    }

    public String render(ValidationReport report, ReportFormat format) {
        return switch (format) {
            case text -> text(report);
            case turtle -> turtle(report);
            case json -> json(report).toString();
        };
    }

    private String turtle(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Graph g = report.getGraph();
        g.getPrefixMapping().setNsPrefixes(prefixes);
        g.getPrefixMapping().setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        RDFDataMgr.write(out, g, Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String text(ValidationReport report) {
        long violations = ShapesValidator.violations(report);
        StringBuilder sb = new StringBuilder();
        if (report.getEntries().isEmpty())
            return "Conforms: no violations, no warnings.\n";
        Map<String, List<ReportEntry>> byShape = group(report);
        for (Map.Entry<String, List<ReportEntry>> e : byShape.entrySet()) {
            sb.append("== ").append(e.getKey()).append(" (").append(e.getValue().size()).append(")\n");
            for (ReportEntry r : e.getValue()) {
                sb.append("  ").append(severity(r.severity())).append(' ').append(node(r.focusNode()));
                String label = label(r.focusNode());
                if (label != null)
                    sb.append("  \"").append(label).append('"');
                sb.append('\n');
                location(r.focusNode()).ifPresent(l -> sb.append("      at:      ").append(l).append('\n'));
                if (r.resultPath() != null)
                    sb.append("      path:    ").append(r.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes))).append('\n');
                if (r.value() != null)
                    sb.append("      value:   ").append(node(r.value())).append('\n');
                sb.append("      message: ").append(r.message()).append('\n');
            }
        }
        sb.append(String.format("%d violation(s), %d other result(s)%n", violations, report.getEntries().size() - violations));
        return sb.toString();
    }

    private JsonObject json(ValidationReport report) {
        JsonObject o = new JsonObject();
        long violations = ShapesValidator.violations(report);
        o.put("conforms", violations == 0);
        o.put("violations", violations);
        o.put("results", report.getEntries().size());
        JsonArray results = new JsonArray();
        for (ReportEntry r : sorted(report)) {
            JsonObject j = new JsonObject();
            j.put("severity", severity(r.severity()));
            j.put("shape", shapeName(r));
            j.put("focusNode", plain(r.focusNode()));
            String label = label(r.focusNode());
            if (label != null)
                j.put("focusLabel", label);
            location(r.focusNode()).ifPresent(l -> j.put("location", l));
            if (r.resultPath() != null)
                j.put("path", r.resultPath().toString());
            if (r.value() != null)
                j.put("value", plain(r.value()));
            j.put("message", r.message());
            results.add(j);
        }
        o.put("entries", results);
        return o;
    }

    private Map<String, List<ReportEntry>> group(ValidationReport report) {
        Map<String, List<ReportEntry>> byShape = new TreeMap<>();
        for (ReportEntry r : sorted(report))
            byShape.computeIfAbsent(shapeName(r), k -> new ArrayList<>()).add(r);
        return byShape;
    }

    private List<ReportEntry> sorted(ValidationReport report) {
        List<ReportEntry> entries = new ArrayList<>(report.getEntries());
        entries.sort(Comparator.comparing((ReportEntry r) -> shapeName(r)).thenComparing(r -> plain(r.focusNode())));
        return entries;
    }

    /** The named shape that failed; a blank property shape is named by its parent's constraint component. */
    private String shapeName(ReportEntry r) {
        Node s = r.source();
        if (s != null && s.isBlank() && shapes != null) {
            var parents = shapes.find(Node.ANY, SH_PROPERTY, s);
            try {
                if (parents.hasNext())
                    s = parents.next().getSubject();
            } finally {
                parents.close();
            }
        }
        if (s != null && s.isURI())
            return node(s);
        return r.constraint() == null ? "(unnamed shape)" : r.constraint().getComponent().getLocalName() + " constraint";
    }

    private java.util.Optional<String> location(Node n) {
        return n != null && n.isURI() ? locator.locate(n.getURI()) : java.util.Optional.empty();
    }

    private String label(Node n) {
        if (data == null || n == null || n.isLiteral())
            return null;
        for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode())) {
            var it = data.find(n, p, Node.ANY);
            try {
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (o.isLiteral())
                        return o.getLiteralLexicalForm();
                }
            } finally {
                it.close();
            }
        }
        return null;
    }

    private String node(Node n) {
        if (n == null)
            return "";
        if (n.isURI()) {
            String short_ = prefixes.qnameFor(n.getURI());
            return short_ != null ? short_ : "<" + n.getURI() + ">";
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            return "\"" + (lex.length() > 80 ? lex.substring(0, 77) + "..." : lex) + "\"";
        }
        return "[blank node]";
    }

    private static String plain(Node n) {
        if (n == null)
            return "";
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "_:" + n.getBlankNodeLabel();
    }

    private static String severity(Severity s) {
        return s == Severity.Violation ? "VIOLATION" : s == Severity.Warning ? "WARNING" : "INFO";
    }
}

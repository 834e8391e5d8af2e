package org.w3id.dgkg.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.rdf.OntologySources;

/**
 * Runs SHACL shapes over a graph and returns the report; never prints. Pass/fail counts
 * {@code sh:Violation} entries only: a warning is reported but does not fail.
 */
public final class ShapesValidator {
    private static final Logger LOG = LoggerFactory.getLogger(ShapesValidator.class);

    static {
        TextAt.register(); // the shapes' SPARQL calls it (with SUBSTR as the fallback)
    }
    private final Shapes shapes;
    private final List<Path> files;

    private ShapesValidator(Shapes shapes, List<Path> files) {
        this.shapes = shapes;
        this.files = List.copyOf(files);
    }

    /** Shapes from Turtle files; a directory contributes every {@code *.ttl} directly in it. */
    public static ShapesValidator fromFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths)
            files.addAll(ttlFiles(p));
        if (files.isEmpty())
            throw new DgkgException("no shapes found in " + paths + "; pass --shapes with a .ttl file or a directory of them");
        Model m = ModelFactory.createDefaultModel();
        for (Path f : files)
            OntologySources.readTurtle(m, f);
        try {
            return new ShapesValidator(Shapes.parse(m.getGraph()), files);
        } catch (RuntimeException e) {
            throw new DgkgException("shapes in " + files + " are not valid SHACL: " + e.getMessage(), e);
        }
    }

    public static ShapesValidator fromFiles(Path... paths) {
        return fromFiles(List.of(paths));
    }

    static List<Path> ttlFiles(Path p) {
        if (Files.isRegularFile(p))
            return List.of(p);
        if (!Files.isDirectory(p))
            throw new DgkgException(p + ": no such file or directory");
        try (Stream<Path> s = Files.list(p)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new DgkgException(p + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** The shapes as RDF (for naming shapes in reports). */
    public Graph shapesGraph() {
        return shapes.getGraph();
    }

    /** A renderer for this validator's reports. */
    public ReportRenderer renderer(Graph data, SourceLocator locator, org.apache.jena.shared.PrefixMapping prefixes) {
        return new ReportRenderer(data, locator, prefixes).shapes(shapes.getGraph());
    }

    public List<Path> files() {
        return files;
    }

    public ValidationReport validate(Graph data) {
        return validate(data, true);
    }

    /** {@code logged}: false for one of many parts of a dataset ({@link GraphByGraphValidation} logs the whole). */
    ValidationReport validate(Graph data, boolean logged) {
        Objects.requireNonNull(data, "data");
        long t0 = System.nanoTime();
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        if (logged)
            LOG.info("SHACL: {} shapes, {} violations, {} other results in {} ms", shapes.numShapes(),
                violations(report), report.getEntries().size() - violations(report), (System.nanoTime() - t0) / 1_000_000);
        return report;
    }

    /** Throws {@link ShapesViolatedException} when the report has violations. */
    public void requireConforms(String what, Graph data) {
        ValidationReport report = validate(data);
        if (violations(report) > 0)
            throw new ShapesViolatedException(what, report, this);
    }

    public static long violations(ValidationReport report) {
        return report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).count();
    }
}

package org.w3id.dgkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.rdf.OntologySources;
import org.w3id.dgkg.store.LeasedGeneration;
import org.w3id.dgkg.store.OpenGeneration;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.validate.ReportFormat;
import org.w3id.dgkg.validate.ReportRenderer;
import org.w3id.dgkg.validate.ShapesValidator;
import org.w3id.dgkg.validate.SourceLocator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", header = "Check the ontology, a database or data files against SHACL shapes.",
        description = {
                "With no --db or --data: checks ontology/ (TBox, schemes, registry) with shapes/ontology.shapes.ttl, "
                        + "the maintainers' QC. With --db: checks the live database with shapes/graph.shapes.ttl. "
                        + "With --data: checks the given RDF files (Turtle, TriG, N-Quads…) with shapes/graph.shapes.ttl. "
                        + "--shapes overrides the shapes. The report goes to stdout.",
                "Exit codes: 0 conforms (warnings allowed); 1 violations found; 2 could not run."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    PathOptions paths;

    @Option(names = "--data", arity = "1..*", paramLabel = "FILE", description = "RDF files to check (all merged).")
    List<Path> data;

    @Option(names = "--format", defaultValue = "text", description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        ShapesValidator validator;
        Graph graph;
        SourceLocator locator = SourceLocator.none();
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard);
        String what;
        if (data != null && paths.db != null)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--db and --data cannot be used together");
        if (data != null) {
            validator = ShapesValidator.fromFiles(paths.shapesOr("shapes/graph.shapes.ttl"));
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            for (Path f : data)
                readInto(dsg, f);
            graph = dsg.getUnionGraph();
            locator = new SourceLocator(data.stream().filter(f -> f.toString().endsWith(".ttl")).toList());
            what = data.toString();
        } else if (paths.db != null) {
            validator = ShapesValidator.fromFiles(paths.shapesOr("shapes/graph.shapes.ttl"));
            what = paths.db().toString();
            ValidationReport report = validateDatabase(validator);
            return finish(report, validator.renderer(null, locator, dgkgPrefixes(prefixes)), what, t0);
        } else {
            OntologySources sources = OntologySources.load(paths.ontology());
            validator = ShapesValidator.fromFiles(paths.shapesOr("shapes/ontology.shapes.ttl"));
            Model union = sources.union();
            graph = union.getGraph();
            prefixes.setNsPrefixes(union.getNsPrefixMap());
            locator = new SourceLocator(sources.allFiles());
            what = paths.ontology().toString();
        }
        ValidationReport report = validator.validate(graph);
        return finish(report, validator.renderer(graph, locator, dgkgPrefixes(prefixes)), what, t0);
    }

    /**
     * Validates the live generation. When another process (a server) has it open, TDB2 will not
     * open it here; then the generation's dump, written by the same build from the same data,
     * is read instead, under the generation's lease so that it cannot be removed meanwhile.
     */
    private ValidationReport validateDatabase(ShapesValidator validator) {
        Tdb2Store store = Tdb2Store.at(paths.db());
        try (OpenGeneration g = store.openCurrent()) {
            DatasetGraph dsg = g.datasetGraph();
            return Txn.calculateRead(dsg, () -> validator.validate(dsg.getUnionGraph()));
        } catch (Tdb2Store.LockedException e) {
            try (LeasedGeneration g = store.leaseCurrent()) {
                spec.commandLine().getErr().println("note: " + e.getMessage().replaceFirst(";.*", "")
                        + "; validating its dump " + g.dump() + " (the same data)");
                spec.commandLine().getErr().flush();
                DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                RDFDataMgr.read(dsg, g.dump().toString(), org.apache.jena.riot.Lang.TRIG);
                return validator.validate(dsg.getUnionGraph());
            }
        }
    }

    private int finish(ValidationReport report, ReportRenderer renderer, String what, long t0) {
        spec.commandLine().getOut().print(renderer.render(report, format));
        spec.commandLine().getOut().flush();
        long violations = ShapesValidator.violations(report);
        spec.commandLine().getErr().printf("%s: %s (%d ms)%n", what,
                violations == 0 ? "conforms" : violations + " violation(s)", (System.nanoTime() - t0) / 1_000_000);
        spec.commandLine().getErr().flush();
        return violations == 0 ? DgkgCommand.OK : DgkgCommand.VIOLATIONS;
    }

    private static PrefixMapping dgkgPrefixes(PrefixMapping p) {
        p.setNsPrefix("dgkg", "https://w3id.org/dgkg/ontology#");
        p.setNsPrefix("actor", "https://w3id.org/dgkg/id/actor/");
        p.setNsPrefix("instrument", "https://w3id.org/dgkg/id/instrument/");
        p.setNsPrefix("issue", "https://w3id.org/dgkg/id/issue/");
        p.setNsPrefix("principle", "https://w3id.org/dgkg/id/principle/");
        p.setNsPrefix("annotation", "https://w3id.org/dgkg/id/annotation/");
        p.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        p.setNsPrefix("oa", "http://www.w3.org/ns/oa#");
        return p;
    }

    private static void readInto(DatasetGraph dsg, Path f) {
        if (!Files.isRegularFile(f))
            throw new DgkgException(f + ": no such file");
        try {
            RDFDataMgr.read(dsg, f.toUri().toString());
        } catch (RiotException e) {
            throw new DgkgException(f + ": cannot parse: " + e.getMessage(), e);
        }
    }
}

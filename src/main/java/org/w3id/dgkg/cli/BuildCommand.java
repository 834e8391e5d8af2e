package org.w3id.dgkg.cli;

import java.util.concurrent.Callable;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.validate.ShapesViolatedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", header = "Build the graph from the corpus into a new database generation.",
        description = {
                "Reads the corpus, extracts entities and relations, writes the RDF dataset, checks it with the "
                        + "SHACL shapes (default: shapes/graph.shapes.ttl) and loads it into a new TDB2 generation of --db, "
                        + "which becomes the live one only when everything succeeded. The summary goes to stdout.",
                "A running ./dgkg serve on the same --db switches to the new generation by itself. One build at a time: "
                        + "a second build on the same --db stops with a message naming the first. Leftovers of killed builds are removed.",
                "Exit codes: 0 built; 1 the graph violates the shapes (report on stderr, database unchanged); 2 could not run."})
final class BuildCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    PathOptions paths;

    @Option(names = "--format", defaultValue = "text", description = "Summary format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--full", description = "Read and extract every document, even when only some changed "
            + "(by default a build reads only the documents that changed since the live generation, see README).")
    boolean full;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildPipeline.Inputs in = inputs(paths);
        // taken before reading the corpus, so that a second build stops at once with a message naming the first
        try (Tdb2Store.BuildLock lock = Tdb2Store.at(in.db()).lockForBuild()) {
            BuildSummary summary = BuildPipeline.run(in, full);
            spec.commandLine().getOut().print(format == Format.json ? summary.json() + "\n" : summary.text());
            spec.commandLine().getOut().flush();
            return DgkgCommand.OK;
        } catch (ShapesViolatedException e) {
            reportViolations(spec, e);
            return DgkgCommand.VIOLATIONS;
        }
    }

    static BuildPipeline.Inputs inputs(PathOptions paths) {
        return new BuildPipeline.Inputs(paths.corpus(), paths.ontology(), paths.shapesOr("shapes/graph.shapes.ttl"), paths.db());
    }

    static void reportViolations(CommandSpec spec, ShapesViolatedException e) {
        var err = spec.commandLine().getErr();
        err.println("error: " + e.getMessage() + "; the database was not changed");
        err.print(e.renderText());
        err.flush();
    }
}

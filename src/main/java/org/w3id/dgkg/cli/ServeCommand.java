package org.w3id.dgkg.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.jena.query.Dataset;
import org.w3id.dgkg.serve.DgkgServer;
import org.w3id.dgkg.serve.ontology.OntologyModule;
import org.w3id.dgkg.serve.ui.Site;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.validate.ShapesViolatedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", header = "Serve the graph over HTTP (SPARQL, Graph Store read, pages).",
        description = {
                "Starts the server on --port (default 3030). If the database is missing, or was built from other "
                        + "inputs (corpus, ontology, shapes or code changed), builds it first; a failed build leaves the "
                        + "previous database in place and stops with an error. Use --no-build to serve the database as it is.",
                "Endpoints: /dgkg/sparql and /dgkg/query (SPARQL 1.1 query, text:query for full text), /dgkg/get (Graph Store, read-only), "
                        + "/id/{kind}/{slug} (linked data: HTML, Turtle, JSON-LD, RDF/XML, N-Triples), / (home), /search?q=, /query (YASGUI), "
                        + "/graph?iri=, /.well-known/void, /service-description, /dumps/dgkg.trig.gz, /$/ping, /$/metrics."})
final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    PathOptions paths;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Query timeout in seconds. Default: ${DEFAULT-VALUE}.")
    double timeout;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Option(names = "--no-build", description = "Never build; serve the existing database even if its inputs changed.")
    boolean noBuild;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildPipeline.Inputs in = BuildCommand.inputs(paths);
        Tdb2Store store = Tdb2Store.at(in.db());
        if (!noBuild && !BuildPipeline.upToDate(in)) {
            LOG.info(store.current().isPresent() ? "Inputs changed since the database was built; rebuilding"
                    : "No database at {}; building it from {}", in.db(), in.corpus());
            try {
                BuildSummary summary = BuildPipeline.run(in);
                spec.commandLine().getErr().print(summary.text());
                spec.commandLine().getErr().flush();
            } catch (ShapesViolatedException e) {
                BuildCommand.reportViolations(spec, e);
                return DgkgCommand.VIOLATIONS;
            }
        }
        Dataset dataset = store.connect(0);
        java.nio.file.Path dump = store.current().map(Tdb2Store::dumpOf).orElse(null);
        DgkgServer.Builder builder = DgkgServer.create().dataset(dataset).module(new OntologyModule(dataset));
        Site.modules(dataset.asDatasetGraph(), dump, Home.resolve(null, "queries")).forEach(builder::module);
        builder.module(org.w3id.dgkg.serve.changes.ChangesModule.create(dataset::asDatasetGraph, in.corpus()));
        DgkgServer server = builder
                .port(port)
                .loopback(localhost)
                .queryTimeout(Duration.ofMillis(Math.round(timeout * 1000)))
                .build()
                .start();
        LOG.info("dgkg is ready at {} (SPARQL: {}); press Ctrl-C to stop", server.serverURL(), server.sparqlURL());
        server.join();
        return DgkgCommand.OK;
    }
}

package org.w3id.dgkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.serve.DgkgServer;
import org.w3id.dgkg.serve.LiveDataset;
import org.w3id.dgkg.serve.ServerLimits;
import org.w3id.dgkg.serve.ServerWarmup;
import org.w3id.dgkg.query.QueryLibrary;
import org.w3id.dgkg.query.QueryPreset;
import org.w3id.dgkg.serve.ontology.OntologyModule;
import org.w3id.dgkg.serve.ui.Site;
import org.w3id.dgkg.store.ServerNote;
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
                "The server follows the database: when ./dgkg build (from any shell) switches it to a new generation, "
                        + "new requests read the new one within a second, requests already running finish on the old one, "
                        + "and the old one is removed once nothing reads it. No restart.",
                "Queries are bounded: --max-queries run at once, --query-queue wait (503 with Retry-After beyond), "
                        + "only --max-long-queries may run past --long-query-after, and each stops at --timeout.",
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

    @Option(names = "--max-queries", defaultValue = "64", paramLabel = "N", description = "SPARQL queries running at once. Default: ${DEFAULT-VALUE}.")
    int maxQueries;

    @Option(names = "--query-queue", defaultValue = "64", paramLabel = "N",
            description = "Queries waiting for a slot (each at most 5 s); beyond that 503 with Retry-After. Default: ${DEFAULT-VALUE}.")
    int queryQueue;

    @Option(names = "--max-long-queries", defaultValue = "16", paramLabel = "N",
            description = "Queries allowed to run longer than --long-query-after at once; others are stopped with 503. Default: ${DEFAULT-VALUE}.")
    int maxLongQueries;

    @Option(names = "--long-query-after", defaultValue = "2", paramLabel = "SECONDS",
            description = "When a query counts as long. Default: ${DEFAULT-VALUE}.")
    double longAfter;

    @Option(names = "--background-after", defaultValue = "0.05", paramLabel = "SECONDS",
            description = "When more queries run than there are cores, one that has used this much CPU time gets the lowest "
                    + "CPU priority (Linux), so heavy queries leave the CPU to pages and cheap queries; 0 never. Default: ${DEFAULT-VALUE}.")
    double backgroundAfter;

    @Option(names = "--max-query-size", defaultValue = "262144", paramLabel = "BYTES",
            description = "Largest query (GET query string or POST body); larger is 414/413. Default: ${DEFAULT-VALUE}.")
    int maxQueryBytes;

    @Option(names = "--warm-up", defaultValue = "10", paramLabel = "ROUNDS",
            description = "After starting, send the query library (queries/, default parameters) to the server itself this many times, "
                    + "with DESCRIBE lookups of 100 entities, one request at a time, in the background (at most 30 s), so that the JIT compiler has done its work before "
                    + "users' queries pay for it; 0 never. Default: ${DEFAULT-VALUE}.")
    int warmUpRounds;

    @Option(names = "--no-page-cache",
            description = "Render every /id/… page and description afresh instead of keeping the last 2,000 (for measuring; the data "
                    + "does not change while a generation is served, so the cache never serves a stale page).")
    boolean noPageCache;

    @Option(names = "--poll", defaultValue = "0.5", paramLabel = "SECONDS", hidden = true,
            description = "How often the server looks at CURRENT for a new generation.")
    double poll;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildPipeline.Inputs in = BuildCommand.inputs(paths);
        Tdb2Store store = Tdb2Store.at(in.db());
        if (!noBuild && !BuildPipeline.upToDate(in)) {
            LOG.info(store.current().isPresent() ? "Inputs changed since the database was built; rebuilding"
                    : "No database at {}; building it from {}", in.db(), in.corpus());
            try (Tdb2Store.BuildLock lock = store.lockForBuild()) {
                BuildSummary summary = BuildPipeline.run(in);
                spec.commandLine().getErr().print(summary.text());
                spec.commandLine().getErr().flush();
            } catch (ShapesViolatedException e) {
                BuildCommand.reportViolations(spec, e);
                return DgkgCommand.VIOLATIONS;
            }
        }
        ServerLimits limits = ServerLimits.DEFAULTS.withMaxQueryBytes(maxQueryBytes)
                .withQueries(maxQueries, queryQueue, maxLongQueries, Duration.ofMillis(Math.round(longAfter * 1000)))
                .withBackgroundAfter(backgroundAfter <= 0 ? Duration.ofDays(1) : Duration.ofMillis(Math.round(backgroundAfter * 1000)));
        LiveDataset live = LiveDataset.follow(store, Duration.ofMillis(Math.round(poll * 1000)));
        Dataset dataset = DatasetFactory.wrap(live.graph());
        DgkgServer.Builder builder = DgkgServer.create().dataset(dataset).module(new OntologyModule(dataset)).limits(limits);
        Path queries = Home.resolve(null, "queries");
        Site.modules(live.graph(), live::dump, queries, !noPageCache).forEach(builder::module);
        builder.module(org.w3id.dgkg.serve.changes.ChangesModule.create(dataset::asDatasetGraph, in.corpus()));
        DgkgServer server = builder
                .port(port)
                .loopback(localhost)
                .queryTimeout(Duration.ofMillis(Math.round(timeout * 1000)))
                .build()
                .start();
        ServerNote.write(store.directory(), "http://localhost:" + server.getPort() + DgkgServer.DATASET + "/sparql");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ServerNote.remove(store.directory())));
        LOG.info("dgkg is ready at {} (SPARQL: {}), serving generation {}; press Ctrl-C to stop",
                server.serverURL(), server.sparqlURL(), live.generation().name());
        ServerWarmup.start(server.sparqlURL(), libraryQueries(queries),
                warmUpRounds, Duration.ofSeconds(30));
        server.join();
        return DgkgCommand.OK;
    }

    /** The query library with its default parameters, as texts; none when the folder is missing or unreadable. */
    private static List<String> libraryQueries(Path folder) {
        if (folder == null || !Files.isDirectory(folder))
            return List.of();
        try {
            List<String> out = new ArrayList<>();
            for (QueryPreset p : QueryLibrary.load(folder)) {
                try {
                    out.add(p.bind(Map.of()).serialize());
                } catch (RuntimeException e) {
                    LOG.debug("Warm-up leaves out {}: {}", p.name(), e.getMessage());
                }
            }
            return out;
        } catch (RuntimeException e) {
            LOG.warn("Warm-up: could not read the query library in {}: {}", folder, e.getMessage());
            return List.of();
        }
    }
}

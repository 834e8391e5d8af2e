package org.w3id.dgkg.serve;

import java.net.BindException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.tdb2.TDB2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.DgkgException;

/**
 * The dgkg server: an embedded Fuseki with one read-only dataset at {@code /dgkg}
 * ({@code /dgkg/sparql}, {@code /dgkg/query}, {@code /dgkg/get}), the union of the named graphs
 * as default graph, a query timeout, CORS, {@code /$/ping} and {@code /$/metrics}. Optional
 * features (pages, linked data) are Fuseki modules passed to the builder.
 * <pre>
 * DgkgServer server = DgkgServer.create().dataset(ds).port(0).build().start();
 * </pre>
 */
public final class DgkgServer {
    private static final Logger LOG = LoggerFactory.getLogger(DgkgServer.class);
    public static final String DATASET = "/dgkg";
    public static final int DEFAULT_PORT = 3030;

    private final FusekiServer fuseki;
    private final ServerLimits limits;
    private HeaderTimeouts headerTimeouts;

    private DgkgServer(FusekiServer fuseki, ServerLimits limits) {
        this.fuseki = fuseki;
        this.limits = limits;
    }

    public static Builder create() {
        return new Builder();
    }

    public DgkgServer start() {
        ResponseBuffers.install(fuseki.getJettyServer());
        // the JDK's fast path for the number formatting Fuseki does on every request (see FormatLocale)
        FormatLocale.preferUs();
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            if (causedBy(e, BindException.class))
                throw new DgkgException("port " + fuseki.getHttpPort() + " is already in use; stop the other server or pass --port N", e);
            throw new DgkgException("the server could not start: " + rootMessage(e), e);
        }
        headerTimeouts = HeaderTimeouts.install(fuseki.getJettyServer(), limits);
        LOG.info("Serving SPARQL at {}", sparqlURL());
        return this;
    }

    public void stop() {
        if (headerTimeouts != null)
            headerTimeouts.close();
        fuseki.stop();
    }

    public void join() {
        fuseki.join();
    }

    /** The real port, also when the builder asked for port 0 (any free port). */
    public int getPort() {
        return fuseki.getHttpPort();
    }

    public String serverURL() {
        return "http://localhost:" + getPort() + "/";
    }

    public String datasetURL() {
        return "http://localhost:" + getPort() + DATASET;
    }

    public String sparqlURL() {
        return datasetURL() + "/sparql";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (type.isInstance(t))
                return true;
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null)
            t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public static final class Builder {
        private Dataset dataset;
        private int port = DEFAULT_PORT;
        private boolean loopback = false;
        private Duration queryTimeout = Duration.ofSeconds(10);
        private boolean cors = true;
        private ServerLimits limits = ServerLimits.DEFAULTS;
        private final List<FusekiModule> modules = new ArrayList<>();

        private Builder() {}

        public Builder dataset(Dataset dataset) {
            this.dataset = Objects.requireNonNull(dataset, "dataset");
            return this;
        }

        /** The HTTP port; 0 picks a free one (read it back with {@link DgkgServer#getPort()}). */
        public Builder port(int port) {
            if (port < 0 || port > 65535)
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            this.port = port;
            return this;
        }

        /** Listen on the loopback interface only (default: all interfaces). */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        public Builder queryTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "queryTimeout");
            if (timeout.isNegative() || timeout.isZero())
                throw new IllegalArgumentException("query timeout must be positive, got " + timeout);
            this.queryTimeout = timeout;
            return this;
        }

        /** Bounds on queries, request sizes and connections (default {@link ServerLimits#DEFAULTS}). */
        public Builder limits(ServerLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        public Builder cors(boolean cors) {
            this.cors = cors;
            return this;
        }

        public Builder module(FusekiModule module) {
            modules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        public DgkgServer build() {
            if (dataset == null)
                throw new IllegalStateException("no dataset: call dataset(...) before build()");
            DatasetGraph dsg = dataset.asDatasetGraph();
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            // REGEX that the timeout can stop (see CancellableRegex), optimised once per algebra (see OptimizerCache)
            dsg.getContext().set(ARQConstants.sysOptimizerFactory, OptimizerCache.SERVER.factory());
            // rows decoded once before they are sorted (see DecodedRowsExecutor)
            QC.setFactory(dsg.getContext(), DecodedRowsExecutor.FACTORY);
            UnionDescribe.register();
            JsonResultsWriter.register();
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    // room for every admitted or queued query, and as many again for pages, ping and metrics
                    .numServerThreads(8, limits.maxQueries() + limits.queryQueue() + 64)
                    .registerOperation(Operation.Query, new BoundedQueryService(limits, queryTimeout, dsg))
                    .addServletAttribute("org.eclipse.jetty.server.Request.maxFormContentSize", limits.maxQueryBytes())
                    .addFilter("/*", new HttpLimitsFilter(limits))
                    .loopback(loopback)
                    .enableCors(cors, null)
                    .enablePing(true)
                    .enableMetrics(true)
                    .enableStats(false)
                    .fusekiModules(FusekiModules.create(modules))
                    .add(DATASET, dsg, false)
                    .addFilter(DATASET + "/*", new ReadOnlyFilter())
                    .addFilter(DATASET + "/*", new WholeResponses())
                    .build();
            return new DgkgServer(fuseki, limits);
        }
    }
}

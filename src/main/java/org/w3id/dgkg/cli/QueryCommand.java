package org.w3id.dgkg.cli;

import org.w3id.dgkg.query.QueryLibrary;
import org.w3id.dgkg.query.QueryPreset;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.dgkg.DgkgException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.w3id.dgkg.store.OpenGeneration;
import org.w3id.dgkg.store.ServerNote;
import org.w3id.dgkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", header = "Run a SPARQL query or a query of the library against the database, without a server.",
        description = {"Runs NAME (queries/NAME.rq, the competency-query library; see --list) or FILE.rq against --db "
                + "(the union of all named graphs is the default graph) and prints the results to stdout. "
                + "CONSTRUCT and DESCRIBE print Turtle (or JSON-LD with --format json).",
                "Parameters declared in a query's header (# @param NAME (?variable): …) are bound with --param NAME=VALUE "
                + "as RDF literals, never pasted into the query text; a parameter left out takes the default its header gives.",
                "While ./dgkg serve serves --db (it notes its address in the database folder), the query is sent to that server "
                + "instead (TDB2 lets one process open a database); otherwise the live generation is read directly."})
final class QueryCommand implements Callable<Integer> {
    enum Format { text, csv, tsv, json, xml }

    @Mixin
    PathOptions paths;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE.rq",
            description = "A query of the library by name (see --list), or a SPARQL query file.")
    String target;

    @Option(names = "--list", description = "List the query library (name, parameters, question) and exit.")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Bind a parameter the query declares, e.g. --param actor=美国. Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--show", description = "Print the query with its parameters bound instead of running it.")
    boolean show;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "The query library folder. Default: queries/ in the dgkg folder.")
    Path queries;

    @Option(names = "--format", defaultValue = "text", description = "Result format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS", description = "Query timeout. Default: ${DEFAULT-VALUE}.")
    double timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Home.resolve(queries, "queries");
        if (list) {
            out.print(QueryLibrary.listing(QueryLibrary.load(dir)));
            out.flush();
            return DgkgCommand.OK;
        }
        if (target == null)
            throw new DgkgException("give a query: a name from the library (./dgkg query --list) or a FILE.rq");
        QueryPreset preset = QueryLibrary.resolve(dir, target);
        Query query = preset.bind(params);
        if (show) {
            out.print(query.serialize());
            out.flush();
            return DgkgCommand.OK;
        }
        Tdb2Store store = Tdb2Store.at(paths.db());
        Optional<ServerNote> server = ServerNote.read(store.directory());
        String result;
        if (server.isPresent()) {
            spec.commandLine().getErr().println("note: " + store.directory() + " is served by process " + server.get().pid()
                    + "; sending the query to " + server.get().sparql());
            spec.commandLine().getErr().flush();
            result = remote(query, server.get().sparql());
        } else {
            try (OpenGeneration g = store.openCurrent()) {
                Dataset ds = DatasetFactory.wrap(g.datasetGraph());
                Context cxt = ds.getContext();
                cxt.set(TDB2.symUnionDefaultGraph, true);
                cxt.set(ARQ.queryTimeout, Long.toString(Math.round(timeout * 1000)));
                result = Txn.calculateRead(ds, () -> run(query, () -> QueryExecution.dataset(ds).query(query).build()));
            }
        }
        out.print(result);
        out.flush();
        return DgkgCommand.OK;
    }

    /** Runs the query on the server's endpoint; its errors say what the server answered. */
    private String remote(Query query, String endpoint) {
        try {
            return run(query, () -> QueryExecutionHTTP.service(endpoint).query(query)
                    .timeout(Math.round(timeout * 1000), TimeUnit.MILLISECONDS).build());
        } catch (QueryExceptionHTTP e) {
            if (e.getStatusCode() <= 0)
                throw new DgkgException("the server noted in the database folder does not answer at " + endpoint + " (" + e.getMessage()
                        + "); if it was stopped, run the command again", e);
            throw new DgkgException("the server at " + endpoint + " answered " + e.getStatusCode() + ": "
                    + (e.getResponse() == null ? e.getMessage() : e.getResponse().strip()), e);
        }
    }

    private String run(Query query, Supplier<QueryExecution> exec) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QueryExecution qe = exec.get()) {
            if (query.isSelectType()) {
                var rs = qe.execSelect();
                switch (format) {
                    case csv -> ResultSetFormatter.outputAsCSV(bytes, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(bytes, rs);
                    case json -> ResultSetFormatter.outputAsJSON(bytes, rs);
                    case xml -> ResultSetFormatter.outputAsXML(bytes, rs);
                    case text -> ResultSetFormatter.out(bytes, rs, query);
                }
            } else if (query.isAskType()) {
                boolean b = qe.execAsk();
                if (format == Format.json)
                    ResultSetFormatter.outputAsJSON(bytes, b);
                else
                    bytes.writeBytes((b + "\n").getBytes(StandardCharsets.UTF_8));
            } else {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(bytes, m, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

package org.w3id.dgkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", header = "Run a SPARQL query against the database, without a server.",
        description = {"Runs FILE.rq against --db (the union of all named graphs is the default graph) and "
                + "prints the results to stdout. CONSTRUCT and DESCRIBE print Turtle (or JSON-LD with --format json).",
                "The database must not be open in a running server (TDB2 allows one process); query the server instead."})
final class QueryCommand implements Callable<Integer> {
    enum Format { text, csv, tsv, json, xml }

    @Mixin
    PathOptions paths;

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "The SPARQL query file.")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "Result format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS", description = "Query timeout. Default: ${DEFAULT-VALUE}.")
    double timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Query query = parse(file);
        Dataset ds = Tdb2Store.at(paths.db()).connect(Math.round(timeout * 1000));
        String out = Txn.calculateRead(ds, () -> run(query, ds));
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return DgkgCommand.OK;
    }

    static Query parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DgkgException(file + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new DgkgException(file + ": not a valid SPARQL query: " + e.getMessage(), e);
        }
    }

    private String run(Query query, Dataset ds) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
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

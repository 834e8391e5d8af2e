package org.w3id.dgkg.serve;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * Not part of dgkg (compiled against target/dgkg.jar, like QueryCpu and OptimiserAb): an
 * interleaved A/B in one JVM of two formulations of the same queries on one store, with the
 * server's executor and optimiser (and its cache) for both.
 *
 * <pre>javac -cp target/dgkg.jar -d CLASSES bench/peers.d/QueryAb.java bench/peers.d/AbRounds.java
 * java -cp target/dgkg.jar:CLASSES org.w3id.dgkg.serve.QueryAb GENERATION ROUNDS RUNS DIR_A DIR_B</pre>
 *
 * Each round runs every query NAME.rq that DIR_A and DIR_B both hold (bound, e.g. with
 * {@code ./dgkg query NAME --show}) RUNS times as DIR_A has it (A) and RUNS times as DIR_B has
 * it (B), the order swapped every round; each is parsed once and copied per run (as the
 * server's parse cache does), its JSON written into memory, and A's and B's JSON compared once.
 * Round 0 is warm-up. Prints per query the median over rounds of the median thread CPU per
 * execution for A and B, and B/A.
 * <p>
 * With DIR_B {@code =}: the queries of DIR_A both times, A evaluated with every OPTIONAL on Jena's
 * path ({@code DecodedRowsExecutor.WITHOUT_OPTIONAL_PATTERN}) and B with the server's executor;
 * with DIR_B {@code =keys}: A with the sort keys evaluated at every comparison
 * ({@code DecodedRowsExecutor.WITHOUT_SORT_KEYS}), B with the server's executor.
 */
public final class QueryAb {
    public static void main(String[] args) throws Exception {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(args[0]);
        int rounds = Integer.parseInt(args[1]), runs = Integer.parseInt(args[2]);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, "10000");
        boolean executors = args[4].startsWith("=");
        org.apache.jena.sparql.engine.main.OpExecutorFactory[] factory = {
                args[4].equals("=") ? DecodedRowsExecutor.WITHOUT_OPTIONAL_PATTERN
                        : args[4].equals("=keys") ? DecodedRowsExecutor.WITHOUT_SORT_KEYS : DecodedRowsExecutor.FACTORY,
                DecodedRowsExecutor.FACTORY};
        JsonResultsWriter.register();
        Dataset ds = DatasetFactory.wrap(dsg);
        dsg.getContext().set(ARQConstants.sysOptimizerFactory, OptimizerCache.SERVER.factory());
        TreeMap<String, Query[]> queries = new TreeMap<>();
        try (var l = Files.list(Path.of(args[3]))) {
            for (Path p : (Iterable<Path>) l.filter(p -> p.toString().endsWith(".rq"))::iterator) {
                Path b = executors ? p : Path.of(args[4]).resolve(p.getFileName());
                if (Files.exists(b))
                    queries.put(p.getFileName().toString().replace(".rq", ""), new Query[] {
                            QueryFactory.create(Files.readString(p, StandardCharsets.UTF_8)),
                            QueryFactory.create(Files.readString(b, StandardCharsets.UTF_8))});
            }
        }
        for (var e : queries.entrySet()) {
            QC.setFactory(dsg.getContext(), factory[0]);
            String a = AbRounds.run(ds, e.getValue()[0].cloneQuery());
            QC.setFactory(dsg.getContext(), factory[1]);
            String b = AbRounds.run(ds, e.getValue()[1].cloneQuery());
            System.out.printf("%s: A and B give %s JSON (%d bytes)%n", e.getKey(), a.equals(b) ? "the same" : "DIFFERENT", a.length());
        }
        AbRounds.measure(ds, queries, rounds, runs, side -> QC.setFactory(dsg.getContext(), factory[side]));
        System.exit(0);
    }
}

package org.w3id.dgkg.serve;

import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * Not part of dgkg (compiled against target/dgkg.jar, like QueryCpu): an interleaved A/B in one
 * JVM of the server's optimiser with and without {@link OptimizerCache}, and of Fuseki's per-request
 * time formatting under the machine's format locale and under en_US ({@link FormatLocale}).
 *
 * <pre>javac -cp target/dgkg.jar -d CLASSES bench/peers.d/OptimiserAb.java bench/peers.d/AbRounds.java
 * java -cp target/dgkg.jar:CLASSES org.w3id.dgkg.serve.OptimiserAb GENERATION ROUNDS RUNS DIR</pre>
 *
 * Each round runs every query of DIR (NAME.rq, bound) RUNS times with Jena's optimiser on every
 * execution (A, as before) and RUNS times with the cache (B), the order swapped every round;
 * the query is parsed once and copied per run (as the server's parse cache does) and its JSON
 * written into memory. Round 0 is warm-up. Prints per query the median over rounds of the
 * median thread CPU per execution for A and B, and B/A.
 */
public final class OptimiserAb {
    private static final ThreadMXBean CPU = AbRounds.CPU;

    public static void main(String[] args) throws Exception {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(args[0]);
        int rounds = Integer.parseInt(args[1]), runs = Integer.parseInt(args[2]);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, "10000");
        QC.setFactory(dsg.getContext(), DecodedRowsExecutor.FACTORY);
        JsonResultsWriter.register();
        Dataset ds = DatasetFactory.wrap(dsg);
        RewriteFactory plain = CancellableRegex.REWRITE, cached = OptimizerCache.SERVER.factory();
        TreeMap<String, Query[]> queries = new TreeMap<>();
        try (var l = Files.list(Path.of(args[3]))) {
            for (Path p : (Iterable<Path>) l.filter(p -> p.toString().endsWith(".rq"))::iterator)
                {
                Query q = QueryFactory.create(Files.readString(p, StandardCharsets.UTF_8));
                queries.put(p.getFileName().toString().replace(".rq", ""), new Query[] {q, q});
            }
        }
        AbRounds.measure(ds, queries, rounds, runs, side -> dsg.getContext().set(ARQConstants.sysOptimizerFactory, side == 0 ? plain : cached));
        // Fuseki's ActionExecLib.fmtMillis, once per request, under each format locale
        Locale machine = Locale.getDefault(Locale.Category.FORMAT);
        for (int round = 0; round < 3; round++)
            for (Locale l : new Locale[] {machine, Locale.US}) {
                Locale.setDefault(Locale.Category.FORMAT, l);
                long t0 = CPU.getCurrentThreadCpuTime();
                int n = 200_000, sink = 0;
                for (int i = 0; i < n; i++)
                    sink += String.format("%,d ms", i % 1000).length();
                if (round > 0)
                    System.out.printf("String.format(\"%%,d ms\") under %s: %.2f us per call (%d)%n", l, (CPU.getCurrentThreadCpuTime() - t0) / 1e3 / n, sink);
            }
        System.exit(0);
    }
}

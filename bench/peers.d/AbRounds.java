package org.w3id.dgkg.serve;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;

/**
 * Not part of dgkg: the interleaved rounds that QueryAb and OptimiserAb share (compile it with
 * them). Each round runs every query RUNS times as side A and RUNS times as side B, the order
 * swapped every round; {@code setSide} switches the store's context to a side before its runs.
 * Round 0 is warm-up. Prints per query the median over rounds of the median thread CPU per
 * execution for A and B, and B/A.
 */
final class AbRounds {
    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private AbRounds() {
    }

    /** queries: NAME → the query of side A and of side B (the same object when both run one text). */
    static void measure(Dataset ds, Map<String, Query[]> queries, int rounds, int runs, IntConsumer setSide) {
        TreeMap<String, List<double[]>> out = new TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            for (var e : queries.entrySet()) {
                double[] ab = new double[2];
                for (int k = 0; k < 2; k++) {
                    int side = (round % 2 == 0) ? k : 1 - k;
                    setSide.accept(side);
                    long[] cpu = new long[runs];
                    for (int r = 0; r < runs; r++) {
                        Query q = e.getValue()[side].cloneQuery();
                        long t0 = CPU.getCurrentThreadCpuTime();
                        run(ds, q);
                        cpu[r] = CPU.getCurrentThreadCpuTime() - t0;
                    }
                    Arrays.sort(cpu);
                    ab[side] = cpu[runs / 2] / 1e6;
                }
                if (round > 0)
                    out.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(ab);
            }
        }
        System.out.printf("%-32s %9s %9s %6s%n", "query", "A ms", "B ms", "B/A");
        for (var e : out.entrySet()) {
            double a = median(e.getValue().stream().mapToDouble(x -> x[0]).toArray()), b = median(e.getValue().stream().mapToDouble(x -> x[1]).toArray());
            System.out.printf("%-32s %9.3f %9.3f %6.2f%n", e.getKey(), a, b, b / a);
        }
    }

    private static double median(double[] xs) {
        Arrays.sort(xs);
        return xs.length % 2 == 1 ? xs[xs.length / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2;
    }

    /** Runs q in a read transaction, its JSON (SELECT) written into memory; returns that JSON. */
    static String run(Dataset ds, Query q) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create(q, ds)) {
                if (q.isSelectType())
                    org.apache.jena.riot.ResultSetMgr.write(bytes, qe.execSelect(), ResultSetLang.RS_JSON);
                else if (q.isAskType())
                    qe.execAsk();
                else
                    (q.isConstructType() ? qe.execConstruct() : qe.execDescribe()).size();
            }
        });
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

package org.w3id.dgkg.serve;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.w3id.dgkg.store.TextIndexer;

/**
 * Not part of dgkg (bench/scale-check compiles it against target/dgkg.jar): CPU per execution of
 * bound queries in process, on one TDB2 generation set up as {@code DgkgServer} sets it up (union
 * default graph, the server's timeout, its optimiser (OptimizerCache), DecodedRowsExecutor, UnionDescribe,
 * JsonResultsWriter, the text index), the answer written as the server writes it (JSON, or
 * N-Triples for CONSTRUCT/DESCRIBE) into memory.
 *
 * <pre>java -cp target/dgkg.jar:CLASSES org.w3id.dgkg.serve.QueryCpu GENERATION ROUNDS RUNS DIR_A [DIR_B]</pre>
 *
 * Each round runs every query of the directories (files NAME.rq, already bound) RUNS times per
 * directory, the directories alternating (their order swapped every round); the first round is
 * warm-up and not reported. Prints, per query and directory, the median thread CPU of each
 * round in ms, the rows and the SHA-1 of the answer's bytes (one value when every run gave the
 * same bytes), and for two directories whether their answers are byte-identical.
 */
public final class QueryCpu {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path gen = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]), runs = Integer.parseInt(args[2]);
        List<Path> dirs = new ArrayList<>();
        for (int i = 3; i < args.length; i++)
            dirs.add(Path.of(args[i]));
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(gen.toString());
        if (Files.isDirectory(gen.resolve(TextIndexer.DIRECTORY)))
            dsg = TextIndexer.open(dsg, gen.resolve(TextIndexer.DIRECTORY));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, System.getProperty("timeout", "10000"));
        dsg.getContext().set(ARQConstants.sysOptimizerFactory, OptimizerCache.SERVER.factory());
        QC.setFactory(dsg.getContext(), DecodedRowsExecutor.FACTORY);
        UnionDescribe.register();
        JsonResultsWriter.register();
        Dataset ds = DatasetFactory.wrap(dsg);

        TreeSet<String> names = new TreeSet<>();
        for (Path d : dirs)
            try (var l = Files.list(d)) {
                l.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).forEach(n -> names.add(n.substring(0, n.length() - 3)));
            }
        String only = System.getProperty("only", "");
        Map<String, Map<Integer, List<String>>> cells = new LinkedHashMap<>();
        Map<String, Map<Integer, TreeSet<String>>> digests = new LinkedHashMap<>();
        Map<String, Map<Integer, Long>> rows = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String name : names) {
                if (!only.isEmpty() && !List.of(only.split(",")).contains(name))
                    continue;
                for (int k = 0; k < dirs.size(); k++) {
                    int v = (round % 2 == 0) ? k : dirs.size() - 1 - k;
                    Path f = dirs.get(v).resolve(name + ".rq");
                    if (!Files.isRegularFile(f))
                        continue;
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    long[] cpu = new long[runs];
                    for (int r = 0; r < runs; r++) {
                        long t0 = CPU.getCurrentThreadCpuTime();
                        Result res = run(ds, text);
                        cpu[r] = CPU.getCurrentThreadCpuTime() - t0;
                        if (round > 0) {
                            digests.computeIfAbsent(name, x -> new LinkedHashMap<>()).computeIfAbsent(v, x -> new TreeSet<>()).add(res.sha1);
                            rows.computeIfAbsent(name, x -> new LinkedHashMap<>()).put(v, res.rows);
                        }
                    }
                    java.util.Arrays.sort(cpu);
                    if (round > 0)
                        cells.computeIfAbsent(name, x -> new LinkedHashMap<>()).computeIfAbsent(v, x -> new ArrayList<>())
                                .add(String.format("%.2f", cpu[runs / 2] / 1e6));
                }
            }
        }
        for (var e : cells.entrySet()) {
            StringBuilder sb = new StringBuilder(e.getKey());
            for (var v : e.getValue().entrySet())
                sb.append("\t").append(dirs.get(v.getKey()).getFileName()).append(": ").append(String.join(" ", v.getValue()))
                        .append(" ms; rows ").append(rows.get(e.getKey()).get(v.getKey()))
                        .append("; sha1 ").append(digests.get(e.getKey()).get(v.getKey()));
            if (dirs.size() == 2 && digests.get(e.getKey()).size() == 2)
                sb.append("\tidentical: ").append(digests.get(e.getKey()).get(0).equals(digests.get(e.getKey()).get(1)));
            System.out.println(sb);
        }
        System.exit(0);
    }

    private record Result(String sha1, long rows) {}

    private static Result run(Dataset ds, String text) throws Exception {
        Query q = QueryFactory.create(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] n = {0};
        Txn.executeRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.create(q, ds)) {
                if (q.isSelectType()) {
                    ResultSet rs = qe.execSelect();
                    var rowSet = org.apache.jena.sparql.exec.RowSet.adapt(rs);
                    var counted = org.apache.jena.sparql.exec.RowSetStream.create(rowSet.getResultVars(), new java.util.Iterator<org.apache.jena.sparql.engine.binding.Binding>() {
                        public boolean hasNext() {
                            return rowSet.hasNext();
                        }

                        public org.apache.jena.sparql.engine.binding.Binding next() {
                            n[0]++;
                            return rowSet.next();
                        }
                    });
                    org.apache.jena.riot.rowset.RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON)
                            .write(out, counted, ds.getContext());
                } else if (q.isAskType()) {
                    ResultSetMgr.write(out, qe.execAsk(), ResultSetLang.RS_JSON);
                } else {
                    var m = q.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                    n[0] = m.size();
                    RDFDataMgr.write(out, m, RDFFormat.NTRIPLES);
                }
            }
        });
        byte[] bytes = out.toByteArray();
        return new Result(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes)).substring(0, 10), n[0]);
    }
}

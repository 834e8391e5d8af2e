package org.w3id.dgkg.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Not part of dgkg (bench/scale-check compiles it against target/dgkg.jar): the parts of the
 * build's store step, each alone or all together as {@link Tdb2Store.Staging#load} runs them, on
 * the same staged graph files, with wall time and the process's CPU time (every thread: the
 * parts, the JIT, the collector) over the part only, JVM start excluded.
 *
 * <pre>
 * java -cp target/dgkg.jar:CLASSES org.w3id.dgkg.store.StoreStepCpu stage DUMP.trig.gz STAGE_DIR [COPIES]
 * java -cp … StoreStepCpu run STAGE_DIR WORK_DIR PART      (PART: tdb, index, dump, step)
 * </pre>
 * {@code stage} splits a build's dump into staged files as a build writes them (one RDF Thrift
 * file per graph); with COPIES &gt; 1 it writes the dump that many times, copy k's IRIs under
 * {@code /id/} and {@code /graph/doc/} ending in {@code -ck} (the reference and ontology graphs once),
 * so that ×200's quad count is staged from ×10's dump without extracting 1,000 documents. {@code tdb} loads them with the loader {@code -Ddgkg.loader} names (packed,
 * basic, phased, parallel; else the build's choice) in the file mode {@code -Ddgkg.tdb.fileMode} names; {@code step} is the whole
 * store step ({@code Staging.load}: TDB2 ∥ text index ∥ dump). Prints one line:
 * {@code PART wall_ms cpu_ms quads}.
 */
public final class StoreStepCpu {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("stage")) {
            stage(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 1);
            return;
        }
        Path stageDir = Path.of(args[1]), work = Path.of(args[2]);
        String part = args[3];
        Tdb2Store store = Tdb2Store.at(work.resolve("db")); // applies -Ddgkg.tdb.fileMode
        List<StagedGraphs.Staged> staged = staged(stageDir);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime(), t0 = System.nanoTime(), w0 = written();
        long n;
        switch (part) {
            case "tdb" -> {
                Path loc = work.resolve("tdb");
                var target = params() == null ? DatabaseMgr.connectDatasetGraph(loc.toString())
                        : org.apache.jena.tdb2.sys.DatabaseConnection.connectCreate(org.apache.jena.dboe.base.file.Location.create(loc), params()).getDatasetGraph();
                String loader = Tdb2Store.loaderName(staged.stream().mapToLong(StagedGraphs.Staged::quads).sum());
                if (loader.equals("packed")) {
                    TDBInternal.expel(target, false); // created with its parameters; written index by index
                    n = PackedIndexLoad.load(loc, staged, () -> false);
                } else {
                    n = Tdb2Store.loadFiles(target, staged, loader, () -> false);
                    TDBInternal.expel(target, false);
                }
            }
            case "index" -> n = TextIndexer.buildFromStaged(staged, work.resolve("text-index"), () -> false);
            case "dump" -> {
                Files.createDirectories(work);
                DumpWriter.write(staged, work.resolve(Tdb2Store.DUMP), () -> false);
                n = staged.stream().mapToLong(StagedGraphs.Staged::quads).sum();
            }
            case "step" -> {
                Tdb2Store.Staging staging = store.stage();
                // the staged files are copied in as the build would have written them
                for (StagedGraphs.Staged s : staged)
                    Files.copy(s.file(), staging.graphs().directory().resolve(s.file().getFileName()));
                register(staging.graphs(), staged);
                c0 = os.getProcessCpuTime();
                t0 = System.nanoTime();
                Tdb2Store.Pending p = staging.load("bench", () -> false);
                n = staging.graphs().quads();
                p.commit();
            }
            default -> throw new IllegalArgumentException("unknown part " + part);
        }
        long wall = (System.nanoTime() - t0) / 1_000_000, cpu = (os.getProcessCpuTime() - c0) / 1_000_000;
        System.out.println(part + " " + wall + " " + cpu + " " + n + " wchar_mb " + (written() - w0) / 1_000_000);
        System.exit(0);
    }

    /** Bytes this process has written (to files, the page cache included): /proc/self/io. */
    private static long written() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/io")))
                if (l.startsWith("wchar:"))
                    return Long.parseLong(l.substring(6).strip());
        } catch (Exception e) {
            // not Linux
        }
        return 0;
    }

    /** TDB2 store parameters asked for with -Dbench.blockCache=READ,WRITE (blocks), else null (TDB2's defaults). */
    private static org.apache.jena.tdb2.params.StoreParams params() {
        String c = System.getProperty("bench.blockCache", "");
        if (c.isEmpty())
            return null;
        String[] rw = c.split(",");
        return org.apache.jena.tdb2.params.StoreParams.builder().blockReadCacheSize(Integer.parseInt(rw[0]))
                .blockWriteCacheSize(Integer.parseInt(rw[1])).build();
    }

    /** The staged files of a folder written by {@code stage}: graph IRI and quads from its list. */
    private static List<StagedGraphs.Staged> staged(Path dir) throws Exception {
        return Files.readAllLines(dir.resolve("graphs.tsv")).stream().map(l -> l.split("\t"))
                .map(f -> new StagedGraphs.Staged(org.apache.jena.graph.NodeFactory.createURI(f[0]), dir.resolve(f[1]), Long.parseLong(f[2])))
                .sorted(java.util.Comparator.comparing(s -> s.graph().getURI())).toList();
    }

    /** Makes a staging's list know the copied files (as its write would have). */
    private static void register(StagedGraphs graphs, List<StagedGraphs.Staged> staged) throws Exception {
        var field = StagedGraphs.class.getDeclaredField("graphs");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<Node, StagedGraphs.Staged> map = (Map<Node, StagedGraphs.Staged>) field.get(graphs);
        for (StagedGraphs.Staged s : staged)
            map.put(s.graph(), new StagedGraphs.Staged(s.graph(), graphs.directory().resolve(s.file().getFileName()), s.quads()));
    }

    private static void stage(Path dump, Path dir, int copies) throws Exception {
        Files.createDirectories(dir);
        Map<Node, List<Quad>> byGraph = new java.util.LinkedHashMap<>();
        RDFParser.source(new java.util.zip.GZIPInputStream(Files.newInputStream(dump), 1 << 16)).lang(Lang.TRIG).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                byGraph.computeIfAbsent(q.getGraph(), g -> new java.util.ArrayList<>()).add(q);
            }
        });
        StagedGraphs out = new StagedGraphs(dir);
        for (int k = 0; k < copies; k++) {
            String suffix = "-c" + k;
            for (var e : byGraph.entrySet()) {
                String g = e.getKey().isURI() ? e.getKey().getURI() : "";
                if (k == 0)
                    out.write(e.getKey(), e.getValue().iterator());
                else if (!g.endsWith("/graph/reference") && !g.endsWith("/graph/ontology") && !e.getKey().equals(Quad.defaultGraphIRI)) {
                    Node graph = renamed(e.getKey(), suffix);
                    if (graph.equals(e.getKey()))
                        graph = org.apache.jena.graph.NodeFactory.createURI(g + suffix); // counts, meta: one graph per copy
                    Node into = graph;
                    out.write(into, e.getValue().stream().map(q -> Quad.create(into, renamed(q.getSubject(), suffix),
                            q.getPredicate(), renamed(q.getObject(), suffix))).iterator());
                }
            }
        }
        StringBuilder list = new StringBuilder();
        for (StagedGraphs.Staged s : out.graphs())
            list.append(s.graph().getURI()).append('\t').append(s.file().getFileName()).append('\t').append(s.quads()).append('\n');
        Files.writeString(dir.resolve("graphs.tsv"), list);
        System.out.println("staged " + out.quads() + " quads in " + out.graphs().size() + " graphs");
    }

    /** An IRI of one document's things (entities, statements, annotations, its graph) made that of copy {@code suffix}. */
    private static Node renamed(Node n, String suffix) {
        if (n.isURI() && (n.getURI().startsWith("https://w3id.org/dgkg/id/") || n.getURI().startsWith("https://w3id.org/dgkg/graph/doc/")))
            return org.apache.jena.graph.NodeFactory.createURI(n.getURI() + suffix);
        return n;
    }
}

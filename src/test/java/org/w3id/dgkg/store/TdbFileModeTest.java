package org.w3id.dgkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.dboe.sys.SystemIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TDB2's file mode chosen by the system property {@link Tdb2Store#FILE_MODE}: a generation
 * loaded in direct mode (block files read into heap caches, as the launcher's build uses) holds
 * the same quads as one loaded with TDB2's default memory-mapped files. The mode is fixed once
 * per JVM, so the direct-mode load runs in a JVM of its own.
 */
class TdbFileModeTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownFileModeIsAClearError() {
        String before = System.getProperty(Tdb2Store.FILE_MODE);
        System.setProperty(Tdb2Store.FILE_MODE, "memory");
        try {
            StoreException e = assertThrows(StoreException.class, () -> Tdb2Store.at(dir));
            assertTrue(e.getMessage().contains(Tdb2Store.FILE_MODE) && e.getMessage().contains("\"memory\"")
                    && e.getMessage().contains("direct or mapped"), e.getMessage());
        } finally {
            if (before == null)
                System.clearProperty(Tdb2Store.FILE_MODE);
            else
                System.setProperty(Tdb2Store.FILE_MODE, before);
        }
    }

    @Test
    void aGenerationLoadedInDirectModeHoldsTheSameQuadsAsAMappedOne() throws IOException, InterruptedException {
        Path out = dir.resolve("direct.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-D" + Tdb2Store.FILE_MODE + "=direct",
                Load.class.getName(), dir.resolve("direct").toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("direct.log").toFile()).start();
        assertEquals(0, p.waitFor(), () -> "the direct-mode load failed: " + read(dir.resolve("direct.log")));
        List<String> direct = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals("direct", direct.get(0), "the child JVM's TDB2 file mode");

        List<String> here = Load.loadAndList(dir.resolve("default"));
        assertEquals("mapped", here.get(0), "TDB2's default on a 64-bit JVM (this test JVM sets no mode)");
        assertEquals(here.subList(1, here.size()), direct.subList(1, direct.size()));
        assertEquals(9, direct.size() - 1, "every staged quad is in the store");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Stages {@link StagingTest#TRIG}, loads it into a new generation, and lists the file mode and the loaded quads. */
    static final class Load {
        public static void main(String[] args) throws IOException {
            Files.write(Path.of(args[1]), loadAndList(Path.of(args[0])), StandardCharsets.UTF_8);
            System.exit(0); // whatever threads the load left behind
        }

        static List<String> loadAndList(Path storeDir) {
            Tdb2Store store = Tdb2Store.at(storeDir);
            DatasetGraph data = DatasetGraphFactory.create();
            RDFParser.fromString(StagingTest.TRIG, Lang.TRIG).parse(data);
            try (Tdb2Store.Staging staging = store.stage()) {
                data.listGraphNodes().forEachRemaining(g -> staging.graphs().write(g, data.find(g, Node.ANY, Node.ANY, Node.ANY)));
                staging.load("fp", () -> false).commit();
            }
            TreeSet<String> quads = new TreeSet<>();
            try (OpenGeneration open = store.openCurrent()) {
                DatasetGraph dsg = open.datasetGraph();
                Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> quads.add(q.toString().replaceAll("_:\\S+", "_:b"))));
            }
            List<String> out = new ArrayList<>();
            out.add(SystemIndex.fileMode().name());
            out.addAll(quads);
            return out;
        }
    }
}

package org.w3id.dgkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;

/** Two builds at once on one database, and a disk that fills up during a build. */
class BuildConflictsTest {

    private static List<String> generations(Path db) throws IOException {
        try (var list = Files.list(db)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).sorted().toList();
        }
    }

    @Test
    void aSecondBuildStopsAtOnceWithAMessageNamingTheFirst() throws IOException {
        Path root = RealCorpus.tempDir("dgkg-two-builds");
        Path corpus = BadInputTest.oneDocumentCorpus(root.resolve("corpus"));
        Path db = root.resolve("db");
        // the first build holds the database (as a running ./dgkg build does, from its start to its switch)
        try (Tdb2Store.BuildLock first = Tdb2Store.at(db).lockForBuild()) {
            Cli.Result second = CompletableFuture.supplyAsync(() -> Cli.build(corpus, RealCorpus.ONTOLOGY, db)).join();
            assertEquals(DgkgCommand.CANNOT_RUN, second.code(), second.toString());
            assertTrue(second.err().startsWith("error: another build is writing to " + db.toAbsolutePath().normalize())
                    && second.err().contains("process " + ProcessHandle.current().pid()) && second.err().contains("wait for it to finish"),
                    second.err());
            assertEquals(List.of(), generations(db), "the refused build wrote nothing");
        }
        Cli.Result after = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals(0, after.code(), "once the first is done, a build runs: " + after);
    }

    /** A small tmpfs, filled so that one more generation cannot fit. Needs root (mount). */
    @Test
    void aFullDiskDuringABuildLeavesTheLiveGenerationAndNoHalfWrittenOne() throws Exception {
        Path root = RealCorpus.tempDir("dgkg-disk-full");
        Path corpus = BadInputTest.oneDocumentCorpus(root.resolve("corpus"));
        Path mount = Files.createDirectories(root.resolve("small-disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mount.toString()).redirectErrorStream(true).start();
        assumeTrue(p.waitFor() == 0, "cannot mount a tmpfs here (needs root): " + new String(p.getInputStream().readAllBytes()));
        try {
            Path db = mount.resolve("db");
            Cli.Result first = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
            assertEquals(0, first.code(), first.toString());
            // leave free half of what one generation takes
            var store = Files.getFileStore(mount);
            long used = store.getTotalSpace() - store.getUsableSpace();
            long fill = store.getUsableSpace() - used / 2;
            try (var out = Files.newOutputStream(mount.resolve("filler"))) {
                byte[] block = new byte[1 << 20];
                for (long n = 0; n < fill; n += block.length)
                    out.write(block, 0, (int) Math.min(block.length, fill - n));
            }
            String live = Tdb2Store.at(db).current().orElseThrow().name();
            Cli.Result second = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
            assertEquals(DgkgCommand.CANNOT_RUN, second.code(), second.toString());
            assertTrue(second.err().startsWith("error: the disk holding " + db.toAbsolutePath().normalize() + " is full")
                    && second.err().contains("the previous database is unchanged") && second.err().contains("Free some space"), second.err());
            assertEquals(live, Tdb2Store.at(db).current().orElseThrow().name(), "CURRENT still names the live generation");
            assertEquals(List.of(live), generations(db), "the half-written generation was removed");
            Cli.Result check = Cli.run("validate", "--db", db.toString());
            assertEquals(0, check.code(), "the live generation is whole: " + check);
        } finally {
            new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor();
        }
    }
}

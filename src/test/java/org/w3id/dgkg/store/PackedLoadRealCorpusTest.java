package org.w3id.dgkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;

/**
 * The real build of corpus/ with batches so small that every index is sorted in runs on disk
 * and merged ({@link PackedIndexLoad}, {@link SortedRuns}) gives the database the build with
 * one batch in memory gives.
 */
class PackedLoadRealCorpusTest {
    private static final String META = "[https://w3id.org/dgkg/graph/meta "; // Quad.toString: [g s p o]

    @Test
    void aBuildSortedInRunsOnDiskHoldsWhatTheInMemoryBuildHolds() {
        // a copy: reading a database here ends with TDBInternal.expel, which would close the shared
        // database under the other test classes that keep it open
        Path shared = Tdb2Store.at(RealCorpus.database()).current().orElseThrow().directory();
        Path reference = RealCorpus.copy(shared, RealCorpus.tempDir("dgkg-runs-ref").resolve("gen"));
        Path db = RealCorpus.tempDir("dgkg-runs").resolve("db");
        String before = System.getProperty(PackedIndexLoad.RUN_TUPLES);
        System.setProperty(PackedIndexLoad.RUN_TUPLES, "20000"); // corpus/ stages ~130 k quads: 7 runs per index
        Cli.Result r;
        try {
            r = Cli.build(RealCorpus.CORPUS, RealCorpus.ONTOLOGY, db);
        } finally {
            if (before == null)
                System.clearProperty(PackedIndexLoad.RUN_TUPLES);
            else
                System.setProperty(PackedIndexLoad.RUN_TUPLES, before);
        }
        assertEquals(0, r.code(), r.toString());
        Path gen = Tdb2Store.at(db).current().orElseThrow().directory();
        assertFalse(Files.exists(gen.resolve(PackedIndexLoad.RUNS)), "no run is left in the generation");
        Set<String> expected = PackedIndexLoadTest.quads(reference), actual = PackedIndexLoadTest.quads(gen);
        assertTrue(expected.size() > 80_000, "a real graph (blank nodes as one): " + expected.size());
        // the meta graph holds the build's time: compared by its size, every other graph quad by quad
        Map<Boolean, Set<String>> e = split(expected), a = split(actual);
        assertEquals(Set.of(), difference(e.get(false), a.get(false)), "quads of the in-memory build missing");
        assertEquals(Set.of(), difference(a.get(false), e.get(false)), "quads not in the in-memory build");
        assertEquals(e.get(true).size(), a.get(true).size());
        assertArrayEquals(PackedIndexLoadTest.indexSizes(reference), PackedIndexLoadTest.indexSizes(gen));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(q -> !b.contains(q)).limit(20).collect(Collectors.toSet());
    }

    private static Map<Boolean, Set<String>> split(Set<String> quads) {
        return quads.stream().collect(Collectors.partitioningBy(q -> q.startsWith(META), Collectors.toSet()));
    }
}

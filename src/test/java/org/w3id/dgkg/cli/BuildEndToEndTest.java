package org.w3id.dgkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;

/** The real build on the real corpus: summary, determinism of IRIs. */
class BuildEndToEndTest {

    @Test
    void build_prints_a_summary_and_exits_0() {
        Cli.Result r = RealCorpus.buildResult();
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("documents           5"), r.out());
        assertTrue(r.out().contains("annotations"), r.out());
        assertTrue(r.out().matches("(?s).*Built gen-\\S+ in [0-9.]+ s.*"), r.out());
    }

    @Test
    void rebuilding_the_same_corpus_gives_the_same_iris() {
        Path again = RealCorpus.tempDir("dgkg-rebuild").resolve("db");
        Cli.Result r = Cli.build(RealCorpus.CORPUS, RealCorpus.ONTOLOGY, again, "--format", "json");
        assertEquals(0, r.code(), r.toString());
        Set<String> first = iris(RealCorpus.database());
        Set<String> second = iris(again);
        assertTrue(first.size() > 1000, "a real graph: " + first.size());
        assertEquals(first, second);
    }

    static Set<String> iris(Path db) {
        Dataset ds = Tdb2Store.at(db).connect(0);
        Set<String> iris = new TreeSet<>();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(q -> {
            if (q.getSubject().isURI())
                iris.add(q.getSubject().getURI());
            if (q.getObject().isURI())
                iris.add(q.getObject().getURI());
        }));
        return iris;
    }
}

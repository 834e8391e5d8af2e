package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dgkg.eval.Evaluator;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Adding documents must never change the facts of the documents already there: the corpus is
 * built alone and together with 24 news texts (test data in src/test/resources/news), and each
 * corpus document's graph (mentions, discovered entities, facts, evidence) must be the same.
 */
class AddingDocumentsTest {
    @Test
    void corpusDocumentGraphsDoNotChangeWhenNewsTextsAreAdded(@TempDir Path tmp) throws IOException {
        Path alone = tmp.resolve("alone");
        Path together = tmp.resolve("together");
        List<String> corpusIds = copyCorpus(RealCorpus.CORPUS, alone, null);
        copyCorpus(RealCorpus.CORPUS, together, Path.of("src/test/resources/news"));

        Dataset a = Evaluator.buildInMemory(alone, RealCorpus.ontologyDir());
        Dataset b = Evaluator.buildInMemory(together, RealCorpus.ontologyDir());
        assertFalse(corpusIds.isEmpty());
        for (String id : corpusIds) {
            Graph ga = graph(a, id);
            Graph gb = graph(b, id);
            assertTrue(ga.size() > 100, id + " has a graph");
            assertEquals(ga.size(), gb.size(), id + ": triples in the document's graph alone and with the news texts");
            assertTrue(ga.isIsomorphicWith(gb), id + ": the document's graph changed when other documents were added");
        }
    }

    private static Graph graph(Dataset ds, String id) {
        return Txn.calculateRead(ds, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            ds.asDatasetGraph().getGraph(DGKG.documentGraph(id)).find().forEachRemaining(g::add);
            return g;
        });
    }

    /** Copies the corpus (and the extra texts, with their manifest entries) into {@code to}; returns the corpus ids. */
    private static List<String> copyCorpus(Path corpus, Path to, Path extra) throws IOException {
        Files.createDirectories(to);
        JsonObject manifest = JSON.read(corpus.resolve("manifest.json").toString());
        JsonArray docs = manifest.get("documents").getAsArray();
        List<String> ids = new ArrayList<>();
        for (JsonValue d : docs) {
            ids.add(d.getAsObject().get("id").getAsString().value());
            String file = d.getAsObject().get("file").getAsString().value();
            Files.copy(corpus.resolve(file), to.resolve(file));
        }
        if (extra != null)
            for (JsonValue d : JSON.read(extra.resolve("manifest.json").toString()).get("documents").getAsArray()) {
                docs.add(d);
                String file = d.getAsObject().get("file").getAsString().value();
                Files.copy(extra.resolve(file), to.resolve(file));
            }
        Files.writeString(to.resolve("manifest.json"), manifest.toString());
        try (Stream<Path> s = Files.list(to)) {
            assertTrue(s.count() > ids.size());
        }
        return ids;
    }
}

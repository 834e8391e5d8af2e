package org.w3id.dgkg.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache entry in two parts: the view (what an incremental build reads of an unchanged
 * document) and the rest; the view alone, or both, read back exactly; a damaged part makes the
 * entry unreadable, not partial; pruning removes both parts.
 */
class DocumentCacheTest {
    private static final Node G = NodeFactory.createURI("https://example.org/g");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node OTHER = NodeFactory.createURI("https://example.org/p");

    private static DatasetGraph entry() {
        DatasetGraph d = DatasetGraphFactory.create();
        for (int i = 0; i < 10; i++) {
            Node s = NodeFactory.createURI("https://example.org/s" + i);
            d.add(G, s, LABEL, NodeFactory.createLiteralLang("实体" + i, "zh"));
            d.add(G, s, OTHER, NodeFactory.createLiteralString("value " + i));
        }
        return d;
    }

    private static Set<Quad> quads(DatasetGraph d) {
        return Set.copyOf(d.stream().toList());
    }

    @Test
    void theViewAloneOrTheWholeEntryReadsBack(@TempDir Path dir) {
        DocumentCache cache = DocumentCache.at(dir, "fingerprint");
        DatasetGraph quads = entry();
        cache.store("k", quads, q -> q.getPredicate().equals(LABEL));
        assertTrue(cache.has("k"));
        DatasetGraph view = cache.loadView("k").orElseThrow();
        assertEquals(10, view.stream().count());
        assertTrue(view.stream().allMatch(q -> q.getPredicate().equals(LABEL)), "only the view's quads");
        assertEquals(quads(quads), quads(cache.load("k").orElseThrow()), "view and rest are the whole entry");
    }

    @Test
    void anEntryStoredWithoutAChoiceIsAllView(@TempDir Path dir) throws IOException {
        DocumentCache cache = DocumentCache.at(dir, "fingerprint");
        cache.store("k", entry());
        assertEquals(20, cache.loadView("k").orElseThrow().stream().count());
        try (Stream<Path> files = Files.list(dir.resolve(DocumentCache.ENTRIES))) {
            assertEquals(1, files.count(), "no rest file for an empty rest");
        }
    }

    @Test
    void aDamagedRestMakesTheWholeEntryUnreadableAndPruningRemovesBothParts(@TempDir Path dir) throws IOException {
        DocumentCache cache = DocumentCache.at(dir, "fingerprint");
        cache.store("k", entry(), q -> q.getPredicate().equals(LABEL));
        cache.store("old", entry(), q -> q.getPredicate().equals(LABEL));
        Files.write(dir.resolve(DocumentCache.ENTRIES).resolve("k" + DocumentCache.REST), "not RDF Thrift".getBytes(StandardCharsets.UTF_8));
        assertTrue(cache.loadView("k").isPresent(), "the view is intact");
        assertFalse(cache.load("k").isPresent(), "the whole entry is not: never a partial one");

        assertEquals(2, cache.prune(Set.of("k")), "both parts of the unused entry");
        assertFalse(cache.has("old"));
        assertTrue(cache.has("k"));
    }
}

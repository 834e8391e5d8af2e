package org.w3id.dgkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The text index holds one entry per distinct label of an entity, however many document graphs
 * repeat it: a label search then returns each entity once, and a corpus in which every entity is
 * labelled in many documents returns the same entities as one in which it is labelled once.
 */
class TextIndexerTest {
    private static final Node LABEL = RDFS.label.asNode();

    private static DatasetGraph corpus(int copies) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (int d = 0; d < copies; d++) {
            Node g = DGKG.documentGraph("doc-" + d);
            for (int e = 0; e < 30; e++) {
                Node s = NodeFactory.createURI(DGKG.BASE + "id/actor/a" + e);
                dsg.add(g, s, LABEL, NodeFactory.createLiteralLang("数字治理机构" + e, "zh"));
                dsg.add(g, s, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("数字治理机构" + e, "zh"));
            }
        }
        return dsg;
    }

    private static List<String> search(DatasetGraph indexed, String word, int limit) {
        List<String> hits = new ArrayList<>();
        String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?s { ?s text:query (rdfs:label \"" + word + "\" " + limit + ") }";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(indexed)).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> hits.add(r.getResource("s").getURI()));
        }
        return hits;
    }

    @Test
    void aLabelRepeatedInManyGraphsIsOneEntry() throws Exception {
        Path dir = Files.createTempDirectory("dgkg-text");
        // 30 entities × 2 predicates, each quad repeated in 10 graphs: 60 entries, not 600
        assertEquals(60, TextIndexer.build(corpus(10), dir.resolve("ten")));
        assertEquals(60, TextIndexer.build(corpus(1), dir.resolve("one")));
    }

    @Test
    void aLimitedLabelSearchFindsTheSameEntitiesInOneAndInTenCopies() {
        List<String> one = search(TextIndexer.inMemory(corpus(1)), "数字治理", 20);
        List<String> ten = search(TextIndexer.inMemory(corpus(10)), "数字治理", 20);
        assertTrue(one.stream().distinct().count() >= 10, "distinct entities in the top 20 of one copy: " + one);
        assertEquals(one.stream().distinct().count(), ten.stream().distinct().count(), "distinct entities in the top 20: " + ten);
    }
}

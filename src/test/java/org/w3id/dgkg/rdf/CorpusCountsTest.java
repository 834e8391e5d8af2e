package org.w3id.dgkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** Counts summed over document graphs counted one at a time are the counts of the whole dataset. */
class CorpusCountsTest {
    static final String TRIG = """
            @prefix oa: <http://www.w3.org/ns/oa#> .
            @prefix dgkg: <https://w3id.org/dgkg/ontology#> .
            @prefix id: <https://w3id.org/dgkg/id/> .
            GRAPH <https://w3id.org/dgkg/graph/doc/a> {
              id:a-1 oa:hasBody id:eu ; oa:hasTarget [ oa:hasSource id:a ] .
              id:a-2 oa:hasBody id:eu ; oa:hasTarget [ oa:hasSource id:a ] .
              id:a-3 oa:hasBody id:china ; oa:hasTarget [ oa:hasSource id:a ] .
              id:sa1 dgkg:evidence id:a-1 .
              id:sa2 dgkg:evidence id:a-1 , id:a-3 .
            }
            GRAPH <https://w3id.org/dgkg/graph/doc/b> {
              id:b-1 oa:hasBody id:eu ; oa:hasTarget [ oa:hasSource id:b ] .
              id:b-2 oa:hasBody id:china ; oa:hasTarget [ oa:hasSource id:b ] .
              id:sb1 dgkg:evidence id:b-2 .
            }
            GRAPH <https://w3id.org/dgkg/graph/doc/c> {
              id:c-1 oa:hasBody id:un ; oa:hasTarget [ oa:hasSource id:c ] .
            }
            """;

    private static Set<Triple> counts(DatasetGraph dsg) {
        Set<Triple> out = new HashSet<>();
        dsg.find(MentionCounts.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }

    @Test
    void documentByDocumentEqualsTheWholeDataset() {
        DatasetGraph whole = DatasetGraphFactory.create();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(whole);
        CorpusCounts summed = new CorpusCounts();
        whole.listGraphNodes().forEachRemaining(g -> {
            DatasetGraph one = DatasetGraphFactory.create();
            whole.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(one::add);
            summed.add(one);
        });
        MentionCounts.addTo(whole);
        DatasetGraph out = DatasetGraphFactory.create();
        long written = summed.writeTo(out);
        Set<Triple> expected = counts(whole);
        assertFalse(expected.isEmpty());
        assertEquals(expected, counts(out));
        assertEquals(expected.size(), written);
        assertEquals(3, MentionCountsTest.count(out.getGraph(MentionCounts.GRAPH), "eu", MentionCounts.MENTION_COUNT), "2 in a + 1 in b");
        assertEquals(2, MentionCountsTest.count(out.getGraph(MentionCounts.GRAPH), "china", MentionCounts.DOCUMENT_COUNT));
    }

    /**
     * An incremental build sums the counts stored with each unchanged document (its cache entry
     * holds the counts graph {@link CorpusCounts#add} gave it) with those of the documents it
     * reads: the same counts as counting every document again.
     */
    @Test
    void storedCountsSummedEqualCountingAgain() {
        DatasetGraph whole = DatasetGraphFactory.create();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(whole);
        java.util.List<DatasetGraph> stored = new java.util.ArrayList<>();
        whole.listGraphNodes().forEachRemaining(g -> {
            DatasetGraph one = DatasetGraphFactory.create();
            whole.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(one::add);
            new CorpusCounts().add(one); // as a full build stores it
            stored.add(one);
        });
        CorpusCounts summed = new CorpusCounts();
        summed.add(copyWithoutCounts(stored.get(0))); // a document read again
        stored.subList(1, stored.size()).forEach(summed::addCounted); // the others from their entries
        DatasetGraph out = DatasetGraphFactory.create();
        summed.writeTo(out);
        MentionCounts.addTo(whole);
        assertEquals(counts(whole), counts(out));
        assertEquals(3, MentionCountsTest.count(out.getGraph(MentionCounts.GRAPH), "eu", MentionCounts.MENTION_COUNT), "2 in a + 1 in b");
    }

    private static DatasetGraph copyWithoutCounts(DatasetGraph dsg) {
        DatasetGraph out = DatasetGraphFactory.create();
        dsg.find().forEachRemaining(q -> {
            if (!q.getGraph().equals(MentionCounts.GRAPH))
                out.add(q);
        });
        return out;
    }
}

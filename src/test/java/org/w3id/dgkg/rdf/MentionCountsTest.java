package org.w3id.dgkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Triple;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** The counts written into graph/counts, on two small documents written the way the build writes them. */
class MentionCountsTest {
    static final String TRIG = """
            @prefix oa: <http://www.w3.org/ns/oa#> .
            @prefix dgkg: <https://w3id.org/dgkg/ontology#> .
            @prefix id: <https://w3id.org/dgkg/id/> .
            GRAPH <https://w3id.org/dgkg/graph/doc/a> {
              id:m1 oa:hasBody id:eu ; oa:hasTarget [ oa:hasSource id:a ;
                  oa:hasSelector [ oa:start 10 ; oa:end 12 ] , [ oa:exact "欧盟" ] ] .
              id:m2 oa:hasBody id:eu ; oa:hasTarget [ oa:hasSource id:a ; oa:hasSelector [ oa:start 40 ] ] .
              id:m3 oa:hasBody id:china ; oa:hasTarget [ oa:hasSource id:a ] .
              id:s1 dgkg:evidence id:m1 .
              id:s2 dgkg:evidence id:m1 , id:m3 .
            }
            GRAPH <https://w3id.org/dgkg/graph/doc/b> {
              id:m4 oa:hasBody id:eu ; oa:hasTarget [ oa:hasSource id:b ; oa:hasSelector [ oa:start 7 ] ] .
              id:m5 oa:hasBody id:un .
            }
            GRAPH <https://w3id.org/dgkg/graph/reference> { id:m1 oa:hasBody id:eu . }
            """;

    static Node id(String local) {
        return NodeFactory.createURI("https://w3id.org/dgkg/id/" + local);
    }

    static int count(Graph g, String subject, Node property) {
        var t = g.find(id(subject), property, Node.ANY).toList();
        assertEquals(1, t.size(), subject + " " + property);
        return Integer.parseInt(t.get(0).getObject().getLiteralLexicalForm());
    }

    @Test
    void counts_mentions_documents_entities_and_statements() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg);
        MentionCounts.addTo(dsg);
        Graph counts = dsg.getGraph(MentionCounts.GRAPH);
        assertEquals(3, count(counts, "eu", MentionCounts.MENTION_COUNT), "m1 held by two graphs counts once");
        assertEquals(2, count(counts, "eu", MentionCounts.DOCUMENT_COUNT));
        assertEquals(1, count(counts, "china", MentionCounts.MENTION_COUNT));
        assertEquals(1, count(counts, "china", MentionCounts.DOCUMENT_COUNT));
        assertFalse(counts.find(id("un"), Node.ANY, Node.ANY).hasNext(), "a mention without a document is not counted");
        assertEquals(3, count(counts, "a", MentionCounts.MENTION_COUNT));
        assertEquals(2, count(counts, "a", MentionCounts.ENTITY_COUNT));
        assertEquals(2, count(counts, "a", MentionCounts.STATEMENT_COUNT));
        assertEquals(1, count(counts, "b", MentionCounts.MENTION_COUNT));
        assertFalse(counts.find(id("b"), MentionCounts.STATEMENT_COUNT, Node.ANY).hasNext(), "zero is not written");

        long size = counts.size();
        MentionCounts.addTo(dsg);
        assertEquals(size, dsg.getGraph(MentionCounts.GRAPH).size(), "counting again replaces the graph, counts are not counted");
    }

    static Set<String> positions(Graph g) {
        Set<String> out = new java.util.TreeSet<>();
        g.find(Node.ANY, MentionCounts.MENTION_IN, Node.ANY).forEachRemaining(t ->
                out.add(t.getSubject().getLocalName() + " in " + t.getObject().getLocalName()));
        g.find(Node.ANY, MentionCounts.MENTION_START, Node.ANY).forEachRemaining(t ->
                out.add(t.getSubject().getLocalName() + " at " + t.getObject().getLiteralLexicalForm()));
        return out;
    }

    @Test
    void writes_each_mentions_document_and_start_once() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg);
        MentionCounts.addTo(dsg);
        assertEquals(Set.of("m1 in a", "m1 at 10", "m2 in a", "m2 at 40", "m3 in a", "m4 in b", "m4 at 7"),
                positions(dsg.getGraph(MentionCounts.GRAPH)),
                "m1, also held by the reference graph without its target, is placed once; m3 has no selector, m5 no target");
    }

    @Test
    void one_document_graph_gives_the_positions_of_its_own_mentions() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg);
        List<Triple> out = new ArrayList<>();
        MentionCounts.addPositions(dsg.getGraph(NodeFactory.createURI("https://w3id.org/dgkg/graph/doc/b")), out::add);
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        out.forEach(g::add);
        assertEquals(out.size(), g.size(), "each triple once");
        assertEquals(Set.of("m4 in b", "m4 at 7"), positions(g));
    }
}

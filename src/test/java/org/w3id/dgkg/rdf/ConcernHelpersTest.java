package org.w3id.dgkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Each actor's concerns weighed and ranked at build time (graph/counts), on documents written the
 * way the build writes concern statements: the statement and its triple in the document's graph.
 */
class ConcernHelpersTest {
    static final String TRIG = """
            @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix dgkg: <https://w3id.org/dgkg/ontology#> .
            @prefix id: <https://w3id.org/dgkg/id/> .
            GRAPH <https://w3id.org/dgkg/graph/doc/a> {
              id:eu dgkg:concernedWith id:ai , id:data , id:privacy , id:trade .
              id:a1 rdf:subject id:eu ; rdf:predicate dgkg:concernedWith ; rdf:object id:ai ; dgkg:weight 0.5 .
              id:a2 rdf:subject id:eu ; rdf:predicate dgkg:concernedWith ; rdf:object id:data ; dgkg:weight 0.8 .
              id:a3 rdf:subject id:eu ; rdf:predicate dgkg:concernedWith ; rdf:object id:privacy ; dgkg:weight 0.3 .
              # no weight: not a concern the query ranks
              id:a4 rdf:subject id:eu ; rdf:predicate dgkg:concernedWith ; rdf:object id:trade .
              # a statement whose triple nobody asserts
              id:a5 rdf:subject id:eu ; rdf:predicate dgkg:concernedWith ; rdf:object id:space ; dgkg:weight 0.9 .
              id:cn dgkg:concernedWith id:ai .
              id:a6 rdf:subject id:cn ; rdf:predicate dgkg:concernedWith ; rdf:object id:ai ; dgkg:weight 0.2 .
            }
            GRAPH <https://w3id.org/dgkg/graph/doc/b> {
              id:eu dgkg:concernedWith id:ai .
              id:b1 rdf:subject id:eu ; rdf:predicate dgkg:concernedWith ; rdf:object id:ai ; dgkg:weight 0.8 .
              id:b2 rdf:subject id:eu ; rdf:predicate dgkg:concernedWith ; rdf:object id:ai ; dgkg:weight 0.7 .
            }
            GRAPH <https://w3id.org/dgkg/graph/doc/c> {
              id:cn dgkg:concernedWith id:data .
              id:c1 rdf:subject id:cn ; rdf:predicate dgkg:concernedWith ; rdf:object id:data ; dgkg:weight 0.6 .
            }
            """;

    static Node id(String local) {
        return NodeFactory.createURI("https://w3id.org/dgkg/id/" + local);
    }

    /** "actor issue" → "weight rank", read from a counts graph; each helper node has each property once. */
    static Map<String, String> concerns(Graph counts) {
        Map<String, String> out = new TreeMap<>();
        counts.find(Node.ANY, ConcernHelpers.ACTOR, Node.ANY).forEachRemaining(t -> {
            Node n = t.getSubject();
            String actor = one(counts, n, ConcernHelpers.ACTOR).getLocalName();
            String issue = one(counts, n, ConcernHelpers.ISSUE).getLocalName();
            assertEquals(ConcernHelpers.nodeOf(id(actor), id(issue)), n);
            out.put(actor + " " + issue, one(counts, n, ConcernHelpers.WEIGHT).getLiteralLexicalForm() + " "
                    + one(counts, n, ConcernHelpers.RANK).getLiteralLexicalForm());
        });
        return out;
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Triple> t = g.find(s, p, Node.ANY).toList();
        assertEquals(1, t.size(), s + " " + p);
        return t.get(0).getObject();
    }

    static DatasetGraph parse() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(TRIG, Lang.TRIG).parse(dsg);
        return dsg;
    }

    static DatasetGraph graphOf(DatasetGraph whole, String doc) {
        DatasetGraph one = DatasetGraphFactory.create();
        whole.find(NodeFactory.createURI("https://w3id.org/dgkg/graph/doc/" + doc), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(one::add);
        return one;
    }

    @Test
    void the_highest_weight_of_each_asserted_pair_ranked_among_the_actors_concerns() {
        DatasetGraph dsg = parse();
        MentionCounts.addTo(dsg);
        assertEquals(Map.of(
                        "eu ai", "0.8 1", // the highest of 0.5, 0.8 and 0.7, over two documents
                        "eu data", "0.8 1", // equal weights share a rank
                        "eu privacy", "0.3 3", // two issues weigh more
                        "cn data", "0.6 1",
                        "cn ai", "0.2 2"),
                concerns(dsg.getGraph(MentionCounts.GRAPH)),
                "trade has no weight, space is not asserted");
    }

    @Test
    void one_document_alone_ranks_its_own_concerns() {
        DatasetGraph a = graphOf(parse(), "a");
        MentionCounts.addTo(a);
        assertEquals(Map.of("eu ai", "0.5 2", "eu data", "0.8 1", "eu privacy", "0.3 3", "cn ai", "0.2 1"),
                concerns(a.getGraph(MentionCounts.GRAPH)));
    }

    private static Set<Triple> counts(DatasetGraph dsg) {
        Set<Triple> out = new HashSet<>();
        dsg.find(MentionCounts.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple()));
        return out;
    }

    /** The streaming build: each document counted alone, the helpers combined and ranked again over the corpus. */
    @Test
    void documents_counted_one_at_a_time_give_the_whole_datasets_helpers() {
        DatasetGraph whole = parse();
        CorpusCounts summed = new CorpusCounts();
        for (String doc : List.of("a", "b", "c"))
            summed.add(graphOf(whole, doc));
        DatasetGraph out = DatasetGraphFactory.create();
        summed.writeTo(out);
        MentionCounts.addTo(whole);
        assertEquals(counts(whole), counts(out));
        assertEquals(5 * 4, counts(out).size());
    }

    /**
     * An incremental build that adds a document: the stored helpers of the others (with their own
     * ranks) and the new document's give every actor it touches its corpus-wide weights and ranks.
     */
    @Test
    void adding_a_document_updates_the_concerns_of_every_actor_it_touches() {
        DatasetGraph whole = parse();
        List<DatasetGraph> stored = new ArrayList<>();
        for (String doc : List.of("a", "c")) {
            DatasetGraph one = graphOf(whole, doc);
            new CorpusCounts().add(one); // as a full build stores it
            stored.add(one);
        }
        CorpusCounts before = new CorpusCounts();
        stored.forEach(before::addCounted);
        DatasetGraph old = DatasetGraphFactory.create();
        before.writeTo(old);
        assertEquals("0.5 2", concerns(old.getGraph(MentionCounts.GRAPH)).get("eu ai"));

        CorpusCounts after = new CorpusCounts();
        stored.forEach(after::addCounted);
        after.add(graphOf(whole, "b")); // the added document
        DatasetGraph out = DatasetGraphFactory.create();
        after.writeTo(out);
        MentionCounts.addTo(whole);
        assertEquals(counts(whole), counts(out));
        assertEquals("0.8 1", concerns(out.getGraph(MentionCounts.GRAPH)).get("eu ai"));
        assertNotEquals(counts(old), counts(out));
    }

    @Test
    void the_nodes_of_two_pairs_differ_and_a_pairs_node_is_stable() {
        assertEquals(ConcernHelpers.nodeOf(id("eu"), id("ai")), ConcernHelpers.nodeOf(id("eu"), id("ai")));
        assertNotEquals(ConcernHelpers.nodeOf(id("eu"), id("ai")), ConcernHelpers.nodeOf(id("ai"), id("eu")));
        assertEquals("https://w3id.org/dgkg/id/concern/", ConcernHelpers.nodeOf(id("eu"), id("ai")).getURI().substring(0, 33));
    }
}

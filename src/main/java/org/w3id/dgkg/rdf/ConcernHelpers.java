package org.w3id.dgkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Build-time helpers in {@code graph/counts} for the query of each actor's concerns
 * ({@code queries/actor-concerns.rq}): one node per (actor, issue) of {@code dgkg:concernedWith},
 * with {@code dgkg:concernActor}, {@code dgkg:concernIssue}, {@code dgkg:concernWeight} (the
 * highest {@code dgkg:weight} of the statements of that triple) and {@code dgkg:concernRank} (1 +
 * the number of the actor's other issues with a higher weight: equal weights share a rank). The
 * query used to compute both from the statements at every execution, twice over for the rank.
 * <p>
 * A pair counts when a statement of {@code dgkg:concernedWith} gives its subject, object and a
 * weight, and the triple itself is asserted: what the query asked of the union default graph.
 * Each statement is read in the graph that holds it (where the build writes its triple and
 * properties), and in the union of all graphs only for what that graph lacks. A node's IRI is a
 * digest of the actor's and the issue's, so one document's helpers and the whole corpus's name
 * the same pair alike: {@link Sum} combines the helpers of documents counted one at a time
 * (the highest weight of each pair) and ranks them again over the corpus.
 */
public final class ConcernHelpers {
    static final Node ACTOR = NodeFactory.createURI(DGKG.NS + "concernActor");
    static final Node ISSUE = NodeFactory.createURI(DGKG.NS + "concernIssue");
    static final Node WEIGHT = NodeFactory.createURI(DGKG.NS + "concernWeight");
    static final Node RANK = NodeFactory.createURI(DGKG.NS + "concernRank");
    private static final Node CONCERNED_WITH = DGKG.concernedWith.asNode();
    private static final Node WEIGHT_OF_STATEMENT = DGKG.weight.asNode();

    /** One (actor, issue) pair of {@code dgkg:concernedWith}. */
    record Pair(Node actor, Node issue) {}

    private ConcernHelpers() {}

    /** Whether {@code property} is one of the helpers' four properties. */
    static boolean isHelper(Node property) {
        return ACTOR.equals(property) || ISSUE.equals(property) || WEIGHT.equals(property) || RANK.equals(property);
    }

    /** The helper node of a pair: the same IRI whichever build (or document) writes it. */
    static Node nodeOf(Node actor, Node issue) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(
                    (actor.toString() + ' ' + issue.toString()).getBytes(StandardCharsets.UTF_8));
            // 64 bits: no two of the pairs of a corpus a thousand times this one's share a node
            return NodeFactory.createURI(DGKG.ID + "concern/" + HexFormat.of().formatHex(d, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The highest weight of each (actor, issue) pair of {@code dsg}'s {@code dgkg:concernedWith} statements. */
    static Map<Pair, Node> weights(DatasetGraph dsg) {
        Graph union = dsg.getUnionGraph();
        Map<Node, Graph> graphs = new HashMap<>();
        Map<Pair, Node> weights = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, RDF.predicate.asNode(), CONCERNED_WITH).forEachRemaining(q -> {
            Graph own = graphs.computeIfAbsent(q.getGraph(), dsg::getGraph);
            Node statement = q.getSubject();
            List<Node> ws = values(own, union, statement, WEIGHT_OF_STATEMENT);
            if (ws.isEmpty())
                return;
            for (Node actor : values(own, union, statement, RDF.subject.asNode()))
                for (Node issue : values(own, union, statement, RDF.object.asNode())) {
                    if (!own.contains(actor, CONCERNED_WITH, issue) && !union.contains(actor, CONCERNED_WITH, issue))
                        continue;
                    for (Node w : ws)
                        weights.merge(new Pair(actor, issue), w, ConcernHelpers::max);
                }
        });
        return weights;
    }

    /** The objects of {@code s p} in {@code own}, else in {@code union}. */
    private static List<Node> values(Graph own, Graph union, Node s, Node p) {
        List<Node> out = new ArrayList<>(1);
        own.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        if (out.isEmpty())
            union.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    /** SPARQL's {@code MAX}: the greater in SPARQL's ORDER BY ordering. */
    static Node max(Node a, Node b) {
        return NodeValue.compareAlways(NodeValue.makeNode(a), NodeValue.makeNode(b)) >= 0 ? a : b;
    }

    /** SPARQL's {@code >}: false when the two do not compare (the query's FILTER drops the row). */
    private static boolean greater(Node a, Node b) {
        try {
            return NodeValue.compare(NodeValue.makeNode(a), NodeValue.makeNode(b)) > 0;
        } catch (ExprEvalException e) {
            return false;
        }
    }

    /** Writes the helper node of every pair of {@code weights}, each ranked among its actor's pairs. */
    static void write(Map<Pair, Node> weights, Consumer<Triple> out) {
        Map<Node, List<Map.Entry<Pair, Node>>> byActor = new HashMap<>();
        weights.entrySet().forEach(e -> byActor.computeIfAbsent(e.getKey().actor(), a -> new ArrayList<>()).add(e));
        byActor.values().forEach(concerns -> {
            for (Map.Entry<Pair, Node> c : concerns) {
                long higher = concerns.stream().filter(o -> greater(o.getValue(), c.getValue())).count();
                Node node = nodeOf(c.getKey().actor(), c.getKey().issue());
                out.accept(Triple.create(node, ACTOR, c.getKey().actor()));
                out.accept(Triple.create(node, ISSUE, c.getKey().issue()));
                out.accept(Triple.create(node, WEIGHT, c.getValue()));
                out.accept(Triple.create(node, RANK,
                        NodeFactory.createLiteralDT(Long.toString(higher + 1), XSDDatatype.XSDinteger)));
            }
        });
    }

    /**
     * The helpers of a corpus from those of its documents, each written by {@link MentionCounts}
     * for one document: the highest weight of each pair over the documents, ranked again over
     * the corpus (a document's own ranks are dropped). Safe from several threads.
     */
    static final class Sum {
        private record Partial(Node actor, Node issue, Node weight) {
            Partial with(Node p, Node o) {
                if (ACTOR.equals(p))
                    return new Partial(o, issue, weight);
                if (ISSUE.equals(p))
                    return new Partial(actor, o, weight);
                if (WEIGHT.equals(p))
                    return new Partial(actor, issue, weight == null ? o : max(weight, o));
                return this; // the document's own rank
            }
        }

        private final Map<Pair, Node> weights = new ConcurrentHashMap<>();

        /** Adds the helper triples of one document (a node's triples in any order). */
        void addDocument(Iterable<Triple> helpers) {
            Map<Node, Partial> partials = new HashMap<>();
            helpers.forEach(t -> partials.compute(t.getSubject(),
                    (s, p) -> (p == null ? new Partial(null, null, null) : p).with(t.getPredicate(), t.getObject())));
            partials.values().forEach(p -> {
                if (p.actor() != null && p.issue() != null && p.weight() != null)
                    weights.merge(new Pair(p.actor(), p.issue()), p.weight(), ConcernHelpers::max);
            });
        }

        /** Writes the corpus's helpers and empties this object. */
        long writeTo(Consumer<Triple> out) {
            long[] n = {0};
            write(weights, t -> {
                out.accept(t);
                n[0]++;
            });
            weights.clear();
            return n[0];
        }
    }
}

package org.w3id.dgkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Counts written at build time into their own graph, {@code graph/counts}, so that queries that
 * rank or summarise by mentions read one triple per entity or document instead of joining every
 * mention with its target and document (the cost of those queries grew with the corpus):
 * <ul>
 * <li>an entity: {@code dgkg:mentionCount} (its mentions in the documents) and
 *     {@code dgkg:documentCount} (the documents that mention it);</li>
 * <li>a document: {@code dgkg:mentionCount} (the mentions in it), {@code dgkg:entityCount} (the
 *     entities it mentions) and {@code dgkg:statementCount} (the statements with evidence in it).</li>
 * </ul>
 * and, beside the counts, where each mention is, so that queries that pair mentions by position
 * (co-mentions within a window) read two triples per mention instead of following its target,
 * source, selectors and start (five index probes per mention, the whole cost of such a query at
 * 250 documents):
 * <ul>
 * <li>a mention: {@code dgkg:mentionIn} (the source document of its target) and
 *     {@code dgkg:mentionStart} (the target's {@code oa:start}, in code points).</li>
 * </ul>
 * A mention is an annotation with an {@code oa:hasBody} whose {@code oa:hasTarget} has an
 * {@code oa:hasSource} document, counted once however many graphs hold it (as the union default
 * graph counts it). Only non-zero counts are written. Each triple is in this one graph, so the
 * counts read the same whether a store's default graph counts a triple once or once per graph.
 * The build gives each mention one target with one position; a mention with several would get
 * every document and every start, unpaired.
 * <p>
 * The graph also holds each actor's concerns, weighed and ranked ({@link ConcernHelpers}).
 */
public final class MentionCounts {
    public static final Node GRAPH = NodeFactory.createURI(DGKG.GRAPH + "counts");
    static final Node MENTION_COUNT = NodeFactory.createURI(DGKG.NS + "mentionCount");
    static final Node DOCUMENT_COUNT = NodeFactory.createURI(DGKG.NS + "documentCount");
    static final Node ENTITY_COUNT = NodeFactory.createURI(DGKG.NS + "entityCount");
    static final Node STATEMENT_COUNT = NodeFactory.createURI(DGKG.NS + "statementCount");
    static final Node MENTION_IN = NodeFactory.createURI(DGKG.NS + "mentionIn");
    static final Node MENTION_START = NodeFactory.createURI(DGKG.NS + "mentionStart");

    /** Whether {@code property} gives a mention's position (one per mention), not a count (which sums over documents). */
    static boolean isPosition(Node property) {
        return MENTION_IN.equals(property) || MENTION_START.equals(property);
    }

    private MentionCounts() {}

    /** Replaces the counts graph of {@code dsg} with counts of its other graphs; returns the triples written. */
    public static long addTo(DatasetGraph dsg) {
        if (dsg.supportsTransactions() && !dsg.isInTransaction())
            return Txn.calculateWrite(dsg, () -> addTo(dsg));
        dsg.removeGraph(GRAPH);
        Graph union = dsg.getUnionGraph();
        Map<Node, Graph> graphs = new HashMap<>();
        Map<Node, Set<Node>> mentionsOf = new HashMap<>();
        Map<Node, Set<Node>> documentsOf = new HashMap<>();
        Map<Node, Set<Node>> mentionsIn = new HashMap<>();
        Map<Node, Set<Node>> entitiesIn = new HashMap<>();
        Map<Node, Set<Node>> statementsIn = new HashMap<>();
        List<Triple> positions = new ArrayList<>(); // written after the pass: no writes into the dataset it reads
        dsg.find(Node.ANY, Node.ANY, DGKG.OA_hasBody.asNode(), Node.ANY).forEachRemaining(q -> {
            Node mention = q.getSubject();
            Node entity = q.getObject();
            // the graph that holds the annotation (where the build writes its target), else the union
            Set<Node> documents = new HashSet<>(2);
            positionsOf(graphs.computeIfAbsent(q.getGraph(), dsg::getGraph), mention, documents, positions::add);
            if (documents.isEmpty())
                positionsOf(union, mention, documents, positions::add);
            for (Node document : documents) {
                add(mentionsOf, entity, mention);
                add(documentsOf, entity, document);
                add(mentionsIn, document, mention);
                add(entitiesIn, document, entity);
            }
        });
        dsg.find(Node.ANY, Node.ANY, DGKG.evidence.asNode(), Node.ANY).forEachRemaining(q -> {
            for (Node document : documentsOf(graphs.computeIfAbsent(q.getGraph(), dsg::getGraph), union, q.getObject()))
                add(statementsIn, document, q.getSubject());
        });
        Map<ConcernHelpers.Pair, Node> concerns = ConcernHelpers.weights(dsg);
        Graph out = dsg.getGraph(GRAPH);
        positions.forEach(out::add);
        ConcernHelpers.write(concerns, out::add);
        write(out, mentionsOf, MENTION_COUNT);
        write(out, documentsOf, DOCUMENT_COUNT);
        write(out, mentionsIn, MENTION_COUNT);
        write(out, entitiesIn, ENTITY_COUNT);
        write(out, statementsIn, STATEMENT_COUNT);
        return out.size();
    }

    /**
     * The documents an annotation's targets are in, looked up in the graph that holds the
     * annotation (where the build writes its target) and, only when none is there, in the union
     * of all graphs: a lookup in the union of an in-memory dataset asks every graph, which made
     * the counts take minutes at 250 documents.
     */
    private static Set<Node> documentsOf(Graph own, Graph union, Node annotation) {
        Set<Node> documents = documentsOf(own, annotation);
        return documents.isEmpty() ? documentsOf(union, annotation) : documents;
    }

    private static Set<Node> documentsOf(Graph g, Node annotation) {
        Set<Node> documents = new HashSet<>(2);
        g.find(annotation, DGKG.OA_hasTarget.asNode(), Node.ANY).forEachRemaining(target ->
                g.find(target.getObject(), DGKG.OA_hasSource.asNode(), Node.ANY).forEachRemaining(s -> documents.add(s.getObject())));
        return documents;
    }

    /**
     * Writes {@code dgkg:mentionIn} and {@code dgkg:mentionStart} for every mention in one
     * document's graph (what {@link #addTo} writes for that document, less the counts): a build
     * that writes graphs one document at a time can call it per graph into {@link #GRAPH}.
     */
    public static void addPositions(Graph documentGraph, Consumer<Triple> out) {
        Set<Node> placed = new HashSet<>();
        List<Triple> positions = new ArrayList<>();
        documentGraph.find(Node.ANY, DGKG.OA_hasBody.asNode(), Node.ANY).forEachRemaining(t -> {
            if (placed.add(t.getSubject()))
                positionsOf(documentGraph, t.getSubject(), new HashSet<>(2), positions::add);
        });
        positions.forEach(out);
    }

    /**
     * Adds the documents of the mention's targets in {@code g} to {@code documents} and writes its
     * {@code dgkg:mentionIn} and {@code dgkg:mentionStart}.
     */
    private static void positionsOf(Graph g, Node mention, Set<Node> documents, Consumer<Triple> out) {
        g.find(mention, DGKG.OA_hasTarget.asNode(), Node.ANY).forEachRemaining(target -> {
            Node t = target.getObject();
            g.find(t, DGKG.OA_hasSource.asNode(), Node.ANY).forEachRemaining(s -> {
                if (documents.add(s.getObject()))
                    out.accept(Triple.create(mention, MENTION_IN, s.getObject()));
            });
            g.find(t, DGKG.OA_hasSelector.asNode(), Node.ANY).forEachRemaining(selector ->
                    g.find(selector.getObject(), DGKG.OA_start.asNode(), Node.ANY).forEachRemaining(start ->
                            out.accept(Triple.create(mention, MENTION_START, start.getObject()))));
        });
    }

    private static void add(Map<Node, Set<Node>> counts, Node key, Node member) {
        counts.computeIfAbsent(key, k -> new HashSet<>()).add(member);
    }

    private static void write(Graph out, Map<Node, Set<Node>> counts, Node property) {
        counts.forEach((subject, members) -> out.add(subject, property,
                NodeFactory.createLiteralDT(Integer.toString(members.size()), XSDDatatype.XSDinteger)));
    }
}

package org.w3id.dgkg.cache;

import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The part of a built dataset that belongs to one document: its named graph, and the meta
 * graph's description of it (the document resource and, for an added file, its original).
 * Everything else (ontology, reference, the build's description, the change log) is corpus-wide.
 */
public final class DocumentQuads {
    private DocumentQuads() {}

    /** The meta-graph subjects that describe document {@code id}. */
    public static Set<Node> metaSubjects(String id) {
        return Set.of(NodeFactory.createURI(DGKG.documentIri(id)), NodeFactory.createURI(DGKG.BASE + "files/" + id));
    }

    /** A copy of document {@code id}'s quads in {@code dsg}. */
    public static DatasetGraph of(DatasetGraph dsg, String id) {
        DatasetGraph out = DatasetGraphFactory.create();
        Txn.executeRead(dsg, () -> {
            dsg.find(DGKG.documentGraph(id), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            for (Node s : metaSubjects(id))
                dsg.find(DGKG.GRAPH_META, s, Node.ANY, Node.ANY).forEachRemaining(out::add);
        });
        return out;
    }

    /**
     * Puts document {@code id}'s quads of {@code part} into {@code into}: its document graph is
     * linked (the same graph object, not a copy; {@code into} must be a dataset that links graphs,
     * as {@link DatasetGraphFactory#createGeneral()} makes, and neither side may be written to afterwards),
     * anything else (its description in the meta graph) is copied. Copying the graphs of the
     * cached documents was the largest single cost of writing an incremental build's dataset.
     */
    public static void link(DatasetGraph into, DatasetGraph part, String id) {
        Node own = DGKG.documentGraph(id);
        part.listGraphNodes().forEachRemaining(g -> {
            if (g.equals(own))
                into.addGraph(g, part.getGraph(g));
            else
                part.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(into::add);
        });
        part.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(into::add);
    }

    /** Adds every quad of {@code part} to {@code into}. */
    public static void addAll(DatasetGraph into, DatasetGraph part) {
        part.find().forEachRemaining((Quad q) -> into.add(q));
    }
}

package org.w3id.dgkg.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.vocab.DGKG;

/**
 * SHACL on a built dataset one document graph at a time, instead of on one in-memory copy of the
 * whole union (which doubled the build's memory and grows with the corpus):
 * <ol>
 * <li>the ontology, reference and meta graphs together, once (documents, generations, the
 *     registry's entities);</li>
 * <li>each document graph with the ontology (for {@code sh:class} through subclasses), the meta
 *     description of the documents its annotations point into, and how <em>every</em> graph
 *     describes the resources it uses (their dgkg classes, labels and acronym), so that a
 *     constraint on a resource across documents (one Chinese preferred label, a dgkg class for an
 *     annotated entity) is checked as on the union.</li>
 * </ol>
 * A document graph holds its facts with their statements and evidence, so the checks between
 * them hold within the graph. The first graph with a violation ends the validation with its
 * report ({@link ShapesViolatedException}): a failing build fails at once.
 */
public final class GraphByGraphValidation {
    private static final Logger LOG = LoggerFactory.getLogger(GraphByGraphValidation.class);

    private GraphByGraphValidation() {}

    /** The predicates that describe a resource wherever it is used (besides its dgkg class). */
    private static List<Node> describing() {
        return List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), RDFS.label.asNode(), DGKG.acronym.asNode());
    }

    /**
     * Throws {@link ShapesViolatedException} at the first part of {@code dsg} that violates the
     * shapes; gives up with a {@link DgkgException} when {@code stop} says so (the load running
     * meanwhile failed). Read inside a read transaction when {@code dsg} is transactional.
     */
    private static final String DOCUMENT_GRAPHS = DGKG.documentGraph("").getURI();

    public static void requireConforms(ShapesValidator shapes, DatasetGraph dsg, BooleanSupplier stop) {
        requireConforms(shapes, dsg, g -> true, stop);
    }

    /**
     * The same checks for a dataset that differs from one that conformed to the same shapes only
     * in the graphs {@code changed} (an incremental build): the document graphs among them are
     * checked as above; the shared check covers only the shared graphs among them (meta, counts),
     * with the ontology as the class hierarchy {@code sh:class} reads. The ontology and reference
     * graphs are left out when unchanged: a build whose ontology folder or shapes changed is a full one.
     */
    public static void requireConformsChanged(ShapesValidator shapes, DatasetGraph dsg, java.util.Set<Node> changed, BooleanSupplier stop) {
        requireConforms(shapes, dsg, g -> changed.contains(g) || g.equals(DGKG.GRAPH_ONTOLOGY), stop);
    }

    private static void requireConforms(ShapesValidator shapes, DatasetGraph dsg, java.util.function.Predicate<Node> include, BooleanSupplier stop) {
        long t0 = System.nanoTime();
        // every graph that is not one document's (ontology, reference, meta, counts) is checked once, together
        Graph base = GraphFactory.createDefaultGraph();
        List<Node> documents = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> {
            if (!include.test(g))
                return;
            if (g.isURI() && g.getURI().startsWith(DOCUMENT_GRAPHS))
                documents.add(g);
            else {
                copy(dsg.find(g, Node.ANY, Node.ANY, Node.ANY), base);
                shared.add(g.isURI() ? g.getURI().substring(g.getURI().lastIndexOf('/') + 1) : g.toString());
            }
        });
        if (!base.isEmpty())
            check(shapes, "the " + String.join(", ", shared) + " graphs", base);

        Graph descriptions = descriptions(dsg);
        for (Node g : documents) {
            if (stop.getAsBoolean())
                throw new DgkgException("SHACL validation stopped: the load running at the same time failed");
            check(shapes, "the document graph <" + g.getURI() + ">", part(dsg, g, descriptions));
        }
        LOG.info("SHACL: {} document graphs and the shared graphs {} conform ({} ms)", documents.size(), shared, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * The same checks for a build that streams its graphs: the shared graphs (every graph of
     * {@code shared} that is no document's: ontology, reference, meta, counts) are checked once,
     * together, and each document graph as it is read back from where it was written
     * ({@link #requireDocumentConforms}), with how every graph describes the resources it uses,
     * collected while the graphs were written ({@link Descriptions}). Nothing holds every
     * document graph at once.
     */
    public static final class Streaming {
        private final ShapesValidator shapes;
        private final DatasetGraph shared;
        private final Graph ontology = GraphFactory.createDefaultGraph();
        private final Graph descriptions;

        /** {@code shared}: the graphs that are no document's (document graphs in it are ignored); {@code documents}: what the document graphs describe. */
        public Streaming(ShapesValidator shapes, DatasetGraph shared, Descriptions documents) {
            this.shapes = shapes;
            this.shared = shared;
            this.descriptions = documents.graph;
            copy(shared.find(DGKG.GRAPH_ONTOLOGY, Node.ANY, Node.ANY, Node.ANY), ontology);
            shared.listGraphNodes().forEachRemaining(g -> {
                if (!isDocumentGraph(g))
                    shared.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        if (Descriptions.describes(q))
                            descriptions.add(q.asTriple());
                    });
            });
        }

        /**
         * Checks the shared graphs, together, once: as one union of the graphs themselves, not
         * a copy of them (the counts graph alone holds 1.9 M triples at 1,000 documents).
         */
        public void requireSharedConforms() {
            MultiUnion base = new MultiUnion();
            List<String> names = new ArrayList<>();
            shared.listGraphNodes().forEachRemaining(g -> {
                if (isDocumentGraph(g))
                    return;
                base.addGraph(shared.getGraph(g));
                names.add(g.isURI() ? g.getURI().substring(g.getURI().lastIndexOf('/') + 1) : g.toString());
            });
            if (!base.isEmpty())
                check(shapes, "the " + String.join(", ", names) + " graphs", base);
        }

        /** Checks document graph {@code g}, whose triples are {@code triples}. Safe from several threads. */
        public void requireDocumentConforms(Node g, Graph triples) {
            Graph out = GraphFactory.createDefaultGraph();
            GraphUtil.addInto(out, ontology);
            Set<Node> used = new HashSet<>();
            Set<Node> sources = new HashSet<>();
            triples.find().forEachRemaining(t -> {
                out.add(t);
                if (t.getSubject().isURI())
                    used.add(t.getSubject());
                if (t.getObject().isURI())
                    used.add(t.getObject());
                if (t.getPredicate().equals(DGKG.OA_hasSource.asNode()))
                    sources.add(t.getObject());
            });
            for (Node doc : sources)
                copy(shared.find(DGKG.GRAPH_META, doc, Node.ANY, Node.ANY), out);
            for (Node r : used)
                descriptions.find(r, Node.ANY, Node.ANY).forEachRemaining(out::add);
            check(shapes, "the document graph <" + g.getURI() + ">", out);
        }
    }

    /** How the graphs describe the resources they use (dgkg classes, labels, acronym), collected graph by graph. */
    public static final class Descriptions {
        private final Graph graph = GraphFactory.createDefaultGraph();

        /** Adds what the quads of one graph describe. Safe from several threads. */
        public void addFrom(Iterator<Quad> quads) {
            List<org.apache.jena.graph.Triple> found = new ArrayList<>();
            quads.forEachRemaining(q -> {
                if (describes(q))
                    found.add(q.asTriple());
            });
            synchronized (graph) {
                found.forEach(graph::add);
            }
        }

        /** Whether quad {@code q} is one that {@link #addFrom} keeps: a dgkg class, label or acronym of a URI resource. */
        public static boolean describes(Quad q) {
            if (!q.getSubject().isURI())
                return false;
            if (q.getPredicate().equals(RDF.type.asNode()))
                return q.getObject().isURI() && q.getObject().getURI().startsWith(DGKG.NS);
            return DESCRIBING.contains(q.getPredicate());
        }
    }

    private static final Set<Node> DESCRIBING = Set.copyOf(describing());

    private static boolean isDocumentGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(DOCUMENT_GRAPHS);
    }

    private static void check(ShapesValidator shapes, String what, Graph data) {
        ValidationReport report = shapes.validate(data, false);
        if (ShapesValidator.violations(report) > 0)
            throw new ShapesViolatedException(what, report, shapes);
    }

    /** Every dgkg class, label and acronym of a URI resource, from any graph. */
    private static Graph descriptions(DatasetGraph dsg) {
        Graph out = GraphFactory.createDefaultGraph();
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getObject().isURI() && q.getObject().getURI().startsWith(DGKG.NS))
                out.add(q.asTriple());
        });
        for (Node p : describing())
            dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (q.getSubject().isURI())
                    out.add(q.asTriple());
            });
        return out;
    }

    /** One document graph with what its constraints read outside it. */
    private static Graph part(DatasetGraph dsg, Node g, Graph descriptions) {
        Graph out = GraphFactory.createDefaultGraph();
        copy(dsg.find(DGKG.GRAPH_ONTOLOGY, Node.ANY, Node.ANY, Node.ANY), out);
        Set<Node> used = new HashSet<>();
        Set<Node> sources = new HashSet<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            out.add(q.asTriple());
            if (q.getSubject().isURI())
                used.add(q.getSubject());
            if (q.getObject().isURI())
                used.add(q.getObject());
            if (q.getPredicate().equals(DGKG.OA_hasSource.asNode()))
                sources.add(q.getObject());
        });
        for (Node doc : sources)
            copy(dsg.find(DGKG.GRAPH_META, doc, Node.ANY, Node.ANY), out);
        for (Node r : used)
            descriptions.find(r, Node.ANY, Node.ANY).forEachRemaining(out::add);
        return out;
    }

    private static void copy(Iterator<Quad> quads, Graph to) {
        quads.forEachRemaining(q -> to.add(q.asTriple()));
    }
}

package org.w3id.dgkg.serve.linkeddata;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dgkg.serve.web.Prefixes;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The description served for an IRI: a bounded description built with the graph API on the
 * union of the named graphs (no SPARQL text is ever built from a request).
 * <ul>
 * <li>its own triples, blank nodes followed (the concise bounded description);</li>
 * <li>incoming links from IRIs (mention annotations contribute only their {@code oa:hasBody}
 *     link; their targets are at the annotation's own IRI);</li>
 * <li>labels, types and dates of everything it links to, and of predicates and classes;</li>
 * <li>the {@code rdf:Statement}s whose subject or object it is, with their evidence
 *     annotations (sentence, target, selectors).</li>
 * </ul>
 */
public final class Describer {
    static final Node OA_HAS_BODY = DGKG.OA_hasBody.asNode();
    static final Node OA_HAS_SOURCE = DGKG.OA_hasSource.asNode();
    private static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(),
            DCTerms.title.asNode(), RDF.type.asNode(), DCTerms.date.asNode(), DCTerms.issued.asNode(), DGKG.acronym.asNode());
    /** Objects too large to repeat for linked resources. */
    private static final int MAX_INCOMING = 5000;

    /** The site's prefixes (one per kind of identifier), declared in every description. */
    public static final PrefixMapping PREFIXES = Prefixes.ALL;

    private final DatasetGraph dsg;

    public Describer(DatasetGraph dsg) {
        this.dsg = Objects.requireNonNull(dsg, "dataset");
    }

    /** True when the IRI occurs as a subject in the graph. */
    public boolean exists(Node iri) {
        return Txn.calculateRead(dsg, () -> {
            Iterator<org.apache.jena.sparql.core.Quad> it = dsg.find(Node.ANY, iri, Node.ANY, Node.ANY);
            return it.hasNext();
        });
    }

    /** The description of {@code iri}; empty when nothing is known about it. */
    public Model describe(Node iri) {
        return Txn.calculateRead(dsg, () -> build(iri));
    }

    private Model build(Node focus) {
        Graph union = dsg.getUnionGraph();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(PREFIXES);
        Graph out = m.getGraph();
        Set<Node> linked = new HashSet<>();

        // 1. own triples, with blank nodes followed
        closure(union, focus, out, linked);
        if (out.isEmpty())
            return m;

        // 1b. a fact (rdf:Statement): its evidence annotations in full, for the fact's page
        if (union.contains(focus, RDF.type.asNode(), RDF.Statement.asNode()))
            for (Iterator<Triple> ev = union.find(focus, DGKG.evidence.asNode(), Node.ANY); ev.hasNext();)
                closure(union, ev.next().getObject(), out, linked);

        // 2. incoming links from IRIs
        int n = 0;
        for (Iterator<Triple> it = union.find(Node.ANY, Node.ANY, focus); it.hasNext() && n < MAX_INCOMING; n++) {
            Triple t = it.next();
            if (!t.getSubject().isURI())
                continue;
            if (t.getPredicate().equals(RDF.subject.asNode()) || t.getPredicate().equals(RDF.object.asNode()))
                continue; // statements: below, in full
            out.add(t);
            if (!t.getPredicate().equals(OA_HAS_BODY))
                linked.add(t.getSubject());
            linked.add(t.getPredicate());
        }

        // 3. statements about it, with evidence
        for (Node role : List.of(RDF.subject.asNode(), RDF.object.asNode())) {
            for (Iterator<Triple> it = union.find(Node.ANY, role, focus); it.hasNext();) {
                Node st = it.next().getSubject();
                closure(union, st, out, linked);
                for (Iterator<Triple> ev = union.find(st, DGKG.evidence.asNode(), Node.ANY); ev.hasNext();)
                    closure(union, ev.next().getObject(), out, linked);
            }
        }

        // 4. labels, types, dates of what it links to (and classes, predicates, documents)
        linked.remove(focus);
        Set<Node> classes = new HashSet<>();
        for (Node r : linked) {
            if (!r.isURI())
                continue;
            for (Node p : LABELS)
                for (Iterator<Triple> it = union.find(r, p, Node.ANY); it.hasNext();) {
                    Triple t = it.next();
                    out.add(t);
                    if (p.equals(RDF.type.asNode()))
                        classes.add(t.getObject());
                }
        }
        classes.removeAll(linked);
        for (Node c : classes)
            for (Node p : List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode()))
                union.find(c, p, Node.ANY).forEachRemaining(out::add);
        return m;
    }

    /** Adds the triples of {@code start} and, recursively, of the blank nodes they reach. */
    private static void closure(Graph union, Node start, Graph out, Set<Node> linked) {
        Deque<Node> todo = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s))
                continue;
            for (Iterator<Triple> it = union.find(s, Node.ANY, Node.ANY); it.hasNext();) {
                Triple t = it.next();
                out.add(t);
                linked.add(t.getPredicate());
                Node o = t.getObject();
                if (o.isBlank())
                    todo.add(o);
                else if (o.isURI())
                    linked.add(o);
            }
        }
    }
}

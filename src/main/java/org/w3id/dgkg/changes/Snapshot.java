package org.w3id.dgkg.changes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dgkg.vocab.DGKG;

/**
 * What a generation contains, as far as its changes are concerned: its documents (by SHA-256),
 * the entities its documents mention (the bodies of annotations) and the facts its documents
 * support (statements, keyed by document and triple), each with what names it.
 */
final class Snapshot {
    record Doc(String iri, String sha256, String title) {}

    final Map<String, Doc> documents = new TreeMap<>();
    final Map<String, Change> entities = new TreeMap<>();
    final Map<String, Change> facts = new TreeMap<>();

    /** The predicates a snapshot reads; everything else in a generation can be skipped when loading one. */
    static boolean needed(Quad q) {
        Node p = q.getPredicate();
        if (q.getGraph().equals(DGKG.GRAPH_META))
            return !p.equals(DGKG.SCHEMA_text.asNode());
        return p.equals(RDF.type.asNode()) || p.equals(RDFS.subClassOf.asNode()) || p.equals(SKOS.prefLabel.asNode()) || p.equals(DGKG.OA_hasBody.asNode())
                || p.equals(RDF.subject.asNode()) || p.equals(RDF.predicate.asNode()) || p.equals(RDF.object.asNode())
                || p.equals(DGKG.evidence.asNode()) || p.equals(DGKG.sentence.asNode());
    }

    /**
     * Of a document graph, the quads {@link #of} reads: {@link #needed} without the types it
     * does not look at (annotations, targets, selectors are most of a document's types).
     */
    static boolean neededFromDocumentGraph(Quad q) {
        Node p = q.getPredicate();
        if (p.equals(RDF.type.asNode()))
            return q.getObject().equals(RDF.Statement.asNode()) || q.getObject().isURI() && q.getObject().getURI().startsWith(DGKG.NS);
        return needed(q);
    }

    /** Reads a snapshot; call inside a read transaction when {@code dsg} is transactional. */
    static Snapshot of(DatasetGraph dsg) {
        Snapshot s = new Snapshot();
        Map<Node, String> labels = new HashMap<>();
        Map<Node, Set<String>> allTypes = new HashMap<>();
        Map<String, Set<String>> superclasses = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getSubject().isURI() && q.getObject().isURI())
                superclasses.computeIfAbsent(q.getSubject().getURI(), k -> new HashSet<>()).add(q.getObject().getURI());
        });
        dsg.find(Node.ANY, Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            if (o.isLiteral() && "zh".equals(o.getLiteralLanguage()))
                labels.put(q.getSubject(), o.getLiteralLexicalForm());
        });
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            Node o = q.getObject();
            if (o.isURI() && o.getURI().startsWith(DGKG.NS) && !q.getGraph().equals(DGKG.GRAPH_ONTOLOGY))
                allTypes.computeIfAbsent(q.getSubject(), k -> new TreeSet<>()).add(o.getURI());
        });
        Map<Node, String> types = new HashMap<>();
        allTypes.forEach((n, ts) -> types.put(n, mostSpecific(ts, superclasses)));

        Node meta = DGKG.GRAPH_META;
        dsg.find(meta, Node.ANY, DGKG.sha256.asNode(), Node.ANY).forEachRemaining(q -> {
            String title = first(dsg, meta, q.getSubject(), DCTerms.title.asNode(), "zh");
            s.documents.put(q.getSubject().getURI(), new Doc(q.getSubject().getURI(), q.getObject().getLiteralLexicalForm(), title));
        });

        dsg.find(Node.ANY, Node.ANY, DGKG.OA_hasBody.asNode(), Node.ANY).forEachRemaining(q -> {
            Node e = q.getObject();
            if (e.isURI() && !s.entities.containsKey(e.getURI()))
                s.entities.put(e.getURI(), Change.entity(Change.Action.ADDED, e.getURI(), labels.get(e), types.get(e)));
        });

        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).forEachRemaining(q -> {
            Node g = q.getGraph();
            Node st = q.getSubject();
            Node subj = one(dsg, g, st, RDF.subject.asNode());
            Node pred = one(dsg, g, st, RDF.predicate.asNode());
            Node obj = one(dsg, g, st, RDF.object.asNode());
            if (subj == null || pred == null || obj == null || !g.getURI().startsWith(DGKG.GRAPH + "doc/"))
                return;
            String doc = DGKG.documentIri(g.getURI().substring((DGKG.GRAPH + "doc/").length()));
            Node ev = one(dsg, g, st, DGKG.evidence.asNode());
            Node sentence = ev == null ? null : one(dsg, g, ev, DGKG.sentence.asNode());
            Change f = new Change(Change.Kind.FACT, Change.Action.ADDED, st.getURI(), null, RDF.Statement.getURI(),
                    str(subj), pred.getURI(), str(obj), name(subj, labels), name(obj, labels), doc,
                    sentence == null ? null : sentence.getLiteralLexicalForm());
            // one fact per document and triple: keep the evidence that comes first, so the choice is stable
            s.facts.merge(f.key(), f, (a, b) -> a.iri().compareTo(b.iri()) <= 0 ? a : b);
        });
        return s;
    }

    /** The first type (by name) that is no superclass of another of the entity's types. */
    static String mostSpecific(Set<String> types, Map<String, Set<String>> superclasses) {
        Set<String> above = new HashSet<>();
        for (String t : types)
            ancestors(t, superclasses, above);
        return types.stream().filter(t -> !above.contains(t)).findFirst().orElse(types.iterator().next());
    }

    private static void ancestors(String t, Map<String, Set<String>> superclasses, Set<String> out) {
        for (String s : superclasses.getOrDefault(t, Set.of()))
            if (out.add(s))
                ancestors(s, superclasses, out);
    }

    private static String str(Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    private static String name(Node n, Map<Node, String> labels) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : labels.get(n);
    }

    private static Node one(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String first(DatasetGraph dsg, Node g, Node s, Node p, String lang) {
        String any = null;
        var it = dsg.find(g, s, p, Node.ANY);
        while (it.hasNext()) {
            Node o = it.next().getObject();
            if (!o.isLiteral())
                continue;
            if (lang.equals(o.getLiteralLanguage()))
                return o.getLiteralLexicalForm();
            any = any == null ? o.getLiteralLexicalForm() : any;
        }
        return any;
    }
}

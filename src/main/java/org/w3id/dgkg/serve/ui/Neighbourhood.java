package org.w3id.dgkg.serve.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dgkg.serve.web.Html;
import org.w3id.dgkg.vocab.DGKG;

/**
 * An entity's neighbourhood for the graph view: entities reachable in up to {@code hops} links
 * (both directions), only links between entities (not annotations, statements or documents),
 * as JSON {@code {nodes:[{id,label,kind,href}], edges:[{source,target,property,label,labelEn,documents}], documents:{iri:title}}};
 * an edge's documents are those whose named graph holds the triple.
 */
final class Neighbourhood {
    private static final int MAX_NODES = 150;

    private Neighbourhood() {}

    static boolean isEntity(Node n) {
        if (!n.isURI() || !n.getURI().startsWith(DGKG.ID))
            return false;
        String rest = n.getURI().substring(DGKG.ID.length());
        return !(rest.startsWith("annotation/") || rest.startsWith("statement/") || rest.startsWith("document/"));
    }

    static JsonObject of(DatasetGraph dsg, String iri, int hops) {
        return Txn.calculateRead(dsg, () -> build(dsg, dsg.getUnionGraph(), NodeFactory.createURI(iri), hops));
    }

    private static JsonObject build(DatasetGraph dsg, Graph g, Node focus, int hops) {
        Map<Node, Integer> depth = new LinkedHashMap<>();
        Set<Triple> edges = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        depth.put(focus, 0);
        todo.add(focus);
        while (!todo.isEmpty()) {
            Node n = todo.poll();
            int d = depth.get(n);
            if (d >= hops)
                continue;
            for (Iterator<Triple> it = g.find(n, Node.ANY, Node.ANY); it.hasNext();)
            {
                Triple t = it.next();
                visit(t, t.getObject(), depth, edges, todo, d);
            }
            for (Iterator<Triple> it = g.find(Node.ANY, Node.ANY, n); it.hasNext();) {
                Triple t = it.next();
                visit(t, t.getSubject(), depth, edges, todo, d);
            }
        }
        Map<String, String> propLabels = new HashMap<>();
        Map<String, String> documents = new java.util.TreeMap<>();
        JsonArrayBuilder nodes = Json.createArrayBuilder();
        for (Map.Entry<Node, Integer> e : depth.entrySet()) {
            Node n = e.getKey();
            String u = n.getURI();
            String kind = u.substring(DGKG.ID.length()).replaceFirst("/.*", "");
            nodes.add(Json.createObjectBuilder().add("id", u).add("label", label(g, n)).add("kind", kind)
                    .add("href", Html.href(u)).add("depth", e.getValue()).add("type", type(g, n)));
        }
        JsonArrayBuilder es = Json.createArrayBuilder();
        for (Triple t : edges) {
            if (!depth.containsKey(t.getSubject()) || !depth.containsKey(t.getObject()))
                continue;
            String p = t.getPredicate().getURI();
            String pl = propLabels.computeIfAbsent(p, k -> label(g, t.getPredicate()));
            String en = propLabels.computeIfAbsent(p + " en", k -> labelIn(g, t.getPredicate(), "en"));
            JsonArrayBuilder docs = Json.createArrayBuilder();
            for (Iterator<Quad> it = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()); it.hasNext();) {
                Node graph = it.next().getGraph();
                if (graph.isURI() && graph.getURI().startsWith(DOC_GRAPHS)) {
                    String doc = DGKG.ID + "document/" + graph.getURI().substring(DOC_GRAPHS.length());
                    docs.add(doc);
                    documents.computeIfAbsent(doc, k -> titleOf(g, NodeFactory.createURI(k)));
                }
            }
            es.add(Json.createObjectBuilder().add("source", t.getSubject().getURI()).add("target", t.getObject().getURI())
                    .add("property", p).add("label", pl).add("labelEn", en == null ? "" : en).add("documents", docs));
        }
        var ds = Json.createObjectBuilder();
        documents.forEach(ds::add);
        return Json.createObjectBuilder().add("focus", focus.getURI()).add("nodes", nodes).add("edges", es).add("documents", ds).build();
    }

    private static void visit(Triple t, Node other, Map<Node, Integer> depth, Set<Triple> edges, Deque<Node> todo, int d) {
        if (t.getPredicate().equals(RDF.type.asNode()) || !isEntity(t.getSubject()) || !isEntity(t.getObject()))
            return;
        if (!depth.containsKey(other)) {
            if (depth.size() >= MAX_NODES)
                return;
            depth.put(other, d + 1);
            todo.add(other);
        }
        edges.add(t);
    }

    private static String label(Graph g, Node n) {
        String any = null;
        for (Node p : new Node[] {SKOS.prefLabel.asNode(), RDFS.label.asNode()})
            for (Iterator<Triple> it = g.find(n, p, Node.ANY); it.hasNext();) {
                Node o = it.next().getObject();
                if (!o.isLiteral())
                    continue;
                if (o.getLiteralLanguage().startsWith("zh"))
                    return o.getLiteralLexicalForm();
                if (any == null)
                    any = o.getLiteralLexicalForm();
            }
        if (any != null)
            return any;
        String u = n.getURI();
        return u.substring(Math.max(u.lastIndexOf('/'), u.lastIndexOf('#')) + 1);
    }

    private static final String DOC_GRAPHS = DGKG.GRAPH + "doc/";

    private static String labelIn(Graph g, Node n, String lang) {
        for (Node p : new Node[] {SKOS.prefLabel.asNode(), RDFS.label.asNode()})
            for (Iterator<Triple> it = g.find(n, p, Node.ANY); it.hasNext();) {
                Node o = it.next().getObject();
                if (o.isLiteral() && o.getLiteralLanguage().startsWith(lang))
                    return o.getLiteralLexicalForm();
            }
        return null;
    }

    private static String titleOf(Graph g, Node doc) {
        for (Iterator<Triple> it = g.find(doc, DCTerms.title.asNode(), Node.ANY); it.hasNext();) {
            Node o = it.next().getObject();
            if (o.isLiteral() && o.getLiteralLanguage().startsWith("zh"))
                return o.getLiteralLexicalForm();
        }
        return doc.getURI().substring(doc.getURI().lastIndexOf('/') + 1);
    }

    private static String type(Graph g, Node n) {
        for (Iterator<Triple> it = g.find(n, RDF.type.asNode(), Node.ANY); it.hasNext();) {
            Node o = it.next().getObject();
            if (o.isURI() && o.getURI().startsWith(DGKG.NS))
                return o.getURI().substring(DGKG.NS.length());
        }
        return "";
    }
}

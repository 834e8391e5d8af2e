package org.w3id.dgkg.serve.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Turtle as a maintainer writes it: the prefixes it uses declared at the top, then one block per
 * subject, grouped and ordered — the focus (or the ontology header) first, then classes, then
 * properties, then everything else — each group under a comment and sorted by prefixed name.
 * Blank nodes are nested in the block of the subject that uses them. A model in which a blank
 * node is shared between subjects is written by Jena's pretty writer in one piece instead
 * (labels would otherwise collide between blocks).
 */
public final class ReadableTurtle {
    private ReadableTurtle() {}

    private static final Set<Node> CLASS_TYPES = Set.of(OWL.Class.asNode(), RDFS.Class.asNode());
    private static final Set<Node> PROPERTY_TYPES = Set.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
            OWL.AnnotationProperty.asNode(), RDF.Property.asNode(), OWL.TransitiveProperty.asNode(), OWL.SymmetricProperty.asNode(),
            OWL.FunctionalProperty.asNode(), OWL.InverseFunctionalProperty.asNode());
    private static final String[] SECTIONS = {"", "Classes", "Properties", "Other resources"};

    /** The whole model, ontology header first. */
    public static String write(Model m) {
        return write(m, null);
    }

    /** The model with {@code focus}'s block first (an /id page: the thing described, then what it links to). */
    public static String write(Model m, Resource focus) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(used(m));
        Map<Node, Integer> refs = new HashMap<>();
        m.getGraph().find().forEachRemaining(t -> {
            if (t.getObject().isBlank())
                refs.merge(t.getObject(), 1, Integer::sum);
        });
        if (refs.values().stream().anyMatch(n -> n > 1)) {
            out.add(m);
            return turtle(out, true) + "\n" + turtle(out, false);
        }
        StringBuilder b = new StringBuilder(turtle(out, true));
        Map<Integer, List<Node>> groups = new TreeMap<>();
        Set<Node> subjects = new HashSet<>();
        m.getGraph().find().forEachRemaining(t -> {
            if (t.getSubject().isURI() || !refs.containsKey(t.getSubject()))
                subjects.add(t.getSubject());
        });
        Node f = focus == null ? null : focus.asNode();
        for (Node s : subjects)
            groups.computeIfAbsent(group(m, s, f), k -> new ArrayList<>()).add(s);
        Comparator<Node> byName = Comparator.comparing((Node n) -> n.isURI() ? out.shortForm(n.getURI()) : "~" + n);
        groups.forEach((g, nodes) -> {
            nodes.sort(byName);
            if (!SECTIONS[g].isEmpty())
                b.append("\n# ").append(SECTIONS[g]).append('\n');
            for (Node s : nodes) {
                Model one = ModelFactory.createDefaultModel();
                one.setNsPrefixes(out);
                closure(m, s, one);
                b.append('\n').append(turtle(one, false).strip()).append('\n');
            }
        });
        return b.toString();
    }

    private static int group(Model m, Node s, Node focus) {
        if (s.equals(focus) || m.getGraph().contains(s, RDF.type.asNode(), OWL.Ontology.asNode()))
            return 0;
        Set<Node> types = new HashSet<>();
        m.getGraph().find(s, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.add(t.getObject()));
        if (types.stream().anyMatch(CLASS_TYPES::contains))
            return 1;
        if (types.stream().anyMatch(PROPERTY_TYPES::contains))
            return 2;
        return 3;
    }

    private static void closure(Model m, Node start, Model into) {
        Deque<Node> todo = new ArrayDeque<>(List.of(start));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node s = todo.pop();
            if (!seen.add(s))
                continue;
            for (Triple t : m.getGraph().find(s, Node.ANY, Node.ANY).toList()) {
                into.getGraph().add(t);
                if (t.getObject().isBlank())
                    todo.add(t.getObject());
            }
        }
    }

    /** The site's prefixes (and the model's own) that the model uses. */
    private static Map<String, String> used(Model m) {
        Map<String, String> candidates = new TreeMap<>(m.getNsPrefixMap());
        candidates.putAll(Prefixes.ALL.getNsPrefixMap());
        Set<String> namespaces = new HashSet<>();
        m.getGraph().find().forEachRemaining(t -> {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject()))
                if (n.isURI())
                    namespaces.add(n.getURI());
                else if (n.isLiteral() && !n.getLiteralDatatypeURI().isEmpty())
                    namespaces.add(n.getLiteralDatatypeURI());
        });
        Map<String, String> out = new TreeMap<>();
        candidates.forEach((prefix, ns) -> {
            if (namespaces.stream().anyMatch(u -> u.startsWith(ns)))
                out.put(prefix, ns);
        });
        return out;
    }

    /** rdf:type where Jena's writer puts a predicate: after the subject, first on a continuation line, first in a [ ]. */
    private static final Pattern TYPE = Pattern.compile("^(\\S+\\s+|\\s+|.*\\[ )rdf:type(?= )");

    /** Jena's pretty Turtle, with or without the prefix lines; {@code a} for rdf:type, as people write it. */
    private static String turtle(Model m, boolean prefixesOnly) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, m, RDFFormat.TURTLE_PRETTY);
        StringBuilder b = new StringBuilder();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n", -1)) {
            boolean prefix = line.startsWith("PREFIX ") || line.startsWith("@prefix ");
            if (prefix == prefixesOnly && !(prefixesOnly && line.isBlank()))
                b.append(prefix ? line : TYPE.matcher(line).replaceFirst("$1a       ")).append('\n');
        }
        return b.toString();
    }
}

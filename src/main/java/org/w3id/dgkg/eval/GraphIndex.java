package org.w3id.dgkg.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dgkg.vocab.DGKG;

/**
 * What scoring needs from a built graph, read once: labels by normalised form, top and exact
 * classes, mentions by document (with their offsets), the original texts, and the statements.
 */
final class GraphIndex {
    static final List<String> TOP = List.of("Actor", "Instrument", "Event", "Principle", "Issue");

    record MentionAt(Node entity, String doc, int start, int end) {}

    record StatementInfo(Node statement, Node subject, Node predicate, Node object, String doc, int start, int end,
            String sentence, String rule, double confidence) {}

    final Graph graph;
    final Map<String, Set<Node>> byLabel = new HashMap<>();
    final Map<Node, Set<String>> classesOf = new HashMap<>();
    final Map<String, String> topOfClass = new HashMap<>();
    final Map<Node, Set<String>> docsMentioning = new HashMap<>();
    final List<MentionAt> mentions = new ArrayList<>();
    final Map<String, String> originalText = new HashMap<>();
    final List<StatementInfo> statements = new ArrayList<>();
    final Map<Node, Set<Node>> subProperties = new HashMap<>();

    GraphIndex(Graph g) {
        this.graph = g;
        for (String top : TOP) {
            List<Node> queue = new ArrayList<>(List.of(DGKG.cls(top).asNode()));
            while (!queue.isEmpty()) {
                Node c = queue.remove(queue.size() - 1);
                if (topOfClass.putIfAbsent(c.getURI(), top) == null)
                    g.find(Node.ANY, RDFS.subClassOf.asNode(), c).forEachRemaining(t -> {
                        if (t.getSubject().isURI())
                            queue.add(t.getSubject());
                    });
            }
        }
        for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), RDFS.label.asNode()))
            g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral() && t.getSubject().isURI())
                    byLabel.computeIfAbsent(norm(t.getObject().getLiteralLexicalForm()), k -> new HashSet<>()).add(t.getSubject());
            });
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && topOfClass.containsKey(t.getObject().getURI()))
                classesOf.computeIfAbsent(t.getSubject(), k -> new TreeSet<>()).add(t.getObject().getURI());
        });
        g.find(Node.ANY, DGKG.SCHEMA_text.asNode(), Node.ANY).forEachRemaining(t ->
                originalText.put(docId(t.getSubject()), t.getObject().getLiteralLexicalForm()));
        g.find(Node.ANY, DGKG.OA_hasBody.asNode(), Node.ANY).forEachRemaining(t -> {
            Target tg = target(t.getSubject());
            if (tg == null)
                return;
            mentions.add(new MentionAt(t.getObject(), tg.doc, tg.start, tg.end));
            docsMentioning.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(tg.doc);
        });
        g.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()).forEachRemaining(t -> {
            Node st = t.getSubject();
            Node ev = one(st, DGKG.evidence.asNode());
            Target tg = ev == null ? null : target(ev);
            Node sentence = ev == null ? null : one(ev, DGKG.sentence.asNode());
            Node rule = one(st, DGKG.extractedBy.asNode());
            Node conf = one(st, DGKG.confidence.asNode());
            statements.add(new StatementInfo(st, one(st, RDF.subject.asNode()), one(st, RDF.predicate.asNode()),
                    one(st, RDF.object.asNode()), tg == null ? null : tg.doc, tg == null ? -1 : tg.start,
                    tg == null ? -1 : tg.end, sentence == null ? "" : sentence.getLiteralLexicalForm(),
                    rule == null ? "" : rule.getLiteralLexicalForm(),
                    conf == null ? 0 : Double.parseDouble(conf.getLiteralLexicalForm())));
        });
        g.find(Node.ANY, RDFS.subPropertyOf.asNode(), Node.ANY).forEachRemaining(t ->
                subProperties.computeIfAbsent(t.getObject(), k -> new HashSet<>()).add(t.getSubject()));
    }

    private record Target(String doc, int start, int end) {}

    private Target target(Node annotation) {
        Node target = one(annotation, DGKG.OA_hasTarget.asNode());
        if (target == null)
            return null;
        Node source = one(target, DGKG.OA_hasSource.asNode());
        if (source == null)
            return null;
        int[] pos = {-1, -1};
        graph.find(target, DGKG.OA_hasSelector.asNode(), Node.ANY).forEachRemaining(t -> {
            Node s = one(t.getObject(), DGKG.OA_start.asNode());
            Node e = one(t.getObject(), DGKG.OA_end.asNode());
            if (s != null && e != null) {
                pos[0] = Integer.parseInt(s.getLiteralLexicalForm());
                pos[1] = Integer.parseInt(e.getLiteralLexicalForm());
            }
        });
        return new Target(docId(source), pos[0], pos[1]);
    }

    Node one(Node s, Node p) {
        var it = graph.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    static String docId(Node doc) {
        String u = doc.getURI();
        return u.substring(u.lastIndexOf('/') + 1);
    }

    /** Top class names (Actor, Instrument…) of an entity. */
    Set<String> topClasses(Node e) {
        Set<String> out = new TreeSet<>();
        for (String c : classesOf.getOrDefault(e, Set.of()))
            out.add(topOfClass.get(c));
        return out;
    }

    /** Entities with one of the labels, of the given top class (any when null). */
    Set<Node> match(List<String> labels, String top) {
        Set<Node> out = new HashSet<>();
        for (String l : labels)
            for (Node e : byLabel.getOrDefault(norm(l), Set.of()))
                if (top == null || topClasses(e).contains(top))
                    out.add(e);
        return out;
    }

    /** The predicate and every property under it. */
    Set<Node> withSubProperties(Node p) {
        Set<Node> out = new HashSet<>();
        List<Node> queue = new ArrayList<>(List.of(p));
        while (!queue.isEmpty()) {
            Node q = queue.remove(queue.size() - 1);
            if (out.add(q))
                queue.addAll(subProperties.getOrDefault(q, Set.of()));
        }
        return out;
    }

    boolean has(Node s, Node p, Node o) {
        return graph.contains(Triple.create(s, p, o));
    }

    static Node iri(String curie) {
        if (curie.startsWith("dgkg:"))
            return NodeFactory.createURI(DGKG.NS + curie.substring(5));
        if (curie.startsWith("dcterms:"))
            return NodeFactory.createURI(DCTerms.NS + curie.substring(8));
        return NodeFactory.createURI(curie);
    }

    /**
     * The gold README's label normalisation: NFKC, no whitespace, no title marks or quotes,
     * brackets removed only when they wrap the whole string, ASCII lower-cased.
     */
    static String norm(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || "《》〈〉“”‘’\"'".indexOf(c) >= 0)
                return;
            b.appendCodePoint(c < 128 ? Character.toLowerCase(c) : c);
        });
        s = b.toString();
        if (s.length() >= 2 && (s.charAt(0) == '(' || s.charAt(0) == '（') && wrapsWhole(s))
            s = s.substring(1, s.length() - 1);
        return s;
    }

    private static boolean wrapsWhole(String s) {
        char last = s.charAt(s.length() - 1);
        if (last != ')' && last != '）')
            return false;
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（')
                depth++;
            else if (c == ')' || c == '）')
                depth--;
            if (depth == 0 && i < s.length() - 1)
                return false;
        }
        return depth == 0;
    }
}

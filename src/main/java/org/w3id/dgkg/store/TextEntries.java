package org.w3id.dgkg.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.w3id.dgkg.vocab.DGKG;

/**
 * What the text index needs, collected from the quads as the build writes them (so that the
 * index is built without reading the staged graphs back): the distinct (subject, indexed
 * predicate, literal) triples, and for each mention annotation where its sentence is (document,
 * code-point offsets), with the documents' texts. {@link #write} then adds one Lucene document
 * per distinct (entity, property, literal) and one per distinct sentence around the mentions of
 * a document, <b>in a fixed order</b>: by property IRI ({@code rdfs:label}, {@code skos:altLabel},
 * {@code skos:prefLabel}, then {@code dgkg:sentence}), then entity IRI, then literal (lexical form,
 * language, datatype). Lucene breaks ties in score by document number, so this order is what
 * decides which of equally scored hits a {@code text:query} with a row limit returns; it no longer
 * depends on the order in which graphs and quads were written (threads, hash order). Property
 * first, not entity first: an entity usually has the same name as {@code rdfs:label} and
 * {@code skos:prefLabel} (two entries, same score); ordered by entity, the two sit side by side
 * and a group of hits tied at the limit holds fewer entities (on corpus/, 12 label searches of
 * {@code search-labels} and {@code search-names} gave 542 and 324 rows by entity, 573 and 363
 * by property, 555 and 338 in the order of the staged graphs before).
 *
 * <p>Quads are given graph by graph through a {@link Sink}, one per writing thread; a mention's
 * annotation, target and selectors are looked for in the graph that holds the annotation, as
 * {@link TextIndexer#mentionSentences} does.
 */
final class TextEntries {
    private static final Node IDENTIFYING = DGKG.OA_identifying.asNode();
    private static final Node MOTIVATED_BY = DGKG.OA_motivatedBy.asNode();
    private static final Node HAS_TARGET = DGKG.OA_hasTarget.asNode();
    private static final Node HAS_SOURCE = DGKG.OA_hasSource.asNode();
    private static final Node HAS_SELECTOR = DGKG.OA_hasSelector.asNode();
    private static final Node START = DGKG.OA_start.asNode();
    private static final Node END = DGKG.OA_end.asNode();
    private static final Node TEXT = DGKG.SCHEMA_text.asNode();
    private static final Node SENTENCE = DGKG.sentence.asNode();

    /** A mention annotation and where it points: its document and code-point offsets. */
    record Mention(Node annotation, Node document, int start, int end) {}

    private final Set<Node> indexed = new HashSet<>(TextIndexer.indexedPredicates());
    private final Set<Triple> labels = new HashSet<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<Node, String> metaTexts = new HashMap<>();
    private final Map<Node, String> otherTexts = new HashMap<>();

    /** The predicates whose quads a sink keeps (the others can be skipped before they reach it). */
    static List<Node> predicates() {
        List<Node> out = new ArrayList<>(TextIndexer.indexedPredicates());
        out.addAll(List.of(MOTIVATED_BY, HAS_TARGET, HAS_SOURCE, HAS_SELECTOR, START, END, TEXT));
        return out;
    }

    private static boolean wanted(Node p) {
        return p.equals(MOTIVATED_BY) || p.equals(HAS_TARGET) || p.equals(HAS_SOURCE) || p.equals(HAS_SELECTOR)
                || p.equals(START) || p.equals(END) || p.equals(TEXT);
    }

    /** A sink for one thread's quads (of any graphs); {@link Sink#close()} hands what it kept over. */
    Sink sink() {
        return new Sink();
    }

    /** Collects the quads given to it; not thread-safe (one per writing thread), merged on {@link #close()}. */
    final class Sink implements AutoCloseable {
        private final Set<Triple> labels = new HashSet<>();
        private final Map<Node, Parts> graphs = new HashMap<>();
        private final Map<Node, String> metaTexts = new HashMap<>();
        private final Map<Node, String> otherTexts = new HashMap<>();

        /** The mention parts of one graph. */
        private static final class Parts {
            final List<Node> identifying = new ArrayList<>();
            final Map<Node, Node> target = new HashMap<>(), source = new HashMap<>();
            final Map<Node, List<Node>> selectors = new HashMap<>();
            final Map<Node, Node> start = new HashMap<>(), end = new HashMap<>();
        }

        void accept(Quad q) {
            Node p = q.getPredicate();
            if (indexed.contains(p)) {
                labels.add(q.asTriple());
                return;
            }
            if (!wanted(p))
                return;
            Node g = q.getGraph(), s = q.getSubject(), o = q.getObject();
            if (p.equals(TEXT)) {
                if (o.isLiteral())
                    (g.equals(DGKG.GRAPH_META) ? metaTexts : otherTexts).putIfAbsent(s, o.getLiteralLexicalForm());
                return;
            }
            Parts parts = graphs.computeIfAbsent(g, x -> new Parts());
            if (p.equals(MOTIVATED_BY)) {
                if (o.equals(IDENTIFYING))
                    parts.identifying.add(s);
            } else if (p.equals(HAS_TARGET))
                parts.target.putIfAbsent(s, o);
            else if (p.equals(HAS_SOURCE))
                parts.source.putIfAbsent(s, o);
            else if (p.equals(HAS_SELECTOR))
                parts.selectors.computeIfAbsent(s, x -> new ArrayList<>()).add(o);
            else if (p.equals(START))
                parts.start.putIfAbsent(s, o);
            else if (p.equals(END))
                parts.end.putIfAbsent(s, o);
        }

        /** Resolves this sink's mentions (each within its own graph) and hands everything to the collection. */
        @Override
        public void close() {
            List<Mention> found = new ArrayList<>();
            for (Parts parts : graphs.values())
                for (Node ann : parts.identifying) {
                    Node target = parts.target.get(ann);
                    if (target == null)
                        continue;
                    Node doc = parts.source.get(target);
                    if (doc == null)
                        continue;
                    int start = -1, end = -1;
                    for (Node sel : parts.selectors.getOrDefault(target, List.of())) {
                        Node s = parts.start.get(sel), e = parts.end.get(sel);
                        if (s != null && e != null) {
                            start = ((Number) s.getLiteralValue()).intValue();
                            end = ((Number) e.getLiteralValue()).intValue();
                        }
                    }
                    found.add(new Mention(ann, doc, start, end));
                }
            synchronized (TextEntries.this) {
                TextEntries.this.labels.addAll(labels);
                mentions.addAll(found);
                metaTexts.forEach(TextEntries.this.metaTexts::putIfAbsent);
                otherTexts.forEach(TextEntries.this.otherTexts::putIfAbsent);
            }
            labels.clear();
            graphs.clear();
        }
    }

    /** One index entry and the key it is sorted by. */
    private record Entry(String id, String property, String value, String lang, String datatype, Entity entity) {}

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::property).thenComparing(Entry::id)
            .thenComparing(Entry::value).thenComparing(Entry::lang).thenComparing(Entry::datatype);

    /** The entries, sorted. */
    private synchronized List<Entry> entries(EntityDefinition def) {
        List<Entry> out = new ArrayList<>(labels.size() + mentions.size() / 2);
        for (Triple t : labels) {
            Entity e = TextQueryFuncs.entityFromQuad(def, Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject());
            if (e == null)
                continue;
            Node o = t.getObject();
            out.add(new Entry(e.getId(), t.getPredicate().getURI(), o.getLiteralLexicalForm(), o.getLiteralLanguage(),
                    o.getLiteralDatatypeURI(), e));
        }
        // a sentence naming five entities is indexed once, under its first mention by position (then IRI)
        Map<String, Mention> firsts = new HashMap<>();
        Map<String, String> sentenceOf = new HashMap<>();
        Map<Node, int[]> offsets = new HashMap<>();
        for (Mention m : mentions) {
            String text = metaTexts.getOrDefault(m.document(), otherTexts.getOrDefault(m.document(), ""));
            int[] cp = offsets.computeIfAbsent(m.document(), d -> TextIndexer.charOffsets(text));
            if (m.start() < 0 || m.end() > cp.length - 1 || m.start() >= m.end())
                continue;
            String sentence = TextIndexer.sentenceAround(text, cp[m.start()], cp[m.end()]);
            if (sentence.isBlank())
                continue;
            String key = m.document().getURI() + " " + sentence;
            sentenceOf.putIfAbsent(key, sentence);
            firsts.merge(key, m, (a, b) -> a.start() < b.start() || a.start() == b.start()
                    && a.annotation().getURI().compareTo(b.annotation().getURI()) <= 0 ? a : b);
        }
        for (Map.Entry<String, Mention> f : firsts.entrySet()) {
            String sentence = sentenceOf.get(f.getKey());
            Entity e = new Entity(f.getValue().annotation().getURI(), null);
            e.put(TextIndexer.SENTENCE, sentence);
            out.add(new Entry(e.getId(), SENTENCE.getURI(), sentence, "", "", e));
        }
        out.sort(ORDER);
        return out;
    }

    /** jena-text's Lucene document for an entity (the index it is made by holds nothing). */
    private static final class Documents extends TextIndexLucene {
        Documents(TextIndexConfig config) {
            super(new ByteBuffersDirectory(), config);
        }

        Document document(Entity e) {
            return doc(e);
        }
    }

    /**
     * Writes the entries into {@code dir} (replacing what is there) in their order, as jena-text
     * would (same documents, same analyser), with a merge policy that merges adjacent segments
     * only, so that document numbers keep that order. Returns the number of entries.
     */
    long write(Directory dir, TextIndexConfig config, BooleanSupplier stop) throws IOException {
        List<Entry> entries = entries(config.getEntDef());
        Documents docs = new Documents(config);
        try {
            IndexWriterConfig wc = new IndexWriterConfig(docs.getAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setMergePolicy(new LogByteSizeMergePolicy());
            try (IndexWriter w = new IndexWriter(dir, wc)) {
                long n = 0;
                for (Entry e : entries) {
                    if ((n & 0xfff) == 0 && stop.getAsBoolean())
                        throw Tdb2Store.stopped("the text index");
                    w.addDocument(docs.document(e.entity()));
                    n++;
                }
                w.commit();
                return n;
            }
        } finally {
            docs.close();
        }
    }
}

package org.w3id.dgkg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The full-text index (jena-text + Lucene, {@link SmartChineseAnalyzer} for indexing and
 * querying). Two fields:
 * <ul>
 * <li>{@code label}: {@code skos:prefLabel}, {@code skos:altLabel}, {@code rdfs:label}
 *     ({@code rdfs:label} is the primary predicate, so {@code ?s text:query "…"} searches labels);</li>
 * <li>{@code sentence}: {@code dgkg:sentence} of evidence annotations, and, for every mention
 *     annotation, the sentence of the document around the mention (computed from the document's
 *     {@code schema:text} at index time, stored in the index, not in the graph).</li>
 * </ul>
 * In SPARQL: {@code (?s ?score ?text) text:query (dgkg:sentence "数字鸿沟" 20)} or
 * {@code ?s text:query (skos:prefLabel "欧盟")}. The index is built once per generation, inside
 * the generation directory, and opened read-only with the database.
 */
public final class TextIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(TextIndexer.class);
    /** The index's directory inside a generation. */
    public static final String DIRECTORY = "text-index";
    static final String LABEL = "label";
    static final String SENTENCE = "sentence";
    private static final int MAX_SIDE = 160;

    private TextIndexer() {}

    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", LABEL, RDFS.label.asNode());
        def.set(LABEL, SKOS.prefLabel.asNode());
        def.set(LABEL, SKOS.altLabel.asNode());
        def.set(SENTENCE, DGKG.sentence.asNode());
        def.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new SmartChineseAnalyzer());
        config.setQueryAnalyzer(new SmartChineseAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /** Builds the index of {@code source} in {@code dir} (replacing anything there). Returns the number of entries. */
    public static long build(DatasetGraph source, Path dir) {
        return build(source, dir, () -> false);
    }

    /** Like {@link #build(DatasetGraph, Path)}, giving up (with a {@link StoreException}) once {@code stop} says so. */
    public static long build(DatasetGraph source, Path dir, java.util.function.BooleanSupplier stop) {
        try {
            Files.createDirectories(dir);
            try (Directory d = FSDirectory.open(dir)) {
                return index(source, d, stop);
            }
        } catch (IOException e) {
            throw new StoreException("could not build the text index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads the Chinese analyser's dictionaries (a second or more on a cold JVM, on the text
     * index's critical path otherwise) on another thread, so that a build can do it while the
     * documents are read and extracted on one core. Idempotent; failures are left to the real use.
     */
    public static java.util.concurrent.CompletableFuture<Void> warmUp() {
        return java.util.concurrent.CompletableFuture.runAsync(() -> {
            try (SmartChineseAnalyzer analyzer = new SmartChineseAnalyzer();
                    org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(LABEL, "全球数字治理")) {
                ts.reset();
                while (ts.incrementToken()) {
                    // tokens are not needed: reading them loads the dictionaries
                }
                ts.end();
            } catch (IOException | RuntimeException e) {
                LOG.debug("Warming up the analyser failed: {}", e.getMessage());
            }
        });
    }

    /** Wraps {@code dsg} with the index in {@code dir}; text:query then works on the result. */
    public static DatasetGraph open(DatasetGraph dsg, Path dir) {
        try {
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(dir), config());
            return TextDatasetFactory.create(dsg, index, true);
        } catch (IOException e) {
            throw new StoreException("could not open the text index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Indexes {@code dsg} into memory and wraps it: for tests and small in-memory datasets. */
    public static DatasetGraph inMemory(DatasetGraph dsg) {
        Directory d = new ByteBuffersDirectory();
        index(dsg, d, () -> false);
        return TextDatasetFactory.create(dsg, TextDatasetFactory.createLuceneIndex(d, config()), true);
    }

    /**
     * Builds the index from what the staging kept of the graphs as they were written
     * ({@link StagedGraphs#textEntries()}), replacing anything in {@code dir}: a streaming build
     * runs it beside the TDB2 load, and nothing is read back from the staged files. Labels
     * repeated across graphs are one entry; entries are added in the order {@link TextEntries}
     * describes (property, entity IRI, literal).
     */
    static long buildFromEntries(TextEntries entries, Path dir, java.util.function.BooleanSupplier stop) {
        return write(entries, dir, stop, "the staged graphs");
    }

    private static long write(TextEntries entries, Path dir, java.util.function.BooleanSupplier stop, String from) {
        long t0 = System.nanoTime();
        long cpu0 = threadCpu();
        long n;
        try {
            Files.createDirectories(dir);
            try (Directory d = FSDirectory.open(dir)) {
                n = entries.write(d, config(), stop);
            }
        } catch (IOException e) {
            throw new StoreException("could not build the text index in " + dir + ": " + e.getMessage(), e);
        }
        LOG.info("Text index: {} entries from {} in {} ms (CPU of the indexing thread {} ms)", n, from, (System.nanoTime() - t0) / 1_000_000,
                (threadCpu() - cpu0) / 1_000_000);
        return n;
    }

    private static long threadCpu() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() : 0;
    }

    private static long index(DatasetGraph source, Directory dir, java.util.function.BooleanSupplier stop) {
        long t0 = System.nanoTime();
        TextEntries entries = new TextEntries();
        Txn.executeRead(source, () -> {
            try (TextEntries.Sink sink = entries.sink()) {
                for (Node p : TextEntries.predicates()) {
                    if (stop.getAsBoolean())
                        throw Tdb2Store.stopped("the text index");
                    source.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(sink::accept);
                }
            }
        });
        long n;
        try {
            n = entries.write(dir, config(), stop);
        } catch (IOException e) {
            throw new StoreException("could not build the text index: " + e.getMessage(), e);
        }
        LOG.info("Text index: {} entries in {} ms", n, (System.nanoTime() - t0) / 1_000_000);
        return n;
    }

    /** Whether the text index has entries for values of {@code predicate} (labels and evidence sentences). */
    public static boolean indexes(Node predicate) {
        return indexedPredicates().contains(predicate);
    }

    /** The predicates whose literals are indexed (labels and evidence sentences). */
    static List<Node> indexedPredicates() {
        return List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), DGKG.sentence.asNode());
    }

    /**
     * Adds one entry per distinct (subject, predicate, literal) of {@code quads}, whatever graph
     * holds it: an entity labelled in every document that mentions it is one hit, not one per
     * document (with one entry per quad, the top hits of a label search filled with copies of the
     * same few entities as the corpus grew: 42 entities at ×1, 19 at ×10). {@code seen} carries
     * what was added across calls.
     */
    static long addDistinct(Iterator<Quad> quads, EntityDefinition def, TextIndex index, java.util.Set<org.apache.jena.graph.Triple> seen) {
        long n = 0;
        while (quads.hasNext()) {
            Quad q = quads.next();
            if (!seen.add(q.asTriple()))
                continue;
            Entity e = TextQueryFuncs.entityFromQuad(def, q);
            if (e != null) {
                index.addEntity(e);
                n++;
            }
        }
        return n;
    }

    /** For each mention annotation, the sentence around it in its document. */
    static long mentionSentences(DatasetGraph source, TextIndex index, java.util.Set<String> seen) {
        Map<Node, int[]> offsets = new HashMap<>();
        Map<Node, String> texts = new HashMap<>();
        Node identifying = DGKG.OA_identifying.asNode();
        // A sentence naming five entities is indexed once (under its first mention), not five times ({@code seen}).
        // The first by position (then IRI), not by the order the graph is read in: that order depends on how the
        // graph was made, and an incremental build must index the sentence under the mention a full build does.
        record First(Node annotation, int start, String sentence) {}
        Map<String, First> firsts = new java.util.LinkedHashMap<>();
        for (Iterator<Quad> it = source.find(Node.ANY, Node.ANY, DGKG.OA_motivatedBy.asNode(), identifying); it.hasNext();) {
            Quad q = it.next();
            // an annotation, its target and selectors are in one document graph: look there only
            // (a lookup across every graph made this quadratic in the number of documents)
            Node g = q.getGraph();
            Node ann = q.getSubject();
            Node target = object(source, g, ann, DGKG.OA_hasTarget.asNode());
            if (target == null)
                continue;
            Node doc = object(source, g, target, DGKG.OA_hasSource.asNode());
            if (doc == null)
                continue;
            int start = -1, end = -1;
            for (Iterator<Quad> sels = source.find(g, target, DGKG.OA_hasSelector.asNode(), Node.ANY); sels.hasNext();) {
                Node sel = sels.next().getObject();
                Node s = object(source, g, sel, DGKG.OA_start.asNode()), e = object(source, g, sel, DGKG.OA_end.asNode());
                if (s != null && e != null) {
                    start = ((Number) s.getLiteralValue()).intValue();
                    end = ((Number) e.getLiteralValue()).intValue();
                }
            }
            String text = texts.computeIfAbsent(doc, d -> {
                Node t = object(source, DGKG.GRAPH_META, d, DGKG.SCHEMA_text.asNode());
                if (t == null) // a dataset laid out otherwise (tests, hand-made data)
                    t = object(source, Node.ANY, d, DGKG.SCHEMA_text.asNode());
                return t == null ? "" : t.getLiteralLexicalForm();
            });
            int[] cp = offsets.computeIfAbsent(doc, d -> charOffsets(texts.get(d)));
            if (start < 0 || end > cp.length - 1 || start >= end)
                continue;
            String sentence = sentenceAround(text, cp[start], cp[end]);
            String key = doc.getURI() + " " + sentence;
            if (sentence.isBlank() || seen.contains(key))
                continue;
            First candidate = new First(ann, start, sentence);
            firsts.merge(key, candidate, (a, b) -> a.start() < b.start() || a.start() == b.start()
                    && a.annotation().getURI().compareTo(b.annotation().getURI()) <= 0 ? a : b);
        }
        long n = 0;
        for (Map.Entry<String, First> e : firsts.entrySet()) {
            seen.add(e.getKey());
            Entity entity = new Entity(e.getValue().annotation().getURI(), null);
            entity.put(SENTENCE, e.getValue().sentence());
            index.addEntity(entity);
            n++;
        }
        return n;
    }

    private static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** char index of each code point offset (length = code points + 1). */
    static int[] charOffsets(String text) {
        int cps = text.codePointCount(0, text.length());
        int[] out = new int[cps + 1];
        int c = 0;
        for (int i = 0; i < cps; i++) {
            out[i] = c;
            c += Character.charCount(text.codePointAt(c));
        }
        out[cps] = text.length();
        return out;
    }

    /** The sentence containing [start, end) (char offsets), without hard line breaks. */
    static String sentenceAround(String text, int start, int end) {
        int a = start;
        while (a > 0 && start - a < MAX_SIDE && !isEnd(text, a - 1))
            a--;
        int z = end;
        while (z < text.length() && z - end < MAX_SIDE && !isEnd(text, z))
            z++;
        if (z < text.length() && "。！？!?；".indexOf(text.charAt(z)) >= 0)
            z++;
        return text.substring(a, z).replaceAll("\\s*\\n\\s*", "").strip();
    }

    private static boolean isEnd(String text, int i) {
        // PDF text breaks lines (even with blank lines) inside sentences: only punctuation ends one
        return "。！？!?；".indexOf(text.charAt(i)) >= 0;
    }
}

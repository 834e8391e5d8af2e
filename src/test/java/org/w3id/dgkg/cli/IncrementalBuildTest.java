package org.w3id.dgkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.cache.CacheIndex;
import org.w3id.dgkg.cache.DocumentQuads;
import org.w3id.dgkg.store.OpenGeneration;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The incremental build on real news texts: after a document is added, changed or removed, the
 * build reads only that document, and the new generation (TDB2 quads and text index) equals a
 * full build of the same corpus into a fresh database. A changed lexicon forces a full build; a
 * corrupt cache entry is read again.
 */
class IncrementalBuildTest {
    private static final Path NEWS = Path.of("src/test/resources/news").toAbsolutePath();
    private static final String A01 = "a01-unga-ai-capacity-resolution-news";
    private static final String A03 = "a03-ai-capacity-building-plan-briefing";
    private static final String A04 = "a04-generative-ai-interim-measures-release";

    /** A corpus of the given news texts with their manifest entries (the manifest is rewritten, texts already there are kept). */
    private static Path corpus(Path dir, String... ids) throws IOException {
        Files.createDirectories(dir);
        JsonObject manifest;
        try (InputStream in = Files.newInputStream(NEWS.resolve("manifest.json"))) {
            manifest = JSON.parse(in);
        }
        JsonArray docs = new JsonArray();
        for (String id : ids)
            manifest.get("documents").getAsArray().forEach(d -> {
                if (d.getAsObject().get("id").getAsString().value().equals(id))
                    docs.add(d);
            });
        assertEquals(ids.length, docs.size());
        JsonObject out = new JsonObject();
        out.put("documents", docs);
        Files.writeString(dir.resolve("manifest.json"), JSON.toString(out), StandardCharsets.UTF_8);
        for (String id : ids)
            if (!Files.exists(dir.resolve(id + ".txt"))) // a text changed by the test stays changed
                Files.copy(NEWS.resolve(id + ".txt"), dir.resolve(id + ".txt"));
        return dir;
    }

    private static Cli.Result build(Path corpus, Path ontology, Path db, String... more) {
        Cli.Result r = Cli.build(corpus, ontology, db, more);
        assertEquals(0, r.code(), r.toString());
        return r;
    }

    private static String how(Cli.Result r) {
        String first = r.out().lines().findFirst().orElse("");
        return first.substring(first.indexOf('(') + 1, first.lastIndexOf(')'));
    }

    /** Every quad of the live generation of {@code db}, read through TDB2, and text hits for {@code words}. */
    private record Live(DatasetGraph quads, Set<String> sentenceHits, Set<String> labelHits) {}

    private static Live live(Path db, String word) {
        try (OpenGeneration g = Tdb2Store.at(db).openCurrent()) {
            DatasetGraph dsg = g.datasetGraph();
            DatasetGraph copy = DatasetGraphFactory.create();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(copy::add));
            Set<String> sentences = new TreeSet<>();
            Set<String> labels = new TreeSet<>();
            Txn.executeRead(dsg, () -> {
                String prefixes = "PREFIX text: <http://jena.apache.org/text#> PREFIX dgkg: <" + DGKG.NS + "> "
                        + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
                try (QueryExecution q = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(prefixes
                        + "SELECT ?lit { (?s ?score ?lit) text:query (dgkg:sentence \"" + word + "\" 10000) }").build()) {
                    q.execSelect().forEachRemaining((QuerySolution s) -> sentences.add(s.getLiteral("lit").getLexicalForm()));
                }
                try (QueryExecution q = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(prefixes
                        + "SELECT ?s { ?s text:query (rdfs:label \"" + word + "\" 10000) }").build()) {
                    q.execSelect().forEachRemaining((QuerySolution s) -> labels.add(s.get("s").toString()));
                }
            });
            return new Live(copy, sentences, labels);
        }
    }

    /**
     * Every graph equal (isomorphic: blank nodes differ between builds) except the meta graph,
     * whose build time and change log differ by nature; there the documents' descriptions and
     * the list of documents must be equal.
     */
    private static void assertSameGraph(Live expected, Live actual) {
        Set<Node> names = new HashSet<>();
        expected.quads().listGraphNodes().forEachRemaining(names::add);
        actual.quads().listGraphNodes().forEachRemaining(names::add);
        for (Node g : names) {
            Graph e = g.equals(DGKG.GRAPH_META) ? documents(expected.quads()) : expected.quads().getGraph(g);
            Graph a = g.equals(DGKG.GRAPH_META) ? documents(actual.quads()) : actual.quads().getGraph(g);
            assertEquals(e.size(), a.size(), "size of " + g);
            assertTrue(e.isIsomorphicWith(a), "graph " + g + " differs from a full build's");
        }
        assertEquals(expected.sentenceHits(), actual.sentenceHits(), "sentence hits of the text index");
        assertEquals(expected.labelHits(), actual.labelHits(), "label hits of the text index");
    }

    private static Graph documents(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        Node ds = NodeFactory.createURI(DGKG.BASE);
        dsg.find(DGKG.GRAPH_META, ds, DCTerms.source.asNode(), Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        dsg.find(DGKG.GRAPH_META, Node.ANY, DGKG.SCHEMA_text.asNode(), Node.ANY).forEachRemaining(q -> {
            for (Node s : DocumentQuads.metaSubjects(q.getSubject().getURI().substring(q.getSubject().getURI().lastIndexOf('/') + 1)))
                dsg.find(DGKG.GRAPH_META, s, Node.ANY, Node.ANY).forEachRemaining(t -> g.add(t.asTriple()));
        });
        return g;
    }

    private static void assertEqualsFullBuild(Path corpus, Path db, Path fresh, String word, Cli.Result incrementalBuild) {
        Cli.Result fullBuild = build(corpus, RealCorpus.ONTOLOGY, fresh, "--full");
        Live full = live(fresh, word);
        Live incremental = live(db, word);
        assertSameGraph(full, incremental);
        assertDumpHolds(db, incremental.quads());
        assertSameEntries(textEntries(fresh), textEntries(db));
        assertEquals(incremental.quads().stream().count(), Tdb2Store.at(db).current().orElseThrow().quads(),
                "the generation's count of quads is what TDB2 holds");
        assertEquals(figures(fullBuild), figures(incrementalBuild), "the build's summary (the cached documents' figures too)");
    }

    private static void assertSameEntries(java.util.List<String> full, java.util.List<String> incremental) {
        java.util.List<String> missing = new java.util.ArrayList<>(full);
        incremental.forEach(missing::remove);
        java.util.List<String> extra = new java.util.ArrayList<>(incremental);
        full.forEach(extra::remove);
        assertTrue(missing.isEmpty() && extra.isEmpty() && full.size() == incremental.size(), "the text index differs from a full build's: "
                + full.size() + " entries against " + incremental.size() + "; missing " + missing.stream().limit(10).toList()
                + ", extra " + extra.stream().limit(10).toList());
    }

    /** The summary's lines but the time, the meta graph and the quads (the change log differs by nature). */
    private static java.util.List<String> figures(Cli.Result r) {
        return r.out().lines().skip(1).filter(l -> !l.contains("graph/meta") && !l.trim().startsWith("quads")).toList();
    }

    /** Every live entry of the live generation's text index, its stored fields but the Lucene id, sorted. */
    private static java.util.List<String> textEntries(Path db) {
        Path dir = Tdb2Store.at(db).current().orElseThrow().directory().resolve(org.w3id.dgkg.store.TextIndexer.DIRECTORY);
        java.util.List<String> out = new java.util.ArrayList<>();
        try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
            org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(r);
            org.apache.lucene.index.StoredFields fields = r.storedFields();
            for (int i = 0; i < r.maxDoc(); i++) {
                if (live != null && !live.get(i))
                    continue;
                out.add(fields.document(i).getFields().stream().filter(f -> !f.name().equals("uid"))
                        .map(f -> f.name() + "=" + f.stringValue()).sorted().collect(java.util.stream.Collectors.joining(" | ")));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.Collections.sort(out);
        assertFalse(out.isEmpty(), "the text index has entries");
        return out;
    }

    /** The live generation's dump (partly copied from the previous generation's) holds exactly its quads, graph by graph. */
    private static void assertDumpHolds(Path db, DatasetGraph quads) {
        DatasetGraph dump = DatasetGraphFactory.create();
        org.apache.jena.riot.RDFDataMgr.read(dump, Tdb2Store.dumpOf(Tdb2Store.at(db).current().orElseThrow()).toString(),
                org.apache.jena.riot.Lang.TRIG);
        Set<Node> names = new HashSet<>();
        quads.listGraphNodes().forEachRemaining(names::add);
        Set<Node> dumped = new HashSet<>();
        dump.listGraphNodes().forEachRemaining(dumped::add);
        assertEquals(names, dumped, "the dump's graphs");
        for (Node g : names)
            assertTrue(quads.getGraph(g).isIsomorphicWith(dump.getGraph(g)), "the dump's graph " + g + " is the generation's");
    }

    @Test
    void addedChangedAndRemovedDocumentsAreReadAloneAndGiveWhatAFullBuildGives() throws IOException {
        Path root = RealCorpus.tempDir("dgkg-incremental");
        Path corpus = corpus(root.resolve("corpus"), A03, A04);
        Path db = root.resolve("db");
        assertEquals("full", how(build(corpus, RealCorpus.ONTOLOGY, db)));

        corpus(root.resolve("corpus"), A03, A04, A01);
        Cli.Result added = build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals("incremental: 1 document read, 2 from cache, 1 document graph replaced", how(added));
        Live now = live(db, "联合国");
        String a01 = textOf(corpus, A01).replaceAll("\\s", "");
        assertTrue(now.sentenceHits().stream().anyMatch(s -> a01.contains(s.replaceAll("\\s", ""))),
                "the added document's sentences are found in the text index: " + now.sentenceHits());
        assertEqualsFullBuild(corpus, db, root.resolve("full-added"), "联合国", added);
        // the counts graph compared above holds the concern helpers (ranked over the three documents)
        assertTrue(now.quads().getGraph(org.w3id.dgkg.rdf.MentionCounts.GRAPH).find(org.apache.jena.graph.Node.ANY,
                org.apache.jena.graph.NodeFactory.createURI(DGKG.NS + "concernRank"), org.apache.jena.graph.Node.ANY).hasNext(),
                "the incremental build wrote concern helpers");

        Files.writeString(corpus.resolve(A03 + ".txt"), "\n联合国秘书长古特雷斯表示，各国应当加强人工智能能力建设合作。\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Cli.Result changed = build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals("incremental: 1 document read, 2 from cache, 1 document graph replaced", how(changed));
        assertTrue(live(db, "古特雷斯").sentenceHits().stream().anyMatch(s -> s.contains("各国应当加强人工智能能力建设合作")),
                "the changed sentence is in the text index");
        assertEqualsFullBuild(corpus, db, root.resolve("full-changed"), "古特雷斯", changed);

        corpus(root.resolve("corpus"), A03, A01);
        Files.delete(corpus.resolve(A04 + ".txt"));
        // exactly this: TDB2 deleted the removed graph's quads (decimals included), no ", generation loaded in full"
        Cli.Result removing = build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals("incremental: 0 documents read, 2 from cache, 1 document graph replaced", how(removing));
        Live removed = live(db, "生成式");
        assertFalse(containsGraph(removed.quads(), DGKG.documentGraph(A04)), "the removed document's graph is gone");
        assertEqualsFullBuild(corpus, db, root.resolve("full-removed"), "生成式", removing);
    }

    private static boolean containsGraph(DatasetGraph dsg, Node g) {
        return dsg.find(g, Node.ANY, Node.ANY, Node.ANY).hasNext();
    }

    private static String textOf(Path corpus, String id) {
        try {
            return Files.readString(corpus.resolve(id + ".txt"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aChangedLexiconFileForcesAFullBuild() throws IOException {
        Path root = RealCorpus.tempDir("dgkg-incremental-lexicon");
        Path corpus = corpus(root.resolve("corpus"), A03, A04);
        Path ontology = RealCorpus.copy(RealCorpus.ONTOLOGY, root.resolve("ontology"));
        Path db = root.resolve("db");
        assertEquals("full", how(build(corpus, ontology, db)));
        assertTrue(how(build(corpus, ontology, db)).startsWith("incremental: 0 documents read, 2 from cache"), "nothing changed");
        Path lexicon = ontology.resolve("lexicon/generic-heads.tsv");
        Files.writeString(lexicon, Files.readString(lexicon) + "\n# a maintainer's note\n", StandardCharsets.UTF_8);
        assertEquals("full", how(build(corpus, ontology, db)), "a lexicon file changed");
        assertTrue(how(build(corpus, ontology, db)).startsWith("incremental"), "and the next build is incremental again");
        assertEquals("full", how(build(corpus, ontology, db, "--full")), "--full reads everything");
    }

    @Test
    void aCorruptCacheEntryIsReadAgainAndRewritten() throws IOException {
        Path root = RealCorpus.tempDir("dgkg-incremental-corrupt");
        Path corpus = corpus(root.resolve("corpus"), A03, A04);
        Path db = root.resolve("db");
        build(corpus, RealCorpus.ONTOLOGY, db);
        Live before = live(db, "人工智能");
        Path cache = db.resolve(IncrementalBuild.CACHE);
        String key = CacheIndex.read(cache).orElseThrow().keys().get(A03);
        Path entry = cache.resolve("documents").resolve(key + ".view.rt.gz");
        assertTrue(Files.isRegularFile(entry), entry.toString());
        Files.write(entry, "not RDF Thrift".getBytes(StandardCharsets.UTF_8));

        assertEquals("incremental: 1 document read, 1 from cache, 1 document graph replaced", how(build(corpus, RealCorpus.ONTOLOGY, db)));
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(entry))) {
            assertTrue(in.read() >= 0, "the entry was written again");
        }
        assertSameGraph(before, live(db, "人工智能"));
        try (Stream<Path> files = Files.list(cache.resolve("documents"))) {
            // a view and a rest per document, and the live generation's meta graph (a view only)
            assertEquals(5, files.count(), "one entry per document and the live generation's meta graph, nothing left over");
        }
    }

    /**
     * A build killed after it stored a new document's cache entry, before its generation went
     * live, leaves the entry behind. The next build takes that document from the cache, and must
     * take it whole: its graph is new to the live generation, so SHACL, TDB2, the dump and the
     * text index need all of it. With the entry's view only, its statements lacked their evidence
     * and SHACL refused every later build (found by the kill -9 phase of the reliability harness).
     */
    @Test
    void anEntryLeftByABuildThatDidNotGetLiveIsReadWhole() throws IOException {
        Path root = RealCorpus.tempDir("dgkg-incremental-leftover");
        Path corpus = corpus(root.resolve("corpus"), A03, A04);
        Path db = root.resolve("db");
        build(corpus, RealCorpus.ONTOLOGY, db);
        // the same documents and a01, built elsewhere: that cache holds a01's entry under the same key
        Path other = root.resolve("other");
        build(corpus(root.resolve("corpus2"), A03, A04, A01), RealCorpus.ONTOLOGY, other);
        String key = CacheIndex.read(other.resolve(IncrementalBuild.CACHE)).orElseThrow().keys().get(A01);
        for (String part : java.util.List.of(".view.rt.gz", ".rest.rt.gz"))
            Files.copy(other.resolve(IncrementalBuild.CACHE).resolve("documents").resolve(key + part),
                    db.resolve(IncrementalBuild.CACHE).resolve("documents").resolve(key + part));
        // what a build killed before its switch leaves: a01's entry, and a live generation without a01
        corpus(root.resolve("corpus"), A03, A04, A01);
        Cli.Result added = build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals("incremental: 0 documents read, 3 from cache, 1 document graph replaced", how(added));
        assertEqualsFullBuild(corpus, db, root.resolve("full"), "联合国", added);
    }

    /**
     * The incremental build starts copying the live generation before it reads the changed
     * documents; a build that then fails must leave no half-built generation behind and the live
     * one as it was.
     */
    @Test
    void aFailedIncrementalBuildLeavesNoHalfBuiltGeneration() throws IOException {
        Path root = RealCorpus.tempDir("dgkg-incremental-failed");
        Path corpus = corpus(root.resolve("corpus"), A03, A04);
        Path db = root.resolve("db");
        build(corpus, RealCorpus.ONTOLOGY, db);
        String liveBefore = Tdb2Store.at(db).current().orElseThrow().name();
        Set<String> foldersBefore = generationFolders(db);
        // a changed text that is not UTF-8: the reader refuses it after the copy has started
        Files.write(corpus.resolve(A03 + ".txt"), new byte[] {(byte) 0xC4, (byte) 0xE3, (byte) 0xBA, (byte) 0xC3, (byte) 0xFF});
        Cli.Result failed = Cli.build(corpus, RealCorpus.ONTOLOGY, db);
        assertEquals(2, failed.code(), failed.toString());
        assertTrue(failed.err().contains("error:"), failed.toString());
        assertEquals(liveBefore, Tdb2Store.at(db).current().orElseThrow().name(), "the live generation stays");
        assertEquals(foldersBefore, generationFolders(db), "no half-built generation left");
    }

    private static Set<String> generationFolders(Path db) throws IOException {
        try (Stream<Path> files = Files.list(db)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-")).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}

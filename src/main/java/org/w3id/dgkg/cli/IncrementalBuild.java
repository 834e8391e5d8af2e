package org.w3id.dgkg.cli;

import static org.w3id.dgkg.cli.ParallelParts.join;
import static org.w3id.dgkg.cli.ParallelParts.settle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.cache.CacheIndex;
import org.w3id.dgkg.cache.DocumentCache;
import org.w3id.dgkg.cache.DocumentQuads;
import org.w3id.dgkg.changes.ChangeLog;
import org.w3id.dgkg.extract.Extraction;
import org.w3id.dgkg.ingest.Corpus;
import org.w3id.dgkg.ingest.CorpusReader;
import org.w3id.dgkg.ingest.DocumentMeta;
import org.w3id.dgkg.ingest.SourceDocument;
import org.w3id.dgkg.rdf.BuildInfo;
import org.w3id.dgkg.rdf.ExtractionPipeline;
import org.w3id.dgkg.rdf.OntologySources;
import org.w3id.dgkg.store.Generation;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.store.TextIndexer;
import org.w3id.dgkg.validate.GraphByGraphValidation;
import org.w3id.dgkg.validate.ShapesValidator;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The incremental build: when the live generation was built by this code from this ontology and
 * these shapes (its {@link CacheIndex} says so), only the documents whose text or manifest entry
 * changed are read and extracted; every other document comes from the {@link DocumentCache}: its
 * view ({@link #inView}: what the corpus-wide steps read, a quarter of its quads) and its counts,
 * not its whole graph, which stays in the live generation and its dump.
 * A document's graph depends only on its own text, its entry and the reference data (the
 * extractor is per document), so the assembled dataset is the one a full build would make.
 * What is corpus-wide is redone: the meta graph and change log, SHACL as a full build runs it but
 * on the changed graphs only (each changed document graph with how every graph describes what
 * it mentions; the shared graphs that changed, meta and counts, without the unchanged reference),
 * the dump (the unchanged graphs' parts copied); the TDB2 database and text index are a copy of
 * the live generation with the changed graphs replaced ({@link Tdb2Store#startUpdate}).
 * <p>
 * A full build ({@link BuildPipeline}) fills the cache ({@link Filling}); {@code build --full},
 * a first build, or changed code, ontology, lexicons, registry or shapes take the full path.
 */
final class IncrementalBuild {
    private static final Logger LOG = LoggerFactory.getLogger(IncrementalBuild.class);
    static final String CACHE = "cache";

    private IncrementalBuild() {}

    static Path cacheDir(BuildPipeline.Inputs in) {
        return in.db().resolve(CACHE);
    }

    /** What the code, ontology and shapes are: a change to any of them means a full build. */
    static String inputsFingerprint(BuildPipeline.Inputs in) {
        return Fingerprint.of(List.of(in.ontology(), in.shapes())) + ":" + classesHash();
    }

    /** What a document's extraction depends on besides the document: code, ontology, lexicons, registry, curation. */
    static String extractorFingerprint(BuildPipeline.Inputs in) {
        return Fingerprint.of(List.of(in.ontology())) + ":" + classesHash();
    }

    /**
     * When running from compiled classes (tests, IDE) {@link Fingerprint#codeVersion} says only
     * "dev": the classes' sizes and times stand for the code then.
     */
    private static String classesHash() {
        try {
            Path code = Path.of(IncrementalBuild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isDirectory(code))
                return "jar";
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (Stream<Path> files = Files.walk(code)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList())
                    md.update((code.relativize(f) + ":" + Files.size(f) + ":" + Files.getLastModifiedTime(f).toMillis() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (Exception e) {
            return "unknown";
        }
    }

    // ---------------------------------------------------------------- filling the cache (full build)

    /**
     * The cache of a streaming full build, filled document by document as each graph is
     * written ({@link #store}, from several threads), recorded as live once the generation is.
     */
    static final class Filling {
        private final BuildPipeline.Inputs in;
        private final DocumentCache cache;
        private final Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Long> sizes = new java.util.concurrent.ConcurrentHashMap<>();

        Filling(BuildPipeline.Inputs in) {
            this.in = in;
            CacheIndex.forget(cacheDir(in)); // until this build is live, the index would describe the wrong generation
            this.cache = DocumentCache.at(cacheDir(in), extractorFingerprint(in));
        }

        /**
         * Stores document {@code d}'s quads (its graph of {@code size} quads, its meta-graph
         * description and its counts). A failure is logged by the cache.
         */
        void store(SourceDocument d, DatasetGraph part, long size) {
            String key = cache.key(d.meta(), d.sha256());
            cache.store(key, part, IncrementalBuild::inView);
            keys.put(d.id(), key);
            sizes.put(d.id(), size);
        }

        /** Records that {@code gen}, whose meta graph {@code meta} holds, was built from the stored documents. */
        void committed(Corpus corpus, Generation gen, DatasetGraph meta) {
            try {
                Map<String, String> ordered = new LinkedHashMap<>();
                for (SourceDocument d : corpus.documents())
                    if (keys.containsKey(d.id()))
                        ordered.put(d.id(), keys.get(d.id()));
                recordLive(in, cache, gen, ordered, sizes, meta);
            } catch (DgkgException e) {
                LOG.warn("Could not fill the build cache ({}); the next build is a full one", e.getMessage());
                CacheIndex.forget(cacheDir(in));
            }
        }
    }

    /** The cache entry holding generation {@code name}'s meta graph (its change log: the next build compares with it). */
    private static String metaKey(String generation) {
        return "meta-" + generation;
    }

    /** After the switch: the new generation's meta graph, the index naming it, and only the entries it uses. */
    private static void recordLive(BuildPipeline.Inputs in, DocumentCache cache, Generation gen, Map<String, String> keys,
            Map<String, Long> sizes, DatasetGraph dsg) {
        DatasetGraph meta = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        Txn.executeRead(dsg, () -> dsg.find(DGKG.GRAPH_META, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(meta::add));
        cache.store(metaKey(gen.name()), meta);
        new CacheIndex(gen.name(), inputsFingerprint(in), keys, sizes).write(cacheDir(in));
        Set<String> keep = new HashSet<>(keys.values());
        keep.add(metaKey(gen.name()));
        cache.prune(keep);
    }

    /**
     * The live generation as the change log needs it, from the cache: the ontology and reference
     * graphs (unchanged, or this would be a full build), its meta graph (without the documents'
     * texts) and the document graphs of the entries it was built from. The graphs are linked, not
     * copied: an unchanged document's graph is the very graph the new dataset links too (nothing
     * writes into either), and the comparison looks quads up by predicate, so the quads it does
     * not read cost nothing. Empty when an entry is missing (then the dump is read).
     */
    private static Optional<DatasetGraph> liveFromCache(DocumentCache cache, CacheIndex index, OntologySources sources,
            Map<String, String> keys, Map<String, DatasetGraph> cached, Optional<DatasetGraph> meta) {
        DatasetGraph old = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        if (meta.isEmpty())
            return Optional.empty();
        meta.get().find().forEachRemaining(q -> {
            if (ChangeLog.needed(q))
                old.add(q);
        });
        old.addGraph(DGKG.GRAPH_ONTOLOGY, sources.ontology().getGraph());
        old.addGraph(DGKG.GRAPH_REFERENCE, sources.reference().getGraph());
        for (Map.Entry<String, String> e : index.keys().entrySet()) {
            Optional<DatasetGraph> part = e.getValue().equals(keys.get(e.getKey())) && cached.containsKey(e.getKey())
                    ? Optional.of(cached.get(e.getKey())) : cache.loadView(e.getValue());
            if (part.isEmpty())
                return Optional.empty();
            // only the document graph: the old meta graph above already describes the document
            Node g = DGKG.documentGraph(e.getKey());
            if (part.get().containsGraph(g))
                old.addGraph(g, part.get().getGraph(g));
        }
        return Optional.of(old);
    }

    // ---------------------------------------------------------------- the incremental path

    /** Builds incrementally when the cache allows it; empty when a full build is needed (the reason is logged). */
    static Optional<BuildSummary> tryRun(BuildPipeline.Inputs in) {
        long t0 = System.nanoTime();
        Tdb2Store store = Tdb2Store.at(in.db());
        Optional<Generation> live;
        try {
            live = store.current();
        } catch (DgkgException e) {
            return Optional.empty();
        }
        Optional<CacheIndex> index = CacheIndex.read(cacheDir(in));
        String why = live.isEmpty() ? "no live generation"
                : index.isEmpty() ? "no build cache"
                : !index.get().generation().equals(live.get().name()) ? "the build cache describes another generation"
                : !index.get().inputs().equals(inputsFingerprint(in)) ? "the code, ontology, lexicons, registry or shapes changed"
                : !index.get().sizes().keySet().containsAll(index.get().keys().keySet()) ? "the build cache was written by an older dgkg"
                : null;
        if (why != null) {
            LOG.info("Full build: {}", why);
            return Optional.empty();
        }
        return Optional.of(run(in, store, live.get(), index.get(), t0));
    }

    private static BuildSummary run(BuildPipeline.Inputs in, Tdb2Store store, Generation live, CacheIndex index, long t0) {
        String fingerprint = Fingerprint.of(in.all());
        DocumentCache cache = DocumentCache.at(cacheDir(in), extractorFingerprint(in));
        try (Progress progress = new Progress("build (incremental)", 5);
                // the live generation is copied (disk work) while the documents are read and extracted (CPU work)
                Tdb2Store.Update update = store.startUpdate(live)) {
            progress.step("reading changed documents of " + in.corpus());
            List<DocumentMeta> metas = CorpusReader.listed(in.corpus());
            // Jena initialises itself on first use; from several threads at once that can deadlock
            org.apache.jena.sys.JenaSystem.init();
            TextIndexer.warmUp(); // the text index is updated at the end; its analyser loads meanwhile
            // the ontology, the shapes and the cache entries are read at the same time
            CompletableFuture<ExtractionPipeline> pipelineRead = CompletableFuture.supplyAsync(() -> ExtractionPipeline.load(in.ontology()));
            CompletableFuture<ShapesValidator> shapesRead = CompletableFuture.supplyAsync(() -> ShapesValidator.fromFiles(in.shapes()));
            // a document whose entry exists is taken from the cache; the others are read now, so
            // that their extraction can start as soon as the extractor is ready, not after the entries load
            Map<String, CompletableFuture<Optional<DatasetGraph>>> hits = new LinkedHashMap<>();
            Map<String, String> keys = new LinkedHashMap<>();
            Map<String, SourceDocument> readById = new LinkedHashMap<>();
            for (DocumentMeta meta : metas) {
                Optional<String> sha = sha256(in.corpus().resolve(meta.file()));
                String key = sha.map(h -> cache.key(meta, h)).orElse(null);
                if (key != null && cache.has(key)) {
                    keys.put(meta.id(), key);
                    // A document the live generation holds as it is now needs its view only (its graph is
                    // not replaced); one whose entry an earlier build stored without getting live (a build
                    // killed or refused after it read the text) is a changed graph: SHACL, TDB2, the dump
                    // and the text index need it whole. Its view alone failed SHACL (statements without
                    // their evidence) in every build after such a kill (docs/reliability.md).
                    boolean unchanged = key.equals(index.keys().get(meta.id()));
                    hits.put(meta.id(), CompletableFuture.supplyAsync(() -> unchanged ? cache.loadView(key) : cache.load(key)));
                } else {
                    SourceDocument doc = CorpusReader.readDocument(in.corpus().resolve(meta.file()), meta); // says what is wrong with a bad file
                    keys.put(meta.id(), cache.key(meta, doc.sha256()));
                    readById.put(meta.id(), doc);
                }
            }
            // the live generation's meta graph as it was loaded (the change log and the TDB2 update compare with it)
            CompletableFuture<Optional<DatasetGraph>> liveMeta = CompletableFuture.supplyAsync(() -> cache.loadView(metaKey(index.generation())));
            List<SourceDocument> first = List.copyOf(readById.values());
            if (!first.isEmpty()) // HanLP's dictionaries load on the other core meanwhile: the extraction needs them last
                org.w3id.dgkg.extract.Segmenter.warmUp();
            CompletableFuture<Extraction> extracted = pipelineRead.thenApplyAsync(p -> p.extract(new Corpus(in.corpus(), first)));
            Map<String, DatasetGraph> cached = new LinkedHashMap<>();
            try {
                boolean late = false;
                for (DocumentMeta meta : metas) {
                    if (!hits.containsKey(meta.id()))
                        continue;
                    Optional<DatasetGraph> hit = join(hits.get(meta.id()));
                    if (hit.isPresent()) {
                        cached.put(meta.id(), hit.get());
                    } else { // the entry could not be read after all (the cache removed it): the document is read too
                        readById.put(meta.id(), CorpusReader.readDocument(in.corpus().resolve(meta.file()), meta));
                        late = true;
                    }
                }
                if (late) { // extracted again with the others, in manifest order, once the first extraction has ended
                    List<SourceDocument> all = metas.stream().map(m -> readById.get(m.id())).filter(java.util.Objects::nonNull).toList();
                    ExtractionPipeline p = join(pipelineRead);
                    extracted = extracted.handle((x, e) -> (Void) null).thenApplyAsync(v -> p.extract(new Corpus(in.corpus(), all)));
                }
            } catch (RuntimeException e) {
                settle(extracted);
                throw e;
            }
            List<SourceDocument> read = metas.stream().map(m -> readById.get(m.id())).filter(java.util.Objects::nonNull).toList();
            ExtractionPipeline pipeline = join(pipelineRead);
            OntologySources sources = pipeline.sources();

            progress.step("extracting from " + read.size() + " documents (" + cached.size() + " from the cache)");
            Corpus part = new Corpus(in.corpus(), read);
            // the changed documents are extracted (CPU, in extract/) while this thread assembles the
            // live generation for the change log from the cache entries
            ChangeLog.Previous previous;
            Optional<DatasetGraph> oldMeta;
            try {
                oldMeta = join(liveMeta);
                previous = liveFromCache(cache, index, sources, keys, cached, oldMeta)
                        .map(old -> ChangeLog.previous(old, live))
                        .orElseGet(() -> ChangeLog.previous(store)); // else the live dump is parsed
            } catch (RuntimeException e) {
                settle(extracted);
                throw e;
            }
            ShapesValidator shapes = join(shapesRead);
            Extraction extraction = join(extracted);

            progress.step("writing RDF");
            Instant built = Instant.now();
            DatasetGraph dsg = linking(pipeline.write(part, extraction, new BuildInfo(Version.get(), built, fingerprint)).asDatasetGraph());
            Dataset dataset = org.apache.jena.query.DatasetFactory.wrap(dsg);
            // the counts graph: each document's counts, summed (CorpusCounts), as a full build makes it
            org.w3id.dgkg.rdf.CorpusCounts counts = new org.w3id.dgkg.rdf.CorpusCounts();
            Map<String, Long> sizes = new LinkedHashMap<>();
            for (SourceDocument d : read) {
                DatasetGraph own = DocumentQuads.of(dsg, d.id());
                counts.add(own); // gives it its counts graph, stored with it
                sizes.put(d.id(), graphSize(own, DGKG.documentGraph(d.id())));
                cache.store(keys.get(d.id()), own, IncrementalBuild::inView);
            }
            // the graphs the TDB2 update compares in memory, as the live generation holds them (read before
            // the cached views give their counts graphs up below)
            Map<Node, org.apache.jena.graph.Graph> replaced = liveGraphs(cache, index, keys, cached, oldMeta);
            // the cached documents' views are linked into the dataset, not copied (nothing writes into them);
            // their counts were stored with them
            cached.forEach((id, view) -> {
                counts.addCounted(view);
                view.removeGraph(org.w3id.dgkg.rdf.MentionCounts.GRAPH);
                DocumentQuads.link(dsg, view, id);
                Long liveSize = isLive(index, id, keys) ? index.sizes().get(id) : null;
                sizes.put(id, liveSize != null ? liveSize : graphSize(view, DGKG.documentGraph(id)));
            });
            counts.writeTo(dsg); // replaced below like the meta graph
            // the build's description lists every document; the writer listed those it read
            Node ds = NodeFactory.createURI(DGKG.BASE);
            for (String id : cached.keySet())
                dsg.add(DGKG.GRAPH_META, ds, DCTerms.source.asNode(), NodeFactory.createURI(DGKG.documentIri(id)));
            ChangeLog.record(dsg, previous, built, fingerprint);

            Set<Node> changed = new HashSet<>();
            changed.add(DGKG.GRAPH_META);
            keys.forEach((id, key) -> {
                if (!key.equals(index.keys().get(id)) || !cached.containsKey(id))
                    changed.add(DGKG.documentGraph(id));
            });
            index.keys().keySet().stream().filter(id -> !keys.containsKey(id)).forEach(id -> changed.add(DGKG.documentGraph(id)));
            int changedDocs = changed.size() - 1;
            changed.add(org.w3id.dgkg.rdf.MentionCounts.GRAPH);

            progress.step("validating " + changedDocs + " changed document graphs with SHACL while updating " + live.name());
            // the summary's figures are read from the dataset meanwhile (nothing writes into it any more)
            Map<Node, org.apache.jena.graph.Graph> graphs = Figures.graphsOf(dsg);
            Map<Node, Long> documentSizes = new LinkedHashMap<>();
            sizes.forEach((id, n) -> documentSizes.put(DGKG.documentGraph(id), n));
            CompletableFuture<Figures> figures = CompletableFuture.supplyAsync(() -> Figures.of(graphs, documentSizes));
            // the checks of a full build on the graphs that changed (the ontology, reference and shapes did not)
            Tdb2Store.Pending pending;
            try {
                pending = BuildPipeline.validateWhileLoading(
                        loadFailed -> Txn.executeRead(dsg, () -> GraphByGraphValidation.requireConformsChanged(shapes, dsg, changed, loadFailed)),
                        stop -> update.apply(dataset, changed, fingerprint, () -> whole(dsg, cache, keys, cached.keySet()), replaced));
            } catch (RuntimeException e) {
                settle(figures);
                throw e;
            }
            progress.step("switching to the new generation");
            boolean reloaded = pending.reloadedInFull();
            Generation gen = pending.commit();
            recordLive(in, cache, gen, keys, sizes, dsg);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            String how = "incremental: " + read.size() + " document" + (read.size() == 1 ? "" : "s") + " read, "
                    + cached.size() + " from cache, " + changedDocs + " document graph" + (changedDocs == 1 ? "" : "s") + " replaced"
                    + (reloaded ? ", generation loaded in full" : "");
            Figures f = join(figures);
            BuildSummary summary = new BuildSummary(metas.size(), f.byClass(), f.annotations(), f.facts(), f.byGraph(), gen.quads(), millis,
                    gen.name(), extraction.corrections(), how);
            LOG.info("Build finished ({}): {} documents, {} quads, {} ms", how, summary.documents(), summary.quads(), millis);
            return summary;
        }
    }

    /**
     * Graphs of the live generation that this build replaces, known without reading TDB2, so that
     * the update compares them with the new ones in memory ({@code Tdb2Store.Update.apply}): the
     * meta graph (its cache entry holds it as it was loaded), the counts graph (the sum of the
     * counts stored with the live generation's documents: the whole corpus's counts, as that build
     * summed them; left out when an entry cannot be read) and, empty, the graph of each document
     * that the live generation does not have. A changed or removed document's graph is compared
     * as TDB2 stores it. Should any of these not be what TDB2 holds, the update finds the graph's
     * size wrong and loads the generation in full.
     */
    private static Map<Node, org.apache.jena.graph.Graph> liveGraphs(DocumentCache cache, CacheIndex index, Map<String, String> keys,
            Map<String, DatasetGraph> cached, Optional<DatasetGraph> meta) {
        Map<Node, org.apache.jena.graph.Graph> live = new java.util.HashMap<>();
        meta.filter(m -> m.containsGraph(DGKG.GRAPH_META)).ifPresent(m -> live.put(DGKG.GRAPH_META, m.getGraph(DGKG.GRAPH_META)));
        org.apache.jena.sparql.core.DatasetGraph counted = liveCounts(cache, index, keys, cached);
        if (counted != null)
            live.put(org.w3id.dgkg.rdf.MentionCounts.GRAPH, counted.getGraph(org.w3id.dgkg.rdf.MentionCounts.GRAPH));
        keys.keySet().stream().filter(id -> !index.keys().containsKey(id))
                .forEach(id -> live.put(DGKG.documentGraph(id), org.apache.jena.graph.Graph.emptyGraph));
        return live;
    }

    /** The live generation's counts graph summed from its documents' entries, or null when one cannot be read. */
    private static DatasetGraph liveCounts(DocumentCache cache, CacheIndex index, Map<String, String> keys, Map<String, DatasetGraph> cached) {
        org.w3id.dgkg.rdf.CorpusCounts sum = new org.w3id.dgkg.rdf.CorpusCounts();
        for (Map.Entry<String, String> e : index.keys().entrySet()) {
            Optional<DatasetGraph> entry = e.getValue().equals(keys.get(e.getKey())) && cached.containsKey(e.getKey())
                    ? Optional.of(cached.get(e.getKey())) : cache.loadView(e.getValue());
            if (entry.isEmpty())
                return null;
            sum.addCounted(entry.get());
        }
        DatasetGraph out = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        sum.writeTo(out);
        return out;
    }

    /**
     * A dataset that holds {@code written}'s graphs by link (the same graph objects), so that the
     * cached documents' graphs can be linked in beside them rather than copied quad by quad
     * ({@link DocumentQuads#link}). A graph asked for that it lacks is made empty, as in {@code written}.
     */
    private static DatasetGraph linking(DatasetGraph written) {
        DatasetGraph dsg = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        written.getDefaultGraph().find().forEach(dsg.getDefaultGraph()::add);
        written.listGraphNodes().forEachRemaining(g -> dsg.addGraph(g, written.getGraph(g)));
        return dsg;
    }

    /**
     * Whether the corpus-wide steps of an incremental build read quad {@code q} of an unchanged
     * document, so that its cache entry keeps it in the view ({@link DocumentCache#loadView}):
     * its description in the meta graph and its counts (every quad outside its document graph),
     * and of its document graph what the change log compares, what SHACL reads about the
     * resources other graphs use (classes, labels, acronyms), the labels and sentences the text
     * index is made from, and what the build's summary counts (mentions, statements). The
     * rest (selectors, targets, confidences, relations between entities) is read only when the
     * whole dataset is needed (a generation loaded in full).
     */
    static boolean inView(org.apache.jena.sparql.core.Quad q) {
        Node g = q.getGraph();
        if (!isDocumentGraph(g))
            return true;
        Node p = q.getPredicate();
        return ChangeLog.neededFromDocumentGraph(q) || GraphByGraphValidation.Descriptions.describes(q) || TextIndexer.indexes(p)
                || p.equals(DGKG.OA_motivatedBy.asNode()) && q.getObject().equals(DGKG.OA_identifying.asNode())
                || p.equals(RDF.type.asNode()) && q.getObject().equals(RDF.Statement.asNode());
    }

    /** Whether document {@code id} is in the live generation as it is now (same cache key). */
    private static boolean isLive(CacheIndex index, String id, Map<String, String> keys) {
        return keys.get(id) != null && keys.get(id).equals(index.keys().get(id));
    }

    private static final String DOCUMENT_GRAPHS = DGKG.documentGraph("").getURI();

    private static boolean isDocumentGraph(Node g) {
        return g.isURI() && g.getURI().startsWith(DOCUMENT_GRAPHS);
    }

    private static long graphSize(DatasetGraph dsg, Node g) {
        return dsg.containsGraph(g) ? dsg.getGraph(g).size() : 0;
    }

    /**
     * The whole dataset of an incremental build: {@code dsg} with each cached document's view
     * replaced by its whole graph, read from the cache. Needed only when the generation is
     * loaded in full (a literal TDB2 stored in another form) or the live dump lacks a graph.
     */
    private static DatasetGraph whole(DatasetGraph dsg, DocumentCache cache, Map<String, String> keys, Set<String> cachedIds) {
        DatasetGraph out = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        Set<Node> views = new HashSet<>();
        cachedIds.forEach(id -> views.add(DGKG.documentGraph(id)));
        Txn.executeRead(dsg, () -> {
            dsg.getDefaultGraph().find().forEach(out.getDefaultGraph()::add);
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!views.contains(g)) // linked: the same graph objects
                    out.addGraph(g, dsg.getGraph(g));
            });
        });
        for (String id : cachedIds) {
            Node g = DGKG.documentGraph(id);
            DatasetGraph entry = cache.load(keys.get(id)).orElseThrow(() -> new DgkgException("the build cache entry of document " + id
                    + " in " + cache.directory() + " cannot be read; build again with ./dgkg build --full"));
            if (entry.containsGraph(g))
                out.addGraph(g, entry.getGraph(g));
        }
        return out;
    }

    /** SHA-256 of a file's bytes, or empty when it cannot be read (the document reader then says why). */
    private static Optional<String> sha256(Path file) {
        try {
            return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The summary's figures read from the dataset (the extraction covers only the documents read). */
    private record Figures(Map<String, Long> byGraph, Map<String, Long> byClass, long annotations, long facts) {
        /**
         * The graphs of {@code dsg}, taken on the calling thread: the figures are then read from
         * them on another thread while the dataset is validated and loaded, without touching the
         * dataset's own map of graphs (asking it for a graph it lacks adds one).
         */
        static Map<Node, org.apache.jena.graph.Graph> graphsOf(DatasetGraph dsg) {
            Map<Node, org.apache.jena.graph.Graph> graphs = new LinkedHashMap<>();
            graphs.put(org.apache.jena.sparql.core.Quad.defaultGraphIRI, dsg.getDefaultGraph());
            dsg.listGraphNodes().forEachRemaining(g -> graphs.put(g, dsg.getGraph(g)));
            return graphs;
        }

        /** {@code sizes}: the true sizes of graphs {@code graphs} holds only in part (the cached documents' views). */
        static Figures of(Map<Node, org.apache.jena.graph.Graph> graphs, Map<Node, Long> sizes) {
            Map<String, Long> byGraph = new TreeMap<>();
            Map<String, Long> byClass = new TreeMap<>();
            long annotations = 0, facts = 0;
            Set<Node> used = new HashSet<>();
            for (Map.Entry<Node, org.apache.jena.graph.Graph> e : graphs.entrySet()) {
                org.apache.jena.graph.Graph g = e.getValue();
                if (!org.apache.jena.sparql.core.Quad.isDefaultGraph(e.getKey()))
                    byGraph.put(e.getKey().getURI().replace(DGKG.GRAPH, "graph/"), sizes.getOrDefault(e.getKey(), g.size() * 1L));
                for (var it = g.find(Node.ANY, DGKG.OA_motivatedBy.asNode(), DGKG.OA_identifying.asNode()); it.hasNext();) {
                    annotations++;
                    g.find(it.next().getSubject(), DGKG.OA_hasBody.asNode(), Node.ANY).forEach(b -> used.add(b.getObject()));
                }
                for (var it = g.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode()); it.hasNext();) {
                    facts++;
                    Node st = it.next().getSubject();
                    g.find(st, RDF.subject.asNode(), Node.ANY).forEach(b -> used.add(b.getObject()));
                    g.find(st, RDF.object.asNode(), Node.ANY).forEach(b -> {
                        if (b.getObject().isURI())
                            used.add(b.getObject());
                    });
                }
            }
            // an entity's class as the extraction gave it (a full build counts those): the dgkg class a
            // document graph states, looked up in the documents' order; else any class any graph states
            List<org.apache.jena.graph.Graph> inOrder = new ArrayList<>();
            graphs.entrySet().stream().filter(e -> isDocumentGraph(e.getKey())).sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Node::getURI)))
                    .forEach(e -> inOrder.add(e.getValue()));
            graphs.forEach((g, graph) -> {
                if (!isDocumentGraph(g))
                    inOrder.add(graph);
            });
            for (Node e : used) {
                String type = null, other = null;
                for (org.apache.jena.graph.Graph g : inOrder) {
                    for (var types = g.find(e, RDF.type.asNode(), Node.ANY); types.hasNext() && type == null;) {
                        String t = types.next().getObject().toString();
                        if (t.startsWith(DGKG.NS))
                            type = t;
                        else if (other == null)
                            other = t;
                    }
                    if (type != null)
                        break;
                }
                type = type != null ? type : other != null ? other : "?";
                byClass.merge(type.startsWith(DGKG.NS) ? type.substring(DGKG.NS.length()) : type, 1L, Long::sum);
            }
            return new Figures(byGraph, byClass, annotations, facts);
        }
    }
}

package org.w3id.dgkg.cli;

import static org.w3id.dgkg.cli.ParallelParts.join;
import static org.w3id.dgkg.cli.ParallelParts.settle;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.changes.ChangeLog;
import org.w3id.dgkg.extract.Entity;
import org.w3id.dgkg.extract.Extraction;
import org.w3id.dgkg.extract.Segmenter;
import org.w3id.dgkg.ingest.Corpus;
import org.w3id.dgkg.ingest.CorpusReader;
import org.w3id.dgkg.rdf.BuildInfo;
import org.w3id.dgkg.rdf.DatasetWriter;
import org.w3id.dgkg.rdf.ExtractionPipeline;
import org.w3id.dgkg.store.Generation;
import org.w3id.dgkg.store.StagedGraphs;
import org.w3id.dgkg.store.Tdb2Store;
import org.w3id.dgkg.store.TextIndexer;
import org.w3id.dgkg.validate.GraphByGraphValidation;
import org.w3id.dgkg.validate.ShapesValidator;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Wires the pipeline steps: ingest → extract → rdf → validate → store. Holds no logic of its
 * own beyond order and reporting; each step is its package's entry class.
 */
final class BuildPipeline {
    private static final Logger LOG = LoggerFactory.getLogger(BuildPipeline.class);

    record Inputs(Path corpus, Path ontology, Path shapes, Path db) {
        List<Path> all() {
            return List.of(corpus, ontology, shapes);
        }
    }

    private BuildPipeline() {}

    /** True when the live database was built from exactly these inputs by this code. */
    static boolean upToDate(Inputs in) {
        Optional<Generation> g = Tdb2Store.at(in.db()).current();
        return g.isPresent() && g.get().fingerprint().equals(Fingerprint.of(in.all()));
    }

    static BuildSummary run(Inputs in) {
        return run(in, false);
    }

    /** {@code full}: read every document even when the live generation and the build cache allow an incremental build. */
    static BuildSummary run(Inputs in, boolean full) {
        if (!full) {
            Optional<BuildSummary> incremental = IncrementalBuild.tryRun(in);
            if (incremental.isPresent())
                return incremental.get();
        }
        long t0 = System.nanoTime();
        // Jena initialises itself on first use; from several threads at once that can deadlock
        org.apache.jena.sys.JenaSystem.init();
        // What comes before the extraction ran on one core, one step after the other; now the
        // corpus, the shapes and the fingerprint are read, and HanLP's dictionaries loaded, on
        // other threads while this one parses the ontology and makes the extractor
        // (docs/benchmarks.md, "cold build: the start on both cores").
        Segmenter.warmUp();
        CompletableFuture<Corpus> corpusRead = CompletableFuture.supplyAsync(() -> CorpusReader.read(in.corpus()));
        CompletableFuture<ShapesValidator> shapesRead = CompletableFuture.supplyAsync(() -> ShapesValidator.fromFiles(in.shapes()));
        CompletableFuture<String> fingerprinted = CompletableFuture.supplyAsync(() -> Fingerprint.of(in.all()));
        Tdb2Store store = Tdb2Store.at(in.db());
        ChangeLog.Previous previous = ChangeLog.previous(store); // read while extracting
        try (Progress progress = new Progress("build", 5)) {
            progress.step("reading corpus " + in.corpus());
            ExtractionPipeline pipeline;
            Corpus corpus;
            ShapesValidator shapes;
            String fingerprint;
            try {
                pipeline = ExtractionPipeline.load(in.ontology()).prepare();
                corpus = join(corpusRead);
                shapes = join(shapesRead);
                fingerprint = join(fingerprinted);
            } catch (RuntimeException e) {
                settle(shapesRead);
                settle(fingerprinted);
                join(corpusRead); // a corpus that cannot be read is reported first, as when it was read first
                throw e;
            }
            TextIndexer.warmUp(); // its analyser is needed at the load, at the end; it loads beside the extraction

            progress.step("extracting from " + corpus.documents().size() + " documents");
            Extraction extraction = pipeline.extract(corpus);
            Map<String, Long> byClass = entitiesByClass(extraction);
            long mentions = extraction.mentions().size();
            long facts = extraction.facts().size();
            List<String> corrections = extraction.corrections();

            // the new generation's folder, removed again unless the build gets as far as the switch
            try (Tdb2Store.Staging staging = store.stage()) {
                progress.step("writing RDF graph by graph into " + staging.graphs().directory());
                Instant built = Instant.now();
                DatasetWriter writer = pipeline.writer(new BuildInfo(Version.get(), built, fingerprint));
                // the graphs that are no document's, in memory; the document graphs go to their files one by one
                DatasetGraph shared = DatasetGraphFactory.create();
                writer.writeShared(shared, corpus);
                IncrementalBuild.Filling cache = new IncrementalBuild.Filling(in);
                StreamingBuild.Written written = StreamingBuild.writeDocuments(corpus, writer.documents(corpus, extraction),
                        shared, staging.graphs(), cache);
                extraction = null; // the graphs are written: from here on nothing needs the extraction
                written.counts().writeTo(shared); // helper counts for the queries, in graph/counts
                // what this generation changes against the live one, recorded in its own meta graph
                ChangeLog.record(shared, previous, built, fingerprint);
                // the document graphs' quads were kept for the change log only (their files hold them whole)
                for (Node g : written.sizes().keySet())
                    shared.removeGraph(g);
                Map<Node, Long> sizes = new java.util.HashMap<>(written.sizes());
                for (Node g : List.of(DGKG.GRAPH_ONTOLOGY, DGKG.GRAPH_REFERENCE, DGKG.GRAPH_META, org.w3id.dgkg.rdf.MentionCounts.GRAPH)) {
                    long n = staging.graphs().write(g, shared.find(g, Node.ANY, Node.ANY, Node.ANY));
                    if (n > 0)
                        sizes.put(g, n);
                }

                progress.step("validating each graph with SHACL while loading into TDB2 " + in.db());
                GraphByGraphValidation.Streaming validation = new GraphByGraphValidation.Streaming(shapes, shared, written.descriptions());
                List<StagedGraphs.Staged> documentGraphs = staging.graphs().graphs().stream()
                        .filter(s -> sizes.containsKey(s.graph()) && s.graph().getURI().startsWith(DGKG.documentGraph("").getURI())).toList();
                // graph by graph, each read back from its file: the first bad graph stops the load
                Tdb2Store.Pending pending = validateWhileLoading(loadFailed -> {
                    validation.requireSharedConforms();
                    // nothing reads the counts graph from here on (it is written; one triple or two per mention)
                    shared.removeGraph(org.w3id.dgkg.rdf.MentionCounts.GRAPH);
                    for (StagedGraphs.Staged g : documentGraphs) {
                        if (loadFailed.getAsBoolean())
                            throw new org.w3id.dgkg.DgkgException("SHACL validation stopped: the load running at the same time failed");
                        validation.requireDocumentConforms(g.graph(), StagedGraphs.readGraph(g));
                    }
                    LOG.info("SHACL: {} document graphs and the shared graphs conform", documentGraphs.size());
                }, stop -> staging.load(fingerprint, stop));
                progress.step("switching to the new generation");
                Generation gen = pending.commit();
                cache.committed(corpus, gen, shared);
                Map<String, Long> byGraph = new TreeMap<>();
                sizes.forEach((g, n) -> byGraph.put(g.getURI().replace(DGKG.GRAPH, "graph/"), n));
                BuildSummary summary = new BuildSummary(corpus.documents().size(), byClass, mentions, facts, byGraph, gen.quads(),
                        (System.nanoTime() - t0) / 1_000_000, gen.name(), corrections);
                LOG.info("Build finished: {} documents, {} quads, {} ms", summary.documents(), summary.quads(), summary.millis());
                return summary;
            }
        }
    }

    /**
     * Validates the graph {@code toValidate} supplies on another thread while {@code load} writes
     * the new generation; the generation is returned ready to switch only if both succeeded. A
     * failed validation (violations, or an error such as running out of memory) stops the load at
     * once: {@code load} is given a signal it polls, so the failure is reported within moments,
     * not after the whole store step. A failed load cancels the validation.
     */
    static Tdb2Store.Pending validateWhileLoading(ShapesValidator shapes, java.util.function.Supplier<org.apache.jena.graph.Graph> toValidate,
            java.util.function.Function<java.util.function.BooleanSupplier, Tdb2Store.Pending> load) {
        return validateWhileLoading(loadFailed -> shapes.requireConforms("the built graph", toValidate.get()), load);
    }

    /**
     * The same with any validation: {@code validate} throws on a violation and may poll the signal
     * it is given, which says that the load failed (then there is nothing left to validate for).
     */
    static Tdb2Store.Pending validateWhileLoading(java.util.function.Consumer<java.util.function.BooleanSupplier> validate,
            java.util.function.Function<java.util.function.BooleanSupplier, Tdb2Store.Pending> load) {
        java.util.concurrent.atomic.AtomicBoolean loadFailed = new java.util.concurrent.atomic.AtomicBoolean();
        CompletableFuture<Void> validation = CompletableFuture.runAsync(() -> validate.accept(loadFailed::get));
        Tdb2Store.Pending pending;
        try {
            pending = load.apply(validation::isCompletedExceptionally);
        } catch (RuntimeException e) {
            if (validation.isCompletedExceptionally())
                throw validationFailure(validation, e);
            loadFailed.set(true);
            validation.cancel(true);
            throw e;
        }
        try {
            validation.join();
        } catch (CompletionException e) {
            pending.abort();
            throw validationFailure(validation, null);
        }
        return pending;
    }

    /** The validation's own error (a violation report, or whatever stopped it), with the stopped load's as suppressed. */
    private static RuntimeException validationFailure(CompletableFuture<Void> validation, RuntimeException stoppedLoad) {
        Throwable cause;
        try {
            validation.join();
            return stoppedLoad;
        } catch (CompletionException e) {
            cause = e.getCause() == null ? e : e.getCause();
        } catch (java.util.concurrent.CancellationException e) {
            cause = e;
        }
        RuntimeException out = cause instanceof RuntimeException re ? re
                : cause instanceof OutOfMemoryError oom ? new org.w3id.dgkg.DgkgException(
                        "SHACL validation ran out of memory (" + oom.getMessage() + "); give the build more heap (DGKG_JAVA_OPTS=-Xmx…)")
                : new CompletionException(cause);
        if (stoppedLoad != null && stoppedLoad != out)
            out.addSuppressed(stoppedLoad);
        return out;
    }

    private static Map<String, Long> entitiesByClass(Extraction extraction) {
        Map<String, Long> byClass = new TreeMap<>();
        for (Entity e : extraction.entities())
            byClass.merge(e.type().startsWith(DGKG.NS) ? e.type().substring(DGKG.NS.length()) : e.type(), 1L, Long::sum);
        return byClass;
    }
}

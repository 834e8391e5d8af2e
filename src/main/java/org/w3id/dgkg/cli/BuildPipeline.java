package org.w3id.dgkg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.changes.ChangeLog;
import org.w3id.dgkg.extract.Entity;
import org.w3id.dgkg.extract.Extraction;
import org.w3id.dgkg.ingest.Corpus;
import org.w3id.dgkg.ingest.CorpusReader;
import org.w3id.dgkg.rdf.BuildInfo;
import org.w3id.dgkg.rdf.ExtractionPipeline;
import org.w3id.dgkg.store.Generation;
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
        String fingerprint = Fingerprint.of(in.all());
        ChangeLog.Previous previous = ChangeLog.previous(Tdb2Store.at(in.db())); // read while extracting
        Dataset dataset;
        Extraction extraction;
        Corpus corpus;
        try (Progress progress = new Progress("build", 5)) {
            progress.step("reading corpus " + in.corpus());
            TextIndexer.warmUp(); // on the other core while this one reads and extracts
            corpus = CorpusReader.read(in.corpus());
            ExtractionPipeline pipeline = ExtractionPipeline.load(in.ontology());
            ShapesValidator shapes = ShapesValidator.fromFiles(in.shapes());

            progress.step("extracting from " + corpus.documents().size() + " documents");
            extraction = pipeline.extract(corpus);

            progress.step("writing RDF");
            Instant built = Instant.now();
            dataset = pipeline.write(corpus, extraction, new BuildInfo(Version.get(), built, fingerprint));
            org.w3id.dgkg.rdf.MentionCounts.addTo(dataset.asDatasetGraph()); // helper counts for the queries, in graph/counts
            IncrementalBuild.Remembered cache = IncrementalBuild.remember(in, corpus, dataset.asDatasetGraph());
            // what this generation changes against the live one, recorded in its own meta graph
            ChangeLog.record(dataset.asDatasetGraph(), previous, built, fingerprint);

            progress.step("validating with SHACL while loading into TDB2 " + in.db());
            // The two only read the dataset; the new generation goes live only if the graph conforms.
            DatasetGraph dsg = dataset.asDatasetGraph();
            // graph by graph: no second copy of the whole dataset in memory, and the first bad graph stops the load
            Tdb2Store.Pending pending = validateWhileLoading(
                    loadFailed -> Txn.executeRead(dsg, () -> GraphByGraphValidation.requireConforms(shapes, dsg, loadFailed)),
                    stop -> Tdb2Store.at(in.db()).prepare(dataset, fingerprint, stop));
            progress.step("switching to the new generation");
            Generation gen = pending.commit();
            cache.committed(gen);
            BuildSummary summary = summarise(corpus, extraction, dataset, gen, (System.nanoTime() - t0) / 1_000_000);
            LOG.info("Build finished: {} documents, {} quads, {} ms", summary.documents(), summary.quads(), summary.millis());
            return summary;
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

    private static BuildSummary summarise(Corpus corpus, Extraction extraction, Dataset dataset, Generation gen, long millis) {
        Map<String, Long> byClass = new TreeMap<>();
        for (Entity e : extraction.entities())
            byClass.merge(e.type().startsWith(DGKG.NS) ? e.type().substring(DGKG.NS.length()) : e.type(), 1L, Long::sum);
        Map<String, Long> byGraph = new TreeMap<>();
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> byGraph.put(
                g.getURI().replace(DGKG.GRAPH, "graph/"), dsg.getGraph(g).size() * 1L)));
        return new BuildSummary(corpus.documents().size(), byClass, extraction.mentions().size(),
                extraction.facts().size(), byGraph, gen.quads(), millis, gen.name(), extraction.corrections());
    }
}

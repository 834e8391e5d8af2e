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
import org.w3id.dgkg.extract.Extractor;
import org.w3id.dgkg.extract.Reference;
import org.w3id.dgkg.ingest.Corpus;
import org.w3id.dgkg.ingest.CorpusReader;
import org.w3id.dgkg.rdf.BuildInfo;
import org.w3id.dgkg.rdf.DatasetWriter;
import org.w3id.dgkg.rdf.OntologySources;
import org.w3id.dgkg.store.Generation;
import org.w3id.dgkg.store.Tdb2Store;
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
            corpus = CorpusReader.read(in.corpus());
            OntologySources sources = OntologySources.load(in.ontology());
            ShapesValidator shapes = ShapesValidator.fromFiles(in.shapes());

            progress.step("extracting from " + corpus.documents().size() + " documents");
            extraction = Extractor.create(Reference.load(sources.ontology(), sources.reference()), in.ontology()).extract(corpus);

            progress.step("writing RDF");
            Instant built = Instant.now();
            dataset = DatasetWriter.create(sources.ontology(), sources.reference(),
                    new BuildInfo(Version.get(), built, fingerprint)).write(corpus, extraction);
            org.w3id.dgkg.rdf.MentionCounts.addTo(dataset.asDatasetGraph()); // helper counts for the queries, in graph/counts
            IncrementalBuild.Remembered cache = IncrementalBuild.remember(in, corpus, dataset.asDatasetGraph());
            // what this generation changes against the live one, recorded in its own meta graph
            ChangeLog.record(dataset.asDatasetGraph(), previous, built, fingerprint);

            progress.step("validating with SHACL while loading into TDB2 " + in.db());
            // The two only read the dataset; the new generation goes live only if the graph conforms.
            DatasetGraph dsg = dataset.asDatasetGraph();
            Tdb2Store.Pending pending = validateWhileLoading(shapes, () -> Txn.calculateRead(dsg, () -> unionCopy(dsg)),
                    () -> Tdb2Store.at(in.db()).prepare(dataset, fingerprint));
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
     * the new generation; the generation is returned ready to switch only if both succeeded (a
     * violation aborts the load, a failed load cancels the validation).
     */
    static Tdb2Store.Pending validateWhileLoading(ShapesValidator shapes, java.util.function.Supplier<org.apache.jena.graph.Graph> toValidate,
            java.util.function.Supplier<Tdb2Store.Pending> load) {
        CompletableFuture<Void> validation = CompletableFuture.runAsync(() -> shapes.requireConforms("the built graph", toValidate.get()));
        Tdb2Store.Pending pending;
        try {
            pending = load.get();
        } catch (RuntimeException e) {
            validation.cancel(true);
            throw e;
        }
        try {
            validation.join();
        } catch (CompletionException e) {
            pending.abort();
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
        return pending;
    }

    /** The union of the named graphs as one in-memory graph: SHACL reads it far faster than a union view. */
    private static org.apache.jena.graph.Graph unionCopy(DatasetGraph dsg) {
        org.apache.jena.graph.Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
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

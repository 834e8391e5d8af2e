package org.w3id.dgkg.rdf;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.w3id.dgkg.extract.Extraction;
import org.w3id.dgkg.extract.Extractor;
import org.w3id.dgkg.ingest.Corpus;

/**
 * The one place where the extraction is wired: the curated RDF of an ontology folder, the
 * extractor made from it (reference entities, lexicons, relation cues, curation) and the writer
 * that turns its results into the dataset. The build ({@code cli}) and the evaluation
 * ({@code eval}) both go through it, so they cannot read a corpus differently. It lives here, in
 * the step after extraction, because this package already depends on {@code extract} and
 * {@code ingest}, and both callers on this one.
 */
public final class ExtractionPipeline {
    private final Path ontologyDir;
    private final OntologySources sources;
    private Extractor extractor;

    private ExtractionPipeline(Path ontologyDir, OntologySources sources) {
        this.ontologyDir = Objects.requireNonNull(ontologyDir, "ontologyDir");
        this.sources = Objects.requireNonNull(sources, "sources");
    }

    /** Reads the ontology folder (TBox and reference RDF); the extractor is made on first use. */
    public static ExtractionPipeline load(Path ontologyDir) {
        return new ExtractionPipeline(ontologyDir, OntologySources.load(ontologyDir));
    }

    public OntologySources sources() {
        return sources;
    }

    /**
     * Makes the extractor now rather than at the first {@link #extract} (reference entities,
     * gazetteer, lexicons: a few hundred ms of a cold build), so that a caller can do it while
     * another thread reads the corpus. Returns this pipeline.
     */
    public ExtractionPipeline prepare() {
        extractor();
        return this;
    }

    /** Extracts entities, mentions and facts from the documents of {@code corpus}; nothing when it has none. */
    public Extraction extract(Corpus corpus) {
        if (corpus.documents().isEmpty())
            return new Extraction(List.of(), List.of(), List.of());
        return extractor().extract(corpus);
    }

    /** The dataset of {@code corpus} and its extraction: ontology, reference, meta and document graphs. */
    public Dataset write(Corpus corpus, Extraction extraction, BuildInfo build) {
        return DatasetWriter.create(sources.ontology(), sources.reference(), build).write(corpus, extraction);
    }

    /** The writer {@link #write} uses, for a build that writes the graphs one at a time. */
    public DatasetWriter writer(BuildInfo build) {
        return DatasetWriter.create(sources.ontology(), sources.reference(), build);
    }

    /** {@link #extract} then {@link #write}. */
    public Dataset extractAndWrite(Corpus corpus, BuildInfo build) {
        return write(corpus, extract(corpus), build);
    }

    private synchronized Extractor extractor() {
        if (extractor == null)
            extractor = Extractor.create(ReferenceLoader.load(sources.ontology(), sources.reference()), ontologyDir);
        return extractor;
    }
}

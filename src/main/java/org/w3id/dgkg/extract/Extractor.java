package org.w3id.dgkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.ingest.Corpus;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * Reads entities, mentions and relations out of a corpus, in named stages:
 * <ol>
 * <li>{@link DocumentDiscovery}, per document: names the registry does not have, and aliases;</li>
 * <li>{@link CorpusResolution}, across documents: one IRI per name;</li>
 * <li>{@link DocumentReading}, per document: mentions, then relations and dates, each made a
 *     {@link Fact} with its evidence by {@link RelationFacts};</li>
 * <li>{@link ConcernRule}: co-mentions of actors and issues;</li>
 * <li>{@link CurationApplier}: the maintainers' corrections ({@link Curation}), last.</li>
 * </ol>
 * An extractor holds only reference data that never changes; everything a document's reading
 * remembers lives in that document's stage objects, so reading one document is a function of the
 * document, the reference data and the corpus-wide resolution.
 */
public final class Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

    /** Where the rule data ({@code lexicon/}) is read from when no ontology folder is given: the CLI's default --ontology. */
    public static final Path DEFAULT_ONTOLOGY = Path.of("ontology");

    private final Reference reference;
    private final ReferenceIndex index;
    private final Curation curation;
    private final RelationRules relationRules;
    private final RelationFacts relationFacts;
    /** Threads for the per-document stages. */
    private final int threads;

    private Extractor(Reference reference, Curation curation, Path ontologyDir) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.index = new ReferenceIndex(reference);
        this.curation = Objects.requireNonNull(curation, "curation");
        RelationCues cues = RelationCues.load(ontologyDir);
        this.relationRules = new RelationRules(cues, LearnedRelations.load(ontologyDir, cues));
        this.relationFacts = new RelationFacts(RuleConfidence.load(ontologyDir));
        this.threads = PerDocument.THREADS;
    }

    private Extractor(Extractor other, int threads) {
        this.reference = other.reference;
        this.index = other.index;
        this.curation = other.curation;
        this.relationRules = other.relationRules;
        this.relationFacts = other.relationFacts;
        this.threads = threads;
    }

    /** The same extractor with the per-document stages on {@code threads} threads (1: one after the other). */
    Extractor withThreads(int threads) {
        if (threads < 1)
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        return new Extractor(this, threads);
    }

    /** No curation; the rule data of {@link #DEFAULT_ONTOLOGY}. */
    public static Extractor create(Reference reference) {
        return new Extractor(reference, Curation.none(), DEFAULT_ONTOLOGY);
    }

    /** An extractor with the rule data of {@code ontologyDir/lexicon/} that also applies the corrections in {@code ontologyDir/curation.tsv}, when present. */
    public static Extractor create(Reference reference, Path ontologyDir) {
        Lexicon.use(ontologyDir);
        return new Extractor(reference, Curation.load(ontologyDir), ontologyDir);
    }

    public static Extractor create(Reference reference, Curation curation) {
        return new Extractor(reference, curation, DEFAULT_ONTOLOGY);
    }

    /**
     * Reads {@code corpus}. The two per-document stages run on {@link PerDocument#THREADS} threads (or as {@link #withThreads});
     * the result does not depend on how many.
     */
    public Extraction extract(Corpus corpus) {
        StageTimer.reset();
        Extraction out;
        try (StageTimer.Lap lap = StageTimer.start("extract")) {
            out = extractTimed(corpus);
        }
        StageTimer.report();
        return out;
    }

    private Extraction extractTimed(Corpus corpus) {
        List<SourceDocument> documents = corpus.documents();
        // HanLP loads its dictionaries on first use: load them here, once, before the threads start.
        try (StageTimer.Lap lap = StageTimer.start("segmenter-loaded")) {
            Segmenter.terms("数字治理");
        }
        List<DocumentDiscovery> discoveries = PerDocument.map(documents, threads, doc -> {
            try (StageTimer.Lap lap = StageTimer.start("discovery"); StageTimer.Lap l2 = StageTimer.start("by document/discovery " + doc.id())) {
                return DocumentDiscovery.of(doc, index);
            }
        });
        Map<String, DocumentDiscovery> discoveredByDoc = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++)
            discoveredByDoc.put(documents.get(i).id(), discoveries.get(i));
        CorpusResolution resolved;
        try (StageTimer.Lap lap = StageTimer.start("resolution")) {
            resolved = CorpusResolution.resolve(reference, discoveredByDoc);
        }
        Map<String, Entity> merged = resolved.entities();
        Map<String, Map<String, Entity>> describedByDoc = new HashMap<>(resolved.describedByDoc());

        Map<String, Map<String, Entity>> resolvedHere = resolved.describedByDoc();
        List<DocumentReading.Read> reads = PerDocument.map(documents, threads, doc -> {
            long t0 = System.nanoTime();
            DocumentReading.Read read;
            try (StageTimer.Lap lap = StageTimer.start("reading"); StageTimer.Lap l2 = StageTimer.start("by document/reading " + doc.id())) {
                read = DocumentReading.read(doc, index, relationRules, relationFacts,
                        discoveredByDoc.get(doc.id()), resolvedHere.get(doc.id()));
            }
            LOG.debug("{}: {} mentions, {} facts in {} ms", doc.id(), read.mentions().size(), read.facts().size(),
                    (System.nanoTime() - t0) / 1_000_000);
            return read;
        });
        List<Mention> mentions = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            DocumentReading.Read read = reads.get(i);
            mentions.addAll(read.mentions());
            facts.addAll(read.facts());
            describedByDoc.put(documents.get(i).id(), read.describedHere());
        }
        try (StageTimer.Lap lap = StageTimer.start("concerns")) {
            facts.addAll(ConcernRule.concerns(corpus, mentions, reference, merged));
        }

        Map<String, Entity> entities = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        mentions.forEach(m -> used.add(m.entityIri()));
        for (Fact f : facts) {
            used.add(f.subject());
            if (f.objectIri() != null)
                used.add(f.objectIri());
        }
        for (Entity e : merged.values())
            if (used.contains(e.iri()))
                entities.put(e.iri(), e);
        CurationApplier applied = new CurationApplier(curation, entities, mentions, facts);
        try (StageTimer.Lap lap = StageTimer.start("curation")) {
            applied.apply();
        }
        return new Extraction(List.copyOf(applied.entities.values()), applied.mentions, applied.facts, applied.log,
                Resolution.describedAfterCuration(describedByDoc, entities, applied.entities));
    }
}

package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.ingest.Corpus;
import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;
import org.w3id.dgkg.ingest.Span;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Reads entities, mentions and relations out of a corpus. The registry and the concept schemes
 * come from {@link Reference}; everything else comes from the text.
 */
public final class Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

    /** Words that contain a registry name without being a mention of it. */
    static final Set<String> BLOCKERS = Set.of(
            "发展中国家", "过程中国家", "南美国家", "中美元首", "非联合国", "中小企业");

    private final Reference reference;

    private Extractor(Reference reference) {
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    public static Extractor create(Reference reference) {
        return new Extractor(reference);
    }

    public Extraction extract(Corpus corpus) {
        Gazetteer gazetteer = Gazetteer.of(reference.entities().values(), BLOCKERS);
        Slugs slugs = new Slugs();
        Map<String, Entity> discovered = new TreeMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (SourceDocument doc : corpus.documents()) {
            long t0 = System.nanoTime();
            int before = mentions.size();
            for (Sentence sentence : doc.sentences()) {
                int offset = sentence.span().start();
                for (Gazetteer.Hit hit : gazetteer.find(sentence.text())) {
                    if (hit.entityIris().size() != 1)
                        continue; // ambiguous label: not resolved in this version
                    mentions.add(new Mention(hit.entityIris().iterator().next(), doc.id(),
                            shift(hit.span(), offset), sentence.index(), "gazetteer"));
                }
                for (TitleFinder.Title title : TitleFinder.find(sentence.text())) {
                    String label = Labels.clean(title.name());
                    String key = Labels.key(label);
                    Entity e = discovered.computeIfAbsent(key, k -> newInstrument(label, slugs));
                    mentions.add(new Mention(e.iri(), doc.id(), shift(title.span(), offset), sentence.index(), "title"));
                }
            }
            LOG.debug("{}: {} mentions in {} ms", doc.id(), mentions.size() - before, (System.nanoTime() - t0) / 1_000_000);
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        Set<String> mentioned = new TreeSet<>();
        mentions.forEach(m -> mentioned.add(m.entityIri()));
        reference.entities().values().stream().filter(e -> mentioned.contains(e.iri())).forEach(e -> entities.put(e.iri(), e));
        discovered.values().forEach(e -> entities.put(e.iri(), e));
        return new Extraction(List.copyOf(entities.values()), mentions, List.of());
    }

    private Entity newInstrument(String label, Slugs slugs) {
        String kind = InstrumentKind.of(label);
        return new Entity(DGKG.iri("instrument", slugs.slug(Labels.key(label))), DGKG.NS + kind, label, null,
                Set.of(), null, false);
    }

    private static Span shift(Span s, int offset) {
        return new Span(s.start() + offset, s.end() + offset);
    }
}

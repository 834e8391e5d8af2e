package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.w3id.dgkg.ingest.Corpus;
import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * {@code dgkg:concernedWith}: an actor is concerned with an issue when a document names them in
 * the same sentence at least {@link #MIN_SENTENCES} times. The weight is the share of the actor's
 * sentences in that document that also name the issue (0–1), so a state mentioned everywhere
 * does not look concerned with everything. Each co-mention sentence is a piece of evidence.
 */
final class ConcernRule {
    static final int MIN_SENTENCES = 2;
    static final String RULE = "co-mention";
    private static final double CONFIDENCE = 0.5;

    private ConcernRule() {}

    static List<Fact> concerns(Corpus corpus, List<Mention> mentions, Reference reference, Map<String, Entity> byIri) {
        Map<String, List<Mention>> byDocument = new TreeMap<>();
        for (Mention m : mentions)
            byDocument.computeIfAbsent(m.documentId(), k -> new ArrayList<>()).add(m);
        List<Fact> out = new ArrayList<>();
        for (SourceDocument doc : corpus.documents())
            out.addAll(concerns(doc, byDocument.getOrDefault(doc.id(), List.of()), reference, byIri));
        return out;
    }

    private static List<Fact> concerns(SourceDocument doc, List<Mention> mentions, Reference reference, Map<String, Entity> byIri) {
        Map<Integer, Set<String>> actorsBySentence = new TreeMap<>();
        Map<Integer, Set<String>> issuesBySentence = new TreeMap<>();
        for (Mention m : mentions) {
            Entity e = byIri.get(m.entityIri());
            String top = e == null ? null : reference.topClass(e.type());
            if ("Actor".equals(top))
                actorsBySentence.computeIfAbsent(m.sentence(), k -> new TreeSet<>()).add(m.entityIri());
            else if ("Issue".equals(top))
                issuesBySentence.computeIfAbsent(m.sentence(), k -> new TreeSet<>()).add(m.entityIri());
        }
        Map<String, Integer> actorSentences = new HashMap<>();
        actorsBySentence.values().forEach(as -> as.forEach(a -> actorSentences.merge(a, 1, Integer::sum)));
        Map<String, List<Integer>> together = new TreeMap<>();
        actorsBySentence.forEach((sentence, actors) -> {
            for (String issue : issuesBySentence.getOrDefault(sentence, Set.of()))
                for (String actor : actors)
                    together.computeIfAbsent(actor + " " + issue, k -> new ArrayList<>()).add(sentence);
        });
        List<Fact> out = new ArrayList<>();
        together.forEach((pair, sentences) -> {
            if (sentences.size() < MIN_SENTENCES)
                return;
            String actor = pair.substring(0, pair.indexOf(' '));
            String issue = pair.substring(pair.indexOf(' ') + 1);
            double weight = Math.round(100.0 * sentences.size() / actorSentences.get(actor)) / 100.0;
            for (int index : sentences) {
                Sentence s = doc.sentences().get(index);
                out.add(new Fact(actor, Predicate.CONCERNED_WITH, new Value.EntityRef(issue),
                        doc.id(), s.index(), s.span(), CONFIDENCE, RULE, false, Math.max(0.01, weight)));
            }
        });
        return out;
    }
}

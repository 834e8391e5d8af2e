package org.w3id.dgkg.extract;

import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * The evidence stage: a relation a rule read in a sentence becomes a {@link Fact} with the sentence
 * as evidence and the rule's calibrated confidence ({@code ontology/lexicon/rule-confidence.tsv}).
 */
final class RelationFacts {
    private final RuleConfidence ruleConfidence;

    RelationFacts(RuleConfidence ruleConfidence) {
        this.ruleConfidence = ruleConfidence;
    }

    /** The fact {@code r} states in sentence {@code s} of {@code doc}; null when it relates a thing to itself. */
    Fact fact(RelationRules.Rel r, SourceDocument doc, Sentence s) {
        if (r.subject().equals(r.object()))
            return null;
        Predicate predicate = Predicate.ofRuleName(r.predicate());
        Value object = switch (predicate) {
            case DATE -> Value.Date.parse(r.object());
            case SIGNATORY_COUNT -> Value.Count.parse(r.object());
            default -> new Value.EntityRef(r.object());
        };
        return new Fact(r.subject(), predicate, object, doc.id(), s.index(), s.span(), ruleConfidence.of(r.rule(), r.confidence()),
                r.rule(), r.inferred());
    }
}

package org.w3id.dgkg.extract;

import org.w3id.dgkg.ingest.Span;

/**
 * One relation read from one sentence: {@code subject predicate object} (the subject an entity IRI),
 * with the sentence that states it (its span in normalised text), how sure the rule is, and which
 * rule fired. {@code inferred} marks values completed from context (a date whose year comes from the
 * paragraph); {@code weight}, when not null, grades a derived relation such as {@code dgkg:concernedWith}.
 * Plain data: {@code rdf/} turns it into RDF.
 */
public record Fact(String subject, Predicate predicate, Value object, String documentId, int sentence, Span evidence,
        double confidence, String rule, boolean inferred, Double weight) {
    public Fact {
        if (subject == null || predicate == null || object == null)
            throw new IllegalArgumentException("a fact needs a subject, a predicate and an object");
        if (predicate.takesEntity() != object instanceof Value.EntityRef
                || predicate == Predicate.DATE && !(object instanceof Value.Date)
                || predicate == Predicate.SIGNATORY_COUNT && !(object instanceof Value.Count))
            throw new IllegalArgumentException(predicate.ruleName + " cannot take " + object);
        if (confidence < 0 || confidence > 1)
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        if (weight != null && (weight <= 0 || weight > 1))
            throw new IllegalArgumentException("weight must be in (0,1]: " + weight);
    }

    public Fact(String subject, Predicate predicate, Value object, String documentId, int sentence, Span evidence,
            double confidence, String rule, boolean inferred) {
        this(subject, predicate, object, documentId, sentence, evidence, confidence, rule, inferred, null);
    }

    /** The object's IRI when it is an entity, else null. */
    public String objectIri() {
        return object.entityIri();
    }
}

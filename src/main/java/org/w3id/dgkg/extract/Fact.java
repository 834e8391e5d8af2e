package org.w3id.dgkg.extract;

import org.apache.jena.graph.Node;
import org.w3id.dgkg.ingest.Span;

/**
 * One relation read from one sentence: {@code subject predicate object}, with the sentence that
 * states it (its span in normalised text), how sure the rule is, and which rule fired.
 * {@code inferred} marks values completed from context (a date whose year comes from the paragraph);
 * {@code weight}, when not null, grades a derived relation such as {@code dgkg:concernedWith}.
 */
public record Fact(Node subject, Node predicate, Node object, String documentId, int sentence, Span evidence,
        double confidence, String rule, boolean inferred, Double weight) {
    public Fact {
        if (confidence < 0 || confidence > 1)
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        if (weight != null && (weight <= 0 || weight > 1))
            throw new IllegalArgumentException("weight must be in (0,1]: " + weight);
    }

    public Fact(Node subject, Node predicate, Node object, String documentId, int sentence, Span evidence,
            double confidence, String rule, boolean inferred) {
        this(subject, predicate, object, documentId, sentence, evidence, confidence, rule, inferred, null);
    }
}

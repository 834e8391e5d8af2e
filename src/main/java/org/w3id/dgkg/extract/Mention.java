package org.w3id.dgkg.extract;

import org.w3id.dgkg.ingest.Span;

/**
 * One place where a document names an entity. {@code span} is in the document's normalised
 * text; the RDF writer maps it to the original file. {@code rule} says which finder produced it.
 */
public record Mention(String entityIri, String documentId, Span span, int sentence, String rule) {}

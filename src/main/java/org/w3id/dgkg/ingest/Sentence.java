package org.w3id.dgkg.ingest;

/**
 * A sentence of a document's normalised text. {@code span} is in normalised coordinates; map it
 * back with {@link NormalisedText#toOriginal(Span)}. {@code paragraph} numbers paragraphs from 0
 * so that rules can look for context (a year) in the same paragraph.
 */
public record Sentence(int index, int paragraph, Span span, String text) {}

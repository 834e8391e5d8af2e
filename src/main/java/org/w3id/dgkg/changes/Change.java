package org.w3id.dgkg.changes;

import java.util.Objects;

/**
 * One difference between two generations: a document added, changed or removed; an entity
 * added or removed; a fact (a statement a document supports) added or removed, with the
 * sentence that states it. Labels are kept so that what was removed can still be named.
 * Fact fields are null for documents and entities.
 */
public record Change(Kind kind, Action action, String iri, String label, String type,
        String subject, String predicate, String object, String subjectLabel, String objectLabel,
        String document, String evidence) {

    public enum Kind { DOCUMENT, ENTITY, FACT }

    public enum Action { ADDED, CHANGED, REMOVED }

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(iri, "iri");
    }

    static Change document(Action action, String iri, String title) {
        return new Change(Kind.DOCUMENT, action, iri, title, null, null, null, null, null, null, null, null);
    }

    static Change entity(Action action, String iri, String label, String type) {
        return new Change(Kind.ENTITY, action, iri, label, type, null, null, null, null, null, null, null);
    }

    /** What identifies the change across generations: the resource, or for a fact the triple and its document. */
    public String key() {
        return kind == Kind.FACT ? document + " " + subject + " " + predicate + " " + object : iri;
    }

    /** The document id of a document IRI or of a fact's document, e.g. {@code un-sg-policy-brief}. */
    public String documentId() {
        String d = kind == Kind.DOCUMENT ? iri : document;
        return d == null ? null : d.substring(d.lastIndexOf('/') + 1);
    }

    /** The local name of the fact's predicate or the entity's class, e.g. {@code signatory}. */
    public static String localName(String iri) {
        if (iri == null)
            return "";
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1);
    }

    Change with(Action a) {
        return new Change(kind, a, iri, label, type, subject, predicate, object, subjectLabel, objectLabel, document, evidence);
    }
}

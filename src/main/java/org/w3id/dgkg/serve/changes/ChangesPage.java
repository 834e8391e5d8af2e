package org.w3id.dgkg.serve.changes;

import java.util.List;
import org.w3id.dgkg.changes.Change;
import org.w3id.dgkg.changes.ChangeLog;
import org.w3id.dgkg.changes.ChangeSet;
import org.w3id.dgkg.changes.DiffRenderer;
import org.w3id.dgkg.serve.web.Link;

/**
 * The model of {@code changes.jte}: the generations (newest first) and the changes between two
 * of them ({@code diff}, null when there is nothing to compare or {@code message} says why).
 */
public record ChangesPage(List<Row> generations, ChangeLog.Diff diff, String message,
        List<DocumentRow> documents, List<EntityRow> entities, List<FactRow> facts) {

    /** One generation in the list. */
    public record Row(int number, String time, String counts, boolean first, boolean detailed, boolean selected, String href) {}

    public record DocumentRow(String sign, Link document, Link original) {}

    public record EntityRow(String sign, Link entity, String type) {}

    public record FactRow(String sign, Link subject, String predicate, Link object, Link document, String evidence) {}

    static ChangesPage of(List<ChangeSet> history, ChangeLog.Diff diff, String message) {
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            ChangeSet cs = history.get(i);
            rows.add(new Row(cs.number(), cs.time().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), cs.counts().summary(), cs.previous() == null, cs.detailed(),
                    diff != null && diff.to().number() == cs.number(), "/changes?generation=" + cs.number()));
        }
        if (diff == null)
            return new ChangesPage(rows, null, message, List.of(), List.of(), List.of());
        List<DocumentRow> docs = diff.of(Change.Kind.DOCUMENT).stream().map(c -> new DocumentRow(DiffRenderer.sign(c.action()),
                link(c, c.iri(), c.label()), c.action() == Change.Action.REMOVED ? null
                        : new Link("/files/" + c.documentId(), "original 原件"))).toList();
        List<EntityRow> entities = diff.of(Change.Kind.ENTITY).stream().map(c -> new EntityRow(DiffRenderer.sign(c.action()),
                link(c, c.iri(), c.label()), Change.localName(c.type()))).toList();
        List<FactRow> facts = diff.of(Change.Kind.FACT).stream().map(c -> new FactRow(DiffRenderer.sign(c.action()),
                link(c, c.subject(), c.subjectLabel()), Change.localName(c.predicate()), link(c, c.object(), c.objectLabel()),
                link(c, c.document(), c.documentId()), c.evidence())).toList();
        return new ChangesPage(rows, diff, message, docs, entities, facts);
    }

    /** A removed thing's IRI no longer resolves: it is shown without a link. */
    private static Link link(Change c, String iri, String label) {
        String text = label != null ? label : Change.localName(iri);
        if (iri == null || !(iri.startsWith("http://") || iri.startsWith("https://")))
            return new Link(null, text);
        return c.action() == Change.Action.REMOVED && c.kind() != Change.Kind.FACT ? new Link(null, text) : Link.to(iri, text);
    }
}

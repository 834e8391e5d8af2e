package org.w3id.dgkg.changes;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** Renders changes for people (text) and programs (JSON). */
public final class DiffRenderer {
    private DiffRenderer() {}

    public static String text(ChangeLog.Diff d) {
        StringBuilder s = new StringBuilder();
        s.append("changes from generation ").append(d.from().number()).append(" (").append(seconds(d.from().time()))
                .append(") to generation ").append(d.to().number()).append(" (").append(seconds(d.to().time())).append(")\n");
        s.append(d.counts().summary()).append('\n');
        section(s, "documents", d.of(Change.Kind.DOCUMENT));
        section(s, "entities", d.of(Change.Kind.ENTITY));
        section(s, "facts", d.of(Change.Kind.FACT));
        return s.toString();
    }

    private static void section(StringBuilder s, String title, List<Change> changes) {
        if (changes.isEmpty())
            return;
        s.append('\n').append(title).append('\n');
        for (Change c : changes)
            s.append("  ").append(sign(c.action())).append(' ').append(line(c)).append('\n');
    }

    /** One change in words, e.g. {@code 中国 signatory 布莱切利宣言  [doc]  “…”}. */
    public static String line(Change c) {
        return switch (c.kind()) {
            case DOCUMENT -> c.documentId() + "  " + nullToEmpty(c.label());
            case ENTITY -> nullToEmpty(c.label()) + "  (" + Change.localName(c.type()) + ")  <" + c.iri() + ">";
            case FACT -> name(c.subjectLabel(), c.subject()) + " " + Change.localName(c.predicate()) + " "
                    + name(c.objectLabel(), c.object()) + "  [" + c.documentId() + "]"
                    + (c.evidence() == null ? "" : "  “" + c.evidence() + "”");
        };
    }

    public static String sign(Change.Action a) {
        return switch (a) {
            case ADDED -> "+";
            case CHANGED -> "~";
            case REMOVED -> "-";
        };
    }

    private static String seconds(java.time.Instant t) {
        return t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static String name(String label, String iri) {
        return label != null ? label : Change.localName(iri);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    public static String json(ChangeLog.Diff d) {
        JsonObject o = new JsonObject();
        o.put("from", generation(d.from()));
        o.put("to", generation(d.to()));
        o.put("counts", counts(d.counts()));
        JsonArray changes = new JsonArray();
        for (Change c : d.changes()) {
            JsonObject j = new JsonObject();
            j.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            j.put("action", c.action().name().toLowerCase(java.util.Locale.ROOT));
            j.put("iri", c.iri());
            put(j, "label", c.label());
            put(j, "type", c.type());
            put(j, "subject", c.subject());
            put(j, "subjectLabel", c.subjectLabel());
            put(j, "predicate", c.predicate());
            put(j, "object", c.object());
            put(j, "objectLabel", c.objectLabel());
            put(j, "document", c.document());
            put(j, "evidence", c.evidence());
            changes.add(j);
        }
        o.put("changes", changes);
        return o.toString();
    }

    /** The generations with their counts, newest first. */
    public static String historyText(List<ChangeSet> history) {
        StringBuilder s = new StringBuilder();
        for (int i = history.size() - 1; i >= 0; i--) {
            ChangeSet cs = history.get(i);
            s.append("generation ").append(cs.number()).append("  ").append(seconds(cs.time())).append("  ")
                    .append(cs.previous() == null ? "first build: " : "").append(cs.counts().summary())
                    .append(cs.detailed() || cs.previous() == null ? "" : "  (counts only)").append('\n');
        }
        return s.toString();
    }

    public static String historyJson(List<ChangeSet> history) {
        JsonArray a = new JsonArray();
        for (int i = history.size() - 1; i >= 0; i--)
            a.add(generation(history.get(i)));
        JsonObject o = new JsonObject();
        o.put("generations", a);
        return o.toString();
    }

    private static JsonObject generation(ChangeSet cs) {
        JsonObject g = new JsonObject();
        g.put("generation", cs.number());
        g.put("time", cs.time().toString());
        if (cs.previous() != null)
            g.put("revisionOf", cs.previous());
        g.put("counts", counts(cs.counts()));
        g.put("detailsKept", cs.detailed());
        return g;
    }

    private static JsonObject counts(Counts c) {
        JsonObject o = new JsonObject();
        o.put("documentsAdded", c.documentsAdded());
        o.put("documentsChanged", c.documentsChanged());
        o.put("documentsRemoved", c.documentsRemoved());
        o.put("entitiesAdded", c.entitiesAdded());
        o.put("entitiesRemoved", c.entitiesRemoved());
        o.put("factsAdded", c.factsAdded());
        o.put("factsRemoved", c.factsRemoved());
        return o;
    }

    private static void put(JsonObject o, String k, String v) {
        if (v != null)
            o.put(k, v);
    }
}

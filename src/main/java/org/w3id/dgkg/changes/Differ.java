package org.w3id.dgkg.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares two snapshots: what the newer one added, changed and removed. */
final class Differ {
    private Differ() {}

    static List<Change> diff(Snapshot old, Snapshot now) {
        List<Change> out = new ArrayList<>();
        for (Snapshot.Doc d : now.documents.values()) {
            Snapshot.Doc before = old.documents.get(d.iri());
            if (before == null)
                out.add(Change.document(Change.Action.ADDED, d.iri(), d.title()));
            else if (!before.sha256().equals(d.sha256()))
                out.add(Change.document(Change.Action.CHANGED, d.iri(), d.title()));
        }
        for (Snapshot.Doc d : old.documents.values())
            if (!now.documents.containsKey(d.iri()))
                out.add(Change.document(Change.Action.REMOVED, d.iri(), d.title()));
        addedAndRemoved(old.entities, now.entities, out);
        addedAndRemoved(old.facts, now.facts, out);
        return out;
    }

    private static void addedAndRemoved(Map<String, Change> old, Map<String, Change> now, List<Change> out) {
        now.forEach((k, c) -> {
            if (!old.containsKey(k))
                out.add(c.with(Change.Action.ADDED));
        });
        old.forEach((k, c) -> {
            if (!now.containsKey(k))
                out.add(c.with(Change.Action.REMOVED));
        });
    }
}

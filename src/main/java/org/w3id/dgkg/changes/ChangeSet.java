package org.w3id.dgkg.changes;

import java.time.Instant;
import java.util.List;

/**
 * What generation {@code number} changed against the one it replaced ({@code previous}, null
 * for the first build). {@code changes} lists every change when {@code detailed}; the first
 * build and generations older than {@link ChangeLog#DETAILED_GENERATIONS} keep counts only.
 */
public record ChangeSet(int number, Integer previous, Instant time, String fingerprint, Counts counts,
        boolean detailed, List<Change> changes) {
    public ChangeSet {
        changes = List.copyOf(changes);
    }

    public String name() {
        return Integer.toString(number);
    }

    public List<Change> of(Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }
}

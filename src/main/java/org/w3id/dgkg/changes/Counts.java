package org.w3id.dgkg.changes;

import java.util.List;

/** How much a generation changed, by kind and direction. */
public record Counts(long documentsAdded, long documentsChanged, long documentsRemoved,
        long entitiesAdded, long entitiesRemoved, long factsAdded, long factsRemoved) {

    static Counts of(List<Change> changes) {
        long[] c = new long[7];
        for (Change ch : changes) {
            int i = switch (ch.kind()) {
                case DOCUMENT -> ch.action() == Change.Action.ADDED ? 0 : ch.action() == Change.Action.CHANGED ? 1 : 2;
                case ENTITY -> ch.action() == Change.Action.ADDED ? 3 : 4;
                case FACT -> ch.action() == Change.Action.ADDED ? 5 : 6;
            };
            c[i]++;
        }
        return new Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }

    public boolean isEmpty() {
        return documentsAdded + documentsChanged + documentsRemoved + entitiesAdded + entitiesRemoved + factsAdded + factsRemoved == 0;
    }

    /** e.g. "documents +1 ~0 -0, entities +12 -0, facts +30 -2". */
    public String summary() {
        return "documents +" + documentsAdded + " ~" + documentsChanged + " -" + documentsRemoved
                + ", entities +" + entitiesAdded + " -" + entitiesRemoved
                + ", facts +" + factsAdded + " -" + factsRemoved;
    }
}

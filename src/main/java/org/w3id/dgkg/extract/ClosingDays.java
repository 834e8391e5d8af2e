package org.w3id.dgkg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code date-event-closing}: the day an event closed (E2日在…闭幕, the day a news dateline usually gives) dates the event
 * only when the document gives no other day of it. The gold dates an event by its opening (本届会议于2月26日开幕 → the
 * 26th, not the dateline's closing day), so a document that names both keeps the opening alone; one that names only the
 * closing keeps the closing (the one day the text gives). A guard over the document's facts, after its last sentence.
 */
final class ClosingDays {
    private ClosingDays() {}

    static final String RULE = "date-event-closing";

    /** Removes the closing days of events that {@code facts} (one document's) also date otherwise. */
    static void dropWhereOpened(List<Fact> facts) {
        Set<String> otherwise = new HashSet<>();
        Set<String> closing = new HashSet<>();
        for (Fact f : facts)
            if (f.predicate() == Predicate.DATE)
                (RULE.equals(f.rule()) ? closing : otherwise).add(f.subject() + " " + f.object());
        Set<String> datedOtherwise = new HashSet<>();
        for (String k : otherwise)
            if (!closing.contains(k))
                datedOtherwise.add(k.substring(0, k.indexOf(' ')));
        facts.removeIf(f -> f.predicate() == Predicate.DATE && RULE.equals(f.rule()) && datedOtherwise.contains(f.subject()));
    }
}

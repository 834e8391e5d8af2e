package org.w3id.dgkg.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code date-event-closing}: the day an event closed (E2日在…闭幕, the day a news dateline usually gives) dates the event
 * only when the document gives no earlier day or the month of it. The gold dates an event by its opening (本届会议于2月26日开幕
 * → the 26th, not the dateline's closing day), so a document that names both keeps the opening alone; one that names only
 * the closing keeps the closing (the one day the text gives); a year alone elsewhere (2024年…) is no opening and leaves the
 * closing day in place. A guard over the document's facts, after its last sentence.
 */
final class ClosingDays {
    private ClosingDays() {}

    static final String RULE = "date-event-closing";

    /** Removes the closing days of events that {@code facts} (one document's) date by an earlier day or by the same month. */
    static void dropWhereOpened(List<Fact> facts) {
        Map<String, Set<String>> otherwise = new HashMap<>();
        for (Fact f : facts)
            if (f.predicate() == Predicate.DATE && !RULE.equals(f.rule()))
                otherwise.computeIfAbsent(f.subject(), k -> new HashSet<>()).add(value(f));
        Map<String, String> dropped = new HashMap<>();
        Map<String, Integer> closingSentence = new HashMap<>();
        for (Fact f : facts)
            if (f.predicate() == Predicate.DATE && RULE.equals(f.rule()) && opened(value(f), otherwise.getOrDefault(f.subject(), Set.of()))) {
                dropped.put(f.subject(), value(f));
                closingSentence.put(f.subject(), f.sentence());
            }
        if (dropped.isEmpty())
            return;
        facts.removeIf(f -> f.predicate() == Predicate.DATE && RULE.equals(f.rule()) && dropped.containsKey(f.subject()));
        // a text adopted at the event took the closing day from it (峰会通过了《Y》 after E5日闭幕): the event lasted from its
        // opening to that day, so on which day the text was made is not said; it keeps the month (CONVENTIONS)
        // (not in the sentence that closes it: E12日闭幕，会议通过《Y》 may be made on that day)
        Map<String, String> closedAt = new HashMap<>();
        Map<String, Integer> closedIn = new HashMap<>();
        for (Fact f : facts)
            if (f.predicate() == Predicate.ADOPTED_AT && dropped.containsKey(f.objectIri())) {
                closedAt.put(f.subject(), dropped.get(f.objectIri()));
                closedIn.put(f.subject(), closingSentence.get(f.objectIri()));
            }
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (f.predicate() == Predicate.DATE && FROM_EVENT.equals(f.rule()) && value(f).equals(closedAt.get(f.subject()))
                    && f.sentence() != closedIn.get(f.subject()))
                facts.set(i, new Fact(f.subject(), f.predicate(), Value.Date.parse(value(f).substring(0, 7)), f.documentId(),
                        f.sentence(), f.evidence(), f.confidence(), f.rule(), true, f.weight()));
        }
    }

    /** The rule that dates a text by the event it was adopted at, in the sentence (InstrumentActRules). */
    private static final String FROM_EVENT = "date-from-event";

    /** Whether one of {@code others} is an earlier day than {@code closing}, or its month. */
    private static boolean opened(String closing, Set<String> others) {
        for (String o : others)
            if (o.length() == 10 && o.compareTo(closing) < 0 || o.length() == 7 && closing.startsWith(o))
                return true;
        return false;
    }

    private static String value(Fact f) {
        return f.object() instanceof Value.Date d ? d.lexical() : "";
    }
}

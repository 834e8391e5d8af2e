package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code date-of-adopting-event}: a text the document says an event adopted (adoptedAt, read in any sentence: 会议通过并发表《A》,
 * 峰会期间发布《B》) and dates by no step of its own takes the date the document gave that event, as a value from context
 * (inferred, the gold's {@code ~}): the day of an event held on one day, the month of one held over several days
 * (CONVENTIONS: a text made at an event of several days, where the clause gives no day of its own, is dated by the month).
 * A guard-like pass over one document's facts after its last sentence: the sentence that names the text often refers to
 * the event (会议, 峰会) several sentences after the one that dates it, which no sentence rule sees. An event dated by
 * more than one value gives nothing (which of its dates the text shares is not said).
 */
final class AdoptingEventDates {
    private AdoptingEventDates() {}

    static final String RULE = "date-of-adopting-event";
    /** The rule that dates an event by the act it was the occasion of (DateRules). */
    private static final String OCCASION = "date-event-occasion";

    /** Adds to {@code facts} (one document's) the dates of texts adopted at an event the document dates. */
    static void add(List<Fact> facts, Discourse discourse) {
        Set<String> dated = new HashSet<>();
        Map<String, Set<String>> eventDates = new HashMap<>();
        for (Fact f : facts)
            if (f.predicate() == Predicate.DATE) {
                dated.add(f.subject());
                // not a year alone (分2011年和2013年两个阶段举行: which phase is not said), not the day of another text's act
                // the event was only the occasion of (在第三次会议上通过《A》: a sitting of days, NUMBERED_SITTING's trap)
                String v = f.object().lexical();
                eventDates.computeIfAbsent(f.subject(), k -> new HashSet<>()).add(v.length() < 7 || OCCASION.equals(f.rule()) ? "" : v);
            }
        List<Fact> added = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Fact f : facts) {
            if (f.predicate() != Predicate.ADOPTED_AT || dated.contains(f.subject()) || !done.add(f.subject()))
                continue;
            Set<String> values = eventDates.getOrDefault(f.objectIri(), Set.of());
            if (values.size() != 1)
                continue;
            String value = values.iterator().next();
            if (value.isEmpty())
                continue;
            if (value.length() == 10 && discourse.heldOverDays(f.objectIri()))
                value = value.substring(0, 7); // several days: on which of them the text was made is not said
            added.add(new Fact(f.subject(), Predicate.DATE, Value.Date.parse(value), f.documentId(), f.sentence(), f.evidence(),
                    Math.min(f.confidence(), 0.6), RULE, true));
        }
        facts.addAll(added);
    }
}

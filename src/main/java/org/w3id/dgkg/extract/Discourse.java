package org.w3id.dgkg.extract;

/**
 * What the sentences of one document read so far have named last, for the short references of the
 * next ones: 会议/会上/大会 (the event last named), 该法案/《办法》 alone (the instrument last named).
 * One per document; the relation rules update it after each sentence.
 */
final class Discourse {
    private Hit lastEvent;
    private Hit lastInstrument;
    private final java.util.Map<String, String> eventDates = new java.util.HashMap<>();

    /** The date the document gave an event (its first), or null. */
    String dateOf(String eventIri) {
        return eventDates.get(eventIri);
    }

    void dated(String eventIri, String date) {
        eventDates.putIfAbsent(eventIri, date);
    }

    Hit lastEvent() {
        return lastEvent;
    }

    Hit lastInstrument() {
        return lastInstrument;
    }

    void saw(java.util.List<Hit> hits) {
        for (Hit h : hits) {
            if (h.isEvent())
                lastEvent = h;
            else if (h.isInstrument())
                lastInstrument = h;
        }
    }
}

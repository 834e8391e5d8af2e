package org.w3id.dgkg.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The date a text adopted at an event takes from that event (date-from-event) when the text gives the act no date of
 * its own: the event's day when the event is held on one day; its month when the sentence dates the event by a range
 * of days (6月28日至29日，峰会在大阪举行，…写入《宣言》): on which of those days the text was adopted is not said, and the
 * first day would be a guess.
 */
final class AdoptionDates {
    private AdoptionDates() {}

    /** A range of days: 28日至29日, 28-29日, 5月31日至6月1日. */
    private static final Pattern RANGE = Pattern.compile(".*\\d\\s*(?:日\\s*)?[至—–\\-~～到]\\s*(?:\\d+\\s*月\\s*)?\\d+\\s*日.*");

    /** {@code eventDate}, or its month when the date of {@code text} that gives it is a range of days. */
    static String ofAdoptedText(String text, List<DateFinder.Found> dates, String eventDate) {
        if (eventDate == null || eventDate.length() != 10)
            return eventDate;
        for (DateFinder.Found d : dates)
            if (d.value().equals(eventDate) && d.end() <= text.length() && RANGE.matcher(text.substring(d.start(), d.end())).matches())
                return eventDate.substring(0, 7);
        return eventDate;
    }
}

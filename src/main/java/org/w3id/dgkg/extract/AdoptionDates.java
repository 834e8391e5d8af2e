package org.w3id.dgkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a text made at an event of several days, when the clause gives the act no day of its own: the event's
 * day when the event is held on one day; the last day when the text was made at the closing (峰会闭幕时发表《Y》); else
 * the month when the sentence dates the event by a range of days (6月28日至29日，峰会在大阪举行，…写入《宣言》) or by its
 * opening day (峰会于11月1日开幕，…通过《Y》): on which of those days the text was made is not said, and the first day
 * would be a guess.
 */
final class AdoptionDates {
    private AdoptionDates() {}

    /** A range of days: 28日至29日, 28-29日, 5月31日至6月1日. */
    private static final Pattern RANGE = Pattern.compile(".*\\d\\s*(?:日\\s*)?[至—–\\-~～到]\\s*(?:\\d+\\s*月\\s*)?\\d+\\s*日.*");
    /** The end of a range, inside the date or right after it: 至2日, -29日, 至6月1日. */
    private static final Pattern RANGE_END = Pattern.compile("[至—–\\-~～到]\\s*(?:(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*日");
    /** The rest of a range right after a date that stops at its first day. */
    private static final Pattern TAIL = Pattern.compile("^\\s*" + RANGE_END.pattern());
    /** The act was at the closing: 闭幕时, 闭幕式上, 闭幕当天, 会议结束时, 最后一天 (not 截至闭幕时, a point of counting). */
    private static final Pattern CLOSING = Pattern.compile("(?<!截至|截止|直到|到)(?:闭幕(?:时|式上|式|会上|当天|当日|前夕)?|结束时|最后一天|最后一日)");
    /** The date is the event's opening: …于11月1日(在X)开幕, 11月1日，…开幕. */
    private static final Pattern OPENED = Pattern.compile("^[^，。；;]{0,24}?开幕");
    /** The event lasts several days: 为期两天的峰会, 为期3天. */
    private static final Pattern SEVERAL_DAYS = Pattern.compile("为期[两二三四五六七八九十\\d]+天");

    /** {@code eventDate}, or its month or last day when the date of {@code text} that gives it is a span of days. */
    static String ofAdoptedText(String text, List<DateFinder.Found> dates, String eventDate) {
        if (eventDate == null || eventDate.length() != 10)
            return eventDate;
        for (DateFinder.Found d : dates)
            if (d.value().equals(eventDate) && d.end() <= text.length())
                return withinSpan(text, d);
        return eventDate;
    }

    /**
     * The date of a text made at some point in the span {@code d} opens: the last
     * day when the text says the act was at the closing, the month when the span has several days or only its opening is
     * dated, else {@code d}'s value.
     */
    static String withinSpan(String text, DateFinder.Found d) {
        String v = d.value();
        if (v.length() != 10 || d.end() > text.length())
            return v;
        String span = text.substring(d.start(), d.end());
        String after = text.substring(d.end());
        Matcher end = RANGE_END.matcher(span);
        boolean range = RANGE.matcher(span).matches() && end.find();
        if (!range) {
            end = TAIL.matcher(after);
            range = end.find();
        }
        if (range) {
            if (CLOSING.matcher(after).find()) {
                String last = lastDay(v, end.group(1), end.group(2));
                if (last != null)
                    return last;
            }
            return v.substring(0, 7);
        }
        if (OPENED.matcher(after).find() || SEVERAL_DAYS.matcher(text.substring(0, d.start())).find())
            return v.substring(0, 7); // the opening day of an event of several days
        return v;
    }

    /** The last day of the span of days {@code d} opens (9日至10日, 5月31日至6月1日), or null when it opens none. */
    static String lastDayOfSpan(String text, DateFinder.Found d) {
        String v = d.value();
        if (v.length() != 10 || d.end() > text.length())
            return null;
        String span = text.substring(d.start(), d.end());
        Matcher end = RANGE_END.matcher(span);
        if (RANGE.matcher(span).matches() && end.find())
            return lastDay(v, end.group(1), end.group(2));
        end = TAIL.matcher(text.substring(d.end()));
        return end.find() ? lastDay(v, end.group(1), end.group(2)) : null;
    }

    /**
     * As {@link #duringEvent(String, int, String, boolean)}, and the last day of the event's span ({@code lastDay}, dated in
     * an earlier sentence: 峰会9日至10日在首尔举行。峰会闭幕时通过《Y》) when the clause places the act at the closing.
     */
    static String duringEvent(String text, int verbAt, String eventDate, boolean overDays, String lastDay) {
        if (overDays && lastDay != null && eventDate != null && eventDate.length() == 10 && verbAt <= text.length()
                && CLOSING.matcher(text.substring(0, verbAt)).find() && !DURING.matcher(text.substring(0, verbAt)).find())
            return lastDay;
        return duringEvent(text, verbAt, eventDate, overDays);
    }

    /** The act placed during an event (论坛期间，…; 在E期间发布): on which of its days is not said. */
    private static final Pattern DURING = Pattern.compile("期间");

    /**
     * The date of a text made during an event dated in an earlier sentence ({@code eventDate}) and held over several days
     * ({@code overDays}: a span or an opening day): the event's month (gold: 2023-10~ for a text released during a forum
     * of 8-12 October, 论坛期间，…发布了《Y》), unless the clause places the act on the first day (首日, 开幕式上), the day
     * the event was dated by.
     */
    static String duringEvent(String text, int verbAt, String eventDate, boolean overDays) {
        if (!overDays || eventDate == null || eventDate.length() != 10 || verbAt > text.length())
            return eventDate;
        String before = text.substring(0, verbAt);
        // 本次会议以…为主题，与会部长还通过了《Y》: made at an event of several days, the clause naming no day of its own
        // (news-check5 FN12-022: 2022-12~); the opening's day only where the clause says so (峰会首日即通过, 开幕式上发表)
        if (DURING.matcher(before).find())
            return eventDate.substring(0, 7);
        return ON_THE_DAY.matcher(before).find() || A_DAY.matcher(before).find() ? eventDate : eventDate.substring(0, 7);
    }

    /** A day the sentence gives before the act (会晤6日通过《A》，并发表《B》): the act shares it. */
    private static final Pattern A_DAY = Pattern.compile("\\d\\s*日|当天|当日|同日");
    /**
     * The act placed on the day the event was dated by: its first day (首日, 开幕式上, 开幕当天), or at the meeting the
     * sentence before opened (…开幕。领导小组在会上发布了《Y》).
     */
    private static final Pattern ON_THE_DAY = Pattern.compile("首日|第一天|开幕式|开幕当天|开幕当日|开幕时|会上");

    /** The last day of a span opening on {@code first} (YYYY-MM-DD) and ending on {@code month}/{@code day}. */
    private static String lastDay(String first, String month, String day) {
        int y = Integer.parseInt(first.substring(0, 4));
        int m = month == null ? Integer.parseInt(first.substring(5, 7)) : Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (m < 1 || m > 12 || d < 1 || d > java.time.YearMonth.of(y, m).lengthOfMonth())
            return null;
        String out = String.format("%04d-%02d-%02d", y, m, d);
        return out.compareTo(first) > 0 ? out : null;
    }
}

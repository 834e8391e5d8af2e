package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates that stand next to an instrument's name rather than in front of an act verb:
 * <ul>
 * <li>{@code date-before-title}: a date written right before a title, 2005年《信息社会突尼斯议程》, or before a
 * resolution's number, 2022年10月第51/3号决议; a run of titles after the date (a table row:
 * 2022年《A》《B》《C》) shares it.</li>
 * <li>{@code date-row-label}: a table row labelled with a bare year and its host (2019日本《A》《B》, as a PDF table's
 * 时间 / 主办国 / 主要行动 columns read once joined): the instruments of that row take the year; the host is no issuer.</li>
 * <li>{@code date-bracket}: a year alone in brackets right after an instrument's name, 《A》（2017年）, FTA(2015）.</li>
 * <li>{@code date-after-title}: a list item closed by a title and its date, • 某会议，《A》，1992年.</li>
 * </ul>
 * Never a period: a range of years (2022-2024), a year the title holds, an instrument under drafting
 * (《A》（制定中）), or a date followed by entry into force or a period word (生效, 以来).
 */
final class DateRules {
    private DateRules() {}

    private static final String S = "[ \\u2005\\u2002\\u3000]*";
    /** Between titles of one run: nothing, a list comma or a conjunction. */
    private static final Pattern RUN_GAP = Pattern.compile("^" + S + "(?:[、，,]|和|及|与|以及)?" + S + "$");
    /** A title still being drafted or only proposed: 《A》（制定中）, （草案）, （提案）. */
    private static final Pattern NOT_YET = Pattern.compile("^[》”]?" + S + "[(（]" + S + "(?:制定中|起草中|草案|提案|征求意见稿|拟议|待通过)" + S + "[)）]");
    /** After a run of titles: what makes the date one of entry into force, a period, or a plan. */
    private static final Pattern NOT_AN_ACT_AFTER = Pattern.compile("^[》”]?" + S + "(?:的)?" + S + "(?:正式)?(?:生效|实施|施行|适用|到期|以来|至今|将|拟|计划|有望)");
    /** A year inside an instrument's own name. */
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?:19|20)\\d{2}");
    /** A bare year labelling a table row: at the start of the sentence or right after a cell's end. */
    private static final Pattern ROW_LABEL = Pattern.compile("(?<=^|[》）)；;。])" + S + "((?:19|20)\\d{2})(?![\\d年月./\\-—–])");
    /** 《A》（2017年）, A(2015）: one year alone in the bracket. */
    private static final Pattern BRACKET_YEAR = Pattern.compile("^[》”]?" + S + "[(（]" + S + "((?:19|20)\\d{2})" + S + "年?" + S + "[)）]");

    /** A sentence that is nothing but a row's label: 2023年, 2016中国 (the host is checked against the hits). */
    private static final Pattern LABEL_ALONE = Pattern.compile("^" + S + "((?:19|20)\\d{2})" + S + "年?" + S + "(.*?)" + S + "$");
    /** A sentence that opens with a year alone in brackets: the year of the titles the sentence before held alone. */
    private static final Pattern BRACKET_YEAR_OPENING = Pattern.compile("^" + S + "[(（]" + S + "((?:19|20)\\d{2})" + S + "年?" + S + "[)）]");

    /** A sentence opening with the day or month of the sentence before: 同月，…, 同日，…, 次日，…, 同月底，… (a part of the month dates by it). */
    private static final Pattern SAME_OPENING = Pattern.compile("^" + S + "(同月|当月|同日|当日|当天|次日|次月)(?:(?<=月)(?:底|末|初|上旬|中旬|下旬))?" + S + "[，,]");

    /**
     * The sentence's dates, with 同月/同日/次日 opening it completed from the last date the sentences before wrote
     * (inferred; 同日 needs a day, 同月 a month).
     */
    static List<DateFinder.Found> withDateBefore(String text, List<DateFinder.Found> dates, Discourse discourse) {
        return relativeInside(text, sameDayInside(text, openingSameDate(text, dates, discourse), discourse), discourse);
    }

    private static List<DateFinder.Found> relativeInside(String text, List<DateFinder.Found> dates, Discourse discourse) {
        Matcher m = RELATIVE_INSIDE.matcher(text);
        List<DateFinder.Found> out = null;
        while (m.find()) {
            int at = m.start();
            if (DateFinder.insideTitleAt(text, at))
                continue;
            List<DateFinder.Found> current = out == null ? dates : out;
            DateFinder.Found covering = null;
            for (DateFinder.Found d : current)
                if (d.start() <= at && at < d.end())
                    covering = d;
            if (covering != null && !(m.group(2) != null && covering.value().length() < 10))
                continue; // already read (同月 of DateFinder is the month alone: 同月5日 takes its day here)
            boolean day = m.group(1).endsWith("日");
            DateFinder.Found base = null;
            for (DateFinder.Found d : current)
                if (d.end() <= at && d.value().length() >= (day ? 10 : 7))
                    base = d;
            String v = base != null ? base.value() : null;
            if (v == null && discourse != null && discourse.lastDate() != null && current.stream().noneMatch(d -> d.end() <= at)
                    && discourse.lastDate().length() >= (day ? 10 : 7))
                v = discourse.lastDate(); // …于同月5日通过: the month the sentences before wrote last
            if (v == null)
                continue;
            String value = switch (m.group(1)) {
                case "次月" -> java.time.YearMonth.parse(v.substring(0, 7)).plusMonths(1).toString();
                case "同月", "当月" -> v.substring(0, 7);
                default -> java.time.LocalDate.parse(v).plusDays(1).toString();
            };
            if (m.group(2) != null && value.length() == 7) {
                int d = Integer.parseInt(m.group(2).replaceAll("\\D", ""));
                if (d < 1 || d > java.time.YearMonth.parse(value).lengthOfMonth())
                    continue;
                value = String.format("%s-%02d", value, d); // 同月5日
            }
            if (out == null)
                out = new ArrayList<>(dates);
            if (covering != null)
                out.remove(covering);
            out.add(new DateFinder.Found(value, m.start(), m.end(), true));
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return out == null ? dates : out;
    }

    /** 当天, 当日, 同日 inside the sentence (…等数十个国家当天签署了公约): the last day written before it, here or in the sentences before. */
    private static final Pattern SAME_DAY_INSIDE = Pattern.compile("当天|当日|同日|同一天|当晚");
    /**
     * 次月, 同月, 当月, 次日, 翌日 inside the sentence (…于2023年9月表决通过，并于次月刊登于…): counted from the nearest date before it
     * in the sentence that has the month (or the day) they need; never from a date after them, never a year alone.
     */
    private static final Pattern RELATIVE_INSIDE = Pattern.compile("(?<=[于在，,并])(次月|同月|当月|次日|翌日)(?:[ \\u2005]*(\\d{1,2})[ \\u2005]*日)?");

    /**
     * The day a 当天 inside the sentence refers to: the nearest full date before it in the sentence, else the last date
     * the sentences before wrote, when that has a day (inferred); a 当天 with no day before it is left alone.
     */
    private static List<DateFinder.Found> sameDayInside(String text, List<DateFinder.Found> dates, Discourse discourse) {
        Matcher m = SAME_DAY_INSIDE.matcher(text);
        List<DateFinder.Found> out = null;
        while (m.find()) {
            int at = m.start();
            if (dates.stream().anyMatch(d -> d.start() <= at && at < d.end()) || DateFinder.insideTitleAt(text, at))
                continue;
            String day = null;
            for (DateFinder.Found d : dates)
                if (d.end() <= at && d.value().length() == 10)
                    day = d.value();
            if (day == null && dates.stream().noneMatch(d -> d.end() <= at) && discourse != null && discourse.lastDate() != null
                    && discourse.lastDate().length() == 10)
                day = discourse.lastDate();
            if (day == null)
                continue;
            if (out == null)
                out = new ArrayList<>(dates);
            out.add(new DateFinder.Found(day, m.start(), m.end(), true));
        }
        if (out == null)
            return dates;
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static List<DateFinder.Found> openingSameDate(String text, List<DateFinder.Found> dates, Discourse discourse) {
        if (discourse != null) {
            datelineDay(text, dates, discourse);
            dates = relativeDays(text, dates, discourse);
        }
        Matcher m = SAME_OPENING.matcher(text);
        String last = discourse == null ? null : discourse.lastDate();
        if (!m.find() || last == null || dates.stream().anyMatch(d -> d.start() <= m.end(1)))
            return dates;
        String w = m.group(1);
        String v;
        if (w.endsWith("月"))
            v = w.startsWith("次") ? java.time.YearMonth.parse(last.substring(0, 7)).plusMonths(1).toString() : last.substring(0, 7);
        else if (last.length() < 10)
            return dates;
        else
            v = w.startsWith("次") ? java.time.LocalDate.parse(last).plusDays(1).toString() : last;
        List<DateFinder.Found> out = new ArrayList<>();
        out.add(new DateFinder.Found(v, m.start(1), m.end(1), true));
        out.addAll(dates);
        return out;
    }

    /**
     * A news dateline opening the text (新华社北京9月8日电, 【本报香港4月15日电】, （中央社记者…首尔26日专电）): the day it gives,
     * completed from the manifest where it leaves the year or month out, is the story's "today", what 今天, 昨天 and a bare
     * 8日 count from, rather than the manifest's date (which may be only a year, or the day the page was published). The
     * first dateline of a document sets it; a dated heading (一、2022年8月10日…记者会) sets its own section's.
     */
    private static void datelineDay(String text, List<DateFinder.Found> dates, Discourse discourse) {
        if (discourse.sectionDate() != null)
            return;
        Matcher line = ActDates.DATELINE.matcher(text);
        if (!line.find())
            return;
        for (DateFinder.Found d : dates)
            if (d.start() < line.end() && d.value().length() == 10) {
                discourse.sectionDated(d.value());
                return;
            }
    }

    /** A heading line that dates the section under it: 一、2022年8月10日发言人主持例行记者会 (its ordinal, the date, no full stop). */
    private static final Pattern HEADING_ORDINAL = Pattern.compile("^" + S + "(?:[一二三四五六七八九十]+[、.．]|\\d{1,2}[、.．]|[（(][一二三四五六七八九十\\d]+[)）])?" + S + "$");
    /** The rest of a span of days before a bare day: 6月28日至29日 (29日 is no date of its own). */
    private static final Pattern RANGE_BEFORE = Pattern.compile("[至到\\-—–]" + S + "$");

    /**
     * Days written without their month (28日举行的…, 当地时间21日, 昨天), read from what the document wrote before
     * rather than from the manifest alone: under a dated heading (一、2022年8月10日…记者会) they count from the
     * heading's day, the section's "today"; where the manifest gives no month (a report dated 2024) a bare day takes
     * the month of the last date the text wrote (同年6月28日至29日，…。28日举行的…). Inferred, as every completed date.
     */
    private static List<DateFinder.Found> relativeDays(String text, List<DateFinder.Found> dates, Discourse discourse) {
        String today = discourse.sectionDate();
        String last = discourse.lastDate();
        if (today == null && (last == null || last.length() < 7))
            return dates;
        List<DateFinder.Found> out = new ArrayList<>(dates);
        boolean changed = false;
        Matcher d = DateFinder.DAY_ONLY.matcher(text);
        while (d.find()) {
            int at = d.start();
            DateFinder.Found covering = null;
            for (DateFinder.Found f : dates)
                if (f.start() <= at && at < f.end())
                    covering = f;
            int day = Integer.parseInt(d.group(1).replaceAll("\\D", ""));
            boolean continues = today == null && continuesLastDay(last, day, at, covering, dates);
            if (covering != null && !(today != null && covering.inferred() && covering.start() == at) && !continues
                    || DateFinder.insideTitleAt(text, at) || RANGE_BEFORE.matcher(text.substring(0, at)).find())
                continue;
            String ym;
            if (today != null) {
                ym = today.substring(0, 7);
                if (today.length() == 10 && day > Integer.parseInt(today.substring(8, 10)))
                    ym = java.time.YearMonth.parse(ym).minusMonths(1).toString(); // the 28th, read on the 3rd: last month's
            } else {
                ym = last.substring(0, 7);
            }
            if (day < 1 || day > java.time.YearMonth.parse(ym).lengthOfMonth())
                continue;
            out.remove(covering);
            out.add(new DateFinder.Found(String.format("%s-%02d", ym, day), d.start(), d.end(), true));
            changed = true;
        }
        if (today != null && today.length() == 10) {
            Matcher y = DateFinder.YESTERDAY.matcher(text);
            while (y.find()) {
                int at = y.start();
                out.removeIf(f -> f.start() == at && f.inferred());
                if (out.stream().anyMatch(f -> f.start() <= at && at < f.end()))
                    continue;
                out.add(new DateFinder.Found(java.time.LocalDate.parse(today).minusDays(y.group().startsWith("昨") ? 1 : 0).toString(),
                        y.start(), y.end(), true));
                changed = true;
            }
        }
        if (!changed)
            return dates;
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** How many days after the day last written a bare day may be and still continue its month. */
    private static final int CONTINUED_DAYS = 10;

    /**
     * Whether a bare day opening the sentence's dates (2日，…) continues the day the sentences before wrote last
     * (2023年11月1日，峰会开幕。2日，…): a few days after it, where the manifest's month would otherwise complete it.
     */
    private static boolean continuesLastDay(String last, int day, int at, DateFinder.Found covering, List<DateFinder.Found> dates) {
        if (last == null || last.length() != 10 || covering == null || !covering.inferred() || covering.start() != at
                || dates.stream().anyMatch(f -> f.start() < at))
            return false;
        int lastDay = Integer.parseInt(last.substring(8, 10));
        return day > lastDay && day - lastDay <= CONTINUED_DAYS && !covering.value().startsWith(last.substring(0, 7));
    }

    /** Whether the sentence is a heading that dates its section (一、2022年8月10日发言人主持例行记者会). */
    private static String headingDate(String text, List<DateFinder.Found> dates) {
        if (dates.isEmpty() || text.length() > 60 || text.matches("(?s).*[。！？!?；;].*"))
            return null;
        DateFinder.Found d = dates.get(0);
        // 二、2024年10月 外交部发言人答记者问: a month heads its section too (its bare days, 28日, are that month's)
        return d.value().length() >= 7 && !d.inferred() && HEADING_ORDINAL.matcher(text.substring(0, d.start())).matches()
                && d.end() < text.length() ? d.value() : null;
    }

    static List<RelationRules.Rel> apply(String text, List<Hit> hits, List<DateFinder.Found> dates) {
        return apply(text, hits, dates, new Discourse());
    }

    /**
     * As above; {@code discourse} carries a table row read across sentences: a label alone (2016中国) dates the
     * instruments of the next sentence up to its first label of its own, and a title alone (《A》) takes the year
     * that opens the next sentence in brackets (（2016年）).
     */
    static List<RelationRules.Rel> apply(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse) {
        List<RelationRules.Rel> out = new ArrayList<>();
        beforeTitle(text, hits, dates, out);
        rowLabels(text, hits, discourse.rowYear(), discourse.rowHosted(), out);
        brackets(text, hits, out);
        Matcher b = BRACKET_YEAR_OPENING.matcher(text);
        if (b.find() && discourse.titlesAlone().size() == 1)
            out.add(new RelationRules.Rel(discourse.titlesAlone().get(0), "date", b.group(1), b.start(1), b.end(1), 0.7,
                    "date-bracket", false));
        eventDates(text, hits, dates, discourse, out);
        referenceOpenings(text, hits, dates, discourse, out);
        afterTitle(text, hits, dates, out);
        for (DateFinder.Found d : dates)
            if (d.value().length() >= 7)
                discourse.wroteDate(d.value());
        markSpans(text, hits, dates, discourse);
        String heading = headingDate(text, dates);
        if (heading != null)
            discourse.sectionDated(heading);
        String label = labelAlone(text, hits);
        discourse.rowRead(label, label != null && !LABEL_ALONE.matcher(text).replaceFirst("$2").isBlank(), titlesAlone(text, hits));
        return out;
    }

    /**
     * The events the sentence dates by a span of days or by their opening (E10月8日至12日在…举行, E于11月1日开幕): held over
     * several days, so a text made during them (论坛期间，…发布《Y》) has their month, not their first day (AdoptionDates.duringEvent).
     * Only a sentence naming one event says which event the span is of.
     */
    private static void markSpans(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse) {
        List<Hit> events = hits.stream().filter(Hit::isEvent).toList();
        if (events.stream().map(Hit::iri).distinct().count() != 1)
            return;
        Hit e = events.get(0);
        boolean opens = OPENS_AFTER.matcher(text.substring(e.end())).lookingAt(); // 11月1日，E在…开幕
        for (DateFinder.Found d : dates)
            if (d.value().length() == 10 && (opens || !AdoptionDates.withinSpan(text, d).equals(d.value())))
                discourse.spansDays(e.iri(), AdoptionDates.lastDayOfSpan(text, d));
    }

    private static String labelAlone(String text, List<Hit> hits) {
        Matcher m = LABEL_ALONE.matcher(text.replaceAll("[。.]$", ""));
        if (!m.matches())
            return null;
        String host = m.group(2);
        if (host.isEmpty())
            return m.group(1);
        for (Hit h : hits)
            if (h.isState() && text.substring(h.start(), h.end()).equals(host))
                return m.group(1);
        return null;
    }

    private static List<String> titlesAlone(String text, List<Hit> hits) {
        List<String> iris = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        for (Hit h : hits) {
            if (!h.isInstrument() || h.start() == 0 || text.charAt(h.start() - 1) != '《' || h.end() >= text.length()
                    || text.charAt(h.end()) != '》')
                continue;
            for (int i = h.start() - 1; i <= h.end(); i++)
                rest.setCharAt(i, ' ');
            iris.add(h.iri());
        }
        return rest.toString().isBlank() ? iris : List.of();
    }

    private static void beforeTitle(String text, List<Hit> hits, List<DateFinder.Found> dates, List<RelationRules.Rel> out) {
        for (DateFinder.Found d : dates) {
            Hit first = null;
            for (Hit h : hits)
                if (h.isInstrument() && h.start() >= d.end() && adjacent(text, d.end(), h)) {
                    first = h;
                    break;
                }
            if (first == null || text.substring(d.end(), first.start()).contains("的")
                    && hits.stream().anyMatch(h -> h.isActor() && h.end() == d.start()))
                continue; // 意大利2021年3月的《Y》: the possessive's date (date-possessive)
            List<Hit> run = run(text, hits, first);
            Hit last = run.get(run.size() - 1);
            if (NOT_AN_ACT_AFTER.matcher(text.substring(last.end())).find())
                continue; // 2023年《A》正式生效: entry into force is no date of the act
            // 2022年《…2022-2023年合作计划》《B》: the years inside a title are its name's, the year before it is the row's date
            for (Hit h : run)
                if (!NOT_YET.matcher(text.substring(h.end())).find())
                    out.add(new RelationRules.Rel(h.iri(), "date", d.value(), d.start(), d.end(), d.inferred() ? 0.6 : 0.7,
                            "date-before-title", d.inferred()));
        }
    }

    /** The instrument starts right after the date: 《 (spaces allowed), or a resolution's number 第N号决议. */
    private static boolean adjacent(String text, int end, Hit h) {
        String gap = text.substring(end, h.start());
        if (gap.matches(S + "的?" + S + "《" + S))
            return true; // 2016年的《Y》: the year of the text that follows
        return gap.matches(S) && text.startsWith("第", h.start()) && text.substring(h.start(), h.end()).endsWith("决议");
    }

    /** The titles that follow {@code first} with nothing but list punctuation between them (a table cell's list). */
    private static List<Hit> run(String text, List<Hit> hits, Hit first) {
        List<Hit> run = new ArrayList<>();
        run.add(first);
        Hit prev = first;
        for (Hit h : hits) {
            if (h.start() < prev.end() || h == first)
                continue;
            if (!h.isInstrument())
                break;
            String gap = text.substring(prev.end(), h.start());
            String inner = gap.replaceFirst("^[》”]", "").replaceFirst("[《“]$", "");
            inner = inner.replaceFirst("^" + S + "[(（][^)）]{0,8}[)）]", ""); // （制定中） ends that title only
            if (!RUN_GAP.matcher(inner).matches())
                break;
            run.add(h);
            prev = h;
        }
        return run;
    }

    private static void rowLabels(String text, List<Hit> hits, String carried, boolean hosted, List<RelationRules.Rel> out) {
        Matcher m = ROW_LABEL.matcher(text);
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            int end = m.end(1);
            Hit host = null;
            for (Hit h : hits)
                if (h.start() == end || h.start() > end && text.substring(end, h.start()).isBlank()) {
                    host = h;
                    break;
                }
            if (host != null && host.isState() && !DateFinder.insideTitleAt(text, m.start(1)))
                labels.add(new int[] {m.start(1), end, Integer.parseInt(m.group(1))});
        }
        if (carried != null && hits.stream().noneMatch(h -> h.isInstrument() && YEAR_IN_NAME.matcher(text.substring(h.start(), h.end())).find())) {
            // a row label carried from the sentence before does not reach past a title that holds years of its own (…2022-2023年合作计划):
            // the evidence would then quote the title's years and not the label's
            // the row began with a label alone in the sentence before: its cells run up to this sentence's first label
            // a bare year alone (2023年) may be a heading: then only a run of titles opening the sentence is its row
            int until = labels.isEmpty() ? text.length() : labels.get(0)[0];
            if (!hosted) {
                Hit first = hits.isEmpty() ? null : hits.get(0);
                boolean opens = first != null && first.isInstrument() && text.substring(0, first.start()).matches(S + "《");
                until = opens ? Math.min(until, run(text, hits, first).get(run(text, hits, first).size() - 1).end()) : -1;
            }
            for (Hit h : hits)
                if (h.isInstrument() && h.end() <= until && !NOT_YET.matcher(text.substring(h.end())).find())
                    out.add(new RelationRules.Rel(h.iri(), "date", carried, h.start(), h.end(), 0.7, "date-row-label", false));
        }
        for (int i = 0; i < labels.size(); i++) {
            int[] l = labels.get(i);
            int until = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            for (Hit h : hits)
                if (h.isInstrument() && h.start() > l[1] && h.end() <= until && !NOT_YET.matcher(text.substring(h.end())).find())
                    out.add(new RelationRules.Rel(h.iri(), "date", String.valueOf(l[2]), l[0], l[1], 0.7, "date-row-label", false));
        }
    }

    /** Between a title and the date that closes its list item: the title's end and a comma. */
    private static final Pattern TITLE_COMMA = Pattern.compile("^[》”]?" + S + "[，,]" + S + "$");

    /**
     * {@code date-after-title}: a list item that ends with a title and its date (• 某会议，《A》，1992年), as annexes list
     * texts; only where the date closes the item, not before a resolution's number (《A》，2021年12月第76/168号决议 is the
     * resolution's date).
     */
    private static void afterTitle(String text, List<Hit> hits, List<DateFinder.Found> dates, List<RelationRules.Rel> out) {
        for (DateFinder.Found d : dates) {
            if (d.inferred() || !text.substring(d.end()).matches("(?s)" + S + "[。.]?\\s*"))
                continue;
            Hit before = null;
            for (Hit h : hits)
                if (h.end() <= d.start())
                    before = h;
            if (before != null && before.isInstrument() && TITLE_COMMA.matcher(text.substring(before.end(), d.start())).matches()
                    && !NOT_YET.matcher(text.substring(before.end())).find())
                out.add(new RelationRules.Rel(before.iri(), "date", d.value(), d.start(), d.end(), 0.7, "date-after-title", false));
        }
    }

    private static void brackets(String text, List<Hit> hits, List<RelationRules.Rel> out) {
        for (Hit h : hits) {
            if (!h.isInstrument())
                continue;
            Matcher m = BRACKET_YEAR.matcher(text.substring(h.end()));
            if (m.find())
                out.add(new RelationRules.Rel(h.iri(), "date", m.group(1), h.end() + m.start(1), h.end() + m.end(1), 0.7,
                        "date-bracket", false));
        }
    }

    /** An event named as the occasion of the clause: …在E上表示, E期间举行了…. */
    private static final Pattern OCCASION_AFTER = Pattern.compile("^[”》」]?(?:上|期间|之际|开幕式上|闭幕式上|会上|召开期间|举行期间)");
    /** The occasion is a span of days: 期间 (E期间举行了X dates E only when E opens the clause). */
    private static final Pattern DURING_AFTER = Pattern.compile("^[”》」]?(?:召开|举行)?期间");
    /**
     * The event as subject with its date after it: E于2022年11月3日审议通过, E已于…. Not E将于… (a scheduled event, as the
     * news gold has it: 第N届会议将于2026年在…举行 dates nothing; DateCues.FUTURE).
     */
    private static final Pattern SUBJECT_DATE_GAP = Pattern.compile("^[”》」]?" + S + "(?:[（(][^（()）。，]{1,24}[)）])?" + S + "(?:(?:已|已经)?于)?" + S + "$");
    /** The rest of the date's clause, up to its verb: 2日凌晨在…闭幕 (the closing day). */
    private static final Pattern CLAUSE_REST = Pattern.compile("^[^，,。；;！？!?]{0,24}");
    /** After an event's name, in its clause: it opens (E在上海开幕, E8日开幕), the first of its days. */
    private static final Pattern OPENS_AFTER = Pattern.compile("^[^，,。；;！？!?]{0,20}?(?:开幕|揭幕|启幕)");
    /** An opening in the date's clause (开幕, 揭幕, 开幕式): the first day, not the closing. */
    private static final Pattern OPENING = Pattern.compile("开幕|揭幕|开始|启幕");
    /**
     * A numbered sitting of a term (第十五届国会第九次会议, 第十三届全国人民代表大会常务委员会第三十次会议): it lasts days to weeks, so
     * the day of an act at it (在…会议上通过) is no date of the sitting.
     */
    static final Pattern TERM_SESSION = Pattern.compile("第[一二三四五六七八九十百零\\d]+[届屆].{1,24}第[一二三四五六七八九十百零\\d]+次(?:全体)?会议$");
    /** After an event: it is only the occasion of the clause (在E上通过, E期间发布). */
    static final Pattern OCCASION_ONLY = Pattern.compile("^[”》」]?(?:上|期间|会上)");

    /** A body's plenary named by no ordinal or year of its own (国会全体会议, 议会全会): a sitting, not one named meeting. */
    private static final Pattern PLENARY = Pattern.compile("^[^第\\d届屆]{1,12}(?:全体会议|全体大会|全会)$");
    /** Before a sitting: the act went through it (经第十三届…第三十次会议审议通过), as 在…会议上 places it there. */
    private static final Pattern THROUGH_BEFORE = Pattern.compile("经" + S + "$");

    /**
     * Whether {@code event} (as the text names it) is a sitting named as an act's occasion, 在E上通过 or 经E审议通过: a term's
     * numbered sitting (第十三届…第三十次会议) lasts days, so the act's day does not date it (its own clause of holding
     * does: 17日至20日在北京举行, news-check5 FN01-006); a body's plenary with no name of its own (在国会全体会议表决通过)
     * is no meeting the gold dates. A one-day meeting named so (经…2022年第10次室务会议审议通过) keeps the act's day.
     */
    /** Whether {@code name} is a body's plenary with no name of its own (冰岛议会全会, 国会全体会议): no meeting the gold dates. */
    static boolean plenary(String name) {
        return PLENARY.matcher(name).find();
    }

    static boolean sittingAsOccasion(String text, Hit event) {
        if (event.end() > text.length())
            return false;
        String name = text.substring(event.start(), event.end());
        boolean occasion = OCCASION_ONLY.matcher(text.substring(event.end())).lookingAt()
                || THROUGH_BEFORE.matcher(text.substring(0, event.start())).find();
        boolean plenary = PLENARY.matcher(name).find() && (occasion || text.substring(0, event.start()).endsWith("在"));
        return TERM_SESSION.matcher(name).find() && occasion || plenary;
    }

    /** Whether the clause of the date ending at {@code dateEnd} closes an event (2日凌晨在…闭幕), and does not open it. */
    static boolean closingAfter(String text, int dateEnd) {
        Matcher rest = CLAUSE_REST.matcher(text.substring(Math.min(dateEnd, text.length())));
        String clause = rest.lookingAt() ? rest.group() : "";
        return DateCues.CLOSING.matcher(clause).find() && !OPENING.matcher(clause).find();
    }

    /** Whether a plan, forecast or schedule (DateCues.FUTURE) stands in the clause before {@code at}, or frames the sentence (按照安排，…). */
    static boolean futureBefore(String text, int at) {
        int from = Math.max(Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)), text.lastIndexOf(';', at - 1)) + 1;
        return from < at && DateCues.FUTURE.matcher(text.substring(from, at)).find();
    }

    /**
     * {@code date-event-occasion}: a date heading the sentence (去年11月，…) dates the event its first clause takes place
     * at (在E上, E期间), when no other date stands between them. {@code date-event-subject}: an event followed by 于 and a
     * date (E于2022年11月3日审议通过) took place then.
     */
    private static void eventDates(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse,
            List<RelationRules.Rel> out) {
        for (Hit e : hits) {
            if (!e.isEvent())
                continue;
            for (DateFinder.Found d : dates) {
                if (d.start() >= e.end() && SUBJECT_DATE_GAP.matcher(text.substring(e.end(), d.start())).matches()) {
                    if (futureBefore(text, e.start()))
                        break; // 按照安排，第N届会议于2026年举行: a schedule, not a meeting held
                    boolean closing = closingAfter(text, d.end());
                    // E2日在…闭幕: the closing day dates the event only where the document gives no opening (ClosingDays)
                    out.add(new RelationRules.Rel(e.iri(), "date", d.value(), d.start(), d.end(), d.inferred() ? 0.6 : 0.7,
                            closing ? ClosingDays.RULE : "date-event-subject", d.inferred()));
                    if (discourse != null)
                        discourse.held(e); // it took place (or closed): what 本届会议 of a later sentence means
                    break;
                }
            }
            DateFinder.Found head = DateFinder.headDate(text, dates);
            if (head == null || e.start() < DateFinder.clauseAfter(text, head.end()) || !OCCASION_AFTER.matcher(text.substring(e.end())).find())
                continue;
            String between = text.substring(DateFinder.clauseAfter(text, head.end()), e.start());
            boolean otherDate = dates.stream().anyMatch(d -> d != head && d.start() < e.start());
            boolean during = DURING_AFTER.matcher(text.substring(e.end())).find();
            if (during && !between.matches(S + "在?" + S + "[“「《]?") && head.value().length() > 7)
                continue; // 11月16日，两国元首在E期间会晤: the day is the leaders' meeting, one of the event's days (a month is the event's too)
            if (sittingAsOccasion(text, e))
                continue; // 2025年6月26日，国会在第十五届国会第九次会议上通过…: the day of the vote, not of the sitting
            if (!otherDate && !between.matches(".*[。；;，,].*"))
                out.add(new RelationRules.Rel(e.iri(), "date", head.value(), head.start(), head.end(), head.inferred() ? 0.6 : 0.7,
                        "date-event-occasion", head.inferred()));
        }
    }

    static final String REFERENCE_RULE = "date-event-reference";
    /** After the date: the clause goes on to the event's opening (于21日开幕, 于6月9日在雷克雅未克开幕). */
    private static final Pattern OPENS_IN_CLAUSE = Pattern.compile("^[^，,。；;！？!?]{0,16}?(?:开幕|揭幕|启幕|開幕)");

    /**
     * {@code date-event-reference}: the event a short reference means (EventReferences.referredEvent: the event the paragraph
     * or the document reports), dated where the reference opens its clause and the clause opens the event on a day
     * (这次为期两天的峰会于21日开幕), or where a span of days stands right before the reference (4日至5日的峰会期间，…): its
     * first day, the gold dating an event by its opening. Held over several days, so a text made at it takes the month
     * (Discourse.spansDays), and the closing day the dateline gives is dropped (ClosingDays). Not where the sentence names
     * an event before the date, nor for another edition (下届峰会), nor for a plan (将于…开幕).
     */
    private static void referenceOpenings(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse,
            List<RelationRules.Rel> out) {
        if (discourse == null || discourse.lastEvent() == null)
            return;
        for (DateFinder.Found d : dates) {
            if (d.value().length() != 10)
                continue;
            int cs = RelationRules.backTo(text, d.start(), "，,。；;！？!?\n");
            if (hits.stream().anyMatch(h -> h.isEvent() && h.start() < d.end()) || futureBefore(text, d.start()))
                continue;
            String lead = text.substring(cs, d.start());
            String after = text.substring(d.end());
            boolean opening = EventReferences.QUALIFIED_REFERENCE.matcher(lead).find() && OPENS_IN_CLAUSE.matcher(after).lookingAt();
            boolean span = lead.isBlank() && EventReferences.SPAN_THEN_REFERENCE.matcher(after).lookingAt();
            if (!opening && !span || EventReferences.otherEditionIn(lead))
                continue;
            String around = opening ? lead : after.substring(0, Math.min(after.length(), 12));
            Hit e = EventReferences.referredEvent(discourse, around);
            if (e == null)
                continue;
            out.add(new RelationRules.Rel(e.iri(), "date", d.value(), d.start(), d.end(), d.inferred() ? 0.6 : 0.7, REFERENCE_RULE,
                    d.inferred()));
            discourse.spansDays(e.iri(), null);
            return;
        }
    }
}

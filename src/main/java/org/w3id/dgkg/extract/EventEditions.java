package org.w3id.dgkg.extract;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * Editions of recurring events (edition-of-series): 第十八届互联网治理论坛年会, 2023年世界互联网大会乌镇峰会 and
 * 二十国集团领导人第十四次峰会 are each one edition, an event of its own, of a series written without the
 * year or ordinal (互联网治理论坛年会, 世界互联网大会乌镇峰会, 二十国集团领导人峰会). Dates, adoptedAt and
 * participants stay on the edition; the edition is related to its series with schema:superEvent when the
 * document names the series too, as an event (a standing body such as 互联网治理论坛 is an actor, not a
 * series of meetings, and gets no such link).
 */
final class EventEditions {
    private EventEditions() {}

    static final String RULE = "edition-of-series";

    /**
     * Whether the fact model has the predicate (extract/Predicate.SUPER_EVENT, "superEvent"): until it does,
     * the rule states nothing.
     */
    static final boolean STATED = Arrays.stream(Predicate.values()).anyMatch(p -> p.ruleName.equals("superEvent"));

    /** A year that heads an edition's name: 2023年, 2024. */
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)\\d{2}[ \\u2005]*年?[ \\u2005]*");
    /** An ordinal anywhere in the name: 第十八届, 第14次, 首届. */
    static final Pattern ORDINAL = Pattern.compile("第[一二三四五六七八九十百零\\d]+[届次期轮]|首届|首次");

    /**
     * The name of the series {@code name} is an edition of, or null when the name has no year or ordinal (it
     * is a series or a one-off event itself) or nothing but the head is left without them.
     */
    static String seriesOf(String name) {
        String series = LEADING_YEAR.matcher(name).replaceFirst("");
        Matcher o = ORDINAL.matcher(series);
        if (o.find())
            series = series.substring(0, o.start()) + series.substring(o.end());
        series = series.strip();
        if (series.equals(name) || series.length() < 4 || ORDINAL.matcher(series).find())
            return null;
        return series;
    }

    /**
     * An edition named in passing with an earlier year of its own (首届论坛于2013年在卑尔根举行, 2018年首届大会召开时) in a
     * document that reports another event, dated later: it is an earlier meeting of the series, so a later 会议, 会上 or 本届论坛 still
     * means the event reported, and what was said there (its outcome, participants, date) is not moved to the
     * earlier edition. Read from structure only: an ordinal in the edition's name (or in any name of its entity) and
     * the years of its clause against the year of the event the document reports (Discourse.mainEvent, dated); a
     * clause that also writes that year or a later one leaves the edition alone (a report that goes through the editions
     * in turn names each later one as the event it now reports). Run before the sentence is read into the discourse.
     */
    static void markOtherEditions(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse) {
        if (discourse == null || dates.isEmpty())
            return;
        Hit main = discourse.mainEvent();
        String mainDate = main == null ? null : discourse.dateOf(main.iri());
        if (mainDate == null || mainDate.length() < 4)
            return;
        String mainYear = mainDate.substring(0, 4);
        String mainName = discourse.nameOf(main.iri());
        mainName = mainName == null ? "" : mainName;
        for (Hit h : hits) {
            if (!h.isEvent() || h.iri().equals(main.iri()) || !writtenAsEdition(text.substring(h.start(), h.end()), discourse.labelsOf(h.iri()))
                    && !text.substring(h.start(), h.end()).equals(seriesOf(mainName)))
                continue; // an edition by its ordinal, or the series of the event reported (海洋数据论坛于2013年发起)
            int from = RelationRules.backTo(text, h.start(), RelationRules.CLAUSE_END);
            int to = h.end();
            while (to < text.length() && RelationRules.CLAUSE_END.indexOf(text.charAt(to)) < 0)
                to++;
            boolean ownOrLater = false;
            boolean earlier = false;
            for (DateFinder.Found d : dates)
                if (d.start() >= from && d.end() <= to && d.value().length() >= 4) {
                    if (d.value().substring(0, 4).compareTo(mainYear) < 0)
                        earlier = true;
                    else
                        ownOrLater = true; // 2022年…第二届 after 2021年…首届: a report going through the editions in turn
                }
            if (earlier && !ownOrLater)
                discourse.notCurrent(h.iri());
        }
        for (Hit h : hits)
            if (h.isEvent() && !h.iri().equals(main.iri()) && laterEdition(text, h, dates, mainYear))
                discourse.notCurrent(h.iri());
    }

    /**
     * 确定2027年世界无线电通信大会议程 in a report of the 2023 conference: an edition whose name leads with a year after
     * the year of the event reported, in a clause that dates nothing else (no act of its own), is an edition to come.
     * It has no date, participant or outcome yet, and a later bare 大会 or 会上 does not mean it.
     */
    private static boolean laterEdition(String text, Hit h, List<DateFinder.Found> dates, String mainYear) {
        Matcher year = LEADING_YEAR.matcher(text.substring(h.start(), h.end()));
        if (!year.find() || year.group().substring(0, 4).compareTo(mainYear) <= 0)
            return false;
        int from = RelationRules.backTo(text, h.start(), RelationRules.CLAUSE_END);
        int to = h.end();
        while (to < text.length() && RelationRules.CLAUSE_END.indexOf(text.charAt(to)) < 0)
            to++;
        for (DateFinder.Found d : dates)
            if (d.start() >= from && d.end() <= to && (d.end() <= h.start() || d.start() >= h.end()))
                return false; // 2027年大会于2027年10月举行: a clause that dates it reports it
        return true;
    }

    /** Whether an event written as {@code surface}, or named {@code labels} elsewhere, is an edition by its ordinal. */
    private static boolean writtenAsEdition(String surface, java.util.Set<String> labels) {
        if (ORDINAL.matcher(surface).find())
            return true;
        for (String l : labels)
            if (ORDINAL.matcher(l).find())
                return true;
        return false;
    }

    /** EDITION schema:superEvent SERIES for each edition in the sentence whose series the document named as an event. */
    static void apply(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        if (!STATED)
            return;
        for (Hit h : hits) {
            if (!h.isEvent())
                continue;
            String series = seriesOf(text.substring(h.start(), h.end()));
            if (series == null)
                continue;
            Hit named = null;
            for (Hit other : hits)
                if (other.isEvent() && text.substring(other.start(), other.end()).equals(series))
                    named = other;
            if (named == null && discourse != null)
                named = discourse.eventNamed(series);
            if (named != null && !named.iri().equals(h.iri()))
                out.add(new Rel(h.iri(), "superEvent", named.iri(), h.start(), h.end(), 0.8, RULE, false));
        }
    }
}

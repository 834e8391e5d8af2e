package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in a sentence: 2023年11月1日, 2023年 10月 (spaces anywhere, even inside the
 * digits of a PDF line: 201 3年1 2月), 11月 1-2日 (a range gives its start), months without a year
 * (completed from a year given earlier in the sentence or paragraph, and then marked inferred).
 * Years that frame a period rather than date an act (2022年以来, 到2030年, 2023年底) and years
 * inside titles are not dates.
 */
final class DateFinder {
    private DateFinder() {}

    /** A date found at [start,end) of the text; {@code value} is YYYY, YYYY-MM or YYYY-MM-DD. */
    record Found(String value, int start, int end, boolean inferred) {}

    private static final String S = "[ \\u2005\\u2002\\u3000]*";
    private static final String D = "\\d(?:" + S + "\\d)*";
    private static final Pattern FULL = Pattern.compile(
            "(?<![\\d./])(" + "(?:1[89]|20)" + S + "\\d" + S + "\\d" + ")" + S + "年" + S
                    + "(?:(" + D + ")" + S + "月" + S + "(?:(" + D + ")" + S + "(?:[-—–至]" + S + "(?:" + D + S + "月" + S + ")?" + D + S + ")?日(?:" + S + "[-—–至]" + S + "(?:" + D + S + "月" + S + ")?" + D + S + "日)?)?)?");
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "(?<![\\d年.])(" + D + ")" + S + "月" + S + "(?:(" + D + ")" + S + "(?:[-—–至]" + S + D + S + ")?日)?");
    private static final Pattern AFTER_YEAR_PERIOD = Pattern.compile(
            "^" + S + "(?:以来|来|起|至今|之前|前|以前|以后|之后|后|底|末|初|年初|上半年|下半年|间|期间|左右|前后|年代|代|[-—–至到]" + S + "\\d|、" + S + "\\d|财年|版)");
    private static final Pattern BEFORE_YEAR_PERIOD = Pattern.compile("(?:到|至|截至|截止|自|从|在|于)" + S + "$");

    static List<Found> find(String text, String paragraphYear) {
        List<Found> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        Matcher m = FULL.matcher(text);
        String lastYear = paragraphYear;
        while (m.find()) {
            String year = digits(m.group(1));
            String month = m.group(2) == null ? null : digits(m.group(2));
            String day = m.group(3) == null ? null : digits(m.group(3));
            if (insideTitle(text, m.start()))
                continue;
            for (int i = m.start(); i < m.end(); i++)
                taken[i] = true;
            String rest = text.substring(m.end());
            if (month == null) {
                if (AFTER_YEAR_PERIOD.matcher(rest).find())
                    continue;
                String before = text.substring(Math.max(0, m.start() - 3), m.start());
                if (BEFORE_YEAR_PERIOD.matcher(before).find() && !before.endsWith("于") && !before.endsWith("在"))
                    continue;
            } else if (day == null && rest.matches("(?s)^" + S + "(?:以来|起|至今|底|末|初).*")) {
                continue;
            } else if (text.substring(Math.max(0, m.start() - 3), m.start()).matches(".*(截至|截止|到|直到|至今)" + S)) {
                continue; // 截至2019年9月: a point of counting, not the date of an act
            }
            String v = value(year, month, day);
            if (v != null) {
                out.add(new Found(v, m.start(), m.end(), false));
                lastYear = year;
            }
        }
        Matcher mo = MONTH_ONLY.matcher(text);
        while (mo.find()) {
            if (taken[mo.start()] || insideTitle(text, mo.start()))
                continue;
            String year = yearBefore(out, mo.start(), lastYear, paragraphYear);
            if (year == null)
                continue;
            String v = value(year, digits(mo.group(1)), mo.group(2) == null ? null : digits(mo.group(2)));
            if (v != null)
                out.add(new Found(v, mo.start(), mo.end(), true));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** The year of the nearest full date before {@code pos} in this sentence, else the paragraph's year. */
    private static String yearBefore(List<Found> found, int pos, String lastYear, String paragraphYear) {
        String y = null;
        for (Found f : found)
            if (f.start() < pos && !f.inferred())
                y = f.value().substring(0, 4);
        return y != null ? y : paragraphYear;
    }

    /** The last explicit year in a text, to complete month-only dates later in the paragraph. */
    static String lastYear(String text) {
        String y = null;
        for (Found f : find(text, null))
            if (!f.inferred())
                y = f.value().substring(0, 4);
        return y;
    }

    private static boolean insideTitle(String text, int pos) {
        int open = text.lastIndexOf('《', pos);
        int close = text.lastIndexOf('》', pos);
        return open > close;
    }

    private static String digits(String s) {
        return s.replaceAll("\\D", "");
    }

    private static String value(String year, String month, String day) {
        if (year.length() != 4)
            return null;
        if (month == null)
            return year;
        int mo = Integer.parseInt(month);
        if (mo < 1 || mo > 12)
            return null;
        if (day == null)
            return String.format("%s-%02d", year, mo);
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31)
            return null;
        return String.format("%s-%02d-%02d", year, mo, d);
    }
}

package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Standards by their code: a standards body's initials and a number (ISO/IEC 42001, IEEE 7000-2021, GB/T 35273-2020,
 * ITU-T Y.3172) written right before a title (ISO/IEC 22989《…》) or in the cell before a name in a table row
 * (ISO/IEC 23894 | 人工智能风险管理指南 | 已发布). The title or the cell is then a standard, whatever word it ends in
 * (…术语, …体系, …评估), and the code is its other name; a code alone, where the sentence speaks of standards ({@link #alone}).
 * The code is recognised by its shape alone, no list of bodies.
 */
final class StandardCodes {
    private StandardCodes() {}

    static final String RULE = "standard-code";

    /** Initials (with a second body after a slash or a hyphen: ISO/IEC, ITU-T), a space, a number with its part and year. */
    private static final Pattern CODE = Pattern.compile(
            "[A-Z]{2,6}(?:[/-][A-Z]{1,4}){0,2}\\s?(?:[A-Z]{1,2}\\.)?\\d{3,6}(?:[.-]\\d{1,4}){0,2}(?::\\d{4})?");
    /** Initials and a year alone (RCEP 2020, G20 2024 written apart): a date, no standard. */
    private static final Pattern YEAR_ONLY = Pattern.compile("[A-Z]{2,6}\\s?(?:19|20)\\d\\d");
    /** A name in a cell: Han characters with their inner punctuation, no sentence. */
    private static final Pattern NAME_CELL = Pattern.compile("[\\u4e00-\\u9fff][\\u4e00-\\u9fff0-9A-Za-z：:、—\\-（）() ]{2,39}");

    /** Whether the whole of {@code s} is a standard's code. */
    static boolean isCode(String s) {
        return CODE.matcher(s).matches() && !YEAR_ONLY.matcher(s).matches();
    }

    /** The code written right before {@code open} (the position of a title's 《), a space between allowed, or null. */
    static String codeBefore(String text, int open) {
        int end = open;
        while (end > 0 && text.charAt(end - 1) == ' ')
            end--;
        int from = Math.max(0, end - 30);
        Matcher m = CODE.matcher(text.substring(from, end));
        String code = null;
        while (m.find())
            if (m.end() == end - from && (m.start() == 0 && from == 0 || !isCodeChar(text.charAt(from + m.start() - 1))))
                code = m.group();
        return code != null && isCode(code) ? code : null;
    }

    private static boolean isCodeChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '/' || c == '-');
    }

    /** A word of the sentence that speaks of standards: a code written in it alone names a standard. */
    private static final Pattern STANDARDS_WORD = Pattern.compile("标准|規範|规范|標準");

    /**
     * 发布了首批三项标准，即FIPS 203、FIPS 204和FIPS 205; ISO/IEC 27701《…》作为ISO/IEC 27001的扩展: a code written alone (no
     * title after it, none around it) in a sentence that speaks of standards or names another standard by code and title
     * is a standard, named by its code; so is a code that ends in its edition's year after a colon (注：ISO/IEC 27001:2013的过渡期…),
     * anywhere. Elsewhere a code alone (SB 1047, a bill; EO 14110, an order) says nothing of its class.
     */
    static List<NameFinder.Name> alone(String text) {
        List<NameFinder.Name> out = new ArrayList<>();
        List<int[]> codes = new ArrayList<>();
        boolean titled = false;
        for (Matcher m = CODE.matcher(text); m.find();) {
            if (m.start() > 0 && isCodeChar(text.charAt(m.start() - 1)) || m.end() < text.length() && (isCodeChar(text.charAt(m.end()))
                    || text.charAt(m.end()) == '.') || !isCode(m.group()) || insideTitle(text, m.start()))
                continue;
            int after = m.end();
            while (after < text.length() && text.charAt(after) == ' ')
                after++;
            if (after < text.length() && text.charAt(after) == '《') {
                titled = true; // ISO/IEC 22989《…》: the title's code, read with the title (DocumentDiscovery)
                continue;
            }
            codes.add(new int[] {m.start(), m.end()});
        }
        boolean speaksOfStandards = titled || STANDARDS_WORD.matcher(text).find();
        for (int[] c : codes)
            if (speaksOfStandards || EDITION.matcher(text.substring(c[0], c[1])).find())
                out.add(new NameFinder.Name(text.substring(c[0], c[1]), c[0], c[1], NameFinder.Kind.INSTRUMENT, "Standard", RULE));
        return out;
    }

    /** A code that ends in its edition's year after a colon (ISO/IEC 27001:2013): the way standards alone are cited. */
    private static final Pattern EDITION = Pattern.compile("\\d:(?:19|20)\\d\\d$");

    /** Position {@code at} lies between a 《 and its 》. */
    private static boolean insideTitle(String text, int at) {
        return text.lastIndexOf('《', at) > text.lastIndexOf('》', at);
    }

    /**
     * The standards of a table row whose cells are separated by {@link TableRows#CELL}: each cell that is a code followed by
     * a cell that is a name gives the name (the cell's span) and the code as its other name, at the same place.
     */
    static List<NameFinder.Name> inRow(String text) {
        List<NameFinder.Name> out = new ArrayList<>();
        if (text.indexOf(TableRows.CELL) < 0)
            return out;
        int start = 0;
        String previous = null;
        while (start <= text.length()) {
            int end = text.indexOf(TableRows.CELL, start);
            if (end < 0)
                end = text.length();
            String cell = text.substring(start, end).strip();
            int lead = text.substring(start, end).indexOf(cell);
            if (previous != null && NAME_CELL.matcher(cell).matches() && !cell.isEmpty()) {
                int s = start + lead;
                int e = s + cell.length();
                out.add(new NameFinder.Name(cell, s, e, NameFinder.Kind.INSTRUMENT, "Standard", RULE));
                out.add(new NameFinder.Name(previous, s, e, NameFinder.Kind.INSTRUMENT, "Standard", RULE));
            }
            previous = isCode(cell) ? cell : null;
            start = end + 1;
        }
        return out;
    }
}

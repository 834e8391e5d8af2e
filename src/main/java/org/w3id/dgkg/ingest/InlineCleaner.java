package org.w3id.dgkg.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Character-level clean-up of the joined text: citation markers ({@code ^[12]}, {@code ^{[1][2]}},
 * {@code ^①}), inline URLs, footnote markers glued to words ({@code 增速放缓1。}), and layout
 * whitespace. Paragraphs are separated by single {@code '\n'} characters, which are kept.
 */
final class InlineCleaner {
    private static final Pattern CITATION = Pattern.compile("\\^\\{?(\\[\\d{1,3}([-–,，]\\d{1,3})*\\])+\\}?|\\^[①-⑳]");
    private static final Pattern INLINE_URL = Pattern.compile("<?(https?://|www\\.)[\\x21-\\x7E]+>?");
    /** Characters after which a following 1–2 digit run may be a footnote marker. */
    private static final String MARKER_AFTER = "”’\"」』》。，；、";
    /** Characters that may directly follow a footnote marker. */
    private static final String MARKER_BEFORE = "。，；、”）\"";
    /** Words after which a number is a quantity or an ordinal, never a footnote marker. */
    private static final String QUANTITY_WORDS = "第前约近超逾达共至到为占是和与及或每";

    /** Words that open a caption at a line start; the number after them is the caption's. */
    private static final String CAPTION_WORDS = "表图";

    /** Units that can follow a number at the start of a clause. */
    private static final String COUNTING_UNITS = "年月日号个项家亿万千百%％倍名条款次届";

    private InlineCleaner() {}

    static NormalisedText clean(CharStream joined, String original) {
        CharStream s = dropMatches(joined, CITATION);
        s = dropUrls(s);
        s = dropFootnoteMarkers(s, original);
        s = normaliseSpaces(s);
        s = tidyParagraphs(s);
        return s.toNormalisedText();
    }

    private static CharStream dropMatches(CharStream s, Pattern pattern) {
        boolean[] drop = new boolean[s.size()];
        Matcher m = pattern.matcher(s.text());
        while (m.find())
            for (int i = m.start(); i < m.end(); i++)
                drop[i] = true;
        return s.without(drop);
    }

    /** Removes URLs inside running text; trailing ASCII punctuation stays with the sentence. */
    private static CharStream dropUrls(CharStream s) {
        boolean[] drop = new boolean[s.size()];
        Matcher m = INLINE_URL.matcher(s.text());
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:)".indexOf(s.charAt(end - 1)) >= 0 && s.charAt(m.start()) != '<')
                end--;
            for (int i = m.start(); i < end; i++)
                drop[i] = true;
        }
        return s.without(drop);
    }

    /**
     * A footnote marker is a run of one or two digits on the same line as, and right after, a Han
     * character, a closing quote or 。，；、; it is followed by 。，；、”）, a space, a line or
     * paragraph end. Numbers followed (after a space or line break) by a unit such as 年, 月, 个, %
     * are quantities and stay.
     */
    static CharStream dropFootnoteMarkers(CharStream s, String original) {
        boolean[] drop = new boolean[s.size()];
        int i = 0;
        while (i < s.size()) {
            if (!Chars.isDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int a = i;
            while (i < s.size() && Chars.isDigit(s.charAt(i)))
                i++;
            if (isFootnoteMarker(s, a, i, original))
                for (int k = a; k < i; k++)
                    drop[k] = true;
            else if (isMarkerBeforeYear(s, a, i))
                for (int k = a; k < i - 4; k++)
                    drop[k] = true;
        }
        return s.without(drop);
    }

    /**
     * A run of five or six digits before 年 whose last four are a year (1800–2099), after a clause
     * end or a Han character: a footnote marker of the sentence before, glued to the year that opens
     * the next (…签署。12019年4月16日，…). No year has five digits, so the first one or two are the marker.
     */
    private static boolean isMarkerBeforeYear(CharStream s, int a, int b) {
        if (b - a < 5 || b - a > 6 || a == 0 || s.lineStart(a))
            return false;
        char prev = s.charAt(a - 1);
        if (!(Chars.isHan(prev) || MARKER_AFTER.indexOf(prev) >= 0) || QUANTITY_WORDS.indexOf(prev) >= 0)
            return false;
        int k = b;
        while (k < s.size() && Chars.isSpace(s.charAt(k)))
            k++;
        if (s.at(k) != '年')
            return false;
        char c1 = s.charAt(b - 4), c2 = s.charAt(b - 3);
        return c1 == '1' && (c2 == '8' || c2 == '9') || c1 == '2' && c2 == '0';
    }

    private static boolean isFootnoteMarker(CharStream s, int a, int b, String original) {
        if (b - a > 2 || a == 0 || s.lineStart(a))
            return false;
        char prev = s.charAt(a - 1);
        if (!(Chars.isHan(prev) || MARKER_AFTER.indexOf(prev) >= 0) || QUANTITY_WORDS.indexOf(prev) >= 0)
            return false;
        if (CAPTION_WORDS.indexOf(prev) >= 0 && opensLine(s, a - 1))
            return false; // a caption's number: 表7　…, 图2　…, 附表1

        char next = s.at(b);
        if (prev == '、' && Chars.isDigit(s.at(a - 2)) || next == '、' && Chars.isDigit(s.at(b + 1)))
            return false; // a list of numbers: 下降 11、10、8、7和 5名
        if ((next == '）' || next == ')') && insideShortParenthesis(s, a))
            return false; // a name in brackets: （目标4）
        if (MARKER_BEFORE.indexOf(next) >= 0)
            return true;
        if (prev == '》' && Chars.isHan(next) && !Chars.isUnit(next) && COUNTING_UNITS.indexOf(next) < 0)
            return true; // 《通用数据保护条例》1第45条: a title takes no number of its own before the next word
        if (!(next == 0 || next == '\n' || Chars.isSpace(next) || s.lineStart(b)))
            return false;
        if (!Chars.isHan(prev) && s.lineStart(b) && indented(s, b, original))
            return true; // “，9” / “ 年均增速”: the superscript pushed the next line in by a space
        int k = b;
        while (k < s.size() && Chars.isSpace(s.charAt(k)))
            k++;
        char after = s.at(k);
        if (after == '.' || after == '/' || Chars.isDigit(after) || after == '世' && s.at(k + 1) == '纪')
            return false;
        // after a Han character any measure word makes a quantity (“比20 / 国集团”); after 。，；、
        // a new clause starts, so only date and counting units do (“。10 / 国际海缆” is a marker)
        return Chars.isHan(prev) ? !Chars.isUnit(after) : COUNTING_UNITS.indexOf(after) < 0;
    }

    /** Position {@code i} starts its line, or only 续/附 stand before it (续表, 附表). */
    private static boolean opensLine(CharStream s, int i) {
        int k = i;
        while (k > 0 && !s.lineStart(k) && "续附".indexOf(s.charAt(k - 1)) >= 0 && i - k < 2)
            k--;
        return s.lineStart(k);
    }

    /** The line starting at {@code i} began with a space in the original. */
    private static boolean indented(CharStream s, int i, String original) {
        int o = s.origin(i);
        return o > 0 && original.charAt(o - 1) == ' ';
    }

    /** An opening bracket at most 12 characters before {@code a}, not closed in between. */
    private static boolean insideShortParenthesis(CharStream s, int a) {
        for (int k = a - 1; k >= Math.max(0, a - 12); k--) {
            char c = s.charAt(k);
            if (c == '（' || c == '(')
                return true;
            if (c == '）' || c == ')' || c == '\n' || c == '。')
                return false;
        }
        return false;
    }

    /**
     * Layout spaces (ASCII, U+2005, U+2002, U+3000, NBSP) become one ASCII space between two
     * Latin words or numbers, and disappear next to CJK characters and punctuation, at paragraph
     * edges, and between digits when the space is a U+2005 thousands separator.
     */
    static CharStream normaliseSpaces(CharStream s) {
        CharStream out = new CharStream(s.size());
        int i = 0;
        while (i < s.size()) {
            char c = s.charAt(i);
            if (!isLayoutSpace(c)) {
                out.append(c, s.origin(i), s.lineStart(i));
                i++;
                continue;
            }
            int a = i;
            while (i < s.size() && isLayoutSpace(s.charAt(i)))
                i++;
            char before = s.at(a - 1);
            char after = s.at(i);
            boolean edge = before == 0 || before == '\n' || after == 0 || after == '\n';
            boolean cjk = Chars.isCjk(before) || Chars.isCjk(after);
            boolean thousands = i - a == 1 && s.charAt(a) == '\u2005' && Chars.isDigit(before) && Chars.isDigit(after);
            if (!edge && !cjk && !thousands)
                out.append(' ', s.origin(a), s.lineStart(a));
        }
        return out;
    }

    /** A space of the layout; the joiner's cell separator of a table row is not one. */
    private static boolean isLayoutSpace(char c) {
        return Chars.isSpace(c) && c != ColumnTables.CELL;
    }

    /** No empty paragraphs and no line break at the start or end. */
    private static CharStream tidyParagraphs(CharStream s) {
        boolean[] drop = new boolean[s.size()];
        char last = '\n';
        for (int i = 0; i < s.size(); i++) {
            char c = s.charAt(i);
            if (c == '\n' && (last == '\n' || i == s.size() - 1))
                drop[i] = true;
            else
                last = c;
        }
        // a trailing '\n' that survived because the text ended in several of them
        for (int i = s.size() - 1; i >= 0 && (drop[i] || s.charAt(i) == '\n'); i--)
            drop[i] = true;
        return s.without(drop);
    }
}

package org.w3id.dgkg.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds paragraph starts among the kept lines of a document. Blank lines are ignored (PDF
 * extraction puts them inside sentences). A paragraph starts at a heading, a caption, a bullet,
 * and after a line that ends a sentence without filling the column (or after every sentence-final
 * line when lines are whole paragraphs, or when a blank line follows in a document where blank
 * lines are rare). Headings, captions and short untermintated lines standing
 * alone are paragraphs of their own.
 */
final class ParagraphBreaker {
    private static final Pattern HEADING = Pattern.compile(
            "^([一二三四五六七八九十]{1,3}、"
                    + "|[（(][一二三四五六七八九十]{1,3}[）)]"
                    + "|\\d{1,2}\\.\\s"
                    + "|(前\\s*言|导\\s*言|引\\s*言|结\\s*语|结束语|摘\\s*要|附件[一二三四五六七八九十]*)(\\s|[：:]|$)"
                    + "|第[一二三四五六七八九十]{1,3}[章节部分])");
    private static final Pattern CAPTION = Pattern.compile("^((图|表)\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})|(数据)?来源[：:]|资料来源[：:]|注[：:])");
    /** A numbered section heading: 4.1 区域合作的新进展, 2.1.4 …; the number is followed by a word, not a unit (2.5亿). */
    private static final Pattern DECIMAL_HEADING = Pattern.compile("^\\d{1,2}(\\.\\d{1,2}){1,3}[ \\u3000]*([\\p{IsHan}《“])");
    private static final Pattern BULLET = Pattern.compile("^[•»▪●◆■]");
    /**
     * The label of a table row laid out as text: a year and, after a gap, a short name (the host of that year: 2018 阿根廷,
     * 2019年 日本) alone on its line. It starts a row of its own, so that the cells of the row before it (the texts of
     * 2017) never run into the cells after it (the focus of 2018).
     */
    private static final Pattern ROW_LABEL = Pattern.compile("^(?:19|20)\\d{2}(?:\\s*年)?[ \\t\\u3000\\u00A0]+(?![年月])\\p{IsHan}{2,6}$");
    /** A heading longer than this (or containing 。) is the start of a paragraph, not a heading. */
    private static final int MAX_HEADING = 60;

    private ParagraphBreaker() {}

    /**
     * For each kept line, whether a new paragraph starts at it.
     *
     * @param kept          the kept lines in order
     * @param blankAfter    for each kept line, whether the original line after it is blank
     */
    static boolean[] breaksBefore(List<SourceLine> kept, boolean[] blankAfter, Layout layout) {
        boolean[] breaks = new boolean[kept.size()];
        boolean breakNext = true;
        boolean inHeading = false;
        boolean captionStarted = false;
        for (int i = 0; i < kept.size(); i++) {
            SourceLine line = kept.get(i);
            String t = line.text();
            boolean heading = isHeading(t);
            boolean caption = CAPTION.matcher(t).find();
            boolean rowLabel = isRowLabel(t);
            breaks[i] = breakNext || heading || caption || rowLabel || BULLET.matcher(t).find();
            boolean shortLine = layout.isShort(line);
            if (heading || caption) {
                inHeading = true;
                captionStarted = caption && !heading;
            }
            if (inHeading) {
                // a wrapped heading continues on the next line when its line is full
                // and the next line is a short, open tail (“（一）…加速实现可持续发” / “展目标”)
                boolean tailFollows = !layout.linesAreParagraphs() && i + 1 < kept.size()
                        && t.length() >= layout.typicalWidth() * 0.6
                        && kept.get(i + 1).length() <= layout.typicalWidth() * 0.5 && endsOpen(kept.get(i + 1));
                breakNext = endsSentence(t) || !tailFollows || captionStarted;
                inHeading = !breakNext;
            } else {
                boolean endsClause = endsSentence(t) || t.endsWith("：") || t.endsWith(":");
                breakNext = endsClause && (shortLine || blankAfter[i] && layout.blankLinesSeparate())
                        || standsAlone(line, breaks[i], blankAfter[i], layout)
                        || breaks[i] && isLabelLine(line, layout)
                        || i > 0 && endsWrappedHeading(line, kept.get(i - 1), breaks[i - 1], blankAfter[i], layout);
            }
            breakNext |= rowLabel; // the row's cells follow as a paragraph of their own
        }
        return breaks;
    }

    /** A table row's label of a year and a host, alone on its line ({@link #ROW_LABEL}). */
    static boolean isRowLabel(String t) {
        return ROW_LABEL.matcher(t.strip()).matches();
    }

    static boolean isHeading(String t) {
        if (t.length() > MAX_HEADING || t.indexOf('。') >= 0)
            return false;
        if (HEADING.matcher(t).find())
            return true;
        var m = DECIMAL_HEADING.matcher(t);
        return m.find() && !isQuantity(t.substring(m.start(2))) && t.indexOf('，') < 0 && t.indexOf(',') < 0;
    }

    /** What follows a decimal number when it is a quantity (2.5亿, 1.2万人, 3.5%, 2.1美元), not a section number. */
    private static boolean isQuantity(String after) {
        return "亿万千百%％倍年月日个项家名条款次届岁度成".indexOf(after.charAt(0)) >= 0
                || after.startsWith("美元") || after.startsWith("欧元") || after.startsWith("人次");
    }

    /**
     * A line with no closing punctuation that starts a paragraph and does not continue: a
     * heading, a table row or a label. Where blank lines are rare, a blank after it says so;
     * elsewhere, the column did not fill.
     */
    private static boolean standsAlone(SourceLine line, boolean startsParagraph, boolean blankAfter, Layout layout) {
        if (!startsParagraph || layout.linesAreParagraphs() || !endsOpen(line))
            return false;
        return layout.blankLinesSeparate() ? blankAfter : layout.isShort(line);
    }

    /**
     * Where lines are whole paragraphs, a short line that starts a paragraph and holds no punctuation is a label of its own
     * (a byline 文／…, a section word 背景, a headline), never the first half of the next line's sentence.
     */
    private static boolean isLabelLine(SourceLine line, Layout layout) {
        return layout.linesAreParagraphs() && endsOpen(line) && line.length() < Math.min(LABEL_MAX, layout.typicalWidth() / 3)
                && !CLAUSE_PUNCTUATION.matcher(line.text()).find();
    }

    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[，,；;。：:、]");

    /** Longest line (in characters) that {@link #isLabelLine} takes for a label. */
    private static final int LABEL_MAX = 30;

    /** The second line of a wrapped heading where blank lines are rare: short, open, blank after. */
    private static boolean endsWrappedHeading(SourceLine line, SourceLine previous, boolean previousStarted,
            boolean blankAfter, Layout layout) {
        return previousStarted && layout.blankLinesSeparate() && !layout.linesAreParagraphs() && blankAfter
                && layout.isShort(line) && endsOpen(line) && endsOpen(previous)
                && previous.length() + line.length() <= MAX_HEADING;
    }

    private static boolean endsOpen(SourceLine line) {
        char last = line.text().charAt(line.length() - 1);
        return Chars.isHan(last) || Chars.isLatinOrDigit(last) || last == '）' || last == ')' || last == '》';
    }

    /** The line ends with 。！？, possibly followed by closing quotes or brackets. */
    static boolean endsSentence(String t) {
        int i = t.length() - 1;
        int digits = 0;
        while (i >= 0 && Chars.isDigit(t.charAt(i)) && digits < 3) {
            i--;
            digits++;
        }
        if (digits > 2 || (digits > 0 && (i < 0 || !(Chars.isTerminator(t.charAt(i)) || Chars.isCloser(t.charAt(i))))))
            return false; // a number ends the line; a footnote marker after 。 does not hide the end

        while (i >= 0 && Chars.isCloser(t.charAt(i)))
            i--;
        return i >= 0 && Chars.isTerminator(t.charAt(i));
    }
}

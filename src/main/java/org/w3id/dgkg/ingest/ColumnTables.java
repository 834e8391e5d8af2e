package org.w3id.dgkg.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the rows of tables laid out in columns: lines whose cells are separated by column gaps
 * (a tab, an ideographic space, or two or more spaces), under a caption (表3-1 …, 附表2 …, Table 4 …)
 * or numbered 1, 2, 3… down the first column. Such lines are otherwise taken for page furniture (two
 * short fields, no sentence end) and dropped, and with them every name that stands only in a cell.
 * Each row becomes a paragraph of its own whose cells are separated by {@link #CELL}, so that a name
 * never runs from one cell into the next and the extractor can read the table by row and column.
 */
final class ColumnTables {
    /** The cell separator in the normalised text (it maps to the first character of the column gap). */
    static final char CELL = '\t';
    /** A caption that announces a table: 表3-1, 表 2：, 附表1, Table 4. */
    private static final Pattern CAPTION = Pattern.compile("^(续?附?表\\s*[\\d一二三四五六七八九十]+([-－—.．]\\d+)?|Table\\s+\\d+)(?![\\d年月日个项家%])");
    /** A column gap: a tab, any ideographic space, two or more other spaces, or a vertical bar between cells (A | B). */
    static final Pattern GAP = Pattern.compile(
            "[\\s\\u3000\\u00A0]*[|｜][ \\t\\u00A0\\u3000]*|[\\t\\u3000][\\s\\u3000]*|[ \\u00A0\\u2002\\u2003\\u2005]{2,}[\\s\\u3000]*");
    /** A vertical bar that separates cells. */
    private static final Pattern BAR = Pattern.compile("[|｜]");
    /** Lines of a table drawn with vertical bars (a header and its rows) it needs before it counts as one without a caption. */
    private static final int MIN_BARRED_LINES = 3;
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,3})(?=[\\t\\u3000 ]|$)");
    /** A cell longer than this is running text, not a table cell. */
    private static final int MAX_CELL = 40;
    /** Rows a numbered table without a caption needs before it counts as one. */
    private static final int MIN_NUMBERED_ROWS = 3;

    private ColumnTables() {}

    /** For each line, whether it is a row of a column table, and whether it is the caption of one. */
    record Found(boolean[] rows, boolean[] captions) {}

    /** The rows and captions of the column tables among {@code lines}. */
    static Found find(List<SourceLine> lines, List<LineFilter.Kind> kinds) {
        boolean[] rows = new boolean[lines.size()];
        boolean[] captions = new boolean[lines.size()];
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            boolean caption = !line.isBlank() && CAPTION.matcher(line.text()).find();
            int first = caption ? i + 1 : i;
            int end = blockEnd(lines, kinds, first);
            int count = countRows(lines, kinds, first, end);
            boolean continued = caption && line.text().startsWith("续"); // 续表3: the rest of a table after a page break
            if ((count >= 2 || continued && count >= 1)
                    && (caption || numbered(lines, first, end) >= MIN_NUMBERED_ROWS || barred(lines, first, end))) {
                captions[i] = caption;
                for (int k = first; k < end; k++)
                    rows[k] = !lines.get(k).isBlank() && isRow(lines.get(k).text())
                            && kinds.get(k) != LineFilter.Kind.HEADER && kinds.get(k) != LineFilter.Kind.PAGE_NUMBER;
                i = end;
            } else {
                i++;
            }
        }
        return new Found(rows, captions);
    }

    /** Index after the last row of a run starting at {@code from}: blank lines and page furniture do not end it. */
    private static int blockEnd(List<SourceLine> lines, List<LineFilter.Kind> kinds, int from) {
        int end = from;
        for (int k = from; k < lines.size(); k++) {
            SourceLine l = lines.get(k);
            LineFilter.Kind kind = kinds.get(k);
            if (l.isBlank() || kind == LineFilter.Kind.HEADER || kind == LineFilter.Kind.PAGE_NUMBER)
                continue;
            if (!isRow(l.text()))
                break;
            end = k + 1;
        }
        return end;
    }

    private static int countRows(List<SourceLine> lines, List<LineFilter.Kind> kinds, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++)
            if (!lines.get(k).isBlank() && isRow(lines.get(k).text()) && kinds.get(k) != LineFilter.Kind.HEADER)
                n++;
        return n;
    }

    /**
     * A table drawn with vertical bars (会议 | 时间 | 举办地, then one line per row): three or more lines in a row, each cut by
     * bars into the same number of cells. A site's menu or a dateline cut by bars (首页 | 国际 | 财经, 联合国新闻 | 经济发展)
     * stands alone or changes its number of fields from line to line, so it stays page furniture.
     */
    private static boolean barred(List<SourceLine> lines, int from, int to) {
        int cells = -1;
        int n = 0;
        for (int k = from; k < to; k++) {
            String text = lines.get(k).text().strip();
            if (text.isEmpty())
                continue;
            if (!BAR.matcher(text).find())
                return false;
            int c = GAP.split(text).length;
            if (cells >= 0 && c != cells)
                return false;
            cells = c;
            n++;
        }
        return n >= MIN_BARRED_LINES;
    }

    /** How many rows count 1, 2, 3… down the first column. */
    private static int numbered(List<SourceLine> lines, int from, int to) {
        int expected = -1;
        int n = 0;
        for (int k = from; k < to; k++) {
            var m = LEADING_NUMBER.matcher(lines.get(k).text());
            if (!m.find())
                continue;
            int v = Integer.parseInt(m.group(1));
            if (expected < 0 || v == expected)
                n++;
            expected = v + 1;
        }
        return n;
    }

    /** Two or more cells separated by column gaps, none of them a sentence or longer than a cell. */
    static boolean isRow(String text) {
        String[] cells = GAP.split(text.strip());
        if (cells.length < 2)
            return false;
        for (String c : cells)
            if (c.length() > MAX_CELL || c.indexOf('。') >= 0 || c.indexOf('；') >= 0)
                return false;
        return true;
    }
}

package org.w3id.dgkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which original lines are running text. Drops running headers and page numbers, URL
 * dumps, footnote bodies, journal front matter and back matter (reference list, author bios,
 * endnotes). The rules look at the form of a line and its neighbours only; the one piece of
 * document knowledge is the title from the manifest, which running headers repeat.
 */
final class LineFilter {
    /** Why a line was dropped; {@code KEEP} for running text. */
    enum Kind { KEEP, BLANK, HEADER, PAGE_NUMBER, URL, FOOTNOTE, NOTE, FRONT_MATTER, BACK_MATTER }

    private static final Pattern URL_LINE = Pattern.compile("^<?(https?://|www\\.)\\S*$");
    private static final Pattern URL_FRAGMENT = Pattern.compile("^[\\x21-\\x7E]{8,}$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^\\d{1,4}$");
    private static final Pattern NUMBERED_NOTE = Pattern.compile("^(\\d{1,2})\\s+(\\S.*)$");
    private static final Pattern CIRCLED_NOTE = Pattern.compile("^\\^?[①-⑳]");
    private static final Pattern LATIN_AUTHOR = Pattern.compile("^[A-Z][\\w.&'-]*( [A-Z][\\w.&'-]*)*,");
    private static final Pattern HAN_AUTHOR_TITLE = Pattern.compile("^[\\p{IsHan}、·]{2,30}[：:，,]\\s*[《“]");
    private static final Pattern REFERENCE_ENTRY =
            Pattern.compile("^(- )?\\[\\d{1,3}\\]\\s*.*\\[(J|M|C|D|R|N|Z|S|P|EB|DB)(/OL)?\\]");
    private static final Pattern BACK_MATTER_HEADING = Pattern.compile("^(参考文献|尾注|注释|尾\\s*注)\\s*[:：]?$|^参考文献");
    private static final Pattern NOTE_LABEL =
            Pattern.compile("^(\\*\\*)?(基金项目|作者简介|收稿日期|责任编辑|通讯作者|关键词|中图分类号|文献标识码|文章编号|DOI)\\s*(\\*\\*)?\\s*[:：]");
    private static final Pattern FRONT_MATTER_END_MARKER = Pattern.compile("文献标识码|^中图分类号");
    private static final Pattern ABSTRACT = Pattern.compile("^(\\*\\*)?摘\\s*要(\\*\\*)?\\s*[:：]");
    /** A footnote separator: a line of nothing but many spaces. */
    private static final int SEPARATOR_MIN_SPACES = 20;

    private final String compactTitle;

    LineFilter(DocumentMeta meta) {
        this.compactTitle = meta == null || meta.titleZh() == null ? "" : compact(meta.titleZh());
    }

    /** Classifies every line; the result has one entry per line. */
    List<Kind> classify(List<SourceLine> lines, String original) {
        List<Kind> kinds = new ArrayList<>(lines.size());
        int frontMatterEnd = frontMatterEnd(lines);
        boolean inBackMatter = false;
        boolean inFootnoteZone = false;
        Kind previousContent = Kind.KEEP;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            Kind kind;
            if (line.isBlank()) {
                if (isSeparator(line, original))
                    inFootnoteZone = true;
                kinds.add(Kind.BLANK);
                continue;
            }
            String t = line.text();
            if (inFootnoteZone && (startsPage(line, original) || isHeader(t)))
                inFootnoteZone = false;
            if (i < frontMatterEnd)
                kind = Kind.FRONT_MATTER;
            else if (inBackMatter || BACK_MATTER_HEADING.matcher(t).find()) {
                inBackMatter = true;
                kind = Kind.BACK_MATTER;
            } else if (isHeader(t))
                kind = Kind.HEADER;
            else if (NUMBER_ONLY.matcher(t).matches())
                kind = Kind.PAGE_NUMBER;
            else if (URL_LINE.matcher(t).matches())
                kind = Kind.URL;
            else if ((previousContent == Kind.URL || previousContent == Kind.FOOTNOTE) && isUrlFragment(t))
                kind = Kind.URL;
            else if (inFootnoteZone || isFootnoteBody(t))
                kind = Kind.FOOTNOTE;
            else if (REFERENCE_ENTRY.matcher(t).find() || NOTE_LABEL.matcher(t).find())
                kind = Kind.NOTE;
            else
                kind = Kind.KEEP;
            kinds.add(kind);
            previousContent = kind;
        }
        return kinds;
    }

    /** A line that repeats the document title, optionally followed by a page number. */
    boolean isHeader(String text) {
        if (compactTitle.length() < 4)
            return false;
        String c = compact(text);
        if (!c.startsWith(compactTitle))
            return false;
        for (int i = compactTitle.length(); i < c.length(); i++)
            if (!Chars.isDigit(c.charAt(i)))
                return false;
        return true;
    }

    /**
     * A footnote body: a line starting with a 1–2 digit note number and a space, followed by text
     * that looks like a citation (a URL, a title in 《》, 见/参见/同上, a data source, an author).
     * Body lines that merely start with a number (“28 项…”, “20 世纪…”, table rows) do not match.
     */
    static boolean isFootnoteBody(String text) {
        if (CIRCLED_NOTE.matcher(text).find())
            return true;
        var m = NUMBERED_NOTE.matcher(text);
        if (!m.matches())
            return false;
        String rest = m.group(2);
        if (Chars.isUnit(rest.charAt(0)) || rest.startsWith("世纪"))
            return false;
        return rest.contains("http://") || rest.contains("https://") || rest.startsWith("www.")
                || rest.startsWith("见") || rest.startsWith("参见") || rest.startsWith("根据") || rest.startsWith("同上")
                || rest.startsWith("《") || rest.startsWith("数据来源") || rest.startsWith("资料来源")
                || rest.contains("来源：") || rest.contains("参见") || rest.contains("数据来源")
                || LATIN_AUTHOR.matcher(rest).find() || HAN_AUTHOR_TITLE.matcher(rest).find();
    }

    /** The rest of a URL broken over lines: printable ASCII without spaces, with URL characters. */
    private static boolean isUrlFragment(String text) {
        return URL_FRAGMENT.matcher(text).matches()
                && (text.contains("%") || text.contains("/") || text.contains("=") || text.endsWith(".pdf")
                        || text.endsWith(".html") || text.endsWith(".aspx"));
    }

    private static boolean isSeparator(SourceLine line, String original) {
        int lineStart = line.terminator();
        while (lineStart > 0 && original.charAt(lineStart - 1) != '\n')
            lineStart--;
        int spaces = 0;
        for (int i = lineStart; i < line.terminator(); i++)
            if (original.charAt(i) == ' ')
                spaces++;
        return spaces >= SEPARATOR_MIN_SPACES;
    }

    /** A PDF page (or column) start: exactly one leading space before the content. */
    private static boolean startsPage(SourceLine line, String original) {
        int s = line.start();
        return s >= 1 && original.charAt(s - 1) == ' ' && (s == 1 || original.charAt(s - 2) == '\n');
    }

    /**
     * Journal front matter (publisher boilerplate, title block, author list) ends where the
     * abstract starts; it is recognised by a classification line (文献标识码 / 中图分类号).
     * Returns the index of the first line that is not front matter (0 when there is none).
     */
    private static int frontMatterEnd(List<SourceLine> lines) {
        int marker = -1;
        for (int i = 0; i < lines.size() && marker < 0; i++)
            if (FRONT_MATTER_END_MARKER.matcher(lines.get(i).text()).find())
                marker = i;
        if (marker < 0)
            return 0;
        for (int i = 0; i < marker; i++)
            if (ABSTRACT.matcher(lines.get(i).text()).find())
                return i;
        return 0;
    }

    static String compact(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Chars.isSpace(c) && c != '\n')
                b.append(c);
        }
        return b.toString();
    }
}

package org.w3id.dgkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which original lines are running text. Drops running headers and page numbers, URL
 * dumps, footnote bodies, journal front matter and back matter (reference list, author bios,
 * endnotes). The rules look at the form of a line and its neighbours only; the one piece of
 * document knowledge is the title from the manifest, which running headers repeat.
 */
final class LineFilter {
    /** Why a line was dropped; {@code KEEP} for running text. */
    enum Kind { KEEP, BLANK, HEADER, PAGE_NUMBER, URL, FOOTNOTE, NOTE, FRONT_MATTER, BACK_MATTER, FURNITURE,
        /** A note of a 注释/尾注 section written as prose (not a citation): read, without its number. */
        NOTE_TEXT,
        /** The title standing once as the first line: read, as a paragraph of its own. */
        HEADLINE }

    private static final Pattern URL_LINE = Pattern.compile("^<?(https?://|www\\.)\\S*$");
    private static final Pattern URL_FRAGMENT = Pattern.compile("^[\\x21-\\x7E]{8,}$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^\\d{1,4}$");
    /** A page number set off by dashes or written out: — 41 —, - 41 -, 第41页, 第 3 页 共 20 页. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^([-—–－·•]\\s*\\d{1,4}\\s*[-—–－·•]|第\\s*\\d{1,4}\\s*页(\\s*[/，,]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4})$");
    /** The heading of a section of notes (注释, 尾注, 注): its numbered notes are read when they are prose. */
    /** The document-type mark of a bibliographic reference: [J], [M], [EB/OL]. */
    private static final Pattern REFERENCE_TYPE = Pattern.compile("\\[(J|M|C|D|R|N|Z|S|P|EB|DB)(/OL)?\\]");
    /** A field of a running header that names the part of the publication: 第三章, 第2节, 专题报告. */
    private static final Pattern PART_FIELD = Pattern.compile("^(第[一二三四五六七八九十百\\d]{1,4}[章节篇部编]|专题报告|研究报告|年度报告)");
    private static final Pattern NOTES_HEADING = Pattern.compile("^(注\\s*释|尾\\s*注|附\\s*注)\\s*[:：]?$");
    private static final Pattern REFERENCES_HEADING = Pattern.compile("^(参考文献|参考资料|引用文献)");
    private static final Pattern NUMBERED_NOTE = Pattern.compile("^(\\d{1,2})\\s+(\\S.*)$");
    private static final Pattern CIRCLED_NOTE = Pattern.compile("^\\^?[①-⑳]");
    private static final Pattern LATIN_AUTHOR = Pattern.compile("^[A-Z][\\w.&'-]*( [A-Z][\\w.&'-]*)*,");
    private static final Pattern HAN_AUTHOR_TITLE = Pattern.compile("^[\\p{IsHan}、·]{2,30}[：:，,]\\s*[《“]");
    private static final Pattern REFERENCE_ENTRY =
            Pattern.compile("^(- )?\\[\\d{1,3}\\]\\s*.*\\[(J|M|C|D|R|N|Z|S|P|EB|DB)(/OL)?\\]");
    private static final Pattern BACK_MATTER_HEADING = Pattern.compile("^(参考文献|尾注|注释|尾\\s*注)\\s*[:：]?$|^参考文献");
    /** What a note that is a citation starts with (见…, 同上, a document symbol, a title, a Latin author). */
    private static final Pattern CITATION_START = Pattern.compile("^(见|参见|同上|转引自|引自|《|[A-Za-z])");
    private static final Pattern NOTE_LABEL =
            Pattern.compile("^(\\*\\*)?(基金项目|作者简介|收稿日期|责任编辑|通讯作者|关键词|中图分类号|文献标识码|文章编号|DOI)\\s*(\\*\\*)?\\s*[:：]");
    private static final Pattern FRONT_MATTER_END_MARKER = Pattern.compile("文献标识码|^中图分类号");
    private static final Pattern ABSTRACT = Pattern.compile("^(\\*\\*)?摘\\s*要(\\*\\*)?\\s*[:：]");
    /** Where a line of page furniture splits into its fields: bars, arrows, middle dots, wide or repeated spaces. */
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s*[|｜>·•]+\\s*|\\u3000+|(?<=[】\\]])|(?=[【\\[])");
    /** As {@link #FIELD_SEPARATOR}, and runs of ASCII spaces: how a PDF's running header lays out its parts. */
    private static final Pattern HEADER_SEPARATOR = Pattern.compile("\\s*[|｜>·•]+\\s*|\\u3000+|\\s{2,}");
    /** A field of page furniture written as a label and its value: 来源：…, 责任编辑：…, 发布时间：…. */
    private static final Pattern LABELLED_FIELD = Pattern.compile("^[\\p{IsHan}]{2,5}[：:]");
    /** A web page's link to the story before or after this one: its headline is another story's, whatever it holds. */
    private static final Pattern STORY_NAVIGATION = Pattern.compile("^(上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇)\\s*[：:]");
    /**
     * The heading of a web page's list of links to other stories (相关阅读：, 【相关新闻】): the bulleted lines under it are
     * those stories' headlines, whatever states, bodies or events they name.
     */
    private static final Pattern RELATED_STORIES = Pattern.compile("^[【\\[]?(相关|延伸|推荐|热点|更多)(阅读|新闻|报道|链接|文章|推荐)[】\\]]?\\s*[：:]?$");
    /** A bulleted line: a link of such a list. */
    private static final Pattern BULLETED = Pattern.compile("^[·•▪●■◆]\\s*\\S");
    /** What running text has and furniture lacks: a sentence end, a clause comma, a title, a quotation. */
    private static final Pattern RUNNING_TEXT = Pattern.compile("[。！？；，,;《“「]");
    /** Longest field (in characters, brackets removed) of a line of furniture. */
    private static final int FURNITURE_FIELD_MAX = 12;
    /** A line repeated this often, with no sentence end, is a running header or footer. */
    private static final int REPEATED_HEADER_MIN = 2;
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
        boolean inNotes = false;
        boolean noteIsText = false;
        boolean inFootnoteZone = false;
        boolean inRelatedStories = false;
        Kind previousContent = Kind.KEEP;
        java.util.Map<String, Integer> repeats = new java.util.HashMap<>();
        for (SourceLine line : lines)
            if (!line.isBlank())
                repeats.merge(compact(line.text()), 1, Integer::sum);
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
            inRelatedStories = inRelatedStories && BULLETED.matcher(t).find();
            if (i < frontMatterEnd)
                kind = Kind.FRONT_MATTER;
            else if (RELATED_STORIES.matcher(t.strip()).matches() || inRelatedStories) {
                inRelatedStories = true; // 相关阅读： then · 荷兰宣布…: another story's headline, no text of this one
                kind = Kind.FURNITURE;
            }
            else if (!inBackMatter && NOTES_HEADING.matcher(t).matches()) {
                inNotes = true;
                noteIsText = false;
                kind = Kind.BACK_MATTER;
            } else if (inNotes && !REFERENCES_HEADING.matcher(t).find()) {
                // a note of a notes section: prose is read as text, citations and URLs are not
                if (URL_LINE.matcher(t).matches() || isUrlFragment(t))
                    kind = Kind.URL;
                else if (startsNote(t)) {
                    noteIsText = isProseNote(t);
                    kind = noteIsText ? Kind.NOTE_TEXT : Kind.FOOTNOTE;
                } else
                    kind = noteIsText && !CITATION_START.matcher(t).find() && t.codePoints().anyMatch(Character::isIdeographic)
                            ? Kind.NOTE_TEXT : Kind.FOOTNOTE;
            } else if (inBackMatter || BACK_MATTER_HEADING.matcher(t).find()) {
                inNotes = false;
                inBackMatter = true;
                kind = Kind.BACK_MATTER;
            } else if (isHeader(t) && isHeadline(i, lines, repeats) && !titleRunsAsPageHeader(i, lines))
                kind = Kind.HEADLINE;
            else if (isHeader(t) || isRepeatedHeader(t, repeats) || isPartHeader(t))
                kind = Kind.HEADER;
            else if (isFurniture(t) && !speakerLine(i, lines))
                kind = Kind.FURNITURE;
            else if (NUMBER_ONLY.matcher(t).matches() || PAGE_NUMBER.matcher(t).matches())
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

    /**
     * The title standing once as the first line is the story's headline, not a running header: it
     * is read (外交部发言人汪文斌主持例行记者会 names the body and the spokesperson nowhere else).
     */
    private static boolean isHeadline(int i, List<SourceLine> lines, java.util.Map<String, Integer> repeats) {
        for (int j = 0; j < i; j++)
            if (!lines.get(j).isBlank())
                return false;
        return repeats.getOrDefault(compact(lines.get(i).text()), 0) == 1;
    }

    /** The title line of a speech: 在EVENT上的致辞, 在…开幕式上的主旨演讲 (maybe a bracketed note after it). */
    private static final Pattern SPEECH_TITLE = Pattern.compile(
            "^在[^。！？；]{2,60}上的(?:书面|视频)?(?:致辞|讲话|主旨讲话|主旨演讲|演讲|发言|致词)(?:[（(][^）)]{1,20}[）)])?$");

    /**
     * The line right after a speech's title line names its speaker (法国总统 让·杜邦, 外交部长 王毅): a title and a name set
     * apart by a space or a name's middle dot, which looks like a byline or a web page's fields but is read.
     */
    private static boolean speakerLine(int i, List<SourceLine> lines) {
        for (int j = i - 1; j >= 0; j--)
            if (!lines.get(j).isBlank())
                return SPEECH_TITLE.matcher(lines.get(j).text().strip()).matches();
        return false;
    }

    /**
     * The title comes back after line {@code first} as a running header with a page number (人工智能标准化发展报告（2024）
     * … 23): the first line is the publication's title page or header too, not a story's headline, and names nothing
     * the text says.
     */
    private boolean titleRunsAsPageHeader(int first, List<SourceLine> lines) {
        for (int j = first + 1; j < lines.size(); j++) {
            String t = lines.get(j).text();
            if (isHeader(t) && !compact(t).equals(compactTitle))
                return true;
        }
        return false;
    }

    /** What sets off a page number printed after a running title: ·15·, —15—. */
    private static final String PAGE_NUMBER_MARKS = "·•-—–－";

    /** A line that repeats the document title, optionally followed by a page number (12, ·15·). */
    boolean isHeader(String text) {
        if (compactTitle.length() < 4)
            return false;
        String c = compact(text);
        if (!c.startsWith(compactTitle))
            return false;
        for (int i = compactTitle.length(); i < c.length(); i++)
            if (!Chars.isDigit(c.charAt(i)) && PAGE_NUMBER_MARKS.indexOf(c.charAt(i)) < 0)
                return false;
        return true;
    }

    /**
     * A running header or footer the manifest's title does not give: a line without a sentence end
     * that the document repeats word for word (全球…观察(2025)·第二章…, printed on every page).
     */
    private static boolean isRepeatedHeader(String text, java.util.Map<String, Integer> repeats) {
        String c = compact(text);
        return c.length() >= 6 && c.length() <= 60 && repeats.getOrDefault(c, 0) >= REPEATED_HEADER_MIN
                && !RUNNING_TEXT.matcher(text).find()
                && java.util.Arrays.stream(HEADER_SEPARATOR.split(text.strip())).filter(f -> !f.isBlank()).count() >= 2;
    }

    /**
     * A running header printed once (a page break the text crossed only once): a line of fields set
     * apart by column gaps, one of which names a part of the publication (报告（2024）　　第三章　…,
     * …观察（2024）        专题报告), and no running text.
     */
    static boolean isPartHeader(String text) {
        String t = text.strip();
        if (RUNNING_TEXT.matcher(t.replaceAll("[（(][^）)]*[）)]", "")).find())
            return false;
        String[] fields = HEADER_SEPARATOR.split(t);
        if (fields.length < 2)
            return false;
        for (int i = 1; i < fields.length; i++)
            if (PART_FIELD.matcher(fields[i].strip()).find())
                return true;
        return false;
    }

    /**
     * Page furniture of a web page, news wire or report: a line of two or more short fields and no
     * running text (联合国新闻 | 2021年9月29日 | 经济发展; 首页 | 要闻 | 国际; 周立衡　沈雨桐;
     * 来源：…　发布时间：…; a line of spam links). A field is short when it has at most
     * {@value #FURNITURE_FIELD_MAX} characters outside brackets, or is a label with its value (来源：…).
     * Headings (2.1 欧盟《人工智能法案》:…) and headlines with a title or a long field stay.
     */
    static boolean isFurniture(String text) {
        String t = text.strip();
        if (STORY_NAVIGATION.matcher(t).find())
            return true; // 上一篇：欧盟《人工智能法》谈判进入最后阶段: a title in a link is no mention of this text
        if (t.isEmpty() || RUNNING_TEXT.matcher(t.replaceAll("[（(【\\[][^）)】\\]]*[）)】\\]]", "")).find())
            return false;
        String[] fields = FIELD_SEPARATOR.split(t);
        int count = 0;
        for (String f : fields) {
            String bare = f.replaceAll("[（(【\\[][^）)】\\]]*[）)】\\]]", "").strip();
            if (f.isBlank())
                continue;
            count++;
            boolean labelled = LABELLED_FIELD.matcher(bare).find();
            bare = bare.replaceAll("[\\d\\s:：\\-./年月日]", ""); // a date or a time is short whatever its digits
            if (bare.codePointCount(0, bare.length()) > FURNITURE_FIELD_MAX && !labelled)
                return false;
        }
        if (count >= 2)
            return compact(t).length() >= 5;
        // 责任编辑：陈晓: one label with a name-sized value (not a heading such as 第二章：…, 会员国应：)
        Matcher label = LABELLED_FIELD.matcher(t);
        return count == 1 && label.find() && t.length() - label.end() >= 2 && t.length() - label.end() <= 4
                && !t.substring(0, label.end()).matches(".*[第章节附].*");
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

    /** A line that starts a numbered note: 1–3 digits and a space (1 首批批准公约的国家还有…). */
    static boolean startsNote(String text) {
        return NOTE_NUMBER.matcher(text).find();
    }

    private static final Pattern NOTE_NUMBER = Pattern.compile("^(\\d{1,3}[ \\u3000\\u2005\\t]+|\\^?[①-⑳][ \\u3000\\u2005\\t]*|\\[\\d{1,3}\\][ \\u3000\\u2005\\t]*)(?=\\S)");

    /**
     * A note written as a sentence of the document (1 首批批准公约的国家还有冰岛和马耳他。), not a citation
     * (见…, 同上, A/RES/73/27，2018年12月。, 《…》, an author and title, a URL).
     */
    static boolean isProseNote(String text) {
        var m = NOTE_NUMBER.matcher(text);
        if (!m.find())
            return false;
        String rest = text.substring(m.end());
        return !isFootnoteBody("1 " + rest) && !CITATION_START.matcher(rest).find() && !rest.contains("http")
                && !rest.contains("www.") && !REFERENCE_TYPE.matcher(rest).find() && rest.codePoints().filter(Character::isIdeographic).count() >= 6;
    }

    /** A note line without its number: the number is the note's label, not part of its text. */
    static SourceLine withoutNoteNumber(SourceLine line) {
        var m = NOTE_NUMBER.matcher(line.text());
        if (!m.find())
            return line;
        return new SourceLine(line.number(), line.start() + m.end(), line.end(), line.terminator(), line.text().substring(m.end()));
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

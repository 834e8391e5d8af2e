package org.w3id.dgkg.extract;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * The text the rules read: a document in traditional characters (manifest language {@code zh-Hant},
 * or detected) is read through its simplified form, so that the registry, the lexicons and the
 * rules written for simplified text apply. The conversion is made character for character of equal
 * length, so every offset found in the reading text is an offset of the document's own text; a
 * name found there keeps the form the document writes as an alternative label.
 */
final class Script {
    private Script() {}

    /** Share of Han characters that change under conversion above which a text counts as traditional. */
    private static final double TRADITIONAL_SHARE = 0.04;

    private static final Map<String, String> READING = new ConcurrentHashMap<>();

    /** The normalised text of the document as the rules read it (same length, same offsets). */
    static String reading(SourceDocument doc) {
        return READING.computeIfAbsent(doc.sha256() + doc.id(), k -> {
            String text = doc.normalised().text();
            if (!isTraditional(doc, text))
                return text;
            return simplified(text);
        });
    }

    /** The sentence as the rules read it. */
    static String reading(SourceDocument doc, Sentence s) {
        String r = reading(doc);
        if (r == doc.normalised().text())
            return s.text();
        return r.substring(s.span().start(), s.span().end());
    }

    static boolean isTraditional(SourceDocument doc, String text) {
        String lang = doc.meta().language();
        if (lang != null && lang.toLowerCase().startsWith("zh-hant"))
            return true;
        if (lang != null && lang.toLowerCase().startsWith("zh-hans"))
            return false;
        return changedShare(text) > TRADITIONAL_SHARE;
    }

    static double changedShare(String text) {
        String s = HanLP.convertToSimplifiedChinese(text);
        if (s.length() != text.length())
            s = simplified(text);
        int han = 0;
        int changed = 0;
        for (int i = 0; i < text.length(); i++)
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                han++;
                if (s.charAt(i) != text.charAt(i))
                    changed++;
            }
        return han == 0 ? 0 : changed / (double) han;
    }

    /**
     * Simplified characters in place of traditional ones, one for one. HanLP converts by phrase; where
     * a phrase changes length the characters of the original are converted one by one instead.
     */
    static String simplified(String text) {
        String whole = HanLP.convertToSimplifiedChinese(text);
        if (whole.length() == text.length())
            return mainlandQuotes(text, mainlandWords(text, whole));
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
            b.append(c.length() == 1 ? c.charAt(0) : text.charAt(i));
        }
        return mainlandQuotes(text, mainlandWords(text, b.toString()));
    }

    static final String VOCABULARY = "regional-vocabulary.tsv";

    /**
     * 資訊 read as 信息, 人工智慧 as 人工智能, 數位 as 数字: a word of Taiwan or Hong Kong usage that character
     * conversion leaves alone, replaced by the mainland word of the same length ({@code regional-vocabulary.tsv}),
     * leftmost-longest, so that the registry, the lexicons and the rules see the word they know and offsets hold.
     */
    static String mainlandWords(String text) {
        return mainlandWords(text, text);
    }

    /** The same, where {@code original} is the text before character conversion (HanLP may turn 「」 into “”). */
    static String mainlandWords(String original, String text) {
        Map<Character, List<Map.Entry<String, String>>> byFirst = vocabulary();
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            List<Map.Entry<String, String>> words = byFirst.get(text.charAt(i));
            if (words == null)
                continue;
            for (Map.Entry<String, String> w : words)
                if (text.startsWith(w.getKey(), i)) {
                    int end = i + w.getKey().length();
                    if (Lexicon.words(VOCABULARY, "within", TEXT_ONLY).contains(w.getKey()) && insideLongerName(original, text, i, end))
                        break; // 個人資料（私隱）條例, 資料跨境傳輸、: the original's longer name stays whole
                    if (b == null)
                        b = new StringBuilder(text);
                    b.replace(i, end, w.getValue());
                    i = end - 1;
                    break;
                }
        }
        return b == null ? text : b.toString();
    }

    /** Column {@code within} of the vocabulary: {@code all} (the word is read as its mainland word everywhere) or {@code text}. */
    static final String TEXT_ONLY = "text";


    /**
     * Whether the word at [start, end) is part of a longer name the original text writes, which a word of the row
     * {@code within text} must not split (longest match over the original): a title (《個人資料（私隱）條例》, 「…」), a body's
     * or an officer's name it runs on to without a break (個人資料私隱專員公署, 個人資料私隱專員: an organisation suffix or a
     * role word ends the run), or an item of a list (A、資料跨境傳輸、B等) that goes on after the word, which the original
     * reads whole and the mainland word would cut at a shorter known name (数据跨境).
     */
    static boolean insideLongerName(String original, String text, int start, int end) {
        return insideTitle(original, start) || runsOnToABody(text, end) || insideListItem(text, start, end);
    }

    private static boolean insideTitle(String text, int start) {
        for (int i = start - 1; i >= 0 && start - i <= 40; i--) {
            char c = text.charAt(i);
            if (c == '》' || c == '」' || c == '\n')
                return false;
            if (c == '《' || c == '「')
                return true;
        }
        return false;
    }

    private static final int NAME_RUN = 10;

    private static boolean runsOnToABody(String text, int end) {
        int stop = end;
        while (stop < text.length() && stop - end < NAME_RUN && Character.UnicodeScript.of(text.charAt(stop)) == Character.UnicodeScript.HAN
                && !Lexicon.functionWords().contains(String.valueOf(text.charAt(stop))))
            stop++;
        String run = text.substring(end, stop);
        Set<String> roles = Lexicon.words("role-words.tsv", null, null);
        for (int k = 1; k <= run.length(); k++) {
            String prefix = run.substring(0, k);
            for (Map.Entry<String, String> suffix : Lexicon.longestFirst("organisation-suffixes.tsv", "class"))
                if (prefix.endsWith(suffix.getKey()))
                    return true;
            for (String role : roles)
                if (role.length() >= 2 && prefix.endsWith(role))
                    return true;
        }
        return false;
    }

    private static final String ITEM_EDGE = "、，。；：（）()《》“”「」\n";

    /** A list item (its edge before or after is 、) that the word begins or sits inside without ending it. */
    private static boolean insideListItem(String text, int start, int end) {
        int from = start;
        while (from > 0 && ITEM_EDGE.indexOf(text.charAt(from - 1)) < 0)
            from--;
        int to = end;
        while (to < text.length() && ITEM_EDGE.indexOf(text.charAt(to)) < 0 && "等及和或".indexOf(text.charAt(to)) < 0)
            to++;
        boolean listed = from > 0 && text.charAt(from - 1) == '、' && !numbering(text, from - 1) || to < text.length() && text.charAt(to) == '、';
        return listed && to > end;
    }

    /** 一、 or 3、 at the start of a line or clause: the number of a provision, not a separator between names. */
    private static boolean numbering(String text, int comma) {
        int i = comma;
        while (i > 0 && "一二三四五六七八九十0123456789０１２３４５６７８９".indexOf(text.charAt(i - 1)) >= 0)
            i--;
        return i < comma && (i == 0 || ITEM_EDGE.indexOf(text.charAt(i - 1)) >= 0 || Character.isWhitespace(text.charAt(i - 1)));
    }

    /** The regional words by first character, longest first; a word whose mainland form has another length is an error. */
    private static Map<Character, List<Map.Entry<String, String>>> vocabulary() {
        return Lexicon.cached("script|" + VOCABULARY, () -> {
            Map<Character, List<Map.Entry<String, String>>> out = new java.util.HashMap<>();
            for (Map.Entry<String, String> w : Lexicon.longestFirst(VOCABULARY, "mainland")) {
                if (w.getKey().length() != w.getValue().length())
                    throw new org.w3id.dgkg.DgkgException("error: ontology/lexicon/" + VOCABULARY + ": '" + w.getKey() + "' and its mainland word '"
                            + w.getValue() + "' differ in length; offsets into the original text would shift. Only words of equal length belong "
                            + "in this table: remove the row, or find a mainland word of the same length");
                out.computeIfAbsent(w.getKey().charAt(0), k -> new ArrayList<>()).add(w);
            }
            return out;
        });
    }

    /**
     * 「數位服務法」: traditional texts quote with corner brackets where simplified ones use “”, and often put a
     * law's or document's title between them where simplified ones use 《》. A corner-quoted name that ends with
     * a title ending ({@code quoted-title-endings.tsv}) is read as a title, any other as a quotation; the rules
     * that read quoted names and titles expect these marks. One character for one, so offsets stay.
     */
    private static String mainlandQuotes(String original, String read) {
        if (original.indexOf('「') < 0 && original.indexOf('『') < 0)
            return read;
        StringBuilder b = new StringBuilder(read);
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '「' || c == '」' || c == '『' || c == '』')
                b.setCharAt(i, c == '「' ? '“' : c == '」' ? '”' : c == '『' ? '‘' : '’');
        }
        java.util.regex.Matcher m = CORNER_QUOTED.matcher(original); // HanLP may already have turned the brackets into “”
        while (m.find())
            if (isTitle(read.substring(m.start(1), m.end(1))) && !DECLARED_SHORT_NAME.matcher(read.substring(Math.max(0, m.start() - 4), m.start())).find()) {
                b.setCharAt(m.start(), '《');
                b.setCharAt(m.end() - 1, '》');
            }
        return b.toString();
    }

    static final String TITLE_ENDINGS = "quoted-title-endings.tsv";

    /** （以下簡稱「人工智慧基本法」）: a short name the text declares stays quoted, as the rules that read declared short names expect. */
    private static final java.util.regex.Pattern DECLARED_SHORT_NAME = java.util.regex.Pattern.compile("(?:简称|下称|称为|简称为)$");

    private static final java.util.regex.Pattern CORNER_QUOTED = java.util.regex.Pattern.compile("「([^「」『』\\n]{2,40})」");

    /** A name that ends with a title ending and is more than the ending (「新法」, 「辦法」 alone are no titles). */
    private static boolean isTitle(String name) {
        String n = name.strip();
        for (String ending : Lexicon.words(TITLE_ENDINGS, null, null))
            if (n.endsWith(ending) && n.length() >= ending.length() + 2 && !GenericHeads.isGeneric(n))
                return true;
        return false;
    }

    private static final Map<String, String> SIMPLIFIED_LABELS = new ConcurrentHashMap<>();

    /**
     * A registry label as a text in traditional characters reads once simplified (歐盟執委會 as 欧盟执委会):
     * the reading text is simplified, so a zh-Hant label matches only in this form. Latin labels are kept.
     */
    static String simplifiedLabel(String label) {
        boolean han = false;
        for (int i = 0; i < label.length() && !han; i++)
            han = Character.UnicodeScript.of(label.charAt(i)) == Character.UnicodeScript.HAN;
        return han ? SIMPLIFIED_LABELS.computeIfAbsent(label, Script::simplified) : label;
    }

    /** The form the document writes for a name found in its reading text, or null when it is the same or absent. */
    static String writtenForm(SourceDocument doc, String label) {
        String r = reading(doc);
        String text = doc.normalised().text();
        if (r == text)
            return null;
        int at = r.indexOf(label);
        if (at < 0)
            return null;
        String written = text.substring(at, at + label.length());
        return written.equals(label) ? null : written;
    }

}

package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issues named by the structure of a list, whatever their last words (rule {@value #RULE}; the words are
 * {@code issue-list-slots.tsv} rows). A STRONG SLOT is:
 * <ul>
 * <li>a list closed by 等 or a count and a classifier noun (kind closes: A、B和C等领域, A和B两大议题, A、B等风险);</li>
 * <li>a list of two items or more right after a verb of covering, running to the end of its sub-clause (kind opens:
 * 聚焦A、B和C; a list closed by a classifier noun is read as closed, one before 的 or 等 and another noun qualifies that noun);</li>
 * <li>a counted list after a colon (kind counted: 三大支柱：A、B、C).</li>
 * </ul>
 * The list's left edge is found on the segmentation ({@link TopicLists#listStart}), never inside a word. Each item is
 * an issue when it is a noun phrase by the segmenter's tags (its last word a noun, or a verb after a noun: 数据再利用),
 * of 2 to 12 characters, with no 的, digit, name of a place, body or person, word for a text or meeting, or pointing word,
 * and is no word of the field alone; an item that is none is left out and the others kept. A list needs two items.
 * A list closed by 原则 names principles, which PrincipleLists reads. Older rules keep the items they read.
 */
final class SlotLists {
    private SlotLists() {}

    static final String RULE = "issue-slot-list";

    private static final CueWords.Table CUES = CueWords.table("issue-list-slots.tsv", "SlotLists");

    private static final String COUNT = "[一二三四五六七八九十两\\d]{1,2}(?:个|项|大|类|方)?";

    /** 等 or a count, a short qualifier, a classifier noun (group close). */
    private static Pattern closing() {
        return CUES.pattern("closing", () -> "(?<=[\\u4e00-\\u9fff”」])(?:等(?:" + COUNT + ")?|" + COUNT + ")[\\u4e00-\\u9fff]{0,4}?(?<close>" + CUES.any("closes") + ")");
    }

    /** A count, a short qualifier, a counted head, a colon; the list runs to the end of the sentence (group list). */
    private static Pattern counted() {
        return CUES.pattern("counted", () -> COUNT + "[\\u4e00-\\u9fff]{0,6}?" + CUES.any("counted") + "[：:](?<list>[^。；;\\n]{4,200})");
    }

    private static final String SUBCLAUSE_MARKS = "，。；：,;:！？!?（）()《》“”\n";

    static void find(String text, List<ConceptFinder.Concept> out) {
        List<Term> terms = Segmenter.terms(text);
        List<int[]> found = new ArrayList<>();
        List<int[]> closedLists = new ArrayList<>();
        Matcher c = closing().matcher(text);
        while (c.find()) {
            if (!wordAt(terms, c.start("close"), c.end("close")) || !qualifier(terms, c.start(), c.start("close")) || RelationRules.insideTitle(text, c.start())
                    || SubjectFrames.aspectsOfEffect(text, c.end()))
                continue; // 风险评估 is no 风险; 在人道主义、法律方面带来的挑战: the dimensions of an effect
            int start = TopicLists.listStart(text, terms, c.start());
            start = afterOpener(text, terms, start, c.start());
            if (c.start() - start < 2)
                continue;
            closedLists.add(new int[] {start, c.start()});
            items(text, terms, TopicLists.items(text, start, c.start()), found);
        }
        opened(text, terms, closedLists, found);
        Matcher k = counted().matcher(text);
        while (k.find()) {
            int end = k.end("list");
            while (end > k.start("list") && "，,。 ".indexOf(text.charAt(end - 1)) >= 0)
                end--;
            items(text, terms, ConceptFinder.split(text.substring(k.start("list"), end), "、|[，,](?:以及|和|及)?|以及|和|及").stream()
                    .map(i -> new int[] {k.start("list") + i[0], k.start("list") + i[1]}).toList(), found);
        }
        for (int[] f : found)
            if (out.stream().noneMatch(o -> o.start() < f[1] && f[0] < o.end()))
                out.add(new ConceptFinder.Concept(text.substring(f[0], f[1]), f[0], f[1], "Issue", RULE));
    }

    /** The start of a list after a verb of covering that stands in it as a word of the segmentation (围绕A、B等议题). */
    private static int afterOpener(String text, List<Term> terms, int start, int end) {
        for (Term t : terms)
            if (t.offset >= start && t.offset + t.word.length() <= end && CUES.set("opens").contains(t.word))
                start = t.offset + t.word.length();
        while (start < end && "了”“「」".indexOf(text.charAt(start)) >= 0)
            start++;
        return start;
    }

    /**
     * 聚焦A、B和C。: a verb of covering (a word of the segmentation, a verb) and a list of two items or more up to the end of
     * its sub-clause; a last item that is no noun phrase means the list goes on into a clause, and the list is none.
     */
    private static void opened(String text, List<Term> terms, List<int[]> closedLists, List<int[]> found) {
        for (int j = 0; j < terms.size(); j++) {
            Term t = terms.get(j);
            if (!CUES.set("opens").contains(t.word) || !Segmenter.nature(t).startsWith("v"))
                continue;
            int from = t.offset + t.word.length();
            if (text.startsWith("了", from))
                from++;
            int to = from;
            while (to < text.length() && SUBCLAUSE_MARKS.indexOf(text.charAt(to)) < 0)
                to++;
            final int f = from;
            final int e = to;
            if (closedLists.stream().anyMatch(l -> l[0] < e && f < l[1]))
                continue; // closed by a classifier noun: read as closed
            String run = text.substring(from, to);
            if (run.contains("的") || run.contains("等") || !run.contains("、"))
                continue; // 涉及A、B和C的数据: the list qualifies a noun after it; 涉及信息和通信技术: 和 alone may join one name
            List<int[]> parts = TopicLists.items(text, from, to);
            if (parts.size() < 2 || noun(text, terms, parts.get(parts.size() - 1), false) == null || holdsVerb(terms, from, to))
                continue; // 围绕A和B开展讨论: a verb in the run makes it a clause, whose list edge is not known
            items(text, terms, parts, found);
        }
    }

    /** The items of one list that are issues, when two or more of its items are. */
    private static void items(String text, List<Term> terms, List<int[]> parts, List<int[]> found) {
        if (parts.size() < 2)
            return;
        List<int[]> ok = new ArrayList<>();
        for (int[] p : parts) {
            int[] n = noun(text, terms, p, p == parts.get(0));
            if (n != null)
                ok.add(n);
        }
        if (ok.size() >= 2)
            found.addAll(ok);
    }

    /** The noun phrase an item names, as [start, end), or null when it is no issue's name. */
    private static int[] noun(String text, List<Term> terms, int[] item, boolean firstItem) {
        int s = item[0];
        int e = item[1];
        while (s < e && (Character.isWhitespace(text.charAt(s)) || "“「".indexOf(text.charAt(s)) >= 0))
            s++;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || "”」".indexOf(text.charAt(e - 1)) >= 0))
            e--;
        s = ConceptFinder.afterObjectVerb(text, s, e);
        if (e - s < 2 || e - s > 12)
            return null;
        String label = text.substring(s, e);
        if (!label.matches("[\\u4e00-\\u9fff]+") || label.contains("的") || ConceptFinder.bare(label) || ConceptFinder.namesText(label)
                || Lexicon.genericHeads().contains(label) || Lexicon.functionWords().contains(label) || InstrumentKind.hasInstrumentEnding(label)
                || namesEvent(label) || TopicLists.pointing(label) || SubjectFrames.party(label) || !TopicLists.nameless(text, terms, s, e)
                || TopicLists.holdsVerbWithObject(terms, s, e))
            return null;
        Term head = null;
        Term last = null;
        for (Term t : terms) {
            int te = t.offset + t.word.length();
            boolean glued = te == e + 1 && t.offset < e && e < text.length() && "和及与".indexOf(text.charAt(e)) >= 0; // 通行权和: the separator glued on
            if (t.offset >= s && (te <= e || glued)) {
                if (head == null)
                    head = t;
                last = t;
            }
        }
        if (head == null || last.offset + last.word.length() < e || head.offset != s)
            return null; // an edge inside a word
        if (firstItem && head != last && Segmenter.nature(head).startsWith("v") && !Segmenter.nature(head).equals("vn"))
            return noun(text, terms, new int[] {head.offset + head.word.length(), e}, false); // 减少虚假信息: the list's verb, glued to its first item
        String n = Segmenter.nature(last);
        boolean nounLast = n.startsWith("n") || n.equals("vn") || n.equals("gi") || n.equals("j") || n.equals("l") || n.equals("an");
        boolean actionOfNoun = n.startsWith("v") && head != last && Segmenter.nature(head).startsWith("n"); // 数据再利用, 年龄验证
        return nounLast || actionOfNoun ? new int[] {s, e} : null;
    }

    /**
     * Whether the words between 等 (or the count) and the classifier noun qualify it: nouns, adjectives, distinguishing
     * words (等新兴议题, 等重点领域), no preposition, verb or particle (行业组织等在技术创新方面: 等 closes a list of parties).
     */
    private static boolean qualifier(List<Term> terms, int from, int close) {
        for (Term t : terms) {
            if (t.offset < from || t.offset >= close || t.word.equals("等"))
                continue;
            String n = Segmenter.nature(t);
            if (!(n.startsWith("n") && !n.startsWith("nr") && !n.startsWith("ns") && !n.startsWith("nt") || n.equals("vn") || n.startsWith("a")
                    || n.equals("b") || n.startsWith("m") || n.startsWith("q") || n.equals("j")))
                return false;
        }
        return true;
    }

    /** Whether an item ends with the head of an event's name (event-heads.tsv: 论坛, 峰会): a meeting, no issue. */
    private static boolean namesEvent(String label) {
        for (String h : Lexicon.words("event-heads.tsv", null, null))
            if (label.endsWith(h))
                return true;
        return false;
    }

    /** Whether a verb (no verbal noun) stands in [s, e). */
    private static boolean holdsVerb(List<Term> terms, int s, int e) {
        for (Term t : terms)
            if (t.offset >= s && t.offset + t.word.length() <= e && Segmenter.nature(t).startsWith("v") && !Segmenter.nature(t).equals("vn"))
                return true;
        return false;
    }

    /** Whether [s, e) is one word of the segmentation. */
    private static boolean wordAt(List<Term> terms, int s, int e) {
        for (Term t : terms)
            if (t.offset == s)
                return t.offset + t.word.length() == e;
        return false;
    }
}

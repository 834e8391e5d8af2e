package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * The topics of an instrument or event given as a list, read on slots (the cue words are
 * {@code concept-cues.tsv} rows; positions domain, list-opener, topic-close, topic-verb, topic-head):
 * <ul>
 * <li>{@value #RULE_DOMAIN}, a DOMAIN-NOUN list: [a text or event, or a short reference to it, as the clause's
 * topic] … [A、B和C] (等)(三个)(领域|方面|维度|议题|问题|主题…) — 限制…对A、B、C三个领域的投资, 用于A和B等领域,
 * 会议在A等议题上取得进展; also the colon form (从)九个维度提出…：A、B，以及C;</li>
 * <li>{@value #RULE_GOVERNED}, a GOVERNING FRAME: 对/就/围绕 + list + (作出…规定|提出要求|达成一致|取得进展|进行讨论)
 * (对A、B等作出专门规定, 未能就A和B问题达成一致: a topic on the table though not agreed is one the meeting
 * covered), and a verb of regulating (旨在保护A，规范B活动; 允许A，并限制B要求) whose whole object, up to the end of its
 * sub-clause, is one noun phrase (a head such as 活动, 要求 left out);</li>
 * <li>{@value #RULE_PART}: a part of a text glossed by its topic (CPTPP第14章（电子商务章）, RCEP电子商务章): the text
 * covers the topic.</li>
 * </ul>
 * Items are noun phrases of 2 to 12 characters with no 的, no name of a place, body or person, and no
 * function word; a verb of the lexicon that opens an item is left out (避免互联网碎片化 → 互联网碎片化). In a
 * list with 、 the word 和 joins the words of one item except in its last item (半导体和微电子、量子信息技术、人工智能:
 * three items). Not: a background list (随着A、B的发展, 在…背景下), a list after a plan (将, 拟, 有望), the list of a
 * sub-clause whose subject is an actor of its own, a negated provision (未对A作出规定).
 */
final class TopicLists {
    private TopicLists() {}

    static final String RULE_DOMAIN = "addresses-domain-list";
    static final String RULE_GOVERNED = "addresses-governed";
    static final String RULE_PART = "addresses-part";
    static final String RULE_ISSUE = "issue-topic-list";

    /** One list of topics: items in [start, end), the cue at [cueStart, cueEnd), its rule. */
    record Frame(int start, int end, int cueStart, int cueEnd, String rule, boolean discussed) {}

    private static final String COUNT = "(?:[一二三四五六七八九十两\\d]{1,3}(?:个|项|大|类))";

    private static String words(String position) {
        return String.join("|", Lexicon.words("concept-cues.tsv", "position", position));
    }

    private static Pattern pattern(String name, java.util.function.Supplier<String> regex) {
        return Lexicon.cached("TopicLists|" + name, () -> Pattern.compile(regex.get()));
    }

    /** The closing of a domain-noun list: 等, a count, a domain noun (group 1: 等 or the count present). */
    private static Pattern domainClose() {
        return pattern("domain", () -> "(等)?(" + COUNT + "|[一二三四五六七八九十两](?=方面))?(?:" + words("domain") + ")"); // 三方面: a count with no measure word
    }

    /** The colon form: (从)九个维度提出…： then the list up to the end of the sentence (group 1). */
    private static Pattern colonList() {
        return pattern("colon", () -> "(?:从|围绕|在|就)?(?:以下|如下|下列)?" + COUNT + "[\\u4e00-\\u9fff]{0,3}?(?:" + words("domain")
                + ")[^，。；：:]{0,12}?[：:]([^。；;\\n]{2,200})");
    }

    /** The governing frame: 对/就/围绕…(group 1)(等)(问题)(上)? 作出…规定 / 达成一致 / 取得进展 (group 2: the closing word). */
    private static Pattern governing() {
        return pattern("governing", () -> "(?:对|就|围绕|针对)([^，。；：:、《》“”]{2,14}?(?:(?:、|和|及|以及)[^，。；：:、《》“”]{2,14}?){0,8}?)(?:等)?"
                + COUNT + "?(?:" + words("domain") + "|事项)?(?:上)?(?:专门|进一步|均|都|也|还)?(?:作出|做出|提出|达成|取得|进行|展开|开展)(?:了)?"
                + "(?:专门|基本|具体|明确|详细|相应|原则性|深入|广泛|积极|重要)?(?:的)?(" + words("topic-close") + ")");
    }

    /** A verb of regulating and its whole object up to the end of the sub-clause: 保护个人信息权益，规范个人信息出境活动。 */
    private static Pattern regulating() {
        return pattern("regulating", () -> "(?<=^|[，,]|旨在|并|原则上|同时|以|用于|要求缔约方|要求成员)(?:" + words("topic-verb") + ")([\\u4e00-\\u9fff]{2,14})(?=[，。；,;]|$)");
    }

    /** A part of a text glossed by its topic: 第14章（电子商务章）, 电子商务章. */
    private static final Pattern PART_GLOSS = Pattern.compile("(?:第[一二三四五六七八九十百\\d]{1,4}(?:章|部分|模块)[（(]([\\u4e00-\\u9fff]{2,10})(?:章|部分|模块)[）)])|^([\\u4e00-\\u9fff]{2,8}?)章(?![程节])");

    /** A plan, hope or condition before the list: no fact. */
    private static final Pattern PLANNED = Pattern.compile("将|拟|有望|希望|预计|或将|考虑|如果|若|一旦|申请");
    /** A negation before a provision frame: 未对A作出规定. */
    private static final Pattern NEGATED = Pattern.compile("未|没有|并非|不再|无");
    private static final Pattern ENCOURAGES = Pattern.compile("鼓励|支持|引导|倡导");
    /** A subset of what the text counts: 其中6项. */
    private static final Pattern SUBSET = Pattern.compile("其中[\\d一二三四五六七八九十两几]+[项个份部条类章款节]");
    /** A background: 随着A、B的发展, 在…背景下. */
    static final Pattern BACKGROUND = Pattern.compile("随着|背景下|背景之下");

    /**
     * All frames of a sentence: read on the text alone, in discovery ({@link #concepts}) and again in reading ({@link #apply}),
     * so remembered between the two ({@link SentenceMemo}).
     */
    static List<Frame> frames(String text) {
        return SentenceMemo.of("topic-lists: frames found (cache misses)", text, TopicLists::findFrames);
    }

    private static List<Frame> findFrames(String text) {
        List<Frame> out = new ArrayList<>();
        List<Term> terms = Segmenter.terms(text);
        Matcher d = domainClose().matcher(text);
        while (d.find()) {
            if (RelationRules.insideTitle(text, d.start()) || SubjectFrames.aspectsOfEffect(text, d.end()))
                continue; // 在人道主义、法律、安全方面带来的挑战: the dimensions of an effect, no topics
            int start = listStart(text, terms, d.start());
            if (start < 0 || d.start() - start < 2 || cutInsideWord(text, terms, start))
                continue;
            boolean closed = d.group(1) != null || d.group(2) != null;
            List<int[]> items = items(text, start, d.start());
            if (!closed && items.size() < 2)
                continue; // 在人工智能领域: one field named in passing, no list of topics
            out.add(new Frame(start, d.start(), d.start(), d.end(), RULE_DOMAIN, false));
        }
        Matcher c = colonList().matcher(text);
        while (c.find()) {
            if (CoveredIssues.ITEM.matcher(text.substring(c.start(1))).lookingAt())
                continue; // 三个方面：（一）A；（二）B: numbered items, read as such (NumberedItems, addresses-list)
            List<int[]> items = items(text, c.start(1), c.end(1));
            if (items.size() >= 2 && items.stream().allMatch(i -> i[1] - i[0] <= 16))
                out.add(new Frame(c.start(1), c.end(1), c.start(), c.start(1), RULE_DOMAIN, false));
        }
        Matcher g = governing().matcher(text);
        while (g.find()) {
            if (RelationRules.insideTitle(text, g.start()))
                continue;
            String close = g.group(2);
            boolean discussed = !close.equals("规定") && !close.equals("要求") && !close.equals("安排") && !close.equals("规范");
            out.add(new Frame(g.start(1), g.end(1), g.start(), g.start(1), RULE_GOVERNED, discussed));
        }
        Matcher r = regulating().matcher(text);
        while (r.find())
            if (!holdsVerbWithObject(terms, r.start(1), r.end(1) - headLength(text.substring(r.start(1), r.end(1)))))
                out.add(new Frame(r.start(1), r.end(1) - headLength(text.substring(r.start(1), r.end(1))), r.start(), r.start(1), RULE_GOVERNED, false));
        return List.copyOf(out);
    }

    /** 允许用户卸载预装应用: a verb with its own object inside the phrase makes it a clause, no noun phrase. */
    static boolean holdsVerbWithObject(List<Term> terms, int s, int e) {
        for (int k = 0; k + 1 < terms.size(); k++) {
            Term t = terms.get(k);
            Term next = terms.get(k + 1);
            if (t.offset > s && next.offset + next.word.length() <= e && Segmenter.nature(t).startsWith("v") && !Segmenter.nature(t).equals("vn")
                    && (Segmenter.nature(next).startsWith("n") || Segmenter.nature(next).equals("vn"))
                    && !modifiesLastAction(terms, k, s, e))
                return true;
        }
        return false;
    }

    /**
     * 数据分类分级保护: a verb between a noun (or verbal noun) of the phrase and a verbal noun that ends it says how the
     * action is done (分级保护, 集中处置), it takes no object; 卸载预装应用 ends in a noun, its object.
     */
    private static boolean modifiesLastAction(List<Term> terms, int k, int s, int e) {
        Term next = terms.get(k + 1);
        if (k == 0 || !Segmenter.nature(next).equals("vn") || next.offset + next.word.length() != e)
            return false;
        Term before = terms.get(k - 1);
        String n = Segmenter.nature(before);
        return before.offset >= s && (n.equals("vn") || n.startsWith("n") && !n.startsWith("nr") && !n.startsWith("ns") && !n.startsWith("nt"));
    }

    /** The left edge of the list that ends at {@code end}: after an opener, a preposition, a name, a pronoun or punctuation. */
    /**
     * 数据利/他/主义三方面: the list's left edge falls right after a one-character pronoun glued between Han
     * characters, a word the segmenter cut in two; the list's first item would be a piece of a word.
     */
    private static boolean cutInsideWord(String text, List<Term> terms, int start) {
        for (Term t : terms)
            if (t.offset + t.word.length() == start && t.word.length() == 1 && t.offset > 0
                    && Character.UnicodeScript.of(text.charAt(t.offset - 1)) == Character.UnicodeScript.HAN) {
                String n = Segmenter.nature(t);
                return n.startsWith("r") && !t.word.equals("其");
            }
        return false;
    }

    static int listStart(String text, List<Term> terms, int end) {
        int start = end;
        for (int j = terms.size() - 1; j >= 0; j--) {
            Term t = terms.get(j);
            int te = t.offset + t.word.length();
            if (te > end)
                continue;
            if (te < start)
                break;
            boolean separator = t.word.equals("、") || t.word.equals("和") || t.word.equals("及") || t.word.equals("以及") || t.word.equals("与");
            if (separator && te == start && start < end) {
                start = t.offset;
                continue;
            }
            if (boundary(t) && !(softBoundary(text, t) && (!Segmenter.nature(t).startsWith("d") || adverbInsideName(terms, j)) && ListEdges.insideItem(terms, j, TopicLists::hardBoundary, TopicLists::opener, true)))
                break; // 数据再利用 (再 an adverb), 数据利他主义 (他 a pronoun cut from its word): inside an item that a separator opens
            String n = Segmenter.nature(t);
            // (带来隐私泄露等风险 stops before 带来: its verb follows a modal, not a noun)
            if (n.startsWith("v") && !n.equals("vn") && j + 1 < terms.size() && terms.get(j + 1).offset < end && start < end
                    && (j == 0 || !nounish(terms.get(j - 1)))) {
                String next = Segmenter.nature(terms.get(j + 1));
                if ((next.startsWith("n") || next.equals("vn")) && !ListEdges.insideItem(terms, j, TopicLists::hardBoundary, TopicLists::opener, false)
                        && !pieceOfWord(terms, j, end))
                    break; // 也牵涉人权等问题: a verb opening the list takes it as its object (争端解决机制改革 keeps its verb; so do 渔获冒名交易 after a separator and 算力基础设施 after an opener)
            }
            start = t.offset;
        }
        while (start < end && "、和及与".indexOf(text.charAt(start)) >= 0)
            start++;
        return start;
    }

    /**
     * A word that ends the list's left edge unless a separator stands before it in the same run of items: an adverb
     * (数据再利用), a numeral or measure word (2030年目标), or a one-character pronoun glued between Han characters
     * (数据利他主义, cut by the segmenter).
     */
    private static boolean softBoundary(String text, Term t) {
        String n = Segmenter.nature(t);
        if ((n.startsWith("d") || n.startsWith("m") || n.startsWith("q")) && !Lexicon.functionWords().contains(t.word))
            return true; // 数据再利用, 2030年目标: the item is cut at none of these (an item with a digit is left out, its list kept)
        return n.startsWith("r") && t.word.length() == 1 && !t.word.equals("其") && t.offset > 0 && t.offset + 1 < text.length()
                && Character.UnicodeScript.of(text.charAt(t.offset - 1)) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(text.charAt(t.offset + 1)) == Character.UnicodeScript.HAN;
    }

    /**
     * 数据再利用, 和自动驾驶: an adverb between a noun or a separator and a verb, inside an item's name (不 before a quality,
     * 发展不平衡, is no such adverb).
     */
    private static boolean adverbInsideName(List<Term> terms, int j) {
        return j > 0 && j + 1 < terms.size() && (nounish(terms.get(j - 1)) || ListEdges.SEPARATORS.contains(terms.get(j - 1).word))
                && Segmenter.nature(terms.get(j + 1)).startsWith("v")
                && !Segmenter.nature(terms.get(j + 1)).equals("vn");
    }

    /** A word no item holds even between two separators: punctuation, a preposition, a particle, a numeral, a name, an opener. */
    private static boolean hardBoundary(Term t) {
        String n = Segmenter.nature(t);
        return boundary(t) && !n.startsWith("d") && !n.startsWith("r") && !n.startsWith("m") && !n.startsWith("q") || Lexicon.functionWords().contains(t.word);
    }

    private static boolean opener(Term t) {
        return Lexicon.words("concept-cues.tsv", "position", "list-opener").contains(t.word);
    }

    /** {@link ConceptFinder#nameless} with a pronoun cut from its word (数据利/他/主义) taken as part of the item. */
    static boolean nameless(String text, List<Term> terms, int s, int e) {
        List<Term> kept = new ArrayList<>();
        for (Term t : terms)
            if (!(t.offset >= s && t.offset + t.word.length() <= e && Segmenter.nature(t).startsWith("r") && softBoundary(text, t)))
                kept.add(t);
        return ConceptFinder.nameless(kept, s, e);
    }

    /**
     * 、无纸化贸易 (无/纸/化/贸易): a verb of one character followed by a word of one character, both inside the list, is a
     * word the segmenter cut in pieces, no verb opening a clause.
     */
    private static boolean pieceOfWord(List<Term> terms, int j, int end) {
        Term t = terms.get(j);
        Term next = terms.get(j + 1);
        return t.word.length() == 1 && next.word.length() == 1 && next.offset + 1 < end && j > 0
                && ListEdges.SEPARATORS.contains(terms.get(j - 1).word);
    }

    private static boolean nounish(Term t) {
        String n = Segmenter.nature(t);
        return (n.startsWith("n") && !n.startsWith("nr") && !n.startsWith("ns") && !n.startsWith("nt")) || n.equals("vn") || n.equals("an");
    }

    /** A word no item holds: an opener, punctuation, a preposition, a pronoun, a particle, a numeral, a name, an adverb, a conjunction. */
    private static boolean boundary(Term t) {
        String n = Segmenter.nature(t);
        return Lexicon.words("concept-cues.tsv", "position", "list-opener").contains(t.word) || n.startsWith("w") || n.startsWith("p")
                || n.startsWith("r") || n.startsWith("u") || n.startsWith("m") || n.startsWith("q") || n.startsWith("nr") || n.startsWith("ns")
                || n.startsWith("nt") || n.startsWith("d") || n.startsWith("c") || Lexicon.functionWords().contains(t.word) || t.word.equals("等");
    }

    /** The items of a list in [start, end): split at 、 (and at 和/及/以及 in the last item only, or everywhere when there is no 、). */
    static List<int[]> items(String text, int start, int end) {
        String run = text.substring(start, end);
        List<int[]> out = new ArrayList<>();
        boolean commas = run.contains("、");
        List<int[]> parts = ConceptFinder.split(run, commas ? "、|[，,](?:以及|和|及)?" : "以及|和|及|[，,](?:以及|和|及)?");
        for (int k = 0; k < parts.size(); k++) {
            int[] p = parts.get(k);
            if (commas && k == parts.size() - 1) {
                for (int[] q : ConceptFinder.split(run.substring(p[0], p[1]), "以及|和|及"))
                    out.add(new int[] {start + p[0] + q[0], start + p[0] + q[1]});
            } else
                for (int[] q : joined(run, p[0], p[1]))
                    out.add(new int[] {start + q[0], start + q[1]});
        }
        out.removeIf(i -> i[1] <= i[0]);
        return out;
    }

    /** The shortest side of a 和 that splits an item before the last one: each side long enough to name an issue itself. */
    private static final int JOINED_SIDE = 4;

    /**
     * An item before the last one of a 、 list, split at a standalone 和/及/以及 when both sides are long enough to be
     * issues of their own (普遍连接和人权保障、互联网碎片化 → 普遍连接, 人权保障), kept whole when a side is short
     * (集成电路和微电子: the words of one field).
     */
    private static List<int[]> joined(String run, int s, int e) {
        List<int[]> parts = ConceptFinder.split(run.substring(s, e), "以及|和|及");
        if (parts.size() == 2 && parts.stream().allMatch(q -> q[1] - q[0] >= JOINED_SIDE))
            return List.of(new int[] {s + parts.get(0)[0], s + parts.get(0)[1]}, new int[] {s + parts.get(1)[0], s + parts.get(1)[1]});
        return List.of(new int[] {s, e});
    }

    /** A head left out of an item: 个人信息出境活动 → 个人信息出境, 计算设施本地化要求 → 计算设施本地化. */
    private static int headLength(String item) {
        for (String h : Lexicon.words("concept-cues.tsv", "position", "topic-head"))
            if (item.endsWith(h) && item.length() - h.length() >= 4)
                return h.length();
        return 0;
    }

    private static final Pattern EVENT_HEAD = Pattern.compile("(?:会议|论坛|峰会|大会|会晤|对话)$");
    private static final Pattern POINTING = Pattern.compile("上述|这些|以上|前述|此类|这类|该|本|其|各|多个|相关|有关");

    /** Whether an item opens with a word that points back (上述, 这些, 相关): no topic of its own. */
    static boolean pointing(String item) {
        return POINTING.matcher(item).lookingAt();
    }

    /** The issue an item names, as [start, end), or null when it is no noun phrase of 2 to 12 characters. */
    static int[] issue(String text, List<Term> terms, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s)))
            s++;
        s = ConceptFinder.afterObjectVerb(text, s, e);
        e -= headLength(text.substring(s, e));
        String item = text.substring(s, e);
        if (pointing(item))
            return null; // 上述问题, 这些领域: a word that points back, no topic of its own
        if (InstrumentKind.hasInstrumentEnding(item) || EVENT_HEAD.matcher(item).find())
            return null; // 指导原则和行为准则, 部长会议: a text or a meeting, no issue
        if (e - s < 2 || e - s > 12 || item.contains("的") || !item.matches("[\\u4e00-\\u9fff]+") || ConceptFinder.namesText(item)
                || ConceptFinder.bare(item))
            return null;
        int at = s;
        for (int[] part : ConceptFinder.split(item, "以及|与|和|及")) // 人工智能与新兴技术, 半导体和微电子: 与/和 join the words of one item
            if (part[1] - part[0] < 1 || !nameless(text, terms, at + part[0], at + part[1]))
                return null;
        return new int[] {s, e};
    }

    // ---- discovery

    /** The issues named by the items of the sentence's topic lists (rule {@value #RULE_ISSUE}). */
    static void concepts(String text, List<ConceptFinder.Concept> out) {
        List<Term> terms = Segmenter.terms(text);
        for (Frame f : frames(text)) {
            if (BACKGROUND.matcher(text.substring(backTo(text, f.cueStart(), SUBCLAUSE_END), f.cueStart())).find())
                continue;
            for (int[] i : items(text, f.start(), f.end())) {
                int[] s = issue(text, terms, i[0], i[1]);
                if (s != null)
                    out.add(new ConceptFinder.Concept(text.substring(s[0], s[1]), s[0], s[1], "Issue", RULE_ISSUE));
            }
        }
        Matcher p = PART_GLOSS.matcher(text);
        while (p.find()) {
            int gs = p.group(1) != null ? p.start(1) : -1;
            if (gs >= 0)
                out.add(new ConceptFinder.Concept(p.group(1), gs, p.end(1), "Issue", RULE_ISSUE));
        }
    }

    /**
     * The items of a numbered list after a clause that says what a text or event covers: under a heading that announces
     * topics (本届论坛围绕以下八个子主题展开讨论：, then 1. A；2. 避免B；… in the paragraphs after it), or counted in the
     * same sentence after a colon that ends a covering clause (《规定》的主要制度安排包括：（一）A；（二）B；
     * {@link CoveredIssues#coveringClause}): each item that is one noun phrase names an issue. One per document, fed its
     * sentences in order.
     */
    static final class NumberedItems {
        private boolean open;
        /** The list opened under a word for principle (应当遵循下列原则：): its items are principles, no topics. */
        private boolean principles;
        /** The sentence before counted principles (提出了15条原则。): a sentence opening with 其中 then lists their groups. */
        private boolean countedPrinciples;
        private static final Pattern COUNTED_PRINCIPLES = Pattern.compile("[一二三四五六七八九十两\\d]{1,3}[条项个大](?:基本|核心|指导)?(?:原则|理念)[。；;]?\\s*$");
        /** A group of the counted principles: 包括A、B和C N条 (group 1 the items, 、 between them). */
        private static final Pattern PRINCIPLE_GROUP = Pattern.compile("包括((?:[\\u4e00-\\u9fff]{2,6}、)*[\\u4e00-\\u9fff]{2,6}?)(?:等)?[一二三四五六七八九十两\\d]{1,2}[条项个](?=[；;，,。]|$)");

        List<ConceptFinder.Concept> next(String text) {
            List<ConceptFinder.Concept> out = new ArrayList<>();
            boolean countedBefore = countedPrinciples;
            countedPrinciples = COUNTED_PRINCIPLES.matcher(text).find();
            if (countedBefore && text.startsWith("其中")) { // 提出了15条原则。其中，研发方面包括A、B…7条；…: the groups of the counted principles
                Matcher g = PRINCIPLE_GROUP.matcher(text);
                while (g.find())
                    for (int[] k : ConceptFinder.split(g.group(1), "、")) {
                        String label = text.substring(g.start(1) + k[0], g.start(1) + k[1]);
                        if (label.length() >= 2 && label.length() <= 6 && !ConceptFinder.bare(label))
                            out.add(new ConceptFinder.Concept(label, g.start(1) + k[0], g.start(1) + k[1], "Principle", PrincipleLists.RULE));
                    }
            }
            Matcher item = CoveredIssues.ITEM.matcher(text);
            if (principles && item.lookingAt()) {
                List<int[]> counted = CoveredIssues.countedItemSpans(text, 0);
                if (counted.size() >= 2) // （1）A；（2）B；（3）C。: the items of one paragraph
                    for (int[] i : counted)
                        principleItem(text, i[1], i[2], out);
                else
                    principleItem(text, item.end(), text.length(), out); // （一）合法性原则：…: the heading, closed by its colon
                return out;
            }
            principles = false;
            if (open && item.lookingAt()) {
                int heading = CoveredIssues.headingEnd(text, item.end(), text.length());
                item(text, item.end(), heading > 0 ? heading : text.length(), out); // （一）备案管理：…: the heading names the field
                return out;
            }
            Matcher announced = PRINCIPLES_ANNOUNCED.matcher(text);
            if (announced.find()) {
                open = false;
                principles = announced.group(1) == null; // the items follow in the paragraphs after it; within the sentence PrincipleLists reads them
                return out;
            }
            open = CoveredIssues.ANNOUNCED.matcher(text).find() || CoveredIssues.coveringColonAtEnd(text);
            Matcher colon = CoveredIssues.COUNTED_ITEMS.matcher(text);
            if (colon.find() && CoveredIssues.coveringClause(text, colon.start()))
                for (int[] i : CoveredIssues.countedItemSpans(text, colon.end())) {
                    int heading = CoveredIssues.headingEnd(text, i[1], i[2]);
                    item(text, i[1], heading > 0 ? heading : i[2], out);
                }
            return out;
        }

        /** A colon after a word for principle (应当遵循以下原则：, 原则包括：): a list of principles follows; group 1 its first item in the sentence. */
        private static final Pattern PRINCIPLES_ANNOUNCED = Pattern.compile(
                "(?:原则|理念|价值观)(?:(?:[^。：:；;]{0,30}?[，,])?(?:共有|共|分为))?(?:主要)?(?:包括|如下|有|是|为)?(?:[一二三四五六七八九十两\\d]{1,2}[项条个大])?[：:]\\s*(?:$|(一是|[（(][一1][）)]|一、|1[.．、](?!\\d)))");
        /** A word for principle closing an item's heading (合法性原则：…). */
        private static final Pattern PRINCIPLE_TAIL = Pattern.compile("(?:的)?(?:原则|理念)$");

        /**
         * The principles of an item numbered under a word for principle (（一）合法、正当和必要；, 2. 公平性原则：…): its
         * heading, or its words when they are short (a clause of the law, 处理个人信息应当…, names none); each item of a
         * list inside it.
         */
        private static void principleItem(String text, int body, int end, List<ConceptFinder.Concept> out) {
            int e = end;
            int stop = body;
            while (stop < e && "；;。，,:：".indexOf(text.charAt(stop)) < 0)
                stop++;
            e = stop;
            while (e > body && " \t".indexOf(text.charAt(e - 1)) >= 0)
                e--;
            int s = body;
            while (s < e && text.charAt(s) == ' ')
                s++;
            Matcher tail = PRINCIPLE_TAIL.matcher(text.substring(s, e));
            if (tail.find() && tail.start() >= 2)
                e = s + tail.start();
            String run = text.substring(s, e);
            if (run.length() < 2 || run.length() > 20 || !run.matches("[\\u4e00-\\u9fff、和与及]+") || run.matches(".*(?:应当|应该|必须|不得|的).*"))
                return;
            List<int[]> parts = ConceptFinder.itemsOf(run);
            if (parts.stream().anyMatch(k -> k[1] - k[0] < 2 || k[1] - k[0] > 10))
                return;
            for (int[] k : parts) {
                String label = run.substring(k[0], k[1]);
                if (!ConceptFinder.bare(label) && !Lexicon.genericHeads().contains(label))
                    out.add(new ConceptFinder.Concept(label, s + k[0], s + k[1], "Principle", PrincipleLists.RULE));
            }
        }

        /** The issue of the item whose words run from {@code body} to {@code end}, when the item is one noun phrase. */
        private static void item(String text, int body, int end, List<ConceptFinder.Concept> out) {
            int e = end;
            while (e > body && "；;。，,. \t".indexOf(text.charAt(e - 1)) >= 0)
                e--;
            List<Term> terms = Segmenter.terms(text);
            int[] s = issue(text, terms, body, e);
            if (s != null && opensWithVerb(terms, s[0]))
                s = null; // 6. 支持全球人工智能合作: an action, whose issue the scheme's label names, no new concept
            if (s != null)
                out.add(new ConceptFinder.Concept(text.substring(s[0], s[1]), s[0], s[1], "Issue", RULE_ISSUE));
        }
    }

    private static boolean opensWithVerb(List<Term> terms, int at) {
        for (Term t : terms)
            if (t.offset == at)
                return Segmenter.nature(t).startsWith("v") && !Segmenter.nature(t).equals("vn");
        return false;
    }

    // ---- addresses

    /** Where a short reference may point: 该框架, 本届论坛, 会议, 协定第8模块. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:该|这份|这部|这一|此|本|本届|本次|此次|上述|新)?(法案|法令|法律|法规|法|条例|规则|办法|规定|指引|指南|框架|协定|协议|议定书|公约|宣言|声明|倡议|计划|战略|报告|决议|契约|路线图|议程|准则|建议书|会议|论坛|峰会|大会|会晤|对话会)(?:第[一二三四五六七八九十百\\d]{1,4}(?:章|条|节|模块|部分))?");
    /** What may stand between the texts of one enumeration: 《A》《B》、《C》和《D》. */
    private static final Pattern CHAINED = Pattern.compile("^[》”]?(?:[、，,和及与]|以及)?[《“]?$");
    /** A connective that opens a sub-clause before its topic: 但, 并, 同时. */
    private static final Pattern CONNECTIVE = Pattern.compile("^(?:但|但是|并|同时|而|且|此外|其中)?(?:还|也|则)?");
    private static final Pattern EVENT_WORD = Pattern.compile("会议|论坛|峰会|大会|会晤|对话会");
    /** What makes an instrument no topic of the clause: it is what another text implements or is compared with. */
    private static Pattern notTopic() {
        // the verbs that govern an instrument as their object (concept-relation-cues.tsv governing: 重申《Y》, 取代《Y》) too
        return pattern("not-topic", () -> "(?:落实|根据|依据|按照|依照|参照|对标|借鉴|援引|源自|与|同|"
                + Lexicon.alternation(Lexicon.words("concept-relation-cues.tsv", "kind", "governing")) + ")[《“]?$");
    }

    static void apply(String text, List<Hit> hits, Discourse discourse, TopicMemory memory, List<Rel> out) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Rel r : out)
            if (r.predicate().equals("addresses"))
                seen.add(r.subject() + " " + r.object()); // a fact another rule read already keeps that rule
        for (Frame f : frames(text)) {
            int sub = backTo(text, f.cueStart(), SUBCLAUSE_END);
            if (BACKGROUND.matcher(text.substring(sub, f.cueStart())).find())
                continue;
            Hit subject = subject(text, hits, discourse, memory, f);
            if (subject == null)
                continue;
            for (Hit h : between(hits, f.start(), f.end())) {
                if (!h.top().equals("Issue") || ConceptRelationRules.modifier(text, h) || !seen.add(subject.iri() + " " + h.iri()))
                    continue;
                out.add(new Rel(subject.iri(), "addresses", h.iri(), Math.min(subject.start(), f.cueStart()), f.end(), 0.6, f.rule(), false));
            }
        }
        parts(text, hits, out);
        chapters(text, hits, memory, out);
    }

    /**
     * The text or event the list at {@code f} is about: the instrument or event named last in the clause before the
     * cue (not one another text implements: 落实《X》), provided no actor opens a sub-clause of its own in between and
     * no plan or negation stands in between; else a short reference opening the clause or the list's sub-clause.
     */
    private static Hit subject(String text, List<Hit> hits, Discourse discourse, TopicMemory memory, Frame f) {
        int clause = backTo(text, f.cueStart(), CLAUSE_END);
        Hit cand = null;
        java.util.Set<String> adjuncts = new java.util.HashSet<>();
        int chainEnd = -1;
        for (Hit h : between(hits, clause, f.cueStart()))
            if ((h.isInstrument() || h.isEvent()) && (notTopic().matcher(text.substring(Math.max(clause, h.start() - 4), h.start())).find()
                    || h.isEvent() && ConceptRelationRules.locative(text, h)
                    || chainEnd >= 0 && CHAINED.matcher(text.substring(chainEnd, h.start())).matches())) {
                adjuncts.add(h.iri()); // 依据《X》（X）…, 在…年会上, 落实《A》《B》和《C》: what the clause acts by or where, not its topic
                chainEnd = h.end();
            }
        for (Hit h : between(hits, clause, f.cueStart())) {
            if ((h.isInstrument() || h.isEvent()) && !adjuncts.contains(h.iri()) && !insideOther(hits, h))
                cand = h;
        }
        if (cand != null && cand.isEvent() && GenericHeads.RULE.equals(cand.rule()) && discourse != null && discourse.mainEvent() != null) {
            Hit main = discourse.mainEvent(); // 会议在…取得进展: a bare word for a meeting means the one the report is about
            cand = new Hit(main.iri(), main.top(), main.type(), cand.start(), cand.end(), cand.rule());
        }
        int from = cand != null ? cand.end() : clause;
        String gap = text.substring(from, f.cueStart());
        if (cand == null) {
            // the sub-clauses of the clause, nearest first (会议在A上取得进展，但未能就B达成一致: 会议 is the topic of both);
            // a sub-clause opened by an actor has a subject of its own and ends the search
            List<Integer> starts = new ArrayList<>();
            for (int at = backTo(text, f.cueStart(), SUBCLAUSE_END); ; at = backTo(text, at - 1, SUBCLAUSE_END)) {
                int lead = at;
                Matcher c = CONNECTIVE.matcher(text.substring(at));
                if (c.lookingAt())
                    lead = at + c.end();
                final int l = lead;
                if (between(hits, lead, f.cueStart()).stream().anyMatch(h -> h.isActor() && h.start() == l))
                    break;
                starts.add(lead);
                if (at <= clause || at == 0)
                    break;
            }
            for (int at : starts) {
                Matcher r = REFERENCE.matcher(text.substring(at, f.cueStart()));
                if (!r.lookingAt() || !between(hits, at, at + r.end()).isEmpty())
                    continue;
                cand = EVENT_WORD.matcher(r.group(1)).matches() ? (discourse == null ? null : discourse.mainEvent()) : memory.referred(r.group(1));
                if (cand != null) {
                    gap = text.substring(at + r.end(), f.cueStart());
                    cand = new Hit(cand.iri(), cand.top(), cand.type(), at, at + r.end(), cand.rule());
                    break;
                }
            }
            if (cand == null)
                return null;
        }
        if (ENCOURAGES.matcher(gap).find())
            return null; // 《办法》鼓励…，支持企业等在A、B等方面开展协作: what the text encourages others to do
        if (SUBSET.matcher(gap).find())
            return null; // 其中6项涉及A，涵盖B等领域: a part of the items, no topic of the whole text
        if (PLANNED.matcher(gap).find() || !f.discussed() && f.rule().equals(RULE_GOVERNED) && NEGATED.matcher(gap).find())
            return null;
        // another party opens a sub-clause between the subject and the list: 《X》发布后，美国限制…
        for (Hit h : between(hits, cand.end(), f.cueStart()))
            if (h.isActor() && text.substring(backTo(text, h.start(), SUBCLAUSE_END), h.start()).matches("^[\\s“]*$")
                    && backTo(text, h.start(), SUBCLAUSE_END) > cand.end())
                return null;
        return cand;
    }

    /** A hit inside another, longer hit (an event inside a title). */
    private static boolean insideOther(List<Hit> hits, Hit h) {
        for (Hit o : hits)
            if (o != h && o.start() <= h.start() && o.end() >= h.end() && o.end() - o.start() > h.end() - h.start())
                return true;
        return false;
    }

    /** What may open a chapter named by its topic after a text: 设有, 包含, 的, 其 (concept-cues.tsv part-has). */
    private static Pattern chapterOpener() {
        return pattern("chapter-opener", () -> "^(?:" + words("part-has") + "|的|其)?");
    }

    /** A word for a chapter right after its topic: 章节, 专章 (concept-cues.tsv part-head). */
    private static Pattern chapterHead() {
        return pattern("chapter-head", () -> "^(?:" + words("part-head") + ")");
    }

    /** A gloss in brackets right after a name: （RCEP）, （以下简称《协定》）. */
    private static final Pattern GLOSS = Pattern.compile("^[》”]?(?:[（(][^）)]{1,30}[）)])?");

    /**
     * The issue that opens at {@code at} and is followed by a word for a chapter (电子商务章节, 数字贸易专章), or null.
     */
    private static Hit chapterTopic(String text, List<Hit> hits, int at) {
        for (Hit h : hits)
            if (h.top().equals("Issue") && h.start() == at && chapterHead().matcher(text.substring(h.end())).lookingAt())
                return h;
        return null;
    }

    /**
     * {@value #RULE_PART}, a chapter named by its topic: a text, then 设有/的 (or nothing) and the topic before 章节 or
     * 专章 (《协定》设有数字贸易专章, 协定的电子商务章节要求…); the text may also open the clause and a later sub-clause of it
     * open with 设有 (X由A签署，设有电子商务专章), or a reference to it open the clause (协定的电子商务章节: the text of
     * that kind named last).
     */
    private static void chapters(String text, List<Hit> hits, TopicMemory memory, List<Rel> out) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Hit ins : hits) {
            if (!ins.isInstrument())
                continue;
            Matcher g = GLOSS.matcher(text.substring(ins.end()));
            g.lookingAt();
            int at = ins.end() + g.end();
            Matcher o = chapterOpener().matcher(text.substring(at));
            o.lookingAt();
            Hit topic = chapterTopic(text, hits, at + o.end());
            if (topic == null && text.substring(backTo(text, ins.start(), CLAUSE_END), ins.start()).matches("^[《“]?$")) {
                int clauseEnd = RelationRules.forwardTo(text, ins.end(), CLAUSE_END);
                for (int sub = RelationRules.forwardTo(text, ins.end(), SUBCLAUSE_END) + 1; sub < clauseEnd && topic == null;
                        sub = RelationRules.forwardTo(text, sub, SUBCLAUSE_END) + 1) {
                    Matcher has = pattern("chapter-has", () -> "^(?:并|还|也|同时)?(?:" + words("part-has") + ")").matcher(text.substring(sub));
                    if (has.lookingAt())
                        topic = chapterTopic(text, hits, sub + has.end());
                    else if (between(hits, sub, RelationRules.forwardTo(text, sub, SUBCLAUSE_END)).stream().anyMatch(h -> h.isActor() || h.isInstrument() || h.isEvent()))
                        break; // another party or text takes the clause
                }
            }
            if (topic != null && seen.add(ins.iri() + " " + topic.iri()))
                out.add(new Rel(ins.iri(), "addresses", topic.iri(), ins.start(), topic.end(), 0.6, RULE_PART, false));
        }
        for (int c = 0; c < text.length(); c = RelationRules.forwardTo(text, c, CLAUSE_END) + 1) {
            Matcher r = REFERENCE.matcher(text.substring(c));
            if (!r.lookingAt() || !between(hits, c, c + r.end()).isEmpty() || EVENT_WORD.matcher(r.group(1)).matches()
                    || !text.startsWith("的", c + r.end()))
                continue;
            Hit topic = chapterTopic(text, hits, c + r.end() + 1);
            Hit ins = topic == null ? null : memory.referred(r.group(1));
            if (ins != null && seen.add(ins.iri() + " " + topic.iri()))
                out.add(new Rel(ins.iri(), "addresses", topic.iri(), c, topic.end(), 0.6, RULE_PART, false));
        }
    }

    /** CPTPP第14章（电子商务章）, RCEP电子商务章: the text right before its part covers the part's topic. */
    private static void parts(String text, List<Hit> hits, List<Rel> out) {
        for (Hit ins : hits) {
            if (!ins.isInstrument())
                continue;
            String after = text.substring(ins.end()).replaceFirst("^[》”]", "");
            int off = text.length() - after.length();
            Matcher p = PART_GLOSS.matcher(after);
            if (!p.lookingAt())
                continue;
            int gs = off + (p.group(1) != null ? p.start(1) : p.start(2));
            int ge = off + (p.group(1) != null ? p.end(1) : p.end(2));
            for (Hit h : between(hits, gs, ge))
                if (h.top().equals("Issue") && h.start() == gs && h.end() == ge)
                    out.add(new Rel(ins.iri(), "addresses", h.iri(), ins.start(), off + p.end(), 0.6, RULE_PART, false));
        }
    }
}

package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Principles a text says an instrument or actor sets out, read from lists that a word for principle
 * closes or opens, beyond the verbs of holding to that {@link ConceptFinder} reads:
 * <ul>
 * <li>after a verb of stating ({@code concept-cues.tsv} position states: 提出, 确立, 重申…), or its
 * relative form (确立的, 所载的), a list closed by a word for principle: 提出了问责、精准、监督和透明四项原则;</li>
 * <li>a list opened by 原则包括/原则是 (…的指导原则包括：A、B和C) or a count and a colon (四项原则：A、B和C), or framed by 以…为…原则;</li>
 * <li>the items of an ordinal list after a word for principle: 三项原则：一是A；二是B.</li>
 * </ul>
 * Each item is a principle, short ones included (开放、包容和普惠: three); an item joined by 与 inside a list
 * split at 、 is one principle (透明与可解释); a compound principle keeps its 和 (发展和安全并重).
 */
final class PrincipleLists {
    private PrincipleLists() {}

    static final String RULE = "principle-listed";
    static final String RULE_ENUMERATED = "principle-enumerated";

    /**
     * The items of every list the enumeration stage reads with a head for principles (七项原则，即A、B…; A、B的原则;
     * 列出了N项共同原则，分别是A、B): each a principle, a discovered one when no scheme concept has its label. A list that
     * states nothing (a question, another actor's claim, background, a plan or negation) names none. In a list of three
     * items or more, an item may hold 的 (有益的人工智能).
     */
    static void enumerated(String text, List<ConceptFinder.Concept> out) {
        for (Enumeration e : Enumerations.find(text)) {
            if (!"Principle".equals(e.itemClass()) || e.blocked() != null)
                continue;
            int first = e.items().get(0).start();
            boolean headFirst = text.substring(e.start(), first).contains(e.head()); // 七项原则，即…: the list names its items
            int heldFrom = heldInside(text, e);
            for (Enumeration.Item i : e.items()) {
                if (i.end() <= heldFrom)
                    continue; // 呼吁各国政府、私营部门和民间社会秉持多利益攸关方方式: who holds to it, no principle
                String label = i.in(text);
                Matcher ordinal = ITEM_ORDINAL.matcher(label);
                if (ordinal.lookingAt() && label.length() - ordinal.end() >= 2) { // 原则：（一）合法: the number is no part of the name
                    if (!MODAL_INSIDE.matcher(label).find()) // 一是数据处理应当合法: a clause, whose qualities ORDINAL_CLAUSE reads
                        add(text, i.start() + ordinal.end(), i.end(), RULE_ENUMERATED, e.items().size() >= 3, out);
                    continue;
                }
                if (e.head() != null && label.endsWith(e.head()) && label.length() - e.head().length() >= 2) { // 透明原则、问责原则和公平原则: each item names its kind
                    add(text, i.start(), i.end() - e.head().length(), RULE_ENUMERATED, e.items().size() >= 3, out);
                    continue;
                }
                boolean de = headFirst && e.items().size() >= 3 && label.length() <= 8 && label.indexOf('的') > 0 && !label.endsWith("的");
                if (de && !notAName().matcher(label.replace("的", "")).find() && !phraseWordInside(text, i.start(), i.end(), "的"))
                    out.add(new ConceptFinder.Concept(label, i.start(), i.end(), "Principle", RULE_ENUMERATED));
                else if (label.length() <= 16)
                    add(text, i.start(), i.end(), RULE_ENUMERATED, e.items().size() >= 3, out);
            }
        }
    }

    /**
     * Where a verb of holding to stands inside an item of a list closed by its head (各国政府、私营部门和民间社会秉持多利益攸关方
     * 方式): the items before it are the parties that hold to the principle, the subject of that verb, no items of the list.
     * Returns the verb's start, or -1 when no item holds one after its first character.
     */
    private static int heldInside(String text, Enumeration e) {
        int at = -1;
        for (Enumeration.Item i : e.items())
            for (String v : holding()) {
                int k = text.indexOf(v, i.start() + 1);
                if (k > i.start() && k + v.length() < i.end())
                    at = Math.max(at, k);
            }
        return at;
    }

    /** The number that opens an item of a numbered list: （一）, (2), 一是, 三、, 4. */
    private static final Pattern ITEM_ORDINAL = Pattern.compile("\\s*(?:[（(][一二三四五六七八九十\\d]{1,2}[）)]|[一二三四五六七八九十]是|[一二三四五六七八九十]、|\\d{1,2}[.．、](?!\\d))\\s*");

    /** What may close a list of principles: 等, a count, a qualifier, the word for principle. */
    static final String CLOSE = "(等)?((?:[一二三四五六七八九十两\\d]{1,2}[项大个条])?)(?:基本|指导|核心|治理|伦理|重要|主要|总体|发展)?(?:原则|理念|价值观)";
    private static final String RUN = "([^，。；：:,;“”「」《》（）()等]{2,60}?)";
    private static final String LEAD = "(?:了|出了|的|所载的|所确立的|所提出的)?";

    private static final Pattern LIST_OPENED = Pattern.compile(
            "(?:(?:原则|理念|价值观)(?:主要)?(?:包括|是|为|有)[：:]?(?!\\s*(?:一是|[（(]一[）)]|一、|1[.、．]))|[一二三四五六七八九十两\\d]{1,2}[项个条大](?:基本|指导|核心|治理|伦理|重要|主要)?(?:原则|理念|价值观)[：:](?!\\s*一是))([^。；;]{2,80})");
    private static final Pattern FRAMED = Pattern.compile("以" + RUN + "为(?:核心|基本|指导|主要)?(?:原则|理念|价值观)");
    /** The first ordinal of a list of principles: 一是, （一）, 一、 or 1. right after 原则/理念 and a colon (原则包括：一是…, 以下原则：（一）…). */
    private static final String FIRST_ORDINAL = "(?:一是|[（(]一[）)]|一、|1[.、．](?!\\d))";
    private static final Pattern ORDINALS = Pattern.compile("(?:原则|理念|价值观)(?:主要)?(?:包括|如下|有|是|为)?[：:]\\s*(" + FIRST_ORDINAL + ")");
    /** An ordinal item (一是, （二）, 三、, 4.) and its words to the item's end; a list inside the item (合法、公正和透明) gives each of its items. */
    private static final Pattern ORDINAL_ITEM = Pattern.compile("(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十][）)]|(?<=^|[：:；;。\\s])[一二三四五六七八九十]、|(?<=^|[：:；;。\\s])\\d[.、．](?!\\d))"
            + "(?:坚持|秉持|遵循|倡导)?([\\u4e00-\\u9fff、]{2,20})(?=[；;，,。\\n]|$)");
    /** A compound principle whose 和 joins its parts: 发展和安全并重, 促进创新和依法治理相结合. */
    /** The conjunction inside the last item of a list; 以及 before 及, so that the split is not inside it. */
    private static final Pattern CONJUNCTION = Pattern.compile("以及|和|与|及");
    private static final Pattern AND = Pattern.compile("与|和|及");
    /** Inside a list split at 、, 与 joins the parts of one item: 透明与可解释、公平与公正 are two principles. */
    private static final Pattern LIST_CONJUNCTION = Pattern.compile("以及|和|及");
    /** An item of a list that is one principle of two parts joined by 与: 透明与可解释, 隐私与数据治理. */
    private static final Pattern PAIR = Pattern.compile("^[\\u4e00-\\u9fff]{2,5}与[\\u4e00-\\u9fff]{2,5}$");
    /** Words that make an item no name of a principle. */
    private static Pattern notAName() {
        return Lexicon.cached("principle-lists|not-a-name", () -> Pattern.compile("^" + ListCues.nameLead() + "|[\\dA-Za-z]|^[一二三四五六七八九十两几多]+[项大个条]"));
    }
    /** A particle or preposition that makes an item a phrase, when the segmenter reads it as a word of its own (合法目的 keeps its 目的). */
    private static final String PHRASE_WORDS = "的了在对把将";

    /** Whether the character at {@code pos} is a particle of its own in the sentence's segmentation (共赢的合作; not 目的明确). */
    static boolean particleAt(String text, int pos) {
        Term t = Segmenter.termAt(text, pos);
        return t != null && t.word.length() == 1 && PHRASE_WORDS.contains(t.word);
    }

    /** Whether [s, e) holds one of {@link #PHRASE_WORDS} (but {@code except}) as a word of the sentence's segmentation. */
    private static boolean phraseWordInside(String text, int s, int e, String except) {
        for (Term t : Segmenter.terms(text))
            if (t.offset >= s && t.offset + t.word.length() <= e && t.word.length() == 1 && PHRASE_WORDS.contains(t.word) && !except.contains(t.word))
                return true;
        return false;
    }

    static void find(String text, List<ConceptFinder.Concept> out) {
        for (String cue : Lexicon.words("concept-cues.tsv", "position", "states")) {
            Pattern p = Lexicon.cached("principle-lists|" + cue, () -> Pattern.compile(Pattern.quote(cue) + LEAD + RUN + "(?:的)?" + CLOSE));
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (!m.group(3).isEmpty() && text.charAt(m.end(1)) == '的' && !m.group(1).contains("、"))
                    continue; // 提出了全球发展倡议的两大理念: what owns the counted principles, no item of them
                if (insideList(text, m.start()))
                    continue; // 遵循公开透明、目的明确和最小必要的原则: the cue (明确) ends an item of a list already running, it opens none
                boolean several = m.group(2) != null || !m.group(3).isEmpty();
                items(text, m.start(1), m.end(1), several, "、|以及|和|与|及", out);
            }
        }
        Matcher o = LIST_OPENED.matcher(text);
        while (o.find())
            items(text, o.start(1), o.end(1), true, "、|，|,|以及|和|及", out);
        Matcher f = FRAMED.matcher(text);
        while (f.find())
            items(text, f.start(1), f.end(1), false, "、|以及|和|与|及", out);
        basis(text, out);
        kindList(text, out);
        commaPieces(text, out);
        features(text, out);
        Matcher ord = ORDINALS.matcher(text);
        if (ord.find()) {
            Matcher i = ORDINAL_ITEM.matcher(text);
            i.region(ord.start(1), text.length());
            i.useTransparentBounds(true).useAnchoringBounds(false);
            while (i.find()) {
                if (MODAL_INSIDE.matcher(i.group(1)).find())
                    continue; // 二是算法应当透明: a clause, read below
                List<int[]> parts = ConceptFinder.itemsOf(i.group(1));
                if (parts.size() > 1 && parts.stream().allMatch(k -> k[1] - k[0] >= 2 && k[1] - k[0] <= 8))
                    for (int[] k : parts) // （一）合法、公正和透明: each quality of the item
                        add(text, i.start(1) + k[0], i.start(1) + k[1], out);
                else if (i.group(1).indexOf('、') < 0 && i.group(1).length() <= 10)
                    add(text, i.start(1), i.end(1), out);
            }
            Matcher c = ORDINAL_CLAUSE.matcher(text); // 一是…决策应当可解释、透明和公平: the qualities an item requires
            c.region(ord.start(1), text.length());
            while (c.find()) {
                List<int[]> items = ConceptFinder.itemsOf(c.group(1));
                if (items.stream().allMatch(k -> k[1] - k[0] >= 2 && k[1] - k[0] <= 6))
                    for (int[] k : items)
                        add(text, c.start(1) + k[0], c.start(1) + k[1], out);
            }
        }
    }

    /** A count closing the last item of a list (促进互联互通三项原则 → 三项): the list's, no part of the item. */
    private static final Pattern TRAILING_COUNT = Pattern.compile("(?:等)?[一二三四五六七八九十两\\d]{1,2}[项大个条]$");

    /**
     * Where the principle of a list item starts: after a verb that governs it (concept-cues.tsv position item-verb: 尊重网络主权,
     * 维护和平安全, 促进开放合作) when four characters or more follow it, the segmentation making the verb a word; a shorter rest
     * is the name itself (控制风险, 尊重人权, 优化就业).
     */

    static int afterItemVerb(String text, int s, int e) {
        if (ListCues.compound().matcher(text.substring(s, e)).find())
            return s; // 促进发展与规范管理并重: a compound principle keeps its verbs
        for (String v : Lexicon.words("concept-cues.tsv", "position", "item-verb"))
            if (text.startsWith(v, s) && e - s - v.length() >= 4) {
                Term t = Segmenter.termAt(text, s);
                if (t != null && t.offset == s && t.word.equals(v))
                    return s + v.length();
            }
        return s;
    }

    /** A list of two items or more each closed by a word for principle: 透明原则、问责原则和公平原则 (group 1 from the second item on). */
    private static final Pattern KIND_LIST = Pattern.compile("(?:原则|理念)((?:(?:、|和|及|以及|与)[\\u4e00-\\u9fff]{2,8}?(?:原则|理念))+)");
    private static final Pattern KIND_ITEM = Pattern.compile("(?:、|和|及|以及|与)([\\u4e00-\\u9fff]{2,8}?)(?:原则|理念)");

    /**
     * 确立了透明原则、问责原则和公平原则: in a list whose items each end with a word for principle, each item is a principle
     * without it. The first item's left edge is where the words before its 原则 stop being nouns or qualities (the
     * segmentation's tags: 提出了 | 透明原则); the others run between the separators. A scheme's label that holds the word
     * (比例原则) is matched whole by the registry all the same.
     */
    private static void kindList(String text, List<ConceptFinder.Concept> out) {
        Matcher m = KIND_LIST.matcher(text);
        while (m.find()) {
            int headStart = m.start();
            int s = headStart;
            for (Term t : reversedTermsBefore(text, headStart)) {
                String n = Segmenter.nature(t);
                if (headStart - t.offset > 8 || Lexicon.functionWords().contains(t.word) || holding().contains(t.word)
                        || !(n.startsWith("n") && !n.startsWith("nr") && !n.startsWith("ns") && !n.startsWith("nt") || n.startsWith("a") || n.equals("vn") || n.equals("b") || n.equals("i") || n.equals("l")))
                    break;
                s = t.offset;
            }
            if (headStart - s < 2)
                continue;
            add(text, s, headStart, RULE, true, out);
            Matcher i = KIND_ITEM.matcher(m.group(1));
            while (i.find())
                add(text, m.start(1) + i.start(1), m.start(1) + i.end(1), RULE, true, out);
        }
    }

    /** 遵循统一领导、分级负责，创新发展、服务大局的原则: pairs of short items, commas between the pairs, closed by 原则/方针 (group 1). */
    private static final Pattern COMMA_PIECES = Pattern.compile(
            "(?:遵循|坚持|秉持|贯彻|恪守|奉行|本着|按照)((?:[\\u4e00-\\u9fff]{2,6}[、和])*[\\u4e00-\\u9fff]{2,6}(?:[，,](?:[\\u4e00-\\u9fff]{2,6}[、和])*[\\u4e00-\\u9fff]{2,6})+)的?(?:原则|方针)");

    /**
     * A list of principles after a verb of holding to whose pieces a comma parts (a law's 遵循A、B，C、D，E、F的原则): each item
     * of two to six characters is a principle; a piece longer than that makes it a clause, which names none.
     */
    private static void commaPieces(String text, List<ConceptFinder.Concept> out) {
        Matcher m = COMMA_PIECES.matcher(text);
        while (m.find()) {
            List<int[]> parts = ConceptFinder.split(m.group(1), "、|，|,|和");
            if (parts.size() < 3 || parts.stream().anyMatch(i -> i[1] - i[0] < 2 || i[1] - i[0] > 6))
                continue;
            for (int[] i : parts)
                add(text, m.start(1) + i[0], m.start(1) + i[1], RULE, true, out);
        }
    }

    /** 应当具备开放、透明和问责等特征: qualities a thing must have, listed before 等 and a word for a trait (group 1). */
    private static final Pattern FEATURES = Pattern.compile(
            "(?:具备|具有|体现|符合|满足)((?:[\\u4e00-\\u9fff&&[^等]]{2,5}、)+[\\u4e00-\\u9fff&&[^等]]{2,5}(?:(?:和|及|以及)[\\u4e00-\\u9fff&&[^等]]{2,5})?)等?(?:特征|特性|特点|属性|原则)");

    /**
     * The qualities a text says a thing must have (多利益攸关方进程应当具备包容、透明和问责等特征): each a principle, short
     * ones included, when every item is two to five characters and one word or two of the segmentation's qualities.
     */
    private static void features(String text, List<ConceptFinder.Concept> out) {
        Matcher m = FEATURES.matcher(text);
        while (m.find()) {
            List<int[]> parts = ConceptFinder.itemsOf(m.group(1));
            if (parts.size() < 3 || parts.stream().anyMatch(i -> i[1] - i[0] < 2 || i[1] - i[0] > 5))
                continue;
            for (int[] i : parts)
                add(text, m.start(1) + i[0], m.start(1) + i[1], RULE, true, out);
        }
    }

    /** The terms of the sentence that end at or before {@code pos}, nearest first. */
    private static List<Term> reversedTermsBefore(String text, int pos) {
        List<Term> out = new ArrayList<>();
        for (Term t : Segmenter.terms(text))
            if (t.offset + t.word.length() <= pos)
                out.add(0, t);
        return out;
    }

    /** A list placed as the basis of an act: 在相互尊重、平等互利(的)基础上 (group 1 the list, 、 between its items). */
    private static final Pattern BASIS = Pattern.compile("在((?:[\\u4e00-\\u9fff]{2,8}、)+[\\u4e00-\\u9fff]{2,12}?)的?基础上");

    /**
     * 主张在相互尊重、平等互利基础上…: the items of a list that is the basis of an act are principles (the gold conventions
     * list them so), whoever then holds them (the clause's rules decide). An item that opens with a verb other than one of
     * holding to (支持多边主义, 兼顾安全发展) is an act, no name of a principle, and is left out.
     */
    private static void basis(String text, List<ConceptFinder.Concept> out) {
        Matcher b = BASIS.matcher(text);
        while (b.find()) {
            List<int[]> parts = ConceptFinder.itemsOf(b.group(1));
            if (parts.size() < 2 || parts.stream().anyMatch(i -> i[1] - i[0] < 2 || i[1] - i[0] > 8))
                continue;
            for (int[] i : parts) {
                int s = b.start(1) + i[0];
                int e = b.start(1) + i[1];
                if (!opensWithOtherVerb(text, s))
                    add(text, s, e, RULE, parts.size() >= 3, out);
            }
        }
    }

    /** Whether the word at {@code pos} is a verb that is no verb of holding to (支持, 兼顾; not 坚持, nor 尊重 inside 相互尊重). */
    private static boolean opensWithOtherVerb(String text, int pos) {
        Term t = Segmenter.termAt(text, pos);
        return t != null && t.offset == pos && Segmenter.nature(t).startsWith("v") && !Segmenter.nature(t).equals("vn")
                && !holding().contains(t.word);
    }

    /** Whether a list separator (、) stands between the start of the sub-clause and {@code pos}: pos lies inside a list. */
    private static boolean insideList(String text, int pos) {
        return text.lastIndexOf('、', pos - 1) >= RelationRules.backTo(text, pos, RelationRules.SUBCLAUSE_END);
    }

    private static final Pattern MODAL_INSIDE = Pattern.compile("应当|应该|应|须|必须|需要");

    /** An ordinal item of principles that is a clause: what it is about, a modal of obligation, then the qualities required. */
    private static final Pattern ORDINAL_CLAUSE = Pattern.compile(
            "[一二三四五六七八九十]是[^；;。，,：:]{1,30}?(?:应当|应该|应|须|必须|需要)(?:是|做到|保持)?([\\u4e00-\\u9fff、&&[^的地得]]{2,20}?)(?=[；;。]|$)");

    /**
     * The items of a list at [start, end): split at 、 (and at the last 和/及 when the sides are as short as the
     * other items); items of one character keep the list whole, unless {@code several} (等, a count) says it has several.
     */
    private static void items(String text, int start, int end, boolean several, String separators, List<ConceptFinder.Concept> out) {
        String run = text.substring(start, end);
        if (run.startsWith("“") || run.startsWith("「"))
            return; // “公正、透明、合法”三大原则: a quoted list is one name (quoted-principle)
        List<int[]> parts = new ArrayList<>();
        List<int[]> byComma = ConceptFinder.split(run, "、|，|,");
        if (!separators.contains("，"))
            byComma = ConceptFinder.split(run, "、");
        boolean listed = byComma.size() > 1;
        int longest = 0;
        for (int k = 0; k < byComma.size() - 1; k++)
            longest = Math.max(longest, byComma.get(k)[1] - byComma.get(k)[0]);
        for (int k = 0; k < byComma.size(); k++) {
            int[] item = byComma.get(k);
            String words = run.substring(item[0], item[1]);
            boolean last = k == byComma.size() - 1;
            Matcher and = (listed ? LIST_CONJUNCTION : CONJUNCTION).matcher(words);
            boolean split = false;
            if (last && and.find() && !ListCues.compound().matcher(words).find()) {
                int left = and.start();
                int right = words.length() - and.end();
                int bound = byComma.size() > 1 ? Math.max(longest, 2) + 1 : 6;
                if (left >= 2 && right >= 2 && left <= bound && right <= bound && words.indexOf(and.group(), and.end()) < 0) {
                    parts.add(new int[] {item[0], item[0] + left});
                    parts.add(new int[] {item[0] + and.end(), item[1]});
                    split = true;
                }
            }
            if (!split)
                parts.add(item);
        }
        // 开放、包容和普惠的原则 gives three principles (issue 9); an item of one character (中、美) keeps the list one name
        boolean shortItem = parts.stream().anyMatch(i -> i[1] - i[0] < 2);
        if (shortItem && !several) {
            add(text, start, end, out);
            return;
        }
        if (parts.size() == 1 && parts.get(0)[1] - parts.get(0)[0] > 6 && !ListCues.compound().matcher(run).find())
            return; // a clause before 原则 (数据处理活动应当遵守的), no name of one
        for (int[] i : parts)
            if (parts.size() > 1 && joinsTwo(run.substring(i[0], i[1])) && !ListCues.compound().matcher(run.substring(i[0], i[1])).find()
                    && !(listed && PAIR.matcher(run.substring(i[0], i[1])).matches()))
                continue; // two names joined by 和 inside an item, left to the registry's labels
            else if (i[1] - i[0] >= 2 && (i[1] - i[0] <= 12 || ListCues.compound().matcher(run.substring(i[0], i[1])).find() && i[1] - i[0] <= 16))
                add(text, start + i[0], start + i[1], RULE, parts.size() >= 3, out);
    }

    /**
     * Whether a conjunction inside an item joins two words of two characters or more (隐私和数据治理); one that opens or
     * closes a word of the item (和平, 和谐, 公众参与) joins nothing.
     */
    private static boolean joinsTwo(String item) {
        Matcher m = AND.matcher(item);
        while (m.find())
            if (m.start() >= 2 && item.length() - m.end() >= 2)
                return true;
        return false;
    }

    private static void add(String text, int s, int e, List<ConceptFinder.Concept> out) {
        add(text, s, e, RULE, out);
    }

    private static void add(String text, int s, int e, String rule, List<ConceptFinder.Concept> out) {
        add(text, s, e, rule, false, out);
    }

    /**
     * {@code amongPrinciples}: the item is one of three or more that a word for principle closes or opens (开放、合作、共赢的原则);
     * there a word that alone names a field (合作, concept-cues.tsv position bare) is the principle of the list as well.
     */
    private static void add(String text, int s, int e, String rule, boolean amongPrinciples, List<ConceptFinder.Concept> out) {
        for (String v : holding())
            if (text.startsWith(v, s) && e - s - v.length() >= 2) {
                s += v.length(); // 强调坚持绿色发展: the principle is what is held to
                break;
            }
        s = afterItemVerb(text, s, e);
        Matcher count = TRAILING_COUNT.matcher(text.substring(s, e));
        if (count.find() && count.start() >= 2)
            e = s + count.start(); // 促进互联互通三项原则: the count closes the list, no part of its last item
        String label = text.substring(s, e);
        if (notAName().matcher(label).find() || phraseWordInside(text, s, e, "") || Lexicon.genericHeads().contains(label) || Lexicon.functionWords().contains(label)
                || !amongPrinciples && Lexicon.words("concept-cues.tsv", "position", "bare").contains(label))
            return;
        out.add(new ConceptFinder.Concept(label, s, e, "Principle", rule));
    }

    /** A list closed by a word for principle (group 1), after a verb of position marked. */
    private static final String MARKED_RUN = "(?:了)?([^，。；：:,;“”「」《》（）()]{4,40}?)(?:等)?(?:基本|核心|重要)?(?:原则|理念)";
    /** Items that name rules or aims, no principle: 世贸组织规则, 宪章宗旨. */
    private static final Pattern RULE_LIKE = Pattern.compile("(?:规则|规律|法律|法规|规定|标准|要求|宗旨|义务|承诺|协议|决议|[的了在对])");

    /**
     * 遵守市场经济和公平竞争原则, 尊重A、B原则: after a verb of keeping to that takes laws as readily as
     * principles (concept-cues.tsv position marked), only a list of two items or more closed by a word for
     * principle names principles (遵守法律, 遵守国际法基本原则 name none).
     */
    static void marked(String text, List<ConceptFinder.Concept> out) {
        for (String cue : Lexicon.words("concept-cues.tsv", "position", "marked")) {
            Pattern p = Lexicon.cached("principle-lists|marked|" + cue, () -> Pattern.compile(Pattern.quote(cue) + MARKED_RUN));
            Matcher m = p.matcher(text);
            while (m.find()) {
                List<int[]> items = ConceptFinder.itemsOf(m.group(1));
                if (items.size() < 2 || items.stream().anyMatch(i -> i[1] - i[0] < 2 || RULE_LIKE.matcher(m.group(1).substring(i[0], i[1])).find()))
                    continue; // 遵守法律和…原则: a list that holds a law or a rule keeps to laws, no principles
                for (int[] i : items)
                    if (i[1] - i[0] <= 12) // an item too long to be a name is left out, not the list
                        add(text, m.start(1) + i[0], m.start(1) + i[1], out);
            }
        }
    }

    /**
     * 坚持开放、包容、普惠; 坚持包容和公平: after a verb of holding to, with no word for principle closing the list, short
     * items (2 to 4 characters) that are each one adjective or idiom (the segmenter's tags) and run to the end of the
     * sub-clause are principles; a list with any other item (坚持改革和发展, 坚持中美合作) names none.
     */
    static void shortQualities(String text, int from, String run, List<ConceptFinder.Concept> out) {
        if (run.length() > 24 || !run.matches("^[\\u4e00-\\u9fff、和与及]+$"))
            return;
        List<int[]> items = ConceptFinder.itemsOf(run);
        if (items.size() < 2 || items.stream().anyMatch(i -> i[1] - i[0] < 2 || i[1] - i[0] > 4 || ConceptFinder.oneWordTag(text, from + i[0], from + i[1]) == null))
            return;
        // three items or more: a list of values (开放、包容、普惠、平衡、共赢); two: both must be qualities (包容和公平, not 改革和发展)
        if (items.size() == 2 && items.stream().anyMatch(i -> !QUALITY.matcher(ConceptFinder.oneWordTag(text, from + i[0], from + i[1])).matches()))
            return;
        for (int[] i : items)
            add(text, from + i[0], from + i[1], out);
    }

    /** Tags of a quality: adjective, verb (开放, 包容), idiom, distinguishing word, proper noun of a value (普惠). */
    private static final Pattern QUALITY = Pattern.compile("^(?:a|ad|an|b|v|vi|vl|i|l|z|nz)$");

    /** Quoted phrases right after a verb of holding to, each closed by its quote, the list closing the sub-clause. */
    private static final Pattern QUOTED_HELD = Pattern.compile("^((?:[“「][\\u4e00-\\u9fff]{2,8}[”」](?:、|和|与|及)?)+)(?=[，。；,;！!]|$)");
    private static final Pattern QUOTED_ITEM = Pattern.compile("[“「]([\\u4e00-\\u9fff]{2,8})[”」]");

    /**
     * 坚持“一国两制”, 秉持“共商共建共享”和“开放包容”: after a verb of holding to (the caller's cue), quoted phrases
     * that close the sub-clause are the principles held. Returns whether it read such a list.
     */
    static boolean quotedHeld(String text, int from, List<ConceptFinder.Concept> out) {
        Matcher m = QUOTED_HELD.matcher(text.substring(from));
        if (!m.lookingAt())
            return false;
        Matcher i = QUOTED_ITEM.matcher(m.group(1));
        while (i.find()) { // a quoted name is a name as written (一国两制 opens with 一, no count)
            String label = i.group(1);
            if (!ConceptFinder.bare(label) && !label.matches(".*[的了].*"))
                out.add(new ConceptFinder.Concept(label, from + i.start(1), from + i.end(1), "Principle", RULE));
        }
        return true;
    }

    /** Verbs of holding to and upholding (concept-cues.tsv positions before and uphold, class Principle), longest first. */
    static List<String> holding() {
        return Lexicon.cached("principle-lists|holding", () -> {
            Set<String> principle = Lexicon.words("concept-cues.tsv", "class", "Principle");
            Set<String> before = Lexicon.words("concept-cues.tsv", "position", "before");
            Set<String> uphold = Lexicon.words("concept-cues.tsv", "position", "uphold");
            List<String> out = new ArrayList<>();
            for (String w : principle)
                if (before.contains(w) || uphold.contains(w))
                    out.add(w);
            out.sort((a, b) -> b.length() - a.length());
            return List.copyOf(out);
        });
    }
}

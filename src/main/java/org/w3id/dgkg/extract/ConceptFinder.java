package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Principles and issues beyond the schemes' labels, read from enumerations and the words around
 * them ({@code concept-cues.tsv}):
 * <ul>
 * <li>after a verb of holding to a principle (坚持, 秉持, 倡导, 遵循): each item of the enumeration is
 * a principle (坚持互相尊重、规则引领、成果共享), short ones included (遵循开放、包容和普惠的原则: three);</li>
 * <li>after a verb of holding to, building or committing to (维护, 构建, 致力于): the qualities enumerated
 * before 的 and a head noun (维护开放、公正、非歧视的营商环境; 负责任、以人为本的人工智能): each a principle;</li>
 * <li>after a verb of opposing (反对, 批评): each item is an issue;</li>
 * <li>before a word for fields of issues (等问题, 等领域, 三个方面): each item is an issue
 * (在数字身份认证、电子发票等领域);</li>
 * <li>what a text makes provisions on: 就A、B及C作出规定 (each item an issue);</li>
 * <li>what a text covers: an enumeration right after a verb of covering (concept-cues.tsv position
 * covers: 涵盖A、B和C等议题, 内容涉及A、B和C), or framed by 对/将 and a closing word of kind
 * (对A、B等制度…作出调整, 将A、B等行为规定为犯罪): each item is an issue.</li>
 * </ul>
 * A concept the schemes already have is matched by the gazetteer; the others are new concepts of
 * the document.
 */
final class ConceptFinder {
    private ConceptFinder() {}

    static final String RULE_PRINCIPLE = "principle-enumeration";
    static final String RULE_ISSUE = "issue-enumeration";
    static final String RULE_SUFFIX = "principle-suffix";
    static final String RULE_COVERED = "issue-covered";

    record Concept(String label, int start, int end, String type, String rule) {}

    private static final String END = "，。；：,;:！？!?（）()“”《》\n";

    /** A quoted phrase and a word for a way of acting right after a verb of holding to: “对创新友好”方式. */
    private static final Pattern QUOTED_WAY = Pattern.compile("^[“「]([\\u4e00-\\u9fff]{2,12})[”」](?:的)?(?:方式|方针|路径|精神|态度|模式|做法)");
    /** A compound principle held to, the whole run after the verb (坚持安全与发展并重, 坚持发展和安全并重；): two parts of two
     * characters or more joined by 和/与, the compound's ending (list-cues.tsv compound-end) closing it, a glued footnote number after. */
    private static final Pattern HELD_COMPOUND = Pattern.compile("^([\\u4e00-\\u9fff]{2,6}[和与][\\u4e00-\\u9fff]{2,8})(?:\\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?$");

    /** A run that opens with a preposition is a phrase around the verb's object, no enumeration of names. */
    private static final Pattern CLAUSE_OPENING = Pattern.compile("^(?:在|以|对|从|向|为|与|把|将|被|通过|按照|根据|围绕)");

    static List<Concept> find(String text) {
        List<Concept> out = new ArrayList<>();
        principles(text, out);
        issuesAfterOpposing(text, out);
        issuesBeforeField(text, out);
        issuesProvidedFor(text, out);
        issuesCovered(text, out);
        IssueLists.find(text, out); // what a provision is about (关于A、B的内容), proposed on (就A提出建议), the measures required (采取A等措施)
        principlesBySuffix(text, out);
        PrincipleLists.find(text, out); // principles a text says are set out: 提出了A、B和C四项原则, 原则包括…
        PrincipleLists.enumerated(text, out); // the items of every list the enumeration stage reads with a head for principles
        OpposedPractices.find(text, out); // one practice opposed: 反对泛化国家安全概念, 反对搞“小院高墙”
        TopicLists.concepts(text, out); // the topics of a text or event as a list: 对A、B三个领域的投资, 从九个维度…：A、B (last: older rules keep their items)
        SubjectFrames.issues(text, out); // the frame of a clause whose subject is a text: 针对“大数据杀熟”问题，该法规定…
        IssuePhrases.find(text, out); // open vocabulary, last: the object of 规范/防范/打击…, X问题, with a head of issue labels (…泄露, …鸿沟)
        CoverageLists.find(text, out); // 《法》涵盖A、B和C, 工作重点，包括A、B: the items a text covers, none known (last: older rules keep their items)
        out.replaceAll(ConceptFinder::withoutFrameworkWord);
        out.removeIf(ConceptFinder::cutQuotation); // 纳入“设计隐私: a quotation is a name of its own (NameFinder reads it), no part of a longer one
        return out;
    }

    /** A label that holds a quotation mark without being wholly quoted: an item cut across a quotation (纳入“设计隐私, 相同监管”). */
    private static boolean cutQuotation(Concept c) {
        String inner = c.label().replaceFirst("^[“「](.*)[”」]$", "$1");
        return inner.matches(".*[“”「」].*");
    }

    /** …治理框架 / …治理体系 (the author's 全球数据治理框架 → 全球数据治理): the word for the framework is no part of the issue. */
    private static final Pattern FRAMEWORK_TAIL = Pattern.compile("(?<=治理)(?:框架|体系)$");

    private static Concept withoutFrameworkWord(Concept c) {
        if (c.type().equals("Issue"))
            for (String act : Lexicon.words("issue-slots.tsv", "position", "act"))
                if (c.label().endsWith(act) && c.label().length() - act.length() >= 4 && IssuePhrases.namesDoer(c.label().substring(0, c.label().length() - act.length())))
                    // 网络间谍活动 → 网络间谍 (conventions: …活动 left out); 恶意网络活动 stays whole
                    return new Concept(c.label().substring(0, c.label().length() - act.length()), c.start(), c.end() - act.length(), c.type(), c.rule());
        Matcher m = FRAMEWORK_TAIL.matcher(c.label());
        if (!c.type().equals("Issue") || !m.find() || m.start() < 4)
            return c;
        return new Concept(c.label().substring(0, m.start()), c.start(), c.end() - (c.label().length() - m.start()), c.type(), c.rule());
    }

    private static void principles(String text, List<Concept> out) {
        for (String cue : Lexicon.words("concept-cues.tsv", "position", "before")) {
            if (!Lexicon.words("concept-cues.tsv", "class", "Principle").contains(cue))
                continue;
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                int from = at + cue.length();
                Matcher quoted = QUOTED_WAY.matcher(text.substring(from));
                if (quoted.lookingAt()) { // 秉持“对创新友好”方式: the quoted way held to is a principle
                    add(out, text, from + quoted.start(1), from + quoted.end(1), "Principle", RULE_PRINCIPLE);
                    continue;
                }
                if (PrincipleLists.quotedHeld(text, from, out)) // 坚持“一国两制”，…: a quoted phrase held to, closing its sub-clause
                    continue;
                int end = from;
                while (end < text.length() && END.indexOf(text.charAt(end)) < 0)
                    end++;
                String run = text.substring(from, end);
                int principleEnd = firstOf(run, "的原则", "原则", "的理念", "理念", "的方针", "等价值观", "的价值观", "价值观", "的精神", "精神");
                boolean marked = principleEnd >= 0;
                boolean listed = false;
                if (marked) {
                    run = run.substring(0, principleEnd);
                    int lastItem = run.lastIndexOf('、');
                    int de = run.indexOf('的', lastItem + 1);
                    if (lastItem >= 0 && de > lastItem && PrincipleLists.particleAt(text, from + de))
                        run = run.substring(0, de); // 开放、包容、共赢的合作理念: the head after 的 is every item's, no part of the last
                    if (run.matches("(?s).*[和与及]$"))
                        continue; // 恪守宪章宗旨和原则: the principles of a charter, no name of one
                    // 倡导A、B、C等价值观: 等 says the items are several principles, short ones included
                    listed = run.endsWith("等") || text.startsWith("等", from + principleEnd);
                    // 遵循A、B等原则, 坚守C三原则: the list's closing word and count are no part of a name
                    run = run.replaceFirst("(?:等|[一二三四五六七八九十两几]+[大项个条]?)$", "");
                }
                List<int[]> items = split(run, "、");
                if (items.size() < 2 && !marked) {
                    Matcher compound = HELD_COMPOUND.matcher(run);
                    if (compound.matches() && ListCues.compound().matcher(compound.group(1)).find()) {
                        add(out, text, from, from + compound.end(1), "Principle", RULE_PRINCIPLE); // 坚持政府引导和市场主导相结合: one principle, however long its parts
                        continue;
                    }
                    items = pairJoinedByAnd(run, 4); // 坚持开放进程和发展导向: two names of four characters or more
                }
                else if (items.size() < 2)
                    items = itemsOf(run); // 坚持公平竞争和非歧视原则, 恪守开放和透明原则: before 原则, the two sides of 和 (发展和安全并重 stays one)
                if (items.size() < 2 && !marked) {
                    Matcher compound = HELD_COMPOUND.matcher(run);
                    if (compound.matches() && ListCues.compound().matcher(compound.group(1)).find()) {
                        add(out, text, from, from + compound.end(1), "Principle", RULE_PRINCIPLE); // 坚持安全与发展并重: one principle, its parts no items
                        continue;
                    }
                    PrincipleLists.shortQualities(text, from, run, out); // 坚持包容和公平
                    continue;
                }
                if (!marked && items.stream().anyMatch(i -> i[1] - i[0] > 24))
                    continue; // 遵循国内法律框架前提下、基于…: a clause, no enumeration of principles
                if (!marked && (CLAUSE_OPENING.matcher(run).lookingAt() || run.replaceFirst("的$", "").contains("的")))
                    continue; // 坚持在相互尊重、相互信任的基础上加强对话: a preposition's phrase, no list of names
                if (listed && items.size() >= 2 && items.stream().allMatch(i -> i[1] - i[0] >= 2 && i[1] - i[0] <= 20)) {
                    for (int[] i : itemsOf(run)) // 可靠性以及安全创新等原则: the last item splits at its conjunction, as in a marked list
                        add(out, text, from + i[0], from + i[1], "Principle", RULE_PRINCIPLE);
                    continue;
                }
                boolean short2 = items.stream().anyMatch(i -> i[1] - i[0] <= 2);
                if (short2 && marked) { // 遵循开放、包容和普惠的原则: one principle per item (issue 9, gold conventions)
                    addItems(out, text, from, run);
                    continue;
                }
                if (short2) { // 坚持开放、包容、普惠, 坚持包容和公平: short qualities enumerated to the clause's end, each a principle
                    PrincipleLists.shortQualities(text, from, run, out);
                    continue;
                }
                // 遵循公正公平、公开透明、科学合理和诚实信用的原则: a marked list's last item splits at its conjunction as the
                // short lists' do (itemsOf), whatever the items' lengths
                for (int[] i : marked ? itemsOf(run) : items) {
                    int s = from + i[0];
                    int e = from + i[1];
                    for (String c : Lexicon.words("concept-cues.tsv", "position", "before"))
                        if (text.startsWith(c, s) && e - s > c.length() + 1)
                            s += c.length(); // 坚持规则引领、坚持成果共享
                    if (marked)
                        s = PrincipleLists.afterItemVerb(text, s, e); // 坚持尊重网络主权、维护和平安全…四项原则: what is respected, kept, promoted
                    if (e - s >= 3 && e - s <= 20) // 防范网络安全风险与促进先进技术应用相结合
                        add(out, text, s, e, "Principle", RULE_PRINCIPLE);
                }
            }
        }
        qualifiedHeads(text, out);
        PrincipleLists.marked(text, out); // 遵守A和B原则: a verb of keeping to, a list closed by a word for principle
    }

    /**
     * 倡导开放、包容的合作, 维护开放、公正、非歧视的营商环境, 致力于负责任、以人为本的人工智能: after a verb of
     * holding to, upholding or building ({@code concept-cues.tsv} positions before, environment, qualifies), the
     * qualities enumerated before 的 and a head noun are the principles held; the head (合作, 环境) is none.
     */
    private static void qualifiedHeads(String text, List<Concept> out) {
        java.util.Set<String> cues = new java.util.TreeSet<>(Lexicon.words("concept-cues.tsv", "position", "environment"));
        cues.addAll(Lexicon.words("concept-cues.tsv", "position", "qualifies"));
        for (String w : Lexicon.words("concept-cues.tsv", "position", "before"))
            if (Lexicon.words("concept-cues.tsv", "class", "Principle").contains(w))
                cues.add(w);
        List<Term> terms = Segmenter.terms(text);
        for (String cue : cues)
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                int from = at + cue.length();
                Matcher m = QUALITIES_OF_HEAD.matcher(text.substring(from));
                if (!m.lookingAt() || m.group(2).matches("^(?:原则|理念|精神|价值观|方针).*"))
                    continue; // …的原则: read by principles() as a marked enumeration
                if (cues.stream().anyMatch(c -> m.group(1).startsWith(c)) || CLAUSE_OPENING.matcher(m.group(1)).lookingAt())
                    continue; // 主张构建开放、…的环境: read from the inner verb; 坚持在相互尊重、…的基础上: a preposition's phrase
                List<int[]> items = itemsOf(m.group(1));
                if (items.size() < 2 || items.stream().anyMatch(i -> i[1] - i[0] < 2 || !quality(terms, from + i[0], from + i[1])
                        && !valueNounAmongQualities(text, terms, from, items, i)))
                    continue; // 支持中小企业、初创企业的发展: the items name who, not how
                for (int[] i : items)
                    if (items.size() >= 3 && bare(text.substring(from + i[0], from + i[1])))
                        out.add(new Concept(text.substring(from + i[0], from + i[1]), from + i[0], from + i[1], "Principle", RULE_PRINCIPLE));
                    else // 和平、安全、开放、合作的网络空间: among three qualities or more, 合作 is one too (as PrincipleLists reads lists of principles)
                        add(out, text, from + i[0], from + i[1], "Principle", RULE_PRINCIPLE);
            }
    }

    /**
     * 构建和平、安全、开放、合作的网络空间: in a list of three items or more of which two at least are qualities, an item that is
     * one word of two characters the segmenter tags a noun (和平) is a quality too (a value named as a noun), and a word of the
     * field itself (合作) does not break the list; a name (place, person, organisation) never is. Every item must then be one
     * word (or 非 and one word). With fewer qualities the nouns name who or what (国家、企业、个人的合法权益).
     */
    private static boolean valueNounAmongQualities(String text, List<Term> terms, int from, List<int[]> items, int[] item) {
        if (items.size() < 3 || item[1] - item[0] != 2)
            return false;
        if (items.stream().filter(i -> i[1] - i[0] >= 2 && quality(terms, from + i[0], from + i[1])).count() < 2)
            return false;
        if (items.stream().anyMatch(i -> oneWordTag(text, from + i[0], from + i[1]) == null && !bare(text.substring(from + i[0], from + i[1]))))
            return false; // 强调要坚持开放、包容、合作、共赢的金砖精神: an item that is more than one word (要坚持开放) makes it no list of values
        if (bare(text.substring(from + item[0], from + item[1])))
            return true; // 合作: a word of the field, a principle among the values listed (as PrincipleLists reads them), no party
        String tag = oneWordTag(text, from + item[0], from + item[1]);
        return tag != null && (tag.equals("n") || tag.equals("vn"));
    }

    /** Qualities (2-5 characters each, 、 or a conjunction between) before 的 and a head noun to the clause's end. */
    private static final Pattern QUALITIES_OF_HEAD = Pattern.compile(
            "^((?:[\\u4e00-\\u9fff]{2,5}?(?:、|和|及|与|以及))+[\\u4e00-\\u9fff]{2,5}?)的([\\u4e00-\\u9fff]{1,12})(?=[，。；：,;:！？!?）)”」]|$)");

    /** Parts of speech that end a quality (adjective, verb, idiom, distinguishing word; nz: 负责任, 普惠); a noun names a party or thing. */
    private static final Pattern QUALITY_TAG = Pattern.compile("^(?:a|ad|an|b|v|vd|vi|vn|i|l|z|d|nz)$");

    /**
     * The segmenter's tag of [s, e) when it is one word, else null; a name (place, person, organisation) or a word of the
     * field itself (concept-cues.tsv position bare) is none.
     */
    static String oneWordTag(String text, int s, int e) {
        if (e - s >= 3 && text.charAt(s) == '非' && oneWordTag(text, s + 1, e) != null)
            return "b"; // 非歧视: 非 and one word, a distinguishing word
        for (Term t : Segmenter.terms(text))
            if (t.offset == s) {
                String n = Segmenter.nature(t);
                boolean named = n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt");
                return t.word.length() == e - s && !named && !Lexicon.words("concept-cues.tsv", "position", "bare").contains(t.word) ? n : null;
            }
        return null;
    }

    /** Whether [s, e) ends with a word the segmenter tags as a quality (开放, 非歧视, 以人为本), not a noun (企业, 国家). */
    private static boolean quality(List<Term> terms, int s, int e) {
        for (Term t : terms)
            if (t.offset < e && t.offset + t.word.length() >= e)
                return t.offset >= s && t.offset + t.word.length() == e && QUALITY_TAG.matcher(Segmenter.nature(t)).matches()
                        && !Lexicon.words("concept-cues.tsv", "position", "bare").contains(text(terms, s, e));
        return false;
    }

    private static String text(List<Term> terms, int s, int e) {
        StringBuilder b = new StringBuilder();
        for (Term t : terms)
            if (t.offset >= s && t.offset + t.word.length() <= e)
                b.append(t.word);
        return b.toString();
    }

    /**
     * The items of a short enumeration: split at 、, and the last item at its conjunction (开放、包容和普惠) when both
     * sides have two characters or more and it is no compound principle (发展和安全并重).
     */
    static List<int[]> itemsOf(String run) {
        List<int[]> out = new ArrayList<>();
        List<int[]> parts = split(run, "、");
        for (int k = 0; k < parts.size(); k++) {
            int[] p = parts.get(k);
            String words = run.substring(p[0], p[1]);
            Matcher and = ITEM_AND.matcher(words);
            if ((k == parts.size() - 1 || parts.size() == 1) && and.find() && and.start() >= 2 && words.length() - and.end() >= 2
                    && !ListCues.compoundOrPair().matcher(words).find() && (parts.size() > 1 || !words.contains("与"))) {
                out.add(new int[] {p[0], p[0] + and.start()});
                out.add(new int[] {p[0] + and.end(), p[1]});
            } else
                out.add(p);
        }
        return out;
    }

    /** 以及 before 及 so that the split is not inside it; 与 joins the parts of one item inside a list (透明与可解释). */
    private static final Pattern ITEM_AND = Pattern.compile("以及|和|及");

    /** One principle per item of a marked enumeration; one char items (中、美) keep the run whole. */
    private static void addItems(List<Concept> out, String text, int from, String run) {
        List<int[]> items = itemsOf(run);
        if (items.size() < 2 || items.stream().anyMatch(i -> i[1] - i[0] < 2)) {
            add(out, text, from, from + run.length(), "Principle", RULE_PRINCIPLE);
            return;
        }
        for (int[] i : items)
            add(out, text, from + i[0], from + i[1], "Principle", RULE_PRINCIPLE);
    }

    /** What an enumeration after a verb of opposing ends with: 的做法, 等行为. */
    private static final Pattern PRACTICE = Pattern.compile("(?:的|等)(?:错误)?(?:做法|行为|图谋|倾向|企图|举动|论调)$");
    /** A party named before what it does that is opposed: 反对美方将…, 反对有关方面… */
    private static final Pattern OPPOSED_PARTY = Pattern.compile("^(?:[\\u4e00-\\u9fff]{1,2}方(?![面法式向案针]))?(?:将|把)?");

    /**
     * 反对A、B的做法, 反对A、B、C (to the end of the clause): each item of the enumeration is an issue,
     * verb phrases included (泛化国家安全概念); items of three characters or less after a longer
     * first one qualify it and stay with it (政治化、工具化、武器化). Returns false when the words
     * after the cue are no such enumeration.
     */
    private static boolean opposedEnumeration(String text, int from, List<Concept> out) {
        int end = from;
        while (end < text.length() && END.indexOf(text.charAt(end)) < 0)
            end++;
        String run = text.substring(from, end);
        Matcher practice = PRACTICE.matcher(run);
        boolean marked = practice.find();
        if (marked)
            run = run.substring(0, practice.start());
        Matcher party = OPPOSED_PARTY.matcher(run);
        int skip = party.lookingAt() && party.end() < run.length() - 2 ? party.end() : 0;
        int acting = OpposedPractices.partyLength(run);
        if (skip == 0 && acting > 0 && (run.startsWith("将", acting) || run.startsWith("把", acting)))
            skip = acting + 1; // 反对某国将A政治化的做法: the party and its 将 are no part of the practice
        else if (skip == 0 && acting > 0 && acting < run.length() - 2 && (run.indexOf('、') < 0 || acting < run.indexOf('、')))
            skip = acting; // 反对个别国家滥用A、把B武器化: the party that acts is no part of the first practice
        boolean disposedFirst = skip > 0 && (run.charAt(skip - 1) == '将' || run.charAt(skip - 1) == '把');
        run = run.substring(skip);
        List<int[]> items = split(run, "、");
        int base = from + skip;
        List<int[]> disposals = new ArrayList<>();
        if (disposedFirst && run.matches("^[^、]{3,22}化(?:、.*)?$"))
            disposals.add(items.get(0)); // 反对将A政治化、把B武器化: the first item's 将 went with the party
        for (int[] i : items) { // 搞排他性小圈子: the light verb is no part of the practice's name
            Matcher light = LIGHT_VERB.matcher(run.substring(i[0], i[1]));
            if (light.lookingAt() && i[1] - i[0] - light.end() >= 3)
                i[0] += light.end();
            int disposal = OpposedPractices.disposalLength(run.substring(i[0], i[1]));
            if (disposal > 0) { // 、将经贸问题政治化: the practice is what is made political (a verb phrase all the same)
                i[0] += disposal;
                disposals.add(i);
            }
        }
        if (items.size() < 2 && !marked)
            return false;
        if (items.stream().anyMatch(i -> i[1] - i[0] < 2 || i[1] - i[0] > 16))
            return false;
        boolean shortTail = items.size() >= 2 && items.subList(1, items.size()).stream().allMatch(i -> i[1] - i[0] <= 3);
        String words = run;
        if (!marked && !shortTail && !items.stream().allMatch(i -> startsWithVerb(text, base + i[0]) || MEANS_PHRASE.matcher(words.substring(i[0], i[1])).matches()
                || light(words, i) || disposals.contains(i)))
            return false; // a list of nouns (单边主义、保护主义抬头): read word by word below
        if (shortTail) {
            addPractice(out, text, base, base + run.length());
            return true;
        }
        if (items.stream().anyMatch(i -> i[1] - i[0] < 3))
            return false;
        for (int[] i : items)
            addPractice(out, text, base + i[0], base + i[1]);
        return true;
    }

    /** A light verb that opens an opposed practice: 搞排他性小圈子, 进行单边制裁. */
    private static final Pattern LIGHT_VERB = Pattern.compile("^(?:搞|进行|推行)");
    /** 以意识形态划线: a phrase of means (以…) and a verb, the shape of a practice. */
    private static final Pattern MEANS_PHRASE = Pattern.compile("^以[\\u4e00-\\u9fff]{2,8}(?:划线|为由|为借口|施压|打压)$");

    /** Whether the item lost a light verb in front (its remaining words are the practice's name). */
    private static boolean light(String run, int[] i) {
        String before = run.substring(0, i[0]);
        return before.endsWith("搞") || before.endsWith("进行") || before.endsWith("推行");
    }

    /** 滥用…, 泛化…: the item opens with a verb (not a verbal noun), the shape of a practice. */
    private static boolean startsWithVerb(String text, int pos) {
        for (Term t : Segmenter.terms(text))
            if (t.offset == pos)
                return Segmenter.nature(t).startsWith("v") && !Segmenter.nature(t).equals("vn");
        return false;
    }

    /** What ends the words in front of a principle's suffix: punctuation and function words. */
    private static final String NAME_STOP = END + "、的了等在为是和与及对把将向从以其这该此";
    /** Verbs that may stand right before a principle's name without a function word (携手构建…). */
    private static final Pattern HOLDING_LEAD = Pattern.compile("(?:携手|合力|推动|构建|打造|树立|贯彻|落实|迈向|面向|提出|秉持|秉承|坚持|践行|倡导|弘扬|遵循|奉行|恪守|推广|维护|强调|表示|指出|主张|呼吁|更加|更为|紧密)+");

    /** A count closing the words before a suffix (两大理念, 包含三项理念): no name, the items are elsewhere. */
    private static final Pattern COUNTED = Pattern.compile("[一二三四五六七八九十两\\d]{1,2}[大项个条种]$|^[一二三四五六七八九十两\\d]{1,2}$");

    /** …命运共同体, …治理观, …理念 ({@code concept-cues.tsv} suffix): the name runs left to a function word. */
    private static void principlesBySuffix(String text, List<Concept> out) {
        WordBoundaries words = WordBoundaries.of(text);
        for (String suffix : Lexicon.words("concept-cues.tsv", "position", "suffix"))
            for (int at = text.indexOf(suffix); at >= 0; at = text.indexOf(suffix, at + 1)) {
                if (!words.isBoundary(at + suffix.length()))
                    continue; // 治理观察: the suffix is the start of another word
                int s = at;
                while (s > 0 && at - s < 12 && NAME_STOP.indexOf(text.charAt(s - 1)) < 0
                        && (Character.isIdeographic(text.charAt(s - 1)) || "—-".indexOf(text.charAt(s - 1)) >= 0))
                    s--;
                Matcher lead = HOLDING_LEAD.matcher(text.substring(s, at));
                int cut = 0;
                while (lead.find())
                    cut = lead.end();
                s += cut;
                if (at - s < 2 || "—-".indexOf(text.charAt(s)) >= 0)
                    continue; // 的理念, 新理念: no name in front of the suffix
                if (s > 0 && text.charAt(s - 1) == '的' && text.lastIndexOf('、', s) > RelationRules.backTo(text, s, RelationRules.SUBCLAUSE_END))
                    continue; // 开放、包容、共赢的合作理念: the head that a list of principles qualifies, no principle itself
                String front = text.substring(s, at);
                for (String q : Lexicon.words("concept-cues.tsv", "position", "head-qualifier"))
                    if (front.endsWith(q) && front.length() > q.length() && COUNTED.matcher(front.substring(0, front.length() - q.length())).find())
                        front = front.substring(0, front.length() - q.length()); // 三项核心理念: the count before the qualifier
                if (COUNTED.matcher(front).find() || Lexicon.words("concept-cues.tsv", "position", "head-qualifier").contains(front))
                    continue; // 核心理念, 两大理念: a count or qualifier of the head, no name (the name is elsewhere: …的核心理念是A)
                add(out, text, s, at + suffix.length(), "Principle", RULE_SUFFIX);
            }
    }

    private static void issuesAfterOpposing(String text, List<Concept> out) {
        Set<String> opposing = Lexicon.words("concept-cues.tsv", "class", "Issue");
        Set<String> before = Lexicon.words("concept-cues.tsv", "position", "before");
        List<Term> terms = Segmenter.terms(text);
        for (String cue : opposing) // 不赞成: a cue the segmenter splits (不/赞成) still opens an enumeration of practices
            if (before.contains(cue))
                for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                    int pos = at;
                    if (terms.stream().noneMatch(t -> t.offset == pos && t.word.equals(cue)))
                        opposedEnumeration(text, at + cue.length(), out);
                }
        for (int i = 0; i < terms.size(); i++) {
            if (!opposing.contains(terms.get(i).word) || !before.contains(terms.get(i).word))
                continue;
            if (opposedEnumeration(text, terms.get(i).offset + terms.get(i).word.length(), out)
                    || OpposedPractices.opensWithParty(text, terms.get(i).offset + terms.get(i).word.length()))
                continue; // 反对个别国家搞…: the party is no issue (OpposedPractices reads what it does)
            int j = i + 1;
            while (j < terms.size()) {
                int s = terms.get(j).offset;
                int k = j;
                while (true) {
                    while (k < terms.size() && (isNounLike(terms.get(k)) || k > j && endsWithVerb(terms, k)))
                        k++;
                    // 信息和通信技术: a word of one or two characters joined by 和 is part of one name
                    if (k > j && k + 1 < terms.size() && terms.get(k).word.equals("和")
                            && terms.get(k - 1).offset + terms.get(k - 1).word.length() - s <= 2) {
                        k++;
                        continue;
                    }
                    break;
                }
                if (k == j) {
                    setPhraseClosingClause(text, terms, j, out);
                    break;
                }
                int e = terms.get(k - 1).offset + terms.get(k - 1).word.length();
                if (e - s > 4 && text.startsWith("方面", e - 2) || e - s > 4 && text.startsWith("领域", e - 2) || e - s > 4 && text.startsWith("倾向", e - 2))
                    e -= 2; // 反对…军事化方面的立场: 方面 closes the phrase; 警惕数字保护主义倾向: the tendency is the practice
                if (e - s >= 2 && e - s <= 12 && !judged(terms, j, k))
                    add(out, text, s, e, "Issue", RULE_ISSUE);
                if (k < terms.size() && (terms.get(k).word.equals("、") || terms.get(k).word.equals("和")))
                    j = k + 1;
                else
                    break;
            }
        }
    }

    /** Parts of speech that make a run no name of a practice: pronoun, particle, preposition, conjunction, adverb, classifier, a name. */
    private static final Pattern NOT_IN_SET_PHRASE = Pattern.compile("^(?:r|u|p|c|d|w|y|e|o|q|nr|ns|nt).*");

    /**
     * 反对冷战思维和零和博弈, 反对单边制裁和长臂管辖: a practice of four characters that closes the clause after an opposing
     * verb (or after 、/和 in its list) is one set phrase even where the segmenter cut it into pieces that are no nouns
     * (零/和/博弈, 长/臂/管辖); a pronoun, particle, preposition or adverb inside (这种做法) makes it none, and so does a word
     * for a practice (做法) or a word of the field alone.
     */
    private static void setPhraseClosingClause(String text, List<Term> terms, int j, List<Concept> out) {
        int s = terms.get(j).offset;
        int e = s;
        int k = j;
        while (k < terms.size() && !Segmenter.nature(terms.get(k)).startsWith("w")) {
            boolean joinedInside = k > j && terms.get(k).word.equals("和"); // 零和博弈: 和 inside the phrase, no list of two
            if (!joinedInside && (NOT_IN_SET_PHRASE.matcher(Segmenter.nature(terms.get(k))).matches() || Lexicon.functionWords().contains(terms.get(k).word)))
                return;
            e = terms.get(k).offset + terms.get(k).word.length();
            k++;
        }
        if (e - s != 4 || k == terms.size() || !"，。；,;！!".contains(terms.get(k).word))
            return;
        String label = text.substring(s, e);
        if (!label.matches("^[\\u4e00-\\u9fff]{4}$") || CUES_PRACTICE_END.matcher(label).find())
            return;
        add(out, text, s, e, "Issue", RULE_ISSUE);
    }

    /** A run ending in a word for a practice or attitude is no name of one (的做法, 行为, 态度). */
    private static final Pattern CUES_PRACTICE_END = Pattern.compile("(?:做法|行为|态度|立场|倾向|举动|图谋|论调)$");

    private static final Pattern FIELD = Pattern.compile("(等)?([一二三四五六七八九十两\\d]+个)?(问题|议题|领域|方面|风险|挑战)");

    /** A field list with no 等 or count, opened by 在: 在A、B方面, 在保障A、维护B方面 (each item may open with a verb). */
    private static final Pattern OPENED_BY_ZAI = Pattern.compile("在((?:[\\u4e00-\\u9fff]{2,16}、)+[\\u4e00-\\u9fff]{2,16})$");

    /** 在A、B方面 / 在A、B领域: each item (its leading verb left out by {@link #add}) is an issue. */
    private static void openedByZai(String text, int end, String head, List<Concept> out) {
        if (!head.equals("方面") && !head.equals("领域"))
            return;
        Matcher z = OPENED_BY_ZAI.matcher(text.substring(Math.max(0, end - 60), end));
        if (!z.find())
            return;
        int start = end - z.group(1).length();
        List<int[]> parts = split(z.group(1), "、");
        if (parts.size() >= 2)
            parts = lastSplitAtAnd(text, start, parts); // 在A、B和C方面: 和 before the last item joins two items of the list
        for (int[] i : parts) {
            int s = start + i[0];
            int e = start + i[1];
            for (String v : Lexicon.words("concept-cues.tsv", "position", "pursue"))
                if (text.startsWith(v, s) && e - s - v.length() >= 3) {
                    s += v.length(); // 保障关键信息基础设施供应链安全: the issue is what is safeguarded
                    break;
                }
            if (e - s >= 3 && e - s <= 16 && !text.substring(s, e).contains("的"))
                add(out, text, s, e, "Issue", RULE_ISSUE);
        }
    }

    /**
     * The items of a list split at 、 with its last item split at a 和/及/以及 the segmentation makes a word, when both sides
     * have three characters or more (内容安全和未成年人保护: two issues; 安全与保障 keeps its 与).
     */
    private static List<int[]> lastSplitAtAnd(String text, int start, List<int[]> parts) {
        int[] last = parts.get(parts.size() - 1);
        String item = text.substring(start + last[0], start + last[1]);
        Matcher and = ITEM_AND.matcher(item);
        if (!and.find() || and.start() < 3 || item.length() - and.end() < 3 || and.find())
            return parts;
        and.reset(item).find();
        Term t = Segmenter.termAt(text, start + last[0] + and.start());
        if (t == null || t.offset != start + last[0] + and.start() || !t.word.equals(and.group()))
            return parts;
        List<int[]> out = new ArrayList<>(parts.subList(0, parts.size() - 1));
        out.add(new int[] {last[0], last[0] + and.start()});
        out.add(new int[] {last[0] + and.end(), last[1]});
        return out;
    }

    /** What a text makes provisions on: 就A、B及C作出规定, 就A和B作出专门安排. */
    private static final Pattern PROVIDED_FOR = Pattern.compile(
            "就((?:[\\u4e00-\\u9fff]{2,12}(?:、|及|以及))+[\\u4e00-\\u9fff]{2,12}?)(?:等)?(?:问题|事项)?作出(?:了)?(?:具体|明确|专门|详细|相应)?(?:规定|安排)");

    /** 就风险和影响管理、救济途径及程序保障作出规定: each item is an issue the text covers (and 和 stays inside an item). */
    private static void issuesProvidedFor(String text, List<Concept> out) {
        Matcher m = PROVIDED_FOR.matcher(text);
        while (m.find())
            for (int[] i : split(m.group(1), "、|以及|及")) {
                int s = m.start(1) + i[0];
                int e = m.start(1) + i[1];
                if (e - s >= 2 && e - s <= 12)
                    add(out, text, s, e, "Issue", RULE_ISSUE);
            }
    }

    /** An enumeration of at least two items (no 等 or 的 inside), 、 between them and 和/及/以及 before the last. */
    private static final String ITEM = "[\\u4e00-\\u9fff&&[^等的]]{2,14}";
    private static final String LIST = "((?:" + ITEM + "、)+" + ITEM + "?(?:(?:以及|和|及)" + ITEM + "?)?)";
    /** What closes a covered enumeration: 等 and a word of kind (等议题, 等五个领域), or the end of the sub-clause (a footnote mark allowed before it). */
    private static String coveredEnd() {
        return "(?:等(?:[一二三四五六七八九十两\\d]{1,2}[个项类大])?(?:" + String.join("|", Lexicon.words("subject-frames.tsv", "position", "kind"))
                + ")?)?(?:\\[\\d{1,3}\\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})?(?:[，。；,;：:]|$)"; // the words of kind: subject-frames.tsv position kind (等要素, 等领域)
    }
    /** An enumeration framed by 对/将 and closed by 等 and a word of kind before the verb that acts on it. */
    private static final Pattern FRAMED = Pattern.compile(
            "(?:对|将|把)" + LIST + "等(?:制度|行为|问题|事项|内容|领域|方面)(?:的[\\u4e00-\\u9fff]{1,8})?(?:作出|规定为|列为|认定为|纳入|进行)");

    /**
     * 议定书涵盖A、B和C等议题, 内容涉及A、B和C, 对A、B等制度…作出调整: each item of an enumeration that a
     * verb of covering (concept-cues.tsv position covers) takes, or that 对/将 frames before a closing word
     * of kind, is an issue; an item that names a place, body or person, or holds 的, is none (各自关切的其他问题).
     */
    private static void issuesCovered(String text, List<Concept> out) {
        Pattern covered = Lexicon.cached("ConceptFinder|covered", () -> Pattern.compile("(?:" + String.join("|", Lexicon.words("concept-cues.tsv", "position", "covers"))
                + ")(?:了)?" + LIST + "(?=" + coveredEnd() + ")"));
        Matcher m = covered.matcher(text);
        while (m.find()) {
            int end = listEnd(text, m.end(1));
            if (!countedOtherKind(text, m.end(1)) && end > 0)
                coveredItems(text, m.start(1), end - countedField(text, m.end(1)), false, out);
        }
        // 包括/围绕 take lists of anything (包括政府部门、科研院所等): only a list closed by 等 and a word of a field,
        // or by 以及…其他问题 (围绕A、B以及各自关切的其他问题)
        Pattern listed = Lexicon.cached("ConceptFinder|listed", () -> Pattern.compile("(?:" + String.join("|", Lexicon.words("concept-cues.tsv", "position", "covers-field"))
                + ")(?:了)?" + LIST
                + "(?=等(?:[一二三四五六七八九十两\\d]{1,2}[个项类大])?(?:领域|方面|议题|问题|风险|挑战|内容|章节|议程)|(?:以及|和|及)[^，。；]{0,10}其他(?:问题|议题|领域))"));
        Matcher l = listed.matcher(text);
        while (l.find()) {
            int end = listEnd(text, l.end(1));
            if (end > 0)
                coveredItems(text, l.start(1), end, false, out);
        }
        Matcher f = FRAMED.matcher(text);
        while (f.find()) // 将窃取数据、篡改记录等行为规定为犯罪: a practice keeps its verb
            coveredItems(text, f.start(1), f.end(1), text.startsWith("等行为", f.end(1)), out);
    }

    /**
     * Where a list that seems to end at {@code end} ends: there, unless the segmenter's word runs over it (不平等问题等内容:
     * the 等 of 平等 is the item's, one character more), or -1 when the word runs on further (the list is cut inside a word).
     */
    static int listEnd(String text, int end) {
        for (Term t : Segmenter.terms(text))
            if (t.offset < end && end < t.offset + t.word.length())
                return t.offset + t.word.length() == end + 1 && text.charAt(end) == '等' ? end + 1 : -1;
        return end;
    }

    /** A count and a word of kind closing a list: 八个界别, 27个成员国, 三类主体 (group 1: the word of kind). */
    private static final Pattern COUNTED_KIND = Pattern.compile("[一二三四五六七八九十两百\\d]{1,4}(?:个|类|大|项|家|所|条)([\\u4e00-\\u9fff]{1,4})$");
    /** The words of kind that close a list of issues: 三个领域, 五项议题. */
    private static final Pattern FIELD_KIND = Pattern.compile("^(?:[\\u4e00-\\u9fff]{0,2})(?:领域|方面|议题|问题|风险|挑战|内容|事项|章节|制度|议程|支柱|主题|优先事项)$");

    /**
     * 涵盖能源、金融服务…以及电讯八个界别: a list closed by a count and a word of another kind (界别, 行业,
     * 成员国, 机构) enumerates sectors or parties, no issues.
     */
    private static boolean countedOtherKind(String text, int end) {
        Matcher c = COUNTED_KIND.matcher(text.substring(Math.max(0, end - 12), end));
        return c.find() && !FIELD_KIND.matcher(c.group(1)).matches();
    }

    /** 涵盖A、B和C四大领域: a count and a word of fields closing the list with no 等, its length (0 when none), left out of the last item. */
    private static int countedField(String text, int end) {
        Matcher c = COUNTED_KIND.matcher(text.substring(Math.max(0, end - 12), end));
        return c.find() && FIELD_KIND.matcher(c.group(1)).matches() ? c.end() - c.start() : 0;
    }

    private static void coveredItems(String text, int start, int end, boolean practices, List<Concept> out) {
        List<Term> terms = Segmenter.terms(text);
        for (int[] i : split(text.substring(start, end), "、|以及|和|及")) { // 与 stays inside an item: 青年与数字未来
            int s = start + i[0];
            int e = start + i[1];
            if (NAMES_TEXT.matcher(text.substring(s, e)).find())
                continue; // 全球发展倡议数字合作: an item about a text, no field
            if (e - s < 3 || e - s > 14 || text.substring(s, e).contains("的") || named(terms, s, e) || !nominal(terms, s, e)
                    || SubjectFrames.party(text.substring(s, e)))
                continue;
            if (practices && !bare(text.substring(s, e)))
                out.add(new Concept(text.substring(s, e), s, e, "Issue", RULE_COVERED));
            else if (!practices)
                add(out, text, s, e, "Issue", RULE_COVERED);
        }
    }

    /** Whether an item names a text (倡议, 宣言…): it speaks of an instrument, no field. */
    static boolean namesText(String item) {
        return NAMES_TEXT.matcher(item).find();
    }

    /** Whether [s, e) reads as the name of a field and holds no name of a place, body or person. */
    static boolean nameless(List<Term> terms, int s, int e) {
        return !named(terms, s, e) && nominal(terms, s, e);
    }

    /** A word for a text inside an item: the item speaks of an instrument. */
    private static final Pattern NAMES_TEXT = Pattern.compile("倡议|宣言|协定|公约|议程|计划|战略|契约|条约|决议");

    /** Whether a term of a place, body or person name (or of an institution: 科研院所, 理事会) lies in [s, e). */
    private static boolean named(List<Term> terms, int s, int e) {
        for (Term t : terms) {
            String n = Segmenter.nature(t);
            if (t.offset + t.word.length() - e == 1 && "和及与".indexOf(t.word.charAt(t.word.length() - 1)) >= 0)
                continue; // 安全和: the segmenter glued the next item's separator to a word and took it for a name
            if (t.offset >= s && t.offset < e && (n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nis")
                    || n.startsWith("nnt")))
                return true;
        }
        return false;
    }

    /**
     * Whether [s, e) reads as the name of a field: no function word, preposition, adverb, pronoun, numeral
     * or measure word inside it, and no word cut by its edges (…等领域开展务实合作 is a clause, 选项 no field).
     */
    private static boolean nominal(List<Term> terms, int s, int e) {
        for (Term t : terms) {
            int te = t.offset + t.word.length();
            if (te <= s || t.offset >= e)
                continue;
            if (t.offset < s || te > e) {
                if (t.offset < s && "和及、与".indexOf(t.word.charAt(0)) >= 0 || te > e && te - e == 1)
                    continue; // 和数据: the segmenter glued the separator (or the closing 等) to the item's edge word
                return false;
            }
            String n = Segmenter.nature(t);
            if (Lexicon.functionWords().contains(t.word) || n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("d") && t.word.length() > 1
                    || n.startsWith("r") || n.startsWith("m") || n.startsWith("q") || n.equals("f"))
                return false;
        }
        return true;
    }

    private static void issuesBeforeField(String text, List<Concept> out) {
        Matcher m = FIELD.matcher(text);
        List<Term> terms = Segmenter.terms(text);
        while (m.find()) {
            if (SubjectFrames.aspectsOfEffect(text, m.end()))
                continue; // 在人道主义、法律方面带来的挑战: the dimensions of an effect, no issues
            boolean closed = m.group(1) != null || m.group(2) != null; // a list closes with 等 or a count: 等领域, 三个方面
            int end = m.start();
            int start = end;
            // the list runs left over items and separators up to a verb, a preposition or punctuation
            for (int j = terms.size() - 1; j >= 0; j--) {
                Term t = terms.get(j);
                int te = t.offset + t.word.length();
                if (te > end)
                    continue;
                if (te < start)
                    break;
                boolean separator = t.word.equals("、") || t.word.equals("和") || t.word.equals("及") || t.word.equals("以及")
                        || t.word.equals("与"); // 安全与保障: 与 joins the words of one item
                if (isNounLike(t) || separator && te == start)
                    start = t.offset;
                else
                    break;
            }
            if (end - start < 2)
                continue;
            if (!closed) {
                openedByZai(text, end, m.group(3), out);
                continue;
            }
            String run = text.substring(start, end);
            for (int[] i : split(run, "、|以及|和|及")) {
                int s = start + i[0];
                int e = start + i[1];
                if (e - s >= 3 && e - s <= 12) // two characters in such a list name a sector (医疗、交通), rarely an issue
                    add(out, text, s, e, "Issue", RULE_ISSUE);
            }
        }
    }

    /** 市场/分割: a two-character verb after a noun closes an item when a separator or punctuation follows. */
    private static boolean endsWithVerb(List<Term> terms, int k) {
        Term t = terms.get(k);
        if (!Segmenter.nature(t).startsWith("v") || t.word.length() != 2 || Lexicon.functionWords().contains(t.word))
            return false;
        if (k + 1 >= terms.size())
            return true;
        String next = terms.get(k + 1).word;
        if (next.equals("、") || next.equals("和") || Segmenter.nature(terms.get(k + 1)).startsWith("w"))
            return true;
        return k + 2 < terms.size() && endsWithVerb(terms, k + 1) && Segmenter.nature(terms.get(k + 2)).startsWith("w"); // 分裂/对抗，
    }

    /**
     * 批评立法过程仓促, 批评监管过于宽松: the words after a verb of opposing are a judgement of something (a noun phrase,
     * then an adjective, or an adverb and an adjective), not a practice: the thing judged is no issue opposed.
     */
    private static boolean judged(List<Term> terms, int j, int k) {
        if (k - 1 > j && Segmenter.nature(terms.get(k - 1)).equals("a") && isNounLike(terms.get(k - 2)) && !Segmenter.nature(terms.get(k - 2)).startsWith("a")
                && (k >= terms.size() || Segmenter.nature(terms.get(k)).startsWith("w")))
            return true; // 立法过程仓促: the last word judges the noun before it
        return k < terms.size() && k + 1 < terms.size() && Segmenter.nature(terms.get(k)).equals("d") && Segmenter.nature(terms.get(k + 1)).startsWith("a");
    }

    /** Whether the words [s, e) of {@code text} are a judgement of something (立法过程仓促, 监管过于宽松), see {@link #judged}. */
    static boolean judgement(String text, int s, int e) {
        List<Term> terms = Segmenter.terms(text);
        int j = -1;
        int k = -1;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (t.offset == s)
                j = i;
            if (t.offset + t.word.length() == e)
                k = i + 1;
        }
        if (j < 0 || k <= j)
            return false;
        for (int i = j; i + 1 < k; i++)
            if (Segmenter.nature(terms.get(i)).equals("d") && Segmenter.nature(terms.get(i + 1)).startsWith("a"))
                return true;
        return k - 1 > j && Segmenter.nature(terms.get(k - 1)).equals("a") && isNounLike(terms.get(k - 2)) && !Segmenter.nature(terms.get(k - 2)).startsWith("a");
    }

    private static boolean isNounLike(Term t) {
        String n = Segmenter.nature(t);
        if (Lexicon.functionWords().contains(t.word) || Lexicon.genericHeads().contains(t.word))
            return false;
        if (n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.equals("nnt") || n.equals("nx"))
            return false;
        return n.startsWith("n") || n.equals("vn") || n.equals("gi") || n.equals("l") || n.equals("an") || n.equals("j")
                || (n.equals("a") || n.equals("b")) && t.word.length() >= 2;
    }

    /**
     * 开放进程和发展导向: a run with one 和 whose two sides are {@code min} characters or more, each a name of
     * its own; shorter sides (发展和安全并重) are one name together. Returns one item otherwise.
     */
    private static List<int[]> pairJoinedByAnd(String run, int min) {
        int and = run.indexOf('和');
        if (and >= min && run.indexOf('和', and + 1) < 0 && run.length() - and - 1 >= min && run.length() <= 20 && !run.contains("的"))
            return List.of(new int[] {0, and}, new int[] {and + 1, run.length()});
        return List.of(new int[] {0, run.length()});
    }

    private static int firstOf(String s, String... words) {
        int best = -1;
        for (String w : words) {
            int at = s.indexOf(w);
            if (at >= 0 && (best < 0 || at < best))
                best = at;
        }
        return best;
    }

    /** The separators' patterns, compiled once each (the callers pass a few constant ones). */
    private static final java.util.Map<String, Pattern> SEPARATORS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The [start, end) spans of {@code run} between the matches of {@code separators}. */
    static List<int[]> split(String run, String separators) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SEPARATORS.computeIfAbsent(separators, Pattern::compile).matcher(run);
        int from = 0;
        while (m.find()) {
            out.add(new int[] {from, m.start()});
            from = m.end();
        }
        out.add(new int[] {from, run.length()});
        return out;
    }

    /** An opposed practice keeps its verb: 滥用出口管制措施 is the issue, not 出口管制措施. */
    private static void addPractice(List<Concept> out, String text, int s, int e) {
        String label = text.substring(s, e);
        if (label.matches(".*[\\dA-Za-z%].*") || bare(label))
            return;
        out.add(new Concept(label, s, e, "Issue", RULE_ISSUE));
    }

    private static void add(List<Concept> out, String text, int s, int e, String type, String rule) {
        while (s < e && "的、".indexOf(text.charAt(s)) >= 0)
            s++;
        while (e > s && "的、".indexOf(text.charAt(e - 1)) >= 0)
            e--;
        if (type.equals("Issue"))
            for (Term t : Segmenter.terms(text))
                if (t.offset == s && t.word.length() >= 2 && t.word.length() < e - s - 1 && Segmenter.nature(t).startsWith("v")
                        && (!Segmenter.nature(t).equals("vn") || Lexicon.words("concept-cues.tsv", "position", "spreads").contains(t.word)))
                    s += t.word.length(); // 维护国家安全, 传播虚假信息: the issue is 国家安全, 虚假信息
        if (type.equals("Issue"))
            s = afterObjectVerb(text, s, e);
        String label = text.substring(s, e);
        if (label.length() < 2 || label.matches(".*[\\dA-Za-z%].*") || bare(label))
            return;
        out.add(new Concept(label, s, e, type, rule));
    }

    /** Verbs that open an item and take the issue as their object (concept-cues.tsv positions pursue, spreads, counters), longest first. */
    static List<String> objectVerbs() {
        List<String> out = new ArrayList<>();
        for (String position : List.of("pursue", "spreads", "counters"))
            out.addAll(Lexicon.words("concept-cues.tsv", "position", position));
        out.sort((a, b) -> b.length() - a.length());
        return out;
    }

    /** 弥合数字鸿沟, 打击网络诈骗, 提升数字技能: where [s, e) opens with a verb of the lexicon, the issue starts after it. */
    static int afterObjectVerb(String text, int s, int e) {
        for (String v : objectVerbs())
            if (text.startsWith(v, s) && e - s - v.length() >= 2)
                return s + v.length();
        return s;
    }

    /**
     * A generic head, a function word, a word of the field itself (治理 alone) or a word that only points at the items of a
     * list (以下, 下列, 上述: list-cues.tsv item-lead): no concept by itself.
     */
    static boolean bare(String label) {
        return Lexicon.genericHeads().contains(label) || Lexicon.functionWords().contains(label)
                || Lexicon.words("concept-cues.tsv", "position", "bare").contains(label)
                || Lexicon.words("list-cues.tsv", "kind", "item-lead").contains(label);
    }
}

package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * {@code embodies}: the principles a text says an instrument states, holds to or calls for.
 * <ul>
 * <li>{@value #RULE}: the instrument (or a short reference to it: 该指南, 宣言) is the subject of a verb of
 * stating or holding to ({@code concept-cues.tsv} positions states, before and uphold, and 呼吁/要求/主张),
 * directly (《X》提出了A、B和C四项原则), after the act that made it public (《X》于…发布，提出…; 某国发布《X》，
 * 提出…), or through the parties it addresses (《X》呼吁各国坚持A; 《X》明确，各国应秉持A原则); the
 * enumeration goes on over 、/和, sub-clauses that open with such a verb, and ordinal items (一是A；二是B);</li>
 * <li>{@value #RULE_RELATIVE}: principles said to be the instrument's: 《X》确立的A、B等原则, 《X》所载的A原则,
 * 《X》的指导原则包括A和B, A原则被写入《X》.</li>
 * </ul>
 * Never when the clause is a plan, hope, negation or condition (modality-cues.tsv, concept-cues.tsv position
 * negates), when an actor stands between the instrument and the verb (the actor holds the stance: advocates),
 * or when the clause reports a judgement about the instrument (认为, 批评, 所谓).
 */
final class EmbodiedPrinciples {
    /**
     * The modality cues in front of a verb (modality-cues.tsv position before): plan, hope, forecast…, but not
     * the recommendations: 《X》呼吁各国坚持A states A as X's own.
     */
    private final Pattern modalBefore;

    EmbodiedPrinciples(RelationCues cues) {
        this.modalBefore = cues.modalBeforeStating;
    }

    static final String RULE = "embodies";
    static final String RULE_RELATIVE = "embodies-relative";
    static final String RULE_APPROACH = "embodies-approach";
    static final String RULE_ARTICLE = "embodies-article";

    /** Verbs of calling on others whose object is a stance (呼吁各国坚持…) or a position stated (主张…). */
    private static final String CALLING = "呼吁|要求|鼓励|敦促|主张|倡议|号召|提倡";
    /** The parties an instrument calls on: 各国, 各方, 成员国 (a registry actor there is checked separately). */
    private static final String PARTIES = "(?:各国|各方|各成员|成员国|缔约方|缔约国|签署方|国际社会|所有国家|各国政府|各利益攸关方|[^，。；]{0,6}?(?:国家|各方|企业|机构))?";
    private static final String MODAL = "(?:应|应当|应该|要|须|必须|需要|需|共同|一道|继续|始终|进一步|切实)*";
    /** What may stand after the instrument before the verb: its gloss in brackets, adverbs, a place in it (第二章中). */
    private static final String TAIL = "^[”」》]?(?:[（(][^（）()]{1,40}[）)])?(?:\\[\\d{1,3}\\]|[¹²³⁴⁵⁶⁷⁸⁹⁰])?"
            + "(?:[^，。；“”]{0,8}?(?:中|里)|(?:的)?(?:序言|前言|总则|导言))?(?:也|还|则|均|都|同样|进一步|首次|正式|专门|明确|再次|特别|一再|始终|一直|充分|集中|旨在|已|着重|重点|反复)*";
    /** The act that made the instrument public, between it and a later sub-clause that states its principles. */
    private static final String MADE_PUBLIC = "(?:[^，。；]{0,24}?(?:发布|通过|出台|发表|签署|颁布|印发|公布|推出|生效|实施|达成)(?:了)?)?[，,](?:并|还|同时|其中|随后|进而|该[\\u4e00-\\u9fff]{1,4})?";

    private static Pattern bridge() {
        return Lexicon.cached("embodies|bridge", () -> {
            String states = Lexicon.alternation(Lexicon.words("concept-cues.tsv", "position", "states"));
            String holding = String.join("|", PrincipleLists.holding());
            String verb = "(?:" + states + "|" + holding + "|" + CALLING + ")";
            String called = "(?:[，,：:]?" + PARTIES + MODAL + "(?:" + holding + "))?";
            String opening = "(?:(?:[一二三四五六七八九十两\\d]{1,2}[项个条大])?(?:基本|指导|核心|治理|伦理|重要)?(?:原则|理念)[：:]\\s*(?:(?:一是|第一[，,、]?)" + ORDINAL_SUBJECT + ")?)?";
            // 重申致力于…: a verb of stating before one of committing
            // 宣言指出，各国应坚持…: a verb of saying states a principle only through the parties it says must hold to it
            // 契约序言指出，各方致力于多边主义: what the parties commit to in the text's words is the text's (princ40)
            String said = "(?:指出|表示|写道|提到)[，,：:]" + PARTIES + "(?:(?:应|应当|应该|要|须|必须|需要)" + MODAL + "(?:" + holding + ")|"
                    + "(?:各国|各方|各成员|成员国|缔约方|缔约国|签署方|国际社会|所有国家)(?:将|均|都|共同|一致)?(?:致力于|承诺(?:坚持|遵守|遵循|维护)))";
            return Pattern.compile(TAIL + "(?:" + MADE_PUBLIC + ")?" + TAIL.substring(1) + "(?:(?:" + verb + "(?:了|出了)?){1,2}" + called + "(?:了)?" + opening
                    + "(?:以|对)?|" + said + "|以|将|把)[“「]?$");
        });
    }

    /** What joins the next principle of the enumeration: 、/和, a sub-clause opening with a verb of holding, the next ordinal item. */
    private static Pattern next() {
        // …，呼吁各方秉持B: a later sub-clause that calls on the parties to hold a principle goes on too
        return Lexicon.cached("embodies|next", () -> {
            String states = Lexicon.alternation(Lexicon.words("concept-cues.tsv", "position", "states"));
            String holding = String.join("|", PrincipleLists.holding());
            return Pattern.compile("^[”」]?(?:(?:、|和|与|及|以及|，|,)[“「]?|(?:的)?(?:原则|理念|精神)?[，,；;](?:并|还|同时|也)?(?:(?:"
                    + CALLING + ")" + PARTIES + MODAL + ")?(?:" + states + "|" + holding + ")(?:了)?[“「]?)$");
        });
    }

    /** What an ordinal item may say before the principles it requires: what it is about and a modal (一是…决策应当可解释). */
    private static final String ORDINAL_SUBJECT = "(?:[^；;。，,：:]{1,30}?(?:应当|应该|应|须|必须|需要)(?:是|做到|保持)?)?";
    private static final Pattern ORDINAL_NEXT = Pattern.compile("^[^。]{0,40}?[；;，,。]\\s*(?:[二三四五六七八九十]是|第[二三四五六七八九十][，,、]?)" + ORDINAL_SUBJECT + "(?:坚持|秉持|遵循|倡导)?$");
    /** Words in front of the instrument that make the clause a judgement about it, or no statement of it. */
    private static final Pattern JUDGED = Pattern.compile("认为|据报道|据悉|批评|指责|质疑|所谓|违背|违反|有违|声称|称|是否|并非|而非");
    /** A wish or plan earlier in the clause scopes over what the instrument is to hold (愿 and 应 inside a word, 自愿, 供应, 响应, are neither). */
    private static final Pattern HOPED = Pattern.compile("希望|期待|期望|盼望|(?<![自志情])愿|有望|将|拟|计划|如果|若|一旦|呼吁各方|应当|应该|(?<![响适供相对反效回顺])应");
    /** After the enumeration of 以A、B为…: the framing word. */
    private static final Pattern FRAMED_END = Pattern.compile("^[”」]?(?:等)?为(?:核心|基本|指导|主要|根本)?(?:原则|理念|价值观|宗旨|基础|导向|思想)");

    void apply(String text, List<Hit> hits, List<Rel> out) {
        apply(text, hits, null, out);
    }

    /** With the document's discourse: a bare head opening a clause (框架提出…, 声明强调…) refers to the text named last with it. */
    void apply(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        List<Hit> withReferences = referencesOpeningClauses(text, hits, discourse);
        stated(text, withReferences, out);
        relative(text, hits, out);
        if (discourse != null)
            article(text, hits, discourse.documentTopic().main(), out);
    }

    /** A line of the text of a law: its article number, then a space the reader may have dropped (第三条　…); not 第三条原则, 第三条是… */
    private static final Pattern ARTICLE = Pattern.compile("^\\s*第[一二三四五六七八九十百零〇\\d]{1,6}条[\\s\u3000]*(?!原则|是|的|和|、)");
    /** Words before the verb of holding that make it no rule the article lays down (不得违反…原则, 未遵循…). */
    private static final Pattern ARTICLE_NOT = Pattern.compile("不|未|没有|违反|违背|除外");

    /**
     * An article of the text the document is about, quoted as its own line (第三条　数据处理活动坚持…，遵循A、B的原则; 第五条　经营者从事
     *经营活动，应当遵循A、B原则): what the article holds the activity it rules to is a principle the text embodies. The subject
     * is a domain or the parties the text binds, not an actor the text names (no registry actor before the verb).
     */
    private void article(String text, List<Hit> hits, Hit topic, List<Rel> out) {
        if (topic == null || !topic.isInstrument())
            return;
        Matcher a = ARTICLE.matcher(text);
        if (!a.lookingAt())
            return;
        Hit first = null;
        for (Hit p : between(hits, a.end(), text.length())) {
            if (!p.top().equals("Principle"))
                if (p.isInstrument() || p.isEvent() || p.isActor())
                    return; // 第十条　国家支持A…: an actor's part or another text, not what the article lays down as a principle
                else
                    continue;
            first = p;
            break;
        }
        if (first == null)
            return;
        String gap = text.substring(a.end(), first.start());
        Matcher held = articleBridge().matcher(gap);
        if (!held.matches() || ARTICLE_NOT.matcher(gap).find())
            return;
        for (Hit p : enumeration(text, hits, first, false))
            out.add(new Rel(topic.iri(), "embodies", p.iri(), first.start(), p.end(), 0.6, RULE_ARTICLE, false));
    }

    /** The article's subject and what it does (a sub-clause at most before), a modal, then a verb of holding (PrincipleLists.holding). */
    private static Pattern articleBridge() {
        return Lexicon.cached("embodies|article-bridge", () -> Pattern.compile("^[^。；;：:]{1,40}?" + MODAL + "(?:"
                + String.join("|", PrincipleLists.holding()) + ")(?:了)?[“「]?$"));
    }

    /** A bare head of a text opening the sentence or a sub-clause, right before a verb of stating (框架提出, 宣言强调). */
    private static Pattern bareHead() {
        return Lexicon.cached("embodies|bare-head", () -> {
            String states = Lexicon.alternation(Lexicon.words("concept-cues.tsv", "position", "states"));
            // 2. 建议书坚持…: a paragraph number may open the sentence, as topicReference of ConceptRelationRules reads it
            return Pattern.compile("(?:^\\s*(?:\\d{1,2}\\s*[.、．)）]|[（(][一二三四五六七八九十\\d]{1,2}[）)]|[一二三四五六七八九十]、)?|[，,。；;：:])\\s*(?:该|这份|这一|此|本)?(" + String.join("|", BARE_HEADS) + "|(?<=[该本此])法)(?:还|也|则|进一步|首先|同时)*(?=" + states + "|" + CALLING + "|(?:指出|表示)[，,：:])");
        });
    }

    /** Heads of texts that stand alone for the text named last with them (TopicMemory decides which); 法 only after 该/本/此 (该法强调…). */
    private static final List<String> BARE_HEADS = List.of("框架", "宣言", "声明", "指南", "指引", "准则", "倡议", "决议", "建议书", "报告", "路线图", "战略", "公约", "协定", "契约", "办法", "条例", "法案",
            "规划", "纲要", "方案", "白皮书", "议程", "成果文件", "行动计划", "计划", "文件",
            "规范", "手册", "共识", "宪章", "守则");

    private static List<Hit> referencesOpeningClauses(String text, List<Hit> hits, Discourse discourse) {
        if (discourse == null)
            return hits;
        List<Hit> out = null;
        Matcher m = bareHead().matcher(text);
        while (m.find()) {
            int s = m.start(1);
            if (RelationRules.insideHit(hits, s) || RelationRules.insideHit(hits, m.end(1) - 1))
                continue;
            Hit meant = TopicMemory.of(discourse).referred(m.group(1));
            if (meant == null)
                continue;
            if (out == null)
                out = new ArrayList<>(hits);
            out.add(new Hit(meant.iri(), meant.top(), meant.type(), s, m.end(1), meant.rule()));
        }
        if (out == null)
            return hits;
        out.sort(java.util.Comparator.comparingInt(Hit::start));
        return out;
    }

    private void stated(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (!h.isInstrument())
                continue;
            List<Hit> group = new ArrayList<>(List.of(h)); // 《A》和《B》均提出…
            int j = i + 1;
            while (j < hits.size() && hits.get(j).isInstrument() && text.substring(group.get(group.size() - 1).end(), hits.get(j).start()).matches("^[”」》]?[、和与及][《“「]?$"))
                group.add(hits.get(j++));
            if (i > 0 && hits.get(i - 1).isInstrument() && text.substring(hits.get(i - 1).end(), h.start()).matches("^[”」》]?[、和与及][《“「]?$"))
                continue; // the group was read from its first instrument
            Hit last = group.get(group.size() - 1);
            Hit first = null;
            for (Hit p : between(hits, last.end(), text.length()))
                if (p.top().equals("Principle")) {
                    first = p;
                    break;
                }
            if (first == null)
                continue;
            String gap = text.substring(last.end(), first.start());
            boolean stating = bridge().matcher(gap).matches();
            // 《X》采用基于风险的方法, 《框架》採取風險為本的方針: a verb of adopting whose object is a way of doing (approach)
            boolean adopting = !stating && adoptsBridge().matcher(gap).matches();
            if (!stating && !adopting || blocked(text, hits, h, first))
                continue;
            boolean ordinal = gap.matches("(?s).*[：:]\\s*(?:一是|第一[，,、]?).*");
            boolean framed = gap.endsWith("以");
            boolean disposed = DISPOSED.matcher(gap).find();
            boolean committedTo = gap.endsWith("对");
            List<Hit> principles = enumeration(text, hits, first, ordinal);
            Hit lastP = principles.get(principles.size() - 1);
            boolean approach = approach(text, lastP);
            if (adopting && !approach)
                continue;
            if (framed && !FRAMED_END.matcher(text.substring(lastP.end())).lookingAt() && !approach)
                continue;
            if (disposed && !DISPOSED_AS.matcher(text.substring(lastP.end())).lookingAt())
                continue; // 将A作为基本原则: only 将/把 + the principle + 作为…原则 states it
            if (committedTo && !COMMITMENT_TO.matcher(text.substring(lastP.end())).lookingAt())
                continue; // 重申了对A的承诺: only a commitment to the principle // 以…: only 以A为原则 frames a principle, or 以A的方法 a way of doing (以基于风险的方法监管…)
            String rule = adopting || framed && approach ? RULE_APPROACH : RULE;
            for (Hit p : principles)
                for (Hit inst : group)
                    out.add(new Rel(inst.iri(), "embodies", p.iri(), inst.start(), p.end(), 0.6, rule, false));
        }
    }

    /** A verb of adopting a way of doing (concept-cues.tsv position approach-verb) after the instrument. */
    private static Pattern adoptsBridge() {
        return Lexicon.cached("embodies|adopts-bridge", () -> Pattern.compile(TAIL + "(?:"
                + Lexicon.alternation(Lexicon.words("concept-cues.tsv", "position", "approach-verb")) + ")(?:了)?[“「]?$"));
    }

    /** A principle that names a way of doing: its mention ends in a word of approach (基于风险的方法), or 的 + such a word follows it (風險為本的方針). */
    private static boolean approach(String text, Hit p) {
        Pattern[] words = Lexicon.cached("embodies|approach", () -> {
            String a = Lexicon.alternation(Lexicon.words("concept-cues.tsv", "position", "approach"));
            return new Pattern[] {Pattern.compile("(?s).*(?:" + a + ")"), Pattern.compile("^[”」]?的(?:" + a + ")")};
        });
        return words[0].matcher(text.substring(p.start(), p.end())).matches() || words[1].matcher(text.substring(p.end())).lookingAt();
    }

    /** The principle {@code first} and those that continue its enumeration. */
    private static List<Hit> enumeration(String text, List<Hit> hits, Hit first, boolean ordinal) {
        List<Hit> out = new ArrayList<>(List.of(first));
        Hit prev = first;
        for (Hit p : between(hits, first.end(), text.length())) {
            if (p.start() < prev.end())
                continue;
            String gap = text.substring(prev.end(), p.start());
            if (ordinal && !p.top().equals("Principle") && !p.isActor())
                continue; // 二是人工智能系统应当…: what the next item is about
            if (!p.top().equals("Principle"))
                break;
            if (!(next().matcher(gap).matches() || ordinal && ORDINAL_NEXT.matcher(gap).matches()) || gap.contains("。") && !ordinal)
                break;
            out.add(p);
            prev = p;
        }
        return out;
    }

    /**
     * Whether the statement is taken back: a plan, hope, negation or condition in the instrument's sub-clause or
     * between it and the principle, an actor between them (other than the parties called on), or a judgement.
     */
    private boolean blocked(String text, List<Hit> hits, Hit inst, Hit principle) {
        int sub = backTo(text, inst.start(), SUBCLAUSE_END);
        int clause = backTo(text, inst.start(), CLAUSE_END);
        String lead = text.substring(sub, inst.start());
        String gap = text.substring(inst.end(), principle.start());
        if (JUDGED.matcher(text.substring(clause, inst.start())).find() || JUDGED.matcher(gap).find())
            return true;
        // 原则：一是…应当A, 宣言指出，各国应当坚持A: the modal is the principle's wording, no plan
        String stating = DISPOSED.matcher(SAID_PARTIES.matcher(ORDINAL_ITEMS.matcher(gap).replaceFirst("")).replaceFirst("")).replaceFirst("");
        if (modal(lead) || modal(COMMITTED.matcher(stating).replaceFirst("")) || HOPED.matcher(text.substring(clause, inst.start())).find())
            return true; // 希望各方…，使《X》坚持…: a wish for the instrument, not what it states
        for (Hit a : between(hits, inst.end(), principle.start()))
            if (a.isActor() && !calledOn(text, a))
                return true;
        return false;
    }

    /** 呼吁各国坚持…, 明确，成员国应秉持…: an actor right after a verb of calling, before a modal and a verb of holding. */
    private static boolean calledOn(String text, Hit a) {
        String before = text.substring(backTo(text, a.start(), SUBCLAUSE_END), a.start());
        return (before.isEmpty() || calling().matcher(before).matches()) && heldAfterCall().matcher(text.substring(a.end())).matches();
    }

    /** A clause that ends with a verb of calling (呼吁各国): made once, not per actor. */
    private static Pattern calling() {
        return Lexicon.cached("embodies|calling", () -> Pattern.compile(".*(?:" + CALLING + ")$"));
    }

    /** What follows the actor called on: a modal, then a verb of holding (应秉持…). */
    private static Pattern heldAfterCall() {
        return Lexicon.cached("embodies|held-after-call", () -> Pattern.compile("(?s)^" + MODAL + "(?:" + String.join("|", PrincipleLists.holding()) + ").*"));
    }

    /** What a verb of saying says the parties must hold to, to the first principle (指出，各国应当坚持). */
    private static final Pattern SAID_PARTIES = Pattern.compile("(?s)(?:指出|表示|写道|提到)[，,：:].*$");
    /** 将/把 of disposal right before the principle (《X》将A作为基本原则): no plan, the verb follows the principle. */
    private static final Pattern DISPOSED = Pattern.compile("(?<!将)(?:将|把)[“「]?$");
    /** After a principle put by 将/把: the verb that makes it the text's principle (作为, 确立为, 列为) and the word for principle. */
    private static final Pattern DISPOSED_AS = Pattern.compile("^[”」]?(?:的)?(?:原则|理念)?(?:等)?(?:作为|确立为|列为|视为|定为|奉为|确定为)(?:其|该[\\u4e00-\\u9fff]{1,3}的)?(?:[一二三四五六七八九十两\\d]{1,2}[项个条大])?(?:基本|指导|核心|首要|重要|主要|根本)?(?:原则|理念|价值观|宗旨|价值)");
    /** After a principle that 对 opened: the commitment to it (重申了对多边主义的承诺). */
    private static final Pattern COMMITMENT_TO = Pattern.compile("^[”」]?(?:原则|理念)?的(?:坚定|共同|一贯)?(?:承诺|坚持|信守|支持)");

    /** The ordinal items after a word for principle and a colon, to the first principle. */
    private static final Pattern ORDINAL_ITEMS = Pattern.compile("(?s)[：:]\\s*(?:一是|第一[，,、]?).*$");

    /** 致力于 right before the principle: a commitment the instrument states (CONVENTIONS: embodies), no plan. */
    private static final Pattern COMMITTED = Pattern.compile("致力于[“「]?$");

    /** 未提出, 不再坚持: a verb of stating or holding negated. */
    private static final Pattern NOT_DONE = Pattern.compile("(?:不|未|没)[再曾能会]?(?:明确|正式)?(?:提出|确立|明确|规定|体现|贯彻|遵循|坚持|秉持|重申|强调|包括|写入|纳入|载明)");

    private static final Pattern DISPOSAL = Pattern.compile("将$");

    /** A modality cue (plan, hope, forecast; modality-cues.tsv position before) or a negation (concept-cues.tsv position negates). */
    private boolean modal(String words) {
        if (modalBefore.matcher(words).find())
            return true;
        for (String w : Lexicon.words("concept-cues.tsv", "position", "negates"))
            if (words.contains(w))
                return true;
        return NOT_DONE.matcher(words).find();
    }

    /** 《X》确立的, 《X》所载的: a verb of stating made a relative clause before the enumeration. */
    private static final Pattern RELATIVE = Pattern.compile("^[”」》]?(?:[（(][^（）()]{1,40}[）)])?(?:中)?(?:所)?(?:确立|提出|规定|载明|阐明|阐述|体现|倡导|秉持|载|宣示|强调|确认|列出|申明)(?:了)?的[“「]?$");
    /** 《X》的指导原则包括：A、B和C. */
    private static final Pattern OPENED = Pattern.compile("^[”」》]?的(?:[一二三四五六七八九十两\\d]{1,2}[项个条大])?(?:基本|指导|核心|治理|伦理|重要|主要)?(?:原则|理念|价值观)(?:主要)?(?:包括|是|为|有)[：:]?[“「]?$");
    /** 《X》的核心是A原则 (princ40): the core of the text, when the principle is closed by the word for principle. */
    private static final Pattern CORE = Pattern.compile("^[”」》]?的(?:核心|精髓|灵魂|要义|基石)(?:内容)?(?:是|在于|为)[“「]?$");
    private static final Pattern CLOSED_BY_PRINCIPLE = Pattern.compile("^[”」]?(?:等)?(?:[一二三四五六七八九十两\\d]{1,2}[项个条大])?(?:基本|指导|核心|治理|伦理|重要)?(?:原则|理念|精神|价值观)");
    /** A principle's mention that ends in the word for principle itself (主权平等原则, an alternative label of the scheme). */
    private static final Pattern NAMED_PRINCIPLE = Pattern.compile("(?s).*[\\u4e00-\\u9fff]{2}(?:原则|理念)[”」]?");
    /** A原则被写入《X》: the enumeration and what puts it into the instrument. */
    private static final Pattern WRITTEN_INTO = Pattern.compile("^[”」]?(?:等)?(?:的)?(?:原则|理念|精神|价值观)?(?:被|已被|已经被|均被)?(?:正式|首次)?(?:写入|纳入|载入|写进|融入)(?:了)?[《“]?$");

    private void relative(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (!h.isInstrument())
                continue;
            Hit first = null;
            for (Hit p : between(hits, h.end(), text.length()))
                if (p.top().equals("Principle")) {
                    first = p;
                    break;
                }
            int clause = backTo(text, h.start(), CLAUSE_END);
            boolean judged = JUDGED.matcher(text.substring(clause, h.start())).find();
            if (first != null && !judged) {
                String gap = text.substring(h.end(), first.start());
                boolean relative = RELATIVE.matcher(gap).matches() || CORE.matcher(gap).matches();
                boolean opened = OPENED.matcher(gap).matches();
                if ((relative || opened) && between(hits, h.end(), first.start()).isEmpty()) {
                    List<Hit> ps = enumeration(text, hits, first, false);
                    Hit lastP = ps.get(ps.size() - 1);
                    // 《联合国宪章》确立的主权平等原则: the scheme's label may take the word for principle in (主权平等原则)
                    if (opened || CLOSED_BY_PRINCIPLE.matcher(text.substring(lastP.end())).lookingAt() || NAMED_PRINCIPLE.matcher(text.substring(lastP.start(), lastP.end())).matches())
                        for (Hit p : ps)
                            out.add(new Rel(h.iri(), "embodies", p.iri(), h.start(), p.end(), 0.6, RULE_RELATIVE, false));
                }
            }
            writtenInto(text, hits, h, out);
        }
    }

    /** A、B原则被写入《X》; 某国将A理念纳入《X》 (将 of disposal here, no plan). */
    private void writtenInto(String text, List<Hit> hits, Hit inst, List<Rel> out) {
        Hit last = null;
        for (Hit p : between(hits, backTo(text, inst.start(), SUBCLAUSE_END), inst.start()))
            if (p.top().equals("Principle"))
                last = p;
        if (last == null || !WRITTEN_INTO.matcher(text.substring(last.end(), inst.start())).matches())
            return;
        List<Hit> ps = new ArrayList<>(List.of(last));
        List<Hit> before = between(hits, backTo(text, inst.start(), SUBCLAUSE_END), last.start());
        for (int k = before.size() - 1; k >= 0; k--) {
            Hit p = before.get(k);
            if (!p.top().equals("Principle") || !text.substring(p.end(), ps.get(0).start()).matches("^[”」]?(?:、|和|与|及|以及)[“「]?$"))
                break;
            ps.add(0, p);
        }
        String lead = text.substring(backTo(text, ps.get(0).start(), SUBCLAUSE_END), ps.get(0).start());
        String leadNoDisposal = DISPOSAL.matcher(lead).replaceFirst("");
        if (modal(leadNoDisposal) || JUDGED.matcher(lead).find())
            return;
        for (Hit p : ps)
            out.add(new Rel(inst.iri(), "embodies", p.iri(), p.start(), inst.end(), 0.6, RULE_RELATIVE, false));
    }
}

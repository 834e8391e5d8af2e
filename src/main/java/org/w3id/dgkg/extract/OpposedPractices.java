package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an actor opposes when it is one practice, not a list ({@link ConceptFinder} reads lists): after a verb of
 * opposing ({@code concept-cues.tsv} position before, class Issue: 反对, 抵制, 摒弃, 拒绝), a quoted name
 * (反对搞“小院高墙”) or a verb phrase up to the end of the clause (反对泛化国家安全概念, 反对将经贸问题政治化); a
 * party that does it (个别国家, 美方) is skipped, and after its light verb each item is a practice (搞阵营对抗和网络空间碎片化: two),
 * except two bare words that are one practice together (搞垄断和封锁: one).
 */
final class OpposedPractices {
    private OpposedPractices() {}

    static final String RULE = "opposed-practice";

    /** The words of each slot (ontology/lexicon/stance-cues.tsv, the kinds of opposed practices). */
    private static final CueWords.Table CUES = CueWords.table("stance-cues.tsv", "OpposedPractices");

    /** What may stand between the verb and the practice: adverbs, a light verb (搞, 进行), 一切形式的 (group kinds). */
    private static Pattern lead() {
        return CUES.pattern("lead", () -> "^(?:" + CUES.any("opposed-adverb") + "|(?<kinds>" + CUES.any("all-forms") + ")|" + CUES.any("any") + "(?!" + CUES.any("any-exception") + "))?"
                + "(?<light>" + CUES.any("light-verb") + ")?");
    }
    private static final Pattern QUOTED = Pattern.compile("^[“「]([\\u4e00-\\u9fff]{2,12})[”」]");
    /** A practice up to the clause's end (or a word that closes it: 的做法, 等行为). */
    private static Pattern phrase() {
        return CUES.pattern("phrase", () -> "^([\\u4e00-\\u9fff]{4,12}?)(?:的?" + CUES.any("practice-close") + ")?(?=[，。；、,;！!]|$)");
    }

    /**
     * An opposing verb that closes its clause after a word that refers back (stance-cues.tsv this-matter) and adverbs:
     * 中方对此坚决反对。 The group {@code verb} is the verb.
     */
    static Pattern thisMatter() {
        return CUES.pattern("this-matter", () -> CUES.any("this-matter") + "(?:[，,])?(?:(?!" + CUES.any("negation") + ")[\\u4e00-\\u9fff]){0,6}?(?:" + CUES.any("opposed-adverb") + "|"
                + CUES.any("firm") + ")*(?<verb>" + CUES.any("opposing") + ")(?=[。；;！!]|$)");
    }

    /**
     * The sub-clauses of the sentence before 对此…反对 (美方泛化国家安全概念，对中国企业搞歧视性限制，中方对此坚决反对): what they
     * say a party does is the practice opposed. A sub-clause that opens with a party (美方, 个别国家) gives what it does,
     * opening with a verb (an adverb may come first: 美方不断泛化…); one with a light verb (对中国企业搞歧视性限制) gives
     * what the light verb takes. Other sub-clauses (a judgement, a result) give nothing.
     */
    static void thisMatterPractices(String text, List<ConceptFinder.Concept> out) {
        Matcher m = thisMatter().matcher(text);
        while (m.find()) {
            int sentence = RelationRules.backTo(text, m.start(), RelationRules.CLAUSE_END);
            int end = RelationRules.backTo(text, m.start(), RelationRules.SUBCLAUSE_END) - 1;
            while (end > sentence) {
                int start = RelationRules.backTo(text, end, RelationRules.SUBCLAUSE_END);
                practiceOf(text, start, end, out);
                end = start - 1;
            }
        }
    }

    /** The practice a sub-clause [start, end) says a party does, if it has that shape. */
    private static void practiceOf(String text, int start, int end, List<ConceptFinder.Concept> out) {
        int at = start + partyLength(text.substring(start, end));
        if (at > start) {
            for (Term t : Segmenter.terms(text)) // 美方不断泛化…: the adverbs of the act
                if (t.offset == at && t.offset + t.word.length() < end && Segmenter.nature(t).startsWith("d"))
                    at += t.word.length();
            Matcher p = phrase().matcher(text.substring(at, end + 1));
            if (p.lookingAt() && !p.group(1).matches(".*[的和与及、].*") && opensWithVerb(text, at) && !ConceptFinder.judgement(text, at, at + p.end(1))) {
                out.add(new ConceptFinder.Concept(p.group(1), at, at + p.end(1), "Issue", RULE));
                return;
            }
        }
        int lightVerbEnd = afterLightVerb(text, at, end); // 个别国家在网络空间搞阵营对抗, 对中国企业搞歧视性限制
        if (lightVerbEnd < 0)
            return;
        Matcher t = taken().matcher(text.substring(lightVerbEnd, end + 1));
        if (t.lookingAt())
            addItems(t.group(1), lightVerbEnd, out);
    }

    static void find(String text, List<ConceptFinder.Concept> out) {
        thisMatterPractices(text, out);
        Set<String> before = Lexicon.words("concept-cues.tsv", "position", "before");
        for (String cue : Lexicon.words("concept-cues.tsv", "class", "Issue")) {
            if (!before.contains(cue))
                continue;
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                int from = at + cue.length();
                Matcher lead = lead().matcher(text.substring(from));
                boolean kind = false; // 一切形式的: what follows is a kind of practice, a noun included (数字霸权)
                if (lead.lookingAt()) {
                    kind = lead.group("kinds") != null;
                    from += lead.end();
                }
                if (actedBy(text, from, out))
                    continue;
                String rest = text.substring(from);
                Matcher q = QUOTED.matcher(rest);
                if (q.lookingAt()) {
                    Matcher n = KIND.matcher(rest);
                    if (n.lookingAt() && n.end() > q.end()) // 反对搞“长臂管辖”和单边制裁: each item after the quoted one too
                        for (Matcher i = KIND_ITEM.matcher(n.group(1)); i.find();) {
                            if (!bare(i.group(1)))
                                out.add(new ConceptFinder.Concept(i.group(1), from + i.start(1), from + i.end(1), "Issue", RULE));
                        }
                    else
                        out.add(new ConceptFinder.Concept(q.group(1), from + q.start(1), from + q.end(1), "Issue", RULE));
                    continue;
                }
                Matcher pretext = pretext().matcher(rest);
                if (pretext.lookingAt()) { // 反对以意识形态划线, 反对以国家安全为由打压外国企业: the practice with its pretext
                    out.add(new ConceptFinder.Concept(pretext.group(1), from, from + pretext.end(1), "Issue", RULE));
                    continue;
                }
                Matcher p = phrase().matcher(rest);
                Matcher taken = taken().matcher(rest);
                if (!kind && lead.lookingAt() && lead.group("light") != null && taken.lookingAt() && taken.group(1).matches(".*[和与及、].*")
                        && !taken.group(1).contains("的") && java.util.Arrays.stream(taken.group(1).split("、")).allMatch(i -> disposalLength(i) == 0)) {
                    addItems(taken.group(1), from, out); // 反对搞阵营对抗和网络空间碎片化: after the light verb, one practice per item
                    continue;
                }
                if (kind) { // 反对一切形式的单边制裁和“长臂管辖”: each item of the kinds opposed
                    Matcher n = KIND.matcher(rest);
                    if (n.lookingAt())
                        for (Matcher i = KIND_ITEM.matcher(n.group(1)); i.find();)
                            if (!bare(i.group(1)))
                                out.add(new ConceptFinder.Concept(i.group(1), from + i.start(1), from + i.end(1), "Issue", RULE));
                    continue;
                }
                if (!p.lookingAt() || p.group(1).matches(".*[的和与及、].*") || !opensWithVerb(text, from))
                    continue; // 反对A和B: a list, read by ConceptFinder
                if (ConceptFinder.judgement(text, from, from + p.end(1)))
                    continue; // 批评立法过程仓促: a judgement of a process, no practice
                out.add(new ConceptFinder.Concept(p.group(1), from, from + p.end(1), "Issue", RULE));
            }
        }
    }

    /**
     * A practice that opens with its pretext or yardstick (以A划线, 以A为由/为名/为借口 + what is done), to the clause's end: the
     * whole phrase is the practice (以 is a preposition, so the verb-phrase rule does not read it).
     */
    private static Pattern pretext() {
        return CUES.pattern("pretext", () -> "^(以[\\u4e00-\\u9fff]{2,10}?" + CUES.any("pretext") + "(?:[\\u4e00-\\u9fff&&[^的]]{2,10}?)?)(?:的?" + CUES.any("pretext-close")
                + ")?(?=[，。；、,;！!]|$)");
    }

    /** A practice named after 一切形式的 (a noun phrase to the clause's end). */
    private static final Pattern KIND = Pattern.compile(
            "^((?:[“「]?[\\u4e00-\\u9fff]{2,10}?[”」]?(?:、|和|及|与|以及))*[“「]?[\\u4e00-\\u9fff]{2,10}?[”」]?)(?=[，。；,;！!]|$)");
    /** An item of such a list, without its quotes. */
    private static final Pattern KIND_ITEM = Pattern.compile("[“「]?((?:(?!以及)[\\u4e00-\\u9fff&&[^、和及与]]){2,10})[”」]?");

    /** Who does what is opposed, between the verb and the practice: 个别国家, 一些国家, 美方 (concept-cues.tsv position party, or …方). */
    private static Pattern party() {
        return Lexicon.cached("opposed-practices|party", () -> Pattern.compile("^(?:" + Lexicon.alternation(Lexicon.words("concept-cues.tsv", "position", "party"))
                + "|[\\u4e00-\\u9fff]{1,2}方(?![面法式向案针]))"));
    }

    /** The act of the party: a means (利用A), then a light verb (搞) or a disposal (将A政治化). */
    /** Group where: 在 + a place (a locative, grammar); group means: 利用A; group verb: a light verb or 将/把 (group disposal). */
    private static Pattern act() {
        return CUES.pattern("act", () -> "^(?:(?<where>在)[\\u4e00-\\u9fff]{2,10}?|(?<means>" + CUES.any("means") + ")[\\u4e00-\\u9fff]{1,12}?)?(?<verb>" + CUES.any("light-verb")
                + "|(?<disposal>" + CUES.any("disposal") + "))");
    }

    /**
     * 将A(问题)政治化、工具化: the practice is the whole phrase (the news gold keeps it whole), ending in …化 (a suffix of
     * verbs made of adjectives and nouns: grammar). The disposal markers are single characters, so they make a class.
     */
    private static Pattern disposed() {
        return CUES.pattern("disposed", () -> "^([\\u4e00-\\u9fff][\\u4e00-\\u9fff、&&[^" + String.join("", CUES.set("disposal")) + "]]{1,22}?化)(?:的"
                + CUES.any("disposal-close") + ")?(?=[，。；,;！!]|$|、" + CUES.any("disposal") + ")");
    }

    /** What a light verb takes, to the clause's end: 意识形态对抗和集团政治, 垄断和封锁. */
    private static Pattern taken() {
        return CUES.pattern("taken", () -> "^([\\u4e00-\\u9fff、]{2,24}?)(?:的" + CUES.any("disposal-close") + ")?(?=[，。；,;！!]|$)");
    }

    /**
     * 反对个别国家利用技术优势搞垄断和封锁, 反对将数据问题政治化, 反对利用A搞B和C: the practice is what the party does,
     * never the party (个别国家); after a light verb each item is a practice, after 将 the whole disposal phrase is one.
     * Returns whether the words after the verb have that shape (the practices are then added here).
     */
    static boolean actedBy(String text, int from, List<ConceptFinder.Concept> out) {
        int at = from;
        Matcher who = party().matcher(text.substring(at));
        if (who.lookingAt())
            at += who.end();
        Matcher act = act().matcher(text.substring(at));
        int lightVerbEnd = at > from && !act.lookingAt() ? afterLightVerb(text, at, text.length()) : -1;
        if (lightVerbEnd > 0) { // 反对任何国家根据本国国内法对中国实体实施单边制裁: the party, how it acts, its light verb, the practice
            Matcher t = taken().matcher(text.substring(lightVerbEnd));
            if (!t.lookingAt())
                return false;
            addItems(t.group(1), lightVerbEnd, out);
            return true;
        }
        if (!act.lookingAt() && at > from) { // 反对美方滥用国家力量打压中国企业: what the party does, opening with its verb
            Matcher p = phrase().matcher(text.substring(at));
            if (!p.lookingAt() || p.group(1).matches(".*[的和与及、].*") || !opensWithVerb(text, at) || ConceptFinder.judgement(text, at, at + p.end(1)))
                return false;
            out.add(new ConceptFinder.Concept(p.group(1), at, at + p.end(1), "Issue", RULE));
            return true;
        }
        if (!act.lookingAt() || at == from && act.group("means") == null && act.group("where") == null && act.group("disposal") == null)
            return false; // 反对搞A: a light verb alone is read by the enumeration rules
        at += act.end();
        String rest = text.substring(at);
        if (act.group("disposal") != null) {
            Matcher d = disposed().matcher(rest);
            if (!d.lookingAt())
                return false;
            out.add(new ConceptFinder.Concept(d.group(1), at, at + d.end(1), "Issue", RULE));
            return true;
        }
        Matcher t = taken().matcher(rest);
        if (!t.lookingAt())
            return false;
        addItems(t.group(1), at, out);
        return true;
    }

    /** Each item of what a light verb takes (垄断和封锁: two practices), starting at {@code at}. */
    private static void addItems(String taken, int at, List<ConceptFinder.Concept> out) {
        if (BARE_PAIR.matcher(taken).matches()) { // 搞垄断和封锁: two bare words, neither an issue alone, make one practice
            out.add(new ConceptFinder.Concept(taken, at, at + taken.length(), "Issue", RULE));
            return;
        }
        for (int[] i : ConceptFinder.itemsOf(taken)) {
            String label = taken.substring(i[0], i[1]);
            if (label.length() >= 2 && label.length() <= 12 && !bare(label))
                out.add(new ConceptFinder.Concept(label, at + i[0], at + i[1], "Issue", RULE));
        }
    }

    /**
     * What a light verb takes when it is two words of two characters joined by 和/与/及 (垄断和封锁): the parts are no items of
     * their own (CONVENTIONS: a phrase is kept whole when its parts are not items), the pair is one practice.
     */
    private static final Pattern BARE_PAIR = Pattern.compile("^[\\u4e00-\\u9fff&&[^和与及]]{2}[和与及][\\u4e00-\\u9fff&&[^和与及]]{2}$");

    /** How far the words between a party and the light verb of its act may run (how, where, against whom it acts). */
    private static final int ADVERBIAL_REACH = 16;

    /**
     * Where the practice begins when the words from {@code partyEnd} (right after the party whose practice is opposed)
     * are the way it acts and a light verb (根据本国国内法对中国实体 + 实施; 以国家安全为借口 + 搞; 拉拢胁迫其他国家对华 + 搞):
     * the end of the first light verb that is a word of its own within reach, with no punctuation before it; else -1.
     * The light verb marks what follows as the practice, whatever the words before it.
     */
    static int afterLightVerb(String text, int partyEnd, int limit) {
        WordBoundaries words = null;
        for (int i = partyEnd + 1; i <= Math.min(limit - 1, partyEnd + ADVERBIAL_REACH); i++) {
            char c = text.charAt(i - 1);
            if (c < '\u4e00' || c > '\u9fff')
                return -1; // a comma or a quote: the party's clause ended before any light verb
            for (String verb : CUES.set("light-verb")) {
                if (!text.startsWith(verb, i) || i + verb.length() >= limit)
                    continue;
                if (words == null)
                    words = WordBoundaries.of(text);
                if (words.aligned(i, i + verb.length()))
                    return i + verb.length();
            }
        }
        return -1;
    }

    /** An item of an opposed list that disposes of something (将经贸问题政治化工具化): 将/把 and what is turned …化. */
    private static Pattern disposalItem() {
        return CUES.pattern("disposal-item", () -> "^" + CUES.any("disposal") + "(?=[\\u4e00-\\u9fff、]{3,22}化$)");
    }

    /**
     * The length of the 将/把 that opens an item of an opposed list when the item is a disposal ending in …化
     * (反对美方泛化A、将B政治化工具化的做法: the practice is B政治化工具化, as the news gold writes it), or 0.
     */
    static int disposalLength(String item) {
        Matcher m = disposalItem().matcher(item);
        return m.lookingAt() ? m.end() : 0;
    }

    /** The length of the party (concept-cues.tsv position party) that opens {@code words}, or 0. */
    static int partyLength(String words) {
        Matcher who = party().matcher(words);
        return who.lookingAt() ? who.end() : 0;
    }

    /** Whether the words after an opposing verb open with a party that acts (个别国家搞…, 美方将…): no issue of their own. */
    static boolean opensWithParty(String text, int from) {
        Matcher who = party().matcher(text.substring(from));
        return who.lookingAt() && act().matcher(text.substring(from + who.end())).lookingAt();
    }

    /** Whether {@code gap} (between an opposing verb and its object) is only a party and its act: 个别国家利用技术优势搞, or the party alone. */
    static boolean isPartyAct(String gap) {
        Matcher who = party().matcher(gap);
        int at = who.lookingAt() ? who.end() : 0;
        if (at > 0 && at == gap.length())
            return true; // 反对个别国家滥用A: the party alone, its practice opens with its own verb
        Matcher act = act().matcher(gap.substring(at));
        return act.lookingAt() && at + act.end() == gap.length() && (at > 0 || act.group("means") != null || act.group("where") != null)
                || at > 0 && afterLightVerb(gap + "。", at, gap.length() + 1) == gap.length(); // 任何国家根据本国国内法对中国实体实施
    }

    private static boolean bare(String label) {
        return Lexicon.genericHeads().contains(label) || Lexicon.functionWords().contains(label)
                || Lexicon.words("concept-cues.tsv", "position", "bare").contains(label);
    }

    /** 泛化…, 滥用…: the phrase opens with a verb (verbal nouns included: HanLP tags 泛化 so; never a preposition such as 将 or 在). */
    private static boolean opensWithVerb(String text, int pos) {
        for (Term t : Segmenter.terms(text))
            if (t.offset == pos)
                return Segmenter.nature(t).startsWith("v") && !Lexicon.functionWords().contains(t.word);
        return false;
    }
}

package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issues no scheme lists, read from the enumerations that a text's provisions govern (rule
 * {@value ConceptFinder#RULE_COVERED}; the words are {@code concept-cues.tsv} rows):
 * <ul>
 * <li>what a provision is about: 关于/有关 (position about-list) A、B和C 的 内容/条款/义务 (position provision),
 * as in 增加了关于虚假信息和信息完整性、隐私的内容, 《法》有关非法内容的义务;</li>
 * <li>what a text proposes on: 就A、B和C (提出|作出) 建议/要求/承诺 (position proposes);</li>
 * <li>the measures a text requires: 采取 (position adopts) A、B等措施 (position measure);</li>
 * <li>what a verb of regulating or promoting governs (position governs: 规范, 打击, 推广) in a clause that named a
 * text before it: 该章节要求缔约方推广A、B和C (a tail such as 服务 left out: 规范深度合成服务 → 深度合成).</li>
 * </ul>
 * Each item is one issue, a noun phrase kept as written: a verb of the lexicon opening it is left out
 * (弥合数字鸿沟 → 数字鸿沟; {@link ConceptFinder#afterObjectVerb}), a short modifier before 的 too (有意义的普遍连接 →
 * 普遍连接); an item holding a longer 的-phrase, a name, a digit or a clause is none.
 */
final class IssueLists {
    private IssueLists() {}

    /** One item of a list: Han characters, no 等 and no list separator inside. */
    private static final String ITEM = "[\\u4e00-\\u9fff&&[^等、]]{2,16}";
    private static final String LIST = "((?:" + ITEM + "(?:、|和|及|以及))*" + ITEM + "?)";

    static void find(String text, List<ConceptFinder.Concept> out) {
        String about = alternation("about-list");
        String provision = alternation("provision");
        String proposes = alternation("proposes");
        String measure = alternation("measure");
        String adopts = alternation("adopts");
        if (about.isEmpty() || provision.isEmpty())
            return;
        Matcher p = pattern("provision", () -> "(?:" + about + ")" + LIST + "(?:等(?:[一二三四五六七八九十两\\d]{1,2}[个项类大方])?(?:方面|领域|问题|议题|事项)?)?的(?:[\\u4e00-\\u9fff]{0,2})?(?:" + provision + ")")
                .matcher(text);
        while (p.find())
            if (!RelationRules.insideTitle(text, p.start()))
                items(text, p.start(1), p.end(1), false, out);
        if (!proposes.isEmpty()) {
            Matcher j = pattern("proposes", () -> "就" + LIST + "(?:等(?:问题|方面|领域|事项))?(?:提出|作出)(?:了)?(?:具体|明确|详细|相应|一系列)?(?:的)?(?:" + proposes + ")")
                    .matcher(text);
            while (j.find())
                items(text, j.start(1), j.end(1), false, out);
        }
        governed(text, out);
        fieldLists(text, out);
        if (!measure.isEmpty() && !adopts.isEmpty()) {
            Matcher m = pattern("measure", () -> "(?:" + adopts + ")(?:了)?" + LIST + "等(?:[\\u4e00-\\u9fff]{0,2})?(?:" + measure + ")").matcher(text);
            while (m.find())
                items(text, m.start(1), m.end(1), false, out);
        }
    }

    /** A text named before, in the clause: a title, or a reference (该协定, 本章, 这份宣言, 上述条款). */
    private static final Pattern TEXT_BEFORE = Pattern.compile(
            "》|(?:该|本|这份|这部|这一|此|上述)(?:[\\u4e00-\\u9fff]{0,4}?)(?:法|法案|协定|协议|宣言|倡议|公约|条例|章节|章|条款|框架|计划|议定书|声明|指南|准则|原则|文件|契约|决议|规则|办法|标准|战略|守则|建议)");
    /** What ends a governed list: the end of its sub-clause, or 等 and a word of kind. */
    private static final String LIST_END = "(?=(?:等(?:[一二三四五六七八九十两\\d]{1,2}[个项类大方])?(?:方面|领域|问题|议题|事项|内容|风险|挑战|行为|活动))?(?:[，。；,;：:]|$))";

    /**
     * 该章节要求缔约方推广A、B和C, 《法》规范A、B等行为: a verb that governs issues (position governs) takes an
     * enumeration of two items or more up to the end of its sub-clause, in a clause that named a text before the verb.
     */
    private static void governed(String text, List<ConceptFinder.Concept> out) {
        String governs = alternation("governs");
        if (governs.isEmpty())
            return;
        Matcher g = pattern("governs", () -> "(?:" + governs + ")(?:了)?((?:" + ITEM + "(?:、|和|及|以及))+" + ITEM + "?)" + LIST_END).matcher(text);
        while (g.find()) {
            int clause = RelationRules.backTo(text, g.start(), RelationRules.CLAUSE_END);
            int end = ConceptFinder.listEnd(text, g.end(1));
            if (TEXT_BEFORE.matcher(text.substring(clause, g.start())).find() && !RelationRules.insideTitle(text, g.start()) && end > 0)
                items(text, g.start(1), end, true, out);
        }
    }

    /** 等 and a count and a word of fields closing a list: 等四个议题, 等领域. */
    private static final String FIELD_CLOSE = "等(?:[一二三四五六七八九十两\\d]{1,2}[个项类大方])?(?:方面|领域|问题|议题|事项|内容|章节|议程|主题|支柱)";

    /**
     * 围绕有意义的普遍连接、数字政府等四个议题: a list after a verb of covering (positions covers, covers-field) closed by
     * 等 and a word of fields, whose items may hold a short modifier before 的 (ConceptFinder's lists hold no 的).
     */
    private static void fieldLists(String text, List<ConceptFinder.Concept> out) {
        Matcher f = pattern("fields", () -> "(?:" + alternation("covers") + "|" + alternation("covers-field") + ")(?:了)?((?:" + ITEM
                + "(?:、|和|及|以及))+" + ITEM + "?)(?=" + FIELD_CLOSE + ")").matcher(text);
        while (f.find()) {
            int end = ConceptFinder.listEnd(text, f.end(1)); // 不平等问题等内容: the 等 of 平等 is the item's
            if (end > 0)
                items(text, f.start(1), end, false, out);
        }
    }

    /** A short modifier and 的 in front of an item's head: 有意义的普遍连接, 可信的数据空间. */
    private static final Pattern SHORT_MODIFIER = Pattern.compile("^[\\u4e00-\\u9fff]{1,3}的(?=[\\u4e00-\\u9fff]{2,})");

    /** What a verb of regulating takes beside the issue itself: 规范深度合成服务 regulates deep synthesis (position object-tail). */
    private static int tail(String item) {
        for (String t : Lexicon.words("concept-cues.tsv", "position", "object-tail"))
            if (item.endsWith(t) && item.length() - t.length() >= 4)
                return t.length();
        return 0;
    }

    private static void items(String text, int start, int end, boolean governed, List<ConceptFinder.Concept> out) {
        List<Term> terms = Segmenter.terms(text);
        for (int[] i : ConceptFinder.split(text.substring(start, end), "、|以及|和|及")) {
            int s = start + i[0];
            int e = start + i[1];
            Matcher mod = SHORT_MODIFIER.matcher(text.substring(s, e));
            if (mod.find())
                s += mod.end();
            s = ConceptFinder.afterObjectVerb(text, s, e); // 弥合数字鸿沟, 打击网络诈骗: the issue is the verb's object
            if (governed)
                e -= tail(text.substring(s, e)); // 规范深度合成服务: the issue is 深度合成
            String item = text.substring(s, e);
            if (e - s < 2 || e - s > 12 || item.contains("的") || ConceptFinder.namesText(item) || !ConceptFinder.nameless(terms, s, e)
                    || SubjectFrames.party(item)) // 保护公民、法人和其他组织合法权益: 公民 holds the rights, no issue
                continue;
            if (!item.matches(".*[\\dA-Za-z%].*") && !ConceptFinder.bare(item))
                out.add(new ConceptFinder.Concept(item, s, e, "Issue", ConceptFinder.RULE_COVERED)); // a noun phrase: 计算设施位置 keeps its first word
        }
    }

    /** A pattern built from lexicon words, compiled once per lexicon. */
    private static Pattern pattern(String name, java.util.function.Supplier<String> regex) {
        return Lexicon.cached("IssueLists|" + name, () -> Pattern.compile(regex.get()));
    }

    private static String alternation(String position) {
        java.util.Set<String> words = Lexicon.words("concept-cues.tsv", "position", position);
        return words.isEmpty() ? "" : String.join("|", words);
    }
}

package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@value #RULE}: the items of a list that a text or event is said to cover are issues, whether or not the scheme
 * knows any of them (ListSiblings needs one known item; this needs none). The frame is read on structure:
 * <ul>
 * <li>a subject slot that is a text or event: a title alone (《推进法》, a gloss in brackets allowed), a reference head
 * (该法, 本届峰会: {@link TopicClauses#reference}), a word for the contents (内容, 工作重点: topic-clause-cues.tsv
 * cover-subject), or nothing, when an earlier sub-clause of the clause named a title or ended with such a word;</li>
 * <li>a verb of covering (topic-clause-cues.tsv cover: 涵盖, 涉及, 包括, 聚焦, 确定);</li>
 * <li>a list of two items or more running to the end of the sub-clause, or closed by 等 or by a count and a word of
 * fields (三个方面, 四大领域).</li>
 * </ul>
 * Each item must be a noun phrase by segmentation and part of speech ({@link TopicLists#issue}: no name of a place,
 * body or person, no text, no generic head alone); in a list that runs to the end of its sub-clause with no closer,
 * one item that is no noun phrase (a clause, a verb with its object) takes the whole list back. A word of kind closing
 * an item (…安全问题, …领域) is left out, so that an item the scheme knows under a shorter label is that concept. Not:
 * a list taken back by a plan, hope, condition or negation before the verb (modality-cues.tsv), a background (随着…),
 * a list inside a title, a list that qualifies a noun after it (…的重要数据).
 */
final class CoverageLists {
    private CoverageLists() {}

    static final String RULE = "issue-coverage-list";

    /**
     * The rules whose items are cut at list separators: an item is the issue as written even when a known concept lies
     * inside it (特定重要物资供应链安全 holds 供应链安全), each item of an enumeration being one issue ({@link #ownsKnownInside}).
     */
    private static final Set<String> LIST_ITEM_RULES = Set.of(RULE, ConceptFinder.RULE_COVERED, TopicLists.RULE_ISSUE);

    private static final CueWords.Table CUES = CueWords.table("topic-clause-cues.tsv", "CoverageLists");

    /** Han characters and list separators only: what a list of noun phrases is made of (grammar). */
    private static final Pattern LIST_RUN = Pattern.compile("[\\u4e00-\\u9fff、]+");
    /** A title alone, a gloss in brackets after it: the subject slot names a text. */
    private static final Pattern TITLE_SLOT = Pattern.compile("^[《“][^《》“”]{2,60}[》”](?:[（(][^）)]{1,30}[）)])?$");
    /** A title ending a sub-clause, a gloss in brackets allowed after it: 发布《X》（下称《Y》）. */
    private static final Pattern TITLE_END = Pattern.compile("》(?:[（(][^）)]{1,30}[）)])?$");
    /** A count of items: 三个, 四大, 五项 (grammar). */
    private static final String COUNT = "[一二三四五六七八九十两\\d]{1,3}(?:个|项|大|类)?";
    /** A footnote mark right after a Han character at the end of a sub-clause: 3, [3], ³ (grammar). */
    private static final Pattern FOOTNOTE = Pattern.compile("(?<=[\\u4e00-\\u9fff])(?:\\d{1,2}|\\[\\d{1,3}\\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$");
    /** What may follow 等 in a list of topics: a count and a short word of kind (等九项原则, 等领域, 等规范), no phrase of its own. */
    private static final Pattern KIND_AFTER_ETC = Pattern.compile("^(?:" + COUNT + ")?[\\u4e00-\\u9fff&&[^的中]]{0,4}$");

    /** Whether the verb as matched (了 and a colon allowed after it) is one that covers a single topic as well (cover-one). */
    private static boolean oneTopicVerb(String matched) {
        return CUES.set("cover-one").contains(matched.replaceAll("(?:了)?[：:]?$", ""));
    }

    /** A head of principles closing the list (topic-clause-cues.tsv principle-close): the items are principles, no topics. */
    private static Pattern principles() {
        return CUES.pattern("principle-close", () -> CUES.any("principle-close"));
    }

    private static Pattern verb() {
        return CUES.pattern("cover", () -> "(?:" + CUES.any("cover") + ")(?:了)?[：:]?");
    }

    private static Pattern adverbs() {
        return CUES.pattern("cover-adverbs", () -> "(?:" + CUES.any("adverb") + ")+$");
    }

    private static Pattern contentWord() {
        return CUES.pattern("cover-subject", () -> "^(?:" + CUES.any("cover-subject") + ")$");
    }

    private static Pattern contentWordEnding() {
        return CUES.pattern("cover-subject-end", () -> "(?:" + CUES.any("cover-subject") + ")$");
    }

    /** A closer of the list: 等 (and what follows it), or a count and a word of fields (三个方面, 四大领域). */
    private static Pattern countCloser() {
        return CUES.pattern("count-close", () -> COUNT + "[\\u4e00-\\u9fff]{0,4}?(?:"
                + String.join("|", Lexicon.words("concept-cues.tsv", "position", "domain")) + "|" + CUES.any("count-head") + ")$");
    }

    static void find(String text, List<ConceptFinder.Concept> out) {
        Matcher v = verb().matcher(text);
        List<Term> terms = null;
        while (v.find()) {
            if (RelationRules.insideTitle(text, v.start()))
                continue;
            int sub = backTo(text, v.start(), SUBCLAUSE_END);
            if (!topicSlot(text, sub, v.start()))
                continue;
            int clause = backTo(text, v.start(), CLAUSE_END);
            String before = text.substring(clause, v.start());
            if (TopicClauses.takenBack().matcher(text.substring(sub, v.start())).find() || TopicLists.BACKGROUND.matcher(before).find())
                continue; // 《法》拟涵盖A、B: a plan, no coverage stated
            int start = v.end();
            int subEnd = forwardTo(text, start, SUBCLAUSE_END);
            Matcher note = FOOTNOTE.matcher(text.substring(start, subEnd));
            if (note.find())
                subEnd = start + note.start(); // 网络安全和数字技能3。: a footnote mark, no part of the last item
            int end = subEnd;
            boolean closed = false;
            int etc = text.indexOf('等', start);
            if (etc > start && etc < subEnd) {
                if (!KIND_AFTER_ETC.matcher(text.substring(etc + 1, subEnd)).matches())
                    continue; // 包括A、B等过程中涉及的数据: the list qualifies a noun phrase after it
                end = etc;
                closed = true;
            }
            Matcher c = countCloser().matcher(text.substring(start, end));
            if (!closed && c.find() && c.start() > 0) {
                end = start + c.start();
                closed = true;
            }
            if (principles().matcher(text.substring(end, subEnd)).find())
                continue; // 提出A、B等七项指导原则: principles, read by the principle rules
            String run = text.substring(start, end);
            if (!LIST_RUN.matcher(run).matches() || !closed && run.indexOf('的') >= 0)
                continue; // a list that qualifies a noun after it (涉及A、B的重要数据), or a clause
            if (terms == null)
                terms = Segmenter.terms(text);
            List<int[]> items = TopicLists.items(text, start, end);
            boolean one = items.size() == 1 && !closed && !v.group().isEmpty() && oneTopicVerb(v.group())
                    && !text.substring(sub, v.start()).isBlank(); // 本届峰会聚焦科技创新: a verb of covering one topic, its subject named
            if (items.size() < 2 && !closed && !one)
                continue; // 提出数字经济: one object of a verb that takes anything is for the clause rules, no list
            List<int[]> issues = new ArrayList<>();
            for (int[] i : items) {
                int[] s = nounPhrase(text, terms, i[0], i[1]);
                if (s != null)
                    issues.add(s);
                else if (!closed) {
                    issues.clear(); // 涉及保护A、禁止B利用C: one clause among the items, the list is no list of topics
                    break;
                }
            }
            for (int[] s : issues)
                out.add(new ConceptFinder.Concept(text.substring(s[0], s[1]), s[0], s[1], "Issue", RULE));
        }
    }

    /**
     * Whether a list item [start, end) of a rule of {@link #LIST_ITEM_RULES} is an issue of its own around the known
     * concepts inside it: every known concept that does not open the item has only modifiers before it, nouns and
     * adjectives by part of speech (特定重要物资 + 供应链安全), no verb (提高互联网治理: the verb governs the known issue)
     * and no word of place (网上信息完整性: where, no other issue).
     */
    static boolean ownsKnownInside(String rule, String text, int start, int end, List<Gazetteer.Hit> registry) {
        if (!LIST_ITEM_RULES.contains(rule))
            return false;
        List<Term> terms = Segmenter.terms(text);
        for (Gazetteer.Hit h : registry) {
            int hs = h.span().start();
            if (hs <= start || hs >= end || h.span().end() > end)
                continue;
            for (Term t : terms) {
                if (t.offset < start || t.offset >= hs)
                    continue;
                String n = Segmenter.nature(t);
                boolean modifier = n.startsWith("n") && !n.startsWith("nr") && !n.startsWith("ns") && !n.startsWith("nt") || n.startsWith("a")
                        || n.equals("b") || n.equals("vn") || n.equals("gi");
                if (!modifier || t.offset + t.word.length() > hs)
                    return false;
            }
        }
        return true;
    }

    /**
     * Whether [sub, verb) is the slot of a text or event as subject: a title, a reference head, a word for the contents,
     * or nothing when the clause named a title before or its sub-clause before ended with a word for the contents.
     */
    private static boolean topicSlot(String text, int sub, int verb) {
        String slot = text.substring(sub, verb);
        Matcher lead = TopicClauses.lead().matcher(slot);
        if (lead.lookingAt())
            slot = slot.substring(lead.end());
        slot = adverbs().matcher(slot).replaceFirst("").strip();
        if (slot.isEmpty()) {
            int clause = backTo(text, sub, CLAUSE_END);
            if (sub <= clause)
                return false;
            String before = text.substring(clause, sub - 1);
            String previous = text.substring(backTo(text, sub - 1, SUBCLAUSE_END), sub - 1);
            if (contentWordEnding().matcher(previous).find())
                return true; // 确定了未来四年的工作重点，包括A、B: the contents just named are what the list spells out
            if (TopicClauses.takenBack().matcher(before).find())
                return false; // 明确了中方将采取的十项行动，涵盖…: a plan stated before the list
            Matcher opening = TopicClauses.lead().matcher(before);
            String first = opening.lookingAt() ? before.substring(opening.end()) : before;
            return TITLE_END.matcher(previous).find() // 发布《X》（下称《Y》），提出A、B
                    || first.startsWith("《") || TopicClauses.reference().matcher(first).lookingAt(); // 新法适用于…的机构，涵盖A、B: the clause's subject goes on
        }
        if (TITLE_SLOT.matcher(slot).matches() || contentWord().matcher(slot).matches())
            return true;
        Matcher r = TopicClauses.reference().matcher(slot);
        return r.lookingAt() && r.end() == slot.length();
    }

    /** The noun phrase an item names, without a word of kind closing it (…安全问题 → …安全), or null. */
    private static int[] nounPhrase(String text, List<Term> terms, int s, int e) {
        for (String d : Lexicon.words("concept-cues.tsv", "position", "domain"))
            if (text.startsWith(d, e - d.length()) && e - d.length() - s >= 2) {
                e -= d.length();
                break;
            }
        int[] i = TopicLists.issue(text, terms, s, e);
        if (i == null || TopicLists.holdsVerbWithObject(terms, i[0], i[1]) || opensWithVerb(terms, i[0]))
            return null;
        return i;
    }

    /**
     * 禁止平台收集数据: an item opening with a verb of two characters or more (not a noun of action) and its object is a
     * clause; a one-character verb glued to a noun (可负担连接) is part of the name.
     */
    private static boolean opensWithVerb(List<Term> terms, int at) {
        for (int k = 0; k + 1 < terms.size(); k++)
            if (terms.get(k).offset == at) {
                Term t = terms.get(k);
                String n = Segmenter.nature(t);
                String next = Segmenter.nature(terms.get(k + 1));
                return n.startsWith("v") && !n.equals("vn") && t.word.length() >= 2 && (next.startsWith("n") || next.equals("vn"));
            }
        return false;
    }
}

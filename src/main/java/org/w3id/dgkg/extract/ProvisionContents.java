package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * {@value #RULE}: what a text's provisions are about. Slots: the text (an instrument named in the
 * clause, a short reference resolved to one, or a reference to its revision or a part of it: 此次修订,
 * 修订后的建议, 该章节, 第十二章, meaning the instrument named last), an optional act on its contents (增加了, 新增, 删除 is none:
 * any verb, no other party in between), then 关于/有关 + an enumeration + 的 + a word for provisions
 * (内容, 条款, 义务, 规定: {@code concept-cues.tsv} positions about-list and provision). Each issue of the
 * enumeration (IssueLists discovers those no scheme lists) is one addresses fact:
 * 《法》有关非法内容的义务于…生效; 此次修订…增加了关于虚假信息和信息完整性、隐私的内容.
 * Not: a plan or negation before the list (将增加关于…的内容, 未涉及), another party's provisions
 * (美国关于…的规定: an actor between), the words of a title (《关于…的规定》).
 */
final class ProvisionContents {
    private ProvisionContents() {}

    static final String RULE = "addresses-provision";

    /** A reference to the revision (此次修订) or a part (该章节, 第十二章) of the text named last, opening its clause (a footnote number may stand before it). */
    static Pattern revisionReference() {
        return Lexicon.cached("ProvisionContents|reference", () -> Pattern.compile("^[\\d\\s]{0,3}(?:" + CueWords.any(CUES, "revision-pointer") + "?(?:" + String.join("|", Lexicon.words("concept-cues.tsv", "position", "revision"))
                + ")|" + CueWords.any(CUES, "part-pointer") + "(?:" + String.join("|", Lexicon.words("concept-cues.tsv", "position", "part"))
                + ")|第[一二三四五六七八九十百零〇\\d]{1,4}(?:章|节|条|部分))(?![《“])"));
    }

    /** A plan, hope or negation between the text and its list: no provision stated. */
    private static Pattern notStated() {
        return CueWords.pattern("ProvisionContents|not-stated", () -> CueWords.any(CUES, "not-stated"));
    }

    /** The words around the list of provisions (ontology/lexicon/frame-cues.tsv). */
    private static final String CUES = "frame-cues.tsv";

    /** 关于/有关, an enumeration (group 1), an optional 等 and word of kind, 的, a word for provisions. */
    private static Pattern listPattern() {
        String about = String.join("|", Lexicon.words("concept-cues.tsv", "position", "about-list"));
        String provision = String.join("|", Lexicon.words("concept-cues.tsv", "position", "provision"));
        return Pattern.compile("(?:" + about + ")([^，。；：、]{2,16}?(?:(?:、|和|及|以及)[^，。；：、]{2,16}?)*)"
                + "(?:等(?:[一二三四五六七八九十两\\d]{1,2}[个项类大方])?" + CueWords.any(CUES, "list-field") + "?)?的(?:[\\u4e00-\\u9fff]{0,2})?(?:" + provision + ")");
    }

    static void apply(String text, List<Hit> hits, TopicMemory memory, List<Rel> out) {
        Matcher m = Lexicon.cached("ProvisionContents|list", ProvisionContents::listPattern).matcher(text);
        while (m.find()) {
            if (RelationRules.insideTitle(text, m.start()) || RelationRules.insideHit(hits, m.start()))
                continue; // 《关于…的规定》, 经合组织理事会关于人工智能的建议: the words of a name
            Hit subject = subject(text, hits, memory, m.start());
            if (subject == null)
                continue;
            for (Hit h : between(hits, m.start(1), m.end(1)))
                if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h))
                    out.add(new Rel(subject.iri(), "addresses", h.iri(), Math.min(subject.start(), m.start()), m.end(), 0.6, RULE, false));
        }
    }

    /**
     * The text whose provisions the list at {@code at} speaks of: the instrument right before it (《X》有关…, 《X》中关于…),
     * else the instrument that opens the clause with no actor, event or other instrument up to {@code at} and at
     * most two commas, else the instrument named last when a reference to its revision opens the clause.
     */
    static Hit subject(String text, List<Hit> hits, TopicMemory memory, int at) {
        int clause = backTo(text, at, CLAUSE_END);
        Hit first = null;
        boolean other = false;
        for (Hit h : between(hits, clause, at)) {
            if (first == null && h.isInstrument()) {
                first = h;
                continue;
            }
            if (h.isActor() || h.isEvent() || h.isInstrument())
                other = true;
        }
        if (first != null && text.substring(first.end(), at).matches("^[》”]?(?:中|里|之中|的)?$"))
            return memory.misread(text, first) ? null : first; // 《X》有关非法内容的义务
        String gap = first != null ? text.substring(first.end(), at) : text.substring(clause, at);
        if (notStated().matcher(gap).find() || gap.replaceAll("[^，,]", "").length() > 2)
            return null;
        if (first != null)
            return other || !text.substring(clause, first.start()).matches("^[\\s“《]*(?:[^，,]{0,4}[，,])?[^，,《]{0,5}[《“]?$") || memory.misread(text, first)
                    ? null : first;
        Matcher r = revisionReference().matcher(text.substring(clause, at));
        if (!r.lookingAt() || other || !between(hits, clause, clause + r.end()).isEmpty())
            return null;
        return memory.lastWithin(2);
    }
}

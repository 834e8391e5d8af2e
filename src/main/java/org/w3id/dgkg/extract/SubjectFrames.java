package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.between;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * What a text covers, given as the frame of the clause in which the text is the subject (rule
 * {@value #RULE}; the issue of the frame, when no scheme lists it, is discovered by rule {@value #RULE_ISSUE}).
 * Slots, the words in {@code ontology/lexicon/subject-frames.tsv}:
 * <ul>
 * <li>FRAME FIRST: [open 针对/对于/关于/就/在] [issue, or issues joined by 、; a 的-phrase before it qualifies it]
 * [close 问题/方面/领域/而言; needed after 在] ， [the text: 《X》, a short reference 该法/新法/上述框架/宣言] [a verb
 * that is no plan or negation] — 针对“大数据杀熟”问题，该法规定…; 在个人信息跨境提供方面，该法规定…; 对于重要数据，《办法》要求…;</li>
 * <li>SUBJECT FIRST: [the text] (还/也/则/主要…) 在 [issue] 方面/领域/问题上 [a verb] — 《办法》在数据出境方面作出了规定.</li>
 * </ul>
 * Not: a background (在…背景下, 随着…, 在…的同时, 在…基础上), a plan or negation after the subject (将, 拟, 未),
 * another actor as the subject (在数据安全方面，欧盟要求…), an item that is a clause, a name or a generic word.
 */
final class SubjectFrames {
    private SubjectFrames() {}

    static final String RULE = "addresses-frame";
    static final String RULE_ISSUE = "issue-frame";

    /** One frame: the issue items [start, end) and the subject reference [subjectStart, subjectEnd). */
    record Frame(List<int[]> items, int subjectStart, int subjectEnd, String reference, boolean negated) {}

    private static String words(String position) {
        List<String> w = new ArrayList<>(Lexicon.words("subject-frames.tsv", "position", position));
        w.sort((a, b) -> b.length() - a.length());
        return String.join("|", w);
    }

    private static Pattern pattern(String name, java.util.function.Supplier<String> regex) {
        return Lexicon.cached("SubjectFrames|" + name, () -> Pattern.compile(regex.get()));
    }

    /** The words around the frame other than its own (ontology/lexicon/frame-cues.tsv). */
    private static final CueWords.Table CUES = CueWords.table("frame-cues.tsv", "SubjectFrames");

    /** The ordinals that may open the clause (第一, 一是): a number pattern, grammar. */
    private static final String ORDINAL = "第[一二三四五六七八九十]|[一二三四五六七八九十]是";

    /** What may open the clause before the frame: a connective and its comma. */
    private static String lead() {
        return "(?:(?:" + CUES.any("connective") + "|" + ORDINAL + ")[，,]?)?";
    }

    /** FRAME FIRST: open, the frame's words (group 2), its close (group 3), a comma. */
    private static Pattern frameFirst() {
        return pattern("first", () -> "(?:^|(?<=[。；;！？!?\\n]))\\s*" + lead() + "(" + words("open") + ")([^，,。；;：:《》]{2,40}?)(" + words("close")
                + "|(?<=在[^，,。；;]{2,40})上)?[，,]");
    }

    /** The subject at the start of the next sub-clause: a title, or a short reference (group 2: its head word). */
    private static Pattern subject() {
        return pattern("subject", () -> "^(?:《[^《》]{1,60}》|(?:(" + CUES.any("pointer", "subject") + ")|(?=[\\u4e00-\\u9fff]{2}))(" + words("reference")
                + "|" + words("event-reference") + ")(?![\\u4e00-\\u9fff]{0,1}(?:的|和|与|及|、)))(?:[（(][^）)]{1,20}[）)])?");
    }

    /** SUBJECT FIRST: a title or short reference, adverbs, 在, the frame's words (group 3), its close (group 4). */
    private static Pattern subjectFirst() {
        return pattern("second", () -> "(《[^《》]{1,60}》|" + CUES.any("pointer", "subject-first") + "(?:" + words("reference")
                + "))(?:[（(][^）)]{1,20}[）)])?" + CUES.any("adverb", "before-frame") + "*在([^，,。；;：:《》]{2,24}?)(" + CUES.any("field-close") + ")" + CUES.any("adverb", "after-close") + "?");
    }

    /** What follows the subject: adverbs, then no plan, hope or negation. */
    private static Pattern planned() {
        return pattern("planned", () -> "^" + CUES.any("adverb", "after-subject") + "*" + CUES.any("planned"));
    }

    /** A negation after the subject: a text that does not provide for X covers no X; a meeting that failed to agree on X had X on its table. */
    private static Pattern negated() {
        return pattern("negated", () -> "^" + CUES.any("adverb", "after-subject") + "*" + CUES.any("negated"));
    }

    /** A verb of the subject: a Han character that opens no new name or clause mark. */
    private static Pattern hasVerb() {
        return pattern("has-verb", () -> "^" + CUES.any("adverb", "has-verb") + "*[\\u4e00-\\u9fff]");
    }

    /** A frame that is a background or a time, no topic: 在…背景下, 在…的同时, 在…基础上, 随着…. */
    private static Pattern background() {
        return pattern("background", () -> CUES.any("background"));
    }

    /**
     * All frames of a sentence, read on the text alone: in discovery ({@link #issues}) and again in reading ({@link #apply}),
     * so remembered between the two ({@link SentenceMemo}; no caller changes a frame's items).
     */
    static List<Frame> frames(String text) {
        return SentenceMemo.of("subject-frames: frames found (cache misses)", text, SubjectFrames::findFrames);
    }

    private static List<Frame> findFrames(String text) {
        List<Frame> out = new ArrayList<>();
        Matcher f = frameFirst().matcher(text);
        while (f.find()) {
            String open = f.group(1);
            String close = f.group(3);
            if (CUES.set("needs-close").contains(open) && close == null)
                continue; // 在2021年，…: 在 frames a topic only with 方面/领域/问题上
            if (background().matcher(f.group(2)).find())
                continue;
            int after = f.end();
            Matcher s = subject().matcher(text.substring(after));
            if (!s.lookingAt())
                continue;
            String rest = text.substring(after + s.end());
            if (planned().matcher(rest).lookingAt() || !hasVerb().matcher(rest).lookingAt())
                continue;
            if (s.group(2) != null && s.group(1) == null && s.group(2).length() < 2)
                continue; // a bare 法 is no reference
            List<int[]> items = items(text, f.start(2), f.end(2));
            if (!items.isEmpty())
                out.add(new Frame(items, after, after + s.end(), s.group(2), negated().matcher(rest).lookingAt()));
        }
        Matcher g = subjectFirst().matcher(text);
        while (g.find()) {
            if (background().matcher(g.group(2)).find() || planned().matcher(text.substring(g.end())).lookingAt())
                continue;
            List<int[]> items = items(text, g.start(2), g.end(2));
            String ref = g.group(1).startsWith("《") ? null : g.group(1).replaceFirst("^" + CUES.any("pointer", "subject-first"), "");
            if (!items.isEmpty())
                out.add(new Frame(items, g.start(1), g.end(1), ref, negated().matcher(text.substring(g.end())).lookingAt()));
        }
        return List.copyOf(out);
    }

    /**
     * The items of the frame's words: after the last 的 (社会反映强烈的“大数据杀熟” → 大数据杀熟), split at 、/以及/及,
     * quotes and a leading verb of pursuing or regulating left out, a tail head (活动, 行为) too; each 2 to 12
     * characters, a noun phrase with no name of a place, body or person.
     */
    private static List<int[]> items(String text, int start, int end) {
        int de = text.lastIndexOf('的', end - 1);
        if (de >= start)
            start = de + 1;
        List<int[]> out = new ArrayList<>();
        List<Term> terms = Segmenter.terms(text);
        List<int[]> parts = new ArrayList<>();
        for (int[] i : ConceptFinder.split(text.substring(start, end), "、|以及|及")) {
            int and = text.substring(start + i[0], start + i[1]).indexOf('和');
            if (and >= 4 && i[1] - i[0] - and - 1 >= 4) { // 数据跨境流动和数据本地化: two items; 安全和保障 one
                parts.add(new int[] {i[0], i[0] + and});
                parts.add(new int[] {i[0] + and + 1, i[1]});
            } else {
                parts.add(i);
            }
        }
        for (int[] i : parts) {
            int s = start + i[0];
            int e = start + i[1];
            while (s < e && "“”「」\"'".indexOf(text.charAt(s)) >= 0)
                s++;
            while (e > s && "“”「」\"'".indexOf(text.charAt(e - 1)) >= 0)
                e--;
            s = ConceptFinder.afterObjectVerb(text, s, e);
            for (String t : Lexicon.words("subject-frames.tsv", "position", "tail"))
                if (text.startsWith(t, e - t.length()) && e - t.length() - s >= 2) {
                    e -= t.length();
                    break;
                }
            String item = text.substring(s, e);
            if (e - s < 2 || e - s > 12 || !item.matches("[\\u4e00-\\u9fff]+") || ConceptFinder.bare(item) || ConceptFinder.namesText(item)
                    || !ConceptFinder.nameless(terms, s, e) || endsWithNotHead(item) || pointsBack().matcher(item).lookingAt()
                    || Lexicon.words("subject-frames.tsv", "position", "generic").contains(item) || party(item))
                return List.of(); // one item that is no noun phrase: the frame is a clause, not a list of topics
            out.add(new int[] {s, e});
        }
        return out;
    }

    /** After a field word: a verb of causing or facing and 的, then a word for an effect (带来的挑战, 面临的风险, 的影响). */
    private static Pattern effectAfter() {
        return pattern("effect", () -> "^(?:上|中)?" + CUES.any("effect-modal") + "?" + CUES.any("causing") + "?(?:的)(?:" + words("effect") + ")");
    }

    /**
     * 致命性自主武器系统在人道主义、法律、安全、技术和伦理方面带来的挑战: a list closed by a field word at {@code closeEnd}
     * and followed by an effect (subject-frames.tsv position effect) names the dimensions of that effect, not topics.
     */
    static boolean aspectsOfEffect(String text, int closeEnd) {
        return effectAfter().matcher(text.substring(closeEnd)).lookingAt();
    }

    /** 公民, 法人, 企业: an item that is a word for a kind of party (subject-frames.tsv party) names no issue. */
    static boolean party(String item) {
        return Lexicon.words("subject-frames.tsv", "position", "party").contains(item);
    }

    /** An item that points back or around (上述, 这些, 相关): no name of an issue. */
    private static Pattern pointsBack() {
        return pattern("points-back", () -> "^" + CUES.any("points-back"));
    }

    /** 服务规范, 主体责任: an item headed by a word for the text's own rules (subject-frames.tsv not-head) is a part of it, no issue. */
    private static boolean endsWithNotHead(String item) {
        for (String h : Lexicon.words("subject-frames.tsv", "position", "not-head"))
            if (item.endsWith(h))
                return true;
        return false;
    }

    /** The issues the frames name, for discovery (rule {@value #RULE_ISSUE}). */
    static void issues(String text, List<ConceptFinder.Concept> out) {
        for (Frame f : frames(text))
            for (int[] i : f.items())
                out.add(new ConceptFinder.Concept(text.substring(i[0], i[1]), i[0], i[1], "Issue", RULE_ISSUE));
        saidIssues(text, out);
    }

    /**
     * ACHIEVEMENT (rule addresses-description): 这是…在X领域取得的一项重要成果 / 这标志着…在X方面迈出的重要一步, said of the
     * text named last (in this sentence before it, or in the one before): the text covers X.
     */
    private static Pattern achievement() {
        return pattern("achievement", () -> "(?:^|(?<=[，,。；]))" + CUES.any("this-text") + CUES.any("achievement-adverb") + "?" + CUES.any("marks") + "[^，。；《》]{0,16}?在([^，。；《》]{2,24}?)"
                + CUES.any("achievement-field") + CUES.any("achieving") + "(?:了)?(?:的)?[^，。；]{0,10}?" + CUES.any("achievement"));
    }

    /**
     * STATED (discovery only): a text made public (发布《X》（《Y》）), then, after a sub-clause of whom it serves
     * (为…的机构), 就Y提供/提出/作出 建议/指引/规定: Y is an issue (addresses-cue then reads 就Y as what the text covers).
     */
    private static Pattern statedOn() {
        return pattern("stated-on", () -> CUES.any("publishing") + "(?:了)?(《[^《》]{2,60}》)(?:[（(][^）)]{1,30}[）)])?[，,](?:(?:为|向|供)[^，。；]{2,40}[，,])?" + CUES.any("also")
                + "?就([^，。；《》]{2,24}?)" + CUES.any("list-close") + "?" + CUES.any("providing") + "(?:了)?[^，。；]{0,8}?" + CUES.any("guidance"));
    }

    /** What may stand before 这 when it means the text of the sentence before: nothing, or a speaker and a verb of saying. */
    private static Pattern speakerOnly() {
        return pattern("speaker-only", () -> "^(?:[^，。；]{0,24}?" + CUES.any("saying") + "[，,：:])?");
    }

    private static void said(String text, List<Hit> hits, TopicMemory memory, List<Rel> out) {
        Matcher a = achievement().matcher(text);
        while (a.find()) {
            Hit subject = null;
            for (Hit h : between(hits, 0, a.start()))
                subject = h.isInstrument() ? h : h.isActor() || h.isEvent() ? null : subject;
            if (subject == null && speakerOnly().matcher(text.substring(0, a.start())).matches())
                subject = memory.lastWithin(2); // 他说，这是…: the text of the sentence before (not 法国总统访问了意大利，这是…: the visit)
            if (subject == null)
                continue; // (the achiever between 这是 and 在 is no matter: 这是经合组织成员在X领域取得的成果)
            add(text, hits, subject, items(text, a.start(1), a.end(1)), a.start(), a.end(), "addresses-description", out);
        }
    }

    private static void add(String text, List<Hit> hits, Hit subject, List<int[]> items, int start, int end, String rule, List<Rel> out) {
        for (int[] i : items)
            for (Hit h : between(hits, i[0], i[1]))
                if (h.top().equals("Issue") && h.start() == i[0] && h.end() == i[1] && !ConceptRelationRules.modifier(text, h))
                    out.add(new Rel(subject.iri(), "addresses", h.iri(), start, end, 0.6, rule, false)); // the whole item, never a piece of it
    }

    /** The issues of ACHIEVEMENT and STATED frames, for discovery (rule {@value #RULE_ISSUE}). */
    private static void saidIssues(String text, List<ConceptFinder.Concept> out) {
        for (Pattern p : List.of(achievement(), statedOn())) {
            Matcher m = p.matcher(text);
            int g = p == achievement() ? 1 : 2;
            while (m.find())
                for (int[] i : items(text, m.start(g), m.end(g)))
                    out.add(new ConceptFinder.Concept(text.substring(i[0], i[1]), i[0], i[1], "Issue", RULE_ISSUE));
        }
    }

    /** The addresses facts of a sentence's frames. */
    static void apply(String text, List<Hit> hits, Discourse discourse, TopicMemory memory, List<Rel> out) {
        said(text, hits, memory, out);
        for (Frame f : frames(text)) {
            Hit subject = subjectOf(text, hits, discourse, memory, f);
            if (subject == null || f.negated() && !subject.isEvent())
                continue;
            for (int[] i : f.items())
                for (Hit h : between(hits, i[0], i[1]))
                    if (h.top().equals("Issue") && h.start() == i[0] && h.end() == i[1] && !ConceptRelationRules.modifier(text, h))
                        out.add(new Rel(subject.iri(), "addresses", h.iri(), Math.min(i[0], f.subjectStart()),
                                Math.max(i[1], f.subjectEnd()), 0.6, RULE, false));
        }
    }

    /** The text the frame's subject names: a hit in the subject span, else the instrument last named of the reference's kind. */
    private static Hit subjectOf(String text, List<Hit> hits, Discourse discourse, TopicMemory memory, Frame f) {
        for (Hit h : between(hits, f.subjectStart(), f.subjectEnd())) {
            if (h.isInstrument() || h.isEvent())
                return h;
            if (h.isActor())
                return null;
        }
        if (f.reference() != null && Lexicon.words("subject-frames.tsv", "position", "event-reference").contains(f.reference()))
            return discourse == null ? null : discourse.mainEvent(); // 在A议题上，会议取得了进展: the meeting the document reports
        return f.reference() == null ? null : memory.referred(f.reference());
    }
}

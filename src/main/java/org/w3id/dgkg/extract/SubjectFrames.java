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

    /** What may open the clause before the frame: a connective and its comma. */
    private static final String LEAD = "(?:(?:此外|同时|另外|其中|而|另一方面|具体而言|具体来看|具体来说|首先|其次|再次|最后|第[一二三四五六七八九十]|[一二三四五六七八九十]是)[，,]?)?";

    /** FRAME FIRST: open, the frame's words (group 2), its close (group 3), a comma. */
    private static Pattern frameFirst() {
        return pattern("first", () -> "(?:^|(?<=[。；;！？!?\\n]))\\s*" + LEAD + "(" + words("open") + ")([^，,。；;：:《》]{2,40}?)(" + words("close")
                + "|(?<=在[^，,。；;]{2,40})上)?[，,]");
    }

    /** The subject at the start of the next sub-clause: a title, or a short reference (group 2: its head word). */
    private static Pattern subject() {
        return pattern("subject", () -> "^(?:《[^《》]{1,60}》|(?:(该|本|新|此|这部|这份|这一|上述|原|本届|本次|此次|这次)|(?=[\\u4e00-\\u9fff]{2}))(" + words("reference")
                + "|" + words("event-reference") + ")(?![\\u4e00-\\u9fff]{0,1}(?:的|和|与|及|、)))(?:[（(][^）)]{1,20}[）)])?");
    }

    /** SUBJECT FIRST: a title or short reference, adverbs, 在, the frame's words (group 3), its close (group 4). */
    private static Pattern subjectFirst() {
        return pattern("second", () -> "(《[^《》]{1,60}》|(?:该|本|新|此|这部|这份|这一|上述)(?:" + words("reference")
                + "))(?:[（(][^）)]{1,20}[）)])?(?:还|也|则|主要|进一步|首次|专门|同时|分别)*在([^，,。；;：:《》]{2,24}?)(方面|领域|问题上)(?:也|还|均|都|分别|则)?");
    }

    /** What follows the subject: adverbs, then no plan, hope or negation. */
    private static final Pattern PLANNED = Pattern.compile("^(?:还|也|则|主要|进一步|同时|首次|专门|均|都|原则上)*(?:将|拟|计划|有望|预计|或将|可能|希望|考虑)");
    /** A negation after the subject: a text that does not provide for X covers no X; a meeting that failed to agree on X had X on its table. */
    private static final Pattern NEGATED = Pattern.compile("^(?:还|也|则|主要|进一步|同时|首次|专门|均|都|原则上)*(?:未|尚未|并未|没有|不|无|仍未)");
    /** A verb of the subject: a Han character that opens no new name or clause mark. */
    private static final Pattern HAS_VERB = Pattern.compile("^(?:还|也|则|主要|进一步|同时|首次|专门|均|都|对此|原则上)*[\\u4e00-\\u9fff]");
    /** A frame that is a background or a time, no topic: 在…背景下, 在…的同时, 在…基础上, 随着…. */
    private static final Pattern BACKGROUND = Pattern.compile("背景|随着|情况|前提|基础|同时|过程|时代|今天|当下|之际|期间|框架下|层面|意义|程度|角度|方式|时候|以来|之后|之前|期间|会上|会议|峰会|论坛|大会");

    /** All frames of a sentence, read on the text alone. */
    static List<Frame> frames(String text) {
        List<Frame> out = new ArrayList<>();
        Matcher f = frameFirst().matcher(text);
        while (f.find()) {
            String open = f.group(1);
            String close = f.group(3);
            if (open.equals("在") && close == null || open.equals("围绕") && close == null)
                continue; // 在2021年，…: 在 frames a topic only with 方面/领域/问题上
            if (BACKGROUND.matcher(f.group(2)).find())
                continue;
            int after = f.end();
            Matcher s = subject().matcher(text.substring(after));
            if (!s.lookingAt())
                continue;
            String rest = text.substring(after + s.end());
            if (PLANNED.matcher(rest).lookingAt() || !HAS_VERB.matcher(rest).lookingAt())
                continue;
            if (s.group(2) != null && s.group(1) == null && s.group(2).length() < 2)
                continue; // a bare 法 is no reference
            List<int[]> items = items(text, f.start(2), f.end(2));
            if (!items.isEmpty())
                out.add(new Frame(items, after, after + s.end(), s.group(2), NEGATED.matcher(rest).lookingAt()));
        }
        Matcher g = subjectFirst().matcher(text);
        while (g.find()) {
            if (BACKGROUND.matcher(g.group(2)).find() || PLANNED.matcher(text.substring(g.end())).lookingAt())
                continue;
            List<int[]> items = items(text, g.start(2), g.end(2));
            String ref = g.group(1).startsWith("《") ? null : g.group(1).replaceFirst("^(?:该|本|新|此|这部|这份|这一|上述)", "");
            if (!items.isEmpty())
                out.add(new Frame(items, g.start(1), g.end(1), ref, NEGATED.matcher(text.substring(g.end())).lookingAt()));
        }
        return out;
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
                    || !ConceptFinder.nameless(terms, s, e) || endsWithNotHead(item) || POINTS_BACK.matcher(item).lookingAt()
                    || Lexicon.words("subject-frames.tsv", "position", "generic").contains(item) || party(item))
                return List.of(); // one item that is no noun phrase: the frame is a clause, not a list of topics
            out.add(new int[] {s, e});
        }
        return out;
    }

    /** After a field word: a verb of causing or facing and 的, then a word for an effect (带来的挑战, 面临的风险, 的影响). */
    private static Pattern effectAfter() {
        return pattern("effect", () -> "^(?:上|中)?(?:所|可能|将|会)?(?:带来|造成|产生|引发|构成|面临|存在|遇到|受到)?(?:的)(?:" + words("effect") + ")");
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
    private static final Pattern POINTS_BACK = Pattern.compile("^(?:上述|前述|以上|这些|这类|此类|该|此|这|那|相关|有关|其他|其它|各类|各种|所有|一些|某些|部分)");

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
    private static final Pattern ACHIEVEMENT = Pattern.compile(
            "(?:^|(?<=[，,。；]))(?:这|此|这份文件|该文件)(?:也|还|更)?(?:是|标志着|意味着)[^，。；《》]{0,16}?在([^，。；《》]{2,24}?)(?:领域|方面)(?:取得|达成|迈出|实现|作出)(?:了)?(?:的)?[^，。；]{0,10}?(?:成果|进展|突破|一步|成就|贡献)");

    /**
     * STATED (discovery only): a text made public (发布《X》（《Y》）), then, after a sub-clause of whom it serves
     * (为…的机构), 就Y提供/提出/作出 建议/指引/规定: Y is an issue (addresses-cue then reads 就Y as what the text covers).
     */
    private static final Pattern STATED_ON = Pattern.compile(
            "(?:发布|出台|公布|印发|推出|发表)(?:了)?(《[^《》]{2,60}》)(?:[（(][^）)]{1,30}[）)])?[，,](?:(?:为|向|供)[^，。；]{2,40}[，,])?(?:并|同时)?就([^，。；《》]{2,24}?)(?:等(?:问题|方面|事项))?(?:提供|提出|作出|给出|给予)(?:了)?[^，。；]{0,8}?(?:建议|指引|指导|意见|规定|要求|安排|承诺|指南)");

    /** What may stand before 这 when it means the text of the sentence before: nothing, or a speaker and a verb of saying. */
    private static final Pattern SPEAKER_ONLY = Pattern.compile("^(?:[^，。；]{0,24}?(?:说|表示|指出|认为|强调|介绍)[，,：:])?");

    private static void said(String text, List<Hit> hits, TopicMemory memory, List<Rel> out) {
        Matcher a = ACHIEVEMENT.matcher(text);
        while (a.find()) {
            Hit subject = null;
            for (Hit h : between(hits, 0, a.start()))
                subject = h.isInstrument() ? h : h.isActor() || h.isEvent() ? null : subject;
            if (subject == null && SPEAKER_ONLY.matcher(text.substring(0, a.start())).matches())
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
        for (Pattern p : List.of(ACHIEVEMENT, STATED_ON)) {
            Matcher m = p.matcher(text);
            int g = p == ACHIEVEMENT ? 1 : 2;
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

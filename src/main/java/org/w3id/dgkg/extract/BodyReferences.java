package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A body named once in full is then called by the end of its name: …组建人工智能高级别咨询机构。咨询机构由专家组成…;
 * 某某数字合作高级别小组…。高级别小组发布报告…. Such an ending (at least four characters, a whole word of the full
 * name, ending in a body head of {@code body-heads.tsv}) refers to the organisation the document named last whose
 * name ends with it. It must stand on its own: at the start of a clause, or after a function word or a
 * demonstrative (该咨询机构); a word glued in front (欧盟咨询机构, 内部工作组) makes it another body. Quantified
 * (各工作组, 两届工作组) it means several bodies, none in particular.
 */
final class BodyReferences {
    private BodyReferences() {}

    static final String RULE = "body-short-reference";

    /** The shortest ending that may stand for a body: 工作组, 委员会 alone are too common to mean one body. */
    private static final int MIN_LENGTH = 4;
    private static final int MAX_LENGTH = 12;
    /** Demonstratives that single a body out; 各, 所有, 其他 speak of several. */
    private static final Set<String> SINGLING = Set.of("该", "此", "这", "这一", "这个", "本");
    /** An act of setting up right before: what it sets up is a new body. */
    private static final java.util.regex.Pattern NEWLY_SET_UP = java.util.regex.Pattern.compile("(设立|成立|组建|建立|创建|新设|筹建)(了)?(一个|一些|新的)?$");
    /** Words after the ending that make it part of another thing: 工作组会议 is a meeting. */
    private static final List<String> NOT_AFTER = List.of("会议", "会", "论坛", "峰会", "成员国");

    /**
     * The short references to bodies in {@code text}: {@code actorsBefore} are the organisations the document
     * named in earlier sentences, in order; {@code hits} those of this sentence (a body named earlier in the
     * same sentence counts too).
     */
    static List<Hit> find(String text, List<Hit> hits, List<String> actorsBefore, List<String> namesBefore, Map<String, Entity> byIri) {
        List<Hit> out = new ArrayList<>();
        for (String head : Lexicon.words("body-heads.tsv", null, null)) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                int end = at + head.length();
                if (followedByOtherThing(text, end))
                    continue;
                Hit best = null;
                for (int s = end - MIN_LENGTH; s >= Math.max(0, end - MAX_LENGTH); s--) {
                    if (overlaps(hits, s, end) || overlaps(out, s, end) || !standsAlone(text, s))
                        continue;
                    String ending = text.substring(s, end);
                    Entity e = lastEndingWith(ending, text, s, hits, actorsBefore, byIri);
                    if (e != null)
                        best = new Hit(e.iri(), "Actor", e.type().replaceAll(".*#", ""), s, end, RULE);
                }
                if (best != null)
                    out.add(best);
            }
        }
        out.addAll(bare(text, hits, out, actorsBefore, namesBefore, byIri));
        out.addAll(pointed(text, hits, out, actorsBefore, namesBefore, byIri));
        return out;
    }

    /**
     * A short body head right after a pointing word (该中心, 该组织, 这一机构; reference-heads.tsv kinds body-pointed and
     * body-pointed-any, the pointing words kind pointer with slot body): for body-pointed, the one body of the document whose
     * name ends with the head (as for bare heads); for body-pointed-any (机构, 组织: heads no name need end with), the body named
     * last before it (never a state, a person or a company), unless an event or instrument was named after that body.
     */
    private static List<Hit> pointed(String text, List<Hit> hits, List<Hit> found, List<String> actorsBefore,
            List<String> namesBefore, Map<String, Entity> byIri) {
        List<Hit> out = new ArrayList<>();
        WordBoundaries words = null;
        List<String> pointers = bodyPointers();
        for (String kind : List.of("body-pointed", "body-pointed-any"))
            for (String head : Lexicon.words(ShortReferences.BARE_HEADS, "kind", kind)) {
                for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                    int end = at + head.length();
                    final int a = at;
                    if (pointers.stream().noneMatch(w -> text.startsWith(w, a - w.length())) || overlaps(hits, at, end) || overlaps(found, at, end)
                            || overlaps(out, at, end) || followedByOtherThing(text, end) || roleAfter(text, end))
                        continue;
                    if (words == null)
                        words = WordBoundaries.of(text);
                    if (!words.isBoundary(end) && continuesWord(text, end))
                        continue; // 该中心区: the head begins a longer word
                    Entity e = kind.equals("body-pointed") ? onlyBodyEndingWith(head, false, at, hits, actorsBefore, namesBefore, byIri)
                            : lastBody(at, hits, actorsBefore, byIri);
                    if (e != null)
                        out.add(new Hit(e.iri(), "Actor", e.type().replaceAll(".*#", ""), at, end, RULE));
                }
            }
        return out;
    }

    /** The pointing words that may stand before a body's head (reference-heads.tsv kind pointer, slot body: 该, 这一), read once. */
    private static List<String> bodyPointers() {
        return Lexicon.cached("body-references|pointers", () -> {
            List<String> out = new ArrayList<>();
            for (Lexicon.Row r : Lexicon.rows(ShortReferences.BARE_HEADS))
                if ("pointer".equals(r.get("kind")) && r.get("slots").contains("body"))
                    out.add(r.word());
            return List.copyOf(out);
        });
    }

    /** A character after the head that makes it part of a longer word (该中心区, 该组织者): an ideograph other than the usual followers. */
    private static boolean continuesWord(String text, int end) {
        if (end >= text.length())
            return false;
        char c = text.charAt(end);
        return Character.isIdeographic(c) && "的成会与和及是为已将于在也还正由并发宣表称指认同通签加提推启举召出参（(等”".indexOf(c) < 0;
    }

    /** The body named last before {@code at} (this sentence, then earlier ones): no state, person or company. */
    private static Entity lastBody(int at, List<Hit> hits, List<String> actorsBefore, Map<String, Entity> byIri) {
        List<String> order = actorsNamedBefore(actorsBefore, hits, at);
        for (int i = order.size() - 1; i >= 0; i--) {
            Entity e = byIri.get(order.get(i));
            if (e == null)
                continue;
            String t = e.type();
            if (t.endsWith("#Person") || t.endsWith("#State") || t.endsWith("#Company") || t.endsWith("#Economy") || t.endsWith("#SubnationalGovernment"))
                continue;
            return e;
        }
        return null;
    }

    /**
     * A short body head standing bare ({@code reference-heads.tsv} kind body-bare: 委员会, 论坛, 工作组): the one body of
     * the document whose name ends with it, where it opens a clause (委员会在巴黎和平论坛上发布…) or is what is joined
     * (成为论坛的创始成员, 加入工作组). Nothing when the document named two such bodies, or an event or instrument with that
     * head (论坛 may then be the meeting), or when a role follows (委员会主席) or it is being set up.
     */
    private static List<Hit> bare(String text, List<Hit> hits, List<Hit> found, List<String> actorsBefore,
            List<String> namesBefore, Map<String, Entity> byIri) {
        List<Hit> out = new ArrayList<>();
        WordBoundaries words = null;
        for (String head : Lexicon.words(ShortReferences.BARE_HEADS, "kind", "body-bare")) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                int end = at + head.length();
                if (overlaps(hits, at, end) || overlaps(found, at, end) || overlaps(out, at, end) || followedByOtherThing(text, end)
                        || roleAfter(text, end) || !bareSlot(text, at))
                    continue;
                if (words == null)
                    words = WordBoundaries.of(text);
                if (!words.isBoundary(at) || !words.isBoundary(end))
                    continue;
                Entity e = onlyBodyEndingWith(head, true, at, hits, actorsBefore, namesBefore, byIri);
                if (e != null)
                    out.add(new Hit(e.iri(), "Actor", e.type().replaceAll(".*#", ""), at, end, RULE));
            }
        }
        return out;
    }

    /** Opening a clause (the start, after punctuation or a dateline space), or right after a verb of joining (reference-heads.tsv kind body-bare-after). */
    private static boolean bareSlot(String text, int at) {
        if (at == 0 || "，,。；;：:！？、\n　 ）)》」”".indexOf(text.charAt(at - 1)) >= 0)
            return !NEWLY_SET_UP.matcher(text.substring(Math.max(0, at - 8), at)).find();
        for (String w : Lexicon.words(ShortReferences.BARE_HEADS, "kind", "body-bare-after"))
            if (text.startsWith(w, at - w.length()))
                return true;
        return false;
    }

    /** 委员会主席, 论坛秘书长: a role after the head names a person of the body, not the body acting. */
    private static boolean roleAfter(String text, int end) {
        for (String r : Lexicon.words("role-words.tsv", null, null))
            if (r.length() >= 2 && text.startsWith(r, end))
                return true;
        return false;
    }

    /**
     * The one body named before {@code at} (earlier sentences, then this one) whose name ends with {@code head} — as a word
     * of the name when {@code asWord} (bare heads), as written otherwise (pointed heads: 北极网络安全中心 and 北极数据研究中心
     * both end with 中心, so 该中心 is neither); null when there are two, or none, or when an event or instrument named so
     * far ends with it too.
     */
    private static Entity onlyBodyEndingWith(String head, boolean asWord, int at, List<Hit> hits, List<String> actorsBefore,
            List<String> namesBefore, Map<String, Entity> byIri) {
        List<String> names = new ArrayList<>(namesBefore);
        for (Hit h : hits)
            if (!h.isActor())
                names.add(h.iri());
        for (String iri : names) {
            Entity e = byIri.get(iri);
            if (e != null && (e.labelZh().endsWith(head) || e.altLabels().stream().anyMatch(l -> l.endsWith(head))))
                return null; // 第十九届互联网治理论坛 … 论坛: the meeting may be meant
        }
        Entity only = null;
        for (String iri : actorsNamedBefore(actorsBefore, hits, at)) {
            Entity e = byIri.get(iri);
            if (e == null || e.type().endsWith("#Person") || e.type().endsWith("#State") || only != null && only.iri().equals(iri))
                continue;
            boolean ends = asWord ? endsWithWord(e.labelZh(), head) : e.labelZh().endsWith(head);
            for (String alt : e.altLabels())
                ends |= asWord ? endsWithWord(alt, head) : alt.endsWith(head);
            if (!ends)
                continue;
            if (only != null)
                return null;
            only = e;
        }
        return only;
    }

    private static boolean followedByOtherThing(String text, int end) {
        for (String w : NOT_AFTER)
            if (text.startsWith(w, end))
                return true;
        return false;
    }

    private static boolean overlaps(List<Hit> hits, int s, int e) {
        for (Hit h : hits)
            if (h.start() < e && s < h.end())
                return true;
        return false;
    }

    /** Nothing glued in front: the start of the text, punctuation, a function word or a singling demonstrative. */
    private static boolean standsAlone(String text, int s) {
        if (NEWLY_SET_UP.matcher(text.substring(Math.max(0, s - 8), s)).find())
            return false; // 设立了咨询机构: a body being set up is a new one, not the one named before
        if (s == 0 || !Character.isIdeographic(text.charAt(s - 1)))
            return true;
        String before = text.substring(0, s);
        for (String d : SINGLING)
            if (before.endsWith(d))
                return true;
        for (String w : Lexicon.functionWords())
            if (before.endsWith(w) && !Lexicon.words("function-words.tsv", "kind", "demonstrative").contains(w)
                    && !Lexicon.words("function-words.tsv", "kind", "quantifier").contains(w)
                    && !Lexicon.words("function-words.tsv", "kind", "place-after").contains(w))
                return true;
        return false;
    }

    /** The actors named before {@code at}: those of the sentences before, then this sentence's, oldest first. */
    private static List<String> actorsNamedBefore(List<String> actorsBefore, List<Hit> hits, int at) {
        List<String> order = new ArrayList<>(actorsBefore);
        for (Hit h : hits)
            if (h.isActor() && h.end() <= at)
                order.add(h.iri());
        return order;
    }

    /** The organisation named last (this sentence before {@code s}, then earlier ones) whose name ends with the whole word {@code ending}. */
    private static Entity lastEndingWith(String ending, String text, int s, List<Hit> hits, List<String> actorsBefore,
            Map<String, Entity> byIri) {
        List<String> order = actorsNamedBefore(actorsBefore, hits, s);
        for (int i = order.size() - 1; i >= 0; i--) {
            Entity e = byIri.get(order.get(i));
            if (e == null || e.type().endsWith("#Person") || e.type().endsWith("#State"))
                continue;
            if (endsWithWord(e.labelZh(), ending))
                return e;
            for (String alt : e.altLabels())
                if (endsWithWord(alt, ending))
                    return e;
        }
        return null;
    }

    /** {@code name} ends with {@code ending} and is longer, and the ending starts a word of the name (高级别小组, not 别小组). */
    private static boolean endsWithWord(String name, String ending) {
        if (name.length() <= ending.length() || !name.endsWith(ending))
            return false;
        int cut = name.length() - ending.length();
        return !Character.isIdeographic(name.charAt(cut - 1)) || WordBoundaries.of(name).isBoundary(cut);
    }

    static final String LEGISLATURES = "legislatures.tsv";
    /** 提交国会, 递交议会: the legislature a text is submitted to is a recipient the act rules read on their own (StepDates). */
    private static final java.util.regex.Pattern SUBMITTED_TO = java.util.regex.Pattern.compile("(?:提交|递交|送交|呈交|报请|提请)(?:给|至|到)?$");
    private static final java.util.regex.Pattern MEMBERS_AFTER = java.util.regex.Pattern.compile("^(议员|议长|选举|大厦|山庄|席位|多数|间)");

    /**
     * 修正案在國會全體會議表決通過, 法案经议会批准: a legislature's word alone ({@code legislatures.tsv}) means the legislature
     * of the state the document named last (this sentence before it, then earlier ones): the registry's body named
     * with that state's name in front (韩国国会 for 南韩 … 国会). A word glued to a name in front (欧洲议会, 越南国会) is
     * that name, read elsewhere; with no state named before, or none whose legislature the registry has, it names nothing.
     */
    static List<Hit> legislatures(String text, List<Hit> hits, List<String> actorsBefore, Map<String, Entity> byIri) {
        List<Hit> out = new ArrayList<>();
        for (String word : Lexicon.words(LEGISLATURES, null, null)) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                int end = at + word.length();
                if (overlaps(hits, at, end) || overlaps(out, at, end) || !standsAloneAsLegislature(text, at, word))
                    continue; // 国会议员, 议会选举: its members, its elections, not the body acting
                Entity body = legislatureOfLastState(word, text, at, hits, actorsBefore, byIri);
                if (body != null)
                    out.add(new Hit(body.iri(), "Actor", body.type().replaceAll(".*#", ""), at, end, RULE));
            }
        }
        return out;
    }

    /**
     * The legislature's word {@code word} at {@code at} stands for a body acting: nothing glued in front (or 在, 经, a verb),
     * not its members or elections after (国会议员, 议会选举), not the recipient of a submission (提交国会).
     */
    static boolean standsAloneAsLegislature(String text, int at, String word) {
        int end = at + word.length();
        return (standsAlone(text, at) || afterPlace(text, at) || afterVerb(text, at))
                && !MEMBERS_AFTER.matcher(text.substring(end)).find() && !SUBMITTED_TO.matcher(text.substring(0, at)).find();
    }

    /** 希望参议院迅速采取行动: right after a verb the word is the verb's object, glued to no name. */
    private static boolean afterVerb(String text, int at) {
        for (com.hankcs.hanlp.seg.common.Term t : Segmenter.terms(text))
            if (t.offset + t.word.length() == at)
                return Segmenter.nature(t).startsWith("v") && t.word.length() >= 2;
        return false;
    }

    /** 在, 经, 由, 获, 向 … right before: the places the function words of {@code standsAlone} do not cover. */
    private static boolean afterPlace(String text, int at) {
        return at > 0 && "在经由获向".indexOf(text.charAt(at - 1)) >= 0;
    }

    private static Entity legislatureOfLastState(String word, String text, int at, List<Hit> hits, List<String> actorsBefore,
            Map<String, Entity> byIri) {
        List<String> order = actorsNamedBefore(actorsBefore, hits, at);
        for (int i = order.size() - 1; i >= 0; i--) {
            Entity state = stateOf(byIri.get(order.get(i)), byIri);
            if (state == null)
                continue;
            java.util.Set<String> names = new java.util.LinkedHashSet<>(state.altLabels());
            names.add(state.labelZh());
            for (Entity e : byIri.values()) {
                if (!e.curated() || !e.type().endsWith("#GovernmentBody"))
                    continue;
                for (String n : names)
                    if (n.length() >= 2 && (e.labelZh().equals(n + word) || e.altLabels().contains(n + word)))
                        return e;
            }
            return null; // the state named last is the one the word is about
        }
        return null;
    }

    /** The state itself, or the state whose name a body's name starts with (英国政府, 美国众议院: 英国, 美国); null for any other actor. */
    private static Entity stateOf(Entity actor, Map<String, Entity> byIri) {
        if (actor == null || actor.type().endsWith("#State"))
            return actor;
        if (!actor.type().endsWith("#GovernmentBody"))
            return null;
        Entity best = null;
        int longest = 0;
        for (Entity e : byIri.values()) {
            if (!e.type().endsWith("#State"))
                continue;
            java.util.Set<String> names = new java.util.LinkedHashSet<>(e.altLabels());
            names.add(e.labelZh());
            for (String n : names)
                if (n.length() >= 2 && n.length() > longest && actor.labelZh().startsWith(n) && actor.labelZh().length() > n.length()) {
                    best = e;
                    longest = n.length();
                }
        }
        return best;
    }
}

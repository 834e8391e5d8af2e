package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The enumeration stage: every list of short noun phrases in a sentence, read once for every rule that reads lists.
 * A list is found by its classifier head ({@code enumeration-heads.tsv}), closing it (开放、包容、非歧视的原则; A、B等领域;
 * 七项人工智能道德原则 after the items) or opening it (七项原则，即A、B…; 原则包括：A、B; 列出了七项共同原则，分别是A、B), or by a
 * verb of stance that opens it without a head (坚持A、B; 反对A、B和C). Its items are split at 、 (and between quoted items
 * written side by side: “A”“B”等原则) and the last 和/及/以及
 * (与 inside an item of a 、 list joins the parts of one item: 透明度与可解释性), at commas when a head opens it, and a
 * count (七项) keeps a last item written with 、 inside (以及可靠性、稳健及安全) whole when splitting it would pass the count.
 * The GOVERNOR is the clause topic (an instrument, event or actor named before the list, the sub-clause's own first;
 * a bare head 该框架/《指引》 resolved as the discourse does); the verb between is given when there is one, not required.
 * A list in a question (问：), under another actor's words (声称, 指责: concept-cues position reported), a plan, hope,
 * negation or condition (modality-cues.tsv, concept-cues position negates), or in background (随着A、B发展) is marked blocked.
 * Cue words: concept-cues.tsv positions opens-list, introduces, head-qualifier, reported, background, negates.
 */
final class Enumerations {
    private Enumerations() {}

    /** The longest item a list of short noun phrases holds; a longer run is a clause. */
    static final int LONGEST_ITEM = 20;

    /** The lists of a sentence with no hits known yet (concept discovery): no governor. */
    static List<Enumeration> find(String text) {
        return find(text, List.of(), null);
    }

    /** The lists of a sentence, each with its governor among {@code hits} (or referred to through {@code discourse}). */
    static List<Enumeration> find(String text, List<Hit> hits, Discourse discourse) {
        List<Raw> raws = raws(text);
        List<Enumeration> out = new ArrayList<>();
        int reached = -1;
        for (Raw r : raws) {
            if (r.items.get(0).start() < reached)
                continue; // the items of an earlier list (a head opening it and one closing it read the same items)
            reached = r.items.get(r.items.size() - 1).end();
            out.add(govern(text, hits, discourse, r));
        }
        return out;
    }

    /** A list as found, before its governor is read. */
    private record Raw(int start, int end, List<Enumeration.Item> items, String head, String itemClass, int opened) {}

    /**
     * The lists of a sentence before their governors are read: a function of the text and the lexicon alone. The extraction
     * asks twice per sentence, in discovery ({@link PrincipleLists}) and in reading ({@link EnumerationRelations}); finding
     * them was 0.6 s of a cold build's CPU (docs/benchmarks.md, stop 29), so the second pass takes the first's
     * ({@link SentenceMemo}). The lists and their items are immutable.
     */
    private static List<Raw> raws(String text) {
        return SentenceMemo.of("enumerations: lists found (cache misses)", text, Enumerations::findRaws);
    }

    private static List<Raw> findRaws(String text) {
        List<Raw> raws = new ArrayList<>();
        headBefore(text, raws);
        headAfter(text, raws);
        verbOpened(text, raws);
        raws.sort(Comparator.comparingInt((Raw r) -> r.start));
        List<Raw> found = new ArrayList<>(raws.size());
        for (Raw r : raws)
            found.add(new Raw(r.start, r.end, List.copyOf(r.items), r.head, r.itemClass, r.opened));
        return List.copyOf(found);
    }

    // ---- lexicon ----

    static Map<String, String> heads() {
        return Lexicon.cached("enumerations|heads", () -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (Lexicon.Row r : Lexicon.rows("enumeration-heads.tsv"))
                m.put(r.word(), r.get("class"));
            return m;
        });
    }

    /** Whether a head right after one item closes a list of one (坚持多边主义原则), not one name with it (全人类共同价值): enumeration-heads.tsv alone. */
    private static boolean closesOne(String head) {
        Set<String> names = Lexicon.cached("enumerations|names-with-one", () -> {
            Set<String> out = new java.util.HashSet<>();
            for (Lexicon.Row r : Lexicon.rows("enumeration-heads.tsv"))
                if (r.get("alone").equals("no"))
                    out.add(r.word());
            return out;
        });
        return !names.contains(head);
    }

    private static Set<String> cue(String position) {
        return Lexicon.words("concept-cues.tsv", "position", position);
    }

    private static String alt(Set<String> words) {
        return Lexicon.alternation(words);
    }

    private static final String COUNT = "[一二三四五六七八九十两\\d]{1,2}(?:项|个|大|条|类)?";
    private static final String RUN_CHARS = "[^，。；：:,;《》（）()\\n]";
    /** What may follow a head that closes a list without 等 or a count: the end of a phrase. */
    private static final Pattern HEAD_BOUNDARY = Pattern.compile("^(?:$|[^\\u4e00-\\u9fff]|[的和与及等中上下为是])");

    /** A count and its qualifier (七项人工智能道德), or a qualifier (基本, 核心), then the head. */
    private static String countedHead() {
        return "(?:(?<count>" + COUNT + ")(?<cq>(?<=[项个大条类])[\\u4e00-\\u9fff]{0,8}?)?|(?:为)?(?<qual>" + alt(cue("head-qualifier")) + ")?)(?<head>"
                + alt(heads().keySet()) + ")";
    }

    private static Pattern closing() {
        return Lexicon.cached("enumerations|closing", () -> Pattern.compile("(?<de>的)?(?<deng>等)?" + countedHead()));
    }

    private static Pattern opening() {
        return Lexicon.cached("enumerations|opening", () -> Pattern.compile(countedHead() + "(?:主要|分别|具体)?(?:[，,]?(?:" + alt(cue("introduces"))
                + ")[：:]?|[：:])"));
    }

    /** Verbs that open a list (the last one before the first item ends the opener). */
    private static Pattern openers() {
        return Lexicon.cached("enumerations|openers", () -> {
            Set<String> w = new java.util.TreeSet<>(cue("opens-list"));
            w.addAll(cue("introduces"));
            w.addAll(cue("states"));
            w.addAll(cue("before"));
            w.addAll(cue("uphold"));
            w.addAll(cue("marked"));
            w.addAll(cue("covers"));
            w.addAll(cue("covers-field"));
            w.addAll(cue("reported"));
            w.addAll(cue("background"));
            w.addAll(verbs().keySet());
            return Pattern.compile(alt(w));
        });
    }

    /** Verb → kind: stance (relation-cues act advocate, concept-cues before/uphold of class Principle), oppose, states. */
    static Map<String, String> verbs() {
        return Lexicon.cached("enumerations|verbs", () -> {
            Map<String, String> m = new LinkedHashMap<>();
            for (String w : cue("states"))
                m.put(w, "states");
            Set<String> principle = Lexicon.words("concept-cues.tsv", "class", "Principle");
            for (String w : cue("uphold"))
                m.put(w, "stance");
            for (String w : cue("marked"))
                m.put(w, "stance"); // 遵守A、B原则: kept to
            for (String w : cue("before"))
                if (principle.contains(w))
                    m.put(w, "stance");
            for (Lexicon.Row r : Lexicon.rows("relation-cues.tsv"))
                if (r.get("act").equals("advocate") && r.word().matches("[\\u4e00-\\u9fff]+"))
                    m.put(r.word(), "stance");
                else if (r.get("act").equals("oppose") && r.word().matches("[\\u4e00-\\u9fff]+"))
                    m.put(r.word(), "oppose");
            for (String w : cue("before"))
                if (!principle.contains(w))
                    m.put(w, "oppose"); // 反对, 抵制, 摒弃: class Issue before
            return m;
        });
    }

    // ---- finding lists ----

    /** 七项原则，即A、B…; 原则包括：A、B; 三个方面：A、B和C: the items run to the clause's end, over commas while they stay items. */
    private static void headBefore(String text, List<Raw> out) {
        Matcher m = opening().matcher(text);
        while (m.find()) {
            int from = m.end();
            int to = RelationRules.forwardTo(text, from, "。；;！？!?\n");
            List<Enumeration.Item> items = split(text, from, to, true, count(m.group("count")));
            if (items.size() < 2)
                continue;
            String head = m.group("head");
            out.add(new Raw(m.start(), items.get(items.size() - 1).end(), items, head, heads().get(head), m.start()));
        }
    }

    /** Where the run of items before {@code pos} starts: after the last clause mark, title or bracket. */
    private static int runStart(String text, int pos) {
        for (int i = pos - 1; i >= 0; i--)
            if ("，。；：:,;《》（）()\n".indexOf(text.charAt(i)) >= 0)
                return i + 1;
        return 0;
    }

    /** 遵循合法、正当、必要和诚信原则; 在A、B等领域; 提出了问责、精准和透明四项原则: the head closes the list. */
    private static void headAfter(String text, List<Raw> out) {
        Matcher m = closing().matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.start() + 1;
            int runEnd = m.start();
            int runStart = runStart(text, runEnd);
            if (runEnd - runStart < 1)
                continue;
            String head = m.group("head");
            boolean several = m.group("deng") != null || m.group("count") != null;
            boolean bounded = HEAD_BOUNDARY.matcher(text.substring(m.end())).lookingAt() || m.group("de") != null && head.length() > 1;
            if (head.length() == 1 ? m.group("deng") == null && !bounded : !several && !bounded)
                continue; // 风险自评估, 二十国集团: a head closes a list at the end of a phrase, or after 等 (a count too, for a longer head)
            if (runsOnPast(text, runStart, m.end()))
                continue; // 坚持防范网络安全风险与促进…相结合、…: the head ends a word inside the first item of a list that runs on
            int opened = openerEnd(text, runStart, runEnd);
            int first = opened;
            while (first < runEnd && "的了出“「".indexOf(text.charAt(first)) >= 0)
                first++;
            if (first >= runEnd)
                continue;
            List<Enumeration.Item> items = split(text, first, runEnd, false, count(m.group("count")));
            if (items.isEmpty())
                continue;
            if (items.size() == 1) { // one item closed by a head: a list only right after a verb (坚持多边主义原则)
                Enumeration.Item only = items.get(0);
                int longest = ListCues.compound().matcher(only.in(text)).find() ? 16 : 8;
                if (opened == runStart || only.end() - only.start() > longest || only.in(text).contains("的") || m.group("count") != null
                        || !openedByVerb(text, runStart, opened) || m.group("de") == null && !closesOne(head))
                    continue;
            }
            if (items.stream().anyMatch(i -> i.end() - i.start() < 2) && !several)
                continue; // 中、美: one name, unless 等 or a count says the items are several
            from = m.end();
            out.add(new Raw(opened == runStart ? items.get(0).start() : opened, m.end(), items, head, heads().get(head), opened));
        }
    }

    /**
     * Whether the head ending at {@code headEnd} lies inside the first item of a list that runs on after it: no 、 before
     * it in its run, a separator word right after it, and a 、 before the sub-clause ends (A风险与B相结合、C与D相结合).
     */
    private static boolean runsOnPast(String text, int runStart, int headEnd) {
        if (text.substring(runStart, headEnd).contains("、"))
            return false;
        int subEnd = RelationRules.forwardTo(text, headEnd, SUBCLAUSE_END);
        if (text.indexOf('、', headEnd) < 0 || text.indexOf('、', headEnd) >= subEnd)
            return false;
        for (Term t : Segmenter.terms(text))
            if (t.offset == headEnd)
                return ListEdges.SEPARATORS.contains(t.word) && !t.word.equals("、");
        return false;
    }

    /** Where an item holds 的 as a word of its own (目的 is none), or -1: what comes before qualifies a noun. */
    private static int particleAt(String text, Enumeration.Item i) {
        for (Term t : Segmenter.terms(text))
            if (t.offset >= i.start() && t.offset + t.word.length() <= i.end() && Segmenter.nature(t).startsWith("u") && t.word.equals("的"))
                return t.offset;
        return -1;
    }

    /** 坚持A、B; 反对A、B和C: a verb of stance or opposing opens a list without a head, to the end of its sub-clause. */
    private static void verbOpened(String text, List<Raw> out) {
        List<Raw> headed = new ArrayList<>(out);
        Map<String, String> verbs = verbs();
        Matcher m = Lexicon.cached("enumerations|stance-verbs", () -> {
            List<String> w = new ArrayList<>();
            for (Map.Entry<String, String> e : verbs.entrySet())
                if (!e.getValue().equals("states"))
                    w.add(e.getKey());
            return Pattern.compile(alt(new java.util.TreeSet<>(w)));
        }).matcher(text);
        while (m.find()) {
            int from = m.end();
            int to = RelationRules.forwardTo(text, from, SUBCLAUSE_END);
            if (to - from < 2 || !WordBoundaries.of(text).aligned(m.start(), m.end()))
                continue; // 数据维护…: a verb's characters inside a word open nothing
            String run = text.substring(from, to);
            if (!run.matches("[“”「」\\u4e00-\\u9fff、和与及以]+") || !run.matches(".*[、和与及].*"))
                continue; // a clause or a phrase, no list of names
            List<Enumeration.Item> items = new ArrayList<>(split(text, openerEnd(text, from, to), to, false, 0));
            if (items.size() < 2)
                continue;
            int de = particleAt(text, items.get(items.size() - 1));
            if (de >= 0) // 维护自由、开放、安全的互联网: the qualities of a noun, the last one before its 的
                items.set(items.size() - 1, new Enumeration.Item(items.get(items.size() - 1).start(), de));
            if (items.stream().anyMatch(i -> i.end() - i.start() < 2 || particleAt(text, i) >= 0))
                continue; // 支持A的B、C: an item qualified inside, no list of names
            if (items.size() > 2) // 坚持A和B相结合、C与D相结合: a compound principle may be longer; one too long is left out, not its list
                items.removeIf(i -> i.end() - i.start() > (ListCues.compound().matcher(i.in(text)).find() ? 16 : 12));
            if (items.size() < 2 || items.stream().anyMatch(i -> i.end() - i.start() > (ListCues.compound().matcher(i.in(text)).find() ? 16 : 12)))
                continue;
            if (items.stream().anyMatch(i -> heads().containsKey(i.in(text)) || i.in(text).endsWith("宗旨")))
                continue; // 恪守宪章宗旨和原则: the aims and principles of a charter, no list of names
            int s = items.get(0).start();
            int e = items.get(items.size() - 1).end();
            if (headed.stream().anyMatch(r -> r.items.get(0).start() < e && s < r.items.get(r.items.size() - 1).end()))
                continue; // the list has a head: read with it
            out.add(new Raw(m.start(), to, items, null, null, from));
        }
    }

    /** Whether the opener ending at {@code opened} is a verb of stance (坚持, 秉持), not of stating (致力于落实…) nor a preposition (对, 以). */
    private static boolean openedByVerb(String text, int runStart, int opened) {
        for (Map.Entry<String, String> v : verbs().entrySet())
            if (v.getValue().equals("stance") && opened - v.getKey().length() >= runStart && text.startsWith(v.getKey(), opened - v.getKey().length()))
                return true;
        return false;
    }

    private static final Pattern PROTECTED = Pattern.compile("以[\\u4e00-\\u9fff]{1,4}为[\\u4e00-\\u9fff]{1,2}");

    /**
     * The end of the last opener (a verb, 即, 了) before the first 、 of the run (anywhere in a run without one), that is
     * followed by an item (not by a separator: 相互尊重、…); the run's start when none.
     */
    private static int openerEnd(String text, int runStart, int runEnd) {
        int sep = text.indexOf('、', runStart);
        if (sep < 0 || sep > runEnd)
            sep = runEnd;
        String run = text.substring(runStart, sep);
        List<int[]> prot = new ArrayList<>();
        Matcher p = PROTECTED.matcher(run);
        while (p.find())
            prot.add(new int[] {p.start(), p.end()});
        int end = runStart;
        Matcher o = openers().matcher(run);
        while (o.find()) {
            int s = o.start();
            if (prot.stream().anyMatch(r -> s >= r[0] && s < r[1]))
                continue; // 以人为本: the 以 and 为 of a principle's name open nothing
            if (!WordBoundaries.of(text).aligned(runStart + s, runStart + o.end()))
                continue; // 数据保护, 网络安全保障: an opener's characters inside an item's word open nothing
            if (o.end() > run.length() - 2 || "和与及".indexOf(run.charAt(o.end())) >= 0 && standalone(text, runStart + o.end()))
                continue; // 相互尊重、…, 相互尊重和…: a verb ending an item opens nothing (坚持和平: 和 starts a word, the verb opens)
            end = runStart + o.end();
        }
        return end;
    }

    private static int count(String count) {
        if (count == null)
            return 0;
        String n = count.substring(0, count.length() - 1);
        String digits = "零一二三四五六七八九";
        if (n.matches("\\d+"))
            return Integer.parseInt(n);
        if (n.equals("两"))
            return 2;
        if (n.equals("十"))
            return 10;
        if (n.length() == 1)
            return digits.indexOf(n.charAt(0));
        if (n.startsWith("十"))
            return 10 + digits.indexOf(n.charAt(1));
        return 0;
    }

    // ---- items ----

    private static final Pattern LAST_AND = Pattern.compile("以及|和|及|与");
    private static final Pattern PUNCTUATION_INSIDE = Pattern.compile("[，,。；;：:]");
    /** An item ending in a conjunction (A和) is none; a word ending in one of its characters (参与, 涉及) is. */
    private static final Pattern CONJUNCTION_END = Pattern.compile("[和与及]$");

    /**
     * The items of [from, to): split at commas (when {@code commas}: a head opened the list), then at 、, then the last
     * piece at its 和/及/以及 (与 only outside a 、 list). With a count, a last comma segment whose split passes the count is
     * one item. Returns no items when a piece is no short noun phrase.
     */
    static List<Enumeration.Item> split(String text, int from, int to, boolean commas, int count) {
        List<int[]> segments = new ArrayList<>();
        if (commas) {
            int s = from;
            for (int i = from; i <= to; i++)
                if (i == to || "，,".indexOf(text.charAt(i)) >= 0) {
                    segments.add(new int[] {s, i});
                    s = i + 1;
                }
        } else
            segments.add(new int[] {from, to});
        List<Enumeration.Item> out = new ArrayList<>();
        for (int k = 0; k < segments.size(); k++) {
            int s = segments.get(k)[0];
            int e = segments.get(k)[1];
            String seg = text.substring(s, e);
            Matcher lead = JOINING_LEAD.matcher(seg);
            boolean joined = lead.find();
            if (joined)
                s += lead.end();
            List<Enumeration.Item> pieces = pieces(text, s, e);
            if (pieces == null || pieces.isEmpty()) {
                if (k == 0)
                    return List.of();
                break; // the list ended at the comma before: what follows is a clause
            }
            if (commas && k > 0 && count > 0 && joined && out.size() + pieces.size() > count && out.size() + 1 == count && pieces.size() > 1) {
                out.add(new Enumeration.Item(pieces.get(0).start(), pieces.get(pieces.size() - 1).end()));
                break; // …，以及可靠性、稳健及安全 in a list of seven: the last item is written with 、 inside
            }
            out.addAll(pieces);
            if (joined)
                break; // 以及 closes the list
        }
        return out;
    }

    /** A closing quote right before an opening one: two quoted items side by side. */
    private static final Pattern QUOTES_MEET = Pattern.compile("[”」][“「]");

    /** One comma-free segment split at 、 and its last conjunction, or null when a piece is no item. */
    private static List<Enumeration.Item> pieces(String text, int s, int e) {
        List<int[]> bits = new ArrayList<>();
        int b = s;
        for (int i = s; i <= e; i++)
            if (i == e || text.charAt(i) == '、') {
                bits.add(new int[] {b, i});
                b = i + 1;
            } else if (i > b && QUOTES_MEET.matcher(text.substring(i - 1, i + 1)).matches()) {
                bits.add(new int[] {b, i}); // “车内处理”“默认不收集”: quoted items written side by side are items as with 、
                b = i;
            }
        boolean listed = bits.size() > 1;
        int longest = 0;
        for (int k = 0; k < bits.size() - 1; k++)
            longest = Math.max(longest, bits.get(k)[1] - bits.get(k)[0]);
        List<Enumeration.Item> out = new ArrayList<>();
        for (int k = 0; k < bits.size(); k++) {
            int[] bit = bits.get(k);
            String w = text.substring(bit[0], bit[1]);
            if (k == bits.size() - 1 && !ListCues.compound().matcher(w).find()) {
                Matcher and = LAST_AND.matcher(w);
                int at = -1;
                int len = 0;
                while (and.find())
                    if (!(listed && and.group().equals("与") && (and.start() > 3 || w.length() - and.end() > 3)) && and.start() >= 2
                            && (and.group().length() > 1 || splitsAt(text, bit[0] + and.start()))) { // 参与方: 与 inside a word splits nothing
                        at = and.start();
                        len = and.group().length();
                        break;
                    }
                int bound = listed ? Math.max(longest, 2) + 4 : 10;
                if (at >= 2 && w.length() - at - len >= 2 && at <= bound && w.length() - at - len <= bound) {
                    add(text, bit[0], bit[0] + at, out);
                    add(text, bit[0] + at + len, bit[1], out);
                    continue;
                }
            }
            add(text, bit[0], bit[1], out);
        }
        for (Enumeration.Item i : out)
            if (PUNCTUATION_INSIDE.matcher(i.in(text)).find() || holdsVerb(i.in(text)) || closedInside(text, i)
                    || CONJUNCTION_END.matcher(i.in(text)).find() && standalone(text, i.end() - 1))
                return null; // the run is a clause, no list
        List<Enumeration.Item> kept = new ArrayList<>(out);
        kept.removeIf(i -> i.end() - i.start() > LONGEST_ITEM || ListCues.itemLead().matcher(i.in(text)).find());
        if (kept.size() == out.size())
            return out;
        boolean edge = kept.size() >= 2 && kept.size() == out.size() - 1 && kept.get(kept.size() - 1) != out.get(out.size() - 1);
        return edge && kept.size() >= 2 ? kept : null; // the last item too long (…以及C的D) is left out, not its list, when two remain
    }

    /** 合作共赢是东盟始终秉持, 非歧视是韩国长期奉行: an item holding a verb of stance after its start is a clause. */
    private static boolean holdsVerb(String item) {
        Matcher copula = ListCues.clauseInside().matcher(item);
        if (!copula.find())
            return false;
        for (Map.Entry<String, String> v : verbs().entrySet())
            if (v.getValue().equals("stance") && item.indexOf(v.getKey(), copula.end()) >= 0)
                return true;
        return false;
    }


    /** Whether the character at {@code k} is a word of its own for the segmenter (和 as a conjunction, not the 和 of 和平). */
    private static boolean standalone(String text, int k) {
        for (Term t : Segmenter.terms(text))
            if (t.offset <= k && k < t.offset + t.word.length())
                return t.word.length() == 1;
        return true;
    }

    /**
     * Whether the conjunction at {@code k} may split a list: a word of its own for the segmenter, not part of a dictionary word
     * (与 of 参与方, 和 of 和平); a person's name HanLP guesses over it (安全和/nr 包容) is no word.
     */
    private static boolean splitsAt(String text, int k) {
        for (Term t : Segmenter.terms(text))
            if (t.offset <= k && k < t.offset + t.word.length())
                return t.word.length() == 1 || Segmenter.nature(t).startsWith("nr");
        return true;
    }

    /** 互信等多利益攸关方: a 等 inside an item that is no part of a word (平等, 对等) closes a list there, so the item is none. */
    private static boolean closedInside(String text, Enumeration.Item i) {
        for (int k = i.start() + 1; k < i.end() - 1; k++)
            if (text.charAt(k) == '等' && ConceptFinder.oneWordTag(text, k - 1, k + 1) == null)
                return true;
        return false;
    }

    /** An item, without its quotes, a repeated verb of holding (坚持A、坚持B) or a trailing 等. */
    private static void add(String text, int s, int e, List<Enumeration.Item> out) {
        while (s < e && "“「\"‘ ".indexOf(text.charAt(s)) >= 0)
            s++;
        while (e > s && ("”」\"’ ".indexOf(text.charAt(e - 1)) >= 0
                || text.charAt(e - 1) == '等' && e - s > 2 && ConceptFinder.oneWordTag(text, e - 2, e) == null))
            e--; // A、B等: the closing 等 is no part of B (平等, 对等 keep theirs)
        for (String v : PrincipleLists.holding())
            if (text.startsWith(v, s) && e - s - v.length() >= 2) {
                s += v.length();
                break;
            }
        if (e > s)
            out.add(new Enumeration.Item(s, e));
    }

    // ---- governor ----

    private static final Pattern FRAME_AFTER = Pattern.compile("^[》”」]?(?:[^，。；]{0,4}?)(?:中|上|下|里|框架|期间|之际|以来)");
    /** 2. 建议书坚持…: a paragraph number may open the clause (as ConceptRelationRules' topic reference reads it). */
    private static final Pattern BARE_REFERENCE = Pattern.compile("^\\s*(?:\\d{1,2}\\s*[.、．)）]\\s*)?(?:该|这份|这一|此|本|上述)?《?([\\u4e00-\\u9fff]{1,5})");

    private static Enumeration govern(String text, List<Hit> hits, Discourse discourse, Raw r) {
        int firstItem = r.items.get(0).start();
        int clause = backTo(text, r.start, CLAUSE_END);
        int sub = backTo(text, r.start, SUBCLAUSE_END);
        if (r.head != null && r.opened == r.start && r.start > 0) { // 七项原则，即…: the clause of the head
            clause = backTo(text, r.start, CLAUSE_END);
            sub = backTo(text, r.start, SUBCLAUSE_END);
        }
        Hit governor = firstTopic(text, hits, sub, r.start, false);
        // 马克龙强调，法国企业应当坚持A: an actor's name that only qualifies what the sub-clause is about is no governor (princ40)
        boolean qualified = governor != null && governor.isActor() && ConceptRelationRules.qualifiesThing(text, hits, governor, r.start);
        if (qualified)
            governor = null;
        String subText = text.substring(sub, r.start);
        if (governor == null && !ListCues.otherSubject().matcher(subText).find() && (qualified || !hasActorAt(hits, sub, r.start))) {
            governor = firstTopic(text, hits, clause, sub, true);
            Hit reported = reportedText(text, hits, discourse, governor, sub);
            if (reported != null)
                governor = reported;
        }
        if (governor == null && discourse != null && !hasActorAt(hits, sub, r.start))
            governor = referred(text, hits, clause, sub, discourse);
        int verbFrom = governor != null && governor.end() > sub ? governor.end() : sub; // the verb of the list's own sub-clause
        String verb = null;
        int verbEnd = -1;
        Matcher v = openers().matcher(text.substring(verbFrom, Math.max(verbFrom, firstItem)));
        while (v.find())
            if (verbs().containsKey(v.group())) {
                verb = v.group();
                verbEnd = verbFrom + v.end();
            }
        String kind = verb == null ? "none" : verbs().get(verb);
        if (governor != null && governor.isActor() && governor.end() <= sub && "states".equals(kind)) {
            Hit published = publishedBefore(text, hits, governor, sub);
            if (published != null)
                governor = published;
        }
        return new Enumeration(r.start, r.end, r.items, r.head, r.itemClass, governor, verb, kind,
                blocked(text, clause, sub, governor == null || governor.start() < sub ? sub : Math.min(sub, governor.start()), r, verbEnd, governor));
    }

    /** An actor's verb of saying (clause-cues.tsv reporting: 表示, 指出), where it spoke between (在国会辩论时), then the comma that opens what it says. */
    private static Pattern saying() {
        return CueWords.pattern("Enumerations|saying", () -> "^[》”」]?[^，,。；;：:]{0,20}?" + CueWords.any("clause-cues.tsv", "reporting") + "[，,：:]");
    }

    /**
     * 罗德里格斯表示，该法遵循公平、透明的原则; 有关负责人表示，《条例》是…立法，坚持A的原则: where the clause's topic is an actor
     * that says something (a verb of saying and a comma right after it), and what it says opens with a text (a title, or a bare
     * head the discourse resolves: 该法, 《条例》), that text is the subject of the sub-clauses of what is said: a list there is the
     * text's. Returns the text, or null (the actor stays the topic: 王毅表示，中方坚持A).
     */
    private static Hit reportedText(String text, List<Hit> hits, Discourse discourse, Hit speaker, int sub) {
        if (speaker == null || !speaker.isActor() || speaker.end() >= sub)
            return null;
        Matcher s = saying().matcher(text.substring(speaker.end(), sub));
        if (!s.lookingAt())
            return null;
        int said = speaker.end() + s.end();
        for (Hit h : hits)
            if (h.start() >= said && h.end() <= sub)
                return h.isInstrument() && text.substring(said, h.start()).matches("^[\\s《“「]*$") ? h : null;
        if (discourse == null)
            return null;
        return referred(text, hits, said, said, discourse); // 该法, 《条例》: a bare head opening what is said
    }

    /** The act that makes a text public right before its name (stance-cues.tsv made-public: 发布了《X》). */
    private static Pattern madePublic() {
        return CueWords.pattern("Enumerations|made-public", () -> "(?:" + CueWords.any("stance-cues.tsv", "made-public") + ")(?:了)?[《“「]?$");
    }

    /**
     * 外交部和网信办共同发布了《X》，提出A、B、C四项原则: the sub-clause before the list ends with the text its actor made
     * public (the object of a verb of making public, nothing after it but a closing mark); a list the next sub-clause
     * states (提出, 确立: the verbs of stating, no verb of stance) with no subject of its own is what that text sets out,
     * not the publisher's stance. Returns that text, or null.
     */
    private static Hit publishedBefore(String text, List<Hit> hits, Hit actor, int sub) {
        Hit last = null;
        for (Hit h : hits)
            if (h.start() >= actor.end() && h.end() <= sub)
                last = h;
        if (last == null || !last.isInstrument() || !text.substring(last.end(), sub).matches("^[》”」]?\\s*[，,]\\s*$"))
            return null;
        int lastSub = backTo(text, last.start(), SUBCLAUSE_END);
        if (lastSub > actor.start() || !madePublic().matcher(text.substring(actor.end(), last.start())).find())
            return null; // the actor is the subject of the act that made the text public, in the same sub-clause
        return last;
    }

    /** What may stand before a topic in its sub-clause: time, place and frame adverbials (在会上, 9月8日, 此外), and 根据 (根据《X》，…应当遵循A、B原则: the text sets the principles out). */
    private static final Pattern ADVERBIAL_LEAD = Pattern.compile("^(?:\\s|\\d{1,2}\\s*[.．)）](?=\\D)|[\\d年月日号当天今昨]+|在[^，,]{0,20}?(?:上|中|下|期间|之际|时)|此外|同时|另外|其中|目前|近日|随后|最后|首先|据悉|当地时间|北京时间|会上|会后|根据|依据|依照|按照|[“”《》])*$");
    /** Between a hit and the next one: the first modifies the second (会议通过的《宣言》, 中国提出的《倡议》). */
    private static final Pattern MODIFIER_GAP = Pattern.compile("^[》”」]?[^，,。；;]{0,8}的[《“「]?$");
    /** Between an organisation and a person: the person's role in it (经合组织秘书长科尔曼). */
    private static final Pattern ROLE_GAP = Pattern.compile("^[》”」]?[\\u4e00-\\u9fff]{1,8}$");

    /**
     * The first hit of [from, to) that can govern a list: a topic (not framed by 在…中), not the modifier of the next hit,
     * the person after an organisation and a role (经合组织秘书长科尔曼 → the person); with {@code atStart}, only one at
     * the start of its sub-clause (after adverbials), so that a name inside an object phrase governs nothing.
     */
    private static Hit firstTopic(String text, List<Hit> hits, int from, int to, boolean atStart) {
        List<Hit> in = new ArrayList<>();
        for (Hit h : hits)
            if (h.start() >= from && h.end() <= to && topic(text, h))
                in.add(h);
        for (int k = 0; k < in.size(); k++) {
            Hit h = in.get(k);
            Hit next = k + 1 < in.size() ? in.get(k + 1) : null;
            if (next != null && next.start() >= h.end()) {
                String gap = text.substring(h.end(), next.start());
                if (MODIFIER_GAP.matcher(gap).matches())
                    continue;
                if (next.type().equals("Person") && !h.type().equals("Person") && ROLE_GAP.matcher(gap).matches())
                    h = next;
            }
            if (atStart && !ADVERBIAL_LEAD.matcher(text.substring(backTo(text, in.get(k).start(), SUBCLAUSE_END), in.get(k).start())).matches())
                continue;
            return h;
        }
        return null;
    }

    /** Whether a hit can stand as a topic: an instrument, event or actor not framed by 在…中/上 (在《X》框架下). */
    private static boolean topic(String text, Hit h) {
        if (!(h.isActor() || h.isInstrument() || h.isEvent()))
            return false;
        boolean framed = h.start() > 0 && text.charAt(h.start() - 1) == '在' || h.start() > 1 && text.startsWith("在《", h.start() - 2);
        return !(framed && FRAME_AFTER.matcher(text.substring(h.end())).lookingAt());
    }

    private static boolean hasActorAt(List<Hit> hits, int from, int to) {
        for (Hit h : hits)
            if (h.start() >= from && h.end() <= to && h.isActor())
                return true;
        return false;
    }

    /** 该框架提出…, 《指引》列出…: a bare head opening the clause refers to the instrument the discourse named last with it. */
    private static Hit referred(String text, List<Hit> hits, int clause, int sub, Discourse discourse) {
        List<Integer> starts = new ArrayList<>(List.of(sub));
        for (int i = sub - 2; i >= clause; i--)
            if ("，,".indexOf(text.charAt(i)) >= 0)
                starts.add(i + 1);
        starts.add(clause);
        for (int at : starts) {
            Matcher m = BARE_REFERENCE.matcher(text.substring(at));
            if (!m.lookingAt() || RelationRules.insideHit(hits, at + m.start(1)))
                continue;
            String word = m.group(1);
            for (int cut = word.length(); cut >= 1; cut--) { // 宣言主张…: the longest head that opens the sub-clause
                String w = word.substring(0, cut);
                if (Lexicon.genericHeads().contains(w)) {
                    Hit meant = TopicMemory.of(discourse).referred(w);
                    if (meant != null && meant.isInstrument())
                        return new Hit(meant.iri(), meant.top(), meant.type(), at + m.start(1), at + m.start(1) + cut, meant.rule());
                    break;
                }
            }
        }
        return null;
    }

    static Pattern modal() {
        return Lexicon.cached("enumerations|modal", () -> {
            List<String> w = new ArrayList<>();
            for (Lexicon.Row r : Lexicon.rows("modality-cues.tsv"))
                if (r.get("position").equals("before") && r.get("kind").matches("plan|forecast|hope|application|negation|conditional|question|proposal"))
                    w.add("(?:" + r.word() + ")");
            for (String n : cue("negates"))
                w.add(Pattern.quote(n));
            return Pattern.compile(String.join("|", w));
        });
    }

    /** A conjunction opening an item (以及C, 并D): it joins the item to the list and is no part of it. */
    private static final Pattern JOINING_LEAD = Pattern.compile("^(?:以及|并且|并|和|及|还有)");

    /** A title in 《》: a name, whose words are no cue. */
    private static final Pattern TITLE = Pattern.compile("《[^《》]{1,60}》");

    static final String MEANS = "means-cues.tsv";

    /**
     * 应当通过用户手册、车载显示面板等方式告知: a list closed by a head of means ({@code means-cues.tsv} head) with a verb of
     * means before its first item, in its sub-clause or glued to the item, lists the ways an act is done, no principles.
     */
    private static boolean byMeans(String text, int sub, Raw r) {
        if (!Lexicon.words(MEANS, "kind", "head").contains(r.head))
            return false;
        String lead = text.substring(Math.min(sub, r.items.get(0).start()), r.items.get(0).end());
        for (String v : Lexicon.words(MEANS, "kind", "verb"))
            if (lead.contains(v))
                return true;
        return false;
    }

    /** Why the list states nothing about its governor, or null. */
    private static String blocked(String text, int clause, int sub, int verbFrom, Raw r, int verbEnd, Hit governor) {
        String before = text.substring(0, r.start);
        int q = Math.max(before.lastIndexOf("问："), before.lastIndexOf("问:"));
        if (q >= 0 && q > Math.max(before.lastIndexOf("答："), before.lastIndexOf("答:")))
            return "question";
        if (Lexicon.cached("enumerations|reported", () -> Pattern.compile(alt(cue("reported")))).matcher(text.substring(clause, r.start)).find())
            return "reported";
        String tail = text.substring(r.end, Math.min(text.length(), r.end + 12));
        if (text.substring(sub, r.start).contains("随着") || tail.matches("^(?:的|等)?[^，。；]{0,6}背景下.*"))
            return "background";
        if (byMeans(text, sub, r))
            return "means";
        int until = Math.max(verbEnd, r.opened > 0 ? Math.min(r.opened, r.items.get(0).start()) : r.items.get(0).start());
        if (until <= verbFrom)
            return null;
        StringBuilder span = new StringBuilder(text.substring(verbFrom, until));
        if (governor != null && governor.start() >= verbFrom && governor.end() <= until)
            for (int i = governor.start(); i < governor.end(); i++)
                span.setCharAt(i - verbFrom, '　'); // the governor's own name (《行动计划》) is no cue
        Matcher title = TITLE.matcher(span);
        while (title.find())
            for (int i = title.start(); i < title.end(); i++)
                span.setCharAt(i, '　'); // nor a title's words (《…若干规定》: no condition), whether or not it is a hit yet
        if (modal().matcher(span).find())
            return "modal";
        if (governor != null && governor.start() < sub) { // 该国将出台新法，确立A、B原则: a plan in the governor's sub-clause scopes over the list
            int govSub = RelationRules.forwardTo(text, governor.end(), SUBCLAUSE_END);
            Matcher m = modal().matcher(text.substring(governor.end(), Math.min(govSub, r.start)));
            while (m.find())
                if (!verbs().containsKey(m.group()))
                    return "modal"; // 致力于, 推动: a verb of stance there, no plan
        }
        return null;
    }
}

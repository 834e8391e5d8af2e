package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The other items of a list one of whose items is a concept the schemes know (rule {@value #RULE}): in
 * 涵盖数据治理、性别平等、环境与生态系统等领域 the scheme knows 数据治理, so 性别平等 and 环境与生态系统, written in the same
 * slots of the same 、 list, are concepts of the same top concept (Issue or Principle). The mechanism reads
 * structure, not words: a list is a run of items separated by 、 (its last item may hold 和/及/以及 before a
 * last one) inside one sub-clause; the middle items are whole segments, the first item is the noun phrase
 * that ends its segment (the verb that takes it is left out: 加强数据安全 → 数据安全), the last one the noun
 * phrase that opens its segment (up to 等, 的, a count or a verb). An item is a concept only when it has the
 * shape of a noun phrase by the segmentation (no function word, pronoun, numeral or measure word, no name of a
 * place, body or person, no verb opening it), 与 inside it keeping it whole (CONVENTIONS: 安全与保障). A list
 * that holds an actor, instrument or event the registry knows, that mixes issues and principles, that has only one
 * known principle and does not qualify a noun before 的 (a principle is mostly a quality of two characters: one known beside
 * it says too little; 公平、公正、非歧视的环境 lists qualities), or that is a
 * background (concept-cues.tsv position background: 随着A、B发展) names no concept this way.
 */
final class ListSiblings {
    private ListSiblings() {}

    static final String RULE = "concept-list-sibling";

    /** The conjunctions that split the last piece of a 、 list into two items (grammar, as Enumerations has it; 与 joins one item's parts). */
    private static final Set<String> SPLITS = Set.of("和", "及", "以及");
    /** The shortest issue read this way (a principle may have two characters: 公平, 精准). */
    private static final int SHORTEST_ISSUE = 3;
    /** The longest item read as a concept; a longer run is a clause or a description. */
    private static final int LONGEST = 12;
    /** What ends a sub-clause, a title or a bracket: no list runs across it. */
    private static final String BOUNDS = RelationRules.SUBCLAUSE_END + "《》（）()";

    /** A concept named by a list with a known one: its label, span and top concept (Issue or Principle). */
    record Sibling(String label, int start, int end, String top) {}

    /** The siblings of known concepts in the lists of {@code text}; {@code registry} is the sentence's registry hits. */
    static List<Sibling> find(String text, List<Gazetteer.Hit> registry, Reference reference) {
        List<Sibling> out = new ArrayList<>();
        if (text.indexOf('、') < 0)
            return out;
        List<Term> terms = Segmenter.terms(text);
        int from = 0;
        while (from < text.length()) {
            int to = from;
            while (to < text.length() && BOUNDS.indexOf(text.charAt(to)) < 0)
                to++;
            if (to > from && text.substring(from, to).indexOf('、') >= 0)
                subClause(text, from, to, terms, registry, reference, out);
            from = to + 1;
        }
        return out;
    }

    /** The list of the sub-clause [from, to), when it has one with a known concept among its items. */
    private static void subClause(String text, int from, int to, List<Term> terms, List<Gazetteer.Hit> registry, Reference reference,
            List<Sibling> out) {
        for (String b : Lexicon.words("concept-cues.tsv", "position", "background"))
            if (text.substring(from, Math.min(text.length(), to + b.length() + 4)).contains(b))
                return; // 随着A、B发展, 在A、B背景下: a background, no concept the text speaks of
        List<int[]> segments = new ArrayList<>();
        int s = from;
        for (int i = from; i <= to; i++)
            if (i == to || text.charAt(i) == '、') {
                segments.add(new int[] {s, i});
                s = i + 1;
            }
        List<int[]> items = new ArrayList<>();
        int[] first = lastPhrase(text, terms, segments.get(0)[0], segments.get(0)[1]);
        if (first != null && !cutAfter(terms, first[0]))
            items.add(first);
        for (int k = 1; k < segments.size() - 1; k++) {
            int[] whole = trimmed(text, segments.get(k)[0], segments.get(k)[1]);
            if (!aligned(terms, whole[0], whole[1]) || !shaped(text, terms, whole[0], whole[1], registry, reference))
                return; // a middle piece that is no noun phrase: the 、 join clauses or names, no list of concepts
            items.add(whole);
        }
        int[] lastSeg = segments.get(segments.size() - 1);
        List<int[]> last = firstPhrases(text, terms, lastSeg[0], lastSeg[1]);
        if (!last.isEmpty() && endsWithSharedHead(terms, last.get(last.size() - 1)))
            last = last.subList(0, last.size() - 1); // 人权、民主和法治标准: the head may be every item's, the last item is not one of its own
        items.addAll(last);
        String top = null;
        int known = 0;
        for (Gazetteer.Hit h : registry) {
            if (h.span().end() <= from || h.span().start() >= to)
                continue;
            String t = topOf(h, reference);
            boolean isItem = items.stream().anyMatch(i -> i[0] == h.span().start() && i[1] == h.span().end());
            if (isItem && !"Issue".equals(t) && !"Principle".equals(t) || !isItem && t != null && !"Issue".equals(t) && !"Principle".equals(t)
                    && overlapsItem(items, h))
                return; // an actor, instrument or event in the list: a list of names, not of concepts
            if (!isItem || t == null)
                continue;
            if (top != null && !top.equals(t))
                return; // issues and principles mixed: no class to give the others
            top = t;
            known++;
        }
        int lastEnd = items.isEmpty() ? to : items.get(items.size() - 1)[1];
        boolean qualities = lastEnd < to && text.charAt(lastEnd) == '的'; // 公平、公正、非歧视的环境: the qualities of a noun
        if (top == null || "Principle".equals(top) && known < 2 && !qualities)
            return; // a principle is mostly a quality of two characters (稳健, 精准): one known beside it says too little
        for (int[] i : items) {
            if (knownAt(registry, i))
                continue;
            int st = ConceptFinder.afterObjectVerb(text, i[0], i[1]); // 打击网络诈骗: the issue is the verb's object
            for (String v : PrincipleLists.holding())
                if (text.startsWith(v, st) && i[1] - st - v.length() >= 2) {
                    st += v.length(); // 秉持开放 read as one word: the verb of holding is no part of the principle
                    break;
                }
            if (!shaped(text, terms, st, i[1], registry, reference) || opensWithVerb(terms, st) || "Issue".equals(top) && i[1] - st < SHORTEST_ISSUE
                    || i[1] - st == 2 && plainNoun(terms, st, i[1]))
                continue; // 数字, 网络, 可控: two characters name a field or a quality, too general for an issue found this way
            out.add(new Sibling(text.substring(st, i[1]), st, i[1], top));
        }
    }

    private static boolean overlapsItem(List<int[]> items, Gazetteer.Hit h) {
        for (int[] i : items)
            if (h.span().start() < i[1] && i[0] < h.span().end())
                return true;
        return false;
    }

    private static boolean knownAt(List<Gazetteer.Hit> registry, int[] i) {
        for (Gazetteer.Hit h : registry)
            if (h.span().start() < i[1] && i[0] < h.span().end())
                return true;
        return false;
    }

    private static String topOf(Gazetteer.Hit h, Reference reference) {
        if (h.entityIris().size() != 1)
            return null;
        Entity e = reference.entity(h.entityIris().iterator().next());
        return e == null ? null : reference.topClass(e.type());
    }

    /** A segment without its quotes and spaces. */
    private static int[] trimmed(String text, int s, int e) {
        while (s < e && "“「\"‘ 　".indexOf(text.charAt(s)) >= 0)
            s++;
        while (e > s && "”」\"’ 　".indexOf(text.charAt(e - 1)) >= 0)
            e--;
        return new int[] {s, e};
    }

    /** Whether the words of [s, e) begin and end at its edges. */
    private static boolean aligned(List<Term> terms, int s, int e) {
        boolean start = false;
        boolean end = false;
        for (Term t : terms) {
            start |= t.offset == s;
            end |= t.offset + t.word.length() == e;
        }
        return start && end;
    }

    /** Parts of speech that end a noun phrase read backwards or forwards: verbs, function words, numerals, places. */
    private static boolean stops(Term t) {
        String n = Segmenter.nature(t);
        if (t.word.equals("与"))
            return false; // 环境与生态系统: 与 joins the parts of one item
        return n.equals("v") || n.equals("vi") || n.equals("vshi") || n.equals("vyou") || n.equals("vf") || n.equals("vx") || n.equals("vg")
                || n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("d") || n.startsWith("r") || n.startsWith("m")
                || n.startsWith("q") || n.startsWith("w") || n.equals("f") || n.startsWith("y") || n.startsWith("e")
                || Lexicon.functionWords().contains(t.word);
    }

    /**
     * The noun phrase that ends [s, e): the words after the last verb, preposition or function word (涵盖数据治理 → 数据治理);
     * its last word may be a verb (数字化转型: a verbal head).
     */
    private static int[] lastPhrase(String text, List<Term> terms, int s, int e) {
        int start = e;
        for (int k = terms.size() - 1; k >= 0; k--) {
            Term t = terms.get(k);
            int te = t.offset + t.word.length();
            if (te > e)
                continue;
            if (t.offset < s || stops(t) && !(te == e && verbalHead(t)))
                break;
            start = t.offset;
        }
        int[] out = trimmed(text, start, e);
        return out[1] - out[0] >= 2 ? out : null;
    }

    /** A verb that may head a noun phrase after a noun (跨境流动, 数字化转型). */
    private static boolean verbalHead(Term t) {
        String n = Segmenter.nature(t);
        return (n.equals("v") || n.equals("vi")) && t.word.length() >= 2;
    }

    /**
     * The noun phrases that open [s, e): the words up to a verb, function word, 等, a count or a classifier head
     * (enumeration-heads.tsv: 等领域, 两个方面); a standalone 和/及/以及 inside splits them into two items (A和B等领域 → A, B).
     * The phrase counts only when the list closes right after it (等, 的, a count, a head, the sub-clause's end): a verb
     * after it (…犯罪活动提高了…) makes it a clause's subject, whose end the list does not mark.
     */
    private static List<int[]> firstPhrases(String text, List<Term> terms, int s, int e) {
        List<int[]> out = new ArrayList<>();
        int[] t0 = trimmed(text, s, e);
        int start = t0[0];
        int end = start;
        boolean closed = false;
        for (Term t : terms) {
            int te = t.offset + t.word.length();
            if (t.offset < start)
                continue;
            if (te > e)
                break;
            if (SPLITS.contains(t.word) && end > start) {
                out.add(new int[] {start, end});
                start = te;
                end = te;
                continue;
            }
            if (end > start && closes(t)) {
                closed = true;
                break;
            }
            if (stops(t) && !(verbalHead(t) && end > start) || t.word.equals("等"))
                break;
            end = te;
        }
        if (!closed && trimmed(text, end, e)[0] < e)
            return out; // the list's end unmarked: its last item is not read
        if (end - start >= 2)
            out.add(new int[] {start, end});
        return out;
    }

    /** Whether the item's last word is one that may head the whole list (list-cues.tsv kind shared-head). */
    private static boolean endsWithSharedHead(List<Term> terms, int[] item) {
        for (Term t : terms)
            if (t.offset + t.word.length() == item[1])
                return t.offset > item[0] && ListCues.sharedHead(t.word);
        return false;
    }

    /** Whether a word right after the last item closes the list: 等, 的, a count, a classifier head. */
    private static boolean closes(Term t) {
        String n = Segmenter.nature(t);
        return t.word.equals("等") || t.word.equals("的") || n.startsWith("m") || Enumerations.heads().containsKey(t.word);
    }

    /**
     * Whether the first item starts after a word that leaves it no name of its own: 的 (数字技术的通用性: a qualified head,
     * too general alone) or a one-character verb (可负担连接 cut after 可).
     */
    private static boolean cutAfter(List<Term> terms, int start) {
        for (Term t : terms)
            if (t.offset + t.word.length() == start)
                return t.word.equals("的") || t.word.length() == 1 && Segmenter.nature(t).startsWith("v");
        return false;
    }

    /** Whether a two-character principle is one noun (数据, 能力, 责任): a thing, no quality held to. */
    private static boolean plainNoun(List<Term> terms, int s, int e) {
        for (Term t : terms)
            if (t.offset == s)
                return t.word.length() == e - s && Segmenter.nature(t).equals("n");
        return false;
    }

    /** Whether the first word of the phrase at {@code s} is a verb (泛化国家安全概念): a practice or a clause, no noun phrase. */
    private static boolean opensWithVerb(List<Term> terms, int s) {
        for (Term t : terms)
            if (t.offset == s)
                return Segmenter.nature(t).equals("v");
        return false;
    }

    /** Whether [s, e) has the shape of a concept's name: 2 to {@value #LONGEST} Han characters, a noun phrase with no name in it. */
    private static boolean shaped(String text, List<Term> terms, int s, int e, List<Gazetteer.Hit> registry, Reference reference) {
        if (e - s < 2 || e - s > LONGEST)
            return false;
        String label = text.substring(s, e);
        if (!label.matches("[\\u4e00-\\u9fff]+") || label.contains("的") || ConceptFinder.bare(label) || ConceptFinder.namesText(label)
                || SubjectFrames.party(label))
            return false;
        for (Term t : terms) {
            int te = t.offset + t.word.length();
            if (te <= s || t.offset >= e)
                continue;
            if (t.offset < s || te > e || t.word.equals("等") || stops(t) && !(verbalHead(t) && t.offset > s && te == e))
                return false;
            String n = Segmenter.nature(t);
            if (n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nis") || n.startsWith("nnt"))
                return false;
        }
        for (Gazetteer.Hit h : registry) {
            String t = topOf(h, reference);
            if (h.span().start() < e && s < h.span().end() && t != null && !"Issue".equals(t) && !"Principle".equals(t))
                return false; // 中国人工智能治理: a name of an actor or a text inside
        }
        return true;
    }
}

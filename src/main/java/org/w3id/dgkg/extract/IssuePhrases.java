package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Issues no scheme names, read from the slots where news prose names what a text or meeting covers
 * (rule {@value #RULE}): the object of a verb of regulating, protecting, countering or covering
 * ({@code issue-slots.tsv} position verb: 规范…, 保障…, 防范…, 打击…, 聚焦…, 涉及…), each item of such an
 * object when it is a list (打击网络诈骗、数据窃取和勒索软件), and the phrase a word of kind closes
 * (…问题, …风险: position kind). A candidate is a run of nouns the segmenter cuts at verbs, function
 * words and punctuation; a qualifier before 的 is left out, and so is the word of kind. It is an issue
 * only when its head, its last word, is the head of issue labels ({@code issue-heads.tsv}, derived from
 * {@code ontology/issues.ttl} and the development gold's issue labels: …安全, …保护, …鸿沟, …泄露) and
 * something stands before the head (网络犯罪, not 犯罪 alone). A phrase a scheme names is matched by
 * the gazetteer all the same; this class only finds the others, and never where an older rule already
 * read a concept.
 */
final class IssuePhrases {
    private IssuePhrases() {}

    static final String RULE = "issue-phrase";

    /** The longest phrase taken: the longest label of the conventions (关键信息基础设施供应链安全) has twelve characters. */
    private static final int MAX = 12;

    static void find(String text, List<ConceptFinder.Concept> out) {
        List<Term> terms = Segmenter.terms(text);
        Set<String> verbs = Lexicon.words("issue-slots.tsv", "position", "verb");
        Set<String> kinds = Lexicon.words("issue-slots.tsv", "position", "kind");
        Set<String> closes = Lexicon.words("issue-slots.tsv", "position", "closes");
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            String verb = slotWord(t, verbs);
            if (verb != null && slotVerb(terms, i))
                objectItems(text, terms, i + 1, kinds, countering().contains(verb), found);
            else if (closes.contains(t.word) && i > 0 && !terms.get(i - 1).word.equals("等"))
                before(text, terms, i, kinds, found);
        }
        listSlots(text, terms, found);
        rights(text, terms, found);
        for (int[] f : found)
            if (out.stream().noneMatch(c -> c.start() < f[1] && f[0] < c.end())
                    && found.stream().noneMatch(g -> g != f && g[0] <= f[0] && f[1] <= g[1] && g[1] - g[0] > f[1] - f[0]))
                out.add(new ConceptFinder.Concept(text.substring(f[0], f[1]), f[0], f[1], "Issue", RULE));
        SlotLists.find(text, out); // last: the items of lists in strong slots whatever their heads, where no older rule read one
    }

    /**
     * The lists whose items the prose names as topics, whatever their heads: closed by 等, a short qualifier and a word
     * of field (A、B等新兴议题, A和B等重点领域), taken by 就 before a verb of discussing (就A、B和C交换了意见), or given as
     * the topics of a meeting or text (议题包括A、B和C; issue-slots.tsv positions field, discuss, topic).
     */
    private static void listSlots(String text, List<Term> terms, List<int[]> found) {
        java.util.regex.Pattern[] slots = Lexicon.cached("IssuePhrases|list-slots", () -> {
            String fields = String.join("|", Lexicon.words("issue-slots.tsv", "position", "field"));
            String discuss = String.join("|", Lexicon.words("issue-slots.tsv", "position", "discuss"));
            String topics = String.join("|", Lexicon.words("issue-slots.tsv", "position", "topic"));
            return new java.util.regex.Pattern[] {
                java.util.regex.Pattern.compile("(?<=[\\u4e00-\\u9fff”])(?:等|[两三四五六七八九十]大)[\\u4e00-\\u9fff]{0,4}?(?:" + fields + ")"),
                java.util.regex.Pattern.compile("就([^，。；：,;:]{4,80}?)(?:等[\\u4e00-\\u9fff]{0,4}?(?:" + fields + "))?(?:" + discuss + ")"),
                java.util.regex.Pattern.compile("(?:" + topics + ")([^，。；：,;:]{4,80}?)(?:等[\\u4e00-\\u9fff]{0,4}?(?:" + fields + "))?(?=[，。；,;]|$)")};
        });
        java.util.regex.Matcher q = slots[0].matcher(text);
        while (q.find()) {
            items(text, terms, listStart(text, terms, q.start()), q.start(), found);
        }
        java.util.regex.Matcher d = slots[1].matcher(text);
        while (d.find())
            items(text, terms, d.start(1), d.end(1), found);
        java.util.regex.Matcher t = slots[2].matcher(text);
        while (t.find())
            items(text, terms, t.start(1), t.end(1), found);
    }

    /**
     * 人人享有获取信息和知识的权利: before 的 and a word for a right (issue-slots.tsv position right), a verb of access (position
     * right-verb) and the nouns it takes, 和/与/及/、 between them, name what the right is to: that access is the issue, the verb
     * kept (获取信息和知识). Another verb there (制定本国法律的权利) or no noun after the verb gives nothing.
     */
    private static void rights(String text, List<Term> terms, List<int[]> found) {
        Set<String> rights = Lexicon.words("issue-slots.tsv", "position", "right");
        Set<String> access = Lexicon.words("issue-slots.tsv", "position", "right-verb");
        for (int r = 2; r < terms.size(); r++) {
            if (!rights.contains(terms.get(r).word) || !terms.get(r - 1).word.equals("的"))
                continue;
            int k = r - 2;
            int nouns = 0;
            while (k >= 0 && (nominal(terms.get(k), false) && (!Segmenter.nature(terms.get(k)).startsWith("v") || Segmenter.nature(terms.get(k)).equals("vn"))
                    || SEPARATORS.contains(terms.get(k).word) || terms.get(k).word.equals("与"))) {
                if (Segmenter.nature(terms.get(k)).startsWith("n"))
                    nouns++;
                k--;
            }
            if (k < 0 || k == r - 2 || nouns == 0 || !access.contains(terms.get(k).word) || SEPARATORS.contains(terms.get(k + 1).word))
                continue;
            int s = terms.get(k).offset;
            int e = terms.get(r - 1).offset;
            if (e - s >= 4 && e - s <= MAX && !text.substring(s, e).matches(".*[\\dA-Za-z%].*"))
                found.add(new int[] {s, e});
        }
    }

    /** What ends a list on its left: punctuation, and the words of issue-slots.tsv position opens. */
    private static final String LIST_PUNCT = "，。；：,;:！？!?（）()“”《》\n";

    /**
     * Where the list that ends at {@code end} starts: after the last punctuation before it and after the last word that
     * opens a list's clause (在, 围绕, 涵盖…). Those are words of the sentence's segmentation, not characters: 及 in 涉及
     * opens a list, 及 between two items (影响评估及消费者告知) does not.
     */
    private static int listStart(String text, List<Term> terms, int end) {
        int start = end;
        while (start > 0 && LIST_PUNCT.indexOf(text.charAt(start - 1)) < 0)
            start--;
        Set<String> opens = Lexicon.words("issue-slots.tsv", "position", "opens");
        int from = start;
        for (Term t : terms) {
            int te = t.offset + t.word.length();
            if (t.offset >= from && te <= end && opens.contains(t.word))
                start = Math.max(start, te);
        }
        return afterLeadingVerbs(terms, start, end);
    }

    /**
     * 拟放宽A和B等方面, 加快推进A、B等工作: a run of two verbs or adverbs or more that opens the list's first item is the
     * clause's predicate, none of the item; one verb alone may be the item's first word (计算设施本地化) and stays.
     */
    private static int afterLeadingVerbs(List<Term> terms, int start, int end) {
        int at = start;
        int run = 0;
        for (Term t : terms) {
            int te = t.offset + t.word.length();
            if (t.offset < at || te > end)
                continue;
            String n = Segmenter.nature(t);
            if (t.offset != at || SEPARATORS.contains(t.word) || !(n.startsWith("v") && !n.equals("vn") || n.startsWith("d")))
                break;
            at = te;
            run++;
        }
        return run >= 2 && at < end ? at : start;
    }

    /**
     * The items of the list [start, end) (、, 和, 及, 以及 between them) that name a field: no 的, no name of a party, 3 to
     * {@value #MAX} characters. An item that is none is left out and the others kept, two at least (双边关系、共同关心的问题
     * names one field only: none).
     */
    private static void items(String text, List<Term> terms, int start, int end, List<int[]> found) {
        List<int[]> items = ConceptFinder.split(text.substring(start, end), "、|以及|和|及");
        if (items.size() < 2)
            return;
        List<int[]> ok = new ArrayList<>();
        int named = 0;
        for (int[] i : items) {
            int s = start + i[0];
            int e = start + i[1];
            s = ConceptFinder.afterObjectVerb(text, s, e);
            String label = text.substring(s, e);
            if (e - s < 3 || e - s > MAX || label.contains("的") || label.matches(".*[\\dA-Za-z%].*") || ConceptFinder.bare(label)
                    || ConceptFinder.namesText(label) || SubjectFrames.party(label))
                continue; // one item that is no field (too long, a digit, a party) is left out, not the list
            if (!ConceptFinder.nameless(terms, s, e))
                named++; // 数字政府: the segmenter tags 政府 as an institution; the item is left out, not the list
            else
                ok.add(new int[] {s, e});
        }
        if (named <= 1 && ok.size() >= 2)
            found.addAll(ok);
    }

    /** The items of the object that starts at term {@code j}: noun runs, 、/和/及/以及 between them. */
    private static void objectItems(String text, List<Term> terms, int j, Set<String> kinds, boolean countering, List<int[]> found) {
        boolean firstItem = true;
        while (j < terms.size()) {
            if (leads().contains(terms.get(j).word) && j + 1 < terms.size())
                j++; // 促进A和保护B: the verb of an item is no part of its issue
            int s = terms.get(j).offset;
            int k = j;
            int nounsEnd = -1; // where the nouns end when a verb closes the item
            while (k < terms.size() && !kinds.contains(terms.get(k).word)) {
                Term t = terms.get(k);
                if (t.word.equals("的") && k > j) {
                    if (k + 1 < terms.size() && (builtThing(terms.get(k + 1).word) || s == terms.get(j).offset && firstItem && !headedRun(text, terms, k + 1))
                            && acceptedBefore(text, terms, s, t.offset, found))
                        return; // 建立保障供应安全的框架, 保护儿童上网安全的重要一步: the slot verb governs the nouns before 的 (the verb
                                // and its object qualify the noun after it), and they are the issue
                    s = t.offset + 1; // 具有系统性风险的平台: the qualifier before 的 is left out
                    k++;
                    continue;
                }
                if (!nominal(t, k == j)) {
                    if (k > j && (closingVerb(terms, k) || countering && harmVerb(terms, k))) {
                        nounsEnd = t.offset;
                        k++; // 深度伪造、个人信息泄露等: a verb ends the item of a list (the noun and the verb name the issue)
                    }
                    break;
                }
                k++;
            }
            if (k == j)
                return;
            int e = terms.get(k - 1).offset + terms.get(k - 1).word.length();
            if (k < terms.size() && Segmenter.nature(terms.get(k)).startsWith("d"))
                return; // 公共部门数据再利用: an adverb inside the phrase, whose end is not known
            if (!accept(text, terms, s, e, found) && countering && k < terms.size() && acts().contains(terms.get(k).word))
                acceptDoing(text, terms, s, e, found); // 反对网络间谍活动: the nouns before a word for doings name the harm
            else if (!accept(text, terms, s, e, found) && (kindAfter(terms, k, kinds) || countering && !closedByDeng(text, e)))
                acceptNamedByKind(text, terms, s, e, found); // 打击电信网络诈骗: what a verb of countering takes is a harm, named by what happens
            else if (nounsEnd > s && found.stream().noneMatch(f -> f[1] == e))
                accept(text, terms, s, nounsEnd, found); // 防范半导体供应链中断: the nouns are the issue when noun and verb are none
            if (k < terms.size() && kinds.contains(terms.get(k).word))
                k++; // 打击网络犯罪问题、…: the word of kind closes the item
            if (k + 1 < terms.size() && SEPARATORS.contains(terms.get(k).word)) {
                j = k + 1;
                firstItem = false;
            }
            else
                return;
        }
    }

    /**
     * Whether the verb at term {@code k} closes an item of a list that a word of kind closes (深度伪造、个人信息泄露等风险,
     * 芯片短缺问题): the item is a noun and what happens to it. Without the word of kind the verb may be the list's own
     * (加强渔船维护和港口管理), and the item stops before it.
     */
    private static boolean closingVerb(List<Term> terms, int k) {
        if (!Segmenter.nature(terms.get(k)).startsWith("v") || terms.get(k).word.length() < 2 || Lexicon.functionWords().contains(terms.get(k).word))
            return false;
        if (k + 1 >= terms.size() || !SEPARATORS.contains(terms.get(k + 1).word) && !terms.get(k + 1).word.equals("等")
                && !Lexicon.words("issue-slots.tsv", "position", "closes").contains(terms.get(k + 1).word))
            return false;
        for (int i = k + 1; i < terms.size() && (terms.get(i).word.equals("、") || !Segmenter.nature(terms.get(i)).startsWith("w")); i++)
            if (kindAfter(terms, i, Set.of()))
                return true;
        return false;
    }

    /**
     * Whether the verb at term {@code k} ends an item of what a verb of countering takes (打击网络赌博、身份盗用。, 防范网络钓鱼和…):
     * a verb of two characters or more after the item's nouns that ends the item, a separator, 等 or a punctuation mark
     * after it. The harm is named by what happens to the noun; the verb of an item that goes on (打击网络犯罪活动) is no end.
     */
    private static boolean harmVerb(List<Term> terms, int k) {
        Term t = terms.get(k);
        if (!Segmenter.nature(t).startsWith("v") || t.word.length() < 2 || Lexicon.functionWords().contains(t.word))
            return false;
        if (k + 1 >= terms.size())
            return true;
        Term next = terms.get(k + 1);
        return SEPARATORS.contains(next.word) || next.word.equals("等") || Segmenter.nature(next).startsWith("w");
    }

    /** A text, body or means the clause before 的 describes (框架, 协定, 机制): the verb before it acts inside that clause. */
    private static boolean builtThing(String word) {
        return Lexicon.genericHeads().contains(word) || tails().contains(word);
    }

    /**
     * Whether the noun run that starts at term {@code k} ends with a head of issue labels: then it is the verb's object and
     * what stands before 的 only qualifies it (维护全球航运数据的供应链安全 → 供应链安全).
     */
    private static boolean headedRun(String text, List<Term> terms, int k) {
        int end = -1;
        for (int i = k; i < terms.size() && nominal(terms.get(i), i == k); i++)
            end = terms.get(i).offset + terms.get(i).word.length();
        if (end < 0)
            return false;
        String run = text.substring(terms.get(k).offset, end);
        for (String h : heads())
            if (run.endsWith(h))
                return true;
        return false;
    }

    /** Whether [s, e) before 的 is an issue: then it is taken, and the noun after 的 is what the clause builds. */
    private static boolean acceptedBefore(String text, List<Term> terms, int s, int e, List<int[]> found) {
        int size = found.size();
        accept(text, terms, s, e, found);
        return found.size() > size;
    }

    /** Whether the list that goes on at {@code at} is closed by 等 before its sub-clause ends (防范A、B和C等危害: SlotLists reads it). */
    private static boolean closedByDeng(String text, int at) {
        for (int i = at; i < text.length() && "，。；：,;:！？!?\n".indexOf(text.charAt(i)) < 0; i++)
            if (text.charAt(i) == '等')
                return true;
        return false;
    }

    /**
     * The slot verb the word at term {@code t} is: the word itself, or a verb the segmenter keeps whole with an adverb of
     * one or two characters before the slot verb (严厉打击, 坚决打击, 有效防范: tagged a verb, the slot verb its end).
     */
    private static String slotWord(Term t, Set<String> verbs) {
        if (verbs.contains(t.word))
            return t.word;
        if (!Segmenter.nature(t).equals("v"))
            return null;
        for (int cut = 1; cut <= 2 && t.word.length() - cut >= 2; cut++)
            if (verbs.contains(t.word.substring(cut)) && !Lexicon.functionWords().contains(t.word.substring(0, cut)))
                return t.word.substring(cut);
        return null;
    }

    /** The verbs of countering (concept-cues.tsv position counters: 打击, 防范, 免受…) whose object is a harm done. */
    private static Set<String> countering() {
        return Lexicon.cached("issue-phrase-countering", () -> {
            Set<String> out = new java.util.HashSet<>(Lexicon.words("concept-cues.tsv", "position", "counters"));
            out.addAll(Lexicon.words("issue-slots.tsv", "position", "counters"));
            return Set.copyOf(out);
        });
    }

    /** The words of kind for doings (issue-slots.tsv position act: 活动, 行为). */
    private static Set<String> acts() {
        return Lexicon.words("issue-slots.tsv", "position", "act");
    }

    private static final Pattern DIGIT_OR_LATIN = Pattern.compile("[\\dA-Za-z%]");

    /** A phrase that may name a harm: four characters up to the longest label, no digits or Latin, no bare word, no text's name, not scope words alone. */
    private static boolean plainPhrase(String text, List<Term> terms, int s, int e) {
        if (e - s < 4 || e - s > MAX)
            return false;
        String label = text.substring(s, e);
        return !DIGIT_OR_LATIN.matcher(label).find() && !ConceptFinder.bare(label) && !ConceptFinder.namesText(label) && !onlyScope(terms, s, e);
    }

    /**
     * 防范网络间谍活动, 打击电信诈骗犯罪活动: the nouns a verb of countering takes before a word for doings are a harm, two words
     * at least and four characters at least, the first a noun that is no word of reach and no bare word (相关活动, 违法行为 give none).
     */
    private static void acceptDoing(String text, List<Term> terms, int s, int e, List<int[]> found) {
        if (!plainPhrase(text, terms, s, e))
            return;
        Set<String> scope = Lexicon.words("issue-slots.tsv", "position", "scope");
        int words = 0;
        for (Term t : terms)
            if (t.offset >= s && t.offset < e) {
                if (t.offset + t.word.length() > e || words == 0 && (!Segmenter.nature(t).startsWith("n") || ConceptFinder.bare(t.word) || scope.contains(t.word)))
                    return;
                words++;
            }
        if (words >= 2 && namesDoer(text.substring(s, e)))
            found.add(new int[] {s, e});
    }

    /**
     * Whether the words before a word for doings (活动, 行为) name the doing themselves (网络间谍, 数据出境, 电信诈骗犯罪) rather
     * than only the field it happens in: a last word that is a noun and a head of issue labels (恶意网络活动: 网络) qualifies
     * the doings, which then stay in the name.
     */
    static boolean namesDoer(String label) {
        List<Term> t = Segmenter.terms(label);
        if (t.isEmpty())
            return false;
        Term last = t.get(t.size() - 1);
        return !(Segmenter.nature(last).startsWith("n") && heads().contains(last.word));
    }

    /** The verbs an item of a list may open with: the slot verbs and the verbs of pursuing and countering (concept-cues.tsv). */
    private static Set<String> leads() {
        return Lexicon.cached("issue-phrase-leads", () -> {
            Set<String> out = new java.util.HashSet<>(Lexicon.words("issue-slots.tsv", "position", "verb"));
            out.addAll(ConceptFinder.objectVerbs());
            return Set.copyOf(out);
        });
    }

    /**
     * Whether the cue word at term {@code i} acts as a verb: a verb or preposition (针对), or a verbal noun (防范) that opens
     * its phrase; a verbal noun after a noun closes a name (个人信息保护) and takes no object.
     */
    private static boolean slotVerb(List<Term> terms, int i) {
        String n = Segmenter.nature(terms.get(i));
        if (n.equals("vn"))
            return i == 0 || !nominal(terms.get(i - 1), true)
                    || countering().contains(terms.get(i).word) && Segmenter.nature(terms.get(i - 1)).equals("vn")
                            && (i < 2 || !nominal(terms.get(i - 2), true)); // 应合作防范网络钓鱼: after a lone verbal noun (no name's end) it governs
        return n.startsWith("v") || n.startsWith("p");
    }

    private static final Set<String> SEPARATORS = Set.of("、", "和", "及", "以及");

    /** The noun run right before the word of kind at term {@code k}: 算法歧视问题 → 算法歧视. */
    private static void before(String text, List<Term> terms, int k, Set<String> kinds, List<int[]> found) {
        int e = terms.get(k).offset;
        int j = k;
        while (j > 0 && nominal(terms.get(j - 1), false) && !kinds.contains(terms.get(j - 1).word) && e - terms.get(j - 1).offset <= MAX)
            j--;
        if (j > 0 && terms.get(j - 1).word.equals("在"))
            return; // 在X问题上，…: a frame, whose issue SubjectFrames reads when a text is its subject (就X问题作出规定 is a slot)
        if (j + 1 < k && leads().contains(terms.get(j).word) && Segmenter.nature(terms.get(j)).startsWith("v"))
            j++; // 有效防范个人信息泄露风险: a verb of countering the segmenter tags as a verbal noun governs the phrase, no part of it
        if (j < k)
            accept(text, terms, terms.get(j).offset, e, found);
    }

    /**
     * A word that may stand in an issue's noun phrase: a noun (no name of a person, place or body), a verbal noun, an
     * idiom or abbreviation, a distinguishing word; a verb only when it is the head of issue labels (泄露, 共享).
     */
    private static boolean nominal(Term t, boolean first) {
        String n = Segmenter.nature(t);
        if (Lexicon.functionWords().contains(t.word) || n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.equals("nx"))
            return false;
        if (n.startsWith("n") || n.equals("vn") || n.equals("gi") || n.equals("j") || n.equals("l") || n.equals("b") || n.equals("an"))
            return true;
        return !first && n.startsWith("v") && heads().contains(t.word);
    }

    /**
     * [s, e) is an issue when its last word is an issue head and something stands before the head. A last word that makes
     * the phrase a means or a duty (…机制, …程序, …要求: concept-cues.tsv position measure, subject-frames.tsv position
     * not-head; not a product or service, 信息技术产品 is no 信息技术) is left out first: 年龄验证机制 is about 年龄验证.
     */
    private static boolean accept(String text, List<Term> terms, int s, int e, List<int[]> found) {
        for (String tail : tails())
            if (e - s > tail.length() + 2 && text.startsWith(tail, e - tail.length()) && wordAt(terms, e - tail.length(), tail)) {
                e -= tail.length();
                break;
            }
        if (e - s < 3 || e - s > MAX)
            return false;
        String label = text.substring(s, e);
        if (label.matches(".*[\\dA-Za-z%].*") || ConceptFinder.bare(label) || ConceptFinder.namesText(label))
            return false;
        for (String h : heads())
            if (label.endsWith(h) && label.length() > h.length() && headAt(terms, e - h.length(), e)
                    && !ConceptFinder.bare(label.substring(0, label.length() - h.length())) && !onlyScope(terms, s, e - h.length())) {
                found.add(new int[] {s, e});
                return true;
            }
        return false;
    }

    /** Whether a word of kind (问题, 风险), or 等 and one, follows the item that ends before term {@code k}. */
    private static boolean kindAfter(List<Term> terms, int k, Set<String> kinds) {
        if (k < terms.size() && terms.get(k).word.equals("等"))
            k++;
        return k < terms.size() && Lexicon.words("issue-slots.tsv", "position", "closes").contains(terms.get(k).word);
    }

    /**
     * 应对芯片短缺问题, 防范深度伪造、…等风险: the object of a slot verb that a word of kind closes is named as an issue twice
     * over, so its head need not be a head of issue labels; it still has two words or more, four characters or more, opens
     * with a noun that is no word of reach (国际, 全球) and ends with a verb, what happens to the noun.
     */
    private static void acceptNamedByKind(String text, List<Term> terms, int s, int e, List<int[]> found) {
        if (!plainPhrase(text, terms, s, e))
            return;
        Set<String> scope = Lexicon.words("issue-slots.tsv", "position", "scope");
        int words = 0;
        Term last = null;
        for (Term t : terms)
            if (t.offset >= s && t.offset < e) {
                if (t.offset + t.word.length() > e || words == 0 && !Segmenter.nature(t).startsWith("n") && !Segmenter.nature(t).equals("vn"))
                    return;
                if (words == 0 && (ConceptFinder.bare(t.word) || scope.contains(t.word)
                        || Lexicon.words("concept-cues.tsv", "position", "vague").contains(t.word)))
                    return; // 避免机制重叠: a vague first word (机制, 环境) names no harm
                words++;
                last = t;
            }
        // the last word says what happens (芯片短缺, 情报获取); a noun or a quality there (全球性数字, 数字全球化新型) is no issue's name
        if (words >= 2 && Segmenter.nature(last).startsWith("v"))
            found.add(new int[] {s, e});
    }

    /** Whether the words before the head only say how far it reaches (国际合作, 全球治理: issue-slots.tsv position scope). */
    private static boolean onlyScope(List<Term> terms, int s, int e) {
        Set<String> scope = Lexicon.words("issue-slots.tsv", "position", "scope");
        for (Term t : terms)
            if (t.offset >= s && t.offset < e && !scope.contains(t.word))
                return false;
        return true;
    }

    /**
     * Whether the head [at, end) is a word of the segmentation or the end of a compound the segmenter keeps whole, two
     * words long at least (数据共享, 网络安全): not the end of a shorter word (公安全 is no …安全).
     */
    private static boolean headAt(List<Term> terms, int at, int end) {
        for (Term t : terms)
            if (t.offset == at || t.offset < at && t.offset + t.word.length() == end && at - t.offset >= 2)
                return true;
        return false;
    }

    /**
     * Whether the phrase [start, end) begins with a name the registry knows and goes on past it with more than a head
     * that makes compounds of issues (issue-heads.tsv column compounds: 个人信息 + 保护, 跨境数据 + 流动): then it
     * joins a known issue to other words (人工智能能力建设国际合作, 数字基础设施建设), and the known issue is the one the text names.
     */
    static boolean extendsKnown(String text, int start, int end, List<Gazetteer.Hit> registry) {
        for (Gazetteer.Hit h : registry)
            if (h.span().start() == start && h.span().end() < end && !compoundHeads().contains(text.substring(h.span().end(), end)))
                return true;
        return false;
    }

    /** The heads with two compounds or more among the labels: a known issue and this head are an issue of their own. */
    static Set<String> compoundHeads() {
        return Lexicon.cached("issue-compound-heads", () -> {
            Set<String> out = new java.util.HashSet<>();
            for (Lexicon.Row r : Lexicon.rows("issue-heads.tsv"))
                if (Integer.parseInt(r.get("compounds")) >= 2)
                    out.add(r.word());
            return Set.copyOf(out);
        });
    }

    private static boolean wordAt(List<Term> terms, int at, String word) {
        for (Term t : terms)
            if (t.offset == at)
                return t.word.equals(word);
        return false;
    }

    /** The words that make an issue the modifier of a means or a duty (…机制, …程序, …要求). */
    private static Set<String> tails() {
        return Lexicon.cached("issue-phrase-tails", () -> {
            Set<String> out = new java.util.HashSet<>();
            out.addAll(Lexicon.words("concept-cues.tsv", "position", "measure"));
            out.addAll(Lexicon.words("subject-frames.tsv", "position", "not-head"));
            return Set.copyOf(out);
        });
    }

    static Set<String> heads() {
        return Lexicon.words("issue-heads.tsv", null, null);
    }
}

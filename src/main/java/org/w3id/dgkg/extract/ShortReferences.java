package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short-reference stage of running text: a word that is no name of its own but points back at an instrument the
 * document named in full. Two shapes, both resolved to an instrument named before, never made an entity of their own:
 * <ul>
 * <li>a pointing word and a generic head (该公约, 这一协定, 上述宣言, 該條例): the instrument of that kind the
 * document named last ({@link GenericHeads#referent});</li>
 * <li>a bare head standing alone as a word (部长委员会通过公约, 条例草案由保安局提交): the one instrument with that head
 * ({@code reference-heads.tsv}) the document has named, and nothing when it has named two, or none.</li>
 * </ul>
 * The same references written as titles (《办法》, （以下简称《规定》）) are read where titles are read
 * ({@link MentionFinder}, with {@link GenericHeads}); a short name the text declares for a name (（以下简称“数据法”）)
 * is learned as an alias ({@link AliasLearner}). One object per document: it remembers the instruments named so far.
 */
final class ShortReferences {
    static final String RULE = GenericHeads.RULE;
    /** Heads that, standing alone as a word, refer to the one instrument of that kind the document named. */
    static final String BARE_HEADS = "reference-heads.tsv";

    /** A pointing word, then a generic head (generic-heads.tsv) of an instrument kind. */
    private static volatile Pattern pointing;
    /** 因此, 如此, 彼此: a pointing word as the end of another word (reference-heads.tsv kind word-with-pointer) points at nothing. */
    private static boolean endsWordBefore(String text, int at, String pointer) {
        for (String w : Lexicon.words(BARE_HEADS, "kind", "word-with-pointer"))
            if (w.endsWith(pointer) && at >= w.length() - pointer.length() && text.startsWith(w, at - (w.length() - pointer.length())))
                return true;
        return false;
    }

    /** What a bill adds to the name of the text it proposes (条例草案 is the 条例 in the making): reference-heads.tsv kind draft. */
    private static int draftAt(String text, int at) {
        for (String d : Lexicon.words(BARE_HEADS, "kind", "draft"))
            if (text.startsWith(d, at))
                return d.length();
        return 0;
    }

    /**
     * Right before a bare head: it is qualified (reference-heads.tsv kind qualifier), so it is a kind or another text
     * (各国的法案, 相关公约, 两项公约, 新条例, A和B等协定), not the one the document named.
     */
    private static Pattern qualifiedBefore() {
        return CueWords.pattern("ShortReferences|qualified", () -> CueWords.any(BARE_HEADS, "qualifier") + "[\\p{IsHan}]{0,2}$");
    }
    /** An open list (A、B等) earlier in the head's clause: the head is one text per item, several texts. */
    private static final Pattern OPEN_LIST_IN_CLAUSE = Pattern.compile("、[^、，,。；;：:]{1,12}等");

    /** Where the clause of the character at {@code at} starts (after the last comma, semicolon, colon or full stop). */
    private static int clauseStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && "，,。；;：:！？".indexOf(text.charAt(i)) < 0)
            i--;
        return i + 1;
    }

    /** Parts of speech of the word right before a bare head after which a head starts a noun phrase of its own. */
    private static final Pattern OPENS_PHRASE = Pattern.compile("^(?:v|p|c|w|d|vn|vi|vf|vshi|vyou|ude3|ule|uguo|f).*");

    private final Map<String, Entity> byIri;
    private final List<String> recent = new ArrayList<>();

    ShortReferences(Map<String, Entity> byIri) {
        this.byIri = byIri;
    }

    /** {@code hits} of {@code text} with its short references to instruments added; remembers its instruments. */
    List<Hit> resolve(String text, List<Hit> hits) {
        List<Hit> added = new ArrayList<>();
        WordBoundaries words = null;
        for (Matcher m = pointing().matcher(text); m.find();) {
            if (endsWordBefore(text, m.start(), m.group(1)))
                continue;
            if (m.end() < text.length() && Character.isIdeographic(text.charAt(m.end())) && continuesWord(text, m.end()))
                continue; // 该协定书, 该法案组: the head is the start of a longer word
            if (taken(hits, added, m.start(), m.end()))
                continue;
            Entity e = GenericHeads.referent(m.group(2), GenericHeads.namedBefore(recent, hits, m.start()), byIri);
            if (e != null)
                added.add(hit(e, m.start(), m.end()));
        }
        for (Matcher m = pointingAtBody().matcher(text); m.find();) {
            if (m.end() < text.length() && Character.isIdeographic(text.charAt(m.end())) && !startsWord(text, m.end()))
                continue; // 该委员会主席 is a person; 该机构的 is fine: what follows starts a word of its own
            if (taken(hits, added, m.start(), m.end()))
                continue;
            if (unnamedBefore(text, hits, m.group(2), m.start()))
                continue; // 建立一个三方咨询小组，该小组…: the body just set up, which has no name we know
            Entity e = lastBodyEndingWith(m.group(2), bodiesBefore(hits, m.start()));
            if (e != null)
                added.add(new Hit(e.iri(), "Actor", e.type().replaceAll(".*#", ""), m.start(), m.end(), BodyReferences.RULE));
        }
        for (String head : bareHeads()) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                int end = at + head.length() + draftAt(text, at + head.length());
                if (taken(hits, added, at, end) || insideOpenTitle(text, at) || startsPart(text, end))
                    continue; // 起草公约文本: the text in the making, not the convention's own act
                if (words == null)
                    words = WordBoundaries.of(text);
                if (!standsAlone(text, words, at, end))
                    continue;
                Entity e = onlyNamed(head, GenericHeads.namedBefore(recent, hits, at));
                if (e != null && !namedIn(hits, e.iri()))
                    added.add(hit(e, at, end));
            }
        }
        for (String head : subjectHeads()) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                if (taken(hits, added, at, at + head.length()) || insideOpenTitle(text, at) || !opensClause(text, at))
                    continue;
                if (words == null)
                    words = WordBoundaries.of(text);
                if (!subjectOfClause(text, words, at, at + head.length()))
                    continue; // 倡议各方…, 报告期内, 公约缔约方: a verb, or the start of a longer noun phrase
                Entity e = onlyNamed(head, GenericHeads.namedBefore(recent, hits, at));
                if (e != null && !namedIn(hits, e.iri()))
                    added.add(hit(e, at, at + head.length()));
            }
        }
        resolveNeutral(text, hits, added);
        List<Hit> out = hits;
        if (!added.isEmpty()) {
            out = new ArrayList<>(hits);
            out.addAll(added);
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        List<String> here = new ArrayList<>();
        for (Hit h : out)
            if (h.isInstrument() && !RULE.equals(h.rule()) && !here.contains(h.iri()))
                here.add(h.iri());
        if (!here.isEmpty() || text.contains("\n"))
            previousSentence = here; // a heading between keeps nothing of the text before it
        for (Hit h : out)
            if (h.isInstrument() && !RULE.equals(h.rule())) {
                recent.remove(h.iri());
                recent.add(h.iri());
            } else if (isBody(h)) {
                bodies.remove(h.iri());
                bodies.add(h.iri());
            }
        return out;
    }

    /** The instruments the last sentence that named any named (its own names, not its references), in order. */
    private List<String> previousSentence = new ArrayList<>();

    /** An edition written alone (第二版, 2.0版, 修订版): the instrument named before whose name holds it. */
    private static final Pattern VERSION = Pattern.compile("第[一二三四五六七八九十0-9]{1,3}版|[0-9]{1,2}(?:\\.[0-9]{1,2}){1,2}版|修订版|修訂版");

    /**
     * References the pointing stage leaves: a pointing word and a head that names no kind (这份文件, 上述文件: the one
     * instrument the sentence or the sentence before named; nothing when it named two or more), a pointing or self-pointing
     * word and a head the name must end with (该规范, 本标准; 该法 is left to the rules of a law's steps), 前者/后者 (the first/second of the two instruments the
     * sentence or the one before named together), and an edition alone (2.0版, 第二版: the instrument whose name holds it).
     */
    private void resolveNeutral(String text, List<Hit> hits, List<Hit> added) {
        List<String> pointers = neutralPointers();
        WordBoundaries words = null;
        for (String kind : List.of("pointed-any", "pointed-ending"))
            for (String head : Lexicon.words(BARE_HEADS, "kind", kind))
                for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                    int end = at + head.length();
                    String pointer = null;
                    for (String p : pointers)
                        if (at >= p.length() && text.startsWith(p, at - p.length()) && (pointer == null || p.length() > pointer.length()))
                            pointer = p;
                    if (pointer == null)
                        continue;
                    int start = at - pointer.length();
                    if (endsWordBefore(text, start, pointer) || taken(hits, added, start, end) || insideOpenTitle(text, start))
                        continue;
                    if (end < text.length() && Character.isIdeographic(text.charAt(end)) && continuesWord(text, end))
                        continue; // 该规范性文件: the head starts a longer word
                    if (words == null)
                        words = WordBoundaries.of(text);
                    if (!words.isBoundary(start) || end < text.length() && Character.isIdeographic(text.charAt(end)) && !words.isBoundary(end))
                        continue; // 基本规范: 本 inside another word; 该标准化: the head inside another word
                    Entity e = kind.equals("pointed-any") ? onlyOfSentence(hits, start) : lastEndingWith(head, GenericHeads.namedBefore(recent, hits, start));
                    if (e != null)
                        added.add(hit(e, start, end));
                }
        for (String kind : List.of("former", "latter"))
            for (String head : Lexicon.words(BARE_HEADS, "kind", kind))
                for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                    if (taken(hits, added, at, at + head.length()))
                        continue;
                    List<String> pair = instrumentsOfSentence(hits, at);
                    if (pair.size() != 2)
                        continue; // 前者 after persons, or after three texts: nothing
                    Entity e = byIri.get(pair.get(kind.equals("former") ? 0 : 1));
                    if (e != null)
                        added.add(hit(e, at, at + head.length()));
                }
        for (Matcher m = VERSION.matcher(text); m.find();) {
            if (taken(hits, added, m.start(), m.end()) || insideOpenTitle(text, m.start()))
                continue;
            if (m.start() > 0 && (Character.isIdeographic(text.charAt(m.start() - 1)) || Character.isLetterOrDigit(text.charAt(m.start() - 1))
                    || "》”」".indexOf(text.charAt(m.start() - 1)) >= 0))
                continue; // 该书第二版, 《X》2.0版: an edition of something written right before it, not a reference alone
            Entity named = null;
            List<String> before = GenericHeads.namedBefore(recent, hits, m.start());
            for (int i = before.size() - 1; i >= 0 && named == null; i--) {
                Entity e = byIri.get(before.get(i));
                if (e != null && e.labelZh().contains(m.group()) && !e.labelZh().equals(m.group()))
                    named = e;
            }
            if (named != null)
                added.add(hit(named, m.start(), m.end()));
        }
    }

    /** The pointing words of {@link #resolveNeutral} (该, 这份, 上述, and 本 pointing at its own text), read once, not per sentence. */
    private static List<String> neutralPointers() {
        return Lexicon.cached("short-references|neutral-pointers", () -> {
            List<String> pointers = new ArrayList<>(CueWords.set(BARE_HEADS, "pointer", "instrument"));
            pointers.addAll(Lexicon.words(BARE_HEADS, "kind", "self-pointer"));
            return List.copyOf(pointers);
        });
    }

    /** The instruments named in this sentence before {@code at}, or when it named none, in the sentence before that named any. */
    private List<String> instrumentsOfSentence(List<Hit> hits, int at) {
        List<String> r = new ArrayList<>();
        for (Hit h : hits)
            if (h.isInstrument() && h.end() <= at && !RULE.equals(h.rule()) && !r.contains(h.iri()))
                r.add(h.iri());
        return r.isEmpty() ? previousSentence : r;
    }

    /** The one instrument of {@link #instrumentsOfSentence}, or null when there are none or several. */
    private Entity onlyOfSentence(List<Hit> hits, int at) {
        List<String> r = instrumentsOfSentence(hits, at);
        return r.size() == 1 ? byIri.get(r.get(0)) : null;
    }

    /** The instrument last named whose name (without trailing notes) ends with {@code head} and is longer, or null. */
    private Entity lastEndingWith(String head, List<String> named) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Entity e = byIri.get(named.get(i));
            if (e != null && InstrumentKind.stripTrailingNotes(e.labelZh()).endsWith(head) && e.labelZh().length() > head.length())
                return e;
        }
        return null;
    }

    /** Bodies (organisations, groups, committees; not states or persons) named so far, in order. */
    private final List<String> bodies = new ArrayList<>();

    private static boolean isBody(Hit h) {
        return h.isActor() && !h.isState() && !"Person".equals(h.type()) && !BodyReferences.RULE.equals(h.rule());
    }

    /** The bodies named before {@code at}: those of the sentences before, then this sentence's before it. */
    private List<String> bodiesBefore(List<Hit> hits, int at) {
        List<String> r = new ArrayList<>(bodies);
        for (Hit h : hits)
            if (isBody(h) && h.end() <= at) {
                r.remove(h.iri());
                r.add(h.iri());
            }
        return r;
    }

    /** Whether {@code head} is written earlier in the sentence outside every name found there. */
    private static boolean unnamedBefore(String text, List<Hit> hits, String head, int before) {
        for (int at = text.indexOf(head); at >= 0 && at + head.length() <= before; at = text.indexOf(head, at + 1)) {
            boolean inName = false;
            for (Hit h : hits)
                inName |= h.start() <= at && at + head.length() <= h.end();
            if (!inName)
                return true;
        }
        return false;
    }

    /** The body last named whose name ends with {@code head} (该机构 after 人工智能高级别咨询机构), or null. */
    private Entity lastBodyEndingWith(String head, List<String> named) {
        for (int i = named.size() - 1; i >= 0; i--) {
            Entity e = byIri.get(named.get(i));
            if (e != null && e.labelZh().endsWith(head) && e.labelZh().length() > head.length())
                return e;
        }
        return null;
    }

    /** Whether a new word starts at {@code at} (该机构已…, 该委员会的…), not a longer noun (该委员会主席, 该工作组会议). */
    private static boolean startsWord(String text, int at) {
        WordBoundaries words = WordBoundaries.of(text);
        if (!words.isBoundary(at))
            return false;
        for (Term t : words.terms())
            if (t.offset == at)
                return t.nature == null || !t.nature.toString().startsWith("n");
        return true;
    }

    private static volatile Pattern pointingAtBody;

    /** A pointing word that singles one body out (not 本: 本委员会 is the speaker's own), then a body head. */
    private static Pattern pointingAtBody() {
        Pattern p = pointingAtBody;
        if (p == null) {
            List<String> heads = new ArrayList<>();
            for (String h : Lexicon.words("body-heads.tsv", null, null))
                heads.add(Pattern.quote(h));
            heads.sort((a, b) -> b.length() - a.length());
            p = pointingAtBody = Pattern.compile("(" + CueWords.any(BARE_HEADS, "pointer", "body") + ")(" + String.join("|", heads) + ")");
        }
        return p;
    }

    /** Whether {@code lead} ends in a verb that makes a new text of the kind a bare head after it names (制定条例, 发表声明): kind making. */
    static boolean makesNewText(String lead) {
        for (String w : Lexicon.words(BARE_HEADS, "kind", "making"))
            if (lead.endsWith(w))
                return true;
        return false;
    }

    /**
     * Whether the bare head at [at, end) is a noun phrase of its own: whole words, not qualified (相关公约, 各国的法案,
     * A和B等协定), and after a verb, a preposition, a conjunction, punctuation or the start (通过公约, 对条例, 公约在…).
     */
    private static boolean standsAlone(String text, WordBoundaries words, int at, int end) {
        if (!words.isBoundary(at) || !words.isBoundary(end) && !gluedToVerb(words, end))
            return false; // 框架公约 read as one word, 公约组织: a part of another word
        if (qualifiedBefore().matcher(text.substring(Math.max(0, at - 6), at)).find())
            return false;
        if (at > 0 && "》”」\"".indexOf(text.charAt(at - 1)) >= 0)
            return false; // 《携手构建网络空间命运共同体》白皮书: the kind of the title before it
        String lead = text.substring(Math.max(0, at - 8), at);
        if (makesNewText(lead))
            return false; // 制定行动计划, 起草条例: a text being made is a new one, not the one named
        if (coordinatedWithKind(text, at, end))
            return false; // 制定工作框架和路线图, 议程和行动计划: kinds of text, none in particular
        if (OPEN_LIST_IN_CLAUSE.matcher(text.substring(clauseStart(text, at), at)).find())
            return false; // 与A、B等伙伴签署协定: one text with each of an open list of parties, so several, not the one named
        if (at == 0 || !Character.isIdeographic(text.charAt(at - 1)))
            return true;
        Term before = null;
        for (Term t : words.terms())
            if (t.offset + t.word.length() == at)
                before = t;
        if (before == null)
            return false;
        if (before.word.equals("的"))
            return false; // 欧盟通过的公约: a description that may pick out another text
        return OPENS_PHRASE.matcher(before.nature == null ? "" : before.nature.toString()).matches();
    }

    /**
     * Whether the sentence names the instrument itself (提出《X法案》，法案随后获得通过): its rules read it by that name,
     * and a second mention of it in the same sentence would make it the object of two clauses.
     */
    private static boolean namedIn(List<Hit> hits, String iri) {
        for (Hit h : hits)
            if (h.iri().equals(iri))
                return true;
        return false;
    }

    /** 协/定于: the segmenter glued the head's last character to the verb after it (the word across {@code end} is a verb). */
    private static boolean gluedToVerb(WordBoundaries words, int end) {
        for (Term t : words.terms())
            if (t.offset < end && end < t.offset + t.word.length())
                return t.word.length() <= 2 && t.nature != null && t.nature.toString().matches("^[vp].*");
        return false;
    }

    /** Whether the head is coordinated (和, 与, 及, 、) with a generic head on either side: a list of kinds of text. */
    private static boolean coordinatedWithKind(String text, int at, int end) {
        for (String g : Lexicon.genericHeads()) {
            if (g.length() < 2)
                continue;
            for (String c : List.of("和", "与", "及", "、")) {
                if (text.startsWith(c + g, end) || at >= g.length() + c.length() && text.startsWith(g + c, at - g.length() - c.length()))
                    return true;
            }
        }
        return false;
    }

    /** The one instrument named before whose name ends with {@code head}; null when there is none or more than one. */
    private Entity onlyNamed(String head, List<String> named) {
        Set<String> found = new LinkedHashSet<>();
        for (String iri : named) {
            Entity e = byIri.get(iri);
            if (e == null)
                continue;
            String label = InstrumentKind.stripTrailingNotes(e.labelZh());
            if (label.endsWith(head) && label.length() > head.length())
                found.add(iri);
        }
        return found.size() == 1 ? byIri.get(found.iterator().next()) : null;
    }

    /** Whether a word that names a part or a step of a text (文本, 条款, 谈判) starts at {@code end}. */
    private static boolean startsPart(String text, int end) {
        for (String w : Lexicon.words(BARE_HEADS, "kind", "part"))
            if (text.startsWith(w, end))
                return true;
        return false;
    }

    /** Whether {@code at} lies inside a title or quotation that is still open there (《…公约》 no name was found for). */
    private static boolean insideOpenTitle(String text, int at) {
        String before = text.substring(0, at);
        return before.lastIndexOf('《') > before.lastIndexOf('》') || before.lastIndexOf('“') > before.lastIndexOf('”')
                || before.lastIndexOf('「') > before.lastIndexOf('」');
    }

    private static boolean taken(List<Hit> hits, List<Hit> added, int start, int end) {
        for (Hit h : hits)
            if (h.start() < end && start < h.end())
                return true;
        for (Hit h : added)
            if (h.start() < end && start < h.end())
                return true;
        return false;
    }

    private static Hit hit(Entity e, int start, int end) {
        return new Hit(e.iri(), "Instrument", e.type().replaceAll(".*#", ""), start, end, RULE);
    }

    private static boolean continuesWord(String text, int end) {
        return Lexicon.words(BARE_HEADS, "kind", "continues").contains(String.valueOf(text.charAt(end)));
    }

    /**
     * The reference heads that open a clause as its subject (subject-frames.tsv position reference: 声明, 框架, 报告,
     * 倡议, 指南, 建议书) that name a kind of instrument (an ending of instrument-endings.tsv) and are no bare head of
     * reference-heads.tsv, being also verbs or common nouns: they refer only as the subject that opens a clause
     * (宣言强调…, 报告指出…, 框架涵盖…), never elsewhere. Longest first.
     */
    private static List<String> subjectHeads() {
        return Lexicon.cached("short-references|subject", () -> {
            Set<String> bare = Set.copyOf(bareHeads());
            List<String> heads = new ArrayList<>();
            for (String w : Lexicon.words("subject-frames.tsv", "position", "reference"))
                if (w.length() >= 2 && !bare.contains(w) && InstrumentKind.hasInstrumentEnding(w))
                    heads.add(w);
            heads.sort((a, b) -> b.length() - a.length());
            return List.copyOf(heads);
        });
    }

    /** Whether {@code word} is a kind word that refers only as the subject opening a clause ({@link #subjectHeads}). */
    static boolean isSubjectHead(String word) {
        return subjectHeads().contains(word);
    }

    /**
     * Whether {@code at} opens its clause: right after a comma, colon, full stop or the start (with opening quotes),
     * or after a connective that opens it (frame-cues.tsv connective: 此外，宣言…, 同时报告…).
     */
    private static boolean opensClause(String text, int at) {
        int start = clauseStart(text, at);
        while (start < at && "“\"「『 （(".indexOf(text.charAt(start)) >= 0)
            start++;
        if (start == at)
            return true;
        String lead = text.substring(start, at);
        if (start == 0 && PARAGRAPH_NUMBER.matcher(lead).matches())
            return true; // 2. 建议书坚持…: the number of a paragraph opens the sentence
        return Lexicon.words("frame-cues.tsv", "kind", "connective").contains(lead);
    }

    /** A paragraph's number before its first word (2. , (3) , 四、), as TopicClauses' NUMBERING reads it. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\s*(?:\\d{1,2}\\s*[.、．)）]|[（(][一二三四五六七八九十\\d]{1,2}[）)]|[一二三四五六七八九十]、)\\s*$");

    /** Parts of speech of the word right after a subject head: a verb, an adverb or a preposition (报告指出, 宣言还, 倡议由). */
    private static final Pattern SUBJECT_FOLLOW = Pattern.compile("^(?:v|d|p|vshi|vyou).*");

    /** Whether the kind word at [at, end) is a whole word followed by the verb, adverb or preposition of its clause. */
    private static boolean subjectOfClause(String text, WordBoundaries words, int at, int end) {
        if (!words.isBoundary(at) || end >= text.length() || startsPart(text, end) || draftAt(text, end) > 0)
            return false;
        if (!words.isBoundary(end))
            return gluedToVerb(words, end);
        for (Term t : words.terms())
            if (t.offset == end)
                return t.nature != null && SUBJECT_FOLLOW.matcher(t.nature.toString()).matches();
        return false;
    }

    /** The bare heads, longest first (行动计划 before 计划-like shorter heads). */
    private static List<String> bareHeads() {
        return Lexicon.cached("short-references|bare", () -> {
            List<String> heads = new ArrayList<>(Lexicon.words(BARE_HEADS, "kind", "head"));
            heads.sort((a, b) -> b.length() - a.length());
            return List.copyOf(heads);
        });
    }

    private static Pattern pointing() {
        Pattern p = pointing;
        if (p == null) {
            List<String> heads = new ArrayList<>();
            for (String h : Lexicon.genericHeads())
                if (h.length() >= 2 && !InstrumentKind.of(h).equals("Instrument"))
                    heads.add(Pattern.quote(h)); // not 法: 该法 is left to the rules that read a law's steps (StepDates)
            heads.sort((a, b) -> b.length() - a.length());
            p = pointing = Pattern.compile("(" + CueWords.any(BARE_HEADS, "pointer", "instrument") + ")(" + String.join("|", heads) + ")");
        }
        return p;
    }
}

package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * What the concept rules remember of the sentences of one document read so far: the instruments
 * named (with the words written around them, 《X》决议, 成果文件（X）), the issues of the last list
 * closed by 等问题 (for a later 针对上述问题), and a list of an instrument's fields announced by a
 * sentence ending in 以下…领域： (for the numbered items that follow). One per document: it lives
 * beside the document's {@link Discourse}, which the relation rules pass to every sentence.
 */
final class TopicMemory {
    /** The memory of the document being read: one per {@link Discourse}, which lives as long as the reading. */
    static TopicMemory of(Discourse discourse) {
        return discourse.topics();
    }

    /** An instrument named in the document, with the text right before and after its name. */
    record Seen(Hit hit, String name, String before, String after, int sentence, int paragraph) {}

    /** Which text the document is about, for a head that only the kind of the text named last would fit. */
    private final DocumentTopic topic;

    TopicMemory(DocumentTopic topic) {
        this.topic = topic;
    }

    /** How many sentences back a short reference may reach. */
    private static final int REACH = 10;
    private final List<Seen> instruments = new ArrayList<>();
    private int sentence;
    private List<String> listIssues = List.of();
    private String listOwner;
    private int listLeft;
    private String listRule;
    private boolean listStrict;
    private int eventSentence = -10;
    /** The names an instrument was written with in this document (not by a short reference). */
    private final java.util.Map<String, java.util.Set<String>> namesOf = new java.util.HashMap<>();

    /** Records a sentence's instruments; called once per sentence, after its rules ran. */
    void saw(String text, List<Hit> hits) {
        sentence++;
        if (hits.stream().anyMatch(Hit::isEvent))
            eventSentence = sentence;
        for (Hit h : hits)
            if (h.isInstrument() && !SHORT_REFERENCE.equals(h.rule()))
                namesOf.computeIfAbsent(h.iri(), k -> new java.util.HashSet<>()).add(bare(text.substring(h.start(), h.end())));
        for (Hit h : hits)
            if (h.isInstrument())
                instruments.add(new Seen(h, text.substring(h.start(), h.end()),
                        text.substring(Math.max(0, h.start() - 8), h.start()), text.substring(h.end(), Math.min(text.length(), h.end() + 20)), sentence, topic.paragraph()));
        if (instruments.size() > 40)
            instruments.subList(0, instruments.size() - 40).clear();
    }

    /**
     * The instrument a short reference word (决议, 法案, 成果文件, 升级议定书) means: the one named last
     * that the text wrote with that word (《X》决议, 成果文件（X）) or whose name ends with it, within reach,
     * before one named later whose class only is the word's kind (《全球数字契约》…《联合国宪章》…契约: the
     * compact); else the one named last whose class is the word's kind (or the document's topic, {@link #orTopic});
     * null when no instrument named so far fits.
     */
    Hit referred(String word) {
        String kind = InstrumentKind.of(word);
        boolean known = !kind.equals("Instrument");
        for (int i = instruments.size() - 1; i >= 0 && sentence - instruments.get(i).sentence() < REACH; i--) {
            Seen s = instruments.get(i);
            if (owned(s, word))
                return null;
            if (writtenWith(s, word))
                return s.hit(); // a text written with the word (《X》决议) or whose name ends with it, before one of its kind only
        }
        for (int i = instruments.size() - 1; i >= 0; i--) {
            Seen s = instruments.get(i);
            String type = s.hit().type();
            if (owned(s, word))
                return null; // 修订《X》的数据流动议定书 … 该议定书: another text of that kind, attached to X, unnamed
            if (writtenWith(s, word))
                return s.hit();
            if (i == instruments.size() - 1 && ConceptRelationRules.sameKind(kind, type) && !(known && "Instrument".equals(type))
                    || sentence - s.sentence() < REACH && known && !"Instrument".equals(type) && ConceptRelationRules.sameKind(kind, type))
                return orTopic(word, s); // the instrument named last, of a kind the word can stand for
        }
        return null;
    }

    /** 《X》决议, 成果文件（X）, or a name that ends with the word and is longer. */
    private static boolean writtenWith(Seen s, String word) {
        String before = s.before().replaceFirst("[《“\"（(]+$", "");
        String after = s.after().replaceFirst("^[》”\"]+", "");
        return after.startsWith(word) || before.endsWith(word) || s.name().endsWith(word) && s.name().length() > word.length()
                || titled(s) && after.startsWith("的" + word); // 题为《X》的报告: the report is X
    }

    /** 题为《X》的报告, 名为《X》的决议: the name is the title of the text written after it (concept-relation-cues.tsv titled). */
    private static boolean titled(Seen s) {
        String before = s.before().replaceFirst("[《“\"]+$", "");
        return Lexicon.words("concept-relation-cues.tsv", "kind", "titled").stream().anyMatch(before::endsWith);
    }

    /** 修订《X》的数据流动议定书: an unnamed text of the word's kind attached to X. */
    private static boolean owned(Seen s, String word) {
        String after = s.after().replaceFirst("^[》”\"]+", "");
        return !titled(s) && OWNED_BY.matcher(after).lookingAt() && after.substring(0, ownedEnd(after)).contains(word);
    }

    /**
     * A head that only the kind of {@code s} fits (法案 after 《欧盟人工智能法》): when {@code s} was named in an earlier
     * paragraph and the text the document is about fits the head too, the head means that text (a new paragraph speaks
     * of the document's topic, an aside of the paragraph before does not carry over); else {@code s}.
     */
    private Hit orTopic(String word, Seen s) {
        Hit main = topic.main();
        if (s.paragraph() == topic.paragraph() || main == null || !main.isInstrument() || main.iri().equals(s.hit().iri()))
            return s.hit();
        String kind = InstrumentKind.of(word);
        boolean named = namesOf.getOrDefault(main.iri(), java.util.Set.of()).stream().anyMatch(n -> n.endsWith(word) && n.length() > word.length());
        boolean ofKind = !kind.equals("Instrument") && !"Instrument".equals(main.type()) && ConceptRelationRules.sameKind(kind, main.type());
        return named || ofKind ? main : s.hit();
    }

    /**
     * The instrument a short name of a qualifier and a head (升级议定书, 修订法案) means: the one named
     * last within reach whose name ends with it and is longer; null when none does.
     */
    Hit named(String shortName) {
        for (int i = instruments.size() - 1; i >= 0; i--) {
            Seen s = instruments.get(i);
            if (sentence - s.sentence() < REACH && s.name().endsWith(shortName) && s.name().length() > shortName.length())
                return s.hit();
        }
        return null;
    }

    /**
     * The instrument a reference to its revision (此次修订, 修订后的建议) means: the one named last, in this
     * sentence or the two before it; null when none was named that close.
     */
    Hit lastWithin(int sentences) {
        if (instruments.isEmpty())
            return null;
        Seen s = instruments.get(instruments.size() - 1);
        return sentence - s.sentence() < sentences ? s.hit() : null;
    }

    /** 《X》的…议定书: the instrument only qualifies an unnamed text of another kind right after it. */
    private static final java.util.regex.Pattern OWNED_BY = java.util.regex.Pattern.compile("^的[\\u4e00-\\u9fff]{1,14}");

    private static int ownedEnd(String after) {
        java.util.regex.Matcher m = OWNED_BY.matcher(after);
        return m.lookingAt() ? m.end() : 0;
    }

    /**
     * Whether one of the two sentences before the one being read named an event (…会议在日内瓦举行。中方由…牵头；
     * 美方…。双方围绕…交换了意见: the parties speak at that meeting).
     */
    boolean eventJustNamed() {
        return sentence - eventSentence <= 1;
    }

    private static final String SHORT_REFERENCE = GenericHeads.RULE;
    /** Heads of regulatory texts that name different kinds of text: a 规定 is never a 办法 or a 法. */
    private static final java.util.regex.Pattern HEAD = java.util.regex.Pattern.compile("(规定|办法|条例|细则|规则|指引|指南|决定|意见|指令|法)$");

    private static String bare(String name) {
        return name.replaceAll("[《》“”\"「」]", "");
    }

    /**
     * Whether a short reference (《规定》, 《条例》) was resolved to an instrument that this document wrote
     * only with a name of another kind of text (个人信息出境标准合同办法, 个人信息保护法): a 规定 cannot be a
     * 办法, so the rules take no subject from it. False when the document never wrote the instrument's name.
     */
    boolean misread(String text, Hit h) {
        if (!SHORT_REFERENCE.equals(h.rule()) || !h.isInstrument())
            return false;
        String word = bare(text.substring(h.start(), h.end()));
        java.util.Set<String> names = namesOf.get(h.iri());
        if (names == null || names.isEmpty() || !HEAD.matcher(word).matches() || word.equals("法"))
            return false;
        for (String n : names) {
            java.util.regex.Matcher m = HEAD.matcher(n);
            if (n.endsWith(word) || !m.find() || m.group(1).equals(word))
                return false;
        }
        return true;
    }

    /** The issues of the last list closed by a word for problems (A、B和C等问题) of the sentences read so far. */
    List<String> listIssues() {
        return listIssues;
    }

    void listed(List<String> issues) {
        listIssues = List.copyOf(issues);
    }

    /** The instrument whose announced list of fields the next numbered items continue, or null. */
    String listOwner() {
        return listLeft > 0 ? listOwner : null;
    }

    /** A sentence announced {@code count} items (or an open number when 0) of {@code owner}'s fields. */
    void announced(String owner, int count) {
        announced(owner, count, CoveredIssues.RULE_LIST);
    }

    /** As {@link #announced(String, int)}, the items' facts written by rule {@code rule}. */
    void announced(String owner, int count, String rule) {
        listOwner = owner;
        listLeft = count > 0 ? count : 12;
        listRule = rule;
        listStrict = false;
    }

    /**
     * A covering clause with no word that announces a list (新法主要变革包括：) opened the list: its items give only the
     * issues their verb takes as object or that are the whole item (CoveredIssues reads them as counted items).
     */
    void announcedByCovering(String owner) {
        announced(owner, 0);
        listStrict = true;
    }

    /** Whether the open list was announced by a covering clause only ({@link #announcedByCovering}). */
    boolean listStrict() {
        return listStrict;
    }

    /** The rule the items of the announced list are read by. */
    String listRule() {
        return listRule;
    }

    /** One item of the announced list was read; {@code ended} closes the list (a sentence that is no item). */
    void item(boolean ended) {
        listLeft = ended ? 0 : listLeft - 1;
    }
}

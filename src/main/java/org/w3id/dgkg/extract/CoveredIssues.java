package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * {@code addresses} read across sentences, from constructions that name what an instrument covers
 * without a cue word right after its name:
 * <ul>
 * <li>{@value #RULE_LIST}: a sentence about an instrument announces a list of its fields (路线图…提出以下
 * 八个关键行动领域：) and the numbered items after it (1. 到2030年实现普遍连通；) name them;</li>
 * <li>{@value #RULE_ANAPHOR}: an instrument 针对/应对/解决 上述问题, the issues of the list closed by
 * 等问题 just before;</li>
 * <li>{@value #RULE_DESCRIPTION}: 这是…关于X的规范性文书 / 这是…就X问题作出决议, a description of the
 * instrument just named;</li>
 * <li>addresses-topic: 会议议程之一是“…”, the agenda of the event just named;</li>
 * <li>{@value #RULE_DISCUSSED}: what the parties of a meeting discussed (各方就X深入交换看法) or what a
 * speaker said at it (X在会上指出，…) is what the meeting covers;</li>
 * <li>{@value #RULE_PURPOSE}: 制定《规定》是为了落实《A》等法律，保障数据安全，保护个人信息权益: the issues a
 * purpose clause right after an instrument pursues are what the instrument covers.</li>
 * </ul>
 */
final class CoveredIssues {
    private CoveredIssues() {}

    /** The cue words of the rules of this class (ontology/lexicon/covered-issues-cues.tsv). */
    private static final CueWords.Table CUES = CueWords.table("covered-issues-cues.tsv", "CoveredIssues");

    static final String RULE_LIST = "addresses-list";
    static final String RULE_ANAPHOR = "addresses-anaphor";
    static final String RULE_DESCRIPTION = "addresses-description";
    static final String RULE_DISCUSSED = "addresses-discussed";
    static final String RULE_PURPOSE = "addresses-purpose";
    static final String RULE_PASSIVE = "addresses-passive";
    static final String RULE_STATED = "addresses-stated";
    static final String RULE_KINDS = "addresses-kinds";

    /** Reads one sentence; updates the document's memory after the rules ran. */
    static void apply(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        TopicMemory memory = TopicMemory.of(discourse);
        listItems(text, hits, memory, out);
        countedItems(text, hits, memory, out);
        announcement(text, hits, discourse, memory);
        anaphor(text, hits, memory, out);
        description(text, hits, discourse, out);
        agenda(text, hits, discourse, out);
        namedAgenda(text, hits, out);
        discussed(text, hits, discourse, out);
        discussedAt(text, hits, out);
        purpose(text, hits, memory, out);
        passive(text, hits, out);
        stated(text, hits, out);
        ProvisionContents.apply(text, hits, memory, out);
        TopicLists.apply(text, hits, discourse, memory, out);
        SubjectFrames.apply(text, hits, discourse, memory, out);
        AccordingFrames.apply(text, hits, discourse, memory, out); // 根据协定，…; 《规定》明确，…: the clause says what the text provides
        TopicClauses.apply(text, hits, discourse, memory, out); // 法律还规定…, 会议…, …。要求…: clauses whose subject is the text or event the paragraph is about
        EventSpeeches.apply(text, hits, discourse, out); // X在开幕式上表示，…: what a speaker says at a meeting
        kinds(text, hits, out);
        discourse.documentTopic().saw(hits);
        memory.listed(closedListIssues(text, hits, text.length()));
        memory.saw(text, hits);
    }

    // ---- addresses-list

    /** A sentence that ends by announcing a list: 提出以下八个关键行动领域：, 包括如下内容： */
    static final Pattern ANNOUNCED = Pattern.compile("(?:" + CUES.any("announce") + "([一二三四五六七八九十两\\d]{0,3})(?:个|项|大|条)?[^，。；：:]{0,8}?(?:"
            + CUES.any("announced-head") + "|" + CUES.any("announced-theme") + "[^，。；：:]{0,8})"
            // 《报告》就五个方面提出建议：: no word of announcing, but a frame, a count of parts and a verb of stating before the colon
            + "|" + CUES.any("announce-frame") + "([一二三四五六七八九十两\\d]{1,3})(?:个|项|大|条)?" + CUES.any("announced-head")
            + "(?:" + CUES.any("announce-verb") + "[\\u4e00-\\u9fff]{0,4})?)[：:]\\s*$");

    /** The count of items an {@link #ANNOUNCED} match announces, 0 when it gives none. */
    static int announcedCount(Matcher m) {
        return count(m.group(1) != null ? m.group(1) : m.group(2));
    }
    /** What opens an item of a numbered list: 1. / 1、 / （一） / 一是 / •. */
    static final Pattern ITEM = Pattern.compile(
            "^\\s*(?:\\d{1,2}\\s*[.、．)）]|[（(][一二三四五六七八九十\\d]{1,2}[）)]|[一二三四五六七八九十][是、]|[•·●▪■◆])");
    /** A clause that opens with a short reference to an instrument: 路线图…, 该计划…, 据介绍，宣言…. */
    private static Pattern referenceOpening() {
        return CUES.pattern("REFERENCE_OPENING", () -> "^(?:[^，。；]{0,4}[，,])?" + CUES.any("text-pointer") + "?(" + CUES.any("text-reference") + ")");
    }

    /** A reference to the event last named opening the clause: 本届论坛, 会议, 此次峰会. */
    private static Pattern eventOpening() {
        return CUES.pattern("EVENT_OPENING", () -> "^(?:[^，。；]{0,4}[，,])?" + CUES.any("event-pointer") + "?" + CUES.any("event-head"));
    }

    /** A count of points a speaker raises, ending the sentence: 提出当前数字领域的三点关切：, 提出四项主张：. */
    private static Pattern spokenList() {
        return CUES.pattern("SPOKEN_LIST", () -> "([一二三四五六七八九十两\\d]{1,3})(?:点|项|个|大)[^，。；：:]{0,6}?" + CUES.any("spoken-head") + "[：:]\\s*$");
    }
    /** A speaker at the meeting the document reports: 在开幕式上, 在会上. */
    private static Pattern speakerAt() {
        return CUES.pattern("SPEAKER_AT", () -> "在" + CUES.any("speaker-sitting") + "上" + CUES.any("speaker-speech"));
    }

    private static void announcement(String text, List<Hit> hits, Discourse discourse, TopicMemory memory) {
        Matcher m = ANNOUNCED.matcher(text);
        int at;
        int count = 0;
        boolean covering = false;
        if (m.find()) {
            at = m.start();
            count = announcedCount(m);
        } else if (coveringColonAtEnd(text)) {
            covering = true;
            at = text.length() - 1; // 新法主要变革包括：: a covering clause announces the items after it, uncounted
            while (at > 0 && "：:".indexOf(text.charAt(at)) < 0)
                at--;
        } else {
            spokenList(text, hits, discourse, memory);
            return;
        }
        int clauseStart = backTo(text, at, CLAUSE_END);
        String owner = null;
        for (Hit h : between(hits, clauseStart, at))
            if (h.isInstrument() && text.substring(clauseStart, h.start()).matches("^(?:[^，。；]{0,4}[，,])?[《“]?$")) {
                owner = h.iri(); // 《路线图》提出以下…: the instrument opens the clause
                break;
            }
        if (owner == null) {
            Matcher r = referenceOpening().matcher(text.substring(clauseStart));
            if (r.lookingAt() && between(hits, clauseStart, clauseStart + r.end()).isEmpty()) {
                Hit h = memory.referred(r.group(1));
                owner = h == null ? null : h.iri();
            }
        }
        if (owner == null) { // 新法主要变革包括：: a reference head of topic clauses (TopicClauses#reference) opening the clause
            String clause = text.substring(clauseStart, at);
            Matcher lead = TopicClauses.lead().matcher(clause);
            int from = lead.lookingAt() ? lead.end() : 0;
            Matcher r = TopicClauses.reference().matcher(clause.substring(from));
            if (r.lookingAt() && between(hits, clauseStart, clauseStart + from + r.end()).isEmpty()
                    && Lexicon.words("subject-frames.tsv", "position", "reference").contains(r.group("ref"))) { // a head of texts, no meeting (大会主要成果包括：)
                Hit h = memory.referred(r.group("ref"));
                owner = h == null ? null : h.iri();
            }
        }
        if (owner == null) { // 本届论坛围绕以下八个子主题展开讨论：, 峰会围绕如下议题…：the event the clause speaks of
            for (Hit h : between(hits, clauseStart, at))
                if (h.isEvent() && text.substring(clauseStart, h.start()).matches("^(?:[^，。；]{0,4}[，,])?[《“]?$")) {
                    owner = h.iri();
                    break;
                }
            Matcher e = eventOpening().matcher(text.substring(clauseStart));
            if (owner == null && e.lookingAt() && between(hits, clauseStart, clauseStart + e.end()).isEmpty() && discourse != null
                    && discourse.mainEvent() != null)
                owner = discourse.mainEvent().iri(); // the event the document said took place, not one named in passing
        }
        if (owner != null && covering)
            memory.announcedByCovering(owner);
        else if (owner != null)
            memory.announced(owner, count);
    }

    /**
     * 秘书长在开幕式上发表讲话，提出…三点关切：, then numbered items: what a speaker at the meeting the document reports
     * raises there is what the meeting covers (as {@value #RULE_DISCUSSED} reads 在会上指出，…), item by item.
     */
    private static void spokenList(String text, List<Hit> hits, Discourse discourse, TopicMemory memory) {
        Matcher m = spokenList().matcher(text);
        if (!m.find() || discourse == null || discourse.mainEvent() == null)
            return;
        Matcher at = speakerAt().matcher(text.substring(0, m.start()));
        if (!at.find() || RelationRules.insideHit(hits, at.start()))
            return;
        for (Hit h : between(hits, 0, m.start()))
            if (h.isInstrument() || h.isEvent() && !h.iri().equals(discourse.mainEvent().iri()))
                return; // 在会上介绍《X》的三点主张：the points are the text's, or another meeting's
        memory.announced(discourse.mainEvent().iri(), count(m.group(1)));
    }

    private static void listItems(String text, List<Hit> hits, TopicMemory memory, List<Rel> out) {
        String owner = memory.listOwner();
        if (owner == null)
            return;
        Matcher item = ITEM.matcher(text);
        if (!item.lookingAt()) {
            memory.item(true);
            return;
        }
        memory.item(false);
        int end = forwardTo(text, 0, CLAUSE_END);
        if (end > 0 && text.charAt(end - 1) == '的')
            return; // （二）处理个人信息不满100万人的：an item that ends in 的 names a case a provision applies to, no field
        int heading = headingEnd(text, item.end(), text.length());
        if (heading > 0) { // （四）违法信息处置：提供者应当…采取警示、关闭账号等措施: the heading is the field, the body its provision
            for (Hit h : between(hits, item.end(), heading))
                if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h))
                    out.add(new Rel(owner, "addresses", h.iri(), h.start(), h.end(), 0.6, memory.listRule(), false));
            return;
        }
        for (Hit h : between(hits, 0, end)) {
            if (h.isActor() || h.isInstrument() || h.isEvent())
                break; // an item that names another party or text speaks of them
            if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h) && (!memory.listStrict()
                    || (AccordingFrames.inSlot(text, h, item.end()) || ruledOn(text, h, end) || bare(text, h, item.end(), end)) && !condition(text, h, end)))
                out.add(new Rel(owner, "addresses", h.iri(), h.start(), h.end(), 0.6, memory.listRule(), false));
        }
    }

    /** A heading of an item, a run of words up to a colon: （一）备案管理：提供者应当…, 2. 数据出境：… (grammar). */
    private static final Pattern HEADING = Pattern.compile("^[\\s“「]*[\\u4e00-\\u9fff”」]{2,16}(?=[：:])");

    /**
     * The end of the heading of the item whose words start at {@code body} and run to {@code end}, or -1: a run of words
     * right after the number that a colon closes ends the heading, which names the field the item rules on (（一）备案管理：
     * 提供者应当…); the words after the colon are the provision itself, whose objects (警示、关闭账号) are its means.
     */
    static int headingEnd(String text, int body, int end) {
        Matcher m = HEADING.matcher(text.substring(body, end));
        return m.lookingAt() ? body + m.end() : -1;
    }

    /** A colon that opens items counted within the sentence: 主要内容包括：一是…；二是…, 就五个方面提出建议：（一）A；（二）B, 包括：一、A；二、B, 1. A；2. B. */
    static final Pattern COUNTED_ITEMS = Pattern.compile("[：:]\\s*(?=一是|[（(][一1][）)]|一、|1[.．、](?!\\d))");
    /** What opens a counted item: 一是, 二是, （一）, (2), 二、, 2. */
    private static final Pattern COUNTED_ITEM = Pattern.compile("[一二三四五六七八九十]是|[（(][一二三四五六七八九十\\d]{1,2}[）)]|[一二三四五六七八九十]、|\\d{1,2}[.．、](?!\\d)");
    /** What may follow the issue of an item that is nothing but the issue: 等, the item's end. */
    private static final Pattern BARE_ITEM_END = Pattern.compile("^[”」]?(?:等)?\\s*(?:[；;。]|$)");

    /**
     * The items counted in the sentence after the colon that ends at {@code from}, each as {start, body, end}: the number,
     * the words after it, the start of the next item (or the end of the sentence). All items are numbered alike (一是…二是,
     * （一）…（二）, 一、…二、, 1. …2.); a number of another kind inside an item opens none, and a number other than 一是…
     * opens an item only right after the one before it has ended (；).
     */
    static List<int[]> countedItemSpans(String text, int from) {
        Matcher item = COUNTED_ITEM.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<Integer> bodies = new ArrayList<>();
        int kind = -1;
        for (int at = from; item.find(at); at = item.end()) {
            String g = item.group();
            int k = g.endsWith("是") ? 0 : "（(".indexOf(g.charAt(0)) >= 0 ? 1 : Character.isDigit(g.charAt(0)) ? 3 : 2;
            if (kind < 0)
                kind = k;
            if (k != kind)
                continue; // 一是…(2)…；二是: a number of the other kind inside an item opens no item of this list
            if (k != 0 && !starts.isEmpty() && "；;".indexOf(text.charAt(item.start() - 1)) < 0)
                continue; // （一）A；（二）B: a number opens an item only after the one before it has ended
            starts.add(item.start());
            bodies.add(item.end());
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++)
            out.add(new int[] {starts.get(i), bodies.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()});
        return out;
    }

    /**
     * Whether the clause that ends at the colon at {@code colon} says what a text covers, read on the words alone (for
     * discovery, before any name is resolved): it opens (after a connective) with a title and names no other, or with a
     * short reference to a text (该计划, 新法); it announces a list ({@link #ANNOUNCED}: 就五个方面提出建议：) or ends with a
     * verb of covering (topic-clause-cues.tsv cover: 主要制度安排包括：, 明确了：); no plan or hope takes it back.
     */
    static boolean coveringClause(String text, int colon) {
        int clauseStart = backTo(text, colon, CLAUSE_END);
        String clause = text.substring(clauseStart, colon);
        Matcher lead = TopicClauses.lead().matcher(clause);
        String body = lead.lookingAt() ? clause.substring(lead.end()) : clause;
        Matcher title = OPENING_TITLE.matcher(body);
        boolean text0 = title.lookingAt() ? body.indexOf('《', title.end()) < 0
                : referenceOpening().matcher(clause).lookingAt() || TopicClauses.reference().matcher(body).lookingAt();
        if (!text0 || TopicClauses.takenBack().matcher(body).find() || CUES.pattern("FINDING", () -> CUES.any("finding")).matcher(body).find())
            return false; // 报告的主要发现包括：: findings, no topics
        return ANNOUNCED.matcher(text.substring(clauseStart, colon + 1)).find() || coverEnding().matcher(clause).find();
    }

    /** A colon ending the sentence. */
    private static final Pattern COLON_AT_END = Pattern.compile("[：:]\\s*$");

    /**
     * Whether the sentence ends with the colon of a covering clause ({@link #coveringClause}) that {@link #ANNOUNCED} does
     * not read: 新法主要变革包括：, 《规定》明确了：, then numbered items in the paragraphs after it.
     */
    static boolean coveringColonAtEnd(String text) {
        Matcher m = COLON_AT_END.matcher(text);
        return m.find() && coveringClause(text, m.start());
    }

    /** A title opening a clause. */
    private static final Pattern OPENING_TITLE = Pattern.compile("^[《“][^《》“”]{2,60}[》”]");

    /**
     * A verb of covering ending the clause before the colon (topic-clause-cues.tsv cover: 包括, 涵盖, 明确了), or followed by
     * a count and a head of parts (涵盖三个方面, 包括四项内容: announced-head, announced-theme).
     */
    private static Pattern coverEnding() {
        return CUES.pattern("COVER_ENDING", () -> CueWords.any("topic-clause-cues.tsv", "cover") + "(?:了)?(?:(?:[一二三四五六七八九十两\\d]{1,3}(?:个|项|大|条|类)?)?[\\u4e00-\\u9fff]{0,4}?(?:"
                + CUES.any("announced-head") + "|" + CUES.any("announced-theme") + "))?\\s*$");
    }

    /**
     * 《X》的主要内容包括：一是…；二是…；三是…, 法案由三大支柱组成：一是…: a clause whose topic is a text (its name, or a
     * short reference to the one named last, opening the clause) announces its parts, and the items counted in words after
     * the colon, in the same sentence, name them: the issues an item's verb takes as its object (防范A, 保障A和B:
     * {@link AccordingFrames#inSlot}) or that it rules on (对A作出规定), not those it only speaks of (一是人工智能作出的决策
     * 应当可解释; 在保护A的前提下). An item that names another text or event speaks of that one.
     */
    private static void countedItems(String text, List<Hit> hits, TopicMemory memory, List<Rel> out) {
        Matcher colon = COUNTED_ITEMS.matcher(text);
        if (!colon.find())
            return;
        int clauseStart = backTo(text, colon.start(), CLAUSE_END);
        Hit owner = null;
        for (Hit h : between(hits, clauseStart, colon.start())) {
            if (owner == null && h.isInstrument() && text.substring(clauseStart, h.start()).matches("^[《“]?$"))
                owner = h;
            else if (h.isActor() || h.isInstrument() || h.isEvent())
                return; // 《X》要求欧盟委员会…：another party's parts, or a text of the text
        }
        if (owner == null) {
            Matcher r = referenceOpening().matcher(text.substring(clauseStart));
            if (!r.lookingAt() || !between(hits, clauseStart, colon.start()).isEmpty())
                return;
            owner = memory.referred(r.group(1));
        }
        if (owner == null || memory.misread(text, owner))
            return;
        List<Integer> starts = new ArrayList<>();
        List<Integer> bodies = new ArrayList<>();
        for (int[] i : countedItemSpans(text, colon.end())) {
            starts.add(i[0]);
            bodies.add(i[1]);
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            List<Hit> inItem = between(hits, starts.get(i), end);
            if (inItem.stream().anyMatch(h -> h.isInstrument() || h.isEvent()))
                continue;
            int heading = headingEnd(text, bodies.get(i), end);
            if (heading > 0) { // （一）A：…；（二）B：…: the heading is the field the item rules on
                for (Hit h : between(hits, bodies.get(i), heading))
                    if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h))
                        out.add(new Rel(owner.iri(), "addresses", h.iri(), clauseStart, end, 0.6, RULE_LIST, false));
                continue;
            }
            for (Hit h : inItem)
                if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h)
                        && (AccordingFrames.inSlot(text, h, bodies.get(i)) || ruledOn(text, h, end) || bare(text, h, bodies.get(i), end))
                        && !condition(text, h, end))
                    out.add(new Rel(owner.iri(), "addresses", h.iri(), clauseStart, end, 0.6, RULE_LIST, false));
        }
    }

    /** （二）能力建设；: an item that is nothing but the issue names a part of what the text covers. */
    private static boolean bare(String text, Hit h, int body, int end) {
        return text.substring(body, h.start()).matches("^[\\s“「]*$") && BARE_ITEM_END.matcher(text.substring(h.end(), end)).lookingAt();
    }

    /** 对个人数据的跨境传输作出规定: the issue is what the provision the item sets out rules on. */
    private static Pattern ruledOn() {
        return CUES.pattern("RULED_ON", () -> "^(?:的[\\u4e00-\\u9fff]{1,8})?" + CUES.any("ruled-verb") + "(?:了)?" + CUES.any("ruled-adverb") + "?" + CUES.any("ruled-object"));
    }

    /** 在保护A的前提下, 在A的基础上: the issue frames a condition of what the item provides, it is no object of it. */
    private static Pattern conditionClose() {
        return CUES.pattern("CONDITION_CLOSE", () -> "^[^，,；;。]{0,12}?(?:的)?" + CUES.any("condition-close"));
    }

    private static boolean condition(String text, Hit h, int end) {
        int sub = Math.max(0, backTo(text, h.start(), SUBCLAUSE_END));
        return text.substring(sub, h.start()).contains("在") && conditionClose().matcher(text.substring(h.end(), end)).lookingAt();
    }

    private static boolean ruledOn(String text, Hit h, int end) {
        return h.start() > 0 && text.charAt(h.start() - 1) == '对' && ruledOn().matcher(text.substring(h.end(), end)).lookingAt();
    }

    private static int count(String numeral) {
        if (numeral == null || numeral.isEmpty())
            return 0;
        if (numeral.matches("\\d+"))
            return Integer.parseInt(numeral);
        String digits = "零一二三四五六七八九";
        if (numeral.equals("两"))
            return 2;
        if (numeral.equals("十"))
            return 10;
        if (numeral.length() == 1)
            return Math.max(0, digits.indexOf(numeral.charAt(0)));
        if (numeral.startsWith("十"))
            return 10 + Math.max(0, digits.indexOf(numeral.charAt(1)));
        return 0;
    }

    // ---- addresses-anaphor

    /** A word for problems that closes a list: A、B和C等问题, 等风险, 等挑战. */
    private static Pattern closedList() {
        return CUES.pattern("CLOSED_LIST", () -> "等(?:[一二三四五六七八九十两\\d]+[个类项大])?" + CUES.any("problem-head"));
    }
    /** A cue of covering, then a word that points back to problems just named: 针对上述问题. */
    private static Pattern anaphor() {
        return CUES.pattern("ANAPHOR", () -> CUES.any("anaphor-verb") + "(?:了)?" + CUES.any("anaphor-pointer") + "(?:[一二三四五六七八九十两\\d]+[个类项大])?" + CUES.any("problem-head"));
    }

    /** The issues of the lists closed by a word for problems before {@code limit}, each in its own sub-clause. */
    private static List<String> closedListIssues(String text, List<Hit> hits, int limit) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = closedList().matcher(text);
        while (m.find() && m.start() < limit) {
            int sub = backTo(text, m.start(), SUBCLAUSE_END);
            for (Hit h : between(hits, sub, m.start()))
                if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h))
                    out.add(h.iri());
        }
        return new ArrayList<>(out);
    }

    private static void anaphor(String text, List<Hit> hits, TopicMemory memory, List<Rel> out) {
        Matcher m = anaphor().matcher(text);
        while (m.find()) {
            int clauseStart = backTo(text, m.start(), CLAUSE_END);
            Hit subject = null;
            for (Hit h : between(hits, clauseStart, m.start())) {
                if (h.isInstrument())
                    subject = h;
                else if (h.isActor() || h.isEvent())
                    subject = null; // 《办法》发布后，各方针对上述问题…: another party acts
            }
            if (subject == null)
                continue;
            List<String> issues = closedListIssues(text, hits, clauseStart);
            if (issues.isEmpty())
                issues = memory.listIssues();
            for (String issue : issues)
                out.add(new Rel(subject.iri(), "addresses", issue, subject.start(), m.end(), 0.6, RULE_ANAPHOR, false));
        }
    }

    // ---- addresses-description

    /** 这是全球首份关于X的规范性文书, 这是大会首次就X问题作出决议: a description ending in an instrument word. */
    private static Pattern description() {
        return CUES.pattern("DESCRIPTION", () -> CUES.any("description-pronoun") + CUES.any("description-adverb") + "?" + CUES.any("description-copula") + "[^，。；]{0,30}?(" + CUES.any("description-about") + ")([^，。；]{2,40}?)(" + CUES.any("description-head") + ")(?=[。；;，,]|$)");
    }

    /** The same description right after the instrument's name: 《X》是全球首部关于Y监管的综合性法律. */
    private static Pattern namedDescription() {
        return CUES.pattern("NAMED_DESCRIPTION", () -> "^[》”]?" + CUES.any("named-description-adverb") + "?" + CUES.any("named-description-copula") + "[^，。；]{0,30}?(" + CUES.any("description-about") + ")([^，。；]{2,40}?)(" + CUES.any("description-head") + ")(?=[。；;，,]|$)");
    }

    /**
     * The description with no word of about: the issue right before the head, only qualifiers (国际, 综合) and a 的 between
     * (《条例》是我国第一部专门性的未成年人网络保护综合立法, 这是首部全面规范个人资料保护的专法): group q opens the qualifiers.
     */
    private static String bareDescriptionTail() {
        return "([^，。；]{2,40}?)(?<q>的?" + CUES.any("description-qualifier") + "{0,2})(?<head>" + CUES.any("description-head") + ")(?=\\d{0,2}(?:[。；;，,]|$))";
    }

    private static Pattern bareDescription() {
        return CUES.pattern("BARE_DESCRIPTION", () -> CUES.any("description-pronoun") + CUES.any("description-adverb") + "?" + CUES.any("description-copula") + bareDescriptionTail());
    }

    private static Pattern namedBareDescription() {
        return CUES.pattern("NAMED_BARE_DESCRIPTION", () -> "^[》”]?" + CUES.any("named-description-adverb") + "?" + CUES.any("named-description-copula") + bareDescriptionTail());
    }

    /** The issues that end right where the qualifiers before the head open ({@link #bareDescriptionTail}). */
    private static List<Hit> bareIssues(List<Hit> hits, int from, int qualifiers) {
        List<Hit> found = new ArrayList<>();
        for (Hit h : between(hits, from, qualifiers))
            if (h.top().equals("Issue") && h.end() == qualifiers)
                found.add(h);
        return found;
    }

    /** A speaker's frame before a sub-clause: 有关负责人表示，(concept-relation-cues.tsv frame-verb). */
    private static Pattern speakerFrame() {
        return CUES.pattern("SPEAKER_FRAME", () -> "^[^，,。；]{0,30}?" + CueWords.any("concept-relation-cues.tsv", "frame-verb") + "[，,][《“]?$");
    }

    private static void description(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        for (Hit ins : hits) {
            if (!ins.isInstrument() || !(text.substring(backTo(text, ins.start(), CLAUSE_END), ins.start()).matches("^[《“]?$")
                    || speakerFrame().matcher(text.substring(backTo(text, ins.start(), CLAUSE_END), ins.start())).matches()))
                continue; // the instrument opens its clause (after a speaker's frame: 负责人表示，《条例》是…): it is what the description is about
            Matcher d = namedDescription().matcher(text.substring(ins.end()));
            if (d.lookingAt() && between(hits, ins.end(), ins.end() + d.start(2)).isEmpty()) {
                for (Hit h : between(hits, ins.end() + d.start(2), ins.end() + d.start(3)))
                    if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h))
                        out.add(new Rel(ins.iri(), "addresses", h.iri(), ins.start(), ins.end() + d.end(), 0.6, RULE_DESCRIPTION, false));
                continue;
            }
            Matcher b = namedBareDescription().matcher(text.substring(ins.end()));
            if (b.lookingAt() && between(hits, ins.end(), ins.end() + b.start("q")).stream().noneMatch(h -> h.isInstrument() || h.isEvent()))
                for (Hit h : bareIssues(hits, ins.end() + b.start(1), ins.end() + b.start("q")))
                    out.add(new Rel(ins.iri(), "addresses", h.iri(), ins.start(), ins.end() + b.end(), 0.6, RULE_DESCRIPTION, false));
        }
        for (Matcher m : List.of(description().matcher(text), bareDescription().matcher(text)))
        while (m.find()) {
            int clauseStart = backTo(text, m.start(), SUBCLAUSE_END);
            if (clauseStart != m.start())
                continue; // 这 opens the sub-clause: the description is its whole predicate
            Hit subject = null;
            for (Hit h : between(hits, backTo(text, m.start(), CLAUSE_END), m.start()))
                if (h.isInstrument())
                    subject = h; // 通过《建议书》,这是…: the instrument of the same sentence
            if (subject == null && backTo(text, m.start(), CLAUSE_END) == 0 && m.start() == 0)
                subject = discourse.lastInstrument(); // a sentence of its own after the one that named it
            if (subject == null || between(hits, backTo(text, m.start(), CLAUSE_END), m.start()).stream()
                    .anyMatch(h -> h.isActor() && h.start() > subjectEnd(hits, m.start())))
                continue;
            List<Hit> issues = new ArrayList<>();
            if (m.pattern() == bareDescription()) {
                if (between(hits, m.start(), m.start("q")).stream().anyMatch(h -> h.isInstrument() || h.isEvent()))
                    continue; // 这是落实《Y》的A法规: the issue is another text's (an actor may own the text: 这是印尼首部…专法)
                issues.addAll(bareIssues(hits, m.start(1), m.start("q")));
            } else
                for (Hit h : between(hits, m.start(2), m.start(3)))
                    if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h))
                        issues.add(h);
            for (Hit h : issues)
                out.add(new Rel(subject.iri(), "addresses", h.iri(), m.start(), m.end(), 0.6, RULE_DESCRIPTION, false));
        }
    }

    /** The end of the last instrument named before {@code pos} (0 when none). */
    private static int subjectEnd(List<Hit> hits, int pos) {
        int end = 0;
        for (Hit h : hits)
            if (h.isInstrument() && h.end() <= pos)
                end = h.end();
        return end;
    }

    // ---- agenda of an event (addresses-topic)

    /** 会议议程之一是“…”, 峰会的议程包括…: what stands on the agenda of the event just named. */
    private static Pattern agenda() {
        return CUES.pattern("AGENDA", () -> "^" + CUES.any("agenda-pointer") + "?" + CUES.any("event-head") + "(?:的)?" + CUES.any("agenda-adverb") + "?" + CUES.any("agenda-word") + CUES.any("agenda-one") + "?" + CUES.any("agenda-verb"));
    }

    private static void agenda(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        Matcher m = agenda().matcher(text);
        if (!m.lookingAt() || discourse.lastEvent() == null || !between(hits, 0, m.end()).isEmpty())
            return;
        int end = forwardTo(text, m.end(), CLAUSE_END);
        for (Hit h : between(hits, m.end(), end)) {
            if (h.isActor() || h.isInstrument() || h.isEvent())
                break;
            if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h))
                out.add(new Rel(discourse.lastEvent().iri(), "addresses", h.iri(), 0, end, 0.6, "addresses-topic", false));
        }
    }

    /** A named event or text, then what its agenda or content holds: 《X》的主要内容包括A、B, EVENT的议题包括A和B. */
    private static Pattern namedAgenda() {
        return CUES.pattern("NAMED_AGENDA", () -> "^[》”」]?的" + CUES.any("named-agenda-lead") + "?" + CUES.any("named-agenda-word")
                + CUES.any("agenda-adverb") + "?" + CUES.any("named-agenda-verb") + "(?:了)?[：:]?");
    }
    /** What follows the event or text a list belongs to: A和B是EVENT的主要议题(之一), A是《X》的核心内容. */
    private static Pattern agendaOf() {
        return CUES.pattern("AGENDA_OF", () -> "^[》”」]?的" + CUES.any("named-agenda-lead") + "?" + CUES.any("named-agenda-word")
                + CUES.any("agenda-one") + "?(?=[，,。；;！!]|$)");
    }
    /** What stands between two items of an agenda's list: a separator, a closing and an opening quote. */
    private static final Pattern AGENDA_ITEM_GAP = Pattern.compile("^[”」]?(?:、|，|,|和|与|及|以及|、以及|，以及)[“「]?$");
    /** What stands before the first item: nothing, or an opening quote. */
    private static final Pattern AGENDA_FIRST_GAP = Pattern.compile("^[“「]?$");
    /** The copula before the event or text of {@link #agendaOf()}: A和B是…, A也是…, A成为…. */
    private static final Pattern AGENDA_COPULA = Pattern.compile("(?:也|还|均|都)?(?:是|成为|成了|系)$");

    /**
     * The agenda or content of a named event or text (rule addresses-topic, as the agenda of an unnamed meeting):
     * 《X》的主要内容包括A、B和C; EVENT的议题包括A; A和B是《X》的核心内容; A是EVENT的主要议题之一. Only when the
     * verb follows the head directly (a planned agenda, 将包括, is left out) and the list holds nothing but issues.
     */
    private static void namedAgenda(String text, List<Hit> hits, List<Rel> out) {
        for (Hit t : hits) {
            if (!(t.isInstrument() || t.isEvent()) || t.end() >= text.length())
                continue;
            String after = text.substring(t.end());
            Matcher m = namedAgenda().matcher(after);
            if (m.lookingAt()) {
                if (m.group().endsWith("：") || m.group().endsWith(":"))
                    continue; // 主要内容包括：一是…；二是…: the items are the list rules' (addresses-list)
                int from = t.end() + m.end();
                int end = forwardTo(text, from, CLAUSE_END);
                int at = from;
                for (Hit h : between(hits, from, end)) {
                    // the items of the list, one after the other: 包括A、B和C; a longer phrase around an issue stops it
                    if (!h.top().equals("Issue") || !(at == from ? AGENDA_FIRST_GAP : AGENDA_ITEM_GAP).matcher(text.substring(at, h.start())).matches()
                            || ConceptRelationRules.modifier(text, h))
                        break;
                    out.add(new Rel(t.iri(), "addresses", h.iri(), t.start(), end, 0.6, "addresses-topic", false));
                    at = h.end();
                }
                continue;
            }
            Matcher of = agendaOf().matcher(after);
            int open = t.start() > 0 && "《“「".indexOf(text.charAt(t.start() - 1)) >= 0 ? t.start() - 1 : t.start();
            Matcher cop = AGENDA_COPULA.matcher(text.substring(0, open));
            if (!of.lookingAt() || !cop.find())
                continue;
            int from = backTo(text, cop.start(), SUBCLAUSE_END);
            List<Hit> items = between(hits, from, cop.start());
            if (items.isEmpty() || items.stream().anyMatch(h -> !h.top().equals("Issue")))
                continue;
            for (Hit h : items)
                if (!ConceptRelationRules.modifier(text, h))
                    out.add(new Rel(t.iri(), "addresses", h.iri(), from, t.end() + of.end(), 0.6, "addresses-topic", false));
        }
    }

    // ---- addresses-discussed

    /** The parties of a meeting discuss something: 各方就X深入交换看法, 与会代表就X进行了讨论, 双方就X达成共识, 双方围绕X交换了意见. */
    private static Pattern discussed() {
        return CUES.pattern("DISCUSSED", () -> CUES.any("discussed-party") + CUES.any("discussed-adverb") + "?" + discussedTail());
    }
    /** The frame of {@link #discussed()} from its 就/围绕 on: 就X深入交换看法, 围绕X进行了讨论, 就X达成共识 (group 1 is X). */
    private static String discussedTail() {
        return CUES.any("discussed-about") + "([^，。；]{2,40}?)" + CUES.any("discussed-manner") + "*(?:地)?(?:" + CUES.any("discussed-exchange") + "(?:了)?" + CUES.any("discussed-view") + "|" + CUES.any("discussed-hold") + "(?:了)?" + CUES.any("discussed-talk-manner") + "?(?:的)?" + CUES.any("discussed-talk") + "|" + CUES.any("discussed-reach") + "(?:了)?" + CUES.any("discussed-consensus-kind") + "?" + CUES.any("discussed-consensus") + "|" + CUES.any("discussed-exchange-2") + "(?:了)?" + CUES.any("discussed-view") + ")";
    }
    /** A speaker at the meeting just named: 秘书长在会上指出，… (the rest of the clause is what was said). */
    private static Pattern saidAt() {
        return CUES.pattern("SAID_AT", () -> "在" + CUES.any("said-place") + CUES.any("said-speech") + "?(?:时)?" + CUES.any("said-verb") + "[，,：:]");
    }
    /** A word for a meeting, outside any name: the sentence speaks of the meeting last named. */
    private static Pattern meetingWord() {
        return CUES.pattern("MEETING_WORD", () -> CUES.any("meeting-word"));
    }

    private static void discussed(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        Matcher m = discussed().matcher(text);
        while (m.find()) {
            Hit event = eventBefore(text, hits, discourse, m.start());
            if (event == null && m.start() == 0 && discourse != null && TopicMemory.of(discourse).eventJustNamed())
                event = discourse.lastEvent(); // …首次会议在日内瓦举行。双方围绕…交换了意见: the meeting of the sentence before
            if (event == null || between(hits, backTo(text, m.start(), SUBCLAUSE_END), m.start()).stream().anyMatch(h -> !h.isEvent()))
                continue; // 意法双方就…: the parties are named, the talk need not be the meeting's
            for (Hit h : between(hits, m.start(1), m.end(1)))
                if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h))
                    out.add(new Rel(event.iri(), "addresses", h.iri(), m.start(), m.end(), 0.6, RULE_DISCUSSED, false));
        }
        Matcher said = saidAt().matcher(text);
        if (said.find() && discourse != null && discourse.lastEvent() != null
                && between(hits, said.start(), said.end()).isEmpty()) {
            // 秘书长在会上指出，数字鸿沟正在扩大: the issues that open what was said (its topic), joined by 、和与及;
            // an issue deeper in the statement (…将威胁国家安全和人权) is the speaker's view, not the meeting's subject
            int end = forwardTo(text, said.end(), CLAUSE_END);
            int at = said.end();
            for (Hit h : between(hits, said.end(), end)) {
                if (!h.top().equals("Issue") || !text.substring(at, h.start()).matches(at == said.end() ? "^[“「]?$" : "^[、和与及]$")
                        || ConceptRelationRules.modifier(text, h))
                    break;
                out.add(new Rel(discourse.lastEvent().iri(), "addresses", h.iri(), said.start(), end, 0.6, RULE_DISCUSSED, false));
                at = h.end();
            }
        }
    }

    /**
     * What the parties discussed at a named meeting, with the meeting's name between them and the talk: 与会代表在EVENT上就A
     * 进行了讨论 (the frame of {@link #discussed()} after the place), 部长们在EVENT上讨论了A和B (a verb of discussing and its
     * object, the issues up to the end of the clause, stopping at any other name).
     */
    private static Pattern discussedAt() {
        return CUES.pattern("DISCUSSED_AT", () -> "^[》”」]?" + CUES.any("discussed-at-place") + "[，,]?" + CUES.any("discussed-party") + "?"
                + CUES.any("discussed-adverb") + "?(?:(?<about>" + CUES.any("discussed-about") + ")|" + CUES.any("discussed-manner") + "?"
                + CUES.any("discussed-at-verb") + "(?:了)?)");
    }

    /** 在 right before the event's name, a year or a mark between (在2026年EVENT上, 在“EVENT”期间). */
    private static final Pattern AT_EVENT = Pattern.compile("在(?:\\d{4}年)?[《“「]?$");

    private static void discussedAt(String text, List<Hit> hits, List<Rel> out) {
        for (Hit ev : hits) {
            if (!ev.isEvent() || ev.end() >= text.length()
                    || !AT_EVENT.matcher(text.substring(Math.max(0, ev.start() - 12), ev.start())).find())
                continue;
            Matcher m = discussedAt().matcher(text.substring(ev.end()));
            if (!m.lookingAt())
                continue;
            int from = ev.end() + m.end();
            int end = forwardTo(text, from, SUBCLAUSE_END);
            if (m.group("about") != null) {
                int partyAt = ev.end() + m.start("about");
                // the frame of discussed() from its 就/围绕 on: the same tail must close the sub-clause
                Matcher tail = CUES.pattern("DISCUSSED_TAIL", CoveredIssues::discussedTail).matcher(text);
                tail.region(partyAt, text.length());
                if (!tail.lookingAt())
                    continue;
                for (Hit h : between(hits, tail.start(1), tail.end(1)))
                    if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h))
                        out.add(new Rel(ev.iri(), "addresses", h.iri(), ev.start(), tail.end(), 0.6, RULE_DISCUSSED, false));
                continue;
            }
            int at = from;
            for (Hit h : between(hits, from, end)) {
                if (!h.top().equals("Issue") || !(at == from ? AGENDA_FIRST_GAP : AGENDA_ITEM_GAP).matcher(text.substring(at, h.start())).matches()
                        || ConceptRelationRules.modifier(text, h))
                    break;
                out.add(new Rel(ev.iri(), "addresses", h.iri(), ev.start(), end, 0.6, RULE_DISCUSSED, false));
                at = h.end();
            }
        }
    }

    /** The event named last before {@code pos} in the sentence, else the document's last event when the sentence speaks of a meeting. */
    private static Hit eventBefore(String text, List<Hit> hits, Discourse discourse, int pos) {
        Hit event = null;
        for (Hit h : between(hits, 0, pos))
            if (h.isEvent())
                event = h;
        if (event != null || discourse == null || discourse.lastEvent() == null)
            return event;
        Matcher w = meetingWord().matcher(text.substring(0, pos));
        while (w.find())
            if (!RelationRules.insideHit(hits, w.start()))
                return discourse.lastEvent();
        return null;
    }

    // ---- addresses-purpose

    /** An instrument, then the words that open its purpose: 《规定》是为了…, 《办法》旨在…, 《法》的目的是…, 出台《规定》，旨在… */
    private static Pattern purposeAfter() {
        return CUES.pattern("PURPOSE_AFTER", () -> "^[》”]?(?:的|[，,])?" + CUES.any("purpose-lead") + "?" + CUES.any("purpose-opener", "named"));
    }
    /** A sub-clause that implements other texts (落实《A》《B》等法律): skipped, the purpose goes on after it. */
    private static Pattern implementsOther() {
        return CUES.pattern("IMPLEMENTS", () -> "^" + CUES.any("implements-adverb") + "?" + CUES.any("implements-verb"));
    }

    /**
     * A purpose opened by a reference to a text instead of its name, at the start of a sub-clause: 出台这部规章，一方面是为了…,
     * 该法旨在…, 立法目的是…. The words of the reference are data (subject-frames.tsv and purpose-references.tsv position
     * reference: the heads a demonstrative points to a text with; purpose-references.tsv lawmaking: a word for making law
     * that stands for the law last named).
     */
    private static Pattern referredPurpose() {
        return CUES.pattern("REFERRED_PURPOSE", () -> "(?:^|[，,])" + CUES.any("lawmaking-verb") + "?(?<dem>" + CUES.any("purpose-pointer") + ")?(?<word>[\\u4e00-\\u9fff]{1,3}?)(?:的)?[，,]?" + CUES.any("purpose-lead") + "?" + CUES.any("purpose-also") + "?" + CUES.any("purpose-opener", "referred"));
    }

    /** The text a purpose clause opened by a reference ({@link #referredPurpose()}) speaks of, or null. */
    private static Hit referredPurposeOwner(Matcher m, TopicMemory memory) {
        String word = m.group("word");
        boolean reference = Lexicon.words("subject-frames.tsv", "position", "reference").contains(word)
                || Lexicon.words("purpose-references.tsv", "position", "reference").contains(word);
        if (m.group("dem") != null && reference)
            return memory.referred(word) != null ? memory.referred(word) : memory.lastWithin(3);
        if (m.group("dem") == null && Lexicon.words("purpose-references.tsv", "position", "lawmaking").contains(word))
            return memory.lastWithin(3); // 立法目的是…: the law the sentences just before spoke of
        return null;
    }

    private static void purpose(String text, List<Hit> hits, TopicMemory memory, List<Rel> out) {
        Matcher r = referredPurpose().matcher(text);
        while (r.find()) {
            if (!between(hits, r.start(), r.end()).isEmpty())
                continue; // a name in the opening: the named-text form below reads it
            Hit ins = referredPurposeOwner(r, memory);
            if (ins != null)
                purposeItems(text, hits, ins, r.end(), r.start(), out);
        }
        for (Hit ins : hits) {
            if (!ins.isInstrument() || memory.misread(text, ins))
                continue;
            Matcher m = purposeAfter().matcher(text.substring(ins.end()));
            if (!m.lookingAt())
                continue;
            purposeItems(text, hits, ins, ins.end() + m.end(), ins.start(), out);
        }
    }

    /** A sub-clause that goes on with a second purpose: 另一方面也是为了…, 同时旨在…. */
    private static Pattern purposeGoesOn() {
        return CUES.pattern("PURPOSE_GOES_ON", () -> "^" + CUES.any("purpose-next") + "?" + CUES.any("purpose-next-adverb") + "?" + CUES.any("purpose-opener", "goes-on"));
    }

    /** The issues the purpose sub-clauses from {@code from} pursue, up to the end of the clause, as what {@code ins} covers. */
    private static void purposeItems(String text, List<Hit> hits, Hit ins, int from, int evidenceStart, List<Rel> out) {
        int clauseEnd = forwardTo(text, from, CLAUSE_END);
        for (int sub = from; sub < clauseEnd; sub = forwardTo(text, sub, SUBCLAUSE_END) + 1) {
            int subEnd = Math.min(clauseEnd, forwardTo(text, sub, SUBCLAUSE_END));
            Matcher on = purposeGoesOn().matcher(text.substring(sub, subEnd));
            int items = sub > from && on.lookingAt() ? sub + on.end() : sub; // 另一方面也是为了维护A: the items follow the second opener
            List<Hit> inSub = between(hits, items, subEnd);
            if (implementsOther().matcher(text.substring(items, subEnd)).lookingAt())
                continue;
            if (inSub.stream().anyMatch(h -> h.isActor() || h.isInstrument() || h.isEvent()))
                break;
            boolean any = false;
            Hit previous = null;
            for (Hit h : inSub) {
                boolean joined = previous != null && text.substring(previous.end(), h.start()).matches("^(?:、|和|与|及|以及)$");
                if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h) && (joined || pursuedItem(text, items, h))) {
                    out.add(new Rel(ins.iri(), "addresses", h.iri(), evidenceStart, subEnd, 0.6, RULE_PURPOSE, false));
                    any = true;
                    previous = h; // 保障网络安全和数据安全: the verb takes both
                } else {
                    previous = null;
                }
            }
            if (!any && sub > from && inSub.isEmpty())
                break; // a sub-clause of something else: the purpose has ended
        }
    }

    /** 保障数据安全, 推动A、B, 减少C: the issue follows a verb of pursuing or countering (concept-cues.tsv positions pursue, counters) at the start of its item. */
    private static boolean pursuedItem(String text, int sub, Hit h) {
        int itemStart = Math.max(sub, text.lastIndexOf('、', h.start() - 1) + 1);
        String lead = text.substring(itemStart, h.start()).replaceFirst("^" + CUES.any("pursue-adverb"), "");
        if (lead.isEmpty() && itemStart > sub)
            return true; // 保障A、B: the next item of the same verb
        for (String position : List.of("pursue", "counters")) // 保障A, 减少B: a purpose pursues A and counters B
            for (String v : Lexicon.words("concept-cues.tsv", "position", position))
                if (lead.equals(v))
                    return true;
        return false;
    }

    // ---- addresses-passive

    /** Right before the instrument: the issues are put into it (A和B被纳入《X》, 首次写入《X》). */
    private static Pattern putInto() {
        return CUES.pattern("PUT_INTO", () -> CUES.any("put-adverb") + "*" + CUES.any("put-verb") + "(?:了)?[《“]?$");
    }
    /** Around the instrument: the issues find their rules in it (A在《X》中得到规范). */
    private static Pattern inBefore() {
        return CUES.pattern("IN_BEFORE", () -> CUES.any("in-adverb") + "*在[《“]?$");
    }
    private static Pattern inAfter() {
        return CUES.pattern("IN_AFTER", () -> "^[》”]?" + CUES.any("in-place") + CUES.any("in-adverb-after") + "?" + CUES.any("in-get") + "(?:了)?" + CUES.any("in-manner") + "?(?:的)?" + CUES.any("in-found"));
    }
    /** What may close the list of issues before the verb: 等问题, 等议题. */
    private static Pattern listClose() {
        return CUES.pattern("LIST_CLOSE", () -> "^(?:等(?:[一二三四五六七八九十两\\d]{1,2}[个项大类])?" + CUES.any("list-close-head") + "?)?" + CUES.any("list-close-adverb") + "?$");
    }

    /**
     * 数据安全和数字鸿沟被纳入《X》, 跨境数据流动等问题在《X》中得到规范: the issues of the list that is the
     * subject of a passive or of 在《X》中得到… are what X covers.
     */
    private static void passive(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit ins = hits.get(i);
            if (!ins.isInstrument())
                continue;
            int sub = backTo(text, ins.start(), SUBCLAUSE_END);
            String before = text.substring(sub, ins.start());
            Matcher put = putInto().matcher(before);
            Matcher in = inBefore().matcher(before);
            int verbStart;
            if (put.find())
                verbStart = sub + put.start();
            else if (in.find() && inAfter().matcher(text.substring(ins.end())).lookingAt())
                verbStart = sub + in.start();
            else
                continue;
            List<Hit> listed = new ArrayList<>();
            int at = verbStart;
            for (int j = i - 1; j >= 0 && hits.get(j).start() >= sub; j--) {
                Hit h = hits.get(j);
                String gap = text.substring(h.end(), at);
                boolean fits = listed.isEmpty() ? listClose().matcher(gap).matches() : gap.matches("^(?:[、和与及]|以及)$");
                if (!fits || !h.top().equals("Issue") || ConceptRelationRules.modifier(text, h))
                    break;
                listed.add(h);
                at = h.start();
            }
            if (!listed.isEmpty() && !text.substring(sub, at).matches("^[\\s“”]*$") && !text.substring(sub, at).matches("^" + CUES.any("list-lead") + "?$"))
                continue; // 法国要求将A纳入《X》: the list is no subject, someone else acts
            for (Hit h : listed)
                out.add(new Rel(ins.iri(), "addresses", h.iri(), h.start(), ins.end(), 0.6, RULE_PASSIVE, false));
        }
    }

    // ---- addresses-stated

    /** An act that makes a text public right before its name, in the same sub-clause: 发布《X》, 批准了《X》. */
    private static Pattern madePublic() {
        return CUES.pattern("MADE_PUBLIC", () -> CUES.any("made-public") + "(?:了)?[《“]?$");
    }
    /** After the name: its short name declared in brackets (（以下简称《规定》）), its gloss, a footnote, then a comma and a verb of stating with no subject of its own. */
    private static Pattern statesNext() {
        return CUES.pattern("STATES_NEXT", () -> "^[》”]?(?:[（(][^）)《]{0,12}《[^》]{1,30}》[）)])?" + CUES.any("states-gloss") + "?(?:\\[\\d{1,3}\\])?[，,]" + CUES.any("states-next-adverb") + "?" + CUES.any("states-verb", "next") + "(?:了)?" + CUES.any("states-must") + "?(?!" + CUES.any("states-plan") + ")");
    }
    /** A later sub-clause that goes on stating: 并提出…, 强调… */
    private static Pattern statesOn() {
        return CUES.pattern("STATES_ON", () -> "^" + CUES.any("states-on-adverb") + "?" + CUES.any("states-verb", "on") + "(?:了)?" + CUES.any("states-must") + "?(?!" + CUES.any("states-plan") + ")");
    }

    /**
     * 非盟执行理事会批准了《非盟数据政策框架》，提出建立统一的数据治理环境 (双方通过了X，同意在A、B等领域深化合作: what the
     * parties that adopted it agree on or commit to in it, not what they only plan to study): the sub-clause right after the act
     * that made a text public, opened by a verb of stating with no subject of its own, says what the text
     * states; its issues (and those of the sub-clauses that go on stating) are what the text covers. The run
     * ends at a sub-clause that names an actor, instrument or event (提出修订《指令》: another text).
     */
    private static void stated(String text, List<Hit> hits, List<Rel> out) {
        for (Hit ins : hits) {
            if (!ins.isInstrument())
                continue;
            int sub = backTo(text, ins.start(), SUBCLAUSE_END);
            if (!madePublic().matcher(text.substring(sub, ins.start())).find())
                continue;
            Matcher m = statesNext().matcher(text.substring(ins.end()));
            if (!m.lookingAt())
                continue;
            int clauseEnd = forwardTo(text, ins.end(), CLAUSE_END);
            int from = ins.end() + m.end();
            while (from < clauseEnd) {
                int subEnd = Math.min(clauseEnd, forwardTo(text, from, SUBCLAUSE_END));
                List<Hit> inSub = between(hits, from, subEnd);
                if (inSub.stream().anyMatch(h -> h.isActor() || h.isInstrument() || h.isEvent()))
                    break;
                for (Hit h : inSub)
                    if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h))
                        out.add(new Rel(ins.iri(), "addresses", h.iri(), ins.start(), subEnd, 0.6, RULE_STATED, false));
                if (subEnd >= clauseEnd)
                    break;
                Matcher on = statesOn().matcher(text.substring(subEnd + 1, clauseEnd));
                if (!on.lookingAt())
                    break;
                from = subEnd + 1 + on.end();
            }
        }
    }

    // ---- addresses-kinds

    /**
     * 《法》有关非法内容的义务…，须减少恐怖主义内容、儿童性剥削材料等非法内容带来的风险: a text that covers an issue (a fact of
     * this sentence, by any rule) covers the kinds of it listed before 等 and its name in the same sentence; the list runs
     * left over issues joined by 、和及以及, within the sub-clause.
     */
    private static void kinds(String text, List<Hit> hits, List<Rel> out) {
        List<Rel> found = new ArrayList<>();
        for (Rel r : out)
            if (r.predicate().equals("addresses") && !r.rule().equals(RULE_KINDS))
                found.add(r);
        Set<String> seen = new LinkedHashSet<>();
        for (Rel r : found)
            for (int i = 0; i < hits.size(); i++) {
                Hit kind = hits.get(i);
                if (!kind.iri().equals(r.object()) || kind.start() == 0 || text.charAt(kind.start() - 1) != '等')
                    continue;
                int sub = backTo(text, kind.start(), SUBCLAUSE_END);
                if (between(hits, sub, kind.start()).stream().anyMatch(h -> (h.isActor() || h.isInstrument() || h.isEvent()) && !h.iri().equals(r.subject())))
                    continue; // 法国则关注A等非法内容: the list is another party's concern
                int at = kind.start() - 1;
                for (int j = i - 1; j >= 0 && hits.get(j).start() >= sub; j--) {
                    Hit h = hits.get(j);
                    String gap = text.substring(h.end(), at);
                    if (!(at == kind.start() - 1 ? gap.isEmpty() : gap.matches("^(?:[、和及]|以及)$")) || !h.top().equals("Issue")
                            || ConceptRelationRules.modifier(text, h))
                        break;
                    if (!h.iri().equals(r.object()) && seen.add(r.subject() + " " + h.iri()))
                        out.add(new Rel(r.subject(), "addresses", h.iri(), h.start(), kind.end(), 0.6, RULE_KINDS, false));
                    at = h.start();
                }
            }
    }
}

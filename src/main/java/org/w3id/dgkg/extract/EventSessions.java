package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * Sittings of an event named only in relation to it (event-session). Their names hold no name of their own
 * (峰会领导人会议, 研讨会高级别会议, 21日举行的领导人视频会议): read alone, the same words in two documents would be
 * one entity collecting the sittings of unrelated events. A sitting is named after the event it belongs to, the
 * one the document named last before it with that head (人工智能行动峰会 → 人工智能行动峰会领导人会议), and the words
 * the document wrote are its short name there:
 * <ul>
 * <li>a discovered event name that opens with a bare event head (峰会领导人会议: 峰会 + 领导人会议) after an event of
 * that head: that event's name in place of the bare head;</li>
 * <li>a day and a session head (21日举行的领导人视频会议, 22日的部长级会议) in a document whose event last named was dated
 * by a range of days: a sitting of that event on that day.</li>
 * <li>an ordinal session written bare after the organisation that holds it (教科文组织…在撒马尔罕举行的第43届大会,
 * 部长委员会在斯特拉斯堡举行的第133届会议): the organisation's name in front (教科文组织第43届大会), the bare words its
 * short name there (a 43rd session of every body is no one event by itself).</li>
 * </ul>
 * With no such event before, the name is left as it was (the first two) or no name (the second).
 */
final class EventSessions {
    private EventSessions() {}

    static final String RULE = "event-session";

    /** A session head alone: the words that make a sitting, then a head (领导人视频会议, 部长级会议, 全体会议). */
    private static final String SESSION = "(?:领导人|部长级|部长|高级别|全体|视频|线上|非正式|开幕|闭幕|特别|专题|圆桌|双边)+(?:会议|会晤|对话会|峰会|全会)|开幕式|闭幕式";
    /** 21日举行的领导人视频会议, 22日的部长级会议: a sitting on one day of the event. */
    private static final Pattern DAY_SESSION = Pattern.compile("(?<![\\d至\\-—])(\\d{1,2})日(?:举行|召开)?的(" + SESSION + ")(?![\\p{IsHan}&&[^上后前时期间由在于和与及通发举召]])");
    /** A range of days: the event lasts more than one day (21日至22日, 21-22日). */
    private static final Pattern DAY_RANGE = Pattern.compile("\\d{1,2}日?\\s*[至\\-—–]\\s*(?:\\d{1,2}月)?\\d{1,2}日");

    /** The words of the slots of an ordinal session (event-name-cues.tsv ordinal-session-head, session-held). */
    private static final CueWords.Table CUES = CueWords.table(EventFinder.CUE_FILE, "EventSessions");

    /**
     * 在P举行的第43届大会, 召开的第133届会议: an ordinal and a session head written bare after a verb of holding and 的 (the
     * head not part of a longer name: a mark, a locative or a verb follows it).
     */
    private static Pattern heldOrdinalSession() {
        return CUES.pattern("held-ordinal-session", () -> "(?:(?:" + CUES.any("session-held") + ")(?:的|了)?|在(?=第[^，,。；;]{1,12}(?:上|期间)))((?:第[一二三四五六七八九十百零\\d]+[届次])(?:"
                + CUES.any("ordinal-session-head") + "))(?=" + CUES.any("session-follow") + "|[，,。；;、（(]|$)");
    }

    /** Between the organisation and the verb of holding: a note in brackets, a time, a place after 在; no comma, no verb. */
    private static final Pattern ORGANISER_GAP = Pattern.compile("(?:[（(][^）)]{1,20}[）)])?[^，,。；;（(]{0,24}");

    /**
     * 3. 教科文组织…在撒马尔罕举行的第43届大会: the session of the organisation that opens the sub-clause, named with it in front.
     * {@code organiser} tells the names of organisations (the registry's or this document's; no state, economy or person).
     */
    /** The number of a list item (1. , 2、, （三）) before the words of the item: a line's or item's opening, no organiser's. */
    private static final Pattern LIST_MARKER = Pattern.compile("(?:\\d{1,2}[.．、]|[（(][一二三四五六七八九十\\d]{1,3}[）)])\\s*");

    private static void ordinalSessions(List<Sentence> sentences, List<String> texts, Map<String, DiscoveredName> discovered,
            Predicate<String> organiser) {
        for (int i = 0; i < sentences.size(); i++) {
            String text = texts.get(i);
            for (Matcher m = heldOrdinalSession().matcher(text); m.find();) {
                int from = Math.max(Math.max(text.lastIndexOf('，', m.start()), text.lastIndexOf('\n', m.start())),
                        Math.max(text.lastIndexOf('。', m.start()), text.lastIndexOf('；', m.start()))) + 1;
                while (from < m.start() && Character.isWhitespace(text.charAt(from)))
                    from++;
                Matcher marker = LIST_MARKER.matcher(text.substring(from, m.start()));
                if (marker.lookingAt())
                    from += marker.end(); // 1. 教科文组织…举行的第41届大会: a list item's number, then the organisation
                String org = null;
                for (int len = Math.min(20, m.start() - from); len >= 2 && org == null; len--)
                    if (organiser.test(text.substring(from, from + len))
                            && ORGANISER_GAP.matcher(text.substring(from + len, m.start())).matches())
                        org = text.substring(from, from + len);
                if (org == null)
                    continue;
                String session = m.group(1);
                DiscoveredName f = DiscoveredName.event(discovered, org + session, "Event", "Event", RULE);
                f.alts.add(session);
                if (RULE.equals(f.rule))
                    f.foundAt.add(DiscoveredName.position(sentences.get(i).index(), m.start(1)));
            }
        }
    }

    /** Renames and registers, in {@code discovered}, the sittings {@code doc} names after an event of its own. */
    static void register(SourceDocument doc, Map<String, DiscoveredName> discovered) {
        register(doc, discovered, name -> false);
    }

    /** The same, and the ordinal sessions of the organisations {@code organiser} tells. */
    static void register(SourceDocument doc, Map<String, DiscoveredName> discovered, Predicate<String> organiser) {
        List<Sentence> sentences = doc.sentences();
        List<String> texts = new ArrayList<>();
        for (Sentence s : sentences)
            texts.add(Script.reading(doc, s));
        ordinalSessions(sentences, texts, discovered, organiser);
        List<DiscoveredName> events = discovered.values().stream().filter(f -> "Event".equals(f.top)).toList();
        if (events.isEmpty())
            return;
        record Named(DiscoveredName event, int sentence, int at, boolean range) {}
        List<Named> named = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String text = texts.get(i);
            boolean range = DAY_RANGE.matcher(text).find();
            for (DiscoveredName f : events)
                for (int at = text.indexOf(f.label); at >= 0; at = text.indexOf(f.label, at + 1))
                    named.add(new Named(f, s.index(), at, range));
        }
        named.sort((a, b) -> a.sentence() != b.sentence() ? Integer.compare(a.sentence(), b.sentence()) : Integer.compare(a.at(), b.at()));
        // 1. 峰会领导人会议: a bare head, then the sitting
        for (DiscoveredName f : events) {
            String bare = bareHeadAtStart(f.label);
            if (bare == null)
                continue;
            Named first = named.stream().filter(n -> n.event() == f).findFirst().orElse(null);
            if (first == null)
                continue;
            DiscoveredName of = null;
            for (Named n : named)
                if ((n.sentence() < first.sentence() || n.sentence() == first.sentence() && n.at() < first.at()) && n.event() != f && n.event().label.endsWith(bare) && n.event().label.length() > bare.length())
                    of = n.event();
            if (of == null)
                continue;
            String label = of.label + f.label.substring(bare.length());
            String key = Labels.key(label);
            if (discovered.containsKey(key))
                continue;
            discovered.remove(f.named.key);
            DiscoveredName sitting = new DiscoveredName("event", key, f.type, f.top, label);
            sitting.alts.addAll(f.alts);
            sitting.alts.add(f.label);
            sitting.rule = f.rule;
            sitting.foundAt.addAll(f.foundAt);
            discovered.put(key, sitting);
        }
        // 2. 21日举行的领导人视频会议: a sitting on one day of an event of several days
        for (int i = 0; i < sentences.size(); i++) {
            String text = texts.get(i);
            int index = sentences.get(i).index();
            for (Matcher m = DAY_SESSION.matcher(text); m.find();) {
                Named of = null;
                for (Named n : named)
                    if (n.sentence() < index || n.sentence() == index && n.at() < m.start())
                        of = n;
                if (of == null || !of.range() || index - of.sentence() > 6)
                    continue;
                String label = of.event().label + m.group(2);
                DiscoveredName f = DiscoveredName.event(discovered, label, of.event().type, of.event().top, RULE);
                f.alts.add(m.group(2));
                if (RULE.equals(f.rule))
                    f.foundAt.add(DiscoveredName.position(index, m.start(2)));
            }
        }
    }

    /**
     * One event written with two names of its organiser (世贸组织第十三届部长级会议 in the headline, 世界贸易组织第十三届部长级会议
     * in the body; DiscoveredNames.organiserVariants finds the pairs): one entity, named by the longer name, the other
     * its alias, so that what the body says of the event and what the headline names are of one thing.
     */
    static void sameEvents(Map<String, DiscoveredName> discovered, List<DiscoveredName[]> pairs) {
        for (DiscoveredName[] p : pairs) {
            DiscoveredName a = p[0];
            DiscoveredName b = p[1];
            if (discovered.get(a.named.key) != a || discovered.get(b.named.key) != b)
                continue; // one of them merged already
            DiscoveredName keep = a.label.length() >= b.label.length() ? a : b;
            DiscoveredName drop = keep == a ? b : a;
            discovered.remove(drop.named.key);
            keep.alts.add(drop.label);
            keep.alts.addAll(drop.alts);
            keep.alts.remove(keep.label);
            keep.foundAt.addAll(drop.foundAt);
            if (keep.acronym == null)
                keep.acronym = drop.acronym;
        }
    }

    /** The bare event head a name opens with when the rest is a sitting (峰会 of 峰会领导人会议), or null. */
    static String bareHeadAtStart(String label) {
        for (Map.Entry<String, String> e : Lexicon.longestFirst("event-heads.tsv", "class")) {
            String head = e.getKey();
            if (label.startsWith(head) && label.length() > head.length() && label.substring(head.length()).matches(SESSION))
                return head;
        }
        return null;
    }
}

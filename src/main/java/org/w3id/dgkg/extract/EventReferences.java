package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short references to events (会议, 会上, 该次会议, 本届大会, a bare 大会): which event of the document
 * they mean, read from the {@link Discourse} of the sentences before. Shared by the clause analysis
 * (an act placed at the event last named) and the participation rules.
 */
final class EventReferences {
    private EventReferences() {}

    /** The words of each slot (ontology/lexicon/event-reference-cues.tsv). */
    private static final CueWords.Table CUES = CueWords.table("event-reference-cues.tsv", "EventReferences");

    // The patterns other stages match directly (fields) are made when this class loads, after the build has chosen its
    // ontology folder (Extractor calls Lexicon.use first); the others are made per lexicon, as CueWords.pattern does.

    /** E时, E期间, E以来: the event names a time. */
    static final Pattern EVENT_AS_TIME = Pattern.compile("^[”」]?[^，。；]{0,4}?" + CUES.any("as-time"));

    /** An ordinal and a reference head (首届峰会, 第三届会议): one edition of the series, by its ordinal. */
    private static Pattern editionReference() {
        return CUES.pattern("edition", () -> "(" + EventEditions.ORDINAL.pattern() + ")(" + CUES.any("head", "reference") + ")");
    }

    /** A short reference to the event last named: 会议, 会上, 该次会议, 大会期间. */
    static final Pattern EVENT_REFERENCE = Pattern.compile("^(?:了|的)?" + CUES.any("demonstrative", "reference") + "?" + CUES.any("sitting") + "?"
            + "(?:(?:[0-9]{1,2}日|" + CUES.any("sitting") + ")的)?" + CUES.any("plenary") + "?" // 22日的部长级会议, 当天的全体会议: a sitting of the event
            + CUES.any("head", "reference"));
    /**
     * A short reference to the event, with a qualifier of a few characters ending in 的 (这次为期两天的峰会, 本届会议), standing
     * alone before a date (…于21日开幕): rule date-event-reference.
     */
    static final Pattern QUALIFIED_REFERENCE = Pattern.compile("^" + CUES.any("demonstrative", "reference") + "?(?:[^，,。；;、“”《》「」\\d年届屆]{1,8}的)?"
            + CUES.any("head", "reference") + "[ \\u3000]*(?:于|於|在)?[ \\u3000]*$");
    /** 4日至5日的峰会期间: a span of days (its start dates the event) right before a short reference to the event. */
    static final Pattern SPAN_THEN_REFERENCE = Pattern.compile("^[ \\u3000]*(?:至|到|—|－|-)[ \\u3000]*\\d{1,2}[ \\u3000]*日[ \\u3000]*的" + CUES.any("head", "reference")
            + CUES.any("during"));
    /** Whether a short reference {@code lead} names another edition than the one reported (下届峰会, 明年的会议). */
    static boolean otherEditionIn(String lead) {
        return CUES.pattern("other-edition-in", () -> CUES.any("other-edition", "reference")).matcher(lead).find();
    }

    static final Pattern DEMONSTRATIVE_AFTER = Pattern.compile("^(?:了|的)?" + CUES.any("demonstrative", "reference"));

    /** 会议上, 该次会议期间, 在大会闭幕当天 (于/在 are prepositions: grammar). */
    private static Pattern eventLocative() {
        return CUES.pattern("locative", () -> CUES.any("demonstrative", "locative") + "?" + CUES.any("plenary") + "?" + CUES.any("head", "locative") + CUES.any("during")
                + "|(?:于|在)" + CUES.any("demonstrative", "opening") + "?" + CUES.any("head", "opening") + CUES.any("opening-verb") + CUES.any("opening-time"));
    }

    /** 《Y》经峰会审议通过, 由会议表决通过: the event, referred to by its head, is the agent of a passive act (经/由: grammar). */
    private static Pattern eventAgent() {
        return CUES.pattern("agent", () -> "(?:经|由)" + CUES.any("demonstrative", "agent") + "?" + CUES.any("head", "agent") + CUES.any("agent-act") + "?$");
    }

    /** 下届, 上一届, 明年的: right before a short reference, it names another edition than the one the document reports. */
    private static Pattern otherEdition() {
        return CUES.pattern("other-edition", () -> CUES.any("other-edition", "reference") + "(?:于|在)?[“「]?$");
    }

    /** 与会各方, 与会部长, 参会代表 opening a sub-clause: those attending act, so the act is at the event last named. */
    private static Pattern attendantsSubject() {
        return CUES.pattern("attendants", () -> "(?:^|[，,])(?:[^，,。；]{0,3})" + CUES.any("attending") + CUES.any("attendant"));
    }

    /** Bare heads that name an event of the document when one was named with that head (大会 after 2024世界人工智能大会). */
    private static Pattern bareEventHead() {
        return CUES.pattern("bare", () -> CUES.any("head", "bare"));
    }
    /** Event names in which 大会 is the UN General Assembly's session: there 大会 may well mean the Assembly itself. */
    /** Whether {@code name} holds one of {@code labels} other than the bare {@code surface} itself. */
    private static boolean namesInside(java.util.Set<String> labels, String surface, String name) {
        for (String l : labels)
            if (l.length() >= 2 && !l.equals(surface) && name.contains(l))
                return true;
        return false;
    }

    /**
     * 开幕式上，大会发表《Y》: a bare 大会 that the registry reads as an organisation (the UN General Assembly)
     * means, in a document whose main event is a 大会 of another kind, that event.
     */
    static List<Hit> bareEventHeads(String text, List<Hit> hits, Discourse discourse) {
        if (discourse == null || discourse.mainEvent() == null)
            return hits;
        Hit main = discourse.mainEvent();
        String mainName = discourse.nameOf(main.iri());
        List<Hit> out = null;
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            String surface = text.substring(h.start(), h.end());
            if (h.isEvent() || !bareEventHead().matcher(surface).matches() || mainName == null || !mainName.contains(surface)
                    || namesInside(discourse.labelsOf(h.iri()), surface, mainName))
                continue; // 第79届联合国大会一般性辩论: there 大会 is the organ the main event's own name holds
            if (out == null)
                out = new ArrayList<>(hits);
            out.set(i, new Hit(main.iri(), main.top(), main.type(), h.start(), h.end(), h.rule()));
        }
        return out == null ? hits : out;
    }

    /** EVENT在上海开幕, EVENT于…举行: the event itself takes place (not 召开时, not 举行的…上). */
    static final Pattern HELD_AFTER = Pattern.compile("^[”」》]?[^，。；、的]{0,20}?" + CUES.any("taking-place", "held") + "(?!" + CUES.any("not-held") + ")");

    /** A reference to the document's main event rather than to the event last named. */
    private static Pattern mainEventReference() {
        return CUES.pattern("main", () -> CUES.any("main"));
    }

    /** The event a short reference in {@code around} means (Discourse.mainEvent for 开幕式, 本届…). */
    static Hit referredEvent(Discourse discourse, String around) {
        Hit event = mainEventReference().matcher(around).find() ? discourse.mainEvent() : discourse.lastEvent();
        Matcher ordinal = editionReference().matcher(around);
        if (ordinal.find()) {
            // 首届峰会期间 in a text about the second summit: the edition of that ordinal the document named, else none
            Hit edition = discourse.lastEventWith(ordinal.group(1), ordinal.group(2));
            if (edition != null)
                return edition;
            String name = event == null ? null : discourse.nameOf(event.iri());
            if (name != null && EventEditions.ORDINAL.matcher(name).find() && !name.contains(ordinal.group(1)))
                return null; // 第三届峰会的举办地 after 第二届…峰会: an edition the document did not name
        }
        if (event == null)
            return null;
        // 峰会 or 论坛 alone refers to an event of that kind: a summit is not the ministerial meeting named before
        String head = null;
        String plain = around;
        for (String session : CUES.set("session"))
            plain = plain.replace(session, ""); // 分论坛 is a session of any event, not a 论坛 of its own
        for (Matcher m = SPECIFIC_EVENT_HEAD.matcher(plain); m.find();)
            head = m.group();
        String name = discourse.nameOf(event.iri());
        if (head != null && name != null && !name.endsWith(head)) {
            // 在峰会上 after 峰会领导人会议 (a sitting of the summit): the summit last named, when there is one
            Hit kind = discourse.lastEventEndingWith(head);
            if (kind != null)
                return kind;
        }
        if (head != null && name != null && !name.contains(head) && CUES.set("summit").contains(head) && leadersMeeting().matcher(name).find())
            return event; // 峰会 after 上海合作组织成员国元首理事会第二十三次会议: a meeting of heads of state is a summit
        return head != null && name != null && !name.contains(head) ? null : event;
    }

    /** A meeting of heads of state or government (元首理事会…会议, 领导人会议, 首脑会议): what a text also calls 峰会. */
    private static Pattern leadersMeeting() {
        return CUES.pattern("leaders", () -> CUES.any("leaders") + "[^，。；]{0,12}" + CUES.any("leaders-meeting") + "$");
    }

    static final Pattern SPECIFIC_EVENT_HEAD = Pattern.compile(CUES.any("head", "specific"));

    /** EVENT前, EVENT之后, EVENT召开前夕: a time before or after the event, not the event itself. */
    private static Pattern beforeOrAfter() {
        return CUES.pattern("before-after", () -> "^[”」》]?" + CUES.any("taking-place", "around") + "?" + CUES.any("before-after") + "(?![\\u4e00-\\u9fff]{0,2}" + CUES.any("during") + ")");
    }

    /** 随着E陷入僵局, 以E筹备为契机: an event named only to frame the act, as its background or occasion. */
    private static Pattern framingBefore() {
        return CUES.pattern("framing", () -> CUES.any("framing") + "[“「《]?$");
    }

    private static Pattern preparationAfter() {
        return CUES.pattern("preparation", () -> "^[”」》]?(?:的)?" + CUES.any("preparation"));
    }

    /**
     * Whether the event named before an act's verb places the act (在EVENT上发布), not a time around it (在EVENT前发布),
     * its preparation (E筹备) or a background that frames it (随着E…).
     */
    static boolean placesAct(String text, Hit event) {
        String after = text.substring(event.end());
        return !beforeOrAfter().matcher(after).lookingAt() && !preparationAfter().matcher(after).lookingAt()
                && !framingBefore().matcher(text.substring(Math.max(0, event.start() - 3), event.start())).find();
    }

    /** Right before an event: it only bounds a time (维持至第十四届部长级会议, 延续到下届峰会) or names the next edition. */
    private static Pattern boundBefore() {
        return CUES.pattern("bound", () -> "(?:" + CUES.any("bound") + "|" + CUES.any("other-edition", "bound") + ")[“「]?$");
    }

    /** Right after an event: it is announced for later (将于2026年在喀麦隆举行, 拟在…召开, 计划于…举办). */
    private static Pattern announcedAfter() {
        return CUES.pattern("announced", () -> "^[”」》]?(?:（[^）]{0,12}）)?[^，。；]{0,6}?" + CUES.any("announcing") + "[^。；]{0,24}?" + CUES.any("taking-place", "announced"));
    }

    /**
     * Whether the event named at {@code e} is not the one the document reports: named only as a time bound (维持至E) or
     * as an edition announced for later (E将于2026年举行). Nothing the sentence says of another event is its, and a later
     * 会议/本届 does not mean it.
     */
    static boolean notTheCurrent(String text, Hit e) {
        return boundBefore().matcher(text.substring(Math.max(0, e.start() - 4), e.start())).find()
                || announcedAfter().matcher(text.substring(e.end())).lookingAt();
    }

    /** Whether the event at {@code e} is announced for later (E将于…举行): it has no date, participant or outcome yet. */
    static boolean announced(String text, Hit e) {
        return announcedAfter().matcher(text.substring(e.end())).lookingAt();
    }

    /** 在会上, 会议期间, or a clause that opens with 会议/会晤/大会 as its subject: the event last named. */
    static boolean eventReferenceBefore(String text, int from, int vs) {
        String lead = text.substring(from, vs);
        Matcher at = eventLocative().matcher(lead);
        if (at.find())
            return !otherEdition().matcher(lead.substring(0, at.start())).find(); // not 在下届峰会上: another edition than the one reported
        return EVENT_REFERENCE.matcher(lead).lookingAt() && !lead.startsWith("了") || attendantsSubject().matcher(lead).find()
                || eventAgent().matcher(lead).find();
    }
}

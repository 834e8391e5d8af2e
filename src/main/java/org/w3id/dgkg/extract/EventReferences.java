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

    static final Pattern EVENT_AS_TIME = Pattern.compile("^[”」]?[^，。；]{0,4}?(?:时|之际|以来|前后|之后|之前|期间)");

    /** A short reference to the event last named: 会议, 会上, 该次会议, 大会期间. */
    static final Pattern EVENT_REFERENCE = Pattern.compile("^(?:了|的)?(?:该次|本次|此次|这次|本届|该届|此届|同次|同届|当次|该|本|此)?(?:首日|次日|当日|当天|开幕式|闭幕式)?(?:全体|开幕|闭幕)?(?:开幕式|闭幕式|会议|大会|峰会|会晤|全会|论坛|活动|会)");
    static final Pattern DEMONSTRATIVE_AFTER = Pattern.compile("^(?:了|的)?(?:该次|本次|此次|这次|本届|该届|此届|同次|同届|当次|该|本|此)");
    private static final Pattern EVENT_LOCATIVE = Pattern.compile("(?:该次|本次|此次|这次|本届|该届|此届)?(?:开幕式|闭幕式|会议|大会|峰会|会晤|全会|会)(?:上|期间)"
            + "|(?:于|在)(?:该次|本次|此次|这次|本届)?(?:会议|大会|峰会|会晤|全会|论坛)(?:闭幕|开幕)(?:当天|当日|时|之际)");
    /** 《Y》经峰会审议通过, 由会议表决通过: the event, referred to by its head, is the agent of a passive act. */
    private static final Pattern EVENT_AGENT = Pattern.compile("(?:经|由)(?:该次|本次|此次|这次|本届|该届|同次)?(?:会议|大会|峰会|全会|论坛|会)(?:审议|表决|讨论|一致)?$");

    /** 下届, 上一届, 明年的: right before a short reference, it names another edition than the one the document reports. */
    private static final Pattern OTHER_EDITION = Pattern.compile("(?:下届|下一届|下次|下一次|上届|上一届|上次|前一届|前几届|历届|明年的?|去年的?|今后的?|未来的?)(?:于|在)?[“「]?$");

    /** 与会各方, 与会部长, 参会代表 opening a sub-clause: those attending act, so the act is at the event last named. */
    private static final Pattern ATTENDANTS_SUBJECT = Pattern.compile("(?:^|[，,])(?:[^，,。；]{0,3})(?:与会|参会|出席会议的)(?:各方|各国|国家|部长们?|代表们?|领导人们?|成员|成员国|嘉宾|者)");

    /** Bare heads that name an event of the document when one was named with that head (大会 after 2024世界人工智能大会). */
    private static final Pattern BARE_EVENT_HEAD = Pattern.compile("大会|峰会|论坛");
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
            if (h.isEvent() || !BARE_EVENT_HEAD.matcher(surface).matches() || mainName == null || !mainName.contains(surface)
                    || namesInside(discourse.labelsOf(h.iri()), surface, mainName))
                continue; // 第79届联合国大会一般性辩论: there 大会 is the organ the main event's own name holds
            if (out == null)
                out = new ArrayList<>(hits);
            out.set(i, new Hit(main.iri(), main.top(), main.type(), h.start(), h.end(), h.rule()));
        }
        return out == null ? hits : out;
    }

    /** EVENT在上海开幕, EVENT于…举行: the event itself takes place (not 召开时, not 举行的…上). */
    static final Pattern HELD_AFTER = Pattern.compile("^[”」》]?[^，。；、的]{0,20}?(?:开幕|闭幕|举行|召开|揭幕)(?!的|时|之际|前|后)");
    /** A reference to the document's main event rather than to the event last named. */
    private static final Pattern MAIN_EVENT_REFERENCE = Pattern.compile("开幕式|闭幕式|开幕会|闭幕会|开幕大会|闭幕大会|本届|该届|此届|同届|首日|次日|全体会议|全体大会|分论坛|高级别会议");

    /** The event a short reference in {@code around} means (Discourse.mainEvent for 开幕式, 本届…). */
    static Hit referredEvent(Discourse discourse, String around) {
        Hit event = MAIN_EVENT_REFERENCE.matcher(around).find() ? discourse.mainEvent() : discourse.lastEvent();
        if (event == null)
            return null;
        // 峰会 or 论坛 alone refers to an event of that kind: a summit is not the ministerial meeting named before
        String head = null;
        for (Matcher m = SPECIFIC_EVENT_HEAD.matcher(around.replace("分论坛", "")); m.find();)
            head = m.group(); // 分论坛 is a session of any event, not a 论坛 of its own
        String name = discourse.nameOf(event.iri());
        if (head != null && name != null && !name.endsWith(head)) {
            // 在峰会上 after 峰会领导人会议 (a sitting of the summit): the summit last named, when there is one
            Hit kind = discourse.lastEventEndingWith(head);
            if (kind != null)
                return kind;
        }
        if (head != null && name != null && !name.contains(head) && head.equals("峰会") && LEADERS_MEETING.matcher(name).find())
            return event; // 峰会 after 上海合作组织成员国元首理事会第二十三次会议: a meeting of heads of state is a summit
        return head != null && name != null && !name.contains(head) ? null : event;
    }

    /** A meeting of heads of state or government (元首理事会…会议, 领导人会议, 首脑会议): what a text also calls 峰会. */
    private static final Pattern LEADERS_MEETING = Pattern.compile("(?:元首|领导人|首脑|領導人)[^，。；]{0,12}(?:会议|會議|会晤|會晤)$");

    static final Pattern SPECIFIC_EVENT_HEAD = Pattern.compile("峰会|论坛");

    /** EVENT前, EVENT之后, EVENT召开前夕: a time before or after the event, not the event itself. */
    private static final Pattern BEFORE_OR_AFTER = Pattern.compile(
            "^[”」》]?(?:召开|举行|开幕|闭幕|结束)?(?:前夕|之前|以前|前|之后|以后|后|以来|结束后)(?![\\u4e00-\\u9fff]{0,2}(?:上|期间))");

    /** 随着E陷入僵局, 以E筹备为契机: an event named only to frame the act, as its background or occasion. */
    private static final Pattern FRAMING_BEFORE = Pattern.compile("(?:随着|以|鉴于|为了)[“「《]?$");
    private static final Pattern PREPARATION_AFTER = Pattern.compile("^[”」》]?(?:的)?(?:筹备|预备)");

    /**
     * Whether the event named before an act's verb places the act (在EVENT上发布), not a time around it (在EVENT前发布),
     * its preparation (E筹备) or a background that frames it (随着E…).
     */
    static boolean placesAct(String text, Hit event) {
        String after = text.substring(event.end());
        return !BEFORE_OR_AFTER.matcher(after).lookingAt() && !PREPARATION_AFTER.matcher(after).lookingAt()
                && !FRAMING_BEFORE.matcher(text.substring(Math.max(0, event.start() - 3), event.start())).find();
    }

    /** Right before an event: it only bounds a time (维持至第十四届部长级会议, 延续到下届峰会) or names the next edition. */
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?:至|到|直至|直到|截至|延至|推迟至|下届|下一届|下次|明年|明年的)[“「]?$");
    /** Right after an event: it is announced for later (将于2026年在喀麦隆举行, 拟在…召开, 计划于…举办). */
    private static final Pattern ANNOUNCED_AFTER = Pattern.compile(
            "^[”」》]?(?:（[^）]{0,12}）)?[^，。；]{0,6}?(?:将于|将在|将|拟于|拟在|拟|计划于|计划在|预计于|预计将于|定于)[^。；]{0,24}?(?:举行|召开|举办|开幕)");

    /**
     * Whether the event named at {@code e} is not the one the document reports: named only as a time bound (维持至E) or
     * as an edition announced for later (E将于2026年举行). Nothing the sentence says of another event is its, and a later
     * 会议/本届 does not mean it.
     */
    static boolean notTheCurrent(String text, Hit e) {
        return BOUND_BEFORE.matcher(text.substring(Math.max(0, e.start() - 4), e.start())).find()
                || ANNOUNCED_AFTER.matcher(text.substring(e.end())).lookingAt();
    }

    /** Whether the event at {@code e} is announced for later (E将于…举行): it has no date, participant or outcome yet. */
    static boolean announced(String text, Hit e) {
        return ANNOUNCED_AFTER.matcher(text.substring(e.end())).lookingAt();
    }

    /** 在会上, 会议期间, or a clause that opens with 会议/会晤/大会 as its subject: the event last named. */
    static boolean eventReferenceBefore(String text, int from, int vs) {
        String lead = text.substring(from, vs);
        Matcher at = EVENT_LOCATIVE.matcher(lead);
        if (at.find())
            return !OTHER_EDITION.matcher(lead.substring(0, at.start())).find(); // not 在下届峰会上: another edition than the one reported
        return EVENT_REFERENCE.matcher(lead).lookingAt() && !lead.startsWith("了") || ATTENDANTS_SUBJECT.matcher(lead).find()
                || EVENT_AGENT.matcher(lead).find();
    }
}

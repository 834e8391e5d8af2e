package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;
import static org.w3id.dgkg.extract.RelationRules.insideHit;
import static org.w3id.dgkg.extract.ClauseAnalysis.coordinated;
import static org.w3id.dgkg.extract.ClauseAnalysis.groupWord;
import static org.w3id.dgkg.extract.ClauseAnalysis.titleOfPerson;
import static org.w3id.dgkg.extract.EventReferences.DEMONSTRATIVE_AFTER;
import static org.w3id.dgkg.extract.EventReferences.EVENT_AS_TIME;
import static org.w3id.dgkg.extract.EventReferences.EVENT_REFERENCE;
import static org.w3id.dgkg.extract.EventReferences.eventReferenceBefore;
import static org.w3id.dgkg.extract.EventReferences.referredEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * Who takes part in an event: the agents of 出席/参加/举办/主办/致辞 (participant), who acts at an event
 * (X在EVENT上宣布…, participant-at-event), the organisers in brackets after its name (participant-bracket).
 */
final class EventParticipationRules {
    private final RelationCues cues;
    private final Pattern VERB;
    private final Pattern BLOCK_BEFORE;
    private final ClauseAnalysis analysis;
    private final ActDates actDates;

    EventParticipationRules(RelationCues cues, ClauseAnalysis analysis, ActDates actDates) {
        this.cues = cues;
        this.VERB = cues.verb;
        this.BLOCK_BEFORE = cues.modalBefore;
        this.analysis = analysis;
        this.actDates = actDates;
    }

    /** X出席/参加/举办EVENT, 出席会议 (the event last named), EVENT在X举行: who takes part in an event, and the date of the act. */
    void participate(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse, Clause c, List<Rel> out) {
        String verb = c.verb();
        int vs = c.verbStart();
        int ve = c.verbEnd();
        int clauseStart = c.start();
        int subStart = c.subStart();
        int subEnd = c.subEnd();
        int clauseEnd = c.end();
        List<Hit> after = c.after();
        List<Hit> before = c.subjects();
        Set<String> agents = c.agents();
        if (cues.act(verb).equals("open"))
            agents = Set.of(); // EVENT开幕: the event is the subject, nobody acts
        if (cues.act(verb).equals("hold") && between(hits, subStart, vs).stream().anyMatch(Hit::isEvent)
                && !text.substring(subStart, vs).contains("由"))
            agents = Set.of(); // EVENT在X举行, EVENT召开时: the event is the subject
        List<Hit> events = new ArrayList<>();
        for (Hit h : between(hits, subStart, subEnd))
            if (h.isEvent())
                events.add(h);
        if (events.isEmpty() && discourse.lastEvent() != null && EVENT_REFERENCE.matcher(text.substring(subStart)).lookingAt()) {
            // 本次峰会由法国和印度共同主持，…主持了峰会领导人会议: the sub-clause's own subject refers back, before any
            // event named later in the clause
            Hit referred = referredEvent(discourse, text.substring(subStart, Math.min(subEnd, subStart + 8)));
            if (referred != null)
                events.add(referred);
        }
        if (events.isEmpty())
            for (Hit h : between(hits, clauseStart, clauseEnd))
                if (h.isEvent() && !EVENT_AS_TIME.matcher(text.substring(h.end())).find())
                    events.add(h); // not 2018年首届…大会召开时: an event that only dates another clause
        Hit named = lastEventBefore(hits, vs); // …举行的数字经济特别会议上，…；习近平出席会议: the sentence's own event first
        // 举行会晤 holds a new, unnamed meeting; only 举行该会议 (a demonstrative) points back
        boolean refersBack = EVENT_REFERENCE.matcher(text.substring(ve)).find()
                && (!cues.act(verb).equals("hold") || DEMONSTRATIVE_AFTER.matcher(text.substring(ve)).find());
        if (events.isEmpty() && named != null && refersBack)
            events.add(named);
        if (events.isEmpty() && discourse.lastEvent() != null
                && (refersBack || eventReferenceBefore(text, subStart, vs)
                        || (ve == subEnd || ve == text.length()) && cues.act(verb).equals("participate")
                                && hits.stream().noneMatch(Hit::isEvent) && !text.substring(subStart, vs).contains("由"))) {
            Hit referred = referredEvent(discourse, text.substring(subStart, Math.min(subEnd, ve + 4))); // 出席会议, 与会
            if (referred != null)
                events.add(referred);
        }
        // 先后举办了A和B: events coordinated after the verb each have the agents as participants
        if (events.size() != 1 && !(events.size() > 1 && events.get(0).start() >= ve && coordinated(text, events)))
            return;
        for (Hit e : events) {
            Hit whole = sittingOf(hits.contains(e) ? text.substring(e.start(), e.end()) : discourse.nameOf(e.iri()), e, discourse);
            for (String a : agents) {
                out.add(new Rel(e.iri(), "participant", a, vs, ve, 0.7, "participant", false));
                if (whole != null)
                    out.add(new Rel(whole.iri(), "participant", a, vs, ve, 0.7, "participant", false)); // who chairs the sitting takes part in the summit
            }
            actDates.dateFor(text, hits, e, firstOfPhases(e, dates, vs), clauseStart, vs, out);
        }
    }

    /**
     * EVENT分2003年日内瓦和2005年突尼斯两个阶段举行: an event held in phases, each with its date, between its name
     * and the verb, began with the first; the later dates are the later phases', not the event's.
     */
    private static List<DateFinder.Found> firstOfPhases(Hit e, List<DateFinder.Found> dates, int vs) {
        List<DateFinder.Found> out = new ArrayList<>();
        boolean first = true;
        for (DateFinder.Found d : dates) {
            boolean phase = d.start() >= e.end() && d.end() <= vs;
            if (phase && !first)
                continue;
            if (phase)
                first = false;
            out.add(d);
        }
        return out;
    }

    /** 峰会领导人会议, 大会开幕式: a sitting named by the bare head of the event it is part of, then its own kind. */
    private static final Pattern SITTING = Pattern.compile("^(峰会|大会|论坛)(?:领导人会议|部长级会议|全体会议|开幕式|闭幕式|高级别会议)$");

    /** The event a sitting such as 峰会领导人会议 is part of: the last event of the document with that head, or null. */
    private static Hit sittingOf(String name, Hit e, Discourse discourse) {
        if (discourse == null || name == null)
            return null;
        Matcher m = SITTING.matcher(name);
        if (!m.find())
            return null;
        Hit whole = discourse.lastEventEndingWith(m.group(1));
        return whole == null || whole.iri().equals(e.iri()) ? null : whole;
    }

    static final String ROLE_UNIT_RULE = "participant-role-unit";

    /** X、Y等国际组织作为支持单位: the role an organisation has in staging an event. */
    private static final Pattern ROLE_UNIT = Pattern.compile("作为(?:[^，。；、]{0,6}的)?(?:联合主办|主办|承办|协办|支持|指导|合作)单位");

    /**
     * 本届峰会由A主办、B承办，C、D等国际组织作为支持单位: the actors of a sub-clause that names their role in
     * staging an event (作为支持单位) take part in the event of the clause, named there or referred to
     * (本届峰会, 会议) at the clause's start.
     */
    void roleUnits(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        Matcher m = ROLE_UNIT.matcher(text);
        while (m.find()) {
            if (insideHit(hits, m.start()) || BLOCK_BEFORE.matcher(text.substring(backTo(text, m.start(), SUBCLAUSE_END), m.start())).find())
                continue;
            int subStart = backTo(text, m.start(), SUBCLAUSE_END);
            int clauseStart = backTo(text, m.start(), CLAUSE_END);
            Hit event = null;
            for (Hit h : between(hits, clauseStart, subStart))
                if (h.isEvent()) {
                    event = h;
                    break;
                }
            if (event == null && discourse != null && discourse.lastEvent() != null
                    && EVENT_REFERENCE.matcher(text.substring(clauseStart)).lookingAt())
                event = referredEvent(discourse, text.substring(clauseStart, Math.min(subStart, clauseStart + 8)));
            if (event == null)
                continue;
            for (Hit a : between(hits, subStart, m.start()))
                if (a.isActor() && !groupWord(text, a) && !text.startsWith("的", a.end()) && !a.iri().equals(event.iri()))
                    out.add(new Rel(event.iri(), "participant", a.iri(), subStart, m.end(), 0.7, ROLE_UNIT_RULE, false));
        }
    }

    /** (…由X组织，与Y共同举办) after an event's name: the actors in the bracket take part in it. */
    void bracketParticipants(String text, List<Hit> hits, List<Rel> out) {
        for (Hit h : hits) {
            if (!h.isEvent())
                continue;
            // (…由X组织，与Y共同举办) after an event: X and Y take part
            int open = h.end() < text.length() && "”》".indexOf(text.charAt(h.end())) >= 0 ? h.end() + 1 : h.end();
            if (open < text.length() && "(（".indexOf(text.charAt(open)) >= 0) {
                int close = forwardTo(text, open, ")）");
                String inner = text.substring(open, close);
                if (inner.matches(".*(主办|举办|组织|召开|承办).*"))
                    for (Hit a : between(hits, open, close))
                        if (a.isActor() && !insideModifier(text, a, close))
                            out.add(new Rel(h.iri(), "participant", a.iri(), open, close, 0.7, "participant-bracket", false));
            }
        }
    }

    /** 在X设立的Y, X建立的Y: a verb and 的 after the actor, before the bracket ends: X is inside a modifier of Y. */
    private static final Pattern MODIFIER_AFTER = Pattern.compile("^[\\u4e00-\\u9fff]{1,4}?的");

    /**
     * (由A在B设立的工作组的指导下主办): an actor inside a modifier of another noun (在B设立的…, B的…) or a place
     * (在B) is not who organises the event; only the heads of the bracket's phrases are.
     */
    private static boolean insideModifier(String text, Hit a, int close) {
        if (a.start() > 0 && text.charAt(a.start() - 1) == '在')
            return true;
        Matcher m = MODIFIER_AFTER.matcher(text.substring(a.end(), close));
        return m.find() && !HOSTING.matcher(m.group()).find(); // (由X主办的…) still names the host
    }

    private static final Pattern AT_EVENT = Pattern.compile("^[”」』]?(?:上|期间|开幕式上|闭幕式上|全会上|的?[^，。；、]{0,6}?(?:发言|致辞|讲话)中)");

    private static final Pattern SPEECH_VERB = Pattern.compile("表示|宣布|发言|指出|致辞|介绍|呼吁|强调|提出|主持|回顾|表态|称|磋商|讨论|交流");

    /**
     * X在EVENT上宣布…, EVENT期间，X表示…, X在会上…: who acts at an event takes part in it. The actors are
     * the subjects of the clause (before the locative, or right after it when the locative opens the
     * clause), each followed by a speech or act verb in the same clause.
     */
    void participantsAtEvent(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        List<int[]> places = new ArrayList<>(); // start, end of the locative; index of the event hit or -1
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.isEvent()) {
                Matcher m = AT_EVENT.matcher(text.substring(h.end()));
                if (m.find())
                    places.add(new int[] {h.start(), h.end() + m.end(), i});
            }
        }
        if (discourse.lastEvent() != null) {
            Matcher m = Pattern.compile("(?:在)(?:该次|本次|此次|这次|本届)?(?:会议|大会|峰会|会晤|会)(?:上|期间|[^，。；、]{0,6}?(?:发言|致辞|讲话)中)|(?<![\\u4e00-\\u9fff])会上").matcher(text);
            while (m.find())
                if (!insideHit(hits, m.start()))
                    places.add(new int[] {m.start(), m.end(), -1});
            Matcher moment = EVENT_MOMENT.matcher(text);
            while (moment.find())
                if (!insideHit(hits, moment.start()) && moment.start() == backTo(text, moment.start(), CLAUSE_END))
                    places.add(new int[] {moment.start(), moment.end(), -2});
        }
        for (int[] p : places) {
            Hit event = p[2] >= 0 ? hits.get(p[2]) : referredEvent(discourse, text.substring(p[0], p[1]));
            if (event == null)
                continue;
            int clauseStart = backTo(text, p[0], CLAUSE_END);
            int clauseEnd = forwardTo(text, p[1], CLAUSE_END);
            if (!SPEECH_VERB.matcher(text.substring(p[1], clauseEnd)).find())
                continue;
            if (BLOCK_BEFORE.matcher(text.substring(Math.max(clauseStart, p[0] - 8), p[0])).find())
                continue;
            if (hostsAnotherEvent(text, hits, p[1], clauseEnd, event))
                continue; // E期间，X举办了“F”: X acts at F, the event it held; E only dates it
            int subStart = backTo(text, p[0], SUBCLAUSE_END);
            List<Hit> actors = new ArrayList<>();
            for (Hit h : between(hits, subStart, p[0]))
                if (h.isActor() && !(h.start() > 0 && text.charAt(h.start() - 1) == '在'))
                    actors.add(h); // not 在斯洛文尼亚举行的EVENT上: the place where it was held
            String lead = text.substring(subStart, p[0]).replaceAll("在[^，,。；]{1,12}?(?:举行|召开|举办)的", ""); // 在斯洛文尼亚举行的…上
            if (actors.isEmpty() && lead.replaceAll("[\\d\\s年月日在于,，当地时间]", "").length() <= 6) {
                // the locative opens the clause: the subject follows it, up to the first verb
                int next = p[1] < text.length() && "，,".indexOf(text.charAt(p[1])) >= 0 ? p[1] + 1 : p[1];
                Matcher sv = SPEECH_VERB.matcher(text.substring(next, clauseEnd));
                Matcher av = VERB.matcher(text.substring(next, clauseEnd));
                int firstVerb = next + Math.min(sv.find() ? sv.start() : clauseEnd - next, av.find() ? av.start() : clauseEnd - next);
                for (Hit h : between(hits, next, firstVerb))
                    if (h.isActor())
                        actors.add(h);
                if (p[2] == -2)
                    actors.addAll(speakersOfLaterSubclauses(text, hits, forwardTo(text, next, SUBCLAUSE_END), clauseEnd));
            }
            if (actors.isEmpty() && CONTINUING.matcher(text.substring(subStart, p[0])).lookingAt() && subStart > clauseStart)
                actors.addAll(topicOf(text, hits, clauseStart, subStart)); // X于…启动谈判，并于…在EVENT上宣布: X acts there too
            for (Hit a : actors) {
                if (groupWord(text, a) || analysis.recipient(text, a) || text.startsWith("的", a.end()) || a.iri().equals(event.iri())
                        || titleOfPerson(text, hits, a) && !text.startsWith("代表团", a.end()))
                    continue;
                out.add(new Rel(event.iri(), "participant", a.iri(), p[0], p[1], 0.7, "participant-at-event", false));
            }
        }
    }

    /** A sub-clause that goes on with the subject of the one before: 并于…, 随后…, 还… */
    private static final Pattern CONTINUING = Pattern.compile("^(?:并|随后|还|又|此后|其后|同时)");

    /**
     * The subject of a clause's first sub-clause: its actors before the first verb of relation-cues.tsv, the
     * first and those coordinated with it (欧盟与日本于…启动谈判).
     */
    private List<Hit> topicOf(String text, List<Hit> hits, int clauseStart, int until) {
        int end = forwardTo(text, clauseStart, SUBCLAUSE_END);
        if (end >= until)
            return List.of();
        Matcher v = VERB.matcher(text.substring(clauseStart, end));
        int firstVerb = v.find() ? clauseStart + v.start() : end;
        List<Hit> run = new ArrayList<>();
        for (Hit h : between(hits, clauseStart, firstVerb)) {
            if (!h.isActor())
                return List.of(); // an event or instrument opens the clause: it is the topic, not an actor
            if (!run.isEmpty() && !coordinated(text, List.of(run.get(run.size() - 1), h)))
                break;
            run.add(h);
        }
        return run;
    }

    /** 会议收官时, 会议开幕时: a moment of the event last named opening the clause; it places every speaker of the clause. */
    private static final Pattern EVENT_MOMENT = Pattern.compile(
            "(?<![\\u4e00-\\u9fff])(?:该次|本次|此次|这次|本届)?(?:会议|大会|峰会|会晤)(?:收官|闭幕|开幕|结束)(?:时|之际)");

    /**
     * 会议收官时，A表示…，代表B发言的C对…表示关切，D则…表示失望: after a moment of the event, each later sub-clause
     * of the clause whose actors speak (a speech verb not heading a relative clause) names more speakers.
     */
    private static List<Hit> speakersOfLaterSubclauses(String text, List<Hit> hits, int from, int clauseEnd) {
        List<Hit> out = new ArrayList<>();
        int start = from + 1;
        while (start < clauseEnd) {
            int end = forwardTo(text, start, SUBCLAUSE_END);
            Matcher sv = SPEECH_VERB.matcher(text.substring(start, Math.min(end, clauseEnd)));
            while (sv.find())
                if (!text.startsWith("的", start + sv.end())) {
                    for (Hit h : between(hits, start, start + sv.start()))
                        if (h.isActor())
                            out.add(h);
                    break;
                }
            start = end + 1;
        }
        return out;
    }

    private static final Pattern HOSTING = Pattern.compile("举办|主办|承办|召开|举行");

    /** Whether the clause after a locative holds an event of its own (举办了“F”): its actors act there. */
    private static boolean hostsAnotherEvent(String text, List<Hit> hits, int from, int clauseEnd, Hit framing) {
        Matcher m = HOSTING.matcher(text.substring(from, clauseEnd));
        if (!m.find())
            return false;
        int verbEnd = from + m.end();
        for (Hit h : between(hits, verbEnd, clauseEnd))
            if (h.isEvent() && !h.iri().equals(framing.iri()))
                return true;
        return false;
    }

    /** The last event named in the sentence before {@code pos}, or null. */
    private static Hit lastEventBefore(List<Hit> hits, int pos) {
        Hit last = null;
        for (Hit h : hits)
            if (h.isEvent() && h.end() <= pos)
                last = h;
        return last;
    }
}

package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;
import static org.w3id.dgkg.extract.RelationRules.insideHit;
import static org.w3id.dgkg.extract.ClauseAnalysis.coordinated;
import static org.w3id.dgkg.extract.ClauseAnalysis.groupWord;
import static org.w3id.dgkg.extract.ClauseAnalysis.COORDINATOR;
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

    /** The modality cues that stand before a verb (modality-cues.tsv): a plan, hope or negation of the act. */
    Pattern modality() {
        return BLOCK_BEFORE;
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
        if (NEGATED.matcher(text.substring(Math.max(subStart, vs - 3), vs)).find()
                || ParticipationCues.negatedEnvoy().matcher(text.substring(subStart, vs)).find())
            return; // 德国未出席, 没有参加, 未派代表出席: the act did not happen
        if (ParticipationCues.cancelledAfter().matcher(text.substring(ve, clauseEnd)).lookingAt())
            return; // 受邀出席，但因故未能成行: the invitation was not taken up
        if (vs > 0 && text.charAt(vs - 1) == '的' || MOMENT_AFTER.matcher(text.substring(ve)).lookingAt())
            return; // 大阪峰会的举办 (a noun), E召开前夕 (a time): no act of taking part
        if (notHeldByThem(text, hits, subStart, vs, ve))
            return; // 宣布联合举办E, 支持法国举办这次峰会, 分别与A、B举行会议: no one event the agents take part in
        Matcher credit = ParticipationCues.pattern("credit", "%s").matcher(text.substring(subStart, vs));
        if (credit.find()) {
            // 中方祝贺挪威成功举办论坛: only the actors credited, after the cue, take part
            Set<String> credited = new LinkedHashSet<>();
            for (Hit h : between(hits, subStart + credit.end(), vs))
                if (agents.contains(h.iri()))
                    credited.add(h.iri());
            agents = credited;
        }
        if (agents.isEmpty() && cues.act(verb).equals("participate"))
            agents = principalsOfEnvoys(text, before, vs); // 法国、德国和欧盟的领导人与会: the states their leaders stand for
        int opener = cues.act(verb).equals("open") ? text.lastIndexOf('为', vs - 1) : -1;
        if (opener < subStart || insideHit(hits, opener))
            opener = -1;
        if (cues.act(verb).equals("open") && opener < 0)
            agents = Set.of(); // EVENT开幕: the event is the subject, nobody acts
        if (opener >= 0) {
            // X为EVENT揭幕/开幕: who opens the event takes part in it; only the actors before 为 act
            Set<String> openers = new LinkedHashSet<>();
            for (Hit h : between(hits, subStart, opener))
                if (agents.contains(h.iri()))
                    openers.add(h.iri());
            agents = openers;
        }
        if (cues.act(verb).equals("hold") && between(hits, subStart, vs).stream().anyMatch(Hit::isEvent)
                && !text.substring(subStart, vs).contains("由"))
            agents = Set.of(); // EVENT在X举行, EVENT召开时: the event is the subject
        List<Hit> events = new ArrayList<>();
        for (Hit h : between(hits, subStart, subEnd))
            if (h.isEvent())
                events.add(h);
        if (events.isEmpty() && opener >= 0 && discourse.lastEvent() != null
                && EVENT_REFERENCE.matcher(text.substring(opener + 1, vs)).lookingAt()) {
            Hit referred = referredEvent(discourse, text.substring(opener + 1, vs)); // 为全会揭幕
            if (referred != null)
                events.add(referred);
        }
        if (events.isEmpty() && discourse.lastEvent() != null && EVENT_REFERENCE.matcher(text.substring(subStart)).lookingAt()) {
            // 本次峰会由法国和印度共同主持，…主持了峰会领导人会议: the sub-clause's own subject refers back, before any
            // event named later in the clause
            Hit referred = referredEvent(discourse, text.substring(subStart, Math.min(subEnd, subStart + 8)));
            if (referred != null)
                events.add(referred);
        }
        if (events.isEmpty() && discourse.lastEvent() != null && clauseStart < subStart
                && EVENT_REFERENCE.matcher(text.substring(clauseStart)).lookingAt() && BY_AGENT.matcher(text.substring(subStart, vs)).find()) {
            // 峰会以“…”为主题，由X主办: the event the clause opens with is the topic of its later sub-clauses too
            Hit referred = referredEvent(discourse, text.substring(clauseStart, Math.min(subStart, clauseStart + 8)));
            if (referred != null)
                events.add(referred);
        }
        boolean holdsNewMeeting = HOSTING.matcher(verb).find() && NEW_MEETING.matcher(text.substring(ve)).lookingAt();
        if (events.isEmpty() && !holdsNewMeeting)
            for (Hit h : between(hits, clauseStart, clauseEnd))
                if (h.isEvent() && !EVENT_AS_TIME.matcher(text.substring(h.end())).find() && !objectOfLaterVerb(text, hits, subEnd, h))
                    events.add(h); // not 2018年首届…大会召开时: an event that only dates another clause
        Hit named = lastEventBefore(hits, vs); // …举行的数字经济特别会议上，…；习近平出席会议: the sentence's own event first
        // 举行会晤 holds a new, unnamed meeting; only 举行该会议 (a demonstrative) points back
        boolean refersBack = EVENT_REFERENCE.matcher(text.substring(ve)).find()
                && (!cues.act(verb).equals("hold") && !holdsNewMeeting || DEMONSTRATIVE_AFTER.matcher(text.substring(ve)).find());
        if (events.isEmpty() && named != null && refersBack)
            events.add(named);
        boolean speechThere = ParticipationCues.speechBound().matcher(verb).matches() && hits.stream().noneMatch(Hit::isEvent)
                && REPORTED_AFTER.matcher(text.substring(ve)).lookingAt(); // 古特雷斯通过视频致辞表示: a speech at the document's event
        if (events.isEmpty() && discourse.lastEvent() != null
                && (refersBack || eventReferenceBefore(text, subStart, vs)
                        || (ve == subEnd || ve == text.length() || speechThere) && cues.act(verb).equals("participate")
                                && hits.stream().noneMatch(Hit::isEvent) && !passiveEventSubject(text, hits, subStart, vs))) {
            Hit referred = referredEvent(discourse, text.substring(subStart, Math.min(subEnd, ve + 4))); // 出席会议, 与会
            if (referred != null)
                events.add(referred);
        }
        // 会见了出席EVENT的X: an event inside a relative clause after the verb is the relative's, not this verb's
        events.removeIf(e -> hits.contains(e) && e.start() >= ve && insideRelativeAfter(text, hits, ve, e));
        Hit relative = relativeEvent(text, hits, ve);
        if (relative != null) {
            // 出席EVENT的德国总理朔尔茨: the verb heads a relative clause; who attends is the noun it describes
            events.clear();
            events.add(relative);
            agents = headsOfRelative(text, hits, relative, clauseEnd);
        }
        if (relative == null && agents.isEmpty() && events.stream().noneMatch(hits::contains) && discourse.lastEvent() != null
                && cues.act(verb).equals("participate")) {
            // 与会的新加坡部长杨莉明表示, 出席会议的巴西代表指出: a relative clause on the event the paragraph is about (a short
            // reference or none after the verb); who attends is the actor it describes
            Matcher ref = EVENT_REFERENCE.matcher(text.substring(ve));
            int de = ref.lookingAt() ? ve + ref.end() : ve + (text.startsWith("了", ve) ? 1 : 0);
            if (text.startsWith("的", de) && namedAfter(text, hits, de + 1)) {
                Hit referred = referredEvent(discourse, text.substring(ve, de));
                if (referred != null) {
                    events.clear();
                    events.add(referred);
                    agents = headsFrom(text, hits, de + 1, clauseEnd);
                }
            }
        }
        // 2023年世界无线电通信大会（WRC-23）: the gloss names the same event again, one event
        Set<String> seen = new java.util.HashSet<>();
        if (!agents.isEmpty()) // with no agent the clause only dates the event, which the date rules do (date-of-event)
            events.removeIf(e -> !seen.add(e.iri()));
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
            if (!(hits.contains(e) && e.start() >= ve && ORGANISED.matcher(verb).find() && RELATIVE_OBJECT.matcher(text.substring(ve, e.start())).matches()))
                actDates.dateFor(text, hits, e, firstOfPhases(e, dates, vs), clauseStart, vs, out);
            // 由X主办的E14日至15日举行: the host verb only says who staged E; E's own verb dates it, not a dateline before 主办
        }
    }

    /**
     * 出席峰会开幕式并致辞，他曾出席首届…峰会: an event in a later sub-clause that a verb of that sub-clause governs is that
     * verb's, not the event of a verb before it.
     */
    private boolean objectOfLaterVerb(String text, List<Hit> hits, int subEnd, Hit e) {
        if (e.start() < subEnd)
            return false;
        int from = backTo(text, e.start(), SUBCLAUSE_END);
        Matcher v = VERB.matcher(text.substring(from, e.start()));
        while (v.find())
            if (!insideHit(hits, from + v.start()))
                return true;
        return false;
    }

    /** Verbs of staging an event, not of holding it: 由X主办的E says who, not when (as 7日举行的E does). */
    private static final Pattern ORGANISED = Pattern.compile("主办|承办|协办|主辦|承辦|協辦|组织|組織|发起|發起");

    /** Between a verb and the event it describes in a relative clause: 的, maybe a closing mark (主办的E). */
    private static final Pattern RELATIVE_OBJECT = Pattern.compile("^(?:了)?的[“「]?$");

    /**
     * 会议由X主持 (the event, unnamed, is the subject and X acts through 由) as against 中方由X率团出席 (an actor before 由
     * is the subject that takes part, led by X).
     */
    private static boolean passiveEventSubject(String text, List<Hit> hits, int subStart, int vs) {
        int by = text.indexOf('由', subStart);
        if (by < 0 || by >= vs)
            return false;
        for (Hit h : between(hits, subStart, by))
            if (h.isActor())
                return false;
        return true;
    }

    /** 致辞表示, 致辞时说, 致辞。: what may follow a speech bound to an event (a reporting verb, the clause's end). */
    private static final Pattern REPORTED_AFTER = Pattern.compile("^(?:时|中)?(?:表示|说|指出|强调|称|呼吁|认为|介绍|[，,。；;]|$)");

    /**
     * The slots before a host or attending verb that make it name no event its agents take part in (participation-cues.tsv):
     * an announcement (国际电联与ISO宣布联合举办E: an event to come), a backing (中方支持法国举办这次峰会: neither the
     * speaker nor the host is stated to take part), partners taken one at a time (东盟分别与中国、日本举行了部长会议).
     */
    static boolean notHeldByThem(String text, List<Hit> hits, int subStart, int vs, int ve) {
        String lead = text.substring(subStart, vs);
        if (ParticipationCues.announced().matcher(lead).find())
            return true;
        if (ParticipationCues.respectivelyHeld().matcher(text.substring(subStart, ve)).find())
            return true;
        // 李强分别与A、B举行会见, 分别同A和B会晤: partners taken one at a time, the act in the same sub-clause (the comma of the list opens none)
        int from = backTo(text, subStart, CLAUSE_END);
        Matcher each = ParticipationCues.partnersOneByOne().matcher(text.substring(from, ve));
        while (each.find())
            if (!text.substring(from + each.end(), vs).matches("(?s).*[，,；;：:].*"))
                return true;
        Matcher backing = ParticipationCues.endorsed().matcher(lead);
        while (backing.find())
            if (!insideHit(hits, subStart + backing.start()) && between(hits, subStart + backing.end(), vs).stream().anyMatch(Hit::isActor))
                return true;
        return false;
    }

    /** A sub-clause whose agent follows 由 (由X主办, 并由X承办): the subject it acts on is the clause's topic. */
    private static final Pattern BY_AGENT = Pattern.compile("^(?:并|还|则|均|也|将)?由");

    /** 曾于…在E上, 早在…的E上, 此前…E: an event named as past background, not the one the document reports. */
    private static final Pattern PAST_FRAME = Pattern.compile("(?:曾|曾经|早在|此前|此前曾|过去)[^，。；]{0,16}$");

    /** E召开前夕, 举行之前: the verb only names a time before the event. */
    private static final Pattern MOMENT_AFTER = Pattern.compile("^(?:前夕|之前|以前|前)");

    /** 召开会议, 举行会谈: a host verb whose object is a meeting of its own, unnamed (not 召开该会议, not a named event). */
    private static final Pattern NEW_MEETING = Pattern.compile(
            "^(?:了)?(?:一次|多次|首次|双边|多边|视频|线上|电话|紧急|特别)?(?:会议|会晤|会谈|峰会|磋商|对话)");

    /** 未出席, 没有参加, 拒绝出席: a negation right before the verb. */
    private static final Pattern NEGATED = ParticipationCues.negated();

    /** What an envoy is called when the text names its principal and not the person: 的领导人, 的代表, 的部长. */
    private static final Pattern ENVOY = Pattern.compile(
            "^[”」]?(?:等[^，。；、的]{0,8})?的(?:国家元首和政府首脑|领导人|政府首脑|元首|代表团|高级代表|代表|部长|官员|高级官员|首脑)们?(?:也|均|都|还|分别|共同)?(?:应邀|受邀)?$");

    /**
     * 法国、德国和欧盟的领导人与会, 来自A和B的部长出席: a subject that names the principals (states, organisations) of
     * unnamed envoys; the principals take part. Only the last coordinated run of actors, right before 的.
     */
    private static Set<String> principalsOfEnvoys(String text, List<Hit> before, int vs) {
        List<Hit> actors = new ArrayList<>();
        for (Hit h : before)
            if (h.isActor())
                actors.add(h);
        if (actors.isEmpty())
            return Set.of();
        Hit last = actors.get(actors.size() - 1);
        if (!ENVOY.matcher(text.substring(last.end(), vs)).find() || "Person".equals(last.type()))
            return Set.of();
        Set<String> out = new LinkedHashSet<>();
        out.add(last.iri());
        for (int i = actors.size() - 2; i >= 0; i--) {
            if (!coordinated(text, List.of(actors.get(i), actors.get(i + 1))))
                break;
            out.add(actors.get(i).iri());
        }
        return out;
    }

    /** The gap between a verb and its object event: 了, an opening quote or title mark. */
    private static final Pattern OBJECT_GAP = Pattern.compile("^(?:了|过)?[“「《]?$");
    /** The gap between an event and the 的 of a relative clause: a closing mark, a sitting of it. */
    private static final Pattern RELATIVE_DE = Pattern.compile("^[”」》]?(?:开幕式|闭幕式|全体会议|领导人会议)?的");

    /** 出席EVENT的X: the event right after the verb, when 的 follows it and a noun, not the verb's end of clause. */
    private static Hit relativeEvent(String text, List<Hit> hits, int ve) {
        for (Hit e : hits)
            if (e.isEvent() && e.start() >= ve && OBJECT_GAP.matcher(text.substring(ve, e.start())).matches()) {
                Matcher de = RELATIVE_DE.matcher(text.substring(e.end()));
                if (!de.find() || MODIFIED_SITTING.matcher(text.substring(e.end() + de.end())).lookingAt())
                    return null;
                int noun = e.end() + de.end();
                if (GROUP_NOUN.matcher(text.substring(noun)).lookingAt())
                    return e; // 出席峰会的各国代表: the attendants are described, not named
                for (Hit h : hits)
                    if (h.isActor() && h.start() >= noun && h.start() - noun <= 10
                            && !text.substring(noun, h.start()).matches("(?s).*[，,。；].*"))
                        return e; // 出席峰会的德国总理朔尔茨
                return null; // 参加了峰会的讨论: 的 only links the event to a part of it
            }
        return null;
    }

    /** 出席峰会的各国代表, 与会的嘉宾: a group of attendants, none named. */
    private static final Pattern GROUP_NOUN = Pattern.compile("(?:各国|各方|中外|外方|与会|全体|多国|来自)");

    /** 出席峰会的开幕式: what follows 的 is a part of the event, not who attends it. */
    private static final Pattern MODIFIED_SITTING = Pattern.compile("(?:开幕式|闭幕式|全体会议|领导人会议|高级别会议|部长级会议|相关活动|活动|会议|[^，。；]{0,6}?(?:会议|活动|论坛|仪式))(?![^，。；]{0,2}(?:表示|说|指出|强调|认为|介绍))");

    /** Whether another participation verb between {@code ve} and the event makes it the object of a relative clause. */
    private boolean insideRelativeAfter(String text, List<Hit> hits, int ve, Hit e) {
        Matcher v = VERB.matcher(text.substring(ve, e.start()));
        while (v.find())
            if (cues.act(v.group()).equals("participate") && relativeEvent(text, hits, ve + v.end()) == e)
                return true;
        return false;
    }

    /** The actors named in the noun a relative clause of attending describes (…的德国总理朔尔茨): persons over their titles. */
    private Set<String> headsOfRelative(String text, List<Hit> hits, Hit e, int clauseEnd) {
        return headsFrom(text, hits, text.indexOf('的', e.end()) + 1, clauseEnd);
    }

    /** 的德国总理朔尔茨: an actor named within a few words after the 的 of a relative clause, not a part of the event (开幕式). */
    private static boolean namedAfter(String text, List<Hit> hits, int noun) {
        if (MODIFIED_SITTING.matcher(text.substring(noun)).lookingAt())
            return false;
        for (Hit h : hits)
            if (h.isActor() && h.start() >= noun && h.start() - noun <= 10 && !text.substring(noun, h.start()).matches("(?s).*[，,。；].*"))
                return true;
        return false;
    }

    /** The actors a relative clause describes: those after its 的 up to the next verb, titles and group words left out. */
    private Set<String> headsFrom(String text, List<Hit> hits, int from, int clauseEnd) {
        int end = forwardTo(text, from, SUBCLAUSE_END);
        Matcher v = VERB.matcher(text.substring(from, Math.min(end, clauseEnd)));
        Matcher sv = speechVerb(text.substring(from, Math.min(end, clauseEnd)));
        int stop = Math.min(v.find() ? from + v.start() : end, sv.find() ? from + sv.start() : end);
        Set<String> out = new LinkedHashSet<>();
        for (Hit h : between(hits, from, stop))
            if (h.isActor() && !groupWord(text, h) && !titleOfPerson(text, hits, h) && !text.startsWith("的", h.end()))
                out.add(h.iri());
        return out;
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
        stagingRoles(text, hits, discourse, out); // X担任会议主席, 由X组织, 东道国X
        attendeeLists(text, hits, discourse, out); // 出席峰会的有A、B等
        drawnAttendees(text, hits, out); // EVENT吸引了A、B等国的代表
        Matcher m = ROLE_UNIT.matcher(text);
        while (m.find()) {
            if (insideHit(hits, m.start()) || modalOutsideNames(text, hits, backTo(text, m.start(), SUBCLAUSE_END), m.start()))
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

    static final String ROLE_RULE = "participant-role";

    /**
     * participant-role: an actor named with its role at an event, the role a noun (participation-cues.tsv, kind role:
     * 主席, 东道主, 主办方) after 担任/出任/作为 (X担任会议主席, 日本政府担任东道主), or 由X组织 (kind staging, a verb closing
     * its sub-clause), or a host title before the actor (kind host: 东道国阿联酋的部长…). The event is the one the role
     * noun names (会议主席: the event 会议 refers to) or the clause opens with (本届论坛由X组织，Y担任东道主); with a bare
     * role and no event opening the clause, nothing (担任二十国集团主席 chairs a group, not an event).
     */
    void stagingRoles(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        Matcher m = ParticipationCues.roleTaken().matcher(text);
        while (m.find())
            staged(text, hits, discourse, m.start(), m.end(), m.group(1), out);
        Matcher by = ParticipationCues.stagedBy().matcher(text);
        while (by.find()) {
            int cue = by.start();
            if (hits.stream().anyMatch(h -> h.isActor() && h.end() == cue)) // 由X组织, not 由中方牵头组织 (a lead, not a host)
                staged(text, hits, discourse, cue, by.end(), null, out);
        }
    }

    private void staged(String text, List<Hit> hits, Discourse discourse, int cue, int cueEnd, String eventWord, List<Rel> out) {
        if (insideHit(hits, cue))
            return;
        int subStart = backTo(text, cue, SUBCLAUSE_END);
        int clauseStart = backTo(text, cue, CLAUSE_END);
        if (modalOutsideNames(text, hits, subStart, cue) || NEGATED.matcher(text.substring(subStart, cue)).find())
            return; // 将担任下届会议主席, 未担任东道主 (not 若 of 若昂·席尔瓦)
        Hit event = null;
        if (eventWord != null && !eventWord.isEmpty()) {
            Hit before = lastEventBefore(hits, cue);
            event = before != null && before.start() >= clauseStart ? before
                    : discourse == null || discourse.lastEvent() == null ? null : referredEvent(discourse, eventWord);
        } else {
            for (Hit h : between(hits, clauseStart, cue))
                if (h.isEvent()) {
                    event = h;
                    break;
                }
            if (event == null && discourse != null && discourse.lastEvent() != null
                    && EVENT_REFERENCE.matcher(text.substring(clauseStart)).lookingAt())
                event = referredEvent(discourse, text.substring(clauseStart, Math.min(cue, clauseStart + 8)));
        }
        if (event == null || hits.contains(event) && EventReferences.notTheCurrent(text, event))
            return;
        Pattern host = ParticipationCues.hostTitle();
        for (Hit a : between(hits, subStart, cue)) {
            if (!a.isActor() || a.iri().equals(event.iri()) || groupWord(text, a))
                continue;
            boolean titled = host.matcher(text.substring(Math.max(subStart, a.start() - 6), a.start())).find();
            if (text.startsWith("的", a.end()) && !titled || text.charAt(Math.max(0, a.start() - 1)) == '在')
                continue; // 阿联酋的部长 (unless 东道国阿联酋), 在京都: a modifier or a place
            out.add(new Rel(event.iri(), "participant", a.iri(), subStart, cueEnd, 0.7, ROLE_RULE, false));
        }
    }

    /** A plan or hope in the act's sub-clause before the text it makes (宣布将于明年签署《Y》, 拟在会上通过《Y》). */
    private boolean plannedAct(String text, List<Hit> hits, Rel r) {
        int from = backTo(text, r.start(), SUBCLAUSE_END);
        int to = forwardTo(text, r.end(), SUBCLAUSE_END);
        int title = text.indexOf('《', r.end());
        return modalOutsideNames(text, hits, from, title >= 0 && title < to ? title : r.end());
    }

    /** 轮值主席国印度总理莫迪, 东道国挪威: an actor right after a host title (participation-cues.tsv, kind host). */
    private static boolean hostTitled(String text, Hit a) {
        return !"Person".equals(a.type()) && ParticipationCues.hostTitle().matcher(text.substring(Math.max(0, a.start() - 6), a.start())).find();
    }

    /** A presidency title (主席国, 轮值主席国): it chairs a group's rotation, which hosts no one event by itself. */
    private static final Pattern PRESIDENCY = Pattern.compile("主席[国國]");
    /** 下届会议东道国, 将担任东道国: a host of an edition to come, not of the event reported. */
    private static final Pattern LATER_HOST = Pattern.compile("下届|下一届|下次|明年|将|拟|申办|竞选");
    /** Between the host and the person its title names: 的, then the office (的通信部长, 外长). */
    private static final Pattern HOST_OFFICE = Pattern.compile("^的?[^，,。；;、和与及的]{1,10}$");

    /**
     * 东道国印度的通信部长辛迪亚表示，…: a host title (participation-cues.tsv, kind host) speaks of the event the document
     * reports; in a sentence that names no event and states no participation of the host, the host and the person its
     * title names take part in the document's main event (participant-role). Not a host of a later edition (下届…东道国).
     */
    private void hostsOfMainEvent(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        if (discourse == null || discourse.mainEvent() == null || discourse.lastEvent() == null || hits.stream().anyMatch(Hit::isEvent)
                || !discourse.mainEvent().iri().equals(discourse.lastEvent().iri()))
            return; // the event reported must be the one the text is at: not one named pages before another
        Hit main = discourse.mainEvent();
        Pattern host = ParticipationCues.hostTitle();
        List<Rel> added = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit a = hits.get(i);
            if (!a.isActor() || "Person".equals(a.type()))
                continue;
            Matcher title = host.matcher(text.substring(Math.max(0, a.start() - 6), a.start()));
            if (!title.find() || PRESIDENCY.matcher(title.group()).find())
                continue; // 主席国印尼: the chair of a group's year, no host of the event
            int subStart = backTo(text, a.start(), SUBCLAUSE_END);
            if (LATER_HOST.matcher(text.substring(subStart, a.start())).find() || modalOutsideNames(text, hits, subStart, a.start())
                    || out.stream().anyMatch(r -> r.predicate().equals("participant") && r.object().equals(a.iri())))
                continue;
            added.add(new Rel(main.iri(), "participant", a.iri(), a.start(), a.end(), 0.7, ROLE_RULE, false));
            if (i + 1 < hits.size() && "Person".equals(hits.get(i + 1).type())
                    && HOST_OFFICE.matcher(text.substring(a.end(), Math.max(a.end(), hits.get(i + 1).start()))).matches())
                added.add(new Rel(main.iri(), "participant", hits.get(i + 1).iri(), a.start(), hits.get(i + 1).end(), 0.7, ROLE_RULE, false));
        }
        out.addAll(added);
    }

    /**
     * 东道国挪威的外交大臣X主持会议: an actor named with a host title (participation-cues.tsv, kind host) in the clause of a
     * participant statement takes part in that event too, as its host (participant-role).
     */
    private static void hostsTitled(String text, List<Hit> hits, List<Rel> out) {
        Pattern host = ParticipationCues.hostTitle();
        List<Rel> added = new ArrayList<>();
        for (Hit a : hits) {
            if (!a.isActor() || "Person".equals(a.type()))
                continue;
            int from = Math.max(0, a.start() - 6);
            Matcher title = host.matcher(text.substring(from, a.start()));
            if (!title.find())
                continue;
            int t = from + title.start();
            Hit owner = null; // 第三届…峰会的东道主中国: the event whose host the title names
            for (Hit e : hits)
                if (e.isEvent() && t >= 1 && text.charAt(t - 1) == '的' && RELATIVE_DE.matcher(text.substring(e.end(), t)).matches())
                    owner = e;
            if (owner != null && !PRESIDENCY.matcher(title.group()).find()
                    && !LATER_HOST.matcher(text.substring(backTo(text, owner.start(), SUBCLAUSE_END), a.start())).find()) {
                Hit ev = owner;
                if (out.stream().noneMatch(x -> x.predicate().equals("participant") && x.subject().equals(ev.iri()) && x.object().equals(a.iri()))
                        && added.stream().noneMatch(x -> x.subject().equals(ev.iri()) && x.object().equals(a.iri())))
                    added.add(new Rel(ev.iri(), "participant", a.iri(), a.start(), a.end(), 0.7, ROLE_RULE, false));
            }
            int clauseStart = backTo(text, a.start(), CLAUSE_END);
            int clauseEnd = forwardTo(text, a.end(), CLAUSE_END);
            for (Rel r : out)
                if (r.predicate().equals("participant") && r.start() >= clauseStart && r.start() <= clauseEnd
                        && !r.object().equals(a.iri()) && added.stream().noneMatch(x -> x.subject().equals(r.subject()) && x.object().equals(a.iri()))
                        && out.stream().noneMatch(x -> x.predicate().equals("participant") && x.subject().equals(r.subject()) && x.object().equals(a.iri())))
                    added.add(new Rel(r.subject(), "participant", a.iri(), a.start(), a.end(), 0.7, ROLE_RULE, false));
        }
        out.addAll(added);
    }

    /**
     * 出席峰会的有A、B等, 与会的包括A和B: a clause that lists who attended after 的有/的包括 (participation-cues.tsv, kind
     * attended: the verbs; kind listed: the words before the list). The event is the one named or referred to between the
     * verb and 的 (出席本届峰会的有), else the event the document reports.
     */
    void attendeeLists(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        attendeeLists(ParticipationCues.attendeeList().matcher(text), text, hits, discourse, out);
        attendeeLists(ParticipationCues.attendantsList().matcher(text), text, hits, discourse, out); // 与会者包括A、B
    }

    private void attendeeLists(Matcher m, String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        while (m.find()) {
            if (insideHit(hits, m.start()) || modalOutsideNames(text, hits, backTo(text, m.start(), SUBCLAUSE_END), m.start()))
                continue;
            Hit event = null;
            for (Hit h : between(hits, m.start(), m.end()))
                if (h.isEvent())
                    event = h;
            if (event == null && m.group(1).isEmpty())
                event = lastEventBefore(hits, m.start()); // E12日举行，与会者包括A、B: the event the sentence opens with
            if (event == null && discourse != null && discourse.lastEvent() != null)
                event = m.group(1).isEmpty() ? discourse.mainEvent() : referredEvent(discourse, m.group(1));
            if (event == null || hits.contains(event) && EventReferences.notTheCurrent(text, event))
                continue;
            int end = forwardTo(text, m.end(), CLAUSE_END);
            for (Hit a : between(hits, m.end(), end))
                if (a.isActor() && !a.iri().equals(event.iri()) && !groupWord(text, a) && !titleOfNamedPerson(text, hits, a)
                        && !(titleOfPerson(text, hits, a) && !text.startsWith("代表团", a.end())) && !text.startsWith("的", a.end()))
                    out.add(new Rel(event.iri(), "participant", a.iri(), m.start(), end, 0.7, "participant", false));
        }
    }

    /**
     * EVENT吸引了A、B等国的代表, EVENT吸引了来自A和B的嘉宾: the states and bodies whose delegates an event drew take part in it
     * (participation-cues kinds drawing, delegates); a plan before the verb (将吸引) states none, and no delegate noun
     * after the actors (吸引了法国的投资) none either.
     */
    private void drawnAttendees(String text, List<Hit> hits, List<Rel> out) {
        for (Hit event : hits) {
            if (!event.isEvent())
                continue;
            Matcher verb = ParticipationCues.drawing().matcher(text.substring(event.end()));
            if (!verb.lookingAt())
                continue;
            int from = event.end() + verb.end();
            List<Hit> drawn = new ArrayList<>();
            for (Hit h : hits) {
                if (h.start() < from)
                    continue;
                if (!h.isActor() || "Person".equals(h.type()) || !(drawn.isEmpty() ? text.substring(from, h.start()).matches("[\\s“「]*")
                        : COORDINATOR.matcher(text.substring(drawn.get(drawn.size() - 1).end(), h.start())).matches()))
                    break;
                drawn.add(h);
            }
            if (drawn.isEmpty() || !ParticipationCues.drawnDelegates().matcher(text.substring(drawn.get(drawn.size() - 1).end())).lookingAt())
                continue;
            for (Hit a : drawn)
                out.add(new Rel(event.iri(), "participant", a.iri(), event.start(), a.end(), 0.7, "participant", false));
        }
    }

    /** A speech's title opening the sentence: 在EVENT(开幕式)上的致辞 (its line joined to the next, the speaker's). */
    private static final Pattern SPEECH_TITLE_LEAD = Pattern.compile(
            "^\\s*在[^。！？；，,]{2,60}?上的(?:书面|视频)?(?:致辞|讲话|主旨讲话|主旨演讲|演讲|发言|致词)(?:[（(][^）)]{1,20}[）)])?");

    /** Whether a sentence is a speech's title and nothing else (在EVENT上的致辞（节选）). */
    static boolean speechTitleAlone(String text) {
        Matcher m = SPEECH_TITLE_LEAD.matcher(text);
        return m.lookingAt() && text.substring(m.end()).isBlank();
    }

    /**
     * A speech's title, then its speaker's title and name (在“X峰会”上的致辞 / 法国总统 让·杜邦, the lines joined into one
     * sentence): the speaker, the first person after the title and before any punctuation, takes part in the event the
     * title names. A byline (记者 张明 报道) has no such title before it.
     */
    private static void speakerAfterTitle(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        Matcher m = SPEECH_TITLE_LEAD.matcher(text);
        Hit event = null;
        int from = 0;
        if (m.lookingAt()) {
            for (Hit h : between(hits, 0, m.end()))
                if (h.isEvent())
                    event = h;
            from = m.end();
        } else if (discourse != null)
            event = discourse.speechTitled(); // the title was a sentence of its own (the document's headline)
        if (event == null)
            return;
        int end = forwardTo(text, from, "，,。；;！？");
        for (Hit h : between(hits, from, Math.min(end, from + 24)))
            if ("Person".equals(h.type())) {
                out.add(new Rel(event.iri(), "participant", h.iri(), from, h.end(), 0.7, "participant-at-event", false));
                return;
            }
    }

    /** A numbered sitting of a body (第十五届国会第九次会议, 常务委员会第三十次会议): it lasts as long as its agenda. */
    private static final Pattern NUMBERED_SITTING = Pattern.compile("第[一二三四五六七八九十百零\\d]+次(?:全体会议|常务会议|室务会议|局务会议|会议|全会)$");

    /**
     * A text adopted at a numbered sitting of a body, the sitting named or referred to (同次会议还通过了《Y》), takes no date
     * from the sitting (date-from-event): the day the document gave the sitting is the day of another text passed there,
     * and such a sitting lasts days or weeks.
     */
    static void undatedAtSitting(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        java.util.Set<String> atSitting = new java.util.HashSet<>();
        for (Rel r : out)
            if (r.predicate().equals("adoptedAt")) {
                String name = eventName(r.object(), text, hits, discourse);
                if (name != null && NUMBERED_SITTING.matcher(name).find())
                    atSitting.add(r.subject());
            }
        out.removeIf(r -> r.predicate().equals("date") && r.rule().equals("date-from-event") && atSitting.contains(r.subject()));
    }

    /** Whether a modality cue (a plan, hope, condition) stands in [from, to) outside every name. */
    private boolean modalOutsideNames(String text, List<Hit> hits, int from, int to) {
        Matcher m = BLOCK_BEFORE.matcher(text.substring(from, to));
        while (m.find())
            if (!insideHit(hits, from + m.start()))
                return true;
        return false;
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
                        if (a.isActor() && !insideModifier(text, a, close) && !BLOCK_BEFORE.matcher(text.substring(open, a.start())).find())
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

    /** What a subject does at an event named before it (participation-cues.tsv, kind act): 表示, 宣布, 签署, 通过. */
    private static Matcher speechVerb(String s) {
        return ParticipationCues.actAtEvent().matcher(s);
    }

    /**
     * Whether an act (签署, 通过, 发布: participation-cues.tsv, kind deed) stands in [from, to) outside every name, with no
     * plan, backing, agreement or announcement of it in front (同意尽快启动: agreed, not done there).
     */
    private boolean doesAt(String text, List<Hit> hits, int from, int to, Pattern deeds) {
        Matcher m = deeds.matcher(text.substring(from, to));
        while (m.find()) {
            int at = from + m.start();
            if (insideHit(hits, at) || RelationRules.insideTitle(text, at))
                continue;
            String lead = text.substring(Math.max(from, backTo(text, at, SUBCLAUSE_END)), at);
            return !BLOCK_BEFORE.matcher(lead).find() && !ParticipationCues.backedOrAnnounced().matcher(lead).find();
        }
        return false;
    }

    /**
     * Whether an actor whose only act at an event is a deed (签署, 发布, 启动) takes part in it by the conventions: a person or
     * a state (who attends), or an intergovernmental body acting at its own meeting (七国集团在峰会上启动…). A company, a
     * ministry, an institute or a civil-society body that signs or launches something there neither attends nor convenes
     * by that act.
     */
    static boolean takesPartByDeed(Hit a) {
        return switch (a.type()) {
            case "Person", "State", "InternationalOrganization", "RegionalOrganization", "MultilateralForum", "UNEntity" -> true;
            default -> false;
        };
    }

    /** Whether a speech or act verb stands in [from, to) outside every name (not 倡议 of 《…倡议》). */
    private static boolean actsIn(String text, List<Hit> hits, int from, int to) {
        Matcher m = speechVerb(text.substring(from, to));
        while (m.find())
            if (!insideHit(hits, from + m.start()) && !RelationRules.insideTitle(text, from + m.start()))
                return true;
        return false;
    }

    /**
     * X在EVENT上宣布…, EVENT期间，X表示…, X在会上…: who acts at an event takes part in it. The actors are
     * the subjects of the clause (before the locative, or right after it when the locative opens the
     * clause), each followed by a speech or act verb in the same clause.
     */
    void participantsAtEvent(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        speakerAfterTitle(text, hits, discourse, out); // 在EVENT上的致辞 / 法国总统 让·杜邦
        List<int[]> places = new ArrayList<>(); // start, end of the locative; index of the event hit or -1
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.isEvent()) {
                Matcher m = AT_EVENT.matcher(text.substring(h.end()));
                if (m.find())
                    places.add(new int[] {h.start(), h.end() + m.end(), i});
            }
        }
        if (discourse.lastEvent() != null || hits.stream().anyMatch(Hit::isEvent)) {
            Matcher m = SHORT_LOCATIVE.matcher(text);
            while (m.find())
                if (!insideHit(hits, m.start()))
                    places.add(new int[] {m.start(), m.end(), -1});
            Matcher moment = EVENT_MOMENT.matcher(text);
            while (moment.find())
                if (!insideHit(hits, moment.start()) && moment.start() == backTo(text, moment.start(), CLAUSE_END))
                    places.add(new int[] {moment.start(), moment.end(), -2});
        }
        for (int[] p : places) {
            Hit event = p[2] >= 0 ? hits.get(p[2]) : shortReference(text, hits, discourse, p[0], p[1]);
            if (event == null)
                continue;
            int clauseStart = backTo(text, p[0], CLAUSE_END);
            int clauseEnd = forwardTo(text, p[1], CLAUSE_END);
            boolean deedOnly = !actsIn(text, hits, p[1], clauseEnd);
            boolean during = text.substring(p[0], p[1]).endsWith("期间");
            if (deedOnly && !(p[2] >= 0 && text.charAt(p[1] - 1) == '上' && doesAt(text, hits, p[1], clauseEnd, ParticipationCues.deedAtEvent())
                    || during && doesAt(text, hits, p[1], clauseEnd, ParticipationCues.deedDuring())))
                continue; // X在EVENT上表示; X在EVENT上签署了《Y》 (an act, only at an event named; during it only a signing,
                          // participation-cues kind deed-during: not X在E期间发布《Y》, the gold's convention)
            if (modalOutsideNames(text, hits, Math.max(clauseStart, p[0] - 8), p[0]))
                continue;
            if (ClauseAnalysis.reported(text, hits, p[0]))
                continue; // 有媒体称，X在E上表示…: hearsay the text reports states no participation (as no act of a clause)
            Matcher backed = ParticipationCues.backedOrAnnounced().matcher(text.substring(backTo(text, p[0], SUBCLAUSE_END), p[0]));
            if (backed.find() && !insideHit(hits, backTo(text, p[0], SUBCLAUSE_END) + backed.start()))
                continue; // 法国支持在E期间发布《Y》, 宣布在E上签署: backed or announced, not done there
            if (ParticipationCues.foundedThere().matcher(text.substring(p[1], clauseEnd)).find())
                continue; // X在EVENT上宣布成立: X is what the event founded, no attendee of it
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
                Matcher sv = speechVerb(text.substring(next, clauseEnd));
                Matcher av = VERB.matcher(text.substring(next, clauseEnd));
                int firstVerb = next + Math.min(sv.find() ? sv.start() : clauseEnd - next, av.find() ? av.start() : clauseEnd - next);
                for (Hit h : between(hits, next, firstVerb))
                    if (h.isActor())
                        actors.add(h);
                if (p[2] == -2)
                    actors.addAll(speakersOfLaterSubclauses(text, hits, forwardTo(text, next, SUBCLAUSE_END), clauseEnd));
                if (actors.isEmpty() && ParticipationCues.sides().matcher(text.substring(next, firstVerb)).find())
                    for (Hit side : sidesOf(text, event, hits, discourse)) // 在中国—东盟部长会议上，双方通过了…
                        out.add(new Rel(event.iri(), "participant", side.iri(), p[0], p[1], 0.7, "participant-at-event", false));
            }
            if (actors.isEmpty() && CONTINUING.matcher(text.substring(subStart, p[0])).lookingAt() && subStart > clauseStart)
                actors.addAll(topicOf(text, hits, clauseStart, subStart)); // X于…启动谈判，并于…在EVENT上宣布: X acts there too
            for (Hit a : actors) {
                if (groupWord(text, a) || analysis.recipient(text, a) || text.startsWith("的", a.end()) || a.iri().equals(event.iri())
                        || ClauseAnalysis.titleOfAttendee(text, hits, a) && !text.startsWith("代表团", a.end()))
                    continue;
                if (deedOnly && !takesPartByDeed(a))
                    continue; // 企业在峰会上签署《Y》: who only signs or launches something there is no participant (CONVENTIONS.md)
                if (deedOnly && during && !"Person".equals(a.type()) && !"State".equals(a.type()))
                    continue; // 卢拉和博里奇在论坛期间签署《Y》: leaders and states who sign there attend; a body that
                              // publishes something during an event does not (X在E年会期间发布《Y》, the gold's convention)
                out.add(new Rel(event.iri(), "participant", a.iri(), p[0], p[1], 0.7, "participant-at-event", false));
            }
        }
        delegations(text, hits, discourse, out); // 中方由X牵头，美方代表来自A和B: the sides of a meeting
    }

    /**
     * 在会上, 在全会上, 在开幕式上, 在闭幕会议上, 会议期间 (opening a clause): the event last named (or, for 开幕式, 本届…,
     * the document's main one) as the place of an act.
     */
    private static final Pattern SHORT_LOCATIVE = Pattern.compile(
            "在(?:该次|本次|此次|这次|本届|该届|同次)?(?:会议|大会|峰会|会晤|全会|论坛|开幕式|闭幕式|开幕会议|闭幕会议|开幕会|闭幕会|开幕大会|闭幕大会|全体会议|全体大会|分论坛|高级别会议|首日会议|会)(?:上|期间|[^，。；、]{0,6}?(?:发言|致辞|讲话)中)"
                    + "|(?<![\\u4e00-\\u9fff])会上|(?<=^|[。；，,])(?:该次|本次|此次|这次|本届|该届)?(?:会议|大会|峰会|会晤|全会|论坛)期间(?=[，,])");

    static final String DELEGATION_RULE = "participant-delegation";

    /** 中方由X牵头, 法国由X率团: a side and the person who leads its delegation. */
    private static final Pattern LED_BY = Pattern.compile("^[^，。；]{0,2}?由([^，。；]{1,30}?)(?:牵头|率团|带队|率领代表团|率代表团|率领|领衔|任团长)");
    /** 美方代表来自A和B: the bodies a side's delegates come from. */
    private static final Pattern DELEGATES_FROM = Pattern.compile("^(?:的)?代表(?:团)?(?:成员)?(?:分别|主要)?来自");

    /**
     * participant-delegation: at a meeting (named in the sentence, else the document's last), 中方由X牵头 (the side and X
     * take part), 美方代表来自A和B (the side and the bodies its delegates come from take part).
     */
    void delegations(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        for (Hit side : hits) {
            if (!side.isActor() || "Person".equals(side.type()) || groupWord(text, side))
                continue;
            int subStart = backTo(text, side.start(), SUBCLAUSE_END);
            if (!text.substring(subStart, side.start()).replaceAll("[\\s而则另同时]", "").isEmpty())
                continue; // the side opens its sub-clause
            String rest = text.substring(side.end());
            Matcher led = LED_BY.matcher(rest);
            Matcher from = DELEGATES_FROM.matcher(rest);
            List<Hit> members = new ArrayList<>();
            int end;
            if (led.find()) {
                end = side.end() + led.end();
                for (Hit h : between(hits, side.end() + led.start(1), side.end() + led.end(1)))
                    if (h.isActor() && !titleOfPerson(text, hits, h) && !text.startsWith("的", h.end()))
                        members.add(h);
                if (members.stream().noneMatch(h -> "Person".equals(h.type())))
                    continue; // 由中方牵头: no leader named, maybe no delegation either
            } else if (from.find()) {
                end = forwardTo(text, side.end() + from.end(), SUBCLAUSE_END);
                for (Hit h : between(hits, side.end() + from.end(), end))
                    if (h.isActor() && !titleOfPerson(text, hits, h) && !text.startsWith("的", h.end()))
                        members.add(h);
                if (members.isEmpty())
                    continue;
            } else
                continue;
            if (modalOutsideNames(text, hits, subStart, end))
                continue;
            Hit event = lastEventBefore(hits, side.start());
            if (event == null && hits.stream().noneMatch(Hit::isEvent) && discourse.lastEvent() != null)
                event = discourse.lastEvent();
            if (event == null)
                continue;
            out.add(new Rel(event.iri(), "participant", side.iri(), side.start(), end, 0.7, DELEGATION_RULE, false));
            for (Hit m : members)
                out.add(new Rel(event.iri(), "participant", m.iri(), side.start(), end, 0.7, DELEGATION_RULE, false));
        }
    }

    /**
     * The event a short reference (在会上, 在峰会上, 会议期间) means: the last event named before it in the sentence
     * (EVENT于…举行，X在峰会上表示), when its name has the reference's specific head; else the document's (Discourse).
     */
    private static Hit shortReference(String text, List<Hit> hits, Discourse discourse, int start, int end) {
        String around = text.substring(start, end);
        Hit last = lastEventBefore(hits, start);
        if (last != null) {
            String name = text.substring(last.start(), last.end());
            Matcher head = EventReferences.SPECIFIC_EVENT_HEAD.matcher(around);
            if (!head.find() || name.contains(head.group()))
                return last;
        }
        Hit referred = discourse.lastEvent() == null ? null : referredEvent(discourse, around);
        if (referred != null && discourse.isPast(referred.iri())) {
            // 二十国集团曾于2019年在大阪峰会上…；秘书长在会上表示: 会上 is the meeting the document reports, not the past one
            Hit current = discourse.mainEventBefore(java.util.Set.of(referred.iri()));
            if (current != null && !discourse.isPast(current.iri()) && EventReferences.SPECIFIC_EVENT_HEAD.matcher(around).results().findAny().isEmpty())
                return current;
        }
        return referred;
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
            Matcher sv = speechVerb(text.substring(start, Math.min(end, clauseEnd)));
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

    /** The parties an event's own name joins by a dash (中国—东盟部长会议, 中美对话): A and B. */
    private static final Pattern DASH = Pattern.compile("[—－\\-]+");

    /**
     * 在中国—东盟数字部长会议上，双方…: the parties the event's name joins with a dash, each an actor this sentence or the
     * document named before (its name read up to the longest such actor).
     */
    private static List<Hit> sidesOf(String text, Hit event, List<Hit> hits, Discourse discourse) {
        String name = hits.contains(event) ? text.substring(event.start(), event.end()) : discourse.nameOf(event.iri());
        List<Hit> out = new ArrayList<>();
        if (name == null)
            return out;
        Matcher dash = DASH.matcher(name);
        if (!dash.find())
            return out;
        Hit left = actorEndingAt(name.substring(0, dash.start()), hits, text, discourse);
        Hit right = actorStartingAt(name.substring(dash.end()), hits, text, discourse);
        if (left != null && right != null && !left.iri().equals(right.iri())) {
            out.add(left);
            out.add(right);
        }
        return out;
    }

    private static Hit actorEndingAt(String s, List<Hit> hits, String text, Discourse discourse) {
        for (int i = 0; i < s.length() - 1; i++) {
            Hit h = actorNamed(s.substring(i), hits, text, discourse);
            if (h != null)
                return h;
        }
        return null;
    }

    private static Hit actorStartingAt(String s, List<Hit> hits, String text, Discourse discourse) {
        for (int i = s.length(); i >= 2; i--) {
            Hit h = actorNamed(s.substring(0, i), hits, text, discourse);
            if (h != null)
                return h;
        }
        return null;
    }

    /** The actor this sentence or the document before it wrote as {@code surface}, or null. */
    static Hit actorNamed(String surface, List<Hit> hits, String text, Discourse discourse) {
        for (Hit h : hits)
            if (h.isActor() && text.substring(h.start(), h.end()).equals(surface))
                return h;
        Hit seen = discourse == null ? null : discourse.named(surface);
        return seen != null && seen.isActor() ? seen : null;
    }

    /**
     * 商务部部长王文涛, 美国总统特朗普: an actor (not a person) followed, within a few characters and no punctuation or
     * conjunction, by a role word (role-words.tsv) and the person named right after it: the actor is the person's title.
     * 中国代表团团长张云明 is not: the actor there is the delegation's side.
     */
    static boolean titleOfNamedPerson(String text, List<Hit> hits, Hit h) {
        if ("Person".equals(h.type()) || text.startsWith("代表团", h.end()))
            return false;
        for (Hit n : hits)
            if (n.start() >= h.end() && n != h) {
                return "Person".equals(n.type()) && OfficerTitles.isRoleGap(text.substring(h.end(), n.start()), 10);
            }
        return false;
    }

    /** Whether a person this sentence names takes part in {@code event} by a statement read from it. */
    private static boolean personTakesPart(String event, List<Hit> hits, List<Rel> out) {
        for (Rel o : out)
            if (o.predicate().equals("participant") && o.subject().equals(event))
                for (Hit h : hits)
                    if (h.iri().equals(o.object()) && "Person".equals(h.type()))
                        return true;
        return false;
    }

    /** The name of an event as this sentence or the document wrote it, or null. */
    private static String eventName(String iri, String text, List<Hit> hits, Discourse discourse) {
        for (Hit h : hits)
            if (h.iri().equals(iri) && h.isEvent())
                return text.substring(h.start(), h.end());
        return discourse == null ? null : discourse.nameOf(iri);
    }

    /** A numbered sitting of a body named by the body itself (第十五届国会第八次会议, 国务院第40次常务会议, 全会). */
    private static final Pattern SITTING_OF_BODY = Pattern.compile(
            "^(?:第[一二三四五六七八九十百零\\d]+[届次期])?(.+?)(?:\\d{4}年)?(?:第[一二三四五六七八九十百零\\d]+[次届期])?(?:全体会议|常务会议|室务会议|局务会议|会议|全会)$");

    /**
     * Whether {@code event} is a sitting of the body {@code actor} names (the event's name is the body's name, or the
     * suffix that makes it that kind of body, then an ordinal and a sitting): a legislature or a board passing a text
     * at its own session acts as the body, it does not take part in an event (越南国会…在第十五届国会第八次会议上通过).
     */
    static boolean ownSitting(String event, String actor) {
        if (event == null || actor == null)
            return false;
        Matcher m = SITTING_OF_BODY.matcher(event);
        if (!m.matches())
            return false;
        String body = m.group(1);
        if (actor.endsWith(body) && body.length() >= 2)
            return body.equals(actor) || Lexicon.longestFirst("organisation-suffixes.tsv", "class").stream()
                    .anyMatch(e -> e.getKey().equals(body) || body.endsWith(e.getKey()) && e.getKey().length() >= 2);
        return false;
    }

    /**
     * The last look at the participants of a sentence: an actor that only modifies a noun after it (40个联合国姐妹机构:
     * the agencies take part, not the UN) takes no part; a state's government (由挪威政府主办) takes part as the text names it, a
     * body of its own (the gold of news-check15 to 18), not as its state.
     */
    void review(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        sessions(text, hits, discourse, out);
        if (discourse != null)
            for (Hit h : hits)
                if (h.isEvent() && PAST_FRAME.matcher(text.substring(backTo(text, h.start(), SUBCLAUSE_END), h.start())).find())
                    discourse.past(h.iri());
        FramingReferences.review(text, hits, discourse, out); // 根据…会议通过的《Y》设立: the basis of the act is none of its parties
        hostsTitled(text, hits, out); // 东道国挪威的外交大臣X主持会议: the host state as well as X
        hostsOfMainEvent(text, hits, discourse, out); // 东道国印度的通信部长X表示: the host of the event reported
        // 会议期间，法国宣布将于明年签署《Y》: a plan made at the event is no text adopted there
        out.removeIf(r -> r.predicate().equals("adoptedAt") && r.end() <= text.length() && plannedAct(text, hits, r));
        undatedAtSitting(text, hits, discourse, out); // 同次会议还通过了《Y》: no day of the sitting for Y
        for (Hit h : hits) {
            if (!h.isEvent() || !EventReferences.notTheCurrent(text, h))
                continue;
            boolean main = discourse != null && discourse.mainEvent() != null && discourse.mainEvent().iri().equals(h.iri());
            boolean another = discourse != null && discourse.mainEvent() != null
                    || hits.stream().anyMatch(o -> o.isEvent() && !o.iri().equals(h.iri()) && !EventReferences.notTheCurrent(text, o));
            if (discourse != null && !main && another) // not …延续至MC13 when MC13 is the event reported
                discourse.notCurrent(h.iri()); // 维持至第十四届部长级会议: a later 会议 still means the edition reported
            if (EventReferences.announced(text, h))
                out.removeIf(r -> r.subject().equals(h.iri()) && (r.predicate().equals("date") || r.predicate().equals("participant")));
        }
        for (int i = 0; i < out.size(); i++) {
            Rel r = out.get(i);
            if (!r.predicate().equals("participant"))
                continue;
            List<Hit> named = new ArrayList<>();
            for (Hit h : hits)
                if (h.iri().equals(r.object()))
                    named.add(h);
            if (!named.isEmpty() && named.stream().allMatch(h -> ownSitting(eventName(r.subject(), text, hits, discourse), text.substring(h.start(), h.end())))) {
                out.remove(i--); // 越南国会在第十五届国会第八次会议上通过: the body acts at its own sitting (issuedBy), it attends nothing
                continue;
            }
            if (!named.isEmpty() && named.stream().allMatch(h -> titleOfNamedPerson(text, hits, h) && !hostTitled(text, h))
                    && personTakesPart(r.subject(), hits, out)) {
                out.remove(i--); // 商务部部长王文涛率…出席: the person named takes part, the body of the title does not
                continue;
            }
            List<Hit> standing = named.stream().filter(h -> !titleOfPerson(text, hits, h)).toList(); // not 东盟 of 东盟秘书长高金洪
            if (!standing.isEmpty() && standing.stream().allMatch(h -> ParticipationCues.modifierAfter().matcher(text.substring(h.end())).lookingAt()
                    || !"State".equals(h.type()) && ParticipationCues.countAfter().matcher(text.substring(h.end())).lookingAt())) {
                out.remove(i--);
                continue;
            }
        }
    }

    /**
     * A sitting named by the bare head of its event (研讨会高级别会议, 峰会领导人会议, EventSessions) is part of the event the
     * document named last with that head: who takes part in the sitting takes part in the event, and a text adopted at the
     * sitting is adopted at the event (the event, not the sitting, is what a researcher asks about).
     */
    private static void sessions(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        if (discourse == null)
            return;
        List<Rel> added = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Rel r = out.get(i);
            boolean participant = r.predicate().equals("participant");
            if (!participant && !r.predicate().equals("adoptedAt"))
                continue;
            String sittingIri = participant ? r.subject() : r.object();
            Hit whole = wholeOf(sittingIri, text, hits, discourse);
            if (whole == null)
                continue;
            if (participant)
                added.add(new Rel(whole.iri(), "participant", r.object(), r.start(), r.end(), r.confidence(), r.rule(), r.inferred()));
            else
                out.set(i, new Rel(r.subject(), "adoptedAt", whole.iri(), r.start(), r.end(), r.confidence(), r.rule(), r.inferred()));
        }
        for (Rel a : added)
            if (out.stream().noneMatch(o -> o.predicate().equals("participant") && o.subject().equals(a.subject()) && o.object().equals(a.object())))
                out.add(a);
    }

    /** The event a sitting named by its event's bare head belongs to (研讨会 of 研讨会高级别会议), or null. */
    private static Hit wholeOf(String iri, String text, List<Hit> hits, Discourse discourse) {
        String name = null;
        for (Hit h : hits)
            if (h.iri().equals(iri) && h.isEvent()) {
                name = text.substring(h.start(), h.end());
                break;
            }
        if (name == null)
            name = discourse.nameOf(iri);
        String bare = name == null ? null : EventSessions.bareHeadAtStart(name);
        if (bare == null)
            return null;
        Hit whole = discourse.lastEventEndingWith(bare);
        return whole == null || whole.iri().equals(iri) ? null : whole;
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

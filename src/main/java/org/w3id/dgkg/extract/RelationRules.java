package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.ClauseAnalysis.COORDINATOR;
import static org.w3id.dgkg.extract.ClauseAnalysis.coordinated;
import static org.w3id.dgkg.extract.ClauseAnalysis.groupWord;
import static org.w3id.dgkg.extract.ClauseAnalysis.titleOfPerson;
import static org.w3id.dgkg.extract.EventReferences.DEMONSTRATIVE_AFTER;
import static org.w3id.dgkg.extract.EventReferences.EVENT_AS_TIME;
import static org.w3id.dgkg.extract.EventReferences.EVENT_REFERENCE;
import static org.w3id.dgkg.extract.EventReferences.HELD_AFTER;
import static org.w3id.dgkg.extract.EventReferences.bareEventHeads;
import static org.w3id.dgkg.extract.EventReferences.eventReferenceBefore;
import static org.w3id.dgkg.extract.EventReferences.referredEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations read from one sentence by cue verbs: the actors in front of the verb (a coordinated
 * group counts member by member), the instruments, organisations or events after it. A clause
 * that plans, forecasts, negates or only applies (拟, 将, 计划, 尚未, 申请, 磋商) states no fact.
 * Dates go to the instrument or event of the act they date: the nearest date in front of the verb
 * in the same clause, or a date written right before an event's name.
 */
final class RelationRules {
    private final RelationCues cues;
    private final Pattern VERB;
    private final Pattern BLOCK_BEFORE;
    private final Pattern BLOCK_AFTER;
    private final ConceptRelationRules concepts;
    private final ClauseAnalysis analysis;

    RelationRules(RelationCues cues) {
        this.cues = cues;
        this.VERB = cues.verb;
        this.BLOCK_BEFORE = cues.modalBefore;
        this.BLOCK_AFTER = cues.modalAfter;
        this.concepts = new ConceptRelationRules(cues);
        this.analysis = new ClauseAnalysis(cues);
    }

    /** One relation: {@code object} is an IRI, or the date value when {@code predicate} is "date". */
    record Rel(String subject, String predicate, String object, int start, int end, double confidence, String rule,
            boolean inferred) {}

    static final String CLAUSE_END = "。；;！？!?\n";
    static final String SUBCLAUSE_END = CLAUSE_END + "，,：:";
    private static final Pattern COLON = Pattern.compile("[：:]");
    private static final Pattern COUNT = Pattern.compile("(\\d+)[ \\u2005]*个(?:国家|成员|成员国|国家和地区)?[^，。；]{0,4}$");

    /** A short reference to the instrument last named: 该法案, 这一决议, 上述协定. */
    private static final Pattern INSTRUMENT_REFERENCE = Pattern.compile(
            "^(?:了|的)?(?:该|这一|此|上述|本)(?:法案|法|决议|协定|协议|宣言|声明|倡议|条例|办法|规定|框架|报告|议定书|公约|战略|计划|文件|令)");

    private static final Pattern EVENT_HEAD_END = Pattern.compile("(?:峰会|大会|会议|论坛)$");
    private static final Pattern HELD = Pattern.compile("举行|召开");

    /** An actor named like an event (…峰会) that the clause says was held before the verb acts as that event. */
    private static boolean heldAsEvent(String text, List<Hit> before, String iri, int vs) {
        for (Hit h : before)
            if (h.iri().equals(iri) && EVENT_HEAD_END.matcher(text.substring(h.start(), h.end())).find()
                    && HELD.matcher(text.substring(h.end(), vs)).find())
                return true;
        return false;
    }

    /** 在议定书上, 在该协定上: the place of a signature is a document named by its head. */
    private static final Pattern HEAD_LOCATIVE = Pattern.compile(
            "在(?:该|此|这份|这一)?(议定书|协定|协议|公约|宣言|备忘录|声明|文件|条约)(?:文本)?上$");

    /** Relations of one sentence of a document; {@code discourse} carries what earlier sentences named. */
    List<Rel> apply(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse) {
        dates = DateRules.withDateBefore(text, dates, discourse); // 同月，… / 同日，…: the date of the sentence before
        hits = bareEventHeads(text, hits, discourse);
        List<Rel> out = apply(text, hits, dates, discourse == null ? new Discourse() : discourse, true);
        if (discourse != null) {
            discourse.saw(text, hits);
            for (Hit h : hits)
                if (h.isEvent() && HELD_AFTER.matcher(text.substring(h.end())).find() && !EVENT_AS_TIME.matcher(text.substring(h.end())).find())
                    discourse.held(h);
            for (Rel r : out)
                if (r.predicate().equals("date") && hits.stream().anyMatch(h -> h.isEvent() && h.iri().equals(r.subject())))
                    discourse.dated(r.subject(), r.object());
        }
        return out;
    }


    List<Rel> apply(String text, List<Hit> hits, List<DateFinder.Found> dates) {
        return apply(text, hits, dates, null);
    }

    private List<Rel> apply(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse, boolean unused) {
        List<Rel> out = new ArrayList<>();
        for (Clause c : analysis.clauses(text, hits, discourse)) {
            String verb = c.verb();
            int vs = c.verbStart();
            int ve = c.verbEnd();
            int clauseStart = c.start();
            int subStart = c.subStart();
            int subEnd = c.subEnd();
            int clauseEnd = c.end();
            if (c.modal() && !concepts.stanceDespiteModality(text, subStart, vs, c.act()))
                continue;
            List<Hit> after = c.after();
            List<Hit> before = c.subjects();
            Set<String> agents = c.agents();
            List<Hit> eventsBefore = c.eventsBefore();
            switch (c.act()) {
                case "issue", "sign", "propose" -> {
                    String pred = switch (c.act()) {
                        case "sign" -> "signatory";
                        case "propose" -> "proposedBy";
                        default -> "issuedBy";
                    };
                    List<Hit> objects = instrumentsAfter(text, after);
                    if (objects.isEmpty())
                        concepts.proposedPrinciples(text, hits, verb, vs, ve, subEnd, agents, out);
                    int by = text.lastIndexOf('由', vs - 1);
                    boolean passive = by >= subStart && !insideHit(hits, by);
                    if (passive) {
                        // 由X…牵头/签署: only the actors after 由 perform the act
                        Set<String> byAgents = new LinkedHashSet<>();
                        for (Hit h : between(hits, by, vs))
                            if (h.isActor() && !groupWord(text, h) && !titleOfPerson(text, hits, h))
                                byAgents.add(h.iri());
                        if (!byAgents.isEmpty())
                            agents = byAgents;
                    }
                    if (passive && objects.isEmpty())
                        objects = instrumentsOrOrgsBefore(hits, clauseStart, by, text);
                    if (objects.isEmpty() && discourse.lastInstrument() != null
                            && INSTRUMENT_REFERENCE.matcher(text.substring(ve, subEnd)).find())
                        objects = List.of(discourse.lastInstrument()); // 通过该法案
                    if (objects.isEmpty() && discourse.lastInstrument() != null) {
                        // 在议定书上签字: a bare head in front of the verb means the instrument of that kind last named
                        Matcher head = HEAD_LOCATIVE.matcher(text.substring(subStart, vs));
                        String last = discourse.nameOf(discourse.lastInstrument().iri());
                        if (head.find() && last != null && last.endsWith(head.group(1)))
                            objects = List.of(discourse.lastInstrument());
                    }
                    if (objects.isEmpty() && !passive && !c.act().equals("propose")) {
                        // 《办法》已于…经X审议通过, 《Y》…获得通过: the instrument before the verb undergoes the act,
                        // and only the actors between it and the verb perform it
                        Hit patient = patientBefore(text, hits, clauseStart, subStart, vs);
                        if (patient != null) {
                            objects = List.of(patient);
                            agents = new LinkedHashSet<>();
                            for (Hit h : between(hits, patient.end(), vs))
                                if (h.isActor() && !groupWord(text, h))
                                    agents.add(h.iri());
                        }
                    }
                    for (Hit o : objects) {
                        if (o.isActor()) {
                            if (!verb.equals("发起"))
                                continue;
                            for (String a : agents)
                                if (!a.equals(o.iri()))
                                    out.add(new Rel(o.iri(), "establishedBy", a, vs, ve, 0.7, "establish-passive", false));
                            continue;
                        }
                        for (Hit e : eventsBefore)
                            out.add(new Rel(o.iri(), "adoptedAt", e.iri(), vs, ve, 0.75, "adopted-at-event", false));
                        // signing a domestic law, or one person signing what is no agreement (an executive order), issues it
                        Set<String> signers = agents;
                        boolean onePerson = signers.size() == 1 && hits.stream().anyMatch(h -> signers.contains(h.iri()) && "Person".equals(h.type()));
                        String p = pred.equals("signatory") && (o.type().matches("Law|Strategy|Report|Framework")
                                || onePerson && !o.type().matches(".*Agreement|Declaration|Convention|Treaty|Compact|Resolution|Charter"))
                                ? "issuedBy" : pred;
                        for (String a : agents) {
                            if (heldAsEvent(text, before, a, vs))
                                continue; // 信息社会世界峰会分两个阶段举行，先后通过了《Y》: a summit that is held adopts, it does not issue
                            out.add(new Rel(o.iri(), p, a, vs, ve, p.equals("issuedBy") ? 0.8 : 0.75, verbRule(p), false));
                        }
                        if (pred.equals("signatory")) {
                            Matcher count = COUNT.matcher(text.substring(clauseStart, vs));
                            if (count.find())
                                out.add(new Rel(o.iri(), "signatoryCount", count.group(1), vs, ve, 0.7, "signatory-count", false));
                        }
                        int datesBefore = out.size();
                        dateFor(text, hits, o, dates, clauseStart, vs, out);
                        if (out.size() == datesBefore)
                            for (Hit e : eventsBefore) {
                                // 会晤通过了《Y》, 在会上宣布《Y》: the act takes the date the document gave its event
                                String d = discourse.dateOf(e.iri());
                                if (d != null) {
                                    out.add(new Rel(o.iri(), "date", d, vs, ve, 0.6, "date-from-event", true));
                                    break;
                                }
                            }
                    }
                }
                case "join" -> join(text, hits, verb, vs, ve, clauseStart, subStart, subEnd, before, out);
                case "establish" -> {
                    boolean relative = text.startsWith("的", ve);
                    if (establishedByPassive(text, hits, vs, ve, clauseStart, subStart, relative, out))
                        break;
                    if (relative) {
                        // A、B作为Y设立的机构: the organisations in front were set up by the actor right before the verb
                        Hit by = lastActor(hits, clauseStart, vs);
                        if (by == null || by.start() < 2 || !text.substring(Math.max(0, by.start() - 4), by.start()).contains("作为"))
                            break;
                        int as = text.lastIndexOf("作为", by.start());
                        for (Hit h : between(hits, backTo(text, as, SUBCLAUSE_END), as))
                            if (h.isActor() && !h.isState() && !h.iri().equals(by.iri()))
                                out.add(new Rel(h.iri(), "establishedBy", by.iri(), vs, ve, 0.7, "establish-relative", false));
                    } else {
                        Hit created = null;
                        for (Hit h : after)
                            if (h.isActor() && !h.isState() && !text.startsWith("在内", h.end())) {
                                if (beginsLongerOrganisation(text, h))
                                    break; // 设立联合国…创新中心: the body set up is a longer name this one only begins
                                created = h; // not 建立包括X在内的机制: X only illustrates
                                break;
                            }
                        if (created == null)
                            break;
                        for (String a : agents)
                            if (!a.equals(created.iri()))
                                out.add(new Rel(created.iri(), "establishedBy", a, vs, ve, 0.75, "establish", false));
                    }
                }
                case "participate" -> {
                    if (cues.act(verb).equals("open"))
                        agents = Set.of(); // EVENT开幕: the event is the subject, nobody acts
                    if (cues.act(verb).equals("hold") && between(hits, subStart, vs).stream().anyMatch(Hit::isEvent)
                            && !text.substring(subStart, vs).contains("由"))
                        agents = Set.of(); // EVENT在X举行, EVENT召开时: the event is the subject
                    List<Hit> events = new ArrayList<>();
                    for (Hit h : between(hits, subStart, subEnd))
                        if (h.isEvent())
                            events.add(h);
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
                        break;
                    for (Hit e : events) {
                        for (String a : agents)
                            out.add(new Rel(e.iri(), "participant", a, vs, ve, 0.7, "participant", false));
                        dateFor(text, hits, e, dates, clauseStart, vs, out);
                    }
                }
                case "advocate", "oppose" -> concepts.advocateOrOppose(text, hits, verb, c.act().equals("oppose"), vs, ve, clauseStart, subStart, subEnd, agents, out);
                default -> {}
            }
        }
        eventDates(text, hits, dates, discourse, out);
        participantsAtEvent(text, hits, discourse, out);
        bracketParties(text, hits, out);
        possessiveIssuers(text, hits, dates, out);
        concepts.addresses(text, hits, out);
        concepts.formerAndLatter(text, hits, out);
        concepts.addressesOfTopic(text, hits, discourse, out);
        concepts.upheldPrinciples(text, hits, out);
        membership(text, hits, out);
        membersOfBodySetUp(text, hits, out);
        return out;
    }

    private static final Pattern MEMBER_NOUN = Pattern.compile("^(?:的)?(?:成员国|成员|会员国|缔约方|理事国|委员(?!会))");
    private static final Pattern MEMBER_COPULA = Pattern.compile("(?:是|为|成为|作为|当选|连任|当选为)(?:新一届|新一任|本届|下一届)?$");
    private static final Pattern LISTED_COUNT = Pattern.compile("^(?:等|在内的)?[\\d\\s]*(?:多)?个?$");

    /**
     * Membership stated rather than acted: A、B等76个ORG成员 (the listed actors), X是ORG成员/X连任ORG理事国,
     * 代表ORG发言的X. An application or a plan (申请成为, 将成为) is blocked by the modality cues.
     */
    private void membership(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit org = hits.get(i);
            if (!org.isActor() || org.isState() || "Person".equals(org.type()))
                continue;
            Matcher noun = MEMBER_NOUN.matcher(text.substring(org.end()));
            int subStart = backTo(text, org.start(), SUBCLAUSE_END);
            if (noun.find()) {
                String lead = text.substring(subStart, org.start());
                if (BLOCK_BEFORE.matcher(lead).find())
                    continue;
                List<Hit> members = new ArrayList<>();
                // A、B、C等76个ORG成员: the list right before the organisation
                int j = i - 1;
                if (j >= 0 && LISTED_COUNT.matcher(text.substring(hits.get(j).end(), org.start())).matches()) {
                    while (j >= 0 && hits.get(j).isActor() && !hits.get(j).iri().equals(org.iri())) {
                        members.add(hits.get(j));
                        if (j == 0 || !text.substring(hits.get(j - 1).end(), hits.get(j).start()).matches("[、和与及,，]"))
                            break;
                        j--;
                    }
                } else {
                    // X(也)是ORG(的)成员, X当选ORG理事国
                    String before = lead.replaceAll("[也均都已还亦]", "");
                    if (MEMBER_COPULA.matcher(before).find()) {
                        // 我国推荐的候选人、…主任程建军当选…委员: the head after the last 的, titles left out
                        int head = text.lastIndexOf('的', org.start() - 1) >= subStart ? text.lastIndexOf('的', org.start() - 1) : subStart;
                        // the subject nearest the copula and those coordinated with it (曾毅、张凌寒也是…成员)
                        List<Hit> cands = new ArrayList<>();
                        for (Hit h : between(hits, head, org.start()))
                            if (h.isActor() && !h.iri().equals(org.iri()) && !groupWord(text, h) && !titleOfPerson(text, hits, h))
                                cands.add(h);
                        // 意大利对X当选…委员表示祝贺: the member stands right before the copula
                        if (!cands.isEmpty() && !text.substring(cands.get(cands.size() - 1).end(), org.start())
                                .matches("[也均都已还亦并成功]*" + MEMBER_COPULA.pattern()))
                            cands.clear();
                        for (int k = cands.size() - 1; k >= 0; k--) {
                            if (k < cands.size() - 1 && !COORDINATOR.matcher(text.substring(cands.get(k).end(), cands.get(k + 1).start())).matches())
                                break;
                            members.add(0, cands.get(k));
                        }
                    }
                }
                for (Hit m : members)
                    out.add(new Rel(m.iri(), "memberOf", org.iri(), m.start(), org.end() + noun.end(), 0.7, "member-stated", false));
            }
            // 代表ORG发言的X
            if (org.start() >= 2 && text.startsWith("代表", org.start() - 2)) {
                Matcher sp = Pattern.compile("^[”」]?(?:发言|出席)的").matcher(text.substring(org.end()));
                if (sp.find())
                    for (Hit h : between(hits, org.end() + sp.end(), Math.min(text.length(), org.end() + sp.end() + 8)))
                        if (h.isActor() && h.start() == org.end() + sp.end()) {
                            out.add(new Rel(h.iri(), "memberOf", org.iri(), org.start() - 2, h.end(), 0.7, "member-stated", false));
                            break;
                        }
            }
        }
    }

    private static final Pattern CHAIRS = Pattern.compile("^[^，。；]{0,4}?担任(?:联合|共同)?主席");
    private static final Pattern MEMBERS_INCLUDE = Pattern.compile("成员中?(?:还|也)?包括");
    private static final Pattern MEMBERS_COUNTED = Pattern.compile("^等[\\d一二三四五六七八九十百]+(?:名|位)?人?(?:为|是)成员");

    /**
     * X于2018年设立Y，由A和B共同担任主席，20名成员中还包括C、D; 设立Y，由A担任主席，E等10人为成员: the chairs
     * and listed members of the one body this sentence says was set up are its members.
     */
    private void membersOfBodySetUp(String text, List<Hit> hits, List<Rel> out) {
        Set<String> bodies = new LinkedHashSet<>();
        for (Rel r : out)
            if (r.predicate().equals("establishedBy"))
                bodies.add(r.subject());
        if (bodies.size() != 1)
            return;
        String body = bodies.iterator().next();
        List<Hit> persons = new ArrayList<>();
        for (Hit h : hits)
            if ("Person".equals(h.type()))
                persons.add(h);
        for (Hit p : persons) {
            int subStart = backTo(text, p.start(), SUBCLAUSE_END);
            int subEnd = forwardTo(text, p.end(), SUBCLAUSE_END);
            String rest = text.substring(p.end(), subEnd);
            boolean member = MEMBERS_INCLUDE.matcher(text.substring(subStart, p.start())).find()
                    || MEMBERS_COUNTED.matcher(rest).find();
            if (!member) {
                // A和B共同担任主席: the chairs, each coordinated person before the verb
                Matcher chairs = Pattern.compile("担任(?:联合|共同)?主席").matcher(rest);
                if (chairs.find() && !text.substring(p.end(), p.end() + chairs.start()).contains("担任")) {
                    String between = text.substring(p.end(), p.end() + chairs.start());
                    member = CHAIRS.matcher(rest).find() || between.matches("[和与及、][^，。；]*") && persons.stream()
                            .anyMatch(q -> q.start() > p.end() && q.end() <= p.end() + chairs.start());
                }
            }
            if (member && !body.equals(p.iri()))
                out.add(new Rel(p.iri(), "memberOf", body, p.start(), p.end(), 0.7, "member-stated", false));
        }
    }


    /**
     * The instrument that undergoes an act whose verb has no object after it: the last instrument of
     * the verb's own sub-clause, else one that opens the clause (《办法》已于…经…通过).
     */
    private static Hit patientBefore(String text, List<Hit> hits, int clauseStart, int subStart, int vs) {
        Hit last = null;
        for (Hit h : between(hits, subStart, vs))
            if (h.isInstrument())
                last = h;
        if (last != null)
            return last;
        for (Hit h : between(hits, clauseStart, vs))
            if (h.isInstrument() && h.start() - clauseStart <= 1)
                return h;
        return null;
    }

    private static final Pattern AT_EVENT = Pattern.compile("^[”」』]?(?:上|期间|开幕式上|闭幕式上|全会上|的?[^，。；、]{0,6}?(?:发言|致辞|讲话)中)");
    private static final Pattern SPEECH_VERB = Pattern.compile("表示|宣布|发言|指出|致辞|介绍|呼吁|强调|提出|主持|回顾|表态|称");

    /**
     * X在EVENT上宣布…, EVENT期间，X表示…, X在会上…: who acts at an event takes part in it. The actors are
     * the subjects of the clause (before the locative, or right after it when the locative opens the
     * clause), each followed by a speech or act verb in the same clause.
     */
    private void participantsAtEvent(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
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
                if (h.isActor())
                    actors.add(h);
            if (actors.isEmpty() && text.substring(subStart, p[0]).replaceAll("[\\d\\s年月日在于,，当地时间]", "").length() <= 6) {
                // the locative opens the clause: the subject follows it, up to the first verb
                int next = p[1] < text.length() && "，,".indexOf(text.charAt(p[1])) >= 0 ? p[1] + 1 : p[1];
                Matcher sv = SPEECH_VERB.matcher(text.substring(next, clauseEnd));
                Matcher av = VERB.matcher(text.substring(next, clauseEnd));
                int firstVerb = next + Math.min(sv.find() ? sv.start() : clauseEnd - next, av.find() ? av.start() : clauseEnd - next);
                for (Hit h : between(hits, next, firstVerb))
                    if (h.isActor())
                        actors.add(h);
            }
            for (Hit a : actors) {
                if (groupWord(text, a) || analysis.recipient(text, a) || text.startsWith("的", a.end()) || a.iri().equals(event.iri())
                        || titleOfPerson(text, hits, a) && !text.startsWith("代表团", a.end()))
                    continue;
                out.add(new Rel(event.iri(), "participant", a.iri(), p[0], p[1], 0.7, "participant-at-event", false));
            }
        }
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

    private static final Pattern POSSESSIVE = Pattern.compile(
            "^[ \\u2005]*((?:1[89]|20)\\d{2}[ \\u2005]*年(?:[ \\u2005]*\\d{1,2}[ \\u2005]*月)?)?[ \\u2005]*(的|题为)?[ \\u2005]*《?$");
    private static final Pattern RESOLUTION_BRACKET = Pattern.compile("^[》”]?[(（][^)）]{0,6}$");

    /**
     * X2020年6月的Y路线图, X《Y法案》, X题为《Y》的报告: an actor written
     * right before an instrument, possibly with a date and 的, is its issuer; so is the organ in
     * Y宣言(大会第N/M号决议).
     */
    private void possessiveIssuers(String text, List<Hit> hits, List<DateFinder.Found> dates, List<Rel> out) {
        for (int i = 1; i < hits.size(); i++) {
            Hit ins = hits.get(i);
            if (!ins.isInstrument())
                continue;
            Hit prev = hits.get(i - 1);
            if (!prev.isActor() || prev.end() > ins.start() || blockedAround(text, prev.start()))
                continue;
            Matcher m = POSSESSIVE.matcher(text.substring(prev.end(), ins.start()));
            if (!m.find() || prev.end() == ins.start() && !prev.isState())
                continue;
            if (m.group(2) == null && text.charAt(ins.start() - 1) != '《')
                continue; // 美国AI风险管理框架 is a name, not an issuer and its act
            String pred = ins.type().equals("Initiative") && m.group(2) != null ? "proposedBy" : "issuedBy";
            out.add(new Rel(ins.iri(), pred, prev.iri(), prev.start(), ins.end(), 0.65, "issuer-possessive", false));
            // A和B的Y倡议: coordinated owners
            for (int j = i - 2; j >= 0; j--) {
                Hit other = hits.get(j);
                Hit next = hits.get(j + 1);
                if (!other.isActor() || !text.substring(other.end(), next.start()).matches("[、和与及]"))
                    break;
                out.add(new Rel(ins.iri(), pred, other.iri(), other.start(), ins.end(), 0.6, "issuer-possessive", false));
            }
            if (m.group(1) != null)
                for (DateFinder.Found d : dates)
                    if (d.start() >= prev.end() && d.end() <= ins.start())
                        out.add(new Rel(ins.iri(), "date", d.value(), d.start(), d.end(), 0.65, "date-possessive", d.inferred()));
        }
        for (int i = 0; i + 1 < hits.size(); i++) {
            Hit ins = hits.get(i);
            Hit org = hits.get(i + 1);
            if (!ins.isInstrument() || !org.isActor() || org.start() <= ins.end())
                continue;
            String between = text.substring(ins.end(), org.start());
            if (RESOLUTION_BRACKET.matcher(between).matches() && text.substring(org.end()).matches("(?s)^[ \\u2005]*第[^)）]{1,24}决议.*"))
                out.add(new Rel(ins.iri(), "issuedBy", org.iri(), ins.start(), org.end(), 0.7, "issuer-resolution", false));
        }
    }

    private boolean blockedAround(String text, int pos) {
        String lead = text.substring(Math.max(0, pos - 6), pos);
        return BLOCK_BEFORE.matcher(lead).find();
    }



    private String verbRule(String pred) {
        return switch (pred) {
            case "signatory" -> "signatory-verb";
            case "proposedBy" -> "proposer-verb";
            default -> "issuer-verb";
        };
    }


    private void join(String text, List<Hit> hits, String verb, int vs, int ve, int clauseStart, int subStart, int subEnd,
            List<Hit> before, List<Rel> out) {
        if (verb.equals("吸纳")) {
            // X扩员/成立Y，吸纳A、B加入: the members follow the verb; the organisation is the last one before it
            Hit org = null;
            for (Hit h : between(hits, 0, vs))
                if (h.isActor() && !h.isState() || h.isInstrument())
                    org = h;
            if (org == null)
                return;
            for (Hit h : between(hits, ve, subEnd))
                if (h.isActor() && !h.iri().equals(org.iri()))
                    out.add(org.isInstrument() ? new Rel(org.iri(), "party", h.iri(), vs, ve, 0.7, "party-join", false)
                            : new Rel(h.iri(), "memberOf", org.iri(), vs, ve, 0.7, "member-join", false));
            return;
        }
        if (text.startsWith("加入", vs) && vs > 0 && text.charAt(vs - 1) == '纳')
            return;
        List<Hit> joiners = new ArrayList<>();
        for (Hit h : between(hits, subStart, vs))
            if (h.isActor() && !groupWord(text, h) && !analysis.recipient(text, h))
                joiners.add(h);
        Hit target = null;
        if (text.startsWith("该", ve)) {
            // 加入该体系: the nearest instrument before
            for (Hit h : between(hits, 0, vs))
                if (h.isInstrument())
                    target = h;
        }
        for (Hit h : target != null ? List.<Hit>of() : between(hits, ve, subEnd))
            if (h.isInstrument() || h.isActor() && !h.isState()) {
                target = h;
                break;
            }
        if (target == null) {
            for (Hit h : between(hits, 0, joiners.isEmpty() ? vs : joiners.get(0).start()))
                if ((h.isActor() && !h.isState() || h.isInstrument()) && !modifier(text, h))
                    target = h;
        }
        if (target == null)
            return;
        for (Hit j : joiners) {
            if (j.iri().equals(target.iri()))
                continue;
            if (target.isInstrument())
                out.add(new Rel(target.iri(), "party", j.iri(), vs, ve, 0.75, "party-join", false));
            else
                out.add(new Rel(j.iri(), "memberOf", target.iri(), vs, ve, 0.7, "member-join", false));
        }
    }

    /** APEC隐私认证体系: a name glued to the noun after it only modifies that noun. */
    private static boolean modifier(String text, Hit h) {
        if (h.end() >= text.length())
            return false;
        char c = text.charAt(h.end());
        return Character.isIdeographic(c) && "、和与及的宣发成在于将已也还正等为是通签加提推启举召出参（(".indexOf(c) < 0;
    }

    /**
     * 设立联合国全球地理信息知识与创新中心: a name glued to words that end, before the next
     * punctuation, in an organisation suffix (organisation-suffixes.tsv) only begins the longer
     * name of the body meant.
     */
    private static boolean beginsLongerOrganisation(String text, Hit h) {
        if (!modifier(text, h))
            return false;
        int end = h.end();
        while (end < text.length() && "，,。；;、：:（(“”\"".indexOf(text.charAt(end)) < 0)
            end++;
        String rest = text.substring(h.end(), end);
        for (var suffix : Lexicon.longestFirst("organisation-suffixes.tsv", "suffix"))
            if (rest.contains(suffix.getKey()))
                return true;
        return false;
    }

    private void dateFor(String text, List<Hit> hits, Hit o, List<DateFinder.Found> dates, int clauseStart, int vs, List<Rel> out) {
        if (ONGOING.matcher(text.substring(vs)).lookingAt())
            return; // 《Y》（制定中）: an act still under way has no date
        DateFinder.Found best = null;
        for (DateFinder.Found d : dates)
            // not a year inside a name (…2023年第12次室务会议), not across a colon (…记者会（节选）问：…)
            if (d.start() >= clauseStart && d.end() <= vs && !actBetween(text, d.end(), vs) && !insideHit(hits, d.start())
                    && !between(text, d.end(), vs, COLON) && !(o.isInstrument() && RANGE_AFTER.matcher(text.substring(d.end())).lookingAt())) {
                // 在7月7日至11日举行的会议上通过《Y》: a span of days is the meeting's, it does not date the act
                // 2023年5月23日经…2023年第12次会议: a later bare year of the same year is part of a name
                if (best != null && d.value().length() == 4 && best.value().startsWith(d.value()))
                    continue;
                best = d;
            }
        if (best == null) {
            // 2023年7月，X发布…: a date at the head of the sentence dates the acts of its first clause
            for (DateFinder.Found d : dates)
                if (d.start() <= 2 && d.end() < text.length() && "，,".indexOf(text.charAt(d.end())) >= 0 && d.end() < vs
                        && (clauseStart == 0 || clauseStart - d.end() <= 2))
                    best = d;
        }
        if (best == null) {
            // 新华社日内瓦7月26日电…26日发表…，同时公布《Y》: in the lead of a datelined story, acts whose clause
            // gives no date of its own happen on the dateline's day, when every date before them is that day
            Matcher line = DATELINE.matcher(text);
            if (line.find()) {
                DateFinder.Found day = null;
                for (DateFinder.Found d : dates)
                    if (d.start() >= clauseStart && d.end() <= vs && !insideHit(hits, d.start())) {
                        if (day != null && !day.value().equals(d.value()) || d.value().length() < 10) {
                            day = null;
                            break;
                        }
                        day = d;
                    }
                if (day != null)
                    out.add(new Rel(o.iri(), "date", day.value(), day.start(), day.end(), 0.6, "date-of-dateline", true));
            }
        }
        if (best != null)
            out.add(new Rel(o.iri(), "date", best.value(), best.start(), best.end(), best.inferred() ? 0.6 : 0.75,
                    "date-of-act", best.inferred()));
    }

    /** An act still under way: 制定中, 谈判中, 审议中. */
    private static final Pattern ONGOING = Pattern.compile("(?:制定|起草|谈判|审议|修订|讨论|磋商|编制|酝酿)中(?=[)）】，。；、]|$)");

    /** The rest of a span of days after its first day: 至11日, -12日. */
    private static final Pattern RANGE_AFTER = Pattern.compile("[ \\u2005]*[至\\-—–到][ \\u2005]*(?:\\d{1,2}[ \\u2005]*月)?[ \\u2005]*\\d{1,2}[ \\u2005]*日");

    /** A news dateline opening the sentence: 新华社日内瓦7月26日电, （中央社布鲁塞尔5日综合外电报导）. */
    private static final Pattern DATELINE = Pattern.compile("^[（(]?[^，。；（(]{2,16}?(?:\\d{1,2}月)?\\d{1,2}日(?:电|综合外电报导|讯)");

    /** An act verb between two positions (not a vote count's 反对, not an advocate or about cue): the date before it is that act's. */
    private boolean actBetween(String text, int from, int to) {
        if (from >= to)
            return false;
        Matcher m = VERB.matcher(text.substring(from, to));
        while (m.find()) {
            String act = cues.act(m.group());
            if (from + m.end() < text.length() && text.charAt(from + m.end()) == '的')
                continue; // 在1日举行的全会上…通过: a verb in a relative clause names the occasion, not another act
            if (!act.equals("advocate") && !act.equals("oppose") && !act.equals("about"))
                return true;
        }
        return false;
    }

    private boolean between(String text, int from, int to, Pattern p) {
        return from < to && p.matcher(text.substring(from, to)).find();
    }

    /**
     * An event that ends an annex item (• 宣言，2021年3月世界卫生大会) is the next list's header, glued on when the
     * PDF's lines were joined: the date before it is the item's, not the event's.
     */
    private static boolean gluedAnnexHeader(String text, Hit event) {
        String stripped = text.strip();
        return stripped.startsWith("•") && event.end() >= text.stripTrailing().length() - 1;
    }

    /** A date written right before an event's name (2024年联合国“未来峰会”), or in brackets after it. */
    private void eventDates(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse, List<Rel> out) {
        out.addAll(DateRules.apply(text, hits, dates, discourse)); // dates beside an instrument's name, table rows (DateRules)
        for (Hit h : hits) {
            if (!h.isEvent())
                continue;
            for (DateFinder.Found d : dates) {
                boolean right = d.end() <= h.start() && h.start() - d.end() <= 4
                        && !text.substring(d.end(), h.start()).matches(".*[，。；、向对给].*"); // 于2027年向…会议报告: the event receives
                boolean bracket = d.start() > h.end() && d.start() - h.end() <= 3 && "(（".indexOf(text.charAt(h.end())) >= 0;
                if (right && !gluedAnnexHeader(text, h) || bracket)
                    out.add(new Rel(h.iri(), "date", d.value(), d.start(), d.end(), d.inferred() ? 0.6 : 0.7,
                            "date-of-event", d.inferred()));
            }
            // (…由X组织，与Y共同举办) after an event: X and Y take part
            int open = h.end() < text.length() && "”》".indexOf(text.charAt(h.end())) >= 0 ? h.end() + 1 : h.end();
            if (open < text.length() && "(（".indexOf(text.charAt(open)) >= 0) {
                int close = forwardTo(text, open, ")）");
                String inner = text.substring(open, close);
                if (inner.matches(".*(主办|举办|组织|召开|承办).*"))
                    for (Hit a : between(hits, open, close))
                        if (a.isActor())
                            out.add(new Rel(h.iri(), "participant", a.iri(), open, close, 0.7, "participant-bracket", false));
            }
        }
    }

    /** A-B-C间《Y》: states joined by dashes right before a title are its parties. */
    private void bracketParties(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit t = hits.get(i);
            if (!t.isInstrument() || t.start() == 0)
                continue;
            int k = t.start() - 1;
            if (text.charAt(k) == '《')
                k--;
            if (k >= 1 && text.charAt(k) == '的' && text.charAt(k - 1) == '间')
                k--; // 韩国与新加坡之间的《Y》
            if (k >= 0 && text.charAt(k) == '间')
                k--;
            else
                continue;
            if (k >= 0 && text.charAt(k) == '之')
                k--;
            List<Hit> parties = new ArrayList<>();
            for (int j = i - 1; j >= 0; j--) {
                Hit a = hits.get(j);
                if (!a.isActor() || a.end() != k + 1)
                    break;
                parties.add(a);
                k = a.start() - 1;
                if (k < 0 || "-—－、和与".indexOf(text.charAt(k)) < 0)
                    break;
                k--;
            }
            if (parties.size() >= 2)
                for (Hit a : parties)
                    out.add(new Rel(t.iri(), "party", a.iri(), a.start(), t.end(), 0.7, "party-between", false));
        }
    }

    private List<Hit> instrumentsAfter(String text, List<Hit> after) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Hit h = after.get(i);
            if (h.isInstrument() && text.substring(h.end()).matches("(?s)^[》”」]?的[^，。；、]{0,12}?(?:议定书|修正案|附件|通知|决定|声明|协议).*"))
                continue; // 签署修订《X》的议定书: the protocol is signed, X only names what it amends
            if (h.isInstrument() || h.isActor() && !h.isState())
                out.add(h);
            else if (h.isActor() && !insideRelativeClause(text, after, i))
                break; // a second subject starts
        }
        return out;
    }

    /** 通过由美国牵头起草的《Y》: an actor in a relative clause (…的) before an instrument modifies it. */
    private static boolean insideRelativeClause(String text, List<Hit> after, int i) {
        for (int j = i + 1; j < after.size(); j++)
            if (after.get(j).isInstrument()) {
                String gap = text.substring(after.get(i).end(), after.get(j).start());
                return gap.length() <= 14 && gap.contains("的") && !gap.matches("(?s).*[，。；,].*");
            }
        return false;
    }

    private List<Hit> instrumentsOrOrgsBefore(List<Hit> hits, int clauseStart, int subStart, String text) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : between(hits, clauseStart, subStart))
            if (h.isInstrument() || h.isActor() && !h.isState())
                out.add(h);
        return out.isEmpty() ? out : List.of(out.get(0));
    }

    /**
     * Y由X(于…)设立, Y…，由X召集设立的…平台, 由X设立的Y: the actors after 由 set up the body that the
     * clause is about (its first organisation), or the one named right after 设立的.
     */
    private boolean establishedByPassive(String text, List<Hit> hits, int vs, int ve, int clauseStart, int subStart, boolean relative,
            List<Rel> out) {
        int by = text.lastIndexOf('由', vs - 1);
        if (by < subStart || insideHit(hits, by))
            return false;
        List<String> founders = new ArrayList<>();
        for (Hit h : between(hits, by, vs))
            if (h.isActor() && !groupWord(text, h) && !titleOfPerson(text, hits, h))
                founders.add(h.iri());
        if (founders.isEmpty())
            return false;
        Hit created = null;
        if (relative)
            for (Hit h : hits)
                if (h.start() >= ve + 1 && h.start() <= ve + 2 && h.isActor() && !h.isState() && !"Person".equals(h.type()))
                    created = h;
        if (created == null)
            for (Hit h : between(hits, clauseStart, by)) {
                // the clause's topic: its first named actor, which must be a body (not a state, not a person)
                if (h.isActor() && !h.isState() && !"Person".equals(h.type()) && !groupWord(text, h))
                    created = h;
                if (h.isActor() || h.isEvent())
                    break;
            }
        if (created == null)
            return false;
        for (String a : founders)
            if (!a.equals(created.iri()))
                out.add(new Rel(created.iri(), "establishedBy", a, by, ve, 0.7, "establish-passive", false));
        return true;
    }


    /** The last event named in the sentence before {@code pos}, or null. */
    private static Hit lastEventBefore(List<Hit> hits, int pos) {
        Hit last = null;
        for (Hit h : hits)
            if (h.isEvent() && h.end() <= pos)
                last = h;
        return last;
    }

    private static Hit lastActor(List<Hit> hits, int from, int to) {
        Hit last = null;
        for (Hit h : between(hits, from, to))
            if (h.isActor())
                last = h;
        return last;
    }

    static List<Hit> between(List<Hit> hits, int from, int to) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits)
            if (h.start() >= from && h.end() <= to)
                out.add(h);
        return out;
    }

    static boolean insideHit(List<Hit> hits, int pos) {
        for (Hit h : hits)
            if (h.start() <= pos && pos < h.end())
                return true;
        return false;
    }

    static boolean insideTitle(String text, int pos) {
        return text.lastIndexOf('《', pos) > text.lastIndexOf('》', pos);
    }

    static int backTo(String text, int pos, String stops) {
        for (int i = pos - 1; i >= 0; i--)
            if ((stops.indexOf(text.charAt(i)) >= 0 || questionOrAnswer(text, i)) && !insideTitle(text, i))
                return i + 1;
        return 0;
    }

    /** 问：… 答：…: a press conference's question and answer are separate clauses. */
    private static boolean questionOrAnswer(String text, int i) {
        char c = text.charAt(i);
        return (c == '：' || c == ':') && i > 0 && (text.charAt(i - 1) == '问' || text.charAt(i - 1) == '答');
    }

    static int forwardTo(String text, int pos, String stops) {
        for (int i = pos; i < text.length(); i++)
            if ((stops.indexOf(text.charAt(i)) >= 0 || questionOrAnswer(text, i)) && !insideTitle(text, i))
                return i;
        return text.length();
    }
}

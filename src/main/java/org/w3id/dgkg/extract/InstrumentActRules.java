package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;
import static org.w3id.dgkg.extract.RelationRules.insideHit;
import static org.w3id.dgkg.extract.RelationRules.insideTitle;
import static org.w3id.dgkg.extract.ClauseAnalysis.groupWord;
import static org.w3id.dgkg.extract.ClauseAnalysis.titleOfPerson;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * Acts on instruments: who issues (issuedBy), signs (signatory, signatoryCount) or proposes
 * (proposedBy) an instrument, the event that adopted it (adoptedAt), the date of the act; the issuer
 * written before a title (X的《Y》, issuer-possessive) or a resolution's organ (issuer-resolution); the
 * parties of A-B间《Y》.
 */
final class InstrumentActRules {
    private final Pattern BLOCK_BEFORE;
    private final Pattern IN_FORCE;
    private final Pattern MANDATE;
    /** The cue verbs of every act (RelationCues.verb). */
    private final Pattern ACT_VERB;
    private final ConceptRelationRules concepts;
    private final ActDates actDates;

    InstrumentActRules(RelationCues cues, ConceptRelationRules concepts, ActDates actDates) {
        this.BLOCK_BEFORE = cues.modalBefore;
        this.IN_FORCE = cues.inForce;
        this.MANDATE = cues.mandate;
        this.ACT_VERB = cues.verb;
        this.concepts = concepts;
        this.actDates = actDates;
    }

    /**
     * X发布/通过/签署/提出《Y》, 《Y》由X牵头, 《办法》经X审议通过, 在会上通过《Y》: the issuer, signatories or proposer of the
     * instruments the clause acts on, the event that adopted them, the signatory count and the date of the act.
     */
    void apply(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse, Clause c, List<Rel> out) {
        String verb = c.verb();
        int vs = c.verbStart();
        int ve = c.verbEnd();
        int clauseStart = c.start();
        int subStart = c.subStart();
        int subEnd = c.subEnd();
        List<Hit> after = c.after();
        List<Hit> before = c.subjects();
        Set<String> agents = c.agents();
        List<Hit> eventsBefore = withoutTimeFrames(text, c.eventsBefore());
        Matcher mandated = MANDATE.matcher(text.substring(subStart, vs));
        while (mandated.find())
            if (between(hits, subStart + mandated.end(), vs).stream().anyMatch(Hit::isActor))
                return; // 《法》要求X在一年内发布《Y》, 该法授权X制定《Y》: X is told or allowed to act, it has not acted
        if (subStart > c.start() && CONTINUED.matcher(text.substring(subStart, vs)).lookingAt()
                && between(hits, subStart, vs).stream().noneMatch(Hit::isActor)) {
            // 法律要求政府在内阁设立X，并制定《Y》: a sub-clause that goes on without a subject of its own stays under the
            // mandate of the clause (the act after 要求/授权 is still only required)
            Matcher earlier = MANDATE.matcher(text.substring(c.start(), subStart));
            if (earlier.find())
                return;
        }
        String pred = switch (c.act()) {
            case "sign" -> "signatory";
            case "propose" -> "proposedBy";
            default -> "issuedBy";
        };
        List<Hit> objects = instrumentsAfter(text, framedActCut(text, verb, ve, withinObject(text, after, ve)), c.act().equals("issue"));
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
        if ((passive || c.act().equals("propose")) && !objects.isEmpty() && objects.stream().allMatch(Hit::isActor)
                && !verb.endsWith("发起") && !verb.endsWith("启动"))
            objects = List.of(); // 条例草案由保安局提交立法会: a body after the verb receives the draft (only 发起/启动 act on a body)
        agents = withoutVenues(text, hits, eventsBefore, agents, vs);
        agents = withoutNameFragments(text, hits, agents, clauseStart, vs);
        agents = withoutChairs(text, hits, eventsBefore, agents);
        if (!passive && subStart > clauseStart && JOINT_WITH.matcher(text.substring(subStart, vs)).lookingAt()) {
            // X发布A，并与Y联合推出《B》: the sub-clause has no subject of its own; X, the clause's, acts with Y
            List<Hit> shared = clauseSubject(text, hits, clauseStart, subStart);
            if (!shared.isEmpty()) {
                Set<String> joint = new LinkedHashSet<>();
                shared.forEach(h -> joint.add(h.iri()));
                joint.addAll(agents);
                agents = joint;
            }
        }
        if (!passive && text.startsWith("的", ve))
            agents = ownAgentsOfRelative(text, hits, subStart, vs, agents, ACT_VERB);
        boolean referredBack = false; // the object is the instrument a reference of a later sub-clause points back to
        if (passive && objects.isEmpty()) {
            objects = instrumentsOrOrgsBefore(hits, clauseStart, subStart, by);
            if (subStart > clauseStart && objects.stream().allMatch(Hit::isActor)) {
                // 该法于2018年7月在参议院获得通过，同年8月14日由总统X签署: a clause opened by a reference is about the
                // instrument it refers to, not about the chamber its first sub-clause names
                Matcher ref = CLAUSE_REFERENCE.matcher(text.substring(clauseStart, subStart));
                Hit named = ref.lookingAt() ? discourse.lastInstrumentEndingWith(ref.group(1)) : null;
                if (named != null) {
                    objects = List.of(named);
                    referredBack = true;
                }
            }
        }
        if (passive && objects.isEmpty()) {
            // 公约由联合国大会于…通过: a bare head opening the clause means the instrument of that kind last named
            Matcher head = BARE_HEAD_SUBJECT.matcher(text.substring(subStart, by));
            // 决议草案由奥地利牵头提出: who proposes the draft proposes the instrument it became (a draft is not adopted or signed)
            boolean found = head.find() && (head.group(3) == null || c.act().equals("propose"));
            Hit named = found ? referredInstrument(discourse, head.group(1) != null ? head.group(1) : head.group(2)) : null;
            Matcher ref = CLAUSE_REFERENCE.matcher(text.substring(clauseStart, subStart));
            if (named == null && subStart > clauseStart && ref.find())
                named = discourse.lastInstrumentEndingWith(ref.group(1)); // 该条例经…审议，2022年1月由国务院公布
            if (named != null) {
                objects = List.of(named);
                referredBack = found && !head.group(4).isEmpty(); // 该法于2018年8月14日由X签署: dated by the step rules
            }
        }
        if (!passive && objects.stream().noneMatch(Hit::isInstrument)) {
            Hit glossed = glossedObject(text, hits, ve, subEnd);
            if (glossed != null)
                objects = List.of(glossed); // 发布…最终规则（以下简称“Y规则”）: the object described is named by its gloss
        }
        if (objects.isEmpty() && !passive) {
            Hit renamed = renamedObject(text, hits, ve, subEnd);
            if (renamed != null)
                objects = List.of(renamed); // 通过第2338/2023号法案，即巴西的“人工智能法案”: the appositive names the object
        }
        if (objects.isEmpty() && discourse.lastInstrument() != null
                && INSTRUMENT_REFERENCE.matcher(text.substring(ve, subEnd)).find())
            objects = List.of(discourse.lastInstrument()); // 通过该法案
        if (objects.isEmpty() && discourse.lastInstrument() != null && !ShortReferences.makesNewText(verb)) {
            // 正式批准法案。: a bare head that fills the object alone means the instrument of that kind last named
            // (七国集团发表声明: not after a verb that makes a new text of that kind, reference-heads.tsv kind making)
            Matcher head = BARE_HEAD_AFTER.matcher(text.substring(ve, subEnd));
            String last = discourse.nameOf(discourse.lastInstrument().iri());
            if (head.find() && last != null && last.endsWith(head.group(1)))
                objects = List.of(discourse.lastInstrument());
        }
        if (objects.isEmpty() && !ShortReferences.makesNewText(verb)) {
            // 会议发表的《Y宣言》…，A和B也签署了宣言: a bare head as the object means the instrument of that kind the sentence
            // named before the verb, else the document did last
            Matcher head = BARE_HEAD_AFTER.matcher(text.substring(ve, subEnd));
            if (head.find()) {
                Hit named = null;
                for (Hit h : between(hits, 0, subStart))
                    if (h.isInstrument() && text.substring(h.start(), h.end()).endsWith(head.group(1)))
                        named = h;
                if (named == null)
                    named = discourse.lastInstrumentEndingWith(head.group(1));
                if (named != null)
                    objects = List.of(named);
            }
        }
        if (objects.isEmpty() && !passive && !c.act().equals("propose")) {
            // 该法由X提出，欧洲议会于…投票通过，…获欧盟理事会通过: a clause opened by a reference (该法) is about the
            // instrument it refers to, and each later sub-clause that names its own actors acts on it
            // (该法于2018年7月在参议院获得通过: the reference may open the verb's own sub-clause, the one sub-clause of the clause)
            boolean opensOwn = subStart == clauseStart;
            Matcher ref = CLAUSE_REFERENCE.matcher(text.substring(clauseStart, opensOwn ? vs : subStart));
            Set<String> own = new LinkedHashSet<>();
            for (Hit h : between(hits, subStart, vs))
                if (h.isActor() && (!groupWord(text, h) || votingChamber(text, h, vs, verb)) && !titleOfPerson(text, hits, h))
                    own.add(h.iri());
            boolean alone = NOTHING_AFTER.matcher(text.substring(ve, subEnd)).matches()
                    && between(hits, subStart, vs).stream().noneMatch(Hit::isInstrument);
            Hit named = alone && (opensOwn ? ref.lookingAt() : ref.find()) && !own.isEmpty()
                    ? discourse.lastInstrumentEndingWith(ref.group(1)) : null;
            boolean amended = false;
            if (named == null && alone && !own.isEmpty() && discourse.lastInstrument() != null
                    && "Law".equals(discourse.lastInstrument().type())
                    && AMENDMENT_SUBJECT.matcher(text.substring(clauseStart, opensOwn ? vs : subStart)).lookingAt()) {
                // 南韩修正的《个人信息保护法》…。修正案今年2月27日在国会全体会议表决通过: the amendment's vote is a step of the law
                // last named (as 国会三读通过《Y法》修正案 is, issuer-verb fixtures)
                named = discourse.lastInstrument();
                amended = true;
            }
            if (named != null) {
                objects = List.of(named);
                agents = own;
                referredBack = opensOwn && !amended; // the step rules date 该法, not a bare 修正案
            }
        }
        if (!passive && objects.stream().noneMatch(Hit::isInstrument)) {
            Hit fronted = frontedObject(text, hits, subStart, vs);
            if (fronted == null)
                fronted = frontedHead(text, hits, subStart, vs, discourse);
            if (fronted != null)
                objects = List.of(fronted); // 特区政府将《条例草案》提交立法会: the coverb fronts the act's object
        }
        if (objects.isEmpty() && discourse.lastInstrument() != null) {
            // 在议定书上签字: a bare head in front of the verb means the instrument of that kind last named
            Matcher head = HEAD_LOCATIVE.matcher(text.substring(subStart, vs));
            String last = discourse.nameOf(discourse.lastInstrument().iri());
            if (head.find() && last != null && last.endsWith(head.group(1)))
                objects = List.of(discourse.lastInstrument());
        }
        boolean promulgated = false;
        if (objects.isEmpty() && !passive && !c.act().equals("propose")) {
            // 表决通过了《Y》，国家主席X签署主席令予以公布; 十三个部门的负责人共同签署了该令: the order that promulgates the
            // instrument the sentence (else the document) acted on last issues it, and who signs the order issues it
            Matcher order = PROMULGATING_ORDER.matcher(text.substring(ve, c.end()));
            if (order.lookingAt()) {
                Hit last = null;
                for (Hit h : between(hits, 0, subStart))
                    if (h.isInstrument())
                        last = h;
                if (last == null && (order.group(1) != null
                        || discourse.lastInstrument() != null && "Law".equals(discourse.lastInstrument().type())))
                    last = discourse.lastInstrument(); // …表决通过《Y法》。国家主席X签署第58号主席令予以公布: the law just named
                if (last != null) {
                    objects = List.of(last);
                    promulgated = true;
                }
            }
        }
        if (objects.isEmpty() && c.act().equals("sign") && !passive && SIGNED_ALONE.matcher(text.substring(ve, c.subEnd())).matches()) {
            // …签署《Y》，A与B代表双方签字; 王小洪代表中国政府签字: a signature with no object is put on the agreement last named
            Hit last = null;
            for (Hit h : between(hits, 0, subStart))
                if (h.isInstrument())
                    last = h;
            if (last == null && discourse.lastInstrument() != null && SIGNED_TYPE.matcher(discourse.lastInstrument().type()).matches())
                last = discourse.lastInstrument();
            if (between(hits, subStart, vs).stream().anyMatch(Hit::isInstrument))
                last = null; // 《Y》于…开放签署: the sub-clause names what is signed, before the verb (patientBefore reads it)
            Matcher kind = ownKindOpening().matcher(text.substring(subStart, vs));
            if (last != null && kind.find()) {
                String name = hits.contains(last) ? text.substring(last.start(), last.end()) : discourse.nameOf(last.iri());
                if (name == null || !name.endsWith(kind.group(1)))
                    last = null; // 议定书于…开放签署 after a 公约 was named: the sub-clause's own kind of text, not the one last named
            }
            if (last != null) {
                objects = List.of(last);
                // the persons who sign and the parties they sign for (代表中方和东盟方), not the bodies of their titles
                Set<String> signers = new LinkedHashSet<>();
                for (Hit h : between(hits, subStart, vs))
                    if ("Person".equals(h.type()) || h.isActor() && REPRESENTED.matcher(text.substring(subStart, h.start())).find())
                        signers.add(h.iri());
                if (!signers.isEmpty())
                    agents = signers;
            }
        }
        if (objects.isEmpty() && !passive && !c.act().equals("propose")) {
            // 《办法》已于…经X审议通过, 《Y》…获得通过: the instrument before the verb undergoes the act,
            // and only the actors between it and the verb perform it
            Hit patient = patientBefore(text, hits, clauseStart, subStart, vs);
            if (patient != null) {
                objects = List.of(patient);
                agents = new LinkedHashSet<>();
                // …由A提出，B于…投票通过: the actors of the verb's own sub-clause, when it names any, perform it
                int from = between(hits, Math.max(patient.end(), subStart), vs).stream().anyMatch(Hit::isActor)
                        ? Math.max(patient.end(), subStart) : patient.end();
                for (Hit h : between(hits, from, vs))
                    if (h.isActor() && (!groupWord(text, h) || votingChamber(text, h, vs, verb)) && !titleOfPerson(text, hits, h))
                        agents.add(h.iri()); // 经印度总统X批准: X, not the state of X's title; 在参议院获得通过: the chamber
            }
        }
        if (objects.isEmpty() && !passive && !c.act().equals("propose") && subStart > clauseStart) {
            // 国家杜马三读通过该法案；4月22日，联邦委员会批准；5月1日，普京总统签署: a later act with no object of its own,
            // by actors its sub-clause names, is told again of the instrument an earlier clause of the sentence acted on
            Hit earlier = toldAgain(text, hits, discourse, out, subStart, vs, ve, subEnd);
            if (earlier != null) {
                objects = List.of(earlier);
                referredBack = true;
                agents = new LinkedHashSet<>();
                for (Hit h : between(hits, subStart, vs))
                    if (h.isActor() && !"State".equals(h.type()) && !groupWord(text, h) && !titleOfPerson(text, hits, h))
                        agents.add(h.iri()); // a chamber, a council, a head of state: not a state (挪威也投票通过: its delegates)
            }
        }
        if (c.act().equals("issue") && (!objects.isEmpty() || !passive)) {
            // 经总统X批准，成为《2023年…法》: the law the act makes is issued as well as the bill it was made from (or alone,
            // by the actors of the verb's own sub-clause, when the bill is named in an earlier one: 法案…获得通过，并于…经X批准，成为《Y》)
            Matcher made = BECOMES.matcher(text.substring(ve, c.end()));
            if (made.find())
                for (Hit h : between(hits, ve + made.end() - 1, c.end()))
                    if (h.isInstrument() && h.start() <= ve + made.end() && !objects.contains(h)) {
                        if (objects.isEmpty()) {
                            Set<String> own = new LinkedHashSet<>();
                            for (Hit a : between(hits, subStart, vs))
                                if (a.isActor() && !groupWord(text, a) && !titleOfPerson(text, hits, a))
                                    own.add(a.iri());
                            if (own.isEmpty())
                                break;
                            agents = own;
                        }
                        objects = new ArrayList<>(objects);
                        objects.add(h);
                        break;
                    }
        }
        if (agents.isEmpty() && !passive && !objects.isEmpty())
            agents = bodyOfSession(text, hits, eventsBefore, discourse);
        // A和B分别/先后发布《X》《Y》: as many actors as instruments, paired in order
        List<String> inOrder = new ArrayList<>(agents);
        boolean respectively = objects.size() >= 2 && inOrder.size() == objects.size()
                && objects.stream().noneMatch(Hit::isActor) && RESPECTIVELY.matcher(text.substring(subStart, vs)).find();
        for (int index = 0; index < objects.size(); index++) {
            Hit o = objects.get(index);
            Set<String> actors = respectively ? Set.of(inOrder.get(index)) : agents;
            boolean here = hits.contains(o); // an instrument referred to (该法案) was named in an earlier sentence: its offsets are not this text's
            if (here && o.start() >= ve && UNDONE.matcher(text.substring(ve, o.start())).find()
                    && !ActDates.REVISED_TEXT.matcher(text.substring(ve, o.start())).find())
                continue; // 宣布废除/暂停实施《Y》: the act undoes or changes Y, it does not make it
            if (here && !c.act().equals("propose") && DRAFT_AFTER.matcher(text.substring(Math.max(o.start(), o.end() - 12), Math.min(text.length(), o.end() + 8))).find()
                    && !FINAL_RELEASED.matcher(text.substring(o.end())).find())
                continue; // 发布《Y（征求意见稿）》: a draft published for comment is not the instrument issued (unless the
                          // sentence goes on to release the final text: 《Y》征求意见稿，并于…正式发布最终版本)
            if (here && verb.endsWith("启动") && LAUNCHED_PROCESS.matcher(text.substring(o.end())).lookingAt())
                continue; // 启动《Y》谈判, 启动Y制定: what is launched is a process on Y, not Y
            if (here && NEGOTIATED.matcher(text.substring(o.end())).lookingAt())
                continue; // 宣布正式启动《Y》（DEFA）谈判, 推进《Y》磋商: whatever the verb, its object is the negotiation on Y, not Y
            if (o.isActor()) {
                if (!verb.endsWith("发起") && !verb.endsWith("启动"))
                    continue; // 发起/宣布启动 a network or alliance sets it up; 提出 a body only names it
                for (String a : agents)
                    if (!a.equals(o.iri()))
                        out.add(new Rel(o.iri(), "establishedBy", a, vs, ve, 0.7, "establish-passive", false));
                continue;
            }
            boolean draftSubmitted = here && c.act().equals("propose") && SUBMITTED_DRAFT.matcher(text.substring(o.end())).lookingAt();
            for (Hit e : eventsBefore)
                if (!draftSubmitted && (!hits.contains(e) || !UNNAMED_PLENARY.matcher(text.substring(e.start(), e.end())).matches()))
                    out.add(new Rel(o.iri(), "adoptedAt", e.iri(), vs, ve, 0.75, "adopted-at-event", false));
                // (巴西联邦参议院全会通过…: a body's plenary with no ordinal or year is the body sitting, no event of its own)
            for (Hit e : after)
                if (e.isEvent() && e.end() <= o.start() && OUTCOME_OF.matcher(text.substring(e.end(), o.start())).matches())
                    out.add(new Rel(o.iri(), "adoptedAt", e.iri(), vs, ve, 0.75, "adopted-at-event", false)); // 通过了EVENT的成果文件（Y）
            // signing a domestic law, or one person signing what is no agreement (an executive order), issues it
            Set<String> signers = actors;
            boolean onePerson = signers.size() == 1 && hits.stream().anyMatch(h -> signers.contains(h.iri()) && "Person".equals(h.type()));
            // 开放签署《Y》: who opens a text for signature issues it (the signatories come later)
            boolean opened = pred.equals("signatory") && text.substring(Math.max(0, vs - 2), vs).equals("开放");
            String p = opened || promulgated || pred.equals("signatory") && (o.type().matches("Law|Strategy|Report|Framework")
                    || onePerson && !o.type().matches(".*Agreement|Declaration|Convention|Treaty|Compact|Resolution|Charter"))
                    || verb.endsWith("提交") && o.type().matches("Report|Strategy|ActionPlan")
                    ? "issuedBy" : pred; // 提交《Y法案》/决议草案 proposes it; a report submitted is issued
            boolean ratified = false;
            for (String a : actors) {
                if (heldAsEvent(text, before, a, vs))
                    continue; // 信息社会世界峰会分两个阶段举行，先后通过了《Y》: a summit that is held adopts, it does not issue
                if (ratifies(verb, o, hitOf(hits, a))) {
                    // 法国批准《Y公约》: a state that ratifies a treaty becomes its party; it does not issue it (and the day
                    // is the ratification's, not the treaty's). 经X批准后生效: a condition of entry into force, not told as done
                    ratified = true;
                    if (!ActDates.beforeEntryIntoForce(text, clauseStart, vs))
                        out.add(new Rel(o.iri(), "party", a, vs, ve, 0.75, RATIFY_RULE, false));
                    continue;
                }
                if ((p.equals("signatory") || p.equals("issuedBy")) && onlyTitleOfPerson(text, hits, a, clauseStart, vs))
                    continue; // 商务部部长钟山代表中国政府签署协定: the ministry of the signer's title does not sign
                if (p.equals("issuedBy") && "Report".equals(o.type())
                        && Lexicon.words("clause-cues.tsv", "kind", "endorse-report").stream().anyMatch(verb::endsWith))
                    continue; // 联合国大会核可了该报告: the assembly endorses a report others wrote; it does not issue it
                if (p.equals("issuedBy") && governmentReadAsState(text, hits, a, clauseStart, vs))
                    continue; // 越南政府颁布《Y》: the government issues, as a body; the state it was read as does not
                out.add(new Rel(o.iri(), p, a, vs, ve, p.equals("issuedBy") ? 0.8 : 0.75, verbRule(p), false));
            }
            if (pred.equals("signatory")) {
                Matcher count = COUNT.matcher(text.substring(clauseStart, vs));
                if (count.find())
                    out.add(new Rel(o.iri(), "signatoryCount", count.group(1), vs, ve, 0.7, "signatory-count", false));
            }
            if (ratified)
                continue;
            int datesBefore = out.size();
            if (referredBack && !here)
                continue; // 该法于2023年9月在议会获得通过: the step rules date an instrument referred to (date-of-step, ContextActDates)
            actDates.dateFor(text, hits, o, dates, clauseStart, vs, out);
            if (out.size() == datesBefore)
                for (Hit e : eventsBefore) {
                    // 会晤通过了《Y》, 在会上宣布《Y》: the act takes the date the document gave its event
                    String d = discourse.dateOf(e.iri());
                    if (d != null) {
                        out.add(new Rel(o.iri(), "date", AdoptionDates.duringEvent(text, vs, d, discourse.heldOverDays(e.iri()), discourse.lastDayOf(e.iri())), vs, ve, 0.6, "date-from-event", true));
                        break;
                    }
                }
        }
    }

    /**
     * signatory is a kind of party: a party statement for a pair that signed, in this sentence or an earlier one of the
     * document, says nothing more (the gold writes the pair once, as signatory: 东盟十国与中国…共同签署 … 协定对中国…生效).
     * Adds this sentence's signatories to {@code signedPairs} ("instrument actor").
     */
    static void dropPartiesWhoSigned(List<Rel> out, Set<String> signedPairs) {
        for (Rel r : out)
            if (r.predicate().equals("signatory"))
                signedPairs.add(r.subject() + " " + r.object());
        out.removeIf(r -> r.predicate().equals("party") && signedPairs.contains(r.subject() + " " + r.object()));
    }

    static final String IN_FORCE_RULE = "party-in-force";
    /** 对 (對) opening the list of those an instrument enters into force for. */
    private static final Pattern FOR_LIST = Pattern.compile("[对對]");
    /** What may close the list before the cue: a count (等N国, 10个成员国) and adverbs (正式, 率先, 先后, 同时). */
    private static final Pattern IN_FORCE_TAIL = Pattern.compile(
            "^[”」》]?(?:等?[\\d一二三四五六七八九十两百]+[ \\u2005]*个?(?:国家|国|成员国|成员|经济体|方|缔约方))?(?:已|已经|正式|率先|先后|同时|相继|分别|均|也|都|开始|起)*$");
    /** A reference to the instrument named before: 该协定, 协定, 上述公约 (the head in group 1). */
    private static final Pattern IN_FORCE_REFERENCE = Pattern.compile(
            "(?:(?:该|这一|此|上述|本)(法|法案|条例)|(?:该|这一|此|上述|本)?(协定|协议|公约|条约|议定书))(?:[^，。；、]{0,24})$");

    /**
     * 《Y》于2022年1月1日对A、B…10国正式生效, 该协定对C生效: the states named as those an instrument enters into force for are its
     * parties (the gold's convention: entry into force for named states makes them party rows; it never dates the instrument).
     * The instrument is the last one the clause names before 对, else the one a head (该协定, 公约) refers back to. A plan, hope,
     * negation or condition (将于…生效, 尚未对X生效) states none; a collective (东盟十国) names no party.
     */
    void inForce(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        Matcher cue = IN_FORCE.matcher(text);
        while (cue.find()) {
            int vs = cue.start();
            if (insideHit(hits, vs))
                continue;
            int subStart = backTo(text, vs, SUBCLAUSE_END);
            int clauseStart = backTo(text, vs, CLAUSE_END);
            int dui = -1;
            Matcher f = FOR_LIST.matcher(text.substring(subStart, vs));
            while (f.find())
                if (!insideHit(hits, subStart + f.start()))
                    dui = subStart + f.start();
            if (dui < 0 || BLOCK_BEFORE.matcher(text.substring(subStart, dui)).find())
                continue;
            List<Hit> parties = new ArrayList<>();
            int at = dui + 1;
            boolean listed = true;
            for (Hit h : between(hits, dui + 1, vs)) {
                String gap = text.substring(at, h.start());
                boolean first = at == dui + 1;
                if (!(first ? gap.matches("[“「《]?") : ClauseAnalysis.COORDINATOR.matcher(gap).matches()
                        || MembershipRules.COUNT_THEN_MORE.matcher(gap).matches()) || !h.isActor()) {
                    listed = false;
                    break;
                }
                at = h.end();
                if ("Person".equals(h.type()) || groupWord(text, h))
                    continue; // 东盟十国: the ten states, not the organisation
                parties.add(h);
            }
            if (!listed || at == dui + 1 || !IN_FORCE_TAIL.matcher(text.substring(at, vs)).matches())
                continue;
            Hit instrument = null;
            for (Hit h : between(hits, clauseStart, dui))
                if (h.isInstrument())
                    instrument = h;
            if (instrument == null && discourse != null) {
                Matcher ref = IN_FORCE_REFERENCE.matcher(text.substring(subStart, dui));
                if (ref.find())
                    instrument = discourse.lastInstrumentEndingWith(ref.group(1) != null ? ref.group(1) : ref.group(2));
            }
            if (instrument == null)
                continue;
            for (Hit p : parties)
                out.add(new Rel(instrument.iri(), "party", p.iri(), dui, cue.end(), 0.75, IN_FORCE_RULE, false));
        }
    }

    /** 代表 before the parties a person signs for (分别代表中方和东盟方). */
    private static final Pattern REPRESENTED = Pattern.compile("代表[^，。；]{0,40}$");
    /** Nothing after a verb of signing but a full stop or comma: 代表双方签字。 */
    /** An order that promulgates (签署主席令予以公布, 签署国务院令予以公布, 签发第N号令公布), or a reference to it (签署了该令: group 1). */
    private static final Pattern PROMULGATING_ORDER = Pattern.compile(
            "^(?:了)?[ \\u2005]*(?:(该令|此令|这一命令|上述命令)|[^，。；《》]{0,10}?令[^，。；《》]{0,4}?(?:予以|正式)?(?:公布|颁布|发布|公佈|頒布)"
                    + "|[，,]?(?:使之|使其|令其|使该法案|使法案)(?:正式)?成为法律)");
    private static final Pattern SIGNED_ALONE = Pattern.compile("^(?:了|字)?[ \\u2005]*$");
    /** What one signs on behalf of a party: agreements, treaties, declarations, protocols, memoranda. */
    private static final Pattern SIGNED_TYPE = Pattern.compile(".*Agreement|Treaty|Convention|Protocol|Declaration|MemorandumOfUnderstanding|Charter");
    /** ，成为《Y》, 使之成为《Y》: the act turns the bill into the law named after it. */
    private static final Pattern BECOMES = Pattern.compile("^[^。；《]{0,24}?[，,]?(?:使之|使其|并|正式)?成为[《「“]");

    /** The final text released later in the sentence: 并于5月30日正式发布最终版本, 随后正式公布. */
    private static final Pattern FINAL_RELEASED = Pattern.compile("正式(?:发布|公布|推出|印发|出台|發佈|發布|公佈)|最终版本?|最終版本?|正式版本?|终稿|終稿");

    /**
     * 越南政府颁布《Y》, 巴西政府发布《Y》: a state's government that acts is, by the gold's convention (拜登政府, 美国政府:
     * GovernmentBody), the issuing body, not the state. When every mention of the actor in the clause is such a government read
     * as its state, the state is not the issuer (the body itself is DiscoveredNames' to make).
     */
    private static boolean governmentReadAsState(String text, List<Hit> hits, String iri, int from, int to) {
        boolean any = false;
        for (Hit h : between(hits, from, to))
            if (h.iri().equals(iri)) {
                if (!h.isState() || h.end() - h.start() < 4 || !text.startsWith("政府", h.end() - 2))
                    return false;
                any = true;
            }
        return any;
    }

    /** A sub-clause opened by "and together with" and no subject: 并与Y联合推出, 同时会同Y发布. */
    private static final Pattern JOINT_WITH = Pattern.compile(
            "^(?:于?(?:19|20)\\d{2}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?)?(?:并|还|同时|随后|此后|又|也|另)?(?:与|同|会同)"); // 2022年同X发表《Y》 too

    /**
     * The subject of a clause: the first actor of the first sub-clause that opens with one (after a time phrase such as
     * 2020年1月，), with the actors coordinated after it (A和B发布…). Empty when none opens a sub-clause.
     */
    private static List<Hit> clauseSubject(String text, List<Hit> hits, int clauseStart, int end) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : between(hits, clauseStart, end)) {
            if (out.isEmpty()) {
                if (!h.isActor() || "Person".equals(h.type()))
                    return out;
                int sub = backTo(text, h.start(), SUBCLAUSE_END);
                if (!text.substring(sub, h.start()).isBlank())
                    return out;
                out.add(h);
            } else if (h.isActor() && !"Person".equals(h.type())
                    && ClauseAnalysis.COORDINATOR.matcher(text.substring(out.get(out.size() - 1).end(), h.start())).matches())
                out.add(h);
            else
                break;
        }
        return out;
    }

    /** Every mention of the actor in [from, to) is the body of a person's title (公安部部长王小洪); false when there is none. */
    private static boolean onlyTitleOfPerson(String text, List<Hit> hits, String iri, int from, int to) {
        boolean any = false;
        for (Hit h : between(hits, from, to))
            if (h.iri().equals(iri)) {
                if (!titleOfPerson(text, hits, h) && !roleThenPerson(text, hits, h, to))
                    return false;
                any = true;
            }
        return any;
    }

    /** 公安部部长王小洪: role words only, then a person, right after the body (within eight characters, no list in between). */
    private static boolean roleThenPerson(String text, List<Hit> hits, Hit body, int to) {
        for (Hit p : between(hits, body.end(), to))
            if ("Person".equals(p.type())) {
                return OfficerTitles.isRoleGap(text.substring(body.end(), p.start()), 8);
            }
        return false;
    }

    /** An ordinal or count inside an organisation's name (世界经济论坛第四次工业革命中心): no coordinator, a part of one name. */
    private static final Pattern NAME_INTERNAL_ORDINAL = Pattern.compile("^第?[\\d一二三四五六七八九十百零〇]+(?:次|届|个)?$");

    /**
     * 并与世界经济论坛第四次工业革命中心联合推出: two actor mentions joined by an ordinal and no coordinator are pieces of one name
     * the mention finder cut apart; neither piece acts (the whole is one co-issuer, not two).
     */
    private static Set<String> withoutNameFragments(String text, List<Hit> hits, Set<String> agents, int from, int vs) {
        List<Hit> actors = new ArrayList<>();
        for (Hit h : between(hits, from, vs))
            if (h.isActor() && !"Person".equals(h.type()))
                actors.add(h);
        Set<String> out = null;
        for (int i = 0; i + 1 < actors.size(); i++) {
            Hit a = actors.get(i);
            Hit b = actors.get(i + 1);
            if (b.start() <= a.end() || !NAME_INTERNAL_ORDINAL.matcher(text.substring(a.end(), b.start())).matches())
                continue;
            if (out == null)
                out = new LinkedHashSet<>(agents);
            out.remove(a.iri());
            out.remove(b.iri());
        }
        return out == null ? agents : out;
    }

    /** Verbs between the act's verb and its object that undo or change the object instead of making it. */
    private static final Pattern UNDONE = Pattern.compile("废除|废止|撤销|撤回|取消|暂停|终止|停止|退出|修订|修改|修正|推迟|冻结|搁置|放弃|替代|取代|扩大|扩展|延长|延续");
    /** A process on an instrument right after it: 谈判, 制定, 起草, 审议, 修订, 审查, 评估 (启动《Y》谈判). */
    private static final Pattern LAUNCHED_PROCESS = Pattern.compile("^[》”」）)]?(?:[（(][^）)，。；]{1,24}[）)])?(?:的)?(?:[\\u4e00-\\u9fff]{0,8}?)(?:谈判|磋商|制定|起草|审议|修订|审查|评估|谈判进程|实施|工作)");
    /** A negotiation on the instrument right after it, an acronym gloss allowed between: 《Y》（DEFA）谈判, 《Y》的磋商. */
    private static final Pattern NEGOTIATED = Pattern.compile("^[》”」）)]?(?:[（(][^）)，。；]{1,24}[）)])?(?:的)?(?:正式|首轮|新一轮|实质性|升级)?(?:谈判|磋商|談判|協商)");
    /** A sub-clause that continues the one before it: 并, 并且, 同时, 还, 进而 (its subject left out). */
    private static final Pattern CONTINUED = Pattern.compile("^[\\s\\u2005]*(?:并且|并|同时|还|进而|以及|及)");
    /** 在会上提交了《Y》草案: a draft put before the meeting, which adopted nothing by that act (proposedBy stays). */
    private static final Pattern SUBMITTED_DRAFT = Pattern.compile("^[》”」]?(?:的)?(?:草案|草稿|征求意见稿|讨论稿|送审稿|提案)");
    /** A draft for comment, written inside or right after the title: （征求意见稿）, 草案征求意见稿, 送审稿. */
    private static final Pattern DRAFT_AFTER = Pattern.compile("征求意见稿|送审稿|讨论稿|草案[）)]?》?[，,]?[^，。；]{0,4}征求意见");

    static final String RATIFY_RULE = "party-ratify";

    /** International instruments that states ratify (批准) rather than issue. */
    private static final Pattern RATIFIED_TYPE = Pattern.compile(".*Agreement|Treaty|Convention|MemorandumOfUnderstanding");

    private static boolean ratifies(String verb, Hit instrument, Hit actor) {
        return verb.endsWith("批准") && actor != null && "State".equals(actor.type()) && RATIFIED_TYPE.matcher(instrument.type()).matches();
    }

    private static Hit hitOf(List<Hit> hits, String iri) {
        for (Hit h : hits)
            if (h.iri().equals(iri))
                return h;
        return null;
    }

    /** Adverbs and time words that may stand between the subject of a relative clause and its verb (当天公布的, 首先提出的). */
    private static final Pattern RELATIVE_GAP = Pattern.compile("^[^，,。；;、《》“”]{0,8}$");

    /**
     * 意大利欢迎法国提出的《Y》, 韩国外交部当天公布的《Y》: a verb heading a relative clause (V的) has as agents only the
     * actor right before it and those coordinated with it; an actor in front of them is the subject of the main clause.
     */
    private static Set<String> ownAgentsOfRelative(String text, List<Hit> hits, int subStart, int vs, Set<String> agents, Pattern actVerb) {
        List<Hit> before = between(hits, subStart, vs);
        int last = before.size() - 1;
        while (last >= 0 && !before.get(last).isActor())
            last--;
        if (!before.isEmpty() && before.get(before.size() - 1).isEvent()
                && RELATIVE_GAP.matcher(text.substring(before.get(before.size() - 1).end(), vs)).matches()
                && (last < 0 || before.get(last).end() <= before.get(before.size() - 1).start()))
            return Set.of(); // 中方签署了峰会通过的上述声明: the event is the relative clause's subject; the main clause's actor is not
        if (last >= 0 && RELATIVE_GAP.matcher(text.substring(before.get(last).end(), vs)).matches()
                && actVerb.matcher(text.substring(before.get(last).end(), vs)).find())
            return Set.of(); // 中方签署了峰会通过的声明: a verb of the main clause stands between the actor and the relative's verb
        if (last >= 0)
            for (Hit h : before)
                if (h.isInstrument() && h.start() > before.get(last).end()) {
                    Matcher v = actVerb.matcher(text);
                    v.region(before.get(last).end(), h.start());
                    if (v.find())
                        return Set.of(); // X于1994年通过《A》后制定的《B》: X's act is A's adoption; who made B is not said
                }
        if (last < 0 || !agents.contains(before.get(last).iri()) || !RELATIVE_GAP.matcher(text.substring(before.get(last).end(), vs)).matches())
            return agents;
        Set<String> own = new LinkedHashSet<>();
        own.add(before.get(last).iri());
        for (int i = last - 1; i >= 0; i--) {
            Hit h = before.get(i);
            if (!h.isActor() || !ClauseAnalysis.COORDINATOR.matcher(text.substring(h.end(), before.get(i + 1).start())).matches())
                break;
            if (agents.contains(h.iri()))
                own.add(h.iri());
        }
        return own;
    }

    /**
     * EVENT分2003年日内瓦和2005年突尼斯两个阶段举行，先后通过了《Y》: the actors between an event and the verb
     * that says it was held (举行, 召开) are where it was held, not who adopted anything.
     */
    private static Set<String> withoutVenues(String text, List<Hit> hits, List<Hit> eventsBefore, Set<String> agents, int vs) {
        if (agents.isEmpty())
            return agents;
        Set<String> out = new LinkedHashSet<>(agents);
        for (Hit e : eventsBefore) {
            if (e.end() > vs)
                continue;
            Matcher held = HELD.matcher(text.substring(e.end(), vs));
            if (!held.find() || text.substring(e.end(), e.end() + held.start()).matches("(?s).*[，,。；由].*"))
                continue;
            int heldEnd = e.end() + held.end();
            for (Hit h : between(hits, e.end(), e.end() + held.start()))
                if (between(hits, heldEnd, vs).stream().noneMatch(o -> o.iri().equals(h.iri())))
                    out.remove(h.iri()); // …在英国举行，中国、美国、英国…共同签署: named again as a signer, it signs
        }
        return out;
    }

    /**
     * E期间，中方同赞比亚共同举办了F，并宣布《Y》: with another event in the clause, one that only frames the time
     * (E期间, E之际) is not where Y was adopted; F is.
     */
    private static List<Hit> withoutTimeFrames(String text, List<Hit> events) {
        if (events.size() < 2)
            return events;
        List<Hit> kept = new ArrayList<>();
        for (Hit e : events)
            if (!EventReferences.EVENT_AS_TIME.matcher(text.substring(e.end())).find())
                kept.add(e);
        return kept.isEmpty() ? events : kept;
    }

    /** 制定《规定》是为了落实《A》《B》: what the act serves (为了, 旨在, 以落实…) is not its object. */
    private static final Pattern PURPOSE = Pattern.compile("是为了|为了|旨在|以便|以落实|落实|依据|根据");

    private static final CueWords.Table ACT_CUES = ClauseAnalysis.ACT_CUES;

    /** A preposition of legal ground right before a name (依《数字服务法》, 根据“Y”): the name is what the act rests on. */
    private static Pattern groundBefore() {
        return ACT_CUES.pattern("ground", () -> ACT_CUES.any("ground") + "[《「“]?$");
    }

    /** Whether the instrument {@code h} is the legal ground of an act (依DSA对X展开调查), not its object. */
    static boolean legalGround(String text, Hit h) {
        return h.isInstrument() && groundBefore().matcher(text.substring(Math.max(0, h.start() - 5), h.start())).find();
    }

    private static List<Hit> withinObject(String text, List<Hit> after, int ve) {
        if (after.isEmpty())
            return after;
        for (Hit h : after)
            if (legalGround(text, h)) {
                // 宣布依DSA对X展开调查: the act's object is not the text it rests on, nor anything after that ground
                List<Hit> kept = new ArrayList<>();
                for (Hit k : after)
                    if (k.end() <= h.start())
                        kept.add(k);
                return kept;
            }
        Matcher m = PURPOSE.matcher(text.substring(ve, after.get(after.size() - 1).start()));
        while (m.find()) {
            int cut = ve + m.start();
            if (insideHitList(after, cut) || RelationRules.insideTitle(text, cut))
                continue;
            List<Hit> kept = new ArrayList<>();
            for (Hit h : after)
                if (h.end() <= cut)
                    kept.add(h);
            return kept;
        }
        return after;
    }

    /**
     * 新西兰宣布加入《Y》, 决定批准《Y》: a verb that only frames another act (clause-cues.tsv framing-verb) has that act as its
     * object; the names after the later act verb are that act's, not the framing verb's.
     */
    private List<Hit> framedActCut(String text, String verb, int ve, List<Hit> after) {
        if (after.isEmpty() || !Lexicon.words("clause-cues.tsv", "kind", "framing-verb").contains(verb))
            return after;
        Matcher v = ACT_VERB.matcher(text);
        v.region(ve, after.get(after.size() - 1).start());
        while (v.find()) {
            if (insideHitList(after, v.start()) || RelationRules.insideTitle(text, v.start()))
                continue;
            List<Hit> kept = new ArrayList<>();
            for (Hit h : after)
                if (h.end() <= v.start())
                    kept.add(h);
            return kept;
        }
        return after;
    }

    /** What may stand between a fronting coverb and its object: an opening bracket or quote, a pointing word. */
    private static final Pattern FRONTED_GAP = Pattern.compile("^[《「“]?(?:该|这一|此|上述)?$");

    /**
     * The instrument a disposal coverb (act-cues.tsv kind disposal: 将, 把) fronts before the verb of its sub-clause
     * (A将《Y》提交B, A把Y草案提交B): it is the act's object although it stands before the verb. The coverb must be a
     * word of its own (not inside a name or a title) with the instrument right after it, and the instrument the last one
     * before the verb: 将 followed by anything else is the future (将于, 将发布).
     */
    private static Hit frontedObject(String text, List<Hit> hits, int subStart, int vs) {
        Hit found = null;
        for (Hit h : between(hits, subStart, vs)) {
            if (!h.isInstrument())
                continue;
            found = null;
            for (String w : ACT_CUES.set("disposal")) {
                int at = text.lastIndexOf(w, h.start());
                if (at >= subStart && !insideHit(hits, at) && !insideTitle(text, at)
                        && FRONTED_GAP.matcher(text.substring(at + w.length(), h.start())).matches())
                    found = h;
            }
        }
        return found;
    }

    /**
     * A bare head a disposal coverb fronts (特区政府将条例草案提交立法会, 把该法案提交议会): the instrument of that kind the
     * document named last (ShortReferences' heads, reference-heads.tsv: a pointing word may precede it, a draft word follow it).
     */
    private static Hit frontedHead(String text, List<Hit> hits, int subStart, int vs, Discourse discourse) {
        for (String w : ACT_CUES.set("disposal"))
            for (int at = text.indexOf(w, subStart); at >= 0 && at < vs; at = text.indexOf(w, at + 1)) {
                if (insideHit(hits, at) || insideTitle(text, at))
                    continue;
                Matcher m = frontedHeadPattern().matcher(text.substring(at + w.length(), vs));
                if (m.lookingAt()) {
                    Hit named = referredInstrument(discourse, m.group(1));
                    if (named != null)
                        return named;
                }
            }
        return null;
    }

    /**
     * A sub-clause opened by a bare instrument head, with or without a pointing word (议定书于…开放签署, 该公约在…签字): the
     * text signed is of that kind. The heads and pointing words are reference-heads.tsv's, as for the fronted head.
     */
    private static Pattern ownKindOpening() {
        return ACT_CUES.pattern("own-kind-opening", () -> "^[\\s\\u3000]*(?:" + CueWords.any(ShortReferences.BARE_HEADS, "pointer")
                + ")?(" + CueWords.any(ShortReferences.BARE_HEADS, "head") + ")");
    }

    /** A pointing word, a head, a draft word, then the verb's adverbials only (no other noun: 于, dates, 正式). */
    private static Pattern frontedHeadPattern() {
        return ACT_CUES.pattern("fronted-head", () -> "(?:" + CueWords.any(ShortReferences.BARE_HEADS, "pointer") + ")?("
                + CueWords.any(ShortReferences.BARE_HEADS, "head") + ")(?:" + CueWords.any(ShortReferences.BARE_HEADS, "draft")
                + ")?(?:[于於][^，。；]{0,12})?$");
    }

    private static boolean insideHitList(List<Hit> hits, int pos) {
        for (Hit h : hits)
            if (h.start() <= pos && pos < h.end())
                return true;
        return false;
    }

    /** The time of the act between a subject and 由/the verb: 于2018年8月14日, 已于同年3月, 今年2月27日 (该法于…由X签署). */
    private static final String TIME_TAIL = "(?:[已曾]?(?:于|在)?(?:同年|同月|当年|今年|去年|次年|(?:19|20)\\d{2}[ \\u2005]*年)?"
            + "(?:[ \\u2005]*\\d{1,2}[ \\u2005]*月)?(?:[ \\u2005]*\\d{1,2}[ \\u2005]*日)?(?:[上下]午|晚间|早些时候|稍早)?)?";
    /** A bare instrument head that is all the subject of a passive clause (公约由…通过, 该宣言由…发布, 该法由…提出). */
    private static final Pattern BARE_HEAD_SUBJECT = Pattern.compile(
            "^[\\s\\d.．、)）\\u3000]*(?:(?:该|这一|此|上述|这部|该部|这项|该项|这份|该份)?(公约|协定|宣言|声明|决议|条约|议定书|框架|战略|法案)|(?:该|这一|此|上述|这部|该部|这项|该项|这份|该份)(法律|法|条例|办法|指令|规定))(草案)?(" + TIME_TAIL + ")$"); // 4. 公约由…: a paragraph number may open it
    /**
     * The instrument a bare head refers back to (该决议, 这部法律): the last one whose name ends with the head, else the
     * document's last instrument when it is of the head's kind, or of no known kind (《加强数字合作》决议 … 该决议由A和B提出:
     * the title leaves the head outside its marks).
     */
    private static Hit referredInstrument(Discourse discourse, String head) {
        String h = head.equals("法律") ? "法" : head;
        Hit named = discourse.lastInstrumentEndingWith(h);
        Hit last = discourse.lastInstrument();
        String kind = InstrumentKind.of(h);
        if (named == null && last != null && !kind.equals("Instrument") && (kind.equals(last.type()) || last.type().equals("Instrument")))
            named = last;
        return named;
    }

    /** A body's own sitting, named by the body, a year and an ordinal: 国家互联网信息办公室2022年第21次室务会议, 韩国国会全体会议. */
    /** A body's sitting after its name: (year) (ordinal) 全体会议/全会/常务会议/室务会议…. */
    /** The body's acronym in brackets between its name and the sitting: 经济合作与发展组织（OECD）部长理事会会议. */
    private static final String ACRONYM_GLOSS = "(?:[（(][A-Za-z][A-Za-z0-9&\\-]{0,11}[）)])?";
    private static final String SITTING = "(?:(?:19|20)\\d{2}年)?(?:第[\\d一二三四五六七八九十百]+次)?(?:室务会议|部务会议|常务会议|全体会议|全会|委务会议|局务会议|行务会议|委员会会议|部长理事会会议|部长级理事会会议)";
    /** A plenary named only by its body (巴西联邦参议院全会, 韩国国会全体会议): no ordinal, no year, so no event of its own. */
    private static final Pattern UNNAMED_PLENARY = Pattern.compile("^[^第\\d年届次]{3,}?[ \\u2005]*" + ACRONYM_GLOSS + "(?:全体会议|全会)$");
    private static final Pattern SESSION_OF_BODY = Pattern.compile("^(.{3,}?)[ \\u2005]*" + ACRONYM_GLOSS + SITTING + "$");

    /**
     * 国家互联网信息办公室2022年第21次室务会议审议通过《Y》: when a clause's only agent is a sitting of a body, the body the
     * sitting is named by acts (the author's FA04-030); it must be named as a body in the sentence or before it.
     */
    private static Set<String> bodyOfSession(String text, List<Hit> hits, List<Hit> eventsBefore, Discourse discourse) {
        for (Hit e : eventsBefore) {
            if (!hits.contains(e))
                continue;
            Matcher m = SESSION_OF_BODY.matcher(text.substring(e.start(), e.end()));
            if (!m.matches())
                continue;
            for (Hit h : hits)
                if (h.isActor() && !h.isState() && !"Person".equals(h.type()) && text.substring(h.start(), h.end()).equals(m.group(1)))
                    return Set.of(h.iri());
            Hit named = discourse.named(m.group(1));
            if (named != null && named.isActor() && !named.isState() && !"Person".equals(named.type()))
                return Set.of(named.iri());
        }
        // a plenary with no name of its own (韩国国会全体会议) is no event hit since stop 17: the body the sitting words follow acts
        for (Hit h : hits)
            if (h.isActor() && !h.isState() && !"Person".equals(h.type()) && SITTING_AFTER_BODY.matcher(text.substring(h.end())).find())
                return Set.of(h.iri());
        return Set.of();
    }

    /** The sitting words right after a body's name. */
    private static final Pattern SITTING_AFTER_BODY = Pattern.compile("^[ \\u2005]*" + ACRONYM_GLOSS + SITTING);

    /** Nothing after the verb but 了 or a footnote mark: the verb's object is left out. */
    private static final Pattern NOTHING_AFTER = Pattern.compile("^(?:了)?[\\d¹²³⁴⁵⁶⁷⁸⁹⁰]{0,2}$");
    /** A clause opened by the amendment of the law named before: 修正案今年2月27日…, 该修正案于…, 修正案经…. */
    private static final Pattern AMENDMENT_SUBJECT = Pattern.compile("^[\\s\\u3000]*(?:该|这一|此|上述|本)?修正案(?:草案)?(?=[\\d由于经获已在今去同本次])");
    /** A clause opened by a reference to an instrument: 该法由…, 该条例于… (the head in group 1). */
    private static final Pattern CLAUSE_REFERENCE = Pattern.compile("^[\\s\\u3000]*(?:该|这一|此|上述)(法案|法|条例|办法|指令|规定|公约|协定|宣言|战略|框架)(?![\\u4e00-\\u9fff&&[^由于经获已在]])");

    /** 成为首批签署方, 成为《Y》的缔约国: a role an actor takes towards an instrument. */
    private static final Pattern SIGNER_ROLE = Pattern.compile(
            "^(?:[^，。；]{0,3}?|[^，。；]{0,24}?(?:批准书|加入书|核准书|接受书)[，,]?(?:正式|并)?)(?:成为|是|为)(?:了)?(?:《[^》]{1,60}》的?)?(?:首批|第一批|首个|第[一二三四五六七八九十\\d]+个|新的?|正式)?(签署方|签署国|缔约方|缔约国|批准国|核准国)");
    /** A copula denied before the role: 不是, 并非, 未成为, 尚未成为, 没有成为. */
    private static final Pattern NEGATED_ROLE = Pattern.compile("^[^，。；]{0,3}?(?:不|非|未|没有)(?:成为|是|为)");
    /** The instruments whose deposit makes a state a party; written alone, they stand for the treaty last named. */
    private static final Pattern DEPOSIT = Pattern.compile("批准书|加入书|核准书|接受书");
    static final String SIGNER_ROLE_RULE = "signatory-role";

    /**
     * 安道尔、格鲁吉亚…和欧盟成为首批签署方 (signatory), X成为《Y》缔约国 (party): the actors listed before the role
     * take it towards the instrument named in the role, else the one the sentence names before them, else the
     * instrument of the kind the sentence writes bare (公约在…开放签署，…成为首批签署方) last named in the document.
     */
    void signerRoles(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit last = hits.get(i);
            if (!last.isActor())
                continue;
            Matcher m = SIGNER_ROLE.matcher(text.substring(last.end()));
            if (!m.find())
                continue;
            if (NEGATED_ROLE.matcher(text.substring(last.end())).find())
                continue; // 美国不是《Y》的缔约国, 尚未成为签署方: the role is denied
            int roleStart = last.end() + m.start();
            int subStart = backTo(text, last.start(), SUBCLAUSE_END);
            if (BLOCK_BEFORE.matcher(text.substring(Math.max(subStart, roleStart - 8), last.end() + m.end())).find())
                continue; // 有望成为, 将成为: not yet
            List<Hit> signers = new ArrayList<>();
            for (Hit h : between(hits, subStart, last.end()))
                if (h.isActor() && !groupWord(text, h) && !titleOfPerson(text, hits, h))
                    signers.add(h);
            Hit instrument = null;
            for (Hit h : between(hits, roleStart, last.end() + m.end()))
                if (h.isInstrument())
                    instrument = h;
            if (instrument == null)
                for (Hit h : between(hits, 0, subStart))
                    if (h.isInstrument())
                        instrument = h;
            if (instrument == null && discourse != null) {
                Matcher bare = BARE_HEAD_ANYWHERE.matcher(text.substring(0, subStart));
                String head = null;
                while (bare.find())
                    head = bare.group();
                instrument = head == null ? null : discourse.lastInstrumentEndingWith(head);
            }
            if (instrument == null && discourse != null && discourse.lastInstrument() != null && DEPOSIT.matcher(m.group()).find()
                    && RATIFIED_TYPE.matcher(discourse.lastInstrument().type()).matches())
                instrument = discourse.lastInstrument(); // 交存批准书，成为第15个批准国: of the treaty last named
            if (instrument == null)
                continue;
            String pred = m.group(1).startsWith("签署") ? "signatory" : "party";
            for (Hit a : signers)
                out.add(new Rel(instrument.iri(), pred, a.iri(), a.start(), last.end() + m.end(), 0.7, SIGNER_ROLE_RULE, false));
        }
    }

    private static final Pattern BARE_HEAD_ANYWHERE = Pattern.compile("公约|协定|宣言|声明|条约|议定书");

    /** 亚马逊、谷歌…等16家企业作出《前沿人工智能安全承诺》: those who make a pledge are its parties. */
    private static final Pattern PLEDGE = Pattern.compile("(?:作出|做出)(?:了)?[《「]?$");
    static final String PLEDGE_RULE = "party-pledge";

    void pledges(String text, List<Hit> hits, List<Rel> out) {
        for (Hit ins : hits) {
            if (!ins.isInstrument() || !text.substring(ins.start(), ins.end()).endsWith("承诺"))
                continue;
            int subStart = backTo(text, ins.start(), SUBCLAUSE_END);
            String lead = text.substring(subStart, ins.start());
            Matcher verb = PLEDGE.matcher(lead);
            if (!verb.find() || BLOCK_BEFORE.matcher(lead).find())
                continue;
            int verbStart = subStart + verb.start();
            for (Hit a : between(hits, subStart, verbStart))
                if (a.isActor() && !titleOfPerson(text, hits, a) && !text.startsWith("的", a.end()))
                    out.add(new Rel(ins.iri(), "party", a.iri(), a.start(), ins.end(), 0.7, PLEDGE_RULE, false));
        }
    }

    /** 分别, 先后 between the actors and their verb: each actor acts on its own instrument, in order. */
    private static final Pattern RESPECTIVELY = Pattern.compile("(?:分别|先后)[^，。；]{0,4}$");

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

    /**
     * 该法在参议院获得通过, 修正案在国会全体会议表决通过: a body right after 在 is read as a place (groupWord), but a government
     * body that is the place of a vote, with nothing but its sitting, a count of votes or the manner between it and 通过, is
     * the chamber that votes.
     */
    private static boolean votingChamber(String text, Hit h, int vs, String verb) {
        return h.start() > 0 && text.charAt(h.start() - 1) == '在' && "GovernmentBody".equals(h.type())
                && verb.endsWith("通过") && h.end() <= vs && VOTE_PLACE_TAIL.matcher(text.substring(h.end(), vs)).matches();
    }

    /** Between the chamber after 在 and 通过: its sitting (全体会议, 全会, 院会), 上, a count of votes, 表决/投票/审议, 获得. */
    private static final Pattern VOTE_PLACE_TAIL = Pattern.compile(
            "^(?:全体会议|全会|院会|全院会议|大会)?上?[ \\u2005]*(?:以[^，。；《》]{1,24}?)?[ \\u2005]*(?:正式)?(?:表决|投票|审议|[一二三]读)?(?:获得|获)?$");

    /** A person, then a verb of chairing (act-cues.tsv chair), then the meeting: 总理X主持的E, X主持召开E. */
    private static Pattern chairs() {
        return ClauseAnalysis.ACT_CUES.pattern("chair", () -> "^[^，,。；;]{0,6}?" + ClauseAnalysis.ACT_CUES.any("chair") + "的?[ \\u2005]*[“「《]?$");
    }

    /**
     * 由总理X主持的内阁会议当天批准了《Y》: the person who chairs the meeting that acts is a participant of the meeting (the
     * participation rules say so), not the issuer of what the meeting adopts.
     */
    private static Set<String> withoutChairs(String text, List<Hit> hits, List<Hit> eventsBefore, Set<String> agents) {
        if (agents.isEmpty())
            return agents;
        Set<String> out = new LinkedHashSet<>(agents);
        Pattern chairs = chairs();
        for (Hit e : eventsBefore) {
            if (!hits.contains(e))
                continue;
            for (Hit h : hits)
                if ("Person".equals(h.type()) && out.contains(h.iri()) && h.end() <= e.start()
                        && chairs.matcher(text.substring(h.end(), e.start())).matches())
                    out.remove(h.iri());
        }
        return out;
    }

    /** The verbs of a step an instrument goes through again and again (a chamber's vote, approval, signature). */
    private static final Pattern REPEATED_STEP = Pattern.compile("(?:通过|批准|核准|签署|签字|签发)$");

    /**
     * The instrument an earlier clause of this sentence issued or signed (its statement already in {@code out}), when the verb
     * of a step has nothing after it and its sub-clause names an actor and no instrument of its own; else null.
     */
    private static Hit toldAgain(String text, List<Hit> hits, Discourse discourse, List<Rel> out, int subStart, int vs, int ve, int subEnd) {
        if (!REPEATED_STEP.matcher(text.substring(subStart, ve)).find() || !NOTHING_AFTER.matcher(text.substring(ve, subEnd)).matches())
            return null;
        List<Hit> own = between(hits, subStart, vs);
        if (own.stream().anyMatch(Hit::isInstrument) || own.stream().noneMatch(h -> h.isActor() && !"State".equals(h.type())))
            return null;
        Rel last = null;
        for (Rel r : out)
            if ((r.predicate().equals("issuedBy") || r.predicate().equals("signatory")) && r.start() < subStart)
                last = r;
        if (last == null)
            return null;
        for (Hit h : hits)
            if (h.iri().equals(last.subject()) && h.isInstrument())
                return "Law".equals(h.type()) ? h : null; // a bill goes through chambers, approval and signature; a strategy does not
        Hit named = discourse.instrument(last.subject()); // 通过该法案: named in an earlier sentence
        return named != null && "Law".equals(named.type()) ? named : null;
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

    private static final Pattern POSSESSIVE = Pattern.compile(
            "^[ \\u2005]*((?:1[89]|20)\\d{2}[ \\u2005]*年(?:[ \\u2005]*\\d{1,2}[ \\u2005]*月)?)?[ \\u2005]*(的|题为)?[ \\u2005]*[《「“]?$");
    /** EVENT的成果文件（Y）, EVENT的最终文件《Y》: the instrument named next is what the event produced. */
    private static final Pattern OUTCOME_OF = Pattern.compile("^[”」》]?的(?:成果文件|最终文件|成果宣言|结果文件)[ \\u2005]*[（(《“]?$");
    /** A table row's year label alone (2019 冰岛《Y》): the state that follows it is the row's host, not an issuer. */
    private static final Pattern ROW_YEAR_BEFORE = Pattern.compile("(?:^|[》）)；;。\\t])[ \\u2005\\t]*(?:19|20)\\d{2}[ \\u2005\\t]*$");
    /** A bare instrument head that fills the object of a verb alone: 批准法案。, 通过了议定书， */
    private static final Pattern BARE_HEAD_AFTER = Pattern.compile(
            "^(?:了)?(法案|决议|协定|协议|宣言|声明|条例|办法|规定|议定书|公约|战略)(?=[，。；,;！!]|$)");

    /**
     * 通过第2338/2023号法案，即巴西的“人工智能法案”: a verb's object the mention finder has no name for (a numbered bill, short,
     * no hit in it), renamed by an appositive sub-clause right after it (即, 亦即, 也就是) that names one instrument: that instrument.
     */
    private static Hit renamedObject(String text, List<Hit> hits, int ve, int subEnd) {
        if (subEnd >= text.length() || subEnd - ve > 24 || !between(hits, ve, subEnd).isEmpty()
                || !RENAMED_HEAD.matcher(text.substring(ve, subEnd + 1)).find())
            return null;
        int next = forwardTo(text, subEnd + 1, SUBCLAUSE_END);
        if (!RENAMED_OPENING.matcher(text.substring(subEnd + 1, next)).lookingAt())
            return null;
        List<Hit> named = between(hits, subEnd + 1, next).stream().filter(Hit::isInstrument).toList();
        return named.size() == 1 ? named.get(0) : null;
    }

    /**
     * 发布落实上述行政令的最终规则（以下简称“对外投资规则”）, 发布针对A的…临时最终规则（即“Y规则”）: an object described rather
     * than named, ending in an instrument head, with its short name glossed in brackets right after it: the glossed instrument
     * (the only title-free stretch from the verb to the gloss, no clause break).
     */
    private static Hit glossedObject(String text, List<Hit> hits, int ve, int subEnd) {
        for (Hit h : between(hits, ve, subEnd)) {
            if (!h.isInstrument())
                continue;
            Matcher m = GLOSS_BEFORE.matcher(text.substring(Math.max(ve, h.start() - 12), h.start()));
            if (!m.find())
                return null;
            int open = Math.max(ve, h.start() - 12) + m.start();
            String described = text.substring(ve, open);
            return described.length() <= 60 && !described.matches("(?s).*[《「，,。；;].*") && DESCRIBED_HEAD.matcher(described).find() ? h : null;
        }
        return null;
    }

    private static final Pattern GLOSS_BEFORE = Pattern.compile("[（(][ \\u2005]*(?:即|以下简称|以下称|下称|简称)[ \\u2005]*[“《「\"]?$");
    private static final Pattern DESCRIBED_HEAD = Pattern.compile("(?:法案|法令|条例|规则|规定|协定|协议|公约|决议|决定|宣言|声明|战略|框架|计划|指南|准则|办法|行政令)[ \\u2005]*$");

    private static final Pattern RENAMED_OPENING = Pattern.compile("^[ \\u2005]*(?:即|亦即|也就是|也即)");

    /** An appositive opening the sub-clause: 即, 亦即, 也就是, 又称 (what follows renames what came before). */
    /** What an appositive renames when the mention finder has no name for it: a numbered bill or law (第2338/2023号法案，). */
    private static final Pattern RENAMED_HEAD = Pattern.compile("(?:法案|法令|条例|法|规则|协定|协议|公约|决议|宣言|令)[”」》]?[，,][ \\u2005]*$");
    private static final Pattern RENAMED_BEFORE = Pattern.compile("^[ \\u2005]*(?:即|亦即|也就是|也即|又称|俗称)[ \\u2005]*$");

    /** Between two titles of one owner: a gloss of the first, then 、和与及 and the next title's mark (《A》（GDPR）和《B》). */
    private static final Pattern TITLES_COORDINATED = Pattern.compile("^[》”」](?:[（(][^）)，。；《》]{1,30}[）)])?(?:、|和|与|及|以及)[《「“]$");

    private static final Pattern RESOLUTION_BRACKET = Pattern.compile("^[》”]?[(（][^)）]{0,6}$");

    /** The rule of a body that opens an unmarked title (全国人民代表大会常务委员会关于…的决定): its issuer. */
    static final String RULE_TITLE_OPENING = "issuer-title-opening";

    /**
     * X2020年6月的Y路线图, X《Y法案》, X题为《Y》的报告: an actor written
     * right before an instrument, possibly with a date and 的, is its issuer; so is the organ in
     * Y宣言(大会第N/M号决议).
     */
    void possessiveIssuers(String text, List<Hit> hits, List<DateFinder.Found> dates, List<Rel> out) {
        for (int i = 1; i < hits.size(); i++) {
            Hit ins = hits.get(i);
            if (!ins.isInstrument())
                continue;
            Hit prev = hits.get(i - 1);
            if (!prev.isActor() || prev.end() > ins.start() || blockedAround(text, prev.start()))
                continue;
            if (prev.end() == ins.start() && !prev.isState() && UnmarkedInstruments.opensTitle(text, ins.start())) {
                // 全国人民代表大会常务委员会关于加强网络信息保护的决定: the body that opens an unmarked title issued it
                out.add(new Rel(ins.iri(), "issuedBy", prev.iri(), prev.start(), ins.end(), 0.65, RULE_TITLE_OPENING, false));
                continue;
            }
            Matcher m = POSSESSIVE.matcher(text.substring(prev.end(), ins.start()));
            if (!m.find() || prev.end() == ins.start() && !prev.isState())
                continue;
            if (m.group(2) == null && "《「“".indexOf(text.charAt(ins.start() - 1)) < 0)
                continue; // 美国AI风险管理框架 is a name, not an issuer and its act (欧盟《Y》, 欧盟“Y”, 欧盟「Y」 are)
            if (prev.isState() && ROW_YEAR_BEFORE.matcher(text.substring(0, prev.start())).find())
                continue; // a table row: year, host state, title (2019 日本 《Y》); the host is no issuer unless a verb says so
            if (RENAMED_BEFORE.matcher(text.substring(backTo(text, prev.start(), SUBCLAUSE_END), prev.start())).find()
                    && (between(hits, backTo(text, prev.start(), CLAUSE_END), prev.start()).stream().anyMatch(Hit::isInstrument)
                            || RENAMED_HEAD.matcher(text.substring(0, backTo(text, prev.start(), SUBCLAUSE_END))).find()))
                continue; // …通过第N号法案，即巴西的“Y法案”: the possessive renames an instrument the clause acted on; its country is no act
            String pred = ins.type().equals("Initiative") && m.group(2) != null ? "proposedBy" : "issuedBy";
            out.add(new Rel(ins.iri(), pred, prev.iri(), prev.start(), ins.end(), 0.65, "issuer-possessive", false));
            // 欧盟《A》（GDPR）和《B》: each title coordinated right after the first has the same owner
            Hit last = ins;
            for (int k = i + 1; k < hits.size() && hits.get(k).isInstrument(); k++) {
                Hit next = hits.get(k);
                if (next.iri().equals(last.iri()) || next.start() < last.end())
                    continue; // the first title's gloss (GDPR) names it again
                if (!TITLES_COORDINATED.matcher(text.substring(last.end(), next.start())).matches())
                    break;
                out.add(new Rel(next.iri(), "issuedBy", prev.iri(), prev.start(), next.end(), 0.6, "issuer-possessive", false));
                last = next;
            }
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

    static final String SPEAKS_IN_RULE = "issuer-speaks-in";
    /** 在《Y》中指出: what an author says in its own report or strategy. */
    private static final Pattern SPEAKS_IN = Pattern.compile(
            "^[》”」]?(?:(?:政策简报|简报|报告|白皮书|蓝皮书|研究报告|政策文件)(?:[（(][^）)，。；]{1,20}[）)])?)?(?:中|里|当中)[，,]?(?:也|还|曾|亦|都|均|再次|进一步|明确|专门)*"
                    + "(?:指出|表示|强调|提出|写道|称|认为|呼吁|重申|阐述|建议|警告|预测|估计)");
    /** The genre written after a title (《Y》政策简报中): the text is a report, whatever its name's head says. */
    private static final Pattern REPORT_GENRE = Pattern.compile("^[》”」]?(?:政策简报|简报|报告|白皮书|蓝皮书|研究报告|政策文件)");
    private static final Pattern AT_BEFORE = Pattern.compile("在其?[《“「]?$");
    private static final Pattern AUTHORED = Pattern.compile("Report|Strategy");

    /**
     * X在《Y报告》中指出/表示/呼吁: the actor who speaks in a report or strategy (written right before 在) is its author,
     * so its issuer; a treaty or declaration one speaks in (在《公约》中承诺) is no authorship.
     */
    void speakersInText(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 1; i < hits.size(); i++) {
            Hit ins = hits.get(i);
            if (!ins.isInstrument() || !AUTHORED.matcher(ins.type()).matches() && !REPORT_GENRE.matcher(text.substring(ins.end())).lookingAt())
                continue;
            Matcher at = AT_BEFORE.matcher(text.substring(Math.max(0, ins.start() - 3), ins.start()));
            if (!at.find() || !SPEAKS_IN.matcher(text.substring(ins.end())).find())
                continue;
            int atPos = Math.max(0, ins.start() - 3) + at.start();
            Hit author = hits.get(i - 1);
            if (!author.isActor() || author.end() > atPos || !text.substring(author.end(), atPos).matches("[^，,。；;、《》“”]{0,6}")
                    || titleOfPerson(text, hits, author) || groupWord(text, author) || blockedAround(text, author.start()))
                continue;
            out.add(new Rel(ins.iri(), "issuedBy", author.iri(), author.start(), ins.end(), 0.7, SPEAKS_IN_RULE, false));
        }
    }

    /** A-B-C间《Y》: states joined by dashes right before a title are its parties. */
    void bracketParties(String text, List<Hit> hits, List<Rel> out) {
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

    private List<Hit> instrumentsAfter(String text, List<Hit> after, boolean issuing) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            Hit h = after.get(i);
            if (h.isInstrument() && GUIDANCE_ON.matcher(text.substring(h.end())).lookingAt())
                continue; // 发布《数据法》实施指南, 公佈《Y》常見問題解答: the document issued is one on Y, not Y
            if (h.isInstrument() && text.substring(h.end()).matches("(?s)^[》”」]?(?:[^，。；、《》“”（）()]{0,6}?)的[^，。；、]{0,12}?(?:议定书|修正案|附件|通知|决定|声明|协议|具体规定|实施细则|细则|配套规定|配套措施|实施办法|补充规定|解释|评估报告|审查报告).*")
                    && !(issuing && text.substring(h.end()).matches("(?s)^[》”」]?的通知.*")))
                continue; // 签署修订《X》的议定书: the protocol is signed, X only names what it amends (印发《X》的通知 issues X)
            if (h.isInstrument() && madeInto(text, after, h))
                continue; // 通过由《A》与《B》合并而成的《C》: the act makes C; A and B only name what it was made from
            if (!out.isEmpty() && objectOfLaterAct(text, after, out.get(out.size() - 1), h))
                break; // 通过《A》后制定的《B》: B is the object of the later act (制定), not of this verb
            if (h.isInstrument() || h.isActor() && !h.isState())
                out.add(h);
            else if (h.isActor() && !insideRelativeClause(text, after, i))
                break; // a second subject starts
        }
        return out;
    }

    /** 由《A》与《B》合并而成的《C》: after a source text, up to a verb of composing (act-cues.tsv made-from), 而成的 and the text made. */
    private static Pattern madeFrom() {
        return ACT_CUES.pattern("made-from", () -> "^[^，,。；;]{0,40}?" + ACT_CUES.any("made-from") + "而成的[ \\u2005]*[《「“]?");
    }

    /** Whether {@code h} is one of the texts another instrument of {@code after}, named right after 而成的, was made from. */
    private static boolean madeInto(String text, List<Hit> after, Hit h) {
        Matcher m = madeFrom().matcher(text.substring(h.end()));
        if (!m.find())
            return false;
        int at = h.end() + m.end();
        return after.stream().anyMatch(k -> k != h && k.isInstrument() && Math.abs(k.start() - at) <= 1);
    }

    /**
     * Whether another act verb stands between the verb's object {@code prev} and the later name {@code h}, and the two are not
     * coordinated (A和X起草的B, A、B: both objects): 通过《A》后制定的《B》, 签署《A》，并据此发布《B》 — B is the later act's.
     */
    private boolean objectOfLaterAct(String text, List<Hit> after, Hit prev, Hit h) {
        if (h.start() <= prev.end())
            return false;
        String gap = text.substring(prev.end(), h.start());
        if (ClauseAnalysis.COORDINATOR.matcher(gap).lookingAt() || gap.matches("^[》”」]?[（(][^（()）]{1,30}[)）][、和与及].*"))
            return false;
        Matcher v = ACT_VERB.matcher(text);
        v.region(prev.end(), h.start());
        while (v.find())
            if (!insideHitList(after, v.start()) && !RelationRules.insideTitle(text, v.start()))
                return true;
        return false;
    }

    /** A document about the instrument written right after its closing mark, without 的: 《Y》实施指南, 《Y》实施细则, 《Y》解读. */
    private static final Pattern GUIDANCE_ON = Pattern.compile(
            "^[》”」](?:[（(][^）)，。；《》]{1,24}[）)])?(?:的)?(?:实施|适用|执行|配套|合规)?(?:指南|指引|细则|实施细则|问答|常见问题解答|解读|说明|评估报告|审查报告|实施情况报告)");

    /** 通过由美国牵头起草的《Y》: an actor in a relative clause (…的) before an instrument modifies it. */
    private static boolean insideRelativeClause(String text, List<Hit> after, int i) {
        for (int j = i + 1; j < after.size(); j++)
            if (after.get(j).isInstrument()) {
                String gap = text.substring(after.get(i).end(), after.get(j).start());
                return gap.length() <= 14 && gap.contains("的") && !gap.matches("(?s).*[，。；,].*");
            }
        return false;
    }

    /**
     * What a passive act (Y由X…发布) acts on: the instrument nearest 由 in the verb's own sub-clause (…，配套的《Y》已由A、B批准发布:
     * Y, not the instrument of the clause before the comma), else the clause's first instrument or body (its topic).
     */
    private List<Hit> instrumentsOrOrgsBefore(List<Hit> hits, int clauseStart, int verbSubStart, int by) {
        Hit own = null;
        for (Hit h : between(hits, verbSubStart, by))
            if (h.isInstrument())
                own = h;
        if (own != null)
            return List.of(own);
        List<Hit> out = new ArrayList<>();
        for (Hit h : between(hits, clauseStart, by))
            if (h.isInstrument() || h.isActor() && !h.isState())
                out.add(h);
        return out.isEmpty() ? out : List.of(out.get(0));
    }

    /** X(也)是《Y》的共同提案国之一, X为该决议提案国: a sponsor of a draft proposes the instrument. */
    private static final Pattern SPONSOR = Pattern.compile(
            "^[也还均都亦]?(?:是|为|作为|成为)([^，。；]{0,60}?)的?(?:共同)?(?:提案国|提案方|提案国家|发起国|发起方|倡议国|倡议方|首倡国)");
    /** A reference to an instrument named before: 该决议, 这一倡议, 上述协定 (the head kept in group 1). */
    private static final Pattern REFERENCE_HEAD = Pattern.compile(
            "^(?:该|这一|此|上述|这项|该项)(决议|决议草案|草案|协定|协议|宣言|声明|倡议|公约|议定书|框架)$");

    /**
     * X是《Y》的共同提案国, X是该决议的共同提案国之一: the sponsors of a draft propose it. The instrument is the title
     * between the copula and 提案国, or the one a reference (该决议) points back to: the last instrument of the
     * sentence before the actor, else of the document, when its name or the word after it has that head.
     */
    void sponsors(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit actor = hits.get(i);
            if (!actor.isActor() || !(actor.isState() || "GovernmentBody".equals(actor.type()) || actor.type().endsWith("Organization")))
                continue;
            Matcher m = SPONSOR.matcher(text.substring(actor.end()));
            if (!m.find() || blockedAround(text, actor.start()) || BLOCK_BEFORE.matcher(m.group(1)).find())
                continue;
            int from = actor.end() + m.start(1);
            int to = actor.end() + m.end(1);
            Hit object = null;
            for (Hit h : between(hits, from, to))
                if (h.isInstrument())
                    object = h;
            if (object == null) {
                Matcher ref = REFERENCE_HEAD.matcher(m.group(1).strip());
                if (!ref.find())
                    continue;
                String head = ref.group(1).replace("草案", "");
                Hit before = null;
                for (Hit h : between(hits, 0, actor.start()))
                    if (h.isInstrument())
                        before = h;
                if (before == null && discourse != null)
                    before = discourse.lastInstrument();
                if (before == null)
                    continue;
                String name = before == discourse.lastInstrument() ? discourse.nameOf(before.iri()) : text.substring(before.start(), before.end());
                boolean headAfter = before.end() < text.length() && text.substring(before.end()).replaceFirst("^[》”」]", "").startsWith(head);
                if (!head.isEmpty() && !(name != null && name.endsWith(head)) && !headAfter)
                    continue;
                object = before;
            }
            out.add(new Rel(object.iri(), "proposedBy", actor.iri(), actor.start(), to, 0.7, "proposer-sponsor", false));
        }
    }
}

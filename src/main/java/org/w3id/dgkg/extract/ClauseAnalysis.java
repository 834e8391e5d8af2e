package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;
import static org.w3id.dgkg.extract.RelationRules.insideHit;
import static org.w3id.dgkg.extract.RelationRules.insideTitle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause analysis stage: each act verb of a sentence (relation-cues.tsv) with its clause and
 * sub-clause bounds, its modality (modality-cues.tsv: a planned, hoped-for, negated or conditional act
 * states no fact; clause-cues.tsv hearsay-frame and claim: an act others are reported to have done, 据报道…, 美方声称…,
 * is {@link Clause.Modality#REPORTED}, and so is every stance there: {@link #reported}), the actors in front of it (its subjects, a comma-broken list, the topic of the clause,
 * 双方 standing for the pair named before), the agents among them (titles of persons, group words,
 * recipients and occasions left out), the hits after it and the events that place it. Worked out once
 * per clause; the relation rules ({@link InstrumentActRules}, {@link MembershipRules},
 * {@link EventParticipationRules}, the concept rules) read the {@link Clause} instead of scanning again.
 */
final class ClauseAnalysis {
    private final RelationCues cues;
    private final Pattern VERB;
    private final Pattern BLOCK_BEFORE;
    private final Pattern BLOCK_AFTER;

    ClauseAnalysis(RelationCues cues) {
        this.cues = cues;
        this.VERB = cues.verb;
        this.BLOCK_BEFORE = cues.modalBefore;
        this.BLOCK_AFTER = cues.modalAfter;
    }

    /** The clauses of one sentence, one per act verb, in the order of the verbs. */
    List<Clause> clauses(String text, List<Hit> hits, Discourse discourse) {
        List<Clause> out = new ArrayList<>();
        Matcher v = VERB.matcher(text);
        int proposalEnd = -1;
        while (v.find()) {
            String verb = v.group();
            int vs = v.start();
            int ve = v.end();
            if (insideHit(hits, vs) || insideTitle(text, vs))
                continue;
            boolean proposalGoesOn = vs == proposalEnd;
            proposalEnd = kind(verb).equals("propose") ? ve : -1;
            if (proposalGoesOn && kind(verb).equals("issue"))
                continue; // 提出制定《Y》, 倡议建立…: what is proposed is made by nobody yet; the proposal's clause takes Y
            if (CUES.set("by-means").contains(verb) && (text.startsWith("其", ve) || vs > 0 && "（(".indexOf(text.charAt(vs - 1)) >= 0))
                continue; // 通过其…: "by means of", not "adopted"
            int clauseStart = backTo(text, vs, CLAUSE_END);
            int subStart = backTo(text, vs, SUBCLAUSE_END);
            int subEnd = forwardTo(text, ve, SUBCLAUSE_END);
            int clauseEnd = forwardTo(text, ve, CLAUSE_END);
            String act = kind(verb);
            int embedded = embeddedClause(text, hits, subStart, vs, ve);
            if (embedded >= 0)
                clauseStart = subStart = embedded; // 表达对A建立Y的不满: the clause the preposition embeds is the verb's own
            boolean modal = blocked(text, hits, subStart, vs, ve, act.equals("propose"));
            Clause.Modality modality = reported(text, hits, vs) ? Clause.Modality.REPORTED
                    : modal ? Clause.Modality.MODAL : Clause.Modality.STATED;
            List<Hit> before = subjects(text, hits, clauseStart, subStart, vs, discourse);
            if (before.isEmpty() && (act.equals("advocate") || act.equals("oppose")))
                before = carriedHolder(text, hits, vs, discourse);
            Set<String> agents = agentsOf(text, before, hits, clauseStart, vs, act.equals("participate"), embedded);
            List<Hit> eventsBefore = new ArrayList<>();
            for (Hit h : between(hits, clauseStart, vs))
                if (h.isEvent() && EventReferences.placesAct(text, h)) // not 在EVENT前发布: a time around the event
                    eventsBefore.add(h);
            if (eventsBefore.isEmpty() && discourse.lastEvent() != null && EventReferences.eventReferenceBefore(text, clauseStart, vs)) {
                Hit referred = EventReferences.referredEvent(discourse, text.substring(clauseStart, vs));
                if (referred != null)
                    eventsBefore.add(referred);
            }
            out.add(new Clause(verb, act, cues.act(verb), vs, ve, clauseStart, subStart, subEnd, clauseEnd, modality,
                    List.copyOf(before), agents, between(hits, ve, subEnd), List.copyOf(eventsBefore)));
        }
        return out;
    }

    /** A preposition that may embed a clause (对, 对于), not inside a word (反对, 针对: kind embedding-word before it). */
    private static Pattern embedding() {
        return CUES.pattern("embedding", () -> "(?<!" + CUES.any("embedding-word") + ")" + CUES.any("embedding"));
    }

    /** Between the actors after the preposition and the verb: coordinators between them, then adverbs or a date, no punctuation. */
    private static final Pattern EMBEDDED_GAP = Pattern.compile("[^，,。；;：:、《》“”的]{0,8}");

    /**
     * Where a clause embedded by a preposition begins, or -1: 法国表达对美国、英国和澳大利亚建立Y的不满 — the preposition's
     * object is the clause [A、B和C建立Y] (the actors right after the preposition, coordinated, then the verb), closed by 的
     * before a noun later in the sub-clause (not right after the verb: 对A提出的倡议 is a relative clause). Its subjects are
     * those actors, not the sentence's, and what frames the outer clause (以表达…, 要求…) is no modality of it.
     */
    private static int embeddedClause(String text, List<Hit> hits, int subStart, int vs, int ve) {
        Matcher m = embedding().matcher(text);
        m.region(subStart, vs);
        int found = -1;
        while (m.find())
            if (!insideHit(hits, m.start()) && !insideTitle(text, m.start()))
                found = m.end();
        if (found < 0)
            return -1;
        List<Hit> actors = between(hits, found, vs);
        if (actors.isEmpty() || actors.get(0).start() != found || !actors.stream().allMatch(Hit::isActor))
            return -1;
        for (int k = 1; k < actors.size(); k++)
            if (!COORDINATOR.matcher(text.substring(actors.get(k - 1).end(), actors.get(k).start())).matches())
                return -1;
        if (!EMBEDDED_GAP.matcher(text.substring(actors.get(actors.size() - 1).end(), vs)).matches())
            return -1;
        int subEnd = forwardTo(text, ve, SUBCLAUSE_END);
        int closing = text.indexOf('的', ve);
        return closing > ve && closing < subEnd - 1 ? found : -1;
    }

    /**
     * What may stand before a verb whose subject is left out: adverbs, time and place phrases, and the verbs that only
     * frame the act of the same subject (…，宣布成立Y; …，表决通过《Y》; 投票通过, 一致通过, 决定设立).
     */
    private static Pattern adverbialLead() {
        return CUES.pattern("adverbial", () -> "^(?:" + CUES.any("adverbial") + "|" + CUES.any("framing-verb")
                + "|在[^，。；]{0,20}(?:期间|上|中|之际)|在[^，。；的]{1,6}|[与同和][^，。；]{0,15})*$"); // a place, a partner: grammar
    }

    /** The words of each slot of the clause analysis (ontology/lexicon/clause-cues.tsv). */
    private static final CueWords.Table CUES = CueWords.table("clause-cues.tsv", "ClauseAnalysis");

    /** The act a cue verb states (relation-cues.tsv); an event that takes place (举行, 开幕) is read like one attended. */
    String kind(String verb) {
        String act = cues.act(verb);
        return act.equals("hold") || act.equals("open") ? "participate" : act;
    }

    boolean blocked(String text, List<Hit> hits, int subStart, int vs, int ve, boolean proposal) {
        String lead = text.substring(Math.max(subStart, vs - 12), vs);
        Matcher b = BLOCK_BEFORE.matcher(lead);
        while (b.find())
            if (!lead.substring(b.end()).contains("《") || startsWithAny(b.group(), CUES.set("firm-plan")))
                return true;
        // 提出设立A、开展B…以及在秘书处设立C等七项建议: a proposal cue scopes over the list of acts after it
        String clause = text.substring(subStart, vs);
        Matcher l = cues.modalList.matcher(clause);
        if (l.find() && clause.indexOf('、', l.end()) >= 0)
            return true;
        String tail = text.substring(ve);
        Matcher t = (proposal ? cues.modalAfterProposal : BLOCK_AFTER).matcher(tail);
        // a cue word that ends inside a name is part of the name (召开首届X进程会议, 发起“X进程”), not the act's modality
        // (a draft stays a draft whatever its name: 通过《X条例草案》; but a bill read a third time passes into law:
        // 立法会三读通过《X条例草案》 is the ordinance's adoption, date-step-cues.tsv kind final)
        if (!t.find() || startsWithAny(tail, CUES.set("by-means")))
            return false;
        boolean draft = endsWithAny(t.group(), Lexicon.words("modality-cues.tsv", "kind", "draft"));
        // 印尼国会表决通过《X法》草案: a legislature that votes a bill through makes it law, whatever the text calls it
        if (draft && !proposal && legislatureActs(text, hits, subStart, vs)
                && !DateCues.EARLIER_READING.matcher(text.substring(Math.max(subStart, vs - 4), vs)).find())
            return false;
        return !insideHit(hits, ve + t.end() - 1)
                || draft && !DateCues.FINAL_READING.matcher(text.substring(Math.max(subStart, vs - 4), vs)).find();
    }

    /**
     * Whether the actor before the verb in its sub-clause is a legislature: a body whose name, as written, ends in a word of
     * legislatures.tsv (国会, 印尼国会, 立法会, 众议院), the last actor before the verb (the one that acts).
     */
    static boolean legislatureActs(String text, List<Hit> hits, int subStart, int vs) {
        Hit last = null;
        for (Hit h : between(hits, subStart, vs))
            if (h.isActor())
                last = h;
        return last != null && "GovernmentBody".equals(last.type())
                && endsWithAny(text.substring(last.start(), last.end()), Lexicon.words(BodyReferences.LEGISLATURES, null, null));
    }

    private static boolean startsWithAny(String s, java.util.Set<String> words) {
        for (String w : words)
            if (s.startsWith(w))
                return true;
        return false;
    }

    private static boolean endsWithAny(String s, java.util.Set<String> words) {
        for (String w : words)
            if (s.endsWith(w))
                return true;
        return false;
    }

    /**
     * Whether what is said at {@code pos} is only reported, not stated by the text: a hearsay frame in front of it in its
     * clause (据报道, 有媒体称, 传言: what follows is what others say, until the text's own voice takes over with an actor
     * and a verb of saying: …，外交部发言人表示，中方…), or a claim (美方声称, 指责, 所谓) whose content runs over the
     * sub-clauses after it until one opens with an actor of its own (美方声称…，中方坚决反对…: 中方's stance is stated).
     */
    static boolean reported(String text, List<Hit> hits, int pos) {
        int clause = backTo(text, pos, CLAUSE_END);
        Matcher m = hearsay().matcher(text);
        m.region(clause, pos);
        int frameEnd = -1;
        int claimEnd = -1;
        while (m.find()) {
            if (insideHit(hits, m.start()) || insideTitle(text, m.start()))
                continue; // a cue word inside a name is the name's
            if (m.group(1) != null)
                frameEnd = m.end();
            else
                claimEnd = m.end();
        }
        return frameEnd >= 0 && !ownVoiceAfter(text, hits, frameEnd, pos, true)
                || claimEnd >= 0 && !ownVoiceAfter(text, hits, claimEnd, pos, false);
    }

    /** 所谓“X”, 所谓的X: a name written in someone else's words, right after the so-called cue. */
    static boolean soCalled(String text, Hit h) {
        return CUES.pattern("so-called", () -> CUES.any("so-called") + "的?[“「]?$").matcher(text.substring(Math.max(0, h.start() - 6), h.start())).find();
    }

    /**
     * 法国坚持开放、包容的原则。同时倡导多边主义: a sentence that opens with a verb of stance, with nothing but adverbs before
     * it and no name anywhere in front of it, goes on with the holder of the stances of the sentence before (the topic
     * carries over; a sentence that stated no stance carries none). The holder stands where the verb is written.
     */
    private List<Hit> carriedHolder(String text, List<Hit> hits, int vs, Discourse discourse) {
        Hit holder = discourse == null ? null : discourse.lastStanceHolder;
        if (holder == null || !between(hits, 0, vs).isEmpty())
            return List.of();
        String lead = text.substring(0, vs).replaceAll("^\\s*(?:[一二三四五六七八九十\\d]+[.．、]\\s*)?", "").strip(); // an ordinal of a list item: grammar
        if (!lead.isEmpty() && !adverbialLead().matcher(lead).matches())
            return List.of();
        return List.of(new Hit(holder.iri(), holder.top(), holder.type(), vs, vs, holder.rule()));
    }

    /** A hearsay frame (group 1: 据报道, 有+source+verb) or a claim (声称, 指责, 所谓). */
    private static Pattern hearsay() {
        return CUES.pattern("hearsay", () -> "(有" + CUES.any("hearsay-source") + CUES.any("hearsay-verb") + "|" + CUES.any("hearsay-frame") + ")|"
                + CUES.any("claim"));
    }

    /**
     * Whether a sub-clause between the cue that ends at {@code from} and {@code pos} opens with an actor of its own (and,
     * after a hearsay frame, a verb of saying): the report ends there. The sub-clause right after the cue is the report's.
     */
    private static boolean ownVoiceAfter(String text, List<Hit> hits, int from, int pos, boolean needsSaying) {
        for (int i = from; i < pos; i++) {
            if (SUBCLAUSE_END.indexOf(text.charAt(i)) < 0 || i == from)
                continue;
            int s = i + 1;
            while (s < pos && "“”「」 \u3000".indexOf(text.charAt(s)) >= 0)
                s++;
            for (Hit h : hits)
                if (h.start() == s && h.isActor() && (!needsSaying || saying().matcher(text.substring(h.end())).lookingAt()))
                    return true;
        }
        return false;
    }

    /** After an actor: a few words (its title, where it spoke), then a verb of saying. */
    private static Pattern saying() {
        return CUES.pattern("own-voice", () -> "^[^，。；]{0,12}?" + CUES.any("reporting"));
    }

    /**
     * The end of the last verb of evidence in [from, vs) whose own subject is no actor (A的加入表明, 这显示, 调查结果意味着),
     * or -1: what follows it is a clause of its own, and an actor before it is none of that clause's subjects (A的加入表明
     * B坚持…: the stance is B's). After an actor and only adverbs (中方再次表明…) the actor is the verb's subject: -1.
     */
    static int evidenceEnd(String text, List<Hit> hits, int from, int vs) {
        Matcher m = CUES.pattern("evidencing", () -> CUES.any("evidencing")).matcher(text);
        m.region(from, vs);
        int end = -1;
        while (m.find()) {
            if (insideHit(hits, m.start()) || insideTitle(text, m.start()))
                continue;
            Hit last = null;
            for (Hit h : between(hits, backTo(text, m.start(), SUBCLAUSE_END), m.start()))
                last = h;
            boolean actorSays = last != null && last.isActor() && adverbialLead().matcher(text.substring(last.end(), m.start()).strip()).matches();
            boolean pointsBack = CUES.pattern("back-pronoun", () -> "^[，,]?" + CUES.any("back-pronoun")).matcher(text.substring(m.end(), vs)).lookingAt();
            if (!actorSays && !pointsBack) // 德国加入倡议，表明其坚持…: 其 is the actor before
                end = m.end();
        }
        return end;
    }

    /** Actors that perform the act: those in front of the verb in its sub-clause, else the topic of the clause. */
    private List<Hit> subjects(String text, List<Hit> hits, int clauseStart, int subStart, int vs, Discourse discourse) {
        List<Hit> actors = new ArrayList<>();
        int evidence = evidenceEnd(text, hits, clauseStart, vs);
        if (evidence >= 0) { // A的加入表明B坚持…: only the actors after the verb of evidence, and no topic before it
            for (Hit h : between(hits, Math.max(subStart, evidence), vs))
                if (h.isActor() || h.isEvent())
                    actors.add(h);
            return ownSubjectOfRelative(text, hits, actors, vs);
        }
        for (Hit h : between(hits, subStart, vs))
            if (h.isActor() || h.isEvent())
                actors.add(h);
        actors = ownSubjectOfRelative(text, hits, actors, vs);
        if (!actors.isEmpty()) {
            // a list broken by a comma (脸书、谷歌、Twitter，Snapchat和Roblox…): take in the actors of a
            // preceding sub-clause that holds nothing but actors
            int s = subStart;
            while (s > clauseStart) {
                int gap = actors.get(0).start() - s;
                boolean continued = gap > 1 && continuation().matcher(text.substring(s, actors.get(0).start())).matches();
                if (gap > 1 && !continued)
                    break;
                int prevStart = backTo(text, s - 1, SUBCLAUSE_END);
                List<Hit> prev = between(hits, prevStart, s - 1);
                String rest = text.substring(prevStart, s - 1);
                for (int i = prev.size() - 1; i >= 0; i--)
                    rest = rest.substring(0, prev.get(i).start() - prevStart) + rest.substring(prev.get(i).end() - prevStart);
                if (prev.isEmpty() || !prev.stream().allMatch(Hit::isActor) || !rest.replaceAll("[、和与及等\\s]", "").isEmpty()) {
                    // 俄罗斯总理A、巴基斯坦总理B等外国政要，以及联合国副秘书长C出席: a list of titled names closed by 等 and a
                    // group word, continued after the comma, is one subject with the names after it
                    List<Hit> closed = continued ? groupClosedList(text, hits, prevStart, s - 1) : List.of();
                    if (closed.isEmpty())
                        break;
                    prev = closed;
                }
                actors.addAll(0, prev);
                s = prevStart;
            }
            return actors;
        }
        // …表示中方反对X，主张Y: a sub-clause without a subject continues the reported clause before it, whose
        // subject is the actor right after the speech verb
        if (subStart > clauseStart && adverbialLead().matcher(text.substring(subStart, vs).strip()).matches()) {
            int prevStart = backTo(text, subStart - 1, SUBCLAUSE_END);
            Matcher speech = reporting().matcher(text.substring(prevStart, subStart - 1));
            if (speech.find())
                for (Hit h : hits)
                    if (h.start() == prevStart + speech.end() && h.isActor()) {
                        actors.add(h);
                        return actors;
                    }
        }
        // 澳大利亚、日本和新加坡…，三方同时公布了…: 双方/三方/两国 stands for the list of that many actors named before
        List<Hit> counted = countedParties(text, hits, subStart, vs);
        if (!counted.isEmpty())
            return counted;
        if (discourse != null && !discourse.lastActorList().isEmpty() && between(hits, 0, subStart).stream().noneMatch(Hit::isActor)) {
            // …欧盟与新加坡签署《Y》。双方当天还签署了《Z》: with no actor before it in its sentence, 双方 stands for the list of
            // that many actors the sentence before named
            Matcher m = COUNTED_PARTIES.matcher(text.substring(subStart, vs));
            int n = m.find() ? "双两三四五六七八九".indexOf(m.group(1).charAt(0)) : -1;
            if (n >= 0 && (n <= 1 ? 2 : n + 1) == discourse.lastActorList().size()) {
                int at = subStart + m.start(1); // the actors stand where 双方 is written: their own offsets are another sentence's
                List<Hit> named = new ArrayList<>();
                for (Hit h : discourse.lastActorList())
                    named.add(new Hit(h.iri(), h.top(), h.type(), at, at + 2, h.rule()));
                return named;
            }
        }
        // the topic: the actors in front of the verb of the first sub-clause of the clause that names any,
        // when the verb's own sub-clause leaves its subject out (…，并发布…; …，于2023年发布…)
        String lead = text.substring(subStart, vs).replaceAll("(?:\\d+[\\s\\u2005]*[年月日号]?|[\\s\\u2005\\-—至])+", "").strip(); // dates go, 近日 stays
        if (!adverbialLead().matcher(lead).matches())
            return actors;
        int from = clauseStart;
        while (from < subStart) {
            int end = forwardTo(text, from, SUBCLAUSE_END);
            if (end >= vs)
                break;
            Matcher fv = VERB.matcher(text.substring(from, end));
            int firstVerb = fv.find() ? from + fv.start() : end;
            List<Hit> persons = new ArrayList<>();
            for (Hit h : between(hits, from, firstVerb))
                if ("Person".equals(h.type()) && h.isActor())
                    persons.add(h);
            final int itemsEnd = firstVerb;
            if (!persons.isEmpty() && between(hits, from, firstVerb).stream().filter(Hit::isActor)
                    .allMatch(h -> persons.contains(h) || titleOfPerson(text, hits, h) || inTitledItem(text, persons, h, itemsEnd))) {
                // 韩国…本部长郑仁教、新加坡…部长傅海燕…，近日在巴黎出席…: a list of titled persons
                actors.addAll(persons);
                break;
            }
            for (Hit h : between(hits, from, firstVerb))
                if (h.isActor()) {
                    // the subject of the topic clause: its first actor and those coordinated with it
                    if (!actors.isEmpty()) {
                        Hit last = actors.get(actors.size() - 1);
                        if (!text.substring(last.end(), h.start()).matches("[、和与及,，\\s]{0,2}"))
                            break;
                    }
                    actors.add(h);
                }
            if (!actors.isEmpty() || !between(hits, from, end).stream().noneMatch(Hit::isActor))
                break;
            from = end + 1;
        }
        return actors;
    }

    /** ，以及 / ，还有 after a comma: the list before the comma goes on (clause-cues.tsv list-continuation). */
    private static Pattern continuation() {
        return CUES.pattern("list-continuation", () -> "^\\s*(?:" + CUES.any("list-continuation") + ")[“「]?$");
    }

    /** 等 + a qualifier + a group word (政要, 领导人, 负责人; clause-cues.tsv group-closer) at the end of a sub-clause. */
    private static Pattern groupCloser() {
        return CUES.pattern("group-closer", () -> "等[^等，,。；;、“”《》的]{0,10}?(?:" + CUES.any("group-closer") + ")们?\\s*$");
    }

    /**
     * The actors of a sub-clause [from, to) that is nothing but a list of titled names (persons with their role words,
     * states, bodies; items split by 、和与及, each ending with a name) closed by 等 and a group word: 俄罗斯总理梅德韦杰夫、
     * 巴基斯坦总理谢里夫等外国政要. Empty when the sub-clause is anything else (a verb or 的 in it, an item without a name).
     */
    private List<Hit> groupClosedList(String text, List<Hit> hits, int from, int to) {
        Matcher m = groupCloser().matcher(text.substring(from, to));
        if (!m.find())
            return List.of();
        int listEnd = from + m.start();
        List<Hit> list = between(hits, from, listEnd);
        if (list.isEmpty() || !list.stream().allMatch(Hit::isActor) || list.get(list.size() - 1).end() != listEnd)
            return List.of();
        StringBuilder rest = new StringBuilder(text.substring(from, listEnd));
        for (Hit h : list)
            for (int k = h.start(); k < h.end(); k++)
                rest.setCharAt(k - from, '□');
        String words = rest.toString();
        if (words.contains("的") || VERB.matcher(words).find() || words.matches("(?s).*[，,。；;：:（(].*"))
            return List.of();
        for (String item : words.strip().split("、|(?<=□)[和与及]"))
            if (item.isEmpty() || !item.endsWith("□"))
                return List.of(); // every item ends with a name
        return list;
    }

    /**
     * 联大通过中国主提的《Y》: a verb heading a relative clause (V的) takes as subject only the actors after the
     * last other act verb in front of it; those before that verb are its subjects, not this one's.
     */
    private List<Hit> ownSubjectOfRelative(String text, List<Hit> hits, List<Hit> actors, int vs) {
        if (actors.size() < 2 || !text.startsWith("的", vs + verbLengthAt(text, vs)))
            return actors;
        int from = actors.get(0).end();
        int lastVerbEnd = -1;
        Matcher v = VERB.matcher(text.substring(0, vs));
        v.region(from, vs);
        while (v.find())
            if (!insideHit(hits, v.start()) && !insideTitle(text, v.start()))
                lastVerbEnd = v.end();
        if (lastVerbEnd < 0)
            return actors;
        List<Hit> own = new ArrayList<>();
        for (Hit h : actors)
            if (h.start() >= lastVerbEnd)
                own.add(h);
        return own.isEmpty() ? actors : own;
    }

    private int verbLengthAt(String text, int vs) {
        Matcher v = VERB.matcher(text);
        return v.find(vs) && v.start() == vs ? v.end() - vs : 0;
    }

    private static Pattern reporting() {
        return CUES.pattern("reporting", () -> CUES.any("reporting") + "(?=[^，。；]{2,})");
    }

    /** 双方, 两国, 三方: a number and a classifier of parties (方, 国; not 国家, 国际, 国内), grammar. */
    private static final Pattern COUNTED_PARTIES = Pattern.compile("^(?:[^，。；]{0,4}?)([双两三四五六七八九])(?:方|国)(?![家际内])");

    /**
     * 双方/两国/三方 as the subject of the verb: the last list of exactly that many actors, joined by 、, 和,
     * 与 or 及, named before in the sentence.
     */
    private static List<Hit> countedParties(String text, List<Hit> hits, int subStart, int vs) {
        Matcher m = COUNTED_PARTIES.matcher(text.substring(subStart, vs));
        if (!m.find())
            return List.of();
        int n = "双两三四五六七八九".indexOf(m.group(1).charAt(0));
        n = n <= 1 ? 2 : n + 1;
        List<Hit> before = new ArrayList<>();
        for (Hit h : hits)
            if (h.end() <= subStart && h.isActor())
                before.add(h);
        for (int end = before.size(); end >= n; end--) {
            List<Hit> run = before.subList(end - n, end);
            boolean listed = coordinated(text, run)
                    && (end - n == 0 || !coordinated(text, before.subList(end - n - 1, end - n + 1)));
            if (listed)
                return new ArrayList<>(run);
        }
        return List.of();
    }

    /** The actors of a subject span: those after the last 的 (the head), persons kept, events dropped. */
    private Set<String> agentsOf(String text, List<Hit> before, List<Hit> hits, int clauseStart, int vs, boolean delegation, int embedded) {
        Set<String> out = new LinkedHashSet<>();
        int lastDe = -1;
        for (Hit h : before)
            if (h.isActor() && !insideCircumstance(text, h, vs)) {
                int de = text.indexOf('的', h.end());
                if (de >= 0 && de < vs && de <= h.end() + 1 && !text.startsWith("的", vs - 1))
                    lastDe = Math.max(lastDe, de);
            }
        if (lastDe >= 0 && startsWithAny(text.substring(lastDe + 1), CUES.set("representative")))
            lastDe = -1; // 印度…和世界银行集团的代表受邀参加: the representatives' principals act
        for (Hit h : before)
            if (h.isActor() && h.start() > lastDe && !groupWord(text, h) && (embedded >= 0 && h.start() >= embedded || !recipient(text, h)) // 对A建立Y的: A is the embedded clause's subject
                    && (!titleOfPerson(text, hits, h) || delegation && startsWithAny(text.substring(h.end()), CUES.set("delegation")))
                    && !insideLocative(text, h, vs) && !insideBasisFrame(text, h, vs) && !insideCircumstance(text, h, vs)
                    && !sender().matcher(text.substring(h.end())).lookingAt())
                out.add(h.iri()); // 中国代表团团长张云明出席: at a meeting, the delegation's state takes part with its head
        return out;
    }

    /** 习近平主席特别代表、…张国清出席: the one whose envoy acts is named in the envoy's title; he does not act himself. */
    private static Pattern sender() {
        return CUES.pattern("sender", () -> "^[\\u4e00-\\u9fff]{0,4}?" + CUES.any("sender"));
    }

    /**
     * 欧盟委员会在欧盟理事会的授权下设立Y: an actor inside a 在X的…下 phrase of circumstance before the verb (authorised, supported,
     * helped by X) does not act; the subject before the phrase does, its 的 being the phrase's.
     */
    static boolean insideCircumstance(String text, Hit h, int vs) {
        int from = backTo(text, h.start(), SUBCLAUSE_END);
        int at = text.lastIndexOf('在', h.start() - 1);
        if (at < from || h.end() > vs || !text.substring(at + 1, h.start()).matches("[“「]?(?:[\\u4e00-\\u9fff“”]{0,12}[、和与及])?[“「]?"))
            return false;
        return CIRCUMSTANCE_END.matcher(text.substring(h.end(), vs)).find();
    }

    /** The end of a 在X的…下 phrase: 的, a noun of up to four characters (授权, 支持, 推动), 下, then the rest before the verb. */
    private static final Pattern CIRCUMSTANCE_END = Pattern.compile("^[”」]?(?:[、和与及][^，,。；]{0,16}?)?的[\\u4e00-\\u9fff]{1,4}下(?=[^，,。；]{0,12}$)");

    /** X在布鲁塞尔举行的美欧峰会上宣布: an actor inside the 在…上/期间 phrase before the verb names the occasion, it does not act. */
    private static boolean insideLocative(String text, Hit h, int vs) {
        int from = backTo(text, h.start(), SUBCLAUSE_END);
        int at = text.lastIndexOf('在', h.start() - 1);
        if (at < from)
            return false;
        Matcher m = LOCATIVE_END.matcher(text.substring(h.end(), vs));
        return m.find() && !text.substring(at, h.start()).matches("(?s).*[，,。；].*");
    }

    /** The act cues (act-cues.tsv): frames that keep a name out of an act's slots (read here and by InstrumentActRules). */
    static final CueWords.Table ACT_CUES = CueWords.table("act-cues.tsv", "ClauseAnalysis");

    /** 以X原则为基础, 以X为首的: what opens and closes a frame of basis (act-cues.tsv basis-open, basis-noun). */
    private static Pattern basisOpen() {
        return ACT_CUES.pattern("basis-open", () -> ACT_CUES.any("basis-open") + "[^，,。；;]{0,4}$");
    }

    private static Pattern basisClose() {
        return ACT_CUES.pattern("basis-close", () -> "^[^，,。；;]{0,12}?为" + ACT_CUES.any("basis-noun"));
    }

    /**
     * 二十国集团…以经合组织原则为基础通过了《Y》: an actor inside a frame of basis (以…为基础/蓝本/首) before the verb names the model
     * or the lead of the act, it does not act itself. The frame closes before the verb.
     */
    static boolean insideBasisFrame(String text, Hit h, int vs) {
        int from = backTo(text, h.start(), SUBCLAUSE_END);
        if (h.end() > vs || !basisOpen().matcher(text.substring(from, h.start())).find())
            return false;
        Matcher close = basisClose().matcher(text.substring(h.end(), vs));
        return close.find();
    }

    private static final Pattern LOCATIVE_END = Pattern.compile("^[^，,。；]*?(?:上|期间|之际)(?=[^，,。；]{0,6}$)");

    /**
     * The text in [from, to) with the names of bodies in it blanked: 经合组织设立人工智能委员会 holds no role word 委员 for
     * 经合组织; a role word inside another body's name is that name's (persons stay: 数字大臣河野太郎; so does an office named
     * by its role word: 副秘书长 holds the UN's 秘书长).
     */
    private static String withoutBodies(String text, List<Hit> hits, int from, int to) {
        StringBuilder out = new StringBuilder(text.substring(from, to));
        for (Hit n : hits)
            if (n.isActor() && !"Person".equals(n.type()) && !n.isState() && n.start() >= from && n.start() < to
                    && Lexicon.words("role-words.tsv", "kind", "role").stream().noneMatch(r -> text.startsWith(r, n.end() - r.length())))
                for (int k = n.start(); k < Math.min(n.end(), to); k++)
                    out.setCharAt(k - from, '□');
        return out.toString();
    }

    /** 美国总统拜登, 日本首相安倍晋三: a state or body written as the title of the person after it does not act itself. */
    /** What ends a title after an actor (compiled once: String.split compiles a class of several characters per call). */
    private static final Pattern TITLE_CUT = Pattern.compile("[、，,。；和与及]");

    static boolean titleOfPerson(String text, List<Hit> hits, Hit h) {
        // 日本数字大臣河野太郎: a role word (role-words.tsv) right after the actor, whether or not the person was recognised
        String after = TITLE_CUT.split(withoutBodies(text, hits, h.end(), Math.min(text.length(), h.end() + 10)), 2)[0];
        // the head of the title decides: the role word that ends last (代表团团长 → 团长), the longer one at a tie;
        // chosen by position, not by the lexicon set's iteration order, which differs from one JVM run to the next
        if ("Person".equals(h.type()))
            return false; // 易会满等十三个部门的负责人: a person is no title of another, whatever role word follows
        String head = null;
        int headEnd = -1;
        for (String role : Lexicon.words("role-words.tsv", "kind", "role"))
            // each alternative implies after.contains(role): tested first, so that the regex is compiled only where it may match
            if (after.contains(role) && (!h.isState() || after.startsWith(role) || after.matches("^.{0,6}" + Pattern.quote(role) + ".*") && !after.contains("的"))) {
                int end = after.indexOf(role) + role.length();
                if (end > headEnd || end == headEnd && role.length() > head.length()) {
                    head = role;
                    headEnd = end;
                }
            }
        if (head != null)
            return !unnamedHolder(text, hits, h.end() + headEnd) && (!CUES.set("representative").contains(head) || personAt(hits, h.end() + headEnd));
        for (Hit n : hits)
            if (n.start() >= h.end() && n.isActor()) {
                String gap = text.substring(h.end(), n.start());
                if ("Person".equals(n.type()) && !"Person".equals(h.type()) && gap.length() <= 14 && !gap.startsWith("、")
                        && !gap.matches("(?s).*[，,和与同；。].*") && endsWithRole(gap))
                    return true; // 马来西亚投资、贸易及工业部长东姑: a long title with a list of portfolios inside
                return "Person".equals(n.type()) && gap.length() <= 8 && !gap.matches("(?s).*[、，,和与及同；。].*");
            }
        return false;
    }

    /**
     * 新加坡可持续发展与环境部长兼主管贸易关系部长傅海燕: an actor inside an item of a list (items split by 、
     * or 以及) whose item ends with a named person is part of that person's title.
     */
    private static boolean inTitledItem(String text, List<Hit> persons, Hit h, int limit) {
        int end = h.end();
        while (end < limit && text.charAt(end) != '、' && !text.startsWith("以及", end))
            end++;
        for (Hit p : persons)
            if (p.start() >= h.end() && p.end() == end)
                return true;
        return false;
    }

    private static Pattern noNameAfterRole() {
        return CUES.pattern("no-name", () -> "^(?:[、，,。；;和与及等]|$|" + Lexicon.alternation(CUES.set("after-unnamed-role")) + ")");
    }

    /**
     * 新开发银行行长、…总干事等外方嘉宾出席: a title that no name follows; the body (or state) it belongs to
     * is the one that acts, through the unnamed holder.
     */
    /** 新加坡代表谈判参与方发表…: 代表 is a title only when a name follows it; otherwise it is the verb "on behalf of". */
    private static boolean personAt(List<Hit> hits, int pos) {
        for (Hit n : hits)
            if (n.start() == pos && "Person".equals(n.type()))
                return true;
        return false;
    }

    private static boolean unnamedHolder(String text, List<Hit> hits, int roleEnd) {
        if (!noNameAfterRole().matcher(text.substring(Math.min(roleEnd, text.length()))).find())
            return false;
        // 中共中央政治局委员、外交部长王毅: titles of one person, listed before the name
        int end = roleEnd;
        while (end < text.length() && "，,。；;等".indexOf(text.charAt(end)) < 0)
            end++;
        for (Hit n : hits)
            if (n.start() >= roleEnd && n.start() < end && "Person".equals(n.type()))
                return false;
        return true;
    }

    /**
     * For attendance only: an actor is the title of the person it names also when the portfolios of the title are joined
     * by 和 or 与 (英国商业和贸易大臣巴德诺赫, 外交部网络和数字事务协调员王磊): the person attends, not the state or ministry.
     * The first actor after h must be that person (葡萄牙和挪威部长 names two actors). Signing keeps the state (the gold's
     * convention: a minister signs for the state), so this is not part of {@link #titleOfPerson}.
     */
    static boolean titleOfAttendee(String text, List<Hit> hits, Hit h) {
        if (titleOfPerson(text, hits, h))
            return true;
        if ("Person".equals(h.type()))
            return false;
        for (Hit n : hits)
            if (n.start() >= h.end() && n.isActor()) {
                String gap = text.substring(h.end(), n.start());
                return "Person".equals(n.type()) && gap.length() <= 14 && !gap.startsWith("、")
                        && !gap.matches("(?s).*[，,同；。].*") && endsWithRole(gap);
            }
        return false;
    }

    private static boolean endsWithRole(String gap) {
        for (String role : Lexicon.words("role-words.tsv", "kind", "role"))
            if (role.length() >= 2 && gap.endsWith(role))
                return true;
        return false;
    }

    /** 向联合国…提交: the actor after 向/对/给 receives the act. */
    boolean recipient(String text, Hit h) {
        int from = backTo(text, h.start(), SUBCLAUSE_END);
        String lead = text.substring(from, h.start());
        int at = -1;
        for (String p : CUES.set("recipient-preposition"))
            at = Math.max(at, lead.lastIndexOf(p));
        return at >= 0 && !VERB.matcher(lead.substring(at)).find();
    }

    /** 由A和B组成的Y: the actors of a relative clause of composition only describe the thing named after it. */
    private static Pattern composedOf() {
        return CUES.pattern("composed", () -> "^[^，。；;]{0,16}?" + CUES.any("composing") + "的");
    }

    /**
     * Whether {@code h} stands inside a relative clause of composition after the verb (建立由各国X组成的Y): it is a member of
     * the thing set up, not the thing itself.
     */
    static boolean insideComposition(String text, Hit h) {
        int by = text.lastIndexOf('由', h.start());
        return by >= 0 && h.start() - by <= 8 && !text.substring(by, h.start()).matches("(?s).*[，。；;].*")
                && composedOf().matcher(text.substring(h.end())).lookingAt();
    }

    /** The counts of groupWord, compiled once (they were compiled on every call). */
    private static final Pattern GROUP_COUNT = Pattern.compile("(?s)^(已有|有|的)?[ \\u2005]*[\\d一二三四五六七八九十两]+[ \\u2005]*个?(国|成员|家).*");
    private static final Pattern STATES_COUNT = Pattern.compile("(?s)^[ \\u2005]*[\\d一二三四五六七八九十两]+[ \\u2005]*个?国.*");

    /** 76个WTO成员: an organisation named only to describe its members does not act itself. */
    static boolean groupWord(String text, Hit h) {
        return startsWithAny(text.substring(h.end()), CUES.set("member-word"))
                || h.start() > 0 && text.charAt(h.start() - 1) == '在'
                || GROUP_COUNT.matcher(text.substring(h.end())).matches()
                        && !("State".equals(h.type()) && STATES_COUNT.matcher(text.substring(h.end())).matches())
                || treatyParties().matcher(text.substring(h.end())).matches();
    }

    /** 《公约》缔约国: a title that only describes the parties after it. */
    private static Pattern treatyParties() {
        return CUES.pattern("treaty-party", () -> "(?s)^《[^》]{1,60}》" + CUES.any("treaty-party") + ".*");
    }

    static final Pattern COORDINATOR = Pattern.compile("[”」》]?(?:、|和|与|及|以及|，以及)[“「《]?");

    /** Hits written one after the other, joined only by 、, 和, 与, 及 (quotes and title marks allowed). */
    static boolean coordinated(String text, List<Hit> hs) {
        for (int i = 1; i < hs.size(); i++)
            if (hs.get(i).start() < hs.get(i - 1).end()
                    || !COORDINATOR.matcher(text.substring(hs.get(i - 1).end(), hs.get(i).start())).matches())
                return false;
        return true;
    }
}

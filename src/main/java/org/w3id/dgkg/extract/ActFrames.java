package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * Frames that state a party or a proposer without a verb of the act (acts40, stop 40):
 * <ul>
 * <li>{@code party-capacity}: a fronted capacity 作为《Y》(的)缔约方/缔约国，A和B… — the actors that open the next sub-clause
 * act as parties of Y;</li>
 * <li>{@code party-apposition}: 《Y》(的)缔约国/缔约方 right before coordinated actors (《Y》缔约国法国和德国呼吁…) — an
 * apposition naming them as Y's parties;</li>
 * <li>{@code proposer-motion}: a sub-clause 根据/应 A(和B)的提议/倡议， before a clause that adopts, issues or signs an instrument
 * (…峰会通过了《Y》) — A proposed Y.</li>
 * </ul>
 * The words are data: {@code clause-cues.tsv} kinds party-capacity-lead, motion-lead, motion-noun and act-of-motion;
 * the party nouns are {@code membership-cues.tsv}'s party-noun. A plan or hope before the frame (将, 拟, 有望) states none.
 */
final class ActFrames {
    private ActFrames() {}

    static final String PARTY_CAPACITY = "party-capacity";
    static final String PARTY_APPOSITION = "party-apposition";
    static final String PROPOSER_MOTION = "proposer-motion";

    private static final String CLAUSE = "clause-cues.tsv";
    private static final String MEMBERSHIP = "membership-cues.tsv";
    private static final Pattern COORDINATOR = Pattern.compile("^(?:、|和|与|及|以及|,|，)$");

    /** A word of planning, hoping or applying before the act: 将, 拟, 计划… (clause-cues.tsv act-frame-plan). */
    private static Pattern plan() {
        return CueWords.pattern("ActFrames|plan", () -> CueWords.any(CLAUSE, "act-frame-plan"));
    }

    private static Pattern partyNounAfter() {
        return CueWords.pattern("ActFrames|party-noun-after", () -> "^[”」》]?(?:[（(][^）)，。；]{1,30}[）)])?的?(?:正式)?"
                + CueWords.any(MEMBERSHIP, "party-noun"));
    }

    private static Pattern capacityLead() {
        return CueWords.pattern("ActFrames|party-capacity-lead", () -> "^\\s*" + CueWords.any(CLAUSE, "party-capacity-lead") + "[《「“]?$");
    }

    private static Pattern motionLead() {
        return CueWords.pattern("ActFrames|motion-lead", () -> "^\\s*" + CueWords.any(CLAUSE, "motion-lead") + "[“「]?$");
    }

    private static Pattern motionTail() {
        return CueWords.pattern("ActFrames|motion-tail", () -> "^[”」]?的?" + CueWords.any(CLAUSE, "motion-noun") + "[，,]");
    }

    private static Pattern actOfMotion() {
        return CueWords.pattern("ActFrames|act-of-motion", () -> CueWords.any(CLAUSE, "act-of-motion") + "了?[《「“]?$");
    }

    /** After an instrument or a pointed head: 的(共同)提案国, a verb opening the list (包括, 为), then the sponsors. */
    private static Pattern sponsorList() {
        return CueWords.pattern("ActFrames|sponsor-list", () -> "^[”」》]?(?:[（(][^）)，。；]{1,30}[）)])?的?" + CueWords.any(CLAUSE, "sponsor-noun")
                + CueWords.any(CLAUSE, "sponsor-list-verb") + "[：:]?");
    }

    /** A pointed head before the sponsor noun: 该决议, 上述草案 (clause-cues.tsv sponsor-pointer and sponsor-head). */
    private static Pattern pointedHead() {
        return CueWords.pattern("ActFrames|pointed-head", () -> CueWords.any(CLAUSE, "sponsor-pointer") + "(" + CueWords.any(CLAUSE, "sponsor-head") + ")$");
    }

    static void apply(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit y = hits.get(i);
            if (!y.isInstrument())
                continue;
            Matcher noun = partyNounAfter().matcher(text.substring(y.end()));
            if (!noun.lookingAt())
                continue;
            int subStart = RelationRules.backTo(text, y.start(), RelationRules.SUBCLAUSE_END);
            String lead = text.substring(subStart, y.start());
            int after = y.end() + noun.end();
            if (capacityLead().matcher(lead).find()) {
                // 作为《Y》缔约方，法国和德国承诺…: the actors opening the next sub-clause
                if (after < text.length() && "，,".indexOf(text.charAt(after)) >= 0)
                    for (Hit a : coordinated(text, hits, after + 1))
                        out.add(new Rel(y.iri(), "party", a.iri(), y.start(), a.end(), 0.7, PARTY_CAPACITY, false));
                continue;
            }
            if (plan().matcher(lead).find())
                continue;
            // 《Y》缔约国法国和德国呼吁…: the actors right after the party noun
            for (Hit a : coordinated(text, hits, after))
                out.add(new Rel(y.iri(), "party", a.iri(), y.start(), a.end(), 0.7, PARTY_APPOSITION, false));
        }
        motions(text, hits, out);
        sponsorLists(text, hits, discourse, out);
    }

    /**
     * 《Y》的提案国包括A和B, 该决议的共同提案国为A、B: the sponsors listed after the instrument (or a pointed head that refers to
     * the instrument the document named last with that ending) proposed it (proposer-sponsor, the rule of X是《Y》的提案国).
     */
    private static void sponsorLists(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        Matcher noun = CueWords.pattern("ActFrames|sponsor-noun", () -> CueWords.any(CLAUSE, "sponsor-noun")).matcher(text);
        while (noun.find()) {
            int at = noun.start();
            Matcher list = sponsorList().matcher(text.substring(Math.max(0, at - 1)));
            Matcher list0 = sponsorList().matcher(text.substring(at));
            int after;
            if (at > 0 && text.charAt(at - 1) == '的' && list.lookingAt())
                after = at - 1 + list.end();
            else if (list0.lookingAt())
                after = at + list0.end();
            else
                continue;
            int before = at > 0 && text.charAt(at - 1) == '的' ? at - 1 : at;
            Hit object = null;
            for (Hit h : hits)
                if (h.isInstrument() && h.end() <= before && text.substring(h.end(), before).matches("[”」》]?(?:[（(][^）)，。；]{1,30}[）)])?"))
                    object = h;
            if (object == null && discourse != null) {
                Matcher head = pointedHead().matcher(text.substring(0, before));
                if (head.find()) {
                    object = discourse.lastInstrumentEndingWith(head.group(1));
                    if (object == null && head.group(1).contains("决议"))
                        object = discourse.lastInstrumentEndingWith("决议");
                }
            }
            if (object == null || plan().matcher(text.substring(RelationRules.backTo(text, before, RelationRules.SUBCLAUSE_END), before)).find())
                continue;
            for (Hit a : coordinated(text, hits, after))
                out.add(new Rel(object.iri(), "proposedBy", a.iri(), at, a.end(), 0.7, "proposer-sponsor", false));
        }
    }

    /** Actors (no persons) right at {@code from}, joined by coordinators only. */
    private static List<Hit> coordinated(String text, List<Hit> hits, int from) {
        List<Hit> out = new ArrayList<>();
        int pos = from;
        for (Hit h : hits) {
            if (h.start() < pos)
                continue;
            String gap = text.substring(pos, h.start()).strip();
            if (!(out.isEmpty() ? gap.isEmpty() : COORDINATOR.matcher(gap).matches() && !gap.equals("，") && !gap.equals(",")))
                break;
            if (!h.isActor() || "Person".equals(h.type()))
                break;
            out.add(h);
            pos = h.end();
        }
        return out;
    }

    /** 根据A(和B)的提议，…通过了《Y》: A proposed each instrument the next sub-clause adopts, issues or signs. */
    private static void motions(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit first = hits.get(i);
            if (!first.isActor())
                continue;
            int subStart = RelationRules.backTo(text, first.start(), RelationRules.SUBCLAUSE_END);
            if (!motionLead().matcher(text.substring(subStart, first.start())).find())
                continue;
            List<Hit> proposers = coordinated(text, hits, first.start());
            if (proposers.isEmpty())
                continue;
            int last = proposers.get(proposers.size() - 1).end();
            Matcher tail = motionTail().matcher(text.substring(last));
            if (!tail.lookingAt())
                continue;
            int clauseStart = last + tail.end();
            int clauseEnd = clauseStart;
            while (clauseEnd < text.length() && RelationRules.CLAUSE_END.indexOf(text.charAt(clauseEnd)) < 0)
                clauseEnd++;
            for (Hit y : hits)
                if (y.isInstrument() && y.start() >= clauseStart && y.end() <= clauseEnd
                        && actOfMotion().matcher(text.substring(clauseStart, y.start())).find()
                        && !plan().matcher(text.substring(clauseStart, y.start())).find())
                    for (Hit a : proposers)
                        out.add(new Rel(y.iri(), "proposedBy", a.iri(), first.start(), y.end(), 0.7, PROPOSER_MOTION, false));
            i += proposers.size() - 1;
        }
    }
}

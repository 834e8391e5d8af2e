package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * An outcome document named after its meeting (adopted-at-namesake): 《七国集团数字与技术部长宣言》 is what
 * the 七国集团数字与技术部长会议 adopted, 《金砖国家领导人第十五次会晤约翰内斯堡宣言》 what that 会晤 adopted. The
 * name says it, so the sentence needs no adopter: an adoption verb in the instrument's clause (4月30日通过的《Y》)
 * and the meeting named in the same sentence or the one the document last named; or, when the meeting
 * is said in the same sentence to have been held, a name that holds the meeting's words around a place
 * (《二十国集团大阪峰会领导人宣言》 after 二十国集团领导人第十四次峰会在大阪举行).
 */
final class OutcomeDocuments {
    private OutcomeDocuments() {}

    static final String RULE = "adopted-at-namesake";

    /** The words of events and their outcomes (ontology/lexicon/event-reference-cues.tsv). */
    private static final CueWords.Table CUES = CueWords.table("event-reference-cues.tsv", "OutcomeDocuments");

    /** The head of an outcome document's name; what is left is the meeting's. */
    private static Pattern outcomeHead() {
        return CUES.pattern("outcome-head", () -> CUES.any("outcome-head") + "$");
    }

    /** The head of a meeting's name (event-heads.tsv holds more; these are those an outcome document is named after). */
    private static Pattern meetingHead() {
        return CUES.pattern("meeting-head", () -> CUES.any("head", "namesake") + "$");
    }

    /** What tells one edition from another and is left out of an outcome document's name: years, ordinals (numbers: grammar). */
    private static final Pattern EDITION = Pattern.compile("(?:(?:19|20)\\d{2}年?|第[一二三四五六七八九十百零\\d]+[届次期轮]|首届|首次)");
    /** A verb that adopts or states the outcome, in the instrument's own sub-clause. */
    private static Pattern adoption() {
        return CUES.pattern("adoption", () -> CUES.any("adopting"));
    }

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");

    static void apply(String text, List<Hit> hits, Discourse discourse, Pattern modal, List<Rel> out) {
        outcomes(text, hits, discourse, modal, out);
        for (Hit ins : hits) {
            if (!ins.isInstrument())
                continue;
            String name = text.substring(ins.start(), ins.end());
            java.util.regex.Matcher head = outcomeHead().matcher(name);
            if (!head.find() || head.start() < 4)
                continue;
            String stem = EDITION.matcher(name.substring(0, head.start())).replaceAll("");
            int subStart = backTo(text, ins.start(), SUBCLAUSE_END);
            int subEnd = forwardTo(text, ins.end(), SUBCLAUSE_END);
            java.util.regex.Matcher act = adoption().matcher(text.substring(subStart, subEnd));
            boolean adopted = act.find();
            if (adopted && planned(text.substring(subStart, subStart + act.start()), modal))
                continue; // 各方将在峰会上通过《X部长宣言》: a planned adoption is no fact
            Set<Hit> candidates = new LinkedHashSet<>();
            for (Hit h : hits)
                if (h.isEvent())
                    candidates.add(h);
            List<Hit> earlier = new ArrayList<>();
            if (discourse != null && discourse.lastEvent() != null)
                earlier.add(discourse.lastEvent());
            if (discourse != null && discourse.mainEvent() != null)
                earlier.add(discourse.mainEvent());
            if (adopted)
                candidates.addAll(earlier);
            java.util.regex.Matcher year = YEAR.matcher(text.substring(subStart, subEnd));
            String ownYear = year.find() ? year.group(1) : null;
            for (Hit e : candidates) {
                String eventDate = discourse == null ? null : discourse.dateOf(e.iri());
                if (ownYear != null && eventDate != null && !eventDate.startsWith(ownYear))
                    continue; // 《Y》于2019年发布 is not what the meeting of 2022 adopted
                String eventName = hits.contains(e) ? text.substring(e.start(), e.end()) : discourse.nameOf(e.iri());
                if (eventName == null)
                    continue;
                boolean here = hits.contains(e);
                String outside = text.substring(0, ins.start()) + "|" + text.substring(ins.end());
                if (adopted && sameMeeting(stem, eventName) || here && heldAround(text, e) && wordsAroundPlace(stem, eventName, outside)) {
                    out.add(new Rel(ins.iri(), "adoptedAt", e.iri(), ins.start(), ins.end(), 0.7, RULE, false));
                    break;
                }
            }
        }
    }

    /** A bare 未 (未通过): the negation the modality cues leave out because of 未来, 未经, 未成年. */
    private static final Pattern NOT_YET = Pattern.compile("未(?![来经成])");

    /** A plan, hope or negation of the act (modality-cues.tsv, position before) in front of it. */
    private static boolean planned(String lead, Pattern modal) {
        return modal.matcher(lead).find() || NOT_YET.matcher(lead).find();
    }

    static final String OUTCOME_RULE = "adopted-at-outcome";

    /** 峰会的成果文件《Y》, 会议主要成果: what an event yields (its outcome), said of a text named next to it. */
    private static String outcome() {
        return "的?" + CUES.any("outcome-qualifier") + "?" + CUES.any("outcome") + "(?:之一)?";
    }

    /** EVENT的成果文件《Y》: the gap between the event and the text. */
    private static Pattern eventThenOutcome() {
        return CUES.pattern("event-then-outcome", () -> "^[”」》]?" + outcome() + "[，,：:]?(?:即|——)?[“「《]?$");
    }

    /** 《Y》是EVENT的成果文件: the gap between the text and the event, and what follows the event. */
    private static Pattern outcomeIs() {
        return CUES.pattern("outcome-is", () -> "^[》”」]?" + CUES.any("copula") + CUES.any("demonstrative", "outcome-is") + "?[“「《]?$");
    }

    private static Pattern outcomeAfter() {
        return CUES.pattern("outcome-after", () -> "^[”」》]?" + outcome());
    }

    /** 峰会成果文件《Y》: a short reference to the event last named, right before the outcome word. */
    private static Pattern referenceThenOutcome() {
        return CUES.pattern("reference-then-outcome", () -> CUES.any("demonstrative", "outcome") + "?" + CUES.any("head", "outcome") + outcome() + "[，,：:]?[“「《]?$");
    }

    /**
     * adopted-at-outcome: 《Y》是EVENT的成果文件, EVENT的成果文件《Y》, 峰会成果文件《Y》 (the event last named): a text
     * called an event's outcome was adopted there.
     */
    static void outcomes(String text, List<Hit> hits, Discourse discourse, Pattern modal, List<Rel> out) {
        for (Hit ins : hits) {
            if (!ins.isInstrument())
                continue;
            Hit event = null;
            for (Hit e : hits) {
                if (!e.isEvent())
                    continue;
                if (e.end() <= ins.start() && eventThenOutcome().matcher(text.substring(e.end(), ins.start())).matches()
                        || e.start() >= ins.end() && outcomeIs().matcher(text.substring(ins.end(), e.start())).matches()
                                && outcomeAfter().matcher(text.substring(e.end())).lookingAt()) {
                    event = e;
                    break;
                }
            }
            if (event == null && discourse != null && discourse.lastEvent() != null) {
                int from = Math.max(backTo(text, ins.start(), SUBCLAUSE_END), ins.start() - 16);
                java.util.regex.Matcher m = referenceThenOutcome().matcher(text.substring(from, ins.start()));
                if (m.find() && !insideAnyHit(hits, from + m.start()))
                    event = EventReferences.referredEvent(discourse, m.group());
            }
            if (event != null && !planned(text.substring(backTo(text, ins.start(), SUBCLAUSE_END), ins.start()), modal))
                out.add(new Rel(ins.iri(), "adoptedAt", event.iri(), ins.start(), ins.end(), 0.7, OUTCOME_RULE, false));
        }
    }

    private static boolean insideAnyHit(List<Hit> hits, int pos) {
        for (Hit h : hits)
            if (h.start() <= pos && pos < h.end())
                return true;
        return false;
    }

    /**
     * 七国集团数字与技术部长(宣言) and 七国集团数字与技术部长会议: the stem is the meeting's name without its head,
     * or begins with the meeting's whole name (金砖国家领导人第十五次会晤约翰内斯堡宣言); years and ordinals aside.
     */
    static boolean sameMeeting(String stem, String eventName) {
        String event = EDITION.matcher(eventName).replaceAll("");
        java.util.regex.Matcher h = meetingHead().matcher(event);
        if (!h.find() || h.start() < 2)
            return false;
        String core = event.substring(0, h.start());
        return stem.equals(core) || stem.startsWith(event) && stem.length() > event.length();
    }

    /**
     * 二十国集团大阪峰会领导人(宣言) and 二十国集团领导人第十四次峰会: the stem holds the meeting's head, and the
     * meeting's words (ordinals aside) are the stem's but for a place of two or three characters that the
     * sentence also names.
     */
    static boolean wordsAroundPlace(String stem, String eventName, String sentence) {
        String event = EDITION.matcher(eventName).replaceAll("");
        java.util.regex.Matcher h = meetingHead().matcher(event);
        if (!h.find() || h.start() < 2 || !stem.contains(h.group()))
            return false;
        // the stem, the meeting's head taken out, is the organiser, a place, then what is left of the meeting's name
        String rest = stem.replaceFirst(Pattern.quote(h.group()), "");
        String core = event.substring(0, h.start());
        for (int cut = 1; cut < core.length(); cut++) {
            String organiser = core.substring(0, cut);
            String tail = core.substring(cut);
            if (rest.startsWith(organiser) && rest.endsWith(tail)) {
                int place = rest.length() - organiser.length() - tail.length();
                String where = rest.substring(organiser.length(), organiser.length() + place);
                if (place >= 2 && place <= 3 && sentence.contains(where))
                    return true; // the place is named in the sentence too (在大阪举行)
            }
        }
        return false;
    }

    /** EVENT在大阪举行: the sentence says the meeting took place. */
    private static boolean heldAround(String text, Hit e) {
        return EventReferences.HELD_AFTER.matcher(text.substring(e.end())).find();
    }
}

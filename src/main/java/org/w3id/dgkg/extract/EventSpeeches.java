package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.between;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * {@value #RULE}: what a speaker says at a meeting is what the meeting addresses. A clause whose subject is an actor
 * (a person, a state, a body) speaking at an event (在EVENT上表示, 在开幕式上致辞时指出, 在会上呼吁: the event named in
 * the locative, or the one a reference head such as 开幕式 or 会上 means, EventReferences.referredEvent), or a later
 * clause of the same paragraph opened by a pronoun and a verb of speaking (她呼吁…) after such a clause: the issues of
 * what is said that open it (互联网治理需要…), stand in the object slot of a verb (弥合数字鸿沟, 加强A) or in a qualifier slot
 * (就A制定规则): each one an addresses fact of the event. Not past a sub-clause opened by an actor (德国坚定支持…, 中方坚持…: the
 * actor's own stance), nor an issue after an actor in its sub-clause (成员在A领域取得…) or naming another text or event. The words are event-speech-cues.tsv; the references to a meeting those
 * of event-reference-cues.tsv (EventReferences.EVENT_REFERENCE).
 */
final class EventSpeeches {
    private EventSpeeches() {}

    static final String RULE = "addresses-event-speech";

    private static final CueWords.Table CUES = CueWords.table("event-speech-cues.tsv", "EventSpeeches");

    /** 在 + the place of the speech (an event, or a head referring to one) + 上/中/期间, a kind of speech, 时, the verb of speaking. */
    private static Pattern speech() {
        return CUES.pattern("speech", () -> "在(?<at>[^，。；：]{1,40}?)" + CUES.any("during") + "(?:发表|作)?(?:" + CUES.any("speech")
                + ")?(?:时)?[，,]?(?<verb>" + CUES.any("verb") + ")[，,：:]?");
    }

    /** A pronoun for the speaker of the clause before, then a verb of speaking: 她呼吁…, 他还表示，… */
    private static Pattern pronoun() {
        return CUES.pattern("pronoun", () -> "^" + CUES.any("pronoun") + CUES.any("adverb") + "*(?<verb>" + CUES.any("verb") + ")[，,：:]?");
    }

    static void apply(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        DocumentTopic topic = discourse.documentTopic();
        for (int start = 0; start < text.length(); start = forwardTo(text, start, CLAUSE_END) + 1) {
            int end = forwardTo(text, start, CLAUSE_END);
            String clause = text.substring(start, end);
            Matcher p = pronoun().matcher(clause.strip());
            if (p.lookingAt() && topic.speechEvent() != null) {
                int from = start + (clause.length() - clause.strip().length()) + p.end();
                said(text, hits, topic.speechEvent(), from, end, start, out);
                continue;
            }
            Matcher m = speech().matcher(clause);
            if (!m.find()) {
                topic.speech(null);
                continue;
            }
            int at = start + m.start();
            List<Hit> before = between(hits, start, at);
            if (before.isEmpty() || !before.get(before.size() - 1).isActor()) {
                topic.speech(null);
                continue; // no speaker named before the locative
            }
            Hit event = event(text, hits, discourse, start + m.start("at"), start + m.end("at"));
            if (event != null && !isTopic(event, topic))
                event = null; // a meeting the document is not about: what is said there may be said of anything
            topic.speech(event);
            if (event != null)
                said(text, hits, event, start + m.end(), end, start, out);
        }
    }

    private static boolean isTopic(Hit event, DocumentTopic topic) {
        for (Hit t : new Hit[] {topic.paragraphTopic(), topic.main()})
            if (t != null && t.iri().equals(event.iri()))
                return true;
        return false;
    }

    /** The event the locative [s, e) names: an event hit that fills its end, or the one a head of event refers to. */
    private static Hit event(String text, List<Hit> hits, Discourse discourse, int s, int e) {
        List<Hit> inside = between(hits, s, e);
        if (!inside.isEmpty()) {
            Hit last = inside.get(inside.size() - 1);
            return last.isEvent() && e - last.end() <= 1 ? last : null;
        }
        String at = text.substring(s, e);
        if (!EventReferences.EVENT_REFERENCE.matcher(at).matches())
            return null; // 在日内瓦, 在记者会上: no reference to a meeting
        return EventReferences.referredEvent(discourse, at);
    }

    /** The issues of what is said [from, end): each an addresses fact of {@code event}. */
    private static void said(String text, List<Hit> hits, Hit event, int from, int end, int clauseStart, List<Rel> out) {
        Set<String> issues = new LinkedHashSet<>();
        boolean first = true;
        for (int sub = from; sub < end; sub = forwardTo(text, sub, SUBCLAUSE_END) + 1) {
            int subEnd = Math.min(end, forwardTo(text, sub, SUBCLAUSE_END));
            List<Hit> inSub = between(hits, sub, subEnd);
            if (inSub.stream().anyMatch(h -> (h.isInstrument() || h.isEvent()) && !h.iri().equals(event.iri())))
                break; // what follows another text or event is said of it
            if (!inSub.isEmpty() && inSub.get(0).isActor() && inSub.get(0).start() <= sub + 1)
                break; // …，德国坚定支持A; 表示，中方坚持…: an actor's own stance
            Hit previous = null;
            for (Hit h : inSub) {
                if (!h.top().equals("Issue") || ConceptRelationRules.modifier(text, h) || between(hits, sub, h.start()).stream().anyMatch(Hit::isActor)) {
                    previous = null;
                    continue;
                }
                boolean opens = first && (h.start() == sub || previous != null && text.substring(previous.end(), h.start()).matches("^(?:[、和与及]|以及)$"));
                if (opens || AccordingFrames.inSlot(text, h, sub) || FieldSlots.inField(text, h, sub)) {
                    issues.add(h.iri());
                    previous = h;
                } else {
                    previous = null;
                }
            }
            first = false;
        }
        for (String issue : issues)
            out.add(new Rel(event.iri(), "addresses", issue, clauseStart, end, 0.6, RULE, false));
    }
}

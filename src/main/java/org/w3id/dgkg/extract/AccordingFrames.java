package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.between;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * {@value #RULE}: a clause that says what a text provides, framed by the text before a comma: 根据协定，…, 按照《办法》，…,
 * 根据该法令的规定，…, or the text and a verb of stating (协定规定，…, 《规定》明确，…, 法案要求：…). The issues of the rest of
 * the clause are what the text covers (根据该法令，公安部…承担个人数据保护的主管职责: the decree covers 个人数据保护).
 * The text is a name in the frame, or a short reference (该法令, 协定: subject-frames.tsv position reference) meaning the
 * instrument of that kind named last (TopicMemory). A negated clause states nothing the text covers, and the clause
 * ends where another text or event is named.
 */
final class AccordingFrames {
    private AccordingFrames() {}

    static final String RULE = "addresses-according";

    /** The words of the frame's slots (ontology/lexicon/according-cues.tsv). */
    private static final CueWords.Table CUES = CueWords.table("according-cues.tsv", "AccordingFrames");

    /** What may stand before the frame: a connective, or who said it (该负责人介绍，). */
    private static String lead() {
        return "^(?:(?:" + CUES.any("lead") + "|[\\u4e00-\\u9fff]{1,8}" + CUES.any("speech") + ")[，,])?";
    }

    private static Pattern according() {
        return CUES.pattern("according", () -> lead() + CUES.any("according") + "(?<ref>[^，,。；：:]{1,30}?)(?:的)?" + CUES.any("related") + "?"
                + CUES.any("provision") + "?[，,]");
    }

    private static Pattern stating() {
        return CUES.pattern("stating", () -> lead() + "(?<ref>" + CUES.any("pointer") + "?(?:《[^》]{1,30}》|[\\u4e00-\\u9fff]{1,4}))" + CUES.any("adverb") + "?"
                + CUES.any("stating") + "(?:了)?[，,：:]");
    }

    /** A negation in the clause: 不适用, 未涉及, 并未. */
    private static Pattern negated() {
        return CUES.pattern("negated", () -> CUES.any("negated"));
    }

    static void apply(String text, List<Hit> hits, Discourse discourse, TopicMemory memory, List<Rel> out) {
        for (int start = 0; start < text.length(); start = forwardTo(text, start, CLAUSE_END) + 1) {
            int end = forwardTo(text, start, CLAUSE_END);
            String clause = text.substring(start, end);
            Matcher m = according().matcher(clause);
            boolean according = m.lookingAt();
            if (!according) {
                m = stating().matcher(clause);
                if (!m.lookingAt())
                    continue;
            }
            Hit subject = subject(text, hits, memory, start + m.start("ref"), start + m.end("ref"), according);
            if (subject == null || negated().matcher(clause.substring(m.end())).find())
                continue;
            Set<String> issues = new LinkedHashSet<>();
            for (Hit h : between(hits, start + m.end(), end)) {
                if (h.isInstrument() || h.isEvent())
                    break; // what follows another text is said of it
                if (h.top().equals("Issue") && !ConceptRelationRules.modifier(text, h) && inSlot(text, h, start + m.end()))
                    issues.add(h.iri());
            }
            for (String issue : issues)
                out.add(new Rel(subject.iri(), "addresses", issue, start, end, 0.6, RULE, false));
        }
    }

    /** List items before an issue, back to the verb that takes the list: 防范A、B和C. */
    private static final Pattern ITEMS_BEFORE = Pattern.compile("(?:[\\u4e00-\\u9fff]{2,14}(?:、|和|及|以及))*$");
    /** List items after an issue, up to 等 and a word of field: A、B等领域. */
    private static Pattern itemsToField() {
        return CUES.pattern("items-to-field", () -> "^(?:(?:、|和|及|以及)[\\u4e00-\\u9fff]{2,14}?)*等?[\\u4e00-\\u9fff]{0,4}?" + CUES.any("field"));
    }

    /**
     * Whether the issue stands where the clause names what the text provides for: the object (or an item of the object
     * list) of a verb of regulating, protecting, countering or pursuing (issue-slots.tsv verb, concept-cues.tsv pursue and
     * counters: 防范数据泄露, 保障A和B; according-cues.tsv slot-verb: 支持A), or an item of a list closed by a word of field (在A、B等领域). An issue the clause
     * only speaks of (人工智能发展应当…) is no provision of the text.
     */
    static boolean inSlot(String text, Hit h, int from) {
        int sub = Math.max(from, RelationRules.backTo(text, h.start(), RelationRules.SUBCLAUSE_END));
        String before = text.substring(sub, h.start());
        // every split of the words before into a verb's lead and list items (加强A和B: the list is A和, not 加强A和)
        for (int verbEnd = before.length(); verbEnd >= 0; verbEnd--) {
            if (verbEnd < before.length() && !ITEMS_BEFORE.matcher(before.substring(verbEnd)).matches())
                continue;
            String lead = before.substring(0, verbEnd);
            for (String v : verbs())
                if (lead.endsWith(v) || lead.endsWith(v + "了"))
                    return true;
        }
        int subEnd = RelationRules.forwardTo(text, h.end(), RelationRules.SUBCLAUSE_END);
        Matcher field = itemsToField().matcher(text.substring(h.end(), subEnd));
        // A、B等三个领域的企业: the list qualifies a noun, it names no field the text provides for
        return field.lookingAt() && (h.end() + field.end() >= subEnd || text.charAt(h.end() + field.end()) != '的');
    }

    private static Set<String> verbs() {
        return Lexicon.cached("according-slot-verbs", () -> {
            Set<String> out = new java.util.HashSet<>(Lexicon.words("issue-slots.tsv", "position", "verb"));
            out.addAll(ConceptFinder.objectVerbs());
            out.addAll(CUES.set("slot-verb")); // 支持跨境数据流动: a slot of the text's provision, no cue of discovery
            return Set.copyOf(out);
        });
    }

    /** The instrument [s, e) names: a hit that fills it (its qualifiers aside), or a short reference's instrument. */
    private static Hit subject(String text, List<Hit> hits, TopicMemory memory, int s, int e, boolean according) {
        List<Hit> inside = between(hits, s, e);
        if (!inside.isEmpty())
            return inside.size() == 1 && inside.get(0).isInstrument() && e - inside.get(0).end() <= 1 ? inside.get(0) : null;
        String written = text.substring(s, e);
        String ref = written.replaceFirst("^" + CUES.any("pointer"), "");
        if (!according && ref.equals(written))
            return null; // 法律规定，…, 倡议提出，各国应…: a bare word and a verb of stating may speak of law in general, or of what others should do
        if (memory == null || !Lexicon.words("subject-frames.tsv", "position", "reference").contains(ref) && InstrumentKind.of(ref).equals("Instrument"))
            return null;
        return memory.referred(ref);
    }
}

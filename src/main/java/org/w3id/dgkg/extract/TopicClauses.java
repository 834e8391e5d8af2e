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
 * {@value #RULE}: the body sentences of a document about an instrument or event that state what it covers
 * without naming it. Each clause's subject is found first ({@link DocumentTopic}):
 * <ul>
 * <li>named: an instrument or event (or a short reference resolved to one) opens the clause;</li>
 * <li>referred: a reference head (法律, 该法, 《办法》, 决议, 会议, 此次修订, 该章节: subject-frames.tsv reference and
 * event-reference, ProvisionContents' revision and part references) opens it, meaning the paragraph's topic, else
 * the document's, when its kind fits; a pointed head no topic fits means what it meant before (TopicMemory);</li>
 * <li>omitted: the clause opens with its verb, right after a clause of the same paragraph whose subject was a
 * text or event.</li>
 * </ul>
 * Then a verb of stating what it covers (topic-clause-cues.tsv verb, in the subject's slot: instrument or event),
 * and the issues that verb or the verbs of the sub-clauses that go on without a subject of their own take as objects
 * ({@link AccordingFrames#inSlot}: 加强A, 防范B, A、B等领域; or the list right after the verb: 聚焦A、B). Not: a
 * negation, plan, hope, forecast or condition (modality-cues.tsv) between the subject and its verb or opening a
 * sub-clause; a sub-clause opened by another actor, text or event (it and all after it); items of a list of
 * principles; an issue that only qualifies a noun or does not end its item (推进人工智能创新发展).
 */
final class TopicClauses {
    private TopicClauses() {}

    static final String RULE = "addresses-topic-clause";
    /** The issues of the same clauses that stand in a qualifier slot instead of an object slot (在A领域, 就B开展合作). */
    static final String RULE_FIELD = "addresses-topic-field";
    /** The numbered items of the paragraphs after a topic clause that ends announcing them (重点关注以下问题：). */
    static final String RULE_LIST = "addresses-topic-list";

    private static final CueWords.Table CUES = CueWords.table("topic-clause-cues.tsv", "TopicClauses");

    /** The modality kinds that take a clause back: what is planned, hoped, forecast, conditional, negated or asked is not stated. */
    private static final List<String> TAKEN_BACK = List.of("plan", "hope", "forecast", "conditional", "negation", "question");

    /** A number that opens a paragraph or item: 1. / （一） / 一是 / 第一，(grammar). */
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:\\d{1,2}\\s*[.、．)）]|[（(][一二三四五六七八九十\\d]{1,2}[）)]|[一二三四五六七八九十][是、]|第[一二三四五六七八九十][，,、])?\\s*");

    static Pattern lead() {
        return CUES.pattern("lead", () -> "^(?:" + CUES.any("lead") + "[，,]?)?");
    }

    /** A reference head opening the clause: a pointer, 《》 around it, the head (group ref), a gloss in brackets. */
    static Pattern reference() {
        return CUES.pattern("reference", () -> {
            Set<String> heads = new java.util.HashSet<>(Lexicon.words("subject-frames.tsv", "position", "reference"));
            heads.addAll(Lexicon.words("subject-frames.tsv", "position", "event-reference"));
            return "^(?<ptr>" + CUES.any("pointer") + ")?[《“]?(?<ref>" + Lexicon.alternation(heads) + ")[》”]?"
                    // 该法涉及…: a verb ending in a character of conjunction (concept-relation-cues.tsv reference-verb) has the reference as subject
                    + "(?:(?=" + Lexicon.alternation(Lexicon.words("concept-relation-cues.tsv", "kind", "reference-verb")) + ")|(?![\\u4e00-\\u9fff]{0,1}(?:的|和|与|及|、)))";
        });
    }

    /** After the subject: its gloss in brackets, adverbs, maybe a negation, the verb (group verb, for the slot), 了, a comma or colon. */
    private static Pattern stating(String slot) {
        return CUES.pattern("stating|" + slot, () -> "^[》”]?(?:[（(][^）)]{1,30}[）)])?" + CUES.any("adverb") + "*(?<neg>" + CUES.any("negation") + ")?"
                + CUES.any("adverb") + "*(?<verb>" + CUES.any("verb", slot) + ")(?:了)?[，,：:]?");
    }

    /** A verb of stating opening a clause with no subject: adverbs, the verb. */
    private static Pattern omitted() {
        return CUES.pattern("omitted", () -> "^" + CUES.any("adverb") + "*(?<verb>" + CUES.any("verb", "instrument") + "|" + CUES.any("verb", "event") + ")(?:了)?[，,：:]?");
    }

    /** A modality that takes back what follows (modality-cues.tsv before, the kinds of {@link #TAKEN_BACK}), verbs of pursuing left out (推动A is no plan of an act). */
    static Pattern takenBack() {
        return CUES.pattern("taken-back", () -> {
            Set<String> pursue = Lexicon.words("concept-cues.tsv", "position", "pursue");
            List<String> cues = new java.util.ArrayList<>();
            for (Lexicon.Row r : Lexicon.rows("modality-cues.tsv"))
                if (r.get("position").equals("before") && TAKEN_BACK.contains(r.get("kind")) && !pursue.contains(r.word()))
                    cues.add(r.word());
            return String.join("|", cues);
        });
    }

    /** What may follow an issue that is the whole of its item: a head of kind item-close, then a separator, 等, or the end. */
    private static Pattern itemEnd() {
        return CUES.pattern("item-end", () -> "^" + CUES.any("item-close") + "?(?:[、，,。；;]|和|与|及|以及|等|$)");
    }

    private static Pattern condition() {
        return CUES.pattern("condition", () -> "^" + CUES.any("condition"));
    }

    static void apply(String text, List<Hit> hits, Discourse discourse, TopicMemory memory, List<Rel> out) {
        DocumentTopic topic = discourse.documentTopic();
        for (int start = 0; start < text.length(); start = forwardTo(text, start, CLAUSE_END) + 1) {
            int end = forwardTo(text, start, CLAUSE_END);
            Matcher n = NUMBERING.matcher(text.substring(start, end));
            int at = start + (n.lookingAt() ? n.end() : 0);
            Matcher l = lead().matcher(text.substring(at, end));
            if (l.lookingAt())
                at += l.end();
            while (at < end && Character.isWhitespace(text.charAt(at)))
                at++;
            clause(text, hits, discourse, memory, topic, start, at, end, out);
            for (int sub = forwardTo(text, at, SUBCLAUSE_END) + 1; sub < end; sub = forwardTo(text, sub, SUBCLAUSE_END) + 1) {
                String rest = text.substring(sub, end);
                if (between(hits, start, sub).stream().anyMatch(Hit::isActor))
                    break; // 法国代表认为，该章节…: what an actor says the text does is the actor's view
                if (hitAt(text, hits, sub) == null && (reference().matcher(rest).lookingAt() || ProvisionContents.revisionReference().matcher(rest).lookingAt()))
                    clause(text, hits, discourse, memory, topic, start, sub, end, out); // …，此次修订旨在…; …，该法还要求…: a sub-clause with a subject of its own
            }
            within(text, hits, start, end, out);
        }
    }

    /** A later sub-clause opened by 其中 and a verb of stating: it speaks of the text named in the sub-clause before it. */
    private static Pattern within() {
        return CUES.pattern("within", () -> "^" + CUES.any("within") + "[，,]?" + CUES.any("adverb") + "*(?<verb>" + CUES.any("verb", "instrument") + ")(?:了)?[，,：:]?");
    }

    /** 签署《英日协定》，其中包括A等数字贸易条款: the issues of the 其中 sub-clause are what the text before it covers. */
    private static void within(String text, List<Hit> hits, int start, int end, List<Rel> out) {
        int previous = start;
        for (int sub = forwardTo(text, start, SUBCLAUSE_END) + 1; sub < end; sub = forwardTo(text, sub, SUBCLAUSE_END) + 1) {
            Matcher w = within().matcher(text.substring(sub, end));
            List<Hit> before = between(hits, previous, sub);
            previous = sub;
            if (!w.lookingAt() || before.isEmpty() || !before.get(before.size() - 1).isInstrument())
                continue;
            objects(text, hits, before.get(before.size() - 1), sub + w.end(), Math.min(end, forwardTo(text, sub, SUBCLAUSE_END)), start, w.group("verb"), out);
        }
    }

    private static void clause(String text, List<Hit> hits, Discourse discourse, TopicMemory memory, DocumentTopic topic, int start, int at, int end,
            List<Rel> out) {
        Hit subject = null;
        int after = at;
        Hit first = hitAt(text, hits, at);
        if (first != null) {
            if (!(first.isInstrument() || first.isEvent()) || memory.misread(text, first)) {
                topic.subject(null); // another actor (or a misread text) is the subject
                return;
            }
            subject = first;
            after = first.end();
        } else {
            Matcher r = reference().matcher(text.substring(at, end));
            Matcher rev = ProvisionContents.revisionReference().matcher(text.substring(at, end));
            Matcher att = attendees().matcher(text.substring(at, end));
            if (r.lookingAt() && between(hits, at, at + r.end()).isEmpty()) {
                subject = referred(r.group("ref"), r.group("ptr") != null, discourse, memory, topic);
                after = at + r.end();
            } else if (att.lookingAt() && between(hits, at, at + att.end()).isEmpty()) {
                subject = eventSpokenOf(discourse, topic); // 与会者讨论了A: what those at the meeting discuss, the meeting covers
                after = at + att.end();
            } else if (rev.lookingAt() && between(hits, at, at + rev.end()).isEmpty()) {
                Hit t = topic.paragraphTopic() != null ? topic.paragraphTopic() : topic.main();
                subject = t != null && t.isInstrument() ? t : memory.lastWithin(2); // 此次修订, 该章节: a part or revision of the text spoken of
                String revised = subject == null ? null : subject.iri();
                if (revised != null && between(hits, start, at).stream().anyMatch(h -> h.iri().equals(revised)))
                    subject = null; // 《A》明确…，此次修订旨在…: the revision is of another text than the one the sentence names
                after = at + rev.end();
            } else {
                Matcher o = omitted().matcher(text.substring(at, end));
                Hit last = topic.lastSubject();
                if (o.lookingAt() && last != null) {
                    Matcher v = stating(last.isEvent() ? "event" : "instrument").matcher(text.substring(at, end));
                    if (v.lookingAt() && v.group("neg") == null)
                        objects(text, hits, last, at + v.end(), end, start, v.group("verb"), out);
                    return; // the subject stays the one left out
                }
                topic.subject(null);
                return;
            }
            if (subject == null) {
                topic.subject(null);
                return;
            }
        }
        if (text.substring(after, end).matches("^[》”]?(?:的|和|与|及|、|等).*"))
            return; // 《X》的发布, 《X》和《Y》: the text is no subject of the clause
        topic.subject(subject);
        Matcher v = stating(subject.isEvent() ? "event" : "instrument").matcher(text.substring(after, end));
        if (v.lookingAt()) {
            if (v.group("neg") == null && !takenBack().matcher(text.substring(after, after + v.start("verb"))).find()) {
                objects(text, hits, subject, after + v.end(), end, start, v.group("verb"), out);
                announces(text, subject, after + v.end(), end, memory);
            }
            return;
        }
        // 《办法》自5月1日起施行，明确…: a later sub-clause with no subject of its own goes on with it
        for (int sub = forwardTo(text, after, SUBCLAUSE_END) + 1; sub < end; sub = forwardTo(text, sub, SUBCLAUSE_END) + 1) {
            Hit opening = hitAt(text, hits, sub);
            if (opening != null && !opening.top().equals("Issue") && !opening.top().equals("Principle") || reference().matcher(text.substring(sub, end)).lookingAt())
                return; // another subject takes the clause
            Matcher o = stating(subject.isEvent() ? "event" : "instrument").matcher(text.substring(sub, end));
            if (o.lookingAt()) {
                if (o.group("neg") == null)
                    objects(text, hits, subject, sub + o.end(), end, start, o.group("verb"), out);
                return;
            }
        }
    }

    /** A clause that ends announcing a list (以下问题：, 如下几个方面：): the numbered items of the paragraphs after it. */
    private static Pattern announcing() {
        return CUES.pattern("announcing", () -> CUES.any("announce") + "[^，,。；;：:《》]{0,12}[：:]\\s*$");
    }

    /** The clause [from, end) goes on to announce the items that follow it: they are what {@code subject} covers (TopicMemory). */
    private static void announces(String text, Hit subject, int from, int end, TopicMemory memory) {
        if (subject.iri().equals(memory.listOwner()))
            return; // the sentence's own announcement (CoveredIssues: 以下三个子主题：) already opened the list, with its count
        Matcher a = announcing().matcher(text);
        if (a.find(from) && a.start() < Math.max(end, forwardTo(text, from, CLAUSE_END)))
            memory.announced(subject.iri(), 0, RULE_LIST);
    }

    /** The hit that opens the clause at {@code at} (a 《 or “ before it allowed), or null. */
    private static Hit hitAt(String text, List<Hit> hits, int at) {
        char textAt = at < text.length() ? text.charAt(at) : ' ';
        for (Hit h : hits)
            if (h.start() == at || h.start() == at + 1 && "《“".indexOf(textAt) >= 0)
                return h;
        return null;
    }

    /**
     * The instrument or event a reference head opening a clause means: the paragraph's topic, else the document's,
     * when the head fits it (会议 an event; 法律 a law, by its kind or the end of its name); else, with a pointer (该法),
     * the one of that kind named last.
     */
    private static Hit referred(String head, boolean pointed, Discourse discourse, TopicMemory memory, DocumentTopic topic) {
        if (Lexicon.words("subject-frames.tsv", "position", "event-reference").contains(head))
            return eventSpokenOf(discourse, topic);
        for (Hit t : new Hit[] {topic.paragraphTopic(), topic.main()})
            if (t != null && t.isInstrument() && fits(head, t, discourse))
                return t;
        return pointed ? memory.referred(head) : null;
    }

    /** The event a reference to a meeting or to those attending it means: the paragraph's, else the document's, else its main event. */
    private static Hit eventSpokenOf(Discourse discourse, DocumentTopic topic) {
        for (Hit t : new Hit[] {topic.paragraphTopic(), topic.main()})
            if (t != null && t.isEvent())
                return t;
        return discourse.mainEvent();
    }

    /**
     * Those attending a meeting, as the subject of a clause (与会者, 与会各方: topic-clause-cues.tsv attendees), not
     * followed by what makes them a qualifier or an item of a list (与会者的, 与会者和…).
     */
    private static Pattern attendees() {
        return CUES.pattern("attendees", () -> "^" + CUES.any("attendees") + "(?![\\u4e00-\\u9fff]{0,1}(?:的|和|与|及|、))");
    }

    /** Whether a head (法律, 办法, 决议) can name instrument {@code t}: the document wrote its name ending with it, or its kind is the head's. */
    private static boolean fits(String head, Hit t, Discourse discourse) {
        String name = discourse.nameOf(t.iri());
        if (name != null && name.replaceAll("[《》“”]", "").endsWith(head))
            return true;
        String kind = CUES.set("law-word").contains(head) ? "Law" : InstrumentKind.of(head);
        return !kind.equals("Instrument") && ConceptRelationRules.sameKind(kind, t.type()) && !"Instrument".equals(t.type());
    }

    /**
     * The issues the verb at {@code from} and the sub-clauses that go on without a subject of their own take as
     * objects, up to the clause end: each one an addresses fact of {@code subject}.
     */
    private static void objects(String text, List<Hit> hits, Hit subject, int from, int end, int clauseStart, String verb, List<Rel> out) {
        Set<String> issues = new LinkedHashSet<>();
        Set<String> fields = new LinkedHashSet<>();
        boolean firstSub = true;
        boolean interrupted = false;
        for (int sub = from; sub < end; sub = forwardTo(text, sub, SUBCLAUSE_END) + 1) {
            int subEnd = Math.min(end, forwardTo(text, sub, SUBCLAUSE_END));
            String s = text.substring(sub, subEnd);
            List<Hit> inSub = between(hits, sub, subEnd);
            if (interrupted && !omitted().matcher(s).lookingAt())
                break; // after a sub-clause about another text, only a verb of stating goes on with the subject (宣言欢迎《X》，支持A)
            interrupted = false;
            if (inSub.stream().anyMatch(h -> (h.isInstrument() || h.isEvent()) && !h.iri().equals(subject.iri()))) {
                interrupted = true; // what follows another text or event is said of it
                firstSub = false;
                continue;
            }
            Hit opening = firstSub ? null : hitAt(text, inSub, sub);
            if (opening != null && (opening.isActor() || opening.isInstrument() || opening.isEvent()) || !firstSub && (reference().matcher(s).lookingAt() || ProvisionContents.revisionReference().matcher(s).lookingAt()))
                break; // …，欧盟则要求…: another subject takes the clause
            boolean skip = condition().matcher(s).lookingAt();
            Hit previous = null;
            for (Hit h : inSub) {
                if (skip || !h.top().equals("Issue") || ConceptRelationRules.modifier(text, h) || ConceptRelationRules.inPrincipleList(text, sub, h, subEnd)) {
                    previous = null;
                    continue;
                }
                if (between(hits, sub, h.start()).stream().anyMatch(Hit::isActor) && !(firstSub && CUES.set("obliges").contains(verb))) {
                    previous = null;
                    continue; // 支持法国加强A: the actor's act, not what the text covers
                }
                boolean direct = firstSub && (h.start() == sub || previous != null && text.substring(previous.end(), h.start()).matches("^(?:[、和与及]|以及)$"));
                boolean stated = !takenBack().matcher(partiesCommitments().matcher(text.substring(from, h.start())).replaceAll("")).find(); // 明确了中方将采取的行动，涵盖A: a plan anywhere before
                if ((direct || AccordingFrames.inSlot(text, h, sub)) && itemEnd().matcher(text.substring(h.end())).lookingAt() && stated) {
                    issues.add(h.iri());
                    previous = h;
                } else {
                    if (stated && FieldSlots.inField(text, h, sub))
                        fields.add(h.iri()); // 双方愿加强数字经济领域合作, 并就网络安全开展合作: the field the text's provision is about
                    previous = null;
                }
            }
            firstSub = false;
        }
        for (String issue : issues)
            out.add(new Rel(subject.iri(), "addresses", issue, clauseStart, end, 0.6, RULE, false));
        fields.removeAll(issues);
        for (String issue : fields)
            out.add(new Rel(subject.iri(), "addresses", issue, clauseStart, end, 0.6, RULE_FIELD, false));
    }

    /**
     * The parties of the text and the modality of what they commit to in it (双方愿, 各方将, 缔约方应): in a clause of
     * stating whose subject is the text, that is the text's content, not a plan or hope of the text itself.
     */
    private static Pattern partiesCommitments() {
        return CUES.pattern("parties-commitment", () -> CUES.any("party") + CUES.any("adverb") + "*(?:" + takenBack().pattern() + ")");
    }
}

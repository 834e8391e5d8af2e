package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.EventReferences.EVENT_AS_TIME;
import static org.w3id.dgkg.extract.EventReferences.HELD_AFTER;
import static org.w3id.dgkg.extract.EventReferences.bareEventHeads;

import java.util.ArrayList;
import java.util.List;

/**
 * The relation rules of one sentence, wired in reading order: the clause analysis
 * ({@link ClauseAnalysis}) finds each act verb's clause, modality, subjects and agents once; each
 * clause that states a fact goes to the rule family of its act ({@link InstrumentActRules} for issue,
 * sign and propose; {@link MembershipRules} for join and establish; {@link EventParticipationRules} for
 * taking part; {@link ConceptRelationRules} for advocate and oppose); then the rules that need no verb
 * (dates beside events, possessive issuers, membership stated, what an instrument addresses). Also the
 * clause bounds every family shares ({@link #backTo}, {@link #forwardTo}, {@link #between}).
 */
final class RelationRules {
    private final ConceptRelationRules concepts;
    private final ClauseAnalysis analysis;
    private final ActDates actDates;
    private final InstrumentActRules instrumentActs;
    private final MembershipRules membership;
    private final MemberFrames memberFrames;
    private final EventParticipationRules participation;
    private final EmbodiedPrinciples embodied;
    /** The learned model's statements ({@link LearnedRelations}), added after every rule has read the sentence. */
    final LearnedRelations learned;

    RelationRules(RelationCues cues, LearnedRelations learned) {
        this.learned = learned;
        this.concepts = new ConceptRelationRules(cues);
        this.analysis = new ClauseAnalysis(cues);
        this.actDates = new ActDates(cues);
        this.instrumentActs = new InstrumentActRules(cues, concepts, actDates);
        this.membership = new MembershipRules(cues, analysis);
        this.memberFrames = new MemberFrames(cues);
        this.participation = new EventParticipationRules(cues, analysis, actDates);
        this.embodied = new EmbodiedPrinciples(cues);
    }

    /** Proposing verbs after which the act named is only proposed (提出建立, 倡议成立), unlike 牵头组建 or 发起成立. */
    private static java.util.regex.Pattern proposalOnly() {
        return MembershipRules.CUES.pattern("proposal-only", () -> MembershipRules.CUES.any("proposal-only"));
    }

    /** Verbs of endorsement right before an act verb (only adverbs between): the act is endorsed, not done. */
    private static java.util.regex.Pattern endorsed() {
        return MembershipRules.CUES.pattern("endorsed", () -> "(?<!票)" + MembershipRules.CUES.any("endorsed") + MembershipRules.CUES.any("endorsed-adverb")
                + "?$"); // not 以N票赞成通过 (a vote)
    }

    /** One relation: {@code object} is an IRI, or the date value when {@code predicate} is "date". */
    record Rel(String subject, String predicate, String object, int start, int end, double confidence, String rule,
            boolean inferred) {}

    static final String CLAUSE_END = "。；;！？!?\n";
    static final String SUBCLAUSE_END = CLAUSE_END + "，,：:";

    /** Relations of one sentence of a document; {@code discourse} carries what earlier sentences named. */
    List<Rel> apply(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse) {
        StageTimer.Lap lap = StageTimer.start("reading/relations/before");
        dates = DateRules.withDateBefore(text, dates, discourse); // 同月，… / 同日，…: the date of the sentence before
        hits = bareEventHeads(text, hits, discourse);
        EventEditions.markOtherEditions(text, hits, dates, discourse); // 首届论坛于2013年举行: a later 本届论坛 is not it
        lap.close();
        List<Rel> out = apply(text, hits, dates, discourse == null ? new Discourse() : discourse, true);
        lap = StageTimer.start("reading/relations/after");
        if (discourse != null) {
            InstrumentActRules.dropPartiesWhoSigned(out, discourse.signedPairs());
            discourse.sawActorList(MembershipRules.lastActorList(text, hits));
            discourse.saw(text, hits);
            for (Hit h : hits)
                if (h.isEvent() && HELD_AFTER.matcher(text.substring(h.end())).find() && !EVENT_AS_TIME.matcher(text.substring(h.end())).find())
                    discourse.held(h);
            for (Rel r : out)
                if (r.predicate().equals("date") && hits.stream().anyMatch(h -> h.isEvent() && h.iri().equals(r.subject())))
                    discourse.dated(r.subject(), r.object());
        }
        lap.close();
        return out;
    }

    List<Rel> apply(String text, List<Hit> hits, List<DateFinder.Found> dates) {
        return apply(text, hits, dates, null);
    }

    private List<Rel> apply(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse, boolean unused) {
        List<Rel> out = new ArrayList<>();
        Clause previous = null;
        List<Clause> clauses;
        try (StageTimer.Lap lap = StageTimer.start("reading/relations/clauses")) {
            clauses = analysis.clauses(text, hits, discourse);
        }
        StageTimer.Lap clauseLap = StageTimer.start("reading/relations/clause-rules");
        for (Clause c : clauses) {
            boolean proposed = previous != null && proposalOnly().matcher(previous.verb()).matches() && previous.verbEnd() == c.verbStart()
                    && text.lastIndexOf('由', previous.verbStart()) < c.subStart(); // 由X倡议设立: set up on X's proposal
            previous = c;
            if (proposed && (c.act().equals("establish") || c.act().equals("join") || c.act().equals("sign")))
                continue; // 倡议成立Y, 提出建立Y: what is only proposed is set up, joined or signed by nobody yet
            if (c.act().matches("establish|join|sign|issue") && endorsed().matcher(text.substring(Math.max(c.subStart(), c.verbStart() - 6), c.verbStart())).find())
                continue; // 支持成立Y, 欢迎签署Y, 同意共同组建Y: an act endorsed or agreed to is not yet done
            if (c.reported())
                continue; // 据报道，…; 有媒体称…: hearsay the text reports states no act and no stance (ClauseAnalysis.reported)
            if (c.modal() && !concepts.stanceDespiteModality(text, c.subStart(), c.verbStart(), c.act()))
                continue; // a plan, hope, application, negation or condition states no fact (a stance may still hold)
            switch (c.act()) {
                case "issue", "sign", "propose" -> instrumentActs.apply(text, hits, dates, discourse, c, out);
                case "join" -> membership.join(text, hits, c.verb(), c.verbStart(), c.verbEnd(), c.start(), c.subStart(), c.subEnd(),
                        c.subjects(), discourse, out);
                case "establish" -> membership.establish(text, hits, c, out);
                case "participate" -> participation.participate(text, hits, dates, discourse, c, out);
                case "advocate", "oppose" -> concepts.advocateOrOppose(text, hits, c.verb(), c.act().equals("oppose"), c.verbStart(),
                        c.verbEnd(), c.start(), c.subStart(), c.subEnd(), c.agents(), out);
                default -> {}
            }
        }
        clauseLap.close();
        StageTimer.Lap lap = StageTimer.start("reading/relations/sentence-rules");
        timed("reading/relations/sentence-rules/actDates.eventDates", () -> actDates.eventDates(text, hits, dates, discourse, out));
        timed("reading/relations/sentence-rules/participation.bracketParticipants", () -> participation.bracketParticipants(text, hits, out));
        timed("reading/relations/sentence-rules/participation.participantsAtEvent", () -> participation.participantsAtEvent(text, hits, discourse, out));
        timed("reading/relations/sentence-rules/participation.roleUnits", () -> participation.roleUnits(text, hits, discourse, out));
        timed("reading/relations/sentence-rules/instrumentActs.bracketParties", () -> instrumentActs.bracketParties(text, hits, out));
        timed("reading/relations/sentence-rules/instrumentActs.inForce", () -> instrumentActs.inForce(text, hits, discourse, out));
        timed("reading/relations/sentence-rules/membership.partiesListed", () -> membership.partiesListed(text, hits, out)); // 该公约共有N个缔约方，包括A、B等国
        timed("reading/relations/sentence-rules/membership.adherents", () -> membership.adherents(text, hits, discourse, out)); // A、B等N个国家认可了该文件: the adherents of an instrument
        timed("reading/relations/sentence-rules/membership.membersByReference", () -> membership.membersByReference(text, hits, discourse, out));
        timed("reading/relations/sentence-rules/instrumentActs.possessiveIssuers", () -> instrumentActs.possessiveIssuers(text, hits, dates, out));
        timed("reading/relations/sentence-rules/instrumentActs.speakersInText", () -> instrumentActs.speakersInText(text, hits, out));
        timed("reading/relations/sentence-rules/instrumentActs.sponsors", () -> instrumentActs.sponsors(text, hits, discourse, out));
        timed("reading/relations/sentence-rules/OutcomeDocuments.apply", () -> OutcomeDocuments.apply(text, hits, discourse, participation.modality(), out));
        timed("reading/relations/sentence-rules/instrumentActs.signerRoles", () -> instrumentActs.signerRoles(text, hits, discourse, out));
        timed("reading/relations/sentence-rules/instrumentActs.pledges", () -> instrumentActs.pledges(text, hits, out));
        timed("reading/relations/sentence-rules/ActFrames.apply", () -> ActFrames.apply(text, hits, discourse, out)); // 作为《Y》缔约方，A…; 《Y》缔约国A和B; 根据A的提议，…通过了《Y》
        timed("reading/relations/sentence-rules/EventEditions.apply", () -> EventEditions.apply(text, hits, discourse, out));
        timed("reading/relations/sentence-rules/concepts.addresses", () -> concepts.addresses(text, hits, discourse, out));
        timed("reading/relations/sentence-rules/concepts.formerAndLatter", () -> concepts.formerAndLatter(text, hits, out));
        timed("reading/relations/sentence-rules/concepts.addressesOfTopic", () -> concepts.addressesOfTopic(text, hits, discourse, out));
        timed("reading/relations/sentence-rules/CoveredIssues.apply", () -> CoveredIssues.apply(text, hits, discourse, out));
        timed("reading/relations/sentence-rules/StanceRules.apply", () -> StanceRules.apply(text, hits, discourse, out)); // the stances have no verb of RelationCues: once per sentence
        timed("reading/relations/sentence-rules/embodied.apply", () -> embodied.apply(text, hits, discourse, out)); // the principles an instrument states: once per sentence
        timed("reading/relations/sentence-rules/concepts.upheldPrinciples", () -> concepts.upheldPrinciples(text, hits, out));
        timed("reading/relations/sentence-rules/EnumerationRelations.apply", () -> EnumerationRelations.apply(text, hits, discourse, out)); // what a list states about its governor (enumeration-predicates.tsv), after the older rules so that their ids stay on what they find
        timed("reading/relations/sentence-rules/FramedPrinciples.apply", () -> FramedPrinciples.apply(text, hits, out)); // 主张以A和B为核心…: the principles a frame names (after the older rules, whose ids stay)
        timed("reading/relations/sentence-rules/membership.membership", () -> membership.membership(text, hits, out));
        timed("reading/relations/sentence-rules/membership.membersOfBodySetUp", () -> membership.membersOfBodySetUp(text, hits, out));
        timed("reading/relations/sentence-rules/membership.memberLists", () -> membership.memberLists(text, hits, discourse, out));
        timed("reading/relations/sentence-rules/membership.asMember", () -> membership.asMember(text, hits, out));
        timed("reading/relations/sentence-rules/memberFrames.apply", () -> memberFrames.apply(text, hits, discourse, out)); // membership a frame presupposes: 同ORG其他成员国, 以ORG成员身份, 将A增列为ORG成员
        timed("reading/relations/sentence-rules/StanceRules.dropTakenBack", () -> StanceRules.dropTakenBack(text, hits, discourse, out)); // a negated or reported stance states none
        timed("reading/relations/sentence-rules/participation.review", () -> participation.review(text, hits, discourse, out)); // modifiers and governments among the participants
        lap.close();
        return out;
    }

    /** Runs one rule of the sentence, timed as {@code stage}. */
    private static void timed(String stage, Runnable rule) {
        try (StageTimer.Lap lap = StageTimer.start(stage)) {
            rule.run();
        }
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
            if ((stops.indexOf(text.charAt(i)) >= 0 || questionOrAnswer(text, i)) && !insideTitle(text, i) && !insideShortQuote(text, i))
                return i + 1;
        return 0;
    }

    /** The longest quoted name whose commas do not end a clause (“抓住数字机遇，共谋合作发展”国际研讨会); a quoted speech is longer. */
    private static final int SHORT_QUOTE = 16;

    /**
     * Whether the comma at {@code i} lies inside a short quotation (“A，B”) that closes before any full stop: a name or
     * slogan with a comma inside, not a clause boundary. Only commas: a full stop inside quotes ends the sentence anyway.
     */
    static boolean insideShortQuote(String text, int i) {
        char c = text.charAt(i);
        if (c != '，' && c != ',')
            return false;
        int open = text.lastIndexOf('“', i);
        if (open < 0 || text.lastIndexOf('”', i) > open || i - open > SHORT_QUOTE)
            return false;
        int close = text.indexOf('”', i);
        if (close < 0 || close - open > SHORT_QUOTE + 1)
            return false;
        for (int k = open + 1; k < close; k++)
            if ("。；;！？!?：:\n".indexOf(text.charAt(k)) >= 0)
                return false;
        return true;
    }

    /** 问：… 答：…: a press conference's question and answer are separate clauses. */
    private static boolean questionOrAnswer(String text, int i) {
        char c = text.charAt(i);
        return (c == '：' || c == ':') && i > 0 && (text.charAt(i - 1) == '问' || text.charAt(i - 1) == '答');
    }

    static int forwardTo(String text, int pos, String stops) {
        for (int i = pos; i < text.length(); i++)
            if ((stops.indexOf(text.charAt(i)) >= 0 || questionOrAnswer(text, i)) && !insideTitle(text, i) && !insideShortQuote(text, i))
                return i;
        return text.length();
    }
}

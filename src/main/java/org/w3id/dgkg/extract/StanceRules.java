package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;
import static org.w3id.dgkg.extract.RelationRules.insideHit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * {@code advocates} from two constructions of stated positions that name no verb of holding to:
 * <ul>
 * <li>{@value #RULE_EMPHASIS}: an actor (or its proposal, framework, delegation) 强调 or 重申 a principle
 * (七国集团强调数据自由流动…, 中国的治理框架则强调包容、协同发展等共享型发展理念);</li>
 * <li>{@value #RULE_TAKEN_AS}: actors that 均将 a principle 作为 their principle or basis (无论是A、B，
 * 还是C，均将多利益攸关方治理作为治理实践原则).</li>
 * </ul>
 * A subjectless recommendation (应强调…) holds no actor's position and is left out.
 */
final class StanceRules {
    private StanceRules() {}

    static final String RULE_EMPHASIS = "advocates-emphasis";
    static final String RULE_TAKEN_AS = "advocates-taken-as";

    static void apply(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        pronouns(text, hits, discourse, out);
        emphasis(text, hits, out);
        takenAs(text, hits, out);
        expressed(text, hits, out);
        delegates(text, hits, out);
        urged(text, hits, out);
        heldBy(text, hits, out);
        onBehalf(text, hits, out);
        thisMatter(text, hits, out);
    }

    static final String RULE_THIS_MATTER = "opposes-this-matter";

    /**
     * 美方泛化国家安全概念，中方对此坚决反对; 对此，中方坚决反对: the actor that opens the sub-clause of the opposing verb
     * opposes the practices that the sub-clauses before it name (OpposedPractices.thisMatterPractices read them there).
     */
    private static void thisMatter(String text, List<Hit> hits, List<Rel> out) {
        Matcher m = OpposedPractices.thisMatter().matcher(text);
        while (m.find()) {
            int vs = m.start("verb");
            int sub = backTo(text, vs, SUBCLAUSE_END);
            List<Hit> lead = between(hits, sub, vs);
            if (lead.isEmpty() || !lead.get(0).isActor() || !text.substring(sub, lead.get(0).start()).isBlank())
                continue;
            Hit holder = lead.get(0);
            int sentence = backTo(text, m.start(), CLAUSE_END);
            for (Hit p : between(hits, sentence, m.start()))
                if (p.isConcept() && OpposedPractices.RULE.equals(p.rule()))
                    addOnce(out, new Rel(holder.iri(), "opposes", p.iri(), vs, vs + m.group("verb").length(), 0.6, RULE_THIS_MATTER, false));
        }
    }

    /** The words of each slot of the stance rules (ontology/lexicon/stance-cues.tsv). */
    private static final CueWords.Table CUES = CueWords.table("stance-cues.tsv", "StanceRules");

    static final String RULE_HELD_BY = "advocates-held-by";
    /** The verbs of a stance an actor holds, made a relative clause (中方一贯倡导的, 欧盟始终坚持的). */
    /** ACTOR + 一贯倡导的 + principle: the relative clause right before the principle (the enumeration may follow). */
    private static Pattern heldBefore() {
        return CUES.pattern("held-before", () -> "^" + CUES.any("held-adverb") + "*" + CUES.any("held") + "(?:的|之)[“「]?$");
    }

    /** principle + 是/为 + ACTOR + 一贯坚持的 + a word for principle: the principle topicalised. */
    private static Pattern heldAfterActor() {
        return CUES.pattern("held-after", () -> "^" + CUES.any("held-adverb") + "*" + CUES.any("held") + "的(?:[\\u4e00-\\u9fff]{0,4})" + CUES.any("stance-noun"));
    }

    private static Pattern topicLink() {
        return CUES.pattern("topic-link", () -> "^[”」]?(?:" + CUES.any("principle-noun") + ")?" + CUES.any("copula") + "$");
    }

    /**
     * The family of a stance held as a relative clause: 中方一贯倡导的多边主义…, 欧盟始终坚持的以人为本理念 (ACTOR + 倡导的 +
     * principles), and the principle topicalised, 多边主义是中方一贯坚持的原则 (principles + 是 + ACTOR + 坚持的 + 原则/理念).
     * The actor opening the relative clause holds each principle; 所谓 or a report in front takes it back (dropTakenBack).
     */
    private static void heldBy(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit actor = hits.get(i);
            if (!actor.isActor())
                continue;
            List<Hit> after = between(hits, actor.end(), forwardTo(text, actor.end(), SUBCLAUSE_END));
            if (!after.isEmpty() && after.get(0).top().equals("Principle") && heldBefore().matcher(text.substring(actor.end(), after.get(0).start())).matches()) {
                List<Hit> ps = new ArrayList<>(List.of(after.get(0)));
                for (int k = 1; k < after.size() && after.get(k).top().equals("Principle")
                        && NEXT_GAP.matcher(text.substring(ps.get(ps.size() - 1).end(), after.get(k).start())).matches(); k++)
                    ps.add(after.get(k));
                for (Hit p : ps)
                    addOnce(out, new Rel(actor.iri(), "advocates", p.iri(), actor.start(), p.end(), 0.6, RULE_HELD_BY, false));
                continue;
            }
            if (!heldAfterActor().matcher(text.substring(actor.end())).lookingAt())
                continue;
            int sub = backTo(text, actor.start(), SUBCLAUSE_END);
            List<Hit> before = between(hits, sub, actor.start());
            if (before.isEmpty() || !before.get(before.size() - 1).top().equals("Principle")
                    || !topicLink().matcher(text.substring(before.get(before.size() - 1).end(), actor.start())).matches())
                continue;
            List<Hit> ps = new ArrayList<>(List.of(before.get(before.size() - 1)));
            for (int k = before.size() - 2; k >= 0 && before.get(k).top().equals("Principle")
                    && NEXT_GAP.matcher(text.substring(before.get(k).end(), ps.get(0).start())).matches(); k--)
                ps.add(0, before.get(k));
            if (!text.substring(sub, ps.get(0).start()).matches("^[\\s“「]*$"))
                continue; // the principles open the sub-clause: they are its topic
            for (Hit p : ps)
                addOnce(out, new Rel(actor.iri(), "advocates", p.iri(), actor.start(), actor.end(), 0.6, RULE_HELD_BY, false));
        }
    }

    private static void addOnce(List<Rel> out, Rel r) {
        if (out.stream().noneMatch(o -> o.subject().equals(r.subject()) && o.predicate().equals(r.predicate()) && o.object().equals(r.object())))
            out.add(r);
    }

    static final String RULE_URGED = "advocates-urged";

    /**
     * The family of urging: ACTOR + a verb of urging or calling (concept-cues.tsv position urges: 敦促, 促请, 呼吁, 要求)
     * + the parties urged (actors of the registry or 各方, 有关国家…) + modal/adverbs + a verb of keeping to
     * (position keeps: 遵守, 遵循, 尊重, 坚持, 维护…) + principles. The actor that urges advocates the principles it
     * urges others to keep to (中方敦促美方切实遵守市场经济和公平竞争原则); the parties urged hold nothing.
     */
    private static Pattern urging() {
        return Lexicon.cached("stance|urging", () -> {
            String urges = Lexicon.alternation(Lexicon.words("concept-cues.tsv", "position", "urges"));
            String keeps = Lexicon.alternation(Lexicon.words("concept-cues.tsv", "position", "keeps"));
            String party = "(?:\u24b6" + CUES.any("party-of") + "?|[\\u4e00-\\u9fff]{1,4}?" + CUES.any("party-head") + "|" + CUES.any("urged-party") + ")";
            String adverbs = CUES.any("urging-adverb") + "*";
            String modal = CUES.any("urging-modal") + "*";
            return Pattern.compile("^" + adverbs + "(?:在[^，。；]{1,20}?(?:上|中|时))?" + adverbs + "(?:" + urges + ")(?:了)?" + party
                    + "(?:[、和与及]" + party + ")*" + modal + "(?:" + keeps + ")(?:了)?[“「]?$");
        });
    }

    private static void urged(String text, List<Hit> hits, List<Rel> out) {
        for (Hit actor : hits) {
            if (!actor.isActor())
                continue;
            int sub = backTo(text, actor.start(), SUBCLAUSE_END);
            if (!text.substring(sub, actor.start()).matches("^[\\s“”]*$"))
                continue; // the actor opens its sub-clause: it is the one who urges
            int subEnd = forwardTo(text, actor.end(), SUBCLAUSE_END);
            Hit first = null;
            for (Hit h : between(hits, actor.end(), subEnd))
                if (h.top().equals("Principle")) {
                    first = h;
                    break;
                }
            if (first == null)
                continue;
            StringBuilder gap = new StringBuilder(text.substring(actor.end(), first.start()));
            for (Hit a : between(hits, actor.end(), first.start())) { // the parties urged, written as one mark
                if (!a.isActor())
                    gap = null;
                if (gap == null)
                    break;
                gap.replace(a.start() - actor.end(), a.end() - actor.end(), "\u24b6".repeat(a.end() - a.start()));
            }
            if (gap == null)
                continue;
            String g = gap.toString().replaceAll("\u24b6+", "\u24b6");
            Matcher m = urging().matcher(g);
            if (!m.matches())
                continue;
            List<Hit> principles = new ArrayList<>(List.of(first));
            int at = first.end();
            for (Hit h : between(hits, first.end(), subEnd)) {
                if (!h.top().equals("Principle") || !NEXT_GAP.matcher(text.substring(at, h.start())).matches())
                    break;
                principles.add(h);
                at = h.end();
            }
            for (Hit p : principles)
                if (out.stream().noneMatch(r -> r.subject().equals(actor.iri()) && r.predicate().equals("advocates") && r.object().equals(p.iri())))
                    out.add(new Rel(actor.iri(), "advocates", p.iri(), actor.end(), p.end(), 0.6, RULE_URGED, false));
        }
    }

    /** 代表“77国集团和中国”发言的: the group a speaker speaks for, right before the speaker (…的伊拉克代表). */
    private static Pattern forGroupBefore() {
        return CUES.pattern("for-group-before", () -> CUES.any("for-group") + "[“「]?$");
    }
    private static Pattern forGroupAfter() {
        return CUES.pattern("for-group-after", () -> "^[”」]?" + CUES.any("speech") + "的(?:[\\u4e00-\\u9fff]{0,4})$");
    }

    /**
     * 代表“77国集团和中国”发言的伊拉克代表强调…: the group a delegate speaks for holds the delegate's stance too (the
     * stance-delegate rule: a delegation speaks for whom it represents).
     */
    private static void onBehalf(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i + 1 < hits.size(); i++) {
            Hit group = hits.get(i);
            Hit speaker = hits.get(i + 1);
            if (!group.isActor() || !speaker.isActor() || !forGroupBefore().matcher(text.substring(0, group.start())).find()
                    || !forGroupAfter().matcher(text.substring(group.end(), speaker.start())).matches())
                continue;
            for (Rel r : List.copyOf(out))
                if (r.subject().equals(speaker.iri()) && (r.predicate().equals("advocates") || r.predicate().equals("opposes"))
                        && STANCE_RULES.contains(r.rule())
                        && out.stream().noneMatch(o -> o.subject().equals(group.iri()) && o.predicate().equals(r.predicate()) && o.object().equals(r.object())))
                    out.add(new Rel(group.iri(), r.predicate(), r.object(), r.start(), r.end(), 0.6, RULE_DELEGATE, false));
        }
    }

    static final String RULE_DELEGATE = "stance-delegate";
    /** A delegation, representative or spokesperson right after the actor it speaks for: 法国代表团团长, 德国常驻联合国代表, 德国驻华大使. */
    private static Pattern delegate() {
        return CUES.pattern("delegate", () -> "^(?:" + CUES.any("posted") + "[\\u4e00-\\u9fff]{1,6}?)?" + CUES.any("delegate"));
    }

    /** What may stand between the delegate and the verb: where it spoke, adverbs. */
    private static Pattern delegateGap() {
        return CUES.pattern("delegate-gap", () -> "^(?:在[^，。；]{1,20}?(?:上|中|时)|" + CUES.any("occasion") + ")?" + CUES.any("delegate-adverb") + "*$");
    }

    private static Pattern stanceVerb() {
        return CUES.pattern("stance-verb", () -> CUES.any("stance"));
    }

    /** Between the verb and the first concept: the parties called on and their verb (呼吁各国坚持…; 强调，各方应遵循…). */
    private static Pattern called() {
        return CUES.pattern("called", () -> "^(?:了)?(?:[，,：:])?" + CUES.any("called-party") + "?" + CUES.any("called-modal") + "*(" + CUES.any("called-verb")
                + ")?" + CUES.any("called-quantifier") + "?[“「]?$");
    }

    private static Pattern opposing() {
        return CUES.pattern("opposing", () -> CUES.any("opposing"));
    }

    /**
     * 法国代表团团长在会上呼吁各国坚持多边主义: a delegation, representative or spokesperson with no person named speaks for
     * the state or body in front of it (as 伊拉克代表…强调… is 伊拉克's stance). A person named after the title holds the
     * stance instead (the advocates rules), and a stance the sentence already gives is not given twice.
     */
    private static void delegates(String text, List<Hit> hits, List<Rel> out) {
        for (Hit actor : hits) {
            if (!actor.isActor() || "Person".equals(actor.type()))
                continue;
            int sub = backTo(text, actor.start(), SUBCLAUSE_END);
            Matcher d = delegate().matcher(text.substring(actor.end()));
            if (!text.substring(sub, actor.start()).matches("^[\\s“”]*$") || !d.lookingAt())
                continue;
            int from = actor.end() + d.end();
            int clauseEnd = forwardTo(text, from, RelationRules.CLAUSE_END);
            Matcher v = stanceVerb().matcher(text);
            v.region(from, clauseEnd);
            if (!v.find() || !delegateGap().matcher(text.substring(from, v.start())).matches() || !between(hits, from, v.start()).isEmpty())
                continue;
            stanceAfter(text, hits, actor.iri(), v, clauseEnd, RULE_DELEGATE, out);
        }
    }

    /**
     * The stance of {@code holder} stated by the verb {@code v}: the concepts right after it (the parties called on may
     * stand between: 呼吁各国坚持…), an enumeration of them; a principle advocated, or anything opposed. A stance the
     * sentence already gives (to its own holder) is not given twice.
     */
    private static void stanceAfter(String text, List<Hit> hits, String holder, Matcher v, int clauseEnd, String rule, List<Rel> out) {
        Hit first = null;
        for (Hit h : between(hits, v.end(), clauseEnd)) {
            first = h;
            break;
        }
        if (first == null || !first.isConcept())
            return;
        Matcher called = called().matcher(text.substring(v.end(), first.start()));
        if (!called.matches())
            return;
        boolean against = opposing().matcher(v.group()).matches() || called.group(1) != null && opposing().matcher(called.group(1)).matches();
        String pred = against ? "opposes" : "advocates";
        List<Hit> objects = new ArrayList<>(List.of(first));
        int at = first.end();
        for (Hit h : between(hits, first.end(), clauseEnd)) {
            if (!h.isConcept() || !text.substring(at, h.start()).matches("^[”」]?(?:[、和与及]|以及)[“「]?$"))
                break;
            objects.add(h);
            at = h.end();
        }
        for (Hit o : objects) {
            if (!against && !o.top().equals("Principle"))
                continue;
            if (out.stream().anyMatch(r -> r.predicate().equals(pred) && r.object().equals(o.iri())))
                continue; // the sentence already gives this stance to its holder
            out.add(new Rel(holder, pred, o.iri(), v.start(), o.end(), 0.6, rule, false));
        }
    }

    static final String RULE_PRONOUN = "stance-pronoun";
    /**
     * 他在发言中批评…, 她表示，各方应坚持…: a third-person pronoun opening the sub-clause, where it spoke, a verb of
     * saying (the sub-clause after it may open with the parties called on and a modal), then a verb of stance.
     */
    private static Pattern pronounStance() {
        return CUES.pattern("pronoun-stance", () -> "(?:^|[，。；：,;:])" + CUES.any("pronoun") + CUES.any("pronoun-adverb") + "?(?:在[^，。；]{1,20}?(?:中|上|时))?"
                + CUES.any("saying-adverb") + "*(?:" + CUES.any("saying") + "[，,：:]" + CUES.any("saying-party") + "?" + CUES.any("saying-modal") + "?)?"
                + CUES.any("stance-adverb") + "*(?=" + CUES.any("stance") + ")");
    }

    /**
     * 他在发言中批评单边主义、保护主义…: the person a pronoun stands for (the last person named, in this sentence before
     * it or in an earlier one) holds the stance; with no person named so far, nobody does.
     */
    static void pronouns(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        Matcher m = pronounStance().matcher(text);
        while (m.find()) {
            Hit person = discourse == null ? null : discourse.lastPerson();
            for (Hit h : between(hits, 0, m.end()))
                if ("Person".equals(h.type()))
                    person = h;
            if (person == null)
                continue;
            int clauseEnd = forwardTo(text, m.end(), RelationRules.CLAUSE_END);
            Matcher v = stanceVerb().matcher(text);
            v.region(m.end(), clauseEnd);
            if (v.lookingAt())
                stanceAfter(text, hits, person.iri(), v, forwardTo(text, m.end(), SUBCLAUSE_END), RULE_PRONOUN, out);
        }
    }

    static final String RULE_EXPRESSED = "stance-expressed";
    /** 对A(和B)表示反对/支持, 对A持反对态度: the stance comes after what it is about. */
    private static Pattern expressedAfter() {
        return CUES.pattern("expressed", () -> "^[”」]?(?:[、和与及][“「]?[^，。；]{0,0})?(?:等)?(?:的)?" + CUES.any("practice-noun") + "?" + CUES.any("express") + CUES.any("intensifier")
                + "?(?:的)?(" + CUES.any("expressed") + ")" + CUES.any("attitude") + "?");
    }

    private static Pattern expressedLead() {
        return CUES.pattern("expressed-lead", () -> "^(?:在[^，。；]{1,20}?(?:上|中|时))?" + CUES.any("expressed-adverb") + "*(" + CUES.any("stating") + ")?(?:了)?对[“「]?$");
    }
    /** 重申了对A的坚定支持, 重申对A的承诺 (a commitment is a stance for it): after a verb of stating, the stance is a noun. */
    private static Pattern expressedNoun() {
        return CUES.pattern("expressed-noun", () -> "^[”」]?(?:等)?的" + CUES.any("firm") + "?(" + CUES.any("commitment") + ")(?![\\u4e00-\\u9fff]*" + CUES.any("weakening") + ")");
    }

    /** 法国对单边主义表示反对; 法国对多边主义表示支持: the actor opening the sub-clause, 对 + concepts + a verb of stance. */
    private static void expressed(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit actor = hits.get(i);
            if (!actor.isActor())
                continue;
            int sub = backTo(text, actor.start(), SUBCLAUSE_END);
            if (!text.substring(sub, actor.start()).matches("^[\\s“”]*$"))
                continue;
            List<Hit> concepts = new ArrayList<>();
            int at = actor.end();
            boolean stated = false;
            for (int j = i + 1; j < hits.size(); j++) {
                Hit c = hits.get(j);
                String gap = text.substring(at, c.start());
                Matcher lead = expressedLead().matcher(gap);
                if (!c.isConcept() || !(concepts.isEmpty() ? lead.matches() : gap.matches("^[”」]?[、和与及][“「]?$")))
                    break;
                if (concepts.isEmpty())
                    stated = lead.group(1) != null;
                concepts.add(c);
                at = c.end();
            }
            if (concepts.isEmpty())
                continue;
            Matcher m = (stated ? expressedNoun() : expressedAfter()).matcher(text.substring(at));
            if (!m.lookingAt())
                continue;
            boolean against = opposing().matcher(m.group(1)).matches();
            for (Hit c : concepts)
                if (against || c.top().equals("Principle"))
                    out.add(new Rel(actor.iri(), against ? "opposes" : "advocates", c.iri(), actor.start(), at + m.end(), 0.6, RULE_EXPRESSED, false));
        }
    }

    /** A stance taken back in front of its verb: 并不支持, 从未倡导, 不反对 (the verb's sub-clause ends with the negation). */
    /** The words between a body and a person that make the body part of the person's title: 外交部网络和数字事务协调员. */
    private static final Pattern TITLE_GAP = Pattern.compile("^[\\u4e00-\\u9fff、]{0,20}$");

    /**
     * 中国代表团团长、外交部…协调员王磊呼吁…: a body that opens the title of the person who speaks holds no stance of
     * its own there; when the person is given the same stance, the body's is dropped.
     */
    private static boolean qualifiesSpeaker(String text, List<Hit> hits, Rel r, List<Rel> stances) {
        for (Hit body : hits) {
            if (!body.iri().equals(r.subject()) || !body.isActor() || "Person".equals(body.type()))
                continue;
            if (postedAt().matcher(text.substring(0, body.start())).find() && delegate().matcher(text.substring(body.end())).lookingAt()
                    && stances.stream().anyMatch(o -> !o.subject().equals(r.subject()) && o.predicate().equals(r.predicate()) && o.object().equals(r.object())))
                return true; // 德国常驻联合国代表反对…: where the delegate is posted holds no stance
            for (Hit person : hits) {
                if (!"Person".equals(person.type()) || person.start() < body.end())
                    continue;
                String gap = text.substring(body.end(), person.start());
                if (!TITLE_GAP.matcher(gap).matches() || !endsWithRole(gap))
                    continue;
                if (stances.stream().anyMatch(o -> o.subject().equals(person.iri()) && o.predicate().equals(r.predicate()) && o.object().equals(r.object())))
                    return true;
            }
        }
        return false;
    }

    /** 常驻联合国代表, 驻华大使: the body or place a delegate is posted at, right before it. */
    private static Pattern postedAt() {
        return CUES.pattern("posted-at", () -> CUES.any("posted") + "$");
    }

    private static boolean endsWithRole(String gap) {
        for (String role : Lexicon.words("role-words.tsv", "kind", "role"))
            if (gap.endsWith(role))
                return true;
        return false;
    }

    private static Pattern negated() {
        return CUES.pattern("negated", () -> CUES.any("negation") + CUES.any("negation-aux") + "?" + CUES.any("negation-adverb") + "*$");
    }

    /** A journalist's question (问：…, or a sentence that asks): it states nobody's stance. */
    private static Pattern question() {
        return CUES.pattern("question", () -> questionOpens().pattern() + "|[？?]\\s*$");
    }

    /** 问：…, 问（路透社记者）：…: the question cue opening the sentence, the asker in brackets after it. */
    private static Pattern questionOpens() {
        return CUES.pattern("question-opens", () -> "^\\s*(?:\\d+[.．、]\\s*)?" + CUES.any("question") + "(?:[（(][^）)]{1,20}[）)])?[：:]");
    }
    private static final java.util.Set<String> STANCE_RULES = java.util.Set.of("advocates", "opposes", "advocates-upheld", RULE_EMPHASIS,
            RULE_TAKEN_AS, RULE_EXPRESSED, RULE_DELEGATE, RULE_PRONOUN, RULE_URGED, RULE_HELD_BY, RULE_THIS_MATTER, EnumerationRelations.RULE_ADVOCATES,
            FramedPrinciples.RULE_ADVOCATES);

    /**
     * Drops the stances the sentence takes back or only reports: a negation right before the verb (法国并不支持…),
     * a report of others' views or a claim the text distances itself from, for every rule of a stance or principle
     * ({@link ClauseAnalysis#reported}: 据报道，…; 有观点认为，…; 美国声称…), a so-called name (所谓“X”), a journalist's
     * question (问：…；…？), and an {@code advocates} whose object
     * is no principle (the ontology's range: 主张反对单边主义 advocates no 单边主义).
     */
    static void dropTakenBack(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        if (asked(text, discourse)) // 问：美方称坚持多边主义，中方对此有何评论？
            out.removeIf(r -> STANCE_PREDICATES.contains(r.predicate()));
        List<Rel> stances = new ArrayList<>(out);
        out.removeIf(r -> STANCE_RULES.contains(r.rule()) && qualifiesSpeaker(text, hits, r, stances));
        out.removeIf(r -> STANCE_RULES.contains(r.rule()) && urgedParty(text, hits, r.subject()));
        out.removeIf(r -> {
            if (!STANCE_RULES.contains(r.rule()) || r.start() < 0 || r.start() > text.length())
                return false;
            if (r.predicate().equals("advocates") && hits.stream().anyMatch(h -> h.iri().equals(r.object()) && h.top().equals("Issue"))
                    && hits.stream().noneMatch(h -> h.iri().equals(r.object()) && h.top().equals("Principle")))
                return true;
            int sub = backTo(text, r.start(), SUBCLAUSE_END);
            String lead = text.substring(sub, r.start());
            return negated().matcher(lead).find();
        });
        // whatever rule read it: a stance or principle in a clause that only reports others' words (ClauseAnalysis.reported),
        // or held of a name written in their words (所谓“X”)
        out.removeIf(r -> STANCE_PREDICATES.contains(r.predicate()) && r.start() >= 0 && r.start() <= text.length()
                && (ClauseAnalysis.reported(text, hits, r.start()) || soCalled(text, hits, r.subject()) || soCalled(text, hits, r.object())
                        || !r.predicate().equals("embodies") && heldBeforeEvidence(text, hits, r))); // 《X》体现了P: the text's own verb
        List<Rel> all = new ArrayList<>(out);
        out.removeIf(r -> r.predicate().equals("advocates") && statedByText(text, hits, r, all));
        out.removeIf(r -> (r.predicate().equals("advocates") || r.predicate().equals("opposes")) && spokenByText(text, hits, r));
        List<Rel> kept = new ArrayList<>(out);
        out.removeIf(r -> (r.predicate().equals("advocates") || r.predicate().equals("opposes")) && ownersText(text, hits, r, kept));
        out.removeIf(r -> (r.predicate().equals("advocates") || r.predicate().equals("opposes")) && STANCE_RULES.contains(r.rule())
                && textOpensSubclause(text, hits, r));
        discourse.lastStanceHolder = lastHolder(hits, out, discourse.lastStanceHolder);
    }

    private static final Set<String> STANCE_PREDICATES = Set.of("advocates", "opposes", "embodies");

    /** Between an owner and its text written after it: nothing, 的, an opening quote or title mark (欧盟《X》, 欧盟的“X”). */
    private static final Pattern OWNER_GLUE = Pattern.compile("^的?[《“「]?$");

    /**
     * 欧盟《X》奉行P, 欧盟的《X》坚持P: when the subject of the stance is a text written with its owner before it, the text
     * states the principle ({@code embodies}), the owner holds no stance of its own. The owner's nearest name before the
     * concept in its clause is glued to an instrument, and that instrument embodies the principle (advocates), or stands
     * in the concept's sub-clause with no actor between them (opposes: a text opposes nothing in the ontology).
     */
    private static boolean ownersText(String text, List<Hit> hits, Rel r, List<Rel> facts) {
        for (Hit p : hits) {
            if (!p.iri().equals(r.object()))
                continue;
            int clause = backTo(text, p.start(), CLAUSE_END);
            Hit owner = null;
            for (Hit a : between(hits, clause, p.start()))
                if (a.iri().equals(r.subject()))
                    owner = a;
            if (owner == null)
                continue;
            Hit x = null;
            for (Hit h : between(hits, owner.end(), p.start()))
                if (h.isInstrument() && OWNER_GLUE.matcher(text.substring(owner.end(), h.start())).matches()) {
                    x = h;
                    break;
                }
            if (x == null)
                continue;
            Hit inst = x;
            if (between(hits, inst.end(), p.start()).stream().anyMatch(Hit::isActor))
                continue; // 欧盟《X》生效后，德国坚持…: an actor of its own holds the stance
            if (r.predicate().equals("advocates") ? facts.stream().anyMatch(e -> e.predicate().equals("embodies") && e.subject().equals(inst.iri())
                    && e.object().equals(r.object())) : backTo(text, p.start(), SUBCLAUSE_END) <= inst.start())
                return true;
        }
        return false;
    }

    /** Between a text opening a sub-clause and the verb of that sub-clause: no 的 (《X》的框架下 is a frame), a few words. */
    private static final Pattern TEXT_TO_VERB = Pattern.compile("^[》”」]?[^，,。；;的]{0,12}$");

    /** A verb of saying closing the sub-clause before (表示，). */
    private static Pattern saidBefore() {
        return CUES.pattern("said-before", () -> CUES.any("saying") + "[，,：:]\\s*$");
    }

    /**
     * 中方提出《倡议》，《倡议》呼吁各国秉持A: a stance whose verb stands in a sub-clause that opens with a text (its name or a
     * short reference to it), no actor between, is what the text states; the actor of an earlier sub-clause, carried over as
     * the subject, holds no stance there (the text {@code embodies} the principle, by the rules of texts).
     */
    private static boolean textOpensSubclause(String text, List<Hit> hits, Rel r) {
        if (r.start() < 0 || r.start() > text.length())
            return false;
        int sub = backTo(text, r.start(), SUBCLAUSE_END);
        List<Hit> lead = between(hits, sub, r.start());
        if (lead.isEmpty() || !lead.get(0).isInstrument() || !text.substring(sub, lead.get(0).start()).matches("^[\\s“「《]*$"))
            return false;
        Hit x = lead.get(0);
        if (saidBefore().matcher(text.substring(0, sub)).find())
            return false; // 马克龙表示，《X》遵循A: the speaker states the text's principle as his own position too
        if (lead.stream().anyMatch(Hit::isActor))
            return false; // 《X》通过后中国坚持…: an actor of the sub-clause holds the stance
        return TEXT_TO_VERB.matcher(text.substring(x.end(), r.start())).matches();
    }

    /** The longest a journalist's question runs over sentences with no question mark (问：A。B。C？). */
    private static final int QUESTION_SENTENCES = 4;

    /** A speaker's turn opening the sentence (答：, 汪文斌：): a short label before a colon, grammar. */
    private static final Pattern TURN = Pattern.compile("^\\s*[^，,。；;：:“”《》\\s]{1,12}[：:]");

    /**
     * Whether the sentence is (part of) a journalist's question: it opens with the question cue or ends with a question
     * mark, or it goes on a question opened in a sentence before that has not ended (no question mark yet, no new
     * speaker's turn, at most {@value #QUESTION_SENTENCES} sentences). Remembers for the next sentence.
     */
    private static boolean asked(String text, Discourse discourse) {
        boolean opens = questionOpens().matcher(text).find();
        boolean goesOn = !opens && discourse.questionLeft > 0 && !TURN.matcher(text).find();
        boolean asked = opens || goesOn || question().matcher(text).find();
        boolean ends = text.strip().matches("(?s).*[？?][”」]?$");
        discourse.questionLeft = ends || !(opens || goesOn) ? 0 : opens ? QUESTION_SENTENCES : discourse.questionLeft - 1;
        return asked;
    }

    /**
     * A stance whose holder is named only in front of a verb of evidence, its object after it (A的加入表明B坚持P: P is
     * not A's): ClauseAnalysis.evidenceEnd.
     */
    private static boolean heldBeforeEvidence(String text, List<Hit> hits, Rel r) {
        for (Hit o : hits) {
            if (!o.iri().equals(r.object()))
                continue;
            int clause = backTo(text, o.start(), CLAUSE_END);
            int cut = ClauseAnalysis.evidenceEnd(text, hits, clause, o.start());
            if (cut < 0)
                return false;
            boolean before = false;
            for (Hit s : between(hits, clause, o.start()))
                if (s.iri().equals(r.subject())) {
                    if (s.start() >= cut)
                        return false;
                    before = true;
                }
            return before;
        }
        return false;
    }

    /**
     * 学者发布《报告》，主张以透明度为核心…; 与会成员发表《宣言》，重申致力于负责任的人工智能: a stance in a sub-clause with no
     * subject of its own, right after the act that made a text public, is what the text states (it {@code embodies} the
     * principle, by whichever rule read it), not a stance of the actor that made it public.
     */
    private static boolean statedByText(String text, List<Hit> hits, Rel r, List<Rel> facts) {
        for (Hit p : hits) {
            if (!p.iri().equals(r.object()))
                continue;
            int clause = backTo(text, p.start(), CLAUSE_END);
            int sub = backTo(text, p.start(), SUBCLAUSE_END);
            for (Hit x : between(hits, clause, sub)) {
                if (!x.isInstrument() || facts.stream().noneMatch(e -> e.predicate().equals("embodies") && e.subject().equals(x.iri()) && e.object().equals(r.object())))
                    continue;
                if (between(hits, x.end(), p.start()).stream().anyMatch(Hit::isActor))
                    continue; // 《X》发布后，中国呼吁…: the actor speaks in its own sub-clause
                int xSub = backTo(text, x.start(), SUBCLAUSE_END);
                for (Hit a : between(hits, xSub, x.start()))
                    if (a.iri().equals(r.subject()) && madePublic().matcher(text.substring(a.end(), x.start())).find())
                        return true;
            }
        }
        return false;
    }

    /**
     * 本报告主张…, 本白皮书认为，应坚持…, 该文件倡导…: a stance whose subject is the text itself (stance-cues.tsv kind
     * text-self) is what the text says, no stance of its publisher, its speaking body or an actor named before it
     * (中国信息通信研究院表示，本白皮书主张…). An actor named between the text and the concept is the stance's own
     * subject (本报告中，中国倡导…), and a text in a frame (在本报告中, 根据该文件: kind text-self-frame) is no subject.
     */
    private static boolean spokenByText(String text, List<Hit> hits, Rel r) {
        for (Hit p : hits)
            if (p.iri().equals(r.object()) && textSpeaks(text, hits, backTo(text, p.start(), CLAUSE_END), p.start()))
                return true;
        return false;
    }

    /**
     * Whether the text itself (kind text-self, not in a frame) is the subject of what stands at {@code to}: it is named
     * in [{@code from}, {@code to}) with no actor after it (an actor right there is the subject, 本报告中，中国倡导…).
     */
    static boolean textSpeaks(String text, List<Hit> hits, int from, int to) {
        Matcher m = textSelf().matcher(text.substring(from, to));
        int at = -1;
        int end = -1;
        while (m.find())
            if (wordStarts(text, from + m.start())) {
                at = from + m.start();
                end = from + m.end();
            }
        if (at < 0 || textSelfFrame().matcher(text.substring(backTo(text, at, SUBCLAUSE_END), at)).find())
            return false;
        int self = at;
        return between(hits, end, to).stream().noneMatch(Hit::isActor) && hits.stream().noneMatch(h -> h.isActor() && h.start() <= self && h.end() > self);
    }

    /** Whether a word of the segmenter starts at {@code at} (本文 in 日本文化 does not). */
    private static boolean wordStarts(String text, int at) {
        for (com.hankcs.hanlp.seg.common.Term t : Segmenter.terms(text))
            if (t.offset == at)
                return true;
        return false;
    }

    private static Pattern textSelf() {
        return CUES.pattern("text-self", () -> CUES.any("text-self"));
    }

    /** A preposition right before the text that makes it a frame, not the subject (在本报告中, 根据该文件). */
    private static Pattern textSelfFrame() {
        return CUES.pattern("text-self-frame", () -> CUES.any("text-self-frame") + "\\s*$");
    }

    /** The act that makes a text public right before its name: 发布《X》, 发表了《X》. */
    private static Pattern madePublic() {
        return CUES.pattern("made-public", () -> CUES.any("made-public") + "(?:了)?[《“「]?$");
    }

    /** The holder of the sentence's last stance, for a sentence after it that leaves its subject out (ClauseAnalysis). */
    private static Hit lastHolder(List<Hit> hits, List<Rel> out, Hit carried) {
        Rel last = null;
        for (Rel r : out)
            if ((r.predicate().equals("advocates") || r.predicate().equals("opposes")) && (last == null || r.start() >= last.start()))
                last = r;
        if (last == null)
            return null;
        for (Hit h : hits)
            if (h.iri().equals(last.subject()) && h.isActor())
                return h;
        return carried != null && carried.iri().equals(last.subject()) ? carried : null;
    }

    /** Every mention of {@code iri} in the sentence is a so-called name (所谓“X”); false when none is. */
    private static boolean soCalled(String text, List<Hit> hits, String iri) {
        boolean any = false;
        for (Hit h : hits)
            if (h.iri().equals(iri)) {
                if (!ClauseAnalysis.soCalled(text, h))
                    return false;
                any = true;
            }
        return any;
    }

    /** A verb of urging right before an actor: 敦促日本, 呼吁各方和美方 (concept-cues.tsv position urges). */
    private static Pattern urgedBefore() {
        return Lexicon.cached("stance|urged-before", () -> Pattern.compile(
                "(?:" + Lexicon.alternation(Lexicon.words("concept-cues.tsv", "position", "urges")) + ")(?:了)?(?:[\\u4e00-\\u9fff]{1,8}?[、和与及])?$"));
    }

    /**
     * 德国敦促日本坚持多边主义, 我们敦促日方摒弃…: the party urged (an actor right after a verb of urging in its sub-clause)
     * holds no stance, whether the one who urges is named or not; the one who urges does (advocates-urged, advocates).
     */
    private static boolean urgedParty(String text, List<Hit> hits, String subject) {
        for (Hit h : hits) {
            if (!h.iri().equals(subject) || !h.isActor())
                continue;
            int sub = backTo(text, h.start(), SUBCLAUSE_END);
            String lead = text.substring(sub, h.start());
            if (urgedBefore().matcher(lead).find())
                return true; // whoever urges — another actor, 我们, or the speaker of a briefing — the party urged holds nothing
        }
        return false;
    }

    /** What may stand between the actor and 强调: its proposal, framework or delegation, where it spoke (在会上), and adverbs. */
    private static Pattern holderTail() {
        return CUES.pattern("holder-tail", () -> "^(?:的)?(?:[\\u4e00-\\u9fff]{0,8}?" + CUES.any("holder-head") + ")?" + CUES.any("emphasis-adverb") + "*"
                + "(?:在[^，。；]{1,12}?(?:上|中|时))?" + CUES.any("emphasis-adverb") + "*$");
    }
    /** What may stand between 强调 and the principle: 了, 致力于 (重申致力于…), an enumeration closed by 等 (包容、协同发展等). */
    private static Pattern emphasisGap() {
        return CUES.pattern("emphasis-gap", () -> "^(?:了)?" + CUES.any("committing") + "?(?:[“「]|[\\u4e00-\\u9fff]{1,6}(?:、|等))*$");
    }
    /** Verbs of stressing a position: 强调, 重申 (reaffirm). */
    private static Pattern emphasisVerb() {
        return CUES.pattern("emphasis-verb", () -> CUES.any("emphasis"));
    }
    /** 重申包容公平非歧视基本原则: a few words before the principle, and a word for principle after it. */
    private static final Pattern QUALIFIED = Pattern.compile("^(?:了)?[\\u4e00-\\u9fff]{1,4}$");
    private static Pattern namedAsPrinciple() {
        return CUES.pattern("named-as-principle", () -> "^(?:的)?" + CUES.any("principle-qualifier") + "?" + CUES.any("principle-noun"));
    }
    private static final Pattern NEXT_GAP = Pattern.compile("^(?:[”」]?[、和与及][“「]?)$");

    private static void emphasis(String text, List<Hit> hits, List<Rel> out) {
        Matcher v = emphasisVerb().matcher(text);
        while (v.find()) {
            int vs = v.start();
            int ve = v.end();
            if (insideHit(hits, vs))
                continue;
            int sub = backTo(text, vs, SUBCLAUSE_END);
            List<String> holders = new ArrayList<>();
            int at = sub;
            for (Hit h : between(hits, sub, vs)) {
                String gap = text.substring(at, h.start());
                if (!h.isActor() || !(holders.isEmpty() ? gap.matches("^[\\s“”]*$") : gap.matches("^[、和与及]$")))
                    break;
                holders.add(h.iri());
                at = h.end();
            }
            if (holders.isEmpty() || !holderTail().matcher(text.substring(at, vs)).matches())
                continue;
            int subEnd = forwardTo(text, ve, SUBCLAUSE_END);
            int from = ve;
            boolean first = true;
            for (Hit h : between(hits, ve, subEnd)) {
                String gap = text.substring(from, h.start());
                boolean named = first && QUALIFIED.matcher(gap).matches() && namedAsPrinciple().matcher(text.substring(h.end())).lookingAt();
                if (!h.top().equals("Principle") || !(first ? emphasisGap().matcher(gap).matches() || named : NEXT_GAP.matcher(gap).matches()))
                    break;
                for (String a : holders)
                    out.add(new Rel(a, "advocates", h.iri(), vs, h.end(), 0.6, RULE_EMPHASIS, false));
                from = h.end();
                first = false;
            }
        }
    }

    /** 均将P作为…原则/理念/基础: P is held as a principle by the clause's actors. */
    private static Pattern takenAsPattern() {
        return CUES.pattern("taken-as", () -> CUES.any("taken-as-adverb") + "将([^，。；]{2,20}?)" + CUES.any("taken-as-verb") + "[^，。；]{0,10}?" + CUES.any("basis-noun"));
    }
    /** An actor that only qualifies what follows it: 联合国主导下的…, 中国的…. */
    private static Pattern qualifies() {
        return CUES.pattern("qualifies", () -> "^(?:的|" + Lexicon.alternation(CUES.set("qualifies")) + ")");
    }

    private static void takenAs(String text, List<Hit> hits, List<Rel> out) {
        Matcher m = takenAsPattern().matcher(text);
        while (m.find()) {
            List<Hit> principles = new ArrayList<>();
            for (Hit h : between(hits, m.start(1), m.end(1)))
                if (h.top().equals("Principle"))
                    principles.add(h);
            if (principles.isEmpty())
                continue;
            int clauseStart = backTo(text, m.start(), CLAUSE_END);
            Set<String> holders = new LinkedHashSet<>();
            for (Hit h : between(hits, clauseStart, m.start()))
                if (h.isActor() && !qualifies().matcher(text.substring(h.end())).lookingAt())
                    holders.add(h.iri());
            for (String a : holders)
                for (Hit p : principles)
                    out.add(new Rel(a, "advocates", p.iri(), m.start(), m.end(), 0.6, RULE_TAKEN_AS, false));
        }
    }
}

package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.ClauseAnalysis.COORDINATOR;
import static org.w3id.dgkg.extract.ClauseAnalysis.groupWord;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;
import static org.w3id.dgkg.extract.RelationRules.insideHit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * Membership presupposed by the frame an organisation's member noun stands in, whatever the verb of the clause:
 * A同ORG其他成员国一道… (the subject is one of the members the phrase calls "the other"), A以ORG成员(国)身份… (the
 * subject acts in its capacity as a member), 将A、B增列为(该)ORG的成员(单位) (the pivot of a disposal construction made a
 * member). Only bodies have members (organisations, forums, alliances: never a state, a person or a company); the words
 * of each slot are data (membership-cues.tsv), the constructions are grammar.
 */
final class MemberFrames {
    static final String OTHER_MEMBERS = "member-other";
    static final String CAPACITY = "member-capacity";
    static final String MADE_MEMBER = "member-made";

    private static final CueWords.Table CUES = MembershipRules.CUES;
    private final Pattern blockBefore;

    MemberFrames(RelationCues cues) {
        this.blockBefore = cues.modalBefore;
    }

    /** An ordinal or a count before a member noun (第11个成员国, 两个创始成员国): grammar, numbers only. */
    static final String ORDINAL = "(?:第?[\\d一二三四五六七八九十两]+[个批])?";

    /** A member noun after the body: 的, an ordinal, a modifier (正式, 创始), then the noun (成员国, 成员单位). */
    private static String memberNoun() {
        return "[”」》]?(?:的)?" + ORDINAL + CUES.any("member-modifier") + "?(?!" + CUES.any("member-body") + ")" + CUES.any("member-noun");
    }

    private static Pattern otherMembers() {
        return CUES.pattern("other-members", () -> "^[”」》]?(?:的)?" + CUES.any("other") + CUES.any("member-noun"));
    }

    private static Pattern comitativeBefore() {
        return CUES.pattern("comitative", () -> "(?:" + CUES.any("comitative") + "|和|与)[“「《]?$");
    }

    private static Pattern capacityAfter() {
        return CUES.pattern("capacity", () -> "^" + memberNoun() + CUES.any("capacity"));
    }

    private static Pattern capacityBefore() {
        return CUES.pattern("capacity-lead", () -> CUES.any("capacity-lead") + "[“「《]?$");
    }

    /** A bare member noun closing the fronted capacity phrase, then the comma (作为ORG的正式成员，). */
    private static Pattern frontedAfter() {
        return CUES.pattern("capacity-fronted-after", () -> "^" + memberNoun() + "[”」》]?[，,]");
    }

    /** The preposition of a fronted capacity at the start of its sentence or clause (作为ORG…). */
    private static Pattern frontedBefore() {
        return CUES.pattern("capacity-fronted", () -> "^\\s*" + CUES.any("capacity-fronted") + "[“「《]?$");
    }

    /** 为(该)ORG: 为, then a pointing word or 其 may stand before the body or the head that refers to it. */
    private static Pattern madeAs() {
        return CUES.pattern("made-as", () -> "^[\\u4e00-\\u9fff]{0,3}?为(?:" + CUES.any("pointer") + ")?[“「《]?$");
    }

    private static Pattern disposal() {
        return CUES.pattern("disposal", () -> CUES.any("disposal") + "[“「《]?$");
    }

    /** A bare head that refers to a body named before (该工作机制的成员单位): the head in group 1. */
    private static Pattern referredBody() {
        return CUES.pattern("referred-body", () -> "^([\\u4e00-\\u9fff]{2,6}?)(?=" + memberNoun() + ")");
    }

    static boolean body(Hit h) {
        return h != null && h.isActor() && !"State".equals(h.type()) && !"Person".equals(h.type()) && !"Company".equals(h.type());
    }

    void apply(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit org = hits.get(i);
            if (!body(org))
                continue;
            String after = text.substring(org.end());
            int subStart = backTo(text, org.start(), SUBCLAUSE_END);
            String lead = text.substring(subStart, org.start());
            Matcher other = otherMembers().matcher(after);
            Matcher prep = comitativeBefore().matcher(lead);
            if (other.lookingAt() && prep.find()) {
                // 中方愿同上合组织其他成员国一道…: the subject is one of the members; a plan or hope does not undo that
                for (Hit m : subjectsBefore(text, hits, subStart, subStart + prep.start(), org))
                    out.add(new Rel(m.iri(), "memberOf", org.iri(), m.start(), org.end() + other.end(), 0.7, OTHER_MEMBERS, false));
                continue;
            }
            Matcher capacity = capacityAfter().matcher(after);
            Matcher as = capacityBefore().matcher(lead);
            if (capacity.lookingAt() && as.find() && !blockBefore.matcher(lead.substring(0, as.start())).find()) {
                // 巴西以金砖国家成员身份出席会议: the subject acts as a member
                for (Hit m : subjectsBefore(text, hits, subStart, subStart + as.start(), org))
                    out.add(new Rel(m.iri(), "memberOf", org.iri(), m.start(), org.end() + capacity.end(), 0.7, CAPACITY, false));
                continue;
            }
            Matcher fronted = frontedAfter().matcher(after);
            if (fronted.lookingAt() && frontedBefore().matcher(lead).find()) {
                // 作为FIDO联盟成员，谷歌和微软已…: the actors that open the next clause act as members
                int from = org.end() + fronted.end();
                for (Hit m : subjectsAfter(text, hits, from, org))
                    out.add(new Rel(m.iri(), "memberOf", org.iri(), subStart, m.end(), 0.7, CAPACITY, false));
            }
        }
        madeMembers(text, hits, discourse, out);
        appositions(text, hits, out);
        newMembers(text, hits, out);
    }

    static final String NEW_MEMBER = "member-new";

    /** After the body: a verb of gaining a member (membership-cues kind gaining: 迎来, 新增), then 新成员 or an ordinal member noun. */
    private static Pattern gainedAfter() {
        return CUES.pattern("gained-member", () -> "^[”」》]?(?:" + CUES.any("copula-adverb") + "|" + CUES.any("copula-time") + ")*" + CUES.any("gaining")
                + "了?(?:" + CUES.any("member-modifier") + ")?" + ORDINAL + "(?:" + CUES.any("member-modifier") + ")?" + CUES.any("member-noun")
                + "(?:[，,]?" + CUES.any("gained-list") + "|[：:])?[“「]?");
    }

    /** After the body: the verb of gaining alone, the actors following it (ORG新增了A和B两个成员国). */
    private static Pattern gainingVerb() {
        return CUES.pattern("gaining-verb", () -> "^[”」》]?(?:" + CUES.any("copula-adverb") + "|" + CUES.any("copula-time") + ")*" + CUES.any("gaining")
                + "了?[“「]?");
    }

    /** After the actors gained: a count and the member noun that closes them (两个成员国, 等3个新成员). */
    private static Pattern gainedCount() {
        return CUES.pattern("gained-count", () -> "^[”」》]?等?[\\d一二三四五六七八九十两]+[个名家](?:" + CUES.any("member-modifier") + ")?"
                + CUES.any("member-noun"));
    }

    /** A sub-clause opening with a preposition of circumstance (membership-cues kind joining-lead: 随着) then the actors and 的加入. */
    private static Pattern joiningLead() {
        return CUES.pattern("joining-lead", () -> "^\\s*" + CUES.any("joining-lead") + "[“「]?$");
    }

    private static final Pattern JOINING_TAIL = Pattern.compile("^[”」》]?的(?:正式|相继|陆续|先后)?加入[，,]");

    /** 恢复(了)A的成员资格: the verb of restoring (membership-cues kind restoring) before the actor, 的 and the standing after it. */
    private static Pattern restoredBefore() {
        return CUES.pattern("restoring", () -> "^[”」》]?(?:于[\\d年月日底初]{2,12})?(?:" + CUES.any("copula-adverb") + ")*" + CUES.any("restoring") + "了?[“「]?$");
    }

    private static final Pattern STANDING_AFTER = Pattern.compile("^[”」》]?(?:在[^，。；]{2,20}?)?的(?:" + "正式)?(?:成员国|成员|会员国|会员)?(?:资格|地位|身份)");

    /**
     * Membership from a frame of gaining a member: ORG迎来新成员A(和B) (the actors right after the member noun), 随着A和B的加入，ORG…
     * (the first body of the clause after the comma), ORG恢复(了)A的成员资格 (the actor whose standing the body restores).
     * A plan or hope before the body (modality cues) states none; 暂停, 中止 are no verbs of restoring.
     */
    private void newMembers(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit org = hits.get(i);
            if (!body(org))
                continue;
            int subStart = backTo(text, org.start(), SUBCLAUSE_END);
            if (blockBefore.matcher(text.substring(subStart, org.start())).find())
                continue;
            Matcher gained = gainedAfter().matcher(text.substring(org.end()));
            if (gained.lookingAt())
                for (Hit m : subjectsAfter(text, hits, org.end() + gained.end(), org))
                    if (m.isActor() && !"Person".equals(m.type()))
                        out.add(new Rel(m.iri(), "memberOf", org.iri(), org.start(), m.end(), 0.7, NEW_MEMBER, false));
            Matcher verb = gainingVerb().matcher(text.substring(org.end()));
            if (!gained.lookingAt() && verb.lookingAt()) {
                // ORG新增了A和B两个成员国: the actors between the verb and the count of members
                // (subjectsAfter stops at 瑞典两个成员国, a state before a count: here the count closes the actors gained)
                List<Hit> gainedActors = new ArrayList<>();
                int from = org.end() + verb.end();
                for (Hit h : hits) {
                    if (h.start() < from)
                        continue;
                    if (!h.isActor() || "Person".equals(h.type()) || h.iri().equals(org.iri())
                            || !(gainedActors.isEmpty() ? text.substring(from, h.start()).matches("[\\s“「]*")
                                    : COORDINATOR.matcher(text.substring(gainedActors.get(gainedActors.size() - 1).end(), h.start())).matches()))
                        break;
                    gainedActors.add(h);
                }
                if (!gainedActors.isEmpty() && gainedCount().matcher(text.substring(gainedActors.get(gainedActors.size() - 1).end())).lookingAt())
                    for (Hit m : gainedActors)
                        if (m.isActor() && !"Person".equals(m.type()))
                            out.add(new Rel(m.iri(), "memberOf", org.iri(), org.start(), m.end(), 0.7, NEW_MEMBER, false));
            }
            // ORG恢复了A的成员资格
            for (int j = i + 1; j < hits.size() && j <= i + 2; j++) {
                Hit m = hits.get(j);
                if (!m.isActor() || "Person".equals(m.type()) || m.iri().equals(org.iri()))
                    continue;
                String between = text.substring(org.end(), m.start());
                if (between.length() <= 12 && !between.matches("(?s).*[，,。；;].*") && restoredBefore().matcher(between).find()
                        && STANDING_AFTER.matcher(text.substring(m.end())).lookingAt())
                    out.add(new Rel(m.iri(), "memberOf", org.iri(), org.start(), m.end(), 0.7, NEW_MEMBER, false));
                break;
            }
        }
        // 随着A和B的加入，ORG成员增至N个
        for (int i = 0; i < hits.size(); i++) {
            Hit first = hits.get(i);
            int subStart = backTo(text, first.start(), SUBCLAUSE_END);
            if (!first.isActor() || "Person".equals(first.type()) || !joiningLead().matcher(text.substring(subStart, first.start())).find())
                continue;
            List<Hit> joiners = new ArrayList<>(List.of(first));
            int j = i + 1;
            while (j < hits.size() && hits.get(j).isActor() && !"Person".equals(hits.get(j).type())
                    && COORDINATOR.matcher(text.substring(joiners.get(joiners.size() - 1).end(), hits.get(j).start())).matches())
                joiners.add(hits.get(j++));
            Matcher tail = JOINING_TAIL.matcher(text.substring(joiners.get(joiners.size() - 1).end()));
            if (!tail.lookingAt())
                continue;
            int next = joiners.get(joiners.size() - 1).end() + tail.end();
            int nextEnd = RelationRules.forwardTo(text, next, SUBCLAUSE_END);
            Hit org = null;
            for (Hit h : between(hits, next, nextEnd))
                if (h.isActor()) {
                    org = body(h) || "RegionalOrganization".equals(h.type()) ? h : null;
                    break;
                }
            if (org != null)
                for (Hit m : joiners)
                    if (!m.iri().equals(org.iri()))
                        out.add(new Rel(m.iri(), "memberOf", org.iri(), first.start(), org.end(), 0.7, NEW_MEMBER, false));
            i = j - 1;
        }
    }

    static final String APPOSITION = "member-apposition";
    static final String PARTITIVE = "member-partitive";

    /** After the body, before the list in apposition: its member noun (maybe owned: 及其成员国), then a bracket, a dash or a colon. */
    private static Pattern appositionLead() {
        return CUES.pattern("apposition", () -> "^(?:" + CUES.any("own-members") + memberNoun() + "(?:（|\\(|——|—|：|:)?|(?:" + memberNoun()
                + ")?(?:（|\\(|——|—|：|:))[“「《]?");
    }

    /** After the list in apposition: a closing bracket or dash, or the end of the sub-clause (maybe after 等 and a count). */
    private static final Pattern APPOSITION_END = Pattern.compile("^(?:等[\\d一二三四五六七八九十两]*个?[\\u4e00-\\u9fff]{0,2})?[”」》]?(?:[）)]|——|—|[，,。；;]|$)");

    /** After the body: 中的, or its member noun and 中 closing a phrase (欧盟27个成员国中，…). */
    private static Pattern partitiveLead() {
        return CUES.pattern("partitive", () -> "^(?:" + memberNoun() + ")?" + CUES.any("among") + "(?:的|[，,])[“「《]?");
    }

    /**
     * The members named in apposition to a body (金砖国家（巴西、俄罗斯和印度）, 三边安全伙伴关系成员——美国、英国和澳大利亚——, 欧盟及其
     * 成员国法国、德国) or picked out of it (七国集团中的美国和日本, 欧盟27个成员国中，法国和德国…). A bracket holds members only when
     * it lists two or more actors (a gloss names the body again); a dash, a colon or a partitive may open a single one
     * only after a member noun.
     */
    private void appositions(String text, List<Hit> hits, List<Rel> out) {
        for (Hit org : hits) {
            if (!body(org))
                continue;
            String after = text.substring(org.end());
            Matcher lead = appositionLead().matcher(after);
            String rule = APPOSITION;
            if (!lead.lookingAt()) {
                lead = partitiveLead().matcher(after);
                if (!lead.lookingAt())
                    continue;
                rule = PARTITIVE;
            }
            int from = org.end() + lead.end();
            if (blockBefore.matcher(text.substring(backTo(text, org.start(), SUBCLAUSE_END), org.start())).find())
                continue;
            List<Hit> members = new ArrayList<>();
            int end = RelationRules.forwardTo(text, from, RelationRules.CLAUSE_END);
            int at = MembershipRules.listAfter(text, hits, from, end, org, members);
            members.removeIf(m -> "Person".equals(m.type()));
            boolean opened = lead.group().matches("(?s).*(?:（|\\(|—|：|:).*"); // a bracket, dash or colon must close the list
            if (members.isEmpty() || opened && !APPOSITION_END.matcher(text.substring(at)).lookingAt())
                continue;
            boolean nounWritten = lead.group().matches("(?s).*(?:" + CUES.any("member-noun") + ").*");
            if (members.size() < 2 && !nounWritten)
                continue; // 国际标准化组织（ISO）, 欧盟中的法国 without a member noun: too little to tell a member from a gloss
            for (Hit m : members)
                out.add(new Rel(m.iri(), "memberOf", org.iri(), org.start(), m.end(), 0.7, rule, false));
        }
    }

    /**
     * 将A、B增列为该工作机制的成员单位, 把A吸收为ORG正式成员: the actors between the disposal word and a short verb + 为 are made
     * members of the body after 为 (named, or a pointing word and a bare head that refers to the body the document last named
     * with that head). The modality of the clause before the disposal word (拟将, 计划将) states no fact.
     */
    private void madeMembers(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        Matcher d = CUES.pattern("disposal-any", () -> CUES.any("disposal")).matcher(text);
        while (d.find()) {
            if (insideHit(hits, d.start()))
                continue;
            int subStart = backTo(text, d.start(), SUBCLAUSE_END);
            if (blockBefore.matcher(text.substring(subStart, d.start())).find())
                continue;
            List<Hit> members = new ArrayList<>();
            int at = d.end();
            int j = firstHitFrom(hits, at);
            while (j >= 0 && j < hits.size()) {
                Hit h = hits.get(j);
                String gap = text.substring(at, h.start());
                if (!(members.isEmpty() ? gap.matches("[“「《]?") : COORDINATOR.matcher(gap).matches()))
                    break;
                if (!h.isActor() || "Person".equals(h.type()))
                    break;
                members.add(h);
                at = h.end();
                j++;
            }
            if (members.isEmpty())
                continue;
            // after the last member: a short verb, 为, a pointing word, then the body or its head, then the member noun
            int asEnd = -1;
            for (int k = at + 1; k <= Math.min(text.length(), at + 8); k++)
                if (madeAs().matcher(text.substring(at, k)).matches()) {
                    asEnd = k;
                    if (k < text.length() && text.charAt(k - 1) == '为')
                        continue;
                    break;
                }
            if (asEnd < 0 || !text.substring(at, asEnd).contains("为"))
                continue;
            String rest = text.substring(asEnd);
            Hit org = null;
            int nounFrom = -1;
            for (Hit h : hits)
                if (h.start() == asEnd) {
                    org = h;
                    nounFrom = h.end();
                    break;
                }
            if (org == null && discourse != null && text.charAt(asEnd - 1) != '为') {
                // only after a pointing word (为该工作机制的成员): a bare head alone may be a member noun's modifier (为正式成员)
                Matcher ref = referredBody().matcher(rest);
                if (ref.lookingAt() && !insideHit(hits, asEnd)) {
                    org = discourse.lastBodyEndingWith(ref.group(1));
                    nounFrom = asEnd + ref.end(1);
                }
            }
            if (!body(org))
                continue;
            Matcher noun = CUES.pattern("member-noun-after", () -> "^" + memberNoun()).matcher(text.substring(nounFrom));
            if (!noun.lookingAt())
                continue;
            for (Hit m : members)
                if (!m.iri().equals(org.iri()))
                    out.add(new Rel(m.iri(), "memberOf", org.iri(), d.start(), nounFrom + noun.end(), 0.7, MADE_MEMBER, false));
        }
    }

    private static int firstHitFrom(List<Hit> hits, int from) {
        for (int i = 0; i < hits.size(); i++)
            if (hits.get(i).start() >= from)
                return i;
        return -1;
    }

    /**
     * The subject that opens the clause at {@code from}: the first actor, right there (a quote mark at most before it),
     * and those coordinated with it (谷歌和微软), states, bodies and companies, never a person.
     */
    private static List<Hit> subjectsAfter(String text, List<Hit> hits, int from, Hit org) {
        List<Hit> out = new ArrayList<>();
        int k = firstHitFrom(hits, from);
        if (k < 0)
            return out;
        Hit first = hits.get(k);
        if (!first.isActor() || "Person".equals(first.type()) || groupWord(text, first) || first.iri().equals(org.iri())
                || !text.substring(from, first.start()).matches("[\\s“「]*"))
            return out;
        out.add(first);
        for (int j = k + 1; j < hits.size(); j++) {
            Hit h = hits.get(j);
            Hit prev = out.get(out.size() - 1);
            if (h.start() < prev.end())
                continue;
            if (!h.isActor() || "Person".equals(h.type()) || groupWord(text, h) || h.iri().equals(org.iri())
                    || !COORDINATOR.matcher(text.substring(prev.end(), h.start())).matches())
                break;
            out.add(h);
        }
        return out;
    }

    /**
     * The subject of a sub-clause that ends at {@code to}: the last actor before it and those coordinated with it (A和B同…),
     * states and bodies (a state written as a person's title stands for its person: 中国外长王毅同…), never a person alone.
     */
    private static List<Hit> subjectsBefore(String text, List<Hit> hits, int from, int to, Hit org) {
        List<Hit> cands = new ArrayList<>();
        for (Hit h : between(hits, from, to))
            if (h.isActor() && !"Person".equals(h.type()) && !groupWord(text, h) && !h.iri().equals(org.iri()))
                cands.add(h);
        List<Hit> out = new ArrayList<>();
        if (cands.isEmpty())
            return out;
        Hit last = cands.get(cands.size() - 1);
        // only adverbs, modal verbs or a person's title and name between the subject and the preposition (愿, 将, 外长王毅)
        String gap = text.substring(last.end(), to);
        if (gap.matches("(?s).*[，,。；;、].*") || gap.length() > 12)
            return out;
        out.add(last);
        for (int k = cands.size() - 2; k >= 0; k--) {
            if (!COORDINATOR.matcher(text.substring(cands.get(k).end(), cands.get(k + 1).start())).matches())
                break;
            out.add(0, cands.get(k));
        }
        return out;
    }
}

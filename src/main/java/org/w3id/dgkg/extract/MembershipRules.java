package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;
import static org.w3id.dgkg.extract.RelationRules.insideHit;
import static org.w3id.dgkg.extract.ClauseAnalysis.COORDINATOR;
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
 * Membership and establishment: X加入Y, 吸纳A、B (memberOf, or party of an instrument joined), membership
 * stated (A、B等N个ORG成员, X是ORG成员, X连任ORG理事国), the chairs and members of a body set up, and
 * who set up a body (X成立/设立Y, Y由X设立, A作为X设立的机构).
 */
final class MembershipRules {
    /** 代表ORG发言的X: speaking or attending for the body. */
    private static final Pattern SPEAKING_FOR = Pattern.compile("^[”」]?(?:发言|出席)的");
    /** 共同担任主席: chairing together. */
    private static final Pattern CHAIRED_TOGETHER = Pattern.compile("担任(?:联合|共同)?主席");
    private final Pattern BLOCK_BEFORE;
    private final Pattern NOT_MEMBER;
    /** A body told or allowed to act (要求X设立, 授权X组建): the act after it is not done (RelationCues.mandate). */
    private final Pattern MANDATE;
    private final ClauseAnalysis analysis;

    MembershipRules(RelationCues cues, ClauseAnalysis analysis) {
        this.BLOCK_BEFORE = cues.modalBefore;
        this.NOT_MEMBER = cues.notMember;
        this.MANDATE = cues.mandate;
        this.analysis = analysis;
    }

    /** X成立/设立Y, Y由X设立, A、B作为X设立的机构: who set up a body. */
    void establish(String text, List<Hit> hits, Clause c, List<Rel> out) {
        String verb = c.verb();
        int vs = c.verbStart();
        int ve = c.verbEnd();
        int clauseStart = c.start();
        int subStart = c.subStart();
        int subEnd = c.subEnd();
        List<Hit> after = c.after();
        List<Hit> before = c.subjects();
        Set<String> agents = c.agents();
        List<Hit> eventsBefore = c.eventsBefore();
        boolean relative = text.startsWith("的", ve);
        Matcher mandated = MANDATE.matcher(text.substring(subStart, vs));
        while (mandated.find())
            if (between(hits, subStart + mandated.end(), vs).stream().anyMatch(Hit::isActor))
                return; // 该法要求X设立Y: X is told to set Y up, it has not (一项授权组建Y: the authorising body sets it up)
        if (establishedByPassive(text, hits, vs, ve, clauseStart, subStart, relative, out))
            return;
        if (relative && cleft(text, hits, subStart, vs, ve, agents, out))
            return;
        if (relative) {
            // A、B作为Y设立的机构: the organisations in front were set up by the actor right before the verb
            Hit by = lastActor(hits, clauseStart, vs);
            if (by != null && !text.substring(Math.max(0, by.start() - 4), by.start()).contains("作为")) {
                // X设立的Y负责…, 意大利赞赏法国设立的Y: the body right after 的 was set up by the actor right before the verb
                if (!RELATIVE_GAP.matcher(text.substring(by.end(), vs)).matches() || by.isEvent())
                    return;
                // 欧盟和日本共同创立的Y: the actors coordinated with the one right before the verb set it up together
                List<Hit> founders = new ArrayList<>(List.of(by));
                List<Hit> earlier = between(hits, clauseStart, by.start());
                for (int k = earlier.size() - 1; k >= 0; k--) {
                    Hit f = earlier.get(k);
                    if (!f.isActor() || f.isEvent() || !COORDINATOR.matcher(text.substring(f.end(), founders.get(0).start())).matches())
                        break;
                    founders.add(0, f);
                }
                if (founders.size() > 1 && !text.substring(backTo(text, founders.get(0).start(), SUBCLAUSE_END), founders.get(0).start()).matches("\\s*[“「]?"))
                    founders = List.of(by); // 合并A与B而成立的Y: the coordinated actors are the verb's objects, not its subject
                for (Hit h : hits)
                    if (h.start() >= ve + 1 && h.start() <= ve + 2 && settable(h))
                        for (Hit f : founders)
                            if (!h.iri().equals(f.iri()))
                                out.add(new Rel(h.iri(), "establishedBy", f.iri(), vs, ve, 0.7, "establish-relative", false));
                return;
            }
            if (by == null || by.start() < 2)
                return;
            int as = text.lastIndexOf("作为", by.start());
            for (Hit h : between(hits, backTo(text, as, SUBCLAUSE_END), as))
                if (h.isActor() && !h.isState() && !h.iri().equals(by.iri()))
                    out.add(new Rel(h.iri(), "establishedBy", by.iri(), vs, ve, 0.7, "establish-relative", false));
        } else {
            Hit programme = programmeSetUp(text, after);
            if (programme != null) {
                // 峰会期间还首次设立X“Y计划”: a programme set up at an event was adopted there
                for (Hit e : eventsBefore)
                    out.add(new Rel(programme.iri(), "adoptedAt", e.iri(), vs, ve, 0.75, "adopted-at-event", false));
                return;
            }
            Hit created = null;
            if (!after.isEmpty() && agents.contains(after.get(0).iri()))
                return; // 欧盟与日本宣布建立欧盟—日本数字伙伴关系: a founder opening what follows the verb begins a longer name
            for (Hit h : after)
                if (settable(h) && !text.startsWith("在内", h.end()) && !ClauseAnalysis.insideComposition(text, h)) {
                    if (beginsLongerOrganisation(text, h))
                        break; // 设立联合国…创新中心: the body set up is a longer name this one only begins
                    created = h; // not 建立包括X在内的机制: X only illustrates
                    break;
                }
            if (created == null)
                return;
            for (String a : agents)
                if (!a.equals(created.iri()))
                    out.add(new Rel(created.iri(), "establishedBy", a, vs, ve, 0.75, "establish", false));
        }
    }

    /** Adverbs and dates between the founder and the verb of a relative clause (于2019年设立的, 牵头成立的). */
    private static final Pattern RELATIVE_GAP = Pattern.compile("^[^，,。；;、《》“”的]{0,10}$");

    /** The membership cues (membership-cues.tsv): the words of the slots of the constructions below. */
    static final CueWords.Table CUES = CueWords.table("membership-cues.tsv", "MembershipRules");

    /** The instruments whose deposit makes a state a party. */
    private static Pattern deposited() {
        return CUES.pattern("deposited", () -> CUES.any("deposited"));
    }

    /** A gloss in brackets after a name (七国集团（G7）): it names the body again, so a member noun may follow it. */
    static final String NAME_GLOSS = "(?:[（(][^）)，,。；;（(]{1,30}[）)])";

    /** A member noun right after an organisation (的创始成员, 成员国, 理事国; after its gloss: 七国集团（G7）成员), not the start of a body's name (委员会). */
    private static Pattern memberNoun() {
        return CUES.pattern("member-noun", () -> "^[”」》]?" + NAME_GLOSS + "?(?:的)?" + superlative() + MemberFrames.ORDINAL + CUES.any("member-modifier") + "?(?!" + CUES.any("member-body") + ")"
                + CUES.any("member-noun"));
    }

    /**
     * A word that singles the member out, maybe after 中, then a short modifier (首个南美, 中唯一的发达经济体: kind superlative);
     * 非 right before the member noun (唯一的非成员国) is no member; 非洲 is a modifier. Optional: empty when the phrase has none.
     */
    private static String superlative() {
        return "(?:中?" + CUES.any("superlative")
            + "的?(?:(?!非" + CUES.any("member-noun") + ")[\\u4e00-\\u9fff&&[^的，。]]){0,6}?)?";
    }

    /** The copula before a member noun (是, 成为, 当选) and the term it may name (新一届): membership-cues.tsv, kinds copula and copula-term. */
    private static Pattern memberCopula() {
        return CUES.pattern("member-copula", () -> CUES.any("copula") + CUES.any("copula-term") + "?(?:" + CUES.any("pointer") + ")?[“「《]?$");
    }

    /** The plain copula of a party (是, 为, 系, 成为): kind plain-copula. */
    private static String plainCopula() {
        return CUES.any("plain-copula");
    }

    /**
     * Adverbs between the members and the copula: 也是, 均为, 正式成为, 已先后成为 (kind copula-adverb), and the time
     * phrases there (于…, a date, 今年3月: kind copula-time before a month or day; the dates themselves are grammar).
     */
    private static String copulaAdverbs() {
        return CUES.any("copula-adverb") + "|于[^，。；]{1,12}?|在[^，。；在]{2,20}?(?:上|期间)|\\d{4}年(?:\\d{1,2}月)?(?:\\d{1,2}日)?"
                + "|" + CUES.any("copula-time") + "(?:\\d{1,2}月)?(?:\\d{1,2}日)?|\\d{1,2}月(?:\\d{1,2}日)?|\\d{1,2}日";
    }

    /**
     * What closes a list of actors before its verb or copula: 等(约)N个(modifier)head, 包括A在内的N个国家和经济体, or a
     * count with its head alone (A和B两国, C八家科技企业): 等, 在内的 and the numbers are grammar; the approximations
     * (约, 近), classifiers (个, 家) and heads (国家, 企业, 经济体) are membership-cues.tsv kinds list-approx,
     * list-classifier and list-head (a modifier of up to four characters may stand before the head: 等非欧洲国家).
     */
    static String listClose() {
        return CUES.pattern("list-close", () -> {
            String num = "[\\d一二三四五六七八九十两百]+[ \\u2005]*(?:多|余)?" + CUES.any("list-classifier") + "?";
            String head = "[\\u4e00-\\u9fff]{0,4}?" + CUES.any("list-head");
            return "(?:(?:等|在内的)" + CUES.any("list-approx") + "?(?:" + num + ")?(?:" + head + ")?|" + num + head + ")";
        }).pattern();
    }

    /**
     * 泰国是东盟成员国，也是亚太经合组织成员: a sub-clause that opens with the copula (也是, 同时也是) leaves its subject out; it
     * is the subject of the sub-clause before, when that one opens with its actors and their copula (A(、B)是…). Empty otherwise.
     */
    private List<Hit> subjectOfCopulaBefore(String text, List<Hit> hits, int subStart, Hit org) {
        if (subStart < 2 || "，,".indexOf(text.charAt(subStart - 1)) < 0)
            return List.of();
        int prevStart = backTo(text, subStart - 1, SUBCLAUSE_END);
        List<Hit> run = new ArrayList<>();
        for (Hit h : between(hits, prevStart, subStart - 1)) {
            if (run.isEmpty() ? !text.substring(prevStart, h.start()).isBlank()
                    : !COORDINATOR.matcher(text.substring(run.get(run.size() - 1).end(), h.start())).matches())
                break;
            if (!h.isActor() || h.iri().equals(org.iri()) || groupWord(text, h))
                return List.of();
            run.add(h);
        }
        if (run.isEmpty())
            return List.of();
        String rest = text.substring(run.get(run.size() - 1).end(), subStart - 1);
        Matcher m = CUES.pattern("copula-run", () -> "^(?:" + copulaAdverbs() + ")*" + plainCopula()).matcher(rest);
        // 克罗地亚正式入盟，成为欧盟第28个成员国: a sub-clause opening with 成为 goes on with the subject of any predicate before
        boolean becomes = BECOMES.matcher(text.substring(subStart)).lookingAt() && !NOT_MEMBER.matcher(text.substring(prevStart, subStart)).find();
        return (m.lookingAt() || becomes) && !BLOCK_BEFORE.matcher(text.substring(prevStart, subStart)).find() ? run : List.of();
    }

    /** A sub-clause that opens with 成为 (maybe after adverbs of the copula: 正式成为, 从而成为). */
    private static final Pattern BECOMES = Pattern.compile("^(?:也|还|并|正式|从而|由此|随之|进而|即)?成为");

    /** A title that makes its holder a member of the body named right before it: 专家, 成员, 委员. */
    private static final Pattern MEMBER_TITLE = Pattern.compile("^[”」》]?(?:专家|成员|委员)(?!会)");
    /** The member noun that may name states after a body (成员国, 成员, 会员国): kind state-member-noun. */
    private static Pattern memberState() {
        return CUES.pattern("state-member-noun", () -> "^[”」》]?的?" + CUES.any("member-modifier") + "?" + CUES.any("state-member-noun"));
    }
    /** What stands between a counted list and its organisation (等76个, 在内的30个); never nothing: 美欧成员 is two actors' members. */
    private static final Pattern LISTED_COUNT = Pattern.compile("^(?=.)(?:等|在内的)?[\\d\\s]*(?:多)?个?$");

    /**
     * Membership stated rather than acted: A、B等76个ORG成员 (the listed actors), X是ORG成员/X连任ORG理事国,
     * 代表ORG发言的X. An application or a plan (申请成为, 将成为) is blocked by the modality cues.
     */
    void membership(String text, List<Hit> hits, List<Rel> out) {
        chairsOfBody(text, hits, out);
        admittedAs(text, hits, out);
        for (int i = 0; i < hits.size(); i++) {
            Hit org = hits.get(i);
            membersNamedAfter(text, hits, i, out);
            if (!org.isActor() || "State".equals(org.type()) || "Person".equals(org.type())) // 欧盟, 东盟 act like states but have members
                continue;
            Matcher noun = memberNoun().matcher(text.substring(org.end()));
            int subStart = backTo(text, org.start(), SUBCLAUSE_END);
            if (noun.find()) {
                String lead = text.substring(subStart, org.start());
                if (BLOCK_BEFORE.matcher(lead).find())
                    continue;
                List<Hit> members = new ArrayList<>();
                // A、B、C等76个ORG成员: the list right before the organisation
                int j = i - 1;
                if (j >= 0 && LISTED_COUNT.matcher(text.substring(hits.get(j).end(), org.start())).matches()) {
                    while (j >= 0 && hits.get(j).isActor() && !hits.get(j).iri().equals(org.iri())) {
                        if ("Person".equals(hits.get(j).type()) && j > 0 && hits.get(j - 1).isState()
                                && !hits.get(j - 1).iri().equals(org.iri()) && titleOfPerson(text, hits, hits.get(j - 1))) {
                            members.add(hits.get(j - 1)); // 美国总统奥巴马、德国总理默克尔等二十国集团成员领导人: the states the leaders stand for
                            j--;
                        } else
                            members.add(hits.get(j));
                        if (j == 0 || !text.substring(hits.get(j - 1).end(), hits.get(j).start()).matches("[、和与及,，]"))
                            break;
                        j--;
                    }
                } else {
                    // X(也)是ORG(的)成员, X当选ORG理事国
                    String before = lead.replaceAll("(?:" + copulaAdverbs() + ")+(?=(?:" + memberCopula().pattern() + "))", "");
                    if (memberCopula().matcher(before).find()) {
                        // 我国推荐的候选人、…主任程建军当选…委员: the head after the last 的, titles left out
                        int head = text.lastIndexOf('的', org.start() - 1) >= subStart ? text.lastIndexOf('的', org.start() - 1) : subStart;
                        // the subject nearest the copula and those coordinated with it (曾毅、张凌寒也是…成员)
                        List<Hit> cands = new ArrayList<>();
                        for (Hit h : between(hits, head, org.start()))
                            if (h.isActor() && !h.iri().equals(org.iri()) && !groupWord(text, h) && !titleOfPerson(text, hits, h))
                                cands.add(h);
                        if (cands.isEmpty() && head == subStart)
                            cands.addAll(subjectOfCopulaBefore(text, hits, subStart, org));
                        // 意大利对X当选…委员表示祝贺: the member stands right before the copula
                        if (!cands.isEmpty() && cands.get(cands.size() - 1).end() <= subStart && !lead.matches("(?:" + copulaAdverbs() + ")*" + memberCopula().pattern()))
                            cands.clear(); // the subject of the sub-clause before serves only a sub-clause that opens with the copula
                        else if (!cands.isEmpty() && cands.get(cands.size() - 1).end() > subStart && !text.substring(cands.get(cands.size() - 1).end(), org.start())
                                .matches("[”」》]?(?:" + listClose() + ")?(?:" + copulaAdverbs() + ")*" + memberCopula().pattern()))
                            cands.clear();
                        for (int k = cands.size() - 1; k >= 0; k--) {
                            if (k < cands.size() - 1 && !COORDINATOR.matcher(text.substring(cands.get(k).end(), cands.get(k + 1).start())).matches())
                                break;
                            members.add(0, cands.get(k));
                        }
                    }
                }
                for (Hit m : members)
                    out.add(new Rel(m.iri(), "memberOf", org.iri(), m.start(), org.end() + noun.end(), 0.7, "member-stated", false));
            }
            // 联合国…顾问机构专家曾毅, …委员会委员X: a member title right after the body, then the person
            Matcher titled = MEMBER_TITLE.matcher(text.substring(org.end()));
            if (titled.find() && !"Company".equals(org.type()) && !BLOCK_BEFORE.matcher(text.substring(subStart, org.start())).find())
                for (Hit h : hits)
                    if (h.start() == org.end() + titled.end() && "Person".equals(h.type())) {
                        out.add(new Rel(h.iri(), "memberOf", org.iri(), org.start(), h.end(), 0.7, "member-stated", false));
                        break;
                    }
            // 代表ORG发言的X
            if (org.start() >= 2 && text.startsWith("代表", org.start() - 2) && !org.isState()) { // a presidency speaks for the EU
                Matcher sp = SPEAKING_FOR.matcher(text.substring(org.end()));
                if (sp.find())
                    for (Hit h : between(hits, org.end() + sp.end(), Math.min(text.length(), org.end() + sp.end() + 8)))
                        if (h.isActor() && h.start() == org.end() + sp.end()) {
                            out.add(new Rel(h.iri(), "memberOf", org.iri(), org.start() - 2, h.end(), 0.7, "member-stated", false));
                            break;
                        }
            }
        }
    }

    /**
     * ORG新增A、B为(其)成员(国): the organisation before a short verb, the actors it takes in after it, then 为…成员; the
     * verb slot is read as grammar (pivot: V + object + 为 + role), not from a word list; an endorsement or invitation
     * (endorsing cues) and the modality cues state no membership.
     */
    void admittedAs(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit org = hits.get(i);
            if (!org.isActor() || "State".equals(org.type()) || "Person".equals(org.type()) || "Company".equals(org.type()))
                continue;
            List<Hit> members = new ArrayList<>();
            int j = i + 1;
            if (j >= hits.size())
                continue;
            String verb = text.substring(org.end(), hits.get(j).start());
            if (!ADMITTING_VERB.matcher(verb).matches() || COORDINATOR.matcher(verb).matches() || verb.contains("的") || endorsing().matcher(verb).find() || NOT_MEMBER.matcher(verb).find()
                    || BLOCK_BEFORE.matcher(text.substring(backTo(text, org.start(), SUBCLAUSE_END), hits.get(j).start())).find())
                continue;
            while (j < hits.size() && hits.get(j).isActor() && !"Person".equals(hits.get(j).type())) {
                members.add(hits.get(j));
                if (j + 1 >= hits.size() || !COORDINATOR.matcher(text.substring(hits.get(j).end(), hits.get(j + 1).start())).matches())
                    break;
                j++;
            }
            if (members.isEmpty())
                continue;
            Hit lastMember = members.get(members.size() - 1);
            if (!ADMITTED_AS_MEMBER.matcher(text.substring(lastMember.end())).lookingAt())
                continue;
            for (Hit m : members)
                if (!m.iri().equals(org.iri()))
                    out.add(new Rel(m.iri(), "memberOf", org.iri(), org.start(), lastMember.end(), 0.7, "member-join", false));
        }
    }

    /** Between the organisation and the first actor it takes in: a short verb, an adverb or a date before it (于2023年正式吸收). */
    private static final Pattern ADMITTING_VERB = Pattern.compile("^(?:于?[\\d年月日]{2,12})?[\\u4e00-\\u9fff]{1,4}$");
    /** After the last actor taken in: 为(其)(第N个)(正式/新)成员(国). */
    private static final Pattern ADMITTED_AS_MEMBER = Pattern.compile(
            "^[”」》]?为(?:其|该组织)?(?:第[\\d一二三四五六七八九十]+个)?(?:正式|新|创始)?(?:成员国|成员|会员国|会员)");

    /** Between the chair and the body of a relative clause: 担任(联合)主席的, 亲自担任委员长的. */
    private static final Pattern CHAIRED_BY = Pattern.compile("^[^，,。；;、]{0,4}?担任(?:联合|共同)?(?:主席|委员长|组长|主任|会长|召集人)的[“「]?$");

    /** 由总统X亲自担任委员长的ORG: the person who chairs the body the relative clause describes is its member. */
    void chairsOfBody(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit p = hits.get(i);
            if (!"Person".equals(p.type()))
                continue;
            int by = text.lastIndexOf('由', p.start() - 1);
            if (by < 0 || p.start() - by > 8 || by < backTo(text, p.start(), SUBCLAUSE_END) || insideHit(hits, by)
                    || BLOCK_BEFORE.matcher(text.substring(backTo(text, by, SUBCLAUSE_END), by)).find())
                continue;
            for (int j = i + 1; j < hits.size(); j++) {
                Hit org = hits.get(j);
                if (org.start() < p.end())
                    continue;
                if (org.isActor() && !org.isState() && !"Person".equals(org.type()) && !"Company".equals(org.type())
                        && CHAIRED_BY.matcher(text.substring(p.end(), org.start())).matches())
                    out.add(new Rel(p.iri(), "memberOf", org.iri(), by, org.end(), 0.7, "member-stated", false));
                break;
            }
        }
    }

    static final String LIST_RULE = "member-list";

    /** ORG成员包括, ORG的成员国有, ORG目前有, ORG由: the members are listed after the organisation. */
    private static Pattern listLead() {
        return CUES.pattern("list-lead", () -> "^[”」》]?(?:的)?(?:" + CUES.any("list-member-modifier") + "?" + CUES.any("list-member-noun") + "(?:中)?"
                + CUES.any("list-adverb") + "*" + CUES.any("list-verb") + "|" + CUES.any("count-lead") + "?" + CUES.any("own-verb")
                + "(?=[^，。；]{1,80}?等?[\\d一二三四五六七八九十百]+[个名家]?(?:成员|会员))|由)[：:]?");
    }
    private static final Pattern SIGNER_LIST_LEAD = Pattern.compile(
            "^[”」》]?(?:的)?(?:目前的|现有的?|首批)?(签署方|签署国|缔约方|缔约国)(?:中)?(?:目前|现在|现)?(?:包括|包含|有|为)[：:]?");
    /** …组成 closing a list after 由: the organisation is made up of the actors listed. */
    private static final Pattern COMPOSED_END_COUNTED = Pattern.compile("^(?:等[\\d一二三四五六七八九十百]*个?(?:国家|成员|机构|组织)?)?(?:共同)?(?:组成|构成)");
    /** The same, the list closed by any count the lists close with (五国, 等12个经济体): listClose. */
    private static Pattern composedEnd() {
        return CUES.pattern("composed-end", () -> "^(?:" + listClose() + ")?(?:共同)?(?:组成|构成)");
    }
    private static final Pattern COUNTED_END = Pattern.compile("^等?[\\d一二三四五六七八九十百]+[个名家]?(?:新)?(?:成员国|成员|会员国|会员)");

    /**
     * The members listed after the organisation: ORG成员包括A、B和C, ORG的成员国有A、B, ORG目前有A、B等15个成员国,
     * ORG由A、B和C组成. Each actor of the coordinated list is a member; a plan or application (拟, 申请) states none.
     */
    void memberLists(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit org = hits.get(i);
            Matcher lead;
            String predicate = "memberOf";
            if (org.isInstrument()) {
                // 《Y》的签署方包括A、B, 《Y》目前的缔约方有A、B: the signatories or parties listed
                lead = SIGNER_LIST_LEAD.matcher(text.substring(org.end()));
                if (!lead.find())
                    continue;
                predicate = lead.group(1).startsWith("签署") ? "signatory" : "party";
            } else {
                if (!org.isActor() || org.isState() || "Person".equals(org.type()) || "Company".equals(org.type()))
                    continue;
                lead = listLead().matcher(text.substring(org.end()));
                if (!lead.find())
                    continue;
            }
            boolean composed = lead.group().endsWith("由") || lead.group().endsWith("由：") || lead.group().endsWith("由:");
            int from = org.end() + lead.end();
            int subEnd = forwardTo(text, from, CLAUSE_END);
            int subStart = backTo(text, org.start(), SUBCLAUSE_END);
            if (BLOCK_BEFORE.matcher(text.substring(subStart, org.start())).find())
                continue;
            List<Hit> members = new ArrayList<>();
            int at = listAfter(text, hits, from, subEnd, org, members);
            if (members.isEmpty())
                continue;
            String rest = text.substring(at);
            if (composed && !COMPOSED_END_COUNTED.matcher(rest.replaceFirst("^[”」》]", "")).find() && !composedEnd().matcher(rest.replaceFirst("^[”」》]", "")).find())
                continue; // 由A牵头: 由 that no 组成 closes names an agent, not members
            if (predicate.equals("memberOf") && !composed && lead.group().contains("有") && !lead.group().contains("成员") && !COUNTED_END.matcher(rest.replaceFirst("^[”」》]", "")).find())
                continue;
            for (Hit m : members)
                out.add(predicate.equals("memberOf") ? new Rel(m.iri(), "memberOf", org.iri(), org.start(), m.end(), 0.7, LIST_RULE, false)
                        : new Rel(org.iri(), predicate, m.iri(), org.start(), m.end(), 0.7, InstrumentActRules.SIGNER_ROLE_RULE, false));
        }
        topicMemberLists(text, hits, discourse, out);
        composedRelative(text, hits, out);
        partiesStated(text, hits, out);
    }

    static final String PARTY_STATED_RULE = "party-stated";
    /** After the last instrument of the list: its gloss, then 的缔约方/签署国/成员(之一). */
    private static final Pattern PARTY_NOUN = Pattern.compile("^[”」》]?(?:[（(][^）)，。；]{1,30}[）)])?的?(?:正式|创始|首批)?(缔约方|缔约国|签署方|签署国|成员国|成员)(?:之一)?");
    /** Between the instruments of the list: a gloss, then a coordinator. */
    private static final Pattern INSTRUMENT_GAP = Pattern.compile("^[”」》]?(?:[（(][^）)，。；]{1,30}[）)])?(?:、|和|与|及|以及)[《「“]?$");

    /**
     * X是《A》的缔约方, X同时是《A》（…）和《B》（…）的缔约方, X已成为《A》签署国: membership of an instrument stated with a copula
     * makes X a party (a signatory for 签署方/签署国) of each instrument listed. A plan or an application (将成为, 申请成为) states none.
     */
    private static final Pattern OPENING_MARK = Pattern.compile("[《「“]$");
    private static final Pattern COPULA_END = Pattern.compile("(?s).*(?:是|为|系|成为)$");

    void partiesStated(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit first = hits.get(i);
            if (!first.isInstrument() || i > 0 && hits.get(i - 1).isInstrument() && hits.get(i - 1).end() <= first.start()
                    && INSTRUMENT_GAP.matcher(text.substring(hits.get(i - 1).end(), first.start())).matches())
                continue; // not the first of a list
            int subStart = backTo(text, first.start(), SUBCLAUSE_END);
            // the three regexes compiled once (they were compiled for every instrument of every sentence)
            String lead = OPENING_MARK.matcher(text.substring(subStart, first.start())).replaceAll("");
            String bare = CUES.pattern("party-lead-adverbs", () -> "(?:" + copulaAdverbs() + ")+(?=" + plainCopula() + "$)").matcher(lead).replaceAll("");
            if (!COPULA_END.matcher(bare).matches() || BLOCK_BEFORE.matcher(lead).find())
                continue;
            List<Hit> instruments = new ArrayList<>();
            instruments.add(first);
            int end = first.end();
            for (int j = i + 1; j < hits.size(); j++) {
                Hit h = hits.get(j);
                if (h.start() < end)
                    continue;
                if (h.iri().equals(instruments.get(instruments.size() - 1).iri()) && text.substring(end, h.start()).matches("[”」》]?[（(]"))
                    continue; // the gloss (CPTPP) names the instrument again
                if (!h.isInstrument() || !INSTRUMENT_GAP.matcher(text.substring(end, h.start()).replaceAll("[（(][^）)，。；]{1,30}[）)]", "")).matches())
                    break;
                instruments.add(h);
                end = h.end();
            }
            Matcher noun = PARTY_NOUN.matcher(text.substring(end).replaceFirst("^([”」》]?)[（(][^）)，。；]{1,30}[）)]", "$1"));
            if (!noun.find())
                continue;
            String predicate = noun.group(1).startsWith("签署") ? "signatory" : "party";
            // the subject: the actor nearest the copula and those coordinated with it
            List<Hit> cands = new ArrayList<>();
            for (Hit h : between(hits, subStart, first.start()))
                if (h.isActor() && !groupWord(text, h) && !titleOfPerson(text, hits, h))
                    cands.add(h);
            if (cands.isEmpty()) {
                // 阿根廷、乌拉圭…，两国也都是《公约》的缔约方: the actors a list reference points to
                Matcher ref = listReference().matcher(lead);
                List<Hit> referred = ref.find() ? listReferredTo(text, hits, subStart, null, ref) : List.of();
                for (Hit ins : instruments)
                    for (Hit p : referred)
                        out.add(new Rel(ins.iri(), predicate, p.iri(), subStart, end, 0.65, PARTY_STATED_RULE, false));
                continue;
            }
            if (!text.substring(cands.get(cands.size() - 1).end(), first.start()).replaceAll("[《「“]$", "")
                    .matches("(?:" + listClose() + ")?(?:" + copulaAdverbs() + ")*" + plainCopula()))
                continue; // A、B等非欧洲国家也已成为《Y》缔约方: the list may close with 等 and its head
            List<Hit> parties = new ArrayList<>();
            for (int k = cands.size() - 1; k >= 0; k--) {
                if (k < cands.size() - 1 && !COORDINATOR.matcher(text.substring(cands.get(k).end(), cands.get(k + 1).start())).matches())
                    break;
                parties.add(0, cands.get(k));
            }
            for (Hit ins : instruments)
                for (Hit p : parties)
                    out.add(new Rel(ins.iri(), predicate, p.iri(), p.start(), end, 0.7, PARTY_STATED_RULE, false));
        }
    }

    static final String ADHERE_RULE = "party-adhere";

    /** The kinds of instrument that have parties (not a law, strategy, report or plan, which their issuer alone makes). */
    private static final Pattern PARTY_TYPE = Pattern.compile(".*Agreement|Treaty|Declaration|Initiative|Compact|PrinciplesDocument|CodeOfConduct");

    /** A verb of adhering (membership-cues kind adhering), 了 after it. */
    private static Pattern adhering() {
        return CUES.pattern("adhering", () -> CUES.any("adhering") + "(?:了)?");
    }

    /**
     * A reference to the instrument adhered to: 该文件, 这一建议 (a pointing word of reference-heads.tsv, then a head of kind
     * adhered-reference or adhered-any; group 1 the head).
     */
    private static Pattern adheredReference() {
        return CUES.pattern("adhered-reference", () -> "^" + CueWords.any(ShortReferences.BARE_HEADS, "pointer", "instrument") + "("
                + Lexicon.alternation(adheredHeads()) + ")(?![\\u4e00-\\u9fff&&[^，。；的]])");
    }

    private static java.util.Set<String> adheredHeads() {
        java.util.Set<String> heads = new java.util.LinkedHashSet<>(CueWords.set("membership-cues.tsv", "adhered-reference"));
        heads.addAll(CueWords.set("membership-cues.tsv", "adhered-any"));
        return heads;
    }

    /** A head that refers to whatever instrument was named last, of any kind (文件: kind adhered-any). */
    private static boolean refersToAny(String head) {
        return CueWords.set("membership-cues.tsv", "adhered-any").contains(head);
    }

    /**
     * A、B等约60个国家认可了该文件, X宣布支持《Y倡议》, 已有包括A在内的N个国家和经济体遵守这一建议: the actors written right
     * before a verb of adhering (kind adhering; only a list's closing words and adverbs between) are parties of the
     * instrument right after it, or of the one a reference after it points to, when that instrument is of a kind that
     * has parties. A plan, hope, negation or application before the verb (将支持, 未认可, 申请) states none.
     */
    void adherents(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        Matcher v = adhering().matcher(text);
        while (v.find()) {
            int vs = v.start(), ve = v.end();
            if (insideHit(hits, vs) || RelationRules.insideTitle(text, vs))
                continue;
            int subStart = backTo(text, vs, SUBCLAUSE_END);
            if (BLOCK_BEFORE.matcher(text.substring(subStart, vs)).find())
                continue;
            Hit instrument = null;
            for (Hit h : hits)
                if (h.isInstrument() && h.start() >= ve && text.substring(ve, h.start()).matches("[《「“]?")) {
                    instrument = h;
                    break;
                }
            if (instrument == null) {
                Matcher ref = adheredReference().matcher(text.substring(ve));
                if (!ref.find() || insideHit(hits, ve + ref.start(1)))
                    continue;
                String head = ref.group(1);
                for (Hit h : between(hits, 0, subStart))
                    if (h.isInstrument() && (refersToAny(head) || text.substring(h.start(), h.end()).replaceAll("[》」”]$", "").endsWith(head)))
                        instrument = h;
                if (instrument == null && discourse != null)
                    instrument = refersToAny(head) ? discourse.lastInstrument() : discourse.lastInstrumentEndingWith(head);
            }
            if (instrument == null || instrument.type() == null || !PARTY_TYPE.matcher(instrument.type()).matches())
                continue;
            List<Hit> before = new ArrayList<>();
            for (Hit h : between(hits, subStart, vs))
                before.add(h);
            if (before.isEmpty())
                continue;
            Hit last = before.get(before.size() - 1);
            if (!last.isActor() || !text.substring(last.end(), vs).matches("(?:" + listClose() + ")?(?:" + copulaAdverbs() + ")*"))
                continue;
            List<Hit> parties = new ArrayList<>();
            for (int k = before.size() - 1; k >= 0; k--) {
                Hit h = before.get(k);
                if (k < before.size() - 1 && !COORDINATOR.matcher(text.substring(h.end(), before.get(k + 1).start())).matches())
                    break;
                if (!h.isActor())
                    break;
                parties.add(0, h);
            }
            for (Hit p : parties)
                if (!"Person".equals(p.type()) && !titleOfPerson(text, hits, p) && !p.iri().equals(instrument.iri()))
                    out.add(new Rel(instrument.iri(), "party", p.iri(), p.start(), ve, 0.7, ADHERE_RULE, false));
        }
    }

    private static final Pattern GLOSS = Pattern.compile("^[（(][^）)，。；]{1,30}[）)]");

    /** A count closing a list: 等20国, 等15个国家。 */
    private static final Pattern COUNT_CLOSES = Pattern.compile("^[”」》]?等?[\\d一二三四五六七八九十两百]+[ \\u2005]*个?(?:国家|国|经济体|方)(?:[。；;，,]|$)");

    /** A count closing one part of a list that goes on (A、B等15国和C, A、B等10个成员国以及C). */
    static final Pattern COUNT_THEN_MORE = Pattern.compile(
            "^[”」》]?等?[\\d一二三四五六七八九十两百]+[ \\u2005]*个?(?:国家|国|成员国|成员|经济体|方)(?:、|和|与|及|以及|，以及)[“「《]?$");

    /**
     * The coordinated actors of a list that starts at {@code from} (A、B、C等N国和D, glosses in brackets skipped), into
     * {@code members}; returns where the list ends. The list stops at the first thing that is no actor or no coordinator.
     */
    static final String PARTY_LISTED = "party-listed";

    /** Right after an instrument: a count of its parties (目前共有60余个缔约方), adverbs and the count's words being grammar. */
    private static Pattern countedParties() {
        return CUES.pattern("counted-parties", () -> "^[”」》]?([^，,。；;、《》“”]{0,4}?)(?:有|拥有)[\\d一二三四五六七八九十两百]+(?:多|余)?个" + CUES.any("party-noun"));
    }

    /** The verb that opens the list of the parties counted, later in the clause (，包括A、B和C等国). */
    private static Pattern includes() {
        return CUES.pattern("party-includes", () -> "[，,]?([^，,。；;]{0,2}?)" + CUES.any("includes") + "[“「《]?");
    }

    /**
     * party-listed: 该公约共有60余个缔约方，(除…外，)还包括A、B、C等国 — an instrument with a count of its parties, and a list
     * opened by 包括 later in the same clause: the states and bodies listed are parties. The list is read as the member lists
     * are ({@link #listAfter}); a modality before the instrument states no fact.
     */
    void partiesListed(String text, List<Hit> hits, List<Rel> out) {
        for (Hit ins : hits) {
            if (!ins.isInstrument())
                continue;
            Matcher count = countedParties().matcher(text.substring(ins.end()));
            if (!count.lookingAt())
                continue;
            int subStart = backTo(text, ins.start(), SUBCLAUSE_END);
            if (BLOCK_BEFORE.matcher(text.substring(subStart, ins.start())).find() || BLOCK_BEFORE.matcher(count.group(1)).find())
                continue; // 拟…, 有望拥有N个缔约方: not yet its parties
            int from = ins.end() + count.end();
            int end = forwardTo(text, from, CLAUSE_END);
            Matcher inc = includes().matcher(text);
            inc.region(from, end);
            if (!inc.find() || insideHit(hits, inc.start()) || BLOCK_BEFORE.matcher(inc.group(1)).find())
                continue; // 但不包括A: the list is denied
            List<Hit> parties = new ArrayList<>();
            listAfter(text, hits, inc.end(), end, ins, parties);
            for (Hit a : parties)
                if (a.isActor() && !"Person".equals(a.type()) && !groupWord(text, a))
                    out.add(new Rel(ins.iri(), "party", a.iri(), ins.start(), a.end(), 0.7, PARTY_LISTED, false));
        }
    }

    static int listAfter(String text, List<Hit> hits, int from, int end, Hit owner, List<Hit> members) {
        int at = from;
        for (Hit h : between(hits, from, end)) {
            if (h.start() < at)
                continue; // a name inside the member just read (联合国 in 联合国毒品和犯罪问题办公室)
            String gap = text.substring(at, h.start());
            if (!(members.isEmpty() ? gap.matches("[“「《]?") : COORDINATOR.matcher(gap).matches() || gap.matches("[”」》]?[,，][“「《]?")
                    || COUNT_THEN_MORE.matcher(gap).matches()))
                break;
            if (!h.isActor() || owner != null && h.iri().equals(owner.iri()))
                break;
            members.add(h);
            at = h.end();
            // ISO（国际标准化组织）: a gloss in brackets after a member is skipped
            Matcher gloss = GLOSS.matcher(text.substring(at));
            if (gloss.find())
                at += gloss.end();
        }
        return at;
    }

    /**
     * A member noun opening its sub-clause (…，创始成员包括A、B, …，其成员国有A、B, …，首批签署方为A、B): the owner is the topic of
     * the clause, its first name.
     */
    private static final Pattern TOPIC_LIST_LEAD = Pattern.compile(
            "(?:^|[，,；;：:]|其|(?<=^(?:该|这一|此|本)?[\\u4e00-\\u9fff]{2,4}))(?:的)?(?:目前|现在|现)?(?:现有|目前的|现任|首批|创始|正式)?(?:高级|普通|正式|核心)?(成员国|成员|会员国|会员|签署方|签署国|缔约方|缔约国)(?:中)?(?:已|已经|目前|现在|现|还|也)*(?:包括|包含|有|为|是)[：:]?");

    /** The body this sentence says was set up (an establishedBy statement already made) named in [from, to), else null. */
    private static Hit bodySetUpBefore(List<Hit> hits, List<Rel> out, int from, int to) {
        Hit found = null;
        for (Hit h : between(hits, from, to))
            for (Rel r : out)
                if (r.predicate().equals("establishedBy") && r.subject().equals(h.iri()))
                    found = h;
        return found;
    }

    /** One item of a list the mention finder did not know (Aicadium、, 红帽和): a short name and its coordinator. */
    private static final Pattern UNKNOWN_ITEM = Pattern.compile("^[“「]?[A-Za-z0-9\\u4e00-\\u9fff·&\\- ]{1,16}?[”」]?(?:、|和|与|及|以及)");

    /**
     * A、B、C和D after a member noun where some items are names no mention was found for (Aicadium、谷歌、IBM、红帽和Salesforce):
     * the known actors of the run, as long as every unknown item is a short name closed by a coordinator and the run reaches
     * the end of the clause (or a count or 等). Returns where the last known member ends.
     */
    static int listWithUnknownNames(String text, List<Hit> hits, int from, int end, Hit owner, List<Hit> members) {
        int at = from;
        List<Hit> found = new ArrayList<>();
        for (Hit h : between(hits, from, end)) {
            String gap = text.substring(at, h.start());
            if (!found.isEmpty() || at > from) {
                Matcher c = COORDINATOR.matcher(gap);
                if (c.lookingAt())
                    gap = gap.substring(c.end());
            }
            while (!gap.isEmpty()) {
                Matcher u = UNKNOWN_ITEM.matcher(gap);
                if (!u.lookingAt() || u.group().contains("的"))
                    return from;
                gap = gap.substring(u.end());
            }
            if (!h.isActor() || owner != null && h.iri().equals(owner.iri()) || "Person".equals(h.type()))
                return from;
            found.add(h);
            at = h.end();
        }
        String tail = text.substring(at, end);
        if (found.size() < 2 || !tail.matches("(?s)(?:(?:、|和|与|及|以及)[A-Za-z0-9\\u4e00-\\u9fff·&\\- ]{1,16}?)?(?:等[^，。；]{0,10})?[\\d\\[\\]]*[”」]?[。；;]?$"))
            return from;
        members.addAll(found);
        return at;
    }

    /**
     * ORG于2020年成立，创始成员包括A、B…等15国和C; 《Y》…，首批签署方为A、B: the members (or signatories, parties) listed in a
     * sub-clause whose owner is not written before the member noun are those of the clause's topic, the first name of the
     * clause, when that is a body (member nouns) or an instrument (签署方, 缔约方). A plan or application (拟, 申请) states none.
     */
    void topicMemberLists(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        Matcher lead = TOPIC_LIST_LEAD.matcher(text);
        while (lead.find()) {
            int nounStart = lead.start(1);
            if (insideHit(hits, nounStart) || insideHit(hits, Math.max(0, lead.start())))
                continue;
            int clauseStart = backTo(text, nounStart, CLAUSE_END);
            Hit topic = null;
            for (Hit h : between(hits, clauseStart, nounStart)) {
                topic = h;
                break;
            }
            boolean opensSentence = topic == null && lead.start() == 0;
            if (opensSentence && discourse != null && discourse.lastTopic() != null)
                topic = discourse.lastTopic(); // ORG于2020年启动。创始成员包括A、B: the list opening a sentence is of the topic of the one before
            if (topic == null && lead.start() > 0 && clauseStart == 0 && discourse != null) {
                // 基金会首批会员包括A、B: a bare head opening the sentence refers to the body of the document last named with it
                String head = text.substring(0, lead.start()).replaceFirst("^(?:该|这一|此|本)", "").replaceFirst("的$", "");
                Hit referred = head.length() >= 2 ? discourse.lastBodyEndingWith(head) : null;
                if (referred != null) {
                    topic = referred;
                    opensSentence = true;
                }
            }
            Hit setUp = bodySetUpBefore(hits, out, clauseStart, nounStart);
            if (setUp != null)
                topic = setUp; // X发起成立ORG（…），首批会员包括A、B: the members are the new body's, not its founder's
            if (topic == null || !opensSentence && topic.end() > lead.start() && !text.startsWith("其", lead.start()))
                continue;
            String noun = lead.group(1);
            boolean signers = noun.startsWith("签署") || noun.startsWith("缔约");
            if (signers ? !topic.isInstrument()
                    : !topic.isActor() || topic.isState() || "Person".equals(topic.type()) || "Company".equals(topic.type()))
                continue;
            if (!opensSentence && (topic.end() == lead.start() || topic.end() + 1 == lead.start() && text.charAt(topic.end()) == '的'))
                continue; // ORG成员包括…: read by memberLists
            int subStart = backTo(text, nounStart, SUBCLAUSE_END);
            if (BLOCK_BEFORE.matcher(text.substring(subStart, nounStart)).find()
                    || !opensSentence && BLOCK_BEFORE.matcher(text.substring(clauseStart, topic.end())).find())
                continue;
            int from = lead.end();
            List<Hit> members = new ArrayList<>();
            int at = listAfter(text, hits, from, forwardTo(text, from, CLAUSE_END), topic, members);
            if (members.isEmpty() && !lead.group().endsWith("有"))
                at = listWithUnknownNames(text, hits, from, forwardTo(text, from, CLAUSE_END), topic, members);
            if (lead.group().endsWith("有") && !COUNTED_END.matcher(text.substring(at).replaceFirst("^[”」》]", "")).find()
                    && !COUNT_CLOSES.matcher(text.substring(at)).find()
                    && !text.substring(at).matches("(?s)^[”」》]?(?:[。；;，,]|$).*"))
                continue; // 成员有权…: 有 with no list closing the clause
            for (Hit m : members) {
                if (m.iri().equals(topic.iri()) || "Person".equals(m.type()))
                    continue;
                if (signers)
                    out.add(new Rel(topic.iri(), noun.startsWith("签署") ? "signatory" : "party", m.iri(), nounStart, m.end(), 0.7,
                            InstrumentActRules.SIGNER_ROLE_RULE, false));
                else
                    out.add(new Rel(m.iri(), "memberOf", topic.iri(), nounStart, m.end(), 0.7, LIST_RULE, false));
            }
        }
    }

    /** Between the last member listed after 由 and the body: a count or a kind, then 组成的 (等科技企业组成的, 共同构成的). */
    private static final Pattern COMPOSED_RELATIVE_END = Pattern.compile("^[”」》]?(?:等[^，,。；;、的“”《》]{0,10})?(?:共同)?(?:组成|构成)的[“「]?$");

    /**
     * 由A、B及C等科技企业组成的ORG: the actors listed after 由 make up the body named right after 组成的, so each is a member.
     * Not 由A组建的ORG (A set it up) nor a plan (拟由A、B组成的).
     */
    void composedRelative(String text, List<Hit> hits, List<Rel> out) {
        for (int by = text.indexOf('由'); by >= 0; by = text.indexOf('由', by + 1)) {
            if (insideHit(hits, by))
                continue;
            int subEnd = forwardTo(text, by + 1, SUBCLAUSE_END);
            List<Hit> members = new ArrayList<>();
            int at = listAfter(text, hits, by + 1, subEnd, null, members);
            if (members.isEmpty())
                continue;
            Hit org = null;
            for (Hit h : between(hits, at, subEnd)) {
                org = h;
                break;
            }
            if (org == null || !org.isActor() || org.isState() || "Person".equals(org.type()) || "Company".equals(org.type())
                    || !COMPOSED_RELATIVE_END.matcher(text.substring(at, org.start())).matches()
                    || BLOCK_BEFORE.matcher(text.substring(backTo(text, by, SUBCLAUSE_END), by)).find())
                continue;
            for (Hit m : members)
                if (!m.iri().equals(org.iri()))
                    out.add(new Rel(m.iri(), "memberOf", org.iri(), by, org.end(), 0.7, LIST_RULE, false));
        }
    }

    /**
     * 这三个组织, 上述国家, 以上两国, 上述四家央行机构, 两国: a reference to actors listed before (the count, when written, in
     * group 1), then the copula; the pointing words, classifiers and heads are membership-cues.tsv's kinds list-pointer,
     * list-classifier and list-head, with a modifier of up to four characters before the head (央行机构).
     */
    private static Pattern listReference() {
        return CUES.pattern("list-reference", () -> "(?:(?:" + CUES.any("list-pointer") + ")(?:些|([一二三四五六七八九十两\\d]+)" + CUES.any("list-classifier")
                + "?)?|^([两二三四五六七八九十])" + CUES.any("list-classifier") + "?)(?:[\\u4e00-\\u9fff]{0,4}?)(?:"
                + CUES.any("list-head") + ")(?:" + copulaAdverbs() + ")*(?:" + plainCopula() + ")[“「《]?$");
    }

    /** The count a list reference writes (group 1 or 2 of {@link #listReference}), or null. */
    private static String referenceCount(Matcher ref) {
        return ref.group(1) != null ? ref.group(1) : ref.group(2);
    }
    private static final Pattern MEMBER_AFTER = Pattern.compile("^[”」》]?(?:的)?(?:正式|创始)?(?:成员国|成员|会员国|会员)");
    private static final String NUMERALS = "一二三四五六七八九十";

    /**
     * 这三个组织同为ORG的成员, 上述国家均是ORG成员: the members are the actors listed last (A、B和C) earlier in the sentence, else in
     * the sentence before; a count written in the reference must be the list's length.
     */
    void membersByReference(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        for (Hit org : hits) {
            if (!org.isActor() || "State".equals(org.type()) || "Person".equals(org.type()) || "Company".equals(org.type()))
                continue;
            if (!MEMBER_AFTER.matcher(text.substring(org.end())).find())
                continue;
            int subStart = backTo(text, org.start(), SUBCLAUSE_END);
            Matcher ref = listReference().matcher(text.substring(subStart, org.start()));
            if (!ref.find() || BLOCK_BEFORE.matcher(text.substring(subStart, org.start())).find())
                continue;
            List<Hit> list = listReferredTo(text, hits, subStart, discourse, ref);
            if (list.isEmpty())
                continue;
            for (Hit m : list)
                if (!m.iri().equals(org.iri()))
                    out.add(new Rel(m.iri(), "memberOf", org.iri(), subStart, org.end(), 0.65, "member-stated", false));
        }
    }

    /** The actors a list reference points to: the last list of two or more before the sub-clause, else the sentence before's; empty when the count written differs. */
    private static List<Hit> listReferredTo(String text, List<Hit> hits, int subStart, Discourse discourse, Matcher ref) {
        List<Hit> list = lastActorList(text.substring(0, subStart), between(hits, 0, subStart));
        if (list.isEmpty() && discourse != null)
            list = discourse.lastActorList();
        String n = referenceCount(ref);
        return list.size() < 2 || n != null && count(n) != list.size() ? List.of() : list;
    }

    private static int count(String numeral) {
        if (numeral.matches("\\d+"))
            return Integer.parseInt(numeral);
        if (numeral.equals("两"))
            return 2;
        if (numeral.length() == 1)
            return NUMERALS.indexOf(numeral) + 1;
        return -1;
    }

    /** The last run of two or more actors (not persons) joined by coordinators (A、B和C) in {@code text}; empty when none. */
    static List<Hit> lastActorList(String text, List<Hit> hits) {
        List<Hit> best = List.of();
        List<Hit> run = new ArrayList<>();
        for (Hit h : hits) {
            if (h.start() > 0 && h.end() < text.length() && "（(".indexOf(text.charAt(h.start() - 1)) >= 0 && "）)".indexOf(text.charAt(h.end())) >= 0)
                continue; // 国际标准化组织（ISO）: the gloss in brackets names the item before it again
            if (!h.isActor() || "Person".equals(h.type()) || h.end() > text.length()) {
                run = new ArrayList<>();
                continue;
            }
            if (!run.isEmpty()) {
                Hit prev = run.get(run.size() - 1);
                String gap = h.start() >= prev.end() ? text.substring(prev.end(), h.start()).replaceFirst("^[（(][^）)，。；]{1,30}[）)]", "") : "x";
                if (!COORDINATOR.matcher(gap).matches())
                    run = new ArrayList<>();
            }
            run.add(h);
            if (run.size() >= 2)
                best = List.copyOf(run);
        }
        return best;
    }

    /** 作为ORG成员，X…: the subject of the clause after the comma is the member. */
    private static final Pattern AS_MEMBER = Pattern.compile("^[”」》]?(?:的)?(?:创始|正式)?(?:成员国|成员|会员国|缔约方)(?:之一)?[，,]");

    void asMember(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit org = hits.get(i);
            if (!org.isActor() || org.isState() || "Person".equals(org.type()) || org.start() < 2)
                continue;
            String lead = text.substring(Math.max(0, org.start() - 3), org.start()).replaceAll("[“「《]$", "");
            if (!lead.endsWith("作为"))
                continue;
            Matcher m = AS_MEMBER.matcher(text.substring(org.end()));
            if (!m.find())
                continue;
            int next = org.end() + m.end();
            if (BLOCK_BEFORE.matcher(text.substring(backTo(text, org.start(), SUBCLAUSE_END), org.start())).find())
                continue; // 据称作为ORG成员的X, 拟作为ORG成员: the clause's modality (modality-cues.tsv) says it is no fact
            for (Hit h : hits)
                if (h.start() >= next && h.start() <= next + 2 && h.isActor() && !h.iri().equals(org.iri())) {
                    out.add(new Rel(h.iri(), "memberOf", org.iri(), org.start(), h.end(), 0.7, "member-stated", false));
                    break;
                }
        }
    }

    /**
     * 欧盟成员国法国、德国, WTO成员中国, 国际电联成员华为: the actors named right after a body's member noun are its members,
     * states only after a noun of member states (成员国, 会员国); persons are read by the member titles.
     */
    private void membersNamedAfter(String text, List<Hit> hits, int i, List<Rel> out) {
        Hit org = hits.get(i);
        if (!org.isActor() || "State".equals(org.type()) || "Person".equals(org.type()) || "Company".equals(org.type()))
            return;
        Matcher m = memberState().matcher(text.substring(org.end()));
        if (!m.find() || BLOCK_BEFORE.matcher(text.substring(backTo(text, org.start(), SUBCLAUSE_END), org.start())).find())
            return;
        int at = org.end() + m.end();
        boolean statesOnly = m.group().endsWith("国");
        for (int j = i + 1; j < hits.size(); j++) {
            Hit h = hits.get(j);
            if (h.start() != at && !(h.start() > at && COORDINATOR.matcher(text.substring(at, h.start())).matches()))
                break;
            boolean member = h.isState() || !statesOnly && h.isActor() && !"Person".equals(h.type());
            if (!member || h.iri().equals(org.iri()) || j == i + 1 && h.start() != at)
                break;
            out.add(new Rel(h.iri(), "memberOf", org.iri(), org.start(), h.end(), 0.7, "member-stated", false));
            at = h.end();
        }
    }

    /** Whether a member noun (成员, 委员: membership-cues kind member-noun) stands in the sentence outside every name. */
    private static boolean memberNounOutsideNames(String text, List<Hit> hits) {
        Matcher m = CUES.pattern("member-noun-anywhere", () -> CUES.any("member-noun")).matcher(text);
        while (m.find())
            if (!insideHit(hits, m.start()))
                return true;
        return false;
    }

    private static final Pattern CHAIRS = Pattern.compile("^[^，。；]{0,4}?担任(?:联合|共同)?主席");

    /** ORG由…组成: the body is made up of the members the sentence goes on to name. */
    private static final Pattern COMPOSED_OF = Pattern.compile("^[”」》]?由[^，。；]{1,40}?(?:组成|构成)");
    /** A、B也是其成员: the persons listed are members of the body the sentence is about. */
    private static final Pattern ITS_MEMBERS = Pattern.compile("^(?:[、和与及][^，。；]{0,20})?[也还均都亦]*(?:是|为)其(?:成员|委员)");
    private static final Pattern MEMBERS_INCLUDE = Pattern.compile("成员中?(?:还|也)?包括");

    private static final Pattern MEMBERS_COUNTED = Pattern.compile("^等[\\d一二三四五六七八九十百]+(?:名|位)?人?(?:为|是)成员");

    /**
     * X于2018年设立Y，由A和B共同担任主席，20名成员中还包括C、D; 设立Y，由A担任主席，E等10人为成员: the chairs
     * and listed members of the one body this sentence says was set up are its members.
     */
    void membersOfBodySetUp(String text, List<Hit> hits, List<Rel> out) {
        Set<String> bodies = new LinkedHashSet<>();
        for (Rel r : out)
            if (r.predicate().equals("establishedBy"))
                bodies.add(r.subject());
        boolean composed = false;
        if (bodies.isEmpty()) {
            composed = true;
            // 咨询机构由来自…的专家组成，A与B担任联合主席: a body the sentence says is made up of members
            for (Hit h : hits)
                if (h.isActor() && !h.isState() && !"Person".equals(h.type()) && COMPOSED_OF.matcher(text.substring(h.end())).find()) {
                    bodies.add(h.iri());
                    break;
                }
        }
        if (bodies.size() != 1)
            return;
        String body = bodies.iterator().next();
        // 由A担任主席 alone says who chairs, not who the members are: a chair counts as a member only where the sentence
        // speaks of the body's members (20名成员中还包括, 等10人为成员, 由…专家组成); 设立Y，由A担任主席。 makes A no member
        boolean membersSpoken = composed || memberNounOutsideNames(text, hits);
        List<Hit> persons = new ArrayList<>();
        for (Hit h : hits)
            if ("Person".equals(h.type()))
                persons.add(h);
        for (Hit p : persons) {
            int subStart = backTo(text, p.start(), SUBCLAUSE_END);
            int subEnd = forwardTo(text, p.end(), SUBCLAUSE_END);
            String rest = text.substring(p.end(), subEnd);
            boolean member = MEMBERS_INCLUDE.matcher(text.substring(subStart, p.start())).find()
                    || MEMBERS_COUNTED.matcher(rest).find() || ITS_MEMBERS.matcher(rest).find();
            if (!member && membersSpoken) {
                // A和B共同担任主席: the chairs, each coordinated person before the verb
                Matcher chairs = CHAIRED_TOGETHER.matcher(rest);
                if (chairs.find() && !text.substring(p.end(), p.end() + chairs.start()).contains("担任")) {
                    String between = text.substring(p.end(), p.end() + chairs.start());
                    member = CHAIRS.matcher(rest).find() || between.matches("[和与及、][^，。；]*") && persons.stream()
                            .anyMatch(q -> q.start() > p.end() && q.end() <= p.end() + chairs.start());
                }
            }
            if (member && !body.equals(p.iri()) && !BLOCK_BEFORE.matcher(text.substring(subStart, firstPersonFrom(persons, subStart, p))).find())
                // not 拟由X担任主席: the modality of the sub-clause, read in front of its first person (not inside a listed title)
                out.add(new Rel(p.iri(), "memberOf", body, p.start(), p.end(), 0.7, "member-stated", false));
        }
    }

    /** Where the first of {@code persons} at or after {@code from} starts ({@code p} at the latest). */
    private static int firstPersonFrom(List<Hit> persons, int from, Hit p) {
        for (Hit q : persons)
            if (q.start() >= from)
                return Math.min(q.start(), p.start());
        return p.start();
    }

    /** A reference as the object of joining: 加入倡议, 加入该组织, 成为该联盟成员 (the head in group 1). */
    private static final Pattern JOINED_REFERENCE = Pattern.compile(
            "^(?:了)?(?:该|这一|此|上述)?(倡议|联盟|组织|伙伴关系|集团|论坛|机制|网络|协定|公约|议定书|协议|框架)(?![\\u4e00-\\u9fff&&[^，。；成的后]])");

    void join(String text, List<Hit> hits, String verb, int vs, int ve, int clauseStart, int subStart, int subEnd,
            List<Hit> before, Discourse discourse, List<Rel> out) {
        if (verb.equals("吸纳") || verb.equals("接纳") && !text.startsWith("为", ve) && !text.substring(subStart, vs).endsWith("被")) {
            // X扩员/成立Y，吸纳A、B加入: the members follow the verb; the organisation is the last one before it
            Hit org = null;
            for (Hit h : between(hits, 0, vs))
                if (h.isActor() && !h.isState() || h.isInstrument())
                    org = h;
            int membersEnd = subEnd;
            for (Hit h : between(hits, ve, subEnd))
                if (h.isActor() && !"State".equals(h.type()) && !"Person".equals(h.type()) && h.start() > ve && text.charAt(h.start() - 1) == '为'
                        && ADMITTED_AS.matcher(text.substring(h.end())).lookingAt()) {
                    org = h; // 东盟峰会接纳东帝汶为东盟第11个成员国
                    membersEnd = h.start() - 1;
                    break;
                }
            if (org == null)
                return;
            for (Hit h : between(hits, ve, membersEnd))
                if (h.isActor() && !h.iri().equals(org.iri()) && !(verb.equals("接纳") && ClauseAnalysis.insideComposition(text, h)))
                    out.add(org.isInstrument() ? new Rel(org.iri(), "party", h.iri(), vs, ve, 0.7, "party-join", false)
                            : new Rel(h.iri(), "memberOf", org.iri(), vs, ve, 0.7, "member-join", false));
            return;
        }
        if (text.startsWith("加入", vs) && vs > 0 && text.charAt(vs - 1) == '纳')
            return;
        if (NOT_MEMBER.matcher(text.substring(subStart, subEnd)).find())
            return; // 以观察员身份加入ORG: an observer, associate or dialogue partner is no member
        if (verb.equals("交存") && !deposited().matcher(text.substring(ve, subEnd)).find())
            return; // 交存批准书/加入书 makes a party; depositing anything else does not
        List<Hit> joiners = new ArrayList<>();
        for (Hit h : between(hits, subStart, vs))
            if (h.isActor() && !groupWord(text, h) && !analysis.recipient(text, h))
                joiners.add(h);
        joiners = lastCoordinatedGroup(text, hits, joiners);
        if (joiners.isEmpty() && CARRIED_LEAD.matcher(text.substring(subStart, vs)).matches())
            joiners = openingActors(text, hits, subStart); // 芬兰不是…成员，但已于2020年加入北约: the subject of the sub-clause before
        if (joiners.stream().anyMatch(h -> "Person".equals(h.type())))
            joiners = joiners.stream().filter(h -> "Person".equals(h.type()) || !titleOfPerson(text, hits, h)).toList(); // 清华大学教授薛澜入选…: the person joins, not the body of the title
        if (!joiners.isEmpty() && endorsing().matcher(text.substring(subStart, Math.max(subStart, joiners.get(joiners.size() - 1).start()))).find())
            return; // 中方支持非盟加入二十国集团, 批准科摩罗加入世贸组织: a joining supported or approved is not stated as done
        Hit target = null;
        if (text.startsWith("该", ve)) {
            // 加入该体系: the nearest instrument before
            for (Hit h : between(hits, 0, vs))
                if (h.isInstrument())
                    target = h;
        }
        List<Hit> afterVerb = between(hits, ve, subEnd);
        for (Hit h : target != null ? List.<Hit>of() : afterVerb)
            if (h.isInstrument() || h.isActor() && !h.isState() || joinedRegional(text, h)) {
                target = h;
                break;
            }
        if (target == null && discourse != null) {
            // 13个新成员加入倡议: a bare head right after the verb is the body (else the instrument) of that kind last named
            Matcher ref = JOINED_REFERENCE.matcher(text.substring(ve));
            if (ref.find() && !insideHit(hits, ve + ref.start(1))) {
                target = discourse.lastBodyEndingWith(ref.group(1));
                if (target == null)
                    target = discourse.lastInstrumentEndingWith(ref.group(1));
            }
        }
        if (target == null && !NOTHING_JOINED.matcher(text.substring(ve, subEnd)).matches())
            return; // 仍加入协商一致: what is joined is named after the verb, and it is no organisation
        if (target == null) {
            for (Hit h : between(hits, 0, joiners.isEmpty() ? vs : joiners.get(0).start()))
                if ((h.isActor() && !h.isState() || h.isInstrument()) && !modifier(text, h))
                    target = h;
        }
        if (target == null)
            return;
        // 同时加入欧盟和北约: the bodies coordinated with the first one after the verb are joined too
        List<Hit> targets = new ArrayList<>(List.of(target));
        int idx = afterVerb.indexOf(target);
        for (int i = idx + 1; idx >= 0 && i < afterVerb.size(); i++) {
            Hit prev = targets.get(targets.size() - 1);
            Hit next = afterVerb.get(i);
            if (next.start() < prev.end())
                continue;
            if (!COORDINATOR.matcher(text.substring(prev.end(), next.start())).matches()
                    || !(next.isInstrument() == target.isInstrument() && (next.isActor() && !next.isState() || joinedRegional(text, next) || next.isInstrument())))
                break;
            targets.add(next);
        }
        for (Hit t : targets)
            for (Hit j : joiners) {
                if (j.iri().equals(t.iri()))
                    continue;
                if (t.isInstrument())
                    out.add(new Rel(t.iri(), "party", j.iri(), vs, ve, 0.75, "party-join", false));
                else
                    out.add(new Rel(j.iri(), "memberOf", t.iri(), vs, ve, 0.7, "member-join", false));
            }
    }

    /**
     * 加入东盟, 加入欧盟和北约: a regional organisation (read as a state-like actor elsewhere) joined as a body, where it
     * stands alone as the object — not 加入欧盟主导的联盟, where it only modifies the body joined.
     */
    private static boolean joinedRegional(String text, Hit h) {
        if (!"RegionalOrganization".equals(h.type()) || modifier(text, h))
            return false;
        return !text.startsWith("的", h.end()) && !text.startsWith("等", h.end());
    }

    /** A sub-clause with no subject of its own before the verb: only conjunctions, adverbs and a date (但已于2020年, 并正式). */
    private static final Pattern CARRIED_LEAD = Pattern.compile(
            "^(?:但|并|且|而|还|也|又|已|已经|均|都|正式|随后|之后|此后|同时|相继|先后|于[\\d年月日底初中旬上下]{2,14})+$");

    /**
     * The actors that open the sub-clause before the one at {@code subStart} (after a comma), coordinated with each other
     * (A和B于2020年…，并加入Y): empty when that sub-clause opens with anything else or holds a person.
     */
    private static List<Hit> openingActors(String text, List<Hit> hits, int subStart) {
        if (subStart < 2 || "，,".indexOf(text.charAt(subStart - 1)) < 0)
            return List.of();
        int prevStart = backTo(text, subStart - 1, SUBCLAUSE_END);
        List<Hit> run = new ArrayList<>();
        for (Hit h : between(hits, prevStart, subStart - 1)) {
            if (run.isEmpty() ? !text.substring(prevStart, h.start()).matches("\\s*[“「]?")
                    : !COORDINATOR.matcher(text.substring(run.get(run.size() - 1).end(), h.start())).matches())
                break;
            if (!h.isActor() || "Person".equals(h.type()) || groupWord(text, h))
                return List.of();
            run.add(h);
        }
        return run;
    }

    /**
     * 中方支持非盟加入二十国集团: who joins is the actor written last before the verb, with those coordinated with it
     * (A、B和C加入); an actor before them that is separated by other words (支持, 欢迎, 宣布) only speaks of the joining.
     */
    private static List<Hit> lastCoordinatedGroup(String text, List<Hit> hits, List<Hit> joiners) {
        if (joiners.size() < 2)
            return joiners;
        int first = joiners.size() - 1;
        while (first > 0) {
            Hit prev = joiners.get(first - 1);
            Hit next = joiners.get(first);
            String gap = text.substring(Math.min(prev.end(), next.start()), next.start());
            if (!(gap.isEmpty() || COORDINATOR.matcher(gap).matches() || "Person".equals(next.type()) && titleOfPerson(text, hits, prev)))
                break;
            first--;
        }
        return joiners.subList(first, joiners.size());
    }

    /** Nothing after 加入 in its sub-clause (…扩员，A、B加入。): the organisation is the one named before. */
    private static final Pattern NOTHING_JOINED = Pattern.compile("^(?:了|进来|其中|进去)?[\\s\\u2005]*$");

    /** Verbs whose object is another actor's joining: support, welcome, approve, invite, call for it. */
    private static Pattern endorsing() {
        return CUES.pattern("endorsing", () -> CUES.any("endorsing"));
    }
    /** 接纳A为ORG(第N个)成员: the organisation after 为, the members between the verb and it. */
    private static final Pattern ADMITTED_AS = Pattern.compile("^(?:的)?(?:第[\\d一二三四五六七八九十]+个)?(?:正式|新|创始)?(?:成员国|成员|会员国|会员)");

    /** APEC隐私认证体系: a name glued to the noun after it only modifies that noun. */
    private static boolean modifier(String text, Hit h) {
        if (h.end() >= text.length())
            return false;
        char c = text.charAt(h.end());
        return Character.isIdeographic(c) && "、和与及的宣发成在于将已也还正等为是通签加提推启举召出参（(".indexOf(c) < 0;
    }

    /**
     * 设立联合国全球地理信息知识与创新中心: a name glued to words that end, before the next
     * punctuation, in an organisation suffix (organisation-suffixes.tsv) only begins the longer
     * name of the body meant.
     */
    private static boolean beginsLongerOrganisation(String text, Hit h) {
        if (!modifier(text, h))
            return false;
        int end = h.end();
        while (end < text.length() && "，,。；;、：:（(“”\"".indexOf(text.charAt(end)) < 0)
            end++;
        String rest = text.substring(h.end(), end);
        for (var suffix : Lexicon.longestFirst("organisation-suffixes.tsv", "suffix"))
            if (rest.contains(suffix.getKey()))
                return true;
        return false;
    }

    /** Before the founding verb: 根据/依据 (kind founding-basis), the resolution's maker and number, 决议 (系依据X第N号决议成立). */
    private static Pattern foundingBasis() {
        return CUES.pattern("founding-basis", () -> CUES.any("founding-basis") + "([^，。；,;由]{2,40}?)决议(?:的规定)?(?:而|所)?$");
    }

    /** Between 由X and the founding verb: a verb of sponsoring or support (kind not-founding: 由X赞助成立). */
    private static Pattern notFounding() {
        return CUES.pattern("not-founding", () -> CUES.any("not-founding") + "[^，。；,;]{0,4}$");
    }

    /**
     * Y由X(于…)设立, Y…，由X召集设立的…平台, 由X设立的Y: the actors after 由 set up the body that the
     * clause is about (its first organisation), or the one named right after 设立的.
     */
    private boolean establishedByPassive(String text, List<Hit> hits, int vs, int ve, int clauseStart, int subStart, boolean relative,
            List<Rel> out) {
        int by = text.lastIndexOf('由', vs - 1);
        Matcher basis = foundingBasis().matcher(text.substring(Math.max(subStart, 0), vs));
        int basisEnd = vs;
        if (by < subStart || insideHit(hits, by)) {
            // Y根据X第N号决议设立: the body that adopted the resolution set Y up
            if (!basis.find())
                return false;
            by = subStart + basis.start();
            basisEnd = subStart + basis.end(1);
        } else if (notFounding().matcher(text.substring(by, vs)).find())
            return true; // Y由X赞助成立: X sponsors, it does not set Y up
        List<String> founders = new ArrayList<>();
        for (Hit h : between(hits, by, basisEnd))
            if (h.isActor() && !groupWord(text, h) && !titleOfPerson(text, hits, h) && (basisEnd == vs || !"Person".equals(h.type())))
                founders.add(h.iri());
        if (founders.isEmpty())
            return false;
        Hit created = null;
        if (relative)
            for (Hit h : hits)
                if (h.start() >= ve + 1 && h.start() <= ve + 2 && settable(h))
                    created = h;
        if (created == null)
            for (Hit h : between(hits, clauseStart, by)) {
                // the clause's topic: its first named actor, which must be a body (not a state, not a person)
                if (settable(h) && !groupWord(text, h))
                    created = h;
                if (h.isActor() || h.isEvent())
                    break;
            }
        if (created == null)
            return false;
        for (String a : founders)
            if (!a.equals(created.iri()))
                out.add(new Rel(created.iri(), "establishedBy", a, by, ve, 0.7, "establish-passive", false));
        return true;
    }

    /**
     * A body that can be set up: an organisation of any kind, a regional one too (欧盟委员会设立欧洲人工智能办公室: the office is
     * typed like the union it belongs to); never a state or a person.
     */
    private static boolean settable(Hit h) {
        return h.isActor() && !"State".equals(h.type()) && !"Person".equals(h.type());
    }

    /** After a clause-final 的: the end of the clause or sentence (Y是X宣布成立的。). */
    private static final Pattern CLEFT_END = Pattern.compile("^的[ \\u2005]*(?:[，,。；;！!？?）)]|$)");

    /**
     * Y是X与Z…宣布成立的: a cleft sentence (是…的 closing the clause, no head noun after 的) says the body before 是 was set up
     * by the actors of the relative clause after 是. True when the clause is read so.
     */
    private static boolean cleft(String text, List<Hit> hits, int subStart, int vs, int ve, Set<String> agents, List<Rel> out) {
        if (!CLEFT_END.matcher(text.substring(ve)).lookingAt())
            return false;
        int copula = text.lastIndexOf('是', vs - 1);
        if (copula < subStart || insideHit(hits, copula))
            return false;
        Hit created = null;
        for (Hit h : between(hits, subStart, copula))
            if (h.isActor()) {
                created = settable(h) ? h : null; // the topic: the first actor of the clause
                break;
            }
        if (created == null)
            return false;
        boolean any = false;
        for (Hit h : between(hits, copula, vs))
            if (agents.contains(h.iri()) && !h.iri().equals(created.iri())) {
                out.add(new Rel(created.iri(), "establishedBy", h.iri(), vs, ve, 0.7, "establish-relative", false));
                any = true;
            }
        return any;
    }

    private static Hit lastActor(List<Hit> hits, int from, int to) {
        Hit last = null;
        for (Hit h : between(hits, from, to))
            if (h.isActor())
                last = h;
        return last;
    }

    /**
     * 设立“Y计划”, 设立X“Y计划”: the instrument set up right after the verb, alone or owned by the actor written
     * right before its quotation or title mark; null when the object is a body.
     */
    private static Hit programmeSetUp(String text, List<Hit> after) {
        if (after.isEmpty())
            return null;
        Hit first = after.get(0);
        if (first.isInstrument())
            return first;
        if (after.size() > 1 && first.isActor() && after.get(1).isInstrument() && after.get(1).start() == first.end() + 1
                && "“《「".indexOf(text.charAt(first.end())) >= 0)
            return after.get(1);
        return null;
    }
}

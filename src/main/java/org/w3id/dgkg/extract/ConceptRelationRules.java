package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;
import static org.w3id.dgkg.extract.RelationRules.insideHit;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * The relations whose object is a concept: {@code advocates} and {@code opposes} (an actor holding
 * to or rejecting a principle or issue), and {@code addresses} (what a text says an instrument or
 * event covers). {@link RelationRules} finds the clause, its verb and its agents; this class reads
 * the concepts that clause holds.
 */
final class ConceptRelationRules {
    /** The cue words of the rules of this class (ontology/lexicon/concept-relation-cues.tsv). */
    private static final CueWords.Table CUES = CueWords.table("concept-relation-cues.tsv", "ConceptRelationRules");

    private final Pattern blockBefore;
    private final Pattern about;

    ConceptRelationRules(RelationCues cues) {
        this.blockBefore = cues.modalBefore;
        this.about = cues.about;
    }

    /**
     * 坚持/倡导/主张/秉持/反对 + concepts: the clause's agents (or the speaker whose stated position
     * frames the sentence) advocate or oppose the enumeration right after the verb, and advocate
     * any other principle of the sub-clause.
     */
    void advocateOrOppose(String text, List<Hit> hits, String verb, boolean oppose, int vs, int ve, int clauseStart, int subStart,
            int subEnd, Set<String> agents, List<Rel> out) {
        if (vs > 0 && "了的等".indexOf(text.charAt(vs - 1)) >= 0)
            return;
        if (ve >= text.length() || "、，,。；;）)》”".indexOf(text.charAt(ve)) >= 0 || text.startsWith("以及", ve))
            return; // 克赖斯特彻奇呼吁、…: a cue with no object ends a name in a list, it is no verb
        String pred = oppose ? "opposes" : "advocates";
        // 中方主张，…遵循公开透明、非歧视原则: what follows a speaker's 主张/表示 is the speaker's position
        Hit speaker = speakerBefore(text, hits, clauseStart, vs);
        boolean ownSubject = between(hits, subStart, vs).stream().anyMatch(h -> h.isActor() && !qualifiesThing(text, hits, h, vs));
        Set<String> holders = speaker != null && !ownSubject ? Set.of(speaker.iri()) : agents;
        if (speaker == null && !ownSubject && !agents.isEmpty() && between(hits, subStart, vs).stream()
                .filter(h -> h.isActor() && qualifiesThing(text, hits, h, vs)).map(Hit::iri).collect(java.util.stream.Collectors.toSet()).containsAll(agents))
            return; // 印度互联网应当坚持A with no speaker read: the state only names what the stance is about
        if (speaker != null && ownSubject && "Person".equals(speaker.type()) && frameEnd(text, speaker) == subStart
                && actsBeforeStance(text, hits, subStart, vs))
            holders = Set.of(speaker.iri()); // 孫東強調，特區政府推動…堅持A: how a body acts, as a person says it, is his stance
        if (speaker != null && !ownSubject) {
            // 赵立坚表示，中方坚持A，反对B: a sub-clause with no subject of its own goes on with the subject of the sub-clause
            // before it, back to the speaker's frame; the speaker holds the stance only when nothing in between opened with one
            List<String> chained = subjectAfterFrame(text, hits, frameEnd(text, speaker), subStart);
            if (!chained.isEmpty())
                holders = new java.util.LinkedHashSet<>(chained);
        }
        if (holders.isEmpty())
            holders = new java.util.LinkedHashSet<>(subjectOfNearestSubclause(text, hits, vs)); // 习近平…致辞，提出倡导…
        List<Hit> objectsOf = new ArrayList<>();
        // the enumeration right after the verb: 反对A、B的做法; 坚持A、坚持B、坚持C
        int at = ve;
        boolean partyFirst = false;
        int practice = oppose ? practiceAfterParty(text, hits, ve, subEnd) : -1;
        if (practice > 0)
            at = practice; // 反对任何国家根据本国国内法对中国实体实施单边制裁: the practice follows the party's light verb
        for (Hit h : between(hits, ve, subEnd)) {
            if (h.start() < at)
                continue;
            String gap = text.substring(at, h.start());
            if (oppose && partyFirst && objectsOf.isEmpty() && h.isConcept() && PARTY_OWN.matcher(gap).matches()
                    && practiceEnd().matcher(text.substring(h.end())).lookingAt()) {
                objectsOf.add(h); // 批评美国的单边主义做法: the party's own practice is what is opposed
                at = h.end();
                continue;
            }
            if (!objectGap().matcher(gap).matches()
                    && !(oppose && objectsOf.isEmpty() && OpposedPractices.isPartyAct(gap)))
                break; // 反对个别国家利用技术优势搞垄断: the party and its act stand before the practice
            if (h.isActor() && objectsOf.isEmpty() && at == ve) {
                partyFirst = true;
                at = h.end(); // 反对美方将…: the party whose practice is opposed
                continue;
            }
            if (!h.isConcept() || modifier(text, h))
                break; // 呼吁人工智能开发者…: a concept glued to a head noun only qualifies whom the verb addresses
            if (oppose && qualifiesNoun(text, hits, h))
                break; // 反对单边强制措施: 单边 qualifies the measures opposed, it is not what is opposed
            objectsOf.add(h);
            at = h.end();
        }
        if (pred.equals("advocates"))
            for (Hit h : between(hits, ve, subEnd))
                if (h.top().equals("Principle") && !objectsOf.contains(h))
                    objectsOf.add(h);
        for (Hit h : objectsOf)
            for (String a : holders)
                out.add(new Rel(a, pred, h.iri(), vs, ve, 0.7, pred, false));
    }

    /** After an actor's name: a noun of a few characters, then a modal (印度互联网应当坚持…). */
    private static final Pattern QUALIFIED_THING = Pattern.compile("^[\\u4e00-\\u9fff]{2,6}?(?:应当|应该|应|必须|须|需要)");
    /** The actor's own organs or people, who speak for it (中国政府应坚持…): the actor opens the sub-clause. */
    private static final Pattern ACTOR_OWN = Pattern.compile("^(?:政府|当局|官方|方面|代表团|代表|人民|领导人|官员|各界)");

    /**
     * Whether an actor's name only qualifies the thing a sub-clause is about (马克龙强调，法国企业应当坚持A; 印度互联网应当坚持A):
     * a noun right after it, then a modal before the verb of stance; the sub-clause then has no subject of its own and the
     * speaker before it holds the stance (princ40).
     */
    static boolean qualifiesThing(String text, List<Hit> hits, Hit a, int vs) {
        if (a.end() >= vs)
            return false;
        String after = text.substring(a.end(), vs);
        if (!QUALIFIED_THING.matcher(after).lookingAt() || ACTOR_OWN.matcher(after).lookingAt() || !between(hits, a.end(), vs).isEmpty())
            return false;
        Term t = Segmenter.termAt(text, a.end());
        return t != null && Segmenter.nature(t).startsWith("n");
    }

    /**
     * Where the practice starts when an opposing verb is followed by the party that does it (a party word, …方, or an
     * actor named right after the verb), the way it acts and a light verb (OpposedPractices.afterLightVerb); else -1.
     */
    private static int practiceAfterParty(String text, List<Hit> hits, int ve, int subEnd) {
        int partyEnd = ve + OpposedPractices.partyLength(text.substring(ve, subEnd));
        if (partyEnd == ve)
            for (Hit h : hits)
                if (h.start() == ve && h.isActor())
                    partyEnd = h.end();
        return partyEnd == ve ? -1 : OpposedPractices.afterLightVerb(text, partyEnd, subEnd);
    }

    /**
     * Whether a concept is glued to a noun after it that no concept covers and that is no word for a practice (单边 in
     * 单边强制措施; not 单边主义做法): the concept only qualifies that noun.
     */
    private static final Pattern NOUN_OR_ITS_QUALIFIER = Pattern.compile("^(?:n.*|vn|vd|b)$");

    private static boolean qualifiesNoun(String text, List<Hit> hits, Hit h) {
        if (insideHit(hits, h.end()) || CUES.set("practice").stream().anyMatch(w -> text.startsWith(w, h.end())))
            return false;
        if (h.top().equals("Principle") && proposedPrinciple().matcher(text.substring(h.end())).lookingAt())
            return false; // 反对网络主权原则: 原则 names the principle opposed, it is no noun the principle qualifies
        Term t = Segmenter.termAt(text, h.end());
        return t != null && NOUN_OR_ITS_QUALIFIER.matcher(Segmenter.nature(t)).matches();
    }

    /** What may stand between a verb of stance and its object: quotes, coordinators, other verbs of stance, light verbs, 一切/任何 (形式的). */
    private static Pattern objectGap() {
        return CUES.pattern("OBJECT_GAP", () -> "(?s)^(?:[“”「」\\s]|[、和与及,，将把]|以及|了|" + CUES.any("object-lead") + "|" + CUES.any("object-quantifier") + "(?:形式的)?){0,4}$");
    }

    /** Between the party whose practice is opposed and the practice: 的 (its own), an issue then (美国的单边主义做法). */
    private static final Pattern PARTY_OWN = Pattern.compile("^的[“「]?$");
    /** What closes the party's practice: a word for a practice (做法, 行为) or the clause's end (not 美国的人工智能政策). */
    private static Pattern practiceEnd() {
        return CUES.pattern("PRACTICE_END", () -> "^[”」]?(?:的?" + CUES.any("practice") + ")?(?=[，。；,;！!]|$)");
    }

    /** What follows a proposed principle: its name's gloss in brackets, then 原则/理念 (…“三大原则”). */
    private static Pattern proposedPrinciple() {
        return CUES.pattern("PROPOSED_PRINCIPLE", () -> "^[”」]?(?:[(（][^()（）]{1,60}[)）])?[三四五六两二]?[大项个]?" + CUES.any("principle-head"));
    }

    /** 提出/倡议 + …原则/理念 with no instrument after the verb: the proposers advocate the principle. */
    void proposedPrinciples(String text, List<Hit> hits, String verb, int vs, int ve, int subEnd, Set<String> agents, List<Rel> out) {
        if (!CUES.set("proposing-verb").contains(verb))
            return;
        List<Hit> inSub = between(hits, ve, subEnd);
        for (int i = 0; i < inSub.size(); i++) {
            Hit h = inSub.get(i);
            if (!h.top().equals("Principle"))
                continue;
            Matcher listed = listedPrinciples().matcher(text.substring(h.end()));
            if (!proposedPrinciple().matcher(text.substring(h.end())).lookingAt() && !listed.lookingAt())
                continue;
            List<Hit> named = new ArrayList<>(List.of(h));
            if (listed.lookingAt()) // 提出A与B、C、D等五项治理原则: every principle of the enumeration before 等
                for (int j = i - 1; j >= 0 && inSub.get(j).top().equals("Principle")
                        && text.substring(inSub.get(j).end(), named.get(0).start()).matches("^(?:[、和与及]|、[\\u4e00-\\u9fff]{1,6}、)$"); j--)
                    named.add(0, inSub.get(j));
            for (Hit p : named)
                for (String a : agents)
                    out.add(new Rel(a, "advocates", p.iri(), vs, ve, 0.7, "advocates", false));
        }
    }

    /** An enumeration of principles closed by 等 and a count: …等五项治理原则. */
    private static Pattern listedPrinciples() {
        return CUES.pattern("LISTED_PRINCIPLES", () -> "^[”」]?等[三四五六七八九十两二\\d]{1,2}[大项个条](?:[\\u4e00-\\u9fff]{0,4})?" + CUES.any("listed-principle-head"));
    }

    /**
     * A speaker's frame after its name: a group's members or leaders, or an office-holder of the actor (外交部新闻发言人,
     * 网信办有关负责人: a few words closed by a role word of role-words.tsv), adverbs, 代表, where it spoke, a speech
     * (致辞, 在发言中), a verb of saying, a comma or colon.
     */
    private static Pattern positionFrame() {
        return CUES.pattern("POSITION_FRAME", () -> "^(?:" + CUES.any("speaker-group") + "|[\\u4e00-\\u9fff]{0,4}?(?:"
                + Lexicon.alternation(Lexicon.words("role-words.tsv", "kind", "role")) + "))?" + CUES.any("frame-adverb") + "*" + CUES.any("frame-representative")
                + "?(?:在[^，。；：]{1,15}?(?:中|上|时))?" + CUES.any("frame-speech") + "?" + CUES.any("frame-verb") + "[，,：:]");
    }

    /** The actor whose stated position frames the rest of the sentence: 中方主张，…; 王磊表示：…; a group speaking through its members or leaders (上合组织成员国强调，…). */
    private static Hit speakerBefore(String text, List<Hit> hits, int from, int vs) {
        Hit speaker = null;
        for (Hit h : between(hits, 0, vs))
            if (h.isActor()) {
                Matcher m = positionFrame().matcher(text.substring(h.end()));
                if (m.find() && h.end() + m.end() <= vs)
                    speaker = h;
            }
        return speaker;
    }

    /**
     * Whether the sub-clause at {@code subStart} opens with an actor that is no state and that first does something else
     * (a verb of the segmentation, or a concept, between it and the stance verb at {@code vs}): 特區政府推動數字化轉型堅持A
     * is the way the body acts as the speaker describes it; 欧盟倡导A (the body's own stance) and 中方坚持A (a statement
     * in a state's name, CONVENTIONS.md) are not.
     */
    private static boolean actsBeforeStance(String text, List<Hit> hits, int subStart, int vs) {
        List<Hit> inSub = between(hits, subStart, vs);
        if (inSub.isEmpty())
            return false;
        Hit subject = inSub.get(0);
        if (!subject.isActor() || "State".equals(subject.type()) || !text.substring(subStart, subject.start()).matches("(?s)^[\\s“”]{0,2}$"))
            return false;
        if (inSub.size() > 1 && inSub.get(1).isConcept())
            return true;
        for (Term t : Segmenter.terms(text))
            if (t.offset >= subject.end() && t.offset + t.word.length() <= vs && Segmenter.nature(t).startsWith("v"))
                return true;
        return false;
    }

    /** Where the speaker's frame (王磊表示，) ends: right after its verb of saying and the comma or colon. */
    private static int frameEnd(String text, Hit speaker) {
        Matcher m = positionFrame().matcher(text.substring(speaker.end()));
        return m.find() ? speaker.end() + m.end() : speaker.end();
    }

    /**
     * The actors that open the nearest sub-clause which starts at or after {@code from} and before {@code subStart} (中方 in
     * …表示，中方始终坚持A，反对B): the subject a subjectless sub-clause inherits, when it is a state (a statement in a state's
     * name, CONVENTIONS.md); empty when no such sub-clause opens with an actor or it opens with another (a body, a person).
     */
    private static List<String> subjectAfterFrame(String text, List<Hit> hits, int from, int subStart) {
        int end = subStart;
        while (end > from) {
            int start = Math.max(from, backTo(text, end - 1, SUBCLAUSE_END));
            List<String> actors = new ArrayList<>();
            int at = start;
            boolean states = true;
            for (Hit a : between(hits, start, end)) {
                String gap = text.substring(at, a.start());
                if (!a.isActor() || !(actors.isEmpty() ? gap.matches("(?s)^[\\s“”]{0,2}$") : gap.matches("^[、和与及]$")))
                    break;
                actors.add(a.iri());
                states &= "State".equals(a.type());
                at = a.end();
            }
            if (!actors.isEmpty() && !modifies(text, at))
                return states ? actors : List.of(); // 陈茂波表示，特区政府…坚持A: a person speaking of a body holds the stance himself
            end = start;
        }
        return List.of();
    }

    /** What a text or meeting is about, after 的: 该法案的核心是…, 论坛的主题是… (an about cue of relation-cues.tsv follows). */
    private static String whatItIs() {
        return CUES.any("what-it-is") + CUES.any("what-it-is-link");
    }
    /**
     * A clause (or sub-clause) that opens with a short reference to the instrument or event last named:
     * 报告强调…, 该议定书要求…, 峰会围绕…, 这份以“…”为主题的报告, …，认为成果文件…, 升级议定书涵盖…, also as the
     * first words of a numbered paragraph (2. 决议鼓励…). Group 1
     * is a theme in quotes, group 3 an instrument word, group 4 an event word, group 2 (pre) a short qualifier
     * before the instrument word (升级议定书), kept only when an instrument named so far ends with both.
     */
    private static Pattern topicReference() {
        return CUES.pattern("TOPIC_REFERENCE", () ->
            "^(?:\\s*(?:\\d{1,2}\\s*[.、．)）]|[（(][一二三四五六七八九十\\d]{1,2}[）)]|[一二三四五六七八九十]、)\\s*)?(?:[^，。；]{0,4}[，,])?(?:[\\d年月日,，\\s]*)" + CUES.any("reference-determiner")
                    + "?(?:以(“[^”]{2,40}”)为主题的)?(?<pre>[\\u4e00-\\u9fff]{1,3}?)?(?:(" + CUES.any("reference-instrument") + "|(?<=" + CUES.any("reference-determined-by") + ")"
                    + CUES.any("reference-determined-instrument") + ")|(" + CUES.any("reference-event") + "))"
                    // 该法和《X》, 该法的…: the reference is one of several or qualifies a noun; but 该法涉及…: a verb that ends
                    // in a character of conjunction (reference-verb) has the reference as its subject
                    + "(?:(?=" + CUES.any("reference-verb") + ")|(?![\\u4e00-\\u9fff]{0,1}(?:的(?!" + whatItIs() + ")|和|与|及)))");
    }
    /** What may stand before a reference that opens a later sub-clause: a verb of judging (…，认为成果文件…). */
    private static Pattern subclauseLead() {
        return CUES.pattern("SUBCLAUSE_LEAD", () -> "^" + CUES.any("subclause-adverb") + "?" + CUES.any("subclause-judging") + "?");
    }

    /**
     * What a text says an instrument or event covers when a clause's topic is a short reference to it
     * (报告强调…跨境数据流动…; 峰会围绕…数据治理、人工智能…): the issues after the first about-cue of
     * the clause that is followed by some, the issues of its theme (以“…”为主题), and, after a verb of saying (报告指出，…: concept-cues.tsv
     * position says), every issue of the clause.
     */
    void addressesOfTopic(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        int start = 0;
        while (start < text.length()) {
            int end = forwardTo(text, start, CLAUSE_END);
            for (int sub = start; sub < end; sub = forwardTo(text, sub, SUBCLAUSE_END) + 1) {
                if (topicClause(text, hits, discourse, start, sub, end, out))
                    break;
            }
            start = end + 1;
        }
    }

    /** The sub-clause at {@code sub} of the clause [start, end) opens with a topic reference: its issues. Returns whether it did. */
    private boolean topicClause(String text, List<Hit> hits, Discourse discourse, int start, int sub, int end, List<Rel> out) {
        int at = sub;
        if (sub > start) {
            Matcher lead = subclauseLead().matcher(text.substring(sub, end));
            if (!lead.lookingAt() || lead.end() == 0 && !"，,".contains(text.substring(sub - 1, sub)))
                return false;
            at = sub + lead.end();
        }
        Matcher t = topicReference().matcher(text.substring(at, end));
        if (!t.find() || sub > start && t.start() != 0)
            return false;
        boolean instrument = t.group(3) != null;
        int after = at + t.end();
        if (!instrument && CUES.set("reference-verb").stream().anyMatch(v -> text.startsWith(v, after)))
            return false; // 会议涉及…: the meeting named last need not be the one meant (a planned one may go unnamed); texts only
        if (insideHit(hits, at + t.start(instrument ? 3 : 4)) && !isShortReference(hits, at + t.start(instrument ? 3 : 4)))
            return false; // (该协定 resolved as a short reference is this rule's topic reference all the same)
        if (sub > start && between(hits, start, sub).stream().anyMatch(h -> h.isInstrument() || h.isEvent()))
            return false; // 《X》…，该协定…: the reference may mean the instrument of the same sentence; left to addresses-cue
        // 决议 after 《2030年议程》: the resolution named before it, not the agenda; 法案 after 欧盟官方公报: the
        // law named before; 决议 after 《X》决议 or 成果文件 after 成果文件（X）: X (TopicMemory)
        String pre = t.group("pre");
        if (pre != null && (!instrument || !between(hits, at + t.start("pre"), at + t.end("pre")).isEmpty()))
            return false;
        // 升级议定书共涵盖…: a short name made of a qualifier and the word is the instrument whose name ends with it
        Hit subject = pre != null ? TopicMemory.of(discourse).named(pre + t.group(3))
                : instrument ? TopicMemory.of(discourse).referred(t.group(3)) : discourse.lastEvent();
        if (subject == null)
            return false;
        int from = at + t.end();
        java.util.Set<String> issues = new java.util.LinkedHashSet<>();
        if (t.group(1) != null)
            for (Hit h : between(hits, at + t.start(1), at + t.end(1)))
                if (h.top().equals("Issue") && !modifier(text, h))
                    issues.add(h.iri()); // 这份以“跨境数据流动与发展”为主题的报告
        Matcher says = says().matcher(text.substring(from, end));
        Matcher urges = urges().matcher(text.substring(from, end));
        if (urges.lookingAt()) {
            issues.addAll(urged(text, hits, from + urges.end(), end)); // 行动计划呼吁各方…，加强数字基础设施建设，…
        } else if (says.lookingAt() && Lexicon.words("concept-cues.tsv", "position", "says").contains(says.group(1))) {
            for (Hit h : between(hits, from + says.end(), end)) {
                if (h.isInstrument() || h.isEvent())
                    break; // 法案还明确，…不影响《Y》在A方面的适用: what follows another text is said of it
                int hSub = Math.max(from + says.end(), backTo(text, h.start(), SUBCLAUSE_END));
                if (between(hits, hSub, h.start()).stream().anyMatch(Hit::isActor))
                    continue; // 报告认为，中国和美国参与A的程度最深: what the report says of actors, not a field it covers
                if (h.top().equals("Issue") && !modifier(text, h))
                    issues.add(h.iri()); // 报告指出，…数字鸿沟…: what the report says is what it covers
            }
        } else {
            // the first about-cue whose sub-clause names issues (法案采取…分级监管思路，明确禁止…社会评分): later
            // cues of a long clause often speak of the actors' own plans, no longer of the topic
            Matcher a = about.matcher(text.substring(from, end));
            while (issues.isEmpty() && a.find()) {
                int cueStart = from + a.start();
                int cue = from + a.end();
                int subEnd = listEnd(text, forwardTo(text, cue, SUBCLAUSE_END));
                int cueSub = backTo(text, cueStart, SUBCLAUSE_END);
                boolean actorFirst = between(hits, Math.max(from, cueSub), cueStart).stream()
                        .anyMatch(h -> h.isActor() || h.isInstrument());
                if (actorFirst || blockBefore.matcher(text.substring(Math.max(from, cueSub), cueStart)).find()
                        || negated(text.substring(Math.max(from, cueSub), cueStart))
                        || between(hits, from, cueStart).stream().anyMatch(h -> h.isInstrument() || h.isEvent() && !locative(text, h)))
                    break; // another actor or instrument takes the topic's place
                for (Hit h : between(hits, cue, subEnd)) {
                    if (h.isInstrument() || h.isEvent())
                        break; // 相关规定不影响《Y》在A方面的适用: what follows another text is said of it
                    if (h.top().equals("Issue") && !modifier(text, h) && !inPrincipleList(text, cue, h, subEnd))
                        issues.add(h.iri());
                }
                if (!issues.isEmpty() || between(hits, cue, subEnd).isEmpty())
                    issues.addAll(purposes(text, hits, subEnd, end)); // 决议围绕…提出举措，意在…，弥合数字鸿沟
                if (!issues.isEmpty())
                    issues.addAll(continued(text, hits, subEnd, end)); // 计划以…为宗旨，围绕A、B等领域，…
            }
        }
        for (String issue : issues)
            out.add(new Rel(subject.iri(), "addresses", issue, start, end, 0.6, "addresses-topic", false));
        return true;
    }

    /** A verb of calling for or stressing right after the reference, no comma: 行动计划呼吁各方…, 声明强调缩小… */
    private static Pattern urges() {
        return CUES.pattern("URGES", () -> "^" + CUES.any("urges-adverb") + "?" + CUES.any("urges-verb") + "(?:了)?(?![，,：:])");
    }
    /** What may close an issue that is an item of what is called for: 加强数字基础设施建设， 推动A、B… */
    private static Pattern itemEnd() {
        return CUES.pattern("ITEM_END", () -> "^" + CUES.any("item-close") + "?(?:[、，,。；;]|和|与|及|以及|等|$)");
    }

    /**
     * 行动计划呼吁各方把握…，加强数字基础设施建设，开展人工智能能力建设: after a verb of calling for, the
     * issues that a verb of pursuing (concept-cues.tsv position pursue) takes as a whole item, sub-clause by
     * sub-clause, or that a verb of stressing opens (并强调A和B…); a sub-clause that names an actor, instrument or
     * event ends the call (并支持某组织…), the party called upon right after the verb (鼓励会员国…) excepted.
     */
    private static java.util.Set<String> urged(String text, List<Hit> hits, int from, int end) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int sub = from; sub < end; sub = forwardTo(text, sub, SUBCLAUSE_END) + 1) {
            int subEnd = Math.min(end, forwardTo(text, sub, SUBCLAUSE_END));
            List<Hit> inSub = new ArrayList<>(between(hits, sub, subEnd));
            if (sub == from && !inSub.isEmpty() && inSub.get(0).isActor() && inSub.get(0).start() == from)
                inSub.remove(0); // 决议鼓励会员国…: the party called upon right after the verb
            if (inSub.stream().anyMatch(h -> h.isActor() || h.isInstrument() || h.isEvent()))
                break;
            int item = sub;
            for (Hit h : inSub) {
                int sep = Math.max(text.lastIndexOf('、', h.start() - 1), item);
                int itemStart = sep > sub ? sep + 1 : sub;
                if (h.top().equals("Issue") && !modifier(text, h) && (pursued(text, itemStart, h) || pursuedQualified(text, hits, itemStart, h))
                        && itemEnd().matcher(text.substring(h.end())).lookingAt())
                    out.add(h.iri());
            }
        }
        return out;
    }

    /** A sub-clause that goes on with what the text stresses: 并强调A和B… (the issue right after the verb). */
    private static Pattern stresses() {
        return CUES.pattern("STRESSES", () -> "^" + CUES.any("subclause-adverb") + "?" + CUES.any("stresses-verb") + "(?:了)?$");
    }
    /** A verb that takes a problem as its object, adverbs before it: 客观理性看待A问题, 妥善处理A问题. */
    private static Pattern regards() {
        return CUES.pattern("REGARDS", () -> "^[\\u4e00-\\u9fff]{0,6}?" + CUES.any("regards-verb") + "$");
    }

    /** A verb of pursuing (concept-cues.tsv position pursue), then words that qualify the issue: 缩小国家之间和国家内部的. */
    private static boolean pursuedQualified(String text, List<Hit> hits, int itemStart, Hit h) {
        String lead = text.substring(itemStart, h.start());
        if (stresses().matcher(lead).matches() || regards().matcher(lead).matches() && text.startsWith("问题", h.end()))
            return true;
        int de = lead.lastIndexOf('的');
        if (de != lead.length() - 1 || lead.length() > 20 || !between(hits, itemStart, h.start()).isEmpty() || lead.matches(".*[，,、。；].*"))
            return false;
        for (String v : Lexicon.words("concept-cues.tsv", "position", "pursue"))
            if (lead.startsWith(v))
                return true;
        return false;
    }

    /** A verb of holding to principles: what follows it up to 原则 is a list of principles (遵循A、B…等原则). */
    private static Pattern holdsTo() {
        return CUES.pattern("HOLDS_TO", () -> CUES.any("holds-to"));
    }

    /** 要求缔约方遵循…隐私和个人数据保护…等原则: an issue word inside a list of principles names a principle, no topic. */
    static boolean inPrincipleList(String text, int from, Hit h, int subEnd) {
        return holdsTo().matcher(text.substring(from, h.start())).find() && text.substring(h.end(), subEnd).contains("原则");
    }

    /** What opens a sub-clause that states the purpose of what the clause's topic does: 意在, 旨在, 以期. */
    private static Pattern purpose() {
        return CUES.pattern("PURPOSE", () -> "^" + CUES.any("purpose-lead") + "?" + CUES.any("purpose-opener"));
    }

    /**
     * 决议围绕能力建设提出了举措，意在帮助各国…，弥合数字鸿沟，完善全球人工智能治理: the sub-clauses after
     * {@code from} that state the topic's purpose (opened by {@link #purpose()}), and those that go on
     * with a verb of pursuing (concept-cues.tsv position pursue) after one, name issues it covers.
     */
    private static java.util.Set<String> purposes(String text, List<Hit> hits, int from, int end) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        boolean inPurpose = false;
        for (int sub = from + 1; sub < end; sub = forwardTo(text, sub, SUBCLAUSE_END) + 1) {
            int subEnd = forwardTo(text, sub, SUBCLAUSE_END);
            String opening = text.substring(sub, subEnd);
            boolean pursue = false;
            for (String v : Lexicon.words("concept-cues.tsv", "position", "pursue"))
                pursue |= opening.startsWith(v);
            if (purpose().matcher(opening).lookingAt())
                inPurpose = true;
            else if (!(inPurpose && pursue))
                break;
            if (between(hits, sub, subEnd).stream().anyMatch(h -> h.isActor() || h.isInstrument() || h.isEvent()))
                break;
            for (Hit h : between(hits, sub, subEnd))
                if (h.top().equals("Issue") && !modifier(text, h) && pursued(text, sub, h))
                    out.add(h.iri());
        }
        return out;
    }

    /** 弥合数字鸿沟, 旨在保障网络安全: the issue is the object of a verb of pursuing or of the purpose marker itself. */
    private static boolean pursued(String text, int sub, Hit h) {
        String lead = text.substring(sub, h.start()).replaceFirst(CUES.any("pursue-adverb") + "$", "");
        if (purpose().matcher(lead).matches())
            return true;
        for (String v : Lexicon.words("concept-cues.tsv", "position", "pursue"))
            if (lead.endsWith(v))
                return true;
        return false;
    }

    /** A verb of saying right after the reference (报告指出，…), adverbs allowed before it. */
    private static Pattern says() {
        return CUES.pattern("SAYS", () -> "^" + CUES.any("urges-adverb") + "{0,2}([\\u4e00-\\u9fff]{2})[，,：:]");
    }

    /**
     * 网络信息内容生产者, 人工智能系统, 电子商务联合声明倡议: an issue glued to a head noun that makes it
     * a modifier of something else (concept-cues.tsv position modified) is no topic of the text.
     */
    static boolean modifier(String text, Hit h) {
        if (means().matcher(text.substring(Math.max(0, h.start() - 2), h.start())).find())
            return true; // 禁止利用人工智能进行操纵: the means of a practice, no topic
        for (String head : Lexicon.words("concept-cues.tsv", "position", "modified"))
            if (text.startsWith(head, h.end()))
                return true;
        return false;
    }

    /** A verb of using right before an issue: what follows is done by means of it. */
    private static Pattern means() {
        return CUES.pattern("MEANS", () -> CUES.any("means") + "$");
    }

    /** Kinds a short reference can stand for each other (准则 for a 行为准则, 协定 for a 公约); other kinds are told apart. */
    private static final java.util.List<java.util.Set<String>> FAMILIES = java.util.List.of(
            java.util.Set.of("Agreement", "TradeAgreement", "DigitalEconomyAgreement", "Treaty", "Compact"),
            java.util.Set.of("PrinciplesDocument", "CodeOfConduct", "Framework", "Standard", "Initiative", "Strategy", "ActionPlan"));

    /** Whether a reference word's kind (报告 → Report) can name an instrument of class {@code type}; an unknown kind can. */
    static boolean sameKind(String kind, String type) {
        if (kind.equals("Instrument") || type == null || type.equals("Instrument") || kind.equals(type))
            return true;
        for (var family : FAMILIES)
            if (family.contains(kind) && family.contains(type))
                return true;
        return false;
    }

    /**
     * A verb or preposition that takes the instrument or event after it as its object (符合《Y》, 根据《Y》,
     * 继《Y》之后: a time, 延长至E: a deadline), and the verbs of upholding a text (恪守《宪章》宗旨和原则,
     * 维护以…为基础的秩序: what the next sub-clause names is the speaker's aim, not the text's content).
     */
    private static Pattern governed() {
        return CUES.pattern("GOVERNED", () -> CUES.any("governing") + "[^，,。；]*$|" + CUES.any("until") + "$");
    }

    /**
     * 该协定…生效，内容涉及…: the instrument stays the topic across commas when no other actor,
     * instrument or event is named before the cue, in at most two more sub-clauses.
     */
    private static boolean subjectUpTo(List<Hit> hits, int i, int cueStart, String text) {
        Hit ins = hits.get(i);
        if (governed().matcher(text.substring(backTo(text, ins.start(), SUBCLAUSE_END), ins.start())).find())
            return false; // 确保…符合《Y》，要求…: an instrument a verb governs is no topic that carries over the comma
        for (Hit h : between(hits, ins.end(), cueStart))
            if ((h.isActor() || h.isInstrument() || h.isEvent()) && !venue(text, h, cueStart) && !passiveAgent(text, h, cueStart)
                    && !(h.isInstrument() && governedAfter(text, ins, h)))
                return false;
        return text.substring(ins.end(), cueStart).replaceAll("[^，,]", "").length() <= 2;
    }

    /**
     * 《X》是落实《Y》的法规，旨在…: an instrument after X that a verb or preposition governs (落实, 根据, 依据: {@link #governed()})
     * within its sub-clause is an object of X's description, no new topic.
     */
    private static boolean governedAfter(String text, Hit ins, Hit other) {
        int from = Math.max(ins.end(), backTo(text, other.start(), SUBCLAUSE_END));
        return from < other.start() && governed().matcher(text.substring(from, other.start())).find() || basisOf(text, other);
    }

    /**
     * 《协定》以《Y》为基础，涵盖A、B: an instrument inside a frame of basis (act-cues.tsv basis-open, basis-noun) is the model
     * the clause's topic builds on, no topic of its own.
     */
    private static boolean basisOf(String text, Hit h) {
        return h.isInstrument() && ClauseAnalysis.insideBasisFrame(text, h, forwardTo(text, h.end(), SUBCLAUSE_END));
    }

    /** An act of the instrument's making after its agent: 经X表决通过, 由X于3月提出, 由X主管. */
    private static Pattern agentAct() {
        return CUES.pattern("AGENT_ACT", () -> "^[^，,。；]{0,16}?" + CUES.any("agent-act"));
    }

    /**
     * 《X》经议会表决通过，要求…: an actor (or the meeting: 经X会议审议通过) after 经/由/被 in a sub-clause of the
     * instrument's own making is the agent of a passive, so the instrument stays the topic of the clause.
     */
    private static boolean passiveAgent(String text, Hit h, int limit) {
        if (!(h.isActor() || h.isEvent()) || h.start() == 0 || "经由被".indexOf(text.charAt(h.start() - 1)) < 0)
            return false;
        int subEnd = Math.min(limit, forwardTo(text, h.end(), SUBCLAUSE_END));
        return agentAct().matcher(text.substring(h.end(), subEnd)).lookingAt();
    }

    /** Where an event takes place: 在斯洛文尼亚克拉尼举行. */
    private static Pattern held() {
        return CUES.pattern("HELD", () -> "^[^，,。；]{0,12}?" + CUES.any("held"));
    }

    /** An actor named as the place of the event (在X…举行) is no new topic of the clause. */
    private static boolean venue(String text, Hit h, int limit) {
        return h.isActor() && h.start() > 0 && text.charAt(h.start() - 1) == '在'
                && held().matcher(text.substring(h.end(), limit)).lookingAt();
    }

    private static Pattern listGoesOn() {
        return CUES.pattern("LIST_GOES_ON", () -> "^[，,]" + CUES.any("list-goes-on"));
    }

    /** …涵盖九个领域，其中A、B和C…: a sub-clause that opens with 其中/包括 continues the list. */
    private static int listEnd(String text, int end) {
        if (end < text.length() && listGoesOn().matcher(text.substring(end)).find())
            return forwardTo(text, end + 1, SUBCLAUSE_END);
        return end;
    }

    private static Pattern formerLatter() {
        return CUES.pattern("FORMER_LATTER", () -> "[，,](" + CUES.any("former") + "|" + CUES.any("latter") + ")");
    }

    /**
     * 提出《A》和《B》两项提案，前者聚焦X，后者侧重于Y: 前者 is the first of the two instruments
     * named last before it in the clause, 后者 the second.
     */
    void formerAndLatter(String text, List<Hit> hits, List<Rel> out) {
        Matcher m = formerLatter().matcher(text);
        while (m.find()) {
            int clauseStart = backTo(text, m.start(), CLAUSE_END);
            List<Hit> named = new ArrayList<>();
            for (Hit h : between(hits, clauseStart, m.start()))
                if (h.isInstrument() && !ShortReferences.RULE.equals(h.rule()) && (named.isEmpty() || !named.get(named.size() - 1).iri().equals(h.iri())))
                    named.add(h);
            if (named.size() < 2)
                continue;
            Hit ins = named.get(named.size() - (CUES.set("former").contains(m.group(1)) ? 2 : 1));
            int subEnd = forwardTo(text, m.end(), SUBCLAUSE_END);
            Matcher a = about.matcher(text.substring(m.end(), subEnd));
            if (!a.find())
                continue;
            for (Hit h : between(hits, m.end() + a.end(), subEnd))
                if (h.top().equals("Issue") && !modifier(text, h))
                    out.add(new Rel(ins.iri(), "addresses", h.iri(), m.start(), h.end(), 0.6, "addresses-cue", false));
        }
    }

    /** A plan or a negation right before the cue (an adverb may stand between): 将就, 拟对, 未对, 尚未就. */
    private static Pattern planOrNotBeforeCue() {
        return CUES.pattern("PLAN_OR_NOT_BEFORE_CUE", () -> CUES.any("plan-or-not") + CUES.any("plan-adverb") + "?(?:对|就)?$");
    }

    /** Some of several texts counted before: 其中6项, 其中两个. */
    private static final Pattern SUBSET = Pattern.compile("其中[\\d一二三四五六七八九十两几]+[项个份部条类]");

    /** An instrument, then a word that says what it is about, then issues in the same sub-clause. */
    void addresses(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        addressesOfRevision(text, hits, discourse, out); // 此次修订主要回应…: the revised text named before
        for (int i = 0; i < hits.size(); i++) {
            Hit ins = hits.get(i);
            if (!ins.isInstrument() && !ins.isEvent())
                continue;
            if (discourse != null && TopicMemory.of(discourse).misread(text, ins))
                continue; // 《规定》 resolved to a 办法 the document named: no subject to trust
            if (basisOf(text, ins))
                continue; // 《协定》以《Y》为基础，涵盖…: Y is the model, the clause speaks of 《协定》
            int limit = text.length();
            for (int j = i + 1; j < hits.size(); j++)
                if (hits.get(j).isInstrument() && !governedAfter(text, ins, hits.get(j))
                        || hits.get(j).isActor() && hits.get(j).start() > ins.end() + 12) {
                    limit = hits.get(j).start();
                    break;
                }
            if (locative(text, ins))
                continue; // 在…举行的峰会上通过，内容涉及…: the event is where the clause's topic was adopted
            if (ins.isEvent() && passiveAgent(text, ins, text.length()))
                continue; // 《法》经X会议审议通过，规定了…: the meeting is where the text was passed, the text is the topic
            Matcher a = about.matcher(text.substring(ins.end(), limit));
            // 《数据法》规定了…规则，涉及A、B等方面: when a cue's sub-clause names no issue, the next cue of the
            // same topic (subjectUpTo: no other party, at most two more commas) may
            boolean first = true;
            while (a.find()) {
                int cue = ins.end() + a.end();
                String gap = text.substring(ins.end(), ins.end() + a.start());
                if (gap.matches("(?s).*[。；!?！？\n].*") || SUBSET.matcher(gap).find())
                    break; // 实行“X计划”15项，其中6项涉及…: the cue speaks of some of several texts, not of X
                if (gap.matches("(?s).*[，,].*") && (!subjectUpTo(hits, i, ins.end() + a.start(), text) || formerLatter().matcher(gap).find()))
                    break;
                if (!first && !opensWithCue().matcher(text.substring(backTo(text, ins.end() + a.start(), SUBCLAUSE_END), ins.end() + a.start())).matches())
                    break; // 此次修订旨在…，进一步保障…: a later sub-clause with a subject of its own speaks of that
                if (negated(text.substring(Math.max(ins.end(), backTo(text, ins.end() + a.start(), SUBCLAUSE_END)), ins.end() + a.start())))
                    break; // 该宣言未能解决A问题: what a text fails to do is no topic of it
                if (planOrNotBeforeCue().matcher(gap).find())
                    break; // 《X》将就A作出规定, 《X》未对A作出规定: a plan or a negation states no topic
                first = false;
                int end = listEnd(text, forwardTo(text, cue, SUBCLAUSE_END));
                boolean found = false;
                for (Hit h : between(hits, cue, Math.min(end, limit)))
                    if (h.top().equals("Issue") && !modifier(text, h) && !inPrincipleList(text, cue, h, Math.min(end, limit))) {
                        out.add(new Rel(ins.iri(), "addresses", h.iri(), ins.start(), h.end(), 0.6, "addresses-cue", false));
                        found = true;
                    }
                if (found && end < limit) // 《宣言》从…五个方面提出主张，提出要推动制定数据保护规则、加强个人信息保护
                    for (String issue : continued(text, hits, end, Math.min(limit, forwardTo(text, end, CLAUSE_END))))
                        out.add(new Rel(ins.iri(), "addresses", issue, ins.start(), end, 0.6, "addresses-cue", false));
                if (found || !between(hits, cue, Math.min(end, limit)).isEmpty())
                    break; // the first cue that takes names decides
            }
        }
    }

    static final String RULE_REVISION = "addresses-revision";
    /** Adverbs between a reference to a revision and its cue: 此次修订主要回应…, 修订后的原则进一步明确… */
    private static Pattern revisionLead() {
        return CUES.pattern("REVISION_LEAD", () -> "^(?:后的[\\u4e00-\\u9fff]{1,6}?)?" + CUES.any("revision-adverb") + "*$");
    }

    /**
     * {@value #RULE_REVISION}: a clause opened by a reference to the revision of the text named last (此次修订, 修订后的建议:
     * {@link ProvisionContents#revisionReference}) and an about-cue right after it (回应, 聚焦, 针对): the issues of that
     * sub-clause, and of the sub-clauses that go on stating, are what the revised text covers. The text is the last
     * instrument of the sentence before the clause, else of the two sentences before (TopicMemory).
     */
    void addressesOfRevision(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        if (discourse == null)
            return;
        Pattern reference = ProvisionContents.revisionReference();
        for (int c = 0; c < text.length(); c = forwardTo(text, c, CLAUSE_END) + 1) {
            int clauseEnd = forwardTo(text, c, CLAUSE_END);
            Matcher r = reference.matcher(text.substring(c, clauseEnd));
            if (!r.lookingAt() || r.end() == 0 || !between(hits, c, c + r.end()).isEmpty())
                continue;
            Hit subject = null;
            for (Hit h : between(hits, 0, c))
                if (h.isInstrument())
                    subject = h;
            if (subject == null)
                subject = TopicMemory.of(discourse).lastWithin(2);
            if (subject == null)
                continue;
            int from = c + r.end();
            int subEnd = forwardTo(text, from, SUBCLAUSE_END);
            Matcher a = about.matcher(text.substring(from, Math.min(subEnd, clauseEnd)));
            if (!a.find() || !revisionLead().matcher(text.substring(from, from + a.start())).matches())
                continue;
            List<Hit> inSub = between(hits, from + a.end(), Math.min(subEnd, clauseEnd));
            if (inSub.stream().anyMatch(h -> h.isActor() || h.isInstrument() || h.isEvent()))
                continue;
            java.util.Set<String> issues = new java.util.LinkedHashSet<>();
            for (Hit h : inSub)
                if (h.top().equals("Issue") && !modifier(text, h))
                    issues.add(h.iri());
            if (!issues.isEmpty() && subEnd < clauseEnd)
                issues.addAll(continued(text, hits, subEnd, clauseEnd));
            for (String issue : issues)
                out.add(new Rel(subject.iri(), "addresses", issue, c, Math.min(subEnd, clauseEnd), 0.6, RULE_REVISION, false));
        }
    }

    /** The words a later sub-clause may open with before its cue and still speak of the same topic: 并涉及, 内容涉及. */
    private static Pattern opensWithCue() {
        return CUES.pattern("OPENS_WITH_CUE", () -> "^" + CUES.any("opens-with") + "?$");
    }

    /** What follows an event named as the place or time of an act: 在…峰会上, 在会议期间. */
    private static final Pattern LOCATIVE_AFTER = Pattern.compile("^[》”」]?(?:上|期间|前夕|之际|中|时)");

    /**
     * 在赤道几内亚马拉博举行的非盟峰会上通过: an event inside a phrase of place or time (在 earlier in its
     * sub-clause, 上/期间 after it) only says where or when the clause's act happened; it is no topic.
     */
    static boolean locative(String text, Hit h) {
        if (!h.isEvent() || !LOCATIVE_AFTER.matcher(text.substring(h.end())).lookingAt())
            return false;
        return text.substring(backTo(text, h.start(), SUBCLAUSE_END), h.start()).contains("在");
    }

    /**
     * What opens a sub-clause that goes on saying what the same text states: a verb of stating its
     * content (提出要…, 倡导…, 强调…, 明确…) with nothing before it but a conjunction.
     */
    private static Pattern statesOn() {
        return CUES.pattern("STATES_ON", () -> "^" + CUES.any("states-adverb") + "?" + CUES.any("states-verb") + "(?:了)?(?:要)?");
    }

    /**
     * The issues of the sub-clauses after {@code from} (a sub-clause end) that continue the topic's
     * statement: each opens with an about-cue or a {@link #statesOn()} verb and names no actor,
     * instrument or event (支持某组织发挥…: another party takes the stage, the run ends); the run
     * stops at the first sub-clause that does not continue, or at {@code end}.
     */
    private java.util.Set<String> continued(String text, List<Hit> hits, int from, int end) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int sub = from + 1; sub < end; ) {
            int subEnd = listEnd(text, forwardTo(text, sub, SUBCLAUSE_END));
            String opening = text.substring(sub, Math.min(subEnd, end));
            String afterJoin = opening.replaceFirst("^" + CUES.any("continues-with"), "");
            Matcher cue = about.matcher(afterJoin);
            if (!statesOn().matcher(opening).lookingAt() && !(cue.lookingAt() && cue.end() > 0))
                break;
            List<Hit> inSub = between(hits, sub, Math.min(subEnd, end));
            if (inSub.stream().anyMatch(h -> h.isActor() || h.isInstrument() || h.isEvent()))
                break;
            for (Hit h : inSub)
                if (h.top().equals("Issue") && !modifier(text, h))
                    out.add(h.iri());
            sub = subEnd + 1;
        }
        return out;
    }

    /**
     * An instrument whose name holds an issue (《个人数据保护条例》 → 个人数据保护) addresses it when
     * the sentence first speaks of the issue and then, in a later sub-clause, cites the instrument
     * (对个人数据和隐私的保护，例如根据《…数据保护条例》): the text, not the title alone, says what
     * it covers. A title whose issue is only mentioned after it (签署《…电子商务…》，启动电子商务议题谈判)
     * states nothing about it. {@code addressed} keeps one such fact per instrument and issue in a document.
     */
    static void addressesInTitle(String text, List<Hit> hits, java.util.function.Function<Hit, List<String>> issuesNamedIn,
            Set<String> addressed, List<Rel> out) {
        for (Hit h : hits) {
            if (h.isEvent() && QUOTED_THEME.matcher(text.substring(h.start(), h.end())).matches()) {
                for (String issue : issuesNamedIn.apply(h)) // “数字鸿沟对发展的影响”高级别会议: its theme
                    if (addressed.add(h.iri() + " " + issue))
                        out.add(new Rel(h.iri(), "addresses", issue, h.start(), h.end(), 0.7, "addresses-in-title", false));
                continue;
            }
            if (!h.isInstrument() || excludedBy().matcher(text.substring(backTo(text, h.start(), SUBCLAUSE_END), h.start())).find())
                continue; // …应用生成式人工智能技术，但未向公众提供服务的，不适用《办法》: what a text leaves out
            int sub = backTo(text, h.start(), SUBCLAUSE_END);
            for (String issue : issuesNamedIn.apply(h))
                if (hits.stream().anyMatch(o -> o.iri().equals(issue) && (o.end() <= sub || described(text, o, h)) && !modifier(text, o))
                        && addressed.add(h.iri() + " " + issue))
                    out.add(new Rel(h.iri(), "addresses", issue, h.start(), h.end(), 0.7, "addresses-in-title", false));
        }
    }

    /** Right before the title: the text does not apply (不适用《办法》, 不受《X》约束). */
    private static Pattern excludedBy() {
        return CUES.pattern("EXCLUDED_BY", () -> CUES.any("excluded-by") + "(?:于)?[《“]?$");
    }

    /** A word for a kind of text right before a title, after the issue it is about: 打击网络犯罪条约《…》. */
    private static Pattern descriptor() {
        return CUES.pattern("DESCRIPTOR", () -> "^(?:的)?" + CUES.any("descriptor-scope") + "?" + CUES.any("descriptor-head") + "[《“]?$");
    }

    /** 首个全球性打击网络犯罪条约《X》: the issue describes the text whose name follows (an appositive), no other sub-clause needed. */
    private static boolean described(String text, Hit issue, Hit instrument) {
        return issue.end() <= instrument.start() && descriptor().matcher(text.substring(issue.end(), instrument.start())).matches();
    }

    /** An event named by its theme in quotes and a head: “…”高级别会议. */
    private static final Pattern QUOTED_THEME = Pattern.compile("^[“\"「][^”\"」]{4,60}[”\"」][\u4e00-\u9fff]{1,10}$");

    static final String RULE_PUBLISHER = "advocates-publisher";
    /**
     * What opens a recommendation that has no subject: an ordinal (一是, 二是), a modal of obligation
     * (应, 需要, 必须) or adverbs; only these may stand between the start of the clause and the verb.
     */
    private static Pattern recommendationLead() {
        return CUES.pattern("RECOMMENDATION_LEAD", () -> "^(?:[一二三四五六七八九十]是|" + CUES.any("recommendation-opener") + ")*"
                + "(?:[\\u4e00-\\u9fff]{1,12}?" + CUES.any("recommendation-modal") + ")?" + CUES.any("recommendation-adverb") + "*$"); // 各方应…, 全球数字治理体系建设应…
    }

    /**
     * 一是秉持…原则, 应坚持…理念, 秉持共商共建共享理念，维护真正的多边主义: a recommendation without a
     * subject in a document whose publisher speaks in its own voice (a white paper, a policy brief; the
     * caller decides, from the manifest) is the publisher's stance. The clause must hold no actor before
     * the verb (who else would hold it) and open with nothing but a {@link #RECOMMENDATION_LEAD}; the
     * principles right after a verb of holding to (concept-cues.tsv position before) or of upholding
     * (position uphold) are advocated. Later sub-clauses of the same clause that open with such a verb
     * continue the recommendation (秉持A，维护B).
     */
    private static Pattern obligation() {
        return CUES.pattern("OBLIGATION", () -> CUES.any("obligation") + "|^[一二三四五六七八九十]是");
    }

    static void publisherStances(String text, List<Hit> hits, String publisherIri, List<Rel> out) {
        if (publisherIri == null)
            return;
        Set<String> verbs = new java.util.TreeSet<>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        for (String w : Lexicon.words("concept-cues.tsv", "position", "before"))
            if (Lexicon.words("concept-cues.tsv", "class", "Principle").contains(w))
                verbs.add(w);
        verbs.addAll(Lexicon.words("concept-cues.tsv", "position", "uphold"));
        int clauseStart = 0;
        while (clauseStart < text.length()) {
            int clauseEnd = forwardTo(text, clauseStart, CLAUSE_END);
            boolean recommending = false;
            for (int sub = clauseStart; sub < clauseEnd; sub = forwardTo(text, sub, SUBCLAUSE_END) + 1) {
                int subEnd = forwardTo(text, sub, SUBCLAUSE_END);
                String verb = null;
                int vs = -1;
                for (String v : verbs) {
                    int at = text.indexOf(v, sub);
                    if (at >= 0 && at < subEnd && (vs < 0 || at < vs)) {
                        vs = at;
                        verb = v;
                    }
                }
                if (verb == null || insideHit(hits, vs) || between(hits, clauseStart, vs).stream().anyMatch(Hit::isActor))
                    continue; // an actor in front of the verb holds the stance itself (the advocates rules)
                if (StanceRules.textSpeaks(text, hits, clauseStart, vs))
                    continue; // 本报告认为，应坚持…: the text speaks (StanceRules.spokenByText), not its publisher
                String lead = text.substring(sub, vs);
                boolean opens = recommendationLead().matcher(lead).matches();
                // 全球数字治理既要…，也要…，践行…: a modal of obligation earlier in the clause makes it a recommendation
                boolean obliged = obligation().matcher(text.substring(clauseStart, vs)).find();
                if (!opens || negated(text.substring(clauseStart, vs)) || !(recommending || sub == clauseStart || obliged))
                    continue;
                recommending = true;
                int at = vs + verb.length();
                for (Hit h : between(hits, at, subEnd)) {
                    String gap = text.substring(at, h.start());
                    boolean first = at == vs + verb.length();
                    if (!(publisherGap().matcher(gap).matches() || first && markedEnumeration(text, gap, h))
                            || !h.top().equals("Principle"))
                        break;
                    out.add(new Rel(publisherIri, "advocates", h.iri(), vs, h.end(), 0.6, RULE_PUBLISHER, false));
                    at = h.end();
                }
            }
            clauseStart = clauseEnd + 1;
        }
    }

    /** What may stand between a recommended verb of holding to and the principle: quotes, coordinators, 更加, 真正的, 的, 好. */
    private static Pattern publisherGap() {
        return CUES.pattern("PUBLISHER_GAP", () -> "^(?:[“”「」、和与及]|" + CUES.any("degree") + "|" + CUES.any("genuine") + "|的|好)*$");
    }

    /** Short items the schemes do not name before the first principle of a list closed by a word for principle: 平等、开放、包容精神. */
    private static final Pattern SHORT_ITEMS = Pattern.compile("^(?:[\\u4e00-\\u9fff]{1,3}、)+$");
    /** A list of principles placed as the basis of an act: 坚持在A、B的基础上… */
    private static final Pattern ON_THE_BASIS = Pattern.compile("^在$");
    private static Pattern principleWord() {
        return CUES.pattern("PRINCIPLE_WORD", () -> "^[”」]?(?:、[\\u4e00-\\u9fff]{1,6})*(?:的)?" + CUES.any("principle-word"));
    }
    private static final Pattern BASIS_WORD = Pattern.compile("^[”」]?(?:、[\\u4e00-\\u9fff]{1,6})*的基础上");

    /**
     * The gap before the first principle of a recommendation still leaves it the verb's object: short
     * items the schemes do not name, when a word for principle closes the list (秉持平等、开放、包容精神),
     * or 在 when the list is the basis of the act (坚持在相互尊重、相互信任的基础上加强对话).
     */
    private static boolean markedEnumeration(String text, String gap, Hit h) {
        String after = text.substring(h.end());
        return SHORT_ITEMS.matcher(gap).matches() && principleWord().matcher(after).lookingAt()
                || ON_THE_BASIS.matcher(gap).matches() && BASIS_WORD.matcher(after).lookingAt();
    }

    static final String RULE_UPHELD = "advocates-upheld";
    /** What may stand between an uphold verb and the principle: 构建更紧密的…, 推广“…”. */
    private static Pattern upholdGap() {
        return CUES.pattern("UPHOLD_GAP", () -> "^(?:" + CUES.any("uphold-qualifier") + "|了|的|“|「)*(?:以[^，。；、“”]{1,12}?为" + CUES.any("uphold-basis")
                + "的)?(?:" + CUES.any("degree") + "|" + CUES.any("genuine") + "|“|「)*$");
    }

    /**
     * 维护多边贸易体制, 构建…命运共同体, 推动“…”: a verb of upholding ({@code concept-cues.tsv},
     * position uphold) right before a principle; the actor is the subject of the nearest sub-clause
     * of the clause that opens with one (中方愿秉持…，携手构建…: 中方). Issues are never upheld this way
     * (维护国家安全 protects, it does not advocate).
     */
    void upheldPrinciples(String text, List<Hit> hits, List<Rel> out) {
        Hit previous = null;
        List<String> previousHolders = List.of();
        for (Hit h : hits) {
            if (!h.top().equals("Principle"))
                continue;
            if (previous != null && !previousHolders.isEmpty() && ENUMERATED.matcher(text.substring(previous.end(), h.start())).matches()) {
                for (String a : previousHolders) // 实行包容审慎和分类分级监管: the enumeration goes on
                    out.add(new Rel(a, "advocates", h.iri(), previous.start(), h.end(), 0.7, RULE_UPHELD, false));
                previous = h;
                continue;
            }
            previous = h;
            previousHolders = List.of();
            for (String cue : Lexicon.words("concept-cues.tsv", "position", "uphold")) {
                int cs = text.lastIndexOf(cue, h.start() - cue.length());
                if (cs < 0 || !upholdGap().matcher(text.substring(cs + cue.length(), h.start())).matches() || insideHit(hits, cs))
                    continue;
                if (negated(text.substring(backTo(text, cs, SUBCLAUSE_END), cs)))
                    break;
                previousHolders = subjectOfNearestSubclause(text, hits, cs);
                for (String a : previousHolders)
                    out.add(new Rel(a, "advocates", h.iri(), cs, h.end(), 0.7, RULE_UPHELD, false));
                break;
            }
        }
    }

    /** What joins two items of an enumeration of principles: 、, 和, 与, 及 (quotes allowed). */
    private static final Pattern ENUMERATED = Pattern.compile("^[”」]?(?:、|和|与|及|以及)[“「]?$");

    /** The actors that open the nearest sub-clause up to {@code pos} within its clause (coordinated ones included). */
    private static List<String> subjectOfNearestSubclause(String text, List<Hit> hits, int pos) {
        int clauseStart = backTo(text, pos, CLAUSE_END);
        int subStart = backTo(text, pos, SUBCLAUSE_END);
        while (true) {
            List<String> actors = new ArrayList<>();
            int at = subStart;
            for (Hit a : between(hits, subStart, pos)) {
                String gap = text.substring(at, a.start());
                if (!a.isActor() || !(actors.isEmpty() ? gap.matches("(?s)^[\\s“”]{0,2}$") || titled(gap, a) || groupBefore(text, at, a)
                        : gap.matches("^[、和与及]$")))
                    break;
                actors.add(a.iri());
                at = a.end();
            }
            if (!actors.isEmpty() && !modifies(text, at))
                return actors;
            if (subStart <= clauseStart || opensWithOwnSubject(text, hits, subStart))
                return List.of();
            subStart = backTo(text, subStart - 1, SUBCLAUSE_END);
        }
    }

    /**
     * 会议发表了《X》，声明将深化…，营造A、B的数字经济: a sub-clause that opens with a noun no hit covers, then a verb or an
     * adverb, has a subject of its own that is no actor (声明, 会议); the actor of a sub-clause before it holds nothing here.
     */
    private static boolean opensWithOwnSubject(String text, List<Hit> hits, int subStart) {
        int at = subStart;
        while (at < text.length() && Character.isWhitespace(text.charAt(at)))
            at++;
        if (insideHit(hits, at))
            return false;
        Term first = Segmenter.termAt(text, at);
        Term next = first == null ? null : Segmenter.termAt(text, at + first.word.length());
        if (next == null)
            return false;
        String n = Segmenter.nature(first);
        String after = Segmenter.nature(next);
        return n.startsWith("n") && first.word.length() >= 2 && (after.startsWith("v") || after.startsWith("d"));
    }

    /** 世贸组织电子商务谈判, 中国代表团: an actor glued to a noun (or 的) after it only qualifies that noun. */
    private static boolean modifies(String text, int end) {
        if (text.startsWith("的", end))
            return true;
        for (Term t : Segmenter.terms(text))
            if (t.offset == end) {
                String n = Segmenter.nature(t);
                return n.startsWith("n") || n.equals("vn");
            }
        return false;
    }

    /** A category coordinated before the actor: 国际组织以及某国等国家和地区仍然在积极维护… */
    private static final Pattern GROUP_GAP = Pattern.compile("^([\\u4e00-\\u9fff]{2,8}?)(?:以及|和|与|及)$");

    /** Whether the words from {@code from} to the actor are a category of nouns and a conjunction: the actor is still a subject. */
    private static boolean groupBefore(String text, int from, Hit a) {
        Matcher g = GROUP_GAP.matcher(text.substring(from, a.start()));
        if (!g.matches())
            return false;
        int end = from + g.end(1);
        for (Term t : Segmenter.terms(text)) {
            int te = t.offset + t.word.length();
            if (te <= from || t.offset >= end)
                continue;
            if (t.offset < from || te > end || !Segmenter.nature(t).startsWith("n"))
                return false;
        }
        return true;
    }

    /** 国家主席习近平: a person after a title (role-words.tsv) still opens the sub-clause. */
    private static boolean titled(String gap, Hit a) {
        if (!"Person".equals(a.type()) || gap.length() > 10 || !gap.matches("^[\\u4e00-\\u9fff]*$"))
            return false;
        for (String role : Lexicon.words("role-words.tsv", "kind", "role"))
            if (gap.endsWith(role))
                return true;
        return false;
    }

    /**
     * A stance survives the modality that blocks an act: 应当坚持, 将继续维护, 希望…坚持 still say
     * what the speaker holds to; only the negations and conditions of {@code concept-cues.tsv}
     * (position negates) in the verb's sub-clause take it back.
     */
    boolean stanceDespiteModality(String text, int subStart, int vs, String kind) {
        if (!kind.equals("advocate") && !kind.equals("oppose"))
            return false;
        return !negated(text.substring(subStart, vs));
    }

    private static boolean negated(String lead) {
        for (String w : Lexicon.words("concept-cues.tsv", "position", "negates"))
            if (lead.contains(w))
                return true;
        return false;
    }

    /** Whether the hit at {@code pos} is a short reference (该协定, 上述宣言) resolved to the instrument it means. */
    private static boolean isShortReference(List<Hit> hits, int pos) {
        for (Hit h : hits)
            if (h.start() <= pos && pos < h.end())
                return GenericHeads.RULE.equals(h.rule());
        return false;
    }
}

package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;
import static org.w3id.dgkg.extract.RelationRules.insideHit;

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
        String pred = oppose ? "opposes" : "advocates";
        // 中方主张，…遵循公开透明、非歧视原则: what follows a speaker's 主张/表示 is the speaker's position
        Hit speaker = speakerBefore(text, hits, clauseStart, vs);
        boolean ownSubject = between(hits, subStart, vs).stream().anyMatch(Hit::isActor);
        Set<String> holders = speaker != null && !ownSubject ? Set.of(speaker.iri()) : agents;
        if (holders.isEmpty())
            holders = new java.util.LinkedHashSet<>(subjectOfNearestSubclause(text, hits, vs)); // 习近平…致辞，提出倡导…
        List<Hit> objectsOf = new ArrayList<>();
        // the enumeration right after the verb: 反对A、B的做法; 坚持A、坚持B、坚持C
        int at = ve;
        for (Hit h : between(hits, ve, subEnd)) {
            String gap = text.substring(at, h.start());
            if (!gap.matches("(?s)^(?:[“”「」\\s]|[、和与及,，将把]|以及|坚决|坚持|倡导|主张|秉持|反对|维护|了|(?:一切|任何|各种)(?:形式的)?){0,4}$"))
                break;
            if (h.isActor() && objectsOf.isEmpty() && at == ve) {
                at = h.end(); // 反对美方将…: the party whose practice is opposed
                continue;
            }
            if (!h.isConcept())
                break;
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

    /** What follows a proposed principle: its name's gloss in brackets, then 原则/理念 (…“三大原则”). */
    private static final Pattern PROPOSED_PRINCIPLE = Pattern.compile("^[”」]?(?:[(（][^()（）]{1,60}[)）])?[三四五六两二]?[大项个]?(?:原则|理念)");

    /** 提出/倡议 + …原则/理念 with no instrument after the verb: the proposers advocate the principle. */
    void proposedPrinciples(String text, List<Hit> hits, String verb, int vs, int ve, int subEnd, Set<String> agents, List<Rel> out) {
        if (verb.equals("提出") || verb.equals("倡议"))
            for (Hit h : between(hits, ve, subEnd))
                if (h.top().equals("Principle") && PROPOSED_PRINCIPLE.matcher(text.substring(h.end())).lookingAt())
                    for (String a : agents)
                        out.add(new Rel(a, "advocates", h.iri(), vs, ve, 0.7, "advocates", false));
    }

    private static final Pattern POSITION_FRAME = Pattern.compile(
            "^(?:坚决|一贯|始终|还|也)*(?:在[^，。；：]{1,15}?(?:中|上|时))?(?:主张|表示|认为|指出|强调|呼吁|说|提出)[，,：:]");

    /** The actor whose stated position frames the rest of the sentence: 中方主张，…; 王磊表示：… */
    private static Hit speakerBefore(String text, List<Hit> hits, int from, int vs) {
        Hit speaker = null;
        for (Hit h : between(hits, 0, vs))
            if (h.isActor()) {
                Matcher m = POSITION_FRAME.matcher(text.substring(h.end()));
                if (m.find() && h.end() + m.end() <= vs)
                    speaker = h;
            }
        return speaker;
    }

    /** A clause that opens with a short reference to the instrument or event last named: 报告强调…, 该议定书要求…, 峰会围绕…. */
    private static final Pattern TOPIC_REFERENCE = Pattern.compile(
            "^(?:[^，。；]{0,4}[，,])?(?:[\\d年月日,，\\s]*)(?:该|这份|这一|此|本|原|新版|稳定)?(?:(报告|决议|协定|议定书|文本|计划|办法|法案|宣言|倡议|准则|建议书|框架|路线图|成果文件|规则|声明)|(峰会|会议|会晤|大会|论坛))"
                    + "(?![\\u4e00-\\u9fff]{0,1}(?:的|和|与|及))");

    /**
     * What a text says an instrument or event covers when the clause's topic is a short reference to
     * it (报告强调…跨境数据流动…; 峰会围绕…数据治理、人工智能…): the issues after an about-cue in that clause.
     */
    void addressesOfTopic(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        int start = 0;
        while (start < text.length()) {
            int end = forwardTo(text, start, CLAUSE_END);
            Matcher t = TOPIC_REFERENCE.matcher(text.substring(start, end));
            Hit subject = null;
            int from = start;
            if (t.find() && !insideHit(hits, start + t.start(1 + (t.group(1) != null ? 0 : 1))))
                subject = t.group(1) != null ? discourse.lastInstrument() : discourse.lastEvent();
            if (subject != null && t.group(1) != null && !sameKind(InstrumentKind.of(t.group(1)), subject.type()))
                subject = null; // 决议围绕… after 《2030年议程》 was named: the resolution is meant, not the agenda
            if (subject != null) {
                from = start + t.end();
                Matcher a = about.matcher(text.substring(from, end));
                if (a.find()) {
                    int cue = from + a.end();
                    int subEnd = listEnd(text, forwardTo(text, cue, SUBCLAUSE_END));
                    int cueSub = backTo(text, from + a.start(), SUBCLAUSE_END);
                    boolean actorFirst = between(hits, Math.max(from, cueSub), from + a.start()).stream()
                            .anyMatch(h -> h.isActor() || h.isInstrument());
                    if (!actorFirst && !blockBefore.matcher(text.substring(from, from + a.start())).find())
                        for (Hit h : between(hits, cue, subEnd))
                            if (h.top().equals("Issue"))
                                out.add(new Rel(subject.iri(), "addresses", h.iri(), start, h.end(), 0.6, "addresses-topic", false));
                }
            }
            start = end + 1;
        }
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
     * 该协定…生效，内容涉及…: the instrument stays the topic across commas when no other actor,
     * instrument or event is named before the cue, in at most two more sub-clauses.
     */
    private static boolean subjectUpTo(List<Hit> hits, int i, int cueStart, String text) {
        Hit ins = hits.get(i);
        for (Hit h : between(hits, ins.end(), cueStart))
            if (h.isActor() || h.isInstrument() || h.isEvent())
                return false;
        return text.substring(ins.end(), cueStart).replaceAll("[^，,]", "").length() <= 2;
    }

    private static final Pattern LIST_GOES_ON = Pattern.compile("^[，,](?:其中|包括|即|主要包括|具体包括)");

    /** …涵盖九个领域，其中A、B和C…: a sub-clause that opens with 其中/包括 continues the list. */
    private static int listEnd(String text, int end) {
        if (end < text.length() && LIST_GOES_ON.matcher(text.substring(end)).find())
            return forwardTo(text, end + 1, SUBCLAUSE_END);
        return end;
    }

    private static final Pattern FORMER_LATTER = Pattern.compile("[，,](前者|后者)");

    /**
     * 提出《A》和《B》两项提案，前者聚焦X，后者侧重于Y: 前者 is the first of the two instruments
     * named last before it in the clause, 后者 the second.
     */
    void formerAndLatter(String text, List<Hit> hits, List<Rel> out) {
        Matcher m = FORMER_LATTER.matcher(text);
        while (m.find()) {
            int clauseStart = backTo(text, m.start(), CLAUSE_END);
            List<Hit> named = new ArrayList<>();
            for (Hit h : between(hits, clauseStart, m.start()))
                if (h.isInstrument() && (named.isEmpty() || !named.get(named.size() - 1).iri().equals(h.iri())))
                    named.add(h);
            if (named.size() < 2)
                continue;
            Hit ins = named.get(named.size() - (m.group(1).equals("前者") ? 2 : 1));
            int subEnd = forwardTo(text, m.end(), SUBCLAUSE_END);
            Matcher a = about.matcher(text.substring(m.end(), subEnd));
            if (!a.find())
                continue;
            for (Hit h : between(hits, m.end() + a.end(), subEnd))
                if (h.top().equals("Issue"))
                    out.add(new Rel(ins.iri(), "addresses", h.iri(), m.start(), h.end(), 0.6, "addresses-cue", false));
        }
    }

    /** An instrument, then a word that says what it is about, then issues in the same sub-clause. */
    void addresses(String text, List<Hit> hits, List<Rel> out) {
        for (int i = 0; i < hits.size(); i++) {
            Hit ins = hits.get(i);
            if (!ins.isInstrument() && !ins.isEvent())
                continue;
            int limit = text.length();
            for (int j = i + 1; j < hits.size(); j++)
                if (hits.get(j).isInstrument() || hits.get(j).isActor() && hits.get(j).start() > ins.end() + 12) {
                    limit = hits.get(j).start();
                    break;
                }
            Matcher a = about.matcher(text.substring(ins.end(), limit));
            if (!a.find())
                continue;
            int cue = ins.end() + a.end();
            String gap = text.substring(ins.end(), ins.end() + a.start());
            if (gap.matches("(?s).*[。；!?！？\n].*"))
                continue;
            if (gap.matches("(?s).*[，,].*") && (!subjectUpTo(hits, i, ins.end() + a.start(), text) || FORMER_LATTER.matcher(gap).find()))
                continue;
            int end = listEnd(text, forwardTo(text, cue, SUBCLAUSE_END));
            for (Hit h : between(hits, cue, Math.min(end, limit)))
                if (h.top().equals("Issue"))
                    out.add(new Rel(ins.iri(), "addresses", h.iri(), ins.start(), h.end(), 0.6, "addresses-cue", false));
        }
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
            if (!h.isInstrument())
                continue;
            int sub = backTo(text, h.start(), SUBCLAUSE_END);
            for (String issue : issuesNamedIn.apply(h))
                if (hits.stream().anyMatch(o -> o.iri().equals(issue) && o.end() <= sub)
                        && addressed.add(h.iri() + " " + issue))
                    out.add(new Rel(h.iri(), "addresses", issue, h.start(), h.end(), 0.7, "addresses-in-title", false));
        }
    }

    static final String RULE_UPHELD = "advocates-upheld";
    /** What may stand between an uphold verb and the principle: 构建更紧密的…, 推广“…”. */
    private static final Pattern UPHOLD_GAP = Pattern.compile("^(?:更加|更为|更|紧密|好|了|的|新型|“|「)*$");

    /**
     * 维护多边贸易体制, 构建…命运共同体, 推动“…”: a verb of upholding ({@code concept-cues.tsv},
     * position uphold) right before a principle; the actor is the subject of the nearest sub-clause
     * of the clause that opens with one (中方愿秉持…，携手构建…: 中方). Issues are never upheld this way
     * (维护国家安全 protects, it does not advocate).
     */
    void upheldPrinciples(String text, List<Hit> hits, List<Rel> out) {
        for (Hit h : hits) {
            if (!h.top().equals("Principle"))
                continue;
            for (String cue : Lexicon.words("concept-cues.tsv", "position", "uphold")) {
                int cs = text.lastIndexOf(cue, h.start() - cue.length());
                if (cs < 0 || !UPHOLD_GAP.matcher(text.substring(cs + cue.length(), h.start())).matches() || insideHit(hits, cs))
                    continue;
                if (negated(text.substring(backTo(text, cs, SUBCLAUSE_END), cs)))
                    break;
                for (String a : subjectOfNearestSubclause(text, hits, cs))
                    out.add(new Rel(a, "advocates", h.iri(), cs, h.end(), 0.7, RULE_UPHELD, false));
                break;
            }
        }
    }

    /** The actors that open the nearest sub-clause up to {@code pos} within its clause (coordinated ones included). */
    private static List<String> subjectOfNearestSubclause(String text, List<Hit> hits, int pos) {
        int clauseStart = backTo(text, pos, CLAUSE_END);
        int subStart = backTo(text, pos, SUBCLAUSE_END);
        while (true) {
            List<String> actors = new ArrayList<>();
            int at = subStart;
            for (Hit a : between(hits, subStart, pos)) {
                String gap = text.substring(at, a.start());
                if (!a.isActor() || !(actors.isEmpty() ? gap.matches("(?s)^[\\s“”]{0,2}$") || titled(gap, a) : gap.matches("^[、和与及]$")))
                    break;
                actors.add(a.iri());
                at = a.end();
            }
            if (!actors.isEmpty() && !modifies(text, at))
                return actors;
            if (subStart <= clauseStart)
                return List.of();
            subStart = backTo(text, subStart - 1, SUBCLAUSE_END);
        }
    }

    /** 世贸组织电子商务谈判, 中国代表团: an actor glued to a noun (or 的) after it only qualifies that noun. */
    private static boolean modifies(String text, int end) {
        if (text.startsWith("的", end))
            return true;
        for (com.hankcs.hanlp.seg.common.Term t : Segmenter.terms(text))
            if (t.offset == end) {
                String n = Segmenter.nature(t);
                return n.startsWith("n") || n.equals("vn");
            }
        return false;
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
}

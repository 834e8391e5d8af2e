package org.w3id.dgkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.w3id.dgkg.DgkgException;

/**
 * The vocabulary of the relation rules, read from {@code ontology/lexicon/relation-cues.tsv} (act
 * verbs and what-it-covers cues) and {@code modality-cues.tsv} (what makes a clause state no fact).
 * A cue is a regular-expression fragment, usually a plain word; longer cues are tried first.
 */
final class RelationCues {
    static final Set<String> ACTS = Set.of("issue", "sign", "propose", "join", "establish", "participate", "hold", "open",
            "advocate", "oppose", "about", "in-force", "mandate", "not-member");
    static final Set<String> POSITIONS = Set.of("before", "after");

    final Pattern verb;
    final Pattern about;
    /** Entry into force for named states (对A、B生效): no act verb of a clause, read by {@link InstrumentActRules#inForce}. */
    final Pattern inForce;
    /** A body told or allowed to act (要求X发布, 授权X制定): the act after it is mandated, not done (InstrumentActRules). */
    final Pattern mandate;
    /** A standing short of membership (观察员, 准成员): joining as one makes no member (MembershipRules). */
    final Pattern notMember;
    final Pattern modalBefore;
    /** The same without the recommendations (呼吁…, 敦促…): what an instrument recommends is what it states. */
    final Pattern modalBeforeStating;
    final Pattern modalAfter;
    /** The after-cues without those that only a proposal may be followed by (提出…提案, 主导谈判的…). */
    final Pattern modalAfterProposal;
    /** The before-cues of proposals and recommendations (提出设立, 建议): they scope over the whole list of acts after them. */
    final Pattern modalList;
    /**
     * The before-cues of an act not told as done (kinds plan, forecast, hope, conditional: 希望, 将, 预计, 如果): they scope over
     * an event embedded in their clause too (希望《Y》能为9月举行的E提供参考: E is still to come, its month dates nothing).
     */
    final Pattern modalUnreal;
    private final Map<String, String> actOf = new LinkedHashMap<>();
    private final List<Map.Entry<Pattern, String>> actOfPattern = new ArrayList<>();

    private RelationCues(LexiconTable relations, LexiconTable modality) {
        List<String> verbs = new ArrayList<>();
        List<String> abouts = new ArrayList<>();
        List<String> inForces = new ArrayList<>();
        List<String> mandates = new ArrayList<>();
        List<String> notMembers = new ArrayList<>();
        for (Map<String, String> r : relations.rows()) {
            String cue = r.get("cue");
            String act = r.get("act");
            if (!ACTS.contains(act))
                throw new DgkgException("error: " + relations.file() + ": cue " + cue + " has act \"" + act + "\"; use one of " + ACTS);
            compile(relations.file(), cue);
            if (act.equals("mandate") || act.equals("not-member")) {
                (act.equals("mandate") ? mandates : notMembers).add(cue); // no verb of a clause; 要求 stays an about cue too
                continue;
            }
            (act.equals("about") ? abouts : act.equals("in-force") ? inForces : verbs).add(cue);
            actOf.put(cue, act);
            actOfPattern.add(Map.entry(Pattern.compile(cue), act));
        }
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        List<String> afterProposal = new ArrayList<>();
        List<String> list = new ArrayList<>();
        List<String> beforeStating = new ArrayList<>();
        List<String> unreal = new ArrayList<>();
        for (Map<String, String> r : modality.rows()) {
            String cue = r.get("cue");
            String pos = r.get("position");
            if (!POSITIONS.contains(pos))
                throw new DgkgException("error: " + modality.file() + ": cue " + cue + " has position \"" + pos + "\"; use before or after");
            compile(modality.file(), cue);
            (pos.equals("before") ? before : after).add(cue);
            if (pos.equals("before") && !"recommendation".equals(r.get("kind")))
                beforeStating.add(cue);
            if (pos.equals("before") && Set.of("proposal", "recommendation").contains(r.get("kind")))
                list.add(cue);
            if (pos.equals("before") && Set.of("plan", "forecast", "hope", "conditional").contains(r.get("kind")))
                unreal.add(cue);
            if (pos.equals("after") && !Set.of("draft", "negotiation").contains(r.get("kind")))
                afterProposal.add(cue);
        }
        verb = alternation(verbs, "");
        about = alternation(abouts, "");
        inForce = alternation(inForces, "");
        mandate = alternation(mandates, "");
        notMember = alternation(notMembers, "");
        modalBefore = alternation(before, "");
        modalBeforeStating = alternation(beforeStating, "");
        modalAfter = alternation(after, "^[^，。；]{0,30}?");
        modalAfterProposal = alternation(afterProposal, "^[^，。；]{0,30}?");
        modalList = alternation(list, "");
        modalUnreal = alternation(unreal, "");
    }

    /** The cues of {@code ontologyDir/lexicon/}. */
    static RelationCues load(Path ontologyDir) {
        return new RelationCues(LexiconTable.load(ontologyDir, "relation-cues"), LexiconTable.load(ontologyDir, "modality-cues"));
    }

    /** The act a matched cue states: issue, sign, propose, join, establish, participate, hold, advocate, oppose, about. */
    String act(String matched) {
        String a = actOf.get(matched);
        if (a != null)
            return a;
        for (Map.Entry<Pattern, String> e : actOfPattern)
            if (e.getKey().matcher(matched).matches())
                return e.getValue();
        return "issue";
    }

    private static void compile(Path file, String cue) {
        try {
            Pattern.compile(cue);
        } catch (PatternSyntaxException e) {
            throw new DgkgException("error: " + file + ": cue \"" + cue + "\" is not a valid pattern: " + e.getDescription()
                    + "; write the word, or escape the special character", e);
        }
    }

    /** Longest first, so that 共同签署 wins over 签署. */
    private static Pattern alternation(List<String> cues, String prefix) {
        List<String> sorted = new ArrayList<>(cues);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return Pattern.compile(prefix + "(?:" + String.join("|", sorted) + ")");
    }
}

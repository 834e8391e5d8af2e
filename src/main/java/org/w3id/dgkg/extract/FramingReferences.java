package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * Framing references: an instrument or event cited as the basis of a sentence (互联网治理论坛由联合国秘书长根据2005年在突尼斯
 * 举行的信息社会世界峰会通过的《突尼斯议程》设立; 在《Y》框架下，双方签署了…) is what the act rests on, not one of its
 * parties. The span runs from the preposition of ground (根据, 依据, 按照 …) to the end of the first title after it in the
 * same clause, from 在 to the word that closes the frame (框架下), or from a word of occasion to the word of time that
 * closes it (正值E审议之际); what the span says of its own names (the summit
 * adopted the agenda, in 2005) stays, but no name inside it receives the sentence's act, date or participants from
 * outside it, and an event named inside is background that a later bare 会上 does not mean.
 */
final class FramingReferences {
    private FramingReferences() {}

    private static final CueWords.Table CUES = CueWords.table("event-reference-cues.tsv", "FramingReferences");

    /** The longest framing reference: a ground, its modifiers and a title. */
    private static final int MAX_SPAN = 60;

    /** The predicates of an act, a date or a participation: what a framing reference does not receive. */
    private static final Set<String> ACTS = Set.of("issuedBy", "signatory", "party", "proposedBy", "adoptedAt", "establishedBy",
            "participant", "date", "memberOf");

    private static Pattern ground() {
        return CUES.pattern("ground", () -> CUES.any("ground"));
    }

    private static Pattern occasion() {
        return CUES.pattern("occasion", () -> CUES.any("occasion"));
    }

    private static Pattern asTime() {
        return CUES.pattern("occasion-close", () -> CUES.any("as-time"));
    }

    private static Pattern frameClose() {
        return CUES.pattern("frame-close", () -> CUES.any("frame-close"));
    }

    /** The framing references of a sentence, as [start, end) spans. */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        for (Matcher g = ground().matcher(text); g.find();) {
            int open = text.indexOf('《', g.end());
            int close = open < 0 ? -1 : text.indexOf('》', open);
            if (close < 0 || close - g.start() > MAX_SPAN || endsClause(text, g.end(), open))
                continue;
            out.add(new int[] {g.start(), coordinatedTitles(text, close + 1)});
        }
        for (Matcher o = occasion().matcher(text); o.find();) {
            Matcher close = asTime().matcher(text);
            if (!close.find(o.end()) || close.end() - o.start() > MAX_SPAN || endsClause(text, o.end(), close.start()))
                continue;
            out.add(new int[] {o.start(), close.end()});
        }
        for (Matcher c = frameClose().matcher(text); c.find();) {
            int at = text.lastIndexOf('在', c.start());
            if (at < 0 || c.start() - at > MAX_SPAN || endsClause(text, at, c.start()))
                continue;
            out.add(new int[] {at, c.end()});
        }
        return out;
    }

    /** 依据《A》（GDPR）和《B》（LED）: the ground covers the titles coordinated after the first; the end of the last. */
    private static int coordinatedTitles(String text, int end) {
        while (true) {
            int at = end;
            if (at < text.length() && (text.charAt(at) == '（' || text.charAt(at) == '(')) {
                int gloss = text.indexOf(text.charAt(at) == '（' ? '）' : ')', at);
                if (gloss < 0 || gloss - at > 20)
                    return end;
                at = gloss + 1;
            }
            if (at + 1 >= text.length() || "和与及、".indexOf(text.charAt(at)) < 0 || text.charAt(at + 1) != '《')
                return at; // the last title, with its gloss
            int close = text.indexOf('》', at + 1);
            if (close < 0)
                return end;
            end = close + 1;
        }
    }

    /** A clause or sub-clause ends in [from, to) outside a title (the frame would reach into another clause). */
    private static boolean endsClause(String text, int from, int to) {
        for (int i = from; i < to; i++)
            if (RelationRules.SUBCLAUSE_END.indexOf(text.charAt(i)) >= 0 && !RelationRules.insideTitle(text, i))
                return true;
        return false;
    }

    /**
     * Drops the act, date and participation relations that join a name inside a framing reference to one outside it
     * (or a date outside it), and marks the events named inside as background for the discourse.
     */
    static void review(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        List<int[]> spans = spans(text);
        if (spans.isEmpty())
            return;
        for (Hit h : hits)
            if (h.isEvent() && inside(spans, h.start(), h.end()) && discourse != null)
                discourse.past(h.iri()); // 根据…会议通过的《Y》: the meeting is background, not what 会上 later means
        out.removeIf(r -> ACTS.contains(r.predicate()) && crosses(r, hits, spans));
    }

    /** One side of the relation lies inside a framing reference and the other outside it. */
    private static boolean crosses(Rel r, List<Hit> hits, List<int[]> spans) {
        Boolean subject = side(r.subject(), hits, spans);
        Boolean object = r.predicate().equals("date") ? Boolean.valueOf(inside(spans, r.start(), r.end())) : side(r.object(), hits, spans);
        return subject != null && object != null && !subject.equals(object);
    }

    /** TRUE when every mention of {@code iri} in the sentence lies inside a framing reference, FALSE when none does, else null. */
    private static Boolean side(String iri, List<Hit> hits, List<int[]> spans) {
        boolean in = false;
        boolean out = false;
        for (Hit h : hits)
            if (h.iri().equals(iri)) {
                if (inside(spans, h.start(), h.end()))
                    in = true;
                else
                    out = true;
            }
        if (in == out)
            return null;
        return in;
    }

    private static boolean inside(List<int[]> spans, int start, int end) {
        for (int[] s : spans)
            if (start >= s[0] && end <= s[1])
                return true;
        return false;
    }
}

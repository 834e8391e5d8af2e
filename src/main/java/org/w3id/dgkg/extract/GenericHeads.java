package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bare generic head (倡议, 协定, 行动计划, 《办法》, 该协定) names a kind of thing, never one thing:
 * it is no entity. Written as a title (《倡议》, 《办法》) it is a short reference to the full name
 * of that kind the same document named last, or to nothing ({@code generic-heads.tsv}).
 */
final class GenericHeads {
    private GenericHeads() {}

    static final String RULE = "short-reference";

    /** Words in front of a generic head that still leave it generic: 该协定, 上述倡议, 相关法案. */
    private static final String DETERMINERS = "^(该|本|此|这|这一|这项|这份|上述|相关|有关|新|首个|一项|一份|两项|多项|各项|其)";

    /**
     * Text ending with 等 and at most a few characters of the category (等行动 before 计划, 等一系列 before 协定): what
     * follows is the category of an enumeration.
     */
    private static final java.util.regex.Pattern ENUMERATION_CLOSED = java.util.regex.Pattern.compile("等\\s*\\p{IsHan}{0,4}$");

    static boolean isGeneric(String key) {
        String k = key.strip();
        if (Lexicon.genericHeads().contains(k))
            return true;
        String bare = k.replaceFirst(DETERMINERS, "");
        if (!bare.equals(k) && Lexicon.genericHeads().contains(bare))
            return true;
        // 峰会通过的上述声明, 会议发表的该宣言: a clause that says where the text came from, then a pointing word and a
        // generic head: still a reference to a text named before, never a name of its own
        int de = k.lastIndexOf('的');
        if (de < 0)
            return false;
        String tail = k.substring(de + 1);
        String head = tail.replaceFirst(POINTING, "");
        return !head.equals(tail) && Lexicon.genericHeads().contains(head);
    }

    /** Words that point back to a thing named before (not 新, 相关: 各国的相关法案 is not one text named before). */
    private static final String POINTING = "^(该|此|这|这一|这项|这份|上述|前述|其)";

    /**
     * 英国和新加坡签订数字经济协定: a bare generic head of an instrument kind refers to the one name of the
     * document that ends with it and holds the actors the sentence names (英国-新加坡数字经济协定); with
     * no such name, or more than one, it refers to nothing.
     */
    static List<Hit> bareReferences(String text, List<Hit> hits, boolean[] covered, List<String> documentNames,
            Map<String, Entity> byIri) {
        List<Hit> out = new ArrayList<>();
        List<String> actorLabels = new ArrayList<>();
        for (Hit h : hits)
            if (h.isActor())
                actorLabels.add(text.substring(h.start(), h.end()));
        if (actorLabels.isEmpty())
            return out;
        for (String head : Lexicon.genericHeads()) {
            if (InstrumentKind.of(head).equals("Instrument") || head.length() < 2)
                continue;
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                int end = at + head.length();
                boolean taken = false;
                for (Hit h : hits)
                    taken |= h.start() < end && at < h.end();
                for (Hit h : out)
                    taken |= h.start() < end && at < h.end();
                if (taken || end < text.length() && Character.isIdeographic(text.charAt(end))
                        && !"，。；、和与及等的".contains(String.valueOf(text.charAt(end))))
                    continue;
                if (ENUMERATION_CLOSED.matcher(text.substring(0, at)).find())
                    continue; // 《A》和《B》等行动计划: the head names the kind of the listed texts, not a further one
                Entity best = null;
                int bestScore = 0;
                boolean tie = false;
                for (String iri : documentNames) {
                    Entity e = byIri.get(iri);
                    if (e == null || !e.labelZh().endsWith(head) || e.labelZh().length() <= head.length())
                        continue;
                    int score = 0;
                    for (String a : actorLabels)
                        if (e.labelZh().contains(a))
                            score++;
                    if (score > bestScore) {
                        best = e;
                        bestScore = score;
                        tie = false;
                    } else if (score == bestScore && score > 0 && !e.iri().equals(best.iri()))
                        tie = true;
                }
                if (best != null && !tie && bestScore >= Math.min(2, actorLabels.size()))
                    out.add(new Hit(best.iri(), "Instrument", best.type().replaceAll(".*#", ""), at, end, RULE));
            }
        }
        return out;
    }

    /**
     * The last instrument or event of the document whose name ends with the head, else the last of its kind, or
     * null: 《规定》 after 《…数据跨境流动规定》 and a later 《…合同办法》 is the 规定, not the last text of class Law.
     */
    static Entity referent(String key, List<String> recent, Map<String, Entity> byIri) {
        String head = key.replaceFirst(DETERMINERS, "");
        String kind = InstrumentKind.of(head);
        for (int i = recent.size() - 1; i >= 0; i--) {
            Entity e = byIri.get(recent.get(i));
            if (e != null && !e.labelZh().equals(head) && InstrumentKind.stripTrailingNotes(e.labelZh()).endsWith(head))
                return e;
        }
        for (int i = recent.size() - 1; i >= 0; i--) {
            Entity e = byIri.get(recent.get(i));
            if (e == null || e.labelZh().equals(head))
                continue;
            String label = InstrumentKind.stripTrailingNotes(e.labelZh());
            if (label.endsWith(head) || !kind.equals("Instrument") && e.type().endsWith("#" + kind) && label.length() > head.length())
                return e;
        }
        return null;
    }

    /**
     * The instruments named before {@code at}: those of the sentences before ({@code recent}), then those this
     * sentence names before it — 《開發及使用人工智能道德標準指引》（《指引》）: the short title in brackets refers to the
     * title right before it, not to a text of the same kind named in an earlier sentence.
     */
    static List<String> namedBefore(List<String> recent, List<Hit> hits, int at) {
        List<String> out = new ArrayList<>(recent);
        for (Hit h : hits)
            if (h.isInstrument() && h.end() <= at && !RULE.equals(h.rule())) {
                out.remove(h.iri());
                out.add(h.iri());
            }
        return out;
    }
}

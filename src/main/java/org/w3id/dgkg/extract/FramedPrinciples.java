package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * Principles named as the core or basis of what a holder calls for, with no word for principle after them:
 * 报告主张以透明度和问责为核心构建监管框架, 法国倡导以包容为基础…, X坚持以A、B为导向. The holder opens the sub-clause and a
 * verb of stance or stating ({@link Enumerations#verbs}: 主张, 倡导, 坚持, 提出, 强调…) stands between it and 以 (the
 * parties called on and a modal may follow the verb: 主张各国坚持以A为核心). Each item of the frame that is a principle
 * (of the schemes, or discovered) is held: {@code embodies} for an instrument ({@value #RULE_EMBODIES}), {@code advocates}
 * for an actor ({@value #RULE_ADVOCATES}); an item that is no principle (以联合国为核心, 以人工智能为重点) gives nothing. A plan,
 * hope, negation or condition in front of the verb states nothing. A sub-clause that opens with the verb, right after the
 * act that made a text public (学者发布《报告》，主张以A为核心…), has the text as its holder.
 */
final class FramedPrinciples {
    private FramedPrinciples() {}

    static final String RULE_EMBODIES = "embodies-framed";
    static final String RULE_ADVOCATES = "advocates-framed";

    /** The words of each slot of the frame (ontology/lexicon/stance-cues.tsv, kinds frame-head, framed-…). */
    private static final CueWords.Table CUES = CueWords.table("stance-cues.tsv", "FramedPrinciples");

    /** 以 + the items + 为 + what they are to the holder's aim: its core, basis, root, premise, orientation or guide. */
    private static Pattern frame() {
        return CUES.pattern("frame", () -> "以([^，。；：:,;以为《》]{2,30}?)为" + CUES.any("frame-head"));
    }
    /** The items of the frame: split at 、 and the conjunctions. */
    private static final Pattern SEPARATOR = Pattern.compile("[、]|以及|和|与|及");
    /** Between the holder and the verb: adverbs. */
    private static Pattern holderTail() {
        return CUES.pattern("holder-tail", () -> "^[》”」]?(?:" + CUES.any("framed-adverb") + "*)$");
    }
    /** Between the verb and 以: 了, the parties called on and a modal, a second verb of holding (主张各国坚持以A为核心). */
    private static Pattern called() {
        return CUES.pattern("called", () -> "^(?:了)?(?:[，,])?" + CUES.any("framed-party") + "?" + CUES.any("framed-modal") + "*" + CUES.any("framed-holding") + "?$");
    }

    static void apply(String text, List<Hit> hits, List<Rel> out) {
        Matcher f = frame().matcher(text);
        while (f.find()) {
            if (RelationRules.insideHit(hits, f.start()))
                continue; // 以人为本, 以人民为中心: the frame is a principle's own name
            Hit holder = holder(text, hits, f.start());
            if (holder == null)
                continue;
            boolean instrument = holder.isInstrument();
            for (Hit p : itemsOf(text, hits, f.start(1), f.end(1)))
                out.add(new Rel(holder.iri(), instrument ? "embodies" : "advocates", p.iri(), holder.start(), f.end(), 0.6,
                        instrument ? RULE_EMBODIES : RULE_ADVOCATES, false));
        }
    }

    /** The instrument or actor opening the sub-clause, whose verb of stance or stating comes right before the frame; or null. */
    private static Hit holder(String text, List<Hit> hits, int frame) {
        int sub = backTo(text, frame, SUBCLAUSE_END);
        List<Hit> in = between(hits, sub, frame);
        Hit h = in.isEmpty() ? published(text, hits, sub) : in.get(0);
        if (h == null)
            return null;
        if (!(h.isInstrument() || h.isActor()) || in.size() > 1 || !in.isEmpty() && !text.substring(sub, h.start()).matches("^[\\s“《]*$"))
            return null;
        String gap = text.substring(in.isEmpty() ? sub : h.end(), frame);
        for (Map.Entry<String, String> v : Enumerations.verbs().entrySet()) {
            if (!v.getValue().equals("stance") && !v.getValue().equals("states"))
                continue;
            int at = gap.indexOf(v.getKey());
            if (at < 0 || !holderTail().matcher(gap.substring(0, at)).matches() || !called().matcher(gap.substring(at + v.getKey().length())).matches())
                continue;
            if (Enumerations.modal().matcher(gap.substring(0, at)).find())
                return null; // 报告计划以A为核心…: a plan, no stance
            return h;
        }
        return null;
    }

    /**
     * 学者发布《报告》，主张以A和B为核心…: a sub-clause with no subject of its own right after the act that made a text
     * public (the text's name ends the sub-clause before) states what the text holds: the text is the holder.
     */
    private static Hit published(String text, List<Hit> hits, int sub) {
        if (sub < 1 || "，,".indexOf(text.charAt(sub - 1)) < 0)
            return null;
        int prev = backTo(text, sub - 1, SUBCLAUSE_END);
        List<Hit> before = between(hits, prev, sub - 1);
        if (before.isEmpty())
            return null;
        Hit x = before.get(before.size() - 1);
        boolean endsSub = text.substring(x.end(), sub - 1).matches("^[》”」]?(?:[（(][^（）()]{1,40}[）)])?(?:\\[\\d{1,3}\\])?$");
        boolean madePublic = CUES.pattern("made-public", () -> CUES.any("made-public") + "(?:了)?[《“「]?$").matcher(text.substring(prev, x.start())).find();
        return x.isInstrument() && endsSub && madePublic ? x : null;
    }

    /** The principles of the frame [s, e): each hit that is a whole item of it. */
    private static List<Hit> itemsOf(String text, List<Hit> hits, int s, int e) {
        List<Hit> out = new java.util.ArrayList<>();
        int from = s;
        Matcher sep = SEPARATOR.matcher(text);
        sep.region(s, e);
        java.util.List<int[]> items = new java.util.ArrayList<>();
        while (sep.find()) {
            items.add(new int[] {from, sep.start()});
            from = sep.end();
        }
        items.add(new int[] {from, e});
        for (int[] i : items)
            for (Hit h : hits)
                if (h.top().equals("Principle") && strip(text, i[0], h.start()) && strip(text, h.end(), i[1]))
                    out.add(h);
        return out;
    }

    /** Whether [a, b) holds nothing but quotes (a hit is a whole item with or without its quotes). */
    private static boolean strip(String text, int a, int b) {
        return a <= b ? text.substring(a, b).matches("^[“”「」]*$") : false;
    }
}

package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an actor opposes when it is one practice, not a list ({@link ConceptFinder} reads lists): after a verb of
 * opposing ({@code concept-cues.tsv} position before, class Issue: 反对, 抵制, 摒弃, 拒绝), a quoted name
 * (反对搞“小院高墙”) or a verb phrase up to the end of the clause (反对泛化国家安全概念, 反对将经贸问题政治化).
 */
final class OpposedPractices {
    private OpposedPractices() {}

    static final String RULE = "opposed-practice";

    /** What may stand between the verb and the practice: adverbs, a light verb (搞, 进行), 一切形式的. */
    private static final Pattern LEAD = Pattern.compile("^(?:坚决|一切形式的|任何形式的|各种形式的|任何)?(?:搞|进行|推行|实施)?");
    private static final Pattern QUOTED = Pattern.compile("^[“「]([\\u4e00-\\u9fff]{2,12})[”」]");
    /** A practice up to the clause's end (or a word that closes it: 的做法, 等行为). */
    private static final Pattern PHRASE = Pattern.compile("^([\\u4e00-\\u9fff]{4,12}?)(?:的?(?:做法|行为|图谋|倾向|企图|举动|论调))?(?=[，。；、,;！!]|$)");

    static void find(String text, List<ConceptFinder.Concept> out) {
        for (String cue : Lexicon.words("concept-cues.tsv", "class", "Issue")) {
            if (!Lexicon.words("concept-cues.tsv", "position", "before").contains(cue))
                continue;
            for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
                int from = at + cue.length();
                Matcher lead = LEAD.matcher(text.substring(from));
                if (lead.lookingAt())
                    from += lead.end();
                String rest = text.substring(from);
                Matcher q = QUOTED.matcher(rest);
                if (q.lookingAt()) {
                    out.add(new ConceptFinder.Concept(q.group(1), from + q.start(1), from + q.end(1), "Issue", RULE));
                    continue;
                }
                Matcher p = PHRASE.matcher(rest);
                if (!p.lookingAt() || p.group(1).matches(".*[的和与及、].*") || !opensWithVerb(text, from))
                    continue; // 反对A和B: a list, read by ConceptFinder
                out.add(new ConceptFinder.Concept(p.group(1), from, from + p.end(1), "Issue", RULE));
            }
        }
    }

    /** 泛化…, 滥用…: the phrase opens with a verb (verbal nouns included: HanLP tags 泛化 so; never a preposition such as 将 or 在). */
    private static boolean opensWithVerb(String text, int pos) {
        for (Term t : Segmenter.terms(text))
            if (t.offset == pos)
                return Segmenter.nature(t).startsWith("v") && !Lexicon.functionWords().contains(t.word);
        return false;
    }
}

package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * The headline a story opens with (the manifest's title, read as the first paragraph): it names the
 * actors, instruments and events of the story, but in telegraphic clauses set off by spaces, with
 * subjects left out (欧盟公布首批“守门人”名单 六家科技企业纳入《数字市场法》监管), so it states no
 * relation but one: a segment (between the spaces of the title) that is a whole clause of issuing, its
 * actor, the verb and the instrument inside it (日本国会通过AI推进法 首部…, 全国人大常委会表决通过个人信息保护法,
 * 中国与阿盟共同发表《中阿数据安全合作倡议》), states who issued the text (rule issuer-headline): the body
 * often names another actor (the chamber that voted, the two ministries of 双方) and never the one of the headline.
 * Its names are read.
 */
final class Headlines {
    private Headlines() {}

    /** True when {@code s} is part of the document's first paragraph and that paragraph is the title. */
    static boolean isHeadline(SourceDocument doc, Sentence s) {
        String title = doc.meta().titleZh();
        if (title == null || doc.sentences().isEmpty() || s.paragraph() != doc.sentences().get(0).paragraph())
            return false;
        String t = compact(title);
        String sentence = compact(s.text());
        return sentence.length() >= 4 && t.contains(sentence) && t.equals(compact(firstParagraph(doc)));
    }

    /**
     * Mention rules whose hit in a headline is no name of the text: a bare head (计划) points forward to the body, a description
     * after the verb (通过首份关于…的政府间宣言) only describes it (印度批准…扶持计划 over a plan the body has a cabinet meeting adopt).
     */
    private static final java.util.Set<String> DESCRIBED = java.util.Set.of("short-reference", "instrument-after-verb");

    /** The rule id of an issuing act a headline states. */
    static final String ISSUER_RULE = "issuer-headline";

    /**
     * The relations a headline sentence states: the issuedBy statements of issuer-verb whose actor (before the verb) and
     * instrument (after it) lie in the verb's own segment of the title, re-labelled {@link #ISSUER_RULE}; nothing else.
     */
    static List<RelationRules.Rel> statedRelations(SourceDocument doc, Sentence s, String text, List<Hit> hits,
            List<RelationRules.Rel> rels) {
        int[] segment = segments(doc.meta().titleZh(), s.text());
        List<RelationRules.Rel> out = new ArrayList<>();
        if (segment == null || segment.length != text.length())
            return out;
        for (RelationRules.Rel r : rels) {
            if (!r.predicate().equals("issuedBy") || !r.rule().equals("issuer-verb") || r.start() < 0 || r.end() > text.length()
                    || r.end() <= r.start())
                continue;
            int seg = segment[r.start()];
            boolean actor = false;
            boolean instrument = false;
            for (Hit h : hits) {
                if (h.end() > text.length() || h.start() >= h.end() || segment[h.start()] != seg || segment[h.end() - 1] != seg)
                    continue;
                actor |= h.iri().equals(r.object()) && h.end() <= r.start();
                instrument |= h.iri().equals(r.subject()) && h.start() >= r.end() && !DESCRIBED.contains(h.rule());
            }
            if (actor && instrument)
                out.add(new RelationRules.Rel(r.subject(), r.predicate(), r.object(), r.start(), r.end(), r.confidence(), ISSUER_RULE,
                        r.inferred()));
        }
        return out;
    }

    /**
     * The segment of the title each character of the headline sentence lies in: segments are parted by the spaces of the
     * title that the sentence's normalised text left out (a space between two Latin words stays in both and parts nothing).
     * Null when the sentence cannot be laid on the title.
     */
    static int[] segments(String title, String sentence) {
        if (title == null)
            return null;
        String t = compact(title);
        int at = t.indexOf(compact(sentence));
        if (at < 0)
            return null;
        int j = 0;
        for (int seen = 0; j < title.length(); j++) // the title character where the sentence begins
            if (!Character.isWhitespace(title.charAt(j)) && title.charAt(j) != '\u3000' && seen++ == at)
                break;
        int[] out = new int[sentence.length()];
        int seg = 0;
        int i = 0;
        while (i < sentence.length()) {
            boolean sw = Character.isWhitespace(sentence.charAt(i)) || sentence.charAt(i) == '\u3000';
            boolean tw = j < title.length() && (Character.isWhitespace(title.charAt(j)) || title.charAt(j) == '\u3000');
            if (tw && !sw) {
                seg++; // a space of the title the sentence left out: a new segment
                while (j < title.length() && (Character.isWhitespace(title.charAt(j)) || title.charAt(j) == '\u3000'))
                    j++;
                continue;
            }
            out[i++] = seg;
            if (sw && tw)
                while (j < title.length() && (Character.isWhitespace(title.charAt(j)) || title.charAt(j) == '\u3000'))
                    j++;
            else if (!sw)
                j++;
        }
        return out;
    }

    private static String firstParagraph(SourceDocument doc) {
        StringBuilder b = new StringBuilder();
        int p = doc.sentences().get(0).paragraph();
        for (Sentence s : doc.sentences()) {
            if (s.paragraph() != p)
                break;
            b.append(s.text());
        }
        return b.toString();
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s\\u3000]", "");
    }
}

package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * Where the words of a sentence begin and end, by HanLP's segmentation. A short name that starts
 * or ends inside a word is part of a longer word, not a mention (中国 in 发展中国家, 美元 in
 * 中美元首, 美国 in 南美国家): the general form of a list of blocked words.
 */
final class WordBoundaries {
    private final boolean[] boundary;
    private final List<Term> terms;

    private WordBoundaries(String text, List<Term> terms) {
        this.terms = terms;
        boundary = new boolean[text.length() + 1];
        int at = 0;
        boundary[0] = true;
        for (Term t : terms) {
            at += t.word.length();
            if (at <= text.length())
                boundary[at] = true;
        }
        boundary[text.length()] = true;
    }

    static WordBoundaries of(String text) {
        return new WordBoundaries(text, Segmenter.terms(text));
    }

    List<Term> terms() {
        return terms;
    }

    boolean isBoundary(int i) {
        return i >= 0 && i < boundary.length && boundary[i];
    }

    /**
     * True when [start,end) is part of longer words: it lies inside one word (中国 in 发展中国家) or
     * both its ends fall inside words (美元 in 中美/元首). A name with one end inside a word is kept:
     * the segmenter also cuts names wrongly (经合/组织部长).
     */
    boolean insideWords(int start, int end) {
        if (!isBoundary(start) && !isBoundary(end))
            return true;
        for (Term t : terms)
            if (t.offset <= start && end <= t.offset + t.word.length() && t.word.length() > end - start)
                return true;
        return false;
    }

    /** True when [start,end) begins and ends on word boundaries. */
    boolean aligned(int start, int end) {
        return isBoundary(start) && isBoundary(end);
    }
}

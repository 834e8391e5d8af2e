package org.w3id.dgkg.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into sentences. Paragraphs are the {@code '\n'}-separated parts of the
 * text and are numbered from 0. A sentence ends at 。！？ (and ASCII ! ?), taking along any closing
 * quotes and brackets that follow ({@code 。”}), and at the end of its paragraph. It never ends
 * inside 《…》 or （…）/(…); a bracket left open for more than {@value #MAX_BRACKET} characters is
 * treated as unbalanced (PDF extraction loses brackets) and ignored.
 *
 * <p>{@code ；} does not end a sentence: the corpus uses it to separate the items of an
 * enumeration (一是…；二是…), which depend on the sentence's subject and lead-in.
 */
public final class SentenceSplitter {
    static final int MAX_BRACKET = 200;

    private SentenceSplitter() {}

    public static List<Sentence> split(NormalisedText text) {
        List<Sentence> out = new ArrayList<>();
        String s = text.text();
        int paragraph = 0;
        int paragraphStart = 0;
        while (paragraphStart <= s.length()) {
            int nl = s.indexOf('\n', paragraphStart);
            int paragraphEnd = nl < 0 ? s.length() : nl;
            if (splitParagraph(s, paragraphStart, paragraphEnd, paragraph, out))
                paragraph++;
            if (nl < 0)
                break;
            paragraphStart = nl + 1;
        }
        return out;
    }

    /** Adds the sentences of one paragraph; false when the paragraph holds no text. */
    private static boolean splitParagraph(String s, int from, int to, int paragraph, List<Sentence> out) {
        int before = out.size();
        int start = from;
        int titleDepth = 0;
        int parenDepth = 0;
        int openedAt = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '《' || c == '（' || c == '(') {
                if (titleDepth + parenDepth == 0)
                    openedAt = i;
                if (c == '《') titleDepth++; else parenDepth++;
            } else if (c == '》' && titleDepth > 0) {
                titleDepth--;
            } else if ((c == '）' || c == ')') && parenDepth > 0) {
                parenDepth--;
            }
            if (titleDepth + parenDepth > 0 && i - openedAt > MAX_BRACKET) {
                titleDepth = 0;
                parenDepth = 0;
            }
            if (Chars.isTerminator(c) && titleDepth + parenDepth == 0) {
                int end = i + 1;
                while (end < to && (Chars.isCloser(s.charAt(end)) || Chars.isTerminator(s.charAt(end)))
                       )
                    end++;
                add(s, start, end, paragraph, out);
                start = end;
                i = end - 1;
            }
        }
        add(s, start, to, paragraph, out);
        return out.size() > before;
    }


    private static void add(String s, int start, int end, int paragraph, List<Sentence> out) {
        while (start < end && Character.isWhitespace(s.charAt(start)))
            start++;
        while (end > start && Character.isWhitespace(s.charAt(end - 1)))
            end--;
        if (start < end)
            out.add(new Sentence(out.size(), paragraph, new Span(start, end), s.substring(start, end)));
    }
}

package org.w3id.dgkg.ingest;

import java.util.ArrayList;
import java.util.List;

/** Splits normalised text into sentences. PLACEHOLDER: splits after 。！？ only. */
public final class SentenceSplitter {
    private SentenceSplitter() {}

    public static List<Sentence> split(NormalisedText text) {
        List<Sentence> out = new ArrayList<>();
        String s = text.text();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '！' || c == '？' || i == s.length() - 1) {
                int end = i + 1;
                while (start < end && Character.isWhitespace(s.charAt(start)))
                    start++;
                if (start < end)
                    out.add(new Sentence(out.size(), 0, new Span(start, end), s.substring(start, end)));
                start = end;
            }
        }
        return out;
    }
}

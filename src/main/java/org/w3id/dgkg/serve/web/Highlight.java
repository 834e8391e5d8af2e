package org.w3id.dgkg.serve.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a sentence into plain and marked pieces: every occurrence of the given names (longest
 * first, no overlaps) is marked. Templates print the pieces, marking the marked ones, so the
 * text is escaped like any other value.
 */
public final class Highlight {
    private Highlight() {}

    /** One piece of a sentence. */
    public record Piece(String text, boolean marked) {}

    public static List<Piece> pieces(String text, Collection<String> names) {
        if (text == null)
            return List.of();
        List<String> sorted = new ArrayList<>(names);
        // a one-letter Latin name (an acronym like "G") would mark every occurrence of the letter
        sorted.removeIf(n -> n == null || n.isEmpty() || n.codePointCount(0, n.length()) < 2 && n.chars().allMatch(c -> c < 128));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] marked = new boolean[text.length()];
        List<int[]> spans = new ArrayList<>();
        for (String n : sorted) {
            for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
                boolean free = true;
                for (int k = i; k < i + n.length(); k++)
                    if (marked[k]) {
                        free = false;
                        break;
                    }
                if (!free)
                    continue;
                for (int k = i; k < i + n.length(); k++)
                    marked[k] = true;
                spans.add(new int[] {i, i + n.length()});
            }
        }
        spans.sort(Comparator.comparingInt(a -> a[0]));
        List<Piece> out = new ArrayList<>();
        int at = 0;
        for (int[] s : spans) {
            if (s[0] > at)
                out.add(new Piece(text.substring(at, s[0]), false));
            out.add(new Piece(text.substring(s[0], s[1]), true));
            at = s[1];
        }
        if (at < text.length())
            out.add(new Piece(text.substring(at), false));
        return out;
    }
}

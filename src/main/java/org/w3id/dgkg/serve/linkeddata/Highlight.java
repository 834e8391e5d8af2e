package org.w3id.dgkg.serve.linkeddata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.w3id.dgkg.serve.ui.Html;

/** Escapes a sentence and wraps every occurrence of the given names in {@code <mark class="mention">}. */
public final class Highlight {
    private Highlight() {}

    public static String html(String text, Collection<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.removeIf(n -> n == null || n.codePointCount(0, n.length()) < 2 && !n.isEmpty() && n.chars().allMatch(c -> c < 128));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] marked = new boolean[text.length()];
        List<int[]> spans = new ArrayList<>();
        for (String n : sorted) {
            if (n.isEmpty())
                continue;
            for (int i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
                boolean free = true;
                for (int k = i; k < i + n.length(); k++)
                    if (marked[k]) { free = false; break; }
                if (!free)
                    continue;
                for (int k = i; k < i + n.length(); k++)
                    marked[k] = true;
                spans.add(new int[] {i, i + n.length()});
            }
        }
        spans.sort(Comparator.comparingInt(a -> a[0]));
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (int[] s : spans) {
            b.append(Html.esc(text.substring(at, s[0])));
            b.append("<mark class=\"mention\">").append(Html.esc(text.substring(s[0], s[1]))).append("</mark>");
            at = s[1];
        }
        b.append(Html.esc(text.substring(at)));
        return b.toString();
    }
}

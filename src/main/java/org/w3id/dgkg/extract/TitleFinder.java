package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dgkg.ingest.Span;

/**
 * Finds titles in 《…》, with nesting handled (《“一带一路”绿色投资原则》) and adjacent titles
 * split (《A》《B》). A title's span covers the name inside the brackets.
 */
final class TitleFinder {
    private TitleFinder() {}

    record Title(String name, Span span) {}

    static List<Title> find(String text) {
        List<Title> titles = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                if (depth == 0)
                    open = i;
                depth++;
            } else if (c == '》' && depth > 0) {
                depth--;
                if (depth == 0 && i - open > 2) {
                    String name = text.substring(open + 1, i);
                    if (!name.isBlank() && name.strip().length() <= 100)
                        titles.add(new Title(name, new Span(open + 1, i)));
                }
            } else if (c == '\n') {
                depth = 0; // titles never cross paragraphs; an unclosed 《 is dropped
            }
        }
        return titles;
    }
}

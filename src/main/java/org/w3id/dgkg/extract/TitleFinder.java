package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
                    int end = withoutGloss(text, open + 1, i);
                    String name = text.substring(open + 1, end);
                    if (!name.isBlank() && name.strip().length() <= 100)
                        titles.add(new Title(name, new Span(open + 1, end)));
                }
            } else if (c == '\n') {
                depth = 0; // titles never cross paragraphs; an unclosed 《 is dropped
            }
        }
        return titles;
    }

    /** A Latin acronym in brackets at the end of a title, inside its quotes: 《数字经济伙伴关系协定（DEPA）》. */
    private static final Pattern GLOSS_AT_END = Pattern.compile("\\s*[（(][A-Za-z][A-Za-z0-9&.\\-]{1,15}[）)]$");

    /**
     * The end of the title's name without an acronym glossed at its end: the acronym is another name of the title
     * (read after the name, as when it follows the closing quote), never part of its label. A bracket with anything
     * else stays in the name (《巴西人工智能计划（2024—2028）》, 《…保护（电脑系统）条例》).
     */
    private static int withoutGloss(String text, int start, int end) {
        Matcher m = GLOSS_AT_END.matcher(text.substring(start, end));
        return m.find() && m.start() >= 2 ? start + m.start() : end;
    }
}

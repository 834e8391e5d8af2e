package org.w3id.dgkg.extract;

import java.util.List;
import java.util.Map;

/**
 * The kind of a governance instrument read from the end of its name (…宣言 → Declaration).
 * The more specific (longer) endings are tried first (伙伴关系协定 before 协定); the endings are data.
 */
final class InstrumentKind {
    private InstrumentKind() {}

    /** Endings → classes, from ontology/lexicon/instrument-endings.tsv, longest first. */
    private static List<Map.Entry<String, String>> endings() {
        return Lexicon.longestFirst("instrument-endings.tsv", "class");
    }

    /** The dgkg class local name for a name, or {@code Instrument} when no ending fits. */
    static String of(String name) {
        String core = stripTrailingNotes(name);
        for (Map.Entry<String, String> e : endings())
            if (core.endsWith(e.getKey()))
                return e.getValue();
        return "Instrument";
    }

    /** True when the name ends like an instrument (used to type unbracketed names). */
    static boolean hasInstrumentEnding(String name) {
        return !of(name).equals("Instrument");
    }

    /** Drops status notes and editions in brackets at the end: （试行）, （征求意见稿）, （2023）, and a bill's 草案. */
    static String stripTrailingNotes(String name) {
        String s = name.strip();
        while (s.endsWith("）") || s.endsWith(")")) {
            int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
            if (open <= 0)
                break;
            s = s.substring(0, open).strip();
        }
        // 《保护关键基础设施（电脑系统）条例草案》: the bill of a text that ends like one (…条例, …法) is that text in the making
        if (s.endsWith(DRAFT) && s.length() > DRAFT.length() + 2) {
            String text = s.substring(0, s.length() - DRAFT.length());
            for (Map.Entry<String, String> e : endings())
                if (text.endsWith(e.getKey()))
                    return text;
        }
        return s;
    }

    /** What a bill adds to the name of the text it proposes. */
    private static final String DRAFT = "草案";
}

package org.w3id.dgkg.extract;

import java.text.Normalizer;

/** How names are compared: NFKC, no whitespace, dashes unified, no wrapping title marks or quotes. */
final class Labels {
    private Labels() {}

    /** Whitespace a key drops. */
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("[\\s\\u2005\\u2002\\u3000]+");
    /** Title marks and quotes that wrap a name. */
    private static final java.util.regex.Pattern WRAPPING = java.util.regex.Pattern.compile("^[《“\"']+|[》”\"']+$");
    /** Whitespace between words that {@link #clean} drops (not between Latin words or digits). */
    private static final java.util.regex.Pattern CJK_SPACE = java.util.regex.Pattern.compile("(?<=[^A-Za-z0-9])\\s+|\\s+(?=[^A-Za-z0-9])");

    /**
     * The key of a name. Called for every name and alias compared (on every sentence): the patterns are compiled once
     * (String.replaceAll compiles its pattern on every call), and skipped where the string has none of their characters.
     */
    static String key(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
        if (hasAny(s, " \t\n\u000B\f\r\u2005\u2002\u3000"))
            s = SPACE.matcher(s).replaceAll("");
        s = s.replace('—', '-').replace('－', '-').replace('–', '-');
        if (hasAny(s, "《“\"'》”"))
            s = WRAPPING.matcher(s).replaceAll("");
        return s;
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++)
            if (chars.indexOf(s.charAt(i)) >= 0)
                return true;
        return false;
    }

    /** The display form of a name found in text: whitespace between CJK removed, quotes kept. */
    static String clean(String label) {
        return CJK_SPACE.matcher(label.strip()).replaceAll("");
    }
}

package org.w3id.dgkg.acquire;

import java.util.regex.Pattern;

/**
 * Tidies extracted text before it is stored: line ends as {@code \n}, no control characters or
 * byte-order marks, no trailing spaces, at most one blank line in a row. The build reads the
 * stored file as it is, so offsets are into this text.
 */
final class TextCleaner {
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFEFF]");
    private static final Pattern TRAILING = Pattern.compile("[ \\t\\u00A0\\u3000]+\\n");
    private static final Pattern BLANKS = Pattern.compile("\\n{3,}");

    private TextCleaner() {}

    static String clean(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        t = CONTROL.matcher(t).replaceAll("");
        t = TRAILING.matcher(t).replaceAll("\n");
        t = BLANKS.matcher(t).replaceAll("\n\n");
        t = t.strip();
        return t.isEmpty() ? t : t + "\n";
    }
}

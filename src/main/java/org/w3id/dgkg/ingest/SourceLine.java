package org.w3id.dgkg.ingest;

/**
 * One line of an original document. {@code start}/{@code end} delimit the line's content after
 * leading and trailing whitespace are stripped; {@code terminator} is the index of the line's
 * {@code '\n'} (or the text length for the last line). {@code number} counts from 1, like an editor.
 */
record SourceLine(int number, int start, int end, int terminator, String text) {

    boolean isBlank() {
        return text.isEmpty();
    }

    int length() {
        return text.length();
    }

    /** Splits a text into lines; whitespace includes U+2005, U+2002, U+3000 and NBSP. */
    static java.util.List<SourceLine> of(String original) {
        java.util.List<SourceLine> lines = new java.util.ArrayList<>();
        int lineStart = 0;
        int number = 1;
        while (lineStart <= original.length()) {
            int nl = original.indexOf('\n', lineStart);
            int terminator = nl < 0 ? original.length() : nl;
            int s = lineStart;
            int e = terminator;
            while (s < e && Chars.isSpace(original.charAt(s)))
                s++;
            while (e > s && Chars.isSpace(original.charAt(e - 1)))
                e--;
            lines.add(new SourceLine(number++, s, e, terminator, original.substring(s, e)));
            if (nl < 0)
                break;
            lineStart = nl + 1;
        }
        return lines;
    }
}

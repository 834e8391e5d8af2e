package org.w3id.dgkg.ingest;

import java.util.List;

/**
 * How a document was laid out: the typical width of its text lines (the column width of a
 * wrapped PDF, measured as the 75th percentile of line lengths), and whether lines are whole
 * paragraphs (the typical line is at least {@value #PARAGRAPH_LINE_WIDTH} characters long), and
 * whether blank lines are rare enough to mean something (fewer than half the lines are followed
 * by one; in documents that put a blank after every line they mean nothing).
 */
record Layout(int typicalWidth, boolean linesAreParagraphs, boolean blankLinesSeparate) {
    static final int PARAGRAPH_LINE_WIDTH = 100;

    static Layout of(List<SourceLine> keptLines, boolean[] blankAfter) {
        int blanks = 0;
        for (boolean b : blankAfter)
            if (b)
                blanks++;
        boolean blankLinesSeparate = blanks * 2 < blankAfter.length;
        int[] lengths = keptLines.stream().mapToInt(SourceLine::length).sorted().toArray();
        if (lengths.length == 0)
            return new Layout(0, true, blankLinesSeparate);
        int width = lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.75))];
        return new Layout(width, width >= PARAGRAPH_LINE_WIDTH, blankLinesSeparate);
    }

    /** Clearly shorter than a full line: the column did not fill, so the paragraph ended here. */
    boolean isShort(SourceLine line) {
        return linesAreParagraphs || line.length() < typicalWidth * 0.8;
    }

    @Override
    public String toString() {
        return "Layout[width=" + typicalWidth + ", linesAreParagraphs=" + linesAreParagraphs + ", blankLinesSeparate=" + blankLinesSeparate + "]";
    }

}

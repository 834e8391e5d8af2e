package org.w3id.dgkg.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a PDF-extracted text into clean running text with an offset map back to the original.
 *
 * <ol>
 *   <li>{@link LineFilter} drops lines that are not running text: running headers (the title
 *       from the manifest, optionally with a glued page number), page numbers, URL dumps,
 *       footnote bodies, journal front matter, reference lists and endnotes.</li>
 *   <li>{@link ParagraphBreaker} finds paragraph starts among the remaining lines.</li>
 *   <li>Lines are joined: CJK to CJK with nothing, Latin/digit to Latin with one space that maps
 *       to the original line break; paragraphs are separated by one {@code '\n'}.</li>
 *   <li>{@link InlineCleaner} removes citation and footnote markers and inline URLs, and
 *       normalises whitespace.</li>
 * </ol>
 * Every character of the result maps to the original character it came from; the only
 * characters that did not come from the original at all are join spaces and paragraph breaks,
 * which map to the original line break where they were made.
 */
public final class Normaliser {
    private static final Logger LOG = LoggerFactory.getLogger(Normaliser.class);
    private final DocumentMeta meta;

    private Normaliser(DocumentMeta meta) {
        this.meta = meta;
    }

    public static Normaliser forDocument(DocumentMeta meta) {
        return new Normaliser(meta);
    }

    public NormalisedText normalise(String original) {
        List<SourceLine> lines = SourceLine.of(original);
        List<LineFilter.Kind> kinds = new ArrayList<>(new LineFilter(meta).classify(lines, original));
        ColumnTables.Found tables = ColumnTables.find(lines, kinds);
        boolean[] tableRows = tables.rows();
        for (int i = 0; i < lines.size(); i++)
            if ((tableRows[i] || tables.captions()[i]) && kinds.get(i) == LineFilter.Kind.FURNITURE)
                kinds.set(i, LineFilter.Kind.KEEP); // a table row is not page furniture, however short its cells
        List<SourceLine> kept = new ArrayList<>();
        List<Boolean> blankAfter = new ArrayList<>();
        List<Boolean> rowKept = new ArrayList<>();
        List<Boolean> noteKept = new ArrayList<>();
        List<Boolean> headlineKept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineFilter.Kind kind = kinds.get(i);
            if (kind == LineFilter.Kind.NOTE_TEXT) {
                kept.add(LineFilter.withoutNoteNumber(lines.get(i)));
                noteKept.add(LineFilter.startsNote(lines.get(i).text()));
            } else if (kind == LineFilter.Kind.KEEP || kind == LineFilter.Kind.HEADLINE) {
                kept.add(lines.get(i));
                noteKept.add(false);
            } else {
                continue;
            }
            rowKept.add(tableRows[i]);
            headlineKept.add(kind == LineFilter.Kind.HEADLINE);
            blankAfter.add(i + 1 >= lines.size() || lines.get(i + 1).isBlank());
        }
        boolean[] blank = new boolean[kept.size()];
        boolean[] rows = new boolean[kept.size()];
        boolean[] notes = new boolean[kept.size()];
        for (int i = 0; i < blank.length; i++) {
            blank[i] = blankAfter.get(i);
            rows[i] = rowKept.get(i);
            notes[i] = noteKept.get(i);
        }
        Layout layout = Layout.of(kept, blank);
        boolean[] breaks = ParagraphBreaker.breaksBefore(kept, blank, layout);
        for (int i = 0; i < kept.size(); i++) {
            // a table row, a note and whatever follows either starts a paragraph of its own
            if (rows[i] || notes[i] || i > 0 && rows[i - 1])
                breaks[i] = true;
            if (i > 0 && headlineKept.get(i - 1))
                breaks[i] = true; // a headline is a paragraph of its own, whatever its punctuation
        }
        if (kept.size() > 0 && kinds.contains(LineFilter.Kind.NOTE_TEXT)) {
            int firstNote = -1;
            for (int i = 0; i < kept.size() && firstNote < 0; i++)
                if (notes[i])
                    firstNote = i;
            if (firstNote >= 0)
                breaks[firstNote] = true;
        }
        if (LOG.isDebugEnabled()) {
            Map<LineFilter.Kind, Integer> counts = new EnumMap<>(LineFilter.Kind.class);
            kinds.forEach(k -> counts.merge(k, 1, Integer::sum));
            LOG.debug("{}: {} lines {}, {}", meta == null ? "?" : meta.id(), lines.size(), counts, layout);
        }
        return InlineCleaner.clean(join(original, kept, breaks, rows), original);
    }

    /** Line kinds, for diagnostics and tests. */
    List<LineFilter.Kind> classifyLines(String original) {
        return new LineFilter(meta).classify(SourceLine.of(original), original);
    }

    static CharStream join(String original, List<SourceLine> kept, boolean[] breaksBefore) {
        return join(original, kept, breaksBefore, new boolean[kept.size()]);
    }

    /**
     * Joins the kept lines. In a table row ({@code rows}), each column gap becomes one
     * {@link ColumnTables#CELL}; elsewhere a tab is a space like any other.
     */
    static CharStream join(String original, List<SourceLine> kept, boolean[] breaksBefore, boolean[] rows) {
        CharStream s = new CharStream(original.length());
        for (int k = 0; k < kept.size(); k++) {
            SourceLine line = kept.get(k);
            if (k > 0) {
                int lineBreak = kept.get(k - 1).terminator();
                if (breaksBefore[k])
                    s.append('\n', lineBreak, false);
                else if (needsSpace(s.at(s.size() - 1), line.text().charAt(0)))
                    s.append(' ', lineBreak, false);
            }
            if (rows[k]) {
                appendRow(s, original, line);
                continue;
            }
            for (int i = line.start(); i < line.end(); i++) {
                char c = original.charAt(i);
                s.append(c == ColumnTables.CELL ? ' ' : c, i, i == line.start());
            }
        }
        return s;
    }

    private static void appendRow(CharStream s, String original, SourceLine line) {
        var gap = ColumnTables.GAP.matcher(original).region(line.start(), line.end());
        int i = line.start();
        while (gap.find()) {
            for (; i < gap.start(); i++)
                s.append(original.charAt(i), i, i == line.start());
            s.append(ColumnTables.CELL, gap.start(), false);
            i = gap.end();
        }
        for (; i < line.end(); i++)
            s.append(original.charAt(i), i, i == line.start());
    }

    /** Latin or digit (or ASCII , ; : )) before, Latin after — or a Latin word before a number. */
    static boolean needsSpace(char before, char after) {
        return (Chars.isLatinOrDigit(before) || ",;:)".indexOf(before) >= 0) && Chars.isLatin(after)
                || Chars.isLatin(before) && Chars.isDigit(after);
    }
}

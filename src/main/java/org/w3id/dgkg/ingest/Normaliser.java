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
        List<LineFilter.Kind> kinds = new LineFilter(meta).classify(lines, original);
        List<SourceLine> kept = new ArrayList<>();
        List<Boolean> blankAfter = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (kinds.get(i) != LineFilter.Kind.KEEP)
                continue;
            kept.add(lines.get(i));
            blankAfter.add(i + 1 >= lines.size() || lines.get(i + 1).isBlank());
        }
        boolean[] blank = new boolean[kept.size()];
        for (int i = 0; i < blank.length; i++)
            blank[i] = blankAfter.get(i);
        Layout layout = Layout.of(kept, blank);
        boolean[] breaks = ParagraphBreaker.breaksBefore(kept, blank, layout);
        if (LOG.isDebugEnabled()) {
            Map<LineFilter.Kind, Integer> counts = new EnumMap<>(LineFilter.Kind.class);
            kinds.forEach(k -> counts.merge(k, 1, Integer::sum));
            LOG.debug("{}: {} lines {}, {}", meta == null ? "?" : meta.id(), lines.size(), counts, layout);
        }
        return InlineCleaner.clean(join(original, kept, breaks), original);
    }

    /** Line kinds, for diagnostics and tests. */
    List<LineFilter.Kind> classifyLines(String original) {
        return new LineFilter(meta).classify(SourceLine.of(original), original);
    }

    static CharStream join(String original, List<SourceLine> kept, boolean[] breaksBefore) {
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
            for (int i = line.start(); i < line.end(); i++)
                s.append(original.charAt(i), i, i == line.start());
        }
        return s;
    }

    /** Latin or digit (or ASCII , ; : )) before, Latin after — or a Latin word before a number. */
    static boolean needsSpace(char before, char after) {
        return (Chars.isLatinOrDigit(before) || ",;:)".indexOf(before) >= 0) && Chars.isLatin(after)
                || Chars.isLatin(before) && Chars.isDigit(after);
    }
}

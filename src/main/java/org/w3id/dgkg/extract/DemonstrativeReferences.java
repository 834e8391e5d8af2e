package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 该公约, 这一协定, 上述宣言 written in running text (short-reference): a pointing word and a generic head of an
 * instrument kind mean the instrument of that kind the document named last (GenericHeads.referent), or nothing;
 * never an entity of their own. One object per document: it remembers the instruments named so far.
 */
final class DemonstrativeReferences {
    /** A pointing word, then a generic head (generic-heads.tsv) of an instrument kind. */
    private static volatile Pattern reference;
    /** 因此, 如此, 彼此: 此 as the end of another word points at nothing. */
    private static final String NOT_BEFORE_CI = "因如彼从由就至借据";

    private final Map<String, Entity> byIri;
    private final List<String> recent = new ArrayList<>();

    DemonstrativeReferences(Map<String, Entity> byIri) {
        this.byIri = byIri;
    }

    /** {@code hits} of {@code text} with its demonstrative references to instruments added; remembers its instruments. */
    List<Hit> resolve(String text, List<Hit> hits) {
        List<Hit> out = hits;
        for (Matcher m = pattern().matcher(text); m.find();) {
            if (m.group(1).startsWith("此") && m.start() > 0 && NOT_BEFORE_CI.indexOf(text.charAt(m.start() - 1)) >= 0)
                continue;
            if (m.end() < text.length() && Character.isIdeographic(text.charAt(m.end())) && continuesWord(text, m.end()))
                continue; // 该协定书, 该法案组: the head is the start of a longer word
            boolean taken = false;
            for (Hit h : hits)
                taken |= h.start() < m.end() && m.start() < h.end();
            if (taken)
                continue;
            Entity e = GenericHeads.referent(m.group(), recentBefore(hits, m.start()), byIri);
            if (e == null)
                continue;
            if (out == hits)
                out = new ArrayList<>(hits);
            out.add(new Hit(e.iri(), "Instrument", e.type().replaceAll(".*#", ""), m.start(), m.end(), GenericHeads.RULE));
        }
        if (out != hits)
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Hit h : out)
            if (h.isInstrument() && !GenericHeads.RULE.equals(h.rule())) {
                recent.remove(h.iri());
                recent.add(h.iri());
            }
        return out;
    }

    /** The instruments named before {@code at}: those of the sentences before, then this sentence's before it. */
    private List<String> recentBefore(List<Hit> hits, int at) {
        List<String> r = new ArrayList<>(recent);
        for (Hit h : hits)
            if (h.isInstrument() && h.end() <= at) {
                r.remove(h.iri());
                r.add(h.iri());
            }
        return r;
    }

    private static boolean continuesWord(String text, int end) {
        return "书组稿文本案".indexOf(text.charAt(end)) >= 0;
    }

    private static Pattern pattern() {
        Pattern p = reference;
        if (p == null) {
            List<String> heads = new ArrayList<>();
            for (String h : Lexicon.genericHeads())
                if (h.length() >= 2 && !InstrumentKind.of(h).equals("Instrument") || h.equals("法案") || h.equals("条例"))
                    heads.add(Pattern.quote(h));
            heads.sort((a, b) -> b.length() - a.length());
            p = reference = Pattern.compile("(该|这一|这项|这份|上述|前述|此)(?:" + String.join("|", heads) + ")");
        }
        return p;
    }
}

package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * A series named bare in a document about one of its editions: 第三届海洋数据论坛于…开幕, then 出席海洋数据论坛并致辞.
 * The bare name is that edition's short name there, so participants, adoption and dates go to the edition, and the
 * series (never dated, CONVENTIONS.md) gets nothing it does not own. Only when the document is about that one
 * edition: it names one edition of the series (an ordinal or a year makes the edition, {@link EventEditions#seriesOf}),
 * and no sentence that writes the edition or the bare name writes a year other than the document's own (or the year
 * in the edition's name). A retrospective edition (2018年首届…) or a bare name in a clause of another year (2014年…举行的
 * 非盟峰会) is another meeting, and the bare name stays the series. Reads only the document itself.
 */
final class OneEditionSeries {
    private OneEditionSeries() {}

    /** A year of the calendar, not part of a longer number. */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    /** Makes each bare series name of {@code discovered} an alias of the one edition the document is about. */
    static void merge(SourceDocument doc, Map<String, DiscoveredName> discovered) {
        Map<String, List<DiscoveredName>> editionsBySeries = new HashMap<>();
        for (DiscoveredName f : discovered.values())
            if ("Event".equals(f.top)) {
                String series = EventEditions.seriesOf(f.label);
                if (series != null)
                    editionsBySeries.computeIfAbsent(Labels.key(series), k -> new ArrayList<>()).add(f);
            }
        if (editionsBySeries.isEmpty())
            return;
        List<String> texts = new ArrayList<>();
        for (Sentence s : doc.sentences())
            texts.add(Script.reading(doc, s));
        String issued = doc.meta().issued();
        String docYear = issued != null && issued.matches("^(19|20)\\d{2}.*") ? issued.substring(0, 4) : null;
        List<String> drop = new ArrayList<>();
        for (Map.Entry<String, DiscoveredName> b : discovered.entrySet()) {
            DiscoveredName bare = b.getValue();
            List<DiscoveredName> editions = editionsBySeries.get(Labels.key(bare.label));
            if (!"Event".equals(bare.top) || editions == null || editions.size() != 1)
                continue;
            DiscoveredName edition = editions.get(0);
            Set<String> allowed = new TreeSet<>();
            if (docYear != null)
                allowed.add(docYear);
            Matcher y = YEAR.matcher(edition.label);
            if (y.find())
                allowed.add(y.group(1));
            if (!onlyYears(texts, edition.label, null, allowed) || !onlyYears(texts, bare.label, edition.label, allowed))
                continue;
            edition.alts.add(bare.label);
            edition.alts.addAll(bare.alts);
            drop.add(b.getKey());
        }
        drop.forEach(discovered::remove);
    }

    /**
     * Whether every sentence that writes {@code label} (outside the longer name {@code within}, when given) writes no
     * year but the {@code allowed} ones.
     */
    static boolean onlyYears(List<String> texts, String label, String within, Set<String> allowed) {
        for (String text : texts) {
            String rest = within == null ? text : text.replace(within, "");
            if (!rest.contains(label))
                continue;
            for (Matcher y = YEAR.matcher(text); y.find();)
                if (!allowed.contains(y.group(1)))
                    return false;
        }
        return true;
    }
}

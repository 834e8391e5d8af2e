package org.w3id.dgkg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * Two instruments with one title (title-edition): “2017年12月，…发布《关于X的联合声明》” and “2019年1月，…签署
 * 《关于X的联合声明》” are two texts, of two years, that share their title. When one document issues or signs the
 * same title in clauses of two different years, each year's text is an entity of its own: key title@year, so
 * its slug is the title's slug with the year after it (stable across builds), prefLabel the title, altLabel
 * “title（year年）”. Every mention of the title in that document (and every short reference resolved to it)
 * means the edition of its own clause's year, else the edition named last before it, else the first one.
 * A title issued in one year only, or only talked about, stays one entity: nothing else changes its IRI.
 * The decision reads only the document itself, so adding documents never changes it.
 */
final class TitleEditions {
    /** A year of the calendar as a clause's date: 2017年, 2019 年. */
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

    /** The editions of one document: for each title that has them, its editions by year. */
    private final Map<String, Map<String, DiscoveredName>> byBareIri = new HashMap<>();
    private final Map<DiscoveredName, Map<String, DiscoveredName>> byBare = new LinkedHashMap<>();
    /** Where each edition is written: sentence index and start → edition. */
    private final Map<Long, DiscoveredName> atPlace = new HashMap<>();
    /** The edition named at or before each sentence, per bare title (sentence index → edition). */
    private final Map<DiscoveredName, TreeMap<Integer, DiscoveredName>> bySentence = new HashMap<>();

    private TitleEditions() {}

    static TitleEditions none() {
        return new TitleEditions();
    }

    /**
     * Finds the titles {@code doc} issues or signs in clauses of two or more years and registers one name per
     * year in {@code discovered} (key title@year). Run after the document's discovery, before resolution.
     */
    static TitleEditions of(SourceDocument doc, Map<String, DiscoveredName> discovered) {
        TitleEditions out = new TitleEditions();
        record Place(DiscoveredName bare, int sentence, int start, String year) {}
        List<Place> places = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            String text = Script.reading(doc, s);
            for (TitleFinder.Title t : TitleFinder.find(text)) {
                DiscoveredName f = discovered.get(Labels.key(Labels.clean(t.name())));
                if (f == null || !"Instrument".equals(f.top))
                    continue;
                places.add(new Place(f, s.index(), t.span().start(), actYear(text, t.span().start() - 1)));
            }
        }
        Map<DiscoveredName, Set<String>> years = new LinkedHashMap<>();
        for (Place p : places)
            if (p.year() != null)
                years.computeIfAbsent(p.bare(), k -> new java.util.TreeSet<>()).add(p.year());
        years.forEach((bare, ys) -> {
            if (ys.size() < 2)
                return;
            Map<String, DiscoveredName> editions = new TreeMap<>();
            for (String y : ys) {
                DiscoveredName e = new DiscoveredName(bare.named.kind, bare.named.key + "@" + y, bare.type, bare.top, bare.label);
                e.alts.addAll(bare.alts);
                e.alts.add(bare.label + "（" + y + "年）");
                e.acronym = bare.acronym;
                e.rule = bare.rule;
                discovered.put(e.named.key, e);
                editions.put(y, e);
            }
            out.byBare.put(bare, editions);
        });
        for (Place p : places) {
            Map<String, DiscoveredName> editions = out.byBare.get(p.bare());
            if (editions == null || p.year() == null)
                continue;
            DiscoveredName e = editions.get(p.year());
            out.atPlace.put(DiscoveredName.position(p.sentence(), p.start()), e);
            out.bySentence.computeIfAbsent(p.bare(), k -> new TreeMap<>()).putIfAbsent(p.sentence(), e);
            e.foundAt.add(DiscoveredName.position(p.sentence(), p.start()));
        }
        return out;
    }

    /**
     * The year of the clause that issues or signs the title opening after {@code open} (the 《): an act verb right
     * before it (发布《, 签署了《) and the last year written before it in the sentence; null otherwise.
     */
    static String actYear(String text, int open) {
        if (open < 0)
            return null;
        Matcher act = actBefore().matcher(text.substring(0, open));
        if (!act.find())
            return null;
        String year = null;
        for (Matcher y = YEAR.matcher(text.substring(0, act.start())); y.find();)
            year = y.group(1);
        return year;
    }

    /** Whether {@code iri} is an edition's (not matched by its label: its mentions come from its title's). */
    boolean isEdition(String iri) {
        for (Map<String, DiscoveredName> editions : byBare.values())
            for (DiscoveredName e : editions.values())
                if (iri.equals(e.iri()))
                    return true;
        return false;
    }

    /** The entities to match by label: all but the editions, which share their title's label. */
    List<Entity> matchable(Collection<Entity> known) {
        if (byBare.isEmpty())
            return known instanceof List<Entity> l ? l : List.copyOf(known);
        return known.stream().filter(e -> !isEdition(e.iri())).toList();
    }

    /** {@code hits} of sentence {@code sentence}, a title that has editions replaced by the edition it means there. */
    List<Hit> resolve(int sentence, List<Hit> hits) {
        if (byBare.isEmpty())
            return hits;
        if (byBareIri.isEmpty())
            byBare.forEach((bare, editions) -> byBareIri.put(bare.iri(), editions));
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            Map<String, DiscoveredName> editions = byBareIri.get(h.iri());
            if (editions == null) {
                out.add(h);
                continue;
            }
            DiscoveredName e = atPlace.get(DiscoveredName.position(sentence, h.start()));
            if (e == null) {
                DiscoveredName bare = null;
                for (DiscoveredName b : byBare.keySet())
                    if (b.iri().equals(h.iri()))
                        bare = b;
                TreeMap<Integer, DiscoveredName> named = bySentence.get(bare);
                Map.Entry<Integer, DiscoveredName> before = named == null ? null : named.floorEntry(sentence);
                e = before != null ? before.getValue() : editions.values().iterator().next();
            }
            out.add(new Hit(e.iri(), h.top(), h.type(), h.start(), h.end(), h.rule()));
        }
        return out;
    }

    private static volatile Pattern actBefore;

    /** An act of issuing or signing (relation-cues.tsv), with 了 or 共同 around it, ending where the title opens. */
    private static Pattern actBefore() {
        Pattern p = actBefore;
        if (p == null) {
            Path dir = Files.isDirectory(LexiconTable.dir(Extractor.DEFAULT_ONTOLOGY)) ? Extractor.DEFAULT_ONTOLOGY
                    : Path.of("no-ontology-folder");
            List<String> cues = new ArrayList<>();
            for (Map<String, String> r : LexiconTable.load(dir, "relation-cues").rows())
                if (Set.of("issue", "sign").contains(r.get("act")) && r.get("cue").matches("\\p{IsHan}+"))
                    cues.add(r.get("cue"));
            cues.sort((a, b) -> b.length() - a.length());
            p = actBefore = Pattern.compile("(?:" + String.join("|", cues) + ")了?$");
        }
        return p;
    }
}

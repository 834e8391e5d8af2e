package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;
import org.w3id.dgkg.ingest.Span;

/**
 * Stage 3, per document: every known name (registry, the aliases this document taught, and the names
 * it discovered) matched in every sentence, ambiguous labels and one-character state abbreviations
 * resolved from context, then the relation, annex and date rules. A function of the document, the
 * reference data and the corpus-wide resolution: one object per document holds what reading it
 * needs to remember (the sentence being read, the names read so far).
 */
final class DocumentReading {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentReading.class);
    /** What one document yields: its mentions, its facts, and how it describes the entities it names. */
    record Read(List<Mention> mentions, List<Fact> facts, Map<String, Entity> describedHere) {}

    private final ReferenceIndex index;
    private final Reference reference;
    private final RelationRules relationRules;
    private final RelationFacts relationFacts;
    /** Names discovered in the document being read (resolved: each has its IRI). */
    private final Map<String, DiscoveredName> discovered;

    private DocumentReading(ReferenceIndex index, RelationRules relationRules, RelationFacts relationFacts,
            Map<String, DiscoveredName> discovered) {
        this.index = index;
        this.reference = index.reference();
        this.relationRules = relationRules;
        this.relationFacts = relationFacts;
        this.discovered = discovered;
    }

    /**
     * Reads {@code doc}: {@code found} is what discovery found in it (its names resolved corpus-wide),
     * {@code describedHere} the entities it discovered as it names them.
     */
    static Read read(SourceDocument doc, ReferenceIndex index, RelationRules relationRules, RelationFacts relationFacts,
            DocumentDiscovery found, Map<String, Entity> describedHere) {
        StageTimer.Lap lap = StageTimer.start("reading/gazetteer");
        Map<String, Set<String>> extra = new HashMap<>();
        found.learnedAlias().forEach((alias, iri) -> extra.computeIfAbsent(iri, k -> new HashSet<>()).add(alias));
        List<Entity> known = new ArrayList<>();
        Reference reference = index.reference();
        for (Entity e : reference.entities().values()) {
            Set<String> add = extra.get(e.iri());
            if (add == null) {
                known.add(e);
                continue;
            }
            Set<String> alts = new LinkedHashSet<>(e.altLabels());
            alts.addAll(add);
            known.add(new Entity(e.iri(), e.type(), e.labelZh(), e.labelEn(), alts, e.acronym(), e.curated()));
        }
        known.addAll(describedHere.values());
        Map<String, Entity> byIri = new HashMap<>();
        known.forEach(e -> byIri.put(e.iri(), e));
        List<Mention> mentions = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        Gazetteer gazetteer = Gazetteer.of(found.editions().matchable(known), List.of(), index.ambiguous(), index.registryNames());
        lap.close();
        new DocumentReading(index, relationRules, relationFacts, found.discovered())
                .read(doc, gazetteer, byIri, mentions, facts, found.editions());
        lap = StageTimer.start("reading/written-forms");
        Map<String, Entity> own = new LinkedHashMap<>(describedHere);
        writtenForms(doc, mentions, byIri, own);
        PeerNames.writtenForms(doc, mentions, byIri, own, reference.ambiguousLabels());
        lap.close();
        return new Read(mentions, facts, own);
    }

    /**
     * A document read through another script (zh-Hant) names things in its own characters: those
     * written forms are labels of the entities in that document's graph (中國 for 中国).
     */
    private static void writtenForms(SourceDocument doc, List<Mention> mentions, Map<String, Entity> byIri, Map<String, Entity> own) {
        String reading = Script.reading(doc);
        String text = doc.normalised().text();
        if (reading == text)
            return;
        for (Mention m : mentions) {
            if (ShortReferences.RULE.equals(m.rule()))
                continue; // 該條例, 《條例》, 條例草案 point at a name; they are no name of it
            String written = Labels.clean(text.substring(m.span().start(), m.span().end()));
            if (written.equals(Labels.clean(reading.substring(m.span().start(), m.span().end()))))
                continue;
            Entity e = own.get(m.entityIri());
            if (e == null)
                e = byIri.get(m.entityIri());
            if (e == null || e.labelZh().equals(written) || e.altLabels().contains(written))
                continue;
            Set<String> alts = new LinkedHashSet<>(e.curated() && !own.containsKey(e.iri()) ? Set.of() : e.altLabels());
            alts.add(written);
            own.put(e.iri(), new Entity(e.iri(), e.type(), e.labelZh(), e.labelEn(), alts, e.acronym(), e.curated()));
        }
    }

    /** Kinds of document that report others' words: their subjectless recommendations are not the publisher's. */
    private static final Pattern REPORTED_SPEECH_KINDS = Pattern.compile(".*(news|journal|article|commentary|scraped).*");

    /** A white paper, policy brief or release speaks for its publisher; news and articles report others. */
    private static boolean speaksInOwnVoice(SourceDocument doc) {
        String kind = doc.meta().kind();
        return kind == null || !REPORTED_SPEECH_KINDS.matcher(kind).matches();
    }

    private void read(SourceDocument doc, Gazetteer gazetteer, Map<String, Entity> byIri, List<Mention> mentions, List<Fact> facts,
            TitleEditions editions) {
        String publisherIri = publisher(doc, gazetteer);
        Entity publisher = publisherIri == null ? null : byIri.get(publisherIri);
        // 我国 means the country the manifest says the document speaks for; without one it means nothing.
        String ourCountry = reference.byIso3166(doc.meta().perspective());
        boolean firstPersonIsPublisher = publisher != null && !publisher.type().endsWith("#State");
        boolean framingYears = framingYears(doc);

        MentionFinder finder = new MentionFinder(index, discovered);
        finder.readDocument(Script.reading(doc));
        ShortReferences references = new ShortReferences(byIri);
        SeriesDates series = new SeriesDates(byIri, name -> gazetteer.find(name).stream().anyMatch(h -> h.span().start() == 0
                && h.span().end() == name.length() && h.entityIris().stream().anyMatch(i -> byIri.containsKey(i)
                        && "Actor".equals(reference.topClass(byIri.get(i).type())))));
        Set<String> seenFacts = new HashSet<>();
        Set<String> addressed = new HashSet<>();
        Discourse discourse = new Discourse(iri -> {
            Entity e = byIri.get(iri);
            if (e == null)
                return Set.of();
            Set<String> names = new HashSet<>(e.altLabels());
            names.add(e.labelZh());
            return names;
        });
        discourse.lookUpNamesWith(name -> { // a name alone, read whole by the registry (瑞士 of 瑞士政府)
            for (Gazetteer.Hit g : gazetteer.find(name)) {
                Entity e = g.entityIris().size() == 1 ? byIri.get(g.entityIris().iterator().next()) : null;
                if (e != null && g.span().start() == 0 && g.span().end() == name.length() && reference.topClass(e.type()) != null)
                    return new Hit(e.iri(), reference.topClass(e.type()), e.type().substring(e.type().lastIndexOf('#') + 1), 0, 0, "gazetteer");
            }
            return null;
        });
        Hit header = null;
        TableRows tables = new TableRows(doc.meta().issued());
        int paragraph = -1;
        String paragraphYear = null;
        String documentYear = null;
        List<String> recentParagraphs = new ArrayList<>();
        StringBuilder currentParagraph = new StringBuilder();
        boolean firstInParagraph = false;
        for (Sentence s : doc.sentences()) {
            String text = Script.reading(doc, s);
            if (s.paragraph() != paragraph) {
                if (currentParagraph.length() > 0)
                    recentParagraphs.add(currentParagraph.toString());
                if (recentParagraphs.size() > 3)
                    recentParagraphs.remove(0);
                currentParagraph.setLength(0);
                paragraph = s.paragraph();
                paragraphYear = null;
                firstInParagraph = true;
            } else {
                firstInParagraph = false;
            }
            currentParagraph.append(text);
            String context = String.join("", recentParagraphs) + currentParagraph;
            StageTimer.Lap lap = StageTimer.start("reading/mentions");
            List<Hit> hits = finder.inSentence(s.index(), text, context, gazetteer, byIri, ourCountry,
                    firstPersonIsPublisher ? publisherIri : null);
            hits = editions.resolve(s.index(), hits); // a title of two years' texts: the one of this clause's year
            hits = references.resolve(text, hits); // 该公约, 上述宣言, 公约 alone: the instrument they point back at
            int offset = s.span().start();
            for (Hit h : hits)
                mentions.add(new Mention(h.iri(), doc.id(), new Span(h.start() + offset, h.end() + offset), s.index(), h.rule()));
            for (Hit h : finder.organisersInEvents(text, hits))
                mentions.add(new Mention(h.iri(), doc.id(), new Span(h.start() + offset, h.end() + offset), s.index(), h.rule()));

            lap.close();
            lap = StageTimer.start("reading/dates");
            // a month or day without its year: the paragraph's year, else the manifest's date (DateFinder)
            // under a dated heading or dateline (一、2023年8月10日…; 新华社…3月2日电) that day, not the manifest's, is "today"
            String today = discourse.sectionDate() != null ? discourse.sectionDate() : doc.meta().issued();
            List<DateFinder.Found> dates = new ArrayList<>(DateFinder.find(text, paragraphYear, today, documentYear));
            if (framingYears && firstInParagraph)
                dates.removeIf(d -> d.start() == 0 && d.value().length() == 4 && text.length() > d.end()
                        && Character.isIdeographic(text.charAt(d.end())));
            // 这是继…2021年11月通过《Y》之后: the year of a background act is no year of the dates the paragraph goes on with
            String last = DateFinder.lastYear(DateCues.BACKGROUND.matcher(text).replaceAll(m -> "□".repeat(m.group().length())));
            if (last != null)
                paragraphYear = documentYear = last;

            lap.close();
            discourse.documentTopic().sentence(s.paragraph(), Headlines.isHeadline(doc, s)); // a paragraph's topic ends with it
            lap = StageTimer.start("reading/relations");
            // lost digits (U+FFFD) make dates and relations of a sentence unusable
            List<RelationRules.Rel> rels = text.indexOf('\uFFFD') >= 0 ? new ArrayList<>()
                    : new ArrayList<>(relationRules.apply(text, hits, dates, discourse));
            lap.close();
            lap = StageTimer.start("reading/more-rules");
            ContextActDates.add(text, hits, dates, today, discourse, rels); // acts the relation rules read without a date
            ActDates.dropScheduledEvents(rels, hits, doc.meta().issued()); // an event dated after the document is only scheduled
            series.drop(rels); // an event series (…年会 with no ordinal or year) is never dated: its editions are
            EventParticipationRules.undatedAtSitting(text, hits, discourse, rels); // 同次会议还通过了《Y》: no day of the sitting for Y
            ConceptRelationRules.addressesInTitle(text, hits, h -> issuesNamedIn(byIri.get(h.iri())), addressed, rels);
            if (firstPersonIsPublisher && speaksInOwnVoice(doc))
                ConceptRelationRules.publisherStances(text, hits, publisherIri, rels);
            header = AnnexLists.relations(text, hits, dates, header, rels);
            tables.read(text, hits, dates, rels);
            lap.close();
            lap = StageTimer.start("reading/learned-relations");
            if (!Headlines.isHeadline(doc, s) && text.indexOf('\uFFFD') < 0)
                relationRules.learned.add(doc.id(), s.index(), text, hits, discourse, rels); // what the model reads that no rule did
            lap.close();
            if (Headlines.isHeadline(doc, s)) { // a headline names things; its telegraphic clauses state no relation but a
                List<RelationRules.Rel> stated = Headlines.statedRelations(doc, s, text, hits, rels); // whole clause of issuing
                rels.clear();
                rels.addAll(stated);
            }
            if (EXPLAIN != null && !EXPLAIN.isEmpty() && text.contains(EXPLAIN))
                explain(doc, text, hits, dates, rels, byIri);
            for (RelationRules.Rel r : rels) {
                Fact f = relationFacts.fact(r, doc, s);
                if (f != null && seenFacts.add(f.subject() + " " + f.predicate() + " " + f.object() + " " + s.index()))
                    facts.add(f);
            }
        }
        ClosingDays.dropWhereOpened(facts); // an event's closing day when the document also gives its opening (ClosingDays)
        AdoptingEventDates.add(facts, discourse); // a text adopted at an event the document dates, with no date of its own
    }

    /** Issues named in each instrument's name, as this document names the instrument. */
    private final Map<String, List<String>> issuesByInstrument = new HashMap<>();

    /** Issues whose name the instrument's own name contains (反虚假信息行为守则 → 虚假信息). */
    private List<String> issuesNamedIn(Entity instrument) {
        if (instrument == null)
            return List.of();
        return issuesByInstrument.computeIfAbsent(instrument.iri(), k -> {
            List<String> out = new ArrayList<>();
            String name = instrument.labelZh();
            for (Map.Entry<String, List<String>> e : issueLabels(reference)) {
                for (String l : e.getValue())
                    if (name.contains(l) && !name.equals(l)) {
                        out.add(e.getKey());
                        break;
                    }
            }
            return out;
        });
    }

    /** Per reference data: the issues (in its order) with their labels of four characters or more. */
    private static final Map<Reference, List<Map.Entry<String, List<String>>>> ISSUE_LABELS = new java.util.WeakHashMap<>();

    /** The issues' labels, made once per reference data (they were made again for every instrument of every document). */
    private static List<Map.Entry<String, List<String>>> issueLabels(Reference reference) {
        synchronized (ISSUE_LABELS) {
            return ISSUE_LABELS.computeIfAbsent(reference, r -> {
                List<Map.Entry<String, List<String>>> out = new ArrayList<>();
                for (Entity e : r.entities().values()) {
                    if (!"Issue".equals(r.topClass(e.type())))
                        continue;
                    Set<String> labels = new HashSet<>(e.altLabels());
                    labels.add(e.labelZh());
                    List<String> longer = new ArrayList<>();
                    for (String l : labels)
                        if (l.codePointCount(0, l.length()) >= 4)
                            longer.add(l);
                    if (!longer.isEmpty())
                        out.add(Map.entry(e.iri(), List.copyOf(longer)));
                }
                return List.copyOf(out);
            });
        }
    }

    /** Set the system property dgkg.explain to a piece of text to log how its sentences were read. */
    private static final String EXPLAIN = System.getProperty("dgkg.explain");

    private static void explain(SourceDocument doc, String text, List<Hit> hits, List<DateFinder.Found> dates,
            List<RelationRules.Rel> rels, Map<String, Entity> byIri) {
        StringBuilder b = new StringBuilder("\n[" + doc.id() + "] " + text + "\n");
        for (Hit h : hits)
            b.append("  hit ").append(text, h.start(), h.end()).append(" -> ").append(name(byIri, h.iri())).append(" ")
                    .append(h.type()).append(" (").append(h.rule()).append(")\n");
        for (DateFinder.Found d : dates)
            b.append("  date ").append(d).append('\n');
        for (RelationRules.Rel r : rels)
            b.append("  rel ").append(name(byIri, r.subject())).append(' ').append(r.predicate()).append(' ')
                    .append(name(byIri, r.object())).append(" [").append(r.rule()).append("]\n");
        LOG.info(b.toString());
    }

    private static String name(Map<String, Entity> byIri, String iri) {
        Entity e = byIri.get(iri);
        return e == null ? iri : e.labelZh();
    }

    private String publisher(SourceDocument doc, Gazetteer gazetteer) {
        String p = doc.meta().publisherZh();
        if (p == null)
            return null;
        for (Gazetteer.Hit h : gazetteer.find(p))
            if (h.span().start() == 0 && h.span().end() == p.length() && h.entityIris().size() == 1)
                return h.entityIris().iterator().next();
        return null;
    }

    /** True when many paragraphs open with a bare year glued to the text (2022年信息内容治理…): a framing prefix. */
    private static boolean framingYears(SourceDocument doc) {
        int paragraph = -1;
        int count = 0;
        for (Sentence s : doc.sentences()) {
            if (s.paragraph() == paragraph)
                continue;
            paragraph = s.paragraph();
            if (s.text().matches("(?s)^\\d{4}年[\\u4e00-\\u9fff&&[^月以起来初底末前后]].*"))
                count++;
        }
        return count >= 5;
    }

}

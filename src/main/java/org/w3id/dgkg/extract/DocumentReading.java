package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;
import org.w3id.dgkg.ingest.Span;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Stage 3, per document: every known name (registry, the aliases this document taught, and the names
 * it discovered) matched in every sentence, ambiguous labels and one-character state abbreviations
 * resolved from context, then the relation, annex and date rules. A function of the document, the
 * reference data and the corpus-wide resolution: one object per document holds what reading it
 * needs to remember (the sentence being read, the names read so far).
 */
final class DocumentReading {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentReading.class);
    private static final Pattern ORG_SUFFIX_AFTER = Pattern.compile("^(联盟|委员会|组织|工作组|基金会|协会|论坛|峰会|会议)");

    /** What one document yields: its mentions, its facts, and how it describes the entities it names. */
    record Read(List<Mention> mentions, List<Fact> facts, Map<String, Entity> describedHere) {}

    private final Reference reference;
    private final Map<String, String> registryByKey;
    private final RelationRules relationRules;
    private final RelationFacts relationFacts;
    /** Names discovered in the document being read (resolved: each has its IRI). */
    private final Map<String, DiscoveredName> discovered;

    private DocumentReading(ReferenceIndex index, RelationRules relationRules, RelationFacts relationFacts,
            Map<String, DiscoveredName> discovered) {
        this.reference = index.reference();
        this.registryByKey = index.registryByKey();
        this.registryNames = index.registryNames();
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
        new DocumentReading(index, relationRules, relationFacts, found.discovered())
                .read(doc, Gazetteer.of(known, List.of(), index.ambiguous()), byIri, mentions, facts);
        Map<String, Entity> own = new LinkedHashMap<>(describedHere);
        writtenForms(doc, mentions, byIri, own);
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

    private void read(SourceDocument doc, Gazetteer gazetteer, Map<String, Entity> byIri, List<Mention> mentions, List<Fact> facts) {
        String publisherIri = publisher(doc, gazetteer);
        Entity publisher = publisherIri == null ? null : byIri.get(publisherIri);
        // 我国 means the country the manifest says the document speaks for; without one it means nothing.
        String ourCountry = reference.byIso3166(doc.meta().perspective());
        boolean firstPersonIsPublisher = publisher != null && !publisher.type().endsWith("#State");
        boolean framingYears = framingYears(doc);

        firstMentionSeen.clear();
        recentNames.clear();
        Set<String> seenFacts = new HashSet<>();
        Set<String> addressed = new HashSet<>();
        Discourse discourse = new Discourse();
        Hit header = null;
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
            sentenceIndex = s.index();
            List<Hit> hits = hits(text, context, gazetteer, byIri, ourCountry, firstPersonIsPublisher ? publisherIri : null);
            int offset = s.span().start();
            for (Hit h : hits)
                mentions.add(new Mention(h.iri(), doc.id(), new Span(h.start() + offset, h.end() + offset), s.index(), h.rule()));
            for (Hit h : hits)
                if ((h.isInstrument() || h.isEvent()) && !h.rule().equals(GenericHeads.RULE))
                    recentNames.add(h.iri());
            for (Hit h : organisersInEvents(text, hits))
                mentions.add(new Mention(h.iri(), doc.id(), new Span(h.start() + offset, h.end() + offset), s.index(), h.rule()));

            // a month or day without its year: the paragraph's year, else the manifest's date (DateFinder)
            List<DateFinder.Found> dates = new ArrayList<>(DateFinder.find(text, paragraphYear, doc.meta().issued(), documentYear));
            if (framingYears && firstInParagraph)
                dates.removeIf(d -> d.start() == 0 && d.value().length() == 4 && text.length() > d.end()
                        && Character.isIdeographic(text.charAt(d.end())));
            String last = DateFinder.lastYear(text);
            if (last != null)
                paragraphYear = documentYear = last;

            // lost digits (U+FFFD) make dates and relations of a sentence unusable
            List<RelationRules.Rel> rels = text.indexOf('\uFFFD') >= 0 ? new ArrayList<>()
                    : new ArrayList<>(relationRules.apply(text, hits, dates, discourse));
            ConceptRelationRules.addressesInTitle(text, hits, h -> issuesNamedIn(byIri.get(h.iri())), addressed, rels);
            header = annexRelations(text, hits, dates, header, rels);
            if (EXPLAIN != null && !EXPLAIN.isEmpty() && text.contains(EXPLAIN))
                explain(doc, text, hits, dates, rels, byIri);
            for (RelationRules.Rel r : rels) {
                Fact f = relationFacts.fact(r, doc, s);
                if (f != null && seenFacts.add(f.subject() + " " + f.predicate() + " " + f.object() + " " + s.index()))
                    facts.add(f);
            }
        }
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
            for (Entity e : reference.entities().values()) {
                if (!"Issue".equals(reference.topClass(e.type())))
                    continue;
                Set<String> labels = new HashSet<>(e.altLabels());
                labels.add(e.labelZh());
                for (String l : labels)
                    if (l.codePointCount(0, l.length()) >= 4 && name.contains(l) && !name.equals(l)) {
                        out.add(e.iri());
                        break;
                    }
            }
            return out;
        });
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

    /** Annex lists: a header line names the issuer (or the event) of the • items under it. */
    private Hit annexRelations(String text, List<Hit> hits, List<DateFinder.Found> dates, Hit header, List<RelationRules.Rel> rels) {
        String stripped = text.strip();
        if (!stripped.startsWith("•")) {
            // a header line names one actor or event and nothing else (a bracket may follow)
            String bare = stripped.replaceAll("[(（].*[)）]$", "").strip();
            if (!hits.isEmpty() && (hits.get(0).isActor() || hits.get(0).isEvent())
                    && text.substring(hits.get(0).start(), hits.get(0).end()).equals(bare))
                return hits.get(0);
            return null;
        }
        Hit item = null;
        for (Hit h : hits)
            if (h.isInstrument() && (h.start() <= 3 || item == null && text.charAt(h.start() - 1) == '，' && h.start() < 20)) {
                item = h;
                break;
            }
        Hit trailing = hits.isEmpty() ? null : hits.get(hits.size() - 1);
        Hit next = header;
        if (trailing != null && (trailing.isActor() || trailing.isEvent()) && trailing.end() >= text.strip().length() - 1
                && trailing != item && trailing.start() > 4)
            next = trailing;
        if (item == null)
            return next;
        Hit inline = null;
        for (Hit h : hits)
            if (h.isActor() && (h.start() > item.end() || h.end() <= item.start()) && h != trailing)
                inline = h;
        if (inline != null)
            rels.add(new RelationRules.Rel(item.iri(), "issuedBy", inline.iri(), 0, text.length(), 0.7, "annex-list", false));
        else if (header == null) {
        } else if (header.isActor())
            rels.add(new RelationRules.Rel(item.iri(), "issuedBy", header.iri(), 0, text.length(), 0.7, "annex-list", false));
        else if (header.isEvent())
            rels.add(new RelationRules.Rel(item.iri(), "adoptedAt", header.iri(), 0, text.length(), 0.7, "annex-list", false));
        for (DateFinder.Found d : dates)
            if (d.start() > item.end() && (next == header || d.end() <= trailing.start())) {
                String before = text.substring(Math.max(0, d.start() - 2), d.start());
                if (!before.contains("自"))
                    rels.add(new RelationRules.Rel(item.iri(), "date", d.value(), d.start(), d.end(), 0.7, "annex-list-date", d.inferred()));
                break;
            }
        return next;
    }

    /** Instruments and events named so far in the document being read, in order (for short references). */
    private final List<String> recentNames = new ArrayList<>();

    /** The registry's names alone (organisers inside discovered event names). */
    private final Gazetteer registryNames;

    /**
     * 二十国集团第十九次领导人峰会: a discovered event's name holds its organiser,
     * which the text names too. (An organisation's name does not: 东盟秘书处 is no mention of 东盟.)
     */
    private List<Hit> organisersInEvents(String text, List<Hit> out) {
        WordBoundaries words = WordBoundaries.of(text);
        List<Hit> add = new ArrayList<>();
        for (Hit h : out) {
            if (!h.isEvent() || h.rule().equals("gazetteer"))
                continue;
            for (Gazetteer.Hit g : registryNames.find(text.substring(h.start(), h.end()))) {
                int s = h.start() + g.span().start();
                int e = h.start() + g.span().end();
                if (g.entityIris().size() != 1 || words.insideWords(s, e) && isShortHanName(g.label()))
                    continue;
                Entity ent = reference.entity(g.entityIris().iterator().next());
                if (ent != null && "Actor".equals(reference.topClass(ent.type())) && !reference.ambiguousLabels().contains(g.label()))
                    add.add(new Hit(ent.iri(), "Actor", local(ent.type()), s, e, "gazetteer"));
            }
        }
        return add; // mentions only: relation rules read the outermost names
    }

    /** Index of the sentence being read (for the rule of a mention where a name was discovered). */
    private int sentenceIndex;

    /** IRIs whose first mention in the document being read has been given its discovering rule. */
    private final Set<String> firstMentionSeen = new HashSet<>();

    /**
     * The rule that discovered the name at this place (for a rule that records no place: its first
     * mention), or dynamic-gazetteer for its other mentions in the document.
     */
    private String discoveredBy(String iri, int start) {
        for (DiscoveredName f : discovered.values())
            if (iri.equals(f.iri()) && f.rule != null) {
                boolean first = firstMentionSeen.add(iri);
                if (f.foundAt.contains(DiscoveredName.position(sentenceIndex, start)) || f.foundAt.isEmpty() && first)
                    return f.rule;
            }
        return "dynamic-gazetteer";
    }

    /** The name ends inside a job title (商务部 in 商务部长): it is part of the title. */
    private static boolean endsInsideTitleWord(WordBoundaries words, int end) {
        for (com.hankcs.hanlp.seg.common.Term t : words.terms())
            if (t.offset < end && end < t.offset + t.word.length())
                return PersonFinder.isRole(t);
        return false;
    }

    private static final Pattern DATELINE = Pattern.compile("社[^，。；、\\s]{0,12}?\\d{1,2}月\\d{1,2}日[^，。]{0,4}?电");

    /** A news agency's dateline (新华社联合国7月1日电) names a place, not an actor. */
    private static boolean inDateline(String text, int start) {
        Matcher m = DATELINE.matcher(text);
        while (m.find())
            if (m.start() < start && start < m.end())
                return true;
        return false;
    }

    /** 来源：…, 责任编辑：…: a line that credits a source names no actor of the text. */
    private static boolean isSourceLine(String text) {
        String t = text.strip();
        for (String w : Lexicon.words("function-words.tsv", "kind", "source-line"))
            if (t.startsWith(w + "：") || t.startsWith(w + ":"))
                return true;
        return false;
    }

    private static boolean followedByPlaceWord(String text, int end) {
        for (String w : Lexicon.words("function-words.tsv", "kind", "place-after"))
            if (text.startsWith(w, end))
                return true;
        return false;
    }

    /** A name right after 非 that itself follows a function word or punctuation: the prefix "non-". */
    private static boolean negatedByPrefix(String text, int s) {
        if (s == 0 || text.charAt(s - 1) != '非')
            return false;
        if (s == 1)
            return true;
        char before = text.charAt(s - 2);
        return !Character.isIdeographic(before) || Lexicon.functionWords().contains(String.valueOf(before));
    }

    private static boolean isShortHanName(String label) {
        return label.codePointCount(0, label.length()) <= 4 && !Gazetteer.isLatinOrDigit(label.charAt(0));
    }

    /** "Our country": resolved per document from the manifest's perspective, never from the registry alone. */
    static final String OUR_COUNTRY = "我国";

    /** Every entity named in a sentence, leftmost-longest, with titles and state abbreviations. */
    private List<Hit> hits(String text, String context, Gazetteer gazetteer, Map<String, Entity> byIri, String ourCountry,
            String firstPerson) {
        List<Hit> out = new ArrayList<>();
        if (isSourceLine(text))
            return out;
        List<TitleFinder.Title> titles = TitleFinder.find(text);
        boolean[] covered = new boolean[text.length() + 1];
        WordBoundaries words = WordBoundaries.of(text);
        for (Gazetteer.Hit g : gazetteer.find(text, words)) {
            int s = g.span().start();
            int e = g.span().end();
            if (insideTitleSpan(titles, s, e))
                continue;
            if (words.insideWords(s, e) && isShortHanName(g.label()))
                continue; // part of a longer word: 中国 in 发展中国家
            if (followedByPlaceWord(text, e))
                continue; // 联合国总部 is a place, no mention of the UN
            if (endsInsideTitleWord(words, e) || inDateline(text, s))
                continue; // X部长 is a minister; 新华社日内瓦3月1日电 is a place
            if (negatedByPrefix(text, s))
                continue; // 非联合国倡议: "non-UN", no mention of the UN
            if (reference.ambiguousLabels().contains(g.label()) && s > 0 && Character.isIdeographic(text.charAt(s - 1))
                    && "的和与及、在由向对是为".indexOf(text.charAt(s - 1)) < 0)
                continue; // 缔约国大会 is a conference of its own, not the ambiguous organ
            String iri = g.label().equals(OUR_COUNTRY) ? ourCountry : resolve(g, context, text);
            if (iri == null)
                continue;
            Entity ent = byIri.get(iri);
            if (ent == null)
                continue;
            String top = reference.topClass(ent.type());
            if (top == null)
                continue;
            if (postpositionZhong(text, g.label(), s, e))
                continue;
            if ((top.equals("Principle") || top.equals("Issue")) && s > 0 && "非不无未反".indexOf(text.charAt(s - 1)) >= 0)
                continue;
            if (Labels.key(g.label()).equals(Labels.key(ent.labelZh())) && isPageHeader(text, e))
                continue;
            if (!ent.curated() && top.equals("Instrument") && ORG_SUFFIX_AFTER.matcher(text.substring(e)).find())
                continue; // …战略联盟 is an alliance, not the strategy
            out.add(new Hit(iri, top, local(ent.type()), s, e, ent.curated() ? "gazetteer" : discoveredBy(iri, s)));
            for (int i = s; i < e; i++)
                covered[i] = true;
        }
        for (TitleFinder.Title t : titles) {
            String key = Labels.key(Labels.clean(t.name()));
            Entity ent = null;
            DiscoveredName f = discovered.get(key);
            if (f != null)
                ent = byIri.get(f.iri());
            else if (registryByKey.containsKey(key))
                ent = byIri.get(registryByKey.get(key));
            String rule = "title";
            if (ent == null && GenericHeads.isGeneric(key)) {
                ent = GenericHeads.referent(key, recentNames, byIri);
                rule = GenericHeads.RULE;
            }
            if (ent == null)
                continue;
            String top = reference.topClass(ent.type());
            if (top == null)
                continue;
            out.removeIf(h -> h.start() < t.span().end() && t.span().start() < h.end());
            out.add(new Hit(ent.iri(), top, local(ent.type()), t.span().start(), t.span().end(), rule));
            for (int i = t.span().start(); i < t.span().end(); i++)
                covered[i] = true;
        }
        for (Hit h : GenericHeads.bareReferences(text, out, covered, discovered.values().stream().map(DiscoveredName::iri).toList(), byIri))
            if (reference.topClass(byIri.get(h.iri()).type()) != null) {
                out.add(h);
                for (int i = h.start(); i < h.end(); i++)
                    covered[i] = true;
            }
        Map<String, Set<String>> abbreviations = reference.compoundAbbreviations();
        for (CoordinationSplitter.Member m : CoordinationSplitter.find(text, abbreviations, covered)) {
            Entity ent = byIri.get(m.entityIri());
            if (ent != null)
                out.add(new Hit(m.entityIri(), "Actor", local(ent.type()), m.start(), m.end(), "compound-abbreviation"));
        }
        if (firstPerson != null) {
            Matcher me = Pattern.compile("(?<![\\u4e00-\\u9fff])我(?=建议|的|认为|呼吁|敦促|将|打算|鼓励|期待|还|题为|应邀|已|也|在|提出)").matcher(text);
            Entity p = byIri.get(firstPerson);
            while (me.find())
                if (!covered[me.start()] && p != null)
                    out.add(new Hit(firstPerson, reference.topClass(p.type()), local(p.type()), me.start(), me.end(), "first-person"));
        }
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return out;
    }

    /**
     * …协定中国的…: a name starting with 中 glued to the noun before it and followed by 的 is more likely the
     * postposition 中 ("in") plus a word than the name (the corpus has a 中的 → 中国的 slip).
     */
    private static boolean postpositionZhong(String text, String label, int s, int e) {
        if (!label.startsWith("中") || s == 0 || e >= text.length() || text.charAt(e) != '的')
            return false;
        char before = text.charAt(s - 1);
        return Character.isIdeographic(before) && "、和与及同对在由向是为了的将把被从至到等及让使即".indexOf(before) < 0;
    }

    /** A running header that survived ingest: the document's own title followed by a page number. */
    private static boolean isPageHeader(String text, int end) {
        return false;
    }

    private String resolve(Gazetteer.Hit g, String context, String sentence) {
        if (g.entityIris().size() == 1 && !reference.ambiguousLabels().contains(g.label()))
            return g.entityIris().iterator().next();
        Set<String> cands = reference.ambiguousLabels().contains(g.label()) ? reference.candidates(g.label()) : g.entityIris();
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        for (String c : cands) {
            Entity e = reference.entity(c);
            if (e == null)
                continue;
            int score = 0;
            Set<String> labels = new HashSet<>(e.altLabels());
            labels.add(e.labelZh());
            for (String l : labels) {
                String qualifier = l.replace(g.label(), "");
                if (qualifier.length() >= 2 && qualifier.length() < l.length()) {
                    if (sentence.contains(qualifier))
                        score += 3;
                    else if (context.contains(qualifier))
                        score += 1;
                }
            }
            if (score > bestScore) {
                best = c;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
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

    private static boolean insideTitleSpan(List<TitleFinder.Title> titles, int s, int e) {
        for (TitleFinder.Title t : titles)
            if (s < t.span().end() && t.span().start() < e)
                return true;
        return false;
    }

    private static String local(String type) {
        return type.startsWith(DGKG.NS) ? type.substring(DGKG.NS.length()) : type;
    }
}

package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * Stage 1, per document: the names the registry does not have (《》 titles, “”-quoted names with a
 * telling head noun, events, organisations by suffix, list items of annexes, names that start with
 * their parties) and the aliases in brackets after names. Reads only the document's own text and the
 * reference data: no document sees another's names. One object per document; its state is the
 * names found so far.
 */
final class DocumentDiscovery {
    /** The words of each slot (ontology/lexicon/discovery-cues.tsv). */
    private static final CueWords.Table CUES = CueWords.table("discovery-cues.tsv", "DocumentDiscovery");

    /** A citation's marks: a reference type ([J]), a publication word (学报), a volume or issue number (grammar). */
    private static Pattern citation() {
        return CUES.pattern("citation", () -> "\\[[JMRCD]\\]|" + CUES.any("citation") + "|年第\\d|第\\d+期|\\d+\\(\\d+\\)");
    }

    private static Pattern journal() {
        return CUES.pattern("journal", () -> ".*(" + CUES.any("journal-ending") + ")$");
    }

    private static Pattern typeWordAfterTitle() {
        return CUES.pattern("type-after-title", () -> "^(" + CUES.any("type-after-title") + ")");
    }

    private static Pattern annexItem() {
        return CUES.pattern("annex-item", () -> "^•\\s*([^•]{2,120}?)\\s*[，,]\\s*((?:1[89]|20)[\\d \\u2005]{2,4}年.*|[A-Z][A-Z0-9\\-]*/.*|[^，,]*第[^，,]{1,20}"
                + CUES.any("resolution") + ".*)$");
    }

    private static Pattern resolutionNumber() {
        return CUES.pattern("resolution-number", () -> "第\\s*[\\w./ ()（）\\u2005]{1,20}?号?" + CUES.any("resolution"));
    }

    private final Reference reference;
    private final Map<String, String> registryByKey;
    /** The names of this document, as they are found. */
    private final DiscoveredNames names;
    /** Names discovered in this document, by key (the map {@link #names} keeps). */
    private final Map<String, DiscoveredName> discovered;
    /** Aliases of registry entries learned from brackets in this document. */
    private final Map<String, String> learnedAlias;
    /** Titles with a year in a trailing note (《X（2023）》), whose core X is decided once the document is read. */
    private final List<DiscoveredName> yearNoted = new ArrayList<>();
    /** A note that is one year (（2023）, (2023年)); a period (（2025—2027）) is the text's term, not its edition. */
    private static final Pattern YEAR_NOTE = Pattern.compile("^\\s*[（(]\\s*((?:19|20)\\d{2})\\s*年?\\s*[）)]\\s*$");
    /** Titles the document issues or signs in two different years: one entity per year. */
    private TitleEditions editions = TitleEditions.none();

    private DocumentDiscovery(ReferenceIndex index) {
        this.reference = index.reference();
        this.registryByKey = index.registryByKey();
        this.names = new DiscoveredNames(index);
        this.discovered = names.discovered;
        this.learnedAlias = names.learnedAlias;
    }

    /** Discovers the names of {@code doc}; short names become aliases of the longer name they end. */
    static DocumentDiscovery of(SourceDocument doc, ReferenceIndex index) {
        DocumentDiscovery d = new DocumentDiscovery(index);
        d.discover(doc, index.registryNames());
        try (StageTimer.Lap lap = StageTimer.start("discovery/after-reading")) {
            d.afterReading(doc);
        }
        return d;
    }

    /** What is decided once the whole document is read: short names, written forms, editions. */
    private void afterReading(SourceDocument doc) {
        DocumentDiscovery d = this;
        d.coresOfYearNotedTitles();
        ShortNames.merge(d.discovered, (f) -> f.top, (f) -> f.label, (f, alias) -> f.alts.add(alias),
                (s, l) -> ShortNames.otherText(s.label, s.actYears, s.declaresShortName, l.label, l.actYears, l.declaresShortName));
        d.names.organiserVariants(); // 经合组织部长理事会会议 for 经济合作与发展组织部长理事会会议
        OneEditionSeries.merge(doc, d.discovered); // 出席海洋数据论坛 in a text about 第三届海洋数据论坛: that edition
        for (DiscoveredName f : d.discovered.values()) {
            String written = Script.writtenForm(doc, f.label);
            if (written != null)
                f.alts.add(written);
            for (String alt : List.copyOf(f.alts)) { // 人工智慧基本法, the short name as written, not only as read (人工智能基本法)
                String writtenAlt = Script.writtenForm(doc, alt);
                if (writtenAlt != null)
                    f.alts.add(writtenAlt);
            }
        }
        SiblingEditions.register(doc, d.discovered);
        EventSessions.register(doc, d.discovered, d::organiserName);
        d.editions = TitleEditions.of(doc, d.discovered);
    }

    /**
     * 《X（2023）》 is named X too, unless the document acts on a title 《X》 of its own in other years only (《X》 issued in
     * 2020 by another body): then X is another text, the year note's edition is not it (ShortNames.otherText, the year
     * before the title written after it). A 《X》 with no act of its own, or acted on in that year, is the same text.
     */
    private void coresOfYearNotedTitles() {
        for (DiscoveredName f : yearNoted) {
            if (!discovered.containsValue(f))
                continue;
            String core = InstrumentKind.stripTrailingNotes(f.label);
            Matcher y = YEAR_NOTE.matcher(f.label.substring(core.length()));
            String year = y.find() ? y.group(1) : "";
            DiscoveredName other = discovered.get(Labels.key(core));
            if (other == null || other == f) {
                names.alias(f, core);
                continue;
            }
            if (!"Instrument".equals(other.top) || ShortNames.otherText(core, other.actYears, other.declaresShortName, year + "年" + core,
                    f.actYears, f.declaresShortName))
                continue;
            f.alts.add(core);
            f.alts.addAll(other.alts);
            f.actYears.addAll(other.actYears);
            discovered.remove(Labels.key(core));
        }
    }

    /** Whether {@code name} names an organisation (the registry's or one this document found; no state, economy or person). */
    private boolean organiserName(String name) {
        String key = Labels.key(name);
        String iri = registryByKey.get(key);
        if (iri == null)
            iri = learnedAlias.get(Labels.clean(name));
        Entity e = iri == null ? null : reference.entity(iri);
        if (e != null)
            return "Actor".equals(reference.topClass(e.type())) && !e.type().matches(".*#(State|Economy|Person)$");
        DiscoveredName f = discovered.get(key);
        return f != null && "Actor".equals(f.top) && !f.type.matches("State|Economy|Person");
    }

    /** The titles of this document that name texts of different years. */
    TitleEditions editions() {
        return editions;
    }

    /** The names found, by key. */
    Map<String, DiscoveredName> discovered() {
        return discovered;
    }

    /** Aliases of registry entries learned from brackets: alias to registry IRI. */
    Map<String, String> learnedAlias() {
        return learnedAlias;
    }

    private void discover(SourceDocument doc, Gazetteer registry) {
        TopicLists.NumberedItems numbered = new TopicLists.NumberedItems(); // items of a list of topics under its heading
        StateLegislatures chambers = new StateLegislatures(reference, registryByKey); // 澳洲…眾議院: the chamber of the state named
        for (Sentence s : doc.sentences()) {
            String text = Script.reading(doc, s);
            StageTimer.Lap lap = StageTimer.start("discovery/topic-lists");
            for (ConceptFinder.Concept c : numbered.next(text)) {
                DiscoveredName f = c.type().equals("Principle") ? names.named(c.label(), "principle", "Principle", "Principle")
                        : names.named(c.label(), "issue", "Issue", "Issue");
                if (f != null && f.rule == null)
                    f.rule = c.rule();
                if (f != null && c.rule().equals(f.rule))
                    f.foundAt.add(DiscoveredName.position(s.index(), c.start()));
            }
            lap.close();
            lap = StageTimer.start("discovery/registry");
            List<Gazetteer.Hit> reg = registry.find(text);
            lap.close();
            lap = StageTimer.start("discovery/titles");
            boolean citation = citation().matcher(text).find();
            for (TitleFinder.Title t : TitleFinder.find(text)) {
                String label = Labels.clean(t.name());
                if (label.length() < 2 || isJournal(label, citation))
                    continue;
                String kindWord = null;
                int after = t.span().end() + 1;
                Matcher tw = typeWordAfterTitle().matcher(text.substring(Math.min(after, text.length())));
                if (tw.find() && InstrumentKind.of(label).equals("Instrument") | CUES.set("order").contains(tw.group(1)))
                    kindWord = tw.group(1);
                String code = StandardCodes.codeBefore(text, t.span().start() - 1); // ISO/IEC 22989《…》: a standard, named by its code too
                DiscoveredName f = names.instrument(label, code != null ? "Standard"
                        : kindWord == null ? InstrumentKind.of(label) : InstrumentKind.of(label + kindWord));
                if (f == null)
                    continue;
                if (f.rule == null)
                    f.rule = "title";
                if (code != null)
                    names.alias(f, code);
                f.foundAt.add(DiscoveredName.position(s.index(), t.span().start()));
                if (kindWord != null)
                    f.alts.add(label + kindWord);
                String core = InstrumentKind.stripTrailingNotes(label);
                if (!core.equals(label)) {
                    if (YEAR_NOTE.matcher(label.substring(core.length())).find())
                        yearNoted.add(f); // 《X（2023）》: X is its short name unless the document acts on 《X》 in another year
                    else
                        f.alts.add(core);
                    for (String a : AliasLearner.after(label, core.length()))
                        names.alias(f, a);
                }
                int end = after + (kindWord == null ? 0 : kindWord.length());
                for (String a : AliasLearner.after(text, Math.min(end, text.length())))
                    names.alias(f, a);
                String year = TitleEditions.actYear(text, t.span().start() - 1);
                if (year != null)
                    f.actYears.add(year);
                f.declaresShortName |= AliasLearner.declaresShortName(text, Math.min(end, text.length()));
            }
            lap.close();
            lap = StageTimer.start("discovery/NameFinder");
            List<NameFinder.Name> foundNames = NameFinder.find(text);
            lap.close();
            lap = StageTimer.start("discovery/names-checked");
            NameFinder.Name previous = null;
            for (NameFinder.Name found : foundNames) {
                NameFinder.Name trimmed = withWholeAbbreviationRun(withStateAbbreviation(withoutLeadingFunctionWords(found, text), text), text);
                List<Gazetteer.Hit> regHere = DiscoveredNames.rivalsOf(trimmed, withoutHitsCutByName(reg, trimmed, text), reference);
                NameFinder.Name n = withOrganiser(trimmed, regHere, text);
                if ((n.rule().equals(IssuePhrases.RULE) || n.rule().equals(CoverageLists.RULE)) && IssuePhrases.extendsKnown(text, n.start(), n.end(), regHere))
                    continue; // 数字基础设施建设: the known issue, not a longer one made of it
                boolean event = n.kind() == NameFinder.Kind.EVENT;
                boolean listItem = CoverageLists.ownsKnownInside(n.rule(), text, n.start(), n.end(), regHere); // an item cut at separators may hold a known issue
                boolean titled = event && text.startsWith("《", n.start()); // 《Y》签署仪式: an event named after a title opens with it, not inside it
                if (!event && overlapsRegistry(regHere, n.start(), n.end(), n.kind() != NameFinder.Kind.INSTRUMENT && !listItem)
                        || insideTitle(text, titled ? n.start() - 1 : n.start())
                        || event && overlapsRegistry(regHere, n.start(), n.end(), false))
                    continue;
                if (previous != null && previous.start() == n.start() && previous.end() == n.end() && previous.kind() == n.kind()) {
                    // the same name as written, with its quotes: an alias of the name just registered
                    DiscoveredName f = discovered.get(Labels.key(previous.label()));
                    if (f != null)
                        f.alts.add(Labels.clean(n.label()));
                    continue;
                }
                previous = n;
                if (names.glossedByRegistry(n, text))
                    continue; // 英国科学、创新与技术部（DSIT）: the registry's body, written another way
                String written = n.label();
                String plain = AliasLearner.withoutInnerGloss(written); // A（OECD）C is named AC
                if (plain != null)
                    n = new NameFinder.Name(plain, n.start(), n.end(), n.kind(), n.type(), n.rule());
                DiscoveredName f = switch (n.kind()) {
                    case INSTRUMENT -> names.instrument(n.label(), n.type());
                    case EVENT -> names.named(n.label(), "event", "Event", "Event");
                    case PRINCIPLE -> names.named(n.label(), "principle", "Principle", "Principle");
                    case ISSUE -> names.named(n.label(), "issue", "Issue", "Issue");
                    case ORGANISATION, PERSON -> names.named(n.label(), "actor", n.type(), "Actor");
                };
                if (f != null && f.rule == null)
                    f.rule = n.rule();
                if (f != null && n.rule().equals(f.rule))
                    f.foundAt.add(DiscoveredName.position(s.index(), n.start()));
                if (f != null)
                    for (String a : AliasLearner.after(text, n.end()))
                        names.alias(f, a);
                if (f != null && plain != null)
                    names.alias(f, Labels.clean(written)); // the name as written, with the acronym
            }
            lap.close();
            lap = StageTimer.start("discovery/registry-aliases");
            for (Gazetteer.Hit h : reg) {
                if (h.entityIris().size() != 1)
                    continue;
                for (String a : AliasLearner.after(text, h.span().end())) {
                    String k = Labels.key(a);
                    if (!registryByKey.containsKey(k) && !discovered.containsKey(k) && a.codePointCount(0, a.length()) >= 2)
                        learnedAlias.putIfAbsent(a, h.entityIris().iterator().next());
                }
            }
            lap.close();
            lap = StageTimer.start("discovery/ListSiblings");
            for (ListSiblings.Sibling c : ListSiblings.find(text, reg, reference)) // 涵盖数据治理、性别平等等领域: a known issue's list
                names.found(c.label(), c.top().toLowerCase(java.util.Locale.ROOT), c.top(), c.top(), ListSiblings.RULE, s.index(), c.start());
            lap.close();
            lap = StageTimer.start("discovery/annex-items");
            annexItem(text, reg);
            lap.close();
            lap = StageTimer.start("discovery/listed-with-companies");
            names.listedWithCompanies(text, reg, s.index()); // Aicadium among 谷歌、微软: a Latin item of a list of companies
            lap.close();
            lap = StageTimer.start("discovery/actor-prefixed-instruments");
            actorPrefixedInstruments(text, reg);
            lap.close();
            lap = StageTimer.start("discovery/table-and-chambers");
            tableSubject(text, reg, s.index());
            chambers.read(text, reg, s.index());
            lap.close();
        }
        chambers.register(names);
    }

    /** The body a member table's caption names (表3-1 X首批成员), unless the registry already names it there. */
    private void tableSubject(String text, List<Gazetteer.Hit> reg, int sentence) {
        TableCaptions.Subject t = TableCaptions.subject(text);
        if (t == null || overlapsRegistry(reg, t.start(), t.end(), true))
            return;
        DiscoveredName f = names.named(t.label(), "actor", t.type(), "Actor");
        if (f != null && f.rule == null)
            f.rule = TableCaptions.RULE;
        if (f != null && TableCaptions.RULE.equals(f.rule))
            f.foundAt.add(DiscoveredName.position(sentence, t.start()));
    }

    private static Pattern prefixedTail() {
        return CUES.pattern("prefixed-tail", () -> "^[\\u4e00-\\u9fffA-Za-z0-9\\-—]{0,14}?(" + CUES.any("instrument-tail") + "|" + CUES.any("acronym-tail") + ")");
    }

    /** A function word or verb (a clause, not a name), or a count with its classifier (欧盟首份独立数字贸易协定 describes, never names). */
    private static Pattern notInName() {
        return CUES.pattern("not-in-name", () -> CUES.any("not-in-name") + "|(首|第[一二三四五六七八九十\\d]+|[一两二三四五六七八九十])" + CUES.any("classifier"));
    }

    /** The middle of a possessive name that is nothing or one field word alone (美国的数字战略): no name. */
    private static Pattern bareField() {
        return CUES.pattern("bare-field", () -> "^" + CUES.any("bare-field") + "?$");
    }

    /** A name's rest that opens with a field word (数字…, 网络…): too general to stand as an alias alone. */
    private static Pattern fieldOpening() {
        return CUES.pattern("field-opening", () -> "^" + CUES.any("field-opening") + ".*");
    }

    /** The instrument tail at [from,to) is inside an organisation's name that goes on after it (战略与国际研究中心). */
    private static boolean tailInsideOrganisation(String text, int from, int to) {
        for (OrganisationFinder.Organisation o : OrganisationFinder.find(text))
            if (o.start() <= from && o.end() > to)
                return true;
        return false;
    }

    /** A name that starts with its parties (one-character abbreviations) or its issuer and ends like an instrument (…协议, …战略, …EPA). */
    private void actorPrefixedInstruments(String text, List<Gazetteer.Hit> reg) {
        List<int[]> starts = new ArrayList<>();
        for (Gazetteer.Hit h : reg) {
            if (h.entityIris().size() != 1)
                continue;
            Entity e = reference.entity(h.entityIris().iterator().next());
            if (e != null && (e.type().endsWith("#State") || e.type().endsWith("#RegionalOrganization")))
                starts.add(new int[] {h.span().start(), h.span().end(), 1});
            else if (e != null && "Actor".equals(reference.topClass(e.type())) && text.startsWith("的", h.span().end()))
                starts.add(new int[] {h.span().start(), h.span().end(), 1});
        }
        boolean[] none = new boolean[text.length() + 1];
        List<CoordinationSplitter.Member> run = CoordinationSplitter.find(text, reference.compoundAbbreviations(), none);
        for (int i = 0; i < run.size(); i++)
            if (i == 0 || run.get(i - 1).end() != run.get(i).start()) {
                int j = i;
                while (j + 1 < run.size() && run.get(j + 1).start() <= run.get(j).end() + 1)
                    j++;
                starts.add(new int[] {run.get(i).start(), run.get(j).end(), 0});
            }
        for (int[] st : starts) {
            int s = st[0];
            int afterActor = st[1];
            // the parties may be joined by dashes: 欧盟-日本EPA, 韩国—新加坡数字伙伴关系协定
            boolean possessive = text.startsWith("的", afterActor) && st[2] == 1;
            if (possessive)
                afterActor++;
            Matcher m = prefixedTail().matcher(text.substring(afterActor));
            if (!m.find())
                continue;
            String middle = text.substring(afterActor, afterActor + m.start(1));
            if (tailInsideOrganisation(text, afterActor + m.start(1), afterActor + m.end()))
                continue; // 美国智库战略与国际研究中心: the tail word opens a body's name, no instrument (org40b)
            String label = Labels.clean(text.substring(possessive ? afterActor : s, afterActor + m.end()));
            if (possessive && (label.length() < 5 || notInName().matcher(middle).find() || bareField().matcher(middle).matches()))
                continue;
            if (possessive) {
                DiscoveredName f = names.instrument(label, InstrumentKind.of(label));
                if (f != null && f.rule == null)
                    f.rule = "actor-prefixed-instrument";
                continue;
            }
            if (notInName().matcher(middle).find() || label.length() < 4 || insideTitle(text, s)
                    || s > 0 && text.charAt(s - 1) == '《')
                continue;
            if (middle.isEmpty() && st[2] == 1 && !CUES.set("acronym-tail").contains(m.group(1)))
                continue; // 美国战略 is not a name
            DiscoveredName f = names.instrument(label, InstrumentKind.of(label));
            if (f != null && f.rule == null)
                f.rule = "actor-prefixed-instrument";
            String rest = Labels.clean(middle + m.group(1));
            if (f != null && st[2] == 1 && rest.length() >= 4 && !fieldOpening().matcher(rest).matches()
                    && !discovered.containsKey(Labels.key(rest))
                    && !registryByKey.containsKey(Labels.key(rest)))
                f.alts.add(rest);
        }
    }

    private void annexItem(String text, List<Gazetteer.Hit> reg) {
        Matcher m = annexItem().matcher(text);
        if (!m.find() || m.group(1).startsWith("《"))
            return;
        String title = Labels.clean(m.group(1));
        // the body that adopted it may be written before or after the title, set off by a comma
        for (Gazetteer.Hit h : reg) {
            String l = h.label();
            if (title.startsWith(l + "，") || title.startsWith(l + ","))
                title = title.substring(l.length() + 1);
            else if (title.endsWith("，" + l) || title.endsWith("," + l))
                title = title.substring(0, title.length() - l.length() - 1);
        }
        String rest = m.group(2);
        if (title.length() < 4 || !rest.matches("(?s).*\\d.*"))
            return;
        Matcher r = resolutionNumber().matcher(rest);
        boolean resolution = r.find();
        String type = resolution ? "Resolution" : InstrumentKind.of(title);
        if (type.equals("Instrument") && !rest.matches("(?s)^\\s*\\d.*"))
            return;
        DiscoveredName f = names.instrument(title, type);
        if (f != null && f.rule == null)
            f.rule = "annex-list-item";
        if (f != null && resolution)
            f.alts.add(Labels.clean(r.group()));
    }

    private static boolean isJournal(String label, boolean citation) {
        return citation && !InstrumentKind.hasInstrumentEnding(label) || journal().matcher(label).matches()
                && !InstrumentKind.hasInstrumentEnding(label) && label.length() <= 8;
    }

    /**
     * An event or organisation whose name starts inside a registry name (国集团第十九次… after 二十):
     * the registry name is its organiser and the start of its name.
     */
    private static NameFinder.Name withOrganiser(NameFinder.Name n, List<Gazetteer.Hit> reg, String text) {
        if (n.kind() != NameFinder.Kind.EVENT && n.kind() != NameFinder.Kind.ORGANISATION)
            return n;
        for (Gazetteer.Hit h : reg)
            if (h.span().start() < n.start() && n.start() < h.span().end() && h.span().end() < n.end())
                return new NameFinder.Name(Labels.clean(text.substring(h.span().start(), n.end())), h.span().start(), n.end(),
                        n.kind(), n.type(), n.rule());
        if (n.kind() == NameFinder.Kind.EVENT)
            for (Gazetteer.Hit h : reg) // 经合组织（OECD）数字经济部长会议: the organiser, its acronym in brackets, the event
                if (h.span().end() < n.start() && ACRONYM_IN_BRACKETS.matcher(text.substring(h.span().end(), n.start())).matches())
                    return new NameFinder.Name(Labels.clean(text.substring(h.span().start(), n.end())), h.span().start(), n.end(),
                            n.kind(), n.type(), n.rule());
        return n;
    }

    private static final Pattern ACRONYM_IN_BRACKETS = Pattern.compile("[（(][A-Za-z][A-Za-z0-9&+\\-]{1,11}[)）]");

    /**
     * 国家互联网信息办公室联合国家发展和改革委员会: the registry's 联合国 ends inside the word 国家, where the
     * name found by its ending begins on a word boundary; the word wins, the registry match is no name there.
     */
    private static List<Gazetteer.Hit> withoutHitsCutByName(List<Gazetteer.Hit> reg, NameFinder.Name n, String text) {
        WordBoundaries words = WordBoundaries.of(text);
        if (!words.isBoundary(n.start()) || !words.isBoundary(n.end()))
            return reg;
        List<Gazetteer.Hit> out = new ArrayList<>(reg.size());
        for (Gazetteer.Hit h : reg)
            if (!(h.span().start() < n.start() && n.start() < h.span().end() && h.span().end() < n.end()
                    && !words.isBoundary(h.span().end())))
                out.add(h);
        return out;
    }

    /**
     * Parts of speech that never begin a name: conjunctions (且, 还是, 进而), prepositions (以, 用, 关于),
     * demonstratives (该). Not adverbs: HanLP tags 共同 and 相互 adverbs, and 共同愿景 begins names.
     */
    private static final Set<String> NOT_A_NAME_START = Set.of("c", "cc", "p", "rz");

    /**
     * 中日韩领导人会议: an event or instrument named after a run of one-character state abbreviations keeps the whole run,
     * though the segmenter read its first character as a word of its own (中 "in"): the name starts with two abbreviations
     * and one more stands right before it.
     */
    private NameFinder.Name withWholeAbbreviationRun(NameFinder.Name n, String text) {
        if (n.kind() != NameFinder.Kind.EVENT && n.kind() != NameFinder.Kind.INSTRUMENT || n.start() < 1 || n.end() - n.start() < 3
                || !text.substring(n.start(), n.end()).equals(n.label()))
            return n;
        Map<String, Set<String>> abbreviations = reference.compoundAbbreviations();
        for (int k = n.start() - 1; k <= n.start() + 1; k++) {
            Set<String> one = abbreviations.get(text.substring(k, k + 1));
            if (one == null || one.size() != 1)
                return n;
        }
        return new NameFinder.Name(text.substring(n.start() - 1, n.end()), n.start() - 1, n.end(), n.kind(), n.type(), n.rule());
    }

    /** Characters before 日 that make it a day (二十六日, 今日, 次日), not Japan. */
    private static final String DAY_BEFORE = "一二三四五六七八九十廿卅〇零今昨前次当本同翌每某两";

    /**
     * 澳财政部, 美商务部: a government body's name right after a one-character abbreviation of one state (the registry's
     * compound abbreviations), written as a word of its own, is that state's body; without it the bare 财政部 would be
     * read as the registry's body of another state. Not after another abbreviation (中美商务部门: a pair of states), nor
     * when the abbreviation ends a longer word or a date (26日外交部发言人).
     */
    private NameFinder.Name withStateAbbreviation(NameFinder.Name n, String text) {
        if (n.kind() != NameFinder.Kind.ORGANISATION || !"GovernmentBody".equals(n.type()) || n.start() < 1
                || !text.substring(n.start(), n.end()).equals(n.label()))
            return n;
        Set<String> state = reference.compoundAbbreviations().get(text.substring(n.start() - 1, n.start()));
        if (state == null || state.size() != 1 || n.start() >= 2 && (reference.compoundAbbreviations().containsKey(text.substring(n.start() - 2, n.start() - 1))
                || DAY_BEFORE.indexOf(text.charAt(n.start() - 2)) >= 0 || Character.isDigit(text.charAt(n.start() - 2))))
            return n; // 9月26日外交部发言人: 日 ends a date there, no state
        Entity e = reference.entity(state.iterator().next());
        if (e == null || !e.type().endsWith("#State"))
            return n;
        com.hankcs.hanlp.seg.common.Term t = Segmenter.termAt(text, n.start() - 1);
        return t != null && t.word.length() == 1 ? new NameFinder.Name(text.substring(n.start() - 1, n.end()), n.start() - 1, n.end(), n.kind(), n.type(), n.rule()) : n;
    }

    /**
     * 且与跨太平洋伙伴关系协定, 进而无法确定该用货物贸易总协定: a name found by its ending runs left into the
     * clause; where it begins with a function word (by HanLP's word classes), it begins after the last
     * function word of the run of function words and verbs in front (a verb alone, 跨 of 跨太平洋, stays).
     * Persons are left alone: 于, 和, 向 are surnames too; principles and issues have their own edges (ConceptFinder).
     */
    private static NameFinder.Name withoutLeadingFunctionWords(NameFinder.Name n, String text) {
        if (n.kind() == NameFinder.Kind.PERSON || n.kind() == NameFinder.Kind.PRINCIPLE || n.kind() == NameFinder.Kind.ISSUE
                || n.rule().equals(UnmarkedInstruments.RULE_DECISION) // 关于…的决定: its 关于 is the first word of its title
                || n.end() > text.length()
                || !Labels.clean(text.substring(n.start(), n.end())).equals(n.label()))
            return n; // a name put together from parts (quotes and a head noun) has no single left edge
        WordBoundaries words = WordBoundaries.of(text);
        if (!words.isBoundary(n.start()))
            return n;
        int cut = -1;
        for (com.hankcs.hanlp.seg.common.Term t : words.terms()) {
            if (t.offset < n.start())
                continue;
            if (t.offset + t.word.length() >= n.end())
                break;
            String pos = Segmenter.nature(t);
            if (NOT_A_NAME_START.contains(pos))
                cut = t.offset + t.word.length();
            else if (cut < 0 || !(pos.equals("v") || pos.equals("vd")))
                break;
        }
        if (cut < 0)
            return n;
        String label = Labels.clean(text.substring(cut, n.end()));
        if (label.codePointCount(0, label.length()) < 4)
            return n;
        return new NameFinder.Name(label, cut, n.end(), n.kind(), n.type(), n.rule());
    }

    private static boolean overlapsRegistry(List<Gazetteer.Hit> reg, int start, int end, boolean prefixOnly) {
        for (Gazetteer.Hit h : reg) {
            int hs = h.span().start();
            int he = h.span().end();
            boolean overlap = hs < end && start < he;
            boolean contains = start <= hs && he <= end && !(start == hs && end == he) && (!prefixOnly || hs <= start + 1
                    || h.label().codePointCount(0, h.label().length()) <= 4);
            if (overlap && !contains)
                return true;
        }
        return false;
    }

    private static boolean insideTitle(String text, int pos) {
        return text.lastIndexOf('《', pos) > text.lastIndexOf('》', pos);
    }
}

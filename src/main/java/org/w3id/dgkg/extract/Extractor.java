package org.w3id.dgkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.ingest.Corpus;
import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;
import org.w3id.dgkg.ingest.Span;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Reads entities, mentions and relations out of a corpus, in two passes. The first pass discovers
 * names the registry does not have (《》 titles, “”-quoted names with a telling head noun, events,
 * organisations by suffix, list items of annexes) and the aliases in brackets after names. The
 * second pass matches every known name (registry and discovered: a corpus-wide dynamic
 * gazetteer) in every sentence, resolves ambiguous labels and one-character state abbreviations
 * from context, and applies the relation and date rules. Maintainers' corrections
 * ({@link Curation}) are applied last.
 */
public final class Extractor {
    private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

    private static final Pattern CITATION = Pattern.compile("\\[[JMRCD]\\]|学报|期刊|出版社|年第\\d|第\\d+期|\\d+\\(\\d+\\)");
    private static final Pattern JOURNAL = Pattern.compile(".*(学|学报|研究|杂志|评论|月刊|科学|管理|法学|经济|合作|时报|日报)$");
    private static final Pattern TYPE_WORD_AFTER_TITLE = Pattern.compile("^(行政令|白皮书|报告|倡议|战略|宣言|协定|法案)");
    private static final Pattern ANNEX_ITEM = Pattern.compile(
            "^•\\s*([^•]{2,120}?)\\s*[，,]\\s*((?:1[89]|20)[\\d \\u2005]{2,4}年.*|[A-Z][A-Z0-9\\-]*/.*|[^，,]*第[^，,]{1,20}决议.*)$");
    private static final Pattern RESOLUTION_NO = Pattern.compile("第\\s*[\\w./ ()（）\\u2005]{1,20}?号?决议");

    private static final Pattern ORG_SUFFIX_AFTER = Pattern.compile("^(联盟|委员会|组织|工作组|基金会|协会|论坛|峰会|会议)");

    /** Where the rule data ({@code lexicon/}) is read from when no ontology folder is given: the CLI's default --ontology. */
    public static final Path DEFAULT_ONTOLOGY = Path.of("ontology");

    private final Reference reference;
    private final Curation curation;
    private final RelationRules relationRules;
    private final RuleConfidence ruleConfidence;

    private Extractor(Reference reference, Curation curation, Path ontologyDir) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.curation = Objects.requireNonNull(curation, "curation");
        this.relationRules = new RelationRules(RelationCues.load(ontologyDir));
        this.ruleConfidence = RuleConfidence.load(ontologyDir);
    }

    /** No curation; the rule data of {@link #DEFAULT_ONTOLOGY}. */
    public static Extractor create(Reference reference) {
        return new Extractor(reference, Curation.none(), DEFAULT_ONTOLOGY);
    }

    /** An extractor with the rule data of {@code ontologyDir/lexicon/} that also applies the corrections in {@code ontologyDir/curation.tsv}, when present. */
    public static Extractor create(Reference reference, Path ontologyDir) {
        Lexicon.use(ontologyDir);
        return new Extractor(reference, Curation.load(ontologyDir), ontologyDir);
    }

    public static Extractor create(Reference reference, Curation curation) {
        return new Extractor(reference, curation, DEFAULT_ONTOLOGY);
    }

    /** A discovered entity while it is being built. */
    private static final class Found {
        final Resolution.Named named;
        String type;
        String top;
        String label;
        final Set<String> alts = new LinkedHashSet<>();
        String acronym;
        /** The rule that discovered the name: what the mention where it was discovered says it was extracted by. */
        String rule;
        /** Where the rule found it: sentence index and start offset. */
        final Set<Long> foundAt = new HashSet<>();

        Found(String kind, String key, String type, String top, String label) {
            this.named = new Resolution.Named(kind, key);
            this.type = type;
            this.top = top;
            this.label = label;
        }

        String iri() {
            return named.iri;
        }

        Entity toEntity() {
            Set<String> a = new LinkedHashSet<>(alts);
            a.remove(label);
            return new Entity(named.iri, DGKG.NS + type, label, null, a, acronym, false);
        }
    }

    /** Names discovered in the document being read (per document: no document sees another's names). */
    private Map<String, Found> discovered = new TreeMap<>();
    private final Map<String, String> registryByKey = new HashMap<>();
    /** Aliases of registry entries learned from brackets in the document being read. */
    private Map<String, String> learnedAlias = new HashMap<>();

    public Extraction extract(Corpus corpus) {
        for (Entity e : reference.entities().values()) {
            registryByKey.putIfAbsent(Labels.key(e.labelZh()), e.iri());
            for (String a : e.altLabels())
                if (a.codePointCount(0, a.length()) >= 2)
                    registryByKey.putIfAbsent(Labels.key(a), e.iri());
        }
        Map<String, Set<String>> ambiguous = new HashMap<>();
        for (String l : reference.ambiguousLabels())
            ambiguous.put(l, reference.candidates(l));
        Gazetteer registry = Gazetteer.of(reference.entities().values(), List.of());
        registryNames = registry;

        // Stage 1, per document: discovery reads only the document's own text and the reference data.
        Map<String, Map<String, Found>> discoveredByDoc = new LinkedHashMap<>();
        Map<String, Map<String, String>> learnedByDoc = new HashMap<>();
        for (SourceDocument doc : corpus.documents()) {
            discovered = new TreeMap<>();
            learnedAlias = new HashMap<>();
            discover(doc, registry);
            ShortNames.merge(discovered, (f) -> f.top, (f) -> f.label, (f, alias) -> f.alts.add(alias));
            for (Found f : discovered.values()) {
                String written = Script.writtenForm(doc, f.label);
                if (written != null)
                    f.alts.add(written);
            }
            discoveredByDoc.put(doc.id(), discovered);
            learnedByDoc.put(doc.id(), learnedAlias);
        }
        // Stage 2, corpus-wide resolution: equal names of the same kind get one IRI, from the name alone.
        Resolution.assignIris(discoveredByDoc.values().stream().flatMap(m -> m.values().stream()).map(f -> f.named).toList());
        Map<String, Entity> merged = new LinkedHashMap<>();
        reference.entities().values().forEach(e -> merged.put(e.iri(), e));
        Map<String, Map<String, Entity>> describedByDoc = new HashMap<>();
        discoveredByDoc.forEach((docId, founds) -> {
            Map<String, Entity> own = new LinkedHashMap<>();
            for (Found f : founds.values()) {
                Entity e = f.toEntity();
                own.put(e.iri(), e);
                merged.merge(e.iri(), e, Resolution::union);
            }
            describedByDoc.put(docId, own);
        });

        // Stage 3, per document: mentions and relations from the document's own gazetteer.
        List<Mention> mentions = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (SourceDocument doc : corpus.documents()) {
            long t0 = System.nanoTime();
            int m0 = mentions.size();
            int f0 = facts.size();
            discovered = discoveredByDoc.get(doc.id());
            learnedAlias = learnedByDoc.get(doc.id());
            Map<String, Set<String>> extra = new HashMap<>();
            learnedAlias.forEach((alias, iri) -> extra.computeIfAbsent(iri, k -> new HashSet<>()).add(alias));
            List<Entity> known = new ArrayList<>();
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
            known.addAll(describedByDoc.get(doc.id()).values());
            Map<String, Entity> byIri = new HashMap<>();
            known.forEach(e -> byIri.put(e.iri(), e));
            read(doc, Gazetteer.of(known, List.of(), ambiguous), byIri, mentions, facts);
            writtenForms(doc, mentions.subList(m0, mentions.size()), byIri, describedByDoc.get(doc.id()));
            LOG.debug("{}: {} mentions, {} facts in {} ms", doc.id(), mentions.size() - m0, facts.size() - f0,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        facts.addAll(ConcernRule.concerns(corpus, mentions, reference, merged));

        Map<String, Entity> entities = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        mentions.forEach(m -> used.add(m.entityIri()));
        for (Fact f : facts) {
            used.add(f.subject());
            if (f.objectIri() != null)
                used.add(f.objectIri());
        }
        for (Entity e : merged.values())
            if (used.contains(e.iri()))
                entities.put(e.iri(), e);
        CurationApplier applied = new CurationApplier(curation, entities, mentions, facts);
        applied.apply();
        return new Extraction(List.copyOf(applied.entities.values()), applied.mentions, applied.facts, applied.log,
                Resolution.describedAfterCuration(describedByDoc, entities, applied.entities));
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

    // ---------------------------------------------------------------- pass 1: discovery

    private void discover(SourceDocument doc, Gazetteer registry) {
        for (Sentence s : doc.sentences()) {
            String text = Script.reading(doc, s);
            List<Gazetteer.Hit> reg = registry.find(text);
            boolean citation = CITATION.matcher(text).find();
            for (TitleFinder.Title t : TitleFinder.find(text)) {
                String label = Labels.clean(t.name());
                if (label.length() < 2 || isJournal(label, citation))
                    continue;
                String kindWord = null;
                int after = t.span().end() + 1;
                Matcher tw = TYPE_WORD_AFTER_TITLE.matcher(text.substring(Math.min(after, text.length())));
                if (tw.find() && InstrumentKind.of(label).equals("Instrument") | tw.group(1).equals("行政令"))
                    kindWord = tw.group(1);
                Found f = instrument(label, kindWord == null ? InstrumentKind.of(label) : InstrumentKind.of(label + kindWord));
                if (f == null)
                    continue;
                if (f.rule == null)
                    f.rule = "title";
                f.foundAt.add(position(s.index(), t.span().start()));
                if (kindWord != null)
                    f.alts.add(label + kindWord);
                String core = InstrumentKind.stripTrailingNotes(label);
                if (!core.equals(label)) {
                    f.alts.add(core);
                    for (String a : AliasLearner.after(label, core.length()))
                        alias(f, a);
                }
                int end = after + (kindWord == null ? 0 : kindWord.length());
                for (String a : AliasLearner.after(text, Math.min(end, text.length())))
                    alias(f, a);
            }
            NameFinder.Name previous = null;
            for (NameFinder.Name found : NameFinder.find(text)) {
                NameFinder.Name trimmed = withoutLeadingFunctionWords(found, text);
                List<Gazetteer.Hit> regHere = withoutHitsCutByName(reg, trimmed, text);
                NameFinder.Name n = withOrganiser(trimmed, regHere, text);
                boolean event = n.kind() == NameFinder.Kind.EVENT;
                if (!event && overlapsRegistry(regHere, n.start(), n.end(), n.kind() != NameFinder.Kind.INSTRUMENT) || insideTitle(text, n.start())
                        || event && overlapsRegistry(regHere, n.start(), n.end(), false))
                    continue;
                if (previous != null && previous.start() == n.start() && previous.end() == n.end() && previous.kind() == n.kind()) {
                    // the same name as written, with its quotes: an alias of the name just registered
                    Found f = discovered.get(Labels.key(previous.label()));
                    if (f != null)
                        f.alts.add(Labels.clean(n.label()));
                    continue;
                }
                previous = n;
                Found f = switch (n.kind()) {
                    case INSTRUMENT -> instrument(n.label(), n.type());
                    case EVENT -> named(n.label(), "event", "Event", "Event");
                    case PRINCIPLE -> named(n.label(), "principle", "Principle", "Principle");
                    case ISSUE -> named(n.label(), "issue", "Issue", "Issue");
                    case ORGANISATION, PERSON -> named(n.label(), "actor", n.type(), "Actor");
                };
                if (f != null && f.rule == null)
                    f.rule = n.rule();
                if (f != null && n.rule().equals(f.rule))
                    f.foundAt.add(position(s.index(), n.start()));
                if (f != null)
                    for (String a : AliasLearner.after(text, n.end()))
                        alias(f, a);
                if (f != null && n != trimmed && n.kind() == NameFinder.Kind.EVENT && ACRONYM_IN_BRACKETS.matcher(n.label()).find())
                    alias(f, ACRONYM_IN_BRACKETS.matcher(n.label()).replaceFirst("")); // the name as also written, without the acronym
            }
            for (Gazetteer.Hit h : reg) {
                if (h.entityIris().size() != 1)
                    continue;
                for (String a : AliasLearner.after(text, h.span().end())) {
                    String k = Labels.key(a);
                    if (!registryByKey.containsKey(k) && !discovered.containsKey(k) && a.codePointCount(0, a.length()) >= 2)
                        learnedAlias.putIfAbsent(a, h.entityIris().iterator().next());
                }
            }
            annexItem(text, reg);
            actorPrefixedInstruments(text, reg);
        }
    }

    private static final Pattern PREFIXED_TAIL = Pattern.compile(
            "^[\\u4e00-\\u9fffA-Za-z0-9\\-—]{0,14}?(自由贸易协定|自贸协定|贸易协定|协定|协议|EPA|FTA|BIT|战略|白皮书|宣言|倡议|法案)");
    private static final Pattern NOT_IN_NAME = Pattern.compile(
            "[的在和与及、将对于了是把被向从为已就]|这一|这些|发布|通过|提出|签署|签订|出台|推出|制定|加入|成立|发起|启动|推动|实施|达成|主导|牵头|宣布");

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
            Matcher m = PREFIXED_TAIL.matcher(text.substring(afterActor));
            if (!m.find())
                continue;
            String middle = text.substring(afterActor, afterActor + m.start(1));
            String label = Labels.clean(text.substring(possessive ? afterActor : s, afterActor + m.end()));
            if (possessive && (label.length() < 5 || NOT_IN_NAME.matcher(middle).find() || middle.matches("^(数字|网络|国家|人工智能|数据)?$")))
                continue;
            if (possessive) {
                Found f = instrument(label, InstrumentKind.of(label));
                if (f != null && f.rule == null)
                    f.rule = "actor-prefixed-instrument";
                continue;
            }
            if (NOT_IN_NAME.matcher(middle).find() || label.length() < 4 || insideTitle(text, s)
                    || s > 0 && text.charAt(s - 1) == '《')
                continue;
            if (middle.isEmpty() && st[2] == 1 && !m.group(1).matches("EPA|FTA|BIT"))
                continue; // 美国战略 is not a name
            Found f = instrument(label, InstrumentKind.of(label));
            if (f != null && f.rule == null)
                f.rule = "actor-prefixed-instrument";
            String rest = Labels.clean(middle + m.group(1));
            if (f != null && st[2] == 1 && rest.length() >= 4 && !rest.matches("^(数字|网络|数据|国家|人工智能|信息|科技|技术|经济|发展).*")
                    && !discovered.containsKey(Labels.key(rest))
                    && !registryByKey.containsKey(Labels.key(rest)))
                f.alts.add(rest);
        }
    }

    private void annexItem(String text, List<Gazetteer.Hit> reg) {
        Matcher m = ANNEX_ITEM.matcher(text);
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
        Matcher r = RESOLUTION_NO.matcher(rest);
        boolean resolution = r.find();
        String type = resolution ? "Resolution" : InstrumentKind.of(title);
        if (type.equals("Instrument") && !rest.matches("(?s)^\\s*\\d.*"))
            return;
        Found f = instrument(title, type);
        if (f != null && f.rule == null)
            f.rule = "annex-list-item";
        if (f != null && resolution)
            f.alts.add(Labels.clean(r.group()));
    }

    private static boolean isJournal(String label, boolean citation) {
        return citation && !InstrumentKind.hasInstrumentEnding(label) || JOURNAL.matcher(label).matches()
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
     * 且与跨太平洋伙伴关系协定, 进而无法确定该用货物贸易总协定: a name found by its ending runs left into the
     * clause; where it begins with a function word (by HanLP's word classes), it begins after the last
     * function word of the run of function words and verbs in front (a verb alone, 跨 of 跨太平洋, stays).
     * Persons are left alone: 于, 和, 向 are surnames too; principles and issues have their own edges (ConceptFinder).
     */
    private static NameFinder.Name withoutLeadingFunctionWords(NameFinder.Name n, String text) {
        if (n.kind() == NameFinder.Kind.PERSON || n.kind() == NameFinder.Kind.PRINCIPLE || n.kind() == NameFinder.Kind.ISSUE
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

    /** The name ends with a registry actor's name and what stands before it is no registry state. */
    private boolean endsWithRegistryName(List<Gazetteer.Hit> reg, NameFinder.Name n) {
        for (Gazetteer.Hit h : reg)
            if (h.span().end() == n.end() && h.span().start() > n.start() && h.entityIris().size() == 1) {
                Entity e = reference.entity(h.entityIris().iterator().next());
                if (e == null || !"Actor".equals(reference.topClass(e.type())))
                    continue;
                for (Gazetteer.Hit before : reg)
                    if (before.span().start() == n.start() && before.span().end() == h.span().start())
                        return false; // 新加坡 + 通讯及新闻部
                return true;
            }
        return false;
    }

    private static boolean overlapsAny(List<Gazetteer.Hit> reg, int start, int end) {
        for (Gazetteer.Hit h : reg)
            if (h.span().start() < end && start < h.span().end())
                return true;
        return false;
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

    private Found instrument(String label, String type) {
        return named(label, "instrument", type, "Instrument");
    }

    private Found named(String label, String kind, String type, String top) {
        String key = Labels.key(label);
        if (key.length() < 2 || registryByKey.containsKey(key) || GenericHeads.isGeneric(key))
            return null; // 倡议, 该协定, 《办法》 name a kind of thing, never one thing
        String aliasOf = learnedAlias.get(label);
        if (aliasOf != null)
            return null;
        Found f = discovered.get(key);
        if (f == null) {
            for (Found other : discovered.values())
                if (other.alts.stream().anyMatch(a -> Labels.key(a).equals(key)))
                    return other;
            String resolved = resolutionKey(key);
            for (Found other : discovered.values())
                if (other.named.key.equals(resolved) && other.named.kind.equals(kind)) {
                    other.alts.add(label); // the same publication, written with its state and without
                    return other;
                }
            // every document's graph gives the entity the same prefLabel: the one its key says
            f = new Found(kind, resolved, type, top, resolved.equals(key) ? label : resolved);
            if (!resolved.equals(key))
                f.alts.add(label);
            discovered.put(key, f);
        } else if (f.top.equals("Actor") && !top.equals("Actor") || f.type.equals("Instrument") && top.equals("Instrument")) {
            // a title or an event name says more than an organisation suffix
            f.type = type;
            f.top = top;
        }
        return f;
    }

    /** A Latin name with a version number: AI风险管理框架1.0, one publication whoever writes its state in front. */
    private static final Pattern VERSIONED = Pattern.compile(".*[\\u4e00-\\u9fff].*\\d+(\\.\\d+)+$");
    private static final Pattern HAS_LATIN = Pattern.compile(".*[A-Za-z]{2,}.*");

    /**
     * The key that resolution gives a discovered name: 美国AI风险管理框架1.0 and AI风险管理框架1.0 are one
     * publication, so a state's name in front of a versioned name with a Latin acronym is a qualifier
     * that the key leaves out. Names of Chinese words alone keep their state (国家安全战略 of one state is
     * not another's), so only the name itself, never another document, decides the key.
     */
    private String resolutionKey(String key) {
        for (int i = 2; i <= Math.min(6, key.length() - 4); i++) {
            String iri = registryByKey.get(key.substring(0, i));
            Entity e = iri == null ? null : reference.entity(iri);
            if (e == null || !e.type().endsWith("#State"))
                continue;
            String rest = key.substring(i);
            if (VERSIONED.matcher(rest).matches() && HAS_LATIN.matcher(rest).matches() && !registryByKey.containsKey(rest))
                return rest;
        }
        return key;
    }

    private void alias(Found f, String a) {
        if (a.codePointCount(0, a.length()) < 2)
            return;
        String k = Labels.key(a);
        if (registryByKey.containsKey(k) || discovered.containsKey(k) && discovered.get(k) != f)
            return;
        f.alts.add(a);
        if (f.acronym == null && a.matches("[A-Z][A-Z0-9&\\-]{1,11}"))
            f.acronym = a;
    }

    // ---------------------------------------------------------------- pass 2: mentions and relations

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
                Fact f = fact(r, doc, s);
                if (f != null && seenFacts.add(f.subject() + " " + f.predicate() + " " + f.object() + " " + s.index()))
                    facts.add(f);
            }
        }
    }

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

    private Fact fact(RelationRules.Rel r, SourceDocument doc, Sentence s) {
        if (r.subject().equals(r.object()))
            return null;
        Predicate predicate = Predicate.ofRuleName(r.predicate());
        Value object = switch (predicate) {
            case DATE -> Value.Date.parse(r.object());
            case SIGNATORY_COUNT -> Value.Count.parse(r.object());
            default -> new Value.EntityRef(r.object());
        };
        return new Fact(r.subject(), predicate, object, doc.id(), s.index(), s.span(), ruleConfidence.of(r.rule(), r.confidence()),
                r.rule(), r.inferred());
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

    /** Every entity named in a sentence, leftmost-longest, with titles and state abbreviations. */
    /** Instruments and events named so far in the document being read, in order (for short references). */
    private final List<String> recentNames = new ArrayList<>();

    /** The registry's names alone (organisers inside discovered event names). */
    private Gazetteer registryNames;

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

    private static long position(int sentence, int start) {
        return ((long) sentence << 32) | start;
    }

    /** IRIs whose first mention in the document being read has been given its discovering rule. */
    private final Set<String> firstMentionSeen = new HashSet<>();

    /**
     * The rule that discovered the name at this place (for a rule that records no place: its first
     * mention), or dynamic-gazetteer for its other mentions in the document.
     */
    private String discoveredBy(String iri, int start) {
        for (Found f : discovered.values())
            if (iri.equals(f.iri()) && f.rule != null) {
                boolean first = firstMentionSeen.add(iri);
                if (f.foundAt.contains(position(sentenceIndex, start)) || f.foundAt.isEmpty() && first)
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
            Found f = discovered.get(key);
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
        for (Hit h : GenericHeads.bareReferences(text, out, covered, discovered.values().stream().map(Found::iri).toList(), byIri))
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

    private static boolean insideTitle(String text, int pos) {
        return text.lastIndexOf('《', pos) > text.lastIndexOf('》', pos);
    }

    private static String local(String type) {
        return type.startsWith(DGKG.NS) ? type.substring(DGKG.NS.length()) : type;
    }
}

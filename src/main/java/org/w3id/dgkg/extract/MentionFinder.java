package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Mentions, sentence by sentence, for one document: every known name matched leftmost-longest
 * (registry, aliases, discovered names), minus the places where a name is part of another word,
 * a title, a dateline or a place; ambiguous labels resolved from context; 《》 titles, short
 * references, one-character state abbreviations and the first person of a publisher. One object
 * per document: it remembers the instruments and events named so far and which discovered names
 * have had their first mention.
 */
final class MentionFinder {
    /** 我 as the speaker (我建议, 我的), not inside a word (自我, 本我). */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?<![\\u4e00-\\u9fff])我(?=建议|的|认为|呼吁|敦促|将|打算|鼓励|期待|还|题为|应邀|已|也|在|提出)");
    private final Reference reference;
    private final Map<String, String> registryByKey;
    /** Names discovered in the document being read (resolved: each has its IRI). */
    private final Map<String, DiscoveredName> discovered;

    MentionFinder(ReferenceIndex index, Map<String, DiscoveredName> discovered) {
        this.reference = index.reference();
        this.registryByKey = index.registryByKey();
        this.registryNames = index.registryNames();
        this.discovered = discovered;
    }

    /**
     * The entities named in sentence {@code sentence} (its text {@code text}, with {@code context} the
     * paragraphs before), sorted by start; remembers the instruments and events among them.
     */
    List<Hit> inSentence(int sentence, String text, String context, Gazetteer gazetteer, Map<String, Entity> byIri,
            String ourCountry, String firstPerson) {
        sentenceIndex = sentence;
        List<Hit> hits = OwnerPrefixes.withoutOwners(
                OfficerTitles.withoutOtherBodiesOfficers(text, hits(text, context, gazetteer, byIri, ourCountry, firstPerson)));
        List<Hit> bodies = new ArrayList<>(BodyReferences.find(text, hits, recentActors, recentNames, byIri));
        bodies.addAll(BodyReferences.legislatures(text, hits, recentActors, byIri)); // 在國會表決通過: the legislature of the state named last
        if (!bodies.isEmpty()) {
            hits = new ArrayList<>(hits);
            hits.addAll(bodies);
            hits.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        }
        for (Hit h : hits) {
            if ((h.isInstrument() || h.isEvent()) && !h.rule().equals(GenericHeads.RULE))
                recentNames.add(h.iri());
            if (h.isActor() && !h.rule().equals(BodyReferences.RULE))
                recentActors.add(h.iri());
        }
        return hits;
    }

    private static final Pattern ORG_SUFFIX_AFTER = Pattern.compile("^(联盟|委员会|组织|工作组|基金会|协会|论坛|峰会|会议)");

    /** Instruments and events named so far in the document being read, in order (for short references). */
    private final List<String> recentNames = new ArrayList<>();
    /** Actors named so far in the document being read, in order (for short references to bodies). */
    private final List<String> recentActors = new ArrayList<>();

    /** Short names of bodies that several states share, resolved in this document (AmbiguousBodies). */
    private final AmbiguousBodies ambiguousBodies = new AmbiguousBodies();

    /** The whole text of the document about to be read (short names of bodies are resolved with it). */
    void readDocument(String text) {
        ambiguousBodies.readDocument(text);
    }

    /** The registry's names alone (organisers inside discovered event names). */
    private final Gazetteer registryNames;

    /**
     * 二十国集团第十九次领导人峰会: a discovered event's name holds its organiser,
     * which the text names too; an administration named after its head (拜登政府) names that person. (Another
     * organisation's name does not: 东盟秘书处 is no mention of 东盟.)
     */
    List<Hit> organisersInEvents(String text, List<Hit> out) {
        WordBoundaries words = WordBoundaries.of(text);
        List<Hit> add = new ArrayList<>();
        for (Hit h : out) {
            boolean administration = h.isActor() && OrganisationFinder.namedAfterHead(text, h.start(), h.end()); // 特朗普政府 names 特朗普
            if (!h.isEvent() && !administration || h.rule().equals("gazetteer"))
                continue;
            for (Gazetteer.Hit g : registryNames.find(text.substring(h.start(), h.end()))) {
                int s = h.start() + g.span().start();
                int e = h.start() + g.span().end();
                if (g.entityIris().size() != 1 || words.insideWords(s, e) && isShortHanName(g.label()))
                    continue;
                if (dashedPartyOfBody(text.substring(h.start(), h.end()), g.span().start(), g.span().end()))
                    continue; // 美国 and 欧盟 in 美国—欧盟贸易和技术委员会首次会议: the organiser is the body they are part of
                if (!administration && e == h.end() && EventFinder.isEditionMarker(text.substring(h.start(), s)))
                    continue; // 第十四届互联网治理论坛: the name after the ordinal is the series this edition belongs to, no organiser
                if (!administration && TERM.matcher(text.substring(h.start(), s)).matches()
                        && SESSION_OF_TERM.matcher(text.substring(e, h.end())).lookingAt())
                    continue; // 十三届全国人大常委会第二十二次会议: a session of one term of the body; the body is part of the session's name
                Entity ent = reference.entity(g.entityIris().iterator().next());
                if (ent != null && "Actor".equals(reference.topClass(ent.type())) && !reference.ambiguousLabels().contains(g.label())
                        && (!administration || ent.type().endsWith("#Person")))
                    add.add(new Hit(ent.iri(), "Actor", local(ent.type()), s, e, "gazetteer"));
            }
        }
        return add; // mentions only: relation rules read the outermost names
    }

    /** A term of a body written before it (十三届, 第十五届), and a session numbered within a term (第二十二次会议). */
    private static final Pattern TERM = Pattern.compile("第?[一二三四五六七八九十百零〇\\d]+届");
    private static final Pattern SESSION_OF_TERM = Pattern.compile("第[一二三四五六七八九十百零〇\\d]+次");

    /**
     * 美国—欧盟贸易和技术委员会首次会议: a name joined by a dash to another, inside an event whose name goes on to an organisation
     * suffix (委员会, 理事会) after it, is a party of that body's name, not an organiser of the event.
     */
    private static boolean dashedPartyOfBody(String event, int s, int e) {
        boolean dashed = s > 0 && "—-－".indexOf(event.charAt(s - 1)) >= 0 || e < event.length() && "—-－".indexOf(event.charAt(e)) >= 0;
        if (!dashed)
            return false;
        String rest = event.substring(e);
        for (Map.Entry<String, String> suffix : Lexicon.longestFirst("organisation-suffixes.tsv", "class"))
            if (suffix.getKey().length() >= 2 && rest.contains(suffix.getKey()))
                return true;
        return false;
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
    private static boolean endsInsideTitleWord(String text, WordBoundaries words, int end) {
        for (com.hankcs.hanlp.seg.common.Term t : words.terms())
            if (t.offset < end && end < t.offset + t.word.length())
                return PersonFinder.isRole(t) && !(t.word.equals("部长") && end == t.offset + 1 && text.startsWith("官", end + 1));
        return false; // 通信部长官: the ministry's 部 and the title 长官, which HanLP reads as 部长/官 (org40b)
    }

    private static final Pattern DATELINE = Pattern.compile("社[^，。；、\\s]{0,12}?\\d{1,2}月\\d{1,2}日[^，。]{0,4}?电");

    /**
     * Where a name that would open at {@code start} opens when a news agency's dateline ends inside it (新华社青岛11月19日电
     * 第十二届…论坛, the space lost: 电 is the dateline's, not the name's), else {@code start}; never at or past {@code limit}.
     */
    static int afterDateline(String text, int start, int limit) {
        for (Matcher m = DATELINE.matcher(text); m.find() && m.start() < limit;)
            if (m.start() <= start && start < m.end() && m.end() < limit)
                return m.end();
        return start;
    }

    /**
     * A news dateline names a place, not an actor: an agency's (新华社联合国7月1日电) anywhere, and the one that opens the
     * sentence (【本报香港4月15日电】, 本报北京3月5日讯, ActDates' form), dated or not (本报香港电, 新华社东京电: a
     * newspaper's own word of {@code function-words.tsv}, kind dateline, or an agency's name ending in 社, a place, 电 or 讯).
     */
    static boolean inDateline(String text, int start) {
        Matcher m = DATELINE.matcher(text);
        while (m.find())
            if (m.start() < start && start < m.end())
                return true;
        Matcher lead = ActDates.DATELINE.matcher(text);
        if (lead.find() && lead.start() < start && start < lead.end())
            return true;
        Matcher undated = undatedDateline().matcher(text);
        return undated.find() && undated.start(1) <= start && start < undated.end(1);
    }

    /** The end of the dateline that opens the sentence (本报香港电, 新华社北京3月5日电), or -1. */
    static int datelineEnd(String text) {
        Matcher lead = ActDates.DATELINE.matcher(text);
        if (lead.find())
            return lead.end();
        Matcher undated = undatedDateline().matcher(text);
        return undated.find() ? undated.end() : -1;
    }

    /** 本报香港电, （新华社东京电）: group 1 is the place (made once per lexicon, as every cue pattern). */
    private static Pattern undatedDateline() {
        return CueWords.pattern("undated-dateline", () -> "^[（(【\\[]?(?:" + Lexicon.alternation(Lexicon.words("function-words.tsv", "kind", "dateline"))
                + "|[\\u4e00-\\u9fff]{1,6}社)([\\u4e00-\\u9fff]{2,8}?)(?:专电|电|讯)");
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
            if (insideTitleSpan(titles, s, e) && !(g.entityIris().size() == 1 && isUnmarkedDecision(g.entityIris().iterator().next())
                    && holdsTitlesWhole(titles, s, e)) && !eventAfterTitle(g, byIri, titles, s, e))
                continue; // (关于修改《X》的决定 holds the title of what it amends)
            if (words.insideWords(s, e) && isShortHanName(g.label()) && !PersonFinder.cutFromGluedWord(text, words.terms(), s, e))
                continue; // part of a longer word: 中国 in 发展中国家 (孙东 of HanLP's 孙东早/前 is a name: PersonFinder)
            if (e - s == 1 && words.insideWords(s, e))
                continue; // X of X光: a platform's one letter inside a word is a letter of the word
            if (followedByPlaceWord(text, e))
                continue; // 联合国总部 is a place, no mention of the UN
            if (endsInsideTitleWord(text, words, e) || inDateline(text, s))
                continue; // X部长 is a minister; 新华社日内瓦3月1日电 is a place
            if (negatedByPrefix(text, s))
                continue; // 非联合国倡议: "non-UN", no mention of the UN
            if (reference.ambiguousLabels().contains(g.label()) && s > 0 && Character.isIdeographic(text.charAt(s - 1))
                    && "的和与及、在由向对是为经".indexOf(text.charAt(s - 1)) < 0)
                continue; // 缔约国大会 is a conference of its own, not the ambiguous organ
            String iri = g.label().equals(OUR_COUNTRY) ? ourCountry : resolve(g, context, text, ourCountry);
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
            if (top.equals("Instrument") && GENERIC_SCOPE.matcher(text.substring(Math.max(0, s - 8), s)).find())
                continue; // 全球的人工智能法案: bills of every country, not the one that bears the name
            if (top.equals("Instrument") && insideQuotedTheme(text, s, e))
                continue; // 主题为“我们想要的互联网——赋能所有人”: a meeting's theme borrows the name, it cites nothing
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
                ent = GenericHeads.referent(key, GenericHeads.namedBefore(recentNames, out, t.span().start()), byIri);
                rule = GenericHeads.RULE;
            } else if (ent == null) {
                ent = byIri.get(aliasTitle(t.name(), gazetteer));
            }
            if (ent == null)
                continue;
            String top = reference.topClass(ent.type());
            if (top == null)
                continue;
            if (out.stream().anyMatch(h -> h.isInstrument() && isUnmarkedDecision(h.iri())
                    && h.start() < t.span().start() && t.span().end() < h.end()))
                continue; // 关于修改《X法》的决定: the title of the text it amends is part of the decision's name
            // 《Y》签署仪式: the ceremony named after the title (EventFinder.titledCeremony) keeps the words after the title
            // (签署仪式), and Y is named by its title: two hits side by side, as every rule reads them
            for (int i = 0; i < out.size(); i++) {
                Hit h = out.get(i);
                if (h.isEvent() && h.start() <= t.span().start() && t.span().end() < h.end())
                    out.set(i, new Hit(h.iri(), h.top(), h.type(), t.span().end(), h.end(), h.rule()));
            }
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
            Matcher me = FIRST_PERSON.matcher(text);
            Entity p = byIri.get(firstPerson);
            while (me.find())
                if (!covered[me.start()] && p != null)
                    out.add(new Hit(firstPerson, reference.topClass(p.type()), local(p.type()), me.start(), me.end(), "first-person"));
        }
        out.removeIf(h -> (h.top().equals("Issue") || h.top().equals("Principle")) && insideBodyName(text, words, h, out));
        out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
        return out;
    }

    /**
     * 欧盟网络安全局, 数据保护委员会: a concept right before an organisation suffix (organisation-suffixes.tsv, a word of its own)
     * or inside an actor's name is part of that name, no concept the sentence speaks of (longest match: the body wins).
     */
    private static boolean insideBodyName(String text, WordBoundaries words, Hit h, List<Hit> hits) {
        for (Hit a : hits)
            if (a.isActor() && a.start() <= h.start() && h.end() <= a.end() && a.end() - a.start() > h.end() - h.start())
                return true;
        if (!words.isBoundary(h.end()))
            return false;
        for (Map.Entry<String, String> suffix : Lexicon.longestFirst("organisation-suffixes.tsv", "class"))
            if (text.startsWith(suffix.getKey(), h.end()) && words.isBoundary(h.end() + suffix.getKey().length()))
                return true;
        return false;
    }

    /**
     * 《全称》（以下简称《简称》）… 《简称》规定: a title that is neither a name of its own nor a generic head may be
     * another name the document gave a thing (a short name merged into its full name, an alias learned from
     * brackets); the whole title must be that one name, of one entity. Returns its IRI, or null.
     */
    private static String aliasTitle(String name, Gazetteer gazetteer) {
        String clean = Labels.clean(name);
        for (Gazetteer.Hit g : gazetteer.find(clean))
            if (g.span().start() == 0 && g.span().end() == clean.length() && g.entityIris().size() == 1)
                return g.entityIris().iterator().next();
        return null;
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

    /** A scope over many countries written right before a name (全球的…, 各国的…): the name is used as a kind. */
    private static final Pattern GENERIC_SCOPE = Pattern.compile("(?:全球|世界各国|各国|多国|其他国家|许多国家|一些国家)的$");

    /** An opening quotation mark right after 主题为/主题是/主题：, the theme of a meeting or campaign. */
    private static final Pattern THEME_OPENING = Pattern.compile("主题(?:为|是|：|:)\\s*[“\"]$");

    /**
     * Whether {@code [s, e)} lies inside a quoted theme and is not the whole quotation: the theme names
     * what a meeting is about in its own words, so a name inside it is no reference to that instrument.
     */
    static boolean insideQuotedTheme(String text, int s, int e) {
        int open = Math.max(text.lastIndexOf('“', s - 1), text.lastIndexOf('"', s - 1));
        if (open < 0 || !THEME_OPENING.matcher(text.substring(Math.max(0, open - 4), open + 1)).find())
            return false;
        int close = text.indexOf('”', e);
        if (close < 0)
            close = text.indexOf('"', e);
        if (close < 0 || text.substring(open + 1, s).contains("”"))
            return false;
        return s > open + 1 || e < close;
    }

    /** A running header that survived ingest: the document's own title followed by a page number. */
    private static boolean isPageHeader(String text, int end) {
        return false;
    }

    private String resolve(Gazetteer.Hit g, String context, String sentence, String ourCountry) {
        if (g.entityIris().size() == 1 && !reference.ambiguousLabels().contains(g.label()))
            return g.entityIris().iterator().next();
        Set<String> cands = reference.ambiguousLabels().contains(g.label()) ? reference.candidates(g.label()) : g.entityIris();
        String byState = ambiguousBodies.resolve(g.label(), g.span().start(), g.span().end(), cands, sentence, context, reference,
                registryNames, ourCountry);
        if (byState != null)
            return byState; // 国务院: the body of the state named nearby (AmbiguousBodies)
        String own = discoveredHolder(g);
        if (own != null)
            return own; // 眾議院 after 澳洲: the chamber this document named after its state (StateLegislatures), no registry one
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

    /** The one name discovered in this document that carries the hit's label, or null. */
    private String discoveredHolder(Gazetteer.Hit g) {
        String out = null;
        for (DiscoveredName f : discovered.values())
            if (g.entityIris().contains(f.iri())) {
                if (out != null && !out.equals(f.iri()))
                    return null;
                out = f.iri();
            }
        return out;
    }

    /** A decision discovered by its unmarked title (关于…的决定), whose name may hold the title of the text it amends. */
    private boolean isUnmarkedDecision(String iri) {
        for (DiscoveredName f : discovered.values())
            if (iri.equals(f.iri()) && UnmarkedInstruments.RULE_DECISION.equals(f.rule))
                return true;
        return false;
    }

    /** Whether the gazetteer's hit is an event named after a title it opens with (《Y》签署仪式): every title it overlaps lies in it, ending before it. */
    private boolean eventAfterTitle(Gazetteer.Hit g, Map<String, Entity> byIri, List<TitleFinder.Title> titles, int s, int e) {
        if (g.entityIris().size() != 1)
            return false;
        Entity ent = byIri.get(g.entityIris().iterator().next());
        if (ent == null || !"Event".equals(reference.topClass(ent.type())))
            return false;
        for (TitleFinder.Title t : titles)
            if (s < t.span().end() && t.span().start() < e && !(s <= t.span().start() && t.span().end() < e))
                return false;
        return true;
    }

    /** Whether every title that overlaps {@code [s, e)} lies strictly inside it. */
    private static boolean holdsTitlesWhole(List<TitleFinder.Title> titles, int s, int e) {
        for (TitleFinder.Title t : titles)
            if (s < t.span().end() && t.span().start() < e && !(s < t.span().start() && t.span().end() < e))
                return false;
        return true;
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

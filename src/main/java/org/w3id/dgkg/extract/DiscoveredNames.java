package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The names one document discovers, registered as they are found: a name already in the registry,
 * a generic head (倡议, 该协定) or an alias learned from brackets is no new name; a name that another
 * of the document's names has as alias is that name; a state's name before a versioned Latin name is
 * left out of its key. Per document: no document sees another's names.
 */
final class DiscoveredNames {
    private final Reference reference;
    private final Map<String, String> registryByKey;
    /** Names discovered in the document, by key. */
    final Map<String, DiscoveredName> discovered = new TreeMap<>();
    /** Aliases of registry entries learned from brackets in the document: alias to registry IRI. */
    final Map<String, String> learnedAlias = new HashMap<>();
    /** The keys of the aliases compared by {@link #named} (every alias of every name, on every name found): each made once. */
    private final Map<String, String> altKeys = new java.util.concurrent.ConcurrentHashMap<>();

    DiscoveredNames(ReferenceIndex index) {
        this.reference = index.reference();
        this.registryByKey = index.registryByKey();
    }

    /** An instrument named {@code label} of class {@code type}; null when the name is no new name. */
    DiscoveredName instrument(String label, String type) {
        return named(label, "instrument", type, "Instrument");
    }

    /**
     * The discovered name {@code label} (of {@code kind} for its IRI, class {@code type} under {@code top}), registered
     * on first sight; null when it is a registry name, a generic head or an alias learned from brackets.
     */
    DiscoveredName named(String label, String kind, String type, String top) {
        String key = Labels.key(label);
        boolean letterName = "Company".equals(type) && label.matches("[A-Z]"); // 平台X: a platform named by one letter (PlatformNames)
        if (key.length() < 2 && !letterName || registryByKey.containsKey(key) || GenericHeads.isGeneric(key))
            return null; // 倡议, 该协定, 《办法》 name a kind of thing, never one thing
        if ((top.equals("Principle") || top.equals("Issue")) && vague(label))
            return null; // 环境, 管理, 机制 alone: too vague to be a principle or an issue (打造…监管环境 upholds no 环境)
        String aliasOf = learnedAlias.get(label);
        if (aliasOf != null)
            return null;
        DiscoveredName f = discovered.get(key);
        if (f == null) {
            for (DiscoveredName other : discovered.values())
                if (other.alts.stream().anyMatch(a -> altKeys.computeIfAbsent(a, Labels::key).equals(key)))
                    return other;
            String resolved = resolutionKey(key);
            for (DiscoveredName other : discovered.values())
                if (other.named.key.equals(resolved) && other.named.kind.equals(kind)) {
                    other.alts.add(label); // the same publication, written with its state and without
                    return other;
                }
            // every document's graph gives the entity the same prefLabel: the one its key says
            f = new DiscoveredName(kind, resolved, type, top, resolved.equals(key) ? label : resolved);
            if (!resolved.equals(key))
                f.alts.add(label);
            discovered.put(key, f);
        } else if (f.top.equals("Actor") && !top.equals("Actor") && !ForumBodies.RULE.equals(f.rule)
                || f.type.equals("Instrument") && top.equals("Instrument")) { // a forum founded is a body wherever it is named again
            // a title or an event name says more than an organisation suffix
            f.type = type;
            f.top = top;
        }
        return f;
    }

    /**
     * A word too vague to be a principle or an issue on its own (concept-cues.tsv position vague: 环境, 管理, 问题,
     * 机制): a discovered concept whose whole label is one names nothing; it may still be part of one (营商环境, 数据管理).
     */
    static boolean vague(String label) {
        return Lexicon.words("concept-cues.tsv", "position", "vague").contains(Labels.clean(label));
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

    /**
     * The registry hits that may block an organisation's name: an issue or a principle inside it is no rival
     * (日本人工智能安全研究所, 巴西个人信息保护局 are named after what they work on); for other names, all hits.
     */
    static List<Gazetteer.Hit> rivalsOf(NameFinder.Name n, List<Gazetteer.Hit> reg, Reference reference) {
        if (n.kind() != NameFinder.Kind.ORGANISATION)
            return reg;
        List<Gazetteer.Hit> out = new ArrayList<>(reg.size());
        for (Gazetteer.Hit h : reg)
            if (!(n.start() <= h.span().start() && h.span().end() <= n.end() && (onlyConcepts(h, reference) || anotherStatesBody(n, h, reg, reference))))
                out.add(h);
        return out;
    }

    /**
     * 智利科学技术部: the name is a state's name and then a registry body's short name (科学技术部, China's), and the
     * registry writes that body with another state's name in front (中国科学技术部): the state named here has a
     * ministry of its own of that name, which the registry body is not. (我国科学技术部 is China's: no rival removed.)
     */
    private static boolean anotherStatesBody(NameFinder.Name n, Gazetteer.Hit h, List<Gazetteer.Hit> reg, Reference reference) {
        if (h.entityIris().size() != 1 || h.span().end() != n.end())
            return false;
        Entity body = reference.entity(h.entityIris().iterator().next());
        if (body == null || !body.type().endsWith("#GovernmentBody"))
            return false;
        for (Gazetteer.Hit s : reg) {
            if (s.span().start() != n.start() || s.span().end() != h.span().start() || s.entityIris().size() != 1)
                continue;
            String state = s.entityIris().iterator().next();
            Entity e = reference.entity(state);
            if (e == null || !e.type().endsWith("#State"))
                return false;
            String own = ownState(body, reference);
            return own != null && !own.equals(state);
        }
        return false;
    }

    /** The state whose name the registry writes in front of one of the body's names (中国科学技术部: China), or null. */
    private static String ownState(Entity body, Reference reference) {
        Set<String> labels = new java.util.HashSet<>(body.altLabels());
        labels.add(body.labelZh());
        for (Entity e : reference.entities().values()) {
            if (!e.type().endsWith("#State"))
                continue;
            Set<String> names = new java.util.HashSet<>(e.altLabels());
            names.add(e.labelZh());
            for (String l : labels)
                for (String sn : names)
                    if (sn.length() >= 2 && l.length() > sn.length() + 1 && l.startsWith(sn))
                        return e.iri();
        }
        return null;
    }

    private static boolean onlyConcepts(Gazetteer.Hit h, Reference reference) {
        for (String iri : h.entityIris()) {
            Entity e = reference.entity(iri);
            String top = e == null ? null : reference.topClass(e.type());
            if (!"Issue".equals(top) && !"Principle".equals(top))
                return false;
        }
        return !h.entityIris().isEmpty();
    }

    /**
     * 英国科学、创新与技术部（DSIT）: an organisation found by its structure and glossed in the brackets right after it
     * by a name the registry has for an actor is that actor, written another way: the name becomes an alias learned
     * from brackets (mentions of it are the registry's entity) and no new name. Returns whether it did.
     */
    boolean glossedByRegistry(NameFinder.Name n, String text) {
        if (n.kind() != NameFinder.Kind.ORGANISATION || n.end() > text.length())
            return false;
        if (stateGovernment(n, text) || registryCompany(n))
            return true;
        for (String a : AliasLearner.after(text, n.end())) {
            String iri = registryByKey.get(Labels.key(a));
            Entity e = iri == null ? null : reference.entity(iri);
            if (e != null && "Actor".equals(reference.topClass(e.type())) && !e.type().endsWith("#Person") && !e.type().endsWith("#State")) {
                learnedAlias.putIfAbsent(Labels.clean(n.label()), iri);
                return true;
            }
        }
        return false;
    }

    /**
     * 经济合作与发展组织部长理事会会议 is also written 经合组织部长理事会会议: a discovered name that starts with an
     * organisation's registry name (its organiser, its parent body) gets the same name with the organisation's other
     * Chinese names in front as aliases, so that a text or a reader using the short form finds it. States are left
     * out (中方, 我国 are not names to build on); Latin names and names that end in 方 too.
     */
    void organiserVariants() {
        List<DiscoveredName[]> sameEvent = new ArrayList<>();
        for (DiscoveredName f : discovered.values()) {
            if (f.top.equals("Actor") && f.type.equals("Person"))
                continue;
            String label = f.label;
            for (int i = Math.min(label.length() - 3, 16); i >= 2; i--) {
                String iri = registryByKey.get(Labels.key(label.substring(0, i)));
                Entity org = iri == null ? null : reference.entity(iri);
                if (org == null || !"Actor".equals(reference.topClass(org.type())) || org.type().matches(".*#(State|Economy|Person)$"))
                    continue;
                String rest = label.substring(i);
                if (!Character.isIdeographic(rest.charAt(0)))
                    break;
                Set<String> names = new java.util.LinkedHashSet<>(org.altLabels());
                names.add(org.labelZh());
                for (String n : names)
                    if (n.length() >= 2 && !n.equals(label.substring(0, i)) && n.chars().allMatch(Character::isIdeographic) && !n.endsWith("方")
                            && !reference.ambiguousLabels().contains(n) && Script.simplifiedLabel(n).equals(n)) {
                        DiscoveredName other = discovered.get(Labels.key(n + rest));
                        if (other != null && other != f && "Event".equals(f.top) && "Event".equals(other.top))
                            sameEvent.add(new DiscoveredName[] {f, other});
                        alias(f, n + rest);
                    }
                break; // the longest organisation name in front
            }
        }
        EventSessions.sameEvents(discovered, sameEvent); // 世贸组织第十三届部长级会议 = 世界贸易组织第十三届部长级会议
    }

    /**
     * 我国政府, 中方政府: a state's relative name (我国, a name ending in 方) and 政府 is the state acting through its
     * government; the name becomes an alias of the state learned in this document. A state's own name and 政府 (日本政府,
     * 越南政府, 美国政府) is a government body of its own (the gold author's convention: 美国政府 GovernmentBody), found
     * by the organisation suffix; rules that read a state's part (participation) map it to the state themselves.
     * (拜登政府 is an administration.)
     */
    private boolean stateGovernment(NameFinder.Name n, String text) {
        String label = Labels.clean(n.label());
        if (!label.endsWith("政府") || label.length() < 4)
            return false;
        String iri = registryByKey.get(Labels.key(label.substring(0, label.length() - 2)));
        Entity state = iri == null ? null : reference.entity(iri);
        if (state == null || !state.type().endsWith("#State"))
            return false;
        String qualifier = label.substring(0, label.length() - 2);
        if (!relativeStateName(qualifier) && !onBehalfOf(text, n.start()))
            return false; // 越南政府: a government body named after its state
        learnedAlias.putIfAbsent(label, iri);
        return true;
    }

    /**
     * 代表中国政府签署: a person acts on behalf of the state through its government (a treaty binds the state); the
     * representation cue is data ({@code representation} rows of {@code function-words.tsv}).
     */
    private static boolean onBehalfOf(String text, int start) {
        for (String cue : Lexicon.words("function-words.tsv", "kind", "representation"))
            if (text.startsWith(cue, start - cue.length()))
                return true;
        return false;
    }

    /** 我国, 本国, 中方: a name of a state that depends on who writes (the first person, a side in talks). */
    private static boolean relativeStateName(String name) {
        return name.endsWith("方") || name.endsWith("我国") || name.startsWith("本") || name.startsWith("该") || name.startsWith("我");
    }

    /**
     * 深度求索公司, 索尼集团: a company's registry name followed by a company suffix or a legal form
     * ({@code organisation-suffixes.tsv} class Company, {@code company-descriptors.tsv} legal-form) is that company.
     */
    private boolean registryCompany(NameFinder.Name n) {
        String label = Labels.clean(n.label());
        List<String> endings = new ArrayList<>(Lexicon.words("company-descriptors.tsv", "kind", "legal-form"));
        for (var e : Lexicon.longestFirst("organisation-suffixes.tsv", "class"))
            if ("Company".equals(e.getValue()))
                endings.add(e.getKey());
        for (String end : endings) {
            if (!label.endsWith(end) || label.length() - end.length() < 2)
                continue;
            String iri = registryByKey.get(Labels.key(label.substring(0, label.length() - end.length())));
            Entity e = iri == null ? null : reference.entity(iri);
            if (e != null && e.type().endsWith("#Company")) {
                learnedAlias.putIfAbsent(label, iri);
                return true;
            }
        }
        return false;
    }

    /** {@code a} is another name of {@code f}, unless the registry or another discovered name has it. */
    void alias(DiscoveredName f, String a) {
        if (a.codePointCount(0, a.length()) < 2)
            return;
        String k = Labels.key(a);
        if (registryByKey.containsKey(k) || discovered.containsKey(k) && discovered.get(k) != f)
            return;
        f.alts.add(a);
        if (f.acronym == null && a.matches("[A-Z][A-Z0-9&\\-]{1,11}"))
            f.acronym = a;
    }

    static final String RULE_LISTED_COMPANY = "company-listed";

    /** A Latin name as an item of a list: letters, digits and inner spaces, with a lower-case letter (not an acronym). */
    private static final Pattern LATIN_ITEM = Pattern.compile("^([A-Z](?:[A-Za-z0-9&.\\-]*[A-Za-z])?(?: [A-Z](?:[A-Za-z0-9&.\\-]*[A-Za-z])?){0,2})(\\d{0,2})$");
    /** What separates the items of an enumeration. */
    private static final Pattern ITEM_JOIN = Pattern.compile("、|(?:和|与|及|以及)");

    /**
     * 首批会员包括Aicadium、谷歌、IBM、微软和Salesforce: in an enumeration whose items the registry knows as
     * companies (two at least, and more companies than other actors), an item in Latin letters that nobody knows is a
     * company too (its peers say what it is); a footnote number glued to the last item is no part of its name.
     * Acronyms (all capitals) are left out: governments and agencies are listed with companies by acronym.
     */
    void listedWithCompanies(String text, List<Gazetteer.Hit> reg, int sentence) {
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && "，。；：,;:（）()“”!?！？".indexOf(text.charAt(i)) < 0)
                continue;
            clauseCompanies(text, from, i, reg, sentence);
            from = i + 1;
        }
    }

    private void clauseCompanies(String text, int from, int to, List<Gazetteer.Hit> reg, int sentence) {
        if (to - from < 5)
            return;
        java.util.regex.Matcher j = ITEM_JOIN.matcher(text.substring(from, to));
        List<int[]> items = new ArrayList<>();
        int at = from;
        Set<Integer> words = new java.util.HashSet<>();
        for (com.hankcs.hanlp.seg.common.Term t : Segmenter.terms(text))
            words.add(t.offset);
        while (j.find()) {
            int js = from + j.start(), je = from + j.end();
            boolean latinBeside = js > 0 && Gazetteer.isLatinOrDigit(text.charAt(js - 1)) || je < text.length() && Gazetteer.isLatinOrDigit(text.charAt(je));
            if (!j.group().equals("、") && !words.contains(js) && !latinBeside)
                continue; // 与 of 参与 joins nothing
            items.add(new int[] {at, from + j.start()});
            at = from + j.end();
        }
        int closed = closedAt(text, at, to);
        items.add(new int[] {at, closed >= 0 ? closed : to}); // 软银等8家日本企业: the last item ends where 等 closes the list
        if (items.size() < 3)
            return;
        int companies = 0, others = 0;
        List<int[]> latin = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            int[] it = items.get(k);
            String type = registryTypeSpanning(reg, it[0], it[1], k == 0);
            if (type != null) {
                if (type.endsWith("#Company"))
                    companies++;
                else
                    others++;
                continue;
            }
            String item = text.substring(it[0], it[1]);
            int lead = k == 0 ? latinTailStart(item) : 0; // 包括Aicadium: the first item's clause words before it
            java.util.regex.Matcher m = LATIN_ITEM.matcher(item.substring(lead));
            if (m.matches() && !m.group(1).equals(m.group(1).toUpperCase()) && (m.group(2).isEmpty() || k == items.size() - 1))
                latin.add(new int[] {it[0] + lead, it[0] + lead + m.group(1).length()});
        }
        if (companies < 2 || companies <= others)
            return;
        if (closed >= 0)
            closedHanItems(text, items, reg, sentence);
        for (int[] l : latin) {
            String name = text.substring(l[0], l[1]);
            if (registryByKey.containsKey(Labels.key(name)))
                continue;
            company(name, RULE_LISTED_COMPANY, sentence, l[0]);
        }
    }

    /** {@code name} is a company found by {@code rule} at {@code start} of {@code sentence}. */
    private void company(String name, String rule, int sentence, int start) {
        found(name, "actor", "Company", "Actor", rule, sentence, start);
    }

    /**
     * {@code label} is named (as {@link #named}) by {@code rule} at {@code start} of {@code sentence}: the rule that found
     * the name first keeps it, and only its own finds are the name's positions. Null when the label names nothing new.
     */
    DiscoveredName found(String label, String kind, String type, String top, String rule, int sentence, int start) {
        DiscoveredName f = named(label, kind, type, top);
        if (f == null)
            return null;
        if (f.rule == null)
            f.rule = rule;
        if (rule.equals(f.rule))
            f.foundAt.add(DiscoveredName.position(sentence, start));
        return f;
    }

    static final String RULE_CLOSED_LIST_COMPANY = "company-listed-closed";
    /** An item written in Chinese characters alone, short enough to be one name (丰田, 西班牙电信). */
    private static final Pattern HAN_ITEM = Pattern.compile("^\\p{IsHan}{2,5}$");

    /**
     * 丰田、索尼、软银等8家日本企业: in an enumeration of registry companies (as {@link #listedWithCompanies} counts them)
     * that the text closes as companies (等…企业, CompanyNames.closing), an item in Chinese characters that no one knows is
     * a company too: its peers and the closing word both say what it is. The last item ends where 等 closes the list; an
     * item holding a function word (a clause's words: 出席会议的有X) or the registry's name of something else is left out.
     */
    private void closedHanItems(String text, List<int[]> items, List<Gazetteer.Hit> reg, int sentence) {
        for (int[] it : items) {
            String item = text.substring(it[0], it[1]);
            if (!HAN_ITEM.matcher(item).matches() || registryByKey.containsKey(Labels.key(item)) || registryTypeSpanning(reg, it[0], it[1], false) != null
                    || holdsFunctionWord(item))
                continue;
            company(item, RULE_CLOSED_LIST_COMPANY, sentence, it[0]);
        }
    }

    /** Where 等 closes a list of companies (等8家日本企业, 等科技公司: CompanyNames.closing) in [from, to), or -1. */
    private static int closedAt(String text, int from, int to) {
        for (int i = text.indexOf('等', from + 2); i >= 0 && i < to; i = text.indexOf('等', i + 1))
            if (CompanyNames.closing().matcher(text.substring(i, to)).lookingAt())
                return i;
        return -1;
    }

    /** Whether {@code item} holds a preposition, conjunction, auxiliary, demonstrative or verb of function-words.tsv. */
    private static boolean holdsFunctionWord(String item) {
        for (String kind : List.of("preposition", "conjunction", "auxiliary", "demonstrative", "verb"))
            for (String w : Lexicon.words("function-words.tsv", "kind", kind))
                if (item.contains(w))
                    return true;
        return false;
    }

    /** The class of the registry actor whose hit is the whole item [start,end) (the first item may end with it), or null. */
    private String registryTypeSpanning(List<Gazetteer.Hit> reg, int start, int end, boolean first) {
        for (Gazetteer.Hit h : reg) {
            if (h.entityIris().size() != 1 || h.span().end() != end || !(h.span().start() == start || first && h.span().start() > start))
                continue;
            Entity e = reference.entity(h.entityIris().iterator().next());
            if (e != null && "Actor".equals(reference.topClass(e.type())))
                return e.type();
        }
        return null;
    }

    /** Where the Latin name that ends {@code item} starts (0 when the item is all Latin). */
    private static int latinTailStart(String item) {
        int s = item.length();
        while (s > 0 && (Gazetteer.isLatinOrDigit(item.charAt(s - 1)) || item.charAt(s - 1) == ' ' || item.charAt(s - 1) == '&'
                || item.charAt(s - 1) == '.' || item.charAt(s - 1) == '-'))
            s--;
        while (s < item.length() && item.charAt(s) == ' ')
            s++;
        return s;
    }
}

package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        if (key.length() < 2 || registryByKey.containsKey(key) || GenericHeads.isGeneric(key))
            return null; // 倡议, 该协定, 《办法》 name a kind of thing, never one thing
        String aliasOf = learnedAlias.get(label);
        if (aliasOf != null)
            return null;
        DiscoveredName f = discovered.get(key);
        if (f == null) {
            for (DiscoveredName other : discovered.values())
                if (other.alts.stream().anyMatch(a -> Labels.key(a).equals(key)))
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

    /**
     * The registry hits that may block an organisation's name: an issue or a principle inside it is no rival
     * (日本人工智能安全研究所, 巴西个人信息保护局 are named after what they work on); for other names, all hits.
     */
    static List<Gazetteer.Hit> rivalsOf(NameFinder.Name n, List<Gazetteer.Hit> reg, Reference reference) {
        if (n.kind() != NameFinder.Kind.ORGANISATION)
            return reg;
        List<Gazetteer.Hit> out = new ArrayList<>(reg.size());
        for (Gazetteer.Hit h : reg)
            if (!(n.start() <= h.span().start() && h.span().end() <= n.end() && onlyConcepts(h, reference)))
                out.add(h);
        return out;
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
}

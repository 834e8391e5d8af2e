package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.dgkg.vocab.DGKG;

/** Applies a {@link Curation} to an extraction and logs each change for the build summary. */
final class CurationApplier {
    final Map<String, Entity> entities;
    final List<Mention> mentions;
    final List<Fact> facts;
    final List<String> log = new ArrayList<>();
    private final Curation curation;

    CurationApplier(Curation curation, Map<String, Entity> entities, List<Mention> mentions, List<Fact> facts) {
        this.curation = curation;
        this.entities = new LinkedHashMap<>(entities);
        this.mentions = new ArrayList<>(mentions);
        this.facts = new ArrayList<>(facts);
    }

    void apply() {
        for (Curation.Rule r : curation.rules()) {
            List<String> a = r.args();
            switch (r.action()) {
                case "reject-entity" -> {
                    Set<String> iris = find(a.get(0));
                    int m = mentions.size();
                    int f = facts.size();
                    mentions.removeIf(x -> iris.contains(x.entityIri()));
                    facts.removeIf(x -> iris.contains(x.subject()) || x.objectIri() != null && iris.contains(x.objectIri()));
                    iris.forEach(entities::remove);
                    report(r, iris, (m - mentions.size()) + " mentions and " + (f - facts.size()) + " facts removed");
                }
                case "reject-fact" -> {
                    Set<String> s = find(a.get(0));
                    Predicate p = Predicate.ofCurie(a.get(1));
                    Set<String> o = find(a.get(2));
                    int f = facts.size();
                    facts.removeIf(x -> s.contains(x.subject()) && x.predicate() == p
                            && (x.objectIri() != null ? o.contains(x.objectIri())
                                    : x.object().lexical().equals(a.get(2))));
                    report(r, s, (f - facts.size()) + " facts removed");
                }
                case "merge" -> {
                    Set<String> from = find(a.get(0));
                    Set<String> into = find(a.get(1));
                    if (into.size() != 1) {
                        log.add(r + ": target matches " + into.size() + " entities; not applied");
                        continue;
                    }
                    String target = into.iterator().next();
                    from.remove(target);
                    Value t = new Value.EntityRef(target);
                    for (int i = 0; i < mentions.size(); i++) {
                        Mention m = mentions.get(i);
                        if (from.contains(m.entityIri()))
                            mentions.set(i, new Mention(target, m.documentId(), m.span(), m.sentence(), m.rule()));
                    }
                    for (int i = 0; i < facts.size(); i++) {
                        Fact f = facts.get(i);
                        boolean s = from.contains(f.subject());
                        boolean o = f.objectIri() != null && from.contains(f.objectIri());
                        if (s || o)
                            facts.set(i, new Fact(s ? target : f.subject(), f.predicate(), o ? t : f.object(), f.documentId(),
                                    f.sentence(), f.evidence(), f.confidence(), f.rule(), f.inferred(), f.weight()));
                    }
                    Entity te = entities.get(target);
                    for (String x : from) {
                        Entity fe = entities.remove(x);
                        if (fe != null && te != null && !te.curated()) {
                            Set<String> alts = new LinkedHashSet<>(te.altLabels());
                            alts.add(fe.labelZh());
                            alts.addAll(fe.altLabels());
                            te = new Entity(te.iri(), te.type(), te.labelZh(), te.labelEn(), alts, te.acronym(), false);
                        }
                    }
                    if (te != null)
                        entities.put(target, te);
                    report(r, from, "merged into " + target);
                }
                case "class", "label" -> {
                    Set<String> iris = find(a.get(0));
                    for (String iri : iris) {
                        Entity e = entities.get(iri);
                        if (e == null)
                            continue;
                        if (e.curated()) {
                            log.add(r + ": " + iri + " is a registry entry; correct it in the registry file instead");
                            continue;
                        }
                        if (r.action().equals("class")) {
                            entities.put(iri, new Entity(iri, DGKG.NS + a.get(1), e.labelZh(), e.labelEn(), e.altLabels(), e.acronym(), false));
                        } else {
                            Set<String> alts = new LinkedHashSet<>(e.altLabels());
                            alts.add(e.labelZh());
                            alts.remove(a.get(1));
                            entities.put(iri, new Entity(iri, e.type(), a.get(1), e.labelEn(), alts, e.acronym(), false));
                        }
                    }
                    report(r, iris, r.action().equals("class") ? "class set to " + a.get(1) : "label set to " + a.get(1));
                }
                default -> throw new IllegalStateException(r.action());
            }
        }
        // A fact about an entity that no longer exists cannot stand.
        facts.removeIf(f -> !entities.containsKey(f.subject()) || f.objectIri() != null && !entities.containsKey(f.objectIri()));
    }

    private void report(Curation.Rule r, Set<String> iris, String what) {
        log.add(r + ": " + (iris.isEmpty() ? "matched nothing" : what));
    }

    private Set<String> find(String nameOrIri) {
        Set<String> out = new LinkedHashSet<>();
        if (nameOrIri.startsWith("http")) {
            if (entities.containsKey(nameOrIri))
                out.add(nameOrIri);
            return out;
        }
        String k = Labels.key(nameOrIri);
        for (Entity e : entities.values()) {
            if (Labels.key(e.labelZh()).equals(k) || e.labelEn() != null && Labels.key(e.labelEn()).equals(k))
                out.add(e.iri());
            for (String a : e.altLabels())
                if (Labels.key(a).equals(k))
                    out.add(e.iri());
        }
        return out;
    }
}

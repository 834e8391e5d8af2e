package org.w3id.dgkg.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Resolution across documents. Each document discovers its names on its own; this step gives equal
 * names of the same kind one IRI. The IRI depends on the name alone (its normalised key, kind and
 * pinyin slug), so adding a document never changes the IRIs, mentions or facts of the documents
 * already there: it can only make a new document's name land on an IRI that exists.
 */
final class Resolution {
    private Resolution() {}

    /** A discovered name waiting for its IRI. */
    static final class Named {
        final String kind;
        final String key;
        String iri;

        Named(String kind, String key) {
            this.kind = kind;
            this.key = key;
        }
    }

    /**
     * Assigns IRIs: kind + the pinyin slug of the key. Keys are taken in sorted order so that a
     * homophone pair (rare) always resolves the same way within a build.
     */
    static void assignIris(List<Named> names) {
        Slugs slugs = new Slugs();
        Map<String, String> slugByKey = new TreeMap<>();
        names.stream().map(n -> n.key).sorted(Comparator.naturalOrder()).distinct()
                .forEach(k -> slugByKey.put(k, slugs.slug(k)));
        for (Named n : names)
            n.iri = DGKG.iri(n.kind, slugByKey.get(n.key));
    }

    /** One description of an entity named in several documents: the first label, all other names. */
    static Entity union(Entity a, Entity b) {
        if (a.curated())
            return a;
        Set<String> alts = new LinkedHashSet<>(a.altLabels());
        alts.addAll(b.altLabels());
        if (!b.labelZh().equals(a.labelZh()))
            alts.add(b.labelZh());
        alts.remove(a.labelZh());
        String type = a.type().endsWith("#Instrument") || a.type().endsWith("#Actor") ? b.type() : a.type();
        return new Entity(a.iri(), type, a.labelZh(), a.labelEn(), alts, a.acronym() != null ? a.acronym() : b.acronym(), false);
    }

    /**
     * What each document's graph says about the entities it discovered, with the maintainers'
     * curation applied: an entity curation dropped is dropped, a class or label curation set wins.
     */
    static Map<String, Map<String, Entity>> describedAfterCuration(Map<String, Map<String, Entity>> byDoc,
            Map<String, Entity> before, Map<String, Entity> after) {
        Map<String, Map<String, Entity>> out = new LinkedHashMap<>();
        byDoc.forEach((doc, own) -> {
            Map<String, Entity> d = new LinkedHashMap<>();
            own.forEach((iri, e) -> {
                Entity post = after.get(iri);
                Entity pre = before.get(iri);
                if (e.curated()) {
                    d.put(iri, e); // a registry entry: only the forms this document writes
                    return;
                }
                if (post == null)
                    return;
                if (pre == null || post == pre) {
                    d.put(iri, e);
                    return;
                }
                Set<String> alts = new LinkedHashSet<>(e.altLabels());
                alts.addAll(post.altLabels());
                String label = post.labelZh().equals(pre.labelZh()) ? e.labelZh() : post.labelZh();
                alts.add(e.labelZh());
                alts.remove(label);
                String type = post.type().equals(pre.type()) ? e.type() : post.type();
                d.put(iri, new Entity(iri, type, label, e.labelEn(), alts, e.acronym(), false));
            });
            out.put(doc, d);
        });
        return out;
    }
}

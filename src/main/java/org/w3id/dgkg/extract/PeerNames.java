package org.w3id.dgkg.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * Everyday words that are also the short name of a registry entity (苹果 the fruit and the company,
 * 小米, 高通, 甲骨文; {@code peer-names.tsv}). The registry cannot give them as labels (the gazetteer
 * would find the company in 苹果产量); the {@link Gazetteer} matches them only inside an enumeration
 * of names of the same class (苹果、微软、亚马逊), and a document that so uses one names the entity by it.
 */
final class PeerNames {
    private PeerNames() {}

    /** Peer name to the IRI of the entity it may name. */
    static Map<String, String> all() {
        Map<String, String> out = new HashMap<>();
        for (Lexicon.Row r : Lexicon.rows("peer-names.tsv"))
            out.put(r.word(), r.get("entity"));
        return out;
    }

    /**
     * The peer names a document used for the entities it names, and the ambiguous labels it used for the
     * entity each was resolved to (国务院 for China's State Council here, for the US Department of State
     * there; {@code ambiguous}): each becomes a label of that entity in the document's graph ({@code own}),
     * as a written form does (a researcher looking up 苹果 or 国务院 finds the entity in the documents that
     * call it so, and only there; the registry never gives these labels).
     */
    static void writtenForms(SourceDocument doc, List<Mention> mentions, Map<String, Entity> byIri, Map<String, Entity> own,
            java.util.Set<String> ambiguous) {
        Map<String, String> peers = all();
        String text = Script.reading(doc);
        for (Mention m : mentions) {
            String written = text.substring(m.span().start(), m.span().end());
            if (!m.entityIri().equals(peers.get(written)) && !ambiguous.contains(written))
                continue;
            Entity e = own.containsKey(m.entityIri()) ? own.get(m.entityIri()) : byIri.get(m.entityIri());
            if (e == null || e.altLabels().contains(written))
                continue;
            Set<String> alts = new LinkedHashSet<>(e.curated() && !own.containsKey(e.iri()) ? Set.of() : e.altLabels());
            alts.add(written);
            own.put(e.iri(), new Entity(e.iri(), e.type(), e.labelZh(), e.labelEn(), alts, e.acronym(), e.curated()));
        }
    }
}

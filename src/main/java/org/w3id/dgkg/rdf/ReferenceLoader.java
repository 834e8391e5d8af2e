package org.w3id.dgkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dgkg.extract.Entity;
import org.w3id.dgkg.extract.Reference;
import org.w3id.dgkg.vocab.DGKG;

/** Reads the extractor's {@link Reference} data out of the ontology and reference graphs (moved from Reference, unchanged). */
public final class ReferenceLoader {
    private ReferenceLoader() {}

    /** Reads registry entries from {@code reference} using the class tree of {@code ontology}. */
    public static Reference load(Model ontology, Model reference) {
        Map<String, String> topClassOf = topClasses(ontology);
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, Set<String>> abbreviations = new HashMap<>();
        Set<String> ambiguous = new TreeSet<>();
        Map<String, Set<String>> candidates = new HashMap<>();
        Map<String, String> byIso = new HashMap<>();
        reference.listStatements(null, DGKG.iso3166, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && st.getObject().isLiteral())
                byIso.putIfAbsent(st.getString().strip(), st.getSubject().getURI());
        });
        reference.listSubjectsWithProperty(RDF.type).forEachRemaining(r -> {
            if (!r.isURIResource())
                return;
            if (r.hasProperty(RDF.type, DGKG.AmbiguousLabel)) {
                Set<String> cands = new TreeSet<>();
                r.listProperties(DGKG.candidate).forEachRemaining(s -> {
                    if (s.getObject().isURIResource())
                        cands.add(s.getObject().asResource().getURI());
                });
                r.listProperties(RDFS.label).forEachRemaining(s -> {
                    ambiguous.add(s.getString());
                    candidates.put(s.getString(), cands);
                });
                return;
            }
            String type = mostSpecificDgkgType(r, topClassOf);
            if (type == null)
                return;
            String zh = label(r, SKOS.prefLabel, "zh");
            if (zh == null)
                return;
            Set<String> alts = new TreeSet<>();
            r.listProperties(SKOS.altLabel).forEachRemaining(s -> alts.add(s.getString()));
            String en = label(r, SKOS.prefLabel, "en");
            if (en != null)
                alts.add(en);
            String acronym = r.hasProperty(DGKG.acronym) ? r.getProperty(DGKG.acronym).getString() : null;
            if (acronym != null)
                alts.add(acronym);
            entities.put(r.getURI(), new Entity(r.getURI(), type, zh, en, alts, acronym, true));
            r.listProperties(DGKG.compoundAbbreviation).forEachRemaining(
                    s -> abbreviations.computeIfAbsent(s.getString(), k -> new TreeSet<>()).add(r.getURI()));
        });
        return new Reference(entities, topClassOf, abbreviations, ambiguous, candidates, byIso);
    }

    /** Maps every dgkg class to its top class local name (Actor, Instrument, Event, Principle, Issue). */
    private static Map<String, String> topClasses(Model ontology) {
        Map<String, String> top = new HashMap<>();
        for (String t : List.of("Actor", "Instrument", "Event", "Principle", "Issue", "SourceDocument")) {
            List<Resource> queue = new ArrayList<>(List.of(DGKG.cls(t)));
            while (!queue.isEmpty()) {
                Resource c = queue.remove(queue.size() - 1);
                if (top.putIfAbsent(c.getURI(), t) == null)
                    ontology.listSubjectsWithProperty(RDFS.subClassOf, c).forEachRemaining(queue::add);
            }
        }
        return top;
    }

    private static String mostSpecificDgkgType(Resource r, Map<String, String> topClassOf) {
        String best = null;
        for (Statement s : r.listProperties(RDF.type).toList()) {
            RDFNode o = s.getObject();
            if (o.isURIResource() && topClassOf.containsKey(o.asResource().getURI())) {
                String uri = o.asResource().getURI();
                // A registry entry names one dgkg class; prefer one that is not a top class.
                if (best == null || topLevel(best))
                    best = uri;
            }
        }
        return best;
    }

    private static boolean topLevel(String classIri) {
        return classIri.startsWith(DGKG.NS) && List.of("Actor", "Instrument", "Event", "Principle", "Issue")
                .contains(classIri.substring(DGKG.NS.length()));
    }

    private static String label(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        for (Statement s : r.listProperties(p).toList()) {
            if (s.getObject().isLiteral()) {
                Literal l = s.getLiteral();
                if (l.getLanguage().equalsIgnoreCase(lang))
                    return l.getString();
            }
        }
        return null;
    }
}

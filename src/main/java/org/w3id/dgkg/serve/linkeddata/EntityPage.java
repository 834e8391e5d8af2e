package org.w3id.dgkg.serve.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dgkg.serve.web.Html;
import org.w3id.dgkg.serve.web.Labels;
import org.w3id.dgkg.serve.web.Link;
import org.w3id.dgkg.serve.web.Lookup;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The model of an entity's page (template {@code entity.jte}): names, class, aliases, relations
 * grouped by property with their evidence (sentence with the names marked, document, confidence,
 * the fact's own page), incoming relations, positions over time for actors, the scheme for
 * issues and principles, and the documents mentioning it.
 */
public record EntityPage(String iri, String path, String title, String zh, String en, List<Link> classes, List<String> acronyms,
        List<String> aliases, List<String> dates, String graphHref, boolean concept, List<Link> broader, List<Link> narrower,
        Positions positions, List<Relation> relations, List<Relation> incoming, List<Mention> mentions, int totalMentions) {

    /** A property and its values; {@code outgoing} false for relations pointing at the entity. */
    public record Relation(String property, Link label, boolean outgoing, List<Value> values) {}

    /** A linked value (link set) or a literal, with the evidence of the fact. */
    public record Value(Link link, String literal, List<Evidence> evidence) {}

    public record Mention(Link document, int count) {}

    /** Predicates shown in the header, not as relations. */
    private static final Set<Property> HEADER = Set.of(RDF.type, SKOS.prefLabel, SKOS.altLabel, RDFS.label, DGKG.acronym, DCTerms.date);
    /** Incoming predicates that are not relations between things. */
    private static final Set<Property> NOT_RELATIONS = Set.of(DGKG.OA_hasBody, DCTerms.source, RDF.subject, RDF.object);

    static EntityPage of(Model m, Resource e, String path, List<Lookup.DocumentCount> mentions, Positions positions) {
        String zh = Labels.in(m, e, "zh");
        String en = Labels.in(m, e, "en");
        String title = Labels.best(m, e);
        List<Link> classes = new ArrayList<>();
        for (RDFNode t : m.listObjectsOfProperty(e, RDF.type).toList())
            if (t.isURIResource() && !t.asResource().getURI().startsWith(OWL.getURI()))
                classes.add(Link.to(t.asResource().getURI(), Labels.bilingual(m, t.asResource())));
        boolean concept = e.getURI().startsWith(DGKG.ID + "issue/") || e.getURI().startsWith(DGKG.ID + "principle/");
        List<Link> broader = new ArrayList<>(), narrower = new ArrayList<>();
        if (concept) {
            Set<Resource> b = new LinkedHashSet<>(), n = new LinkedHashSet<>();
            m.listObjectsOfProperty(e, SKOS.broader).forEachRemaining(x -> { if (x.isURIResource()) b.add(x.asResource()); });
            m.listSubjectsWithProperty(SKOS.broader, e).forEachRemaining(n::add);
            m.listObjectsOfProperty(e, SKOS.narrower).forEachRemaining(x -> { if (x.isURIResource()) n.add(x.asResource()); });
            broader = links(m, b);
            narrower = links(m, n);
        }

        Map<Property, List<RDFNode>> out = new TreeMap<>(Comparator.comparing(Property::getURI));
        for (Statement s : m.listStatements(e, null, (RDFNode) null).toList())
            if (!HEADER.contains(s.getPredicate()))
                out.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s.getObject());
        Map<Property, List<RDFNode>> in = new TreeMap<>(Comparator.comparing(Property::getURI));
        for (Statement s : m.listStatements(null, null, e).toList())
            if (!NOT_RELATIONS.contains(s.getPredicate()) && s.getSubject().isURIResource() && !isAnnotationOrStatement(s.getSubject()))
                in.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s.getSubject());
        List<Relation> relations = new ArrayList<>(), incoming = new ArrayList<>();
        out.forEach((p, values) -> relations.add(relation(m, e, p, values, true)));
        in.forEach((p, values) -> incoming.add(relation(m, e, p, values, false)));

        List<Mention> ms = mentions.stream().map(d -> new Mention(Link.to(d.document(), d.title()), d.count())).toList();
        int total = mentions.stream().mapToInt(Lookup.DocumentCount::count).sum();
        return new EntityPage(e.getURI(), path, title, zh, en, classes, Labels.literals(m, e, DGKG.acronym), Labels.literals(m, e, SKOS.altLabel),
                Labels.literals(m, e, DCTerms.date), Html.graphHref(e.getURI()), concept, broader, narrower, positions,
                relations, incoming, ms, total);
    }

    private static List<Link> links(Model m, Set<Resource> rs) {
        return rs.stream().sorted(Comparator.comparing(Resource::getURI)).map(r -> Link.to(r.getURI(), Labels.bilingual(m, r))).toList();
    }

    private static boolean isAnnotationOrStatement(Resource r) {
        String u = r.getURI();
        return u.startsWith(DGKG.ID + "annotation/") || u.startsWith(DGKG.ID + "statement/");
    }

    private static Relation relation(Model m, Resource e, Property p, List<RDFNode> values, boolean outgoing) {
        values.sort(Comparator.comparing(RDFNode::toString));
        List<Value> vs = new ArrayList<>();
        for (RDFNode v : values) {
            if (v.isURIResource()) {
                Resource s = outgoing ? e : v.asResource();
                Resource o = outgoing ? v.asResource() : e;
                Set<String> names = new LinkedHashSet<>(Labels.allNames(m, s));
                names.addAll(Labels.allNames(m, o));
                vs.add(new Value(Link.to(v.asResource().getURI(), Labels.bilingual(m, v.asResource())), null, Evidence.of(m, s, p, o, names)));
            } else if (v.isLiteral())
                vs.add(new Value(null, v.asLiteral().getLexicalForm(), List.of()));
            else
                vs.add(new Value(null, "[…]", List.of()));
        }
        return new Relation(p.getURI(), Link.to(p.getURI(), Labels.bilingual(m, p)), outgoing, vs);
    }
}

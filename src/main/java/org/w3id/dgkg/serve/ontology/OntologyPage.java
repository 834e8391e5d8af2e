package org.w3id.dgkg.serve.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
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
import org.w3id.dgkg.serve.web.Pages;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The ontology as a documentation page in the manner of WIDOCO or pyLODE (template
 * {@code ontology.jte}): header and downloads, the class tree, every class and property with
 * labels (en, zh), definition, domain and range, and the issue and principle schemes as trees.
 */
public final class OntologyPage {
    private final Model tbox;
    private final Model schemes;

    OntologyPage(Model tbox, Model schemes) {
        this.tbox = tbox;
        this.schemes = schemes;
    }

    /** A link to a term: an anchor on this page for dgkg terms, else the IRI; shown as its prefixed name. */
    public record Term(String href, String name) {}

    /** A node of a tree (class hierarchy, concept scheme). */
    public record Node(Term term, String zh, String en, String alts, String anchor, List<Node> children) {}

    public record ClassEntry(String local, String en, String zh, String iri, String definition, List<Term> superclasses,
            List<Term> subclasses, List<Term> domainOf, List<Term> rangeOf) {}

    /** A property: its terms for domain and range are lists joined by "or" (owl:unionOf). */
    public record PropertyEntry(String local, Term inverse, Term superProperty, String en, String zh, List<Term> domain, List<Term> range,
            String definition) {}

    public record Scheme(String id, String heading, int tops, int concepts, List<Node> tree) {}

    public record Doc(String title, String version, String versionIri, String modified, String license, String description, boolean header,
            List<Node> classTree, List<ClassEntry> classes, List<PropertyEntry> objectProperties, List<PropertyEntry> datatypeProperties,
            List<Scheme> schemes) {}

    String render() {
        Resource ont = tbox.listSubjectsWithProperty(RDF.type, OWL.Ontology).filterKeep(r -> r.getURI() != null
                && r.getURI().startsWith(DGKG.BASE + "ontology") && !r.getURI().contains("/imports/")).nextOptional().orElse(null);
        String title = ont == null ? "dgkg ontology" : text(ont, DCTerms.title, "en");
        List<Resource> classes = dgkgTerms(OWL.Class);
        Doc doc = new Doc(title, ont == null ? "" : text(ont, OWL.versionInfo, null), ont == null ? "" : iri(ont, OWL.versionIRI),
                ont == null ? "" : text(ont, DCTerms.modified, null), ont == null ? "" : iri(ont, DCTerms.license),
                ont == null ? "" : text(ont, DCTerms.description, "en"), ont != null,
                classTree(classes), classes.stream().map(this::classEntry).toList(),
                dgkgTerms(OWL.ObjectProperty).stream().map(this::propertyEntry).toList(),
                dgkgTerms(OWL.DatatypeProperty).stream().map(this::propertyEntry).toList(),
                List.of(scheme("issues", "Issue scheme 议题体系", DGKG.cls("IssueScheme")),
                        scheme("principles", "Principle scheme 原则体系", DGKG.cls("PrincipleScheme"))));
        return Pages.render("ontology.jte", doc);
    }

    private List<Resource> dgkgTerms(Resource type) {
        List<Resource> out = new ArrayList<>(tbox.listSubjectsWithProperty(RDF.type, type)
                .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(DGKG.NS)).toList());
        out.sort(Comparator.comparing(Resource::getLocalName));
        return out;
    }

    private List<Node> classTree(List<Resource> classes) {
        Set<Resource> set = new TreeSet<>(Comparator.comparing(Resource::getURI));
        set.addAll(classes);
        List<Node> out = new ArrayList<>();
        for (Resource c : classes)
            if (superclasses(c).stream().noneMatch(set::contains))
                out.add(subtree(c, set, 0));
        return out;
    }

    private Node subtree(Resource c, Set<Resource> set, int depth) {
        List<Resource> subs = new ArrayList<>(tbox.listSubjectsWithProperty(RDFS.subClassOf, c).filterKeep(set::contains).toList());
        subs.sort(Comparator.comparing(Resource::getLocalName));
        List<Node> kids = depth < 12 ? subs.stream().map(s -> subtree(s, set, depth + 1)).toList() : List.of();
        return new Node(term(c), null, null, null, null, kids);
    }

    private List<Resource> superclasses(Resource c) {
        return c.listProperties(RDFS.subClassOf).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(RDFNode::asResource).toList();
    }

    private ClassEntry classEntry(Resource c) {
        return new ClassEntry(c.getLocalName(), text(c, RDFS.label, "en"), text(c, RDFS.label, "zh"), c.getURI(), text(c, SKOS.definition, "en"),
                superclasses(c).stream().map(this::term).toList(),
                tbox.listSubjectsWithProperty(RDFS.subClassOf, c).filterKeep(Resource::isURIResource).mapWith(this::term).toList(),
                tbox.listSubjectsWithProperty(RDFS.domain, c).mapWith(this::term).toList(),
                tbox.listSubjectsWithProperty(RDFS.range, c).mapWith(this::term).toList());
    }

    private PropertyEntry propertyEntry(Resource p) {
        Resource inverse = resource(p, OWL.inverseOf);
        Resource sup = resource(p, RDFS.subPropertyOf);
        return new PropertyEntry(p.getLocalName(), inverse == null ? null : term(inverse), sup == null ? null : term(sup),
                text(p, RDFS.label, "en"), text(p, RDFS.label, "zh"), classExpression(resource(p, RDFS.domain)),
                classExpression(resource(p, RDFS.range)), text(p, SKOS.definition, "en"));
    }

    private List<Term> classExpression(Resource r) {
        if (r == null)
            return List.of();
        if (r.isURIResource())
            return List.of(term(r));
        Resource list = resource(r, OWL.unionOf);
        if (list != null && list.canAs(org.apache.jena.rdf.model.RDFList.class))
            return list.as(org.apache.jena.rdf.model.RDFList.class).asJavaList().stream()
                    .filter(RDFNode::isURIResource).map(n -> term(n.asResource())).toList();
        return List.of(new Term(null, "(class expression)"));
    }

    private Scheme scheme(String id, String heading, Resource scheme) {
        List<Resource> tops = new ArrayList<>(schemes.listSubjectsWithProperty(SKOS.topConceptOf, scheme).toList());
        schemes.listObjectsOfProperty(scheme, SKOS.hasTopConcept).forEachRemaining(n -> {
            if (n.isResource() && !tops.contains(n.asResource()))
                tops.add(n.asResource());
        });
        tops.sort(Comparator.comparing(r -> text(r, SKOS.prefLabel, "en")));
        Map<Resource, List<Resource>> narrower = new TreeMap<>(Comparator.comparing(Resource::getURI));
        schemes.listStatements(null, SKOS.broader, (RDFNode) null).forEachRemaining(s -> {
            if (s.getObject().isResource())
                narrower.computeIfAbsent(s.getObject().asResource(), k -> new ArrayList<>()).add(s.getSubject());
        });
        return new Scheme(id, heading, tops.size(), schemes.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().size(),
                tops.stream().map(t -> concept(t, narrower, 0)).toList());
    }

    private Node concept(Resource c, Map<Resource, List<Resource>> narrower, int depth) {
        String local = c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
        List<String> alts = c.listProperties(SKOS.altLabel).mapWith(Statement::getString).toList();
        List<Resource> kids = new ArrayList<>(narrower.getOrDefault(c, List.of()));
        kids.sort(Comparator.comparing(r -> text(r, SKOS.prefLabel, "en")));
        return new Node(new Term(Html.href(c.getURI()), null), text(c, SKOS.prefLabel, "zh"), text(c, SKOS.prefLabel, "en"),
                alts.isEmpty() ? null : String.join("、", alts), local,
                depth < 10 ? kids.stream().map(k -> concept(k, narrower, depth + 1)).toList() : List.of());
    }

    private Term term(Resource r) {
        if (r.getURI() == null)
            return new Term(null, "(anonymous)");
        if (r.getURI().startsWith(DGKG.NS))
            return new Term("#" + r.getLocalName(), "dgkg:" + r.getLocalName());
        String prefixed = tbox.qnameFor(r.getURI());
        return new Term(r.getURI(), prefixed != null ? prefixed : r.getURI());
    }

    private static String iri(Resource r, Property p) {
        Resource o = resource(r, p);
        return o == null || o.getURI() == null ? "" : o.getURI();
    }

    private static Resource resource(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isResource() ? s.getResource() : null;
    }

    /** A literal value, preferring the language given (null: any). */
    static String text(Resource r, Property p, String lang) {
        String any = "";
        for (Statement s : r.listProperties(p).toList()) {
            if (!s.getObject().isLiteral())
                continue;
            Literal l = s.getLiteral();
            if (lang == null || l.getLanguage().equalsIgnoreCase(lang))
                return l.getLexicalForm();
            if (any.isEmpty())
                any = l.getLexicalForm();
        }
        return lang == null ? any : "";
    }
}

package org.w3id.dgkg.serve.ontology;

import static org.w3id.dgkg.serve.ui.Html.esc;

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
import org.w3id.dgkg.vocab.DGKG;

/**
 * The ontology as a documentation page in the manner of WIDOCO or pyLODE: header and
 * downloads, the class tree, every class and property with labels (en, zh), definition,
 * domain and range, and the issue and principle schemes as trees.
 */
final class OntologyPage {
    private final Model tbox;
    private final Model schemes;

    OntologyPage(Model tbox, Model schemes) {
        this.tbox = tbox;
        this.schemes = schemes;
    }

    String render() {
        StringBuilder h = new StringBuilder(64_000);
        Resource ont = tbox.listSubjectsWithProperty(RDF.type, OWL.Ontology).filterKeep(r -> r.getURI() != null
                && r.getURI().startsWith(DGKG.BASE + "ontology") && !r.getURI().contains("/imports/")).nextOptional().orElse(null);
        String title = ont == null ? "dgkg ontology" : text(ont, DCTerms.title, "en");
        h.append("<div class=\"ontology-doc\"><h1>").append(esc(title)).append("</h1>");
        if (ont != null) {
            h.append("<dl class=\"meta\">");
            row(h, "IRI", code(DGKG.NS));
            row(h, "Version", esc(text(ont, OWL.versionInfo, null)) + " (" + code(iri(ont, OWL.versionIRI)) + ")");
            row(h, "Modified", esc(text(ont, DCTerms.modified, null)));
            row(h, "License", link(iri(ont, DCTerms.license)));
            row(h, "Preferred prefix", code("dgkg:"));
            row(h, "Download", "<a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a> · "
                    + "<a href=\"?format=rdf\">RDF/XML</a> · <a href=\"?format=nt\">N-Triples</a>");
            h.append("</dl><p>").append(esc(text(ont, DCTerms.description, "en"))).append("</p>");
        }
        List<Resource> classes = dgkgTerms(OWL.Class);
        List<Resource> objectProps = dgkgTerms(OWL.ObjectProperty);
        List<Resource> dataProps = dgkgTerms(OWL.DatatypeProperty);
        h.append("<nav><a href=\"#classes\">Classes (").append(classes.size()).append(")</a> · <a href=\"#object-properties\">Object properties (")
                .append(objectProps.size()).append(")</a> · <a href=\"#datatype-properties\">Datatype properties (")
                .append(dataProps.size()).append(")</a> · <a href=\"#issues\">Issue scheme</a> · <a href=\"#principles\">Principle scheme</a></nav>");

        h.append("<section id=\"class-tree\"><h2>Class hierarchy</h2>");
        classTree(h, classes);
        h.append("</section><section id=\"classes\"><h2>Classes</h2>");
        for (Resource c : classes)
            classEntry(h, c);
        h.append("</section><section id=\"object-properties\"><h2>Object properties</h2>");
        propertyTable(h, objectProps);
        h.append("</section><section id=\"datatype-properties\"><h2>Datatype properties</h2>");
        propertyTable(h, dataProps);
        h.append("</section>");
        scheme(h, "issues", "Issue scheme", DGKG.cls("IssueScheme"));
        scheme(h, "principles", "Principle scheme", DGKG.cls("PrincipleScheme"));
        h.append("</div>");
        return org.w3id.dgkg.serve.ui.Html.page(title, "<style>" + CSS + "</style>", h.toString());
    }

    private List<Resource> dgkgTerms(Resource type) {
        List<Resource> out = new ArrayList<>(tbox.listSubjectsWithProperty(RDF.type, type)
                .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(DGKG.NS)).toList());
        out.sort(Comparator.comparing(Resource::getLocalName));
        return out;
    }

    private void classTree(StringBuilder h, List<Resource> classes) {
        Set<Resource> set = new TreeSet<>(Comparator.comparing(Resource::getURI));
        set.addAll(classes);
        h.append("<ul class=\"tree\">");
        for (Resource c : classes)
            if (superclasses(c).stream().noneMatch(set::contains))
                subtree(h, c, set, 0);
        h.append("</ul>");
    }

    private void subtree(StringBuilder h, Resource c, Set<Resource> set, int depth) {
        h.append("<li>").append(termLink(c));
        List<Resource> subs = new ArrayList<>(tbox.listSubjectsWithProperty(RDFS.subClassOf, c)
                .filterKeep(set::contains).toList());
        subs.sort(Comparator.comparing(Resource::getLocalName));
        if (!subs.isEmpty() && depth < 12) {
            h.append("<ul>");
            for (Resource s : subs)
                subtree(h, s, set, depth + 1);
            h.append("</ul>");
        }
        h.append("</li>");
    }

    private List<Resource> superclasses(Resource c) {
        return c.listProperties(RDFS.subClassOf).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(RDFNode::asResource).toList();
    }

    private void classEntry(StringBuilder h, Resource c) {
        h.append("<article class=\"term\" id=\"").append(esc(c.getLocalName())).append("\"><h3>")
                .append(esc(c.getLocalName())).append(" <small>").append(esc(text(c, RDFS.label, "en"))).append(" · ")
                .append(esc(text(c, RDFS.label, "zh"))).append("</small></h3><dl>");
        row(h, "IRI", code(c.getURI()));
        row(h, "Definition", esc(text(c, SKOS.definition, "en")));
        List<String> supers = superclasses(c).stream().map(this::termLink).toList();
        if (!supers.isEmpty())
            row(h, "Subclass of", String.join(", ", supers));
        List<String> subs = tbox.listSubjectsWithProperty(RDFS.subClassOf, c).filterKeep(Resource::isURIResource)
                .mapWith(this::termLink).toList();
        if (!subs.isEmpty())
            row(h, "Superclass of", String.join(", ", subs));
        List<String> domainOf = tbox.listSubjectsWithProperty(RDFS.domain, c).mapWith(this::termLink).toList();
        if (!domainOf.isEmpty())
            row(h, "Properties", String.join(", ", domainOf));
        List<String> rangeOf = tbox.listSubjectsWithProperty(RDFS.range, c).mapWith(this::termLink).toList();
        if (!rangeOf.isEmpty())
            row(h, "Values of", String.join(", ", rangeOf));
        h.append("</dl></article>");
    }

    private void propertyTable(StringBuilder h, List<Resource> props) {
        h.append("<table><thead><tr><th>Property</th><th>Labels</th><th>Domain → range</th><th>Definition</th></tr></thead><tbody>");
        for (Resource p : props) {
            h.append("<tr id=\"").append(esc(p.getLocalName())).append("\"><td><code>dgkg:").append(esc(p.getLocalName()))
                    .append("</code>");
            Resource inverse = resource(p, OWL.inverseOf);
            if (inverse != null)
                h.append("<br><small>inverse of ").append(termLink(inverse)).append("</small>");
            Resource sup = resource(p, RDFS.subPropertyOf);
            if (sup != null)
                h.append("<br><small>sub-property of ").append(termLink(sup)).append("</small>");
            h.append("</td><td>").append(esc(text(p, RDFS.label, "en"))).append("<br>").append(esc(text(p, RDFS.label, "zh")))
                    .append("</td><td>").append(classExpression(resource(p, RDFS.domain))).append(" → ")
                    .append(classExpression(resource(p, RDFS.range))).append("</td><td>").append(esc(text(p, SKOS.definition, "en")))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private String classExpression(Resource r) {
        if (r == null)
            return "—";
        if (r.isURIResource())
            return termLink(r);
        Resource list = resource(r, OWL.unionOf);
        if (list != null && list.canAs(org.apache.jena.rdf.model.RDFList.class)) {
            List<String> parts = list.as(org.apache.jena.rdf.model.RDFList.class).asJavaList().stream()
                    .filter(RDFNode::isURIResource).map(n -> termLink(n.asResource())).toList();
            return String.join(" or ", parts);
        }
        return "(class expression)";
    }

    private void scheme(StringBuilder h, String id, String heading, Resource scheme) {
        h.append("<section id=\"").append(id).append("\"><h2>").append(heading).append("</h2>");
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
        h.append("<p>").append(tops.size()).append(" top concepts; ")
                .append(schemes.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().size()).append(" concepts.</p><ul class=\"tree\">");
        for (Resource t : tops)
            concept(h, t, narrower, 0);
        h.append("</ul></section>");
    }

    private void concept(StringBuilder h, Resource c, Map<Resource, List<Resource>> narrower, int depth) {
        String local = c.getURI().substring(c.getURI().lastIndexOf('/') + 1);
        h.append("<li id=\"").append(esc(local)).append("\"><a href=\"").append(esc(localPath(c.getURI()))).append("\">")
                .append(esc(text(c, SKOS.prefLabel, "zh"))).append("</a> <span class=\"en\">")
                .append(esc(text(c, SKOS.prefLabel, "en"))).append("</span>");
        List<String> alts = c.listProperties(SKOS.altLabel).mapWith(s -> s.getString()).toList();
        if (!alts.isEmpty())
            h.append(" <small title=\"skos:altLabel\">(").append(esc(String.join("、", alts))).append(")</small>");
        List<Resource> kids = new ArrayList<>(narrower.getOrDefault(c, List.of()));
        kids.sort(Comparator.comparing(r -> text(r, SKOS.prefLabel, "en")));
        if (!kids.isEmpty() && depth < 10) {
            h.append("<ul>");
            for (Resource k : kids)
                concept(h, k, narrower, depth + 1);
            h.append("</ul>");
        }
        h.append("</li>");
    }

    private static String localPath(String iri) {
        return iri.startsWith(DGKG.BASE) ? "/" + iri.substring(DGKG.BASE.length()) : iri;
    }

    private String termLink(Resource r) {
        if (r.getURI() == null)
            return "(anonymous)";
        if (r.getURI().startsWith(DGKG.NS))
            return "<a href=\"#" + esc(r.getLocalName()) + "\"><code>dgkg:" + esc(r.getLocalName()) + "</code></a>";
        String prefixed = tbox.qnameFor(r.getURI());
        return "<a href=\"" + esc(r.getURI()) + "\"><code>" + esc(prefixed != null ? prefixed : r.getURI()) + "</code></a>";
    }

    private static void row(StringBuilder h, String key, String valueHtml) {
        h.append("<dt>").append(esc(key)).append("</dt><dd>").append(valueHtml).append("</dd>");
    }

    private static String code(String s) {
        return "<code>" + esc(s) + "</code>";
    }

    private static String link(String iri) {
        return iri.isEmpty() ? "" : "<a href=\"" + esc(iri) + "\">" + esc(iri) + "</a>";
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

    private static final String CSS = """
            .ontology-doc h2{border-bottom:2px solid #d8dee8;padding-bottom:.2rem;margin-top:2.2rem}
            .ontology-doc code{font:13px ui-monospace,Menlo,Consolas,monospace;background:#eef1f5;padding:0 .25rem;border-radius:3px}
            dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.meta dt{font-weight:600}
            .ontology-doc nav{margin:1rem 0;padding:.6rem .8rem;background:#fff;border:1px solid #d8dee8;border-radius:6px}
            .term{background:#fff;border:1px solid #e1e6ee;border-radius:6px;padding:.4rem 1rem;margin:.8rem 0}
            .term dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}.term dt{color:#5a6473}
            .term h3 small{font-weight:400;color:#5a6473}
            .ontology-doc table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #e1e6ee;padding:.35rem .5rem;vertical-align:top;text-align:left}
            ul.tree,ul.tree ul{list-style:none;padding-left:1.2rem;border-left:1px dotted #c5ccd8}
            .en{color:#5a6473}small{color:#6b7482}
            a{color:#1f5fbf;text-decoration:none}a:hover{text-decoration:underline}
            """;
}

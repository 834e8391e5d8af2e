package org.w3id.dgkg.serve.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.w3id.dgkg.serve.web.Labels;
import org.w3id.dgkg.serve.web.Link;

/** Any other resource (an annotation): its triples as a table, blank nodes nested (template {@code resource.jte}). */
public record ResourcePage(String iri, String path, String title, List<Row> rows) {

    /** A property and its value: a link, a literal, or a nested table for a blank node. */
    public record Row(Link property, Link link, String literal, List<Row> nested) {}

    static ResourcePage of(Model m, Resource r, String path) {
        return new ResourcePage(r.getURI(), path, Labels.best(m, r), rows(m, r, 0));
    }

    static List<Row> rows(Model m, Resource r, int depth) {
        List<Statement> sts = m.listStatements(r, null, (RDFNode) null).toList();
        sts.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getObject().toString()));
        List<Row> out = new ArrayList<>();
        for (Statement s : sts) {
            Link p = Link.to(s.getPredicate().getURI(), m.shortForm(s.getPredicate().getURI()));
            RDFNode o = s.getObject();
            if (o.isURIResource())
                out.add(new Row(p, Link.to(o.asResource().getURI(), Labels.bilingual(m, o.asResource())), null, List.of()));
            else if (o.isLiteral())
                out.add(new Row(p, null, o.asLiteral().getLexicalForm(), List.of()));
            else
                out.add(new Row(p, null, null, depth < 4 ? rows(m, o.asResource(), depth + 1) : List.of()));
        }
        return out;
    }
}

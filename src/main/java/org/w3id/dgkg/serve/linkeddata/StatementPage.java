package org.w3id.dgkg.serve.linkeddata;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dgkg.serve.web.Format;
import org.w3id.dgkg.serve.web.Labels;
import org.w3id.dgkg.serve.web.Link;
import org.w3id.dgkg.serve.web.Rdf;
import org.w3id.dgkg.serve.web.ReadableTurtle;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The page of one fact, an {@code rdf:Statement} (template {@code statement.jte}): subject,
 * predicate and object; each evidence sentence with the names marked and a link to the passage
 * in its document; the confidence and the extraction rule; and "cite this fact": a plain-text
 * citation, BibTeX, the IRI, and the fact with its evidence in Turtle and JSON-LD.
 */
public record StatementPage(String iri, String path, String title, Link subject, Link predicate, Link object, List<Evidence> evidence,
        String confidence, String rule, String citation, String bibtex, String turtle, String jsonld) {

    static StatementPage of(Model m, Resource st, String path, BuildStamp stamp) {
        Resource s = st.getPropertyResourceValue(RDF.subject);
        Resource p = st.getPropertyResourceValue(RDF.predicate);
        RDFNode o = st.getProperty(RDF.object) == null ? null : st.getProperty(RDF.object).getObject();
        String sl = s == null ? "?" : Labels.bilingual(m, s);
        String pl = p == null ? "?" : Labels.bilingual(m, p);
        String ol = o == null ? "?" : o.isResource() ? Labels.bilingual(m, o.asResource()) : o.asLiteral().getLexicalForm();
        Set<String> names = new LinkedHashSet<>();
        if (s != null)
            names.addAll(Labels.allNames(m, s));
        if (o != null && o.isResource())
            names.addAll(Labels.allNames(m, o.asResource()));
        List<Evidence> evidence = Evidence.ofStatement(m, st, names);
        String confidence = Evidence.first(m, st, DGKG.confidence);
        String rule = Evidence.first(m, st, DGKG.extractedBy);
        String title = sl + " — " + pl + " — " + ol;
        String year = Integer.toString(stamp.modified().atZone(ZoneOffset.UTC).getYear());
        String built = stamp.modified().atZone(ZoneOffset.UTC).toLocalDate().toString();

        StringBuilder c = new StringBuilder();
        c.append(title).append(". ");
        for (Evidence e : evidence) {
            c.append("Evidence 证据: “").append(e.sentenceText() == null ? "" : e.sentenceText()).append("”");
            if (e.document() != null)
                c.append(" (").append(e.document().label()).append(e.start() != null ? ", characters " + e.start() + "–" + e.end() : "").append(")");
            c.append(". ");
        }
        c.append("dgkg knowledge graph of global digital governance, build of ").append(built).append(". ").append(st.getURI());

        String key = "dgkg-" + st.getURI().substring(st.getURI().lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9-]", "-");
        StringBuilder b = new StringBuilder();
        b.append("@misc{").append(key).append(",\n");
        b.append("  title        = {{").append(bib(title)).append("}},\n");
        b.append("  author       = {{dgkg knowledge graph}},\n");
        b.append("  year         = {").append(year).append("},\n");
        b.append("  howpublished = {\\url{").append(st.getURI()).append("}},\n");
        if (!evidence.isEmpty() && evidence.get(0).sentenceText() != null) {
            Evidence e = evidence.get(0);
            b.append("  note         = {Evidence: ``").append(bib(e.sentenceText())).append("''");
            if (e.document() != null)
                b.append(", in ").append(bib(e.document().label())).append(e.start() != null ? ", characters " + e.start() + "--" + e.end() : "");
            b.append(confidence != null ? "; confidence " + confidence : "").append(rule != null ? "; rule " + bib(rule) : "").append("},\n");
        }
        b.append("  urldate      = {").append(built).append("}\n}");

        Model fact = fact(m, st);
        return new StatementPage(st.getURI(), path, title, link(m, s), link(m, p),
                o == null ? null : o.isResource() ? link(m, o.asResource()) : new Link(null, ol), evidence, confidence, rule,
                c.toString(), b.toString(), ReadableTurtle.write(fact, fact.createResource(st.getURI())),
                new String(Rdf.serialise(fact, Format.JSONLD), StandardCharsets.UTF_8));
    }

    private static Link link(Model m, Resource r) {
        return r == null || !r.isURIResource() ? null : Link.to(r.getURI(), Labels.bilingual(m, r));
    }

    /** BibTeX-safe text: braces and backslashes out, TeX specials escaped. */
    private static String bib(String s) {
        return s.replace("\\", "").replace("{", "(").replace("}", ")").replace("&", "\\&").replace("%", "\\%").replace("#", "\\#")
                .replace("_", "\\_").replace("$", "\\$");
    }

    /** The statement and its evidence annotations (blank nodes followed), with the labels of what they name. */
    static Model fact(Model m, Resource st) {
        Model out = ModelFactory.createDefaultModel();
        Deque<Resource> todo = new ArrayDeque<>(List.of(st));
        Set<Resource> seen = new HashSet<>();
        Set<Resource> named = new HashSet<>();
        while (!todo.isEmpty()) {
            Resource r = todo.pop();
            if (!seen.add(r))
                continue;
            for (Statement t : r.listProperties().toList()) {
                out.add(t);
                RDFNode v = t.getObject();
                if (v.isAnon() || t.getPredicate().equals(DGKG.evidence))
                    todo.add(v.asResource());
                else if (v.isURIResource() && !t.getPredicate().equals(RDF.type))
                    named.add(v.asResource());
            }
        }
        for (Resource r : named)
            for (var lp : List.of(org.apache.jena.vocabulary.SKOS.prefLabel, org.apache.jena.vocabulary.RDFS.label, org.apache.jena.vocabulary.DCTerms.title))
                out.add(m.listStatements(r, lp, (RDFNode) null).toList());
        return out;
    }
}

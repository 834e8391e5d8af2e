package org.w3id.dgkg.serve.linkeddata;

import static org.w3id.dgkg.serve.ui.Html.attr;
import static org.w3id.dgkg.serve.ui.Html.esc;
import static org.w3id.dgkg.serve.ui.Html.href;
import static org.w3id.dgkg.serve.ui.Html.link;

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
import org.w3id.dgkg.serve.ui.Html;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The HTML page of an entity (actor, instrument, event, principle, issue), rendered from its
 * description: names, class, aliases, relations grouped by property with their evidence
 * (sentence with the mention highlighted, document, confidence, deep link), incoming relations,
 * a timeline for actors, the scheme for issues and principles, and the documents mentioning it.
 */
final class EntityPage {
    /** Predicates shown in the header, not as relations. */
    private static final Set<Property> HEADER = Set.of(RDF.type, SKOS.prefLabel, SKOS.altLabel, RDFS.label, DGKG.acronym);
    /** Incoming predicates that are not relations between things. */
    private static final Set<Property> NOT_RELATIONS = Set.of(DGKG.OA_hasBody, DCTerms.source, RDF.subject, RDF.object);
    private static final List<Property> ACTS = List.of(DGKG.issuedBy, DGKG.signatory, DGKG.proposedBy, DGKG.party);

    private EntityPage() {}

    static String render(Model m, Resource e, List<Lookup.DocumentCount> mentions, String alternates) {
        String zh = Labels.in(m, e, "zh");
        String en = Labels.in(m, e, "en");
        String title = Labels.best(m, e);
        StringBuilder b = new StringBuilder();
        b.append("<article class=\"entity\" data-iri=\"").append(attr(e.getURI())).append("\">\n");
        b.append("<h1><span class=\"zh\">").append(esc(zh != null ? zh : title)).append("</span>");
        if (en != null)
            b.append(" <span class=\"en\" lang=\"en\">").append(esc(en)).append("</span>");
        b.append("</h1>\n");

        // class, IRI, acronym, aliases
        b.append("<dl class=\"summary\">\n");
        List<Resource> types = new ArrayList<>();
        for (RDFNode t : m.listObjectsOfProperty(e, RDF.type).toList())
            if (t.isURIResource() && !t.asResource().getURI().startsWith(OWL.getURI()))
                types.add(t.asResource());
        if (!types.isEmpty()) {
            b.append("<dt>Class 类别</dt><dd class=\"classes\">");
            for (Resource t : types)
                b.append(link(t.getURI(), Labels.bilingual(m, t))).append(' ');
            b.append("</dd>\n");
        }
        b.append("<dt>IRI</dt><dd><code class=\"iri\">").append(esc(e.getURI())).append("</code></dd>\n");
        List<String> acr = Labels.literals(m, e, DGKG.acronym);
        if (!acr.isEmpty())
            b.append("<dt>Acronym 缩写</dt><dd>").append(esc(String.join(", ", acr))).append("</dd>\n");
        List<String> alts = Labels.literals(m, e, SKOS.altLabel);
        if (!alts.isEmpty()) {
            b.append("<dt>Aliases 别名</dt><dd class=\"aliases\">");
            for (String a : alts)
                b.append("<span class=\"alias\">").append(esc(a)).append("</span> ");
            b.append("</dd>\n");
        }
        List<String> dates = Labels.literals(m, e, DCTerms.date);
        if (!dates.isEmpty())
            b.append("<dt>Date 日期</dt><dd>").append(esc(String.join(", ", dates))).append("</dd>\n");
        b.append("</dl>\n");
        b.append("<p class=\"formats\">").append(alternates)
                .append(" · <a href=\"/graph?iri=").append(attr(Html.urlParam(e.getURI()))).append("\">graph view 关系图</a></p>\n");

        boolean isActor = hasTypeUnder(m, e, "actor");
        boolean isConcept = e.getURI().startsWith(DGKG.ID + "issue/") || e.getURI().startsWith(DGKG.ID + "principle/");

        if (isConcept)
            scheme(b, m, e);
        if (isActor)
            timeline(b, m, e);

        // outgoing relations, grouped by property
        Map<Property, List<RDFNode>> out = new TreeMap<>(Comparator.comparing(Property::getURI));
        for (Statement s : m.listStatements(e, null, (RDFNode) null).toList())
            if (!HEADER.contains(s.getPredicate()) && !s.getPredicate().equals(DCTerms.date))
                out.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s.getObject());
        if (!out.isEmpty()) {
            b.append("<section class=\"relations\"><h2>Relations 关系</h2>\n");
            out.forEach((p, values) -> group(b, m, e, p, values, true));
            b.append("</section>\n");
        }

        // incoming relations
        Map<Property, List<RDFNode>> in = new TreeMap<>(Comparator.comparing(Property::getURI));
        for (Statement s : m.listStatements(null, null, e).toList())
            if (!NOT_RELATIONS.contains(s.getPredicate()) && s.getSubject().isURIResource()
                    && !isAnnotationOrStatement(s.getSubject()))
                in.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s.getSubject());
        if (!in.isEmpty()) {
            b.append("<section class=\"incoming\"><h2>Incoming relations 被引用</h2>\n");
            in.forEach((p, values) -> group(b, m, e, p, values, false));
            b.append("</section>\n");
        }

        // mentions
        int total = mentions.stream().mapToInt(Lookup.DocumentCount::count).sum();
        b.append("<section class=\"mentions\"><h2>Mentions 提及 <span class=\"count\">").append(total).append("</span></h2>\n");
        if (mentions.isEmpty())
            b.append("<p class=\"muted\">No document mentions it.</p>\n");
        else {
            b.append("<ul class=\"doclist\">\n");
            for (Lookup.DocumentCount d : mentions)
                b.append("<li>").append(link(d.document(), d.title() == null ? d.document() : d.title()))
                        .append(" <span class=\"count\">").append(d.count()).append("</span></li>\n");
            b.append("</ul>\n");
        }
        b.append("</section>\n");
        b.append(cite(e.getURI(), title));
        b.append("</article>\n");
        return b.toString();
    }

    static String cite(String iri, String title) {
        return "<p class=\"cite\">Cite as 引用: " + esc(title) + ". dgkg knowledge graph. <code>" + esc(iri) + "</code></p>\n";
    }

    private static boolean isAnnotationOrStatement(Resource r) {
        String u = r.getURI();
        return u.startsWith(DGKG.ID + "annotation/") || u.startsWith(DGKG.ID + "statement/");
    }

    private static boolean hasTypeUnder(Model m, Resource e, String kind) {
        return e.getURI().startsWith(DGKG.ID + kind + "/");
    }

    /** One property: its values, each linked with its label, each with its evidence. */
    private static void group(StringBuilder b, Model m, Resource e, Property p, List<RDFNode> values, boolean outgoing) {
        b.append("<div class=\"relation\" data-property=\"").append(attr(p.getURI())).append("\"><h3>")
                .append(link(p.getURI(), Labels.bilingual(m, p))).append(outgoing ? "" : " ←").append("</h3>\n<ul>\n");
        values.sort(Comparator.comparing(RDFNode::toString));
        for (RDFNode v : values) {
            b.append("<li>");
            if (v.isURIResource())
                b.append(link(v.asResource().getURI(), Labels.bilingual(m, v.asResource())));
            else if (v.isLiteral())
                b.append("<span class=\"literal\">").append(esc(v.asLiteral().getLexicalForm())).append("</span>");
            else
                b.append("<span class=\"blank\">[…]</span>");
            if (v.isURIResource()) {
                Resource s = outgoing ? e : v.asResource();
                Resource o = outgoing ? v.asResource() : e;
                evidence(b, m, s, p, o);
            }
            b.append("</li>\n");
        }
        b.append("</ul></div>\n");
    }

    /** The evidence of (s p o): every rdf:Statement about it with its annotation. */
    static void evidence(StringBuilder b, Model m, Resource s, Property p, Resource o) {
        List<Resource> statements = new ArrayList<>();
        for (Resource st : m.listSubjectsWithProperty(RDF.subject, s).toList())
            if (m.contains(st, RDF.predicate, p) && m.contains(st, RDF.object, o))
                statements.add(st);
        if (statements.isEmpty())
            return;
        statements.sort(Comparator.comparing(Resource::getURI, Comparator.nullsLast(Comparator.naturalOrder())));
        Set<String> names = new LinkedHashSet<>();
        names.addAll(Labels.allNames(m, s));
        names.addAll(Labels.allNames(m, o));
        b.append("<ul class=\"evidence\">\n");
        for (Resource st : statements) {
            String confidence = first(m, st, DGKG.confidence);
            String rule = first(m, st, DGKG.extractedBy);
            for (RDFNode evNode : m.listObjectsOfProperty(st, DGKG.evidence).toList()) {
                if (!evNode.isResource())
                    continue;
                Resource ev = evNode.asResource();
                String sentence = first(m, ev, DGKG.sentence);
                Resource doc = null;
                Integer start = null, end = null;
                for (RDFNode t : m.listObjectsOfProperty(ev, DGKG.OA_hasTarget).toList()) {
                    Resource target = t.asResource();
                    RDFNode src = target.getPropertyResourceValue(DGKG.OA_hasSource);
                    if (src != null)
                        doc = src.asResource();
                    for (RDFNode selN : m.listObjectsOfProperty(target, DGKG.OA_hasSelector).toList()) {
                        Resource sel = selN.asResource();
                        if (m.contains(sel, RDF.type, DGKG.OA_TextPositionSelector)) {
                            String a = first(m, sel, DGKG.OA_start), z = first(m, sel, DGKG.OA_end);
                            try {
                                start = Integer.valueOf(a);
                                end = Integer.valueOf(z);
                            } catch (RuntimeException ex) {
                                start = end = null;
                            }
                        }
                        if (sentence == null && m.contains(sel, RDF.type, DGKG.OA_TextQuoteSelector))
                            sentence = first(m, sel, DGKG.OA_exact);
                    }
                }
                b.append("<li class=\"ev\" data-statement=\"").append(attr(st.getURI() == null ? "" : st.getURI())).append("\">");
                b.append("<blockquote class=\"sentence\">").append(Highlight.html(sentence == null ? "" : sentence, names)).append("</blockquote>");
                b.append("<p class=\"source\">");
                if (doc != null && doc.isURIResource()) {
                    String docHref = href(doc.getURI()) + (start != null ? "#char=" + start + "," + end : "");
                    b.append("<a class=\"doclink\" href=\"").append(attr(docHref)).append("\">")
                            .append(esc(Labels.best(m, doc))).append("</a>");
                }
                if (confidence != null)
                    b.append(" <span class=\"confidence\" title=\"confidence 置信度\">").append(esc(confidence)).append("</span>");
                if (rule != null)
                    b.append(" <span class=\"rule\">").append(esc(rule)).append("</span>");
                if (st.getURI() != null)
                    b.append(" ").append("<a class=\"stmt\" href=\"").append(attr(href(st.getURI()))).append("\">statement</a>");
                b.append("</p></li>\n");
            }
        }
        b.append("</ul>\n");
    }

    private static String first(Model m, Resource r, Property p) {
        for (RDFNode n : m.listObjectsOfProperty(r, p).toList())
            return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        return null;
    }

    /** Issues and principles: broader, narrower, scheme. */
    private static void scheme(StringBuilder b, Model m, Resource e) {
        List<Resource> broader = new ArrayList<>(), narrower = new ArrayList<>();
        m.listObjectsOfProperty(e, SKOS.broader).forEachRemaining(n -> { if (n.isURIResource()) broader.add(n.asResource()); });
        m.listSubjectsWithProperty(SKOS.broader, e).forEachRemaining(narrower::add);
        m.listObjectsOfProperty(e, SKOS.narrower).forEachRemaining(n -> {
            if (n.isURIResource() && !narrower.contains(n.asResource())) narrower.add(n.asResource());
        });
        b.append("<section class=\"scheme\"><h2>In the scheme 概念体系</h2>\n<dl>");
        b.append("<dt>Broader 上位</dt><dd>").append(list(m, broader)).append("</dd>");
        b.append("<dt>Narrower 下位</dt><dd>").append(list(m, narrower)).append("</dd>");
        b.append("</dl></section>\n");
    }

    private static String list(Model m, List<Resource> rs) {
        if (rs.isEmpty())
            return "<span class=\"muted\">—</span>";
        StringBuilder b = new StringBuilder();
        rs.stream().sorted(Comparator.comparing(Resource::getURI)).forEach(r -> b.append(link(r.getURI(), Labels.bilingual(m, r))).append(' '));
        return b.toString();
    }

    /** Actors: instruments they issued, signed, proposed or are party to, by date; principles advocated. */
    private static void timeline(StringBuilder b, Model m, Resource e) {
        record Act(String date, Resource instrument, Property role) {}
        List<Act> acts = new ArrayList<>();
        for (Property role : ACTS)
            for (Resource i : m.listSubjectsWithProperty(role, e).toList())
                if (i.isURIResource()) {
                    List<String> d = Labels.literals(m, i, DCTerms.date);
                    acts.add(new Act(d.isEmpty() ? "" : d.get(0), i, role));
                }
        List<Resource> principles = new ArrayList<>();
        m.listObjectsOfProperty(e, DGKG.advocates).forEachRemaining(n -> { if (n.isURIResource()) principles.add(n.asResource()); });
        b.append("<section class=\"timeline\"><h2>Timeline 时间线</h2>\n");
        if (acts.isEmpty())
            b.append("<p class=\"muted\">No instruments issued, signed or proposed are recorded yet.</p>\n");
        else {
            acts.sort(Comparator.comparing((Act a) -> a.date().isEmpty() ? "9999" : a.date()).thenComparing(a -> a.instrument().getURI()));
            b.append("<ol class=\"timeline\">\n");
            for (Act a : acts)
                b.append("<li><time>").append(esc(a.date().isEmpty() ? "undated" : a.date())).append("</time> <span class=\"role\">")
                        .append(esc(Labels.bilingual(m, a.role()))).append("</span> ")
                        .append(link(a.instrument().getURI(), Labels.bilingual(m, a.instrument()))).append("</li>\n");
            b.append("</ol>\n");
        }
        if (!principles.isEmpty())
            b.append("<p>Advocates 倡导: ").append(list(m, principles)).append("</p>\n");
        b.append("</section>\n");
    }
}

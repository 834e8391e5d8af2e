package org.w3id.dgkg.serve.linkeddata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.dgkg.serve.web.Highlight;
import org.w3id.dgkg.serve.web.Html;
import org.w3id.dgkg.serve.web.Labels;
import org.w3id.dgkg.serve.web.Link;
import org.w3id.dgkg.vocab.DGKG;

/**
 * One piece of evidence for a fact, as pages show it: the statement (its page), the sentence
 * with the names of subject and object marked, the document and the link to the passage
 * ({@code #char=start,end}), the confidence and the rule that read it.
 */
public record Evidence(String statementHref, List<Highlight.Piece> sentence, String sentenceText, Link document, String passageHref,
        Integer start, Integer end, String confidence, String rule) {

    /** The evidence of (s p o): every rdf:Statement about it in the description, with its annotations. */
    static List<Evidence> of(Model m, Resource s, Property p, Resource o, Collection<String> names) {
        List<Resource> statements = new ArrayList<>();
        for (Resource st : m.listSubjectsWithProperty(RDF.subject, s).toList())
            if (m.contains(st, RDF.predicate, p) && m.contains(st, RDF.object, o))
                statements.add(st);
        statements.sort(Comparator.comparing(Resource::getURI, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Evidence> out = new ArrayList<>();
        for (Resource st : statements)
            out.addAll(ofStatement(m, st, names));
        return out;
    }

    /** The evidence of one statement: one entry per evidence annotation. */
    static List<Evidence> ofStatement(Model m, Resource st, Collection<String> names) {
        String confidence = first(m, st, DGKG.confidence);
        String rule = first(m, st, DGKG.extractedBy);
        List<Evidence> out = new ArrayList<>();
        for (RDFNode evNode : m.listObjectsOfProperty(st, DGKG.evidence).toList()) {
            if (!evNode.isResource())
                continue;
            Resource ev = evNode.asResource();
            String sentence = first(m, ev, DGKG.sentence);
            Resource doc = null;
            Integer start = null, end = null;
            for (RDFNode t : m.listObjectsOfProperty(ev, DGKG.OA_hasTarget).toList()) {
                if (!t.isResource())
                    continue;
                Resource target = t.asResource();
                Resource src = target.getPropertyResourceValue(DGKG.OA_hasSource);
                if (src != null)
                    doc = src;
                for (RDFNode selN : m.listObjectsOfProperty(target, DGKG.OA_hasSelector).toList()) {
                    Resource sel = selN.asResource();
                    if (m.contains(sel, RDF.type, DGKG.OA_TextPositionSelector)) {
                        try {
                            start = Integer.valueOf(first(m, sel, DGKG.OA_start));
                            end = Integer.valueOf(first(m, sel, DGKG.OA_end));
                        } catch (RuntimeException ex) {
                            start = end = null;
                        }
                    }
                    if (sentence == null && m.contains(sel, RDF.type, DGKG.OA_TextQuoteSelector))
                        sentence = first(m, sel, DGKG.OA_exact);
                }
            }
            Link docLink = doc != null && doc.isURIResource() ? Link.to(doc.getURI(), Labels.best(m, doc)) : null;
            String passage = docLink == null ? null : docLink.href() + (start != null ? "#char=" + start + "," + end : "");
            out.add(new Evidence(st.getURI() == null ? null : Html.href(st.getURI()), Highlight.pieces(sentence, names), sentence,
                    docLink, passage, start, end, confidence, rule));
        }
        return out;
    }

    static String first(Model m, Resource r, Property p) {
        for (RDFNode n : m.listObjectsOfProperty(r, p).toList())
            return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
        return null;
    }
}

package org.w3id.dgkg.serve.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.dgkg.vocab.DGKG;

/** Picks display names from a description. */
public final class Labels {
    private Labels() {}

    private static final List<Property> ORDER = List.of(SKOS.prefLabel, RDFS.label, DCTerms.title);

    /** The name in a language ("zh", "en"), or null. */
    public static String in(Model m, Resource r, String lang) {
        for (Property p : ORDER)
            for (RDFNode n : m.listObjectsOfProperty(r, p).toList())
                if (n.isLiteral() && n.asLiteral().getLanguage().toLowerCase().startsWith(lang))
                    return n.asLiteral().getLexicalForm();
        return null;
    }

    /** The best display name: Chinese, else English, else any label, else the IRI's last part. */
    public static String best(Model m, Resource r) {
        String zh = in(m, r, "zh");
        if (zh != null)
            return zh;
        String en = in(m, r, "en");
        if (en != null)
            return en;
        for (Property p : ORDER)
            for (RDFNode n : m.listObjectsOfProperty(r, p).toList())
                if (n.isLiteral())
                    return n.asLiteral().getLexicalForm();
        return localName(r);
    }

    /** "中文 (English)" when both exist. */
    public static String bilingual(Model m, Resource r) {
        String zh = in(m, r, "zh");
        String en = in(m, r, "en");
        if (zh != null && en != null && !zh.equals(en))
            return zh + " (" + en + ")";
        return best(m, r);
    }

    public static String localName(Resource r) {
        if (r.isAnon())
            return "_:" + r.getId();
        String u = r.getURI();
        if (u.startsWith(DGKG.ID))
            return u.substring(DGKG.ID.length());
        int i = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        return i >= 0 && i < u.length() - 1 ? u.substring(i + 1) : u;
    }

    /** Every name of a resource (labels, alternative labels, acronym), for finding it in text. */
    public static Set<String> allNames(Model m, Resource r) {
        Set<String> names = new LinkedHashSet<>();
        for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, RDFS.label, DGKG.acronym, DCTerms.title))
            for (RDFNode n : m.listObjectsOfProperty(r, p).toList())
                if (n.isLiteral() && !n.asLiteral().getLexicalForm().isBlank())
                    names.add(n.asLiteral().getLexicalForm());
        return names;
    }

    public static List<String> literals(Model m, Resource r, Property p) {
        List<String> out = new ArrayList<>();
        for (RDFNode n : m.listObjectsOfProperty(r, p).toList())
            if (n.isLiteral()) {
                Literal l = n.asLiteral();
                out.add(l.getLexicalForm());
            }
        return out;
    }
}

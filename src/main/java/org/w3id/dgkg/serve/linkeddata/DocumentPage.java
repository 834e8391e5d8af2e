package org.w3id.dgkg.serve.linkeddata;

import static org.w3id.dgkg.serve.ui.Html.attr;
import static org.w3id.dgkg.serve.ui.Html.esc;
import static org.w3id.dgkg.serve.ui.Html.href;
import static org.w3id.dgkg.serve.ui.Html.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The page of a source document: its metadata and its original text with every mention
 * highlighted and linked to its entity. Offsets are code points into the original file (as in
 * the annotations' {@code oa:TextPositionSelector}); each mark carries them in
 * {@code data-start}/{@code data-end}, and {@code #char=start,end} (RFC 5147) selects a range:
 * the page's script scrolls to it and highlights it.
 */
final class DocumentPage {
    private DocumentPage() {}

    static String render(Model m, Resource doc, List<Lookup.Annotation> annotations, String alternates) {
        String text = first(m, doc, DGKG.SCHEMA_text);
        StringBuilder b = new StringBuilder();
        String zh = Labels.in(m, doc, "zh"), en = Labels.in(m, doc, "en");
        b.append("<article class=\"document\" data-iri=\"").append(attr(doc.getURI())).append("\">\n");
        b.append("<h1><span class=\"zh\">").append(esc(zh != null ? zh : Labels.best(m, doc))).append("</span>");
        if (en != null)
            b.append(" <span class=\"en\" lang=\"en\">").append(esc(en)).append("</span>");
        b.append("</h1>\n<dl class=\"summary\">\n");
        row(b, "Publisher 发布者", String.join(" / ", Labels.literals(m, doc, DCTerms.publisher)));
        row(b, "Issued 发布日期", String.join(", ", Labels.literals(m, doc, DCTerms.issued)));
        row(b, "Characters 字数", first(m, doc, DGKG.charCount));
        row(b, "File 文件", first(m, doc, DCTerms.source));
        b.append("<dt>IRI</dt><dd><code class=\"iri\">").append(esc(doc.getURI())).append("</code></dd>\n");
        long mentions = annotations.stream().filter(a -> !a.describing() && a.body() != null).count();
        row(b, "Annotations 标注", Long.toString(mentions));
        b.append("</dl>\n<p class=\"formats\">").append(alternates).append("</p>\n");

        // entities mentioned, most frequent first
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Lookup.Annotation a : annotations)
            if (a.body() != null) {
                counts.computeIfAbsent(a.body(), k -> new int[1])[0]++;
                labels.putIfAbsent(a.body(), a.bodyLabel() != null ? a.bodyLabel() : Labels.localName(m.createResource(a.body())));
            }
        if (!counts.isEmpty()) {
            b.append("<details class=\"entities\"><summary>Entities mentioned 提及的实体 (").append(counts.size()).append(")</summary><p>");
            counts.entrySet().stream().sorted((x, y) -> y.getValue()[0] - x.getValue()[0]).forEach(e ->
                    b.append(link(e.getKey(), labels.get(e.getKey()))).append("<span class=\"count\">").append(e.getValue()[0]).append("</span> "));
            b.append("</p></details>\n");
        }

        b.append("<p class=\"hint muted\">Link to a passage with <code>#char=start,end</code> (character offsets, RFC 5147).</p>\n");
        b.append("<div id=\"doctext\" class=\"doctext\" lang=\"zh\">");
        if (text != null)
            b.append(marked(text, annotations));
        b.append("</div>\n");
        b.append(EntityPage.cite(doc.getURI(), zh != null ? zh : Labels.best(m, doc)));
        b.append("</article>\n");
        return b.toString();
    }

    private static void row(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank())
            b.append("<dt>").append(esc(name)).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    /** The text, escaped, with mentions wrapped in links; nested or overlapping mentions after the first are left plain. */
    static String marked(String text, List<Lookup.Annotation> annotations) {
        int cps = text.codePointCount(0, text.length());
        StringBuilder b = new StringBuilder(text.length() * 2);
        int atCp = 0, atChar = 0;
        for (Lookup.Annotation a : annotations) {
            if (a.describing() || a.body() == null || a.start() < atCp || a.end() <= a.start() || a.end() > cps)
                continue;
            int s = text.offsetByCodePoints(atChar, a.start() - atCp);
            int e = text.offsetByCodePoints(s, a.end() - a.start());
            b.append(esc(text.substring(atChar, s)));
            b.append("<a class=\"mention\" href=\"").append(attr(href(a.body()))).append("\" data-start=\"").append(a.start())
                    .append("\" data-end=\"").append(a.end()).append("\" title=\"").append(attr(a.bodyLabel() == null ? a.body() : a.bodyLabel()))
                    .append("\">").append(esc(text.substring(s, e))).append("</a>");
            atChar = e;
            atCp = a.end();
        }
        b.append(esc(text.substring(atChar)));
        return b.toString();
    }

    private static String first(Model m, Resource r, org.apache.jena.rdf.model.Property p) {
        var it = m.listObjectsOfProperty(r, p);
        return it.hasNext() ? it.next().asLiteral().getLexicalForm() : null;
    }
}

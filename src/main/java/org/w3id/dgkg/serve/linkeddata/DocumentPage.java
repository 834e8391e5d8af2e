package org.w3id.dgkg.serve.linkeddata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.dgkg.serve.web.Html;
import org.w3id.dgkg.serve.web.Labels;
import org.w3id.dgkg.serve.web.Link;
import org.w3id.dgkg.serve.web.Lookup;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The model of a source document's page (template {@code document.jte}): metadata, the entities
 * it mentions, and its original text with every mention linked and coloured by kind.
 * <p>
 * The reading view opens on the text: the front matter (title page, contents, the short lines
 * before the first paragraph) is folded, footnote marks left by PDF extraction ({@code ^{[17]}},
 * {@code [3][4]}) are hidden, and line breaks inside a sentence are not shown. Nothing is removed:
 * every character of the original stays in the page in order, so the code-point offsets of
 * {@code #char=start,end} (RFC 5147) and of the annotations still address the same text.
 */
public record DocumentPage(String iri, String path, String title, String zh, String en, List<Field> fields, List<EntityCount> entities,
        List<Kind> legend, List<Part> front, List<Part> body) {

    public record Field(String name, String value) {}

    public record EntityCount(Link entity, String kind, int count) {}

    /** A kind of highlighted mention, for the legend. */
    public record Kind(String kind, String zh, String en, int count) {}

    /**
     * A piece of the text: a mention (href set), footnote debris, a line break inside a sentence,
     * or plain text.
     */
    public record Part(String text, String href, int start, int end, String title, String kind, boolean debris, boolean softBreak) {}

    private static final Map<String, String[]> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("actor", new String[] {"行为体", "actor"});
        KINDS.put("instrument", new String[] {"文书", "instrument"});
        KINDS.put("event", new String[] {"事件", "event"});
        KINDS.put("principle", new String[] {"原则", "principle"});
        KINDS.put("issue", new String[] {"议题", "issue"});
    }

    /** Footnote marks as PDF extraction leaves them: superscript groups and runs of bracketed numbers. */
    static final Pattern DEBRIS = Pattern.compile("\\^\\{[^{}\\n]{0,60}\\}|\\^\\[\\d{1,3}\\]|(?:\\[\\d{1,3}\\]){1,12}");
    /**
     * A line that reads as running text: long enough, with the commas or full stops of sentences
     * (titles and contents lines have none), and not a "label：value" line of a title page
     * (题目：…, 作者：…).
     */
    static final Pattern PARAGRAPH = Pattern.compile("^(?=.{15,})(?!.{0,6}：).*[，。]");
    /** A line shorter than this is a heading or a list entry; its line break is kept. */
    static final int FULL_LINE = 15;
    /** A line break, with the spaces around it and at most one blank line. */
    static final Pattern BREAK = Pattern.compile("[ \\t\u3000\u2005\u00a0]*\n[ \\t\u3000\u2005\u00a0]*(?:\n[ \\t\u3000\u2005\u00a0]*)?");

    static DocumentPage of(Model m, Resource doc, String path, List<Lookup.Annotation> annotations) {
        String text = Evidence.first(m, doc, DGKG.SCHEMA_text);
        String zh = Labels.in(m, doc, "zh"), en = Labels.in(m, doc, "en");
        List<Field> fields = new ArrayList<>();
        field(fields, "Publisher 发布者", String.join(" / ", Labels.literals(m, doc, DCTerms.publisher)));
        field(fields, "Issued 发布日期", String.join(", ", Labels.literals(m, doc, DCTerms.issued)));
        field(fields, "Characters 字数", Evidence.first(m, doc, DGKG.charCount));
        field(fields, "File 文件", Evidence.first(m, doc, DCTerms.source));
        long mentions = annotations.stream().filter(a -> !a.describing() && a.body() != null).count();
        field(fields, "Annotations 标注", Long.toString(mentions));

        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Lookup.Annotation a : annotations)
            if (a.body() != null && !a.describing()) {
                counts.computeIfAbsent(a.body(), k -> new int[1])[0]++;
                labels.putIfAbsent(a.body(), a.bodyLabel() != null ? a.bodyLabel() : Labels.localName(m.createResource(a.body())));
            }
        List<EntityCount> entities = counts.entrySet().stream().sorted((x, y) -> y.getValue()[0] - x.getValue()[0])
                .map(e -> new EntityCount(Link.to(e.getKey(), labels.get(e.getKey())), kind(e.getKey()), e.getValue()[0])).toList();
        Map<String, Integer> byKind = new TreeMap<>();
        entities.forEach(e -> byKind.merge(e.kind(), e.count(), Integer::sum));
        List<Kind> legend = new ArrayList<>();
        KINDS.forEach((k, names) -> {
            if (byKind.containsKey(k))
                legend.add(new Kind(k, names[0], names[1], byKind.get(k)));
        });

        List<Part> parts = text == null ? List.of() : parts(text, annotations);
        int frontEnd = text == null ? 0 : frontMatterEnd(text);
        List<Part> front = new ArrayList<>(), body = new ArrayList<>();
        for (Part p : parts) {
            if (p.start() < frontEnd && frontEnd < p.end() && p.href() == null) {
                int cut = p.text().offsetByCodePoints(0, frontEnd - p.start());
                front.add(new Part(p.text().substring(0, cut), null, p.start(), frontEnd, null, null, p.debris(), p.softBreak()));
                body.add(new Part(p.text().substring(cut), null, frontEnd, p.end(), null, null, p.debris(), p.softBreak()));
            } else
                (p.end() <= frontEnd ? front : body).add(p);
        }
        return new DocumentPage(doc.getURI(), path, zh != null ? zh : Labels.best(m, doc), zh, en, fields, entities, legend, front, body);
    }

    private static void field(List<Field> fields, String name, String value) {
        if (value != null && !value.isBlank())
            fields.add(new Field(name, value));
    }

    static String kind(String iri) {
        if (!iri.startsWith(DGKG.ID))
            return "other";
        String rest = iri.substring(DGKG.ID.length());
        int slash = rest.indexOf('/');
        return slash > 0 ? rest.substring(0, slash) : "other";
    }

    /**
     * Where the text proper starts, in code points: the start of the first line that reads as
     * running text, when what comes before it is short lines (a title page, a table of contents).
     * 0 when the document starts with running text.
     */
    static int frontMatterEnd(String text) {
        int at = 0;
        for (String line : text.split("\n", -1)) {
            if (PARAGRAPH.matcher(line).find())
                return text.codePointCount(0, at);
            at += line.length() + 1;
        }
        return 0;
    }

    /** The text cut into parts: mentions (first of overlapping ones), then debris and soft breaks in the plain stretches. */
    static List<Part> parts(String text, List<Lookup.Annotation> annotations) {
        List<int[]> special = special(text);
        List<Lookup.Annotation> sorted = new ArrayList<>(annotations);
        sorted.sort(Comparator.comparingInt(Lookup.Annotation::start).thenComparing(Comparator.comparingInt(Lookup.Annotation::end).reversed()));
        int cps = text.codePointCount(0, text.length());
        List<Part> out = new ArrayList<>();
        int atCp = 0, atChar = 0;
        for (Lookup.Annotation a : sorted) {
            if (a.describing() || a.body() == null || a.start() < atCp || a.end() <= a.start() || a.end() > cps)
                continue;
            int s = text.offsetByCodePoints(atChar, a.start() - atCp);
            int e = text.offsetByCodePoints(s, a.end() - a.start());
            plain(out, text, atChar, s, atCp, special);
            out.add(new Part(text.substring(s, e), Html.href(a.body()), a.start(), a.end(), a.bodyLabel() == null ? a.body() : a.bodyLabel(),
                    kind(a.body()), false, false));
            atChar = e;
            atCp = a.end();
        }
        plain(out, text, atChar, text.length(), atCp, special);
        return out;
    }

    /** Footnote debris (kind 0) and line breaks inside sentences (kind 1) in the whole text: {start, end, kind} in chars. */
    static List<int[]> special(String text) {
        List<int[]> special = new ArrayList<>();
        Matcher d = DEBRIS.matcher(text);
        while (d.find())
            special.add(new int[] {d.start(), d.end(), 0});
        Matcher br = BREAK.matcher(text);
        while (br.find()) {
            int from = br.start(), to = br.end();
            if (softBreak(text, from, to) && special.stream().noneMatch(x -> x[0] < to && from < x[1]))
                special.add(new int[] {from, to, 1});
        }
        special.sort(Comparator.comparingInt(x -> x[0]));
        return special;
    }

    /** The plain text {@code [from, to)} (chars; {@code fromCp} in code points) as parts, cut at the special spans inside it. */
    private static void plain(List<Part> out, String text, int from, int to, int fromCp, List<int[]> special) {
        int at = from, atCp = fromCp;
        for (int[] x : special) {
            if (x[1] <= at || x[0] >= to)
                continue;
            int a = Math.max(x[0], at), b = Math.min(x[1], to);
            atCp = add(out, text, at, a, atCp, false, false);
            atCp = add(out, text, a, b, atCp, x[2] == 0, x[2] == 1);
            at = b;
        }
        add(out, text, at, to, atCp, false, false);
    }

    /**
     * A line break inside a sentence, as PDF extraction leaves them ({@code s[from, to)}: the
     * break with its spaces and at most one blank line): after a full line (not a heading or a
     * list entry) that does not end a sentence, before more text.
     */
    static boolean softBreak(String s, int from, int to) {
        if (from == 0 || to >= s.length())
            return false;
        char before = s.charAt(from - 1), after = s.charAt(to);
        if (Character.isWhitespace(after))
            return false;
        int lineStart = s.lastIndexOf('\n', from - 1) + 1;
        if (s.codePointCount(lineStart, from) < FULL_LINE)
            return false;
        return "。！？；：.!?;:」』”）)]}".indexOf(before) < 0; // ] and }: a footnote mark after a sentence
    }

    /** Adds {@code text[from, to)} starting at code point {@code startCp}; returns the code point after it. */
    private static int add(List<Part> out, String text, int from, int to, int startCp, boolean debris, boolean softBreak) {
        if (from >= to)
            return startCp;
        int end = startCp + text.codePointCount(from, to);
        out.add(new Part(text.substring(from, to), null, startCp, end, null, null, debris, softBreak));
        return end;
    }
}

package org.w3id.dgkg.serve.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.dgkg.serve.web.Highlight;
import org.w3id.dgkg.serve.web.Html;
import org.w3id.dgkg.serve.web.Link;

/**
 * The search page's model (template {@code search.jte}). Sentence hits that say the same thing
 * (the same text up to spacing, punctuation and a few characters: a sentence quoted in several
 * documents, or repeated in a report's summary and body) form one group, shown once with every
 * place it comes from.
 */
public record SearchPage(String q, List<SearchModule.EntityHit> entities, List<Group> groups, int sentences) {

    /** Where a sentence comes from: the document, and the link to the passage in it. */
    public record Place(Link document, String passageHref) {}

    /** Near-identical sentences: the first as shown, the places of all, the entities they mention. */
    public record Group(List<Highlight.Piece> sentence, List<Place> places, List<Link> mentions) {}

    /** Two sentences whose character bigrams overlap this much (Jaccard) are one group. */
    static final double SAME = 0.8;

    static SearchPage empty() {
        return new SearchPage(null, List.of(), List.of(), 0);
    }

    static SearchPage of(String q, List<SearchModule.EntityHit> entities, List<SearchModule.SentenceHit> hits) {
        record Draft(String text, Set<String> grams, Map<String, Place> places, Map<String, Link> mentions) {}
        List<Draft> drafts = new ArrayList<>();
        int sentences = 0;
        Set<String> seen = new HashSet<>();
        for (SearchModule.SentenceHit h : hits) {
            if (seen.add(h.doc() + "\u0000" + h.sentence()))
                sentences++;
            Set<String> grams = bigrams(h.sentence());
            Draft into = null;
            for (Draft d : drafts)
                if (jaccard(d.grams(), grams) >= SAME) {
                    into = d;
                    break;
                }
            if (into == null) {
                into = new Draft(h.sentence(), grams, new LinkedHashMap<>(), new LinkedHashMap<>());
                drafts.add(into);
            }
            String passage = Html.href(h.doc()) + (h.end() > 0 ? "#char=" + h.start() + "," + h.end() : "");
            into.places().putIfAbsent(h.doc() + " " + h.start(), new Place(Link.to(h.doc(), h.docTitle()), passage));
            if (h.body() != null)
                into.mentions().putIfAbsent(h.body(), Link.to(h.body(), h.bodyLabel()));
        }
        List<Group> groups = drafts.stream().map(d -> new Group(Highlight.pieces(d.text(), List.of(q)),
                List.copyOf(d.places().values()), List.copyOf(d.mentions().values()))).toList();
        return new SearchPage(q, entities, groups, sentences);
    }

    /** The sentence's character bigrams, ignoring spaces, punctuation and symbols. */
    static Set<String> bigrams(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= b.length(); i++)
            out.add(b.substring(i, i + 2));
        if (out.isEmpty())
            out.add(b.toString());
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        int inter = 0;
        for (String x : a)
            if (b.contains(x))
                inter++;
        int union = a.size() + b.size() - inter;
        return union == 0 ? 1 : (double) inter / union;
    }
}

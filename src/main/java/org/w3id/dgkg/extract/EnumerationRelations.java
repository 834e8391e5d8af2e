package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * The relations a list states about its governor ({@link Enumerations}): the governor's class, the items' class and the
 * kind of verb between pick the predicate in {@code enumeration-predicates.tsv} (an instrument and a list of principles:
 * embodies, with or without a verb — 《X》提出七项原则，即A、B…; 《X》以A、B为核心原则; an actor, a list of principles and
 * a verb of stance or stating: advocates, in any position of the list — X坚持A、B的原则, X提出了A、B三项原则).
 * Each item that names a concept the sentence found (a scheme concept or a discovered one) is the object. A list that is
 * blocked (a question, another actor's words, background, a plan, hope, negation or condition) states nothing.
 */
final class EnumerationRelations {
    private EnumerationRelations() {}

    static final String RULE_EMBODIES = "embodies-enumerated";
    static final String RULE_ADVOCATES = "advocates-enumerated";

    private record Row(String governor, String items, String verb, String predicate) {}

    private static List<Row> rows() {
        return Lexicon.cached("enumeration-relations|rows", () -> {
            List<Row> out = new ArrayList<>();
            for (Lexicon.Row r : Lexicon.rows("enumeration-predicates.tsv"))
                out.add(new Row(r.word(), r.get("items"), r.get("verb"), r.get("predicate")));
            return List.copyOf(out);
        });
    }

    /** The predicate a list states about its governor, or null. */
    static String predicate(Enumeration e) {
        String governor = e.governor().top();
        String items = e.itemClass() == null ? "-" : e.itemClass();
        for (Row r : rows())
            if (r.governor.equals(governor) && r.items.equals(items) && (r.verb.equals("any") || r.verb.equals(e.verbKind())))
                return r.predicate;
        return null;
    }

    static void apply(String text, List<Hit> hits, Discourse discourse, List<Rel> out) {
        for (Enumeration e : Enumerations.find(text, hits, discourse)) {
            if (!e.stated())
                continue;
            String predicate = predicate(e);
            if (predicate == null)
                continue;
            String rule = predicate + "-enumerated"; // embodies-enumerated, advocates-enumerated (rules.tsv lists each)
            Hit g = e.governor();
            for (Enumeration.Item item : e.items())
                for (Hit c : named(hits, item, predicate.equals("opposes")))
                    if (!c.iri().equals(g.iri()))
                        out.add(new Rel(g.iri(), predicate, c.iri(), Math.min(g.start(), c.start()), Math.max(g.end(), c.end()), 0.6, rule, false));
        }
    }

    /** The concepts an item names: the one hit spanning it, else those inside it. */
    private static List<Hit> named(List<Hit> hits, Enumeration.Item item, boolean issues) {
        List<Hit> inside = new ArrayList<>();
        for (Hit h : hits) {
            if (!(h.top().equals("Principle") || issues && h.top().equals("Issue")))
                continue;
            if (h.start() <= item.start() && h.end() >= item.end())
                return List.of(h);
            if (h.start() >= item.start() && h.end() <= item.end())
                inside.add(h);
        }
        return inside;
    }
}

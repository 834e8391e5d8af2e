package org.w3id.dgkg.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The scores of one build against one gold set, printable as a table or as JSON. */
public record EvalResult(
        Tally entities, Tally entityExactClass, Map<String, Tally> entitiesByClass, Map<String, Tally> entitiesByDocument,
        Tally factsStrict, Tally factsLenient, Map<String, Tally[]> factsByPredicate, Map<String, Tally[]> factsByDocument,
        Tally datesStrict, Tally datesLenient, Tally datesApproximate, Tally evidence,
        List<String> negativeHits, int negativesChecked, List<String> missedEntities, List<String> missedFacts,
        List<SampleItem> sample, int statements, Precision precision) {

    /**
     * Precision where the gold is exhaustive per document (null otherwise); each {@link Tally} is
     * correct/statements. {@code unscored}: statements of predicates the gold never uses (signatoryCount,
     * concernedWith).
     */
    public record Precision(Tally all, Map<String, Tally> byPredicate, Map<String, Tally> byRule, Map<String, Tally> calibration,
            List<String> falsePositives, int unscored) {}

    /** found out of total. */
    public record Tally(int found, int total) {
        public double rate() {
            return total == 0 ? 1.0 : (double) found / total;
        }

        Tally plus(boolean hit) {
            return new Tally(found + (hit ? 1 : 0), total + 1);
        }

        static Tally zero() {
            return new Tally(0, 0);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%3d/%-3d %5.2f", found, total, rate());
        }

        /** As {@link #json()}, for a precision: correct of statements. */
        JsonObject precisionJson() {
            JsonObject o = new JsonObject();
            o.put("correct", found);
            o.put("statements", total);
            o.put("precision", org.apache.jena.atlas.json.JsonNumber.value(Math.round(rate() * 1000) / 1000.0));
            return o;
        }

        JsonObject json() {
            JsonObject o = new JsonObject();
            o.put("found", found);
            o.put("total", total);
            o.put("recall", org.apache.jena.atlas.json.JsonNumber.value(Math.round(rate() * 1000) / 1000.0));
            return o;
        }
    }

    /** One extracted statement with the sentence that supports it, for judging precision. */
    public record SampleItem(int n, String subject, String predicate, String object, String document, String rule,
            double confidence, String sentence) {}

    public String text() {
        StringBuilder b = new StringBuilder();
        b.append("dgkg eval — recall on the gold rows (found/total rate)\n\n");
        b.append(String.format(Locale.ROOT, "%-46s %s%n", "entities (top class, mention in the document)", entities));
        b.append(String.format(Locale.ROOT, "%-46s %s%n", "  …of which with the exact class", entityExactClass));
        b.append("  by class\n");
        entitiesByClass.forEach((k, v) -> b.append(String.format(Locale.ROOT, "    %-42s %s%n", k, v)));
        b.append("  by document\n");
        entitiesByDocument.forEach((k, v) -> b.append(String.format(Locale.ROOT, "    %-42s %s%n", k, v)));
        b.append('\n');
        b.append(String.format(Locale.ROOT, "%-46s %-15s %s%n", "facts", "strict", "lenient"));
        b.append(String.format(Locale.ROOT, "%-46s %s  %s%n", "  all", factsStrict, factsLenient));
        b.append("  by predicate\n");
        factsByPredicate.forEach((k, v) -> b.append(String.format(Locale.ROOT, "    %-42s %s  %s%n", k, v[0], v[1])));
        b.append("  by document\n");
        factsByDocument.forEach((k, v) -> b.append(String.format(Locale.ROOT, "    %-42s %s  %s%n", k, v[0], v[1])));
        b.append(String.format(Locale.ROOT, "%-46s %s  %s%n", "dates (dcterms:date rows)", datesStrict, datesLenient));
        b.append(String.format(Locale.ROOT, "%-46s %s%n", "  …of which context-dated (~) rows, strict", datesApproximate));
        b.append(String.format(Locale.ROOT, "%-46s %s%n", "evidence for found facts (strict)", evidence));
        b.append(String.format(Locale.ROOT, "%-46s %d of %d rows%n", "negatives hit (false positives)", negativeHits.size(), negativesChecked));
        negativeHits.forEach(h -> b.append("    ").append(h).append('\n'));
        b.append(String.format(Locale.ROOT, "%-46s %d%n", "extracted statements", statements));
        if (precision != null) {
            b.append('\n').append(String.format(Locale.ROOT, "%-46s %s%n",
                    "precision (exhaustive gold: correct/statements)", precision.all()));
            b.append(String.format(Locale.ROOT, "%-46s %d%n", "  statements of predicates the gold does not use", precision.unscored()));
            b.append("  by predicate\n");
            precision.byPredicate().forEach((k, v) -> b.append(String.format(Locale.ROOT, "    %-42s %s%n", k, v)));
            b.append("  by rule (dgkg:extractedBy)\n");
            precision.byRule().forEach((k, v) -> b.append(String.format(Locale.ROOT, "    %-42s %s%n", k, v)));
            b.append("  calibration (dgkg:confidence bucket -> measured precision)\n");
            precision.calibration().forEach((k, v) -> b.append(String.format(Locale.ROOT, "    %-42s %s%n", k, v)));
        }
        if (!missedEntities.isEmpty()) {
            b.append("\nmissed entities:\n");
            missedEntities.forEach(m -> b.append("    ").append(m).append('\n'));
        }
        if (!missedFacts.isEmpty()) {
            b.append("\nmissed facts (strict):\n");
            missedFacts.forEach(m -> b.append("    ").append(m).append('\n'));
        }
        if (precision != null && !precision.falsePositives().isEmpty()) {
            b.append("\nfalse positives (no gold fact of their document):\n");
            precision.falsePositives().forEach(m -> b.append("    ").append(m).append('\n'));
        }
        if (!sample.isEmpty()) {
            b.append("\nprecision sample (judge each statement against its sentence):\n");
            for (SampleItem s : sample)
                b.append(String.format(Locale.ROOT, "%3d. %s  %s  %s   [%s, %s, %.2f]%n     «%s»%n", s.n, s.subject,
                        s.predicate, s.object, s.document, s.rule, s.confidence, s.sentence));
        }
        return b.toString();
    }

    public String json() {
        JsonObject o = new JsonObject();
        JsonObject ent = new JsonObject();
        ent.put("all", entities.json());
        ent.put("exactClass", entityExactClass.json());
        JsonObject byClass = new JsonObject();
        entitiesByClass.forEach((k, v) -> byClass.put(k, v.json()));
        ent.put("byClass", byClass);
        JsonObject byDoc = new JsonObject();
        entitiesByDocument.forEach((k, v) -> byDoc.put(k, v.json()));
        ent.put("byDocument", byDoc);
        o.put("entities", ent);
        JsonObject facts = new JsonObject();
        facts.put("strict", factsStrict.json());
        facts.put("lenient", factsLenient.json());
        facts.put("byPredicate", pairs(factsByPredicate));
        facts.put("byDocument", pairs(factsByDocument));
        o.put("facts", facts);
        JsonObject dates = new JsonObject();
        dates.put("strict", datesStrict.json());
        dates.put("lenient", datesLenient.json());
        dates.put("approximateStrict", datesApproximate.json());
        o.put("dates", dates);
        o.put("evidence", evidence.json());
        JsonObject neg = new JsonObject();
        neg.put("checked", negativesChecked);
        JsonArray hits = new JsonArray();
        negativeHits.forEach(hits::add);
        neg.put("falsePositives", hits);
        o.put("negatives", neg);
        o.put("statements", statements);
        if (precision != null) {
            JsonObject pr = new JsonObject();
            pr.put("all", precision.all().precisionJson());
            pr.put("unscored", precision.unscored());
            pr.put("byPredicate", precisionMap(precision.byPredicate()));
            pr.put("byRule", precisionMap(precision.byRule()));
            pr.put("calibration", precisionMap(precision.calibration()));
            JsonArray fps = new JsonArray();
            precision.falsePositives().forEach(fps::add);
            pr.put("falsePositives", fps);
            o.put("precision", pr);
        }
        JsonArray sam = new JsonArray();
        for (SampleItem s : sample) {
            JsonObject x = new JsonObject();
            x.put("n", s.n);
            x.put("subject", s.subject);
            x.put("predicate", s.predicate);
            x.put("object", s.object);
            x.put("document", s.document);
            x.put("rule", s.rule);
            x.put("confidence", org.apache.jena.atlas.json.JsonNumber.value(s.confidence));
            x.put("sentence", s.sentence);
            sam.add(x);
        }
        o.put("sample", sam);
        return o.toString();
    }

    private static JsonObject precisionMap(Map<String, Tally> m) {
        JsonObject o = new JsonObject();
        m.forEach((k, v) -> o.put(k, v.precisionJson()));
        return o;
    }

    private static JsonObject pairs(Map<String, Tally[]> m) {
        JsonObject o = new JsonObject();
        m.forEach((k, v) -> {
            JsonObject x = new JsonObject();
            x.put("strict", v[0].json());
            x.put("lenient", v[1].json());
            o.put(k, x);
        });
        return o;
    }
}

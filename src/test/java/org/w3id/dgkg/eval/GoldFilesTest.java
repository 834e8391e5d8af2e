package org.w3id.dgkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.dgkg.eval.GoldSet.GoldEntity;
import org.w3id.dgkg.eval.GoldSet.GoldFact;
import org.w3id.dgkg.eval.GoldSet.GoldNegative;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The exhaustive development gold is data that people write by hand, and a wrong row silently moves
 * every figure measured on it. Each set's rows are checked against its own texts and the ontology:
 * a name, a quote or a trap that does not occur in its document, a fact whose subject or object is no
 * entity row of that document, or a class or property the ontology does not define, is an error in the
 * gold, and is reported with its row id. (Whitespace is ignored when looking for a string: the PDF-like
 * texts break lines inside names.)
 */
class GoldFilesTest {
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d\\d(-\\d\\d)?)?");
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/dgkg.ttl");

    static Stream<String> sets() throws IOException {
        try (Stream<Path> dirs = Files.list(RESOURCES.resolve("eval"))) {
            return dirs.filter(d -> Files.exists(d.resolve("dev-news-facts.tsv")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void everyRowOccursInItsTextAndUsesTheOntology(String set) {
        GoldSet gold = GoldSet.load(RESOURCES.resolve("eval").resolve(set));
        Map<String, String> texts = new HashMap<>();
        List<String> errors = new ArrayList<>();
        Map<String, Set<String>> names = new HashMap<>();
        for (GoldEntity e : gold.entities()) {
            String text = text(set, e.doc(), texts);
            if (e.labels().stream().noneMatch(l -> text.contains(squash(l))))
                errors.add(e.id() + ": none of " + e.labels() + " occurs in " + e.doc());
            if (!isClass(e.cls()))
                errors.add(e.id() + ": dgkg:" + e.cls() + " is no class of the ontology");
            names.computeIfAbsent(e.doc(), d -> new HashSet<>()).addAll(e.labels());
        }
        for (GoldFact f : gold.facts()) {
            String text = text(set, f.doc(), texts);
            Set<String> known = names.getOrDefault(f.doc(), Set.of());
            if (!text.contains(squash(f.quote())))
                errors.add(f.id() + ": its quote does not occur in " + f.doc());
            if (f.subject().stream().noneMatch(known::contains))
                errors.add(f.id() + ": subject " + f.subject() + " is no entity row of " + f.doc());
            if (f.isDate()) {
                if (!DATE.matcher(f.object().get(0)).matches())
                    errors.add(f.id() + ": " + f.object() + " is no YYYY, YYYY-MM or YYYY-MM-DD date");
            } else {
                if (f.object().stream().noneMatch(known::contains))
                    errors.add(f.id() + ": object " + f.object() + " is no entity row of " + f.doc());
                if (!f.predicate().startsWith("dgkg:") || !isProperty(f.predicate().substring(5)))
                    errors.add(f.id() + ": " + f.predicate() + " is no property of the ontology");
            }
        }
        for (GoldNegative n : gold.negatives()) {
            if (!text(set, n.doc(), texts).contains(squash(n.text())))
                errors.add(n.id() + ": its text does not occur in " + n.doc());
            n.forbid().stream().filter(s -> !n.text().contains(s))
                    .forEach(s -> errors.add(n.id() + ": forbidden " + s + " is not inside its text"));
        }
        assertFalse(gold.facts().isEmpty(), set + " has no facts");
        assertEquals(List.of(), errors, set + ": rows that do not hold");
    }

    private static String text(String set, String doc, Map<String, String> cache) {
        return cache.computeIfAbsent(doc, d -> {
            try {
                return squash(Files.readString(RESOURCES.resolve(set).resolve(d + ".txt"), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("gold row names a document with no text: " + d, e);
            }
        });
    }

    private static String squash(String s) {
        return s.replaceAll("\\s", "");
    }

    private static boolean isClass(String local) {
        return ONTOLOGY.contains(ONTOLOGY.createResource(DGKG.NS + local), RDF.type, OWL.Class);
    }

    private static boolean isProperty(String local) {
        var p = ONTOLOGY.createResource(DGKG.NS + local);
        return ONTOLOGY.contains(p, RDF.type, OWL.ObjectProperty) || ONTOLOGY.contains(p, RDF.type, OWL.DatatypeProperty);
    }
}

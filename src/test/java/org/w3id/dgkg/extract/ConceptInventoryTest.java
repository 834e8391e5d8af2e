package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The inventory of how principles and issues are written ({@code src/test/resources/extract/concept-inventory.tsv},
 * the fixture format of {@link ExtractionRuleFixturesTest}): each row checks that the concepts it expects are
 * mentioned with their class by whatever rule, and that the forbidden ones are not. A row whose sentence starts
 * with {@code ?} is a known gap: it is run and must still fail (a strict expected failure), so that a gap closed
 * by a change is noticed and its row becomes an assertion.
 */
class ConceptInventoryTest {
    static final Path FILE = Path.of(System.getProperty("dgkg.inventory", "src/test/resources/extract/concept-inventory.tsv"));

    @TestFactory
    Stream<DynamicTest> inventory() {
        return run(FILE);
    }

    /** The rows of an inventory file in this format (also {@link AttachmentInventoryTest}'s). */
    static Stream<DynamicTest> run(Path file) {
        ExtractionRuleFixturesTest.Fixture fx = ExtractionRuleFixturesTest.Fixture.read(file);
        List<DynamicTest> out = new ArrayList<>();
        int[] passed = {0};
        for (ExtractionRuleFixturesTest.Row r : fx.rows()) {
            boolean gap = r.sentence().startsWith("?");
            String sentence = gap ? r.sentence().substring(1) : r.sentence();
            out.add(DynamicTest.dynamicTest("line " + r.line() + ": " + sentence, () -> {
                List<String> failed = check(fx.meta(), sentence, r);
                if (failed.isEmpty())
                    passed[0]++;
                System.out.println("INVENTORY " + (failed.isEmpty() ? "PASS" : "FAIL") + (gap ? " (gap)" : "")
                        + " line " + r.line() + " " + sentence + (failed.isEmpty() ? "" : " :: " + failed));
                if (gap) // a strict expected failure: a gap that closes must lose its ? so that it is kept closed
                    assertFalse(failed.isEmpty(), "line " + r.line() + " is marked as a known gap (?) but passes now: remove the ?");
                else
                    assertTrue(failed.isEmpty(), "line " + r.line() + " " + sentence + ": " + failed);
            }));
        }
        out.add(DynamicTest.dynamicTest("summary", () -> System.out.println(
                "INVENTORY passed " + passed[0] + " of " + fx.rows().size())));
        return out.stream();
    }

    private static List<String> check(Map<String, String> meta, String sentence, ExtractionRuleFixturesTest.Row r)
            throws IOException {
        Path dir = Files.createTempDirectory("dgkg-inv-");
        try {
            Extraction x = ExtractionRuleFixturesTest.extract(dir, meta, sentence);
            Map<String, Entity> byIri = new HashMap<>();
            x.entities().forEach(e -> byIri.put(e.iri(), e));
            Set<String> mentioned = new HashSet<>();
            x.mentions().forEach(m -> mentioned.add(m.entityIri()));
            List<String> failed = new ArrayList<>();
            for (String item : r.expect())
                if (!ExtractionRuleFixturesTest.holds(item, x, byIri, mentioned, null, null))
                    failed.add("missing " + item);
            for (String item : r.forbid())
                if (ExtractionRuleFixturesTest.holds(item, x, byIri, mentioned, null, null))
                    failed.add("forbidden " + item);
            if (!failed.isEmpty()) {
                List<String> got = new ArrayList<>();
                x.mentions().forEach(m -> {
                    Entity e = byIri.get(m.entityIri());
                    if (e != null && (e.type().endsWith("Principle") || e.type().endsWith("Issue")))
                        got.add(e.labelZh() + "/" + e.type().replaceAll(".*[#/]", "") + "[" + m.rule() + "]");
                });
                failed.add("got " + got);
            }
            return failed;
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

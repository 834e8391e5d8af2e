package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The script stage's fixtures ({@code src/test/resources/extract/script/*.tsv}, the format of the rule
 * fixtures, {@code # language: zh-Hant} on top): sentences in traditional characters, and the entities and facts
 * the whole pipeline must and must not find in them once they are read through their simplified, mainland form
 * (regional-vocabulary.tsv, quoted-title-endings.tsv). Any rule may make an expected item: what is tested is that
 * the text in traditional characters reads as the same text in simplified characters would.
 */
class ScriptFixturesTest {
    static final Path DIR = Path.of("src/test/resources/extract/script");

    @TestFactory
    Stream<DynamicNode> fixtures() throws IOException {
        List<DynamicNode> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "no fixture files in " + DIR);
        for (Path f : files) {
            ExtractionRuleFixturesTest.Fixture fx = ExtractionRuleFixturesTest.Fixture.read(f);
            assertEquals("zh-Hant", fx.meta().get("language"), f + ": the script fixtures are texts in traditional characters (# language: zh-Hant)");
            List<DynamicTest> rows = new ArrayList<>();
            for (ExtractionRuleFixturesTest.Row r : fx.rows())
                rows.add(DynamicTest.dynamicTest(f.getFileName() + " line " + r.line() + ": " + r.sentence(), () -> check(fx, r)));
            out.add(DynamicContainer.dynamicContainer(f.getFileName().toString(), rows));
        }
        return out.stream();
    }

    private static void check(ExtractionRuleFixturesTest.Fixture fx, ExtractionRuleFixturesTest.Row r) throws IOException {
        Path dir = Files.createTempDirectory("dgkg-script-");
        try {
            Extraction x = ExtractionRuleFixturesTest.extract(dir, fx.meta(), r.sentence());
            Map<String, Entity> byIri = new HashMap<>();
            x.entities().forEach(e -> byIri.put(e.iri(), e));
            Set<String> mentioned = new HashSet<>();
            x.mentions().forEach(m -> mentioned.add(m.entityIri()));
            for (String item : r.expect())
                assertTrue(ExtractionRuleFixturesTest.holds(item, x, byIri, mentioned, null, null), "expected " + item + "\n  in: " + r.sentence()
                        + "\n  read as: " + Script.simplified(r.sentence()) + "\n  entities: " + labels(x) + "\n  facts: " + x.facts());
            for (String item : r.forbid())
                assertTrue(!ExtractionRuleFixturesTest.holds(item, x, byIri, mentioned, null, null), "forbidden " + item + "\n  in: " + r.sentence()
                        + "\n  read as: " + Script.simplified(r.sentence()) + "\n  entities: " + labels(x));
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<String> labels(Extraction x) {
        List<String> out = new ArrayList<>();
        x.entities().forEach(e -> out.add(e.labelZh() + " " + e.altLabels() + " a " + e.type().replaceAll(".*#", "")));
        return out;
    }
}

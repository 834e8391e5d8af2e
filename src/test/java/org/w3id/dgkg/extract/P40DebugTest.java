package org.w3id.dgkg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Temporary (princ40): prints the facts of the sentences in /tmp/p40/dbg.txt. */
class P40DebugTest {
    @Test
    void dump() throws Exception {
        for (String s : Files.readAllLines(Path.of("/tmp/p40/dbg.txt"))) {
            if (s.isBlank()) continue;
            Path dir = Files.createTempDirectory("p40");
            Extraction x = ExtractionRuleFixturesTest.extract(dir, Map.of(), s.replace("\\n", "\n"));
            Map<String, String> lab = new HashMap<>();
            x.entities().forEach(e -> lab.put(e.iri(), e.labelZh()));
            System.out.println("DBG " + s);
            x.facts().forEach(f -> System.out.println("DBG   " + f));
        }
    }
}

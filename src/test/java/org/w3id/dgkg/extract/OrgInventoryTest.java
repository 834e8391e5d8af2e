package org.w3id.dgkg.extract;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The inventory of organisations a text names that the registry may not know (government bodies, companies, research
 * institutions, civil-society organisations; {@code src/test/resources/extract/org-inventory.tsv}), written at stop 40
 * (org40b) from how Chinese texts name them before any miss was read, whatever rule makes the mention; checked as
 * {@link ConceptInventoryTest} checks its rows (a row opening with {@code ?} is a known gap and must still fail).
 */
class OrgInventoryTest {
    @TestFactory
    Stream<DynamicTest> inventory() {
        return ConceptInventoryTest.run(Path.of("src/test/resources/extract/org-inventory.tsv"));
    }
}

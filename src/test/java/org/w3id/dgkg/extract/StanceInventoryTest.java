package org.w3id.dgkg.extract;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The inventory of how a text states an instrument's principles and an actor's stance (dgkg:embodies,
 * dgkg:advocates, dgkg:opposes; {@code src/test/resources/extract/stance-inventory.tsv}), written at stop 40 from the
 * predicates' definitions before any miss was read; checked as {@link ConceptInventoryTest} checks its rows (a row
 * opening with {@code ?} is a known gap and must still fail).
 */
class StanceInventoryTest {
    @TestFactory
    Stream<DynamicTest> inventory() {
        return ConceptInventoryTest.run(Path.of("src/test/resources/extract/stance-inventory.tsv"));
    }
}

package org.w3id.dgkg.extract;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The inventory of how a text attaches principles and issues to instruments, events and actors (dgkg:embodies,
 * dgkg:addresses, dgkg:advocates; {@code src/test/resources/extract/attach-inventory.tsv}), written at stop 39 from the
 * predicates' definitions before any miss was read; checked as {@link ConceptInventoryTest} checks its rows (a row
 * opening with {@code ?} is a known gap and must still fail).
 */
class AttachmentInventoryTest {
    @TestFactory
    Stream<DynamicTest> inventory() {
        return ConceptInventoryTest.run(Path.of("src/test/resources/extract/attach-inventory.tsv"));
    }
}

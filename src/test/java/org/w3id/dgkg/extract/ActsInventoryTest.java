package org.w3id.dgkg.extract;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The inventory of how a text says who issued, proposed, signed or is party to an instrument and when
 * (dgkg:issuedBy, dgkg:proposedBy, dgkg:signatory, dgkg:party, dcterms:date of acts;
 * {@code src/test/resources/extract/acts-inventory.tsv}), written at stop 40 from the predicates' definitions before
 * any miss was read, whatever rule makes the fact; checked as {@link ConceptInventoryTest} checks its rows (a row
 * opening with {@code ?} is a known gap and must still fail).
 */
class ActsInventoryTest {
    @TestFactory
    Stream<DynamicTest> inventory() {
        return ConceptInventoryTest.run(Path.of("src/test/resources/extract/acts-inventory.tsv"));
    }
}

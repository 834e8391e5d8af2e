package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dgkg.DgkgException;

/** Every table of ontology/lexicon parses (header, one comment line saying what it is, rows), and bad tables say where. */
class LexiconTablesTest {
    @Test
    void everyTableParsesAndSaysWhatItIs() throws IOException {
        Path dir = LexiconTable.dir(RealCorpus.ontologyDir());
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".tsv")).toList()) {
                String name = f.getFileName().toString().replace(".tsv", "");
                LexiconTable t = LexiconTable.load(RealCorpus.ontologyDir(), name);
                assertFalse(t.rows().isEmpty(), f + " has no rows");
                assertTrue(Files.readAllLines(f, StandardCharsets.UTF_8).get(0).startsWith("#"), f + " must start with a comment line");
            }
        }
    }

    @Test
    void aRowWithTooManyFieldsIsAnErrorWithItsLine(@TempDir Path ontology) throws IOException {
        Files.createDirectories(ontology.resolve("lexicon"));
        Files.writeString(ontology.resolve("lexicon/x.tsv"), "# test\ncue\tkind\n将\tplan\textra\n", StandardCharsets.UTF_8);
        DgkgException e = assertThrows(DgkgException.class, () -> LexiconTable.load(ontology, "x"));
        assertTrue(e.getMessage().startsWith("error:") && e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void aMissingTableIsAnError(@TempDir Path ontology) {
        DgkgException e = assertThrows(DgkgException.class, () -> LexiconTable.load(ontology, "absent"));
        assertTrue(e.getMessage().contains("absent.tsv is missing"), e.getMessage());
    }
}

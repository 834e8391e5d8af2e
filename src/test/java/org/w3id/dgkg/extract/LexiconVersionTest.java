package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dgkg.DgkgException;

/**
 * An ontology folder whose lexicon lacks a kind of cue the code reads (a folder of another dgkg version) is refused
 * with a message that names the table and the kind: an empty kind would silently make a pattern that matches
 * everywhere (a newer jar on an older folder once lost 65 of 480 facts without a word).
 */
class LexiconVersionTest {
    private static final Path ONTOLOGY = Path.of("ontology");

    @AfterEach
    void backToTheRealLexicon() {
        Lexicon.use(ONTOLOGY);
    }

    @Test
    void a_kind_missing_from_the_folders_table_is_refused_with_its_name() throws IOException {
        Path copy = Files.createDirectories(tmp.resolve("ontology/lexicon"));
        try (Stream<Path> files = Files.list(ONTOLOGY.resolve("lexicon"))) {
            for (Path f : files.toList())
                Files.copy(f, copy.resolve(f.getFileName()));
        }
        Path table = copy.resolve("participation-cues.tsv");
        String older = Files.readAllLines(table, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.contains("\tnegated-envoy\t")).collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(table, older, StandardCharsets.UTF_8);

        Lexicon.use(tmp.resolve("ontology"));
        DgkgException e = assertThrows(DgkgException.class, () -> Lexicon.words("participation-cues.tsv", "kind", "negated-envoy"));
        assertTrue(e.getMessage().contains("participation-cues.tsv") && e.getMessage().contains("negated-envoy"), e.getMessage());
        assertFalse(Lexicon.words("participation-cues.tsv", "kind", "cancelled").isEmpty());
    }

    @TempDir
    Path tmp;
}

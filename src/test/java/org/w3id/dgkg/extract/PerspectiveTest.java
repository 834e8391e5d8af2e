package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dgkg.ingest.CorpusReader;

/** 我国 ("our country") is the country the manifest says a document speaks for, and nothing without it. */
class PerspectiveTest {
    // caict-gdg-whitepaper-2022: 2022年以来，我国先后提出《全球数据安全倡议》…
    static final String TEXT = "我国先后提出《全球数据安全倡议》，推动数字领域国际合作。\n";

    static Set<String> mentionedActors(Path dir, String perspective) throws IOException {
        Files.writeString(dir.resolve("d.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("manifest.json"), """
                {"documents": [{"id": "d", "file": "d.txt", "title": {"zh": "测试"}, "publisher": {"zh": "测试机构"},
                  "issued": "2022", "language": "zh" %s}]}
                """.formatted(perspective == null ? "" : ", \"perspective\": \"" + perspective + "\""), StandardCharsets.UTF_8);
        Extraction x = Extractor.create(RealCorpus.reference()).extract(CorpusReader.read(dir));
        return x.mentions().stream().map(Mention::entityIri).collect(Collectors.toSet());
    }

    @Test
    void our_country_is_the_manifest_perspective(@TempDir Path dir) throws IOException {
        assertTrue(mentionedActors(dir, "CN").contains("https://w3id.org/dgkg/id/actor/china"));
    }

    @Test
    void another_perspective_gives_another_country(@TempDir Path dir) throws IOException {
        Set<String> m = mentionedActors(dir, "FR");
        assertTrue(m.contains("https://w3id.org/dgkg/id/actor/france"), m.toString());
        assertTrue(!m.contains("https://w3id.org/dgkg/id/actor/china"), m.toString());
    }

    @Test
    void without_perspective_our_country_names_nobody(@TempDir Path dir) throws IOException {
        Set<String> m = mentionedActors(dir, null);
        assertEquals(Set.of(), m.stream().filter(i -> i.contains("/actor/")).collect(Collectors.toSet()));
    }

    @Test
    void perspective_must_be_an_iso_code(@TempDir Path dir) {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.w3id.dgkg.ingest.CorpusException.class,
                () -> mentionedActors(dir, "China"));
        assertTrue(e.getMessage().contains("perspective \"China\" must be an ISO 3166-1 alpha-2"), e.getMessage());
    }
}

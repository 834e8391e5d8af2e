package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dgkg.ingest.CorpusReader;

/** A story's headline (its title, standing as the first line) is read for names and states no relation. */
class HeadlinesTest {

    private static Extraction build(Path dir, String title, String body) throws IOException {
        Files.writeString(dir.resolve("d.txt"), title + "\n" + body + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("manifest.json"), "{\"documents\": [{\"id\": \"h\", \"file\": \"d.txt\", \"title\": {\"zh\": \""
                + title + "\"}, \"publisher\": {\"zh\": \"测试出版者\"}, \"language\": \"zh\", \"issued\": \"2025-03-14\", \"kind\": \"news\"}]}\n",
                StandardCharsets.UTF_8);
        return Extractor.create(RealCorpus.reference(), RealCorpus.ontologyDir()).extract(CorpusReader.read(dir));
    }

    @Test
    void the_headline_names_the_spokesperson_and_the_body(@TempDir Path dir) throws IOException {
        Extraction x = build(dir, "2025年3月14日外交部发言人李明远主持例行记者会", "问：有记者问及数据安全问题。答：中方一贯主张开放合作。");
        assertTrue(x.mentions().stream().anyMatch(m -> m.sentence() == 0 && m.rule().startsWith("person")), x.mentions().toString());
        assertTrue(x.mentions().stream().filter(m -> m.sentence() == 0).count() >= 2, x.mentions().toString()); // and 外交部
    }

    @Test
    void a_telegraphic_headline_states_no_relation(@TempDir Path dir) throws IOException {
        Extraction x = build(dir, "欧盟公布首批名单 六家企业纳入《数字市场法》监管", "欧盟委员会当天公布了名单。");
        assertTrue(x.mentions().stream().anyMatch(m -> m.sentence() == 0), x.mentions().toString());
        assertFalse(x.facts().stream().anyMatch(f -> f.sentence() == 0), x.facts().toString());
    }
}

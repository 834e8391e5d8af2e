package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dgkg.ingest.CorpusReader;

/**
 * Resolution across documents of names written with and without their state in front: a versioned
 * name with a Latin acronym is one publication (美国AI风险管理框架1.0 = AI风险管理框架1.0); a name in
 * Chinese words alone is not (美国国家安全战略 is not 国家安全战略).
 */
class StateQualifiedNamesTest {
    @Test
    void aVersionedNameIsOneEntityWithOrWithoutItsState(@TempDir Path dir) throws IOException {
        Extraction x = extract(dir, "该机构于2023年1月26日发布了《美国AI风险管理框架1.0》。",
                "美国国家标准与技术研究院于2023年1月发布《AI风险管理框架1.0》。");
        Set<String> a = iris(x, "美国AI风险管理框架1.0");
        Set<String> b = iris(x, "AI风险管理框架1.0");
        assertEquals(1, a.size(), "one entity carries 美国AI风险管理框架1.0: " + a);
        assertEquals(a, b);
        Set<String> labels = x.describedIn().values().stream().flatMap(m -> m.values().stream())
                .filter(e -> a.contains(e.iri())).map(Entity::labelZh).collect(Collectors.toSet());
        assertEquals(1, labels.size(), "every document gives the entity the same prefLabel: " + labels);
    }

    @Test
    void aNameInChineseWordsKeepsItsState(@TempDir Path dir) throws IOException {
        Extraction x = extract(dir, "白宫于2022年10月发布了《美国国家安全战略》。", "该国政府于2021年发布了《国家安全战略》。");
        Set<String> a = iris(x, "美国国家安全战略");
        Set<String> b = iris(x, "国家安全战略");
        assertEquals(1, a.size(), "美国国家安全战略 is found: " + a);
        assertEquals(1, b.size(), "国家安全战略 is found: " + b);
        assertNotEquals(a, b);
    }

    private static Set<String> iris(Extraction x, String label) {
        return x.entities().stream().filter(e -> e.labelZh().equals(label) || e.altLabels().contains(label))
                .map(Entity::iri).collect(Collectors.toSet());
    }

    private static Extraction extract(Path dir, String first, String second) throws IOException {
        Files.writeString(dir.resolve("a.txt"), first + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), second + "\n", StandardCharsets.UTF_8);
        String doc = "{\"id\": \"%s\", \"file\": \"%s.txt\", \"title\": {\"zh\": \"测试文档\"}, \"publisher\": {\"zh\": \"测试出版者\"},"
                + " \"language\": \"zh\", \"issued\": \"2025-06-30\"}";
        Files.writeString(dir.resolve("manifest.json"), "{\"documents\": [" + doc.formatted("a", "a") + ", "
                + doc.formatted("b", "b") + "]}\n", StandardCharsets.UTF_8);
        return Extractor.create(RealCorpus.reference(), RealCorpus.ontologyDir()).extract(CorpusReader.read(dir));
    }
}

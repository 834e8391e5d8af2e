package org.w3id.dgkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dgkg.acquire.TestFiles;
import org.w3id.dgkg.testing.Cli;
import org.w3id.dgkg.testing.RealCorpus;

/**
 * The command line around ./dgkg add and the corpus errors it points to: each refusal is one
 * {@code error:} line, exit code 2, and the corpus is left as it was.
 */
class AddCommandTest {
    static final List<String> LINES = List.of("2023年11月，中国、美国、英国和欧盟等共同签署《布莱切利宣言》。",
            "各方主张以人为本、智能向善，推动全球数字治理。");

    @TempDir
    Path tmp;

    @Test
    void add_prints_each_field_with_its_source_and_a_conversion_note() throws IOException {
        String html = "<html><head><meta charset=\"gb18030\"><title>数字治理动态</title></head><body><p>"
                + String.join("</p><p>", LINES) + "</p></body></html>";
        Path file = TestFiles.text(tmp.resolve("news.html"), html, Charset.forName("GB18030"));
        Cli.Result r = Cli.run("add", file.toString(), "--corpus", tmp.resolve("corpus").toString(),
                "--publisher", "测试", "--issued", "2024-01");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("title     数字治理动态  (from the file)"), r.out());
        assertTrue(r.out().contains("publisher 测试  (from the option)"), r.out());
        assertTrue(r.out().contains("note: converted from GB18030 to UTF-8"), r.out());
    }

    @Test
    void refusals_exit_2_with_one_error_line_and_leave_the_corpus_alone() throws IOException {
        Path corpus = tmp.resolve("corpus");
        Path encrypted = TestFiles.encryptedPdf(tmp.resolve("locked.pdf"), LINES);
        Path scan = TestFiles.imageOnlyPdf(tmp.resolve("scan.pdf"));
        for (Path file : List.of(encrypted, scan)) {
            Cli.Result r = Cli.run("add", file.toString(), "--corpus", corpus.toString(), "--title", "标题",
                    "--publisher", "某", "--issued", "2024");
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().startsWith("error: " + file + ": "), r.err());
            assertEquals(1, r.err().lines().filter(l -> l.startsWith("error:")).count(), r.err());
        }
        assertFalse(Files.exists(corpus.resolve("manifest.json")));
    }

    @Test
    void build_of_a_gbk_text_says_to_use_add() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("manifest.json"), "{\"documents\": [{\"id\": \"a\", \"file\": \"a.txt\", "
                + "\"title\": {\"zh\": \"标题\"}, \"publisher\": {\"zh\": \"某\"}, \"issued\": \"2024\", \"language\": \"zh\"}]}");
        Files.write(corpus.resolve("a.txt"), String.join("\n", LINES).repeat(3).getBytes(Charset.forName("GBK")));
        Cli.Result r = Cli.build(corpus, RealCorpus.ONTOLOGY, tmp.resolve("db"));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("a.txt: invalid UTF-8 at byte 4; the file looks like GB") && r.err().contains("./dgkg add FILE"), r.err());
    }

    @Test
    void build_with_broken_manifest_json_gives_line_and_column() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("manifest.json"), "{\n  \"documents\": [\n    {\"id\": \"a\",, \"file\": \"a.txt\"}\n  ]\n}\n");
        Cli.Result r = Cli.build(corpus, RealCorpus.ONTOLOGY, tmp.resolve("db"));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("manifest.json: not valid JSON at line 3, column"), r.err());
        assertFalse(r.err().contains("NullPointerException"), r.err());
    }
}

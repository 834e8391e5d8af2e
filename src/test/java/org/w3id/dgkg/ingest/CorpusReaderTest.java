package org.w3id.dgkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
    @TempDir
    Path dir;

    private static String manifest(String... files) {
        StringBuilder docs = new StringBuilder();
        for (int i = 0; i < files.length; i++) {
            if (i > 0)
                docs.append(',');
            docs.append("{\"id\":\"doc-").append(i).append("\",\"file\":\"").append(files[i])
                    .append("\",\"title\":{\"zh\":\"标题\"},\"publisher\":{\"zh\":\"出版者\"},")
                    .append("\"issued\":\"2023\",\"language\":\"zh\"}");
        }
        return "{\"documents\":[" + docs + "]}";
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void reads_a_listed_document_into_sentences() throws IOException {
        write(CorpusReader.MANIFEST, manifest("a.txt"));
        write("a.txt", "数字治理是全球性问题。\n\n各方应当合作。\n");
        Corpus corpus = CorpusReader.read(dir);
        assertEquals(2, corpus.documents().get(0).sentences().size());
    }

    @Test
    void non_utf8_file_fails_with_byte_offset() throws IOException {
        write(CorpusReader.MANIFEST, manifest("a.txt"));
        byte[] gbk = {'a', 'b', 'c', (byte) 0xD6, (byte) 0xD0};
        Files.write(dir.resolve("a.txt"), gbk);
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(dir));
        assertTrue(e.getMessage().contains("a.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("invalid UTF-8 at byte 3"), e.getMessage());
        assertEquals(dir.resolve("a.txt"), e.file());
    }

    @Test
    void empty_file_fails_naming_the_file() throws IOException {
        write(CorpusReader.MANIFEST, manifest("a.txt"));
        write("a.txt", "\n \n");
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(dir));
        assertTrue(e.getMessage().contains("a.txt") && e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void text_file_without_manifest_entry_fails_naming_the_file() throws IOException {
        write(CorpusReader.MANIFEST, manifest("a.txt"));
        write("a.txt", "数字治理。");
        write("stray.txt", "数字治理。");
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(dir));
        assertTrue(e.getMessage().contains("stray.txt") && e.getMessage().contains("no entry"), e.getMessage());
    }

    @Test
    void manifest_entry_without_file_fails_naming_the_file() throws IOException {
        write(CorpusReader.MANIFEST, manifest("missing.txt"));
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(dir));
        assertTrue(e.getMessage().contains("missing.txt") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void malformed_manifest_fails_naming_the_manifest() throws IOException {
        write(CorpusReader.MANIFEST, "{\"documents\": [ {\"id\": ");
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(dir));
        assertTrue(e.getMessage().contains(CorpusReader.MANIFEST) && e.getMessage().contains("not valid JSON"),
                e.getMessage());
    }

    @Test
    void broken_manifest_json_gives_line_and_column() throws IOException {
        write(CorpusReader.MANIFEST, "{\n  \"documents\": [\n    {\"id\": \"a\" \"file\": \"a.txt\"}\n  ]\n}\n");
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(dir));
        assertTrue(e.getMessage().contains("not valid JSON at line 3, column"), e.getMessage());
        // truncated input (Jena's own reader fails here with a NullPointerException)
        write(CorpusReader.MANIFEST, "{\"documents\": [ {\"id\": ");
        CorpusException t = assertThrows(CorpusException.class, () -> CorpusReader.read(dir));
        assertTrue(t.getMessage().contains("at line 1, column"), t.getMessage());
    }

    @Test
    void gbk_file_fails_strict_utf8_and_points_to_add() throws IOException {
        write(CorpusReader.MANIFEST, manifest("a.txt"));
        String text = "联合国秘书长提出建立人工智能国际治理机构，以弥合数字鸿沟。各方主张以人为本、智能向善，推动全球数字治理。\n";
        Files.write(dir.resolve("a.txt"), text.repeat(4).getBytes(java.nio.charset.Charset.forName("GBK")));
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(dir));
        assertTrue(e.getMessage().contains("invalid UTF-8 at byte 0; the file looks like GB")
                && e.getMessage().contains("./dgkg add"), e.getMessage());
    }

    @Test
    void utf8_with_one_damaged_byte_gets_no_charset_hint() throws IOException {
        write(CorpusReader.MANIFEST, manifest("a.txt"));
        byte[] bytes = "联合国秘书长提出建立人工智能国际治理机构，以弥合数字鸿沟。\n".repeat(4).getBytes(StandardCharsets.UTF_8);
        bytes[30] = (byte) 0xFF;
        Files.write(dir.resolve("a.txt"), bytes);
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(dir));
        assertTrue(e.getMessage().contains("invalid UTF-8 at byte 30; convert the file to UTF-8"), e.getMessage());
    }

    @Test
    void document_over_the_size_limit_fails_before_it_is_read() throws IOException {
        write(CorpusReader.MANIFEST, manifest("a.txt"));
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(dir.resolve("a.txt").toFile(), "rw")) {
            f.setLength(200L << 20); // sparse: no disk used
        }
        CorpusException e = assertThrows(CorpusException.class, () -> CorpusReader.read(dir));
        assertTrue(e.getMessage().contains("a.txt: is 200 MB") && e.getMessage().contains("split it"), e.getMessage());
    }
}

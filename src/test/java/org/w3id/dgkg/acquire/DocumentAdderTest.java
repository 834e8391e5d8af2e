package org.w3id.dgkg.acquire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dgkg.ingest.Corpus;
import org.w3id.dgkg.ingest.CorpusReader;
import org.w3id.dgkg.ingest.DocumentMeta;

class DocumentAdderTest {
    static final List<String> LINES = List.of(
            "2023年11月，中国、美国、英国和欧盟等共同签署《布莱切利宣言》。",
            "联合国秘书长提出建立人工智能国际治理机构，以弥合数字鸿沟。",
            "各方主张以人为本、智能向善，推动全球数字治理。");

    @TempDir
    Path tmp;
    Path corpus;
    DocumentAdder adder;

    @BeforeEach
    void emptyCorpus() {
        corpus = tmp.resolve("corpus");
        adder = DocumentAdder.into(corpus);
    }

    @Test
    void chinese_pdf_becomes_text_original_and_entry_from_its_metadata() throws IOException {
        Path pdf = TestFiles.chinesePdf(tmp.resolve("Bletchley Notes.pdf"), "人工智能安全峰会纪要", TestFiles.utc(2023, 11, 2), LINES);
        Added a = adder.add(pdf, new Overrides(null, null, null, "测试出版社", null, "news", null, null));

        assertEquals("bletchley-notes", a.id());
        assertEquals("application/pdf", a.mediaType());
        String text = Files.readString(a.textFile(), StandardCharsets.UTF_8);
        assertTrue(text.contains("共同签署《布莱切利宣言》"), text);
        assertEquals(corpus.resolve("originals/bletchley-notes.pdf"), a.originalFile());
        assertEquals(Files.size(pdf), Files.size(a.originalFile()));
        assertEquals("人工智能安全峰会纪要", a.fields().get("title"));
        assertEquals("file", a.sources().get("title"));
        assertEquals("2023-11-02", a.fields().get("issued"));
        assertEquals("option", a.sources().get("publisher"));
        assertEquals("zh", a.fields().get("language"));

        // the build reads it: strict UTF-8, manifest entry complete, the original recorded
        Corpus read = CorpusReader.read(corpus);
        DocumentMeta m = read.documents().get(0).meta();
        assertEquals("bletchley-notes", m.id());
        assertEquals("测试出版社", m.publisherZh());
        assertEquals("news", m.kind());
        assertEquals("originals/bletchley-notes.pdf", m.original());
    }

    @Test
    void options_win_over_the_files_metadata() throws IOException {
        Path pdf = TestFiles.chinesePdf(tmp.resolve("x.pdf"), "文件自带标题", TestFiles.utc(2020, 1, 1), LINES);
        Added a = adder.add(pdf, new Overrides("my-doc", "给定标题", "Given title", "出版社", "2024-05", null, null, "CN"));
        DocumentMeta m = CorpusReader.manifest(corpus).get(0);
        assertEquals("my-doc", a.id());
        assertEquals("给定标题", m.titleZh());
        assertEquals("Given title", m.titleEn());
        assertEquals("2024-05", m.issued());
        assertEquals("CN", m.perspective());
        assertEquals("option", a.sources().get("title"));
    }

    @Test
    void gbk_html_is_converted_to_utf8_and_says_so() throws IOException {
        String html = "<html><head><meta charset=\"gbk\"><title>全球数字契约简报</title>"
                + "<meta name=\"publisher\" content=\"联合国\"><meta name=\"date\" content=\"2023-05-25\"></head>"
                + "<body><p>" + String.join("</p><p>", LINES) + "</p></body></html>";
        Path file = TestFiles.text(tmp.resolve("brief.html"), html, Charset.forName("GBK"));
        Added a = adder.add(file, Overrides.none());

        assertEquals("text/html", a.mediaType());
        assertTrue(a.notes().stream().anyMatch(n -> n.matches("converted from (GBK|GB18030|GB2312) to UTF-8")), a.notes().toString());
        assertEquals("全球数字契约简报", a.fields().get("title"));
        assertEquals("联合国", a.fields().get("publisher"));
        assertEquals("2023-05-25", a.fields().get("issued"));
        String text = Files.readString(a.textFile(), StandardCharsets.UTF_8);
        assertTrue(text.contains("联合国秘书长提出建立人工智能国际治理机构"), text);
        assertFalse(text.contains("<p>"));
        assertTrue(Files.isRegularFile(corpus.resolve("originals/brief.html")));
    }

    @Test
    void gb18030_plain_text_without_declaration_is_detected() throws IOException {
        String body = String.join("\n", LINES).repeat(5);
        Path file = TestFiles.text(tmp.resolve("plain-gbk.txt"), body, Charset.forName("GB18030"));
        Added a = adder.add(file, new Overrides(null, "纯文本", null, "某机构", "2022", null, null, null));
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("converted from GB")), a.notes().toString());
        assertTrue(Files.readString(a.textFile(), StandardCharsets.UTF_8).contains("布莱切利宣言"));
        assertTrue(Files.isRegularFile(corpus.resolve("originals/plain-gbk.txt")));
    }

    @Test
    void big5_text_is_converted() throws IOException {
        String body = "二〇二三年，聯合國秘書長提出全球數位契約，主張以人為本，彌合數位落差，推動開放、自由、安全的數位未來。\n".repeat(6);
        Path file = TestFiles.text(tmp.resolve("big5.txt"), body, Charset.forName("Big5"));
        Added a = adder.add(file, new Overrides(null, "繁體文本", null, "某機構", "2023", null, "zh", null));
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("converted from Big5")), a.notes().toString());
        assertTrue(Files.readString(a.textFile(), StandardCharsets.UTF_8).contains("聯合國秘書長"));
    }

    @Test
    void utf8_text_is_stored_as_is_without_an_original() throws IOException {
        Path file = TestFiles.text(tmp.resolve("note.txt"), String.join("\n", LINES) + "\n", StandardCharsets.UTF_8);
        Added a = adder.add(file, new Overrides(null, "说明", null, "某机构", "2021", null, null, null));
        assertNull(a.originalFile());
        assertEquals(Files.readString(file), Files.readString(a.textFile()));
        assertNull(CorpusReader.manifest(corpus).get(0).original());
    }

    @Test
    void docx_made_with_poi_is_read_with_its_title() throws IOException {
        Path file = TestFiles.docx(tmp.resolve("report.docx"), "数字治理报告", "某研究院", LINES);
        Added a = adder.add(file, new Overrides(null, null, null, "某研究院", "2024", null, null, null));
        assertEquals("数字治理报告", a.fields().get("title"));
        assertTrue(a.mediaType().contains("wordprocessingml"), a.mediaType());
        assertTrue(Files.readString(a.textFile()).contains("以人为本、智能向善"));
        assertTrue(Files.isRegularFile(corpus.resolve("originals/report.docx")));
    }

    @Test
    void encrypted_pdf_is_refused() throws IOException {
        Path file = TestFiles.encryptedPdf(tmp.resolve("secret.pdf"), LINES);
        AddException e = assertThrows(AddException.class, () -> adder.add(file, Overrides.none()));
        assertTrue(e.getMessage().contains("is encrypted"), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void image_only_pdf_is_refused_as_without_text_layer() throws IOException {
        Path file = TestFiles.imageOnlyPdf(tmp.resolve("scan.pdf"));
        AddException e = assertThrows(AddException.class, () -> adder.add(file, new Overrides(null, "扫描", null, "某", "2020", null, "zh", null)));
        assertTrue(e.getMessage().contains("no text layer") && e.getMessage().contains("OCR"), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void empty_and_binary_files_are_refused() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.pdf"));
        assertTrue(assertThrows(AddException.class, () -> adder.add(empty, Overrides.none())).getMessage().contains("is empty"));
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Path bin = Files.write(tmp.resolve("data.bin"), noise);
        assertTrue(assertThrows(AddException.class, () -> adder.add(bin, Overrides.none())).getMessage().contains("binary file"));
        assertNothingWritten();
    }

    @Test
    void file_over_the_size_limit_is_refused_before_it_is_read() throws IOException {
        Path big = tmp.resolve("huge.pdf");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L << 20); // sparse: no disk used
        }
        AddException e = assertThrows(AddException.class, () -> adder.add(big, Overrides.none()));
        assertTrue(e.getMessage().contains("is 200 MB") && e.getMessage().contains("up to 64 MB"), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void duplicate_content_is_refused_even_in_another_format() throws IOException {
        Path pdf = TestFiles.chinesePdf(tmp.resolve("first.pdf"), "第一份", TestFiles.utc(2023, 1, 1), LINES);
        adder.add(pdf, new Overrides(null, null, null, "某", null, null, null, null));
        String manifest = Files.readString(corpus.resolve("manifest.json"));

        AddException again = assertThrows(AddException.class, () -> adder.add(pdf, new Overrides("other", null, null, "某", null, null, null, null)));
        assertTrue(again.getMessage().contains("already in the corpus as document \"first\""), again.getMessage());
        // the same text as a UTF-8 file: same content, refused by the text's hash
        Path txt = Files.write(tmp.resolve("copy.txt"), Files.readAllBytes(corpus.resolve("first.txt")));
        AddException copy = assertThrows(AddException.class, () -> adder.add(txt, new Overrides(null, "副本", null, "某", "2023", null, null, null)));
        assertTrue(copy.getMessage().contains("already in the corpus"), copy.getMessage());
        assertEquals(manifest, Files.readString(corpus.resolve("manifest.json")));
    }

    @Test
    void missing_metadata_names_the_options_to_pass() throws IOException {
        Path pdf = TestFiles.chinesePdf(tmp.resolve("bare.pdf"), null, null, LINES);
        AddException e = assertThrows(AddException.class, () -> adder.add(pdf, Overrides.none()));
        assertTrue(e.getMessage().contains("--title") && e.getMessage().contains("--publisher") && e.getMessage().contains("--issued"), e.getMessage());
        assertNothingWritten();
    }

    @Test
    void manifest_keeps_its_layout_and_gains_one_entry() throws IOException {
        Files.createDirectories(corpus);
        String before = "{\n  \"description\": \"test corpus, \\\"quoted\\\" [brackets]\",\n  \"documents\": [\n    {\n      \"id\": \"old\",\n"
                + "      \"file\": \"old.txt\",\n      \"title\": {\"zh\": \"旧文件\"},\n      \"publisher\": {\"zh\": \"某\"},\n"
                + "      \"issued\": \"2020\",\n      \"edition\": \"kept as written\",\n      \"language\": \"zh\"\n    }\n  ]\n}\n";
        Files.writeString(corpus.resolve("manifest.json"), before);
        Files.writeString(corpus.resolve("old.txt"), "旧文件的内容，与新文件不同。\n");
        Path pdf = TestFiles.chinesePdf(tmp.resolve("new.pdf"), "新文件", TestFiles.utc(2024, 2, 3), LINES);
        adder.add(pdf, new Overrides(null, null, null, "某", null, null, null, null));
        String after = Files.readString(corpus.resolve("manifest.json"));
        assertTrue(after.startsWith(before.substring(0, before.lastIndexOf("    }") + 5) + ",\n    {\n      \"id\": \"new\",\n"), after);
        assertTrue(after.endsWith("    }\n  ]\n}\n"), after);
        assertEquals(2, CorpusReader.manifest(corpus).size());
        assertFalse(Files.exists(corpus.resolve("manifest.json.tmp")));
    }

    private void assertNothingWritten() throws IOException {
        if (!Files.exists(corpus))
            return;
        try (var files = Files.walk(corpus)) {
            assertEquals(List.of(corpus), files.filter(p -> !Files.isDirectory(p) || p.equals(corpus)).toList(),
                    "nothing written to the corpus");
        }
    }
}

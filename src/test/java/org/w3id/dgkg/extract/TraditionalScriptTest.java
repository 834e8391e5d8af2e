package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dgkg.ingest.CorpusReader;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * zh-Hant documents are read through a simplified form of the same length: mentions point into the
 * document's own text, and the written (traditional) forms are labels in the document's graph.
 */
class TraditionalScriptTest {
    private static final String TEXT = "在國務院總理周國華見證下，商務部部長陳立偉與馬來西亞代表簽署《中國—東盟數字貿易合作議定書》。\n";

    private static Extraction extract(Path dir, String language) throws IOException {
        Files.writeString(dir.resolve("d.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("manifest.json"), "{\"documents\": [{\"id\": \"hant\", \"file\": \"d.txt\", "
                + "\"title\": {\"zh\": \"測試\"}, \"publisher\": {\"zh\": \"測試\"}, \"language\": \"" + language
                + "\", \"issued\": \"2025-10-28\"}]}", StandardCharsets.UTF_8);
        return Extractor.create(RealCorpus.reference(), RealCorpus.ontologyDir()).extract(CorpusReader.read(dir));
    }

    @Test
    void mentionsPointIntoTheOriginalTextAndKeepItsWrittenForms(@TempDir Path dir) throws IOException {
        Extraction x = extract(dir, "zh-Hant");
        SourceDocument doc = CorpusReader.read(dir).documents().get(0);
        Map<String, Entity> byIri = new java.util.HashMap<>();
        x.entities().forEach(e -> byIri.put(e.iri(), e));
        boolean person = false;
        boolean state = false;
        for (Mention m : x.mentions()) {
            String written = doc.normalised().text().substring(m.span().start(), m.span().end());
            Entity e = x.describedIn("hant", byIri.get(m.entityIri()));
            assertTrue(written.equals(e.labelZh()) || e.altLabels().contains(written)
                    || Script.simplified(written).equals(Script.simplified(e.labelZh())),
                    written + " is a label of " + e.labelZh() + " " + e.altLabels());
            person |= written.equals("陳立偉") && e.type().endsWith("#Person");
            state |= written.equals("馬來西亞") && e.altLabels().contains("馬來西亞");
        }
        assertTrue(person, "陳立偉 is found as a person, labelled as written: " + x.mentions());
        assertTrue(state, "the registry's 马来西亚 carries the written form 馬來西亞 in this document");
    }

    @Test
    void cornerBracketsAreReadAsTitleMarksAroundATitleAndAsQuotationMarksElsewhere() {
        String hant = "歐盟依「數位服務法」對X開罰，並稱其『藍勾勾』設計與「完全自動化決定」具誤導性。";
        String read = Script.simplified(hant);
        assertEquals(hant.length(), read.length());
        assertEquals("欧盟依《数字服务法》对X开罚，并称其‘蓝勾勾’设计与“完全自动化决定”具误导性。", read);
    }

    @Test
    void regionalWordsAreReadAsTheirMainlandWordsOfTheSameLength() {
        String hant = "南韓「個人資訊保護法」規範人工智慧與數位經濟，網路安全與軟體亦然；經濟合作暨發展組織。";
        String read = Script.simplified(hant);
        assertEquals(hant.length(), read.length());
        assertEquals("南韩《个人信息保护法》规范人工智能与数字经济，网络安全与软件亦然；经济合作与发展组织。", read);
        assertEquals("个人资料私隐专员公署", Script.simplified("個人資料私隱專員公署"), "資料 and 私隱 are Hong Kong's legal terms: kept");
    }

    @Test
    void aRegionalWordOfAnotherLengthIsRefused(@TempDir Path dir) throws IOException {
        Path lexicon = Files.createDirectories(dir.resolve("lexicon"));
        try (var files = Files.list(RealCorpus.ontologyDir().resolve("lexicon"))) {
            for (Path f : files.toList())
                Files.copy(f, lexicon.resolve(f.getFileName()));
        }
        Files.writeString(lexicon.resolve(Script.VOCABULARY), "# test\nwritten\tmainland\tregion\tnote\n演算法\t算法\tTW\t\n", StandardCharsets.UTF_8);
        try {
            Lexicon.use(dir);
            org.w3id.dgkg.DgkgException e = org.junit.jupiter.api.Assertions.assertThrows(org.w3id.dgkg.DgkgException.class,
                    () -> Script.mainlandWords("演算法"));
            assertTrue(e.getMessage().startsWith("error: ") && e.getMessage().contains("演算法") && e.getMessage().contains("length"), e.getMessage());
        } finally {
            Lexicon.use(RealCorpus.ontologyDir());
        }
    }

    @Test
    void conversionKeepsTheLengthAndTraditionalTextIsDetected() {
        assertEquals(TEXT.length(), Script.simplified(TEXT).length());
        assertTrue(Script.changedShare(TEXT) > 0.2);
        assertTrue(Script.changedShare("商务部部长陈立伟与马来西亚代表签署议定书。") < 0.01);
    }
}

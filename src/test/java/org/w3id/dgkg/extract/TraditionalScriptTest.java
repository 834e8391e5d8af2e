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
    void cornerBracketsAreReadAsQuotationMarks() {
        String hant = "歐盟依「數位服務法」對X開罰，並稱其『藍勾勾』設計具誤導性。";
        String read = Script.simplified(hant);
        assertEquals(hant.length(), read.length());
        assertEquals("欧盟依“数位服务法”对X开罚，并称其‘蓝勾勾’设计具误导性。", read);
    }

    @Test
    void conversionKeepsTheLengthAndTraditionalTextIsDetected() {
        assertEquals(TEXT.length(), Script.simplified(TEXT).length());
        assertTrue(Script.changedShare(TEXT) > 0.2);
        assertTrue(Script.changedShare("商务部部长陈立伟与马来西亚代表签署议定书。") < 0.01);
    }
}

package org.w3id.dgkg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The dump is one TriG file of gzip members: one per graph, and one per document text of the
 * meta graph, so that an update copies the texts that did not change, byte for byte, and the
 * file still reads as exactly the dataset's quads.
 */
class DumpWriterTest {
    private static final Node TEXT = DGKG.SCHEMA_text.asNode();
    private static final Node DOC_GRAPH = NodeFactory.createURI(DGKG.GRAPH + "doc/a");

    private static Node doc(String id) {
        return NodeFactory.createURI(DGKG.documentIri(id));
    }

    private static DatasetGraph dataset(Map<String, String> texts) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.prefixes().add("dgkg", DGKG.NS);
        texts.forEach((id, text) -> {
            dsg.add(DGKG.GRAPH_META, doc(id), TEXT, NodeFactory.createLiteralString(text));
            dsg.add(DGKG.GRAPH_META, doc(id), NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralLang("标题 " + id, "zh"));
        });
        dsg.add(DOC_GRAPH, NodeFactory.createURI(DGKG.NS + "x"), NodeFactory.createURI(DGKG.NS + "p"), NodeFactory.createLiteralString("值"));
        return dsg;
    }

    private static Set<String> quadsOfDump(Path dump) throws IOException {
        DatasetGraph read = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            RDFParser.source(in).lang(Lang.TRIG).parse(read);
        }
        Set<String> out = new TreeSet<>();
        read.find().forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
        return out;
    }

    private static Set<String> quads(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        dsg.find().forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
        return out;
    }

    /** key → the bytes of its member. */
    private static Map<String, byte[]> members(Path dump) throws IOException {
        byte[] all = Files.readAllBytes(dump);
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dump.resolveSibling(DumpWriter.MEMBERS), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 3);
            int start = Integer.parseInt(f[0]);
            out.put(f[2], Arrays.copyOfRange(all, start, start + Integer.parseInt(f[1])));
        }
        return out;
    }

    private static List<String> textKeys(Map<String, byte[]> members) {
        return members.keySet().stream().filter(k -> k.startsWith(DGKG.GRAPH_META.getURI() + " text ")).toList();
    }

    @Test
    void eachTextHasAMemberOfItsOwnAndTheDumpReadsAsTheDataset(@TempDir Path tmp) throws IOException {
        DatasetGraph data = dataset(Map.of("a", "第一篇文本。\n\"引号\"", "b", "第二篇文本。"));
        Path dump = tmp.resolve(Tdb2Store.DUMP);
        DumpWriter.write(data, dump);

        assertEquals(quads(data), quadsOfDump(dump));
        Map<String, byte[]> members = members(dump);
        assertEquals(2, textKeys(members).size(), members.keySet().toString());
        assertTrue(members.containsKey(DGKG.GRAPH_META.getURI()) && members.containsKey(DOC_GRAPH.getURI()), members.keySet().toString());
    }

    @Test
    void anUpdateCopiesTheTextsThatDidNotChangeAndWritesTheOthers(@TempDir Path tmp) throws IOException {
        Path before = tmp.resolve("before").resolve(Tdb2Store.DUMP);
        Files.createDirectories(before.getParent());
        DumpWriter.write(dataset(Map.of("a", "不变的文本。", "b", "旧的文本。")), before);
        Map<String, byte[]> old = members(before);

        // b's text changed, c was added: the meta graph changed, the document graph did not
        DatasetGraph next = dataset(Map.of("a", "不变的文本。", "b", "新的文本。", "c", "加上的文本。"));
        Path after = tmp.resolve("after").resolve(Tdb2Store.DUMP);
        Files.createDirectories(after.getParent());
        DumpWriter.update(next, after, before, Set.of(DGKG.GRAPH_META));

        assertEquals(quads(next), quadsOfDump(after));
        Map<String, byte[]> now = members(after);
        List<String> kept = textKeys(now).stream().filter(old::containsKey).toList();
        assertEquals(1, kept.size(), "only a's text is the same: " + now.keySet());
        assertArrayEquals(old.get(kept.get(0)), now.get(kept.get(0)), "a's text member is copied byte for byte");
        assertEquals(3, textKeys(now).size(), now.keySet().toString());
        assertArrayEquals(old.get(DOC_GRAPH.getURI()), now.get(DOC_GRAPH.getURI()), "the unchanged graph is copied");

        // and an update in which the meta graph did not change copies its texts with it
        Path again = tmp.resolve("again").resolve(Tdb2Store.DUMP);
        Files.createDirectories(again.getParent());
        DumpWriter.update(next, again, after, Set.of(DOC_GRAPH));
        assertEquals(quads(next), quadsOfDump(again));
        assertEquals(textKeys(now), textKeys(members(again)));
    }
}

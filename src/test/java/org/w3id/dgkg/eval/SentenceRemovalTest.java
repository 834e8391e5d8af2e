package org.w3id.dgkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.dgkg.extract.RealCorpus;
import org.w3id.dgkg.vocab.DGKG;

/** A relation stands only on its evidence: take the one sentence out and the relation goes. */
class SentenceRemovalTest {
    private static final String DOC = "caict-gdg-whitepaper-2023";
    private static final String SENTENCE = "2023年7月英国成为首个加入《全面与进步跨太平洋伙伴关系协定》（CPTPP）的欧洲国家。";

    @Test
    void removingTheOnlySupportingSentenceRemovesTheRelation(@TempDir Path tmp) throws IOException {
        Path corpus = tmp.resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> files = Files.list(RealCorpus.CORPUS)) {
            for (Path f : files.toList())
                Files.copy(f, corpus.resolve(f.getFileName()));
        }
        assertEquals(1, partiesOfCptppInDoc(Evaluator.buildInMemory(corpus, RealCorpus.ontologyDir())).size(), "present before");

        Path file = corpus.resolve(DOC + ".txt");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<int[]> at = Evaluator.occurrences(text, SENTENCE);
        assertEquals(1, at.size(), "the sentence occurs once");
        int from = text.offsetByCodePoints(0, at.get(0)[0]);
        int to = text.offsetByCodePoints(0, at.get(0)[1]);
        Files.writeString(file, text.substring(0, from) + text.substring(to), StandardCharsets.UTF_8);

        List<Quad> after = partiesOfCptppInDoc(Evaluator.buildInMemory(corpus, RealCorpus.ontologyDir()));
        assertTrue(after.isEmpty(), "gone after: " + after);
    }

    /** dgkg:party triples of the CPTPP with the UK in the 2023 document's graph. */
    private static List<Quad> partiesOfCptppInDoc(Dataset ds) {
        Node g = DGKG.documentGraph(DOC);
        Node uk = NodeFactory.createURI(DGKG.ID + "actor/united-kingdom");
        return Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream(g, Node.ANY, DGKG.party.asNode(), uk)
                .filter(q -> labelled(ds, q.getSubject(), "CPTPP")).toList());
    }

    private static boolean labelled(Dataset ds, Node s, String label) {
        return ds.asDatasetGraph().stream(Node.ANY, s, Node.ANY, Node.ANY)
                .anyMatch(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals(label));
    }
}

package org.w3id.dgkg.extract;
import org.junit.jupiter.api.Test;
class SegDebugTest {
    @Test void seg() throws Exception {
        for (String s : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/work/tmp/conc39/seg.txt"))) {
            StringBuilder b = new StringBuilder("SEG ");
            for (var t : Segmenter.terms(s)) b.append(t.word).append('/').append(Segmenter.nature(t)).append(' ');
            System.out.println(b);
            for (var c : ConceptFinder.find(s)) System.out.println("CONCEPT " + c);
        }
    }
}

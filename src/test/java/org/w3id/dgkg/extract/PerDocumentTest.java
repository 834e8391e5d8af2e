package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The per-document stages on several threads: results in the documents' order, the stage's own exceptions. */
class PerDocumentTest {
    @Test
    void resultsComeInTheDocumentsOrderWhateverOrderTheyFinishIn() {
        CountDownLatch secondDone = new CountDownLatch(1);
        List<String> out = PerDocument.map(List.of("a", "b"), 2, d -> {
            if (d.equals("a"))
                await(secondDone); // the first document finishes last
            else
                secondDone.countDown();
            return d.toUpperCase() + Thread.currentThread().getName().startsWith("extract-");
        });
        assertEquals(List.of("Atrue", "Btrue"), out);
    }

    @Test
    void oneThreadReadsOnTheCallingThread() {
        assertEquals(List.of(false, false), PerDocument.map(List.of("a", "b"), 1, d -> Thread.currentThread().getName().startsWith("extract-")));
    }

    @Test
    void aStageExceptionSurfacesAsItself() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PerDocument.map(List.of("a", "bad", "c"), 2, d -> {
                    if (d.equals("bad"))
                        throw new IllegalArgumentException("bad document");
                    return d;
                }));
        assertEquals("bad document", e.getMessage());
    }

    private static void await(CountDownLatch l) {
        try {
            assertTrue(l.await(10, TimeUnit.MINUTES), "the other document was never read");
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.w3id.dgkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learned relation model's trainer: it separates what the data separate, drops one-off features, and is deterministic. */
class LogisticModelTest {
    private static List<LogisticModel.Example> examples() {
        List<LogisticModel.Example> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(new LogisticModel.Example(List.of("bias", "verb-after:sign", "O-subject:sign"), true));
            out.add(new LogisticModel.Example(List.of("bias", "verb-after:sign", "modal-after:sign"), false));
            out.add(new LogisticModel.Example(List.of("bias", "dist:31+"), false));
        }
        out.add(new LogisticModel.Example(List.of("bias", "w:once"), true));
        return out;
    }

    @Test
    void learns_the_signal_and_the_modality_against_it() {
        Map<String, Double> w = LogisticModel.train(examples());
        assertTrue(LogisticModel.probability(w, List.of("bias", "verb-after:sign", "O-subject:sign")) > 0.9);
        assertTrue(LogisticModel.probability(w, List.of("bias", "verb-after:sign", "modal-after:sign")) < 0.1);
        assertTrue(LogisticModel.probability(w, List.of("bias", "dist:31+")) < 0.1);
        assertFalse(w.containsKey("w:once"), "a feature seen once gets no weight");
    }

    @Test
    void the_same_examples_give_the_same_weights() {
        assertEquals(LogisticModel.train(examples()), LogisticModel.train(examples()));
    }
}

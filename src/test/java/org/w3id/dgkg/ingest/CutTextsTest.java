package org.w3id.dgkg.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real text of the test sets, cut right after each run of digits and at each of its last
 * characters, reads without an exception and with every normalised character mapped into the
 * original: a text may end anywhere (a footnote marker, a page number, a date), and the
 * look-aheads of the normaliser must stop at its end. A marker that ended a held-out text once
 * stopped a whole build.
 */
class CutTextsTest {
    static Stream<Path> texts() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> p.getParent().getFileName().toString().startsWith("news")).sorted().toList();
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("texts")
    void a_text_cut_after_a_number_or_near_its_end_reads(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).stripTrailing();
        Normaliser normaliser = Normaliser.forDocument(Fixtures.meta("数字治理观察"));
        int cuts = 0;
        for (int end = 1; end <= text.length(); end++) {
            boolean afterDigits = Character.isDigit(text.charAt(end - 1))
                    && (end == text.length() || !Character.isDigit(text.charAt(end)));
            if (!afterDigits && end < text.length() - 3)
                continue;
            String cut = text.substring(0, end);
            try {
                NormalisedText n = normaliser.normalise(cut);
                SentenceSplitter.split(n);
                for (int i = 0; i < n.text().length(); i++) {
                    int o = n.originalIndex(i);
                    assertTrue(o >= 0 && o < cut.length(), file + " cut at " + end + ": char " + i + " maps to " + o);
                }
            } catch (RuntimeException e) {
                fail(file.getFileName() + " cut after character " + end + " (…" + cut.substring(Math.max(0, end - 12)) + "): " + e, e);
            }
            cuts++;
        }
        assertTrue(cuts >= 4, file + ": only " + cuts + " cuts");
    }
}

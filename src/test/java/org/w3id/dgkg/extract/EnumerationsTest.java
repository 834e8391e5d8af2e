package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The enumeration stage on its own, one row of {@code extract/enumerations/enumeration-lists.tsv} per list shape:
 * sentence (governor candidates marked {@code [[name|Top]]}, Top one of Actor, Instrument, Event), the items of the
 * sentence's first list ({@code A | B}, or {@code -} when the sentence holds no list), head, item class, governor as
 * written, verb kind, and why the list is blocked ({@code -} when it is stated). A traditional sentence is read through
 * its simplified form, as the pipeline reads it.
 */
class EnumerationsTest {
    private static final Path FILE = Path.of("src/test/resources/extract/enumerations/enumeration-lists.tsv");
    private static final Pattern MARK = Pattern.compile("\\[\\[([^|\\]]+)\\|(Actor|Instrument|Event)\\]\\]");

    @TestFactory
    Stream<DynamicTest> rows() throws IOException {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        List<DynamicTest> out = new ArrayList<>();
        boolean header = false;
        for (int n = 0; n < lines.size(); n++) {
            String l = lines.get(n);
            if (l.isBlank() || l.startsWith("#"))
                continue;
            if (!header) {
                header = true;
                continue;
            }
            String[] c = l.split("\t", -1);
            assertEquals(7, c.length, FILE + " line " + (n + 1) + ": 7 tab-separated fields expected");
            int line = n + 1;
            out.add(DynamicTest.dynamicTest("line " + line + ": " + c[0], () -> check(c)));
        }
        assertTrue(out.size() >= 40, "the fixture holds at least 40 list shapes");
        return out.stream();
    }

    private static void check(String[] c) {
        StringBuilder text = new StringBuilder();
        List<Hit> hits = new ArrayList<>();
        Matcher m = MARK.matcher(c[0]);
        int last = 0;
        while (m.find()) {
            text.append(c[0], last, m.start());
            int s = text.length();
            text.append(m.group(1));
            hits.add(new Hit("urn:x:" + m.group(1), m.group(2), m.group(2), s, text.length(), "test"));
            last = m.end();
        }
        text.append(c[0].substring(last));
        String sentence = Script.simplified(text.toString());
        List<Enumeration> found = Enumerations.find(sentence, hits, null);
        if (c[1].equals("-")) {
            assertTrue(found.isEmpty() || found.stream().noneMatch(e -> e.itemClass() != null && e.stated()),
                    "no stated list expected, found " + describe(sentence, found));
            return;
        }
        assertTrue(!found.isEmpty(), "no list found in " + sentence);
        Enumeration e = found.get(0);
        String original = text.toString();
        List<String> items = e.items().stream().map(i -> original.substring(i.start(), i.end())).toList();
        assertEquals(c[1], String.join(" | ", items), "items; found " + describe(sentence, found));
        assertEquals(c[2], e.head() == null ? "-" : e.head(), "head");
        assertEquals(c[3], e.itemClass() == null ? "-" : e.itemClass(), "item class");
        assertEquals(c[4], e.governor() == null ? "-" : original.substring(e.governor().start(), e.governor().end()), "governor");
        assertEquals(c[5], e.verbKind(), "verb kind");
        assertEquals(c[6], e.blocked() == null ? "-" : e.blocked(), "blocked");
    }

    private static String describe(String sentence, List<Enumeration> found) {
        List<String> out = new ArrayList<>();
        for (Enumeration e : found)
            out.add(e.items().stream().map(i -> i.in(sentence)).toList() + " head=" + e.head() + " gov="
                    + (e.governor() == null ? null : sentence.substring(e.governor().start(), e.governor().end())) + " verb=" + e.verb()
                    + "/" + e.verbKind() + " blocked=" + e.blocked());
        return out.toString();
    }
}

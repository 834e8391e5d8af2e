package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The short-reference cases of {@code extract/references.tsv}, read by the whole extractor: each text is a document,
 * and the reference written last in it (《规定》, 该公约, 公约 alone, 條例草案) must be a mention of the named entity, or
 * of nothing. Whatever it refers to, the bare head is never an entity of its own (issue 9: a generic head names a kind).
 */
class ShortReferencesTest {
    private static final Path CASES = Path.of("src/test/resources/extract/references.tsv");

    /** A case; {@code gap}: its text was written with a leading ?, a known gap that must still fail (a strict expected failure). */
    record Case(String language, String text, String reference, String refersTo, boolean gap) {}

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(CASES, StandardCharsets.UTF_8);
        for (String l : lines.subList(2, lines.size())) {
            if (l.isBlank() || l.startsWith("#"))
                continue;
            String[] c = l.split("\t", -1);
            assertEquals(4, c.length, "four columns: " + l);
            String text = c[1].strip().replace("\\n", "\n");
            boolean gap = text.startsWith("?");
            out.add(new Case(c[0].strip(), gap ? text.substring(1) : text, c[2].strip(), c[3].strip(), gap));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyReferenceResolvesAsWritten() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest((c.gap() ? "known gap: " : "") + c.reference() + " in " + c.text(), () -> {
            if (!c.gap()) {
                check(c);
                return;
            }
            boolean passed;
            try {
                check(c);
                passed = true;
            } catch (AssertionError e) {
                passed = false;
            }
            assertTrue(!passed, "a known gap (row written with ?) now passes: remove its ? in " + CASES + ": " + c.text());
        }));
    }

    private static void check(Case c) throws IOException {
        Path dir = Files.createTempDirectory("dgkg-ref-");
        try {
            Extraction x = ExtractionRuleFixturesTest.extract(dir, Map.of("language", c.language()), c.text());
            int at = c.text().lastIndexOf(c.reference());
            assertTrue(at >= 0, "the reference is written in the text: " + c.reference());
            int end = at + c.reference().length();
            Map<String, Entity> byIri = new HashMap<>();
            x.entities().forEach(e -> byIri.put(e.iri(), x.describedIn("fixture", e)));
            Set<String> referred = new HashSet<>();
            for (Mention m : x.mentions())
                if (m.span().start() < end && at < m.span().end()
                        && (!c.refersTo().equals("-") || ShortReferences.RULE.equals(m.rule()) || m.span().start() == at && m.span().end() == end))
                    referred.add(m.entityIri()); // 该法国: 法国 is a name of its own, no reading of 该法
            String got = describe(referred, byIri);
            if (c.refersTo().equals("-"))
                assertTrue(referred.isEmpty(), c.reference() + " must refer to nothing in: " + c.text() + "\n  got: " + got);
            else
                assertTrue(referred.size() == 1 && labelled(byIri.get(referred.iterator().next()), c.refersTo()),
                        c.reference() + " must refer to " + c.refersTo() + " in: " + c.text() + "\n  got: " + got);
            String bare = ExtractionRuleFixturesTest.norm(c.reference()).replaceFirst("^(该|這一|这一|此|該|上述)", "");
            for (Entity e : byIri.values())
                assertTrue(referred.contains(e.iri()) || !labelled(e, bare), // 数安法: a declared short name of the law it refers to
                        "the bare head " + bare + " is an entity of its own in: " + c.text());
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Whether one of the entity's labels (or its label without a trailing note, 试行) is {@code name}. */
    private static boolean labelled(Entity e, String name) {
        if (e == null)
            return false;
        String k = ExtractionRuleFixturesTest.norm(name);
        Set<String> ls = new HashSet<>(e.altLabels());
        ls.add(e.labelZh());
        for (String l : ls)
            if (ExtractionRuleFixturesTest.norm(l).equals(k) || ExtractionRuleFixturesTest.norm(InstrumentKind.stripTrailingNotes(l)).equals(k)
                    || ExtractionRuleFixturesTest.norm(Script.simplifiedLabel(l)).equals(ExtractionRuleFixturesTest.norm(Script.simplifiedLabel(name))))
                return true;
        return false;
    }

    private static String describe(Set<String> iris, Map<String, Entity> byIri) {
        List<String> out = new ArrayList<>();
        for (String i : iris)
            out.add(byIri.containsKey(i) ? byIri.get(i).labelZh() : i);
        return out.toString();
    }
}

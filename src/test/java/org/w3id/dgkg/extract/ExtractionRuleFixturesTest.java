package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.dgkg.ingest.CorpusReader;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The extraction rules' manifest runner (as jena-shacl and Oxigraph run theirs): one fixture file
 * per rule id of {@code ontology/lexicon/rules.tsv} in {@code src/test/resources/extract/rules/<rule>.tsv},
 * UTF-8, header {@code sentence<TAB>expect<TAB>forbid}, optional {@code # issued: YYYY-MM-DD},
 * {@code # language: zh-Hant}, {@code # perspective: CN}, {@code # headline: first-line} (the first line of each sentence is
 * the manifest's title, read as the story's headline) comment lines on top (the test document's
 * manifest values; {@value #DEFAULT_ISSUED} when a file gives no date). A {@code \n} in a sentence is a line
 * break (annex lists, headers). Each row becomes a one-sentence document built through the real reader and
 * extractor with the real ontology and registry. {@code expect} and {@code forbid} hold items separated
 * by {@code " ; "}: {@code LABEL a dgkg:Class} (an entity with that label — gold README label
 * normalisation — and that class, mentioned in the sentence) or {@code SUBJECT dgkg:predicate OBJECT}
 * (a fact; a date as {@code dcterms:date 2024-07-01}). An expected fact must come from the file's rule
 * (its {@code dgkg:extractedBy}); a forbidden fact must come from no rule. A rule without a fixture
 * file, or with an empty one, fails.
 */
class ExtractionRuleFixturesTest {
    static final Path DIR = Path.of("src/test/resources/extract/rules");
    /** The manifest's issued date of a fixture document that gives none. */
    static final String DEFAULT_ISSUED = "2025-06-30";
    private static final Pattern ENTITY = Pattern.compile("^(.+?)\\s+a\\s+dgkg:(\\w+)$");
    private static final Pattern FACT = Pattern.compile("^(.+?)\\s+(dgkg:\\w+|schema:\\w+|dcterms:date)\\s+(.+)$");
    private static final Pattern HEADER_VALUE = Pattern.compile("^#\\s*(issued|language|perspective|publisher|headline)\\s*:\\s*(.+)$");

    static Map<String, String> rules() {
        Map<String, String> out = new HashMap<>();
        for (Map<String, String> r : LexiconTable.load(RealCorpus.ontologyDir(), "rules").rows())
            out.put(r.get("rule"), r.get("produces"));
        return out;
    }

    @Test
    void everyRuleHasAFixtureFileAndEveryFileARule() throws IOException {
        Set<String> rules = rules().keySet();
        Set<String> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
                    .map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> missing = new TreeSet<>(rules);
        missing.removeAll(files);
        assertEquals(Set.of(), missing, "rules without fixtures (a rule without fixtures does not exist): add "
                + DIR + "/<rule>.tsv");
        Set<String> stray = new TreeSet<>(files);
        stray.removeAll(rules);
        assertEquals(Set.of(), stray, "fixture files of no rule listed in ontology/lexicon/rules.tsv");
    }

    /** The list of rules is complete: whatever the real corpus extraction writes as extractedBy is listed. */
    @Test
    void everyRuleTheExtractorEmitsIsListed() {
        Map<String, String> rules = rules();
        Extraction x = RealCorpus.extraction();
        Set<String> unknown = new TreeSet<>();
        x.facts().forEach(f -> {
            if (!"fact".equals(rules.get(f.rule())))
                unknown.add("fact " + f.rule());
        });
        x.mentions().forEach(m -> {
            if (!"mention".equals(rules.get(m.rule())))
                unknown.add("mention " + m.rule());
        });
        assertEquals(Set.of(), unknown, "rule ids the extractor emits that ontology/lexicon/rules.tsv does not list");
    }

    @TestFactory
    Stream<DynamicNode> fixtures() throws IOException {
        Map<String, String> rules = rules();
        List<DynamicNode> out = new ArrayList<>();
        String only = System.getProperty("dgkg.fixtures"); // -Ddgkg.fixtures=rule1,rule2: run only these files (while writing them)
        for (String rule : new TreeSet<>(rules.keySet())) {
            if (only != null && !only.isBlank() && !List.of(only.split(",")).contains(rule))
                continue;
            Path f = DIR.resolve(rule + ".tsv");
            if (!Files.exists(f))
                continue; // reported by everyRuleHasAFixtureFileAndEveryFileARule
            Fixture fx = Fixture.read(f);
            List<DynamicTest> rows = new ArrayList<>();
            rows.add(DynamicTest.dynamicTest(rule + ": has rows", () -> assertTrue(
                    fx.rows.stream().anyMatch(r -> !r.expect.isEmpty()), f + " has no row that expects anything")));
            for (Row r : fx.rows)
                rows.add(DynamicTest.dynamicTest(rule + " line " + r.line + ": " + r.sentence,
                        () -> check(rule, rules.get(rule), fx, r)));
            out.add(DynamicContainer.dynamicContainer(rule, rows));
        }
        return out.stream();
    }

    record Row(int line, String sentence, List<String> expect, List<String> forbid) {}

    record Fixture(Map<String, String> meta, List<Row> rows) {
        static Fixture read(Path f) {
            List<String> lines;
            try {
                lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> meta = new HashMap<>();
            List<Row> rows = new ArrayList<>();
            boolean header = false;
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (l.isBlank())
                    continue;
                if (l.startsWith("#")) {
                    Matcher m = HEADER_VALUE.matcher(l.strip());
                    if (m.matches())
                        meta.put(m.group(1), m.group(2).strip());
                    continue;
                }
                String[] c = l.split("\t", -1);
                if (!header) {
                    assertEquals(List.of("sentence", "expect", "forbid"), List.of(c).subList(0, Math.min(3, c.length)),
                            f + ": header must be sentence<TAB>expect<TAB>forbid");
                    header = true;
                    continue;
                }
                if (c.length < 2 || c.length > 3)
                    fail(f + " line " + (i + 1) + ": expected 2 or 3 tab-separated fields, found " + c.length);
                rows.add(new Row(i + 1, c[0].strip().replace("\\n", "\n"), items(c[1]), c.length > 2 ? items(c[2]) : List.of()));
            }
            return new Fixture(meta, rows);
        }

        private static List<String> items(String cell) {
            List<String> out = new ArrayList<>();
            for (String s : cell.split(" ; "))
                if (!s.isBlank())
                    out.add(s.strip());
            return out;
        }
    }

    private static void check(String rule, String produces, Fixture fx, Row r) throws IOException {
        Path dir = Files.createTempDirectory("dgkg-rule-");
        try {
            Extraction x = extract(dir, fx.meta, r.sentence);
            Map<String, Entity> byIri = new HashMap<>();
            x.entities().forEach(e -> byIri.put(e.iri(), e));
            Set<String> mentioned = new HashSet<>();
            x.mentions().forEach(m -> mentioned.add(m.entityIri()));
            String got = describe(x, byIri);
            for (String item : r.expect)
                assertTrue(holds(item, x, byIri, mentioned, "fact".equals(produces) ? rule : null,
                        "mention".equals(produces) ? rule : null), "expected " + item + "\n  in: " + r.sentence + "\n  got:\n" + got);
            for (String item : r.forbid)
                assertTrue(!holds(item, x, byIri, mentioned, null, null), "forbidden " + item + "\n  in: " + r.sentence
                        + "\n  got:\n" + got);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Extraction extract(Path dir, Map<String, String> meta, String sentence) throws IOException {
        Files.writeString(dir.resolve("d.txt"), sentence + "\n", StandardCharsets.UTF_8);
        // # headline: first-line: the sentence's first line is the manifest's title too, read as the story's headline
        String title = "first-line".equals(meta.get("headline")) ? sentence.split("\n", 2)[0].replace("\"", "\\\"") : "测试文档";
        StringBuilder m = new StringBuilder("{\"documents\": [{\"id\": \"fixture\", \"file\": \"d.txt\", \"title\": {\"zh\": \"" + title + "\"}, ");
        m.append("\"publisher\": {\"zh\": \"").append(meta.getOrDefault("publisher", "测试出版者")).append("\"}");
        m.append(", \"language\": \"").append(meta.getOrDefault("language", "zh")).append('"');
        m.append(", \"issued\": \"").append(meta.getOrDefault("issued", DEFAULT_ISSUED)).append('"');
        if (meta.containsKey("perspective"))
            m.append(", \"perspective\": \"").append(meta.get("perspective")).append('"');
        m.append("}]}\n");
        Files.writeString(dir.resolve("manifest.json"), m.toString(), StandardCharsets.UTF_8);
        return Extractor.create(RealCorpus.reference(), RealCorpus.ontologyDir()).extract(CorpusReader.read(dir));
    }

    static boolean holds(String item, Extraction x, Map<String, Entity> byIri, Set<String> mentioned,
            String factRule, String mentionRule) {
        Matcher e = ENTITY.matcher(item);
        if (e.matches()) {
            String cls = DGKG.NS + e.group(2);
            for (Entity ent : entitiesLabelled(e.group(1), x))
                if (mentioned.contains(ent.iri()) && (ent.type().equals(cls) || cls.equals(topClass(ent.type())))
                        && (mentionRule == null || x.mentions().stream().anyMatch(
                                m -> m.entityIri().equals(ent.iri()) && m.rule().equals(mentionRule))))
                    return true;
            return false;
        }
        Matcher f = FACT.matcher(item);
        if (!f.matches())
            fail("neither `LABEL a dgkg:Class` nor `SUBJECT dgkg:predicate OBJECT`: " + item);
        Set<String> subjects = iris(entitiesLabelled(f.group(1), x));
        String pred = f.group(2);
        String object = f.group(3).strip();
        Set<String> objects = iris(entitiesLabelled(object, x));
        for (Fact fact : x.facts()) {
            if (!subjects.contains(fact.subject()) || factRule != null && !fact.rule().equals(factRule))
                continue;
            if (pred.equals("dcterms:date")) {
                if (fact.predicate() == Predicate.DATE && fact.object().lexical().equals(object))
                    return true;
            } else if (fact.predicate().iri.equals(pred.startsWith("schema:") ? "https://schema.org/" + pred.substring(7) : DGKG.NS + pred.substring(5)) && (fact.objectIri() != null
                    ? objects.contains(fact.objectIri()) : fact.object().lexical().equals(object))) {
                return true;
            }
        }
        return false;
    }

    private static String topClass(String type) {
        String top = RealCorpus.reference().topClass(type);
        return top == null ? null : DGKG.NS + top;
    }

    private static List<Entity> entitiesLabelled(String label, Extraction x) {
        String k = norm(label);
        List<Entity> out = new ArrayList<>();
        for (Entity e : x.entities()) {
            Set<String> ls = new HashSet<>(e.altLabels());
            ls.add(e.labelZh());
            if (e.labelEn() != null)
                ls.add(e.labelEn());
            if (e.acronym() != null)
                ls.add(e.acronym());
            if (ls.stream().anyMatch(l -> norm(l).equals(k)))
                out.add(e);
        }
        return out;
    }

    private static Set<String> iris(List<Entity> es) {
        return es.stream().map(Entity::iri).collect(Collectors.toSet());
    }

    /** The gold README's label normalisation. */
    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Z}]+", "").replaceAll("[《》〈〉“”‘’\"']", "");
        if (n.matches("^[(（].*[)）]$"))
            n = n.substring(1, n.length() - 1);
        StringBuilder b = new StringBuilder();
        n.codePoints().forEach(c -> b.appendCodePoint(c < 128 ? Character.toLowerCase(c) : c));
        return b.toString();
    }

    private static String describe(Extraction x, Map<String, Entity> byIri) {
        StringBuilder b = new StringBuilder();
        for (Mention m : x.mentions()) {
            Entity e = byIri.get(m.entityIri());
            b.append("    mention ").append(e == null ? m.entityIri() : e.labelZh() + " a " + e.type().replace(DGKG.NS, "dgkg:"))
                    .append(" [").append(m.rule()).append("]\n");
        }
        for (Fact f : x.facts()) {
            Entity s = byIri.get(f.subject());
            Entity o = f.objectIri() != null ? byIri.get(f.objectIri()) : null;
            b.append("    fact ").append(s == null ? f.subject() : s.labelZh()).append(' ')
                    .append(f.predicate().iri.replace(DGKG.NS, "dgkg:").replace(DCTerms.NS, "dcterms:")).append(' ')
                    .append(f.objectIri() != null ? (o == null ? f.objectIri() : o.labelZh()) : f.object().lexical())
                    .append(" [").append(f.rule()).append("]\n");
        }
        return b.toString();
    }
}

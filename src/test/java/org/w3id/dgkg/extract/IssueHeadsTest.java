package org.w3id.dgkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.hankcs.hanlp.seg.common.Term;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code ontology/lexicon/issue-heads.tsv} is computed, not typed: the heads (last words of the segmentation) shared by
 * at least two issue labels of {@code ontology/issues.ttl} and of the development gold's Issue rows, minus the words the
 * conventions strip from a label. This test recomputes the table and, when the file differs, fails with the rows it
 * should hold (a new scheme label or gold row changes them: copy them in).
 */
class IssueHeadsTest {
    /** The development sets whose gold may teach heads; the validation sets (news-check5, news-check7) never. */
    static final List<String> DEV_SETS = List.of("news", "news-fresh", "news-check", "news-fresh2", "news-check2", "news-check3",
            "news-check4", "news-check6");
    private static final Path EVAL = Path.of("src/test/resources/eval");
    private static final int SUPPORT = 2;

    static Set<String> labels() throws IOException {
        Set<String> out = new TreeSet<>();
        String ttl = Files.readString(RealCorpus.ontologyDir().resolve("issues.ttl"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"([^\"]+)\"@zh").matcher(ttl);
        while (m.find())
            out.add(m.group(1));
        for (String set : DEV_SETS)
            try (DirectoryStream<Path> s = Files.newDirectoryStream(EVAL.resolve(set), "*entities.tsv")) {
                for (Path p : s)
                    for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                        String[] c = l.split("\t", -1);
                        if (c.length > 4 && c[3].equals("Issue")) {
                            out.add(Script.simplifiedLabel(c[2].strip()));
                            for (String alt : c[4].split("\\|"))
                                if (!alt.isBlank())
                                    out.add(Script.simplifiedLabel(alt.strip()));
                        }
                    }
            }
        return out;
    }

    /** The words a label leaves out or that make an issue a modifier: never a head. */
    static Set<String> stripped() {
        Set<String> out = new TreeSet<>();
        for (String position : List.of("kind", "tail", "not-head"))
            out.addAll(Lexicon.words("subject-frames.tsv", "position", position));
        for (String position : List.of("domain", "measure", "modified", "object-tail"))
            out.addAll(Lexicon.words("concept-cues.tsv", "position", position));
        return out;
    }

    /**
     * Head → "labels TAB compounds": how many labels end with it, how many of those are another label and it. A label
     * in traditional characters (個人資料保護) counts in the simplified form the rules read (Script), so that its head is
     * the word the segmenter finds in a zh-Hant document's reading text.
     */
    static Map<String, String> computed() throws IOException {
        Set<String> labels = labels();
        Map<String, List<String>> byHead = new TreeMap<>();
        Map<String, Integer> compounds = new TreeMap<>();
        for (String label : labels) {
            List<Term> t = Segmenter.terms(label);
            if (t.size() < 2)
                continue;
            String head = t.get(t.size() - 1).word;
            byHead.computeIfAbsent(head, k -> new ArrayList<>()).add(label);
            if (labels.contains(label.substring(0, label.length() - head.length())))
                compounds.merge(head, 1, Integer::sum);
        }
        Set<String> stripped = stripped();
        Map<String, String> out = new TreeMap<>();
        byHead.forEach((head, ls) -> {
            if (ls.size() >= SUPPORT && head.length() >= 2 && !stripped.contains(head))
                out.put(head, ls.size() + "\t" + compounds.getOrDefault(head, 0));
        });
        return out;
    }

    @Test
    void theTableIsTheComputedOne() throws IOException {
        Lexicon.use(RealCorpus.ontologyDir());
        Map<String, String> expected = computed();
        Map<String, String> actual = new TreeMap<>();
        for (Map<String, String> r : LexiconTable.load(RealCorpus.ontologyDir(), "issue-heads").rows())
            actual.put(r.get("word"), r.get("labels") + "\t" + r.get("compounds"));
        String rows = expected.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).collect(Collectors.joining("\n"));
        assertEquals(expected, actual, "ontology/lexicon/issue-heads.tsv should hold these rows:\n" + rows);
    }

    @Test
    void mostHeadsEndAnIssueOfTheScheme() throws IOException {
        Lexicon.use(RealCorpus.ontologyDir());
        // the table is no word list of the gold alone: most heads end a label of the scheme itself
        String ttl = Files.readString(RealCorpus.ontologyDir().resolve("issues.ttl"), StandardCharsets.UTF_8);
        long inScheme = computed().keySet().stream().filter(h -> ttl.contains(h + "\"@zh")).count();
        assertFalse(inScheme * 2 < computed().size(), "fewer than half of the heads end a label of issues.ttl: " + inScheme);
    }
}

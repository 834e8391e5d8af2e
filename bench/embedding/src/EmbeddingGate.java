import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Issue 9's question, measured before anything is wired: does the bge-small-zh-v1.5 sentence embedding tell an issue
 * or principle phrase from the other noun phrases of the same sentences better than the hand lists of heads?
 * <p>
 * Candidates come from the development sets only (their gold sentences): positives are the gold Issue and Principle
 * labels; negatives are the other noun runs of those sentences (HanLP, the project's segmenter, cut where the list
 * readers cut: at verbs, function words, punctuation, names of places, people and organisations) that are no gold
 * label of the document and do not overlap an issue or principle label of the sentence, plus the gold Actor,
 * Instrument and Event labels. A phrase is scored against the zh prefLabels and altLabels of the issue and principle
 * schemes of ontology/ (never against gold labels) and against prototype phrases of other kinds (prototypes.tsv, data).
 * The threshold is chosen on one half of the sets and measured on the other, both ways round.
 * <p>
 * Usage (bench/embedding/run.sh): EmbeddingGate REPO [BASE_REPORT_DIR]. BASE_REPORT_DIR holds main's eval reports
 * (set.txt); positives main missed are counted apart.
 */
public final class EmbeddingGate {
    static final String[][] SETS = {
        {"news", "src/test/resources/news", "src/test/resources/eval/news"},
        {"fresh", "src/test/resources/news-fresh", "src/test/resources/eval/news-fresh"},
        {"check", "src/test/resources/news-check", "src/test/resources/eval/news-check"},
        {"fresh2", "src/test/resources/news-fresh2", "src/test/resources/eval/news-fresh2"},
        {"check2", "src/test/resources/news-check2", "src/test/resources/eval/news-check2"},
        {"check3", "src/test/resources/news-check3", "src/test/resources/eval/news-check3"},
        {"check4", "src/test/resources/news-check4", "src/test/resources/eval/news-check4"},
        {"check5", "src/test/resources/news-check5", "src/test/resources/eval/news-check5"},
        {"check6", "src/test/resources/news-check6", "src/test/resources/eval/news-check6"},
        {"corpus", "corpus", "/work/shared/gold"},
    };
    /** Half A chooses the threshold, half B measures it (and the other way round). */
    static final Set<String> HALF_A = Set.of("news", "check", "check2", "check4", "check6");

    record Cand(String set, String doc, String text, boolean positive, String kind, boolean missedByMain, boolean listItem) {}

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(args[0]);
        Path base = args.length > 1 ? Path.of(args[1]) : null;
        List<Cand> cands = collect(repo, base);
        long pos = cands.stream().filter(Cand::positive).count();
        System.out.printf("candidates %d: positives %d (missed by main %d), negatives %d%n", cands.size(), pos,
                cands.stream().filter(Cand::missedByMain).count(), cands.size() - pos);

        long c0 = cpu(), t0 = System.nanoTime();
        EmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel();
        model.embed("数据安全"); // the first call finishes loading
        long t1 = System.nanoTime(), c1 = cpu();
        System.out.printf("model load (constructor + first embedding): wall %.0f ms, process CPU %.0f ms%n", (t1 - t0) / 1e6, (c1 - c0) / 1e6);

        Map<String, List<String>> refs = schemeLabels(repo.resolve("ontology"));
        List<String> issueRefs = refs.get("Issue");
        List<String> principleRefs = refs.get("Principle");
        List<String> otherRefs = prototypes(Path.of("bench/embedding/prototypes.tsv"));
        System.out.printf("references: issue labels %d, principle labels %d, other prototypes %d%n", issueRefs.size(), principleRefs.size(), otherRefs.size());
        List<float[]> issueV = embedAll(model, issueRefs);
        List<float[]> principleV = embedAll(model, principleRefs);
        List<float[]> otherV = embedAll(model, otherRefs);

        Set<String> distinct = new java.util.LinkedHashSet<>();
        for (Cand c : cands)
            distinct.add(c.text());
        long t2 = System.nanoTime(), c2 = cpu();
        Map<String, float[]> vec = new HashMap<>();
        for (String s : distinct)
            vec.put(s, unit(model.embed(s).content().vector()));
        long t3 = System.nanoTime(), c3 = cpu();
        System.out.printf("inference: %d distinct phrases, wall %.0f ms = %.2f ms/phrase, process CPU %.0f ms = %.2f ms/phrase (one calling thread)%n",
                distinct.size(), (t3 - t2) / 1e6, (t3 - t2) / 1e6 / distinct.size(), (c3 - c2) / 1e6, (c3 - c2) / 1e6 / distinct.size());

        Map<String, double[]> scores = new HashMap<>(); // max issue+principle, top-3 mean, issue max, principle max, other max
        for (String s : distinct) {
            float[] v = vec.get(s);
            double[] si = sims(v, issueV), sp = sims(v, principleV), so = sims(v, otherV);
            double[] all = concat(si, sp);
            scores.put(s, new double[] {max(all), topMean(all, 3), max(si), max(sp), max(so), topMean(so, 3)});
        }

        Set<String> schemeNorm = new HashSet<>();
        for (String l : issueRefs)
            schemeNorm.add(norm(l));
        for (String l : principleRefs)
            schemeNorm.add(norm(l));
        List<Cand> open = cands.stream().filter(c -> !schemeNorm.contains(norm(c.text()))).toList();
        List<Cand> openListed = open.stream().filter(Cand::listItem).toList();
        System.out.printf("%nopen vocabulary (no scheme label, what the gazetteer cannot find): %d candidates, %d positives (%d missed by main)%n", open.size(),
                open.stream().filter(Cand::positive).count(), open.stream().filter(Cand::missedByMain).count());
        System.out.printf("open vocabulary and a list item (next to 、, 和/与/及, 等): %d candidates, %d positives (%d missed by main)%n", openListed.size(),
                openListed.stream().filter(Cand::positive).count(), openListed.stream().filter(Cand::missedByMain).count());
        Set<String> heads = new HashSet<>();
        for (String l : Files.readAllLines(Path.of("ontology/lexicon/issue-heads.tsv"), StandardCharsets.UTF_8))
            if (!l.startsWith("#") && !l.startsWith("word\t") && !l.isBlank())
                heads.add(l.split("\t")[0]);
        java.util.function.ToDoubleFunction<String> byHead = s -> {
            List<Term> t = HanLP.segment(s);
            String last = t.isEmpty() ? "" : t.get(t.size() - 1).word;
            return heads.contains(last) && s.length() > last.length() ? 1 : 0;
        };
        System.out.printf("%n== BASELINE hand list of heads (issue-heads.tsv: last word a head, something before it; in-sample: the list is derived from these dev sets)%n");
        System.out.println("subset | half A | half B");
        System.out.printf("open vocabulary | %s | %s%n", prf(open, byHead, 0.5, true), prf(open, byHead, 0.5, false));
        System.out.printf("open list items | %s | %s%n", prf(openListed, byHead, 0.5, true), prf(openListed, byHead, 0.5, false));
        List<Cand> openNoHead = open.stream().filter(c -> byHead.applyAsDouble(c.text()) == 0).toList();
        List<Cand> clean = open.stream().filter(c -> c.positive() || c.kind().startsWith("gold-")).toList();
        report("OPEN VOCABULARY, CLEAN NEGATIVES ONLY (gold Actor/Instrument/Event labels; no unannotated noun runs), max cosine", clean, s -> scores.get(s)[0]);
        report("OPEN VOCABULARY THE HEADS REJECT (what the model could add), max cosine", openNoHead, s -> scores.get(s)[0]);
        report("OPEN VOCABULARY, max cosine to issue+principle scheme labels", open, s -> scores.get(s)[0]);
        report("OPEN VOCABULARY, margin max(issue,principle) - max(other prototypes)", open, s -> scores.get(s)[0] - scores.get(s)[4]);
        report("OPEN VOCABULARY LIST ITEMS, max cosine", openListed, s -> scores.get(s)[0]);
        report("OPEN VOCABULARY LIST ITEMS, margin", openListed, s -> scores.get(s)[0] - scores.get(s)[4]);
        nearestClass(open, scores);
        examples(open, scores);
        StringBuilder tsv = new StringBuilder("set\tdoc\tphrase\tgold\tkind\tlist_item\tmissed_by_main\tmax_cos\ttop3_cos\tother_max\n");
        for (Cand c : open)
            tsv.append(String.join("\t", c.set(), c.doc(), c.text(), c.positive() ? "yes" : "no", c.kind(), String.valueOf(c.listItem()),
                    String.valueOf(c.missedByMain()), String.format("%.3f", scores.get(c.text())[0]), String.format("%.3f", scores.get(c.text())[1]),
                    String.format("%.3f", scores.get(c.text())[4]))).append('\n');
        Files.writeString(Path.of("target/embedding-bench/open-candidates.tsv"), tsv);
        System.out.printf("%n%n######## all candidates (scheme labels included: the gazetteer finds those already)%n");
        report("max cosine to issue+principle scheme labels", cands, s -> scores.get(s)[0]);
        report("top-3 mean cosine to issue+principle scheme labels", cands, s -> scores.get(s)[1]);
        report("margin: max(issue,principle) - max(other prototypes)", cands, s -> scores.get(s)[0] - scores.get(s)[4]);
        nearestClass(cands, scores);
    }

    /** CPU time of the whole process (ONNX Runtime computes on threads of its own), ns. */
    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    // ---------------------------------------------------------------------------------------------------- candidates

    static List<Cand> collect(Path repo, Path base) throws IOException {
        List<Cand> out = new ArrayList<>();
        for (String[] set : SETS) {
            Path corpus = repo.resolve(set[1]);
            Path gold = repo.resolve(set[2]);
            Path ents = Files.exists(gold.resolve("dev-news-entities.tsv")) ? gold.resolve("dev-news-entities.tsv") : gold.resolve("dev-entities.tsv");
            Set<String> missed = missedIds(base == null ? null : base.resolve(set[0] + ".txt"));
            List<String[]> rows = new ArrayList<>();
            for (String line : Files.readAllLines(ents, StandardCharsets.UTF_8).subList(1, Files.readAllLines(ents).size()))
                rows.add(line.split("\t", -1));
            Map<String, Set<String>> labelsOfDoc = new HashMap<>();
            for (String[] r : rows) {
                Set<String> l = labelsOfDoc.computeIfAbsent(r[1], k -> new HashSet<>());
                l.add(norm(r[2]));
                if (r.length > 4 && !r[4].isBlank())
                    for (String a : r[4].split("\\|"))
                        l.add(norm(a));
            }
            Map<String, List<String>> docLines = new HashMap<>();
            Set<String> seenSentence = new HashSet<>();
            Set<String> seenCand = new HashSet<>();
            for (String[] r : rows) {
                String top = topClass(r[3]);
                boolean pos = top.equals("Issue") || top.equals("Principle");
                if (seenCand.add(r[1] + "\t" + norm(r[2])))
                    out.add(new Cand(set[0], r[1], r[2], pos, pos ? top : "gold-" + top, pos && missed.contains(r[0]), listed(lines(corpus, r[1], docLines), r.length > 5 ? r[5] : "", r[2])));
                if (!pos || r.length < 6 || r[5].isBlank())
                    continue;
                List<String> lines = lines(corpus, r[1], docLines);
                int n = Integer.parseInt(r[5].trim().split("[^0-9]")[0]); // "8-9": the first line
                if (n < 1 || n > lines.size())
                    continue;
                for (String sentence : lines.get(n - 1).split("(?<=[。！？；])")) {
                    if (!sentence.contains(r[2]) || !seenSentence.add(r[1] + "\t" + sentence))
                        continue;
                    List<int[]> protectedSpans = new ArrayList<>(); // issue/principle labels of the sentence
                    for (String[] q : rows)
                        if (q[1].equals(r[1]) && (topClass(q[3]).equals("Issue") || topClass(q[3]).equals("Principle")))
                            for (int at = sentence.indexOf(q[2]); at >= 0 && !q[2].isEmpty(); at = sentence.indexOf(q[2], at + 1))
                                protectedSpans.add(new int[] {at, at + q[2].length()});
                    for (int[] span : nounRuns(sentence)) {
                        String p = sentence.substring(span[0], span[1]);
                        if (labelsOfDoc.get(r[1]).contains(norm(p)) || protectedSpans.stream().anyMatch(s -> s[0] < span[1] && span[0] < s[1]))
                            continue;
                        if (seenCand.add(r[1] + "\t" + norm(p)))
                            out.add(new Cand(set[0], r[1], p, false, "noun-run", false, listed(sentence, span[0], span[1])));
                    }
                }
            }
        }
        return out;
    }

    /** Runs of nouns as the list readers take them (IssuePhrases: n*, vn, gi, j, l, b, an; not nr/ns/nt/nx, not function words), 2–12 characters. */
    static List<int[]> nounRuns(String sentence) {
        List<Term> terms = HanLP.segment(sentence);
        List<int[]> out = new ArrayList<>();
        int at = 0, start = -1;
        for (Term t : terms) {
            String n = t.nature == null ? "" : t.nature.toString();
            boolean nounish = !(n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.equals("nx"))
                    && (n.startsWith("n") || n.equals("vn") || n.equals("gi") || n.equals("j") || n.equals("l") || n.equals("b") || n.equals("an"));
            if (nounish && start < 0)
                start = at;
            if (!nounish && start >= 0) {
                addRun(out, start, at);
                start = -1;
            }
            at += t.word.length();
        }
        if (start >= 0)
            addRun(out, start, at);
        return out;
    }

    static void addRun(List<int[]> out, int s, int e) {
        if (e - s >= 2 && e - s <= 12)
            out.add(new int[] {s, e});
    }

    static List<String> lines(Path corpus, String doc, Map<String, List<String>> cache) {
        return cache.computeIfAbsent(doc, d -> read(corpus.resolve(d + ".txt")));
    }

    /** Whether the label, on its gold line, stands as an item of a list (next to 、, or joined by 和/与/及 to a neighbour). */
    static boolean listed(List<String> lines, String line, String label) {
        try {
            int n = Integer.parseInt(line.trim().split("[^0-9]")[0]);
            if (n < 1 || n > lines.size())
                return false;
            String text = lines.get(n - 1);
            for (int at = text.indexOf(label); at >= 0 && !label.isEmpty(); at = text.indexOf(label, at + 1))
                if (listed(text, at, at + label.length()))
                    return true;
        } catch (NumberFormatException e) {
            // no line
        }
        return false;
    }

    static boolean listed(String text, int s, int e) {
        String before = s > 0 ? text.substring(s - 1, s) : "";
        String after = e < text.length() ? text.substring(e, e + 1) : "";
        return before.equals("、") || after.equals("、") || "和与及".contains(after) && !after.isEmpty()
                || "和与及".contains(before) && !before.isEmpty() || after.equals("等");
    }

    static Set<String> missedIds(Path report) throws IOException {
        Set<String> out = new HashSet<>();
        if (report == null || !Files.exists(report))
            return out;
        boolean in = false;
        for (String l : Files.readAllLines(report)) {
            if (l.startsWith("missed entities:")) {
                in = true;
                continue;
            }
            if (in && !l.startsWith("    "))
                break;
            if (in)
                out.add(l.trim().split("\\s+")[0]);
        }
        return out;
    }

    static String topClass(String c) {
        return switch (c) {
            case "Issue" -> "Issue";
            case "Principle" -> "Principle";
            case "Event" -> "Event";
            case "State", "Person", "GovernmentBody", "RegionalOrganization", "UNEntity", "Company", "InternationalOrganization", "MultilateralForum",
                    "Alliance", "StandardsBody", "CivilSocietyOrganization", "SubnationalGovernment", "ResearchInstitution" -> "Actor";
            default -> "Instrument";
        };
    }

    static List<String> read(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s", "").replaceAll("[《》〈〉“”‘’\"']", "").toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------------------------------------------- references

    static Map<String, List<String>> schemeLabels(Path ontology) {
        Model m = RDFDataMgr.loadModel(ontology.resolve("issues.ttl").toString());
        m.add(RDFDataMgr.loadModel(ontology.resolve("principles.ttl").toString()));
        String skos = "http://www.w3.org/2004/02/skos/core#";
        Property inScheme = m.createProperty(skos + "inScheme");
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("Issue", new ArrayList<>());
        out.put("Principle", new ArrayList<>());
        for (Statement st : m.listStatements(null, inScheme, (RDFNode) null).toList()) {
            String scheme = st.getObject().asResource().getLocalName();
            String kind = scheme.startsWith("Issue") ? "Issue" : scheme.startsWith("Principle") ? "Principle" : null;
            if (kind == null)
                continue;
            Resource c = st.getSubject();
            for (String p : List.of("prefLabel", "altLabel"))
                for (Statement l : c.listProperties(m.createProperty(skos + p)).toList()) {
                    Literal lit = l.getLiteral();
                    if (lit.getLanguage().startsWith("zh") && !out.get(kind).contains(lit.getString()))
                        out.get(kind).add(lit.getString());
                }
        }
        return out;
    }

    static List<String> prototypes(Path p) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8))
            if (!l.startsWith("#") && !l.startsWith("phrase\t") && !l.isBlank())
                out.add(l.split("\t")[0]);
        return out;
    }

    // ---------------------------------------------------------------------------------------------------- scoring

    static List<float[]> embedAll(EmbeddingModel m, List<String> texts) {
        List<float[]> out = new ArrayList<>();
        for (String t : texts)
            out.add(unit(m.embed(t).content().vector()));
        return out;
    }

    static float[] unit(float[] v) {
        double n = 0;
        for (float x : v)
            n += x * x;
        n = Math.sqrt(n);
        float[] o = new float[v.length];
        for (int i = 0; i < v.length; i++)
            o[i] = (float) (v[i] / n);
        return o;
    }

    static double[] sims(float[] v, List<float[]> refs) {
        double[] out = new double[refs.size()];
        for (int r = 0; r < refs.size(); r++) {
            float[] w = refs.get(r);
            double d = 0;
            for (int i = 0; i < v.length; i++)
                d += v[i] * w[i];
            out[r] = d;
        }
        return out;
    }

    static double max(double[] a) {
        double m = -2;
        for (double x : a)
            m = Math.max(m, x);
        return m;
    }

    static double topMean(double[] a, int k) {
        double[] s = a.clone();
        java.util.Arrays.sort(s);
        double t = 0;
        int n = Math.min(k, s.length);
        for (int i = 0; i < n; i++)
            t += s[s.length - 1 - i];
        return t / n;
    }

    static double[] concat(double[] a, double[] b) {
        double[] o = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, o, a.length, b.length);
        return o;
    }

    // ---------------------------------------------------------------------------------------------------- tables

    static void report(String title, List<Cand> cands, java.util.function.ToDoubleFunction<String> score) {
        System.out.printf("%n== %s%n", title);
        System.out.println("threshold | half A: P R (tp/fp/fn), missed-by-main recovered | half B: same");
        for (double t = 0.40; t <= 0.951; t += 0.05)
            System.out.printf("%.2f | %s | %s%n", t, prf(cands, score, t, true), prf(cands, score, t, false));
        for (boolean chooseOnA : new boolean[] {true, false}) {
            double best = Double.NaN;
            int bestTp = -1;
            for (double t = 0.30; t <= 0.99; t += 0.005) {
                int[] c = counts(cands, score, t, chooseOnA);
                double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
                if (p >= 0.85 && c[0] > bestTp) {
                    bestTp = c[0];
                    best = t;
                }
            }
            if (Double.isNaN(best)) {
                System.out.printf("chosen on %s: no threshold reaches precision 0.85%n", chooseOnA ? "A" : "B");
                continue;
            }
            System.out.printf("chosen on %s (max recall at P>=0.85): t=%.3f  on %s: %s  | held-out %s: %s%n", chooseOnA ? "A" : "B", best,
                    chooseOnA ? "A" : "B", prf(cands, score, best, chooseOnA), chooseOnA ? "B" : "A", prf(cands, score, best, !chooseOnA));
        }
    }

    static int[] counts(List<Cand> cands, java.util.function.ToDoubleFunction<String> score, double t, boolean halfA) {
        int tp = 0, fp = 0, fn = 0, missedHit = 0, missed = 0;
        for (Cand c : cands) {
            if (HALF_A.contains(c.set()) != halfA)
                continue;
            boolean yes = score.applyAsDouble(c.text()) >= t;
            if (c.positive() && yes)
                tp++;
            else if (c.positive())
                fn++;
            else if (yes)
                fp++;
            if (c.missedByMain()) {
                missed++;
                if (yes)
                    missedHit++;
            }
        }
        return new int[] {tp, fp, fn, missedHit, missed};
    }

    static String prf(List<Cand> cands, java.util.function.ToDoubleFunction<String> score, double t, boolean halfA) {
        int[] c = counts(cands, score, t, halfA);
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = (double) c[0] / (c[0] + c[2]);
        return String.format("P %.2f R %.2f (%d/%d/%d) missed %d/%d", p, r, c[0], c[1], c[2], c[3], c[4]);
    }

    /** Nearest class: issue scheme, principle scheme or the other prototypes, by top-3 mean; positive when not "other". */
    static void nearestClass(List<Cand> cands, Map<String, double[]> scores) {
        System.out.printf("%n== nearest class (issue max vs principle max vs other-prototype max)%n");
        for (boolean half : new boolean[] {true, false}) {
            Map<String, int[]> byKind = new TreeMap<>();
            int tp = 0, fp = 0, fn = 0;
            for (Cand c : cands) {
                if (HALF_A.contains(c.set()) != half)
                    continue;
                double[] s = scores.get(c.text());
                boolean yes = Math.max(s[2], s[3]) > s[4];
                if (c.positive() && yes)
                    tp++;
                else if (c.positive())
                    fn++;
                else if (yes)
                    fp++;
                int[] k = byKind.computeIfAbsent(c.kind(), x -> new int[2]);
                k[0]++;
                if (yes)
                    k[1]++;
            }
            System.out.printf("half %s: P %.2f R %.2f (%d/%d/%d); accepted by kind %s%n", half ? "A" : "B", (double) tp / Math.max(1, tp + fp),
                    (double) tp / (tp + fn), tp, fp, fn, byKind.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[1] + "/" + e.getValue()[0]).toList());
        }
    }

    static void examples(List<Cand> cands, Map<String, double[]> scores) {
        System.out.printf("%n== highest-scoring negatives and lowest-scoring positives (max cosine)%n");
        List<Cand> neg = new ArrayList<>(cands.stream().filter(c -> !c.positive()).toList());
        neg.sort((a, b) -> Double.compare(scores.get(b.text())[0], scores.get(a.text())[0]));
        for (Cand c : neg.subList(0, Math.min(40, neg.size())))
            System.out.printf("  neg %.3f %s %s (%s)%n", scores.get(c.text())[0], c.set(), c.text(), c.kind());
        List<Cand> pos = new ArrayList<>(cands.stream().filter(Cand::positive).toList());
        pos.sort((a, b) -> Double.compare(scores.get(a.text())[0], scores.get(b.text())[0]));
        for (Cand c : pos.subList(0, Math.min(30, pos.size())))
            System.out.printf("  pos %.3f %s %s (%s%s)%n", scores.get(c.text())[0], c.set(), c.text(), c.kind(), c.missedByMain() ? ", missed by main" : "");
    }
}

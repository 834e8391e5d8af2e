package org.w3id.dgkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * HanLP's segmentation of a sentence (words with their part of speech: nr person, nrf
 * transliterated person, nnt job title, ns place, nt organisation, v verb …), remembered for the
 * last sentences so that the finders that read the same sentence segment it once.
 * <p>
 * The extractor reads every document twice (discovery, then reading), so a sentence is
 * segmented again unless it is still remembered when the second pass reaches it: with 256
 * sentences remembered, the 2,000 distinct texts of corpus/ were segmented 4,000 times (HanLP
 * then took 12% of a build's CPU samples). 8,192 hold a corpus of that size whole (about 4 KB
 * each: the text and its terms, so ~30 MB at most); a larger corpus keeps what fits, never fewer
 * hits than a smaller cache (least recently used is a stack algorithm).
 */
public final class Segmenter {
    private Segmenter() {}

    /**
     * Loads HanLP's dictionaries and models on a thread of its own (0.3 s or more of a cold
     * JVM, on the extraction's critical path otherwise), so that a build can do it while it reads
     * its inputs: the first real segmentation then finds them loaded. The sentence names a person,
     * places and organisations so that the recognisers' models load too; its segmentation is not
     * remembered. Idempotent; a failure is left to the real use to report.
     */
    public static CompletableFuture<Void> warmUp() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                HanLP.segment("某组织秘书长安东尼奥在日内瓦表示，甲国国家信息办公室与乙国委员会将加强合作。");
            } catch (RuntimeException | LinkageError e) {
                // the extraction meets the same problem and says what it is
            }
            done.complete(null);
        }, "dgkg-warm-up-segmenter");
        t.setDaemon(true);
        t.start();
        return done;
    }

    private static final int KEEP = 8192;
    private static final Map<String, List<Term>> RECENT = new LinkedHashMap<>(KEEP, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Term>> eldest) {
            return size() > KEEP;
        }
    };

    static List<Term> terms(String text) {
        synchronized (RECENT) {
            List<Term> t = RECENT.get(text);
            if (t != null)
                return t;
        }
        List<Term> terms;
        try (StageTimer.Lap lap = StageTimer.start("segment (HanLP, cache misses)")) {
            terms = List.copyOf(conjunctionsApart(HanLP.segment(text)));
        }
        int at = 0;
        for (Term t : terms) {
            t.offset = at;
            at += t.word.length();
        }
        synchronized (RECENT) {
            RECENT.put(text, terms);
        }
        return terms;
    }

    /**
     * HanLP's person model glues a coordinating conjunction to the name before it when another name
     * follows (韩国和/英国, 阿比和/联合国副秘书长): the "name" then hides a state or ends in 和, and the
     * real name is lost to every finder that respects word boundaries. A person-tagged word of three or
     * more characters that ends in a one-character conjunction ({@code function-words.tsv}) and is followed
     * by a noun of any kind is cut before the conjunction; the first part takes its dictionary tag where
     * it is a dictionary word (韩国 a place), the person tag otherwise.
     */
    static List<Term> conjunctionsApart(List<Term> terms) {
        List<Term> out = null;
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            boolean glued = t.word.length() >= 3 && nature(t).startsWith("nr") && i + 1 < terms.size()
                    && nature(terms.get(i + 1)).startsWith("n")
                    && Lexicon.words("function-words.tsv", "kind", "conjunction").contains(t.word.substring(t.word.length() - 1));
            if (glued && out == null)
                out = new ArrayList<>(terms.subList(0, i));
            if (out == null)
                continue;
            if (!glued) {
                out.add(t);
                continue;
            }
            String name = t.word.substring(0, t.word.length() - 1);
            CoreDictionary.Attribute known = CoreDictionary.get(name);
            out.add(new Term(name, known != null && known.nature.length > 0 ? known.nature[0] : t.nature));
            out.add(new Term(t.word.substring(t.word.length() - 1), Nature.c));
        }
        return out == null ? terms : out;
    }

    /** The word of {@code text}'s segmentation that starts at {@code offset}, or null when none does (the offset is inside a word). */
    static Term termAt(String text, int offset) {
        for (Term t : terms(text))
            if (t.offset == offset)
                return t;
        return null;
    }

    static String nature(Term t) {
        return t.nature == null ? "" : t.nature.toString();
    }
}

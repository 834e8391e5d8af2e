package org.w3id.dgkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
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
        List<Term> terms = List.copyOf(HanLP.segment(text));
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

    static String nature(Term t) {
        return t.nature == null ? "" : t.nature.toString();
    }
}

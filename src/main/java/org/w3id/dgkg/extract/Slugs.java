package org.w3id.dgkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3id.dgkg.vocab.DGKG;

/**
 * Deterministic ASCII slugs for discovered entities: the pinyin of the canonical Chinese label
 * (Latin letters and digits kept), truncated, with a short hash of the label when two labels
 * would share a slug. The same label always yields the same slug within a build, and across
 * builds unless a new homophone label appears.
 */
final class Slugs {
    private static final int MAX = 72;
    private final Map<String, String> labelBySlug = new HashMap<>();
    private final Map<String, String> slugByLabel = new HashMap<>();

    /** Returns the slug for {@code label}, unique among the labels this instance has seen. */
    String slug(String label) {
        String known = slugByLabel.get(label);
        if (known != null)
            return known;
        String base = pinyin(label);
        String slug = base;
        String owner = labelBySlug.get(slug);
        if (base.isEmpty() || (owner != null && !owner.equals(label)))
            slug = (base.isEmpty() ? "x" : base) + "-" + DGKG.shortHash(label);
        labelBySlug.put(slug, label);
        slugByLabel.put(label, slug);
        return slug;
    }

    static String pinyin(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
        List<Pinyin> pys = HanLP.convertToPinyinList(s);
        StringBuilder out = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c < 128 && Character.isLetterOrDigit(c)) {
                latin.append(Character.toLowerCase(c));
                continue;
            }
            appendToken(out, latin.toString());
            latin.setLength(0);
            if (i < s.length() && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                Pinyin p = i < pys.size() ? pys.get(i) : null;
                if (p != null && p != Pinyin.none5)
                    appendToken(out, p.getPinyinWithoutTone());
            }
        }
        String slug = out.toString();
        if (slug.length() > MAX)
            slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "") + "-" + DGKG.shortHash(label);
        return slug;
    }

    private static void appendToken(StringBuilder out, String token) {
        if (token.isEmpty())
            return;
        if (out.length() > 0)
            out.append('-');
        out.append(token);
    }
}

package org.w3id.dgkg.extract;

import com.hankcs.hanlp.HanLP;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * The text the rules read: a document in traditional characters (manifest language {@code zh-Hant},
 * or detected) is read through its simplified form, so that the registry, the lexicons and the
 * rules written for simplified text apply. The conversion is made character for character of equal
 * length, so every offset found in the reading text is an offset of the document's own text; a
 * name found there keeps the form the document writes as an alternative label.
 */
final class Script {
    private Script() {}

    /** Share of Han characters that change under conversion above which a text counts as traditional. */
    private static final double TRADITIONAL_SHARE = 0.04;

    private static final Map<String, String> READING = new ConcurrentHashMap<>();

    /** The normalised text of the document as the rules read it (same length, same offsets). */
    static String reading(SourceDocument doc) {
        return READING.computeIfAbsent(doc.sha256() + doc.id(), k -> {
            String text = doc.normalised().text();
            if (!isTraditional(doc, text))
                return text;
            return simplified(text);
        });
    }

    /** The sentence as the rules read it. */
    static String reading(SourceDocument doc, Sentence s) {
        String r = reading(doc);
        if (r == doc.normalised().text())
            return s.text();
        return r.substring(s.span().start(), s.span().end());
    }

    static boolean isTraditional(SourceDocument doc, String text) {
        String lang = doc.meta().language();
        if (lang != null && lang.toLowerCase().startsWith("zh-hant"))
            return true;
        if (lang != null && lang.toLowerCase().startsWith("zh-hans"))
            return false;
        return changedShare(text) > TRADITIONAL_SHARE;
    }

    static double changedShare(String text) {
        String s = HanLP.convertToSimplifiedChinese(text);
        if (s.length() != text.length())
            s = simplified(text);
        int han = 0;
        int changed = 0;
        for (int i = 0; i < text.length(); i++)
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                han++;
                if (s.charAt(i) != text.charAt(i))
                    changed++;
            }
        return han == 0 ? 0 : changed / (double) han;
    }

    /**
     * Simplified characters in place of traditional ones, one for one. HanLP converts by phrase; where
     * a phrase changes length the characters of the original are converted one by one instead.
     */
    static String simplified(String text) {
        String whole = HanLP.convertToSimplifiedChinese(text);
        if (whole.length() == text.length())
            return mainlandQuotes(whole);
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = HanLP.convertToSimplifiedChinese(String.valueOf(text.charAt(i)));
            b.append(c.length() == 1 ? c.charAt(0) : text.charAt(i));
        }
        return mainlandQuotes(b.toString());
    }

    /**
     * 「數位服務法」: traditional texts quote with corner brackets where simplified ones use “”; the rules
     * that read quoted names expect the latter. One character for one, so offsets stay.
     */
    private static String mainlandQuotes(String text) {
        return text.replace('「', '“').replace('」', '”').replace('『', '‘').replace('』', '’');
    }

    private static final Map<String, String> SIMPLIFIED_LABELS = new ConcurrentHashMap<>();

    /**
     * A registry label as a text in traditional characters reads once simplified (歐盟執委會 as 欧盟执委会):
     * the reading text is simplified, so a zh-Hant label matches only in this form. Latin labels are kept.
     */
    static String simplifiedLabel(String label) {
        boolean han = false;
        for (int i = 0; i < label.length() && !han; i++)
            han = Character.UnicodeScript.of(label.charAt(i)) == Character.UnicodeScript.HAN;
        return han ? SIMPLIFIED_LABELS.computeIfAbsent(label, Script::simplified) : label;
    }

    /** The form the document writes for a name found in its reading text, or null when it is the same or absent. */
    static String writtenForm(SourceDocument doc, String label) {
        String r = reading(doc);
        String text = doc.normalised().text();
        if (r == text)
            return null;
        int at = r.indexOf(label);
        if (at < 0)
            return null;
        String written = text.substring(at, at + label.length());
        return written.equals(label) ? null : written;
    }

}

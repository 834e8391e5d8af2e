package org.w3id.dgkg.extract;

import org.w3id.dgkg.ingest.Sentence;
import org.w3id.dgkg.ingest.SourceDocument;

/**
 * The headline a story opens with (the manifest's title, read as the first paragraph): it names the
 * actors, instruments and events of the story, but in telegraphic clauses set off by spaces, with
 * subjects left out (欧盟公布首批“守门人”名单 六家科技企业纳入《数字市场法》监管), so it states no
 * relation; the body states them again in full sentences. Its names are read.
 */
final class Headlines {
    private Headlines() {}

    /** True when {@code s} is part of the document's first paragraph and that paragraph is the title. */
    static boolean isHeadline(SourceDocument doc, Sentence s) {
        String title = doc.meta().titleZh();
        if (title == null || doc.sentences().isEmpty() || s.paragraph() != doc.sentences().get(0).paragraph())
            return false;
        String t = compact(title);
        String sentence = compact(s.text());
        return sentence.length() >= 4 && t.contains(sentence) && t.equals(compact(firstParagraph(doc)));
    }

    private static String firstParagraph(SourceDocument doc) {
        StringBuilder b = new StringBuilder();
        int p = doc.sentences().get(0).paragraph();
        for (Sentence s : doc.sentences()) {
            if (s.paragraph() != p)
                break;
            b.append(s.text());
        }
        return b.toString();
    }

    private static String compact(String s) {
        return s.replaceAll("[\\s\\u3000]", "");
    }
}

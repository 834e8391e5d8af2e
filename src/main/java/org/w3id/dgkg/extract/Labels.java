package org.w3id.dgkg.extract;

import java.text.Normalizer;

/** How names are compared: NFKC, no whitespace, dashes unified, no wrapping title marks or quotes. */
final class Labels {
    private Labels() {}

    static String key(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
        s = s.replaceAll("[\\s\\u2005\\u2002\\u3000]+", "");
        s = s.replace('—', '-').replace('－', '-').replace('–', '-');
        s = s.replaceAll("^[《“\"']+|[》”\"']+$", "");
        return s;
    }

    /** The display form of a name found in text: whitespace between CJK removed, quotes kept. */
    static String clean(String label) {
        return label.strip().replaceAll("(?<=[^A-Za-z0-9])\\s+|\\s+(?=[^A-Za-z0-9])", "");
    }
}

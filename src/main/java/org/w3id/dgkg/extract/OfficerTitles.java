package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A registry name that is also a title ({@code role-words.tsv}: the UN Secretary-General is called 秘书长) names that
 * office only on its own or after its own body: written right after another organisation's name (东盟秘书长,
 * 经合组织秘书长, 国际电联秘书长) it is that organisation's officer, and no mention of the registry's office. After a
 * person's name (古特雷斯秘书长) or a verb (落实秘书长…的报告) it stays a mention.
 */
final class OfficerTitles {
    private OfficerTitles() {}

    /** {@code hits} without the titles that belong to the organisation named right before them. */
    static List<Hit> withoutOtherBodiesOfficers(String text, List<Hit> hits) {
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits)
            if (!isOfficerOfAnother(text, h, hits))
                kept.add(h);
        return kept.size() == hits.size() ? hits : kept;
    }

    private static boolean isOfficerOfAnother(String text, Hit h, List<Hit> hits) {
        if (!h.isActor() || h.end() > text.length() || !Lexicon.words("role-words.tsv", "kind", "role").contains(text.substring(h.start(), h.end())))
            return false;
        for (Hit b : hits)
            if (b.end() == h.start() && b.isActor() && !b.iri().equals(h.iri()) && !"Person".equals(b.type()))
                return true;
        return false;
    }

    /**
     * The characters between an actor and the person named after it are the person's title (部长, 总统, 常驻代表: a
     * role word of role-words.tsv at their end): short ({@code max} characters at most), and no list, clause or 的 between.
     */
    static boolean isRoleGap(String gap, int max) {
        if (gap.isEmpty() || gap.length() > max || gap.matches("(?s).*[、，,和与及同；。的].*"))
            return false;
        for (String role : Lexicon.words("role-words.tsv", "kind", "role"))
            if (gap.endsWith(role))
                return true;
        return false;
    }
}

package org.w3id.dgkg.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * An event series is never dated (a guard after the date rules, no rule of its own): a recurring meeting named by its organiser and a series head
 * ({@code series-heads.tsv}: 世界经济论坛年会, 亚太经合组织领导人非正式会议, 二十国集团领导人峰会) without an ordinal or a year
 * is the series, not one of its meetings; "2024年1月16日，世界经济论坛年会在达沃斯开幕" dates one edition the text does not
 * name, so the date is dropped rather than put on the series. An edition the text names (第五十四届世界经济论坛年会,
 * 2024年东盟峰会, 亚太经合组织第三十次领导人非正式会议) is an event of its own (EventEditions) and keeps its date.
 */
final class SeriesDates {
    /** An ordinal or a year in the name: an edition (第十八届, 第14次, 首届, 2024年). */
    private static final Pattern EDITION_MARK = Pattern.compile("第[一二三四五六七八九十百零\\d]+[届屆次期轮輪]|首届|首屆|首次|(?:19|20)\\d{2}");
    /** Quotes and spaces that do not change a name. */
    private static final Pattern NOISE = Pattern.compile("[“”「」\"\\s\\u2005]");
    /** The shortest organiser a head with organiser "any" takes: a place-named edition (京都年会) is shorter. */
    private static final int ANY_ORGANISER_MIN = 4;

    private final Map<String, Entity> byIri;
    private final Predicate<String> isActorName;
    private final Map<String, Boolean> seen = new HashMap<>();

    /**
     * @param byIri       the entities of the document (labels of the dated events)
     * @param isActorName whether a string is, whole, the name of an actor (the organiser before a series head)
     */
    SeriesDates(Map<String, Entity> byIri, Predicate<String> isActorName) {
        this.byIri = byIri;
        this.isActorName = isActorName;
    }

    /** Removes from {@code rels} the dates whose subject is an event series. */
    void drop(List<RelationRules.Rel> rels) {
        rels.removeIf(r -> r.predicate().equals("date") && isSeries(r.subject()));
    }

    private boolean isSeries(String iri) {
        return seen.computeIfAbsent(iri, k -> {
            Entity e = byIri.get(k);
            if (e == null || e.labelZh() == null)
                return false;
            return isSeriesName(e.labelZh(), isActorName);
        });
    }

    /** Whether {@code label} names a series: an organiser, then a series head, and no ordinal or year. */
    static boolean isSeriesName(String label, Predicate<String> isActorName) {
        String name = NOISE.matcher(label).replaceAll("");
        if (EDITION_MARK.matcher(name).find())
            return false;
        for (Map.Entry<String, String> head : Lexicon.longestFirst("series-heads.tsv", "organiser")) {
            if (!name.endsWith(head.getKey()) || name.length() == head.getKey().length())
                continue;
            String organiser = name.substring(0, name.length() - head.getKey().length());
            if (isActorName.test(organiser) || "any".equals(head.getValue()) && organiser.codePointCount(0, organiser.length()) >= ANY_ORGANISER_MIN)
                return true;
        }
        return false;
    }
}

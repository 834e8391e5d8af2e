package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 全球互联网反恐论坛（GIFCT）发布了透明度报告: a 论坛 glossed by an acronym in Latin letters is most often a
 * standing body that acts (publishes, admits members), not a meeting; it is an alliance of its founders. It is a
 * meeting where the text dates or numbers it (第二届, 首届, 2024年, 年会) or holds, attends or opens it (举行,
 * 召开, 出席, 期间): those are left to the event rules. So is a 论坛 that the text founds or joins (宣布成立“前沿模型论坛”,
 * 宣布加入…论坛): a meeting is held, never founded or joined.
 */
final class ForumBodies {
    private ForumBodies() {}

    static final String RULE = "forum-body";

    private static final Pattern GLOSSED_FORUM = Pattern.compile("([\\u4e00-\\u9fff·\\-—]{2,20}论坛)[（(]([A-Z][A-Za-z0-9&\\-]{1,11})[）)]");
    /** A meeting's marks inside the name: an ordinal, a year, an annual meeting. */
    private static final Pattern MEETING_NAME = Pattern.compile(".*(?:第[一二三四五六七八九十百\\d]+[届次]|首届|\\d{4}|年会|峰会|会议|大会).*");
    /** Words of the clause that make the forum a meeting. */
    private static final Pattern MEETING_BEFORE = Pattern.compile("(?:举行|举办|召开|主办|承办|出席|参加|参与|出席了|参加了|在)$");
    private static final Pattern MEETING_AFTER = Pattern.compile("^(?:上|期间|开幕|闭幕|召开|举行|在[^，。；]{1,12}(?:举行|召开|开幕)|于[^，。；]{1,16}(?:举行|召开|开幕)|将于|年会)");

    /**
     * 宣布成立“前沿模型论坛”, 宣布加入…论坛: a forum founded or joined (relation-cues.tsv, acts establish and join) is a standing
     * body; a meeting is held, never founded or joined. Group 1 is the name, quoted or not (made once per lexicon).
     */
    private static Pattern foundedOrJoined() {
        return CueWords.pattern("forum-founded-or-joined", () -> {
            java.util.Set<String> verbs = new java.util.LinkedHashSet<>(Lexicon.words("relation-cues.tsv", "act", "establish"));
            verbs.addAll(Lexicon.words("relation-cues.tsv", "act", "join"));
            verbs.removeIf(v -> !v.matches("[\\u4e00-\\u9fff]+"));
            return "(?:" + Lexicon.alternation(verbs) + ")了?[“「\"]?((?:[\\u4e00-\\u9fff&&[^的了]]|[·\\-—]){2,20}?论坛)(?![\\u4e00-\\u9fff])";
        });
    }

    /**
     * A 论坛 right after a verb of founding (relation-cues.tsv, act establish: 成立, 设立, 发起成立), maybe in quotes:
     * one founds a body, not a meeting (四家公司联合宣布成立“前沿模型论坛”).
     */
    private static Pattern founded() {
        return CueWords.pattern("forum-founded", () -> "(?:" + Lexicon.alternation(Lexicon.words("relation-cues.tsv", "act", "establish")) + ")(?:了)?([“「]?)((?:[\\u4e00-\\u9fff&&[^的了]]|[A-Za-z0-9·\\-—]){2,20}?论坛)(?=[”」]|[（(，,。；、]|$)");
    }

    /** Whether the 论坛 at [start, end) is one a verb of founding names (no meeting, a body: {@link #find}). */
    static boolean founded(String text, int start, int end) {
        return find(text).stream().anyMatch(o -> o.start() == start && o.end() == end && o.rule().equals(RULE));
    }

    static List<OrganisationFinder.Organisation> find(String text) {
        List<OrganisationFinder.Organisation> out = new ArrayList<>();
        Matcher f = founded().matcher(text);
        while (f.find()) {
            String label = Labels.clean(f.group(2));
            if (label.length() < 4 || MEETING_NAME.matcher(label).matches() || label.matches("^(这|该|此|本|各|其|一|多|相关|有关).*"))
                continue;
            if (!f.group(1).isEmpty() != (f.end() < text.length() && "”」".indexOf(text.charAt(f.end())) >= 0))
                continue; // an opening quote needs its closing one right after the head
            out.add(new OrganisationFinder.Organisation(label, f.start(2), f.end(2), "Alliance", RULE));
        }
        Matcher m = GLOSSED_FORUM.matcher(text);
        while (m.find()) {
            int start = NameFinder.trimLeft(text, m.start(1), m.end(1) - 2);
            if (start < 0)
                continue;
            String label = Labels.clean(text.substring(start, m.end(1)));
            if (label.length() < 4 || MEETING_NAME.matcher(label).matches() || label.matches("^(这|该|此|本|各|其|一|多|相关|有关).*"))
                continue;
            if (MEETING_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find() || MEETING_AFTER.matcher(text.substring(m.end())).find())
                continue;
            out.add(new OrganisationFinder.Organisation(label, start, m.end(1), "Alliance", RULE));
        }
        Matcher j = foundedOrJoined().matcher(text); // 宣布加入…论坛 too; a name the founding pattern took is not read twice
        while (j.find()) {
            String label = j.group(1);
            if (label.length() < 4 || MEETING_NAME.matcher(label).matches() || label.matches("^(这|该|此|本|各|其|一|多|相关|有关).*")
                    || MEETING_AFTER.matcher(text.substring(j.end())).find() || out.stream().anyMatch(o -> o.end() == j.end(1)))
                continue;
            out.add(new OrganisationFinder.Organisation(label, j.start(1), j.end(1), "Alliance", RULE));
        }
        return out;
    }
}

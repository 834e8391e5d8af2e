package org.w3id.dgkg.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discovery of the body a member table is about: a caption 表N + name + (首批/创始/…) + 成员 names
 * the organisation whose members the rows list (表3-1 某某联盟首批成员(2024年)), whether or not the
 * registry or a suffix knows it. Its class comes from its suffix (organisation-suffixes.tsv), else it is
 * an alliance: a group that has members.
 */
final class TableCaptions {
    static final String RULE = "table-caption";
    /** Words between the name and the member word that qualify the members, not the name. */
    private static final Pattern QUALIFIED_MEMBERS = Pattern.compile(
            "^(.{2,30}?)((?:首批|第一批|第二批|创始|初始|现任|现有|全体|主要|部分|正式|新)*)(成员国|成员方|成员|会员国|会员)(名单|一览表?|列表|情况)?\\s*([（(][^）)]*[）)])?\\s*$");
    private static final Pattern NAME = Pattern.compile("^[\\p{IsHan}A-Za-z0-9·\\-—]+$");

    private TableCaptions() {}

    /** A name at [start,end) of a caption, with its class. */
    record Subject(String label, int start, int end, String type) {}

    /** The body a member table's caption names, or null when {@code text} is no such caption. */
    static Subject subject(String text) {
        Matcher cap = TableCues.CAPTION.matcher(text);
        if (!cap.find())
            return null;
        String rest = text.substring(cap.end());
        Matcher m = QUALIFIED_MEMBERS.matcher(rest);
        if (!m.find())
            return null;
        String name = m.group(1).strip();
        if (!NAME.matcher(name).matches() || name.codePointCount(0, name.length()) < 4 || name.endsWith("的"))
            return null;
        int start = cap.end() + rest.indexOf(name);
        return new Subject(name, start, start + name.length(), typeOf(name));
    }

    private static String typeOf(String name) {
        for (Map.Entry<String, String> e : Lexicon.longestFirst("organisation-suffixes.tsv", "class"))
            if (name.endsWith(e.getKey()) && name.length() > e.getKey().length() && !e.getValue().isEmpty()
                    && !e.getValue().equals("Actor"))
                return e.getValue();
        return "Alliance";
    }
}

package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Within one document, a discovered name that is the end of exactly one longer discovered name of
 * the same kind is that thing's short name (里约峰会 for 二十国集团第十九次领导人里约峰会; 杜邦 for
 * 让·杜邦): it becomes an alternative label, not a second entity. With two longer names ending
 * the same way (第二届…论坛, 第三届…论坛) it stays its own name. A person's short name must follow
 * the · of the full name. A longer name that is the short one qualified by an ordinal or a period
 * (首届开放式工作组, 第六届政府专家组, 2021—2025年开放式工作组 for 开放式工作组) names one
 * instance of a series: the unqualified head is the series, or another instance, never its short name.
 * An instrument's title shortened by leaving out its middle is the same instrument ({@link #isAbbreviation}).
 */
final class ShortNames {
    private ShortNames() {}

    /**
     * 首届, 第六届, 第3次, 2021—2025年: what picks one instance out of a series. A single year is left out:
     * 乌镇峰会 in a text about the 2023年乌镇峰会 is that summit.
     */
    private static final Pattern INSTANCE = Pattern.compile(
            "(?:\\d{4}\\s*年?\\s*[—\\-–－至~～]\\s*\\d{4}\\s*年?\\s*(?:第[一二三四五六七八九十百零\\d]+[届次期轮]|首届|首次)?"
                    + "|(?:\\d{4}\\s*年?\\s*)?(?:第[一二三四五六七八九十百零\\d]+[届次期轮]|首届|首次|新一届))");

    /** The part in front of a short name is only an ordinal or a period. */
    static boolean isInstanceQualifier(String prefix) {
        return INSTANCE.matcher(prefix.strip()).matches();
    }

    /**
     * 人工智能框架公约 for 人工智能与人权、民主和法治框架公约: a title shortened by leaving out its middle, as headlines
     * do. The short one is the long one's head (two characters or more) followed by its ending (two or more: the
     * kind, with the word before it), and what is left out is long or a coordination.
     */
    static boolean isAbbreviation(String shortName, String longName) {
        if (shortName.length() < 5 || longName.length() - shortName.length() < 2)
            return false;
        for (int i = 2; i <= shortName.length() - 2; i++) {
            if (!longName.startsWith(shortName.substring(0, i)) || !longName.endsWith(shortName.substring(i)))
                continue;
            String middle = longName.substring(i, longName.length() - (shortName.length() - i));
            // what a headline leaves out is long or a coordination (与人权、民主和法治); a short qualifier
            // (数据出境安全管理办法 beside 数据安全管理办法) makes another instrument
            if (middle.length() >= 6 || middle.length() >= 4 && middle.matches(".*[与和及、，,].*"))
                return true;
        }
        return false;
    }

    /** An ordinal at the end of what stands before a title's kind: 第二附加议定书, 第3号, 首份 (the Nth text of that kind). */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?:第[一二三四五六七八九十百零两\\d]+|首)$");
    /** A year at the end of what stands before a title: 2023年海洋数字联合声明. */
    private static final Pattern YEAR_BEFORE = Pattern.compile("((?:19|20)\\d{2})\\s*年?\\s*$");

    /**
     * Whether the instrument titled {@code longName} is another text than the one titled {@code shortName} that it
     * contains, whatever the containment suggests: (1) the long one's extra part ends in an ordinal (第二附加议定书 is
     * not the 附加议定书 the document also names: a first and a second protocol); (2) it ends in a year, and the
     * document issues, adopts or signs the short title in other years only (《X联合声明》 of 2019 and
     * 《2023年X联合声明》: two statements); (3) the document declares a short name for each of the two (（以下简称…）):
     * both are written out in full, as titles of their own. The years are those of the clauses that act on each
     * title (TitleEditions.actYear), so the decision reads only the document.
     */
    static boolean otherText(String shortName, Set<String> shortYears, boolean shortDeclared, String longName, Set<String> longYears,
            boolean longDeclared) {
        if (shortDeclared && longDeclared)
            return true;
        if (!longName.endsWith(shortName))
            return false;
        String before = longName.substring(0, longName.length() - shortName.length()).strip();
        java.util.regex.Matcher o = ORDINAL_BEFORE.matcher(before);
        if (o.find() && !o.group().equals("第一") && !o.group().equals("首"))
            return true; // 第一附加议定书 may well be the 附加议定书 written out
        java.util.regex.Matcher y = YEAR_BEFORE.matcher(before);
        return y.find() && !shortYears.isEmpty() && !shortYears.contains(y.group(1));
    }

    static <F> void merge(Map<String, F> discovered, Function<F, String> top, Function<F, String> label, BiConsumer<F, String> addAlias) {
        merge(discovered, top, label, addAlias, (s, l) -> false);
    }

    /**
     * As {@link #merge(Map, Function, Function, BiConsumer)}, with {@code apart} deciding for two instruments that the
     * longer one is another text ({@link #otherText}): then the short one is not its short name.
     */
    static <F> void merge(Map<String, F> discovered, Function<F, String> top, Function<F, String> label, BiConsumer<F, String> addAlias,
            java.util.function.BiPredicate<F, F> apart) {
        List<String> drop = new ArrayList<>();
        for (Map.Entry<String, F> shortName : discovered.entrySet()) {
            F s = shortName.getValue();
            String sl = label.apply(s);
            if (sl.length() < 2 || "Principle".equals(top.apply(s)) || "Issue".equals(top.apply(s)))
                continue;
            F into = null;
            int count = 0;
            for (F l : discovered.values()) {
                String ll = label.apply(l);
                if (l == s || !top.apply(l).equals(top.apply(s)) || ll.length() <= sl.length())
                    continue;
                if ("Instrument".equals(top.apply(s)) && (ll.endsWith(sl) || isAbbreviation(sl, ll)) && apart.test(s, l))
                    continue; // another text of the same kind: a second protocol, another year's statement

                if (!ll.endsWith(sl)) {
                    if ("Instrument".equals(top.apply(s)) && isAbbreviation(sl, ll)) {
                        into = l;
                        count++;
                    }
                    continue;
                }
                if (ll.contains("·") && !ll.endsWith("·" + sl) || !ll.contains("·") && sl.length() < 3)
                    continue;
                if (isInstanceQualifier(ll.substring(0, ll.length() - sl.length())))
                    continue;
                into = l;
                count++;
            }
            if (count == 1) {
                addAlias.accept(into, sl);
                drop.add(shortName.getKey());
            }
        }
        for (Iterator<String> it = drop.iterator(); it.hasNext();)
            discovered.remove(it.next());
    }
}

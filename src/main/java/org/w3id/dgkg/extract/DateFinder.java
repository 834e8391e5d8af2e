package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in a sentence: 2023年11月1日, 2023年 10月 (spaces anywhere, even inside the
 * digits of a PDF line: 201 3年1 2月), 11月 1-2日 (a range gives its start), months without a year
 * (completed from a year given earlier in the sentence or paragraph, and then marked inferred).
 * Years that frame a period rather than date an act (2022年以来, 到2030年, 2023年底) and years
 * inside titles are not dates.
 */
final class DateFinder {
    private DateFinder() {}

    /** A date found at [start,end) of the text; {@code value} is YYYY, YYYY-MM or YYYY-MM-DD. */
    record Found(String value, int start, int end, boolean inferred) {}

    private static final String S = "[ \\u2005\\u2002\\u3000]*";
    /** After a month: a period or a deadline (以来, 底前), not the date of an act. */
    private static final Pattern PERIOD_AFTER_MONTH = Pattern.compile("(?s)^" + S + "(?:以来|起|至今|(?:底|末|初|上旬|中旬|下旬)" + S + "(?:前|以前|之前|前后|以来|起|至今|开始)).*");
    /** 自/从 before a date and 起/生效/施行 after it: a start of application. */
    private static final Pattern FROM_AFTER = Pattern.compile("(?s)^" + S + "起.*");
    private static final Pattern FROM_BEFORE = Pattern.compile(".*[自从]" + S);
    private static final Pattern IN_FORCE_AFTER = Pattern.compile("(?s)^" + S + "(?:起|开始|生效|施行|适用).*");
    private static final String D = "\\d(?:" + S + "\\d)*";
    private static final Pattern FULL = Pattern.compile(
            "(?<![\\d./])(" + "(?:1[89]|20)" + S + "\\d" + S + "\\d" + ")" + S + "年" + S
                    + "(?:(" + D + ")" + S + "月" + S + "(?:(" + D + ")" + S + "(?:[-—–至]" + S + "(?:" + D + S + "月" + S + ")?" + D + S + ")?日(?:" + S + "[-—–至]" + S + "(?:" + D + S + "月" + S + ")?" + D + S + "日)?)?)?");
    private static final Pattern MONTH_ONLY = Pattern.compile(
            "(?<![\\d年.])(" + D + ")" + S + "月" + S + "(?:(" + D + ")" + S + "(?:[-—–至]" + S + D + S + ")?日)?");
    private static final Pattern AFTER_YEAR_PERIOD = Pattern.compile(
            "^" + S + "(?:以来|来|起|至今|之前|前|以前|以后|之后|后|底|末|初|年初|上半年|下半年|间|期间|左右|前后|年代|代|[-—–至到]" + S + "\\d|、" + S + "\\d|财年|版)");
    private static final Pattern BEFORE_YEAR_PERIOD = Pattern.compile("(?:到|至|截至|截止|自|从|在|于)" + S + "$");

    /** A year written without 年 right after 于 and before the verb: 欧盟于2006推出了《A》. */
    private static final Pattern YEAR_WITHOUT_NIAN = Pattern.compile("于" + S + "((?:19|20)\\d{2})(?=" + S + "[\\u4e00-\\u9fff&&[^年月日]])");

    static List<Found> find(String text, String paragraphYear) {
        return find(text, paragraphYear, null);
    }

    /** A point of counting or the end of a span right before a date (截至, 到: date-step-cues.tsv kind as-of). */
    private static final Pattern AS_OF_BEFORE = Pattern.compile("(?:" + DateCues.cues("as-of").pattern() + ")" + S + "$");

    /**
     * Whether a date starting at {@code start} follows a cue of counting (截至8月初, 截至今年6月, 截止到15日): the date is when
     * a count or a state is taken, no date of an act, whatever its form.
     */
    static boolean asOf(String text, int start) {
        return AS_OF_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find();
    }

    /** Marks [start, end) taken without keeping a date there (a date read as a point of counting). */
    private static void take(boolean[] taken, int start, int end) {
        for (int i = start; i < end && i < taken.length; i++)
            taken[i] = true;
    }

    /** 今年 and 去年 count from the document's year; 同年 and 当年 mean the year last written. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("(今年|本年|去年|前年|同年|当年)" + S + "$");
    /** A day without its month: 8日, 在1日举行的 (not 1日起施行, not part of 7月7日至11日). */
    static final Pattern DAY_ONLY = Pattern.compile("(?<![\\d年月./:：第])(" + D + ")" + S + "日(?![\\d起前])");
    private static final Pattern RANGE_TAIL = Pattern.compile("^" + S + "[-—–至到]" + S + "(?:" + D + S + "月" + S + ")?" + D + S + "日");
    static final Pattern YESTERDAY = Pattern.compile("昨天|昨日|今天|今日");

    /**
     * As {@link #find(String, String)}, and with the document's own date ({@code issued}: YYYY,
     * YYYY-MM or YYYY-MM-DD from the manifest): a month without a year takes the paragraph's year, else
     * the document's (the year before when that would lie after the document); 今年/去年 count from the
     * document's year; a bare day (8日, a dateline's 7月1日) takes the document's month; 昨天 is the day
     * before the document. Every value completed from context is marked inferred.
     */
    static List<Found> find(String text, String paragraphYear, String issued) {
        return find(text, paragraphYear, issued, null);
    }

    /** As above; 同年/当年 without a year in the sentence or paragraph take {@code documentYear}, the last year the document wrote. */
    static List<Found> find(String text, String paragraphYear, String issued, String documentYear) {
        List<Found> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        Matcher m = FULL.matcher(text);
        String lastYear = paragraphYear;
        while (m.find()) {
            String year = digits(m.group(1));
            String month = m.group(2) == null ? null : digits(m.group(2));
            String day = m.group(3) == null ? null : digits(m.group(3));
            if (insideTitle(text, m.start()))
                continue;
            for (int i = m.start(); i < m.end(); i++)
                taken[i] = true;
            String rest = text.substring(m.end());
            if (month == null) {
                if (AFTER_YEAR_PERIOD.matcher(rest).find())
                    continue;
                String before = text.substring(Math.max(0, m.start() - 3), m.start());
                if (BEFORE_YEAR_PERIOD.matcher(before).find() && !before.endsWith("于") && !before.endsWith("在"))
                    continue;
            } else if (day == null && PERIOD_AFTER_MONTH.matcher(rest).matches()) {
                continue; // 2023年5月以来, 2024年10月底前: a period or a deadline; 2024年10月初，E举行 is dated by its month
            } else if (FROM_AFTER.matcher(rest).matches() || FROM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 2), m.start())).matches()
                    && IN_FORCE_AFTER.matcher(rest).matches()) {
                continue; // 自2023年5月2日起适用: entry into force, not the date of an act
            } else if (asOf(text, m.start())) {
                continue; // 截至2019年9月: a point of counting, not the date of an act
            }
            String v = value(year, month, day);
            if (v != null) {
                out.add(new Found(v, m.start(), m.end(), false));
                lastYear = year;
            }
        }
        Matcher bare = YEAR_WITHOUT_NIAN.matcher(text);
        while (bare.find()) {
            if (taken[bare.start(1)] || insideTitle(text, bare.start(1)) || AFTER_YEAR_PERIOD.matcher(text.substring(bare.end(1))).find())
                continue;
            out.add(new Found(bare.group(1), bare.start(1), bare.end(1), false));
            for (int i = bare.start(1); i < bare.end(1); i++)
                taken[i] = true;
        }
        for (Found f : out)
            takeRangeTail(text, f.end(), taken);
        String issuedYear = issued != null && issued.length() >= 4 ? issued.substring(0, 4) : null;
        relativeYears(text, out, taken, issuedYear, paragraphYear, documentYear);
        relativeMonths(text, out, taken, issued);
        Matcher mo = MONTH_ONLY.matcher(text);
        while (mo.find()) {
            if (taken[mo.start()] || insideTitle(text, mo.start()))
                continue;
            if (asOf(text, mo.start())) {
                take(taken, mo.start(), mo.end()); // 截至8月初: a point of counting
                continue;
            }
            Matcher rel = RELATIVE_YEAR.matcher(text.substring(0, mo.start()));
            String year;
            if (rel.find() && issuedYear != null && !rel.group(1).startsWith("同") && !rel.group(1).startsWith("当"))
                year = String.valueOf(Integer.parseInt(issuedYear) - (rel.group(1).equals("去年") ? 1 : rel.group(1).equals("前年") ? 2 : 0));
            else
                year = yearBefore(text, out, mo.start(), lastYear, paragraphYear);
            if (year == null && rel.find(0) && (rel.group(1).startsWith("同") || rel.group(1).startsWith("当")))
                year = documentYear;
            String month = digits(mo.group(1));
            String day = mo.group(2) == null ? null : digits(mo.group(2));
            if (year == null && issuedYear != null)
                year = FUTURE_BEFORE.matcher(text.substring(Math.max(0, mo.start() - 6), mo.start())).find()
                        ? notBefore(issued, issuedYear, month, day) // 预计将于9月举行: the next September, not the last
                        : notAfter(issued, issuedYear, month, day);
            if (year == null)
                continue;
            String v = value(year, month, day);
            if (v != null)
                keepInferred(text, v, mo.start(), mo.end(), out, taken);
        }
        if (issued != null && issued.matches("\\d{4}-\\d{2}.*")) {
            Matcher d = DAY_ONLY.matcher(text);
            while (d.find()) {
                if (taken[d.start()] || insideTitle(text, d.start()) || asOf(text, d.start()))
                    continue;
                String ym = monthBefore(out, d.start());
                int day = Integer.parseInt(digits(d.group(1)));
                if (ym == null) {
                    ym = issued.substring(0, 7);
                    if (issued.length() >= 10 && day > Integer.parseInt(issued.substring(8, 10)))
                        ym = java.time.YearMonth.parse(ym).minusMonths(1).toString();
                }
                String v = value(ym.substring(0, 4), ym.substring(5, 7), String.valueOf(day));
                if (v != null)
                    out.add(new Found(v, d.start(), d.end(), true));
            }
            if (issued.matches("\\d{4}-\\d{2}-\\d{2}")) {
                Matcher y = YESTERDAY.matcher(text);
                while (y.find())
                    if (!taken[y.start()])
                        out.add(new Found(java.time.LocalDate.parse(issued).minusDays(y.group().startsWith("昨") ? 1 : 0).toString(),
                                y.start(), y.end(), true));
            }
        }
        sameDayOrMonth(text, out, taken);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** A year named relative to the document's (今年, 去年) or to the year last written (同年, 次年), with or without a month. */
    private static final Pattern RELATIVE = Pattern.compile("(今年|本年|去年|前年|同年|当年|次年|翌年)" + S
            + "(?:(" + D + ")" + S + "月" + S + "(?:(" + D + ")" + S + "(?:[-—–至]" + S + "(?:" + D + S + "月" + S + ")?" + D + S + ")?日)?)?");
    /** After a relative year alone: a period or a point of counting (今年以来, 今年底, 今年内), not the date of an act. */
    private static final Pattern AFTER_RELATIVE_PERIOD = Pattern.compile("^" + S + "(?:以来|来|起|至今|之前|前|以前|以后|之后|后|底|末|初|年初|年底|年末|上半年|下半年|"
            + "内|间|期间|左右|前后|第|的|是|也是|又是|正值|恰逢|恰好|正好|将|还将|也将|以后|或|有望|预计|计划|拟|，|,|。)");

    /** Before a relative year that heads its clause: the sentence's start or a clause's end. */
    private static final Pattern CLAUSE_HEAD = Pattern.compile("(?:^|[，,；;。：:])" + S + "$");
    private static final Pattern COMMA_NEXT = Pattern.compile(S + "[，,]");

    /** A role held for a year right before a relative year (作为今年…主席国, 担任今年…): DateCues.ROLE. */
    private static final Pattern ROLE_BEFORE = Pattern.compile("(?:" + DateCues.ROLE.pattern() + ")" + S + "$");
    /** A role right after a relative year: a role verb (今年担任…), or a role noun a few characters on (今年APEC东道主): DateCues. */
    private static final Pattern ROLE_AFTER = Pattern.compile(S + "(?:(?:" + DateCues.ROLE.pattern() + ")|[^，,。；;、：:]{0,8}?(?:"
            + DateCues.cues("role-noun").pattern() + "))");

    /**
     * 今年3月21日, 同年10月7日, 去年11月, 我国于今年陆续发布…: the year is the document's (今年, minus one for 去年),
     * or the year last written in the sentence, paragraph or document (同年/当年; plus one for 次年). Always inferred.
     * A relative year alone dates only a point (于今年发布), never a period (今年以来, 今年底).
     */
    private static void relativeYears(String text, List<Found> out, boolean[] taken, String issuedYear, String paragraphYear,
            String documentYear) {
        Matcher m = RELATIVE.matcher(text);
        List<Found> add = new ArrayList<>();
        while (m.find()) {
            if (taken[m.start()] || insideTitle(text, m.start()))
                continue;
            if (asOf(text, m.start())) {
                take(taken, m.start(), m.end()); // 截至今年6月: a point of counting
                continue;
            }
            String word = m.group(1);
            String month = m.group(2) == null ? null : digits(m.group(2));
            String day = m.group(3) == null ? null : digits(m.group(3));
            // 同年，东盟通过…: a year counted from the one last written, alone heading its clause, is the point of the clause
            // after it (a narrative's next step); 今年，… frames what follows (今年，全球数字治理取得进展)
            boolean heading = (word.startsWith("同") || word.startsWith("当") || word.startsWith("次") || word.startsWith("翌"))
                    && CLAUSE_HEAD.matcher(text.substring(0, m.start())).find() && COMMA_NEXT.matcher(text.substring(m.end())).lookingAt();
            if (month == null && !heading && AFTER_RELATIVE_PERIOD.matcher(text.substring(m.end())).find())
                continue; // 今年以来, 今年底
            if (month == null && ROLE_BEFORE.matcher(text.substring(0, m.start())).find())
                continue; // 巴西作为今年金砖国家轮值主席国: the year of a role held, not the date of an act
            if (month == null && ROLE_AFTER.matcher(text.substring(m.end())).lookingAt())
                continue; // 由今年担任轮值主席国的新西兰主办, 由今年APEC东道主马来西亚主办: the year of the role, not of the act
            String year;
            if (word.startsWith("今") || word.startsWith("本") || word.startsWith("去") || word.startsWith("前")) {
                if (issuedYear == null)
                    continue;
                year = String.valueOf(Integer.parseInt(issuedYear) - (word.startsWith("去") ? 1 : word.startsWith("前") ? 2 : 0));
            } else {
                String base = yearBefore(text, out, m.start(), null, paragraphYear != null ? paragraphYear : documentYear);
                if (base == null)
                    continue;
                year = String.valueOf(Integer.parseInt(base) + (word.startsWith("次") || word.startsWith("翌") ? 1 : 0));
            }
            String v = value(year, month, day);
            if (v != null)
                keepInferred(text, v, m.start(), m.end(), add, taken);
        }
        out.addAll(add);
    }

    /** An inferred date read at [start, end): kept, its characters taken, and the tail of a range it opens (至…日) taken too. */
    private static void keepInferred(String text, String value, int start, int end, List<Found> into, boolean[] taken) {
        into.add(new Found(value, start, end, true));
        for (int i = start; i < end; i++)
            taken[i] = true;
        takeRangeTail(text, end, taken);
    }

    /** A month named relative to the document's (本月, 上月, 上个月), with or without its day. */
    private static final Pattern RELATIVE_MONTH = Pattern.compile("(本月|上月|上个月|上個月)" + S + "(?:(" + D + ")" + S + "日)?");
    /** After a relative month alone: a period or a point of counting (本月以来, 上月底, 本月内), a role (本月担任…主席), not an act's date. */
    private static final Pattern AFTER_MONTH_PERIOD = Pattern.compile("^" + S + "(?:以来|来|起|至今|底|末|初|上旬|中旬|下旬|内|间|期间|的|担任|轮值|将|还将|也将|有望|预计|计划|拟)");

    /** 本月初，…, 上月中旬，…: a part of the month heading its sub-clause is a point in that month (its month), no period. */
    private static final Pattern PART_OF_MONTH_HEADING = Pattern.compile("^" + S + "(?:初|上旬|中旬|下旬|底|末)" + S + "[，,]");

    /**
     * 上月27日, 本月12日, 上月: the month is the document's (its manifest date; minus one for 上月), and needs that date's
     * month; always inferred. A month alone dates only a point (上月宣布), never a period (本月以来) or a role held (本月担任).
     */
    private static void relativeMonths(String text, List<Found> out, boolean[] taken, String issued) {
        if (issued == null || issued.length() < 7)
            return;
        Matcher m = RELATIVE_MONTH.matcher(text);
        List<Found> add = new ArrayList<>();
        while (m.find()) {
            if (taken[m.start()] || insideTitle(text, m.start()))
                continue;
            if (asOf(text, m.start())) {
                take(taken, m.start(), m.end()); // 截至上月底: a point of counting
                continue;
            }
            String day = m.group(2) == null ? null : digits(m.group(2));
            if (day == null && AFTER_MONTH_PERIOD.matcher(text.substring(m.end())).find()
                    && !PART_OF_MONTH_HEADING.matcher(text.substring(m.end())).lookingAt())
                continue;
            java.time.YearMonth ym;
            try {
                ym = java.time.YearMonth.parse(issued.substring(0, 7));
            } catch (java.time.format.DateTimeParseException e) {
                continue;
            }
            if (m.group(1).startsWith("上"))
                ym = ym.minusMonths(1);
            String v = value(String.valueOf(ym.getYear()), String.valueOf(ym.getMonthValue()), day);
            if (v != null)
                keepInferred(text, v, m.start(), m.end(), add, taken);
        }
        out.addAll(add);
    }

    /** 同日/当日 and 同月/当月 after a date of the same sentence: that date's day or month, inferred. */
    private static final Pattern SAME = Pattern.compile("(?:同|当)(日|月)(?![\u4e00-\u9fff]{0,1}(?:内|底|末|初))");

    private static void sameDayOrMonth(String text, List<Found> out, boolean[] taken) {
        Matcher m = SAME.matcher(text);
        List<Found> add = new ArrayList<>();
        while (m.find()) {
            if (taken[m.start()] || insideTitle(text, m.start()))
                continue;
            int need = m.group(1).equals("日") ? 10 : 7;
            Found prev = null;
            for (Found f : out)
                if (f.end() <= m.start() && f.value().length() >= need && (prev == null || f.start() > prev.start()))
                    prev = f;
            if (prev != null)
                add.add(new Found(prev.value().substring(0, need), m.start(), m.end(), true));
        }
        out.addAll(add);
    }

    /** The year of the nearest full date before {@code pos} in this sentence (passing over a date that only modifies a noun when the sentence told an earlier date), else the paragraph's year. */
    private static String yearBefore(String text, List<Found> found, int pos, String lastYear, String paragraphYear) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        String y = null;
        Found story = null; // the last date before pos that is not a modifier of a noun
        for (Found f : sorted) {
            if (f.start() >= pos)
                continue;
            if (story != null && ATTRIBUTIVE_AFTER.matcher(text.substring(f.end())).find()) {
                if (!f.inferred()) // 今年1月20日，…撤销了拜登2023年10月签署的《A》；1月23日…: the year of the story, not of A
                    y = story.value().substring(0, 4);
                continue;
            }
            if (!f.inferred())
                y = f.value().substring(0, 4);
            story = f;
        }
        return y != null ? y : paragraphYear;
    }

    /**
     * A date that only modifies a noun: a short verb and 的 right after it, before any punctuation (2023年10月签署的第14110号行政令):
     * it dates what it names, not the acts told after it.
     */
    private static final Pattern ATTRIBUTIVE_AFTER = Pattern.compile("^" + S + "[\\u4e00-\\u9fff]{1,4}的");

    /** A plan or forecast right before a month written without its year: the month lies ahead of the document. */
    private static final Pattern FUTURE_BEFORE = Pattern.compile("(?:将|将于|将在|预计|计划|拟|拟于|定于|有望|即将)" + S + "(?:于|在)?" + S + "$");

    /** The year of a month ahead of the document: the document's year, or the year after when that would lie before it. */
    private static String notBefore(String issued, String issuedYear, String month, String day) {
        if (issued.length() < 7)
            return issuedYear;
        String candidate = issuedYear + "-" + (month.length() == 1 ? "0" + month : month);
        return candidate.compareTo(issued.substring(0, 7)) < 0 ? String.valueOf(Integer.parseInt(issuedYear) + 1) : issuedYear;
    }

    /** The year of a month written without one, from the document's date: the document's year, or the year before when that would lie after it. */
    private static String notAfter(String issued, String issuedYear, String month, String day) {
        if (issued.length() < 7)
            return issuedYear;
        String candidate = issuedYear + "-" + (month.length() == 1 ? "0" + month : month) + (day == null ? "" : "-" + (day.length() == 1 ? "0" + day : day));
        // compared as precisely as both are written: 12月17日 in a document of 2025-12 is not after it
        int common = Math.min(issued.length(), candidate.length());
        return candidate.substring(0, common).compareTo(issued.substring(0, common)) > 0
                ? String.valueOf(Integer.parseInt(issuedYear) - 1) : issuedYear;
    }

    /** The year and month of the nearest date with a month before {@code pos} in this sentence. */
    private static String monthBefore(List<Found> found, int pos) {
        String ym = null;
        for (Found f : found)
            if (f.start() < pos && f.value().length() >= 7)
                ym = f.value().substring(0, 7);
        return ym;
    }

    /** The rest of a range (…5日至6日, …29日至30日) is no date of its own. */
    private static void takeRangeTail(String text, int end, boolean[] taken) {
        Matcher r = RANGE_TAIL.matcher(text.substring(end));
        if (r.find())
            for (int i = end; i < end + r.end(); i++)
                taken[i] = true;
    }

    /** The last explicit year in a text, to complete month-only dates later in the paragraph. */
    static String lastYear(String text) {
        String y = null;
        for (Found f : find(text, null))
            if (!f.inferred())
                y = f.value().substring(0, 4);
        return y;
    }

    /** A short label closing with a colon before the sentence proper: 延伸阅读：, 背景：, 问：. */
    private static final Pattern LEADING_LABEL = Pattern.compile("^" + S + "[^，。；：:,;！？!?《》“”]{1,8}[：:]" + S + "$");

    /**
     * Whether a date starting at {@code pos} heads its sentence: at its start (after at most two characters, an ordinal
     * or a bracket) or right after a short leading label (延伸阅读：2022年7月12日，…).
     */
    static boolean headsSentence(String text, int pos) {
        return pos <= 2 || LEADING_LABEL.matcher(text.substring(0, pos)).matches();
    }

    private static final Pattern AFTER_SEMICOLON = Pattern.compile("(?s).*[；;]" + S + "$");

    /** Whether a date starting at {@code pos} heads a part of the sentence after a semicolon (…；同年，东盟通过…). */
    static boolean headsPart(String text, int pos) {
        return AFTER_SEMICOLON.matcher(text.substring(0, pos)).matches();
    }

    /** A time of day or a part of a month after a date (今天上午，…; 30日晚，…; 2024年10月初，…): still the date of the clause that follows. */
    private static final Pattern TIME_OF_DAY = Pattern.compile("^" + S + "(?:上午|下午|中午|晚间|晚上|早上|早间|凌晨|傍晚|晚|早|夜间|初|底|末|上旬|中旬|下旬)?" + S + "[，,]");

    /** Whether a comma closes the date ending at {@code end}, after at most a time of day: the date heads the clause after it. */
    static boolean commaAfter(String text, int end) {
        return end < text.length() && TIME_OF_DAY.matcher(text.substring(end)).lookingAt();
    }

    /**
     * The date heading the sentence (2024年5月21日，…; 今天上午，…), the first of {@code dates}, when it heads the
     * sentence and a comma closes it; null otherwise. The clause it dates starts at {@link #clauseAfter}.
     */
    static Found headDate(String text, List<Found> dates) {
        if (dates.isEmpty())
            return null;
        Found head = dates.get(0);
        return headsSentence(text, head.start()) && commaAfter(text, head.end()) ? head : null;
    }

    /** Where the clause after a date heading it starts (after the comma and a time of day), or -1. */
    static int clauseAfter(String text, int end) {
        Matcher m = TIME_OF_DAY.matcher(text.substring(Math.min(end, text.length())));
        return m.lookingAt() ? end + m.end() : -1;
    }

    /** Whether {@code pos} lies inside a 《title》 (its years are part of the name, not dates). */
    static boolean insideTitleAt(String text, int pos) {
        return insideTitle(text, pos);
    }

    private static boolean insideTitle(String text, int pos) {
        int open = text.lastIndexOf('《', pos);
        int close = text.lastIndexOf('》', pos);
        return open > close;
    }

    private static String digits(String s) {
        return s.replaceAll("\\D", "");
    }

    private static String value(String year, String month, String day) {
        if (year.length() != 4)
            return null;
        if (month == null)
            return year;
        int mo = Integer.parseInt(month);
        if (mo < 1 || mo > 12)
            return null;
        if (day == null)
            return String.format("%s-%02d", year, mo);
        int d = Integer.parseInt(day);
        if (d < 1 || d > 31)
            return null;
        return String.format("%s-%02d-%02d", year, mo, d);
    }
}

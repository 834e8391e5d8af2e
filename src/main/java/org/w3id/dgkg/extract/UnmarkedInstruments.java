package org.w3id.dgkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instruments that news names without 《》 in three shapes where nothing but a name can stand:
 * <ul>
 * <li>a resolution after the act that passes or tables it (通过加强人工智能能力建设国际合作决议, 提交了…决议草案,
 * 通过中方主提的…决议): a resolution's title opens with a verb of its own (加强, 促进), which the names
 * {@link NameFinder} reads after a verb may not;</li>
 * <li>a protocol or amendment of a titled instrument (修订《欧日经济伙伴关系协定》的数据跨境流动议定书): the words
 * between 》的 and the head are its name, of the kind of the instrument it amends when its own head says none;</li>
 * <li>a name with an instrument ending that opens a clause and is launched by an actor (全球发展倡议由…提出, …倡议由澳大利亚、日本和新加坡于
 * 2017年共同发起): the subject of a passive act of launching.</li>
 * <li>a decision named by its title alone, 关于…的决定 (全国人民代表大会常务委员会关于加强网络信息保护的决定, 表决通过关于修改
 * 《X法》的决定): after the body that opens it, an act of adopting, or at the opening of a clause; one that amends a titled
 * text (关于修改《X》的决定) anywhere. The name keeps its 关于 and holds the title of what it amends; it is a text of its own.</li>
 * </ul>
 * The heads are data ({@code unmarked-instrument-heads.tsv}); a launched name holds four characters of its own or more (全球发展倡议; 合作计划 is a kind); a bare head (决议, 议定书, 倡议) or a name that opens
 * with a determiner, a count or an ordinal (该倡议, 两项决议, 第二议定书) is no name.
 */
final class UnmarkedInstruments {
    private UnmarkedInstruments() {}

    static final String HEADS = "unmarked-instrument-heads.tsv";
    static final String RULE_RESOLUTION = "resolution-after-act";
    static final String RULE_PART = "instrument-of-title";
    static final String RULE_LAUNCHED = "instrument-launched-by";
    static final String RULE_DECISION = "decision-unmarked";

    /** Characters no such name holds: a clause's function words (和, 与, 及 may join the parts of a title). */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[的了在将并对为是等其该这此把被从向由于而或但也都所之，。；：,;:]");
    /** How a text that is no name opens: a determiner, a count, an ordinal, a word of reference. */
    private static final Pattern NOT_A_NAME_START = Pattern.compile(
            "^(?:这|该|此|本|各|其|上述|相关|有关|若干|系列|第|关于|对|了|所|新一?[轮版项份]|[一两二三四五六七八九十几多数]+[项份个部条])");

    static void find(String text, List<NameFinder.Name> out) {
        resolutions(text, out);
        partsOfTitles(text, out);
        launched(text, out);
        decisions(text, out);
    }

    private static String alternation(String kind) {
        return Lexicon.alternation(Lexicon.words(HEADS, "kind", kind));
    }

    /** An act on a resolution, then perhaps its proposer (中方主提的), then the title. */
    private static Pattern resolutionAfterAct() {
        return Lexicon.cached("unmarked|resolution", () -> Pattern.compile("(?:" + alternation("resolution-act") + ")了?"
                + "(?:[\\u4e00-\\u9fff]{1,8}?(?:主提|提出|起草|提交|牵头)的)?([\\u4e00-\\u9fff、]{6,40}?(?:" + alternation("resolution")
                + "))(?:草案)?(?=[，。；,;）)]|$|和|与|及|等)"));
    }

    private static void resolutions(String text, List<NameFinder.Name> out) {
        Matcher m = resolutionAfterAct().matcher(text);
        while (m.find()) {
            String label = m.group(1);
            if (label.length() - headLength(label, "resolution") < 6 || !isName(label))
                continue;
            out.add(new NameFinder.Name(label, m.start(1), m.end(1), NameFinder.Kind.INSTRUMENT, InstrumentKind.of(label), RULE_RESOLUTION));
        }
    }

    private static Pattern partOfTitle() {
        return Lexicon.cached("unmarked|part", () -> Pattern.compile("《([^《》]{2,40})》的([\\u4e00-\\u9fff]{2,16}?(?:" + alternation("part")
                + "))(?=[，。；,;）)]|$|和|与|及|等|于|已|将|在|获|由)"));
    }

    private static void partsOfTitles(String text, List<NameFinder.Name> out) {
        Matcher m = partOfTitle().matcher(text);
        while (m.find()) {
            String label = m.group(2);
            if (label.length() - headLength(label, "part") < 2 || !isName(label))
                continue;
            String parent = InstrumentKind.of(m.group(1));
            String type = parent.equals("Instrument") ? InstrumentKind.of(label) : parent; // a protocol to a trade agreement is part of it
            out.add(new NameFinder.Name(label, m.start(2), m.end(2), NameFinder.Kind.INSTRUMENT, type, RULE_PART));
        }
    }

    /** A clause opening with a name, then 由 the launching actors, perhaps a time, then the act of launching. */
    private static Pattern launchedBy() {
        return Lexicon.cached("unmarked|launched", () -> Pattern.compile("(?:^|(?<=[，。；：,;:]))([\\u4e00-\\u9fff]{4,24}?(?:"
                + alternation("launched") + "))由([^，。；,;]{1,30}?)(?:共同|联合|正式)?(?:" + alternation("launch-act") + ")"));
    }

    private static void launched(String text, List<NameFinder.Name> out) {
        Matcher m = launchedBy().matcher(text);
        while (m.find()) {
            String label = m.group(1);
            if (label.length() - headLength(label, "launched") < 4 || !isName(label))
                continue;
            out.add(new NameFinder.Name(label, m.start(1), m.end(1), NameFinder.Kind.INSTRUMENT, InstrumentKind.of(label), RULE_LAUNCHED));
        }
    }

    /**
     * 关于, the decision's subject (no clause break, no 的 of its own, at most one title: the text it amends), 的, the head.
     * Group 1 is the name, group 2 the title inside it when there is one.
     */
    private static Pattern decision() {
        return Lexicon.cached("unmarked|decision", () -> Pattern.compile("((?:" + alternation("title-opening") + ")(?:[\\u4e00-\\u9fff]{2,24}?|[\\u4e00-\\u9fff]{0,6}?《([^《》，。；]{2,40})》"
                + "[\\u4e00-\\u9fff]{0,8}?)的(?:" + alternation("decision") + "))(?![\\u4e00-\\u9fff]{0,2}(?:草案|稿))"));
    }

    /** What may stand right before a decision's 关于: the end of a body's name, an act of adopting or issuing it. */
    private static Pattern decisionOpener() {
        return Lexicon.cached("unmarked|decision-opener", () -> Pattern.compile("(?:" + alternation("decision-opener") + "|(?:"
                + alternation("decision-act") + ")了?)$"));
    }

    private static void decisions(String text, List<NameFinder.Name> out) {
        Matcher m = decision().matcher(text);
        while (m.find()) {
            String label = m.group(1);
            String subject = label.substring(0, label.lastIndexOf('的'));
            if (subject.replaceAll("《[^《》]*》", "").matches(".*[的了在将并对为是等其该这此把被从向由而或但也都所之].*"))
                continue; // a clause, not a title
            int s = m.start(1);
            String before = text.substring(Math.max(0, s - 12), s);
            boolean opensClause = s == 0 || "，。；：,;:\n".indexOf(text.charAt(s - 1)) >= 0;
            if (m.group(2) == null && !opensClause && !decisionOpener().matcher(before).find())
                continue; // 各方关于暂停谈判的决定: a decision described, no title
            out.add(new NameFinder.Name(label, s, m.end(1), NameFinder.Kind.INSTRUMENT, "Law", RULE_DECISION));
        }
    }

    /** Whether a title of the form 关于…的决定 (title-opening) opens at {@code at}: the body right before it issued it. */
    static boolean opensTitle(String text, int at) {
        for (String w : Lexicon.words(HEADS, "kind", "title-opening"))
            if (text.startsWith(w, at))
                return true;
        return false;
    }

    /** The length of the shortest head of {@code kind} the label ends with (its whole length when none): what is left is the name's own words. */
    private static int headLength(String label, String kind) {
        int shortest = label.length();
        for (String h : Lexicon.words(HEADS, "kind", kind))
            if (label.endsWith(h))
                shortest = Math.min(shortest, h.length());
        return shortest;
    }

    private static boolean isName(String label) {
        return !NOT_IN_NAME.matcher(label).find() && !NOT_A_NAME_START.matcher(label).find();
    }
}

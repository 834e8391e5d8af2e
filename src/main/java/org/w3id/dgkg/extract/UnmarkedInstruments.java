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
 * <li>a name with an instrument ending that opens a clause and is launched by an actor (…倡议由澳大利亚、日本和新加坡于
 * 2017年共同发起): the subject of a passive act of launching.</li>
 * </ul>
 * The heads are data ({@code unmarked-instrument-heads.tsv}); a bare head (决议, 议定书, 倡议) or a name that opens
 * with a determiner, a count or an ordinal (该倡议, 两项决议, 第二议定书) is no name.
 */
final class UnmarkedInstruments {
    private UnmarkedInstruments() {}

    static final String HEADS = "unmarked-instrument-heads.tsv";
    static final String RULE_RESOLUTION = "resolution-after-act";
    static final String RULE_PART = "instrument-of-title";
    static final String RULE_LAUNCHED = "instrument-launched-by";

    /** Characters no such name holds: a clause's function words (和, 与, 及 may join the parts of a title). */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[的了在将并对为是等其该这此把被从向由于而或但也都所之，。；：,;:]");
    /** How a text that is no name opens: a determiner, a count, an ordinal, a word of reference. */
    private static final Pattern NOT_A_NAME_START = Pattern.compile(
            "^(?:这|该|此|本|各|其|上述|相关|有关|若干|系列|第|关于|对|了|所|新一?[轮版项份]|[一两二三四五六七八九十几多数]+[项份个部条])");

    static void find(String text, List<NameFinder.Name> out) {
        resolutions(text, out);
        partsOfTitles(text, out);
        launched(text, out);
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
        return Lexicon.cached("unmarked|launched", () -> Pattern.compile("(?:^|(?<=[，。；：,;:]))([\\u4e00-\\u9fff]{6,24}?(?:"
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

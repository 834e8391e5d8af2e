package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns other names of a thing from the parentheses right after it: 中文名（English Name, ACRONYM）,
 * 中文名(ACRONYM), 国际电信联盟(国际电联), with full- and half-width brackets in any mix. Status notes
 * (试行, 征求意见稿, 提案), years and statistics are not names.
 */
final class AliasLearner {
    private AliasLearner() {}

    private static final Pattern PAREN = Pattern.compile("^[ \\u2005]?[（(]([^（）()]{1,80})[）)]");
    /** Notes in brackets that are no name (bracket-notes.tsv): a status, a title, a declaration, examples. */
    static final String NOTES = "bracket-notes.tsv";
    private static final CueWords.Table CUES = CueWords.table(NOTES, "AliasLearner");

    /** A note (bracket-notes.tsv), a date or a count (年, 月, 第, 号, %: grammar), bare numbers, or a sentence. */
    private static Pattern notAName() {
        return CUES.pattern("not-a-name", () -> ".*(" + CUES.any("status") + "|" + CUES.any("title") + "|" + CUES.any("declaration") + "|"
                + CUES.any("example") + "|年|月|%|％|第|号|个|亿|万).*|[\\d.,\\s\\-—]+|.*[。；].*");
    }

    /**
     * A short name the text declares for the thing named right before the brackets: （以下简称“第13号法令”）,
     * （简称《数据法》）, （下称“规则”）, （以下簡稱「推進法」）. The declaration cue is data ({@code short-name-cues}
     * rows of {@code function-words.tsv}); the short name is what stands in the quotes (or, unquoted, the rest).
     */
    private static Pattern declaration() {
        return Lexicon.cached("alias|declaration", () -> Pattern.compile("^(?:"
                + Lexicon.alternation(Lexicon.words("function-words.tsv", "kind", "short-name-cue"))
                + ")[为為:：]?\\s*[“「《\"『]?([^“”「」《》\"『』，,。；]{2,30}?)[”」》\"』]?$"));
    }

    /**
     * The short name declared in the brackets at {@code end} (（以下简称“X”） gives X), or null. A generic head (《办法》,
     * “倡议”) is left to the short-reference rule, which resolves it within the document.
     */
    static String declaredShortName(String text, int end) {
        if (end >= text.length())
            return null;
        Matcher m = PAREN.matcher(text.substring(end));
        if (!m.find())
            return null;
        Matcher d = declaration().matcher(m.group(1).strip());
        if (!d.matches())
            return null;
        String name = d.group(1).strip();
        return GenericHeads.isGeneric(Labels.key(name)) ? null : name;
    }

    /** Whether the brackets at {@code end} declare a short name, a generic head too (（以下简称《办法》）). */
    static boolean declaresShortName(String text, int end) {
        if (end >= text.length())
            return false;
        Matcher m = PAREN.matcher(text.substring(end));
        return m.find() && declaration().matcher(m.group(1).strip()).matches();
    }

    /** The aliases in the brackets that start at {@code end} of {@code text} (empty when none). */
    static List<String> after(String text, int end) {
        List<String> out = new ArrayList<>();
        if (end >= text.length())
            return out;
        Matcher m = PAREN.matcher(text.substring(end));
        if (!m.find())
            return out;
        String declared = declaredShortName(text, end);
        if (declared != null) {
            out.add(declared); // （以下简称“第13号法令”）: the document's short name of the thing, one entity with it
            return out;
        }
        String inner = m.group(1).strip();
        if (notAName().matcher(inner).matches() && !inner.matches("[A-Za-z][A-Za-z0-9&.\\- ]*[ ,，]+[A-Z][A-Za-z0-9&.\\- ]*"))
            return out;
        for (String part : inner.split("[，,]")) {
            String p = part.strip();
            if (p.isEmpty())
                continue;
            if (p.matches("[A-Za-z][A-Za-z0-9&.\\-+ /]{0,80}") && (!p.contains("/") || p.matches(".*\\d.*"))) {
                // ISO/IEC JTC 1/SC 42: a code's parts joined by slashes, with its number (TPP/CPTPP is two names, either one)
                if (p.matches("[a-z].*") && !p.matches(".*[A-Z].*"))
                    continue; // a gloss in lower case (disinformation), not a name
                out.add(p.replaceAll("\\s+", " "));
            } else if (p.matches("[\\u4e00-\\u9fff]{2,12}") && !notAName().matcher(p).matches()) {
                out.add(p);
            } else if (p.matches("[A-Za-z\\u4e00-\\u9fff][A-Za-z0-9\\u4e00-\\u9fff\\- ]{1,20}") && p.matches(".*[A-Z].*")) {
                out.add(p);
            }
        }
        return out;
    }

    /** A Latin acronym or gloss in brackets written inside a name, with something of the name after it. */
    private static final Pattern INNER_GLOSS = Pattern.compile("[ \\u2005]?[（(][A-Za-z][A-Za-z0-9&+.\\-]{1,11}[)）](?=.)");

    /**
     * 经济合作与发展组织（OECD）部长理事会会议, 世界经济论坛（WEF）人工智能治理联盟: a name A（B）C that glosses its
     * first part with an acronym is named AC (its label), A（B）C being how it is written; null when the label holds no
     * such gloss (a bracket at the end, 刚果（金）, or Chinese words in brackets that are part of the name, 中国（上海）…).
     */
    static String withoutInnerGloss(String label) {
        Matcher m = INNER_GLOSS.matcher(label);
        if (!m.find() || m.start() == 0)
            return null;
        String plain = label.substring(0, m.start()) + label.substring(m.end());
        return plain.length() >= 2 ? plain : null;
    }

    /** The length of the bracket group at {@code end}, or 0. */
    static int bracketLength(String text, int end) {
        if (end >= text.length())
            return 0;
        Matcher m = PAREN.matcher(text.substring(end));
        return m.find() ? m.end() : 0;
    }
}

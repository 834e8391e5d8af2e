package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Company names that news writes after a description of the company: 美国人工智能公司Anthropic,
 * 法国初创企业Mistral AI, 韩国网络企业Naver. The description ends with a word of {@code
 * company-descriptors.tsv} (公司, 企业, 巨头, 厂商 …) and the name right after it is in Latin letters:
 * the Latin name is the company, the description is no name (加拿大公司 is "a Canadian company"), nor
 * is a legal form alone (股份有限公司).
 */
final class CompanyNames {
    private CompanyNames() {}

    static final String RULE = "company-appositive";

    /** A company's name in Latin letters: one to three words, the first with a capital somewhere (xAI, Mistral AI, Aleph Alpha). */
    private static final String LATIN = "[A-Za-z][A-Za-z0-9&]*(?:[ .\\-][A-Z][A-Za-z0-9&]*){0,2}";
    private static final Pattern LATIN_NAME = Pattern.compile("^" + LATIN + "$");
    private static final Pattern LATIN_AFTER = Pattern.compile("^[ \\u2005]?(" + LATIN + ")(?![A-Za-z0-9])");
    /** A measure word or a determiner in front: 一家德国人工智能公司, 该公司, 多家企业 describe, never name. */
    private static final Pattern DESCRIBING_BEFORE = Pattern.compile("(?:家|该|这|那|某|各|其)$");

    private static Pattern appositive() {
        return Lexicon.cached("CompanyNames|appositive", () -> Pattern.compile("(?:" + Lexicon.alternation(Lexicon.words("company-descriptors.tsv", "kind", "descriptor"))
                + ")[ \\u2005]?(" + LATIN + ")(?![A-Za-z0-9])"));
    }

    /** Latin names right after a company description, as companies. */
    static List<OrganisationFinder.Organisation> appositives(String text) {
        List<OrganisationFinder.Organisation> out = new ArrayList<>();
        Matcher m = appositive().matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            if (DESCRIBING_BEFORE.matcher(text.substring(Math.max(0, m.start() - 1), m.start())).find())
                continue; // 该公司CEO: the company the text spoke of, then a word in Latin letters
            if (isName(name) && (m.start(1) == 0 || !Gazetteer.isLatinOrDigit(text.charAt(m.start(1) - 1))))
                out.add(new OrganisationFinder.Organisation(name, m.start(1), m.start(1) + name.length(), "Company", RULE));
        }
        return out;
    }

    static final String RULE_ENUMERATED = "company-enumeration";

    /**
     * What closes an enumeration of companies: 等16家企业, 等科技公司, 等企业, 等平台 (a platform is its company's), or a
     * count of companies right after the last item (…推特和YouTube八家科技企业). Group 1 is the closing word.
     */
    static Pattern closing() {
        return Lexicon.cached("CompanyNames|closing", CompanyNames::closingPattern);
    }

    private static Pattern closingPattern() {
        java.util.Set<String> words = new java.util.LinkedHashSet<>(Lexicon.words("company-descriptors.tsv", "kind", "descriptor"));
        words.addAll(Lexicon.words("company-descriptors.tsv", "kind", "platform"));
        return Pattern.compile("(?:等(?:[0-9一二三四五六七八九十百几多余]+|[多数])?[家个]?|(?<=[A-Za-z0-9])[0-9一二三四五六七八九十百几]+[家个])[\\u4e00-\\u9fff]{0,4}?("
                + Lexicon.alternation(words) + ")");
    }

    /** An item of the enumeration that names a company in Latin letters, perhaps after a Chinese name (Kakao, 百川AI). */
    private static final Pattern LATIN_ITEM = Pattern.compile("^(?:[\\u4e00-\\u9fff]{1,4})?" + LATIN + "$");
    private static final Pattern LATIN_TAIL = Pattern.compile(LATIN + "$");
    /**
     * Between two items: 、, or 和/与/及 before a Latin name (Aleph Alpha和Cohere, 推特和YouTube: the conjunction joins two
     * items, it is no part of a Chinese name before it).
     */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("、|(?:和|与|及)(?=[A-Za-z])");
    /** Where the clause of an enumeration begins. */
    private static final String CLAUSE_STOPS = "，。；：,;:（(“”\"";

    /**
     * 微软、Cohere、Kakao、百川AI等12家企业: the items of an enumeration that the text closes as companies
     * (等…企业, 等…公司) and that are written in Latin letters are companies, whether or not the registry knows them.
     */
    static List<OrganisationFinder.Organisation> enumerated(String text) {
        List<OrganisationFinder.Organisation> out = new ArrayList<>();
        Matcher m = closing().matcher(text);
        while (m.find()) {
            int end = m.start();
            int clause = end;
            while (clause > 0 && CLAUSE_STOPS.indexOf(text.charAt(clause - 1)) < 0)
                clause--;
            Matcher sep = ITEM_SEPARATOR.matcher(text.substring(clause, end));
            List<int[]> spans = new ArrayList<>();
            int from = clause;
            while (sep.find()) {
                spans.add(new int[] {from, clause + sep.start()});
                from = clause + sep.end();
            }
            spans.add(new int[] {from, end});
            // TikTok、Reddit、X及Instagram等平台: among three Latin names or more that a platform word closes, a lone capital
            // is a platform's name too (no letter of a word, no variable); alone or after a company word it stays unread
            boolean letters = Lexicon.words("company-descriptors.tsv", "kind", "platform").contains(m.group(1))
                    && spans.stream().filter(sp -> latinName(text.substring(sp[0], sp[1]).strip(), sp == spans.get(0))).count() >= 3;
            for (int i = 0; i < spans.size(); i++) {
                String item = text.substring(spans.get(i)[0], spans.get(i)[1]);
                int itemStart = spans.get(i)[0];
                String name = item.strip();
                int s = itemStart + item.indexOf(name);
                if (i == 0) { // 包括Kakao: only the Latin end of the first item, whose words may be the clause's
                    Matcher tail = LATIN_TAIL.matcher(name);
                    if (!tail.find())
                        continue;
                    s += tail.start();
                    name = tail.group();
                }
                if (LATIN_ITEM.matcher(name).matches() && (isName(name.replaceAll("[\\u4e00-\\u9fff]", "")) || letters && i > 0 && name.matches("[A-Z]")))
                    out.add(new OrganisationFinder.Organisation(name, s, s + name.length(), "Company", RULE_ENUMERATED));
            }
        }
        return out;
    }

    /** The item is a Latin name of two letters or more (the first item: its Latin end, after the clause's words). */
    private static boolean latinName(String item, boolean first) {
        Matcher tail = LATIN_TAIL.matcher(item);
        String name = first && tail.find() ? tail.group() : item;
        return isName(name) && LATIN_NAME.matcher(name).matches();
    }

    /** Two letters or more with a capital among them (not 'and', not a lone 'X' which the registry must know). */
    private static boolean isName(String name) {
        return name.length() >= 2 && !name.equals(name.toLowerCase());
    }

    /**
     * The company name at [start,end) (suffix from {@code suffixStart}) only describes a company: a Latin name
     * follows it (美国人工智能公司Anthropic), a measure word or determiner stands before it (一家…公司), or
     * all it says in front of the suffix is a place (加拿大公司).
     */
    static boolean isDescription(String text, List<Term> terms, int start, int suffixStart, int end) {
        if (Lexicon.words("company-descriptors.tsv", "kind", "legal-form").contains(text.substring(start, end)))
            return true; // 科大讯飞股份有限公司 cut after the registry's name: the legal form alone names nothing
        Matcher after = LATIN_AFTER.matcher(text.substring(end));
        if (after.find() && isName(after.group(1)))
            return true;
        if (DESCRIBING_BEFORE.matcher(text.substring(Math.max(0, start - 1), start)).find())
            return true;
        boolean any = false;
        for (Term t : terms) {
            if (t.offset + t.word.length() <= start || t.offset >= suffixStart)
                continue;
            if (!Segmenter.nature(t).startsWith("ns"))
                return false;
            any = true;
        }
        return any;
    }

    /** The end of the core when everything in front of the suffix is a Latin name (Anthropic公司), else -1. */
    static int latinCoreEnd(String text, int start, int suffixStart) {
        String core = text.substring(start, suffixStart).strip();
        return LATIN_NAME.matcher(core).matches() && isName(core) ? start + core.length() : -1;
    }
}

package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Organisations by their structure: a name ends in an organisation suffix ({@code
 * organisation-suffixes.tsv}: …部, …委员会, …局, …署, …办公室, …研究院, …大学, …公司, …集团) on a word
 * boundary, and runs left over the words that can be inside a name (nouns, places, organisation
 * words, a 及/和 between two common nouns) up to the first word that cannot (a verb, a preposition,
 * a number, a person, a job title, punctuation). So 新加坡通讯及新闻部 is one ministry qualified by
 * its state, 商务部部长 gives 商务部, and 十三个部 or 内部 give nothing.
 */
final class OrganisationFinder {
    private OrganisationFinder() {}

    static final String RULE = "organisation-suffix";
    private static final int MAX_CHARS = 24;

    record Organisation(String label, int start, int end, String type, String rule) {
        Organisation(String label, int start, int end, String type) {
            this(label, start, end, type, RULE);
        }
    }

    static List<Organisation> find(String text) {
        List<Term> terms = new ArrayList<>(Segmenter.terms(text));
        java.util.Set<Integer> titleCuts = splitMinisterTitle(text, terms);
        WordBoundaries words = WordBoundaries.of(text);
        List<Organisation> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            int end = t.offset + t.word.length();
            if (!words.isBoundary(end) && !titleCuts.contains(end))
                continue;
            Map.Entry<String, String> suffix = suffixOf(t.word, text, end);
            if (suffix == null || !holdsSuffix(t, suffix.getKey()) || text.startsWith("间", end))
                continue; // 政府间对话: "between governments", no government
            int min = minCore(suffix.getKey());
            // 绕过政府, 覆盖全球网络: before a government or a network, a verb is the clause's, not the name's
            int start = leftEdge(text, terms, i, end - suffix.getKey().length(), suffix.getKey().equals("政府") || suffix.getKey().endsWith("网络"),
                    suffix.getKey().equals("部"));
            if (suffix.getKey().equals("政府") && t.word.equals("政府") && i > 0 && Segmenter.nature(terms.get(i - 1)).startsWith("nr")
                    && terms.get(i - 1).word.length() >= 2 && terms.get(i - 1).offset + terms.get(i - 1).word.length() == t.offset)
                start = terms.get(i - 1).offset; // 拜登政府: an administration named after its head
            if (Segmenter.nature(t).equals("l") && t.word.length() >= 3 && t.word.endsWith(suffix.getKey())
                    && (i == 0 || Segmenter.nature(terms.get(i - 1)).startsWith("ns")))
                start = t.offset; // 大阪七国集团: a set phrase that ends in the suffix is the whole name; a city before it is a venue
            if (start < 0)
                continue;
            start = quotedStart(text, start, end); // “开放数据宪章联盟”: a name that closes a quotation opens with it
            int dateline = MentionFinder.datelineEnd(text); // 本报香港电香港金融管理局 (the space lost): the name opens after the dateline
            if (dateline > start && dateline < end - suffix.getKey().length())
                start = dateline;
            if ("GovernmentBody".equals(suffix.getValue()))
                start = JoinedPortfolios.start(text, terms, start, end - suffix.getKey().length()); // 政制及內地事務局
            start = afterListedBody(text, start, end - suffix.getKey().length());
            int core = end - suffix.getKey().length() - start; // what the qualifier adds is no core
            start = withInstanceQualifier(text, start);
            String label = text.substring(start, end);
            if (suffix.getKey().equals("组织") && t.word.equals("组织") && i > 0 && endsInBodySuffix(terms.get(i - 1), t.offset)
                    && end < text.length() && Character.UnicodeScript.of(text.charAt(end)) == Character.UnicodeScript.HAN
                    && "的和与及".indexOf(text.charAt(end)) < 0)
                continue; // 外交部组织编写…: 组织 after a body's name is the verb "organised" (org40b)
            if (suffix.getKey().equals("组织") && start > 0 && text.charAt(start - 1) == '由' && end < text.length()
                    && "，,。；;)）".indexOf(text.charAt(end)) >= 0)
                continue; // (由国际电联组织，与瑞士共同举办): 组织 is the verb "organised"
            if (core < min || label.length() > MAX_CHARS || label.length() < 3 || GenericHeads.isGeneric(label))
                continue;
            if ((label.contains("、") || (label.contains("和") || label.contains("及") || label.contains("与")) && !joinsPlaces(terms, start, end))
                    && !"GovernmentBody".equals(suffix.getValue()) && !suffix.getKey().equals("委员会")
                    && !(namesItsTopics(suffix.getKey()) && !label.contains("、"))
                    && !(!label.contains("、") && topicsOfNamedParent(terms, start, end - suffix.getKey().length())))
                continue; // 私营部门、民间社会、国际组织 is a list, not a name
            if (isBodyDescriptor(suffix.getKey()) && placesOnly(terms, start, end - suffix.getKey().length()))
                continue; // 美国智库: a state's think tank described, no name (org40b)
            if (quantified(terms, start))
                continue; // 多国统计局, 各国政府: bodies of several states counted, no one body named
            if (t.word.equals("政府") && start < t.offset && onlyCommonWords(terms, start, t.offset) && !text.startsWith("区", t.offset - 1))
                continue; // 法律要求政府: a government is named after a place, a person or a district (特区政府), never after common words
            if (describedByQuality(terms, start) && onlyCommonWords(terms, start, end - suffix.getKey().length()))
                continue; // 专门的安全研究所, 新的研究中心: a kind of body described, not a body named (设立的…委员会 names one)
            if ("Company".equals(suffix.getValue()) && CompanyNames.isDescription(text, terms, start, end - suffix.getKey().length(), end))
                continue; // 加拿大公司Cohere, 一家德国人工智能公司: a description of a company, not its name
            int latin = CompanyNames.latinCoreEnd(text, start, end - suffix.getKey().length());
            if ("Company".equals(suffix.getValue()) && latin > 0) {
                out.add(new Organisation(text.substring(start, latin), start, latin, "Company")); // Anthropic公司: the name is the Latin word
                continue;
            }
            out.add(new Organisation(label, start, end, type(label, suffix.getValue())));
        }
        out.addAll(CompanyNames.appositives(text));
        out.addAll(CompanyNames.enumerated(text));
        out.addAll(PlatformNames.find(text)); // 社交平台X, Meta旗下的Instagram
        out.addAll(ForumBodies.find(text)); // 全球互联网反恐论坛（GIFCT）发布…
        return out;
    }

    /**
     * 韩国科学技术信息通信部长官: HanLP reads 部长 (minister) and 官, where the text writes the ministry's 部 and the title
     * 长官 (a minister, as Korean and Japanese ministries call theirs). The term 部长 before 官 is cut into 部 and 长官 (the
     * next term loses its 官), so that the ministry ends at 部; returns the ends of the 部 so cut. (org40b)
     */
    private static java.util.Set<Integer> splitMinisterTitle(String text, List<Term> terms) {
        java.util.Set<Integer> cuts = new java.util.HashSet<>();
        for (int j = 0; j + 1 < terms.size(); j++) {
            Term t = terms.get(j), next = terms.get(j + 1);
            if (!t.word.endsWith("部长") || t.word.length() > 2 && !t.word.equals("部长") || !next.word.startsWith("官")
                    || next.offset != t.offset + t.word.length())
                continue;
            Term ministry = new Term("部", com.hankcs.hanlp.corpus.tag.Nature.n);
            ministry.offset = t.offset;
            Term title = new Term("长官", com.hankcs.hanlp.corpus.tag.Nature.nnt);
            title.offset = t.offset + 1;
            terms.set(j, ministry);
            terms.add(j + 1, title);
            if (next.word.length() > 1) {
                Term rest = new Term(next.word.substring(1), next.nature);
                rest.offset = next.offset + 1;
                terms.set(j + 2, rest);
            } else {
                terms.remove(j + 2);
            }
            cuts.add(t.offset + 1);
        }
        return cuts;
    }

    /**
     * 拜登政府, 特朗普政府: the name at [start,end) is an administration named after its head, a person's name
     * (as HanLP tags it) right before 政府; the text names that person too.
     */
    static boolean namedAfterHead(String text, int start, int end) {
        if (!text.startsWith("政府", end - 2) || end - 2 - start < 2 || end - 2 - start > 5)
            return false;
        for (Term t : Segmenter.terms(text))
            if (t.offset == start)
                return t.offset + t.word.length() == end - 2 && Segmenter.nature(t).startsWith("nr");
        return false;
    }

    /**
     * 第/四/次 right before a common noun of the name (第四次工业革命中心) and right after a word that is in a name
     * (论坛): the ordinal belongs to the topic the body is named after, inside the name. Returns the index of 第, or -1.
     * (An ordinal with nothing of a name before it, 第六届政府专家组, is an instance qualifier, withInstanceQualifier.)
     */
    private static int ordinalInsideName(List<Term> terms, int j, int last) {
        Term t = terms.get(j);
        if (!Segmenter.nature(t).startsWith("q") || t.word.endsWith("届") || j + 1 > last || !isCommonNoun(terms.get(j + 1)))
            return -1; // 第十三届…委员会: a term of the body is an instance qualifier (withInstanceQualifier), not its topic
        int k = j - 1;
        while (k >= 0 && Segmenter.nature(terms.get(k)).startsWith("m") && !terms.get(k).word.startsWith("第"))
            k--;
        if (k < 1 || k == j - 1 && !terms.get(k).word.matches("第[一二三四五六七八九十\\d]+") || !terms.get(k).word.startsWith("第"))
            return -1;
        Term before = terms.get(k - 1);
        boolean afterDate = before.offset > 0 && k >= 2 && Segmenter.nature(terms.get(k - 2)).startsWith("m"); // 20/日经: a date's unit glued to a word
        return inName(before) && !Segmenter.nature(before).startsWith("m") && !afterDate ? k : -1;
    }

    /** A period or an ordinal right before a name: 2021—2025年开放式工作组, 第六届政府专家组. */
    private static final java.util.regex.Pattern QUALIFIER_BEFORE = java.util.regex.Pattern.compile(
            "(?:\\d{4}\\s*年?\\s*[—\\-–－至]\\s*\\d{4}\\s*年|第[一二三四五六七八九十百零\\d]+届|首届|新一届)$");

    /**
     * The name with the period or ordinal written right before it: one body of a series (the working
     * group of 2021—2025, the sixth group of experts) is not the series (ShortNames keeps them apart).
     */
    private static int withInstanceQualifier(String text, int start) {
        java.util.regex.Matcher m = QUALIFIER_BEFORE.matcher(text.substring(Math.max(0, start - 12), start));
        return m.find() ? start - (m.end() - m.start()) : start;
    }

    /**
     * A working group or group of experts is named after its topics, joined by 与/和/及 (数据治理与隐私工作组);
     * other suffixes after such a pair mostly end a list (企业和研究中心).
     */
    private static boolean namesItsTopics(String suffix) {
        return suffix.endsWith("组");
    }

    /**
     * 国家数据局、文化和旅游部、国家广播电视总局: where an item before a 、 inside the run already ends in an organisation
     * suffix, the run is a list of bodies and the name opens after the last such 、 (阿根廷创新、科学和技术部 keeps its
     * 、: 创新 ends in no suffix). (org40b)
     */
    private static int afterListedBody(String text, int start, int suffixStart) {
        int from = start;
        for (int k = text.indexOf('、', start); k >= 0 && k < suffixStart; k = text.indexOf('、', k + 1)) {
            String before = text.substring(start, k);
            for (Map.Entry<String, String> e : Lexicon.longestFirst("organisation-suffixes.tsv", "class"))
                if (before.endsWith(e.getKey()) && before.length() > e.getKey().length()) {
                    from = k + 1;
                    break;
                }
        }
        return from;
    }

    /** The longest suffix the text ends with at {@code end}, when the last word holds it. */
    private static Map.Entry<String, String> suffixOf(String word, String text, int end) {
        for (Map.Entry<String, String> e : Lexicon.longestFirst("organisation-suffixes.tsv", "class")) {
            String s = e.getKey();
            if (end >= s.length() && text.startsWith(s, end - s.length()) && (word.endsWith(s) || s.endsWith(word)))
                return e;
        }
        return null;
    }

    /**
     * The word that ends in the suffix is a name's end: not a verb (签署), not a place word (内部),
     * and for a one-character suffix the suffix itself or an organisation word (外交部, not 总部).
     */
    private static boolean holdsSuffix(Term t, String suffix) {
        if (Lexicon.genericHeads().contains(t.word) && !t.word.equals(suffix) && !suffix.endsWith(t.word))
            return false; // 总部, 内部: a word that ends like a name, not a name's end (分/委员会: the suffix 分委员会 holds the word)
        String n = Segmenter.nature(t);
        if (t.word.equals(suffix))
            return suffix.length() == 1 || !n.startsWith("v"); // 由国际电联组织: organised by, no organisation
        if (n.startsWith("v") || n.startsWith("f") || n.startsWith("m") || n.startsWith("q"))
            return false;
        if (suffix.length() == 1)
            return n.startsWith("nt") || n.startsWith("ni") || n.equals("n") && t.word.length() >= 3
                    || n.equals("nz") && t.word.length() >= 3 && com.hankcs.hanlp.dictionary.CoreDictionary.get(t.word.substring(t.word.length() - 2)) == null; // 保安局, not 新格局
        return true;
    }

    /** The word ends right at {@code at} in a suffix of a government body (外交部, 数据局, 委员会), not in 政府 (非政府组织). */
    private static boolean endsInBodySuffix(Term t, int at) {
        if (t.offset + t.word.length() != at || t.word.endsWith("政府"))
            return false;
        String n = Segmenter.nature(t);
        if (n.startsWith("v") || n.startsWith("m") || n.startsWith("q"))
            return false;
        for (Map.Entry<String, String> e : Lexicon.longestFirst("organisation-suffixes.tsv", "class"))
            if (t.word.endsWith(e.getKey()) && t.word.length() > e.getKey().length()
                    && ("GovernmentBody".equals(e.getValue()) || e.getKey().equals("委员会")))
                return true;
        return false;
    }

    private static int minCore(String suffix) {
        for (Lexicon.Row r : Lexicon.rows("organisation-suffixes.tsv"))
            if (r.word().equals(suffix))
                return Integer.parseInt(r.get("min"));
        return 2;
    }

    /**
     * “开放数据宪章联盟”: where the suffix closes a quotation, the words the left edge left out between the opening quote
     * and the name (a verb such as 开放 that HanLP reads as the clause's) are the name's too, when they are few and hold
     * no punctuation.
     */
    static int quotedStart(String text, int start, int end) {
        if (start <= 0 || end >= text.length() || "”」".indexOf(text.charAt(end)) < 0)
            return start;
        int q = Math.max(text.lastIndexOf('“', start - 1), text.lastIndexOf('「', start - 1));
        if (q < 0 || start - q - 1 < 1 || start - q - 1 > 6 || end - q - 1 > MAX_CHARS)
            return start;
        String lead = text.substring(q + 1, start);
        return lead.matches("[\\u4e00-\\u9fff]+") ? q + 1 : start;
    }

    /** The start of the name: the left end of the run of words that can be inside a name. */
    private static int leftEdge(String text, List<Term> terms, int last, int suffixStart, boolean verbsEndName, boolean ofOneState) {
        int start = -1;
        for (int j = last; j >= 0; j--) {
            Term t = terms.get(j);
            if (t.offset + t.word.length() > suffixStart) {
                start = t.offset; // the word holding the suffix (外交部 is one word)
                continue;
            }
            // a verb is in a name only between nouns (技术/促进/发展委员会), never as its first word (来自政府)
            boolean verb = Segmenter.nature(t).startsWith("v") && !Segmenter.nature(t).equals("vn");
            if (Segmenter.nature(t).startsWith("v") && j > 0 && j + 1 <= last && isProperName(terms.get(j - 1)) && isProperName(terms.get(j + 1)))
                break; // 东盟/委托/波士顿咨询公司: between two proper names a verb (even one HanLP reads as a noun) is the clause's
            if (verb) {
                Term after = j + 1 <= last ? terms.get(j + 1) : null;
                Term before = j > 0 ? terms.get(j - 1) : null;
                boolean okAfter = after != null && (isJoiner(after) || isCommonNoun(after) || j + 1 == last);
                boolean okBefore = before != null && (isJoiner(before) || inName(before) || isInterPrefix(terms, j - 1));
                if (verbsEndName || !okAfter || !okBefore)
                    break;
            }
            int open = bracketedQualifier(terms, j);
            if (open > 0 && start > t.offset) {
                j = open - 1; // the word before the bracket is in the name; the loop goes on left of it
                start = terms.get(open - 1).offset;
                continue; // 关键基础设施（电脑系统安全）专员办事处: a bracketed part of the name, between two of its words
            }
            int ordinal = ordinalInsideName(terms, j, last);
            if (ordinal >= 0) {
                j = ordinal; // 世界经济论坛第四次工业革命中心: an ordinal of the topic (第四次工业革命) between the parent's name and the topic
                start = terms.get(ordinal).offset;
                continue;
            }
            if (isInterPrefix(terms, j) || isOfficeOfRole(terms, j, last, suffixStart)) {
                start = t.offset; // 政府间特设委员会, 总监办公室, 部长委员会: "inter-", or the office of a post, inside the name
                continue;
            }
            if (!inName(t) || j > 0 && isDateUnit(t, terms.get(j - 1)) || j > 0 && isDatelineEnd(t, terms.get(j - 1))) {
                if (isJoiner(t) && j > 0 && j + 1 <= last && isCommonNoun(terms.get(j - 1))
                        && (isCommonNoun(terms.get(j + 1)) || isQuality(terms.get(j + 1)) || j + 1 == last && holdsMoreThanSuffix(terms.get(last), suffixStart)))
                    continue; // 数据与安全局, 资讯与自由委员会, 数位与交通部: two topics joined inside one name
                if (isEponym(terms, j, last)) {
                    start = t.offset;
                    continue;
                } // 阿兰·图灵研究所, 比尔及梅琳达·盖茨基金会: a body named after a person
                if ((t.word.equals("—") || t.word.equals("-")) && j > 0 && j + 1 <= last && isPlace(terms.get(j - 1)))
                    continue; // 日本—澳大利亚网络安全委员会: the parties joined by a dash
                if (!ofOneState && placesJoined(terms, j, last))
                    continue; // 东盟与东亚经济研究中心: two places joined inside one name (a ministry belongs to one state: 在吉隆坡与越南…部)
                break;
            }
            if (suffixStart - t.offset > MAX_CHARS)
                break;
            start = t.offset;
        }
        if (start < 0 || start >= suffixStart)
            return start < 0 ? -1 : start;
        // leading joiners never start a name
        while (start < suffixStart && "及和与的".indexOf(text.charAt(start)) >= 0)
            start++;
        // 张云明代表工业和信息化部 cut 明代/表: a name never begins with the last character of a title or a verb
        // that follows persons (代表, 表示) which HanLP split
        if (start > 0 && start < suffixStart && (Lexicon.words("role-words.tsv", null, null).contains(text.substring(start - 1, start + 1))))
            start++;
        return withoutDescriptor(text, terms, start, suffixStart);
    }

    /**
     * 南韓主管機關個人資訊保護委員會, 监管机构欧洲数据保护委员会: a generic word for a body (generic-heads.tsv: 机关, 主管机关,
     * 监管机构, 部门, 当局) written right before a name describes it in apposition; it is no part of the name.
     * 部门间…: "inter-" keeps it.
     */
    private static int withoutDescriptor(String text, List<Term> terms, int start, int suffixStart) {
        int cut = start;
        for (Term t : terms) {
            int end = t.offset + t.word.length();
            if (end <= start)
                continue;
            if (t.offset > start + 4 || end >= suffixStart)
                break;
            if (isBodyDescriptor(text.substring(start, end)) && !text.startsWith("间", end))
                cut = end; // 监管/机构: the descriptor may be two words
            else if (isBodyDescriptor(t.word) && placesOnly(terms, start, t.offset))
                cut = end; // 美国/智库/战略与国际研究中心: a state's descriptor in apposition (org40b)
        }
        return cut;
    }

    /** Every word in [start,end) is a place name, and there is one. */
    private static boolean placesOnly(List<Term> terms, int start, int end) {
        boolean any = false;
        for (Term t : terms) {
            if (t.offset + t.word.length() <= start || t.offset >= end)
                continue;
            if (t.offset < start || t.offset + t.word.length() > end || !Segmenter.nature(t).startsWith("ns"))
                return false;
            any = true;
        }
        return any;
    }

    private static boolean isBodyDescriptor(String word) {
        return word.length() >= 2 && GenericHeads.isGeneric(word) && word.matches(".*(机关|部门|机构|当局|智库)$");
    }

    /**
     * 24小时/内向/欧盟网络安全局: HanLP glued the postposition of a time phrase (内, 后, 前) to the preposition
     * after it (向, 对, 在) into one word (内向 "introverted"); it ends the clause's words, it is no part of a name.
     */
    private static boolean postpositionAndPreposition(Term t) {
        return t.word.length() == 2 && "内后前中上外".indexOf(t.word.charAt(0)) >= 0 && "向对在与由于和同".indexOf(t.word.charAt(1)) >= 0;
    }

    private static boolean inName(Term t) {
        if (Lexicon.functionWords().contains(t.word) || PersonFinder.isRole(t) || postpositionAndPreposition(t))
            return false;
        String n = Segmenter.nature(t);
        if (n.startsWith("nr") || n.equals("nnt") || n.equals("nx") && !t.word.matches("[A-Z][A-Za-z0-9&\\-]*"))
            return false;
        return n.startsWith("n") || n.equals("j") || (n.equals("v") || n.equals("vi")) && t.word.length() >= 2 || n.equals("b") && t.word.length() >= 2 || n.equals("vn") || n.equals("gi") || n.startsWith("g")
                || (n.equals("a") || n.equals("an")) && t.word.length() >= 2 || n.equals("nz") || n.equals("l") && t.word.length() >= 3
                || n.equals("vg") && t.word.length() == 1; // 库/务/局: a bound verb morpheme is never a verb alone; the segmenter cut a word of the name
    }

    /** The name starts with a one-character word that a numeral or a determiner counts (多/国, 各/国, 两/国). */
    private static boolean quantified(List<Term> terms, int start) {
        for (int j = 1; j < terms.size(); j++) {
            Term t = terms.get(j);
            if (t.offset != start)
                continue;
            Term counter = terms.get(j - 1);
            String before = Segmenter.nature(counter);
            return t.word.length() == 1 && (before.startsWith("m") || before.startsWith("r") || before.startsWith("q")
                    || before.startsWith("a") && counter.word.length() == 1); // 多 is an adjective to HanLP
        }
        return false;
    }

    /** An adjective or a demonstrative and 的 right before {@code start} (专门的, 新的, 这样的). */
    private static boolean describedByQuality(List<Term> terms, int start) {
        for (int j = 1; j < terms.size(); j++) {
            Term t = terms.get(j);
            if (t.offset + t.word.length() != start)
                continue;
            if (!t.word.equals("的"))
                return false;
            String n = Segmenter.nature(terms.get(j - 1));
            return n.startsWith("a") || n.startsWith("d") || n.equals("b") || n.equals("z") || n.startsWith("r");
        }
        return false;
    }

    /** Every word in [start,end) is a common word: no place, organisation, proper or person name, no Latin name. */
    private static boolean onlyCommonWords(List<Term> terms, int start, int end) {
        for (Term t : terms) {
            if (t.offset + t.word.length() <= start || t.offset >= end)
                continue;
            String n = Segmenter.nature(t);
            if (n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nr") || n.equals("nz") || n.equals("nx") || n.equals("j"))
                return false;
        }
        return true;
    }

    /** 3月5日电 马来西亚数字部: the last word of a news dateline (…日电) is no part of the name after it. */
    private static boolean isDatelineEnd(Term t, Term before) {
        return t.word.equals("电") && before.word.endsWith("日");
    }

    /** An adjective of two characters or more joined to a noun inside a name (资讯与自由委员会). */
    private static boolean isQuality(Term t) {
        return Segmenter.nature(t).equals("a") && t.word.length() >= 2;
    }

    /** The word that holds the suffix says more than the suffix (交通部, not 部 or 政府 alone). */
    private static boolean holdsMoreThanSuffix(Term t, int suffixStart) {
        return t.offset < suffixStart && !Segmenter.nature(t).startsWith("v");
    }

    /**
     * A transliterated person's name inside a body's name, joined by · (阿兰·图灵研究所) or by 及 to another
     * such name (比尔及梅琳达·盖茨基金会): the body is named after the person.
     */
    private static boolean isEponym(List<Term> terms, int j, int last) {
        Term t = terms.get(j);
        boolean transliterated = Segmenter.nature(t).startsWith("nr");
        Term after = j + 1 <= last ? terms.get(j + 1) : null;
        Term before = j > 0 ? terms.get(j - 1) : null;
        if (t.word.equals("·"))
            return before != null && Segmenter.nature(before).startsWith("nr") && after != null && j + 1 <= last;
        if (transliterated)
            return t.word.contains("·") && j + 1 == last || after != null && after.word.equals("·")
                    || after != null && after.word.equals("及") && j + 2 <= last && terms.get(j + 2).word.contains("·");
        if (t.word.equals("及"))
            return before != null && Segmenter.nature(before).startsWith("nr") && after != null && after.word.contains("·")
                    && Segmenter.nature(after).startsWith("nr");
        return false;
    }

    /**
     * 9月26日外交部: a date's unit after its number is no part of a name, nor a word HanLP glued to it (7月5日/經/歐洲議會
     * read as 5/日经/欧洲议会: 日经 is "Nikkei" to HanLP, here the date's 日 and the preposition 经).
     */
    private static boolean isDateUnit(Term t, Term before) {
        return (t.word.matches("[年月日号]") || t.word.matches("[年月日号].") && before.word.matches("\\d+"))
                && Segmenter.nature(before).startsWith("m");
    }

    /**
     * The index of the opening bracket when term {@code j} closes a bracket that holds only words that can be
     * in a name (nouns, no punctuation, at most ten characters) and a word that can be in a name stands right
     * before it; else -1. (A bracket after a name, 外交部（MFA）, is never between two of a name's words here:
     * the suffix is on the right.)
     */
    private static int bracketedQualifier(List<Term> terms, int j) {
        if (!terms.get(j).word.equals("）") && !terms.get(j).word.equals(")"))
            return -1;
        for (int k = j - 1; k > 0 && terms.get(j).offset - terms.get(k).offset <= 11; k--) {
            Term t = terms.get(k);
            if (t.word.equals("（") || t.word.equals("(")) {
                Term before = terms.get(k - 1);
                return k < j - 1 && inName(before) && before.offset + before.word.length() == t.offset ? k : -1;
            }
            if (!inName(t) || holdsAnySuffix(t))
                return -1; // (妇女署): a short name of the body before the bracket, not a part of the next one
        }
        return -1;
    }

    /** The word ends in an organisation suffix (专家组, 组织): it is the name's last word, nothing stands between. */
    private static boolean holdsAnySuffix(Term t) {
        for (Map.Entry<String, String> e : Lexicon.longestFirst("organisation-suffixes.tsv", "class"))
            if (t.word.endsWith(e.getKey()))
                return true;
        return false;
    }

    /**
     * 间 right after a noun of two characters or more (政府间, 国家间, 议会间): the prefix "inter-" of a name
     * (政府间特设委员会), not the postposition "between" that ends a clause's words.
     */
    private static boolean isInterPrefix(List<Term> terms, int j) {
        if (j <= 0 || j >= terms.size() || !terms.get(j).word.equals("间"))
            return false;
        Term before = terms.get(j - 1);
        boolean wordBetween = j + 2 < terms.size() && !isJoiner(terms.get(j + 1)) && terms.get(j + 1).offset + terms.get(j + 1).word.length()
                < terms.get(j + 2).offset + terms.get(j + 2).word.length(); // 政府间组织 is a kind of body; 政府间特设委员会 names one
        return before.offset + before.word.length() == terms.get(j).offset && before.word.length() >= 2
                && Segmenter.nature(before).startsWith("n") && !Segmenter.nature(before).startsWith("nr") && wordBetween && !holdsAnySuffix(terms.get(j + 1));
    }

    /**
     * A job title written right before the suffix, which is a word of its own (总监办公室, 部长委员会, 专员公署):
     * the body is the office of that post, and the title is part of its name (a title elsewhere ends a name).
     */
    private static boolean isOfficeOfRole(List<Term> terms, int j, int last, int suffixStart) {
        Term t = terms.get(j);
        if (j != last - 1 || terms.get(last).offset != suffixStart || t.offset + t.word.length() != suffixStart)
            return false;
        String office = terms.get(last).word; // an office, a commission or a council of the post; 专家智库 is no expert's
        boolean ofAPost = "GovernmentBody".equals(suffixClass(office)) || office.equals("委员会") || office.equals("理事会");
        return ofAPost && t.word.length() >= 2 && PersonFinder.isRole(t) && !Lexicon.words("role-words.tsv", "kind", "byline").contains(t.word);
    }

    private static String suffixClass(String suffix) {
        for (Map.Entry<String, String> e : Lexicon.longestFirst("organisation-suffixes.tsv", "class"))
            if (e.getKey().equals(suffix))
                return e.getValue();
        return null;
    }

    /** A 与/和/及 between two place or organisation names (东盟与东亚…): the pair names one thing's scope. */
    private static boolean placesJoined(List<Term> terms, int j, int last) {
        Term t = terms.get(j);
        return (t.word.equals("与") || t.word.equals("和") || t.word.equals("及")) && j > 0 && j + 1 <= last
                && isPlace(terms.get(j - 1)) && isPlace(terms.get(j + 1));
    }

    /** Every 与/和/及 of the name at [start,end) joins two places. */
    private static boolean joinsPlaces(List<Term> terms, int start, int end) {
        boolean any = false;
        for (int j = 0; j < terms.size(); j++) {
            Term t = terms.get(j);
            if (t.offset < start || t.offset >= end || !(t.word.equals("与") || t.word.equals("和") || t.word.equals("及")))
                continue;
            if (!placesJoined(terms, j, terms.size() - 1))
                return false;
            any = true;
        }
        return any;
    }

    /**
     * 麻省理工学院计算机科学与人工智能实验室, 战略与国际研究中心 after a parent's name: the name opens with a proper name (a place,
     * an organisation) and every 与/和/及 in it joins two common nouns, the topics of one body, not two bodies of a list
     * (民间社会和学术研究中心 opens with common words; 清华大学和北京大学 joins two names). (org40b)
     */
    private static boolean topicsOfNamedParent(List<Term> terms, int start, int suffixStart) {
        boolean any = false, named = false;
        for (int j = 0; j < terms.size(); j++) {
            Term t = terms.get(j);
            if (t.offset < start || t.offset >= suffixStart)
                continue;
            if (t.offset == start)
                named = isProperName(t) || holdsAnySuffix(t) && !Segmenter.nature(t).startsWith("v")
                        || j > 0 && terms.get(j - 1).offset + terms.get(j - 1).word.length() == start
                        && isBodyDescriptor(terms.get(j - 1).word); // 智库/战略与国际研究中心: a descriptor in apposition before the name
            if (!(t.word.equals("与") || t.word.equals("和") || t.word.equals("及")))
                continue;
            if (j == 0 || j + 1 >= terms.size() || !isCommonNoun(terms.get(j - 1)) || !isCommonNoun(terms.get(j + 1))
                    || holdsAnySuffix(terms.get(j - 1)) || terms.get(j - 1).offset < start)
                return false;
            any = true;
        }
        return any && named;
    }

    private static boolean isJoiner(Term t) {
        return t.word.equals("及") || t.word.equals("和") || t.word.equals("与") || t.word.equals("、") || t.word.equals("—")
                || t.word.equals("-");
    }

    private static boolean isPlace(Term t) {
        return Segmenter.nature(t).startsWith("ns") || Segmenter.nature(t).startsWith("nt");
    }

    private static boolean isCommonNoun(Term t) {
        String n = Segmenter.nature(t);
        return (n.equals("n") || n.equals("vn") || n.equals("vi") || n.equals("nz") || n.equals("gi")) && !Lexicon.functionWords().contains(t.word);
    }

    static String type(String label, String suffixClass) {
        if (label.startsWith("联合国"))
            return "UNEntity";
        if ("Actor".equals(suffixClass) && label.endsWith("委员会") && ofLegislature(label.substring(0, label.length() - 3)))
            return "GovernmentBody"; // 美国众议院外交事务委员会, 参议院人工智能临时委员会: a committee of a legislature (org40b)
        return suffixClass;
    }

    /** The part of a committee's name before 委员会 holds a legislature word (legislatures.tsv: 国会, 众议院, 议会). */
    private static boolean ofLegislature(String head) {
        for (String w : Lexicon.words("legislatures.tsv", null, null))
            if (head.contains(w) && !head.startsWith(w + "间"))
                return true;
        return false;
    }

    /** A word HanLP tags as the name of a place, an organisation or a person. */
    private static boolean isProperName(Term t) {
        return Segmenter.nature(t).matches("ns.*|nt.*|nr.*");
    }
}

package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names that no bracket marks as titles, by the shape of the text around them:
 * “…” names whose head noun makes them an instrument, event or principle; events (峰会,
 * 部长级会议, 论坛, 大会 with an ordinal, a place, an organiser or a year in front);
 * organisations by their suffix (…委员会, …研究院, …联盟); and instruments with an instrument
 * ending right after an issuing or signing verb.
 */
final class NameFinder {
    private NameFinder() {}

    enum Kind { INSTRUMENT, EVENT, PRINCIPLE, ISSUE, ORGANISATION, PERSON }

    /** A name at [start,end) of the sentence; {@code type} is a dgkg class local name. */
    record Name(String label, int start, int end, Kind kind, String type, String rule) {}

    /** Words that end the text in front of a name: verbs and prepositions (names keep 的, 和, 与). */
    private static final Pattern CUT = Pattern.compile(
            "出席|参加|参与|举办|举行|召开|主办|承办|发布|通过|签署|签订|提出|发起|推出|出台|制定|加入|成立|设立|建立|创立|创建|组建|启动|宣布|作为|包括|围绕|推动|呼吁|"
                    + "成为|开展|组织|共同|联合|期间|之际|以及|追随|借助|依托|利用|根据|按照|基于|参照|对接|召集|亮相|[一二三四五六七八九十两每]年一[届次]的?|每年的?|年度的?|[在于由向将把为是了并还也等从自至到]|(?<=\\d)[年月日]|(?<=\\d)[ \\u2005]");

    /** The word is one that ends the text in front of a name (出席, 成立, 在, 宣布): a verb or preposition of the clause. */
    static boolean endsTextBeforeName(String word) {
        return CUT.matcher(word).matches();
    }

    /** Characters that end a name on its left: punctuation, and function words. */
    private static final String STOP = "，。；：、,;:!?！？（）()《》“”\"\\s•·";
    private static final String LEFT_WORDS = "在|于|由|和|与|及|以及|同|向|对|将|把|为|是|的|了|并|还|也|等|上|中|下|从|自|至|到|"
            + "出席|参加|参与|举办|举行|召开|主办|承办|发布|通过|签署|签订|提出|发起|推出|出台|制定|加入|成立|设立|建立|启动|宣布|"
            + "作为|包括|围绕|推动|呼吁|成为|开展|组织|共同|联合|期间|之际|年|月|日";
    private static final Pattern QUOTED = Pattern.compile("“([^“”]{2,40})”([\\u4e00-\\u9fff]{0,6})");
    /**
     * An act, then a name that ends in an instrument ending ({@code unmarked-instrument-heads.tsv} kind after-verb: 宣言,
     * 战略, 协定, 议定书…) before a clause break, a bracket or a joining word.
     */
    private static Pattern afterVerbInstrument() {
        return Lexicon.cached("after-verb|instrument", () -> Pattern.compile(
                "(?:签署|签订|发布|出台|颁布|推出|通过|达成|启动|发起|提出|公布)(?:了)?([\\u4e00-\\u9fffA-Za-z0-9\\-—]{2,30}"
                        + "(?:" + Lexicon.alternation(Lexicon.words(UnmarkedInstruments.HEADS, "kind", "after-verb")) + "))"
                        + "(?=[，。；、,;（(]|$|和|与|及|等)"));
    }

    /** Whether the label opens with a word of amending (修订, 补充: 修订108号公约的议定书, the text that amends what 的 closes). */
    private static boolean opensWithAmending(String label) {
        for (String w : Lexicon.words(UnmarkedInstruments.HEADS, "kind", "after-verb-amending"))
            if (label.startsWith(w) && label.length() > w.length())
                return true;
        return false;
    }

    /** Whether the label is a word of amending and an ending alone (修订议定书, 补充协议): a kind of text, no name. */
    private static boolean onlyAmendingHead(String label) {
        for (String w : Lexicon.words(UnmarkedInstruments.HEADS, "kind", "after-verb-amending"))
            if (label.startsWith(w) && Lexicon.words(UnmarkedInstruments.HEADS, "kind", "after-verb").contains(label.substring(w.length())))
                return true;
        return false;
    }

    static List<Name> find(String text) {
        List<Name> out = new ArrayList<>();
        StageTimer.Lap lap = StageTimer.start("discovery/NameFinder/quoted");
        quoted(text, out);
        straightQuotedBodies(text, out);
        proposedNames(text, out);
        lap.close();
        lap = StageTimer.start("discovery/NameFinder/events");
        events(text, out);
        lap.close();
        lap = StageTimer.start("discovery/NameFinder/organisations");
        organisations(text, out);
        lap.close();
        lap = StageTimer.start("discovery/NameFinder/instruments");
        afterVerb(text, out);
        out.addAll(unmarkedLaws(text));
        resolutionNumbers(text, out);
        numberedInstruments(text, out);
        lap.close();
        lap = StageTimer.start("discovery/NameFinder/UnmarkedInstruments");
        UnmarkedInstruments.find(text, out);
        lap.close();
        lap = StageTimer.start("discovery/NameFinder/standards-and-acronyms");
        out.addAll(StandardCodes.inRow(text));
        out.addAll(StandardCodes.alone(text));
        acronymGlossed(text, out);
        lap.close();
        lap = StageTimer.start("discovery/NameFinder/ConceptFinder");
        for (ConceptFinder.Concept c : ConceptFinder.find(text))
            out.add(new Name(c.label(), c.start(), c.end(), c.type().equals("Issue") ? Kind.ISSUE : Kind.PRINCIPLE, c.type(), c.rule()));
        lap.close();
        lap = StageTimer.start("discovery/NameFinder/PersonFinder");
        persons(text, out);
        lap.close();
        return out;
    }

    /** Persons: see {@link PersonFinder}. */
    private static void persons(String text, List<Name> out) {
        for (PersonFinder.Person p : PersonFinder.find(text))
            out.add(new Name(p.label(), p.start(), p.end(), Kind.PERSON, "Person", p.rule()));
    }

    /**
     * A resolution's symbol: 第77/320号决议, 第A/RES/77/1号决议, 第2011/33号决议; a Security Council resolution or an
     * executive order by its number alone, of three digits or more (第2341号决议, 第14093号行政令): a lower number
     * (第1号决议) numbers a text within one meeting and names nothing beyond it.
     */
    private static final Pattern RESOLUTION_NUMBER = Pattern.compile(
            "第\\s*(?:(?:[A-Z]+/)*\\d+(?:/\\d+)+\\s*号决议|\\d{3,6}\\s*号(?:决议|行政令|总统令))");

    private static void resolutionNumbers(String text, List<Name> out) {
        Matcher m = RESOLUTION_NUMBER.matcher(text);
        while (m.find()) {
            String label = Labels.clean(m.group());
            out.add(new Name(label, m.start(), m.end(), Kind.INSTRUMENT, InstrumentKind.of(label), "resolution-number"));
        }
    }

    static final String RULE_NUMBERED = "instrument-numbered";

    /**
     * An instrument named by its number: 第NN号 or NN号 (第2630号法案, 108号公约, 第869号临时措施), or a code of Latin
     * initials with digits (C-27号法案, PL 2630法案, ISO/IEC 42001标准), then a head of {@code unmarked-instrument-heads.tsv}
     * kind numbered. A number with no 号 and no initials (第5页, 第10条, 第3届, 2023法案) names nothing; initials with
     * a year alone (RCEP 2020协定) date a text, they do not number it.
     */
    private static Pattern numberedInstrument() {
        return Lexicon.cached("numbered|instrument", () -> {
            String heads = Lexicon.alternation(Lexicon.words(UnmarkedInstruments.HEADS, "kind", "numbered"));
            return Pattern.compile("(?<![A-Za-z0-9\\-/.])(?:第\\s*\\d{1,6}\\s*号|\\d{2,6}\\s*号"
                    + "|([A-Z]{1,6}(?:/[A-Z]{1,6})?(?:[ \\-]?)(\\d{1,6}))\\s*号?)(?:" + heads + ")");
        });
    }

    private static void numberedInstruments(String text, List<Name> out) {
        Matcher m = numberedInstrument().matcher(text);
        while (m.find()) {
            if (m.group(2) != null && m.group(2).matches("(?:19|20)\\d\\d"))
                continue; // RCEP 2020协定: initials and a year
            if (m.start() > 0 && text.charAt(m.start()) != '第' && text.charAt(m.start() - 1) == '第')
                continue;
            String label = Labels.clean(m.group());
            out.add(new Name(label, m.start(), m.end(), Kind.INSTRUMENT, InstrumentKind.of(label), RULE_NUMBERED));
        }
    }

    private static final Pattern GLOSSED = Pattern.compile(
            "([\\u4e00-\\u9fff“”·\\-—]{3,30})[（(]([A-Z][A-Za-z0-9&\\-]{1,10}(?: [A-Za-z0-9&\\-]{1,10}){0,2}(?:/[A-Za-z0-9&\\-]{1,10}(?: [A-Za-z0-9&\\-]{1,10}){0,2}){0,3})[）)]");

    /** 区域全面经济伙伴关系协定（RCEP）, 人工智能管理体系标准（ISO/IEC 42001）: a name with an instrument ending glossed by an acronym or a code of up to four parts joined by slashes. */
    private static void acronymGlossed(String text, List<Name> out) {
        Matcher m = GLOSSED.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && text.charAt(m.start() - 1) == '》')
                continue;
            if (m.group(2).contains("/") && !m.group(2).matches(".*\\d.*"))
                continue; // （TPP/CPTPP）: two names, either one, no code of this one
            int start = trimLeft(text, m.start(1), m.end(1));
            if (start < 0)
                continue;
            String label = Labels.clean(text.substring(start, m.end(1)));
            int de = label.lastIndexOf('的');
            if (de >= 0 && label.length() - de - 1 >= 4)
                label = label.substring(de + 1);
            String type = InstrumentKind.of(label);
            if (type.equals("Instrument") || label.length() < 4 || label.matches("^(这|该|此|本|各|其|多|一|新|相关|有关).*"))
                continue;
            int s = m.end(1) - label.length();
            out.add(new Name(label, s, m.end(1), Kind.INSTRUMENT, type, "acronym-glossed"));
        }
    }

    /**
     * “数字服务法”（Digital Services Act，DSA）: a quoted …法 is most often a method (“办法”, “方法”), but one glossed
     * right after by its name or acronym in Latin letters is a law's name.
     */
    private static boolean glossedInLatin(String text, int afterQuote) {
        return afterQuote < text.length() && text.substring(afterQuote).matches("(?s)^[（(][A-Z][A-Za-z]{1,}.*");
    }

    /**
     * A quoted rule named by the month and day it was issued (“10·7规则”): a regulation's short name. A bare
     * 规则 (贸易规则, 数字规则) is a kind of thing and no instrument; the date makes it one.
     */
    private static final Pattern DATE_NAMED_RULE = Pattern.compile("^\\d{1,2}[·•.]\\d{1,2}(?:规则|新规)$");

    /** Words after a quotation that make it the heading of a part of a text (一节, 一章, 部分, 条款). */
    private static final Pattern PART_OF_TEXT = Pattern.compile("^(?:一节|一章|一部分|章节|部分|条款)");

    /**
     * After a quotation: more quoted phrases joined to it by 和, 与 or 、 (quotations side by side, “A”“B”等原则, are the enumeration stage's), then 的 or 为 and a qualifier of the
     * word for principle (concept-cues.tsv head-qualifier: 核心, 基本, 监管), then that word: 坚持“风险为本”和“科技中立”的监管原则,
     * 遵循“相同活动、相同风险、相同监管”的原则, 提出以“数字团结”为核心理念, 纳入“设计隐私”和“预设隐私”原则: each quotation
     * names a principle.
     */
    /** The word for principle that closes a quoted principle: 原则, 理念 (concept-relation-cues.tsv principle-head). */
    private static String principleWord() {
        return CueWords.any("concept-relation-cues.tsv", "principle-head");
    }

    private static boolean closedByPrincipleWord(String text, int from) {
        Pattern p = Lexicon.cached("NameFinder|quoted-principle-closed", () -> Pattern.compile("^(?:(?:和|与|及|、)“[^“”，。；]{2,16}”)*(?:的|为)(?:"
                + Lexicon.alternation(Lexicon.words("concept-cues.tsv", "position", "head-qualifier")) + ")?" + principleWord() + "(?!性)"));
        return p.matcher(text.substring(from)).lookingAt() || Lexicon.cached("NameFinder|quoted-principle-joined", () -> Pattern.compile(
                "^(?:(?:和|与|及|、)“[^“”，。；]{2,16}”)+(?:[一二三四五六七八九十两]{1,2}[项大个])?" + principleWord() + "(?!性)")).matcher(text.substring(from)).lookingAt();
    }

    private static void quoted(String text, List<Name> out) {
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            String after = m.group(2);
            if (inner.matches(".*[，。；,;：].*") && !after.startsWith("原则") && !after.startsWith("理念"))
                continue;
            if (PART_OF_TEXT.matcher(after).find())
                continue; // 将“规则、规范和原则”一节置于…: the heading of a section, not an instrument
            String head = headNoun(after);
            if (head != null && isInstrumentHead(head.substring(head.length() - 2))) {
                String label = inner + head;
                out.add(new Name(label, m.start(), m.start(2) + head.length(), Kind.INSTRUMENT, InstrumentKind.of(label), "quoted-name"));
                out.add(new Name(text.substring(m.start(), m.start(2) + head.length()), m.start(), m.start(2) + head.length(), Kind.INSTRUMENT, InstrumentKind.of(label), "quoted-name"));
                if (head.length() == 2 && inner.length() >= 2)
                    out.add(new Name(inner, m.start(), m.start(2) + head.length(), Kind.INSTRUMENT, InstrumentKind.of(label), "quoted-name"));
                // “隐私盾”框架, “清洁网络”计划: the head only says what kind of text the quoted name is; the quoted name alone is its name too
            } else if (head != null && isEventHead(head)) {
                out.add(new Name(inner + head, m.start(), m.start(2) + head.length(), Kind.EVENT, "Event", "quoted-name"));
                out.add(new Name(text.substring(m.start(), m.start(2) + head.length()), m.start(), m.start(2) + head.length(), Kind.EVENT, "Event", "quoted-name"));
            } else if (isFoundedBody(text, m.start(), inner)) {
                out.add(new Name(inner, m.start(1), m.end(1), Kind.ORGANISATION, OrganisationFinder.type(inner, bodyClass(inner)),
                        "quoted-body"));
            } else if (after.startsWith("原则") || after.startsWith("理念") || after.matches("^[三四五六两二]?[大项个]?(原则|理念).*")
                    || closedByPrincipleWord(text, m.end(1) + 1)) {
                out.add(new Name(inner, m.start(1), m.end(1), Kind.PRINCIPLE, "Principle", "quoted-principle"));
            } else if (DATE_NAMED_RULE.matcher(inner).matches()) {
                out.add(new Name(inner, m.start(1), m.end(1), Kind.INSTRUMENT, "Law", "quoted-name")); // “10·7规则”: a regulation named by its date
            } else if (InstrumentKind.hasInstrumentEnding(inner) && inner.length() >= 4 && (!inner.endsWith("法") || glossedInLatin(text, m.end(1) + 1))) {
                out.add(new Name(inner, m.start(1), m.end(1), Kind.INSTRUMENT, InstrumentKind.of(inner), "quoted-name"));
            } else if (isEventHead(inner.replaceAll(".*(峰会|论坛|大会|会议)$", "$1")) && inner.matches(".*(峰会|论坛|大会)$")
                    && !ForumBodies.founded(text, m.start(1), m.end(1))) { // 宣布成立“前沿模型论坛”: a body founded (ForumBodies)
                out.add(new Name(inner, m.start(1), m.end(1), Kind.EVENT, "Event", "quoted-name"));
            } else if (head == null && isLaunched(text, m.start(), inner)) {
                out.add(new Name(inner, m.start(1), m.end(1), Kind.INSTRUMENT, "Initiative", "quoted-launched"));
            }
        }
    }

    /** 宣布启动“…”, 发起“…”: what a text launches under a quoted name. */
    private static final Pattern LAUNCHED_BEFORE = Pattern.compile("(?:启动|发起)了?$");

    /**
     * 宣布启动“海洋轨道”: a short quoted name that the text launches, with no head noun after it, is an initiative
     * (a process or programme under its own name); a name ending like a body is an organisation (quoted-body).
     */
    private static boolean isLaunched(String text, int quoteStart, String inner) {
        return inner.length() >= 2 && inner.length() <= 12 && !inner.matches(".*[，。；,;：、的\\d].*")
                && LAUNCHED_BEFORE.matcher(text.substring(Math.max(0, quoteStart - 4), quoteStart)).find();
    }

    /** The proposer, then 提出的/发起的: 中方提出的…, 主席提出的…, …组织发起的 (a state, its side, a head of state or government, an organisation). */
    private static final Pattern PROPOSED = Pattern.compile(
            "(?<=方|国|主席|总统|总理|总书记|政府|组织|联盟)(?:提出|发起|倡导)的([\\u4e00-\\u9fff]{2,10}?(?:倡议|计划|议程|战略))"
                    + "(?=[，。；、,;）)]|$|和|与|及|等|，)");
    private static final Pattern ALSO_PROPOSED = Pattern.compile("^(?:和|与|及|、)([\\u4e00-\\u9fff]{2,10}?(?:倡议|计划|议程|战略))(?=[，。；、,;）)]|$|和|与|及|等)");
    private static final Pattern NOT_A_NAME_CORE = Pattern.compile("^(?:这|该|此|本|各|其|新|一|多|相关|有关|系列|若干|重要|上述|有关).*|.*[的了是在].*");

    /**
     * 支持中方提出的全球发展倡议和全球安全倡议: what an actor is said to have put forward (提出的, 发起的) under a
     * name ending like an initiative, plan or agenda is that one thing, and so is the next name joined by 和.
     */
    private static void proposedNames(String text, List<Name> out) {
        Matcher m = PROPOSED.matcher(text);
        while (m.find()) {
            int s = m.start(1);
            int e = m.end(1);
            String label = m.group(1);
            while (label != null) {
                String head = label.replaceAll(".*(倡议|计划|议程|战略)$", "$1");
                if (label.length() - head.length() < 2 || NOT_A_NAME_CORE.matcher(label).matches())
                    break;
                out.add(new Name(label, s, e, Kind.INSTRUMENT, InstrumentKind.of(label), "proposed-name"));
                Matcher next = ALSO_PROPOSED.matcher(text.substring(e));
                if (!next.find())
                    break;
                s = e + next.start(1);
                e = e + next.end(1);
                label = next.group(1);
            }
        }
    }

    private static final Pattern STRAIGHT_QUOTED = Pattern.compile("\"([^\"]{2,40})\"");

    /** Texts converted from PDF quote with straight marks: founded bodies between them (the other quoted names need curly ones). */
    private static void straightQuotedBodies(String text, List<Name> out) {
        Matcher m = STRAIGHT_QUOTED.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            if (isFoundedBody(text, m.start(), inner))
                out.add(new Name(inner, m.start(1), m.end(1), Kind.ORGANISATION, OrganisationFinder.type(inner, bodyClass(inner)),
                        "quoted-body"));
        }
    }

    /** A verb of founding right before the quotation (成立, 设立, 启动 …), up to a measure word and 的 (设立一个单轨常设的“…”). */
    private static final Pattern FOUNDING_BEFORE = Pattern.compile(
            "(?:成立|设立|组建|建立|创建|创设|创立|创办|启动|加入)(?:了|一个|一支|[\\u4e00-\\u9fff]{0,6}的)?$");

    /**
     * Heads of a body's name beyond the organisation suffixes, when the text founds it: …全球网络, “全球机制”, and a forum
     * founded (成立“…论坛”: a standing body of its founders, not a meeting, which is held, never founded).
     */
    private static final List<String> FOUNDED_HEADS = List.of("网络", "机制", "论坛", "平台");

    /**
     * 倡议成立“人工智能能力建设国际合作之友小组”, 宣布启动“人工智能监管机构全球网络”: a quoted name that
     * the text founds, ending like a body, is an organisation, whatever words are inside the quotes.
     */
    private static boolean isFoundedBody(String text, int quoteStart, String inner) {
        if (inner.length() < 4 || inner.matches(".*[，。；,;：、].*"))
            return false;
        if (!FOUNDING_BEFORE.matcher(text.substring(Math.max(0, quoteStart - 12), quoteStart)).find())
            return false;
        return bodyClass(inner) != null;
    }

    /** The class an organisation suffix gives {@code name}, Alliance for a founded network or mechanism, or null. */
    private static String bodyClass(String name) {
        for (java.util.Map.Entry<String, String> e : Lexicon.longestFirst("organisation-suffixes.tsv", "class"))
            if (e.getKey().length() >= 2 && name.endsWith(e.getKey()))
                return e.getValue();
        for (String h : FOUNDED_HEADS)
            if (name.endsWith(h))
                return "Alliance";
        return null;
    }

    private static final Pattern SHORT_HEAD = Pattern.compile("^([\\u4e00-\\u9fff]{1,4}?)(倡议|协定|战略|宣言|框架|计划)");

    /** The words after the closing quote up to a head noun (”论坛, ”国际机制框架), or null. */
    private static String headNoun(String after) {
        for (String h : List.of("倡议", "协定", "战略", "宣言", "框架", "计划", "峰会", "论坛", "大会", "会议", "项目"))
            if (after.startsWith(h))
                return h;
        java.util.regex.Matcher m = SHORT_HEAD.matcher(after);
        if (m.find() && !m.group(1).matches(".*[的和与及是在将为].*") && !m.group(1).matches("^[由经被向对].*")) // ”由法国倡议成立: an agent, no head
            return m.group();
        return null;
    }

    private static boolean isInstrumentHead(String h) {
        return List.of("倡议", "协定", "战略", "宣言", "框架", "计划").contains(h);
    }

    private static boolean isEventHead(String h) {
        return List.of("峰会", "论坛", "大会", "会议").contains(h);
    }

    private static void events(String text, List<Name> out) {
        List<OrganisationFinder.Organisation> forums = ForumBodies.find(text);
        for (EventFinder.Event e : EventFinder.find(text))
            if (forums.stream().noneMatch(f -> f.end() == e.end() || f.start() < e.end() && e.start() < f.end() && f.rule().equals(ForumBodies.RULE) && e.end() <= f.end() + 1)) // 全球网络专长论坛（GFCE）吸纳…: a standing body (ForumBodies)
                out.add(new Name(e.label(), e.start(), e.end(), Kind.EVENT, "Event", EventFinder.RULE));
    }

    /** Moves a left edge forward past the last stop character, verb or preposition; -1 when nothing is left. */
    static int trimLeft(String text, int start, int headStart) {
        int s = start;
        for (int i = headStart - 1; i >= start; i--) {
            char c = text.charAt(i);
            if (STOP.indexOf(c) >= 0 && c != ' ' && c != '\u2005' && c != '“' && c != '”' && c != '·') {
                s = i + 1;
                break;
            }
        }
        Matcher m = CUT.matcher(text.substring(s, headStart));
        int cut = s;
        WordBoundaries words = WordBoundaries.of(text);
        while (m.find()) {
            String w = m.group();
            if (w.length() == 1 && !(words.isBoundary(s + m.start()) && words.isBoundary(s + m.end())))
                continue; // 由 inside 自由 is no preposition
            // one-character words only cut where they cannot be inside a name
            if (w.length() == 1 && "在于由向将把为是了并还也等从自至到".contains(w) && m.start() + s > s && insideQuote(text, m.start() + s))
                continue;
            cut = s + m.end();
        }
        s = cut;
        while (s < headStart && (text.charAt(s) == ' ' || text.charAt(s) == '\u2005' || text.charAt(s) == '的' || text.charAt(s) == '了'))
            s++;
        return s < headStart ? s : -1;
    }

    private static boolean insideQuote(String text, int pos) {
        return text.lastIndexOf('“', pos) > text.lastIndexOf('”', pos);
    }

    private static void organisations(String text, List<Name> out) {
        for (OrganisationFinder.Organisation o : OrganisationFinder.find(text))
            out.add(new Name(o.label(), o.start(), o.end(), Kind.ORGANISATION, o.type(), o.rule()));
    }

    private static void afterVerb(String text, List<Name> out) {
        Matcher m = afterVerbInstrument().matcher(text);
        while (m.find()) {
            String label = m.group(1);
            if (label.matches("^(这|该|此|本|各|其|多|一|新|相关|有关|多项|一系列|系列|若干|首个|首部|多个|双边|区域|了|国际|全球|更|制定|建立|推动|构建|加强|完善|形成|提出|落实|实施|参与|支持|改进|促进|提升|推进|深化|探索|建设|发展|规范|保障|维护|打造|开展|关于).*")
                    || label.length() < 5 || label.matches(".*(并|在|等|对|将|为|是|或).*") || label.matches("^.{0,2}[的和与及].*")
                    || label.contains("的") && label.substring(label.lastIndexOf('的') + 1).length() < 4 && !opensWithAmending(label)
                    || label.matches(".*[和与及].*") && label.length() < 10 || onlyAmendingHead(label))
                continue;
            if (label.contains("的") && !opensWithAmending(label) && m.end(1) < text.length() && "（(".indexOf(text.charAt(m.end(1))) >= 0)
                continue; // 发起了有限参与者的国际服务贸易协定(TiSA): a description before the name its gloss names (rule acronym-glossed)
            out.add(new Name(label, m.start(1), m.end(1), Kind.INSTRUMENT, InstrumentKind.of(label), "instrument-after-verb"));
        }
    }

    static final String UNMARKED_LAW_CUES = "unmarked-law-cues.tsv";
    static final String RULE_UNMARKED_LAW = "law-unmarked";

    /** A name ending in 法: three to fourteen characters of a name before it, no function word inside. */
    private static final Pattern LAW_NAME = Pattern.compile("^[\\u4e00-\\u9fff]{3,14}?法(?![规律案令典院官庭人治制理务学系])");
    /** Characters no law's short name holds (a clause's function words). */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[的了在将和与及并对为是等其该这此把被从向由于而或但也都所之]");

    /**
     * 2016年通过的网络安全法, 根据个人信息保护法第十三条, 个人信息保护法、网络安全法和数据安全法: a law named without
     * 《》 right after a cue of {@code unmarked-law-cues.tsv} (an act on it, optionally with 了/的/后的; a citation of it as
     * a ground), and the further laws of a list it opens. Words that end in 法 without being a law (办法, 立法, 算法,
     * 国际法) are left out; the shortest name that ends in 法 is taken (通过的数据安全法将 is 数据安全法).
     */
    static List<Name> unmarkedLaws(String text) {
        List<Name> out = new ArrayList<>();
        Set<String> notNames = Lexicon.words(UNMARKED_LAW_CUES, "kind", "not-name");
        for (Map.Entry<String, String> cue : Lexicon.longestFirst(UNMARKED_LAW_CUES, "kind")) {
            if (cue.getValue().equals("not-name"))
                continue;
            for (int at = text.indexOf(cue.getKey()); at >= 0; at = text.indexOf(cue.getKey(), at + 1)) {
                int from = at + cue.getKey().length();
                for (String glue : List.of("后的", "了", "的"))
                    if (text.startsWith(glue, from)) {
                        from += glue.length();
                        break;
                    }
                int end = lawAt(text, from, notNames);
                while (end > 0) {
                    addOnce(out, new Name(text.substring(from, end), from, end, Kind.INSTRUMENT, "Law", RULE_UNMARKED_LAW));
                    Matcher join = LIST_JOIN.matcher(text.substring(end));
                    if (!join.find())
                        break;
                    from = end + join.end();
                    end = lawAt(text, from, notNames);
                }
            }
        }
        return out;
    }

    /** What joins the items of a list of laws, with a date or an act between them (、2016年通过的). */
    private static final Pattern LIST_JOIN = Pattern.compile("^(?:、|和|与|及|以及)(?:[\\d一二三四五六七八九十〇零今去前明]+年(?:[\\d一二三四五六七八九十]+月)?)?(?:(?:通过|制定|颁布|施行|修订|出台)(?:的|后的))?");

    /** The end of a law's short name starting at {@code from}, or -1. */
    private static int lawAt(String text, int from, Set<String> notNames) {
        if (from >= text.length())
            return -1;
        Matcher m = LAW_NAME.matcher(text.substring(from));
        if (!m.find())
            return -1;
        String name = m.group();
        if (NOT_IN_NAME.matcher(name).find() || name.contains("法") && name.indexOf('法') < name.length() - 1)
            return -1;
        for (String w : notNames)
            if (name.endsWith(w))
                return -1; // 管理办法, 数据立法, 推荐算法, 国际人道法 … 国际法: a method, a field or a practice, no law named
        return from + name.length();
    }

    private static void addOnce(List<Name> out, Name n) {
        for (Name o : out)
            if (o.start() == n.start() && o.end() == n.end())
                return;
        out.add(n);
    }
}

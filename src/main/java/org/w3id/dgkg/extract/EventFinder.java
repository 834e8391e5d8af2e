package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Events by their structure: a head from {@code event-heads.tsv} (峰会, 论坛, 会议, 大会, 年会, 会晤 …)
 * on a word boundary, with what stands in front of it as one name: the organiser
 * (二十国集团第十九次领导人峰会, 国家数据局2024年第3次局务会议), an ordinal or a
 * year (第80届联合国大会, 2022年世界电信发展大会), a quoted theme with its commas
 * (“数字公共产品与可持续发展”高级别会议), and two events joined by 暨. The name stops at
 * the first word that cannot be in it (a verb, a preposition, a person, a date with a month).
 * A head with nothing that makes it one event in front (会议, 本次峰会) is no name.
 */
final class EventFinder {
    private EventFinder() {}

    static final String RULE = "event-name";
    /** The words of the slots around a name (event-name-cues.tsv). */
    private static final CueWords.Table CUES = CueWords.table(EventFinder.CUE_FILE, "EventFinder");
    static final String CUE_FILE = "event-name-cues.tsv";
    private static final int MAX_CHARS = 40;

    record Event(String label, int start, int end) {}

    /** A locative the segmenter may join to the last character of a head (峰/会上). */
    private static final java.util.regex.Pattern LOCATIVE_TAIL = java.util.regex.Pattern.compile("(?:上|期间|时|后|前)$");
    private static final java.util.regex.Pattern LEADING_YEAR = java.util.regex.Pattern.compile("\\d{4}\\s*年?\\s*");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("第[一二三四五六七八九十百零\\d]+[届次期轮]|首届|首次");

    /** Whether {@code prefix} is only what makes an edition of a series: ordinals and a year (第十四届, 2023年, 2024年第二届). */
    static boolean isEditionMarker(String prefix) {
        String rest = prefix.strip();
        java.util.regex.Matcher year = LEADING_YEAR.matcher(rest);
        if (year.lookingAt())
            rest = rest.substring(year.end());
        return rest.isEmpty() ? !prefix.isBlank() : ORDINAL.matcher(rest).matches();
    }

    static List<Event> find(String text) {
        List<Term> terms = Segmenter.terms(text);
        WordBoundaries words = WordBoundaries.of(text);
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            int end = t.offset + t.word.length();
            String head = headAt(text, end);
            boolean split = false;
            java.util.regex.Matcher locative = LOCATIVE_TAIL.matcher(t.word);
            if (head == null && t.word.length() >= 2 && locative.find() && locative.start() > 0) {
                // 美/欧/峰/会上: the segmenter glued the head's last character to the locative after it
                String inner = headAt(text, end - locative.group().length());
                if (inner != null && end - locative.group().length() - inner.length() < t.offset) {
                    // only where the head itself is cut (峰/会上); 全会上 is one word, the head a sitting of the event before
                    end -= locative.group().length();
                    head = inner;
                    split = true;
                }
            }
            if (head == null || !split && !words.isBoundary(end) || continuesAsName(text, end, words))
                continue;
            int headStart = end - head.length();
            int start = leftEdge(text, terms, i, headStart);
            int quoted = quoteAround(text, headStart, end);
            if (quoted >= 0)
                start = quoted; // “加强人工智能能力建设国际合作高级别会议”: the quotes mark the name's edges, verbs and all
            if (start < 0 || start >= headStart)
                continue;
            if (quoted < 0)
                start = withoutCountryAndCity(terms, withoutVenue(terms, start, headStart), headStart, text, head);
            if (quoted < 0)
                start = withoutVenueBeforeOrdinal(terms, start, headStart, text);
            if (quoted < 0)
                start = wholeItem(text, terms, start, headStart, end);
            String label = text.substring(start, end);
            String core = text.substring(start, headStart);
            if (label.length() > MAX_CHARS || !qualified(core, head) || anniversaryCutOff(terms, start, core))
                continue;
            if (kindBefore().matcher(text.substring(Math.max(0, start - 6), start)).find())
                continue; // 再次举办该级别的数字经济部长会议: a kind of meeting, no edition of its own
            if (ParticipationCues.respectivelyHeld().matcher(text.substring(RelationRules.backTo(text, start, RelationRules.SUBCLAUSE_END), start)).find())
                continue; // 东盟分别与中国、日本举行了数字部长会议: one meeting with each partner, no one event of that name
            out.add(new Event(label, start, end));
        }
        quoted(text, out);
        titledCeremony(text, out);
        return out;
    }

    /**
     * 《联合国打击网络犯罪公约》签署仪式25日在河内举行: a ceremony or launch named after the text it is held for (a head of
     * the cue kind titled-ceremony right after the title: 签署仪式, 启动仪式, 发布会) is one event, named with the title's marks
     * (rule event-name). A bare 签署仪式 or 发布会 with no title before it names none.
     */
    private static void titledCeremony(String text, List<Event> out) {
        for (int close = text.indexOf('》'); close >= 0; close = text.indexOf('》', close + 1)) {
            int open = text.lastIndexOf('《', close);
            if (open < 0 || close - open - 1 < 2 || close - open - 1 > 30)
                continue;
            String rest = text.substring(close + 1);
            String head = null;
            for (String h : CUES.set("titled-ceremony"))
                if (rest.startsWith(h) && (head == null || h.length() > head.length()))
                    head = h;
            if (head == null)
                continue;
            int from = open, to = close + 1 + head.length();
            if (TITLED_BEFORE.matcher(text.substring(Math.max(0, open - 2), open)).find())
                continue; // 《A》《B》签署仪式: the ceremony of several texts is no one title's
            out.removeIf(e -> e.start() < to && from < e.end());
            out.add(new Event(text.substring(from, to), from, to));
        }
    }

    private static final java.util.regex.Pattern TITLED_BEFORE = java.util.regex.Pattern.compile("[》、和及与]$");

    /** 该级别的, 此类, 这种: a demonstrative of kind or level right before the name makes it a kind of meeting. */
    private static java.util.regex.Pattern kindBefore() {
        return CUES.pattern("kind-before", () -> CUES.any("kind-demonstrative") + "一?" + CUES.any("kind-level") + "的?$");
    }

    /** Verbs of staging or attending an event: before 的 they make a relative clause about the event (中方出席的E), no part of its name. */
    private static java.util.regex.Pattern relativeVerb() {
        return CUES.pattern("relative-verb", () -> CUES.any("relative-verb"));
    }

    /**
     * 可信任的互联网大会 as one item of a list or alone on its line (…共同举办)；可信任的互联网大会(2023年由…主办)；…): the item is
     * the name, so a modifier ending in 的 is part of it, as inside quotes. The item opens after a line break, a semicolon, a
     * colon or an enumeration comma (or at the sentence's start) and closes right after the head (a bracket, a semicolon, the
     * end). Not when what precedes 的 names an actor or place (美国主导的…峰会), a pronoun or a time, or holds a verb of staging
     * or attending (中方出席的…大会): that is a relative clause about the event.
     */
    private static int wholeItem(String text, List<Term> terms, int start, int headStart, int end) {
        if (start <= 0 || text.charAt(start - 1) != '的')
            return start;
        int item = 0;
        for (int k = start - 1; k >= 0; k--)
            if (ITEM_OPENER.indexOf(text.charAt(k)) >= 0) {
                item = k + 1;
                break;
            }
        while (item < headStart && Character.isWhitespace(text.charAt(item)))
            item++;
        if (start <= item || headStart - item > MAX_CHARS)
            return start;
        String rest = text.substring(end).replaceFirst("^[ \\t\\u3000]+", "");
        if (!(rest.isEmpty() || ITEM_CLOSER.indexOf(rest.charAt(0)) >= 0))
            return start;
        String prefix = text.substring(item, start);
        if (prefix.matches("(?s).*[，,。“”「」《》（）()].*") || relativeVerb().matcher(prefix).find())
            return start;
        for (Term t : terms)
            if (t.offset >= item && t.offset < start && Segmenter.nature(t).matches("nr.*|ns.*|nt.*|r.*|t.*|m.*"))
                return start; // 美国主导的, 他们举办的, 2023年的: an actor, a pronoun or a time, not a name's modifier
        return item;
    }

    /** What opens an item of a list: a line break, a semicolon, a colon, an enumeration comma. */
    private static final String ITEM_OPENER = "\n；;：:、";
    /** What closes an item right after its head: a line break, a bracket, a semicolon, an enumeration comma, a full stop. */
    private static final String ITEM_CLOSER = "\n（(；;、。";

    /** Before a quoted name: an ordinal or a verb of holding (举办了首届“…日”). */
    private static java.util.regex.Pattern heldBefore() {
        return CUES.pattern("held-before", () -> "(?:" + CUES.any("held-verb")
                + "|首届|首次|第[一二三四五六七八九十百零\\d]+[届次期])(?:了)?(?:首届|首次|第[一二三四五六七八九十百零\\d]+[届次期])?(?:\\d{4}年)?$");
    }
    /** After a quoted name: it opens or is held (“…周”在日内瓦开幕). */
    private static java.util.regex.Pattern heldAfter() {
        return CUES.pattern("held-after", () -> "^[^，。；、“”「」]{0,12}?" + CUES.any("opened"));
    }

    /**
     * 国际电联举办了首届“人工智能治理日”, “数字包容周”在日内瓦开幕: a quoted name ending with a head of
     * quoted-event-heads.tsv (日, 周, 对话) is an event when an ordinal or a verb of holding stands right before it or a
     * verb of opening after it; outside quotes, or quoted alone, these words are no event.
     */
    private static void quoted(String text, List<Event> out) {
        quoted(text, out, '“', '”');
        quoted(text, out, '「', '」');
    }

    private static void quoted(String text, List<Event> out, char opening, char closing) {
        for (int open = text.indexOf(opening); open >= 0; open = text.indexOf(opening, open + 1)) {
            int close = text.indexOf(closing, open + 1);
            if (close < 0 || close - open - 1 > 24 || close - open - 1 < 3)
                continue;
            String name = text.substring(open + 1, close);
            if (name.matches("(?s).*[，,。；、：“”「」].*"))
                continue;
            String head = null;
            for (Map.Entry<String, String> e : Lexicon.longestFirst("quoted-event-heads.tsv", "class"))
                if (name.endsWith(e.getKey()) && name.length() > e.getKey().length() + 1) {
                    head = e.getKey();
                    break;
                }
            if (head == null)
                continue;
            int from = open + 1;
            if (out.stream().anyMatch(e -> e.start() < close && from < e.end()))
                continue; // an event already found there
            if (!heldBefore().matcher(text.substring(Math.max(0, open - 12), open)).find()
                    && !heldAfter().matcher(text.substring(close + 1)).lookingAt())
                continue;
            out.add(new Event(name, from, close));
        }
    }

    /**
     * 在大阪七国集团贸易部长会议期间: a city written right before the organiser's name (a proper noun of three
     * or more characters that HanLP keeps whole) is where the meeting was held, not part of its name.
     */
    private static int withoutVenue(List<Term> terms, int start, int headStart) {
        for (int j = 0; j + 1 < terms.size(); j++) {
            Term t = terms.get(j);
            if (t.offset != start)
                continue;
            Term next = terms.get(j + 1);
            String n = Segmenter.nature(next);
            boolean organiser = (n.equals("l") || n.startsWith("nt") || n.equals("j") || n.equals("nz")) && next.word.length() >= 3
                    && next.offset == t.offset + t.word.length() && next.offset + next.word.length() < headStart;
            return Segmenter.nature(t).equals("nsf") && organiser ? next.offset : start;
        }
        return start;
    }

    /**
     * 在秘鲁利马亚太经合组织领导人非正式会议期间: two or more place names in a row at the start of the name (a state and a
     * city) say where the meeting was held; the name begins after them when what is left still makes one event.
     */
    private static int withoutCountryAndCity(List<Term> terms, int start, int headStart, String text, String head) {
        int at = start;
        int places = 0;
        for (Term t : terms) {
            if (t.offset < at)
                continue;
            if (t.offset != at || t.offset + t.word.length() >= headStart || !Segmenter.nature(t).startsWith("ns"))
                break;
            at = t.offset + t.word.length();
            places++;
        }
        return places >= 2 && qualified(text.substring(at, headStart), head) ? at : start;
    }

    /**
     * 英国布莱切利园首届人工智能安全峰会, 在瑞士日内瓦第二届…大会: a place and the places or grounds within it (a place name, a
     * transliterated name, a one-character place noun such as 园, 市, 郡) written before the ordinal say where the edition was
     * held; the name begins at the ordinal. One place word alone stays (东盟第四届数字部长会议: the organiser), as does any
     * organisation (nt, an abbreviation) or a dash between parties (中国—东盟第N次…).
     */
    private static int withoutVenueBeforeOrdinal(List<Term> terms, int start, int headStart, String text) {
        java.util.regex.Matcher ordinal = ORDINAL.matcher(text.substring(start, headStart));
        if (!ordinal.find() || ordinal.start() == 0)
            return start;
        int at = start + ordinal.start();
        int places = 0;
        for (Term t : terms) {
            int te = t.offset + t.word.length();
            if (te <= start)
                continue;
            if (t.offset >= at)
                break;
            String n = Segmenter.nature(t);
            boolean place = places == 0 ? n.startsWith("ns") : n.startsWith("ns") || n.equals("nrf") || n.equals("ng") && t.word.length() == 1;
            if (t.offset < start || te > at || !place)
                return start;
            places++;
        }
        return places >= 2 ? at : start;
    }

    private static final java.util.regex.Pattern ANNIVERSARY = java.util.regex.Pattern.compile("^[\\d一二三四五六七八九十百]+周年.*");

    /**
     * 中国同中亚五国建交30周年视频峰会: the name would begin at the anniversary, the clause that says what
     * is celebrated (…建交, …成立) cut off by its verb; a name without it is no name. (…（WSIS）二十周年…
     * begins at a bracket: the organiser in front joins it later.)
     */
    private static boolean anniversaryCutOff(List<Term> terms, int start, String core) {
        if (!ANNIVERSARY.matcher(core).matches())
            return false;
        for (Term t : terms)
            if (t.offset + t.word.length() == start)
                return Segmenter.nature(t).startsWith("v");
        return false;
    }

    /** The start of a quotation that ends right after the head and holds it whole, or -1. */
    private static int quoteAround(String text, int headStart, int end) {
        if (end >= text.length() || "”」".indexOf(text.charAt(end)) < 0)
            return -1;
        int open = Math.max(text.lastIndexOf('“', headStart), text.lastIndexOf('「', headStart));
        if (open < 0 || end - open - 1 > MAX_CHARS || text.substring(open + 1, end).matches("(?s).*[”」。；].*"))
            return -1;
        return open + 1;
    }

    /** The longest event head that ends at {@code end}, or null. */
    private static String headAt(String text, int end) {
        for (Map.Entry<String, String> e : Lexicon.longestFirst("event-heads.tsv", "class"))
            if (end >= e.getKey().length() && text.startsWith(e.getKey(), end - e.getKey().length()))
                return e.getKey();
        return null;
    }

    /** 论坛年会, 大会秘书处: another head or an organisation word follows, so the name goes on. */
    private static boolean continuesAsName(String text, int end, WordBoundaries words) {
        String rest = text.substring(end, Math.min(text.length(), end + 6));
        for (Map.Entry<String, String> e : Lexicon.longestFirst("event-heads.tsv", "class"))
            if (rest.startsWith(e.getKey()) && words.isBoundary(end + e.getKey().length()))
                return true;
        for (Map.Entry<String, String> e : Lexicon.longestFirst("organisation-suffixes.tsv", "class"))
            if (e.getKey().length() >= 2 && rest.startsWith(e.getKey()))
                return true;
        return rest.startsWith("暨");
    }

    /** An acronym in brackets (TTC, G-7): a gloss of the organiser's name, no break in the name. */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Za-z0-9\\-]{1,9}");
    /** A union of states the segmenter tags as a common noun (欧盟, 东盟, 非盟): a party of a dashed pair (美国—欧盟) like a state. */
    private static final java.util.regex.Pattern PAIRED_UNION = java.util.regex.Pattern.compile("[\\u4e00-\\u9fff]盟");

    private static int leftEdge(String text, List<Term> terms, int last, int headStart) {
        int start = -1;
        for (int j = last; j >= 0; j--) {
            Term t = terms.get(j);
            int te = t.offset + t.word.length();
            if (te > headStart) {
                start = t.offset;
                continue;
            }
            if (headStart - t.offset > MAX_CHARS)
                break;
            if (t.word.equals("）") && j >= 2 && terms.get(j - 2).word.equals("（") && ACRONYM.matcher(terms.get(j - 1).word).matches()
                    && j >= 3 && namesBody(terms.get(j - 3))) {
                j -= 2; // 贸易和技术委员会（TTC）首次会议: an acronym glossing the organiser stays inside; discovery drops it from the name
                start = terms.get(j).offset;
                continue;
            }
            if (t.word.equals("”")) {
                int open = text.lastIndexOf('“', t.offset);
                if (open < 0 || open < headStart - MAX_CHARS)
                    break;
                start = open;
                while (j > 0 && terms.get(j - 1).offset >= open)
                    j--;
                continue;
            }
            if (t.word.isBlank() && j > 0 && terms.get(j - 1).word.matches("[A-Za-z0-9]+")) {
                continue; // WTO 第十三届部长级会议
            }
            if (t.word.matches("\\d+") && j > 0 && terms.get(j - 1).word.matches("[A-Za-z]+")
                    && terms.get(j - 1).offset + terms.get(j - 1).word.length() == t.offset) {
                continue; // G7: HanLP splits the letters from the digits
            }
            if ((t.word.equals("—") || t.word.equals("-") || t.word.equals("－")) && j > 0
                    && (isPlace(terms.get(j - 1)) || PAIRED_UNION.matcher(terms.get(j - 1).word).matches())
                    && j + 1 < terms.size() && (isPlace(terms.get(j + 1)) || PAIRED_UNION.matcher(terms.get(j + 1).word).matches())) {
                continue; // 第28次中国—东盟领导人会议, 欧盟—日本峰会: the parties joined by a dash
            }
            if (placesCoordinated(t, j > 0 ? terms.get(j - 1) : null, j + 1 < terms.size() ? terms.get(j + 1) : null, headStart))
                break; // 阿根廷和大阪峰会: two places joined right before the head are two summits, not one name
            if (inOrdinal(text, t)
                    || inEventName(t, j > 0 ? terms.get(j - 1) : null, j + 1 < terms.size() ? terms.get(j + 1) : null)
                    || personGuessCutsWord(text, t, start)) {
                start = t.offset;
                continue;
            }
            break;
        }
        if (start < 0)
            return -1;
        while (start < headStart && "及和与的暨、".indexOf(text.charAt(start)) >= 0)
            start++;
        start = MentionFinder.afterDateline(text, start, headStart);
        start = afterDateGlue(text, start, headStart);
        // 2019年第十四届互联网治理论坛, 2016年首届…大会: a year before an ordinal dates the event, it is not in its name
        java.util.regex.Matcher year = LEADING_YEAR.matcher(text.substring(start, headStart));
        if (year.lookingAt() && ORDINAL.matcher(text.substring(start + year.end(), headStart)).find())
            start += year.end();
        return start;
    }

    /**
     * An ordinal of a session or edition written anywhere in the text (第二十三次, 十三届, 第二/十三/次 however the segmenter cut
     * it): 届 needs no 第 (十三届全国人大常委会), 次 and 期 do (11次 is a count, not an ordinal), but after a 届 and the body
     * it numbers, a session in Chinese numerals needs none either (十四届全国人大一次会议: its first session).
     */
    private static final java.util.regex.Pattern SESSION_ORDINAL = java.util.regex.Pattern.compile(
            "第[一二三四五六七八九十百零\\d]+[届次期轮]|(?<![\\d一二三四五六七八九十百零])[一二三四五六七八九十百零\\d]+届"
                    + "|(?<=届[\\u4e00-\\u9fff&&[^了的在是将为和与及]]{2,12})[一二三四五六七八九十]+次");

    /** Whether the term lies inside an ordinal such as 第二十三次 that the segmenter cut into pieces (第二/十三/次). */
    private static boolean inOrdinal(String text, Term t) {
        int from = Math.max(0, t.offset - 16);
        int to = Math.min(text.length(), t.offset + t.word.length() + 8);
        java.util.regex.Matcher m = SESSION_ORDINAL.matcher(text.substring(from, to));
        while (m.find())
            if (from + m.start() <= t.offset && t.offset + t.word.length() <= from + m.end())
                return true;
        return false;
    }

    /** The day of a date and a preposition after it, which the segmenter may join into one word (日经, 日在, 日于). */
    private static final java.util.regex.Pattern DATE_GLUE = java.util.regex.Pattern.compile("^[日号](?:经过|经|在|于|由|举行的|召开的|的)?");

    /**
     * 8月20日经第十三届…第三十次会议审议通过, 3日在第八次会议上: a name never opens with the 日 of a date written before
     * it, nor with the preposition after that 日; the name begins after both.
     */
    static int afterDateGlue(String text, int start, int headStart) {
        if (start <= 0 || start >= headStart || !String.valueOf(text.charAt(start - 1)).matches("[\\d０-９一二三四五六七八九十]"))
            return start;
        java.util.regex.Matcher glue = DATE_GLUE.matcher(text.substring(start, headStart));
        return glue.lookingAt() && glue.end() < headStart - start ? start + glue.end() : start;
    }

    /** 和/与/及 between two place names, the second right before the head: a coordination of events by their places. */
    private static boolean placesCoordinated(Term t, Term before, Term after, int headStart) {
        return (t.word.equals("和") || t.word.equals("与") || t.word.equals("及")) && before != null && after != null
                && Segmenter.nature(before).startsWith("ns") && Segmenter.nature(after).startsWith("ns")
                && after.offset + after.word.length() == headStart;
    }

    private static boolean inEventName(Term t, Term before, Term after) {
        String w = t.word;
        String n = Segmenter.nature(t);
        if (w.equals("暨") || w.equals("第") || w.equals("首届") || w.equals("首次") || w.equals("+") || w.equals("＋"))
            return true;
        if (w.matches("\\d{1,3}") && before != null && (before.word.equals("+") || before.word.equals("＋")))
            return true; // NETmundial+10会议, WSIS+20: the number after a plus counts the years since the first event, part of the name
        if (w.equals("首") && after != null && after.word.matches("[届次期轮]"))
            return true; // 首/次/会议: the segmenter cut the ordinal 首次
        if (w.equals("中") && after != null && after.word.length() == 1 && Segmenter.nature(after).matches("n|j|ns|b"))
            return true; // 中/法/…会议: 中 opening a pair of one-character state names (中法), not a locative
        if (w.equals("间") && before != null && isNoun(before) && after != null && isNoun(after))
            return true; // 政府/间/对话: …间 (between governments) inside the name, not a locative
        if (w.matches("[届次期轮]|周年") || w.matches("第[一二三四五六七八九十百零\\d]+[届次期轮]?"))
            return true;
        // a number is part of the name as an ordinal (第 before it) or a year or anniversary, never as a count (11次)
        if (w.matches("[\\d一二三四五六七八九十百零]+") && after != null
                && (after.word.matches("[届次期轮]") && before != null && before.word.endsWith("第") || after.word.matches("年|周年")))
            return true;
        if (w.matches("\\d{4}年?") || w.equals("年") && before != null && before.word.matches("\\d{4}"))
            return true;
        if (before != null && isNoun(before) && after != null && namesBody(after) && w.length() >= 2 && !n.startsWith("p") && !n.startsWith("c"))
            return true; // 协定/联合/委员会/首次部长级会议: a word between a noun and a body's suffix is the organiser's (联合委员会)
        if (w.equals("之") && before != null && isNoun(before) && after != null && after.word.length() == 1 && Segmenter.nature(after).startsWith("n"))
            return true; // 能力建设/之/友/小组: 之 joins two nouns of the organiser's name (之友, friends of)
        if (Lexicon.functionWords().contains(w) && !w.equals("和") && !w.equals("与") && !w.equals("及"))
            return false;
        if ((w.equals("和") || w.equals("与") || w.equals("及")) && before != null && after != null)
            return isNoun(before) && isNoun(after) || levelWord(before) && (isNoun(after) || Segmenter.nature(after).matches("a|b"));
                    // 部长级与高级官员峰会: two ranks of attendees
        if (w.equals("反") && after != null && after.word.length() >= 2 && (isNoun(after) || Segmenter.nature(after).startsWith("v")))
            return true; // 国际/反/勒索/软件/倡议/峰会: 反 (anti-) makes one noun of what follows
        if (n.startsWith("v") && w.length() >= 2 && before != null && before.word.equals("反") && after != null && isNoun(after))
            return true; // 反/勒索/软件: the verb after 反 is part of that noun
        if (n.startsWith("v") && !n.equals("vn") && before != null && after != null && isNoun(after) && isNoun(before)
                && !Segmenter.nature(before).matches("n[rst].*") && headAt(before.word, before.word.length()) == null)
            return true; // 数据赋能发展全球论坛: a verb between two nouns is the theme (论坛/正值/…峰会: not after an event's head, its predicate)
        if (n.startsWith("nr") || n.startsWith("v") && !n.equals("vn") || n.startsWith("p") || n.startsWith("u")
                || n.startsWith("d") || n.startsWith("r") || n.startsWith("f") || n.startsWith("w") || n.startsWith("t") && w.matches(".*\\d.*")
                || n.startsWith("m") || n.startsWith("q") || n.startsWith("c"))
            return false;
        return true;
    }

    /**
     * 欧日高/级别/经济/对话: a person name the segmenter guessed (nr) written right against the name, with no
     * particle or verb between, is no person (a person is followed by a verb, 的 or a title, not by a
     * meeting's name); it is the name's first word cut wrongly, so the name takes it in.
     */
    private static boolean personGuessCutsWord(String text, Term t, int start) {
        return start >= 0 && Segmenter.nature(t).startsWith("nr") && t.offset + t.word.length() == start && t.word.length() >= 2
                && t.word.matches("[\\u4e00-\\u9fff]+") && !PREPOSITION_GUESS.matcher(t.word).matches();
    }

    /** 曾在, 将于, 正在: an adverb and a preposition the segmenter took for a person's name; they open no event's name. */
    private static final java.util.regex.Pattern PREPOSITION_GUESS = java.util.regex.Pattern.compile("[曾将正已也还又均都并]?[在于]|.[在于]");

    private static boolean isPlace(Term t) {
        String n = Segmenter.nature(t);
        return n.startsWith("ns") || n.startsWith("nt") || n.equals("j");
    }

    /** The word is a body's name's last word: it ends in an organisation suffix (委员会, 小组, 工作组) and is a noun. */
    private static boolean namesBody(Term t) {
        if (!Segmenter.nature(t).startsWith("n") || t.word.length() < 2)
            return false;
        for (Lexicon.Row r : Lexicon.rows("organisation-suffixes.tsv"))
            if (r.word().length() >= 2 && t.word.endsWith(r.word()))
                return true;
        return false;
    }

    /** 部长级, 高级, 副部长级: a word of rank (a non-predicative adjective ending in 级), which qualifies a meeting's name like a noun. */
    private static boolean levelWord(Term t) {
        return Segmenter.nature(t).equals("b") && t.word.endsWith("级");
    }

    private static boolean isNoun(Term t) {
        String n = Segmenter.nature(t);
        return n.startsWith("n") && !n.startsWith("nr") || n.equals("vn") || n.equals("j") || n.equals("gi");
    }

    /** A bare event head, then a phase or a day of it (峰会第一阶段, 大会首日): what follows names a part of that event. */
    private static final java.util.regex.Pattern PHASE_OF_BARE_HEAD = java.util.regex.Pattern.compile(
            "(?:峰会|大会|论坛|会议|年会|全会|會議|論壇)(?:第[一二三四五六七八九十\\d]+阶段|第[一二三四五六七八九十\\d]+階段|首日|次日|开幕|閉幕|闭幕|開幕)");

    /** A legislature and the kind of its sitting, no ordinal (国会全体, 欧洲议会全体, 國會全體). */
    private static java.util.regex.Pattern legislatureSitting() {
        return CUES.pattern("legislature-sitting", () -> ".{0,6}" + CUES.any("legislature") + CUES.any("legislature-sitting") + "?");
    }

    /** An event name needs something that makes it one event: an ordinal, a year, an organiser, a theme. */
    static boolean qualified(String core, String head) {
        if (core.isEmpty() || Lexicon.genericHeads().contains(core + head) || core.matches("^[届次期轮].*"))
            return false;
        if (PHASE_OF_BARE_HEAD.matcher(core).matches())
            return false; // 峰会第一阶段会议, 大会开幕会议: a phase of the event 峰会 refers to, no event of its own

        if (core.matches(".*(第[一二三四五六七八九十百零\\d]+[届次期轮]|首届|首次|\\d{4}|“).*"))
            return !core.matches("^(第[一二三四五六七八九十百零\\d]+[届次期轮]|首届|首次)$") || head.length() >= 4;
        if (CUES.pattern("not-a-name-opening", () -> "^" + CUES.any("not-a-name-opening") + ".*").matcher(core).matches()
                || CUES.pattern("generic-qualifiers", () -> "^" + CUES.any("generic-qualifier") + "+$").matcher(core).matches())
            return false;
        if (legislatureSitting().matcher(core).matches() && head.matches("会议|會議|全会"))
            return false; // 在国会全体会议上表决通过: a sitting of a legislature with no ordinal is where it votes, no event
        if (head.equals("谈判") && !core.matches(".*([A-Za-z]|“).*"))
            return false;
        if (head.matches("对话|對話|磋商"))
            return false; // 加强对话, 开展磋商: a bare dialogue is an event only with an ordinal, a year or quotes (第九轮数字对话)
        return core.length() >= 2;
    }
}

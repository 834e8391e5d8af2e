package org.w3id.dgkg.extract;

import static org.w3id.dgkg.extract.RelationRules.CLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.SUBCLAUSE_END;
import static org.w3id.dgkg.extract.RelationRules.backTo;
import static org.w3id.dgkg.extract.RelationRules.between;
import static org.w3id.dgkg.extract.RelationRules.forwardTo;
import static org.w3id.dgkg.extract.RelationRules.insideHit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.dgkg.extract.RelationRules.Rel;

/**
 * The dates of acts and events: the nearest date in front of an act's verb in its clause (not across
 * another act, a colon or a span of days), a date at the head of the sentence, a news dateline's day;
 * a date written right before an event's name or in brackets after it; and, through {@link DateRules},
 * dates beside an instrument's name and in table rows.
 */
final class ActDates {
    private final RelationCues cues;
    private final Pattern VERB;

    ActDates(RelationCues cues) {
        this.cues = cues;
        this.VERB = cues.verb;
    }

    /** 通过了修订后的《Y》: the revised text is adopted, an act making Y (as 通过《Y》修正案 dates Y), nothing undone or revised later. */
    static final Pattern REVISED_TEXT = Pattern.compile("^(?:了)?(?:经)?(?:修订|修改|修正)后的[《“「]?$");

    /** The act's verb at {@code vs}, then only 修订后的 before the instrument at {@code objectStart}. */
    private boolean revisedTextAdopted(String text, int vs, int objectStart) {
        Matcher v = VERB.matcher(text.substring(vs, objectStart));
        return v.lookingAt() && REVISED_TEXT.matcher(text.substring(vs + v.end(), objectStart)).matches();
    }

    private static final Pattern COLON = Pattern.compile("[：:]");

    void dateFor(String text, List<Hit> hits, Hit o, List<DateFinder.Found> dates, int clauseStart, int vs, List<Rel> out) {
        if (ONGOING.matcher(text.substring(vs)).lookingAt())
            return; // 《Y》（制定中）: an act still under way has no date
        if (NEGATED.matcher(text.substring(Math.max(0, vs - 3), vs)).find())
            return; // 未签署协定: an act not done has no date
        if (beforeEntryIntoForce(text, clauseStart, vs))
            return; // 2023年6月8日，《Y》在获得15国批准后正式生效: the date is the entry into force's, not the ratifications'
        boolean named = hits.contains(o); // an event referred to (会议, 会上) was named in an earlier sentence: its offsets are not this text's
        if (named && o.isInstrument() && StepDates.venue(text, o))
            return; // 于…在《欧盟官方公报》上公布: the journal is where a text is published, not the text
        if (named && o.start() > vs && REVISION.matcher(text.substring(vs, o.start())).find()
                && !revisedTextAdopted(text, vs, o.start()))
            return; // 提出修订2016年的《Y》: the act is on a revision of Y, its date is not Y's
        if (named && o.start() > vs && FOR_COMMENT.matcher(text.substring(vs, o.start())).find())
            return; // 2022年发布征求意见稿的《Y》: a draft published for comment is no step of Y (CONVENTIONS.md)
        if (named && o.isEvent() && o.end() <= vs && HOLDS_SOMETHING.matcher(text.substring(vs)).lookingAt())
            return; // 10月3日，E在X举行选举: the day is the election's, one part of the event
        if (named && o.isEvent() && PART_OF_EVENT.matcher(text.substring(o.end())).lookingAt())
            return; // 在1日举行的E全会上: the day is the plenary's, one meeting of the session
        if (!named && o.isEvent() && unnamedEventBefore(text, clauseStart, vs))
            return; // …国际网络首次会议在旧金山举行: a meeting the recogniser did not name, not the event last named
        if (named && o.isInstrument() && o.end() <= text.length() && TALKS_ON.matcher(text.substring(o.end())).lookingAt())
            return; // 宣布启动《Y》谈判: the talks began, the text is not yet made
        if (named && o.start() > vs && ownDatedActBefore(text, hits, dates, vs, o))
            return; // 2016年通过的A、今年6月通过的B: B has an act of its own, dated, between this verb and it
        boolean relative = o.isInstrument() && relativeAct(text, vs);
        DateFinder.Found best = null;
        for (DateFinder.Found d : dates)
            // not a year inside a name (…2023年第12次室务会议), not across a colon (…记者会（节选）问：…)
            if (d.start() >= clauseStart && d.end() <= vs && !actBetween(text, d.end(), vs) && !insideHit(hits, d.start())
                    && !(relative && predicateBetween(text, hits, d.end(), vs))
                    && !between(text, d.end(), vs, COLON) && !(o.isInstrument() && RANGE_AFTER.matcher(text.substring(d.end())).lookingAt())) {
                // 在7月7日至11日举行的会议上通过《Y》: a span of days is the meeting's, it does not date the act
                // 2023年5月23日经…2023年第12次会议: a later bare year of the same year is part of a name
                if (best != null && d.value().length() == 4 && best.value().startsWith(d.value()))
                    continue;
                best = d;
            }
        if (best == null) {
            // 2023年7月，X发布… (or 延伸阅读：2023年7月，…; …；同年，X通过…): a date at the head of the sentence, or of a part of
            // it after a semicolon, dates the acts of its first clause
            for (DateFinder.Found d : dates)
                if ((DateFinder.headsSentence(text, d.start()) || DateFinder.headsPart(text, d.start())) && DateFinder.commaAfter(text, d.end()) && d.end() < vs
                        && (clauseStart == 0 || clauseStart - d.end() <= 2) && !(relative && predicateBetween(text, hits, d.end(), vs)))
                    best = d;
        }
        if (best == null && !dates.isEmpty() && o.isInstrument() && o.start() > vs) {
            // 21日举行的领导人会议由…主持，…，会议通过《Y》: the meeting the sentence opens with, dated in its relative clause,
            // is the subject the act refers back to
            DateFinder.Found head = dates.get(0);
            if (DateFinder.headsSentence(text, head.start()) && HELD_MEETING_AFTER.matcher(text.substring(head.end())).lookingAt()
                    && MEETING_AS_SUBJECT.matcher(text.substring(Math.max(0, clauseStart), vs)).find()
                    && dates.stream().noneMatch(d -> d != head && d.start() < vs)) {
                out.add(new Rel(o.iri(), "date", head.value(), head.start(), head.end(), 0.6, "date-from-event", true));
                return;
            }
        }
        if (best != null && o.isEvent() && unrealBefore(text, best.start()))
            return; // 希望《Y》能为9月举行的E提供参考: a hope (a plan, a forecast) scopes over the event embedded in its clause
        if (best != null && vagueBetween(text, best.end(), vs))
            return; // 新华社北京2月27日电…近日，X印发了《Y》: the act is told as recent, the dateline's day is the story's, not the act's
        if (best == null && vagueBetween(text, Math.max(0, clauseStart), vs))
            return; // …近日印发: no day of the dateline either
        if (best == null) {
            // 新华社日内瓦7月26日电…26日发表…，同时公布《Y》: in the lead of a datelined story, acts whose clause
            // gives no date of its own happen on the dateline's day, when every date before them is that day
            Matcher line = DATELINE.matcher(text);
            if (line.find() && !RELATIVE_ACT.matcher(text.substring(vs)).lookingAt() && !relativeOn(text, vs, o)) { // X通过的《Y》: an act told as background
                DateFinder.Found day = null;
                for (DateFinder.Found d : dates)
                    if (d.start() >= clauseStart && d.end() <= vs && !insideHit(hits, d.start())) {
                        if (day != null && !day.value().equals(d.value()) || d.value().length() < 10) {
                            day = null;
                            break;
                        }
                        day = d;
                    }
                if (day != null)
                    out.add(new Rel(o.iri(), "date", day.value(), day.start(), day.end(), 0.6, "date-of-dateline", true));
            }
        }
        if (best != null && (RELATIVE_ACT.matcher(text.substring(vs)).lookingAt() || relativeOn(text, vs, o))) {
            Matcher line = DATELINE.matcher(text);
            if (line.find() && best.end() <= line.end())
                return; // 新华社…6月12日电 冰岛议会通过的《Y》将于…生效: the story's day, not the day of a past act told as background
        }
        if (best != null && o.isInstrument() && PLANNED_DATE.matcher(text.substring(Math.max(0, best.start() - 6), best.start())).find())
            return; // 并拟于2024年E上通过《Y》: the date of a planned act, the text is not yet made
        if (best != null && NEGATED_DATE.matcher(text.substring(Math.max(0, best.start() - 6), best.start())).find())
            return; // 冰岛未于2019年签署的《Y》, 尚未在2024年批准: the act was not done on that date
        if (best != null && StepDates.otherActBetween(text, best.end(), vs))
            return; // 印度于2019年退出谈判，…签署: the date is the other clause's act (withdrawal, negotiation, entry into force)
        if (best != null && o.isEvent() && (ANNOUNCED.matcher(text.substring(best.end(), vs)).find()
                || FORECAST_BEFORE.matcher(text.substring(Math.max(0, best.start() - 8), best.start())).find()
                || DateRules.futureBefore(text, best.start())))
            return; // …将于2024年12月在…举行, 按照安排，…: a scheduled event is not held (news gold) // 2024年5月，A与B宣布联合举办E: the date is the announcement's, not the event's (E将于2026年3月举行 keeps its own)
        if (best != null) {
            // 2023年11月1日至2日，峰会…通过了《Y》: a text made during a span of days has its month, or the last day when
            // the clause says it was made at the closing (AdoptionDates)
            String value = o.isInstrument() ? AdoptionDates.withinSpan(text, best) : best.value();
            // E2日在…闭幕: the closing day dates the event only where the document gives no other day of it (ClosingDays)
            boolean closing = o.isEvent() && DateRules.closingAfter(text, best.end());
            out.add(new Rel(o.iri(), "date", value, best.start(), best.end(), best.inferred() ? 0.6 : 0.75,
                    closing ? ClosingDays.RULE : "date-of-act", best.inferred()));
        }
    }

    /**
     * Between a date and the verb of holding an event: an announcement, decision or plan (2024年5月，…宣布联合举办E; …决定在…召开;
     * 去年11月宣布将在…举行): the date is the announcement's, not the event's. A date after the cue (E将于2026年3月举行) is the
     * event's own, scheduled, and is kept (gold README: scheduled events are dated).
     */
    private static final Pattern ANNOUNCED = Pattern.compile("宣布|决定|商定|同意|将|拟|计划|定于|预计|有望|筹备|即将");
    /**
     * After an instrument's name, past an alias in brackets (《Y》（DEFA）谈判): the talks, consultations or studies on it
     * (《Y》谈判, 这一协定的磋商), or its draft for comment (《Y》征求意见稿): the text is not yet made.
     */
    private static final Pattern TALKS_ON = Pattern.compile("(?:[》”」)）]|[（(][^（()）。，]{1,20}[)）]|[ \\u2005])*(?:的)?[ \\u2005]*"
            + "(?:谈判|磋商|协商|联合研究|可行性研究|升级谈判|征求意见稿)");

    /** The act's verb in a relative clause before its object (冰岛议会通过的《Y》将于…生效): background, not the story's act. */
    private static final Pattern RELATIVE_ACT = Pattern.compile("[\\u4e00-\\u9fff]{1,4}?(?:了|过)?的[ \\u2005]*[《“「]");

    /** The act's verb in a relative clause of its own object, written without quotes (由经合组织主办的2022年…会议14日至15日…举行). */
    private static final Pattern RELATIVE_VERB = Pattern.compile("[\\u4e00-\\u9fff]{1,4}?(?:了|过)?的[ \\u2005]*[《“「]?");

    /**
     * Whether the verb at {@code vs} qualifies {@code o} in a relative clause (主办的E): the act is told as background, a
     * dateline's day before it is the story's day, not the act's (news-check5: the meeting's own clause gives its day).
     */
    private static boolean relativeOn(String text, int vs, Hit o) {
        Matcher m = RELATIVE_VERB.matcher(text.substring(vs));
        return o.start() > vs && m.lookingAt() && vs + m.end() == o.start();
    }

    /** After a date heading the sentence: a meeting held that day, named in a relative clause (21日(在X)举行的…会议). */
    private static final Pattern HELD_MEETING_AFTER = Pattern.compile("[ \\u2005]*(?:在[^，。；,]{1,12})?(?:举行|召开|举办)的[^，。；,]{0,30}?(?:会议|峰会|大会|论坛|年会|会晤)");
    /** The act's subject refers back to that meeting: …，会议通过《Y》, …；峰会还发表了…. */
    private static final Pattern MEETING_AS_SUBJECT = Pattern.compile("[，,；;][ \\u2005]*(?:该|此次|本次|这次)?(?:会议|峰会|大会|论坛|年会|会晤)(?:上|期间)?[ \\u2005]*(?:还|也|并|正式|一致|共同)?[ \\u2005]*(?:审议)?$");

    /** A hold verb with an object of its own after it (举行…选举), not the event itself taking place (举行。, 举行开幕式). */
    private static final Pattern HOLDS_SOMETHING = Pattern.compile("(?:举行|召开|举办)了?(?!开幕|闭幕|期间|之际|时|的|以来)[\\u4e00-\\u9fff]");

    /** A meeting that is one part of the event named before it (全会, 分论坛, 一般性辩论): its day is not the event's. */
    static final Pattern PART_OF_EVENT = Pattern.compile("[”」》]?[ \\u2005]*(?:第[一二三四五六七八九十\\d]+次)?(?:全会|全体会议|全体大会|分论坛|平行论坛|边会|一般性辩论|专题会议|闭幕式|闭幕会)");

    /** The head of an event's name, and what may stand right before it when it only refers back (该会议, 此次峰会, 会议在…). */
    private static final Pattern EVENT_HEAD = Pattern.compile("会议|峰会|大会|论坛|年会|会晤|对话会");
    private static final Pattern REFERRING = Pattern.compile("(?:^|[，,。；;：:、\\s（(“「]|该|本|此|这|此次|本次|这次|该次|本届|此届|上述|这一|该届)$");

    /** Whether the clause before the verb holds an event's name the recogniser did not know (…首次会议), rather than a reference. */
    private static boolean unnamedEventBefore(String text, int clauseStart, int vs) {
        if (clauseStart < 0 || clauseStart >= vs)
            return false;
        String clause = text.substring(clauseStart, vs);
        Matcher m = EVENT_HEAD.matcher(clause);
        int last = -1;
        while (m.find())
            last = m.start();
        return last > 0 && !REFERRING.matcher(clause.substring(0, last)).find();
    }

    /**
     * Whether a cue of an act not told as done (RelationCues.modalUnreal: 希望, 将, 预计, 如果) stands in the sub-clause before
     * the date at {@code at}, outside any title: what the clause says of the date is hoped for or planned.
     */
    private boolean unrealBefore(String text, int at) {
        return cueOutsideTitle(cues.modalUnreal, text, backTo(text, at, SUBCLAUSE_END), at);
    }

    /** Whether {@code cue} matches between {@code from} and {@code to} somewhere outside a title. */
    private static boolean cueOutsideTitle(Pattern cue, String text, int from, int to) {
        if (from >= to)
            return false;
        Matcher m = cue.matcher(text);
        m.region(from, to);
        while (m.find())
            if (!DateFinder.insideTitleAt(text, m.start()))
                return true;
        return false;
    }

    /** A preposition or verb of sending (向, 提请, 提交: date-step-cues.tsv kind recipient): the event after it receives. */
    private static final Pattern RECIPIENT = DateCues.cues("recipient");
    /**
     * A verb of sending right before a date (提交今年秋季的E审议): the date stands inside the sending's object. Only the verbs
     * (cues of two characters or more): 对2023年11月E的成果表示欢迎 keeps E's date.
     */
    private static final Pattern RECIPIENT_BEFORE = Pattern.compile("(?:" + DateCues.cues("recipient", 2).pattern() + ")[ \\u2005]*$");

    /** A time word with no day or month (近日, 日前: date-step-cues.tsv kind vague). */
    private static final Pattern VAGUE = DateCues.cues("vague");

    /** Whether a vague time word stands between {@code from} and the act's verb at {@code vs}, outside any title. */
    static boolean vagueBetween(String text, int from, int vs) {
        return cueOutsideTitle(VAGUE, text, from, vs);
    }

    /** An act still under way: 制定中, 谈判中, 审议中. */
    private static final Pattern ONGOING = Pattern.compile("(?:制定|起草|谈判|审议|修订|讨论|磋商|编制|酝酿)中(?=[)）】，。；、]|$)");

    /** The rest of a span of days after its first day: 至11日, -12日. */
    private static final Pattern RANGE_AFTER = Pattern.compile("[ \\u2005]*[至\\-—–到][ \\u2005]*(?:\\d{1,2}[ \\u2005]*月)?[ \\u2005]*\\d{1,2}[ \\u2005]*日");

    /**
     * A news dateline opening the sentence: 新华社日内瓦7月26日电, （中央社布鲁塞尔5日综合外电报导）, （中央社记者某某首尔26日专电）,
     * 【本报香港4月15日电】, 本报北京3月5日讯.
     */
    static final Pattern DATELINE = Pattern.compile("^[（(【\\[]?[^，。；（(【]{2,16}?(?:\\d{1,2}月)?\\d{1,2}日(?:专电|电|综合外电报导|讯)");

    /** A revision, replacement or repeal named between the act's verb and the text: the act is not on the text itself. */
    private static final Pattern REVISION = Pattern.compile("修订|修改|修正|废止|废除|取代|替代|替换");

    /** An act inside a clause of time that ends in entry into force: 在获得…批准后(正式)生效, 经…批准后施行. */
    private static final Pattern THEN_IN_FORCE = Pattern.compile("^[^，。；;]{0,30}?(?:后|之后|以后)[，,]?[ \\u2005]*(?:于[^，。；]{0,14})?(?:正式|才|方|开始|即)?(?:生效|施行|实施|适用)");
    private static final Pattern TIME_CLAUSE_OPENS = Pattern.compile("(?:在|经|待)[^，。；;]*$");

    /**
     * Whether the act verb at {@code vs} lies in a clause of time (在…后, 经…后) whose main verb is entry into force: the
     * ratifications or approvals it names are the condition, the clause's date is the entry into force's.
     */
    static boolean beforeEntryIntoForce(String text, int clauseStart, int vs) {
        int from = Math.max(0, clauseStart);
        return TIME_CLAUSE_OPENS.matcher(text.substring(from, vs)).find() && THEN_IN_FORCE.matcher(text.substring(vs)).lookingAt();
    }

    /**
     * Whether a date and then an act verb stand between the verb at {@code vs} and its object {@code o} (通过的A、今年6月通过的B):
     * the object is the later act's, which is dated on its own.
     */
    private boolean ownDatedActBefore(String text, List<Hit> hits, List<DateFinder.Found> dates, int vs, Hit o) {
        for (DateFinder.Found d : dates)
            if (d.start() > vs && d.end() <= o.start() && !insideHit(hits, d.start())) {
                Matcher v = VERB.matcher(text);
                v.region(d.end(), o.start());
                while (v.find())
                    if (!insideHit(hits, v.start()) && !cues.act(v.group()).equals("about"))
                        return true;
            }
        return false;
    }

    /** Whether the act verb at {@code vs} heads a relative clause (X提出的《Y》): its object follows its 的. */
    private boolean relativeAct(String text, int vs) {
        Matcher v = VERB.matcher(text);
        v.region(vs, text.length());
        if (!v.lookingAt())
            return false;
        int at = v.end() + (text.startsWith("了", v.end()) || text.startsWith("过", v.end()) ? 1 : 0);
        return text.startsWith("的", at);
    }

    /**
     * 2024年9月29日，州长X否决了Y提出的《Z》: a relative clause (Y提出的) inside the object of another predicate (否决了) is
     * background; a date before that predicate dates the predicate, not the relative clause's act. The predicate is a plain
     * verb of the segmentation (POS v) outside any name, neither a modifier itself (举行的) nor part of the act's own verb
     * group (审议通过, 宣布成立: it ends where the act's verb starts).
     */
    private static boolean predicateBetween(String text, List<Hit> hits, int from, int vs) {
        for (com.hankcs.hanlp.seg.common.Term t : Segmenter.terms(text)) {
            int end = t.offset + t.word.length();
            if (t.offset < from || end >= vs || !Segmenter.nature(t).equals("v") || insideHit(hits, t.offset))
                continue;
            if (text.startsWith("的", end) || text.startsWith("并", end) || text.startsWith("和", end))
                continue;
            return true;
        }
        return false;
    }

    /** An act verb between two positions (not a vote count's 反对, not an advocate or about cue): the date before it is that act's. */
    private boolean actBetween(String text, int from, int to) {
        if (from >= to)
            return false;
        Matcher m = VERB.matcher(text.substring(from, to));
        while (m.find()) {
            String act = cues.act(m.group());
            if (from + m.end() < text.length() && text.charAt(from + m.end()) == '的')
                continue; // 在1日举行的全会上…通过: a verb in a relative clause names the occasion, not another act
            if (!act.equals("advocate") && !act.equals("oppose") && !act.equals("about"))
                return true;
        }
        return false;
    }

    private boolean between(String text, int from, int to, Pattern p) {
        return from < to && p.matcher(text.substring(from, to)).find();
    }

    /**
     * An event that ends an annex item (• 宣言，2021年3月世界卫生大会) is the next list's header, glued on when the
     * PDF's lines were joined: the date before it is the item's, not the event's.
     */
    private static boolean gluedAnnexHeader(String text, Hit event) {
        String stripped = text.strip();
        return stripped.startsWith("•") && event.end() >= text.stripTrailing().length() - 1;
    }

    /** An event launching something named right after the verb: 启动了“Y进程”, 开启《Y》. */
    private static final Pattern LAUNCHED = Pattern.compile("(?:启动|开启)了?");
    /** What an event that is the subject of its clause does, beyond the act verbs of relation-cues.tsv: 启动 a process. */
    private static final Pattern EVENT_ACT = Pattern.compile("启动|开启|落幕");
    /** After an event's name: the event only places or times the clause (E期间, E上, E前夕), or is a modifier (E的). */
    private static final Pattern NOT_SUBJECT_AFTER = Pattern.compile("^[”」》]?[ \\u2005]*(?:期间|上|之际|前夕|前|后|以来|的|和|与|及|、)");

    /**
     * {@code date-event-headed}: a date heading the sentence (2024年2月，E通过了《Y》; 2023年5月，E启动了…) dates the event
     * that opens the clause after it as its subject, when an act verb follows in the same sub-clause with no other date
     * and no plan or negation between.
     */
    private void headedEventSubject(String text, List<Hit> hits, List<DateFinder.Found> dates, List<Rel> out) {
        DateFinder.Found head = DateFinder.headDate(text, dates);
        if (head == null)
            return;
        int from = DateFinder.clauseAfter(text, head.end());
        Hit e = null;
        for (Hit h : hits)
            if (h.start() >= from) {
                e = h;
                break;
            }
        if (e == null || !e.isEvent() || !text.substring(from, e.start()).matches("[ \\u2005]*[“「《]?[ \\u2005]*"))
            return;
        String rest = text.substring(e.end(), forwardTo(text, e.end(), SUBCLAUSE_END));
        if (NOT_SUBJECT_AFTER.matcher(rest).lookingAt() || PART_OF_EVENT.matcher(rest).lookingAt())
            return;
        if (DateRules.plenary(text.substring(e.start(), e.end())))
            return; // 2024年12月10日，巴西联邦参议院全会…通过…: the chamber sitting, not a meeting of its own (news-check4 gold)
        Matcher v = VERB.matcher(rest);
        Matcher w = EVENT_ACT.matcher(rest);
        int at = Math.min(v.find() ? v.start() : Integer.MAX_VALUE, w.find() ? w.start() : Integer.MAX_VALUE);
        if (at > 16)
            return;
        String lead = rest.substring(0, at);
        final int verbAt = e.end() + at;
        if (HOLDS_SOMETHING.matcher(rest.substring(at)).lookingAt())
            return; // 10月3日，E在X举行选举: the day is the election's, one part of the event
        if (cues.modalBefore.matcher(lead).find() || dates.stream().anyMatch(d -> d != head && d.start() < verbAt))
            return;
        out.add(new Rel(e.iri(), "date", head.value(), head.start(), head.end(), head.inferred() ? 0.6 : 0.7, "date-event-headed",
                head.inferred()));
        // 2023年5月，E启动了“Y进程”: what the event launched, named right after the verb, was launched that day
        Matcher launch = LAUNCHED.matcher(rest.substring(at));
        if (launch.lookingAt()) {
            int after = verbAt + launch.end();
            for (Hit h : hits)
                if (h.start() >= after) {
                    if (h.isInstrument() && text.substring(after, h.start()).matches("[ \\u2005]*[“「《]?")
                            && !TALKS_ON.matcher(text.substring(h.end())).lookingAt())
                        out.add(new Rel(h.iri(), "date", head.value(), head.start(), head.end(), head.inferred() ? 0.6 : 0.7,
                                "date-of-act", head.inferred()));
                    break;
                }
        }
    }

    /**
     * Between a date and an event's name: a relative clause of holding, with its place or occasion (2021年6月在布鲁塞尔举行的E;
     * 2023年10月28日在F期间举行的E): the event was held that day.
     */
    private static final Pattern HELD_AT = Pattern.compile("[ \\u2005]*(?:在[^，。；;、]{1,30}?)?(?:举行|召开|举办)的[ \\u2005]*[“「《]?[ \\u2005]*");

    /** A draft for comment between the verb and the text (发布征求意见稿的《Y》). */
    private static final Pattern FOR_COMMENT = Pattern.compile("征求意见");
    /** A negation right before the act's date: 未于2019年签署, 尚未在2024年批准, 没有在…. */
    private static final Pattern NEGATED_DATE = Pattern.compile("(?:未|没有|不曾)[ \\u2005]*(?:于|在)?[ \\u2005]*$");
    /** A negation right before the act's verb: 未签署, 没有通过, 不批准. */
    private static final Pattern NEGATED = Pattern.compile("(?:未|没有|不)$");
    /** A plan governing the date: 拟于, 将于, 计划于, 预计在. */
    private static final Pattern PLANNED_DATE = Pattern.compile("(?:拟|将|计划|预计|有望|准备|打算)" + "[ \\u2005]*(?:在|于)?[ \\u2005]*$");
    /** Holding or hosting an event, between a planned date and the event's name: the plan is the event's own. */
    private static final Pattern HOSTS = Pattern.compile("主办|举办|举行|召开|承办");
    /** A plan right before a date written before an event's name (将于今年秋季主办E, 计划于2025年举办E): the event is not yet held. */
    private static final Pattern PLANNED_BEFORE = Pattern.compile("(?:将|拟|计划|准备|打算)[^，。；]{0,3}$");

    /** A forecast before a date (预计将于9月举行的E, 有望于…): the event's date is only expected. */
    private static final Pattern FORECAST_BEFORE = Pattern.compile("(?:预计|有望|或将|可能)[^，。；]{0,3}$");

    /**
     * 与会者希望《指南》能为今年9月联合国未来峰会拟通过的《Y》提供参考: an event of this sentence dated later than the document
     * itself (at the date's own precision: a month after the document's month, a day after its day) is only scheduled, and an
     * event announced for the future is not dated (gold conventions). A bare year is kept: it cannot be told later.
     */
    static void dropScheduledEvents(List<Rel> rels, List<Hit> hits, String issued) {
        if (issued == null || issued.length() < 10)
            return;
        rels.removeIf(r -> r.predicate().equals("date") && r.object().length() > 4
                && r.object().compareTo(issued.substring(0, Math.min(issued.length(), r.object().length()))) > 0
                && hits.stream().anyMatch(h -> h.isEvent() && h.iri().equals(r.subject())));
    }

    /** A date written right before an event's name (2024年联合国“未来峰会”), or in brackets after it. */
    void eventDates(String text, List<Hit> hits, List<DateFinder.Found> dates, Discourse discourse, List<Rel> out) {
        out.addAll(DateRules.apply(text, hits, dates, discourse)); // dates beside an instrument's name, table rows (DateRules)
        headedEventSubject(text, hits, dates, out);
        for (Hit h : hits) {
            if (!h.isEvent())
                continue;
            for (DateFinder.Found d : dates) {
                boolean held = d.end() <= h.start() && HELD_AT.matcher(text.substring(d.end(), h.start())).matches()
                        && !FORECAST_BEFORE.matcher(text.substring(Math.max(0, d.start() - 8), d.start())).find()
                        && !DateRules.futureBefore(text, d.start()) // 将于2026年举行的E: scheduled, not held
                        && !unrealBefore(text, d.start()); // 希望《Y》能为9月举行的E提供参考: hoped-for use at an event still to come
                boolean right = d.end() <= h.start() && h.start() - d.end() <= 4
                        && !text.substring(d.end(), h.start()).matches(".*[，。；、].*")
                        && !RECIPIENT.matcher(text.substring(d.end(), h.start())).find() // 于2027年向…会议报告, 于2020年6月提请E审议: the event receives
                        && !RECIPIENT_BEFORE.matcher(text.substring(Math.max(0, d.start() - 6), d.start())).find() // 将提交今年秋季的E审议
                        && !FORECAST_BEFORE.matcher(text.substring(Math.max(0, d.start() - 8), d.start())).find() // 预计将于9月举行的E
                        && !(PLANNED_BEFORE.matcher(text.substring(Math.max(0, d.start() - 8), d.start())).find()
                                && HOSTS.matcher(text.substring(d.end(), h.start())).find()); // 将于今年秋季主办E (拟于2024年E上通过 keeps the scheduled E's date)
                boolean bracket = d.start() > h.end() && d.start() - h.end() <= 3 && "(（".indexOf(text.charAt(h.end())) >= 0;
                if (right && HELD_AT.matcher(text.substring(d.end(), h.start())).matches() && unrealBefore(text, d.start()))
                    right = false; // 希望《Y》能为9月举行的E提供参考: the event's holding is under the hope, still to come
                if (right && DateRules.sittingAsOccasion(text, h))
                    right = false; // 于2024年11月30日在第十五届国会第八次会议上通过: the vote's day, not the sitting's
                if ((right && !gluedAnnexHeader(text, h) || bracket || held) && !PART_OF_EVENT.matcher(text.substring(h.end())).lookingAt())
                    out.add(new Rel(h.iri(), "date", d.value(), d.start(), d.end(), d.inferred() ? 0.6 : 0.7,
                            "date-of-event", d.inferred()));
            }
        }
    }
}

package org.w3id.dgkg.extract;

import java.util.regex.Pattern;

/**
 * The cue words of the participation rules, read from {@code ontology/lexicon/participation-cues.tsv} by kind:
 * what makes a host verb name no single event (分别与), an event only backed (支持X举办) or announced (宣布联合举办),
 * a speech bound to an event (致辞), the verbs that place their subject at an event named before them (在EVENT上表示,
 * 签署, 通过), the nouns that make an actor a modifier (联合国姐妹机构) and the words for the parties an event's own
 * name joins (双方, 两国).
 */
final class ParticipationCues {
    private ParticipationCues() {}

    private static final String FILE = "participation-cues.tsv";

    /** The cues of one kind as one alternation, longest first (the cues are regular-expression fragments). */
    static String alternation(String kind) {
        return Lexicon.cached(FILE + "|alt|" + kind, () -> {
            java.util.List<String> w = new java.util.ArrayList<>(Lexicon.words(FILE, "kind", kind));
            w.sort(java.util.Comparator.comparingInt((String s) -> -s.length()).thenComparing(java.util.Comparator.naturalOrder()));
            return "(?:" + String.join("|", w) + ")";
        });
    }

    /** A pattern made once from the cues of {@code kind}: {@code template} with {@code %s} where the cues stand. */
    static Pattern pattern(String kind, String template) {
        return Lexicon.cached(FILE + "|pattern|" + kind + "|" + template, () -> Pattern.compile(template.replace("%s", alternation(kind))));
    }

    /** 分别与A、B举行了会议: before an event, a host verb whose partners are taken one at a time. */
    static Pattern respectivelyHeld() {
        return pattern("respectively", "%s[^，。；;]{0,60}?(?:举行|召开|举办|主办)(?:了)?(?:[一二三四五六七八九十两\\d]+(?:次|场|轮))?[“「]?$");
    }

    /** 分别与A、B会见, 同A、B分别举行会谈: partners met one at a time, whatever the verb of meeting (会见, 会谈, 举行会议). */
    static Pattern partnersOneByOne() {
        return pattern("partners", "%s");
    }

    /** …出席，但因故未能成行: a later sub-clause of the same clause that says the attendance did not happen. */
    static Pattern cancelledAfter() {
        return pattern("cancelled", "^[^。；;]{0,16}?(?:但|却|然而|不过|最终|后)[^。；;]{0,10}?%s");
    }

    /** 未派代表出席, 没有派遣代表团参加: a negated verb of sending before the verb of attending; nobody went. */
    static Pattern negatedEnvoy() {
        return pattern("negated-envoy", "%s[^，,。；;、]{0,8}$");
    }

    /** 未出席, 没有参加, 拒绝出席: a negation right before the verb of attending (the text up to the verb ends with it). */
    static Pattern negated() {
        return pattern("negated", "%s$");
    }

    /** 支持法国举办, 欢迎各方出席: a verb of backing before the actor who would take part. */
    static Pattern endorsed() {
        return pattern("endorse", "%s");
    }

    /** 宣布联合举办, 商定共同主办: an event announced or agreed, not held. */
    static Pattern announced() {
        return pattern("announce", "%s[^，。；：:！？]{0,16}$");
    }

    /** 通过视频致辞表示, 致辞时说: a speech bound to an event, its verb closing the act (a reporting verb may follow). */
    static Pattern speechBound() {
        return pattern("speech", "%s");
    }

    /** 表示, 宣布, 签署, 通过: what its subject does at the event named before it. */
    static Pattern actAtEvent() {
        return pattern("act", "%s");
    }

    /** 签署, 通过, 发布: an act its subject does at the event named before it with 上. */
    /**
     * 宣布成立, 正式创立 (kind founded) as the whole predicate after the locative, with no object (X在EVENT上宣布成立。): the
     * subject is founded at the event. With an object (X在EVENT上宣布成立Y) X founds Y there and takes part.
     */
    static Pattern foundedThere() {
        return pattern("founded", "^(?:[\\s，,]|于|正式|已)*(?:%s)了?(?=[，,。；;]|$)");
    }

    static Pattern deedAtEvent() {
        return pattern("deed", "%s");
    }

    /** 在E期间签署: the deeds that place a person or state at an event they are done during (kind deed-during). */
    static Pattern deedDuring() {
        return pattern("deed-during", "%s");
    }

    /** 同意尽快启动, 支持…发布, 宣布将…签署: a backing, an agreement or an announcement in front of an act. */
    static Pattern backedOrAnnounced() {
        return Lexicon.cached(FILE + "|backed", () -> Pattern.compile(alternation("endorse") + "|" + alternation("announce")));
    }

    /** 姐妹机构, 成员国 right after an actor: the actor only modifies that noun. */
    static Pattern modifierAfter() {
        return pattern("modifier", "^%s");
    }

    /** 十国, 三国 right after an actor: a modifier of a bloc (东盟十国), the count of the states listed after a state. */
    static Pattern countAfter() {
        return pattern("count", "^%s");
    }

    /** 担任会议主席, 出任本届大会东道主, 作为主办方: a role at an event taken (group 1: the event word, maybe empty). */
    static Pattern roleTaken() {
        return pattern("role", "(?:担任|出任|作为)(?:本届|本次|该次|此次|这次|同届)?((?:会议|大会|峰会|论坛|会晤|年会|全会)?)(?:的)?%s(?![\\u4e00-\\u9fff&&[^，。；、并和及]])");
    }

    /** 由X组织: a staging verb closing a sub-clause whose agent follows 由. */
    static Pattern stagedBy() {
        return pattern("staging", "(?<=由[^，。；由]{1,30}?)%s(?=[，,。；;]|$)");
    }

    /** 出席峰会的有, 与会的包括: who attended, listed after the cue (group 1: what stands between the verb and 的). */
    static Pattern attendeeList() {
        return Lexicon.cached(FILE + "|attendees", () -> Pattern.compile(alternation("attended") + "(?:了)?([^，。；、]{0,20}?)的"
                + alternation("listed") + "[：:]?"));
    }

    /** 与会者包括, 参会嘉宾有: a noun for those who attended, then the list (group 1: empty, the event is the document's). */
    static Pattern attendantsList() {
        return Lexicon.cached(FILE + "|attendants", () -> Pattern.compile("()(?:" + alternation("attendants") + ")(?:中)?(?:"
                + alternation("listed") + ")[：:]?"));
    }

    /** After an event: a verb by which it draws delegates (kind drawing: 吸引了), maybe 来自, before the states or bodies they came from. */
    static Pattern drawing() {
        return pattern("drawing", "^[”」》]?(?:共|还|先后|再次)?%s了?(?:来自)?[“「]?");
    }

    /** After the actors an event drew: 等 and a count, 的, then what the delegates are called (kind delegates: 代表, 嘉宾). */
    static Pattern drawnDelegates() {
        return pattern("delegates", "^[”」》]?(?:等[\\d一二三四五六七八九十百多余]*个?(?:国家|国|国际组织|地区|机构)?)?(?:在内)?的?%s");
    }

    /** 东道国, 主办国: a host title right before an actor (东道国阿联酋的部长). */
    static Pattern hostTitle() {
        return pattern("host", "%s$");
    }

    /** 双方, 两国: the parties the event's name joins. */
    static Pattern sides() {
        return pattern("sides", "%s");
    }
}

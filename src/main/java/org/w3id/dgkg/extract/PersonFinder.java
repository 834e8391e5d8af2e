package org.w3id.dgkg.extract;

import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons, by the evidence around a name rather than a list of names. A name is kept when a role
 * word stands right before it (部长李明远, 发言人陈立, 秘书长安娜·卡伦: HanLP's job-title
 * words and {@code role-words.tsv}), or when it is a transliterated name joined by · (让·杜邦),
 * or when it continues an enumeration of such persons (学者李明远、王海涛). HanLP's person
 * recognition decides where a Chinese name is; transliterated names, which HanLP often cuts, run
 * from the role word (or the last function word) to the next function word. Names after a byline
 * role (记者, 编辑, 通讯员) are left out: journalists are not actors of the text.
 */
final class PersonFinder {
    private PersonFinder() {}

    static final String RULE_ROLE = "person-after-role";
    static final String RULE_TRANSLITERATED = "person-transliterated";
    static final String RULE_ENUMERATED = "person-enumerated";

    private static final Pattern TRANSLITERATED = Pattern.compile("[\\u4e00-\\u9fff]{1,8}(?:[·•\\-－][\\u4e00-\\u9fff]{1,10})+");

    record Person(String label, int start, int end, String rule) {}

    static List<Person> find(String text) {
        List<Term> terms = Segmenter.terms(text);
        List<Person> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        rolesAcrossWords(text, terms, out, taken); // first: the title the words hide is nearer the name than the one they show
        for (int i = 0; i < terms.size(); i++) {
            Term role = terms.get(i);
            if (!isRole(role))
                continue;
            int from = role.offset + role.word.length();
            if (isByline(role.word)) {
                mark(taken, from, nameEnd(text, terms, i + 1, from));
                continue;
            }
            Person p = afterRole(text, terms, i + 1, from);
            if (p != null && !taken[p.start()] && !taken[p.end() - 1]) {
                out.add(p);
                mark(taken, p.start(), p.end());
            }
        }
        Matcher m = TRANSLITERATED.matcher(text);
        while (m.find()) {
            int join = firstJoin(text, m.start());
            int start = leftEdge(text, terms, Math.max(m.start(), join - 4), join);
            for (Term t : terms)
                if (t.offset + t.word.length() == join && t.word.length() >= 2 && Segmenter.nature(t).startsWith("nr"))
                    start = Math.max(start, t.offset); // HanLP's first name ends at the join: 得主让 → 让
            int end = rightEdge(text, lastJoin(text, m.start(), m.end()) + 1, m.end());
            if (start < 0 || end - start < 3 || taken[start] || followedByOrganisation(text, end) || !tagsAPerson(terms, start, end))
                continue;
            out.add(new Person(text.substring(start, end), start, end, RULE_TRANSLITERATED));
            mark(taken, start, end);
        }
        beforeRole(text, terms, out, taken);
        appointed(text, terms, out, taken);
        glossed(text, terms, out, taken);
        enumerated(text, terms, out, taken);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    static final String RULE_BEFORE_ROLE = "person-before-role";

    /**
     * 古特雷斯秘书长在会上表示, 卡马乌部长出席, 布林肯国务卿当天表示: a name written right before a title, where the
     * title ends the clause's subject (a verb that follows persons, 在, 与, 和, 、, punctuation, an adverb or a
     * time word before such a verb). The name starts with a word HanLP tags as a person's name (or one character
     * it cut off in front of such a word: 古/特雷斯, 布/林肯) and runs over names, single characters and a
     * place-like syllable (阿尔巴/尼斯) up to the title; a state's name (巴西总统, 中国国家主席) is no person's.
     */
    private static void beforeRole(String text, List<Term> terms, List<Person> out, boolean[] taken) {
        for (int i = 1; i < terms.size(); i++) {
            Term role = terms.get(i);
            if (!isRole(role) || isByline(role.word) || role.word.length() < 2 || !endsSubject(terms, i + 1))
                continue;
            int end = role.offset;
            int start = -1;
            for (int j = i - 1; j >= 0; j--) {
                Term t = terms.get(j);
                String n = Segmenter.nature(t);
                if (t.offset + t.word.length() != (start < 0 ? end : start))
                    break;
                boolean person = n.startsWith("nr") || j == i - 1 && canBeName(t);
                boolean single = t.word.length() == 1 && !n.matches("[wpcuvdmqr].*") && !Lexicon.functionWords().contains(t.word)
                        || t.word.length() == 1 && n.startsWith("q") && j == i - 1 && j > 0 && Segmenter.nature(terms.get(j - 1)).startsWith("nr")
                                && terms.get(j - 1).offset + terms.get(j - 1).word.length() == t.offset; // 苏纳/克/首相: a syllable HanLP read as a measure word
                boolean syllable = n.startsWith("ns") && t.word.length() <= 2 && j > 0 && Segmenter.nature(terms.get(j - 1)).equals("nrf"); // 阿尔巴/尼斯
                if (!person && !single && !syllable)
                    break;
                start = t.offset;
                if (end - start > 8)
                    break;
            }
            if (start < 0 || end - start < 2 || end - start > 8)
                continue;
            // the name's first word must be a person's (古/特雷斯: or one character before one)
            int first = -1;
            for (int j = 0; j < terms.size(); j++)
                if (terms.get(j).offset == start)
                    first = j;
            boolean personStart = Segmenter.nature(terms.get(first)).startsWith("nr") || first == i - 1 && canBeName(terms.get(first))
                    || terms.get(first).word.length() == 1 && first + 1 < i && Segmenter.nature(terms.get(first + 1)).startsWith("nr");
            if (!personStart || end - start > 4 && !allTransliterated(terms, first, i) || taken[start])
                continue;
            out.add(new Person(text.substring(start, end), start, end, RULE_BEFORE_ROLE));
            mark(taken, start, end);
        }
    }

    /**
     * 刘某某任局长, 由李某出任首任部长, 王某担任该委员会主席, 陈某被任命为…主任: a name HanLP tags as a person's, right before a
     * verb of taking up a post ({@code role-words.tsv}, kind appointment) that a title follows, directly or after the
     * words of a body or an ordinal (首任, 该委员会) with no punctuation, conjunction, preposition or other verb between.
     */
    private static void appointed(String text, List<Term> terms, List<Person> out, boolean[] taken) {
        Set<String> verbs = Lexicon.words("role-words.tsv", "kind", "appointment");
        for (int i = 0; i + 1 < terms.size(); i++) {
            Term name = terms.get(i);
            int end = name.offset + name.word.length();
            if (!Segmenter.nature(name).startsWith("nr") || name.word.length() < 2 || name.word.length() > 4 || taken[name.offset]
                    || taken[end - 1])
                continue;
            String verb = null;
            for (String v : verbs)
                if (text.startsWith(v, end) && (verb == null || v.length() > verb.length()))
                    verb = v;
            if (verb == null)
                continue;
            int at = end + verb.length();
            boolean titled = false;
            for (int j = i + 1; j < terms.size(); j++) {
                Term t = terms.get(j);
                if (t.offset < at)
                    continue;
                if (t.offset - at > 12)
                    break;
                if (isRole(t) && !isByline(t.word)) {
                    titled = true;
                    break;
                }
                String n = Segmenter.nature(t);
                if (n.matches("[wcpu].*") || n.startsWith("v") && t.word.length() >= 2 || Lexicon.functionWords().contains(t.word))
                    break;
            }
            if (!titled)
                continue;
            out.add(new Person(name.word, name.offset, end, RULE_BEFORE_ROLE));
            mark(taken, name.offset, end);
        }
    }

    /** Every word of terms [from,to) but a one-character first one is a transliterated name (nrf) or a place-like syllable. */
    private static boolean allTransliterated(List<Term> terms, int from, int to) {
        for (int j = from; j < to; j++) {
            String n = Segmenter.nature(terms.get(j));
            if (!(n.equals("nrf") || n.startsWith("ns") && j > from || j == from && terms.get(j).word.length() == 1))
                return false;
        }
        return true;
    }

    /** Term {@code j} ends the subject of a clause: a verb that follows persons, 在/与/和/、, punctuation, or an adverb or time word before such a verb. */
    private static boolean endsSubject(List<Term> terms, int j) {
        if (j >= terms.size())
            return true;
        Term t = terms.get(j);
        String n = Segmenter.nature(t);
        if (afterWords().contains(t.word) || n.startsWith("w") || t.word.length() == 1 && "在与和、".contains(t.word))
            return true;
        int after = afterDate(terms, j);
        if (after > j) // 李强总理22日出席, 岸田文雄首相15日表示: a date, then the predicate (a verb or a preposition that opens it)
            return after >= terms.size() || afterWords().contains(terms.get(after).word) || Segmenter.nature(terms.get(after)).matches("[vp].*");
        if (!(n.startsWith("d") || n.startsWith("t")) || j + 1 >= terms.size())
            return false;
        Term next = terms.get(j + 1); // 当天表示, 当天在纽约表示, 日前宣布: a time word or an adverb, then the predicate
        return afterWords().contains(next.word) || next.word.equals("在") || Segmenter.nature(next).startsWith("v") && next.word.length() >= 2;
    }

    /**
     * The index after a day or month written in digits at term {@code j} (2日, 22日, 10月30日: HanLP's m then 日/月/号),
     * or {@code j} when none is there. A date right after a name bounds the name: 苏纳克2日宣布.
     */
    static int afterDate(List<Term> terms, int j) {
        int k = j;
        while (k + 1 < terms.size() && isNumber(terms.get(k)) && DATE_UNITS.indexOf(terms.get(k + 1).word.charAt(0)) >= 0
                && terms.get(k + 1).word.length() == 1)
            k += 2;
        if (k == j && k < terms.size() && terms.get(k).word.matches("[0-9０-９]{1,4}[日月号]"))
            k++;
        return k;
    }

    private static final String DATE_UNITS = "日月号年";

    private static boolean isNumber(Term t) {
        return Segmenter.nature(t).startsWith("m") && t.word.matches("[0-9０-９]{1,4}");
    }

    /**
     * 钟山部长, 部长钟山出席: HanLP tagged the word as a place, but its dictionary lists it as a person's name too
     * (钟山: ns and nr); next to a title, the name is the person's. (江苏, 北京: places only.)
     */
    static boolean canBeName(Term t) {
        if (Segmenter.nature(t).startsWith("nr"))
            return true;
        if (t.word.length() < 2 || t.word.length() > 3)
            return false;
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(t.word);
        if (a == null)
            return false;
        for (com.hankcs.hanlp.corpus.tag.Nature n : a.nature)
            if (n.toString().startsWith("nr"))
                return true;
        return false;
    }

    static final String RULE_GLOSSED = "person-glossed";

    /** A personal name in Latin letters: given name(s) and family name, capitalised (Elon Musk, JD Vance, Henna Virkkunen). */
    private static final Pattern LATIN_PERSON = Pattern.compile("[（(]((?:[A-Z][a-z]+|[A-Z]{1,2}\\.?)(?:[ \\u00a0][A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})[）)]");

    /**
     * 富豪马斯克（Elon Musk）: a name HanLP tags as a person, glossed in brackets by a personal name in Latin
     * letters, is a person without a role word in front. The Latin name confirms what HanLP guessed.
     */
    private static void glossed(String text, List<Term> terms, List<Person> out, boolean[] taken) {
        Matcher m = LATIN_PERSON.matcher(text);
        while (m.find()) {
            int end = m.start();
            int start = end;
            for (int j = terms.size() - 1; j >= 0; j--) {
                Term t = terms.get(j);
                if (t.offset + t.word.length() == start && Segmenter.nature(t).startsWith("nr") && end - t.offset <= 8)
                    start = t.offset;
                else if (t.offset + t.word.length() <= start && start < end)
                    break;
            }
            int slot = afterRoleSlot(text, terms, end);
            if (slot >= 0 && (start == end || slot < start))
                start = slot; // 司法专员雷恩德斯（Didier Reynders）: the role and the gloss bound the name, whatever HanLP tagged inside
            if (start == end || end - start < 2)
                continue;
            if (taken[start] || taken[end - 1]) {
                widenCutName(text, out, taken, start, end); // 总干事伊韦/阿拉（Ngozi Okonjo-Iweala）: the gloss says where the name ends
                continue;
            }
            out.add(new Person(text.substring(start, end), start, end, RULE_GLOSSED));
            mark(taken, start, end);
        }
    }

    /**
     * The start of a name that fills the slot between a role word and a Latin personal-name gloss (专员雷恩德斯（Didier
     * Reynders）): two to five Chinese characters, no function word among them, right after a word that is a role;
     * -1 when no role word ends there.
     */
    private static int afterRoleSlot(String text, List<Term> terms, int end) {
        for (Term t : terms) {
            int from = t.offset + t.word.length();
            if (from >= end || end - from < 2 || end - from > 8 || !isRole(t) || isByline(t.word))
                continue;
            String name = text.substring(from, end);
            if (!name.chars().allMatch(Character::isIdeographic))
                continue;
            for (Term u : terms)
                if (u.offset >= from && u.offset < end && (Lexicon.functionWords().contains(u.word) || isRole(u)
                        || Segmenter.nature(u).startsWith("v") && u.word.length() >= 2 && !Segmenter.nature(u).startsWith("nr")))
                    return -1; // 部长们通过了宣言（Ministerial Declaration）: a clause, not a name
            return from;
        }
        return -1;
    }

    /**
     * A person found earlier inside [start,end) that ends before the Latin gloss at {@code end} was cut short (伊韦 of
     * 伊韦阿拉（Ngozi Okonjo-Iweala）): it is widened to the gloss, Chinese characters only in between.
     */
    private static void widenCutName(String text, List<Person> out, boolean[] taken, int start, int end) {
        for (int k = 0; k < out.size(); k++) {
            Person p = out.get(k);
            if (p.start() < start || p.start() >= end || p.end() >= end)
                continue;
            if (!text.substring(p.end(), end).chars().allMatch(Character::isIdeographic))
                return;
            out.set(k, new Person(text.substring(p.start(), end), p.start(), end, p.rule()));
            mark(taken, p.start(), end);
            return;
        }
    }

    /** 学者李明远、王海涛: a person name right after a found person and 、/和/与 is a person too. */
    private static void enumerated(String text, List<Term> terms, List<Person> out, boolean[] taken) {
        for (int k = 0; k < out.size(); k++) {
            Person p = out.get(k);
            int at = p.end();
            if (at >= text.length() || "、和与及".indexOf(text.charAt(at)) < 0)
                continue;
            for (int i = 0; i < terms.size(); i++) {
                Term t = terms.get(i);
                if (t.offset != at + 1 || taken[t.offset])
                    continue;
                int run = Segmenter.nature(t).startsWith("nr") ? -1 : syllableRun(terms, i, t.offset);
                if (run > 0 && endsName(text, terms, run)) { // 克利沙斯、博/科/娃和: a transliteration HanLP read as single characters
                    Person q = new Person(text.substring(t.offset, run), t.offset, run, RULE_ENUMERATED);
                    out.add(q);
                    mark(taken, q.start(), q.end());
                    continue;
                }
                if (!Segmenter.nature(t).startsWith("nr"))
                    continue;
                int e = t.offset + t.word.length();
                for (int n = i + 1; n < terms.size() && terms.get(n).offset == e && Segmenter.nature(terms.get(n)).startsWith("nr"); n++)
                    e = terms.get(n).offset + terms.get(n).word.length(); // a transliteration HanLP cut into two person words
                if (e - t.offset >= 2 && e - t.offset <= 8 && endsName(text, terms, e)) {
                    Person q = new Person(text.substring(t.offset, e), t.offset, e, RULE_ENUMERATED);
                    out.add(q);
                    mark(taken, q.start(), q.end());
                }
            }
        }
    }

    private static Person afterRole(String text, List<Term> terms, int next, int from) {
        if (from >= text.length())
            return null;
        Matcher m = TRANSLITERATED.matcher(text);
        m.region(from, text.length());
        if (m.lookingAt()) {
            int join = firstJoin(text, from);
            for (int j = next; j < terms.size() && terms.get(j).offset < join; j++)
                if (isRole(terms.get(j)))
                    return null; // 部长级代表克拉拉·沙帕兹: the role nearer the name (代表) takes it
            int end = rightEdge(text, lastJoin(text, from, m.end()) + 1, m.end());
            if (end - from >= 3 && !followedByOrganisation(text, end))
                return new Person(text.substring(from, end), from, end, RULE_ROLE);
            return null;
        }
        int japanese = japaneseName(text, terms, next, from);
        if (japanese > 0 && !followedByOrganisation(text, japanese))
            return new Person(text.substring(from, japanese), from, japanese, RULE_ROLE);
        int run = transliterationRun(text, terms, next, from);
        if (run > 0 && LATIN_PERSON.matcher(text).region(run, text.length()).lookingAt())
            run = -1; // 副部长埃斯特韦斯（Alan Estevez）: the gloss says where the name ends (person-glossed)
        if (run > 0 && !followedByOrganisation(text, run))
            return new Person(text.substring(from, run), from, run, RULE_ROLE);
        int syllables = syllableRun(terms, next, from);
        if (syllables > 0 && LATIN_PERSON.matcher(text).region(syllables, text.length()).lookingAt())
            syllables = -1; // 专员布雷顿（Thierry Breton）: the gloss says where the name ends (person-glossed)
        if (syllables > 0 && !followedByOrganisation(text, syllables))
            return new Person(text.substring(from, syllables), from, syllables, RULE_ROLE);
        int end = nameEnd(text, terms, next, from);
        boolean person = false;
        for (int j = next; j < terms.size() && terms.get(j).offset < end; j++)
            person |= j == next ? canBeName(terms.get(j)) : Segmenter.nature(terms.get(j)).startsWith("nr");
        int withSyllable = withPlaceSyllable(text, terms, end);
        if (person && withSyllable != end && withSyllable - from <= 6)
            return followedByOrganisation(text, withSyllable) ? null : new Person(text.substring(from, withSyllable), from, withSyllable, RULE_ROLE);
        boolean glued = false;
        if (person && (end - from == 2 || end - from == 3 && leftoverSyllableAt(terms, end))) {
            int e = withGluedCharacters(text, terms, end, from);
            glued = e != end;
            end = e;
        }
        if (end - from < 2 || end - from > (glued ? 5 : 4) || !person) {
            end = piecesEnd(text, terms, next, from);
            if (end < 0)
                end = beforePersonVerb(text, terms, next, from);
            if (end < 0)
                return null;
        } else
            end = withoutGluedPreposition(text, withoutGluedTimeWord(text, terms, from, end), from);
        if (followedByOrganisation(text, end) || opensPredicate(text.substring(from, end)))
            return null;
        return new Person(text.substring(from, end), from, end, RULE_ROLE);
    }

    /**
     * 总统米尔/济/约/耶/夫出席, 参议员布卢门/撒/尔与, 外交官帕/特里/奥塔担任, 部长罗德里/格/斯于2022年: a transliterated name
     * HanLP cut into a name word and syllables it read as words of their own (or one long transliteration word). After
     * a title, the run of pieces that starts at a word HanLP tags as a person's name (or at most three single characters
     * before one) and holds only such words, single
     * characters and, after a transliteration, a place-like syllable, is the name when the clause goes on right after
     * it ({@link #closesName}) and its single characters after the name word are syllables transliterations use
     * (HanLP's dictionary of transliterated names; one other at most, never the last: 吴朝晖/率/团 is a name and a verb). Only runs of four to eight characters: shorter names are read by HanLP's own tags, and
     * the segmentation, not a count of characters, says where a long name ends. Returns the end, or -1.
     */
    static int transliterationRun(String text, List<Term> terms, int next, int from) {
        if (next >= terms.size() || terms.get(next).offset != from)
            return -1;
        int nameWord = next; // the first word HanLP tags as a name: 德/米/特里, 别/尔/德/穆哈梅 (up to three syllables before it)
        while (nameWord < terms.size() && nameWord - next < 3 && terms.get(nameWord).word.length() == 1
                && !Segmenter.nature(terms.get(nameWord)).startsWith("nr"))
            nameWord++;
        if (nameWord >= terms.size() || !Segmenter.nature(terms.get(nameWord)).startsWith("nr"))
            return -1;
        boolean longTransliteration = Segmenter.nature(terms.get(next)).equals("nrf") && terms.get(next).word.length() >= 4;
        int end = from;
        int pieces = 0;
        int foreignSyllables = 0; // single characters after the name word that no transliteration uses (率, 则, 前)
        boolean lastForeign = false;
        for (int j = next; j < terms.size(); j++) {
            Term t = terms.get(j);
            if (t.offset != end)
                return -1;
            if ((pieces >= 2 || longTransliteration) && closesName(terms, j))
                return end - from >= 4 && end - from <= 8 && foreignSyllables <= 1 && !lastForeign ? end : -1;
            int glued = withoutGluedOpener(text, terms, j);
            if (glued > 0)
                return pieces >= 1 && glued - from >= 4 && glued - from <= 8 && foreignSyllables <= 1 ? glued : -1; // 斯于/2022年, 华在/致辞: the name took the preposition
            if (!isNamePiece(terms, j))
                return -1;
            pieces++;
            lastForeign = j > nameWord && t.word.length() == 1 && !TranslatedPersonDictionary.containsKey(t.word);
            if (lastForeign)
                foreignSyllables++;
            end = t.offset + t.word.length();
            if (end - from > 8)
                return -1;
        }
        return pieces >= 2 && end - from >= 4 && end - from <= 8 && foreignSyllables <= 1 && !lastForeign ? end : -1;
    }

    /**
     * 外务大臣茂木敏/充23日, 数字大臣平井卓/也24日宣布: a Japanese name (a surname and a given name, four or five characters)
     * that HanLP read as a shorter person's name and a one-character word glued after it (a verb, an adverb). After a title,
     * when a surname of HanLP's dictionary of Japanese names and a given name of it make up the name word and the
     * characters glued after it, and the clause goes on right after them ({@link #closesName}: a date, a verb,
     * punctuation), those characters are the name's. Returns the end, or -1.
     */
    static int japaneseName(String text, List<Term> terms, int next, int from) {
        if (next >= terms.size() || terms.get(next).offset != from || !Segmenter.nature(terms.get(next)).startsWith("nr"))
            return -1;
        int wordEnd = from + terms.get(next).word.length();
        int j = next + 1;
        int end = wordEnd;
        while (j < terms.size() && terms.get(j).offset == end && terms.get(j).word.length() == 1 && end - from < 5
                && !Segmenter.nature(terms.get(j)).startsWith("w") && !isNumber(terms.get(j))) {
            Term glued = terms.get(j);
            end++;
            j++;
            // 李家超/在: a preposition, an adverb or a function word after the name opens the clause, unless the
            // dictionary lists the whole given name (卓也)
            boolean opener = Lexicon.functionWords().contains(glued.word) || OPENERS_AFTER_NAME.indexOf(glued.word.charAt(0)) >= 0
                    || ADVERBS_AFTER_NAME.indexOf(glued.word.charAt(0)) >= 0;
            if (end - from >= 4 && closesName(terms, j) && isJapaneseName(text.substring(from, end), opener))
                return end;
        }
        return -1;
    }

    /**
     * A surname and a given name of HanLP's dictionary of Japanese names, in that order (茂木+敏充, 平井+卓也), or a surname
     * of two characters or more of it and two characters after it (松野+博一, 武藤+容治: the dictionary lists few given names).
     * Chinese surnames of one character never make a name of this reading alone.
     */
    private static boolean isJapaneseName(String name, boolean listedOnly) {
        for (int s = 1; s <= 3 && s + 2 <= name.length(); s++) {
            Character sur = com.hankcs.hanlp.dictionary.nr.JapanesePersonDictionary.get(name.substring(0, s));
            if (sur == null || sur != com.hankcs.hanlp.dictionary.nr.JapanesePersonDictionary.X)
                continue;
            Character given = com.hankcs.hanlp.dictionary.nr.JapanesePersonDictionary.get(name.substring(s));
            if (given != null && given == com.hankcs.hanlp.dictionary.nr.JapanesePersonDictionary.M || !listedOnly && s >= 2 && name.length() - s == 2)
                return true;
        }
        return false;
    }

    /**
     * 总统佩/泽/希/齐/扬等, 财长贝/森/特与会: a transliterated name HanLP read as single characters only, none of them a
     * name word. The run of three to eight characters from {@code from}, every one of them a syllable transliterations use
     * (HanLP's dictionary of transliterated names; 出, 表, 国 are none) and no function word, is the name when the clause
     * goes on right after it ({@link #closesName}). Returns the end, or -1.
     */
    static int syllableRun(List<Term> terms, int next, int from) {
        if (next >= terms.size() || terms.get(next).offset != from)
            return -1;
        int end = from;
        for (int j = next; j < terms.size(); j++) {
            Term t = terms.get(j);
            if (t.offset != end)
                return -1;
            if (j > next && closesName(terms, j))
                return end - from >= 3 ? end : -1;
            String n = Segmenter.nature(t);
            if (n.matches("[wmpcu].*") || Lexicon.functionWords().contains(t.word) || afterWords().contains(t.word) || !allSyllables(t.word))
                return -1;
            end = t.offset + t.word.length();
            if (end - from > 8)
                return -1;
        }
        return end - from >= 3 ? end : -1;
    }

    /** Every character of {@code word} is a syllable of HanLP's dictionary of transliterated names. */
    private static boolean allSyllables(String word) {
        for (int k = 0; k < word.length(); k++)
            if (!TranslatedPersonDictionary.containsKey(String.valueOf(word.charAt(k))))
                return false;
        return true;
    }

    /** A word HanLP tags as a person's name, a single character that is no word of the clause, or a place-like syllable after a transliteration. */
    private static boolean isNamePiece(List<Term> terms, int j) {
        Term t = terms.get(j);
        String n = Segmenter.nature(t);
        if (n.startsWith("nr"))
            return true;
        if (t.word.length() == 1)
            return !n.matches("[wmpcu].*") && !Lexicon.functionWords().contains(t.word) && !afterWords().contains(t.word)
                    && ADVERBS_AFTER_NAME.indexOf(t.word.charAt(0)) < 0 && OPENERS_AFTER_NAME.indexOf(t.word.charAt(0)) < 0;
        return n.startsWith("ns") && t.word.length() <= 2 && j > 0 && Segmenter.nature(terms.get(j - 1)).equals("nrf");
    }

    /**
     * The clause goes on at term {@code j}: punctuation, a conjunction of persons (与, 和, 及, 、, 等), a word that follows
     * persons, a verb of two characters or more, a preposition that opens the predicate, a date, or an adverb or time
     * word of two characters or more before a verb.
     */
    private static boolean closesName(List<Term> terms, int j) {
        if (j >= terms.size())
            return true;
        Term t = terms.get(j);
        String n = Segmenter.nature(t);
        if (n.startsWith("w") || afterWords().contains(t.word) || afterDate(terms, j) > j)
            return true;
        if (t.word.length() == 1)
            return "与和及、等".contains(t.word) || OPENERS_AFTER_NAME.indexOf(t.word.charAt(0)) >= 0 && n.matches("[pcd].*");
        if (n.startsWith("v"))
            return true;
        return n.matches("[dt].*") && j + 1 < terms.size() && Segmenter.nature(terms.get(j + 1)).matches("[vp].*");
    }

    /**
     * 斯于/2022年, 华在/致辞: HanLP glued the preposition that opens the predicate to the name's last syllable; a name
     * word of two characters at term {@code j} that ends in one, with a number, a time word or a word that cannot be
     * part of a name right after it. Returns the end without the preposition, or -1.
     */
    private static int withoutGluedOpener(String text, List<Term> terms, int j) {
        Term t = terms.get(j);
        if (t.word.length() != 2 || !Segmenter.nature(t).startsWith("nr") || OPENERS_AFTER_NAME.indexOf(t.word.charAt(1)) < 0
                || j + 1 >= terms.size() || isNamePiece(terms, j + 1) && !Segmenter.nature(terms.get(j + 1)).matches("[mt].*"))
            return -1;
        return t.offset + 1;
    }

    /**
     * 总理阿尔巴/尼斯当天: HanLP ends a transliterated name (nrf) early and reads its last syllables as a place (ns,
     * at most two characters); they are the name's when a word that ends a name follows them (a verb, a time word,
     * punctuation), as they are before a title in {@link #beforeRole}.
     */
    private static int withPlaceSyllable(String text, List<Term> terms, int end) {
        for (int j = 1; j < terms.size(); j++) {
            Term t = terms.get(j);
            Term before = terms.get(j - 1);
            if (t.offset != end || before.offset + before.word.length() != end || !Segmenter.nature(before).equals("nrf")
                    || !Segmenter.nature(t).startsWith("ns") || t.word.length() > 2)
                continue;
            int e = end + t.word.length();
            if (j + 1 >= terms.size())
                return e;
            Term after = terms.get(j + 1);
            String n = Segmenter.nature(after);
            boolean closes = n.startsWith("w") || afterWords().contains(after.word) || after.word.length() >= 2 && n.matches("[vtd].*")
                    || "和与及、在".contains(after.word);
            return closes ? e : end;
        }
        return end;
    }

    /**
     * 通商交涉本部长安德根 (本部/长安/德/根), 通信部长官李宗昊 (部长/官李/宗昊), 贸工部长伊斯瓦兰 (贸工部/长/伊斯瓦/兰):
     * HanLP cut a title of {@code role-words.tsv} across words, so no word of the sentence is the title. There the rest
     * of the sentence is read again on its own, and a name at its start (a word HanLP tags as a person's) is taken as
     * {@link #afterRole} takes one.
     */
    private static void rolesAcrossWords(String text, List<Term> terms, List<Person> out, boolean[] taken) {
        for (String r : Lexicon.words("role-words.tsv", "kind", "role")) {
            if (r.length() < 2 || !Lexicon.words("role-words.tsv", "position", "before").contains(r))
                continue;
            for (int at = text.indexOf(r); at >= 0; at = text.indexOf(r, at + 1)) {
                int end = at + r.length();
                if (end >= text.length() || taken[end] || isWithinOneWord(terms, at, end) || titleAcross(terms, at, end))
                    continue;
                String rest = text.substring(end);
                List<Term> restTerms = Segmenter.terms(rest);
                Person p = afterRole(rest, restTerms, 0, 0);
                if (p == null || !Segmenter.nature(restTerms.get(0)).startsWith("nr"))
                    continue;
                out.add(new Person(p.label(), end + p.start(), end + p.end(), RULE_ROLE));
                mark(taken, end + p.start(), end + p.end());
            }
        }
    }

    /**
     * 外交部长官赵兑烈 (外交部/长官/赵/兑烈): the title found across words (部长) ends inside a word HanLP read as a title
     * of its own (长官), which is the title before the name; read from the shorter one, the name would start with 官.
     */
    private static boolean titleAcross(List<Term> terms, int at, int end) {
        for (Term t : terms)
            if (t.offset > at && t.offset < end && t.offset + t.word.length() > end && isRole(t))
                return true;
        return false;
    }

    /**
     * One word of the sentence holds the whole title: it is read as a title (部长, 经济部长) or is another word the
     * title is part of (主席国, 委员会); either way no word boundary cuts the title.
     */
    private static boolean isWithinOneWord(List<Term> terms, int at, int end) {
        for (Term t : terms)
            if (t.offset <= at && t.offset + t.word.length() >= end)
                return true;
        return false;
    }

    /**
     * 巴德诺/赫, 杉山晋/辅: after a three-character name, a one-character word HanLP could only read as a measure word, a
     * bound morpheme or a distinguishing word (q, ng, vg, ag, b) is the name's last syllable, not a word of the clause.
     */
    private static boolean leftoverSyllableAt(List<Term> terms, int at) {
        for (Term t : terms)
            if (t.offset == at)
                return t.word.length() == 1 && Segmenter.nature(t).matches("q|ng|b|vg|ag");
        return false;
    }

    /** One-character adverbs and modals that open a predicate (都, 应, 能, 将 …); 曾 and 应 are surnames too. */
    private static final String PREDICATE_OPENERS = "都应能将可也已均须需要会还又再亦仍就正";

    /**
     * 所有成员都能获得, 专员应进行合作: what HanLP took for a name after a title is an adverb or a modal followed by a
     * verb of its dictionary (能, 进行), the predicate of a clause whose subject is the title itself. (应勇: 勇 is no verb.)
     */
    private static boolean opensPredicate(String name) {
        if (name.length() < 2 || name.length() > 3 || PREDICATE_OPENERS.indexOf(name.charAt(0)) < 0)
            return false;
        com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(name.substring(1));
        if (a == null)
            return false;
        for (com.hankcs.hanlp.corpus.tag.Nature n : a.nature)
            if (n.toString().startsWith("v"))
                return true;
        return false;
    }

    /** One-character adverbs that open the predicate after a name (毛宁已就此作出回应), never a syllable glued to it. */
    private static final String ADVERBS_AFTER_NAME = "已也又还曾将正就都均亦仍再";

    /**
     * 高市/早/苗和: one-character words HanLP split off the end of a name, up to four characters, when
     * a conjunction, punctuation or a verb that follows persons comes next.
     */
    private static int withGluedCharacters(String text, List<Term> terms, int end, int from) {
        int e = end;
        int j = 0;
        while (j < terms.size() && terms.get(j).offset < end)
            j++;
        for (; j < terms.size() && e - from < 5; j++) {
            Term t = terms.get(j);
            if (t.offset != e || t.word.length() != 1 || Lexicon.functionWords().contains(t.word) || afterWords().contains(t.word)
                    || Segmenter.nature(t).startsWith("w") || ADVERBS_AFTER_NAME.indexOf(t.word.charAt(0)) >= 0 || isNumber(t))
                break;
            e += 1;
        }
        if (e == end || j >= terms.size())
            return end;
        Term next = terms.get(j);
        boolean closes = Segmenter.nature(next).startsWith("w") || "和与及、".contains(next.word) || afterWords().contains(next.word)
                || afterDate(terms, j) > j // 苏纳/克/2日: a date after the name
                || e - from == 3 && Segmenter.nature(next).startsWith("d") && next.word.length() >= 2; // 首相斯塔默共同主持: a three-character name HanLP cut before its last character
        if (e - from == 5) // 东姑扎夫鲁分别代表…: a five-character transliteration only before an adverb of the clause
            return Segmenter.nature(next).startsWith("d") && next.word.length() >= 2 ? e : end;
        return closes ? e : end;
    }

    /**
     * A name HanLP does not tag as one (a transliteration cut into single characters, a two-character name cut in two, a name HanLP takes for a place): after a role word, the
     * characters up to the next strong stop (punctuation, a function word, a word of two or more
     * characters that is a verb, a role or a common noun) are a name when HanLP cut them into
     * single characters or into names of places or proper nouns followed by a verb that follows
     * persons (出席, 主持, 表示). Returns the end, or -1.
     */
    private static int piecesEnd(String text, List<Term> terms, int next, int from) {
        int end = from;
        int singles = 0;
        int proper = 0;
        int j = next;
        for (; j < terms.size(); j++) {
            Term t = terms.get(j);
            String n = Segmenter.nature(t);
            if (t.offset != end || n.startsWith("w") || end == from && n.matches("[dpcu].*") || Lexicon.functionWords().contains(t.word) || afterWords().contains(t.word)
                    || isRole(t) || isNumber(t) || t.word.length() >= 2 && !(n.startsWith("nr") || n.equals("nz") || n.equals("ns")))
                break;
            if (t.word.length() == 1)
                singles++;
            else
                proper++;
            end = t.offset + t.word.length();
            if (end - from > 6)
                return -1;
        }
        if (end - from < 2)
            return -1;
        boolean verbAfter = j < terms.size() && (afterWords().contains(terms.get(j).word)
                || Segmenter.nature(terms.get(j)).startsWith("v") && terms.get(j).word.length() >= 2 || datedPredicate(terms, j));
        boolean punctAfter = j >= terms.size() || Segmenter.nature(terms.get(j)).startsWith("w") || terms.get(j).word.equals("与")
                || terms.get(j).word.equals("和");
        if (singles >= 2 && proper == 0 && (verbAfter || punctAfter))
            return end;
        Term lastPiece = terms.get(j - 1);
        if (Segmenter.nature(lastPiece).startsWith("nrf") && lastPiece.word.length() >= 3 && (verbAfter || punctAfter))
            return end; // 国务部长钱德拉塞卡出席: a transliteration HanLP recognised, with a first syllable it cut off
        boolean namedRole = next > 0 && Lexicon.words("role-words.tsv", "position", "before").contains(terms.get(next - 1).word);
        // 大臣西村康稔共同主持: an adverb, then the verb
        boolean adverbThenVerb = j + 1 < terms.size() && Segmenter.nature(terms.get(j)).startsWith("d")
                && Segmenter.nature(terms.get(j + 1)).startsWith("v") && terms.get(j + 1).word.length() >= 2;
        // 大臣河野太郎、总务大臣…: the next item of a list of titled persons
        boolean listAfter = j < terms.size() && "、和与".contains(terms.get(j).word) && terms.get(j).word.length() == 1;
        if (proper >= 1 && (verbAfter || adverbThenVerb || listAfter) && end - from <= 4 && namedRole)
            return end; // 部长X出席 with X a place-like word (not 成员尚待遴选: 成员 is no title of a person)
        // 教授李飞飞等学者发布: 等 and a word for persons (a title, 人) close a list of persons, this name its first item
        boolean personsAfter = j + 1 < terms.size() && terms.get(j).word.equals("等") && (isRole(terms.get(j + 1)) || terms.get(j + 1).word.equals("人"));
        if (personsAfter && end - from <= 4 && (proper >= 1 || singles >= 2))
            return end;
        boolean syllables = true; // 主席斯/波利/亚/里奇发出: a transliteration HanLP cut into syllables, names and single characters
        for (int k = next; k < j; k++)
            syllables &= terms.get(k).word.length() == 1 ? !Lexicon.functionWords().contains(terms.get(k).word)
                    : Segmenter.nature(terms.get(k)).equals("nrf");
        if (syllables && namedRole && proper >= 1 && singles >= 1 && end - from >= 4 && (verbAfter || punctAfter))
            return end;
        boolean allNames = true;
        for (int k = next; k < j; k++)
            allNames &= Segmenter.nature(terms.get(k)).startsWith("nr");
        if (allNames && proper >= 1 && (verbAfter || punctAfter))
            return end; // a transliteration followed by 、: one transliterated name HanLP recognised
        return -1;
    }

    /**
     * 委员布雷东表示, 主任尾上诚藏在全会上说, 委员谢夫乔维奇与…: a name HanLP cut into pieces it took for verbs,
     * place words or single characters, written between a title and what follows a person in a clause. Two
     * kinds of end: a verb that follows persons (表示, 指出, 出席 …), which vouches for any pieces; or a weaker
     * one (在, 与, 和, 、, a time word or an adverb before such a verb), which vouches only for pieces HanLP could
     * not read as words of the clause (single characters, names of persons, places or things). None of the
     * pieces may be punctuation, a function word, a title, a number, a pronoun, nor a common noun of two
     * characters or more (部长会议表示 is a meeting that speaks). Two to four characters, up to eight when
     * HanLP sees a person's name at the start (东布罗夫斯基斯). Returns the end, or -1.
     */
    private static int beforePersonVerb(String text, List<Term> terms, int next, int from) {
        int end = from;
        boolean onlyPieces = true;
        boolean personStart = next < terms.size() && Segmenter.nature(terms.get(next)).startsWith("nr");
        int max = personStart ? 8 : 4;
        for (int j = next; j < terms.size(); j++) {
            Term t = terms.get(j);
            if (t.offset != end)
                return -1;
            String n = Segmenter.nature(t);
            boolean fits = end - from >= 2 && end - from <= max;
            if (afterWords().contains(t.word))
                return fits ? end : -1;
            if (end > from && fits && onlyPieces && endsClauseSubject(t, n, terms, j))
                return end;
            boolean single = t.word.length() == 1;
            if (n.startsWith("w") || n.matches("[mr].*") || !single && n.startsWith("q") || isRole(t) || single && n.matches("[upc].*")
                    || !single && (n.matches("[pcudt].*") || Lexicon.functionWords().contains(t.word))
                    || single && end == from && Lexicon.functionWords().contains(t.word)
                    || n.startsWith("n") && !n.matches("nr.*|ns.*|nz|nx") && !single)
                return -1;
            if (!single && !n.matches("nr.*|ns.*|nz|nx"))
                onlyPieces = false; // 布雷/v: a word of the clause, unless a verb that follows persons vouches for it
            end = t.offset + t.word.length();
            if (end - from > max)
                return -1;
        }
        return -1;
    }

    /** 多/尼/兰/2日/在: a date at term {@code j} and after it a verb or a preposition that opens the predicate. */
    private static boolean datedPredicate(List<Term> terms, int j) {
        int after = afterDate(terms, j);
        return after > j && (after >= terms.size() || afterWords().contains(terms.get(after).word)
                || Segmenter.nature(terms.get(after)).matches("[vp].*"));
    }

    /** 在, 与, 和, 、 or 当时/也 before a verb that follows persons: where the subject of a clause can end. */
    private static boolean endsClauseSubject(Term t, String n, List<Term> terms, int j) {
        if ("在与和、".contains(t.word) && t.word.length() == 1 || datedPredicate(terms, j))
            return true;
        if ((n.startsWith("t") || n.startsWith("d")) && j + 1 < terms.size())
            return afterWords().contains(terms.get(j + 1).word);
        return false;
    }

    /**
     * 孙东早/前: HanLP let a name take the first character of the time word after it (早前, 日前); a name of
     * three characters or more whose last character and the next word make a time word or an adverb of the
     * dictionary ends before that character.
     */
    static int withoutGluedTimeWord(String text, List<Term> terms, int from, int end) {
        if (end - from < 3 || end >= text.length())
            return end;
        for (Term t : terms) {
            if (t.offset != end)
                continue;
            if (t.word.length() > 2)
                return end;
            com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a = com.hankcs.hanlp.dictionary.CoreDictionary.get(text.charAt(end - 1) + t.word);
            if (a != null)
                for (com.hankcs.hanlp.corpus.tag.Nature n : a.nature)
                    if (n.toString().startsWith("t") || n.toString().startsWith("d"))
                        return end - 1;
            // 早/前: read on its own, the character is an adverb or an adjective of time and a place word follows it
            List<Term> alone = Segmenter.terms(text.substring(end - 1, Math.min(text.length(), end + 3)));
            if (alone.size() >= 2 && alone.get(0).word.length() == 1 && Segmenter.nature(alone.get(0)).matches("[adt].*")
                    && Segmenter.nature(alone.get(1)).startsWith("f") && Segmenter.nature(t).startsWith("f"))
                return end - 1;
            return end;
        }
        return end;
    }

    /** Prepositions and adverbs that open the predicate right after a person's name (李军华在发布会上, 王某于会上, 陈某将出席). */
    private static final String OPENERS_AFTER_NAME = "在于向对与和同将已也";

    /**
     * 李军/华在/发布会: HanLP let a name take the preposition after it into its last word; a name of four characters
     * whose last character opens the predicate, and which a word of the clause follows, ends before that character.
     */
    static int withoutGluedPreposition(String text, int end, int from) {
        if (end - from != 4 || end >= text.length() || OPENERS_AFTER_NAME.indexOf(text.charAt(end - 1)) < 0
                || !Character.isIdeographic(text.charAt(end)))
            return end;
        return end - 1;
    }

    /**
     * [start,end) is a name that {@link #withoutGluedTimeWord} cut out of a longer word HanLP took for a person's name
     * (孙东 of 孙东早/前): a mention, though it lies inside that word.
     */
    static boolean cutFromGluedWord(String text, List<Term> terms, int start, int end) {
        for (Term t : terms)
            if (t.offset == start && t.offset + t.word.length() == end + 1 && Segmenter.nature(t).startsWith("nr"))
                return withoutGluedTimeWord(text, terms, start, end + 1) == end;
        return false;
    }

    /** The end of a name that starts at term {@code next}: the first term that cannot be part of a name. */
    private static int nameEnd(String text, List<Term> terms, int next, int from) {
        int end = from;
        for (int j = next; j < terms.size(); j++) {
            Term t = terms.get(j);
            boolean glued = t.word.length() == 1 && j + 1 < terms.size() && Segmenter.nature(terms.get(j + 1)).startsWith("nr")
                    && !Segmenter.nature(t).startsWith("w") && !Lexicon.functionWords().contains(t.word);
            if (t.offset != end || stops(t) && !glued && !(j == next && canBeName(t)))
                break;
            if (end > from && t.word.length() >= 2 && Segmenter.nature(t).matches("n|vn|nis|nnt"))
                break; // 李军/华在/发布会: a common noun of the clause after the name's words // a one-character word HanLP split off a name (a surname character cut off) stays in it
            end = t.offset + t.word.length();
            if (end - from > 4)
                break;
        }
        return end;
    }

    private static boolean stops(Term t) {
        String n = Segmenter.nature(t);
        if (Lexicon.functionWords().contains(t.word) || afterWords().contains(t.word) || isRole(t))
            return true;
        if (n.startsWith("nr"))
            return false;
        return n.startsWith("v") || n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("d")
                || n.startsWith("w") || n.startsWith("t") || n.startsWith("f") || n.startsWith("m") || n.startsWith("q")
                || n.startsWith("r") || n.startsWith("ns") || n.startsWith("nt") || n.equals("nx");
    }

    /** Left edge of a transliterated name found without a role word: after the last word that cannot be in a name. */
    private static int leftEdge(String text, List<Term> terms, int start, int join) {
        int edge = start;
        for (Term t : terms) {
            int te = t.offset + t.word.length();
            if (te > join)
                break;
            if (te > start && (stops(t) || isRole(t)) && !t.word.contains("·") && !(te == join && t.word.length() == 1))
                edge = Math.max(edge, te); // 杰弗/里/·Y: a one-character piece right before the dot is the name's
        }
        // a function word glued inside the first part (比尔及梅琳达): cut after it
        int base = edge;
        String head = text.substring(base, join);
        for (String w : cutWords())
            for (int at = head.indexOf(w); at >= 0; at = head.indexOf(w, at + 1))
                if (at + w.length() < head.length())
                    edge = Math.max(edge, base + at + w.length());
        return edge < join ? edge : -1;
    }

    /** HanLP sees a person somewhere in [start,end) (新闻·全球视角 is a navigation line, not a name). */
    private static boolean tagsAPerson(List<Term> terms, int start, int end) {
        for (Term t : terms)
            if (t.offset < end && t.offset + t.word.length() > start && Segmenter.nature(t).startsWith("nr"))
                return true;
        return false;
    }

    /** Right edge of the last part of a transliterated name: before the first function word or verb in it. */
    private static int rightEdge(String text, int lastStart, int end) {
        String last = text.substring(lastStart, end);
        int cut = last.length();
        List<Term> terms = Segmenter.terms(text);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            if (t.offset > lastStart && t.offset < lastStart + cut && (t.word.length() >= 2
                    && (Segmenter.nature(t).matches("[vt].*") || isRole(t)) || Segmenter.nature(t).matches("[dpcu].*") && !gluedSyllable(terms, i)
                    && !(t.offset - lastStart < 2 && t.word.length() == 1 && Segmenter.nature(t).startsWith("d"))
                    || Segmenter.nature(t).startsWith("v") && i > 0 && Segmenter.nature(terms.get(i - 1)).startsWith("nr")
                            && terms.get(i - 1).offset + terms.get(i - 1).word.length() == t.offset && takesObject(terms, i)))
                cut = t.offset - lastStart; // …格/曾/多次, …维斯塔格/当天: an adverb, a preposition, a verb or a time word ends the name;
                                            // 菲/略和: not a one-character adverb that would leave a part of one character (a syllable);
                                            // 马丁/致开幕词: a verb right after a word HanLP reads as a name
        }
        for (String w : cutWords()) {
            int at = last.indexOf(w, 1);
            if (at >= 1 && at < cut)
                cut = at;
        }
        return lastStart + cut;
    }

    /** 马丁/致/开幕词: the verb at term {@code i} has a noun of two characters or more right after it (阿蒂/加/斯, 贾尼/纳/担任: no). */
    private static boolean takesObject(List<Term> terms, int i) {
        if (i + 1 >= terms.size())
            return false;
        Term next = terms.get(i + 1);
        String n = Segmenter.nature(next);
        return next.word.length() >= 2 && n.startsWith("n") && !n.startsWith("nr");
    }

    /**
     * 梯/若/尔: a one-character function word between two one-character pieces of a transliteration is a
     * syllable of the name, not the clause's word (as 曾 is before 多次).
     */
    private static boolean gluedSyllable(List<Term> terms, int i) {
        if (terms.get(i).word.length() != 1 || i + 1 >= terms.size() || i == 0)
            return false;
        Term before = terms.get(i - 1);
        Term next = terms.get(i + 1);
        return before.word.length() == 1 && next.word.length() == 1 && !Segmenter.nature(next).startsWith("w")
                && !Segmenter.nature(before).startsWith("w") && !Lexicon.functionWords().contains(next.word);
    }

    private static int firstJoin(String text, int start) {
        for (int i = start; i < text.length(); i++)
            if ("·•-－".indexOf(text.charAt(i)) >= 0)
                return i;
        return text.length();
    }

    private static int lastJoin(String text, int start, int end) {
        for (int i = end - 1; i >= start; i--)
            if ("·•-－".indexOf(text.charAt(i)) >= 0)
                return i;
        return start - 1;
    }

    /** A name ends where punctuation, the text's end or a word that cannot be in a name follows. */
    private static boolean endsName(String text, List<Term> terms, int end) {
        if (end >= text.length())
            return true;
        for (Term t : terms)
            if (t.offset == end)
                return stops(t) && !followedByOrganisation(text, end);
        return false;
    }

    private static boolean followedByOrganisation(String text, int end) {
        String rest = text.substring(end, Math.min(text.length(), end + 6));
        for (var e : Lexicon.longestFirst("organisation-suffixes.tsv", "class"))
            if (rest.startsWith(e.getKey()))
                return true;
        return false;
    }

    static boolean isRole(Term t) {
        if (Segmenter.nature(t).equals("nnt") || Lexicon.words("role-words.tsv", "position", "before").contains(t.word))
            return true;
        // 经济部长, 数字大臣: a noun HanLP kept whole that ends in a role word of two or more characters
        if (Segmenter.nature(t).startsWith("n") && !Segmenter.nature(t).startsWith("nr"))
            for (String r : Lexicon.words("role-words.tsv", "position", "before"))
                if (r.length() >= 2 && t.word.length() > r.length() && t.word.endsWith(r) && Lexicon.words("role-words.tsv", "kind", "role").contains(r))
                    return true;
        return false;
    }

    private static boolean isByline(String word) {
        return Lexicon.words("role-words.tsv", "kind", "byline").contains(word);
    }

    private static Set<String> afterWords() {
        return Lexicon.words("role-words.tsv", "position", "after");
    }

    /** Words that end a transliterated name: function words, and the verbs that follow a person. */
    private static List<String> cutWords() {
        List<String> w = new ArrayList<>(Lexicon.functionWords());
        w.addAll(afterWords());
        w.addAll(List.of("担任", "随后", "随即", "获得", "任命", "等", "的"));
        for (var e : Lexicon.longestFirst("organisation-suffixes.tsv", "class"))
            if (e.getKey().length() >= 2)
                w.add(e.getKey());
        return w;
    }

    private static void mark(boolean[] taken, int s, int e) {
        for (int i = s; i < e && i < taken.length; i++)
            taken[i] = true;
    }
}

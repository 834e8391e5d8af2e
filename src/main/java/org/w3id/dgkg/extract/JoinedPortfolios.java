package org.w3id.dgkg.extract;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

/**
 * 政制及內地事務局, 創新科技及工業局, 商務及經濟發展局: a bureau named after two portfolios joined by 及 (和, 与), each a
 * word or two that HanLP may read as a verb (創新) or split oddly (政/制). OrganisationFinder's left edge stops at
 * such a word; here the name runs on over the first portfolio, up to four characters in front of the joiner,
 * as long as no word of it is a clause's verb or preposition (成立, 出席: NameFinder), a place, a person, a
 * number, a function word or a name of its own (外交部及商务部 is two ministries). Government bodies only:
 * a commission or centre after A及B is more often the end of a list.
 */
final class JoinedPortfolios {
    private JoinedPortfolios() {}

    private static final int MAX_PORTFOLIO = 4;

    /** The start of the government body's name found at [start, suffixStart), extended over its first portfolio. */
    static int start(String text, List<Term> terms, int start, int suffixStart) {
        int joiner = -1;
        for (int i = Math.max(0, start - 1); i < suffixStart; i++)
            if ("及和与".indexOf(text.charAt(i)) >= 0) {
                joiner = i;
                break;
            }
        if (joiner < 0 || joiner < start - 1)
            return start;
        int from = joiner;
        for (int j = terms.size() - 1; j >= 0; j--) {
            Term t = terms.get(j);
            if (t.offset + t.word.length() > from)
                continue;
            if (t.offset + t.word.length() < from || !portfolioWord(t) || joiner - t.offset > MAX_PORTFOLIO)
                break;
            from = t.offset;
        }
        if (joiner - from < 2 || from >= start)
            return start;
        return from;
    }

    private static boolean portfolioWord(Term t) {
        String n = Segmenter.nature(t);
        if (Lexicon.functionWords().contains(t.word) || NameFinder.endsTextBeforeName(t.word) || PersonFinder.isRole(t))
            return false;
        if (n.startsWith("ns") || n.startsWith("nt") || n.startsWith("nr") || n.startsWith("m") || n.startsWith("q") || n.startsWith("t"))
            return false;
        for (Lexicon.Row r : Lexicon.rows("organisation-suffixes.tsv"))
            if (t.word.endsWith(r.word()))
                return false; // 外交部 is a name of its own
        return n.startsWith("n") || n.startsWith("v") || n.startsWith("g") || n.equals("a") || n.equals("b") || n.equals("j");
    }
}

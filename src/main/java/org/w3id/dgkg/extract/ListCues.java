package org.w3id.dgkg.extract;

import java.util.regex.Pattern;

/**
 * The cue words of the list readers ({@link Enumerations}, {@link PrincipleLists}, {@link ConceptFinder}) in
 * {@code list-cues.tsv}: the endings of compound principles, the words that open no name, the copulas and adverbs that
 * make an item a clause, the subjects other than a list's governor. The readers keep their grammar in Java.
 */
final class ListCues {
    private ListCues() {}

    static final String FILE = "list-cues.tsv";
    private static final CueWords.Table CUES = CueWords.table(FILE, "ListCues");

    /** The end of a compound principle (发展和安全并重, A与B相结合). */
    static Pattern compound() {
        return CUES.pattern("compound", () -> CUES.any("compound-end") + "$");
    }

    /** The end of a compound principle as ConceptFinder reads it (安危与共 too). */
    static Pattern compoundOrPair() {
        return CUES.pattern("compound-or-pair", () -> "(?:" + CUES.any("compound-end") + "|" + CUES.any("compound-end-pair") + ")$");
    }

    /** A pronoun or determiner opening a piece of a list that is no name. */
    static Pattern itemLead() {
        return CUES.pattern("item-lead", () -> "^" + CUES.any("item-lead"));
    }

    /** A word opening an item that makes it no name of a principle. */
    static String nameLead() {
        return CUES.any("name-lead");
    }

    /** A copula or adverb of stance inside an item. */
    static Pattern clauseInside() {
        return CUES.pattern("clause-inside", () -> CUES.any("clause-inside"));
    }

    /** Whether a word ending the last item of a list may be the head of every item (人权、民主和法治标准: the standards of all three). */
    static boolean sharedHead(String word) {
        return CUES.set("shared-head").contains(word);
    }

    /** A subject other than the governor opening a sub-clause. */
    static Pattern otherSubject() {
        return CUES.pattern("other-subject", () -> "^" + CUES.any("other-subject"));
    }
}

package org.w3id.dgkg.extract;

import java.util.List;

/**
 * One list of short noun phrases in a sentence, as {@link Enumerations} reads it: its items, the classifier head that
 * says what they are (原则, 领域, 成员国…; {@code enumeration-heads.tsv}), the topic that governs it and the verb between.
 * Offsets are sentence-relative.
 *
 * @param start where the list (its opener or first item) starts
 * @param end where the list (its last item or closing head) ends
 * @param items the items, in order
 * @param head the classifier head as written in the lexicon (原则), or null when the list has none (坚持A、B)
 * @param itemClass the class the head gives the items (Principle, Issue, Actor, Person), or null without a head
 * @param governor the clause topic the list belongs to (an instrument, event or actor), or null when none is named
 * @param verb the verb between the governor (or the sub-clause start) and the list, as written, or null
 * @param verbKind what the verb does to the list: stance (坚持, 倡导), oppose (反对), states (提出, 列出), other, or none
 * @param blocked why the list states nothing about its governor, or null: modal (a plan, hope, negation or condition),
 *     reported (another actor's words: 声称, 指责), background (随着A、B发展), question (问：…)
 */
record Enumeration(int start, int end, List<Item> items, String head, String itemClass, Hit governor, String verb,
        String verbKind, String blocked) {

    Enumeration {
        items = List.copyOf(items);
    }

    /** One item of the list at [start, end) of the sentence. */
    record Item(int start, int end) {
        String in(String sentence) {
            return sentence.substring(start, end);
        }
    }

    /** Whether the list states something about its governor (a governor is named and nothing takes the statement back). */
    boolean stated() {
        return governor != null && blocked == null;
    }
}

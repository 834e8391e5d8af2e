package org.w3id.dgkg.extract;

import java.util.List;
import java.util.Set;

/**
 * One clause of a sentence as the clause analysis ({@link ClauseAnalysis}) reads it around its act verb.
 *
 * @param verb the cue verb as written (签署, 审议通过)
 * @param act the relation family the verb opens: issue, sign, propose, join, establish, participate
 *     (an event held or opened is read like one attended), advocate, oppose
 * @param cueAct the verb's own act in relation-cues.tsv (hold and open kept apart from participate)
 * @param verbStart where the verb starts in the sentence
 * @param verbEnd where the verb ends
 * @param start where the clause starts (after 。；！？ or a line break)
 * @param subStart where the verb's sub-clause starts (after a comma or colon too)
 * @param subEnd where the verb's sub-clause ends
 * @param end where the clause ends
 * @param modality whether the text states the act as a fact ({@link Modality#STATED}), a modality cue
 *     (modality-cues.tsv: plan, hope, application, negation, condition…) says it is not ({@link Modality#MODAL}), or
 *     the clause only reports what others say or claim ({@link Modality#REPORTED}: 据报道…, 有媒体称…, 美方声称…)
 * @param subjects the actors (and events) in front of the verb that the clause is about
 * @param agents the IRIs of the actors that perform the act
 * @param after the hits after the verb, up to the end of its sub-clause
 * @param eventsBefore the events that place the act (named in the clause before the verb, or referred to: 在会上)
 */
record Clause(String verb, String act, String cueAct, int verbStart, int verbEnd, int start, int subStart, int subEnd,
        int end, Modality modality, List<Hit> subjects, Set<String> agents, List<Hit> after, List<Hit> eventsBefore) {

    /** How the text puts the act: as a fact, as not (yet) done, or as what someone else says. */
    enum Modality {
        STATED, MODAL, REPORTED
    }

    /** A plan, hope, application, negation or condition: the act is not stated as done. */
    boolean modal() {
        return modality == Modality.MODAL;
    }

    /** Hearsay or a claim the text reports (据报道, 传言, 声称, 所谓): no rule states a fact from it. */
    boolean reported() {
        return modality == Modality.REPORTED;
    }
}

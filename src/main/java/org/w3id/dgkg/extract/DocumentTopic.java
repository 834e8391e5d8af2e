package org.w3id.dgkg.extract;

/**
 * Which instrument or event a document is about, and which one the paragraph being read is about, for the
 * clauses that speak of it without naming it (TopicClauses): 《办法》明确…, 法律还规定…, 会议围绕…, or no subject at
 * all after a clause whose subject it was (…。要求缔约方…).
 * <ul>
 * <li>the document's topic: the first instrument or event its headline names, else the first one a clause of its
 * body has as subject, else the one named most often so far, twice at least (none on a tie);</li>
 * <li>the paragraph's topic: the last instrument or event that was the subject of a clause of the paragraph
 * (named, or a short reference resolved to it); a new paragraph starts with none;</li>
 * <li>the last subject: the subject of the clause read last, while the clause after it may leave it out;
 * a clause with another subject (an actor, another text) or a new paragraph ends it.</li>
 * </ul>
 * One per document, held by the {@link Discourse}; DocumentReading says where paragraphs and the headline are.
 */
final class DocumentTopic {
    private Hit headlineTopic;
    private Hit firstSubject;
    private Hit paragraphTopic;
    private Hit lastSubject;
    private Hit speechEvent;
    private int paragraph = Integer.MIN_VALUE;
    private boolean headline;
    private final java.util.Map<String, Integer> mentions = new java.util.HashMap<>();
    private final java.util.Map<String, Hit> byIri = new java.util.HashMap<>();

    /** The sentence about to be read is in {@code paragraph}; {@code headline} when it is the document's headline. */
    void sentence(int paragraph, boolean headline) {
        if (paragraph != this.paragraph) {
            this.paragraph = paragraph;
            paragraphTopic = null; // not across a paragraph: the next one may speak of something else
            lastSubject = null;
            speechEvent = null;
        }
        this.headline = headline;
    }

    /** Records the instruments and events of a sentence read (after its rules ran). */
    void saw(java.util.List<Hit> hits) {
        for (Hit h : hits)
            if (h.isInstrument() || h.isEvent()) {
                mentions.merge(h.iri(), 1, Integer::sum);
                byIri.putIfAbsent(h.iri(), h);
                if (headline && headlineTopic == null)
                    headlineTopic = h;
            }
    }

    /** The document's topic: the headline's first instrument or event, else the body's first subject, else the most named. */
    Hit main() {
        if (headlineTopic != null)
            return headlineTopic;
        if (firstSubject != null)
            return firstSubject;
        String best = null;
        boolean tie = false;
        for (var e : mentions.entrySet()) {
            int n = best == null ? -1 : mentions.get(best);
            tie = e.getValue() == n || tie && e.getValue() < n;
            if (e.getValue() > n)
                best = e.getKey();
        }
        return best == null || tie || mentions.get(best) < 2 ? null : byIri.get(best); // named once, or two as often: no topic
    }

    /** The paragraph being read (DocumentReading's count). */
    int paragraph() {
        return paragraph;
    }

    Hit paragraphTopic() {
        return paragraphTopic;
    }

    /** The subject the next clause may leave out, or null. */
    Hit lastSubject() {
        return lastSubject;
    }

    /** The event where the speaker of the clause read last spoke (EventSpeeches), for a pronoun opening the next one; or null. */
    Hit speechEvent() {
        return speechEvent;
    }

    /** The clause read last was a speech at {@code event}; null: it was none. */
    void speech(Hit event) {
        speechEvent = event;
    }

    /** A clause of the paragraph had {@code subject} (an instrument or event) as its subject; null: another subject. */
    void subject(Hit subject) {
        lastSubject = subject;
        if (subject == null)
            return;
        paragraphTopic = subject;
        if (firstSubject == null && !headline)
            firstSubject = subject;
    }
}

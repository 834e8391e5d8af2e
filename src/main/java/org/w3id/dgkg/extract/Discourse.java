package org.w3id.dgkg.extract;

/**
 * What the sentences of one document read so far have named last, for the short references of the
 * next ones: 会议/会上/大会 (the event last named), 该法案/《办法》 alone (the instrument last named).
 * One per document; the relation rules update it after each sentence.
 */
final class Discourse {
    /** Which instrument or event the document, and the paragraph being read, are about (TopicClauses). */
    private final DocumentTopic documentTopic = new DocumentTopic();
    /** What the document has said so far about its instruments and issue lists (short references, anaphors). */
    private final TopicMemory topics = new TopicMemory(documentTopic);
    private Hit lastEvent;
    private Hit lastInstrument;
    private Hit lastHeld;
    private final java.util.Map<String, String> eventDates = new java.util.HashMap<>();
    private final java.util.Map<String, String> names = new java.util.HashMap<>();
    /** Every label of an entity (registry or discovered), for references that depend on what a name contains. */
    private final java.util.function.Function<String, java.util.Set<String>> labels;

    Discourse() {
        this(iri -> java.util.Set.of());
    }

    Discourse(java.util.function.Function<String, java.util.Set<String>> labels) {
        this.labels = labels;
    }

    /** The labels of entity {@code iri} (its Chinese name and aliases), empty when unknown. */
    java.util.Set<String> labelsOf(String iri) {
        java.util.Set<String> l = labels.apply(iri);
        return l == null ? java.util.Set.of() : l;
    }

    /** How the document wrote an entity it named (its first surface form), or null. */
    String nameOf(String iri) {
        return names.get(iri);
    }

    /** The event a speech's title names (在EVENT上的致辞), when the sentence read last was that title alone; else null. */
    private Hit speechTitled;

    /** The event named by the speech title that was the sentence read last (the next names the speaker), or null. */
    Hit speechTitled() {
        return speechTitled;
    }

    void saw(String text, java.util.List<Hit> hits) {
        speechTitled = null;
        if (EventParticipationRules.speechTitleAlone(text))
            for (Hit h : hits)
                if (h.isEvent())
                    speechTitled = h;
        // the topic is the first name of the sentence's last line: a byline before it (作者：…学院) is no part of it
        int line = text.stripTrailing().lastIndexOf('\n') + 1;
        lastTopic = null;
        for (Hit h : hits)
            if (h.start() >= line && (lastTopic == null || h.start() < lastTopic.start()) && !inBrackets(text, h.start()))
                lastTopic = h; // not 作者：郑某（某学院副教授）: a name in brackets is an aside
        for (Hit h : hits) {
            names.putIfAbsent(h.iri(), text.substring(h.start(), h.end()));
            bySurface.putIfAbsent(text.substring(h.start(), h.end()), h);
            if (h.isEvent()) {
                eventsByName.putIfAbsent(text.substring(h.start(), h.end()), h);
                eventsNamed.add(java.util.Map.entry(text.substring(h.start(), h.end()), h));
            }
            else if (h.isInstrument())
                instrumentsNamed.add(java.util.Map.entry(text.substring(h.start(), h.end()), h));
            else if (h.isActor() && !h.isState() && !"Person".equals(h.type()))
                bodiesNamed.add(java.util.Map.entry(text.substring(h.start(), h.end()), h));
        }
        saw(hits);
    }

    private final java.util.Map<String, Hit> eventsByName = new java.util.HashMap<>();
    /** Each entity the document named so far, by how it was written (first entity of each surface). */
    private final java.util.Map<String, Hit> bySurface = new java.util.HashMap<>();

    /** Events the document named only as past background (曾于…在E上): not what a later 会上 means. */
    private final java.util.Set<String> pastEvents = new java.util.HashSet<>();

    void past(String eventIri) {
        pastEvents.add(eventIri);
    }

    boolean isPast(String eventIri) {
        return pastEvents.contains(eventIri);
    }

    /** Events named only as a time bound or an edition to come (维持至E, E将于…举行): never what a later 会议 means. */
    private final java.util.Set<String> notCurrent = new java.util.HashSet<>();

    void notCurrent(String eventIri) {
        notCurrent.add(eventIri);
    }

    /** What a name alone means in the registry (a state, an organisation), for names the document has not written yet. */
    private java.util.function.Function<String, Hit> registry = s -> null;

    void lookUpNamesWith(java.util.function.Function<String, Hit> registry) {
        this.registry = registry;
    }

    /** The entity the document wrote as {@code surface} before this sentence, else the registry's (瑞士 for 瑞士政府), or null. */
    Hit named(String surface) {
        Hit h = bySurface.get(surface);
        return h != null ? h : registry.apply(surface);
    }
    /** The instruments named so far, with how the document wrote them, in order. */
    private final java.util.List<java.util.Map.Entry<String, Hit>> instrumentsNamed = new java.util.ArrayList<>();

    private final java.util.List<java.util.Map.Entry<String, Hit>> eventsNamed = new java.util.ArrayList<>();

    /** The event last named whose name ends with {@code head} (峰会: what a bare 峰会 refers to), or null. */
    Hit lastEventEndingWith(String head) {
        return lastEndingWith(eventsNamed, head);
    }

    /** The event last named whose name holds {@code part} and ends with {@code head} (首届峰会: the first summit named), or null. */
    Hit lastEventWith(String part, String head) {
        for (int i = eventsNamed.size() - 1; i >= 0; i--)
            if (eventsNamed.get(i).getKey().contains(part) && eventsNamed.get(i).getKey().endsWith(head))
                return eventsNamed.get(i).getValue();
        return null;
    }

    /** The instrument last named whose name ends with {@code head} (公约, 宣言: what a bare 公约 refers to), or null. */
    Hit lastInstrumentEndingWith(String head) {
        return lastEndingWith(instrumentsNamed, head);
    }

    /** The instrument with this IRI the document named so far (the one a reference of this sentence resolved to), or null. */
    Hit instrument(String iri) {
        for (int i = instrumentsNamed.size() - 1; i >= 0; i--)
            if (instrumentsNamed.get(i).getValue().iri().equals(iri))
                return instrumentsNamed.get(i).getValue();
        return null;
    }

    /** The event the document named as {@code name} so far (the series an edition belongs to), or null. */
    Hit eventNamed(String name) {
        return eventsByName.get(name);
    }

    /** The date the document gave an event (its first), or null. */
    String dateOf(String eventIri) {
        return eventDates.get(eventIri);
    }

    void dated(String eventIri, String date) {
        eventDates.putIfAbsent(eventIri, date);
    }

    /** Events the document dated by a span of days or by their opening (DateRules): held over several days. */
    private final java.util.Set<String> spanning = new java.util.HashSet<>();

    /** The last day of the span an event was dated by (9日至10日 → its 10th), where the span gives one. */
    private final java.util.Map<String, String> lastDays = new java.util.HashMap<>();

    void spansDays(String eventIri, String lastDay) {
        spanning.add(eventIri);
        if (lastDay != null)
            lastDays.putIfAbsent(eventIri, lastDay);
    }

    /** The last day of the span the document dated the event by, or null. */
    String lastDayOf(String eventIri) {
        return lastDays.get(eventIri);
    }

    boolean heldOverDays(String eventIri) {
        return spanning.contains(eventIri);
    }

    /**
     * The event a bare reference (会议, 会上, 大会, 本次会议) of the sentence being read means: the event last named in
     * the paragraph being read (not as past background), else the event the document reports (the one it said took
     * place, else its topic when that is an event), else the event last named anywhere. An event named in another
     * paragraph (a background clause, the agenda of an edition to come) is not what a paragraph that names none
     * speaks of: the paragraph, not the distance in sentences, bounds a reference.
     */
    Hit lastEvent() {
        if (lastEvent == null)
            return null;
        if (paragraphEvent != null && paragraphOfEvent == documentTopic.paragraph())
            return paragraphEvent;
        if (lastHeld != null && !notCurrent.contains(lastHeld.iri()) && !pastEvents.contains(lastHeld.iri()))
            return lastHeld;
        Hit topic = documentTopic.main();
        return topic != null && topic.isEvent() && !notCurrent.contains(topic.iri()) ? topic : lastEvent;
    }

    /** The event last named in the paragraph being read, not as past background, and the paragraph it was named in. */
    private Hit paragraphEvent;
    private int paragraphOfEvent = Integer.MIN_VALUE;

    /**
     * The event a reference such as 开幕式, 本届大会 or 本届峰会 means: the one the document last said took
     * place or opened (EVENT在…开幕/举行), else the event last named.
     */
    Hit mainEvent() {
        return lastHeld != null ? lastHeld : lastEvent;
    }

    /** As {@link #mainEvent()}, among the events named before the sentence that names {@code namedNow}. */
    Hit mainEventBefore(java.util.Set<String> namedNow) {
        if (lastHeld != null && !namedNow.contains(lastHeld.iri()))
            return lastHeld;
        for (int i = eventsNamed.size() - 1; i >= 0; i--)
            if (!namedNow.contains(eventsNamed.get(i).getValue().iri()))
                return eventsNamed.get(i).getValue();
        return null;
    }

    void held(Hit event) {
        if (!notCurrent.contains(event.iri()))
            lastHeld = event; // not 第十四届部长级会议将于2026年举行: an edition to come is not the one reported
    }

    Hit lastInstrument() {
        return lastInstrument;
    }

    /** The person last named (他/她 of a later sentence: StanceRules.pronouns), or null. */
    Hit lastPerson() {
        return lastPerson;
    }

    private Hit lastPerson;

    private static boolean inBrackets(String text, int at) {
        int open = Math.max(text.lastIndexOf('（', at), text.lastIndexOf('(', at));
        return open >= 0 && Math.max(text.lastIndexOf('）', at), text.lastIndexOf(')', at)) < open;
    }

    /** The holder of the stances of the sentence read last (StanceRules), or null when it stated none. */
    Hit lastStanceHolder;
    /** How many more sentences a journalist's question opened before may go on (问：A。B。…？; StanceRules). */
    int questionLeft;

    /** The first name of the sentence read last, its topic (ORG于2020年启动。成员包括A、B: whose members), or null. */
    Hit lastTopic() {
        return lastTopic;
    }

    private Hit lastTopic;

    void saw(java.util.List<Hit> hits) {
        for (Hit h : hits) {
            if ("Person".equals(h.type()))
                lastPerson = h;
            if (h.isEvent() && !notCurrent.contains(h.iri())) {
                lastEvent = h;
                if (!pastEvents.contains(h.iri())) {
                    paragraphEvent = h;
                    paragraphOfEvent = documentTopic.paragraph();
                }
            }
            else if (h.isInstrument())
                lastInstrument = h;
        }
    }

    // ---- table rows read as sentences of their own (DateRules): 2023年 / 《A》《B》, 《A》 / （2016年）
    private String rowYear;
    private boolean rowHosted;
    private java.util.List<String> titlesAlone = java.util.List.of();

    /** The year a sentence holding only a table row's label (2023年, 2016中国) gave, for the next sentence; else null. */
    String rowYear() {
        return rowYear;
    }

    /** Whether that label named the row's host too (2016中国): then the row is a table's for sure. */
    boolean rowHosted() {
        return rowHosted;
    }

    /** The instruments of the sentence before when it held nothing but their titles; else empty. */
    java.util.List<String> titlesAlone() {
        return titlesAlone;
    }

    void rowRead(String rowYear, boolean rowHosted, java.util.List<String> titlesAlone) {
        this.rowYear = rowYear;
        this.rowHosted = rowHosted;
        this.titlesAlone = titlesAlone;
    }

    private String lastDate;

    /** The last date with at least a month that the sentences read so far wrote (for 同月/同日 opening the next). */
    String lastDate() {
        return lastDate;
    }

    void wroteDate(String date) {
        lastDate = date;
    }

    TopicMemory topics() {
        return topics;
    }

    DocumentTopic documentTopic() {
        return documentTopic;
    }

    private String sectionDate;

    /** The day a dated heading gave the section being read (一、2022年8月10日…记者会), its "today"; else null. */
    String sectionDate() {
        return sectionDate;
    }

    void sectionDated(String date) {
        sectionDate = date;
    }

    /** The last list of two or more coordinated actors (A、B和C) of the sentence read last; empty when it had none. */
    private java.util.List<Hit> lastActorList = java.util.List.of();

    java.util.List<Hit> lastActorList() {
        return lastActorList;
    }

    void sawActorList(java.util.List<Hit> list) {
        lastActorList = java.util.List.copyOf(list);
    }

    /** "instrument actor" of every signatory statement read so far (InstrumentActRules.dropPartiesWhoSigned adds to it). */
    private final java.util.Set<String> signedPairs = new java.util.HashSet<>();

    java.util.Set<String> signedPairs() {
        return signedPairs;
    }

    /** The bodies (organisations, alliances, forums; not states or persons) named so far, in order. */
    private final java.util.List<java.util.Map.Entry<String, Hit>> bodiesNamed = new java.util.ArrayList<>();

    /** The body last named whose name ends with {@code head} (倡议, 联盟: what 加入倡议 refers to), or null. */
    Hit lastBodyEndingWith(String head) {
        return lastEndingWith(bodiesNamed, head);
    }

    /** The hit last named in {@code named} whose name, as the document wrote it, ends with {@code head}, or null. */
    private static Hit lastEndingWith(java.util.List<java.util.Map.Entry<String, Hit>> named, String head) {
        for (int i = named.size() - 1; i >= 0; i--)
            if (named.get(i).getKey().endsWith(head))
                return named.get(i).getValue();
        return null;
    }
}

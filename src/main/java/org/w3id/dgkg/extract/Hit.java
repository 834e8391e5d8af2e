package org.w3id.dgkg.extract;

/**
 * An entity named at [start,end) of one sentence (sentence-relative offsets), with its top class
 * (Actor, Instrument, Event, Principle, Issue) and its most specific class local name.
 */
record Hit(String iri, String top, String type, int start, int end, String rule) {
    boolean isActor() {
        return top.equals("Actor");
    }

    boolean isInstrument() {
        return top.equals("Instrument");
    }

    boolean isEvent() {
        return top.equals("Event");
    }

    boolean isConcept() {
        return top.equals("Principle") || top.equals("Issue");
    }

    /** An actor that can take part in agreements: a state, a bloc, an organisation (not a person). */
    boolean isState() {
        return type.equals("State") || type.equals("RegionalOrganization");
    }
}

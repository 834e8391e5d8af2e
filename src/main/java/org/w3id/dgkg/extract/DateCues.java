package org.w3id.dgkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The cue words of the date rules that are not steps of a text's making, read from {@code date-step-cues.tsv} (rules as
 * data): {@code future} (将于, 计划于, 按照安排: what follows is scheduled, not done), {@code closing} (闭幕, 落幕: the
 * last day of an event) and {@code role} (作为, 担任: a role held for a year, 作为今年…主席国).
 */
final class DateCues {
    private DateCues() {}

    /** A plan, forecast or schedule: a date after it is of something not yet done. */
    static final Pattern FUTURE = cues("future");
    /** The closing of an event: its day is the event's last, not its date when the text also gives the opening. */
    static final Pattern CLOSING = cues("closing");
    /** A role held for a year, right before a relative year (作为今年…): the year is no date of an act. */
    static final Pattern ROLE = cues("role");
    /** A frame that sets a past act as background (这是继…之后): its year is not carried to the paragraph's later dates. */
    static final Pattern BACKGROUND = cues("background");
    /** The final reading of a bill, right before the act's verb (三读通过《X条例草案》): the bill passes into the law it names. */
    static final Pattern FINAL_READING = Pattern.compile("(?:" + cues("final").pattern() + ")$");
    /** An earlier reading of a bill, right before the act's verb (一读通过《X法》草案): the bill is not yet law. */
    static final Pattern EARLIER_READING = Pattern.compile("(?:" + cues("reading").pattern() + ")$");

    static Pattern cues(String kind) {
        return cues(kind, 1);
    }

    /** The cues of {@code kind} of at least {@code minLength} characters (the verbs of a kind that also holds prepositions). */
    static Pattern cues(String kind, int minLength) {
        List<String> out = new ArrayList<>();
        for (Map<String, String> r : LexiconTable.load(Path.of("no-ontology-folder"), "date-step-cues").rows())
            if (kind.equals(r.get("kind")) && r.get("cue").length() >= minLength)
                out.add(r.get("cue"));
        out.sort((a, b) -> b.length() - a.length());
        return Pattern.compile("(?:" + String.join("|", out) + ")");
    }
}

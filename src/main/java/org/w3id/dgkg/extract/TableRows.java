package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table row by row and column (ingest keeps each row of a column table as a paragraph of its
 * own, cells separated by a tab): the caption (表3-1 X首批成员) gives the table's subject and what each
 * row is to it (the predicate of its caption cue, {@link TableCues}); the header row gives the column
 * that holds the rows' actors (成员, 国家, 名称 — never a host, place, date or numbering column). Each
 * data row's actors in that column are then members (memberOf the subject), signatories or parties (of
 * the subject instrument) or participants (of the subject event). A table without a header row uses
 * the one cell of the row that names actors. One object per document: it remembers the table being read.
 */
final class TableRows {
    static final String RULE = "table-row";
    static final char CELL = '\t';
    private static final double CONFIDENCE = 0.8;

    /** The table being read: its subject (null when the caption names none) and predicate. */
    private Hit subject;
    private String predicate;
    private boolean inTable;
    private boolean headerSeen;
    private int column = -1;

    /** Reads one sentence: a caption starts a table, a row adds its facts, anything else ends the table. */
    void read(String text, List<Hit> hits, List<DateFinder.Found> dates, List<RelationRules.Rel> rels) {
        if (TableCues.CAPTION.matcher(text).find() && text.indexOf(CELL) < 0) {
            if (text.strip().startsWith("续") && subject != null)
                inTable = true; // 续表3-1: the same table goes on after a page break
            else
                startTable(text, hits);
            return;
        }
        if (text.indexOf(CELL) < 0) {
            inTable = false;
            return;
        }
        List<int[]> cells = cells(text);
        if (!inTable && isHeader(text, cells, hits))
            startTable("", List.of()); // a table without a caption: its header row opens it
        if (!inTable)
            return;
        if (!headerSeen && isHeader(text, cells, hits)) {
            headerSeen = true;
            for (int c = 0; c < cells.size(); c++) {
                String header = text.substring(cells.get(c)[0], cells.get(c)[1]);
                if (column < 0 && TableCues.isMemberColumn(header))
                    column = c;
                if (issuerColumn < 0 && TableCues.isIssuerColumn(header))
                    issuerColumn = c;
                if (dateColumn < 0 && TableCues.isDateColumn(header))
                    dateColumn = c;
            }
            headerSeenWithoutColumn = column < 0;
            headerCells = cells.size();
            return;
        }
        headerSeen = true; // rows come after the header: a later row with header words is data
        // a row's cells are no clause: what the sentence rules read across them (the host column's state as an
        // issuer, a year of the date column as the date of an act) is not the row's; only its columns speak
        rels.removeIf(r -> !RULE.equals(r.rule()));
        if (headerCells > 0 && cells.size() != headerCells)
            return; // cells that ran into each other (a wrapped or garbled row): which cell is which column is unknown
        if (predicate == null) {
            textRow(text, cells, hits, dates, rels);
            return;
        }
        if (subject == null)
            return;
        int[] cell = memberCell(cells, hits);
        if (cell == null)
            return;
        for (Hit h : hits)
            if (h.start() >= cell[0] && h.end() <= cell[1] && fits(h))
                rels.add(rel(h));
    }

    private void startTable(String text, List<Hit> hits) {
        inTable = true;
        headerSeen = false;
        column = -1;
        issuerColumn = -1;
        dateColumn = -1;
        headerSeenWithoutColumn = false;
        headerCells = 0;
        subject = null;
        predicate = null;
        int after = TableCues.CAPTION.matcher(text).results().findFirst().map(r -> r.end()).orElse(0);
        TableCues.Cue cue = TableCues.captionCue(text, after);
        if (cue == null)
            return;
        int cueAt = TableCues.indexOf(text, cue, after);
        predicate = cue.predicate();
        // the subject: the last name before the cue that can have such rows
        for (Hit h : hits)
            if (h.start() >= after && h.end() <= cueAt && subjectFits(h))
                subject = h;
    }

    private boolean subjectFits(Hit h) {
        return switch (predicate) {
            case "memberOf" -> h.isActor() && !h.type().equals("Person") && !h.type().equals("State");
            case "signatory", "party" -> h.isInstrument();
            case "participant" -> h.isEvent();
            default -> false;
        };
    }

    /** A row's actor can be a member, a signatory or a party when it is no person; anyone takes part. */
    private boolean fits(Hit h) {
        if (!h.isActor() || h.iri().equals(subject.iri()))
            return false;
        return predicate.equals("participant") || !h.type().equals("Person");
    }

    private RelationRules.Rel rel(Hit actor) {
        return switch (predicate) {
            case "memberOf" -> new RelationRules.Rel(actor.iri(), "memberOf", subject.iri(), actor.start(), actor.end(), CONFIDENCE, RULE, false);
            default -> new RelationRules.Rel(subject.iri(), predicate, actor.iri(), actor.start(), actor.end(), CONFIDENCE, RULE, false);
        };
    }

    /** The header row: no cell names an actor, and some cell is a column word (成员, 国家, 序号, 主办国…). */
    private static boolean isHeader(String text, List<int[]> cells, List<Hit> hits) {
        for (Hit h : hits)
            if (h.isActor())
                return false;
        for (int[] c : cells)
            if (TableCues.isHeaderWord(text.substring(c[0], c[1])))
                return true;
        return false;
    }

    /** The cell of the rows' actors: the header's member column, else the only cell that names actors. */
    private int[] memberCell(List<int[]> cells, List<Hit> hits) {
        if (column >= 0)
            return column < cells.size() ? cells.get(column) : null;
        if (headerSeenWithoutColumn)
            return null;
        int[] only = null;
        for (int[] c : cells) {
            boolean actor = hits.stream().anyMatch(h -> h.isActor() && h.start() >= c[0] && h.end() <= c[1]);
            if (actor && only != null)
                return null; // two cells name actors and no header says which column counts
            if (actor)
                only = c;
        }
        return only;
    }

    private boolean headerSeenWithoutColumn;
    /** How many cells the header row of the table being read has (0 before a header). */
    private int headerCells;
    /** In a table of texts: the header's issuer and date columns (-1 when it has none). */
    private int issuerColumn = -1;
    private int dateColumn = -1;

    /**
     * A row of a table of texts (a caption without a member, signatory or participant cue): the row's
     * text (an instrument, else an event) is issued by the actor of the issuer column (an event: organised, so
     * the actor takes part) and dated by the date of the date column when that date fills its cell; a host,
     * place or numbering column says nothing about it.
     */
    private void textRow(String text, List<int[]> cells, List<Hit> hits, List<DateFinder.Found> dates, List<RelationRules.Rel> rels) {
        if (issuerColumn < 0 && dateColumn < 0)
            return;
        int[] issuerCell = issuerColumn >= 0 && issuerColumn < cells.size() ? cells.get(issuerColumn) : null;
        int[] dateCell = dateColumn >= 0 && dateColumn < cells.size() ? cells.get(dateColumn) : null;
        Hit item = null;
        for (Hit h : hits)
            if (h.isInstrument() && !inside(h, issuerCell) && !inside(h, dateCell)) {
                item = h;
                break;
            }
        if (item == null)
            for (Hit h : hits)
                if (h.isEvent() && !inside(h, issuerCell) && !inside(h, dateCell)) {
                    item = h;
                    break;
                }
        if (item == null)
            return;
        if (issuerCell != null)
            for (Hit h : hits)
                if (h.isActor() && inside(h, issuerCell)) // a text's issuer; an event's organiser, who takes part in it
                    rels.add(item.isInstrument() ? new RelationRules.Rel(item.iri(), "issuedBy", h.iri(), h.start(), h.end(), CONFIDENCE, RULE, false)
                            : new RelationRules.Rel(item.iri(), "participant", h.iri(), h.start(), h.end(), CONFIDENCE, RULE, false));
        if (dateCell != null)
            for (DateFinder.Found d : dates)
                if (d.start() >= dateCell[0] && d.end() <= dateCell[1]) {
                    if (!fillsCell(text, dateCell, d))
                        break; // 2023年11—12月, 2023年11月至12月: a span the date read only the start of, coarser than the day the text gives
                    if (item.isEvent() && afterIssue(d.value()))
                        break; // 第N届…论坛 | 2024年12月 in a text of May 2024: an edition to come, not dated (CONVENTIONS)
                    rels.add(new RelationRules.Rel(item.iri(), "date", d.value(), d.start(), d.end(), CONFIDENCE, RULE, d.inferred()));
                    break;
                }
    }

    /** The document's date (yyyy-mm-dd or a prefix of it), or null. */
    private final String issued;

    TableRows() {
        this(null);
    }

    /** A reader of the tables of a document issued on {@code issued} (yyyy-mm-dd, or null when unknown). */
    TableRows(String issued) {
        this.issued = issued;
    }

    /** The date falls after the document's own date, compared at the precision both give. */
    private boolean afterIssue(String date) {
        if (issued == null || date == null || !date.matches("\\d{4}.*") || !issued.matches("\\d{4}.*"))
            return false;
        int n = Math.min(date.length(), issued.length());
        return date.substring(0, n).compareTo(issued.substring(0, n)) > 0;
    }

    /** The date is all its cell says of time: nothing but blanks is left of the cell around it (no second day, month or year). */
    private static boolean fillsCell(String text, int[] cell, DateFinder.Found d) {
        String rest = (text.substring(cell[0], d.start()) + text.substring(d.end(), cell[1])).strip();
        return rest.isEmpty();
    }

    private static boolean inside(Hit h, int[] cell) {
        return cell != null && h.start() >= cell[0] && h.end() <= cell[1];
    }

    private static List<int[]> cells(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++)
            if (i == text.length() || text.charAt(i) == CELL) {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        return out;
    }
}

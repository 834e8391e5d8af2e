package org.w3id.dgkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that say how to read a table (ontology/lexicon/table-cues.tsv): caption words that give
 * the relation of each row to the caption's subject (成员 → memberOf, 签署方 → signatory, 缔约方 →
 * party, 与会方 → participant), header words of the column that holds those rows (成员, 国家, 名称),
 * and header words of columns that never do (主办, 地点, 日期, 序号: a host-country column is no member
 * and no issuer). Read from the copy packed into the jar.
 */
final class TableCues {
    /** A table caption: 表3-1, 表 2：, 附表1, Table 4 (not 表示, 表明: a number must follow). */
    static final Pattern CAPTION = Pattern.compile("^\\s*(续?附?表\\s*[\\d一二三四五六七八九十]+([-－—.．]\\d+)?|Table\\s+\\d+)[\\s:：.、]*");

    record Cue(String word, String kind, String predicate) {}

    private TableCues() {}

    /** The cues, longest first, of the lexicon in use (a build's --ontology folder, else the one in the jar). */
    static List<Cue> all() {
        return Lexicon.cached("table-cues", () -> {
            List<Cue> out = new ArrayList<>();
            for (Lexicon.Row r : Lexicon.rows("table-cues.tsv"))
                out.add(new Cue(r.word(), r.get("kind"), r.get("predicate")));
            out.sort(Comparator.comparingInt((Cue x) -> -x.word().length()));
            return List.copyOf(out);
        });
    }

    /** The caption cue (longest first) found in {@code text} from {@code from} on, or null. */
    static Cue captionCue(String text, int from) {
        Cue best = null;
        int at = Integer.MAX_VALUE;
        for (Cue c : all()) {
            if (!c.kind().equals("caption"))
                continue;
            int i = text.indexOf(c.word(), from);
            if (i >= 0 && i < at) {
                best = c;
                at = i;
            }
        }
        return best;
    }

    /** Where the caption cue {@code cue} starts in {@code text} from {@code from} on. */
    static int indexOf(String text, Cue cue, int from) {
        return text.indexOf(cue.word(), from);
    }

    /** A header cell of the column that holds the rows' actors: a column word, and no host, place, date or numbering word. */
    static boolean isMemberColumn(String header) {
        for (Cue c : all())
            if (c.kind().equals("not") && header.contains(c.word()))
                return false;
        for (Cue c : all())
            if (c.kind().equals("column") && header.contains(c.word()))
                return true;
        return false;
    }

    /** A header cell: any column word. */
    static boolean isHeaderWord(String cell) {
        for (Cue c : all())
            if (cell.contains(c.word()) && !c.kind().equals("caption"))
                return true;
        return false;
    }

    /** A header cell of the column that issued each row's text: an issuer word, and no host or place word. */
    static boolean isIssuerColumn(String header) {
        for (Cue c : all())
            if (c.kind().equals("not") && header.contains(c.word()) && !isDateWord(c.word()))
                return false;
        for (Cue c : all())
            if (c.kind().equals("issuer") && header.contains(c.word()))
                return true;
        return false;
    }

    /** A header cell of the column of each row's date (日期, 通过时间, 年份). */
    static boolean isDateColumn(String header) {
        for (Cue c : all())
            if (c.kind().equals("date") && header.contains(c.word()))
                return !header.contains("签署"); // a signature date is a signatory's, not the text's
        return false;
    }

    private static boolean isDateWord(String w) {
        return all().stream().anyMatch(c -> c.kind().equals("date") && c.word().equals(w));
    }
}

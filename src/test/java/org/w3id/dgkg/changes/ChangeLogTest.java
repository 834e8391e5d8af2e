package org.w3id.dgkg.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.DgkgException;

class ChangeLogTest {
    static final String DOC = "https://w3id.org/dgkg/id/document/d";
    static final Change ENTITY = Change.entity(Change.Action.ADDED, "https://w3id.org/dgkg/id/instrument/x", "某协定", "https://w3id.org/dgkg/ontology#Agreement");
    static final Change FACT = new Change(Change.Kind.FACT, Change.Action.ADDED, "https://w3id.org/dgkg/id/statement/d-1",
            null, null, "https://w3id.org/dgkg/id/instrument/x", "https://w3id.org/dgkg/ontology#signatory",
            "https://w3id.org/dgkg/id/actor/a", "某协定", "甲国", DOC, "甲国签署《某协定》。");

    static ChangeSet set(int n, boolean detailed, Change... changes) {
        return new ChangeSet(n, n == 1 ? null : n - 1, Instant.parse("2026-01-0" + n + "T00:00:00Z"), "fp" + n,
                Counts.of(List.of(changes)), detailed, List.of(changes));
    }

    @Test
    void added_then_removed_is_no_net_change() {
        List<ChangeSet> history = List.of(set(1, false), set(2, true, ENTITY, FACT),
                set(3, true, ENTITY.with(Change.Action.REMOVED), FACT.with(Change.Action.REMOVED)));
        assertTrue(ChangeLog.between(history, 1, 3).changes().isEmpty());
        ChangeLog.Diff d = ChangeLog.between(history, 2, 3);
        assertEquals(1, d.counts().entitiesRemoved());
        assertEquals(1, d.counts().factsRemoved());
    }

    @Test
    void document_revised_twice_is_one_change_and_added_then_revised_is_added() {
        Change doc = Change.document(Change.Action.ADDED, DOC, "文件");
        List<ChangeSet> history = List.of(set(1, false), set(2, true, doc), set(3, true, doc.with(Change.Action.CHANGED)),
                set(4, true, doc.with(Change.Action.CHANGED)));
        assertEquals(Change.Action.ADDED, ChangeLog.between(history, 1, 4).changes().get(0).action());
        assertEquals(Change.Action.CHANGED, ChangeLog.between(history, 2, 4).changes().get(0).action());
        assertEquals(1, ChangeLog.between(history, 2, 4).counts().documentsChanged());
    }

    @Test
    void generations_without_details_or_unknown_ones_are_refused_with_a_reason() {
        List<ChangeSet> history = List.of(set(1, false), set(2, false), set(3, true, ENTITY));
        DgkgException e = assertThrows(DgkgException.class, () -> ChangeLog.between(history, 1, 3));
        assertTrue(e.getMessage().contains("generation 2 keeps only its counts"), e.getMessage());
        assertTrue(assertThrows(DgkgException.class, () -> ChangeLog.between(history, 3, 2)).getMessage().contains("newer"));
        assertTrue(assertThrows(DgkgException.class, () -> ChangeLog.between(history, 0, 3)).getMessage().contains("no generation 0"));
    }

    @Test
    void change_sets_round_trip_through_rdf_and_old_details_are_dropped_when_copied() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            ChangeRdf.write(dsg, set(1, false));
            ChangeRdf.write(dsg, set(2, true, ENTITY, FACT));
            ChangeRdf.write(dsg, set(3, true, FACT.with(Change.Action.REMOVED)));
        });
        List<ChangeSet> read = Txn.calculateRead(dsg, () -> ChangeLog.history(dsg));
        assertEquals(List.of(1, 2, 3), read.stream().map(ChangeSet::number).toList());
        assertEquals(List.of(ENTITY, FACT).stream().map(Change::key).sorted().toList(),
                read.get(1).changes().stream().map(Change::key).sorted().toList());
        Change fact = read.get(1).of(Change.Kind.FACT).get(0);
        assertEquals("甲国签署《某协定》。", fact.evidence());
        assertEquals("甲国", fact.objectLabel());
        assertEquals(2, read.get(2).previous());

        DatasetGraph next = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(next, () -> ChangeRdf.copyHistory(read, next, 1));
        List<ChangeSet> copied = Txn.calculateRead(next, () -> ChangeLog.history(next));
        assertFalse(copied.get(1).detailed());
        assertEquals(1, copied.get(1).counts().entitiesAdded());
        assertTrue(copied.get(2).detailed());
    }

    @Test
    void atom_content_names_each_change_in_words() {
        String text = AtomFeed.content(set(2, true, ENTITY, FACT));
        assertTrue(text.contains("+ entity 某协定  (Agreement)"), text);
        assertTrue(text.contains("+ fact 某协定 signatory 甲国  [d]  “甲国签署《某协定》。”"), text);
    }
}

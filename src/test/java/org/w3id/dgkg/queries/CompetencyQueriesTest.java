package org.w3id.dgkg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.w3id.dgkg.queries.Presets.column;
import static org.w3id.dgkg.queries.Presets.integer;
import static org.w3id.dgkg.queries.Presets.select;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.testing.RealCorpus;

/**
 * What the library's queries answer on the real corpus. {@link Entities} needs only entities and
 * mentions; {@link Relations} needs the relation extraction (issuedBy, signatory, addresses, …);
 * {@link FullText} needs the full-text index.
 */
class CompetencyQueriesTest {
    static final String ID = "https://w3id.org/dgkg/id/";
    static final String NS = "https://w3id.org/dgkg/ontology#";

    static Map<String, String> row(List<Map<String, String>> rows, String column, String value) {
        return rows.stream().filter(r -> value.equals(r.get(column))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + column + " = " + value + " in " + rows));
    }

    @Nested
    class Entities {
        @Test
        void instruments_by_kind_counts_declarations_and_laws() {
            var rows = select("instruments-by-kind");
            assertTrue(integer(row(rows, "kind", "Declaration"), "instruments") >= 20, rows.toString());
            assertTrue(integer(row(rows, "kind", "Law"), "instruments") >= 15, rows.toString());
            assertEquals("宣言", row(rows, "kind", "Declaration").get("kindName").substring(0, 2), "Chinese class label");
        }

        @Test
        void actors_by_class_has_many_states_most_of_them_mentioned() {
            var state = row(select("actors-by-class"), "class", "State");
            assertTrue(integer(state, "actors") >= 40, state.toString());
            assertTrue(integer(state, "mentioned") >= 20, state.toString());
            assertTrue(integer(state, "mentions") > integer(state, "mentioned"), state.toString());
        }

        @Test
        void most_mentioned_states_include_china_and_the_united_states() {
            var rows = select("most-mentioned-entities", "class=State");
            assertTrue(rows.stream().allMatch(r -> "State".equals(r.get("class"))), rows.toString());
            List<String> top = column(rows, "entity").subList(0, Math.min(6, rows.size()));
            assertTrue(top.contains(ID + "actor/china") && top.contains(ID + "actor/united-states"), top.toString());
        }

        @Test
        void the_un_is_mentioned_in_every_document() {
            var rows = select("entity-documents", "entity=联合国");
            assertEquals(5, rows.size(), rows.toString());
            rows.forEach(r -> assertTrue(integer(r, "mentions") >= 1 && r.get("file").endsWith(".txt"), r.toString()));
            var byEnglishName = select("entity-documents", "entity=United Nations");
            assertEquals(column(rows, "document"), column(byEnglishName, "document"), "the English name finds the same entity");
        }

        @Test
        void mentions_in_context_point_at_the_quoted_characters() throws Exception {
            var rows = select("mentions-in-context", "entity=数字鸿沟");
            assertTrue(rows.size() >= 10, rows.toString());
            for (var r : rows) {
                String original = Files.readString(RealCorpus.CORPUS.resolve(r.get("file")), StandardCharsets.UTF_8);
                int[] cps = original.codePoints().toArray();
                int start = integer(r, "start"), end = integer(r, "end");
                assertEquals(r.get("exact"), new String(cps, start, end - start), r.toString());
            }
        }

        @Test
        void documents_lists_the_five_sources_with_what_was_read() {
            var rows = select("documents");
            assertEquals(5, rows.size(), rows.toString());
            for (var r : rows) {
                assertTrue(integer(r, "characters") > 10_000, r.toString());
                assertTrue(integer(r, "mentions") > 100 && integer(r, "entities") > 30, r.toString());
            }
        }

        @Test
        void single_document_entities_exclude_the_un_and_really_appear_once() {
            var rows = select("single-document-entities");
            assertTrue(rows.size() > 50, "rows: " + rows.size());
            assertFalse(column(rows, "entity").contains(ID + "actor/un"), "the UN is in every document");
            var some = rows.get(0);
            var docs = select("entity-documents", "entity=" + some.get("name"));
            assertEquals(1, docs.size(), some + " → " + docs);
        }

        @Test
        void issue_taxonomy_is_a_tree_under_seven_baskets() {
            var rows = select("issue-taxonomy");
            assertEquals(7, rows.stream().filter(r -> integer(r, "depth") == 0).count(), rows.toString());
            assertTrue(rows.size() >= 70, "issues: " + rows.size());
            assertEquals(0, integer(rows.get(0), "depth"), "a basket comes first");
            var divide = rows.stream().filter(r -> r.get("tree").strip().equals("数字鸿沟")).findFirst().orElseThrow();
            assertTrue(integer(divide, "depth") >= 1 && divide.get("tree").startsWith("  "), divide.toString());
            assertTrue(integer(divide, "mentions") > 5, divide.toString());
        }

        @Test
        void the_un_family_contains_the_itu() {
            var rows = select("organisation-members", "organisation=联合国");
            var itu = row(rows, "member", ID + "actor/itu");
            assertEquals("partOf", itu.get("relation"));
            assertEquals("UNEntity", itu.get("class"));
        }

        @Test
        void china_is_mentioned_near_issues() {
            var rows = select("actor-issue-comentions", "actor=中国", "window=100");
            assertTrue(rows.size() >= 5, rows.toString());
            assertTrue(integer(rows.get(0), "comentions") >= integer(rows.get(rows.size() - 1), "comentions"), "sorted");
            var wider = select("actor-issue-comentions", "actor=中国", "window=400");
            assertTrue(wider.stream().mapToInt(r -> integer(r, "comentions")).sum() > rows.stream().mapToInt(r -> integer(r, "comentions")).sum(),
                    "a wider window finds more co-mentions");
        }

        @Test
        void neighbourhood_of_china_has_its_names_and_its_parts() {
            Model m = Presets.construct("actor-neighbourhood", "actor=中国");
            var china = m.createResource(ID + "actor/china");
            assertTrue(m.contains(china, SKOS.prefLabel, m.createLiteral("中国", "zh")), "prefLabel");
            assertTrue(m.contains(null, ResourceFactory.createProperty(NS + "partOf"), china), "something is partOf China (the registry's 中国香港)");
        }

        @Test
        void quality_queries_list_what_they_promise() {
            var noEnglish = select("qc-missing-english-labels");
            assertFalse(column(noEnglish, "entity").contains(ID + "actor/united-states"), "美国 has an English name");
            assertTrue(noEnglish.stream().allMatch(r -> Set.of("registry", "discovered").contains(r.get("origin"))));
            var undated = new HashSet<>(column(select("qc-instruments-without-date"), "instrument"));
            var dated = column(select("instruments-timeline"), "instrument");
            dated.forEach(i -> assertFalse(undated.contains(i), i + " has a date and is listed as undated"));
            assertTrue(select("qc-low-confidence", "threshold=0").isEmpty(), "nothing is below confidence 0");
        }
    }

    /** Needs the relation extraction (wt-extract). */
    @Nested
    class Relations {
        @Test
        void bletchley_declaration_was_signed_by_china_and_the_united_states_with_evidence() {
            var rows = select("instrument-actors", "instrument=布莱切利宣言");
            var signatories = rows.stream().filter(r -> "signatory".equals(r.get("role"))).toList();
            Set<String> names = new HashSet<>(column(signatories, "actorName"));
            assertTrue(names.contains("中国") && names.contains("美国"), "signatories: " + names);
            signatories.forEach(r -> assertTrue(r.get("sentence") != null && r.get("sentence").contains("布莱切利"), "evidence: " + r));
        }

        @Test
        void gdpr_was_issued_by_the_eu() {
            var rows = select("instrument-actors", "instrument=通用数据保护条例");
            assertTrue(rows.stream().anyMatch(r -> "issuedBy".equals(r.get("role")) && (ID + "actor/eu").equals(r.get("actor"))), rows.toString());
            var eu = select("actor-instruments", "actor=欧盟");
            assertTrue(eu.stream().anyMatch(r -> "issuedBy".equals(r.get("role")) && r.get("name") != null && r.get("name").contains("数据保护条例")), eu.toString());
        }

        @Test
        void china_and_the_united_states_are_co_signatories() {
            var rows = select("co-signatories", "actor=中国");
            var us = row(rows, "other", ID + "actor/united-states");
            assertTrue(integer(us, "shared") >= 1 && us.get("instruments").contains("布莱切利宣言"), us.toString());
        }

        @Test
        void gdpr_addresses_personal_information_protection_also_from_the_human_rights_basket() {
            var rows = select("instruments-addressing-issue", "issue=个人信息保护");
            assertTrue(rows.stream().anyMatch(r -> r.get("name") != null && r.get("name").contains("数据保护条例")), rows.toString());
            var basket = select("instruments-addressing-issue", "issue=Human rights");
            assertTrue(basket.stream().anyMatch(r -> r.get("name") != null && r.get("name").contains("数据保护条例")
                    && !r.get("issue").endsWith("/human-rights")), "found through a narrower issue: " + basket);
        }

        @Test
        void instruments_have_dates_and_the_bletchley_declaration_is_2023() {
            var rows = select("instruments-timeline");
            assertTrue(rows.size() >= 10, rows.toString());
            assertEquals("2023", row(rows, "name", "布莱切利宣言").get("year"));
            var kinds = select("instruments-by-kind");
            assertTrue(integer(row(kinds, "kind", "Declaration"), "withDate") >= 3, kinds.toString());
            assertTrue(integer(row(kinds, "kind", "Law"), "withIssuer") >= 3, kinds.toString());
        }

        @Test
        void bletchley_declaration_was_adopted_at_the_ai_safety_summit() {
            var rows = select("event-instruments", "event=人工智能安全峰会");
            assertTrue(column(rows, "name").contains("布莱切利宣言"), rows.toString());
        }

        @Test
        void events_have_participants() {
            var rows = select("event-participants");
            assertFalse(rows.isEmpty(), "no dgkg:participant at all");
            var withChina = select("event-participants", "actor=中国");
            withChina.forEach(r -> assertTrue(r.get("participantNames").contains("中国"), r.toString()));
        }

        @Test
        void china_advocates_principles_and_the_comparison_shows_them() {
            var china = select("actor-principles", "actor=中国");
            assertFalse(china.isEmpty(), "中国 advocates no principle");
            china.forEach(r -> assertTrue(integer(r, "evidence") >= 1 && r.get("example") != null, r.toString()));
            var compared = select("compare-principles");
            assertTrue(compared.stream().anyMatch(r -> integer(r, "actor1") > 0), compared.toString());
            // The corpus says little about what 美国 and 欧盟 advocate; the comparison must still list 中国's principles.
            assertTrue(compared.size() >= china.size(), compared.toString());
            var advocated = select("principles-by-advocates");
            assertTrue(advocated.stream().anyMatch(r -> r.get("actors").contains("中国")), advocated.toString());
        }

        @Test
        void actors_have_weighted_concerns() {
            var rows = select("actor-concerns", "top=3");
            assertFalse(rows.isEmpty(), "no dgkg:concernedWith with dgkg:weight");
            rows.forEach(r -> {
                double w = Double.parseDouble(r.get("weight"));
                assertTrue(w > 0 && w <= 1 && integer(r, "rank") <= 3, r.toString());
            });
        }

        @Test
        void every_statement_has_its_sentence_at_its_offsets() throws Exception {
            var rows = select("statement-evidence", "subject=布莱切利宣言");
            assertFalse(rows.isEmpty(), "no statement about 布莱切利宣言");
            for (var r : rows) {
                String original = Files.readString(RealCorpus.CORPUS.resolve(r.get("file")), StandardCharsets.UTF_8);
                int[] cps = original.codePoints().toArray();
                String slice = new String(cps, integer(r, "start"), integer(r, "end") - integer(r, "start")).replaceAll("\\s", "");
                String sentence = r.get("sentence").replaceAll("\\s", "");
                assertTrue(slice.startsWith(sentence.substring(0, Math.min(4, sentence.length()))), r + "\nfile: " + slice);
                double c = Double.parseDouble(r.get("confidence"));
                assertTrue(c > 0 && c <= 1 && !r.get("rule").isBlank(), r.toString());
            }
            var all = select("qc-low-confidence", "threshold=1.01");
            assertFalse(all.isEmpty(), "every statement is below 1.01");
        }

        @Test
        void documents_have_statements() {
            select("documents").forEach(r -> assertTrue(integer(r, "statements") > 0, r.toString()));
        }
    }

    /** Needs the full-text index (wt-ui). */
    @Nested
    class FullText {
        @Test
        void label_search_finds_data_laws() {
            assumeTrue(Presets.hasTextIndex(), "no text index in this build (the web engineer's TextIndexer adds it)");
            var rows = select("search-labels", "text=数据");
            assertTrue(rows.size() >= 5, rows.toString());
            // The index covers aliases too (个人信息保护 has the alias 个人数据保护), so not every name contains the word.
            long withWord = rows.stream().filter(r -> r.get("name") != null && r.get("name").contains("数据")).count();
            assertTrue(withWord >= rows.size() * 0.8, withWord + " of " + rows.size() + " names contain the word");
            assertEquals(rows.size(), rows.stream().map(r -> r.get("entity")).distinct().count(), "one row per entity");
            assertTrue(rows.stream().anyMatch(r -> "Law".equals(r.get("class")) && r.get("name").contains("数据")), rows.toString());
        }

        @Test
        void name_search_finds_ai_entities_best_first() {
            assumeTrue(Presets.hasTextIndex(), "no text index in this build (the web engineer's TextIndexer adds it)");
            var rows = select("search-names", "text=人工智能");
            assertFalse(rows.isEmpty());
            assertTrue(rows.get(0).get("name").contains("人工智能"), rows.get(0).toString());
        }

        @Test
        void sentence_search_finds_sentences_about_the_digital_divide() {
            assumeTrue(Presets.hasTextIndex(), "no text index in this build (the web engineer's TextIndexer adds it)");
            var rows = select("search-sentences", "text=数字鸿沟");
            assertTrue(rows.size() >= 5, rows.toString());
            assertTrue(rows.stream().limit(5).allMatch(r -> r.get("sentence").contains("鸿沟")), rows.toString());
        }
    }
}

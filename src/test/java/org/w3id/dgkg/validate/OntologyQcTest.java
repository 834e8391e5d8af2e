package org.w3id.dgkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ontology QC: the SHACL shapes in shapes/ontology.shapes.ttl conform on the files in ontology/,
 * each QC rule is reported on its breaking fixture, and the agreed core of ONTOLOGY.md is present.
 * Paths are relative to the project root (Surefire's working directory).
 */
class OntologyQcTest {

    static final Path ONTOLOGY_DIR = Path.of("ontology");
    static final Path TBOX = ONTOLOGY_DIR.resolve("dgkg.ttl");
    static final Path IMPORTS_DIR = ONTOLOGY_DIR.resolve("imports");
    static final Path SHAPES = Path.of("shapes", "ontology.shapes.ttl");
    static final Path FIXTURES = Path.of("src", "test", "resources", "validate", "ontology-qc");

    static final String DGKG = "https://w3id.org/dgkg/ontology#";
    static final String QC = "https://w3id.org/dgkg/shapes/ontology#";
    static final String ID = "https://w3id.org/dgkg/id/";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    static Shapes shapes;
    static Graph ontologyUnion;

    @BeforeAll
    static void load() throws IOException {
        shapes = Shapes.parse(RDFDataMgr.loadGraph(SHAPES.toString()));
        ontologyUnion = union(ttlFilesUnder(ONTOLOGY_DIR));
    }

    // ---------------------------------------------------------------- (a) the ontology conforms

    @Test
    void ontology_files_have_no_qc_violations() {
        ValidationReport report = ShaclValidator.get().validate(shapes, ontologyUnion);
        List<String> violations = report.getEntries().stream()
                .filter(e -> isViolation(e))
                .map(OntologyQcTest::describe)
                .toList();
        assertTrue(violations.isEmpty(),
                () -> violations.size() + " ontology QC violation(s):\n" + String.join("\n", violations));
    }

    @Test
    void every_ontology_file_parses_as_turtle() throws IOException {
        for (Path p : ttlFilesUnder(ONTOLOGY_DIR)) {
            Graph g = RDFDataMgr.loadGraph(p.toString());
            assertFalse(g.isEmpty(), p + " is empty");
        }
    }

    // ---------------------------------------------------------------- (b) one fixture per rule

    @ParameterizedTest(name = "{0} is reported on {1}")
    @CsvSource({
        "term-labels,                   https://w3id.org/dgkg/ontology#Treatyish,                  TermLabelsShape,                 Violation",
        "concept-in-one-scheme,         https://w3id.org/dgkg/id/issue/data-ethics,               ConceptInOneSchemeShape,         Violation",
        "concept-reaches-top,           https://w3id.org/dgkg/id/issue/orphan,                    ConceptReachesTopShape,          Violation",
        "unique-preflabel-zh-in-scheme, https://w3id.org/dgkg/id/issue/digital-divide-a,          UniquePrefLabelInSchemeShape,    Violation",
        "preflabel-cardinality,         https://w3id.org/dgkg/id/actor/test-itu,                  PrefLabelCardinalityShape,       Violation",
        "label-clash,                   https://w3id.org/dgkg/id/actor/test-us-state-department,  LabelClashShape,                 Violation",
        "actor-single-class,            https://w3id.org/dgkg/id/actor/test-unesco,               ActorSingleClassShape,           Violation",
        "iso3166-format,                https://w3id.org/dgkg/id/actor/test-france,               Iso3166FormatShape,              Violation",
        "iso3166-subject-type,          https://w3id.org/dgkg/id/actor/test-eu,                   Iso3166SubjectShape,             Violation",
        "acronym-format,                https://w3id.org/dgkg/id/actor/test-oecd,                 AcronymFormatShape,              Violation",
        "compound-abbreviation-format,  https://w3id.org/dgkg/id/actor/test-usa,                  CompoundAbbreviationShape,       Violation",
        "ambiguous-label-candidates,    https://w3id.org/dgkg/id/ambiguity/test-dahui,            AmbiguousLabelCandidatesShape,   Violation",
        "ambiguous-label-text,          https://w3id.org/dgkg/id/ambiguity/test-two-strings,      AmbiguousLabelTextShape,         Violation",
        "actor-english-label,           https://w3id.org/dgkg/id/actor/test-new-telecom-alliance, ActorEnglishLabelShape,          Warning",
        "undeclared-term,               https://w3id.org/dgkg/ontology,                           UndeclaredTermShape,             Violation",
        "redundant-altlabel,            https://w3id.org/dgkg/id/actor/test-wto,                  RedundantAltLabelShape,          Warning",
        "wikidata-match-format,         https://w3id.org/dgkg/id/actor/test-china,                WikidataMatchFormatShape,        Violation",
        "wikidata-match-unique,         https://w3id.org/dgkg/id/actor/test-netherlands,          WikidataMatchUniqueShape,        Violation",
    })
    void each_rule_is_reported_on_its_breaking_fixture(String rule, String focus, String shapeLocalName,
                                                       String severity) {
        Node shape = NodeFactory.createURI(QC + shapeLocalName);
        // The shape's rdfs:label is the rule name, which is also the fixture's file name.
        assertTrue(shapes.getGraph().contains(shape, RDFS.label.asNode(), NodeFactory.createLiteralString(rule)),
                () -> "shape " + shapeLocalName + " should be labelled with its rule name " + rule);

        ValidationReport report = validateFixture(rule);
        List<ReportEntry> fromRule = report.getEntries().stream()
                .filter(e -> reportedBy(e, shape))
                .toList();
        assertTrue(fromRule.stream().anyMatch(e -> e.focusNode().equals(NodeFactory.createURI(focus))),
                () -> rule + ": expected a report on " + focus + " from " + shapeLocalName + ", got:\n" + describeAll(report));
        assertTrue(fromRule.stream().allMatch(e -> e.severity().level().getLocalName().equals(severity)),
                () -> rule + ": expected severity " + severity + ", got:\n" + describeAll(report));

        // The fixture breaks exactly this rule: no Violation comes from any other shape.
        List<String> others = report.getEntries().stream()
                .filter(e -> isViolation(e) && !reportedBy(e, shape))
                .map(OntologyQcTest::describe)
                .toList();
        assertTrue(others.isEmpty(), () -> rule + " should break only its own rule, but also:\n" + String.join("\n", others));
    }

    @Test
    void altlabel_shared_by_two_actors_is_reported_with_both_entities() {
        ValidationReport report = validateFixture("label-clash");
        Node shape = NodeFactory.createURI(QC + "LabelClashShape");
        Set<String> foci = report.getEntries().stream()
                .filter(e -> reportedBy(e, shape))
                .map(e -> e.focusNode().getURI())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(ID + "actor/test-china-state-council", ID + "actor/test-us-state-department"), foci);
        assertTrue(report.getEntries().stream().filter(e -> reportedBy(e, shape))
                        .allMatch(e -> e.message().contains("国务院")),
                "the message names the shared label");
    }

    @Test
    void shared_label_declared_as_ambiguous_is_not_a_clash() {
        Graph data = union(List.of(FIXTURES.resolve("label-clash.ttl")));
        Node amb = NodeFactory.createURI(ID + "ambiguity/test-guowuyuan");
        data.add(Triple.create(amb, RDF.type.asNode(), NodeFactory.createURI(DGKG + "AmbiguousLabel")));
        data.add(Triple.create(amb, RDFS.label.asNode(), NodeFactory.createLiteralLang("国务院", "zh")));
        data.add(Triple.create(amb, NodeFactory.createURI(DGKG + "candidate"), NodeFactory.createURI(ID + "actor/test-us-state-department")));
        data.add(Triple.create(amb, NodeFactory.createURI(DGKG + "candidate"), NodeFactory.createURI(ID + "actor/test-china-state-council")));
        ValidationReport report = ShaclValidator.get().validate(shapes, withTbox(data));
        assertTrue(report.getEntries().stream().noneMatch(e -> isViolation(e)),
                () -> "declared ambiguity should silence label-clash:\n" + describeAll(report));
    }

    @Test
    void a_literal_q_id_is_not_a_wikidata_match() {
        Graph data = union(List.of(FIXTURES.resolve("wikidata-match-format.ttl")));
        Node china = NodeFactory.createURI(ID + "actor/test-china");
        Node match = NodeFactory.createURI(SKOS + "exactMatch");
        data.remove(china, match, Node.ANY);
        data.add(Triple.create(china, match, NodeFactory.createLiteralString("Q148")));
        ValidationReport report = ShaclValidator.get().validate(shapes, withTbox(data));
        Node shape = NodeFactory.createURI(QC + "WikidataMatchFormatShape");
        assertTrue(report.getEntries().stream().anyMatch(e -> reportedBy(e, shape) && e.focusNode().equals(china)),
                () -> "a plain \"Q148\" should be reported:\n" + describeAll(report));

        data.remove(china, match, Node.ANY);
        data.add(Triple.create(china, match, NodeFactory.createURI("http://www.wikidata.org/entity/Q148")));
        ValidationReport good = ShaclValidator.get().validate(shapes, withTbox(data));
        assertTrue(good.getEntries().stream().noneMatch(e -> isViolation(e)),
                () -> "the entity IRI is the right form:\n" + describeAll(good));
    }

    @Test
    void a_shared_wikidata_item_is_reported_on_both_entries() {
        ValidationReport report = validateFixture("wikidata-match-unique");
        Node shape = NodeFactory.createURI(QC + "WikidataMatchUniqueShape");
        Set<String> foci = report.getEntries().stream()
                .filter(e -> reportedBy(e, shape))
                .map(e -> e.focusNode().getURI())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(ID + "actor/test-holland", ID + "actor/test-netherlands"), foci);
    }

    @Test
    void registry_links_states_and_major_organisations_to_wikidata() {
        Graph g = ontologyUnion;
        Node match = skos("exactMatch");
        assertTrue(g.contains(NodeFactory.createURI(ID + "actor/china"), match, NodeFactory.createURI("http://www.wikidata.org/entity/Q148")));
        assertTrue(g.contains(NodeFactory.createURI(ID + "actor/united-states"), match, NodeFactory.createURI("http://www.wikidata.org/entity/Q30")));
        // Every state with an ISO 3166 code has a Wikidata match: 193 UN members, 2 observers, 2 economies.
        List<String> missing = new ArrayList<>();
        Set<Node> withIso = g.find(Node.ANY, dgkg("iso3166"), Node.ANY).mapWith(Triple::getSubject).toSet();
        for (Node s : withIso)
            if (!g.contains(s, match, Node.ANY)) missing.add(s.getURI());
        assertTrue(missing.isEmpty(), () -> "no Wikidata match: " + missing);
        long states = g.find(Node.ANY, RDF.type.asNode(), dgkg("State")).toList().size();
        assertTrue(states >= 195, "states: " + states);
    }

    /**
     * Short names that are inside everyday words or other names (沿海地区, 马里兰州, 努尔苏丹, 内蒙古,
     * 中非合作, 算法方面, 缔约方, 参加方) would make the leftmost-longest gazetteer find states that
     * are not there; the registry keeps the longer official name instead (see ontology/README.md).
     */
    @Test
    void short_names_that_hide_in_other_words_are_not_labels() {
        Graph g = ontologyUnion;
        List<String> problems = new ArrayList<>();
        for (String trap : List.of("海地", "马里", "苏丹", "蒙古", "中非", "塔吉克", "法方", "德方", "加方", "约方", "越方", "苹果", "小米", "高通"))
            for (String lang : List.of("zh", "zh-Hant"))
                for (String p : List.of("prefLabel", "altLabel"))
                    if (g.contains(Node.ANY, skos(p), NodeFactory.createLiteralLang(trap, lang)))
                        problems.add(trap + " is a skos:" + p + "@" + lang);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        // 刚果 stands for two states and is declared, not given to either.
        assertTrue(g.contains(NodeFactory.createURI(ID + "ambiguity/gangguo"), RDFS.label.asNode(), NodeFactory.createLiteralLang("刚果", "zh")));
    }

    @Test
    void every_qc_rule_has_a_fixture() throws IOException {
        Set<String> rules = new TreeSet<>();
        shapes.getGraph().find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(QC))
                rules.add(t.getObject().getLiteralLexicalForm());
        });
        Set<String> fixtures;
        try (Stream<Path> s = Files.list(FIXTURES)) {
            fixtures = s.map(p -> p.getFileName().toString().replaceFirst("\\.ttl$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(rules, fixtures);
    }

    // ---------------------------------------------------------------- (c) the agreed core exists

    static final List<String> CORE_CLASSES = List.of(
            "Actor", "State", "SubnationalGovernment", "GovernmentBody", "InternationalOrganization", "UNEntity",
            "RegionalOrganization", "MultilateralForum", "Company", "StandardsBody", "CivilSocietyOrganization",
            "ResearchInstitution", "Alliance", "Person", "Instrument", "Agreement", "TradeAgreement",
            "DigitalEconomyAgreement", "Treaty", "Declaration", "Law", "Strategy", "Initiative", "Framework",
            "PrinciplesDocument", "CodeOfConduct", "Resolution", "Report", "ActionPlan", "Standard", "Compact",
            "Event", "Principle", "Issue", "SourceDocument", "AmbiguousLabel");

    static final List<String> CORE_OBJECT_PROPERTIES = List.of(
            "issuedBy", "proposedBy", "party", "signatory", "memberOf", "establishedBy", "adoptedAt", "participant",
            "addresses", "advocates", "opposes", "embodies", "concernedWith", "partOf", "evidence", "candidate",
            "issued", "proposed", "partyTo", "signed", "hasMember", "established", "adopted", "participatedIn",
            "addressedBy", "advocatedBy");

    static final List<String> CORE_DATATYPE_PROPERTIES = List.of(
            "acronym", "iso3166", "compoundAbbreviation", "confidence", "extractedBy", "signatoryCount",
            "dateInferred", "mentionCount", "weight", "charCount", "sha256", "sentence");

    @Test
    void every_core_class_and_property_of_the_design_is_declared_with_both_labels() {
        Graph tbox = RDFDataMgr.loadGraph(TBOX.toString());
        List<String> problems = new ArrayList<>();
        check(tbox, CORE_CLASSES, OWL.Class.asNode(), problems);
        check(tbox, CORE_OBJECT_PROPERTIES, OWL.ObjectProperty.asNode(), problems);
        check(tbox, CORE_DATATYPE_PROPERTIES, OWL.DatatypeProperty.asNode(), problems);
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void signatory_is_a_kind_of_party_and_inverses_are_declared() {
        Graph tbox = RDFDataMgr.loadGraph(TBOX.toString());
        assertTrue(tbox.contains(dgkg("signatory"), RDFS.subPropertyOf.asNode(), dgkg("party")));
        String[][] inverses = {
            {"issued", "issuedBy"}, {"proposed", "proposedBy"}, {"partyTo", "party"}, {"signed", "signatory"},
            {"hasMember", "memberOf"}, {"established", "establishedBy"}, {"adopted", "adoptedAt"},
            {"participatedIn", "participant"}, {"addressedBy", "addresses"}, {"advocatedBy", "advocates"}};
        for (String[] pair : inverses)
            assertTrue(tbox.contains(dgkg(pair[0]), OWL.inverseOf.asNode(), dgkg(pair[1])),
                    "dgkg:" + pair[0] + " owl:inverseOf dgkg:" + pair[1]);
    }

    @Test
    void every_external_term_the_ontology_uses_is_declared_in_an_import_module() throws IOException {
        Graph union = ontologyUnion;
        Set<String> undeclared = new TreeSet<>();
        union.find().forEachRemaining(t -> {
            for (Node n : List.of(t.getPredicate(), t.getObject())) {
                if (!n.isURI()) continue;
                String iri = n.getURI();
                if (iri.startsWith(DGKG) || iri.startsWith(ID) || isBuiltIn(iri)) continue;
                // Only vocabulary terms: predicates, and objects of type/subClassOf/subPropertyOf/domain/range.
                boolean vocabularyPosition = n == t.getPredicate()
                        || Set.of(RDF.type.asNode(), RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(),
                                  RDFS.domain.asNode(), RDFS.range.asNode()).contains(t.getPredicate());
                if (vocabularyPosition && !union.contains(n, RDF.type.asNode(), Node.ANY))
                    undeclared.add(iri);
            }
        });
        assertTrue(undeclared.isEmpty(), () -> "declare these in ontology/imports/: " + undeclared);

        // Each import file is its own owl:Ontology, imported by dgkg.ttl under that IRI.
        Graph tbox = RDFDataMgr.loadGraph(TBOX.toString());
        for (Path p : ttlFilesUnder(IMPORTS_DIR)) {
            String module = "https://w3id.org/dgkg/ontology/imports/" + p.getFileName().toString().replaceFirst("\\.ttl$", "");
            Graph g = RDFDataMgr.loadGraph(p.toString());
            assertTrue(g.contains(NodeFactory.createURI(module), RDF.type.asNode(), OWL.Ontology.asNode()), p + " declares " + module);
            assertTrue(tbox.contains(NodeFactory.createURI("https://w3id.org/dgkg/ontology"), OWL.imports.asNode(),
                    NodeFactory.createURI(module)), "dgkg.ttl imports " + module);
        }
    }

    // ---------------------------------------------------------------- (d) counts

    @Test
    void registry_has_at_least_150_actors_45_issues_30_principles_and_7_issue_baskets() {
        Graph g = ontologyUnion;
        long actors = g.find(Node.ANY, skos("prefLabel"), Node.ANY).mapWith(Triple::getSubject).toSet().stream()
                .filter(s -> s.isURI() && s.getURI().startsWith(ID + "actor/")).count();
        long issues = g.find(Node.ANY, RDF.type.asNode(), dgkg("Issue")).toList().size();
        long principles = g.find(Node.ANY, RDF.type.asNode(), dgkg("Principle")).toList().size();
        long topIssues = g.find(dgkg("IssueScheme"), skos("hasTopConcept"), Node.ANY).toList().size();
        long topIssuesInverse = g.find(Node.ANY, skos("topConceptOf"), dgkg("IssueScheme")).toList().size();
        assertTrue(actors >= 150, "actors: " + actors);
        assertTrue(issues >= 45, "issues: " + issues);
        assertTrue(principles >= 30, "principles: " + principles);
        assertEquals(7, topIssues, "skos:hasTopConcept of dgkg:IssueScheme");
        assertEquals(7, topIssuesInverse, "skos:topConceptOf dgkg:IssueScheme");
    }

    @Test
    void ambiguous_short_forms_are_not_labels_of_any_actor() {
        Graph g = ontologyUnion;
        List<String> problems = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), dgkg("AmbiguousLabel")).forEachRemaining(t -> {
            g.find(t.getSubject(), RDFS.label.asNode(), Node.ANY).forEachRemaining(l -> {
                String label = l.getObject().getLiteralLexicalForm();
                for (String p : List.of("prefLabel", "altLabel"))
                    if (g.contains(Node.ANY, skos(p), NodeFactory.createLiteralLang(label, "zh")))
                        problems.add(label + " is a skos:" + p);
            });
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
        assertTrue(g.contains(NodeFactory.createURI(ID + "ambiguity/guowuyuan"), dgkg("candidate"),
                NodeFactory.createURI(ID + "actor/china-state-council")));
    }

    // ---------------------------------------------------------------- helpers

    static ValidationReport validateFixture(String rule) {
        Graph data = union(List.of(FIXTURES.resolve(rule + ".ttl")));
        return ShaclValidator.get().validate(shapes, withTbox(data));
    }

    /** The fixture together with the TBox and its import modules, as the real check sees it. */
    static Graph withTbox(Graph data) {
        try {
            List<Path> files = new ArrayList<>(ttlFilesUnder(IMPORTS_DIR));
            files.add(TBOX);
            Graph g = union(files);
            data.find().forEachRemaining(g::add);
            return g;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Graph union(List<Path> files) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Path p : files) RDFDataMgr.read(g, p.toString());
        return g;
    }

    static List<Path> ttlFilesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    static boolean isViolation(ReportEntry e) {
        return SHACL.Violation.equals(e.severity().level());
    }

    static boolean reportedBy(ReportEntry e, Node shape) {
        return shape.equals(e.source());
    }

    static boolean isBuiltIn(String iri) {
        return iri.startsWith(RDF.getURI()) || iri.startsWith(RDFS.getURI()) || iri.startsWith(OWL.getURI())
                || iri.startsWith("http://www.w3.org/2001/XMLSchema#");
    }

    static void check(Graph tbox, List<String> names, Node type, List<String> problems) {
        for (String name : names) {
            Node n = dgkg(name);
            if (!tbox.contains(n, RDF.type.asNode(), type)) problems.add("dgkg:" + name + " is not declared as " + type.getLocalName());
            for (String lang : List.of("en", "zh")) {
                boolean has = tbox.find(n, RDFS.label.asNode(), Node.ANY).toList().stream()
                        .anyMatch(t -> t.getObject().isLiteral() && t.getObject().getLiteralLanguage().equals(lang));
                if (!has) problems.add("dgkg:" + name + " has no rdfs:label@" + lang);
            }
        }
    }

    static Node dgkg(String local) { return NodeFactory.createURI(DGKG + local); }

    static Node skos(String local) { return NodeFactory.createURI(SKOS + local); }

    static String describe(ReportEntry e) {
        return String.format("[%s] %s focus=%s value=%s: %s", e.severity().level().getLocalName(),
                e.source(), e.focusNode(), e.value(), e.message());
    }

    static String describeAll(ValidationReport r) {
        return r.getEntries().stream().map(OntologyQcTest::describe).collect(Collectors.joining("\n"));
    }
}

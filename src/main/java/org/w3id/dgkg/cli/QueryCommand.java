package org.w3id.dgkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", header = "Run a SPARQL query or a query of the library against the database, without a server.",
        description = {"Runs NAME (queries/NAME.rq, the competency-query library; see --list) or FILE.rq against --db "
                + "(the union of all named graphs is the default graph) and prints the results to stdout. "
                + "CONSTRUCT and DESCRIBE print Turtle (or JSON-LD with --format json).",
                "Parameters declared in a query's header (# @param NAME (?variable): …) are bound with --param NAME=VALUE "
                + "as RDF literals, never pasted into the query text; a parameter left out takes the default its header gives.",
                "The database must not be open in a running server (TDB2 allows one process); query the server instead."})
final class QueryCommand implements Callable<Integer> {
    enum Format { text, csv, tsv, json, xml }

    @Mixin
    PathOptions paths;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE.rq",
            description = "A query of the library by name (see --list), or a SPARQL query file.")
    String target;

    @Option(names = "--list", description = "List the query library (name, parameters, question) and exit.")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Bind a parameter the query declares, e.g. --param actor=美国. Repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--show", description = "Print the query with its parameters bound instead of running it.")
    boolean show;

    @Option(names = "--queries", paramLabel = "DIR",
            description = "The query library folder. Default: queries/ in the dgkg folder.")
    Path queries;

    @Option(names = "--format", defaultValue = "text", description = "Result format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS", description = "Query timeout. Default: ${DEFAULT-VALUE}.")
    double timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Home.resolve(queries, "queries");
        if (list) {
            out.print(Library.listing(Library.load(dir)));
            out.flush();
            return DgkgCommand.OK;
        }
        if (target == null)
            throw new DgkgException("give a query: a name from the library (./dgkg query --list) or a FILE.rq");
        Preset preset = Library.resolve(dir, target);
        Query query = preset.bind(params);
        if (show) {
            out.print(query.serialize());
            out.flush();
            return DgkgCommand.OK;
        }
        Dataset ds = Tdb2Store.at(paths.db()).connect(Math.round(timeout * 1000));
        String result = Txn.calculateRead(ds, () -> run(query, ds));
        out.print(result);
        out.flush();
        return DgkgCommand.OK;
    }

    static Query parse(Path file) {
        return Preset.read(file).bind(Map.of());
    }

    private String run(Query query, Dataset ds) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            if (query.isSelectType()) {
                var rs = qe.execSelect();
                switch (format) {
                    case csv -> ResultSetFormatter.outputAsCSV(bytes, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(bytes, rs);
                    case json -> ResultSetFormatter.outputAsJSON(bytes, rs);
                    case xml -> ResultSetFormatter.outputAsXML(bytes, rs);
                    case text -> ResultSetFormatter.out(bytes, rs, query);
                }
            } else if (query.isAskType()) {
                boolean b = qe.execAsk();
                if (format == Format.json)
                    ResultSetFormatter.outputAsJSON(bytes, b);
                else
                    bytes.writeBytes((b + "\n").getBytes(StandardCharsets.UTF_8));
            } else {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(bytes, m, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A parameter a query declares: {@code # @param name (?variable type): description; default value}. */
    record Param(String name, String variable, String type, String description, String defaultValue) {}

    /** One query file with what its header says: the question (English and Chinese) and the parameters. */
    record Preset(String name, Path file, String text, String question, String questionZh, List<Param> params) {
        private static final Pattern PARAM = Pattern.compile(
                "^#\\s*@param\\s+([A-Za-z][\\w-]*)\\s*(?:\\(\\s*\\?(\\w+)(?:\\s+(string|integer|decimal|iri))?\\s*\\))?\\s*:\\s*(.*)$");
        private static final Pattern DEFAULT = Pattern.compile(";\\s*default\\s+(.+?)\\s*$");
        private static final Pattern QUESTION = Pattern.compile("^#\\s*Question:\\s*(.*)$");
        private static final Pattern QUESTION_ZH = Pattern.compile("^#\\s*问题[^：:]*[：:]\\s*(.*)$");

        static Preset read(Path file) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new DgkgException(file + ": cannot read: " + e.getMessage(), e);
            }
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            String question = "";
            String questionZh = "";
            List<Param> params = new ArrayList<>();
            for (String line : text.split("\\R")) {
                String l = line.strip();
                if (l.isEmpty())
                    continue;
                if (!l.startsWith("#"))
                    break;
                Matcher m;
                if ((m = QUESTION.matcher(l)).matches())
                    question = m.group(1);
                else if ((m = QUESTION_ZH.matcher(l)).matches())
                    questionZh = m.group(1);
                else if ((m = PARAM.matcher(l)).matches()) {
                    String desc = m.group(4);
                    Matcher d = DEFAULT.matcher(desc);
                    String dflt = d.find() ? d.group(1) : null;
                    params.add(new Param(m.group(1), m.group(2) != null ? m.group(2) : m.group(1),
                            m.group(3) != null ? m.group(3) : "string", desc, dflt));
                }
            }
            return new Preset(name, file, text, question, questionZh, List.copyOf(params));
        }

        /**
         * The query with its parameters bound as RDF terms by {@link ParameterizedSparqlString}
         * (escaped, never concatenated); a parameter not given takes its declared default.
         */
        Query bind(Map<String, String> given) {
            Map<String, Param> byName = new LinkedHashMap<>();
            params.forEach(p -> byName.put(p.name(), p));
            for (String key : given.keySet())
                if (!byName.containsKey(key))
                    throw new DgkgException(file + ": unknown parameter '" + key + "'; "
                            + (params.isEmpty() ? "this query takes none" : "it takes: " + String.join(", ", byName.keySet())));
            // Full-line comments are blanked (keeping line numbers for parser messages): they name the
            // variables, and ParameterizedSparqlString would rewrite them too.
            String body = text.lines().map(l -> l.strip().startsWith("#") ? "" : l).collect(Collectors.joining("\n"));
            ParameterizedSparqlString pss = new ParameterizedSparqlString(body);
            for (Param p : params) {
                String value = given.containsKey(p.name()) ? given.get(p.name()) : p.defaultValue();
                if (value == null)
                    continue;
                try {
                    switch (p.type()) {
                        case "integer" -> pss.setLiteral(p.variable(), Long.parseLong(value.strip()));
                        case "decimal" -> pss.setLiteral(p.variable(), new BigDecimal(value.strip()).toPlainString(), XSDDatatype.XSDdecimal);
                        case "iri" -> pss.setIri(p.variable(), value.strip());
                        default -> pss.setLiteral(p.variable(), value);
                    }
                } catch (NumberFormatException e) {
                    throw new DgkgException(file + ": parameter " + p.name() + " must be " + (p.type().equals("integer") ? "an integer" : "a decimal number")
                            + ", got '" + value + "'", e);
                }
            }
            try {
                return pss.asQuery();
            } catch (QueryParseException e) {
                throw new DgkgException(file + ": not a valid SPARQL query: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new DgkgException(file + ": cannot bind the parameters: " + e.getMessage(), e);
            }
        }
    }

    /** The query library: the {@code .rq} files of a folder, by name. */
    static final class Library {
        private Library() {}

        static List<Preset> load(Path dir) {
            if (!Files.isDirectory(dir))
                throw new DgkgException(dir + ": no query library here; pass --queries DIR");
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().map(Preset::read).toList();
            } catch (IOException e) {
                throw new DgkgException(dir + ": cannot list the query library: " + e.getMessage(), e);
            }
        }

        /** A file if {@code target} names one (or ends in .rq), else the library query of that name. */
        static Preset resolve(Path dir, String target) {
            Path asFile = Path.of(target);
            if (target.endsWith(".rq") || Files.isRegularFile(asFile)) {
                if (!Files.isRegularFile(asFile))
                    throw new DgkgException(target + ": no such query file");
                return Preset.read(asFile);
            }
            Path file = dir.resolve(target + ".rq");
            if (!target.matches("[\\w-]+") || !Files.isRegularFile(file))
                throw new DgkgException("no query named '" + target + "' in " + dir + "; ./dgkg query --list shows the library");
            return Preset.read(file);
        }

        static String listing(List<Preset> presets) {
            int width = presets.stream().mapToInt(p -> p.name().length()).max().orElse(0);
            StringBuilder sb = new StringBuilder();
            for (Preset p : presets) {
                sb.append(String.format("%-" + width + "s  %s%n", p.name(), p.question()));
                if (!p.questionZh().isEmpty())
                    sb.append(" ".repeat(width + 2)).append(p.questionZh()).append('\n');
                for (Param param : p.params())
                    sb.append(" ".repeat(width + 2)).append("--param ").append(param.name()).append("=…  ")
                            .append(param.description()).append('\n');
            }
            return sb.toString();
        }
    }
}

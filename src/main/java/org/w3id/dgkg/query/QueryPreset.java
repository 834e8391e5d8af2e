package org.w3id.dgkg.query;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.w3id.dgkg.DgkgException;

/**
 * One query of the library (or any .rq file) with what its header says: the question in English
 * and Chinese, and the parameters ({@code # @param name (?variable type): description; default value}).
 */
public record QueryPreset(String name, Path file, String text, String question, String questionZh, List<QueryPreset.Param> params) {
/** A parameter a query declares. */
public record Param(String name, String variable, String type, String description, String defaultValue) {}

    private static final Pattern PARAM = Pattern.compile(
            "^#\\s*@param\\s+([A-Za-z][\\w-]*)\\s*(?:\\(\\s*\\?(\\w+)(?:\\s+(string|integer|decimal|iri))?\\s*\\))?\\s*:\\s*(.*)$");
    private static final Pattern DEFAULT = Pattern.compile(";\\s*default\\s+(.+?)\\s*$");
    private static final Pattern QUESTION = Pattern.compile("^#\\s*Question:\\s*(.*)$");
    private static final Pattern QUESTION_ZH = Pattern.compile("^#\\s*问题[^：:]*[：:]\\s*(.*)$");

    public static QueryPreset read(Path file) {
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
        return new QueryPreset(name, file, text, question, questionZh, List.copyOf(params));
    }

    /**
     * The query with its parameters bound as RDF terms by {@link ParameterizedSparqlString}
     * (escaped, never concatenated); a parameter not given takes its declared default.
     */
    public Query bind(Map<String, String> given) {
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

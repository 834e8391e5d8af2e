package org.w3id.dgkg.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.dgkg.testing.RealCorpus;

/**
 * The README's {@code ./dgkg} examples run as written (in this JVM, against the real corpus's
 * database where they name {@code databases/dgkg}): every command line in a code block or an
 * inline code span, except the synopsis, {@code serve} (it does not return), {@code build}
 * (it writes the database the others read; BuildEndToEndTest runs it) and {@code add} (it writes the corpus).
 */
class ReadmeCommandsTest {
    static final Path README = Path.of("README.md");
    static final Pattern BLOCK = Pattern.compile("^```[a-z]*\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);
    static final Pattern INLINE = Pattern.compile("`(\\./dgkg [^`]+)`");

    static Stream<String> examples() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Set<String> out = new LinkedHashSet<>();
        Matcher b = BLOCK.matcher(readme);
        while (b.find())
            for (String line : b.group(1).split("\n"))
                if (line.startsWith("./dgkg "))
                    out.add(line);
        Matcher i = INLINE.matcher(readme);
        while (i.find())
            out.add(i.group(1));
        return out.stream().map(l -> l.replaceFirst("\\s+#.*$", "").strip()).filter(ReadmeCommandsTest::runnable).distinct();
    }

    static boolean runnable(String line) {
        return !line.equals("./dgkg query") // the prose names the command; a query needs a name
                && !line.matches(".*[\\[|…].*") && !line.contains("COMMAND") && !line.contains("my-query.rq")
                && !line.startsWith("./dgkg serve") && !line.startsWith("./dgkg build") && !line.contains("NAME")
                && !line.startsWith("./dgkg add"); // it writes the corpus, as build writes the database (AddCommandTest runs it)
    }

    @Test
    void the_readme_has_examples_of_each_command_that_runs_here() throws IOException {
        List<String> all = examples().toList();
        for (String command : List.of("validate", "query", "eval"))
            assertTrue(all.stream().anyMatch(l -> l.startsWith("./dgkg " + command)), command + " in " + all);
        assertTrue(all.stream().anyMatch(l -> l.contains("--gold src/test/resources/eval")), "eval uses the gold that ships: " + all);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void runs_as_written(String line) {
        List<String> args = new ArrayList<>(words(line.substring("./dgkg ".length())));
        // ../shared/gold is the project's shared development data beside the checkout, not part of it: a clone
        // without it (CI's) reports these examples as skipped, not passed
        for (String a : args)
            assumeTrue(!a.startsWith("../") || Files.exists(Path.of(a)), a + " is not beside this checkout");
        String db = RealCorpus.database().toString();
        args.replaceAll(a -> a.equals("databases/dgkg") ? db : a);
        if (args.get(0).equals("query") && !args.contains("--db") && !args.contains("--list")) {
            args.add("--db");
            args.add(db);
        }
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = DgkgCommand.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertTrue(code == 0 || code == 1 && args.get(0).equals("validate"), line + " exited " + code + "\n" + err);
        assertFalse(err.toString().contains("error:"), line + "\n" + err);
        assertFalse(out.toString().isBlank(), line + " printed nothing");
    }

    /** Splits a command line on spaces, keeping single- or double-quoted words whole. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|\"([^\"]*)\"|(\\S+)").matcher(s);
        while (m.find())
            out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        return out;
    }
}

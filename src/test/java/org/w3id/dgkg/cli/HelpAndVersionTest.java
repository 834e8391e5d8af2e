package org.w3id.dgkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --help} on every command and subcommand prints its usage and exits 0; {@code --version} says what runs. */
class HelpAndVersionTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = DgkgCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** Every command path: "", "build", "serve", …, and their subcommands, read from the command tree itself. */
    static Stream<String> commands() {
        List<String> out = new ArrayList<>();
        CommandLine root = new CommandLine(new DgkgCommand());
        walk(root, "", out);
        return out.stream();
    }

    private static void walk(CommandLine cmd, String path, List<String> out) {
        out.add(path);
        cmd.getSubcommands().forEach((name, sub) -> {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand))
                walk(sub, (path + " " + name).strip(), out);
        });
    }

    @ParameterizedTest(name = "dgkg {0} --help")
    @MethodSource("commands")
    void help_works_on_every_command(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.add("--help");
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), "dgkg " + command + " --help: " + r.err());
        assertTrue(r.out().contains("Usage: dgkg" + (command.isEmpty() ? "" : " " + command)), r.out());
        assertTrue(r.err().isEmpty(), r.err());
    }

    @Test
    void every_subcommand_is_covered() {
        assertTrue(commands().count() >= 6, commands().toList().toString());
    }

    @Test
    void version_names_the_project_version_commit_and_jena() {
        Run r = run("--version");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s)dgkg \\d+\\.\\d+\\.\\d+\\S* \\(commit [0-9a-f]{7,}\\).*"), r.out());
        assertTrue(r.out().contains("Apache Jena 5."), r.out());
        assertFalse(r.out().contains("<development>") || r.out().contains("dgkg dev"), r.out());
        assertEquals(r.out(), run("serve", "--version").out(), "a subcommand gives the same version");
    }
}

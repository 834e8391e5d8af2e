package org.w3id.dgkg.cli;

import java.io.PrintWriter;
import org.w3id.dgkg.DgkgException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dgkg}: build, validate, query and serve the global digital governance knowledge graph.
 * Exit codes: 0 done, 1 ran and found violations, 2 could not run.
 */
@Command(name = "dgkg", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Build, check, query and serve the global digital governance knowledge graph.",
        description = {"Exit codes: 0 done; 1 ran and found violations; 2 could not run (bad arguments, unreadable input)."},
        subcommands = {BuildCommand.class, ServeCommand.class, ValidateCommand.class, QueryCommand.class, EvalCommand.class,
                AddCommand.class, DiffCommand.class,
                CommandLine.HelpCommand.class})
public final class DgkgCommand {
    public static final int OK = 0;
    public static final int VIOLATIONS = 1;
    public static final int CANNOT_RUN = 2;

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Log debug messages and print full stack traces on errors.")
    boolean verbose;

    public static void main(String[] args) {
        configureLogging(args);
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code; output goes to the given writers. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new DgkgCommand());
        standardHelp(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            boolean verbose = verbose(args);
            if (e instanceof DgkgException) {
                err.println("error: " + e.getMessage());
            } else {
                err.println("error: " + e + (verbose ? "" : " (run with --verbose for the stack trace)"));
            }
            if (verbose)
                e.printStackTrace(err);
            err.flush();
            return CANNOT_RUN;
        });
        return cli.execute(args);
    }

    /**
     * Every command and subcommand answers {@code --help} and {@code --version}, whether or not
     * its class asks for the standard help options (the help command has its own).
     */
    static void standardHelp(CommandLine cmd) {
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (sub.getCommand() instanceof CommandLine.HelpCommand)
                continue;
            if (sub.getCommandSpec().optionsMap().get("--help") == null)
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            sub.getCommandSpec().versionProvider(new Version());
            standardHelp(sub);
        }
    }

    /** Read from the raw arguments: logging is set up, and errors reported, outside picocli's parse. */
    static boolean verbose(String[] args) {
        return java.util.Arrays.asList(args).contains("--verbose") || java.util.Arrays.asList(args).contains("-v");
    }

    /** slf4j-simple reads its settings once, so they are set before the first logger exists. */
    static void configureLogging(String[] args) {
        boolean verbose = verbose(args);
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "info");
        if (!verbose) {
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena", "warn");
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error"); // font fallbacks: text extraction needs no glyphs
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Server", "info");
        }
    }
}

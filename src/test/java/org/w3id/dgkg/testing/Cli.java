package org.w3id.dgkg.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.dgkg.cli.DgkgCommand;

/** Runs the dgkg command line in process and captures its exit code, stdout and stderr. */
public final class Cli {
    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private Cli() {}

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DgkgCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code build} with explicit paths, so tests never touch the project's own database. */
    public static Result build(Path corpus, Path ontology, Path db, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--corpus", corpus.toString(),
                "--ontology", ontology.toString(), "--db", db.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }
}

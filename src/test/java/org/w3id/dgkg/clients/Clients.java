package org.w3id.dgkg.clients;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real client programs (Python, Node, curl, bash) as subprocesses. A missing client
 * skips the test locally and fails it in CI ({@code CI=true}) with what to install.
 */
public final class Clients {
    /** Debian's Python, where python3-sparqlwrapper and python3-rdflib are installed (not a pyenv one on PATH). */
    public static final String PYTHON = "/usr/bin/python3";
    public static final Path PYTHON_DIR = Path.of("src/test/clients/python").toAbsolutePath();
    public static final Path JS_DIR = Path.of("src/test/clients/js").toAbsolutePath();

    private Clients() {}

    public record Run(List<String> command, int code, String out, String err) {
        @Override
        public String toString() {
            return String.join(" ", command) + "\nexit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (locally) or fails (in CI) unless {@code available}. */
    public static void require(boolean available, String what, String install) {
        if (available)
            return;
        String message = what + " is not available; install it: " + install + " (.ci/run does this in CI)";
        if (inCi())
            fail(message);
        assumeTrue(false, message);
    }

    public static void requirePython(String... modules) {
        boolean ok = Files.isExecutable(Path.of(PYTHON))
                && run(60, null, PYTHON, "-c", "import " + String.join(", ", modules)).code() == 0;
        require(ok, "Python modules " + String.join(", ", modules) + " in " + PYTHON,
                "apt-get install python3-sparqlwrapper python3-rdflib");
    }

    public static void requireComunica() {
        boolean ok = onPath("node") && Files.isDirectory(JS_DIR.resolve("node_modules/@comunica/query-sparql"));
        require(ok, "node and @comunica/query-sparql", "apt-get install nodejs npm && (cd src/test/clients/js && npm ci)");
    }

    public static void requireOnPath(String program, String install) {
        require(onPath(program), program, install);
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null)
            return false;
        for (String dir : path.split(File.pathSeparator))
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program)))
                return true;
        return false;
    }

    /** Runs a command in {@code dir} (null: the current directory), with UTF-8 I/O, killing it after {@code seconds}. */
    public static Run run(int seconds, Path dir, String... command) {
        try {
            Path out = Files.createTempFile("dgkg-client", ".out");
            Path err = Files.createTempFile("dgkg-client", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
                if (dir != null)
                    pb.directory(dir.toFile());
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                pb.environment().put("LC_ALL", "C.UTF-8");
                pb.environment().remove("http_proxy");
                pb.environment().remove("HTTP_PROXY");
                pb.environment().put("NO_PROXY", "localhost,127.0.0.1");
                pb.environment().put("no_proxy", "localhost,127.0.0.1");
                Process p = pb.start();
                int code;
                if (p.waitFor(seconds, TimeUnit.SECONDS)) {
                    code = p.exitValue();
                } else {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor();
                    code = -1;
                    Files.writeString(err, "\n[killed after " + seconds + " s]", StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.APPEND);
                }
                return new Run(List.of(command), code, Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

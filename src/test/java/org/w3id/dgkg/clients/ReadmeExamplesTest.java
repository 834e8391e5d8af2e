package org.w3id.dgkg.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.dgkg.serve.DgkgServer;

/**
 * The README's examples: every {@code ```sh} block that starts with {@code curl} runs against a
 * real server (with {@code http://localhost:3030} replaced by its address), and the client code
 * blocks quote the files of {@code src/test/clients/} verbatim.
 */
class ReadmeExamplesTest {
    static final Path README = Path.of("README.md");
    /** {@code <!-- file: PATH -->} followed by a fenced block: the block is the file. */
    static final Pattern QUOTED = Pattern.compile("<!-- file: (\\S+) -->\\n```[a-z]*\\n(.*?)```\\n", Pattern.DOTALL);
    static final Pattern SH_BLOCK = Pattern.compile("^```sh\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);
    /**
     * curl as a shell function: {@code -f} makes an HTTP status >= 400 an error (exit 22), {@code -sS}
     * keeps errors but not the progress bar, and an empty answer is an error too.
     */
    static final String PRELUDE = """
            set -euo pipefail
            curl() {
              local out
              out=$(command curl -fsS --max-time 30 "$@") || { echo "curl failed (exit $?): curl $*" >&2; return 1; }
              if [ -z "$out" ]; then echo "curl printed nothing: curl $*" >&2; return 1; fi
              printf '%s\\n' "$out"
            }
            """;
    static DgkgServer server;

    @BeforeAll
    static void start() {
        server = RealSite.start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    static List<String> curlBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher m = SH_BLOCK.matcher(readme());
        while (m.find())
            if (m.group(1).stripLeading().startsWith("curl"))
                blocks.add(m.group(1));
        return blocks;
    }

    @TestFactory
    Stream<DynamicTest> every_curl_example_in_the_readme_answers() throws IOException {
        List<String> blocks = curlBlocks();
        assertTrue(blocks.size() >= 2, "the README's curl examples were not found: " + blocks);
        Clients.requireOnPath("curl", "apt-get install curl");
        Clients.requireOnPath("bash", "apt-get install bash");
        String base = RealSite.base(server);
        return blocks.stream().map(block -> DynamicTest.dynamicTest(block.lines().findFirst().orElse("").strip(), () -> {
            // a UTF-8 file, not a bash -c argument: the JVM's locale might not carry 数字鸿沟 through argv
            Path script = Files.createTempFile("dgkg-readme", ".sh");
            try {
                Files.writeString(script, PRELUDE + block.replace("http://localhost:3030", base), StandardCharsets.UTF_8);
                var run = Clients.run(60, null, "bash", script.toString());
                assertEquals(0, run.code(), run.toString());
                assertFalse(run.out().isBlank(), run.toString());
            } finally {
                Files.deleteIfExists(script);
            }
        }));
    }

    @Test
    void the_client_examples_in_the_readme_are_the_tested_files_verbatim() throws IOException {
        Matcher m = QUOTED.matcher(readme());
        List<String> quoted = new ArrayList<>();
        while (m.find()) {
            String file = m.group(1);
            quoted.add(file);
            assertEquals(Files.readString(Path.of(file), StandardCharsets.UTF_8), m.group(2),
                    "README's block after <!-- file: " + file + " --> must be that file's content; copy the file into the README");
        }
        assertEquals(List.of("src/test/clients/python/sparqlwrapper_example.py", "src/test/clients/python/rdflib_example.py",
                "src/test/clients/js/comunica_example.mjs"), quoted);
    }
}

package org.w3id.dgkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Access to {@code src/test/resources/ingest/} (see its README.md for where each line came from). */
final class Fixtures {
    static final Path DIR = Path.of("src/test/resources/ingest");
    static final Path CORPUS = Path.of("corpus");
    static final String TITLE_2023 = "全球数字治理白皮书（2023年）";
    static final String TITLE_UN = "《我们的共同议程》政策简报5：全球数字契约——为所有人创造开放、自由、安全的数字未来";

    private Fixtures() {}

    static String read(String name) {
        try {
            return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DocumentMeta meta(String title) {
        return new DocumentMeta("fixture", "fixture.txt", title, null, "出版者", null, false, "2023",
                null, "zh", List.of(), null, null, null);
    }

    static NormalisedText normalise(String fixture, String title) {
        return Normaliser.forDocument(meta(title)).normalise(read(fixture));
    }
}

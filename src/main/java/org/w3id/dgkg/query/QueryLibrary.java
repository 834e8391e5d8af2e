package org.w3id.dgkg.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.dgkg.DgkgException;

/** The query library: the {@code .rq} files of a folder ({@code queries/}), by name. */
public final class QueryLibrary {
    private QueryLibrary() {}

    public static List<QueryPreset> load(Path dir) {
        if (!Files.isDirectory(dir))
            throw new DgkgException(dir + ": no query library here; pass --queries DIR");
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().map(QueryPreset::read).toList();
        } catch (IOException e) {
            throw new DgkgException(dir + ": cannot list the query library: " + e.getMessage(), e);
        }
    }

    /** A file if {@code target} names one (or ends in .rq), else the library query of that name. */
    public static QueryPreset resolve(Path dir, String target) {
        Path asFile = Path.of(target);
        if (target.endsWith(".rq") || Files.isRegularFile(asFile)) {
            if (!Files.isRegularFile(asFile))
                throw new DgkgException(target + ": no such query file");
            return QueryPreset.read(asFile);
        }
        Path file = dir.resolve(target + ".rq");
        if (!target.matches("[\\w-]+") || !Files.isRegularFile(file))
            throw new DgkgException("no query named '" + target + "' in " + dir + "; ./dgkg query --list shows the library");
        return QueryPreset.read(file);
    }

    public static String listing(List<QueryPreset> presets) {
        int width = presets.stream().mapToInt(p -> p.name().length()).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (QueryPreset p : presets) {
            sb.append(String.format("%-" + width + "s  %s%n", p.name(), p.question()));
            if (!p.questionZh().isEmpty())
                sb.append(" ".repeat(width + 2)).append(p.questionZh()).append('\n');
            for (QueryPreset.Param param : p.params())
                sb.append(" ".repeat(width + 2)).append("--param ").append(param.name()).append("=…  ")
                        .append(param.description()).append('\n');
        }
        return sb.toString();
    }
}

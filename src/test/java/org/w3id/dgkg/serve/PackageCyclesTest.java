package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two {@code serve} packages depend on each other, directly or through others: the modules
 * (linkeddata, ui, search, ontology, void_) share helpers through {@code serve.web}, which
 * depends on none of them. Dependencies are read from the sources: imports and fully qualified
 * names.
 */
class PackageCyclesTest {
    static final Path SERVE = Path.of("src/main/java/org/w3id/dgkg/serve");
    static final Pattern REFERENCE = Pattern.compile("org\\.w3id\\.dgkg\\.(serve(?:\\.[a-z_]+)*)\\.[A-Z]");
    static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+org\\.w3id\\.dgkg\\.([\\w.]+);");

    @Test
    void serve_packages_have_no_dependency_cycle() throws IOException {
        Map<String, Set<String>> deps = dependencies(SERVE);
        assertTrue(deps.size() >= 6, "read the serve packages: " + deps.keySet());
        List<List<String>> cycles = cycles(deps);
        assertTrue(cycles.isEmpty(), "serve packages that depend on each other in a circle: " + cycles + "\n" + deps);
    }

    @Test
    void web_helpers_depend_on_no_module() throws IOException {
        Set<String> web = dependencies(SERVE).get("serve.web");
        assertTrue(web.stream().allMatch(p -> p.equals("serve.web")), "serve.web depends on " + web);
    }

    @Test
    void a_cycle_is_found_when_there_is_one() {
        Map<String, Set<String>> deps = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a")));
        List<List<String>> cycles = cycles(deps);
        assertEquals(1, cycles.size(), cycles.toString());
        assertEquals(Set.of("a", "b", "c"), new TreeSet<>(cycles.get(0)));
        assertFalse(cycles(Map.of("a", Set.of("b"), "b", Set.of())).iterator().hasNext());
    }

    /** Package (relative to org.w3id.dgkg) to the serve packages its sources name. */
    static Map<String, Set<String>> dependencies(Path root) throws IOException {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                Matcher pm = PACKAGE.matcher(src);
                if (!pm.find())
                    continue;
                String pkg = pm.group(1);
                Set<String> to = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(src);
                while (m.find())
                    to.add(m.group(1));
            }
        }
        return deps;
    }

    /** The strongly connected components with more than one package (Tarjan). */
    static List<List<String>> cycles(Map<String, Set<String>> deps) {
        List<List<String>> out = new ArrayList<>();
        Map<String, Integer> index = new TreeMap<>(), low = new TreeMap<>();
        List<String> stack = new ArrayList<>();
        int[] counter = {0};
        for (String v : deps.keySet())
            if (!index.containsKey(v))
                strong(v, deps, index, low, stack, counter, out);
        return out;
    }

    private static void strong(String v, Map<String, Set<String>> deps, Map<String, Integer> index, Map<String, Integer> low,
            List<String> stack, int[] counter, List<List<String>> out) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.add(v);
        for (String w : deps.getOrDefault(v, Set.of())) {
            if (w.equals(v))
                continue;
            if (!index.containsKey(w)) {
                strong(w, deps, index, low, stack, counter, out);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (stack.contains(w))
                low.put(v, Math.min(low.get(v), index.get(w)));
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.remove(stack.size() - 1);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1)
                out.add(component);
        }
    }
}

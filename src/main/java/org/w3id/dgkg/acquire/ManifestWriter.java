package org.w3id.dgkg.acquire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Adds one entry to {@code manifest.json} as text: the entry is inserted before the closing
 * bracket of the {@code "documents"} array, in the file's own layout (one key per line, names
 * as one-line objects), so every other byte of the file stays as the curator wrote it and a
 * diff of the manifest shows exactly the new entry. The file is replaced atomically.
 */
final class ManifestWriter {
    private ManifestWriter() {}

    static final String EMPTY = "{\n  \"documents\": [\n  ]\n}\n";

    /** The manifest text with {@code entry} (key → a JSON string or a ready JSON value) appended to "documents". */
    static String append(Path manifest, String json, Map<String, Object> entry) {
        int close = documentsArrayEnd(manifest, json);
        int last = close - 1;
        while (last >= 0 && Character.isWhitespace(json.charAt(last)))
            last--;
        boolean empty = json.charAt(last) == '[';
        String indent = "    ";
        StringBuilder e = new StringBuilder();
        e.append(empty ? "\n" : ",\n").append(indent).append("{\n");
        int i = 0;
        for (Map.Entry<String, Object> kv : entry.entrySet()) {
            e.append(indent).append("  ").append(quote(kv.getKey())).append(": ").append(value(kv.getValue()));
            e.append(++i < entry.size() ? ",\n" : "\n");
        }
        e.append(indent).append("}\n  ");
        return json.substring(0, last + 1) + e + json.substring(close);
    }

    /** Writes through a temporary file in the same directory, then renames it over the manifest. */
    static void write(Path manifest, String text) throws IOException {
        Path tmp = manifest.resolveSibling(manifest.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, manifest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, manifest, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Index of the ']' closing the top-level "documents" array (strings and escapes skipped). */
    private static int documentsArrayEnd(Path manifest, String json) {
        int depth = 0;
        int arrayDepth = -1;
        String lastString = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                int j = i + 1;
                StringBuilder s = new StringBuilder();
                while (j < json.length() && json.charAt(j) != '"') {
                    if (json.charAt(j) == '\\')
                        j++;
                    else
                        s.append(json.charAt(j));
                    j++;
                }
                lastString = s.toString();
                i = j;
            } else if (c == '{' || c == '[') {
                depth++;
                if (c == '[' && depth == 2 && "documents".equals(lastString))
                    arrayDepth = depth;
            } else if (c == '}' || c == ']') {
                if (c == ']' && depth == arrayDepth)
                    return i;
                depth--;
            }
        }
        throw new AddException(manifest, "has no top-level \"documents\" array to add the entry to; fix the manifest first");
    }

    private static String value(Object v) {
        if (v instanceof Map<?, ?> m) {
            StringBuilder s = new StringBuilder("{");
            int i = 0;
            for (Map.Entry<?, ?> kv : m.entrySet())
                s.append(i++ > 0 ? ", " : "").append(quote(kv.getKey().toString())).append(": ").append(quote(kv.getValue().toString()));
            return s.append('}').toString();
        }
        return quote(v.toString());
    }

    /** A JSON string literal; non-ASCII characters stay as they are, as in the hand-written entries. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20)
                        out.append(String.format("\\u%04x", (int) c));
                    else
                        out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}

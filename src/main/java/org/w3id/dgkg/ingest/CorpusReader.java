package org.w3id.dgkg.ingest;

import org.w3id.dgkg.DgkgException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a corpus directory: {@code manifest.json} and the {@code .txt} files it lists. Decoding
 * is strict UTF-8; every problem is a {@link CorpusException} naming the file and what to do.
 */
public final class CorpusReader {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);
    public static final String MANIFEST = "manifest.json";
    /** The largest document file read, in bytes: far above any text of the corpus (the largest is under 100 kB). */
    public static final long MAX_DOCUMENT_BYTES = 64L << 20;

    private CorpusReader() {}

    public static Corpus read(Path directory) {
        if (!Files.isDirectory(directory))
            throw new CorpusException(directory, "not a directory; pass the corpus directory with --corpus");
        Path manifestFile = directory.resolve(MANIFEST);
        List<DocumentMeta> metas = readManifest(manifestFile);
        checkEveryFileListed(directory, metas);
        List<SourceDocument> documents = new ArrayList<>();
        for (DocumentMeta meta : metas) {
            long t0 = System.nanoTime();
            SourceDocument doc = readDocument(directory.resolve(meta.file()), meta);
            LOG.debug("{}: {} chars, {} sentences in {} ms", meta.id(), doc.original().length(),
                    doc.sentences().size(), (System.nanoTime() - t0) / 1_000_000);
            documents.add(doc);
        }
        return new Corpus(directory, documents);
    }

    /** The manifest's entries, checked as {@link #read} checks them, without reading the documents. */
    public static List<DocumentMeta> manifest(Path directory) {
        return readManifest(directory.resolve(MANIFEST));
    }

    /**
     * The manifest's entries, checked as {@link #read} checks them (every text file of the folder
     * listed too), without reading the documents: for a build that reads only some of them.
     */
    public static List<DocumentMeta> listed(Path directory) {
        if (!Files.isDirectory(directory))
            throw new CorpusException(directory, "not a directory; pass the corpus directory with --corpus");
        List<DocumentMeta> metas = readManifest(directory.resolve(MANIFEST));
        checkEveryFileListed(directory, metas);
        return metas;
    }

    /** Reads one document whose metadata is known (used by tests on fixtures too). */
    public static SourceDocument readDocument(Path file, DocumentMeta meta) {
        if (!Files.isRegularFile(file))
            throw new CorpusException(file, "listed in " + MANIFEST + " but the file does not exist");
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_BYTES)
                throw new CorpusException(file, "is " + (size >> 20) + " MB; dgkg reads documents up to "
                        + (MAX_DOCUMENT_BYTES >> 20) + " MB: split it into several documents, each with its manifest entry");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CorpusException(file, "cannot read: " + e.getMessage(), e);
        }
        String original = decodeStrictUtf8(file, bytes);
        if (original.startsWith("\uFEFF"))
            throw new CorpusException(file, "starts with a byte-order mark; save the file as UTF-8 without BOM");
        if (original.isBlank())
            throw new CorpusException(file, "the document is empty; add its text or remove it from " + MANIFEST);
        NormalisedText normalised;
        List<Sentence> sentences;
        try {
            normalised = Normaliser.forDocument(meta).normalise(original);
            sentences = SentenceSplitter.split(normalised);
        } catch (DgkgException e) {
            throw e; // a problem of the input, already said as such
        } catch (RuntimeException e) {
            // a defect of dgkg's reading, not of the file: name the document, so that the user knows
            // which one stops the build (it can be moved out of the corpus) and what to report
            throw new CorpusException(file, "dgkg failed while reading this text (" + e
                    + "); this is a bug in dgkg, not in the file: please report it with the file attached"
                    + " (run with --verbose for the stack trace), and move the file out of the corpus meanwhile", e);
        }
        return new SourceDocument(meta, file, original, sha256(bytes), normalised, sentences);
    }

    static String decodeStrictUtf8(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8Byte(bytes);
            String charset = likelyCharset(bytes);
            if (charset == null)
                throw new CorpusException(file, "invalid UTF-8 at byte " + offset
                        + "; convert the file to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)", e);
            throw new CorpusException(file, "invalid UTF-8 at byte " + offset + "; the file looks like " + charset
                    + " text, and the corpus is read as strict UTF-8: add the original with ./dgkg add FILE, which converts it "
                    + "and writes its manifest entry, or convert it yourself (iconv -f " + charset + " -t UTF-8)", e);
        }
    }

    /**
     * The charset a file that is not UTF-8 most likely uses (Tika's port of the ICU detector), or
     * null when unsure or when the file is UTF-8 with a few damaged bytes (most of its non-ASCII
     * text decodes as UTF-8): then another charset is the wrong advice.
     */
    static String likelyCharset(byte[] bytes) {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        long replaced = lenient.chars().filter(c -> c == 0xFFFD).count();
        long decoded = lenient.chars().filter(c -> c > 0x7F && c != 0xFFFD).count();
        if (decoded > 10 * replaced)
            return null;
        org.apache.tika.parser.txt.CharsetMatch match = new org.apache.tika.parser.txt.CharsetDetector()
                .setText(bytes).detect();
        return match == null || match.getConfidence() < 30 || match.getName().equals("UTF-8") ? null : match.getName();
    }

    /** Finds the offset of the first byte that starts an invalid UTF-8 sequence. */
    static int firstInvalidUtf8Byte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    static List<DocumentMeta> readManifest(Path manifestFile) {
        if (!Files.isRegularFile(manifestFile))
            throw new CorpusException(manifestFile, "missing; the corpus needs a manifest listing its documents");
        JsonObject root;
        try {
            String json = decodeStrictUtf8(manifestFile, Files.readAllBytes(manifestFile));
            checkSyntax(manifestFile, json);
            root = JSON.parse(json);
        } catch (IOException e) {
            throw new CorpusException(manifestFile, "cannot read: " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new CorpusException(manifestFile, "not valid JSON: " + e.getMessage(), e);
        }
        JsonValue docs = root.get("documents");
        if (docs == null || !docs.isArray())
            throw new CorpusException(manifestFile, "needs a \"documents\" array");
        List<DocumentMeta> metas = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        JsonArray array = docs.getAsArray();
        for (int i = 0; i < array.size(); i++) {
            String where = "documents[" + i + "]";
            if (!array.get(i).isObject())
                throw new CorpusException(manifestFile, where + " must be an object with id, file, title, ...");
            JsonObject o = array.get(i).getAsObject();
            String id = required(manifestFile, o, "id", where);
            if (!id.matches("[a-z0-9][a-z0-9-]*"))
                throw new CorpusException(manifestFile, where + ".id \"" + id
                        + "\" must be lower-case letters, digits and hyphens (it becomes part of IRIs)");
            if (!ids.add(id))
                throw new CorpusException(manifestFile, where + ".id \"" + id + "\" is used twice");
            String file = required(manifestFile, o, "file", where);
            JsonObject title = object(manifestFile, o, "title", where);
            JsonObject publisher = object(manifestFile, o, "publisher", where);
            metas.add(new DocumentMeta(
                    id, file,
                    required(manifestFile, title, "zh", where + ".title"),
                    optional(title, "en"),
                    required(manifestFile, publisher, "zh", where + ".publisher"),
                    optional(publisher, "en"),
                    o.hasKey("publisherIsInferred") && o.get("publisherIsInferred").isBoolean()
                            && o.get("publisherIsInferred").getAsBoolean().value(),
                    required(manifestFile, o, "issued", where),
                    optional(o, "kind"),
                    required(manifestFile, o, "language", where),
                    strings(o, "creators"),
                    optional(o, "identifier"),
                    optional(o, "notes"),
                    perspective(manifestFile, o, where),
                    original(manifestFile, o, where)));
        }
        if (metas.isEmpty())
            throw new CorpusException(manifestFile, "lists no documents");
        return metas;
    }

    /**
     * Checks the JSON syntax with a parser that reports where it stopped (Jena's JSON reader fails
     * with a NullPointerException on some truncated input), so the message gives line and column.
     */
    static void checkSyntax(Path manifestFile, String json) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            reader.read();
        } catch (jakarta.json.stream.JsonParsingException e) {
            var at = e.getLocation();
            throw new CorpusException(manifestFile, "not valid JSON at line " + at.getLineNumber() + ", column "
                    + at.getColumnNumber() + ": " + e.getMessage().replaceAll("\\s*\\[line.*$", "")
                    + "; look there (or just before) for a missing comma, quote or bracket", e);
        } catch (jakarta.json.JsonException e) {
            throw new CorpusException(manifestFile, "not valid JSON: " + e.getMessage(), e);
        }
    }

    private static void checkEveryFileListed(Path directory, List<DocumentMeta> metas) {
        Set<String> listed = new TreeSet<>();
        metas.forEach(m -> listed.add(m.file()));
        try (Stream<Path> files = Files.list(directory)) {
            List<String> unlisted = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !listed.contains(n)).sorted().toList();
            if (!unlisted.isEmpty())
                throw new CorpusException(directory.resolve(unlisted.get(0)),
                        "has no entry in " + MANIFEST + "; add one (id, file, title, publisher, issued, language)"
                                + (unlisted.size() > 1 ? " (also unlisted: " + unlisted.subList(1, unlisted.size()) + ")" : ""));
        } catch (IOException e) {
            throw new CorpusException(directory, "cannot list: " + e.getMessage(), e);
        }
    }

    /** The kept original ({@code ./dgkg add}): a file under the corpus directory that exists. */
    private static String original(Path file, JsonObject o, String where) {
        String original = optional(o, "original");
        if (original == null)
            return null;
        Path dir = file.toAbsolutePath().getParent();
        Path p = dir.resolve(original).normalize();
        if (!p.startsWith(dir) || original.contains("\\"))
            throw new CorpusException(file, where + ".original \"" + original + "\" must be a path inside the corpus directory");
        if (!Files.isRegularFile(p))
            throw new CorpusException(file, where + ".original \"" + original + "\" does not exist; restore the file or remove the field");
        return original;
    }

    private static String perspective(Path file, JsonObject o, String where) {
        String p = optional(o, "perspective");
        if (p != null && !p.matches("[A-Z]{2}"))
            throw new CorpusException(file, where + ".perspective \"" + p
                    + "\" must be an ISO 3166-1 alpha-2 country code such as \"CN\" (the country the document means by 我国)");
        return p;
    }

    private static String required(Path file, JsonObject o, String key, String where) {
        String v = optional(o, key);
        if (v == null || v.isBlank())
            throw new CorpusException(file, where + " needs \"" + key + "\"");
        return v;
    }

    private static String optional(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull())
            return null;
        return v.isString() ? v.getAsString().value() : v.toString();
    }

    private static JsonObject object(Path file, JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (v == null || !v.isObject())
            throw new CorpusException(file, where + " needs \"" + key + "\" as an object like {\"zh\": \"…\", \"en\": \"…\"}");
        return v.getAsObject();
    }

    private static List<String> strings(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || !v.isArray())
            return List.of();
        List<String> out = new ArrayList<>();
        v.getAsArray().forEach(x -> out.add(x.getAsString().value()));
        return out;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.w3id.dgkg.acquire;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.dgkg.ingest.CorpusReader;
import org.w3id.dgkg.ingest.DocumentMeta;

/**
 * Adds documents as users have them (PDF, HTML, DOCX, plain text in UTF-8, GB18030/GBK or Big5)
 * to a corpus directory: the extracted text becomes the document's UTF-8 {@code .txt} (what the
 * build reads, so every offset points into it), the original is kept under {@code originals/},
 * and an entry is appended to {@code manifest.json} from the file's own metadata and the
 * options (options win). What cannot be read is refused before anything is written: an empty
 * or binary file, an encrypted or image-only PDF, a file over the size limit, a document whose
 * text is already in the corpus.
 */
public final class DocumentAdder {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentAdder.class);
    /** Where originals are kept, relative to the corpus directory. */
    public static final String ORIGINALS = "originals";
    /** Fewer letters than this in the whole text means there is no text layer to read. */
    static final int MIN_LETTERS = 20;

    private final Path corpus;
    private final long maxBytes;
    private final TextExtractor extractor = new TextExtractor();

    private DocumentAdder(Path corpus, long maxBytes) {
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        if (maxBytes <= 0)
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
    }

    /** An adder into {@code corpus}, reading files up to {@link CorpusReader#MAX_DOCUMENT_BYTES}. */
    public static DocumentAdder into(Path corpus) {
        return new DocumentAdder(corpus, CorpusReader.MAX_DOCUMENT_BYTES);
    }

    public DocumentAdder maxBytes(long bytes) {
        return new DocumentAdder(corpus, bytes);
    }

    /** Adds one file. On refusal an {@link AddException} says why, and the corpus is as it was. */
    public Added add(Path file, Overrides options) {
        byte[] bytes = readChecked(file);
        Extracted x = extractor.extract(file, bytes);
        String text = TextCleaner.clean(x.text());
        checkHasText(file, x, text);
        List<DocumentMeta> existing = existingEntries();
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        checkNotDuplicate(file, existing, sha256(utf8), sha256(bytes));

        String id = chooseId(file, options, existing, utf8);
        Map<String, String> sources = new LinkedHashMap<>();
        String title = pick(options.title(), x.title(), "title", sources);
        String publisher = pick(options.publisher(), x.publisher(), "publisher", sources);
        String issued = pick(options.issued(), x.issued(), "issued", sources);
        String language = pick(options.language(), normaliseLanguage(x.language()), "language", sources);
        if (language == null && hanShare(text) >= 0.3) {
            language = "zh";
            sources.put("language", "text");
        }
        requireFields(file, title, publisher, issued, language);
        if (!issued.matches("\\d{4}(-\\d{2}(-\\d{2})?)?"))
            throw new AddException(file, "issued \"" + issued + "\" is not a date: pass --issued YYYY, YYYY-MM or YYYY-MM-DD");
        if (options.perspective() != null && !options.perspective().matches("[A-Z]{2}"))
            throw new AddException(file, "--perspective \"" + options.perspective()
                    + "\" must be an ISO 3166-1 alpha-2 code such as CN (the country the document means by 我国)");

        String extension = extension(file, x.mediaType());
        // a UTF-8 text stored byte for byte needs no second copy; anything converted or tidied keeps its original
        boolean keepOriginal = !(x.mediaType().equals("text/plain") && java.util.Arrays.equals(bytes, utf8));
        String original = keepOriginal ? ORIGINALS + "/" + id + "." + extension : null;
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("file", id + ".txt");
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("zh", title);
        if (options.titleEn() != null)
            titles.put("en", options.titleEn());
        else if (hanShare(title) == 0)
            titles.put("en", title);
        entry.put("title", titles);
        entry.put("publisher", Map.of("zh", publisher));
        entry.put("issued", issued);
        if (options.kind() != null)
            entry.put("kind", options.kind());
        entry.put("language", language);
        if (options.perspective() != null)
            entry.put("perspective", options.perspective());
        if (original != null)
            entry.put("original", original);
        entry.put("notes", "Added with ./dgkg add from " + file.getFileName() + " (" + x.mediaType()
                + (x.convertedFrom() != null ? ", converted from " + x.convertedFrom() + " to UTF-8" : "") + ").");

        write(file, id, utf8, bytes, original, entry);
        List<String> notes = new ArrayList<>();
        if (x.convertedFrom() != null)
            notes.add("converted from " + x.convertedFrom() + " to UTF-8");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("publisher", publisher);
        fields.put("issued", issued);
        fields.put("language", language);
        if (options.kind() != null) {
            fields.put("kind", options.kind());
            sources.put("kind", "option");
        }
        LOG.info("Added {} as {} ({}, {} characters)", file, id, x.mediaType(), text.codePointCount(0, text.length()));
        return new Added(id, corpus.resolve(id + ".txt"), original == null ? null : corpus.resolve(original),
                x.mediaType(), text.codePointCount(0, text.length()), fields, sources, notes);
    }

    private byte[] readChecked(Path file) {
        if (!Files.isRegularFile(file))
            throw new AddException(file, "no such file");
        try {
            long size = Files.size(file);
            if (size == 0)
                throw new AddException(file, "is empty; there is nothing to add");
            if (size > maxBytes)
                throw new AddException(file, "is " + (size >> 20) + " MB; dgkg adds files up to " + (maxBytes >> 20)
                        + " MB: split the document, or add its text as a smaller file");
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AddException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static void checkHasText(Path file, Extracted x, String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters >= MIN_LETTERS)
            return;
        if (x.mediaType().equals("application/pdf"))
            throw new AddException(file, "has no text layer (" + letters + " letters in the whole PDF): it is probably "
                    + "scanned images. Run OCR first (e.g. ocrmypdf -l chi_sim in.pdf out.pdf) and add the result");
        throw new AddException(file, "has no text to read (" + letters + " letters); add a file with the document's text");
    }

    private List<DocumentMeta> existingEntries() {
        if (!Files.isRegularFile(corpus.resolve(CorpusReader.MANIFEST)))
            return List.of();
        return CorpusReader.manifest(corpus);
    }

    /** The same text (or the same original file) already in the corpus, by SHA-256. */
    private void checkNotDuplicate(Path file, List<DocumentMeta> existing, String textHash, String fileHash) {
        for (DocumentMeta m : existing) {
            for (String name : m.original() == null ? List.of(m.file()) : List.of(m.file(), m.original())) {
                Path p = corpus.resolve(name);
                if (!Files.isRegularFile(p))
                    continue;
                String h;
                try {
                    h = sha256(Files.readAllBytes(p));
                } catch (IOException e) {
                    throw new AddException(p, "cannot read: " + e.getMessage(), e);
                }
                if (h.equals(textHash) || h.equals(fileHash))
                    throw new AddException(file, "is already in the corpus as document \"" + m.id() + "\" (" + name
                            + ", same SHA-256 " + h.substring(0, 12) + "…); nothing was added");
            }
        }
    }

    private String chooseId(Path file, Overrides options, List<DocumentMeta> existing, byte[] utf8) {
        String id = options.id();
        if (id == null) {
            String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "").toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            id = stem.length() >= 3 ? stem : "doc-" + sha256(utf8).substring(0, 8);
        } else if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new AddException(file, "--id \"" + id + "\" must be lower-case letters, digits and hyphens (it becomes part of IRIs)");
        }
        String chosen = id;
        boolean taken = existing.stream().anyMatch(m -> m.id().equals(chosen) || m.file().equals(chosen + ".txt"))
                || Files.exists(corpus.resolve(chosen + ".txt"));
        if (taken)
            throw new AddException(file, "the corpus already has a document with id \"" + id + "\"; pass another with --id");
        return id;
    }

    private static String pick(String option, String fromFile, String field, Map<String, String> sources) {
        if (option != null && !option.isBlank()) {
            sources.put(field, "option");
            return option.strip();
        }
        if (fromFile != null && !fromFile.isBlank()) {
            sources.put(field, "file");
            return fromFile.strip();
        }
        return null;
    }

    private static void requireFields(Path file, String title, String publisher, String issued, String language) {
        List<String> missing = new ArrayList<>();
        if (title == null)
            missing.add("--title");
        if (publisher == null)
            missing.add("--publisher");
        if (issued == null)
            missing.add("--issued YYYY[-MM[-DD]]");
        if (language == null)
            missing.add("--language");
        if (!missing.isEmpty())
            throw new AddException(file, "the file's metadata does not give everything the manifest needs; pass "
                    + String.join(" ", missing) + " (nothing was added)");
    }

    private static String normaliseLanguage(String lang) {
        if (lang == null)
            return null;
        String l = lang.strip().toLowerCase(Locale.ROOT);
        return l.startsWith("zh") ? "zh" : l.isEmpty() ? null : l.split("[-_,;\\s]")[0];
    }

    static double hanShare(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        if (letters == 0)
            return 0;
        long han = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return (double) han / letters;
    }

    private static String extension(Path file, String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "pdf";
            case "text/html", "application/xhtml+xml" -> "html";
            case "text/plain" -> "txt";
            default -> mediaType.contains("wordprocessingml") ? "docx"
                    : file.getFileName().toString().replaceFirst(".*\\.", "").toLowerCase(Locale.ROOT);
        };
    }

    /** Original, text, then the manifest (atomically); on failure the files written so far are removed. */
    private void write(Path file, String id, byte[] utf8, byte[] original, String originalName, Map<String, Object> entry) {
        Path manifest = corpus.resolve(CorpusReader.MANIFEST);
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(corpus);
            String json = Files.isRegularFile(manifest) ? Files.readString(manifest, StandardCharsets.UTF_8) : ManifestWriter.EMPTY;
            String updated = ManifestWriter.append(manifest, json, entry);
            if (originalName != null) {
                Path o = corpus.resolve(originalName);
                Files.createDirectories(o.getParent());
                Files.write(o, original, java.nio.file.StandardOpenOption.CREATE_NEW);
                written.add(o);
            }
            Path txt = corpus.resolve(id + ".txt");
            Files.write(txt, utf8, java.nio.file.StandardOpenOption.CREATE_NEW);
            written.add(txt);
            ManifestWriter.write(manifest, updated);
        } catch (IOException | RuntimeException e) {
            for (Path p : written)
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    LOG.warn("Could not remove {} after the failed add; remove it by hand", p);
                }
            if (e instanceof AddException ae)
                throw ae;
            throw new AddException(file, "could not write into " + corpus + ": " + e.getMessage() + "; the corpus is unchanged", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

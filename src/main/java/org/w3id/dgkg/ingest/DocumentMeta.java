package org.w3id.dgkg.ingest;

import java.util.List;

/**
 * One entry of {@code corpus/manifest.json}: what the document says about itself, as curated
 * by whoever added it to the corpus. Optional fields are null (or empty lists) when absent.
 * {@code perspective} is the ISO 3166-1 alpha-2 code of the country the document speaks for
 * when it says 我国 ("our country"); null when it speaks for none. {@code original} is the file
 * the text was extracted from ({@code ./dgkg add}), relative to the corpus directory, or null.
 */
public record DocumentMeta(
        String id,
        String file,
        String titleZh,
        String titleEn,
        String publisherZh,
        String publisherEn,
        boolean publisherInferred,
        String issued,
        String kind,
        String language,
        List<String> creators,
        String identifier,
        String notes,
        String perspective,
        String original) {
    public DocumentMeta {
        creators = creators == null ? List.of() : List.copyOf(creators);
    }

    /** The media type of the kept original, from its file name; null without one. */
    public String originalMediaType() {
        if (original == null)
            return null;
        String ext = original.substring(original.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (ext) {
            case "pdf" -> "application/pdf";
            case "html", "htm" -> "text/html";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "txt" -> "text/plain";
            default -> "application/octet-stream";
        };
    }

    /** An entry without a kept original (a text written by hand). */
    public DocumentMeta(String id, String file, String titleZh, String titleEn, String publisherZh, String publisherEn,
            boolean publisherInferred, String issued, String kind, String language, List<String> creators,
            String identifier, String notes, String perspective) {
        this(id, file, titleZh, titleEn, publisherZh, publisherEn, publisherInferred, issued, kind, language, creators,
                identifier, notes, perspective, null);
    }
}

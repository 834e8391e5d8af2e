package org.w3id.dgkg.ingest;

import java.util.List;

/**
 * One entry of {@code corpus/manifest.json}: what the document says about itself, as curated
 * by whoever added it to the corpus. Optional fields are null (or empty lists) when absent.
 * {@code perspective} is the ISO 3166-1 alpha-2 code of the country the document speaks for
 * when it says 我国 ("our country"); null when it speaks for none.
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
        String perspective) {
    public DocumentMeta {
        creators = creators == null ? List.of() : List.copyOf(creators);
    }
}

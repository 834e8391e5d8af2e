package org.w3id.dgkg.acquire;

/**
 * What the person adding a document says about it (the command's options). Every field is
 * optional (null); a value given here wins over what the file's own metadata says.
 */
public record Overrides(String id, String title, String titleEn, String publisher, String issued,
        String kind, String language, String perspective) {
    public static Overrides none() {
        return new Overrides(null, null, null, null, null, null, null, null);
    }
}

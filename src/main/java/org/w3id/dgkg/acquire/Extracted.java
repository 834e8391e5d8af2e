package org.w3id.dgkg.acquire;

/**
 * What Tika read from a file: its text, the media type, the charset it was decoded from (null
 * when it is not a text format or was UTF-8 already) and the metadata fields dgkg can use
 * (title, publisher, issued date, language), each null when the file does not give it.
 */
record Extracted(String text, String mediaType, String convertedFrom, String title, String publisher,
        String issued, String language) {}

package org.w3id.dgkg.acquire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads the text and metadata of a PDF, HTML, DOCX or plain-text file with Apache Tika. Only
 * these four parsers are constructed (no auto-detecting parser over every format Tika knows):
 * what dgkg cannot read is refused by name, not half-read.
 */
final class TextExtractor {
    /** The longest text kept from one file, in characters; far above any document of the corpus. */
    static final int MAX_CHARS = 50_000_000;
    private static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-/.年](\\d{1,2})(?:[-/.月](\\d{1,2}))?)?");

    private final Detector detector = new DefaultDetector(MimeTypes.getDefaultMimeTypes());

    Extracted extract(Path file, byte[] bytes) {
        MediaType type = detect(file, bytes);
        String base = type.getBaseType().toString();
        if (base.equals("text/plain"))
            return plainText(file, bytes);
        Parser parser = switch (base) {
            case "application/pdf" -> new PDFParser();
            case "text/html", "application/xhtml+xml" -> new JSoupParser();
            default -> {
                if (type.getBaseType().equals(DOCX))
                    yield new OOXMLParser();
                throw refuseType(file, base, bytes);
            }
        };
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        String text = parse(file, parser, bytes, metadata, base);
        String charset = base.startsWith("text/html") || base.equals("application/xhtml+xml")
                ? charsetOf(metadata) : null;
        return new Extracted(text, base, charset, first(metadata, "dc:title", "og:title", "DC.title", "title"),
                first(metadata, "dc:publisher", "publisher", "DC.publisher", "og:site_name"),
                issued(first(metadata, "dcterms:created", "date", "DC.date", "DC.date.issued", "article:published_time",
                        "pubdate", "publishdate", "dcterms:issued", "dcterms:modified")),
                first(metadata, "dc:language", "Content-Language", "language", "DC.language"));
    }

    private MediaType detect(Path file, byte[] bytes) {
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, m);
        } catch (IOException e) {
            throw new AddException(file, "cannot tell what kind of file this is: " + e.getMessage(), e);
        }
    }

    /** Plain text: strict UTF-8 when it is UTF-8, otherwise the charset Tika detects (GB18030, Big5, …). */
    private Extracted plainText(Path file, byte[] bytes) {
        if (looksBinary(bytes))
            throw binary(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new Extracted(text, "text/plain", null, null, null, null, null);
        } catch (CharacterCodingException notUtf8) {
            Metadata metadata = new Metadata();
            String text = parse(file, new TXTParser(), bytes, metadata, "text/plain");
            return new Extracted(text, "text/plain", charsetOf(metadata), null, null, null, null);
        }
    }

    private static String parse(Path file, Parser parser, byte[] bytes, Metadata metadata, String type) {
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new AddException(file, "is encrypted (password-protected " + describe(type)
                    + "); save an unprotected copy and add that");
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e))
                throw new AddException(file, "has more than " + MAX_CHARS + " characters of text; split it into several documents");
            throw new AddException(file, "cannot be read as " + describe(type) + ": " + rootMessage(e)
                    + "; check that the file opens in a viewer, or save it again as PDF, HTML, DOCX or UTF-8 text", e);
        }
        return handler.toString();
    }

    private static String describe(String type) {
        return switch (type) {
            case "application/pdf" -> "PDF";
            case "text/html", "application/xhtml+xml" -> "HTML";
            case "text/plain" -> "plain text";
            default -> type.contains("wordprocessingml") ? "DOCX" : type;
        };
    }

    private static AddException refuseType(Path file, String type, byte[] bytes) {
        if (type.equals("application/octet-stream"))
            return binary(file);
        if (type.equals("application/x-tika-ooxml-protected") || type.equals("application/x-tika-msoffice-protected"))
            return new AddException(file, "is an encrypted Office document; save an unprotected copy and add that");
        return new AddException(file, "is " + type + ", which dgkg add does not read; it reads PDF, HTML, DOCX and plain text "
                + "(save the document in one of those formats)");
    }

    private static AddException binary(Path file) {
        return new AddException(file, "is a binary file, not a document dgkg can read (PDF, HTML, DOCX or plain text)");
    }

    /** NUL bytes do not occur in text in any charset dgkg accepts (UTF-8, GB18030, Big5). */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++)
            if (bytes[i] == 0)
                return true;
        return false;
    }

    private static String charsetOf(Metadata m) {
        String enc = m.get(Metadata.CONTENT_ENCODING);
        if (enc == null) {
            String ct = m.get(Metadata.CONTENT_TYPE);
            if (ct != null && ct.contains("charset="))
                enc = ct.substring(ct.indexOf("charset=") + 8).replaceAll("[;\\s].*", "");
        }
        if (enc == null)
            return null;
        String upper = enc.toUpperCase(Locale.ROOT);
        return upper.equals("UTF-8") || upper.equals("US-ASCII") ? null : enc;
    }

    private static String first(Metadata m, String... keys) {
        for (String k : keys) {
            String v = m.get(k);
            if (v != null && !v.isBlank())
                return v.strip();
        }
        return null;
    }

    /** A date as precise as the metadata gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
    static String issued(String value) {
        if (value == null)
            return null;
        Matcher m = DATE.matcher(value);
        if (!m.find())
            return null;
        StringBuilder s = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            s.append('-').append(String.format(Locale.ROOT, "%02d", Integer.parseInt(m.group(2))));
            if (m.group(3) != null)
                s.append('-').append(String.format(Locale.ROOT, "%02d", Integer.parseInt(m.group(3))));
        }
        return s.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t)
            t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

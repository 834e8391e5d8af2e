package org.w3id.dgkg.acquire;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real files made for the tests: PDFs written with PDFBox, a DOCX with POI, HTML and text in a
 * given charset. The Chinese PDF uses the standard CJK font STSong-Light with the predefined
 * UniGB-UCS2-H encoding, not embedded (as PDF 1.2+ allows): no font file is needed on the
 * machine, and a reader maps the text back to Unicode through Adobe-GB1, as for real PDFs
 * made this way.
 */
public final class TestFiles {
    private TestFiles() {}

    public static Path chinesePdf(Path file, String title, Calendar created, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.FONT, fontDictionary());
            page.setResources(resources);
            StringBuilder content = new StringBuilder("BT /F1 12 Tf 14 TL 50 720 Td\n");
            for (String line : lines) {
                StringBuilder hex = new StringBuilder();
                for (byte b : line.getBytes(StandardCharsets.UTF_16BE))
                    hex.append(String.format("%02X", b));
                content.append('<').append(hex).append("> Tj T*\n");
            }
            content.append("ET\n");
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
            if (title != null)
                doc.getDocumentInformation().setTitle(title);
            if (created != null)
                doc.getDocumentInformation().setCreationDate(created);
            doc.save(file.toFile());
        }
        return file;
    }

    private static COSDictionary fontDictionary() {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "GB1");
        info.setInt(COSName.SUPPLEMENT, 4);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        COSArray bbox = new COSArray();
        for (int v : new int[] {-25, -254, 1000, 880})
            bbox.add(COSInteger.get(v));
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setName(COSName.BASE_FONT, "STSong-Light");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        font.setName(COSName.ENCODING, "UniGB-UCS2-H");
        COSArray descendants = new COSArray();
        descendants.add(cid);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(COSName.getPDFName("F1"), font);
        return fonts;
    }

    public static Path encryptedPdf(Path file, List<String> lines) throws IOException {
        Path plain = chinesePdf(file.resolveSibling("plain-" + file.getFileName()), "加密文件", null, lines);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        Files.delete(plain);
        return file;
    }

    /** A PDF whose only page is a picture: what a scanner produces. */
    public static Path imageOnlyPdf(Path file) throws IOException {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.fillRect(10, 10, 120, 40);
        g.dispose();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 500, 200, 100);
            }
            doc.getDocumentInformation().setTitle("扫描件");
            doc.save(file.toFile());
        }
        return file;
    }

    public static Path docx(Path file, String title, String creator, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String p : paragraphs)
                doc.createParagraph().createRun().setText(p);
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator(creator);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }

    public static Path text(Path file, String text, Charset charset) throws IOException {
        Files.write(file, text.getBytes(charset));
        return file;
    }

    public static Calendar utc(int year, int month, int day) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(year, month - 1, day, 12, 0, 0);
        return c;
    }
}

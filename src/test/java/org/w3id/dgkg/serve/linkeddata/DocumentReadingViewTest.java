package org.w3id.dgkg.serve.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.dgkg.serve.web.Lookup;

/** The reading view of a document: front matter folded, debris and soft breaks marked, nothing lost, offsets kept. */
class DocumentReadingViewTest {
    static final String TEXT = "\n\n全球数据安全倡议\n目录\n一、总体要求\n\n"
            + "数字技术的发展深刻改变了人类生产生活方式，各国应当\n共同维护网络空间和平与安全^{[17][18][19]}，促进开放合作。[3][4]\n"
            + "第二段：各方应加强合作。\n";

    static Lookup.Annotation mention(String text, String name, String body) {
        int at = TEXT.indexOf(name);
        int start = TEXT.codePointCount(0, at), end = start + name.codePointCount(0, name.length());
        return new Lookup.Annotation("ann", start, end, body, name, null, false);
    }

    @Test
    void every_character_stays_in_order_with_its_offsets() {
        List<DocumentPage.Part> parts = DocumentPage.parts(TEXT, List.of(mention(TEXT, "网络空间", "https://w3id.org/dgkg/id/issue/cyberspace")));
        assertEquals(TEXT, parts.stream().map(DocumentPage.Part::text).collect(Collectors.joining()));
        int at = 0;
        for (DocumentPage.Part p : parts) {
            assertEquals(at, p.start(), p.toString());
            assertEquals(p.text().codePointCount(0, p.text().length()), p.end() - p.start());
            at = p.end();
        }
        DocumentPage.Part m = parts.stream().filter(p -> p.href() != null).findFirst().orElseThrow();
        assertEquals("网络空间", m.text());
        assertEquals("/id/issue/cyberspace", m.href());
        assertEquals("issue", m.kind());
    }

    @Test
    void footnote_debris_and_line_breaks_inside_a_sentence_are_marked() {
        List<DocumentPage.Part> parts = DocumentPage.parts(TEXT, List.of());
        List<String> debris = parts.stream().filter(DocumentPage.Part::debris).map(DocumentPage.Part::text).toList();
        assertEquals(List.of("^{[17][18][19]}", "[3][4]"), debris);
        List<DocumentPage.Part> soft = parts.stream().filter(DocumentPage.Part::softBreak).toList();
        assertEquals(1, soft.size(), "only the break after 应当 is inside a sentence: " + soft);
        assertEquals(TEXT.codePointCount(0, TEXT.indexOf("应当\n") + 2), soft.get(0).start());
        assertEquals("\n", soft.get(0).text());
    }

    @Test
    void front_matter_ends_where_running_text_begins() {
        int end = DocumentPage.frontMatterEnd(TEXT);
        assertEquals(TEXT.codePointCount(0, TEXT.indexOf("数字技术")), end);
        assertEquals(0, DocumentPage.frontMatterEnd("数字技术的发展深刻改变了人类生产生活方式，各国应当共同维护网络空间和平与安全。\n"));
        String paper = "特区实践与理论\n题目：人工智能全球治理的现状、困境和中国路径\n作者：韩永辉，周港隽，徐翠芬\n人工智能的发展深刻改变了人类生产生活方式，\n";
        assertEquals(paper.codePointCount(0, paper.indexOf("人工智能的发展")), DocumentPage.frontMatterEnd(paper), "title-page lines are front matter");
        assertFalse(DocumentPage.softBreak("标题\n正文", 2, 3), "a heading's line break is kept");
        String full = "数字技术的发展深刻改变了人类生产生活方式，各国应当\n\n共同维护";
        assertTrue(DocumentPage.softBreak(full, full.indexOf('\n'), full.indexOf('\n') + 2), "a blank line inside a sentence");
        String ended = "数字技术的发展深刻改变了人类生产生活方式，各国应当共同维护。\n\n此外";
        assertFalse(DocumentPage.softBreak(ended, ended.indexOf('\n'), ended.indexOf('\n') + 2), "a paragraph's end is kept");
    }
}

package org.w3id.dgkg.changes;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3id.dgkg.DgkgException;
import org.w3id.dgkg.vocab.DGKG;

/**
 * The history as an Atom 1.0 feed (RFC 4287): one entry per generation, newest first, titled
 * with its counts, linking to its page on {@code /changes}, its content the documents and
 * entities it added and removed and a sample of its facts. Entry ids are {@code urn:uuid}s made
 * from the generation's number, time and fingerprint, so they stay the same across requests and
 * differ after a database is rebuilt from scratch.
 */
public final class AtomFeed {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    /** Facts listed in an entry's content; the page has them all. */
    static final int FACTS_SHOWN = 20;
    static final int ENTRIES = 50;

    private AtomFeed() {}

    /** Writes the feed for {@code history} (oldest first), with links under {@code base} (e.g. http://host:3030). */
    public static void write(List<ChangeSet> history, String base, OutputStream out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            x.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml:lang", "zh");
            text(x, "id", DGKG.BASE + "changes.atom"); // permanent, whichever host serves it
            text(x, "title", "dgkg: changes to the global digital governance knowledge graph 全球数字治理知识图谱更新");
            text(x, "subtitle", "One entry per build: documents, entities and facts added and removed, each fact with its evidence.");
            text(x, "updated", stamp(history.isEmpty() ? Instant.EPOCH : history.get(history.size() - 1).time()));
            x.writeStartElement("author");
            text(x, "name", "dgkg build");
            x.writeEndElement();
            link(x, "self", "application/atom+xml", base + "/changes.atom");
            link(x, "alternate", "text/html", base + "/changes");
            text(x, "generator", "dgkg");
            for (int i = history.size() - 1; i >= 0 && i >= history.size() - ENTRIES; i--)
                entry(x, history.get(i), base);
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new DgkgException("could not write the Atom feed: " + e.getMessage(), e);
        }
    }

    private static void entry(XMLStreamWriter x, ChangeSet cs, String base) throws XMLStreamException {
        x.writeStartElement("entry");
        text(x, "id", "urn:uuid:" + UUID.nameUUIDFromBytes((cs.number() + " " + cs.time() + " " + cs.fingerprint())
                .getBytes(StandardCharsets.UTF_8)));
        text(x, "title", "Generation " + cs.number() + (cs.previous() == null ? " (first build)" : "") + ": " + cs.counts().summary());
        text(x, "updated", stamp(cs.time()));
        link(x, "alternate", "text/html", base + "/changes?generation=" + cs.number());
        text(x, "summary", cs.counts().summary());
        x.writeStartElement("content");
        x.writeAttribute("type", "text");
        x.writeCharacters(content(cs));
        x.writeEndElement();
        x.writeEndElement();
    }

    /** Plain text: a feed reader shows it as it is, and nothing in it needs escaping beyond XML's. */
    static String content(ChangeSet cs) {
        StringBuilder s = new StringBuilder(cs.counts().summary()).append('\n');
        if (!cs.detailed()) {
            s.append(cs.previous() == null ? "The first build of this database.\n" : "Only the counts are kept for this generation.\n");
            return s.toString();
        }
        for (Change c : cs.of(Change.Kind.DOCUMENT))
            s.append(DiffRenderer.sign(c.action())).append(" document ").append(DiffRenderer.line(c)).append('\n');
        for (Change c : cs.of(Change.Kind.ENTITY))
            s.append(DiffRenderer.sign(c.action())).append(" entity ").append(DiffRenderer.line(c)).append('\n');
        List<Change> facts = cs.of(Change.Kind.FACT);
        facts.stream().limit(FACTS_SHOWN).forEach(c -> s.append(DiffRenderer.sign(c.action())).append(" fact ")
                .append(DiffRenderer.line(c)).append('\n'));
        if (facts.size() > FACTS_SHOWN)
            s.append("… and ").append(facts.size() - FACTS_SHOWN).append(" more facts on the page\n");
        return s.toString();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    /** RFC 3339 as Atom wants it, to the second. */
    static String stamp(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}

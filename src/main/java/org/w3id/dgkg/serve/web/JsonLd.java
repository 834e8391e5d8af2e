package org.w3id.dgkg.serve.web;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;

/**
 * JSON-LD with an inline {@code @context} that gives every predicate a readable key
 * ({@code prefLabel}, {@code issuedBy}, {@code hasTarget}) and the usual prefixes, so a client
 * reads {@code "issuedBy": "id:actor/eu"} instead of full IRIs. The context is inline: parsing
 * the document fetches nothing.
 */
final class JsonLd {
    private JsonLd() {}

    static String write(Model model) {
        JsonObject context = context(model);
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, model, RDFFormat.JSONLD11_PLAIN);
        try {
            JsonDocument doc = JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray()));
            JsonObject compacted = com.apicatalog.jsonld.JsonLd.compact(doc, JsonDocument.of(context)).get();
            StringWriter w = new StringWriter();
            JsonWriterFactory f = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
            try (JsonWriter jw = f.createWriter(w)) {
                jw.writeObject(compacted);
            }
            return w.toString();
        } catch (JsonLdError e) {
            // never expected: fall back to Jena's own JSON-LD (prefix-compacted)
            return expanded.toString(StandardCharsets.UTF_8);
        }
    }

    /** Prefixes, then one term per predicate: its local name, or prefix_local on a clash. */
    static JsonObject context(Model model) {
        JsonObjectBuilder ctx = Json.createObjectBuilder();
        model.getNsPrefixMap().forEach(ctx::add);
        Map<String, String> prefixes = model.getNsPrefixMap();
        Map<String, Boolean> iriValued = new TreeMap<>();
        model.getGraph().find().forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode()))
                return;
            iriValued.merge(p.getURI(), !t.getObject().isLiteral(), Boolean::logicalAnd);
        });
        Map<String, Integer> localCount = new HashMap<>();
        iriValued.keySet().forEach(p -> localCount.merge(local(p), 1, Integer::sum));
        ctx.add("id", "@id");
        ctx.add("type", "@type");
        iriValued.forEach((p, iri) -> {
            String local = local(p);
            String term = localCount.get(local) == 1 && !prefixes.containsKey(local) && !local.isEmpty()
                    && !local.equals("id") && !local.equals("type") ? local : prefixOf(p, prefixes) + "_" + local;
            JsonObjectBuilder def = Json.createObjectBuilder().add("@id", p);
            if (iri)
                def.add("@type", "@id");
            ctx.add(term, def);
        });
        return Json.createObjectBuilder().add("@context", ctx).build();
    }

    private static String local(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(i + 1).replaceAll("[^A-Za-z0-9_]", "_");
    }

    private static String prefixOf(String iri, Map<String, String> prefixes) {
        for (Map.Entry<String, String> e : prefixes.entrySet())
            if (iri.startsWith(e.getValue()))
                return e.getKey();
        return "ns";
    }
}

package org.w3id.dgkg.serve;

import java.io.OutputStream;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.JenaException;

/**
 * The response to an entity lookup ({@link ConstantDescribe}) in Turtle or N-Triples, written
 * through this thread's {@link Utf8Buffer} instead of the buffered UTF-8 writer (and, for
 * N-Triples, the {@code OutputStreamWriter}) Jena makes for every response: 6–8% of a lookup's CPU
 * (docs/benchmarks.md, "uncached DESCRIBE"). Everything else is Fuseki's own graph response
 * ({@code Responses.doResponseGraph}): the same content negotiation over the same offer, the same
 * status, {@code Content-Type}, writer and format ({@code ActionLib.getNetworkFormatForLang}),
 * so the same bytes. A request that names its format by parameter ({@code output}, {@code format},
 * {@code results}, {@code force-accept}), that asks for another format, or that no offer fits
 * is left to Fuseki ({@link #write} answers false).
 */
final class LookupWriters {
    private LookupWriters() {}

    /** The parameters by which Fuseki lets a request choose its response's format. */
    private static final String[] FORMAT_PARAMETERS = {"output", "format", "results", "force-accept"};

    /** Writes {@code graph} as the response and answers true, or answers false having written nothing. */
    @SuppressWarnings("deprecation") // RDFWriter.output(Writer): the writer here is UTF-8, which is what the warning is about
    static boolean write(HttpAction action, Graph graph) {
        for (String p : FORMAT_PARAMETERS)
            if (action.getRequestParameter(p) != null)
                return false;
        MediaType chosen = ConNeg.chooseContentType(action.getRequest(), DEF.constructOffer, DEF.acceptTurtle);
        if (chosen == null)
            return false;
        String contentType = chosen.getContentTypeStr();
        Lang lang = RDFLanguages.contentTypeToLang(contentType);
        if (lang != Lang.TURTLE && lang != Lang.NTRIPLES)
            return false;
        RDFFormat format = ActionLib.getNetworkFormatForLang(lang);
        try {
            ServletOps.success(action);
            OutputStream out = action.getResponseOutputStream();
            action.setResponseContentType(contentType);
            Utf8Buffer w = Utf8Buffer.on(out);
            try {
                RDFWriter.source(graph).format(format).build().output(w);
                w.flush();
            } catch (JenaException e) {
                ServletOps.errorOccurred("Failed to write output: " + e.getMessage(), e);
            } finally {
                w.release();
            }
            out.flush();
        } catch (ActionErrorException e) {
            throw e;
        } catch (Exception e) {
            action.log.info("Exception while writing the response model: " + e.getMessage(), e);
            ServletOps.errorOccurred("Exception while writing the response model: " + e.getMessage(), e);
        }
        return true;
    }
}

package org.w3id.dgkg.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's SPARQL query operation with bounded execution and failures a client can detect:
 * <ul>
 * <li>admission through {@link QueryAdmission} (503 with {@code Retry-After} when busy);</li>
 * <li>each query on a {@link QueryThread} of its own, moved to the lowest CPU priority once it has
 *     used {@link ServerLimits#backgroundAfter()} of CPU time while more queries run than there are cores, so that heavy queries leave the CPU to pages,
 *     ping and cheap queries;</li>
 * <li>SELECT results are held back up to {@link ServerLimits#bufferRows()} rows before the
 *     response starts, so a query that times out or is stopped within them gets a 503 status;</li>
 * <li>a query that fails after the response has started (a larger result still streaming when
 *     the timeout strikes) has its connection aborted: the client sees a broken response (no
 *     final chunk), never a 200 with a note appended to truncated JSON;</li>
 * <li>a query that overflows the stack (thousands of UNION branches, or a regular expression like
 *     {@code (a|b)*} recursing over a whole document) is a 400 with a message, not a 500 with an empty body.</li>
 * </ul>
 */
final class BoundedQueryService extends SPARQL_QueryDataset {
    private static final Logger LOG = LoggerFactory.getLogger(BoundedQueryService.class);
    private final QueryAdmission admission;
    private final ServerLimits limits;
    private final ThreadLocal<QueryAdmission.Ticket> ticket = new ThreadLocal<>();

    private final java.time.Duration timeout;

    BoundedQueryService(ServerLimits limits, java.time.Duration timeout) {
        this.limits = limits;
        this.timeout = timeout;
        this.admission = new QueryAdmission(limits);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        QueryAdmission.Ticket t;
        try {
            t = admission.admit(timeout);
        } catch (QueryAdmission.Busy busy) {
            throw refuse(action, busy);
        }
        try {
            QueryThread.run(() -> {
                ticket.set(t);
                try {
                    super.execute(queryString, action);
                } finally {
                    ticket.remove();
                }
            }, t::runsOn);
        } catch (QueryCancelledException e) {
            if (t.stoppedForLong())
                throw refuse(action, t.busy());
            throw e;
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("the query needs more stack than the server has to evaluate it: it is nested too deeply "
                    + "(for example thousands of UNION branches; use VALUES) or a regular expression recurses over a long text "
                    + "(for example (a|b)* over a whole document); simplify it");
        } finally {
            t.close();
        }
    }

    private static ActionErrorException refuse(HttpAction action, QueryAdmission.Busy busy) {
        action.setResponseHeader("Retry-After", Integer.toString(busy.retryAfterSeconds));
        return new ActionErrorException(503, busy.getMessage(), null);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec qe = super.createQueryExec(action, query, dataset);
        QueryAdmission.Ticket t = ticket.get();
        if (t != null)
            t.attach(qe);
        return qe;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
        if (!result.isRowSet() || limits.bufferRows() == 0)
            return result;
        RowSet rows = result.rowSet();
        List<Binding> head = new ArrayList<>();
        while (head.size() < limits.bufferRows() && rows.hasNext())
            head.add(rows.next());
        Iterator<Binding> all = Iter.concat(head.iterator(), rows);
        QueryAdmission.Ticket t = ticket.get();
        // Jena's result writers catch a cancellation and append a note to what they wrote; remember it happened
        Iterator<Binding> watched = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return all.hasNext();
                } catch (RuntimeException e) {
                    if (t != null)
                        t.cutShort(e);
                    throw e;
                }
            }

            @Override
            public Binding next() {
                try {
                    return all.next();
                } catch (RuntimeException e) {
                    if (t != null)
                        t.cutShort(e);
                    throw e;
                }
            }
        };
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), watched));
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue qPrologue) {
        RuntimeException failure = null;
        try {
            super.sendResults(action, result, qPrologue);
        } catch (RuntimeException e) {
            if (!action.getResponse().isCommitted())
                throw e;
            failure = e;
        }
        QueryAdmission.Ticket t = ticket.get();
        if (failure == null && t != null)
            failure = t.cutShort();
        if (failure != null) {
            // Too late for a status: break the response (no final chunk) so that no client takes it for a whole result.
            LOG.info("[{}] query cut short after its response started ({}); aborting the connection", action.id, failure.toString());
            ServletContextRequest.getServletContextRequest(action.getRequest()).getServletChannel().abort(failure);
        }
    }
}

package org.w3id.dgkg.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
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
    /** Queries parsed recently, by their text (see {@link #parse(String)}). */
    private final Cache<String, Query> parsed = CacheFactory.createCache(PARSED_QUERIES);
    private static final int PARSED_QUERIES = 256;
    /** Longer texts are parsed each time: a few hundred of them would hold tens of megabytes. */
    private static final int PARSED_MAX_CHARS = 16 * 1024;

    /**
     * CPU time of the last complete run of each recent query text (see {@link #knownCheap}).
     * Forgotten when the served generation changes: the same text may cost more on other data.
     */
    private final Cache<String, Long> cpuOfText = CacheFactory.createCache(PARSED_QUERIES);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    /** {@code -Ddgkg.serve.queryThreadAlways=true}: every query on a query thread, as before (for measuring). */
    private static final boolean INLINE = !Boolean.getBoolean("dgkg.serve.queryThreadAlways")
            && THREADS.isCurrentThreadCpuTimeSupported();
    /**
     * The entity lookup's shortcuts: its text recognised without Jena's parser
     * ({@link ConstantDescribe#recognise}), the data's prefixes read once per served generation, the
     * response written through a per-thread buffer ({@link LookupWriters}); the same bytes either way.
     * {@code -Ddgkg.serve.lookupShortcuts=false} turns them off (for measuring); read when the server is made.
     */
    private final boolean shortcuts = !"false".equalsIgnoreCase(System.getProperty("dgkg.serve.lookupShortcuts"));

    BoundedQueryService(ServerLimits limits, java.time.Duration timeout, DatasetGraph dataset) {
        this.limits = limits;
        this.timeout = timeout;
        this.admission = new QueryAdmission(limits);
        LiveDataset.onSwitch(dataset, cpuOfText::clear);
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
            Query lookup = constantDescribe(queryString);
            if (lookup != null)
                answerLookup(queryString, lookup, action, t);
            else if (knownCheap(queryString))
                answerHere(queryString, action, t);
            else
                answerOnQueryThread(queryString, action, t);
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

    /**
     * True when the last run of this very text (in this generation of the data) used less than a
     * quarter of {@link ServerLimits#backgroundAfter()} of CPU: such a query would have to cost
     * four times as much to be moved to the background, so it needs no thread of its own.
     */
    private boolean knownCheap(String queryString) {
        if (!INLINE || queryString.length() > PARSED_MAX_CHARS)
            return false;
        Long last = cpuOfText.getIfPresent(queryString);
        return last != null && last < limits.backgroundAfter().toNanos() / 4;
    }

    /**
     * The query, when it is a {@code DESCRIBE} of IRIs written in it with no {@code WHERE} clause
     * (an entity lookup, {@code DESCRIBE <iri>}; see {@link ConstantDescribe}), else null. Such
     * texts are mostly new (one per entity), so {@link #knownCheap} never knows them, and the
     * hand-over to a query thread and back was a third of an uncached lookup's thread wake-ups
     * (docs/benchmarks.md, "per-request floor"). Parsed here, not through the parse cache: a
     * text seen once would only push out queries that come again. A text that does not parse, or
     * nests too deeply for the request thread's stack, goes the usual way, which reports it.
     */
    private Query constantDescribe(String queryString) {
        if (!INLINE || queryString.length() > DESCRIBE_MAX_CHARS)
            return null;
        if (shortcuts) {
            Query recognised = ConstantDescribe.recognise(queryString);
            if (recognised != null)
                return recognised;
        }
        if (!queryString.toUpperCase(java.util.Locale.ROOT).contains("DESCRIBE"))
            return null;
        try {
            Query q = QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            return ConstantDescribe.applies(q) ? q : null;
        } catch (QueryException | StackOverflowError e) {
            return null;
        }
    }

    /** A {@code DESCRIBE} of a few IRIs is short; a long text is a query to run the usual way. */
    private static final int DESCRIBE_MAX_CHARS = 4 * 1024;

    /**
     * Answers an entity lookup on the request thread: its work is one index lookup per IRI (and
     * per blank node it leads to), as for the {@code /id/…} pages, which run on the request
     * thread too. What it gives up: a description of thousands of triples is not moved to the
     * background, nor stopped at the timeout ({@link ConstantDescribe} has no execution to stop;
     * the text's 4 KB bound it). Its CPU time is not remembered: the form, not the text, decides.
     */
    private void answerLookup(String queryString, Query query, HttpAction action, QueryAdmission.Ticket t) {
        ticket.set(t);
        try {
            answer(queryString, query, action);
        } finally {
            ticket.remove();
        }
    }

    /**
     * Answers on the request's own thread: no hand-over to a query thread and back, two thread
     * wake-ups less on the path of every request (docs/benchmarks.md, "per-request cost").
     */
    private void answerHere(String queryString, HttpAction action, QueryAdmission.Ticket t) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        ticket.set(t);
        try {
            answer(queryString, null, action);
        } finally {
            ticket.remove();
        }
        remember(queryString, THREADS.getCurrentThreadCpuTime() - cpu0);
    }

    /** Answers on a {@link QueryThread}, which the ticket can move to the background if the query turns heavy. */
    private void answerOnQueryThread(String queryString, HttpAction action, QueryAdmission.Ticket t) {
        QueryThread[] ran = new QueryThread[1];
        Runnable work = () -> {
            ticket.set(t);
            try {
                answer(queryString, null, action);
            } finally {
                ticket.remove();
            }
        };
        QueryThread.run(work, q -> {
            ran[0] = q;
            t.runsOn(q);
        });
        remember(queryString, ran[0].cpuNanos());
    }

    /** The CPU time of a query that ran to its end (a failed or stopped one is not remembered, so it stays on a query thread). */
    private void remember(String queryString, long cpuNanos) {
        if (queryString.length() <= PARSED_MAX_CHARS && cpuNanos >= 0)
            cpuOfText.put(queryString, cpuNanos);
    }

    /**
     * What Fuseki's {@code SPARQLQueryProcessor.execute} does (parse, validate, read transaction,
     * dataset, execution, results, the same 400 messages), without what it does only for its
     * action log: it wrote every query back to text ({@code Query.serialize}) and formatted a log
     * line with it whether or not that log was enabled, 50–170 µs per competency query, a
     * quarter to a third of parsing it.
     */
    private void answer(String queryString, Query parsedAlready, HttpAction action) {
        if (queryString.isBlank())
            ServletOps.errorBadRequest(queryString.isEmpty() ? "Error: Empty query string" : "Error: Blank query string");
        if (action.log.isInfoEnabled())
            action.log.info("[{}] Query = {}", action.id, ServletOps.formatForLog(queryString));
        Query query = null;
        try {
            query = parsedAlready != null ? parsedAlready : parse(queryString);
            validateQuery(action, query);
        } catch (ActionErrorException e) {
            throw e;
        } catch (QueryParseException e) {
            String msg = SPARQLProtocol.messageForParseException(e);
            action.log.warn("[{}] {}", action.id, msg);
            ServletOps.errorBadRequest(msg);
        } catch (QueryException e) {
            String msg = SPARQLProtocol.messageForException(e);
            action.log.warn("[{}] {}", action.id, msg);
            ServletOps.errorBadRequest("Error: \n" + queryString + "\n" + msg);
        }
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> p = decideDataset(action, query, queryString);
            Query q = p.getRight() == null ? query : p.getRight();
            if (ConstantDescribe.applies(q)) {
                send(action, new QueryExecResult(ConstantDescribe.describe(q, p.getLeft(), shortcuts)), query.getPrologue(), shortcuts);
                return;
            }
            try (QueryExec qe = createQueryExec(action, q, p.getLeft())) {
                QueryExecResult result = executeQuery(action, qe, query, queryString);
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryParseException e) {
            action.abortSilent();
            // a late static error (a bad Lucene query string, say)
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n" + SPARQLProtocol.messageForException(e));
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } catch (RuntimeException e) {
            QueryAdmission.Ticket t = ticket.get();
            if (e instanceof ActionErrorException || t == null || !t.stopped())
                throw e;
            // Stopping a query can make Jena fail with another error than a cancellation: an ORDER BY
            // closes its sort bag when asked to stop, and the query thread, between two rows of
            // filling it, then fails with "SortedDataBag is closed" (a 500 in a soak under load).
            // The query was stopped: the client gets what every stopped query gets.
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            LOG.debug("[{}] stopped query failed with {}; answered as stopped", action.id, e.toString());
            throw new QueryCancelledException();
        } finally {
            action.endRead();
        }
    }

    /**
     * The query parsed from {@code text}: a copy of the one parsed before when the same text came
     * before (clients and pages send the same queries again and again). Jena's parser allocates
     * its buffers and caches afresh for each query and resolves every IRI; a competency query
     * took 230–440 µs to parse even with its tokenizer compiled, 10–70 µs to copy
     * ({@link Query#cloneQuery()}). The cached query is never executed itself, so no execution
     * changes it; a text that does not parse is not kept, and fails the same way every time.
     */
    private Query parse(String text) {
        boolean keep = text.length() <= PARSED_MAX_CHARS;
        Query known = keep ? parsed.getIfPresent(text) : null;
        if (known != null)
            return known.cloneQuery();
        Query query = QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        if (keep) {
            try {
                parsed.put(text, query.cloneQuery());
            } catch (StackOverflowError e) {
                // nested too deeply to copy: parsed again next time (its evaluation says what is wrong)
            }
        }
        return query;
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
        send(action, result, qPrologue, false);
    }

    /** Sends the results; {@code lookup}: an entity lookup's graph, in Turtle or N-Triples through {@link LookupWriters}. */
    private void send(HttpAction action, QueryExecResult result, Prologue qPrologue, boolean lookup) {
        RuntimeException failure = null;
        try {
            if (!(lookup && result.isGraph() && LookupWriters.write(action, result.graph())))
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

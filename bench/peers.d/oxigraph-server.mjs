// A minimal SPARQL 1.1 protocol endpoint over Oxigraph's in-memory store, for bench/peers only.
// Loads a (gzipped) TriG dump, then answers GET/POST /sparql on 127.0.0.1 until killed.
//   node oxigraph-server.mjs DUMP.trig[.gz] PORT [set|bag]
// Default-graph modes:
//   set  the named graphs' triples are also copied into the default graph, so the default
//        graph is their set union (a triple held by two documents counts once), as TDB2's
//        unionDefaultGraph gives dgkg;
//   bag  use_default_graph_as_union: a triple held by two documents is seen twice.
// Prints "ready <quads> <load ms>" on stdout once it serves.
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';

const [dump, portArg, mode = 'set', modules] = process.argv.slice(2);
if (!dump || !portArg || !['set', 'bag'].includes(mode)) {
  console.error('usage: node oxigraph-server.mjs DUMP.trig[.gz] PORT [set|bag] [NODE_MODULES_DIR]');
  process.exit(2);
}
// Oxigraph is installed by bench/peers into bench/.peers/node (not a dependency of dgkg).
const require = createRequire(join(modules ?? join(dirname(new URL(import.meta.url).pathname), '..', '.peers', 'node', 'node_modules'), 'x.js'));
const oxigraph = require('oxigraph');

const t0 = Date.now();
let bytes = readFileSync(dump);
if (dump.endsWith('.gz')) bytes = gunzipSync(bytes);
const store = new oxigraph.Store();
store.load(bytes, { format: 'application/trig', no_transaction: true });
bytes = null;
if (mode === 'set') store.update('INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }');
const loadMs = Date.now() - t0;

const TYPES = {
  select: 'application/sparql-results+json',
  graph: 'application/n-triples',
};

function answer(query) {
  // A SELECT/ASK yields results JSON; CONSTRUCT/DESCRIBE yields N-Triples.
  const isGraph = /^\s*(?:(?:PREFIX|BASE)[^\n]*\n\s*|#[^\n]*\n\s*)*(CONSTRUCT|DESCRIBE)\b/i.test(query);
  const type = isGraph ? TYPES.graph : TYPES.select;
  const body = store.query(query, { results_format: type, use_default_graph_as_union: mode === 'bag' });
  return { type, body };
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname !== '/sparql') { res.writeHead(404).end(); return; }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    // Node answers one query at a time: a request whose client gave up (timed out) while an
    // earlier query ran is dropped instead of run, so one slow query does not time out the rest.
    if (req.socket.destroyed) return;
    let query = url.searchParams.get('query');
    if (req.method === 'POST') {
      const text = Buffer.concat(chunks).toString('utf8');
      query = (req.headers['content-type'] ?? '').startsWith('application/sparql-query')
        ? text : new URLSearchParams(text).get('query');
    }
    if (!query) { res.writeHead(400, { 'content-type': 'text/plain' }).end('no query'); return; }
    try {
      const { type, body } = answer(query);
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch (e) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end(String(e));
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(portArg), '127.0.0.1', () => console.log(`ready ${store.size} ${loadMs}`));

// Query dgkg with Comunica: (a) the SPARQL endpoint, (b) one linked-data document (no link traversal).
// Usage: node comunica_example.mjs [ENDPOINT] [BASE]
//   (defaults http://localhost:3030/dgkg/sparql and http://localhost:3030; npm install @comunica/query-sparql)
import { QueryEngine } from '@comunica/query-sparql';

const endpoint = process.argv[2] ?? 'http://localhost:3030/dgkg/sparql';
const base = process.argv[3] ?? 'http://localhost:3030';
const engine = new QueryEngine();
const prefixes = `PREFIX dgkg: <https://w3id.org/dgkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
`;

// (a) a SELECT sent to the SPARQL endpoint
const declarations = await engine.queryBindings(prefixes + `
SELECT ?declaration ?label WHERE {
  ?declaration a dgkg:Declaration ; skos:prefLabel ?label FILTER(lang(?label) = "zh")
} ORDER BY ?label LIMIT 5`, { sources: [{ type: 'sparql', value: endpoint }] });
for (const b of await declarations.toArray())
  console.log('sparql', b.get('declaration').value, b.get('label').value);

// (b) the same engine over one document: /id/actor/eu fetched as Turtle
const names = await engine.queryBindings(prefixes + `
SELECT ?label WHERE { <https://w3id.org/dgkg/id/actor/eu> skos:prefLabel ?label }`,
  { sources: [{ type: 'file', value: `${base}/id/actor/eu?format=ttl` }] });
for (const b of await names.toArray())
  console.log('document', b.get('label').value, b.get('label').language);

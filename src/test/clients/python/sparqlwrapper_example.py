"""How many actors of each class does dgkg know? SPARQLWrapper against the SPARQL endpoint.

Usage: python3 sparqlwrapper_example.py [ENDPOINT]   (default http://localhost:3030/dgkg/sparql)
"""
import sys

from SPARQLWrapper import JSON, SPARQLWrapper

endpoint = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:3030/dgkg/sparql"
sparql = SPARQLWrapper(endpoint)
sparql.setQuery("""
PREFIX dgkg: <https://w3id.org/dgkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?class ?className (COUNT(DISTINCT ?actor) AS ?actors) WHERE {
  ?c rdfs:subClassOf* dgkg:Actor .
  ?actor a ?c .
  OPTIONAL { ?c rdfs:label ?className FILTER(lang(?className) = "zh") }
  BIND(STRAFTER(STR(?c), "#") AS ?class)
}
GROUP BY ?class ?className
ORDER BY DESC(?actors) ?class
""")
sparql.setReturnFormat(JSON)
for row in sparql.query().convert()["results"]["bindings"]:
    name = row["className"]["value"] if "className" in row else ""
    print(row["class"]["value"], name, row["actors"]["value"], sep="\t")

"""Dereference a dgkg IRI with rdflib, as Turtle and as JSON-LD, and print its Chinese name.

Usage: python3 rdflib_example.py [BASE]   (default http://localhost:3030)
"""
import sys

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

base = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:3030"
eu = URIRef("https://w3id.org/dgkg/id/actor/eu")
# rdflib sends the Accept header that matches `format` (or add ?format=ttl|jsonld to the URL).
for fmt in ("turtle", "json-ld"):
    g = Graph().parse(base + "/id/actor/eu", format=fmt)
    for label in g.objects(eu, SKOS.prefLabel):
        if label.language == "zh":
            print(fmt, len(g), label, sep="\t")

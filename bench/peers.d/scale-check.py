#!/usr/bin/env python3
"""Issue 11's ×50 claims against running dgkg servers (standard library only; bench/scale-check).

  scale-check.py queries --url SPARQL_URL --dir BOUND_QUERIES [--runs 2] --out FILE.json
      every query of the directory, --runs times in a row, one client: HTTP status, wall ms,
      result rows (or lines), whether it hit the server's timeout, SHA-1 of the answer
  scale-check.py labels --small SPARQL_URL --large SPARQL_URL --template BOUND_SEARCH_LABELS.rq --out FILE.json
      every Chinese name of an entity of the small graph searched with the label search on both
      servers: which entities each returns, and whether the large graph's answer, restricted to
      entities the small graph has, is the small graph's answer
  scale-check.py report queries|labels FILE.json   (Markdown)

The template is search-labels bound with the placeholder text @TEXT@ (./dgkg query search-labels
-p text=@TEXT@ --show); each name is put there as a string literal, its Lucene query syntax
escaped, as someone typing the name would need. Requests go to the given URLs only.
"""
import argparse
import hashlib
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import Endpoint, load_queries  # noqa: E402

LUCENE_SPECIAL = '+-&|!(){}[]^"~*?:\\/'
TEXT = "@TEXT@"


def rows_of(status, data, graph):
    if status != 200:
        return None
    if graph:
        return sum(1 for line in data.decode("utf-8", "replace").splitlines() if line.strip())
    return len(json.loads(data)["results"]["bindings"])


def cmd_queries(a):
    ep = Endpoint("dgkg", a.url, a.request_timeout)
    out = {}
    for name, (text, graph) in load_queries(a.dir).items():
        runs = []
        for _ in range(a.runs):
            status, data, secs = ep.sparql(text, graph)
            runs.append({"status": status, "ms": round(secs * 1000, 1), "rows": rows_of(status, data, graph),
                         "sha1": hashlib.sha1(data).hexdigest()[:12],
                         "error": None if status == 200 else data[:200].decode("utf-8", "replace")})
        out[name] = runs
        print(f"{name}: " + ", ".join(f"{r['status']} {r['ms']} ms {r['rows']} rows" for r in runs), file=sys.stderr)
    json.dump({"url": a.url, "runs": a.runs, "queries": out}, open(a.out, "w"), indent=1, ensure_ascii=False)


def escape(name):
    quoted = "".join("\\" + c if c in LUCENE_SPECIAL else c for c in name)
    return quoted.replace("\\", "\\\\").replace('"', '\\"')


def entities(status, data):
    if status != 200:
        return None
    return sorted({b["entity"]["value"] for b in json.loads(data)["results"]["bindings"] if "entity" in b})


def cmd_labels(a):
    small, large = Endpoint("small", a.small, a.request_timeout), Endpoint("large", a.large, a.request_timeout)
    template = open(a.template, encoding="utf-8").read()
    if f'"{TEXT}"' not in template:
        sys.exit(f"error: {a.template} does not contain \"{TEXT}\"; bind it with ./dgkg query search-labels -p text={TEXT} --show")
    names_q = """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?e ?name WHERE { ?e skos:prefLabel ?name FILTER(lang(?name) = "zh") } ORDER BY ?name ?e"""
    status, data, _ = small.sparql(names_q)
    if status != 200:
        sys.exit(f"error: the small server did not list its names (HTTP {status})")
    pairs = [(b["e"]["value"], b["name"]["value"]) for b in json.loads(data)["results"]["bindings"]]
    small_entities = {e for e, _ in pairs}
    names = sorted({n for _, n in pairs})
    cached = {}
    if a.small_answers:  # an earlier run's file: the small graph's answers are taken from it
        cached = {r["name"]: r for r in json.load(open(a.small_answers))["results"]}
    exists = {}

    def in_small(iri):  # whether the small graph has the IRI at all (as a subject)
        if iri not in exists:
            st, body, _ = small.sparql("ASK { <%s> ?p ?o }" % iri)
            exists[iri] = st == 200 and json.loads(body)["boolean"]
        return exists[iri]

    results, times = [], {"small": [], "large": []}
    for n in names:
        q = template.replace(f'"{TEXT}"', f'"{escape(n)}"')
        if n in cached:
            s_status, se = cached[n]["small_status"], cached[n]["small"]
        else:
            s_status, s_data, s_secs = small.sparql(q)
            times["small"].append(s_secs * 1000)
            se = entities(s_status, s_data)
        l_status, l_data, l_secs = large.sparql(q)
        times["large"].append(l_secs * 1000)
        le = entities(l_status, l_data)
        named = sorted(e for e, m in pairs if m == n)
        row = {"name": n, "named": named, "small_status": s_status, "large_status": l_status, "small": se,
               "large_known": None if le is None else [e for e in le if e in (se or []) or in_small(e)],
               "large_new": None if le is None else len([e for e in le if not (e in (se or []) or in_small(e))])}
        row["same"] = se is not None and le is not None and se == row["large_known"]
        row["found_small"] = se is not None and all(e in se for e in named)
        row["found_large"] = le is not None and all(e in le for e in named)
        results.append(row)
    json.dump({"small": a.small, "large": a.large, "names": len(names), "entities": len(small_entities),
               "times_ms": times, "results": results}, open(a.out, "w"), indent=1, ensure_ascii=False)
    report_labels(json.load(open(a.out)))


def report_queries(d):
    print("| query | HTTP | wall ms (runs) | rows | same answer every run |")
    print("|---|---|---|---|---|")
    for name, runs in d["queries"].items():
        statuses = sorted({r["status"] for r in runs})
        print(f"| `{name}` | {'/'.join(map(str, statuses))} | {' / '.join(str(r['ms']) for r in runs)} | "
              f"{runs[-1]['rows'] if runs[-1]['rows'] is not None else '—'} | {'yes' if len({r['sha1'] for r in runs}) == 1 else 'no'} |")
    failed = [n for n, runs in d["queries"].items() if any(r["status"] != 200 for r in runs)]
    print(f"\nQueries that failed or timed out: {len(failed)} of {len(d['queries'])}" + (": " + ", ".join(failed) if failed else "") + ".")


def report_labels(d):
    res = d["results"]
    bad = [r for r in res if r["small_status"] != 200 or r["large_status"] != 200]
    differ = [r for r in res if not r["same"]]
    lost = [r for r in res if r["found_small"] and not r["found_large"]]
    t = d["times_ms"]
    med = lambda xs: sorted(xs)[len(xs) // 2] if xs else 0
    print(f"{d['names']} names of {d['entities']} entities searched: {len(bad)} failed; "
          f"answers whose entities of the small graph differ: {len(differ)}; "
          f"names whose entity the small graph finds and the large does not: {len(lost)}; "
          f"median ms small {med(t['small']):.1f}, large {med(t['large']):.1f}.")
    for r in differ[:20]:
        print(f"  {r['name']}: small {len(r['small'] or [])}, large (known) {len(r['large_known'] or [])}, large new {r['large_new']}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    q = sub.add_parser("queries")
    q.add_argument("--url", required=True)
    q.add_argument("--dir", required=True)
    q.add_argument("--runs", type=int, default=2)
    q.add_argument("--out", required=True)
    q.add_argument("--request-timeout", type=float, default=60.0)
    lb = sub.add_parser("labels")
    lb.add_argument("--small", required=True)
    lb.add_argument("--large", required=True)
    lb.add_argument("--template", required=True)
    lb.add_argument("--out", required=True)
    lb.add_argument("--small-answers", help="a labels file of an earlier run: the small graph's answers are read from it")
    lb.add_argument("--request-timeout", type=float, default=60.0)
    rp = sub.add_parser("report")
    rp.add_argument("what", choices=("queries", "labels"))
    rp.add_argument("file")
    a = p.parse_args()
    if a.cmd == "queries":
        cmd_queries(a)
    elif a.cmd == "labels":
        cmd_labels(a)
    else:
        (report_queries if a.what == "queries" else report_labels)(json.load(open(a.file)))


if __name__ == "__main__":
    main()

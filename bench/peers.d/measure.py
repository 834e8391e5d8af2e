#!/usr/bin/env python3
"""Query timing and answer comparison for bench/peers (standard library only).

  measure.py queries  --system NAME=URL … --dir BOUND_QUERIES --clients 1,8 --rounds R --budget S --out FILE.json
  measure.py rows     --system NAME=URL … --dir BOUND_QUERIES [--bag URL] --out FILE.json
  measure.py lookups  --system NAME=URL … --iris FILE --clients 8 --kind describe|page --out FILE.json
  measure.py report   queries|rows|lookups FILE.json [--reference dgkg]   (prints Markdown)

Every loop is bounded: by --rounds and by --budget seconds (a round in progress finishes, at
least one round runs), and every request by --request-timeout seconds. Requests go to the given
URLs only (bench/peers passes loopback addresses). Timing is interleaved: for each round and
query, the systems take turns (in an order rotated every round), and with C clients, C
requests of that query are sent to one system at once.
"""
import argparse
import http.client
import json
import math
import os
import statistics
import sys
import threading
import time
import urllib.parse
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

SELECT_JSON = "application/sparql-results+json"
GRAPH_TYPES = "application/n-triples, text/plain;q=0.9"


class Endpoint:
    """One keep-alive connection per thread and system: connection set-up stays out of the timings."""

    def __init__(self, name, url, timeout):
        self.name, self.url, self.timeout = name, urllib.parse.urlsplit(url), timeout
        self.local = threading.local()

    def _conn(self):
        c = getattr(self.local, "conn", None)
        if c is None:
            c = http.client.HTTPConnection(self.url.hostname, self.url.port, timeout=self.timeout)
            self.local.conn = c
        return c

    def request(self, method, path, body=None, headers=None):
        """Returns (status, body bytes, seconds); a network error or timeout gives status 0."""
        t0 = time.perf_counter()
        for attempt in range(2):  # a keep-alive connection the server closed is reopened once
            try:
                c = self._conn()
                c.request(method, path, body=body, headers=headers or {})
                r = c.getresponse()
                data = r.read()
                return r.status, data, time.perf_counter() - t0
            except (http.client.HTTPException, ConnectionError, OSError) as e:
                # closed at once, so that a server still working on an abandoned request can see it
                c = getattr(self.local, "conn", None)
                if c is not None:
                    c.close()
                self.local.conn = None
                if attempt == 1 or isinstance(e, TimeoutError):
                    return 0, str(e).encode(), time.perf_counter() - t0
        return 0, b"", time.perf_counter() - t0

    def sparql(self, query, graph=False):
        body = urllib.parse.urlencode({"query": query}).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded",
                   "Accept": GRAPH_TYPES if graph else SELECT_JSON}
        return self.request("POST", self.url.path or "/", body, headers)

    def get(self, path, accept="text/html"):
        return self.request("GET", path, headers={"Accept": accept})


def parse_systems(specs, timeout):
    systems = []
    for s in specs:
        name, _, url = s.partition("=")
        systems.append(Endpoint(name, url, timeout))
    return systems


def load_queries(directory):
    """{name: (text, is_graph_query)} from NAME.rq files, already bound."""
    out = {}
    for f in sorted(os.listdir(directory)):
        if f.endswith(".rq"):
            text = open(os.path.join(directory, f), encoding="utf-8").read()
            body = "\n".join(l for l in text.splitlines() if not l.lstrip().upper().startswith(("PREFIX", "BASE", "#")))
            out[f[:-3]] = (text, body.lstrip().upper().startswith(("CONSTRUCT", "DESCRIBE")))
    return out


def p50(xs):
    return statistics.median(xs) if xs else None


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


# ---------------------------------------------------------------- timing

def cmd_queries(a):
    systems = parse_systems(a.system, a.request_timeout)
    queries = load_queries(a.dir)
    clients = [int(c) for c in a.clients.split(",")]
    result = {"clients": clients, "systems": [s.name for s in systems], "queries": {}, "rounds": {}}
    pool = ThreadPoolExecutor(max(clients))
    failed = {}  # (system, query) -> first error: not timed again
    for c in clients:
        deadline = time.monotonic() + a.budget
        lat = {(s.name, q): [] for s in systems for q in queries}
        rounds = 0
        for r in range(a.rounds + 1):  # round 0 warms up and is not counted
            if r > 1 and time.monotonic() > deadline:
                break
            for qi, (q, (text, graph)) in enumerate(queries.items()):
                order = systems[(r + qi) % len(systems):] + systems[:(r + qi) % len(systems)]
                for s in order:
                    if (s.name, q) in failed:
                        continue
                    got = list(pool.map(lambda _: s.sparql(text, graph), range(c)))
                    bad = [g for g in got if g[0] != 200]
                    if bad:
                        timeout = bad[0][0] == 0
                        failed[(s.name, q)] = ("timeout" if timeout else f"HTTP {bad[0][0]}") + ": " + bad[0][1][:160].decode("utf-8", "replace")
                        continue
                    if r > 0:
                        lat[(s.name, q)].extend(g[2] for g in got)
            rounds = r
        result["rounds"][str(c)] = rounds
        for q in queries:
            row = result["queries"].setdefault(q, {})
            for s in systems:
                xs = lat[(s.name, q)]
                row.setdefault(s.name, {})[str(c)] = {"p50_ms": round(p50(xs) * 1000, 3) if xs else None, "n": len(xs),
                                                      "error": failed.get((s.name, q))}
    pool.shutdown()
    json.dump(result, open(a.out, "w"), indent=1)


# ---------------------------------------------------------------- answers

NUMERIC = {"integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger"}


def norm_term(t):
    if t is None:
        return None
    kind = t.get("type")
    v = t.get("value")
    if kind == "bnode":
        return ("b",)
    if kind == "uri":
        return ("u", v)
    dt = t.get("datatype", "")
    local = dt.rsplit("#", 1)[-1]
    if local in NUMERIC:
        try:
            return ("n", round(float(v), 6))
        except ValueError:
            pass
    if local == "string":
        dt = ""
    if " | " in v:  # a GROUP_CONCAT: SPARQL leaves the order of its parts open
        v = " | ".join(sorted(v.split(" | ")))
    return ("l", v, (t.get("xml:lang") or "").lower(), dt)


def untagged(rows):
    """The rows with language tags dropped: GROUP_CONCAT of same-language names keeps the tag on some systems."""
    def strip(row):
        if not isinstance(row, tuple):  # a line of N-Triples
            return row
        return tuple(t[:2] + ("",) + t[3:] if t and t[0] == "l" else t for t in row)
    return Counter(strip(row) for row in rows.elements()) if rows else rows


def answer(s, text, graph):
    status, body, _ = s.sparql(text, graph)
    if status != 200:
        return None, ("timeout" if status == 0 else f"HTTP {status}") + ": " + body[:160].decode("utf-8", "replace").replace("\n", " ")
    if graph:
        lines = [l.strip() for l in body.decode("utf-8").splitlines() if l.strip() and not l.startswith("#")]
        return Counter(l for l in lines if "_:" not in l), None
    data = json.loads(body)
    if "boolean" in data:
        return Counter([data["boolean"]]), None
    vars_ = data["head"]["vars"]
    return Counter(tuple(norm_term(b.get(v)) for v in vars_) for b in data["results"]["bindings"]), None


def cmd_rows(a):
    systems = parse_systems(a.system, a.request_timeout)
    queries = load_queries(a.dir)
    bag = Endpoint("oxigraph-bag", a.bag, a.request_timeout) if a.bag else None
    out = {"systems": [s.name for s in systems], "queries": {}}
    for q, (text, graph) in queries.items():
        ref, err = answer(systems[0], text, graph)
        row = {"rows": {systems[0].name: sum(ref.values()) if ref is not None else None}, "same": {}, "errors": {}}
        if err:
            row["errors"][systems[0].name] = err
        for s in systems[1:]:
            got, err = answer(s, text, graph)
            if err:
                row["errors"][s.name] = err
                continue
            row["rows"][s.name] = sum(got.values())
            if ref is None:
                continue
            row["same"][s.name] = ("same" if got == ref else
                                   "same set, duplicates differ" if set(got) == set(ref) else
                                   "same values, language tags of aggregates differ" if untagged(got) == untagged(ref) else
                                   f"differs ({len(set(got) - set(ref))} extra, {len(set(ref) - set(got))} missing distinct rows)")
        if bag is not None and ref is not None:
            got, err = answer(bag, text, graph)
            row["union_dependent"] = None if err else untagged(got) != untagged(ref)
        out["queries"][q] = row
    json.dump(out, open(a.out, "w"), indent=1)


# ---------------------------------------------------------------- lookups

def cmd_lookups(a):
    systems = parse_systems(a.system, a.request_timeout)
    iris = [l.strip() for l in open(a.iris, encoding="utf-8") if l.strip()][: a.limit]
    out = {"kind": a.kind, "clients": a.clients, "iris": len(iris), "warmup": min(a.warmup, len(iris)), "systems": {}}
    for s in systems:
        def one(iri, s=s):
            if a.kind == "describe":
                return s.sparql(f"DESCRIBE <{iri}>", graph=True)
            # https://w3id.org/dgkg/id/… is served at /id/… (the w3id redirect's target)
            path = urllib.parse.quote(urllib.parse.urlsplit(iri).path.removeprefix("/dgkg"), safe="/%:@!$&'()*+,;=-._~")
            return s.get(s.url.path.rstrip("/") + path, "text/html")
        with ThreadPoolExecutor(a.clients) as pool:
            # warm-up, not timed: the first IRIs once (a JIT-compiled server reaches its steady state)
            list(pool.map(one, iris[: a.warmup]))
            t0 = time.perf_counter()
            got = list(pool.map(one, iris))
            wall = time.perf_counter() - t0
        ok = [g for g in got if g[0] == 200]
        out["systems"][s.name] = {"requests": len(got), "ok": len(ok), "per_s": round(len(got) / wall, 1),
                                  "p50_ms": round(p50([g[2] for g in ok]) * 1000, 2) if ok else None}
    json.dump(out, open(a.out, "w"), indent=1)


# ---------------------------------------------------------------- Markdown

def fmt(x, digits=1):
    return "—" if x is None else f"{x:.{digits}f}"


def report_queries(d, ref):
    peers = [s for s in d["systems"] if s != ref]
    lines = []
    for c in d["clients"]:
        c = str(c)
        head = f"| query | {ref} p50 ms | " + " | ".join(f"{p} p50 ms | ratio {ref}/{p}" for p in peers) + " | ratio vs faster peer |"
        lines += [f"\n{c} client{'s' if c != '1' else ''} ({d['rounds'][c]} rounds after one warm-up, {c} request{'s' if c != '1' else ''} of the query at once):\n",
                  head, "|" + "---|" * (head.count("|") - 1)]
        ratios = {p: [] for p in peers}
        best = []
        for q, row in d["queries"].items():
            mine = row[ref][c]
            cells = [f"`{q}`", fmt(mine["p50_ms"]) if not mine["error"] else mine["error"].split(":")[0]]
            peer_times = []
            for p in peers:
                theirs = row[p][c]
                if theirs["error"] or not mine["p50_ms"]:
                    cells += [theirs["error"].split(":")[0] if theirs["error"] else fmt(theirs["p50_ms"]), "—"]
                    continue
                r = mine["p50_ms"] / theirs["p50_ms"]
                ratios[p].append(r)
                peer_times.append(theirs["p50_ms"])
                cells += [fmt(theirs["p50_ms"]), f"{r:.2f}"]
            if peer_times and mine["p50_ms"]:
                b = mine["p50_ms"] / min(peer_times)
                best.append(b)
                cells.append(f"**{b:.2f}**" if b > 1.0 else f"{b:.2f}")
            else:
                cells.append("—")
            lines.append("| " + " | ".join(cells) + " |")
        gm = ["geometric mean", ""] + [c for p in peers for c in ("", fmt(geomean(ratios[p]), 2))] + [fmt(geomean(best), 2)]
        lines.append("| " + " | ".join(gm) + " |")
        lines.append(f"\nQueries slower than the faster peer ({c} client{'s' if c != '1' else ''}): {sum(1 for b in best if b > 1.0)} of {len(best)}.")
    return "\n".join(lines)


def report_rows(d):
    peers = d["systems"][1:]
    ref = d["systems"][0]
    head = f"| query | {ref} rows | " + " | ".join(f"{p}" for p in peers) + " | depends on union default graph counting a triple once |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for q, row in d["queries"].items():
        cells = [f"`{q}`", str(row["rows"].get(ref)) if ref not in row["errors"] else row["errors"][ref][:60]]
        for p in peers:
            if p in row["errors"]:
                cells.append("error: " + row["errors"][p][:80].replace("|", "/"))
            else:
                s = row["same"].get(p, "—")
                cells.append(s if s == "same" else f"{row['rows'].get(p)} rows: {s}")
        u = row.get("union_dependent")
        cells.append("—" if u is None else ("**yes**" if u else "no"))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def report_lookups(d):
    lines = [f"| system | requests ({d['clients']} clients, each IRI once) | per second | p50 ms |", "|---|---|---|---|"]
    for name, s in d["systems"].items():
        lines.append(f"| {name} | {s['requests']} ({s['ok']} OK) | {s['per_s']} | {fmt(s['p50_ms'], 2)} |")
    return "\n".join(lines)


def cmd_report(a):
    d = json.load(open(a.file, encoding="utf-8"))
    print({"queries": lambda: report_queries(d, a.reference), "rows": lambda: report_rows(d),
           "lookups": lambda: report_lookups(d)}[a.what]())


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ("queries", "rows", "lookups"):
        s = sub.add_parser(name)
        s.add_argument("--system", action="append", required=True, help="NAME=URL; the first is the reference")
        s.add_argument("--out", required=True)
        s.add_argument("--request-timeout", type=float, default=30.0)
    q = sub.choices["queries"]
    q.add_argument("--dir", required=True)
    q.add_argument("--clients", default="1,8")
    q.add_argument("--rounds", type=int, default=10)
    q.add_argument("--budget", type=float, default=300.0, help="seconds per client count")
    r = sub.choices["rows"]
    r.add_argument("--dir", required=True)
    r.add_argument("--bag", help="an Oxigraph endpoint whose default graph is the bag union of the named graphs")
    lk = sub.choices["lookups"]
    lk.add_argument("--iris", required=True)
    lk.add_argument("--kind", choices=("describe", "page"), default="describe")
    lk.add_argument("--clients", type=int, default=8)
    lk.add_argument("--limit", type=int, default=2000)
    lk.add_argument("--warmup", type=int, default=200, help="IRIs requested once, untimed, before the timed pass")
    rp = sub.add_parser("report")
    rp.add_argument("what", choices=("queries", "rows", "lookups"))
    rp.add_argument("file")
    rp.add_argument("--reference", default="dgkg")
    a = p.parse_args()
    {"queries": cmd_queries, "rows": cmd_rows, "lookups": cmd_lookups, "report": cmd_report}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""serve-ab.py ROUNDS N CLIENTS GAP_MS ACCEPT QUERY NAME=PORT:PID ...   (loopback servers only)
Interleaved A/B of SPARQL servers on this machine (docs/benchmarks.md, "per-request cost"): a name
starting with "ox" is an Oxigraph server (bench/peers.d/oxigraph-server.mjs, path /sparql), any other
a dgkg server (/dgkg/sparql). IRIs for {iri}: the file named by $IRIS (one per line).
Interleaved A/B: per round, each server (rotated order) gets N requests per client of QUERY
(QUERY may hold {iri}: each request takes the next IRI of iris.txt). Prints per server the
median over rounds of p50 ms, server CPU ms/request, voluntary context switches/request."""
import http.client, sys, time, urllib.parse, statistics, threading, os, itertools
rounds, n, clients, gap = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]) / 1000
accept, query = sys.argv[5], sys.argv[6]
servers = []
for s in sys.argv[7:]:
    name, rest = s.split("="); port, pid = rest.split(":")
    path = "/sparql" if name.startswith("ox") else "/dgkg/sparql"
    servers.append((name, int(port), int(pid), path))
iris = [l.strip() for l in open(os.environ["IRIS"])] if "{iri}" in query else None
tick = os.sysconf("SC_CLK_TCK")
def cpu(pid):
    """CPU seconds of the process's threads, the JIT compiler threads left out (they still compile while load is high)."""
    t = 0
    for d in os.listdir(f"/proc/{pid}/task"):
        try:
            if "Compiler" in open(f"/proc/{pid}/task/{d}/comm").read(): continue
            f = open(f"/proc/{pid}/task/{d}/stat").read().rsplit(")", 1)[1].split()
            t += int(f[11]) + int(f[12])
        except OSError: pass
    return t / tick
def csw(pid):
    t = 0
    for d in os.listdir(f"/proc/{pid}/task"):
        try:
            for l in open(f"/proc/{pid}/task/{d}/status"):
                if l.startswith("voluntary_ctxt_switches"): t += int(l.split()[1])
        except OSError: pass
    return t
counter = itertools.count()
def one(port, path, k, lat):
    c = http.client.HTTPConnection("127.0.0.1", port)
    hdr = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
    for i in range(k):
        k_ = next(counter); q = (query.replace("{iri}", iris[k_ % len(iris)]) if iris else query).replace("{n}", str(k_))
        body = urllib.parse.urlencode({"query": q}).encode()
        t0 = time.perf_counter(); c.request("POST", path, body, hdr); r = c.getresponse(); d = r.read()
        lat.append(time.perf_counter() - t0)
        if r.status != 200: print("status", r.status, d[:200], file=sys.stderr)
        if gap: time.sleep(gap)
    c.close()
res = {s[0]: [] for s in servers}
for s in servers: one(s[1], s[3], 30, [])  # warm the connection path
for r in range(rounds):
    order = servers[r % len(servers):] + servers[:r % len(servers)]
    for name, port, pid, path in order:
        lat = []
        c0, s0, t0 = cpu(pid), csw(pid), time.perf_counter()
        ts = [threading.Thread(target=one, args=(port, path, n, lat)) for _ in range(clients)]
        [t.start() for t in ts]; [t.join() for t in ts]
        wall = time.perf_counter() - t0
        res[name].append((statistics.median(lat) * 1000, (cpu(pid) - c0) * 1000 / len(lat), (csw(pid) - s0) / len(lat), len(lat) / wall))
la = open("/proc/loadavg").read().split()[:3]
print(f"rounds={rounds} n={n} clients={clients} gap={gap*1000}ms load={' '.join(la)} query={query[:60]!r}")
for name, rows in res.items():
    med = lambda i: statistics.median(x[i] for x in rows)
    print(f"  {name:10s} p50 {med(0):7.3f} ms  cpu {med(1):6.3f} ms/req  vcsw {med(2):5.2f}/req  rate {med(3):7.0f}/s   p50 per round: {' '.join(f'{x[0]:.2f}' for x in rows)}")

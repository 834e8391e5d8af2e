#!/usr/bin/env python3
"""serve-ab.py ROUNDS N CLIENTS GAP_MS ACCEPT QUERY NAME=PORT:PID ...   (loopback servers only)
Interleaved A/B of SPARQL servers on this machine (docs/benchmarks.md, "per-request cost"): a name
starting with "ox" is an Oxigraph server (bench/peers.d/oxigraph-server.mjs, path /sparql), any other
a dgkg server (/dgkg/sparql). IRIs for {iri}: the file named by $IRIS (one per line).
Interleaved A/B: per round, each server (rotated order) gets N requests per client of QUERY
(QUERY may hold {iri}: each request takes the next IRI of iris.txt). Prints per server the
median over rounds of p50 ms, server CPU ms/request, voluntary context switches/request.
Server CPU is the whole process's (utime + stime of /proc/PID/stat: the live threads and every thread
that has exited), JIT compiler threads included; "jit" is the part of it the compiler threads alive
at both ends of a round used (a lower bound: a compiler thread that exits takes its share along).
Before 2026-12-03 this script summed /proc/PID/task/*/stat over the threads alive when it read them,
without the compiler threads: the CPU of every thread that exited during a round was lost, so those
figures could be low (docs/benchmarks.md, 2026-12-03)."""
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
    """CPU seconds of the whole process so far: utime + stime of /proc/PID/stat, which count the
    threads that have exited as well as the live ones."""
    f = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(f[11]) + int(f[12])) / tick
def jit(pid):
    """CPU seconds of the live JIT compiler threads, by thread id."""
    t = {}
    for d in os.listdir(f"/proc/{pid}/task"):
        try:
            if "Compiler" not in open(f"/proc/{pid}/task/{d}/comm").read(): continue
            f = open(f"/proc/{pid}/task/{d}/stat").read().rsplit(")", 1)[1].split()
            t[d] = (int(f[11]) + int(f[12])) / tick
        except OSError: pass
    return t
def jit_delta(a, b):
    return sum(b[k] - a[k] for k in b if k in a)
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
        c0, j0, s0, t0 = cpu(pid), jit(pid), csw(pid), time.perf_counter()
        ts = [threading.Thread(target=one, args=(port, path, n, lat)) for _ in range(clients)]
        [t.start() for t in ts]; [t.join() for t in ts]
        wall = time.perf_counter() - t0
        res[name].append((statistics.median(lat) * 1000, (cpu(pid) - c0) * 1000 / len(lat), (csw(pid) - s0) / len(lat), len(lat) / wall,
                          jit_delta(j0, jit(pid)) * 1000 / len(lat)))
la = open("/proc/loadavg").read().split()[:3]
print(f"rounds={rounds} n={n} clients={clients} gap={gap*1000}ms load={' '.join(la)} query={query[:60]!r}")
for name, rows in res.items():
    med = lambda i: statistics.median(x[i] for x in rows)
    print(f"  {name:10s} p50 {med(0):7.3f} ms  cpu {med(1):6.3f} ms/req (jit {med(4):5.3f})  vcsw {med(2):5.2f}/req  rate {med(3):7.0f}/s   cpu per round: {' '.join(f'{x[1]:.3f}' for x in rows)}")

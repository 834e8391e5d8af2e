#!/usr/bin/env python3
"""Reliability harness for dgkg: a soak with rebuilds, pathological queries, bad HTTP input and
kill -9 of builds. Loopback only; every phase is bounded in time and count. Results: a JSON file
and a Markdown summary (docs/reliability.md quotes them).

Usage (from the repository root, after `mvn -B -q -DskipTests package`):
  bench/reliability/run.py [--phases soak,pathological,kill] [--duration SECONDS] [--clients N]
                           [--rebuilds N] [--kills N] [--work DIR] [--news DIR] [--port N]
                           [--serve-args '...'] [--server-java-opts '...']

  The record run (about 25 minutes on a quiet 2-core machine; copy the jar so that a rebuild of
  target/ during the run does not change it):
    cp target/dgkg.jar /tmp/dgkg-bench.jar
    DGKG_JAR=/tmp/dgkg-bench.jar bench/reliability/run.py --duration 600 --work /tmp/dgkg-rel
  A short check (2 minutes, one rebuild, soak only):
    DGKG_JAR=/tmp/dgkg-bench.jar bench/reliability/run.py --phases soak --duration 120 --rebuilds 1 --work /tmp/dgkg-rel-short

  Output: the whole report as JSON on stdout and in WORK/report.json; progress on stderr. Keys:
    load_average_at_start   the machine's 1/5/15-minute load (latencies are only comparable at like load)
    soak.requests, .errors  all requests and failed ones (any non-200, broken or invalid body,
                            connection error); must be 0 errors; error_samples and
                            errors_by_kind_and_minute say which and when
    soak.rebuilds           per rebuild: exit code, build seconds, seconds until the server served it
    soak.by_kind            n, p50_ms, p99_ms per request kind (query, entity, search, dump, home)
    soak.heap_after_gc_*    live heap after a full GC before and after the run (MB)
    soak.rss_max_mb, rss_end_mb, rss_peak_mb_vmhwm, rss_every_5s_mb
                            the server's resident memory (issue 11: at most 1.5 GB)
    soak.server_java_opts   the server's JVM options (the launcher's serve_java_opts by default)
    soak.generations_left   gen-… folders at the end (must be only the current one)
    pathological.single     per bad query: seconds to its end, what the client saw, worst ping and
                            simple-query latency of a probe meanwhile (every 250 ms)
    pathological.fifty_concurrent
                            the same for 50 heavy queries at once (ping and simple query < 1 s)
    pathological.bad_input  the answer to each bad HTTP input
    kill.kills              per killed build: stage, served data intact, CURRENT complete, leftovers
    kill.generation_folders_at_end

  soak          N clients (default 16) of mixed competency queries, entity pages, searches and
                dumps for --duration seconds (600 for the record); the corpus is rebuilt twice
                during the run, each time with one more news text; reports requests, errors,
                p50/p99 per kind and the server's heap after a full GC before and after.
  pathological  each bad query alone, then 50 heavy ones at once, while a probe sends a ping and a
                simple query every 250 ms; bad HTTP input (6,000 UNIONs, bad %-encoding, a 3,000
                character /id path, a 10 MB query, a slowloris client).
  kill          --kills builds (default 10) killed with SIGKILL at points spread over a build
                (extraction, load, switch); after each: the server still answers with the same data,
                CURRENT names a complete generation; at the end one more build succeeds and no
                orphan gen-… folder is left.
"""
import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
JAR = os.environ.get("DGKG_JAR", os.path.join(ROOT, "target", "dgkg.jar"))  # a copy keeps a rebuild of the jar out of a run
SIMPLE = "SELECT ?s WHERE { ?s a <https://w3id.org/dgkg/ontology#Declaration> } LIMIT 5"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SEARCH_TERMS = ["数据", "数字鸿沟", "人工智能", "网络安全", "联合国", "数字贸易", "隐私", "跨境", "治理", "标准"]


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)


def launcher_serve_opts():
    """The JVM options the launcher ./dgkg gives `serve` (its line serve_java_opts=(...)), so the harness measures what users run."""
    # up to the first ")": the line may end with a comment that has parentheses of its own
    m = re.search(r"^serve_java_opts=\(([^)]*)\)", open(os.path.join(ROOT, "dgkg")).read(), re.M)
    return m.group(1).split() if m else []


def java(*args, **kw):
    opts = ["-Xmx4g"] + (SERVE_OPTS if args and args[0] == "serve" else [])
    return ["java"] + opts + ["-Ddgkg.home=" + ROOT, "-jar", JAR] + list(args)


SERVE_OPTS = []  # set in main(): the launcher's, or --server-java-opts


class Server:
    extra = []  # --serve-args

    def __init__(self, db, corpus, port, logfile):
        self.port = port
        self.base = "http://127.0.0.1:%d" % port
        self.log = open(logfile, "w")
        self.proc = subprocess.Popen(java("serve", "--db", db, "--corpus", corpus, "--no-build", "--port", str(port), "--localhost", *Server.extra),
                                     stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if get(self.base + "/$/ping", timeout=2)[0] == 200:
                    return
            except Exception:
                pass
            time.sleep(0.5)
        raise SystemExit("server did not start; see " + logfile)

    def heap_after_gc(self):
        subprocess.run(["jcmd", str(self.proc.pid), "GC.run"], capture_output=True, timeout=60)
        time.sleep(1)
        text = get(self.base + "/$/metrics", timeout=30)[1].decode()
        used = 0.0
        for line in text.splitlines():
            if line.startswith("jvm_memory_used_bytes") and 'area="heap"' in line:
                used += float(line.rsplit(" ", 1)[1])
        return int(used)

    def rss_mb(self):
        """Resident set size and its peak so far (VmRSS, VmHWM), in MB."""
        out = {}
        with open("/proc/%d/status" % self.proc.pid) as f:
            for line in f:
                if line.startswith(("VmRSS:", "VmHWM:")):
                    out[line.split(":")[0]] = round(int(line.split()[1]) / 1024.0)
        return out.get("VmRSS"), out.get("VmHWM")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def get(url, timeout=60, headers=None):
    req = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def sparql(base, query, timeout=60, accept=None):
    if accept is None:
        graph = re.search(r"^\s*(CONSTRUCT|DESCRIBE)\b", re.sub(r"(?m)^\s*(#.*|PREFIX.*|BASE.*)$", "", query), re.I | re.M)
        accept = "text/turtle" if graph else "application/sparql-results+json"
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(base + "/dgkg/sparql", data=data, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            body = r.read()
            if "json" in accept:
                json.loads(body)  # a truncated or appended-to body fails here
            return r.status, body
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def build(corpus, db, stderr_file):
    with open(stderr_file, "w") as err:
        return subprocess.run(java("build", "--corpus", corpus, "--db", db), stdout=subprocess.DEVNULL, stderr=err).returncode


def add_news(corpus, news_file):
    subprocess.run([sys.executable, os.path.join(os.path.dirname(__file__), "make_corpus.py"), corpus, news_file], check=True)


def generations(db):
    return sorted(d for d in os.listdir(db) if d.startswith("gen-"))


def current(db):
    with open(os.path.join(db, "CURRENT")) as f:
        return f.read().strip()


def pct(values, p):
    if not values:
        return None
    s = sorted(values)
    return round(s[min(len(s) - 1, int(round(p / 100.0 * (len(s) - 1))))] * 1000, 1)


# ---------------------------------------------------------------- soak

def request_mix(base, work):
    """Competency queries (parameters bound by ./dgkg query --show), entity pages, searches, dump."""
    cache = os.path.join(work, "queries.json")
    if os.path.exists(cache):
        queries = json.load(open(cache))
    else:
        queries = {}
        for f in sorted(os.listdir(os.path.join(ROOT, "queries"))):
            if f.endswith(".rq"):
                r = subprocess.run(java("query", f[:-3], "--show"), capture_output=True, text=True)
                if r.returncode == 0:
                    queries[f[:-3]] = r.stdout
        json.dump(queries, open(cache, "w"), ensure_ascii=False)
    status, body = sparql(base, """SELECT DISTINCT ?e WHERE { ?e a ?c
        FILTER(STRSTARTS(STR(?e), "https://w3id.org/dgkg/id/") && !CONTAINS(STR(?e), "/annotation/") && !CONTAINS(STR(?e), "/statement/"))
      } LIMIT 400""")
    entities = [b["e"]["value"].replace("https://w3id.org/dgkg", "") for b in json.loads(body)["results"]["bindings"]]
    return queries, entities


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.samples = {}
        self.errors = []

    def add(self, kind, seconds, ok, detail):
        with self.lock:
            self.samples.setdefault(kind, []).append(seconds)
            if not ok:
                self.errors.append((time.strftime("%H:%M:%S"), kind, detail))


def soak(args, work):
    db, corpus = os.path.join(work, "soak-db"), os.path.join(work, "soak-corpus")
    shutil.rmtree(db, ignore_errors=True)
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "corpus"), corpus)
    log("soak: building the corpus")
    assert build(corpus, db, os.path.join(work, "soak-build0.log")) == 0
    server = Server(db, corpus, args.port, os.path.join(work, "soak-server.log"))
    try:
        queries, entities = request_mix(server.base, work)
        heap_before = server.heap_after_gc()
        rec = Recorder()
        deadline = time.time() + args.duration
        names = sorted(queries)

        def client(seed):
            rnd = random.Random(seed)
            while time.time() < deadline:
                r = rnd.random()
                t0 = time.time()
                try:
                    if r < 0.35:
                        kind, name = "query", rnd.choice(names)
                        status, _ = sparql(server.base, queries[name])
                    elif r < 0.70:
                        kind = "entity"
                        fmt = rnd.choice(["", "", "?format=ttl", "?format=jsonld"])
                        status, _ = get(server.base + urllib.parse.quote(rnd.choice(entities)) + fmt)
                    elif r < 0.90:
                        kind = "search"
                        status, _ = get(server.base + "/search?q=" + urllib.parse.quote(rnd.choice(SEARCH_TERMS)))
                    elif r < 0.95:
                        kind = "dump"
                        status, _ = get(server.base + "/dumps/dgkg.trig.gz")
                    else:
                        kind = "home"
                        status, _ = get(server.base + "/")
                    what = ("query " + name + ": ") if kind == "query" else ""
                    rec.add(kind, time.time() - t0, status == 200, what + "HTTP %d %s" % (status, "" if status == 200 else _.decode("utf-8", "replace")[:80]))
                except Exception as e:  # connection errors, broken or invalid bodies
                    rec.add(kind, time.time() - t0, False, repr(e)[:200])

        threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(args.clients)]
        for t in threads:
            t.start()
        rss = []  # (seconds into the run, RSS MB), every 5 s

        def sample_rss():
            t0 = time.time()
            while time.time() < deadline:
                rss.append((round(time.time() - t0), server.rss_mb()[0]))
                time.sleep(5)

        threading.Thread(target=sample_rss, daemon=True).start()
        load_start = os.getloadavg()[0]
        rebuilds = []
        news = sorted(os.path.join(args.news, f) for f in os.listdir(args.news) if f.endswith(".txt"))
        for i in range(args.rebuilds):
            at = (i + 1) * args.duration / (args.rebuilds + 1.0)  # evenly spread: 1/3 and 2/3 of the run for two
            time.sleep(max(0, at - (time.time() - (deadline - args.duration))))
            added = news[i]
            add_news(corpus, added)
            t0 = time.time()
            code = build(corpus, db, os.path.join(work, "soak-build%d.log" % (i + 1)))
            built = time.time() - t0
            doc = os.path.basename(added)[:-4]
            seen = None
            for _ in range(40):  # the server follows CURRENT; the new document's graph appears
                status, body = sparql(server.base, "ASK { GRAPH <https://w3id.org/dgkg/graph/doc/%s> { ?s ?p ?o } }" % doc)
                if status == 200 and json.loads(body)["boolean"]:
                    seen = round(time.time() - t0 - built, 2)
                    break
                time.sleep(0.25)
            rebuilds.append({"added": doc, "exit": code, "build_seconds": round(built, 1), "served_after_seconds": seen})
            log("soak: rebuild", i + 1, rebuilds[-1])
        for t in threads:
            t.join()
        time.sleep(2)
        for _ in range(30):  # the server lets go of the old generation after its last request; collected within 10 s
            if len(generations(db)) <= 1:
                break
            time.sleep(1)
        load_end = os.getloadavg()[0]
        rss_now, rss_peak = server.rss_mb()
        heap_after = server.heap_after_gc()
        total = sum(len(v) for v in rec.samples.values())
        result = {
            "duration_s": args.duration, "clients": args.clients, "requests": total, "errors": len(rec.errors),
            "error_samples": rec.errors[:20], "rebuilds": rebuilds,
            "errors_by_detail": {d: sum(1 for e in rec.errors if e[2].split("\n")[0][:60] == d) for d in sorted({e[2].split("\n")[0][:60] for e in rec.errors})},
            "errors_by_kind_and_minute": sorted({(k, t[:5], d.split("\n")[0][:40]) for t, k, d in rec.errors}) and
                {"%s %s %s" % key: sum(1 for t, k, d in rec.errors if (k, t[:5], d.split("\n")[0][:40]) == key)
                 for key in sorted({(k, t[:5], d.split("\n")[0][:40]) for t, k, d in rec.errors})},
            "by_kind": {k: {"n": len(v), "p50_ms": pct(v, 50), "p99_ms": pct(v, 99)} for k, v in sorted(rec.samples.items())},
            "p50_ms": pct([x for v in rec.samples.values() for x in v], 50),
            "p99_ms": pct([x for v in rec.samples.values() for x in v], 99),
            "heap_after_gc_before_mb": round(heap_before / 2**20, 1), "heap_after_gc_after_mb": round(heap_after / 2**20, 1),
            "generations_left": generations(db),
            "server_java_opts": " ".join(SERVE_OPTS), "rss_max_mb": max((v for _, v in rss if v), default=None),
            "rss_end_mb": rss_now, "rss_peak_mb_vmhwm": rss_peak, "rss_every_5s_mb": [v for _, v in rss],
            "load_average_1min_start_end": [round(load_start, 1), round(load_end, 1)],
        }
        return result
    finally:
        server.stop()


# ---------------------------------------------------------------- pathological

class Probe:
    """Pings and a simple query every 250 ms; remembers the slowest answer and any failure. It runs in
    a process of its own: in this one, the threads of 50 heavy clients reading large bodies would
    hold the interpreter lock and the probe would measure them, not the server."""

    def __init__(self, base):
        self.proc = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--probe", base], stdout=subprocess.PIPE, text=True)

    def finish(self):
        self.proc.terminate()
        out, _ = self.proc.communicate(timeout=60)
        rows = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        ping = [r["ping"] for r in rows if "ping" in r]
        query = [r["query"] for r in rows if "query" in r]
        failures = [r["failure"] for r in rows if "failure" in r]
        return {"probes": len(ping), "worst_ping_ms": round(max(ping, default=0) * 1000), "worst_simple_query_ms": round(max(query, default=0) * 1000),
                "p50_ping_ms": pct(ping, 50), "p50_simple_query_ms": pct(query, 50),
                "probes_over_1s": sum(1 for a, b in zip(ping, query) if max(a, b) > 1.0), "probe_failures": failures[:5]}


def probe_loop(base):
    signal.signal(signal.SIGTERM, lambda *a: sys.exit(0))
    while True:
        try:
            t0 = time.time()
            s1, _ = get(base + "/$/ping", timeout=30)
            t1 = time.time()
            s2, _ = sparql(base, SIMPLE, timeout=30)
            t2 = time.time()
            print(json.dumps({"ping": t1 - t0, "query": t2 - t1}), flush=True)
            if s1 != 200 or s2 != 200:
                print(json.dumps({"failure": [s1, s2]}), flush=True)
        except Exception as e:
            print(json.dumps({"failure": repr(e)[:100]}), flush=True)
        time.sleep(0.25)


HEAVY = {
    "cartesian product": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "regex over every literal": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(isLiteral(?o) && REGEX(STR(?o), \".*.*.*x$\")) }",
    "backtracking regex, one 120-char literal": "SELECT ?m WHERE { BIND(\"" + "a" * 120 + "!\" AS ?s) FILTER(REGEX(?s, \"^(a+)+\\\\1$\")) BIND(1 AS ?m) }",
    "(<p>|^<p>)* path": "SELECT (COUNT(*) AS ?n) WHERE { ?s (<http://www.w3.org/ns/oa#hasBody>|^<http://www.w3.org/ns/oa#hasBody>|<http://www.w3.org/ns/oa#hasTarget>|^<http://www.w3.org/ns/oa#hasTarget>)* ?o }",
    "huge OFFSET": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } OFFSET 100000000000 LIMIT 1",
}


def timed_query(base, query, timeout=120, keep_alive=True):
    """Runs a query as a keep-alive client (curl, requests, Java's HttpClient) or, with keep_alive=False,
    as urllib/SPARQLWrapper do (Connection: close). Returns (seconds, what the client saw)."""
    host, port = urllib.parse.urlparse(base).hostname, urllib.parse.urlparse(base).port
    body = urllib.parse.urlencode({"query": query})
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}
    if not keep_alive:
        headers["Connection"] = "close"
    t0 = time.time()
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request("POST", "/dgkg/sparql", body, headers)
        r = conn.getresponse()
        data = r.read()
        outcome = "HTTP %d" % r.status
        if r.status == 200:
            try:
                json.loads(data)
                outcome += " (complete result)"
            except ValueError:
                outcome += " with a body that is not valid JSON (%d bytes)" % len(data)
        else:
            outcome += ": " + data.decode("utf-8", "replace").strip()[:90]
    except (http.client.IncompleteRead, ConnectionError, socket.timeout, TimeoutError) as e:
        outcome = "response broken off (%s)" % type(e).__name__
    finally:
        conn.close()
    return round(time.time() - t0, 2), outcome


def raw_http(port, request_bytes, timeout=30):
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        s.sendall(request_bytes)
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
            if b"\r\n\r\n" in data and len(data) > 200:
                break
        return data.split(b"\r\n", 1)[0].decode(), data
    finally:
        s.close()


def pathological(args, work):
    db = os.path.join(work, "patho-db")
    if not os.path.isdir(db):
        assert build(os.path.join(ROOT, "corpus"), db, os.path.join(work, "patho-build.log")) == 0
    server = Server(db, os.path.join(ROOT, "corpus"), args.port + 1, os.path.join(work, "patho-server.log"))
    out = {"single": {}, "bad_input": {}}
    try:
        for name, q in HEAVY.items():
            probe = Probe(server.base)
            seconds, outcome = timed_query(server.base, q)
            out["single"][name] = dict(seconds=seconds, outcome=outcome, **probe.finish())
            if name == "cartesian product":  # what a Connection: close client (urllib, SPARQLWrapper) sees
                s2, o2 = timed_query(server.base, q, keep_alive=False)
                out["single"][name + ", Connection: close client"] = dict(seconds=s2, outcome=o2)
            log("pathological:", name, out["single"][name])
        # 50 heavy at once
        probe = Probe(server.base)
        results = [None] * 50
        qs = list(HEAVY.values())

        def one(i):
            results[i] = timed_query(server.base, qs[i % len(qs)])

        t0 = time.time()
        threads = [threading.Thread(target=one, args=(i,)) for i in range(50)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        outcomes = {}
        for s, o in results:
            key = re.sub(r"\d+ ms", "N ms", o.split(":")[0] if o.startswith("HTTP 503") else o)
            outcomes[key] = outcomes.get(key, 0) + 1
        out["fifty_concurrent"] = dict(wall_seconds=round(time.time() - t0, 1), slowest_seconds=max(s for s, _ in results),
                                       outcomes=outcomes, **probe.finish())
        log("pathological: 50 concurrent", out["fifty_concurrent"])
        # bad HTTP input
        union = "SELECT * WHERE { " + " UNION ".join("{?s ?p ?o}" for i in range(6500)) + " }"
        status, body = sparql(server.base, union)  # about 190 kB, under the 256 kB query limit
        out["bad_input"]["6,500 UNION branches"] = "HTTP %d: %s" % (status, body.decode("utf-8", "replace").strip()[:120])
        line, data = raw_http(server.port, b"GET /dgkg/sparql?query=SELECT%zz%20*%20WHERE HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        out["bad_input"]["invalid percent-encoding in query="] = line + ": " + data.split(b"\r\n\r\n", 1)[-1].decode("utf-8", "replace").strip()[:120]
        status, body = get(server.base + "/id/actor/" + "x" * 3000)
        out["bad_input"]["/id/… path of 3,000+ characters"] = "HTTP %d: %s" % (status, body.decode("utf-8", "replace").strip()[:120])
        # a 10 MB query: the server answers from the Content-Length, without reading (or parsing) the body
        t0 = time.time()
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        conn.putrequest("POST", "/dgkg/sparql")
        conn.putheader("Content-Type", "application/sparql-query")
        conn.putheader("Content-Length", str(10 * 2**20))
        conn.endheaders(b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * 65536)
        r = conn.getresponse()
        out["bad_input"]["10 MB query (POST)"] = "HTTP %d in %.2f s: %s" % (r.status, time.time() - t0, r.read().decode("utf-8", "replace").strip()[:100])
        conn.close()
        # slowloris: one header line every 10 s
        s = socket.create_connection(("127.0.0.1", server.port), timeout=60)
        s.sendall(b"GET /$/ping HTTP/1.1\r\nHost: x\r\n")
        t0, closed_after = time.time(), None
        try:
            for i in range(6):
                time.sleep(10)
                s.sendall(b"X-Slow-%d: y\r\n" % i)
                s.settimeout(0.5)
                try:
                    if s.recv(1) == b"":
                        closed_after = time.time() - t0
                        break
                except socket.timeout:
                    pass
        except (BrokenPipeError, ConnectionResetError):
            closed_after = time.time() - t0
        s.close()
        out["bad_input"]["slowloris (a header line every 10 s)"] = ("closed by the server after %.0f s" % closed_after) if closed_after else "still open after 60 s"
        for k, v in out["bad_input"].items():
            log("bad input:", k, "->", v)
        return out
    finally:
        server.stop()


# ---------------------------------------------------------------- kill -9

def kills(args, work):
    db, corpus = os.path.join(work, "kill-db"), os.path.join(work, "kill-corpus")
    shutil.rmtree(db, ignore_errors=True)
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.copytree(os.path.join(ROOT, "corpus"), corpus)
    t0 = time.time()
    assert build(corpus, db, os.path.join(work, "kill-build0.log")) == 0
    full = time.time() - t0
    server = Server(db, corpus, args.port + 2, os.path.join(work, "kill-server.log"))
    rows = []
    try:
        _, body = sparql(server.base, COUNT)
        quads = json.loads(body)["results"]["bindings"][0]["n"]["value"]
        live = current(db)
        news = sorted(os.path.join(args.news, f) for f in os.listdir(args.news) if f.endswith(".txt"))
        add_news(corpus, news[0])  # so that a build that got through would change the data
        rnd = random.Random(7)
        # each kill aims at a stage (the build logs "[n/5] <stage>" as it enters one), at a random moment in it
        targets = ["[2/5] extracting", "[3/5] writing RDF", "[4/5] validating", "[5/5] switching"]
        for i in range(args.kills):
            target = targets[i % len(targets)]
            delay = rnd.uniform(0, 0.3) if "switching" in target else rnd.uniform(0.2, 3.0)
            err = os.path.join(work, "kill-build%d.log" % (i + 1))
            t_start = time.time()
            with open(err, "w") as ef:
                p = subprocess.Popen(java("build", "--corpus", corpus, "--db", db), stdout=subprocess.DEVNULL, stderr=ef)
                while p.poll() is None and target not in open(err, encoding="utf-8", errors="replace").read():
                    time.sleep(0.02)
                time.sleep(delay)
                finished = p.poll() is not None
                if not finished:
                    os.kill(p.pid, signal.SIGKILL)
                p.wait()
            delay = time.time() - t_start
            steps = re.findall(r"\[\d/\d\] ([^\r\n…]*)", open(err, encoding="utf-8", errors="replace").read())
            stage = re.sub(r" \(\d+ ms so far\)", "", steps[-1]).strip() if steps else "starting (JVM, reading inputs)"
            leftovers = [g for g in generations(db) if g != current(db)]
            switched = current(db) != live
            followed = not switched
            for _ in range(40):  # after a switch the server follows within half a second
                if followed:
                    break
                followed = ("Now serving generation " + current(db)) in open(server.log.name, encoding="utf-8", errors="replace").read()
                time.sleep(0.25)
            status, body = sparql(server.base, COUNT)
            served = json.loads(body)["results"]["bindings"][0]["n"]["value"] if status == 200 else "HTTP %d" % status
            intact = status == 200 and followed and (switched or served == quads) and not (finished and p.returncode != 0)
            # a build that ended before its kill must have ended well: one that failed (exit 1 from
            # SHACL) once passed here as "finished before the kill" while the database could no longer be built
            rows.append({"kill": i + 1, "after_s": round(delay, 1), "stage": "finished before the kill" if finished else stage[:60],
                         "exit_if_finished": p.returncode if finished else None,
                         "served_quads": served, "served_as_expected": intact, "current_ok": os.path.isdir(os.path.join(db, current(db))),
                         "switched": switched, "leftover_folders_right_after": len(leftovers)})
            log("kill", rows[-1])
            if switched:
                live, quads = current(db), served
        t1 = time.time()
        code = build(corpus, db, os.path.join(work, "kill-final.log"))
        for _ in range(120):  # the server lets go of the old generation, then it is collected
            if generations(db) == [current(db)]:
                break
            time.sleep(0.5)
        _, body = sparql(server.base, COUNT)
        return {"full_build_seconds": round(full, 1), "kills": rows, "final_build_exit": code, "final_build_seconds": round(time.time() - t1, 1),
                "served_quads_after": json.loads(body)["results"]["bindings"][0]["n"]["value"],
                "generation_folders_at_end": generations(db), "current": current(db)}
    finally:
        server.stop()


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--probe":
        return probe_loop(sys.argv[2])
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--phases", default="soak,pathological,kill")
    ap.add_argument("--duration", type=int, default=120, help="soak seconds (600 for the record)")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--kills", type=int, default=10)
    ap.add_argument("--port", type=int, default=3391, help="first of three loopback ports")
    ap.add_argument("--work", default="/tmp/dgkg-reliability")
    ap.add_argument("--news", default=os.path.join(ROOT, "..", "shared", "gold", "news"))
    ap.add_argument("--rebuilds", type=int, default=2, help="rebuilds during the soak, evenly spread (2 for the record)")
    ap.add_argument("--serve-args", default="", help="more options for ./dgkg serve, e.g. '--max-long-queries 4'")
    ap.add_argument("--server-java-opts", default=None,
                    help="JVM options of the server (default: those the launcher ./dgkg gives serve, its serve_java_opts line)")
    args = ap.parse_args()
    Server.extra = args.serve_args.split()
    global SERVE_OPTS
    SERVE_OPTS = launcher_serve_opts() if args.server_java_opts is None else args.server_java_opts.split()
    if args.duration > 1800 or args.clients > 64 or args.kills > 20 or args.rebuilds > 4:
        raise SystemExit("bounded harness: at most 1800 s, 64 clients, 20 kills")
    if not os.path.isfile(JAR):
        raise SystemExit("no " + JAR + "; run mvn -B -q -DskipTests package first")
    os.makedirs(args.work, exist_ok=True)
    report = {"date_utc": time.strftime("%Y-%m-%d %H:%M", time.gmtime()), "machine": "%s, %d cores" % (os.uname().nodename, os.cpu_count()),
              "load_average_at_start": [round(x, 1) for x in os.getloadavg()]}
    for phase in args.phases.split(","):
        report[phase] = {"soak": soak, "pathological": pathological, "kill": kills}[phase](args, args.work)
        json.dump(report, open(os.path.join(args.work, "report.json"), "w"), ensure_ascii=False, indent=1)
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""jfrtree.py FILE.jfr ROOT_SUBSTRING [DEPTH] [MIN]: call tree below the first frame matching ROOT."""
import json, subprocess, sys, collections
f, root = sys.argv[1], sys.argv[2]; depth = int(sys.argv[3]) if len(sys.argv) > 3 else 6; mn = int(sys.argv[4]) if len(sys.argv) > 4 else 2
out = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", "300", f], capture_output=True, text=True).stdout
ev = json.loads(out)["recording"]["events"]
tree = {}; total = 0
for e in ev:
    st = e["values"]["stackTrace"]
    if not st: continue
    names = [fr["method"]["type"]["name"].split("/")[-1] + "." + fr["method"]["name"] + ":" + str(fr["lineNumber"]) for fr in st["frames"]][::-1]
    idx = next((i for i, x in enumerate(names) if root in x), None)
    if idx is None: continue
    total += 1
    node = tree
    for x in names[idx:idx + depth]:
        c = node.setdefault(x, [0, {}]); c[0] += 1; node = c[1]
def pr(node, ind):
    for k, (c, ch) in sorted(node.items(), key=lambda kv: -kv[1][0]):
        if c < mn: continue
        print(f"{'  '*ind}{c:4d} {k}"); pr(ch, ind + 1)
print("total", total); pr(tree, 0)

#!/usr/bin/env python3
"""Writes the corpus copied N times with shifted years, so that the copies differ (bench/peers).

  scale-corpus.py SOURCE_DIR N TARGET_DIR

Copy k (0 ≤ k < N) of each document gets the id "{id}-x{k}" (copy 0 keeps the original id and
text) and every four-digit year 1900–2099 in its text, title and date shifted by k years, so
dates, events and instrument titles differ between copies while the text stays the same length.
"""
import json
import os
import re
import sys

YEAR = re.compile(r"(?<![0-9])(19[0-9]{2}|20[0-9]{2})(?![0-9])")


def shift(text, k):
    return YEAR.sub(lambda m: str(int(m.group(1)) + k), text) if k else text


def main(src, n, dst):
    n = int(n)
    manifest = json.load(open(os.path.join(src, "manifest.json"), encoding="utf-8"))
    os.makedirs(dst, exist_ok=True)
    docs = []
    for k in range(n):
        for d in manifest["documents"]:
            text = open(os.path.join(src, d["file"]), encoding="utf-8").read()
            copy = json.loads(shift(json.dumps(d, ensure_ascii=False), k))
            if k:
                copy["id"] = f"{d['id']}-x{k}"
                copy["file"] = f"{d['id']}-x{k}.txt"
            with open(os.path.join(dst, copy["file"]), "w", encoding="utf-8") as f:
                f.write(shift(text, k))
            docs.append(copy)
    manifest["documents"] = docs
    manifest["description"] = f"bench/peers: {src} copied {n} times with shifted years"
    json.dump(manifest, open(os.path.join(dst, "manifest.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(len(docs))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: scale-corpus.py SOURCE_DIR N TARGET_DIR")
    main(*sys.argv[1:])

#!/usr/bin/env python3
"""Makes a corpus folder (texts + manifest.json) from news texts, for the reliability harness.

Usage: make_corpus.py OUT_DIR TEXT...   (adds to OUT_DIR's manifest if it exists)
"""
import json
import os
import shutil
import sys

out, texts = sys.argv[1], sys.argv[2:]
os.makedirs(out, exist_ok=True)
path = os.path.join(out, "manifest.json")
manifest = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {
    "description": "reliability harness corpus", "documents": []}
known = {d["id"] for d in manifest["documents"]}
for t in texts:
    name = os.path.basename(t)
    doc_id = name[:-4]
    if doc_id in known:
        continue
    shutil.copy(t, os.path.join(out, name))
    title = open(t, encoding="utf-8").readline().strip() or doc_id
    manifest["documents"].append({"id": doc_id, "file": name, "title": {"zh": title, "en": doc_id},
                                  "publisher": {"zh": "新闻", "en": "news"}, "issued": "2024",
                                  "kind": "news", "language": "zh"})
json.dump(manifest, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)

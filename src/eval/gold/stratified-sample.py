#!/usr/bin/env python3
"""Draws the stratified samples annotated in dev60, dev50, final50 and fresh50: N abstracts from each of ten strata of
../shared/corpus, shaped like the hidden set the issue describes (LLMs and their benchmarks, vision, video, 3D
detection, speech, RL, graphs, robotics, theory, software libraries), leaving out abstracts already annotated.

Usage: stratified-sample.py SEED N [ANNOTATIONS.jsonl ...]  > sample.jsonl
  dev60:   stratified-sample.py 2028 6 dev30.annotations.jsonl heldout24.annotations.jsonl
  dev50:   stratified-sample.py 2029 5 dev30... heldout24... dev60.annotations.jsonl
  final50: stratified-sample.py 2030 5 dev30... heldout24... dev60... dev50.annotations.jsonl
  fresh50: stratified-sample.py 2031 5 dev30... heldout24... dev60... dev50... final50.annotations.jsonl
"""
import glob
import gzip
import json
import os
import random
import re
import sys

home = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
corpus = glob.glob(os.path.join(os.path.dirname(home), "shared", "corpus", "*.jsonl.gz"))[0]
seed, n = int(sys.argv[1]), int(sys.argv[2])
used = set()
for f in sys.argv[3:]:
    used |= {json.loads(l)["id"] for l in open(f) if l.strip()}
recs = [json.loads(l) for l in gzip.open(corpus, "rt")]


def cats(r):
    return str(r.get("categories", ""))


strata = [
    ("llm-bench", lambda r: "cs.CL" in cats(r) and re.search(r"\b(LLMs?|language models?)\b", r["abstract"])
     and re.search(r"benchmark", r["abstract"], re.I)),
    ("vision", lambda r: "cs.CV" in cats(r) and not re.search(r"video|3D", r["title"], re.I)),
    ("video", lambda r: re.search(r"\bvideo", r["title"], re.I)),
    ("3d-detection", lambda r: re.search(r"3D", r["title"]) and re.search(r"detect", r["abstract"], re.I)),
    ("speech", lambda r: re.search(r"eess\.AS|cs\.SD", cats(r))),
    ("rl", lambda r: re.search(r"reinforcement learning", r["abstract"], re.I) and "cs.CL" not in cats(r)),
    ("graphs", lambda r: re.search(r"\bgraph neural|\bGNNs?\b", r["abstract"])),
    ("robotics", lambda r: "cs.RO" in cats(r)),
    ("theory", lambda r: re.search(r"math\.|stat\.TH|cs\.DS", cats(r))
     and re.search(r"\b(bound|theorem|prove|convergence)", r["abstract"])),
    ("software", lambda r: re.search(r"\b(library|toolkit|open-source (software|package|framework)|Python package)\b",
                                     r["abstract"])),
]
random.seed(seed)
for name, keep in strata:
    pool = [r for r in recs if r["id"] not in used and keep(r)]
    for r in random.sample(pool, n):
        used.add(r["id"])
        print(json.dumps({"id": r["id"], "stratum": name, "text": r["abstract"]}))

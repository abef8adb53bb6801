#!/usr/bin/env python
"""Time per MB of one document as it grows (issue 23: linear, within ±15% from 100 KB up).

    .venv/bin/python bench/linearity.py            # 100 KB → 1 MB, multi-line and single-line
    .venv/bin/python bench/linearity.py --big      # also 2, 4 and 10 MB
    .venv/bin/python bench/linearity.py --sizes 100000,1000000

Each input is one file in a corpus of its own, built in this process through ``polc.api.build``
as ``polc build DIR -o OUT -q --no-site --no-db -j 1`` builds it (JSON, ``index.json`` and the
clause tables), after one small warm-up build (imports, compiled regexes and grammars).

* multi-line: ``synth.synthetic_law`` (articles of the repository's corpus-ext laws, renumbered);
* single-line: ``synth.single_line`` (刑法 with every line break taken out, repeated): one node
  the whole line long, where a step that scans the node's text once per clause is quadratic;
* ``--policy``: a seed policy (``corpus/002_…``) on one line the same way: hundreds of grants and
  their conditions in one node, for the eligibility stage.

Prints a Markdown table (seconds and seconds per MB) and the spread of s/MB: the largest over the
smallest.  Best of two runs below 1 MB (the small ones are noisy).  Run it on a quiet machine.
"""
from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT / "tests" / "data" / "corpus-ext"
LAW = DATA / "laws" / "刑法" / "刑法.md"
POLICY = ROOT / "corpus" / "002_8d3e17ab9b6137ca.txt"  # a seed: grants with conditions
sys.path.insert(0, str(HERE))
from synth import article_bodies, single_line, synthetic_law  # noqa: E402

from polc import api  # noqa: E402

SIZES = (100_000, 200_000, 400_000, 800_000, 1_000_000)
BIG = (2_000_000, 4_000_000, 10_000_000)


def build_seconds(raw: bytes, folder: Path, runs: int) -> float:
    """Best of ``runs`` builds of a corpus holding ``raw`` as its one file."""
    corpus = folder / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "one.md").write_bytes(raw)
    best = float("inf")
    for run in range(runs):
        out = folder / f"out{run}"
        gc.collect()
        start = time.perf_counter()
        api.build(corpus, out, jobs=1, use_cache=False, site=False, database=False)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--big", action="store_true", help="also 2, 4 and 10 MB")
    parser.add_argument("--sizes", help="comma-separated sizes in bytes (instead of the default ones)")
    parser.add_argument("--single-only", action="store_true", help="only the single-line input")
    parser.add_argument("--policy", action="store_true",
                        help="also a seed policy (grants and their conditions) on one line: the eligibility stage")
    args = parser.parse_args()
    sizes = tuple(int(s) for s in args.sizes.split(",")) if args.sizes else SIZES + (BIG if args.big else ())
    bodies = article_bodies(DATA)
    shapes = {"single-line": lambda n: single_line(n, LAW)}
    if not args.single_only:
        shapes = {"multi-line": lambda n: synthetic_law(n, bodies), **shapes}
    if args.policy:
        shapes["policy single-line"] = lambda n: single_line(n, POLICY)
    with tempfile.TemporaryDirectory(prefix="polc-linearity-") as tmp:
        build_seconds(single_line(20_000, LAW), Path(tmp) / "warm", 1)
        per_mb: dict[str, list[float]] = {name: [] for name in shapes}
        print("| size | " + " | ".join(f"{name} s | {name} s/MB" for name in shapes) + " |")
        print("|---:|" + "---:|---:|" * len(shapes))
        for size in sizes:
            cells = []
            for name, make in shapes.items():
                raw = make(size)
                seconds = build_seconds(raw, Path(tmp) / f"{name}-{size}", 2 if size < 1_000_000 else 1)
                mb = len(raw) / 1e6
                per_mb[name].append(seconds / mb)
                cells.append(f"{seconds:.2f} | {seconds / mb:.2f}")
            print(f"| {size / 1e6:g} MB | " + " | ".join(cells) + " |", flush=True)
        spread = " | ".join(f"| {max(v) / min(v):.2f}" for v in per_mb.values())
        print(f"| largest s/MB over smallest {spread} |")


if __name__ == "__main__":
    main()

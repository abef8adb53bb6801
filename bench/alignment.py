#!/usr/bin/env python
"""Score comparison-table alignment against the hand-made key (bench/alignment_key.json).

    .venv/bin/python bench/alignment.py            # prints the table and writes bench/alignment.md

For every document pair of the key the two documents are compiled and aligned as a two-column
table would be (``compare.align_profiles``), and the three seeds of ``corpus/polc.toml`` once more
as their three-column table.  A proposed pair is right when the key lists it; precision is over
the pairs proposed, recall over the largest one-to-one matching of the key's pairs (a province
task may have two acceptable city counterparts, but a table row holds one).
"""
from __future__ import annotations

import json
import os
import sys
import time
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KEY = HERE / "alignment_key.json"
CORPUS_EXT = Path(os.environ.get("POLC_CORPUS_EXT", ROOT.parent / "shared" / "corpus-ext"))
TABLE = ["004_7e5f4f05c94043a5", "002_8d3e17ab9b6137ca", "001_490c044983d1bc4d.d1"]


def source_file(path: str) -> tuple[Path, str]:
    """The file of a key's source (``corpus/…`` or ``corpus-ext/…``) and its path inside its corpus."""
    top, rel = path.split("/", 1)
    return (ROOT / "corpus" if top == "corpus" else CORPUS_EXT) / rel, rel


def documents(key: dict) -> dict[str, dict]:
    """Every document the key names, compiled, by id."""
    from polc.pipeline import compile_source

    found: dict[str, dict] = {}
    for pair in key["pairs"]:
        for path in pair["sources"]:
            file, rel = source_file(path)
            for doc in compile_source(rel, file.read_bytes()).documents:
                found[doc["id"]] = doc
    return found


def max_matching(links: set[tuple[str, str]]) -> int:
    """Size of the largest one-to-one matching among ``links`` (augmenting paths)."""
    partners: dict[str, list[str]] = {}
    for a, b in sorted(links):
        partners.setdefault(a, []).append(b)
    owner: dict[str, str] = {}

    def augment(a: str, seen: set[str]) -> bool:
        for b in partners[a]:
            if b not in seen:
                seen.add(b)
                if b not in owner or augment(owner[b], seen):
                    owner[b] = a
                    return True
        return False
    return sum(augment(a, set()) for a in partners)


def proposed(table: dict, a: str, b: str) -> set[tuple[str, str]]:
    """The provision pairs of documents ``a`` and ``b`` that share a row of ``table``."""
    return {(x, y) for row in table["rows"] for x in row["cells"].get(a, []) for y in row["cells"].get(b, [])}


def score(found: set[tuple[str, str]], links: set[tuple[str, str]]) -> dict[str, float | int]:
    right = len(found & links)
    needed = max_matching(links)
    return {"proposed": len(found), "right": right, "key": needed,
            "precision": right / len(found) if found else 1.0, "recall": right / needed if needed else 1.0}


def evaluate(key: dict | None = None, docs: dict[str, dict] | None = None) -> list[dict]:
    """One result per key pair (two-column tables), then the seeds' three-column table per pair."""
    from polc import compare

    key = key or json.loads(KEY.read_text(encoding="utf-8"))
    docs = docs or documents(key)
    profiles = {i: compare.profile(d) for i, d in docs.items()}
    links = {tuple(p["documents"]): {(a, b) for a, b, _ in p["links"]} for p in key["pairs"]}
    results = []
    def aligned(ids: list[str]) -> dict:
        chosen = [profiles[i] for i in ids]
        return compare.table(chosen, {(x.doc, y.doc): compare.align_pair((x, y)) for x, y in combinations(chosen, 2)})
    for (a, b), pair_links in links.items():
        table = aligned([a, b])
        results.append({"table": "2 columns", "documents": (a, b), **score(proposed(table, a, b), pair_links),
                        "wrong": sorted(proposed(table, a, b) - pair_links),
                        "missed": sorted(pair_links - proposed(table, a, b))})
    table = aligned(TABLE)
    for a, b in combinations(TABLE, 2):
        pair_links = links.get((a, b), set())
        results.append({"table": "3 columns", "documents": (a, b), **score(proposed(table, a, b), pair_links),
                        "wrong": sorted(proposed(table, a, b) - pair_links),
                        "missed": sorted(pair_links - proposed(table, a, b))})
    return results


def totals(results: list[dict]) -> dict[str, float]:
    proposed_ = sum(r["proposed"] for r in results)
    right, needed = sum(r["right"] for r in results), sum(r["key"] for r in results)
    return {"proposed": proposed_, "right": right, "key": needed,
            "precision": right / proposed_ if proposed_ else 1.0, "recall": right / needed if needed else 1.0}


def report(results: list[dict], seconds: float) -> str:
    from polc.compare import METHOD

    lines = ["# Alignment against the hand-made key", "",
             f"`bench/alignment.py`; key `bench/alignment_key.json`; method: {METHOD}.", "",
             "| table | documents | proposed | right | key (one-to-one) | precision | recall |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {r['table']} | {r['documents'][0]} ⇄ {r['documents'][1]} | {r['proposed']} | {r['right']} "
                     f"| {r['key']} | {r['precision']:.2f} | {r['recall']:.2f} |")
    for name in ("2 columns", "3 columns"):
        t = totals([r for r in results if r["table"] == name])
        lines.append(f"| **{name}, all** | | {t['proposed']} | {t['right']} | {t['key']} | "
                     f"**{t['precision']:.2f}** | **{t['recall']:.2f}** |")
    lines += ["", f"Aligning every pair took {seconds:.2f} s.", "", "Wrong pairs (proposed, not in the key):", ""]
    lines += [f"- {r['documents'][0]} ⇄ {r['documents'][1]} ({r['table']}): {a} ⇄ {b}"
              for r in results for a, b in r["wrong"]] or ["- none"]
    return "\n".join(lines) + "\n"


def main() -> None:
    sys.path.insert(0, str(ROOT))
    key = json.loads(KEY.read_text(encoding="utf-8"))
    docs = documents(key)
    start = time.perf_counter()
    results = evaluate(key, docs)
    text = report(results, time.perf_counter() - start)
    (HERE / "alignment.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()

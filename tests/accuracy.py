"""Score polc's money and percent clauses against the hand-made answer key in tests/answer_key/.

Shared by tests/test_answer_key.py and bench/; a clause matches a key entry when their spans
overlap and the type agrees; it is *right* when value, bounds and inclusivity agree too.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from polc.pipeline import compile_source

KEY = Path(__file__).parent / "answer_key"
SEEDS = Path(__file__).resolve().parents[1] / "corpus"
# The key covers every document of 002–004 and two of the five documents of 001.
SCOPE = {"001_490c044983d1bc4d": ("001_490c044983d1bc4d.d1", "001_490c044983d1bc4d.d2")}
BOUNDS = ("value", "min", "max", "min_inclusive", "max_inclusive")


@dataclass
class Score:
    keyed: int = 0
    found: int = 0  # key entries with an overlapping clause of the same type
    right: int = 0  # … whose value and bounds agree
    emitted: int = 0  # money/percent clauses polc emitted in scope
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.right / self.keyed if self.keyed else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.emitted if self.emitted else 1.0


def clauses_of(stem: str) -> list[dict[str, Any]]:
    path = SEEDS / f"{stem}.txt"
    compiled = compile_source(path.name, path.read_bytes())
    wanted = SCOPE.get(stem)
    found = []
    for doc in compiled.documents:
        if wanted is None or doc["id"] in wanted:
            found += [c for node in _walk(doc["body"]) for c in node["clauses"] if c["type"] in ("money", "percent")]
    return found


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node["children"])


def score(stems: list[str] | None = None) -> Score:
    """Score every keyed seed (or only ``stems``)."""
    total = Score()
    for key_file in sorted(KEY.glob("0*.jsonl")):
        if stems and key_file.stem not in stems:
            continue
        key = [json.loads(line) for line in key_file.read_text(encoding="utf-8").splitlines() if line.strip()]
        _score_one(key, clauses_of(key_file.stem), total)
    return total


def _score_one(key: list[dict], clauses: list[dict], total: Score) -> None:
    used: set[str] = set()
    total.keyed += len(key)
    total.emitted += len(clauses)
    for entry in key:
        match = next((c for c in clauses if c["id"] not in used and c["type"] == entry["type"]
                      and _overlap(c["span"], entry["span"])), None)
        if match is None:
            total.misses.append(entry["text"])
            continue
        used.add(match["id"])
        total.found += 1
        if all(_same(match.get(k), entry.get(k)) for k in BOUNDS):
            total.right += 1
        else:
            total.wrong.append(f"{entry['text']}: want {[entry.get(k) for k in BOUNDS]} "
                               f"got {[match.get(k) for k in BOUNDS]}")
    total.extra += [c["text"] for c in clauses if c["id"] not in used]


def _overlap(a: list[int], b: list[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same(got: Any, want: Any) -> bool:
    if isinstance(got, (int, float)) and isinstance(want, (int, float)):
        return abs(got - want) < 1e-9
    return got == want

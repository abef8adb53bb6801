"""Score polc's money and percent clauses against the hand-made answer keys in tests/answer_key/.

Four keys, all labelled by reading the text before polc ran on it (tests/answer_key/README.md):

* ``seeds`` — the seeds 002–004 and two documents of 001 (``tests/answer_key/0*.jsonl``);
* ``ext`` — whole local subsidy, talent, consumption and housing measures of corpus-ext
  (``tests/answer_key/ext/*.jsonl``; sources copied into ``tests/data/corpus-ext/local``), an evaluation set that rules are never tuned on case by case;
* ``holdout`` — three more local measures (``tests/answer_key/holdout/*.jsonl``), labelled after
  the reader's rules were written and only ever scored, to see how the reader does on text that
  shaped none of its rules;
* ``fresh`` — local measures found after the reader's rules were written, not in corpus-ext
  (``tests/answer_key/fresh/*.jsonl``, sources in ``tests/answer_key/fresh/sources/``); only ever scored;
* ``guides`` — four application rules and measures of corpus-ext ``guides/`` that no numeric rule was
  written on (``tests/answer_key/guides/*.jsonl``, sources in ``tests/answer_key/guides/sources/``),
  labelled before polc's output on them was seen; only ever scored.

Shared by tests/test_answer_key.py and bench/.  A clause *matches* a key entry when their spans
overlap and the type agrees.  A match has the right *value* when it states the same numbers (and
the currency or percent unit, where the key gives one), whatever their side (不超过250万元 and 250万元 both state 2500000), the right *bound* when the direction agrees
(which of min and max are open, and whether each end is included), and the right *role*.
Recall is right / keyed, precision right / emitted, for value and bound separately; ``right``
counts matches right on both.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from paths import CORPUS_EXT
from polc.pipeline import compile_source

KEY = Path(__file__).parent / "answer_key"
EXT_KEY = KEY / "ext"
HOLDOUT_KEY = KEY / "holdout"
FRESH_KEY = KEY / "fresh"
FRESH_SOURCES = FRESH_KEY / "sources"
GUIDES_KEY = KEY / "guides"
SEEDS = Path(__file__).resolve().parents[1] / "corpus"
EXT_SOURCES = (CORPUS_EXT / "local", CORPUS_EXT / "policies")
# The seed key covers every document of 002–004 and two of the five documents of 001.
SCOPE = {"001_490c044983d1bc4d": ("001_490c044983d1bc4d.d1", "001_490c044983d1bc4d.d2")}
VALUES = ("value", "min", "max")
BOUNDS = ("min_inclusive", "max_inclusive")


@dataclass
class Score:
    keyed: int = 0
    found: int = 0  # key entries with an overlapping clause of the same type
    right: int = 0  # … whose value and bounds agree
    value_right: int = 0
    bound_right: int = 0
    role_right: int = 0
    emitted: int = 0  # money/percent clauses polc emitted in scope
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    wrong_role: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.right / self.keyed if self.keyed else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.emitted if self.emitted else 1.0

    def rates(self) -> dict[str, float]:
        """Recall and precision of value and of bound direction, and role accuracy on matches."""
        k, e = self.keyed or 1, self.emitted or 1
        return {"value_recall": self.value_right / k, "value_precision": self.value_right / e,
                "bound_recall": self.bound_right / k, "bound_precision": self.bound_right / e,
                "role_accuracy": self.role_right / (self.found or 1)}


def source_of(key_file: Path) -> Path:
    """The source text a key file labels: a seed in corpus/, or a corpus-ext file."""
    if key_file.parent == KEY:  # a seed
        return SEEDS / f"{key_file.stem}.txt"
    if key_file.parent in (FRESH_KEY, GUIDES_KEY):
        return key_file.parent / "sources" / f"{key_file.stem}.txt"
    for folder in EXT_SOURCES:
        for suffix in (".txt", ".md"):
            if (folder / f"{key_file.stem}{suffix}").exists():
                return folder / f"{key_file.stem}{suffix}"
    raise FileNotFoundError(f"no source for {key_file}")


def key_files(which: str) -> list[Path]:
    """The files of one key: ``seeds``, ``ext``, ``holdout``, ``fresh`` or ``guides``."""
    folder = {"seeds": KEY, "ext": EXT_KEY, "holdout": HOLDOUT_KEY, "fresh": FRESH_KEY, "guides": GUIDES_KEY}[which]
    return sorted(folder.glob("0*.jsonl" if which == "seeds" else "*.jsonl"))


def load_key(key_file: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in key_file.read_text(encoding="utf-8").splitlines() if line.strip()]


@lru_cache(maxsize=None)
def _compiled(path: Path):
    return compile_source(path.name, path.read_bytes())


def clauses_of(key_file: Path | str) -> list[dict[str, Any]]:
    """polc's money and percent clauses in the scope of a key file (or a seed stem)."""
    key_file = KEY / f"{key_file}.jsonl" if isinstance(key_file, str) else key_file
    wanted = SCOPE.get(key_file.stem)
    found = []
    for doc in _compiled(source_of(key_file)).documents:
        if wanted is None or doc["id"] in wanted:
            found += [c for node in _walk(doc["body"]) for c in node["clauses"] if c["type"] in ("money", "percent")]
    return found


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node["children"])


def score(stems: list[str] | None = None, which: str = "seeds") -> Score:
    """Score every file of a key (``seeds``, ``ext``, ``holdout``, ``fresh`` or ``guides``), or only ``stems``."""
    total = Score()
    for key_file in key_files(which):
        if not stems or key_file.stem in stems:
            _score_one(load_key(key_file), clauses_of(key_file), total)
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
        value = _same_numbers(match, entry) and ("unit" not in entry or match.get("unit") == entry["unit"])
        bound = all(match.get(k) == entry.get(k) for k in BOUNDS) and all(
            (match.get(k) is None) == (entry.get(k) is None) for k in VALUES)
        total.value_right += value
        total.bound_right += bound
        total.right += value and bound
        if not (value and bound):
            total.wrong.append(f"{entry['text']}: want {[entry.get(k) for k in (*VALUES, *BOUNDS, 'unit')]} "
                               f"got {[match.get(k) for k in (*VALUES, *BOUNDS, 'unit')]}")
        if match.get("role") == entry.get("role"):
            total.role_right += 1
        else:
            total.wrong_role.append(f"{entry['text']}: want {entry.get('role')} got {match.get('role')}")
    total.extra += [c["text"] for c in clauses if c["id"] not in used]


def numbers_read(clause: dict) -> list[float]:
    """The distinct numbers a clause states, whatever their side: 不超过250万元 → [2500000]."""
    return sorted({float(clause[k]) for k in VALUES if clause.get(k) is not None})


def _same_numbers(got: dict, want: dict) -> bool:
    a, b = numbers_read(got), numbers_read(want)
    return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))


def _overlap(a: list[int], b: list[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same(got: Any, want: Any) -> bool:
    if isinstance(got, (int, float)) and isinstance(want, (int, float)):
        return abs(got - want) < 1e-9 * max(1.0, abs(want))
    return got == want

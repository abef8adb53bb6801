"""Clause extraction accuracy and speed against the hand-made answer key, polc beside JioNLP.

    .venv/bin/pip install jionlp          # the peer (pyproject's `bench` extra)
    .venv/bin/python bench/clause_accuracy.py

For every money and percent amount in tests/answer_key/ (the seeds 002–004 and two documents of
001), each extractor is scored separately on the *value* (the number it reads, in yuan or percent)
and on the *bound direction* (exact, upper bound, lower bound, range — and for polc inclusivity).
Speed is characters per second over the same seed texts. Microsoft Recognizers-Text is not
included: its Python packages (recognizers-text-suite) do not install on Python 3.11.
"""
from __future__ import annotations

import contextlib
import io
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from accuracy import KEY, SEEDS, clauses_of  # noqa: E402

DOCUMENT_LINES = {"001_490c044983d1bc4d": (3, 7)}  # 0-based lines of the two keyed 001 documents


def direction(entry: dict) -> str:
    """exact / upper / lower / range, from value, min and max."""
    if entry.get("value") is not None:
        return "exact"
    low, high = entry.get("min") is not None, entry.get("max") is not None
    return "range" if low and high else "upper" if high else "lower" if low else "none"


def _number(entry: dict) -> float | None:
    for field in ("value", "max", "min"):
        if entry.get(field) is not None:
            return float(entry[field])
    return None


def keyed() -> dict[str, list[dict]]:
    return {f.stem: [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
            for f in sorted(KEY.glob("0*.jsonl"))}


def polc_found(stem: str) -> list[dict]:
    return [{"span": c["span"], "number": _number(c), "direction": direction(c), "type": c["type"],
             "bounds": (c["min_inclusive"], c["max_inclusive"])} for c in clauses_of(stem)]


_JIO_DIRECTION = {"accurate": "exact", "blur": "exact", "blur+": "lower", "blur-": "upper"}


def jionlp_found(stem: str, text: str) -> list[dict]:
    import jionlp

    found = []
    for start, line in _keyed_lines(stem, text):
        for m in jionlp.ner.extract_money(line, with_parsing=True):
            detail = m.get("detail") or {}
            num = detail.get("num")
            number = float(num[0] if isinstance(num, list) else num) if num else None
            found.append({"span": [start + m["offset"][0], start + m["offset"][1]], "number": number,
                          "direction": "range" if isinstance(num, list) else
                          _JIO_DIRECTION.get(detail.get("definition"), "exact"), "type": "money"})
    return found


def _keyed_lines(stem: str, text: str):
    at = 0
    wanted = DOCUMENT_LINES.get(stem)
    for k, line in enumerate(text.split("\n")):
        if wanted is None or k in wanted:
            yield at, line
        at += len(line) + 1


def score(key: dict[str, list[dict]], found: dict[str, list[dict]], types: tuple[str, ...]) -> dict:
    total = value = bound = 0
    for stem, entries in key.items():
        for entry in (e for e in entries if e["type"] in types):
            total += 1
            hit = next((f for f in found[stem] if f["span"][0] < entry["span"][1] and entry["span"][0] < f["span"][1]
                        and f["type"] == entry["type"]), None)
            if hit and hit["number"] is not None and abs(hit["number"] - _number(entry)) < 1e-6:
                value += 1
                bound += hit["direction"] == direction(entry)
    return {"total": total, "value": value, "bound": bound}


def main() -> None:
    key = keyed()
    texts = {stem: (SEEDS / f"{stem}.txt").read_text(encoding="utf-8") for stem in key}
    chars = sum(len(t) for t in texts.values())
    rows = []
    start = time.perf_counter()
    polc = {stem: polc_found(stem) for stem in key}
    rows.append(("polc (full compile)", time.perf_counter() - start, score(key, polc, ("money", "percent")),
                 score(key, polc, ("money",))))
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp  # noqa: F401  (prints a banner on import)
        start = time.perf_counter()
        jio = {stem: jionlp_found(stem, texts[stem]) for stem in key}
        rows.append(("JioNLP extract_money", time.perf_counter() - start, None, score(key, jio, ("money",))))
    except ImportError as exc:
        print(f"JioNLP: n/a ({exc})", file=sys.stderr)
    print(f"Answer key: {sum(len(v) for v in key.values())} amounts in {len(key)} seed files, {chars:,} characters.\n")
    print("| extractor | chars/s | money+percent: value | bound direction | money only: value | bound direction |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, seconds, both, money in rows:
        both_cells = (f"{both['value']}/{both['total']} | {both['bound']}/{both['total']}" if both
                      else "no percentages | —")
        print(f"| {name} | {chars / seconds:,.0f} | {both_cells} | {money['value']}/{money['total']} "
              f"| {money['bound']}/{money['total']} |")


if __name__ == "__main__":
    main()

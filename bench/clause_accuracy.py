"""Clause extraction accuracy and speed against the hand-made answer keys, polc beside JioNLP.

    .venv/bin/pip install jionlp          # the peer (pyproject's `bench` extra)
    .venv/bin/python bench/clause_accuracy.py [-o bench/clause-accuracy.md]

Five keys (tests/answer_key/README.md): ``seeds`` (the seeds 002–004 and two documents of 001),
``ext`` (whole local measures of corpus-ext, the evaluation set), ``holdout`` (three more local
measures, scored only), ``fresh`` (four local measures found after the reader's rules were
written, sources in tests/answer_key/fresh/sources/, scored only) and ``guides`` (four corpus-ext
guides no numeric rule was written on, scored only).  The first table puts every key side by side,
polc beside JioNLP; the second gives the same figures one row per key and extractor.  Every extractor is scored separately on the *value* (the numbers it reads,
in yuan or percent points, whatever their side: 不超过250万元 states 2500000) and on the *bound direction*
(exact, upper, lower or range, and for polc whether each end is included), as recall (right /
keyed) and precision (right / emitted).  JioNLP reads money only, so its rows count money entries.

Speed is characters per second of ``polc.clauses.extract_clauses`` and of JioNLP's
``extract_money`` over the same lines of the keyed texts, in one warm process: the best of five
rounds, each one pass of every extractor.
Microsoft Recognizers-Text is not included: its Python packages do not install on Python 3.11.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from accuracy import SCOPE, clauses_of, key_files, load_key, source_of  # noqa: E402
from polc.source import read_source  # noqa: E402

KEYS = ("seeds", "ext", "holdout", "fresh", "guides")
DOCUMENT_LINES = {"001_490c044983d1bc4d": (3, 7)}  # 0-based lines of the two keyed 001 documents


def direction(entry: dict) -> str:
    """exact / upper / lower / range, from value, min and max."""
    if entry.get("value") is not None:
        return "exact"
    low, high = entry.get("min") is not None, entry.get("max") is not None
    return "range" if low and high else "upper" if high else "lower" if low else "none"


def numbers(entry: dict) -> tuple:
    return tuple(float(entry[k]) if entry.get(k) is not None else None for k in ("value", "min", "max"))


def polc_found(key_file: Path) -> list[dict]:
    return [{"span": c["span"], "type": c["type"], "numbers": numbers(c), "direction": direction(c),
             "inclusive": (c["min_inclusive"], c["max_inclusive"])} for c in clauses_of(key_file)]


def source_text(key_file: Path) -> str:
    path = source_of(key_file)
    return read_source(path.read_bytes(), path.name).text  # decoded as polc decodes it: the text spans index


def keyed_lines(key_file: Path, text: str):
    """(offset, line) of the text the key covers."""
    at, wanted = 0, DOCUMENT_LINES.get(key_file.stem) if key_file.stem in SCOPE else None
    for k, line in enumerate(text.split("\n")):
        if wanted is None or k in wanted:
            yield at, line
        at += len(line) + 1


_JIO_DIRECTION = {"accurate": "exact", "blur": "exact", "blur+": "lower", "blur-": "upper"}


def jionlp_found(extract, key_file: Path, text: str) -> list[dict]:
    found = []
    for start, line in keyed_lines(key_file, text):
        for m in extract(line, with_parsing=True):
            detail = m.get("detail") or {}
            num = detail.get("num")
            is_range = isinstance(num, list)
            value = [float(n) for n in num] if is_range else float(num) if num else None
            how = "range" if is_range else _JIO_DIRECTION.get(detail.get("definition"), "exact")
            if how == "range":
                shaped = (None, *value[:2])
            else:
                shaped = {"exact": (value, value, value), "lower": (None, value, None), "upper": (None, None, value)}[how]
            found.append({"span": [start + m["offset"][0], start + m["offset"][1]], "type": "money",
                          "numbers": shaped, "direction": how, "inclusive": None})
    return found


def score(entries: list[dict], found: list[dict], types: tuple[str, ...]) -> dict[str, int]:
    """Keyed, emitted, and matches right on value and on bound direction."""
    entries = [e for e in entries if e["type"] in types]
    found = [f for f in found if f["type"] in types]
    used: set[int] = set()
    value = bound = 0
    for entry in entries:
        hit = next((k for k, f in enumerate(found) if k not in used and f["type"] == entry["type"]
                    and f["span"][0] < entry["span"][1] and entry["span"][0] < f["span"][1]), None)
        if hit is None:
            continue
        used.add(hit)
        f = found[hit]
        got, want = sorted({n for n in f["numbers"] if n is not None}), sorted({n for n in numbers(entry) if n is not None})
        value += len(got) == len(want) and all(_close(a, b) for a, b in zip(got, want))
        inclusive = (entry["min_inclusive"], entry["max_inclusive"])
        bound += f["direction"] == direction(entry) and (f["inclusive"] is None or f["inclusive"] == inclusive)
    return {"keyed": len(entries), "emitted": len(found), "value": value, "bound": bound}


def _close(a, b) -> bool:
    return a is None and b is None or a is not None and b is not None and abs(a - b) <= 1e-9 * max(1.0, abs(b))


def _add(total: dict, part: dict) -> None:
    for k, v in part.items():
        total[k] = total.get(k, 0) + v


def totals_by_key(jio) -> dict[str, dict[str, dict[str, int]]]:
    """key → extractor → keyed, emitted and right counts."""
    by_key = {}
    for which in KEYS:
        totals = {"polc": {}, "polc money": {}, "JioNLP money": {}}
        for key_file in key_files(which):
            key = load_key(key_file)
            found = polc_found(key_file)
            _add(totals["polc"], score(key, found, ("money", "percent")))
            _add(totals["polc money"], score(key, found, ("money",)))
            if jio:
                _add(totals["JioNLP money"], score(key, jionlp_found(jio, key_file, source_text(key_file)), ("money",)))
        by_key[which] = {name: t for name, t in totals.items() if t}
    return by_key


_MEASURES = (("value recall", "value", "keyed"), ("value precision", "value", "emitted"),
             ("bound recall", "bound", "keyed"), ("bound precision", "bound", "emitted"))


def side_by_side_rows(found) -> list[str]:
    """One row per extractor and measure, one column per key."""
    rows = ["| extractor | measure | " + " | ".join(KEYS) + " |", "|---|---|" + "---:|" * len(KEYS),
            "| | keyed (all; money) | " + " | ".join(
                f"{found[k]['polc']['keyed']}; {found[k]['polc money']['keyed']}" for k in KEYS) + " |"]
    for name in ("polc", "polc money", "JioNLP money"):
        if not all(name in found[k] for k in KEYS):
            continue
        for label, right, total in _MEASURES:
            rows.append(f"| {name} | {label} | " + " | ".join(
                _rate(found[k][name][right], found[k][name][total]) for k in KEYS) + " |")
    return rows


def accuracy_rows(found) -> list[str]:
    rows = []
    for which in KEYS:
        for name, t in found[which].items():
            rows.append(f"| {which} | {name} | {t['keyed']} | {_rate(t['value'], t['keyed'])} | "
                        f"{_rate(t['value'], t['emitted'])} | {_rate(t['bound'], t['keyed'])} | "
                        f"{_rate(t['bound'], t['emitted'])} |")
    return rows


def _rate(right: int, total: int) -> str:
    return f"{right / total:.3f} ({right}/{total})" if total else "—"


def speed_rows(jio) -> list[str]:
    from polc.clauses import extract_clauses
    from polc.normalize import FOLD

    lines = [line.translate(FOLD) for which in KEYS for f in key_files(which)
             for _, line in keyed_lines(f, source_text(f)) if line.strip()]
    chars = sum(map(len, lines))
    extractors = [("polc `extract_clauses` (all five types)", lambda t: extract_clauses(t)[0])]
    if jio:
        extractors.append(("JioNLP `extract_money`", jio))
    rows, rates = [], {}
    for _, extract in extractors:
        extract("预热：奖励10万元。")
    passes: dict[str, list[float]] = {name: [] for name, _ in extractors}
    for _ in range(5):  # rounds of one pass each, so a change in load falls on both
        for name, extract in extractors:
            passes[name].append(_timed(extract, lines))
    for name, _ in extractors:
        best = min(passes[name])
        rates[name] = chars / best
        rows.append(f"| {name} | {chars:,} | {best:.3f} | {chars / best:,.0f} |")
    if len(rates) == 2:
        polc, peer = rates.values()
        rows.append(f"| ratio polc / JioNLP | | | {polc / peer:.1f}× |")
    return rows


def _timed(extract, lines: list[str]) -> float:
    start = time.perf_counter()
    for line in lines:
        extract(line)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--out", type=Path, default=None, help="also write the tables to this file")
    args = parser.parse_args()
    try:
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import jionlp  # prints a banner on import
        jio = getattr(jionlp, "extract_money", None) or jionlp.ner.extract_money
    except ImportError as exc:
        print(f"JioNLP: n/a ({exc}); .venv/bin/pip install jionlp", file=sys.stderr)
        jio = None
    found = totals_by_key(jio)
    report = [*side_by_side_rows(found), "",
              "| key | extractor | keyed | value recall | value precision | bound recall | bound precision |",
              "|---|---|---:|---:|---:|---:|---:|", *accuracy_rows(found), "",
              "| speed, same lines | characters | best of 5 (s) | chars/s |", "|---|---:|---:|---:|", *speed_rows(jio)]
    text = "\n".join(report)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

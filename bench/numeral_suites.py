"""polc on other projects' published numeral test suites (cn2an, JioNLP, Microsoft Recognizers-Text).

    .venv/bin/python bench/numeral_suites.py [-o bench/numeral-suites.md] [--failures]

The cases are the in-scope ones of each suite (money, percents and rates, plain numbers in
policy style), copied with their source and licence into ``tests/data/numeral_suites/`` (its
README says what was left out and why).  Four kinds of case:

* ``number``: the numeral codec (``numerals.parse_chinese_number``) gives the expected value, the
  text folded to ASCII widths and its spaces dropped, as the reader does;
* ``error``: the codec refuses the text (ValueError);
* ``extract``: ``extract_clauses`` on the text gives exactly the expected money and percent clauses,
  in order: the same numbers (value, or the ends of a range or bound) and, where the case names
  one, the same currency;
* ``spans``: the money clauses cover exactly the expected texts.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from decimal import Decimal, InvalidOperation
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "numeral_suites" / "cases.jsonl"
SUITES = ("cn2an", "JioNLP", "Recognizers number", "Recognizers percent", "Recognizers currency")


def load_cases(path: Path = CASES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _same(a, b) -> bool:
    try:
        x, y = Decimal(str(a)), Decimal(str(b))
    except InvalidOperation:
        return False
    return abs(x - y) <= Decimal("1e-9") * max(Decimal(1), abs(y))


def _numbers(c) -> list:
    return sorted({n for n in (c.value, c.min, c.max) if n is not None})


def observed(case: dict):
    """What polc gives for a case, in the shape of its ``expected``."""
    from polc.clauses import extract_clauses
    from polc.normalize import FOLD
    from polc.numerals import parse_chinese_number

    text = case["input"]
    if case["kind"] in ("number", "error"):
        try:
            return str(parse_chinese_number(text.translate(FOLD).replace(" ", "")))
        except ValueError:
            return None
    found = [c for c in extract_clauses(text.translate(FOLD))[0] if c.type in ("money", "percent")]
    if case["kind"] == "spans":
        return [text[c.span[0]:c.span[1]] for c in found if c.type == "money"]
    return [{"type": c.type, "numbers": [str(n) for n in _numbers(c)], "unit": c.unit} for c in found]


def passes(case: dict, got) -> bool:
    want = case["expected"]
    if case["kind"] == "error":
        return got is None
    if case["kind"] == "number":
        return got is not None and _same(got, want)
    if case["kind"] == "spans":
        return got == want
    return len(got) == len(want) and all(
        g["type"] == w["type"] and len(g["numbers"]) == len(w["numbers"])
        and all(_same(a, b) for a, b in zip(g["numbers"], sorted(w["numbers"], key=Decimal)))
        and ("unit" not in w or g["unit"] == w["unit"]) for g, w in zip(got, want))


def run(cases: list[dict]) -> tuple[Counter, Counter, list[str]]:
    total, right, failures = Counter(), Counter(), []
    for case in cases:
        got = observed(case)
        ok = passes(case, got)
        total[case["suite"]] += 1
        right[case["suite"]] += ok
        if not ok:
            failures.append(f"{case['suite']}: {case['input']!r} expected {case['expected']!r}, polc {got!r}")
    return total, right, failures


def table(total: Counter, right: Counter) -> list[str]:
    rows = ["| suite | in-scope cases | polc passes | pass rate |", "|---|---:|---:|---:|"]
    for suite in SUITES:
        rows.append(f"| {suite} | {total[suite]} | {right[suite]} | {right[suite] / total[suite]:.3f} |")
    rows.append(f"| all | {sum(total.values())} | {sum(right.values())} | "
                f"{sum(right.values()) / sum(total.values()):.3f} |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--out", type=Path, default=None, help="also write the table to this file")
    parser.add_argument("--failures", action="store_true", help="list the cases polc fails")
    args = parser.parse_args()
    total, right, failures = run(load_cases())
    text = "\n".join(table(total, right))
    print(text)
    if args.failures:
        print("\n".join(failures), file=sys.stderr)
    if args.out:
        failed = [f"- {line}" for line in failures] or ["- none"]
        args.out.write_text(f"{text}\n\nIn-scope cases polc fails:\n\n" + "\n".join(failed) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

"""polc on other projects' published numeral test suites (tests/data/numeral_suites/README.md):
every suite's in-scope cases pass at 95% or more, and the scorer itself tells right from wrong."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from numeral_suites import SUITES, load_cases, passes, run  # noqa: E402

CASES = load_cases()


def test_every_case_names_its_source_and_a_known_suite():
    assert CASES and all(c["suite"] in SUITES and "@" in c["source"] for c in CASES)
    assert {c["kind"] for c in CASES} == {"number", "error", "extract", "spans"}


@pytest.mark.parametrize("suite", SUITES)
def test_each_suite_passes_at_95_percent(suite):
    total, right, failures = run([c for c in CASES if c["suite"] == suite])
    assert right[suite] / total[suite] >= 0.95, "\n".join(failures)


def test_the_scorer_tells_a_wrong_number_a_wrong_currency_and_a_missing_clause():
    case = {"kind": "extract", "expected": [{"type": "money", "numbers": ["2960.00"], "unit": "HKD"}]}
    assert passes(case, [{"type": "money", "numbers": ["2960"], "unit": "HKD"}])
    assert not passes(case, [{"type": "money", "numbers": ["2960"], "unit": "CNY"}])
    assert not passes(case, [{"type": "money", "numbers": ["296"], "unit": "HKD"}])
    assert not passes(case, [])
    assert passes({"kind": "number", "expected": "0.1"}, "0.1") and not passes({"kind": "number", "expected": "1"}, None)
    assert passes({"kind": "error", "expected": None}, None)

#!/usr/bin/env python3
"""Validate the hand-made answer keys against their source texts (stdlib only).

Usage: python3 tests/answer_key/check_key.py [SEEDS_DIR]   (SEEDS_DIR: default corpus/)
The seed keys are checked against the seeds in corpus/, the ext/ and holdout/ keys against their
sources in tests/data/corpus-ext (local/ and policies/, copied from corpus-ext), the fresh/ and
guides/ keys against their own sources in fresh/sources/ and guides/sources/: everything in the
repository.
Exit status 0 when every file is clean, 1 otherwise.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEEDS = os.path.join(ROOT, "corpus")
CORPUS_EXT = os.path.join(ROOT, "tests", "data", "corpus-ext")
FRESH = os.path.join(HERE, "fresh")
GUIDES = os.path.join(HERE, "guides")
FOLDERS = (HERE, os.path.join(HERE, "ext"), os.path.join(HERE, "holdout"), FRESH, GUIDES)

ROLES = {"amount", "cap", "floor", "threshold", "share", "figure"}  # figure: the ext, holdout and fresh keys only
UNITS = {"CNY", "USD", "EUR", "HKD", "%", "pp"}
TYPES = {"money", "percent"}
# In seed 001 only two documents are keyed: line 4 (金融奖励补贴实施办法)
# and line 8 (企业知识产权登峰行动计划), 1-based line numbers.
ALLOWED_LINES = {"001_490c044983d1bc4d": {4, 8}}


def load_source(stem, folder=HERE):
    if folder == HERE:
        candidates = [os.path.join(SEEDS, stem + ".txt")]
    elif folder in (FRESH, GUIDES):
        candidates = [os.path.join(folder, "sources", stem + ".txt")]
    else:
        candidates = [os.path.join(CORPUS_EXT, sub, stem + ext) for sub in ("local", "policies") for ext in (".txt", ".md")]
    path = next(p for p in candidates if os.path.exists(p))
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")  # as read_text reads it
    return text[1:] if text.startswith("\ufeff") else text


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def check_amount(e, where, errors):
    for k in ("type", "value", "min", "max", "min_inclusive", "max_inclusive", "role"):
        if k not in e:
            errors.append(f"{where}: missing field {k}")
            return
    if e["type"] not in TYPES:
        errors.append(f"{where}: bad type {e['type']!r}")
    if e["role"] not in ROLES:
        errors.append(f"{where}: bad role {e['role']!r}")
    if "unit" in e and e["unit"] not in UNITS:
        errors.append(f"{where}: bad unit {e['unit']!r}")
    for b in ("min", "max"):
        inc = e[b + "_inclusive"]
        if e[b] is None and inc is not None:
            errors.append(f"{where}: {b} is null but {b}_inclusive={inc!r}")
        if e[b] is not None and not isinstance(inc, bool):
            errors.append(f"{where}: {b} set but {b}_inclusive not a bool")
    if e["min"] is None and e["max"] is None:
        errors.append(f"{where}: both bounds open")
    if e["value"] is not None and not (e["min"] == e["max"] == e["value"]
                                       and e["min_inclusive"] and e["max_inclusive"]):
        errors.append(f"{where}: exact value but min/max/inclusive disagree")
    if e["min"] is not None and e["max"] is not None and e["min"] > e["max"]:
        errors.append(f"{where}: min > max")


def check_date(e, where, errors):
    import datetime
    if e.get("role") not in {"signed", "deadline"}:
        errors.append(f"{where}: bad role {e.get('role')!r}")
    try:
        datetime.date.fromisoformat(e.get("value", ""))
    except (TypeError, ValueError):
        errors.append(f"{where}: value not an ISO date: {e.get('value')!r}")


def check_file(path):
    name = os.path.basename(path)
    is_dates = name.startswith("dates_")
    stem = ("003_00e0f4675e6c9239" if name == "dates_003.jsonl"
            else name[:-len(".jsonl")])
    src = load_source(stem, os.path.dirname(path))
    errors, entries = [], []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                entries.append((n, json.loads(line)))
            except json.JSONDecodeError as ex:
                errors.append(f"{name}:{n}: bad JSON: {ex}")
    prev_end = -1
    for n, e in entries:
        where = f"{name}:{n}"
        span = e.get("span")
        if not (isinstance(span, list) and len(span) == 2
                and all(isinstance(x, int) for x in span) and 0 <= span[0] < span[1] <= len(src)):
            errors.append(f"{where}: bad span {span!r}")
            continue
        s, t = span
        if src[s:t] != e.get("text"):
            errors.append(f"{where}: text {e.get('text')!r} != source {src[s:t]!r}")
        if s < prev_end:
            errors.append(f"{where}: span {span} not ascending / overlaps previous (ended {prev_end})")
        prev_end = t
        allowed = ALLOWED_LINES.get(stem)
        if allowed and line_of(src, s) not in allowed:
            errors.append(f"{where}: span on line {line_of(src, s)}, outside keyed documents")
        (check_date if is_dates else check_amount)(e, where, errors)
    return name, entries, errors


def main():
    files = [os.path.join(folder, p) for folder in FOLDERS if os.path.isdir(folder)
             for p in sorted(os.listdir(folder)) if p.endswith(".jsonl")]
    total_err = 0
    for p in files:
        name, entries, errors = check_file(p)
        es = [e for _, e in entries]
        if name.startswith("dates_"):
            detail = dict(collections.Counter(e.get("role") for e in es))
        else:
            detail = {"money": sum(e.get("type") == "money" for e in es),
                      "percent": sum(e.get("type") == "percent" for e in es),
                      **dict(sorted(collections.Counter(e.get("role") for e in es).items()))}
        print(f"{name[:32]:32s} {len(es):4d} entries  {detail}  {'OK' if not errors else f'{len(errors)} ERRORS'}")
        for msg in errors:
            print("   ", msg)
        total_err += len(errors)
    print("clean" if total_err == 0 else f"{total_err} errors")
    return 1 if total_err else 0


if __name__ == "__main__":
    if len(sys.argv) > 1:
        SEEDS = sys.argv[1]
    sys.exit(main())

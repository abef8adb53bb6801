"""Score ``polc match`` on the hand-labelled eligibility key (tests/eligibility_key/).

    .venv/bin/python bench/eligibility.py                 # both halves: accuracy, false eligible
    .venv/bin/python bench/eligibility.py --show tune     # the tuning half's failures, case by case
    .venv/bin/python bench/eligibility.py --blockers      # what a wrong ``possible`` waits on, counted

The held-out sets are only ever scored (``--show holdout`` is refused).  Each case names a phrase of
its source; the case's programme is polc's innermost programme whose span holds that phrase, and
no such programme is a wrong answer.  Needs nothing outside the repository.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from contextlib import contextmanager
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEY = ROOT / "tests" / "eligibility_key"
sys.path.insert(0, str(ROOT))

import polc  # noqa: E402
from polc import match  # noqa: E402
from polc.advice import _conditions  # noqa: E402
from polc.match import _validity, _year_of, judge, profile_from  # noqa: E402
from polc.provisions import walk  # noqa: E402


# the tuning sets, each labelled by another hand before polc ran on it (tests/eligibility_key/README.md);
# the held-out sets (holdout: real guides; holdout_syn: guides written for the purpose) are only scored
HALVES = tuple(sorted(p.stem for p in KEY.glob("*.jsonl") if not p.stem.startswith("holdout")))
HELD_OUT = tuple(sorted(p.stem for p in KEY.glob("holdout*.jsonl")))


def load(half: str) -> list[dict]:
    return [json.loads(line) for line in (KEY / f"{half}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def build(out: Path) -> dict[str, list[dict]]:
    """The documents of every key source, by source file name."""
    built = polc.build(str(KEY / "sources"), str(out), jobs=1, site=False, use_cache=False)
    errors = [(path, d) for path, d in built.diagnostics if d["severity"] == "error"]
    if built.failed or errors:  # a crash would score as "no programme": say so instead
        sys.exit("polc failed on the key's sources: " + "; ".join(f"{p}: {d['message']}" for p, d in errors[:5]))
    docs: dict[str, list[dict]] = {}
    for entry in built.index["documents"]:
        doc = json.loads((out / entry["json"]).read_text(encoding="utf-8"))
        docs.setdefault(Path(doc["source"]["path"]).name, []).append(doc)
    return docs


def verdict(case: dict, docs: dict[str, list[dict]]) -> tuple[str, dict | None]:
    text = (KEY / "sources" / case["source"]).read_text(encoding="utf-8")
    at = text.find(case["programme"])
    best = None
    for doc in docs.get(case["source"], []):
        for p in doc["programmes"]:
            if p["span"][0] <= at < p["span"][1] and (best is None or p["span"][1] - p["span"][0] < best[1]["span"][1] - best[1]["span"][0]):
                best = (doc, p)
    if best is None:
        return "none", None
    doc, p = best
    clauses = {c["id"]: c for n in walk(doc["body"]) for c in n["clauses"]}
    profile = profile_from({**case["profile"], "name": case["id"]}, case["id"])
    on = date.fromisoformat(case["on"])
    result = judge(p, profile, doc["id"], clauses, on, _year_of(doc), _validity(doc["meta"], on))
    return result["status"], result


def _why_open(reason: dict) -> str:
    """Why a condition on a fact stayed open, as a class (no case's text): the profile lacks the
    fact, or it has it and polc could not decide (a place it cannot resolve, discretion)."""
    if reason["result"] != "unknown" or not reason["fact"]:
        return ""
    return " (not given)" if (reason["note"] or "").startswith("the profile does not give") else " (undecided)"


def category(got: str, result: dict | None) -> str:
    """What a wrong verdict turned on, as a category (no case's text): no programme, a closed
    programme, or the facts of the conditions polc decided false (for ``ineligible``) or left open."""
    if result is None:
        return "no programme"
    if got == "ineligible" and not result["open"]:
        return "closed: " + ("deadline" if (result["closed"] or "").startswith("deadline") else "document")
    want = "false" if got == "ineligible" else "unknown"
    facts = sorted({(("not " if r["exclusion"] else "") + (r["fact"] or "text") + _why_open(r)) for r in result["reasons"]
                    if r["result"] == want})
    return ", ".join(facts) or "-"


def score(cases: list[dict], docs: dict[str, list[dict]], show: bool) -> dict:
    right, false_eligible, confusion, categories = 0, 0, Counter(), Counter()
    for case in cases:
        got, result = verdict(case, docs)
        confusion[case["verdict"], got] += 1
        if got != case["verdict"]:
            categories[f"{case['verdict']}→{got}: {category(got, result)}"] += 1
        right += got == case["verdict"]
        false_eligible += got == "eligible" and case["verdict"] != "eligible"
        if show and got != case["verdict"]:
            print(f"\n{case['id']}: want {case['verdict']}, got {got} — {case['why']}")
            print(f"  deciding: {case['deciding']}")
            if result:
                print(f"  programme: {result['title']} [{result['node']}]")
                for r in result["reasons"]:
                    print(f"    {r['result']:8s} {'EXCL ' if r['exclusion'] else ''}{r['fact'] or '-'} {r['op'] or ''} "
                          f"{r['threshold'] if r['threshold'] is not None else ''} | {r['text'][:50]} | {r['note']}")
    return {"cases": len(cases), "right": right, "accuracy": right / len(cases) if cases else 0.0,
            "false_eligible": false_eligible, "confusion": confusion, "categories": categories}


@contextmanager
def texts_decided(conditions: bool | None, exclusions: bool | None):
    """Judge with the conditions polc left to a person (no test) decided as given: ``None`` leaves them."""
    condition = match._Judge.condition

    def decided(self, c: dict, exclusion: bool = False, floor: str | None = None):
        value = exclusions if exclusion else conditions
        if c["test"] is not None or value is None:
            return condition(self, c, exclusion, floor)
        self.reasons.append({"node": c["node"], "span": c["span"], "text": c["text"], "fact": None, "op": None,
                             "threshold": None, "clause": None, "years": None, "exclusion": exclusion,
                             "result": "true" if value else "false", "note": "decided for --blockers"})
        return value
    match._Judge.condition = decided
    try:
        yield
    finally:
        match._Judge.condition = condition


def unheard(cases: list[dict], docs: dict[str, list[dict]]) -> Counter:
    """The facts the profiles of wrong verdicts give that no condition of their programme asked
    about, counted by fact name (no case's text): a fact the key's labeller relied on and polc
    never reads points at a phrasing left to a person."""
    found = Counter()
    for case in cases:
        got, result = verdict(case, docs)
        if got == case["verdict"] or result is None:
            continue
        asked = {r["fact"] for r in result["reasons"] if r["fact"]}
        for fact in sorted(set(case["profile"]) - asked - {"name"}):
            found[f"{case['verdict']}→{got}: {fact}"] += 1
    return found


# What an open text condition is about, by the words in it: a class per row, the first that matches (no case's text
# is printed, only how many wrong verdicts wait on a condition of each class).
OPEN_CLASSES = (
    ("place", r"中心城区|城区|主城区|市区|规划区|范围内|辖区|行政区域|区域|片区|新区|开发区|园区"),
    ("home kind or size", r"面积|平方米|㎡|m2|商品房|商品住房|住宅|二手|安置房|保障性|自住|非住宅|车位"),
    ("price or tax", r"总价|房款|价款|契税|税款|发票|首付|贷款|公积金"),
    ("homes owned", r"首套|第二套|套数|无房|住房登记|已拥有|唯一住房|自有住房"),
    ("family", r"夫妻|配偶|子女|家庭|婚|孩"),
    ("hukou or residence", r"户籍|户口|落户|居住证|常住|居住"),
    ("work or insurance", r"就业|工作|劳动合同|社会保险|社保|参保|个人所得税|个税|单位|全职|引进|聘用"),
    ("education or talent", r"学历|学位|毕业|博士|硕士|本科|大专|人才|职称|技师|技能|认定|类"),
    ("age", r"周岁|年龄|出生"),
    ("already granted", r"享受|重复|领取|补贴过|已获|一次"),
    ("integrity or record", r"失信|信用|违法|违规|处罚|虚假|记录"),
    ("business", r"企业|公司|营业|经营|注册|法人|纳税|营收|收入"),
    ("time", r"\d{4}年|期间|之日|以后|以前|截至|期限|时间"),
)


def open_words(cases: list[dict], docs: dict[str, list[dict]]) -> Counter:
    """The open text conditions and exclusions of each wrong verdict, counted by what they are about (OPEN_CLASSES):
    which kinds of words left to a person the errors wait on, read off no case."""
    found = Counter()
    for case in cases:
        got, result = verdict(case, docs)
        if got == case["verdict"] or result is None:
            continue
        about = set()
        for r in result["reasons"]:
            if r["fact"] is None and r["result"] == "unknown":
                kind = next((name for name, words in OPEN_CLASSES if re.search(words, r["text"])), "other")
                about.add(("exclusion: " if r["exclusion"] else "") + kind)
        for kind in sorted(about):
            found[f"{case['verdict']}→{got}: {kind}"] += 1
    return found


def deciding(cases: list[dict], docs: dict[str, list[dict]]) -> Counter:
    """Each wrong verdict by where the key's deciding phrase stands in polc's reading (no case's text):
    a condition of the case's programme (read as a fact or left as text, and how it was decided), a
    condition of another programme only, or no condition at all (inside the programme's span or not)."""
    found = Counter()
    for case in cases:
        got, result = verdict(case, docs)
        if got == case["verdict"] or not case["deciding"] or result is None:
            continue
        text = (KEY / "sources" / case["source"]).read_text(encoding="utf-8")
        a = text.find(case["deciding"])
        b = a + len(case["deciding"])
        if a < 0:
            continue
        hit = [r for r in result["reasons"] if r["span"][0] < b and a < r["span"][1]]
        if hit:
            where = "this programme: " + ", ".join(sorted({("exclusion " if r["exclusion"] else "")
                                                          + ("fact " if r["fact"] else "text ") + r["result"] for r in hit}))
        else:
            others = [p for doc in docs.get(case["source"], []) for p in doc["programmes"]
                      if any(c["span"][0] < b and a < c["span"][1] for c in _conditions(p))]
            inside = result["span"][0] <= a < result["span"][1] if result.get("span") else False
            where = ("another programme's condition" if others
                     else "no condition, " + ("inside" if inside else "outside") + " the programme")
        found[f"{case['verdict']}→{got}: {where}"] += 1
    return found


def blockers(cases: list[dict], docs: dict[str, list[dict]]) -> Counter:
    """Each wrong ``possible`` by what it waits on (no case's text): the verdict with the text
    conditions taken as met, with the text exclusions taken as not applying, and with both."""
    found = Counter()
    for case in cases:
        got, _ = verdict(case, docs)
        if got == case["verdict"] or got != "possible":
            continue
        after = []
        for conditions, exclusions in ((True, None), (None, False), (True, False)):
            with texts_decided(conditions, exclusions):
                after.append(verdict(case, docs)[0])
        found[f"{case['verdict']}: texts met → {after[0]}, text exclusions not applying → {after[1]}, "
              f"both → {after[2]}"] += 1
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", choices=[*HALVES, *HELD_OUT], help="print the failures of one set")
    parser.add_argument("--categories", action="store_true",
                        help="count each set's errors by what they turned on (facts, no programme, closed)")
    parser.add_argument("--blockers", action="store_true",
                        help="count each set's wrong 'possible' by whether text conditions or text exclusions hold it")
    parser.add_argument("--unheard", action="store_true",
                        help="count the profile facts of each set's errors that their programme never asked about")
    parser.add_argument("--deciding", action="store_true",
                        help="count each set's errors by where the key's deciding phrase stands in polc's reading")
    parser.add_argument("--open-words", action="store_true",
                        help="count each set's errors by what the text conditions left to a person are about")
    args = parser.parse_args()
    if args.show in HELD_OUT:
        sys.exit("a held-out set is scored, never read case by case")
    with tempfile.TemporaryDirectory() as tmp:
        docs = build(Path(tmp) / "out")
        print("| half | cases | right | accuracy | false eligible | labels eligible/possible/ineligible |")
        print("|---|---:|---:|---:|---:|---|")
        rows = []
        for half in (*HALVES, *HELD_OUT):
            cases = load(half)
            rows.append((half, score(cases, docs, args.show == half), cases))
        for half, s, cases in rows:
            labels = Counter(c["verdict"] for c in cases)
            print(f"| {half} | {s['cases']} | {s['right']} | {s['accuracy']:.3f} | {s['false_eligible']} | "
                  f"{labels['eligible']}/{labels['possible']}/{labels['ineligible']} |")
        for half, s, cases in rows:
            got = ", ".join(f"{w}→{g}: {n}" for (w, g), n in sorted(s["confusion"].items()) if w != g)
            print(f"\n{half} errors (label→polc): {got or 'none'}")
            if args.categories:
                for name, n in sorted(s["categories"].items()):
                    print(f"  {n:3d}  {name}")
            if args.unheard:
                for name, n in sorted(unheard(cases, docs).items()):
                    print(f"  {n:3d}  {name}")
            if args.open_words:
                for name, n in sorted(open_words(cases, docs).items()):
                    print(f"  {n:3d}  {name}")
            if args.deciding:
                for name, n in sorted(deciding(cases, docs).items()):
                    print(f"  {n:3d}  {name}")
            if args.blockers:
                for name, n in sorted(blockers(cases, docs).items()):
                    print(f"  {n:3d}  {name}")


if __name__ == "__main__":
    main()

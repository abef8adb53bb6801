"""``polc match``: who can claim what — a profile's facts against every programme of a built OUT.

``load_profile(path)`` reads a TOML profile (``name`` and the facts of :mod:`facts`; a key polc
does not know is a :class:`ProfileError`); ``match(out, profile)`` reads ``OUT/index.json`` and the
document JSON it lists (the validated contract, never the source) and answers for every
programme: ``eligible`` (every condition decided true), ``ineligible`` (a condition decided false,
or an exclusion hits) or ``possible`` (nothing false, but some condition needs a fact the profile
lacks or a person's judgement), with the reasons condition by condition.  Three-valued logic
throughout: an ``any`` list with one true member is true, an ``all`` list with one false member
is false, and a text condition is unknown.
"""
from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import facts as F
from .provisions import walk

STATUS_ORDER = {"eligible": 0, "possible": 1, "ineligible": 2}


class ProfileError(ValueError):
    """A profile polc cannot use: a key it does not know, or a value of the wrong kind."""


@dataclass(frozen=True)
class Profile:
    name: str
    facts: dict[str, Any]


def load_profile(path: Path) -> Profile:
    """Read and check a TOML profile; raises :class:`ProfileError` naming the bad key."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: not valid TOML ({exc})") from exc
    return profile_from(data, str(path))


def profile_from(data: dict[str, Any], where: str = "profile") -> Profile:
    unknown = sorted(set(data) - set(F.FACTS) - {"name"})
    if unknown:
        raise ProfileError(f"{where}: unknown key{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
                           f"known: name, {', '.join(F.FACTS)}")
    for key, value in data.items():
        _check(key, value, where)
    return Profile(str(data.get("name", Path(where).stem)), {k: v for k, v in data.items() if k != "name"})


def _check(key: str, value: Any, where: str) -> None:
    if key == "name":
        return
    kind = F.FACTS[key].kind
    checks = {"number": lambda: isinstance(value, (int, float)) and not isinstance(value, bool),
              "boolean": lambda: isinstance(value, bool),
              "strings": lambda: isinstance(value, list) and all(isinstance(v, str) for v in value),
              "kind": lambda: isinstance(value, str) and value in F.KINDS, "region": lambda: isinstance(value, str)}
    ok = checks[kind]()
    if not ok:
        want = {"number": "a number", "boolean": "true or false", "strings": "a list of strings",
                "kind": f"one of {', '.join(F.KINDS)}", "region": "a place name"}[kind]
        raise ProfileError(f"{where}: {key} must be {want}, not {value!r}")


# --- evaluation ----------------------------------------------------------------------------------


def match(out: Path, profile: Profile) -> dict[str, Any]:
    """Every programme of the build in ``out`` judged against ``profile``, best first."""
    index = json.loads((Path(out) / "index.json").read_text(encoding="utf-8"))
    results = []
    for entry in index["documents"]:
        doc = json.loads((Path(out) / entry["json"]).read_text(encoding="utf-8"))
        clauses = {c["id"]: c for node in walk(doc["body"]) for c in node["clauses"]}
        for programme in doc.get("programmes", []):
            results.append(judge(programme, profile, doc["id"], clauses))
    results.sort(key=lambda r: (STATUS_ORDER[r["status"]], -_best_amount(r), r["document"], r["programme"]))
    return {"profile": profile.name, "results": results}


def judge(programme: dict, profile: Profile, document: str, clauses: dict[str, dict]) -> dict[str, Any]:
    """One programme judged: status, reasons, benefits and deadline."""
    judge_ = _Judge(profile, programme["exemptions"])
    who = judge_.logic(programme["applicants"])
    what = judge_.logic(programme["logic"])
    excluded = [judge_.condition(c, exclusion=True) for c in programme["exclusions"]]
    hit = any(r is True for r in excluded)
    unsure = any(r is None for r in excluded)
    if who is False or what is False or hit:
        status = "ineligible"
    elif who is True and what is True and not unsure:
        status = "eligible"
    else:
        status = "possible"
    benefits = [clauses[i] for i in programme["benefits"] if i in clauses]
    deadline = clauses.get(programme["deadline"]) if programme["deadline"] else None
    return {"document": document, "programme": programme["id"], "node": programme["node"],
            "title": programme["title"], "span": programme["span"], "status": status, "reasons": judge_.reasons,
            "benefits": [c["id"] for c in benefits],
            "amounts": [{"id": c["id"], "text": c["text"], "value": c["value"], "max": c["max"], "role": c["role"]}
                        for c in benefits],
            "deadline": deadline["value"] if deadline else None}


class _Judge:
    """Evaluates one programme's logic against one profile, recording a reason per condition."""

    def __init__(self, profile: Profile, exemptions: list[dict]):
        self.facts = profile.facts
        self.exemptions = exemptions
        self.reasons: list[dict[str, Any]] = []

    def logic(self, logic: dict) -> bool | None:
        plain = [i for i in logic["items"] if not i.get("when")]
        branches = [i for i in logic["items"] if i.get("when")]
        values = [self.item(i) for i in plain]
        if branches:
            values.append(self.branches(branches))
        if not values:
            return True
        return _all(values) if logic["op"] == "all" else _any(values)

    def branches(self, branches: list[dict]) -> bool | None:
        """Sibling branches by kind are alternatives: the applicant's kind picks those that apply."""
        kind = self.facts.get("kind")
        applicable = [b for b in branches if kind in b["when"]] if kind else branches
        if not applicable:
            return False
        values = [self.logic(b) for b in applicable]
        result = _any(values)
        return result if kind or result is False else None

    def item(self, item: dict) -> bool | None:
        return self.logic(item) if "op" in item else self.condition(item)

    def condition(self, condition: dict, exclusion: bool = False) -> bool | None:
        test = condition["test"]
        value, note = (None, "a person decides") if test is None else self.test(test)
        self.reasons.append({"node": condition["node"], "span": condition["span"], "text": condition["text"],
                             "fact": test["fact"] if test else None, "op": test["op"] if test else None,
                             "threshold": test["value"] if test else None, "clause": test["clause"] if test else None,
                             "years": test["years"] if test else None, "exclusion": exclusion,
                             "result": {True: "true", False: "false", None: "unknown"}[value], "note": note})
        return value

    def test(self, test: dict) -> tuple[bool | None, str]:
        fact, op, threshold = test["fact"], test["op"], test["value"]
        for exemption in self.exemptions:
            if fact in exemption["facts"] and self._holds(exemption["holders"]):
                if exemption["effect"] == "lift":
                    return True, f"lifted: {exemption['text']}"
                threshold = threshold / 2 if isinstance(threshold, (int, float)) else threshold
        if fact not in self.facts:
            return None, f"the profile does not give {fact}"
        have = self.facts[fact]
        if op == "in" and fact == "kind":
            return have in threshold, f"{fact} = {have}"
        if op == "in" and fact == "region":
            return _in_region(have, threshold), f"{fact} = {have}"
        if op == "has":
            return _holds(have, threshold), f"{fact} = {', '.join(have) or 'none'}"
        if op == "==":
            return have == threshold, f"{fact} = {have}"
        compare = {">=": lambda a, b: a >= b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, "<": lambda a, b: a < b}
        return compare[op](have, threshold), f"{fact} = {have} {op} {threshold}" + (
            f" (halved: {threshold})" if threshold != test["value"] else "")

    def _holds(self, holders: list[str]) -> bool:
        return _holds(self.facts.get("titles", []) + self.facts.get("awards", []), holders)


def _all(values: list) -> bool | None:
    return False if any(v is False for v in values) else True if all(v is True for v in values) else None


def _any(values: list) -> bool | None:
    return True if any(v is True for v in values) else False if all(v is False for v in values) else None


def _holds(have: list[str], wanted: list[str]) -> bool:
    return any(F.plain_name(w) in F.plain_name(h) or F.plain_name(h) in F.plain_name(w) for h in have for w in wanted)


def _in_region(place: str, provinces: list[str]) -> bool:
    for province in provinces:
        if province in place or any(city in place for city in F.CITIES.get(province, ())):
            return True
    return False


def _best_amount(result: dict) -> float:
    return max((a["value"] if a["value"] is not None else a["max"] or 0 for a in result["amounts"]), default=0)


# --- output ----------------------------------------------------------------------------------------


def summary(answer: dict[str, Any]) -> str:
    """One line per programme, best first: status, title, amount, the deciding reason."""
    lines = [f"polc match: {answer['profile']} — {len(answer['results'])} programmes"]
    for r in answer["results"]:
        amount = "、".join(a["text"] + ("（上限）" if a["role"] == "cap" else "") for a in r["amounts"][:3]) or "—"
        deadline = f"  截止 {r['deadline']}" if r["deadline"] else ""
        lines.append(f"{r['status']:10s} {r['title']}  {amount}{deadline}  — {_deciding(r)}  [{r['document']}#{r['node']}]")
    return "\n".join(lines)


def _deciding(result: dict) -> str:
    reasons = result["reasons"]
    false = [r for r in reasons if r["result"] == ("true" if r["exclusion"] else "false")]
    if result["status"] == "ineligible" and false:
        first = false[0]
        return ("excluded: " if first["exclusion"] else "fails: ") + first["text"] + (f" ({first['note']})" if first["note"] else "")
    unknown = [r for r in reasons if r["result"] == "unknown"]
    if result["status"] == "possible":
        return f"{len(unknown)} condition{'s' if len(unknown) != 1 else ''} to check, first: {unknown[0]['text']}" if unknown \
            else "to check"
    return f"all {len(reasons)} conditions hold"


STATUS_NAMES = {"eligible": "可申报", "possible": "待核实", "ineligible": "不可申报"}
RESULT_NAMES = {"true": "符合", "false": "不符合", "unknown": "待核实"}
EXCLUSION_NAMES = {"true": "属于不得申报情形", "false": "不属于不得申报情形", "unknown": "待核实是否属于不得申报情形"}


def page(answer: dict[str, Any], out: Path | None = None) -> str:
    """A self-contained page of the answer in the reviewers' site style (links point into ``out``'s site)."""
    from . import render
    from .paths import document_html

    results = [{**r, "href": (f"{Path(out).resolve().as_uri()}/" if out else "") + document_html(r["document"])
                + f"#{r['node']}"} for r in answer["results"]]
    return render.page("match.html", answer={**answer, "results": results}, root="", inline_css=render.asset("polc.css"),
                       status_names=STATUS_NAMES, result_names=RESULT_NAMES, exclusion_names=EXCLUSION_NAMES)

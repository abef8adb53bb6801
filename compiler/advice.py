"""The applicant's next step, after ``polc match``: what would change a verdict, what to find out first, how much.

Built on the judge of :mod:`match`, never beside it: every alternative offered is the programme
judged again with the changed profile, so a change is listed only when it really gives the status
it promises.

* :func:`changes` — for an ``ineligible`` or ``possible`` programme that is open, the smallest sets
  of fact changes that make it ``eligible`` (or, where text conditions remain, ``possible``): at
  most three, fewest changes first.  Each change names the fact, what it must become (``op``,
  ``need``), what the profile has, and the condition it satisfies (node, span, text); an exclusion
  is turned into what must stop being true; a change no applicant can make (an age, the kind of
  applicant, a company's place of registration) is listed and marked ``fixed``.
* :func:`ask` — across the open ``possible`` programmes, every fact the profile does not give that
  an open condition needs, ranked by how many programmes it would decide on its own (weighted by
  their amounts).
* :func:`estimate` — how much, where the text pays per unit of something the profile counts
  (每件… × ``valid_patents``) or a rate of an amount it gives (按购房款的1% × ``home_price``),
  with the cap applied and the formula written out.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import product
from typing import Any, Callable

from . import elapsed
from . import facts as F
from . import places
from .markup import quantity

STATUS_ORDER = {"eligible": 0, "possible": 1, "ineligible": 2}
WIDTH = 4  # alternatives kept per part of a programme's logic while they are combined
KEEP = 3  # alternatives listed per programme


@dataclass(frozen=True)
class Change:
    """One fact to change: ``fact op need`` must hold; ``have`` is the profile's value (None: not given)."""

    fact: str
    op: str
    need: Any
    have: Any
    node: str
    span: tuple[int, int]
    text: str
    fixed: bool

    def as_json(self) -> dict[str, Any]:
        return {"fact": self.fact, "op": self.op, "need": _thaw(self.need), "have": _thaw(self.have), "node": self.node,
                "span": list(self.span), "text": self.text, "fixed": self.fixed}

    @classmethod
    def of(cls, data: dict[str, Any]) -> "Change":
        return cls(**{**data, "need": _freeze(data["need"]), "have": _freeze(data["have"]), "span": tuple(data["span"])})


def _freeze(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _thaw(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


Judge = Callable[[dict[str, Any]], dict[str, Any]]  # profile facts → a judged result (match.judge)


def changes(result: dict, programme: dict, facts: dict[str, Any], on: date, tester: Any, rejudge: Judge) -> list[dict]:
    """The closest ways to a better status for one judged programme (``[]`` when eligible or closed)."""
    if result["status"] == "eligible" or not result["open"]:
        return []
    routes = [_options(programme["applicants"], tester, programme), _options(programme["logic"], tester, programme)]
    for exclusion in programme["exclusions"]:
        if tester.condition(exclusion, exclusion=True) is not False:
            routes.append([(c,) for c in [_negation(exclusion, tester)] if c is not None])
    if any(not r for r in routes):
        return []
    found = []
    for candidate in {_merge(*combo) for combo in product(*routes)} - {()}:
        status = rejudge(apply(facts, candidate, on))["status"]
        if STATUS_ORDER[status] < STATUS_ORDER[result["status"]]:
            found.append((candidate, status))
    found.sort(key=lambda f: (len(f[0]), STATUS_ORDER[f[1]], _size(f[0])))
    return [{"status": status, "changes": [c.as_json() for c in candidate]} for candidate, status in found[:KEEP]]


def _size(changes_: tuple[Change, ...]) -> tuple:
    """Fewest changes first, then fewest that cannot be made; ties in a total order (the sets they come
    from iterate in an order that differs between processes)."""
    return len(changes_), sum(c.fixed for c in changes_), [(c.fact, c.op, str(c.need), c.node, c.span) for c in changes_]


def _merge(*parts: tuple[Change, ...]) -> tuple[Change, ...]:
    """One change per (fact, op): of two numeric needs the stricter; the result in a stable order."""
    merged: dict[tuple[str, str], Change] = {}
    for change in (c for part in parts for c in part):
        key = (change.fact, change.op)
        old = merged.get(key)
        if old is None:
            merged[key] = change
        elif isinstance(change.need, (int, float)) and isinstance(old.need, (int, float)):
            stricter = max if change.op in (">=", ">") else min
            merged[key] = change if stricter(change.need, old.need) == change.need else old
    return tuple(sorted(merged.values(), key=lambda c: (c.fact, c.op, str(c.need), c.node)))


def _options(logic: dict, tester: Any, programme: dict) -> list[tuple[Change, ...]]:
    """The smallest change sets that make ``logic`` true (``[()]``: already true, or only text is left;
    ``[]``: nothing a profile can change makes it true)."""
    if logic["op"] == "tiers":
        parts = []
        for tier in logic["items"]:
            first, *rest = tier["items"] if "op" in tier else (tier,)
            chosen = tester.item(first)
            parts.append([()] if chosen is False else _all([_item(i, tester, programme) for i in rest]))
        return _all(parts)
    plain = [_item(i, tester, programme) for i in logic["items"] if not i.get("when")]
    branches = [b for b in logic["items"] if b.get("when")]
    if branches:
        kind = tester.facts.get("kind")
        applicable = [b for b in branches if kind in b["when"]] if kind else branches
        plain.append(_any([_options(b, tester, programme) for b in applicable]))
    if not plain:
        return [()]
    return _all(plain) if logic["op"] == "all" else _any(plain)


def _item(item: dict, tester: Any, programme: dict) -> list[tuple[Change, ...]]:
    if "op" in item:
        return _options(item, tester, programme)
    if tester.condition(item) is True or item["test"] is None:
        return [()]
    found = [(c,) for c in [_satisfy(item, tester)] if c is not None]
    for exemption in programme["exemptions"]:  # 国家专精特新“小巨人”企业可不受利税…限制: hold the title instead
        if item["test"]["fact"] in exemption["facts"] and exemption["holders"]:
            found.append((_change(item, "titles", "has", [exemption["holders"][0]], tester),))
    return found


def _all(parts: list[list[tuple[Change, ...]]]) -> list[tuple[Change, ...]]:
    if any(not p for p in parts):
        return []
    combos = [()]
    for part in parts:
        combos = sorted({_merge(a, b) for a in combos for b in part}, key=_size)[:WIDTH]
    return combos


def _any(parts: list[list[tuple[Change, ...]]]) -> list[tuple[Change, ...]]:
    return sorted({c for part in parts for c in part}, key=_size)[:WIDTH]


# --- one condition ------------------------------------------------------------------------------

_OPPOSITE = {">=": "<", ">": "<=", "<=": ">", "<": ">=", "has": "not has", "in": "not in", "==": "!="}


def _satisfy(condition: dict, tester: Any) -> Change | None:
    test = condition["test"]
    fact, op, value = test["fact"], test["op"], test["value"]
    if op == "not in" or value is None or value == []:
        return None  # 非本市户籍: which place to move to, the text does not say
    return _change(condition, fact, op, value, tester)


def _negation(condition: dict, tester: Any) -> Change | None:
    """What must stop being true for an exclusion not to hit (正在承担…项目 → undertaking not has …)."""
    test = condition["test"]
    if test is None or test["op"] not in _OPPOSITE or test["op"] == "in" or test["value"] is None:
        return None
    op, value = _OPPOSITE[test["op"]], test["value"]
    if op == "!=":
        if not isinstance(value, bool):
            return None
        op, value = "==", not value
    return _change(condition, test["fact"], op, value, tester)


def _change(condition: dict, fact: str, op: str, need: Any, tester: Any) -> Change:
    facts = tester.facts
    fixed = fact in F.FIXED or fact == "region" and facts.get("kind", "individual") != "individual"
    return Change(fact, op, _freeze(need), _freeze(facts.get(fact)), condition["node"], tuple(condition["span"]),
                  condition["text"], fixed)


# --- applying changes ---------------------------------------------------------------------------

_WHOLE = {"人", "件", "年", "月", "套", "个", "项"}


def apply(facts: dict[str, Any], changes_: tuple[Change, ...] | list[dict], on: date) -> dict[str, Any]:
    """The profile's facts with the changes made (a change to an age moves the date it is counted from)."""
    result = dict(facts)
    for change in changes_:
        c = change if isinstance(change, Change) else Change.of(change)
        if c.fact in F.DERIVED:
            _apply_years(result, c, on)
        else:
            result[c.fact] = _value(result.get(c.fact), c)
    return result


def _value(have: Any, c: Change) -> Any:
    fact = F.FACTS.get(c.fact)
    if c.op == "has":
        return sorted({*(have or []), c.need[0]})
    if c.op == "not has":
        return [h for h in have or [] if not F.holds([h], c.need)]
    if c.op == "in":
        wanted = c.need[0]
        if fact is not None and fact.kind == "place":
            area = next((a for a in places.AREAS if wanted.endswith(f"（{a}）")), None)
            return wanted[: -len(area) - 2] if area else wanted
        return wanted
    if c.op == "==":
        return c.need
    if fact is not None and fact.kind == "date":
        day = date.fromisoformat(str(c.need)[:10])
        return (day + timedelta(days={">": 1, "<": -1}.get(c.op, 0))).isoformat()
    if fact is not None and fact.kind == "level":
        return c.need
    step = 1 if fact is None or fact.unit in _WHOLE or fact.unit == "CNY" else 0.1
    return {">=": c.need, ">": c.need + step, "<=": c.need, "<": max(c.need - step, 0)}[c.op]


def _apply_years(facts: dict[str, Any], c: Change, on: date) -> None:
    """Whole years from a date (age, years since graduation) made to satisfy ``op need``: move the date."""
    at = F.DERIVED_AT.get(c.fact)
    day = date.fromisoformat(str(facts[at])[:10]) if at in facts else on
    need = c.need
    if c.fact in F.ELAPSED:  # a time elapsed, in calendar months: 毕业2年内 holds up to the second anniversary
        months, part = divmod(need * 12, 1)
        start = elapsed.months_after(day, -int(months)) - timedelta(days=math.ceil(part * 31))
        holds = {"<=": lambda t: t <= need, "<": lambda t: t < need, ">=": lambda t: t >= need, ">": lambda t: t > need}[c.op]
        step = timedelta(days=1 if c.op in ("<=", "<") else -1)  # later for a short time, earlier for a long one
        for _ in range(64):  # (the months' lengths: a few days either way)
            if holds(elapsed.elapsed(start, day)):
                break
            start += step
        facts[F.DERIVED[c.fact][0]] = start.isoformat()
        return
    if c.op in ("<=", "<"):
        most = math.floor(need) - (c.op == "<" and need == math.floor(need))
        start = elapsed.months_after(day, -12 * (most + 1)) + timedelta(days=1)
    else:
        least = math.ceil(need) + (c.op == ">" and need == math.ceil(need))
        start = elapsed.months_after(day, -12 * least)
    facts[F.DERIVED[c.fact][0]] = start.isoformat()


# --- what to find out first ---------------------------------------------------------------------


def ask(items: list[tuple[dict, dict, Any, Judge]], facts: dict[str, Any], on: date) -> list[dict]:
    """The facts the profile lacks, ranked by how many open ``possible`` programmes each decides alone."""
    tally: dict[str, dict[str, Any]] = {}
    for result, programme, tester, rejudge in items:
        if result["status"] != "possible" or not result["open"]:
            continue
        missing: dict[str, list[dict]] = {}
        for condition in _conditions(programme):
            test = condition["test"]
            if test is None:
                continue
            name = _asked(test["fact"], facts)
            if name is not None and name not in facts:
                missing.setdefault(name, []).append(condition)
        amount = best_amount(result)
        for name, conditions in missing.items():
            entry = tally.setdefault(name, {"fact": name, "decides": 0, "amount": 0, "open_in": 0})
            entry["open_in"] += 1
            if _decides(conditions, tester, rejudge, facts, on):
                entry["decides"] += 1
                entry["amount"] += amount
    ranked = sorted(tally.values(), key=lambda e: (-e["decides"], -e["amount"], -e["open_in"], e["fact"]))
    return [{**e, "amount": round(e["amount"], 2)} for e in ranked]


def _asked(fact: str, facts: dict[str, Any]) -> str | None:
    """The profile key to ask for a fact a condition tests: an age at a purchase needs the birth date,
    or, with that given, the purchase date."""
    if fact in F.DERIVED:
        source = F.DERIVED[fact][0]
        at = F.DERIVED_AT.get(fact)
        if source in facts:
            return at if at and at not in facts else None
        return source
    if fact in F.PLACE_DERIVED:  # the level of a place: ask for the place
        source = F.PLACE_DERIVED[fact][0]
        return None if source in facts else source
    return fact


def _decides(conditions: list[dict], tester: Any, rejudge: Judge, facts: dict[str, Any], on: date) -> bool:
    """Would one answer settle the programme: the value that meets these conditions makes it eligible,
    or the one that fails them makes it ineligible?"""
    for condition in conditions:
        for make in (_satisfy, _fail):
            change = make(condition, tester)
            if change is None:
                continue
            status = rejudge(apply(facts, (change,), on))["status"]
            if status != "possible":
                return True
    return False


def _fail(condition: dict, tester: Any) -> Change | None:
    test = condition["test"]
    if test["op"] in (">=", ">", "<=", "<") and isinstance(test["value"], (int, float)):
        return _change(condition, test["fact"], _OPPOSITE[test["op"]], test["value"], tester)
    if test["op"] == "==" and isinstance(test["value"], bool):
        return _change(condition, test["fact"], "==", not test["value"], tester)
    return None


def _conditions(programme: dict) -> list[dict]:
    found: list[dict] = []

    def walk(logic: dict) -> None:
        for item in logic["items"]:
            walk(item) if "op" in item else found.append(item)

    walk(programme["applicants"])
    walk(programme["logic"])
    return found + list(programme["exclusions"])


def best_amount(result: dict) -> float:
    """The largest sum of money a judged programme pays (an amount or a cap), for ranking; rates count nothing."""
    return max((a["value"] if a["value"] is not None else a["max"] or 0 for a in result["amounts"]
                if a["unit"] == "CNY"), default=0)


# --- how much -----------------------------------------------------------------------------------


def estimate(result: dict, clauses: dict[str, dict], texts: dict[str, str], facts: dict[str, Any]) -> dict | None:
    """The amount for this profile where the text says how to count it, with the cap applied."""
    benefits = [clauses[i] for i in result["benefits"] if i in clauses]
    caps = [c for c in benefits if c["role"] == "cap" and c["unit"] == "CNY" and c["max"] is not None
            and (c.get("per") is None or c["per"]["unit"] in _APPLICANT_UNITS)]
    inside = f"{result['node']}__"  # a rate in the programme's own text (不超过实际融资额1%的奖励) counts too
    rates = [c for key, c in sorted(clauses.items()) if key.startswith(inside) and c["unit"] == "%"
             and c["role"] in ("amount", "cap") and c not in benefits]
    for clause in benefits + rates:
        found = _rate(clause, facts) if clause["unit"] == "%" else _per_unit(clause, texts, facts)
        if found is None:
            continue
        amount, formula = found
        cap = min((c["max"] for c in caps if c is not clause), default=None)
        if cap is not None and amount > cap:
            formula += f"，最高 {yuan(cap)} → {yuan(cap)}"
            amount = cap
        return {"amount": round(amount, 2), "formula": formula, "clause": clause["id"]}
    return None


_APPLICANT_UNITS = {"家", "户", "个", "人", "企业", "单位"}


def _rate(clause: dict, facts: dict[str, Any]) -> tuple[float, str] | None:
    base = clause.get("base") or ""
    rate = clause["value"] if clause["value"] is not None else clause["max"]
    if not base or rate is None:
        return None
    fact = next((name for name, f in F.FACTS.items() if f.unit == "CNY" and name in facts
                 and any(p in base for p in f.phrasings)), None)
    if fact is None:
        return None
    amount = facts[fact] * rate / 100
    return amount, f"{base} {yuan(facts[fact])} × {'不超过 ' if clause['role'] == 'cap' else ''}{rate:g}% = {yuan(amount)}"


def _per_unit(clause: dict, texts: dict[str, str], facts: dict[str, Any]) -> tuple[float, str] | None:
    per, each = clause.get("per"), clause["value"] if clause["value"] is not None else clause["max"]
    if not per or each is None or clause["unit"] != "CNY":
        return None
    node = clause["id"].rsplit("__clause_", 1)[0]
    text = texts.get(node, "")
    where = text.find(clause["text"])
    before = text[max(0, text.rfind("。", 0, where) + 1 if where > 0 else 0): max(where, 0)]
    unit = "㎡" if per["unit"] in ("平方米", "㎡", "平米") else per["unit"]
    fact = next((name for name, f in F.FACTS.items() if name in facts and f.unit == unit and f.kind == "number"
                 and (unit == "㎡" or any(p in before for p in f.phrasings))), None)
    if fact is None:
        return None
    count = facts[fact] / per["count"]
    amount = math.floor(count) * each if per["count"] > 1 else count * each
    return amount, f"{yuan(each)}/{'' if per['count'] == 1 else per['count']}{per['unit']} × {facts[fact]:g}{per['unit']} = {yuan(amount)}"


def yuan(value: float) -> str:
    """A sum of money as people write it: 15万元, 1.44万元, 1.5亿元."""
    return quantity(value, "CNY")


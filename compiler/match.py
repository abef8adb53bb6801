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


import difflib
import json
import math
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from . import advice
from . import elapsed
from . import facts as F
from .model import FORMAT_VERSION
from .numerals import parse_chinese_number
from . import places
from .provisions import walk
from .validate import schema_errors

STATUS_ORDER = {"eligible": 0, "possible": 1, "ineligible": 2}


class ProfileError(ValueError):
    """A profile polc cannot use: not UTF-8 TOML, a key it does not know, a value of the wrong kind."""


@dataclass(frozen=True)
class Profile:
    name: str
    facts: dict[str, Any]


def load_profile(path: Path) -> Profile:
    """Read and check a TOML profile; raises :class:`ProfileError` naming the file and the bad key."""
    raw = Path(path).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProfileError(f"{path}: not UTF-8 (byte {exc.start}); save the profile as UTF-8 "
                           f"(iconv -f GBK -t UTF-8 {path})") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: not valid TOML ({exc}); write one `key = value` per line, "
                           f"strings in quotes, dates as 1990-05-01") from exc
    return profile_from(data, str(path))


def profile_from(data: dict[str, Any], where: str = "profile") -> Profile:
    known = [*F.FACTS, "name"]
    unknown = sorted(set(data) - set(known))
    if unknown:
        hints = []
        for key in unknown:
            close = difflib.get_close_matches(key, known, n=1)
            hints.append(f"{key} (did you mean {close[0]}?)" if close else key)
        raise ProfileError(f"{where}: unknown key{'s' if len(unknown) > 1 else ''} {', '.join(hints)}; "
                           f"known: name, {', '.join(F.FACTS)}")
    for key, value in data.items():
        _check(key, value, where)
    facts = {k: (v.isoformat() if isinstance(v, (date, datetime)) else v) for k, v in data.items() if k != "name"}
    return Profile(str(data.get("name", Path(where).stem)), facts)


_WANT = {"number": "a number of 0 or more", "boolean": "true or false", "strings": "a list of strings",
         "kind": f"one of {', '.join(F.KINDS)}", "place": "a place name (江苏省苏州市)", "date": "a date (1990-05-01)",
         "level": f"one of {', '.join(F.EDUCATION)}", "class": "a class name (A, B, 一类 …)"}


def _check(key: str, value: Any, where: str) -> None:
    if key == "name":
        return
    kind = F.FACTS[key].kind
    checks = {"number": lambda: isinstance(value, (int, float)) and not isinstance(value, bool)
              and math.isfinite(value) and value >= 0,
              "boolean": lambda: isinstance(value, bool),
              "strings": lambda: isinstance(value, list) and all(isinstance(v, str) for v in value),
              "kind": lambda: isinstance(value, str) and value in F.KINDS,
              "place": lambda: isinstance(value, str) and bool(value.strip()),
              "date": lambda: isinstance(value, date) or isinstance(value, str) and _iso(value) is not None,
              "level": lambda: isinstance(value, str) and value in F.EDUCATION,
              "class": lambda: isinstance(value, str) and bool(value.strip())}
    if not checks[kind]():
        raise ProfileError(f"{where}: {key} must be {_WANT[kind]}, not {value!r}")


def _iso(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- evaluation ----------------------------------------------------------------------------------


def match(out: Path, profile: Profile, on: date | None = None) -> dict[str, Any]:
    """Every programme of the build in ``out`` judged against ``profile`` on the day ``on`` (default
    today), open ones first, best first: eligible, then possible with the fewest open conditions, then
    ineligible; with the next step (:mod:`advice`): the closest changes to a better status, the amount
    for this profile where the text says how to count it, and the facts to find out first."""
    on = on or date.today()
    index = json.loads((Path(out) / "index.json").read_text(encoding="utf-8"))
    results, judged = [], []
    for entry in index["documents"]:
        doc = json.loads((Path(out) / entry["json"]).read_text(encoding="utf-8"))
        case = Case.of(doc, on)
        for programme in doc.get("programmes", []):
            result, tester, rejudge = case.assess(programme, profile.facts, on)
            results.append(result)
            judged.append((result, programme, tester, rejudge))
    results.sort(key=lambda r: (not r["open"], STATUS_ORDER[r["status"]], _open(r) if r["status"] == "possible" else 0,
                                -advice.best_amount(r), r["document"], r["programme"]))
    answer = {"format_version": FORMAT_VERSION, "profile": profile.name, "on": on.isoformat(),
              "ask": advice.ask(judged, profile.facts, on), "results": results}
    problems = schema_errors(answer, "match.schema.json")  # the page and --json render validated data only
    if problems:
        raise AssertionError(f"polc match produced an answer outside schemas/match.schema.json: {problems[:3]}")
    return answer


@dataclass(frozen=True)
class Case:
    """One document as ``polc match`` judges it: its clauses and node texts, the year of its call, and
    why it is closed on the judging day (repealed, expired, not yet in force), if it is."""

    document: str
    title: str
    issuer: str
    clauses: dict[str, dict]
    texts: dict[str, str]
    year: int | None
    closed: str | None

    @classmethod
    def of(cls, doc: dict, on: date) -> "Case":
        nodes = list(walk(doc["body"]))
        meta = doc.get("meta", {})
        issuer = "、".join(i.get("name", "") for i in meta.get("issuer", []) if isinstance(i, dict))
        return cls(doc["id"], doc["title"], issuer, {c["id"]: c for node in nodes for c in node["clauses"]},
                   {node["id"]: node.get("text") or "" for node in nodes}, _year_of(doc), _validity(meta, on))

    def judge(self, programme: dict, facts: dict[str, Any], on: date) -> dict[str, Any]:
        return judge(programme, Profile("", facts), self.document, self.clauses, on, self.year, self.closed)

    def tester(self, programme: dict, facts: dict[str, Any], on: date) -> "_Judge":
        return _Judge(Profile("", facts), programme["exemptions"], on, self.clauses, _earliest(programme["logic"]))

    def assess(self, programme: dict, facts: dict[str, Any], on: date) -> tuple[dict, "_Judge", Any]:
        """A programme judged, with the next step (:mod:`advice`): the closest changes to a better
        status and the amount for this profile; also the judge and the re-judging function that
        ``advice.ask`` uses across programmes."""
        result = self.judge(programme, facts, on)
        tester = self.tester(programme, facts, on)

        def rejudge(changed: dict[str, Any]) -> dict[str, Any]:
            return self.judge(programme, changed, on)

        result.update(issuer=self.issuer, document_title=self.title,
                      changes=advice.changes(result, programme, facts, on, tester, rejudge),
                      estimate=advice.estimate(result, self.clauses, self.texts, facts))
        return result, tester, rejudge


def _validity(meta: dict, on: date) -> str | None:
    """Why no programme of a document is open on ``on``: it is repealed, or not yet or no longer in
    force (自2021年10月1日起施行, 有效期至2023年; a relative time, 自印发之日起, decides nothing)."""
    status = meta.get("status") or {}
    if status.get("value") == "repealed":
        return f"document repealed ({status.get('text') or '废止'})"
    effective, expires = meta.get("effective"), meta.get("expires")
    if effective and effective.get("value") and not effective["relative"]:
        start = _partial(effective["value"], last=False)
        if start and on < start:
            return f"not in force until {start.isoformat()} ({effective['text']})"
    end = None
    if expires and expires.get("value") and not expires["relative"]:
        end = _partial(expires["value"], last=True)
    elif expires and expires["relative"] and effective and effective.get("value") and not effective["relative"]:
        end = _after(_partial(effective["value"], last=False), expires.get("text") or "")  # 自…起施行，有效期3年
    if end and on > end:
        return f"expired on {end.isoformat()} ({expires['text']})"
    return None


_SPAN = re.compile(r"(?P<n>[0-9]+|[一二两三四五六七八九十]+)\s*(?P<unit>年|个月)")


def _after(start: date | None, words: str) -> date | None:
    """The last day of a time counted from ``start`` (有效期3年 from 2023-09-08: 2026-09-07)."""
    m = _SPAN.search(words)
    if start is None or not m:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else parse_chinese_number(m.group("n"))
    months = n * 12 if m.group("unit") == "年" else n
    year, month = divmod(start.month - 1 + months, 12)
    try:
        end = start.replace(year=start.year + year, month=month + 1)
    except ValueError:  # from 29 February, or a 31st into a shorter month: the first of the next month
        end = date(start.year + year + (month == 11), (month + 1) % 12 + 1, 1)
    return end - timedelta(days=1)


def _yearly_window(deadline: dict, clauses: dict[str, dict], on: date) -> dict:
    """每年3月1日至3月31日、9月1日至9月30日集中受理: a standing rule's yearly windows, told in one sentence — the one
    that holds the judging day, else the next to open this year, else the last (past: it recurs next year)."""
    low = str(deadline.get("min") or "")
    if not low.startswith("--") or not deadline.get("max"):
        return deadline
    node = deadline["id"].rsplit("__clause_", 1)[0]
    windows = sorted((c for c in clauses.values() if c["id"].rsplit("__clause_", 1)[0] == node and c.get("type") == "date"
                      and str(c.get("min") or "").startswith("--") and str(c.get("max") or "").startswith("--")),
                     key=lambda c: str(c["min"]))
    if len(windows) < 2:
        return deadline
    today = on.strftime("--%m-%d")
    return next((w for w in windows if str(w["min"]) <= today <= str(w["max"])), None) \
        or next((w for w in windows if today < str(w["min"])), None) or windows[-1]


def _in_year(value: str, year: int | None) -> date | None:
    """A clause's day, a day without a year in ``year`` (--04-30 in a text of 2025: 2025-04-30)."""
    if value.startswith("--") and year:
        value = f"{year}{value[1:]}"
    return _iso(value) if value else None


def _partial(value: str, last: bool) -> date | None:
    """The first or last day of a partial date (2023, 2023-06, 2023-06-30)."""
    parts = value.split("-")
    if not parts[0].isdigit():
        return None
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if last else 1)
    if len(parts) > 2:
        return _iso(value)
    if not last:
        return date(year, month, 1)
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


def _earliest(logic: dict) -> dict[str, date]:
    """The first day an event may have happened, from the programme's binding conditions
    (2020年6月15日后与企业签订劳动合同 → hired ≥ 2020-06-15); alternatives (any, tiers) bind nothing."""
    found: dict[str, date] = {}
    for item in logic["items"] if logic["op"] == "all" else ():
        if "op" in item:
            for fact, day in _earliest(item).items():
                found[fact] = max(day, found.get(fact, day))
            continue
        test = item["test"]
        if test and test["fact"] in F.DERIVED_AT.values() and test["op"] in (">=", ">"):
            day = _iso(str(test["value"]))
            if day is not None:
                found[test["fact"]] = max(day, found.get(test["fact"], day))
    return found


def _open(result: dict) -> int:
    return sum(1 for r in result["reasons"] if r["result"] == "unknown")


def _year_of(doc: dict) -> int | None:
    """The year of a call for one year's applications (关于开展2025年度…的通知), for a deadline written
    without one (应于4月30日前报送); a standing rule (…管理办法) has none: its 11月10日前 recurs."""
    found = re.search(r"(20\d\d)年(?:度)?", doc.get("title") or "")
    return int(found.group(1)) if found else None


def _exclusions_met(judge_: "_Judge", exclusions: list[dict]) -> list[bool | None]:
    """Whether each exclusion applies.  The parts of one exclusion that lists nothing (县外养老机构在本县设立的不具有独立法人
    资格的分支机构: a branch, and one set up by an outside home) must all hold: a part that fails clears the words beside it
    that a person would judge.  A list (购买二手住房、商业用房、车位车库的) names cases, each excluding on its own."""
    results = [judge_.condition(c, exclusion=True) for c in exclusions]
    groups: dict[tuple, list[int]] = {}
    for k, c in enumerate(exclusions):
        groups.setdefault((c["node"], tuple(c["span"]), c["text"]), []).append(k)
    for (_, _, text), members in groups.items():
        if len(members) < 2 or re.search(r"、|或|及|和|与|，|,|；|;", _EXCLUSION_CORE.sub("", text.rstrip("。；; "))) \
                or _two_rays([exclusions[k]["test"] for k in members if exclusions[k]["test"]]):
            continue  # 购房时间不在…至…期间的 (before the first day, after the last) is one fact's two sides: either excludes
        # 购买家庭第二套及以上二手住房的: a second home that is second-hand, both; 农民进城购买二手住房的: a second-hand home
        # bought by a villager — one part unknown leaves the whole to a person, one that fails clears it
        whole = False if any(results[k] is False for k in members) else True if all(results[k] for k in members) else None
        for k in members:
            results[k] = whole
    return results


def _two_rays(tests: list[dict]) -> bool:
    """Whether two tests of one fact point away from each other (购房时间不在…至…期间: before the first day or after the
    last — either one excludes), not at each other (已满十四周岁未满十八周岁: an age between, both)."""
    for fact in {t["fact"] for t in tests}:
        above = [t["value"] for t in tests if t["fact"] == fact and t["op"] in (">", ">=")]
        below = [t["value"] for t in tests if t["fact"] == fact and t["op"] in ("<", "<=")]
        if above and below and min(above) > max(below):
            return True
    return False


_EXCLUSION_CORE = re.compile(F.EXCLUSION_ASIDE)


def judge(programme: dict, profile: Profile, document: str, clauses: dict[str, dict],
          on: date | None = None, year: int | None = None, closed: str | None = None) -> dict[str, Any]:
    """One programme judged: status, reasons, benefits and deadline (a deadline without a year, 应于
    4月30日前报送, is in ``year``, the document's).  A programme whose deadline has passed, or whose
    document is ``closed`` on the day (repealed, expired, not yet in force), is not ``open``: nobody
    can apply, so it is ``ineligible`` with that reason."""
    judge_ = _Judge(profile, programme["exemptions"], on or date.today(), clauses, _earliest(programme["logic"]))
    who = judge_.logic(programme["applicants"])
    what = judge_.logic(programme["logic"])
    excluded = _exclusions_met(judge_, programme["exclusions"])
    deadline = clauses.get(programme["deadline"]) if programme["deadline"] else None
    deadline = _yearly_window(deadline, clauses, judge_.on) if deadline else None
    passed = judge_.closed(deadline, year)
    if passed and not closed:
        closed = f"deadline {passed.isoformat()} passed"
    opens = judge_.not_open(deadline, year)
    if opens and not closed:
        closed = f"applications open on {opens.isoformat()}"
    hit = any(r is True for r in excluded) or closed is not None
    unsure = any(r is None for r in excluded)
    if who is False or what is False or hit:
        status = "ineligible"
    elif who is True and what is True and not unsure:
        status = "eligible"
    else:
        status = "possible"
    benefits = [clauses[i] for i in programme["benefits"] if i in clauses]
    return {"document": document, "programme": programme["id"], "node": programme["node"],
            "title": programme["title"], "span": programme["span"], "status": status, "open": closed is None,
            "closed": closed, "reasons": judge_.reasons, "benefits": [c["id"] for c in benefits],
            "amounts": [{"id": c["id"], "text": c["text"], "value": c["value"], "max": c["max"], "role": c["role"],
                         "unit": c["unit"]} for c in benefits],
            "deadline": deadline["value"] if deadline else None}


class _Judge:
    """Evaluates one programme's logic against one profile, recording a reason per condition."""

    def __init__(self, profile: Profile, exemptions: list[dict], on: date, clauses: dict[str, dict],
                 earliest: dict[str, date] | None = None):
        self.facts = dict(profile.facts)
        # rd_ratio is rd_expense over revenue: one of the three follows from the other two (研发费用不低于50万元 of a firm
        # that gives its ratio and its sales)
        if "rd_expense" not in self.facts and {"rd_ratio", "revenue"} <= set(self.facts):
            self.facts["rd_expense"] = self.facts["revenue"] * self.facts["rd_ratio"] / 100
        elif "rd_ratio" not in self.facts and {"rd_expense", "revenue"} <= set(self.facts) and self.facts["revenue"] > 0:
            self.facts["rd_ratio"] = self.facts["rd_expense"] / self.facts["revenue"] * 100
        for name, (source, _) in F.DERIVED.items():
            start = _iso(str(self.facts[source])) if source in self.facts else None
            at = F.DERIVED_AT.get(name)
            day = _iso(str(self.facts[at])) if at in self.facts else None if at else on
            if start is not None and day is not None:
                self.facts[name] = (elapsed.elapsed if name in F.ELAPSED else elapsed.years)(start, day)
        for name, (source, _) in F.PLACE_DERIVED.items():  # 县(市、区): the level of the applicant's place
            parts = places.components(str(self.facts[source])) if source in self.facts else []
            if parts and parts[-1][1]:
                self.facts[name] = parts[-1][1]
        # the least age (or time since graduation) an event could have found the applicant at: its
        # earliest day, when it is unknown
        self.least = {}
        for name, at in F.DERIVED_AT.items():
            start = _iso(str(self.facts[F.DERIVED[name][0]])) if F.DERIVED[name][0] in self.facts else None
            if start and at not in self.facts and at in (earliest or {}):
                self.least[name] = (elapsed.elapsed if name in F.ELAPSED else elapsed.years)(start, earliest[at])
        self.exemptions = exemptions
        # …参照执行: whom an extension admits to the conditions, never out of the exclusions (found once per programme)
        self.extensions = [bool(re.search(F.EXTENDED_TO, e["text"])) for e in exemptions]
        self.clauses = clauses
        self.on = on
        self.reasons: list[dict[str, Any]] = []

    def logic(self, logic: dict) -> bool | None:
        if logic["op"] == "tiers":
            return self.tiers(logic["items"])
        plain = [i for i in logic["items"] if not i.get("when")]
        branches = [i for i in logic["items"] if i.get("when")]
        # 全日制本科及以上: the degree that must have been full-time may lie below the highest one held
        # (a degree named with 及以上; not 全日制高校毕业生, whose degree is the one that makes the graduate)
        floors = {(i["node"], tuple(i["span"])): i["test"]["value"] for i in plain
                  if "op" not in i and i["test"] and i["test"]["fact"] == "education" and i["test"]["op"] == ">="
                  and re.search(rf"(?:本科|学士|硕士|研究生|大专|专科)(?:学历|学位)?(?:{F.AT_LEAST})", i["text"])}
        values = [self.item(i, floors.get((i.get("node"), tuple(i.get("span") or ())))) for i in plain]
        if branches:
            values.append(self.branches(branches))
        if not values:
            return True
        return _all(values) if logic["op"] == "all" else _any(values)

    def tiers(self, tiers: list[dict]) -> bool | None:
        """Cases 「X的，Y」: each says what applies to whom, so each holds when its selector does not
        (¬X ∨ Y) and all must hold.  When no selector is known false and every case's tests fail
        (女性不超过55周岁、男性不超过60周岁 at 63, sex not given), whichever applies fails."""
        values, failing = [], 0
        for tier in tiers:
            first, *rest = tier["items"] if "op" in tier else (tier,)
            chosen = self.item(first)
            then = _all([self.item(i) for i in rest]) if rest else True
            values.append(True if chosen is False else then if chosen is True else (True if then is True else None))
            failing += chosen is not False and then is False
        if len(tiers) > 1 and failing == len(tiers):
            return False
        return _all(values)

    def branches(self, branches: list[dict]) -> bool | None:
        """Sibling branches by kind are alternatives: the applicant's kind picks those that apply."""
        kind = self.facts.get("kind")
        applicable = [b for b in branches if kind in b["when"]] if kind else branches
        if not applicable:
            return False
        values = [self.logic(b) for b in applicable]
        result = _any(values)
        return result if kind or result is False else None

    def closed(self, deadline: dict | None, year: int | None = None) -> date | None:
        """The deadline to apply by (申报截止时间为2025年9月30日), when it has passed on the judging day.  A
        standing rule's deadline that names no year (每年度补贴申请截止日期为9月30日) recurs: past this year's,
        nobody can apply until the next round."""
        value = str(deadline.get("max") or deadline.get("value") or "") if deadline else ""
        day = _in_year(value, year or self.on.year)
        if day is None or self.on <= day:
            return None
        node = deadline["id"].rsplit("__clause_", 1)[0]  # a clause's id is its node's and a key (sentences.py)
        self.reasons.append({"node": node, "span": deadline["span"], "text": deadline["text"],
                             "fact": None, "op": None, "threshold": deadline.get("value"), "clause": deadline["id"],
                             "years": None, "exclusion": True, "result": "true",
                             "note": f"the deadline {day.isoformat()} passed before {self.on.isoformat()}"
                                     + ("; it recurs each year" if value.startswith("--") and not year else "")})
        return day

    def not_open(self, deadline: dict | None, year: int | None = None) -> date | None:
        """The first day of an application period (申请时间为2024年8月24日至2027年2月23日: a period the
        eligibility stage chose for its words, not a deadline clause), when the judging day is before it;
        a standing rule's yearly period (每年3月1日至3月31日受理) opens this year."""
        if not deadline or deadline.get("role") == "deadline" or not deadline.get("max") \
                or deadline.get("min") == deadline.get("max"):  # …之日起至2026年3月31日止: one day, an end
            return None
        day = _in_year(str(deadline.get("min") or ""), year or self.on.year)
        return day if day is not None and self.on < day else None

    def item(self, item: dict, floor: str | None = None) -> bool | None:
        return self.logic(item) if "op" in item else self.condition(item, floor=floor)

    def condition(self, condition: dict, exclusion: bool = False, floor: str | None = None) -> bool | None:
        """One condition judged; ``floor`` is the least degree its words accept (全日制本科及以上 → bachelor)."""
        test = condition["test"]
        value, note = (None, "a person decides") if test is None \
            else self.test(test, exclusion, (condition["node"], tuple(condition["span"])) if exclusion else None)
        if value is False and floor and test["fact"] == "full_time" and \
                F.EDUCATION.index(self.facts.get("education", floor)) > F.EDUCATION.index(floor):
            # a part-time master: whether the bachelor's degree before it was full-time, the profile does not say
            value, note = None, f"full_time = False for the highest degree ({self.facts['education']}); " \
                                f"whether the {floor} degree was full-time is not given"
        if test is None and not exclusion and (named := F.recognition_held(
                condition["text"], [*self.facts.get("titles", []), *self.facts.get("awards", [])])):
            value, note = True, f"titles has {named}, the recognition the text names"
        if value is False and not exclusion and test and test.get("discretion"):
            value, note = None, note + "; the text leaves it to discretion (原则上, 可适当放宽)"
        elif value is True and exclusion and test and test.get("discretion"):
            value, note = None, note + "; whether it applies is for a person to judge"
        self.reasons.append({"node": condition["node"], "span": condition["span"], "text": condition["text"],
                             "fact": test["fact"] if test else None, "op": test["op"] if test else None,
                             "threshold": test["value"] if test else None, "clause": test["clause"] if test else None,
                             "years": test["years"] if test else None, "exclusion": exclusion,
                             "result": {True: "true", False: "false", None: "unknown"}[value], "note": note})
        return value

    def test(self, test: dict, exclusion: bool = False, at: tuple | None = None) -> tuple[bool | None, str]:
        """A test decided on the profile; an exemption that frees the applicant from the fact makes a condition hold
        and an exclusion on it miss (A类人才不受年龄限制: neither 不超过45周岁 nor 年龄超过45周岁的 is asked of them);
        one that spares (``effect`` spare) frees only from the exclusion at its own place, ``at`` (node, span)."""
        fact, op, threshold = test["fact"], test["op"], test["value"]
        halved, maybe = False, None
        for exemption, extends in zip(self.exemptions, self.extensions):
            if fact not in exemption["facts"] or exclusion and extends:
                continue
            if exemption["effect"] == "spare" and at != (exemption["node"], tuple(exemption["span"])):
                continue  # （A类人才除外）: its own exclusion's exception, no other condition's
            spared = self._spared(exemption)
            if spared:
                if exemption["effect"] in ("lift", "spare"):
                    return not exclusion, f"lifted: {exemption['text']}"
                halved = True  # 可减半 halves once, however many exemptions say so
            elif spared is None:
                maybe = exemption  # 通过项目合作方式引进的人才可以不受…限制: who it frees, a person decides
        if halved and isinstance(threshold, (int, float)):
            threshold = threshold / 2
        today = F.TODAY_BOUND.get(fact)
        if fact not in self.facts and today in self.facts and op in ("<=", "<"):
            if self._compare(test, today, op, threshold, False)[0]:  # an age at a past event is at most today's
                return True, f"{today} {self.facts[today]:g} today, so at most that on {F.DERIVED_AT[fact]}"
        if fact in self.least and op in ("<=", "<") and isinstance(threshold, (int, float)) \
                and not (self.least[fact] <= threshold if op == "<=" else self.least[fact] < threshold):
            return False, (f"{fact} at least {self.least[fact]:g} on {F.DERIVED_AT[fact]} (no earlier than the text "
                           f"allows), {_FAILS[op]} {threshold:g} required")
        if fact in F.PERSON_ONLY and fact not in self.facts and self.facts.get("kind", "individual") != "individual":
            return False, f"{self.facts['kind']}: only a person has {fact}"  # a company has no 户籍
        if fact not in self.facts:
            return None, f"the profile does not give {_source_fact(fact) if fact not in F.DERIVED_AT else F.DERIVED_AT[fact]}"
        value, note = self._compare(test, fact, op, threshold, halved)
        if maybe is not None and value is exclusion:  # a failed condition, or an exclusion that hits — not one that misses
            return None, f"{note}; may be lifted: {maybe['text']}"
        return value, note

    def _compare(self, test: dict, fact: str, op: str, threshold: Any, halved: bool) -> tuple[bool | None, str]:
        have = self.facts[fact]
        shown = self._shown(test, have)
        if op in ("in", "not in") and fact in ("kind", "employer_kind"):
            return (have in threshold) == (op == "in"), f"{fact} = {have}"
        if op in ("in", "not in") and F.FACTS.get(fact, F.FACTS["kind"]).kind == "place":
            if not threshold:
                return None, "the document does not say which place it means"
            values = [places.within(have, w) for w in threshold]
            result = True if any(v is True for v in values) else False if all(v is False for v in values) else None
            if op == "not in":  # 非本市户籍, （不含襄州区）
                return (None if result is None else not result), f"{fact} = {have}, required outside {'、'.join(threshold)}"
            return result, f"{fact} = {have}, required in {'、'.join(threshold)}"
        if fact.startswith("graduated_years") and op in ("<=", "<") and threshold > 0 and have < 0:
            return False, f"{fact}: not yet graduated"  # 毕业5年内 asks a graduate; 在校生 (< 0) a student
        if op in ("in", "not in") and fact == "talent_class":
            return (_class(have) in {_class(t) for t in threshold}) == (op == "in"), f"{fact} = {have}"
        if fact == "education":
            mine = F.EDUCATION.index(have)
            ok = mine >= F.EDUCATION.index(threshold) if op == ">=" else (have in threshold) == (op == "in")
            return ok, f"education = {have}" + ("" if ok else f", required {op} {threshold}")
        if op == "has":
            return F.holds(have, threshold), f"{fact} = {', '.join(have) or 'none'}"
        if op == "in":
            return have in threshold, f"{fact} = {have}"
        if op == "==":
            return have == threshold, f"{fact} = {have}"
        compare = {">=": lambda a, b: a >= b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, "<": lambda a, b: a < b}
        try:
            ok = compare[op](have, threshold)
        except TypeError:
            return None, f"{fact} = {have!r} cannot be compared with {threshold!r}"
        needed = self._shown(test, threshold)
        note = f"{_label(fact)} {shown} {op} {needed}" if ok else f"{_label(fact)} {shown} {_FAILS[op]} {needed} required"
        return ok, note + (" (halved)" if halved else "")

    def _shown(self, test: dict, value: Any) -> str:
        if test.get("unit") == "CNY" and isinstance(value, (int, float)):
            return advice.yuan(value)
        if test.get("unit") and isinstance(value, (int, float)):
            return f"{value:g}{'%' if test['unit'] == '%' else test['unit']}"
        return str(value)

    def _spared(self, exemption: dict) -> bool | None:
        """Whether the applicant is one an exemption is for: a holder of the titles it names, one of the talent classes
        it names (A类、B类人才…不受…年龄限制), or — when it names neither, or the profile lacks the class — unknown."""
        classes = exemption.get("classes") or []
        if classes:
            if "talent_class" not in self.facts:
                return None
            return _class(self.facts["talent_class"]) in {_class(c) for c in classes}
        if exemption.get("who") and not exemption["holders"]:  # 多孩家庭…: what they are, as facts — each must hold
            found = [self._plain(c["test"]) if c["test"] else None for c in exemption["who"]]  # words: a person weighs
            return False if False in found else None if None in found else True
        if not exemption["holders"]:
            return None
        return self._holds(exemption["holders"])

    def _plain(self, test: dict) -> bool | None:
        """A test of whom an exemption is for, with no exemption of its own (children ≥ 2, education in doctor)."""
        if test["fact"] not in self.facts:
            return None
        return self._compare(test, test["fact"], test["op"], test["value"], False)[0]

    def _holds(self, holders: list[str]) -> bool:
        return F.holds(self.facts.get("titles", []) + self.facts.get("awards", []), holders)


_FAILS = {">=": "<", ">": "<=", "<=": ">", "<": ">="}


def _label(fact: str) -> str:
    phrasings = F.FACTS[fact].phrasings if fact in F.FACTS else ()
    return phrasings[0] if phrasings else fact


def _source_fact(fact: str) -> str:
    return F.DERIVED_SOURCE.get(fact, fact)


def _class(value: str) -> str:
    value = value.strip().replace("类", "").replace("人才", "").lstrip("第").upper()
    return F.CLASS_LETTERS.get(value, value)


def _all(values: list) -> bool | None:
    return False if any(v is False for v in values) else True if all(v is True for v in values) else None


def _any(values: list) -> bool | None:
    return True if any(v is True for v in values) else False if all(v is False for v in values) else None


# --- output ----------------------------------------------------------------------------------------


def summary(answer: dict[str, Any]) -> str:
    """What to find out first, then one line per programme, open ones first, best first: status, title,
    amount (or the estimate for this profile), deadline, the deciding reason, the closest change, and
    where it comes from (issuer or document title, document#node)."""
    lines = [f"polc match: {answer['profile']} — {len(answer['results'])} programmes, judged on {answer['on']}"]
    asked = [f"{a['fact']} (decides {a['decides']})" for a in answer["ask"][:5] if a["decides"]]
    if asked:
        lines.append("find out first: " + ", ".join(asked))
    for r in answer["results"]:
        amount = (f"≈{advice.yuan(r['estimate']['amount'])}" if r["estimate"] else
                  "、".join(a["text"] + ("（上限）" if a["role"] == "cap" else "") for a in r["amounts"][:3]) or "—")
        deadline = f"  截止 {r['deadline']}" if r["deadline"] else ""
        source = r.get("issuer") or r.get("document_title") or ""
        status = r["status"] if r["open"] else "closed"
        lines.append(f"{status:10s} {r['title']}  {amount}{deadline}  — {_deciding(r)}{_next(r)}  "
                     f"[{source + ' · ' if source else ''}{r['document']}#{r['node']}]")
    return "\n".join(lines)


def _next(result: dict) -> str:
    if not result["changes"]:
        return ""
    first, more = result["changes"][0], len(result["changes"]) - 1
    wanted = "; ".join(phrase(c, english=True) for c in first["changes"])
    return f"; {first['status']} if {wanted}" + (f" (or {more} other way{'s' if more > 1 else ''})" if more else "")


_OPS = {">=": ("不低于", ">="), ">": ("超过", ">"), "<=": ("不超过", "<="), "<": ("低于", "<"), "==": ("为", "="),
        "in": ("属于", "in"), "has": ("取得", "has"), "not has": ("不再有", "no longer")}


def phrase(change: dict, english: bool = False) -> str:
    """One change in words: 利税总额 不低于 2000万元（现为 1500万元） or profit_tax >= 2000万元 (now 1500万元)."""
    fact = change["fact"]
    unit = F.unit_of(fact)
    need, have = (_value(change[k], unit) for k in ("need", "have"))
    op = _OPS[change["op"]][1 if english else 0]
    if isinstance(change["need"], list) and len(change["need"]) > 1:  # any one of them
        need = f"one of {need}" if english else f"{need} 之一"
    name = fact if english else F.NAMES.get(fact, fact)
    if english:
        return f"{name} {op} {need} (now {have or 'not given'}){' [cannot be changed]' if change['fixed'] else ''}"
    return f"{name} {op} {need}（{'现为 ' + have if have else '未提供'}）{'（无法改变）' if change['fixed'] else ''}"


def _value(value: Any, unit: str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(str(v) for v in value) or "无"
    if isinstance(value, (int, float)):
        return advice.yuan(value) if unit == "CNY" else f"{value:g}{unit or ''}"
    return str(value)


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


def _href(out: Path | None, result: dict) -> str:
    """An absolute link into OUT, so the page works wherever it is written: the document's page
    when the build has a site, else its JSON."""
    from .paths import document_html

    page_path = document_html(result["document"])
    if out is None:
        return f"{page_path}#{result['node']}"
    root = Path(out).resolve()
    if (root / page_path).is_file():
        return f"{(root / page_path).as_uri()}#{result['node']}"
    index = json.loads((root / "index.json").read_text(encoding="utf-8"))
    entry = next((d for d in index["documents"] if d["id"] == result["document"]), None)
    return (root / entry["json"]).as_uri() if entry else root.as_uri()


def page(answer: dict[str, Any], out: Path | None = None) -> str:
    """A self-contained page of the answer in the reviewers' site style (links point into ``out``'s site)."""
    from . import render

    results = [{**r, "href": _href(out, r)} for r in answer["results"]]
    return render.page("match.html", answer={**answer, "results": results}, root="", inline_css=render.asset("polc.css"),
                       status_names=STATUS_NAMES, result_names=RESULT_NAMES, exclusion_names=EXCLUSION_NAMES,
                       fact_names=F.NAMES, phrase=phrase, money=advice.yuan)

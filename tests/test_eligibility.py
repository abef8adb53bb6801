"""Eligibility as logic (compiler/eligibility.py) and ``polc match`` (compiler/match.py) on the seeds.

Seed 003's four annexes (five guides, seven programmes) are the reference: applicant kinds per
guide, 江苏省内注册, 利税总额不低于2000万元 with the 小巨人 exemption, the two 研发费用 ratios,
不少于100件或…不少于50件, 专利数量要求可减半, 正在承担…不得申报 and the deadlines.  The profiles in
``examples/`` are golden: ``tests/fixtures/match/<profile>.json`` holds their ``polc match --json``
over a build of ``corpus/`` (``pytest --update-golden`` rewrites them; read the diff).
"""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from referencing import Registry, Resource

from polc import facts as F
from polc.cli import main
from polc.match import judge, profile_from
from polc.pipeline import compile_source
from programmes import clauses_of as _clauses
from programmes import conditions as _conditions
from programmes import walk as _walk

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
EXAMPLES = ROOT / "examples"
GOLDEN = Path(__file__).parent / "fixtures" / "match"
ON = "2022-01-15"  # the judging day of the golden answers (ages and 毕业N年内 count to it)
IN_WINDOW = __import__("datetime").date.fromisoformat(ON)  # before the seeds' deadlines to apply
SCHEMAS = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in (ROOT / "schemas").glob("*.json")}
REGISTRY = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in SCHEMAS.values())


def _documents() -> list[dict]:
    return [d for f in sorted(CORPUS.glob("*.txt")) for d in compile_source(f.name, f.read_bytes()).documents]


DOCUMENTS = _documents()
SEED_003 = next(d for d in DOCUMENTS if d["id"] == "003_00e0f4675e6c9239")


def _programme(doc: dict, title_part: str) -> dict:
    (found,) = [p for p in doc["programmes"] if title_part in p["title"]]
    return found


MANUFACTURER = {"name": "m", "kind": "enterprise", "region": "江苏省苏州市", "legal_person": True, "industrial": True,
                "profit_tax": 45_000_000, "rd_ratio": 4.2, "ip_expense_ratio": 6.5, "ip_staff": 4,
                "valid_patents": 180, "invention_patents": 62, "trademark_years": 12, "titles": [], "awards": [],
                "undertaking": [], "dishonest": False}


def _judged(programme: dict, **facts) -> dict:
    profile = profile_from({**MANUFACTURER, **facts})
    return judge(programme, profile, SEED_003["id"], _clauses(SEED_003), IN_WINDOW)


def _reason(result: dict, fact: str) -> dict:
    (found,) = [r for r in result["reasons"] if r["fact"] == fact and not r["exclusion"]]
    return found


# --- the programmes of the seeds ---------------------------------------------------------------


def test_every_programme_of_the_seeds_is_schema_valid() -> None:
    validator = jsonschema.Draft202012Validator(SCHEMAS["programme.schema.json"], registry=REGISTRY)
    programmes = [p for d in DOCUMENTS for p in d["programmes"]]
    assert len(programmes) >= 30
    for programme in programmes:
        validator.validate(programme)


def test_seed_003_has_seven_programmes_with_their_applicants_and_deadlines() -> None:
    titles = [p["title"] for p in SEED_003["programmes"]]
    assert titles == ["2022年度省知识产权保护示范区创建项目申报指南", "2022年度省商标品牌培育和保护项目(地理标志)申报指南",
                      "2022年度省商标品牌培育和保护项目(工业品牌)申报指南", "2022年度省高价值专利培育计划项目申报指南（新建项目）",
                      "2022年度省高价值专利培育计划项目申报指南（升级项目）",
                      "2022年度省专利转化专项计划项目申报指南（高校院所知识产权运营能力提升）",
                      "2022年度省专利转化专项计划项目申报指南（产业知识产权运营中心发展）"]
    kinds = [sorted({k for c in _conditions(p["applicants"]) if c["test"]["fact"] == "kind" for k in c["test"]["value"]})
             for p in SEED_003["programmes"]]
    assert kinds == [["government", "park"], ["government"], ["enterprise"],
                     ["enterprise", "key_lab", "new_rd_institution", "research_institute", "university"],
                     ["enterprise", "key_lab", "new_rd_institution", "research_institute", "university"],
                     ["research_institute", "university"], ["park"]]
    clauses = _clauses(SEED_003)
    deadlines = [clauses[p["deadline"]]["value"] for p in SEED_003["programmes"]]
    assert deadlines == ["2022-02-15", "2022-01-30", "2022-01-30", "2022-01-30", "2022-01-30", "2022-01-30", "2022-01-30"]


def _referenced(value, found: set) -> set:
    if isinstance(value, dict):
        if isinstance(value.get("node"), str):
            found.add(value["node"])
        for v in value.values():
            _referenced(v, found)
    elif isinstance(value, list):
        for v in value:
            _referenced(v, found)
    return found


def test_no_condition_node_of_the_seeds_is_missing_from_its_programme() -> None:
    for doc in DOCUMENTS:
        used = _referenced(doc["programmes"], set())
        missing = [n["id"] for n in _walk(doc["body"]) if n.get("role") == "condition" and (n["text"] or n["heading"])
                   and n["id"] not in used]
        assert not missing, (doc["id"], missing)


def test_industrial_brand_guide_reads_each_condition_as_a_fact_test() -> None:
    guide = _programme(SEED_003, "(工业品牌)")
    tests = {(c["test"]["fact"], c["test"]["op"], c["test"]["value"], c["test"]["years"])
             for c in _conditions(guide["logic"]) if c["test"]}
    assert ("profit_tax", ">=", 20_000_000, "the last year") in tests
    assert ("rd_ratio", ">=", 3, "the last year") in tests
    assert ("ip_expense_ratio", ">=", 5, "the last year") in tests
    assert ("ip_staff", ">=", 3, None) in tests and ("trademark_years", ">=", 5, None) in tests
    assert ("dishonest", "==", False, None) in tests
    texts = [c["text"] for c in _conditions(guide["logic"]) if c["test"] is None]
    assert "处于行业领先地位" in texts  # a text condition: kept, never guessed
    (exemption,) = guide["exemptions"]
    assert exemption["effect"] == "lift" and exemption["facts"] == ["profit_tax"]
    assert "国家专精特新“小巨人”企业" in exemption["holders"]
    assert any(w in guide["preferences"][0]["text"] for w in F.PREFERENCE)  # 优先支持… is no condition
    (excluded,) = [e for e in guide["exclusions"] if e["test"]]
    assert excluded["test"] == {"fact": "undertaking", "op": "has", "value": ["省知识产权战略推进计划项目"],
                                "unit": None, "clause": None, "years": None}


def test_high_value_patent_guide_branches_by_kind_and_halves_the_patent_counts() -> None:
    new = _programme(SEED_003, "（新建项目）")
    branches = [i for i in new["logic"]["items"] if i.get("when")]
    assert [b["when"] for b in branches] == [["enterprise"], ["university", "research_institute", "key_lab",
                                                               "new_rd_institution"]]
    enterprise = list(_conditions(branches[0]))
    facts = {c["test"]["fact"]: c["test"] for c in enterprise if c["test"]}
    assert facts["rd_ratio"]["value"] == 3.5 and facts["rd_ratio"]["years"] == "each of the last 3 years"
    assert facts["profit_tax"]["value"] == 20_000_000 and facts["profit_tax"]["years"] == "each of the last 3 years"
    assert facts["valid_patents"]["value"] == 100 and facts["invention_patents"]["value"] == 50
    assert {e["effect"] for e in new["exemptions"]} == {"lift", "halve"}


# --- judging, condition by condition -------------------------------------------------------------


def test_a_manufacturer_against_the_industrial_brand_guide() -> None:
    guide = _programme(SEED_003, "(工业品牌)")
    result = _judged(guide)
    assert result["status"] == "possible"  # every fact test holds; the text conditions need a person
    for fact in ("profit_tax", "rd_ratio", "ip_expense_ratio", "ip_staff", "trademark_years", "kind", "region",
                 "legal_person", "industrial"):
        assert _reason(result, fact)["result"] == "true", fact
    assert {r["result"] for r in result["reasons"] if r["fact"] == "dishonest"} == {"true"}
    assert all(r["result"] == "unknown" for r in result["reasons"] if r["fact"] is None and not r["exclusion"])
    assert result["deadline"] == "2022-01-30"


def test_a_low_profit_is_ineligible_unless_a_title_lifts_it() -> None:
    guide = _programme(SEED_003, "(工业品牌)")
    low = _judged(guide, profit_tax=10_000_000)
    assert low["status"] == "ineligible" and _reason(low, "profit_tax")["result"] == "false"
    lifted = _judged(guide, profit_tax=10_000_000, titles=["国家专精特新小巨人企业"])
    assert lifted["status"] == "possible" and _reason(lifted, "profit_tax")["note"].startswith("lifted")


def test_a_programme_already_held_excludes() -> None:
    result = _judged(_programme(SEED_003, "(工业品牌)"), undertaking=["省知识产权战略推进计划项目"])
    assert result["status"] == "ineligible"
    assert [r["result"] for r in result["reasons"] if r["exclusion"] and r["fact"] == "undertaking"] == ["true"]


def test_wrong_kind_region_or_record_is_ineligible() -> None:
    guide = _programme(SEED_003, "(工业品牌)")
    assert _judged(guide, kind="university")["status"] == "ineligible"
    assert _judged(guide, region="浙江省杭州市")["status"] == "ineligible"
    assert _judged(guide, dishonest=True)["status"] == "ineligible"
    assert _judged(guide, rd_ratio=2.9)["status"] == "ineligible"


def test_patent_counts_any_of_and_halved_for_award_winners() -> None:
    new = _programme(SEED_003, "（新建项目）")
    few = _judged(new, valid_patents=80, invention_patents=40)
    assert few["status"] == "ineligible"
    either = _judged(new, valid_patents=80, invention_patents=55)  # 不少于100件或…不少于50件: one suffices
    assert either["status"] == "possible"
    halved = _judged(new, valid_patents=60, invention_patents=30, awards=["中国专利奖"])
    assert halved["status"] == "possible"
    assert "halved" in _reason(halved, "valid_patents")["note"]


def test_branches_apply_by_kind() -> None:
    new = _programme(SEED_003, "（新建项目）")
    university = _judged(new, kind="university", profit_tax=0, rd_ratio=0)  # the enterprise branch does not apply
    assert university["status"] == "possible"
    assert not [r for r in university["reasons"] if r["fact"] in ("profit_tax", "rd_ratio")]
    assert _judged(new, kind="park")["status"] == "ineligible"


def test_an_event_grant_is_decided_by_titles_in_the_issuers_territory() -> None:
    doc = next(d for d in DOCUMENTS if d["id"] == "004_7e5f4f05c94043a5")
    (grant,) = [p for p in doc["programmes"] if p["title"].startswith("获得中国驰名商标")]
    assert grant["title"] == "获得中国驰名商标：每件20万元奖励"  # what for and how much, not a fragment
    clauses = _clauses(doc)
    assert [clauses[i]["value"] for i in grant["benefits"]] == [200000]
    here = {"titles": ["中国驰名商标"], "region": "江苏省连云港市海州区", "kind": "enterprise"}
    assert judge(grant, profile_from(here), doc["id"], clauses, IN_WINDOW)["status"] == "eligible"
    elsewhere = judge(grant, profile_from({**here, "region": "江苏省苏州市"}), doc["id"], clauses, IN_WINDOW)
    assert elsewhere["status"] == "ineligible"  # a city's measure is for applicants in that city
    assert judge(grant, profile_from({**here, "titles": []}), doc["id"], clauses, IN_WINDOW)["status"] == "ineligible"
    assert judge(grant, profile_from({**here, "kind": "individual"}), doc["id"], clauses, IN_WINDOW)["status"] == "ineligible"
    assert judge(grant, profile_from({"titles": ["中国驰名商标"]}), doc["id"], clauses, IN_WINDOW)["status"] == "possible"


# --- properties --------------------------------------------------------------------------------

PROGRAMMES = [(d, p) for d in DOCUMENTS for p in d["programmes"]]
CLAUSES = {d["id"]: _clauses(d) for d in DOCUMENTS}
_VALUES = {
    "number": st.one_of(st.integers(0, 10**9), st.floats(0, 100, allow_nan=False)),
    "boolean": st.booleans(),
    "strings": st.lists(st.sampled_from([*F.TITLES, *F.AWARDS, "省知识产权战略推进计划项目", "其他"]), max_size=3),
    "kind": st.sampled_from(list(F.KINDS)),
    "place": st.sampled_from(["江苏省苏州市", "浙江省杭州市", "南京", "广东省广州市天河区"]),
    "date": st.dates(min_value=__import__("datetime").date(1950, 1, 1)).map(lambda d: d.isoformat()),
    "level": st.sampled_from(F.EDUCATION),
    "class": st.sampled_from(["A", "B", "C", "一类", "female"]),
}
PROFILES = st.fixed_dictionaries({}, optional={name: _VALUES[fact.kind] for name, fact in F.FACTS.items()})


@settings(max_examples=60, deadline=None)
@given(PROFILES, st.sampled_from(range(len(PROGRAMMES))), st.sampled_from(list(F.FACTS)), st.data())
def test_adding_a_fact_never_makes_ineligible_eligible_unless_it_decides(facts, k, added, data) -> None:
    doc, programme = PROGRAMMES[k]
    facts.pop(added, None)
    before = judge(programme, profile_from(dict(facts)), doc["id"], CLAUSES[doc["id"]], IN_WINDOW)
    value = data.draw(_VALUES[F.FACTS[added].kind])
    after = judge(programme, profile_from({**facts, added: value}), doc["id"], CLAUSES[doc["id"]], IN_WINDOW)
    if before["status"] == "ineligible" and after["status"] != "ineligible":
        decided = [a for b, a in zip(before["reasons"], after["reasons"]) if b["result"] != a["result"]]
        assert decided and all(a["fact"] == added or "lifted" in (a["note"] or "") or "halved" in (a["note"] or "")
                               for a in decided)
    if before["status"] == "eligible":
        assert after["status"] in ("eligible", "ineligible")  # a decided programme stays decided


def test_with_no_facts_nothing_is_eligible() -> None:
    for doc, programme in PROGRAMMES:
        assert judge(programme, profile_from({}), doc["id"], CLAUSES[doc["id"]], IN_WINDOW)["status"] != "eligible"


# --- the command -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("match") / "out"
    result = CliRunner().invoke(main, ["build", str(CORPUS), "-o", str(out), "--no-site", "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("profile", sorted(p.stem for p in EXAMPLES.glob("*.toml")))
def test_example_profiles_golden(profile: str, built: Path, update_golden: bool) -> None:
    result = CliRunner().invoke(main, ["match", str(EXAMPLES / f"{profile}.toml"), "-o", str(built), "--json",
                                       "--on", ON], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    jsonschema.Draft202012Validator(SCHEMAS["match.schema.json"]).validate(answer)
    golden = GOLDEN / f"{profile}.json"
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(answer, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert answer == json.loads(golden.read_text(encoding="utf-8"))


def test_example_profiles_are_told_apart(built: Path) -> None:
    status = {}
    for profile in ("jiangsu-manufacturer", "university", "district-government"):
        result = CliRunner().invoke(main, ["match", str(EXAMPLES / f"{profile}.toml"), "-o", str(built), "--json",
                                           "--on", ON])
        status[profile] = {r["title"]: r["status"] for r in json.loads(result.stdout)["results"]}
    brand = "2022年度省商标品牌培育和保护项目(工业品牌)申报指南"
    assert status["jiangsu-manufacturer"][brand] == "possible"
    assert status["university"][brand] == status["district-government"][brand] == "ineligible"
    demo = "2022年度省知识产权保护示范区创建项目申报指南"
    assert status["district-government"][demo] == "possible" and status["jiangsu-manufacturer"][demo] == "ineligible"


def test_text_summary_and_html_page(built: Path, tmp_path: Path) -> None:
    page = tmp_path / "match.html"
    result = CliRunner().invoke(main, ["match", str(EXAMPLES / "jiangsu-manufacturer.toml"), "-o", str(built),
                                       "--html", str(page)], catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("polc match: 苏州某装备制造有限公司")
    statuses = [line.split()[0] for line in lines[1:] if not line.startswith("find out first:")]
    assert statuses == sorted(statuses, key=["eligible", "possible", "ineligible", "closed"].index)  # best first
    assert "closed" in statuses  # judged today, the seeds' 2022 deadlines have passed
    html = page.read_text(encoding="utf-8")
    assert "可申报项目" in html and "待核实" in html and "<style>" in html


def test_an_unknown_profile_key_is_a_usage_error(built: Path, tmp_path: Path) -> None:
    profile = tmp_path / "p.toml"
    profile.write_text('name = "x"\nkind = "enterprise"\nrevenu = 5\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["match", str(profile), "-o", str(built)])
    assert result.exit_code == 2 and "revenu" in result.output
    profile.write_text('kind = "company"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["match", str(profile), "-o", str(built)])
    assert result.exit_code == 2 and "kind must be one of" in result.output
    result = CliRunner().invoke(main, ["match", str(EXAMPLES / "university.toml"), "-o", str(tmp_path / "none")])
    assert result.exit_code == 2 and "no polc build here" in result.output

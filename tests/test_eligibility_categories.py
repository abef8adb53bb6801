"""Eligibility by category, on short passages of real guides (tests/eligibility_key/sources and the
seeds): each test names the category of issue 18 it pins, and each passage is judged against
profiles that differ in the one fact the category is about.  The held-out key is scored by
bench/eligibility.py, never here."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from polc import places as P
from polc.api import compile_text
from polc.conditions import Segment, read_segment
from polc.cli import main
from polc.match import _validity, judge, profile_from
from polc.model import Test as FactTest
from programmes import clauses_of, status, walk
from programmes import conditions as _conditions
from programmes import all_tests as _tests

ON = date(2026, 12, 6)


def _doc(text: str, path: str = "guide.txt") -> dict:
    (doc,) = compile_text(text, path=path).documents
    return doc


def _status(doc: dict, programme: dict, on: date = ON, **facts) -> str:
    return status(doc, programme, on, **facts)


def _only(doc: dict) -> dict:
    (programme,) = doc["programmes"]
    return programme


# --- a guide's condition list makes a programme; persons' facts are decided ------------------------

RENCHENG = """关于办理任城区青年硕士研究生和学士本科生人才购房补贴申请的说明

一、发放范围

2020年6月15日后,任城区企业新引进的全职工作青年硕士研究生和学士本科生(硕士研究生不超35周岁,学士本科生不超30周岁),属首次在济宁就业,与用人单位签订劳动合同,用人单位按规定缴纳社会保险,引进后3年内在任城区购买首套住房的可分别发放购房补贴6万元、3万元。

二、购房补贴申领条件

1.申请人所在企业税务登记地须为任城区;

2.首套住房是指申请人在任城区范围内首次购买住房,且本人、配偶和子女家庭成员名下无其他房产;

三、补贴标准

对符合条件的新引进硕士研究生、本科生,区财政分别给予每人6万元、3万元购房补贴。
"""
YOUNG_MASTER = {"kind": "individual", "region": "山东省济宁市任城区", "home_region": "山东省济宁市任城区",
                "education": "master", "full_time": True, "born": "1996-05-01", "employed": True, "homes_owned": 0}


def test_a_guides_condition_list_is_a_programme_with_person_tests() -> None:
    doc = _doc(RENCHENG)
    programme = _only(doc)
    facts = {t["fact"] for t in _tests(programme["logic"])}
    assert {"education", "age_at_hire", "homes_owned", "home_region", "region", "employed"} <= facts
    assert _status(doc, programme, **YOUNG_MASTER) == "possible"  # 首次在济宁就业 is for a person to judge


@pytest.mark.parametrize("change", [{"home_region": "山东省济宁市兖州区"}, {"region": "山东省济宁市兖州区"},
                                    {"homes_owned": 1}, {"education": "junior_college"},
                                    {"born": "1980-05-01"}])  # 40 on 2020-06-15, the first day of hiring: over both limits
def test_a_wrong_district_home_or_degree_is_ineligible(change) -> None:
    doc = _doc(RENCHENG)
    assert _status(doc, _only(doc), **{**YOUNG_MASTER, **change}) == "ineligible"


def test_the_age_limit_is_chosen_by_the_degree() -> None:
    doc = _doc(RENCHENG)
    tables = [i for i in _walk_logic(_only(doc)["logic"]) if i.get("op") == "tiers"]
    assert tables, "硕士研究生不超35周岁,学士本科生不超30周岁 is a table by degree"
    assert _status(doc, _only(doc), **{**YOUNG_MASTER, "born": "1993-01-01"}) == "possible"  # a master of 33
    bachelor = {**YOUNG_MASTER, "education": "bachelor", "born": "1985-01-01"}
    assert _status(doc, _only(doc), **bachelor) == "ineligible"  # a bachelor of 35 on the first day of hiring


def test_an_age_at_hiring_is_judged_on_that_day() -> None:
    """签订劳动合同或聘用合同时…本科生年龄不超过30周岁: the age on the day of hiring, not today's; a bachelor
    of 33 today hired at 29 is eligible for it, one whose hiring day is unknown is possible, and one
    already over 30 on the first day the text allows (2020年6月15日后) is not."""
    doc = _doc(RENCHENG)
    bachelor = {**YOUNG_MASTER, "education": "bachelor", "born": "1993-01-01"}
    assert _status(doc, _only(doc), **bachelor) == "possible"
    assert _status(doc, _only(doc), **{**bachelor, "hired": "2022-03-01"}) == "possible"  # 29: only 首次 is open
    assert _status(doc, _only(doc), **{**bachelor, "hired": "2024-03-01"}) == "ineligible"  # 31 on that day
    assert _status(doc, _only(doc), **{**bachelor, "born": "1989-01-01"}) == "ineligible"  # 31 on 2020-06-15


def _walk_logic(logic: dict):
    yield logic
    for item in logic.get("items", []):
        if "op" in item:
            yield from _walk_logic(item)


# --- places: 本市, 我区, city abbreviations; an unresolved place is never true ------------------------

def test_region_words_resolve_to_the_issuers_territory() -> None:
    text = ("广州市天河区住房建设和园林局关于受理天河区人才公寓申请的公告\n\n一、申请条件\n"
            "（一）申请人在我区企业全职工作；\n（二）在穗缴纳社会保险满6个月。\n")
    doc = _doc(text)
    places = [v for t in _tests(_only(doc)["logic"]) if t["fact"] == "region" for v in t["value"]]
    assert "广州市天河区" in places and "广州市" in places  # 我区 is the district, 在穗 the city
    person = {"kind": "individual", "region": "广东省广州市天河区", "employed": True, "social_insurance_months": 12}
    assert _status(doc, _only(doc), **person) != "ineligible"
    assert _status(doc, _only(doc), **{**person, "region": "广东省广州市海珠区"}) == "ineligible"
    assert _status(doc, _only(doc), **{**person, "social_insurance_months": 3}) == "ineligible"


def test_an_unresolved_place_word_is_unknown_never_true() -> None:
    doc = _doc("人才购房补贴实施细则\n\n一、申请条件\n（一）申请人在本市缴纳社会保险；\n")
    place = [t for t in _tests(_only(doc)["logic"]) if t["fact"] == "region"]
    assert place and place[0]["value"] == []  # the title names no city: 本市 cannot be resolved
    person = {"kind": "individual", "region": "广东省广州市", "social_insurance_months": 12}
    assert _status(doc, _only(doc), **person) == "possible"


# --- integrity, exclusions, discretion ----------------------------------------------------------------

def test_integrity_written_positively_tests_dishonest_and_exclusion_lists_exclude() -> None:
    text = ("南京市人才安居办法\n\n一、申请条件\n（一）申请人诚实守信，无不良信用记录；\n（二）具有本科及以上学历。\n"
            "二、有下列情形之一的，不予补贴：\n（一）被列入失信被执行人名单的；\n（二）已享受其他住房保障的。\n")
    doc = _doc(text)
    programme = _only(doc)
    good = {"kind": "individual", "education": "master", "dishonest": False}
    assert _status(doc, programme, **good) == "possible"  # 已享受其他住房保障 stays for a person
    assert _status(doc, programme, **{**good, "dishonest": True}) == "ineligible"
    assert [e["test"]["fact"] for e in programme["exclusions"] if e["test"]] == ["dishonest"]


def test_discretion_leaves_a_failed_threshold_possible() -> None:
    text = "北京市引进毕业生管理办法\n\n一、引进条件\n（一）原则上毕业生本科不超过26周岁，硕士研究生不超过30周岁；\n"
    doc = _doc(text)
    master_33 = {"kind": "individual", "education": "master", "born": "1993-06-01"}
    assert _status(doc, _only(doc), **master_33) == "possible"


# --- tiers, ratios, 且, products ---------------------------------------------------------------------

TIERS = ("高新技术企业认定办法\n\n一、认定条件\n（一）近三年研究开发费用总额占同期销售收入总额的比例：最近一年销售收入在5,000万元"
         "（含）以下的企业，比例不低于5%；最近一年销售收入在5,000万元以上的企业，比例不低于3%；\n"
         "（二）有效发明专利50件以上且在国(境)外申请发明专利5件以上。\n")


def test_a_tier_selects_the_threshold_it_does_not_require_the_tier() -> None:
    doc = _doc(TIERS)
    programme = _only(doc)
    money = [t for t in _tests(programme["logic"]) if t["fact"] == "revenue"]
    assert money and all(t["value"] == 50_000_000 for t in money)  # 5,000万元 is one number
    small = {"kind": "enterprise", "revenue": 30_000_000, "rd_ratio": 4, "invention_patents": 60}
    assert _status(doc, programme, **small) == "ineligible"  # its tier asks 5%
    large = {**small, "revenue": 80_000_000}
    assert _status(doc, programme, **large) != "ineligible"  # its tier asks 3%


def test_both_halves_of_qie_are_conditions() -> None:
    doc = _doc(TIERS)
    facts = [t["fact"] for t in _tests(_only(doc)["logic"])]
    assert "invention_patents" in facts
    second = [c for c in _conditions(_only(doc)["logic"]) if "国(境)外" in c["text"]]
    assert second and all(c["test"] is None or c["test"]["fact"] != "invention_patents" for c in second)


def test_the_sales_of_a_product_are_not_the_applicants_revenue() -> None:
    doc = _doc("品牌培育项目申报指南\n\n一、申报条件\n（一）品牌产品销售收入5000万元以上。\n")
    assert not [t for t in _tests(_only(doc)["logic"]) if t["fact"] == "revenue"]


# --- definitions bind ----------------------------------------------------------------------------------

def test_a_definition_is_data_and_binds_the_programmes_using_its_term() -> None:
    text = ("总部企业认定办法\n\n第一条 本办法所称总部企业，是指在本区注册的具有独立法人资格的企业。\n"
            "第二条 申报总部企业应符合下列条件：\n（一）上年度营业收入不低于5亿元；\n（二）无严重失信行为。\n")
    doc = _doc(text)
    (definition,) = doc["definitions"]
    assert definition["term"] == "总部企业" and definition["binds"] == [doc["programmes"][0]["id"]]
    assert {t["fact"] for t in _tests(definition["logic"])} >= {"legal_person"}
    programme = doc["programmes"][0]
    company = {"kind": "enterprise", "legal_person": True, "revenue": 600_000_000, "dishonest": False}
    assert _status(doc, programme, **{**company, "legal_person": False}) == "ineligible"


# --- the seeds' wrong verdicts -------------------------------------------------------------------------

SEEDS = Path(__file__).resolve().parents[1] / "corpus"


def _seed(prefix: str) -> dict:
    path = next(SEEDS.glob(f"{prefix}*.txt"))
    return compile_text(path.read_text(encoding="utf-8"), path=path.name).documents[0]


def test_a_silver_award_holds_for_gold_silver_or_excellence() -> None:
    doc = _seed("002")
    (award,) = [p for p in doc["programmes"] if p["title"].startswith("获得中国专利金奖、银奖、优秀奖")]
    winner = {"kind": "enterprise", "region": "江苏省苏州市", "awards": ["中国专利银奖"]}
    assert _status(doc, award, **winner) == "eligible"
    assert _status(doc, award, **{**winner, "awards": []}) == "ineligible"
    assert _status(doc, award, **{**winner, "region": "浙江省杭州市"}) == "ineligible"  # the province's measure


def test_halving_applies_once_and_a_new_project_exclusion_spares_upgrades() -> None:
    doc = _seed("003")
    new = next(p for p in doc["programmes"] if p["title"].endswith("（新建项目）"))
    upgrade = next(p for p in doc["programmes"] if p["title"].endswith("（升级项目）"))
    clauses = clauses_of(doc)
    profile = profile_from({"kind": "enterprise", "valid_patents": 40, "invention_patents": 20, "awards": ["中国专利奖"]})
    reasons = judge(new, profile, doc["id"], clauses, ON)["reasons"]
    halved = [r for r in reasons if r["fact"] == "valid_patents" and not r["exclusion"]]
    assert halved and all("50" in r["note"] and "25" not in r["note"] for r in halved)  # 100 → 50, not 25
    assert not [e for e in upgrade["exclusions"] if "新建项目" in e["text"]]
    assert [e for e in new["exclusions"] if "新建项目" in e["text"]]


# --- the command -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("guides")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "rencheng.txt").write_text(RENCHENG, encoding="utf-8")
    out = root / "out"
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "-q"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("content, message", [
    ("name = \"x\"\nregion = \"济宁\"\n".encode("gbk"), "not UTF-8"),
    (b"name = x y\n", "not valid TOML"),
    (b"revenue = -5\n", "revenue must be a number of 0 or more"),
    (b"revenue = nan\n", "revenue must be a number of 0 or more"),
    (b"education = 3\n", "education must be one of"),
    (b"born = \"yesterday\"\n", "born must be a date"),
    (b"educaton = \"master\"\n", "did you mean education"),
])
def test_a_bad_profile_is_a_usage_error(built: Path, tmp_path: Path, content: bytes, message: str) -> None:
    profile = tmp_path / "p.toml"
    profile.write_bytes(content)
    result = CliRunner().invoke(main, ["match", str(profile), "-o", str(built)])
    assert result.exit_code == 2 and message in result.output, result.output
    assert "Traceback" not in result.output


def test_match_text_output_and_a_page_written_anywhere(built: Path, tmp_path: Path) -> None:
    profile = tmp_path / "young.toml"
    lines = [f'{k} = {v!r}'.replace("'", '"') if isinstance(v, str) else f"{k} = {str(v).lower()}"
             for k, v in YOUNG_MASTER.items()]
    profile.write_text("\n".join(lines) + "\n", encoding="utf-8")
    page = tmp_path / "elsewhere" / "deep" / "answer.html"
    page.parent.mkdir(parents=True)
    result = CliRunner().invoke(main, ["match", str(profile), "-o", str(built), "--on", "2026-12-06",
                                       "--html", str(page)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "judged on 2026-12-06" in result.stdout.splitlines()[0]
    assert result.stdout.splitlines()[1].startswith("possible")
    html = page.read_text(encoding="utf-8")
    hrefs = [h.split('"')[0] for h in html.split('href="')[1:] if h.startswith("file:")]
    assert hrefs and all(Path(h[len("file://"):].split("#")[0]).is_file() for h in hrefs)


# --- more categories ---------------------------------------------------------------------------------

def test_a_place_to_be_outside_is_a_not_in_test() -> None:
    text = ("襄阳市中心城区购房补贴兑付实施细则\n\n一、申请条件\n（一）在襄阳市中心城区（不含襄州区）购买新建商品住房；\n"
            "（二）申请人为非襄阳市户籍人员。\n")
    doc = _doc(text)
    ops = {(t["fact"], t["op"]) for t in _tests(_only(doc)["logic"])}
    assert ("home_region", "not in") in ops and ("hukou", "not in") in ops
    buyer = {"kind": "individual", "home_region": "湖北省襄阳市樊城区", "hukou": "湖北省宜昌市", "new_home": True}
    assert _status(doc, _only(doc), **buyer) != "ineligible"
    assert _status(doc, _only(doc), **{**buyer, "home_region": "湖北省襄阳市襄州区"}) == "ineligible"
    assert _status(doc, _only(doc), **{**buyer, "hukou": "湖北省襄阳市樊城区"}) == "ineligible"


def test_an_exclusion_list_after_bu_baokuo_excludes_second_hand_homes() -> None:
    text = ("多子女家庭购房补贴通知\n\n一、补贴对象\n（一）在鼓楼区购买新建市场化商品住宅的多子女家庭。\n"
            "（二）本通知所称新建市场化商品住宅，是指房地产开发企业依法开发建设并面向市场销售的新建商品住宅。不包括:\n"
            "1.限价商品房、安置房等非市场化住房;\n2.商业、办公、车位等非住宅类房产及二手房。\n")
    doc = _doc(text)
    tested = [e["test"] for e in _only(doc)["exclusions"] if e["test"]]
    assert {"fact": "new_home", "op": "==", "value": False, "unit": None, "clause": None, "years": None} in tested
    family = {"kind": "individual", "children": 2, "new_home": False, "home_region": "福建省福州市鼓楼区"}
    assert _status(doc, _only(doc), **family) == "ineligible"


def test_either_employment_or_a_business_and_groups_of_people_are_alternatives() -> None:
    text = ("江门市人才房票试行工作方案\n\n一、申请条件\n（一）在江门市就业创业的具有中级及以上职称专业技术人才、"
            "全日制本科及以上学历人才。\n")
    doc = _doc(text)
    base = {"kind": "individual", "region": "广东省江门市新会区", "employed": True}
    assert _status(doc, _only(doc), **{**base, "education": "junior_college", "titles": ["中级经济师"]}) == "eligible"
    assert _status(doc, _only(doc), **{**base, "education": "bachelor", "full_time": True, "titles": []}) == "eligible"
    assert _status(doc, _only(doc), **{**base, "education": "junior_college", "titles": []}) == "ineligible"
    founder = {**base, "employed": False, "entrepreneur": True, "education": "master", "full_time": True}
    assert _status(doc, _only(doc), **founder) == "eligible"


def test_cases_apply_to_whom_they_name_and_a_table_by_sex_fails_when_every_row_does() -> None:
    text = ("人才房票实施办法\n\n一、申请条件\n（一）累计缴纳社保2年及以上的，承诺继续工作3年；未满2年的，承诺服务期限满5年。\n"
            "（二）女性不超过55周岁、男性不超过60周岁。\n")
    doc = _doc(text)
    person = {"kind": "individual", "social_insurance_months": 14, "born": "1980-01-01"}
    assert _status(doc, _only(doc), **person) == "possible"  # neither case contradicts the other
    assert _status(doc, _only(doc), **{**person, "born": "1963-01-01"}) == "ineligible"  # 63: over both limits
    assert _status(doc, _only(doc), **{**person, "born": "1968-01-01"}) == "possible"  # 58: the sex decides
    assert _status(doc, _only(doc), **{**person, "born": "1968-01-01", "sex": "female"}) == "ineligible"


# --- properties on the tuning guides ----------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from polc import facts as F  # noqa: E402

KEY = Path(__file__).resolve().parent / "eligibility_key"
TUNE = sorted({__import__("json").loads(line)["source"] for half in ("tune.jsonl", "tune2.jsonl")
               for line in (KEY / half).read_text(encoding="utf-8").splitlines() if line.strip()})
GUIDES = [d for name in TUNE for d in compile_text((KEY / "sources" / name).read_text(encoding="utf-8"),
                                                   path=name).documents]
PROGRAMMES = [(d, p) for d in GUIDES for p in d["programmes"]]
VALUES = {
    "number": st.integers(0, 10**8), "boolean": st.booleans(),
    "strings": st.lists(st.sampled_from([*F.TITLES, *F.AWARDS, "中级经济师", "其他"]), max_size=2),
    "kind": st.sampled_from(list(F.KINDS)),
    "place": st.sampled_from(["山东省济宁市任城区", "广东省广州市天河区", "江苏省南京市鼓楼区", "四川省泸州市江阳区", "南京"]),
    "date": st.dates(min_value=date(1950, 1, 1), max_value=date(2026, 12, 1)).map(lambda d: d.isoformat()),
    "level": st.sampled_from(F.EDUCATION), "class": st.sampled_from(["A", "C", "E", "female"]),
}


def test_every_tuning_guide_yields_programmes_with_conditions() -> None:
    for doc in GUIDES:
        assert doc["programmes"], doc["id"]
        assert all(list(_conditions(p["logic"])) for p in doc["programmes"]), doc["id"]


@settings(max_examples=80, deadline=None)
@given(st.fixed_dictionaries({}, optional={n: VALUES[f.kind] for n, f in F.FACTS.items()}),
       st.sampled_from(range(len(PROGRAMMES))), st.sampled_from(list(F.FACTS)), st.data())
def test_on_real_guides_a_new_fact_turns_no_ineligible_into_eligible(facts, k, added, data) -> None:
    doc, programme = PROGRAMMES[k]
    facts.pop(added, None)
    before = _status(doc, programme, **facts)
    after = _status(doc, programme, **{**facts, added: data.draw(VALUES[F.FACTS[added].kind])})
    assert not (before == "ineligible" and after == "eligible")
    assert _status(doc, programme) != "eligible"  # an empty profile is never eligible


def test_purchase_windows_and_second_hand_homes_are_read_from_the_words() -> None:
    from polc.conditions import Segment, read_segment

    doc = _doc("购房补贴实施细则\n\n一、申请条件\n（一）2023年1月1日以来购买二手住房的本市居民；\n（二）截至2024年6月30日完成网签。\n")
    found = {(t["fact"], t["op"], str(t["value"])) for t in _tests(_only(doc)["logic"])}
    assert ("new_home", "==", "False") in found
    assert ("home_purchased", ">=", "2023-01-01") in found and ("home_purchased", "<=", "2024-06-30") in found
    plain, _ = read_segment(Segment("购买新建商品住房", (), ()))
    assert [t.value for t in plain if t.fact == "new_home"] == [True]


def test_places_found_by_mutation_testing() -> None:
    """Faults helper mutation testing found in places and conditions, each pinned on its input."""
    from polc import places
    from polc.conditions import Segment, read_segment

    assert places.inside("吉林省长春市", "吉林市") is False  # 吉林省 is not 吉林市
    assert places.inside("朝阳区", "北京市") is None  # 朝阳区 is in 北京 and in 长春
    assert places.inside("江苏省", "北京市") is False
    assert places.territory(["博尔塔拉蒙古自治州人民政府"]) == [("博尔塔拉蒙古自治州", "city")]
    nanjing = (("南京市", "city"),)

    def read(text: str) -> list:
        return read_segment(Segment(text, (), nanjing, context=text))[0]
    assert [(t.fact, t.op) for t in read("非本市户籍")] == [("hukou", "not in")]
    assert [(t.fact, t.value) for t in read("具有本市户籍")] == [("hukou", ("南京市",))]
    assert [t.value for t in read("户籍在玄武区、秦淮区或鼓楼区")] == [("玄武区", "秦淮区", "鼓楼区")]
    assert ("home_region", ("玄武区", "鼓楼区")) in [(t.fact, t.value) for t in read("在玄武区或鼓楼区购买新建商品住房")]
    assert [(t.fact, t.value) for t in read("江苏户籍")] == [("hukou", ("江苏省",))]


# --- session 3: categories from the tuning halves ---------------------------------------------------

SHANGJIE = """北京市商务局关于征集2026年支持商场、商街、商圈品质提升项目的通知

一、申报条件

（一）申报主体应为在京正常经营，且申报项目内容符合北京市支持商场、商街品质提升方向的企业。

（二）有下列情形的不予支持

近三年内发生较大及以上生产安全、火灾事故；纳入全市联合惩戒“黑名单”的；经审议其他不予支持的。
"""
MALL = {"kind": "enterprise", "region": "北京市朝阳区", "dishonest": False}


def test_each_sentence_of_an_exclusion_paragraph_excludes() -> None:
    """有下列情形的不予支持 followed by one paragraph of 「；」-separated situations: each situation is an
    exclusion, also when the paragraph ends with one that says 不予支持 again."""
    doc = _doc(SHANGJIE)
    texts = [e["text"] for p in doc["programmes"] for e in p["exclusions"]]
    assert any("黑名单" in t for t in texts)
    assert _status(doc, _only(doc), **{**MALL, "dishonest": True}) == "ineligible"
    assert _status(doc, _only(doc), **MALL) == "possible"  # the accident record is for a person to judge


TIANHE = """关于受理天河区人才公寓申请的公告

一、申请条件

1.申请租赁人才公寓的人才一般应具有大学本科及以上学历或中级及以上职称。
"""


def test_a_general_rule_is_discretion_also_over_alternatives() -> None:
    """一般应具有本科学历或中级职称: 一般 leaves it to the authority; failing both branches of the 或 is
    possible, not ineligible."""
    doc = _doc(TIANHE)
    person = {"kind": "individual", "education": "secondary", "titles": []}
    assert _status(doc, _only(doc), **person) == "possible"
    assert all(t.get("discretion") for t in _tests(_only(doc)["logic"]))


ENYANG = """恩阳区进一步扎实稳住经济增长若干政策措施

53.强化企业招聘用工服务。对与恩阳区企业签订校企合作协议，为企业成批（20人及以上）输送毕业生（签订）1年以上劳动合同并参加社会保险的大中专院校（含技校），按300元/人的标准给予招工引才奖励。
"""


def test_the_head_of_a_recipient_phrase_names_its_kind_not_its_partners() -> None:
    """…与恩阳区企业签订协议…的大中专院校: the recipients are colleges; 企业 is their partner."""
    from polc.eligibility import _kinds
    (programme,) = _doc(ENYANG)["programmes"]
    recipients = programme["title"].split("：")[0]
    assert _kinds(recipients) == ("university",)
    assert _kinds("在京正常经营，且申报项目内容符合北京市支持商场、商街品质提升方向的企业") == ("enterprise",)
    assert _kinds("在本市注册成立的各类企事业单位及其他组织") == ("enterprise", "social_org", "public_institution")


def test_a_day_with_hou_after_it_is_one_date() -> None:
    """2020年6月15日后: one date clause, the day (what 后 says of it is the conditions' to read)."""
    doc = _doc("说明\n\n申请人在2020年6月15日后与企业签订劳动合同。\n")
    dates = [c for c in clauses_of(doc).values() if c["type"] == "date"]
    assert [(d["text"], d["value"]) for d in dates] == [("2020年6月15日", "2020-06-15")]


BOZHOU = """亳州市推动全民创业促进就业若干措施

(十二)对在市区范围内就业,依法缴纳2年及以上社保的高校毕业生、中级及以上的各类专业技术人才、高技能人才,在市区新安家的一次性给予5万元安家补贴。
"""
SHENYANG = """沈阳市进一步促进高校毕业生等青年群体就业创业若干政策措施

16.给予到县域地区重点企业就业专项生活补贴。毕业5年内普通高校毕业生与县域内重点企业签订1年以上劳动合同并依法缴纳社会保险,从未享受其它生活补贴、资助政策。大专生每月500元、本科生每月800元、硕士生每月1200元、博士生每月2500元,补贴期限最长不超过36个月。
"""


@pytest.mark.parametrize("where, verdict", [("安徽省亳州市谯城区", "eligible"), ("安徽省亳州市利辛县", "ineligible")])
def test_shiqu_is_the_citys_districts(where, verdict) -> None:
    """在市区范围内就业: 市区 is the city's districts (谯城区), not its counties (利辛县)."""
    doc = _doc(BOZHOU, "安徽省亳州市/措施.txt")
    graduate = {"kind": "individual", "region": where, "home_region": where, "education": "bachelor",
                "employed": True, "social_insurance_months": 30}
    assert _status(doc, _only(doc), **graduate) == verdict


@pytest.mark.parametrize("where, verdict", [("辽宁省沈阳市康平县", "possible"), ("辽宁省沈阳市和平区", "ineligible")])
def test_xianyu_is_the_citys_counties_and_a_granting_heading_makes_a_programme(where, verdict) -> None:
    """16.给予到县域地区重点企业就业专项生活补贴。…大专生每月500元: the heading grants, so the figures
    under it are the amounts and the sentences before them the conditions; 县域 is the counties (康平县),
    not a central district (和平区); 毕业5年内 is years since graduation, though 社会保险 follows."""
    doc = _doc(SHENYANG, "辽宁省沈阳市/措施.txt")
    programme = _only(doc)
    assert [c["text"] for c in clauses_of(doc).values() if c["id"] in programme["benefits"]][:2] == ["500元", "800元"]
    tests = list(_tests(programme["logic"]))
    assert {"fact": "graduated_years", "op": "<=", "value": 5} in [{k: t[k] for k in ("fact", "op", "value")} for t in tests]
    assert not any(t["fact"] == "social_insurance_months" and t["value"] > 1 for t in tests)
    graduate = {"kind": "individual", "region": where, "education": "bachelor", "graduated": "2024-07-01",
                "employed": True, "social_insurance_months": 12}
    assert _status(doc, programme, **graduate) == verdict


ANHUI = """安徽省支持工业互联网发展若干政策

推动集成电路产业“强链补链延链”。集成电路设计企业开展工程产品首轮流片，省级按该款产品首轮流片合同或掩膜版制作合同金额的30%，给予一次性奖补，单个企业最高300万元。
"""
BOZHOU_IP = """亳州市推动全民创业促进就业若干措施

(九)拥有自主知识产权或科技成果转化的人员,在我市创办、参股企业,且企业转化单项成果的产品年销售收入100万元(含100万元)以上的,按照销售收入的10%给予创新创业人才奖励补贴,最高不超过20万元。
"""


def test_a_grant_at_a_rate_of_a_base_is_a_programme_for_its_subject() -> None:
    """…企业开展工程产品首轮流片，省级按…金额的30%，给予一次性奖补 and 拥有…的人员,在我市创办…企业,…以上的,
    按照销售收入的10%给予…: the subject before the basis of the rate is who may apply."""
    anhui = _doc(ANHUI, "安徽省/政策.txt")
    assert _status(anhui, _only(anhui), kind="university", region="安徽省合肥市") == "ineligible"
    assert _status(anhui, _only(anhui), kind="enterprise", region="安徽省合肥市") == "possible"
    bozhou = _doc(BOZHOU_IP, "安徽省亳州市/措施.txt")
    programme = _only(bozhou)
    kinds = [t["value"] for part in ("applicants", "logic") for t in _tests(programme[part]) if t["fact"] == "kind"]
    assert kinds == [["individual"]]
    assert _status(bozhou, programme, kind="individual", region="安徽省亳州市谯城区") == "possible"


FUZHOU = """关于发放多子女家庭购房补贴的通知

一、补贴对象
(一)在鼓楼区、台江区、仓山区、晋安区购买新建市场化商品住宅的多子女家庭。
(二)本通知所称多子女家庭,是指符合国家生育政策规定,合法生育第二个或第三个子女的家庭。具体认定时点如下:
1.双方或一方为独生子女的夫妻,自2013年12月28日起生育第二个子女的;
2.自2016年1月1日起生育第二个子女的;
3.自2021年5月31日起生育第三个子女的。
"""


def test_items_that_each_end_in_de_under_a_plain_lead_are_cases() -> None:
    """具体认定时点如下：1.…生育第二个子女的；…3.…生育第三个子女的。: the cases a definition covers, any one
    of them; a family of two children is not failed by the third case."""
    doc = _doc(FUZHOU, "福建省福州市/通知.txt")
    family = {"kind": "individual", "home_region": "福建省福州市鼓楼区", "new_home": True, "children": 2}
    assert _status(doc, _only(doc), **family) == "possible"  # which year the second child was born: not given
    assert _status(doc, _only(doc), **{**family, "children": 1}) == "ineligible"


NANJING = """南京市人才安居办法

第三条 申请人才安居的,应当符合下列条件:
(一)在本市工作;
(二)本市户籍、自有住房未达到本办法确定的安居标准,或者非本市户籍、在本市无自有住房,且均在本市5年内无住房登记信息和房屋交易记录。
"""


def test_no_housing_records_in_five_years_is_not_owning_no_home() -> None:
    """5年内无住房登记信息和房屋交易记录: records of the last five years, not the homes a family owns; a
    Nanjing-hukou talent with a home below the standard may still apply (或者 joins the two cases)."""
    doc = _doc(NANJING, "江苏省南京市/办法.txt")
    tests = [t for t in _tests(_only(doc)["logic"]) if t["fact"] == "homes_owned"]
    assert len(tests) == 1 and "无自有住房" in next(c["text"] for c in _conditions(_only(doc)["logic"])
                                                   if c["test"] and c["test"]["fact"] == "homes_owned")
    talent = {"kind": "individual", "region": "江苏省南京市玄武区", "hukou": "江苏省南京市玄武区", "homes_owned": 1}
    assert _status(doc, _only(doc), **talent) == "possible"


QIANJIANG = """潜江市促进消费恢复和扩大的若干措施

1.支持企业入规入限。对所有在库的限上商贸企业(含个体工商户)给予1000元统计工作经费补贴。
"""


def test_a_bracket_that_includes_widens_and_a_shortened_title_is_the_title() -> None:
    """限上商贸企业(含个体工商户): the bracket widens who may apply, it does not ask to run a 个体工商户;
    限上 is 限额以上, so a holder of 限额以上商贸企业 holds it."""
    doc = _doc(QIANJIANG, "湖北省潜江市/措施.txt")
    facts = {t["fact"] for part in ("applicants", "logic") for t in _tests(_only(doc)[part])}
    assert "entrepreneur" not in facts and "titles" in facts
    trader = {"kind": "enterprise", "region": "湖北省潜江市", "titles": ["限额以上商贸企业"]}
    assert _status(doc, _only(doc), **trader) in ("eligible", "possible")
    assert _status(doc, _only(doc), **{**trader, "titles": ["高新技术企业"]}) == "ineligible"


ANYANG = """安阳市人民政府办公室关于促进房地产市场平稳健康发展的意见

一、实施购房契税补贴
2022年4月25日至2022年12月31日，在安阳市区内购买商品住宅（含二手房）并缴纳契税的，给予已缴契税50%消费补贴。
"""


@pytest.mark.parametrize("where, bought, verdict", [
    ("河南省安阳市文峰区", "2022-06-01", "eligible"),  # a district of 安阳市区, inside the window
    ("河南省安阳市林州市", "2022-06-01", "ineligible"),  # a county-level city: not 市区
    ("河南省安阳市文峰区", "2023-01-05", "ineligible")])  # after the window
def test_a_city_with_shiqu_and_a_purchase_window(where, bought, verdict) -> None:
    """2022年4月25日至2022年12月31日，在安阳市区内购买…并缴纳契税的，给予…50%消费补贴: a subject of several
    phrases ending in 的 before 给予; 安阳市区 is 安阳市's districts; the deed tax the subsidy is a share of
    is paid by whoever claims it."""
    doc = _doc(ANYANG, "河南省安阳市/意见.txt")
    buyer = {"kind": "individual", "home_region": where, "home_purchased": bought}
    assert _status(doc, _only(doc), date(2022, 10, 1), **buyer) == verdict


JILIN = """吉林市进一步促进房地产消费若干措施

一、发放购房补贴
自2023年1月1日至2023年12月31日，购买城市规划区范围内国有土地上新建商品住房的二、三孩家庭，政府每平方米补贴100元，最高补贴额不超过1.44万元。申报购房补贴截止时间为2024年6月30日。
二、调整首付比例
2023年8月31日前金融机构已发放的贷款，按原合同执行。
"""


def test_a_deadline_to_apply_closes_the_programme_and_other_dates_do_not() -> None:
    """申报购房补贴截止时间为2024年6月30日: after that day the programme is closed (ineligible, with the
    deadline as the reason); a date before 前 in another part (贷款…2023年8月31日前) is no deadline to apply."""
    doc = _doc(JILIN, "吉林省吉林市/措施.txt")
    programme = _only(doc)
    assert clauses_of(doc)[programme["deadline"]]["value"] == "2024-06-30"
    family = {"kind": "individual", "children": 2, "new_home": True, "home_purchased": "2023-05-01"}
    assert _status(doc, programme, date(2024, 3, 1), **family) == "possible"  # 城市规划区: for a person
    closed = judge(programme, profile_from(family), doc["id"], clauses_of(doc), date(2024, 7, 1))
    assert closed["status"] == "ineligible"
    assert any("2024-06-30 passed" in r["note"] for r in closed["reasons"])


CHONGQING = """重庆市提振消费若干措施

（十四）促进住房消费健康发展。2025年5月30日至12月31日期间，对在我市中心城区新购商品住房，且在一年内出售中心城区原有住房的，给予新购住房总房款1%的补贴。
"""
CHUZHOU = """滁州市促进房地产市场平稳健康发展若干措施

三、激活市场有效需求
（一）给予购房契税补助。购买商品房(住宅、非住宅)，受益财政给予购房者实际缴纳契税的50%补助。以上享受补贴的商品住房，自取得不动产权证之日起3年内，不得申请办理转移登记。
四、其他
本措施自印发之日起实行，实施范围为琅琊区、南谯区、滁州经济技术开发区，各县(市)可参照执行。
"""


@pytest.mark.parametrize("bought, verdict", [("2025-06-10", "possible"), ("2025-05-12", "ineligible"),
                                             ("2026-01-15", "ineligible")])
def test_a_period_before_dui_bounds_the_event(bought, verdict) -> None:
    """2025年5月30日至12月31日期间，对在我市中心城区新购商品住房…的，给予…: the period is when the home is
    bought, though it stands before 对."""
    doc = _doc(CHONGQING, "重庆市/措施.txt")
    buyer = {"kind": "individual", "home_region": "重庆市渝北区", "new_home": True, "home_purchased": bought}
    assert _status(doc, _only(doc), date(2026, 3, 1), **buyer) == verdict


def test_buying_a_commercial_home_asks_nothing_more_and_a_duty_after_the_grant_is_no_exclusion() -> None:
    """购买商品房(住宅、非住宅)的: who buys one qualifies; 以上享受补贴的商品住房…3年内不得…转移登记 binds
    those who got the grant, it excludes no one."""
    doc = _doc(CHUZHOU, "安徽省滁州市/措施.txt")
    programme = _only(doc)
    assert programme["exclusions"] == []
    buyer = {"kind": "individual", "region": "安徽省滁州市琅琊区", "home_region": "安徽省滁州市琅琊区"}
    assert _status(doc, programme, date(2023, 6, 1), **buyer) == "eligible"
    # the 受益财政 of the deed tax pays: where the home is decides, not where the buyer works
    assert _status(doc, programme, date(2023, 6, 1), **{**buyer, "region": "江苏省南京市鼓楼区"}) == "eligible"
    assert _status(doc, programme, date(2023, 6, 1),
                   **{**buyer, "region": "江苏省南京市鼓楼区", "home_region": "江苏省南京市鼓楼区"}) == "ineligible"


def test_a_territorial_scope_binds_every_grant() -> None:
    """实施范围为琅琊区、南谯区…，各县(市)可参照执行: a buyer in 来安县 (a county of 滁州市) is outside it."""
    doc = _doc(CHUZHOU, "安徽省滁州市/措施.txt")
    county = {"kind": "individual", "region": "安徽省滁州市来安县", "home_region": "安徽省滁州市来安县"}
    assert _status(doc, _only(doc), date(2023, 6, 1), **county) == "ineligible"


MINGXI = """明溪县促进房地产市场平稳健康发展若干措施

一、居民住房消费补贴措施及标准
（三）补贴标准
1.凡在我县城市规划区范围内购买新建商品住房的，按所购商品住房面积予以每平方米150元的补贴，每套最高补贴不超过2万元。
2.购房人满足以下条件的，可以另行享受补贴政策，具体为：
①全日制高校毕业生:硕士及以上学历补贴2万元/套、本科学历补贴1万元/套;
②中级及以上职称:高级职称补贴2万元/套、中级职称补贴1万元/套;
③本县农村人口或非本县户籍人口,补贴1万元/套。
"""


def test_items_that_each_pay_their_own_are_programmes_of_their_own() -> None:
    """满足以下条件的，可以另行享受补贴政策：①…硕士补贴2万元/套；②…；③…: three subsidies, each with its own
    condition — not one programme that asks all three, nor one that any of them opens; the plain
    purchase subsidy before them stays a programme too."""
    doc = _doc(MINGXI, "福建省三明市明溪县/措施.txt")
    titles = [p["title"] for p in doc["programmes"]]
    assert len(doc["programmes"]) == 4, titles
    graduate = next(p for p in doc["programmes"] if "全日制高校毕业生" in p["title"])
    buyer = {"kind": "individual", "region": "福建省三明市明溪县", "education": "junior_college", "full_time": True}
    assert _status(doc, graduate, date(2023, 1, 5), **buyer) == "ineligible"  # 大专: neither tier
    assert _status(doc, graduate, date(2023, 1, 5), **{**buyer, "education": "master"}) != "ineligible"


WUXI = """无锡市住房和城乡建设局关于资助职工购买商品住房的公告

一、申请条件
（一）申请人在我市无商品住房；
（二）其配偶须作为共同申请人。
"""


@pytest.mark.parametrize("place, verdict", [({"region": "山东省济宁市任城区", "home_region": "山东省济宁市任城区",
                                              "hukou": "山东省济宁市任城区"}, "ineligible"),
                                             ({"region": "江苏省无锡市梁溪区"}, "possible"),
                                             ({"region": "山东省济宁市任城区", "hukou": "江苏省无锡市梁溪区"}, "possible")])
def test_a_local_guide_that_names_no_place_is_for_its_territory(place, verdict) -> None:
    """申请人在我市无商品住房 names the city only to say where no home may be owned: the guide is still for
    people who work or live in 无锡, have a home there or a 无锡 户籍 — not for someone of 济宁 in every way.
    (A passage in the wording such notices use; it no longer borrows a held-out source's.)"""
    doc = _doc(WUXI, "无锡.txt")
    person = {"kind": "individual", "homes_owned": 0, **place}
    assert _status(doc, _only(doc), **person) == verdict


def test_luohu_is_hukou_in_the_territory_but_not_the_procedure() -> None:
    """落户并在长工作的…: 户籍 moved to 长沙; 办理落户手续 is what the programme does, not a condition."""
    from polc.conditions import Segment, read_segment
    from polc import places
    chain = tuple(places.territory(["长沙市人民政府"]))
    tests, _ = read_segment(Segment("落户并在长工作的博士", (), chain))
    assert ("hukou", "in", ("长沙市",)) in [(t.fact, t.op, t.value) for t in tests]
    tests, _ = read_segment(Segment("委托本市人力资源服务机构管理档案并办理落户手续", (), chain))
    assert all(t.fact != "hukou" for t in tests)


SHENYANG_LOAN = """沈阳市进一步支持刚性和改善性住房需求

（二）支持二孩或三孩家庭住房公积金贷款。已生育二孩或三孩，且孩子未满18周岁的住房公积金缴存职工家庭，使用公积金贷款购买自住住房的，贷款限额可放宽到当期最高贷款额度的1.3倍。
"""
GUIZHOU = """贵州省加快重大项目建设扩大有效投资若干措施

（二十七）加大督促激励力度。对综合排名前十的县(市、区、特区),在省级预算内投资中安排5000万元奖励支持产业配套基础设施项目。
"""


def test_a_raised_limit_is_a_benefit_and_localities_are_governments() -> None:
    """…的，贷款限额可放宽到…1.3倍: a benefit with no amount is still a programme (a one-child family
    fails it); …排名前十的县(市、区、特区): the recipients are localities, an enterprise is none."""
    loan = _doc(SHENYANG_LOAN, "辽宁省沈阳市/措施.txt")
    family = {"kind": "individual", "region": "辽宁省沈阳市和平区", "children": 1}
    assert _status(loan, _only(loan), **family) == "ineligible"
    assert _status(loan, _only(loan), **{**family, "children": 2}) == "possible"
    counties = _doc(GUIZHOU, "贵州省/措施.txt")
    assert _status(counties, _only(counties), kind="enterprise", region="贵州省贵阳市") == "ineligible"
    assert _status(counties, _only(counties), kind="government", region="贵州省遵义市红花岗区") == "possible"
    assert _status(counties, _only(counties), kind="government", region="贵州省遵义市") == "ineligible"  # a 市, not a 县


def test_owning_no_home_in_an_area_and_a_firm_with_staff_ask_no_place_nor_employment() -> None:
    """家庭名下在江门市区无城镇住房的: no home there is asked, not a home there; 连续3个月有在职员工…缴纳社会
    保险费: the firm has staff, its founder need not be employed."""
    from polc.conditions import Segment, read_segment
    from polc import places
    chain = tuple(places.territory(["江门市人民政府"]))
    tests, _ = read_segment(Segment("家庭名下在江门市区无城镇住房的", (), chain))
    assert [(t.fact, t.op, t.value) for t in tests] == [("homes_owned", "==", 0)]
    tests, _ = read_segment(Segment("申请补贴当月前连续3个月有在职员工正常缴纳社会保险费", (), chain))
    assert all(t.fact != "employed" for t in tests)


def test_boundaries_of_a_deadline_and_of_an_age_on_the_first_day_of_hiring() -> None:
    """The deadline day itself is still open; an age exactly at the limit on the first day the text
    allows the hiring (2020年6月15日) does not fail it."""
    doc = _doc(JILIN, "吉林省吉林市/措施.txt")
    family = {"kind": "individual", "children": 2, "new_home": True, "home_purchased": "2023-05-01"}
    assert _status(doc, _only(doc), date(2024, 6, 30), **family) == "possible"
    rencheng = _doc(RENCHENG)
    bachelor = {**YOUNG_MASTER, "education": "bachelor", "born": "1990-06-15"}  # 30 on 2020-06-15
    assert _status(rencheng, _only(rencheng), **bachelor) == "possible"


ANYANG_BEFORE = """安阳市人民政府办公室关于促进房地产市场平稳健康发展的意见

一、实施购房契税补贴
2022年4月25日前，在安阳市区内购买商品住宅（含二手房），并在2022年4月25日至2022年12月31日期间缴纳契税的，给予已缴契税20%消费补贴。
"""


def test_the_dates_of_paying_a_tax_are_not_the_dates_of_the_purchase() -> None:
    """…购买商品住宅，并在2022年4月25日至2022年12月31日期间缴纳契税的: a home bought before 25 April is
    what the programme is for; the later period is when the tax is paid."""
    doc = _doc(ANYANG_BEFORE, "河南省安阳市/意见.txt")
    buyer = {"kind": "individual", "home_region": "河南省安阳市文峰区", "home_purchased": "2022-03-01"}
    assert _status(doc, _only(doc), date(2022, 10, 1), **buyer) == "eligible"


MIXED = """南京市人才购房补贴实施细则

一、申请条件
具体如下：
1.在本市缴纳社会保险满12个月；
2.首次在本市购买新建商品住房的。
"""


def test_a_list_is_a_list_of_cases_only_when_every_item_ends_in_de() -> None:
    """1.在本市缴纳社会保险满12个月；2.首次在本市购买新建商品住房的。: one item not ending in 的 keeps the
    list a list of conditions, all of which must hold."""
    doc = _doc(MIXED, "江苏省南京市/细则.txt")
    person = {"kind": "individual", "region": "江苏省南京市玄武区", "home_region": "江苏省南京市玄武区",
              "homes_owned": 0, "new_home": True, "social_insurance_months": 3}
    assert _status(doc, _only(doc), **person) == "ineligible"


def test_a_deadline_without_a_year_is_in_the_year_a_call_names_and_recurs_in_a_standing_rule(tmp_path) -> None:
    """应于4月30日前报送 in 关于开展2025年度…的通知 closes on 2025-04-30; 每年11月10日前申报 in a 管理办法
    names no year and recurs: past this year's 11月10日 nobody applies until the next round (l10's
    每年度补贴申请截止日期为9月30日，逾期申请的不予受理), before it the round is open."""
    from polc.match import match
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "call.txt").write_text("关于开展2025年度城市更新示范申报工作的通知\n\n一、申报条件\n（一）申报主体应为地级及以上城市人民政府。\n"
                                     "二、申报要求\n（一）各省应于4月30日前报送申报材料。\n", encoding="utf-8")
    (corpus / "rule.txt").write_text("广州市就业见习基地管理办法\n\n一、申报条件\n（一）申报主体应为在本市注册的企业。\n"
                                     "二、申报要求\n（一）每年11月10日前提交申报材料。\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "-q", "--no-site", "--no-db"]).exit_code == 0
    city = profile_from({"name": "x", "kind": "government", "region": "广东省广州市"})
    status = {r["document_title"]: r["status"] for r in match(out, city, date(2025, 5, 15))["results"]}
    assert status["关于开展2025年度城市更新示范申报工作的通知"] == "ineligible"
    firm = profile_from({"name": "y", "kind": "enterprise", "region": "广东省广州市天河区"})
    status = {r["document_title"]: r["status"] for r in match(out, firm, date(2025, 12, 1))["results"]}
    assert status["广州市就业见习基地管理办法"] == "ineligible"
    status = {r["document_title"]: r["status"] for r in match(out, firm, date(2025, 11, 10))["results"]}
    assert status["广州市就业见习基地管理办法"] == "eligible"  # 在本市注册的企业: all it asks, decided


# --- tune6 categories: times elapsed, title levels, payment words, excepted staff, purchase places -----

CHANGSHA = """长沙市争创国家吸引集聚人才平台若干政策

（三）优化人才生活服务

13.对35周岁(含)以下毕业两年内,落户并在长工作的博士、硕士、全日制本科毕业生(机关事业单位在编人员除外),分别给予3万元、2万元、1.2万元租房和生活补贴。
"""
CHANGSHA_MASTER = {"kind": "individual", "region": "湖南省长沙市岳麓区", "hukou": "湖南省长沙市岳麓区", "employed": True,
                   "employer_kind": "enterprise", "born": "1996-04-10", "education": "master", "full_time": True}


def test_within_n_years_of_graduation_ends_on_the_anniversary_not_a_year_later() -> None:
    doc = _doc(CHANGSHA, "l03.txt")
    on = date(2024, 5, 1)
    assert _status(doc, _only(doc), on, **CHANGSHA_MASTER, graduated="2022-05-01") == "eligible"  # two years to the day
    assert _status(doc, _only(doc), on, **CHANGSHA_MASTER, graduated="2022-04-30") == "ineligible"
    assert _status(doc, _only(doc), on, **CHANGSHA_MASTER, graduated="2021-06-30") == "ineligible"  # 2 years 10 months


def test_staff_of_organs_and_public_institutions_excepted_by_a_bracket() -> None:
    doc = _doc(CHANGSHA, "l03.txt")
    on, graduated = date(2024, 5, 1), "2023-06-30"
    assert _status(doc, _only(doc), on, **CHANGSHA_MASTER, graduated=graduated) == "eligible"
    state = {**CHANGSHA_MASTER, "employer_kind": "public_institution"}
    assert _status(doc, _only(doc), on, **state, graduated=graduated) == "possible"  # 在编 or not, a person decides
    unknown = {k: v for k, v in CHANGSHA_MASTER.items() if k != "employer_kind"}
    assert _status(doc, _only(doc), on, **unknown, graduated=graduated) == "possible"


def test_a_professional_title_counts_at_its_level() -> None:
    from polc import facts as F
    from polc.facts import holds as _holds

    assert F.title_level("高级工程师") == "副高级" and F.title_level("工程师") == "中级"
    assert F.title_level("教授") == "正高级" and F.title_level("高级技师") is None
    assert _holds(["高级工程师"], ["中级职称", "副高级职称", "正高级职称"])
    assert not _holds(["助理工程师"], ["中级职称", "副高级职称", "正高级职称"])
    assert not _holds(["高级技师"], ["副高级职称", "正高级职称"])
    doc = _doc("人才房票方案\n\n一、申请条件\n\n在江门市就业的具有高级职称专业技术人才，可申请人才房票。\n", "g25.txt")
    (test,) = [t for t in _tests(_only(doc)["logic"]) if t["fact"] == "titles"]
    assert test["value"] == ["副高级职称", "正高级职称"]  # 高级职称 is either, not none


def test_how_a_benefit_is_paid_is_no_condition() -> None:
    doc = _doc("淮安市人才安居实施意见\n\n一、申请条件\n\n1.在淮安市购买首套商品住房；\n"
               "2.按购房总价的50%兑现购房补贴，最高不超过200万元；\n3.直接支付至合同约定的房地产开发企业收款账号。\n",
               "g06.txt")
    texts = [c["text"] for c in _conditions(_only(doc)["logic"]) if c["test"] is None]
    assert not any("兑现" in t or "最高不超过" in t or "支付至" in t for t in texts), texts


def test_a_purchase_subsidy_is_for_homes_in_the_territory_wherever_the_buyer_works() -> None:
    doc = _doc("""滁州市人民政府办公室关于进一步促进房地产市场平稳健康发展的若干措施

一、加大购房支持力度

（一）给予购房契税补助。购买商品房(住宅、非住宅)，受益财政给予购房者实际缴纳契税的50%补助。享受财政补助政策以网签备案时间为准(补助时间为2023年1月1日至2023年12月31日)，于办理不动产登记后办理。
""", "l11.txt")
    buyer = {"kind": "individual", "region": "江苏省南京市浦口区", "home_region": "安徽省滁州市琅琊区",
             "home_purchased": "2023-12-31"}
    (grant,) = [p for p in doc["programmes"] if "契税" in p["title"]]
    assert _status(doc, grant, date(2024, 3, 1), **buyer) == "eligible"
    assert _status(doc, grant, date(2024, 3, 1), **{**buyer, "home_purchased": "2022-12-31"}) == "ineligible"
    assert _status(doc, grant, date(2024, 3, 1), **{**buyer, "home_region": "江苏省南京市浦口区"}) == "ineligible"


def test_the_end_of_an_application_period_is_the_deadline() -> None:
    doc = _doc("关于受理天河区人才公寓申请的公告\n\n一、申请条件\n\n申请人为经认定的高层次人才。\n\n五、申请时间\n\n"
               "申请时间：2025年8月11日至8月22日。\n", "g20.txt")
    programme = _only(doc)
    assert _status(doc, programme, date(2025, 8, 22)) == "possible"
    assert _status(doc, programme, date(2025, 8, 23)) == "ineligible"


def test_an_incubator_is_a_park() -> None:
    doc = _doc("天河区支持港澳青年创新创业实施办法\n\n第三条 载体建设。被评定为市级港澳青年创新创业孵化载体的天河区行政区域内"
               "创新创业孵化载体，给予每家20万元一次性配套建设支持。\n", "l12.txt")
    (grant,) = doc["programmes"]
    kinds = [t["value"] for t in _tests(grant["applicants"]) if t["fact"] == "kind"]
    assert kinds == [["park"]]


def test_a_second_chance_for_one_case_is_no_deadline() -> None:
    """（一）《房票》在核发之日起2个月内未使用自动失效的，在2026年10月20日前可重新申请: for that case only."""
    doc = _doc("江门市2026年度人才房票试行工作方案\n\n一、申请条件\n\n申请人为经认定的高层次人才。\n\n六、管理要求\n\n"
               "（一）《房票》在核发之日起2个月内未使用自动失效的，在2026年10月20日前可重新申请。\n", "g25.txt")
    assert _only(doc)["deadline"] is None
    doc = _doc("人才公寓申请公告\n\n一、申请条件\n\n申请人为经认定的高层次人才。\n\n二、申请方式\n\n"
               "请于2026年10月20日前提交申请。\n", "g20.txt")
    assert _only(doc)["deadline"] is not None


def test_times_between_a_hiring_a_graduation_and_a_purchase_are_counted_to_the_purchase() -> None:
    doc = _doc(RENCHENG)
    (subsidy,) = [p for p in doc["programmes"] if "购房补贴" in p["title"]] or doc["programmes"][:1]
    tests = {t["fact"] for t in _tests(subsidy["logic"])}
    assert "purchase_years_after_hire" in tests  # 引进后3年内在任城区购买首套住房
    master = {**YOUNG_MASTER, "hired": "2021-03-01", "home_purchased": "2024-02-28"}
    late = {**master, "home_purchased": "2024-05-10"}
    assert _status(doc, subsidy, date(2024, 6, 1), **late) == "ineligible"
    assert _status(doc, subsidy, date(2024, 6, 1), **master) != "ineligible"
    doc = _doc("沈阳市购房补贴政策\n\n一、对毕业5年内购买新建商品住房的高校毕业生，给予购房补贴2万元。\n", "l14.txt")
    graduate = {"kind": "individual", "region": "辽宁省沈阳市浑南区", "home_region": "辽宁省沈阳市浑南区",
                "graduated": "2019-01-10", "new_home": True, "education": "bachelor"}
    (grant,) = doc["programmes"]
    on = date(2024, 6, 1)  # five years and five months after graduating
    assert _status(doc, grant, on, **graduate, home_purchased="2023-12-20") == "eligible"  # 4 years 11 months
    assert _status(doc, grant, on, **graduate, home_purchased="2024-01-11") == "ineligible"
    assert _status(doc, grant, date(2023, 6, 1), **graduate) == "eligible"  # bought before today: within 5 years


def test_a_childs_age_is_not_the_applicants() -> None:
    doc = _doc("沈阳市进一步支持刚性和改善性住房需求\n\n一、对已生育二孩或三孩，且孩子未满18周岁的住房公积金缴存职工家庭，"
               "使用公积金贷款购买自住住房的，给予购房补贴2万元。\n", "l14.txt")
    (grant,) = doc["programmes"]
    assert "age" not in {t["fact"] for t in _tests(grant["logic"])}
    parent = {"kind": "individual", "region": "辽宁省沈阳市和平区", "home_region": "辽宁省沈阳市和平区",
              "born": "1989-01-01", "children": 2}
    assert _status(doc, grant, date(2024, 6, 1), **parent) == "possible"  # the children's ages: a person checks
    doc = _doc("沈阳市人才政策\n\n一、对35周岁以下的高校毕业生，给予生活补贴2万元。\n", "l14.txt")
    assert "age" in {t["fact"] for t in _tests(doc["programmes"][0]["logic"])}


def test_a_lead_in_heading_that_ends_in_a_full_stop_opens_its_items() -> None:
    """（二）符合下列要求的社会团体予以保留。 then 1.…；2.…: the items are the conditions of being kept."""
    doc = _doc("转发民政部关于清理整顿社会团体意见的通知\n\n二、清理整顿的重点和要求\n\n（二）符合下列要求的社会团体予以保留。\n\n"
               "1.遵守国家法律法规和有关政策规定，依照章程开展活动。\n\n2.有50个以上的成员（基金会除外）。\n\n"
               "3.有稳定的经费来源和独立的财务帐号。\n", "gov_50.txt")
    programme = _only(doc)
    texts = [c["text"] for c in _conditions(programme["logic"])]
    assert any("50个以上的成员" in t for t in texts) and any("独立的财务帐号" in t for t in texts)
    assert _status(doc, programme, kind="enterprise") == "ineligible"  # kept: 社会团体 only


def test_an_item_number_glued_to_an_age_is_an_item_not_a_decimal() -> None:
    """1.80周岁及以上的 is item 1 for those aged 80 or more (no age is written with two decimals)."""
    path = KEY / "sources" / "l07_广州市居家社区养老服务管理办法.txt"
    doc = compile_text(path.read_text(encoding="utf-8"), path=path.name).documents[0]
    ages = {(t["op"], t["value"], c["text"]) for p in doc["programmes"] for part in (p["applicants"], p["logic"])
            for c in _conditions(part) if (t := c["test"]) and t["fact"] == "age"}
    assert (">=", 80, "80周岁及以上的") in ages and not any(v == 1.8 for _, v, _ in ages), ages
    (item,) = [n for n in __import__("programmes").walk(doc["body"]) if (n["text"] or "").startswith("80周岁及以上的")]
    assert item["kind"] == "item" and item["num"] == "1."


def test_a_range_marked_as_including_its_numbers_includes_both() -> None:
    doc = _doc("人才公寓申请公告\n\n一、申请条件\n\n年龄在18至45周岁（含本数）。\n", "g20.txt")
    tests = {(t["op"], t["value"]) for t in _tests(_only(doc)["logic"]) if t["fact"] == "age"}
    assert tests == {(">=", 18), ("<=", 45)}


@pytest.mark.parametrize("text, programmes", [
    ("律师有下列行为之一的，由设区的市级人民政府司法行政部门给予警告，可以处一万元以下的罚款：\n（一）同时在两个以上律师事务所执业的；\n"
     "（二）以不正当手段承揽业务的。", 0),
    ("违法经营额1万元以上的，并处违法经营额5倍以上10倍以下的罚款。", 0),
    ("有下列行为之一的，由出版行政主管部门责令停止违法行为，给予警告，没收违法经营的音像制品和违法所得；违法经营额不足1万元的，"
     "可以处5万元以下的罚款：\n（一）出租本单位的名称的；\n（二）出售本单位的版号的。", 0),
    ("对近三年未受到行政处罚、未被罚款的企业，给予10万元奖励。", 1),
    ("对投保知识产权保险并获得保险赔偿的企业，给予5万元补贴。", 1),
])
def test_a_penalty_or_damages_is_no_programme(text: str, programmes: int) -> None:
    """给予警告，可以处一万元以下的罚款 caps a fine, not a benefit; a condition about fines (未被罚款) or an
    insurance payout (保险赔偿) still leaves its grant a programme."""
    assert len(_doc(f"某市管理办法\n\n第一条 {text}\n", "x.txt")["programmes"]) == programmes


# --- places: where a place is said of the home, names the table shares, slogans and zones -------------

@pytest.mark.parametrize("text", ["购房地点位于呈贡区", "所购住房须在呈贡区", "购买呈贡区新建商品住房", "在呈贡区购买新建商品住房"])
def test_a_place_said_of_the_home_is_where_the_home_is(text: str) -> None:
    """房屋位于…, 所购住房须在…, 购买呈贡区…: the home's place, not where the buyer works; a buyer from
    elsewhere is not turned away by it."""
    doc = _doc(f"呈贡区购房契税补贴申报公告\n\n一、申报条件\n\n{text}。\n\n二、补贴标准\n\n符合条件的，按契税的50%给予补贴。\n",
               "g.txt")
    programme = doc["programmes"][0]
    places = {(t["fact"], t["value"][0]) for t in _tests(programme["logic"]) if t["fact"] in ("region", "home_region")}
    assert places == {("home_region", "呈贡区")}, places
    buyer = {"kind": "individual", "region": "云南省曲靖市麒麟区", "hukou": "云南省曲靖市麒麟区",
             "home_region": "云南省昆明市呈贡区", "new_home": True}
    assert _status(doc, programme, **buyer) != "ineligible"
    assert _status(doc, programme, **{**buyer, "home_region": "云南省昆明市官渡区"}) == "ineligible"


def test_a_district_name_the_table_shares_is_read_with_its_city() -> None:
    """铁西区 is in 沈阳 and in 四平; with 四平市 before it, it is 四平's, outside 双辽市 and 沈阳市."""
    from polc import places
    assert places.within("吉林省四平市铁西区", "双辽市") is False
    assert places.within("吉林省四平市铁西区", "沈阳市") is False
    assert places.within("辽宁省沈阳市铁西区", "沈阳市") is True
    assert places.within("福建省福州市鼓楼区", "长乐区") is False
    assert places.within("江苏省南京市鼓楼区", "福州市") is False


def test_a_slogan_in_quotes_is_no_territory_and_zones_go_by_their_short_names() -> None:
    from polc import places
    assert places.territory(["“好年华 聚福州”长乐区人才购房补贴的实施细则（试行）"]) == [("长乐区", "county")]
    assert places.territory(["“好年华聚福州”长乐区人才购房补贴的实施细则（试行）"]) == [("长乐区", "county")]
    assert places.territory(["成都高新区科技与新经济发展局"]) == [("成都高新区", "county")]
    assert places.within("四川省成都市高新区", "成都高新区") is True
    assert places.within("四川省成都市武侯区", "成都高新区") is False


def test_the_place_just_named_is_not_a_district_of_it() -> None:
    """在北京市行政辖区内依法注册: 北京市, decided; not 北京市 and an unresolved 辖区."""
    doc = _doc("北京市会展业发展奖励项目申报通知\n\n一、申报条件\n\n申报单位为在北京市行政辖区内依法注册的企业。\n\n"
               "二、奖励标准\n\n符合条件的，给予10万元奖励。\n", "l.txt")
    programme = doc["programmes"][0]
    regions = [t["value"] for p in (programme["applicants"], programme["logic"]) for t in _tests(p) if t["fact"] == "region"]
    assert regions and all(v == ["北京市"] for v in regions), regions


def test_a_preamble_that_says_whom_the_text_is_for_binds_its_programmes() -> None:
    """…，对在双辽市城区内购买唯一商品住房的农业户口家庭，制定如下优惠政策: a home bought elsewhere, or a
    buyer without a rural hukou, is not what the text is for; its other words bind nothing new."""
    doc = _doc("双辽市鼓励农民进城购房补贴实施意见\n\n为鼓励农民进城购房，对在双辽市城区内购买商品住房的农业户口家庭，制定如下优惠政策。\n\n"
               "一、进城购房农民购买家庭唯一商品住房的，给予每户1万元购房补贴。\n", "g07.txt")
    (grant,) = doc["programmes"]
    farmer = {"kind": "individual", "region": "吉林省四平市双辽市", "hukou": "吉林省四平市双辽市", "hukou_rural": True,
              "home_region": "吉林省四平市双辽市", "homes_owned": 0}
    assert _status(doc, grant, **farmer) != "ineligible"
    assert _status(doc, grant, **{**farmer, "home_region": "吉林省四平市铁西区"}) == "ineligible"
    assert _status(doc, grant, **{**farmer, "hukou_rural": False}) == "ineligible"


@pytest.mark.parametrize("words", ["可申请补贴", "在签订购房合同时", "家庭名下在江门市区无城镇住房的"])
def test_words_that_grant_or_time_or_are_read_whole_leave_no_text_condition(words: str) -> None:
    doc = _doc(f"江门市人才房票方案\n\n一、申请条件\n\n在江门市就业的全日制本科及以上学历人才，{words}，可申领人才房票5万元。\n", "g25.txt")
    texts = [c["text"] for p in doc["programmes"] for c in _conditions(p["logic"]) if c["test"] is None]
    assert not any(words.rstrip("的") in t for t in texts), texts


@pytest.mark.parametrize("words", ["本市户籍居民和外地户籍居民", "本市户籍和外地户籍均可", "本市及外地户籍人员", "户籍不限"])
def test_words_that_take_any_hukou_ask_for_none(words: str) -> None:
    """本市户籍居民和外地户籍居民在本市购买…: a buyer from elsewhere is not turned away by the 户籍 words,
    and the home must still be in the city."""
    doc = _doc(f"襄阳市购房补贴实施细则\n\n一、补贴对象\n\n{words}在本市购买新建商品住房的，给予每套1万元补贴。\n", "g.txt")
    programme = doc["programmes"][0]
    assert "hukou" not in {t["fact"] for t in _tests(programme["logic"])}
    outsider = {"kind": "individual", "region": "湖北省武汉市洪山区", "hukou": "湖北省武汉市洪山区",
                "home_region": "湖北省襄阳市樊城区", "new_home": True}
    assert _status(doc, programme, **outsider) != "ineligible"
    assert _status(doc, programme, **{**outsider, "home_region": "湖北省武汉市洪山区"}) == "ineligible"


@pytest.mark.parametrize("words, local_worker, rural_local, urban_local, outsider", [
    ("本地户籍居民或在本市工作的外地人员", "possible", None, None, None),
    ("本县农村人口或非本县户籍人口", None, "possible", "ineligible", "possible"),
])
def test_a_place_on_each_side_of_or_is_its_own(words, local_worker, rural_local, urban_local, outsider) -> None:
    """本地户籍或在本市工作: either; 本县农村人口或非本县户籍人口: a rural 户籍 of the county, or any 户籍
    elsewhere — not both places at once."""
    doc = _doc(f"明溪县促进房地产市场若干措施\n\n一、{words}在本县购买新建商品住房的，补贴1万元/套。\n", "l09.txt")
    grant = doc["programmes"][0]
    home = {"kind": "individual", "home_region": "福建省三明市明溪县", "new_home": True}
    if local_worker:  # works here, 户籍 elsewhere
        assert _status(doc, grant, **home, region="福建省三明市明溪县", hukou="福建省福州市鼓楼区") != "ineligible"
    if rural_local:
        assert _status(doc, grant, **home, hukou="福建省三明市明溪县", hukou_rural=True) != "ineligible"
    if urban_local:
        assert _status(doc, grant, **home, hukou="福建省三明市明溪县", hukou_rural=False) == urban_local
    if outsider:
        assert _status(doc, grant, **home, hukou="福建省福州市鼓楼区") != "ineligible"


def test_a_purchase_grant_that_names_no_applicant_is_for_the_buyer_wherever_they_live() -> None:
    """购买90-144平方米新建商品住房的 in a city's housing measures: a buyer from elsewhere who buys in the
    city is not turned away for living elsewhere."""
    doc = _doc("吉林市促进房地产消费若干措施\n\n一、购买90-144平方米（含144平方米）新建商品住房的，给予每平方米200元补贴。\n", "l15.txt")
    (grant,) = doc["programmes"]
    buyer = {"kind": "individual", "region": "吉林省长春市南关区", "hukou": "吉林省长春市南关区",
             "home_region": "吉林省吉林市船营区", "new_home": True}
    assert _status(doc, grant, **buyer) != "ineligible"
    assert _status(doc, grant, **{**buyer, "home_region": "吉林省长春市南关区"}) == "ineligible"


LUZHOU = """泸州市人才住房保障实施细则(试行)

泸州市人才住房保障实施细则(试行)第一条补助对象

2021年8月24日至2023年8月23日期间,全职新引进到我市中心城区范围内(含江阳区、龙马潭区、纳溪区)就业的全日制硕士研究生,不含2021年8月24日之前已在我市就业的各类人才。

第二条补助范围和标准

(一)补助范围。2021年8月24日至2023年8月23日期间,上述人才在泸州市中心城区购买的首套新建商品住房。

(二)补助标准。硕士研究生补助8万元/人。
"""
LUZHOU_MASTER = {"kind": "individual", "region": "四川省泸州市江阳区", "home_region": "四川省泸州市江阳区",
                 "education": "master", "full_time": True, "hired": "2022-03-01", "home_purchased": "2023-01-10",
                 "homes_owned": 0, "new_home": True}


def test_a_first_article_glued_to_the_title_is_an_article() -> None:
    """…实施细则(试行)第一条补助对象 on one line: the title, then article 1 — not a header."""
    doc = _doc(LUZHOU, "g05.txt")
    articles = [n for n in __import__("programmes").walk(doc["body"]) if n["kind"] == "article"]
    assert [a["id"] for a in articles][:2] == ["art_1", "art_2"]


def test_a_target_article_binds_the_grant_that_pays() -> None:
    """第一条 补助对象 says who; 第二条 pays: one programme, bound by both — a worker of a county outside
    the listed districts, or one employed in the city before the day, is turned away."""
    doc = _doc(LUZHOU, "g05.txt")
    (grant,) = doc["programmes"]
    assert _status(doc, grant, date(2024, 9, 1), **LUZHOU_MASTER) != "ineligible"
    assert _status(doc, grant, date(2024, 9, 1), **{**LUZHOU_MASTER, "region": "四川省泸州市泸县"}) == "ineligible"
    assert _status(doc, grant, date(2024, 9, 1), **{**LUZHOU_MASTER, "hired": "2020-05-01"}) == "ineligible"
    assert _status(doc, grant, date(2024, 9, 1), **{**LUZHOU_MASTER, "home_region": "四川省泸州市合江县"}) == "ineligible"


def test_a_city_written_whole_is_not_its_one_character_name() -> None:
    """在泸州市中心城区购买: 泸州市's central districts, not 在泸 (泸州) followed by 州市…."""
    doc = _doc("泸州市人才购房补贴\n\n一、在泸州市中心城区购买首套新建商品住房的人才，给予每人5万元补贴。\n", "g05.txt")
    values = {tuple(t["value"]) for p in doc["programmes"] for t in _tests(p["logic"]) if t["fact"] == "home_region"}
    assert ("泸州市（中心城区）",) in values, values


def test_a_validity_of_a_year_with_its_days_in_brackets_ends_on_the_last_day() -> None:
    """本政策自公布之日起施行,有效期暂定一年(2022年9月1日-2023年8月31日): expired on 2023-08-31, so nothing
    of it is open on 2023-10-01."""
    doc = _doc("双辽市鼓励农民进城购房补贴实施意见\n\n一、进城购房农民购买家庭唯一商品住房的，给予每户1万元购房补贴。\n\n"
               "二、本政策自公布之日起施行,有效期暂定一年(2022年9月1日-2023年8月31日)。\n", "g07.txt")
    assert doc["meta"]["expires"]["value"] == "2023-08-31"
    (grant,) = doc["programmes"]
    farmer = {"kind": "individual", "region": "吉林省四平市双辽市", "home_region": "吉林省四平市双辽市"}
    from polc.match import _validity
    result = judge(grant, profile_from(farmer), doc["id"], clauses_of(doc), date(2023, 10, 1),
                   None, _validity(doc["meta"], date(2023, 10, 1)))
    assert result["status"] == "ineligible" and not result["open"]


@pytest.mark.parametrize("graduated, status", [("2021-07-01", "eligible"), ("2017-07-01", "ineligible"),
                                               ("2027-07-01", "possible")])
def test_a_student_group_is_decided_by_the_day_of_graduation(graduated: str, status: str) -> None:
    """全日制在校生、新毕业生（毕业5年内）: a graduate of 2017 is neither; one of 2021 is a new graduate; one
    who graduates in 2027 is still a student, full-time or not the profile does not say."""
    doc = _doc("沈阳市支持住房需求措施\n\n一、对全日制在校生、新毕业生（毕业5年内），购买新建商品住房给予每套1万元补贴。\n", "l14.txt")
    (grant,) = doc["programmes"]
    buyer = {"kind": "individual", "home_region": "辽宁省沈阳市皇姑区", "new_home": True, "graduated": graduated}
    assert _status(doc, grant, date(2024, 6, 1), **buyer) == status


@pytest.mark.parametrize("words, elsewhere", [
    ("夫妻双方或一方户籍在瓯海区", "possible"),   # the spouse's may be there: open, not failed
    ("申请人或其配偶为本区户籍", "possible"),
    ("且第二、三子女落户瓯海", "possible"),        # the children's 户籍: a person checks it
    ("夫妻双方户籍均在本区", "ineligible"),        # both: the applicant's too
    ("申请人户籍在本区", "ineligible"),
])
def test_whose_hukou_a_condition_names(words: str, elsewhere: str) -> None:
    doc = _doc(f"瓯海区二孩三孩家庭购房补贴实施细则\n\n一、申请条件\n\n生育二孩、三孩的家庭，{words}，在瓯海区购买新建商品住房。\n\n"
               "二、补贴标准\n\n符合条件的，给予每套5万元补贴。\n", "g15.txt")
    programme = doc["programmes"][0]
    family = {"kind": "individual", "children": 2, "home_region": "浙江省温州市瓯海区", "new_home": True,
              "region": "浙江省温州市瓯海区"}
    assert _status(doc, programme, **family, hukou="浙江省温州市鹿城区") == elsewhere
    assert _status(doc, programme, **family, hukou="浙江省温州市瓯海区") != "ineligible"


@pytest.mark.parametrize("education, born, expected", [("doctor", "1988-01-01", "eligible"), ("master", "1988-01-01", "ineligible"),
                                                       ("doctor", "1980-01-01", "ineligible"), ("master", "1995-01-01", "eligible")])
def test_an_age_limit_widened_for_a_degree_is_a_table(education: str, born: str, expected: str) -> None:
    """年龄不超过35周岁（博士研究生可放宽至40周岁）: 40 for a doctor, 35 for the others — not a doctorate
    asked of everyone, and no discretion."""
    doc = _doc("青岛市硕博研究生购房补贴申报发放实施细则\n\n一、申请条件\n\n（一）年龄不超过35周岁（博士研究生可放宽至40周岁）。\n\n"
               "（二）具有全日制硕士及以上学历。\n\n二、补贴标准\n\n符合条件的，硕士研究生给予5万元购房补贴。\n", "g21.txt")
    programme = doc["programmes"][0]
    person = {"kind": "individual", "region": "山东省青岛市市南区", "home_region": "山东省青岛市市南区", "full_time": True}
    assert _status(doc, programme, **person, education=education, born=born) == expected


def test_a_day_of_birth_is_no_day_of_purchase() -> None:
    """2023年1月1日以后生育二孩或三孩的家庭: the day bounds the birth, which no fact holds — the home bought in
    2022 is not turned away for it, and the birth is left for a person to check."""
    doc = _doc("瓯海区二孩三孩家庭购房补贴实施细则\n\n一、补贴对象\n\n2023年1月1日以后生育二孩或三孩的家庭，在瓯海区购买新建商品住房（含二手房）的。\n\n"
               "二、补贴标准\n\n符合条件的，二孩家庭给予每套3万元补贴。\n", "g15.txt")
    programme = doc["programmes"][0]
    assert "home_purchased" not in {t["fact"] for t in _tests(programme["logic"])}
    family = {"kind": "individual", "children": 2, "home_region": "浙江省温州市瓯海区", "home_purchased": "2022-06-01"}
    assert _status(doc, programme, **family) == "possible"
    assert _status(doc, programme, **{**family, "children": 1}) == "ineligible"


def test_a_lone_case_that_names_the_applicant_is_required_whole() -> None:
    """生育二孩或三孩的家庭，在瓯海区购买新建商品住房的: who may apply and what they must do — a family of one
    child is not eligible because the sentence was read as a rule only for two-child families."""
    doc = _doc("瓯海区购房补贴实施细则\n\n一、补贴对象\n\n生育二孩或三孩的家庭，在瓯海区购买新建商品住房的。\n\n"
               "二、补贴标准\n\n符合条件的，给予每套3万元补贴。\n", "g15.txt")
    programme = doc["programmes"][0]
    family = {"kind": "individual", "home_region": "浙江省温州市瓯海区", "new_home": True}
    assert _status(doc, programme, **family, children=1) == "ineligible"
    assert _status(doc, programme, **family, children=2) != "ineligible"


def test_a_case_whose_consequence_only_grants_requires_its_case() -> None:
    """…签订1年以上劳动合同且按规定缴纳社会保险费的，按1000元／人的标准，给予一次性吸纳就业补贴 (恩阳区, 57.): the
    grant is for those the case names — an employer that pays no insurance is not eligible because the case
    was read as a rule only for those who pay."""
    path = KEY / "sources" / "l06_恩阳区进一步扎实稳住经济增长若干政策措施.txt"
    doc = compile_text(path.read_text(encoding="utf-8"), path=path.name).documents[0]
    (programme,) = [p for p in doc["programmes"] if p["node"] == "item_7__item_57" and "缴纳社会保险费" in p["title"]]
    cases = [part for part in _walk_logic(programme["logic"]) if part["op"] == "tiers" and len(part["items"]) == 1]
    assert not cases, cases
    employer = {"kind": "enterprise", "region": "四川省巴中市恩阳区", "employees": 20}
    assert _status(doc, programme, **employer, social_insurance_months=0) == "ineligible"


def test_an_application_period_not_yet_open_closes_its_programme() -> None:
    """人才安居补助申请时间为2024年8月24日至2027年2月23日: on 2024-06-01 nobody can apply yet; on 2024-09-01
    they can; after 2027-02-23 no longer."""
    text = LUZHOU + "\n第三条补助申请\n\n人才安居补助申请时间为2024年8月24日至2027年2月23日。\n"
    doc = _doc(text, "g05.txt")
    (grant,) = doc["programmes"]
    early = judge(grant, profile_from(LUZHOU_MASTER), doc["id"], clauses_of(doc), date(2024, 6, 1))
    assert early["status"] == "ineligible" and not early["open"] and "2024-08-24" in early["closed"]
    assert _status(doc, grant, date(2024, 9, 1), **LUZHOU_MASTER) != "ineligible"
    assert _status(doc, grant, date(2027, 3, 1), **LUZHOU_MASTER) == "ineligible"


@pytest.mark.parametrize("hukou, months, expected", [("山东省青岛市市南区", None, "eligible"),
                                                     ("山东省济南市历下区", 3, "ineligible"),
                                                     ("山东省济南市历下区", 24, "eligible"),
                                                     (None, 3, "possible")])
def test_a_rule_for_one_group_binds_that_group_only(hukou, months, expected) -> None:
    """非本市户籍人员须在本市连续缴纳社会保险满12个月: a local 户籍 holder is not asked for it, nor turned
    away for not being from elsewhere."""
    doc = _doc("青岛市购房补贴申报实施细则\n\n一、申请条件\n\n（一）在本市购买首套新建商品住房。\n\n"
               "（二）非本市户籍人员须在本市连续缴纳社会保险满12个月。\n\n二、补贴标准\n\n符合条件的，给予每套2万元补贴。\n", "g21.txt")
    programme = doc["programmes"][0]
    buyer = {"kind": "individual", "region": "山东省青岛市市南区", "home_region": "山东省青岛市市南区", "homes_owned": 0,
             "new_home": True}
    if hukou:
        buyer["hukou"] = hukou
    if months is not None:
        buyer["social_insurance_months"] = months
    assert _status(doc, programme, **buyer) == expected


@pytest.mark.parametrize("words", ["首套或第二套新建商品住房", "第一套、第二套新建商品住房", "首套及二套新建商品住房"])
def test_a_first_or_second_home_allows_one_owned(words: str) -> None:
    """购买首套或第二套新建商品住房: a family with one home may buy its second; with two it may not."""
    doc = _doc(f"孝感市中心城区购房补贴\n\n一、多孩家庭在本市购买{words}的，给予每套2万元补贴。\n", "l18.txt")
    (grant,) = doc["programmes"]
    family = {"kind": "individual", "children": 2, "home_region": "湖北省孝感市孝南区", "new_home": True}
    assert _status(doc, grant, **family, homes_owned=1) != "ineligible"
    assert _status(doc, grant, **family, homes_owned=2) == "ineligible"


def test_a_two_character_condition_is_not_filler_and_a_statistic_has_no_applicant_place() -> None:
    """购房时须已婚: a condition for a person, not two characters to drop; 低于上年度本市城镇居民人均可支配收入:
    the city's statistic, not where the applicant must be."""
    doc = _doc("常州市资助住房困难工薪群体购买商品住房公告\n\n一、申请条件\n\n（一）购房时须已婚。\n\n"
               "（二）家庭人均月收入低于上年度本市城镇居民人均可支配收入。\n\n二、资助标准\n\n符合条件的，给予每户3万元资助。\n",
               "g23.txt")
    programme = doc["programmes"][0]
    texts = [c["text"] for c in _conditions(programme["logic"]) if c["test"] is None]
    assert any("已婚" in t for t in texts), texts
    regions = [t for t in _tests(programme["logic"]) if t["fact"] == "region"]
    assert not regions, regions
    person = {"kind": "individual", "region": "江苏省常州市天宁区", "home_region": "江苏省常州市天宁区"}
    assert _status(doc, programme, **person) == "possible"


@pytest.mark.parametrize("words", ["未被列入严重失信主体名单", "未列入失信被执行人名单", "不属于失信联合惩戒对象"])
def test_an_integrity_condition_is_read_whole(words: str) -> None:
    """未被列入严重失信主体名单: the dishonest fact decides all of it — no words left for a person."""
    doc = _doc(f"成都高新区新经济企业入库工作通知\n\n一、申报条件\n\n{words}的企业。\n\n二、支持政策\n\n对入库企业给予最高10万元奖励。\n", "g01.txt")
    programme = doc["programmes"][0]
    assert not [c for c in _conditions(programme["logic"]) if c["test"] is None and "失信" in c["text"]]
    firm = {"kind": "enterprise", "region": "四川省成都市高新区"}
    assert _status(doc, programme, **firm, dishonest=True) == "ineligible"


# --- groups a person is one of; grants beside a guide's blocks -------------------------------------

JINGMEN_GROUPS = """荆门市中心城区购房补贴实施细则

一、补贴对象

（一）本市农村户籍人口；

（二）非本市户籍人口。

二、补贴标准

在中心城区购买新建商品住房的，每套给予3万元补贴。
"""
JINGMEN_BUYER = {"kind": "individual", "region": "湖北省荆门市东宝区", "home_region": "湖北省荆门市东宝区", "new_home": True}


def test_groups_a_person_cannot_both_belong_to_are_alternatives() -> None:
    """（一）本市农村户籍人口；（二）非本市户籍人口: one item asks a 户籍 of the city, the other denies it —
    a buyer from elsewhere is the second group, not turned away for failing the first."""
    doc = _doc(JINGMEN_GROUPS, "jingmen.txt")
    (grant,) = doc["programmes"]
    assert _status(doc, grant, **JINGMEN_BUYER, hukou="河南省郑州市") != "ineligible"
    assert _status(doc, grant, **JINGMEN_BUYER, hukou="湖北省荆门市东宝区", hukou_rural=True) != "ineligible"
    assert _status(doc, grant, **JINGMEN_BUYER, hukou="湖北省荆门市东宝区", hukou_rural=False) == "ineligible"


def test_items_that_each_pay_are_programmes_even_beside_another_block() -> None:
    """补贴对象：（一）…农村户籍人口…给予每套5万元；（二）非本市户籍人口…3万元 beside 申请条件: each item is
    a programme, and the 申请条件 bind both."""
    text = ("荆门市中心城区购房补贴实施细则\n\n一、补贴对象\n\n（一）本市农村户籍人口在中心城区购买新建商品住房的，给予每套5万元补贴。\n\n"
            "（二）非本市户籍人口在中心城区购买新建商品住房的，给予每套3万元补贴。\n\n二、申请条件\n\n"
            "申请人应当在2026年1月1日至2026年12月31日期间购买新建商品住房。\n")
    doc = _doc(text, "jingmen.txt")
    rural, outsider = doc["programmes"]
    assert "5万元" in rural["title"] and "3万元" in outsider["title"]
    buyer = {**JINGMEN_BUYER, "hukou": "河南省郑州市", "home_purchased": "2026-05-01"}
    assert _status(doc, rural, **buyer) == "ineligible"
    assert _status(doc, outsider, **buyer) != "ineligible"
    assert _status(doc, outsider, **{**buyer, "home_purchased": "2025-05-01"}) == "ineligible"  # 申请条件 bind it


XIAOGAN = """中心城区购房补贴申报办事指南

一、申报条件

1.购房面积:购买新建商品住房面积不超过144m2。

二、补贴标准

1.首套房购房补贴200元/m2,补贴金额不超过2万元。

2.2024年7月1日—2025年6月30日,对符合生育政策的多孩家庭购买第一套、第二套新建商品住房的,分别给予3万元、5万元购房补贴。

3.2023年9月20日—2025年6月30日,在孝创业就业的全日制博士研究生、硕士研究生、本科生在孝感中心城区购买首套新建商品住房,分别给予10万元、5万元、3万元的补贴。

6.2024年1月1日—2025年6月30日期限内,对现役、退役军人家庭以及非本市城区城镇户籍家庭购买首套商品住房,给予2万元购房补贴。
"""


def test_each_grant_beside_a_guides_blocks_is_a_programme_bound_by_them() -> None:
    """申报条件 … 补贴标准：多孩家庭…分别给予3万元、5万元; 在孝创业就业的…分别给予10万元…; 对…军人家庭…2万元:
    the guide stays a programme, and each grant sentence is one of its own — who it is for, within the
    guide's conditions (a home over 144m2 fails them all); a grant whose period comes first is one too."""
    doc = _doc(XIAOGAN, "l18.txt")
    guide, *grants = doc["programmes"]
    assert guide["title"] == "中心城区购房补贴申报办事指南"
    titles = [g["title"] for g in grants]
    assert any("多孩家庭" in t and "3万元、5万元" in t for t in titles)
    assert any("在孝创业就业" in t and "10万元" in t for t in titles)
    assert any("军人家庭" in t for t in titles)
    family = {"kind": "individual", "region": "湖北省孝感市孝南区", "home_region": "湖北省孝感市孝南区", "new_home": True,
              "homes_owned": 0, "home_purchased": "2024-09-01"}
    children = next(g for g in grants if "多孩家庭" in g["title"])
    graduates = next(g for g in grants if "在孝创业就业" in g["title"])
    assert _status(doc, children, ON, **family, children=1) == "ineligible"
    assert _status(doc, children, ON, **family, children=3) == "possible"  # bound by 面积不超过144m2, for a person
    assert _status(doc, graduates, ON, **family, education="junior_college") == "ineligible"


GRADUATE = {"kind": "individual", "region": "湖北省孝感市孝南区", "home_region": "湖北省孝感市孝南区", "new_home": True,
            "homes_owned": 0, "home_purchased": "2024-09-01", "employed": True}


@pytest.mark.parametrize("education, full_time, passes", [("bachelor", True, True), ("bachelor", False, False),
                                                           ("master", True, True), ("junior_college", True, False)])
def test_what_leads_a_list_of_bare_degrees_is_said_of_each(education, full_time, passes) -> None:
    """在孝创业就业的全日制博士研究生、硕士研究生、本科生在孝感中心城区购买…分别给予10万元、5万元、3万元: 本科生
    is a group of the list too though a verb follows it, and 全日制 is asked of each degree, not of
    the doctor only (whether the home is in the 中心城区 stays open)."""
    text = ("孝感市中心城区购房补贴\n\n一、2023年9月20日—2025年6月30日,在孝创业就业的全日制博士研究生、硕士研究生、本科生"
            "在孝感中心城区购买首套新建商品住房,分别给予10万元、5万元、3万元的补贴。\n")
    doc = _doc(text, "l18.txt")
    (grant,) = doc["programmes"]
    graduate = {**GRADUATE, "education": education, "full_time": full_time}
    assert (_status(doc, grant, **graduate) != "ineligible") is passes


def test_a_text_that_says_this_city_and_names_one_city_is_that_citys() -> None:
    """中心城区购房补贴申报办事指南 (no place in its title) says 非本市城区 and names 孝感 only: 本市 and 在孝
    are 孝感市 — a graduate working in 武汉 is not 在孝创业就业."""
    text = XIAOGAN.replace("二、补贴标准", "二、补贴标准\n\n孝感市直单位按本指南执行。")
    doc = _doc(text, "l18.txt")
    graduates = next(g for g in doc["programmes"] if "在孝创业就业" in g["title"])
    graduate = {**GRADUATE, "education": "master", "full_time": True}
    assert _status(doc, graduates, **graduate) == "possible"  # the 中心城区 is for a person to judge
    assert _status(doc, graduates, **{**graduate, "region": "湖北省武汉市江岸区"}) == "ineligible"


@pytest.mark.parametrize("education, expected", [("bachelor", "eligible"), ("secondary", "possible")])
def test_schools_of_two_levels_are_decided_by_the_degree_above_and_open_below(education, expected) -> None:
    """高等学校、中等职业学校全日制在校生、新毕业生（毕业5年内）: a 本科 graduate of 2023 is a 新毕业生 of a
    高等学校; whether a 高中 graduate went to a vocational school is for a person to judge."""
    doc = _doc("沈阳市进一步支持刚性和改善性住房需求的若干措施\n\n一、支持青年购房\n\n（二）对高等学校、中等职业学校全日制在校生、"
               "新毕业生（毕业5年内），购买新建商品住房给予全额契税补贴，其中在校生再给予每平方米200元/平方米购房补贴。\n", "l14.txt")
    (grant,) = doc["programmes"]
    graduate = {"kind": "individual", "region": "辽宁省大连市", "education": education, "full_time": True,
                "graduated": "2023-06-30", "home_region": "辽宁省沈阳市和平区", "home_purchased": "2024-05-01", "new_home": True}
    assert _status(doc, grant, **graduate) == expected


@pytest.mark.parametrize("words, titles, expected", [("副高以上职称", ["副高级职称"], "eligible"),
                                                     ("副高以上职称", ["中级职称"], "ineligible"),
                                                     ("中级职称以上", ["正高级职称"], "eligible"),
                                                     ("正高职称", ["正高级职称"], "eligible")])
def test_short_and_postposed_professional_titles(words, titles, expected) -> None:
    """副高以上职称, 中级职称以上, 正高职称: titles, and 正高职称 asks no 高职 (大专) degree."""
    doc = _doc(f"淮安市人才安居办法\n\n一、对在本市工作、具有{words}的人才，给予每人2万元安家补贴。\n", "g06.txt")
    (grant,) = doc["programmes"]
    person = {"kind": "individual", "region": "江苏省淮安市清江浦区", "employed": True, "education": "bachelor",
              "titles": titles}
    assert _status(doc, grant, **person) == expected


# --- a measure over its grants; grants that continue one another ------------------------------------

JILIN_MEASURE = """吉林市进一步促进房地产消费若干措施

  十、继续开展鼓励农民、大学生购房工作
  自2023年1月1日至2023年12月31日，农民、大学生〔毕业五年以内、全日制（包括函授全日制）本科及以上学历留吉返吉高校毕业生〕购买的首套新建商品住房或存量住房面积在90平方米（含90平方米）以下的，政府每套补贴0.6万元；面积在90平方米以上的，政府每套补贴1万元。其中，采用商业贷款方式购买90平方米（含90平方米）以下新建商品住房的，按照一年实际支付正常贷款利息额度的10%给予补贴；购买90-144平方米（含144平方米）新建商品住房的，按照一年实际支付正常贷款利息额度给予15%的补贴；购买144平方米以上，不给予贷款利息补贴。
"""
JILIN_BUYER = {"kind": "individual", "region": "吉林省吉林市昌邑区", "homes_owned": 0, "new_home": True,
               "home_purchased": "2023-05-01", "home_region": "吉林省吉林市昌邑区"}


def test_a_measure_heading_over_its_grants_is_a_programme_and_later_tiers_keep_the_recipients() -> None:
    """十、继续开展鼓励农民、大学生购房工作 over 0.6万元 / 1万元 by area and the loan-interest subsidies: the
    heading is a programme that any of its grants opens; 面积在90平方米以上的，政府每套补贴1万元 is for the
    same 农民、大学生 (an urban 大专 holder gets none of it); areas that each pay are not conditions."""
    doc = _doc(JILIN_MEASURE, "l15.txt")
    measure, *grants = doc["programmes"]
    assert measure["title"] == "继续开展鼓励农民、大学生购房工作" and len(grants) >= 3
    farmer = {**JILIN_BUYER, "hukou": "吉林省吉林市舒兰市", "hukou_rural": True}
    town = {**JILIN_BUYER, "hukou": "吉林省吉林市昌邑区", "hukou_rural": False, "education": "junior_college"}
    on = date(2024, 3, 1)
    assert _status(doc, measure, on, **farmer) == "eligible"
    assert _status(doc, measure, on, **town) == "ineligible"
    larger = next(g for g in grants if g["title"].startswith("面积在90平方米以上"))
    assert _status(doc, larger, on, **farmer) == "eligible"
    assert _status(doc, larger, on, **town) == "ineligible"


def test_a_heading_over_grants_to_different_kinds_is_no_single_measure() -> None:
    """3. 有效提升科技服务水平。…对新组建的国家级科技研发平台…500万元…对…大学科技园、科技企业孵化器…200万元:
    grants to different kinds of applicant are programmes each, and the heading is none (an enterprise
    open to one grant is not eligible for "the measure")."""
    line = (Path(__file__).parent / "eligibility_key" / "sources" / "l19_河南省加快服务业高质量发展若干政策措施.txt").read_text(
        encoding="utf-8").splitlines()[23]
    doc = _doc("河南省加快服务业高质量发展若干政策措施\n\n" + line + "\n", "l19.txt")
    assert doc["programmes"] and not any(p["title"].startswith("有效提升科技服务水平") for p in doc["programmes"])


@pytest.mark.parametrize("education, expected", [("junior_college", "ineligible"), ("bachelor", "eligible"),
                                                 ("doctor", "eligible")])
def test_amounts_named_for_degrees_say_which_degrees_are_paid(education, expected) -> None:
    """执行来沈就业创业高校毕业生首次购房一次性补贴政策，本科毕业生补贴2万元，…硕士…4万元、博士…7万元: a 大专
    graduate is a 高校毕业生, but no amount is named for that degree."""
    doc = _doc("沈阳市进一步支持刚性和改善性住房需求的若干措施\n\n（一）执行来沈就业创业高校毕业生首次购房一次性补贴政策，"
               "本科毕业生补贴2万元，研究生中硕士毕业生补贴4万元、博士毕业生补贴7万元。\n", "l14.txt")
    (grant,) = doc["programmes"]
    graduate = {"kind": "individual", "region": "辽宁省沈阳市铁西区", "employed": True, "homes_owned": 0,
                "education": education}
    assert _status(doc, grant, **graduate) == expected


def test_renting_is_a_condition_not_two_characters_to_drop() -> None:
    """无自有住房且租赁住房的多子女家庭: whether the family rents is not given, so it is not eligible."""
    doc = _doc("滁州市促进房地产市场平稳健康发展若干措施\n\n（二）无自有住房且租赁住房的多子女家庭，住房公积金提取额度提高至每年24000元。\n",
               "l11.txt")
    (grant,) = doc["programmes"]
    family = {"kind": "individual", "region": "安徽省滁州市南谯区", "homes_owned": 0, "children": 2}
    assert _status(doc, grant, **family) == "possible"
    assert _status(doc, grant, **{**family, "homes_owned": 1}) == "ineligible"


SHENYANG_DEED_TAX = """沈阳市进一步支持刚性和改善性住房需求的若干措施

（一）对个人购买家庭唯一住房（家庭成员范围包括购房人、配偶以及未成年子女，下同），面积为90平方米及以下的，减按1%的税率征收契税；面积为90平方米以上的，减按1.5%的税率征收契税。

（二）对个人购买家庭第二套改善性住房，面积为90平方米及以下的，减按1%的税率征收契税;面积为90平方米以上的，减按2%的税率征收契税。
"""


@pytest.mark.parametrize("owned, only, second", [(0, "eligible", "ineligible"), (1, "ineligible", "eligible"),
                                                 (2, "ineligible", "ineligible")])
def test_area_tiers_each_pay_and_a_tax_relief_grant_names_its_recipients(owned, only, second) -> None:
    """…家庭唯一住房，面积为90平方米及以下的，减按1%…；面积为90平方米以上的，减按1.5%…: the area picks the
    rate, it is asked of no one; 唯一住房 is no home owned before, 第二套 one; both tiers of a sentence
    are for its recipients, and 减按 is a grant's verb."""
    doc = _doc(SHENYANG_DEED_TAX, "l14.txt")
    assert len(doc["programmes"]) == 4
    buyer = {"kind": "individual", "region": "辽宁省沈阳市大东区", "home_region": "辽宁省沈阳市大东区",
             "homes_owned": owned}
    statuses = [_status(doc, p, **buyer) for p in doc["programmes"]]
    assert statuses == [only, only, second, second]


def test_a_scope_of_every_urban_district_is_for_the_home_bought_there() -> None:
    """本措施适用吉林市各城区、开发区: every urban district (船营区 yes, the county-level 磐石市 no); for a
    purchase subsidy it is the home that must be there, not the buyer's work."""
    doc = _doc(JILIN_MEASURE.replace("  十、", "  本措施适用吉林市各城区、开发区。\n  十、"), "l15.txt")
    measure = doc["programmes"][0]
    farmer = {**JILIN_BUYER, "hukou": "吉林省吉林市舒兰市", "hukou_rural": True, "region": "吉林省吉林市船营区"}
    on = date(2024, 3, 1)
    assert _status(doc, measure, on, **{**farmer, "home_region": "吉林省吉林市船营区"}) == "eligible"
    assert _status(doc, measure, on, **{**farmer, "home_region": "吉林省吉林市磐石市"}) == "ineligible"
    assert _status(doc, measure, on, **{**farmer, "home_region": "吉林省吉林市"}) == "possible"


def test_words_of_one_group_no_rule_reads_leave_that_group_open() -> None:
    """农民、大学生〔毕业五年以内、…本科及以上学历留吉返吉高校毕业生〕: whether a graduate 留吉返吉 is for a
    person to judge — it leaves the graduates' branch open, not the farmers'."""
    doc = _doc(JILIN_MEASURE, "l15.txt")
    measure = doc["programmes"][0]
    on = date(2024, 3, 1)
    graduate = {**JILIN_BUYER, "hukou": "黑龙江省哈尔滨市", "hukou_rural": False, "education": "bachelor",
                "full_time": True, "graduated": "2021-06-30"}
    assert _status(doc, measure, on, **graduate) == "possible"
    assert _status(doc, measure, on, **{**graduate, "hukou_rural": True}) == "eligible"


# --- who the words of a grant name: the applicant, its employer, its staff -------------------------

BOZHOU_SETTLE = """亳州市推动全民创业促进就业若干措施

（十一）对在市区范围内就业,依法缴纳2年及以上社保的高校毕业生、中级及以上的各类专业技术人才、高技能人才,在市区新安家的,一次性给予5万元安家补贴。

（十二）对在市区创业6个月以上、持续经营且为3名以上本企业职工依法缴纳6个月以上社保的创业者,在市区新安家的,一次性给予10万元安家补贴。

（十三）对与市区范围内的工业企业签订劳动合同,依法缴纳2年以上社保的就业人员,在市区新安家的,一次性给予5万元安家补贴。
"""
BOZHOU_WORKER = {"kind": "individual", "region": "安徽省亳州市谯城区", "employed": True, "social_insurance_months": 30}
BOZHOU_ON = date(2022, 10, 1)


def test_a_middle_title_of_any_profession_is_a_title() -> None:
    """中级及以上的各类专业技术人才 is a holder of a 中级 or higher title — a worker with no degree but
    a 中级 title is that group; without one, whether the worker is a 高技能人才 stays open."""
    doc = _doc(BOZHOU_SETTLE, "g04.txt")
    settle = doc["programmes"][0]
    assert _status(doc, settle, BOZHOU_ON, **BOZHOU_WORKER, education="secondary", titles=["中级经济师"]) == "eligible"
    assert _status(doc, settle, BOZHOU_ON, **BOZHOU_WORKER, education="secondary", titles=[]) == "possible"  # 高技能人才?


def test_the_staff_a_founder_insures_are_counted_as_employees() -> None:
    """为3名以上本企业职工依法缴纳6个月以上社保的创业者: three employees insured, not the founder's own six
    months — a founder with two employees fails."""
    doc = _doc(BOZHOU_SETTLE, "g04.txt")
    founder = doc["programmes"][1]
    tests = {(t["fact"], t["op"]) for t in _tests(founder["logic"])}
    assert ("employees", ">=") in tests and ("social_insurance_months", ">=") not in tests
    person = {"kind": "individual", "region": "安徽省亳州市谯城区", "entrepreneur": True, "social_insurance_months": 12}
    assert _status(doc, founder, BOZHOU_ON, **person, employees=2) == "ineligible"
    assert _status(doc, founder, BOZHOU_ON, **person, employees=5) != "ineligible"


def test_an_employer_named_in_a_persons_grant_is_not_the_applicant() -> None:
    """与市区范围内的工业企业签订劳动合同…的就业人员: the applicant is the worker (a person), and that the
    employer is an industrial enterprise stays to be shown."""
    doc = _doc(BOZHOU_SETTLE, "g04.txt")
    worker = doc["programmes"][2]
    assert _status(doc, worker, BOZHOU_ON, **BOZHOU_WORKER, employer_kind="enterprise") == "possible"
    assert _status(doc, worker, BOZHOU_ON, **BOZHOU_WORKER, employer_kind="enterprise",
                   employer_titles=["工业企业"]) == "eligible"


@pytest.mark.parametrize("facts, graduates, titles", [
    ({"education": "master", "full_time": True, "titles": []}, "eligible", "ineligible"),
    ({"education": "master", "full_time": False, "titles": []}, "ineligible", "ineligible"),
    ({"education": "secondary", "titles": ["高级工程师"]}, "ineligible", "eligible"),
    ({"education": "secondary", "titles": ["中级会计师"]}, "ineligible", "eligible")])
def test_amounts_for_each_title_or_degree_are_alternatives(facts, graduates, titles) -> None:
    """全日制高校毕业生:硕士及以上学历补贴2万元/套、本科学历补贴1万元/套; 高级职称补贴2万元/套、中级职称补贴1万元/套:
    a 高级 title holder gets the 2万 (not failed for lacking a 中级 one), and 全日制 is asked of the graduates."""
    doc = _doc(MINGXI, "l09.txt")
    first, second = [p for p in doc["programmes"] if "高校毕业生" in p["title"] or "职称" in p["title"]]
    buyer = {"kind": "individual", "region": "福建省三明市明溪县", "home_region": "福建省三明市明溪县", "new_home": True,
             **facts}
    assert _status(doc, first, **buyer) == graduates
    assert _status(doc, second, **buyer) == titles


def test_a_benefit_in_kind_is_a_programme() -> None:
    """对A、B、C、D类高层次人才发放“长沙人才绿卡”; A、B、C、D类高层次人才享受长沙户籍人口购房政策: a card and the
    treatment of locals are granted as surely as money — a class-D talent is eligible, a person of no
    class is not."""
    doc = _doc("长沙市争创国家吸引集聚人才平台若干政策\n\n41.对A、B、C、D类高层次人才发放“长沙人才绿卡”,享受相应专属服务。\n\n"
               "42.A、B、C、D类高层次人才享受长沙户籍人口购房政策,申请住房公积金贷款不受缴存时间限制。\n", "l03.txt")
    card, homes = [p for p in doc["programmes"] if "高层次人才" in p["title"]]
    talent = {"kind": "individual", "region": "湖南省长沙市岳麓区"}
    for grant in (card, homes):
        assert _status(doc, grant, **talent, talent_class="D") == "eligible"
        assert _status(doc, grant, **talent, talent_class="E") == "ineligible"


@pytest.mark.parametrize("words", ["对明显不符合发行条件或材料不完整、不齐备的不予受理", "存在违规行为并经查实的,取消资格",
                                   "同一项目可以符合一个或多个支持方向，但仅按照一个方向给予资金支持"])
def test_what_happens_to_an_application_excludes_no_applicant(words: str) -> None:
    """Incomplete materials, a violation found later, one direction paid: how an application is handled,
    not who may apply — no exclusion for a person to judge."""
    doc = _doc(f"北京市商场商街商圈品质提升项目通知\n\n一、对在本市完成改造的商圈运营企业，给予最高500万元支持。\n\n二、{words}。\n",
               "l22.txt")
    (grant,) = doc["programmes"]
    assert not [e for e in grant["exclusions"] if not e["test"]]
    assert _status(doc, grant, **{"kind": "enterprise", "region": "北京市朝阳区"}) != "ineligible"


XIAOGAN_WINDOWS = """中心城区购房补贴申报办事指南

一、申报条件

1.购房时间:

3申请首套房购房补贴,购房时间为2022年11月1日—2025年6月30日期限内;

7申请多孩家庭购房补贴,购房时间在2022年11月1日至2025年6月30日期限内。

3.购房面积:购买新建商品住房面积不超过144m2(2024年1月1日起企事业单位引进人才及多孩家庭购房不限面积)。

二、补贴标准

1.新建商品房缴交契税给予100%补贴。

2.首套房购房补贴200元/m2,补贴金额不超过2万元。

3.2024年7月1日—2025年6月30日,对符合生育政策的多孩家庭购买第一套、第二套新建商品住房的,分别给予3万元、5万元购房补贴。
"""


def test_a_guide_gives_each_subsidy_its_purchase_period_by_name_and_an_exemption_asks_nothing() -> None:
    """申请首套房购房补贴,购房时间为2022年11月1日—…: the 首套房 grant takes that period (a home bought the day
    before is out); (…多孩家庭购房不限面积) spares large families the area limit, it does not ask for
    children; 3.2024年7月1日—…: an item number glued to a year is item 3, its period whole."""
    doc = _doc(XIAOGAN_WINDOWS, "l18.txt")
    first = next(p for p in doc["programmes"] if p["title"].startswith("首套房购房补贴"))
    children = next(p for p in doc["programmes"] if "多孩家庭" in p["title"])
    assert children["node"].endswith("item_3")
    buyer = {"kind": "individual", "region": "湖北省孝感市孝南区", "home_region": "湖北省孝感市孝南区", "homes_owned": 0,
             "new_home": True, "children": 1}
    on = date(2025, 3, 1)
    assert _status(doc, first, on, **buyer, home_purchased="2022-11-01") != "ineligible"  # one child: no matter
    assert _status(doc, first, on, **buyer, home_purchased="2022-10-31") == "ineligible"
    assert _status(doc, children, on, **{**buyer, "children": 3}, home_purchased="2024-06-30") == "ineligible"
    assert _status(doc, children, on, **{**buyer, "children": 3}, home_purchased="2024-07-01") != "ineligible"


WEIHAI = """威海市购房补贴申报指南

一、补贴对象

在本市行政区域内购买新建商品住房或二手住房的个人。

二、申请条件

（一）购房人具有本市户籍；

（二）购房人及配偶、未成年子女在本市无其他住房；

（三）网签备案时间在2024年1月1日至2024年12月31日期间；

（四）与本市用人单位签订1年以上劳动合同。

三、补贴标准

按购房款的1%给予补贴，最高不超过2万元。
"""
WEIHAI_BUYER = {"kind": "individual", "region": "山东省威海市环翠区", "hukou": "山东省威海市环翠区", "homes_owned": 0,
                "home_purchased": "2024-05-01", "home_region": "山东省威海市环翠区", "new_home": False}


def test_common_words_of_a_purchase_guide_ask_nothing_and_a_contracts_term_stays_open() -> None:
    """新建商品住房或二手住房 (either home), 购房人及配偶、未成年子女 (whose homes count), 行政区域内, 网签备案时间:
    no condition of their own; 签订1年以上劳动合同 is a job (decided) of a term (for a person to judge)."""
    doc = _doc(WEIHAI, "weihai.txt")
    (grant,) = doc["programmes"]
    on = date(2025, 3, 1)
    result = judge(grant, profile_from({**WEIHAI_BUYER, "employed": True}), doc["id"], clauses_of(doc), on)
    assert result["status"] == "possible"
    assert [r["text"] for r in result["reasons"] if r["result"] == "unknown"] == ["与本市用人单位签订1年以上劳动合同"]
    assert _status(doc, grant, on, **WEIHAI_BUYER, employed=False) == "ineligible"


HUANGDAO = """黄岛区人才购房补贴实施细则

第一条 补贴对象为2023年1月1日以后新引进到本区企业工作的全日制本科及以上学历人才。

第二条 申请人应同时符合以下条件：

（一）与本区企业签订劳动合同，并在本区缴纳社会保险；

（二）在本区首次购买商品住房。

第三条 补贴标准：博士研究生每人10万元，硕士研究生每人5万元，本科生每人3万元。

第四条 有下列情形之一的，不予补贴：

（一）机关事业单位在编人员；

（二）有失信记录的。
"""
HUANGDAO_TALENT = {"kind": "individual", "region": "山东省青岛市黄岛区", "education": "master", "full_time": True,
                   "employed": True, "employer_kind": "enterprise", "hired": "2023-06-01", "social_insurance_months": 20,
                   "homes_owned": 0, "dishonest": False, "home_region": "山东省青岛市黄岛区"}


@pytest.mark.parametrize("change, expected", [({}, "eligible"), ({"education": "junior_college"}, "ineligible"),
                                              ({"hired": "2021-06-01"}, "ineligible"),
                                              ({"employer_kind": "public_institution"}, "ineligible"),
                                              ({"dishonest": True}, "ineligible")])
def test_a_target_sentence_binds_and_a_staff_exclusion_is_decided_by_the_employer(change, expected) -> None:
    """第一条 补贴对象为2023年1月1日以后新引进…的全日制本科及以上学历人才: whom every grant of the text is for (a
    大专 holder, one hired in 2021, fail it); 机关事业单位在编人员 excludes no enterprise's staff, and leaves a
    public institution's open (在编 or not) — that one fails 与本区企业签订劳动合同 anyway."""
    doc = _doc(HUANGDAO, "huangdao.txt")
    (grant,) = doc["programmes"]
    assert _status(doc, grant, date(2025, 3, 1), **{**HUANGDAO_TALENT, **change}) == expected


def test_a_staff_exclusion_hit_is_left_to_a_person() -> None:
    """An employer of any kind (用人单位, twice: 新引进到本区企业工作 asks an enterprise too), and the staff of a public
    institution left out only if 在编 — which a person says."""
    doc = _doc(HUANGDAO.replace("与本区企业签订劳动合同", "与本区用人单位签订劳动合同")
               .replace("新引进到本区企业工作", "新引进到本区用人单位工作"), "huangdao.txt")
    (grant,) = doc["programmes"]
    assert _status(doc, grant, date(2025, 3, 1), **{**HUANGDAO_TALENT, "employer_kind": "public_institution"}) == "possible"


def test_registered_in_the_district_is_the_place_test_only() -> None:
    """在本区注册登记、具有独立法人资格的企业: the place and the legal person decide it; 注册登记 is not a
    question left for a person."""
    doc = _doc("武侯区新经济企业入库工作通知\n\n一、申报条件\n\n（一）在本区注册登记、具有独立法人资格的企业；\n\n"
               "（二）上年度营业收入500万元以上。\n\n二、支持政策\n\n对新入库企业，给予一次性奖励10万元。\n", "wuhou.txt")
    grant = doc["programmes"][0]
    firm = {"kind": "enterprise", "region": "四川省成都市武侯区", "legal_person": True, "revenue": 8000000}
    assert _status(doc, grant, date(2025, 3, 1), **firm) == "eligible"
    assert _status(doc, grant, date(2025, 3, 1), **{**firm, "region": "四川省成都市锦江区"}) == "ineligible"


YANTAI = """烟台市硕博研究生购房补贴申报发放实施细则

一、补贴对象

2022年1月1日以后首次来烟就业的全日制硕士研究生及以上学历人才。

二、申请条件

（一）在烟台市行政区域内购买首套新建商品住房，购房合同网签备案日期在2022年1月1日之后；

（二）申请人须在本市缴纳社会保险，且在申请前连续缴纳6个月以上。

三、补贴标准

博士研究生每人15万元，硕士研究生每人10万元。
"""
YANTAI_MASTER = {"kind": "individual", "region": "山东省烟台市芝罘区", "education": "master", "full_time": True,
                 "employed": True, "hired": "2022-09-01", "social_insurance_months": 8, "homes_owned": 0, "new_home": True,
                 "home_purchased": "2023-05-01", "home_region": "山东省烟台市芝罘区"}


@pytest.mark.parametrize("change, expected", [({}, "eligible"), ({"hired": "2021-09-01"}, "ineligible"),
                                              ({"social_insurance_months": 3}, "ineligible"),
                                              ({"home_purchased": "2021-12-31"}, "ineligible")])
def test_a_first_job_after_a_day_and_months_of_insurance_said_in_the_next_segment(change, expected) -> None:
    """2022年1月1日以后首次来烟就业的…人才: hired on or after that day, working in 烟台; 须在本市缴纳社会保险，且在申请前
    连续缴纳6个月以上: the six months are of that insurance; 购房合同网签备案日期在…之后 is the purchase day."""
    doc = _doc(YANTAI, "yantai.txt")
    (grant,) = doc["programmes"]
    assert _status(doc, grant, date(2025, 3, 1), **{**YANTAI_MASTER, **change}) == expected


PINGYANG = """平阳县二孩三孩家庭购房补贴实施细则

一、补贴对象

本县户籍，且符合国家生育政策生育二孩、三孩的家庭。

二、补贴条件

（一）2023年1月1日至2023年12月31日期间在本县购买新建商品住房；

（二）夫妻双方或一方为本县户籍。

三、补贴标准

二孩家庭每套补贴3万元，三孩家庭每套补贴5万元。
"""


@pytest.mark.parametrize("children, hukou, expected", [(1, "浙江省温州市平阳县", "ineligible"),
                                                       (2, "浙江省温州市平阳县", "eligible"),
                                                       (3, "浙江省温州市平阳县", "eligible"),
                                                       (2, "浙江省温州市鹿城区", "ineligible")])
def test_a_spouses_hukou_either_way_and_amounts_ask_nothing(children, hukou, expected) -> None:
    """夫妻双方或一方为本县户籍: the applicant's own local 户籍 is enough (the spouse's stays open otherwise);
    二孩家庭每套补贴3万元: what is paid asks nothing. A guide with one grant beside its blocks compiles (it
    raised on a single condition)."""
    doc = _doc(PINGYANG, "pingyang.txt")
    assert doc["programmes"], doc["diagnostics"] if "diagnostics" in doc else None
    grant = doc["programmes"][0]
    family = {"kind": "individual", "region": "浙江省温州市平阳县", "hukou": hukou, "children": children, "new_home": True,
              "home_purchased": "2023-05-01", "home_region": "浙江省温州市平阳县"}
    assert _status(doc, grant, date(2024, 3, 1), **family) == expected


def test_grants_side_by_side_for_more_and_more_children_are_tiers() -> None:
    """（一）对…二孩家庭,按…1%予以补贴…；（二）对…三孩及以上家庭,按…1.5%…: a family of three is in the second
    tier, not the first."""
    doc = _doc("福州市多子女家庭购房补贴通知\n\n二、补贴标准\n\n(一)对在鼓楼区购买新建商品住宅的二孩家庭,按购房总价款1%予以补贴,"
               "单套补贴金额最高不超过3万元。\n\n(二)对在鼓楼区购买新建商品住宅的三孩及以上家庭,按购房总价款1.5%予以补贴,"
               "单套补贴金额最高不超过5万元。\n", "g22.txt")
    measure, two, three = doc["programmes"]
    assert measure["title"] == "福州市多子女家庭购房补贴通知（补贴标准）"  # 补贴标准 names no measure of its own
    family = {"kind": "individual", "new_home": True, "home_region": "福建省福州市鼓楼区"}
    assert [_status(doc, p, **family, children=2) for p in (two, three)] == ["eligible", "ineligible"]
    assert [_status(doc, p, **family, children=3) for p in (two, three)] == ["ineligible", "eligible"]


@pytest.mark.parametrize("words, last_day", [("本办法自2023年9月8日起施行，有效期3年。", "2026-09-07"),
                                             ("运营补贴奖补自2023年1月1日起试行3年。", "2025-12-31")])
def test_a_validity_counted_from_the_day_in_force_closes_after_it(words: str, last_day: str) -> None:
    """自2023年9月8日起施行，有效期3年: in force to 2026-09-07; 自2023年1月1日起试行3年: to 2025-12-31 — a claim
    the day after finds the programme closed."""
    doc = _doc(f"天河区支持港澳青年创新创业实施办法\n\n一、对在天河区注册的港澳青年企业，给予一次性10万元落户奖金支持。\n\n二、{words}\n",
               "l12.txt")
    (grant,) = doc["programmes"]
    firm = {"kind": "enterprise", "region": "广东省广州市天河区"}
    end = date.fromisoformat(last_day)
    assert judge(grant, profile_from(firm), doc["id"], clauses_of(doc), end, None,
                 _validity(doc["meta"], end))["open"]
    after = end + timedelta(days=1)
    closed = judge(grant, profile_from(firm), doc["id"], clauses_of(doc), after, None, _validity(doc["meta"], after))
    assert not closed["open"] and last_day in closed["closed"]


def test_a_grant_by_a_share_at_most_and_a_purchase_grant_priced_elsewhere_are_programmes() -> None:
    """支持工业企业和平台服务商开展…工作，省级按照不超过项目投资额50%的比例给予一次性奖补: 不超过 says how much, not
    a condition that stops the sentence being a grant; 对按政策生育二孩、三孩的家庭,在市域内购买新建商品住房的予以补助:
    a purchase grant whose amount is set elsewhere (a university is not an industrial enterprise; a one-child
    family is not 二孩)."""
    doc = _doc("安徽省支持工业互联网发展若干政策\n\n21.支持工业企业和平台服务商开展工业互联网网络安全分类分级工作，省级按照不超过项目投资额"
               "50%的比例给予一次性奖补，最高100万元。\n", "l02.txt")
    (grant,) = doc["programmes"]
    assert _status(doc, grant, **{"kind": "university", "region": "安徽省合肥市蜀山区"}) == "ineligible"
    doc = _doc("潜江市促进消费恢复和扩大的若干措施\n\n（五）出台鼓励生育政策,对按政策生育二孩、三孩的家庭,在市域内购买新建商品住房的予以补助。\n",
               "l13.txt")
    (grant,) = doc["programmes"]
    family = {"kind": "individual", "new_home": True, "home_region": "湖北省潜江市园林街道"}
    assert _status(doc, grant, **family, children=1) == "ineligible"
    assert _status(doc, grant, **family, children=2) != "ineligible"


@pytest.mark.parametrize("words, rural", [("本县城镇户籍人口", False), ("非农业户口人员", False)])
def test_urban_and_rural_hukou_groups_are_alternatives(words: str, rural: bool) -> None:
    """（一）本县农村户籍人口；（二）本县城镇户籍人口 / 非农业户口: one person is one or the other — 非农业 is not
    农业 — and a local of either kind is one of the groups."""
    doc = _doc(f"平阳县购房补贴实施细则\n\n一、补贴对象\n\n（一）本县农村户籍人口；\n\n（二）{words}。\n\n二、补贴标准\n\n"
               "在本县购买新建商品住房的，每套给予2万元补贴。\n", "pingyang.txt")
    (grant,) = doc["programmes"]
    ops = {(t["fact"], t["op"], str(t["value"])) for t in _tests(grant["logic"])}
    assert ("hukou_rural", "==", "False") in ops and ("hukou_rural", "==", "True") in ops
    buyer = {"kind": "individual", "hukou": "浙江省温州市平阳县", "new_home": True, "home_region": "浙江省温州市平阳县"}
    assert _status(doc, grant, **buyer, hukou_rural=rural) != "ineligible"
    assert _status(doc, grant, **buyer, hukou_rural=not rural) != "ineligible"


def test_a_split_grant_keeps_the_conditions_of_its_guides_blocks() -> None:
    """申请条件：…在本市连续缴纳社会保险满6个月 beside 补贴标准：对…多孩家庭…给予3万元；对…烈属家庭…给予12万元: each
    grant is a programme, and the guide's 申请条件 bind it — three months of insurance fail both."""
    doc = _doc("孝感市购房补贴申报办事指南\n\n一、申报条件\n\n1.申请人在本市连续缴纳社会保险满6个月。\n\n二、补贴标准\n\n"
               "1.对符合生育政策的多孩家庭购买首套新建商品住房的,给予3万元购房补贴。\n\n"
               "2.对烈属家庭购买首套新建商品住房的,给予12万元购房补贴。\n", "l18.txt")
    guide, children, martyrs = doc["programmes"]
    family = {"kind": "individual", "region": "湖北省孝感市孝南区", "home_region": "湖北省孝感市孝南区", "new_home": True,
              "homes_owned": 0, "children": 3}
    assert _status(doc, children, **family, social_insurance_months=12) == "eligible"
    assert _status(doc, children, **family, social_insurance_months=3) == "ineligible"
    assert _status(doc, martyrs, **family, social_insurance_months=3) == "ineligible"


def test_a_hukou_elsewhere_before_no_home_here_is_read() -> None:
    """本市户籍、自有住房未达到…安居标准,或者非本市户籍、在本市无自有住房: 非本市户籍 is a 户籍 elsewhere — the 无
    after the next 在本市 is about homes, not about the 户籍 — so one from elsewhere with no home here is the
    second case, and a local with no home is not turned away by it."""
    tests, _ = read_segment(Segment("或者非本市户籍、在本市无自有住房", (), (("南京市", "city"),)))
    assert FactTest("hukou", "not in", ("南京市",)) in tests and FactTest("homes_owned", "==", 0) in tests


def test_an_enterprise_above_the_scale_line_is_any_of_its_kinds() -> None:
    """对规模以上企业当年实施的重大技术改造项目…补助: a 规上工业企业 is one; an enterprise whose titles hold none is
    not — and 新增规下转规上企业 stays the name of its own grant."""
    doc = _doc("定西市今冬明春促进经济健康平稳发展政策措施\n\n（十）对规模以上企业当年实施的重大技术改造项目，按设备总值的5%补助，"
               "最高补助金额不超过200万元。\n", "l16.txt")
    (grant,) = doc["programmes"]
    firm = {"kind": "enterprise", "region": "甘肃省定西市临洮县"}
    assert _status(doc, grant, date(2024, 3, 1), **firm, titles=["规上工业企业"]) != "ineligible"
    assert _status(doc, grant, date(2024, 3, 1), **firm, titles=["省级专精特新中小企业"]) == "ineligible"
    moved = _doc("定西市今冬明春促进经济健康平稳发展政策措施\n\n（十一）对新增规下转规上企业每户奖励20万元。\n", "l16.txt")
    (up,) = moved["programmes"]
    assert _status(moved, up, date(2024, 3, 1), **firm, titles=["新增规下转规上企业"]) == "eligible"


@pytest.mark.parametrize("words, urban", [("本县城镇户籍人口", True), ("非农业户口人员", True),
                                          ("非本市城区城镇户籍家庭", False), ("非城镇户籍家庭", False)])
def test_an_urban_hukou_denied_by_its_words_is_not_one(words: str, urban: bool) -> None:
    """非本市城区城镇户籍家庭: families without an urban 户籍 of the city — not a test that they have one."""
    tests, _ = read_segment(Segment(words, (), (("孝感市", "city"),)))
    assert (FactTest("hukou_rural", "==", False) in tests) is urban


# --- an area the text lists ---------------------------------------------------------------------

AREA_DEFINED = """襄阳市中心城区购房补贴实施细则

第一条 为促进房地产市场平稳健康发展，制定本细则。

第二条 本细则所称中心城区，是指襄城区、樊城区、襄州区。

第三条 2024年1月1日至2024年12月31日期间，在中心城区购买新建商品住房的个人，给予购房款1%的补贴。
"""
BUYER = {"kind": "individual", "home_purchased": "2024-05-01", "new_home": True, "region": "湖北省武汉市江岸区"}


@pytest.mark.parametrize("home, verdict", [("湖北省襄阳市樊城区", "eligible"), ("湖北省襄阳市南漳县", "ineligible"),
                                           ("湖北省襄阳市襄州区", "eligible")])
def test_an_area_the_text_defines_by_its_districts_is_those_districts(home: str, verdict: str) -> None:
    """本细则所称中心城区，是指襄城区、樊城区、襄州区 (the wording such guides use): 在中心城区购买 is a home in
    one of the three — decided, not left open — and the definition asks nothing of where the buyer works."""
    doc = _doc(AREA_DEFINED, "xiangyang.txt")
    assert _status(doc, _only(doc), ON, **BUYER, home_region=home) == verdict


@pytest.mark.parametrize("text", [
    "襄阳市购房补贴实施方案\n\n一、中心城区范围为：襄城区、樊城区和襄州区。\n\n二、在中心城区购买新建商品住房的，按购房款的1%给予补贴。\n",
    "襄阳市购房补贴实施方案\n\n一、在襄城区、樊城区、襄州区（以下简称“中心城区”）购买新建商品住房的，按购房款的1%给予补贴。\n\n"
    "二、本方案自发布之日起施行。\n",
    "襄阳市购房补贴实施方案\n\n一、在中心城区（襄城区、樊城区、襄州区）购买新建商品住房的，按购房款的1%给予补贴。\n"])
def test_an_area_listed_in_other_words_is_those_districts(text: str) -> None:
    """中心城区范围为…, …（以下简称“中心城区”）, 中心城区（…）: the same three districts; the line that says when
    the text takes effect (本方案自发布之日起施行) is no condition."""
    doc = _doc(text, "xiangyang.txt")
    (grant,) = doc["programmes"]
    assert _status(doc, grant, ON, **BUYER, home_region="湖北省襄阳市樊城区") == "eligible"
    assert _status(doc, grant, ON, **BUYER, home_region="湖北省襄阳市南漳县") == "ineligible"


def test_an_area_listed_with_a_zone_no_table_knows_keeps_the_zone() -> None:
    """中心城区（襄城区、樊城区、高新区）: a home in the 高新区 is not failed because the divisions table lacks it;
    an area whose list ends in 等 is not a list of all its parts, and stays open for a district."""
    tests, _ = read_segment(Segment("在中心城区（襄城区、樊城区、高新区）购买", (), (("襄阳市", "city"),)))
    # the zone by its name, and the area beside it (where in the city the zone lies, the table does not say)
    assert [t.value for t in tests if t.fact == "home_region"] == [("襄城区", "樊城区", "高新区", "襄阳市（中心城区）")]
    zoned = _doc("襄阳市购房补贴实施方案\n\n一、在中心城区（襄城区、樊城区、高新区）购买新建商品住房的，按购房款的1%给予补贴。\n",
                 "xiangyang.txt")
    assert _status(zoned, _only(zoned), ON, **BUYER, home_region="湖北省襄阳市高新区") == "eligible"
    assert _status(zoned, _only(zoned), ON, **BUYER, home_region="湖北省襄阳市南漳县") == "ineligible"
    doc = _doc("襄阳市购房补贴实施方案\n\n一、中心城区包括襄城区、樊城区等区域。\n\n二、在中心城区购买新建商品住房的，"
               "按购房款的1%给予补贴。\n", "xiangyang.txt")
    (grant,) = doc["programmes"]
    assert _status(doc, grant, ON, **BUYER, home_region="湖北省襄阳市樊城区") == "possible"


# --- what says how, not who -----------------------------------------------------------------------

@pytest.mark.parametrize("rule", [
    "7.申请人购买新建商品住房的,购房时间确认以合同网签备案时间为准;购买二手商品住房的,购房时间确认以不动产登记证书取得时间为准。",
    "7.贷款利息补贴支持政策期限为一年。", "7.以上补贴政策只可享受其中一条，就高不重复。", "7.本说明自印发之日起施行。",
    "7.运营期自项目投入交付运营之日起计算。"])
def test_a_rule_on_proof_duration_or_choice_is_no_condition(rule: str) -> None:
    """购房时间确认以…为准 (g11), 期限为一年 (l15), 就高不重复 (l09), 自印发之日起施行: how a fact is proven, how
    long a benefit runs, which of two one gets, when the text takes effect — none asks anything of the
    applicant; the case before 为准 (购买二手商品住房的) is no condition either, so a buyer of a new home is not
    failed by it."""
    doc = _doc(RENCHENG.replace("2.首套住房是指", rule + "\n\n2.首套住房是指"))
    guide = doc["programmes"][0]
    words = rule[2:8]
    assert not [c for c in _conditions(guide["logic"]) if words in c["text"]]
    assert _status(doc, guide, ON, **YOUNG_MASTER, hired="2024-03-01", home_purchased="2024-09-01", new_home=True,
                   hukou="山东省济宁市任城区") != "ineligible"


# --- kinds of property a new market home is not ----------------------------------------------------

FUZHOU_HOMES = """关于发放多子女家庭购房补贴的通知

一、补贴对象
(一)在鼓楼区、台江区、仓山区、晋安区(以下简称“四城区”)购买新建市场化商品住宅的三孩及以上家庭。
(二)本通知所称新建市场化商品住宅,是指房地产开发企业依法开发建设并面向市场销售的新建商品住宅。不包括:
1.限价商品房、配售型保障性住房、安置房、安置型商品房、人才住房等具有政策保障属性的非市场化住房;
2.通过司法拍卖、资产处置等途径取得的房产;
3.商业、办公、车位等非住宅类房产及二手房。
二、补贴标准
在四城区购买新建市场化商品住宅的三孩及以上家庭,按购房款的1.5%给予补贴。
"""


def test_property_a_new_market_home_is_not_is_read_in_an_exclusion() -> None:
    """不包括：限价商品房、…安置房…；通过司法拍卖、资产处置等途径取得的房产；商业、办公、车位等非住宅类房产及二手房
    (g22): a new market home (new_home) is none of them — no exclusion is left open for it; a second-hand
    home is excluded; of another, which kind it is, a person judges.  四城区 is the four districts the
    text names, so a home in 闽侯县 is outside it."""
    doc = _doc(FUZHOU_HOMES, "g22.txt")
    exclusions = [e for p in doc["programmes"] for e in p["exclusions"]]
    assert exclusions and all(e["test"] for e in exclusions)
    family = {"kind": "individual", "home_region": "福建省福州市鼓楼区", "new_home": True, "children": 3,
              "home_purchased": "2026-03-01"}
    grant = doc["programmes"][-1]
    assert _status(doc, grant, **family) == "eligible"
    assert _status(doc, grant, **{**family, "new_home": False}) == "ineligible"
    assert _status(doc, grant, **{**family, "home_region": "福建省福州市闽侯县"}) == "ineligible"


@pytest.mark.parametrize("words", ["涉及国家秘密或者商业秘密的", "无法以合理的商业条件获取的",
                                   "未取得《慈溪市保障性租赁住房项目认定书》的"])
def test_words_about_commerce_or_a_system_name_are_no_kind_of_home(words: str) -> None:
    """商业秘密, 商业条件, a 保障性租赁住房 certificate's name: no property at all — no home test."""
    tests, _ = read_segment(Segment(words, (), (("福州市", "city"),), True))
    assert not [t for t in tests if t.fact == "new_home"]


def test_a_home_none_of_the_excluded_kinds_passes_a_condition_that_excludes_them() -> None:
    """（不包括商业、办公等非住宅类房屋、保障性住房）: a new market home passes; a second-hand one (which the
    text allows) is for a person to judge, not failed."""
    tests, _ = read_segment(Segment("不包括商业、办公等非住宅类房屋、保障性住房", (), (("双辽市", "county"),)))
    assert FactTest("new_home", "==", True, discretion=True) in tests


# --- a lead that names groups -----------------------------------------------------------------------

@pytest.mark.parametrize("listing", [
    "一、补贴对象\n2024年1月1日至2024年12月31日期间在本县购买新建商品住房的下列人员：\n（一）本县农业户籍人员；\n"
    "（二）在本县就业的毕业5年内高校毕业生；\n（三）生育二孩及以上的家庭。\n",
    "一、补贴对象\n2024年1月1日至2024年12月31日期间在本县购买新建商品住房的下列人员：本县农业户籍人员；"
    "在本县就业的毕业5年内高校毕业生；生育二孩及以上的家庭。\n"])
def test_the_groups_a_lead_names_are_alternatives(listing: str) -> None:
    """…购买新建商品住房的下列人员：A；B；C (the wording of such lists, as items or in one paragraph): any one
    group will do — a two-child family need not also be rural and a graduate; who is none of them fails."""
    doc = _doc("明溪县购房补贴实施方案\n\n" + listing + "\n二、补贴标准\n每套补贴2万元。\n", "mingxi.txt")
    grant = doc["programmes"][0]
    family = {"kind": "individual", "home_region": "福建省三明市明溪县", "home_purchased": "2024-05-01",
              "new_home": True}
    assert _status(doc, grant, ON, **family, children=2) == "eligible"
    assert _status(doc, grant, ON, **family, children=1, hukou_rural=False, education="secondary") == "ineligible"


# --- exclusions: a purchase undone, a home owned ------------------------------------------------------

MINGXI_RULES = MINGXI + """四、其他相关规定
（二）开发企业或股东个人以商品住房产权抵偿个人债务不发生现金购置新建商品住房的，不享受本措施的补贴政策。
（三）购房时间以网签新建商品住房买卖合同登记备案时间为准，在本政策起止时间内解除合同登记备案并重新办理登记备案的房屋不享受本文件补贴政策。
"""


def test_a_purchase_undone_is_how_a_grant_is_kept_not_who_may_apply() -> None:
    """…解除合同登记备案并重新办理登记备案的房屋不享受 (l09): what happens to a purchase undone and redone, not an
    exclusion of a buyer whose contract stands; a purchase for a debt (以商品住房产权抵偿个人债务) is not a new
    market home bought for money — a new home passes that part of it."""
    doc = _doc(MINGXI_RULES, "l09.txt")
    plain = doc["programmes"][0]
    assert not [e for e in plain["exclusions"] if "解除合同" in e["text"]]
    debt = [e["test"] for e in plain["exclusions"] if "抵偿" in e["text"]]
    assert {"fact": "new_home", "op": "==", "value": False} in [
        {k: t[k] for k in ("fact", "op", "value")} for t in debt if t]


def test_an_undone_registration_outside_a_purchase_still_excludes() -> None:
    """被司法行政部门撤销司法鉴定人登记 (a revoked status): an exclusion — only a purchase undone is procedure."""
    doc = _doc("某市司法鉴定补贴办法\n\n第三条 符合下列条件的司法鉴定机构，给予5万元补贴：\n（一）在本市登记；\n\n"
               "第四条 有下列情形之一的，不予补贴：\n（一）被司法行政部门撤销司法鉴定人登记；\n", "jd.txt")
    assert any("撤销司法鉴定人登记" in e["text"] for p in doc["programmes"] for e in p["exclusions"])


@pytest.mark.parametrize("words, owned, excluded", [("购房人家庭在本市已有住房的", 1, True), ("购房人家庭在本市已有住房的", 0, False),
                                                    ("购买第二套及以上住房的", 2, True)])
def test_a_home_owned_before_is_read_in_an_exclusion(words: str, owned: int, excluded: bool) -> None:
    """家庭已有住房的，不予补贴; 购买第二套及以上住房的: homes_owned ≥ 1 excludes — a family with none is not."""
    tests, _ = read_segment(Segment(words, (), (("福州市", "city"),), True))
    test = next(t for t in tests if t.fact == "homes_owned")
    assert (test.op, test.value) == (">=", 1) and (owned >= test.value) is excluded


# --- what a lead-in says of its subject -----------------------------------------------------------

GUANGZHOU_START = """广州市高校毕业生创业补贴

1、一次性创业资助
补贴条件：
（1）初创企业的法定代表人或个体户经营者（女性不超过55周岁、男性不超过60周岁）符合以下条件之一：
①普通高等学校、中等职业学校、技工院校学生（在校及毕业5年内）和出国（境）留学回国人员（领取毕业证5年内）；
②军转干部、退役军人；
⑤创办驿道客栈、民宿、农家乐的人员。
"""


@pytest.mark.parametrize("sex, born, verdict", [("female", "1968-01-01", "ineligible"), ("male", "1968-01-01", "possible"),
                                                 ("male", "1960-01-01", "ineligible")])
def test_the_limits_a_lead_sets_on_its_subject_bind_the_list(sex: str, born: str, verdict: str) -> None:
    """…经营者（女性不超过55周岁、男性不超过60周岁）符合以下条件之一： (g18) the ages bind whichever item holds —
    a founder of 58 is too old if a woman, not if a man (whose group the profile leaves open)."""
    doc = _doc(GUANGZHOU_START, "g18.txt")
    founder = {"kind": "individual", "region": "广东省广州市荔湾区", "entrepreneur": True, "sex": sex, "born": born}
    assert _status(doc, doc["programmes"][0], date(2026, 6, 1), **founder) == verdict


def test_what_a_lead_says_of_the_employer_is_not_asked_of_the_applicant() -> None:
    """申请人所在企业需…具有独立法人资格且需满足以下条件之一 (g20): the employer's legal personality, not a
    test of the person applying."""
    doc = _doc("天河区人才公寓申请公告\n\n一、申请条件\n3.创新型企业人才。申请人所在企业需属于天河区重点发展的战略性新兴产业企业，"
               "在天河区依法注册、依法纳税、依法纳统、具有独立法人资格且需满足以下条件之一：\n（1）国家高新技术企业；\n"
               "（2）上年度营业收入5000万元以上。\n", "g20.txt")
    facts = {t["fact"] for p in doc["programmes"] for t in _tests(p["logic"])}
    assert "legal_person" not in facts


@pytest.mark.parametrize("text, fact, value", [("年度零售额达1000万元(含)以上", "revenue", 10_000_000),
                                               ("获奖项目吸纳就业3人或以上", "employees", 3)])
def test_retail_sales_and_jobs_taken_on_are_revenue_and_staff(text: str, fact: str, value: int) -> None:
    """年度零售额达1000万元(含)以上 (l13): a retailer's sales; 吸纳就业3人或以上 (g18): staff taken on."""
    doc = _doc(f"某市措施\n\n一、对{text}的企业，给予奖励5万元。\n", "m.txt")
    tests = [t for p in doc["programmes"] for t in _tests(p["logic"]) if t["fact"] == fact]
    assert [(t["op"], t["value"]) for t in tests] == [(">=", value)]


def test_the_insurance_the_employer_and_the_applicant_pay_is_the_applicants() -> None:
    """所在用人单位和本人按照规定参加失业保险 (s01): the employer's and the applicant's — months of the applicant's."""
    tests, _ = read_segment(Segment("所在用人单位和本人按照规定参加失业保险", (), (("郑州市", "city"),)))
    assert FactTest("social_insurance_months", ">=", 1, "月") in tests


@pytest.mark.parametrize("text, months", [("签订劳动合同并参加失业保险", 1), ("在本市连续缴纳失业保险费满1年", 12)])
def test_unemployment_insurance_is_social_insurance(text: str, months: int) -> None:
    """签订劳动合同并参加失业保险 (g10, l06), 连续缴纳失业保险费满1年: months of the insurance the applicant pays —
    a year is twelve of them; nothing is left for a person to judge."""
    doc = _doc(f"沈阳市就业补贴办法\n\n第三条 申请人应符合下列条件：\n（一）{text}；\n（二）全日制本科及以上学历。\n", "s.txt")
    grant = doc["programmes"][0]
    assert [t["value"] for t in _tests(grant["logic"]) if t["fact"] == "social_insurance_months"] == [months]
    assert not [c for c in _conditions(grant["logic"]) if c["test"] is None]


# --- mutants of this session's rules ----------------------------------------------------------------

def test_an_area_list_mostly_unknown_is_no_list_and_one_area_is_not_another() -> None:
    """中心城区（襄城区、东津新区、鱼梁洲）: one division of three known is no list of places — the area stays
    open for a home in 樊城区; a text that lists its 城区 says nothing of its 中心城区."""
    doc = _doc("襄阳市购房补贴实施方案\n\n一、在中心城区（襄城区、东津新区、鱼梁洲）购买新建商品住房的，按购房款的1%给予补贴。\n",
               "xiangyang.txt")
    assert _status(doc, doc["programmes"][0], ON, **BUYER, home_region="湖北省襄阳市樊城区") == "possible"
    doc = _doc("襄阳市购房补贴实施方案\n\n一、本方案所称城区，是指襄城区、樊城区。\n\n二、在中心城区购买新建商品住房的，"
               "按购房款的1%给予补贴。\n", "xiangyang.txt")
    assert _status(doc, doc["programmes"][-1], ON, **BUYER, home_region="湖北省襄阳市襄州区") == "possible"
    tests, _ = read_segment(Segment("在中心城区（不含襄州区）购买", (), (("襄阳市", "city"),)))
    assert FactTest("home_region", "not in", ("襄州区",)) in tests  # what a bracket leaves out stays out


def test_a_home_of_an_excluded_kind_is_for_a_person_to_judge_when_the_text_does_not_name_second_hand() -> None:
    """不包括：限价商品房、安置房…: a second-hand home may or may not be one of them — possible, not excluded;
    and 已享受人才安居政策且已有住房的 with a home owned is for a person to judge (the other half is open)."""
    tests, _ = read_segment(Segment("限价商品房、配售型保障性住房、安置房等非市场化住房", (), (("福州市", "city"),), True))
    assert tests == [FactTest("new_home", "==", False, discretion=True)]
    doc = _doc("福州市购房补贴办法\n\n第三条 在本市购买新建商品住房的个人，给予1万元补贴。\n\n第四条 有下列情形之一的，不予补贴：\n"
               "（一）已享受人才安居政策且家庭已有住房的。\n", "fz.txt")
    grant = doc["programmes"][0]
    buyer = {"kind": "individual", "home_region": "福建省福州市鼓楼区", "new_home": True, "homes_owned": 1}
    assert _status(doc, grant, ON, **{**buyer, "home_purchased": "2026-03-01"}, region="福建省福州市鼓楼区") != "ineligible"


def test_items_under_a_lead_that_names_groups_are_alternatives() -> None:
    """一、补贴对象包括：（一）…（二）…: the items are the groups — a two-child family need not be rural too."""
    doc = _doc("明溪县购房补贴实施方案\n\n一、补贴对象包括：\n（一）本县农业户籍人员；\n（二）生育二孩及以上的家庭。\n\n"
               "二、补贴标准\n在本县购买新建商品住房的，每套补贴2万元。\n", "mingxi.txt")
    family = {"kind": "individual", "home_region": "福建省三明市明溪县", "new_home": True, "children": 2,
              "hukou_rural": False}
    assert _status(doc, doc["programmes"][0], ON, **family) == "eligible"


# --- benefits a statute grants (tune10's categories) -------------------------------------------------

ZHEJIANG_ELDERLY = """浙江省实施《中华人民共和国老年人权益保障法》办法

第二条 本办法所称老年人，是指具有本省户籍或者在本省行政区域内居住的六十周岁以上的公民。

第二十六条 七十周岁以上的老年人，持居民身份证或者老年优待证、户口本、市民卡、驾驶证等能够证明年龄的合法证件，在全省范围内享受下列优惠待遇：

（一）优先购买车票、船票、飞机票，优先上车、上船、登机；

（二）到医疗机构优先挂号、就诊、取药、住院。

第二十七条 对一百周岁以上的老年人，县级以上人民政府应当发给长寿保健补助费。具体办法由省人民政府规定。
"""


@pytest.mark.parametrize("born, hukou, region, verdict", [
    ("1950-01-01", "浙江省杭州市西湖区", "浙江省杭州市西湖区", "eligible"),
    ("1957-12-07", "浙江省宁波市海曙区", "浙江省宁波市海曙区", "ineligible"),  # 69 on the judging day
    ("1950-01-01", "江苏省南京市鼓楼区", "浙江省嘉兴市南湖区", "eligible"),    # a resident of the province
    ("1950-01-01", "安徽省合肥市蜀山区", "安徽省合肥市蜀山区", "ineligible")])
def test_a_benefit_in_kind_a_statute_grants_to_an_age_is_a_programme(born: str, hukou: str, region: str, verdict: str) -> None:
    """七十周岁以上的老年人，持…证件，在全省范围内享受下列优惠待遇：（一）优先购买车票… (s03): a programme for those
    over seventy — its items are what is granted, not conditions — and 老年人 as 第二条 defines them
    (本省户籍 or living in the province)."""
    doc = _doc(ZHEJIANG_ELDERLY, "s03.txt")
    treats = next(p for p in doc["programmes"] if "优惠待遇" in p["title"])
    assert not [c for c in _conditions(treats["logic"]) if "优先购买车票" in c["text"]]
    person = {"kind": "individual", "born": born, "hukou": hukou, "region": region}
    assert _status(doc, treats, ON, **person) == verdict


def test_an_allowance_named_without_an_amount_is_a_programme() -> None:
    """对一百周岁以上的老年人，县级以上人民政府应当发给长寿保健补助费 (s03): a benefit priced elsewhere, titled by
    what is given; a person of 99 is not yet one of them."""
    doc = _doc(ZHEJIANG_ELDERLY, "s03.txt")
    (aged,) = [p for p in doc["programmes"] if "长寿保健补助费" in p["title"]]
    person = {"kind": "individual", "hukou": "浙江省湖州市吴兴区", "region": "浙江省湖州市吴兴区"}
    assert _status(doc, aged, ON, **person, born="1926-12-06") == "eligible"
    assert _status(doc, aged, ON, **person, born="1926-12-07") == "ineligible"


ZHENGZHOU_BENEFIT = """郑州市失业保险条例

第二条 本条例适用于本市行政区域内的下列用人单位和职工：

（一）企业及其职工。

第二十二条 具备下列条件的失业人员，可以自办理失业登记手续的次月起，按月领取失业保险金，同时享受其他失业保险待遇：

（一）所在用人单位和本人按照规定参加失业保险，并足额缴纳失业保险费满一年的；

（二）非因本人意愿中断就业的；

（三）已办理失业登记并有求职要求的。
"""


@pytest.mark.parametrize("facts, verdict", [
    ({"social_insurance_months": 11, "employed": False}, "ineligible"),
    ({"social_insurance_months": 24, "employed": True}, "ineligible"),   # at work: not 失业人员
    ({"social_insurance_months": 24, "employed": False}, "possible"),    # 失业登记: a person checks
    ({"social_insurance_months": 24, "employed": False, "region": "河南省洛阳市西工区"}, "ineligible")])
def test_a_condition_list_whose_lead_says_what_is_received_is_a_programme(facts: dict, verdict: str) -> None:
    """具备下列条件的失业人员，可以自办理失业登记手续的次月起，按月领取失业保险金…： (s01): a lead whose tail says
    what is then received is a programme's lead however long; 失业人员 is one not at work; 缴纳失业保险费满一年
    is twelve months; 本条例适用于本市行政区域内 binds it to the city."""
    doc = _doc(ZHENGZHOU_BENEFIT, "s01.txt")
    (benefit,) = doc["programmes"]
    person = {"kind": "individual", "region": "河南省郑州市金水区", **facts}
    assert _status(doc, benefit, ON, **person) == verdict


def test_a_crime_defined_by_a_list_of_circumstances_is_no_programme() -> None:
    """具有下列情形之一的，应当认定为刑法第二百五十三条之一规定的“情节严重”：… — a lead with a long tail, but what
    follows is a crime's definition, not something received."""
    doc = _doc("最高人民法院、最高人民检察院关于办理侵犯公民个人信息刑事案件适用法律若干问题的解释\n\n"
               "第五条 非法获取、出售或者提供公民个人信息，具有下列情形之一的，应当认定为刑法第二百五十三条之一规定的“情节严重”：\n"
               "（一）出售或者提供行踪轨迹信息，被他人用于犯罪的；\n（二）违法所得五千元以上的。\n", "sfjs.txt")
    assert doc["programmes"] == []


def test_a_texts_territory_is_where_the_applicant_is_unless_the_programme_is_a_purchase() -> None:
    """本条例适用于本市行政区域内的下列用人单位和职工 in 郑州's regulation (s01, whole: the city enacts, the province
    approves): for a benefit that is no purchase, the applicant must be in the city — one in 洛阳 is not left
    open by a home the profile does not name; a purchase asks where the home is."""
    source = Path(__file__).parent / "eligibility_key" / "sources" / "s01_郑州市失业保险条例.txt"
    doc = _doc(source.read_text(encoding="utf-8"), "s01.txt")
    benefit = next(p for p in doc["programmes"] if p["node"].startswith("chp_4__art_22"))
    person = {"kind": "individual", "social_insurance_months": 30, "employed": False}
    assert _status(doc, benefit, ON, **person, region="河南省洛阳市涧西区") == "ineligible"
    assert _status(doc, benefit, ON, **person, region="河南省郑州市金水区") == "possible"  # 失业登记: a person checks
    purchase = _doc("郑州市购房补贴办法\n\n第二条 本办法适用于本市行政区域内。\n\n第三条 在本市购买新建商品住房的个人，给予1万元补贴。\n",
                    "zz.txt")
    buyer = {"kind": "individual", "new_home": True, "home_purchased": "2026-03-01", "region": "河南省洛阳市涧西区"}
    assert _status(purchase, purchase["programmes"][0], ON, **buyer, home_region="河南省郑州市金水区") == "eligible"


@pytest.mark.parametrize("text, person, verdict", [
    ("盲人和其他一级二级残疾人凭残疾人证办理免费乘车卡，免费乘坐所在城市市内公共交通工具。",
     {"kind": "enterprise", "region": "重庆市渝中区"}, "ineligible"),
    ("盲人和其他一级二级残疾人凭残疾人证办理免费乘车卡，免费乘坐所在城市市内公共交通工具。",
     {"kind": "individual", "region": "重庆市渝中区"}, "possible"),
    ("其他老年人在全省范围内享受前款第一项、第二项规定的优惠待遇。",
     {"kind": "individual", "region": "重庆市渝中区", "born": "1970-01-01"}, "ineligible")])
def test_a_group_named_before_what_it_receives_is_a_programme(text: str, person: dict, verdict: str) -> None:
    """盲人和其他一级二级残疾人凭残疾人证办理免费乘车卡 (s04), 其他老年人在全省范围内享受…优惠待遇 (s03): the group
    before the allowance it receives, with no comma between, is whom the benefit is for — not an enterprise;
    whether one is 一级二级残疾 is a person's to judge; 老年人 as the text defines them (六十周岁以上)."""
    doc = _doc(f"重庆市残疾人保障条例\n\n第二条 本条例所称老年人，是指六十周岁以上的公民。\n\n第三十条 {text}\n", "s04.txt")
    (benefit,) = doc["programmes"]
    assert _status(doc, benefit, ON, **person) == verdict


def test_a_grant_with_what_it_costs_is_no_exclusion() -> None:
    """符合前款规定的失业人员，…可以领取一次性生活补助金，但不再享受其他失业保险待遇 (s01): another benefit and what
    taking it costs — not an exclusion that leaves every applicant of the article's benefit open."""
    doc = _doc(ZHENGZHOU_BENEFIT + "\n符合前款规定的失业人员，户籍或者经常居住地不在参保地，本人或委托他人按月领取失业保险金确有困难的，"
               "经本人书面申请，失业保险经办机构核准后，可以领取一次性生活补助金，但不再享受其他失业保险待遇。\n", "s01.txt")
    assert not [e for p in doc["programmes"] for e in p["exclusions"] if "不再享受" in e["text"]]


@pytest.mark.parametrize("born, verdict", [("2019-12-06", "ineligible"), ("2019-12-07", "possible")])
def test_a_service_provided_free_is_a_benefit(born: str, verdict: str) -> None:
    """对六周岁以下的残疾孤儿、贫困家庭残疾儿童免费提供抢救性康复 (s04): a benefit in kind for children of six and under —
    seven on the birthday is past it; whether the child is a disabled orphan is a person's to judge."""
    doc = _doc("重庆市残疾人保障条例\n\n第十一条 市、区县（自治县）人民政府应当建立和完善残疾人康复救助制度，对六周岁以下的残疾孤儿、"
               "贫困家庭残疾儿童免费提供抢救性康复。\n", "s04.txt")
    (care,) = doc["programmes"]
    assert "抢救性康复" in care["title"]
    assert _status(doc, care, ON, kind="individual", region="重庆市渝中区", born=born) == verdict


@pytest.mark.parametrize("text, titles, verdict", [
    ("在全省综合评价中被评为优秀等次的链主企业", ["全省链主企业综合评价优秀等次"], "eligible"),
    ("经复核评定为合格等级的省级夜经济集聚区", ["省级夜经济集聚区复核合格等级"], "eligible"),
    ("“限下升限上”的批零住餐企业", ["限下升限上批零住餐企业"], "eligible"),
    ("评估等级在4A、5A级的企业", ["数字化转型新型能力评估3A级"], "possible"),
    ("在全省综合评价中被评为优秀等次的链主企业", ["全省链主企业综合评价良好等次"], "possible")])
def test_a_recognition_named_in_other_words_is_the_title_held(text: str, titles: list, verdict: str) -> None:
    """在全省综合评价中被评为优秀等次的链主企业 (l16), 经复核评定为合格等级的省级夜经济集聚区 (l19): the title a profile
    holds in the same words, in another order, is the one the text names; a grade one side lacks (3A, 良好) keeps
    them apart — for a person to judge, never decided true."""
    doc = _doc(f"定西市政策措施\n\n（十）对{text}，奖励5万元。\n", "l16.txt")
    (grant,) = doc["programmes"]
    firm = {"kind": "enterprise", "region": "甘肃省定西市安定区", "legal_person": True, "titles": titles}
    assert _status(doc, grant, date(2024, 3, 1), **firm) == verdict


@pytest.mark.parametrize("place, chain", [
    ("贵州省遵义市", [("贵州省", "province"), ("遵义市", "city")]),
    ("贵州省黔东南苗族侗族自治州凯里市", [("贵州省", "province"), ("黔东南苗族侗族自治州", "city"), ("凯里市", "county")]),
    ("浙江省杭州市西湖区", [("浙江省", "province"), ("杭州市", "city"), ("西湖区", "county")])])
def test_a_province_whose_name_ends_in_zhou_is_a_province(place: str, chain: list) -> None:
    """贵州省遵义市: 贵州 followed by 省 is the province, not a prefecture named 贵州 and a place named 省遵义市."""
    from polc import places
    assert places.components(place) == chain


@pytest.mark.parametrize("region, verdict", [("贵州省遵义市", "ineligible"), ("贵州省黔东南苗族侗族自治州凯里市", "possible"),
                                             ("贵州省遵义市红花岗区", "possible")])
def test_a_government_named_by_its_level_is_that_level(region: str, verdict: str) -> None:
    """对综合排名前十的县(市、区、特区)…奖励 (l05): county-level governments — a prefecture city (遵义市) is not one,
    a county-level city (凯里市) or a district is; the ranking is for a person to check."""
    doc = _doc("贵州省加快重大项目建设扩大有效投资若干措施\n\n（二十七）加大督促激励力度。对综合排名前十的县(市、区、特区),"
               "在省级预算内投资中安排5000万元奖励支持产业配套基础设施项目。\n", "l05.txt")
    (grant,) = doc["programmes"]
    assert _status(doc, grant, date(2023, 1, 10), kind="government", region=region) == verdict
    assert _status(doc, grant, date(2023, 1, 10), kind="enterprise", region="贵州省遵义市红花岗区") == "ineligible"


JILIN_GRADUATES = ("吉林市进一步促进房地产消费若干措施\n\n十、继续开展鼓励农民、大学生购房工作\n"
                   "自2023年1月1日至2023年12月31日，农民、大学生〔毕业五年以内、全日制（包括函授全日制）本科及以上学历留吉返吉"
                   "高校毕业生〕购买的首套新建商品住房或存量住房面积在90平方米（含90平方米）以下的，政府每套补贴0.6万元；"
                   "面积在90平方米以上的，政府每套补贴1万元。\n")


@pytest.mark.parametrize("facts, verdict", [
    ({"hukou": "吉林省吉林市永吉县"}, "eligible"),  # from Jilin, back in Jilin: 返吉
    ({"hukou": "黑龙江省哈尔滨市南岗区"}, "possible"),  # 留吉 only if studied in Jilin: not in a profile
    ({"hukou": "吉林省吉林市永吉县", "region": "辽宁省沈阳市和平区", "hukou_rural": False}, "ineligible"),  # not there
    ({"hukou_rural": True, "education": "secondary", "hukou": "黑龙江省哈尔滨市南岗区"}, "eligible")])  # 农民: no origin asked
def test_a_graduate_who_stays_in_or_returns_to_the_territory(facts: dict, verdict: str) -> None:
    """农民、大学生〔…本科及以上学历留吉返吉高校毕业生〕 (l15): 留吉返吉 is said of the graduates the bracket defines —
    they are in 吉林 now, and one who returns came from there (a 户籍 there says so); one who only stays studied
    there, which no profile says.  The farmers beside them are asked none of it."""
    doc = _doc(JILIN_GRADUATES, "l15.txt")
    grant = doc["programmes"][0]
    person = {"kind": "individual", "region": "吉林省吉林市船营区", "education": "bachelor", "full_time": True,
              "graduated": "2020-07-01", "homes_owned": 0, "new_home": True, "home_purchased": "2023-06-01",
              "home_region": "吉林省吉林市船营区", **facts}
    assert _status(doc, grant, date(2023, 12, 28), **person) == verdict


@pytest.mark.parametrize("chain, text, region, hukou_alternative", [
    ("上海市", "返沪人员", "上海市", True), ("广东省广州市", "返粤创业人员", "广东省", True),
    ("吉林省吉林市", "留吉高校毕业生", "吉林省", False), ("山东省青岛市", "来青留青的博士", "山东省青岛市", None),
    ("山东省青岛市", "来青购房的博士", None, None),  # 来 alone: where the home is bought, the place rule's to say
    ("上海市", "退回上级财政的", None, None)])
def test_staying_or_returning_is_being_there(chain: str, text: str, region, hukou_alternative) -> None:
    """返沪, 返粤 (a province by its abbreviation, only the document's own), 留吉, 来青留青: the person is there; one who
    returns may show it by a 户籍 there (or a person judges); 来…留 asks nothing more; 退回上级 is no place."""
    from polc import places
    tests, _ = read_segment(Segment(text, (), tuple(places.territory([chain]))))
    regions = [t.value for t in tests if isinstance(t, FactTest) and t.fact == "region"]
    assert regions == ([(region,)] if region else [])
    tables = [t for t in tests if isinstance(t, tuple)]
    if hukou_alternative is None:
        assert not tables
    else:
        (table,) = tables
        assert table[0] == "any" and (FactTest("hukou", "in", (region,)),) in table[1] or not hukou_alternative
        assert ((),) == table[1] or hukou_alternative


def test_the_only_home_sold_asks_no_home_count() -> None:
    """出售家庭名下的唯一住房后再次购买: the only home was sold — no test that the family owns none."""
    from polc import places
    chain = tuple(places.territory(["吉林省四平市双辽市"]))
    sold, _ = read_segment(Segment("申请人出售家庭名下的唯一住房后再次购买商品住房", (), chain))
    bought, _ = read_segment(Segment("申请人购买的住房应当属于家庭在城市规划区内的唯一住房", (), chain))
    assert not [t for t in sold if isinstance(t, FactTest) and t.fact == "homes_owned"]
    assert FactTest("homes_owned", "==", 0) in bought


@pytest.mark.parametrize("text, homes, verdict", [
    ("申请人购买的住房应当属于家庭(成员范围包括购房人、配偶以及未成年子女)在城市规划区内国有土地上的唯一住房。", 1, "ineligible"),
    ("申请人购买的住房应当属于家庭(成员范围包括购房人、配偶以及未成年子女)在城市规划区内国有土地上的唯一住房。", 0, "possible"),
    ("申请人出售家庭名下的唯一住房后再次购买商品住房的，视同首套。", 1, "possible")])
def test_the_only_home_of_the_family_is_no_home_owned_before(text: str, homes: int, verdict: str) -> None:
    """应当属于家庭…的唯一住房 (g07): the home bought is the family's only one — a family that owns one already
    fails; where in the city it lies stays for a person.  The only home sold (出售…唯一住房后) asks nothing of it."""
    doc = _doc(f"双辽市鼓励农民进城购房补贴实施意见\n\n二、申请条件\n\n(一)申请人户籍所在地为农村。\n\n(二){text}\n\n"
               "三、优惠政策\n\n(一)对于符合条件的农民在双辽市城区内购买商品住房，给予1万元补贴。\n", "g07.txt")
    farmer = {"kind": "individual", "region": "吉林省四平市双辽市", "hukou_rural": True, "homes_owned": homes,
              "new_home": True, "home_purchased": "2023-03-03", "home_region": "吉林省四平市双辽市"}
    assert _status(doc, doc["programmes"][0], date(2023, 4, 1), **farmer) == verdict


XIUSHUI = """修水县招商引资项目准入条件和优惠政策

一、项目准入基本条件

(一)项目必须符合国家产业政策。

(二)项目投资方在投资协议签订后必须在修水县注册具有独立核算法人资格的一般纳税人企业。

二、项目引进优惠政策

(一)人才奖励政策

1.对全职新引进(签订3年以上劳动合同、参加城镇基本养老保险或城镇职工基本医疗保险且缴费满6个月、在修水申报缴纳个人所得税,下同)全日制博士研究生,三年内每人每月给予3000元生活补助。

2.对首次将户口迁移至修水(含集体户口)的35周岁以下全日制高校毕业生(含高级工班毕业生),给予每人1000元落户奖励。

3.对企业新引进的工作一年以上的博士研究生、全日制高校本科毕业生,在修水购买首套房的,分别给予最高10万元、5万元购房补贴。

三、其他事项

(一)本准入条件和优惠政策所涉及的企业是指新引进注册地和税收登记地在修水县的企业,不适用于在我县投资的资源开发性企业。
"""
XIUSHUI_GRADUATE = {"kind": "individual", "region": "江西省九江市修水县", "hukou": "江西省九江市修水县", "born": "1992-01-01",
                    "education": "bachelor", "full_time": True, "graduated": "2015-06-30", "employed": True,
                    "social_insurance_months": 36, "homes_owned": 0, "new_home": True, "home_purchased": "2026-03-01",
                    "home_region": "江西省九江市修水县"}


def _xiushui(phrase: str) -> tuple[dict, dict]:
    doc = _doc(XIUSHUI, "l08.txt")
    return doc, next(p for p in doc["programmes"] if phrase in p["title"])


def test_a_guide_for_investors_does_not_bind_a_grant_to_persons() -> None:
    """项目投资方…必须在修水县注册…企业 (l08) binds the grants to investors, not the 落户奖励 for graduates — a person
    is no enterprise; whether the 户籍 moved there for the first time is a person's to judge.  不适用于…企业 says
    whom the text is not for: no applicant is asked to be one."""
    doc, grant = _xiushui("落户奖励")
    assert _status(doc, grant, ON, **{**XIUSHUI_GRADUATE, "born": "1995-01-01"}) == "possible"
    assert not [c for p in doc["programmes"] for part in ("applicants", "logic") for c in _conditions(p[part])
                if "资源开发性" in c["text"]]


def test_what_leads_a_list_of_graduates_is_said_of_each() -> None:
    """企业新引进的工作一年以上的博士研究生、全日制高校本科毕业生 (l08): whether the hire is 新引进 and a year at work
    binds the bachelor as much as the doctor — never decided true by the bachelor's degree alone.  The employer
    (企业新引进) is not the applicant."""
    doc, grant = _xiushui("购房补贴")
    assert _status(doc, grant, ON, **XIUSHUI_GRADUATE) == "possible"
    assert _status(doc, grant, ON, **{**XIUSHUI_GRADUATE, "education": "junior_college"}) == "ineligible"


def test_an_or_inside_a_bracket_does_not_cut_the_sentence() -> None:
    """全职新引进(…参加城镇基本养老保险或城镇职工基本医疗保险且缴费满6个月…)全日制博士研究生 (l08): the 或 joins two
    insurances inside the bracket; four months paid fails the six the bracket asks."""
    doc, grant = _xiushui("生活补助")
    doctor = {**XIUSHUI_GRADUATE, "education": "doctor"}
    assert _status(doc, grant, ON, **{**doctor, "social_insurance_months": 4}) == "ineligible"
    assert _status(doc, grant, ON, **doctor) == "possible"


@pytest.mark.parametrize("text, kind, verdict", [
    ("对企业招用毕业年度高校毕业生，签订劳动合同并参加失业保险的，按每人1000元给予一次性吸纳就业补贴。", "enterprise", "possible"),
    ("对企业新引进的博士研究生、全日制高校本科毕业生,在沈阳购买首套房的,分别给予最高10万元、5万元购房补贴。", "enterprise",
     "ineligible"),
    ("对企业新引进的博士研究生、全日制高校本科毕业生,在沈阳购买首套房的,分别给予最高10万元、5万元购房补贴。", "individual",
     "not ineligible")])
def test_the_employer_that_brings_a_person_in_is_the_applicant_only_when_it_is_the_subject(text: str, kind: str,
                                                                                         verdict: str) -> None:
    """企业招用…毕业生…的 (g10): the enterprise hires and is paid; 企业新引进的…博士研究生 (l08): the doctor the
    enterprise brought in is paid, not the enterprise."""
    doc = _doc(f"沈阳市促进高校毕业生就业政策措施\n\n一、{text}\n", "g10.txt")
    grant = doc["programmes"][0]
    facts = {"kind": kind, "region": "辽宁省沈阳市和平区", "legal_person": True} if kind == "enterprise" else \
        {"kind": kind, "region": "辽宁省沈阳市和平区", "education": "doctor", "full_time": True, "employed": True}
    got = _status(doc, grant, ON, **facts)
    assert got != "ineligible" if verdict == "not ineligible" else got == verdict


@pytest.mark.parametrize("chain, text, want", [
    ("广东省", "不具有本省户籍的失业人员", FactTest("hukou", "not in", ("广东省",))),
    ("广东省广州市", "无本市户籍的人员", FactTest("hukou", "not in", ("广东省广州市",))),
    ("广东省", "具有本省户籍的失业人员", FactTest("hukou", "in", ("广东省",))),
    ("广东省", "参加失业保险的职工", FactTest("social_insurance_months", ">=", 1, "月"))])
def test_a_hukou_one_does_not_have_and_the_insurance_of_the_insured(chain: str, text: str, want) -> None:
    """不具有本省户籍的失业人员 (s02): a 户籍 outside the province — never read as one inside it; 参加失业保险的职工:
    the applicant is the insured employee, not an employer paying for staff."""
    from polc import places
    tests, left = read_segment(Segment(text, (), tuple(places.territory([chain]))))
    assert want in tests and not left


@pytest.mark.parametrize("text, title", [
    ("第三十七条 士官家属符合随军条件未随军的，由军队发给分居补助费和医疗补助费。", "发给分居补助费"),
    ("2.首套房购房补贴200元/m2,补贴金额不超过2万元。", "补贴金额不超过2万元")])
def test_an_allowance_noun_is_not_the_verb_of_the_title(text: str, title: str) -> None:
    """分居补助费, 补贴金额: 补助 or 补贴 inside a noun is no grant verb — the title says what is given, not
    its tail (…：费和医疗补助费, …：金额不超过2万元)."""
    doc = _doc(f"某市政策\n\n{text}\n", "x.txt")
    assert any(p["title"].endswith(title) for p in doc["programmes"]), [p["title"] for p in doc["programmes"]]


@pytest.mark.parametrize("text, hukou, verdict", [
    ("夫妻双方至少一方具有本区户籍", "浙江省温州市鹿城区", "possible"),  # the spouse may hold it
    ("家庭成员中至少有一人具有本区户籍", "浙江省温州市鹿城区", "possible"),
    ("夫妻双方至少一方具有本区户籍", "浙江省温州市瓯海区", "eligible"),
    ("夫妻双方均为本区户籍", "浙江省温州市鹿城区", "ineligible"),  # both: the applicant's own fails
    ("家庭中有未成年子女", "浙江省温州市瓯海区", "possible")])  # a minor child: no fact says so, never dropped
def test_a_hukou_either_spouse_may_hold_and_a_minor_child(text: str, hukou: str, verdict: str) -> None:
    """夫妻双方至少一方具有本区户籍 (a 二孩三孩 purchase subsidy): the applicant's own 户籍 elsewhere leaves it to the
    spouse's — open, not failed; 家庭中有未成年子女 stays a condition a person checks."""
    doc = _doc(f"瓯海区购房补贴实施细则\n\n一、补贴对象\n\n在本区购买新建商品住房，且{text}的家庭，给予每套3万元补贴。\n",
               "浙江省温州市瓯海区/细则.txt")
    person = {"kind": "individual", "region": "浙江省温州市瓯海区", "hukou": hukou, "new_home": True,
              "home_purchased": "2026-03-01", "home_region": "浙江省温州市瓯海区"}
    assert _status(doc, doc["programmes"][0], ON, **person) == verdict


@pytest.mark.parametrize("text", ["并有求职要求的", "依法纳税", "重点企业人才", "纯老家庭（含孤寡、独居、农村留守）人员",
                                  "购买非住宅商品房（如门面房、公寓、写字楼等）", "家庭中有未成年子女"])
def test_a_short_condition_is_never_read_away(text: str) -> None:
    """并有求职要求的 (s02), 依法纳税 (g03), 重点企业人才 (g20), 纯老家庭 (l07), 购买非住宅商品房 (l04): two characters
    left after the filler words are still a condition — a person judges it; it is not dropped as filler."""
    from polc import places
    _, left = read_segment(Segment(text, (), tuple(places.territory(["广东省广州市"]))))
    assert left


@pytest.mark.parametrize("children, verdict", [(1, "possible"), (2, "eligible")])
def test_a_family_group_beside_a_talent_group_is_one_way_in(children: int, verdict: str) -> None:
    """多子女家庭、引进人才购房 / 二孩、三孩家庭和…人才 (l04): the families' children are asked of the families — a parent
    of one child may still come in as a talent (open), never failed for the family's count."""
    doc = _doc("安阳市促进房地产市场平稳健康发展的意见\n\n（五）对多子女家庭、引进人才购买首套新建商品住房的，给予每套3万元补贴。\n",
               "河南省安阳市/意见.txt")
    person = {"kind": "individual", "region": "河南省安阳市文峰区", "children": children, "homes_owned": 0, "new_home": True,
              "home_purchased": "2026-03-01", "home_region": "河南省安阳市文峰区"}
    assert _status(doc, doc["programmes"][0], ON, **person) == verdict


@pytest.mark.parametrize("text, facts, verdict", [
    ("首次购买新建商品住房的家庭", {"homes_owned": 1}, "ineligible"),  # 首次…购买新建…: no home before
    ("首次购买新建商品住房的家庭", {"homes_owned": 0}, "eligible"),
    ("首次在本市购买新建商品住房的家庭", {"homes_owned": 1}, "ineligible")])
def test_a_first_purchase_of_a_new_home_is_no_home_before(text: str, facts: dict, verdict: str) -> None:
    """首次购买新建商品住房 (g09 在我市首次购买新建商品住宅): the first home bought — one owned before fails."""
    doc = _doc(f"安阳市购房补贴办法\n\n一、对{text}，给予每套1万元补贴。\n", "河南省安阳市/办法.txt")
    person = {"kind": "individual", "region": "河南省安阳市文峰区", "new_home": True, "home_purchased": "2022-06-01",
              "home_region": "河南省安阳市文峰区", **facts}
    assert _status(doc, doc["programmes"][0], ON, **person) == verdict


HUAIAN = ("淮安市加强人才安居保障工作实施意见\n\n（四）我市民办非企业引进的博士研究生(正高级职称)以上人才、硕士研究生(副高级职称、高级技师)，"
          "在我市首次购买新建商品住房的，分别给予15万元、10万元购房补贴。\n")


@pytest.mark.parametrize("facts, verdict", [
    ({"education": "doctor", "titles": []}, "possible"),  # a doctor without the 正高 title: the degree will do
    ({"education": "bachelor", "titles": ["正高级职称"]}, "possible"),  # the title will do
    ({"education": "bachelor", "titles": ["高级技师"]}, "possible"),
    ({"education": "bachelor", "titles": []}, "ineligible"),  # neither degree nor title
    ({"education": "junior_college", "titles": ["中级职称"]}, "ineligible"),
    ({"education": "doctor", "titles": [], "employer_kind": "enterprise"}, "ineligible"),  # not a 民办非企业's talent
    ({"education": "doctor", "titles": [], "employer_kind": "social_org"}, "eligible")])
def test_a_degree_or_the_title_its_bracket_names(facts: dict, verdict: str) -> None:
    """博士研究生(正高级职称)以上人才、硕士研究生(副高级职称、高级技师) (g06): the bracket names the title equal to the
    degree — either will do, not both; a bachelor holding neither is out.  The talent a 民办非企业 brought in:
    an enterprise's talent is not."""
    doc = _doc(HUAIAN, "江苏省淮安市/意见.txt")
    person = {"kind": "individual", "region": "江苏省淮安市清江浦区", "employed": True, "homes_owned": 0, "new_home": True,
              "home_purchased": "2026-03-01", "home_region": "江苏省淮安市清江浦区", **facts}
    assert _status(doc, doc["programmes"][0], ON, **person) == verdict


def test_a_bracket_that_widens_a_degree_names_no_title() -> None:
    """全日制大专(包括高级工班毕业生,下同) (l08): the bracket says who else counts as a graduate — no title asked."""
    from polc import places
    tests, _ = read_segment(Segment("博士研究生、全日制大专(包括高级工班毕业生,下同)", (), tuple(places.territory(["江西省九江市修水县"]))))
    assert not [t for t in tests if isinstance(t, tuple)] and FactTest("education", "in", ("doctor", "junior_college")) in tests


@pytest.mark.parametrize("facts, verdict", [({"education": "doctor", "titles": []}, "possible"),
                                            ({"education": "master", "titles": ["正高级职称"]}, "possible"),
                                            ({"education": "master", "titles": []}, "ineligible")])
def test_a_single_degree_or_its_title(facts: dict, verdict: str) -> None:
    """我市事业单位引进的博士研究生(正高级职称)以上人才 (g06 item 4): a doctor without the title is not failed for it."""
    doc = _doc("淮安市加强人才安居保障工作实施意见\n\n（五）我市事业单位引进的博士研究生(正高级职称)以上人才，在我市首次购买新建商品住房的，"
               "给予10万元购房补贴。\n", "江苏省淮安市/意见.txt")
    person = {"kind": "individual", "region": "江苏省淮安市清江浦区", "employed": True, "homes_owned": 0, "new_home": True,
              "home_purchased": "2026-03-01", "home_region": "江苏省淮安市清江浦区", **facts}
    assert _status(doc, doc["programmes"][0], ON, **person) == verdict


@pytest.mark.parametrize("employer, verdict", [("public_institution", "possible"), ("enterprise", "ineligible"),
                                             ("social_org", "ineligible")])
def test_the_employer_that_brought_the_talent_in(employer: str, verdict: str) -> None:
    """我市事业单位(不含参公事业单位)引进的博士研究生(正高级职称)以上人才 (g06): the talent a public institution
    brought in — one working for an enterprise is in another of the text's lists, not this one."""
    doc = _doc("淮安市加强人才安居保障工作实施意见\n\n（五）我市事业单位(不含参公事业单位)引进的博士研究生(正高级职称)以上人才，"
               "在我市首次购买新建商品住房的，给予10万元购房补贴。\n", "江苏省淮安市/意见.txt")
    person = {"kind": "individual", "region": "江苏省淮安市清江浦区", "employed": True, "employer_kind": employer,
              "education": "doctor", "homes_owned": 0, "new_home": True, "home_purchased": "2026-03-01",
              "home_region": "江苏省淮安市清江浦区"}
    assert _status(doc, doc["programmes"][0], ON, **person) == verdict


@pytest.mark.parametrize("text, want, left", [
    ("硕士研究生(副高级职称)以上人才", ("any", ((FactTest("education", ">=", "master"),), (FactTest("titles", "has", ("副高级职称",)),))),
     False),
    ("在淮就业创业的博士研究生、硕士研究生",  # the lead's either-or binds both groups, not the first only
     ("any", ((FactTest("employed", "==", True),), (FactTest("entrepreneur", "==", True),))), False),
    ("大学生（全日制本科及以上学历）", FactTest("education", ">=", "junior_college"), False),
    ("申请租赁人才公寓的人才及其配偶、未成年子女没有在淮安市通过购买、受赠、继承或其他途径获得自有产权住房所有权",
     FactTest("homes_owned", "==", 0), False)])
def test_what_a_segment_says_of_whom(text: str, want, left: bool) -> None:
    """以上 after a degree and its title (≥ master); a lead's table stays with every group; 大学生 is a graduate of
    higher education; who applies named by what they apply for asks nothing (g20)."""
    from polc import places
    tests, rest = read_segment(Segment(text, (), tuple(places.territory(["江苏省淮安市"]))))
    assert want in tests and bool(rest) == left, tests


@pytest.mark.parametrize("home, verdict", [("湖北省孝感市安陆市", "ineligible"), ("湖北省孝感市孝南区", "possible")])
def test_the_area_a_guides_title_names_is_where_the_home_is(home: str, verdict: str) -> None:
    """中心城区购房补贴申报办事指南 of 孝感市 (l18): the homes are in the city's 中心城区 — a home in 安陆市, a county-level
    city, is not; which districts the 中心城区 takes in, the text's boundaries say (a person checks)."""
    doc = _doc("孝感市中心城区购房补贴申报办事指南\n\n一、申报条件\n\n1.购房区域:东至京港澳高速,南至府河,西至澴河,北至三河连通渠。\n\n"
               "二、补贴标准\n\n1.对购买首套新建商品住房的,按200元/m2给予购房补贴,补贴金额不超过2万元。\n\n"
               "2.对符合生育政策的多孩家庭购买新建商品住房的,给予3万元购房补贴。\n", "湖北省孝感市/指南.txt")
    grant = next(p for p in doc["programmes"] if "首套" in p["title"])
    buyer = {"kind": "individual", "region": "湖北省孝感市孝南区", "homes_owned": 0, "new_home": True,
             "home_purchased": "2024-04-18", "home_region": home}
    assert _status(doc, grant, date(2024, 5, 20), **buyer) == verdict


@pytest.mark.parametrize("text, area, verdict", [
    ("且购买商品房住房面积在144平方米以下（不含144平方米）", 143.5, "eligible"),
    ("且购买商品房住房面积在144平方米以下（不含144平方米）", 144, "ineligible"),  # 不含: the number is out
    ("且购买新建商品住房单套建筑面积140平方米以上", 140, "eligible"),  # 以上 includes the number
    ("且购买新建商品住房单套建筑面积140平方米以上", 139, "ineligible"),
    ("且购买新建商品住房面积超过140平方米（含140平方米）", 140, "eligible"),  # （含） takes the number in
    ("且购买新建商品住房面积不超过144m2(多孩家庭购房不限面积)", 160, "possible"),  # lifted for some: a person judges
    ("且购买新建商品住房面积在90平方米以下的补贴1万元，面积在90平方米以上的补贴2万元", 160, "eligible")])  # tiers: no limit
def test_the_floor_area_of_the_home_bought(text: str, area: float, verdict: str) -> None:
    """购买…面积在144平方米以下（不含144平方米） (l11), 新购商品住房单套建筑面积140平方米以上 (l21), 面积不超过144m2 (l18):
    `home_area` against the bound, 以上/以下 with the number and 不含 without it; areas that choose the amount ask
    nothing; a limit the text lifts for some groups (不限面积) leaves a failed one to a person."""
    doc = _doc(f"滁州市购房补贴办法\n\n一、对在本市首次购买新建商品住房{text}的家庭，给予每套1万元补贴。\n", "安徽省滁州市/办法.txt")
    person = {"kind": "individual", "region": "安徽省滁州市琅琊区", "homes_owned": 0, "new_home": True,
              "home_purchased": "2026-03-01", "home_region": "安徽省滁州市琅琊区", "home_area": area}
    assert _status(doc, doc["programmes"][0], ON, **person) == verdict


@pytest.mark.parametrize("text", ["新建项目的建筑面积不少于3000平方米", "营业面积5000平方米（含）以上百货、购物中心"])
def test_an_area_that_is_not_of_a_home_bought_is_no_home_area(text: str) -> None:
    """新建项目的建筑面积不少于3000平方米 (l10), 营业面积5000平方米以上 (l22): a project's or a shop's area, not the home's."""
    from polc import places
    tests, _ = read_segment(Segment(text, (), tuple(places.territory(["浙江省宁波市慈溪市"]))))
    assert not [t for t in tests if isinstance(t, FactTest) and t.fact == "home_area"]


def test_areas_that_choose_the_amount_are_no_limit() -> None:
    """面积为90平方米及以下的，减按1%…；面积为90平方米以上的，减按1.5%… (l14): each area says how much, not who may."""
    from polc import places
    sentence = "购买面积为90平方米及以下的，减按1%的税率征收契税；面积为90平方米以上的，减按1.5%的税率征收契税"
    tests, _ = read_segment(Segment("购买面积为90平方米及以下的", (), tuple(places.territory(["辽宁省沈阳市"])),
                                    full_sentence=sentence))
    assert not [t for t in tests if isinstance(t, FactTest) and t.fact == "home_area"]


@pytest.mark.parametrize("text, bought, verdict", [
    ("在2023年度内购买首套新建商品住房", "2023-12-31", "eligible"),  # a year: each of its days
    ("在2023年度内购买首套新建商品住房", "2024-01-01", "ineligible"),
    ("2023年购买首套新建商品住房", "2023-01-01", "eligible"),
    ("2023年购买首套新建商品住房", "2022-12-31", "ineligible"),
    ("2023年6月至2024年2月购买首套新建商品住房", "2024-02-29", "eligible"),  # a month: to its last day
    ("2023年6月至2024年2月购买首套新建商品住房", "2023-05-31", "ineligible"),
    ("2024年底前购买首套新建商品住房", "2024-12-31", "eligible"),  # 年底前: the year's last day counts
    ("2024年底前购买首套新建商品住房", "2025-01-01", "ineligible"),
    ("2024年以后购买首套新建商品住房", "2023-12-31", "ineligible"),  # a year, not a time counted from a point
    ("自2023年3月1日起一年内购买首套新建商品住房", "2024-02-29", "eligible"),  # 起N年内: N years from the day
    ("自2023年3月1日起一年内购买首套新建商品住房", "2024-03-01", "ineligible"),
    ("自2023年3月1日起6个月内购买首套新建商品住房", "2023-09-01", "ineligible")])
def test_a_year_or_a_month_bounds_the_purchase(text: str, bought: str, verdict: str) -> None:
    """A purchase window of whole years or months (在2023年度内购买, 2023年6月至2024年2月), one that ends with the year
    (2024年底前) and one counted from a day (自2023年3月1日起一年内) bound `home_purchased`; a year that names the grant
    (2023年购房契税补贴) bounds nothing."""
    doc = _doc(f"滁州市购房补贴办法\n\n一、对{text}的家庭，给予每套1万元补贴。\n", "安徽省滁州市/办法.txt")
    person = {"kind": "individual", "region": "安徽省滁州市琅琊区", "homes_owned": 0, "new_home": True,
              "home_purchased": bought, "home_region": "安徽省滁州市琅琊区"}
    assert _status(doc, doc["programmes"][0], date(2025, 3, 1), **person) == verdict


def test_a_year_that_names_the_grant_bounds_no_purchase() -> None:
    """2023年购房契税补贴申报对象 (the heading of a 2023 call, g19's kind): the year names the grant; the homes may have
    been bought in another."""
    doc = _doc("滁州市购房补贴办法\n\n一、2023年购房契税补贴申报对象\n\n对购买首套新建商品住房的家庭，给予每套1万元补贴。\n",
               "安徽省滁州市/办法.txt")
    assert not [t for p in doc["programmes"] for t in _tests(p["logic"]) if t["fact"] == "home_purchased"]
    assert not [t for p in doc["programmes"] for t in _tests(p["applicants"]) if t["fact"] == "home_purchased"]


@pytest.mark.parametrize("text", ["对2024年—2025年期间购置的新能源汽车免征购置税", "2023年(含)以来，在住房和城乡建设领域未出现重大事故",
                                  "对2025年购置居家适老化改造产品的给予补贴"])
def test_a_purchase_of_no_home_is_no_home_purchased(text: str) -> None:
    """购置的新能源汽车 (l19), 住房和城乡建设领域 (g17), 购置居家适老化改造产品 (l21): no home is bought."""
    doc = _doc(f"河南省若干政策措施\n\n一、{text}，每件1万元。\n", "河南省/措施.txt")
    assert not [t for p in doc["programmes"] for t in _tests(p["logic"]) if t["fact"] == "home_purchased"]


@pytest.mark.parametrize("home, verdict", [("湖北省襄阳市樊城区", "eligible"), ("湖北省襄阳市襄州区", "eligible"),
                                           ("湖北省襄阳市老河口市", "ineligible"), ("湖北省襄阳市南漳县", "ineligible")])
def test_an_area_the_text_lists_in_a_bracket_is_those_places(home: str, verdict: str) -> None:
    """补贴范围为襄阳市中心城区（襄城区、樊城区、襄州区）, said once: 在中心城区购买 elsewhere in the text means a home in one
    of those districts (g25's 江门市区范围(蓬江区、江海区、新会区) is the same form)."""
    doc = _doc("襄阳市购房补贴实施细则\n\n一、补贴范围为襄阳市中心城区（襄城区、樊城区、襄州区）。\n\n"
               "二、在中心城区购买新建商品住房的，给予每套1万元补贴。\n", "湖北省襄阳市/细则.txt")
    grant = next(p for p in doc["programmes"] if "中心城区购买" in p["title"])
    buyer = {"kind": "individual", "region": home, "new_home": True, "home_purchased": "2026-03-01", "home_region": home}
    assert _status(doc, grant, ON, **buyer) == verdict


@pytest.mark.parametrize("definition, home, verdict", [
    ("中心城区具体范围为襄城区、樊城区。", "湖北省襄阳市樊城区", "eligible"),
    ("中心城区具体范围为襄城区、樊城区。", "湖北省襄阳市襄州区", "ineligible"),
    ("中心城区的范围是襄城区、樊城区。", "湖北省襄阳市襄州区", "ineligible"),
    ("中心城区指襄城区、樊城区、鱼梁洲管理区行政区域范围。", "湖北省襄阳市樊城区", "eligible"),
    # zones the list adds without naming them: a district it does not name may be in one
    ("中心城区范围内(含襄城区、樊城区以及各园区管委会,以下简称“中心城区”)。", "湖北省襄阳市樊城区", "eligible"),
    ("中心城区范围内(含襄城区、樊城区以及各园区管委会,以下简称“中心城区”)。", "湖北省襄阳市襄州区", "possible"),
    ("中心城区范围内(含襄城区、樊城区以及各园区管委会,以下简称“中心城区”)。", "湖北省襄阳市南漳县", "ineligible")])
def test_the_ways_a_text_defines_its_central_area(definition: str, home: str, verdict: str) -> None:
    """中心城区具体范围为…, 中心城区的范围是…, …行政区域范围, and g05's 中心城区范围内(含江阳区、龙马潭区、纳溪区以及各园区
    管委会,以下简称…): the places 在中心城区购买 asks for."""
    doc = _doc(f"襄阳市中心城区购房补贴实施细则\n\n一、{definition}\n\n二、在中心城区购买新建商品住房的，给予每套1万元补贴。\n",
               "湖北省襄阳市/细则.txt")
    grant = next(p for p in doc["programmes"] if "中心城区购买" in p["title"])
    buyer = {"kind": "individual", "region": home, "new_home": True, "home_purchased": "2026-03-01", "home_region": home}
    assert _status(doc, grant, ON, **buyer) == verdict


def test_a_part_of_the_central_area_is_not_the_area() -> None:
    """g05: 中心城区 is defined as three districts, but the homes must be in its 建设用地范围 (中心半岛、城北组团…), which
    a district does not settle."""
    doc = _doc("泸州市人才住房保障实施细则\n\n一、中心城区范围内(含江阳区、龙马潭区、纳溪区以及各园区管委会,以下简称“中心城区”)。\n\n"
               "二、在泸州市中心城区建设用地范围包括中心半岛、城北组团购买首套新建商品住房的，给予每套1万元补贴。\n",
               "四川省泸州市/细则.txt")
    grant = next(p for p in doc["programmes"] if "购买" in p["title"])
    (home,) = [t["value"] for t in _tests(grant["logic"]) if t["fact"] == "home_region"]
    assert home == ["泸州市（中心城区）"]


@pytest.mark.parametrize("facts, verdict", [({"hired": "2020-03-01", "employed": True}, "eligible"),
                                            ({"hired": "2019-05-31", "employed": True}, "ineligible"),
                                            ({"hired": "2020-03-01", "employed": False}, "ineligible")])
def test_coming_to_the_city_for_a_first_job_on_or_after_a_day(facts: dict, verdict: str) -> None:
    """2019年6月1日后首次来青工作 (the wording of 首次来烟就业 with 工作): hired on or after that day, and employed."""
    doc = _doc("青岛市购房补贴实施细则\n\n一、2019年6月1日后首次来青工作的全日制硕士研究生，在本市购买首套新建商品住房的，给予每套5万元补贴。\n",
               "山东省青岛市/细则.txt")
    person = {"kind": "individual", "region": "山东省青岛市市南区", "education": "master", "full_time": True,
              "homes_owned": 0, "new_home": True, "home_purchased": "2026-03-01", "home_region": "山东省青岛市市南区", **facts}
    assert _status(doc, doc["programmes"][0], ON, **person) == verdict


@pytest.mark.parametrize("hukou, verdict", [("浙江省温州市瓯海区", "eligible"), ("浙江省温州市鹿城区", "ineligible")])
def test_the_hukou_of_a_family_with_children_is_the_applicants(hukou: str, verdict: str) -> None:
    """生育二孩、三孩的瓯海户籍家庭: the 户籍 is the family's (户籍家庭), not the children's, though 二孩、三孩 come before it."""
    doc = _doc("瓯海区二孩三孩家庭购房补贴实施细则\n\n一、对生育二孩、三孩的瓯海户籍家庭，在瓯海区范围内购买新建商品住房的，给予每套3万元补贴。\n",
               "浙江省温州市瓯海区/细则.txt")
    family = {"kind": "individual", "region": "浙江省温州市瓯海区", "hukou": hukou, "children": 2, "new_home": True,
              "home_purchased": "2026-03-01", "home_region": "浙江省温州市瓯海区"}
    assert _status(doc, doc["programmes"][0], ON, **family) == verdict


def test_anothers_hukou_is_left_to_a_person_not_read_away() -> None:
    """父母均已取得本市常住户口的毕业生 (g03), 子女户籍在本区: another's 户籍 is no test of the applicant's, and no
    condition met either — a person checks it."""
    from polc import places
    for text in ("父母均已取得本市常住户口的毕业生", "子女户籍在本区"):
        tests, rest = read_segment(Segment(text, (), tuple(places.territory(["北京市"]))))
        assert not [t for t in tests if isinstance(t, FactTest) and t.fact == "hukou"]
        assert rest or ("any", ((),)) in tests, (text, tests)


@pytest.mark.parametrize("section, on, verdict", [
    ("三、申报时间\n\n2025年1月1日至2025年3月31日。", date(2025, 4, 1), "ineligible"),  # the period under its heading
    ("三、申报时间\n\n2025年1月1日至2025年3月31日。", date(2025, 3, 31), "eligible"),
    ("三、申请时间\n\n申请人应于2025年1月1日至2025年3月31日期间提出申请。", date(2025, 4, 1), "ineligible"),
    ("三、受理时间\n\n2025年1月1日至3月31日（工作日）。", date(2025, 4, 1), "ineligible"),
    # the period of the purchase, with 申请人 after it: no deadline
    ("三、其他\n\n2025年1月1日至2025年3月31日期间，申请人在呈贡区购买的，优先办理。", date(2025, 4, 1), "eligible"),
    ("三、其他\n\n2025年1月1日至2025年3月31日期间申请人在呈贡区购买的，优先办理。", date(2025, 4, 1), "eligible")])
def test_the_period_to_apply_in_under_its_heading(section: str, on: date, verdict: str) -> None:
    """三、申报时间 / 2025年1月1日至2025年3月31日。 and 应于…期间提出申请: the end of the period closes the programme; a
    period followed by 申请人 (the applicant) is no period to apply in."""
    doc = _doc("昆明市呈贡区2024年购房契税补贴申报公告\n\n一、补贴对象\n\n在呈贡区范围内购买新建商品住房的购房人。\n\n"
               f"二、补贴标准\n\n按照购房人实际缴纳契税的50%给予补贴。\n\n{section}\n", "云南省昆明市呈贡区/公告.txt")
    buyer = {"kind": "individual", "region": "云南省昆明市呈贡区", "home_region": "云南省昆明市呈贡区", "new_home": True,
             "home_purchased": "2024-05-01"}
    assert _status(doc, doc["programmes"][0], on, **buyer) == verdict


def test_a_yearly_duty_of_a_licence_holder_is_no_period_to_apply_in() -> None:
    """证券、期货投资咨询机构应当于每年1月1日至4月30日期间向地方证管办(证监会)申请办理年检 (a statute of corpus-ext): the
    licence is not closed for the year when its holders' inspection window has passed."""
    doc = _doc("投资咨询管理暂行办法\n\n第一条 申请证券投资咨询从业资格的机构，应当具备下列条件：\n（一）注册资本不低于100万元；\n"
               "（二）有固定的业务场所。\n\n第二条 证券投资咨询机构应当于每年1月1日至4月30日期间向地方证管办(证监会)申请办理年检。\n",
               "北京市/办法.txt")
    assert all(p["deadline"] is None for p in doc["programmes"])


QINGDAO_ROWS = ("青岛市硕博研究生购房补贴实施细则\n\n一、申请条件\n\n具有全日制本科及以上学历学位。\n\n二、补贴标准\n\n{rows}\n")


@pytest.mark.parametrize("rows", ["博士研究生补贴10万元，硕士研究生补贴5万元。", "对博士研究生给予10万元补贴，对硕士研究生给予5万元补贴。",
                                  "博士研究生每人补贴10万元；硕士研究生每人补贴5万元。"])
@pytest.mark.parametrize("education, verdict", [("master", "eligible"), ("doctor", "eligible"), ("bachelor", "ineligible")])
def test_a_sentence_that_pays_each_group_its_amount(rows: str, education: str, verdict: str) -> None:
    """博士研究生补贴10万元，硕士研究生补贴5万元: either group is paid (a master was ineligible: the first row's group
    was read as a condition of the guide, the second row dropped); each row is a programme of its own."""
    doc = _doc(QINGDAO_ROWS.format(rows=rows), "山东省青岛市/细则.txt")
    person = {"kind": "individual", "region": "山东省青岛市市南区", "education": education, "full_time": True}
    guide = next(p for p in doc["programmes"] if p["title"] == "青岛市硕博研究生购房补贴实施细则")
    assert _status(doc, guide, ON, **person) == verdict
    titles = sorted(p["title"] for p in doc["programmes"] if p is not guide)
    assert titles == [t for t in titles if t.startswith(("博士研究生：", "硕士研究生："))] and len(titles) == 2, titles


@pytest.mark.parametrize("sentence, titles", [
    ("被评为五星级的给予10万元，四星级的给予5万元。", ["被评为五星级：10万元", "四星级：5万元"]),
    ("中国专利奖评选获奖的奖励20万元,省级专利奖评选获奖的奖励10万元。", ["中国专利奖评选获奖：20万元", "省级专利奖评选获奖：10万元"]),
    ("面积在90平方米以下的补贴1万元，面积在90平方米以上的补贴2万元。", [])])  # a quantity picks the amount: no rows
def test_the_rows_of_a_sentence_of_amounts_are_titled_by_their_groups(sentence: str, titles: list) -> None:
    """l07's 星级 rows and l08's 专利奖 rows: a programme per row, titled by its group and its amount."""
    from polc import grant_sentence as G
    assert (G.amount_rows(sentence) is not None) == bool(titles)
    doc = _doc(f"修水县优惠政策\n\n一、{sentence}\n", "江西省九江市修水县/政策.txt")
    assert [t for t in titles if t not in {p["title"] for p in doc["programmes"]}] == []


@pytest.mark.parametrize("limit", ["年龄在40周岁以下（博士）、35周岁以下（硕士）", "年龄不超过35周岁（博士研究生不超过40周岁）",
                                   "年龄35周岁以下（博士研究生40周岁以下）"])
@pytest.mark.parametrize("education, born, verdict", [("doctor", "1988-01-01", "eligible"),  # 38: inside a doctor's 40
                                                      ("master", "1988-01-01", "ineligible"),  # 38: past a master's 35
                                                      ("master", "1992-01-01", "eligible"),
                                                      ("doctor", "1984-01-01", "ineligible")])  # 42
def test_an_age_limit_whose_degree_is_in_a_bracket(limit: str, education: str, born: str, verdict: str) -> None:
    """40周岁以下（博士）、35周岁以下（硕士） and 不超过35周岁（博士研究生不超过40周岁）: the degree picks the limit — a doctor
    of 38 was ineligible (both limits asked of everyone), and the second form asked a doctorate of everyone."""
    doc = _doc(f"青岛市人才购房补贴实施细则\n\n一、全日制硕士、博士研究生，{limit}，在本市购买首套新建商品住房的，给予每套5万元补贴。\n",
               "山东省青岛市/细则.txt")
    person = {"kind": "individual", "region": "山东省青岛市市南区", "education": education, "full_time": True, "born": born,
              "homes_owned": 0, "new_home": True, "home_purchased": "2026-03-01", "home_region": "山东省青岛市市南区"}
    assert _status(doc, doc["programmes"][0], ON, **person) == verdict


@pytest.mark.parametrize("text", ["申请人具有本市市区户籍", "具有常州市区户籍", "具有市区户籍", "户籍为本市市区"])
def test_a_hukou_in_the_citys_districts_after_a_verb(text: str) -> None:
    """申请人具有本市市区户籍 (常州's form): a 户籍 in the city's districts — after 具有 the area was not read at all, and in
    具有市区户籍 具有 was taken for the name of a city."""
    from polc import places
    tests, _ = read_segment(Segment(text, (), tuple(places.territory(["江苏省常州市"]))))
    assert FactTest("hukou", "in", ("江苏省常州市（市区）",)) in tests, tests


@pytest.mark.parametrize("text, classes", [("经认定的A类、B类、C类高层次人才", ("A", "B", "C")), ("一类、二类人才", ("A", "B")),
                                           ("A、B、C类人才", ("A", "B", "C"))])
def test_a_list_of_classes_each_with_its_own_word(text: str, classes: tuple) -> None:
    """A类、B类、C类高层次人才: three classes — only the last, C, was read (a B-class talent was ineligible)."""
    from polc import places
    tests, _ = read_segment(Segment(text, (), tuple(places.territory(["四川省成都市"]))))
    assert FactTest("talent_class", "in", classes) in tests, tests


XIXIA = ("银川市西夏区购房补贴实施方案\n\n一、补贴对象\n\n在西夏区购买新建商品住房的下列人员：\n（一）高校毕业生（毕业5年内）；\n"
         "（二）进城务工的农村居民；\n（三）二孩、三孩家庭；\n（四）引进的各类人才。\n\n二、补贴标准\n\n"
         "对符合条件的购房人，按每平方米200元给予补贴，最高不超过3万元。\n\n三、购房时间\n\n2023年1月1日至2023年12月31日期间购买的。\n")


@pytest.mark.parametrize("facts, verdict", [
    ({"children": 2, "home_region": "宁夏回族自治区银川市西夏区"}, "eligible"),
    ({"children": 2, "home_region": "宁夏回族自治区银川市兴庆区"}, "ineligible"),  # the lead's place: was eligible
    ({"children": 2, "home_region": "宁夏回族自治区银川市西夏区", "home_purchased": "2024-01-02"}, "ineligible"),  # 购房时间
    ({"children": 1, "hukou_rural": False, "education": "secondary", "home_region": "宁夏回族自治区银川市西夏区"}, "possible"),
    ({"children": 1, "hukou_rural": True, "education": "secondary", "home_region": "宁夏回族自治区银川市西夏区"}, "possible")])
def test_a_short_lead_of_groups_and_a_purchase_period_under_its_heading(facts: dict, verdict: str) -> None:
    """在西夏区购买新建商品住房的下列人员：(short as a heading, yet its place and purchase bind every group);
    三、购房时间 / …期间购买的。(the period binds); （四）引进的各类人才 (no rule reads it: an open way in, not dropped —
    with it dropped, a family of one child who may be a talent was ineligible); 进城务工的农村居民 (a rural 户籍)."""
    doc = _doc(XIXIA, "宁夏回族自治区银川市西夏区/方案.txt")
    person = {"kind": "individual", "region": "宁夏回族自治区银川市西夏区", "new_home": True, "home_purchased": "2023-05-01",
              **facts}
    assert _status(doc, doc["programmes"][0], date(2024, 3, 1), **person) == verdict


@pytest.mark.parametrize("group, facts, verdict", [
    ("引进的各类人才", {"hukou_rural": False}, "possible"),  # a way no rule reads: open, not dropped (was ineligible)
    ("进城务工的农村居民", {"hukou_rural": False}, "ineligible"),  # 农村居民: a rural 户籍 (was left to a person)
    ("进城务工的农村居民", {"hukou_rural": True}, "possible")])  # …who works in the town: a person checks
def test_each_group_of_a_list_is_a_way_in(group: str, facts: dict, verdict: str) -> None:
    doc = _doc(f"银川市西夏区购房补贴实施方案\n\n一、补贴对象\n\n在西夏区购买新建商品住房的下列人员：\n（一）高校毕业生（毕业5年内）；\n"
               f"（二）{group}。\n\n二、补贴标准\n\n对符合条件的购房人，按每平方米200元给予补贴。\n", "宁夏回族自治区银川市西夏区/方案.txt")
    person = {"kind": "individual", "region": "宁夏回族自治区银川市西夏区", "new_home": True, "home_purchased": "2023-05-01",
              "home_region": "宁夏回族自治区银川市西夏区", "education": "secondary", **facts}
    assert _status(doc, doc["programmes"][0], date(2024, 3, 1), **person) == verdict


@pytest.mark.parametrize("limit", ["全日制博士研究生、硕士研究生，年龄分别不超过45周岁、40周岁", "全日制博士、硕士研究生年龄分别在45周岁、40周岁以下"])
@pytest.mark.parametrize("education, born, verdict", [("doctor", "1984-01-01", "eligible"),  # 42: inside a doctor's 45
                                                      ("master", "1984-01-01", "ineligible"), ("master", "1990-01-01", "eligible")])
def test_ages_that_go_respectively_with_the_degrees(limit: str, education: str, born: str, verdict: str) -> None:
    """年龄分别不超过45周岁、40周岁 after 博士、硕士: each degree its limit in the order named (both were asked of all)."""
    doc = _doc(f"长乐区人才购房补贴实施细则\n\n一、{limit}，在长乐区购买首套新建商品住房的，给予每套5万元补贴。\n",
               "福建省福州市长乐区/细则.txt")
    person = {"kind": "individual", "region": "福建省福州市长乐区", "education": education, "full_time": True, "born": born,
              "homes_owned": 0, "new_home": True, "home_purchased": "2026-03-01", "home_region": "福建省福州市长乐区"}
    assert _status(doc, doc["programmes"][0], ON, **person) == verdict


@pytest.mark.parametrize("kind, verdict", [("enterprise", "eligible"), ("public_institution", "eligible")])
def test_enterprises_and_public_institutions_are_both_employers(kind: str, verdict: str) -> None:
    """与长乐区企事业单位签订劳动合同: 企事业单位 is enterprises and public institutions — 事业单位 inside it made an
    enterprise's employee ineligible."""
    doc = _doc("长乐区人才购房补贴实施细则\n\n一、与长乐区企事业单位签订劳动合同的全日制硕士研究生，在长乐区购买首套新建商品住房的，"
               "给予每套5万元补贴。\n", "福建省福州市长乐区/细则.txt")
    person = {"kind": "individual", "region": "福建省福州市长乐区", "education": "master", "full_time": True,
              "employed": True, "employer_kind": kind, "homes_owned": 0, "new_home": True, "home_purchased": "2026-03-01",
              "home_region": "福建省福州市长乐区"}
    assert _status(doc, doc["programmes"][0], ON, **person) == verdict


@pytest.mark.parametrize("home, verdict", [("广东省广州市黄埔区", "eligible"), ("广东省广州市天河区", "ineligible")])
def test_a_title_that_opens_with_a_year_still_names_its_territory(home: str, verdict: str) -> None:
    """关于开展2024年黄埔区生物医药青年人才首套房补贴申报工作的通知: the year before the place hid the territory, so 本区 meant
    no place and a home in 天河区 stayed open."""
    doc = _doc("关于开展2024年黄埔区生物医药青年人才首套房补贴申报工作的通知\n\n一、申报条件\n\n1.年龄35周岁以下；\n"
               "2.2023年1月1日后在本区购买首套住房。\n\n二、补贴标准\n\n每人10万元。\n", "通知.txt")
    person = {"kind": "individual", "region": "广东省广州市黄埔区", "born": "1993-03-01", "homes_owned": 0,
              "home_region": home, "home_purchased": "2023-08-01"}
    assert _status(doc, doc["programmes"][0], date(2024, 6, 10), **person) == verdict


XIANGYANG = ("襄阳市中心城区购房补贴兑付实施细则\n\n第一条 本细则适用于在襄阳市中心城区（襄城区、樊城区、襄州区、高新区、东津新区、鱼梁洲）购买新建商品住房的个人。\n\n"
             "第二条 补贴对象为下列人员：\n（一）多孩家庭：指生育二孩及以上的家庭；\n（二）高校毕业生：毕业5年内的全日制大专及以上学历毕业生。\n\n"
             "第三条 补贴标准：按购房总价的1%给予补贴，最高不超过2万元。\n\n第四条 购房时间为2024年1月1日至2024年12月31日。\n")


@pytest.mark.parametrize("facts, verdict", [
    ({"home_region": "湖北省襄阳市樊城区", "home_purchased": "2024-05-01", "education": "bachelor", "full_time": True,
      "graduated": "2022-06-30"}, "eligible"),
    ({"home_region": "湖北省襄阳市南漳县", "home_purchased": "2024-05-01"}, "ineligible"),  # the scope's homes: was open
    ({"home_region": "湖北省襄阳市樊城区", "home_purchased": "2025-02-01"}, "ineligible")])  # 第四条 购房时间为…
def test_a_scope_of_homes_and_an_article_that_says_when_to_buy(facts: dict, verdict: str) -> None:
    """本细则适用于在…中心城区（襄城区、…、高新区、东津新区、鱼梁洲）购买新建商品住房的个人: where the homes must be (zones the
    table does not know no longer void the list); 第四条 购房时间为2024年1月1日至2024年12月31日: when they must be bought."""
    doc = _doc(XIANGYANG, "湖北省襄阳市/细则.txt")
    person = {"kind": "individual", "region": "湖北省襄阳市樊城区", "children": 2, "new_home": True, **facts}
    assert _status(doc, doc["programmes"][0], date(2025, 3, 1), **person) == verdict


@pytest.mark.parametrize("children, verdict", [(2, "possible"), (3, "possible"), (1, "ineligible")])
def test_the_second_or_third_child_born_after_a_day(children: int, verdict: str) -> None:
    """第二、三个子女须于2021年5月31日后出生: the second child will do (三个子女 was read as three children, so every 二孩
    family was ineligible), and the day of the birth, which no fact holds, stays for a person (it was read away)."""
    doc = _doc("瓯海区二孩三孩家庭购房补贴实施细则\n\n一、补贴条件\n\n（一）第二、三个子女须于2021年5月31日后出生；\n"
               "（二）在瓯海区购买新建商品住房。\n\n二、补贴标准\n\n每套补贴2万元。\n", "浙江省温州市瓯海区/细则.txt")
    family = {"kind": "individual", "region": "浙江省温州市瓯海区", "children": children, "new_home": True,
              "home_purchased": "2024-03-01", "home_region": "浙江省温州市瓯海区"}
    assert _status(doc, doc["programmes"][0], date(2025, 1, 10), **family) == verdict


def test_the_day_a_child_was_born_is_left_to_a_person() -> None:
    """第三个子女须于2021年5月31日后出生 for a family of three: whether the third was born after that day no fact
    says — `possible`, not `eligible` (the words were read away)."""
    doc = _doc("瓯海区三孩家庭购房补贴实施细则\n\n一、补贴条件\n\n（一）第三个子女须于2021年5月31日后出生；\n"
               "（二）在瓯海区购买新建商品住房。\n\n二、补贴标准\n\n每套补贴4万元。\n", "浙江省温州市瓯海区/细则.txt")
    family = {"kind": "individual", "region": "浙江省温州市瓯海区", "children": 3, "new_home": True,
              "home_purchased": "2024-03-01", "home_region": "浙江省温州市瓯海区"}
    assert _status(doc, doc["programmes"][0], date(2025, 1, 10), **family) == "possible"


@pytest.mark.parametrize("sentence, window", [("2023年度购房补贴对象：在本市购买首套新建商品住房的家庭。", False),
                                              ("（一）2023年购房契税补贴：购买首套新建商品住房的家庭。", False),
                                              ("对2023年购房的家庭，给予补贴。", True)])
def test_a_year_before_a_grants_name_in_the_conditions(sentence: str, window: bool) -> None:
    """2023年度购房补贴对象：… and 2023年购房契税补贴：… name the grant by its year — no purchase window; 对2023年购房的家庭
    is one."""
    doc = _doc(f"滁州市购房补贴办法\n\n一、申请条件\n\n{sentence}\n\n二、补贴标准\n\n每套补贴1万元。\n", "安徽省滁州市/办法.txt")
    found = [t for p in doc["programmes"] for t in _tests(p["logic"]) if t["fact"] == "home_purchased"]
    assert bool(found) == window, found


def test_ages_that_do_not_pair_with_the_degrees_make_no_table() -> None:
    """博士、硕士、本科生年龄分别不超过45周岁、40周岁: three degrees, two ages — which goes with which, no one can say."""
    from polc import places
    tests, _ = read_segment(Segment("博士、硕士、本科生年龄分别不超过45周岁、40周岁", (), tuple(places.territory(["福建省福州市"]))))
    assert not [t for t in tests if isinstance(t, tuple) and t[0] == "tiers"], tests


@pytest.mark.parametrize("group, children, verdict", [("生育一孩、二孩、三孩的家庭", 1, "eligible"),  # was ineligible
                                                      ("一孩家庭", 1, "eligible"), ("一孩家庭", 0, "ineligible")])
def test_a_family_of_one_child(group: str, children: int, verdict: str) -> None:
    """生育一孩、二孩、三孩的家庭: one child will do — the least named was taken to be two; 一孩家庭 was read as nothing."""
    doc = _doc(f"瓯海区家庭购房补贴实施细则\n\n一、对{group}，在瓯海区购买新建商品住房的，给予每套1万元补贴。\n",
               "浙江省温州市瓯海区/细则.txt")
    family = {"kind": "individual", "region": "浙江省温州市瓯海区", "children": children, "new_home": True,
              "home_purchased": "2024-03-01", "home_region": "浙江省温州市瓯海区"}
    assert _status(doc, doc["programmes"][0], date(2025, 1, 10), **family) == verdict


@pytest.mark.parametrize("text, titles, verdict", [
    ("具有中级以上专业技术职称或高级工以上职业资格", ["技师"], "eligible"),  # was ineligible: both were asked, 或 not cut
    ("具有中级以上专业技术职称或高级工以上职业资格", ["中级职称"], "eligible"),
    ("具有中级以上专业技术职称或高级工以上职业资格", ["中级工"], "ineligible"),
    ("企业新引进副高职称或技师", ["技师"], "eligible")])  # the grade alone after 或 was read as nothing and dropped
def test_a_skill_grade_is_a_title_held(text: str, titles: list, verdict: str) -> None:
    """高级工以上职业资格 → 高级工, 技师 or 高级技师; a grade alone after 或 is one way in."""
    doc = _doc(f"修水县人才补贴办法\n\n一、{text}的人才，在本县工作的，给予每人1万元补贴。\n", "江西省九江市修水县/办法.txt")
    person = {"kind": "individual", "region": "江西省九江市修水县", "titles": titles, "employed": True}
    assert _status(doc, doc["programmes"][0], ON, **person) == verdict


@pytest.mark.parametrize("rows", ["补贴标准：A类人才最高补贴100万元，B类人才最高补贴50万元。",
                                  "补贴标准：A类人才补贴100万元，B类人才补贴50万元。"])
def test_rows_of_amounts_after_a_label(rows: str) -> None:
    """补贴标准：A类人才最高补贴100万元，B类人才…: the label heads what is paid — the caps were read as thresholds (a
    requirement's 标准：) and the rows, behind their label, as no rows: the text had no programme at all."""
    doc = _doc(f"长乐区人才购房补贴实施细则\n\n第一条 补贴对象为经认定的A、B类人才。\n\n第二条 {rows}\n", "福建省福州市长乐区/细则.txt")
    roles = {c["role"] for n in doc["body"] for c in n["clauses"]}
    assert roles <= {"amount", "cap"}, roles
    titles = sorted(p["title"] for p in doc["programmes"])
    assert titles == ["A类人才：100万元", "B类人才：50万元"], titles
    b = next(p for p in doc["programmes"] if p["title"].startswith("B类"))
    assert _status(doc, b, ON, kind="individual", region="福建省福州市长乐区", talent_class="B") == "eligible"
    assert _status(doc, b, ON, kind="individual", region="福建省福州市长乐区", talent_class="A") == "ineligible"


@pytest.mark.parametrize("text, owned, verdict", [("改善性购买第二套新建商品住房", 1, "eligible"),
                                                  ("改善性购买第二套新建商品住房", 0, "ineligible"),
                                                  ("家庭已拥有一套住房，再购买新建商品住房", 1, "eligible"),
                                                  ("家庭已拥有一套住房，再购买新建商品住房", 2, "ineligible")])
def test_a_second_home_and_one_home_owned(text: str, owned: int, verdict: str) -> None:
    """改善性购买第二套新建商品住房 (新建 between 第二套 and 住房), 家庭已拥有一套住房 (read as nothing): one home owned before."""
    doc = _doc(f"常州市购房补贴办法\n\n一、对{text}的家庭，给予每套1万元补贴。\n", "江苏省常州市/办法.txt")
    family = {"kind": "individual", "region": "江苏省常州市武进区", "homes_owned": owned, "new_home": True,
              "home_purchased": "2026-03-01", "home_region": "江苏省常州市武进区"}
    assert _status(doc, doc["programmes"][0], ON, **family) == verdict


@pytest.mark.parametrize("text", ["具有大专以上文化程度", "全日制普通高等院校本科以上学历"])
def test_the_words_around_a_degree_ask_nothing_more(text: str) -> None:
    """大专以上文化程度, 全日制普通高等院校本科以上学历: the degree says it all; the words were left to a person."""
    from polc import places
    _, rest = read_segment(Segment(text, (), tuple(places.territory(["江苏省常州市"]))))
    assert not rest


@pytest.mark.parametrize("sentence, role", [("补贴条件：年销售收入500万元以上。", "threshold"),
                                            ("奖励条件：年纳税额100万元以上。", "threshold"),
                                            ("补贴标准：A类人才最高补贴100万元。", "cap")])
def test_a_grants_conditions_head_requirements_and_its_standard_what_is_paid(sentence: str, role: str) -> None:
    """补贴条件： and 奖励条件： head requirements (a figure under them is a threshold); only a grant's 标准 heads what
    is paid."""
    doc = _doc(f"x市办法\n\n第一条 {sentence}\n", "x.txt")
    assert [c["role"] for n in doc["body"] for c in n["clauses"]] == [role]


@pytest.mark.parametrize("window, bought, verdict", [
    ("2023年6月1日（含）以后", "2023-06-01", "eligible"), ("2023年6月1日（含）以后", "2023-05-31", "ineligible"),
    ("2023年6月1日(含当日)之后", "2023-05-31", "ineligible"),  # both were possible: the mark hid 以后
    ("2023年6月1日（不含）以后", "2023-06-01", "ineligible"), ("2023年6月1日（不含）以后", "2023-06-02", "eligible"),
    ("2023年6月1日（含）以前", "2023-06-01", "eligible"), ("2023年6月1日以前", "2023-06-01", "ineligible"),
    ("2023年6月1日（含）至2023年12月31日（含）", "2023-05-31", "ineligible"),  # the first day was lost
    ("2023年6月1日（含）至2023年12月31日（含）", "2023-12-31", "eligible"),
    ("2023年6月1日（不含）至2023年12月31日", "2023-06-01", "ineligible")])
def test_a_day_marked_in_or_out_of_a_purchase_window(window: str, bought: str, verdict: str) -> None:
    """（含）, （不含）, (含当日) between a day and its edge say whether that day is in the window; the mark made the
    edge unread (以后 after a bracket) or cut a range of days in two."""
    doc = _doc(f"梁溪区购房补贴实施细则\n\n一、对{window}在梁溪区购买新建商品住房的家庭，给予每套1万元补贴。\n",
               "江苏省无锡市梁溪区/细则.txt")
    family = {"kind": "individual", "region": "江苏省无锡市梁溪区", "new_home": True, "home_purchased": bought,
              "home_region": "江苏省无锡市梁溪区"}
    assert _status(doc, doc["programmes"][0], ON, **family) == verdict


def test_a_range_of_days_with_marks_is_one_clause() -> None:
    """2023年6月1日（含）至2023年12月31日（含）: one date clause from the first day to the last (it was three: 2023年,
    6月1日, and the last day)."""
    doc = _doc("x市办法\n\n第一条 2023年6月1日（含）至2023年12月31日（含）购买的住房。\n", "x.txt")
    dates = [(c["min"], c["max"]) for n in doc["body"] for c in n["clauses"] if c["type"] == "date"]
    assert dates == [("2023-06-01", "2023-12-31")], dates


@pytest.mark.parametrize("where", ["在本区工作", "在辖区内单位工作", "在本区用人单位全职工作"])
@pytest.mark.parametrize("employed, verdict", [(True, "eligible"), (False, "ineligible")])
def test_work_in_a_place_is_employment(where: str, employed: bool, verdict: str) -> None:
    """在本区工作 asks a job there, not only a life there: a person of the district who has no job was eligible."""
    doc = _doc(f"梁溪区人才生活补贴办法\n\n一、对{where}的硕士研究生，给予每人每月1000元生活补贴。\n",
               "江苏省无锡市梁溪区/办法.txt")
    person = {"kind": "individual", "region": "江苏省无锡市梁溪区", "education": "master", "employed": employed}
    assert _status(doc, doc["programmes"][0], ON, **person) == verdict


@pytest.mark.parametrize("text", ["在全市工作中", "各部门在本市工作部署下"])
def test_work_as_a_task_is_no_employment(text: str) -> None:
    """在全市工作中, 在本市工作部署下: the work of government, not a job the applicant holds."""
    from polc import places
    tests, _ = read_segment(Segment(text, (), tuple(places.territory(["江苏省无锡市"]))))
    assert not [t for t in tests if isinstance(t, FactTest) and t.fact == "employed"], tests


LISTED_AFTER_GRANT = ("郧西县促进房地产市场平稳健康发展的若干措施\n\n一、实施购房补贴\n\n2024年1月1日至2024年12月31日期间，"
                      "在郧西县购买新建商品住房的下列人员，{grant}：\n（一）在县城就业、创业的人员；\n（二）进城务工的农村居民；\n"
                      "（三）生育二孩、三孩的家庭。\n")


@pytest.mark.parametrize("grant", ["按照购房总价款的1%给予补贴", "给予购房补贴"])
@pytest.mark.parametrize("facts, verdict", [({"children": 2}, "eligible"), ({"entrepreneur": True}, "eligible"),
                                            ({"children": 1, "employed": False, "entrepreneur": False,
                                              "hukou_rural": False}, "ineligible")])
def test_the_groups_listed_after_a_grants_lead(grant: str, facts: dict, verdict: str) -> None:
    """…购买新建商品住房的下列人员，按照…给予补贴：（一）…（二）…: the items are the groups, any one will do. They were
    dropped (a buyer of no group was eligible), and with no amount in the sentence (给予购房补贴：) the text had no
    programme at all; 就业、创业 is either, not both."""
    doc = _doc(LISTED_AFTER_GRANT.format(grant=grant), "湖北省十堰市郧西县/措施.txt")
    buyer = {"kind": "individual", "region": "湖北省十堰市郧西县", "new_home": True, "home_purchased": "2024-05-01",
             "home_region": "湖北省十堰市郧西县", **facts}
    assert _status(doc, _only(doc), ON, **buyer) == verdict


@pytest.mark.parametrize("sex, age, verdict", [("female", 42, "eligible"), ("male", 42, "ineligible"),
                                               ("male", 50, "eligible"), ("female", 39, "ineligible")])
def test_least_ages_by_sex_are_a_table(sex: str, age: int, verdict: str) -> None:
    """女性年满40周岁、男性年满50周岁: the least age by sex — both were asked of everyone (a woman of 42 failed 50)."""
    doc = _doc("无锡市灵活就业人员社会保险补贴办事指南\n\n一、申请条件\n\n1.具有本市户籍；\n2.女性年满40周岁、男性年满50周岁；\n"
               "3.以灵活就业人员身份缴纳基本养老保险费。\n\n二、补贴标准\n\n按实际缴费的2/3给予补贴。\n", "江苏省无锡市/指南.txt")
    born = date(ON.year - age, 1, 1).isoformat()
    person = {"kind": "individual", "region": "江苏省无锡市", "hukou": "江苏省无锡市", "sex": sex, "born": born}
    got = _status(doc, _only(doc), ON, **person)
    assert got == ("possible" if verdict == "eligible" else verdict), got  # 灵活就业 is left to a person


def test_a_startup_grant_named_is_no_founding() -> None:
    """未享受过一次性创业补贴 names a grant, it does not ask the applicant to have founded a business."""
    from polc import places
    tests, _ = read_segment(Segment("申请人未享受过一次性创业补贴", (), tuple(places.territory(["江苏省无锡市"]))))
    assert not [t for t in tests if isinstance(t, FactTest) and t.fact == "entrepreneur"], tests


@pytest.mark.parametrize("facts, verdict", [({"employed": True, "social_insurance_months": 8, "entrepreneur": False}, "eligible"),
                                            ({"employed": False, "entrepreneur": True}, "eligible"),
                                            ({"employed": True, "social_insurance_months": 3, "entrepreneur": False},
                                             "ineligible")])
def test_a_sentence_that_opens_with_or_is_the_other_way(facts: dict, verdict: str) -> None:
    """与…签订劳动合同，并…缴纳社会保险6个月以上；或在本市创办企业并担任法定代表人: the first sentence or the second —
    both were asked (an employee was ineligible for not having founded a business)."""
    doc = _doc("无锡市高校毕业生租房补贴申领指南\n\n一、申领条件\n\n（一）与本市用人单位签订劳动合同，并在本市连续缴纳社会保险"
               "6个月以上；或在本市创办企业并担任法定代表人；\n（二）年龄在35周岁以下。\n\n二、补贴标准\n\n每人每月500元。\n",
               "江苏省无锡市/指南.txt")
    person = {"kind": "individual", "region": "江苏省无锡市", "born": "1998-01-01", **facts}
    assert _status(doc, _only(doc), ON, **person) == verdict


@pytest.mark.parametrize("spent, verdict", [(1_200_000, "eligible"), (800_000, "ineligible")])
def test_rd_spending_is_a_fact(spent: int, verdict: str) -> None:
    """上年度研发费用支出不低于100万元: R&D spending in money (`rd_expense`), beside the ratio — it was left to a person."""
    doc = _doc("无锡市企业研发费用补助申报通知\n\n一、申报条件\n\n1.在本市依法登记注册的企业；\n2.上年度研发费用支出不低于100万元；\n"
               "3.上年度研发费用占营业收入比例不低于3%。\n\n二、补助标准\n\n最高补助100万元。\n", "江苏省无锡市/通知.txt")
    firm = {"kind": "enterprise", "region": "江苏省无锡市", "rd_expense": spent, "rd_ratio": 4}
    assert _status(doc, _only(doc), ON, **firm) == verdict


HIGH_TECH = ("梁溪区高新技术企业认定奖励申报指南\n\n一、申报对象\n\n注册地在本区，具有独立法人资格的企业。\n\n二、申报条件\n\n"
             "（一）企业未被列入严重违法失信企业名单。\n\n三、奖励标准\n\n对首次认定的国家高新技术企业，给予一次性奖励20万元；"
             "对重新认定的，给予一次性奖励10万元。\n")


def test_a_grant_whose_recipients_no_rule_reads_is_a_programme_too() -> None:
    """对首次认定的…给予20万元；对重新认定的，给予10万元: the second grant names no fact a rule reads — it was dropped,
    and the guide asked 首次认定 of everyone; each grant is now a programme of the guide, the second of the same
    enterprises (高新技术企业) as the first."""
    doc = _doc(HIGH_TECH, "江苏省无锡市梁溪区/指南.txt")
    titles = [p["title"] for p in doc["programmes"]]
    assert any(t.startswith("重新认定") and "10万元" in t for t in titles), titles
    again = next(p for p in doc["programmes"] if p["title"].startswith("重新认定"))
    firm = {"kind": "enterprise", "region": "江苏省无锡市梁溪区", "legal_person": True, "titles": ["高新技术企业"],
            "dishonest": False}
    assert _status(doc, again, ON, **firm) == "possible"  # which recognition this is, a person says
    assert _status(doc, again, ON, **{**firm, "titles": []}) == "ineligible"  # 重新认定的: of the enterprises named before
    assert _status(doc, again, ON, **{**firm, "dishonest": True}) == "ineligible"  # the guide's blocks bind it


@pytest.mark.parametrize("born, verdict", [("2003-01-01", "possible"), ("1990-01-01", "ineligible")])
def test_a_definition_binds_the_one_its_term_names_with_zhe(born: str, verdict: str) -> None:
    """本办法所指就业见习人员是指…16-24岁失业青年 binds 见习者属于…的 (者 for 人员); 16-24岁 is an age range (岁 was
    no unit) — a man of 36 who graduated long ago was `possible`."""
    doc = _doc("广州市就业见习管理办法\n\n第一条 本办法所指就业见习人员是指离校未就业（毕业2年内）高校毕业生和16-24岁失业青年。\n\n"
               "第二条 见习者属于就业困难人员的，见习期间按每月500元给予生活费补贴。\n", "广东省广州市/办法.txt")
    person = {"kind": "individual", "region": "广东省广州市白云区", "hukou": "广东省广州市白云区", "born": born,
              "education": "bachelor", "graduated": "2012-07-01"}
    assert _status(doc, _only(doc), ON, **person) == verdict


@pytest.mark.parametrize("bought", ["购买新建商品住房（不含二手房、安置房、保障性住房）",
                                    "购买房地产开发企业开发的新建商品住房",
                                    "购买新建商品住房，并已完成网签备案、缴清契税"])
@pytest.mark.parametrize("new_home, verdict", [(True, "eligible"), (False, "ineligible")])
def test_the_words_around_a_new_home_ask_nothing_more(bought: str, new_home: bool, verdict: str) -> None:
    """（不含二手房、安置房…）, 房地产开发企业开发的, 已完成网签备案、缴清契税 say what a new market home is and how it is
    bought: a second-hand home in the list hid the new home (the sentence was left to a person), and the words
    around it kept every buyer `possible`."""
    doc = _doc(f"西湖区购房补贴办法\n\n一、在本区{bought}的家庭，给予每套1万元补贴。\n", "浙江省杭州市西湖区/办法.txt")
    family = {"kind": "individual", "region": "浙江省杭州市西湖区", "new_home": new_home, "home_purchased": "2026-03-01",
              "home_region": "浙江省杭州市西湖区"}
    assert _status(doc, _only(doc), ON, **family) == verdict


@pytest.mark.parametrize("education, born, verdict", [("master", "1994-03-01", "eligible"),  # 31: inside a master's 35
                                                      ("master", "1988-03-01", "ineligible"),  # 37
                                                      ("bachelor", "1994-03-01", "ineligible")])  # 31: past 30
def test_ages_by_degree_in_segments_select_by_the_degree(education: str, born: str, verdict: str) -> None:
    """本科生年龄不超过30周岁，硕士研究生不超过35周岁，博士研究生不超过40周岁: each row is chosen by its degree — the age,
    read first, was taken for the selector, so a master of 31 fell in the doctor's row and was ineligible."""
    doc = _doc("芜湖市新引进人才安家补贴申领指南\n\n一、申领条件\n\n（一）全日制本科及以上学历；\n"
               "（二）本科生年龄不超过30周岁，硕士研究生不超过35周岁，博士研究生不超过40周岁；\n（三）在我市无自有住房。\n\n"
               "二、补贴标准\n\n一次性补贴2万元。\n", "安徽省芜湖市/指南.txt")
    person = {"kind": "individual", "region": "安徽省芜湖市镜湖区", "education": education, "full_time": True, "born": born,
              "homes_owned": 0}
    assert _status(doc, _only(doc), date(2026, 1, 10), **person) == verdict


CHANGSHU = ("常熟市促进工业经济高质量发展若干政策措施\n\n一、支持企业做大做强\n"
            "（一）对年主营业务收入首次突破10亿元、50亿元的工业企业，分别给予50万元、100万元奖励。\n\n二、附则\n"
            "享受本政策的企业须在常熟市注册纳税，且近三年无重大安全生产事故和严重失信行为。\n")
CHANGSHU_FIRM = {"kind": "enterprise", "region": "江苏省苏州市常熟市", "industrial": True, "revenue": 1_200_000_000,
        "dishonest": False}


@pytest.mark.parametrize("facts, verdict", [({}, "possible"),  # 安全生产事故 is left to a person
                                            ({"revenue": 800_000_000}, "ineligible"),
                                            ({"revenue": 6_000_000_000, "dishonest": True}, "ineligible"),  # was eligible:
                                            ({"revenue": 6_000_000_000, "industrial": False}, "ineligible")])  # 附则, 工业企业 unread
def test_a_measures_closing_conditions_and_its_tiers_of_thresholds(facts: dict, verdict: str) -> None:
    """首次突破10亿元、50亿元的工业企业，分别给予…: a list of thresholds is tiers, the least opens the door (a firm of 12亿 was
    ineligible for want of 50亿); 享受本政策的企业须… binds every grant, and 无重大安全生产事故和严重失信行为 asks no
    失信 (a dishonest firm was eligible); 工业企业 asks an industrial one."""
    doc = _doc(CHANGSHU, "江苏省苏州市常熟市/措施.txt")
    grant = next(p for p in doc["programmes"] if "10亿元" in p["title"])
    assert _status(doc, grant, ON, **{**CHANGSHU_FIRM, **facts}) == verdict


@pytest.mark.parametrize("text", ["与市区范围内的工业企业签订劳动合同", "支持工业企业和平台服务商开展网络安全工作",
                                  "规模以上工业企业", "非工业企业"])
def test_industrial_only_of_the_applicant_itself(text: str) -> None:
    """工业企业 is the applicant's kind only when it names the applicant alone: not an employer, one kind among
    others, a title (规模以上工业企业) or its negation."""
    doc = _doc(f"x市办法\n\n一、申报条件\n\n{text}。\n\n二、补贴标准\n\n给予每家1万元奖励。\n", "江苏省苏州市/办法.txt")
    assert not [t for p in doc["programmes"] for t in _tests(p["logic"]) if t["fact"] == "industrial"]


NANHU = ("南湖区人才购房补贴实施办法\n\n第一条 申请条件\n（一）2023年1月1日后新引进到南湖区企事业单位工作；\n"
         "（二）年龄不超过35周岁（博士除外）；\n（三）公务员和参照公务员法管理的工作人员除外。\n\n"
         "第二条 补贴标准\n每人补贴10万元。\n")
NANHU_TALENT = {"kind": "individual", "region": "浙江省嘉兴市南湖区", "employed": True, "employer_kind": "enterprise",
          "hired": "2023-05-01", "education": "doctor", "born": "1994-03-01"}


@pytest.mark.parametrize("facts, verdict", [({}, "eligible"),
                                            ({"born": "1980-03-01"}, "eligible"),  # was ineligible
                                            ({"education": "master", "born": "1980-03-01"}, "ineligible"),
                                            ({"employer_kind": "government"}, "ineligible"),  # was: a text condition
                                            ({"hired": "2022-05-01"}, "ineligible"),
                                            ({"employed": False}, "ineligible")])
def test_an_exception_in_brackets_and_an_item_that_leaves_out(facts: dict, verdict: str) -> None:
    """年龄不超过35周岁（博士除外）: a doctor has no limit (the bracket asked a doctorate of everyone); （三）公务员…人员除外。
    leaves civil servants out (it was a condition left to a person); 新引进到…企事业单位工作 is a job with such an
    employer."""
    doc = _doc(NANHU, "浙江省嘉兴市南湖区/办法.txt")
    assert _status(doc, _only(doc), date(2025, 6, 1), **{**NANHU_TALENT, **facts}) == verdict


@pytest.mark.parametrize("sentence", ["国家另有规定的除外", "法律、法规规定劳动合同期限应当延续的情形除外"])
def test_a_proviso_is_no_exclusion(sentence: str) -> None:
    """…的除外 after a rule is a proviso of the rule, not a group the text leaves out."""
    doc = _doc(f"x市办法\n\n第一条 申请条件\n（一）在本市注册的企业；\n（二）{sentence}。\n\n第二条 每家补贴1万元。\n",
               "江苏省苏州市/办法.txt")
    assert not [e for p in doc["programmes"] for e in p["exclusions"] if sentence in e["text"]]


DEED_TAX = ("宜兴市购房契税补贴申领公告\n\n一、补贴对象\n2024年3月1日至2024年12月31日期间（以缴纳契税时间为准），在宜兴市行政区域内"
            "购买新建商品住房的个人。\n\n二、补贴标准\n（一）购买首套住房的，按所缴契税的50%给予补贴；\n"
            "（二）购买第二套住房的，按所缴契税的30%给予补贴。\n\n三、申领时间\n2025年1月1日至2025年3月31日。\n")
DEED_BUYER = {"kind": "individual", "region": "江苏省无锡市宜兴市", "homes_owned": 0, "new_home": True,
         "home_region": "江苏省无锡市宜兴市", "home_purchased": "2024-05-01"}


@pytest.mark.parametrize("facts, on, verdict", [({}, date(2025, 2, 1), "eligible"),
                                                ({"home_purchased": "2024-02-01"}, date(2025, 2, 1), "ineligible"),
                                                ({"homes_owned": 3}, date(2025, 2, 1), "ineligible"),
                                                ({}, date(2025, 4, 2), "ineligible")])
def test_a_deed_tax_guide_of_rates_by_home(facts: dict, on: date, verdict: str) -> None:
    """A period 以缴纳契税时间为准 still dates the purchase; rates of the tax (按所缴契税的50%给予补贴) are grants like
    amounts — a buyer of a fourth home was eligible; 申领时间 under a heading closes the programme."""
    doc = _doc(DEED_TAX, "江苏省无锡市宜兴市/公告.txt")
    guide = next(p for p in doc["programmes"] if p["title"].startswith("宜兴市"))
    assert _status(doc, guide, on, **{**DEED_BUYER, **facts}) == verdict


@pytest.mark.parametrize("facts, verdict", [({"kind": "enterprise"}, "possible"),  # whom it hired, a person says
                                            ({"kind": "individual", "born": "2003-01-01", "graduated": "2024-07-01",
                                              "education": "bachelor", "employed": True}, "ineligible")])
def test_the_persons_an_employer_hires_are_not_the_applicant(facts: dict, verdict: str) -> None:
    """招用…离校2年内未就业高校毕业生、…16-24岁青年，与其签订…劳动合同…的企业: the graduate's facts are those of whom the
    enterprise hires — they were asked of the applicant (a young graduate was `possible` for an employer's grant,
    an enterprise never decided); the applicant is the enterprise."""
    doc = _doc("无锡市一次性吸纳就业补贴申领指南\n\n一、补贴对象\n招用毕业年度或离校2年内未就业高校毕业生、登记失业的16-24岁青年，"
               "与其签订1年以上劳动合同并按规定为其缴纳社会保险的企业。\n\n二、补贴标准\n按每招用1人1500元的标准给予补贴。\n",
               "江苏省无锡市/指南.txt")
    applicant = {"region": "江苏省无锡市梁溪区", **facts}
    programme = next(p for p in doc["programmes"] if p["title"].startswith("无锡市"))
    assert _status(doc, programme, date(2025, 2, 1), **applicant) == verdict
    assert not [t for t in _tests(programme["logic"]) if t["fact"] in ("age", "graduated_years", "education")]


HEADQUARTERS = ("南京市建邺区总部企业认定和扶持办法\n\n第一章 总部企业认定\n\n第三条 本办法所称总部企业，是指在本区注册、具有独立法人资格的企业。\n\n"
                "第四条 申请认定总部企业，应当同时符合以下基本条件：\n（一）上一年度营业收入不低于5亿元；\n"
                "（二）上一年度在本区纳税总额不低于1000万元。\n\n第二章 扶持政策\n\n第五条 对新认定的总部企业，给予一次性落户奖励200万元。\n")


@pytest.mark.parametrize("revenue, verdict", [(600_000_000, "eligible"), (300_000_000, "ineligible")])
def test_a_grant_to_the_recognised_takes_the_recognitions_conditions(revenue: int, verdict: str) -> None:
    """对新认定的总部企业，给予…: who cannot be recognised (营业收入不低于5亿元) cannot be paid as recognised — the grant
    was `possible` for a firm of 3亿."""
    doc = _doc(HEADQUARTERS, "江苏省南京市建邺区/办法.txt")
    grant = next(p for p in doc["programmes"] if p["title"].startswith("新认定的总部企业"))
    firm = {"kind": "enterprise", "region": "江苏省南京市建邺区", "legal_person": True, "revenue": revenue,
            "tax_paid": 12_000_000}
    got = _status(doc, grant, ON, **firm)
    assert got == ("possible" if verdict == "eligible" else verdict), got  # 新认定: whether it was, a person says


@pytest.mark.parametrize("hukou, verdict", [("浙江省金华市婺城区", "eligible"), ("浙江省金华市金东区", "ineligible")])
def test_a_place_after_you(hukou: str, verdict: str) -> None:
    """具有婺城区户籍: the place after 具有 was read with it (具有婺城区, no place) and the 户籍 left to a person; 符合国家生育政策
    alone in its segment, beside 生育二孩或三孩, asks nothing more."""
    doc = _doc("婺城区多子女家庭购房补贴实施细则\n\n一、补贴条件\n（一）具有婺城区户籍；\n（二）符合国家生育政策，生育二孩或三孩。\n\n"
               "二、补贴标准\n每套补贴3万元。\n", "浙江省金华市婺城区/细则.txt")
    family = {"kind": "individual", "region": "浙江省金华市婺城区", "hukou": hukou, "children": 2}
    assert _status(doc, _only(doc), ON, **family) == verdict


@pytest.mark.parametrize("where", ["新引进到高新区企业全职工作", "在经开区购买首套新建商品住房"])
def test_a_zone_no_division_is_stays_open(where: str) -> None:
    """高新区, 经开区: zones the divisions table does not hold — where they lie, a person says. The words were read
    away and the place silently passed (a home anywhere in the city was eligible)."""
    doc = _doc(f"合肥市人才购房补贴申报指南\n\n一、申报条件\n（一）{where}；\n（二）具有硕士研究生学历。\n\n二、补贴标准\n每人8万元。\n",
               "安徽省合肥市/指南.txt")
    person = {"kind": "individual", "region": "安徽省合肥市蜀山区", "hukou": "安徽省合肥市蜀山区", "education": "master",
              "employed": True, "employer_kind": "enterprise", "homes_owned": 0, "new_home": True,
              "home_region": "安徽省合肥市蜀山区"}
    assert _status(doc, _only(doc), ON, **person) == "possible"


@pytest.mark.parametrize("facts, verdict", [({"rd_expense": 1_500_000, "rd_ratio": 4, "founded": "2020-01-01"}, "eligible"),
                                            ({"rd_expense": 1_500_000, "rd_ratio": 2, "founded": "2020-01-01"}, "ineligible"),
                                            ({"rd_expense": 1_500_000, "rd_ratio": 4, "founded": "2026-01-01"}, "ineligible")])
def test_a_share_named_by_the_segment_before_and_years_in_business(facts: dict, verdict: str) -> None:
    """研发费用总额不低于100万元，且占营业收入总额比重不低于3%: the share is R&D's (rd_ratio), named in the segment before;
    在江苏省内工商注册登记连续经营2年以上 asks the place and the years, nothing more — both were left to a person."""
    doc = _doc("江苏省专精特新中小企业认定申报通知\n\n一、申报条件\n（一）在江苏省内工商注册登记连续经营2年以上；\n"
               "（二）上年度研发费用总额不低于100万元，且占营业收入总额比重不低于3%。\n\n二、奖励标准\n每家奖励20万元。\n",
               "江苏省/通知.txt")
    firm = {"kind": "enterprise", "region": "江苏省南京市", **facts}
    assert _status(doc, _only(doc), ON, **firm) == verdict


@pytest.mark.parametrize("facts, verdict", [({}, "eligible"),
                                            ({"born": "1988-06-01"}, "ineligible"),  # was: left to a person
                                            ({"graduated": "2021-06-30"}, "ineligible"),  # was: the day dropped
                                            ({"social_insurance_months": 30}, "eligible")])  # was ineligible (≤ 12)
def test_the_applicants_birth_and_graduation_days_and_a_window_of_months(facts: dict, verdict: str) -> None:
    """1989年1月1日以后出生 → born; 2022年1月1日以后毕业的 → graduated; 近12个月内…累计缴纳社保满6个月: the 12 months
    are the window, not a limit — 30 months of insurance failed it."""
    doc = _doc("杭州市高校毕业生生活补贴申领指南\n\n一、申领条件\n（一）1989年1月1日以后出生；\n"
               "（二）2022年1月1日以后毕业的全日制普通高校本科及以上学历毕业生；\n（三）近12个月内在杭累计缴纳社保满6个月。\n\n"
               "二、补贴标准\n每人每月1000元。\n", "浙江省杭州市/指南.txt")
    person = {"kind": "individual", "region": "浙江省杭州市西湖区", "hukou": "浙江省杭州市西湖区", "born": "1995-06-01",
              "graduated": "2023-06-30", "education": "bachelor", "full_time": True, "social_insurance_months": 8, **facts}
    assert _status(doc, _only(doc), ON, **person) == verdict


@pytest.mark.parametrize("facts, verdict", [({}, "possible"), ({"hukou": "山东省烟台市芝罘区"}, "ineligible"),
                                            ({"sex": "female", "born": "1990-01-01"}, "ineligible")])
def test_a_service_guides_label_opens_its_conditions(facts: dict, verdict: str) -> None:
    """【受理条件】 over its items is a condition block — the guide had no programme at all."""
    doc = _doc("青岛市就业困难人员社会保险补贴办事指南\n\n【受理条件】\n1.具有本市户籍的就业困难人员；\n2.在本市企业就业；\n"
               "3.女性年满40周岁、男性年满50周岁。\n\n【补贴标准】\n按企业为其实际缴纳的社会保险费给予补贴。\n",
               "山东省青岛市/指南.txt")
    person = {"kind": "individual", "region": "山东省青岛市市南区", "hukou": "山东省青岛市市南区", "sex": "male",
              "born": "1970-01-01", "employed": True, "employer_kind": "enterprise", **facts}
    assert _status(doc, _only(doc), ON, **person) == verdict  # 就业困难人员: a person says


@pytest.mark.parametrize("on, verdict", [(date(2025, 3, 31), "eligible"), (date(2025, 4, 2), "ineligible")])
def test_a_labels_period_to_apply_closes_the_guide(on: date, verdict: str) -> None:
    """【受理时间】 / 2025年1月1日至2025年3月31日。: the period under a label, like under 三、申报时间, closes the guide."""
    doc = _doc("青岛市就业困难人员社会保险补贴办事指南\n\n【受理条件】\n1.具有本市户籍；\n2.在本市企业就业。\n\n【受理时间】\n"
               "2025年1月1日至2025年3月31日。\n\n【补贴标准】\n每人每月500元。\n", "山东省青岛市/指南.txt")
    person = {"kind": "individual", "region": "山东省青岛市市南区", "hukou": "山东省青岛市市南区", "employed": True,
              "employer_kind": "enterprise"}
    assert _status(doc, _only(doc), on, **person) == verdict


@pytest.mark.parametrize("sentence", ["亩均税收不低于15万元", "每平方千米主营业务收入不低于500万元", "人均营业收入100万元以上"])
def test_a_figure_per_unit_is_not_the_applicants_whole(sentence: str) -> None:
    """亩均税收, 每平方千米主营业务收入, 人均营业收入: per mu, per km², per head — not the tax or the revenue a profile
    gives (a firm of 100万元 tax on 20亩 passed 亩均税收不低于15万元)."""
    doc = _doc(f"修水县招商引资优惠政策\n\n一、准入条件\n（一）{sentence}。\n\n二、扶持标准\n每家奖励10万元。\n", "江西省九江市修水县/政策.txt")
    assert not [t for p in doc["programmes"] for t in _tests(p["logic"]) if t["fact"] in ("tax_paid", "revenue")]


def test_a_grant_of_a_guide_takes_the_terms_the_guides_lead_names() -> None:
    """第二条 青年人才申请补贴，应符合下列条件：… / 第三条 对博士研究生，给予…: the grants are the guide's, and the guide's lead
    names 青年人才, which the text defines (年龄不超过35周岁) — a doctor of 45 was possible for the grant."""
    doc = _doc("芜湖市青年人才补贴办法\n\n第一条 本办法所称青年人才，是指年龄不超过35周岁的人员。\n\n"
               "第二条 青年人才申请补贴，应符合下列条件：\n（一）在本市企业就业；\n（二）在本市缴纳社会保险。\n\n"
               "第三条 对博士研究生，给予每人5万元补贴；对硕士研究生，给予每人3万元补贴。\n", "安徽省芜湖市/办法.txt")
    doctor = next(p for p in doc["programmes"] if p["title"].startswith("博士研究生"))
    person = {"kind": "individual", "region": "安徽省芜湖市镜湖区", "education": "doctor", "employed": True,
              "employer_kind": "enterprise", "social_insurance_months": 12}
    assert _status(doc, doctor, ON, **person, born="1980-01-01") == "ineligible"
    assert _status(doc, doctor, ON, **person, born="1995-01-01") == "eligible"


@pytest.mark.parametrize("sentence", ["在本市连续工作满2年", "带动就业3人以上"])
def test_a_threshold_no_rule_reads_is_never_dropped(sentence: str) -> None:
    """在本市连续工作满2年: the years of work no fact holds — the segment's other words were all read (在本市, 工作),
    so the threshold vanished and anyone working in the city was eligible. It stays for a person."""
    doc = _doc(f"芜湖市人才补贴办法\n\n一、申请条件\n（一）{sentence}；\n（二）具有本科及以上学历。\n\n二、补贴标准\n每人1万元。\n",
               "安徽省芜湖市/办法.txt")
    person = {"kind": "individual", "region": "安徽省芜湖市镜湖区", "hukou": "安徽省芜湖市镜湖区", "employed": True,
              "education": "master"}
    assert _status(doc, _only(doc), ON, **person) == "possible"


@pytest.mark.parametrize("text, children, verdict", [("2021年5月31日后生育三孩的家庭", 3, "possible"),  # was eligible
                                                     ("2021年5月31日后生育三孩的家庭", 2, "ineligible"),
                                                     ("育有2个及以上子女的家庭", 2, "eligible"),  # was possible
                                                     ("家庭子女数量为3个以上的家庭", 3, "eligible")])
def test_a_birth_after_a_day_and_the_words_of_a_count_of_children(text: str, children: int, verdict: str) -> None:
    """2021年5月31日后生育三孩: the day of the third birth no fact holds — the day was read away with nothing left, so
    any family of three was eligible; 育有, 子女数量 say no more than the count."""
    doc = _doc(f"鹿城区多孩家庭购房补贴细则\n\n一、对{text}，在鹿城区购买新建商品住房的，给予每套3万元补贴。\n",
               "浙江省温州市鹿城区/细则.txt")
    family = {"kind": "individual", "region": "浙江省温州市鹿城区", "children": children, "new_home": True,
              "home_purchased": "2026-03-01", "home_region": "浙江省温州市鹿城区"}
    assert _status(doc, doc["programmes"][0], ON, **family) == verdict


@pytest.mark.parametrize("owned, verdict", [(0, "eligible"), (1, "ineligible")])
def test_a_couple_without_a_home_is_the_familys_homes(owned: int, verdict: str) -> None:
    """夫妻双方在芜湖市区均无自有住房: the family's homes, which homes_owned counts — 夫妻双方…均 was left to a person."""
    doc = _doc("芜湖市人才购房补贴办法\n\n一、申请条件\n（一）夫妻双方在芜湖市区均无自有住房；\n（二）具有本科及以上学历。\n\n"
               "二、补贴标准\n每人3万元。\n", "安徽省芜湖市/办法.txt")
    person = {"kind": "individual", "region": "安徽省芜湖市镜湖区", "hukou": "安徽省芜湖市镜湖区", "education": "bachelor",
              "homes_owned": owned}
    assert _status(doc, _only(doc), ON, **person) == verdict


@pytest.mark.parametrize("text, employed, verdict", [("购房人为新就业大学生", True, "eligible"),
                                                     ("购房人为新就业大学生", False, "ineligible"),  # was: left to a person
                                                     ("购房人为大学生村官", True, "possible")])  # was eligible: 村官 read away
def test_a_newly_employed_graduate_and_a_village_official(text: str, employed: bool, verdict: str) -> None:
    """新就业大学生: a graduate (大学生 after 就业 was not read) with a new job; 大学生村官 is a post no fact holds."""
    doc = _doc(f"芜湖市购房补贴办法\n\n一、申请条件\n（一）{text}；\n（二）在本市购买首套新建商品住房。\n\n二、补贴标准\n每套1万元。\n",
               "安徽省芜湖市/办法.txt")
    buyer = {"kind": "individual", "region": "安徽省芜湖市镜湖区", "hukou": "安徽省芜湖市镜湖区", "education": "bachelor",
             "employed": employed, "homes_owned": 0, "new_home": True, "home_region": "安徽省芜湖市镜湖区"}
    assert _status(doc, _only(doc), ON, **buyer) == verdict


@pytest.mark.parametrize("period", ["三、申请时间\n\n每年3月1日至3月31日受理申请，逾期不予受理。",
                                    "三、办理程序\n\n受理时间：每年3月1日至3月31日。",
                                    "三、办理程序\n\n每年3月1日至3月31日集中受理。"])
@pytest.mark.parametrize("on, verdict", [(date(2026, 2, 27), "ineligible"), (date(2026, 3, 1), "eligible"),
                                         (date(2026, 3, 31), "eligible"), (date(2026, 4, 1), "ineligible")])
def test_a_yearly_period_to_apply_opens_and_closes_each_year(period: str, on: date, verdict: str) -> None:
    """每年3月1日至3月31日受理申请 / 受理时间：每年…: a standing rule's window, in every year — 每年 before the days
    and 受理 after them hid the window, and a guide closed since March was open all year."""
    doc = _doc("宜昌市高校毕业生求职补贴办法\n\n一、申请条件\n\n具有本市户籍。\n\n二、补贴标准\n\n每人给予2000元补贴。\n\n"
               + period + "\n", "湖北省宜昌市/办法.txt")
    person = {"kind": "individual", "region": "湖北省宜昌市西陵区", "hukou": "湖北省宜昌市西陵区"}
    assert _status(doc, _only(doc), on, **person) == verdict


@pytest.mark.parametrize("held", ["所购房屋已取得不动产权证书", "取得相应职业资格证书"])
def test_a_certificate_held_is_a_condition_not_a_paper_to_hand_in(held: str) -> None:
    """申请条件 / 所购房屋已取得不动产权证书。: a certificate the applicant holds is a condition — 证书 counted the block as a
    list of papers to hand in, the block was dropped and the guide was judged on its grant sentence alone."""
    doc = _doc(f"宜昌市人才购房补贴实施细则\n\n一、申请条件\n\n{held}。\n\n二、补贴标准\n\n符合条件的，给予每套1万元购房补贴。\n",
               "湖北省宜昌市/细则.txt")
    assert held in [c["text"] for c in _conditions(_only(doc)["logic"])]


def test_a_list_of_certificates_to_hand_in_is_no_condition_block() -> None:
    """申请材料 under a lead-in: 毕业证书、学位证书 are papers, not conditions."""
    doc = _doc("宜昌市人才购房补贴实施细则\n\n一、申请条件\n\n（一）具有本科及以上学历；\n（二）在本市无住房。\n\n"
               "二、需提交以下材料：\n（一）毕业证书、学位证书；\n（二）不动产权证书。\n\n三、补贴标准\n\n符合条件的，给予每套1万元购房补贴。\n",
               "湖北省宜昌市/细则.txt")
    texts = [c["text"] for p in doc["programmes"] for c in _conditions(p["logic"])]
    assert not [t for t in texts if "证书" in t]


XILING = ("西陵区首套房购房补贴申报通知\n\n一、补贴条件\n（一）购房时间。新建商品住房买卖合同网签备案时间在2025年3月1日（含）至2025年12月31日（含）之间。\n"
          "（二）房屋类型。所购房屋须为在西陵区范围内销售的新建商品住房。购买二手住房、安置房的，不属于本次补贴范围。\n"
          "（三）面积要求。所购住房建筑面积在144平方米（含）以下。\n\n二、补贴标准\n按照购房合同总价款的1%给予一次性补贴。\n\n"
          "三、申报时间\n2025年4月1日起至2026年1月31日止，逾期不予受理。\n")
XILING_BUYER = {"kind": "individual", "region": "湖北省宜昌市西陵区", "new_home": True, "home_region": "湖北省宜昌市西陵区",
                "home_purchased": "2025-05-20", "home_area": 118}


@pytest.mark.parametrize("facts, on, verdict", [
    ({}, date(2025, 6, 10), "eligible"),  # was possible: 房屋类型, 面积要求 were conditions a person judged
    ({"home_purchased": "2026-01-03"}, date(2026, 1, 20), "ineligible"),  # was eligible: 购房时间 read as 补贴标准's kind
    ({"new_home": False}, date(2025, 6, 10), "ineligible"),
    ({"home_region": "湖北省宜昌市夷陵区"}, date(2025, 6, 10), "ineligible"),  # was possible: an exclusion, as text
    ({"home_area": 145}, date(2025, 6, 10), "ineligible"),
    ({}, date(2026, 1, 31), "eligible"),
    ({}, date(2026, 2, 1), "ineligible"),  # was: the first day 2025-04-01 taken for the last
])
def test_run_in_headings_and_an_item_that_asks_and_excludes(facts: dict, on: date, verdict: str) -> None:
    """（一）购房时间。…: the purchase window is a condition (购房时间 was taken for a heading of what is paid, like
    补贴标准, and the item dropped); 面积要求。, 房屋类型。 name what the item is about; an item whose one sentence asks
    (所购房屋须为…) and whose other excludes (…的，不属于本次补贴范围) is read sentence by sentence — the whole item was an
    exclusion a person judged; 2025年4月1日起至2026年1月31日止: the last day closes, not the first."""
    doc = _doc(XILING, "湖北省宜昌市西陵区/通知.txt")
    assert _status(doc, _only(doc), on, **{**XILING_BUYER, **facts}) == verdict


@pytest.mark.parametrize("on, verdict", [(date(2026, 3, 31), "eligible"), (date(2026, 4, 1), "ineligible")])
def test_a_period_to_apply_from_an_event_and_a_texts_last_day(on: date, verdict: str) -> None:
    """申报时间为商品房买卖合同网签备案之日起至2026年3月31日止; 本办法自印发之日起施行，至2026年3月31日止: the end of
    applying, and of the text (`expires`) — both were missed, and a family was eligible after both had passed."""
    for closing in ("第四条 申报时间为商品房买卖合同网签备案之日起至2026年3月31日止。",
                    "第四条 本办法自印发之日起施行，至2026年3月31日止。"):
        doc = _doc("株洲市多子女家庭购房补贴实施办法\n\n第一条 申请购房补贴应同时符合下列条件：\n（一）购房人具有株洲市户籍；\n"
                   "（二）在本市购买新建商品住房。\n\n第二条 符合条件的，每套补贴3万元。\n\n" + closing + "\n",
                   "湖南省株洲市/办法.txt")
        family = {"kind": "individual", "region": "湖南省株洲市天元区", "hukou": "湖南省株洲市天元区", "new_home": True,
                  "home_region": "湖南省株洲市天元区"}
        if "施行" in closing:  # the text's last day closes every programme of it (as `polc match` judges)
            assert doc["meta"]["expires"]["value"] == "2026-03-31"
            closed = _validity(doc["meta"], on)
            got = judge(_only(doc), profile_from(family), doc["id"], clauses_of(doc), on, None, closed)["status"]
        else:
            got = _status(doc, _only(doc), on, **family)
        assert got == verdict, closing


WUHU = ("芜湖市人才购房补贴实施细则\n\n第一条 本细则所称市区，是指镜湖区、弋江区、鸠江区、湾沚区、繁昌区，不含南陵县、无为市。\n\n"
        "第二条 申请人应同时满足以下条件：\n（一）在市区就业，并在本市缴纳城镇职工社会保险满6个月；\n"
        "（二）在市区购买新建商品住房；\n（三）申请人未被列为失信被执行人。\n\n第三条 机关、参照公务员法管理单位的工作人员不适用本细则。\n\n"
        "第四条 符合条件的，每人给予5万元购房补贴。\n")
WUHU_TALENT = {"kind": "individual", "region": "安徽省芜湖市鸠江区", "employed": True, "employer_kind": "enterprise",
               "social_insurance_months": 6, "new_home": True, "home_region": "安徽省芜湖市鸠江区", "dishonest": False}


@pytest.mark.parametrize("facts, verdict", [
    ({}, "eligible"),  # was possible: 城镇职工, 列为…被执行人 left words for a person
    ({"home_region": "安徽省芜湖市无为市"}, "ineligible"),  # ⚠ was eligible: 不含南陵县、无为市 read as places of the area
    ({"region": "安徽省芜湖市南陵县"}, "ineligible"),
    ({"dishonest": True}, "ineligible"),
    ({"employer_kind": "government"}, "ineligible"),  # was possible: 不适用本细则 excluded no one
    ({"social_insurance_months": 5}, "ineligible"),
])
def test_an_areas_places_left_out_and_staff_a_text_does_not_apply_to(facts: dict, verdict: str) -> None:
    """本细则所称市区，是指…繁昌区，不含南陵县、无为市: the places after 不含 are outside the area; 机关…的工作人员不适用本细则
    excludes government staff; 未被列为失信被执行人 is honesty; 城镇职工 names the insurance."""
    doc = _doc(WUHU, "安徽省芜湖市/细则.txt")
    assert _status(doc, _only(doc), ON, **{**WUHU_TALENT, **facts}) == verdict


def test_what_a_text_does_not_limit_and_a_window_it_restates() -> None:
    """不限户籍，不限面积 asks nothing; 网签备案时间在补贴范围规定的期限内 restates the window given above."""
    doc = _doc("宝鸡市购房契税补贴公告\n\n【补贴范围】\n2025年5月1日至2025年10月31日期间，在本市购买新建商品住房的购房人，不限户籍，不限面积。\n\n"
               "【申报条件】\n1.商品房买卖合同网签备案时间在补贴范围规定的期限内。\n\n【补贴标准】\n按实际缴纳契税的50%给予补贴。\n",
               "陕西省宝鸡市/公告.txt")
    buyer = {"kind": "individual", "region": "陕西省宝鸡市渭滨区", "new_home": True, "home_region": "陕西省宝鸡市渭滨区",
             "home_purchased": "2025-06-01"}
    assert _status(doc, _only(doc), ON, **buyer) == "eligible"
    assert _status(doc, _only(doc), ON, **{**buyer, "home_purchased": "2025-11-01"}) == "ineligible"


WUXI_SETTLING = ("无锡市人才落户办事指南\n\n一、适用范围\n本指南适用于申请将户口迁入无锡市区(梁溪区、锡山区、惠山区、滨湖区、新吴区)的各类人才。"
        "江阴市、宜兴市的人才落户按当地规定办理。\n\n二、落户条件\n符合下列情形之一的人员,本人可申请在无锡市区落户,其配偶、未成年子女可随迁:\n"
        "(一)学历人才\n1.具有全日制普通高校本科及以上学历,年龄在45周岁以下的人员,可直接落户;\n"
        "2.具有全日制普通高校大专学历,年龄在35周岁以下,在本市就业并连续缴纳城镇职工社会保险满6个月的人员,可申请落户;\n"
        "(二)技能人才\n取得高级工（三级）及以上职业资格证书或职业技能等级证书,在本市就业并缴纳城镇职工社会保险的人员。\n")
NEWCOMER = {"kind": "individual", "region": "江苏省无锡市滨湖区", "hukou": "安徽省安庆市怀宁县", "born": "1990-05-02"}


@pytest.mark.parametrize("facts, verdict", [
    ({"education": "bachelor", "full_time": True}, "eligible"),  # was ineligible: 在无锡市区落户 asked a 无锡 户籍
    ({"education": "bachelor", "full_time": True, "born": "1975-01-01", "titles": []}, "ineligible"),
    ({"education": "junior_college", "full_time": True, "born": "1995-01-01", "employed": True,
      "social_insurance_months": 6}, "eligible"),
    ({"education": "junior_college", "full_time": True, "born": "1995-01-01", "employed": True,
      "social_insurance_months": 5, "titles": []}, "ineligible"),
    ({"education": "secondary", "titles": ["技师（二级）职业资格证书"], "employed": True}, "possible"),  # ⚠ insurance open
    ({"education": "secondary", "titles": ["技师（二级）职业资格证书"], "employed": True, "social_insurance_months": 3},
     "eligible"),
    ({"education": "secondary", "titles": ["中级工（四级）职业技能等级证书"], "employed": True, "social_insurance_months": 3},
     "ineligible"),
])
def test_a_settling_guide_grants_the_hukou_and_its_routes_are_alternatives(facts: dict, verdict: str) -> None:
    """可申请在无锡市区落户, 可直接落户, 户口迁入…: the 户籍 is what the guide grants, not what it asks; …按当地规定办理
    sends others elsewhere; the lead paragraph's 之一 makes the routes alternatives, and 1.…的人员，可直接落户；2.…的人员，
    可申请落户 are cases; 高级工（三级）及以上 is a skill grade; 城镇职工社会保险 is the applicant's own insurance."""
    doc = _doc(WUXI_SETTLING, "江苏省无锡市/指南.txt")
    assert _status(doc, _only(doc), ON, **{**NEWCOMER, **facts}) == verdict


def test_a_yearly_window_a_grant_names_is_that_grants_own() -> None:
    """2. 高技能人才岗位补贴每年3月1日至4月30日集中受理: the window of that grant only — the guide's other grant was closed
    by it after April."""
    doc = _doc("南海区技能人才补贴申领指南\n\n一、失业保险技能提升补贴\n（一）申领条件\n1.在南海区参加失业保险；\n"
               "2.取得高级工（三级）及以上职业资格证书。\n（二）补贴标准\n每人1500元。\n\n二、高技能人才岗位补贴\n（一）申领条件\n"
               "1.在南海区企业就业；\n2.取得技师（二级）及以上职业资格证书。\n（二）补贴标准\n每人每月500元。\n\n三、受理时间\n"
               "1.失业保险技能提升补贴常年受理。\n2. 高技能人才岗位补贴每年3月1日至4月30日集中受理。\n", "广东省佛山市南海区/指南.txt")
    person = {"kind": "individual", "region": "广东省佛山市南海区", "social_insurance_months": 14, "employed": True,
              "employer_kind": "enterprise", "titles": ["高级技师（一级）职业资格证书"]}
    by_title = {p["title"]: p for p in doc["programmes"]}
    skills = next(p for t, p in by_title.items() if "技能提升" in t)
    post = next(p for t, p in by_title.items() if "岗位补贴" in t)
    assert _status(doc, skills, date(2025, 6, 10), **person) == "eligible"  # was ineligible: the other grant's window
    assert _status(doc, post, date(2025, 6, 10), **person) == "ineligible"
    assert _status(doc, post, date(2025, 4, 10), **person) == "eligible"


def test_the_heading_of_an_exclusion_list_is_no_exclusion() -> None:
    """【不予补贴情形】 over its items: the heading named the list and stood as an exclusion a person judged."""
    doc = _doc("宝鸡市购房契税补贴公告\n\n【申报条件】\n在本市购买新建商品住房。\n\n【不予补贴情形】\n（1）购房人被列入失信被执行人名单的；\n"
               "（2）已享受过其他购房补贴的。\n\n【补贴标准】\n按实际缴纳契税的50%给予补贴。\n", "陕西省宝鸡市/公告.txt")
    assert [e["text"] for e in _only(doc)["exclusions"] if "情形" in e["text"]] == []


LIUZHOU = ("柳州市农民进城购房补贴实施方案\n\n一、补贴对象\n符合下列条件之一的人员，可申请农民进城购房补贴：\n(一)具有柳州市农业户籍的农村居民；\n"
           "(二)在本市市区就业，且在本市缴纳社会保险满12个月的外市农村户籍人员。\n\n二、补贴条件\n"
           "1.购房区域：在柳州市市区（城中区、鱼峰区、柳南区、柳北区、柳江区）购买新建商品住房。\n"
           "2.住房状况：所购住房为购房人家庭在城镇的首套住房。\n3.信用状况：购房人未被列为失信被执行人。\n\n三、补贴标准\n"
           "每平方米200元，单套最高不超过2万元。\n")
FARMER = {"kind": "individual", "region": "广西壮族自治区柳州市柳城县", "hukou": "广西壮族自治区柳州市柳城县", "hukou_rural": True,
          "homes_owned": 0, "new_home": True, "home_region": "广西壮族自治区柳州市柳北区", "dishonest": False}


@pytest.mark.parametrize("facts, verdict", [
    ({}, "eligible"),  # was possible: 城镇的首套, 信用状况 left to a person
    ({"homes_owned": 1}, "possible"),  # a village house may not count
    ({"hukou": "广西壮族自治区河池市宜州区", "region": "广西壮族自治区柳州市柳南区", "employed": True,
      "social_insurance_months": 12}, "eligible"),
    ({"hukou": "广西壮族自治区河池市宜州区", "region": "广西壮族自治区柳州市柳南区", "employed": True,
      "social_insurance_months": 11}, "ineligible"),
    ({"hukou_rural": False}, "ineligible"),
])
def test_a_hukou_outside_the_city_and_a_first_home_in_town(facts: dict, verdict: str) -> None:
    """外市农村户籍人员: a rural 户籍 outside the city (外市 was read away); 在城镇的首套住房: no home, or one a person
    weighs; 信用状况： names the item's topic."""
    doc = _doc(LIUZHOU, "广西壮族自治区柳州市/方案.txt")
    assert _status(doc, _only(doc), ON, **{**FARMER, **facts}) == verdict


@pytest.mark.parametrize("facts, verdict", [
    ({}, "eligible"),
    ({"graduated": "2019-06-30"}, "ineligible"),  # ⚠ was eligible: the target's block, read as a list of papers, was lost
    ({"employer_kind": "public_institution"}, "ineligible"),  # was possible: 企业或社会组织 unread
])
def test_a_targets_condition_that_names_a_certificate_and_employers_of_two_kinds(facts: dict, verdict: str) -> None:
    """二、补贴对象 / 毕业5年内（以毕业证书落款日期起算至购房合同网签之日）…毕业生。: 证书 in a bracket made the block a list
    of papers to hand in, and the grants by degree were judged without it; 在秀洲区企业或社会组织就业 names two kinds."""
    doc = _doc("秀洲区高校毕业生首次购房补贴申报指南\n\n二、补贴对象\n毕业5年内（以毕业证书落款日期起算至购房合同网签之日）、"
               "购房时年龄35周岁以下的全日制普通高校本科及以上学历毕业生。\n\n三、申报条件\n1．在秀洲区企业或社会组织就业；\n"
               "2．在秀洲区范围内购买新建商品住房。\n\n四、补贴标准\n本科学历补贴2万元，硕士研究生学历补贴4万元。\n",
               "浙江省嘉兴市秀洲区/指南.txt")
    grad = {"kind": "individual", "region": "浙江省嘉兴市秀洲区", "education": "master", "full_time": True,
            "graduated": "2022-06-30", "born": "1996-01-01", "employed": True, "employer_kind": "enterprise",
            "new_home": True, "home_region": "浙江省嘉兴市秀洲区", "home_purchased": "2025-05-01", **facts}
    master = next(p for p in doc["programmes"] if p["title"].startswith("硕士"))
    assert _status(doc, master, ON, **grad) == verdict


def test_a_guide_of_two_parts_each_with_its_grant_sentence_compiles() -> None:
    """一、高新技术企业奖励 / 二、研发投入补助, each with 申报条件 and a sentence that grants: the second part crashed the
    stage (a variable of the first part's grants shadowed the list of blocks) and the guide became residue — no programme."""
    doc = _doc("吴中区科技创新奖补申报指南\n\n一、高新技术企业奖励\n（一）申报条件\n1.在本区注册的企业。\n（二）奖励标准\n"
               "对首次认定的高新技术企业，给予20万元奖励。\n\n二、研发投入补助\n（一）申报条件\n1.研发费用占营业收入比例不低于3%。\n"
               "（二）补助标准\n按研发费用的10%给予补助，最高50万元。\n", "江苏省苏州市吴中区/指南.txt")
    assert not [d for d in doc["diagnostics"] if d["code"] == "internal-error"]
    assert [p["title"] for p in doc["programmes"]] == ["吴中区科技创新奖补申报指南（高新技术企业奖励）",
                                                       "吴中区科技创新奖补申报指南（研发投入补助）"]
    firm = {"kind": "enterprise", "region": "江苏省苏州市吴中区", "rd_ratio": 2.5}
    assert _status(doc, doc["programmes"][1], ON, **firm) == "ineligible"


def test_the_lead_of_a_list_of_groups_is_beside_them_not_one_of_them() -> None:
    """…期间，在章贡区…购买新建商品住房的下列青年人才：(一)…(二)…: the lead binds every group — it was one more alternative
    (下列青年人才 was no group lead), so any buyer in the window was eligible once its words were read."""
    doc = _doc("章贡区青年人才购房补贴申领指南\n\n一、补贴对象\n2025年1月1日至2025年12月31日（含）期间，在章贡区行政区域内购买新建商品住房的"
               "下列青年人才：\n（一）全日制博士研究生，购房时年龄不超过40周岁；\n（二）全日制硕士研究生，购房时年龄不超过35周岁。\n\n"
               "二、补贴标准\n每套补贴5万元。\n", "江西省赣州市章贡区/指南.txt")
    buyer = {"kind": "individual", "region": "江西省赣州市章贡区", "new_home": True, "home_region": "江西省赣州市章贡区",
             "home_purchased": "2025-05-01", "born": "1990-01-01"}
    assert _status(doc, _only(doc), ON, **buyer, education="bachelor", full_time=True) == "ineligible"
    assert _status(doc, _only(doc), ON, **buyer, education="doctor", full_time=True) == "eligible"


WEIFANG = ("潍坊市多孩家庭购房补贴办法\n\n第一条 本办法所称多孩家庭,是指申请人(夫妻一方)具有潍坊市户籍,依法生育两个及以上子女的家庭。"
           "非潍坊市户籍的多孩家庭,申请人在潍坊市市区连续缴纳社会保险满12个月的,可参照本办法享受补贴。\n\n"
           "第二条 2025年3月1日至2025年12月31日期间,在潍坊市市区(潍城区、奎文区、坊子区、寒亭区)购买新建商品住房的多孩家庭,"
           "可按本办法申请购房补贴。\n\n第三条 补贴标准:\n(一)二孩家庭购买新建商品住房的,按购房款的1%给予补贴;\n"
           "(二)三孩及以上家庭购买新建商品住房的,按购房款的2%给予补贴。\n")
WEIFANG_FAMILY = {"kind": "individual", "region": "山东省潍坊市奎文区", "hukou": "山东省潍坊市奎文区", "children": 2,
                  "new_home": True, "home_region": "山东省潍坊市奎文区", "home_purchased": "2025-05-01"}


@pytest.mark.parametrize("facts, verdict", [
    ({}, "eligible"),
    ({"home_purchased": "2026-01-05"}, "ineligible"),  # ⚠ was eligible: 第二条 bound no grant
    ({"home_region": "山东省潍坊市青州市"}, "ineligible"),  # ⚠ was eligible
    ({"hukou": "山东省临沂市兰山区"}, "possible"),  # the other way in: months of insurance not given
    ({"hukou": "山东省临沂市兰山区", "social_insurance_months": 12}, "eligible"),
    ({"hukou": "山东省临沂市兰山区", "social_insurance_months": 11}, "possible"),  # (夫妻一方): the spouse's 户籍 may do
])
def test_whom_a_text_lets_apply_under_it_and_a_definitions_second_way_in(facts: dict, verdict: str) -> None:
    """…购买新建商品住房的多孩家庭,可按本办法申请购房补贴: whom every grant is for; 本办法所称多孩家庭…。非潍坊市户籍的多孩家庭,
    …满12个月的,可参照本办法享受补贴。: a second way to be the defined term."""
    doc = _doc(WEIFANG, "山东省潍坊市/办法.txt")
    second = next(p for p in doc["programmes"] if p["title"].startswith("二孩"))
    assert _status(doc, second, ON, **{**WEIFANG_FAMILY, **facts}) == verdict


@pytest.mark.parametrize("born, verdict", [("1994-06-01", "eligible"),  # 30 on the purchase, 32 today
                                           ("1993-06-01", "ineligible")])  # 31 on the purchase
def test_the_day_a_text_counts_ages_to(born: str, verdict: str) -> None:
    """上述年龄、毕业年限均以购房合同网签备案之日计算: ages and years since graduation count to the purchase, and the
    sentence is no condition — it was one a person judged, and ages counted to the day judged."""
    doc = _doc("章贡区青年人才购房补贴申领指南\n\n一、补贴对象\n在章贡区购买新建商品住房的全日制本科毕业生，年龄不超过30周岁且毕业5年内，"
               "户籍已迁入章贡区。上述年龄、毕业年限均以购房合同网签备案之日计算。\n\n二、补贴标准\n每套补贴3万元。\n",
               "江西省赣州市章贡区/指南.txt")
    grad = {"kind": "individual", "region": "江西省赣州市章贡区", "hukou": "江西省赣州市章贡区", "education": "bachelor",
            "full_time": True, "graduated": "2021-06-30", "born": born, "new_home": True,
            "home_region": "江西省赣州市章贡区", "home_purchased": "2024-07-01"}
    assert _status(doc, _only(doc), ON, **grad) == verdict
    assert _status(doc, _only(doc), ON, **{**grad, "born": "1994-06-01", "hukou": "江西省吉安市吉州区"}) == "ineligible"


@pytest.mark.parametrize("facts, verdict", [
    ({}, "eligible"),  # was possible: 购房前家庭名下无住房的为首套 asked no home of a second-home buyer; 不适用本细则 was text
    ({"home_region": "湖北省荆州市松滋市"}, "ineligible"),
    ({"employer_kind": "government"}, "possible"),  # 在编: whether the post is, a person says
])
def test_places_a_text_leaves_out_and_words_it_defines_in_passing(facts: dict, verdict: str) -> None:
    """松滋市、石首市…不适用本细则: homes there are outside every programme; 首套、第二套以购房前家庭名下住房套数认定：…无住房的为首套，
    已有1套住房的为第二套 defines the words; 机关、事业单位在编人员不列入补贴范围 excludes."""
    doc = _doc("荆州市契税补贴实施细则\n\n【补贴范围】\n在荆州市购买新建商品住房的个人，可按本细则申请契税补贴。松滋市、石首市、洪湖市、"
               "监利市、公安县、江陵县不适用本细则。机关、事业单位在编人员不列入补贴范围。\n\n【补贴标准】\n"
               "1. 购买首套新建商品住房的，按所缴契税的50%给予补贴；\n2. 购买第二套新建商品住房的，按所缴契税的30%给予补贴。\n"
               "首套、第二套以购房前家庭名下住房套数认定：购房前家庭名下无住房的为首套，已有1套住房的为第二套。\n",
               "湖北省荆州市/细则.txt")
    buyer = {"kind": "individual", "region": "湖北省荆州市沙市区", "new_home": True, "home_region": "湖北省荆州市沙市区",
             "homes_owned": 1, "employer_kind": "enterprise", **facts}
    second = next(p for p in doc["programmes"] if "第二套" in p["title"])
    assert _status(doc, second, ON, **buyer) == verdict


@pytest.mark.parametrize("employed, verdict", [(True, "eligible"), (False, "ineligible")])
def test_an_exclusion_of_one_who_left_the_job(employed: bool, verdict: str) -> None:
    """有下列情形之一的，不予补贴：申报时已与用人单位解除劳动关系的: one without the job is excluded (it was text)."""
    doc = _doc("柯桥区高校毕业生生活补贴申报指南\n\n一、申报条件\n在柯桥区企业就业的全日制硕士研究生。\n\n二、补贴标准\n每人每年2万元。\n\n"
               "三、不予补贴情形\n有下列情形之一的，不予补贴：\n1.申报时已与用人单位解除劳动关系的；\n2.被列入严重失信主体名单的。\n",
               "浙江省绍兴市柯桥区/指南.txt")
    grad = {"kind": "individual", "region": "浙江省绍兴市柯桥区", "education": "master", "full_time": True,
            "employed": employed, "employer_kind": "enterprise", "dishonest": False}
    assert _status(doc, _only(doc), ON, **grad) == verdict


@pytest.mark.parametrize("district, area, verdict", [("湖北省荆州市沙市区", "荆州市（中心城区）", None),
                                                     ("湖北省荆州市沙市区", "荆州市（市区）", True),
                                                     ("湖北省荆州市松滋市", "荆州市（中心城区）", False)])
def test_a_district_whose_name_holds_shi(district: str, area: str, verdict) -> None:
    """湖北省荆州市沙市区 is the district 沙市区, not a county-level 沙市 and a stray 区 — a 沙市区 buyer was outside every
    中心城区 and 市区."""
    from polc import places
    assert places.within(district, area) is verdict


WUJIANG = ("吴江区科技创新奖补项目申报指南\n\n一、企业研发投入补助\n（一）申报条件\n1.在吴江区注册、具有独立法人资格的企业；\n"
           "2.2024年度研发费用占营业收入比例达到以下要求：\n（1）营业收入5000万元（含）以下的企业，比例不低于5%；\n"
           "（2）营业收入5000万元至2亿元（含）的企业，比例不低于4%；\n（3）营业收入2亿元以上的企业，比例不低于3%。\n"
           "（二）补助标准\n按研发费用的5%给予补助。\n\n二、共同要求\n申报单位须信用良好，近三年无严重失信行为；申报材料须真实、完整。\n\n"
           "三、不予支持情形\n有下列情形之一的，不予支持：\n（一）注册地、税务征管关系迁出吴江区的；\n（二）不具有独立法人资格的分支机构。\n")
WUJIANG_FIRM = {"kind": "enterprise", "region": "江苏省苏州市吴江区", "legal_person": True, "dishonest": False}


@pytest.mark.parametrize("facts, verdict", [
    ({"revenue": 50_000_000, "rd_ratio": 5}, "eligible"),  # was ineligible: each tier a condition everyone must meet
    ({"revenue": 120_000_000, "rd_ratio": 4.2}, "eligible"),
    ({"revenue": 120_000_000, "rd_ratio": 3.5}, "ineligible"),
    ({"revenue": 300_000_000, "rd_ratio": 3}, "eligible"),
    ({"revenue": 300_000_000, "rd_ratio": 3, "dishonest": True}, "ineligible"),  # ⚠ was eligible: 共同要求 bound nothing
    ({"revenue": 300_000_000, "rd_ratio": 3, "region": "江苏省苏州市吴中区"}, "ineligible"),
])
def test_items_that_are_tiers_of_a_lead_and_a_guides_common_requirements(facts: dict, verdict: str) -> None:
    """…比例达到以下要求：(1)营业收入5000万元（含）以下的企业，比例不低于5%；(2)…: the items are the tiers of one table, and
    比例 is the lead's share (rd_ratio); 二、共同要求 binds every programme of the guide; 迁出吴江区, 不具有独立法人资格 exclude."""
    doc = _doc(WUJIANG, "江苏省苏州市吴江区/指南.txt")
    assert _status(doc, _only(doc), ON, **{**WUJIANG_FIRM, **facts}) == verdict


def test_a_range_of_amounts_reads_the_fact_named_before_it() -> None:
    """营业收入1亿元（含）至5亿元: the range's fact is named before it — its words were left for a person."""
    doc = _doc("黄岩区工业经济政策意见\n\n第一条 对规上工业企业按上年度营业收入分档给予奖励：营业收入1亿元（含）至5亿元，且纳税总额500万元以上的，"
               "奖励20万元。\n", "浙江省台州市黄岩区/意见.txt")
    texts = [c for p in doc["programmes"] for c in _conditions(p["logic"]) if c["test"] is None and "营业收入" in c["text"]]
    assert texts == []


@pytest.mark.parametrize("education, born, verdict", [("master", "1988-01-01", "eligible"),  # was ineligible: all three asked
                                                      ("master", "1980-01-01", "ineligible"),
                                                      ("doctor", "1985-01-01", "eligible")])
def test_parts_joined_by_semicolons_that_name_different_degrees_are_alternatives(education: str, born: str,
                                                                                 verdict: str) -> None:
    """本科学历，年龄35周岁以下；硕士研究生学历，年龄40周岁以下；博士研究生学历，年龄45周岁以下 in one item: no one holds all three
    degrees — the parts are alternatives, as items that name different degrees are."""
    doc = _doc("徐州市人才安家补贴办法\n\n一、申请条件\n（一）本科学历，年龄35周岁以下；硕士研究生学历，年龄40周岁以下；博士研究生学历，"
               "年龄45周岁以下；\n（二）在本市企业就业。\n\n二、补贴标准\n每人3万元。\n", "江苏省徐州市/办法.txt")
    person = {"kind": "individual", "region": "江苏省徐州市鼓楼区", "education": education, "born": born, "employed": True,
              "employer_kind": "enterprise"}
    assert _status(doc, _only(doc), ON, **person) == verdict


@pytest.mark.parametrize("revenue, verdict", [(30_000_000, "eligible"), (8_000_000, "possible"),  # was ineligible
                                              (3_000_000, "ineligible")])
def test_a_bracket_that_gives_a_group_its_own_threshold(revenue: int, verdict: str) -> None:
    """上年度营业收入2000万元以上（服务业企业500万元以上）: the bracket's threshold is another way in for a group no fact names —
    both thresholds were asked of every firm."""
    doc = _doc("柯桥区专项资金申报通知\n\n一、申报条件\n上年度营业收入2000万元以上（服务业企业500万元以上）。\n\n二、支持标准\n每家奖励10万元。\n",
               "浙江省绍兴市柯桥区/通知.txt")
    firm = {"kind": "enterprise", "region": "浙江省绍兴市柯桥区", "revenue": revenue}
    assert _status(doc, _only(doc), ON, **firm) == verdict


@pytest.mark.parametrize("revenue, share, verdict", [(600_000_000, 2.5, "eligible"), (300_000_000, 2.5, "ineligible"),
                                                     (300_000_000, 3.2, "eligible")])
def test_cases_that_ask_their_figure_with_no_comma(revenue: int, share: float, verdict: str) -> None:
    """研发费用占营业收入比例：营业收入5亿元（含）以上的企业不低于2%，5亿元以下的企业不低于3%: two tiers of the lead's share —
    with no comma after 的企业 they were a condition and a text."""
    doc = _doc("柯桥区专项资金申报通知\n\n一、申报条件\n上年度研发费用占营业收入比例：营业收入5亿元（含）以上的企业不低于2%，5亿元以下的企业不低于3%。\n\n"
               "二、支持标准\n每家奖励10万元。\n", "浙江省绍兴市柯桥区/通知.txt")
    firm = {"kind": "enterprise", "region": "浙江省绍兴市柯桥区", "revenue": revenue, "rd_ratio": share}
    assert _status(doc, _only(doc), ON, **firm) == verdict


@pytest.mark.parametrize("on, verdict", [(date(2026, 3, 15), "eligible"),  # was ineligible: only September's window
                                         (date(2026, 9, 15), "eligible"), (date(2026, 6, 1), "ineligible"),
                                         (date(2026, 12, 1), "ineligible"), (date(2026, 1, 10), "ineligible")])
def test_two_yearly_windows_in_one_sentence(on: date, verdict: str) -> None:
    """每年3月1日至3月31日、9月1日至9月30日集中受理: either window is open; between them the next opens."""
    doc = _doc("宜昌市高校毕业生求职补贴办法\n\n一、申请条件\n\n具有本市户籍。\n\n二、补贴标准\n\n每人给予2000元补贴。\n\n三、受理时间\n\n"
               "每年3月1日至3月31日、9月1日至9月30日集中受理。\n", "湖北省宜昌市/办法.txt")
    person = {"kind": "individual", "region": "湖北省宜昌市西陵区", "hukou": "湖北省宜昌市西陵区"}
    assert _status(doc, _only(doc), on, **person) == verdict


HENGYANG = ("衡阳市高校毕业生等青年群体就业补贴申领指南\n\n一、一次性就业补贴\n1.补贴对象：在衡阳市市区（雁峰区、珠晖区、石鼓区、蒸湘区）企业就业，"
            "签订劳动合同并缴纳社会保险满3个月的离校2年内高校毕业生。\n2.补贴标准：每人1000元。\n\n二、一次性求职创业补贴\n"
            "1.补贴对象：2025届全日制普通高校毕业生（毕业时间为2025年1月1日至2025年12月31日）。\n2.补贴标准：每人2000元。\n\n"
            "三、灵活就业社会保险补贴\n1.补贴对象：\n（1）离校2年内未就业的高校毕业生；\n（2）就业困难人员。\n"
            "2.补贴标准：按实际缴纳社会保险费的2/3给予补贴。\n")


def test_run_in_labels_of_a_guide_with_three_parts() -> None:
    """1.补贴对象：…高校毕业生。 is a block (its conditions follow the label; they were lost, and the second part had no
    programme); a part that says what it pays (补贴标准：按…的2/3给予补贴) is a programme, not a target binding the others;
    2025届 and 毕业时间为…至… are the year of graduation."""
    doc = _doc(HENGYANG, "湖南省衡阳市/指南.txt")
    titles = [p["title"] for p in doc["programmes"]]
    assert [t.split("（")[-1] for t in titles] == ["一次性就业补贴）", "一次性求职创业补贴）", "灵活就业社会保险补贴）"]
    worker = {"kind": "individual", "region": "湖南省衡阳市雁峰区", "education": "bachelor", "full_time": True,
              "graduated": "2025-06-30", "employed": True, "employer_kind": "enterprise", "social_insurance_months": 3}
    first, second, _ = doc["programmes"]
    assert _status(doc, first, ON, **worker) == "eligible"
    assert _status(doc, first, ON, **{**worker, "social_insurance_months": 2}) == "ineligible"  # ⚠ was eligible
    assert _status(doc, second, ON, **worker) == "eligible"
    assert _status(doc, second, ON, **{**worker, "graduated": "2024-06-30"}) == "ineligible"


JIANGXIA = ("江夏区专精特新培育企业认定和奖励办法\n\n第一条 申请认定的企业应同时具备下列条件：\n（一）在江夏区注册登记，具有独立法人资格；\n"
            "（二）上一年度营业收入5000万元以下的，研发费用占比不低于5%；上一年度营业收入5000万元（含）以上的，研发费用占比不低于3%。\n\n"
            "第二条 有下列情形之一的，不予认定：\n（一）被列入严重失信主体名单的；\n（二）已被认定为国家级专精特新“小巨人”企业或湖北省专精特新中小企业的。\n")
JIANGXIA_FIRM = {"kind": "enterprise", "region": "湖北省武汉市江夏区", "legal_person": True, "dishonest": False, "titles": []}


@pytest.mark.parametrize("facts, verdict", [
    ({"revenue": 50_000_000, "rd_ratio": 3}, "eligible"),  # was ineligible: 5000万 asked 5% too
    ({"revenue": 49_000_000, "rd_ratio": 3}, "ineligible"),
    ({"revenue": 60_000_000, "rd_ratio": 3, "titles": ["湖北省专精特新中小企业"]}, "ineligible"),  # was possible
    ({"revenue": 60_000_000, "rd_ratio": 3, "titles": None}, "possible"),
    ({"revenue": 60_000_000, "rd_ratio": 3, "kind": "university"}, "ineligible"),  # 申请认定的企业
])
def test_a_boundary_marked_for_its_tier_and_titles_that_exclude(facts: dict, verdict: str) -> None:
    """5000万元以下的…；5000万元（含）以上的…: 5000万 is the second tier's only; 已被认定为…“小巨人”企业或…中小企业的 excludes by
    the titles a profile holds; 申请认定的企业应…: the applicant is an enterprise."""
    doc = _doc(JIANGXIA, "湖北省武汉市江夏区/办法.txt")
    firm = {k: v for k, v in {**JIANGXIA_FIRM, **facts}.items() if v is not None}
    assert _status(doc, _only(doc), ON, **firm) == verdict


@pytest.mark.parametrize("titles, verdict", [(["中华人民共和国残疾人证"], "eligible"), ([], "possible")])
def test_a_certificate_held_in_book_title_marks(titles: list, verdict: str) -> None:
    """本人持有《中华人民共和国残疾人证》的: the certificate a profile holds, in the same words — the 《》 and 本人持有 kept it apart."""
    doc = _doc("温州市一次性求职创业补贴通知\n\n一、补贴对象\n具有本市户籍的毕业生，且属于下列情形之一的：\n（一）来自城乡低保家庭的；\n"
               "（二）本人持有《中华人民共和国残疾人证》的。\n\n二、补贴标准\n每人3000元。\n", "浙江省温州市/通知.txt")
    person = {"kind": "individual", "region": "浙江省温州市鹿城区", "hukou": "浙江省温州市鹿城区", "education": "bachelor",
              "titles": titles}
    assert _status(doc, _only(doc), ON, **person) == verdict


HUANGYAN = ("黄岩区工业经济政策意见\n\n第一条 对规上工业企业按上年度营业收入和纳税总额分档给予奖励：\n"
            "（一）营业收入1亿元（含）至5亿元，且纳税总额500万元以上的，奖励20万元；\n"
            "（二）营业收入5亿元（含）以上，且纳税总额1500万元以上的，奖励50万元。\n\n"
            "第二条 对2023年1月1日以后新注册成立、上年度主营业务收入达到3000万元以上的工业企业，给予一次性奖励15万元。\n\n"
            "第三条 不予支持情形\n有下列情形之一的企业，不享受本意见政策：\n（一）被列入严重失信主体名单的。\n")
HUANGYAN_FIRM = {"kind": "enterprise", "region": "浙江省台州市黄岩区", "dishonest": False, "industrial": True}


@pytest.mark.parametrize("facts, which, verdict", [
    ({"revenue": 300_000_000, "tax_paid": 6_000_000, "titles": ["规模以上工业企业"]}, 0, "eligible"),  # was possible
    ({"revenue": 300_000_000, "tax_paid": 6_000_000}, 0, "possible"),  # ⚠ was eligible: 对规上工业企业 bound nothing
    ({"founded": "2023-03-01", "revenue": 32_000_000}, 2, "eligible"),
    ({"founded": "2022-12-31", "revenue": 32_000_000}, 2, "ineligible"),  # ⚠ was eligible: the day was read away
    ({"founded": "2023-03-01", "revenue": 32_000_000, "industrial": False}, 2, "ineligible"),  # ⚠ 达到 hid 工业企业
])
def test_a_leads_recipients_a_firms_founding_and_an_articles_title(facts: dict, which: int, verdict: str) -> None:
    """对规上工业企业按…分档给予奖励：（一）…: the lead's recipients bind each item that grants; 2023年1月1日以后新注册成立 is the
    firm's founding; …达到3000万元以上的工业企业 asks an industrial firm; 第三条 不予支持情形 (a paragraph) heads its list."""
    doc = _doc(HUANGYAN, "浙江省台州市黄岩区/意见.txt")
    programme = next(p for p in doc["programmes"] if p["title"].startswith(("营业收入1亿元", "营业收入5亿元", "2023年")[which]))
    assert _status(doc, programme, ON, **{**HUANGYAN_FIRM, **facts}) == verdict
    assert not [e for e in programme["exclusions"] if e["text"].strip("。") == "不予支持情形"]


def test_a_grant_with_a_limit_lifted_before_what_it_pays() -> None:
    """(二)三孩及以上家庭购买新建商品住房的,不限面积,按购房款的2%给予补贴: a grant — 不限面积 between who and what is paid
    hid it, and the grant had no programme."""
    doc = _doc("潍坊市多孩家庭购房补贴办法\n\n第一条 补贴标准:\n(一)二孩家庭购买建筑面积90平方米以上新建商品住房的,按购房款的1%给予补贴;\n"
               "(二)三孩及以上家庭购买新建商品住房的,不限面积,按购房款的2%给予补贴,最高不超过5万元。\n", "山东省潍坊市/办法.txt")
    assert any(p["title"].startswith("三孩") for p in doc["programmes"])


def test_a_day_that_bounds_an_event_no_rule_knows_stays_open() -> None:
    """2023年1月1日以后投产的企业: the day bounds an event no fact holds — it was read away with nothing left."""
    doc = _doc("黄岩区工业经济政策意见\n\n第一条 对2023年1月1日以后投产的工业企业，给予一次性奖励15万元。\n", "浙江省台州市黄岩区/意见.txt")
    assert [c for c in _conditions(_only(doc)["logic"]) if c["test"] is None]


@pytest.mark.parametrize("facts, verdict", [({"talent_class": "C", "education": "bachelor", "born": "1970-01-01"}, "eligible"),
                                            ({"talent_class": "D", "education": "bachelor", "born": "1970-01-01"}, "ineligible"),
                                            ({"education": "master", "born": "1995-01-01"}, "eligible")])
def test_a_talent_class_spared_the_others_limits_is_one_of_the_groups(facts: dict, verdict: str) -> None:
    """（三）经市人才工作领导小组认定的A类、B类、C类高层次人才，不受学历和年龄限制: a group of the list — it was taken for an
    exemption alone, and the group became words a person judges."""
    doc = _doc("芜湖市人才购房补贴实施细则\n\n第一条 补贴对象为下列人才：\n（一）全日制博士研究生，年龄不超过45周岁；\n"
               "（二）全日制硕士研究生，年龄不超过35周岁；\n（三）经市人才工作领导小组认定的A类、B类、C类高层次人才，不受学历和年龄限制。\n\n"
               "第二条 每人给予5万元购房补贴。\n", "安徽省芜湖市/细则.txt")
    person = {"kind": "individual", "region": "安徽省芜湖市镜湖区", "full_time": True, **facts}
    assert _status(doc, _only(doc), ON, **person) == verdict


def test_the_same_home_applied_for_twice_is_procedure() -> None:
    """以同一套住房重复申请的 (不予补贴): how often, not who — it was an exclusion a person judged."""
    doc = _doc("柳州市农民进城购房补贴实施方案\n\n一、补贴对象\n具有柳州市农业户籍的农村居民。\n\n二、不予补贴情形\n（一）以同一套住房重复申请的；\n"
               "（二）被列入失信被执行人名单的。\n\n三、补贴标准\n每套补贴2万元。\n", "广西壮族自治区柳州市/方案.txt")
    assert [e["text"] for e in _only(doc)["exclusions"] if "重复" in e["text"]] == []


@pytest.mark.parametrize("education, born, verdict", [("doctor", "1985-01-01", "eligible"),  # was ineligible: 30 for all
                                                      ("master", "1985-01-01", "ineligible"),
                                                      ("bachelor", "2000-01-01", "eligible")])
def test_an_age_in_a_groups_bracket_is_that_groups(education: str, born: str, verdict: str) -> None:
    """博士研究生（年龄不超过45周岁）、硕士研究生（年龄不超过35周岁）和全日制本科毕业生（年龄不超过30周岁）: each age is its
    group's — all three were asked of everyone; an age before the groups (35周岁以下的…) is still said of each."""
    doc = _doc("烟台市青年人才生活补贴办法\n\n一、补贴对象\n在烟台市企业就业的博士研究生（年龄不超过45周岁）、硕士研究生（年龄不超过35周岁）"
               "和全日制本科毕业生（年龄不超过30周岁）。\n\n二、补贴标准\n每人每月1000元。\n", "山东省烟台市/办法.txt")
    person = {"kind": "individual", "region": "山东省烟台市芝罘区", "education": education, "full_time": True, "born": born,
              "employed": True, "employer_kind": "enterprise"}
    assert _status(doc, _only(doc), ON, **person) == verdict


@pytest.mark.parametrize("condition, education, verdict", [("研究生学历", "doctor", "eligible"),  # was ineligible
                                                           ("研究生学历", "bachelor", "ineligible"),
                                                           ("博士后研究人员", "doctor", "possible")])  # was eligible
def test_a_postgraduate_and_a_postdoc(condition: str, education: str, verdict: str) -> None:
    """研究生学历 alone is a master's or a doctorate; 博士后研究人员 is a post no fact holds — it was read away."""
    doc = _doc(f"烟台市青年人才生活补贴办法\n\n一、申请条件\n{condition}。\n\n二、补贴标准\n每人每月1000元。\n", "山东省烟台市/办法.txt")
    person = {"kind": "individual", "region": "山东省烟台市芝罘区", "education": education}
    assert _status(doc, _only(doc), ON, **person) == verdict


@pytest.mark.parametrize("facts, verdict", [({"education": "master", "born": "1988-01-01"}, "eligible"),  # 38: was ineligible
                                            ({"education": "doctor", "born": "1988-01-01"}, "eligible"),
                                            ({"education": "doctor", "born": "1984-01-01"}, "ineligible"),  # 42: a limit still
                                            ({"education": "bachelor", "born": "1988-01-01"}, "ineligible")])
def test_an_age_widened_for_those_holding_a_degree(facts: dict, verdict: str) -> None:
    """年龄不超过35周岁（具有硕士学位的放宽至40周岁）: the master's degree chooses the wider limit, and a doctor holds it too —
    the bracket asked a master's of everyone."""
    doc = _doc("徐州市人才安家补贴办法\n\n一、申请条件\n全日制本科及以上学历，且年龄不超过35周岁（具有硕士学位的放宽至40周岁）。\n\n"
               "二、补贴标准\n每人3万元。\n", "江苏省徐州市/办法.txt")
    person = {"kind": "individual", "region": "江苏省徐州市鼓楼区", "hukou": "江苏省徐州市鼓楼区", "full_time": True, **facts}
    assert _status(doc, _only(doc), ON, **person) == verdict


@pytest.mark.parametrize("facts, verdict", [({"education": "secondary", "titles": ["中级工职业资格证书"]}, "eligible"),
                                            ({"education": "secondary", "titles": []}, "ineligible"),
                                            ({"education": "junior_college"}, "eligible")])
def test_a_degree_or_a_skill_qualification(facts: dict, verdict: str) -> None:
    """具有大专及以上学历或者中级以上职业资格: either way in — the qualification (a skill grade from 中级工 up) was unread and
    asked beside the degree."""
    doc = _doc("徐州市人才补贴办法\n\n一、申请条件\n具有大专及以上学历或者中级以上职业资格。\n\n二、补贴标准\n每人1万元。\n",
               "江苏省徐州市/办法.txt")
    person = {"kind": "individual", "region": "江苏省徐州市鼓楼区", "hukou": "江苏省徐州市鼓楼区", **facts}
    assert _status(doc, _only(doc), ON, **person) == verdict


@pytest.mark.parametrize("founded, verdict", [("2024-10-10", "eligible"), ("2025-02-01", "ineligible")])
def test_the_person_who_runs_a_firm_and_months_since_registration(founded: str, verdict: str) -> None:
    """申请人为所创办企业的法定代表人或个体工商户经营者: a person (the kind was read as an enterprise, so every founder failed);
    自登记注册之日起满12个月: a year since the firm's registration, counted in months (it was left to a person)."""
    doc = _doc("蜀山区一次性创业补贴申请指南\n\n一、补贴对象\n在本区依法登记注册企业的毕业5年内高校毕业生，并同时符合下列条件的：\n"
               "(1)申请人为所创办企业的法定代表人或个体工商户经营者；\n(2)自登记注册之日起满12个月。\n\n二、补贴标准\n每户5000元。\n",
               "安徽省合肥市蜀山区/指南.txt")
    founder = {"kind": "individual", "region": "安徽省合肥市蜀山区", "education": "bachelor", "graduated": "2023-06-30",
               "entrepreneur": True, "founded": founded}
    assert _status(doc, _only(doc), date(2025, 11, 20), **founder) == verdict


@pytest.mark.parametrize("sentence, fact", [("初创企业登记注册满6个月", "founded_years"), ("正常经营6个月以上的个体工商户", "founded_years"),
                                            ("2023年1月1日以后设立的企业", "founded"),
                                            ("持续经营3个月的累计客流量保持增长", None), ("创新创业人才类企业", None)])
def test_months_since_a_firm_was_founded_and_words_that_name_no_founder(sentence: str, fact) -> None:
    """登记注册满6个月, 正常经营6个月以上: half a year since registration (months were read for no fact); 持续经营3个月的累计客流量:
    months that measure something else; 创新创业人才类企业: a kind of firm, no founder asked of it."""
    doc = _doc(f"蜀山区创业补贴办法\n\n一、申请条件\n{sentence}。\n\n二、补贴标准\n每户5000元。\n", "安徽省合肥市蜀山区/办法.txt")
    facts = {t["fact"] for t in _tests(_only(doc)["logic"])}
    assert ("founded_years" in facts) == (fact == "founded_years") and ("founded" in facts) == (fact == "founded")
    assert "entrepreneur" not in facts or "个体工商户" in sentence  # an 个体工商户 runs its own business


ANQING = ("安庆市来宜青年人才安家补贴实施细则\n\n第一条 为吸引青年人才来宜就业创业，制定本细则。\n\n"
          "第二条 补贴对象。2025年1月1日以后与安庆市区（迎江区、大观区、宜秀区）企业签订劳动合同的下列人员：\n"
          "（一）全日制博士研究生，年龄45周岁以下；\n（二）全日制硕士研究生，年龄35周岁以下。\n以上年龄计算截至申请之日。\n\n"
          "第三条 申请条件。申请人应在本市缴纳社会保险满6个月，且申请时仍在市区就业。\n\n"
          "第四条 补贴标准。博士研究生每人10万元，硕士研究生每人3万元。\n\n"
          "第五条 下列人员不纳入补贴范围：\n（一）在本市机关事业单位工作的人员；\n（二）被列入严重失信主体名单的人员。\n")
ANQING_MASTER = {"kind": "individual", "region": "安徽省安庆市大观区", "education": "master", "full_time": True,
                 "born": "1995-01-01", "employed": True, "employer_kind": "enterprise", "hired": "2025-03-01",
                 "social_insurance_months": 8, "dishonest": False}


@pytest.mark.parametrize("facts, verdict", [({}, "eligible"),
                                            ({"born": "1985-01-01"}, "ineligible"),  # ⚠ was eligible
                                            ({"hired": "2024-10-01"}, "ineligible"),  # ⚠ was eligible
                                            ({"region": "安徽省安庆市怀宁县"}, "ineligible")])  # ⚠ was eligible
def test_run_in_labels_that_end_in_a_full_stop_and_a_lead_of_exclusions(facts: dict, verdict: str) -> None:
    """第二条 补贴对象。…的下列人员： and 第三条 申请条件。…: blocks with a run-in label ending in 。, the 补贴对象 one binding the
    others; 第五条 下列人员不纳入补贴范围： leads exclusions — it was taken for the one condition block, and the guide
    was judged on its exclusions alone."""
    doc = _doc(ANQING, "安徽省安庆市/细则.txt")
    assert _status(doc, _only(doc), ON, **{**ANQING_MASTER, **facts}) == verdict


def test_amounts_after_a_grants_colon_and_no_home_in_a_place() -> None:
    """给予一次性购房补贴：博士研究生20万元… and 未在金华市区拥有住房的引进人才，可按月申请租房补贴：…: the figures after a
    grant's colon are what it pays (the grants had no programme), and 未在…拥有住房 is no home there."""
    doc = _doc("婺城区引进人才安居补贴实施办法\n\n第一条 申请人才安居补贴，应同时符合下列条件：\n（一）在婺城区缴纳社会保险满12个月；\n"
               "（二）信用良好。\n\n第二条 购房补贴。引进人才在婺城区购买首套新建商品住房的，给予一次性购房补贴：博士研究生20万元，硕士研究生10万元。\n\n"
               "第三条 租房补贴。未在金华市区拥有住房的引进人才，可按月申请租房补贴：博士研究生每月2000元，硕士研究生每月1000元。\n",
               "浙江省金华市婺城区/办法.txt")
    assert len(doc["programmes"]) >= 3
    rent = next(p for p in doc["programmes"] if "租房" in p["title"] or "未在金华市区" in p["title"])
    assert "homes_owned" in {t["fact"] for t in _tests(rent["logic"])}


NANCHONG = ("南充市高校毕业生就业创业补贴申领通知\n\n一、一次性求职创业补贴\n（一）补贴对象。本市普通高校毕业生。\n（二）补贴标准。每人1500元。\n"
            "（三）申报时间。2025年10月1日至2025年11月30日，逾期不再受理。\n\n二、一次性就业补贴\n（一）补贴对象。在本市企业就业的2025届高校毕业生。\n"
            "（二）补贴标准。每人1000元。\n")


def test_a_parts_window_after_a_run_in_label_is_that_parts_only() -> None:
    """（三）申报时间。2025年10月1日至2025年11月30日: the window under a run-in label closes its part (申报时间。 hid it) —
    and only its part: the other part's grant stays open after it."""
    doc = _doc(NANCHONG, "四川省南充市/通知.txt")
    first, second = doc["programmes"]
    grad = {"kind": "individual", "region": "四川省南充市顺庆区", "education": "bachelor", "graduated": "2025-06-30",
            "employed": True, "employer_kind": "enterprise"}
    assert _status(doc, first, date(2025, 12, 10), **grad) == "ineligible"  # was possible: the window was not read
    assert _status(doc, second, date(2025, 12, 10), **grad) == "eligible"


def test_an_age_before_a_list_of_groups_is_said_of_each() -> None:
    """35周岁以下的全日制硕士研究生、博士研究生: the age in the lead binds both groups (a doctor of 50 was eligible when
    the first group took it alone)."""
    doc = _doc("烟台市青年人才生活补贴办法\n\n一、补贴对象\n35周岁以下的全日制硕士研究生、博士研究生。\n\n二、补贴标准\n每人每月1000元。\n",
               "山东省烟台市/办法.txt")
    person = {"kind": "individual", "region": "山东省烟台市芝罘区", "education": "doctor", "full_time": True}
    assert _status(doc, _only(doc), ON, **person, born="1976-01-01") == "ineligible"
    assert _status(doc, _only(doc), ON, **person, born="1995-01-01") == "eligible"


def test_a_lead_of_exclusions_is_never_the_guides_condition_block() -> None:
    """第二条 …的个人，可按本办法申请… / 第三条 下列人员不纳入补贴范围：(一)…: the guide is its grant, bound by the exclusions;
    the exclusion lead was taken for a block, and its programme asked nothing."""
    doc = _doc("安庆市来宜青年人才安家补贴实施细则\n\n第一条 为吸引青年人才，制定本细则。\n\n第二条 在安庆市区企业就业的全日制硕士研究生，给予每人3万元安家补贴。\n\n"
               "第三条 下列人员不纳入补贴范围：\n（一）在本市机关事业单位工作的人员；\n（二）被列入严重失信主体名单的人员。\n", "安徽省安庆市/细则.txt")
    assert not [p for p in doc["programmes"] if p["node"].startswith("art_3")]
    person = {"kind": "individual", "region": "安徽省安庆市大观区", "education": "bachelor", "full_time": True, "employed": True,
              "employer_kind": "enterprise", "dishonest": False}
    assert all(_status(doc, p, ON, **person) != "eligible" for p in doc["programmes"])


# --- session of 2026-12-07 (third): negated areas, years that do not matter, lists of 届, full-time floors ----------

LINYI = ("临沂市青年人才和新市民购房补贴通知\n\n一、补贴对象\n户籍不在中心城区（含本市各县户籍及外市户籍人员）的新市民，"
         "在临沂市中心城区（兰山区、罗庄区、河东区）购买新建商品住房的，给予每套1万元补贴。\n")


@pytest.mark.parametrize("hukou, want", [("山东省临沂市沂水县", "possible"), ("山东省临沂市罗庄区", "ineligible")])
def test_a_hukou_not_in_an_area_is_outside_it(hukou, want) -> None:
    """户籍不在中心城区（…）: the 户籍 must lie outside the districts the area lists (a 沂水县 户籍 failed it, 罗庄区 passed)."""
    doc = _doc(LINYI, "山东省临沂市/通知.txt")
    person = {"kind": "individual", "region": "山东省临沂市河东区", "hukou": hukou, "home_region": "山东省临沂市河东区",
              "new_home": True}
    tests = [t for t in _tests(_only(doc)["logic"]) if t["fact"] == "hukou"]
    assert tests and all(t["op"] == "not in" for t in tests)
    assert _status(doc, _only(doc), ON, **person) == want


def test_words_that_say_a_fact_does_not_matter_ask_nothing() -> None:
    """不论户籍是否在本市: neither a 户籍 nor a place in the city is asked (an out-of-town buyer was ineligible)."""
    doc = _doc("九江市中心城区商品住房消费补贴实施细则\n\n第三条 在中心城区购买新建商品住房的购房人，不论户籍是否在本市，"
               "均可按本细则申请补贴，每套补贴1万元。\n", "江西省九江市/细则.txt")
    facts = {t["fact"] for t in _tests(_only(doc)["logic"])}
    assert "hukou" not in facts and "region" not in facts
    buyer = {"kind": "individual", "region": "湖北省黄冈市黄州区", "hukou": "湖北省黄冈市黄州区",
             "home_region": "江西省九江市濂溪区", "new_home": True}
    assert _status(doc, _only(doc), ON, **buyer) != "ineligible"


NANCHONG_2 = ("南充市高校毕业生就业补贴通知\n\n一、补贴对象\n2025年1月1日以后在南充市内企业就业，并在南充市缴纳社会保险满6个月的"
              "2024届、2025届全日制高校毕业生，给予一次性就业补贴2000元。\n")


@pytest.mark.parametrize("graduated, hired, want", [("2024-06-30", "2025-03-01", "eligible"),
                                                    ("2023-06-30", "2025-03-01", "ineligible"),
                                                    ("2025-06-30", "2024-12-01", "ineligible")])
def test_a_list_of_graduating_years_and_a_day_before_work(graduated, hired, want) -> None:
    """2024届、2025届…毕业生: either year (only 2025 was read); 2025年1月1日以后在…企业就业: the day bounds the hiring."""
    doc = _doc(NANCHONG_2, "四川省南充市/通知.txt")
    grad = {"kind": "individual", "region": "四川省南充市顺庆区", "education": "bachelor", "full_time": True,
            "graduated": graduated, "hired": hired, "employed": True, "employer_kind": "enterprise",
            "social_insurance_months": 8}
    assert _status(doc, _only(doc), ON, **grad) == want


JIANGMEN_FLOOR = ("江门市人才安居补贴办法\n\n一、补贴对象\n在本市就业的全日制本科及以上学历人才，给予每人1万元补贴。\n")


@pytest.mark.parametrize("education, want", [("master", "possible"), ("bachelor", "ineligible")])
def test_a_full_time_degree_may_lie_below_the_highest(education, want) -> None:
    """全日制本科及以上学历: a part-time master may hold a full-time bachelor's degree — open; a part-time bachelor fails."""
    doc = _doc(JIANGMEN_FLOOR, "广东省江门市/办法.txt")
    person = {"kind": "individual", "region": "广东省江门市蓬江区", "employed": True, "education": education,
              "full_time": False}
    assert _status(doc, _only(doc), ON, **person) == want


def test_a_senior_title_named_by_its_level_is_held() -> None:
    """具有高级专业技术职称的人员 is met by a title held as 高级专业技术职称 (副高 at least), not only by 副高级职称."""
    doc = _doc("安庆市人才安家补贴细则\n\n一、补贴对象\n在本市就业的具有高级专业技术职称的人员，给予每人3万元安家补贴。\n",
               "安徽省安庆市/细则.txt")
    person = {"kind": "individual", "region": "安徽省安庆市大观区", "employed": True}
    assert _status(doc, _only(doc), ON, **person, titles=["高级专业技术职称"]) == "eligible"
    assert _status(doc, _only(doc), ON, **person, titles=["中级经济师"]) == "ineligible"


GAOYAO = ("关于组织申报2025年度规模以上工业企业稳产增产奖励资金的通知\n\n各有关企业：\n为支持工业企业稳产增产，现将有关事项通知如下：\n\n"
          "【申报主体】在高要区注册登记、具有独立法人资格的规模以上工业企业。\n\n【奖励标准】\n一、稳产奖励。2025年度营业收入达到1亿元（含）以上的企业，"
          "给予一次性奖励10万元。\n\n【不予支持情形】被列入严重失信主体名单的企业，不予支持。\n\n【申报材料】1.奖励资金申报表；2.营业执照复印件。\n\n"
          "【联系方式】区工业和信息化局，联系电话：0758-8388xxxx。\n\n肇庆市高要区工业和信息化局\n2026年2月24日\n")


def test_a_bracketed_label_with_its_text_is_a_part_of_the_guide() -> None:
    """【申报主体】在高要区注册…的规模以上工业企业。: a label with its text on the same line heads its part (it was running
    text, and 【不予支持情形】… hung under the grant before it); its text binds, and the parts after it — materials, a
    telephone number, the signature — are no conditions."""
    doc = _doc(GAOYAO, "广东省肇庆市高要区/通知.txt")
    labels = [n for n in walk(doc["body"]) if (n.get("num") or "").startswith("【")]
    assert len(labels) == 5 and len({n["id"].rsplit("__", 1)[0] for n in labels}) == 1  # siblings, none under another
    texts = " ".join(c["text"] for p in doc["programmes"] for c in _conditions(p["logic"]))
    assert "申报表" not in texts and "联系电话" not in texts and "2026年2月24日" not in texts
    firm = {"kind": "enterprise", "region": "广东省肇庆市高要区", "legal_person": True, "industrial": True,
            "titles": ["规模以上工业企业"], "revenue": 1.2e8, "dishonest": False}
    grant = next(p for p in doc["programmes"] if "稳产" in p["title"] or "1亿元" in p["title"])
    assert _status(doc, grant, ON, **firm) == "eligible"
    assert _status(doc, grant, ON, **{**firm, "region": "广东省肇庆市端州区"}) == "ineligible"
    assert _status(doc, grant, ON, **{**firm, "dishonest": True}) == "ineligible"


LINYI_GROUPS = ("临沂市关于对青年人才和新市民购买新建商品住房给予补贴的通知\n\n一、适用范围\n本通知适用于在我市中心城区（兰山区、罗庄区、河东区）"
                "购买新建商品住房的个人。在各县（市）购买住房的，按所在县（市）政策执行，不适用本通知。\n\n二、补贴对象及条件\n"
                "（一）青年人才。2025年3月1日至2025年12月31日期间在中心城区购买新建商品住房，购房时年龄在35周岁（含）以下，且具有全日制本科及以上"
                "学历的人员。其中，博士研究生年龄可放宽至40周岁（含）。\n（二）新市民。2025年3月1日至2025年12月31日期间在中心城区购买新建商品住房，"
                "户籍不在中心城区（含本市各县户籍及外市户籍人员），且在本市缴纳社会保险满6个月的人员。\n\n三、补贴标准\n"
                "（一）青年人才：博士研究生每套补贴5万元，硕士研究生每套补贴3万元，全日制本科每套补贴1.5万元。\n"
                "（二）新市民：按购房总价款的1%给予补贴，每套最高不超过1万元。\n")
LINYI_BUYER = {"kind": "individual", "region": "山东省临沂市兰山区", "home_region": "山东省临沂市兰山区", "new_home": True,
               "home_purchased": "2025-07-01", "dishonest": False}


def _linyi(word: str) -> tuple[dict, dict]:
    doc = _doc(LINYI_GROUPS, "山东省临沂市/通知.txt")
    return doc, next(p for p in doc["programmes"] if p["title"].startswith(word))


@pytest.mark.parametrize("word, facts, want", [
    # each group's grant is bound by its own group's conditions, not by the other's (a master with a 兰山区 户籍 failed
    # 新市民's 户籍不在中心城区; a 新市民 was left waiting on 青年人才's degree)
    ("硕士研究生", {"education": "master", "full_time": True, "born": "1993-01-01", "hukou": "山东省临沂市兰山区"}, "eligible"),
    ("新市民", {"hukou": "山东省临沂市沂水县", "social_insurance_months": 9}, "eligible"),
    ("新市民", {"hukou": "山东省临沂市罗庄区", "social_insurance_months": 9}, "ineligible"),
    # 其中，博士研究生年龄可放宽至40周岁（含）: a doctor of 38 at purchase is in; a master of 38 is not
    ("博士研究生", {"education": "doctor", "full_time": True, "born": "1987-01-01"}, "eligible"),
    ("硕士研究生", {"education": "master", "full_time": True, "born": "1987-01-01"}, "ineligible"),
    # 全日制本科每套补贴1.5万元 after 硕士研究生每套补贴3万元: the row's own degree, not the row before's as well
    ("全日制本科", {"education": "bachelor", "full_time": True, "born": "1995-01-01"}, "eligible"),
])
def test_a_grant_labelled_with_a_group_is_bound_by_that_group(word, facts, want) -> None:
    doc, programme = _linyi(word)
    assert _status(doc, programme, date(2025, 9, 1), **{**LINYI_BUYER, **facts}) == want


def test_a_home_in_a_county_of_the_city_is_excluded() -> None:
    """在各县（市）购买住房的，按所在县（市）政策执行，不适用本通知: a home in 沂水县 is left out; one in 兰山区 is not (the
    exclusion was for a person to judge, so no buyer was ever eligible)."""
    doc, programme = _linyi("新市民")
    buyer = {**LINYI_BUYER, "hukou": "山东省临沂市沂水县", "social_insurance_months": 9}
    assert _status(doc, programme, date(2025, 9, 1), **buyer) == "eligible"
    excluded = [e for e in programme["exclusions"] if e["test"] and e["test"]["fact"] == "home_region"]
    assert excluded and excluded[0]["test"]["op"] == "not in"
    assert _status(doc, programme, date(2025, 9, 1), **{**buyer, "home_region": "山东省临沂市沂水县"}) == "ineligible"


TAOYUAN = ("桃源县返乡入乡创业一次性创业补贴实施细则\n\n一、补贴对象\n本细则所称返乡入乡创业人员，是指具有桃源县户籍，2025年1月1日至2026年12月31日期间"
           "在桃源县行政区域内登记注册小微企业、个体工商户或农民专业合作社，并担任法定代表人或主要负责人的人员。\n\n二、申请条件\n"
           "申请一次性创业补贴，应同时符合下列条件：\n1.年龄在16周岁以上，女性不超过55周岁、男性不超过60周岁；\n"
           "2.创业实体自登记注册之日起满6个月，且申请时距登记注册之日不超过2年；\n3.本人未被列入严重失信主体名单。\n\n三、补贴标准\n"
           "符合条件的，给予一次性创业补贴5000元。\n")
TAOYUAN_FOUNDER = {"kind": "individual", "sex": "male", "born": "1985-05-01", "hukou": "湖南省常德市桃源县",
                   "region": "湖南省常德市桃源县", "entrepreneur": True, "dishonest": False}


@pytest.mark.parametrize("founded, on, want", [
    ("2025-04-10", date(2026, 3, 15), "eligible"),
    ("2024-12-20", date(2025, 8, 1), "ineligible"),   # registered before the window (the day was for a person)
    ("2025-02-01", date(2027, 3, 1), "ineligible"),   # more than two years since registration (申请时距…不超过2年)
])
def test_a_founders_window_and_the_years_since_registration(founded, on, want) -> None:
    """…期间在桃源县行政区域内登记注册小微企业、个体工商户或农民专业合作社，并担任法定代表人或主要负责人: the window bounds
    the founding even with the place between; what is registered and 主要负责人 ask nothing more of a founder (农民专业合作社
    is no 农民); 本细则所称返乡入乡创业人员 names the term; 申请时距登记注册之日不超过2年 is years since registration."""
    doc = _doc(TAOYUAN, "湖南省常德市桃源县/细则.txt")
    assert _status(doc, _only(doc), on, **TAOYUAN_FOUNDER, founded=founded) == want


def test_a_title_the_text_defines_is_met_by_its_definition() -> None:
    """本通知所称规模以上工业企业，是指2025年度主营业务收入2000万元（含）以上的工业法人企业: a firm that meets the definition
    holds the title the text asks for, listed or not (工业法人企业 is industrial and a legal person)."""
    doc = _doc(GAOYAO.replace("的规模以上工业企业。\n", "的规模以上工业企业。本通知所称规模以上工业企业，是指2025年度主营业务收入2000万元"
                              "（含）以上的工业法人企业。\n"), "广东省肇庆市高要区/通知.txt")
    grant = next(p for p in doc["programmes"] if "稳产" in p["title"] or "1亿元" in p["title"])
    firm = {"kind": "enterprise", "region": "广东省肇庆市高要区", "legal_person": True, "industrial": True,
            "revenue": 1.2e8, "dishonest": False}
    assert _status(doc, grant, ON, **firm) == "eligible"
    assert _status(doc, grant, ON, **{**firm, "industrial": False}) == "ineligible"


GAOYAO_TAX = GAOYAO.replace("【不予支持情形】", "二、纳税贡献奖励。按企业2025年度在高要区实际缴纳税收分档奖励：\n（一）500万元（含）至1000万元的奖励10万元；\n"
                            "（二）1000万元（含）至3000万元的奖励20万元；\n（三）3000万元（含）以上的奖励50万元。\n\n【不予支持情形】") \
    .replace("【申报材料】", "【申报时间】2026年3月1日至2026年4月15日，逾期不予受理。\n\n【申报材料】")


@pytest.mark.parametrize("tax, first, second", [(8e6, "eligible", "ineligible"), (1.2e7, "ineligible", "eligible"),
                                                (1e7, "ineligible", "eligible")])  # 1000万元（含） belongs to the second
def test_grants_tiered_by_a_fact_the_lead_names(tax, first, second) -> None:
    """按企业…实际缴纳税收分档奖励：（一）500万元（含）至1000万元的奖励10万元；…: each tier is a programme, of tax paid in its
    range (the tiers had none: whatever the tax, the guide's one programme was open)."""
    doc = _doc(GAOYAO_TAX, "广东省肇庆市高要区/通知.txt")
    tiers = [p for p in doc["programmes"] if p["title"].startswith(("500万元", "1000万元"))]
    assert len(tiers) == 2
    firm = {"kind": "enterprise", "region": "广东省肇庆市高要区", "legal_person": True, "industrial": True,
            "titles": ["规模以上工业企业"], "dishonest": False, "tax_paid": tax}
    assert [_status(doc, p, date(2026, 3, 20), **firm) for p in tiers] == [first, second]


def test_a_window_under_a_bracketed_label_closes_the_guide() -> None:
    """【申报时间】2026年3月1日至2026年4月15日，逾期不予受理: the label names the window over its text (the date was a figure)."""
    doc = _doc(GAOYAO_TAX, "广东省肇庆市高要区/通知.txt")
    grant = next(p for p in doc["programmes"] if p["title"].startswith("1000万元"))
    firm = {"kind": "enterprise", "region": "广东省肇庆市高要区", "legal_person": True, "industrial": True,
            "titles": ["规模以上工业企业"], "dishonest": False, "tax_paid": 1.2e7}
    assert _status(doc, grant, date(2026, 4, 10), **firm) == "eligible"
    assert _status(doc, grant, date(2026, 5, 20), **firm) == "ineligible"


SHUSHAN = ("蜀山区创业担保贷款申请指南\n\n一、个人创业担保贷款\n1.申请对象\n在本区创办个体工商户、小微企业并担任法定代表人或主要负责人，"
           "且属于下列人员之一的，可申请个人创业担保贷款：\n(1)毕业5年内的高校毕业生；\n(2)退役军人；\n(3)脱贫人口。\n2.基本条件\n"
           "(1)年满18周岁且不超过60周岁；\n(2)本人信用良好。\n")


def test_a_lead_of_groups_after_its_subject_makes_them_alternatives() -> None:
    """…并担任法定代表人或主要负责人，且属于下列人员之一的，可申请…：(1)…(2)退役军人…: any group will do — a graduate of
    five and a half years fails one group, and the veterans' stays open (all were asked of everyone)."""
    doc = _doc(SHUSHAN, "安徽省合肥市蜀山区/指南.txt")
    founder = {"kind": "individual", "region": "安徽省合肥市蜀山区", "entrepreneur": True, "born": "1995-01-01",
               "dishonest": False, "education": "bachelor"}
    assert _status(doc, _only(doc), ON, **founder, graduated="2021-06-30") == "possible"
    assert _status(doc, _only(doc), ON, **founder, graduated="2023-06-30") == "eligible"


def test_cases_of_a_statute_are_no_group_of_applicants() -> None:
    """属于下列情形之一的，可以由当事人单方申请：: the cases a registration may be applied for alone — no programme."""
    doc = _doc("不动产登记暂行条例\n\n第十四条 因买卖申请不动产登记的，应当由当事人双方共同申请。\n属于下列情形之一的，可以由当事人单方申请：\n"
               "（一）尚未登记的不动产首次申请登记的；\n（二）继承、接受遗赠取得不动产权利的。\n", "条例.txt")
    assert doc["programmes"] == []


JINGZHOU = ("荆州市中心城区购房契税补贴实施细则\n\n【补贴范围】2025年4月1日（含）至2025年12月31日（含），在荆州市中心城区（沙市区、荆州区）购买"
            "新建商品住房并缴纳契税的个人，可按本细则申请契税补贴。\n\n【补贴标准】\n1. 购买首套新建商品住房的，按所缴契税的50%给予补贴；\n"
            "2. 购买第二套新建商品住房的，按所缴契税的30%给予补贴。\n单套住房补贴金额最高不超过3万元。\n\n【申请条件】\n"
            "（1）购房人为自然人，单位购房不予补贴；\n（2）所购住房建筑面积144平方米（含）以下，多孩家庭购房不受面积限制；\n"
            "（3）已缴纳本套住房契税。\n\n【不予补贴的情形】\n一是购买二手住房、法拍房、安置房的；\n二是购房前家庭已拥有2套及以上住房的；\n"
            "三是购房人被列入失信被执行人名单的。\n")
JINGZHOU_BUYER = {"kind": "individual", "region": "湖北省荆州市沙市区", "home_region": "湖北省荆州市沙市区", "new_home": True,
                  "home_purchased": "2025-06-01", "homes_owned": 1, "home_area": 120, "dishonest": False, "children": 1}


@pytest.mark.parametrize("change, want", [
    ({}, "eligible"),
    ({"home_area": 150}, "ineligible"),                 # 【申请条件】's items bind (the label's items were no conditions)
    ({"home_area": 150, "children": 3}, "eligible"),    # 多孩家庭购房不受面积限制: the limit, or the family it spares
    ({"dishonest": True}, "ineligible"),                # 【不予补贴的情形】's items exclude (they were lost)
    ({"kind": "enterprise"}, "ineligible"),             # 单位购房不予补贴
])
def test_the_items_under_a_guides_labels_bind(change, want) -> None:
    doc = _doc(JINGZHOU, "湖北省荆州市/细则.txt")
    second = next(p for p in doc["programmes"] if p["title"].startswith("购买第二套"))
    assert _status(doc, second, date(2025, 9, 1), **{**JINGZHOU_BUYER, **change}) == want


def test_two_homes_or_more_is_two() -> None:
    """购房前家庭已拥有2套及以上住房的 excludes a family with two homes, not one with one (它 read ≥ 1: every second home failed)."""
    doc = _doc(JINGZHOU, "湖北省荆州市/细则.txt")
    tests = [e["test"] for p in doc["programmes"] for e in p["exclusions"] if e["test"] and e["test"]["fact"] == "homes_owned"]
    assert tests and all(t["op"] == ">=" and t["value"] == 2 for t in tests)


def test_how_a_new_home_is_sold_and_the_kinds_it_is_not_ask_nothing_more() -> None:
    """在中心城区取得商品房预售许可或办理现房销售备案的新建商品住房（不包括二手住房、安置房、保障性住房以及商业、办公等非住宅用房）:
    a new market home, said in full — no words are left for a person."""
    for text in ("在中心城区取得商品房预售许可或办理现房销售备案的新建商品住房", "不包括二手住房、安置房、保障性住房以及商业、办公等非住宅用房"):
        tests, open_words = read_segment(Segment(text, (), (("江西省", "province"), ("九江市", "city"))))
        assert not open_words and any(t.fact == "new_home" for t in tests)


@pytest.mark.parametrize("text", ["以上补贴不重复享受", "同一类别不重复计算", "按就高原则享受一项", "不得重复申领"])
def test_how_grants_combine_asks_nothing(text) -> None:
    """以上补贴不重复享受，单套住房补贴金额最高不超过3万元: how grants combine, not a condition left for a person (the grants
    above it stayed open for everyone)."""
    doc = _doc(JINGZHOU.replace("单套住房补贴金额", f"{text}，单套住房补贴金额"), "湖北省荆州市/细则.txt")
    second = next(p for p in doc["programmes"] if p["title"].startswith("购买第二套"))
    assert _status(doc, second, date(2025, 9, 1), **JINGZHOU_BUYER) == "eligible"


def test_a_grant_raised_for_some_is_a_programme_of_its_own() -> None:
    """符合条件的，给予一次性创业补贴5000元。其中，脱贫人口、退役军人返乡创业的，补贴标准提高至8000元: the 5000元 is for every founder
    the guide admits (the raised group was asked of everyone), and the 8000元 is a programme of its own, open on who is in
    the group."""
    doc = _doc(TAOYUAN.replace("给予一次性创业补贴5000元。", "给予一次性创业补贴5000元。其中，脱贫人口、农村低收入人口、退役军人返乡创业的，"
                                                       "补贴标准提高至8000元。"), "湖南省常德市桃源县/细则.txt")
    base = next(p for p in doc["programmes"] if "5000元" in p["title"])
    raised = next(p for p in doc["programmes"] if "8000元" in p["title"])
    assert _status(doc, base, date(2026, 3, 15), **TAOYUAN_FOUNDER, founded="2025-04-10") == "eligible"
    assert _status(doc, raised, date(2026, 3, 15), **TAOYUAN_FOUNDER, founded="2025-04-10") == "possible"
    assert _status(doc, raised, date(2026, 3, 15), **TAOYUAN_FOUNDER, founded="2024-04-10") == "ineligible"


WANCHENG = ("宛城区高新技术企业奖补办法\n\n第一条 为引导企业加大研发投入,制定本办法.\n\n第二条 本办法适用于在宛城区内依法注册、具有独立法人资格的企业.\n\n"
            "第三条 高新技术企业认定奖励.对2025年度首次认定的国家高新技术企业,给予一次性奖励20万元;对2025年度重新认定的国家高新技术企业,"
            "给予一次性奖励10万元.\n")


def test_a_half_width_full_stop_ends_a_sentence() -> None:
    """高新技术企业认定奖励.对2025年度首次认定的国家高新技术企业,给予…: the half-width stop ends the label's sentence, so the year of
    first recognition stays a condition (a title holder was eligible, first recognised in 2025 or not)."""
    doc = _doc(WANCHENG, "河南省南阳市宛城区/办法.txt")
    first = next(p for p in doc["programmes"] if "20万元" in p["title"])
    firm = {"kind": "enterprise", "region": "河南省南阳市宛城区", "legal_person": True, "titles": ["国家高新技术企业"]}
    assert _status(doc, first, ON, **firm) == "possible"


JIANGXIA_REWARD = ("武汉市江夏区专精特新培育企业认定和奖励办法\n\n第三条　申请认定的企业应同时具备下列条件：\n（一）在江夏区注册登记，具有独立法人资格；\n"
            "（二）上一年度营业收入1000万元以上。\n\n第四条　有下列情形之一的，不予认定：\n（一）被列入严重失信主体名单的；\n"
            "（二）已被认定为国家级专精特新“小巨人”企业或湖北省专精特新中小企业的。\n\n第五条　对经认定的江夏区专精特新培育企业，给予一次性奖励10万元。\n"
            "江夏区专精特新培育企业获评湖北省专精特新中小企业的，再给予20万元奖励。\n")


def test_an_exclusion_the_grants_own_event_contradicts_does_not_bind_it() -> None:
    """已被认定为…湖北省专精特新中小企业的 (不予认定) does not close 培育企业获评湖北省专精特新中小企业的，再给予20万元 — the title it
    excludes is the one the reward is for; and the two titles held, one after the other, are what the reward names."""
    doc = _doc(JIANGXIA_REWARD, "湖北省武汉市江夏区/办法.txt")
    reward = next(p for p in doc["programmes"] if "20万元" in p["title"])
    firm = {"kind": "enterprise", "region": "湖北省武汉市江夏区", "legal_person": True, "revenue": 8e7, "dishonest": False,
            "titles": ["江夏区专精特新培育企业", "湖北省专精特新中小企业"]}
    assert _status(doc, reward, date(2025, 9, 15), **firm) == "eligible"
    assert _status(doc, reward, date(2025, 9, 15), **{**firm, "titles": ["江夏区专精特新培育企业"]}) != "eligible"


def test_an_exclusion_of_those_who_run_a_business() -> None:
    """第六条 有下列情形之一的，不予补贴：已办理个体工商户营业执照或者担任企业法定代表人的: a founder is left out (the words were for a
    person to judge)."""
    doc = _doc("西安市雁塔区灵活就业社会保险补贴实施细则\n\n第四条 在本区以灵活就业身份连续缴纳企业职工基本养老保险费满6个月的人员，"
               "给予每月300元社会保险补贴。\n\n第六条 有下列情形之一的，不予补贴：\n（一）已办理个体工商户营业执照或者担任企业法定代表人的；\n"
               "（二）被人民法院列入失信被执行人名单的。\n", "陕西省西安市雁塔区/细则.txt")
    person = {"kind": "individual", "region": "陕西省西安市雁塔区", "employed": True, "social_insurance_months": 8,
              "dishonest": False}
    grant = _only(doc)
    assert _status(doc, grant, ON, **person, entrepreneur=True) == "ineligible"
    assert _status(doc, grant, ON, **person, entrepreneur=False) != "ineligible"


TINGHU = ("亭湖区新市民购房契税补贴办事指南\n\n【补贴对象】\n在亭湖区行政区域内购买新建商品住房的新市民。本指南所称新市民，是指同时符合下列条件的人员：\n"
          "1. 非亭湖区户籍（盐城市其他县（市、区）户籍的，视为非亭湖区户籍）；\n2. 在亭湖区就业或创业；\n3. 在本市连续缴纳职工社会保险满6个月（含）。\n\n"
          "【补贴标准】\n（一）基础补贴：新市民购房的，按已缴纳契税的50%给予补贴。\n（二）青年学历补贴：年龄在40周岁以下（以网签备案时间计算）"
          "且具有全日制大专及以上学历的新市民，按已缴纳契税的100%给予补贴。已享受我区人才安居购房补贴的人员，不得申请本项补贴。\n\n"
          "【不予补贴情形】\n有下列情形之一的，不予补贴：\n（一）以企业等单位名义购房的；\n（二）被人民法院列入失信被执行人名单的。\n")
TINGHU_BUYER = {"kind": "individual", "region": "江苏省盐城市亭湖区", "home_region": "江苏省盐城市亭湖区", "new_home": True,
                "hukou": "江苏省盐城市射阳县", "employed": True, "social_insurance_months": 8, "dishonest": False}


@pytest.mark.parametrize("change, base, young", [
    ({}, "eligible", "possible"),                                       # 本项: the young graduates' own exclusion
    ({"hukou": "江苏省盐城市亭湖区"}, "ineligible", "ineligible"),          # 同时符合下列条件的人员: all of them (was any)
    ({"social_insurance_months": 5}, "ineligible", "ineligible"),
    # 40周岁以下（以网签备案时间计算）: 40 on the day of the contract, 41 on the judging day
    ({"education": "bachelor", "full_time": True, "born": "1985-01-10", "home_purchased": "2025-01-05"}, "eligible", "possible"),
])
def test_a_new_citizens_conditions_and_each_grant_of_the_guide(change, base, young) -> None:
    """本指南所称新市民，是指同时符合下列条件的人员 (a list of conditions, not of groups); 非亭湖区户籍（…户籍的，视为非亭湖区户籍）
    (what the bracket counts, no case that spares the others); （一）基础补贴：…（二）青年学历补贴：… (a grant after a label each);
    the age on the day the bracket names; 已享受…不得申请本项补贴 (its own item's exclusion only)."""
    doc = _doc(TINGHU, "江苏省盐城市亭湖区/指南.txt")
    first = next(p for p in doc["programmes"] if "50%" in p["title"])
    second = next(p for p in doc["programmes"] if "100%" in p["title"])
    buyer = {**TINGHU_BUYER, **change}
    assert [_status(doc, p, date(2026, 1, 20), **buyer) for p in (first, second)] == [base, young]


def test_a_new_citizen_is_no_place_named_new_city() -> None:
    """亭湖区新市民购房…: 新市民 is no place called 新市 after the district (本市 resolved to it)."""
    doc = _doc(TINGHU, "江苏省盐城市亭湖区/指南.txt")
    places = {v for p in doc["programmes"] for t in _tests(p["logic"]) if t["fact"] == "region" for v in t["value"]}
    assert places and not any("新市" in v for v in places)


MAANSHAN = ("马鞍山市2026年度青年人才生活补贴申领通知\n\n一、申领对象\n在我市企业工作，且同时符合下列条件的青年人才：\n"
            "（一）具有全日制本科及以上学历；\n（二）申领时年龄符合以下要求：全日制本科学历人员不超过30周岁，硕士研究生不超过35周岁，"
            "博士研究生不超过40周岁。特别优秀的博士研究生年龄可适当放宽。\n\n二、补贴标准\n每人每月1000元。\n\n三、不予发放情形\n"
            "有下列情形之一的，不予发放：\n1. 在机关事业单位（含参照公务员法管理单位）工作的；\n2. 被列入失信联合惩戒对象名单的。\n")


@pytest.mark.parametrize("facts, want", [
    ({"education": "master", "born": "1992-01-01"}, "eligible"),    # 全日制本科学历人员不超过30周岁 is a row, not asked of all
    ({"education": "master", "born": "1988-01-01"}, "ineligible"),
    ({"education": "doctor", "born": "1983-01-01"}, "possible"),    # 特别优秀的博士研究生年龄可适当放宽: discretion, no condition
    ({"education": "master", "born": "1992-01-01", "employer_kind": "government"}, "ineligible"),  # 机关…（含…）工作的
])
def test_an_age_table_by_degree_and_a_degree_left_to_discretion(facts, want) -> None:
    doc = _doc(MAANSHAN, "安徽省马鞍山市/通知.txt")
    person = {"kind": "individual", "region": "安徽省马鞍山市花山区", "employed": True, "employer_kind": "enterprise",
              "full_time": True, "dishonest": False, **facts}
    assert _status(doc, _only(doc), date(2026, 3, 15), **person) == want


CHENZHOU = ("郴州市高层次人才分类认定和安家补贴实施办法\n\n第四条 对2024年1月1日以后新引进的全职高层次人才，按类别给予一次性安家补贴：A类人才200万元，"
            "B类人才100万元，C类人才50万元，D类人才20万元，E类人才10万元。申请安家补贴须同时符合下列条件：\n（一）本人及配偶在本市无自有住房；\n"
            "（二）D类人才申报时年龄不超过50周岁，E类人才申报时年龄不超过45周岁。\n\n第五条 D类人才在本市规模以上工业企业工作的，按每月1500元发放人才津贴。"
            "E类人才不享受人才津贴。\n")


@pytest.mark.parametrize("talent_class, born, want", [("E", "1983-01-01", "eligible"), ("E", "1978-01-01", "ineligible"),
                                                     ("D", "1978-01-01", "eligible")])
def test_a_grants_rows_by_group_are_alternatives_and_an_exclusion_names_its_grant(talent_class, born, want) -> None:
    """按类别给予一次性安家补贴：A类人才200万元，…E类人才10万元 — one row per class, any will do (all five were asked of
    everyone); E类人才不享受人才津贴 withholds the 津贴, not the 安家补贴."""
    doc = _doc(CHENZHOU, "湖南省郴州市/办法.txt")
    settle = next(p for p in doc["programmes"] if p["node"].startswith("art_4"))
    person = {"kind": "individual", "region": "湖南省郴州市北湖区", "hired": "2025-01-15", "homes_owned": 0,
              "talent_class": talent_class, "born": born}
    assert _status(doc, settle, date(2026, 3, 20), **person) == want


def test_those_who_came_before_the_text_keep_the_old_rules() -> None:
    """实施意见施行之前来淮人才按原有政策执行: a master hired before the text took effect is under the old rules (eligible before)."""
    doc = _doc("关于加强淮安市人才安居保障工作的实施意见\n\n淮政发〔2022〕10号\n\n一、对全职来淮工作并在淮安市购买首套商品住房的硕士研究生，给予购房补贴"
               "5万元。\n二、本实施意见自印发之日起施行。\n三、实施意见施行之前来淮人才按原有政策执行。\n\n淮安市人民政府\n2022年6月14日\n",
               "江苏省淮安市/意见.txt")
    grant = next(p for p in doc["programmes"] if "5万元" in p["title"])
    person = {"kind": "individual", "region": "江苏省淮安市清江浦区", "home_region": "江苏省淮安市清江浦区", "employed": True,
              "education": "master", "homes_owned": 0, "home_purchased": "2023-03-01"}
    assert _status(doc, grant, date(2023, 6, 1), **person, hired="2021-09-01") == "ineligible"
    assert _status(doc, grant, date(2023, 6, 1), **person, hired="2022-09-01") != "ineligible"


GUILIN = ("桂林市市区人才落户办事指南\n\n【适用范围】本指南适用于在秀峰区、叠彩区、象山区、七星区、雁山区、临桂区（以下统称市区）办理人才落户；"
          "阳朔县、灵川县等所辖县（市）的人才落户，按各县（市）有关规定执行。\n\n【申请条件】\n符合下列条件之一的人员，可申请在市区落户：\n"
          "1. 具有全日制大专及以上学历，年龄在45周岁以下，且社会保险参保地在市区；\n2. 在市区创办企业并担任法定代表人。\n\n"
          "【不予办理情形】户籍已在市区的，不适用本指南。\n")
GUILIN_PERSON = {"kind": "individual", "region": "广西壮族自治区桂林市七星区", "hukou": "广西壮族自治区玉林市玉州区",
                 "education": "bachelor", "full_time": True, "born": "1990-01-01", "social_insurance_months": 12}


@pytest.mark.parametrize("change, want", [
    ({}, "eligible"),                                        # 七星区 is a district of the list (a numeral opened it)
    ({"hukou": "广西壮族自治区桂林市临桂区"}, "ineligible"),     # 户籍已在市区的 excludes (its place was read as work's)
    ({"hukou": "广西壮族自治区桂林市阳朔县"}, "eligible"),        # the counties' own rules are theirs, no condition here
])
def test_a_settlement_guide_of_the_urban_districts(change, want) -> None:
    doc = _doc(GUILIN, "广西壮族自治区桂林市/指南.txt")
    assert _status(doc, _only(doc), date(2026, 3, 1), **{**GUILIN_PERSON, **change}) == want


@pytest.mark.parametrize("text, employed", [("未与用人单位签订劳动合同", False), ("与企业签订劳动合同", True)])
def test_no_labour_contract_is_no_job_and_flexible_work_is_none(text, employed) -> None:
    """未与用人单位签订劳动合同 is no contract (it read as one); 以灵活就业方式在本区就业 is work under no contract with a unit."""
    chain = (("河南省", "province"), ("许昌市", "city"), ("建安区", "county"))
    tests, _ = read_segment(Segment(text, (), chain))
    assert [t.value for t in tests if t.fact == "employed"] == [employed]
    tests, _ = read_segment(Segment("以灵活就业方式在本区就业的全日制普通高校专科及以上学历毕业生", (), chain))
    assert not [t for t in tests if t.fact == "employed"]


YUCI = ("榆次区推动科技创新高质量发展若干措施（节选）\n\n第三章 支持创新主体培育\n\n第九条 对入库的科技型中小企业，给予1万元奖励。\n\n"
        "第十一条 对获得国家科学技术奖的我区单位，给予50万元奖励；对获得山西省科学技术奖一等奖的，给予20万元奖励。\n\n"
        "第十四条 本章所称我区企业，是指在榆次区依法注册并具有独立法人资格的企业。被列入严重失信主体名单的企业和单位，不享受本章政策。\n")


def test_an_award_of_a_grade_and_an_exclusion_of_the_chapter() -> None:
    """获得山西省科学技术奖一等奖: that grade (a 二等奖 passed); 被列入严重失信主体名单的企业和单位，不享受本章政策: an exclusion
    of every grant of the chapter (it bound none)."""
    doc = _doc(YUCI, "山西省晋中市榆次区/措施.txt")
    provincial = next(p for p in doc["programmes"] if "一等奖" in p["title"])
    small = next(p for p in doc["programmes"] if "科技型中小企业" in p["title"])
    firm = {"kind": "enterprise", "region": "山西省晋中市榆次区", "legal_person": True, "dishonest": False}
    assert _status(doc, provincial, ON, **firm, awards=["山西省科学技术奖一等奖"]) == "eligible"
    assert _status(doc, provincial, ON, **firm, awards=["山西省科学技术奖二等奖"]) == "ineligible"
    assert _status(doc, small, ON, **firm, titles=["科技型中小企业"]) == "eligible"
    assert _status(doc, small, ON, **{**firm, "dishonest": True}, titles=["科技型中小企业"]) == "ineligible"


@pytest.mark.parametrize("facts, want", [({"employed": True, "social_insurance_months": 14}, "eligible"),
                                         ({"employed": False, "social_insurance_months": 14}, "ineligible"),
                                         ({"employed": True, "social_insurance_months": 0}, "ineligible")])
def test_an_exclusion_of_either_of_two_cases(facts, want) -> None:
    """与本市用人单位解除劳动关系或社会保险关系转出本市的: either side excludes (the 或 made a table the exclusion dropped, so a
    person had to judge both)."""
    doc = _doc(CHENZHOU + "\n第六条 有下列情形之一的，不予发放安家补贴：\n（一）与本市用人单位解除劳动关系或社会保险关系转出本市的。\n",
               "湖南省郴州市/办法.txt")
    settle = next(p for p in doc["programmes"] if p["node"].startswith("art_4"))
    person = {"kind": "individual", "region": "湖南省郴州市北湖区", "hired": "2025-01-15", "homes_owned": 0,
              "talent_class": "E", "born": "1983-01-01", **facts}
    assert _status(doc, settle, date(2026, 3, 20), **person) == want


def test_years_in_business_by_a_day_the_text_names() -> None:
    """截至2025年12月31日运营满1年: founded by 2024-12-31 — counted to that day, not to the day judged."""
    doc = _doc("城固县民办养老机构运营补贴实施办法\n\n一、补贴对象\n截至2025年12月31日运营满1年的养老机构，给予每床每月100元运营补贴。\n",
               "陕西省汉中市城固县/办法.txt")
    tests = [t for t in _tests(_only(doc)["logic"]) if t["fact"] in ("founded", "founded_years")]
    assert [(t["fact"], t["op"], t["value"]) for t in tests] == [("founded", "<=", "2024-12-31")]


def test_a_trade_of_the_commerce_title() -> None:
    """限额以上商贸企业 is held by a 限额以上批发企业 (or 零售, 住宿, 餐饮), not by a 规模以上工业企业."""
    assert F.holds(["限额以上批发企业"], ["限额以上商贸企业"]) and F.holds(["限上零售企业"], ["限额以上商贸企业"])
    assert not F.holds(["规模以上工业企业"], ["限额以上商贸企业"])


LONGHAI = ("龙海区工业企业奖励资金申报通知\n\n一、奖励项目及标准\n（一）规上企业营收奖励\n对2025年度营业收入达到1亿元以上且纳税总额达到500万元以上的"
           "规模以上工业企业，按以下标准给予奖励：\n1. 营业收入1亿元（含）至5亿元（含）的，奖励20万元；\n2. 营业收入超过5亿元的，奖励40万元。\n")


@pytest.mark.parametrize("tax, want", [(6e6, "eligible"), (3e6, "ineligible"), (None, "possible")])
def test_a_lead_paragraph_over_tiers_binds_each(tax, want) -> None:
    """（一）规上企业营收奖励 / 对…营业收入达到1亿元以上且纳税总额达到500万元以上的规模以上工业企业，按以下标准给予奖励： / 1.…: the
    lead, a paragraph of its own under the heading, names whom each tier is for (its tax was read away: a false eligible)."""
    doc = _doc(LONGHAI, "福建省漳州市龙海区/通知.txt")
    tier = next(p for p in doc["programmes"] if "20万元" in p["title"])
    firm = {"kind": "enterprise", "region": "福建省漳州市龙海区", "titles": ["规模以上工业企业"], "revenue": 2e8}
    if tax is not None:
        firm["tax_paid"] = tax
    assert _status(doc, tier, ON, **firm) == want


JINGXIU = ("竞秀区2026年高校毕业生就业创业补贴申领指南\n\n一、高校毕业生一次性求职创业补贴\n【补贴对象】户籍在竞秀区的2026届高校毕业生。\n"
           "【补贴标准】给予每人一次性求职创业补贴2000元。\n\n二、高校毕业生就业补贴\n【补贴对象】2024年1月1日以后（含）与我区企业签订劳动合同的"
           "高校毕业生，同时符合下列条件：\n1. 具有全日制普通高校大专及以上学历；\n2. 申请时年龄在35周岁以下，博士研究生放宽至40周岁以下。\n"
           "【不予补贴情形】有下列情形之一的，不予补贴：\n（一）在机关、事业单位就业的；\n（二）被列入严重失信主体名单的。\n"
           "【补贴标准】给予一次性就业补贴5000元。\n")
JINGXIU_GRAD = {"kind": "individual", "region": "河北省保定市竞秀区", "hukou": "河北省石家庄市长安区", "employed": True,
                "employer_kind": "enterprise", "hired": "2025-03-01", "full_time": True, "education": "bachelor",
                "born": "1995-01-01", "dishonest": False}


@pytest.mark.parametrize("change, want", [
    ({}, "eligible"),
    ({"education": "doctor", "born": "1988-01-01"}, "eligible"),       # 博士研究生放宽至40周岁以下, after a comma
    ({"education": "master", "born": "1988-01-01"}, "ineligible"),
    ({"employer_kind": "government"}, "ineligible"),                   # 在机关、事业单位就业的
])
def test_labels_inside_numbered_parts_and_an_age_widened_after_a_comma(change, want) -> None:
    """一、… / 【补贴对象】… 二、… / 【补贴对象】…: the labels are sections of their part (they rose above 一、 and the second part hung
    under the first's last label); …35周岁以下，博士研究生放宽至40周岁以下: the doctors' limit, not a doctorate asked of all."""
    doc = _doc(JINGXIU, "河北省保定市竞秀区/指南.txt")
    labels = [n for n in walk(doc["body"]) if (n.get("num") or "").startswith("【")]
    assert {n["id"].split("__")[0] for n in labels} == {"item_1", "item_2"}
    second = next(p for p in doc["programmes"] if "5000元" in p["title"] or "就业补贴" in p["title"])
    assert _status(doc, second, date(2026, 4, 10), **{**JINGXIU_GRAD, **change}) == want



@pytest.mark.parametrize("old, new", [
    ("，博士研究生放宽至40周岁以下。", "，博士研究生放宽到40岁以下。"),          # 到, 岁: after a comma
    ("，博士研究生放宽至40周岁以下。", "，博士研究生放大至40周岁。"),
    ("，博士研究生放宽至40周岁以下。", "。其中，博士研究生年龄可延长到40岁。"),  # a sentence of its own
])
def test_an_age_widened_for_a_degree_in_other_words(old: str, new: str) -> None:
    """放宽到40岁, 放大至40周岁, 其中，…年龄可延长到40岁: the same widening as 放宽至40周岁 — the doctors' limit is 40, the others'
    stays 35."""
    doc = _doc(JINGXIU.replace(old, new), "河北省保定市竞秀区/指南.txt")
    second = next(p for p in doc["programmes"] if "5000元" in p["title"] or "就业补贴" in p["title"])
    on = date(2026, 4, 10)
    assert _status(doc, second, on, **{**JINGXIU_GRAD, "education": "doctor", "born": "1988-01-01"}) == "eligible"
    assert _status(doc, second, on, **{**JINGXIU_GRAD, "education": "master", "born": "1988-01-01"}) == "ineligible"


HUANCUI = ("威海市环翠区青年人才租房补贴申领指南\n\n【补贴对象】\n同时符合下列条件的青年人才：\n1. 具有全日制本科及以上学历；\n"
           "2. 由用人单位在区内为其连续缴纳城镇职工社会保险满6个月；\n3. 非本市户籍人员可凭劳动合同和社保缴纳证明申领。\n\n"
           "【补贴标准】每人每月1000元租房补贴。\n\n【不予补贴情形】\n有下列情形之一的，不予补贴：\n1. 本人或配偶已在威海市区范围内购买住房的。\n")


@pytest.mark.parametrize("change, want", [({}, "eligible"), ({"social_insurance_months": 5}, "ineligible"),
                                          ({"homes_owned": 1}, "ineligible")])
def test_insurance_paid_for_the_applicant_and_a_home_bought_already(change, want) -> None:
    """由用人单位…为其连续缴纳…社会保险满6个月: the applicant's own months (为其 is no staff of the unit); …可凭劳动合同和社保缴纳证明申领:
    with what papers, no condition; 本人或配偶已在威海市区范围内购买住房的: a home owned excludes."""
    doc = _doc(HUANCUI, "山东省威海市环翠区/指南.txt")
    person = {"kind": "individual", "region": "山东省威海市环翠区", "education": "master", "full_time": True,
              "social_insurance_months": 8, "homes_owned": 0}
    assert _status(doc, _only(doc), ON, **{**person, **change}) == want


def test_a_section_of_age_and_hukou_requirements_binds_the_grants() -> None:
    """【年龄和户籍要求】 6. …硕士研究生不超过35周岁: a section of what is asked binds the grants beside it (a master of 37 was
    eligible for the 3万元)."""
    doc = _doc("连云港市引进高层次人才安家费实施办法\n\n【全职引进】\n1. 全职引进的全日制硕士研究生，给予3万元安家补贴。\n"
               "2. 全职引进的D类人才，给予20万元安家费。\n\n【年龄和户籍要求】\n3. 申请人年龄应符合以下要求：D类人才不超过45周岁，"
               "硕士研究生不超过35周岁。\n", "江苏省连云港市/办法.txt")
    grant = next(p for p in doc["programmes"] if "3万元" in p["title"])
    person = {"kind": "individual", "region": "江苏省连云港市海州区", "education": "master", "full_time": True,
              "employed": True}
    assert _status(doc, grant, ON, **person, born="1988-01-01") == "ineligible"


def test_a_definition_of_how_a_figure_is_counted_asks_nothing() -> None:
    """本细则所称销售收入，是指企业上年度主营业务收入与其他业务收入之和: how revenue is counted — no condition of a programme that
    names 销售收入 (it was left for a person to judge)."""
    doc = _doc("张店区研发费用后补助实施细则\n\n第三条 上年度销售收入5000万元以上的企业，按研发费用的10%给予后补助。\n\n"
               "第六条 本细则所称销售收入，是指企业上年度主营业务收入与其他业务收入之和。\n", "山东省淄博市张店区/细则.txt")
    grant = next(p for p in doc["programmes"] if "10%" in p["title"])
    assert not [c for c in _conditions(grant["logic"]) if c["test"] is None and "之和" in c["text"]]
    firm = {"kind": "enterprise", "region": "山东省淄博市张店区", "revenue": 6e7}
    assert _status(doc, grant, ON, **firm) == "eligible"


def test_a_grant_that_does_not_count_homes_is_a_grant() -> None:
    """生育二孩及以上的家庭购买新建商品住房的，不区分套数，按所缴契税的100%给予补贴: 不区分套数 between whom and what is paid hid the
    grant (a two-child family with two homes failed the 首套 and 二套 grants and had no other)."""
    doc = _doc("德州市陵城区购房契税补贴申报公告\n\n一、补贴标准\n（一）购买首套新建商品住房的，按所缴契税的50%给予补贴；\n"
               "（二）生育二孩及以上的家庭购买新建商品住房的，不区分套数，按所缴契税的100%给予补贴。\n", "山东省德州市陵城区/公告.txt")
    grant = next(p for p in doc["programmes"] if "100%" in p["title"])
    family = {"kind": "individual", "region": "山东省德州市陵城区", "home_region": "山东省德州市陵城区", "new_home": True,
              "homes_owned": 2}
    assert _status(doc, grant, ON, **family, children=2) == "eligible"
    assert _status(doc, grant, ON, **family, children=1) == "ineligible"


def test_the_names_of_pension_insurance_ask_nothing_more() -> None:
    """并在本区连续缴纳职工基本养老保险满3个月: months of insurance — 职工基本养老保险 is its name, no words left for a person."""
    doc = _doc("建安区就业补贴申领指南\n\n一、社会保险补贴\n在本区就业，并在本区连续缴纳职工基本养老保险满3个月的人员，给予每人每月300元社会保险补贴。\n",
               "河南省许昌市建安区/指南.txt")
    person = {"kind": "individual", "region": "河南省许昌市建安区", "employed": True}
    assert _status(doc, _only(doc), ON, **person, social_insurance_months=4) == "eligible"
    assert _status(doc, _only(doc), ON, **person, social_insurance_months=2) == "ineligible"


LIANYUNGANG = ("连云港市引进高层次人才安家费实施办法\n\n【全职引进】\n1. 全职引进的C类人才，给予50万元安家费。\n\n【年龄和户籍要求】\n"
               "2. 申请人年龄应符合以下要求：C类及以上人才不超过55周岁，D、E类人才不超过45周岁，硕士研究生不超过35周岁。A、B类人才年龄可适当放宽。\n"
               "3. D、E类人才和硕士研究生须在本市落户；A、B、C类人才不受户籍限制。\n")


@pytest.mark.parametrize("facts, want", [
    ({"talent_class": "C", "born": "1981-01-01", "education": "doctor", "hukou": "安徽省合肥市包河区"}, "eligible"),
    ({"talent_class": "C", "born": "1968-01-01", "education": "doctor", "hukou": "安徽省合肥市包河区"}, "ineligible"),
])
def test_an_age_table_by_class_and_a_rule_for_some_classes(facts, want) -> None:
    """C类及以上人才不超过55周岁，D、E类人才不超过45周岁，硕士研究生不超过35周岁: rows by class or degree, the age of each its own
    (all three were asked of a C-class talent); D、E类人才和硕士研究生须在本市落户: a rule for them only."""
    doc = _doc(LIANYUNGANG, "江苏省连云港市/办法.txt")
    grant = _only(doc)
    person = {"kind": "individual", "region": "江苏省连云港市海州区", "employed": True, **facts}
    assert _status(doc, grant, ON, **person) == want


def test_a_class_and_above() -> None:
    """经认定纳入省人才库的C类及以上人才: classes A to C."""
    tests, _ = read_segment(Segment("经认定纳入省人才库的C类及以上人才", (), (("浙江省", "province"),)))
    assert [t.value for t in tests if t.fact == "talent_class"] == [("A", "B", "C")]
    tests, _ = read_segment(Segment("D、E类人才", (), (("浙江省", "province"),)))
    assert [t.value for t in tests if t.fact == "talent_class"] == [("D", "E")]


# --- a sentence that says which places an area is asks nothing of the applicant --------------------

CENTRAL_AREA = """襄阳市中心城区购房补贴兑付实施细则

一、适用范围
本细则所称中心城区，是指襄城区、樊城区、襄州区、高新区、东津新区（不含襄州区双沟镇、张家集镇）。
二、补贴对象
2024年1月1日至2024年12月31日期间，在中心城区购买新建商品住房的个人，按购房款的1%给予补贴。
三、补贴条件
（一）购房人无失信记录；
（二）已办理不动产权登记。
"""


@pytest.mark.parametrize("lives, home, want", [
    ("湖北省襄阳市襄城区", "湖北省襄阳市樊城区", "possible"),   # a person decides 已办理不动产权登记 only
    ("湖北省武汉市江岸区", "湖北省襄阳市襄城区", "possible"),   # where the buyer works is not asked
    ("湖北省襄阳市樊城区", "湖北省襄阳市南漳县", "ineligible"),  # the home outside the area the text lists
])
def test_an_area_definition_is_no_condition_on_the_applicant(lives, home, want) -> None:
    doc = _doc(CENTRAL_AREA)
    facts = {"kind": "individual", "region": lives, "home_region": home, "new_home": True,
             "home_purchased": "2024-05-01", "dishonest": False}
    assert _status(doc, _only(doc), **facts) == want
    assert not [t for t in _tests(_only(doc)["logic"]) if t["fact"] == "region"]


# --- a birth day restating an age limit, a doctor's wider limit with its own day; units left out; places
# --- that make their own rules; the third home; area rows that choose the amount ---------------------

YOUNG_TALENT = """无锡市新吴区青年人才首次购房补贴申报通知

一、申报条件
申请人须同时满足下列条件：
（一）具有全日制本科及以上学历；
（二）年龄在35周岁以下（1990年1月1日及以后出生），其中全日制博士研究生年龄放宽至40周岁以下（1985年1月1日及以后出生）；
（三）2025年1月1日至2025年12月31日期间在新吴区首次购买新建商品住房。
二、补贴标准
全日制博士研究生补贴10万元，全日制硕士研究生补贴6万元，全日制本科毕业生补贴3万元。
"""


@pytest.mark.parametrize("education, born, want", [
    ("master", "1995-03-10", "eligible"),      # 30: not "born in 1990"
    ("bachelor", "1990-01-01", "eligible"),    # on the day the bracket names
    ("doctor", "1986-05-01", "eligible"),      # 39: the doctors' wider limit
    ("master", "1986-05-01", "ineligible"),    # 39 is past a master's 35
])
def test_an_age_limit_restated_as_a_birth_day_and_widened_for_doctors(education, born, want) -> None:
    doc = _doc(YOUNG_TALENT, "江苏省无锡市新吴区/通知.txt")
    programme = next(p for p in doc["programmes"] if "申报通知" in p["title"])
    facts = {"kind": "individual", "region": "江苏省无锡市新吴区", "education": education, "full_time": True,
             "born": born, "homes_owned": 0, "new_home": True, "home_purchased": "2025-06-18",
             "home_region": "江苏省无锡市新吴区"}
    assert _status(doc, programme, date(2025, 11, 20), **facts) == want


def test_a_day_and_its_and_after_is_one_date() -> None:
    """2020年1月1日及以后: one day and a bound after it — not the year 2020 and a day of some year."""
    doc = _doc("申报条件\n（一）2020年1月1日及以后出生；\n")
    dates = [c for c in clauses_of(doc).values() if c["type"] == "date"]
    assert [(c["text"], c["min"]) for c in dates] == [("2020年1月1日", "2020-01-01")]


YUEYANG = """岳阳市中心城区购房补贴兑付实施细则

一、适用范围
（一）本细则适用于岳阳市中心城区范围内个人购买住房的补贴兑付。
（二）中心城区范围包括岳阳楼区、君山区，不含云溪区及各县（市）。
（三）各县（市）、云溪区可参照本细则制定本地区购房补贴政策，所需资金由本级财政承担。
二、补贴对象
（一）2025年4月1日至2025年12月31日期间在中心城区购买住房的个人。
（二）本细则所称个人，是指自然人，不含企业、事业单位等单位购房。
（三）家庭购买首套、第二套住房均可申请补贴；购买第三套及以上住房的，不予补贴。
三、补贴标准
（一）购买新建商品住房的：
1.建筑面积90平方米（含）以下的，按购房合同价款的1%给予补贴；
2.建筑面积90平方米以上144平方米（含）以下的，按购房合同价款的1.5%给予补贴；
3.建筑面积144平方米以上的，按购房合同价款的2%给予补贴。
（二）购买二手住房的，按购房合同价款的0.5%给予补贴。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),                                                   # no area given: every area has its row
    ({"kind": "enterprise"}, "ineligible"),                             # 不含企业…等单位购房
    ({"home_region": "湖南省岳阳市云溪区"}, "ineligible"),               # makes its own rules
    ({"home_region": "湖南省岳阳市平江县"}, "ineligible"),               # 各县（市）
    ({"homes_owned": 2}, "ineligible"),                                  # 第三套及以上
    ({"homes_owned": 1}, "eligible"),                                    # 第二套 may apply
])
def test_whom_a_central_area_subsidy_leaves_out(facts, want) -> None:
    doc = _doc(YUEYANG, "湖南省岳阳市/细则.txt")
    programme = min((p for p in doc["programmes"] if p["span"][0] <= YUEYANG.find("2025年4月1日") < p["span"][1]),
                    key=lambda p: p["span"][1] - p["span"][0])
    profile = {"kind": "individual", "region": "湖南省岳阳市岳阳楼区", "home_region": "湖南省岳阳市岳阳楼区",
               "homes_owned": 0, "new_home": True, "home_purchased": "2025-06-01", **facts}
    assert _status(doc, programme, date(2025, 11, 20), **profile) == want


# --- conditions on every applicant of a text listed under a lead; a rating by its name; a zone with
# --- its district in brackets; a firm that settles (落户) registers -----------------------------------

SONGYANG = """松阳县促进民宿经济发展扶持奖励办法

第一章　总则
第一条　为促进民宿经济发展，制定本办法。
第二条　申报本办法奖励的主体，应同时具备下列条件：
（一）在本县行政区域内登记注册；
（二）未被列入严重失信主体名单。
第二章　扶持奖励内容
第三条　等级民宿奖励。对获评等级民宿的，按下列标准给予一次性奖励：
（一）获评全国甲级旅游民宿的，一次性奖励30万元；
（二）获评全国乙级旅游民宿的，一次性奖励15万元。
第四条　旅游饭店奖励。对新评定为五星级旅游饭店的，一次性奖励100万元；新评定为四星级旅游饭店的，一次性奖励50万元。
第五条　招大引强奖励。2025年1月1日（含）以后在本县新注册设立的文旅企业，注册资本1000万元（含）以上的，给予一次性落户奖励20万元。
"""


@pytest.mark.parametrize("facts, want", [
    ({"dishonest": False}, "eligible"),
    ({"dishonest": True}, "ineligible"),                          # the general conditions bind every reward
    ({}, "possible"),                                             # 失信 not given
    ({"dishonest": False, "region": "浙江省丽水市莲都区"}, "ineligible"),
    ({"dishonest": False, "titles": ["浙江省银宿级民宿"]}, "ineligible"),  # not the rating the row names
])
def test_general_conditions_under_a_lead_and_a_rating_by_its_name(facts, want) -> None:
    doc = _doc(SONGYANG, "浙江省丽水市松阳县/办法.txt")
    at = SONGYANG.find("获评全国乙级旅游民宿的")
    programme = min((p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]),
                    key=lambda p: p["span"][1] - p["span"][0])
    profile = {"kind": "enterprise", "region": "浙江省丽水市松阳县", "titles": ["全国乙级旅游民宿"], **facts}
    assert _status(doc, programme, date(2026, 4, 15), **profile) == want


def test_a_zone_and_its_district_in_brackets_are_one_place() -> None:
    tests, _ = read_segment(Segment("在株洲高新区（天元区）依法登记注册", (), (("湖南省", "province"), ("株洲市", "city"))))
    places = [t for t in tests if t.fact == "region"]
    assert len(places) == 1 and any(v.endswith("天元区") for v in places[0].value)


def test_a_firm_that_settles_in_the_city_registers_there() -> None:
    chain = (("河南省", "province"), ("郑州市", "city"))
    firm, _ = read_segment(Segment("2025年1月1日（含）以后新注册落户本市的会展企业", (), chain))
    person, _ = read_segment(Segment("落户本市的人才", (), chain))
    assert [t.fact for t in firm if t.fact in ("region", "hukou")] == ["region"]
    assert [t.fact for t in person if t.fact in ("region", "hukou")] == ["hukou"]


def test_classes_the_city_recognised() -> None:
    """经认定为本市A、B、C、D类高层次人才: the classes, whoever names the city before them."""
    tests, _ = read_segment(Segment("经认定为本市A、B、C、D类高层次人才", (), (("安徽省", "province"), ("合肥市", "city"))))
    assert [t.value for t in tests if t.fact == "talent_class"] == [("A", "B", "C", "D")]


# --- a definition under its own heading; parts that each name whom they pay; a remark with brackets in it;
# --- 不属于补贴对象 excludes; the definition of the text's own territory asks nothing -------------------

NINGBO = """2025年度宁波市外贸稳增长和跨境电商发展扶持资金申报指南

一、申报主体

本指南所称申报企业，是指在宁波市行政区域内（含各区县（市）及功能园区）依法登记注册、具有独立法人资格的企业。

申报企业应诚实守信，未被列入严重失信主体名单。

二、支持内容和标准

（一）跨境电商品牌培育奖励

对被认定为浙江省跨境电商知名品牌的企业，给予一次性奖励8万元。

三、不予支持情形

有下列情形之一的，不予支持：

（一）被列入严重失信主体名单的；

（二）以分公司等不具有独立法人资格的分支机构名义申报的。

四、审核和拨付

各区（县、市）商务局会同财政局对企业申报材料进行初审，于2026年4月20日前将初审结果报送市商务局。

五、监督管理

申报企业对所报材料的真实性、合法性负责。
"""


def test_a_definition_first_under_a_heading_is_that_parts_text() -> None:
    """一、申报主体 / 本指南所称申报企业，是指…: the definition is the part's text (本办法自…施行 after the last part
    still speaks for the whole text), so the parts after it — how files are checked, who supervises — are no
    conditions of the applicants."""
    doc = _doc(NINGBO)
    (part,) = [n for n in doc["body"] if n.get("heading") == "申报主体"]
    assert [c["text"][:6] for c in part["children"]] == ["本指南所称申", "申报企业应诚"]
    closing = _doc("某某指南\n\n一、申报主体\n\n本指南所称申报企业，是指在本市注册的企业。\n\n二、支持内容\n\n对企业给予奖励10万元。\n\n"
                   "本指南自2025年1月1日起施行。\n")
    assert closing["body"][-1]["kind"] == "paragraph" and closing["body"][-1]["text"].startswith("本指南自")


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"dishonest": True}, "ineligible"),
    ({"legal_person": False}, "ineligible"),
    ({"region": "浙江省舟山市定海区"}, "ineligible"),
    ({"kind": "university"}, "ineligible"),
])
def test_a_guide_with_its_applicants_defined_under_a_heading(facts, want) -> None:
    """（含各区县（市）及功能园区）is a remark, brackets and all; 以分公司等…分支机构名义申报的 is decided by the legal
    person test; 审核和拨付 and 监督管理 ask nothing of the applicant."""
    doc = _doc(NINGBO, "浙江省宁波市/指南.txt")
    at = NINGBO.find("对被认定为浙江省跨境电商知名品牌的企业")
    programme = min((p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]),
                    key=lambda p: p["span"][1] - p["span"][0])
    profile = {"kind": "enterprise", "region": "浙江省宁波市北仑区", "legal_person": True, "dishonest": False,
               "titles": ["浙江省跨境电商知名品牌"], **facts}
    assert _status(doc, programme, date(2026, 3, 10), **profile) == want


CHUANHUI = """川汇区促进住房消费购房补贴实施方案

一、补贴对象及标准

（一）进城农民购房补贴

本方案所称进城农民，是指具有我市农业户籍的人员（含户籍在我市各县（市、区）的农村居民）。

进城农民在我区购买新建商品住房的，每套给予1万元购房补贴。

（二）新市民购房补贴

本方案所称新市民，是指非我区户籍、在我区就业，且在我区连续缴纳社会保险满6个月的人员。

新市民在我区购买新建商品住房的，每套给予8000元购房补贴。

二、共同条件

申请上述各类补贴的，还应同时符合下列共同条件：

（一）2025年6月1日至2026年5月31日期间在我区辖区内购买新建商品住房；

（二）申请人未被列入失信被执行人名单。
"""


@pytest.mark.parametrize("facts, farmer, newcomer", [
    ({"hukou": "河南省周口市郸城县", "hukou_rural": True}, "eligible", "possible"),
    ({"hukou": "河南省周口市淮阳区", "hukou_rural": False, "employed": True, "social_insurance_months": 6},
     "ineligible", "eligible"),
    ({"hukou": "河南省周口市川汇区", "hukou_rural": False, "employed": True, "social_insurance_months": 6},
     "ineligible", "ineligible"),
])
def test_parts_under_a_heading_that_each_name_whom_they_pay_are_programmes_of_their_own(facts, farmer, newcomer) -> None:
    """一、补贴对象及标准 / （一）进城农民购房补贴 / …进城农民在我区购买新建商品住房的，每套给予1万元: each part pays
    its own group (the farmer's 户籍 is not asked of the newcomer), and the common conditions bind both."""
    doc = _doc(CHUANHUI, "河南省周口市川汇区/方案.txt")

    def at(phrase: str) -> dict:
        where = CHUANHUI.find(phrase)
        return min((p for p in doc["programmes"] if p["span"][0] <= where < p["span"][1]),
                   key=lambda p: p["span"][1] - p["span"][0])
    profile = {"kind": "individual", "region": "河南省周口市川汇区", "home_region": "河南省周口市川汇区", "new_home": True,
               "home_purchased": "2025-08-01", "dishonest": False, **facts}
    assert _status(doc, at("进城农民在我区购买"), date(2025, 9, 1), **profile) == farmer
    assert _status(doc, at("新市民在我区购买"), date(2025, 9, 1), **profile) == newcomer
    assert _status(doc, at("新市民在我区购买"), date(2025, 9, 1), **{**profile, "dishonest": True}) == "ineligible"


YUANZHOU = """关于2025年度袁州区购房契税补贴申报的公告

一、补贴对象

2025年1月1日至2025年12月31日期间在我区购买新建商品住房的个人。企业、单位购房不属于补贴对象。

本公告所称我区，是指袁州区行政区域（含宜春经济技术开发区、宜阳新区）。

二、补贴条件

申请契税补贴的，应当同时符合下列条件：

（一）所购住房为家庭首套或第二套住房；

（二）购房人未被列入失信被执行人名单。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"kind": "enterprise"}, "ineligible"),     # 企业、单位购房不属于补贴对象: an exclusion, not whom it asks for
    ({"homes_owned": 2}, "ineligible"),
    ({"home_region": "江西省宜春市樟树市"}, "ineligible"),
])
def test_not_among_the_recipients_excludes_and_the_territorys_definition_asks_nothing(facts, want) -> None:
    """本公告所称我区，是指袁州区行政区域（含…）: where 我区 is, which every use of 我区 already reads — no condition
    of its own; 企业、单位购房不属于补贴对象 leaves firms out."""
    doc = _doc(YUANZHOU, "江西省宜春市袁州区/公告.txt")
    profile = {"kind": "individual", "region": "江西省宜春市袁州区", "home_region": "江西省宜春市袁州区", "new_home": True,
               "home_purchased": "2025-05-01", "homes_owned": 0, "dishonest": False, **facts}
    assert _status(doc, doc["programmes"][0], date(2026, 1, 10), **profile) == want


WUXI_RD = """无锡市科学技术局关于组织申报2025年度科技型中小企业研发投入奖励的通知

一、奖励内容

对已入库且在有效期内的科技型中小企业，上年度研发费用占营业收入比例达到下列标准的，按研发费用的5%给予奖励，单个企业最高不超过50万元：

1. 上年度营业收入5000万元以下的，研发费用占比不低于6%；

2. 上年度营业收入5000万元（含）至2亿元的，研发费用占比不低于4%；

3. 上年度营业收入2亿元（含）以上的，研发费用占比不低于3%。

二、不予支持情形

有下列情形之一的，不予支持：

（一）被列入严重失信主体名单的；

（二）上年度研发费用为零的。

同一企业同一事项已获得省级以上财政资金奖励的，市级按差额补足。
"""


@pytest.mark.parametrize("revenue, rd_ratio, want", [
    (30_000_000, 6, "eligible"),
    (49_999_999, 5, "ineligible"),    # the first tier: 6% wanted
    (50_000_000, 4.5, "eligible"),    # 5000万元（含）: the second tier's, where 4% will do
    (300_000_000, 3, "eligible"),
    (300_000_000, 2.9, "ineligible"),
    (30_000_000, 0, "ineligible"),    # 研发费用为零的: left out
])
def test_a_grant_asks_the_standards_listed_after_it_as_tiers(revenue, rd_ratio, want) -> None:
    """…比例达到下列标准的，按…给予奖励：1.…5000万元以下的，…不低于6%；2.…5000万元（含）至2亿元的，…不低于4%: the
    items after the grant are a table chosen by revenue, the band's （含） end its own; 按差额补足 says how much, not
    who is left out; 在有效期内 is what holding the title means."""
    doc = _doc(WUXI_RD, "江苏省无锡市/通知.txt")
    (programme,) = [p for p in doc["programmes"] if "科技型中小企业" in p["title"]]
    profile = {"kind": "enterprise", "region": "江苏省无锡市新吴区", "dishonest": False, "titles": ["科技型中小企业"],
               "revenue": revenue, "rd_ratio": rd_ratio}
    assert _status(doc, programme, date(2026, 3, 10), **profile) == want


# --- a catalogue of talent classes; one class's own age limit; a class's amount per item; a degree in an
# --- age's bracket; 党政机关; what happens while a grant is paid; how a degree is proved -----------------

YUHUA = """长沙市雨花区人才购房补贴实施细则（试行）

第一章　补贴对象和申请条件

第三条　本细则所称人才，是指按照《雨花区高层次人才分类认定目录（2025年版）》认定的A、B、C、D、E五类人才：

（一）A类人才：国内外顶尖人才，主要包括诺贝尔奖获得者、中国科学院院士及相当层次人才；

（二）B类人才：国家级领军人才，主要包括国家级重大人才工程入选者及相当层次人才；

（三）C类人才：省级领军人才，主要包括省级重点人才工程入选者及相当层次人才；

（四）E类人才：具有全日制硕士研究生及以上学历的青年人才。

第四条　申请购房补贴的人才，应同时符合下列条件：

（一）属于本细则第三条规定的A、B、C、E类人才；

（二）E类人才年龄不超过35周岁；

（三）在本市连续缴纳社会保险满6个月（含）以上；

（四）2025年1月1日至2026年12月31日期间在雨花区范围内购买新建商品住房。

第五条　有下列情形之一的，不予补贴：

（一）在党政机关、事业单位工作的；

（二）本人被列入失信被执行人名单的。

第二章　补贴标准

第六条　购房补贴标准如下：

（一）A类人才补贴100万元；

（二）B类人才补贴60万元；

（三）C类人才补贴30万元；

（四）E类人才中，博士研究生补贴8万元，硕士研究生补贴5万元。
"""


@pytest.mark.parametrize("facts, want", [
    ({"talent_class": "C", "born": "1985-01-01"}, "eligible"),     # a class of the catalogue: not all of them
    ({"talent_class": "A", "born": "1966-01-01"}, "eligible"),     # the 35 limit is E's alone
    ({"talent_class": "E", "born": "1988-01-01"}, "ineligible"),   # E at 37
    ({"talent_class": "D", "born": "1985-01-01"}, "ineligible"),   # no class the text lists
    ({"talent_class": "C", "born": "1985-01-01", "employer_kind": "government"}, "ineligible"),
    ({"talent_class": "C", "born": "1985-01-01", "employer_kind": None}, "possible"),
])
def test_a_catalogue_of_classes_is_one_of_them_and_a_class_limit_is_the_classs(facts, want) -> None:
    """（一）A类人才：国内外顶尖人才，主要包括… is what the class is, not a condition on everyone; E类人才年龄不超过
    35周岁 binds E; （一）A类人才补贴100万元 is one row of the amounts (not E's 「E类人才中」 for all); 在党政机关、
    事业单位工作的 leaves out organs and public institutions."""
    doc = _doc(YUHUA, "湖南省长沙市雨花区/细则.txt")
    profile = {"kind": "individual", "region": "湖南省长沙市雨花区", "employed": True, "employer_kind": "enterprise",
               "social_insurance_months": 8, "homes_owned": 0, "new_home": True, "home_purchased": "2025-06-01",
               "home_region": "湖南省长沙市雨花区", "dishonest": False, "education": "master", "full_time": True, **facts}
    profile = {k: v for k, v in profile.items() if v is not None}
    assert _status(doc, doc["programmes"][0], date(2025, 9, 1), **profile) == want


YANTA = """雁塔区青年人才租房补贴申领指南（2025年）

一、补贴对象

本指南所称青年人才，是指具有全日制本科及以上学历、毕业5年以内、年龄不超过35周岁（博士研究生不超过40周岁）的高校毕业生。

留学回国人员的学历须经教育部留学服务中心认证。

二、申领条件

（一）在雁塔区就业，与辖区内用人单位签订劳动合同；

（二）本人及配偶在西安市无自有住房。

三、补贴标准

本科毕业生每人每月800元，硕士研究生每人每月1200元。

四、不予补贴情形

（一）本人被列入失信被执行人名单的。

补贴发放期间，申请人离开雁塔区就业、社会保险缴纳中断超过3个月或在西安市购买住房的，应当主动申报，自次月起停止发放。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),                                                   # a master, not asked to be a doctor
    ({"education": "doctor", "born": "1987-01-01"}, "eligible"),       # 38: the doctor's 40
    ({"born": "1987-01-01"}, "ineligible"),                             # 38: over the master's 35
    ({"graduated": "2019-06-30"}, "ineligible"),
])
def test_a_degree_in_an_ages_bracket_chooses_the_age_and_a_duty_while_paid_excludes_no_one(facts, want) -> None:
    """年龄不超过35周岁（博士研究生不超过40周岁）: the doctor in the bracket is no degree asked of everyone; 补贴发放期间，
    …社会保险缴纳中断超过3个月…的，…停止发放 is how the grant is kept; 学历须经…认证 is how a degree is proved."""
    doc = _doc(YANTA, "陕西省西安市雁塔区/指南.txt")
    at = YANTA.find("硕士研究生每人每月1200元")
    programme = min((p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]),
                    key=lambda p: p["span"][1] - p["span"][0])
    profile = {"kind": "individual", "region": "陕西省西安市雁塔区", "education": "master", "full_time": True,
               "graduated": "2023-06-30", "born": "1998-04-01", "employed": True, "employer_kind": "enterprise",
               "social_insurance_months": 8, "homes_owned": 0, "dishonest": False, **facts}
    assert _status(doc, programme, date(2025, 9, 15), **profile) == want


def test_party_and_government_organs_are_government_employers() -> None:
    tests, open_words = read_segment(Segment("在党政机关、事业单位工作的", (), (), True))
    # (a university and a research institute are 事业单位 too)
    assert [t.value for t in tests if t.fact == "employer_kind"] == [("government", "public_institution", "university",
                                                                       "research_institute")]
    assert not open_words


# --- a definition's lead over its items; towns an area carves out of a county, zones it lets in ------------

WENJIANG = """温江区生物医药产业青年人才首次购房补贴实施办法

第一章　总则

第三条　本办法所称青年人才，是指在重点企业全职工作、同时符合下列条件的人员：
　　（一）具有全日制普通高等学校本科及以上学历；
　　（二）年龄在35周岁（含）以下；
　　（三）2024年1月1日（含）以后与重点企业新签订劳动合同；
　　（四）由用人单位在本市连续缴纳城镇职工社会保险满6个月（含）以上。

第二章　补贴对象与标准

第四条　青年人才在我区行政区域内购买首套新建商品住房的，可按本办法申请一次性购房补贴。

第五条　补贴标准按学历分档确定：
　　（一）硕士研究生，每人补贴6万元；
　　（二）全日制本科，每人补贴3万元。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"born": "1989-01-01"}, "ineligible"),        # 36: the definition's second item
    ({"hired": "2023-12-31"}, "ineligible"),       # the third
    ({"social_insurance_months": None}, "possible"),
    ({"full_time": None}, "possible"),
])
def test_a_definition_binds_the_items_its_lead_lists(facts, want) -> None:
    """本办法所称青年人才，是指…同时符合下列条件的人员：（一）…（四）…: the term is the items, every one of them —
    read only the lead and a 36-year-old is called eligible."""
    doc = _doc(WENJIANG, "四川省成都市温江区/办法.txt")
    at = WENJIANG.find("硕士研究生，每人补贴6万元")
    programme = min((p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]),
                    key=lambda p: p["span"][1] - p["span"][0])
    profile = {"kind": "individual", "region": "四川省成都市温江区", "education": "master", "full_time": True,
               "born": "1995-03-01", "hired": "2024-03-01", "employed": True, "employer_kind": "enterprise",
               "employer_titles": ["重点企业"], "social_insurance_months": 12, "homes_owned": 0, "new_home": True,
               "home_purchased": "2025-04-18", "home_region": "四川省成都市温江区", **facts}
    profile = {k: v for k, v in profile.items() if v is not None}
    assert _status(doc, programme, date(2025, 6, 1), **profile) == want


HANDAN = """邯郸市中心城区购房补贴兑付实施细则

第二条　本细则所称中心城区，是指邯山区、丛台区、复兴区（不含康庄乡、户村镇）行政区域，含邯郸经济技术开发区、邯郸冀南新区。

第三条　补贴对象。2024年7月1日至2025年6月30日（含）期间，在中心城区购买新建商品住房并完成网签备案的个人购房者，给予每套1万元购房补贴。
"""


@pytest.mark.parametrize("home, want", [
    ("河北省邯郸市丛台区", "eligible"),
    ("河北省邯郸市复兴区", "possible"),              # the district: in a carved-out town or not, it does not say
    ("河北省邯郸市复兴区户村镇", "ineligible"),        # a town left out
    ("河北省邯郸市复兴区百家村街道", "eligible"),      # another part of the district
    ("河北省邯郸市邯郸经济技术开发区", "eligible"),    # a zone the sentence lets in
    ("河北省邯郸市峰峰矿区", "ineligible"),
])
def test_an_area_carves_towns_out_of_a_county_and_lets_zones_in(home, want) -> None:
    doc = _doc(HANDAN, "河北省邯郸市/细则.txt")
    at = HANDAN.find("在中心城区购买新建商品住房")
    programme = min((p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]),
                    key=lambda p: p["span"][1] - p["span"][0])
    profile = {"kind": "individual", "new_home": True, "home_region": home, "home_purchased": "2024-11-02",
               "homes_owned": 0, "dishonest": False}
    assert _status(doc, programme, date(2024, 12, 1), **profile) == want


def test_a_town_is_inside_its_county_and_a_county_does_not_say_which_town() -> None:
    from polc.places import split_town, within
    assert split_town("河北省邯郸市复兴区户村镇") == ("河北省邯郸市复兴区", "户村镇")
    assert split_town("河北省邯郸市") == ("河北省邯郸市", None)
    assert within("河北省邯郸市复兴区户村镇", "复兴区") is True
    assert within("河北省邯郸市复兴区户村镇", "复兴区户村镇") is True
    assert within("河北省邯郸市复兴区康庄乡", "复兴区户村镇") is False
    assert within("河北省邯郸市复兴区", "复兴区户村镇") is None
    assert within("河北省邯郸市丛台区", "复兴区户村镇") is False


@pytest.mark.parametrize("education, want", [("master", "eligible"), ("bachelor", "eligible"), ("junior_college", "ineligible")])
def test_amount_rows_under_a_run_in_label_are_alternatives(education, want) -> None:
    """二章 补贴对象与标准 / 补贴标准：硕士研究生每人补贴6万元，全日制本科每人补贴3万元。: one row applies — a master is not
    also asked to hold a bachelor's degree."""
    text = WENJIANG.replace("第五条　补贴标准按学历分档确定：\n　　（一）硕士研究生，每人补贴6万元；\n　　（二）全日制本科，每人补贴3万元。",
                            "第五条　补贴标准：硕士研究生每人补贴6万元，全日制本科每人补贴3万元。")
    assert text != WENJIANG
    doc = _doc(text, "四川省成都市温江区/办法.txt")
    profile = {"kind": "individual", "region": "四川省成都市温江区", "education": education, "full_time": True,
               "born": "1995-03-01", "hired": "2024-03-01", "employed": True, "employer_kind": "enterprise",
               "employer_titles": ["重点企业"], "social_insurance_months": 12, "homes_owned": 0, "new_home": True,
               "home_purchased": "2025-04-18", "home_region": "四川省成都市温江区"}
    assert _status(doc, doc["programmes"][0], date(2025, 6, 1), **profile) == want


# --- classes spared a limit by an article of their own; staff of organs left out; ways to settle; 放宽至 --------

CANGSHAN = """仓山区人才购房补贴实施细则

第四条 申请购房补贴的人才，应当同时符合以下基本条件：

（一）在福州市连续缴纳社会保险满6个月（含）以上；

（二）申请时年龄不超过45周岁。

第五条 A类、B类人才申请购房补贴，不受本细则第四条第（二）项年龄限制。

第六条 有下列情形之一的，不予补贴：

（一）党政机关、事业单位工作人员；

（二）有严重失信行为记录的。

第七条 符合条件的人才，按以下标准给予购房补贴：

（一）A类人才给予购房补贴100万元；

（二）D类人才给予购房补贴8万元。
"""


@pytest.mark.parametrize("facts, want", [
    ({"talent_class": "A", "born": "1966-01-01"}, "eligible"),    # spared the age limit
    ({"talent_class": "D", "born": "1966-01-01"}, "ineligible"),  # not spared
    ({"talent_class": "D", "born": "1990-01-01"}, "eligible"),    # a D is not asked to be an A or a B
    ({"talent_class": "D", "born": "1990-01-01", "employer_kind": "public_institution"}, "ineligible"),
])
def test_an_article_that_spares_classes_a_limit_is_no_condition(facts, want) -> None:
    """第五条 A类、B类人才申请购房补贴，不受…年龄限制 (an article of its own, not an item among groups): the classes it
    spares, not classes everyone must be; （一）党政机关、事业单位工作人员； leaves their staff out."""
    doc = _doc(CANGSHAN, "福建省福州市仓山区/细则.txt")
    profile = {"kind": "individual", "region": "福建省福州市仓山区", "employed": True, "employer_kind": "enterprise",
               "dishonest": False, "social_insurance_months": 18, "home_region": "福建省福州市仓山区", **facts}
    assert _status(doc, doc["programmes"][0], date(2025, 9, 15), **profile) == want


CHANGCHUN = """长春市人才入户办事指南

一、适用范围

本指南适用于在长春市就业创业、户籍不在长春市的各类人才。已在长春市（含所辖县市）落户的人员，不适用本指南。

二、落户条件

申请人符合下列情形之一的，可申请本人落户：

（一）学历落户

1. 具有全日制普通高校本科学历的人员，年龄不超过40周岁；

2. 具有硕士研究生学历的人员，年龄45周岁以下。

以上人员须在长春市就业，并与用人单位签订劳动合同。

（二）职称和技能落户

1. 取得中级及以上专业技术职称的人员，年龄不超过50周岁。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"hukou": "吉林省长春市朝阳区"}, "ineligible"),    # 已在长春市…落户的人员，不适用本指南
    ({"born": "1980-01-01"}, "ineligible"),          # 45: over the bachelor's 40, and no title
])
def test_a_settling_guides_ways_are_named_by_what_they_grant(facts, want) -> None:
    """（一）学历落户: the name of a way to settle (what the guide grants), no 户籍 asked; 已在长春市（含所辖县市）
    落户的人员，不适用本指南 leaves out those settled there already."""
    doc = _doc(CHANGCHUN, "吉林省长春市/指南.txt")
    profile = {"kind": "individual", "region": "吉林省长春市朝阳区", "education": "bachelor", "full_time": True,
               "born": "1990-01-01", "employed": True, "hukou": "吉林省四平市铁西区", "titles": [], **facts}
    assert _status(doc, doc["programmes"][0], date(2025, 9, 15), **profile) == want


def test_a_limit_widened_to_an_age_is_an_upper_limit() -> None:
    """年龄可适当放宽至40周岁: at most 40, at the authority's discretion — not at least 40."""
    text = "急需紧缺专业的专科毕业生，年龄可适当放宽至40周岁"
    doc = _doc("长春市人才入户办事指南\n\n一、落户条件\n\n申请人应当符合下列条件：\n\n1. 具有全日制普通高校专科学历的人员，年龄不超过35周岁；"
               + text + "。\n", "吉林省长春市/指南.txt")
    ages = [t for t in _tests(doc["programmes"][0]["logic"]) if t["fact"] == "age" and t["value"] == 40]
    assert ages and all(t["op"] == "<=" for t in ages), ages


XIANGYANG_AREA = """襄阳市中心城区购房补贴兑付实施细则

第二条　本细则所称中心城区，是指襄城区、樊城区、襄州区（不含双沟镇、张家集镇）、高新区、东津新区（经开区）和鱼梁洲经济开发区。

第三条　在中心城区购买新建商品住房的个人，给予每套1万元购房补贴。
"""


@pytest.mark.parametrize("home, want", [
    ("湖北省襄阳市樊城区", "eligible"),
    ("湖北省襄阳市东津新区", "eligible"),          # listed after a bracket
    ("湖北省襄阳市襄州区", "possible"),            # a town of it is left out
    ("湖北省襄阳市襄州区双沟镇", "ineligible"),
    ("湖北省襄阳市枣阳市", "ineligible"),
])
def test_an_areas_list_goes_on_past_a_bracket(home, want) -> None:
    doc = _doc(XIANGYANG_AREA, "湖北省襄阳市/细则.txt")
    profile = {"kind": "individual", "new_home": True, "home_region": home, "home_purchased": "2024-11-02", "homes_owned": 0}
    assert _status(doc, doc["programmes"][0], date(2024, 12, 1), **profile) == want


QUANZHOU = """泉州市高层次人才购买商品住房补助实施细则

第二条　本细则所称高层次人才，是指经认定的A、B、C类人才。

第三条　申请条件。申请人应同时符合下列条件：
　　（一）属于本细则第二条规定的高层次人才；
　　（二）年龄在35周岁（含）以下；具有博士研究生学历的，年龄放宽至40周岁（含）以下；
　　（三）在本市连续缴纳社会保险满12个月（含）以上。

第四条　有下列情形之一的，不予补助：
　　（一）申报单位为党政机关、事业单位的；
　　（二）被列入失信联合惩戒对象名单的。

第五条　补助标准。符合条件的高层次人才，给予一次性购房补助15万元。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),                                         # the term restated is its definition, decided
    ({"talent_class": "D"}, "ineligible"),
    ({"education": "doctor", "born": "1985-09-15"}, "eligible"),   # 40: the doctor's wider limit
    ({"education": "master", "born": "1985-09-15"}, "ineligible"),
    ({"kind": "public_institution"}, "ineligible"),
])
def test_a_defined_term_restated_a_wider_age_for_a_degree_held_and_organs_that_apply(facts, want) -> None:
    """（一）属于本细则第二条规定的高层次人才: the definition binds, so the words restating it ask nothing more;
    具有博士研究生学历的，年龄放宽至40周岁（含）以下 widens the limit for doctors; 申报单位为党政机关、事业单位的 leaves
    out organs and public institutions that apply."""
    doc = _doc(QUANZHOU, "福建省泉州市/细则.txt")
    profile = {"kind": "individual", "region": "福建省泉州市丰泽区", "talent_class": "B", "education": "master",
               "born": "1995-01-01", "social_insurance_months": 14, "dishonest": False, **facts}
    assert _status(doc, doc["programmes"][0], date(2025, 9, 15), **profile) == want


QINGDAO_EXPO = """青岛市商务局关于组织申报2025年度会展业发展奖励项目的通知

一、申报主体

本通知所称申报单位，是指在青岛市行政区域内依法登记注册、具有独立法人资格的企业、社会组织。

二、奖励内容

（一）展会规模奖励

1. 展览面积达到5,000平方米（含）以上、不足1万平方米的，给予10万元奖励；

2. 展览面积达到1万平方米（含）以上的，给予30万元奖励。

（二）新落户会展企业奖励

2024年1月1日（含）以后在本市新注册成立的会展企业，注册资本不低于500万元的，按以下标准给予一次性落户奖励：

1. 注册资本500万元（含）至1,000万元（不含）的，奖励20万元；

2. 注册资本1,000万元（含）以上的，奖励50万元。
"""


@pytest.mark.parametrize("facts, want", [
    ({"founded": "2024-03-01", "registered_capital": 20_000_000}, "eligible"),
    ({"founded": "2023-12-31", "registered_capital": 20_000_000}, "ineligible"),   # the lead's day binds its rows
    ({"founded": "2024-03-01", "registered_capital": 4_000_000}, "ineligible"),
])
def test_rows_under_a_lead_that_names_its_recipients_without_dui(facts, want) -> None:
    """2024年1月1日（含）以后…新注册成立的会展企业，注册资本不低于500万元的，按以下标准给予…：1.…: what the lead asks binds
    each row, also in the text's programme that holds every grant (a firm founded in 2023 with 2,000万 was eligible);
    5,000平方米 is one number, not a phrase cut at its comma."""
    doc = _doc(QINGDAO_EXPO, "山东省青岛市/通知.txt")
    at = QINGDAO_EXPO.find("注册资本1,000万元（含）以上的")
    row = min((p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]), key=lambda p: p["span"][1] - p["span"][0])
    profile = {"kind": "enterprise", "region": "山东省青岛市崂山区", "legal_person": True, "dishonest": False, **facts}
    assert _status(doc, row, date(2025, 9, 15), **profile) == want
    # the text's programme that holds every grant: the firm founded in 2023 may still win the exhibition reward
    whole = max(doc["programmes"], key=lambda p: p["span"][1] - p["span"][0])
    assert _status(doc, whole, date(2025, 9, 15), **profile) == ("eligible" if want == "eligible" else "possible")
    texts = [c["text"] for p in doc["programmes"] for c in _conditions(p["logic"])]
    assert not any(t.startswith("000") for t in texts), texts


HUZHOU = """湖州市硕博研究生购房补贴申报发放实施细则

二、申报条件

申请购房补贴的硕博研究生，应当同时符合下列条件：

（一）具有全日制硕士研究生及以上学历（学位）；

（二）硕士研究生年龄不超过35周岁，博士研究生年龄原则上不超过40周岁，特别优秀的博士研究生可适当放宽（年龄计算至申报之日）；

（三）申报时仍在该企业在职在岗，并在本市连续缴纳社会保险满6个月。

三、补贴标准及发放方式

博士研究生购房补贴总额20万元，硕士研究生购房补贴总额10万元。购房补贴分5年发放。

四、共同条件

申请上述各类补贴的，除符合本类别条件外，还应同时符合下列共同条件：

（一）申请人未被列入失信被执行人名单。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"born": "1988-01-01"}, "ineligible"),                          # a master of 37
    ({"education": "doctor", "born": "1984-01-01"}, "possible"),     # a doctor of 41: 原则上, and 特别优秀 may widen it
    ({"dishonest": True}, "ineligible"),
])
def test_a_looser_limit_after_a_comma_and_words_that_only_lead_or_say_how_it_is_paid(facts, want) -> None:
    """…博士研究生年龄原则上不超过40周岁，特别优秀的博士研究生可适当放宽（…）: the doctors' limit left to discretion,
    a master's not (原则上 never makes the degree that chooses the row doubtful); 申报时仍在该企业在职在岗 is the
    employment test; 购房补贴分5年发放 says how it is paid; 申请上述各类补贴的，除符合本类别条件外，还应同时符合下列共同
    条件 is the lead of the common conditions, no condition of its own."""
    doc = _doc(HUZHOU, "浙江省湖州市/细则.txt")
    profile = {"kind": "individual", "region": "浙江省湖州市吴兴区", "education": "master", "full_time": True,
               "born": "1994-05-05", "employed": True, "social_insurance_months": 25, "dishonest": False, **facts}
    assert _status(doc, doc["programmes"][0], date(2025, 9, 1), **profile) == want


HOHHOT = """呼和浩特市2025年度购房契税补贴通知

一、补贴条件

（一）购房人在本市连续缴纳社会保险满6个月；

（二）申请人及其配偶、未成年子女在本市行政区域内无登记在册的住房。

本通知所称新建商品住房，是指房地产开发企业新建并首次对外销售、已办理网签备案的商品住房。

二、补贴标准

对符合条件的购房人，购买新建商品住房的，按所缴契税的50%给予补贴。

三、不予补贴情形

（一）以单位名义购买的；

（二）购房人家庭在本市已拥有3套及以上住房的；

（三）所购住房为二手住房、商业办公用房或者酒店式公寓的；

（四）公务员及参照公务员法管理单位的工作人员。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"kind": "enterprise"}, "ineligible"),              # 以单位名义购买的
    ({"homes_owned": 3}, "ineligible"),                  # 3套及以上
    ({"new_home": False}, "ineligible"),
    ({"employer_kind": "government"}, "ineligible"),     # 公务员及参照公务员法管理单位的工作人员
    ({"homes_owned": None}, "possible"),
])
def test_a_notice_whose_words_each_a_fact_decides(facts, want) -> None:
    """无登记在册的住房 is no home; 本通知所称新建商品住房，是指… says what new_home is; 商业办公用房、酒店式公寓 are not
    a new market home; 以单位名义购买的, 已拥有3套及以上住房的, 公务员及参照公务员法管理单位的工作人员 are exclusions a
    fact decides; 通过全日制学习方式取得相应学历学位 asks a full-time degree, whichever."""
    tests, open_words = read_segment(Segment("通过全日制学习方式取得相应学历学位的人员", (), ()))
    assert [t.fact for t in tests] == ["full_time"] and not open_words
    doc = _doc(HOHHOT, "内蒙古自治区呼和浩特市/通知.txt")
    profile = {"kind": "individual", "region": "内蒙古自治区呼和浩特市赛罕区", "home_region": "内蒙古自治区呼和浩特市赛罕区",
               "new_home": True, "homes_owned": 0, "social_insurance_months": 8, "employer_kind": "enterprise",
               "home_purchased": "2025-05-01", "dishonest": False, **facts}
    profile = {k: v for k, v in profile.items() if v is not None}
    at = HOHHOT.find("按所缴契税的50%给予补贴")
    programme = min((p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]),
                    key=lambda p: p["span"][1] - p["span"][0])
    assert _status(doc, programme, date(2025, 9, 1), **profile) == want


def test_a_limit_with_its_exemption_in_a_bracket_still_binds_the_others() -> None:
    """年龄原则上不超过45周岁（A类、B类人才不受年龄限制）: the A and B classes are spared; a C of 46 is not (原则上:
    possible), where the whole sentence had been read as the exemption and the limit lost."""
    text = ("长沙市雨花区人才购房补贴实施细则\n\n第四条　申请购房补贴的人才，应同时符合下列条件：\n\n（一）属于A、B、C类人才；\n\n"
            "（二）年龄原则上不超过45周岁（A类、B类人才不受年龄限制）；\n\n（三）在本市连续缴纳社会保险满6个月（含）以上。\n\n"
            "第五条　符合条件的人才，给予购房补贴10万元。\n")
    doc = _doc(text, "湖南省长沙市雨花区/细则.txt")
    person = {"kind": "individual", "region": "湖南省长沙市雨花区", "social_insurance_months": 12,
              "home_region": "湖南省长沙市雨花区"}
    assert _status(doc, doc["programmes"][0], date(2025, 9, 1), talent_class="C", born="1979-01-01", **person) == "possible"
    assert _status(doc, doc["programmes"][0], date(2025, 9, 1), talent_class="D", born="1990-01-01", **person) == "ineligible"
    assert _status(doc, doc["programmes"][0], date(2025, 9, 1), talent_class="A", born="1960-01-01", **person) == "eligible"
    assert _status(doc, doc["programmes"][0], date(2025, 9, 1), talent_class="C", born="1990-01-01", **person) == "eligible"


YINCHUAN = """银川市人才购房补贴实施办法（试行）

一、人才分类及补贴标准

（一）A类人才（国内外顶尖人才）：给予购房补贴200万元，年龄不受限制。

（二）B类人才（国家级领军人才）：年龄不超过60周岁的，给予购房补贴100万元。

（三）D类人才（博士研究生、正高级职称人才）：年龄不超过45周岁的，给予购房补贴20万元。

二、申请条件

申请人除符合本办法规定的人才类别及年龄要求外，还应当同时具备下列条件：

（一）与本市用人单位签订劳动合同，且在本市连续缴纳社会保险满6个月；

（二）本人及配偶、未成年子女在本市无自有住房。
"""


@pytest.mark.parametrize("phrase, facts, want", [
    ("给予购房补贴200万元", {"talent_class": "A", "born": "1958-01-01"}, "eligible"),   # 67: no age limit for A
    ("给予购房补贴100万元", {"talent_class": "B", "born": "1965-10-20"}, "eligible"),   # 60 on the day
    ("给予购房补贴100万元", {"talent_class": "B", "born": "1964-01-01"}, "ineligible"),  # 61
    ("给予购房补贴20万元", {"talent_class": "B", "born": "1990-01-01"}, "ineligible"),   # the D row is D's
])
def test_rows_labelled_by_a_class_with_its_other_name(phrase, facts, want) -> None:
    """（二）B类人才（国家级领军人才）：年龄不超过60周岁的，给予购房补贴100万元: a row of its own, for that class and
    what it asks; 申请人除符合本办法规定的人才类别及年龄要求外，还应当同时具备下列条件: those rows, and the list."""
    doc = _doc(YINCHUAN, "宁夏回族自治区银川市/办法.txt")
    at = YINCHUAN.find(phrase)
    programme = min((p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]),
                    key=lambda p: p["span"][1] - p["span"][0])
    profile = {"kind": "individual", "region": "宁夏回族自治区银川市金凤区", "hukou": "宁夏回族自治区银川市金凤区",
               "employed": True, "social_insurance_months": 10, "homes_owned": 0, **facts}
    assert _status(doc, programme, date(2025, 10, 20), **profile) == want


YINCHUAN_GROUPS = """银川市人民政府办公室关于支持新市民和青年人购房的通知

一、补贴范围

2025年6月1日至2025年12月31日期间，在市区购买首套新建商品住房的下列人员之一，可申请购房补贴：
（一）新市民：非银川市户籍，在银川市连续缴纳社会保险满12个月（含）的人员；
（二）青年人：取得全日制大专及以上学历、毕业5年内的高校毕业生。

二、补贴标准

符合条件的，按购房总价款的1%给予补贴。
"""


@pytest.mark.parametrize("facts, want", [
    ({"hukou": "宁夏回族自治区银川市兴庆区", "education": "junior_college", "full_time": True, "graduated": "2022-07-01"},
     "eligible"),                                  # a young graduate with a 银川 户籍: the second group
    ({"hukou": "甘肃省兰州市城关区", "social_insurance_months": 14}, "eligible"),   # a newcomer: the first
    ({"hukou": "宁夏回族自治区银川市兴庆区", "education": "bachelor", "full_time": True, "graduated": "2015-07-01"},
     "ineligible"),                                # neither
])
def test_the_groups_a_grant_lists_with_what_they_may_do_are_alternatives(facts, want) -> None:
    """…购买首套新建商品住房的下列人员之一，可申请购房补贴：（一）新市民：…（二）青年人：… — one group will do, even with
    what they may do said after the lead."""
    doc = _doc(YINCHUAN_GROUPS, "宁夏回族自治区银川市/通知.txt")
    profile = {"kind": "individual", "region": "宁夏回族自治区银川市兴庆区", "home_region": "宁夏回族自治区银川市兴庆区",
               "homes_owned": 0, "new_home": True, "home_purchased": "2025-07-01", **facts}
    assert _status(doc, doc["programmes"][0], date(2025, 9, 1), **profile) == want


@pytest.mark.parametrize("text, facts", [
    ("上年度研究开发费用总额占同期营业收入的比例不低于5%", None),        # the share's words, rd_ratio read from its clause
    ("取得国家承认学历的普通高等学校毕业生", ["education"]),
    ("夫妻双方育有二孩及以上子女", ["children"]),
])
def test_words_a_fact_already_says_leave_nothing_to_judge(text, facts) -> None:
    tests, open_words = read_segment(Segment(text, (), ()))
    assert not open_words, text
    if facts is not None:
        assert [t.fact for t in tests if isinstance(t, FactTest)] == facts


WUXI_REWARD = """无锡市关于组织申报企业奖励的通知

一、申报条件

申报企业应在本市注册，成立年限计算至提出申请之日。

二、奖励标准

对符合条件的企业，给予奖励10万元。

三、不予支持情形

有下列情形之一的，不予支持：

（一）注册成立不满1年的；

（二）不具有独立法人资格的分支机构、代表机构；

（三）党政机关、参照公务员法管理单位在编人员；

（四）从业人员不足10人的。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"founded": "2025-03-01"}, "ineligible"),     # 注册成立不满1年的: the figure of an exclusion is read
    ({"employees": 8}, "ineligible"),              # 从业人员不足10人的
    ({"legal_person": False}, "ineligible"),
    ({"employees": None}, "possible"),
])
def test_the_figures_of_an_exclusion_are_read(facts, want) -> None:
    """An exclusion item is read with its number clauses (注册成立不满1年的, 从业人员不足10人的 were words for a person);
    代表机构 is a branch, 计算至提出申请之日 says on which day a figure counts."""
    doc = _doc(WUXI_REWARD, "江苏省无锡市/通知.txt")
    profile = {"kind": "enterprise", "region": "江苏省无锡市梁溪区", "founded": "2020-01-01", "legal_person": True,
               "employees": 50, "employer_kind": "enterprise", **facts}
    profile = {k: v for k, v in profile.items() if v is not None}
    assert _status(doc, doc["programmes"][0], date(2025, 9, 1), **profile) == want


@pytest.mark.parametrize("education, want", [("bachelor", "eligible"), ("doctor", "eligible"), ("secondary", "ineligible")])
def test_amounts_by_degree_held_by_a_condition_item_are_rows_not_conditions(education, want) -> None:
    """（三）年龄35周岁以下。/ 补贴标准：大专学历每套5000元，本科学历每套1万元，硕士研究生每套2万元，博士研究生每套3万元。
    (the amounts in a paragraph under the last condition item): one row applies — a bachelor was asked to hold every
    degree and called ineligible."""
    text = CHUANHUI.replace("二、共同条件", "（三）高校毕业生购房补贴\n\n高校毕业生在我区购买新建商品住房，同时符合下列条件的，按学历给予购房补贴：\n\n"
                            "（一）具有全日制大专及以上学历；\n\n（二）年龄35周岁以下。\n\n"
                            "补贴标准：大专学历每套5000元，本科学历每套1万元，硕士研究生每套2万元，博士研究生每套3万元。\n\n二、共同条件")
    assert text != CHUANHUI
    doc = _doc(text, "河南省周口市川汇区/方案.txt")
    at = text.find("高校毕业生在我区购买新建商品住房")
    programme = min((p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]),
                    key=lambda p: p["span"][1] - p["span"][0])
    profile = {"kind": "individual", "region": "河南省周口市川汇区", "home_region": "河南省周口市川汇区", "new_home": True,
               "home_purchased": "2025-08-01", "dishonest": False, "education": education, "full_time": True,
               "born": "1998-01-01"}
    assert _status(doc, programme, date(2025, 9, 1), **profile) == want


def test_a_time_since_another_event_in_an_exclusion_is_no_age_of_the_firm() -> None:
    """受吊销…处罚，自处罚决定之日起至申请注册之日止不满5年的: the time since a penalty, not since the applicant was
    registered — reading it as founded_years < 5 would leave out every young firm."""
    text = ("某市注册奖励办法\n\n一、申报条件\n\n申报企业应在本市注册。\n\n二、奖励标准\n\n对符合条件的企业，给予奖励10万元。\n\n"
            "三、不予支持情形\n\n有下列情形之一的，不予支持：\n\n（一）受行政处罚，自处罚决定之日起至申请注册之日止不满5年的；\n\n"
            "（二）注册成立不满1年的。\n")
    doc = _doc(text, "江苏省无锡市/办法.txt")
    tests = [e["test"] for p in doc["programmes"] for e in p["exclusions"] if e["test"]]
    assert [t["value"] for t in tests if t["fact"] == "founded_years"] == [1] * len(doc["programmes"])


YONGCHUAN = """永川区2025—2026年度购房补贴实施方案

一、{heading}

2025年7月1日至2026年6月30日（以商品房买卖合同网签备案时间为准）。

二、适用范围

在永川区行政区域内购买新建商品住房的个人。

三、补贴对象及标准

（一）多子女家庭购房补贴

申报条件：夫妻双方生育二孩及以上子女。

补贴标准：二孩家庭每套给予2万元补贴，三孩及以上家庭每套给予3万元补贴。
"""


@pytest.mark.parametrize("heading, bought, want", [
    ("实施期限", "2025-06-30", "ineligible"), ("实施期限", "2025-07-01", "eligible"), ("实施期限", "2026-07-01", "ineligible"),
    ("补贴期限", "2025-06-30", "ineligible"),
    ("申报时间", "2025-06-30", "eligible"),  # when to apply, not when the home was bought
])
def test_a_purchase_period_under_its_own_heading_binds_every_purchase(heading, bought, want) -> None:
    """一、实施期限 / 2025年7月1日至2026年6月30日（以…网签备案时间为准）: the period the whole text gives is when the
    homes it pays for are bought — a home bought the day before it began was called eligible."""
    text = YONGCHUAN.format(heading=heading)
    doc = _doc(text, "重庆市永川区/方案.txt")
    at = text.find("二孩家庭每套")
    programme = min((p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]),
                    key=lambda p: p["span"][1] - p["span"][0])
    profile = {"kind": "individual", "region": "重庆市永川区", "home_region": "重庆市永川区", "new_home": True,
               "home_purchased": bought, "homes_owned": 0, "children": 2}
    assert _status(doc, programme, date(2026, 3, 15), **profile) == want


SHUSHAN_GROUPS = """蜀山区一次性创业补贴申请指南

一、补贴对象

毕业5年内高校毕业生、返乡入乡创业人员、退役军人、登记失业人员、脱贫人口，在本区依法登记注册企业、个体工商户或农民专业合作社等创业实体，并同时符合下列条件的，可申请一次性创业补贴：

（一）申请人为所创办企业的法定代表人或个体工商户经营者；

（二）自登记注册之日起满12个月。

二、补贴标准

每户5000元。
"""


@pytest.mark.parametrize("facts, want", [
    ({"graduated": "2022-06-30", "education": "bachelor", "employed": True}, "eligible"),  # a graduate who also works
    ({"graduated": "2015-06-30", "education": "bachelor", "employed": True}, "possible"),  # another group may hold
    ({"graduated": "2015-06-30", "education": "bachelor", "employed": False}, "eligible"),  # 登记失业人员
])
def test_the_state_one_group_of_people_is_in_binds_that_group_only(facts, want) -> None:
    """毕业5年内高校毕业生、返乡入乡创业人员、退役军人、登记失业人员、脱贫人口: groups of people, any of them — 登记失业人员's
    unemployment and 返乡入乡创业人员's business were asked of everyone (a graduate in work was refused)."""
    doc = _doc(SHUSHAN_GROUPS, "安徽省合肥市蜀山区/指南.txt")
    profile = {"kind": "individual", "region": "安徽省合肥市蜀山区", "entrepreneur": True, "founded": "2024-01-01",
               "full_time": True, **facts}
    assert _status(doc, _only(doc), date(2025, 11, 20), **profile) == want


def test_a_list_of_places_to_register_is_no_list_of_groups() -> None:
    """在本区依法登记注册企业、个体工商户或农民专业合作社: what the founder registers, said of every way in — the
    founder's business is no one group's state."""
    tests, _ = read_segment(Segment("在本区依法登记注册企业、个体工商户或农民专业合作社等创业实体", (), ()))
    assert FactTest("entrepreneur", "==", True) in tests


EXCLUDED_KINDS = """梁溪区2025年度工业企业技术改造奖励申报通知

一、申报条件

（一）在本区注册的企业。

（二）上年度营业收入500万元以上。

二、不予支持情形

有下列情形之一的，不予支持：

（一）个体工商户、分支机构不在申报范围；

（二）非工业企业或不具有独立法人资格的。

三、奖励标准

按设备投资额的10%给予奖励，最高100万元。
"""


@pytest.mark.parametrize("facts, want", [
    ({"kind": "enterprise", "legal_person": True, "industrial": True}, "eligible"),
    ({"kind": "individual_business", "legal_person": True, "industrial": True}, "ineligible"),
    ({"kind": "enterprise", "legal_person": False, "industrial": True}, "ineligible"),
    ({"kind": "enterprise", "legal_person": True, "industrial": False}, "ineligible"),
    ({"kind": "enterprise", "industrial": True}, "possible"),  # a branch or not, the profile does not say
])
def test_kinds_an_exclusion_names_as_the_applicant_are_decided(facts, want) -> None:
    """个体工商户、分支机构不在申报范围 / 非工业企业或不具有独立法人资格的: a sole trader (kind individual_business), a branch (no
    legal personality) and a firm that is not industrial are left out — words for a person before."""
    doc = _doc(EXCLUDED_KINDS, "江苏省无锡市梁溪区/通知.txt")
    profile = {"region": "江苏省无锡市梁溪区", "dishonest": False, "revenue": 8_000_000, **facts}
    programme = doc["programmes"][0]
    assert _status(doc, programme, date(2025, 9, 1), **profile) == want


@pytest.mark.parametrize("text, fact, want", [
    # 创业后跨过“死亡谷”、进入高速成长期的科技型企业: a firm's stage, asked of no founder
    ("创业后跨过“死亡谷”、进入高速成长期的科技型企业", "entrepreneur", None),
    ("在本区创业的高校毕业生", "entrepreneur", FactTest("entrepreneur", "==", True)),
    # 申报瞪羚企业库的企业: the title the firm applies for, not one it holds
    ("申报瞪羚企业库的企业", "titles", None),
    ("已认定为高新技术企业", "titles", FactTest("titles", "has", ("高新技术企业",))),
    # 近两年营业收入年均增长率不低于20%: the growth of revenue, a fact of its own
    ("近两年营业收入年均增长率不低于20%", "revenue_growth", "read"),
])
def test_what_a_firm_is_or_seeks_is_not_a_founder_or_a_title(text, fact, want) -> None:
    from polc.api import compile_text as _compile
    (doc,) = _compile(f"某办法\n\n一、申报条件\n\n（一）{text}。\n", path="江苏省无锡市/办法.txt").documents
    found = [c["test"] for p in doc["programmes"] for c in _conditions(p["logic"]) if c["test"] and c["test"]["fact"] == fact]
    if want is None:
        assert found == []
    elif want == "read":
        assert found and found[0]["op"] == ">=" and found[0]["value"] == 20 and found[0]["unit"] == "%"
    else:
        assert found and (found[0]["op"], tuple(found[0]["value"]) if isinstance(found[0]["value"], list) else found[0]["value"]) \
            == (want.op, want.value)


def test_an_office_a_firm_buys_is_no_home() -> None:
    """总部企业在思明区新购置自用办公用房的: where the firm is (region), not where a home bought is (home_region)."""
    chain = (("福建省", "province"), ("厦门市", "city"), ("思明区", "county"))
    tests, _ = read_segment(Segment("总部企业在思明区新购置自用办公用房的", (), chain))
    assert {t.fact for t in tests if isinstance(t, FactTest)} == {"region"}
    tests, _ = read_segment(Segment("在思明区购买新建商品住房的", (), chain))
    assert "home_region" in {t.fact for t in tests if isinstance(t, FactTest)}


START_UP_GUIDE = """贵阳市一次性创业补贴申领指南

一、补贴对象

（一）一次性创业补贴。创业实体营业执照核发时间在2024年1月1日（含）以后，申领补贴时创业实体正常经营6个月（含）以上的，给予5000元一次性创业补贴。

（二）生活补贴。自毕业证书落款日期起至提出申请之日不超过5年的高校毕业生，给予每月500元生活补贴。
"""


@pytest.mark.parametrize("index, facts, want", [
    (0, {"founded": "2024-01-01"}, "eligible"),
    (0, {"founded": "2023-12-31"}, "ineligible"),  # licensed the day before the day the text names
    (0, {"founded": "2025-04-01"}, "ineligible"),  # five months in business on the day judged, six needed
    (1, {"graduated": "2021-06-30", "education": "bachelor"}, "eligible"),
    (1, {"graduated": "2020-06-30", "education": "bachelor"}, "ineligible"),  # five years and two months since
])
def test_a_licence_day_a_time_in_business_and_years_since_graduation_are_read(index, facts, want) -> None:
    """营业执照核发时间在2024年1月1日（含）以后 bounds the founding day; 申领补贴时…正常经营6个月（含）以上 is time since founding,
    and 申领补贴 in it is when one applies, not the grant (the grant's subject was cut there, leaving the months unread);
    自毕业证书落款日期起至提出申请之日不超过5年 is years since graduation."""
    doc = _doc(START_UP_GUIDE, "贵州省贵阳市/指南.txt")
    assert len(doc["programmes"]) == 2
    profile = {"kind": "individual", "region": "贵州省贵阳市", "entrepreneur": True, "dishonest": False, **facts}
    assert _status(doc, doc["programmes"][index], date(2025, 9, 1), **profile) == want


IC_TALENT = """新吴区集成电路产业青年人才首次购房补贴申报通知

一、补贴对象

本通知所称集成电路企业，是指在新吴区注册登记、主营业务属于集成电路设计、晶圆制造、封装测试、装备及材料等领域的企业。

二、申报条件

（一）在我区集成电路企业全职工作；

（二）申报时在我区连续缴纳城镇职工社会保险满6个月（含）以上。

三、补贴标准

对符合条件的青年人才，给予一次性首次购房补贴5万元。
"""


@pytest.mark.parametrize("titles, want", [
    (["集成电路企业"], "eligible"),
    (["软件企业"], "ineligible"),
    (None, "possible"),  # what the employer is, the profile does not say
])
def test_an_employer_named_by_its_field_is_a_title_of_the_employer(titles, want) -> None:
    """在我区集成电路企业全职工作: the employer holds the title 集成电路企业; the definition of 集成电路企业 (主营业务属于…)
    says what the employer is, and asks nothing of the person (it was a condition left to a person)."""
    doc = _doc(IC_TALENT, "江苏省无锡市新吴区/通知.txt")
    profile = {"kind": "individual", "region": "江苏省无锡市新吴区", "employed": True, "employer_kind": "enterprise",
               "social_insurance_months": 8, "dishonest": False}
    if titles is not None:
        profile["employer_titles"] = titles
    assert _status(doc, _only(doc), date(2025, 9, 1), **profile) == want


@pytest.mark.parametrize("text, qualifier", [
    ("在我区集成电路企业全职工作", "集成电路企业"),
    ("与本市实体经济企业签订劳动合同", "实体经济企业"),
    ("在新吴区集成电路企业工作", "集成电路企业"),
    ("在我区企业工作", None),
    ("在辖区企业工作", None),
    ("新引进到我市企业工作", None),
    ("在各类企业就业", None),
    ("我区集成电路企业引进的青年人才", "集成电路企业"),  # the employer that brought the person in
    ("企业引进的青年人才", None),
])
def test_the_qualifier_of_an_employer_is_no_place(text, qualifier) -> None:
    chain = (("江苏省", "province"), ("无锡市", "city"), ("新吴区", "county"))
    tests, _ = read_segment(Segment(text, (), chain))
    titles = [t.value for t in tests if isinstance(t, FactTest) and t.fact == "employer_titles"]
    assert titles == ([(qualifier,)] if qualifier else [])


TARGETED_GUIDE = """晋江市2025年工业企业技术改造和数字化转型专项资金项目申报指南

一、支持对象

（一）在晋江市注册登记、具有独立法人资格的工业企业。

（二）申报企业应信用良好，未被列入严重失信主体名单。

二、支持内容和标准

（一）数字化转型项目补助

1. 申报条件：企业实施生产线数字化改造项目，项目软硬件投资额200万元以上。

2. 补助标准：按项目软硬件投资额的15%给予补助，最高不超过200万元。

（二）智能制造标杆奖励

对获评省级智能制造示范工厂的企业，给予一次性奖励100万元；对获评省级数字化车间的企业，给予一次性奖励30万元。同一企业同时获评的，按就高原则给予奖励，不重复享受。
"""


@pytest.mark.parametrize("facts, want", [
    ({"titles": ["省级数字化车间"]}, "eligible"),
    ({"titles": ["省级数字化车间"], "region": "福建省泉州市丰泽区"}, "ineligible"),  # the 支持对象 binds it
    ({"titles": ["省级数字化车间"], "dishonest": True}, "ineligible"),
    ({"titles": ["省级数字化车间"], "legal_person": False}, "ineligible"),
    ({"titles": ["国家级专精特新小巨人企业"]}, "ineligible"),  # not the title it is for
])
def test_grant_sentences_beside_a_guides_parts_are_programmes_bound_by_whom_it_targets(facts, want) -> None:
    """二、支持内容 (二) 对获评省级数字化车间的企业，给予一次性奖励30万元 beside a part with 申报条件: a programme of its own (the
    一、支持对象 group took the whole text as read, and the grants were none), bound by 一、支持对象; the rating is a title;
    同一企业同时获评的，按就高原则给予奖励 says how the two combine and is no programme."""
    doc = _doc(TARGETED_GUIDE, "福建省泉州市晋江市/指南.txt")
    titles = [p["title"] for p in doc["programmes"]]
    assert not any("同一企业" in t for t in titles)
    (programme,) = [p for p in doc["programmes"] if p["title"].startswith("获评省级数字化车间")]
    assert not any("智能制造示范工厂" in (c["test"] or {}).get("value", [""])[0]
                   for c in _conditions(programme["logic"]) if c["test"] and c["test"]["fact"] == "titles")
    profile = {"kind": "enterprise", "region": "福建省泉州市晋江市", "legal_person": True, "industrial": True,
               "dishonest": False, **facts}
    assert _status(doc, programme, date(2025, 4, 15), **profile) == want


OTHERWISE_TIERS = """晋江市2025年工业企业技术改造专项资金项目申报指南

一、支持内容和标准

（一）技术改造设备投资补助

1. 申报条件：项目于2024年1月1日至2024年12月31日期间完成设备购置，且项目设备投资额达到以下标准：上年度主营业务收入超过5亿元的企业，项目设备投资额不低于1000万元；其余企业，项目设备投资额不低于300万元。

2. 补助标准：按项目设备投资额的8%给予补助，单个项目补助最高不超过500万元。
"""


def test_the_rest_of_a_table_of_tiers_is_a_tier_and_a_run_in_label_states_conditions() -> None:
    """…达到以下标准：上年度主营业务收入超过5亿元的企业，…不低于1000万元；其余企业，…不低于300万元: a table whose first tier follows
    the lead's colon and whose last is 其余企业 — those the tiers before do not select (5亿元 or less), not a requirement
    that every applicant have more than 5亿元; 1. 申报条件： makes the item's figures thresholds (300万元 was a 下限 of a
    grant, so its condition was dropped as what is paid); 完成设备购置 is no purchase of a home."""
    doc = _doc(OTHERWISE_TIERS, "福建省泉州市晋江市/指南.txt")
    programme = _only(doc)
    tables = [part for part in _walk_logic(programme["logic"]) if part.get("op") == "tiers"]
    assert len(tables) == 1 and len(tables[0]["items"]) == 2
    selectors = [t["items"][0]["test"] for t in tables[0]["items"]]
    assert [(s["fact"], s["op"], s["value"]) for s in selectors] == [("revenue", ">", 500_000_000), ("revenue", "<=", 500_000_000)]
    assert "300万元" in tables[0]["items"][1]["items"][1]["text"]
    assert not [t for t in (*_tests(programme["applicants"]), *_tests(programme["logic"])) if t["fact"].startswith("home")]
    node = next(n for n in walk(doc["body"]) if (n.get("text") or "").startswith("申报条件"))
    assert node.get("role") == "condition" and {c["role"] for c in node["clauses"] if c["type"] == "money"} == {"threshold"}
    profile = {"kind": "enterprise", "region": "福建省泉州市晋江市", "revenue": 100_000_000}
    assert _status(doc, programme, date(2025, 4, 15), **profile) == "possible"  # the 300万元 tier, the investment open


LOAN_RULES = """六安市金安区创业担保贷款及贴息实施细则

第一条 为发挥创业担保贷款作用，结合我区实际，制定本细则。

第二条 本细则所称个人创业担保贷款对象，是指在本区创业的下列人员之一：
（一）城镇登记失业人员；
（二）毕业5年内的高校毕业生。

第三条 个人申请创业担保贷款，应同时具备下列条件：
（一）在本区依法注册登记经营主体，且本人为该经营主体的法定代表人或经营者；
（二）年龄在18周岁以上、60周岁以下。

第四条 个人创业担保贷款额度最高不超过30万元。对符合第二条、第三条规定的个人，财政按一年期贷款市场报价利率的50%给予贴息。

第五条 本细则所称小微企业，是指在本区注册登记，从业人员不超过100人且上年度营业收入不超过3000万元的企业。

第六条 小微企业创业担保贷款额度最高不超过300万元。对符合第五条规定的小微企业，财政按一年期贷款市场报价利率的50%给予贴息；其中成立未满2年的小微企业，贴息比例提高至70%。
"""

_PERSON_LOAN = {"kind": "individual", "region": "安徽省六安市金安区", "entrepreneur": True, "education": "bachelor",
                "graduated": "2022-06-30", "born": "1999-10-01"}
_FIRM_LOAN = {"kind": "enterprise", "region": "安徽省六安市金安区", "employees": 80, "revenue": 25_000_000}


@pytest.mark.parametrize("start, facts, want", [
    ("符合第二条、第三条规定", _PERSON_LOAN, "eligible"),
    ("符合第二条、第三条规定", {**_PERSON_LOAN, "born": "1960-01-01"}, "ineligible"),  # 第三条's age, asked by reference
    ("符合第二条、第三条规定", {**_PERSON_LOAN, "graduated": "2015-06-30"}, "possible"),  # 第二条: unemployed or not, open
    ("符合第五条规定的小微企业", _FIRM_LOAN, "eligible"),  # no person's age or founder asked of a firm
    ("符合第五条规定的小微企业", {**_FIRM_LOAN, "employees": 120}, "ineligible"),
    ("其中成立未满2年的小微企业", {**_FIRM_LOAN, "founded": "2024-01-01"}, "eligible"),
    ("其中成立未满2年的小微企业", {**_FIRM_LOAN, "founded": "2022-01-01"}, "ineligible"),
    ("其中成立未满2年的小微企业", {**_FIRM_LOAN, "founded": "2024-01-01", "employees": 120}, "ineligible"),
])
def test_a_grant_for_those_who_meet_named_provisions_takes_their_conditions(start, facts, want) -> None:
    """对符合第二条、第三条规定的个人，…给予贴息: the conditions of 第二条 and 第三条 (the refs stage resolves them), not
    every condition list of the text (a firm was asked a person's age; the grant was no programme of its own, 贴息 no
    benefit); 其中成立未满2年的小微企业，贴息比例提高至70% is for some of those the grant before it is for."""
    doc = _doc(LOAN_RULES, "安徽省六安市金安区/细则.txt")
    (programme,) = [p for p in doc["programmes"] if p["title"].startswith(start)]
    assert _status(doc, programme, date(2025, 8, 1), **facts) == want


WAGE_EARNERS = """曲靖市住房和城乡建设局
曲靖市财政局

公　告

曲住建公告〔2025〕3号

关于资助住房困难工薪群体购买商品住房的公告

为解决工薪群体住房困难问题，现将有关事项公告如下：

一、资助范围
本公告所称中心城区，是指麒麟区、沾益区、马龙区行政区域。

二、资助对象及条件
本公告所称住房困难工薪群体，是指在中心城区就业的职工。申请人应同时符合以下条件：
（一）与中心城区用人单位签订劳动合同并在中心城区工作；
（二）具有中心城区户籍，或在中心城区连续缴纳城镇职工养老保险满12个月（含）以上；
（三）2025年3月1日至2025年12月31日期间，在中心城区购买新建商品住房。

三、资助标准
符合条件的，每户一次性资助3万元。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"hukou": "云南省曲靖市陆良县", "social_insurance_months": 8}, "ineligible"),  # (二): neither way in
    ({"hukou": "云南省曲靖市陆良县", "social_insurance_months": 12}, "eligible"),
    ({"home_region": "云南省曲靖市陆良县"}, "ineligible"),  # (三): the home outside the 中心城区
])
def test_a_heading_over_whom_and_what_is_a_condition_block_and_a_gazette_notice_has_its_title(facts, want) -> None:
    """二、资助对象及条件 heads the conditions (it was read as the applicants' heading, whose items only place them);
    曲靖市住房和城乡建设局 / 公　告 / 曲住建公告〔2025〕3号 / 关于…的公告: the title is the 关于… line; 本公告所称X names a term."""
    doc = _doc(WAGE_EARNERS, "云南省曲靖市/公告.txt")
    assert doc["title"] == "关于资助住房困难工薪群体购买商品住房的公告"
    programme = _only(doc)
    assert not [c for c in _conditions(programme["logic"]) if c["test"] is None and c["text"].startswith("本公告所称")]
    profile = {"kind": "individual", "region": "云南省曲靖市麒麟区", "employed": True, "hukou": "云南省曲靖市麒麟区",
               "home_purchased": "2025-05-10", "new_home": True, "home_region": "云南省曲靖市麒麟区", **facts}
    assert _status(doc, programme, date(2025, 7, 1), **profile) == want


TERRITORY_BY_ANOTHER_WORD = """临桂区二孩三孩家庭购房补贴实施细则

第一条　申请购房补贴的家庭，应当同时符合下列条件：

（一）家庭育有两个及以上子女；

（二）于2025年3月1日至2026年2月28日期间在我区辖区内购买新建商品住房。

第二条　本细则所称我区辖区，是指临桂区行政区域范围，包括临桂新区和各镇辖区。

第三条　二孩家庭购买新建商品住房的，每套给予2万元购房补贴。
"""


def test_the_definition_of_the_territory_by_another_word_asks_nothing() -> None:
    """本细则所称我区辖区，是指临桂区行政区域范围，包括临桂新区和各镇辖区: where 我区 is — every use of the word already
    stands for it — not a condition (包括临桂新区和各镇辖区 was left to a person, the place read as 桂林市临桂区 not 临桂区)."""
    doc = _doc(TERRITORY_BY_ANOTHER_WORD, "广西壮族自治区桂林市临桂区/细则.txt")
    profile = {"kind": "individual", "region": "广西壮族自治区桂林市临桂区", "children": 2, "new_home": True,
               "home_region": "广西壮族自治区桂林市临桂区", "home_purchased": "2025-09-12"}
    for programme in doc["programmes"]:
        assert not [c for c in _conditions(programme["logic"]) if c["test"] is None and "各镇辖区" in c["text"]]
    programme = _only(doc)
    assert _status(doc, programme, date(2026, 4, 10), **profile) == "eligible"
    assert _status(doc, programme, date(2026, 4, 10), **{**profile, "home_region": "广西壮族自治区桂林市七星区"}) == "ineligible"


INSURANCE_OR_TAX = """呼和浩特市购房补贴实施细则

一、补贴对象

非本市户籍购房人，须在本市连续缴纳社会保险或个人所得税满6个月；生育二孩及以上子女的家庭，购买新建商品住房的，给予1万元补贴。
"""


@pytest.mark.parametrize("facts, want", [
    ({"social_insurance_months": 6}, "eligible"),
    ({"social_insurance_months": 5}, "possible"),  # five months of insurance: the tax may make six, a person checks
    ({}, "possible"),
])
def test_insurance_or_another_payment_for_so_many_months_is_either(facts, want) -> None:
    """在本市连续缴纳社会保险或个人所得税满6个月: six months of insurance is one way (was read as one month: the insurance
    word stood too far from the number), the tax the other, for a person; 生育二孩及以上子女的家庭 is the children fact
    whole (生育 was left to a person without 夫妻 before it)."""
    doc = _doc(INSURANCE_OR_TAX, "内蒙古自治区呼和浩特市/细则.txt")
    programme = _only(doc)
    assert [t["value"] for t in (*_tests(programme["applicants"]), *_tests(programme["logic"]))
            if t["fact"] == "social_insurance_months"] == [6]
    assert not [c for c in _conditions(programme["logic"]) if c["test"] is None and "生育" in c["text"]]
    profile = {"kind": "individual", "region": "内蒙古自治区呼和浩特市回民区", "hukou": "内蒙古自治区包头市", "children": 2,
               "new_home": True, "home_region": "内蒙古自治区呼和浩特市回民区", **facts}
    assert _status(doc, programme, date(2025, 9, 1), **profile) == want


@pytest.mark.parametrize("text, want", [
    ("购买90平方米（含90平方米）以下新建商品住房", [("<=", 90)]),
    ("购买建筑面积90平方米以上、120平方米（含）以下住房的", [(">=", 90), ("<=", 120)]),
    ("购买单套房屋建筑面积≧144m2的住房", [(">=", 144)]),
    ("购买住房且家庭人均住房建筑面积低于15平方米", []),  # the family's area per head, not the home bought
])
def test_a_home_area_with_its_unit_and_bound_needs_no_word_for_area(text, want) -> None:
    """90平方米（含90平方米）以下 and the second end of 90平方米以上、120平方米（含）以下 name the area by unit and bound alone; ≧ and ≦
    bound it as 以上 and 以下 do."""
    chain = (("吉林省", "province"), ("吉林市", "city"))
    tests, _ = read_segment(Segment(text, (), chain, full_sentence=text))
    assert [(t.op, t.value) for t in tests if isinstance(t, FactTest) and t.fact == "home_area"] == want


@pytest.mark.parametrize("text, kinds, titles", [
    ("在环翠区行政区域内注册的企业、民办非企业单位工作的青年人才", ("enterprise", "social_org"), []),
    ("在沈阳市行政区域内的企业、民办非企业单位、社会团体等用人单位就业", ("enterprise", "social_org"), []),
    ("在辖区重点企业（以区发展和改革委员会公布的年度重点企业名单为准）工作的", ("enterprise",), [("重点企业",)]),
])
def test_employers_named_with_their_place_at_length_are_read(text, kinds, titles) -> None:
    """在环翠区行政区域内注册的企业、民办非企业单位工作: the kinds of employer after a place said at length; a bracket's 和
    (发展和改革委员会) is no list of employers."""
    chain = (("山东省", "province"), ("威海市", "city"), ("环翠区", "county"))
    tests, open_words = read_segment(Segment(text, (), chain, full_sentence=text, person=True))
    found = {t.fact: t.value for t in tests if isinstance(t, FactTest)}
    assert found.get("employer_kind") == kinds and found.get("employed") is True and not open_words
    assert [t.value for t in tests if isinstance(t, FactTest) and t.fact == "employer_titles"] == titles


WINDOW_FOR_THE_YEAR = """环翠区青年人才租房补贴申领指南

【补贴对象】
在环翠区企业工作的全日制本科及以上学历青年人才，给予每月500元租房补贴。

【申领时间】
2025年度申领时间为2025年3月1日至2025年11月30日（含），逾期不予受理。
"""


@pytest.mark.parametrize("on, want", [(date(2025, 2, 25), "ineligible"), (date(2025, 3, 1), "eligible"),
                                      (date(2025, 11, 30), "eligible"), (date(2025, 12, 1), "ineligible")])
def test_the_year_a_window_is_for_is_not_the_window(on, want) -> None:
    """2025年度申领时间为2025年3月1日至2025年11月30日（含）: the window is the days after 为, not the year before 申领时间
    (the year was read as the window, so the day before it opened was open)."""
    doc = _doc(WINDOW_FOR_THE_YEAR, "山东省威海市环翠区/指南.txt")
    profile = {"kind": "individual", "region": "山东省威海市环翠区", "employed": True, "employer_kind": "enterprise",
               "education": "bachelor", "full_time": True}
    assert _status(doc, _only(doc), on, **profile) == want


CARE_HOMES = """城固县民办养老机构运营补贴实施办法

第一条　本办法所称民办养老机构，是指由社会力量举办，在城固县行政区域内依法登记为民办非企业单位或企业、具有独立法人资格的养老机构。

第二条　对截至2025年12月31日运营满1年的民办养老机构，给予每张床位每年1200元运营补贴。

第三条　有下列情形之一的，不予补贴：
（一）公办养老机构不适用本办法；
（二）县外养老机构在本县设立的不具有独立法人资格的分支机构。
"""


@pytest.mark.parametrize("facts, want", [
    ({"kind": "social_org"}, "eligible"),
    ({"kind": "enterprise"}, "eligible"),
    ({"kind": "public_institution"}, "ineligible"),  # 由社会力量举办, 民办: not a public institution
    ({"kind": "individual_business"}, "ineligible"),  # registered as neither
    ({"kind": "social_org", "legal_person": False}, "ineligible"),
    ({"kind": "social_org", "founded": "2025-03-01"}, "ineligible"),
])
def test_what_an_applicant_is_registered_as_and_an_exclusion_whose_part_fails(facts, want) -> None:
    """依法登记为民办非企业单位或企业…的养老机构: the kinds it is registered as; 由社会力量举办, 民办养老机构: not run by an organ or
    a public institution; 县外养老机构在本县设立的不具有独立法人资格的分支机构: one exclusion whose parts must all hold — an
    applicant with legal personality is no such branch, whoever set it up (the outside founder was left to a person)."""
    doc = _doc(CARE_HOMES, "陕西省汉中市城固县/办法.txt")
    profile = {"region": "陕西省汉中市城固县", "legal_person": True, "founded": "2024-06-01", "dishonest": False, **facts}
    assert _status(doc, _only(doc), date(2026, 1, 15), **profile) == want


TALENT_HOME = """蚌埠市高层次人才购房补贴实施细则

一、本细则所称高层次人才，是指按照《蚌埠市高层次人才分类目录》认定为A类（国际顶尖人才）、B类（国家级领军人才）、C类（省级领军人才）、D类（市级领军人才）的人才。

二、补贴标准。高层次人才在本市市区首次购买商品住房的，给予一次性购房补贴20万元。

三、申请条件。申请购房补贴的高层次人才，应当同时符合下列条件：

1.在本市全职工作；

2.社会保险缴纳符合以下要求：B类人才须在本市连续缴纳社会保险满6个月以上；C、D类人才须在本市连续缴纳社会保险满12个月以上；A类人才不受社会保险缴纳限制；

3.年龄符合以下要求：C类人才申请时年龄不超过50周岁；D类人才年龄原则上不超过45周岁，紧缺急需专业人才可适当放宽；A、B类人才不受年龄限制；

4.本人及配偶、未成年子女在本市市区范围内无自有住房。
"""
TALENT = {"kind": "individual", "region": "安徽省蚌埠市蚌山区", "home_region": "安徽省蚌埠市蚌山区", "employed": True,
          "homes_owned": 0, "social_insurance_months": 14, "born": "1980-01-01"}


@pytest.mark.parametrize("facts, want", [
    ({"talent_class": "C"}, "eligible"),  # 46: under C's 50, insured 14 months
    ({"talent_class": "C", "social_insurance_months": 11}, "ineligible"),  # C's 12 months (was eligible: an any of tiers)
    ({"talent_class": "B", "social_insurance_months": 7, "born": "1950-01-01"}, "eligible"),  # B: 6 months, no age limit
    ({"talent_class": "A", "social_insurance_months": 0, "born": "1950-01-01"}, "eligible"),  # A: spared both limits
    ({"talent_class": "D"}, "possible"),  # 46 over D's 45, 原则上: discretion — for D, whose class is no discretion
    ({"talent_class": "D", "born": "1985-01-01"}, "eligible"),
    ({"talent_class": "C", "born": "1975-01-01"}, "ineligible"),  # 51 over C's 50
    ({"talent_class": "E"}, "ineligible"),  # the definition names A to D, with what each class is in brackets
    ({}, "possible"),
])
def test_a_defined_term_its_classes_and_limits_by_class(facts, want) -> None:
    """本细则所称高层次人才，是指…认定为A类（国际顶尖人才）、B类（…）…的人才: the classes, each described in brackets; a use of
    the term (高层次人才在本市市区首次购买商品住房的) asks what the definition asks and no more (its word was left to a person);
    limits chosen by class are tier tables, never alternatives of one another (an any of them let C pass with 11 months); the
    classes a limit spares (A、B类人才不受年龄限制) pass it; 原则上 leaves D's age, not D, to discretion; 紧缺急需专业人才可适当放宽
    says whom it may be eased for and asks nothing."""
    doc = _doc(TALENT_HOME, "安徽省蚌埠市/细则.txt")
    assert _status(doc, _only(doc), date(2026, 6, 1), **{**TALENT, **facts}) == want


@pytest.mark.parametrize("text, wanted", [
    ("紧缺急需专业人才可适当放宽", False),
    ("对掌握关键核心技术、填补国内空白的企业可适当放宽", False),
    ("具有海外工作经历", True),  # a condition still, for a person
])
def test_whom_a_limit_may_be_eased_for_asks_nothing(text: str, wanted: bool) -> None:
    """…可适当放宽 after a limit: discretion over that limit, not a condition a person must judge for everyone."""
    tests, left = read_segment(Segment(text, (), ()))
    assert (bool(tests) or left) == wanted


ZONE_HOMES = """襄阳市购房补贴实施细则

一、补贴条件
（一）具有本市城镇常住户口；
（二）在襄州区、樊城区、襄城区、高新区、东津新区购买一手商品住房，且房屋规划用途为住宅。

二、补贴标准
每套补贴1万元。
"""
HOME_BUYER = {"kind": "individual", "region": "湖北省襄阳市樊城区", "hukou": "湖北省襄阳市樊城区", "hukou_rural": False,
              "home_region": "湖北省襄阳市樊城区", "new_home": True}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"home_region": "湖北省武汉市洪山区"}, "ineligible"),  # outside the city: in none of its districts or zones
    ({"home_region": "湖北省襄阳市谷城县"}, "possible"),  # not a listed district; whether a zone holds it, a person says
    ({"new_home": False}, "ineligible"),  # 一手商品住房: new, sold on the market
    ({"hukou": "湖北省武汉市洪山区"}, "ineligible"),
    ({"hukou_rural": True}, "ineligible"),  # 城镇常住户口: urban (its 常住 was left to a person)
])
def test_zones_a_first_hand_home_its_use_and_a_resident_urban_hukou(facts, want) -> None:
    """高新区、东津新区 in a list of districts: parts of the city the divisions table cannot place — one more place of the
    list (they were dropped, and 东津新区 left the sentence to a person); a home outside the city is in none of them.
    一手商品住房 is new_home; 规划用途为住宅 every new home meets; 本市城镇常住户口 is the 户籍 and an urban one."""
    doc = _doc(ZONE_HOMES, "湖北省襄阳市/细则.txt")
    assert _status(doc, _only(doc), ON, **{**HOME_BUYER, **facts}) == want


@pytest.mark.parametrize("text, open_", [
    ("子女未满18周岁", True),  # a child's age: no fact holds it, a person checks (it was dropped)
    ("购买房屋的用途为住宅", False),  # new_home, or a person: an either table, no words left
    ("本人及配偶、未成年子女在本市范围内无自有住房", False),
    ("夫妻依法生育或者依法收养两个、三个子女", False),  # an adopted child counts: children, no words left
])
def test_a_childs_age_is_left_to_a_person(text: str, open_: bool) -> None:
    """What no fact holds is never silently asked of no one."""
    assert read_segment(Segment(text, (), ()))[1] is open_


HEADQUARTERS_BY_INDUSTRY = """和平区总部企业认定和奖励办法

第一章 总则

第二条 本办法所称总部企业，是指注册地在和平区、具有独立法人资格，对一定区域内的企业行使管理职能的企业。

第二章 认定条件

第四条 申请认定总部企业，应当同时具备以下条件：
（一）在和平区依法登记注册，具有独立法人资格；
（二）上年度营业收入按所属行业分别达到以下标准：商贸流通类企业不低于10亿元；商务服务类企业不低于3亿元；其他行业企业不低于5亿元；
（三）在和平区以外控股或设立分支机构不少于3个。

第三章 奖励政策

第六条 落户奖励。对经认定的总部企业，给予一次性落户奖励100万元。

第七条 贡献奖励。对经认定的总部企业，其年度区级地方经济贡献首次超过1,000万元的，给予一次性奖励100万元。
"""
FIRM = {"kind": "enterprise", "region": "天津市和平区", "legal_person": True}


@pytest.mark.parametrize("revenue, want", [
    (1_500_000_000, "possible"),  # above every industry's floor; the branches, a person checks
    (80_000_000, "ineligible"),  # below every industry's floor, whichever industry it is in
    (400_000_000, "possible"),  # enough for some industries, not for others: which it is in, a person says
])
def test_thresholds_by_an_industry_no_fact_holds(revenue: int, want: str) -> None:
    """按所属行业分别达到以下标准：商贸流通类企业不低于10亿元；…: the industry picks the floor — a firm above every floor
    passes, one below every floor fails (all four rows were left to a person); 在和平区以外控股或设立分支机构 is where the
    branches are, not a place the firm must be outside (it failed every firm of the district)."""
    doc = _doc(HEADQUARTERS_BY_INDUSTRY, "天津市和平区/办法.txt")
    recognition = doc["programmes"][0]
    assert _status(doc, recognition, ON, **FIRM, revenue=revenue) == want
    assert not any(t["fact"] == "region" and t["op"] == "not in" for t in _tests(recognition["logic"]))


def test_each_grant_to_the_recognised_is_a_programme_bound_by_the_recognition() -> None:
    """第二章 认定条件 / 第三章 奖励政策 / 第六条 对经认定的总部企业，给予…; 第七条 …首次超过1,000万元的: each grant a
    programme of its own (the whole text was one programme, so a grant's own condition was asked of the other), bound by
    the recognition's conditions."""
    doc = _doc(HEADQUARTERS_BY_INDUSTRY, "天津市和平区/办法.txt")
    grants = [p for p in doc["programmes"] if "经认定的总部企业" in p["title"]]
    assert len(grants) == 2
    for grant in grants:
        assert _status(doc, grant, ON, **FIRM, revenue=80_000_000) == "ineligible"  # cannot be recognised
        assert _status(doc, grant, ON, **FIRM, revenue=1_500_000_000) == "possible"  # whether it was, a person says


EXCLUDED_PURCHASES = """洛阳市洛龙区购房补贴实施细则

一、补贴条件
（一）在洛龙区购买新建商品住房。

二、补贴标准
每套补贴1万元。

三、有下列情形之一的，不予补贴：
（一）网签备案时间早于2025年3月1日或者晚于2025年12月31日的；
（二）所购住房不属于新建商品住房的；
（三）所购住房位于洛龙区行政区域以外的；
（四）所购住房位于宜阳县、嵩县等市区以外区域的。
"""
LUOLONG_BUYER = {"kind": "individual", "region": "河南省洛阳市洛龙区", "home_region": "河南省洛阳市洛龙区", "new_home": True,
         "home_purchased": "2025-06-01"}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"home_purchased": "2025-02-28"}, "ineligible"),  # 早于2025年3月1日
    ({"home_purchased": "2025-03-01"}, "eligible"),
    ({"home_purchased": "2025-12-31"}, "eligible"),
    ({"home_purchased": "2026-01-01"}, "ineligible"),  # 晚于2025年12月31日
    ({"new_home": False}, "ineligible"),  # 不属于新建商品住房: it was dropped, asked of no one
    ({"home_region": "河南省洛阳市西工区"}, "ineligible"),
    ({"home_region": "河南省洛阳市汝阳县"}, "ineligible"),  # a county the list does not name: outside the 市区
])
def test_exclusions_of_a_purchase_outside_the_window_the_kind_or_the_place(facts, want) -> None:
    """不予补贴情形 written as the complement of a condition: 网签备案时间早于…或者晚于…的 (left to a person), 所购住房不属于
    新建商品住房的 (dropped), 所购住房位于洛龙区行政区域以外的 (read as a home *in* 洛龙区, and left to a person); 宜阳县、嵩县等
    市区以外区域: the places are examples, the 以外 is the 市区's (not the last place's) — outside the 市区 excludes."""
    doc = _doc(EXCLUDED_PURCHASES, "河南省洛阳市洛龙区/细则.txt")
    assert _status(doc, _only(doc), date(2026, 3, 1), **{**LUOLONG_BUYER, **facts}) == want
    (beyond,) = [e for e in _only(doc)["exclusions"] if "等市区以外" in e["text"]]
    assert beyond["test"]["value"] == ["洛阳市（市区）"]


ROWS_WITHOUT_LEAD = """烟台市人才购房补贴办法

一、补贴对象及条件
（一）在本市就业，与本市用人单位签订劳动合同；
（二）博士研究生购房补贴总额为15万元，硕士研究生购房补贴总额为5万元，自审核通过当年起分三年发放。
"""


@pytest.mark.parametrize("education, want", [("doctor", "eligible"), ("master", "eligible"), ("bachelor", "ineligible")])
def test_rows_of_groups_and_amounts_without_a_lead_are_alternatives(education: str, want: str) -> None:
    """博士研究生购房补贴总额为15万元，硕士研究生购房补贴总额为5万元: each group is paid its own — one of them will do (only rows
    after a lead such as 给予…补贴： were read so; these asked every applicant to be a doctor)."""
    doc = _doc(ROWS_WITHOUT_LEAD, "山东省烟台市/办法.txt")
    person = {"kind": "individual", "region": "山东省烟台市芝罘区", "employed": True, "education": education}
    assert _status(doc, _only(doc), ON, **person) == want


@pytest.mark.parametrize("words", ["信用状况良好", "信用状况正常", "信用记录良好"])
def test_credit_in_good_standing_is_the_dishonest_fact(words: str) -> None:
    """信用状况良好: integrity written positively tests `dishonest` (it was left to a person)."""
    tests, left = read_segment(Segment(words, (), ()))
    assert FactTest("dishonest", "==", False) in tests and not left


INDUSTRIAL_ROWS = """宝鸡市高成长企业认定办法

第三条 申请认定高成长企业，应当同时具备下列条件：
（一）在宝鸡市注册登记；
（二）上年度营业收入达到以下规模：工业企业5000万元以上；非工业企业1亿元以上。

第四条 对首次认定的高成长企业，给予一次性奖励20万元。
"""


@pytest.mark.parametrize("facts, want", [
    ({"industrial": True, "revenue": 60_000_000}, "eligible"),
    ({"industrial": False, "revenue": 60_000_000}, "ineligible"),  # a non-industrial firm's floor is 1亿
    ({"revenue": 60_000_000}, "possible"),  # which floor, its industry says
    ({"revenue": 200_000_000}, "eligible"),  # above both
    ({"revenue": 40_000_000}, "ineligible"),  # below both
])
def test_rows_by_whether_a_firm_is_industrial(facts, want) -> None:
    """工业企业5000万元以上；非工业企业1亿元以上 under a lead that names the figure: rows chosen by `industrial` (the figure right
    after the industry, with no 不低于, was not read as a row)."""
    doc = _doc(INDUSTRIAL_ROWS, "陕西省宝鸡市/办法.txt")
    recognition = doc["programmes"][0]
    firm = {"kind": "enterprise", "region": "陕西省宝鸡市渭滨区", "legal_person": True, **facts}
    assert _status(doc, recognition, ON, **firm) == want


SECTIONS_OF_ARTICLES = """烟台市硕博研究生购房补贴申报发放实施细则

一、总则

第一条 为支持硕博研究生在烟台安居，制定本细则。

第二条 本细则所称硕博研究生，是指以全日制方式学习并取得硕士研究生及以上学历学位的人员，以及取得国（境）外硕士以上学位并经教育部留学服务中心认证的留学回国人员。

二、补贴对象及条件

第三条 申请购房补贴的硕博研究生，应当同时具备下列条件：
（一）2022年1月1日（含）以后毕业，并取得相应学历学位证书；
（二）与市区用人单位签订劳动合同；
（三）2022年1月1日（含）以后在市区购买商品住房，并已办理网签备案或者不动产登记。

三、补贴标准

第四条 博士研究生购房补贴总额为15万元，硕士研究生购房补贴总额为5万元，自审核通过当年起分三年发放，每年发放补贴总额的三分之一。

四、不予补贴情形

第五条 有下列情形之一的，不予补贴：
（一）申请人为机关、事业单位（含参照公务员法管理的单位）工作人员的；
（二）以非全日制方式取得最高学历学位的。

五、申请材料

第六条 申请人应当上传下列材料：
1．本人居民身份证；
2．学历学位证书。
"""
YANTAI_GRADUATE = {"kind": "individual", "region": "山东省烟台市芝罘区", "home_region": "山东省烟台市芝罘区",
                 "education": "master", "full_time": True, "graduated": "2023-06-30", "employed": True,
                 "employer_kind": "enterprise", "home_purchased": "2025-08-01"}


def test_a_heading_numbered_after_one_beside_the_articles_closes_the_article() -> None:
    """一、总则 / 第一条… / 二、补贴对象及条件 / 第三条…: the next heading of the articles' parts is their sibling, not an item of
    the article before it (五、申请材料 was the sixth item of the exclusion list, and an exclusion no one could decide)."""
    doc = _doc(SECTIONS_OF_ARTICLES, "山东省烟台市/细则.txt")
    top = [(n["id"], n["kind"]) for n in doc["body"] if n["kind"] in ("item", "article")]
    assert top == [("item_1", "item"), ("art_1", "article"), ("art_2", "article"), ("item_2", "item"),
                   ("art_3", "article"), ("item_3", "item"), ("art_4", "article"), ("item_4", "item"),
                   ("art_5", "article"), ("item_5", "item"), ("art_6", "article")]
    (art_5,) = [n for n in doc["body"] if n["id"] == "art_5"]
    assert [k["id"] for k in art_5["children"]] == ["art_5__item_1", "art_5__item_2"]


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"full_time": False}, "ineligible"),  # 以非全日制方式取得最高学历学位的
    ({"employer_kind": "public_institution"}, "ineligible"),  # 事业单位（含参照公务员法管理的单位）工作人员
    ({"education": "doctor"}, "ineligible"),  # the master's row is for masters
    ({"graduated": "2021-06-30"}, "ineligible"),
])
def test_rows_with_how_they_are_paid_part_time_and_staff_exclusions(facts, want) -> None:
    """Each row of 博士研究生购房补贴总额为15万元，硕士研究生…5万元，自审核通过当年起分三年发放 is a programme (the words after the
    rows say how they are paid, not to whom: the doctor's row had been asked of everyone); a part-time degree and staff of
    organs and public institutions (with a bracket between 单位 and 工作人员) are excluded; 取得相应学历学位证书 and
    已办理网签备案或者不动产登记 ask nothing beyond the degree and the purchase; a definition's two groups joined by 以及 are
    one or the other."""
    doc = _doc(SECTIONS_OF_ARTICLES, "山东省烟台市/细则.txt")
    (master,) = [p for p in doc["programmes"] if "硕士研究生" in p["title"]]
    assert _status(doc, master, ON, **{**YANTAI_GRADUATE, **facts}) == want


ONE_STANDARD = """温州市关于做好2025届高校毕业生一次性求职创业补贴申领工作的通知

一、补贴对象
在我市普通高校、技工院校、中等职业学校就读或具有我市户籍的2025届毕业生，且属于下列情形之一的：
（一）来自城乡低保家庭的；
（二）本人持有《中华人民共和国残疾人证》的。

二、补贴标准
一次性求职创业补贴标准为每人3000元。
"""


def test_one_amount_with_its_standard_names_no_recipient() -> None:
    """A lone 一次性求职创业补贴标准为每人3000元 names the grant, not whom it is for (read as a row, 求职创业 asked every graduate to
    run a business): 总额为/标准为 are read only in a sentence of two rows or more."""
    from polc import grant_sentence as G
    doc = _doc(ONE_STANDARD, "浙江省温州市/通知.txt")
    graduate = {"kind": "individual", "hukou": "浙江省温州市瓯海区", "region": "浙江省杭州市西湖区", "education": "bachelor",
                "full_time": True, "graduated": "2025-06-30", "titles": ["中华人民共和国残疾人证"]}
    assert _status(doc, _only(doc), date(2025, 5, 1), **graduate) == "eligible"
    assert G.amount_rows("一次性求职创业补贴标准为每人3000元") is None
    assert G.amount_rows("博士研究生购房补贴总额为15万元，硕士研究生购房补贴总额为5万元，自审核通过当年起分三年发放") is not None
    assert G.amount_rows("博士研究生补贴15万元，硕士研究生补贴5万元，面积90平方米以下的补贴1万元") is None


DEED_TAX_NOTICE = """衡南县2025年度购房契税补贴申报公告

一、补贴对象

    2025年1月1日至2025年12月31日期间，在衡南县行政区域内购买住房的自然人（以下简称购房人），可以按照本公告规定申请契税补贴。
    本公告所称首套、第二套住房，按照购房人家庭（包括购房人、配偶及未成年子女）在衡南县行政区域内已登记的住房套数认定，不含本次所购住房。
    购房人不受户籍限制，外地户籍购房人与本县户籍购房人享受同等补贴政策。

二、补贴标准

    （一）购买一手房的
    1．家庭首套住房，按购房人实际缴纳契税的100%给予补贴；
    2．家庭第二套住房，按购房人实际缴纳契税的50%给予补贴；
    3．家庭第三套及以上住房，不予补贴。
    （二）购买二手住房的
    购买家庭第二套及以上二手住房的，不予补贴。

三、不予补贴情形

    有下列情形之一的，不予补贴：
    （一）购房人为企业、事业单位、社会团体等法人或者其他组织的；
    （二）购买拆迁安置房、经济适用住房、公共租赁住房等政策性住房的；
    （三）所购住房不在衡南县行政区域内的，包括在衡阳市珠晖区、雁峰区等区域购买的住房；
    （四）购房时间不在2025年1月1日至2025年12月31日期间的。
"""
OUTSIDE_BUYER = {"kind": "individual", "region": "广东省深圳市南山区", "hukou": "广东省深圳市南山区",
                 "home_region": "湖南省衡阳市衡南县", "home_purchased": "2025-04-18", "new_home": True, "homes_owned": 0}


@pytest.mark.parametrize("row, facts, want", [
    ("家庭首套住房", {}, "eligible"),  # 外地户籍: 本公告所称首套…按照…住房套数认定 is how homes count, not where the buyer is
    ("家庭首套住房", {"home_purchased": "2024-12-31"}, "ineligible"),  # 不在…期间: before the first day
    ("家庭首套住房", {"home_purchased": "2025-12-31"}, "eligible"),  # the last day is in
    ("家庭首套住房", {"home_purchased": "2026-01-01"}, "ineligible"),  # after the last day
    ("家庭首套住房", {"kind": "enterprise"}, "ineligible"),  # 购房人为企业…等法人或者其他组织的
    ("家庭第二套住房", {"homes_owned": 1}, "eligible"),  # a new second home: 第二套及以上二手住房 asks both
    ("家庭第二套住房", {"homes_owned": 0}, "ineligible"),  # the second home's row is for one who owns one
    ("家庭首套住房", {"home_region": "湖南省衡阳市珠晖区"}, "ineligible"),
])
def test_exclusions_of_a_window_a_unit_buyer_and_a_second_hand_second_home(row, facts, want) -> None:
    """购房时间不在…至…期间的 is before the first day or after the last, either excludes; 购房人为…法人或者其他组织的 is a unit;
    购买家庭第二套及以上二手住房的 needs both (a second home, second-hand) — one that fails clears the other; 拆迁安置房、经济适用住房…
    are homes no market sells new; …，包括在…等区域购买的住房 gives examples of the case; a term counted (本公告所称首套…，按照…认定)
    asks nothing of where the buyer is."""
    doc = _doc(DEED_TAX_NOTICE, "湖南省衡阳市衡南县/公告.txt")
    (programme,) = [p for p in doc["programmes"] if p["title"].startswith(row)]
    assert _status(doc, programme, date(2026, 3, 1), **{**OUTSIDE_BUYER, **facts}) == want


ZONE_ISSUED = """宝鸡高新技术产业开发区管理委员会文件

宝鸡高新技术产业开发区管理委员会
关于印发《企业研发奖励办法》的通知

第一条 对上年度研发费用达到500万元以上的企业，给予一次性奖励20万元。
"""


@pytest.mark.parametrize("region, want", [
    ("陕西省宝鸡市高新区", "eligible"),
    ("陕西省宝鸡市宝鸡高新技术产业开发区", "eligible"),
    ("陕西省宝鸡市渭滨区", "possible"),  # which districts the zone spans, the table does not say
    ("陕西省西安市雁塔区", "ineligible"),
])
def test_a_zone_that_issues_a_text_is_its_territory(region: str, want: str) -> None:
    """A text issued by 宝鸡高新技术产业开发区管理委员会 (a zone the divisions table does not know) is for the zone of 宝鸡市:
    a firm in 宝鸡市高新区 is in it, one in 西安 is not (the territory was none, and every firm's region unknown)."""
    doc = _doc(ZONE_ISSUED, "zone.txt")
    firm = {"kind": "enterprise", "region": region, "rd_expense": 6_000_000}
    assert _status(doc, _only(doc), ON, **firm) == want


GROUPS_EACH_PAID = """荆州市中心城区购房补贴兑付实施细则

二、补贴对象、条件及标准

    （一）首套购房补贴
    1．补贴对象：在中心城区购买首套新建商品住房的家庭。
    2．补贴条件：购房家庭在中心城区无住房；购房人不限户籍。
    3．补贴标准：按照购房合同总价款的1%给予补贴，单套最高不超过1万元。

    （二）二孩三孩家庭购房补贴
    1．补贴对象：依法生育或者收养两个及以上子女的家庭。
    2．补贴条件：家庭现有子女两个及以上；所购住房为家庭在中心城区的首套或者第二套住房。
    3．补贴标准：二孩家庭每套补贴2万元，三孩及以上家庭每套补贴3万元。

    （三）农民进城购房补贴
    1．补贴对象：具有荆州市农业户籍的农民。
    2．补贴条件：申请人户籍在荆州市行政区域内且为农业户籍。
    3．补贴标准：每套补贴1.5万元；自愿有偿退出农村宅基地的，另按农业农村部门有关规定给予奖励。

    （四）同一套住房同时符合以上多项补贴条件的，按就高原则享受一项，不重复享受。

三、不予补贴情形

    有下列情形之一的，不予补贴：
    （一）所购住房不在中心城区范围内的；
    （二）以法人或者其他组织名义购房的。

四、附则

    本细则所称中心城区，包括荆州区、沙市区。江陵县、松滋市、公安县的购房补贴政策由各县市自行制定，不适用本细则。
"""
JINGZHOU_FAMILY = {"kind": "individual", "region": "湖北省荆州市沙市区", "home_region": "湖北省荆州市沙市区",
                   "new_home": True, "children": 2, "homes_owned": 1}


@pytest.mark.parametrize("group, facts, want", [
    ("二孩三孩", {}, "eligible"),  # a second home: the first-home group's 无住房 is not asked of this one
    ("二孩三孩", {"children": 1}, "ineligible"),
    ("首套", {}, "ineligible"),
    ("首套", {"homes_owned": 0}, "eligible"),
    ("二孩三孩", {"home_region": "湖北省荆州市公安县"}, "ineligible"),  # 不在中心城区范围内的; 公安县 keeps its own rules
    ("二孩三孩", {"kind": "enterprise"}, "ineligible"),  # 以法人或者其他组织名义购房的
    ("农民进城", {"hukou": "湖北省荆州市公安县", "hukou_rural": True}, "eligible"),  # 另按…给予奖励: more for some, asks nothing
    ("农民进城", {"hukou": "湖北省荆州市公安县", "hukou_rural": False}, "ineligible"),
])
def test_groups_that_each_say_what_they_are_paid_are_programmes(group, facts, want) -> None:
    """（一）首套购房补贴 / 1．补贴对象 / 2．补贴条件 / 3．补贴标准 …（二）二孩三孩家庭购房补贴 …: each group pays its own, so each is a
    programme (the part had been one programme asking every group's conditions: a 二孩 family buying its second home was
    asked to own none); an item beside them that pays nothing ((四)…按就高原则享受一项) binds each."""
    doc = _doc(GROUPS_EACH_PAID, "湖北省荆州市/细则.txt")
    (programme,) = [p for p in doc["programmes"] if group in p["title"]]
    assert _status(doc, programme, date(2025, 7, 1), **{**JINGZHOU_FAMILY, **facts}) == want


def test_other_counties_of_the_city_are_not_the_counties_a_text_leaves_to_their_own_rules() -> None:
    """郴州市其他县（市、区）的新建商品住房不适用本办法 reads 郴州市 (其他 is lost): it must not exclude the document's own county;
    江陵县、松滋市、公安县的购房补贴政策由各县市自行制定 does exclude those counties."""
    from polc.eligibility import _excludes
    assert not _excludes(FactTest("region", "in", ("郴州市",)), "郴州市其他县（市、区）的新建商品住房不适用本办法", True)
    assert _excludes(FactTest("home_region", "in", ("江陵县", "松滋市")), "江陵县、松滋市的购房补贴政策由各县市自行制定，不适用本细则", True)


GROUPS_WITH_OWN_LISTS = """南通市区资助住房困难工薪群体购买商品住房公告

一、适用范围和对象

    本公告所称住房困难工薪群体，包括城镇中低收入住房困难职工家庭（以下简称工薪家庭）和在市区新就业的高校毕业生（以下简称新就业大学生）。本公告所称工薪家庭，是指以工资性收入为主要生活来源、住房条件较差的城镇职工家庭。

二、资助条件

    （一）工薪家庭申请资助，须同时符合以下条件：
    1．申请人具有市区常住户口满3年，或者在市区连续缴纳城镇职工社会保险满24个月；
    2．申请家庭2024年度人均可支配收入不高于市区2024年度城镇居民人均可支配收入（68250元）。

    （二）新就业大学生申请资助，须同时符合以下条件：
    1．取得全日制本科及以上学历，且毕业5年以内；
    2．与市区用人单位签订劳动合同，并在市区连续缴纳社会保险满6个月；
    3．本人及配偶在市区无住房。

三、资助标准

    新就业大学生按学历给予一次性资助：本科学历每户2万元，硕士研究生学历每户3万元。
"""
NANTONG_GRADUATE = {"kind": "individual", "region": "江苏省南通市崇川区", "hukou": "安徽省阜阳市颍州区", "education": "bachelor",
                    "full_time": True, "graduated": "2022-06-30", "employed": True, "social_insurance_months": 6,
                    "homes_owned": 0}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),  # the graduates' own list: the 工薪家庭 list, and its definition, are not asked of them
    ({"graduated": "2020-06-30"}, "ineligible"),  # not a new graduate, and neither 户口满3年 nor 24 months: no family's
    ({"graduated": "2020-06-30", "social_insurance_months": 30}, "possible"),  # a family's, if its income is low enough
])
def test_groups_whose_leads_open_their_own_lists_are_alternatives(facts, want) -> None:
    """（一）工薪家庭申请资助，须同时符合以下条件：… （二）新就业大学生申请资助，须同时符合以下条件：…: either group's list will
    do (both had been asked of everyone: a graduate failed the families' 户口满3年); 本公告所称工薪家庭，是指… binds that
    group's list only (it had been asked of every programme, so nobody could be eligible)."""
    doc = _doc(GROUPS_WITH_OWN_LISTS, "江苏省南通市/公告.txt")
    assert _status(doc, doc["programmes"][0], date(2026, 1, 10), **{**NANTONG_GRADUATE, **facts}) == want


EASED_ELSEWHERE = """烟台市硕博研究生购房补贴实施细则

第一条 申请购房补贴的硕博研究生，应当同时具备下列条件：
（一）申请时年龄符合下列要求：博士研究生不超过45周岁，硕士研究生不超过35周岁；
（二）与市区用人单位签订劳动合同。

第二条 对我市重点产业链急需紧缺专业的博士研究生，年龄可适当放宽，但最高不超过50周岁。

第三条 博士研究生购房补贴总额为15万元，硕士研究生购房补贴总额为5万元，分三年发放。
"""


@pytest.mark.parametrize("education, born, want", [
    ("doctor", "1985-01-01", "eligible"),  # 41
    ("doctor", "1979-01-01", "possible"),  # 47: within 50, whether of an urgently needed major a person judges
    ("doctor", "1975-01-01", "ineligible"),  # 51: above the widest age
    ("master", "1989-01-01", "ineligible"),  # 37: the easing is the doctors'
])
def test_an_age_limit_eased_in_another_article_for_some_of_a_degree(education, born, want) -> None:
    """第二条 对…急需紧缺专业的博士研究生，年龄可适当放宽，但最高不超过50周岁: the doctors' limit of 45 holds, or — a person
    judging whether one is of those majors — up to 50 (a doctor of 47 was ineligible)."""
    doc = _doc(EASED_ELSEWHERE, "山东省烟台市/细则.txt")
    row = "博士研究生" if education == "doctor" else "硕士研究生"
    (programme,) = [p for p in doc["programmes"] if p["title"].startswith(row)]
    person = {"kind": "individual", "region": "山东省烟台市芝罘区", "home_region": "山东省烟台市芝罘区", "education": education,
              "employed": True, "born": born}
    assert _status(doc, programme, ON, **person) == want


LOAN_INTEREST = """仁寿县返乡入乡创业扶持办法

第二条 本办法扶持对象为在本县行政区域内创办企业并担任法定代表人的高校毕业生。

第三条 创业担保贷款贴息。符合第二条规定、年满18周岁且男性不超过60周岁、女性不超过55周岁的人员，可申请最高30万元的个人创业担保贷款，财政按规定给予贴息，贷款期限最长不超过3年。
"""


@pytest.mark.parametrize("sex, born, want", [("female", "1972-03-01", "possible"), ("female", "1970-03-01", "ineligible"),
                                             ("male", "1967-03-01", "possible"), ("male", "1965-03-01", "ineligible")])
def test_a_loan_whose_interest_is_paid_is_a_programme(sex: str, born: str, want: str) -> None:
    """…的人员，可申请最高30万元的个人创业担保贷款，财政按规定给予贴息: a benefit with no amount of its own is still one to
    judge (there was no programme), named by its article (创业担保贷款贴息), with its ages by sex."""
    doc = _doc(LOAN_INTEREST, "四川省眉山市仁寿县/办法.txt")
    (loan,) = [p for p in doc["programmes"] if p["title"] == "创业担保贷款贴息"]
    person = {"kind": "individual", "region": "四川省眉山市仁寿县", "sex": sex, "born": born, "entrepreneur": True}
    assert _status(doc, loan, date(2026, 5, 1), **person) == want


RAISED_SHARE = """河南省加快服务业高质量发展若干政策措施

3. 有效提升科技服务水平。将与高水平高校、科研机构开展实质性产学研合作,且上一年度收入在1000万元以下的科技型企业“科技贷”损失补偿比例提高至80%。
"""


@pytest.mark.parametrize("revenue, want", [(12_000_000, "ineligible"), (10_000_000, "possible"), (8_000_000, "possible")])
def test_a_share_raised_for_those_a_sentence_names_is_a_programme(revenue: int, want: str) -> None:
    """…且上一年度收入在1000万元以下的科技型企业“科技贷”损失补偿比例提高至80%: the raise is the benefit, for those the words
    before it name (there was no programme); 上一年度收入 of a firm is its revenue (以下 includes the figure)."""
    doc = _doc(RAISED_SHARE, "河南省/措施.txt")
    (raised,) = [p for p in doc["programmes"] if "提高至80%" in p["title"]]
    firm = {"kind": "enterprise", "region": "河南省郑州市", "legal_person": True, "revenue": revenue}
    assert _status(doc, raised, ON, **firm) == want


@pytest.mark.parametrize("text, home", [
    ("房源库:蓬江区、江海区、新会区住房城乡建设局组织辖区房企申报", None),  # the three districts' bureaus, no home's place
    ("房源库:蓬江区、江海区、新会区住房\n城乡建设局组织辖区房企申报", None),  # a line break inside the bureau's name
    ("在蓬江区、江海区购买新建商品住房", ("蓬江区", "江海区")),
])
def test_places_before_an_organ_are_the_organs(text: str, home) -> None:
    """蓬江区、江海区、新会区住房城乡建设局: a list of places whose last is an organ's is where the organs are, not where a home
    must be (only the last place was checked for the organ after it, and a line break hid it)."""
    chain = tuple(P.territory(["江门市"]))
    tests, _ = read_segment(Segment(text, (), chain, context=text))
    homes = [t.value for t in tests if isinstance(t, FactTest) and t.fact == "home_region"]
    assert homes == ([home] if home else [])


@pytest.mark.parametrize("place, want", [
    ("湖南省株洲市天元区", None),  # which districts the zone spans, the divisions table does not say
    ("湖南省株洲市高新区", True),  # the place names the zone itself
    ("湖南省株洲市攸县", False),  # a county is not among the districts a city's zone lies in
    ("湖南省长沙市岳麓区", False),  # another city
])
def test_a_zone_named_after_its_city_that_the_table_does_not_know(place: str, want) -> None:
    """株洲高新区, unknown to the divisions table, was a county-level name elsewhere than 天元区 — so every firm of 天元区 was
    outside it; and 株洲高新区（天元区） as an issuer is 天元区."""
    assert P.within(place, "株洲高新区") is want
    assert P.territory(["株洲高新区（天元区）科技创新和人才局"]) == [("株洲市", "city"), ("天元区", "county")]


HOME_RULES = """三明市购房补贴实施细则

第一条 为促进房地产市场平稳健康发展，制定本细则。

第二条 在本市购买新建商品住房的，按购房款的1%给予补贴，最高不超过2万元。

第三条 申请补贴应当符合下列条件：
（一）{}；
（二）申请人未被列入失信被执行人名单。
"""
SANMING_BUYER = {"kind": "individual", "region": "福建省三明市三元区", "hukou": "福建省三明市三元区", "homes_owned": 0, "new_home": True,
         "home_region": "福建省三明市三元区", "home_purchased": "2024-05-01", "home_area": 120, "children": 2, "born": "1990-01-01",
         "dishonest": False}


@pytest.mark.parametrize("rule, facts, want", [
    # 申请家庭为…的家庭 had read as "who applies, named by what they apply for": the rule was dropped, and a family of one
    # child was eligible
    ("申请家庭为生育二孩及以上的家庭", {}, "eligible"),
    ("申请家庭为生育二孩及以上的家庭", {"children": 1}, "ineligible"),
    # a district whose 县区 reads like 市区 is a place of the list, not words for a person
    ("所购住房位于三元区、沙县区范围内", {"home_region": "福建省三明市沙县区"}, "eligible"),
    ("所购住房位于三元区、沙县区范围内", {"home_region": "福建省三明市永安市"}, "ineligible"),
    # an area of the city after 购买 (本市市区), and a city's planned urban area
    ("购买本市市区范围内的新建商品住房", {}, "eligible"),
    ("购买本市市区范围内的新建商品住房", {"home_region": "福建省三明市永安市"}, "ineligible"),
    ("房屋坐落于本市城市规划区内", {"home_region": "福建省福州市鼓楼区"}, "ineligible"),
    ("房屋坐落于本市城市规划区内", {}, "possible"),  # which districts the area spans, a person says
    # a home's area named so needs no 购买 in its sentence
    ("单套建筑面积在144平方米以下", {}, "eligible"),
    ("单套建筑面积在144平方米以下", {"home_area": 150}, "ineligible"),
    ("购房人在本市购买的第一套住房", {"homes_owned": 1}, "ineligible"),
    ("所购房屋性质为住宅", {}, "eligible"),  # a new market home is residential
    ("申请人家庭在本市无住房登记记录", {"homes_owned": 1}, "ineligible"),  # no home registered is none owned
    ("申请人家庭在本市无住房登记记录", {}, "eligible"),
    ("申请人须年满18周岁且具有完全民事行为能力", {}, "eligible"),  # what an adult has
    ("家庭子女数为2个及以上", {"children": 1}, "ineligible"),
    ("家庭子女数为2个及以上", {}, "eligible"),
    ("所购住房为本市范围内开发建设的新建商品住房", {}, "eligible"),
    ("所购住房为本市范围内开发建设的新建商品住房", {"new_home": False}, "ineligible"),
    ("所购住房已取得商品房预售许可证", {"new_home": False}, "ineligible"),
    ("同一套住房只能享受一次补贴", {}, "eligible"),  # how often one home is paid, asked of no one
])
def test_a_housing_rule_is_read_whole(rule: str, facts: dict, want: str) -> None:
    """One rule of a housing subsidy's list at a time, each phrased as real notices phrase it: none is dropped, none left
    to a person that a fact decides."""
    doc = _doc(HOME_RULES.format(rule), "福建省三明市/细则.txt")
    (programme,) = doc["programmes"]
    assert _status(doc, programme, ON, **{**SANMING_BUYER, **facts}) == want


PURCHASE_DAY_ELSEWHERE = """海宁市人才房票实施办法

第一条 在海宁市购买新建商品住房的人才，给予每套2万元补贴。

第二条 人才房票使用有效期至2027年12月31日。使用人才房票的商品住宅，其购房合同网签日期应在2026年6月30日前。
"""


@pytest.mark.parametrize("bought, want", [("2026-05-01", "eligible"), ("2026-08-01", "ineligible")])
def test_the_purchase_day_a_later_article_bounds(bought: str, want: str) -> None:
    """使用人才房票的商品住宅，其购房合同网签日期应在…前: when the home must be bought, said of the homes the text pays for in
    an article of its own (it bound nothing: a home bought after the day was eligible)."""
    doc = _doc(PURCHASE_DAY_ELSEWHERE, "浙江省嘉兴市海宁市/办法.txt")
    (programme,) = doc["programmes"]
    person = {"kind": "individual", "region": "浙江省嘉兴市海宁市", "new_home": True, "home_region": "浙江省嘉兴市海宁市",
              "home_purchased": bought}
    assert _status(doc, programme, ON, **person) == want


HOME_EXCLUSIONS = """三明市购房补贴实施细则

第一条 为促进房地产市场平稳健康发展，制定本细则。

第二条 在本市购买新建商品住房的，按购房款的1%给予补贴，最高不超过2万元。

第三条 有下列情形之一的，不予补贴：
（一）{}；
（二）申请人被列入失信被执行人名单的。
"""


@pytest.mark.parametrize("case, facts, want", [
    ("非本市户籍人员的", {}, "eligible"),
    ("非本市户籍人员的", {"hukou": "福建省福州市鼓楼区"}, "ineligible"),
    ("申请人年龄超过45周岁的", {}, "eligible"),
    ("申请人年龄超过45周岁的", {"born": "1970-01-01"}, "ineligible"),
    ("申请人年龄超过45周岁的", {"born": None}, "possible"),
    # an age range excludes those within it, both ends
    ("申请人已满十四周岁未满十八周岁的", {}, "eligible"),
    ("申请人已满十四周岁未满十八周岁的", {"born": "2010-01-01"}, "ineligible"),
    # a subsidy had (人才住房补贴) is no home bought: who had one, a person says — not a second-hand buyer
    ("已享受本市其他人才住房补贴的", {}, "possible"),
])
def test_an_exclusion_of_a_place_or_an_age_is_decided(case: str, facts: dict, want: str) -> None:
    """有下列情形之一的，不予补贴：非本市户籍人员的 / 申请人年龄超过45周岁的: a 户籍 elsewhere and an age are what exclude —
    they were left to a person (every buyer was possible)."""
    doc = _doc(HOME_EXCLUSIONS.format(case), "福建省三明市/细则.txt")
    (programme,) = doc["programmes"]
    person = {k: v for k, v in {**SANMING_BUYER, **facts}.items() if v is not None}
    assert _status(doc, programme, ON, **person) == want


GROUP_BESIDE = """西夏区2024年购房补贴实施方案

一、补贴对象

2024年1月1日至2024年12月31日期间，在西夏区行政区域内购买新建商品住房（以网签备案时间为准）的个人。

二、补贴标准

（一）首套住房补贴。购买首套新建商品住房的，按购房合同价款的1%给予补贴，最高不超过1万元。

（二）人才购房补贴。全日制硕士研究生及以上学历人才在本区购买首套新建商品住房的，给予每套5万元补贴；全日制本科学历人才给予每套2万元补贴。

三、申请条件

（一）申请人须为所购住房的产权人，且年满18周岁；

（二）申请人及其家庭成员未享受过其他购房补贴政策。
"""


@pytest.mark.parametrize("education, homes, want", [
    ("bachelor", 0, "possible"),  # whether another subsidy was had, a person says
    ("bachelor", 1, "ineligible"),  # the first home the grant before asks is asked of them too
    ("junior_college", 0, "ineligible"),
])
def test_a_group_paid_beside_another_shares_its_event(education: str, homes: int, want: str) -> None:
    """…在本区购买首套新建商品住房的，给予每套5万元补贴；全日制本科学历人才给予每套2万元补贴: the bachelors' grant is for the
    same purchase — it had been titled ‘；：每套2万元补贴’ and asked a master's degree of them; and 申请人须为所购住房的产权人
    is the buyer a profile of a purchase is, asked of no one."""
    doc = _doc(GROUP_BESIDE, "宁夏回族自治区银川市西夏区/方案.txt")
    (bachelors,) = [p for p in doc["programmes"] if p["title"] == "全日制本科学历人才：每套2万元补贴"]
    assert not [c for c in _conditions(bachelors["logic"]) if "产权人" in c["text"]]
    person = {"kind": "individual", "region": "宁夏回族自治区银川市西夏区", "home_region": "宁夏回族自治区银川市西夏区",
              "new_home": True, "home_purchased": "2024-06-01", "homes_owned": homes, "education": education,
              "full_time": True, "born": "1995-01-01"}
    assert _status(doc, bachelors, ON, **person) == want


@pytest.mark.parametrize("rule", ["同一展会项目不得重复申报市级其他财政专项资金", "以同一套住房重复申请的"])
def test_one_grant_per_project_asks_nothing_of_the_applicant(rule: str) -> None:
    """同一展会项目不得重复申报市级其他财政专项资金: how often one project is paid — no case of who may apply (it was an
    exclusion left to a person, and a firm meeting every condition was possible)."""
    doc = _doc("郑州市会展业发展奖励办法\n\n第一条 对在本市注册的会展企业，给予一次性奖励50万元。\n\n"
               f"第二条 有下列情形之一的，不予奖励：\n（一）{rule}；\n（二）被列入严重失信主体名单的。\n", "河南省郑州市/办法.txt")
    (programme,) = doc["programmes"]
    assert [e["text"] for e in programme["exclusions"] if e["test"] is None] == []


VOUCHER = """肇庆市2026年度人才房票试行工作方案

一、适用对象
在肇庆市就业的全日制本科及以上学历人才，家庭名下在肇庆市区无城镇住房的，可以领取一定面值的人才房票。

二、补贴标准
（一）政府补贴人才房票补贴额度：符合条件的人才，每人给予1万元补贴。
（二）企业补贴人才房票补贴额度：按所购房屋单套建筑面积分档进行补贴，单套房屋建筑面积≧144m2补贴5万元，100m2≦单套房屋建筑面积<144m2补贴4万元，单套房屋建筑面积<100m2补贴3万元。

三、管理要求
（一）申请人应当如实提供材料，对弄虚作假、骗取补贴的，取消其资格，追回已发放补贴并依法追究责任。
（二）本次实施范围为肇庆市区范围（端州区、鼎湖区、高要区），各县（市）可参照执行。
"""
VOUCHER_TALENT = {"kind": "individual", "region": "广东省肇庆市四会市", "employed": True, "education": "bachelor", "full_time": True,
          "homes_owned": 0}


def test_a_voucher_schemes_scope_is_where_it_is_spent() -> None:
    """本次实施范围为肇庆市区范围 in a 人才房票 scheme: where the vouchers are spent, asked of no applicant — the voucher comes
    before any home (a bachelor working in 四会市 with no home had been possible, on a home not yet bought)."""
    doc = _doc(VOUCHER, "广东省肇庆市/方案.txt")
    scheme = next(p for p in doc["programmes"] if p["title"].startswith("肇庆市2026年度人才房票"))
    assert _status(doc, scheme, date(2026, 6, 1), **VOUCHER_TALENT) == "eligible"
    assert _status(doc, scheme, date(2026, 6, 1), **{**VOUCHER_TALENT, "education": "junior_college"}) == "ineligible"


@pytest.mark.parametrize("area, want", [(None, ["possible", "possible", "possible"]), (150, ["eligible", "ineligible", "ineligible"]),
                                        (144, ["eligible", "ineligible", "ineligible"]), (120, ["ineligible", "eligible", "ineligible"]),
                                        (100, ["ineligible", "eligible", "ineligible"]), (90, ["ineligible", "ineligible", "eligible"])])
def test_a_quantity_that_picks_the_amount_row_by_row(area, want) -> None:
    """按所购房屋单套建筑面积分档进行补贴，单套房屋建筑面积≧144m2补贴5万元，100m2≦…<144m2补贴4万元，…<100m2补贴3万元: each row
    is a programme of the area it names (bound by the scheme), and the scheme asks no area — any home is in some row;
    ≦ and < read as the bounds they are, the number before the area too; 追回已发放补贴 is a clawback, not a grant."""
    doc = _doc(VOUCHER, "广东省肇庆市/方案.txt")
    rows = [p for p in doc["programmes"] if "m2：" in p["title"]]
    assert [p["title"].split("：")[1] for p in rows] == ["5万元", "4万元", "3万元"]
    person = {**VOUCHER_TALENT, **({"home_area": area} if area is not None else {})}
    assert [_status(doc, p, date(2026, 6, 1), **person) for p in rows] == want
    assert not [p for p in doc["programmes"] if "骗取" in p["title"]]


@pytest.mark.parametrize("text, chain, want", [
    ("2024年1月1日（含）以后来连就业", "辽宁省大连市", ("region", "in", ("辽宁省大连市",))),  # 连 in 大连's text is 大连
    ("2024年1月1日（含）以后来连就业", "湖北省襄阳市", ("region", "in", ("连云港市",))),  # elsewhere, 连云港
    ("所购住房不在泰和县行政区域内的", "江西省吉安市泰和县", ("home_region", "not in", ("江西省吉安市泰和县",))),  # 和 of 泰和县
    ("在和平区、于洪区购买新建商品住房", "辽宁省沈阳市", ("home_region", "in", ("和平区", "于洪区"))),
])
def test_a_place_named_with_a_connecting_character_or_an_own_abbreviation(text: str, chain: str, want) -> None:
    """泰和县, 和平区, 于洪区: a division's name holding a character that joins words elsewhere (和, 于) is the place (it was
    read as no place: every home outside the county passed the exclusion); 来连就业 in 大连's own text is 大连, not 连云港."""
    tests, _ = read_segment(Segment(text, (), tuple(P.territory([chain])), context=text, exclusion=text.endswith("的")))
    assert want in [(t.fact, t.op, t.value) for t in tests if isinstance(t, FactTest)]


FAMILIES = """泰和县多子女家庭购房补贴实施办法

二、适用范围和定义
（一）本办法所称新建商品住房，是指取得商品房预售许可证或者办理现售备案的新建住宅，不含二手住房、安置房和保障性住房。

三、补贴条件
申请购房补贴的多子女家庭，应当同时符合下列条件：
（一）夫妻双方或一方具有泰和县户籍；
（二）家庭现有子女两个及以上；
（三）所购住房为家庭在泰和县行政区域内的首套或者第二套住房，即购房前家庭（夫妻双方及未成年子女）在泰和县行政区域内无住房或者仅有一套住房。

四、补贴标准
（一）二孩家庭每套补贴1万元；
（二）三孩及以上家庭每套补贴2万元。
同一套住房同时符合本县其他购房补贴政策的，按照就高原则享受一项，不重复享受。
"""
FAMILY = {"kind": "individual", "region": "江西省吉安市泰和县", "hukou": "江西省吉安市泰和县", "children": 2, "homes_owned": 0,
          "new_home": True, "home_region": "江西省吉安市泰和县", "home_purchased": "2025-03-01"}


@pytest.mark.parametrize("facts, want", [({}, "eligible"), ({"children": 3}, "eligible"), ({"children": 1}, "ineligible"),
                                         ({"homes_owned": 1}, "eligible"), ({"homes_owned": 2}, "ineligible")])
def test_items_that_each_pay_with_a_note_after_them(facts: dict, want: str) -> None:
    """（一）二孩家庭每套补贴1万元；（二）三孩及以上家庭每套补贴2万元。 and a note after them that pays nothing: rows of what
    each group is paid (the note had made them conditions, both — every two-child family ineligible); 无住房或者仅有一套
    住房: one fact's two values, either (both were asked); 取得…预售许可证或者办理现售备案的新建住宅 is a new market home."""
    doc = _doc(FAMILIES, "江西省吉安市泰和县/办法.txt")
    assert _status(doc, _only(doc), date(2025, 6, 1), **{**FAMILY, **facts}) == want


XINGTAI = """邢台市支持农民进城和新就业大学生购房补贴实施办法

一、适用范围
（一）本办法适用于2025年3月1日（含）至2026年2月28日（含）期间，在邢台市城区或者各县（市）县城规划区内购买住房的新就业大学生。
（二）本办法所称城区，是指襄都区、信都区、任泽区、南和区和邢台经济开发区；所称县城规划区，以各县（市）国土空间总体规划确定的县城中心城区范围为准，不含县城以外的乡镇。
（三）本办法所称新建商品住房，是指取得商品房预售许可证或者办理现售备案的新建住宅；所称二手住房，是指已取得不动产权证书、再次上市交易的存量住房。

二、补贴对象、条件和标准
（一）农民进城购房补贴
1．补贴对象：具有邢台市户籍的农村居民（农业户口）。
2．补贴条件：购买城区或者县城规划区内的新建商品住房。
3．补贴标准：每套给予1万元补贴。
（二）新就业大学生购房补贴
1．补贴对象：毕业3年内的全日制大专及以上学历毕业生。
2．补贴条件：购房前本人及配偶在城区和县城规划区范围内无住房。
3．补贴标准：购买新建商品住房的，每套补贴2万元；购买二手住房的，每套补贴1万元。

三、不予补贴情形
有下列情形之一的，不予补贴：
（一）所购住房位于城区和县城规划区以外的；
（二）农民进城购买二手住房的。
"""
XINGTAI_GRADUATE = {"kind": "individual", "region": "河北省邢台市信都区", "employed": True, "homes_owned": 0, "new_home": True, "education": "bachelor",
            "full_time": True, "graduated": "2024-06-30", "home_region": "河北省邢台市南和区", "home_purchased": "2025-06-01"}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),  # 南和区 is one of the listed 城区 (its 和 had cut the list)
    ({"new_home": False, "hukou_rural": False}, "eligible"),  # each home kind is paid its own amount: either (both were asked)
    ({"new_home": False}, "possible"),  # …unless a villager, whose second-hand home is excluded: whether one is, not given
    ({"home_region": "河北省邢台市宁晋县"}, "possible"),  # a county's 县城规划区, or another of its towns: a person says
    ({"home_region": "河北省石家庄市长安区"}, "ineligible"),  # outside the 城区 and every 县城规划区
    ({"homes_owned": 1}, "ineligible"),  # 在城区和县城规划区范围内无住房: the homes, the places only where they count
    ({"new_home": False, "hukou_rural": True}, "ineligible"),  # a villager's second-hand home: both parts hold
])
def test_areas_a_text_defines_and_rows_each_paid(facts: dict, want: str) -> None:
    """在邢台市城区或者各县（市）县城规划区内: either area (各县（市） had made it 'outside the 市区', and both were asked);
    本办法所称城区，是指…南和区…; 所称县城规划区…/所称二手住房…: what an area and a home are, asked of no one where they stand;
    购买新建商品住房的，每套补贴2万元；购买二手住房的，每套补贴1万元: rows, any one; 城区和县城规划区以外: outside both;
    农民进城购买二手住房的: an exclusion whose parts must all hold — one unknown leaves it to a person, never hits."""
    doc = _doc(XINGTAI, "河北省邢台市/办法.txt")
    paid = next(p for p in doc["programmes"] if p["title"].endswith("（新就业大学生购房补贴）"))
    assert _status(doc, paid, date(2025, 8, 1), **{**XINGTAI_GRADUATE, **facts}) == want


XIANGTAN = """湘潭市人才分类购房补贴实施办法

第一章 总则

第二条 本办法所称人才，是指经市委人才工作领导小组办公室认定的A类（顶尖人才）、B类（领军人才）、C类（拔尖人才）、D类（骨干人才）和E类（青年人才）人才。

第二章 补贴条件

第四条 申请人才购房补贴的，应当同时符合下列条件：
（一）经认定为本办法第二条所称A类至E类人才；
（二）在湘潭市购买新建商品住房，购房地点和购房时间符合本办法第十五条的规定。
第五条 D类人才申请时年龄不超过45周岁，E类人才申请时年龄不超过35周岁；A类、B类、C类人才不受年龄限制。
第六条 D类、E类人才购房前本人及配偶、未成年子女在湘潭市行政区域内无住房；A类、B类、C类人才不受住房套数限制。

第三章 补贴标准

第八条 人才购房补贴按照人才类别确定：
（一）A类人才补贴80万元；
（二）E类人才补贴5万元。

第四章 附则

第十五条 人才购房补贴适用于在湘潭市区范围内购买的新建商品住房。本办法所称湘潭市区，包括雨湖区、岳塘区和湘潭高新技术产业开发区。购房网签备案时间应当在2025年1月1日（含）至2026年12月31日（含）期间，超出期间购买的，不予补贴。
"""
XIANGTAN_TALENT = {"kind": "individual", "region": "湖南省湘潭市雨湖区", "talent_class": "A", "born": "1960-01-01", "homes_owned": 2,
                   "new_home": True, "home_region": "湖南省湘潭市岳塘区", "home_purchased": "2025-06-01"}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),  # an A-class talent owning homes: D类、E类人才…无住房 is the rule of those classes only
    ({"talent_class": "E", "born": "1995-01-01"}, "ineligible"),  # …and binds E (two homes)
    ({"talent_class": "E", "born": "1995-01-01", "homes_owned": 0}, "eligible"),
    ({"home_region": "湖南省湘潭市湘潭县"}, "ineligible"),  # 湘潭市区 is the three places the text lists
    ({"home_purchased": "2027-02-01"}, "ineligible"),  # after the period: the condition, restated by 超出期间购买的
])
def test_a_classes_own_rule_and_an_area_named_with_its_city(facts: dict, want: str) -> None:
    """D类、E类人才购房前…无住房 (no 须): a rule for those classes, not a condition that every talent be D or E (an A-class
    talent was ineligible); 本办法所称湘潭市区，包括…: the city's 市区 the text lists (湘潭 + 市区 had not been read as an area);
    经认定为本办法第二条所称A类至E类人才: the defined term restated; 超出期间购买的，不予补贴: the period, asked where it is said."""
    doc = _doc(XIANGTAN, "湖南省湘潭市/办法.txt")
    assert _status(doc, _only(doc), date(2026, 3, 1), **{**XIANGTAN_TALENT, **facts}) == want


def test_a_grant_on_top_of_another_is_a_programme() -> None:
    """…购买首套新建商品住房的，在享受普通购房补贴的基础上，每套再给予1万元补贴: a grant of its own (the words on what it adds to hid
    it: no programme, and the text's own programme answered for it — a family with homes was eligible)."""
    doc = _doc("嘉禾县购房补贴实施办法\n\n二、补贴标准\n（一）普通购房补贴\n购房人在我县购买新建商品住房的，按购房合同总价款的1%给予一次性购房补贴。\n"
               "（二）农业转移人口进城购房补贴\n具有农业户籍的人员在我县购买首套新建商品住房的，在享受普通购房补贴的基础上，每套再给予1万元补贴。\n",
               "湖南省郴州市嘉禾县/办法.txt")
    (extra,) = [p for p in doc["programmes"] if p["title"].endswith("：1万元补贴")]
    person = {"kind": "individual", "hukou_rural": True, "new_home": True, "home_region": "湖南省郴州市嘉禾县"}
    assert _status(doc, extra, ON, **{**person, "homes_owned": 1}) == "ineligible"
    assert _status(doc, extra, ON, **{**person, "homes_owned": 0}) == "eligible"


DEGREE_ROWS = """大连市高校毕业生购房补贴实施细则

第一章 总则

第二条 本细则所称本科毕业生，是指以全日制方式学习并取得普通高等学校本科学历和学士学位的人员。

第二章 申请条件

第五条 申请购房补贴的，应当同时符合下列条件：
（一）申请时年龄符合下列规定：硕士研究生35周岁（含）以下，本科毕业生30周岁（含）以下；
（二）2024年1月1日（含）以后在本市购买新建商品住房；
（三）申请时在本市连续缴纳城镇职工社会保险满6个月，补缴的月份不计算在内。

第三章 补贴标准

第六条 硕士研究生每人补贴6万元，本科毕业生每人补贴3万元。
"""


@pytest.mark.parametrize("education, full_time, want", [("master", True, "eligible"), ("bachelor", True, "eligible"),
                                                        ("bachelor", False, "ineligible")])
def test_a_groups_definition_binds_its_row_not_its_neighbours(education: str, full_time: bool, want: str) -> None:
    """本细则所称本科毕业生，是指以全日制方式…本科学历…的人员, named in a table of ages by degree (…本科毕业生30周岁（含）以下):
    the bachelors' row takes the definition, not the masters' grant beside it (a master had been asked a bachelor's degree);
    补缴的月份不计算在内 says how the months count."""
    doc = _doc(DEGREE_ROWS, "辽宁省大连市/细则.txt")
    row = "硕士研究生" if education == "master" else "本科毕业生"
    (grant,) = [p for p in doc["programmes"] if p["title"].startswith(row)]
    person = {"kind": "individual", "region": "辽宁省大连市甘井子区", "education": education, "full_time": full_time,
              "born": "1997-01-01", "social_insurance_months": 12, "new_home": True, "home_region": "辽宁省大连市甘井子区",
              "home_purchased": "2025-03-01"}
    assert _status(doc, grant, date(2026, 1, 1), **person) == want


YIBIN = """宜宾市中心城区购房补贴兑付实施细则

第一章 总则

第二条 本细则所称中心城区，是指翠屏区、叙州区、南溪区和宜宾三江新区。江安县、长宁县、高县、珙县、筠连县、兴文县、屏山县不属于中心城区，其购房支持政策由各县自行制定，不适用本细则。

第二章 补贴对象和条件

第五条 2025年4月1日（含）至2025年12月31日（含）期间，在中心城区范围内购买新建商品住房的个人，同时符合下列条件的，可以申请购房补贴：
（一）购房人具有宜宾市户籍；或者非宜宾市户籍，但申请时已在宜宾市连续缴纳城镇职工社会保险满6个月；
（二）所购住房为家庭首套或者第二套住房。
购房时间以商品房买卖合同网签备案时间为准。
第六条 购买家庭第二套住房申请补贴的，所购住房单套建筑面积还应当在90平方米（含）以上。

第三章 补贴标准

第七条 购买家庭首套住房的，按购房款的1%给予补贴，单套最高不超过1.5万元。
第八条 购买家庭第二套住房的，按购房款的0.5%给予补贴，单套最高不超过1万元。
"""
YIBIN_BUYER = {"kind": "individual", "region": "四川省宜宾市翠屏区", "hukou": "四川省宜宾市翠屏区", "homes_owned": 0, "new_home": True,
               "home_region": "四川省宜宾市翠屏区", "home_purchased": "2025-08-08", "home_area": 110}


@pytest.mark.parametrize("facts, want", [
    ({}, ["eligible", "ineligible"]),
    ({"hukou": "四川省泸州市江阳区"}, ["possible", "ineligible"]),  # 第五条's list, kept: months of insurance not given
    ({"hukou": "四川省泸州市江阳区", "social_insurance_months": 5}, ["ineligible", "ineligible"]),
    ({"homes_owned": 1}, ["ineligible", "eligible"]),
    ({"homes_owned": 1, "home_area": 85}, ["ineligible", "ineligible"]),  # 还应当在90平方米（含）以上: the second home's area
    ({"home_region": "四川省宜宾市珙县"}, ["ineligible", "ineligible"]),  # 高县、珙县: places of the list, its own rules
])
def test_an_articles_paragraphs_in_a_block_and_counties_named_by_one_character(facts: dict, want: list) -> None:
    """第五条 …同时符合下列条件的，可以申请购房补贴：（一）…（二）… / 购房时间以…为准。: an article whose words are all in its
    paragraphs is read with its chapter's block (it was dropped — a non-local buyer with no insurance was eligible);
    江安县、长宁县、高县、珙县…不属于中心城区: one list, 高县 and 珙县 too; 不属于 puts a place outside."""
    doc = _doc(YIBIN, "四川省宜宾市/细则.txt")
    first = next(p for p in doc["programmes"] if p["title"].startswith("购买家庭首套住房"))
    second = next(p for p in doc["programmes"] if p["title"].startswith("购买家庭第二套住房"))
    assert [_status(doc, p, date(2025, 10, 1), **{**YIBIN_BUYER, **facts}) for p in (first, second)] == want


DALIAN = """大连市高校毕业生购房补贴实施细则

第一章 总则

第三条 本细则所称用人单位，是指在大连市依法登记注册的企业、民办非企业单位和社会团体，不含机关、事业单位。
第四条 本细则所称购房区域，是指中山区、西岗区、沙河口区、甘井子区和大连高新技术产业园区。

第二章 申请条件

第五条 申请购房补贴的，应当同时符合下列条件：
（一）2024年1月1日（含）以后来连就业，与用人单位签订劳动合同；
（二）2024年1月1日（含）以后在购房区域内购买住房。

第三章 补贴标准

第六条 符合条件的，每人补贴3万元。
"""
DALIAN_GRADUATE = {"kind": "individual", "region": "辽宁省大连市甘井子区", "employed": True, "employer_kind": "enterprise",
                   "hired": "2024-03-01", "home_region": "辽宁省大连市甘井子区", "home_purchased": "2025-03-01"}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"employer_kind": "social_org"}, "eligible"),  # a 民办非企业单位 or 社会团体 is a 用人单位
    ({"employer_kind": "public_institution"}, "ineligible"),  # 不含机关、事业单位
    ({"home_region": "辽宁省大连市瓦房店市"}, "ineligible"),  # not among the places 购房区域 is, nor in the zone it lists
    ({"home_region": "辽宁省大连市金州区"}, "possible"),  # another district: whether the zone reaches into it, a person says
    ({"home_region": "辽宁省大连市高新技术产业园区"}, "eligible"),  # the zone the list names, written without its city
])
def test_the_employer_and_the_purchase_area_a_text_defines(facts: dict, want: str) -> None:
    """本细则所称用人单位，是指…的企业、民办非企业单位和社会团体，不含机关、事业单位: the kinds of the employer (they were words for
    a person, and the applicant's region); 本细则所称购房区域，是指…: an area, where 在购房区域内购买住房 asks the home to be
    (it was a place test on the applicant); 大连高新技术产业园区 for a home in 大连市高新技术产业园区: the zone with its city's name."""
    doc = _doc(DALIAN, "辽宁省大连市/细则.txt")
    assert _status(doc, _only(doc), date(2025, 6, 1), **{**DALIAN_GRADUATE, **facts}) == want


@pytest.mark.parametrize("home, want", [("湖南省郴州市嘉禾县", "eligible"), ("湖南省郴州市桂阳县", "ineligible")])
def test_the_other_counties_a_text_leaves_out_are_its_scope_again(home: str, want: str) -> None:
    """本办法适用于…在嘉禾县行政区域内购买新建商品住房的个人购房人。郴州市其他县（市、区）的新建商品住房不适用本办法。: the
    counties beside the text's own, which its scope already leaves out — no exclusion for a person (every buyer was possible)."""
    doc = _doc("嘉禾县促进商品住房消费购房补贴实施办法\n\n一、适用范围\n本办法适用于2025年4月1日至2025年12月31日（含）期间，在嘉禾县行政区域内"
               "购买新建商品住房的个人购房人。郴州市其他县（市、区）的新建商品住房不适用本办法。\n\n二、补贴标准\n"
               "购房人在我县购买新建商品住房的，按购房合同总价款的1%给予一次性购房补贴。\n", "湖南省郴州市嘉禾县/办法.txt")
    person = {"kind": "individual", "new_home": True, "home_region": home, "home_purchased": "2025-06-01"}
    assert all(_status(doc, p, date(2025, 8, 1), **person) == want for p in doc["programmes"])


DEED_TAX_ROWS = """固始县2025年度购房契税补贴申报公告

一、补贴范围
2025年1月1日至2025年12月31日期间（以商品房买卖合同网签备案时间为准），在固始县行政区域内购买新建商品住房的个人，可以按照本公告规定申请购房契税补贴。

二、补贴标准
（一）一般家庭，按所购住房单套建筑面积分档给予补贴：
1.建筑面积90平方米（含）以下的，按实际缴纳契税的50%给予补贴；
2.建筑面积90平方米以上、144平方米（含）以下的，按实际缴纳契税的60%给予补贴；
3.建筑面积144平方米以上的，按实际缴纳契税的40%给予补贴。
"""


@pytest.mark.parametrize("area, want", [(85, ["eligible", "ineligible", "ineligible"]), (90.5, ["ineligible", "eligible", "ineligible"]),
                                        (150, ["ineligible", "ineligible", "eligible"]), (None, ["possible", "possible", "possible"]),
                                        # a boundary written （含） is its own row's: 90 is the first row's, 144 the second's
                                        (90, ["eligible", "ineligible", "ineligible"]), (144, ["ineligible", "eligible", "ineligible"])])
def test_each_area_row_under_a_guides_standards_is_a_programme(area, want) -> None:
    """1.建筑面积90平方米（含）以下的，按实际缴纳契税的50%给予补贴；2.…: each row its own programme, bound by the guide, asking
    its area (the rows were one programme that asked none: a 90.5㎡ home was eligible for the 50% row)."""
    doc = _doc(DEED_TAX_ROWS, "河南省信阳市固始县/公告.txt")
    rows = [p for p in doc["programmes"] if p["title"].startswith("建筑面积")]
    person = {"kind": "individual", "new_home": True, "home_region": "河南省信阳市固始县", "home_purchased": "2025-08-08",
              **({"home_area": area} if area is not None else {})}
    assert [_status(doc, p, date(2025, 10, 1), **person) for p in rows] == want


QIANTANG = """杭州市钱塘区人力资源和社会保障局　杭州市钱塘区人才工作领导小组办公室
关于开展2025年度青年人才首套房补贴申报工作的通知

一、申报条件
1.与区内企业签订劳动合同、在企业全职工作；
2.购房时年龄不超过35周岁（含），其中全日制博士研究生购房时年龄不超过40周岁（含）；
3.在钱塘区购买首套新建商品住房。

二、补贴标准
全日制硕士研究生每人10万元，全日制博士研究生每人20万元。

杭州市钱塘区人力资源和社会保障局　杭州市钱塘区人才工作领导小组办公室
2025年3月1日
"""


@pytest.mark.parametrize("education, born, region, want", [
    ("master", "1991-01-01", "浙江省杭州市钱塘区", "eligible"),  # 34 at purchase
    ("master", "1988-01-01", "浙江省杭州市钱塘区", "ineligible"),  # 37: over the general 35
    ("doctor", "1987-01-01", "浙江省杭州市钱塘区", "eligible"),  # 38: within the doctors' 40 (a master's degree was asked)
    ("master", "1991-01-01", "浙江省杭州市西湖区", "ineligible"),  # 区内: 钱塘区, the issuers' (no territory had been read)
])
def test_joint_issuers_on_one_line_and_the_doctors_own_age(education: str, born: str, region: str, want: str) -> None:
    """杭州市钱塘区人力资源和社会保障局　杭州市钱塘区人才工作领导小组办公室 above the title and below the text: two organs on one line,
    whose place is the text's (区内 had meant nowhere); 购房时年龄不超过35周岁（含），其中全日制博士研究生购房时年龄不超过40周岁（含）:
    the doctors' wider limit, not a condition that every applicant be a doctor."""
    doc = _doc(QIANTANG, "notice.txt")
    assert [o["name"] for o in doc["meta"]["issuer"]] == ["杭州市钱塘区人力资源和社会保障局", "杭州市钱塘区人才工作领导小组办公室"]
    grant = doc["programmes"][0]
    person = {"kind": "individual", "region": region, "employed": True, "employer_kind": "enterprise", "education": education,
              "full_time": True, "born": born, "homes_owned": 0, "new_home": True, "home_region": "浙江省杭州市钱塘区",
              "home_purchased": "2025-06-01"}
    assert _status(doc, grant, date(2025, 9, 1), **person) == want


ZAOZHUANG = """枣庄市中心城区购房补贴兑付实施细则

一、适用范围
本细则所称中心城区，是指市中区、薛城区、峄城区和枣庄高新区行政区域，不含市中区孟庄镇、西王庄镇，薛城区沙沟镇、周营镇。台儿庄区、山亭区和滕州市不属于本细则所称中心城区。

二、补贴对象和条件
（一）补贴对象。2025年1月1日至2025年12月31日期间，在中心城区范围内购买新建商品住房的个人。
（二）户籍或者社保条件。购房人应当具有本市户籍，或者在本市连续缴纳社会保险满6个月（含）以上。
（三）首套住房补贴。购房人家庭在本市无住房，购买中心城区新建商品住房的，按购房款的1%给予补贴，单套补贴最高不超过1.5万元。
（四）改善性住房补贴。购房人家庭在本市仅有1套住房，出售该住房后购买中心城区新建商品住房的，按购房款的1.5%给予补贴，单套补贴最高不超过2万元。
"""
ZAOZHUANG_BUYER = {"kind": "individual", "region": "山东省枣庄市市中区", "hukou": "山东省枣庄市市中区", "homes_owned": 0,
                   "new_home": True, "home_region": "山东省枣庄市峄城区", "home_purchased": "2025-06-01"}


@pytest.mark.parametrize("facts, want", [
    ({}, ["eligible", "ineligible"]),  # a first home: the first grant (both had been asked of everyone)
    ({"homes_owned": 1}, ["ineligible", "possible"]),  # the improving grant: whether the old home was sold, a person says
    ({"home_region": "山东省枣庄市薛城区沙沟镇"}, ["ineligible", "ineligible"]),  # a town the area leaves out, by county
    ({"home_region": "山东省枣庄市薛城区"}, ["possible", "ineligible"]),  # a district with towns left out: which town, not given
    ({"home_region": "山东省枣庄市滕州市"}, ["ineligible", "ineligible"]),
    ({"region": "山东省枣庄市滕州市"}, ["eligible", "ineligible"]),  # 滕州市不属于…中心城区 says where the area is not, no one's rule
])
def test_items_that_grant_beside_items_that_bind_and_towns_carved_out(facts: dict, want: list) -> None:
    """（三）首套住房补贴…按购房款的1%给予补贴 and （四）改善性住房补贴…按…1.5%给予补贴 beside （一）补贴对象 and （二）户籍或者社保条件: each
    grant a programme, the others binding each; 不含市中区孟庄镇、西王庄镇，薛城区沙沟镇、周营镇: towns carved out after the list;
    台儿庄区、山亭区和滕州市不属于本细则所称中心城区: which places the area is not, asked of no one."""
    doc = _doc(ZAOZHUANG, "山东省枣庄市/细则.txt")
    first = next(p for p in doc["programmes"] if "首套住房补贴" in p["title"])
    second = next(p for p in doc["programmes"] if "改善性住房补贴" in p["title"])
    assert [_status(doc, p, date(2025, 9, 1), **{**ZAOZHUANG_BUYER, **facts}) for p in (first, second)] == want


SHIYAN = """十堰市资助住房困难工薪群体购买商品住房公告

一、适用范围
本公告所称市区，是指茅箭区、张湾区（含十堰经济技术开发区），不含郧阳区及所辖县（市）。
2025年7月1日至2026年6月30日期间（以商品房买卖合同网签备案时间为准），在市区购买新建商品住房的工薪家庭和新就业大学生，可以按照本公告申请购房资助。

二、新就业大学生
（一）申请条件。新就业大学生申请资助，应当同时符合下列条件：
1.具有全日制大专及以上学历，申请时毕业5年以内；
2.本人及配偶、未成年子女在市区无住房；
3.所购住房总价款不超过80万元（含）。
（二）资助标准。符合条件的新就业大学生，给予2万元购房资助。
"""
SHIYAN_GRADUATE = {"kind": "individual", "region": "湖北省十堰市茅箭区", "employed": True, "education": "bachelor", "full_time": True,
                   "graduated": "2023-07-01", "homes_owned": 0, "new_home": True, "home_region": "湖北省十堰市张湾区",
                   "home_price": 550000, "home_purchased": "2025-08-15"}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"home_price": 820000}, "ineligible"),  # 所购住房总价款不超过80万元（含）: the home's price (a person's words before)
    ({"home_price": 800000}, "eligible"),
    ({"home_region": "湖北省十堰市郧阳区"}, "ineligible"),  # 不含郧阳区: a district the area leaves out, whatever its zones
])
def test_a_notices_scope_binds_its_groups_and_an_area_leaves_a_district_out(facts: dict, want: str) -> None:
    """…在市区购买新建商品住房的工薪家庭和新就业大学生，可以按照本公告申请购房资助: whom every grant of the notice is for (本公告 was
    not among the texts that can say so); 本公告所称市区，是指茅箭区、张湾区（含十堰经济技术开发区），不含郧阳区…: a district the area
    leaves out is outside it, though the zone it lets in made the area stand for itself (a 郧阳区 home was eligible)."""
    doc = _doc(SHIYAN, "湖北省十堰市/公告.txt")
    grant = next(p for p in doc["programmes"] if p["title"].endswith("（新就业大学生）"))
    assert _status(doc, grant, date(2025, 10, 1), **{**SHIYAN_GRADUATE, **facts}) == want


ZHENJIANG = """镇江市高层次人才购买商品住房实施细则

第四条 申请购房补贴的高层次人才，应当同时符合下列条件：
（一）已按照《分类目录》认定为A类、B类、C类或者D类人才；
（二）具有本市户籍，或者在本市连续缴纳社会保险满12个月（含）以上；
（三）本人及配偶、未成年子女在本市范围内拥有住房不超过1套（不含新购住房）。

第五条 户籍、社会保险和住房套数按照下列规定执行：
（一）A类、B类人才不受本细则第四条第（二）项户籍和社会保险缴纳限制；
（二）A类人才不受本细则第四条第（三）项住房套数限制。

第六条 购房补贴标准如下：
（一）A类人才，给予购房补贴200万元；
（二）B类人才，给予购房补贴100万元；
（三）C类人才，给予购房补贴50万元。
"""
ZHENJIANG_TALENT = {"kind": "individual", "region": "江苏省镇江市京口区", "hukou": "浙江省杭州市西湖区", "social_insurance_months": 3,
                    "homes_owned": 1, "new_home": True, "home_region": "江苏省镇江市润州区"}


@pytest.mark.parametrize("facts, want", [
    ({"talent_class": "B"}, "eligible"),  # spared the 户籍 and insurance limit (they were asked of B: ineligible)
    ({"talent_class": "C"}, "ineligible"),  # not spared: neither 户籍 nor a year's insurance
    ({"talent_class": "A", "homes_owned": 2}, "eligible"),  # A is spared the homes limit too
    ({"talent_class": "B", "homes_owned": 2}, "ineligible"),
    ({"talent_class": "E"}, "ineligible"),  # 认定为A类、B类、C类或者D类人才: the classes joined by 或者 (read as words for a person)
])
def test_limits_a_guide_lifts_for_classes_hold_for_its_rows(facts: dict, want: str) -> None:
    """A类、B类人才不受本细则第四条第（二）项户籍和社会保险缴纳限制 / A类人才不受…住房套数限制: the facts those words name, for those
    classes — and for the rows the guide's grants make (A类人才，给予购房补贴200万元…), which had not carried the guide's exemptions."""
    doc = _doc(ZHENJIANG, "江苏省镇江市/细则.txt")
    cls = facts["talent_class"] if facts["talent_class"] in "ABC" else "A"
    row = next(p for p in doc["programmes"] if p["title"].startswith(f"{cls}类人才"))
    assert _status(doc, row, date(2025, 6, 1), **{**ZHENJIANG_TALENT, **facts}) == want


# --- rows of kinds of person: a row no limit binds, a paragraph said of every row, an age eased for some ---------

CHANGCHUN_ROWS = """长春市人才入户办事指南

四、落户条件

申请人符合下列情形之一的，可申请本人落户：

（一）学历落户

1. 具有全日制普通高校本科学历的人员，年龄不超过40周岁；

2. 具有硕士研究生学历的人员，年龄45周岁以下；

3. 具有博士研究生学历的人员，不受年龄限制；

4. 具有全日制普通高校专科学历的人员，年龄不超过35周岁；急需紧缺专业的专科毕业生，年龄可适当放宽至40周岁。

以上人员须在长春市就业，并与用人单位签订劳动合同。

（二）职称和技能落户

1. 取得中级及以上专业技术职称的人员，年龄不超过50周岁；取得副高级及以上专业技术职称的，不受年龄限制；

2. 取得高级工及以上国家职业资格证书或职业技能等级证书的人员，年龄不超过45周岁。

以上人员须在长春市就业。
"""
CHANGCHUN_WORKER = {"kind": "individual", "region": "吉林省长春市南关区", "employed": True, "full_time": True, "titles": []}


@pytest.mark.parametrize("facts, want", [
    ({"education": "doctor", "born": "1971-01-01"}, "eligible"),  # 3. 博士…不受年龄限制: a row of its own, no age asked
    ({"education": "doctor", "born": "1971-01-01", "employed": False}, "ineligible"),  # 以上人员须在长春市就业: every row
    ({"education": "bachelor", "born": "1996-01-01", "employed": False}, "ineligible"),  # …the first row too
    ({"education": "bachelor", "born": "1996-01-01"}, "eligible"),
    ({"education": "junior_college", "born": "1995-01-01"}, "eligible"),  # 31: under 35
    ({"education": "junior_college", "born": "1989-01-01"}, "possible"),  # 37: eased to 40 for some (急需紧缺专业)
    ({"education": "junior_college", "born": "1984-01-01"}, "ineligible"),  # 42: past the widest age
    ({"education": "secondary", "titles": ["副高级工程师"], "born": "1970-01-01"}, "eligible"),  # 副高级…不受年龄限制
    ({"education": "secondary", "titles": ["工程师"], "born": "1970-01-01"}, "ineligible"),  # 中级: 50 at most
    ({"education": "secondary", "titles": ["工程师"], "born": "1980-01-01"}, "eligible"),  # 中级 at 46: row 1 of (二)
])
def test_rows_of_kinds_of_person(facts: dict, want: str) -> None:
    """符合下列情形之一 over rows that each name a kind of person: a row that only says whom no age limit binds
    (具有博士研究生学历的人员，不受年龄限制) is one of the ways in, not an exemption nobody holds; the paragraph after the last
    row (以上人员须在长春市就业…) binds every row, not the last; the rows of titles are alternatives like the rows of
    degrees; 取得副高级…的，不受年龄限制 after a row's limit is that row or those it spares; 急需紧缺专业的专科毕业生，年龄可适当
    放宽至40周岁 leaves 35 to 40 to a person and nothing past 40; the heading （二）职称和技能落户 asks nothing."""
    doc = _doc(CHANGCHUN_ROWS, "吉林省长春市/指南.txt")
    assert _status(doc, _only(doc), ON, **{**CHANGCHUN_WORKER, **facts}) == want
    assert not [c for c in _conditions(_only(doc)["logic"]) if c["text"] in ("职称和技能落户", "学历落户")]


def test_a_row_that_spares_stays_an_exemption_among_conditions() -> None:
    """…应同时符合下列条件：…（三）博士研究生，不受年龄限制: among conditions all asked, whom a limit spares is no row —
    nobody is asked to be a doctor."""
    doc = _doc("某区人才公寓租房补贴申请办法\n\n一、申请条件\n\n申请人应同时符合下列条件：\n\n（一）年龄不超过35周岁；\n\n"
               "（二）在本区就业；\n\n（三）具有博士研究生学历的人员，不受年龄限制。\n\n二、补贴标准\n\n符合条件的，给予每月1000元租房补贴。\n",
               "江苏省南京市玄武区/办法.txt")
    assert not [t for t in _tests(_only(doc)["logic"]) if t["fact"] == "education"]
    assert _only(doc)["exemptions"]


LULIANG = """陆良县返乡入乡创业一次性补贴申领指南

一、申领条件

申请人应同时符合下列条件：

（一）于2024年1月1日（含）以后在陆良县办理登记并领取营业执照；

（二）申领补贴时距营业执照登记日期不超过3年；

（三）经营实体自营业执照登记之日起已实际经营满6个月（含）。

二、补贴标准

符合条件的，给予一次性创业补贴5000元。
"""


@pytest.mark.parametrize("founded, want", [
    ("2026-06-06", "eligible"),  # six calendar months to the day (183 days: fewer than half of 365)
    ("2026-06-07", "ineligible"),  # a day short of six months
    ("2024-01-01", "eligible"),  # the first day the text allows, under 3 years before
    ("2023-12-31", "ineligible"),  # registered the day before
])
def test_a_business_licence_is_its_registration_and_months_are_calendar_months(founded: str, want: str) -> None:
    """于2024年1月1日（含）以后…办理登记并领取营业执照 bounds the day the business was registered; 距营业执照登记日期不超过3年
    and 自营业执照登记之日起已实际经营满6个月（含） are the time since it — in calendar months: 2026-06-06 to 2026-12-06 is six."""
    doc = _doc(LULIANG, "云南省曲靖市陆良县/指南.txt")
    (programme,) = doc["programmes"]
    assert not [c for c in _conditions(programme["logic"]) if c["test"] is None]
    facts = {"kind": "individual", "region": "云南省曲靖市陆良县", "founded": founded}
    assert _status(doc, programme, date(2026, 12, 6), **facts) == want


@pytest.mark.parametrize("start, day, years", [
    ("2026-06-06", "2026-12-06", 0.5), ("2025-01-31", "2025-02-28", 1 / 12), ("2024-02-29", "2026-02-28", 2.0),
    ("2020-03-15", "2023-03-15", 3.0), ("2026-06-06", "2026-06-06", 0.0),
])
def test_time_elapsed_counts_calendar_months(start: str, day: str, years: float) -> None:
    """满6个月, 毕业两年内: on the day the months come round (the month's last day for a shorter month)."""
    from polc.elapsed import elapsed
    assert elapsed(date.fromisoformat(start), date.fromisoformat(day)) == pytest.approx(years)
    assert elapsed(date.fromisoformat(start), date.fromisoformat(day) - timedelta(days=1)) < years or years == 0


LIAOCHENG = """聊城市人才购房补贴实施细则

第一条　本细则所称人才，是指按照《聊城市人才分类目录（2024年版）》认定的A类（顶尖人才）、B类（领军人才）、C类（高端人才）、D类（骨干人才）、E类（青年人才）。

第二条　申请购房补贴的人才，应当同时具备下列条件：
（一）属于本细则第一条规定的A至E类人才；
（二）年龄符合以下要求：A类、B类人才不受年龄限制；C类人才不超过55周岁；D类人才不超过35周岁；E类人才不超过35周岁，E类人才中具有博士研究生学历的，年龄放宽至40周岁；
（三）在聊城市购买新建商品住房。

第三条　有下列情形之一的，不予补贴：
（一）申请时已与用人单位解除劳动（聘用）合同的。

第四条　符合条件的人才，给予购房补贴10万元。

第五条　人才应当在购房合同网签备案之日起12个月内提出申请，逾期不予受理。
"""
LIAOCHENG_TALENT = {"kind": "individual", "region": "山东省聊城市东昌府区", "new_home": True, "home_region": "山东省聊城市东昌府区",
                    "home_purchased": "2026-03-01", "employed": True}


@pytest.mark.parametrize("facts, want", [
    ({"talent_class": "E", "education": "doctor", "born": "1988-01-01"}, "eligible"),  # 38: the doctors of E go to 40
    ({"talent_class": "D", "education": "doctor", "born": "1988-01-01"}, "ineligible"),  # D's 35 is not widened
    ({"talent_class": "E", "education": "master", "born": "1988-01-01"}, "ineligible"),
    ({"talent_class": "F", "education": "master", "born": "1996-01-01"}, "ineligible"),  # not one of A–E (the definition)
    ({"talent_class": "E", "education": "master", "born": "1996-01-01", "employed": False}, "ineligible"),  # 解除劳动（聘用）合同
    ({"talent_class": "E", "education": "master", "born": "1996-01-01", "home_purchased": "2025-12-05"}, "ineligible"),
    ({"talent_class": "E", "education": "master", "born": "1996-01-01", "home_purchased": "2025-12-06"}, "eligible"),
])
def test_a_class_catalogue_its_widened_row_and_a_limit_counted_from_the_purchase(facts: dict, want: str) -> None:
    """是指…认定的A类（顶尖人才）、…E类（青年人才）。 ends its sentence with the classes (talent_class, no words left to a
    person); E类人才中具有博士研究生学历的，年龄放宽至40周岁 widens class E's row only; 解除劳动（聘用）合同 is a job left; 应当在购房合同
    网签备案之日起12个月内提出申请 is the time from the purchase to the day of applying — 12 months to the day at most."""
    doc = _doc(LIAOCHENG, "山东省聊城市/细则.txt")
    (programme,) = doc["programmes"]
    assert _status(doc, programme, ON, **{**LIAOCHENG_TALENT, **facts}) == want
    assert not [c for c in _conditions(programme["logic"]) if c["test"] is None]


ZHUMADIAN = """驻马店市中心城区商品住房消费补贴兑付细则

一、补贴范围
　　2025年5月1日至2025年10月31日期间，在中心城区购买新建商品住房的个人，按照网签合同总价的1%给予补贴，单套补贴最高不超过1.5万元。

二、附则
　　本细则所称中心城区，是指驿城区（不含沙河店镇、板桥镇、蚁蜂镇、老河乡）、驻马店经济开发区、驻马店市城乡一体化示范区。
"""
TAOJIANG = """桃江县鼓励居民到县城购房补贴实施办法

一、补贴标准
　　2025年3月1日至2025年12月31日期间，在县城规划区内购买新建商品住房的，每套给予15000元购房补贴。

二、附则
　　本办法所称县城规划区，是指桃花江镇行政区域、桃江高新技术产业开发区规划范围，以及牛田镇纳入县城总体规划范围的区域。
"""


@pytest.mark.parametrize("text, path, home, want", [
    (ZHUMADIAN, "河南省驻马店市/细则.txt", "河南省驻马店市驿城区南海街道", "eligible"),
    (ZHUMADIAN, "河南省驻马店市/细则.txt", "河南省驻马店市驿城区蚁蜂镇", "ineligible"),  # a town the area leaves out
    (ZHUMADIAN, "河南省驻马店市/细则.txt", "河南省驻马店市驻马店经济开发区", "eligible"),  # a zone the list names
    (ZHUMADIAN, "河南省驻马店市/细则.txt", "河南省驻马店市驻马店市城乡一体化示范区", "eligible"),
    (ZHUMADIAN, "河南省驻马店市/细则.txt", "河南省驻马店市汝南县", "ineligible"),  # a county: no 中心城区
    (TAOJIANG, "湖南省益阳市桃江县/办法.txt", "湖南省益阳市桃江县桃花江镇", "eligible"),  # a town of the county's area
    (TAOJIANG, "湖南省益阳市桃江县/办法.txt", "湖南省益阳市桃江县牛田镇", "possible"),  # part of a town: which part?
])
def test_an_area_listed_with_zones_and_towns(text: str, path: str, home: str, want: str) -> None:
    """本细则所称中心城区，是指驿城区（不含…镇、…乡）、驻马店经济开发区、驻马店市城乡一体化示范区: the zones the list names by
    their own names are in it, the towns carved out are not; a county's 县城规划区 of towns (桃花江镇行政区域) holds those towns,
    and part of a town (牛田镇纳入县城总体规划范围的区域) leaves a home there to a person."""
    doc = _doc(text, path)
    (programme,) = doc["programmes"]
    facts = {"kind": "individual", "region": home, "new_home": True, "home_region": home, "home_purchased": "2025-06-01"}
    assert _status(doc, programme, date(2025, 7, 1), **facts) == want


SUYU = """宿迁市宿豫区人民政府关于实施新建商品住房契税补贴的通告

一、补贴范围
　　2025年4月1日（含）至2025年12月31日（含）期间，在宿豫区行政区域内购买新建商品住房并完成商品房买卖合同网签备案的个人购房者。

二、补贴标准
　　（一）首套住房契税补贴
　　购房人家庭购买首套新建商品住房的，按照所购住房建筑面积分档给予补贴：
　　建筑面积
　　补贴比例
　　90平方米（含）以下
　　实缴契税的50%
　　90平方米以上
　　实缴契税的40%
　　（二）多孩家庭购房契税补贴
　　三孩及以上家庭购买新建商品住房的，按实缴契税的100%给予补贴。
　　多孩家庭购买第二套新建商品住房的，不受首套住房限制，补贴比例按照首套住房标准执行。

三、不予补贴情形
　　有下列情形之一的，不予补贴：
　　（一）购买二手住房的；
　　（二）购房人家庭年龄超过70周岁的。
"""
SUYU_BUYER = {"kind": "individual", "region": "江苏省宿迁市宿豫区", "new_home": True, "home_region": "江苏省宿迁市宿豫区",
              "home_purchased": "2025-06-18", "born": "1990-01-01"}


@pytest.mark.parametrize("facts, want", [
    ({"homes_owned": 0, "children": 1}, "eligible"),  # a first home: the flattened table's rates are what it pays
    ({"homes_owned": 1, "children": 1}, "ineligible"),  # a second home, one child: not spared
    ({"homes_owned": 1, "children": 2}, "eligible"),  # 多孩家庭购买第二套…不受首套住房限制: children ≥ 2, a second home
    ({"homes_owned": 2, "children": 3}, "ineligible"),  # a third home is no second one
    ({"homes_owned": 1}, "possible"),  # whether the family has several children is not given
])
def test_a_flattened_rate_table_pays_and_an_exemption_names_whom_it_frees_by_facts(facts: dict, want: str) -> None:
    """购房人家庭购买首套新建商品住房的，按照所购住房建筑面积分档给予补贴： over a table flattened into lines (建筑面积 / 补贴比例 /
    90平方米（含）以下 / 实缴契税的50% …) is a grant of its own, paying the table's rates; 多孩家庭购买第二套新建商品住房的，不受首套住房
    限制 frees those its facts describe (children ≥ 2 buying a second home), decided from the profile; 并完成商品房买卖合同
    网签备案 asks nothing more."""
    doc = _doc(SUYU, "江苏省宿迁市宿豫区/通告.txt")
    first = next(p for p in doc["programmes"] if p["title"].startswith("购房人家庭购买首套新建商品住房"))
    assert "50%" in first["title"] and first["benefits"]
    assert _status(doc, first, date(2025, 7, 1), **{**SUYU_BUYER, **facts}) == want
    assert not [c for c in _conditions(first["logic"]) if c["test"] is None]


def test_an_exclusion_on_a_lifted_fact_does_not_hit() -> None:
    """A类人才不受年龄限制 frees them from the age a condition asks and from the age an exclusion names (年龄超过45周岁的，不予补贴)."""
    doc = _doc("南京市人才安家补贴办法\n\n一、申请条件\n\n申请人应为本市认定的A类、B类、C类人才。A类人才不受年龄限制。\n\n"
               "二、不予补贴情形\n\n申请人年龄超过45周岁的，不予补贴。\n\n三、补贴标准\n\n符合条件的，给予安家补贴10万元。\n",
               "江苏省南京市/办法.txt")
    (programme,) = doc["programmes"]
    base = {"kind": "individual", "region": "江苏省南京市玄武区", "born": "1970-01-01"}
    assert _status(doc, programme, ON, **base, talent_class="A") == "eligible"
    assert _status(doc, programme, ON, **base, talent_class="B") == "ineligible"


LONGHUI = """隆回县返乡入乡创业一次性创业补贴申领指南

一、补贴对象

在本县行政区域内创业的下列四类人员：
（一）返乡农民工：具有本县户籍的农村劳动力，在县外务工累计满1年后返回本县创业的；
（二）高校毕业生：毕业5年内的全日制普通高校毕业生（含技工院校高级工班、预备技师班毕业生），不受户籍地限制；
（三）退役军人：自主就业退役士兵及退出现役的军官、士官。

二、申领条件

申请人属于上述补贴对象，并同时具备以下条件：
1.创业实体于2024年1月1日至2025年12月31日期间在本县办理登记注册；
2.申请人为该创业实体的法定代表人或经营者；
3.创业实体正常经营6个月以上；
4.申请人在本县以创业实体职工或灵活就业人员身份参加企业职工基本养老保险，缴费满3个月。

脱贫人口创业的，经营时间原则上不少于6个月，经乡镇（街道）核实确有困难的，可适当放宽至3个月。

三、补贴标准

符合条件的，给予一次性创业补贴5000元。创业实体吸纳本县户籍劳动者就业并为其缴纳社会保险达3人（含）以上的，补贴标准提高至8000元。

四、不予补贴情形

有下列情形之一的，不予补贴：
（一）创业实体登记注册地不在本县的；
（二）申请时创业实体登记注册已超过2年的；
（三）吸纳人员为创业实体法定代表人直系亲属的，该部分人员不计入吸纳人数。
"""
LONGHUI_GRADUATE = {"kind": "individual", "region": "湖南省邵阳市隆回县", "hukou": "广东省深圳市南山区", "education": "master",
                    "full_time": True, "graduated": "2023-07-01", "entrepreneur": True, "founded": "2025-01-15",
                    "social_insurance_months": 7, "dishonest": False}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),  # a graduate from elsewhere: 不受户籍地限制, every condition decided
    ({"founded": "2023-12-31"}, "ineligible"),  # registered before the period
    ({"region": "湖南省邵阳市洞口县"}, "ineligible"),  # registered outside the county (the exclusion, and the scope)
    ({"founded": "2025-09-01"}, "ineligible"),  # three months: not six
    ({"graduated": "2019-07-01"}, "possible"),  # no graduate now; a veteran? a returning migrant? words only
])
def test_a_start_up_grant_read_whole(facts: dict, want: str) -> None:
    """（二）高校毕业生：毕业5年内…，不受户籍地限制 is one of the groups (its label names it, its words say who); 于…期间在本县办理登记
    注册 bounds founded; 以…身份参加…养老保险 asks in which capacity, nothing more; 经…核实确有困难的，可适当放宽至3个月 eases the six
    months at discretion; 创业实体吸纳…达3人（含）以上的，补贴标准提高至8000元 is more for some, not a condition of the 5000; 登记注册地不在
    本县的 and 登记注册已超过2年的 exclude; …该部分人员不计入吸纳人数 says how a number counts and excludes no one."""
    doc = _doc(LONGHUI, "湖南省邵阳市隆回县/指南.txt")
    base = next(p for p in doc["programmes"] if "5000元" in p["title"])
    assert not any(c["test"] and c["test"]["fact"] == "employees" for c in _conditions(base["logic"]))
    assert _status(doc, base, date(2025, 12, 6), **{**LONGHUI_GRADUATE, **facts}) == want
    assert not [c for c in base["exclusions"] if "不计入" in c["text"]]
    assert any("8000元" in p["title"] for p in doc["programmes"])


SHIJIAZHUANG = """石家庄市高校毕业生一次性就业补贴通知

一、补贴条件

同时符合下列条件的高校毕业生，可申领一次性就业补贴：
1.毕业2年内的全日制普通高校毕业生；
2.具有本市户籍或为驻石高校毕业生；
3.在本市社会保险缴费记录不少于6个月（不含补缴）。

二、补贴标准

每人3000元。
"""


@pytest.mark.parametrize("facts, want", [
    ({"hukou": "河北省石家庄市长安区", "social_insurance_months": 6}, "eligible"),  # 缴费记录不少于6个月（不含补缴）
    ({"hukou": "河北省石家庄市长安区", "social_insurance_months": 5}, "ineligible"),
])
def test_insurance_records_are_months_of_insurance(facts: dict, want: str) -> None:
    """在本市社会保险缴费记录不少于6个月（不含补缴） is months of insurance, and how they count asks nothing more."""
    doc = _doc(SHIJIAZHUANG, "河北省石家庄市/通知.txt")
    (programme,) = doc["programmes"]
    profile = {"kind": "individual", "region": "河北省石家庄市长安区", "education": "bachelor", "full_time": True,
               "graduated": "2025-06-30", **facts}
    assert _status(doc, programme, date(2025, 12, 6), **profile) == want


@pytest.mark.parametrize("phrase, letters", [
    ("第一类人才", ["A"]), ("Ⅱ类人才", ["B"]), ("A类顶尖人才", ["A"]), ("顶尖人才（A类）", ["A"]), ("三类人才", ["C"]),
])
def test_a_talent_class_however_it_is_written(phrase: str, letters: list) -> None:
    """第一类人才, Ⅱ类人才, A类顶尖人才, 顶尖人才（A类）: the class, however the text numbers or names it; 同一类人员 is none."""
    doc = _doc(f"南京市人才安家补贴办法\n\n一、补贴对象\n\n经认定的{phrase}，给予安家补贴50万元。\n", "江苏省南京市/办法.txt")
    (programme,) = doc["programmes"]
    assert [t["value"] for t in _tests(programme["logic"]) if t["fact"] == "talent_class"] == [letters]
    doc = _doc("南京市人才安家补贴办法\n\n一、补贴对象\n\n在本市工作的人才，给予安家补贴50万元，同一类人员只享受一次。\n", "江苏省南京市/办法.txt")
    assert not [t for p in doc["programmes"] for t in _tests(p["logic"]) if t["fact"] == "talent_class"]


DEYANG = """德阳市高校毕业生购房补贴申领指南

一、申请条件

同时符合下列条件的高校毕业生，可申请购房补贴：
（一）毕业5年以内的全日制普通高校本科及以上学历毕业生；
（二）在德阳市行政区域内（含旌阳区、罗江区、广汉市、什邡市、绵竹市、中江县及德阳经济技术开发区、德阳高新技术产业开发区）受聘于企业。机关事业单位在编人员不在此列；
（三）申请人及其配偶在本市无自有产权住房（本次申请补贴的住房除外）；
（四）在本市连续缴纳社会保险满6个月，补缴的不计入缴费月数。

二、不予补贴情形

以成人高等教育、高等教育自学考试、网络教育等非全日制方式取得学历的，不予补贴。

三、补贴标准

符合条件的，给予一次性购房补贴3万元。
"""
DEYANG_GRADUATE = {"kind": "individual", "region": "四川省德阳市旌阳区", "education": "bachelor", "full_time": True,
                   "graduated": "2024-06-30", "employed": True, "employer_kind": "enterprise", "homes_owned": 0,
                   "social_insurance_months": 10}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),  # every condition decided: the places in brackets, the home applied for, how months count
    ({"employer_kind": "public_institution"}, "ineligible"),  # 机关事业单位在编人员不在此列; 受聘于企业 asks an enterprise
    ({"full_time": False}, "ineligible"),  # 成人高等教育、…等非全日制方式: part-time
    ({"homes_owned": 1}, "ineligible"),
])
def test_a_graduates_purchase_grant_with_its_brackets_and_provisos(facts: dict, want: str) -> None:
    """（含旌阳区、…德阳高新技术产业开发区） lists the places, no title; 受聘于企业 is the employer's kind; …在编人员不在此列 excludes;
    （本次申请补贴的住房除外） and 补缴的不计入缴费月数 say how a thing counts; 以成人高等教育、高等教育自学考试、网络教育等非全日制方式取得学历的
    names part-time ways, all read with 非全日制."""
    doc = _doc(DEYANG, "四川省德阳市/指南.txt")
    (programme,) = doc["programmes"]
    assert _status(doc, programme, ON, **{**DEYANG_GRADUATE, **facts}) == want
    assert not [c for c in _conditions(programme["logic"]) if c["test"] and c["test"]["fact"] == "titles"]


@pytest.mark.parametrize("kind, want", [("government", "ineligible"), ("public_institution", "ineligible"), ("enterprise", "possible")])
def test_staff_of_organs_named_in_an_exclusion(kind: str, want: str) -> None:
    """有下列情形之一的，不予认定：在党政机关、参照公务员法管理单位在编在岗的人员: the employer's kinds (organs, and units
    managed like them) — staff of an enterprise are not left out (在编 stays for a person: the exclusion lists the organs)."""
    doc = _doc("南京市玄武区人才生活补贴办法\n\n一、申请条件\n\n在玄武区全职工作的博士研究生。\n\n二、不予补贴情形\n\n有下列情形之一的，不予补贴：\n"
               "（一）在党政机关、参照公务员法管理单位在编在岗的人员。\n\n三、补贴标准\n\n符合条件的，每月给予生活补贴3000元。\n",
               "江苏省南京市玄武区/办法.txt")
    (programme,) = doc["programmes"]
    facts = {"kind": "individual", "region": "江苏省南京市玄武区", "education": "doctor", "employed": True,
             "employer_kind": kind, "full_time": True}
    assert _status(doc, programme, ON, **facts) == want


QINDU = """秦都区科技型中小企业研发投入奖补实施细则

第一条 本细则所称科技型中小企业，是指按照《科技型中小企业评价办法》通过评价，并在全国科技型中小企业信息服务平台取得当年度入库登记编号的企业。

第二条 本细则适用于在秦都区行政区域内注册登记、具有独立法人资格的科技型中小企业。

第三条 申请研发投入奖补的企业，应同时符合下列条件：
（一）2025年度已通过科技型中小企业评价并取得入库登记编号；
（二）上年度研发费用不低于50万元。

第四条 奖补标准
（一）基础奖补。按企业上年度研发费用分档给予奖补（原为表格）：
研发费用  奖补比例
50万元（含）—200万元  5%
200万元（含）以上  4%
"""
QINDU_FIRM = {"kind": "enterprise", "region": "陕西省咸阳市秦都区", "legal_person": True, "titles": ["科技型中小企业"],
              "revenue": 30_000_000, "rd_ratio": 5.5}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),  # 研发费用 165万元: its ratio of its sales; the title held is the recognition the text describes
    ({"rd_ratio": 1.5}, "ineligible"),  # 45万元: under 50万元
    ({"titles": []}, "ineligible"),  # no title held: not the 科技型中小企业 the text asks for
    ({"region": "陕西省咸阳市渭城区"}, "ineligible"),
])
def test_a_rules_conditions_bind_the_grant_of_its_next_article(facts: dict, want: str) -> None:
    """第三条 申请研发投入奖补的企业，应同时符合下列条件 binds the grant of 第四条 (a 细则, not measures each its own); 按…分档给予
    奖补（原为表格）： over a flattened table is that grant; 2025年度已通过科技型中小企业评价并取得入库登记编号 and the definition's words
    are met by the title held (科技型中小企业), named verbatim; rd_expense follows from rd_ratio and revenue."""
    doc = _doc(QINDU, "陕西省咸阳市秦都区/细则.txt")
    text = QINDU
    at = text.index("按企业上年度研发费用分档给予奖补")
    (programme,) = [p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]][-1:]
    assert _status(doc, programme, ON, **{**QINDU_FIRM, **facts}) == want


JIAOJIANG = """椒江区新引进人才生活补贴办事指南

一、基本条件
申请人应当同时具备下列条件：
（一）2024年1月1日以后新引进到椒江区行政区域内的企业全职工作，并与用人单位依法签订劳动合同；
（二）由用人单位在椒江区为其连续缴纳职工基本养老保险满6个月（含）以上。全日制博士研究生以及A、B、C类人才，不受社保缴纳期限限制。

二、补贴标准
符合条件的，每人每月给予生活补贴3000元。
"""


@pytest.mark.parametrize("facts, want", [
    ({"education": "master", "social_insurance_months": 8}, "eligible"),
    ({"education": "master", "social_insurance_months": 2, "talent_class": "D"}, "ineligible"),
    ({"education": "master", "social_insurance_months": 2}, "possible"),  # one of A、B、C? not given
    ({"education": "doctor", "social_insurance_months": 2}, "eligible"),  # 全日制博士研究生: spared the months
    ({"education": "master", "talent_class": "B", "social_insurance_months": 2}, "eligible"),  # …以及A、B、C类人才: either group
])
def test_groups_spared_a_limit_after_it_are_either_way(facts: dict, want: str) -> None:
    """…缴纳职工基本养老保险满6个月（含）以上。全日制博士研究生以及A、B、C类人才，不受社保缴纳期限限制: the months, or one of those
    groups (以及 joins two groups of people: either) — no group is asked of everyone."""
    doc = _doc(JIAOJIANG, "浙江省台州市椒江区/指南.txt")
    (programme,) = doc["programmes"]
    profile = {"kind": "individual", "region": "浙江省台州市椒江区", "employed": True, "employer_kind": "enterprise",
               "hired": "2025-03-01", "full_time": True, **facts}
    assert _status(doc, programme, ON, **profile) == want


QICHUN = """蕲春县高校毕业生到县内企业就业一次性就业补贴申领指南

一、补贴对象及条件

同时符合下列条件的高校毕业生：
1．毕业2年内的全日制普通高校毕业生；
2．2025年1月1日以后与县内企业、社会组织、个体工商户签订劳动合同；
3．购房时年龄在35周岁以下（含35周岁）。博士研究生原则上不超过40周岁。

（四）以下人员不予补贴
1．到机关事业单位就业的；
2．在本人担任法定代表人的企业就业的。

二、补贴标准

符合条件的，给予一次性就业补贴3000元。在事业单位工作的人才，补贴按上述标准的50%执行。
"""
QICHUN_GRADUATE = {"kind": "individual", "region": "湖北省黄冈市蕲春县", "education": "bachelor", "full_time": True,
                   "graduated": "2025-06-30", "employed": True, "employer_kind": "enterprise", "hired": "2025-08-01",
                   "entrepreneur": False, "born": "1996-01-01", "home_purchased": "2025-09-01"}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),  # employed by a firm: no business of one's own is asked (个体工商户 is one of the employers)
    ({"employer_kind": "individual_business"}, "eligible"),
    ({"employer_kind": "public_institution"}, "ineligible"),  # 到机关事业单位就业的 (and not one of the employers)
    ({"education": "doctor", "born": "1987-01-01"}, "eligible"),  # 38 at purchase: within the doctors' 40
    ({"education": "doctor", "born": "1984-06-01"}, "possible"),  # 41: over 40, which is 原则上
    ({"education": "master", "born": "1987-01-01"}, "ineligible"),
])
def test_an_employment_grant_with_its_employers_and_provisos(facts: dict, want: str) -> None:
    """与县内企业、社会组织、个体工商户签订劳动合同: the employers' kinds, no founder; （四）以下人员不予补贴 leads its items, no case
    of its own; 到机关事业单位就业的 excludes; 博士研究生原则上不超过40周岁 after 35周岁以下 is the doctors' wider limit, at discretion;
    在事业单位工作的人才，补贴按上述标准的50%执行 is what some are paid, no condition on the others."""
    doc = _doc(QICHUN, "湖北省黄冈市蕲春县/指南.txt")
    base = next(p for p in doc["programmes"] if "3000元" in p["title"])
    assert _status(doc, base, date(2025, 12, 6), **{**QICHUN_GRADUATE, **facts}) == want
    assert not [c for c in base["exclusions"] if "以下人员" in c["text"]]


DONGPO = """东坡区支持新市民购房补贴方案

一、补贴标准
　　非东坡区户籍人员，在东坡区稳定就业，且在眉山市范围内无自有住房的，购买新建商品住房每套给予1万元补贴。

二、申请要求
　　购房人应在商品房买卖合同网签备案之日起6个月内提出申请。

三、不予补贴情形
　　有下列情形之一的，不予补贴：
　　（一）网签备案时间不在本方案规定期限内的；
　　（二）购买二手住房的。
"""
DONGPO_BUYER = {"kind": "individual", "region": "四川省眉山市东坡区", "hukou": "四川省内江市东兴区", "employed": True,
                "homes_owned": 0, "new_home": True, "home_region": "四川省眉山市东坡区", "home_purchased": "2025-09-01"}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"homes_owned": 1}, "ineligible"),  # 无自有住房的，…每套给予1万元补贴: whom it pays, not a case that picks the rule
    ({"home_purchased": "2025-05-01"}, "ineligible"),  # applying more than 6 months after the 网签
    ({"hukou": "四川省眉山市东坡区"}, "ineligible"),
])
def test_whom_a_grant_pays_before_its_amount_is_required(facts: dict, want: str) -> None:
    """…且在眉山市范围内无自有住房的，购买新建商品住房每套给予1万元补贴: the words before 的 are whom it pays (required), not a case
    (¬X ∨ Y); 在商品房买卖合同网签备案之日起6个月内提出申请 is years_since_purchase and nothing more; 网签备案时间不在本方案规定期限内的
    restates the period, no case of its own."""
    doc = _doc(DONGPO, "四川省眉山市东坡区/方案.txt")
    (programme,) = doc["programmes"]
    assert _status(doc, programme, date(2025, 12, 6), **{**DONGPO_BUYER, **facts}) == want


def test_whom_a_groups_grant_pays_is_required_in_the_groups_list() -> None:
    """（二）新市民购房补贴 / 非东坡区户籍人员，…且在眉山市范围内无自有住房的，购买新建商品住房每套给予1万元补贴。: one group among
    several — a home owned fails the group's grant, it does not make the row a case that spares them."""
    source = KEY / "sources" / "y04_东坡区农民进城新市民多子女家庭购房补贴方案.txt"
    doc = _doc(source.read_text(encoding="utf-8"), "四川省眉山市东坡区/方案.txt")
    at = source.read_text(encoding="utf-8").index("非东坡区户籍人员，在东坡区稳定就业或创业")
    programme = min((p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]), key=lambda p: p["span"][1] - p["span"][0])
    facts = {**DONGPO_BUYER, "social_insurance_months": 10, "homes_owned": 1, "home_purchased": "2025-10-15"}
    assert _status(doc, programme, date(2025, 12, 6), **facts) == "ineligible"


def test_zones_in_a_bracket_are_no_kind_and_integrity_in_business() -> None:
    """在东营市行政区域内（含东营经济技术开发区、东营港经济开发区）注册登记: the zones let in name no kind of applicant (a 开发区 is a
    park); 诚信经营 asks for no 失信 record."""
    doc = _doc("东营市专精特新中小企业奖励资金申报通知\n\n一、申报主体\n申报企业应同时具备以下条件：\n"
               "（一）在东营市行政区域内（含东营经济技术开发区、东营港经济开发区）注册登记，具有独立法人资格；\n（二）诚信经营。\n\n"
               "二、奖励标准\n符合条件的企业，一次性给予10万元奖励。\n", "山东省东营市/通知.txt")
    (programme,) = doc["programmes"]
    firm = {"kind": "enterprise", "region": "山东省东营市广饶县", "legal_person": True}
    assert _status(doc, programme, ON, **firm, dishonest=False) == "eligible"
    assert _status(doc, programme, ON, **firm, dishonest=True) == "ineligible"


POYANG = """鄱阳县新市民购房补贴实施方案

一、补贴条件
　　户籍不在本县、在本县就业并连续缴纳社会保险满6个月的人员，2025年4月1日至2026年3月31日期间在县城规划区购买新建商品住房的，每套给予购房补贴2万元。以上人员与其配偶、未成年子女合并计算为一个家庭，以家庭中一人名义提出申请。其他乡镇范围内的商品住房不纳入补贴范围。

二、附则
　　本方案所称县城规划区，是指鄱阳镇行政区域范围。
"""


@pytest.mark.parametrize("home, want", [("江西省上饶市鄱阳县鄱阳镇", "eligible"), ("江西省上饶市鄱阳县谢家滩镇", "ineligible")])
def test_a_county_towns_area_and_the_words_that_ask_nothing(home: str, want: str) -> None:
    """本方案所称县城规划区，是指鄱阳镇行政区域范围: one town of the county; 以上人员与其配偶、未成年子女合并计算为一个家庭,
    以家庭中一人名义提出申请 and 其他乡镇范围内的商品住房不纳入补贴范围 ask nothing beyond that area."""
    doc = _doc(POYANG, "江西省上饶市鄱阳县/方案.txt")
    (programme,) = doc["programmes"]
    facts = {"kind": "individual", "region": "江西省上饶市鄱阳县", "hukou": "江西省上饶市余干县", "employed": True,
             "social_insurance_months": 8, "new_home": True, "home_region": home, "home_purchased": "2025-06-01"}
    assert _status(doc, programme, date(2025, 7, 1), **facts) == want


@pytest.mark.parametrize("text, facts", [
    ("购房人须为本市户籍居民", {"hukou"}),  # the buyer, a resident: the 户籍 alone is asked
    ("购房人为具有完全民事行为能力的自然人", set()),
    ("企业注册地和税收户管地均在本区", {"region"}),  # where it is registered and pays tax: the region
])
def test_words_that_name_the_buyer_or_the_firms_place_ask_nothing_more(text: str, facts: set) -> None:
    """购房人, 户籍居民, 自然人, 注册地, 税收户管地: who the applicant is and where, which the tests read — no words left to a person."""
    tests, open_words = read_segment(Segment(text, (), tuple(P.territory(["江苏省南京市玄武区"]))))
    assert not open_words
    assert {t.fact for t in tests if isinstance(t, FactTest)} == facts


FUYANG = """阜阳市支持新市民和青年人才购房补贴实施细则

第一条　为支持新市民、青年人才在市区安居落户，制定本细则。

第二条　新市民购房补贴
　　申请人须同时满足下列条件：
　　（一）户籍不在市区；
　　（二）在市区连续缴纳企业职工基本养老保险满6个月；
　　（三）购房人家庭在市区无住房。
　　符合上述条件的，每套给予1.5万元购房补贴。

第三条　青年人才购房补贴
　　（一）申请时年龄在35周岁以下（含）；
　　（二）具有全日制本科及以上学历；
　　（三）在市区企业、社会组织工作，签订劳动合同并缴纳社会保险满3个月。本条所称企业、社会组织不含机关事业单位；机关事业单位编外聘用人员可参照执行；
　　（四）本人及配偶在阜阳市范围内无自有住房。
　　补贴标准：
　　学历（资格）　　补贴金额　　发放方式
　　博士研究生　　10万元　　分两年发放
　　全日制本科　　2万元　　一次性发放

第四条　共同要求
　　（一）商品房买卖合同网签时间在2025年5月1日至2026年4月30日之间；
　　（二）所购住房为市区范围内的新建商品住房。

第五条　附则
　　本细则所称市区，是指颍州区、颍东区、颍泉区。
"""
FUYANG_TALENT = {"kind": "individual", "region": "安徽省阜阳市颍州区", "hukou": "安徽省阜阳市颍州区", "born": "1995-06-01",
                 "education": "bachelor", "full_time": True, "employed": True, "employer_kind": "enterprise",
                 "social_insurance_months": 10, "homes_owned": 0, "new_home": True, "home_region": "安徽省阜阳市颍州区",
                 "home_purchased": "2025-08-01"}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"born": "1989-06-01"}, "ineligible"),  # （一）申请时年龄在35周岁以下（含）: a condition though no lead-in says so
    ({"homes_owned": 1}, "ineligible"),
    ({"home_purchased": "2025-03-01"}, "ineligible"),  # 第四条 共同要求: the window binds this grant too
    ({"new_home": False}, "ineligible"),
    ({"employer_kind": "public_institution"}, "possible"),  # 机关事业单位编外聘用人员可参照执行: 编外 is for a person to weigh
])
def test_a_grant_named_part_whose_items_are_its_conditions(facts: dict, want: str) -> None:
    """第三条 青年人才购房补贴 / （一）申请时年龄在35周岁以下（含）；…/ 补贴标准：(a flattened table): a part named for what it grants
    whose items are conditions with no lead-in is a programme of its own; 第四条 共同要求 (a title line, not a heading) binds every
    grant of the text; …可参照执行 after an employer kind left out eases it for those it names, to a person's judgement."""
    doc = _doc(FUYANG, "安徽省阜阳市/细则.txt")
    talent = next(p for p in doc["programmes"] if p["title"].endswith("（青年人才购房补贴）"))
    assert _status(doc, talent, date(2025, 10, 1), **{**FUYANG_TALENT, **facts}) == want


def test_a_common_requirements_title_binds_every_grant() -> None:
    """第四条　共同要求 (its text a title over its items): the new citizens' grant is bound by the purchase window too."""
    doc = _doc(FUYANG, "安徽省阜阳市/细则.txt")
    citizen = next(p for p in doc["programmes"] if p["title"].endswith("（新市民购房补贴）"))
    facts = {**FUYANG_TALENT, "hukou": "安徽省阜阳市太和县"}
    assert _status(doc, citizen, date(2025, 10, 1), **facts) == "eligible"
    assert _status(doc, citizen, date(2025, 10, 1), **{**facts, "home_purchased": "2025-03-01"}) == "ineligible"


@pytest.mark.parametrize("graduated, want", [("2024-07-01", "possible"), ("2022-07-01", "ineligible")])
def test_those_the_conditions_extend_to_are_weighed_by_what_they_are(graduated: str, want: str) -> None:
    """…的非北京常住户口应届毕业生。毕业两年内初次就业的毕业生参照执行。: a graduate of two years is not 应届, but the text extends
    to them (初次就业 left to a person): possible; one four years out is not among them."""
    doc = _doc("北京市引进毕业生管理办法\n\n第二条 申请人应当符合下列条件：\n（一）按时取得学历学位的非北京常住户口应届毕业生。"
               "毕业两年内初次就业的毕业生参照执行。\n（二）具有本科及以上学历。\n\n第三条 符合条件的，可办理引进手续并给予1万元一次性补贴。\n",
               "北京市/办法.txt")
    (programme,) = doc["programmes"]
    facts = {"kind": "individual", "region": "北京市海淀区", "hukou": "山西省太原市小店区", "education": "master",
             "graduated": graduated}
    assert _status(doc, programme, date(2026, 6, 30), **facts) == want


DONGYING_HEAD = """东营市专精特新中小企业奖励资金申报通知

一、申报主体
申报企业应同时具备以下条件：
（一）在东营市行政区域内注册登记，具有独立法人资格；
（二）未被列入严重失信主体名单。

二、奖励项目及标准
（一）首次认定奖励
对2024年度首次被认定为山东省专精特新中小企业的，一次性给予10万元奖励。
"""
DONGYING = DONGYING_HEAD + """（二）研发投入奖励
对同时符合下列条件的企业，按其2024年度研发费用的5%给予奖励，单个企业奖励最高不超过50万元：
1.2024年度营业收入不低于3000万元；
2.2024年度研发费用占营业收入比重不低于5%，其中年营业收入2亿元以上的企业不低于3%。
同一企业可同时申报首次认定奖励和研发投入奖励。
"""
DONGYING_FIRM = {"kind": "enterprise", "region": "山东省东营市广饶县", "legal_person": True, "dishonest": False,
                 "revenue": 80_000_000, "rd_ratio": 5.6}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"revenue": 25_000_000}, "ineligible"),  # 1. of the list under the grant
    ({"rd_ratio": 4.2}, "ineligible"),  # 5% for a firm below 2亿元
    ({"revenue": 300_000_000, "rd_ratio": 3.4}, "eligible"),  # 其中…2亿元以上的企业不低于3%: the lower threshold for them
    ({"revenue": 300_000_000, "rd_ratio": 2.5}, "ineligible"),
    ({"dishonest": True}, "ineligible"),  # the guide's 申报主体 binds the grant
])
def test_a_grant_whose_recipients_are_the_list_under_it(facts: dict, want: str) -> None:
    """对同时符合下列条件的企业，按其…5%给予奖励…：1.…；2.…: a grant of its own, whom it pays the list under it, titled by its
    part (研发投入奖励); …不低于5%，其中年营业收入2亿元以上的企业不低于3%: the lower threshold is for those the 其中 names, not a
    revenue asked of everyone; 同一企业可同时申报…: how grants combine, asking nothing."""
    doc = _doc(DONGYING, "山东省东营市/通知.txt")
    grant = next(p for p in doc["programmes"] if p["title"].startswith("研发投入奖励"))
    assert _status(doc, grant, date(2025, 8, 20), **{**DONGYING_FIRM, **facts}) == want


DONGYING_GROWTH = DONGYING_HEAD + """（二）成长奖励
对省级及以上专精特新中小企业，2024年度营业收入不低于3000万元，且营业收入同比增长达到下列标准的，给予分档奖励：
档次  营业收入同比增长率  奖励金额
第一档  15%（含）—30%  10万元
第二档  30%（含）—50%  20万元
营业收入同比增长率按企业财务审计报告数据计算。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "possible"),  # the growth the table tiers is no fact of the profile
    ({"revenue": 25_000_000}, "ineligible"),  # 2024年度营业收入不低于3000万元
    ({"dishonest": True}, "ineligible"),
])
def test_a_tiered_grant_over_a_table_run_together(facts: dict, want: str) -> None:
    """…，且营业收入同比增长达到下列标准的，给予分档奖励： over a table whose rows the text runs into one paragraph (档次…第一档
    15%（含）—30%  10万元…): a programme of its own, titled by its part (成长奖励), what its lead asks required."""
    doc = _doc(DONGYING_GROWTH, "山东省东营市/通知.txt")
    grant = next(p for p in doc["programmes"] if p["title"].startswith("成长奖励"))
    firm = {"kind": "enterprise", "region": "山东省东营市广饶县", "legal_person": True, "dishonest": False,
            "revenue": 80_000_000, "titles": ["山东省专精特新中小企业"]}
    assert _status(doc, grant, date(2025, 8, 20), **{**firm, **facts}) == want


ZHENJIANG_RULES = """镇江市高层次人才购买商品住房实施细则

第一条　本细则所称高层次人才，是指认定的A类、B类、C类、D类人才。

第二条　申请购房补贴的高层次人才，应当同时符合下列条件：
（一）已认定为A类、B类、C类或者D类人才；
（二）具有本市户籍，或者在本市连续缴纳社会保险满12个月（含）以上；
（三）本人及配偶、未成年子女在本市范围内拥有住房不超过1套（不含新购住房）。

第三条　户籍、社会保险和住房套数按照下列规定执行：
（一）A类、B类人才不受本细则第二条第（二）项户籍和社会保险缴纳限制；
（三）C类、D类人才须在本市范围内无自有住房。

第四条　购房补贴标准如下：
（一）A类人才，给予购房补贴200万元；
（二）D类人才，给予购房补贴20万元。
购房补贴分5年发放，每年发放20%。补贴发放期间人才离开本市的，停止发放剩余补贴。
"""


@pytest.mark.parametrize("facts, want", [
    ({"talent_class": "D", "homes_owned": 0}, "eligible"),
    ({"talent_class": "D", "homes_owned": 1}, "ineligible"),  # C类、D类人才须在本市范围内无自有住房
    ({"talent_class": "A", "homes_owned": 1}, "eligible"),  # asked of C and D only
    ({"talent_class": "A", "homes_owned": 0, "hukou": "江苏省南京市玄武区", "social_insurance_months": 2}, "eligible"),
    ({"talent_class": "D", "homes_owned": 0, "hukou": "江苏省南京市玄武区", "social_insurance_months": 2}, "ineligible"),
])
def test_rules_on_facts_listed_and_what_some_classes_must_be(facts: dict, want: str) -> None:
    """户籍、社会保险和住房套数按照下列规定执行： lists rules that bind: A类、B类人才不受…限制 lifts for them, C类、D类人才须在本市
    范围内无自有住房 is asked of those classes only; …停止发放剩余补贴 is no grant."""
    doc = _doc(ZHENJIANG_RULES, "江苏省镇江市/细则.txt")
    assert not [p for p in doc["programmes"] if "离开本市" in p["title"]]
    grant = next(p for p in doc["programmes"] if p["title"].startswith(f"{facts['talent_class']}类人才"))
    person = {"kind": "individual", "region": "江苏省镇江市京口区", "hukou": "江苏省镇江市京口区",
              "home_region": "江苏省镇江市京口区", "new_home": True}
    assert _status(doc, grant, date(2025, 8, 1), **{**person, **facts}) == want


SHUNDE = """佛山市顺德区人才租房补贴实施细则

　　第三条　申请本细则各类租房补贴的人员，须同时具备以下基本条件：
　　（一）与顺德区内用人单位签订劳动合同，并在顺德区参加社会保险；
　　（二）申请人及其配偶、未成年子女在顺德区内无自有住房；
　　（三）未被列入失信惩戒对象名单。

　　第四条　新就业高校毕业生租房补贴
　　（一）申请条件
　　1．毕业3年内的全日制大专及以上学历高校毕业生；
　　2．年龄35周岁以下，博士研究生可为40周岁以下。
　　（二）补贴标准
　　博士研究生每人每月2000元，硕士研究生每人每月1200元，补贴期限最长不超过24个月。

　　第五条　青年人才租房补贴
　　（一）申请条件
　　1．1990年1月1日（含）以后出生；
　　2．具有本科及以上学历（不限全日制），或具有中级及以上专业技术职称。紧缺急需专业人才学历可放宽至大专；
　　3．在顺德区连续参保满12个月。
　　（二）补贴标准
　　每人每月发放600元，累计发放不超过36个月。已领取新就业高校毕业生租房补贴的，两项补贴的发放期限合并计算。

　　第六条　有下列情形之一的，不予发放：
　　（一）机关事业单位在编在岗人员；
　　（二）申请期间在顺德区内购买住房的。
"""
SHUNDE_YOUTH = {"kind": "individual", "region": "广东省佛山市顺德区", "employed": True, "employer_kind": "enterprise",
                "social_insurance_months": 26, "homes_owned": 0, "dishonest": False, "born": "1993-02-08",
                "education": "bachelor", "full_time": True, "graduated": "2015-06-30"}


@pytest.mark.parametrize("part, facts, want", [
    ("每人每月发放600元", {}, "eligible"),
    ("每人每月发放600元", {"born": "1989-12-20"}, "ineligible"),  # the case maps to its part, standards paragraph and all
    ("每人每月发放600元", {"homes_owned": 1}, "ineligible"),  # 第三条 …各类租房补贴的人员…基本条件 binds every part
    ("每人每月发放600元", {"education": "junior_college"}, "possible"),  # 紧缺急需专业人才学历可放宽至大专: for some
    ("每人每月发放600元", {"education": "secondary", "titles": []}, "ineligible"),  # no title to make up for it
    ("硕士研究生每人每月1200元", {"education": "master", "born": "1998-01-01", "graduated": "2025-06-30"}, "eligible"),
    ("硕士研究生每人每月1200元", {"education": "doctor", "born": "1987-01-01", "graduated": "2025-06-30"}, "eligible"),
    ("硕士研究生每人每月1200元", {"education": "master", "born": "1987-01-01", "graduated": "2025-06-30"}, "ineligible"),
])
def test_a_parts_programme_covers_its_standards_and_the_common_lead_binds(part: str, facts: dict, want: str) -> None:
    """第五条 / 青年人才租房补贴（一）申请条件… / （二）补贴标准 / 每人每月发放600元: the programme spans its article, the
    standards paragraph too; 申请本细则各类租房补贴的人员，须同时具备以下基本条件 binds each part, a programme of none;
    年龄35周岁以下，博士研究生可为40周岁以下 widens for doctors; 学历可放宽至大专 is an alternative for those it names (to a
    person's judgement); 两项补贴的发放期限合并计算 is no grant; 申请期间在…购买住房的 ends the grant later, no case now."""
    doc = _doc(SHUNDE, "广东省佛山市顺德区/细则.txt")
    at = SHUNDE.index(part)
    programme = min((p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]), key=lambda p: p["span"][1] - p["span"][0])
    assert not [p for p in doc["programmes"] if "合并计算" in p["title"]]
    assert _status(doc, programme, date(2025, 12, 15), **{**SHUNDE_YOUTH, **facts}) == want


@pytest.mark.parametrize("dishonest, want", [(True, "ineligible"), (False, "eligible")])
def test_a_dishonesty_record_beside_fraud_in_one_exclusion_still_excludes(dishonest: bool, want: str) -> None:
    """（三）被列入严重失信主体名单，或经查实存在学术不端、弄虚作假行为的: fraud found later is how an application fails (no case of
    whom), but the 失信 record beside it excludes — the item had been dropped whole; 在党政机关在编在岗的人员 is organs' staff."""
    doc = _doc("相城区高层次人才分类认定办法\n\n第五条 申请认定的人才应当同时符合下列条件：\n（一）在相城区全职工作；\n"
               "（二）与区内用人单位签订劳动合同。\n\n第六条 经认定的人才，给予每人2万元生活补贴。\n\n"
               "第九条 有下列情形之一的，不予认定：\n（一）在党政机关在编在岗的人员；\n"
               "（二）被列入严重失信主体名单，或经查实存在学术不端、弄虚作假行为的。\n", "江苏省苏州市相城区/办法.txt")
    person = {"kind": "individual", "region": "江苏省苏州市相城区", "employed": True, "employer_kind": "enterprise",
              "dishonest": dishonest}
    (programme,) = doc["programmes"]
    assert _status(doc, programme, ON, **person) == want  # (在党政机关在编在岗的人员: organs' staff, an enterprise's are not)


@pytest.mark.parametrize("held, wanted, want", [
    ("国家级专精特新“小巨人”企业", "专精特新企业", True),  # a 小巨人 is a 专精特新 enterprise, of the national tier
    ("国家科学技术进步奖二等奖", "国家科学技术奖", True),  # the progress award is one of the 国家科学技术奖
    ("国家技术发明奖一等奖", "国家科学技术奖", True),
    ("省级专精特新中小企业", "专精特新“小巨人”企业", False),  # not the other way round
    ("省科学技术进步奖", "国家科学技术奖", False),
])
def test_a_title_of_a_wider_kind_is_held_by_its_members(held: str, wanted: str, want: bool) -> None:
    """获评国家级专精特新“小巨人”: 为…专精特新中小企业 holds; 国家科学技术进步奖二等奖: 获得国家科学技术奖的 holds."""
    from polc import facts as F
    assert F.holds([held], [wanted]) is want


@pytest.mark.parametrize("employer, want", [("university", "eligible"), ("research_institute", "eligible"),
                                            ("public_institution", "eligible"), ("government", "ineligible")])
def test_a_university_is_an_institution_an_employer_clause_names(employer: str, want: str) -> None:
    """本办法所称用人单位，是指在湘潭市行政区域内依法登记注册的企业、事业单位和社会组织 / 与用人单位签订劳动合同: a university or
    research institute is a 事业单位 (an organ is not)."""
    doc = _doc("湘潭市人才购房补贴办法\n\n第二条 本办法所称用人单位，是指在湘潭市行政区域内依法登记注册的企业、事业单位和社会组织。\n\n"
               "第三条 申请人应当同时符合下列条件：\n（一）与用人单位签订劳动合同；\n（二）具有全日制本科及以上学历。\n\n"
               "第四条 符合条件的，给予每人2万元补贴。\n", "湖南省湘潭市/办法.txt")
    (programme,) = doc["programmes"]
    person = {"kind": "individual", "region": "湖南省湘潭市岳塘区", "employed": True, "employer_kind": employer,
              "education": "master", "full_time": True}
    assert _status(doc, programme, ON, **person) == want


ZHENJIANG_PLACE = """镇江市高层次人才购买商品住房实施细则

第四条　申请购房补贴的高层次人才，应当同时符合下列条件：
（一）已认定为A类、B类、C类或者D类人才；
（二）2024年7月1日（含）以后在本市购买新建商品住房。

第六条　购房补贴标准如下：
（一）A类人才，给予购房补贴200万元；
（二）D类人才，给予购房补贴20万元。

第七条　在京口区、润州区、丹徒区用人单位工作的人才，所购住房应当位于京口区、润州区、丹徒区范围内；在丹阳市、句容市、扬中市用人单位工作的人才，所购住房应当位于其工作单位所在的市范围内。

第八条　A类人才经审核同意，可以在人才专项房源中优先选购1套住房。选购人才专项房源的，不再享受本细则第六条规定的购房补贴。

第十条　有下列情形之一的，不予补贴：
（一）所购住房为二手住房的；
（二）因上述原因不能按本细则办理的，可咨询市人才办。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"home_region": "江苏省镇江市句容市"}, "ineligible"),  # 第七条: a 京口区 worker's home must be in 京口/润州/丹徒
    ({"region": "江苏省镇江市句容市", "home_region": "江苏省镇江市句容市"}, "possible"),  # 其工作单位所在的市: for a person
    ({"new_home": False}, "ineligible"),
])
def test_an_article_beside_the_lists_that_requires_binds_the_grants(facts: dict, want: str) -> None:
    """第七条 在京口区…用人单位工作的人才，所购住房应当位于京口区…范围内；…: an article outside the condition list that requires
    is part of every grant (its cases are tiers by workplace); 在京口区 is 京口区, not 在京 (北京); 选购人才专项房源的，不再享受…:
    one benefit chosen instead of another, no case; …可咨询…: where to turn."""
    doc = _doc(ZHENJIANG_PLACE, "江苏省镇江市/细则.txt")
    grant = next(p for p in doc["programmes"] if p["title"].startswith("D类人才"))
    person = {"kind": "individual", "region": "江苏省镇江市京口区", "talent_class": "D", "new_home": True,
              "home_region": "江苏省镇江市润州区", "home_purchased": "2025-03-15"}
    assert _status(doc, grant, date(2025, 6, 1), **{**person, **facts}) == want


YUECHENG = """越城区青年人才首次购房补贴实施办法

一、申请条件
（一）具有全日制本科及以上学历；
（二）在区内首次购买新建商品住房。

二、补贴标准
符合条件的，每套给予5万元购房补贴。

三、不予受理的情形
有下列情形之一的，不予补贴：
（一）申请时已与区内集成电路企业解除或终止劳动合同的；
（二）自购房合同网签备案之日起超过12个月提出申请的。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"home_purchased": "2024-06-01"}, "ineligible"),  # applying more than 12 months after the 网签
    ({"employed": False}, "ineligible"),  # 解除或终止劳动合同的
    ({"home_purchased": None}, "possible"),
])
def test_exclusions_of_a_late_application_and_an_ended_contract_are_read(facts: dict, want: str) -> None:
    """（二）自购房合同网签备案之日起超过12个月提出申请的: years_since_purchase > 1 excludes (the words 提出申请 its act);
    已与…企业解除或终止劳动合同的: no job; 三、不予受理的情形 heads the list, no exclusion of its own."""
    doc = _doc(YUECHENG, "浙江省绍兴市越城区/办法.txt")
    (programme,) = doc["programmes"]
    assert all(e["test"] is not None for e in programme["exclusions"])
    person = {"kind": "individual", "region": "浙江省绍兴市越城区", "education": "master", "full_time": True, "employed": True,
              "homes_owned": 0, "new_home": True, "home_region": "浙江省绍兴市越城区", "home_purchased": "2025-06-01"}
    person = {k: v for k, v in {**person, **facts}.items() if v is not None}
    assert _status(doc, programme, date(2025, 9, 1), **person) == want


@pytest.mark.parametrize("facts, want", [
    ({"children": 1, "homes_owned": 0}, "eligible"),
    ({"children": 1, "homes_owned": 1}, "ineligible"),
    ({"children": 2, "homes_owned": 1}, "eligible"),  # 除多子女家庭外: not asked of them
    ({"homes_owned": 1}, "possible"),
])
def test_save_for_those_it_names_a_condition_binds_the_rest(facts: dict, want: str) -> None:
    """（二）除多子女家庭外，购房人家庭在乌鲁木齐市无自有住房: the families it names, or no home for everyone else."""
    doc = _doc("乌鲁木齐市支持重点群体购房若干措施\n\n一、申请条件\n申请人应当同时符合下列条件：\n（一）在乌鲁木齐市购买新建商品住房；\n"
               "（二）除多子女家庭外，购房人家庭在乌鲁木齐市无自有住房。\n\n二、补贴标准\n符合条件的，每户补贴2万元。\n",
               "新疆维吾尔自治区乌鲁木齐市/措施.txt")
    (programme,) = doc["programmes"]
    person = {"kind": "individual", "region": "新疆维吾尔自治区乌鲁木齐市天山区", "new_home": True,
              "home_region": "新疆维吾尔自治区乌鲁木齐市天山区", **facts}
    assert _status(doc, programme, ON, **person) == want


JINGXIU_HIRE = ("竞秀区高校毕业生就业补贴申领指南\n\n一、申领条件\n（一）全日制本科及以上学历高校毕业生，且签订劳动合同时处于毕业3年内（含）；\n"
                "（二）在区内企业就业。\n\n二、补贴标准\n符合条件的，给予每人5000元一次性就业补贴。\n")


@pytest.mark.parametrize("facts, want", [
    ({"graduated": "2021-06-30", "hired": "2024-05-10"}, "eligible"),  # 2 years 10 months at the contract, 4½ today
    ({"graduated": "2020-06-30", "hired": "2024-05-10"}, "ineligible"),  # nearly 4 years at the contract
    ({"graduated": "2024-06-30"}, "eligible"),  # within 3 years today, so within them at any earlier hiring
    ({"graduated": "2021-06-30"}, "possible"),  # the day of the contract not given
])
def test_years_since_graduation_counted_to_the_contract(facts: dict, want: str) -> None:
    """且签订劳动合同时处于毕业3年内（含）: graduated_years_at_hire, from `graduated` to `hired` — not to the judging day."""
    doc = _doc(JINGXIU_HIRE, "河北省保定市竞秀区/指南.txt")
    (programme,) = doc["programmes"]
    assert any(c["test"] and c["test"]["fact"] == "graduated_years_at_hire" for c in _conditions(programme["logic"]))
    person = {"kind": "individual", "region": "河北省保定市竞秀区", "education": "bachelor", "full_time": True, "employed": True,
              "employer_kind": "enterprise", **facts}
    assert _status(doc, programme, date(2026, 1, 12), **person) == want


SHENYANG_GRADUATE = ("沈阳市高校毕业生生活补贴申领指南\n\n一、申领条件\n1. 毕业3年内的全日制普通高校专科及以上学历毕业生；在市级重点企业、"
                     "高新技术企业就业的，毕业年限放宽至5年内。\n2. 在沈阳市企业就业并缴纳社会保险。\n\n二、补贴标准\n"
                     "符合条件的，每人每月发放1000元生活补贴。\n")


@pytest.mark.parametrize("facts, want", [
    ({"graduated": "2024-06-30"}, "eligible"),
    ({"graduated": "2021-11-30", "employer_titles": ["高新技术企业"]}, "eligible"),  # 4 years: widened to 5 for them
    ({"graduated": "2021-11-30", "employer_titles": ["市级重点企业"]}, "eligible"),
    ({"graduated": "2021-11-30", "employer_titles": []}, "ineligible"),
    ({"graduated": "2019-06-30", "employer_titles": ["高新技术企业"]}, "ineligible"),  # beyond the 5
])
def test_a_wider_limit_for_some_and_employers_of_either_title(facts: dict, want: str) -> None:
    """毕业3年内…；在市级重点企业、高新技术企业就业的，毕业年限放宽至5年内: the wider limit for those it names (employers of either
    title — one test, any of them, not a 高新技术企业 title asked of all)."""
    doc = _doc(SHENYANG_GRADUATE, "辽宁省沈阳市/指南.txt")
    (programme,) = doc["programmes"]
    person = {"kind": "individual", "region": "辽宁省沈阳市和平区", "education": "bachelor", "full_time": True, "employed": True,
              "employer_kind": "enterprise", "social_insurance_months": 6, **facts}
    assert _status(doc, programme, date(2025, 12, 1), **person) == want


@pytest.mark.parametrize("text, titles", [
    ("在市级重点企业、高新技术企业就业", ("市级重点企业", "高新技术企业")),
    ("在区内规上企业或国家高新技术企业工作", ("规上企业", "国家高新技术企业")),
])
def test_employers_of_either_title_are_one_test(text: str, titles: tuple) -> None:
    tests, open_words = read_segment(Segment(text, (), tuple(P.territory(["辽宁省沈阳市和平区"])), person=True))
    assert [t.value for t in tests if t.fact == "employer_titles"] == [titles]
    assert not open_words


QINGDAO_SETTLE = """青岛市会展业发展奖励项目申报通知

一、奖励对象
在青岛市注册、具有独立法人资格的会展企业。

二、新落户会展企业奖励
2024年1月1日（含）以后在本市新注册成立的会展企业，注册资本不低于500万元的，按以下标准给予一次性落户奖励：
1. 注册资本500万元（含）至1,000万元（不含）的，奖励20万元；
2. 注册资本1,000万元（含）以上的，奖励50万元。

三、展会奖励
对在本市举办的展会，展览面积达到5,000平方米（含）以上的，奖励10万元。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),
    ({"registered_capital": 4_000_000}, "ineligible"),  # 注册资本不低于500万元
    ({"founded": "2023-12-31"}, "ineligible"),  # one day before the cut-off
])
def test_a_grant_lead_whose_amounts_are_the_tiers_after_it(facts: dict, want: str) -> None:
    """…注册资本不低于500万元的，按以下标准给予一次性落户奖励：/ 1.…奖励20万元；2.…: the lead is a programme of its own (its
    recipients required, its tiers the amounts), not only each tier's."""
    doc = _doc(QINGDAO_SETTLE, "山东省青岛市/通知.txt")
    at = QINGDAO_SETTLE.index("注册资本不低于500万元")
    programme = min((p for p in doc["programmes"] if p["span"][0] <= at < p["span"][1]), key=lambda p: p["span"][1] - p["span"][0])
    firm = {"kind": "enterprise", "region": "山东省青岛市市南区", "legal_person": True, "founded": "2024-03-01",
            "registered_capital": 8_000_000}
    assert _status(doc, programme, date(2025, 6, 1), **{**firm, **facts}) == want


ZIGONG = """自贡高新区管委会关于开展新经济企业梯度培育入库申报工作的通知

一、申报主体
在高新区依法注册登记、具有独立法人资格，且税收征管关系和统计关系均在高新区的企业，可按照本通知申报相应层级。分公司等分支机构及个体工商户不在本次申报范围内。

二、入库条件及培育支持
（一）种子企业。注册成立时间在2022年1月1日（含）以后，并符合下列条件之一：
1.上年度营业收入达到100万元以上；
2.拥有有效发明专利1件以上。
种子企业入库后给予2万元一次性培育奖励。
（二）示范企业。同时符合下列条件：
1.上年度营业收入不低于1亿元；拥有有效发明专利10件以上的，营业收入可放宽至5000万元；
2.上年度实际缴纳税收不低于300万元。
示范企业入库后给予50万元一次性奖励。
各层级入库主要指标对照如下：
层级	主要指标	一次性奖励
种子企业	营收100万元/发明专利1件（满足其一）	2万元
示范企业	营收1亿元（发明专利10件以上的为5000万元）、纳税300万元（同时满足）	50万元
（上表仅供参考，具体以正文所列条件为准）
"""
ZIGONG_FIRM = {"kind": "enterprise", "region": "四川省自贡市自贡高新区", "legal_person": True, "dishonest": False}


@pytest.mark.parametrize("tier, facts, want", [
    ("种子企业", {"founded": "2023-03-01", "revenue": 3_000_000}, "eligible"),  # one alternative of the seed tier
    ("种子企业", {"founded": "2021-03-01", "revenue": 3_000_000}, "ineligible"),
    ("示范企业", {"founded": "2015-03-01", "revenue": 60_000_000, "invention_patents": 12, "tax_paid": 4_000_000}, "eligible"),
    ("示范企业", {"founded": "2015-03-01", "revenue": 60_000_000, "invention_patents": 3, "tax_paid": 4_000_000}, "ineligible"),
    ("示范企业", {"founded": "2015-03-01", "revenue": 200_000_000, "tax_paid": 4_000_000, "region": "四川省成都市武侯区"},
     "ineligible"),  # 在高新区 in the zone's own text: the zone (a district of the city may hold part of it: not this one)
    ("种子企业", {"founded": "2023-03-01", "revenue": 3_000_000, "legal_person": False}, "ineligible"),  # 分公司等分支机构
])
def test_tiers_that_each_list_and_pay_are_programmes_each(tier: str, facts: dict, want: str) -> None:
    """（一）种子企业。…符合下列条件之一：… 种子企业入库后给予2万元… / （二）示范企业。同时符合下列条件：…: each tier its own
    programme (not one list of all); 拥有有效发明专利10件以上的，营业收入可放宽至5000万元 lowers the floor for them; the summary
    table the text calls a reference asks nothing; 在高新区 is the zone the text is for; 分公司等分支机构 are excluded."""
    doc = _doc(ZIGONG, "四川省自贡市/通知.txt")
    programme = next(p for p in doc["programmes"] if p["title"].endswith(f"（{tier}）"))
    assert _status(doc, programme, date(2025, 6, 10), **{**ZIGONG_FIRM, **facts}) == want


HUANGSHI = """黄石市工业企业技术改造专项资金项目申报通知

一、支持方向和标准
（一）设备投资补助。对2024年1月1日至2025年3月31日期间竣工投产、生产性设备投资额不低于500万元的项目，按设备投资额的8%给予补助，单个项目最高100万元。
（二）小微工业企业技改补助。对年营业收入2000万元以下的工业企业，实施技术改造项目的，按设备投资额的10%给予补助，最高不超过50万元。

二、申报条件
（一）申报设备投资补助的企业，应为在黄石市行政区域内注册、具有独立法人资格、年营业收入2000万元及以上的工业企业。
（二）申报小微工业企业技改补助的企业，应为在黄石市行政区域内注册的工业企业。
"""


@pytest.mark.parametrize("grant, facts, want", [
    ("设备投资补助", {"revenue": 35_000_000}, "possible"),  # the investment is no fact of the profile
    ("设备投资补助", {"revenue": 15_000_000}, "ineligible"),  # 年营业收入2000万元及以上: this grant's condition only
    ("小微工业企业技改补助", {"revenue": 15_000_000}, "possible"),
    ("小微工业企业技改补助", {"revenue": 35_000_000}, "ineligible"),
    ("设备投资补助", {"revenue": 35_000_000, "region": "湖北省鄂州市鄂城区"}, "ineligible"),
])
def test_conditions_keyed_to_the_grants_they_name(grant: str, facts: dict, want: str) -> None:
    """二、申报条件 / （一）申报设备投资补助的企业，应为…2000万元及以上…；（二）申报小微工业企业技改补助的企业，应为…: the
    conditions of each grant the text names bind that grant (read where the grant is), not one list of all — a small firm's
    grant does not ask 2000万元 of revenue."""
    doc = _doc(HUANGSHI, "湖北省黄石市/通知.txt")
    programme = next(p for p in doc["programmes"] if p["title"].endswith(f"（{grant}）"))
    at = HUANGSHI.index(f"（一）{grant}" if grant == "设备投资补助" else f"（二）{grant}")
    assert programme["span"][0] <= at < programme["span"][1]
    firm = {"kind": "enterprise", "region": "湖北省黄石市下陆区", "legal_person": True, "industrial": True, **facts}
    assert _status(doc, programme, date(2025, 6, 1), **firm) == want


DACHUAN = """达川区促进农民进城和新市民安居购房补贴实施方案

一、补贴期限
2025年3月1日至2025年12月31日。

二、补贴对象及标准
（一）新市民购房补贴。非达川区户籍、在我区就业的新市民，在补贴期限内于达川区购买新建商品住房的，每套给予8000元购房补贴。
（二）多孩家庭购房补贴。对生育二孩及以上的家庭，在补贴期限内于达川区行政区域内购买新建商品住房的，每套给予5000元补贴，不限户籍。
补贴标准汇总如下：
补贴类别　补贴对象　新建商品住房　二手住房
新市民　新市民　8000元/套　不予补贴
多孩家庭　二孩及以上家庭　5000元/套　不予补贴

三、不予补贴情形
有下列情形之一的，不予补贴：
（一）购房人被列入失信被执行人名单的。
"""


def test_a_summary_tables_cells_are_no_exclusions_nor_conditions() -> None:
    """补贴标准汇总如下： / 新市民　新市民　8000元/套　不予补贴 / …: the rows restate the grants — a cell's 不予补贴 excludes no one,
    and the rows ask nothing of the 多孩家庭 grant they sit under."""
    doc = _doc(DACHUAN, "四川省达州市达川区/方案.txt")
    assert not [e for p in doc["programmes"] for e in p["exclusions"] if "元/套" in e["text"]]
    family = next(p for p in doc["programmes"] if "多孩家庭" in p["title"])
    facts = {"kind": "individual", "region": "四川省达州市达川区", "children": 2, "new_home": True, "dishonest": False,
             "home_region": "四川省达州市达川区", "home_purchased": "2025-05-01"}
    assert _status(doc, family, date(2025, 6, 1), **facts) == "eligible"


@pytest.mark.parametrize("facts, want", [
    ({"talent_class": "C", "homes_owned": 0}, "eligible"),
    ({"talent_class": "C", "homes_owned": 1}, "ineligible"),
    ({"talent_class": "A", "homes_owned": 1}, "possible"),  # 对全职引进的A类人才，确有需要的可适当放宽: a person's judgement
])
def test_a_condition_eased_at_discretion_for_those_named(facts: dict, want: str) -> None:
    """2.本人及其配偶、未成年子女在本市无自有产权住房；对全职引进的A类人才，确有需要的可适当放宽。: the condition, or for A-class
    talents a person's judgement — not an A class asked of everyone."""
    doc = _doc("舟山市人才公寓配租申请指南\n\n一、人才公寓配租\n（一）申请对象。经认定的A、B、C类人才，可申请租住人才公寓。\n"
               "（二）申请条件\n1.与市区用人单位签订劳动合同；\n2.本人及其配偶、未成年子女在本市无自有产权住房；"
               "对全职引进的A类人才，确有需要的可适当放宽。\n（三）租金标准。人才公寓租金按市场租金的50%收取，每套每月最高补贴2000元。\n",
               "浙江省舟山市/指南.txt")
    programme = min(doc["programmes"], key=lambda p: p["span"][1] - p["span"][0])
    person = {"kind": "individual", "region": "浙江省舟山市定海区", "employed": True, **facts}
    assert _status(doc, programme, date(2025, 6, 1), **person) == want


@pytest.mark.parametrize("facts, want", [
    ({"new_home": True}, "eligible"),
    ({"new_home": False}, "eligible"),  # 进城农民购买二手住房的，补贴标准减半: paid less, not turned away
    ({"new_home": True, "homes_owned": 1}, "ineligible"),
])
def test_some_paid_less_are_admitted_by_the_case_they_name(facts: dict, want: str) -> None:
    """…购买新建商品住房，且属首次购房的，每套给予1万元购房补贴。进城农民购买二手住房的，补贴标准减半。: the second-hand home is
    a case of the grant (new_home true or false), and 补贴标准减半 halves the amount, no requirement (not an exemption)."""
    doc = _doc("达川区农民进城购房补贴实施方案\n\n一、补贴对象及标准\n（一）农民进城购房补贴。具有达川区户籍的农业户籍人员，"
               "在2025年3月1日至2025年12月31日期间于达川区行政区域内购买新建商品住房，且属首次购房的，每套给予1万元购房补贴。"
               "进城农民购买二手住房的，补贴标准减半。\n（二）多孩家庭购房补贴。对生育二孩及以上的家庭，在达川区购买新建商品住房的，"
               "每套给予5000元补贴。\n", "四川省达州市达川区/方案.txt")
    farmers = next(p for p in doc["programmes"] if "农民进城" in p["title"])
    assert not farmers["exemptions"]
    person = {"kind": "individual", "region": "四川省达州市达川区", "hukou": "四川省达州市达川区", "hukou_rural": True,
              "homes_owned": 0, "home_region": "四川省达州市达川区", "home_purchased": "2025-05-01", **facts}
    assert _status(doc, farmers, date(2025, 6, 1), **person) == want


YANDU = """盐都区青年人才生活补贴、安家补贴申领指南

一、申领条件
（一）生活补贴。同时符合下列条件的人员，可申领生活补贴：
1.具有全日制普通高校本科及以上学历，且毕业5年内；
2.2023年1月1日以后与注册地、税收关系均在盐都区的企业签订劳动合同；
3.由用人单位在盐都区连续缴纳社会保险满6个月。
以上人员户籍不限，是否首次就业不限。
（二）安家补贴。2024年1月1日以后新引进并将户籍迁入盐都区的全日制博士研究生，且在盐都区首次购买新建商品住房的，可申领安家补贴。安家补贴应自劳动合同签订之日起2年内提出申请。

二、补贴标准
博士研究生生活补贴每人每月3000元，安家补贴每人20万元。
"""


@pytest.mark.parametrize("grant, facts, want", [
    ("生活补贴", {"hired": "2023-08-01"}, "eligible"),  # the settling grant's 2024 hiring is not asked of the living one
    ("生活补贴", {"hired": "2022-08-01"}, "ineligible"),
    ("安家补贴", {"hired": "2023-08-01"}, "ineligible"),
])
def test_items_named_for_their_grants_are_a_programme_each(grant: str, facts: dict, want: str) -> None:
    """一、申领条件 / （一）生活补贴。同时符合下列条件的人员，可申领生活补贴：… / （二）安家补贴。…: each item the programme of the
    grant it is named for, not one list of both; 自劳动合同签订之日起2年内提出申请 counts from the contract, no purchase;
    是否首次就业不限 and 注册地、税收关系 ask nothing more."""
    doc = _doc(YANDU, "江苏省盐城市盐都区/指南.txt")
    programme = next(p for p in doc["programmes"] if p["title"].endswith(f"（{grant}）"))
    assert not any(c["test"] and c["test"]["fact"] == "years_since_purchase" for c in _conditions(programme["logic"]))
    person = {"kind": "individual", "region": "江苏省盐城市盐都区", "hukou": "江苏省盐城市盐都区", "education": "doctor",
              "full_time": True, "graduated": "2023-06-30", "employed": True, "employer_kind": "enterprise",
              "social_insurance_months": 24, "homes_owned": 0, "new_home": True, "home_region": "江苏省盐城市盐都区",
              "home_purchased": "2025-03-01", "dishonest": False, **facts}
    assert _status(doc, programme, date(2025, 9, 1), **person) == want


@pytest.mark.parametrize("text, fact, value", [
    ("毕业证书落款时间在申请之日前2年以内", "graduated_years", 2),  # counted back from the application
    ("未与任何用人单位建立劳动关系", "employed", False),
])
def test_graduation_counted_back_and_no_labour_relation(text: str, fact: str, value) -> None:
    doc = _doc(f"光山县高校毕业生灵活就业社会保险补贴申领指南\n\n一、申领条件\n同时符合下列条件的高校毕业生，可申领社会保险补贴：\n"
               f"（一）{text}；\n（二）具有全日制大专及以上学历。\n\n二、补贴标准\n每人每月补贴300元。\n", "河南省信阳市光山县/指南.txt")
    tests = [c["test"] for p in doc["programmes"] for c in _conditions(p["logic"]) if c["text"].startswith(text[:8])]
    assert [(t["fact"], t["value"]) for t in tests if t] == [(fact, value)] and None not in tests


LUQIAO = """路桥区新引进人才生活补贴申领指南

一、基本条件
申请人应当同时具备下列条件：
（一）2025年1月1日以后新引进到路桥区企业全职工作，并与用人单位签订劳动合同；
（二）由用人单位在路桥区连续缴纳社会保险满6个月；
（三）符合本指南第二项所列人才类别之一。

二、人才类别、条件及补贴标准
（一）青年博士。具有全日制博士研究生学历，年龄不超过45周岁，认定后给予每人每月3000元生活补贴。
（二）青年硕士。具有全日制硕士研究生学历，年龄不超过35周岁，认定后给予每人每月1500元生活补贴。

三、不予受理情形
有下列情形之一的，不予受理：
（一）申请人被列入失信被执行人名单的；
（二）自劳动合同签订之日起超过12个月未提出首次申请的。
"""
LUQIAO_TALENT = {"kind": "individual", "region": "浙江省台州市路桥区", "employed": True, "employer_kind": "enterprise",
                "social_insurance_months": 8, "full_time": True, "dishonest": False, "hired": "2025-06-01"}


@pytest.mark.parametrize("category, facts, want", [
    ("青年硕士", {"education": "master", "born": "1995-01-01"}, "eligible"),  # the master's own row, not the doctor's
    ("青年硕士", {"education": "master", "born": "1988-01-01"}, "ineligible"),  # 35 is that row's limit
    ("青年博士", {"education": "doctor", "born": "1985-01-01"}, "eligible"),  # 45 is the doctor's
    ("青年博士", {"education": "master", "born": "1995-01-01"}, "ineligible"),
    ("青年硕士", {"education": "master", "born": "1995-01-01", "hired": "2025-01-10"}, "ineligible"),  # applied too late
    ("青年硕士", {"education": "master", "born": "1995-01-01", "social_insurance_months": 3}, "ineligible"),  # the base
])
def test_categories_a_base_list_refers_to_are_a_programme_each(category: str, facts: dict, want: str) -> None:
    """一、基本条件 …（三）符合本指南第二项所列人才类别之一 / 二、人才类别、条件及补贴标准 （一）青年博士。…: each category a programme
    of the base conditions and its own, the reference met by being that category; 自劳动合同签订之日起超过12个月未提出首次申请的
    counts from the contract to the judging day (``years_since_hire``)."""
    doc = _doc(LUQIAO, "浙江省台州市路桥区/指南.txt")
    programme = next(p for p in doc["programmes"] if p["title"].endswith(f"（{category}）"))
    assert not any("所列人才类别之一" in c["text"] for c in _conditions(programme["logic"]))
    assert _status(doc, programme, date(2026, 2, 1), **{**LUQIAO_TALENT, **facts}) == want


HUNNAN = """浑南区高校毕业生生活补贴和租房补贴申领指南

一、补贴对象
（一）生活补贴对象
同时符合以下条件的高校毕业生，可申领生活补贴：
1.毕业3年内的全日制普通高校本科及以上学历毕业生；
2.在浑南区企业就业，并在浑南区连续缴纳社会保险满6个月。
（二）租房补贴对象
符合生活补贴申领条件，且在浑南区租房居住的高校毕业生，可同时申领租房补贴。

二、补贴标准
（一）生活补贴。本科毕业生每人每月500元。
（二）租房补贴。每人每月600元。
"""
RENTER = {"kind": "individual", "region": "辽宁省沈阳市浑南区", "education": "bachelor", "full_time": True,
          "graduated": "2025-06-30", "employed": True, "employer_kind": "enterprise", "social_insurance_months": 7}


@pytest.mark.parametrize("grant, facts, want", [
    ("生活补贴", {}, "eligible"),  # renting is the rent subsidy's condition, not the living one's
    ("租房补贴", {}, "possible"),  # where the graduate lives, a person says
    ("租房补贴", {"graduated": "2021-06-30"}, "ineligible"),  # the living subsidy's conditions are the rent one's too
])
def test_a_grants_targets_heading_names_it_and_its_conditions_bind_another(grant: str, facts: dict, want: str) -> None:
    """（一）生活补贴对象 / （二）租房补贴对象 符合生活补贴申领条件，且…: each heading names the grant its items are for; the
    other grant's conditions are met as that grant's logic, not a phrase a person weighs."""
    doc = _doc(HUNNAN, "辽宁省沈阳市浑南区/指南.txt")
    programme = next(p for p in doc["programmes"] if p["title"].endswith(f"（{grant}）"))
    assert _status(doc, programme, date(2026, 2, 1), **{**RENTER, **facts}) == want


JIANGMEN_SETTLE = """江海区人才入户办事指南

一、适用范围
本指南适用于在江海区就业的人才申请将户口迁入本区。

二、申办条件
（一）技能人才入户条件
申请人须在本区用人单位就业，取得高级工以上职业资格证书，年龄在40周岁以下。
（二）留学人员入户条件
在国（境）外高等院校取得硕士及以上学位的留学回国人员，年龄不超过45周岁。
"""


@pytest.mark.parametrize("route, facts, want", [
    ("技能人才入户", {"titles": ["高级工"], "born": "1990-01-01"}, "eligible"),  # no degree abroad asked of a skilled worker
    ("技能人才入户", {"titles": ["中级工"], "born": "1990-01-01"}, "ineligible"),
    ("留学人员入户", {"titles": ["高级工"], "born": "1990-01-01"}, "possible"),  # abroad or not, a person says
])
def test_each_way_to_settle_is_a_programme_with_the_scope_beside(route: str, facts: dict, want: str) -> None:
    """二、申办条件 / （一）技能人才入户条件 / （二）留学人员入户条件 beside 一、适用范围: each heading names a way to settle, a
    programme of its own that the scope binds too — not one list of both ways."""
    doc = _doc(JIANGMEN_SETTLE, "广东省江门市江海区/指南.txt")
    programme = next(p for p in doc["programmes"] if p["title"].endswith(f"（{route}）"))
    person = {"kind": "individual", "region": "广东省江门市江海区", "employed": True, "education": "master", **facts}
    assert _status(doc, programme, date(2026, 2, 1), **person) == want


TINGHU_LIVING = """亭湖区青年人才生活补贴申领指南

一、申领条件
同时符合下列条件的人员，可申领生活补贴：
1.2024年1月1日以后新引进并将户籍迁入亭湖区的全日制硕士研究生；
2.由用人单位在亭湖区连续缴纳社会保险满6个月。

二、补贴标准
硕士研究生每人每月1500元。

三、常见问题
问：更换用人单位的，能否继续领取？
答：可以。补贴期限连续计算；社会保险中断的月份不予发放。
"""


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),  # the unpaid months are a rule of paying, the hiring day and the 户籍 are read
    ({"hukou": "江苏省盐城市盐都区"}, "ineligible"),
    ({"hired": "2023-12-31"}, "ineligible"),
])
def test_unpaid_months_exclude_no_one_and_a_hukou_moved_in_is_read(facts: dict, want: str) -> None:
    """社会保险中断的月份不予发放: which months are paid, not who is excluded; 2024年1月1日以后新引进并将户籍迁入亭湖区的: the
    hiring day and the 户籍, no words left for a person."""
    doc = _doc(TINGHU_LIVING, "江苏省盐城市亭湖区/指南.txt")
    programme = _only(doc)
    assert not programme["exclusions"]
    person = {"kind": "individual", "region": "江苏省盐城市亭湖区", "hukou": "江苏省盐城市亭湖区", "education": "master",
              "full_time": True, "hired": "2024-03-01", "social_insurance_months": 9, "employed": True, **facts}
    assert _status(doc, programme, date(2025, 6, 1), **person) == want


CHAOZHOU_RENT = """潮州市人才安居租赁补贴办法

第三条　本办法所称人才，是指按照《潮州市人才分类认定目录》认定的A、B、C、D、E类人才，以及全日制普通高校本科毕业生。

第五条　申请租赁补贴应同时具备以下条件：
（一）与本市用人单位签订劳动合同，且在本市连续缴纳社会保险满3个月以上；
（二）本人、配偶及未成年子女在本市无自有住房（A类、B类人才不受本项限制）；
（三）本科毕业生申请时未满35周岁，且毕业5年内。

第六条　租赁补贴按人才类别分档发放：A类人才每人每月5000元，E类人才每人每月1000元，全日制本科毕业生每人每月600元。

第七条　有下列情形之一的，不予发放租赁补贴：
（一）劳动（聘用）合同解除或终止的；
（二）C类、D类、E类人才及本科毕业生在本市购买住房的；
（三）被列入失信被执行人名单的。
"""
CHAOZHOU_TALENT = {"kind": "individual", "region": "广东省潮州市湘桥区", "employed": True, "social_insurance_months": 12,
                   "dishonest": False, "born": "1990-01-01", "full_time": True}


@pytest.mark.parametrize("facts, want", [
    ({"talent_class": "E", "education": "master", "homes_owned": 0}, "possible"),  # 购买住房 of an E: a person says
    ({"talent_class": "A", "education": "doctor", "homes_owned": 1}, "eligible"),  # A is spared the home, not the rest
    ({"talent_class": "E", "education": "master", "homes_owned": 1}, "ineligible"),  # E is not
    ({"education": "bachelor", "homes_owned": 0, "graduated": "2023-06-30"}, "ineligible"),  # the graduate's own age
    ({"talent_class": "A", "education": "doctor", "homes_owned": 1, "employed": False}, "ineligible"),  # contract ended
])
def test_what_one_group_must_be_and_an_exclusion_of_whom_it_names(facts: dict, want: str) -> None:
    """（三）本科毕业生申请时未满35周岁…: asked of those graduates only (``education not in``); …无自有住房（A类、B类人才不受本项限制）:
    the condition or those classes — never dropped; C类…及本科毕业生在本市购买住房的: whom it names and an act no test of it
    reads, at a person's judgement; 劳动（聘用）合同解除或终止的: no job."""
    doc = _doc(CHAOZHOU_RENT, "广东省潮州市/办法.txt")
    programme = next(p for p in doc["programmes"] if p["node"].endswith("art_5"))
    assert _status(doc, programme, date(2026, 2, 1), **{**CHAOZHOU_TALENT, **facts}) == want


EZHOU_CLASSES = """鄂州市人才分类购房补贴实施细则

第一条　本细则所称人才购房补贴，是指对经认定的各类人才在市城区购买新建商品住房给予的一次性货币补贴。

第二条　人才类别按照《鄂州市人才分类认定目录》确定，分为A、B、C三类；全日制普通高校本科毕业生参照本细则享受购房补贴。各类人才补贴标准及年龄要求见下表：
人才类别	补贴标准	年龄要求
A类人才（顶尖人才）	50万元	年龄不限
B类人才（领军人才）	20万元	55周岁以下
C类人才（博士研究生、正高级职称人才）	10万元	45周岁以下
全日制普通高校本科毕业生	2万元	35周岁以下（含），且毕业5年内

第三条　申请人应同时符合下列条件：
（一）2025年1月1日以后在市城区购买新建商品住房，网签时间应在引进之日起3年内；
（二）B类、C类人才及本科毕业生须为首次购房，即本人、配偶及未成年子女在本市无自有产权住房。

第四条　A类人才在本市已有一套住房，再购买第二套新建商品住房的，可以申请，补贴标准减半；已有两套及以上住房的，不再给予补贴。补贴分两年拨付；拨付期间人才调离本市的，停止拨付剩余资金。

第五条　有下列情形之一的，不予补贴：
（一）申请人被列入失信被执行人名单的；
（二）在党政机关工作的人员（A类人才除外）。

第六条　本细则所称“市城区”，是指鄂城区、华容区和梁子湖区·葛店开发区管辖范围，不含下辖乡镇以外的县市。
"""
EZHOU_PERSON = {"kind": "individual", "region": "湖北省鄂州市鄂城区", "home_region": "湖北省鄂州市华容区", "new_home": True,
                "home_purchased": "2025-06-01", "hired": "2024-03-01", "homes_owned": 0, "dishonest": False,
                "employed": True, "employer_kind": "enterprise"}


@pytest.mark.parametrize("facts, want", [
    ({"talent_class": "B", "born": "1975-01-01"}, "eligible"),  # 50: the B row's 55, not the bachelor's 35
    ({"talent_class": "C", "born": "1975-01-01"}, "ineligible"),  # 50 > the C row's 45
    ({"talent_class": "A", "born": "1960-01-01", "homes_owned": 1, "education": "doctor"}, "eligible"),  # a second home, A
    ({"talent_class": "A", "born": "1960-01-01", "homes_owned": 1}, "possible"),  # …unless A is also a 本科毕业生
    ({"talent_class": "B", "born": "1980-01-01", "homes_owned": 1}, "ineligible"),  # B must buy a first home
    ({"talent_class": "A", "born": "1960-01-01", "homes_owned": 2}, "ineligible"),  # 不再给予补贴
    ({"talent_class": "A", "born": "1960-01-01", "employer_kind": "government"}, "eligible"),  # （A类人才除外）
    ({"talent_class": "B", "born": "1980-01-01", "employer_kind": "government"}, "ineligible"),
    ({"talent_class": "B", "born": "1980-01-01", "hired": "2021-03-01"}, "ineligible"),  # bought over 3 years after hire
    ({"talent_class": "B", "born": "1980-01-01", "home_region": "湖北省鄂州市梁子湖区"}, "eligible"),  # 梁子湖区·葛店开发区
])
def test_a_table_of_classes_and_what_a_class_is_let_in_or_spared(facts: dict, want: str) -> None:
    """A table flattened into tab-separated lines: one row is the applicant's (its class and its age); B类、C类人才及本科毕业生
    须为首次购房: of those only; …的，可以申请，补贴标准减半: a case let in, no condition; 不再给予补贴: an exclusion; （A类人才
    除外）: whom the exclusion spares; 网签时间应在引进之日起3年内; 本细则所称“市城区”，是指…·…管辖范围: the districts; how the
    classes are set (按照《…》确定, 分为…三类, 见下表), what the grant is (本细则所称人才购房补贴，是指…) and 停止拨付 ask nothing."""
    doc = _doc(EZHOU_CLASSES, "湖北省鄂州市/细则.txt")
    programme = max(doc["programmes"], key=lambda p: p["span"][1] - p["span"][0])
    assert _status(doc, programme, date(2025, 9, 1), **{**EZHOU_PERSON, **facts}) == want


ZHANGJIAGANG_ZONE = """关于组织申报2025年度张家港经济技术开发区科技型企业奖励的通知

一、申报主体基本条件
申报企业应在张家港经济技术开发区范围内依法注册登记，具有独立法人资格。

二、奖励项目及标准
对当年度取得入库登记编号的国家科技型中小企业，同时满足以下条件的，给予奖励：
1.职工总数不超过500人；
2.上年度研发费用占销售收入比例不低于3%。
奖励标准：研发费用占比达到6%（含）以上的，奖励3万元；研发费用占比3%（含）至6%的，奖励1万元。

三、不予奖励情形
有下列情形之一的，不予奖励：
（一）注册地已迁出开发区的；
（二）营业执照登记日期晚于2024年12月31日的。
同一企业同时符合多项奖励条件的，按就高原则给予奖励，不重复享受。
"""
ZHANGJIAGANG_FIRM = {"kind": "enterprise", "region": "江苏省苏州市张家港市杨舍镇", "legal_person": True, "titles": ["科技型中小企业"],
               "employees": 120, "rd_ratio": 6.5, "founded": "2018-05-10", "dishonest": False}


@pytest.mark.parametrize("facts, want", [
    ({}, "possible"),  # whether 杨舍镇 is in the zone, a person says — the zone's name is no title the firm lacks
    ({"founded": "2025-02-01"}, "ineligible"),  # registered after the day
    ({"rd_ratio": 2.5}, "ineligible"),
])
def test_a_zone_by_its_name_is_a_place_and_the_exclusions_of_a_zone_notice(facts: dict, want: str) -> None:
    """在张家港经济技术开发区范围内依法注册登记: the zone, no title 经济技术开发区 held; 迁出开发区: the text's zone, unknown for a
    district, never true for every place; 营业执照登记日期晚于…的: founded after that day; 按就高原则…不重复享受: which grant, no
    exclusion; 奖励标准：…的，奖励3万元；…的，奖励1万元: the rows paid, one of them."""
    doc = _doc(ZHANGJIAGANG_ZONE, "江苏省苏州市张家港市/通知.txt")
    programme = next(p for p in doc["programmes"] if "科技型" in p["title"] or p["node"].startswith("item_2"))
    tests = [c["test"] for c in _conditions(programme["logic"]) if c["test"]]
    assert not any(t["fact"] == "titles" and "经济技术开发区" in t["value"] for t in tests)
    assert not any("就高原则" in e["text"] for e in programme["exclusions"])
    assert _status(doc, programme, date(2025, 7, 15), **{**ZHANGJIAGANG_FIRM, **facts}) == want


SIMING_RENT = """思明区高校毕业生租房补贴申领公告

一、租房补贴
（一）补贴对象。在思明区注册登记的企业新招用的高校毕业生，与用人单位签订劳动合同时距其毕业时间不超过3年（以毕业证书落款日期至首次签订劳动合同之日计算，超过3年的不予受理），且申领时在我区连续参加社会保险3个月以上的，可申领租房补贴。其中，本科、大专层次须为全日制普通高校毕业生；硕士研究生及以上学历不限学习形式。
（二）补贴标准。博士研究生每人每月1500元，硕士研究生每人每月1000元，全日制本科每人每月600元。非全日制本科、大专学历人员不纳入补贴范围。
（三）不予发放情形。有下列情形之一的，不予发放租房补贴：
1.在党政机关工作的人员（A类人才除外）；
2.被列入失信被执行人名单的。
"""
SIMING_GRADUATE = {"kind": "individual", "region": "福建省厦门市思明区", "employed": True, "employer_kind": "enterprise",
                   "education": "master", "full_time": False, "graduated": "2023-06-30", "hired": "2024-07-01",
                   "social_insurance_months": 12, "dishonest": False, "talent_class": "E"}


@pytest.mark.parametrize("facts, want", [
    ({}, "eligible"),  # a part-time master: 本科、大专 must be full-time, not a master; the exclusion spares him
    ({"education": "bachelor"}, "ineligible"),  # a part-time bachelor
    ({"hired": "2026-08-01", "social_insurance_months": 4}, "ineligible"),  # hired over 3 years after graduating
    ({"social_insurance_months": 2}, "ineligible"),  # the sentence with a bracketed 不予受理 still binds
    ({"employer_kind": "government"}, "ineligible"),  # an E-class civil servant is not spared
    ({"employer_kind": "government", "talent_class": "A"}, "eligible"),
])
def test_a_bracketed_refusal_binds_its_sentence_and_an_exclusion_spares_only_itself(facts: dict, want: str) -> None:
    """（…，超过3年的不予受理）inside a condition: the sentence still binds; 签订劳动合同时距其毕业时间不超过3年:
    graduated_years_at_hire; 其中，本科、大专层次须为全日制…；硕士研究生及以上学历不限学习形式: of those degrees only;
    非全日制本科、大专学历人员不纳入补贴范围 and （A类人才除外）: whom an exclusion spares, for that exclusion only."""
    doc = _doc(SIMING_RENT, "福建省厦门市思明区/公告.txt")
    programme = max(doc["programmes"], key=lambda p: p["span"][1] - p["span"][0])
    assert {e["effect"] for e in programme["exemptions"]} <= {"spare"}
    assert _status(doc, programme, date(2026, 12, 1), **{**SIMING_GRADUATE, **facts}) == want


def test_a_date_in_an_example_is_no_deadline() -> None:
    """每季度首月1日至20日受理上一季度申请（如2025年第二季度受理时间为4月1日至4月20日）: the example's days close nothing —
    a graduate judged in August is not told the window passed."""
    doc = _doc("固安县一次性就业补贴申领指南\n\n一、申领条件\n同时符合下列条件的高校毕业生，可申领一次性就业补贴：\n"
               "1.离校2年内；\n2.在本县小微企业就业并连续缴纳社会保险满6个月。\n\n二、补贴标准\n每人2000元。\n\n"
               "三、申领时间\n按季度申领，每季度首月1日至20日受理上一季度申请（如2025年第二季度受理时间为4月1日至4月20日）。\n",
               "河北省廊坊市固安县/指南.txt")
    programme = _only(doc)
    person = {"kind": "individual", "region": "河北省廊坊市固安县", "education": "bachelor", "graduated": "2024-06-30",
              "employed": True, "social_insurance_months": 8}
    assert _status(doc, programme, date(2025, 8, 5), **person) != "ineligible"
    assert programme["deadline"] is None


@pytest.mark.parametrize("education, born, want", [
    ("doctor", "1986-01-01", "eligible"),  # 39: the doctor's 40
    ("master", "1986-01-01", "ineligible"),  # 39 > the master's 35
    ("bachelor", "1992-01-01", "eligible"),  # 33: the bachelor's 35, with the master's
    ("doctor", "1984-01-01", "ineligible"),
])
def test_two_degrees_share_one_age_row(education: str, born: str, want: str) -> None:
    """博士研究生年龄不超过40周岁（含），硕士研究生及全日制本科毕业生年龄不超过35周岁（含）: rows by degree, the second for
    either degree it names — not both limits on everyone."""
    doc = _doc("湖里区高校毕业生生活补贴申领指南\n\n一、申领条件\n同时满足以下条件的高校毕业生可申领生活补贴：\n"
               "1.博士研究生年龄不超过40周岁（含），硕士研究生及全日制本科毕业生年龄不超过35周岁（含），年龄计算至申领之日；\n"
               "2.在湖里区连续缴纳社会保险满6个月。\n\n二、补贴标准\n每人一次性发放1万元。\n", "福建省厦门市湖里区/指南.txt")
    person = {"kind": "individual", "region": "福建省厦门市湖里区", "education": education, "full_time": True,
              "born": born, "social_insurance_months": 9}
    assert _status(doc, _only(doc), date(2025, 6, 1), **person) == want


@pytest.mark.parametrize("facts, want", [
    ({"hukou": "江西省赣州市安远县", "hukou_rural": True}, "eligible"),  # a rural 户籍 of the county's towns; a bachelor
    ({"hukou": "江西省赣州市赣县区", "hukou_rural": True}, "ineligible"),  # another county's
])
def test_a_raise_for_some_is_no_bar_and_the_countys_towns_are_the_county(facts: dict, want: str) -> None:
    """新市民…：户籍在本县各乡镇（场）的农业户籍人员 / 按购房合同总价款的1%给予补贴；其中购房人为全日制硕士研究生及以上学历的，补贴比例
    提高至2%: the raise is more for some, not a condition of all."""
    doc = _doc("安远县新市民购房补贴通知\n\n一、新市民购房补贴\n（一）本通知所称新市民，是指户籍在本县各乡镇（场）的农业户籍人员。"
               "以上人员须为首次购买住房。\n（二）补贴标准。按购房合同总价款的1%给予补贴，最高不超过1万元；其中购房人为全日制硕士研究生及以上"
               "学历的，补贴比例提高至购房合同总价款的2%，最高不超过2万元。\n", "江西省赣州市安远县/通知.txt")
    programme = max(doc["programmes"], key=lambda p: p["span"][1] - p["span"][0])
    person = {"kind": "individual", "region": "江西省赣州市安远县", "education": "bachelor", "homes_owned": 0, **facts}
    assert _status(doc, programme, date(2025, 6, 1), **person) == want


XINZHOU_HOMES = """信州区鼓励购买新建商品住房补贴实施细则

一、适用范围
本细则适用于2025年3月1日至2025年12月31日期间在信州区行政区域内购买新建商品住房的购房人。购房人为多人共有的，按一套住房享受一次补贴，补贴资金发放至合同约定的第一购房人。

二、补贴对象
（一）首套住房购房人。购房人在我区无登记在名下的住房，包括已网签备案尚未办理不动产权证书的住房，首次购买新建商品住房的，按首套住房标准给予补贴。
（二）改善型住房购房人。购房人在我区已有1套自有产权住房，再次购买新建商品住房，且属于下列情形之一的，按改善型住房标准给予补贴：
1.多子女家庭。购房人家庭生育二孩及以上子女的；
2.人才家庭。购房人具有全日制大学本科及以上学历的。

三、补贴标准
补贴类别　补贴对象　补贴标准
首套住房补贴　首次购房家庭　按购房合同总价款的1.5%给予补贴
改善型住房补贴　多子女家庭、人才家庭　按购房合同总价款的1%给予补贴
"""
XINZHOU_BUYER = {"kind": "individual", "region": "江西省上饶市信州区", "home_region": "江西省上饶市信州区", "new_home": True,
                 "home_purchased": "2025-05-10"}


@pytest.mark.parametrize("standard, facts, want", [
    ("首套住房", {"homes_owned": 0}, "eligible"),  # 多人共有, 补贴资金发放至…, 包括…的住房 ask nothing
    ("首套住房", {"homes_owned": 1, "children": 2}, "ineligible"),  # the first-home standard is the first home's
    ("改善型住房", {"homes_owned": 1, "children": 2}, "eligible"),
    ("改善型住房", {"homes_owned": 0, "children": 2}, "ineligible"),  # 已有1套: the lead before 且属于下列情形之一
    ("改善型住房", {"homes_owned": 1, "children": 1, "education": "secondary"}, "ineligible"),
])
def test_groups_paid_by_their_own_standard_are_a_programme_each(standard: str, facts: dict, want: str) -> None:
    """（一）首套住房购房人。…按首套住房标准给予补贴 / （二）改善型住房购房人。…已有1套…，且属于下列情形之一的，按改善型住房标准…:
    each group the programme of its standard; a table's header (补贴类别　补贴对象　补贴标准) opens no block."""
    doc = _doc(XINZHOU_HOMES, "江西省上饶市信州区/细则.txt")
    programme = next(p for p in doc["programmes"] if p["title"].endswith(f"（{standard}）"))
    assert _status(doc, programme, date(2025, 6, 1), **{**XINZHOU_BUYER, **facts}) == want


def test_on_whose_findings_the_exclusions_hold_is_no_exclusion() -> None:
    """以上情形以区人力资源和社会保障局会同有关部门联合核查结果为准: whose check decides, no case of its own."""
    doc = _doc("历下区生活补贴申领指南\n\n一、申领条件\n同时符合下列条件的高校毕业生，可申领生活补贴：\n1.毕业5年内；\n"
               "2.在历下区连续缴纳社会保险满6个月。\n\n二、不予补贴情形\n有下列情形之一的，不予补贴：\n（一）被列入失信联合惩戒对象名单的。\n"
               "以上情形以区人力资源和社会保障局会同有关部门联合核查结果为准。\n\n三、补贴标准\n每人每月800元。\n", "山东省济南市历下区/指南.txt")
    programme = _only(doc)
    assert [e["text"] for e in programme["exclusions"] if "为准" in e["text"]] == []
    person = {"kind": "individual", "region": "山东省济南市历下区", "education": "bachelor", "graduated": "2024-06-30",
              "social_insurance_months": 8, "dishonest": False}
    assert _status(doc, programme, date(2025, 6, 1), **person) == "eligible"


@pytest.mark.parametrize("education, born, want", [
    ("master", "1991-01-01", "eligible"),
    ("master", "1989-12-31", "ineligible"),  # a master born before the day
    ("doctor", "1983-08-01", "possible"),  # 42: the doctor's 40 at discretion, and no birth day asked of him
])
def test_a_birth_day_asked_of_some_degrees_only(education: str, born: str, want: str) -> None:
    """本科、硕士研究生为1990年1月1日（含）以后出生；博士研究生年龄原则上不超过40周岁: each of its own degrees."""
    doc = _doc("槐荫区生活补贴申领指南\n\n一、申领条件\n同时符合下列条件的高校毕业生，可申领生活补贴：\n"
               "1.本科、硕士研究生为1990年1月1日（含）以后出生；博士研究生年龄原则上不超过40周岁，特别优秀的可适当放宽；\n"
               "2.在槐荫区连续缴纳社会保险满6个月。\n\n二、补贴标准\n每人每月800元。\n", "山东省济南市槐荫区/指南.txt")
    person = {"kind": "individual", "region": "山东省济南市槐荫区", "education": education, "born": born,
              "social_insurance_months": 8}
    assert _status(doc, _only(doc), date(2025, 6, 1), **person) == want


NINGDU_GROUPS = """宁都县农民进城和新市民购房补贴通知

一、补贴对象
（一）进城农民。具有本县农业户籍的居民，本人及其配偶在本县名下无房，在本县购买新建商品住房的。
（二）新市民。具有外县（市、区）户籍，在我县就业并连续缴纳社会保险满6个月的，在本县购买新建商品住房，且所购住房为其家庭在我县唯一住房的。

二、补贴标准
（一）购买新建商品住房。进城农民按每平方米200元给予补贴，单套最高不超过2.4万元；新市民每套给予1.5万元一次性补贴。
（二）购买二手住房。进城农民购买二手住房的，按每套8000元给予补贴。
"""


@pytest.mark.parametrize("facts, want", [
    ({"hukou": "江西省赣州市兴国县", "hukou_rural": False, "social_insurance_months": 7, "employed": True}, "eligible"),
    ({"hukou": "江西省赣州市兴国县", "hukou_rural": False, "social_insurance_months": 3, "employed": True}, "ineligible"),
])
def test_a_grant_row_that_names_a_group_is_bound_by_that_group(facts: dict, want: str) -> None:
    """二、补贴对象 （一）进城农民。… （二）新市民。… / …进城农民按每平方米200元给予补贴；新市民每套给予1.5万元: the 新市民 row is
    bound by the 新市民 group only — never by the farmers' rural 户籍 — and 市民 is a person."""
    doc = _doc(NINGDU_GROUPS, "江西省赣州市宁都县/通知.txt")
    programme = next(p for p in doc["programmes"] if p["title"].startswith("新市民"))
    person = {"kind": "individual", "region": "江西省赣州市宁都县", "home_region": "江西省赣州市宁都县", "new_home": True,
              "homes_owned": 0, **facts}
    assert _status(doc, programme, date(2025, 8, 1), **person) == want

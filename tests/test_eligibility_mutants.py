"""Tests from mutation testing of the eligibility code: places (inside, resolve, components,
territory), match (the judge's three-valued logic, tiers, branches, exemptions, comparisons and the
profile checks) and conditions (read_segment, groups, left-over words, age tiers, degrees, homes,
children, places and purchase dates).  Each test pins what a user relies on, on real-looking text."""
from __future__ import annotations

from datetime import date

import pytest

from polc import conditions as C
from polc import places as P
from polc.match import ProfileError, judge, profile_from
from programmes import status, all_tests

# --- places: is an applicant's place inside the one a condition wants? -----------------------------

GUANGZHOU_TIANHE = [("广州市", "city"), ("天河区", "county")]


@pytest.mark.parametrize("place, wanted, above, expected", [
    ("湖北省枣阳市", "襄阳市", [], True),  # a county-level city counts for its city (the divisions table)
    ("枣阳市", "襄阳市", [], True),
    ("湖北省枣阳市", "十堰市", [], False),  # a city elsewhere in the same province
    ("江苏省南京市江宁区", "南京市", [], True),
    ("江苏省南京市江宁区", "江苏省", [], True),
    ("江苏省", "南京市", [], None),  # the profile is less precise than the condition: cannot tell
    ("湖北省", "襄阳市", [], None),
    ("湖北省襄阳市", "枣阳市", [], None),
    ("江苏省", "江宁区", [], None),
    ("江苏省苏州市", "南京市", [], False),
    ("江苏省苏州市", "江宁区", [], False),  # the county's city (南京市) differs from the place's
    ("浙江省", "江宁区", [], False),  # the county's province differs
    ("湖南省", "枣阳市", [], False),
    ("湖北省十堰市", "枣阳市", [], False),
    ("江苏省", "江苏省", [], True),
    ("湖北省", "江苏省", [], False),
    ("浙江", "江苏省", [], False),  # a bare province name is a province
    ("广州", "广州市", [], True),
    ("上海市", "上海市", [], True),
    ("上海市浦东新区", "上海市", [], True),
    ("北京市朝阳区", "上海市", [], False),
    ("北京市朝阳区", "北京市", [], True),  # 朝阳区 is ambiguous (北京, 长春) but its city is named
    ("黑龙江省", "呼伦贝尔市", [], False),
    ("内蒙古自治区", "呼伦贝尔市", [], None),
    ("呼伦贝尔市", "内蒙古自治区", [], True),
    # a name shared by divisions of different levels: the suffix says which one (资阳市 in 四川, 资阳区 in 益阳)
    ("资阳区", "益阳市", [], True),
    ("资阳市", "四川省", [], True),
    ("海南区", "乌海市", [], True),  # not 海南省
    ("江苏省苏州市吴中区", "鼓楼区", [], False),  # 鼓楼区 is ambiguous, but a district elsewhere is not it
    ("张江", "南京市", [], None),  # a name the table does not know says nothing
    # the document's own territory names the parents of a district it wants (广州市天河区…的公告: 天河区)
    ("广东省广州市海珠区", "天河区", GUANGZHOU_TIANHE[:1], False),
    ("江苏省苏州市", "天河区", GUANGZHOU_TIANHE[:1], False),
    ("江苏省", "天河区", GUANGZHOU_TIANHE[:1], False),
    ("广东省广州市", "天河区", GUANGZHOU_TIANHE[:1], None),
    ("广东省广州市天河区", "天河区", GUANGZHOU_TIANHE[:1], True),
])
def test_inside_answers_true_false_or_cannot_tell(place, wanted, above, expected) -> None:
    assert P.inside(place, wanted, above) is expected


def test_a_place_of_unknown_district_still_counts_for_its_city_and_province() -> None:
    # 江北新区 is not a county of the divisions table: its city, named before it, still places it
    assert P.inside("南京市江北新区", "江苏省") is True
    assert P.inside("南京市江北新区", "浙江省") is False


@pytest.mark.parametrize("place, chain", [
    ("江苏省南京市江宁区", [("江苏省", "province"), ("南京市", "city"), ("江宁区", "county")]),
    ("浙江省嘉兴市海宁市", [("浙江省", "province"), ("嘉兴市", "city"), ("海宁市", "county")]),  # a second 市
    ("上海市浦东新区", [("上海市", "province"), ("上海市", "city"), ("浦东新区", "county")]),
    ("北京市", [("北京市", "province"), ("北京市", "city")]),  # a municipality is a province and a city
    ("宁夏回族自治区银川市", [("宁夏回族自治区", "province"), ("银川市", "city")]),
    ("湖北省恩施土家族苗族自治州恩施市", [("湖北省", "province"), ("恩施土家族苗族自治州", "city"), ("恩施市", "county")]),
    ("浦东", [("浦东", None)]),  # a bare name is one component of unknown level
    ("", []),
])
def test_components_of_a_place(place, chain) -> None:
    assert P.components(place) == chain


@pytest.mark.parametrize("names, chain", [
    (["南京市人民政府"], [("南京市", "city")]),
    (["广州市天河区住房建设和园林局"], [("广州市", "city"), ("天河区", "county")]),
    (["关于印发南京市人才安居办法的通知"], [("南京市", "city")]),
    (["国务院办公厅", "江苏省科学技术厅"], [("江苏省", "province")]),  # the first name that has a place
    (["本市人才工作领导小组办公室"], []),
    (["引发北京市科委"], [("北京市", "province"), ("北京市", "city")]),
    (["新疆维吾尔自治区人民政府"], [("新疆维吾尔自治区", "province")]),  # a long name is a place
    (["苏州市关于支持工业园区高质量发展的若干政策"], [("苏州市", "city")]),  # 关于… starts the title
])
def test_territory_of_an_issuer_or_title(names, chain) -> None:
    assert P.territory(names) == chain


@pytest.mark.parametrize("word, chain, expected", [
    ("本市", GUANGZHOU_TIANHE, "广州市"),
    ("我区", GUANGZHOU_TIANHE, "天河区"),
    ("辖区", GUANGZHOU_TIANHE, "天河区"),
    ("我省", GUANGZHOU_TIANHE, "广东省"),  # from the divisions table
    ("穗", GUANGZHOU_TIANHE, "广州市"),
    ("江宁区", GUANGZHOU_TIANHE, "江宁区"),  # a named place is itself
    ("本地", GUANGZHOU_TIANHE, None),
    ("本市", [("江苏省", "province"), ("南京市", "city")], "南京市"),  # not the province before it
    ("我省", [("江苏省", "province"), ("南京市", "city")], "江苏省"),
    ("我省", [("南京市", "city")], "江苏省"),
    ("我区", [("南京市", "city")], None),  # a city's text has no district to mean
    ("本市", [("天河区", "county")], "广州市"),  # 本市 in a district's text: its city
    ("我省", [("天河区", "county")], "广东省"),
    ("我省", [("吉林市", "city")], "吉林"),  # 吉林市's text: the province its name starts with
    ("本市", [("朝阳区", "county")], None),  # ambiguous district: its city is unknown
    ("我省", [("朝阳区", "county")], None),
    ("我区", [("上海市", "province"), ("上海市", "city"), ("浦东新区", "county")], "浦东新区"),
    ("本市", [("上海市", "province"), ("上海市", "city")], "上海市"),
    ("本市", [], None),
    ("我省", [], None),
])
def test_resolve_a_place_word_in_the_documents_territory(word, chain, expected) -> None:
    assert P.resolve(word, chain) == expected


def test_base_level_trim_and_ancestors() -> None:
    assert P.base("南京市") == "南京" and P.base("宁夏回族自治区") == "宁夏回族" and P.base("北京") == "北京"
    assert P.base("沙市") == "沙市"  # a one-character name keeps its suffix
    assert P.base("浦东新区") == "浦东" and P.level("锡林郭勒盟") == "city" and P.level("浦东") is None
    assert P.trim("引发北京市") == "北京市" and P.trim("经浙江省") == "浙江省" and P.trim("浙江省") == "浙江省"
    assert P.trim("关于江苏省") == "江苏省"
    assert P.ancestors("天河区", GUANGZHOU_TIANHE) == [("广州市", "city")]
    assert P.ancestors("海珠区", GUANGZHOU_TIANHE) == []


# --- match: the judge's three-valued logic ---------------------------------------------------------

ON = date(2026, 1, 1)


def _cond(fact, op, value, text="", **more) -> dict:
    test = {"fact": fact, "op": op, "value": value, "clause": None, "years": None, **more}
    return {"node": "d1", "span": [0, 1], "text": text or f"{fact} {op} {value}", "test": test}


def _programme(*items, op="all", exemptions=(), exclusions=()) -> dict:
    return {"id": "p1", "node": "d1", "title": "补贴", "span": [0, 1], "applicants": {"op": "all", "items": []},
            "logic": {"op": op, "items": list(items)}, "exclusions": list(exclusions),
            "exemptions": list(exemptions), "benefits": [], "deadline": None}


def _judged(programme: dict, **facts) -> dict:
    return judge(programme, profile_from(facts), "doc", {}, ON)


def _status(programme: dict, **facts) -> str:
    return _judged(programme, **facts)["status"]


@pytest.mark.parametrize("op, have, expected", [
    (">=", 35, "eligible"), (">", 35, "ineligible"), ("<=", 35, "eligible"), ("<", 35, "ineligible"),
    ("<", 34, "eligible"), (">", 36, "eligible"), ("<=", 36, "ineligible"), (">=", 34, "ineligible"),
])
def test_a_threshold_at_its_bound(op, have, expected) -> None:
    programme = _programme(_cond("employees", op, 35, unit="人"))
    assert _status(programme, employees=have) == expected


def test_talent_classes_are_compared_by_letter() -> None:
    programme = _programme(_cond("talent_class", "in", ["A", "B"], "A类、B类人才"))
    assert _status(programme, talent_class="A类人才") == "eligible"
    assert _status(programme, talent_class="二类") == "eligible"  # 二类 is B
    assert _status(programme, talent_class="b") == "eligible"
    assert _status(programme, talent_class="C类") == "ineligible"
    assert _status(_programme(_cond("talent_class", "in", ["一类"])), talent_class="A") == "eligible"


def test_a_place_the_profile_is_too_coarse_for_is_unknown_inside_and_outside() -> None:
    assert _status(_programme(_cond("region", "in", ["南京市"])), region="江苏省") == "possible"
    assert _status(_programme(_cond("hukou", "not in", ["南京市"])), hukou="江苏省") == "possible"
    assert _status(_programme(_cond("hukou", "not in", ["南京市"])), hukou="江苏省苏州市") == "eligible"
    assert _status(_programme(_cond("hukou", "not in", ["南京市"])), hukou="江苏省南京市") == "ineligible"


def test_a_district_wanted_is_placed_by_the_documents_city() -> None:
    # 鼓楼区 is in 南京, 福州, 徐州 and 开封: the document's own city says which one
    assert _status(_programme(_cond("home_region", "in", ["南京市鼓楼区"])), home_region="江苏省苏州市") == "ineligible"
    assert _status(_programme(_cond("home_region", "in", ["江苏省南京市鼓楼区"])), home_region="江苏省苏州市") == "ineligible"
    assert _status(_programme(_cond("home_region", "in", ["南京市鼓楼区"])), home_region="江苏省南京市") == "possible"


def test_a_failed_education_says_what_was_required() -> None:
    programme = _programme(_cond("education", ">=", "bachelor", "本科及以上学历"))
    (reason,) = _judged(programme, education="junior_college")["reasons"]
    assert reason["result"] == "false" and "required >= bachelor" in reason["note"]
    (reason,) = _judged(programme, education="master")["reasons"]
    assert reason["result"] == "true" and "required" not in reason["note"]


def test_an_exemption_that_names_no_holders_leaves_a_failure_to_a_person() -> None:
    # 通过项目合作方式引进的人才可以不受年龄限制: who it frees is for a person to decide
    exemption = {"facts": ["age"], "holders": [], "effect": "lift", "text": "通过项目合作方式引进的人才可以不受年龄限制"}
    programme = _programme(_cond("age", "<=", 35, "年龄不超过35周岁", unit="周岁"), exemptions=[exemption])
    result = _judged(programme, born="1980-01-01")
    assert result["status"] == "possible" and "通过项目合作方式" in result["reasons"][0]["note"]
    assert _status(programme, born="2000-01-01") == "eligible"


def _by_kind() -> dict:
    enterprise = {"op": "all", "when": ["enterprise"], "items": [_cond("revenue", ">=", 10_000_000, unit="CNY")]}
    university = {"op": "all", "when": ["university"], "items": [_cond("employees", ">=", 100, unit="人")]}
    return _programme(enterprise, university)


def test_branches_by_kind_pick_the_applicants_branch() -> None:
    programme = _by_kind()
    assert _status(programme, kind="enterprise", revenue=20_000_000) == "eligible"
    assert _status(programme, kind="enterprise", revenue=1_000_000) == "ineligible"
    assert _status(programme, kind="government") == "ineligible"  # no branch for it
    # the kind not given: a branch that holds may not be the applicant's, one that fails decides nothing
    assert _status(programme, revenue=20_000_000) == "possible"
    assert _status(programme, revenue=20_000_000, employees=500) == "possible"
    assert _status(programme, revenue=1_000_000, employees=5) == "ineligible"


def _tier(selector: dict, *then: dict) -> dict:
    return {"op": "all", "items": [selector, *then]}


def _by_sex(*sexes: str) -> dict:
    limits = {"female": 55, "male": 60}
    tiers = [_tier(_cond("sex", "==", s), _cond("age", "<=", limits[s], unit="周岁")) for s in sexes]
    return _programme({"op": "tiers", "items": tiers})


def test_tiers_by_sex() -> None:
    both = _by_sex("female", "male")  # 女性不超过55周岁、男性不超过60周岁
    assert _status(both, sex="male", born="1968-01-01") == "eligible"  # 58: the women's limit does not apply
    assert _status(both, sex="female", born="1968-01-01") == "ineligible"
    assert _status(both, born="1976-01-01") == "eligible"  # 50 passes whichever applies
    assert _status(both, born="1968-01-01") == "possible"  # 58: depends on the sex
    assert _status(both, born="1963-01-01") == "ineligible"  # 63 fails whichever applies
    women = _by_sex("female")  # a single case: 女性不超过55周岁
    assert _status(women, born="1968-01-01") == "possible"
    assert _status(women, sex="male", born="1960-01-01") == "eligible"


def test_a_tier_of_one_condition_holds_when_it_holds() -> None:
    programme = _programme({"op": "tiers", "items": [_cond("legal_person", "==", True)]})
    assert _status(programme, legal_person=True) == "eligible"


def test_a_case_known_not_to_apply_does_not_count_as_failing() -> None:
    # 博士不超过45周岁，具有正高级职称的不超过50周岁: a master of 55 whose titles are not given
    tiers = [_tier(_cond("education", "in", ["doctor"]), _cond("age", "<=", 45, unit="周岁")),
             _tier(_cond("titles", "has", ["正高级职称"]), _cond("age", "<=", 50, unit="周岁"))]
    programme = _programme({"op": "tiers", "items": tiers})
    assert _status(programme, education="master", born="1971-01-01") == "possible"


# --- match: profiles ---------------------------------------------------------------------------------

@pytest.mark.parametrize("facts", [{"titles": "高新技术企业"}, {"region": "  "}, {"region": 5}, {"education": "phd"},
                                   {"education": 3}, {"talent_class": " "}, {"talent_class": 1}])
def test_a_fact_of_the_wrong_kind_is_refused(facts) -> None:
    with pytest.raises(ProfileError, match=r"^me\.toml: "):
        profile_from(facts, "me.toml")


def test_unknown_keys_are_named_with_a_hint() -> None:
    with pytest.raises(ProfileError, match=r"regoin \(did you mean region\?\)"):
        profile_from({"regoin": "江苏省"})
    with pytest.raises(ProfileError, match="zzzz"):
        profile_from({"zzzz": 1})


def test_a_profile_is_named_after_its_file_and_its_dates_are_iso() -> None:
    profile = profile_from({"born": date(1990, 5, 1)}, "examples/young-master.toml")
    assert profile.name == "young-master" and profile.facts == {"born": "1990-05-01"}
    assert profile_from({"name": "小王", "education": "master"}).facts == {"education": "master"}


# --- conditions: the words of a segment as tests ------------------------------------------------------

NANJING = (("南京市", "city"),)


def _read(text: str, chain: tuple = NANJING, **more) -> tuple[list, bool]:
    return C.read_segment(C.Segment(text, (), chain, **more))


def _facts(tests: list) -> set:
    return {(t.fact, t.op, t.value) for t in tests if isinstance(t, C.Test)}


def _guide(condition: str, title: str = "南京市人才购房补贴实施细则") -> tuple[dict, dict]:
    from polc.api import compile_text
    (doc,) = compile_text(f"{title}\n\n一、申请条件\n（一）{condition}\n", path="guide.txt").documents
    (programme,) = doc["programmes"]
    return doc, programme


def _doc_status(doc: dict, programme: dict, **facts) -> str:
    facts.setdefault("region", "江苏省南京市玄武区")  # the guide's city: its territory holds (see _local)
    return status(doc, programme, ON, **facts)


_logic_tests = all_tests


@pytest.mark.parametrize("condition, expected", [
    ("2021年8月24日至2023年8月23日期间购买新建商品住房；", {(">=", "2021-08-24"), ("<=", "2023-08-23")}),
    ("2022年1月1日之后购买新建商品住房；", {(">=", "2022-01-01")}),
    ("2022年1月1日起购买新建商品住房；", {(">=", "2022-01-01")}),
    ("2022年1月1日以前购买新建商品住房；", {("<", "2022-01-01")}),
    ("2022年1月1日前购买新建商品住房；", {("<", "2022-01-01")}),
    ("自本通知施行之日起至2026年6月30日期间购买新建商品住房；", {("<=", "2026-06-30")}),
    ("2022年1月1日之后在本市注册的企业；", set()),  # no home: the date is not a purchase's
    ("于2022年1月1日购买新建商品住房；", set()),  # a day, not a bound
])
def test_the_days_a_home_must_be_bought_between(condition, expected) -> None:
    doc, programme = _guide(condition)
    found = [t for t in _logic_tests(programme["logic"]) if t["fact"] == "home_purchased"]
    assert {(t["op"], t["value"]) for t in found} == expected
    dates = {c["id"]: c for n in doc["body"] for c in _node_clauses(n)}
    for test in found:  # each test links the clause of its day (the page shows where it comes from)
        assert dates[test["clause"]]["type"] == "date"


def _node_clauses(node: dict):
    yield from node["clauses"]
    for child in node["children"]:
        yield from _node_clauses(child)


def test_a_purchase_outside_the_period_is_ineligible() -> None:
    doc, programme = _guide("2021年8月24日至2023年8月23日期间购买新建商品住房；")
    buyer = {"kind": "individual", "new_home": True}
    assert _doc_status(doc, programme, **buyer, home_purchased="2022-05-01") == "eligible"
    assert _doc_status(doc, programme, **buyer, home_purchased="2023-08-23") == "eligible"
    assert _doc_status(doc, programme, **buyer, home_purchased="2023-09-01") == "ineligible"
    assert _doc_status(doc, programme, **buyer, home_purchased="2021-08-01") == "ineligible"
    doc, programme = _guide("2022年1月1日以前购买新建商品住房；")
    assert _doc_status(doc, programme, **buyer, home_purchased="2022-01-01") == "ineligible"
    assert _doc_status(doc, programme, **buyer, home_purchased="2021-12-31") == "eligible"


@pytest.mark.parametrize("text, chain, expected", [
    ("在玄武区、秦淮区和鼓楼区购买新建商品住房", NANJING,
     {("new_home", "==", True), ("home_region", "in", ("玄武区", "秦淮区", "鼓楼区"))}),
    ("本市户籍", NANJING, {("hukou", "in", ("南京市",))}),
    ("沈阳户籍", (("沈阳市", "city"),), {("hukou", "in", ("沈阳市",))}),  # a bare city of the territory
    ("在沈就业", (("沈阳市", "city"),), {("employed", "==", True), ("region", "in", ("沈阳市",))}),
    ("来沈阳创业", (("沈阳市", "city"),), {("entrepreneur", "==", True), ("region", "in", ("沈阳市",))}),
    ("在本市无自有住房", NANJING, {("homes_owned", "==", 0)}),  # not a requirement to live there
    ("须经我市人社部门认定", NANJING, set()),  # the place of an organ, not of the applicant
    ("在本市缴纳社会保险", NANJING, {("social_insurance_months", ">=", 1), ("region", "in", ("南京市",))}),
    ("在本市购买首套住房", NANJING, {("homes_owned", "==", 0), ("home_region", "in", ("南京市",))}),
])
def test_places_a_segment_requires(text, chain, expected) -> None:
    tests, _ = _read(text, chain)
    assert _facts(tests) == expected


def test_a_place_to_be_outside() -> None:
    tests, _ = _read("在中心城区（不含襄州区）购买新建商品住房", (("襄阳市", "city"),))
    assert ("home_region", "not in", ("襄州区",)) in _facts(tests)
    tests, _ = _read("申请人为非襄阳市户籍人员", (("襄阳市", "city"),))
    assert _facts(tests) == {("hukou", "not in", ("襄阳市",))}


def test_groups_of_people_are_alternatives_each_with_its_degree() -> None:
    tests, left = _read("博士研究生、全日制硕士研究生和高层次人才")
    ((op, rows),) = tests
    assert op == "any" and len(rows) == 3
    assert _facts(rows[0]) == {("education", "in", ("doctor",))}
    assert _facts(rows[1]) == {("education", "in", ("master",)), ("full_time", "==", True)}
    assert rows[2] == ()  # 高层次人才: no rule reads it, an open alternative
    assert not left


def test_groups_judged() -> None:
    doc, programme = _guide("博士研究生、全日制硕士研究生和高层次人才；")
    assert _doc_status(doc, programme, kind="individual", education="doctor", full_time=False) == "eligible"
    assert _doc_status(doc, programme, kind="individual", education="master", full_time=True) == "eligible"
    assert _doc_status(doc, programme, kind="individual", education="master", full_time=False) == "possible"


def test_age_tiers_by_degree() -> None:
    tests, left = _read("硕士研究生年龄不超过35周岁、本科生年龄不超过30周岁")
    ((op, rows),) = tests
    assert op == "tiers" and not left
    assert rows == ((C.Test("education", "in", ("master",)), C.Test("age", "<=", 35, "周岁")),
                    (C.Test("education", "in", ("bachelor",)), C.Test("age", "<=", 30, "周岁")))
    tests, _ = _read("博士35周岁以下、硕士30周岁以下")  # the bound after the number
    assert tests and tests[0][0] == "tiers"


@pytest.mark.parametrize("text, expected", [
    ("养育二孩、三孩的家庭", {("children", ">=", 2)}),
    ("普通高校毕业生", {("education", ">=", "junior_college")}),
    ("本科及以上学历", {("education", ">=", "bachelor")}),
    ("全日制本科及以上学历", {("education", ">=", "bachelor"), ("full_time", "==", True)}),
    ("购买首套住房", {("homes_owned", "==", 0)}),
    ("购买新建商品住房", {("new_home", "==", True)}),
])
def test_what_a_segment_asks_of_a_person(text, expected) -> None:
    tests, left = _read(text)
    assert _facts(tests) == expected and not left


def test_a_second_hand_home_excludes_in_an_exclusion_list() -> None:
    tests, _ = _read("购买二手房的", exclusion=True)
    assert _facts(tests) == {("new_home", "==", False)}
    tests, _ = _read("购买新建商品住房或二手房")  # either: a new home is asked of no one
    assert ("new_home", "==", True) not in _facts(tests)
    tests, _ = _read("购买新建商品住房（不含二手房）")  # a new home, and the bracket says what it is not
    assert _facts(tests) == {("new_home", "==", True)}


def test_either_of_two_facts_and_discretion() -> None:
    tests, _ = _read("在本市就业或者创业")  # 本市 binds both sides: an entrepreneur elsewhere does not qualify
    (op, (left, right)), = [t for t in tests if isinstance(t, tuple)]
    assert op == "any" and _facts(left) == {("employed", "==", True)} and _facts(right) == {("entrepreneur", "==", True)}
    assert [t.fact for t in tests if not isinstance(t, tuple)] == ["region"]
    tests, _ = _read("具有本科及以上学历", context="原则上具有本科及以上学历，特殊人才可适当放宽")
    assert [t.discretion for t in tests] == [True]
    tests, _ = _read("具有本科及以上学历")
    assert [t.discretion for t in tests] == [False]


def test_words_no_rule_reads_are_left_for_a_person() -> None:
    assert _read("具有本科及以上学历（以教育部学信网查询结果为准）")[1] is False  # a remark in brackets
    assert _read("具有本科及以上学历且品行端正")[1] is True
    assert _read("品行端正且具有本科及以上学历")[1] is True  # words before what a rule read
    assert _read("品行端正的硕士研究生年龄不超过35周岁、本科生年龄不超过30周岁")[1] is True


def test_discretion_keeps_a_table_by_degree() -> None:
    tests, _ = _read("硕士研究生年龄不超过35周岁、本科生年龄不超过30周岁", context="原则上硕士研究生年龄不超过35周岁")
    assert [t[0] for t in tests] == ["tiers"]


def test_area_bounds_read_each_way_round() -> None:
    # 建筑面积90平方米以上、144平方米（含）以下的: the bound after the number (以上 includes it); 100m2≦单套房屋建筑面积:
    # before the area
    assert C.area_bounds("建筑面积90平方米以上、144平方米（含）以下的") == [
        C.Test("home_area", ">=", 90, "㎡"), C.Test("home_area", "<=", 144, "㎡")]
    assert C.area_bounds("100m2≦单套房屋建筑面积<144m2") == [
        C.Test("home_area", "<", 144, "㎡"), C.Test("home_area", ">=", 100, "㎡")]


def test_an_exclusions_other_property_asks_nothing_more() -> None:
    # 商业办公用房 is one kind of property (not 商业 and 办公用房); 酒店式公寓 one the market homes' words leave out
    assert C._left_over("所购住房为商业办公用房、车库、车位或者酒店式公寓的", exclusion=True) is False
    assert C._left_over("所购住房为商业办公用房或者酒店式公寓的") is True

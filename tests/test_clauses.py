"""Numeric clauses: golden fixtures cut from real policy text, the law on bounds, and invariants.

Fixtures live in ``tests/fixtures/clauses/``: ``<case>.txt`` is one node's text after
normalisation, ``<case>.json`` the expected clauses (``emit.clause_fields`` plus ``text``, the
substring under the span).  Cases named ``condition-*`` are read as eligibility conditions.
``not-*`` cases hold names that look like numbers and must yield no money or percent.
``pytest --update-golden`` rewrites the ``.json`` files from the current output (then read
the diff: a fixture is only as good as its review; the unit tests below pin the key facts).
"""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lark import Lark, Token, Tree

from polc import numeric_read
from polc.clauses import Clause, extract_clauses
from polc.emit import clause_fields
from polc.normalize import FOLD

FIXTURES = Path(__file__).parent / "fixtures" / "clauses"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt"))
SCHEMA = json.loads((Path(__file__).parent.parent / "schemas" / "clause.schema.json").read_text(encoding="utf-8"))


def _observed(text: str, condition: bool) -> list[dict]:
    """Clauses as the pipeline reads them: from the width-folded text (spans survive the fold)."""
    found, _ = extract_clauses(text.translate(FOLD), condition=condition)
    return [{"text": text[c.span[0]:c.span[1]], **clause_fields(c)} for c in found]


@pytest.mark.parametrize("case", CASES)
def test_golden(case, update_golden):
    text = (FIXTURES / f"{case}.txt").read_text(encoding="utf-8")
    got = _observed(text, condition=case.startswith("condition-"))
    expected_path = FIXTURES / f"{case}.json"
    if update_golden:
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))


def test_enough_fixtures():
    assert len(CASES) >= 25
    assert all((FIXTURES / f"{case}.json").exists() for case in CASES)


@pytest.mark.parametrize("case", [c for c in CASES if c.startswith("not-")])
def test_lookalikes_are_no_amounts(case):
    text = (FIXTURES / f"{case}.txt").read_text(encoding="utf-8")
    assert not [c for c in extract_clauses(text)[0] if c.type in ("money", "percent")]


@pytest.mark.parametrize("text", [
    "江苏省“十四五”知识产权发展规划", "十四五时期", "本办法第十八条", "第四至第六条所列", "(一)企业", "〔2019〕34号",
    "苏知发〔2021〕140号", "“1+13+N”知识产权快速协同保护体系", "“4·26”知识产权宣传周", "省“1650”重点产业集群",
    "1650产业体系", "可按1:2抵算", "https://pm.jsipp.cn/a/1000/login.html", "电话:025-83279961", "手机13912345678",
    "纲要(2021-2035年)", "GB/T 9704-2012", "进一步加强", "一带一路", "两个方向", "三年行动计划",
])
def test_not_quantities(text):
    assert not [c for c in extract_clauses(text)[0] if c.type in ("money", "percent", "count")]


def _one(text: str, condition: bool = False) -> Clause:
    found, _ = extract_clauses(text, condition=condition)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("word, side, inclusive", [
    ("以上", "min", True), ("以下", "max", True), ("以内", "max", True),
])
def test_post_bounds_follow_the_law(word, side, inclusive):
    c = _one(f"给予20万元{word}")
    assert (getattr(c, side), getattr(c, f"{side}_inclusive"), c.value) == (200000, inclusive, None)


@pytest.mark.parametrize("word, side, inclusive", [
    ("不超过", "max", True), ("不高于", "max", True), ("最高", "max", True), ("最多", "max", True),
    ("不低于", "min", True), ("不少于", "min", True), ("至少", "min", True),
    ("超过", "min", False), ("高于", "min", False), ("多于", "min", False),
    ("低于", "max", False), ("不足", "max", False), ("不满", "max", False), ("未满", "max", False),
])
def test_pre_bounds_follow_the_law(word, side, inclusive):
    c = _one(f"金额{word}20万元")
    other = "max" if side == "min" else "min"
    assert (getattr(c, side), getattr(c, f"{side}_inclusive")) == (200000, inclusive)
    assert (getattr(c, other), getattr(c, f"{other}_inclusive"), c.value) == (None, None, None)


def test_exact_amount_and_cap():
    amount = _one("给予20万元奖励")
    assert (amount.value, amount.min, amount.max, amount.min_inclusive, amount.max_inclusive, amount.role) == \
        (200000, 200000, 200000, True, True, "amount")
    cap = _one("给予最高不超过30万元奖励")
    assert (cap.value, cap.max, cap.role) == (None, 300000, "cap")


def test_floor_or_threshold_by_condition():
    text = "上一年度产品销售额在5000 万元以上"
    assert [c.role for c in extract_clauses(text)[0]] == ["figure", "floor"]
    assert [c.role for c in extract_clauses(text, condition=True)[0]] == ["figure", "threshold"]


@pytest.mark.parametrize("text, value", [
    ("奖励十万元", 100000), ("奖励二十万元", 200000), ("奖励两万元", 20000), ("奖励一百五十万元", 1500000),
    ("奖励壹拾万元", 100000), ("奖励1,000万元", 10000000), ("奖励0.6万元", 6000), ("奖励1.5亿元", 150000000),
    ("奖励20万", 200000), ("总额3500亿元", 350000000000), ("给予1千万元", 10000000),
])
def test_money_in_every_writing(text, value):
    c = _one(text)
    assert (c.type, c.value, c.unit) == ("money", value, "CNY")


def test_money_without_yuan_needs_money_words():
    assert _one("融资额1千万以上").min == 10000000
    assert not extract_clauses("每万人口拥有量达到12")[0]


@pytest.mark.parametrize("text, low, high, low_in, high_in", [
    ("三十几万元", 310000, 390000, True, True),
    ("10余万元", 100000, 200000, False, False),
    ("4200多万元", 42000000, 43000000, False, False),
])
def test_approximate_ranges(text, low, high, low_in, high_in):
    c = _one(text)
    assert (c.min, c.max, c.min_inclusive, c.max_inclusive, c.approx, c.value) == (low, high, low_in, high_in, True, None)


def test_near_is_approximate_below():
    c = _one("近百万元")
    assert (c.max, c.max_inclusive, c.min, c.approx) == (1000000, False, None, True)


@pytest.mark.parametrize("text, low, high, low_in, high_in", [
    ("1000万元-3000万元(含)", 10000000, 30000000, False, True),
    ("10-15个", 10, 15, True, True),
    ("1000~3000万元", 10000000, 30000000, True, True),
    ("5万元至10万元", 50000, 100000, True, True),
    ("1000万元以上5000万元以下", 10000000, 50000000, True, True),
    ("超过5000件不足10000件", 5000, 10000, False, False),
])
def test_ranges_are_one_clause(text, low, high, low_in, high_in):
    c = _one(text)
    assert (c.min, c.max, c.min_inclusive, c.max_inclusive, c.value) == (low, high, low_in, high_in, None)


def test_range_span_covers_both_numbers():
    text = "单户贷款余额1000万元-3000万元(含)的"
    c = _one(text)
    assert text[c.span[0]:c.span[1]] == "1000万元-3000万元(含)"


def test_bound_before_a_list_applies_to_each():
    found, _ = extract_clauses("对国家级、省级平台，分别给予最高不超过20万元、10万元资助")
    assert [(c.max, c.max_inclusive, c.role, c.applies_to) for c in found] == \
        [(200000, True, "cap", "国家级"), (100000, True, "cap", "省级平台")]


def test_a_bracket_inside_an_item_of_a_list_is_no_item_of_its_own():
    """硕士研究生(副高级职称、高级技师): the 、 inside the bracket joins what the item includes, so four groups meet four
    amounts after 分别 (six items had been counted, and applies_to was left empty with a list-mismatch)."""
    text = ("我市实体经济企业引进的博士研究生(正高级职称)以上人才、硕士研究生(副高级职称、高级技师)、“双一流”高校本科生、"
            "普通高校本科生(中级职称、技师),分别兑现30万元、15万元、10万元、5万元购房补贴。")
    found, diagnostics = extract_clauses(text)
    assert [c.applies_to for c in found] == ["我市实体经济企业引进的博士研究生(正高级职称)以上人才", "硕士研究生(副高级职称、高级技师)",
                                             "“双一流”高校本科生", "普通高校本科生(中级职称、技师)"]
    assert not [d for d in diagnostics if d.code == "list-mismatch"]


@pytest.mark.parametrize("text, per", [
    ("每10项给予1万元资助", (10, "项")), ("每件给予1万元奖励", (1, "件")), ("给予每件20万元奖励", (1, "件")),
    ("给予所在单位0.6万元/人奖励", (1, "人")),
])
def test_per_unit_rates(text, per):
    c = _one(text)
    assert (c.type, c.per) == ("money", per)
    assert c.value in (10000, 200000, 6000)


def test_shares_name_their_party():
    found, _ = extract_clauses("省风险补偿基金承担80%的贷款本金损失风险，合作银行承担20%的贷款本金损失风险")
    assert [(c.value, c.role, c.party) for c in found] == [(80, "share", "省风险补偿基金"), (20, "share", "合作银行")]


def test_cap_limits_the_rate_of_its_sentence():
    found, _ = extract_clauses("按照实际支付的维权代理费的50%给予资助，最高不超过20万元。另给予10万元。")
    rate, cap, other = found
    assert (rate.role, rate.base, cap.role, cap.limits, other.limits) == ("amount", "实际支付的维权代理费", "cap", 0, None)


def test_bound_before_a_base_bounds_the_rate():
    c = _one("给予不超过实际融资额1%的奖励")
    assert (c.max, c.max_inclusive, c.value, c.base, c.role) == (1, True, None, "实际融资额", "cap")


@pytest.mark.parametrize("text, value, unit, period", [
    ("每年资助不超过5项", None, "项", "每年"), ("实施期为3年", 3, "年", None), ("累计补贴不超过2年", None, "年", "累计"),
    ("延伸注册国10个以上", None, "个", None), ("项目实施期为两年", 2, "年", None), ("每两年开展一届", 2, "年", "每两年"),
])
def test_counts_and_durations(text, value, unit, period):
    c = _one(text)
    assert (c.value, c.unit, c.period) == (value, unit, period)


@pytest.mark.parametrize("text, value, precision, role", [
    ("2021年12月24日", "2021-12-24", "day", "figure"),
    ("2021 年 12 月 24 日", "2021-12-24", "day", "figure"),
    ("二○三五年", "2035", "year", "figure"),
    ("二〇二一年十二月二十四日", "2021-12-24", "day", "figure"),
    ("申报截止日期为2022年2月15日", "2022-02-15", "day", "deadline"),
    ("本办法自2021年10月1日起施行", "2021-10-01", "day", "effective"),
    ("有效期至2023年12月", "2023-12", "month", "expiry"),
])
def test_dates(text, value, precision, role):
    c = _one(text)
    assert (c.type, c.value, c.precision, c.role, c.relative) == ("date", value, precision, role, False)


@pytest.mark.parametrize("text, kind", [("上一年度", "date"), ("次月", "date"), ("自印发之日起", "date"), ("近三年", "duration")])
def test_relative_times(text, kind):
    c = _one(text)
    assert (c.type, c.relative) == (kind, True)
    assert c.value is None if kind == "date" else c.value == 3


def test_date_typo_is_reported_not_silently_repaired():
    text = "网上申报截止日期为2022为1月30日。"
    found, diagnostics = extract_clauses(text)
    assert [(c.value, c.role) for c in found] == [("2022-01-30", "deadline")]
    [diag] = diagnostics
    assert (diag.code, diag.severity, text[diag.span[0]:diag.span[1]]) == ("date-typo", "warning", "2022为1月30日")
    assert "2022-01-30" in diag.message


def test_conflicting_bound_words_are_reported():
    found, diagnostics = extract_clauses("注册时间超过3年以上")
    assert found[0].min == 3 and [d.code for d in diagnostics] == ["bound-conflict"]


def _as_emitted(found: list[Clause], text: str) -> list[dict]:
    out = []
    for i, c in enumerate(found):
        d = {"id": f"c{i}", "text": text[c.span[0]:c.span[1]], "span": list(c.span), **clause_fields(c)}
        d["limits"] = None if c.limits is None else f"c{c.limits}"
        out.append(d)
    return out


@pytest.mark.parametrize("case", CASES)
def test_emitted_clauses_match_the_schema(case):
    text = (FIXTURES / f"{case}.txt").read_text(encoding="utf-8")
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for clause in _as_emitted(extract_clauses(text)[0], text):
        validator.validate(clause)


def test_schema_is_valid():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$id"] == "https://polc.dev/schemas/clause.schema.json"


def test_no_parse_objects_leak():
    text = (FIXTURES / "pledge-rates-and-caps.txt").read_text(encoding="utf-8")

    def plain(value):
        assert not isinstance(value, (Tree, Token))
        if isinstance(value, dict):
            return all(plain(v) for v in value.values())
        return isinstance(value, (str, int, float, bool, type(None)))

    assert all(plain(clause_fields(c)) for c in extract_clauses(text)[0])


def test_grammar_is_lalr_without_conflicts():
    Lark(numeric_read._grammar_text(), parser="lalr", lexer=numeric_read._TokenFeed, strict=True)


def test_grammar_loads_from_a_source_checkout(monkeypatch):
    import polc.resources

    def missing(name):
        raise FileNotFoundError(name)

    monkeypatch.setattr(polc.resources, "grammar_text", missing)
    assert "%declare" in numeric_read._grammar_text()


_PIECES = st.sampled_from([
    "万元", "亿元", "元", "%", "以上", "以下", "不超过", "最高", "超过", "不足", "(含)", "-", "~", "至", "、", "和",
    "分别给予", "每", "件", "项", "个", "年", "月", "日", "为", "余", "几", "近", "约", "百分之", "第", "〔", "〕", "号",
    "+", "·", ":", "/", "人", "承担", "的", "，", ",", "。", " ", "\n", "http://", "上一年度", "自印发之日起",
    "圆整", "角", "分", "毛", "块", "￥", "人民币", "美元", "千分之", "万分之", "‰", "成", "成半", "折", "对折", "负", "个百分点",
    "达到", "达", "上", "数", "(含30%)", "(不含税)", "或", "及以上", "限额内", "最高可达", "合计", "平方米", "对", "的部分",
])
_NUMBERS = st.one_of(st.integers(0, 10**9).map(str), st.sampled_from(
    ["三十", "二○三五", "两", "十四五", "1.5", "0.6", "1,000", "贰拾伍萬", "二点五", "十二万零三百", "伍", "8.8"]))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PIECES, _NUMBERS, st.text(max_size=3)), max_size=30).map("".join))
def test_never_raises_and_spans_stay_inside(text):
    found, diagnostics = extract_clauses(text)
    starts = [c.span[0] for c in found]
    assert starts == sorted(starts)
    for item in [*found, *diagnostics]:
        assert 0 <= item.span[0] < item.span[1] <= len(text)
    for c in found:
        assert c.role is not None
        if c.limits is not None:
            assert found[c.limits].type in ("percent", "money") and found[c.limits].role in ("amount", "cap")
        if c.type != "date" and c.min is not None and c.max is not None:
            assert c.min <= c.max, c
        if c.value is not None:
            assert c.min == c.max == c.value and c.min_inclusive and c.max_inclusive, c
        assert (c.min is None) == (c.min_inclusive is None) and (c.max is None) == (c.max_inclusive is None), c


def _compiled_nodes(text: str) -> list[dict]:
    from polc.pipeline import compile_source

    (doc,) = compile_source("case.txt", text.encode("utf-8")).documents

    def walk(nodes):
        for node in nodes:
            yield node
            yield from walk(node["children"])
    return doc, list(walk(doc["body"]))


def test_a_heading_is_read_like_text():
    """一、对获评国家级的企业给予一百万元奖励 is short and has no 。: a heading, and it carries its clause."""
    text = "关于支持企业发展的若干措施\n\n一、对获评国家级的企业给予一百万元奖励\n（一）具体办法另行制定。\n二、对获评省级的企业给予五十万元奖励\n"
    doc, nodes = _compiled_nodes(text)
    items = [n for n in nodes if n["kind"] == "item" and n["style"] == "zh_dun"]
    assert [n["heading"] for n in items] == ["对获评国家级的企业给予一百万元奖励", "对获评省级的企业给予五十万元奖励"]
    found = [(c["text"], c["value"], c["role"]) for n in items for c in n["clauses"]]
    assert found == [("一百万元", 1000000, "amount"), ("五十万元", 500000, "amount")]
    for n in items:
        (clause,) = n["clauses"]
        assert text[slice(*clause["span"])] == clause["text"] and "text_span" not in clause


def test_one_date_reader_for_meta_and_clauses():
    """An impossible closing date is no date in meta, and a diagnostic where it stands."""
    text = "关于印发某某办法的通知\n\n一、本办法自印发之日起施行。\n\n某某市人民政府\n2021年2月30日\n"
    doc, _ = _compiled_nodes(text)
    assert doc["meta"]["date"] is None
    (diag,) = [d for d in doc["diagnostics"] if d["code"] == "date-invalid"]
    assert text[diag["span"][0]:].startswith("2021年2月30日") and (diag["line"], diag["column"]) == (6, 1)
    fixed, _ = _compiled_nodes(text.replace("2月30日", "2月28日"))
    assert fixed["meta"]["date"]["value"] == "2021-02-28"


@pytest.mark.parametrize("text, spans, roles", [
    # 每产生 500万元 销售额: the basis of a per-unit rate is a threshold, the 1000元 what is paid
    ("限上批零企业单月每产生500万元销售额奖励1000元", ["500万元", "1000元"], ["threshold", "amount"]),
    # 超出额 is a noun (the excess), not 超过: the rate on it is exact
    ("给予企业超出额0.5%的奖励", ["0.5%"], ["amount"]),
    # a condition continued by 且 into the next comma segment, closed there by 的
    ("对商贸企业零售额同比增量达到2000万元以上，且同比增速达6.5%以上的，给予5万元奖励",
     ["2000万元", "6.5%", "5万元"], ["threshold", "threshold", "amount"]),
    # a price that picks the goods subsidised …
    ("对销售售价10万元以上车辆，每辆车奖励购车者1000元加油卡", ["10万元", "1000元"], ["threshold", "amount"]),
    ("对购买售价10万元以上的新能源汽车给予补贴", ["10万元"], ["threshold"]),  # words between the price and the goods
    # … but a time limit next to the same noun in a law stays a time limit
    ("机动车所有人应当在变更后十日内向车辆管理所申请变更登记。", ["十日"], ["cap"]),
])
def test_roles_of_bases_chained_conditions_and_prices(text, spans, roles):
    found, _ = extract_clauses(text)
    assert [text[c.span[0]:c.span[1]] for c in found] == spans
    assert [c.role for c in found] == roles
    if "超出额" in text:
        assert (found[0].value, found[0].min_inclusive) == (0.5, True)


@pytest.mark.parametrize("text, money", [
    ("出让3块土地", []), ("分为3块区域", []),  # 块 counts plots and areas there, not yuan
    ("104490.0676 圆曲线终点", []),  # a table of coordinates
    ("两块五", [2.5]), ("每斤5块钱", [5]), ("人民币伍佰圆", [500]),
])
def test_unit_words_that_start_other_words_are_no_money_there(text, money):
    assert [c.value for c in extract_clauses(text)[0] if c.type == "money"] == money


def test_every_token_kind_is_one_group():
    """The lexer names a token by its group number, so each kind is one group and none is nested."""
    from polc.numeric_read import _KINDS, _TOKEN_RE
    assert _TOKEN_RE.groups == len(_TOKEN_RE.groupindex) == len(_KINDS) - 1
    assert all(_TOKEN_RE.groupindex[kind] == i for i, kind in enumerate(_KINDS) if kind)


def test_shared_readings_are_only_changed_through_copies():
    """A window shape's readings are memoised and shared; the context bounds, retypes and chains
    only copies.  Each text read alone with an empty memo reads the same after every other text
    (each exercising one path that changes a reading) was read with the same shapes."""
    from polc.numeric_read import _read_shape

    texts = ["奖励20万", "补贴总价的1.5%，不超过3万", "最高给予15万元经费资助和10万元交通补贴", "投资2亿元、新增投资3亿元以上的项目",
             "不超过实际融资额1%", "20万", "15万元", "10万元", "3万", "1%", "2亿元", "3亿元", "按1%收取"]
    texts = [t.translate(FOLD) for t in texts]
    alone = []
    for text in texts:
        _read_shape.cache_clear()
        alone.append(extract_clauses(text))
    for order in (texts, texts[::-1]):
        assert {t: extract_clauses(t) for t in order} == dict(zip(texts, alone))


@pytest.mark.parametrize("text, expected", [
    # 道路交通安全法: （不含） before 以上 leaves the number out, as after it would.
    ("对违法行为人处以二百元（不含）以上罚款", [("二百元(不含)", None, 200, None, False, None)]),
    ("年营业收入300（不含300）万元以上的企业", [("300(不含300)万元", None, 3_000_000, None, False, None)]),
    ("总投资3亿元（含）以上的项目", [("3亿元(含)", None, 300_000_000, None, True, None)]),
    # A page break inside a Chinese numeral, before its 万, and inside a range.
    ("分别奖励30万元、二十\n万元", [("30万元", 300_000, 300_000, 300_000, True, True),
                              ("二十\n万元", 200_000, 200_000, 200_000, True, True)]),
    ("规划期为2021\n至2025年", [("2021\n至2025年", None, "2021", "2025", True, True)]),
    # A remark inside a range: one range, not two amounts.
    ("合同金额100万元（含税）至500万元（含税）之间的项目",
     [("100万元(含税)至500万元", None, 1_000_000, 5_000_000, True, True)]),
])
def test_marks_remarks_and_page_breaks_inside_amounts(text, expected):
    folded = text.translate(FOLD)
    found = extract_clauses(folded)[0]
    assert [(folded[c.span[0]:c.span[1]], c.value, c.min, c.max, c.min_inclusive, c.max_inclusive)
            for c in found] == expected


def test_a_list_longer_than_a_window_loses_no_item():
    """A window holds at most 48 tokens; a longer list ends its window at a separator, and the next
    window goes on with the list's bound (最高 before the first item caps all eighteen)."""
    text = "对获奖企业分别给予最高可" + "、".join(f"{i}万元" for i in range(1, 19)) + "的奖励"
    found = extract_clauses(text)[0]
    assert [(text[c.span[0]:c.span[1]], c.max, c.role) for c in found] == \
        [(f"{i}万元", i * 10_000, "cap") for i in range(1, 19)]


def test_tokens_by_first_character_are_the_tokens_of_the_whole_regex(seeds_dir):
    """The lexer tries only the token kinds that can begin with the character at hand; at every
    position of the seeds and of odd text it finds the token (kind and span) the whole regex finds."""
    from polc.numeric_read import _KINDS, _TOKEN_RE, _TOKENS_AT

    assert _TOKENS_AT.sets is not None  # this Python's parser is read: the dispatch is on
    texts = [p.read_text(encoding="utf-8").translate(FOLD) for p in sorted(seeds_dir.glob("*.txt"))]
    texts.append("（含30%）(不含税)¥5 RMB3 -2 负3 ‰ ２０ ٣ 十三五 第3 /平方米 ~ ～ 〜 —— 3\n万 𠀀5元")
    checked = 0
    for text in texts:
        for at in range(len(text)):
            whole = _TOKEN_RE.match(text, at)
            choice = _TOKENS_AT[text[at]]
            part = choice[0].match(text, at) if choice else None
            expected = (_KINDS[whole.lastindex], whole.span(whole.lastindex)) if whole else None
            got = (choice[1][part.lastindex], part.span(part.lastindex)) if part else None
            assert got == expected, text[at:at + 9]
            checked += whole is not None
    assert checked > 5000


def test_first_characters_of_a_pattern():
    import re._constants as C
    import re._parser as P

    from polc.numeric_read import _first

    measure = _first(P.parse("(?<=/)(?:平方米|亩)"), C)
    assert measure.chars == {ord("平"), ord("亩")} and not (measure.decimal or measure.anything or measure.empty)
    assert _first(P.parse(r"\d+(?:\.\d+)?"), C).decimal
    optional = _first(P.parse("[ \n]?(?:a|b)"), C)
    assert optional.chars == {ord(" "), ord("\n"), ord("a"), ord("b")} and not optional.empty
    assert _first(P.parse("a?"), C).empty and _first(P.parse("[^()]"), C).anything


@pytest.mark.parametrize("text, role", [
    ("最高补助50万元左右", "cap"),  # a bound word with 左右 beside it still limits
    ("给予最高约50万元补助", "cap"),
    ("补助不超过约50万元", "cap"),
    ("奖励近百万元", "amount"),  # 近 before a magnitude says how large, it bounds nothing
    ("给予上千万元的奖励", "amount"),
    ("对投资上千万元的项目给予奖励", "threshold"),  # … but a size said roughly can still frame a condition
    ("对年营业收入约5000万元以上的企业", "threshold"),
])
def test_an_approximate_bounded_amount_keeps_the_role_of_its_bound(text, role):
    (clause,) = extract_clauses(text)[0]
    assert clause.approx and clause.role == role


@pytest.mark.parametrize("text", ["请于2022为3月1日前报送", "请于二〇二二为3月1日前报送"])
def test_a_misprinted_year_mark_after_a_year_in_either_digits(text):
    """为 where 年 belongs, after a four-digit year in Arabic or Chinese digits: one date and a typo diagnostic."""
    found, diagnostics = extract_clauses(text)
    assert [(c.value, c.role) for c in found] == [("2022-03-01", "deadline")]
    assert [d.code for d in diagnostics] == ["date-typo"]

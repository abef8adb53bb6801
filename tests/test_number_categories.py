"""The numeric reader by category (issue #20): each category of misreading that real policy text
can hold, with variants (full-width digits, traditional characters, financial digits, spaces).

Where corpus-ext has the category the case is cut from it (named in a comment); where it has
none, the case is written in the style of the policies it holds.  Each case pins the numbers
(yuan, or percent points for every rate), the bound direction and inclusivity, and the unit.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polc.clauses import extract_clauses
from polc.normalize import FOLD


def read(text: str, condition: bool = False) -> list[tuple]:
    folded = text.translate(FOLD)
    return [(text[c.span[0]:c.span[1]], c.value, c.min, c.max, c.min_inclusive, c.max_inclusive, c.unit)
            for c in extract_clauses(folded, condition=condition)[0] if c.type in ("money", "percent")]


def exact(span: str, value, unit: str) -> tuple:
    return (span, value, value, value, True, True, unit)


# --- discounts and tenths ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("持卡消费享受85折优惠", [exact("85折", 85, "%")]),
    ("景区门票按六五折收取", [exact("六五折", 65, "%")]),
    ("参展商品一律七五折销售", [exact("七五折", 75, "%")]),
    ("會員購票享受八點八折", [exact("八點八折", 88, "%")]),
    ("会员卡９５折", [exact("９５折", 95, "%")]),  # full-width digits
    ("按九五折至八五折分档优惠", [("九五折", 95, 95, 95, True, True, "%"), ("八五折", 85, 85, 85, True, True, "%")]),
    ("折扣为85折至95折", [("85折至95折", None, 85, 95, True, True, "%")]),
    # l16 定西市: 执行不低于5折的票价优惠 — one digit is tenths, as before
    ("全市国有A级旅游景区门票执行不低于5折的票价优惠", [("5折", None, 50, None, True, None, "%")]),
    ("一律打八折", [exact("八折", 80, "%")]),
    ("十折", [exact("十折", 100, "%")]),  # ten tenths: the full price, not 10%
    ("10折", [exact("10折", 100, "%")]),
    ("手续费率为15‰", [exact("15‰", 1.5, "%")]),  # two digits before another rate word keep its scale
    ("9.5折", [exact("9.5折", 95, "%")]),
])
def test_two_digit_discounts_are_the_percent(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("服务费减免一成半", [exact("一成半", 15, "%")]),
    ("中介费按成交价收取半成", [exact("半成", 5, "%")]),
    ("首付款可降低半成", [exact("半成", 5, "%")]),
    ("所有门票一律打对折", [exact("对折", 50, "%")]),
    ("所有門票一律打對折", [exact("對折", 50, "%")]),
    ("原材料、半成品、成品的质量标准", []),  # 医疗机构制剂配制质量管理规范: 半成品 is no rate
    ("对折叠式包装物品", []),
])
def test_rate_words_without_a_number(text, expected):
    assert read(text) == expected


# --- rates with runs of spaces, rate words in financial digits ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("同比增长3   个百分点", [exact("3   个百分点", 3, "pp")]),
    ("比上年提高十二   個百分點", [exact("十二   個百分點", 12, "pp")]),
    ("利率下调0.5  个百分点", [exact("0.5  个百分点", 0.5, "pp")]),
    ("贷款利率上浮不超过10    %", [("10    %", None, None, 10, None, True, "%")]),
    ("补贴20    万元", [exact("20    万元", 200_000, "CNY")]),
    # l19 河南省: 低于全国平均水平1个百分点左右 — one space or none, as before
    ("比率低于全国平均水平1个百分点左右", [exact("1个百分点", 1, "pp")]),
    ("手续费按仟分之伍收取", [exact("仟分之伍", 0.5, "%")]),
    ("按佰分之拾伍给予补贴", [exact("佰分之拾伍", 15, "%")]),
    ("千分之五", [exact("千分之五", 0.5, "%")]),
])
def test_rates_with_spaces_and_financial_digits(text, expected):
    assert read(text) == expected


def test_spaces_do_not_join_a_number_to_the_next_cell():
    """Runs of spaces join a number only to the unit after it: 2021   3 in a table row stays apart,
    and a dash between two cells is an empty cell, not a range."""
    assert read("序号 1    2021年    3   个百分点") == [exact("3   个百分点", 3, "pp")]
    assert read("项目数 3    50万元") == [exact("50万元", 500_000, "CNY")]
    assert read("补贴标准 10万元    -    30万元") == [exact("10万元", 100_000, "CNY"), exact("30万元", 300_000, "CNY")]


# --- fractions of a yuan ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("工本费每份伍角", [exact("伍角", 0.5, "CNY")]),
    ("每页收取叁分", [exact("叁分", 0.03, "CNY")]),
    ("金额：贰元零伍分", [exact("贰元零伍分", 2.05, "CNY")]),
    ("合计伍角叁分", [exact("伍角叁分", 0.53, "CNY")]),
    ("每张五毛钱", [exact("五毛钱", 0.5, "CNY")]),
    ("每斤补贴三分钱", [exact("三分钱", 0.03, "CNY")]),
    ("收费1元5角", [exact("1元5角", 1.5, "CNY")]),
    ("人民币壹佰元零叁分", [exact("人民币壹佰元零叁分", 100.03, "CNY")]),
    ("三角形区域", []),
    ("评分达到八十五分的", []),
    ("十分重要", []),
    ("三分之一", []),
    ("叁分之一", []),
    ("五角星", []),
    # 海洋环境保护法 (2023) 第一百二十条: 陆 is land before it is six
    ("海岸线,是指多年大潮平均高潮位时海陆分界痕迹线", []),
    ("各参赛队伍角逐前三名", []),
    ("收费标准为伍角的", [exact("伍角", 0.5, "CNY")]),
    # gov_21 (辽宁省, 2000s): 对非居民用电每千瓦时加价2分钱
    ("对非居民用电每千瓦时加价2分钱", [exact("2分钱", 0.02, "CNY")]),
])
def test_fractions_of_a_yuan(text, expected):
    assert read(text) == expected


# --- a currency word after the number, before another amount ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("10人民币 2美元", [exact("10人民币", 10, "CNY"), exact("2美元", 2, "USD")]),
    ("500美元 300欧元", [exact("500美元", 500, "USD"), exact("300欧元", 300, "EUR")]),
    ("100港币 20美元", [exact("100港币", 100, "HKD"), exact("20美元", 20, "USD")]),
    ("费用为人民币500元", [exact("人民币500元", 500, "CNY")]),
])
def test_a_currency_word_after_a_number_is_its_unit(text, expected):
    assert read(text) == expected


def test_a_currency_word_after_a_bare_magnitude_is_its_unit():
    assert [(t, unit) for t, *_, unit in read("营收过亿人民币 2000万美元")] == [("亿人民币", "CNY"), ("2000万美元", "USD")]


# --- a range whose magnitude is written after the upper number only -------------------------

@pytest.mark.parametrize("text, expected", [
    ("一次性补贴0.5~1.2万/人", [("0.5~1.2万/人", None, 5_000, 12_000, True, True, "CNY")]),
    ("给予3-5万奖励", [("3-5万", None, 30_000, 50_000, True, True, "CNY")]),
    ("奖励1.5至2万", [("1.5至2万", None, 15_000, 20_000, True, True, "CNY")]),
    ("奖励5000-1万", [("5000-1万", None, 5_000, 10_000, True, True, "CNY")]),
    ("补贴0.5-1.2万元/人", [("0.5-1.2万元/人", None, 5_000, 12_000, True, True, "CNY")]),
])
def test_a_range_shares_the_upper_magnitude(text, expected):
    assert read(text) == expected


# --- a foreign-currency range with a mark before the currency word ------------------------------

@pytest.mark.parametrize("text, expected", [
    ("投资额100万-300万（含）港元的项目", [("100万-300万(含)港元", None, 1_000_000, 3_000_000, False, True, "HKD")]),
    ("出口额100万-300万（不含）美元", [("100万-300万(不含)美元", None, 1_000_000, 3_000_000, True, False, "USD")]),
    ("进出口额50万（含）美元以上", [("50万(含)美元", None, 500_000, None, True, None, "USD")]),
    ("投资额1000万-3000万（含）元", [("1000万-3000万(含)元", None, 10_000_000, 30_000_000, False, True, "CNY")]),
])
def test_a_mark_before_the_currency_word(text, expected):
    folded = [(span.translate(FOLD), *rest) for span, *rest in read(text)]
    assert folded == expected


# --- bound words apart from their amount -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("对获得金奖、银奖的，分别给予最高奖励为50万元、30万元", [exact("50万元", 500_000, "CNY"), exact("30万元", 300_000, "CNY")]),
    ("一等奖最高奖励为50万元、二等奖最高奖励为30万元", [exact("50万元", 500_000, "CNY"), exact("30万元", 300_000, "CNY")]),
    ("最高资助额为300万元", [exact("300万元", 3_000_000, "CNY")]),
])
def test_a_bound_noun_with_a_verb_reads_the_same_in_lists(text, expected):
    """最高奖励为50万元 names the top award: an exact value in a cap's role (NOTES-a rule 2), alone
    and in every item of a list."""
    assert read(text) == expected
    roles = [c.role for c in extract_clauses(text.translate(FOLD))[0]]
    assert roles == ["cap"] * len(expected)


@pytest.mark.parametrize("text, expected, role", [
    # guides g06 淮安: 共有产权房…(政府出资份额最高为保障标准的50%)
    ("共有产权房是指向符合条件的人才在购房时与政府按出资比例共同拥有房屋产权的住房(政府出资份额最高为保障标准的50%)",
     [("50%", None, None, 50, None, True, "%")], "cap"),
    ("资助额最高为200万元", [("200万元", None, None, 2_000_000, None, True, "CNY")], "cap"),
    ("资助额最高为200万元、100万元", [("200万元", None, None, 2_000_000, None, True, "CNY"),
                                ("100万元", None, None, 1_000_000, None, True, "CNY")], "cap"),
    ("首付款比例最低为20%", [("20%", None, 20, None, True, None, "%")], "floor"),
    ("住房公积金贷款额度最高为50万元", [("50万元", None, None, 500_000, None, True, "CNY")], "figure"),  # a loan limit
    ("贷款最低首付比例为20%", [exact("20%", 20, "%")], "floor"),  # l04 安阳: the noun rule stands
])
def test_a_bound_word_right_before_a_verb_of_being_bounds_the_number(text, expected, role):
    """份额最高为50%: with no noun between the bound word and 为, the bound is the number's."""
    assert read(text) == expected
    assert {c.role for c in extract_clauses(text.translate(FOLD))[0]} == {role}


def test_the_verb_of_being_is_no_part_of_a_base_and_a_noun_keeps_its_rule_inside_a_list():
    (share,) = extract_clauses("政府出资份额最高为保障标准的50%")[0]
    assert share.base == "保障标准"
    assert read("奖励10万元、最高奖励为20万元") == [exact("10万元", 100_000, "CNY"), exact("20万元", 200_000, "CNY")]


def test_a_bound_word_before_page_furniture_bounds_the_amount_after_it():
    """每年最高不超过 / page break, page number or running head / 200万元: the amount keeps its
    bound (tests/fixtures/structure/synthetic_page_break_bound.txt); a numbered unit after a
    dangling bound word starts afresh, and furniture gets no clause."""
    from pathlib import Path

    from polc.pipeline import compile_source

    path = Path(__file__).parent / "fixtures" / "structure" / "synthetic_page_break_bound.txt"
    doc = compile_source(path.name, path.read_bytes()).documents[0]
    stack, found, clauses = list(doc["body"]), {}, []
    while stack:
        node = stack.pop()
        stack += node["children"]
        clauses += node["clauses"]
        for c in node["clauses"]:
            found[c["text"]] = (c["value"], c["min"], c["max"], c["min_inclusive"], c["max_inclusive"], c["role"])
    assert found["200万元"] == (None, None, 2_000_000, None, True, "cap")
    assert found["100万元"] == (1_000_000, 1_000_000, 1_000_000, True, True, "cap")  # 最高奖励为: the noun rule
    assert found["人民币300万元"] == (None, None, 3_000_000, None, True, "cap")
    assert found["10万元"] == (None, 100_000, None, True, None, "floor")
    assert found["30万元"] == (300_000, 300_000, 300_000, True, True, "amount")
    assert found["50万元"] == (None, 500_000, None, True, None, "threshold")  # （五）, （八）: no continuation
    assert not {"3", "4", "5", "6", "12"} & set(found)
    # （六）: what the cut segment holds (1亿元) stays with its own node, once; the rate after the break
    # takes the bound, and the cap after it limits that rate (ids counted in the paragraph's own text).
    assert [c["text"] for c in clauses].count("1亿元") == 1
    after = {c["text"]: c for c in clauses if c["id"].startswith("item_1__item_6__para_2")}
    assert (after["30%"]["max"], after["30%"]["value"]) == (30, None)
    assert after["200万元"]["limits"] == after["30%"]["id"]
    assert [c["text"] for c in clauses].count("50万元") == 2 and found["50万元"][-1] == "threshold"


# --- categories the published numeral suites showed (tests/data/numeral_suites) ------------------

@pytest.mark.parametrize("text, value", [
    ("一千三", 1300), ("千三", 1300), ("百三", 130), ("二百五", 250), ("两千四百五", 2450), ("九十二万四", 924_000),
    ("壹萬三", 13_000), ("一亿五", 150_000_000), ("两千三点一", 2300.1),
    ("一万零三", 10_003), ("十五", 15), ("一百二十五", 125), ("十万三", 103_000), ("二〇三五", 2035), ("3万4", 30_004),
])
def test_a_digit_after_a_place_word_fills_the_next_place(text, value):
    """一千三 is 1300, not 1003 (a digit right after 百, 千, 万 or 亿); after 零 or 十 it is the units."""
    from polc.numerals import parse_chinese_number
    assert parse_chinese_number(text) == value


@pytest.mark.parametrize("text, expected", [
    ("补贴标准为一千三元", [exact("一千三元", 1300, "CNY")]),
    ("奖励二三十万元", [("二三十万元", None, 200_000, 300_000, True, True, "CNY")]),
    ("收费三五百元", [("三五百元", None, 300, 500, True, True, "CNY")]),
    ("股票收盘价的百分之七十百分位", [exact("百分之七十", 70, "%")]),
    ("利息9佰日元", [exact("9佰日元", 900, "JPY")]),
    ("港币两千九百六十元", [exact("港币两千九百六十元", 2960, "HKD")]),
    ("新台币 177.1 亿元", [exact("新台币 177.1 亿元", 17_710_000_000, "TWD")]),
    ("出口额100万澳元以上", [("100万澳元", None, 1_000_000, None, True, None, "AUD")]),
    ("借款5000万韩元", [exact("5000万韩元", 50_000_000, "KRW")]),
    ("报账金额1万元--5万元", [("1万元--5万元", None, 10_000, 50_000, True, True, "CNY")]),
    ("每人补贴两到三千元", [("两到三千元", None, 2_000, 3_000, True, True, "CNY")]),
    ("总额七千到九千亿元", [("七千到九千亿元", None, 700_000_000_000, 900_000_000_000, True, True, "CNY")]),
    ("每人补贴二十到一百元", [("二十到一百元", None, 20, 100, True, True, "CNY")]),
    ("门票半折", [exact("半折", 50, "%")]),
    # 郑州市劳动用工条例 第三十一条: 数 before 百分之 is no approximate digit (总数 + 百分之二十)
    ("用人单位按照最低工资标准发放工资的职工人数占本单位职工总数百分之二十以上的",
     [("百分之二十", None, 20, None, True, None, "%")]),
    # 民法典 物权编 第三百零四条: 对折价 is "of the price", not half price
    ("难以分割或者因分割会减损价值的，应当对折价或者拍卖、变卖取得的价款予以分割", []),
])
def test_suite_categories(text, expected):
    got = read(text)
    assert [(span, *rest) for span, *rest in got] == expected
    if "二三十" in text or "三五百" in text:
        assert all(c.approx for c in extract_clauses(text)[0])


# --- invariants over the new words -----------------------------------------------------------

_PIECES = ["85", "八五", "折", "半成", "对折", "成", "半", "仟分之", "伍", "角", "分", "叁", "零", "元", "钱", "毛",
           "人民币", "美元", "港元", "(含)", "(不含)", "万", "亿", "千", "百", "~", "-", "--", "至", "、", "为", "最高",
           "不超过", "奖励", "个百分点", "%", "3", "0.5", "1.2", "二三十", "一千三", "   ", " ", "\n", "，", "。", "/人",
           "之", "以上", "港币", "9佰", "澳元"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
def test_any_mix_of_the_new_words_reads_without_error(text):
    """No crash; spans lie in the text, in order, and never overlap; a range's ends are ordered."""
    found, _ = extract_clauses(text)
    at = 0
    for c in found:
        assert at <= c.span[0] < c.span[1] <= len(text)
        at = c.span[1]
        if c.type in ("money", "percent") and c.min is not None and c.max is not None:
            assert c.min <= c.max


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["一、支持企业\n\n", "（一）对企业每年最高不超过", "\n\n— 3 —\n\n", "\n\n某市人民政府文件\n\n",
                                 "200万元，", "研发投入的30%。", "最高奖励为", "（二）", "1亿元的企业", "\n\n"]),
                max_size=12).map("".join))
def test_cut_sentences_compile_within_the_contract(text):
    from lossless import assert_lossless
    from polc.pipeline import compile_source
    from polc.validate import schema_errors

    result = compile_source("cut.txt", text.encode())
    assert_lossless(text.encode(), result)
    for doc in result.documents:
        assert schema_errors(doc) == []
        assert not [d for d in doc["diagnostics"] if d["code"] == "internal-error"]

"""Numeric clauses: the cases mutation testing (mutmut) of numerals, numeric_read and clauses found untested.

Each test kills one or more surviving mutants: a bound's inclusivity or side, a unit or scale that
one end of a range or list takes from the other, a role rule, a span, a date rule.  The phrasing is
that of real policy text (most sentences are cut from the corpora); everything goes through the
public functions, on text folded as the pipeline folds it.  The last tests pin four readings the
mutation run found wrong (a magnitude shared too far, a range across two units).
"""
from __future__ import annotations

import pytest

from polc.clauses import Clause, ClauseDiagnostic, extract_clauses
from polc.normalize import FOLD
from polc.numerals import calendar_date, parse_chinese_number, to_chinese_numeral


def _read(text: str, condition: bool = False) -> tuple[list[Clause], list[ClauseDiagnostic]]:
    return extract_clauses(text.translate(FOLD), condition=condition)


def _one(text: str, condition: bool = False) -> Clause:
    found, _ = _read(text, condition)
    assert len(found) == 1, found
    return found[0]


def _under(text: str, c: Clause | ClauseDiagnostic) -> str:
    return text[c.span[0]:c.span[1]]


# --- the date reader -------------------------------------------------------------------


@pytest.mark.parametrize("year, expected", [
    (1000, ("1000", "year")), (2999, ("2999", "year")), (999, None), (3000, None),
])
def test_calendar_years_run_from_1000_to_2999_inclusive(year, expected):
    assert calendar_date(year, None, None) == expected


def test_a_day_needs_a_month():
    assert calendar_date(2021, None, None) == ("2021", "year")
    assert calendar_date(2021, None, 24) is None
    assert calendar_date(None, None, None) is None


@pytest.mark.parametrize("year, month, day, expected", [
    (2024, 2, 29, ("2024-02-29", "day")),
    (2021, 2, 29, None),  # 2021 is no leap year
    (None, 2, 29, ("--02-29", "day")),  # a day of an unstated year may be a leap day
    (None, 8, 14, ("--08-14", "day")),
    (2021, 12, None, ("2021-12", "month")),
])
def test_days_of_the_calendar(year, month, day, expected):
    assert calendar_date(year, month, day) == expected


def test_a_day_of_an_unstated_year():
    text = "每年5月1日前完成申报"
    c = _one(text)
    assert (c.type, c.value, c.precision, c.role, _under(text, c)) == ("date", "--05-01", "day", "deadline", "5月1日")


@pytest.mark.parametrize("text, low, high, under", [
    ("2025年1月1日至8月1日举办完成的项目", "2025-01-01", "2025-08-01", "2025年1月1日至8月1日"),  # 至8月1日: same year
    ("申报时间为每年7月1日至8月31日", "--07-01", "--08-31", "7月1日至8月31日"),
])
def test_date_ranges_include_both_days(text, low, high, under):
    c = _one(text)
    assert (c.type, c.value, c.min, c.max, c.min_inclusive, c.max_inclusive, c.precision) == \
        ("date", None, low, high, True, True, "day")
    assert _under(text, c) == under


def test_a_typo_in_a_range_end_is_still_reported():
    found, diagnostics = _read("申报时间为2022为3月1日至2022年3月31日")
    assert [(c.min, c.max) for c in found] == [("2022-03-01", "2022-03-31")]
    assert [d.code for d in diagnostics] == ["date-typo"]


def test_an_unknown_day_is_no_date_and_does_not_raise():
    text = "具体于几月几日开展另行通知"
    found, diagnostics = _read(text)
    assert found == []
    assert [(d.code, _under(text, d)) for d in diagnostics] == [("date-invalid", "几月几日")]


def test_a_time_of_day_after_a_date_leaves_the_date_whole():
    text = "会议定于2023年5月18日9时召开"
    c = _one(text)
    assert (c.value, c.precision, _under(text, c)) == ("2023-05-18", "day", "2023年5月18日")


@pytest.mark.parametrize("text, role", [
    ("于2026年9月30日前完成项目申报", "deadline"),
    ("力争到2025年前实现全覆盖", "figure"),  # a year before 前 is a target, not a deadline
])
def test_before_a_date(text, role):
    assert _one(text).role == role


def test_a_four_digit_number_of_years_is_no_calendar_year():
    c = _one("传承弘扬5000年中华优秀传统文化")
    assert (c.type, c.value, c.unit) == ("duration", 5000, "年")


def test_year_lists_without_separators():
    found, _ = _read("2019年 2020年 2021年")
    assert [c.value for c in found] == ["2019", "2020", "2021"]


def test_years_and_months_are_two_durations():
    found, _ = _read("项目执行期为3年6个月")
    assert [(c.type, c.value, c.unit, c.role) for c in found] == \
        [("duration", 3, "年", "validity"), ("duration", 6, "个月", "validity")]


# --- the numeral writer ----------------------------------------------------------------


@pytest.mark.parametrize("value, text", [
    (11000, "一万一千"), (10999, "一万零九百九十九"), (1000100, "一百万零一百"), (10010000, "一千零一万"),
    (210000000, "二亿一千万"), (201000000, "二亿零一百万"),
])
def test_a_zero_is_written_only_where_a_place_is_skipped(value, text):
    assert to_chinese_numeral(value) == text


@pytest.mark.parametrize("text, value", [
    ("二点五", 2.5), ("十二点零五", 12.05), ("二点五万", 25000), ("一点二五万", 12500), ("三点五亿", 350000000),
    ("二点五万亿", 2500000000000),  # every magnitude after the fraction scales the whole number
])
def test_decimal_numerals_in_chinese(text, value):
    got = parse_chinese_number(text)
    assert got == value and type(got) is type(value)


# --- bounds ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, value", [
    ("注册资本在1000万元以上(不含1000万元)", 10000000),
    ("研发投入占比在3%以上(不含3%)", 3),
])
def test_a_not_included_mark_makes_an_inclusive_bound_exclusive(text, value):
    c = _one(text)
    assert (c.min, c.min_inclusive, c.max, c.value) == (value, False, None, None)


@pytest.mark.parametrize("text, min_inclusive, max_inclusive", [
    ("年销售额1000万元(不含)-5000万元(含)的企业", False, True),
    ("年销售额1000万元(含)-5000万元(不含)的企业", True, False),
])
def test_marks_on_both_ends_of_a_range(text, min_inclusive, max_inclusive):
    c = _one(text)
    assert (c.min, c.max, c.min_inclusive, c.max_inclusive) == (10000000, 50000000, min_inclusive, max_inclusive)


@pytest.mark.parametrize("text, side, value", [
    ("年营业收入达到数千万元的企业", "min", 10000000),  # 数千万: 1000万…9000万; a floor takes the low end
    ("投资规模不超过几十万元的项目", "max", 900000),  # 几十万: 10万…90万; a cap takes the high end
])
def test_a_bound_on_an_approximate_number_takes_the_end_on_its_side(text, side, value):
    c = _one(text)
    other = "max" if side == "min" else "min"
    assert (getattr(c, side), getattr(c, f"{side}_inclusive"), getattr(c, other), c.approx) == (value, True, None, True)


@pytest.mark.parametrize("text, kept", [
    ("商标、证明商标注册时间超过3年以上", "exclusive"), ("申请人须具有至少超过2年的从业经历", "inclusive"),
])
def test_a_bound_conflict_says_which_reading_was_kept(text, kept):
    found, diagnostics = _read(text)
    [d] = diagnostics
    assert d.code == "bound-conflict" and d.message.endswith(f"kept the earlier reading ({kept})")
    assert found[0].min_inclusive is (kept == "inclusive")


def test_a_change_in_points_after_a_base_compares_and_stays_approximate():
    """l19 (ext key): 低于全国平均水平1个百分点左右 is lower *by* about one point, not a bound on it."""
    c = _one("力争社会物流总费用与地区生产总值比率低于全国平均水平1个百分点左右")
    assert (c.value, c.min_inclusive, c.max_inclusive, c.unit, c.approx) == (1, True, True, "pp", True)
    rate = _one("按不超过实际融资额1%给予补贴")  # a rate after its base is still bounded by the word before
    assert (rate.max, rate.max_inclusive, rate.base) == (1, True, "实际融资额")


def test_a_bound_after_near_keeps_the_time_relative():
    c = _one("近三年内未发生较大及以上生产安全事故")
    assert (c.type, c.max, c.relative) == ("duration", 3, True)


@pytest.mark.parametrize("text, unit, value", [
    ("在受理后30日内完成审核", "日", 30), ("补贴期限最长不超过6个月", "个月", 6),
])
def test_durations_in_days_and_months(text, unit, value):
    c = _one(text)
    assert (c.type, c.unit, c.max, c.max_inclusive, c.value) == ("duration", unit, value, True, None)


# --- units and scales -----------------------------------------------------------------


def test_an_amount_before_a_measure_word_is_no_money():
    found, _ = _read("拟投资400亿元，建设炼油规模800万吨/年的项目")
    assert [(c.type, c.value) for c in found] == [("money", 40000000000)]
    assert not _read("对投资建设5万 平方米以上厂房的企业给予奖励")[0]


def test_a_bare_magnitude_is_money_only_by_its_own_sentence():
    assert [c.value for c in _read("对认定的企业给予50万元奖励。全市高新技术企业总数达到3万")[0]] == [500000]
    assert not _read("实现标识注册总量突破5亿")[0]


@pytest.mark.parametrize("text, kind, low, high", [
    ("累计完成发明专利审查85万余件", "count", 850000, 860000),
    ("带动社会投资100余亿", "money", 10000000000, 20000000000),
])
def test_more_than(text, kind, low, high):
    c = _one(text)
    assert (c.type, c.min, c.max, c.min_inclusive, c.max_inclusive, c.approx) == (kind, low, high, False, False, True)


def test_financial_numerals_close_with_zheng_after_jiao():
    c = _one("收取工本费人民币伍元伍角整")
    assert (c.type, c.value, c.unit) == ("money", 5.5, "CNY")


@pytest.mark.parametrize("text, values", [
    ("成立并授牌院士工作站、博士科研工作站的分别奖励20万、10万元", [200000, 100000]),
    ("分别给予50、30、20万元奖励", [500000, 300000, 200000]),  # a descending list shares 万元
])
def test_a_unit_written_once_covers_the_list(text, values):
    found, _ = _read(text)
    assert [(c.type, c.value) for c in found] == [("money", v) for v in values]


def test_a_list_shares_its_per_unit_basis():
    found, _ = _read("分别给予3000、5000元/人的一次性补贴")
    assert [(c.value, c.per, c.period) for c in found] == [(3000, (1, "人"), "一次性"), (5000, (1, "人"), "一次性")]


def test_a_bound_before_a_list_of_bare_numbers_applies_to_each():
    found, _ = _read("对获评国家级、省级示范企业的，分别给予最高50、30万元奖励")
    assert [(c.max, c.max_inclusive, c.value, c.role) for c in found] == [(500000, True, None, "cap"), (300000, True, None, "cap")]


@pytest.mark.parametrize("text", ["给予五千至一万元补贴", "每家企业奖励5000元至1万元"])
def test_a_low_end_that_is_already_whole_takes_no_magnitude(text):
    c = _one(text)
    assert (c.min, c.max, c.value) == (5000, 10000, None)


def test_a_range_keeps_its_per_unit_basis():
    c = _one("按培训项目给予企业500-4000元/人培训补贴")
    assert (c.min, c.max, c.per, c.role) == (500, 4000, (1, "人"), "amount")


def test_a_range_keeps_approximation_and_relative_time():
    about = _one("经过5—10年左右时间")
    assert (about.min, about.max, about.approx) == (5, 10, True)
    after = _one("项目实施满1-2年后")
    assert (after.min, after.max, after.relative) == (1, 2, True)


def test_a_range_whose_ends_do_not_fit_stays_apart():
    found, _ = _read("补贴期限为6个月至1年")
    assert [(c.value, c.unit) for c in found] == [(6, "个月"), (1, "年")]


def test_a_descending_range_stays_two_amounts():
    found, _ = _read("按评审等次给予5万元至1万元不等的奖励")
    assert [(c.value, c.min, c.max) for c in found] == [(50000, 50000, 50000), (10000, 10000, 10000)]


# --- context: lists, caps, per-unit rates, bases ---------------------------------------


def test_one_value_after_severally_applies_to_each_item_silently():
    found, diagnostics = _read("当年获得“地理标志证明商标”与“地理标志产品”认定的分别奖励10万元")
    assert [c.value for c in found] == [100000] and diagnostics == []


def test_a_severally_list_of_the_wrong_length_is_reported():
    found, diagnostics = _read("对新认定的国家级、省级企业技术中心、制造业创新中心分别奖励50万元、20万元")
    assert [(c.value, c.applies_to) for c in found] == [(500000, None), (200000, None)]
    [d] = diagnostics
    assert (d.code, d.severity) == ("list-mismatch", "info")
    assert "国家级、省级企业技术中心、制造业创新中心" in d.message


def test_a_cap_with_nothing_before_it_limits_nothing():
    cap, rate = _read("每家企业最高补贴10万元，按实际投入的30%给予补助")[0]
    assert (cap.role, cap.limits, rate.type, rate.role) == ("cap", None, "percent", "amount")


def test_only_the_count_of_a_per_unit_rate_is_its_basis():
    found, _ = _read("企业当年新增发明专利授权20件以上的，每10件给予1万元奖励")
    assert [(c.type, c.min, c.value, c.per) for c in found] == \
        [("count", 20, None, None), ("money", 10000, 10000, (10, "件"))]


def test_a_base_enumeration_ends_at_its_last_deng():
    c = _one("按省级一等奖、二等奖等奖励资金的50%给予配套奖励")
    assert (c.value, c.base, c.role) == (50, "奖励资金", "amount")


# --- readings mutation testing found wrong (fixed in numeric_read since) --------------


def test_an_arabic_low_end_that_is_already_whole_takes_no_magnitude():
    text = "给予5000-1万元补贴"
    c = _one(text)
    assert (c.type, c.min, c.max, c.value, c.unit, _under(text, c)) == ("money", 5000, 10000, None, "CNY", "5000-1万元")


def test_a_descending_list_in_chinese_numerals_shares_its_magnitude():
    found, _ = _read("分别给予五十、三十万元奖励")
    assert [(c.type, c.value) for c in found] == [("money", 500000), ("money", 300000)]


@pytest.mark.parametrize("text, ends", [
    ("培训周期为2周至3个月", [("duration", 2, "周"), ("duration", 3, "个月")]),
    ("给予5万美元至100万元奖励", [("money", 50000, "USD"), ("money", 1000000, "CNY")]),
])
def test_a_range_across_two_units_is_two_quantities(text, ends):
    found, _ = _read(text)
    assert [(c.type, c.value, c.unit) for c in found] == ends


# --- the lexer: line breaks, signs, fillers, remarks -------------------------------------


@pytest.mark.parametrize("text, value", [("奖励50\n元", 50), ("奖励50万\n元", 500000)])
def test_a_line_break_may_cut_an_amount_from_its_unit(text, value):
    c = _one(text)
    assert (c.type, c.value, _under(text, c)) == ("money", value, text[2:])


def test_a_line_break_before_a_bound_word_cuts_it_off():
    c = _one("奖励20万元\n以上")
    assert (c.value, c.min, c.max) == (200000, 200000, 200000)


@pytest.mark.parametrize("text, values", [
    ("增速不低于-3%", [(None, -3, None)]), ("两项指标分别为5%、-3%", [(5, 5, 5), (-3, -3, -3)]),
])
def test_a_sign_after_a_bound_or_a_separator_is_a_sign(text, values):
    assert [(c.value, c.min, c.max) for c in _read(text)[0]] == values


def test_fillers_may_follow_one_another_after_a_bound():
    c = _one("最高给予奖励10万元")
    assert (c.max, c.max_inclusive, c.value, c.role) == (100000, True, None, "cap")


def test_a_remark_in_brackets_ends_the_window_but_keeps_the_amount():
    c = _one("年销售收入500万元(不含税)的企业")
    assert (c.type, c.value) == ("money", 5000000)


def test_a_word_before_a_month_day_ends_the_window_but_keeps_the_amount():
    found, _ = _read("奖励资金10万元于3月1日前拨付到位")
    assert [(c.type, c.value, c.role) for c in found] == [("money", 100000, "amount"), ("date", "--03-01", "deadline")]


def test_a_negative_high_end_of_a_range():
    """Found by mutation testing (a sign after a range word was read as a second range word), now fixed."""
    found, _ = _read("全年增速控制在-5%至-3%")
    assert not any(c.value == 3 for c in found)
    assert any(c.max == -3 or c.value == -3 for c in found)


def test_a_line_break_before_a_magnitude():
    """Found by mutation testing (a line break between a number and 万元 lost the amount), now fixed."""
    assert [c.value for c in _read("奖励50\n万元")[0]] == [500000]


# --- roles ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["拥有有效发明专利5件", "研发团队成员10人"])
def test_an_unbounded_count_in_a_condition_is_a_threshold(text):
    assert _one(text, condition=True).role == "threshold"


@pytest.mark.parametrize("text, role", [("每年资助不超过5项", "cap"), ("延伸注册国10个以上", "floor")])
def test_a_bounded_count_is_a_cap_or_a_floor(text, role):
    assert _one(text).role == role


@pytest.mark.parametrize("text", [
    "力争全省研发投入强度不低于3%",
    "一、发展目标。力争到2025年，全市数字经济核心产业增加值500亿元以上",  # 力争 opens the sentence, not the segment
])
def test_a_bound_in_a_target_is_a_stated_figure(text):
    found, _ = _read(text)
    assert [c.role for c in found if c.type in ("money", "percent")] == ["figure"]


@pytest.mark.parametrize("text, role", [
    ("贷款额度最高不超过300万元", "figure"),  # what a bank lends, even at the very start of the text
    ("贷款最高额度为300万元", "figure"),
    ("土地最低出让价为5.8万元/亩", "figure"),  # a price, no rule
    ("最高补助标准为50万元", "cap"),
])
def test_noun_bound_values(text, role):
    assert _one(text).role == role


def test_a_granted_range_is_an_amount_even_before_a_noun():
    c = _one("对符合条件的企业给予20-50万元的项目资助")
    assert (c.min, c.max, c.role) == (200000, 500000, "amount")


def test_a_date_has_no_scope_or_period():
    c = _one("每家企业每年5月1日前完成申报")
    assert (c.type, c.scope, c.period, c.role) == ("date", None, None, "deadline")


def test_only_money_takes_a_per_unit_basis():
    c = _one("每件给予50%的资助")
    assert (c.type, c.per, c.role) == ("percent", None, "amount")


def test_a_bound_does_not_reach_into_the_next_clause():
    cap, amount = _read("最高奖励20万元；对参与单位和个人给予5万元奖励")[0]
    assert (cap.max, cap.role) == (200000, "cap")
    assert (amount.value, amount.max, amount.role) == (50000, 50000, "amount")


# --- what is no quantity ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["资助项目数量控制在20以内", "资金保障方面，全市企业总数达到3万"])
def test_a_bare_number_is_no_money_without_money_words_in_its_segment(text):
    assert not [c for c in _read(text)[0] if c.type == "money"]


def test_a_text_that_begins_with_gdp_keeps_its_rates():
    c = _one("GDP年均增长6.5%左右")
    assert (c.type, c.value, c.period, c.approx) == ("percent", 6.5, "年均", True)


def test_a_single_arabic_digit_count_is_kept():
    c = _one("建成9个国家级知识产权保护中心")
    assert (c.type, c.value, c.unit) == ("count", 9, "个")


def test_a_count_range_is_a_stated_figure():
    c = _one("每年推荐10-15个项目")
    assert (c.min, c.max, c.role) == (10, 15, "figure")


def test_an_unbounded_duration_in_a_condition_is_a_threshold():
    c = _one("从事相关工作3年", condition=True)
    assert (c.type, c.value, c.role) == ("duration", 3, "threshold")


def test_an_age_in_zhousui_is_no_number_of_weeks():
    """Found by mutation testing (80周岁 was read as 80 weeks), now fixed: 周岁 is its own unit."""
    found, _ = _read("对80周岁及以上的老年人发放高龄津贴")
    assert not any(c.unit == "周" for c in found)

"""The Chinese numeral codec and the consistency of the clause tables."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from polc import lexicon as N
from polc.numerals import parse_chinese_number, plain_number, to_chinese_numeral


@pytest.mark.parametrize("text, value", [
    ("零", 0), ("〇", 0), ("十", 10), ("十五", 15), ("二十", 20), ("两", 2), ("一百五十", 150),
    ("一百零五", 105), ("一千零一", 1001), ("十万", 100000), ("二十万", 200000), ("两万", 20000),
    ("一百五十万", 1500000), ("三亿五千万", 350000000), ("一万亿", 10**12), ("百万", 10**6),
    ("壹拾万", 100000), ("贰佰", 200), ("叁仟", 3000), ("玖拾玖", 99),
    ("二○三五", 2035), ("二〇二一", 2021), ("二零二二", 2022),  # positional years; ○ is U+25CB
    ("30万", 300000), ("1千万", 10**7), ("1.5亿", 150000000), ("0.6万", 6000), ("157.88万", 1578800),
    ("3500亿", 350000000000), ("1,000", 1000), ("1,000万", 10**7), ("2022", 2022), ("3.5", 3.5),
])
def test_parse_chinese_number(text, value):
    got = parse_chinese_number(text)
    assert got == value and type(got) is type(value)


@pytest.mark.parametrize("text", ["十四五x", "万元", "abc", "一点"])
def test_parse_rejects_non_numerals(text):
    with pytest.raises(ValueError):
        parse_chinese_number(text)


@pytest.mark.parametrize("value, text", [
    (0, "零"), (7, "七"), (10, "十"), (11, "十一"), (20, "二十"), (110, "一百一十"), (105, "一百零五"),
    (1001, "一千零一"), (10010, "一万零一十"), (100000, "十万"), (150000, "十五万"), (10**8, "一亿"),
    (100000001, "一亿零一"), (10**12, "一万亿"),
])
def test_to_chinese_numeral(value, text):
    assert to_chinese_numeral(value) == text


def test_negative_numbers_have_no_numeral():
    with pytest.raises(ValueError):
        to_chinese_numeral(-1)


@given(st.integers(min_value=0, max_value=10**12))
def test_numeral_round_trip(n):
    assert parse_chinese_number(to_chinese_numeral(n)) == n


@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_round_trip(n):
    assert parse_chinese_number(str(n)) == n


def test_plain_number():
    assert (plain_number(Decimal("6000.0")), plain_number(Decimal("3.5"))) == (6000, 3.5)
    assert type(plain_number(Decimal("6000.0"))) is int


def test_bound_words_are_unambiguous():
    assert not set(N.PRE_BOUNDS) & set(N.POST_BOUNDS)
    for bound in [*N.PRE_BOUNDS.values(), *N.POST_BOUNDS.values()]:
        assert bound.side in (None, "min", "max")
        assert (bound.inclusive is None) == (bound.side is None)


@pytest.mark.parametrize("word", ["以上", "以下", "以内", "届满", "不超过", "不低于"])
def test_inclusive_by_law(word):
    assert {**N.PRE_BOUNDS, **N.POST_BOUNDS}[word].inclusive is True


@pytest.mark.parametrize("word", ["超过", "不满", "不足", "低于", "高于"])
def test_exclusive_by_law(word):
    assert N.PRE_BOUNDS[word].inclusive is False


def test_units_do_not_overlap():
    groups = [set(N.MONEY_UNITS), set(N.PERCENT_UNITS), set(N.COUNT_UNITS), set(N.DURATION_UNITS)]
    assert sum(map(len, groups)) == len(set().union(*groups))

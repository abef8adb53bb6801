"""Tests from mutation testing of the code changed on 2026-12-01 (clauses roles and bare money, the
line join before a unit, paired emphasis, compare's term codes, the site cache's data file).

Each test kills surviving mutants that a user would see: a role or type that changes, an
emphasis that eats a multiplication, a line wrongly joined or left cut, a cache entry lost.
"""
from __future__ import annotations

import json
import sys

import pytest

from lossless import walk
from polc.clauses import Clause, extract_clauses
from polc.normalize import FOLD, normalize
from test_golden import compile_text


def _read(text: str, condition: bool = False) -> list[Clause]:
    return extract_clauses(text.translate(FOLD), condition=condition)[0]


def _roles(text: str, condition: bool = False) -> list[tuple[str, str]]:
    return [(text[c.span[0]:c.span[1]], c.role) for c in _read(text, condition)]


# --- bare 万 amounts (_bare_money) ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "规模不超过20万",  # a cap alone makes no money
    "对企业给予支持。园区规模不超过20万",  # a grant in an earlier sentence does not reach it
    "规模不超过20万，对企业给予补贴",  # nor a grant after it
    "单体规模3000万以下，相关工程按程序报批",  # a project word past a comma sizes nothing
])
def test_a_capped_bare_number_is_money_only_after_a_grant_in_its_sentence(text):
    """A bare 20万 under a cap is money only when a grant word comes before it in its sentence."""
    assert _read(text) == []


# --- roles (_role) -----------------------------------------------------------------------------


def test_a_cap_before_an_investment_subsidy_is_no_basis():
    """给予最高50万元投资补助: 投资 after the number makes no per-unit basis without a 每 before it."""
    assert _roles("给予最高50万元投资补助") == [("50万元", "cap")]
    assert _roles("新增就业50人、投资2000万元以上的项目给予奖励")[0] == ("50人", "figure")


def test_the_basis_of_a_rate_needs_its_every_right_before_it():
    """每产生/每新增 right before the money (a space allowed) makes a basis; a 每 further back does not."""
    assert _roles("每家企业给予10万元投资补助") == [("10万元", "amount")]
    assert _roles("每新增 100万元营业收入，奖励1万元") == [("100万元", "threshold"), ("1万元", "amount")]


@pytest.mark.parametrize("text", [
    "年营业收入2000万元以上，不超过4亿元的企业",  # the next segment opens with a bound word
    "对年营业收入2000万元以上，且同比增长10%以上的(以统计部门数据为准)，给予奖励",  # 的 then a bracket
])
def test_a_condition_closed_in_the_next_segment_is_a_threshold(text):
    """…以上，不超过4亿元的企业 and …以上，且…以上的(…): the first bound closes in the next segment."""
    assert _read(text)[0].role == "threshold"


# --- lists (add) -------------------------------------------------------------------------------


def test_an_approximate_end_of_a_list_leaves_the_earlier_amounts_exact():
    """每家企业奖励2万元、3万元左右: 左右 has no side, so it does not spread back over the list."""
    first, second = _read("每家企业奖励2万元、3万元左右")
    assert (first.approx, second.approx) == (False, True)


def test_a_bound_after_a_list_spreads_only_to_items_of_its_own_type():
    """新增就业50人、投资2000万元以上: 以上 bounds the money, not the head count before it."""
    count, money = _read("新增就业50人、投资2000万元以上的项目给予奖励")
    assert (count.value, count.min, count.role) == (50, 50, "figure")
    assert (money.min, money.role) == (20_000_000, "threshold")


# --- paired emphasis (normalize._PAIRED) -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "培训补贴=200元*培训人数*补贴标准",  # no emphasis opens right after 元
    "补贴金额=1650*在岗人数*补贴标准",  # … after a digit
    "按投资额的10%*调节系数*计算",  # … after %
    "补贴额=(实际投资额-100万元)*补贴比例*调节系数",  # … after )
    "补贴金额=单价*数量*50%",  # none closes right before a digit
])
def test_a_star_that_multiplies_is_no_emphasis(text):
    """Formulas in 补贴 rules keep their * signs: they are no markup."""
    assert normalize(text).text == text


# --- an amount cut from its unit by a line wrap (lines._is_cut, _UNIT_HEADS) --------------------


def _texts(source: str) -> list[str]:
    return [n["text"] or "" for n in walk(compile_text(source)["body"])]


@pytest.mark.parametrize("wrapped, joined", [
    ("重大项目总投资达到20\n亿元以上的，给予一次性奖励。", "重大项目总投资达到20亿元以上的"),
    ("对符合条件的人才每人每月发放生活补贴200\n元，最长补贴三年。", "生活补贴200元，"),
    ("贷款利率较上年下降0.5\n个百分点，切实降低企业融资成本。", "下降0.5个百分点"),
])
def test_a_number_wrapped_before_its_unit_is_joined(wrapped, joined):
    """20 / 亿元, 200 / 元, 0.5 / 个百分点: one line, one amount."""
    assert any(joined in t for t in _texts("一、支持政策\n" + wrapped + "\n")), _texts("一、支持政策\n" + wrapped + "\n")


@pytest.mark.parametrize("wrapped, apart", [
    ("力争到2025年培育规上工业企业50\n成为全省产业发展的重要支撑力量。", "50成为"),
    ("测量控制点坐标表中交点编号为20\n圆曲线半径按设计要求另行确定。", "20圆曲线"),
    ("全面加强专项资金的使用监督管理。\n万元以上项目实行清单化管理制度。", "。万元"),
])
def test_a_line_that_starts_with_no_unit_of_its_number_stays_apart(wrapped, apart):
    """50 / 成为, 20 / 圆曲线 (成 and 圆 start words too), and 万元 after a full stop: not joined."""
    assert not any(apart in t for t in _texts("一、工作目标\n" + wrapped + "\n"))


# --- compare: term codes -----------------------------------------------------------------------


def test_term_codes_are_first_character_times_two_to_the_32_plus_the_second():
    """_codes reads 政策 as 政 × 2³² + 策 on either byte order, so codes sort as the terms do."""
    from polc.compare import _codes

    codes = list(_codes("政策补贴"))
    assert codes == [ord("政") << 32 | ord("策"), ord("补") << 32 | ord("贴")], sys.byteorder


# --- the site cache's data file ----------------------------------------------------------------


def test_every_data_entry_survives_to_the_next_build_even_in_a_new_folder(tmp_path):
    """close() writes all entries (comma-separated, valid JSON) into a folder made as deep as needed."""
    from polc import sitecache

    first = tmp_path / "cache" / "build-1"  # does not exist yet, nor does its parent
    writer = sitecache.SiteCache(None, first)
    writer.put_json("profile/a.json", {"grams": "政策"})
    writer.put_json("profile/b.json", {"grams": "补贴"})
    writer.close()
    data = json.loads((first / sitecache.FOLDER / sitecache.data_name()).read_text(encoding="utf-8"))
    assert data == {"profile/a.json": {"grams": "政策"}, "profile/b.json": {"grams": "补贴"}}
    reader = sitecache.SiteCache(first, tmp_path / "build-2")
    assert reader.get_json("profile/a.json") == {"grams": "政策"}
    assert reader.get_json("profile/b.json") == {"grams": "补贴"}


def test_file_entries_count_one_hit_each_and_a_cache_without_a_new_folder_reads_none(tmp_path):
    """get_text counts a hit per read; with no new folder (caching off) it finds nothing."""
    from polc import sitecache

    old = tmp_path / "old"
    writer = sitecache.SiteCache(None, old)
    writer.put_text("rows/x.txt", "行")
    writer.close()
    reader = sitecache.SiteCache(old, tmp_path / "new")
    assert reader.get_text("rows/x.txt") == "行" and reader.get_text("rows/x.txt") == "行"
    assert reader.hits == 2
    assert sitecache.SiteCache(old, None).get_text("rows/x.txt") is None

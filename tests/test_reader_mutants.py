"""Tests from mutation testing (mutmut) of the numeric reader and two of its neighbours.

Covers ``numeric_read.windows`` (a dash after a skipped name or at a text's start), ``_lex``
(a date-typo letter after a plain count, a minus sign after 或, the 角 of a yuan amount in a
range), ``_inclusion_inside`` ((含) between a number and its 万), the ``items`` rule of the
ClauseReader (a unit or a bound written once for a list, 或 alternatives) and the reach and
bound-word handling of ``_reading``; then ``lines._is_cut`` (which page-broken lines are
joined) and ``compare.neighbours`` (which documents are paired).  Each test kills surviving
mutants a user would see: a value, bound, inclusive flag, role, span, approximation, a
diagnostic's wording, a line wrongly joined or left cut, a neighbour pair gained or lost.
Sentences are policy phrasing, read as the pipeline reads them (folded, then extract_clauses).
"""
from __future__ import annotations

import pytest

from polc.clauses import Clause, extract_clauses
from polc.normalize import FOLD


def _read(text: str, condition: bool = False):
    return extract_clauses(text.translate(FOLD), condition=condition)


def _clauses(text: str) -> list[Clause]:
    return _read(text)[0]


def _under(text: str, c: Clause) -> str:
    return text.translate(FOLD)[c.span[0]:c.span[1]]


def _fields(text: str) -> list[tuple]:
    """(text under the clause, type, value, min, max, min_inclusive, max_inclusive, unit, role)."""
    return [(_under(text, c), c.type, c.value, c.min, c.max, c.min_inclusive, c.max_inclusive, c.unit, c.role)
            for c in _clauses(text)]


# --- windows: a dash that is no minus sign ----------------------------------------------------


def test_a_rank_range_after_di_is_no_negative_count():
    """排名第1-3名: 第1 is skipped as a name and the dash after it is no minus sign, so 3名 is never
    minus three.  (It is read as a count of 3, not as the rank range 1–3 it is: a known limit.)"""
    text = "对排名第1-3名的企业分别给予奖励"
    assert [(_under(text, c), c.value, c.min, c.max) for c in _clauses(text)] == [("3名", 3, 3, 3)]


def test_a_rate_that_opens_a_table_cell_keeps_its_minus_sign():
    """-2.5% alone in a cell (the text starts with the sign and ends with %) is a fall of 2.5%."""
    assert _fields("-2.5%") == [("-2.5%", "percent", -2.5, -2.5, -2.5, True, True, "%", "figure")]


# --- _lex -------------------------------------------------------------------------------------


def test_a_letter_between_a_count_and_a_date_is_no_typo_for_year():
    """10期3月1日前: 期 after a two-digit count is no misprinted 年, so the deadline stays a day
    of the year and is not swallowed into an invalid date."""
    text = "全年举办专题培训10期3月1日前完成首期"
    found, diagnostics = _read(text)
    assert [(_under(text, c), c.type, c.value, c.role) for c in found] == [("3月1日", "date", "--03-01", "deadline")]
    assert diagnostics == []


def test_a_minus_sign_after_huo_is_a_sign_not_a_range():
    """增速为5%或-3%: the dash after 或 negates the second rate."""
    text = "营业收入增速为5%或-3%的企业"
    assert [(_under(text, c), c.value) for c in _clauses(text)] == [("5%", 5), ("-3%", -3)]


def test_a_yuan_amount_with_jiao_stays_one_range_with_its_high_end():
    """1元5角至2元: the 角 after the yuan does not restart the window, so the range keeps its low
    end, its span and its per-square-metre basis."""
    text = "物业服务收费标准为每平方米1元5角至2元"
    (c,) = _clauses(text)
    assert (_under(text, c), c.type, c.min, c.max, c.min_inclusive, c.max_inclusive, c.unit, c.per) == \
        ("1元5角至2元", "money", 1.5, 2, True, True, "CNY", (1, "平方米"))


# --- _inclusion_inside: (含) between a number and its 万 --------------------------------------


def test_an_inclusion_mark_before_a_closing_wan_still_reads_the_amount():
    """不低于3000(含)万: the mark moves after 3000万 even when 万 ends the window."""
    text = "项目总投资不低于3000(含)万"
    assert _fields(text) == [("3000(含)万", "money", None, 30_000_000, None, True, None, "CNY", "floor")]


@pytest.mark.parametrize("text, low, high", [
    ("年营业收入1000(含)万至3000万元的企业", 10_000_000, 30_000_000),
    ("对年纳税额100(含)万-500万元的企业", 1_000_000, 5_000_000),
])
def test_a_tier_marked_included_at_its_low_end_is_one_range(text, low, high):
    """1000(含)万至3000万元: one tier, its low end included and its high end left to the next tier."""
    (c,) = _clauses(text)
    assert (c.type, c.min, c.max, c.min_inclusive, c.max_inclusive, c.role) == \
        ("money", low, high, True, False, "threshold")
    assert _under(text, c).endswith("万元")


# --- items: a unit or a bound written once for a list -----------------------------------------


def test_a_bare_number_takes_its_unit_from_the_next_item_not_the_last():
    """分别给予50、30万元和5000元: 50 is 50万元 (from 30万元 beside it), not 50元 (from 5000元)."""
    text = "对获评国家级、省级、市级的，分别给予50、30万元和5000元奖励"
    assert [(c.value, c.unit) for c in _clauses(text)] == [(500_000, "CNY"), (300_000, "CNY"), (5000, "CNY")]


def test_a_cap_before_a_list_bounds_an_item_of_another_type():
    """最高不超过30%、200万元: both the rate and the money are caps."""
    text = "给予最高不超过30%、200万元的补助"
    assert [(c.type, c.value, c.max, c.max_inclusive, c.role) for c in _clauses(text)] == \
        [("percent", None, 30, True, "cap"), ("money", None, 2_000_000, True, "cap")]


def test_zuoyou_after_the_last_alternative_is_said_of_each():
    """300元、500元或1000元左右: 或 makes alternatives, and 左右 after the last is said of every one."""
    text = "每人每月补贴300元、500元或1000元左右"
    assert [(c.value, c.approx) for c in _clauses(text)] == [(300, True), (500, True), (1000, True)]


# --- _reading: reach words and bound words after the number ------------------------------------


def test_reaching_a_figure_about_so_large_is_a_threshold_of_the_enterprise():
    """达到5000万元左右的企业: 左右 has no side, so the number stays a threshold of 达到."""
    text = "年营业收入达到5000万元左右的企业"
    assert [(c.min, c.min_inclusive, c.approx, c.role) for c in _clauses(text)] == \
        [(50_000_000, True, True, "threshold")]


def test_reach_and_yishang_together_are_a_floor():
    """销售收入达到5000万元以上: 以上 is a bound of its own, so the number is a floor, not a reached figure."""
    assert [(c.min, c.role) for c in _clauses("销售收入达到5000万元以上")] == [(50_000_000, "floor")]


def test_a_conflicting_bound_word_is_named_in_the_warning():
    """低于50万元以下: the warning names 以下, the word that disagrees."""
    found, diagnostics = _read("补助金额低于50万元以下")
    assert [(c.max, c.max_inclusive) for c in found] == [(500_000, False)]
    assert [d.code for d in diagnostics] == ["bound-conflict"]
    assert "'以下'" in diagnostics[0].message


# --- lines._is_cut: which page-broken lines are joined ------------------------------------------


def _texts(source: str) -> list[str]:
    from lossless import walk
    from test_golden import compile_text

    return [n["text"] or "" for n in walk(compile_text(source)["body"])]


@pytest.mark.parametrize("source, joined", [
    ("一、支持政策\n对符合条件的企业，\n给予一次性奖励\n", "对符合条件的企业，给予一次性奖励"),  # a comma, however short
    ("一、支持政策\n加强专项资金的使用和监督管理工\n作，确保资金安全。\n", "监督管理工作，"),  # 15 characters are enough
    ("一、支持政策\n对符合条件的企业按照实际投资额给予一定比例\n的补助并优先推荐申报国家级项目\n", "一定比例的补助"),  # so is a 15-character rest
    ("一、支持政策\n对符合条件的企业按照实际投资额给予一定比例\n的补助，并优先推荐申报国家级项目。\n"
     "二、联系方式\n联系人\t联系电话\n", "一定比例的补助，"),  # a table further on is no reason
])
def test_a_sentence_cut_by_a_page_break_is_joined(source, joined):
    assert any(joined in t for t in _texts(source)), _texts(source)


@pytest.mark.parametrize("source, first, second", [
    ("一、支持政策\n对符合条件的企业给予一次性奖励，\n2021年12月24日\n", "奖励", "2021年"),  # a date line after a comma
    ("一、加快推进全市制造业企业数字化转型和智能化改造\n支持企业开展智能工厂和数字化车间建设，对认定的给予奖励。\n",
     "改造", "支持企业"),  # a 22-character title with no punctuation
    ("一、保障措施\n全面加强专项资金的使用和监督管理\n责任单位市财政局\n", "管理", "责任单位"),  # a short rest, no punctuation
    ("一、支持项目\n申报企业名称\t申请补助金额\t项目建设内容\n某某科技有限公司\t五十万元\t智能化改造升级\n",
     "申报企业", "某某科技"),  # two rows of a table
])
def test_lines_that_only_look_cut_stay_apart(source, first, second):
    texts = _texts(source)
    assert not any(first in t and second in t for t in texts), texts
    assert any(second in t for t in texts)


# --- compare.neighbours ------------------------------------------------------------------------


def _term(i: int) -> str:
    return chr(0x4E00 + i // 200) + chr(0x5000 + i % 200)  # distinct two-character terms


def _doc(name: str, terms: dict[int, int], size: int = 2):
    from polc.compare import from_data

    keys = sorted(terms)
    return from_data({"doc": name, "size": size, "grams": "".join(_term(k) for k in keys), "df": [terms[k] for k in keys]})


def _pairs(docs) -> set[tuple[str, str]]:
    from polc.compare import neighbours

    return set(neighbours(docs))


def test_two_documents_of_two_measures_that_share_their_terms_are_neighbours():
    assert _pairs([_doc("甲", {1: 1, 2: 1}), _doc("乙", {1: 1, 2: 1})]) == {("甲", "乙")}


def test_a_term_links_documents_while_at_most_a_tenth_or_ten_of_them_share_it():
    """Of 12 documents, ten sharing a term are near; eleven sharing one are not (it is too common).
    Of 120, the twelve (a tenth) sharing a term are near."""
    ten = [_doc(f"d{k}", {0: 1, 100 + k: 1}) for k in range(10)] + [_doc(f"e{k}", {200 + k: 1}) for k in range(2)]
    assert len(_pairs(ten)) > 0
    eleven = [_doc(f"d{k}", {0: 1, 100 + k: 1}) for k in range(11)] + [_doc("e", {300: 1})]
    assert _pairs(eleven) == set()
    tenth = [_doc(f"d{k:03}", {0: 1}) for k in range(12)] + [_doc(f"e{k:03}", {1000 + k: 1}) for k in range(108)]
    assert len(_pairs(tenth)) > 0


def test_a_long_document_and_one_with_no_terms_are_read_without_error():
    """A term in 256 measures of a long document (its weight stops growing at 255), and a document
    whose measures have no terms, do not stop the pairing of the others."""
    docs = [_doc("长", {1: 256, 2: 3}, size=300), _doc("短", {1: 1, 2: 1}), _doc("空", {}, size=3)]
    assert _pairs(docs) == {("长", "短")}


def test_a_heavy_term_is_kept_when_a_document_has_more_than_a_hundred():
    """A's term in 50 of its measures is among its hundred heaviest, so A and B (which shares it) are near."""
    a = _doc("A", {0: 50, **{k: 1 for k in range(1, 101)}}, size=60)
    docs = [a, _doc("B", {0: 1}), _doc("F", {k: 1 for k in range(1, 101)}, size=100)]
    assert ("A", "B") in _pairs(docs)


def test_one_weak_shared_term_is_below_the_similarity_threshold():
    """A shares 99 terms (three measures each) with F and one with G: A and G are not near (cosine ≈ 0.05)."""
    docs = [_doc("A", {0: 1, **{k: 3 for k in range(1, 100)}}, size=10), _doc("F", {k: 3 for k in range(1, 100)}, size=10),
            _doc("G", {0: 1})]
    assert _pairs(docs) == {("A", "F")}


def test_the_pair_that_is_the_weakest_for_both_documents_is_left_out():
    """Five documents, each pair sharing four terms but D1 and D2 two (still similar enough): each keeps
    its three nearest, so D1–D2 goes."""
    terms: dict[str, dict[int, int]] = {f"D{k}": {} for k in range(1, 6)}
    serial = 0
    for i in range(1, 6):
        for j in range(i + 1, 6):
            for _ in range(2 if (i, j) == (1, 2) else 4):
                terms[f"D{i}"][serial] = terms[f"D{j}"][serial] = 1
                serial += 1
    pairs = _pairs([_doc(name, t) for name, t in terms.items()])
    assert ("D1", "D2") not in pairs
    assert {("D1", "D3"), ("D1", "D4"), ("D1", "D5"), ("D2", "D3"), ("D2", "D4"), ("D2", "D5")} <= pairs


def test_a_rare_shared_term_outweighs_a_common_one():
    """A shares a term with B alone and another with nine documents C1…C9: B is one of A's three nearest,
    the other two places go to C1 and C2 (in order), and no C takes A as one of its own three."""
    docs = [_doc("A", {0: 1, 1: 1}), _doc("B", {0: 1})] + [_doc(f"C{k}", {1: 1}) for k in range(1, 10)]
    assert {p for p in _pairs(docs) if "A" in p} == {("A", "B"), ("A", "C1"), ("A", "C2")}

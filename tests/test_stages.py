"""Small unit tests per pipeline stage: source → normalize → split → lines → levels → parse → tree."""
from __future__ import annotations

import codecs
import unicodedata

import pytest
from lark import Token, Tree

from polc.ladder import match_marker, zh_to_int
from polc.levels import resolve_levels
from polc.lines import classify_lines
from polc.model import DocumentSlice, Node
from polc.normalize import normalize
from polc.parse import parse_events
from polc.source import read_source
from polc.split import split_documents
from polc.tree import build_nodes
from paths import CORPUS_EXT, ROOT, SEEDS_DIR

# --- source -------------------------------------------------------------------------

def test_source_decodes_utf8_and_removes_the_bom() -> None:
    plain = read_source("第一条 甲。".encode(), "a.txt")
    bom = read_source(codecs.BOM_UTF8 + "第一条 甲。".encode(), "a.txt")
    assert (plain.text, plain.encoding, plain.diagnostics) == ("第一条 甲。", "utf-8", ())
    assert (bom.text, bom.encoding) == ("第一条 甲。", "utf-8-sig")
    assert plain.sha256 != bom.sha256  # the hash is of the raw bytes


@pytest.mark.parametrize("raw, encoding, code, severity", [
    (b"", "empty", "empty-source", "warning"),
    (b" \n\t\n", "empty", "empty-source", "warning"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", "binary-source", "error"),
    ("第一条 关于知识产权。".encode("gb18030"), "gb18030", "non-utf8-source", "warning"),
    ("第一条 甲。".encode("utf-16"), "utf-16", "utf16-source", "info"),
    ("第一条 本办法自2021年起实施。\n".encode("utf-16-le"), "utf-16-le", "utf16-without-bom", "warning"),
    ("第一条 本办法自2021年起实施。\n".encode("utf-16-be"), "utf-16-be", "utf16-without-bom", "warning"),
])
def test_source_decides_the_encoding_once_with_a_diagnostic(raw, encoding, code, severity) -> None:
    source = read_source(raw, "x.txt")
    assert source.encoding == encoding
    assert [(d.code, d.severity) for d in source.diagnostics] == [(code, severity)]
    assert source.compilable == (severity != "error")


def _utf8(path) -> bool:
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# Every UTF-8 text kept in the repository: the seeds, the rest of corpus/, the corpus-ext copy, the
# fixtures (less those in another encoding on purpose).
TEXTS = sorted(p for folder in (SEEDS_DIR, CORPUS_EXT, ROOT / "tests" / "fixtures") for p in folder.rglob("*")
               if p.suffix in (".txt", ".md") and p.name != "README.md" and _utf8(p))


@pytest.mark.parametrize("order", ["le", "be"])
@pytest.mark.parametrize("path", TEXTS, ids=[p.relative_to(ROOT).as_posix() for p in TEXTS])
def test_every_text_of_the_repository_saved_as_utf16_without_a_bom_reads_the_same(path, order: str) -> None:
    """Seed 004 has ·, ×, ° and the like (high byte 00, low byte ≥ A0 in UTF-16): still recognised."""
    utf8 = read_source(path.read_bytes(), path.name)
    wide = read_source(path.read_bytes().decode(utf8.encoding).encode(f"utf-16-{order}"), path.name)
    assert (wide.encoding, wide.text) == (f"utf-16-{order}", utf8.text)
    assert [d.code for d in wide.diagnostics] == ["utf16-without-bom", *(d.code for d in utf8.diagnostics)]


@pytest.mark.parametrize("symbol", "·×°±§©\u00a0¥")
@pytest.mark.parametrize("order", ["le", "be"])
def test_chinese_utf16_with_a_latin1_symbol_is_text(symbol: str, order: str) -> None:
    text = f"第一条 本办法所称面积按长{symbol}宽计算，补助50万元。\n第二条 本办法自2021年起实施。\n"
    source = read_source(text.encode(f"utf-16-{order}"), "x.txt")
    assert (source.encoding, source.text) == (f"utf-16-{order}", text)


def test_a_nul_byte_in_utf8_text_is_kept_with_a_warning_at_its_place() -> None:
    source = read_source("第一条 甲。\n第二条 乙\x00丙。\n".encode(), "x.txt")
    assert (source.encoding, source.text) == ("utf-8", "第一条 甲。\n第二条 乙\x00丙。\n")
    (warning,) = source.diagnostics
    assert (warning.code, warning.severity, warning.span) == ("invalid-byte", "warning", (12, 13))
    assert "NUL" in warning.message


@pytest.mark.parametrize("raw, kind", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF"),
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    (bytes(range(256)) * 8, "binary data"),
])
def test_a_real_binary_keeps_its_clear_error(raw: bytes, kind: str) -> None:
    source = read_source(raw, "x.txt")
    assert source.encoding == "binary" and not source.compilable
    assert [d.code for d in source.diagnostics] == ["binary-source"] and kind in source.diagnostics[0].message


# --- normalize ----------------------------------------------------------------------

_SPACES = "\u3000\u00a0\t\u2002\u2003\u2009\u202f\x0b\x0c"


def fold(ch: str) -> str:
    """The normaliser's promise for one source character: full-width ASCII → ASCII, spaces → ' '."""
    if ch in _SPACES:
        return " "
    if 0xFF01 <= ord(ch) <= 0xFF5E:
        return unicodedata.normalize("NFKC", ch)
    return ch


SAMPLES = [
    "第一章　总则\r\n第一条\u00a0\u00a0为了……。（一）１．２、①\n",
    "## 第二章 罚则\n> 引用 **粗体** `代码` \\* 转义\n#### **四、项目任务**\n",
    "  • 【苏州市级】标题\n\n    第一条         第二条 \u200b零宽\t表格\t单元\n",
    "ＡＢＣ１２３（三）：；！？～ 不低\n\n于 20%",
    "",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_normalize_offsets_point_at_the_same_folded_character(text: str) -> None:
    norm = normalize(text)
    assert len(norm.offsets) == len(norm.text) + 1
    assert norm.offsets[-1] == len(text)
    assert list(norm.offsets[:-1]) == sorted(set(norm.offsets[:-1]))  # strictly increasing
    for i, ch in enumerate(norm.text):
        assert fold(text[norm.offsets[i]]) == ch, (i, ch, text[norm.offsets[i]])


@pytest.mark.parametrize("text", SAMPLES)
def test_normalize_drops_only_markup_and_carriage_returns(text: str) -> None:
    norm = normalize(text)
    kept = set(norm.offsets[:-1])
    dropped = {text[i] for i in range(len(text)) if i not in kept}
    assert dropped <= set("\r#>*`\\ \u3000\u00a0\t")
    assert "\r" not in norm.text and "\u3000" not in norm.text and "\u00a0" not in norm.text


def test_normalize_folds_widths_but_keeps_cjk_punctuation() -> None:
    assert normalize("（一）１．：").text == "(一)1.:"
    assert normalize("、。《》“”〔〕【】①").text == "、。《》“”〔〕【】①"
    assert normalize("# 标题\n").text == " 标题\n"


def test_to_source_maps_a_normalised_range_back() -> None:
    text = "## 第一章\u3000总则\r\n"
    norm = normalize(text)
    start = norm.text.index("第一章")
    assert norm.to_source(start, start + 3) == (3, 6)
    assert text[slice(*norm.to_source(start, len(norm.text) - 1))] == "第一章\u3000总则"
    assert norm.to_source(2, 2) == (norm.offsets[2],) * 2


# --- ladder -------------------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """How a document writes 1..99 in Chinese: 十, 十一, 二十, 二十四, 九十九."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


@pytest.mark.parametrize("n", range(1, 100))
def test_zh_to_int_one_to_ninety_nine(n: int) -> None:
    assert zh_to_int(chinese(n)) == n


@pytest.mark.parametrize("text, value", [
    ("一百零五", 105), ("二十四", 24), ("一百", 100), ("一百一十", 110), ("二百零五", 205),
    ("四百五十二", 452), ("两", 2), ("12", 12), ("①", 1), ("⑳", 20),
])
def test_zh_to_int_larger_and_other_forms(text: str, value: int) -> None:
    assert zh_to_int(text) == value


@pytest.mark.parametrize("printed, kind, style, num, ordinal, sub", [
    ("第五条 内容", "article", "article", "第五条", 5, 0),
    ("第五条之一 内容", "article", "article", "第五条之一", 5, 1),
    ("第一百零五条 内容", "article", "article", "第一百零五条", 105, 0),
    ("第三章 罚则", "chapter", "chapter", "第三章", 3, 0),
    ("第二节 管制", "section", "section", "第二节", 2, 0),
    ("第一编 总则", "part", "part", "第一编", 1, 0),
    ("第一分编 通则", "subpart", "subpart", "第一分编", 1, 0),
    ("一、总体要求", "item", "zh_dun", "一、", 1, 0),
    ("（一）指导思想", "item", "zh_paren", "(一)", 1, 0),
    ("(三)复核", "item", "zh_paren", "(三)", 3, 0),
    ("1．深入实施", "item", "arabic_dot", "1.", 1, 0),
    ("1、深入实施", "item", "arabic_dot", "1、", 1, 0),
    ("12.深入实施", "item", "arabic_dot", "12.", 12, 0),
    ("（1）明确条件", "item", "arabic_paren", "(1)", 1, 0),
    ("①企业注册", "item", "circled", "①", 1, 0),
])
def test_match_marker_recognises_numbering(printed, kind, style, num, ordinal, sub) -> None:
    text = normalize(printed).text
    found = match_marker(text)
    assert found is not None
    marker, body = found
    assert (marker.kind, marker.style, marker.num, marker.ordinal, marker.sub) == (kind, style, num, ordinal, sub)
    assert body == len(num)


@pytest.mark.parametrize("printed", [
    "第四至第六条所列奖励补贴项目", "第七、第八条所列创新类项目", "1.5亿元", "第十七条的规定",
    "第三条第二款", "2022年度", "本办法第四条", "（含）", "附则",
])
def test_match_marker_ignores_references_and_amounts(printed: str) -> None:
    assert match_marker(normalize(printed).text) is None


def test_match_marker_starts_where_asked() -> None:
    text = normalize("前文。 第五条 内容").text
    marker, body = match_marker(text, text.index("第"))
    assert (marker.num, text[body:]) == ("第五条", " 内容")


# --- split --------------------------------------------------------------------------

def test_split_seed_001_into_five_documents_and_residue(seeds_dir) -> None:
    text = read_source((seeds_dir / "001_490c044983d1bc4d.txt").read_bytes(), "001.txt").text
    norm = normalize(text)
    split = split_documents(norm)
    assert [d.index for d in split.documents] == [1, 2, 3, 4, 5]
    assert [d.level_tag for d in split.documents] == ["苏州市级", "苏州市级", "国家级", "江苏省级", "江苏省级"]
    assert split.documents[2].title_hint == "知识产权强国建设纲要(2021-2035年)"
    reasons = [r.reason for r in split.residue]
    assert reasons == ["search-listing chrome before an entry"] + ["search-listing bullet"] * 4 + [
        "search-listing pager"]
    pieces = [text[slice(*norm.to_source(r.nstart, r.nend))] for r in split.residue]
    assert pieces[0].startswith("我们为您找到40条结果")
    assert all(p.strip() == "•" for p in pieces[1:5])
    assert pieces[5].strip().startswith("下一页")
    # documents and residue tile the normalised text in order
    cuts = sorted([(d.nstart, d.nend) for d in split.documents] + [(r.nstart, r.nend) for r in split.residue])
    assert cuts[0][0] == 0 and cuts[-1][1] == len(norm.text)
    assert all(a[1] == b[0] for a, b in zip(cuts, cuts[1:]))


def test_split_keeps_an_ordinary_file_whole() -> None:
    norm = normalize("关于印发某办法的通知\n第一条 甲。\n")
    split = split_documents(norm)
    assert split.residue == ()
    assert [(d.nstart, d.nend) for d in split.documents] == [(0, len(norm.text))]


# --- lines, levels, parse, tree ------------------------------------------------------

def stages_of(text: str):
    norm = normalize(text)
    piece = DocumentSlice(1, 0, len(norm.text))
    lines = classify_lines(norm, piece)
    events, diagnostics = resolve_levels(norm, lines)
    return norm, lines, events, diagnostics


def test_lines_cut_a_one_line_document_at_space_runs() -> None:
    text = "第一章 总则\u00a0\u00a0\u00a0\u00a0第一条 为了甲。\u00a0\u00a0\u00a0\u00a0第二条 本办法所称乙。"
    norm, lines, _, _ = stages_of(text)
    assert [(line.kind, line.marker.num if line.marker else None) for line in lines] == [
        ("heading", "第一章"), ("heading", "第一条"), ("heading", "第二条")]


def test_lines_join_a_word_cut_by_a_page_break() -> None:
    text = "（五）绩效目标\n1. 高校院所年度转让、许可、作价入股专利件数增幅不低\n\n于 20%；\n2. 其他。\n"
    norm, lines, _, _ = stages_of(text)
    assert [norm.text[line.nstart:line.nend] for line in lines][1] == \
        "1. 高校院所年度转让、许可、作价入股专利件数增幅不低\n\n于 20%;"


@pytest.mark.parametrize("text, joined", [
    # a short heading line with no sentence punctuation was taken for a title: the open bracket says it goes on
    ("六、附则\n(三)本次实施范围为江门市区范围(蓬江区、江海区、新\n会区),资金由市本级与各区分担。\n",
     "(三)本次实施范围为江门市区范围(蓬江区、江海区、新\n会区),资金由市本级与各区分担。"),
    ("一、总则\n（2004年6月16日国务院\n第54次常务会议修订）\n二、附则\n",
     "(2004年6月16日国务院\n第54次常务会议修订)"),
])
def test_lines_join_a_line_a_break_left_inside_a_bracket(text, joined) -> None:
    norm, lines, _, _ = stages_of(text)
    assert joined in [norm.text[line.nstart:line.nend] for line in lines]


def test_lines_keep_a_closed_bracket_line_apart() -> None:
    norm, lines, _, _ = stages_of("六、附则\n(三)本次实施范围为江门市区(蓬江区)\n各县(市)可参照执行。\n")
    assert len(lines) == 3


def test_lines_do_not_take_a_cross_reference_for_a_heading() -> None:
    _, lines, _, _ = stages_of("第十条 本办法第四至第六条所列项目。\n本办法第七、第八条所列项目。\n")
    assert [line.kind for line in lines] == ["heading", "text"]


def test_levels_emit_balanced_tokens() -> None:
    _, lines, events, diagnostics = stages_of("第一章 总则\n第一条 甲：\n（一）乙；\n（二）丙。\n第二章 罚则\n第二条 丁。\n")
    types = [e.type for e in events]
    assert types.count("CLOSE") == sum(t.startswith("OPEN_") for t in types)
    depth = 0
    for t in types:
        depth += t.startswith("OPEN_") - (t == "CLOSE")
        assert depth >= 0
    assert depth == 0
    assert types[:4] == ["OPEN_CHAPTER", "OPEN_ARTICLE", "OPEN_ITEM", "CLOSE"]
    assert diagnostics == []


def test_levels_report_a_numbering_gap() -> None:
    _, _, _, diagnostics = stages_of("第一条 甲。\n第三条 乙。\n")
    assert [d.code for d in diagnostics] == ["numbering-gap"]


def test_tree_holds_no_lark_objects() -> None:
    text = "一、总则\n（一）目标。坚持甲。\n1.乙；\n2.丙。\n二、附则\n本办法自印发之日起实施。\n"
    norm, lines, events, _ = stages_of(text)
    tree = parse_events(events)
    assert isinstance(tree, Tree)
    body = build_nodes(tree, lines, norm, text, (0, len(text)))

    def check(node: Node) -> None:
        assert type(node) is Node
        for value in (node.id, node.kind, node.num, node.heading, node.text, node.style):
            assert value is None or (type(value) is str and not isinstance(value, Token))
        assert node.ordinal is None or type(node.ordinal) is int
        assert all(type(x) is int for x in node.span)
        for child in node.children:
            check(child)

    for top in body:
        check(top)
    assert [n.num for n in body] == ["一、", "二、"]


@pytest.mark.parametrize("text, folded", [
    ("{{ 7*7 }}", "{{ 7*7 }}"), ("奖励5*10万元", "奖励5*10万元"), ("带有*标记的品种为第一类", "带有*标记的品种为第一类"),
    ("**加粗**文本", "加粗文本"), ("*强调*与`代码`", "强调与代码"), ("* 列表项", " 列表项"),
    # l06 恩阳区: a * that multiplies is text, though CommonMark would pair these two
    ("2021年最低工资标准1650元*30%=495元/月;2022年最低工资标准1970*30%=591元/月",
     "2021年最低工资标准1650元*30%=495元/月;2022年最低工资标准1970*30%=591元/月"),
    ("给予**30万元**奖励", "给予30万元奖励"), ("`a`2", "a2"),
])
def test_only_paired_emphasis_is_markup(text: str, folded: str) -> None:
    """A lone * is text (易制毒化学品管理条例: 带有*标记的品种); paired delimiters are markup."""
    from polc.normalize import normalize

    norm = normalize(text)
    assert norm.text == folded
    assert "".join(text[i] for i in norm.offsets[:-1]) == folded  # every kept character maps to itself


def test_a_service_guides_labels_are_sections() -> None:
    """【受理条件】, 【补贴标准】 alone on their lines head what follows (a 办事指南's sections): the items under the one,
    the paragraphs under the other — they were header lines and the paragraphs fell into the last item. A label
    with text after it (【关注】学历型人才…) is no section."""
    from polc.api import compile_text
    text = ("青岛市就业困难人员社会保险补贴办事指南\n\n【受理条件】\n1.具有本市户籍的就业困难人员；\n2.在本市企业就业。\n\n"
            "【补贴标准】\n按实际缴纳的社会保险费给予补贴。\n")
    (doc,) = compile_text(text, path="山东省青岛市/指南.txt").documents
    labels = [n for n in doc["body"] if n.get("style") == "label"]
    assert [(n["id"], n["num"], len(n["children"])) for n in labels] == [("label_1", "【受理条件】", 2), ("label_2", "【补贴标准】", 1)]
    assert not [d for d in doc["diagnostics"] if d["code"] == "level-skip"]
    (other,) = compile_text("【关注】学历型人才引进入户申报指南\n\n一、申报条件\n年龄不超过40周岁。\n", path="x.txt").documents
    assert not [n for n in other["body"] if n.get("style") == "label"]


def test_every_pattern_of_the_word_tables_compiles() -> None:
    """A lexicon pattern with an unbalanced bracket made every document residue (an internal error per file, the build
    going on): each upper-case string of the fact tables is a regular expression, and compiles."""
    import re as _re
    from polc import facts as _facts
    bad = []
    for name, value in vars(_facts).items():
        if name.isupper() and isinstance(value, str):
            try:
                _re.compile(value)
            except _re.error as e:
                bad.append(f"{name}: {e}")
    assert bad == []


WRAPPED_SCHEME = """台山市2026年度人才购房券试行方案
为吸引和留住各类人才在台山市就业安居，对在台山市就业的具有中级及以上职称专业技术人才、全日制本科及以上学历人才发放人才购房券，结合实际，制定本方案。
一、适用对象
在台山市就业的具有中级及以上职称专业技术人才、全日制本科及以上学历人才，家庭名下在台山市无城镇住房的，可以领取一定面值的人才购房券。
二、补贴标准
（一）政府补贴购房券补贴额度：符合条件的人才，每人给予1万元补贴。
（二）企业补贴购房券补贴额度：按所购房屋单套建筑面积分档进行补贴，单套房屋建筑面积不低于144平方米的补贴5万元，单套房屋建筑面积不足144平方米的补贴3万元。
三、管理要求
申请人应当如实提供材料，对弄虚作假、骗取补贴的，取消其资格，追回已发放补贴并依法追究责任。
本方案自2026年4月28日起实施，试行期至2026年10月31日结束。
"""


def _wrapped(text: str, width: int) -> str:
    """The text as a PDF lays it out: every line cut at ``width`` characters, wherever that falls (inside a word too)."""
    return "\n".join(line[k:k + width] for line in text.splitlines() for k in range(0, max(len(line), 1), width))


def _nodes(text: str) -> list[tuple]:
    from polc.api import compile_text
    (doc,) = compile_text(text, path="scheme.txt").documents

    def walk(nodes):
        for n in nodes:
            yield n["kind"], n.get("heading") or "", n.get("text") or ""
            yield from walk(n.get("children", []))
    return list(walk(doc["body"]))


@pytest.mark.parametrize("width", [24, 29, 33])
def test_a_text_wrapped_at_a_fixed_width_reads_as_the_text_unwrapped(width: int) -> None:
    """A PDF's lines (江门's 方案: ~29 characters, 在江 / 门市就业 cut inside a word): a line as wide as the others that ends
    mid-sentence goes on in the next — every node is the one the unwrapped text makes (each line had been a node, the
    preamble a header, and a heading's words cut from its sentence)."""
    assert _nodes(_wrapped(WRAPPED_SCHEME, width)) == _nodes(WRAPPED_SCHEME)
    from polc.api import compile_text
    from polc.provisions import walk
    (wrapped,), (plain,) = (compile_text(t, path="scheme.txt").documents
                            for t in (_wrapped(WRAPPED_SCHEME, width), WRAPPED_SCHEME))
    assert [(c["type"], c["value"], c["role"]) for n in walk(wrapped["body"]) for c in n["clauses"]] \
        == [(c["type"], c["value"], c["role"]) for n in walk(plain["body"]) for c in n["clauses"]]
    assert [p["title"] for p in wrapped["programmes"]] == [p["title"] for p in plain["programmes"]]


def test_lines_of_their_own_are_not_joined() -> None:
    """A text whose lines end mid-sentence at many lengths is not wrapped: a short line stays a line."""
    text = "某市办法\n" + "\n".join(f"第{n}条 申请人应当具有本市户籍{'的' * n}" for n in range(1, 15)) + "\n"
    assert len([n for n in _nodes(text) if n[0] == "article"]) == 14

"""Golden structure fixtures: ``tests/fixtures/structure/<case>.txt`` beside ``<case>.json``.

Each ``.txt`` is a small cut of a real file (seeds or corpus-ext; bytes kept as they are),
except ``synthetic_circled_ladder`` (no real text in the corpora numbers items with ①) and
``synthetic_page_break_bound`` (none keeps page numbers or running heads).
The ``.json`` holds ``{"documents", "residue", "diagnostics"}`` of ``compile_source``.
``pytest --update-golden`` rewrites the ``.json`` files; read the outline diff before
committing.  The key-fact tests below pin what each case is about, so that regenerating
the goldens cannot silently bless a regression; known compiler bugs are strict xfails.
"""
from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest

from lossless import assert_lossless, walk
from polc.pipeline import compile_source
from polc.validate import schema_errors

FIXTURES = Path(__file__).parent / "fixtures" / "structure"
CASES = sorted(FIXTURES.glob("*.txt"))
# Cases whose golden holds the correct expectation while the compiler is known to differ.
KNOWN_WRONG: dict[str, str] = {}
GOLDEN_CASES = [pytest.param(c, id=c.stem, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[c.stem])]
                             if c.stem in KNOWN_WRONG else []) for c in CASES]


def compiled(case: str) -> dict[str, Any]:
    """What the golden file of ``case`` holds, freshly compiled."""
    path = FIXTURES / f"{case}.txt"
    result = compile_source(path.name, path.read_bytes())
    return {"documents": result.documents, "residue": result.residue, "diagnostics": result.diagnostics}


def outline(data: dict[str, Any]) -> list[str]:
    """One readable line per node, residue and diagnostic: what a reviewer checks by eye."""
    lines = [f"residue {r['span']} {r['reason']}" for r in data["residue"]]
    lines += [f"file-diagnostic {d['severity']}[{d['code']}] {d['line']}:{d['column']}" for d in data["diagnostics"]]
    for doc in data["documents"]:
        lines.append(f"document {doc['id']} {doc['title']!r} {doc['source']['span']}")
        lines += [f"  diagnostic {d['severity']}[{d['code']}] {d['line']}:{d['column']}" for d in doc["diagnostics"]]
        stack = [(n, 1) for n in reversed(doc["body"])]
        while stack:
            node, depth = stack.pop()
            lines.append(f"{'  ' * depth}{node['id']} {node['kind']} {node['style'] or ''} {node['num'] or ''} "
                         f"#{node['ordinal']} {node['span']} h={(node['heading'] or '')[:24]!r} "
                         f"t={node['text'][:24]!r}")
            stack += [(c, depth + 1) for c in reversed(node["children"])]
    return lines


@pytest.mark.parametrize("case", GOLDEN_CASES)
def test_golden(case: Path, update_golden: bool) -> None:
    actual = compiled(case.stem)
    golden = case.with_suffix(".json")
    if update_golden and case.stem in KNOWN_WRONG:
        pytest.skip("golden kept by hand: the compiler is known to be wrong here")
    if update_golden:
        golden.write_text(json.dumps(actual, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return
    assert golden.exists(), f"no {golden.name}; run pytest --update-golden and review it"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    if outline(actual) != outline(expected):
        diff = "\n".join(difflib.unified_diff(outline(expected), outline(actual), "golden", "now", lineterm=""))
        pytest.fail(f"structure of {case.stem} changed:\n{diff}")
    assert actual == expected


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_fixture_keeps_the_contract(case: Path) -> None:
    raw = case.read_bytes()
    result = compile_source(case.name, raw)
    assert_lossless(raw, result)
    for doc in result.documents:
        assert schema_errors(doc) == []
        assert not [d for d in doc["diagnostics"] if d["code"] == "internal-error"]


def test_every_case_has_a_golden_and_the_other_way_round() -> None:
    assert len(CASES) >= 14
    assert {p.stem for p in FIXTURES.glob("*.json")} == {p.stem for p in CASES}


# --- helpers for key facts ------------------------------------------------------------

def only_document(case: str) -> dict[str, Any]:
    data = compiled(case)
    assert len(data["documents"]) == 1
    return data["documents"][0]


def nodes(doc_or_nodes: Any, kind: str | None = None, style: str | None = None) -> list[dict[str, Any]]:
    """All nodes below a document (or a node list), in document order, filtered by kind/style."""
    body = doc_or_nodes["body"] if isinstance(doc_or_nodes, dict) and "body" in doc_or_nodes else doc_or_nodes
    return [n for n in walk(body) if (kind is None or n["kind"] == kind) and (style is None or n["style"] == style)]


def node(doc: dict[str, Any], node_id: str) -> dict[str, Any]:
    found = [n for n in walk(doc["body"]) if n["id"] == node_id]
    assert found, f"no node {node_id}"
    return found[0]


def ordinals(found: list[dict[str, Any]]) -> list[int]:
    return [n["ordinal"] for n in found]


def codes(doc: dict[str, Any]) -> list[str]:
    return [d["code"] for d in doc["diagnostics"]]


# --- key facts, one test per case -----------------------------------------------------

def test_listing_two_entries_splits_into_two_documents_and_residue() -> None:
    data = compiled("listing_two_entries")
    source = (FIXTURES / "listing_two_entries.txt").read_bytes().decode("utf-8")
    assert [d["id"] for d in data["documents"]] == ["listing_two_entries.d1", "listing_two_entries.d2"]
    assert [d["title"] for d in data["documents"]] == ["苏州市知识产权金融奖励补贴实施办法(试行)",
                                                       "苏州市企业知识产权登峰行动计划(2021~2023年)"]
    reasons = [r["reason"] for r in data["residue"]]
    assert reasons == ["search-listing chrome before an entry", "search-listing bullet", "search-listing pager"]
    first, bullet, pager = (source[slice(*r["span"])] for r in data["residue"])
    assert first.startswith("我们为您找到40条结果") and first.strip().endswith("•")
    assert bullet.strip() == "•"
    assert "下一页" in pager and "末页" in pager
    d1, d2 = data["documents"]
    assert [n["kind"] for n in d1["body"]] == ["header", "chapter"]
    assert ordinals(nodes(d1, "article")) == [1, 2]
    assert [n["kind"] for n in d2["body"]] == ["header", "preamble", "item"]
    assert d2["body"][2]["num"] == "一、" and d2["body"][2]["heading"] == "实施目标"


def test_nbsp_one_line_articles_become_chapters_and_articles() -> None:
    doc = only_document("nbsp_one_line_articles")
    chapters = doc["body"]
    assert [(c["kind"], c["num"], c["heading"]) for c in chapters] == [
        ("chapter", "第一章", "总则"), ("chapter", "第二章", "管理职责")]
    assert [ordinals(nodes(c["children"], "article")) for c in chapters] == [[1, 2, 3], [4, 5, 6]]
    assert ordinals(nodes([node(doc, "chp_2__art_4")], "item")) == [1, 2, 3, 4, 5, 6, 7]
    assert not doc["diagnostics"]


def test_cross_references_do_not_become_articles() -> None:
    doc = only_document("cross_references")
    articles = nodes(doc, "article")
    assert ordinals(articles) == [9, 10, 11, 12]
    assert [a["num"] for a in articles] == ["第九条", "第十条", "第十一条", "第十二条"]
    paragraphs = [p["text"] for p in node(doc, "chp_3__art_10")["children"]]
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("本办法第四至第六条所列")
    assert paragraphs[2].startswith("本办法第七、第八条所列")
    # the cut holds articles 9–12 only, so the references to 4–8 cannot resolve: reported, not guessed
    assert {d["code"] for d in doc["diagnostics"]} == {"unresolved-reference"}
    refs = [r["text"] for r in node(doc, "chp_3__art_10__para_1")["refs"]]
    assert refs == ["本办法第四至第六条"]


def test_task_list_groups_items_under_actor_lines() -> None:
    doc = only_document("task_list_actors")
    assert [n["num"] for n in doc["body"] if n["kind"] == "item"] == ["一、"]
    first = node(doc, "item_1__item_1")
    assert first["heading"] == "开展高价值专利培育"
    leads = first["children"]
    assert [(p["kind"], p["heading"]) for p in leads] == [("paragraph", "省知识产权局："), ("paragraph", "各设区市：")]
    assert [ordinals(p["children"]) for p in leads] == [[1, 2, 3, 4, 5], [1, 2]]
    assert {c["style"] for p in leads for c in p["children"]} == {"arabic_dot"}
    third = node(doc, "item_1__item_3")
    assert [p["heading"] for p in third["children"]] == ["省知识产权局：", "各设区市："]


def test_task_list_actor_line_before_plain_text_is_a_lead() -> None:
    doc = only_document("task_list_actors")
    second = node(doc, "item_1__item_2")
    assert [p["heading"] for p in second["children"]] == ["省知识产权局：", "各设区市："]


def test_notice_has_header_attachment_list_closing_then_annex() -> None:
    doc = only_document("notice_pdf_markdown")
    assert doc["title"] == "关于组织申报2022年度省知识产权战略推进计划项目的通知"
    kinds = [n["kind"] for n in doc["body"]]
    assert kinds == ["header"] * 5 + ["preamble", "paragraph", "closing", "closing", "annex"]
    headers = [n["text"] for n in doc["body"] if n["kind"] == "header"]
    assert headers[0] == "江苏省知识产权局文件" and headers[1] == "苏知发〔2021〕140号"
    assert headers[-1].endswith("各有关单位：")
    listing = doc["body"][6]
    assert "附件" in listing["heading"]
    assert [(i["style"], i["ordinal"]) for i in listing["children"]] == [("arabic_dot", n) for n in (1, 2, 3, 4)]
    assert [n["text"] for n in doc["body"] if n["kind"] == "closing"] == ["江苏省知识产权局", "2021年12月24日"]
    annexes = nodes(doc, "annex")
    assert [(a["num"], a["ordinal"]) for a in annexes] == [("附件 1", 1)]  # the 附件：1. … list is no annex
    annex = annexes[0]
    assert annex["children"][0]["kind"] == "header"
    assert annex["children"][0]["text"] == "2022年度省知识产权保护示范区创建项目申报指南"
    assert [(n["num"], n["heading"]) for n in annex["children"][1:]] == [
        ("一、", "支持对象"), ("二、", "申报主体"), ("三、", "申报条件")]
    conditions = annex["children"][3]["children"]
    assert [ordinals(c["children"]) for c in conditions] == [[1, 2, 3], [1, 2, 3], [1, 2, 3, 4]]
    # the page break inside "…成效明显地\n\n区；" is joined
    assert node(doc, "annex_1__item_3__item_2__item_1")["text"] == "被评为2020年度省知识产权工作真抓实干成效明显地区；"
    assert not doc["diagnostics"]


def test_page_break_cut_words_are_joined() -> None:
    doc = only_document("page_break_cut")
    annex = doc["body"][0]
    assert (annex["kind"], annex["num"], annex["ordinal"]) == ("annex", "附件 4", 4)
    parts = [n for n in annex["children"] if n["kind"] == "item"]
    assert [(p["num"], p["style"]) for p in parts] == [("一、", "zh_dun"), ("二、", "zh_dun")]
    # half-width (一) and full-width （四） are siblings under the same 一、
    assert [c["num"] for c in parts[0]["children"]] == ["(一)", "(二)", "(三)", "（四）", "（五）"]
    targets = node(doc, "annex_4__item_1__item_5")
    assert targets["children"][1]["text"] == "高校院所年度转让、许可、作价入股专利件数增幅不低于20%；"
    assert "整合高校知识产权信息服务资源" in node(doc, "annex_4__item_1__item_4__item_3")["text"]
    assert not doc["diagnostics"]


def test_page_break_after_a_short_item_heading_is_joined() -> None:
    doc = only_document("page_break_cut")
    assert "“单项冠军”" in node(doc, "annex_4__item_2__item_3__item_2")["text"]
    small = compile_text("1. 带动作用突出。相关产业链“链主企业”“单项冠\n\n军”“优势企业”等重点企业落户园区。\n"
                         "2. 管理机制健全。\n")
    assert node(small, "item_1")["children"] == []
    assert node(small, "item_1")["text"].endswith("“单项冠军”“优势企业”等重点企业落户园区。")


def test_a_line_break_between_an_amount_and_its_unit_is_joined() -> None:
    """l17 长乐区人才购房补贴实施细则: a hard-wrapped line ends with the number, the next starts with 万元."""
    doc = compile_text("三、补助标准\n人才购房补贴按照人才层次，分别按 1 型保障对象 150 万元、\n2 型保障对象 80 万元、3 型保障对象 "
                       "50 万元、4 型保障对象 20\n万元、5 型保障对象 10 万元、6 型保障对象 5 万元给予购房补贴。\n")
    texts = [n["text"] for n in walk(doc["body"]) if "保障对象" in (n["text"] or "")]
    assert any("4型保障对象20万元、5型" in t for t in texts), texts
    amounts = [c["value"] for n in walk(doc["body"]) for c in n["clauses"] if c["type"] == "money"]
    assert 200000 in amounts and 100000 in amounts
    # a line that ends in a number before a word that is no unit stays a line of its own
    kept = compile_text("一、目标\n到2025年，建成示范园区10个，培育企业50\n百强企业名单另行公布，分批次推进落实到位。\n")
    assert not any("50百强" in (n["text"] or "") for n in walk(kept["body"]))


def test_running_numbering_continues_across_parts() -> None:
    doc = only_document("running_numbering")
    parts = [n for n in doc["body"] if n["kind"] == "item"]
    assert [p["num"] for p in parts] == ["一、", "二、", "三、", "四、", "五、", "六、"]
    assert [len([c for c in p["children"] if c["kind"] == "item"]) for p in parts] == [5, 5, 4, 3, 3, 4]
    assert ordinals(nodes(doc, "item", "zh_paren")) == list(range(1, 25))
    assert node(doc, "item_2__item_6")["num"] == "（六）"
    assert node(doc, "item_6__item_24")["heading"] == "鼓励知识产权软科学研究。"
    assert doc["title"] == "关于高标准推进知识产权强市建设若干政策措施（征求意见稿）"
    assert not doc["diagnostics"]


def test_numbering_gap_is_reported_once_where_it_happens() -> None:
    doc = only_document("numbering_gap")
    assert ordinals(nodes(doc["body"][4:5], "item", "zh_paren")) == [1, 2, 3, 5]
    assert [(d["code"], d["severity"], d["line"], d["column"]) for d in doc["diagnostics"]] == [
        ("numbering-gap", "warning", 13, 1)]
    gap = doc["diagnostics"][0]
    source = (FIXTURES / "numbering_gap.txt").read_bytes().decode("utf-8")
    assert source[slice(*gap["span"])].startswith("（五）")


def test_law_with_parts_chapters_sections_and_items() -> None:
    doc = only_document("law_parts_chapters_sections")
    assert [(n["kind"], n["num"]) for n in doc["body"]] == [
        ("section", "第八节"), ("chapter", "第五章"), ("part", "第二编")]
    part = doc["body"][2]
    assert (part["heading"], part["children"][0]["kind"], part["children"][0]["heading"]) == (
        "分则", "chapter", "危害国家安全罪")
    assert ordinals(nodes(doc, "article")) == list(range(87, 105))
    assert ordinals(node(doc, "sec_8__art_87")["children"]) == [1, 2, 3, 4]
    art91 = node(doc, "chp_5__art_91")["children"]
    assert [p["kind"] for p in art91] == ["paragraph", "paragraph"]
    assert ordinals(art91[0]["children"]) == [1, 2, 3]
    assert not doc["diagnostics"]


def test_inserted_article_zhi_yi() -> None:
    doc = only_document("article_zhi_yi")
    articles = nodes(doc, "article")
    assert [a["num"] for a in articles] == ["第十三条", "第十四条", "第十五条", "第十六条", "第十七条",
                                            "第十七条之一", "第十八条"]
    inserted = node(doc, "sec_1__art_17_1")
    assert (inserted["num"], inserted["ordinal"]) == ("第十七条之一", 17)
    assert inserted["text"].startswith("已满七十五周岁的人故意犯罪的")
    assert len(node(doc, "sec_1__art_17")["children"]) == 5
    assert not doc["diagnostics"]


def test_criminal_law_tail_with_annexes() -> None:
    doc = only_document("criminal_law_tail_annexes")
    annexes = [n for n in doc["body"] if n["kind"] == "annex"]
    assert [(a["num"], a["ordinal"]) for a in annexes] == [("附件一", 1), ("附件二", 2)]
    assert ordinals(nodes(annexes[0]["children"], "item")) == list(range(1, 16))
    assert ordinals(nodes(annexes[1]["children"], "item")) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert [a["children"][0]["kind"] for a in annexes] == ["paragraph", "paragraph"]
    assert ordinals(nodes(doc, "article")) == list(range(447, 453))


def test_unnumbered_markdown_heading_is_not_an_article_paragraph() -> None:
    doc = only_document("criminal_law_tail_annexes")
    assert "附则" not in [p["text"] for p in node(doc, "art_451")["children"]]


def test_amendment_quotes_are_not_structure() -> None:
    doc = only_document("amendment_quotes")
    assert doc["title"] == "中华人民共和国刑法修正案（八）"
    items = [n for n in doc["body"] if n["kind"] == "item"]
    assert ordinals(items) == list(range(1, 16))
    assert {n["style"] for n in items} == {"zh_dun"}
    assert nodes(doc, "article") == []  # 作为第十七条之一:“…” quotes an article, it is not one
    assert nodes(doc, "item", "zh_paren") == []  # “（一）… lines are quoted text
    assert [p["text"][:3] for p in node(doc, "item_11")["children"][:4]] == ["“（一", "“（二", "“（三", "“（四"]


def test_lawrefbook_header_ends_at_info_end() -> None:
    doc = only_document("lawrefbook_info_end")
    assert doc["title"] == "北京市实施《中华人民共和国水法》办法"
    headers = [n["text"] for n in doc["body"] if n["kind"] == "header"]
    assert len(headers) == 5 and headers[-1].startswith("<!-- INFO END -->")
    chapters = [n for n in doc["body"] if n["kind"] == "chapter"]
    assert [(c["num"], c["heading"].strip("\u200b")) for c in chapters] == [("第一章", "总则"), ("第二章", "水资源规划")]
    assert ordinals(nodes(doc, "article")) == list(range(1, 11))


def test_zero_width_space_lines_are_not_paragraphs() -> None:
    doc = only_document("lawrefbook_info_end")
    assert [p["id"] for p in nodes(doc) if (p["num"] or "") + (p["heading"] or "") + p["text"] == "\u200b"] == []
    assert [len(node(doc, f"chp_1__art_{n}")["children"]) for n in (6, 7, 8)] == [3, 0, 2]


def test_qisehong_front_matter_is_header() -> None:
    doc = only_document("qisehong_front_matter")
    headers = [n["text"] for n in doc["body"] if n["kind"] == "header"]
    assert headers[0] == "---" and headers[12] == "---"
    assert "中华人民共和国监狱法" in headers
    chapters = [n for n in doc["body"] if n["kind"] == "chapter"]
    assert [c["num"] for c in chapters] == ["第一章", "第二章"]
    assert ordinals(nodes(chapters[0]["children"], "article")) == list(range(1, 11))
    assert (chapters[1]["children"][0]["kind"], chapters[1]["children"][0]["num"]) == ("section", "第一节")
    assert "《[[中华人民共和国刑法]]》" in node(doc, "chp_1__art_2__para_2")["text"]


def test_qisehong_title_comes_from_the_title_line() -> None:
    assert only_document("qisehong_front_matter")["title"] == "中华人民共和国监狱法"


def test_gov_policy_with_tab_table() -> None:
    doc = only_document("gov_tab_table")
    assert doc["title"] == "国务院办公厅关于推广第二批支持创新相关改革举措的通知"
    assert "国办发〔2018〕126号" in [n["text"] for n in doc["body"] if n["kind"] == "header"]
    assert [n["num"] for n in doc["body"] if n["kind"] == "item"] == ["一、", "二、", "三、"]
    closing = [n["text"] for n in doc["body"] if n["kind"] == "closing"]
    assert "国务院办公厅" in closing and "2018年12月23日" in closing
    annex = nodes(doc, "annex")
    assert len(annex) == 1 and annex[0]["num"] == "附件"
    assert ordinals([c for c in annex[0]["children"] if c["kind"] == "item"]) == [1, 2, 3, 4, 5]
    assert not doc["diagnostics"]  # the table's own 1 … 14, 21 … 23 numbers are cells, not markers


def test_table_rows_stay_apart() -> None:
    doc = only_document("gov_tab_table")
    rows = [p["text"] for p in nodes(doc, "paragraph")]
    assert not [t for t in rows if "三合一" in t and "技术调查官" in t]


def test_civil_code_subpart_chapter_section_article() -> None:
    doc = only_document("civil_code_subparts")
    assert doc["title"].startswith("中华人民共和国民法典")
    subpart = [n for n in doc["body"] if n["kind"] == "subpart"]
    assert [(s["num"], s["heading"]) for s in subpart] == [("第一分编", "通则")]
    assert [c["num"] for c in subpart[0]["children"]] == ["第一章", "第二章"]
    section = node(doc, "subpart_1__chp_2__sec_1")
    assert section["heading"] == "不动产登记"
    assert ordinals(nodes(doc, "article")) == list(range(205, 214))
    assert ordinals(node(doc, "subpart_1__chp_2__sec_1__art_213")["children"]) == [1, 2, 3]


def test_item_after_semicolon_on_same_line_is_its_own_item() -> None:
    doc = only_document("inline_items_after_semicolon")
    assert ordinals(nodes(doc, "item")) == [1, 2, 3, 4, 5, 6, 7]
    assert "numbering-gap" not in codes(doc)


def test_synthetic_full_ladder_down_to_circled_items() -> None:
    doc = only_document("synthetic_circled_ladder")
    circled = nodes(doc, "item", "circled")
    assert [(c["num"], c["ordinal"]) for c in circled] == [("①", 1), ("②", 2), ("③", 3)]
    assert circled[0]["id"] == "item_1__item_1__item_1__item_1__item_1"
    chain = [node(doc, "__".join(["item_1"] * depth))["style"] for depth in range(1, 6)]
    assert chain == ["zh_dun", "zh_paren", "arabic_dot", "arabic_paren", "circled"]
    assert [n["text"] for n in doc["body"] if n["kind"] == "closing"] == ["江苏省知识产权局", "2022年3月1日"]
    assert not [c for c in codes(doc) if c != "level-skip"]


# --- bugs shown on minimal inputs -------------------------------------------------------

def compile_text(text: str, name: str = "case.txt") -> dict[str, Any]:
    result = compile_source(name, text.encode("utf-8"))
    assert len(result.documents) == 1
    return result.documents[0]


def test_short_sentence_item_is_text_not_heading() -> None:
    doc = compile_text("第一条 有下列情形的，不予支持：\n（一）知识产权有争议的；\n（二）其他不予支持的项目。\n")
    item = node(doc, "art_1__item_2")
    assert (item["heading"], item["text"]) == (None, "其他不予支持的项目。")


def test_zh_dun_never_nests_under_arabic_dot() -> None:
    doc = compile_text("（一）甲\n1.乙。\n二、丙\n")
    assert [n["num"] for n in doc["body"]][-1] == "二、"

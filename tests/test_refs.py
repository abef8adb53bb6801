"""Stage ``refs``: eligibility roles (condition / exclusion) and cross-references."""
from __future__ import annotations

from pathlib import Path

import pytest

from polc.emit import LineIndex, emit_document
from polc.meta import extract_meta
from polc.model import Document, Node
from polc.normalize import normalize
from polc.pipeline import build_document, document_id
from polc.conditions import is_condition, mark_conditions
from polc.emit import emit_ref
from polc.refs import resolve_refs
from polc.source import read_source
from polc.split import split_documents
from polc.validate import schema_errors

LAW = (
    "第一条 为了规范登记，制定本法。\n"
    "第二条 单位应当登记。\n"
    "违反前款规定的，责令改正。\n"
    "第三条 违反本法第二条第一款规定的，依照第四条之一处罚；"
    "违反《中华人民共和国刑法》第二十条的，依照刑法第二十一条处理。\n"
    "第四条 有下列情形之一的，不予受理：\n"
    "（一）材料不全的；\n"
    "（二）逾期提交的。\n"
    "第四条之一 申请人应当符合下列条件：\n"
    "（一）依法设立；\n"
    "（二）信用良好。\n"
    "第五条 依照本法第九条处理；有本法第四条第二项情形的，依照第四条至第四条之一处理。本条自公布之日起施行。\n"
)


def refs_of(node) -> list[dict]:
    """A node's cross-references as the JSON has them."""
    return [emit_ref(r) for r in node.refs]


def compile_text(text: str, rel: str = "made-up.txt") -> list[tuple[str, Document]]:
    source = read_source(text.encode("utf-8"), rel)
    norm = normalize(source.text)
    pieces = split_documents(norm).documents
    out = []
    for piece in pieces:
        start, end = norm.to_source(piece.nstart, piece.nend)
        span = (0 if piece.nstart == 0 else start, norm.offsets[-1] if piece.nend == len(norm.text) else end)
        out.append((source.text, build_document(source, norm, piece, document_id(rel, piece, len(pieces) > 1), span)))
    return out


def compile_seed(seeds_dir: Path, name: str, index: int = 0) -> tuple[str, Document]:
    path = next(seeds_dir.glob(f"{name}_*.txt"))
    return compile_text(path.read_text("utf-8"), path.name)[index]


def nodes(body: list[Node]):
    for node in body:
        yield node
        yield from nodes(node.children)


def by_id(doc: Document) -> dict[str, Node]:
    return {n.id: n for n in nodes(doc.body)}


# --- cross-references ------------------------------------------------------------------------------

def test_seed_001_d1_ranges_and_lists(seeds_dir: Path) -> None:
    source, doc = compile_seed(seeds_dir, "001", 0)
    assert resolve_refs(doc.body, doc.span) == []
    found = by_id(doc)
    [first] = refs_of(found["chp_3__art_10__para_1"])
    assert first["text"] == "本办法第四至第六条" and first["kind"] == "range"
    assert first["targets"] == ["chp_2__art_4", "chp_2__art_5", "chp_2__art_6"]
    assert source[slice(*first["span"])] == "本办法第四至第六条"
    a, b = first["text_span"]
    assert found["chp_3__art_10__para_1"].text[a:b] == "本办法第四至第六条"
    [second] = refs_of(found["chp_3__art_10__para_3"])
    assert (second["text"], second["kind"], second["targets"]) == ("本办法第七、第八条", "list", ["chp_2__art_7", "chp_2__art_8"])


def test_paragraph_previous_paragraph_inserted_article_and_foreign_law() -> None:
    _, doc = compile_text(LAW)[0]
    resolve_refs(doc.body, doc.span)
    found = by_id(doc)
    assert [(r["text"], r["kind"], r["targets"]) for r in refs_of(found["art_2__para_2"])] == \
        [("前款", "paragraph", ["art_2__para_1"])]
    assert [(r["text"], r["kind"], r["targets"]) for r in refs_of(found["art_3"])] == [
        ("本法第二条第一款", "paragraph", ["art_2__para_1"]),
        ("第四条之一", "article", ["art_4_1"]),
    ]  # 《中华人民共和国刑法》第二十条 and 刑法第二十一条 cite another document: no refs


def test_unresolved_reference_gives_an_actionable_warning() -> None:
    source, doc = compile_text(LAW)[0]
    diagnostics = resolve_refs(doc.body, doc.span)
    assert [(d.code, d.severity) for d in diagnostics] == [("unresolved-reference", "warning")]
    [warning] = diagnostics
    assert source[slice(*warning.span)] == "本法第九条"
    assert "article 9" in warning.message and "《title》" in warning.message
    refs = {r["text"]: r for r in refs_of(by_id(doc)["art_5"])}
    assert refs["本法第九条"]["targets"] == []
    assert refs["本法第四条第二项"] == {**refs["本法第四条第二项"], "kind": "item", "targets": ["art_4__item_2"]}
    assert (refs["第四条至第四条之一"]["kind"], refs["第四条至第四条之一"]["targets"]) == ("range", ["art_4", "art_4_1"])
    assert "本条" not in refs


def test_references_in_a_big_document_resolve() -> None:
    """3000 articles citing each other (the time it takes is bench/timing.py's)."""
    text = "".join(f"第{i}条 依照本法第{max(1, i - 1)}条和第{i}条的规定办理。\n" for i in range(1, 3001))
    _, doc = compile_text(text)[0]
    assert resolve_refs(doc.body, doc.span) == []
    assert refs_of(by_id(doc)["art_3000"])[0]["targets"] == ["art_2999", "art_3000"]


# --- conditions and exclusions -----------------------------------------------------------------

def test_seed_003_annex_1_conditions(seeds_dir: Path) -> None:
    _, doc = compile_seed(seeds_dir, "003")
    mark_conditions(doc.body)
    found = by_id(doc)
    section = found["annex_1__item_3"]
    assert section.heading == "申报条件" and section.role is None  # the heading itself is no condition
    under = [n for n in nodes(section.children) if n.kind in ("item", "paragraph")]
    assert len(under) >= 12
    exclusions = [n for n in under if n.role == "exclusion"]
    assert all(is_condition(n) for n in under if n not in exclusions)
    assert [n.text[-16:] for n in exclusions] == ["已承担本项目的县（市、区）所属园区不得申报。"[-16:]]
    assert is_condition(found["annex_1__item_3__item_1__item_2"])  # 2. 已建设国家级知识产权保护中心；
    assert is_condition(found["annex_1__item_1__para_1"])  # under 一、支持对象
    assert found["annex_1__item_4__item_1__item_2__item_1"].role is None  # 绩效目标 are no conditions


def test_seed_001_d1_article_12_exclusions(seeds_dir: Path) -> None:
    _, doc = compile_seed(seeds_dir, "001", 0)
    mark_conditions(doc.body)
    found = by_id(doc)
    items = found["chp_3__art_12"].children
    assert [n.role for n in items] == ["exclusion"] * 3
    assert found["chp_3__art_12"].role is None
    assert not any(is_condition(n) for n in nodes(doc.body))  # 第十一条's procedure is no condition


def test_seed_001_d4_lead_in_conditions(seeds_dir: Path) -> None:
    _, doc = compile_seed(seeds_dir, "001", 3)
    mark_conditions(doc.body)
    assert all(is_condition(n) for n in by_id(doc)["chp_3__art_9"].children)


def test_made_up_lead_ins() -> None:
    _, doc = compile_text(LAW)[0]
    mark_conditions(doc.body)
    found = by_id(doc)
    assert [n.role for n in found["art_4"].children] == ["exclusion", "exclusion"]
    assert [n.role for n in found["art_4_1"].children] == ["condition", "condition"]


# --- the emitted document still validates ------------------------------------------------------

@pytest.mark.parametrize("name, index", [("001", 0), ("003", 0)])
def test_document_with_meta_roles_and_refs_is_schema_valid(seeds_dir: Path, name: str, index: int) -> None:
    source, doc = compile_seed(seeds_dir, name, index)
    mark_conditions(doc.body)
    doc.diagnostics.extend(resolve_refs(doc.body, doc.span))
    doc.meta = extract_meta(doc, source, doc.level_tag)
    assert schema_errors(emit_document(doc, LineIndex(source))) == []

"""Version diffs: edit scripts over provisions, on small made-up documents and on every real version group."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from polc.diff import KINDS, diff_documents, flatten, summarize
from polc.worddiff import changed_words, token_diff
from polc.reduce import versions
from polc.pipeline import compile_source
from polc.validate import schema_errors

ROOT = Path(__file__).resolve().parents[1]
CORPUS_EXT = ROOT / "tests" / "data" / "corpus-ext"  # the files of corpus-ext the tests read
NUMS = "一二三四五六七八九十"


def article(k: int, text: str, clauses: list[dict] | None = None) -> dict:
    """A minimal schema-shaped article node 第k条."""
    num = f"第{NUMS[k - 1] if k <= 10 else '十' + NUMS[k - 11]}条"
    return {"id": f"art_{k}", "kind": "article", "style": None, "num": num, "ordinal": k, "heading": None,
            "text": text, "span": [0, 0], "children": [], "clauses": clauses or []}


def document(doc_id: str, texts: list) -> dict:
    body = [article(k, *t) if isinstance(t, tuple) else article(k, t) for k, t in enumerate(texts, 1)]
    return {"id": doc_id, "title": doc_id, "source": {"path": f"{doc_id}.md", "span": [0, 0], "sha256": "0" * 64},
            "meta": {}, "body": body, "diagnostics": []}


TEXTS = ["为了规范专利资助工作，制定本办法。", "本办法适用于本市行政区域内的专利资助。",
         "市知识产权局负责资助资金的管理和监督。", "申请人应当如实提交申请材料，不得弄虚作假。",
         "本办法自发布之日起施行。"]


def ops_of(script: dict) -> list[tuple]:
    return [(op["op"], op["old"], op["new"]) for op in script["ops"]]


def checked(old: dict, new: dict) -> dict:
    script = diff_documents(old, new)
    assert schema_errors(script, "diff.schema.json") == []
    return script


def test_identical_documents_are_all_keep() -> None:
    script = checked(document("a", TEXTS), document("b", TEXTS))
    assert {op["op"] for op in script["ops"]} == {"keep"}
    assert script["summary"]["keep"] == len(TEXTS) and set(script["summary"]) == {*KINDS, "format"}
    assert script["summary"]["format"] == 0


def test_an_inserted_article_renumbers_the_rest_instead_of_deleting_them() -> None:
    new = [TEXTS[0], "新增的一条：设立专利资助专家库，负责评审。"] + TEXTS[1:]
    script = checked(document("a", TEXTS), document("b", new))
    assert ops_of(script) == [("keep", "art_1", "art_1"), ("insert", None, "art_2"),
                              ("renumber", "art_2", "art_3"), ("renumber", "art_3", "art_4"),
                              ("renumber", "art_4", "art_5"), ("renumber", "art_5", "art_6")]
    assert script["ops"][2]["old_num"] == "第二条" and script["ops"][2]["new_num"] == "第三条"


def test_a_provision_moved_out_of_order_is_a_move() -> None:
    new = [TEXTS[0], TEXTS[2], TEXTS[3], TEXTS[1], TEXTS[4]]
    kinds = Counter(op["op"] for op in checked(document("a", TEXTS), document("b", new))["ops"])
    assert kinds["move"] == 1 and kinds["delete"] == kinds["insert"] == 0


def test_an_update_carries_the_word_diff_and_the_numeric_change() -> None:
    cap = {"type": "money", "role": "cap", "unit": "元", "min": None, "value": None}
    old = document("a", TEXTS[:2] + [("对通过验收的项目给予资助，资助上限20万元。", [{**cap, "text": "20万元", "max": 200000}])])
    new = document("b", TEXTS[:2] + [("对通过验收的项目给予资助，资助上限30万元。", [{**cap, "text": "30万元", "max": 300000}])])
    op = checked(old, new)["ops"][2]
    assert op["op"] == "update"
    assert {"op": "delete", "text": "20"} in op["tokens"] and {"op": "insert", "text": "30"} in op["tokens"]
    assert op["numbers"] == [{"label": "金额上限", "type": "money", "old": "20万元", "new": "30万元",
                              "old_value": 200000, "new_value": 300000}]
    assert "金额上限 20万元 → 30万元" in summarize(checked(old, new))


def test_format_only_changes_are_keeps_marked_format() -> None:
    """Width, whitespace, zero-width characters and markup are no change of the provision."""
    noisy = [TEXTS[0].replace("，", ", "), "本办法适用于本市行政区域内的\u200b专利资助。 ", TEXTS[2] + "<!-- INFO END -->",
             "**" + TEXTS[3] + "**", TEXTS[4]]
    script = checked(document("a", TEXTS), document("b", noisy))
    assert [(op["op"], op.get("format", False)) for op in script["ops"]] == \
        [("keep", True), ("keep", True), ("keep", True), ("keep", True), ("keep", False)]
    assert script["summary"]["format"] == 4 and script["summary"]["update"] == 0
    changed = checked(document("a", TEXTS), document("b", [TEXTS[0].replace("规范", "加强")] + TEXTS[1:]))
    assert changed["ops"][0]["op"] == "update" and "format" not in changed["ops"][0]


def test_a_provision_moved_and_edited_is_a_move_with_its_edits() -> None:
    moved = "申请人应当如实提交申请材料和相关证明，不得弄虚作假。"
    new = [TEXTS[0], TEXTS[1], TEXTS[2], TEXTS[4], "新设的一条：资助资金实行专款专用。", moved]
    script = checked(document("a", TEXTS), document("b", new))
    (op,) = [op for op in script["ops"] if op["old"] == "art_4"]
    assert op["op"] == "move" and op["new"] == "art_6" and op["tokens"]
    assert {"op": "insert", "text": "和相关证明"} in op["tokens"]


def test_split_and_join() -> None:
    whole = "申请人应当如实提交申请材料。审核部门应当在十五个工作日内完成审核并书面告知结果。"
    parts = ["申请人应当如实提交申请材料。", "审核部门应当在十五个工作日内完成审核并书面告知结果。"]
    split = checked(document("a", [TEXTS[0], whole, TEXTS[4]]), document("b", [TEXTS[0]] + parts + [TEXTS[4]]))
    assert ("split", "art_2", ["art_2", "art_3"]) in ops_of(split)
    join = checked(document("a", [TEXTS[0]] + parts + [TEXTS[4]]), document("b", [TEXTS[0], whole, TEXTS[4]]))
    assert ("join", ["art_2", "art_3"], "art_2") in ops_of(join)


def test_leftovers_are_insert_and_delete() -> None:
    script = checked(document("a", TEXTS), document("b", TEXTS[:4] + ["完全不同的新内容：港口岸线使用许可。"]))
    assert ops_of(script)[-2:] == [("delete", "art_5", None), ("insert", None, "art_5")]


def test_token_diff_keeps_both_texts() -> None:
    a, b = list("资助上限20万元"), list("资助最高30万元")
    runs = token_diff(a, b)
    assert "".join(r["text"] for r in runs if r["op"] != "insert") == "资助上限20万元"
    assert "".join(r["text"] for r in runs if r["op"] != "delete") == "资助最高30万元"


def test_summarize_lists_counts_and_changes() -> None:
    text = summarize(checked(document("a", TEXTS), document("b", [TEXTS[0], "新增一条。"] + TEXTS[1:])))
    assert text.splitlines()[0] == "a → b"
    assert "keep 1, insert 1, renumber 4" in text and "renumber 第二条 → 第三条" in text


@lru_cache(maxsize=None)
def _compiled(path: Path, rel: str) -> dict:
    (doc,) = compile_source(rel, path.read_bytes()).documents
    return doc


def _check_pair(old: dict, new: dict) -> Counter:
    """No unchanged provision as delete + insert; identical text under a new number is renumber or move."""
    script = diff_documents(old, new)
    assert schema_errors(script, "diff.schema.json") == []
    keys = {("old", p.node["id"]): p for p in flatten(old)} | {("new", p.node["id"]): p for p in flatten(new)}
    deleted = {keys[("old", op["old"])].key for op in script["ops"] if op["op"] == "delete"}
    inserted = {keys[("new", op["new"])].key for op in script["ops"] if op["op"] == "insert"}
    assert not deleted & inserted, f"{old['id']}: unchanged provisions reported as delete + insert"
    for op in script["ops"]:
        if op["op"] in ("keep", "renumber", "move", "update"):
            same = keys[("old", op["old"])].key == keys[("new", op["new"])].key
            assert same == (op["op"] != "update") or op["op"] == "move"
            if op["op"] == "keep":
                assert op["old_num"] == op["new_num"]
            if same and op["old_num"] != op["new_num"]:
                assert op["op"] in ("renumber", "move"), (old["id"], op)
    return Counter(op["op"] for op in script["ops"])


def test_every_version_group_in_corpus_ext() -> None:
    """All 59 groups of corpus-ext/versions: unchanged provisions are matched, renumberings named."""
    groups = sorted(p for p in (CORPUS_EXT / "versions").iterdir() if p.is_dir())
    totals, renumbered = Counter(), set()
    for group in groups:
        docs = [_compiled(f, f"versions/{group.name}/{f.name}") for f in sorted(group.glob("*.md"))]
        for old, new in zip(docs, docs[1:]):
            counts = _check_pair(old, new)
            totals += counts
            if counts["renumber"]:
                renumbered.add(group.name)
    assert len(groups) == 59
    assert totals["renumber"] > 500 and len(renumbered) >= 30
    assert {"放射性药品管理办法", "对外贸易法", "立法法"} <= renumbered


def test_company_law_article_5_moved_to_19_with_edits() -> None:
    """公司法 2018 第五条 became 2023 第十九条 with 必须 → 应当: one move with its edits, not delete + insert."""
    folder = CORPUS_EXT / "versions" / "公司法"
    old, new = (_compiled(f, f"versions/公司法/{f.name}") for f in sorted(folder.glob("*.md")))
    (op,) = [op for op in diff_documents(old, new)["ops"] if op["old_num"] == "第五条"]
    assert op["op"] == "move" and op["new_num"] == "第十九条"
    assert {"op": "delete", "text": "必须"} in op["tokens"] and {"op": "insert", "text": "应当"} in op["tokens"]


def test_no_version_group_of_corpus_ext_is_ordered_backwards() -> None:
    """The file names of corpus-ext/versions sort in date order; the groups must follow them."""
    docs = [_compiled(f, f"versions/{f.parent.name}/{f.name}") for f in sorted((CORPUS_EXT / "versions").glob("*/*.md"))]
    groups, notes = versions(docs, {})
    paths = {d["id"]: d["source"]["path"] for d in docs}
    assert len(groups) == 59
    backwards = [g for g in groups if [paths[i] for i in g] != sorted(paths[i] for i in g)]
    assert backwards == []
    assert all(n["code"] == "version-date-mismatch" and n["path"] in paths.values() for n in notes)


def test_amendments_are_not_versions_of_each_other() -> None:
    """宪法修正案（1993年） and （2018年） are two instruments; an amendment is no version of the constitution."""
    folder = CORPUS_EXT / "laws" / "宪法"
    docs = [_compiled(f, f"laws/宪法/{f.name}") for f in sorted(folder.glob("*.md"))]
    assert len(docs) == 3
    groups, _ = versions(docs, {})
    assert groups == []
    renamed = [{**d, "title": d["title"].replace("修正案", "文本"), "meta": {**d["meta"], "title": None}}
                for d in docs if "修正案" in d["title"]]
    assert [len(g) for g in versions(renamed, {})[0]] == [2]  # were they not amendments, the years would not part them


def test_bundled_versions_report_renumbering() -> None:
    folder = ROOT / "corpus" / "versions" / "放射性药品管理办法"
    old, new = (_compiled(f, f"versions/{folder.name}/{f.name}") for f in sorted(folder.glob("*.md")))
    counts = _check_pair(old, new)
    assert counts["renumber"] >= 5 and counts["keep"] >= 20


def test_polc_diff_names_provisions_by_number_and_picks_documents_of_a_listing(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from polc.cli import main

    listing = ROOT / "corpus" / "001_490c044983d1bc4d.txt"
    run = CliRunner().invoke(main, ["diff", f"{listing}#d1", f"{listing}#d2"])
    assert run.exit_code == 0, run.output
    assert run.output.startswith("001_490c044983d1bc4d.d1 → 001_490c044983d1bc4d.d2")
    assert "chp_" not in run.output and "第一章" in run.output
    out_of_range = CliRunner().invoke(main, ["diff", f"{listing}#d9", f"{listing}#d1"])
    assert out_of_range.exit_code == 2 and "the file holds 5 documents (#d1 to #d5)" in out_of_range.output
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("第一条 为了规范管理，制定本办法。\n第二条 资助上限为20万元。\n", encoding="utf-8")
    new.write_text("第一条 为了规范管理，制定本办法。\n第二条 资助上限为30万元。\n", encoding="utf-8")
    run = CliRunner().invoke(main, ["diff", str(old), str(new)])
    assert "update   第二条   " in run.output and "20 → 30" in run.output


def test_changed_words_read_as_old_then_new() -> None:
    runs = token_diff(["资助", "上限", "20", "万元", "，", "每年", "一次", "。"],
                      ["资助", "上限", "30", "万元", "，", "每年", "两次", "，", "限", "一次", "。"])
    assert changed_words(runs) == ["20 → 30", "+两次，限"]
    assert changed_words(token_diff(list("甲乙丙"), list("甲丙"))) == ["-乙"]

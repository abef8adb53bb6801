"""HTML pages: rendered from the JSON only, escaped, deterministic, with highlights, links and the config."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from polc import markup, render
from polc.pipeline import compile_source
from polc.config import load_config
from polc.reduce import slug, title_key, version_groups
from polc.site import write_site
from polc.validate import schema_errors

CLAUSE = {"id": "c1", "type": "money", "text": "最高不超过30万元", "span": [40, 49], "value": None, "min": None,
          "max": 300000, "min_inclusive": None, "max_inclusive": True, "unit": "元", "per": {"count": 1, "unit": "家"}, "scope": None,
          "period": "年度", "role": "cap", "base": None, "applies_to": None, "approx": False, "limits": [],
          "text_span": [10, 19]}


def node(node_id: str, text: str, children=(), **extra) -> dict:
    return {"id": node_id, "kind": "article", "style": None, "num": "第一条", "ordinal": 1, "heading": None,
            "text": text, "span": extra.pop("span", [0, 100]), "children": list(children), "clauses": [], **extra}


def document(doc_id: str = "d", body=None, meta=None, diagnostics=()) -> dict:
    body = body if body is not None else [node("art_1", "对获得金奖的单位给予最高不超过30万元奖励，依照第二条办理。",
                                               clauses=[CLAUSE], role="condition",
                                               refs=[{"text": "第二条", "span": [60, 63], "text_span": [24, 27],
                                                      "targets": ["art_2"]}]),
                                          node("art_2", "第二条的内容。", span=[100, 200])]
    source = {"path": f"{doc_id}.txt", "span": [0, 200], "sha256": "0" * 64}
    return {"id": doc_id, "title": f"标题{doc_id}", "source": source,
            "meta": meta or {}, "body": body, "diagnostics": list(diagnostics)}


def site(tmp_path: Path, docs: list[dict], config: dict | None = None) -> Path:
    index = {"documents": [{"id": d["id"], "title": d["title"], "source": d["source"]["path"],
                            "json": f"docs/{d['id']}.json"} for d in docs], "sources": []}
    write_site(tmp_path, index, docs, config or {})
    return tmp_path


def test_clauses_are_highlighted_with_their_normalised_values(tmp_path: Path) -> None:
    html = (site(tmp_path, [document()]) / "docs" / "d.html").read_text(encoding="utf-8")
    assert '<mark id="c1" class="clause t-money"' in html and '<span class="gloss r-cap">年度 每家 最高 30万元</span>' in html
    assert 'data-max="300000"' in html and 'data-role="cap"' in html and 'data-per="家"' in html
    assert "金额上限 · ≤ 300000 元 · 每家 · 期间 年度" in html
    assert '<a class="ref" href="#art_2" title="→ 第一条">第二条</a>' in html
    assert 'class="node k-article role-condition"' in html and ">条件</span>" in html


def test_segments_nest_and_drop_crossing_marks() -> None:
    n = node("a", "甲乙丙丁戊己", clauses=[{**CLAUSE, "text_span": [0, 4]}, {**CLAUSE, "text_span": [3, 6]}],
             refs=[{"text": "乙丙", "span": [0, 0], "text_span": [1, 3], "targets": []}])
    pieces = markup.segments(n, {})
    assert [p.get("text") for p in pieces] == [None, "戊己"]
    assert [c.get("text") for c in pieces[0]["children"]] == ["甲", None, "丁"]
    assert markup.segments(node("b", "文本", clauses=[{**CLAUSE, "text_span": [5, 9]}]), {}) == [{"text": "文本"}]


def test_diagnostics_link_to_the_innermost_node(tmp_path: Path) -> None:
    inner = node("art_1__para_2", "款。", span=[10, 20])
    doc = document(body=[node("art_1", "条。", [inner], span=[0, 30])],
                   diagnostics=[{"code": "numbering-gap", "severity": "warning", "message": "跳号", "span": [12, 14],
                                 "line": 3, "column": 2},
                                {"code": "x", "severity": "info", "message": "外", "span": [50, 50],
                                 "line": 9, "column": 1}])
    html = (site(tmp_path, [doc]) / "docs" / "d.html").read_text(encoding="utf-8")
    assert '<li id="diag-1" class="sev-warning"><a href="#art_1__para_2">' in html
    assert '<li id="diag-2" class="sev-info"><a href="#top">' in html
    assert 'href="#diag-1"' in html


def test_metadata_panel_reads_what_exists() -> None:
    meta = {"title": {"text": "关于X的通知", "span": [0, 5]}, "issuer": [{"name": "国务院办公厅", "span": [0, 1]}],
            "doc_number": {"text": "国办发〔2019〕1号", "organ": "国办发", "year": 2019, "serial": 1, "span": [1, 2]},
            "date": {"value": "2019-01-03", "precision": "day", "text": "2019年1月3日", "span": [3, 4]},
            "status": {"value": "draft", "text": "征求意见稿", "span": None}, "level": {"value": None, "text": None},
            "expires": None, "references": [{"title": "专利法", "span": [0, 1]}]}
    rows = dict(render.meta_rows(meta))
    assert rows == {"标题": "关于X的通知", "发文机关": "国务院办公厅", "文号": "国办发〔2019〕1号",
                    "日期": "2019年1月3日", "状态": "征求意见稿", "引用": "专利法"}


def test_source_markup_and_template_syntax_show_as_text(tmp_path: Path) -> None:
    raw = "关于<script>alert(1)</script>的通知\n\n第一条 本办法{{ seven }}与{% raw %}有关。\n".encode()
    docs = compile_source("evil.txt", raw).documents
    out = site(tmp_path, docs)
    html = (out / "docs" / "evil.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ seven }}" in html and "{% raw %}" in html
    assert "&lt;script&gt;" in (out / "index.html").read_text(encoding="utf-8")


def test_the_site_is_deterministic_and_complete(tmp_path: Path) -> None:
    docs = [document("a"), document("b")]
    config = {"compare": [{"name": "甲乙对照", "documents": ["a", "b"]}], "versions": [{"documents": ["a", "b"]}]}
    first, second = site(tmp_path / "1", docs, config), site(tmp_path / "2", docs, config)
    files = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file())
    assert all((first / f).read_bytes() == (second / f).read_bytes() for f in files)
    assert {"index.html", "assets/polc.css", "docs/a.html", "compare/甲乙对照.html", "compare/甲乙对照.json",
            "compare/甲乙对照.csv", "diff/a--b.html", "diff/a--b.json"} <= set(files)
    table = json.loads((first / "compare" / "甲乙对照.json").read_text(encoding="utf-8"))
    assert schema_errors(table, "compare.schema.json") == []
    assert table["rows"][0]["cells"] == {"a": ["art_1"], "b": ["art_1"]}
    assert (first / "compare" / "甲乙对照.csv").read_bytes().startswith(b"\xef\xbb\xbf\xe4\xb8\xbb\xe9\xa2\x98")
    script = json.loads((first / "diff" / "a--b.json").read_text(encoding="utf-8"))
    assert schema_errors(script, "diff.schema.json") == [] and script["summary"]["keep"] == 2
    pages = "".join(p.read_text(encoding="utf-8") for p in first.rglob("*.html"))
    assert "http://" not in pages and "https://" not in pages


def test_config_is_read_with_tomllib_and_checked(tmp_path: Path) -> None:
    assert load_config(tmp_path) == {}
    (tmp_path / "polc.toml").write_text('[[compare]]\nname = "对照"\ndocuments = ["a", "b"]\n', encoding="utf-8")
    assert load_config(tmp_path)["compare"] == [{"name": "对照", "documents": ["a", "b"]}]
    (tmp_path / "polc.toml").write_text("[[compare]\nname = 1", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid TOML"):
        load_config(tmp_path)
    (tmp_path / "polc.toml").write_text('[[versions]]\ndocuments = ["only-one"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="at least two document ids"):
        load_config(tmp_path)
    with pytest.raises(ValueError, match="unknown document ids"):
        site(tmp_path / "out", [document("a")], {"compare": [{"documents": ["a", "zzz"]}]})


def test_versions_are_grouped_by_folder_or_by_title_without_markers() -> None:
    def doc(doc_id, title, path, date=None):
        return {**document(doc_id), "title": title, "source": {"path": path, "span": [0, 0], "sha256": "0" * 64},
                "meta": {"date": {"value": date}} if date else {}}
    docs = [doc("x2", "关于推进X的若干措施", "b/x.txt", "2023-05-01"),
            doc("x1", "关于推进X的若干措施（征求意见稿）", "a/x.txt", "2023-01-01"),
            doc("p", "江苏省知识产权规划(2021-2035年)", "p1.txt"), doc("q", "江苏省知识产权规划", "p0.txt"),
            doc("v2", "-法律法规-", "versions/监狱法/2026.md"), doc("v1", "中华人民共和国监狱法", "versions/监狱法/2012-10-26.md"),
            doc("alone", "别的通知", "z.txt")]
    assert version_groups(docs, {}) == [["x1", "x2"], ["q", "p"], ["v1", "v2"]]
    assert title_key(docs[1]) == "关于推进X的若干措施" and title_key(docs[4]) == "-法律法规-"
    assert version_groups(docs, {"versions": [{"documents": ["x2", "x1"]}]}) == [["x2", "x1"]]


def test_slugs_are_short_and_readable() -> None:
    assert slug(["versions.监狱法.2012-10-26", "versions.监狱法.2026"]) == "versions.监狱法.2012-10-26--2026"
    assert len(slug(["很长" * 80, "b"]).encode()) <= 150


def test_the_index_names_levels_and_statuses_and_carries_dates(tmp_path: Path) -> None:
    meta = {"level": {"value": "municipal", "text": "强市", "span": [0, 2]},
            "status": {"value": "repealed", "text": "废止或失效", "span": None},
            "date": {"value": "2023-05-01", "precision": "day", "text": "2023年5月1日", "span": [3, 4]},
            "effective": {"value": "2023-06-01", "precision": "day", "relative": False, "text": "x", "span": [5, 6]}}
    html = (site(tmp_path, [document(meta=meta)]) / "index.html").read_text(encoding="utf-8")
    row = html[html.index('<tr data-n'):html.index("</tr>", html.index('<tr data-n'))]
    assert 'data-status="repealed"' in row and 'data-level="municipal"' in row
    assert '<td data-label="层级" data-sort="2">市级</td>' in row and "强市" not in row
    assert '<td data-label="状态" data-sort="已废止">已废止</td>' in row
    assert 'data-sort="2023-05-01"' in row and 'data-sort="2023-06-01"' in row
    assert '<select id="status">' in html and '<option value="county">县级</option>' in html
    assert render.meta_text({"level": {"value": None, "text": "江苏省知识产权局"}}, "level") == ""


def test_comparison_pages_say_how_they_were_made_in_chinese(tmp_path: Path) -> None:
    docs = [document("a"), document("b")]
    out = site(tmp_path, docs, {"compare": [{"name": "甲乙对照", "documents": ["a", "b"]}]})
    html = (out / "compare" / "甲乙对照.html").read_text(encoding="utf-8")
    start = html.index('<p class="method">') + len('<p class="method">')
    method = html[start:html.index("</p>", start)]
    assert method.startswith("对齐方法") and not re.search(r"[A-Za-z]", method), method
    assert 'class="compare stack"' in html and '<td data-label="标题a">' in html


def test_format_only_changes_are_listed_apart_and_hidden_until_asked_for(tmp_path: Path) -> None:
    old = document("a")
    new = document("b", body=[node("art_1", old["body"][0]["text"].replace("，", ", ")), old["body"][1]])
    out = site(tmp_path, [old, new], {"versions": [{"documents": ["a", "b"]}]})
    html = (out / "diff" / "a--b.html").read_text(encoding="utf-8")
    assert '<input type="checkbox" name="kind" value="format"> 仅格式 <b>1</b>' in html  # a filter, off at first
    assert re.search(r'class="op op-keep format-only"[^>]*data-kind="format"[^>]*hidden>', html)


def test_a_standalone_diff_page_links_to_nothing_it_does_not_hold(tmp_path: Path) -> None:
    from polc.diff import diff_documents

    old, new = document("a"), document("b", body=[node("art_1", "完全不同的内容。")])
    html = render.diff_page(diff_documents(old, new), old, new, "a--b", standalone=True)
    links = re.findall(r'(?:href|src)="([^"]*)"', html)
    assert links and all(link.startswith(("#", "data:")) for link in links), links
    assert "<style>" in html and "index.html" not in html and ".json" not in html


def test_provisions_are_named_as_printed() -> None:
    from polc.labels import names

    def n(node_id, kind, num=None, children=(), text="x"):
        return {"id": node_id, "kind": kind, "num": num, "heading": None, "text": text, "children": list(children)}
    law = {"body": [n("header_1", "header"), n("header_2", "header"),
                    n("chp_1", "chapter", "第一章", [n("chp_1__sec_1", "section", "第一节", [
                        n("chp_1__sec_1__art_10", "article", "第十条", [
                            n("p1", "paragraph"), n("p2", "paragraph", children=[n("i3", "item", "（三）")])])])]),
                    n("closing_1", "closing")]}
    assert names(law) == {"header_1": "标题第1行", "header_2": "标题第2行", "chp_1": "第一章", "chp_1__sec_1": "第一章第一节",
                          "chp_1__sec_1__art_10": "第十条", "p1": "第十条第一款", "p2": "第十条第二款",
                          "i3": "第十条第二款（三）", "closing_1": "落款"}
    measures = {"body": [n("preamble_1", "preamble"), n("item_1", "item", "一、", [n("item_1__item_3", "item", "（三）")])]}
    assert names(measures) == {"preamble_1": "序言", "item_1": "一、", "item_1__item_3": "一、（三）"}


def test_amounts_read_as_people_write_them() -> None:
    cap = {**CLAUSE, "per": None, "period": None}
    assert markup.gloss(cap) == "最高 30万元"
    floor = {"type": "money", "role": "threshold", "min": 20_000_000, "min_inclusive": True, "max": None, "value": None,
             "unit": "CNY"}
    assert markup.gloss(floor) == "不低于 2000万元"
    assert markup.gloss({**floor, "min": 150_000_000, "min_inclusive": False}) == "超过 1.5亿元"
    rate = {"type": "percent", "role": "amount", "value": 50, "min": 50, "max": 50, "unit": "%", "base": "贷款利息"}
    assert markup.gloss(rate) == "按贷款利息的 50%"
    assert markup.gloss({"type": "date", "role": "deadline", "text": "2022年1月30日"}) == "截止日期"


def test_a_preference_tagged_as_a_condition_is_shown_as_a_preference(tmp_path: Path) -> None:
    """（六）优先支持…: the JSON tags it a condition (eligibility's reading); the page says 优先."""
    body = [node("art_1", "同等条件下优先支持获得驰名商标的企业。", role="condition"),
            node("art_2", "具有优先权的发明专利10件以上。", role="condition", span=[100, 200])]
    html = (site(tmp_path, [document(body=body)]) / "docs" / "d.html").read_text(encoding="utf-8")
    assert 'id="art_1" class="node k-article role-preference"' in html and ">优先</span>" in html
    assert 'id="art_2" class="node k-article role-condition"' in html

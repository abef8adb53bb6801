"""Stage ``meta``: title, issuer, 文号, date, status, level, validity, repeals, references, attachments.

Every meta produced here is validated against ``schemas/meta.schema.json`` with the pure-Python
``jsonschema`` (the independent reference), and every span is checked against the source.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from polc.emit import emit_meta
from polc.meta import empty_meta, extract_meta, organ_level
from polc.model import Document, DocumentSlice, Normalized, Source
from polc.normalize import normalize
from polc.pipeline import build_document, document_id
from polc.source import read_source
from polc.split import split_documents
from polc.title import choose_title, title_with_span
from paths import CORPUS_EXT

ROOT = Path(__file__).resolve().parent.parent
EXT = CORPUS_EXT
VALIDATOR = jsonschema.Draft202012Validator(json.loads((ROOT / "schemas" / "meta.schema.json").read_text("utf-8")))


def compile_file(path: Path, rel: str) -> list[tuple[Source, Document, DocumentSlice]]:
    """The typed documents of one file, as the pipeline builds them (before emit)."""
    source = read_source(path.read_bytes(), rel)
    norm = normalize(source.text)
    pieces = split_documents(norm).documents
    return [(source, build_document(source, norm, piece, document_id(rel, piece, len(pieces) > 1),
                                    _span(norm, piece)), piece) for piece in pieces]


def _span(norm: Normalized, piece: DocumentSlice) -> tuple[int, int]:
    start, end = norm.to_source(piece.nstart, piece.nend)
    return (0 if piece.nstart == 0 else start, norm.offsets[-1] if piece.nend == len(norm.text) else end)


def metas(path: Path, rel: str) -> list[tuple[str, dict[str, Any]]]:
    """``(source text, meta)`` per document, each meta schema-valid and with honest spans."""
    out = []
    for source, doc, piece in compile_file(path, rel):
        meta = emit_meta(extract_meta(doc, source.text, piece.level_tag))
        errors = [e.message for e in VALIDATOR.iter_errors(meta)]
        assert not errors, errors[:3]
        assert_spans_point_at_text(meta, source.text)
        out.append((source.text, meta))
    return out


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_spans_point_at_text(value: Any, source: str) -> None:
    """Each ``span`` covers exactly the characters its object names (whitespace aside)."""
    if isinstance(value, list):
        for entry in value:
            assert_spans_point_at_text(entry, source)
        return
    if not isinstance(value, dict):
        return
    span = value.get("span")
    if span is not None:
        start, end = span
        assert 0 <= start < end <= len(source)
        shown = squash(source[start:end])
        if "name" in value:
            assert squash(value["name"]) in shown or shown.endswith(value["name"][-3:]), (value, shown)
        elif "title" in value and "doc_number" in value:  # cited: span of 《title》
            assert shown.startswith("《") and shown.endswith("》"), (value, shown)
        elif "title" in value:
            assert shown == squash(value["title"]), (value, shown)
        elif value.get("text"):
            assert shown == squash(value["text"]), (value, shown)
    for key, entry in value.items():
        if key != "span":
            assert_spans_point_at_text(entry, source)


@pytest.fixture(scope="module")
def seed_meta(seeds_dir: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    found = {}
    for path in sorted(seeds_dir.glob("00*.txt")):
        for i, (text, meta) in enumerate(metas(path, path.name), 1):
            found[f"{path.name[:3]}.d{i}"] = (text, meta)
    return found


def test_seed_003_notice(seed_meta) -> None:
    text, meta = seed_meta["003.d1"]
    assert meta["title"]["text"] == "关于组织申报2022年度省知识产权战略推进计划项目的通知"
    assert [i["name"] for i in meta["issuer"]] == ["江苏省知识产权局"]
    number = meta["doc_number"]
    assert (number["text"], number["organ"], number["year"], number["serial"]) == ("苏知发〔2021〕140号", "苏知发", 2021, 140)
    assert text[slice(*number["span"])] == "苏知发〔2021〕140号"
    assert (meta["date"]["value"], meta["date"]["precision"]) == ("2021-12-24", "day")
    assert meta["status"] == {"value": "final", "text": None, "span": None}
    assert meta["level"]["value"] == "provincial"
    assert [a["title"] for a in meta["attachments"]] == [
        "2022年度省知识产权保护示范区创建项目申报指南", "2022年度省商标品牌培育和保护项目申报指南",
        "2022年度省高价值专利培育计划项目申报指南", "2022年度省专利转化专项计划项目申报指南"]
    assert meta["references"][0]["title"] == "江苏省“十四五”知识产权发展规划"
    assert meta["repeals"] == [] and meta["effective"] is None


def test_seed_004_is_a_draft(seed_meta) -> None:
    text, meta = seed_meta["004.d1"]
    assert meta["title"]["text"] == "关于高标准推进知识产权强市建设若干政策措施（征求意见稿）"
    assert meta["status"]["value"] == "draft"
    assert text[slice(*meta["status"]["span"])] == "征求意见稿"
    assert meta["effective"] == {"value": None, "precision": None, "relative": True, "text": "自印发之日起实施",
                                 "span": meta["effective"]["span"]}


def test_seed_002_title(seed_meta) -> None:
    _, meta = seed_meta["002.d1"]
    assert meta["title"]["text"] == "贯彻落实高标准推进知识产权强省建设若干政策措施任务清单"
    assert meta["status"]["value"] == "final"


def test_seed_001_listing_titles_levels_and_status(seed_meta) -> None:
    found = [(seed_meta[f"001.d{i}"][1]["title"]["text"], seed_meta[f"001.d{i}"][1]["level"]["value"],
              seed_meta[f"001.d{i}"][1]["status"]["value"]) for i in range(1, 6)]
    assert found == [
        ("苏州市知识产权金融奖励补贴实施办法(试行)", "municipal", "trial"),
        ("苏州市企业知识产权登峰行动计划(2021~2023年)", "municipal", "final"),
        ("知识产权强国建设纲要(2021-2035年)", "national", "final"),
        ("江苏省高价值专利培育示范中心建设和管理办法(暂行)", "provincial", "interim"),
        ("江苏省“十四五”知识产权发展规划", "provincial", "final"),
    ]
    text, meta = seed_meta["001.d1"]
    assert meta["level"]["text"] == "苏州市级" and text[slice(*meta["level"]["span"])] == "苏州市级"
    assert not meta["title"]["text"].startswith("【")


def test_seed_001_d1_validity_and_repeals(seed_meta) -> None:
    text, meta = seed_meta["001.d1"]
    assert {k: meta["effective"][k] for k in ("value", "precision", "relative")} == \
        {"value": "2021", "precision": "year", "relative": False}
    assert {k: meta["expires"][k] for k in ("value", "precision", "relative")} == \
        {"value": "2023", "precision": "year", "relative": False}
    assert text[slice(*meta["expires"]["span"])] == "有效期至2023年"
    repealed = [(r["title"], r["doc_number"]["text"] if r["doc_number"] else None) for r in meta["repeals"]]
    assert repealed[0] == ("苏州市知识产权质押贷款扶持资金管理办法", "苏财科字〔2009〕88号")
    assert repealed[1] == ("苏州市知识产权保险补贴实施办法(试行)", "苏知政〔2013〕45号")
    cited = {r["title"]: r for r in meta["references"]}
    assert cited["苏州市知识产权高质量发展三年行动计划"]["doc_number"]["text"] == "苏府办〔2021〕136号"
    assert "中华人民共和国预算法" in cited and cited["中华人民共和国预算法"]["doc_number"] is None


def test_seed_001_other_documents(seed_meta) -> None:
    _, d2 = seed_meta["001.d2"]
    assert [a["title"] for a in d2["attachments"]] == ["市政府关于印发苏州市企业知识产权登峰行动计划(2021~2023年)的通知"]
    _, d4 = seed_meta["001.d4"]
    assert (d4["effective"]["value"], d4["effective"]["precision"]) == ("2021-10-01", "day")


def test_references_are_unique_by_title(seed_meta) -> None:
    for _, meta in seed_meta.values():
        titles = [r["title"] for r in meta["references"]]
        assert len(titles) == len(set(titles))


def test_choose_title_keeps_its_signature_and_agrees_with_meta(seeds_dir: Path) -> None:
    path = seeds_dir / "003_00e0f4675e6c9239.txt"
    source, doc, _ = compile_file(path, path.name)[0]
    title, span = title_with_span(doc.body, "fallback")
    assert choose_title(doc.body, "fallback") == title == doc.title
    assert squash(source.text[span[0]:span[1]]) == title
    assert title_with_span([], "fallback") == ("fallback", None)


# --- corpus-ext: one law, one gov.cn policy, one qisehong file ------------------------------------

def ext_meta(rel: str) -> tuple[str, dict[str, Any]]:
    return metas(EXT / rel, rel)[0]


def test_lawrefbook_law_takes_issuer_and_date_from_the_latest_history_line() -> None:
    text, meta = ext_meta("laws/刑法/刑法.md")
    assert meta["title"]["text"] == "中华人民共和国刑法"
    assert [i["name"] for i in meta["issuer"]] == ["全国人民代表大会常务委员会"]
    assert (meta["date"]["value"], meta["date"]["text"]) == ("2023-12-29", "2023年12月29日")
    assert meta["level"]["value"] == "national"
    assert meta["doc_number"] is None
    assert "中华人民共和国刑法修正案（十二）" in {r["title"] for r in meta["references"]}


def test_gov_policy_with_joint_issuers_and_chinese_numeral_date() -> None:
    text, meta = ext_meta("policies/gov_19_加强对侵华日军遗弃化学武器调查和管理工作的通知.txt")
    assert [i["name"] for i in meta["issuer"]] == ["国务院办公厅", "中央军委办公厅"]
    number = meta["doc_number"]
    assert (number["organ"], number["year"], number["serial"]) == ("国办发", 1996, 25)
    assert (meta["date"]["value"], meta["date"]["text"]) == ("1996-06-29", "一九九六年六月二十九日")
    assert meta["level"]["value"] == "national"


def test_gov_policy_attachment() -> None:
    _, meta = ext_meta("policies/gov_10_推广第二批支持创新相关改革举措的通知.txt")
    assert meta["title"]["text"] == "国务院办公厅关于推广第二批支持创新相关改革举措的通知"
    assert [i["name"] for i in meta["issuer"]] == ["国务院办公厅"]
    assert [a["title"] for a in meta["attachments"]] == ["第二批支持创新相关改革举措推广清单"]
    assert meta["date"]["value"] == "2018-12-23"


def test_qisehong_front_matter_is_not_the_title() -> None:
    text, meta = ext_meta("laws/行政法/生态环境法典(2026).md")
    assert meta["title"]["text"] == "中华人民共和国生态环境法典"
    assert meta["date"]["value"] == "2026-03-12"
    assert [i["name"] for i in meta["issuer"]] == ["全国人民代表大会"]  # from issuing_authority
    assert text[slice(*meta["issuer"][0]["span"])] == "全国人民代表大会"
    _, prison = ext_meta("versions/监狱法/2026.md")
    assert prison["title"]["text"] == "中华人民共和国监狱法"
    assert (prison["effective"]["value"], prison["date"]["value"]) == ("2026-11-01", "2026-04-30")


# --- units ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, level", [
    ("国务院办公厅", "national"), ("国家市场监督管理总局", "national"), ("公安部", "national"),
    ("江苏省知识产权局", "provincial"), ("上海市人民代表大会常务委员会", "provincial"),
    ("苏州市人民政府", "municipal"), ("秀山土家族苗族自治县人民代表大会", "county"),
])
def test_organ_level(name: str, level: str) -> None:
    assert organ_level(name) == level


def test_meta_of_an_empty_document_is_valid() -> None:
    doc = Document("x", "x", "x.txt", (0, 0), "0" * 64, [], [])
    meta = emit_meta(extract_meta(doc, "", ""))
    assert meta["title"] == {"text": "x", "span": None}
    assert not list(VALIDATOR.iter_errors(meta))
    assert not list(VALIDATOR.iter_errors(emit_meta(empty_meta("x"))))
    assert not list(VALIDATOR.iter_errors({}))  # a residue document may carry no meta at all


def _version_dates() -> list[tuple[str, str, str | None]]:
    """(group, file date, meta.date) of every version document of corpus-ext."""
    from polc.pipeline import compile_source

    found = []
    for path in sorted((CORPUS_EXT / "versions").rglob("*.md")):
        for doc in compile_source(path.name, path.read_bytes()).documents:
            found.append((path.parent.name, path.stem, (doc["meta"]["date"] or {}).get("value")))
    return found


def _explained(file_date: str, meta_date: str | None) -> str | None:
    """Why a version's meta.date differs from its file's date, or None when nothing explains it."""
    from datetime import date

    if meta_date is None:
        return "no date in the text: the order falls back to the file name"
    if len(file_date) == 4 or len(meta_date) == 4:
        return "year only" if file_date[:4] == meta_date[:4] else None
    gap = (date.fromisoformat(file_date) - date.fromisoformat(meta_date)).days
    if 0 < gap <= 90:
        return "the file is named by its publication or effective date; meta.date is the adoption date"
    if gap < 0:
        return "the text records a later amendment than its file name"
    return "the text's latest adoption or amendment line is older than its file name"


def test_a_version_is_dated_by_its_latest_adoption_or_amendment() -> None:
    """公司法 2023: seven history lines run past the header zone; the latest (2023-12-29) is the date."""
    dates = _version_dates()
    by_file = {(group, file_date): meta_date for group, file_date, meta_date in dates}
    assert by_file[("公司法", "2023-12-29")] == "2023-12-29"
    assert by_file[("公司法", "2018-10-26")] == "2018-10-26"
    assert by_file[("海洋环境保护法", "2023-10-24")] == "2023-10-24"
    differing = [(g, f, m, _explained(f, m)) for g, f, m in dates if m != f]
    assert all(why for *_, why in differing), [d for d in differing if not d[3]]
    assert len(differing) <= 34


def test_front_matter_status_repealed() -> None:
    text = "---\ntitle: \"出版管理条例\"\nstatus: \"废止或失效\"\n---\n# 出版管理条例\n\n第一条 为了加强对出版活动的管理，制定本条例。\n"
    from polc.pipeline import compile_source

    (doc,) = compile_source("a.md", text.encode("utf-8")).documents
    status = doc["meta"]["status"]
    assert (status["value"], status["text"]) == ("repealed", "废止或失效")
    assert text[slice(*status["span"])] == "废止或失效"
    (live,) = compile_source("b.md", text.replace("废止或失效", "现行有效").encode("utf-8")).documents
    assert live["meta"]["status"]["value"] == "final"


def test_a_city_regulation_approved_by_the_province_is_the_citys() -> None:
    """…河南省…会议批准的《郑州市人民代表大会常务委员会关于修改部分地方性法规的决定》第二次修正: the province approves,
    the city's congress enacts — the issuer (and so the territory 本市 means) is 郑州市's."""
    source = Path(__file__).parent / "eligibility_key" / "sources" / "s01_郑州市失业保险条例.txt"
    _, meta = metas(source, "s01.txt")[0]
    assert [i["name"] for i in meta["issuer"]] == ["郑州市人民代表大会常务委员会"]

"""Robustness at volume: the repository's copy of corpus-ext, and generated torture inputs, never
give a traceback (``bench/corpus_ext.py`` builds the whole of ``../shared/corpus-ext``).

Each torture input is generated into tmp_path at test time and built with the real ``polc``
command; the exit status is 0 when every document compiled (warnings allowed) and 1 when some
input could not be compiled.
"""
from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any, Callable

import pytest

from lossless import compiled_problems, lines, source_problems, walk

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synth import article_bodies, numbered_articles, synthetic_law, zh_numeral  # noqa: E402
from paths import CORPUS_EXT, SEEDS_DIR


POLC = Path(sys.executable).with_name("polc")
POLICY = ("关于印发若干政策措施的通知\n\n各有关单位：\n\n一、支持企业发展\n\n"
          "（一）对符合条件的企业，给予不超过50万元的奖励。\n\n（二）贷款贴息比例为50%。\n\n"
          "二、附则\n\n本办法自2024年1月1日起施行。\n")


def polc_build(corpus: Path, out: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    command = [str(POLC)] if POLC.exists() else [sys.executable, "-c", "from polc.cli import main; main()"]
    return subprocess.run([*command, "build", str(corpus), "-o", str(out), *args],
                          capture_output=True, text=True, timeout=timeout)


def built(out: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """``index.json`` and every document JSON of a build."""
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return index, [json.loads((out / d["json"]).read_text(encoding="utf-8")) for d in index["documents"]]


def all_codes(index: dict[str, Any], documents: list[dict[str, Any]]) -> list[str]:
    return ([d["code"] for s in index["sources"] for d in s["diagnostics"]]
            + [d["code"] for doc in documents for d in doc["diagnostics"]])


def assert_tiled_and_nested(doc: dict[str, Any]) -> None:
    """Top-level nodes tile the document span; every child lies inside its parent, in order."""
    start, end = doc["source"]["span"]
    at = start
    for node in doc["body"]:
        assert node["span"][0] == at, f"{node['id']} starts at {node['span'][0]}, not {at}"
        at = node["span"][1]
    assert at == end, f"the last top-level node ends at {at}, not {end}"
    for node in walk(doc["body"]):
        lo, hi = node["span"]
        previous = lo
        for child in node["children"]:
            s, e = child["span"]
            assert previous <= s <= e <= hi, f"{child['id']} {child['span']} not inside {node['id']} {node['span']}"
            previous = e


# --------------------------------------------------------------------------- the whole corpus

@pytest.mark.slow
def test_the_corpus_ext_files_build_without_internal_errors(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = polc_build(CORPUS_EXT, out, "-j", "2", "-q")
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr[-2000:]
    assert "internal-error" not in result.stderr, result.stderr[-2000:]
    index, documents = built(out)
    assert "internal-error" not in all_codes(index, documents)
    # every file is a document, or describes the corpus (README.md, not a document by default), or is
    # no .txt/.md (MANIFEST.tsv)
    files = sorted(p.relative_to(CORPUS_EXT).as_posix() for p in CORPUS_EXT.rglob("*") if p.is_file())
    compiled = {s["path"] for s in index["sources"] if s["documents"]}
    assert [f for f in files if f not in compiled] == ["MANIFEST.tsv", "README.md"]


# --------------------------------------------------------------------------- generated inputs

def _bodies() -> list[tuple[str, ...]]:
    return article_bodies(CORPUS_EXT)


def one_line_10mb(corpus: Path) -> None:
    """A whole 10 MB law on one physical line, units separated by ideographic spaces (a saved web page)."""
    text = synthetic_law(10_000_000, _bodies()).decode()
    (corpus / "one_line.txt").write_text(text.replace("\n\n", "\u3000\u3000").replace("\n", " "), encoding="utf-8")


def articles_5000(corpus: Path) -> None:
    (corpus / "articles.txt").write_text("五千条条例\n\n" + numbered_articles(5000, _bodies()), encoding="utf-8")


def items_2000(corpus: Path) -> None:
    items = "".join(f"（{zh_numeral(i)}）第{i}项事项，补助不超过{i}万元；\n" for i in range(1, 2001))
    (corpus / "items.txt").write_text("关于若干事项的通知\n\n各有关单位：\n\n" + items, encoding="utf-8")


NESTED = """# 嵌套条例

<!-- INFO END -->

第一编 总则

第一分编 通则

第一章 一般规定

第一节 基本原则

第一条 本条例适用于下列事项：

一、第一类事项

（一）第一项

1. 第一目

（1）第一小目

①第一细目，金额10万元；

②第二细目。

（2）第二小目

2. 第二目

（二）第二项

二、第二类事项

第二条 本条例自公布之日起施行。

附件1

申报材料清单

一、基本材料
"""


def nested_styles(corpus: Path) -> None:
    (corpus / "nested.md").write_text(NESTED, encoding="utf-8")


def every_line_a_heading(corpus: Path) -> None:
    styles = (lambda n: f"第{n}章", lambda n: f"第{n}节", lambda n: f"第{n}条", lambda n: f"{n}、",
              lambda n: f"（{n}）", lambda n: f"{n}．", lambda n: f"第{n}编", lambda n: "附件")
    lines = [styles[i % len(styles)](zh_numeral(i) if i % len(styles) != 5 else str(i)) for i in range(1, 1601)]
    (corpus / "headings.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def only_whitespace(corpus: Path) -> None:
    (corpus / "blank.txt").write_bytes(b"  \n\t\n\r\n   \n")


def gb18030(corpus: Path) -> None:
    (corpus / "gb.txt").write_bytes(POLICY.encode("gb18030"))


def utf16(corpus: Path) -> None:
    (corpus / "utf16.txt").write_bytes(POLICY.encode("utf-16"))  # with its byte order mark


def stray_bytes(corpus: Path) -> None:
    """A stray \\xff in a policy and a policy cut in the middle of a character."""
    raw = POLICY.encode()
    (corpus / "stray.txt").write_bytes(raw.replace("（二）".encode(), b"\xff" + "（二）".encode()))
    (corpus / "cut.txt").write_bytes(raw[:-2])


def utf16_without_bom(corpus: Path) -> None:
    (corpus / "le.txt").write_bytes(POLICY.encode("utf-16-le"))
    (corpus / "be.txt").write_bytes(POLICY.encode("utf-16-be"))


LATIN1 = ("关于印发若干政策措施的通知\n\n一、支持企业发展\n\n（一）对符合条件的企业，给予不超过50万元（¥500,000）的奖励，"
          "温度20°C±2°C的实验室按面积×单价补助。\n\n（二）依据本办法§3，©2024 某某局·政策法规处，联系人\u00a0张三。\n")


def utf16_with_latin1_symbols(corpus: Path) -> None:
    """Chinese UTF-16 without a byte order mark, with ·, ×, °, ±, §, ©, no-break space and ¥ in it,
    and seed 004 (which has some) saved the same way."""
    seed = (SEEDS_DIR / "004_7e5f4f05c94043a5.txt").read_text(encoding="utf-8")
    for order in ("le", "be"):
        (corpus / f"latin_{order}.txt").write_bytes(LATIN1.encode(f"utf-16-{order}"))
        (corpus / f"seed_004_{order}.txt").write_bytes(seed.encode(f"utf-16-{order}"))


def nul_bytes(corpus: Path) -> None:
    """A NUL in the middle of a UTF-8 policy, another at its start: kept, not a binary file."""
    raw = POLICY.encode()
    (corpus / "nul.txt").write_bytes(raw.replace("（二）".encode(), b"\x00" + "（二）".encode()))
    (corpus / "nul_first.txt").write_bytes(b"\x00" + raw)


def real_binaries(corpus: Path) -> None:
    """A PDF and a ZIP (a .docx) saved under a text name: clear errors, the policy beside them builds."""
    (corpus / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 5 >>\nstream\n\x00\x01\x02\x03\nendstream\n")
    (corpus / "word.md").write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(range(256)))
    (corpus / "policy.txt").write_text(POLICY, encoding="utf-8")


def png_renamed(corpus: Path) -> None:
    header = struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + header + struct.pack(">I", zlib.crc32(header[4:])) + zlib.compress(b"\0" * 64)
    (corpus / "picture.txt").write_bytes(png)


def symlink_outside(corpus: Path) -> None:
    outside = corpus.parent / "outside.txt"
    outside.write_text(POLICY, encoding="utf-8")
    (corpus / "inside.txt").write_text(POLICY, encoding="utf-8")
    os.symlink(outside, corpus / "link.txt")


# name: (generator, exit status, diagnostic codes that must appear in index.json or stderr)
CASES: dict[str, tuple[Callable[[Path], None], int, set[str]]] = {
    "one_line_10mb": (one_line_10mb, 0, set()),
    "articles_5000": (articles_5000, 0, set()),
    "items_2000": (items_2000, 0, set()),
    "nested_styles": (nested_styles, 0, set()),
    "every_line_a_heading": (every_line_a_heading, 0, set()),
    "only_whitespace": (only_whitespace, 0, {"empty-source"}),
    "gb18030": (gb18030, 0, {"non-utf8-source"}),
    "utf16": (utf16, 0, {"utf16-source"}),
    "utf16_without_bom": (utf16_without_bom, 0, {"utf16-without-bom"}),
    "stray_bytes": (stray_bytes, 0, {"invalid-byte"}),
    "utf16_with_latin1_symbols": (utf16_with_latin1_symbols, 0, {"utf16-without-bom"}),
    "nul_bytes": (nul_bytes, 0, {"invalid-byte"}),
    "real_binaries": (real_binaries, 1, {"binary-source"}),
    "png_renamed": (png_renamed, 1, {"binary-source"}),
    "symlink_outside": (symlink_outside, 0, {"symlink-outside-corpus"}),
}


@pytest.fixture(params=sorted(CASES))
def torture(request: pytest.FixtureRequest, tmp_path: Path):
    """Generate one torture input, build it, and hand over what the build produced."""
    generate, status, codes = CASES[request.param]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    generate(corpus)
    out = tmp_path / "out"
    result = polc_build(corpus, out, "-j", "1")
    index, documents = built(out)
    return {"name": request.param, "corpus": corpus, "result": result, "status": status, "codes": codes,
            "index": index, "documents": documents}


def test_a_torture_input_gives_diagnostics_never_a_traceback(torture) -> None:
    result = torture["result"]
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == torture["status"], result.stderr[-2000:]
    codes = set(all_codes(torture["index"], torture["documents"]))
    codes |= {code for code in torture["codes"] if f"[{code}]" in result.stderr}
    assert "internal-error" not in codes
    assert torture["codes"] <= codes, f"missing diagnostics {torture['codes'] - codes}: {result.stderr[-1000:]}"
    for source in torture["index"]["sources"]:
        raw = (torture["corpus"] / source["path"]).read_bytes()
        if source["encoding"] in ("binary", "empty"):
            continue
        assert source["documents"], f"{source['path']} ({source['encoding']}) was dropped"
        docs = [d for d in torture["documents"] if d["source"]["path"] == source["path"]]
        if torture["name"] != "one_line_10mb":  # the contract checker is slow on 10 MB; tiling is checked below
            # decoded as the index says, bad bytes replaced: spans index that text
            problems = source_problems(lines(raw.decode(source["encoding"], "replace")), docs, source["residue"])
            assert not problems, "\n".join(problems[:10])
        for doc in docs:
            assert_tiled_and_nested(doc)


def test_5000_articles_come_out_as_5000_nested_lossless_articles(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    articles_5000(corpus)
    assert polc_build(corpus, tmp_path / "out", "-q").returncode == 0
    index, (doc,) = built(tmp_path / "out")
    articles = [n for n in walk(doc["body"]) if n["kind"] == "article"]
    assert [a["ordinal"] for a in articles] == list(range(1, 5001))
    assert not [d for d in doc["diagnostics"] if d["code"].startswith("numbering")]
    assert_tiled_and_nested(doc)
    raw = (corpus / "articles.txt").read_bytes()
    assert not compiled_problems(raw, {"documents": [doc], "residue": index["sources"][0]["residue"]})


def test_2000_items_in_a_row_stay_siblings(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    items_2000(corpus)
    assert polc_build(corpus, tmp_path / "out", "-q").returncode == 0
    _, (doc,) = built(tmp_path / "out")
    items = [n for n in walk(doc["body"]) if n["kind"] == "item"]
    assert [i["ordinal"] for i in items] == list(range(1, 2001))
    assert all(not i["children"] for i in items)
    assert_tiled_and_nested(doc)


def test_every_numbering_style_nests_in_one_document(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    nested_styles(corpus)
    assert polc_build(corpus, tmp_path / "out", "-q").returncode == 0
    index, (doc,) = built(tmp_path / "out")
    chain, node = [], next(n for n in doc["body"] if n["kind"] == "part")
    while node:
        chain.append(node["style"] or node["kind"])
        node = node["children"][0] if node["children"] else None
    assert chain == ["part", "subpart", "chapter", "section", "article",
                     "zh_dun", "zh_paren", "arabic_dot", "arabic_paren", "circled"]
    assert [n["kind"] for n in doc["body"]][-1] == "annex"
    assert_tiled_and_nested(doc)
    raw = (corpus / "nested.md").read_bytes()
    assert not compiled_problems(raw, {"documents": [doc], "residue": index["sources"][0]["residue"]})


def test_a_symlink_outside_the_corpus_is_not_followed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    symlink_outside(corpus)
    result = polc_build(corpus, tmp_path / "out")
    assert result.returncode == 0
    assert "link.txt:1:1: warning[symlink-outside-corpus]" in result.stderr
    index, _ = built(tmp_path / "out")
    assert [s["path"] for s in index["sources"]] == ["inside.txt"]


def test_a_file_of_unicode_whitespace_is_reported_empty(tmp_path: Path) -> None:
    """Ideographic spaces and NBSP are whitespace too, not only ASCII's."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "blank.txt").write_text("\u3000\u3000\n\u00a0\n", encoding="utf-8")
    result = polc_build(corpus, tmp_path / "out")
    assert "[empty-source]" in result.stderr


def test_an_empty_file_yields_no_document_as_its_warning_says(tmp_path: Path) -> None:
    """The empty-source warning and the output agree: no (empty) document is written."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    only_whitespace(corpus)
    result = polc_build(corpus, tmp_path / "out")
    assert "yields no document" in result.stderr
    index, _ = built(tmp_path / "out")
    assert index["documents"] == []


def test_a_long_file_name_in_a_folder_does_not_stop_the_build(tmp_path: Path) -> None:
    """OUT/docs/<id>.json stays within NAME_MAX when the id (the whole source path) is long."""
    corpus = tmp_path / "corpus"
    (corpus / "法规汇编").mkdir(parents=True)
    name = ("关于" + "进一步加强和改进" * 10)[:80]  # 240 bytes: a legal file name
    (corpus / "法规汇编" / f"{name}.md").write_text("第一条 测试。\n", encoding="utf-8")
    (corpus / "short.md").write_text("第一条 测试。\n", encoding="utf-8")
    result = polc_build(corpus, tmp_path / "out")
    assert "Traceback" not in result.stderr
    assert (tmp_path / "out" / "index.json").is_file(), result.stderr


def test_crlf_line_ends_are_read_as_python_reads_text(tmp_path: Path) -> None:
    """Spans index the text ``read_text`` gives (``\\r\\n`` → ``\\n``), as every reader of the contract decodes it."""
    from polc.pipeline import compile_source

    raw = "关于支持企业的若干措施\r\n\r\n一、对获评国家级的企业给予一百万元奖励。\r\n二、对获评省级的企业给予五十万元奖励。\r\n".encode("utf-8")
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw)
    text = path.read_text(encoding="utf-8")
    compiled = compile_source("crlf.txt", raw)
    assert compiled_problems(raw, compiled) == []
    clauses = [c for d in compiled.documents for n in walk(d["body"]) for c in n["clauses"]]
    assert [text[slice(*c["span"])] for c in clauses] == ["一百万元", "五十万元"]

"""The library API in the package root: compile_text, compile_file, build, check, PolcError — never printing."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

import polc
from lossless import source_problems
from polc.validate import schema_errors

LAW = "关于印发管理办法的通知\n第一条 为了规范管理，制定本办法。\n第二条 本办法自印发之日起施行。\n"
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def silent(capsys: pytest.CaptureFixture):
    """Every test here checks that the API printed nothing."""
    yield
    printed = capsys.readouterr()
    assert printed.out == "" and printed.err == "", printed


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(LAW, encoding="utf-8")
    (folder / "sub" / "b.md").write_text(LAW.replace("第二条", "第三条"), encoding="utf-8")
    (folder / "说明.md").write_text("# 说明\n", encoding="utf-8")
    return folder


def test_compile_text_returns_validated_documents_whose_spans_index_the_text() -> None:
    compiled = polc.compile_text(LAW, path="policies/x.txt")
    assert isinstance(compiled, polc.Compiled) and not compiled.failed
    [doc] = compiled.documents
    assert doc["id"] == "policies.x" and doc["source"]["path"] == "policies/x.txt"
    assert schema_errors(doc) == []
    assert [n["num"] for n in doc["body"] if n["kind"] == "article"] == ["第一条", "第二条"]
    assert source_problems(LAW, [doc], compiled.residue) == []
    article = next(n for n in doc["body"] if n["kind"] == "article")
    assert LAW[slice(*article["span"])].startswith("第一条")


def test_compile_text_reports_problems_as_diagnostics_not_exceptions() -> None:
    gap = polc.compile_text("第一条 甲。\n第三条 乙。\n")
    assert [d["code"] for d in gap.documents[0]["diagnostics"]] == ["numbering-gap"]
    empty = polc.compile_text("  \n")
    assert empty.documents == [] and [d["code"] for d in empty.diagnostics] == ["empty-source"]


@pytest.mark.parametrize("bad, says", [(b"not text", "needs a str"), ("第一条 \ud800", "unpaired surrogate")])
def test_compile_text_refuses_what_is_not_text(bad, says: str) -> None:
    with pytest.raises(polc.PolcError, match=says):
        polc.compile_text(bad)


@pytest.mark.parametrize("path", ["/abs/x.txt", "../x.txt", ""])
def test_compile_text_needs_a_relative_path(path: str) -> None:
    with pytest.raises(polc.PolcError, match="relative file path"):
        polc.compile_text(LAW, path=path)


def test_compile_file_reads_and_decodes(tmp_path: Path) -> None:
    file = tmp_path / "gb.txt"
    file.write_bytes(LAW.encode("gb18030"))
    compiled = polc.compile_file(file)
    assert compiled.encoding == "gb18030" and compiled.documents[0]["id"] == "gb"
    assert [d["code"] for d in compiled.diagnostics] == ["non-utf8-source"]
    assert polc.compile_file(file, name="laws/renamed.txt").documents[0]["id"] == "laws.renamed"
    assert polc.compile_file(str(file)).documents == compiled.documents
    for missing in (tmp_path / "nope.txt", tmp_path):
        with pytest.raises(polc.PolcError):
            polc.compile_file(missing)


def test_diagnostics_hold_every_diagnostic_of_the_file_and_its_documents_once(tmp_path: Path) -> None:
    """Seed 003 holds two warnings in its document; a stray byte adds one of the file's own."""
    compiled = polc.compile_file(ROOT / "corpus" / "003_00e0f4675e6c9239.txt")
    assert [d["code"] for d in compiled.diagnostics] == ["bound-conflict", "date-typo"]
    assert compiled.diagnostics == [d for doc in compiled.documents for d in doc["diagnostics"]]
    file = tmp_path / "gap.txt"
    file.write_bytes(b"\xff" + LAW.replace("第二条", "第三条").encode())
    assert [d["code"] for d in polc.compile_file(file).diagnostics] == ["invalid-byte", "numbering-gap"]


def test_build_writes_what_it_returns(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    built = polc.build(corpus, out, jobs=1, exclude=["说明.md"], site=False)
    assert isinstance(built, polc.Built) and not built.failed and built.out == out
    assert built.excluded == ["说明.md"]
    assert json.loads((out / "index.json").read_text(encoding="utf-8")) == built.index
    assert [s["path"] for s in built.index["sources"]] == ["a.txt", "sub/b.md"]
    for entry, doc in zip(built.index["documents"], built.documents):
        assert json.loads((out / entry["json"]).read_text(encoding="utf-8")) == doc
    assert [(path, d["code"]) for path, d in built.diagnostics] == [("sub/b.md", "numbering-gap")]
    assert built.count("warning") == 1 and built.count("error") == 0
    assert polc.build(corpus, out, jobs=1, exclude=["说明.md"], site=False).up_to_date


def test_build_reports_progress_through_every_phase(corpus: Path, tmp_path: Path) -> None:
    seen: dict[str, list] = {}
    polc.build(corpus, tmp_path / "out", jobs=1, progress=lambda *call: seen.setdefault(call[0], []).append(call))
    assert list(seen) == ["compile", "write", "profile", "diff", "pages"]  # the fixture: two versions, no pair near enough
    assert seen["compile"][-1] == ("compile", 3, 3, 0)
    assert seen["write"][-1] == ("write", 3, 3, 0)
    for phase, calls in seen.items():  # every phase has its total from its first call, for a time left
        assert all(total == calls[0][2] and total > 0 for _, _, total, _ in calls), (phase, calls)
        assert calls[0][1] == 0 and calls[-1][1] == calls[-1][2], (phase, calls)
    assert seen["pages"][-1][2] >= 3  # at least one page per document


def test_check_writes_nothing(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    checked = polc.check(corpus, jobs=1)
    assert checked.out is None and len(checked.documents) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


@pytest.mark.parametrize("call, says", [
    (lambda c, o: polc.build(c, c), "is the corpus itself"),
    (lambda c, o: polc.build(c / "a.txt", o), "is not a folder"),
    (lambda c, o: polc.build(c.parent / "nope", o), "does not exist"),
    (lambda c, o: polc.build(c, o, scheduler="tcp://x:1"), "--scheduler needs --engine dask"),
    (lambda c, o: polc.build(c, o, engine="spark"), "unknown engine 'spark'"),
    (lambda c, o: polc.build(c, o, jobs=-1), "jobs must be at least 1"),
    (lambda c, o: polc.build(c, o, exclude="说明.md"), "a list of glob patterns"),
    (lambda c, o: polc.check(c.parent / "nope"), "does not exist"),
])
def test_usage_errors_raise_polc_error(corpus: Path, tmp_path: Path, call, says: str) -> None:
    with pytest.raises(polc.PolcError, match=re.escape(says)) as raised:
        call(corpus, tmp_path / "out")
    assert raised.value.exit_status == 2 and not isinstance(raised.value, polc.EnvironmentFailure)
    assert not (tmp_path / "out").exists()


def test_a_config_error_is_a_polc_error(corpus: Path, tmp_path: Path) -> None:
    (corpus / "polc.toml").write_text('[[version]]\ndocuments = ["a", "sub.b"]\n', encoding="utf-8")
    with pytest.raises(polc.PolcError, match="did you mean 'versions'"):
        polc.build(corpus, tmp_path / "out", jobs=1)


def test_the_readme_example_runs(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Python API"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    assert len(code.strip().splitlines()) <= 5
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(code.replace("print(", "result = ("), "README.md", "exec"), namespace)  # noqa: S102
    assert namespace["doc"]["id"] == "x"
    assert namespace["result"] == (False, 1, "a.txt")
    shutil.rmtree(tmp_path / "out")


def test_the_clause_tables_say_whether_a_bound_is_included(tmp_path: Path) -> None:
    """clauses.jsonl and clauses.csv carry each bound's inclusivity and approximation, so a
    spreadsheet reader can tell 二百元以上 (200 in) from 二百元（不含）以上 (200 out) and 约 from exact."""
    import csv

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "fines.txt").write_text("第一条 对违法行为人处以二百元（不含）以上罚款。\n第二条 处以五十元以上罚款。\n"
                                      "第三条 补助约30万元。\n", encoding="utf-8")
    polc.build(corpus, tmp_path / "out", jobs=1, site=False)
    rows = [json.loads(line) for line in (tmp_path / "out" / "clauses.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["text"], r["min"], r["min_inclusive"], r["max_inclusive"], r["approx"]) for r in rows] == [
        ("二百元（不含）", 200, False, None, False), ("五十元", 50, True, None, False), ("30万元", 300_000, True, True, True)]
    with (tmp_path / "out" / "clauses.csv").open(encoding="utf-8-sig", newline="") as table:
        cells = [(r["text"], r["min"], r["min_inclusive"], r["max_inclusive"], r["approx"]) for r in csv.DictReader(table)]
    assert cells == [("二百元（不含）", "200", "false", "", "false"), ("五十元", "50", "true", "", "false"),
                     ("30万元", "300000", "true", "true", "true")]

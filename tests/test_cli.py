"""The ``polc`` command line, tested as a function with click's CliRunner (plus one subprocess test)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lossless import decode, source_problems
from polc.cli import main
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
    assert ".cache/manifest.json" not in one
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

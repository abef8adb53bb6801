"""``polc build -o OUT`` never destroys what polc did not write, writes as any tool does (the umask), and
replaces OUT atomically — through click's CliRunner, with the failures a machine can give simulated."""
from __future__ import annotations

import errno
import importlib
import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from polc import PolcError, build as build_function
from polc import output
from polc.cli import main
from polc.errors import EXIT_ENVIRONMENT, EXIT_USAGE

LAW = "第一条 为了规范管理，制定本办法。\n第二条 本办法自印发之日起施行。\n".encode()


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory holding ``corpus/`` (two laws, one in a subfolder) and ``notes/``."""
    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    (tmp_path / "corpus" / "a.txt").write_bytes(LAW)
    (tmp_path / "corpus" / "sub" / "b.txt").write_bytes(LAW)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.md").write_text("my notes\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- never destroy ----------------------------------------------------------------------------

@pytest.mark.parametrize("out, says", [
    ("corpus", "output folder corpus is the corpus itself"),
    (".", "output folder . holds the corpus corpus"),
    ("notes/", "output folder notes is not empty and was not written by polc"),
    ("corpus/sub", "output folder corpus/sub is inside the corpus corpus"),
    ("corpus/new-out", "output folder corpus/new-out is inside the corpus corpus"),
    ("notes/todo.md", "output folder notes/todo.md is a file"),
])
def test_an_out_polc_did_not_write_is_refused_and_left_alone(work: Path, out: str, says: str) -> None:
    before = files(work)
    result = run("build", "corpus", "-o", out, "-j", "1")
    assert result.exit_code == EXIT_USAGE, result.output
    assert says in result.stderr
    assert files(work) == before
    assert sorted(p.name for p in work.iterdir()) == ["corpus", "notes"]


def test_an_out_holding_the_corpus_is_refused(work: Path) -> None:
    result = run("build", "corpus/sub", "-o", "corpus", "-j", "1")
    assert result.exit_code == EXIT_USAGE
    assert "output folder corpus holds the corpus corpus/sub" in result.stderr


def test_the_working_directory_is_never_replaced_even_when_polc_wrote_it(work: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("build", "corpus", "-o", "site", "-j", "1").exit_code == 0
    monkeypatch.chdir(work / "site")
    result = run("build", work / "corpus", "-o", ".", "-j", "1")
    assert result.exit_code == EXIT_USAGE
    assert "holds the working directory" in result.stderr
    assert (work / "site" / "index.json").is_file()


def test_a_cache_dir_with_foreign_files_or_inside_the_corpus_is_refused(work: Path) -> None:
    for cache, says in (("notes", "cache folder notes holds files polc did not write"),
                        ("corpus/.cache", "cache folder corpus/.cache is inside the corpus")):
        result = run("build", "corpus", "-o", "out", "--cache-dir", cache, "-j", "1")
        assert result.exit_code == EXIT_USAGE and says in result.stderr
    assert run("build", "corpus", "-o", "out", "--cache-dir", "cache", "-j", "1").exit_code == 0
    assert (work / "cache" / output.CACHE_MARKER).is_file()
    assert run("build", "corpus", "-o", "out", "--cache-dir", "cache", "-j", "1").exit_code == 0  # its own: reused


def test_polc_replaces_what_it_wrote_an_empty_folder_and_an_older_polc_output(work: Path) -> None:
    (work / "empty").mkdir()
    assert run("build", "corpus", "-o", "empty", "-j", "1").exit_code == 0
    marker = (work / "empty" / output.MARKER).read_text(encoding="utf-8")
    assert marker.startswith("polc ")
    (work / "empty" / "docs" / "stale.json").write_text("{}", encoding="utf-8")
    (work / "corpus" / "c.txt").write_bytes(LAW)
    assert run("build", "corpus", "-o", "empty", "-j", "1").exit_code == 0
    assert not (work / "empty" / "docs" / "stale.json").exists()

    legacy = work / "legacy"  # written by a polc from before the marker
    (legacy / "docs").mkdir(parents=True)
    (legacy / "index.json").write_text(json.dumps({"documents": [], "sources": []}), encoding="utf-8")
    assert run("build", "corpus", "-o", legacy, "-j", "1").exit_code == 0
    assert (legacy / output.MARKER).is_file()
    (legacy / output.MARKER).unlink()
    (legacy / "thesis.docx").write_bytes(b"mine")  # no longer polc's files only
    assert run("build", "corpus", "-o", legacy, "-j", "1").exit_code == EXIT_USAGE
    assert (legacy / "thesis.docx").read_bytes() == b"mine"


# --- like any tool's output -------------------------------------------------------------------

@pytest.mark.parametrize("umask, file_mode, dir_mode", [(0o022, 0o644, 0o755), (0o077, 0o600, 0o700)])
def test_out_and_everything_in_it_follow_the_umask(work: Path, umask: int, file_mode: int, dir_mode: int) -> None:
    previous = os.umask(umask)
    try:
        assert run("build", "corpus", "-o", "public/site", "-j", "1").exit_code == 0
    finally:
        os.umask(previous)
    out = work / "public" / "site"
    assert stat.S_IMODE(out.stat().st_mode) == dir_mode  # as mkdir makes it
    assert stat.S_IMODE((work / "public").stat().st_mode) == dir_mode  # a parent polc made too
    inside = [p for p in out.rglob("*")]
    assert inside and {stat.S_IMODE(p.stat().st_mode) for p in inside if p.is_file()} == {file_mode}
    assert {stat.S_IMODE(p.stat().st_mode) for p in inside if p.is_dir()} == {dir_mode}


def test_an_existing_out_keeps_its_mode(work: Path) -> None:
    (work / "served").mkdir()
    os.chmod(work / "served", 0o755)  # the publisher chose to serve it
    for _ in range(2):
        assert run("build", "corpus", "-o", "served", "-j", "1").exit_code == 0
        assert stat.S_IMODE((work / "served").stat().st_mode) == 0o755


# --- atomic for readers -----------------------------------------------------------------------

def test_readers_always_find_an_out(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Between every step of the swap, OUT/index.json exists (an exchange, not two renames)."""
    assert run("build", "corpus", "-o", "out", "-j", "1").exit_code == 0
    index = work / "out" / "index.json"
    steps = []

    def watched(function):
        def step(*args, **kwargs):
            assert index.is_file(), f"no OUT before {function.__name__}{args}"
            done = function(*args, **kwargs)
            assert index.is_file(), f"no OUT after {function.__name__}{args}"
            steps.append(function.__name__)
            return done
        return step

    monkeypatch.setattr(output.os, "replace", watched(os.replace))
    monkeypatch.setattr(output.shutil, "rmtree", watched(output.shutil.rmtree))
    monkeypatch.setattr(output, "exchange", watched(output.exchange))
    (work / "corpus" / "c.txt").write_bytes(LAW)
    assert run("build", "corpus", "-o", "out", "-j", "1").exit_code == 0
    assert "exchange" in steps
    assert "c.txt" in index.read_text(encoding="utf-8")
    assert not [p for p in work.iterdir() if p.name.startswith(".out.")]


def test_without_an_atomic_exchange_the_swap_still_completes(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("build", "corpus", "-o", "out", "-j", "1").exit_code == 0
    monkeypatch.setattr(output, "exchange", lambda a, b: False)  # e.g. not Linux
    (work / "corpus" / "a.txt").unlink()
    assert run("build", "corpus", "-o", "out", "-j", "1").exit_code == 0
    assert [s["path"] for s in json.loads((work / "out" / "index.json").read_text())["sources"]] == ["sub/b.txt"]
    assert not [p for p in work.iterdir() if p.name.startswith(".out.")]


def test_exchange_swaps_two_folders_in_one_step(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "new.txt").write_text("new", encoding="utf-8")
    (b / "old.txt").write_text("old", encoding="utf-8")
    if not output.exchange(a, b):
        pytest.skip("this system has no atomic exchange")
    assert [p.name for p in b.iterdir()] == ["new.txt"] and [p.name for p in a.iterdir()] == ["old.txt"]


def test_a_writable_out_under_a_read_only_parent_still_builds(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("build", "corpus", "-o", "out", "-j", "1").exit_code == 0
    (work / "out" / "docs" / "stale.json").write_text("{}", encoding="utf-8")
    (work / "corpus" / "a.txt").unlink()
    real = os.mkdir

    def mkdir(path, mode: int = 0o777, **kwargs) -> None:  # OUT's parent refuses new entries
        if Path(path).parent == work and Path(path).name.startswith(".out.new-"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        real(path, mode, **kwargs)

    monkeypatch.setattr(output.os, "mkdir", mkdir)
    result = run("build", "corpus", "-o", "out", "-j", "1")
    assert result.exit_code == 0, result.output
    out = work / "out"
    assert not (out / "docs" / "stale.json").exists() and not (out / "docs" / "a.json").exists()
    assert (out / "docs" / "sub.b.json").is_file() and (out / output.MARKER).is_file()
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".polc-")) == [output.MARKER]
    assert sorted(p.name for p in work.iterdir()) == ["corpus", "notes", "out"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_really_read_only_parent(work: Path) -> None:
    assert run("build", "corpus", "-o", "ro/out", "-j", "1").exit_code == 0
    os.chmod(work / "ro", 0o555)
    try:
        assert run("build", "corpus", "-o", "ro/out", "-j", "1").exit_code == 0
        result = run("build", "corpus", "-o", "ro/new", "-j", "1")
        assert result.exit_code == EXIT_ENVIRONMENT and "cannot write the output folder ro/new" in result.stderr
    finally:
        os.chmod(work / "ro", 0o755)


# --- failures name the user's path ------------------------------------------------------------

def test_a_full_disk_exits_3_naming_out_and_keeps_the_old_out(work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("build", "corpus", "-o", "out", "-j", "1").exit_code == 0
    before = files(work / "out")

    def full(path: Path, data) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(importlib.import_module("polc.build"), "write_json", full)  # polc.build is the API function
    (work / "corpus" / "c.txt").write_bytes(LAW)
    result = run("build", "corpus", "-o", "out", "-j", "1")
    assert result.exit_code == EXIT_ENVIRONMENT
    assert "polc: error: cannot write the output folder out: the disk is full" in result.stderr
    assert ".new-" not in result.stderr and "Traceback" not in result.output
    assert files(work / "out") == before
    assert not [p for p in work.iterdir() if p.name.startswith(".out.")]


def test_an_unwritable_out_exits_3(work: Path) -> None:
    if os.geteuid() == 0:
        target = Path("/sys/polc-test-out")  # even root may not create folders there
        try:
            target.mkdir()
        except OSError:
            pass
        else:
            target.rmdir()
            pytest.skip("no folder here that root cannot write")
    else:
        (work / "locked").mkdir(mode=0o500)
        target = work / "locked" / "out"
    result = run("build", "corpus", "-o", target, "-j", "1")
    assert result.exit_code == EXIT_ENVIRONMENT, result.output
    assert f"polc: error: cannot write the output folder {target}" in result.stderr
    assert not target.exists()


def test_the_api_refuses_the_same_folders(work: Path) -> None:
    with pytest.raises(PolcError, match="is the corpus itself"):
        build_function("corpus", "corpus", jobs=1)

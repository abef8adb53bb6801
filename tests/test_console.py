"""Issue 24's cases through the installed ``polc`` console script, in real folder trees: the umask,
staging folders a killed build left, a damaged OUT, files that describe the corpus, and the
configuration and usage errors that exit 2.  (UTF-16 without a BOM, NUL bytes and real binaries
are built the same way in ``test_torture.py``.)"""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from polc import output

pytestmark = pytest.mark.slow
POLC = Path(sys.executable).with_name("polc")
LAW = "关于印发管理办法的通知\n第一条 为了规范管理，制定本办法。\n第二条 本办法自印发之日起施行。\n"
LISTING = Path(__file__).resolve().parents[1] / "corpus" / "001_490c044983d1bc4d.txt"  # five documents


def polc(cwd: Path, *args: object, umask: int = 0o022) -> subprocess.CompletedProcess:
    command = [str(POLC)] if POLC.exists() else [sys.executable, "-c", "from polc.cli import main; main()"]
    return subprocess.run([*command, *map(str, args)], cwd=cwd, capture_output=True, text=True, timeout=300,
                          umask=umask)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """``corpus/`` with two laws (one in a subfolder), in a working folder of its own."""
    (tmp_path / "corpus" / "sub").mkdir(parents=True)
    (tmp_path / "corpus" / "a.txt").write_text(LAW, encoding="utf-8")
    (tmp_path / "corpus" / "sub" / "b.md").write_text(LAW.replace("管理办法", "实施细则"), encoding="utf-8")
    return tmp_path


def modes(out: Path) -> tuple[set[int], set[int]]:
    """The modes of the files and of the folders under ``out``."""
    inside = list(out.rglob("*"))
    return ({stat.S_IMODE(p.stat().st_mode) for p in inside if p.is_file()},
            {stat.S_IMODE(p.stat().st_mode) for p in inside if p.is_dir()})


# --- the umask ---------------------------------------------------------------------------------

@pytest.mark.parametrize("umask, file_mode, dir_mode", [(0o022, 0o644, 0o755), (0o077, 0o600, 0o700)])
def test_out_and_everything_in_it_follow_the_umask(work: Path, umask: int, file_mode: int, dir_mode: int) -> None:
    result = polc(work, "build", "corpus", "-o", "public/site", "-j", "2", umask=umask)
    assert result.returncode == 0, result.stderr
    site = work / "public" / "site"
    assert stat.S_IMODE(site.stat().st_mode) == dir_mode
    assert stat.S_IMODE((work / "public").stat().st_mode) == dir_mode
    assert modes(site) == ({file_mode}, {dir_mode})
    assert (site / "index.html").is_file() and (site / ".cache").is_dir()


def test_an_existing_out_keeps_its_mode_and_what_is_inside_follows_this_build(work: Path) -> None:
    assert polc(work, "build", "corpus", "-o", "site", umask=0o077).returncode == 0
    assert modes(work / "site") == ({0o600}, {0o700})
    (work / "corpus" / "c.txt").write_text(LAW.replace("第二条", "第二条 新增。\n第三条"), encoding="utf-8")
    assert polc(work, "build", "corpus", "-o", "site", umask=0o022).returncode == 0
    assert stat.S_IMODE((work / "site").stat().st_mode) == 0o700  # the publisher's choice stays
    assert modes(work / "site") == ({0o644}, {0o755})  # files kept from the cache too
    os.chmod(work / "site", 0o750)
    assert polc(work, "build", "corpus", "-o", "site", "--no-cache").returncode == 0
    assert stat.S_IMODE((work / "site").stat().st_mode) == 0o750


# --- staging folders a killed build left --------------------------------------------------------

def test_staging_folders_polc_left_are_removed_with_a_word_and_others_are_kept(work: Path) -> None:
    assert polc(work, "build", "corpus", "-o", "out").returncode == 0
    killed = work / ".out.new-4242-0badcafe"  # as a build killed while writing leaves it
    (killed / "docs").mkdir(parents=True)
    (killed / output.MARKER).write_text(output.marker_text("0.1.0"), encoding="utf-8")
    (killed / "docs" / "a.json").write_text("{}", encoding="utf-8")
    empty = work / ".out.new-4243-00000000"  # killed between making the folder and marking it
    empty.mkdir()
    mine = work / ".out.new-mine"  # not polc's: no mark
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me\n", encoding="utf-8")

    result = polc(work, "build", "corpus", "-o", "out")  # nothing changed: up to date, and still tidied
    assert result.returncode == 0 and "(up to date)" in result.stderr, result.stderr
    for folder in (killed, empty):
        assert not folder.exists()
        assert f"polc: removed {folder}, the staging folder of an earlier build that was killed" in result.stderr
    assert (mine / "notes.txt").read_text(encoding="utf-8") == "keep me\n" and str(mine) not in result.stderr
    assert "removed" not in polc(work, "build", "corpus", "-o", "out").stderr


# --- a damaged OUT ------------------------------------------------------------------------------

def test_a_truncated_index_is_named_with_how_to_recover_and_a_build_writes_it_again(work: Path) -> None:
    assert polc(work, "build", "corpus", "-o", "out", "--no-site").returncode == 0
    index = work / "out" / "index.json"
    whole = index.read_bytes()
    index.write_bytes(whole[:len(whole) // 2])
    (work / "profile.toml").write_text('name = "甲公司"\n', encoding="utf-8")

    matched = polc(work, "match", "profile.toml", "-o", "out")
    assert matched.returncode == 2, matched.stderr
    assert "out/index.json is not JSON" in matched.stderr and "rm -rf out" in matched.stderr
    assert "internal error" not in matched.stderr and "Traceback" not in matched.stderr

    rebuilt = polc(work, "build", "corpus", "-o", "out", "--no-site")
    assert rebuilt.returncode == 0 and "(up to date)" not in rebuilt.stderr, rebuilt.stderr
    assert index.read_bytes() == whole
    assert polc(work, "match", "profile.toml", "-o", "out").returncode == 0


@pytest.mark.parametrize("damage", ["index", "document"])
def test_a_hand_edited_out_is_a_usage_error_naming_it(work: Path, damage: str) -> None:
    assert polc(work, "build", "corpus", "-o", "out", "--no-site").returncode == 0
    index = json.loads((work / "out" / "index.json").read_text(encoding="utf-8"))
    if damage == "index":
        index["documents"][0]["json"] = "index.json"  # valid JSON, no longer polc's index
        del index["sources"]
        (work / "out" / "index.json").write_text(json.dumps(index), encoding="utf-8")
    else:
        (work / "out" / index["documents"][0]["json"]).write_text('{"id": "a"}', encoding="utf-8")
    (work / "profile.toml").write_text('name = "甲公司"\n', encoding="utf-8")
    matched = polc(work, "match", "profile.toml", "-o", "out")
    assert matched.returncode == 2, matched.stderr
    assert "the polc output out is damaged" in matched.stderr and "rm -rf out" in matched.stderr
    assert "internal error" not in matched.stderr


# --- files that describe the corpus ---------------------------------------------------------------

def test_readme_license_changelog_and_contributing_are_not_documents_unless_polc_toml_says(work: Path) -> None:
    corpus = work / "corpus"
    (corpus / "README.md").write_text("# 本语料库\n\n收录若干管理办法。\n", encoding="utf-8")
    (corpus / "LICENSE.txt").write_text("CC0 1.0\n", encoding="utf-8")
    (corpus / "CHANGELOG.md").write_text("## 2024\n- 新增 a.txt\n", encoding="utf-8")
    (corpus / "sub" / "contributing.md").write_text("# 如何贡献\n", encoding="utf-8")
    built = polc(work, "build", "corpus", "-o", "out", "--no-site")
    assert built.returncode == 0, built.stderr
    sources = [s["path"] for s in json.loads((work / "out" / "index.json").read_text(encoding="utf-8"))["sources"]]
    assert sources == ["a.txt", "sub/b.md"]
    assert ("polc: 2 documents from 2 files (CHANGELOG.md, LICENSE.txt, README.md and 1 more not compiled: "
            "they describe the corpus (about_files in polc.toml))") in built.stderr

    (corpus / "polc.toml").write_text('about_files = ["LICENSE*"]\n', encoding="utf-8")
    checked = polc(work, "check", "corpus")
    assert checked.returncode == 0, checked.stderr
    assert "polc: 5 documents from 5 files (LICENSE.txt not compiled: it describes the corpus" in checked.stderr


# --- configuration and usage errors exit 2 ------------------------------------------------------

def test_versions_naming_a_document_twice_is_a_configuration_error(work: Path) -> None:
    toml = work / "corpus" / "polc.toml"
    toml.write_text('[[versions]]\ndocuments = ["a", "sub.b", "a"]\n', encoding="utf-8")
    result = polc(work, "build", "corpus", "-o", "out")
    assert result.returncode == 2 and not (work / "out").exists()
    assert "polc.toml: [[versions]] names the document a twice in that entry" in result.stderr
    toml.write_text('[[versions]]\ndocuments = ["a", "sub.b"]\n[[versions]]\ndocuments = ["sub.b", "a"]\n',
                    encoding="utf-8")
    result = polc(work, "check", "corpus")
    assert result.returncode == 2 and "names the document sub.b in entry 1 and entry 2" in result.stderr


def test_diff_of_a_document_the_file_does_not_hold_is_a_usage_error(tmp_path: Path) -> None:
    result = polc(tmp_path, "diff", f"{LISTING}#d9", f"{LISTING}#d1")
    assert result.returncode == 2, result.stderr
    assert "#d9: the file holds 5 documents (#d1 to #d5)" in result.stderr and "Traceback" not in result.stderr
    assert polc(tmp_path, "diff", f"{LISTING}#d1", f"{LISTING}#d2").returncode == 0

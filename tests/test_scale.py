"""Builds at scale: engines agree byte for byte, rebuilds are incremental, interrupted builds are harmless.

Every test runs on a small corpus (the seeds plus 20 files of the repository's copy of corpus-ext)
copied to tmp_path, mostly through the real ``polc`` command in a subprocess.  Nothing here times
anything (``bench/timing.py`` does); interrupted builds are interrupted on an event the build
reports (a file it writes), not after a sleep.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from polc import EnvironmentFailure, output as output_module
from polc.build import BuildOptions, compile_corpus, write_output

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synth import article_bodies, single_line, synthetic_law  # noqa: E402
from paths import CORPUS_EXT


POLC = Path(sys.executable).with_name("polc")
SMALL_FILES = 20


def polc(*args: object, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the installed ``polc`` command; its output is text."""
    command = [str(POLC)] if POLC.exists() else [sys.executable, "-c", "from polc.cli import main; main()"]
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def tree(out: Path, cache: bool = False) -> dict[str, bytes]:
    """Every file under ``out`` by relative path (``.cache/`` left out unless ``cache``)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and (cache or p.relative_to(out).parts[0] != ".cache")}


def cache_entries(folder: Path) -> set[str]:
    return {p.name for p in folder.glob("*.json") if p.name != "manifest.json"}


@pytest.fixture(scope="session")
def small_corpus_template(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """Seeds + 20 small corpus-ext files spread over laws/, local/, policies/ and versions/."""
    root = tmp_path_factory.mktemp("small")
    (root / "seeds").mkdir()
    for path in sorted(seeds_dir.glob("*.txt")):
        shutil.copyfile(path, root / "seeds" / path.name)
    candidates = sorted(p for p in CORPUS_EXT.rglob("*") if p.suffix in (".md", ".txt")
                        and p.name != "README.md" and p.stat().st_size < 40_000)
    step = len(candidates) // SMALL_FILES
    for path in candidates[::step][:SMALL_FILES]:
        target = root / "ext" / path.relative_to(CORPUS_EXT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    return root


@pytest.fixture
def small_corpus(small_corpus_template: Path, tmp_path: Path) -> Path:
    """A private, editable copy of the small corpus."""
    corpus = tmp_path / "corpus"
    shutil.copytree(small_corpus_template, corpus)
    return corpus


def sources(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix in (".md", ".txt"))


def documents_of(out: Path, corpus: Path, source: Path) -> set[str]:
    """OUT-relative JSON paths of the documents compiled from ``source``."""
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    rel = source.relative_to(corpus).as_posix()
    return {d["json"] for d in index["documents"] if d["source"] == rel}


# --------------------------------------------------------------------------- engines

def test_every_engine_writes_the_same_bytes(small_corpus: Path, tmp_path: Path) -> None:
    runs = {"-j 1": ["-j", "1"], "-j 2": ["-j", "2"], "dask": ["--engine", "dask", "-j", "2"]}
    trees = {}
    for name, args in runs.items():
        out = tmp_path / f"out-{name.replace(' ', '')}"
        result = polc("build", small_corpus, "-o", out, "-q", *args)
        assert result.returncode in (0, 1), f"{name}: {result.stderr}"
        assert "Traceback" not in result.stderr, f"{name}: {result.stderr}"
        trees[name] = tree(out)
    assert len(trees["-j 1"]) > len(sources(small_corpus))  # one JSON per document, plus index.json
    assert "polc.sqlite" in trees["-j 1"]  # the database too: fixed row order, no timestamps
    for name in ("-j 2", "dask"):
        assert trees[name].keys() == trees["-j 1"].keys(), name
        different = [path for path in trees[name] if trees[name][path] != trees["-j 1"][path]]
        assert not different, f"{name} differs from -j 1 in {different[:5]}"


# --------------------------------------------------------------------------- incremental rebuilds

def test_a_rebuild_with_nothing_changed_writes_nothing(small_corpus: Path, tmp_path: Path) -> None:
    """(How fast it is, bench/timing.py measures.)"""
    out = tmp_path / "out"
    assert polc("build", small_corpus, "-o", out).returncode in (0, 1)
    before = tree(out, cache=True)
    result = polc("build", small_corpus, "-o", out)
    assert "(up to date)" in result.stderr, result.stderr
    assert tree(out, cache=True) == before


def test_editing_one_file_recompiles_only_that_file(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert polc("build", small_corpus, "-o", out, "-q").returncode in (0, 1)
    entries, before = cache_entries(out / ".cache"), tree(out)
    assert len(entries) == len(sources(small_corpus))
    edited = sources(small_corpus)[3]
    own = documents_of(out, small_corpus, edited)
    edited.write_bytes(edited.read_bytes() + "\n第九百九十九条 新增条文。\n".encode())

    recompiled: list[str] = []
    result = compile_corpus(small_corpus, BuildOptions(workers=1, done=lambda c: recompiled.append(c.path)), out)
    assert recompiled == [edited.relative_to(small_corpus).as_posix()]
    assert not result.up_to_date

    assert polc("build", small_corpus, "-o", out, "-q").returncode in (0, 1)
    after = cache_entries(out / ".cache")
    assert len(after - entries) == 1 and len(entries - after) == 1, "exactly the edited file's entry is new"
    changed = {path for path, data in tree(out).items() if before.get(path) != data}
    assert own and own <= changed
    others = {path for path in changed - own if path.startswith("docs/") and path.endswith(".json")}
    assert not others, f"other documents' JSON was rewritten: {sorted(others)[:3]}"  # (HTML pages may link anew)


def test_after_a_one_file_edit_the_site_is_rendered_again_only_where_it_depends_on_it(
        small_corpus: Path, tmp_path: Path) -> None:
    """The incremental site gives the bytes of a cold build; pages of untouched documents are the
    previous build's files (hard links to the same cache entries), not rendered again."""
    out, cold = tmp_path / "out", tmp_path / "cold"
    assert polc("build", small_corpus, "-o", out, "-q").returncode in (0, 1)
    inodes = {path: (out / path).stat().st_ino for path in tree(out) if path.endswith((".html", ".json"))}
    edited = sources(small_corpus)[3]
    own_json = documents_of(out, small_corpus, edited)
    own = {p.replace(".json", ".html") for p in own_json}
    edited.write_bytes(edited.read_bytes() + "\n第九百九十九条 新增条文。\n".encode())
    assert polc("build", small_corpus, "-o", out, "-q").returncode in (0, 1)
    assert polc("build", small_corpus, "-o", cold, "-q", "--no-cache").returncode in (0, 1)
    assert tree(out) == tree(cold), "the incremental site differs from a cold build"
    pages = {path for path in inodes if path.startswith("docs/") and path.endswith(".html")}
    rendered = {path for path in pages if (out / path).stat().st_ino != inodes[path]}
    written = {path for path in inodes if path.startswith("docs/") and path.endswith(".json")
               and (out / path).stat().st_ino != inodes[path]}
    assert written == own_json, "document JSON other than the edited file's was written again"
    assert own <= rendered, "the edited document's page was not rendered again"
    assert len(rendered - own) <= 3, f"pages of untouched documents were rendered again: {sorted(rendered - own)}"
    assert len(pages) >= 20


def test_after_a_one_file_edit_only_the_edited_documents_profile_and_pairs_are_computed(
        small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The site's own work after an edit: one profile (the edited document's), and aligned pairs
    only where it is one of the two; every other profile and pair comes from the site cache."""
    import functools

    from polc import api, compare

    out = tmp_path / "out"
    api.build(small_corpus, out, jobs=1, database=False)
    aligned: list[tuple[str, str]] = []
    original = compare.align_pair

    @functools.wraps(original)
    def recording(pair):
        aligned.append((pair[0].doc, pair[1].doc))
        return original(pair)
    monkeypatch.setattr(compare, "align_pair", recording)
    edited = next(p for p in sources(small_corpus) if "/local/" in p.as_posix())
    own = {Path(j).stem for j in documents_of(out, small_corpus, edited)}
    edited.write_bytes(edited.read_bytes() + "\n本措施由市人民政府负责解释。\n".encode())
    seen: dict[str, list] = {}
    api.build(small_corpus, out, jobs=1, database=False, progress=lambda *c: seen.setdefault(c[0], []).append(c))
    assert seen["compile"][-1][1:3] == (1, 1)
    assert seen["profile"][-1][1:3] == (len(own), len(own)), seen["profile"]
    assert aligned and all(set(pair) & own for pair in aligned), aligned


def test_workers_get_the_site_cache_without_its_data_and_another_polc_reads_none_of_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Page jobs carry the cache to workers: its folders travel, its data entries (tens of MB on a
    big corpus) do not.  Data written by another polc is not read at all."""
    import pickle
    from polc import sitecache

    old, new = tmp_path / "old", tmp_path / "new"
    writer = sitecache.SiteCache(None, old)
    writer.put_json("profile/x.json", {"grams": "政策" * 50_000})
    writer.put_text("rows/x.txt", "行")
    writer.close()
    reader = sitecache.SiteCache(old, new)
    assert reader.get_json("profile/x.json") == {"grams": "政策" * 50_000}
    shipped = pickle.loads(pickle.dumps(reader))
    assert len(pickle.dumps(reader)) < 1_000 and shipped.get_text("rows/x.txt") == "行"
    monkeypatch.setattr(sitecache, "site_fingerprint", lambda: "another polc")
    assert sitecache.SiteCache(old, tmp_path / "newer").get_json("profile/x.json") is None


def test_no_cache_compiles_everything_again(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert polc("build", small_corpus, "-o", out, "-q").returncode in (0, 1)
    cached = tree(out)
    recompiled: list[str] = []
    compile_corpus(small_corpus, BuildOptions(workers=1, use_cache=False, done=lambda c: recompiled.append(c.path)),
                   out)
    assert len(recompiled) == len(sources(small_corpus))
    result = polc("build", small_corpus, "-o", out, "--no-cache")
    assert result.returncode in (0, 1) and "(up to date)" not in result.stderr, result.stderr
    assert tree(out) == cached


def test_a_cache_dir_elsewhere_is_used_and_kept_out_of_out(small_corpus: Path, tmp_path: Path) -> None:
    out, cache = tmp_path / "out", tmp_path / "elsewhere" / "cache"
    assert polc("build", small_corpus, "-o", out, "--cache-dir", cache, "-q").returncode in (0, 1)
    assert not (out / ".cache").exists()
    entries = cache_entries(cache)
    assert len(entries) == len(sources(small_corpus)) and (cache / "manifest.json").is_file()
    assert "(up to date)" in polc("build", small_corpus, "-o", out, "--cache-dir", cache).stderr

    edited = sources(small_corpus)[0]
    edited.write_bytes(edited.read_bytes() + "\n（九）补充事项。\n".encode())
    assert polc("build", small_corpus, "-o", out, "--cache-dir", cache, "-q").returncode in (0, 1)
    assert len(cache_entries(cache) - entries) == 1

    default = tmp_path / "default"
    assert polc("build", small_corpus, "-o", default, "-q").returncode in (0, 1)
    assert tree(out) == tree(default)


def test_a_failed_swap_does_not_leave_the_external_cache_claiming_up_to_date(
        small_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An external cache's manifest is written only once OUT really holds the build."""
    out, cache = tmp_path / "out", tmp_path / "cache"
    options = BuildOptions(workers=1, cache_dir=cache)
    write_output(compile_corpus(small_corpus, options, out), out, cache)
    (small_corpus / "new.txt").write_text("第一条 新增的文件。\n", encoding="utf-8")

    def busy(staging: Path, target: Path) -> None:  # e.g. OUT is a mount point: rename gives EBUSY
        raise OSError(16, "Device or resource busy")

    with monkeypatch.context() as patch:
        patch.setattr(output_module, "_swap", busy)
        with pytest.raises(EnvironmentFailure, match=re.escape(f"cannot write the output folder {out}: Device or resource busy")):
            write_output(compile_corpus(small_corpus, options, out), out, cache)
    assert "new.txt" not in (out / "index.json").read_text(encoding="utf-8")
    assert not compile_corpus(small_corpus, options, out).up_to_date


def test_a_cache_entry_of_another_shape_is_a_miss(small_corpus: Path, tmp_path: Path) -> None:
    """An entry written by a polc with other fields (same version, editable install) is recompiled."""
    out = tmp_path / "out"
    assert polc("build", small_corpus, "-o", out, "-q").returncode in (0, 1)
    entry = sorted((out / ".cache").glob("*.json"))[0]
    if entry.name == "manifest.json":
        entry = sorted((out / ".cache").glob("*.json"))[1]
    data = json.loads(entry.read_text(encoding="utf-8"))
    entry.write_text(json.dumps({**data, "field_from_another_polc": 1}), encoding="utf-8")
    result = polc("build", small_corpus, "-o", out, "-q")
    assert "internal error" not in result.stderr, result.stderr


# --------------------------------------------------------------------------- interrupted builds

@pytest.fixture(scope="session")
def slow_corpus(small_corpus_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small corpus plus eight 1 MB laws: a build that takes a few seconds even on a fast machine."""
    root = tmp_path_factory.mktemp("slow")
    shutil.copytree(small_corpus_template, root, dirs_exist_ok=True)
    law = synthetic_law(1_000_000, article_bodies(CORPUS_EXT))
    for name in "abcdefgh":
        (root / f"big_{name}.md").write_bytes(law)
    return root


def _staging(out: Path) -> list[Path]:
    return sorted(out.parent.glob(f".{out.name}.new-*"))


def _until(event, proc: subprocess.Popen, what: str) -> None:
    """Wait until ``event()`` holds — a file the build writes — while the build runs; the build
    finishing first, or a minute passing, fails the test (a hung build, not a slow one)."""
    deadline = time.monotonic() + 60
    while not event():
        assert proc.poll() is None, f"the build finished before {what}"
        assert time.monotonic() < deadline, f"no {what} after a minute"
        time.sleep(0.002)


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "SIGINT"])
@pytest.mark.parametrize("phase", ["compiling", "writing"])
def test_an_interrupted_build_leaves_the_previous_out_intact(
        small_corpus: Path, slow_corpus: Path, tmp_path: Path, sig: signal.Signals, phase: str) -> None:
    out, temp = tmp_path / "out", tmp_path / "temp"
    temp.mkdir()
    assert polc("build", small_corpus, "-o", out, "-q").returncode in (0, 1)
    first = tree(out, cache=True)

    command = [str(POLC)] if POLC.exists() else [sys.executable, "-c", "from polc.cli import main; main()"]
    # A new session, so the signal reaches polc and its workers as Ctrl-C on a terminal would; a
    # temporary folder of its own, where the build keeps each document it has compiled.
    proc = subprocess.Popen([*command, "build", str(slow_corpus), "-o", str(out), "-j", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            env={**os.environ, "TMPDIR": str(temp)})
    try:
        if phase == "compiling":  # the first compiled document is stored; the big laws are still compiling
            _until(lambda: any(temp.glob("polc-store-*/*.json")), proc, "a compiled document was stored")
            assert not _staging(out), "the build reached the write phase too soon for this test"
        else:  # the staging folder exists, with polc's mark in it
            _until(lambda: any((folder / ".polc-out").exists() for folder in _staging(out)), proc,
                   "the staging folder appeared")
        os.killpg(proc.pid, sig)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode != 0
    assert tree(out, cache=True) == first, "OUT changed although the build was interrupted"
    left = _staging(out)
    if sig == signal.SIGINT:
        assert not left, "a build stopped by Ctrl-C removes its staging folder"
        assert "Traceback" not in stderr.decode("utf-8", "replace"), stderr.decode("utf-8", "replace")
    elif phase == "writing":
        assert left, "SIGKILL leaves the staging folder (nothing can remove it)"

    # The interrupted build left no trace in the cache either: the first corpus is still up to date,
    # and the staging folder a killed build left is removed, with a word.
    again = polc("build", small_corpus, "-o", out)
    assert "(up to date)" in again.stderr, again.stderr
    assert tree(out, cache=True) == first
    assert not _staging(out)
    for folder in left:
        assert f"polc: removed {folder}, the staging folder of an earlier build that was killed" in again.stderr


def test_documents_of_removed_sources_disappear_on_rebuild(small_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert polc("build", small_corpus, "-o", out, "-q").returncode in (0, 1)
    removed = sources(small_corpus)[-1]
    own = documents_of(out, small_corpus, removed)
    assert own and own <= tree(out).keys()
    removed.unlink()
    assert polc("build", small_corpus, "-o", out, "-q").returncode in (0, 1)
    files = tree(out)
    assert not own & files.keys()
    index = json.loads(files["index.json"])
    assert all(d["source"] != removed.relative_to(small_corpus).as_posix() for d in index["documents"])
    fresh = tmp_path / "fresh"
    assert polc("build", small_corpus, "-o", fresh, "-q").returncode in (0, 1)
    assert tree(out) == tree(fresh)


# --- the document store of a JSON-only build ---------------------------------------------------


@pytest.mark.parametrize("site", [False, True], ids=["json", "site"])
def test_a_build_keeps_documents_in_files_not_memory(small_corpus: Path, tmp_path: Path, site: bool) -> None:
    """A build stores compiled documents in files as they arrive and writes the same bytes (JSON,
    tables, and the site read from those files) as a build that held them in memory; the main
    process keeps only their heads."""
    from polc.docstore import HEAD_FIELDS, StoredDocuments

    held, stored = tmp_path / "held", tmp_path / "stored"
    options = BuildOptions(workers=2, site=site)
    write_output(compile_corpus(small_corpus, options, held), held)
    store = tmp_path / "store"
    store.mkdir()
    result = compile_corpus(small_corpus, options, stored, store=store)
    kept = [c for c in result.compiled if c.documents]
    assert kept and all(isinstance(c.documents, StoredDocuments) for c in kept)
    assert all(set(head) == {*HEAD_FIELDS, "counts"} for c in kept for head in c.documents.heads)
    assert sorted(p.name for p in store.iterdir()) == sorted(f"{result.keys[c.path]}.json" for c in kept)
    write_output(result, stored)
    everything = [{k: v for k, v in tree(out, cache=True).items() if k != ".cache/manifest.json"}  # it names OUT
                  for out in (stored, held)]
    assert everything[0] == everything[1] and ".cache/site/rows" in {k.rsplit("/", 1)[0] for k in everything[0]}
    assert ("index.html" in everything[0]) == site


def test_api_build_reads_documents_back_from_out(small_corpus: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """``polc.build`` removes its store and gives the documents as OUT holds them."""
    import tempfile

    import polc

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out = tmp_path / "out"
    built = polc.build(small_corpus, out, jobs=1, site=False)
    assert list(temp.iterdir()) == []  # the store is gone
    assert [d["id"] for d in built.documents] == [e["id"] for e in built.index["documents"]]
    assert built.documents[-1] == json.loads((out / built.index["documents"][-1]["json"]).read_text(encoding="utf-8"))
    assert len(built.documents[1:3]) == 2


def test_a_file_gone_between_the_two_reads_is_reported_unreadable(small_corpus: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Files are read once for their keys and again, as workers get free, for compiling; a file
    that cannot be read the second time is an ``unreadable-source`` error and the rest still compile."""
    victim = sorted(small_corpus.rglob("*.txt"))[0]
    reads: list[Path] = []
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == victim:
            reads.append(self)
            if len(reads) == 2:
                raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    result = compile_corpus(small_corpus, BuildOptions(workers=1, use_cache=False), tmp_path / "out")
    rel = victim.relative_to(small_corpus).as_posix()
    (gone,) = [c for c in result.compiled if c.path == rel]
    assert gone.failed and [d["code"] for d in gone.diagnostics] == ["unreadable-source"] and len(reads) == 2
    assert sum(1 for c in result.compiled if c.documents) == len(result.compiled) - 1


SINGLE_LINE_BYTES = 2_000_000
SINGLE_LINE_SECONDS = 12  # ~3.3 s on the 2-core machine of issue 23; the quadratic sentence search took 19 s


@pytest.mark.slow
def test_a_2mb_single_line_builds(tmp_path: Path) -> None:
    """Issue 23: a page saved without line breaks is one node the whole line long, and a step that
    scans the node's text once per clause (a sentence's bounds by ``rfind`` from the start) made its
    build quadratic.  2 MB of 刑法 on one line builds well inside the bound; the quadratic code did
    not.  Linearity itself is measured by ``bench/linearity.py``, not here."""
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "one.md").write_bytes(single_line(SINGLE_LINE_BYTES, CORPUS_EXT / "laws" / "刑法" / "刑法.md"))
    try:
        result = polc("build", corpus, "-o", out, "-q", "--no-site", "--no-db", "-j", "1", timeout=SINGLE_LINE_SECONDS)
    except subprocess.TimeoutExpired:
        pytest.fail(f"a {SINGLE_LINE_BYTES // 1_000_000} MB single line did not build in {SINGLE_LINE_SECONDS} s")
    assert result.returncode == 0, result.stderr
    (entry,) = json.loads((out / "index.json").read_text(encoding="utf-8"))["documents"]
    doc = json.loads((out / entry["json"]).read_text(encoding="utf-8"))
    assert len(doc["body"]) == 1 and len(doc["body"][0]["text"]) > 600_000  # one node, the whole line
    assert len(doc["body"][0]["clauses"]) > 5000

"""polc as a library: compile one text or file, build or check a corpus.

Every function returns the same validated data the command line writes, never prints, and
raises ``PolcError`` for a usage or configuration error (its subclass ``EnvironmentFailure``
when the machine is at fault: an unwritable output, an unreachable scheduler).  Problems in the
input are not exceptions but diagnostics in the result, as in ``index.json``.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterator

from . import output
from .build import BuildOptions, BuildResult, Progress, check_corpus, compile_corpus, index_of, write_output
from .docstore import WrittenDocuments, heads
from .engines import build_pool
from .errors import EnvironmentFailure, PolcError
from .compiled import CompiledSource, cyclic_gc_paused

@dataclass(frozen=True)
class Compiled:
    """One source file compiled: its documents (as OUT/docs/*.json) and every diagnostic in one place."""

    path: str  # the corpus path the ids come from
    encoding: str  # as index.json gives it ("utf-8", "utf-16-le", "gb18030", "binary", "empty"…)
    documents: list[dict[str, Any]]
    residue: list[dict[str, Any]]  # file-level text outside every document, with spans
    diagnostics: list[dict[str, Any]]  # every diagnostic once: the file's, then each document's
    failed: bool  # the file could not be compiled (a binary file…)

    @classmethod
    def of(cls, compiled: CompiledSource) -> "Compiled":
        return cls(compiled.path, compiled.encoding, list(compiled.documents), compiled.residue,
                   [diag for _, diag in compiled.all_diagnostics()], compiled.failed)


@dataclass(frozen=True)
class Built:
    """What a build (or a check) produced: the contents of ``index.json`` and every document."""

    corpus: Path
    out: Path | None  # None for ``check``
    index: dict[str, Any]  # as OUT/index.json
    documents: Sequence[dict[str, Any]]  # as OUT/docs/*.json, in index order (read from there after a JSON-only build)
    diagnostics: list[tuple[str, dict[str, Any]]]  # (corpus-relative path, diagnostic), files and documents
    failed: bool  # some input could not be compiled (exit status 1); the rest is still written
    up_to_date: bool = False  # OUT already held exactly this build and was left alone
    excluded: list[str] = field(default_factory=list)  # corpus paths left out by exclude patterns
    about: list[str] = field(default_factory=list)  # corpus paths of files about the corpus (README.md…), left out
    leftovers: list[Path] = field(default_factory=list)  # staging folders of killed builds, removed

    def count(self, severity: str) -> int:
        """How many diagnostics of ``severity`` (``error``, ``warning``, ``info``)."""
        return sum(1 for _, diag in self.diagnostics if diag["severity"] == severity)


def compile_text(text: str, path: str = "text.txt") -> Compiled:
    """Compile ``text`` as if it were the corpus file ``path`` (which gives the document ids).

    Spans index ``text`` (a leading BOM is removed first, as from a file).
    """
    if not isinstance(text, str):
        raise PolcError(f"compile_text needs a str, not {type(text).__name__}; use compile_file for bytes on disk")
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise PolcError(f"the text holds an unpaired surrogate at index {exc.start}; it is no Unicode text") from exc
    from .pipeline import compile_source

    return Compiled.of(compile_source(_corpus_path(path), raw))


def compile_file(path: str | os.PathLike, name: str | None = None) -> Compiled:
    """Compile the file at ``path``; its documents are named after ``name`` (default: the file name)."""
    file = Path(path)
    if not file.is_file():
        raise PolcError(f"{file}: no such file" if not file.exists() else f"{file}: not a file")
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise EnvironmentFailure(f"{file}: cannot read it: {exc.strerror or exc}") from exc
    from .pipeline import compile_source

    return Compiled.of(compile_source(_corpus_path(name or file.name), raw))


def build(corpus: str | os.PathLike, out: str | os.PathLike = "out", *, jobs: int | None = None,
          engine: str = "local", scheduler: str | None = None, cache_dir: str | os.PathLike | None = None,
          use_cache: bool = True, site: bool = True, exclude: tuple[str, ...] | list[str] = (),
          progress: Progress | None = None, database: bool = True, akn: bool = False) -> Built:
    """Compile every ``*.txt``/``*.md`` under ``corpus`` into ``out``, replacing it atomically.

    ``out`` must be missing, empty or an earlier polc output (else ``PolcError``).  ``jobs``:
    worker processes (default: all cores); ``engine``: ``"local"`` or ``"dask"`` (``scheduler`` an
    address, else a LocalCluster); ``exclude``: glob patterns added to ``polc.toml``'s;
    ``progress(phase, done, total, errors)`` is called as work is done; ``database``: write
    ``OUT/polc.sqlite``; ``akn``: write ``OUT/akn/<id>.xml`` (Akoma Ntoso 3.0).
    """
    corpus, out = Path(corpus), Path(out)
    cache = Path(cache_dir) if cache_dir is not None else None
    options = replace(_options(jobs, engine, scheduler, cache, use_cache, site, exclude, progress),
                      database=database, akn=akn)
    check_corpus(corpus)
    output.check_output(out, corpus)
    if cache is not None:
        output.check_cache(cache, corpus, out)
    # One GC policy for the whole build (no full passes over every kept document) and one set of
    # workers, forked before any document is held.  Compiled documents wait for the writer in a
    # store of files (a temporary folder), not in memory.
    with cyclic_gc_paused(), build_pool(options.workers, options.engine) as pool, _store() as store:
        result = compile_corpus(corpus, options, out, pool, store)
        leftovers = write_output(result, out, cache, progress, corpus)
        return replace(_built(corpus, out, result), leftovers=leftovers)


@contextmanager
def _store() -> Iterator[Path]:
    """A temporary folder for the build's document store, removed afterwards."""
    try:
        folder = Path(tempfile.mkdtemp(prefix="polc-store-", dir=tempfile.gettempdir()))
    except OSError as exc:
        raise EnvironmentFailure(f"cannot make a temporary folder for the build: {exc.strerror or exc}") from exc
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check(corpus: str | os.PathLike, *, jobs: int | None = None, exclude: tuple[str, ...] | list[str] = (),
          progress: Progress | None = None) -> Built:
    """Compile ``corpus`` as ``build`` does and return the result; nothing is written."""
    corpus = Path(corpus)
    check_corpus(corpus)
    options = _options(jobs, "local", None, None, False, False, exclude, progress)
    with cyclic_gc_paused():
        return _built(corpus, None, compile_corpus(corpus, options))


def _options(jobs, engine, scheduler, cache, use_cache, site, exclude, progress) -> BuildOptions:
    if isinstance(exclude, str):
        raise PolcError("exclude is a list of glob patterns, not one string")
    options = BuildOptions(jobs or os.cpu_count() or 1, engine, scheduler, cache, use_cache, site=site,
                           exclude=tuple(exclude), progress=progress)
    options.check()
    return options


def _corpus_path(path: str) -> str:
    rel = Path(path).as_posix()
    if not rel or rel in (".", "..") or Path(path).is_absolute() or ".." in Path(path).parts:
        raise PolcError(f"path {path!r} must be a relative file path such as 'policies/x.txt' (it gives the ids)")
    return rel


def _built(corpus: Path, out: Path | None, result: BuildResult) -> Built:
    if out is not None and result.stored:
        documents = WrittenDocuments(out, [d["id"] for c in result.compiled for d in heads(c)])  # read as asked for
    else:
        documents = [doc for compiled in result.compiled for doc in compiled.documents]
    return Built(corpus, out, index_of(result), documents, list(result.diagnostics()), result.failed,
                 result.up_to_date, result.excluded, result.about)

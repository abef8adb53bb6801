"""The build orchestrator: finds sources, compiles them (in worker processes), writes ``OUT/``.

The only module that knows about folders and workers.  Writes are atomic: the new
output is assembled in a temporary folder beside ``OUT`` and swapped in at the end, so
readers see the old output or the new one, never a mix.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from .pipeline import CompiledSource, compile_source
from .validate import schema_errors

SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class SourceFile:
    path: str  # relative to the corpus, '/'-separated
    absolute: Path


@dataclass
class BuildResult:
    compiled: list[CompiledSource]
    skipped: list[dict[str, Any]] = field(default_factory=list)  # diagnostics for files not read

    def diagnostics(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for item in self.skipped:
            yield item["path"], item["diagnostic"]
        for compiled in self.compiled:
            yield from compiled.all_diagnostics()

    @property
    def failed(self) -> bool:
        return any(c.failed for c in self.compiled) or any(
            s["diagnostic"]["severity"] == "error" for s in self.skipped)


def discover(corpus: Path) -> tuple[list[SourceFile], list[dict[str, Any]]]:
    """``*.txt`` and ``*.md`` under ``corpus``, sorted by path; hidden files and outside links skipped."""
    root = corpus.resolve()
    found, skipped = [], []
    for dirpath, dirnames, filenames in os.walk(corpus, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or not name.endswith(SUFFIXES):
                continue
            absolute = Path(dirpath) / name
            rel = absolute.relative_to(corpus).as_posix()
            if absolute.is_symlink() and not _inside(absolute.resolve(), root):
                skipped.append(_skip(rel, "symlink-outside-corpus", "warning",
                                     "this symlink points outside the corpus and was not followed"))
            elif not absolute.is_file():
                skipped.append(_skip(rel, "unreadable-source", "error", "not a regular file; remove it"))
            else:
                found.append(SourceFile(rel, absolute))
    return sorted(found, key=lambda f: f.path), sorted(skipped, key=lambda s: s["path"])


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _skip(path: str, code: str, severity: str, message: str) -> dict[str, Any]:
    return {"path": path, "diagnostic": {"code": code, "severity": severity, "message": message,
                                         "span": [0, 0], "line": 1, "column": 1}}


def compile_corpus(corpus: Path, jobs: int = 1) -> BuildResult:
    """Compile every source under ``corpus``; the result does not depend on ``jobs``."""
    files, skipped = discover(corpus)
    return BuildResult(list(_compile_all(files, jobs)), skipped)


def _compile_all(files: list[SourceFile], jobs: int) -> Iterable[CompiledSource]:
    if jobs <= 1 or len(files) < 2:
        return map(_compile_file, files)
    pool = ProcessPoolExecutor(max_workers=jobs)
    return _drain(pool, pool.map(_compile_file, files, chunksize=4))


def _drain(pool: ProcessPoolExecutor, results: Iterable[CompiledSource]) -> Iterator[CompiledSource]:
    with pool:
        yield from results


def _compile_file(file: SourceFile) -> CompiledSource:
    try:
        raw = file.absolute.read_bytes()
    except OSError as exc:
        result = CompiledSource(file.path, "unreadable", failed=True)
        result.diagnostics.append(_skip(file.path, "unreadable-source", "error",
                                        f"cannot read the file: {exc.strerror}")["diagnostic"])
        return result
    return compile_source(file.path, raw)


def index_of(result: BuildResult) -> dict[str, Any]:
    """``index.json``: every document and every source with its file-level residue."""
    documents, sources = [], []
    for compiled in result.compiled:
        for doc in compiled.documents:
            documents.append({"id": doc["id"], "title": doc["title"], "source": compiled.path,
                              "json": document_path(doc["id"])})
        sources.append({"path": compiled.path, "encoding": compiled.encoding,
                        "documents": [d["id"] for d in compiled.documents],
                        "residue": compiled.residue, "diagnostics": compiled.diagnostics})
    return {"documents": documents, "sources": sources}


def document_path(doc_id: str) -> str:
    """Where a document's JSON lives, relative to OUT."""
    return f"docs/{doc_id}.json"


def write_output(result: BuildResult, out: Path) -> None:
    """Write every file of the build into ``out``, replacing it atomically."""
    out = out.absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        _write_tree(result, staging)
        _swap(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _write_tree(result: BuildResult, root: Path) -> None:
    index = index_of(result)
    problems = schema_errors(index, "index.schema.json")
    if problems:
        raise AssertionError(f"index.json breaks its schema: {problems[:3]}")
    for compiled in result.compiled:
        for doc in compiled.documents:
            write_json(root / document_path(doc["id"]), doc)
    write_json(root / "index.json", index)


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _swap(staging: Path, out: Path) -> None:
    """Put ``staging`` in place of ``out``; two renames, so ``out`` is never half-written."""
    old = out.with_name(f".{out.name}.old-{os.getpid()}")
    if out.exists():
        os.replace(out, old)
    os.replace(staging, out)
    shutil.rmtree(old, ignore_errors=True)

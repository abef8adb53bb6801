"""Compiled documents kept in files while a JSON build runs, not in the main process's memory.

A build without the site compiles every source, then writes it; holding every compiled document
until the writing made the main process grow with the corpus (~130 MB per 14 MB of source).  With a
store, each compiled source is written to one file as it arrives — the cache entry's format, so a
cache hit is its own file — and only the *heads* of its documents stay in memory: what the index,
the id checks, the diagnostics and the site cache's keys read (id, title, source, meta,
diagnostics).  A writer reads a source's documents back when it needs them, one source at a time.
"""
from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from .paths import document_json
from .pipeline import CompiledSource

HEAD_FIELDS = ("id", "title", "source", "meta", "diagnostics")


class StoredDocuments(Sequence):
    """The documents of one compiled source, in ``file`` (a cache entry): indexing or iterating
    reads them back; ``heads`` are in memory."""

    def __init__(self, file: Path, heads: list[dict[str, Any]]):
        self.file, self.heads = file, heads

    def __len__(self) -> int:
        return len(self.heads)

    def __getitem__(self, index):
        return self.load()[index]

    def __iter__(self):
        return iter(self.load())

    def load(self) -> list[dict[str, Any]]:
        """Every document of the source, read from its file."""
        return json.loads(self.file.read_text(encoding="utf-8"))["documents"]


def heads(compiled: CompiledSource) -> Sequence[dict[str, Any]]:
    """What the index and the checks read of each document, without reading stored documents back."""
    documents = compiled.documents
    return documents.heads if isinstance(documents, StoredDocuments) else documents


def stored(compiled: CompiledSource, folder: Path, key: str, entry: Path | None = None) -> CompiledSource:
    """``compiled`` with its documents in a file: ``entry`` when it is one already (a cache hit),
    else ``folder/<key>.json``, written now."""
    if not compiled.documents or isinstance(compiled.documents, StoredDocuments):
        return compiled
    if entry is None:
        entry = folder / f"{key}.json"
        entry.write_text(json.dumps(entry_fields(compiled), ensure_ascii=False), encoding="utf-8")
    kept = [{name: doc[name] for name in HEAD_FIELDS} for doc in compiled.documents]
    return replace(compiled, documents=StoredDocuments(entry, kept))


def entry_fields(compiled: CompiledSource) -> dict[str, Any]:
    """A cache entry's JSON: the fields as they are (``dataclasses.asdict`` would deep-copy every document)."""
    return {f.name: getattr(compiled, f.name) for f in fields(compiled)}


def copy_entry(compiled: CompiledSource, target: Path) -> bool:
    """Copy the file of a stored source to ``target``; False when its documents are in memory."""
    if not isinstance(compiled.documents, StoredDocuments):
        return False
    shutil.copyfile(compiled.documents.file, target)
    return True


class WrittenDocuments(Sequence):
    """The documents of a finished build, read from ``OUT/docs/<id>.json`` when asked for."""

    def __init__(self, out: Path, ids: list[str]):
        self.out, self.ids = out, ids

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return json.loads((self.out / document_json(self.ids[index])).read_text(encoding="utf-8"))

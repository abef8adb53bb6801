"""Compiled documents kept in files while a build runs, not in the main process's memory.

A build compiles every source, then writes it; holding every compiled document until the writing
made the main process grow with the corpus (~130 MB per 14 MB of source).  With a store, each
compiled source is written to one file as it arrives — the cache entry's format, so a cache hit is
its own file — and only the *heads* of its documents stay in memory: what the index, the id
checks, the diagnostics, the site cache's keys, the version groups and the index page read (id,
title, source, meta, diagnostics, counts).  The JSON writer reads a source's documents back when it
needs them, one source at a time; the site reads each document from its file in OUT (a
:class:`Shelf`), in the worker that renders or compares it.
"""
from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from .jsonio import read_json
from .paths import document_json
from .compiled import CompiledSource
from .provisions import walk

HEAD_FIELDS = ("id", "title", "source", "meta", "diagnostics")  # and "counts"


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
        # json.loads of the text, not orjson of the bytes: a document of Chinese text is 3 bytes a character
        # as UTF-8 and 2 as a str, and this is where one whole (perhaps very large) source is held.
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
    return replace(compiled, documents=StoredDocuments(entry, list(head_records(compiled))))


def head_records(compiled: CompiledSource) -> Sequence[dict[str, Any]]:
    """The heads of a compiled source's documents (``HEAD_FIELDS`` and ``counts``)."""
    if isinstance(compiled.documents, StoredDocuments):
        return compiled.documents.heads
    return [{**{name: doc[name] for name in HEAD_FIELDS}, "counts": counts(doc)} for doc in compiled.documents]


def counts(doc: dict[str, Any]) -> dict[str, int]:
    """Nodes, clauses and diagnostics of a document (a head carries them)."""
    if "counts" in doc:
        return doc["counts"]
    nodes = list(walk(doc["body"]))
    return {"nodes": len(nodes), "clauses": sum(len(n.get("clauses", [])) for n in nodes),
            "diagnostics": len(doc["diagnostics"])}


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
        return read_document(self.out, self.ids[index])


def read_document(root: Path, doc_id: str) -> dict[str, Any]:
    """The document ``doc_id`` as written under ``root`` (OUT, or its staging folder)."""
    return read_json(root / document_json(doc_id))


class Shelf:
    """The documents of a build by id, for the site: whole documents in memory, or (``root``
    given) their heads in memory and each whole document read from ``root``'s JSON by :func:`fetch`.

    Work handed to other processes carries :meth:`ref`: the document itself when it is in memory,
    else where to read it (so a worker reads its own documents and nothing travels twice)."""

    def __init__(self, documents: Sequence[dict[str, Any]], root: Path | None = None):
        self.heads = list(documents)  # whole documents when ``root`` is None
        self.root = root.resolve() if root is not None else None
        self._by_id = {d["id"]: d for d in self.heads}

    @classmethod
    def of(cls, documents: Sequence[dict[str, Any]] | Shelf) -> Shelf:
        """``documents`` as a shelf: itself if it is one, else a shelf of those documents in memory."""
        return documents if isinstance(documents, Shelf) else cls(documents)

    def head(self, doc_id: str) -> dict[str, Any]:
        """Id, title, source, meta, diagnostics and counts (at least) of ``doc_id``."""
        return self._by_id[doc_id]

    def ref(self, doc_id: str) -> dict[str, Any] | tuple[str, str]:
        """What stands for the whole document ``doc_id`` in work for a worker (see :func:`fetch`)."""
        return self._by_id[doc_id] if self.root is None else (str(self.root), doc_id)


def fetch(ref: dict[str, Any] | tuple[str, str]) -> dict[str, Any]:
    """The document a :meth:`Shelf.ref` stands for."""
    return ref if isinstance(ref, dict) else read_document(Path(ref[0]), ref[1])


def index_fields(doc: dict) -> dict[str, str | None]:
    """What ``index.json`` and the index page show of a document besides its title: status, date
    (成文日期), level and effective date, as codes and ISO dates (None when unknown or relative)."""
    meta = doc["meta"]

    def value(key: str) -> str | None:
        field_ = meta.get(key)
        found = field_.get("value") if isinstance(field_, dict) else field_
        return str(found) if found not in (None, "") else None
    return {"status": value("status"), "date": value("date"), "level": value("level"), "effective": value("effective")}

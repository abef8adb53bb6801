"""A content-addressed cache of compiled sources.

The key of a source is the hash of its corpus path, its bytes, polc's version and the hash
of the grammars and schemas, so any change to one of them misses.  Entries are JSON files
named by key, each with the heads of its documents beside it (``<key>.heads``: what a rebuild reads of
an entry it does not write again, ~1% of its bytes); a manifest records the keys of the last complete
build so that a rebuild with nothing changed can stop before writing anything.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from .docstore import HEAD_FIELDS, StoredDocuments, copy_entry, entry_fields, head_records
from .jsonio import compact, read_json
from .compiled import CompiledSource
from .output import CACHE_MARKER
from .resources import fingerprint

MANIFEST = "manifest.json"
HEADS = ".heads"  # beside each entry, JSON: its fields with only its documents' heads (what a rebuild reads)
HEAD_KEYS = frozenset((*HEAD_FIELDS, "counts"))


@lru_cache(maxsize=1)
def polc_version() -> str:
    """polc's installed version (read once per process: ``importlib.metadata`` is slow)."""
    try:
        return version("polc")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"


def source_key(path: str, raw: bytes) -> str:
    """The cache key of one source file."""
    digest = hashlib.sha256(_code_key())
    digest.update(path.encode("utf-8") + b"\0")
    digest.update(raw)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _code_key() -> bytes:
    """What every key shares: polc's version and the fingerprint of its code, computed once."""
    return b"".join(part.encode("utf-8") + b"\0" for part in (polc_version(), fingerprint()))


class Cache:
    """Entries under ``folder``; ``None`` folder means no cache at all."""

    def __init__(self, folder: Path | None):
        self.folder = folder

    def entry(self, key: str) -> Path | None:
        """The file of the entry ``key`` (which may be missing)."""
        return self.folder / f"{key}.json" if self.folder is not None else None

    def get(self, key: str) -> CompiledSource | None:
        if self.folder is None:
            return None
        try:
            data = read_json(self.folder / f"{key}.json")
            return CompiledSource(**data)
        except (OSError, ValueError, TypeError):  # missing, damaged or from another polc: a miss
            return None

    def get_stored(self, key: str) -> CompiledSource | None:
        """The entry ``key`` as a stored source (``docstore.StoredDocuments``: its documents read from
        the entry when asked for), from the small file of its heads beside it; else as ``get`` reads it."""
        if self.folder is None:
            return None
        entry = self.folder / f"{key}.json"
        try:
            data = read_json(self.folder / f"{key}{HEADS}")
            size, found = data.pop("entry_size"), data["documents"]
            if entry.stat().st_size == size and all(HEAD_KEYS <= head.keys() for head in found):
                return CompiledSource(**{**data, "documents": StoredDocuments(entry, found)})
        except (OSError, ValueError, TypeError, KeyError, AttributeError):  # missing, damaged, another polc's
            pass
        return self.get(key)  # the entry itself (a damaged one is a miss there)

    def put(self, folder: Path, key: str, compiled: CompiledSource) -> None:
        """Store ``compiled`` under ``folder`` (the cache being assembled for the new output)."""
        target = folder / f"{key}.json"
        source = self.folder / target.name if self.folder else None
        folder.mkdir(parents=True, exist_ok=True)
        if source and source.exists() and source.resolve() != target.resolve():
            try:
                os.link(source, target)
                os.link(source.with_name(f"{key}{HEADS}"), target.with_name(f"{key}{HEADS}"))
                return
            except OSError:
                pass
        if not target.exists() and not copy_entry(compiled, target):
            target.write_text(json.dumps(entry_fields(compiled), ensure_ascii=False), encoding="utf-8")
        heads_file = target.with_name(f"{key}{HEADS}")
        if not heads_file.exists():  # with the entry's size: an entry cut short is not taken at its heads' word
            heads_file.write_bytes(compact({**entry_fields(compiled), "documents": list(head_records(compiled)),
                                            "entry_size": target.stat().st_size}))

    def manifest(self) -> dict[str, Any] | None:
        if self.folder is None:
            return None
        try:
            return json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None


def write_manifest(folder: Path, state: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CACHE_MARKER).write_text("polc build cache; safe to delete\n", encoding="utf-8")
    (folder / MANIFEST).write_text(json.dumps(state, ensure_ascii=False, sort_keys=True), encoding="utf-8")

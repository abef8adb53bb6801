"""A content-addressed cache of compiled sources.

The key of a source is the hash of its corpus path, its bytes, polc's version and the hash
of the grammars and schemas, so any change to one of them misses.  Entries are JSON files
named by key; a manifest records the keys of the last complete build so that a rebuild with
nothing changed can stop before writing anything.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from .docstore import copy_entry, entry_fields
from .jsonio import read_json
from .compiled import CompiledSource
from .output import CACHE_MARKER
from .resources import fingerprint

MANIFEST = "manifest.json"


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

    def put(self, folder: Path, key: str, compiled: CompiledSource) -> None:
        """Store ``compiled`` under ``folder`` (the cache being assembled for the new output)."""
        target = folder / f"{key}.json"
        source = self.folder / target.name if self.folder else None
        folder.mkdir(parents=True, exist_ok=True)
        if source and source.exists() and source.resolve() != target.resolve():
            try:
                os.link(source, target)
                return
            except OSError:
                pass
        if not target.exists() and not copy_entry(compiled, target):
            target.write_text(json.dumps(entry_fields(compiled), ensure_ascii=False), encoding="utf-8")

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

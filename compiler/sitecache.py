"""The site's cache: alignments, edit scripts and rendered pages keyed by what they are made of.

A key is the hash of polc itself (its code, grammars, schemas and templates) and of the inputs:
a document's key is its id with its source's path and hash (a compiled document is a pure
function of those and of polc), a diff's key its two documents' keys, a page's key everything
it shows.  A rebuild reads entries of the previous build from ``old`` and keeps those it uses
in ``new`` (hard links where it can), so the new cache holds exactly this build's entries and
a one-file edit renders again only what depends on that file.  Without folders nothing is
cached.  Entries live in ``<cache folder>/site/``: data (profiles, alignments, tables, edit
scripts) in one file, ``data-<polc>.json``, read once and written once per build (thousands of small
files cost more to link and delete than to read); pages as files of their own, since OUT links
to them.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from functools import lru_cache
from itertools import chain
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from .jsonio import read_json, sorted_compact
from .resources import fingerprint

FOLDER = "site"


def data_name() -> str:
    """The data file's name, which names the polc that wrote it: a build by another polc (whose
    keys all differ) does not read the previous one's tens of MB only to miss every entry."""
    return f"data-{site_fingerprint()[:16]}.json"


@lru_cache(maxsize=1)
def site_fingerprint() -> str:
    """polc's code fingerprint with its templates (pages change when they do)."""
    digest = hashlib.sha256(fingerprint().encode())
    for entry in sorted(resources.files("polc.templates").iterdir(), key=lambda e: e.name):
        if entry.is_file():
            digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return digest.hexdigest()


def key(*parts: Any) -> str:
    """The key of an entry made of ``parts`` (strings, or anything JSON writes) by this polc."""
    digest = hashlib.sha256(site_fingerprint().encode())
    for part in parts:
        text = part if isinstance(part, str) else json.dumps(part, ensure_ascii=False, sort_keys=True)
        digest.update(b"\0" + text.encode("utf-8"))
    return digest.hexdigest()


def document_key(doc: dict) -> str:
    """A document's key: its id and its source's path, span and hash."""
    source = doc["source"]
    return key(doc["id"], source["path"], source["sha256"], source["span"])


class SiteCache:
    """Entries of the previous build under ``old``, this build's under ``new`` (either may be None)."""

    def __init__(self, old: Path | None = None, new: Path | None = None):
        self.old = old / FOLDER if old else None
        self.new = new / FOLDER if new else None
        self.hits = self.misses = 0
        self._previous: dict[str, Any] | None = None
        self._data: dict[str, Any] = {}  # this build's data entries
        self._listed: dict[str, set[str]] = {}  # the previous build's file entries, per folder

    @property
    def enabled(self) -> bool:
        return self.new is not None

    def _find(self, name: str) -> Path | None:
        """The file of the entry ``name``: the previous build's (entries are named by what they hold,
        so any file of that name holds the same), else this build's."""
        if self.old is not None and self._previous_files(name):
            return self.old / name
        for folder in (self.new, self.old):
            if folder is not None and (folder / name).is_file():
                return folder / name
        return None

    def _previous_files(self, name: str) -> bool:
        """Whether the previous build's folder of ``name`` (``page/``, ``json/``…) listed it when first
        asked: one listing per folder instead of a file-system call per entry."""
        folder, _, base = name.rpartition("/")
        names = self._listed.get(folder)
        if names is None:
            try:
                names = set(os.listdir(self.old / folder))
            except OSError:
                names = set()
            self._listed[folder] = names
        return base in names

    def get_json(self, name: str) -> Any:
        """The data entry ``name`` (kept for the new cache), or None."""
        if not self.enabled:
            return None
        if name not in self._data:
            found = self._previous_data().get(name)
            if found is None:
                self.misses += 1
                return None
            self._data[name] = found
        self.hits += 1
        return self._data[name]

    def put_json(self, name: str, data: Any) -> None:
        if self.enabled:
            self._data[name] = data

    def close(self) -> None:
        """Write this build's data entries (call once the build's data is complete) and let go of
        the previous build's; file entries stay usable."""
        if self.enabled:
            self._store_data()
        self._previous, self._data = {}, {}

    def _store_data(self) -> None:
        """``json.dumps(self._data, sort_keys=True)`` written an entry at a time (one string of
        the whole would double the build's peak memory for a moment)."""
        entries = (("," if k else "") + json.dumps(name, ensure_ascii=False) + ":"
                   + sorted_compact(self._data[name])
                   for k, name in enumerate(sorted(self._data)))
        self._store(data_name(), chain("{", entries, "}"))

    def __getstate__(self) -> dict[str, Any]:
        """What a worker gets: the folders, for file entries; never the data entries (tens of MB,
        read and written by the main process only)."""
        return {"old": self.old, "new": self.new}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.old, self.new = state["old"], state["new"]
        self.hits = self.misses = 0
        self._previous, self._data, self._listed = {}, {}, {}

    def _previous_data(self) -> dict[str, Any]:
        if self._previous is None:
            found = self._find(data_name()) if self.old is not None else None
            try:
                self._previous = read_json(found) if found else {}
            except (OSError, ValueError):
                self._previous = {}
        return self._previous

    def place(self, name: str, target: Path) -> bool:
        """Put the file entry ``name`` at ``target`` (a hard link where possible); False when absent."""
        if not self.keep(name):
            return False
        _link(self.new / name, target)
        self.hits += 1
        return True

    def get_text(self, name: str) -> str | None:
        """The text of the file entry ``name`` (kept for the new cache), or None."""
        found = self._find(name) if self.enabled else None
        if found is None:
            return None
        try:
            text = found.read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None
        self.keep(name)
        self.hits += 1
        return text

    def keep(self, name: str) -> bool:
        """Keep the file entry ``name`` for the new cache without reading it; False when absent."""
        found = self._find(name) if self.enabled else None
        if found is not None and found != self.new / name:
            _link(found, self.new / name)
        return found is not None

    def put_text(self, name: str, text: str) -> None:
        if self.enabled:
            self._store(name, (text,))

    def put_file(self, name: str, source: Path) -> None:
        """Keep the file just written at ``source`` as the entry ``name``."""
        if self.enabled:
            _link(source, self.new / name)

    def _store(self, name: str, pieces: Iterable[str]) -> None:
        """Write the entry ``name`` from ``pieces``, whole or not at all (a ``.part`` file renamed)."""
        target = self.new / name
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        with partial.open("w", encoding="utf-8") as out:
            out.writelines(pieces)
        os.replace(partial, target)


def _link(source: Path, target: Path) -> None:
    """``target`` as a hard link to ``source`` (a copy where links cannot be made); an existing
    ``target`` is left as it is."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except FileExistsError:
        pass
    except OSError:
        shutil.copyfile(source, target)

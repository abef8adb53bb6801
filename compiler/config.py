"""The corpus configuration, ``polc.toml`` at the corpus root (optional).

``[[compare]]`` entries fix which documents share a comparison table; ``[[versions]]`` entries
fix version groups, oldest first (a document in at most one of them, once); ``exclude`` lists glob
patterns of files that are not documents (see ``build.discover``); ``about_files`` the names of
files that describe the corpus rather than belong to it (``ABOUT_FILES`` when absent: README,
LICENSE, CHANGELOG, CONTRIBUTING…), left out and counted apart.  A key polc does not know is an error, not ignored: a typo
such as ``[[version]]`` would otherwise silently change the output.
"""
from __future__ import annotations

import difflib
import tomllib
from pathlib import Path
from typing import Any

from .errors import PolcError

# table → the keys one of its entries may have (the first ones are required)
_ENTRY_KEYS = {"compare": ("documents", "name"), "versions": ("documents",)}
_TOP_KEYS = (*_ENTRY_KEYS, "exclude", "about_files")
# Files that describe a corpus (its own README, licence, change log), by name at any depth, in any
# case, with or without a suffix: not documents unless polc.toml's about_files says otherwise.
ABOUT_NAMES = ("README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "CONTRIBUTING", "AUTHORS", "NOTICE")
ABOUT_FILES = tuple(pattern for name in ABOUT_NAMES for pattern in (name, f"{name}.*"))


class ConfigError(PolcError, ValueError):
    """``polc.toml`` is malformed, has a key polc does not know, or names documents that do not exist."""


def load_config(corpus: Path) -> dict[str, Any]:
    """``<corpus>/polc.toml`` parsed ({} when absent); ConfigError with advice when it is malformed."""
    path = corpus / "polc.toml"
    if not path.is_file():
        return {}
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file or remove it") from exc
    _check_keys(path, config, _TOP_KEYS, "")
    for table, keys in _ENTRY_KEYS.items():
        entries = config.get(table, [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise ConfigError(f"{path}: {table} must be written [[{table}]] (an array of tables)")
        for k, entry in enumerate(entries):
            _check_entry(path, table, k, entry, keys)
    for key, example in (("exclude", '["drafts/"]'), ("about_files", '["README.*", "LICENSE"]')):
        patterns = config.get(key, [])
        if not (isinstance(patterns, list) and all(isinstance(p, str) and p for p in patterns)):
            raise ConfigError(f"{path}: {key} must be a list of glob patterns, e.g. {key} = {example}")
    _check_versions_once(path, config.get("versions", []))
    return config


def about_files(config: dict[str, Any]) -> tuple[str, ...]:
    """The name patterns of files that describe the corpus (``about_files``, else ``ABOUT_FILES``)."""
    return tuple(config.get("about_files", ABOUT_FILES))


def _check_versions_once(path: Path, entries: list[dict[str, Any]]) -> None:
    """A document is a version in one group, once: naming it twice is a mistake, not a choice."""
    seen: dict[str, int] = {}
    for k, entry in enumerate(entries):
        for doc in entry["documents"]:
            if doc in seen:
                where = "twice in that entry" if seen[doc] == k else f"in entry {seen[doc] + 1} and entry {k + 1}"
                raise ConfigError(f"{path}: [[versions]] names the document {doc} {where}; a document is one "
                                  "version of one group: name it once")
            seen[doc] = k


def _check_entry(path: Path, table: str, k: int, entry: dict[str, Any], keys: tuple[str, ...]) -> None:
    _check_keys(path, entry, keys, f"[[{table}]] entry {k + 1}: ")
    docs = entry.get("documents")
    if not (isinstance(docs, list) and len(docs) >= 2 and all(isinstance(d, str) for d in docs)):
        raise ConfigError(f"{path}: [[{table}]] entry {k + 1} needs documents = [\"id1\", \"id2\", …] "
                          "with at least two document ids from index.json")
    twice = sorted({d for d in docs if docs.count(d) > 1})
    if table == "compare" and twice:
        raise ConfigError(f"{path}: [[compare]] entry {k + 1} names the document {twice[0]} twice; a table has "
                          "one column per document: name it once")
    if not isinstance(entry.get("name", ""), str):
        raise ConfigError(f"{path}: [[{table}]] entry {k + 1}: name must be a string")


def _check_keys(path: Path, table: dict[str, Any], known: tuple[str, ...], where: str) -> None:
    for key in table:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ConfigError(f"{path}: {where}unknown key {key!r}{hint} (polc.toml knows "
                              f"{', '.join(repr(k) for k in known)})")


def check_document_ids(config: dict[str, Any], known: set[str]) -> None:
    """ConfigError when ``[[compare]]`` or ``[[versions]]`` names a document the build does not have."""
    for table in _ENTRY_KEYS:
        for entry in config.get(table, []):
            missing = [d for d in entry["documents"] if d not in known]
            if missing:
                raise ConfigError(f"polc.toml: [[{table}]] names unknown document ids {missing}; "
                                  "use ids as listed in index.json")

"""Glob patterns for ``exclude`` (``polc.toml``) and ``--exclude``, matched against corpus paths."""
from __future__ import annotations

import re
from typing import Callable


def excluded_by(patterns: tuple[str, ...], ignore_case: bool = False) -> Callable[[str], bool]:
    """A test of corpus paths against glob ``patterns``, as in ``.gitignore``: a pattern without ``/``
    matches a file or folder name at any depth (``README.md``, ``*.draft.md``), one with ``/``
    matches from the corpus root (``notes/*.md``); ``*`` and ``?`` stay inside one name, ``**``
    spans folders, and a folder's pattern excludes everything under it."""
    if not patterns:
        return lambda path: False
    joined = re.compile("|".join(f"(?:{_glob_regex(p)})" for p in patterns), re.IGNORECASE if ignore_case else 0)
    return lambda path: joined.fullmatch(path) is not None


def _glob_regex(pattern: str) -> str:
    anchored = "/" in pattern.strip("/")
    body, at, glob = [], 0, pattern.strip("/")
    while at < len(glob):
        if glob.startswith("**/", at):
            body.append("(?:[^/]*/)*")
            at += 3
        elif glob.startswith("**", at):
            body.append(".*")
            at += 2
        elif glob[at] in "*?":
            body.append("[^/]*" if glob[at] == "*" else "[^/]")
            at += 1
        elif glob[at] == "[" and "]" in glob[at + 2:]:
            end = glob.index("]", at + 2)
            inner = glob[at + 1:end]
            body.append("[" + ("^" + inner[1:] if inner.startswith("!") else inner).replace("\\", "\\\\") + "]")
            at = end + 1
        else:
            body.append(re.escape(glob[at]))
            at += 1
    return ("" if anchored else "(?:.*/)?") + "".join(body) + "(?:/.*)?"

"""Words of a changed provision, the part of a diff people read: jieba tokens, the word-level diff
and its short form for the terminal.

Matching provisions needs no words (``diff`` compares character bigrams); jieba's dictionary is
loaded only when a changed pair is shown.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from cydifflib import SequenceMatcher  # difflib compiled: the same opcodes, ~7× faster


def token_diff(a: list[str], b: list[str]) -> list[dict[str, str]]:
    """Word-level diff of two token lists: runs of equal, delete and insert."""
    runs: list[dict[str, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        parts = [("equal", a[i1:i2])] if tag == "equal" else [("delete", a[i1:i2]), ("insert", b[j1:j2])]
        for kind, toks in parts:
            if not toks:
                continue
            if runs and runs[-1]["op"] == kind:
                runs[-1]["text"] += "".join(toks)
            else:
                runs.append({"op": kind, "text": "".join(toks)})
    return runs


def tokenize(text: str) -> list[str]:
    """jieba tokens of ``text``, every character kept: exactly ``jieba.lcut(text)``, with each run of
    Han letters and digits (jieba's ``re_han_default`` blocks, which it cuts on their own) memoised."""
    import jieba  # only here: loading its dictionary costs a second that only word diffs need

    tokens: list[str] = []
    for block in jieba.re_han_default.split(text):
        if not block:
            continue
        if jieba.re_han_default.match(block):
            tokens += _cut(block)
        else:
            for part in jieba.re_skip_default.split(block):
                if jieba.re_skip_default.match(part):
                    tokens.append(part)
                else:
                    tokens += part
    return tokens


@lru_cache(maxsize=1 << 16)
def _cut(block: str) -> tuple[str, ...]:
    return tuple(_jieba().lcut(block))


@lru_cache(maxsize=1)
def _jieba() -> Any:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def changed_words(tokens: list[dict[str, str]], most: int = 3, width: int = 16) -> list[str]:
    """The first ``most`` changes of a word diff as ``old → new`` (``+new``, ``-old`` alone)."""
    changes, k = [], 0
    while k < len(tokens) and len(changes) < most:
        run = tokens[k]
        if run["op"] == "equal":
            k += 1
            continue
        gone = run["text"] if run["op"] == "delete" else ""
        came = run["text"] if run["op"] == "insert" else ""
        if gone and k + 1 < len(tokens) and tokens[k + 1]["op"] == "insert":
            came, k = tokens[k + 1]["text"], k + 1
        k += 1
        gone, came = _short(gone.strip(), width), _short(came.strip(), width)
        if gone or came:
            changes.append(f"{gone} → {came}" if gone and came else f"+{came}" if came else f"-{gone}")
    return changes


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width] + "…"

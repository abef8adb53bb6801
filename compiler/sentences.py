"""Sentences of a node's text, and the clause ids that are keyed on them.

A clause id is its node's id and a key of the clause's own sentence, so that editing one sentence
changes the ids of that sentence's clauses alone (node ids are numbering-based and stay as they are):

    art_5__clause_3f2a9c_1     the first clause of the sentence whose text hashes to 3f2a9c
    art_5__clause_3f2a9c-2_1   the same, in the second sentence of the node with that text

Both the ``annotate`` stage (which gives the ids) and the writers that show a clause's sentence
(``tables``, ``database``) cut sentences here, so the sentence a table shows is the one the id names.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from hashlib import blake2b
from typing import Iterable

Span = tuple[int, int]

SENTENCE_END = "。！？!?\n"  # a semicolon does not end a sentence: 对…的，给予…；对…的，给予…。 is one
_END = re.compile(f"[{re.escape(SENTENCE_END)}]")


def sentence_ends(text: str) -> list[int]:
    """Where ``text``'s sentences end: the index of every end mark, in order (one pass, in C)."""
    return [m.start() for m in _END.finditer(text)]


def sentence_bounds(text: str, start: int, end: int, ends: list[int] | None = None) -> Span:
    """``[a, b)`` of the sentence of ``text`` that holds ``[start, end)``: from after the previous end
    mark to its own end mark (included), leading whitespace left out.  ``ends`` is
    ``sentence_ends(text)``, to be found once for all the clauses of a text: a search for the marks
    around each clause (``rfind`` from the start of the text, ``find`` to its end) made clauses ×
    length, quadratic on a text of one long line (a page saved without line breaks)."""
    if ends is None:
        ends = sentence_ends(text)
    k = bisect_left(ends, start)
    a = ends[k - 1] + 1 if k else 0
    j = bisect_left(ends, max(end, start))
    b = ends[j] if j < len(ends) else len(text)
    if b < len(text) and text[b] != "\n":
        b += 1
    while a < b and text[a].isspace():
        a += 1
    return a, b


def sentence_key(sentence: str) -> str:
    """Six hex digits of the sentence's hash (BLAKE2b): the same text, the same key, in any build."""
    return blake2b(sentence.encode("utf-8"), digest_size=3).hexdigest()


def clause_ids(node_id: str, texts: Iterable[tuple[str, list[Span]]]) -> list[list[str]]:
    """The ids of the clauses of one node: ``texts`` holds each text the node's clauses were read
    from (heading, then text) with the spans of its clauses, in order; the ids in the same shape."""
    seen: dict[str, int] = {}  # key → sentences of the node met with it
    out: list[list[str]] = []
    for text, spans in texts:
        ids, prefixes, counts = [], {}, {}
        ends = sentence_ends(text) if spans else []
        for start, end in spans:
            bounds = sentence_bounds(text, start, end, ends)
            if bounds not in prefixes:
                key = sentence_key(text[bounds[0]:bounds[1]])
                seen[key] = seen.get(key, 0) + 1
                prefixes[bounds] = key if seen[key] == 1 else f"{key}-{seen[key]}"
            counts[bounds] = counts.get(bounds, 0) + 1
            ids.append(f"{node_id}__clause_{prefixes[bounds]}_{counts[bounds]}")
        out.append(ids)
    return out

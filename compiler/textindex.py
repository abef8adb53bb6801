"""The index page's full-text search: a static index of the pairs of Chinese characters in each
document, written with the site as ``search/<k>.js`` and read by ``polc.js`` with no server.

A word of two or more characters is in a document only if every pair of it is, so the pairs are
all the index needs (a superset that a phrase query narrows further on the page).  Reads
validated document JSON only.
"""
from __future__ import annotations

import operator
import re

import numpy as np

from .provisions import walk

SEARCH_SHARDS = 128  # files of the index page's full-text index; polc.js finds a pair's file by the same hash
_HAN_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
_BLOCK = 4096  # pairs whose gaps are made text at once


def search_terms(doc: dict) -> str:
    """The distinct pairs of Chinese characters in a document's text (title, headings, text), sorted
    and joined: what the index page's full-text search knows of it (a word of two or more
    characters is in a document only if all its pairs are)."""
    text = doc["title"] + "".join((n.get("heading") or "") + "\n" + n["text"] + "\n" for n in walk(doc["body"]))
    pairs: set[str] = set()
    for run in _HAN_RUN.findall(text):
        pairs.update(map(operator.add, run, run[1:]))
    return "".join(sorted(pairs))


def _codes(joined: str) -> np.ndarray:
    """The pairs of a ``search_terms`` string as integers, first character × 2¹⁶ + second."""
    chars = np.frombuffer(joined.encode("utf-16-le"), dtype=np.uint16).astype(np.uint64)
    return (chars[0::2] << np.uint64(16)) | chars[1::2]


def search_shards(terms: list[str]) -> dict[int, str]:
    """``search/<k>.js`` of the index page: for each character pair, the numbers (in index order) of
    the documents holding it, as gaps (the first number plus one, then the differences), in decimal
    (``terms``: ``search_terms`` of each document in index order).  Each file calls
    ``polcSearch(k, {pair: "gap,gap,…"})``, so a page opened from the file system can load it with
    a ``<script>`` (no fetch, no server)."""
    # Every (pair, document) as one integer, pair × 2³² + document number, sorted: the postings in
    # pair order (as the pairs' strings sort: two characters of U+3400–U+9FFF), each in document order.
    postings = np.empty(sum(len(joined) // 2 for joined in terms), dtype=np.uint64)
    at = 0
    for n, joined in enumerate(terms):
        postings[at:at + len(joined) // 2] = (_codes(joined) << np.uint64(32)) | np.uint64(n)
        at += len(joined) // 2
    postings.sort()
    docs = (postings & np.uint64(0xFFFFFFFF)).astype(np.int64)
    postings >>= np.uint64(32)  # now each posting's pair
    starts = np.flatnonzero(np.concatenate(([True], postings[1:] != postings[:-1]))) if len(docs) else docs
    pairs = postings[starts].tolist()
    del postings
    gaps = np.diff(docs, prepend=-1)
    gaps[starts] = docs[starts] + 1  # a pair's first document is its number plus one
    del docs
    ends = [*starts[1:].tolist(), len(gaps)]
    starts = starts.tolist()
    shards: list[list[str]] = [[] for _ in range(SEARCH_SHARDS)]
    for block in range(0, len(starts), _BLOCK):  # the gaps as text a block of pairs at a time
        first = starts[block]
        written = list(map(str, gaps[first:ends[min(block + _BLOCK, len(starts)) - 1]].tolist()))
        for start, end, code in zip(starts[block:block + _BLOCK], ends[block:block + _BLOCK],
                                    pairs[block:block + _BLOCK]):
            pair = chr(code >> 16) + chr(code & 0xFFFF)
            shards[((code >> 16) * 31 + (code & 0xFFFF)) % SEARCH_SHARDS].append(
                f'"{pair}":"{",".join(written[start - first:end - first])}"')
    return {k: f"polcSearch({k},{{{','.join(entries)}}});\n" for k, entries in enumerate(shards)}

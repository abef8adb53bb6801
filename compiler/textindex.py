"""The index page's full-text search: a static index of the pairs of Chinese characters in each
document, written with the site as ``search/<k>.js`` and read by ``polc.js`` with no server.

A word of two or more characters is in a document only if every pair of it is, so the pairs are
all the index needs (a superset that a phrase query narrows further on the page).  Reads
validated document JSON only.
"""
from __future__ import annotations

import operator
import re
from collections import defaultdict

from .provisions import walk

SEARCH_SHARDS = 128  # files of the index page's full-text index; polc.js finds a pair's file by the same hash
_HAN_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
_PAIR = re.compile(r"..", re.S)


def search_terms(doc: dict) -> str:
    """The distinct pairs of Chinese characters in a document's text (title, headings, text), sorted
    and joined: what the index page's full-text search knows of it (a word of two or more
    characters is in a document only if all its pairs are)."""
    text = doc["title"] + "".join((n.get("heading") or "") + "\n" + n["text"] + "\n" for n in walk(doc["body"]))
    pairs: set[str] = set()
    for run in _HAN_RUN.findall(text):
        pairs.update(map(operator.add, run, run[1:]))
    return "".join(sorted(pairs))


def search_shards(terms: list[str]) -> dict[int, str]:
    """``search/<k>.js`` of the index page: for each character pair, the numbers (in index order) of
    the documents holding it, as gaps (the first number plus one, then the differences), in decimal
    (``terms``: ``search_terms`` of each document in index order).  Each file calls
    ``polcSearch(k, {pair: "gap,gap,…"})``, so a page opened from the file system can load it with
    a ``<script>`` (no fetch, no server)."""
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for n, joined in enumerate(terms):
        for pair in _PAIR.findall(joined):
            postings[pair].append(n)
    shards: list[list[str]] = [[] for _ in range(SEARCH_SHARDS)]
    for pair in sorted(postings):
        docs = postings[pair]
        gaps = ",".join(map(str, map(operator.sub, docs, [-1, *docs[:-1]])))
        shards[(ord(pair[0]) * 31 + ord(pair[1])) % SEARCH_SHARDS].append(f'"{pair}":"{gaps}"')
    return {k: f"polcSearch({k},{{{','.join(entries)}}});\n" for k, entries in enumerate(shards)}

"""Stage 3 — split one normalised source into documents and file-level residue.

A search-listing page (``• 【苏州市级】标题`` entries) holds one document per entry; the
result count above the first entry, the bullets and the pager below the last entry are
residue.  Any other file is one document.  Documents and residue tile the file.
"""
from __future__ import annotations

import re

from .model import DocumentSlice, Normalized, Residue, Split

_ENTRY = re.compile(r"^[ ]*(?P<bullet>[•·●▪◆][ ]*)(?P<tag>【(?P<level>[^】\n]{1,12})】)(?P<title>[^\n]*)", re.M)
_PAGER = re.compile(r"^[ ]*(?:上一页|下一页|首页|末页)[^\n]*$", re.M)


def split_documents(norm: Normalized) -> Split:
    """Find the documents in ``norm``; everything else becomes residue with a reason."""
    entries = list(_ENTRY.finditer(norm.text))
    if not entries:
        return Split((DocumentSlice(1, 0, len(norm.text)),), ())
    return _split_listing(norm.text, entries)


def _split_listing(text: str, entries: list[re.Match]) -> Split:
    documents: list[DocumentSlice] = []
    residue: list[Residue] = []
    pager = _PAGER.search(text, entries[-1].end())
    listing_end = pager.start() if pager else len(text)
    at = 0
    for index, entry in enumerate(entries, 1):
        start = entry.start("tag")
        residue.append(Residue(at, start, "search-listing chrome before an entry" if index == 1
                               else "search-listing bullet"))
        end = entries[index].start() if index < len(entries) else listing_end
        end = _rstrip(text, start, end)
        documents.append(DocumentSlice(index, start, end, entry.group("title").strip(), entry.group("level")))
        at = end
    residue.append(Residue(at, len(text), "search-listing pager"))
    return Split(tuple(documents), tuple(r for r in residue if r.nend > r.nstart))


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \n":
        end -= 1
    return end

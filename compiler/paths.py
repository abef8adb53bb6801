"""Where each document's files live inside OUT: one rule for the JSON, the HTML and the links."""
from __future__ import annotations

import hashlib

_MAX_STEM_BYTES = 180  # file names stop at 255 bytes; leave room for suffixes and temporary names


def document_stem(doc_id: str) -> str:
    """The file name stem of a document: its id, shortened with a hash when too long for a file system."""
    if len(doc_id.encode("utf-8")) <= _MAX_STEM_BYTES:
        return doc_id
    digest = hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:12]
    head = doc_id.encode("utf-8")[:_MAX_STEM_BYTES - 13].decode("utf-8", "ignore")
    return f"{head}~{digest}"


def document_json(doc_id: str) -> str:
    """The document's JSON, relative to OUT."""
    return f"docs/{document_stem(doc_id)}.json"


def document_html(doc_id: str) -> str:
    """The document's page, relative to OUT."""
    return f"docs/{document_stem(doc_id)}.html"

"""A small, independent checker of polc's output contract, shared by the tests.

It reads only the emitted JSON (the dicts of ``CompiledSource`` or a built ``OUT/``) and
the decoded source text, never polc's internals, and returns readable problems:

* every visible character of the source lies in a document span or a file-level residue
  span, and document/residue spans do not overlap;
* every visible character of a document's span lies in one of its top-level nodes;
* children nest inside their parent, in order, without overlapping;
* a node's own region (its span minus its children's spans) equals ``num + heading + text``
  in order, modulo NFKC width folding, whitespace and markdown markup (``# * > ` | \\``);
* node ids are unique within a document.

"Visible" means: left after :func:`squash`.  An empty list means the contract holds.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Any, Iterable, Iterator

_INVISIBLE = re.compile(r"[\s#*>`|\\]")


def squash(text: str | None) -> str:
    """``text`` folded by NFKC with whitespace and markdown markup removed."""
    return _INVISIBLE.sub("", unicodedata.normalize("NFKC", text or ""))


def decode(raw: bytes) -> str:
    """The text spans point into: UTF-16 by BOM, else UTF-8 (BOM removed), else GB18030; line ends
    as Python's text files read them (``\r\n`` and ``\r`` are ``\n``)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return lines(raw.decode("utf-16"))
    try:
        return lines(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return lines(raw.decode("gb18030"))


def lines(text: str) -> str:
    """Universal newlines, as ``read_text`` gives them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def walk(nodes: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every node of a tree, depth first, parents before children."""
    for node in nodes:
        yield node
        yield from walk(node["children"])


def own_text(source: str, node: dict[str, Any]) -> str:
    """The source characters of ``node``'s span that lie in none of its children."""
    start, end = node["span"]
    parts, at = [], start
    for child in node["children"]:
        cs, ce = child["span"]
        parts.append(source[at:cs])
        at = max(at, ce)
    parts.append(source[at:end])
    return "".join(parts)


def printed(node: dict[str, Any]) -> str:
    """What the node says it holds: ``num + heading + text``."""
    return (node.get("num") or "") + (node.get("heading") or "") + (node.get("text") or "")


def _uncovered(source: str, start: int, end: int, spans: list[list[int]], what: str) -> list[str]:
    """Problems for overlapping ``spans`` and for visible text of ``[start, end)`` outside them."""
    problems, at, gaps = [], start, []
    for s, e in sorted(spans):
        if not start <= s <= e <= end:
            problems.append(f"{what}: span {[s, e]} outside {[start, end]}")
            continue
        if s < at:
            problems.append(f"{what}: span {[s, e]} overlaps the one before (ends at {at})")
        gaps.append(source[at:s])
        at = max(at, e)
    gaps.append(source[at:end])
    lost = squash("".join(gaps))
    if lost:
        problems.append(f"{what}: {len(lost)} visible characters in no span, e.g. {lost[:30]!r}")
    return problems


def document_problems(source: str, doc: dict[str, Any]) -> list[str]:
    """Contract problems of one document JSON against its decoded source."""
    problems: list[str] = []
    start, end = doc["source"]["span"]
    problems += _uncovered(source, start, end, [n["span"] for n in doc["body"]], doc["id"])
    seen: set[str] = set()
    stack = [(node, (start, end)) for node in doc["body"]]
    while stack:
        node, (lo, hi) = stack.pop()
        where = f"{doc['id']} {node['id']}"
        if node["id"] in seen:
            problems.append(f"{where}: duplicate id")
        seen.add(node["id"])
        s, e = node["span"]
        if not lo <= s <= e <= hi:
            problems.append(f"{where}: span {node['span']} not inside its parent {[lo, hi]}")
        at = s
        for child in node["children"]:
            cs, ce = child["span"]
            if cs < at:
                problems.append(f"{where}: child {child['id']} {child['span']} overlaps or is out of order")
            at = max(at, ce)
        want, got = squash(own_text(source, node)), squash(printed(node))
        if want != got:
            problems.append(f"{where}: own region {want[:40]!r} != num+heading+text {got[:40]!r}")
        stack += [(child, node["span"]) for child in node["children"]]
    return problems


def source_problems(source: str, documents: list[dict[str, Any]], residue: list[dict[str, Any]]) -> list[str]:
    """Contract problems of everything compiled from one source file."""
    spans = [d["source"]["span"] for d in documents] + [r["span"] for r in residue]
    problems = _uncovered(source, 0, len(source), spans, "file")
    for doc in documents:
        problems += document_problems(source, doc)
    return problems


def compiled_problems(raw: bytes, compiled: Any) -> list[str]:
    """Contract problems of a ``CompiledSource`` (or a dict with its keys) for the file's ``raw`` bytes."""
    get = compiled.get if isinstance(compiled, dict) else lambda key: getattr(compiled, key, None)
    encoding = get("encoding")  # as decided by the compiler; invalid bytes stay as U+FFFD in its text
    text = lines(raw.decode(encoding, "replace")) if encoding not in (None, "binary", "empty") else decode(raw)
    return source_problems(text, get("documents"), get("residue"))


def assert_lossless(raw: bytes, compiled: Any) -> None:
    """Fail with the first problems when the contract does not hold."""
    problems = compiled_problems(raw, compiled)
    assert not problems, "\n".join(problems[:20])

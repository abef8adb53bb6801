"""Clause tables for people: ``OUT/clauses.csv`` (UTF-8 with BOM) and ``OUT/clauses.jsonl``.

One row per clause, read from the validated document JSON only.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .numerals import to_chinese_numeral
from .paths import document_html
from .sentences import sentence_bounds, sentence_ends

_CLAUSE_FIELDS = ("type", "value", "min", "max", "min_inclusive", "max_inclusive", "approx", "unit", "per", "scope",
                  "period", "role", "applies_to", "base", "limits", "party", "precision", "relative",
                  "text", "span", "text_span")  # every field of the contract's clause but its id, as the clause has them
COLUMNS = ("document", "title", "issuer", "date", "node", "number_path", "id", *_CLAUSE_FIELDS, "sentence", "link")
"""The columns of ``clauses.csv`` and the keys of a ``clauses.jsonl`` row (``schemas/clause-row.schema.json``)."""


def clause_rows(documents: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every clause of every document, in document and source order: where it is (document, node,
    number path), the clause with its id and every field, and the whole sentence it was read from."""
    for doc in documents:
        yield from rows_of(doc, numbered(doc["body"]))


def rows_of(doc: dict[str, Any], walked: Iterable[tuple[dict[str, Any], tuple[str, ...], str | None, int]]
            ) -> Iterator[dict[str, Any]]:
    """The clause rows of one document whose nodes ``numbered`` gave as ``walked``."""
    meta = doc.get("meta") or {}
    issuer = "、".join(i.get("name", "") for i in meta.get("issuer") or [])
    date = (meta.get("date") or {}).get("value")
    for node, path, _, _ in walked:
        ends = sentence_ends(node["text"]) if node["clauses"] and node["text"] else []  # once per node, not per clause
        for clause in node["clauses"]:
            yield {"document": doc["id"], "title": doc["title"], "issuer": issuer, "date": date,
                   "node": node["id"], "number_path": " ".join(path), "id": clause["id"],
                   **{k: clause.get(k) for k in _CLAUSE_FIELDS}, "sentence": sentence(node, clause, ends),
                   "link": f"{document_html(doc['id'])}#{node['id']}"}


def sentence(node: dict[str, Any], clause: dict[str, Any], ends: list[int] | None = None) -> str:
    """The whole sentence of the node's text that holds the clause (the one its id is keyed on);
    for a clause of the heading, the heading.  ``ends``: ``sentence_ends`` of the node's text."""
    if clause.get("text_span") is None:
        return (node.get("heading") or "").strip()
    a, b = sentence_bounds(node["text"], *clause["text_span"], ends)
    return node["text"][a:b].strip()


def numbered(nodes: list[dict[str, Any]], path: tuple[str, ...] = (), parent: str | None = None, depth: int = 0
             ) -> Iterator[tuple[dict[str, Any], tuple[str, ...], str | None, int]]:
    """Every node in document order with its number path (第三章, 第五条, 第二款), its parent's id and its depth."""
    paragraphs = 0
    for node in nodes:
        label = node["num"]
        if node["kind"] == "paragraph" and node["id"].rsplit("__", 1)[-1].startswith("para_"):
            paragraphs += 1
            label = f"第{to_chinese_numeral(paragraphs)}款" if path and path[-1].endswith("条") else None
        here = path + (label.strip(),) if label else path
        yield node, here, parent, depth
        yield from numbered(node["children"], here, node["id"], depth + 1)


def document_rows(doc: dict[str, Any]) -> tuple[str, str]:
    """One document's rows: its lines of ``clauses.jsonl`` and of ``clauses.csv`` (no header)."""
    rows = list(clause_rows([doc]))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return "".join(_dumps(row) + "\n" for row in rows), buffer.getvalue()


def write_clause_tables(root: Path, documents: Iterable[Any],
                        rows: Callable[[Any], tuple[str, str]] = document_rows) -> None:
    """Write ``clauses.csv`` and ``clauses.jsonl`` under ``root``; ``rows(doc)`` gives a document's
    lines (``document_rows``, or the same lines kept from an earlier build)."""
    header = io.StringIO()
    csv.DictWriter(header, fieldnames=COLUMNS, lineterminator="\n").writeheader()
    with (root / "clauses.jsonl").open("w", encoding="utf-8", newline="") as jsonl_out, \
            (root / "clauses.csv").open("w", encoding="utf-8-sig", newline="") as csv_out:
        csv_out.write(header.getvalue())
        for doc in documents:  # one document at a time: ``documents`` may be read as it is written
            jsonl, table = rows(doc)
            jsonl_out.write(jsonl)
            csv_out.write(table)


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return _dumps(value)
    return "" if value is None else value


_dumps = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(…, ensure_ascii=False) without a new encoder per call

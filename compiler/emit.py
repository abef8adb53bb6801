"""Stage 9 — the JSON contract, in one place: typed objects → plain dicts.

The only module that turns a typed object of the contract (``model``: Document, Node, Clause, Ref,
Meta, Programme, Definition, Diagnostic, Residue) into JSON; the database, the clause tables, the
site and the Akoma Ntoso writer all read what it wrote, after validation."""
from __future__ import annotations

from bisect import bisect_right
from typing import Any

from .model import (FORMAT_VERSION, Attachment, Cited, Clause, Coded, Condition, Definition, Diagnostic, DocNumber,
                    Document, Logic, Meta, MetaDate, MetaText, Node, Organ, Programme, Ref, Residue, Span, Validity)


class LineIndex:
    """1-based line and column of a source offset, by binary search over line starts."""

    def __init__(self, text: str):
        self.starts = [0]
        at = text.find("\n")
        while at != -1:
            self.starts.append(at + 1)
            at = text.find("\n", at + 1)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def emit_document(doc: Document, lines: LineIndex) -> dict[str, Any]:
    """The document JSON (see ``schemas/document.schema.json``)."""
    return {
        "format_version": FORMAT_VERSION,
        "id": doc.id,
        "title": doc.title,
        "source": {"path": doc.source_path, "span": list(doc.span), "sha256": doc.sha256},
        "meta": emit_meta(doc.meta) if doc.meta is not None else {},
        "body": [emit_node(n) for n in doc.body],
        "programmes": [emit_programme(p) for p in doc.programmes],
        "definitions": [emit_definition(d) for d in doc.definitions],
        "diagnostics": [emit_diagnostic(d, lines) for d in doc.diagnostics],
    }


def emit_node(node: Node) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": node.id,
        "kind": node.kind,
        "style": node.style,
        "num": node.num,
        "ordinal": node.ordinal,
        "heading": node.heading,
        "text": node.text,
        "span": list(node.span),
        "children": [emit_node(c) for c in node.children],
        "clauses": [emit_clause(c) for c in node.clauses],
    }
    if node.role:
        data["role"] = node.role
    if node.refs:
        data["refs"] = [emit_ref(r) for r in node.refs]
    return data


def emit_ref(ref: Ref) -> dict[str, Any]:
    """A cross-reference (``document.schema.json#/$defs/ref``)."""
    return {"text": ref.text, "span": list(ref.span), "text_span": list(ref.text_span), "targets": list(ref.targets),
            "kind": ref.kind}


_CLAUSE_FIELDS = ("type", "value", "min", "max", "min_inclusive", "max_inclusive", "unit", "per", "scope", "period",
                  "role", "base", "applies_to", "approx", "limits", "party", "precision", "relative")


def emit_clause(clause: Clause) -> dict[str, Any]:
    """A clause as the contract has it (``schemas/clause.schema.json``)."""
    data: dict[str, Any] = {"id": clause.id, "text": clause.text, "span": list(clause.span)}
    if clause.text_span is not None:
        data["text_span"] = list(clause.text_span)
    return {**data, **clause_fields(clause)}


def clause_fields(clause: Any) -> dict[str, Any]:
    """The contract's fields of a clause (a ``model.Clause``, or a reading of the numeric reader, whose
    ``limits`` is still the index of the limited clause in its text), without ``id``, ``text`` and ``span``."""
    out = {name: getattr(clause, name) for name in _CLAUSE_FIELDS}
    if clause.per is not None:
        out["per"] = {"count": clause.per[0], "unit": clause.per[1]}
    return out


def _span(span: Span | None) -> list[int] | None:
    return list(span) if span is not None else None


def emit_meta(meta: Meta) -> dict[str, Any]:
    """The document's ``meta`` (``schemas/meta.schema.json``)."""
    return {"title": _text(meta.title), "issuer": [_organ(o) for o in meta.issuer],
            "doc_number": _doc_number(meta.doc_number), "date": _date(meta.date),
            "status": _coded(meta.status), "level": _coded(meta.level), "effective": _validity(meta.effective),
            "expires": _validity(meta.expires), "repeals": [_cited(c) for c in meta.repeals],
            "references": [_cited(c) for c in meta.references],
            "attachments": [_attachment(a) for a in meta.attachments]}


def _text(text: MetaText) -> dict[str, Any]:
    return {"text": text.text, "span": _span(text.span)}


def _organ(organ: Organ) -> dict[str, Any]:
    return {"name": organ.name, "span": _span(organ.span)}


def _doc_number(number: DocNumber | None) -> dict[str, Any] | None:
    return None if number is None else {"text": number.text, "organ": number.organ, "year": number.year,
                                        "serial": number.serial, "span": _span(number.span)}


def _date(date: MetaDate | None) -> dict[str, Any] | None:
    return None if date is None else {"value": date.value, "precision": date.precision, "text": date.text,
                                      "span": _span(date.span)}


def _coded(coded: Coded) -> dict[str, Any]:
    return {"value": coded.value, "text": coded.text, "span": _span(coded.span)}


def _validity(validity: Validity | None) -> dict[str, Any] | None:
    return None if validity is None else {"value": validity.value, "precision": validity.precision,
                                          "relative": validity.relative, "text": validity.text,
                                          "span": _span(validity.span)}


def _cited(cited: Cited) -> dict[str, Any]:
    return {"title": cited.title, "doc_number": _doc_number(cited.doc_number), "span": _span(cited.span)}


def _attachment(attachment: Attachment) -> dict[str, Any]:
    return {"title": attachment.title, "span": _span(attachment.span)}


def emit_programme(p: Programme) -> dict[str, Any]:
    """A programme and its eligibility (``schemas/programme.schema.json``)."""
    return {"id": p.id, "node": p.node, "title": p.title, "span": list(p.span),
            "applicants": emit_logic(p.applicants), "logic": emit_logic(p.logic),
            "exemptions": [{"node": e.node, "span": list(e.span), "text": e.text, "holders": list(e.holders),
                            "facts": list(e.facts), "effect": e.effect, "classes": list(e.classes),
                            "who": [emit_condition(c) for c in e.who]} for e in p.exemptions],
            "exclusions": [emit_condition(c) for c in p.exclusions],
            "preferences": [emit_condition(c) for c in p.preferences],
            "benefits": list(p.benefits), "deadline": p.deadline}


def emit_logic(logic: Logic) -> dict[str, Any]:
    return {"op": logic.op, "node": logic.node, "span": list(logic.span) if logic.span else None,
            "when": list(logic.when),
            "items": [emit_logic(i) if isinstance(i, Logic) else emit_condition(i) for i in logic.items]}


def emit_condition(c: Condition) -> dict[str, Any]:
    test = None
    if c.test is not None:
        t = c.test
        test = {"fact": t.fact, "op": t.op, "value": list(t.value) if isinstance(t.value, tuple) else t.value,
                "unit": t.unit, "clause": t.clause, "years": t.years}
        if t.discretion:
            test["discretion"] = True
    return {"node": c.node, "span": list(c.span), "text": c.text, "test": test}


def emit_definition(d: Definition) -> dict[str, Any]:
    """本办法所称X，是指…: the term, its text and span, its conditions and the programmes it binds."""
    return {"term": d.term, "node": d.node, "span": list(d.span), "text": d.text, "logic": emit_logic(d.logic),
            "binds": list(d.binds)}


FILE_START = LineIndex("")  # where a diagnostic about a whole file stands: line 1, column 1


def emit_diagnostic(diag: Diagnostic, lines: LineIndex = FILE_START) -> dict[str, Any]:
    line, column = lines.position(diag.span[0])
    return {"code": diag.code, "severity": diag.severity, "message": diag.message,
            "span": list(diag.span), "line": line, "column": column}


def emit_residue(residue: Residue, span: tuple[int, int]) -> dict[str, Any]:
    return {"span": list(span), "reason": residue.reason}

"""Stage 8 — annotate the tree: conditions, numeric clauses and cross-references.

Clause extraction reads each node's own text folded to ASCII widths (``compiler/clauses.py``
works on one string at a time); this stage maps what it finds back to source spans through
the node's ``text_offsets`` and gives every clause a document-unique id, keyed on its own sentence
(``sentences.clause_ids``), so that an edit elsewhere leaves it alone.
"""
from __future__ import annotations

from array import array
from typing import Iterator

from .clauses import extract_clauses
from .lexicon import DEFAULT_ROLE
from .model import Clause, Diagnostic, Node, Span
from .normalize import FOLD
from .conditions import is_condition, mark_conditions
from .refs import resolve_refs
from .sentences import clause_ids


def annotate(nodes: list[Node], source: str, span: Span) -> list[Diagnostic]:
    """Mark conditions, attach clauses to every node and resolve cross-references."""
    mark_conditions(nodes)
    diagnostics: list[Diagnostic] = []
    for node in _walk(nodes):
        diagnostics += _attach_clauses(node, source)
    diagnostics += resolve_refs(nodes, span)
    return diagnostics


def _walk(nodes: list[Node]) -> Iterator[Node]:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _attach_clauses(node: Node, source: str) -> list[Diagnostic]:
    """Clauses of the node's heading, then of its text: a heading is read like any other text
    (一、对获评国家级的企业给予一百万元奖励).  ``text_span`` places a clause in ``text``; a clause of
    the heading has none."""
    condition = is_condition(node)
    problems: list[Diagnostic] = []
    read = []
    for own, offsets, in_text in ((node.heading, node.heading_offsets, False), (node.text, node.text_offsets, True)):
        if own and offsets is not None:
            folded = own.translate(FOLD)
            read.append((folded, offsets, in_text, *extract_clauses(folded, condition=condition)))
    all_ids = clause_ids(node.id, [(folded, [c.span for c in found]) for folded, _, _, found, _ in read])
    for (_, offsets, in_text, found, notes), ids in zip(read, all_ids):
        for clause_id, clause in zip(ids, found):
            where = _to_source(offsets, clause.span)
            if node.kind == "closing" and clause.type == "date" and clause.role == DEFAULT_ROLE:
                clause = clause._replace(role="signed")  # the date under the signing organ is the 成文日期
            node.clauses.append(_placed(clause_id, source[where[0]:where[1]], where, clause.span if in_text else None,
                                        clause, None if clause.limits is None else ids[clause.limits]))
        problems += [Diagnostic(p.code, p.severity, p.message, _to_source(offsets, p.span)) for p in notes]
    return problems


def _placed(clause_id: str, text: str, span: Span, text_span: Span | None, reading, limits: str | None) -> Clause:
    """The contract's clause of one reading of the numeric reader, placed in the document."""
    r = reading
    return Clause(clause_id, text, span, text_span, r.type, r.value, r.min, r.max, r.min_inclusive, r.max_inclusive,
                  r.unit, r.per, r.scope, r.period, r.role, r.base, r.applies_to, r.approx, limits, r.party,
                  r.precision, r.relative, reading)


def _to_source(offsets: array, span: tuple[int, int]) -> Span:
    start, end = span
    if end <= start:
        return (offsets[start] if start < len(offsets) else offsets[-1] + 1,) * 2
    return (offsets[start], offsets[end - 1] + 1)

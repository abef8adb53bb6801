"""Stage 8 — annotate the tree: conditions, numeric clauses and cross-references.

Clause extraction reads each node's own text folded to ASCII widths (``compiler/clauses.py``
works on one string at a time); this stage maps what it finds back to source spans through
the node's ``text_offsets`` and gives every clause a document-unique id, keyed on its own sentence
(``sentences.clause_ids``), so that an edit elsewhere leaves it alone.

A bound word that ends a node's text (每年最高不超过 before a page break) bounds the amount that
opens the next paragraph (200万元), past page furniture between them (page numbers, running
heads): the next paragraph is read with the cut segment in front of it.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import replace

from .clauses import extract_clauses
from . import lexicon as L
from .lexicon import DEFAULT_ROLE
from .model import Clause, Diagnostic, Node, Span
from .model import walk as _walk
from .normalize import fold
from .conditions import is_condition, mark_conditions
from .refs import resolve_refs
from .sentences import clause_ids


def _words(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# The cut segment a node's text ends with when a bound word ends it: 每年最高不超过, 给予最高, 最高奖励为.
_CUT_MAX = 60  # how far back from a text's end its cut segment is looked for
_CUT_BOUND = re.compile(rf"[^，,。；;:：!?！？]{{0,40}}?(?:{_words(L.PRE_BOUNDS)})(?:{_words(L.BOUND_FILLERS)})*"
                        rf"(?:{_words(L.NOUN_VALUE_VERBS)})?$")
# The words a cut segment can end with: a text ending otherwise (nearly all) is not searched.
_CUT_ENDS = tuple({*L.PRE_BOUNDS, *L.BOUND_FILLERS, *L.NOUN_VALUE_VERBS})
# Page furniture between the two parts of a cut sentence: a page number (— 3 —, - 3 -, 第3页 共10页)
# or a running head (a short line with no sentence punctuation and no number: 某市人民政府文件).
_FURNITURE = re.compile(r"[-—–－·\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*共\s*\d{1,4}\s*页)?[-—–－·\s]*"
                        r"|[^\d，,。；;:：、!?！？]{1,40}")
_CONTINUATION = "paragraph"  # the kind of node the rest of a cut sentence and page furniture are


def annotate(nodes: list[Node], source: str, span: Span) -> list[Diagnostic]:
    """Mark conditions, attach clauses to every node and resolve cross-references."""
    mark_conditions(nodes)
    diagnostics: list[Diagnostic] = []
    cut = ""  # the segment a bound word ended the last text with, for the amount that opens the next
    for node in _walk(nodes):
        own = node.text or node.heading or ""
        follows = cut and node.kind == _CONTINUATION  # a numbered unit starts afresh
        if follows and _FURNITURE.fullmatch(own):
            diagnostics += _attach_clauses(node, source)
            continue
        diagnostics += _attach_clauses(node, source, cut if follows else "")
        found = _cut_at_end(own)
        cut = found.group() if found else ""
    diagnostics += resolve_refs(nodes, span)
    return diagnostics


def _cut_at_end(own: str) -> re.Match | None:
    """The cut segment ``own`` ends with, if any (``$`` also matches before a final newline)."""
    if not (own.endswith(_CUT_ENDS) or own.endswith("\n") and own[:-1].endswith(_CUT_ENDS)):
        return None
    return _CUT_BOUND.search(own, max(0, len(own) - _CUT_MAX))


def _attach_clauses(node: Node, source: str, cut: str = "") -> list[Diagnostic]:
    """Clauses of the node's heading, then of its text: a heading is read like any other text
    (一、对获评国家级的企业给予一百万元奖励).  ``text_span`` places a clause in ``text``; a clause of
    the heading has none.  ``cut`` (the end of a sentence a page break cut) is read in front of the
    first of them, and what is found inside it is left to the node it belongs to."""
    condition = is_condition(node)
    problems: list[Diagnostic] = []
    read = []
    for own, offsets, in_text in ((node.heading, node.heading_offsets, False), (node.text, node.text_offsets, True)):
        if own and offsets is not None:
            folded = fold(own)
            read.append((folded, offsets, in_text, *_read(folded, cut, condition)))
            cut = ""  # the cut goes in front of the first text only
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


def _read(folded: str, cut: str, condition: bool):
    """Clauses and notes of ``folded`` (a text folded to ASCII widths) read after ``cut``, their spans
    in ``folded``."""
    found, notes = extract_clauses(fold(cut) + folded, condition=condition)
    if not cut:
        return found, notes
    shift = len(cut)
    dropped = sum(c.span[0] < shift for c in found)  # in the cut: the node before has them

    def moved(span):
        return (span[0] - shift, span[1] - shift)

    return ([c._replace(span=moved(c.span), limits=None if c.limits is None or c.limits < dropped else c.limits - dropped)
             for c in found[dropped:]],
            [replace(n, span=moved(n.span)) for n in notes if n.span[0] >= shift])


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

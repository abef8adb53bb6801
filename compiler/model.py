"""Typed objects handed between pipeline stages.

Every object that refers to text carries a span.  Two coordinate systems exist and the
name of the field says which one it uses:

* ``span`` — ``[start, end)`` code-point offsets into the *source* text as decoded
  (UTF-8, BOM removed), before any normalisation.  This is what the JSON contract exposes.
* ``nstart``/``nend`` — offsets into the *normalised* text (``Normalized.text``).
  ``Normalized.to_source`` converts them.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import Any, Iterator

Span = tuple[int, int]

FORMAT_VERSION = "1.0"
"""The version of the output contract, in every JSON file polc writes (README: "Format version"):
MAJOR.MINOR; MINOR grows when a field, table, view or value is added (readers of the same MAJOR
keep working), MAJOR when one is removed, renamed or changes meaning."""


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A positioned message for a person: stable kebab-case ``code``, advice in ``message``."""

    code: str
    severity: str  # "error" | "warning" | "info"
    message: str
    span: Span


@dataclass(frozen=True, slots=True)
class Source:
    """One decoded input file (stage ``source``)."""

    path: str  # relative to the corpus root, '/'-separated
    text: str  # decoded text, BOM removed; "" when undecodable
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "gb18030", "binary", "empty"
    sha256: str  # of the raw bytes
    diagnostics: tuple[Diagnostic, ...] = ()

    @property
    def compilable(self) -> bool:
        return not any(d.severity == "error" for d in self.diagnostics)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus, for every normalised index, the source index it came from.

    ``offsets`` has ``len(text) + 1`` entries; the last one is ``len(source)``.
    """

    text: str
    offsets: array

    def to_source(self, nstart: int, nend: int) -> Span:
        """Map a normalised ``[nstart, nend)`` onto the source; an empty range stays empty."""
        if nend <= nstart:
            at = self.offsets[nstart]
            return (at, at)
        return (self.offsets[nstart], self.offsets[nend - 1] + 1)


@dataclass(frozen=True, slots=True)
class Residue:
    """File-level text that belongs to no document (search-listing chrome)."""

    nstart: int
    nend: int
    reason: str


@dataclass(frozen=True, slots=True)
class DocumentSlice:
    """One document found in a source (stage ``split``)."""

    index: int  # 1-based position in its source
    nstart: int
    nend: int
    title_hint: str = ""  # title given by a search listing, if any
    level_tag: str = ""  # e.g. "苏州市级" from 【苏州市级】


@dataclass(frozen=True, slots=True)
class Split:
    documents: tuple[DocumentSlice, ...]
    residue: tuple[Residue, ...]


@dataclass(frozen=True, slots=True)
class Marker:
    """A printed number that opens a structural unit: ``第五条``, ``（一）``, ``1．``."""

    kind: str  # part, subpart, chapter, section, article, item, annex
    style: str  # part, chapter, …, zh_dun, zh_paren, arabic_dot, arabic_paren, circled, annex
    num: str  # exactly as printed (normalised text)
    ordinal: int
    sub: int = 0  # 之一 → 1 for inserted articles


@dataclass(frozen=True, slots=True)
class Line:
    """A virtual line of a document (stage ``lines``): one logical block of text.

    ``kind`` is one of: ``heading`` (opens a numbered unit; ``marker`` is set), ``title``,
    ``header``, ``lead`` (a short actor line ending in ``：`` that groups items),
    ``text`` (running text), ``closing``, ``annex`` (``附件1`` line), ``residue``.
    ``body_start`` is where the text after the marker begins.
    """

    kind: str
    nstart: int
    nend: int
    marker: Marker | None = None
    body_start: int = 0
    after_break: bool = False  # starts a physical line (not cut out of a longer one)


@dataclass(frozen=True, slots=True)
class Clause:
    """A numeric clause of the contract (``schemas/clause.schema.json``): the reading of the numeric
    reader (``clauses.Clause``) placed in the document — its id, its source text and span, its span in
    the node's ``text`` (None for a clause of the heading), the id of the clause it limits — and every
    field of that reading.  ``emit.emit_clause`` is its one serialiser."""

    id: str
    text: str
    span: Span
    text_span: Span | None
    type: str  # money, percent, count, duration, date
    value: int | float | str | None
    min: int | float | str | None
    max: int | float | str | None
    min_inclusive: bool | None
    max_inclusive: bool | None
    unit: str | None
    per: tuple[int | float, str] | None
    scope: str | None
    period: str | None
    role: str
    base: str | None
    applies_to: str | None
    approx: bool
    limits: str | None  # id of the clause it limits
    party: str | None
    precision: str | None
    relative: bool
    reading: Any = None  # the reader's ``clauses.Clause`` (spans in the node's text), for later stages



@dataclass(frozen=True, slots=True)
class Ref:
    """A cross-reference in a node's text (本办法第四至第六条): its text, source span, span in the node's
    text, the node ids it resolves to and its kind."""

    text: str
    span: Span
    text_span: Span
    targets: tuple[str, ...]
    kind: str


# --- metadata (stage ``meta``; serialised by ``emit.emit_meta``) -----------------------------------


@dataclass(frozen=True, slots=True)
class MetaText:
    """A piece of text of the document, where it stands (None: not in the source as such)."""

    text: str
    span: Span | None


@dataclass(frozen=True, slots=True)
class Organ:
    """An issuing organ: 江苏省知识产权局."""

    name: str
    span: Span | None


@dataclass(frozen=True, slots=True)
class DocNumber:
    """A 文号: 苏知发〔2021〕140号 → organ 苏知发, year 2021, serial 140."""

    text: str
    organ: str
    year: int
    serial: int
    span: Span | None


@dataclass(frozen=True, slots=True)
class MetaDate:
    """A calendar date read from the document (成文日期): ISO value and precision (day, month, year)."""

    value: str
    precision: str
    text: str
    span: Span | None


@dataclass(frozen=True, slots=True)
class Coded:
    """A value from a closed list (status, level) and the words it was read from."""

    value: str | None
    text: str | None
    span: Span | None


@dataclass(frozen=True, slots=True)
class Validity:
    """When the document takes effect or expires: a date, or relative (自印发之日起)."""

    value: str | None
    precision: str | None
    relative: bool
    text: str
    span: Span | None


@dataclass(frozen=True, slots=True)
class Cited:
    """A document cited by its 《title》, with its 文号 when one follows."""

    title: str
    doc_number: DocNumber | None
    span: Span | None


@dataclass(frozen=True, slots=True)
class Attachment:
    """An attachment the document lists (附件：1. …)."""

    title: str
    span: Span | None


@dataclass(frozen=True, slots=True)
class Meta:
    """The document's metadata (``schemas/meta.schema.json``), each field with the span it came from."""

    title: MetaText
    issuer: tuple[Organ, ...] = ()
    doc_number: DocNumber | None = None
    date: MetaDate | None = None
    status: Coded = Coded("final", None, None)
    level: Coded = Coded(None, None, None)
    effective: Validity | None = None
    expires: Validity | None = None
    repeals: tuple[Cited, ...] = ()
    references: tuple[Cited, ...] = ()
    attachments: tuple[Attachment, ...] = ()


@dataclass(slots=True)
class Node:
    """A node of the document tree (stage ``tree``); mirrors the JSON contract."""

    kind: str
    span: Span
    id: str = ""
    style: str | None = None
    num: str | None = None
    ordinal: int | None = None
    sub: int = 0  # 第五条之一 → 1: part of the id, not emitted (ordinal stays 5)
    heading: str | None = None
    text: str = ""
    children: list[Node] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)
    # offsets (source coordinates) of each character of ``text``; used by later stages
    text_offsets: array | None = None
    heading_offsets: array | None = None  # the same for ``heading``
    role: str | None = None
    refs: list[Ref] = field(default_factory=list)


def walk(nodes: list[Node]) -> Iterator[Node]:
    """Every node of a tree in document order (one generator with a stack, not one per level)."""
    stack = nodes[::-1]
    while stack:
        node = stack.pop()
        yield node
        stack += node.children[::-1]


@dataclass(slots=True)
class Document:
    """A compiled document before serialisation."""

    id: str
    title: str
    source_path: str
    span: Span
    sha256: str
    body: list[Node]
    diagnostics: list[Diagnostic]
    level_tag: str = ""
    meta: Meta | None = None  # None until the meta stage (a residue document: emit writes an empty Meta)
    programmes: list[Any] = field(default_factory=list)  # eligibility.Programme
    definitions: list[Any] = field(default_factory=list)  # model.Definition


# --- eligibility (stage ``eligibility``; serialised by ``emit.emit_programme``) ------------------


@dataclass(frozen=True, slots=True)
class Test:
    """A fact compared with a threshold: ``{fact} {op} {value}`` (op: >=, >, <=, <, ==, has, in).

    ``fact`` is a key of ``facts.FACTS`` or of ``facts.DERIVED`` (age, graduated_years …);
    ``discretion`` marks a threshold the text leaves to the authority (原则上, 可适当放宽): failing
    it leaves the programme possible, not ineligible."""

    fact: str
    op: str
    value: Any
    unit: str | None = None
    clause: str | None = None  # id of the threshold clause
    years: str | None = None  # "each of the last 3 years", "the last year", "the yearly average of 3 years"
    discretion: bool = False


@dataclass(frozen=True, slots=True)
class Condition:
    """One condition: a test, or a text polc cannot reduce (``test`` is None: a person decides)."""

    node: str
    span: Span
    text: str
    test: Test | None = None


@dataclass(frozen=True, slots=True)
class Logic:
    """``all``, ``any`` or ``tiers`` of conditions and nested logic; ``when`` restricts it to kinds
    of applicant.  In ``tiers`` every item is an ``all`` whose first member selects the tier
    (销售收入3000万元以下的) and whose others apply only in it (研发投入占比不低于4%)."""

    op: str
    items: tuple
    node: str | None = None
    span: Span | None = None
    when: tuple[str, ...] = ()  # kinds: a branch 申报主体是企业的…


@dataclass(frozen=True, slots=True)
class Exemption:
    """Who is exempt from which facts (lifts them) or has them halved."""

    node: str
    span: Span
    text: str
    holders: tuple[str, ...]  # titles or awards (or kinds) that grant it
    facts: tuple[str, ...]  # the facts whose conditions it lifts or halves
    effect: str  # "lift", "halve", or "spare" (the exclusion at the same node and span only)
    classes: tuple[str, ...] = ()  # the talent classes it is for (A类、B类人才…不受年龄限制)
    who: tuple[Condition, ...] = ()  # the facts of those it is for (多孩家庭购买第二套…的，不受首套住房限制: children ≥ 2, …)


@dataclass(frozen=True, slots=True)
class Definition:
    """本办法所称总部企业，是指在本区注册的…企业: a term, its defining text and the conditions it
    puts on anyone the term names; ``binds`` lists the programmes that use the term."""

    term: str
    node: str
    span: Span
    text: str
    logic: Logic
    binds: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Programme:
    """What someone applies for, with who may apply and on which conditions."""

    id: str
    node: str
    title: str
    span: Span
    applicants: Logic
    logic: Logic
    exemptions: tuple[Exemption, ...] = ()
    exclusions: tuple[Condition, ...] = ()
    preferences: tuple[Condition, ...] = ()
    benefits: tuple[str, ...] = ()  # clause ids
    deadline: str | None = None  # clause id

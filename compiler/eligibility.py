"""Stage — eligibility: who may claim what, as logic over named facts.

``find_programmes(doc)`` reads an annotated document (nodes with their clauses and condition
roles, and its metadata) and returns its *programmes*: what someone applies for.  A guide or
annex is a programme, and so is each project type it opens (新建项目, 升级项目); in a measures
document each sentence that grants money for an event (对获得中国驰名商标的单位，给予每件20万元奖励)
is one.  For each programme:

* ``applicants`` — kinds of applicant (申报主体: 企业, 高校 …), region (江苏省内注册 → the issuer's
  province), legal-person status and 工业企业, as tests like any other;
* ``logic`` — the condition lists: 应符合下列条件 is ``all``, 符合下列条件之一 ``any``; 申报主体是企业的…
  and 申报创建…的园区应符合… are branches by kind; each condition is a test of a fact of
  :mod:`facts` against a threshold clause (``profit_tax >= 20000000 CNY, each of the last 3 years``)
  or, when it cannot be reduced, a text condition — never dropped, never guessed;
* ``exemptions`` (…可不受利税总额限制, 专利数量要求可减半), ``exclusions`` (正在承担…项目的企业，不得申报),
  ``preferences`` (优先支持… is not a condition), ``benefits`` (money clauses) and the ``deadline``.

Every part carries its node id and source span.  The logic is data for ``polc match`` (:mod:`match`),
which evaluates it against a profile with three-valued logic.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

from . import facts as F
from . import lexicon as L
from .model import Document, Node, Span
from .numerals import parse_chinese_number

# --- typed parts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Test:
    """A fact compared with a threshold: ``{fact} {op} {value}`` (op: >=, >, <=, <, ==, has, in)."""

    fact: str
    op: str
    value: object
    unit: str | None = None
    clause: str | None = None  # id of the threshold clause
    years: str | None = None  # "each of the last 3 years", "the last year", "the yearly average of 3 years"


@dataclass(frozen=True)
class Condition:
    """One condition: a test, or a text polc cannot reduce (``test`` is None)."""

    node: str
    span: Span
    text: str
    test: Test | None = None


@dataclass(frozen=True)
class Logic:
    """``all`` or ``any`` of conditions and nested logic; ``when`` restricts it to kinds of applicant."""

    op: str
    items: tuple
    node: str | None = None
    span: Span | None = None
    when: tuple[str, ...] = ()  # kinds: a branch 申报主体是企业的…


@dataclass(frozen=True)
class Exemption:
    """Who is exempt from which facts (lifts them) or has them halved."""

    node: str
    span: Span
    text: str
    holders: tuple[str, ...]  # titles or awards (or kinds) that grant it
    facts: tuple[str, ...]  # the facts whose conditions it lifts or halves
    effect: str  # "lift" or "halve"


@dataclass(frozen=True)
class Programme:
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


# --- entry -------------------------------------------------------------------------------------


def find_programmes(doc: Document) -> list[Programme]:
    """The programmes of an annotated document, in source order (see module doc)."""
    reader = _Reader(doc)
    found: list[Programme] = []
    for title, anchor, nodes in _units(doc):
        found += reader.programmes(title, anchor, nodes)
    if not found:
        found = reader.event_grants()
    return [_numbered(p, k) for k, p in enumerate(found, 1)]


def _numbered(p: Programme, k: int) -> Programme:
    return Programme(f"prog_{k}", p.node, p.title, p.span, p.applicants, p.logic, p.exemptions, p.exclusions,
                     p.preferences, p.benefits, p.deadline)


# --- units: guides and annexes ---------------------------------------------------------------


def _walk(nodes: list[Node]) -> Iterator[Node]:
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _has_conditions(nodes: list[Node]) -> bool:
    return any(n.role == "condition" for n in _walk(nodes))


def _units(doc: Document) -> Iterator[tuple[str, Node, list[Node]]]:
    """(title, anchor node, nodes) of every guide: each part of an annex that a guide title opens."""
    annexes = [n for n in doc.body if n.kind == "annex"]
    for annex in annexes:
        part: list[Node] = []
        title, anchor = (annex.heading or "").strip(), annex
        for child in annex.children:
            if child.kind == "header" and child.text.strip().endswith(F.GUIDE_TITLE_ENDS):
                if _has_conditions(part):
                    yield title or doc.title, anchor, part
                part, title, anchor = [], child.text.strip(), child
            else:
                part.append(child)
        if _has_conditions(part):
            yield title or doc.title, anchor, part
    if not annexes and _has_conditions(doc.body):
        yield doc.title, doc.body[0], [n for n in doc.body if n.kind != "header"]


def _is_heading(node: Node, words: tuple[str, ...]) -> bool:
    own = (node.heading or node.text or "").strip()
    return len(own) <= 12 and own.startswith(words)


# --- text with offsets ------------------------------------------------------------------------


@dataclass
class _Own:
    """A node's heading and text as one string, with the source offset of every character."""

    text: str
    offsets: array

    @classmethod
    def of(cls, node: Node) -> _Own:
        parts = [(node.heading or "", node.heading_offsets), (node.text or "", node.text_offsets)]
        text, offsets = "", array("i")
        for string, where in parts:
            if string and where is not None and len(where) == len(string):
                text += string
                offsets.extend(where)
        return cls(text, offsets)

    def span(self, a: int, b: int) -> Span:
        if not self.offsets or b <= a:
            at = self.offsets[min(a, len(self.offsets) - 1)] if self.offsets else 0
            return (at, at)
        return (self.offsets[a], self.offsets[b - 1] + 1)


# A segment ends at ，；。 or a colon (not 1:2); a bracketed remark stays inside its segment.
_SEGMENT = re.compile(r"(?:[^，,；;。：:（(]|[（(][^）)]*[）)]?|:(?=\d))+")
_OR = re.compile(r"或者|或")
_PROJECT_TYPE = re.compile("^(?:" + "|".join(F.PROJECT_TYPES) + ")")


# --- the reader ---------------------------------------------------------------------------------


class _Reader:
    """Reads the programmes of one document; created per document."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.province = _issuer_province(doc)

    @cached_property
    def deadline(self) -> str | None:
        """The document's first deadline clause, looked for only when a programme needs it."""
        return next((c.id for n in _walk(self.doc.body) for c in n.clauses if c.clause.role == "deadline"), None)

    # programmes -----------------------------------------------------------------------------

    def programmes(self, title: str, anchor: Node, nodes: list[Node]) -> list[Programme]:
        """The programmes of one guide: one per 申报条件 (a guide with two directions has two), and
        one per project type under it (新建项目, 升级项目)."""
        parents = _parents(nodes)
        headings = [n for n in _walk(nodes) if _is_heading(n, F.CONDITION_HEADINGS)]
        exclusions = tuple(self._exclusions(nodes, title))
        found = []
        if not headings:  # conditions in articles: 第九条 申报主体是企业的，应当具备以下条件
            tops = [n for n in _walk(nodes) if n.role == "condition" and parents.get(n.id, anchor).role != "condition"]
            leads = list(dict.fromkeys(parents.get(n.id, anchor).id for n in tops))
            by_id = {n.id: n for n in _walk(nodes)}
            members = [by_id.get(i, anchor) for i in leads]
            logic_parts, exemptions, preferences = [], [], []
            for lead in members:
                part = self._node_logic(lead, exemptions, preferences, force=True)
                if part is not None:
                    logic_parts.append(part)
            logic = Logic("all", tuple(logic_parts), anchor.id, _span_of(anchor, nodes))
            found.append(self._programme(title, anchor, nodes, self._applicants(nodes), logic, exemptions,
                                         exclusions, preferences))
            return found
        for heading in headings:
            parent = parents.get(heading.id)
            scope = parent.children if parent is not None else nodes
            name = title
            if len(headings) > 1 and parent is not None and parent.heading:  # 高校院所知识产权运营能力提升
                name = f"{title}（{parent.heading.strip().rstrip('。')}）"
            applicants = self._applicants(scope)
            applicants = applicants if applicants.items else self._applicants(nodes)
            types = [n for n in heading.children if _PROJECT_TYPE.match((n.heading or n.text or "").strip())]
            for node, members, label in [(t, t.children, (t.heading or t.text).strip().rstrip("：:")) for t in types] \
                    or [(heading, heading.children, None)]:
                logic, exemptions, preferences = self._logic(members, node)
                found.append(self._programme(f"{name}（{label}）" if label else name, node,
                                             scope if parent is not None else nodes, applicants, logic, exemptions,
                                             exclusions, preferences, nodes))
        return found

    def _programme(self, title: str, node: Node, scope: list[Node], applicants: Logic, logic: Logic,
                   exemptions: list, exclusions: tuple, preferences: list, guide: list[Node] = ()) -> Programme:
        benefits = tuple(c.id for n in _walk(scope) if n.role is None for c in n.clauses
                         if c.clause.type in ("money", "percent") and c.clause.role in ("amount", "cap"))
        deadline = next((c.id for where in (scope, guide) for n in _walk(where) for c in n.clauses
                         if c.clause.role == "deadline"), self.deadline)
        return Programme("", node.id, title, _span_of(node, scope), applicants, logic, tuple(exemptions), exclusions,
                         tuple(preferences), benefits, deadline)

    def event_grants(self) -> list[Programme]:
        """对获得中国驰名商标的单位，给予每件20万元奖励: one programme per sentence that grants for an event."""
        found = []
        for node in _walk(self.doc.body):
            granted = [c for c in node.clauses if c.clause.type == "money" and c.clause.role in ("amount", "cap")]
            if not granted:  # most nodes grant nothing: no text to read
                continue
            own = _Own.of(node)
            for sentence in re.finditer(r"[^。；;]+", own.text):
                a, b = own.span(*sentence.span())
                clauses = [c for c in granted if a <= c.span[0] and c.span[1] <= b]
                event = _EVENT.search(sentence.group())
                if not clauses or not event:
                    continue
                s, e = sentence.start() + event.start("event"), sentence.start() + event.end("event")
                condition = Condition(node.id, own.span(s, e), event.group("event"), self._holding(event.group("event")))
                title = f"{(node.heading or '').strip().rstrip('。')}：{event.group('event')}".lstrip("：")
                found.append(Programme("", node.id, title, (a, b), Logic("all", ()), Logic("all", (condition,)),
                                       benefits=tuple(c.id for c in clauses), deadline=self.deadline))
        return found

    # applicants ----------------------------------------------------------------------------------

    def _applicants(self, nodes: list[Node]) -> Logic:
        heads = [n for n in _walk(nodes) if _is_heading(n, F.APPLICANT_HEADINGS)]
        if not heads:
            return Logic("all", ())
        head = heads[0]
        items = []
        for node in [n for h in heads for n in (*_walk(h.children), h)]:
            own = _Own.of(node)
            if not own.text or _is_heading(node, F.APPLICANT_HEADINGS):
                continue
            span = own.span(0, len(own.text))
            joint = min((own.text.find(w) for w in F.JOINT_APPLICANTS if w in own.text), default=len(own.text))
            kinds = _kinds(own.text[:joint])  # …可单独申报，也可…与知识产权服务机构联合申报: partners are no applicants
            if kinds:
                items.append(Condition(node.id, span, own.text, Test("kind", "in", kinds)))
            if any(w in own.text for w in F.REGION_WORDS) and self.province:
                items.append(Condition(node.id, span, own.text, Test("region", "in", (self.province,))))
            if any(w in own.text for w in F.FACTS["legal_person"].phrasings):
                items.append(Condition(node.id, span, own.text, Test("legal_person", "==", True)))
            if "工业企业" in own.text and kinds == ("enterprise",):
                items.append(Condition(node.id, span, own.text, Test("industrial", "==", True)))
        kinds = [c for c in items if c.test.fact == "kind"]
        if len(kinds) > 1:  # 支持对象 and 申报主体 both name kinds: any of them may apply
            items = [Logic("any", tuple(kinds), head.id, head.span), *(c for c in items if c.test.fact != "kind")]
        return Logic("all", tuple(dict.fromkeys(items)), head.id, head.span)

    # condition lists -----------------------------------------------------------------------------

    def _logic(self, members: list[Node], parent: Node | None) -> tuple[Logic, list[Exemption], list[Condition]]:
        """The logic of a list of condition nodes, with the exemptions and preferences found in it."""
        exemptions: list[Exemption] = []
        preferences: list[Condition] = []
        items = []
        lead = _Own.of(parent) if parent is not None else _Own("", array("i"))
        for node in members:
            part = self._node_logic(node, exemptions, preferences)
            if part is not None:
                items.append(part)
        op = "any" if any(w in lead.text for w in F.ANY_OF) else "all"
        node_id = parent.id if parent is not None else None
        return Logic(op, tuple(items), node_id, parent.span if parent is not None else None), exemptions, preferences

    def _node_logic(self, node: Node, exemptions: list, preferences: list, force: bool = False):
        """The logic of one condition node: a lead-in (…应符合下列条件：) over its items, a branch by
        kind, or a leaf read sentence by sentence.  ``force`` reads an article as a lead-in."""
        own = _Own.of(node)
        kids = [c for c in node.children if c.role in ("condition", None) and (c.text or c.heading)]
        if force:
            kids = [c for c in node.children if c.role == "condition"]
        if _is_exemption(own.text) and not re.search(r"[。；;].", own.text.rstrip("。；; ")):
            exemptions.append(self._exemption(node, own, 0, len(own.text)))
            return None
        if own.text.lstrip().startswith(F.PREFERENCE):
            preferences.append(Condition(node.id, own.span(0, len(own.text)), own.text))
            return None
        if any(w in own.text for w in F.EXCLUSION):
            return None  # read with the exclusions
        if kids and (force or own.text.rstrip().endswith(("：", ":", "条件", "之一"))):
            items = []
            head = _lead_in(own.text)
            if head:  # 县（市、区）应为国家知识产权示范城市…，且符合下列条件之一：the lead-in is a condition too
                items += self._conditions(node, own, 0, head)
            inner = []
            for kid in kids:
                part = self._node_logic(kid, exemptions, preferences)
                if part is not None:
                    inner.append(part)
            op = "any" if any(w in own.text for w in F.ANY_OF) else "all"
            body = Logic(op, tuple(inner), node.id, node.span)
            kinds = _kinds(own.text) if _branches(own.text) else ()
            items.append(body)
            logic = Logic("all", tuple(items), node.id, node.span) if len(items) > 1 else body
            return Logic(logic.op, logic.items, node.id, node.span, kinds) if kinds else logic
        parts = self._sentences(node, own, exemptions, preferences)
        for kid in kids:
            parts += self._sentences(kid, _Own.of(kid), exemptions, preferences)
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Logic("all", tuple(parts), node.id, node.span)

    def _sentences(self, node: Node, own: _Own, exemptions: list, preferences: list) -> list:
        """The conditions of a node's sentences; exemption and preference sentences go to their lists."""
        parts = []
        for sentence in re.finditer(r"[^。；;]+[。；;]?", own.text):
            if _is_exemption(sentence.group()):
                exemptions.append(self._exemption(node, own, *sentence.span()))
            elif any(w in sentence.group() for w in F.PREFERENCE):
                preferences.append(Condition(node.id, own.span(*sentence.span()), sentence.group().strip()))
            elif not any(w in sentence.group() for w in F.EXCLUSION):
                parts += self._conditions(node, own, *sentence.span())
        return parts

    def _conditions(self, node: Node, own: _Own, start: int, end: int) -> list:
        """The conditions in ``own.text[start:end]``, segment by segment (a segment ends at ，；。:);
        a segment that begins with 或 is an alternative to the one before it."""
        found: list = []
        years = None
        for segment in _SEGMENT.finditer(own.text, start, end):
            text = segment.group().strip()
            if not text or any(w in text for w in (*F.EXEMPTION, *F.HALVED)):
                continue
            if re.match(F.TIME_QUALIFIER, text):
                years = _years(text) or years  # 近3年内，申报单位年均…: qualifies what follows
                continue
            a, b = segment.span()
            tests = [self._condition(node, own, x, y, years) for x, y in _split(own.text, a, b)]
            tests = [t for t in tests if t is not None]
            part = Logic("any", tuple(tests), node.id, own.span(a, b)) if len(tests) > 1 else tests[0] if tests else None
            if part is None:
                continue
            if text.startswith(("或者", "或")) and found:  # 正在承担…项目，或者正在开展…研发
                previous = found.pop()
                alternatives = previous.items if isinstance(previous, Logic) and previous.op == "any" else (previous,)
                part = Logic("any", (*alternatives, part), node.id, (_span_start(previous), own.span(a, b)[1]))
            found.append(part)
        return found

    def _condition(self, node: Node, own: _Own, a: int, b: int, years: str | None = None) -> Condition | None:
        text = own.text[a:b].strip()
        if not text:
            return None
        span = own.span(a, b)
        test = self._numeric(node, own, a, b, years) or self._boolean(text) or self._holding(text)
        return Condition(node.id, span, text, test)

    def _numeric(self, node: Node, own: _Own, a: int, b: int, years: str | None = None) -> Test | None:
        """A threshold clause inside the segment and the fact the words before it name."""
        span = own.span(a, b)
        for placed in node.clauses:
            c = placed.clause
            if c.type in ("date",) or c.relative or (c.min is None and c.max is None):
                continue
            if not (span[0] <= placed.span[0] and placed.span[1] <= span[1]) or c.value is not None and c.type == "duration":
                continue
            before = own.text[a:_index(own, placed.span[0], a, b)]
            fact = _fact(before, c.type, c.unit)
            if fact is None:
                continue
            if c.min is not None:
                op, value = (">=" if c.min_inclusive else ">"), c.min
            else:
                op, value = ("<=" if c.max_inclusive else "<"), c.max
            return Test(fact, op, value, F.FACTS[fact].unit, placed.id, _years(own.text[a:b], years))
        return None

    @staticmethod
    def _boolean(text: str) -> Test | None:
        if text.startswith(("无", "没有", "未")) and any(w in text for w in F.FACTS["dishonest"].phrasings):
            return Test("dishonest", "==", False)
        if any(w in text for w in F.FACTS["legal_person"].phrasings):
            return Test("legal_person", "==", True)
        return None

    @staticmethod
    def _holding(text: str) -> Test | None:
        """被认定为…/入选…/获得… a title or award polc knows: ``titles has […]``."""
        for name, table in (("titles", F.TITLES), ("awards", F.AWARDS)):
            held = tuple(t for t in table if F.plain_name(t) in F.plain_name(text))
            if held:
                return Test(name, "has", held)
        return None

    def _exemption(self, node: Node, own: _Own, a: int, b: int) -> Exemption:
        text = own.text[a:b].strip()
        holders = tuple(t for t in (*F.TITLES, *F.AWARDS) if F.plain_name(t) in F.plain_name(text))
        halved = any(w in text for w in F.HALVED)
        lifted = tuple(name for name, fact in F.FACTS.items() if any(p in text for p in fact.phrasings))
        if halved and not lifted and "专利" in text:
            lifted = ("valid_patents", "invention_patents")
        return Exemption(node.id, own.span(a, b), text, holders, lifted, "halve" if halved else "lift")

    def _exclusions(self, nodes: list[Node], title: str) -> Iterator[Condition]:
        for node in _walk(nodes):
            own = _Own.of(node)
            for sentence in re.finditer(r"[^。；;]+", own.text):
                text = sentence.group()
                if not any(w in text for w in F.EXCLUSION):
                    continue
                span = own.span(*sentence.span())
                held = _UNDERTAKING.search(text)
                what = (held.group("what") or held.group("held")) if held else ""
                if held and any(w in what for w in F.THIS_PROGRAMME):
                    yield Condition(node.id, span, text.strip(), Test("undertaking", "has", (title,)))
                elif held:
                    yield Condition(node.id, span, text.strip(), Test("undertaking", "has", (what,)))
                else:
                    yield Condition(node.id, span, text.strip())


# --- helpers ------------------------------------------------------------------------------------

_EVENT = re.compile(r"对(?:于)?(?P<event>[^，,。；;]{2,40}?)的(?:单位|企业|个人|单位和个人|申请单位)?[，,]?")
_UNDERTAKING = re.compile(f"(?:{'|'.join(F.UNDERTAKING_WORDS)})(?P<what>[^，,。；;（(]{{1,40}}?项目)"
                          f"|(?P<held>[^，,。；;（(的]{{2,40}}?项目)承担单位")


def _kinds(text: str) -> tuple[str, ...]:
    found = []
    rest = text
    for kind, words in F.KINDS.items():
        for word in sorted(words, key=len, reverse=True):
            if word in rest:
                found.append(kind)
                rest = rest.replace(word, "\0")
                break
    return tuple(sorted(set(found), key=list(F.KINDS).index))


def _branches(text: str) -> bool:
    """申报主体是企业的，应满足以下条件 / 申报创建…的园区应符合下列条件: a branch by kind."""
    return any(w in text for w in F.BRANCH_HEAD) or bool(re.search(r"的[^，,；;]{0,12}(?:应符合|应满足|应为)", text))


def _lead_in(text: str) -> int:
    """Where a lead-in's own condition ends: 县（市、区）应为国家知识产权示范城市…，且符合下列条件之一 → before 且."""
    m = re.search(r"[，,]且(?:应)?(?:符合|满足)下列", text)
    return m.start() if m else 0


def _split(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A segment cut at 或 when both sides name a number (不少于100件或有效发明专利数量不少于50件) or a
    new predicate follows (…地区或被评为国家知识产权示范城市), not inside a noun (国家或省部级)."""
    cuts = [m for m in _OR.finditer(text, a, b)
            if re.search(r"\d", text[a:m.start()]) and re.search(r"\d", text[m.end():b])
            or text.startswith(F.OR_STARTS, m.end()) and m.start() - a >= 4]
    if not cuts:
        return [(a, b)]
    bounds = [a, *[x for m in cuts for x in (m.start(), m.end())], b]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def _index(own: _Own, source_offset: int, a: int, b: int) -> int:
    """Where in ``own.text[a:b]`` the source offset falls (offsets rise with the text)."""
    return bisect_left(own.offsets, source_offset, a, b)


def _fact(before: str, clause_type: str, unit: str | None) -> str | None:
    """The fact the words before a threshold name, of the threshold's kind and unit: the phrasing
    that ends nearest the number wins, the longer one on a tie (发明专利授权量 over 专利授权量)."""
    best, key = None, (-1, 0)
    for name, fact in F.FACTS.items():
        if fact.kind != "number" or not _unit_fits(fact.unit, clause_type, unit):
            continue
        for phrase in fact.phrasings:
            where = before.rfind(phrase)
            if where >= 0 and (where + len(phrase), len(phrase)) > key:
                best, key = name, (where + len(phrase), len(phrase))
    return best


def _unit_fits(fact_unit: str | None, clause_type: str, unit: str | None) -> bool:
    if clause_type == "money":
        return fact_unit == "CNY"
    if clause_type == "percent":
        return fact_unit == "%"
    return fact_unit == unit or fact_unit == "件" and unit in ("项", "件") or fact_unit == "人" and unit in ("人", "名")


def _years(text: str, default: str | None = None) -> str | None:
    m = re.search(r"近([一二三四五六七八九十两\d]+)年", text)
    average = F.AVERAGE in text
    if m:
        n = int(parse_chinese_number(m.group(1)))
        return f"the yearly average of the last {n} years" if average else f"each of the last {n} years"
    if "上一年度" in text or "上年度" in text:
        return "the last year"
    if average and default and default.startswith("each of"):
        return default.replace("each of", "the yearly average of")
    return default


def _is_exemption(text: str) -> bool:
    return any(w in text for w in F.EXEMPTION) and "限制" in text or any(w in text for w in F.HALVED)


def _parents(nodes: list[Node]) -> dict[str, Node]:
    found: dict[str, Node] = {}
    for node in _walk(nodes):
        for child in node.children:
            found[child.id] = node
    return found


def _span_start(part) -> int:
    return part.span[0]


def _span_of(anchor: Node, nodes: list[Node]) -> Span:
    spans = [n.span for n in nodes] + [anchor.span]
    return (min(s[0] for s in spans), max(s[1] for s in spans))


def _issuer_province(doc: Document) -> str | None:
    names = [i.get("name", "") for i in doc.meta.get("issuer", []) if isinstance(i, dict)]
    for name in names + [doc.title]:
        for province in L.PROVINCES:
            if name.startswith(province):
                return province
    return None

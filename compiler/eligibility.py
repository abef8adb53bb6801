"""Stage — eligibility: who may claim what, as logic over named facts.

``find_programmes(doc)`` reads an annotated document (nodes with their clauses, and its metadata)
and returns its *programmes* — what someone applies for — and its *definitions*.

* A **condition block** is a node headed as one (申报条件, 申请条件, 申领条件, 补贴对象, 发放范围,
  认定条件, 基础条件 …, :data:`facts.BLOCK_HEADING`) or a lead-in (应符合下列条件：).  Blocks under
  the same parent bind one programme together (任城区: 一、发放范围 and 二、申领条件 are one
  subsidy; a guide with four subsidies, each with its own 申请条件, has four); each project type
  under a block (新建项目, 升级项目) is a programme of its own.  A document with no block yields one
  programme per sentence that grants money for an event (对获得中国驰名商标的单位，给予每件20万元奖励),
  open to applicants in the issuer's territory.
* Every part of the text that binds a programme belongs to it: its blocks, the exclusions of the
  document (有下列情形之一的，不予补贴：…, 失信…不得申报) unless they name another project type, and
  the definitions of the terms it uses (本办法所称X，是指在本区注册的…).
* Each condition is read segment by segment by :mod:`conditions` (an ordered rule table): a test of
  a fact of :mod:`facts` (``age <= 35``, ``region in 广州市天河区``, ``profit_tax >= 20000000``), and
  for every word no rule read, a text condition a person must judge — never dropped, never guessed.
  且 needs both halves, 或 either; consecutive 「X的，Y」 sentences with a selector each are tiers.

Every part carries its node id and source span.  ``polc match`` (:mod:`match`) evaluates the logic
against a profile with three-valued logic.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import islice, takewhile
from typing import Callable, Iterator

from . import facts as F
from . import grant_sentence as G
from . import lexicon as L
from . import places as P
from . import conditions
from .conditions import Segment, read_segment
from .model import Condition, Definition, Document, Exemption, Logic, Node, Programme, Span, Test
from .model import walk as _walk
from .numerals import parse_chinese_number


# --- entry -------------------------------------------------------------------------------------


def find_programmes(doc: Document) -> tuple[list[Programme], list[Definition]]:
    """The programmes of an annotated document, in source order, and its definitions (module doc)."""
    reader = _Reader(doc)
    found: list[Programme] = []
    for title, anchor, nodes in _units(doc, reader.index):
        found += reader.programmes(title, anchor, nodes)
    # the measures no condition list covers, and the grants that name the provisions their recipients meet (第四条 对符合
    # 第二条、第三条规定的个人，…给予贴息: bound by those, not by every condition list of the text)
    events = reader.event_grants(skip=reader.covered - reader.granting_by_reference)
    # …and the grant sentences beside a guide's parts are for whom its 支持对象 says (对获评省级数字化车间的企业…)
    events = [_bound_by(e, targets) if (targets := [t for t in reader.targeting if t.span[0] <= e.span[0] and e.span[1] <= t.span[1]])
              else e for e in events]
    found += events + reader.measures(events)
    found.sort(key=lambda p: (p.span[0], -p.span[1]))  # source order, a measure before its grants
    found = _children_tiers(found)
    found = _recognised(found, reader.definitions)
    found = [replace(p, id=f"prog_{k}") for k, p in enumerate(found, 1)]
    found = [_unexcluded(reader.ease_ages(reader.reckon(reader.resolve_areas(reader.bind_period(
        reader.bind_definitions(reader.bind_general(p))))))) for p in found]
    definitions = [replace(d, binds=tuple(p.id for p in found if _uses(p, d.term))) for d in reader.definitions]
    return found, definitions


# --- units: guides and annexes ---------------------------------------------------------------


def _units(doc: Document, index: _Blocks) -> Iterator[tuple[str, Node, list[Node]]]:
    """(title, anchor node, nodes) of every guide: each part of an annex that a guide title opens,
    or the document's body."""
    annexes = [n for n in doc.body if n.kind == "annex"]
    for annex in annexes:
        part: list[Node] = []
        title, anchor = (annex.heading or "").strip(), annex
        for child in annex.children:
            if child.kind == "header" and child.text.strip().endswith(F.GUIDE_TITLE_ENDS):
                if _blocks(part, index):
                    yield title or doc.title, anchor, part
                part, title, anchor = [], child.text.strip(), child
            else:
                part.append(child)
        if _blocks(part, index):
            yield title or doc.title, anchor, part
    body = [n for n in doc.body if n.kind not in ("header", "annex")]
    if body and _blocks(body, index):
        yield doc.title, body[0], body


class _Blocks:
    """Which nodes of one document open condition blocks, each answered once (a node is asked again
    for every unit and programme that holds it, and whether it grants looks at all below it)."""

    def __init__(self) -> None:
        self._block: dict[str, bool] = {}
        self._grants: dict[str, bool] = {}
        self._paid: dict[str, bool] = {}

    def grants_below(self, node: Node) -> bool:
        """The node or one below it grants an amount for an event."""
        if node.id not in self._grants:
            self._grants[node.id] = _grant_node(node) or any(self.grants_below(c) for c in node.children)
        return self._grants[node.id]

    def paid_below(self, node: Node) -> bool:
        """The node or one below it grants an amount to recipients it names (with or without 对)."""
        if node.id not in self._paid:
            self._paid[node.id] = _grant_node(node, subject=True) or any(self.paid_below(c) for c in node.children)
        return self._paid[node.id]

    def is_block(self, node: Node) -> bool:
        if node.id not in self._block:
            self._block[node.id] = _is_block(node, self)
        return self._block[node.id]


def _is_block(node: Node, index: _Blocks) -> bool:
    """A node that opens a condition block: a heading (申报条件, 补贴对象…) or a lead-in (…应符合下列条件：);
    never a list of documents to hand in (身份证复印件, 花名册1份)."""
    if node.children and sum(_material(c.text or c.heading or "") for c in node.children) * 2 > len(node.children):
        return False
    if sum(index.paid_below(c) for c in node.children) >= 2 and not _paying_items(node):
        # a section of measures, each granting its own (二、支持对象和措施：(一)…给予…；(二)…; 二、补贴对象及标准 /
        # （一）进城农民购房补贴 / …进城农民在我区购买新建商品住房的，每套给予1万元购房补贴); not a lead-in whose items
        # each pay (满足以下条件的，可以另行享受补贴：①硕士补贴2万元/套；②…), a block of its own
        return False
    own = _heading(node).strip(" 。：:；;")
    text = (node.text or "").strip()
    if re.search(F.EXCLUSION_WORDS, text) and text.endswith(("：", ":")):
        return False  # 第五条 下列人员不纳入补贴范围：: the lead of exclusions, not of conditions
    if not own and len(text) <= 24 and not re.search(r"[。；;，,]", text.rstrip("：:")):
        own = text.strip(" 。：:")
    if own and len(own) <= 24 and re.search(F.BLOCK_HEADING, own) and not re.search(F.NOT_BLOCK, own) \
            and not (not node.children and re.fullmatch(F.TABLE_HEADER, own.replace(" ", "").replace("\u3000", ""))):
        return True  # (补贴类别　补贴对象　补贴标准: a table's header row, no heading)
    if own and len(own) <= 24 and re.search(F.GRANT_HEADING, own) and not re.search(F.EXCLUSION_WORDS, own) \
            and _unled_conditions(node):
        return True  # 第三条 青年人才购房补贴 / （一）申请时年龄在35周岁以下（含）；（二）…: conditions no lead-in announces
    # 1.补贴对象：2025年…在衡阳市市区企业就业…的离校2年内高校毕业生。: a run-in label, its conditions after the colon
    label = _run_in(text)  # …补贴对象。2025年…的下列人员：
    if not own and label and re.search(F.BLOCK_HEADING, label) and not re.search(F.NOT_BLOCK, label):
        return True
    lead = text or (node.heading or "").strip()  # （二）符合下列要求的社会团体予以保留。 as an item's heading
    opening = lead or (node.children[0].text or "" if node.children else "")  # an article's first paragraph
    if G.PENALTY.search(opening):
        return False  # 有下列行为之一的，…处…罚款: the cases of a penalty, not conditions of a benefit
    return node.role == "condition" and node.kind != "item" and bool(node.children) or \
        bool(re.search(F.CONDITION_LEAD, lead[-100:])) and bool(node.children or lead.endswith(("：", ":")))


def _unled_conditions(node: Node) -> bool:
    """A node under a heading named for what it grants whose children are items, none paying, most stating what the
    applicant must be (申请时年龄在35周岁以下（含）, 具有全日制本科及以上学历…): the grant's conditions, though no lead-in
    (应同时符合下列条件) says so; not a list of measures (1．对…给予…万元) nor of papers."""
    kids = node.children
    if len(kids) < 2 or any(k.kind != "item" for k in kids) or any(_pays(c) for k in kids for n in _walk([k]) for c in n.clauses):
        return False
    if any(k.role == "exclusion" or _material(k.text or "") or G.grant_event(k.text or "", subject=True)
           or _run_in(k.text) or k.heading for k in kids):  # （一）补贴对象。… / （二）补贴标准。…: a guide's parts, read as such
        return False
    read = sum(bool(read_segment(Segment((k.text or "").strip(), (), (), False))[0]) for k in kids)
    return read * 2 > len(kids)


def _material(text: str) -> bool:
    """An item that names a paper to hand in (身份证复印件, 毕业证书、学位证书), not a condition that mentions one
    (毕业5年内（以毕业证书落款日期起算）、购房时年龄35周岁以下的…毕业生)."""
    return bool(re.search(F.MATERIALS, text)) and not re.search(F.CONDITION_SIGNS, text)


_PAID = ("amount", "cap")  # the roles of what a programme pays
_PAYING = ("amount", "cap", "floor", "share")  # …and of any figure of a payment (最低, 各承担50%)


def _paid_roles(node: Node, text: str) -> tuple[str, ...]:
    """The roles of a node's figures that say what is paid: amounts and caps; and every figure under a heading that
    grants (16.给予…生活补贴。…大专生每月500元) or after a grant's colon (给予一次性购房补贴：博士研究生20万元，…)."""
    if re.search(F.GRANT_HEADING, node.heading or "") or re.search(F.GRANT_LIST_LEAD, text):
        return (*_PAID, "figure")
    return _PAID


def _pays(c, roles: tuple[str, ...] = _PAID, types: tuple[str, ...] = ("money", "percent")) -> bool:
    """A clause that states what is paid (an amount or a cap, of money or a rate)."""
    return c.type in types and c.role in roles


def _paying_items(block: Node) -> list[Node]:
    """The items of a block when each pays its own amount (①硕士补贴2万元/套；②中级职称补贴1万元/套), in its own words
    or in its own 补贴标准 (（一）首套购房补贴 / 1．补贴对象… / 3．补贴标准：…1万元).  An item beside them that pays
    nothing ((五)同一套住房…按就高原则享受一项) is not one (the caller reads it as binding each)."""
    kids = [k for k in block.children if k.kind == "item"]
    # (a note after the items that pays nothing — 同一套住房…按照就高原则享受一项 — is read as binding each, like such an item)
    notes = [k for k in block.children if k.kind != "item"]
    if len(kids) < 2 or any(_pays(c, (*_PAID, "figure"), ("money",)) for n in _walk(notes) for c in n.clauses):
        return []
    paid = [k for k in kids if any(_pays(c, (*_PAID, "figure"), ("money",)) for c in k.clauses)]
    if len(paid) == len(kids):
        return kids
    if len(paid) >= 2 and all(G.grant_event(m.group(), subject=True) for k in paid
                              for m in [re.search(r"[^。；;]*\d[^。；;]*", _Own.of(k).text)] if m):
        # （三）首套住房补贴。…无住房，购买…的，按购房款的1%给予补贴 / （四）改善性住房补贴。…仅有1套住房…按…1.5%给予补贴, with
        # （一）补贴对象 and （二）户籍或者社保条件 beside them: each grant its own programme, the items that grant nothing bind each
        return paid
    # (（一）种子企业。…符合下列条件之一：1.…4.… / 种子企业入库后给予2万元一次性培育奖励。: a tier whose last paragraph grants
    # to the tier it names)
    deep = [k for k in kids if any(_pays(c, (*_PAID, "figure"), ("money",)) for n in _walk(k.children) for c in n.clauses)
            and (any(re.match(_PAID_PART, _heading(n) or n.text or "") for n in k.children) or _grants_to_its_tier(k))]
    return deep if len(deep) >= 2 and not paid else []


def _grants_to_its_tier(item: Node) -> bool:
    """（一）种子企业。注册成立…：1.…；2.… / 种子企业入库后给予2万元一次性培育奖励。: the item's last paragraph grants to what the
    item's label names."""
    label = re.match(r"\s*([\u4e00-\u9fff]{2,10})[。：:]", _heading(item) or item.text or "")
    # (the paragraph after the list: the structure may hang it under the list's last item)
    return bool(label) and any(n.kind == "paragraph" and (n.text or "").lstrip().startswith(label.group(1))
                               and any(_pays(c, types=("money",)) for c in n.clauses) for n in _walk(item.children))


def _grant_node(node: Node, subject: bool = False) -> bool:
    """A node with a sentence that grants an amount for an event (对…的，给予…万元); with ``subject``, also one that
    names its recipients first (进城农民在我区购买新建商品住房的，每套给予1万元购房补贴)."""
    if not any(_pays(c, types=("money",)) for c in node.clauses):
        return False
    return any(G.grant_event(m.group(), subject) for m in re.finditer(r"[^。；;]+", _Own.of(node).text))


def _blocks(nodes: list[Node], index: _Blocks, followers: dict | None = None) -> list[Node]:
    """The outermost condition blocks among ``nodes``.  A lead-in with no children of its own
    (满足以下任一学历及年龄条件即可申报：) governs the siblings after it, recorded in ``followers``."""
    found: list[Node] = []
    taken: set[str] = set()

    def visit(ns: list[Node]) -> None:
        for k, n in enumerate(ns):
            if n.id in taken:
                continue
            if index.is_block(n):
                found.append(n)
                # 1.补贴对象：…。 and 【申报主体】在…注册的企业。 have their own text
                run_in = (_run_in(n.text) or n.style == "label" and n.text) and not (n.text or "").rstrip().endswith(("：", ":"))
                if not n.children and followers is not None and not run_in:
                    after = []
                    for m in ns[k + 1:]:
                        if index.is_block(m):
                            break
                        after.append(m)
                    followers[n.id] = after
                    taken.update(m.id for m in after)
            else:
                visit(n.children)
    visit(nodes)
    return found


def _or_else(parts: list, targets: list[Condition], other: Callable[[Condition], Logic]) -> list:
    """``parts`` with each of the ``targets`` conditions (found by identity) made ``target or other(target)``: a limit widened,
    a floor lowered or a case admitted for some."""
    def swap(part):
        if isinstance(part, Logic):
            return replace(part, items=tuple(swap(i) for i in part.items))
        return Logic("any", (part, other(part)), part.node, part.span) if any(part is c for c in targets) else part
    return [swap(p) for p in parts]


def _met_elsewhere(logic: Logic, others: dict[str, Logic]) -> Logic:
    """``logic`` with each condition that says another named grant's conditions are met (符合生活补贴申领条件) made that
    grant's logic."""
    def swap(part):
        if isinstance(part, Logic):
            return replace(part, items=tuple(swap(i) for i in part.items))
        m = _OTHER_GRANT_MET.search(part.text.strip(" 。；;，,")) if part.test is None else None
        return others.get(m.group("name"), part) if m else part
    return swap(logic) if others else logic


def _firm(part):
    """A part with its tests' discretion taken off."""
    if isinstance(part, Logic):
        return replace(part, items=tuple(_firm(i) for i in part.items))
    return replace(part, test=replace(part.test, discretion=False)) if part.test is not None else part


def _widened(home: Node, parents: dict[str, Node], others: list[Node]) -> Node:
    """A group's home, or the article (item) its paragraph opens when nothing of another group is in it: what the part
    pays may stand in the paragraph after (（二）补贴标准 / 每人每月发放600元)."""
    part = home
    while part.kind == "paragraph" and (up := parents.get(part.id)) is not None and up.kind in ("article", "item", "section") \
            and not any(o.id == up.id or o.id.startswith(up.id + "__") for o in others):
        part = up
    return part


def _part_title(node: Node) -> str:
    """A node's heading, or the title line over its children: its text (第四条　共同要求 / （一）…), or when it has none, its
    first paragraph's (第二条　新市民购房补贴 / 申请人须同时满足下列条件：…)."""
    own = _heading(node)
    if own or not node.children:
        return own
    line = (node.text or "").strip() or (node.children[0].text or "").strip()
    return line if len(line) <= 24 and not re.search(r"[。；;，,：:]", line) else ""


def _heading(node: Node) -> str:
    """A node's heading, or a service guide's label (【申请条件】, printed as the item's number)."""
    if not node.heading and node.style == "label" and node.num:
        return node.num.strip("【】 ")
    return node.heading or ""


def _label(node: Node) -> str:
    """A block's heading, or the run-in label its text opens with (补贴对象。2025年…的下列人员：)."""
    own = (_heading(node) or node.text or "").strip(" 。：:")
    run_in = _run_in(node.text) if not _heading(node) else None
    return run_in or own


# The run-in label a block's text opens with (1.补贴对象：2025年…, 补贴对象。2025年…的下列人员：).
_RUN_IN = re.compile(r"\s*([^，,。；;：:]{2,12})[：:。]\s*\S")


def _run_in(text: str | None) -> str | None:
    """The run-in label ``text`` opens with, if any: the words before its first colon, with text after it."""
    m = _RUN_IN.match(text or "")
    return m.group(1) if m else None


def _is_heading(node: Node, words: tuple[str, ...]) -> bool:
    """A heading that starts with one of ``words`` — and says no more (资助对象及条件 heads conditions too)."""
    own = (_heading(node) or node.text or "").strip()
    return len(own) <= 12 and own.startswith(words) and not re.search(r"[和及与]\s*(?:条件|要求|标准)", own)


# --- text with offsets ------------------------------------------------------------------------


# A half-width full stop after a CJK character or a closing bracket or quote, before a CJK character, a space, a line end
# or the end: a sentence's end (not 3.5, 1., www.gov.cn).
_CJK_STOP = re.compile(r"(?<=[\u4e00-\u9fff)）\]”」』])\.(?=[\u4e00-\u9fff“「(（ \n]|$)")


@dataclass
class _Own:
    """A node's heading and text as one string, with the source offset of every character."""

    text: str
    offsets: array

    @classmethod
    def of(cls, node: Node) -> _Own:
        """The node's heading and text; a half-width full stop that ends a Chinese sentence (制定本办法.第二条…, 给予…20万元.对…)
        is read as 。 — one character for one, so every offset holds."""
        parts = [(node.heading or "", node.heading_offsets), (node.text or "", node.text_offsets)]
        text, offsets = "", array("i")
        for string, where in parts:
            if string and where is not None and len(where) == len(string):
                text += string
                offsets.extend(where)
        return cls(_CJK_STOP.sub("。", text), offsets)

    def span(self, a: int, b: int) -> Span:
        if not self.offsets or b <= a:
            at = self.offsets[min(a, len(self.offsets) - 1)] if self.offsets else 0
            return (at, at)
        return (self.offsets[a], self.offsets[b - 1] + 1)

    def index(self, source_offset: int, a: int, b: int) -> int:
        return bisect_left(self.offsets, source_offset, a, b)

    @cached_property
    def marks(self) -> list[int]:
        """Where the text's sentences (and 「；」 parts) end, found once."""
        return [m.start() for m in re.finditer("[。；;]", self.text)]

    def full_sentence(self, a: int, b: int) -> str:
        """The sentence to its 。 that holds ``[a, b)``, all its ；-parts."""
        start = max(self.text.rfind("。", 0, a), self.text.rfind("\n", 0, a)) + 1
        ends = [i for i in (self.text.find("。", b), self.text.find("\n", b)) if i >= 0]
        return self.text[start:min(ends) if ends else len(self.text)]

    def sentence(self, a: int, b: int) -> str:
        """The sentence (or 「；」 part) that holds ``[a, b)``."""
        k = bisect_left(self.marks, a)
        j = bisect_left(self.marks, b)
        return self.text[self.marks[k - 1] + 1 if k else 0: self.marks[j] if j < len(self.marks) else len(self.text)]


# A sentence, or a case after a comma that asks its figure with no comma of its own (…以上的企业不低于2%，5亿元以下的企业
# 不低于3%): each is read by itself, so the second case is a tier too.
_SENTENCE_OR_CASE = re.compile(r"[^。；;]+?(?:[。；;]|[，,](?=[^，,。；;：:]{2,40}?的(?:企业|单位|人员|人才|家庭)"
                               r"(?:比例|占比)?(?:不低于|不少于|不高于|不超过|达到))|$)")


# A talent class named with the limits it is spared (经…认定的A类、B类、C类高层次人才，不受学历和年龄限制).
_CLASSES_SPARED = re.compile(rf"\s*{F.TALENT_CLASS}(?=[，,]?(?:可)?不受)")
# …在本市无自有住房（A类、B类人才可不受此限）, …，A类、B类人才不受本项限制: the classes spared the condition it follows
_THIS_LIMIT_SPARED = re.compile(rf"[（(，,]\s*(?P<who>{F.TALENT_CLASS})(?:均)?(?:可)?不受(?:此|本项|本条|该项|该条|上述|前述)"
                                r"(?:条件)?限(?:制)?[）)]?[。；;]?\s*$")
_CLASS_LIFTED = re.compile(rf"[^，,。；;]*?{F.TALENT_CLASS}[^，,。；;]*?(?=[，,](?:可)?不受)")


# What may stand before a period's last day with nothing said about it (2025年6月1日起至…): the days.
_DAYS_BEFORE = r"[\s　：:\d年月日（）()含不起自从至到—\-－~～]*"


# A segment ends at ，；。 or a colon (not 1:2, not the thousands comma of 5,000); a bracketed remark
# stays inside its segment.
_SEGMENT = re.compile(rf"(?:[^，,；;。：:（(]|[（(][^）)]*[）)]?|:(?=\d)|{F.THOUSANDS_COMMA})+")
_AND = re.compile(r"[，,]?(?:并且|而且|且|(?<![合共])同时)(?!满足|符合|具备)")  # 签订合同时: not 同时
_OR = re.compile(r"或者|或")
_GROUPS_AND = re.compile(r"以及")
# 3．补贴标准：…, 奖励金额：…: the part of an item that says what it pays
_PAID_PART = re.compile(r"\s*(?:\d+[．.、]|[（(][一二三四五六七八九十\d]+[）)])?\s*(?:补贴|补助|奖励|资助|扶持)(?:标准|金额|额度|方式)")
_PROJECT_TYPE = re.compile("^(?:" + "|".join(F.PROJECT_TYPES) + r")(?:类)?(?:项目)?[：:。]?$")


# --- the reader ---------------------------------------------------------------------------------


class _Reader:
    """Reads the programmes of one document; created per document."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.index = _Blocks()  # which nodes open condition blocks, each asked once
        self._owns: dict[str, _Own] = {}  # each node's text with offsets, built once
        self.deadline_names: dict[str, str | None] = {}  # a deadline clause → the grant its sentence names
        self._starts: dict[str, tuple[list[int], list[int]]] = {}  # each node's clause starts, sorted
        self._quiet: dict[str, list[tuple[int, int]]] = {}  # each node's sentences that ask nothing
        self._excluding_spans: dict[tuple[str, bool], list[Span]] = {}  # each node's excluding sentences
        self._excluded: dict[str, list[Condition]] = {}  # each node's exclusions
        # an exclusion's own exception (…工作的人员（A类、B类人才除外）): (node, span) → whom it spares, as an exemption
        self.excepted: dict[tuple[str, Span], Exemption] = {}
        issuers = [i.name for i in doc.meta.issuer] if doc.meta else []
        self.chain = tuple(P.territory(issuers + [doc.title]))
        zoned = None if self.chain else P.zone_territory(issuers + [doc.title])
        # 宝鸡高新技术产业开发区管理委员会: a zone of a city, which the divisions table does not place
        self.chain, self.zone = (tuple(zoned[0]), zoned[1]) if zoned else (self.chain or _named_most(doc), None)
        self.national = bool(doc.meta) and doc.meta.level.value == "national"
        self.person = bool(re.search(F.PERSON_TITLE, doc.title))
        self.followers: dict[str, list[Node]] = {}  # a childless lead-in's items: the siblings after it
        self.covered: set[str] = set()  # nodes read by a programme of condition blocks
        # 一、支持对象 over a guide's parts: the groups that only say who is targeted, binding the grants of their unit
        self.targeting: list[Programme] = []
        # a node whose grant sentences are each a programme, bound by the guide around them (its blocks)
        self.binders: dict[str, Programme] = {}
        self.named_group: set[str] = set()  # grant nodes whose binder is the group their label names (新市民：…)
        self.raised: set[str] = set()  # nodes that raise a grant for some (其中，…的，补贴标准提高至8000元)
        self.quantity_tiered: set[str] = set()  # nodes whose quantity picks the amount, row by row (面积≧144m2补贴5万元,…)
        self.guides: dict[tuple[str, str], Programme] = {}  # (node, title) of a bound grant → the guide that binds it
        self._leads: dict[str, str] = {}  # each programme node's lead, read once
        self._referring: set[str] = set()  # the provisions whose conditions are being read for a reference to them
        self._provisions: dict[tuple[str, ...], list[Logic]] = {}  # the conditions of the provisions cited, read once
        self._tiers: dict[str, str | None] = {}  # each node's fact its parent's lead tiers grants by, read once
        self._terms: tuple[str, ...] = ()  # none while the definitions are being read
        self.definitions: list[Definition] = []  # (none while they are read: a definition listing groups attaches none)
        self.definitions = list(self._definitions())
        # the terms whose definitions bind whoever they name: a use of one asks what the definition asks (read_segment)
        self._terms = tuple(dict.fromkeys(t for d in self._bindable if len(t := d.term.strip("“”\"")) >= 2))

    @cached_property
    def nodes(self) -> dict[str, Node]:
        return {n.id: n for n in _walk(self.doc.body)}

    def own(self, node: Node) -> _Own:
        """The node's heading and text with their offsets (built once per node)."""
        if node.id not in self._owns:
            self._owns[node.id] = _Own.of(node)
        return self._owns[node.id]

    @cached_property
    def parent_of(self) -> dict[str, Node]:
        return _parents(self.doc.body)

    @cached_property
    def deadline(self) -> str | None:
        """The document's first deadline clause, looked for only when a programme needs it."""
        general = [n for n in _walk(self.doc.body) if not any(_pays(c) for c in n.clauses)]
        return next((d for n in general for d in self._deadlines([n], deep=False)
                     if self.deadline_names.get(d) is None), None)  # not another grant's (岗位补贴每年…受理)

    def _deadlines(self, nodes: list[Node], deep: bool = True) -> Iterator[str]:
        """The deadlines to apply by among ``nodes``: a deadline clause in a sentence about applying
        (申报购房补贴截止时间为2024年6月30日, 于2026年9月30日前完成项目申报), not any date with 前."""
        for n in _walk(nodes) if deep else nodes:
            for c in n.clauses:
                period = c.type == "date" and c.max is not None and c.min is not None  # 申请时间：8月11日至8月22日
                if c.role != "deadline" and not period:
                    continue
                own = self.own(n)
                at = own.index(c.span[0], 0, len(own.text))
                end = own.index(c.span[1] - 1, 0, len(own.text)) + 1
                if re.match(r"\s*(?:起|开始)", own.text[end:end + 3]):
                    continue  # 2025年6月1日起至2026年3月31日止: the first day, not the last
                if re.match(r"\s*(?:度)?(?:的)?(?:申报|申请|申领|受理|报名)(?:时间|期限|日期|期间|时段)", own.text[end:end + 10]):
                    continue  # 2025年度申领时间为2025年3月1日至…: the year the period is for, the period follows
                if re.search(r"[（(](?:如|例如|比如|举例)[^（()）]*$", own.text[:at]):
                    continue  # 每季度首月1日至20日受理（如2025年第二季度受理时间为4月1日至4月20日）: an example, no deadline
                start = max(own.text.rfind(m, 0, at) for m in "。；;\n") + 1
                named = re.fullmatch(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?([\u4e00-\u9fff]{2,16}(?:补贴|补助|奖励|资助|奖补))"
                                     r"(?:每年|每年度|于|在)?", own.text[start:at])
                self.deadline_names[c.id] = named.group(1) if named else None  # 岗位补贴每年3月1日至…受理: that grant's
                before = own.text[max(0, at - 16):at]
                if re.fullmatch(_DAYS_BEFORE, own.text[:at]) and n.style == "label" and _heading(n):
                    before = _heading(n)[-16:] + "："  # 【申报时间】2026年3月1日至2026年4月15日: the label over its text
                elif re.fullmatch(_DAYS_BEFORE, own.text[:at]) and (parent := self.parent_of.get(n.id)) is not None:
                    # 三、申报时间 / 2025年1月1日至2025年3月31日。, 【受理时间】 / …
                    before = (self.own(parent).text or _heading(parent))[-16:] + "："
                if re.search(F.APPLY_UNTIL, own.text[max(0, at - 48):at]):
                    yield c.id  # 申报时间为…网签备案之日起至2026年3月31日止
                elif period and c.role != "deadline":
                    if re.search(F.APPLY_PERIOD, before) or re.match(F.APPLY_IN_PERIOD, own.text[end:end + 30]):
                        yield c.id
                elif re.search(F.APPLY_BY_BEFORE, before) or re.match(F.APPLY_BY_AFTER, own.text[end:end + 16]):
                    yield c.id

    # programmes -----------------------------------------------------------------------------

    def programmes(self, title: str, anchor: Node, nodes: list[Node]) -> list[Programme]:
        """One programme per group of blocks under one parent, one per project type in a block."""
        parents = _parents(nodes)
        blocks = _blocks(nodes, self.index, self.followers)
        groups: dict[str, list[Node]] = {}
        for block in blocks:
            home = parents.get(block.id)
            groups.setdefault(home.id if home is not None else "", []).append(block)
        by_id = {n.id: n for n in _walk(nodes)}
        named = self._split_parts(groups, by_id, nodes)
        found = []
        homes = {key: by_id.get(key) for key in groups}
        in_homes = {n.id for h in homes.values() if h is not None for n in _walk([h])}
        # a measures document with one condition list among grants of its own (若干措施 whose 第五条 has
        # 申报条件): the list binds its item only, and the other grants are programmes of their own
        # (a 细则 whose 第四条 申请研发投入奖补的企业，应同时符合下列条件 grants nothing itself: the conditions of the grants
        # after it, not one measure's)
        narrow = all(h is not None for h in homes.values()) and any(
            n.id not in in_homes and self._grants(n) for n in _walk(nodes)) \
            and (bool(re.search(F.MEASURES_TITLE, title))
                 or any(self._grants(n) or self.index.paid_below(n) for h in homes.values() for n in _walk([h]))
                 or not any(re.match(_APPLYING_LEAD, self.own(b).text) for b in blocks))
        many = len(groups) > 1 or narrow
        # 第一章 认定条件 / 第二章 奖励政策 / 第六条 对经认定的总部企业，给予…: a recognition's conditions bind what it
        # recognises, and each grant to the recognised is a programme of its own (bound to them by _recognised)
        in_blocks = {n.id for n in _walk(blocks)}
        recognising = not many and bool(blocks) and all(re.search(F.RECOGNITION_BLOCK, _heading(b) or self.own(b).text[:40])
                                                        for b in blocks) \
            and any(n.id not in in_blocks and self._grants(n) and re.search(F.TO_THE_RECOGNISED, self.own(n).text)
                    for n in _walk(nodes))
        # 第一条 补助对象 … 第二条 补助范围和标准: a group that only says who is targeted, and pays
        # nothing, binds the groups that pay rather than standing as a programme of its own
        targets = {key for key, members in groups.items() if len(groups) > 1
                   and all(re.search(F.TARGET_HEADING, _label(b)) or re.search(F.COMMON_LEAD, self.own(b).text)
                           or _is_heading(b, F.APPLICANT_HEADINGS) for b in members)
                   and not any(_pays(c) for n in _walk([homes[key]] if homes[key] is not None else members)
                               for c in n.clauses)
                   # 三、灵活就业社会保险补贴 / 补贴对象：… / 补贴标准：按…的2/3给予补贴: a part that says what it pays is a
                   # programme of its own, whether or not its figure is read as an amount
                   and not (homes[key] is not None and any(re.match(r"\s*(?:补贴|补助|奖励|资助|扶持|支持)(?:标准|金额|额度)",
                                                                     _heading(n) or n.text or "")
                                                            for n in _walk([homes[key]])))}
        if targets == set(groups):
            targets = set()
        bound: list[Programme] = []
        named_logic: dict[str, Logic] = {}
        for key, members in groups.items():
            home = homes[key]
            # 一、…（三）申报时间。… / 三、…: the window a part gives is that part's, not its siblings'
            other_parts = {n.id for k, h in homes.items() if k != key and h is not None for n in _walk([h])}
            elsewhere = other_parts if many else set()
            scope = home.children if home is not None and many else members if recognising else nodes
            local = [home] if home is not None and many else members if recognising else nodes
            # the one block whose items each pay their own amount (补贴对象：(一)农村户籍…5万元；(二)非本市户籍…3万元)
            payers = [b for b in members if _paying_items(b)]
            payer = payers[0] if len(payers) == 1 else None
            paying = _paying_items(payer) if payer is not None else []
            # (a part that only says who is targeted covers its own blocks: the grants elsewhere in the text are read on)
            self.covered |= {n.id for n in _walk(members if paying or key in targets else local)}
            name = title
            if many and home is not None and (label := named[home.id][0] if home.id in named
                                              else (_part_title(home) or home.text or "").strip().rstrip("。：:")):
                name = f"{title}（{label[:30]}）"
            applicants = self._applicants(scope, members)
            exclusions = tuple(self._exclusions(nodes, [homes[k] for k in groups if k != key and homes[k] is not None]))
            types = [n for b in members for n in b.children
                     if _PROJECT_TYPE.match((n.heading or n.text or "").strip()) and n.children]
            # applicant headings (申报主体) are read as applicants, the other blocks as conditions
            conditions = [b for b in members if not _is_heading(b, F.APPLICANT_HEADINGS)] or members
            if types:
                for t in types:
                    label = (t.heading or t.text).strip().rstrip("：:")
                    logic, exemptions, preferences = self._logic(conditions, t, types)
                    own = tuple(e for e in exclusions if _for_type(e.text, label))
                    found.append(self._programme(f"{name}（{label}）", t, scope if home is not None else nodes,
                                                 applicants, logic, exemptions, own, preferences, nodes, elsewhere))
                continue
            if paying:  # 满足以下条件的，可以另行享受补贴：①…补贴2万元/套；②…: each item a programme of its own
                lead, exemptions, preferences = self._lead_logic(payer)
                others = [b for b in conditions if b is not payer]  # 申请条件 beside the items bind each of them
                common = self._logic(others, None, [])[0].items if others else ()
                # an item beside the paying ones binds each of them too ((五)…按就高原则享受一项: asks nothing)
                common += tuple(p for k in payer.children if k not in paying
                                for p in [self._node_logic(k, exemptions, preferences)] if p is not None)
                for kid in paying:
                    part = self._node_logic(kid, exemptions, preferences)
                    logic = Logic("all", tuple(p for p in (*lead, part, *common) if p is not None), kid.id, kid.span)
                    label = self.own(kid).text.strip()[:30].rstrip("：:，,；;。")
                    found.append(self._programme(f"{name}（{label}）", kid, [kid], applicants, logic, exemptions,
                                                 exclusions, preferences, nodes, elsewhere))
                continue
            logic, exemptions, preferences = self._logic(conditions, None, [])
            taken = {n.id for b in blocks for n in _walk([b])} | other_parts
            taken |= {n.id for b in members for n in _walk(self.followers.get(b.id, []))}  # (and what hangs under them)
            grants = self._grant_events([n for n in _walk(scope) if n.id not in taken])
            common, split = logic, isinstance(grants, Logic) and grants.op == "grants"
            if grants is not None:
                parts = logic.items if logic.op == "all" else (logic,)  # a block of alternatives stays one
                grants = replace(grants, op="any") if split else grants
                logic = Logic("all", (*parts, grants), logic.node, logic.span)
            outside = [n for n in _walk(local) if n.id not in taken]
            exemptions = exemptions + [self._exemption(n, own, *m.span()) for n in outside for own in (self.own(n),)
                                       for m in re.finditer(r"[^。；;]+", own.text) if _is_exemption(m.group())]
            scope_items = self._scope(outside)
            # 第七条 在京口区…工作的人才，所购住房应当位于京口区…范围内；…: what an article beside the lists requires, part of it
            strays = [p for n in outside if self._stray_requirement(n) for p in [self._node_logic(n, [], [])] if p is not None]
            # 第二条 …各类人才补贴标准及年龄要求见下表：/ 人才类别	补贴标准	年龄要求 / A类人才…: a table of what each class must be
            strays += [t for n in outside if n.children for t in [self._required_table(n)] if t is not None]
            if strays:  # (the guide's own logic, and what binds its grants)
                logic, common = (Logic("all", (*(part.items if part.op == "all" else (part,)), *strays), part.node, part.span)
                                 for part in (logic, common))
            if scope_items:
                applicants = Logic("all", (*applicants.items, *scope_items), applicants.node, applicants.span)
            node = members[0] if len(members) == 1 else (home or anchor)
            # 第五条 / 青年人才租房补贴（一）申请条件… / 每人每月发放600元: the part is the article the group's paragraph opens
            part = _widened(home, parents, [h for h in homes.values() if h is not None and h is not home]) \
                if home is not None and many else None
            if key in named:  # 符合生活补贴申领条件，且…: the conditions of the grant named before, its logic
                logic = _met_elsewhere(logic, named_logic)
                named_logic[named[key][0]] = logic
            if key in named and named[key][1] is not None and (asked := self._recipients_of(named[key][1])):
                # (and whom that grant's own sentence pays: 对年营业收入2000万元以下的工业企业，实施技术改造项目的，…)
                logic = Logic("all", (*(logic.items if logic.op == "all" else (logic,)), *asked), logic.node, logic.span)
            wide = named[key][1].span if key in named and named[key][1] is not None \
                else part.span if part is not None and part is not home else None  # (the grant it names is where it is read)
            made = self._programme(name, node, scope if home is not None else nodes, applicants, logic,
                                   exemptions, exclusions, preferences, nodes, elsewhere, wide)
            categories = self._categories(scope, taken, logic) if key not in targets and grants is None else []
            if key in targets:  # whom it targets binds the others — not the grant sentences around, which are theirs
                bound.append(replace(made, logic=common))
            elif categories:
                # 五、基本条件 …（三）符合本指南第六项所列人才类别之一 / 六、认定类别、条件及补贴标准 （二）青年博士。…年龄不超过45周岁（含），
                # 认定后给予每人每月3000元: each category a programme — the base conditions and its own
                base = _without(logic, lambda c: c.test is None and bool(_LISTED_ONE.search(c.text)))
                for kid in categories:
                    own_exemptions = list(exemptions)  # (A、B、C类人才。…不受年龄和学历限制: that category's)
                    part = self._node_logic(kid, own_exemptions, preferences)
                    label = (_heading(kid) or _run_in(kid.text) or "").strip(" 。：:")
                    found.append(self._programme(f"{name}（{label[:30]}）", kid, [kid], applicants,
                                                 Logic("all", tuple(p for p in (base, part) if p is not None), kid.id, kid.span),
                                                 own_exemptions, exclusions, preferences, nodes, elsewhere))
            else:
                found.append(made)
            if key in named and (grant := named[key][1]) is not None:
                for n in _walk([grant]):  # （一）设备投资补助。…按设备投资额分档给予补助: that grant, bound by these conditions
                    self.binders[n.id] = made
                    self.covered.discard(n.id)
            each_paid = self.raised | self.quantity_tiered if key not in targets else set()
            for n in [n for n in _walk(scope) if n.id in each_paid and n.id not in taken]:
                # 符合条件的，给予…5000元。其中，脱贫人口…的，补贴标准提高至8000元: each grant a programme, bound by the guide
                self.binders.setdefault(n.id, replace(made, logic=common))
                self.covered.discard(n.id)
            if split and key not in targets:
                # 申报条件 … 补贴标准：1.…多孩家庭…分别给予3万元、5万元；2.…对烈属家庭…给予12万元: each grant is
                # also a programme of its own (what its recipients are, and the guide's blocks around it)
                binder = replace(made, logic=common)
                for n in {c.node for c in _conditions_of(grants)} | {e.node for e in grants.items}:
                    # 三、补贴标准（一）青年人才：… binds the group 二、补贴对象（一）青年人才。… names, not 新市民's
                    group = self._group_named(common, _run_in(self.own(self.nodes[n]).text))
                    self.binders[n] = binder if group is None else replace(made, logic=group)
                    if group is not None:
                        self.named_group.add(n)
                    self.covered.discard(n)
        self.targeting += bound
        return [_bound_by(p, bound) for p in found] if bound else found

    def _split_parts(self, groups: dict[str, list[Node]], by_id: dict[str, Node], nodes: list[Node]) -> dict:
        """Groups of blocks that are really several programmes, split in place (``groups``): tiers that each list and pay
        their own, and items named for the grants they are the conditions of.  Returns the named ones: item id → (the grant's
        name, the node of that grant elsewhere in the text, or None)."""
        for key, members in list(groups.items()):
            # 二、入库条件及培育支持 / （一）种子企业。…符合下列条件之一：… 种子企业入库后给予2万元… / （二）瞪羚企业。…: tiers that
            # each list their conditions and pay their own — each its own part, not one list of all
            home = by_id.get(key)
            if home is not None and len(members) >= 2 \
                    and {m.id for m in members} <= {k.id for k in _paying_items(home) if _grants_to_its_tier(k)}:
                del groups[key]
                groups.update({m.id: [m] for m in members})
        named: dict[str, tuple[str, Node | None]] = {}
        for key, members in list(groups.items()):
            # 二、申报条件 / （一）申报设备投资补助的企业，应同时具备以下条件：… / （二）申报小微工业企业技改补助的企业，应为…: the
            # conditions of each grant the text names — each its own part, bound to that grant (not one list of all)
            # (…/ （一）生活补贴。同时符合下列条件的人员，可申领生活补贴：… / （二）安家补贴。…: items named for their grants)
            # (一、适用范围 beside 三、申办条件 / （一）技能人才入户条件 / （二）留学人员入户条件: the blocks beside bind each)
            for member in members:
                items = [k for k in member.children if k.kind == "item"]
                found = [self._grant_named(k) for k in items]
                names = [f[0] if f else None for f in found]
                # (blocks beside the list bind each part only when every item names its grant by whom or how it pays)
                if len(items) >= 2 and all(names) and len(set(names)) == len(names) \
                        and (len(members) == 1 or all(f[1] for f in found)):
                    del groups[key]
                    others = [m for m in members if m is not member]
                    for k, name in zip(items, names):
                        groups[k.id] = [k, *others]
                        grant = next((n for n in _walk(nodes) if n.id != k.id and not n.id.startswith(member.id + "__")
                                      and n is not member and _part_title(n).rstrip("。：: ").endswith(name)), None)
                        named[k.id] = (name, grant)
                    break
        return named

    def _grant_named(self, item: Node) -> tuple[str, bool] | None:
        """The grant an item of a condition list is for, by name, and whether the item names it by whom or how it pays
        (the heading of its targets, the standard it is paid by) rather than as a lead or a grant heading."""
        own = self.own(item).text
        label = (_heading(item) or "").strip(" 。：:")
        if m := _NAMED_APPLYING.match(own):  # （一）申报设备投资补助的企业，应…
            return m.group("name"), bool(_GRANT_TARGETS.match(label) or _PAID_BY_STANDARD.search(own))
        if label and re.search(F.GRANT_HEADING, label):  # （一）生活补贴。同时符合下列条件的人员…
            return label, bool(_GRANT_TARGETS.match(label) or _PAID_BY_STANDARD.search(own))
        if m := _GRANT_TARGETS.match(label):  # （一）生活补贴对象, 技能人才入户条件
            return m.group("name"), True
        if m := _PAID_BY_STANDARD.search(own):  # （一）首套住房购房人。…的，按首套住房标准给予补贴
            return m.group("name"), True
        return None

    def _categories(self, scope: list[Node], taken: set[str], logic: Logic) -> list[Node]:
        """The items of a part beside a guide's blocks that each name a category, ask what it must be and pay it its own
        (六、认定类别、条件及补贴标准 / （二）青年博士。具有全日制博士研究生学历，…认定后给予每人每月3000元) — when the blocks
        refer to that list (符合本指南第六项所列人才类别之一) or the part's heading says it holds categories."""
        referred = any(c.test is None and _LISTED_ONE.search(c.text) for c in _conditions_of(logic))
        for n in _walk(scope):
            if n.id in taken:
                continue
            items = _paying_items(n)
            if len(items) >= 2 and all(_heading(k) or _run_in(k.text) for k in items) \
                    and (referred or re.search(_CATEGORY_HEADING, _heading(n))):
                return items
        return []

    def _programme(self, title: str, node: Node, scope: list[Node], applicants: Logic, logic: Logic,
                   exemptions: list, exclusions: tuple, preferences: list, guide: list[Node] = (),
                   elsewhere: set[str] = frozenset(), span: Span | None = None) -> Programme:
        """``elsewhere``: the nodes of a guide's other parts, whose deadlines are theirs, not this programme's; ``span``:
        the part it stands for, when wider than its nodes."""
        benefits = tuple(c.id for n in _walk(scope) for c in n.clauses if _pays(c))
        general = self.deadline if self.deadline is None or self.deadline.rsplit("__clause_", 1)[0] not in elsewhere else None
        deadline = next((d for where in (scope, guide) for d in self._deadlines(where)
                         if d.rsplit("__clause_", 1)[0] not in elsewhere
                         and (self.deadline_names.get(d) is None or self.deadline_names[d] in title)), None) or general
        applicants = self._local(node, applicants, logic)
        # (…工作的人员（A类、B类人才除外）: an exclusion's exception spares them of it)
        exemptions = list(dict.fromkeys([*exemptions, *(self.excepted[key] for e in exclusions
                                                        if (key := (e.node, e.span)) in self.excepted)]))
        return Programme("", node.id, title, span or _span_of(node, scope), applicants, logic, tuple(exemptions), exclusions,
                         tuple(preferences), benefits, deadline)

    def bind_period(self, p: Programme) -> Programme:
        """A programme for buying a home that names no purchase period of its own (its title says a purchase,
        多子女家庭购房补贴, or a condition asks about the home) is bound by the period the text gives for all."""
        if not self._period_window:
            return p
        facts = {c.test.fact for part in (p.applicants, p.logic) for c in _conditions_of(part) if c.test}
        if "home_purchased" in facts or not (facts & set(F.HOME_FACTS) or re.search(F.PURCHASE_EVENT, p.title)):
            return p
        return replace(p, applicants=Logic("all", (*p.applicants.items, *self._period_window), p.applicants.node,
                                           p.applicants.span))

    def _local(self, node: Node, applicants: Logic, logic: Logic) -> Logic:
        """A local guide that names no place of its own (申请人在我市无商品住房) is for applicants of its
        territory: a person who works or lives there, has a home or a 户籍 there; an organisation
        registered there."""
        if not self.chain or self.national or self._names_place_inside([applicants, logic]):
            return applicants
        kinds = {v for c in _conditions_of(applicants) if c.test and c.test.fact == "kind" for v in c.test.value}
        own = self.own(node)
        part = self._in_territory(node.id, own.span(0, len(own.text)), own.text, self._personal(kinds, own.text))
        return Logic("all", (*applicants.items, part), applicants.node, applicants.span)

    def _personal(self, kinds, text: str) -> bool:
        """The applicant is a person: the kinds named say so, or none is named in a text for persons or
        about buying homes (购买90-144平方米新建商品住房的: the buyer)."""
        return "individual" in kinds or not kinds and (self.person or self._about_homes(text))

    def _in_territory(self, node_id: str, span: Span, text: str, person: bool):
        """In the document's territory: an organisation registered there; a person who works or lives
        there or has a 户籍 there; for a purchase subsidy, a home bought there, wherever the buyer is."""
        place = (self.territory,)
        home = (f"{self.territory}（{self._title_area}）",) if self._title_area and not self.zone else place
        if re.search(F.PURCHASE_EVENT, text):  # 购买新建商品住房的: the home is in the territory, whoever buys it
            return Condition(node_id, span, text, Test("home_region", "in", home))
        facts = ("region", "home_region")[: 1 + self._about_homes(text)] + (("hukou",) if person else ())
        if len(facts) == 1:
            return Condition(node_id, span, text, Test("region", "in", place))
        return Logic("any", tuple(Condition(node_id, span, text, Test(fact, "in", home if fact == "home_region" else place))
                                  for fact in facts), node_id, span)

    @cached_property
    def _title_area(self) -> str | None:
        """中心城区购房补贴申报办事指南 of 孝感市: the area of the document's city its title says the homes are
        in (a county's 城区 is streets the profile cannot name: none)."""
        m = re.search("|".join(P.AREAS), self.doc.title)
        return m.group() if m and self.chain and self.chain[-1][1] == "city" and m.group() != "县域" else None

    def _grants(self, node: Node) -> bool:
        return _grant_node(node)

    def _lead_of(self, node: Node) -> Node | None:
        """The node whose text leads the items ``node`` is one of: the parent's own text, or — when the parent has none
        (（二）规上企业营收奖励 / 对…的企业，按以下标准给予奖励： / 1.…) — the paragraph before the items that ends in ：."""
        parent = self.parent_of.get(node.id)
        if parent is None or (parent.text or "").strip():
            return parent
        return next((k for k in parent.children if k.kind != "item" and self.own(k).text.rstrip().endswith(("：", ":"))),
                    parent)

    def _tiered_by(self, node: Node) -> str | None:
        """按企业2025年度在高要区实际缴纳税收分档奖励：（一）…: the fact the parent's lead tiers its grants by (read once
        per node: each sentence of the node asks)."""
        if node.id not in self._tiers:
            lead = self._lead_of(node)
            m = _TIERED_LEAD.search(self.own(lead).text) if lead is not None else None
            self._tiers[node.id] = conditions.fact_named(m.group("what")) if m and m.group("what") else None
        return self._tiers[node.id]

    def _tier_case(self, node: Node, sentence: str) -> tuple[int, int] | None:
        """（一）500万元（含）至1000万元的奖励10万元 under 按…实际缴纳税收分档奖励：: the case, a tier of the lead's fact."""
        m = G.CASE_PAID.match(sentence)
        return m.span("case") if m and self._tiered_by(node) is not None else None

    def _parent_recipients(self, node: Node) -> list:
        """对规上工业企业按上年度营业收入和纳税总额分档给予奖励：（一）…的，奖励20万元: the recipients the parent's lead
        names bind each item that grants under it (what a fact decides)."""
        parent = self._lead_of(node)
        if parent is None:
            return []
        own = self.own(parent)
        m = re.match(r"\s*(?:[^，,。；;：:.]{2,16}[。.])?对(?P<who>[^，,。；;：:]{2,60}?)(?:[，,])?(?:按|分档|分别|根据|依据)[^。；;]{0,30}?"
                     r"(?:给予|予以)[^。；;：:]{0,12}[：:]\s*$", own.text)  # (高新技术企业研发后补助.)对有效期内的…，按…：
        # (…，按以下标准给予奖励：) — or without 对: 2024年1月1日（含）以后在本市新注册成立的会展企业，注册资本不低于500万元的，
        # 按以下标准给予一次性落户奖励：
        m = m or re.match(rf"\s*(?P<who>(?:[^。；;：:]|{F.THOUSANDS_COMMA}){{4,80}}?的)[，,]\s*(?:按|根据|依据)(?:照)?(?:以下|下列|如下)"
                          r"[^。；;：:]{0,12}?(?:给予|予以)[^。；;：:]{0,12}[：:]\s*$", own.text)
        if not m:
            return []
        return [t for t in map(_decidable, self._conditions(parent, own, m.start("who"), m.end("who"))) if t is not None]

    def event_grants(self, skip: set[str] = frozenset()) -> list[Programme]:
        """对获得中国驰名商标的单位，给予每件20万元奖励: one programme per sentence that grants for an
        event, open to the kinds it names in the issuer's territory; titled by what for and how much.
        A sentence that names its benefit without the amount (…时可申领购房补贴。) takes the amounts
        of its node and of the tiers under it (顶尖人才，按购房总价的50%兑现), which are alternatives."""
        found = []
        # exclusions of the whole text: those of top-level parts that grant nothing themselves
        general = [n for n in self.doc.body if not self.index.grants_below(n)]
        exclusions = tuple(self._exclusions(general, []))
        for node in _walk(self.doc.body):
            if node.id in skip:
                continue
            # 16.给予…生活补贴。…大专生每月500元: under a heading that grants, its figures are the amounts
            paid = _paid_roles(node, node.text or "")
            granted = [c for c in node.clauses if _pays(c, paid)] or self._table_figures(node)
            # (…注册资本不低于500万元的，按以下标准给予一次性落户奖励： with its tiers as the items after it: theirs too)
            led = self._items_led(node) if not node.children and _STANDARDS_AFTER.search(node.text or "") else node.children
            below = [c for k in _walk(led) for c in k.clauses if _pays(c)]
            if not granted and not below and not G.RELIEF.search(node.text or "") \
                    and not re.search(F.BENEFIT_IN_KIND, node.text or "") and not self._unpriced_purchase_grant(node) \
                    and not re.search(rf"{F.ALLOWANCE_GRANT}|{F.FREE_SERVICE}|{F.INTEREST_GRANT}", node.text or ""):
                continue  # most nodes grant nothing: no text to read
            own = self.own(node)
            last = 0  # where the text not yet used by a grant begins
            window = None  # the period the node's purchase subsidies are for, read when a grant needs it
            subject: list = []  # what the last grant that names its recipients asks of them
            referred_grant = None  # the last grant, when the provisions it names bind it
            by_start = sorted(range(len(granted)), key=lambda i: granted[i].span[0])
            starts = [granted[i].span[0] for i in by_start]
            for sentence, row in G.grant_pieces(own.text):
                a, b = own.span(*sentence.span())
                clauses = [granted[i] for i in sorted(by_start[bisect_left(starts, a):bisect_right(starts, b)])
                           if granted[i].span[1] <= b and granted[i].type == "money"]
                if G.PENALTY.search(sentence.group()) or G.STOPPED.search(sentence.group()):
                    last = sentence.end()  # …可以处5万元以下的罚款: a fine, and what came before is its case (…停止发放剩余补贴)
                    continue
                if not clauses and re.search(F.GRANTS_COMBINE, sentence.group()):
                    continue  # 同一企业同时获评的，按就高原则给予奖励，不重复享受: how the grants before combine
                where = row or G.grant_event(sentence.group(), subject=True) or self._tier_case(node, sentence.group())
                if where is None and node.id in self.quantity_tiered and granted and _TIERED_LEAD.search(sentence.group()):
                    where = (0, 0)  # 按…分档给予奖补： over a flattened table: the guide's applicants, nothing more asked here
                beside = where is None and bool(subject) and (group := G.GROUP_PAID.match(sentence.group())) is not None
                if beside:  # …购买首套新建商品住房的，给予每套5万元补贴；全日制本科学历人才给予每套2万元补贴: another group, same event
                    where = group.span("who")
                if where is None and clauses and sentence.start() > last \
                        and (G.GRANT.match(sentence.group().lstrip()) or G.AMOUNTS_ONLY.match(sentence.group().lstrip())):
                    # 毕业5年内…签订劳动合同并依法缴纳社会保险。按每人每月500元给予…补贴: the sentences before
                    where = (last - sentence.start(), 0)
                relief = G.RELIEF.search(sentence.group())
                if not where or not clauses and not re.search(rf"{F.BENEFIT_NOUN}|{F.FREE_SERVICE}", sentence.group()[max(where[1], 0):]) \
                        and not relief:
                    continue
                s, e = sentence.start() + where[0], sentence.start() + where[1]
                if where[0] > 0 and re.fullmatch(F.PERIOD_BEFORE, sentence.group()[:where[0]]):
                    s = sentence.start()  # 2025年5月30日至12月31日期间，对在我市…购房的: the period binds the event
                last = sentence.end()
                text = own.text[s:e]
                items = list(self._conditions(node, own, s, e))
                if node.id in self.quantity_tiered and _AREA_ROW.fullmatch(own.text, s, e):
                    # 1.建筑面积90平方米（含）以下的，按实际缴纳契税的50%给予补贴: that row's programme asks its area — a boundary
                    # written （含） in a row beside it is that row's (2.建筑面积90平方米以上…: above 90, not 90 itself)
                    claimed = self._claimed_bounds(node)
                    items += [Condition(node.id, own.span(s, e), own.text[s:e], _unclaimed(t, claimed))
                              for t in conditions.area_bounds(own.text[s:e])
                              if not any(isinstance(i, Condition) and i.test == t for i in items)]
                items += self._amounts_by_degree(node, own, e, sentence.end())
                if re.search(G.RECIPIENT, text) and not beside:
                    subject = list(items)
                else:  # …农民、大学生…购买的…补贴0.6万元；面积在90平方米以上的，政府每套补贴1万元: the same recipients —
                    # but what this row says of a fact replaces what the last said (硕士研究生…3万元，全日制本科…1.5万元)
                    mine = {c.test.fact for c in _conditions_of(Logic("all", tuple(items))) if c.test}
                    items = _restated(subject, mine, split=beside) + items
                groups = self._listed_groups(node) if re.search(F.GROUP_LEAD, text) else None
                if groups is None and (lead := _STANDARDS_LEAD.search(text)):
                    # …研发费用占营业收入比例达到下列标准的，按研发费用的5%给予奖励：1.营业收入5000万元以下的，…不低于6%；
                    # 2.…: the items after it are what it asks (tiers of one table, or each, or one of them)
                    groups = self._listed_standards(node, text, bool(lead.group("one")))
                    if groups is not None:  # the lead's words (…比例达到下列标准) are the items' to say
                        items = [i for i in items if not (isinstance(i, Condition) and i.test is None
                                                          and _STANDARDS_LEAD.search(i.text))]
                if groups is None and _LISTED_RECIPIENTS.search(text) \
                        and (groups := self._recipients_listed(node, text)) is not None:
                    # 对同时符合下列条件的企业，按其研发费用的5%给予奖励：1.…；2.…: the list is whom it pays (the lead's words say
                    # no more)
                    items = [i for i in items if not (isinstance(i, Condition) and i.test is None and _LISTED_RECIPIENTS.search(i.text))]
                if groups is not None:
                    items.append(groups)  # …购买新建商品住房的下列人员，按…给予补贴：（一）…（二）…: any group will do
                named = G.named_titles(text)
                if named and not any(_decides(i) for i in items):  # 对省级数字化车间、智能工厂: holders of a title
                    items = [Condition(node.id, own.span(s, e), text, Test("titles", "has", named))]
                own_amount = bool(clauses)
                if not clauses:  # the tiers under the sentence choose the amount: any of them (not what it lists)
                    tiers = [p for p in (self._node_logic(k, [], []) for k in led) if p is not None] \
                        if not re.search(F.BENEFIT_LIST_LEAD, own.text.rstrip()) else []
                    if tiers:
                        items.append(tiers[0] if len(tiers) == 1 else Logic("any", tuple(tiers), node.id, node.span))
                    clauses = granted + below
                words = re.sub(r"[\d０-９]+[年月日号]?|[前后起至止]|期间|以来|自|从", "", text)
                if not items and node.id in self.named_group and G.LABELLED.match(sentence.group()):
                    pass  # 新市民：按…给予补贴: who the group is, the guide's item of that name says (its binder)
                elif not items and node.id in self.raised and re.fullmatch(_BASE_RECIPIENTS, text):
                    pass  # 符合条件的，给予…: the conditions are the guide's, which binds it
                elif not items and not text and node.id in self.quantity_tiered:
                    pass  # 按…分档给予奖补：: the guide's applicants, which binds it
                elif not items and (re.search(r"符合|条件|规定|要求", text) or len(re.findall(r"[\u4e00-\u9fff]", words)) < 4):
                    items = [Condition(node.id, own.span(s, e), text)]  # 符合条件的企业: conditions stated elsewhere
                if not any(_decides(i) for i in items) and (fact := self._tiered_by(node)) is not None:
                    items = _bare_tests(node, own, s, e, fact) or items  # 按…实际缴纳税收分档奖励：（一）500万元（含）至1000万元的
                items = self._parent_recipients(node) + items  # 对规上工业企业按…分档给予奖励：（一）…: whom the lead names
                if not any(c.test and c.test.fact == "home_purchased" for c in _conditions_of(Logic("all", tuple(items)))):
                    if window is None:
                        window = self._purchase_window(node, own)  # the node's, once for all its grants
                    items += window
                kinds = F.UNIT_KINDS if re.search(r"的(?:申请)?单位$", text) else _kinds(text)
                # 在安阳市区内购买商品住宅的: a grant that names its place needs no other
                placed = self._names_place_inside(items)
                applicants = self._territory_logic(node, own.span(s, e), text, kinds, placed)
                granted_text = G.grant_text(sentence.group()[e - sentence.start():])
                if not own_amount and granted and not granted[0].id.startswith(f"{node.id}__"):  # (a table flattened after it)
                    granted_text = f"{granted_text.rstrip('：:')}（{'、'.join(c.text for c in granted)}）"
                what = re.sub(r"^其中[，,]|的(?:单位和个人|单位|企业|个人|申请单位|人才|家庭|人员)?$", "", text)
                if (_LISTED_RECIPIENTS.search(text) or _TIERED_LEAD.search(sentence.group()) and len(what) > 24) \
                        and (part := self.parent_of.get(node.id)) is not None and _part_title(part):
                    # （三）研发投入奖励 / 对同时符合下列条件的企业…, （二）成长奖励 / 对…的，给予分档奖励：: the part's name says what for
                    what = _part_title(part)
                title = f"{what}：{granted_text}" if granted_text else what
                if not clauses and (label := _run_in(own.text)) and re.search(F.BENEFIT_NOUN, label):
                    title = label  # 第四条 创业担保贷款贴息。…可申请…贷款，财政按规定给予贴息: no amount — the article's name says what
                span = (min(a, own.span(s, e)[0]), b) if own_amount else node.span
                if groups is not None:
                    span = (span[0], max(span[1], groups.span[1]))
                own_exclusions = tuple(self._exclusions([node], []))  # and its own (…的，不予支持)
                # 第十四条 …被列入严重失信主体名单的企业和单位，不享受本章政策: those of the chapter (or the text) it is in
                own_exclusions += tuple(c for scope, c in self.scoped_exclusions
                                        if (node.id == scope or node.id.startswith(scope + "__") or not scope)
                                        and c not in own_exclusions)
                made = Programme("", node.id, title, span, applicants, Logic("all", tuple(items)),
                                 exclusions=exclusions + own_exclusions, benefits=tuple(c.id for c in clauses),
                                 deadline=next(self._deadlines([node]), None) or self.deadline)
                binder = self.binders.get(node.id)
                if binder is not None and kinds and (required := _kinds_required(binder)) and not set(kinds) & required:
                    binder = None  # 项目投资方…必须…注册…企业 around a grant to graduates: the guide is for others
                referring = self._referred(node, own, s, e)[0] is not None
                if binder is not None and referring:
                    binder = None  # 对符合第五条规定的小微企业…给予贴息: the provisions it names bind it, not the guide's every list
                if referred_grant is not None and re.match(r"\s*其中", sentence.group()) and re.search(F.RAISED, sentence.group()):
                    # …；其中成立未满2年的小微企业，贴息比例提高至70%: some of those the grant before is for
                    binder = None
                    made = replace(made, logic=Logic("all", (referred_grant.logic, *made.logic.items)), span=(a, b))
                referred_grant = made if referring else None
                if binder is not None and (group := self._group_opening(binder.logic, own.text[s:e])) is not None:
                    # 三、补贴标准 …进城农民按每平方米200元给予补贴；新市民每套给予1.5万元: the group of 二、补贴对象 the grant names first
                    # (whose name, said again, asks nothing more)
                    binder = replace(binder, logic=group)
                    made = replace(made, logic=_without(made.logic, lambda c: c.test is None and c.text.strip() == text.strip()))
                if binder is not None:  # a guide's grant: the purchase period the guide gives it by name
                    made = replace(made, logic=Logic("all", (*made.logic.items, *self._window_named(sentence.group()))))
                if binder is not None:
                    made = _bound_by(made, [binder])
                    self.guides[(made.node, made.title)] = binder
                found.append(made)
        return found

    def _table_figures(self, node: Node) -> list:
        """购房人家庭购买首套新建商品住房的，按照所购住房建筑面积分档给予补贴： / 建筑面积 / 补贴比例 / 90平方米（含）以下 / 实缴契税的50%
        / …: a lead whose table was flattened into the paragraphs after it — the table's rates and sums are what it pays."""
        if node.kind not in ("paragraph", "item") or node.children or not _TIERED_LEAD.search(self.own(node).text):
            return []
        parent = self.parent_of.get(node.id)
        after = parent.children[parent.children.index(node) + 1:] if parent is not None else []
        if not after and parent is not None and (above := self.parent_of.get(parent.id)) is not None:
            # (（一）基础奖补。按…分档给予奖补： the last line of its paragraph, the table in the paragraphs after it)
            after = above.children[above.children.index(parent) + 1:]
        rows = list(takewhile(lambda k: k.kind == "paragraph" and not k.children and self._table_rows(k), after))
        return [c for k in rows for c in k.clauses if _pays(c, (*_PAID, "figure"))]

    def _table_rows(self, node: Node) -> bool:
        """A paragraph that is rows of a flattened table: one short line (90平方米（含）以下 / 实缴契税的50%), or lines run
        together (档次营业收入同比增长率奖励金额第一档15%（含）—30% 10万元第二档…) — two sums or more and no sentence ended
        before the last (a note may follow it)."""
        text = self.own(node).text
        if len(text.strip()) <= 30:
            return True
        sums = [c for c in node.clauses if _pays(c, (*_PAID, "figure"), ("money",))]
        return len(sums) >= 2 and not re.search(r"[。；;]", text[:self.own(node).index(sums[-1].span[1] - 1, 0, len(text))])

    def _claimed_bounds(self, node: Node) -> set[tuple[str, float]]:
        """The area bounds the rows beside ``node`` claim with （含）: (side, number) — 以下 for 90平方米（含）以下."""
        parent = self.parent_of.get(node.id)
        claimed = set()
        for kid in (parent.children if parent is not None else ()):
            if kid.id == node.id:
                continue
            for m in re.finditer(rf"(?P<n>\d+(?:\.\d+)?)\s*{F.AREA_UNIT}\s*[（(]含[^（()）]{{0,12}}[）)]\s*(?P<side>以下|以上)", kid.text or ""):
                claimed.add(("max" if m.group("side") == "以下" else "min", float(m.group("n"))))
        return claimed

    def _listed_groups(self, node: Node) -> Logic | None:
        """The groups a grant's lead names (…的下列人员，给予补贴：): the items right after it, or under it,
        when none of them grants its own amount — any one will do (an item no rule reads is a way in too)."""
        kids = self._items_led(node)
        if len(kids) < 2 or any(self.index.grants_below(k) for k in kids):
            return None
        parts = [self._node_logic(k, [], []) or Condition(k.id, k.span, self.own(k).text.strip(" 。；;")) for k in kids]
        return Logic("any", tuple(parts), node.id, (kids[0].span[0], kids[-1].span[1]))

    def _items_led(self, node: Node, under_first: bool = False) -> list[Node]:
        """The items a lead ending in ：introduces: those right after it, or (first, with ``under_first``) those under it."""
        parent = self.parent_of.get(node.id)
        siblings = parent.children if parent is not None else self.doc.body
        after = list(takewhile(lambda n: n.kind == "item", siblings[siblings.index(node) + 1:]))
        under = [c for c in node.children if c.kind == "item"]
        return (under or after) if under_first else (after or under)

    def _listed_standards(self, node: Node, lead: str, one: bool) -> Logic | None:
        """The items right after a grant that asks 达到下列标准 (or 符合下列条件, 之一): a table of tiers when each is a
        case (营业收入5000万元以下的，研发费用占比不低于6%), else each item (any one of them, for 之一) — none of them
        granting an amount of its own."""
        kids = self._items_led(node)
        if len(kids) < 2 or any(self.index.grants_below(k) for k in kids):
            return None
        tiers = self._tiered_items(lead, kids)
        if tiers is not None:
            return tiers
        parts = [self._node_logic(k, [], []) or Condition(k.id, k.span, self.own(k).text.strip(" 。；;")) for k in kids]
        return Logic("any" if one else "all", tuple(parts), node.id, (kids[0].span[0], kids[-1].span[1]))

    def _amounts_by_degree(self, node: Node, own: _Own, a: int, b: int) -> list[Condition]:
        """…补贴政策：本科毕业生补贴2万元，研究生中硕士毕业生补贴4万元、博士毕业生补贴7万元: amounts named for
        degrees say which degrees are paid — a degree with no amount (大专) gets none.  Wider than
        conditions.amount_tiers (大专生每月500元 names no verb; the tail may start mid-phrase), and it
        reads degrees only, so it adds no other fact's test to a grant."""
        found = list(G.DEGREE_AMOUNT.finditer(own.text, a, b))
        levels = tuple(dict.fromkeys(conditions.degree_level(m.group("degree")) for m in found))
        if len(levels) < 2:
            return []
        span = own.span(found[0].start(), found[-1].end())
        return [Condition(node.id, span, own.text[found[0].start():found[-1].end()], Test("education", "in", levels))]

    def _unpriced_purchase_grant(self, node: Node) -> bool:
        """…的家庭，在市域内购买新建商品住房的予以补助: a purchase subsidy whose amount is set elsewhere."""
        text = node.text or ""
        return bool(re.search(r"(?:予以|给予)[\u4e00-\u9fff]{0,4}?(?:补助|补贴)(?![^。；;]*\d)", text)) \
            and bool(re.search(F.HOME_PURCHASE, text))

    def measures(self, grants: list[Programme]) -> list[Programme]:
        """十、继续开展鼓励农民、大学生购房工作 over …每套补贴0.6万元；…每套补贴1万元；…贷款利息…补贴: a measure's
        heading over several grants is a programme too — the measure, which any of its grants opens.
        What excludes from one grant excludes from the measure (never a wider door than its grants);
        its deadline is the one its grants share, none when they differ."""
        under: dict[str, list[Programme]] = {}
        for p in grants:
            if p.node in self.binders:
                continue  # a guide's grant: the guide is the programme around it
            parts = p.node.split("__")
            for k in range(len(parts), 0, -1):
                node = self.nodes.get("__".join(parts[:k]))
                if node is not None and node.heading and node.heading.strip() \
                        and not _ORGAN_HEADING.fullmatch(node.heading.strip(" ：:")):  # 省知识产权局：who carries it out
                    under.setdefault(node.id, []).append(p)
                    break
        found = []
        for node_id, members in under.items():
            kinds = {frozenset(v for c in _conditions_of(m.applicants) if c.test and c.test.fact == "kind"
                               for v in c.test.value) for m in members}
            if len(members) < 2 or len(kinds - {frozenset()}) > 1:
                continue  # 有效提升科技服务水平 over grants to platforms, to incubators, to enterprises: no one measure
            node = self.nodes[node_id]
            alternatives = tuple(Logic("all", (m.applicants, m.logic), m.node, m.span) for m in members)
            deadlines = [m.deadline for m in members]
            title = node.heading.strip().rstrip("。：:")
            if re.search(F.BENEFIT_HEADING, title):
                title = f"{self.doc.title}（{title}）"  # 补贴标准 names no measure: the document's, by that part
            found.append(Programme(
                "", node.id, title, node.span, Logic("all", (), node.id, node.span),
                Logic("any", alternatives, node.id, node.span),
                tuple(dict.fromkeys(e for m in members for e in m.exemptions)),
                tuple(dict.fromkeys(e for m in members for e in m.exclusions)),
                tuple(dict.fromkeys(c for m in members for c in m.preferences)),
                tuple(dict.fromkeys(b for m in members for b in m.benefits)),
                deadlines[0] if len(set(deadlines)) == 1 else None))
        return found

    @cached_property
    def _homes_title(self) -> bool:
        return bool(re.search(F.HOME_PURCHASE, self.doc.title))

    def _about_homes(self, text: str) -> bool:
        """The text, or the document's title, is about buying homes (购房, 购买首套住房, 契税)."""
        return self._homes_title or bool(re.search(F.HOME_PURCHASE, text))

    def _purchase_window(self, node: Node, own: _Own) -> list[Condition]:
        """享受财政补助政策以网签备案时间为准(补助时间为2023年1月1日至2023年12月31日): in a text about buying
        homes, the period a subsidy is for is when the purchase must fall."""
        if not self._about_homes(own.text):
            return []
        found = []
        for c in node.clauses:
            if not _days_between(c):
                continue
            at = own.index(c.span[0], 0, len(own.text))
            start, end = own.text.rfind("。", 0, at) + 1, own.index(c.span[1] - 1, 0, len(own.text)) + 1
            if re.search(F.PURCHASE_WINDOW, own.text[start:at]):
                found += _purchase_period(node.id, own.span(start, end), own.text[start:end], c)
        return found

    @cached_property
    def _period_window(self) -> list[Condition]:
        """一、实施期限 / 2025年7月1日至2026年6月30日（以商品房买卖合同网签备案时间为准）: in a text about buying
        homes, the period its heading (or run-in label, 补贴期限：…) gives is when every home it pays for is
        bought — the first such period, from its first day to its last."""
        for node in _walk(self.doc.body):
            own = self.own(node)
            labelled = re.match(rf"\s*{F.PERIOD_HEADING}\s*[：:]", own.text)
            parent = self.parent_of.get(node.id)
            headed = parent is not None and re.fullmatch(F.PERIOD_HEADING, (parent.heading or "").strip()) \
                and parent.children and parent.children[0] is node
            if not (labelled or headed):
                continue
            c = next((c for c in node.clauses if _days_between(c) and c.min < c.max), None)
            if c is not None and self._about_homes(own.text):
                return _purchase_period(node.id, own.span(0, len(own.text.rstrip())), own.text.rstrip(), c)
        return []

    @cached_property
    def _named_windows(self) -> list[tuple[str, Node, Span, str, object]]:
        """申请首套房购房补贴,购房时间为2022年11月1日—2025年6月30日期限内: each subsidy a guide names with its
        purchase period — (what it is called, node, span, text, the date clause)."""
        found = []
        for node in _walk(self.doc.body):
            dates = [c for c in node.clauses if _days_between(c)]
            if not dates:
                continue
            own = self.own(node)
            for m in _NAMED_WINDOW.finditer(own.text):
                a, b = own.span(*m.span())
                clause = next((c for c in dates if a <= c.span[0] < b), None)
                name = re.sub(r"^申请|(?:购房)?(?:契税)?(?:补贴|补助|消费券)$|家庭$", "", m.group("name"))
                if clause is not None and len(name) >= 3:
                    found.append((name, node, (a, b), m.group(), clause))
        return found

    def _window_named(self, text: str) -> list[Condition]:
        """The purchase period a guide gives the subsidy this grant's words name (the longest name)."""
        named = [w for w in self._named_windows if w[0] in text]
        if not named:
            return []
        _, node, span, words, c = max(named, key=lambda w: len(w[0]))
        return _purchase_period(node.id, span, words, c)

    def _grant_events(self, nodes: list[Node]) -> Logic | None:
        """对在双辽市城区内购买唯一商品住房的，给予…补贴: what a grant sentence beside the blocks asks of
        its recipients binds the programme; several grant sentences are alternatives (any)."""
        events = []
        unread: list[tuple[Condition, tuple]] = []  # grants whose recipients no rule reads, and what each pays
        amounts = set()  # what each grant pays: the same grant restated (对符合条件的…分别给予6万元、3万元) is one
        for node in nodes:
            roles = _paid_roles(node, self.own(node).text)
            table = self._table_figures(node)  # …按照所购住房建筑面积分档给予补贴： and a table flattened after it
            if not any(_pays(c, roles) for c in node.clauses) and not table:  # 给予…万元, 按所缴契税的50%给予补贴
                continue
            own = self.own(node)
            for sentence, row in G.grant_pieces(own.text):  # 博士研究生补贴10万元，硕士研究生补贴5万元: a grant each row
                if G.STOPPED.search(sentence.group()):
                    continue  # 补贴发放期间人才离开本市的，停止发放剩余补贴: no grant
                where = row or G.grant_event(sentence.group(), subject=True) or self._tier_case(node, sentence.group())
                if not where and sentence.start() == 0 and (one := G.AMOUNT_ROW.fullmatch(own.text.rstrip(" 。；;\n"))):
                    where = one.span("who")  # （一）A类人才补贴100万元；: an item that is one row of a table the items make
                if where and _raised_for_some(sentence.group()):
                    self.raised.add(node.id)  # 其中，退役军人…的，补贴标准提高至8000元: a grant of its own, bound by the guide
                    continue
                if not where and table and _TIERED_LEAD.search(sentence.group()):
                    # （一）基础奖补。按企业上年度研发费用分档给予奖补：(a table): the guide's applicants, the quantity choosing the
                    # amount — a programme of its own too, bound by the guide
                    events.append(Logic("all", (), node.id, own.span(*sentence.span())))
                    amounts.add(tuple(sorted(str((c.value, c.min, c.max)) for c in table)))
                    self.quantity_tiered.add(node.id)
                    continue
                if not where:
                    continue
                a, b = sentence.start() + where[0], sentence.start() + where[1]
                parts = [p for p in self._conditions(node, own, a, b) if _decides(p)]
                if _LISTED_RECIPIENTS.search(own.text[a:b]) and (listed := self._recipients_listed(node, own.text[a:b])):
                    # 对同时符合下列条件的企业，按其研发费用的5%给予奖励…：1.…；2.…: whom it pays is the list under it
                    parts = [*parts, listed]
                if not parts and (fact := self._tiered_by(node)) is not None:
                    parts = _bare_tests(node, own, a, b, fact)  # （一）500万元（含）至1000万元的奖励10万元: a tier of the lead's
                if parts:  # 2024年…新注册成立的会展企业，…按以下标准给予…：1.注册资本…的，奖励20万元: the lead's recipients too
                    parts = self._parent_recipients(node) + parts
                lo, hi = own.span(*sentence.span())
                paid = tuple(sorted(str((c.value, c.min, c.max)) for c in node.clauses if _pays(c, roles) and lo <= c.span[0] < hi)) \
                    or tuple(sorted(str((c.value, c.min, c.max)) for c in table))
                if row and G.TIER_LEAD.search(own.text):
                    # 按所购房屋单套建筑面积分档进行补贴,单套房屋建筑面积≧144m2补贴5万元,…: the quantity chooses the amount —
                    # any home is in some row; each row is a programme of its own too, bound by the guide
                    events.append(Logic("all", (), node.id, own.span(a, b)))
                    self.quantity_tiered.add(node.id)
                elif parts:
                    events.append(parts[0] if len(parts) == 1 else Logic("all", tuple(parts), node.id, own.span(a, b)))
                    amounts.add(paid)
                elif _AREA_ROW.fullmatch(own.text, a, b):
                    # 建筑面积144平方米以上的，按…2%给予补贴: the area chooses the amount — any home is in some row; each
                    # row is a programme of its own too, bound by the guide (the area is what it asks)
                    events.append(Logic("all", (), node.id, own.span(a, b)))
                    amounts.add(paid)
                    self.quantity_tiered.add(node.id)
                elif not re.search(rf"符合|条件|规定|要求|{F.RESTATES}", own.text[a:b]) \
                        and (len(re.findall(r"[\u4e00-\u9fff]", _recipients(own.text[a:b]))) >= 4
                             or G.LABELLED.match(sentence.group())):  # 新市民：按…给予补贴: a group the guide names
                    unread.append((Condition(node.id, own.span(a, b), own.text[a:b]), paid))
        if not events:
            return None
        if unread:  # 对首次认定的…给予20万元；对重新认定的，给予10万元: a grant no rule reads is a way in too
            events = sorted([*events, *(c for c, _ in unread)], key=_span_start)
            amounts |= {paid for _, paid in unread}
        if len(events) == 1:
            return events[0]
        # several grants of different amounts are each a programme too (Logic op "grants"); else alternatives
        return Logic("grants" if len(amounts) > 1 else "any", tuple(events), events[0].node,
                     (events[0].span[0], events[-1].span[1]))

    def _scope(self, nodes: list[Node]) -> list[Condition]:
        """在本市行政区域范围内依法注册成立的各类企事业单位及其他组织有权申请: the place and the kinds a
        sentence that says who may apply names, outside the condition blocks."""
        found: list[Condition] = []
        for node in nodes:
            own = self.own(node)
            for sentence in re.finditer(r"[^。；;]+", own.text):
                m = re.search(F.SCOPE_SENTENCE, sentence.group())
                if not m:
                    continue
                a, b = sentence.start(), sentence.start() + m.start()
                if m.group().startswith("适用"):  # 本办法适用范围为玄武区、秦淮区…: the places follow
                    a, b = sentence.start() + m.end(), sentence.end()
                span = own.span(a, b)
                text = own.text[a:b]
                kinds = _kinds(text)
                if kinds:
                    found.append(Condition(node.id, span, text, Test("kind", "in", kinds)))
                tests, _ = read_segment(Segment(text, (), self.chain))
                found += [Condition(node.id, span, text, t) for t in tests
                          if isinstance(t, Test) and t.fact in ("region", "hukou") and t.value]
        return found

    @cached_property
    def territory(self) -> str:
        """The document's territory as one place (江苏省南京市; a zone's: 陕西省宝鸡市（高新区）), empty when the text names
        none."""
        return "".join(n for n, _ in self.chain) + (f"（{self.zone}）" if self.zone else "")

    def _within(self, places: tuple) -> bool:
        """Every place named lies inside the document's territory (安阳市（市区） in 安阳市; not the
        江苏省 of 在江苏省数据知识产权登记平台 in a 连云港市 text)."""
        if not places or not self.chain:
            return False
        # 高新区、东津新区、鱼梁洲 beside 襄城区、樊城区: zones the table does not know, inside as far as it tells
        inside = [P.within(n, self.territory) if (parts := P.components(n)) and P.known_name(parts[-1][0]) else None
                  for n in (re.sub(r"（[^）]*）$", "", p) for p in places)]
        return any(r is True for r in inside) and not any(r is False for r in inside)

    def _names_place_inside(self, parts: list) -> bool:
        """Some condition of ``parts`` asks for a place inside the territory (在安阳市区内购买)."""
        return any(c.test and c.test.fact in F.PLACE_FACTS and c.test.op == "in" and self._within(c.test.value)
                   for part in parts for c in _conditions_of_part(part))

    def _territory_logic(self, node_id_or_node, span: Span, text: str, kinds: tuple[str, ...],
                         placed: bool = False) -> Logic:
        """A measure of a city is open to applicants in that city, of the kinds it names (a grant that
        names its own place, 在安阳市区内购买…, is open where it says)."""
        node_id = node_id_or_node.id if isinstance(node_id_or_node, Node) else node_id_or_node
        items: list = []
        if kinds:
            items.append(Condition(node_id, span, text, Test("kind", "in", kinds)))
        if placed:
            return Logic("all", tuple(items))
        if self.chain:
            items.append(self._in_territory(node_id, span, text, self._personal(kinds, text)))
        elif not self.national:  # a local measure whose territory the text does not name: unknown
            items.append(Condition(node_id, span, text, Test("region", "in", ())))
        return Logic("all", tuple(items))

    # applicants ----------------------------------------------------------------------------------

    def _applicants(self, nodes: list[Node], blocks: list[Node]) -> Logic:
        """Who may apply: 申报主体/支持对象 clauses (kinds, region, legal person) and the kinds a
        block's heading names (二、企业申报条件 binds enterprises)."""
        items: list = []
        for block in blocks:
            heading = (block.heading or block.text or "").strip()
            if len(heading) <= 16:
                kinds = _kinds(heading.split("申")[0].split("条件")[0])
                if kinds:
                    items.append(Condition(block.id, block.span, heading, Test("kind", "in", kinds)))
        heads = [n for n in _walk(nodes) if _is_heading(n, F.APPLICANT_HEADINGS)]
        for node in [n for h in heads for n in (*_walk(h.children), h)]:
            own = self.own(node)
            if not own.text or _is_heading(node, F.APPLICANT_HEADINGS) and not node.text:
                continue
            span = own.span(0, len(own.text))
            joint = min((own.text.find(w) for w in F.JOINT_APPLICANTS if w in own.text), default=len(own.text))
            kinds = _kinds(own.text[:joint])  # …可单独申报，也可…与知识产权服务机构联合申报: partners are no applicants
            if kinds:
                items.append(Condition(node.id, span, own.text, Test("kind", "in", kinds)))
            if "工业企业" in own.text and kinds == ("enterprise",):
                items.append(Condition(node.id, span, own.text, Test("industrial", "==", True)))
            # 江苏省内注册的具有独立法人资格的…, 已在我市工商注册的企业: the place and form, read by the rules
            read, _ = read_segment(Segment(own.text, (), self.chain, context=own.text))
            items += [Condition(node.id, span, own.text, t) for t in read
                      if isinstance(t, Test) and t.fact in ("region", "legal_person") and t.value not in ((), None)]
        kinds = [c for c in items if c.test.fact == "kind"]
        if len(kinds) > 1:  # 支持对象 and 申报主体 both name kinds: any of them may apply
            items = [Logic("any", tuple(kinds)), *(c for c in items if c.test.fact != "kind")]
        head = heads[0] if heads else None
        return Logic("all", tuple(dict.fromkeys(items)), head.id if head else None, head.span if head else None)

    # condition lists -----------------------------------------------------------------------------

    def _logic(self, blocks: list[Node], project: Node | None, types: list[Node]):
        """The logic of a programme's blocks (all of them), or of one project type's list (新建项目：…),
        with the exemptions and preferences found."""
        exemptions: list[Exemption] = []
        preferences: list[Condition] = []
        items = []
        if project is not None:
            for kid in project.children:
                part = self._node_logic(kid, exemptions, preferences)
                if part is not None:
                    items.append(part)
            op = "any" if any(w in self.own(project).text for w in F.ANY_OF) else "all"
            return Logic(op, tuple(items), project.id, project.span), exemptions, preferences
        for block in blocks:
            part = self._node_logic(block, exemptions, preferences, force=True)
            if part is not None:
                items.append(part)
        if len(items) == 1 and isinstance(items[0], Logic):
            return items[0], exemptions, preferences
        return Logic("all", tuple(items), blocks[0].id, blocks[0].span), exemptions, preferences

    @cached_property
    def said_of_all(self) -> frozenset[str]:
        """The paragraphs that close a list by saying something of every row (以上人员须在长春市就业，…): the
        structure puts them under the last row, whose condition they are not alone."""
        return frozenset(kid.children[-1].id for n in _walk(self.doc.body)
                         for kid in n.children[-1:] if kid.kind == "item"
                         and sum(k.kind == "item" for k in n.children) >= 2 and kid.children
                         and kid.children[-1].kind == "paragraph" and _SAID_OF_ALL.match(self.own(kid.children[-1]).text))

    def _node_logic(self, node: Node, exemptions: list, preferences: list, force: bool = False):
        """The logic of one condition node: a lead-in (…应符合下列条件：) over its items, a branch by
        kind, or a leaf read sentence by sentence."""
        own = self.own(node)
        kids = [c for c in (node.children or self.followers.get(node.id, []))
                # (an article whose words are all in its paragraphs: 第五条 / …可以申请购房补贴：（一）… / 购房时间以…为准。)
                if (c.text or c.heading or c.children) and c.role != "exclusion" and c.id not in self.said_of_all
                and not (re.search(F.BENEFIT_HEADING, (c.heading or c.text or "").strip(" 。：:"))
                         and not (c.text and re.search(F.PURCHASE_TIME_HEADING, (c.heading or "").strip(" 。：:"))))
                and not re.fullmatch(F.TABLE_HEADER, (c.text or c.heading or "").strip())
                and c.id not in self.summary_rows and not re.search(_SUMMARY_LEAD, (c.text or "").strip())]
        if _is_exemption(own.text) and not re.search(r"[。；;].", own.text.rstrip("。；; ")) \
                and not (node.kind == "item" and re.match(_CLASS_LIFTED, own.text)) \
                and not _SPARED_IN_BRACKET.search(own.text) \
                and not ((this := _THIS_LIMIT_SPARED.search(own.text)) and this.start() > 0):
            # (…不超过45周岁（A类、B类人才不受年龄限制）, …无自有住房（A类、B类人才不受本项限制）: read below)
            # （三）…A类、B类、C类高层次人才，不受…限制 among a list's items: a group, read below; 第五条 A类、B类人才申请
            # 购房补贴，不受…年龄限制 on its own: whom a limit spares, nobody's condition
            if (spared := self._spared(node, own)) is not None:
                return spared
            exemptions.append(self._exemption(node, own, 0, len(own.text)))
            return None
        if own.text.lstrip().startswith(F.PREFERENCE):
            preferences.append(Condition(node.id, own.span(0, len(own.text)), own.text))
            return None
        if node.role == "exclusion" or re.search(F.EXCLUSION_LEAD, own.text[-12:]) or _all_excluding(own.text):
            return None  # read with the exclusions (a node that also states conditions keeps them)
        if kids and (force or own.text.rstrip().endswith(("：", ":", "条件", "之一")) or self.index.is_block(node)):
            items = []
            # 申报条件： names no condition; 在西夏区购买新建商品住房的下列人员： does, short as it is
            heading_only = self.index.is_block(node) and len(own.text) <= 24 \
                and not re.search(F.GROUP_LEAD, own.text.rstrip())
            head, whole = _lead_in(own.text)
            if head and whole:  # 县（市、区）应为国家知识产权示范城市…，且符合下列条件之一：the lead-in is a condition too
                items += self._conditions(node, own, 0, head)
            elif head and not heading_only:  # 初创企业的法定代表人（女性不超过55周岁、男性不超过60周岁）符合以下条件之一：its tests
                items += [t for t in map(_decidable, self._conditions(node, own, 0, head)) if t is not None]
            applying = re.match(r"\s*(?:申请|申报)[\u4e00-\u9fff]{0,6}的(?P<who>[\u4e00-\u9fff]{0,6}?(?:企业|公司|单位|机构))"
                                r"(?:应当|应|须|需|必须)", own.text)
            if applying and (kinds := _kinds(applying.group("who"))):  # 申请认定的企业应同时具备下列条件：enterprises
                items.append(Condition(node.id, own.span(applying.start("who"), applying.end("who")), applying.group("who"),
                                       Test("kind", "in", kinds)))
            if (who := re.search(r"(?:条件|要求|资格)(?:之一)?的(?P<who>[^，,。；;：:]{2,20})[，,]", own.text)) and not heading_only:
                # 具备下列条件的失业人员，可以…领取失业保险金：whom the lead names after its 的 — its tests
                items += [t for t in map(_decidable, self._conditions(node, own, who.start("who"), who.end("who")))
                          if t is not None]
            elif not heading_only and not re.search(F.CONDITION_LEAD, own.text[-100:]):
                items += self._sentences(node, own, exemptions, preferences)
            inner, silent = [], []
            # 二、落户条件 / 符合下列情形之一的人员，本人可申请…落户： / (一)… (二)…: the lead is the heading's first
            # paragraph — what it says binds, and its 之一 makes the items after it alternatives
            lead = kids[0] if len(kids) > 1 and not kids[0].children and heading_only \
                and re.search(F.CONDITION_LEAD, self.own(kids[0]).text.rstrip()[-100:]) else None
            if lead is not None:
                kids = kids[1:]
                if (part := self._node_logic(lead, exemptions, preferences)) is not None:
                    items.append(part)
            tiered = self._tiered_items(own.text, kids)
            if tiered is not None:  # …比例达到以下要求：(1)营业收入5000万元（含）以下的企业，比例不低于5%；(2)…
                inner.append(tiered)
                kids = []
            elif (catalogue := self._class_catalogue(node, kids)) is not None:
                inner.append(catalogue)
                kids = []
            kids, table = self._class_table(kids)  # (a table's rows among them: one row is the applicant's)
            if table is not None:
                inner.append(table)
            rows = self._spared_rows(kids, exemptions)
            for kid in kids:
                part = rows.get(kid.id) or self._node_logic(kid, exemptions, preferences)
                if part is not None:
                    inner.append(part)
                elif len(re.findall(r"[\u4e00-\u9fff]", self.own(kid).text)) >= 4 and kid.role != "exclusion":
                    silent.append(kid)
            leading = own.text + (self.own(lead).text if lead is not None else "")
            op = "any" if any(w in leading for w in F.ANY_OF) or _exclusive(inner) or self._cases(leading, kids) \
                or re.search(F.GROUP_LEAD, leading.rstrip()) or self._named_groups(kids) else "all"
            if op == "all" and rows:  # …应同时符合下列条件：…（三）博士研究生，不受年龄限制: whom a limit spares, no row
                inner = _without_rows(inner, rows)
                kids = [k for k in kids if k.id not in rows]
            if op == "any" and silent and inner:  # （四）引进的各类人才: a way in no rule reads is still a way in
                inner = [*inner, *(Condition(k.id, k.span, self.own(k).text.strip(" 。；;")) for k in silent)]
                kids = [k for k in kids if k not in silent] + silent
            grouped = self._grouped(kids, inner)
            if len(grouped) != len(inner):  # …的下列青年人才：(一)…(二)…: the lead beside its groups, never one of them
                op = "all"
            elif op == "any":  # （一）工薪家庭申请资助，须…: the definition of 工薪家庭 is that group's, not the others'
                grouped = [self._with_group_definition(k, g) for k, g in zip(kids, grouped)] \
                    if len(grouped) == len(kids) else grouped
            body = Logic(op, tuple(grouped), node.id, node.span)
            kinds = _kinds(own.text) if _branches(own.text) else ()
            items += [body, *self._of_all(kids, exemptions, preferences)]
            logic = Logic("all", tuple(items), node.id, node.span) if len(items) > 1 else body
            return Logic(logic.op, logic.items, node.id, node.span, kinds) if kinds else logic
        parts = self._sentences(node, own, exemptions, preferences)
        if kids and _BARE_HEADING.fullmatch(own.text):  # （二）职称和技能落户 over its rows: a name, not a condition
            parts = [d for d in map(_decidable, parts) if d is not None]
        kids, table = self._class_table(kids)  # (a table's rows among them: one row is the applicant's)
        rows = self._spared_rows(kids, exemptions)
        kid_parts = [p for p in (rows.get(kid.id) or self._node_logic(kid, exemptions, preferences) for kid in kids)
                     if p is not None] + ([table] if table is not None else [])
        if len(kid_parts) > 1 and (_exclusive(kid_parts) or len(kid_parts) == len(kids) and self._cases(own.text, kids)):
            kid_parts = [Logic("any", tuple(kid_parts), node.id, node.span)]
        elif rows:  # not alternatives: whom a limit spares, no row
            kid_parts = _without_rows(kid_parts, rows)
        parts += [*kid_parts, *self._of_all(kids, exemptions, preferences)]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else Logic("all", tuple(parts), node.id, node.span)

    def _class_table(self, kids: list[Node]) -> tuple[list[Node], Logic | None]:
        """The kids a flattened table's rows fill, read as one table: each row opens with the class or degree it is for, then
        its cells, split by tabs or spaces (A类人才（顶尖人才）	100万元	年龄不限 / B类人才…	60万元	60周岁以下C类人才…): one row
        is the applicant's — its class and what it asks (any of the rows).  Returns the other kids, and the table (None when
        fewer than two rows are found)."""
        rows, used = [], set()
        for kid in kids:
            read = self._rows_of(kid) if not kid.children else None
            if read is None:
                if rows:
                    break
                continue
            rows += read
            used.add(kid.id)
        if len(rows) < 2:
            return kids, None
        first = next(k for k in kids if k.id in used)
        return [k for k in kids if k.id not in used], Logic("any", tuple(rows), first.id, first.span)

    def _rows_of(self, node: Node) -> list[Logic] | None:
        own = self.own(node)
        text = own.text
        if len(text) > 400 or not _ROW_LABEL.match(text):
            return None  # (a table's rows, each short: not a paragraph of prose)
        starts = []
        for m in _ROW_LABEL.finditer(text):
            depth = sum(text.count(c, 0, m.start()) for c in "（(") - sum(text.count(c, 0, m.start()) for c in "）)")
            if depth == 0 and (m.start() == 0 or not re.match(r"[、和及与或]", text[m.start() - 1])):
                starts.append(m)
        if not starts or starts[0].start() != 0:
            return None
        rows = []
        for k, m in enumerate(starts):
            end = starts[k + 1].start() if k + 1 < len(starts) else len(text)
            cells = text[m.end():end]
            # (a cell break: a space kept, or a tab or line end the text dropped)
            split = m.end() < len(text) and (text[m.end()].isspace()
                                              or own.offsets[m.end()] - own.offsets[m.end() - 1] > 1)
            if not split or not re.search(r"\d", cells) or re.search(r"[。；;，,]", cells.split("（注")[0].rstrip("。；; ")) \
                    and not re.search(r"^[^，,]*\d[^，,]*[，,]\s*且", cells):
                return None
            # (D类人才（博士研究生、正高级职称人才）: the class; what it is, in brackets, the class stands for)
            label_end = m.start("bracket") if m.group("bracket") and re.match(r"[A-H]类", m.group()) else m.end()
            selector = [c for c in self._conditions(node, own, m.start(), label_end, rows=False) if _decides(c)]
            if not selector:
                return None
            asked = [c for c in self._conditions(node, own, m.end(), end, rows=False) if _decides(c)]
            rows.append(Logic("all", (*selector, *asked), node.id, own.span(m.start(), end)))
        return rows

    def _spared_rows(self, kids: list[Node], exemptions: list) -> dict:
        """3.具有博士研究生学历的人员，不受年龄限制；among rows that each name a kind of person: each such row by its node — who
        they are, nothing more asked of them (a row only among alternatives: the caller drops it among conditions); and its
        exemption, since whom a row spares is spared wherever the programme asks it (不受户籍地限制 lifts any part's 户籍)."""
        rows = {}
        for kid in kids:
            own = self.own(kid)
            if kid.children or (m := _WHO_SPARED.fullmatch(own.text)) is None:
                continue
            who = [c for c in self._conditions(kid, own, m.start("who"), m.end("who")) if _decides(c)]
            if who:
                rows[kid.id] = who[0] if len(who) == 1 else Logic("all", tuple(who), kid.id, kid.span)
                exemptions.append(self._exemption(kid, own, 0, len(own.text)))
        return rows

    def _of_all(self, kids: list[Node], exemptions: list, preferences: list) -> list:
        """1.…；2.…；…4.… / 以上人员须在长春市就业，…: what the last row's paragraph says of all the rows."""
        return [part for kid in kids[-1:] for tail in kid.children[-1:] if tail.id in self.said_of_all
                for part in [self._node_logic(tail, exemptions, preferences)] if part is not None]

    def _class_catalogue(self, node: Node, kids: list[Node]) -> Logic | None:
        """（一）A类人才：国内外顶尖人才，主要包括…；（二）B类人才：…: the classes the text sorts people into — the
        applicant is one of them, which their ``talent_class`` says; what each class takes is for the recognition
        (认定) that gave it, not a condition on everyone."""
        if len(kids) < 2:
            return None
        parts = []
        for kid in kids:
            own = self.own(kid)
            m = _CLASS_ITEM.match(own.text)
            if m is None or kid.children:
                return None
            letter = F.CLASS_LETTERS.get(m.group("cls"), m.group("cls").upper())
            parts.append(Condition(kid.id, own.span(m.start("cls"), m.end("name")), m.group("name"),
                                   Test("talent_class", "in", (letter,))))
        return Logic("any", tuple(parts), node.id, (kids[0].span[0], kids[-1].span[1]))

    def _spared(self, node: Node, own: _Own) -> Logic | None:
        """所购住房建筑面积144平方米（含）以下，多孩家庭购房不受面积限制: the limit, or the group it spares — either
        will do, when the words before the comma ask something and the group is a fact (children ≥ 2)."""
        at = own.text.find("不受")
        cut = max(own.text.rfind("，", 0, at), own.text.rfind(",", 0, at))
        if cut <= 0:
            return None
        # (the limit's words read alone: a limit that spares someone is no discretion once the spared are read)
        limit = [replace(c, test=replace(c.test, discretion=False)) if isinstance(c, Condition) and c.test else c
                 for c in self._conditions(node, own, 0, cut) if _decides(c)]
        who = [c for c in self._conditions(node, own, cut + 1, at) if _decides(c)]
        if not limit or not who:
            return None
        def whole(parts: list, a: int, b: int):
            return parts[0] if len(parts) == 1 else Logic("all", tuple(parts), node.id, own.span(a, b))
        return Logic("any", (whole(limit, 0, cut), whole(who, cut + 1, at)), node.id, node.span)

    @cached_property
    def group_terms(self) -> frozenset[str]:
        """The groups whose own lists a lead opens (工薪家庭申请资助，须同时符合以下条件：): a definition of one of them
        (本公告所称工薪家庭，是指…) binds that group's list, not the programme."""
        found = set()
        for n in _walk(self.doc.body):  # leads beside one another, two at least: each group its own list
            whos = [m.group("who") for k in n.children if (m := _GROUP_APPLIES.match(self.own(k).text))]
            if len(whos) >= 2:
                found |= set(whos)
        return frozenset(found)

    def _with_group_definition(self, kid: Node, part):
        m = _GROUP_APPLIES.match(self.own(kid).text)
        defined = [d.logic for d in self.definitions if m and d.term == m.group("who") and d.logic.items]
        return Logic("all", (*defined, part), part.node, part.span) if defined and isinstance(part, Logic) else part

    def _named_groups(self, kids: list[Node]) -> bool:
        """补贴对象及条件：（一）青年人才。…（二）新市民。…: items that each open with the name of a group of applicants
        (not a topic: 申请条件：, 面积要求。) say who each group is — any one will do."""
        # (（一）工薪家庭申请资助，须同时符合以下条件：1．… （二）新就业大学生申请资助，须…: the group each lead names)
        names = [_run_in(self.own(k).text) or ((m := _GROUP_APPLIES.match(self.own(k).text)) and m.group("who")) or ""
                 for k in kids]
        return len(kids) >= 2 and all(
            re.fullmatch(rf"[\u4e00-\u9fff“”]{{0,10}}(?:{F.PERSON_WORDS}|市民|企业|单位|机构|团队)", n)
            and not re.search(F.BLOCK_HEADING, n) and not re.fullmatch(F.TOPIC_LABEL, n) for n in names)

    def _group_opening(self, logic: Logic, text: str) -> Logic | None:
        """``logic`` cut to the named group (（一）进城农民。…（二）新市民。…) whose name ``text`` opens with (新市民每套给予…)."""
        names = {label for c in _conditions_of(logic) if c.node in self.nodes
                 for label in [_run_in(self.own(self.nodes[c.node]).text)] if label and len(label) >= 2}
        name = next((n for n in sorted(names, key=len, reverse=True) if text.lstrip().startswith(n)), None)
        return self._group_named(logic, name)

    def _group_named(self, logic: Logic, name: str | None) -> Logic | None:
        """``logic`` with its alternative of named groups (（一）青年人才。…（二）新市民。…) cut to the one group ``name``
        names (补贴标准（一）青年人才：…); None when it has no such alternative."""
        if not name:
            return None
        named = [x for x in logic.items if x.node in self.nodes and _run_in(self.own(self.nodes[x.node]).text) == name] \
            if logic.op == "any" else []
        if len(named) == 1:
            return named[0]  # (the alternative itself: （一）进城农民。… （二）新市民。…)
        items, found = [], False
        for item in logic.items:
            if isinstance(item, Logic) and not found:
                inner = self._group_named(item, name)
                if inner is not None:
                    items.append(inner)
                    found = True
                    continue
            items.append(item)
        return replace(logic, items=tuple(items)) if found else None

    def _grouped(self, kids: list[Node], parts: list) -> list:
        """…的下列人员：（一）…（二）…: items after a sibling paragraph that leads a list of groups are
        one alternative — any of them will do (the lead's own conditions stay beside it)."""
        if len(kids) != len(parts):
            return parts  # a kid that asked nothing: which part is whose is not known
        lead = next((i for i, k in enumerate(kids[:-1]) if re.search(F.GROUP_LEAD, self.own(k).text.rstrip())), None)
        if lead is None or len(parts) - lead - 1 < 2:
            return parts
        node = kids[lead]
        return [*parts[:lead + 1], Logic("any", tuple(parts[lead + 1:]), node.id, node.span)]

    def _ways(self, node: Node, own: _Own, head: int, start: int) -> list:
        """The conditions of ``own.text[:head]``, then the phrases after ``start`` (cut at ；): any one."""
        lead = self._conditions(node, own, 0, head)
        ways = [p for m in re.finditer(r"[^；;。]+", own.text[start:])
                for p in [self._conditions(node, own, start + m.start(), start + m.end())] if p]
        ways = [w[0] if len(w) == 1 else Logic("all", tuple(w), node.id, node.span) for w in ways]
        return [*lead, Logic("any", tuple(ways), node.id, node.span)] if ways else lead

    def _lead_logic(self, block: Node) -> tuple[list, list, list]:
        """The conditions a block's own lead-in states before its list (not the list)."""
        exemptions: list[Exemption] = []
        preferences: list[Condition] = []
        own = self.own(block)
        if re.search(F.CONDITION_LEAD, own.text[-100:]) or self.index.is_block(block) and len(own.text) <= 24:
            return [], exemptions, preferences
        return self._sentences(block, own, exemptions, preferences), exemptions, preferences

    def _cases(self, lead: str, kids: list[Node]) -> bool:
        """具体认定时点如下：1.…自2013年12月28日起生育第二个子女的；2.…；3.…生育第三个子女的。: items that each
        end in 的 under a lead that asks no conditions are the cases a definition covers — any one will do."""
        if len(kids) < 2:
            return False
        if re.search(r"条件|要求|同时|均应|并且", lead):
            return False
        # 1.具有…本科及以上学历，年龄在45周岁以下的人员，可直接落户；2.…的人员，可申请落户；: each case with what it permits
        # (1.取得中级及以上专业技术职称的人员，年龄不超过50周岁；2.取得高级工…的人员，…: each row a kind of person)
        if all(_PERSON_ROW.match(self.own(k).text) for k in kids):
            return True
        return all(re.search(r"的$|的[\u4e00-\u9fff]{0,4}[，,]\s*(?:均|即)?(?:可|可以)[^，,。；;]{0,12}$",
                             self.own(k).text.rstrip("；;。.， ")) for k in kids)

    def _sentences(self, node: Node, own: _Own, exemptions: list, preferences: list) -> list:
        """The conditions of a node's sentences; exemption and preference sentences go to their
        lists; consecutive sentences that each open with a selector (X的，…) are tiers.  Under a
        label that names a class (F类人才：A；B；C), the phrases are the ways to belong, and after a lead
        that names groups (…的下列人员：A；B；C。) the groups: alternatives."""
        groups = next((m for m in re.finditer(r"[：:]", own.text) if re.search(F.GROUP_LEAD, own.text[:m.end()])), None)
        if groups and re.search(r"[；;]", own.text[groups.end():]) and not re.search(r"。.", own.text[groups.end():].rstrip()):
            return self._ways(node, own, groups.start(), groups.end())  # …的下列人员：本县农业户籍人员；…；生育二孩…的家庭。
        label = re.match(F.CLASS_LABEL, own.text)
        if label and re.search(r"[；;]", own.text[label.end():]):
            return self._ways(node, own, label.end() - 1, label.end())
        parts: list = []
        tiers: list[Logic] = []
        subjects: list[bool] = []  # whether each tier's selector ends in its subject (…的家庭，)
        topic = None  # 研究开发费用总额占同期销售收入总额的比例：…: the fact the tiers after the label test
        previous = None  # where the last sentence's conditions are in parts: (start, end)
        pieces: list[tuple[int, int, bool]] = []  # each plain sentence's parts, and whether ；ends it
        widened: list[re.Match] = []  # 其中，博士研究生年龄可放宽至40周岁（含）: the limit of the sentences before, widened
        loosened: list[str] = []  # 特别优秀的博士研究生年龄可适当放宽: that degree's limit, left to discretion
        spared: list[Condition] = []  # A、B类人才不受年龄限制: classes a limit spares, beside the rows that ask it of others
        rows: list = []  # 购买新建商品住房的，每套补贴2万元；购买二手住房的，每套补贴1万元: cases that are each paid, in a row
        for sentence in _SENTENCE_OR_CASE.finditer(own.text):
            text = sentence.group()
            if not text:
                continue
            start = sentence.start()
            if (row := self._paid_case(node, own, *sentence.span())) is not None:
                rows.append(row)
                continue
            parts += _paid_rows_logic(rows, node)
            rows = []
            if wide := _WIDER_AGE.match(text):
                widened.append(wide)
                continue
            if (own_age := _DEGREE_OWN_AGE.fullmatch(text)) and any(
                    c.test is not None and c.test.fact in _AGE_FACTS and c.test.op in ("<", "<=")
                    and isinstance(c.test.value, (int, float)) and c.test.value < int(own_age.group("n"))
                    for p in parts for c in _conditions_of_part(p)):
                # 购房时年龄在35周岁以下。博士研究生原则上不超过40周岁: the doctors' wider limit (原则上: at discretion)
                widened.append(own_age)
                if own_age.group("loose"):
                    loosened += _loosened(own_age.group("who"))
                continue
            if tail := _WIDER_AGE_TAIL.search(text):  # 申请时年龄在35周岁以下，博士研究生放宽至40周岁以下。
                widened.append(tail)
                sentence = _Cut(own.text, sentence.start(), sentence.start() + tail.start())
                text = sentence.group()
            if tail := _LOOSER_AGE_TAIL.search(text):  # …博士研究生年龄原则上不超过40周岁，特别优秀的博士研究生可适当放宽。
                loosened += _loosened(tail.group("who"))
                sentence = _Cut(own.text, sentence.start(), sentence.start() + tail.start())
                text = sentence.group()
            if loose := _LOOSER_AGE.fullmatch(text.strip()):
                loosened += _loosened(loose.group("who"))
                continue
            if _EASED_AGE.fullmatch(text.strip(" 。；;")):  # read by ease_ages, for the rows of that degree
                continue
            lead = re.match(r"[^。；;：:]{4,60}[：:]", text)
            if lead and (named := conditions.fact_named(lead.group())):
                topic, start = named, start + lead.end()
            if (this := _THIS_LIMIT_SPARED.search(text)) and this.start() > 0 \
                    and (letters := conditions.class_letters(this.group(1))) \
                    and (asked := self._conditions(node, own, sentence.start(), sentence.start() + this.start())):
                # 本人及家庭成员在本市无自有住房（A类、B类人才可不受此限）: the condition, or one of the classes it spares
                span = own.span(*sentence.span())
                spared = Condition(node.id, own.span(sentence.start() + this.start("who"), sentence.start() + this.end("who")),
                                   this.group("who"), Test("talent_class", "in", tuple(letters)))
                parts.append(Logic("any", (asked[0] if len(asked) == 1 else Logic("all", tuple(asked), node.id, span), spared),
                                   node.id, span))
            elif _is_exemption(text) and (tiers or previous is not None and previous[1] == len(parts) > previous[0]) \
                    and (spares := _WHO_SPARED.fullmatch(text)) \
                    and (who := [c for c in self._conditions(node, own, sentence.start() + spares.start("who"),
                                                             sentence.start() + spares.end("who")) if _decides(c)]):
                # 取得中级…职称的人员，年龄不超过50周岁；取得副高级及以上…职称的，不受年龄限制: the row, or those it spares
                if tiers:
                    previous = (len(parts), len(parts) + len(lone := _lone_or_tiers(tiers, subjects, node)))
                    parts += lone
                    tiers, subjects = [], []
                parts[previous[0]:] = [_either(parts[previous[0]:], who, node, own.span(*sentence.span()))]
                previous = (previous[0], len(parts))
            elif _is_exemption(text) and (cls := re.match(_CLASS_LIFTED, text)):
                # （三）经…认定的A类、B类、C类高层次人才，不受学历和年龄限制: a group of the list — who it is, and no
                # limit of the others' asked of it
                exemptions.append(self._exemption(node, own, *sentence.span()))
                parts += self._conditions(node, own, sentence.start(), sentence.start() + cls.end())
            elif _is_exemption(text):
                exemptions.append(self._exemption(node, own, *sentence.span()))
                if spares := _CLASSES_SPARED.match(text):  # …；D类人才年龄…；A、B类人才不受年龄限制: the classes no row asks
                    spared.append(Condition(node.id, own.span(sentence.start(), sentence.start() + spares.end()),
                                            spares.group().strip(), Test("talent_class", "in", tuple(conditions.class_letters(spares.group(1))))))
                if _SPARED_IN_BRACKET.search(text):  # 年龄原则上不超过45周岁（A类、B类人才不受年龄限制…）: the limit
                    parts += self._conditions(node, own, *sentence.span())  # stands for the others
            elif any(w in text for w in F.PREFERENCE):
                preferences.append(Condition(node.id, own.span(*sentence.span()), text.strip()))
            elif _EXCLUDES.search(_BRACKETS.sub("", text)) or re.search(F.REFERRAL, text) or _reckons_only(text) \
                    or re.search(F.TERM_DEFINED, text) or _EXTRA_GRANT.search(text) \
                    or all(_CLASSIFIES.search(piece) for piece in re.split(r"[，,]", text) if piece.strip(" 。；;")) \
                    or G.STOPPED.search(text) and re.search(r"的[，,]", text) \
                    or _SHARE_FOR_SOME.search(own.full_sentence(*sentence.span())) \
                    or (defined := _DEFINITION.search(text)) and defined.group("term") in self.group_terms:
                continue  # 江阴市、宜兴市的人才落户按当地规定办理: others' rules; 年龄…均以…之日计算: how ages count;
                # 自愿有偿退出农村宅基地的，另按…规定给予奖励: more for some, under other rules — asks nothing of the rest
            elif (save := _SAVE_FOR.match(text)) and (who := [p for p in self._conditions(
                    node, own, sentence.start() + save.start("who"), sentence.start() + save.end("who")) if _decides(p)]):
                # （二）除多子女家庭外，购房人家庭在…无自有住房: those it names, or the rest asked of everyone else
                rest = self._conditions(node, own, sentence.start() + save.end(), sentence.end())
                if rest:
                    parts.append(_either(who, rest, node, own.span(*sentence.span())))
            elif _ADMITTED_CASE.match(text):
                continue  # A类、B类人才在本市已有一套住房，再购买第二套新建商品住房的，可以申请，补贴标准减半: a case let in, no condition
            elif (half := _PAID_LESS_FOR.match(text)) and (widened_parts := self._paid_less(node, own, sentence.start(), half, parts)):
                parts = widened_parts  # …购买新建商品住房…的，每套给予1万元。进城农民购买二手住房的，补贴标准减半: a second-hand home too
            elif (loose := _LOOSER_FOR.match(text)) and previous is not None and previous[1] == len(parts) > previous[0] \
                    and (who := [p for p in self._conditions(node, own, sentence.start() + loose.start("who"),
                                                             sentence.start() + loose.end("who")) if _decides(p)]):
                # …在本市无自有产权住房；对全职引进的A类人才，确有需要的可适当放宽: the condition, or for those it names a
                # person's judgement
                span = own.span(*sentence.span())
                parts[previous[0]:] = [_either(parts[previous[0]:], [*who, Condition(node.id, span, text.strip())], node, span)]
                previous = (previous[0], len(parts))
            elif (raised := _RAISED_LIMIT.match(text)) and (eased := self._eased_limit(node, own, sentence.start(), raised, parts)):
                parts = eased  # …毕业5年以内…。在辖区重点企业工作的，毕业年限可放宽至8年以内: the wider limit for those it names
            elif _EASED_DEGREE.match(text) and previous is not None and previous[1] == len(parts) > previous[0]:
                # 具有本科及以上学历…。紧缺急需专业人才学历可放宽至大专: the degree asked, or the lower one for those it names
                # (the lower degree is a bound, not discretion: 可放宽 says who may have it, the words about whom a person weighs)
                eased = [_firm(p) for p in self._conditions(node, own, *sentence.span())]
                parts[previous[0]:] = [_either(parts[previous[0]:], eased, node, own.span(*sentence.span()))]
                previous = (previous[0], len(parts))
            elif (only := self._only_of(node, own, sentence)) is not None:
                parts.append(only)  # C类、D类人才须…, 本科毕业生申请时未满35周岁…: asked of those only
            elif (some := _RELAXED_FOR_SOME.match(text)) and previous is not None and previous[1] == len(parts) > previous[0] \
                    and (relaxed := self._relaxed(node, own, sentence.start(), some, parts[previous[0]:])) is not None:
                parts[previous[0]:] = relaxed  # 研发费用占营业收入比重不低于5%，其中年营业收入2亿元以上的企业不低于3%
                previous = (previous[0], len(parts))
            elif (tier := self._tier(node, own, start, sentence.end(), tiers, topic)) is not None \
                    and not (not tiers and re.search(F.PERMITS, text.split("的", 1)[-1][:12])):
                tiers.append(tier)  # 「X的，可申请…」 says X is required, not to whom a rule applies
                subjects.append(bool(re.match(_SUBJECT_CASE, own.text[start:sentence.end()])))
                continue
            elif (table := _TABLE_LEAD.search(text)) and not tiers \
                    and (tier := self._tier(node, own, sentence.start() + table.end(), sentence.end(), [], topic)) is not None:
                # 且项目设备投资额达到以下标准：上年度主营业务收入超过5亿元的企业，…不低于1000万元；其余企业，…: what the lead
                # asks, then the first tier of the table after it
                parts += self._conditions(node, own, sentence.start(), sentence.start() + table.start())
                tiers.append(tier)
                subjects.append(False)
                continue
            else:
                before = len(parts)
                parts += self._conditions(node, own, *sentence.span())
                pieces.append((before, len(parts), text.rstrip().endswith(("；", ";"))))
                if text.lstrip().startswith(("或者", "或")) and previous is not None and previous[1] == before < len(parts):
                    # …签订劳动合同，并…缴纳社会保险；或在本市创办企业: the sentence before, or this one
                    parts[previous[0]:] = [_either(parts[previous[0]:before], parts[before:], node, own.span(*sentence.span()))]
                    before = previous[0]
                previous = (before, len(parts))
                who = re.match(F.APPLICANT_IS, text)  # 申报主体应为…的企业: the kinds it names
                phrases = re.split(r"[，,；;：:]", text[who.end() if who else 0:].strip(" 。；;"))
                kinds = _kinds(phrases[0]) if who else ()
                if not kinds and (who or not self.person) and re.search(r"的[^的]{0,8}(?:企业|公司)$", phrases[-1]):
                    kinds = _kinds(phrases[-1])  # 1.在京正常经营，且…符合…方向的企业。: a condition that ends in its subject
                if kinds:
                    parts.append(Condition(node.id, own.span(*sentence.span()), text.strip(), Test("kind", "in", kinds)))
            if tiers:
                parts += _lone_or_tiers(tiers, subjects, node)
                tiers, subjects = [], []
        if tiers:
            parts += _lone_or_tiers(tiers, subjects, node)
        parts += _paid_rows_logic(rows, node)
        for wide in widened:  # (E类人才中具有博士研究生学历的，年龄放宽至40周岁: the rows of that class only)
            parts = [_widen_age(p, conditions.degree_level(wide.group("who")), int(wide.group("n")))
                     if not (cls := wide.groupdict().get("cls")) or _of_class(p, cls) else p for p in parts]
        if loosened:
            parts = [_loosen_age(p, tuple(loosened)) for p in parts]
        return _exclusive_parts(parts, pieces, node, spared)

    def _only_of(self, node: Node, own: _Own, sentence) -> Logic | None:
        """C类、D类人才须在本市范围内无自有住房, C类…及本科毕业生须为首次购房, （三）本科毕业生申请时未满35周岁，且毕业5年内: what the
        classes or degrees the sentence opens with must be — the others (``talent_class not in``, ``education not in``) are
        not bound by it.  None when the sentence is no such rule."""
        text, at = sentence.group(), sentence.start()
        classes = _CLASS_MUST.match(text)
        must = classes or _DEGREE_MUST.match(text)
        if must is None or classes and not conditions.class_letters(classes.group("cls")):
            return None
        span = own.span(*sentence.span())
        others = [Condition(node.id, span, text.strip(), Test("talent_class", "not in",
                                                                tuple(conditions.class_letters(classes.group("cls")))))] \
            if classes else []
        degree = "deg" if classes else "grp"
        if must.group(degree):  # (…及本科毕业生: neither of those classes nor of that degree)
            degrees = [c.test.value for c in self._conditions(node, own, at + must.start(degree), at + must.end(degree))
                       if isinstance(c, Condition) and c.test is not None and c.test.fact == "education" and c.test.op == "in"]
            if not degrees:
                return None
            others.append(Condition(node.id, span, text.strip(), Test("education", "not in", degrees[0])))
        asked = self._conditions(node, own, at + must.start("rest"), sentence.end())
        if not asked:
            return None
        who = others[0] if len(others) == 1 else Logic("all", tuple(others), node.id, span)
        return Logic("any", (who, Logic("all", tuple(asked), node.id, span)), node.id, span)

    def _recipients_of(self, grant: Node) -> list:
        """What the grant sentences of a part ask of those they pay, all of it (words for a person too): 对…竣工投产、
        生产性设备投资额不低于500万元的项目，按…给予补助."""
        found = []
        for n in _walk([grant]):
            own = self.own(n)
            for sentence, _ in G.grant_pieces(own.text):
                if (where := G.grant_event(sentence.group(), subject=True)) is not None \
                        and not _raised_for_some(sentence.group()):  # (其中…的，补贴比例提高至2%: more for some, no one's bar)
                    found += self._conditions(n, own, sentence.start() + where[0], sentence.start() + where[1])
        return found

    def _stray_requirement(self, node: Node) -> bool:
        """A paragraph or article outside the lists whose every sentence requires something of the applicant or the home
        (所购住房应当位于…范围内, 申请人须在本市缴纳社会保险): not a grant, an exclusion, a definition, nor how to apply."""
        if node.children or node.role == "exclusion" or node.kind not in ("article", "paragraph", "item") \
                or any(_pays(c) for c in node.clauses):
            return False
        sentences = [m.group() for m in re.finditer(r"[^。]+", self.own(node).text) if m.group().strip(" 。；;\n")]
        return bool(sentences) and all(_STRAY_MUST.search(t) and not _STRAY_NOT.search(t) for t in sentences)

    def _required_table(self, node: Node) -> Logic | None:
        """The table of classes under ``node`` when its header names what each must be (人才类别	补贴标准	年龄要求)."""
        header = any(re.fullmatch(F.TABLE_HEADER, (k.text or "").replace(" ", "").replace("\t", "").strip())
                     and re.search(r"要求|条件", k.text or "") for k in node.children)
        return self._class_table(node.children)[1] if header else None

    def _paid_less(self, node: Node, own: _Own, at: int, m: re.Match, parts: list) -> list | None:
        """…购买新建商品住房…每套给予1万元购房补贴。进城农民购买二手住房的，补贴标准减半: those the sentence names are paid
        less, not turned away — a condition of the parts before that their facts contradict (new_home true against a
        second-hand home) admits them too.  None when no condition is contradicted."""
        named = [c for p in self._conditions(node, own, at + m.start("who"), at + m.end("who")) for c in _conditions_of_part(p)
                 if c.test is not None and c.test.op == "=="]
        hit = [c for p in parts for c in _conditions_of_part(p) if c.test is not None and c.test.op == "=="
               and any(n.test.fact == c.test.fact and n.test.value != c.test.value for n in named)]
        if not hit:
            return None
        return _or_else(parts, hit, lambda c: Logic("any", tuple(n for n in named if n.test.fact == c.test.fact), c.node, c.span))

    def _eased_limit(self, node: Node, own: _Own, at: int, m: re.Match, parts: list) -> list | None:
        """在辖区重点企业工作的，毕业年限可放宽至8年以内: the parts with the upper limit of that fact said before (毕业5年以内)
        widened for those the sentence names — the limit, or they and the wider one.  None when no such limit is there."""
        what, n = m.group("what"), float(m.group("n")) * _MULTIPLIERS.get(m.group("unit"), 1)
        facts = _LIMIT_FACTS.get(what[:2]) or (conditions.fact_named(what),)
        # an upper limit widened (毕业5年以内 → 8年) or a floor lowered (营业收入不低于1亿元 → 5000万元)
        limits = [c for p in parts for c in _conditions_of_part(p) if c.test is not None and c.test.fact in facts
                  and isinstance(c.test.value, (int, float))
                  and (c.test.op in ("<", "<=") and c.test.value < n or c.test.op in (">", ">=") and c.test.value > n)]
        who = [p for p in self._conditions(node, own, at + m.start("who"), at + m.end("who")) if _decides(p)]
        if not limits or not who:
            return None
        span = own.span(at + m.start(), at + m.end())

        def wider(c: Condition) -> Logic:
            test = replace(c.test, value=int(n) if n == int(n) else n, op="<=" if c.test.op in ("<", "<=") else ">=",
                           clause=None, discretion=False)
            return Logic("all", (*who, replace(c, span=span, text=m.group().strip(" 。；;"), test=test)), node.id, span)
        return _or_else(parts, limits, wider)

    def _relaxed(self, node: Node, own: _Own, at: int, some: re.Match, base: list) -> list | None:
        """…比重不低于5%，其中年营业收入2亿元以上的企业不低于3%: the threshold of the sentence before (``base``), or for those
        the 其中 names a lower one of the same measure — one numeric test before it, the same unit after."""
        tests = [c for p in base for c in _conditions_of_part(p) if c.test is not None]
        numeric = [c for c in tests if c.test.op in (">=", ">") and isinstance(c.test.value, (int, float))]
        if len(numeric) != 1 or (some.group("unit") or "") != ("%" if numeric[0].test.unit == "%" else ""):
            return None
        who = [p for p in self._conditions(node, own, at + some.start("who"), at + some.end("who")) if _decides(p)]
        if not who:
            return None
        limit = numeric[0]
        lower = replace(limit, span=own.span(at + some.start(), at + some.end()), text=some.group().strip("，, 。；;"),
                        test=replace(limit.test, value=float(some.group("n")), clause=None))
        if lower.test.value >= limit.test.value:
            return None
        return _or_else(base, [limit], lambda c: Logic("all", (*who, lower), node.id, lower.span))

    def _paid_rows(self, node: Node, own: _Own, a: int, b: int) -> list | None:
        """…按类别给予一次性安家补贴：A类人才200万元，B类人才100万元，…: who the grant is for, then one row per group with its
        amount — the rows are alternatives (each group is paid its own), not all asked of everyone.  None when
        ``own.text[a:b]`` has no such list."""
        lead = _GRANT_LIST_LEAD.search(own.text, a, b)
        if not lead:
            return self._amount_rows(node, own, a, b)
        cut = lead.end()
        stop = _SENTENCE_END.search(own.text, cut, b)
        end = stop.start() if stop else b
        rows = [r for m in _COMMA_PART.finditer(own.text, cut, end)
                for r in [[c for c in self._conditions(node, own, m.start(), m.end(), rows=False) if _decides(c)]]
                if r]
        if len(rows) < 2:
            return None
        table = _rows_table(rows, node, own.span(cut, end))
        return [*self._conditions(node, own, a, cut, rows=False), table, *self._conditions(node, own, end, b)]

    def _amount_rows(self, node: Node, own: _Own, a: int, b: int) -> list | None:
        """博士研究生购房补贴总额为15万元，硕士研究生购房补贴总额为5万元: rows that each name a group and its amount, with no
        lead — alternatives too.  None when the text does not open with two such rows."""
        stop = _SENTENCE_END.search(own.text, a, b)
        end = stop.start() if stop else b
        rows, last = [], a
        for m in _COMMA_PART.finditer(own.text, a, end):
            who = conditions.AMOUNT_PART.match(own.text, m.start(), m.end())
            if who is None:
                break
            row = [c for c in self._conditions(node, own, who.start("who"), who.end("who"), rows=False) if _decides(c)]
            if not row:
                break
            rows.append(row)
            last = m.end()
        if len(rows) < 2:
            return None
        return [_rows_table(rows, node, own.span(a, last)), *self._conditions(node, own, last, b, rows=False)]

    def _tiered_items(self, lead: str, kids: list[Node]) -> Logic | None:
        """Items that are each one case 「X的企业，Y」 under a lead (研发费用占营业收入比例达到以下要求：): the tiers of one
        table — X chooses which Y applies, and Y's fact may be the lead's (比例不低于5%: the 研发费用 share)."""
        if len(kids) < 2 or any(k.children for k in kids):
            return None
        topic = conditions.fact_named(lead)
        tiers: list[Logic] = []
        for kid in kids:
            own = self.own(kid)
            tier = self._tier(kid, own, 0, len(own.text.rstrip("。；; ")), tiers, topic)
            if tier is None:
                return None
            tiers.append(tier)
        return _tiers(tiers, kids[0])

    def _paid_case(self, node: Node, own: _Own, a: int, b: int):
        """购买新建商品住房的，每套补贴2万元；: a case and only what it is paid — its selector (decided by a fact), or None."""
        m = re.match(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:[^，,：:。；;]{2,8}[：:。]\s*)?(?P<case>[^，,：:。；;]{2,40}?的)[，,]\s*"
                     r"(?P<then>[^。；;]{0,60}?\d[^。；;]{0,30})[。；;]?\s*$", own.text[a:b])
        if m is None or not re.search(r"(?:补贴|奖励|补助|资助|给予)", m.group("then")) or re.search(F.PERMITS, m.group("then")):
            return None
        lo, hi = own.span(a + m.start("then"), a + m.end("then"))
        if not any(_pays(c) for c in node.clauses if lo <= c.span[0] < hi):
            return None
        selector = [c for c in self._conditions(node, own, a + m.start("case"), a + m.end("case")) if _decides(c)]
        return selector[0] if len(selector) == 1 else None

    def _tier(self, node: Node, own: _Own, a: int, b: int, before: list[Logic], topic: str | None = None):
        """年销售收入3000万元以下的企业，研发投入占比不低于4%: a selector and what applies in its tier;
        a tier that does not name its facts (3000万元以上的，不低于2%) takes those of the tier before,
        and one under a label (…占销售收入总额的比例：…，比例不低于5%) the label's fact."""
        if before and (other := _OTHERWISE.match(own.text[a:b])):  # 其余企业，项目设备投资额不低于300万元: the tiers' rest
            selector = _otherwise(before, node, own.span(a, a + other.end() - 1), other.group().rstrip("，, "))
            rest = self._conditions(node, own, a + other.end(), b)
            if selector is None or not rest:
                return None
            return Logic("all", (selector, *rest), node.id, own.span(a, b))
        # …5亿元（含）以上的企业不低于2%: the case and what it asks, with no comma between
        m = re.match(rf"(?:[^，,：:]|{F.THOUSANDS_COMMA}){{2,40}}?的(?:企业|单位|人员|人才|家庭)?"
                     r"(?:[，,]|(?<=[业位员才庭])(?=(?:比例|占比)?(?:不低于|不少于|不高于|不超过|达到|须达到|应达到)))", own.text[a:b])
        if not m and topic and (row := _INDUSTRY_ROW.match(own.text, a, b)):
            # 上年度营业收入按所属行业分别达到以下标准：商贸流通类企业不低于10亿元；…其他行业企业不低于5亿元: the row's industry, which no
            # fact holds, picks the threshold — above every row passes, below every row fails, between them a person says
            bare = _bare_test(node, own, row.end("who"), b, topic)
            if bare is None:
                return None
            # 工业企业5000万元以上；非工业企业1亿元以上: an industry a fact holds (industrial) selects by it
            held = [c for c in self._conditions(node, own, row.start("who"), row.end("who")) if _decides(c)]
            who = Condition(node.id, own.span(row.start("who"), row.end("who")), row.group("who").strip())
            if re.fullmatch(r"非工业(?:法人)?企业", who.text):  # a row's 非工业企业 is the firm that is not (elsewhere: open)
                held = [replace(who, test=Test("industrial", "==", False))]
            selector = held[0] if len(held) == 1 else who
            return Logic("all", (selector, bare), node.id, own.span(a, b))
        if not m or conditions.inside_bracket(own.text, a, a + m.end()):
            return None  # 非亭湖区户籍（盐城市其他县（市、区）户籍的，视为非亭湖区户籍）: what a bracket counts as, no case
        selector = self._conditions(node, own, a, a + m.end() - (own.text[a + m.end() - 1] in "，,"))
        rest = self._conditions(node, own, a + m.end(), b)
        if topic and not any(_decides(r) for r in rest):
            bare = _bare_test(node, own, a + m.end(), b, topic)
            rest = [bare] if bare is not None else rest
        tests = [c for c in selector if _decides(c)]
        if len(selector) != 1 or not tests or not rest:
            if before and selector and rest and not tests:
                return self._inherit(node, own, a, b, m, before[-1])
            return None
        return Logic("all", (selector[0], *rest), node.id, own.span(a, b))

    def _inherit(self, node: Node, own: _Own, a: int, b: int, m: re.Match, previous: Logic) -> Logic | None:
        """3000万元以上的，不低于2%: the selector's and the tests' facts from the tier before."""
        first = next((c for c in _conditions_of(Logic("all", previous.items[:1])) if c.test is not None), None)
        later = [c for c in _conditions_of(Logic("all", previous.items[1:])) if c.test is not None]
        sel = _bare_test(node, own, a, a + m.end(), first.test.fact if first else None)
        tests = [_bare_test(node, own, a + m.end(), b, c.test.fact) for c in later[:1]]
        if sel is None:
            return None
        if not tests or tests[0] is None:  # 未满2年的，承诺服务期限满5年: what it asks is for a person
            tests = self._conditions(node, own, a + m.end(), b) or [Condition(node.id, own.span(a + m.end(), b),
                                                                             own.text[a + m.end():b])]
        return Logic("all", (sel, *tests), node.id, own.span(a, b))

    def _conditions(self, node: Node, own: _Own, start: int, end: int, rows: bool = True) -> list:
        """The conditions in ``own.text[start:end]``, segment by segment (a segment ends at ，；。:);
        a segment that begins with 或 is an alternative to the one before it; 且 joins two tests; a grant's
        rows of amounts by group (给予…：A类人才200万元，B类…) are alternatives."""
        if rows and (paid := self._paid_rows(node, own, start, end)) is not None:
            return paid
        if re.match(F.HIRING, own.text[start:end]):  # 招用…高校毕业生…，与其签订劳动合同…的企业: the persons' facts are those of whom it hires
            text = own.text[start:end].strip(" 。；;，,")
            head = re.search(r"的(?:各类)?(?P<who>[\u4e00-\u9fff]{0,6}(?:企业|单位|公司|机构|组织))$", text)
            kinds = (F.UNIT_KINDS if "单位" in head.group("who") else _kinds(head.group("who"))) if head else ()
            made = [Condition(node.id, own.span(start, end), text)]
            return made + ([Condition(node.id, own.span(start, end), text, Test("kind", "in", kinds))] if kinds else [])
        found: list = []
        years = None
        selects: set[int] = set()  # indexes in found of parts that end in 的: the case of what follows
        quiet = self._asked_of_no_one(node, own)
        for segment in _SEGMENT.finditer(own.text, start, end):
            text = segment.group().strip()
            if any(x <= segment.start() < y for x, y in quiet):
                continue  # 本细则所称中心城区，是指襄城区、樊城区…: which places an area is (resolve_areas), asked of no one
            if not text or any(w in re.sub(r"[（(][^（()）]*[）)]", "", text) for w in (*F.EXEMPTION, *F.HALVED)):
                continue  # …可不受…限制 is an exemption; 35周岁以下（博士研究生不受此限） a limit with its exception
            if re.match(F.TIME_QUALIFIER, text):
                years = _years(text) or years  # 近3年内，申报单位年均…: qualifies what follows
                continue
            if re.search(F.NOT_CONDITION, text):
                if len(found) - 1 in selects:  # 购买新建商品住房的，购房时间确认以…为准: that case is none either
                    selects.discard(len(found) - 1)
                    found.pop()
                continue
            a, b = segment.span()
            lead = a + len(segment.group()) - len(segment.group().lstrip())
            case = _GROUP_CASE.match(own.text, lead) or _CLASS_CASE.match(own.text, lead)
            if case and case.end() < b:  # 非本市户籍人员须在本市连续缴纳社会保险满12个月: a rule for them only
                who = self._read(node, own, lead, case.end("who"), years)
                then = self._read(node, own, case.end(), b, years)
                if who is not None and then is not None and _decides(who):
                    found.append(_tiers([Logic("all", (who, then), node.id, own.span(lead, b))], node))
                    continue
            alternatives = []
            for x, y in _split(own.text, a, b):
                halves = [self._read(node, own, p, q, years) for p, q in _halves(own.text, x, y)]
                halves = [h for h in halves if h is not None]
                if halves:
                    alternatives.append(halves[0] if len(halves) == 1 else Logic("all", tuple(halves), node.id,
                                                                                   own.span(x, y)))
            if not alternatives:
                continue
            part = alternatives[0] if len(alternatives) == 1 else Logic("any", tuple(alternatives), node.id,
                                                                          own.span(a, b))
            if re.match(r"[：:]\s*\S", own.text[b:b + 2]) and not own.text[:a].strip(" （()）一二三四五六七八九十0123456789、.．") \
                    and len(text) <= 12:  # （一）返乡农民工：具有本县户籍的农村劳动力…: a label its definition follows — its tests only
                if (part := _decidable(part)) is None:
                    continue
            if text.startswith(("或者", "或")) and found:  # 正在承担…项目，或者正在开展…研发
                previous = found.pop()
                options = previous.items if isinstance(previous, Logic) and previous.op == "any" else (previous,)
                part = Logic("any", (*options, part), node.id, (_span_start(previous), own.span(a, b)[1]))
            found.append(part)
            # (…满6个月的，在本县购买新建商品住房，且…唯一住房的: a stretch that ends in 的 says who, whole — no case inside it)
            if text.endswith("的") and segment.end() < end and not re.search(F.PERMITS, own.text[segment.end():end][:12]) \
                    and not _PAID_AFTER.match(own.text, segment.end(), end) \
                    and not own.text[start:end].rstrip(" 。；;\n").endswith("的") \
                    and not conditions.inside_bracket(own.text, start, segment.end()):  # （…户籍的，视为…）: no case
                selects.add(len(found) - 1)  # …无城镇住房的，可以领取…: X is required, not a case
        return _tier_segments(_case_parts(found, selects, node), node)

    def _asked_of_no_one(self, node: Node, own: _Own) -> list[tuple[int, int]]:
        """A node's sentences that ask nothing where they stand (:func:`_asked_of_no_one`), found once (asked for
        every stretch of the node read)."""
        if node.id not in self._quiet:
            self._quiet[node.id] = _asked_of_no_one(own.text) + [
                m.span() for m in _TERRITORY_DEFINED.finditer(own.text)
                if (where := P.resolve(m.group("word"), self.chain)) and P.base(where) == P.base(m.group("place"))]
        return self._quiet[node.id]

    def _clause_starts(self, node: Node) -> tuple[list[int], list[int]]:
        """The starts of a node's clauses, sorted, and the clauses' indexes in that order (found once,
        so a segment's clauses are found by bisection: a node one line long has thousands)."""
        if node.id not in self._starts:
            order = sorted(range(len(node.clauses)), key=lambda i: node.clauses[i].span[0])
            self._starts[node.id] = ([node.clauses[i].span[0] for i in order], order)
        return self._starts[node.id]

    def _read(self, node: Node, own: _Own, a: int, b: int, years: str | None, exclusion: bool = False):
        """One piece of a segment as its tests, and a text condition for what no rule read."""
        text = own.text[a:b].strip()
        if not text or (text.strip(" 。：:；;") == (node.heading or "").strip(" 。：:；;") or own.text[b:b + 1] in "：:。"
                        and not own.text[:a].strip()) and re.fullmatch(F.TOPIC_LABEL, text.strip(" 。：:；;")):
            return None  # （三）面积要求。所购住房…: the heading says what the item is about, its text the rest
        span = own.span(a, b)
        referred, blank = (None, None) if exclusion else self._referred(node, own, a, b)
        segment = self._segment(node, own, a, b, years, exclusion, blank)
        tests, open_words = read_segment(segment)
        clauses = segment.clauses
        if open_words and not tests and (clauses and all(_pays(c, _PAYING) for _, c, _, _ in clauses)
                                         or re.search(F.PROCEDURE, text)):
            open_words = False  # 最高不超过200万元, 由房企兑现: what is paid and how, not who may claim it
        items = [Condition(node.id, span, text, t) if isinstance(t, Test) else _tier_table(t, node.id, span, text)
                 for t in tests]
        if open_words:
            items.append(Condition(node.id, span, text))
        if referred is not None:
            items.insert(0, referred)  # 符合本办法第三条规定条件的企业: that article's conditions, asked here
        if not items:
            return None  # only filler (社会保险：, 年龄符合要求): nothing to judge
        return items[0] if len(items) == 1 else Logic("all", tuple(items), node.id, span)

    @cached_property
    def granting_by_reference(self) -> set[str]:
        """The nodes with a grant sentence whose recipients are those who meet other provisions (对符合第五条规定的小微企业，
        财政按…给予贴息)."""
        found = set()
        for node in _walk(self.doc.body):
            if not node.refs or not any(_pays(c) for c in node.clauses):
                continue
            own = self.own(node)
            for sentence, row in G.grant_pieces(own.text):  # the grants as event_grants reads them
                where = row or G.grant_event(sentence.group(), subject=True)
                if where is None:
                    continue
                a, b = sentence.start() + where[0], sentence.start() + where[1]
                if self._referred(node, own, a, b)[0] is not None:
                    found.add(node.id)
        return found

    def _referred(self, node: Node, own: _Own, a: int, b: int) -> tuple[Logic | None, tuple[int, int] | None]:
        """符合本办法第三条规定条件的, 对符合第二条、第三条规定的个人: the conditions of the provisions a piece says the
        applicant meets (its cross-references, resolved by the refs stage), and where those words are in the piece —
        (None, None) when it names none, or one that asks nothing."""
        lo, hi = own.span(a, b)
        for ref in node.refs:
            if not (lo <= ref.span[0] and ref.span[1] <= hi) or not ref.targets \
                    or any(t in self._referring or t not in self.nodes for t in ref.targets):
                continue
            at = own.index(ref.span[0], a, b)
            words = _MEETS_PROVISIONS.search(own.text, max(a, at - 12), b)
            if words is None or not words.start() <= at < words.end():
                continue
            if ref.targets not in self._provisions:  # each provision read once, however many pieces cite it
                self._referring.update(ref.targets)
                try:
                    self._provisions[ref.targets] = [self._logic([self.nodes[t]], None, [])[0] for t in ref.targets]
                finally:
                    self._referring.difference_update(ref.targets)
            parts = [p for p in self._provisions[ref.targets] if p.items]
            if parts:
                return Logic("all", tuple(parts), node.id, own.span(a, b)), (words.start() - a, words.end() - a)
        return None, None

    def _segment(self, node: Node, own: _Own, a: int, b: int, years: str | None, exclusion: bool,
                 blank: tuple[int, int] | None = None) -> Segment:
        """The stretch a..b of a node's text as a segment, with the number clauses inside it (the words
        ``blank`` spans, read elsewhere, as spaces)."""
        span = own.span(a, b)
        clauses = []
        starts, order = self._clause_starts(node)
        for i in sorted(order[bisect_left(starts, span[0]):bisect_left(starts, span[1])]):
            placed = node.clauses[i]
            if span[0] <= placed.span[0] and placed.span[1] <= span[1]:
                x, y = own.index(placed.span[0], a, b) - a, own.index(placed.span[1] - 1, a, b) - a + 1
                clauses.append((placed.id, placed.reading, x, y))
        text = own.text[a:b]
        if blank is not None:
            text = text[:blank[0]] + " " * (blank[1] - blank[0]) + text[blank[1]:]
        return Segment(text, tuple(clauses), self.chain, exclusion, _years(own.text[a:b], years),
                       own.sentence(a, b), self.person, own.full_sentence(a, b), self._terms)

    def _exemption(self, node: Node, own: _Own, a: int, b: int) -> Exemption:
        text = own.text[a:b].strip()
        if re.search(F.EXTENDED_TO, text):
            return self._extension(node, own, a, b, text)
        holders = tuple(t for t in (*F.TITLES, *F.AWARDS) if F.plain_name(t) in F.plain_name(text))
        halved = any(w in text for w in F.HALVED)
        m = re.search(r"不受(?P<what>[^。；;]{1,40}?)(?:的)?限制|(?P<half>[^，,。；;]{1,20}?)(?:要求)?(?:可)?减半", text)
        what = (m.group("what") or m.group("half")) if m else text  # only what the sentence lifts
        lifted = tuple(name for name, fact in F.FACTS.items() if any(p in what for p in fact.phrasings))
        read, _ = read_segment(Segment(what, (), self.chain))  # 可以不受签订劳动合同和缴纳社会保险的限制
        lifted += tuple(t.fact for t in read if isinstance(t, Test) and t.fact not in lifted
                        and t.fact not in ("talent_class", "kind", "titles", "awards", "undertaking"))
        if halved and not lifted and "专利" in text:
            lifted = ("valid_patents", "invention_patents")
        cut = m.start() if m else len(text)  # A类、B类人才申请购房补贴，不受…年龄限制: the classes it is for
        classes = tuple(c for t in read_segment(Segment(text[:cut], (), self.chain))[0]
                        if isinstance(t, Test) and t.fact == "talent_class" for c in t.value)
        if classes and "年龄" in what:  # A类、B类人才…不受本细则第四条第（五）项年龄限制: every age the text asks them
            lifted += tuple(f for f in ("born", *_AGE_FACTS) if f not in lifted)
        # A类、B类人才不受…户籍和社会保险缴纳限制, 不受…住房套数限制: the facts those words name, for the classes or holders named
        # (not 子女就读…不受户籍限制: another's 户籍)
        if (classes or holders) and not re.search(r"子女|配偶|父母|家属", text[:cut]):
            lifted += tuple(f for words, facts in F.LIFTED_WORDS if re.search(words, what) for f in facts if f not in lifted)
        # 多孩家庭购买第二套新建商品住房的，不受首套住房限制, 具有博士研究生学历的人员，不受年龄限制: what those it frees are, when
        # facts say it all (no classes or titles, which say it already; no words left for a person)
        who: tuple[Condition, ...] = ()
        if not classes and not holders and cut > 0 and not halved:
            whom = text[:cut].rstrip("，, ")
            read, unread = read_segment(Segment(whom, (), self.chain))
            tests = [t for t in read if isinstance(t, Test) and t.fact not in ("talent_class", "titles", "awards", "kind")]
            if tests and len(tests) == len(read) and not unread:
                start = b - len(own.text[a:b].lstrip())  # where ``text`` (stripped) begins
                who = tuple(Condition(node.id, own.span(start, start + cut), whom, t) for t in tests)
        return Exemption(node.id, own.span(a, b), text, holders, lifted, "halve" if halved else "lift", classes, who)

    def _extension(self, node: Node, own: _Own, a: int, b: int, text: str) -> Exemption:
        """机关事业单位编外聘用人员可参照执行, 毕业两年内初次就业的毕业生参照执行: those the conditions are extended to — the facts
        they are named by lifted for them, and who they are as far as facts say it (the rest, words a person weighs)."""
        named, unread = read_segment(self._segment(node, own, a, b, None, False))  # 毕业两年内: with its figures
        named = [t for t in named if isinstance(t, Test) and t.fact not in ("kind", "region", "hukou")]
        lifted = tuple(dict.fromkeys(t.fact for t in named))
        if _kinds(text) and "employer_kind" not in lifted:  # 机关事业单位编外聘用人员: people of a kind of employer
            lifted += ("employer_kind",)
        # whom it names, as far as facts say it (毕业两年内 — and 初次就业, words a person weighs)
        span = own.span(a, b)
        who = tuple(Condition(node.id, span, text, t) for t in named if t.fact != "employer_kind") \
            + ((Condition(node.id, span, text),) if unread or "employer_kind" in lifted else ())
        return Exemption(node.id, span, text, (), lifted, "lift", (), who)

    # exclusions and definitions ----------------------------------------------------------------------

    def _exclusions(self, nodes: list[Node], others: list[Node]) -> Iterator[Condition]:
        """Every exclusion of the guide outside the other programmes' homes: a sentence that says
        不得申报/不予补贴, or an item under a lead-in 有下列情形之一的，不予…：; read as tests where the
        words allow (有失信记录的 → dishonest true)."""
        skip = {n.id for o in others for n in _walk([o])}
        for node in _walk(nodes):
            if node.id not in skip:
                yield from self._node_exclusions(node)

    def _node_exclusions(self, node: Node) -> list[Condition]:
        """The exclusions a node states, read once (every programme of a guide asks for them)."""
        if node.id not in self._excluded:
            self._excluded[node.id] = list(self._read_exclusions(node))
        return self._excluded[node.id]

    @cached_property
    def summary_rows(self) -> frozenset[str]:
        """The rows of a summary table (补贴标准汇总如下： / 新市民　新市民　城区　8000元/套　不予补贴 / …): a restatement — a
        cell's 不予补贴 is no exclusion of its own."""
        rows: set[str] = set()
        for node in _walk(self.doc.body):
            siblings = node.children
            for k, lead in enumerate(siblings):
                if re.search(_SUMMARY_LEAD, (lead.text or "").strip()):
                    rows |= {r.id for r in takewhile(lambda r: not r.children and "。" not in (r.text or "")
                                                     and len((r.text or "").strip()) <= 80, siblings[k + 1:])}
        return frozenset(rows)

    def _read_exclusions(self, node: Node) -> Iterator[Condition]:
        if node.id in self.summary_rows:
            return
        seen: set[tuple[str, Span]] = set()
        own = self.own(node)
        listed = node.role == "exclusion" or node.id in self.under_exclusion_leads
        under_lead = listed and not _EXCLUDES.search(own.text)
        # 近三年内发生…事故；纳入…“黑名单”的；经审议其他不予支持的。 under 有下列情形的不予支持: each
        # sentence of a listing paragraph is an exclusion, whether or not it says so again
        sentences = [(0, len(own.text))] if under_lead else self._excluding(node, own, listed)
        for a, b in sentences:
            text = own.text[a:b].strip()
            if not text or re.search(r"[:：]$", text) and not under_lead:
                continue  # a lead-in: its items are the exclusions
            if (out := re.match(F.PLACES_LEFT_OUT, text)) and conditions.listed_places(out.group("who") or out.group("own"), self.chain):
                continue  # 松滋市、石首市…不适用本细则: a place the text leaves out, a general condition
            if re.fullmatch(r"[^，,。；;：:的]{0,10}(?:情形|情况)", text.strip(" 。：:；;【】")):
                continue  # 不予补贴情形: the heading of the list, its items are the exclusions (not 其他不应受理的情形。)
            cut = _EXCLUDES.search(text)
            end = a + (cut.start() if cut else len(own.text[a:b]))
            yield from self._exclusion(node, own, a, end if end > a else b, text, seen)

    def _excluding(self, node: Node, own: _Own, listed: bool) -> list[Span]:
        """The sentences of a node that exclude (all of them in a listing paragraph), read once."""
        key = (node.id, listed)
        if key not in self._excluding_spans:
            # (与用人单位签订劳动合同时距其毕业时间不超过3年（…，超过3年的不予受理）: a bracket that restates the limit, no exclusion)
            self._excluding_spans[key] = [m.span() for m in re.finditer(r"[^。；;]+", own.text)
                                          if listed or _EXCLUDES.search(_BRACKETS.sub("", m.group()))]
        return self._excluding_spans[key]

    @cached_property
    def under_exclusion_leads(self) -> set[str]:
        """Nodes under a lead that excludes (…不包括：1.…；2.…), and what a misread number put under them."""
        return {k.id for n in _walk(self.doc.body) if re.search(F.EXCLUSION_LEAD, self.own(n).text[-12:])
                for k in _walk(n.children)}

    def _exclusion(self, node: Node, own: _Own, a: int, b: int, text: str, seen: set) -> Iterator[Condition]:
        span = own.span(a, b)
        if (node.id, span) in seen:
            return
        seen.add((node.id, span))
        held = _UNDERTAKING.search(text)
        what = (held.group("what") or held.group("held")) if held else ""
        if held:
            title = "本项目" if any(w in what for w in F.THIS_PROGRAMME) else what
            yield Condition(node.id, span, text, Test("undertaking", "has", (title,)))
            return
        if re.fullmatch(r"\s*(?:以上|上述|前款)?(?:所列)?(?:情形|情况)?(?:均)?以[^，,。；;]{2,40}(?:为准|认定)[。；;]?\s*", text):
            return  # 以上情形以区人力资源和社会保障局会同有关部门联合核查结果为准: on whose findings, no case of its own
        if _HIGHEST_ONLY.search(text):
            return  # 同时符合多项奖励条件的，按就高原则给予奖励，不重复享受；…同类奖励的，予以扣除: which grant, not who may apply
        if re.search(F.PROCEDURAL, text):
            # 逾期申请的不予受理, 以虚假材料骗取的: how an application is made, not who may apply — but 被列入严重失信主体名单，或
            # 经查实存在弄虚作假行为的 names a 失信 record beside it, which excludes
            if _LISTED_DISHONEST.match(text):
                tests, _ = read_segment(self._segment(node, own, a, b, None, True))
                yield from (Condition(node.id, span, text, t) for t in tests
                            if isinstance(t, Test) and t.fact == "dishonest" and t.value is True)
            return
        if re.fullmatch(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:以下|下列)[^，,。；;]{0,10}?(?:不予|不得|不能|不再)"
                        r"[\u4e00-\u9fff]{2,4}[：:。]?\s*", text):
            return  # （四）以下人员不予补贴 over its items: the lead of the list, whom it names the items say
        recognised = re.match(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?已(?:被)?(?:认定|评定|评为|获评|列为|入选)(?:为)?"
                              r"(?P<what>[^，,。；;]{4,60}?)的?[，,。；;]?\s*$", own.text[a:b])
        if recognised:  # 已被认定为国家级专精特新“小巨人”企业或湖北省专精特新中小企业的: titles the profile holds or not
            names = tuple(n for n in re.split(r"或者|或|、|和|及", recognised.group("what")) if len(n) >= 4)
            if names:
                yield Condition(node.id, span, text, Test("titles", "has", names))
                return
        # (with the number clauses of the stretch: 注册成立不满1年的, 从业人员不足10人的)
        # 在党政机关…工作的人员（A类、B类人才除外）: the classes the exclusion spares — read without them, spared by an exemption
        excepted = _EXCEPTED_CLASSES.search(own.text, a, b)
        tests, open_words = read_segment(self._segment(node, own, a, excepted.start() if excepted else b, None, True))
        # 解除劳动关系或社会保险关系转出本市的: either excludes — an exclusion's sides are exclusions each
        tests = [t for x in tests for t in ([u for side in x[1] for u in side if isinstance(u, Test)]
                                            if isinstance(x, tuple) and x[0] == "any" else [x])]
        kept = [t for t in tests if isinstance(t, Test) and _excludes(t, text, alone=len(tests) == 1)]
        if open_words:  # 已享受…补贴且已有住房的: a home owned is part of what excludes — alone, a person judges
            kept = [replace(t, discretion=True) if t.fact == "homes_owned" else t for t in kept]
        if open_words or len(kept) < len(tests):
            # C类、D类、E类人才及本科毕业生在本市购买住房的: whom it names, and an act no test of it says — that they did it, a
            # person judges
            kept = [replace(t, discretion=True) if t.fact in ("talent_class", "education") else t for t in kept]
        degrees = [t for t in tests if isinstance(t, Test) and t.fact == "education" and t.op == "in" and t not in kept]
        tests = kept
        # whom the exclusion spares, an exemption of it: the classes of its （A类、B类人才除外）, or the other degrees of
        # 非全日制本科、大专学历人员不纳入补贴范围 (not C类…及本科毕业生…的: classes and a degree joined, either of them)
        classes = tuple(conditions.class_letters(excepted.group("who"))) if excepted else ()
        who = (Condition(node.id, span, text, Test("education", "not in", degrees[0].value)),) \
            if degrees and not excepted and not any(t.fact == "talent_class" for t in tests) else ()
        if tests and (classes or who):
            self.excepted[(node.id, span)] = Exemption(node.id, span, text, (), tuple(dict.fromkeys(t.fact for t in tests)),
                                                       "spare", classes, who)
        # 列入失信被执行人名单的企业: which list it is does not change who has a 失信 record; 商业、办公等
        # 非住宅类房产及二手房: a second-hand home excludes, the rest is for a person to judge
        for test in tests:
            yield Condition(node.id, span, text, test)
        # (超出期间购买的，不予补贴: words that restate what is asked elsewhere, no case of their own — nothing to judge)
        if not tests and _OUTSIDE_THE_PERIOD.search(text):
            return  # …应当在2025年1月1日至2026年12月31日期间，超出期间购买的，不予补贴: the period, asked where it is said
        if _OTHER_PLACES.search(text) and not any(t.fact in F.PLACE_FACTS and t.op == "in" and _excludes(t, text, True)
                                                  for t in tests if isinstance(t, Test)):
            return  # 郴州市其他县（市、区）的新建商品住房不适用本办法: the places beside the text's own, which its scope leaves out
        if _DURING_THE_GRANT.match(text):
            return  # 申请期间在顺德区内购买住房的: what ends the grant later — its facts (if any) decide now, the rest is to come
        if not tests and _UNPAID_PART.search(text):
            return  # 社会保险中断的月份不予发放: which months are paid, not who may apply
        if not tests or open_words and not any(t.fact == "dishonest" for t in tests):
            yield Condition(node.id, span, text)

    def _definitions(self) -> Iterator[Definition]:
        """本办法所称总部企业，是指在本区注册的…企业: the term and the conditions it puts on who it names."""
        for node in _walk(self.doc.body):
            own = self.own(node)
            for m in _DEFINITION.finditer(own.text):
                term = m.group("term").strip("“”\"")
                a, b = m.start("what"), m.end("what")
                logic = self._defined_groups(node, own, a, b)
                # …是指具有潍坊市户籍…的家庭。非潍坊市户籍的多孩家庭，…连续缴纳社会保险满12个月的，可参照本办法享受补贴。:
                # the sentence after the definition lets others in as well — another way to be the term
                after = re.match(rf"[。；;]\s*(?P<other>[^。；;]*{re.escape(term)}[^。；;]*?)[，,]?(?:也|亦)?可(?:以)?(?:参照|比照)本",
                                 own.text[m.end():])
                if after:
                    x, y = m.end() + after.start("other"), m.end() + after.end("other")
                    other = self._conditions(node, own, x, y)
                    if other:
                        logic = Logic("any", (logic, Logic("all", tuple(other), node.id, own.span(x, y))), node.id,
                                      own.span(a, y))
                listed = self._listed_under(node, m.group("what"))
                if listed is not None:  # …，是指在重点企业全职工作、同时符合下列条件的人员：（一）…（二）…: its items too
                    logic = Logic("all", (*logic.items, listed), logic.node, logic.span)
                if re.fullmatch(F.EMPLOYER_TERM, term):
                    logic = self._employer_defined(node, own, m, logic)
                yield Definition(term, node.id, own.span(m.start(), m.end()), m.group().strip(), logic)

    def _employer_defined(self, node: Node, own: _Own, m: re.Match, logic: Logic) -> Logic:
        """本细则所称用人单位，是指在大连市依法登记注册的企业、民办非企业单位和社会团体，不含机关、事业单位: the employer's kinds
        (employer_kind) and where it is — not the applicant's kind, nor words for a person."""
        what = m.group("what")
        cut = re.search(r"[，,（(]?(?:不含|不包括|不包含|但不含)", what)
        kinds_in = conditions.as_employers(_kinds(what[:cut.start()] if cut else what))
        kinds_out = conditions.as_employers(_kinds(what[cut.end():])) if cut else ()
        if cut and "机关" in what[cut.end():]:
            kinds_out = tuple(dict.fromkeys((*kinds_out, "government")))
        span = own.span(m.start("what"), m.end("what"))
        places = [c for c in _conditions_of(logic) if c.test is not None and c.test.fact in F.PLACE_FACTS]
        made = [*places]
        if kinds_in:
            made.append(Condition(node.id, span, what, Test("employer_kind", "in", kinds_in)))
        if kinds_out:
            made.append(Condition(node.id, span, what, Test("employer_kind", "not in", kinds_out)))
        return Logic("all", tuple(made), logic.node, logic.span) if kinds_in or kinds_out else logic

    def _defined_groups(self, node: Node, own: _Own, a: int, b: int) -> Logic:
        """是指以全日制方式…取得硕士研究生及以上学历学位的人员，以及取得国（境）外硕士以上学位…的留学回国人员: a
        definition that names two groups, each whole (ending in who they are), is one of them, not both."""
        cuts = [c for c in _GROUPS_JOINED.finditer(own.text, a, b)
                if _GROUP_END.search(own.text, a, c.start())]
        if not cuts or not _GROUP_END.search(own.text, a, b):
            return Logic("all", tuple(self._conditions(node, own, a, b)), node.id, own.span(a, b))
        bounds = [a, *(x for c in cuts for x in c.span()), b]
        groups = [Logic("all", tuple(self._conditions(node, own, x, y)), node.id, own.span(x, y))
                  for x, y in zip(bounds[::2], bounds[1::2])]
        return Logic("any", tuple(groups), node.id, own.span(a, b))

    def _recipients_listed(self, node: Node, recipients: str) -> Logic | None:
        """The items under a grant whose recipients are 同时符合下列条件的 (all) or 符合下列条件之一的 (one)."""
        return self._items_logic(node, "之一" in recipients)

    def _listed_under(self, node: Node, lead: str) -> Logic | None:
        """The items a definition's lead lists (…同时符合下列条件的人员：), all of them or, for 之一, one."""
        ends = _LIST_LEAD_END.search(lead)
        return self._items_logic(node, bool(ends.group("one"))) if ends else None

    def _items_logic(self, node: Node, one: bool) -> Logic | None:
        """The items a lead introduces (under it, else right after it): all of them, or with ``one`` any."""
        kids = self._items_led(node, under_first=True)
        parts = [p for p in (self._node_logic(k, [], []) for k in kids) if p is not None]
        if not parts:
            return None
        return Logic("any" if one else "all", tuple(parts), node.id, (kids[0].span[0], kids[-1].span[1]))

    @cached_property
    def general(self) -> list:
        """本办法适用对象应当…, 享受本办法扶持的对象须…: conditions on every programme of the text."""
        found = []
        parents = self.parent_of
        for node in _walk(self.doc.body):
            own = self.own(node)
            # 三、共同要求 / 申报单位须信用良好，近三年无严重失信行为: what every programme of the guide asks (the words a
            # fact decides; 申报材料须真实 is how to apply)
            common = any(re.search(F.COMMON_HEADING, _part_title(n)) for n in (node, parents.get(node.id)) if n is not None)
            for m in re.finditer(r"[^。；;]+", own.text):
                if common and not _EXCLUDES.search(m.group()):
                    found += [t for t in map(_decidable, self._conditions(node, own, *m.span())) if t is not None]
                elif _APPLY_LIMIT.search(m.group()):
                    # 人才应当在购房合同网签备案之日起12个月内提出申请，逾期不予受理: every purchase's limit (its test only)
                    found += [t for t in map(_decidable, self._conditions(node, own, *m.span())) if t is not None
                              and any(c.test.fact == "years_since_purchase" for c in _conditions_of_part(t))]
                elif re.search(F.GENERAL_CONDITION, m.group()):
                    made = self._conditions(node, own, *m.span())
                    if not re.search(r"(?:下列|以下|如下)条件[：:]?\s*$", m.group()):
                        found += made
                        continue
                    # 申报本办法奖励的主体，应同时具备下列条件：（一）…；（二）未被列入严重失信主体名单。: what the lead's
                    # words decide, and its items
                    found += [t for t in map(_decidable, made) if t is not None]
                    for item in node.children:
                        mine = self.own(item)
                        found += self._conditions(item, mine, 0, len(mine.text))
                elif outside := re.match(F.PLACES_LEFT_OUT, m.group()):
                    who = "who" if outside.group("who") else "own"
                    found += self._territory_scope(node, own, m.start() + outside.start(who),
                                                   m.start() + outside.end(who), "not in")
                elif where := re.search(F.TERRITORY_SCOPE, m.group()):
                    found += self._territory_scope(node, own, m.start() + where.end(), m.end())
                    # 本办法适用于在宛城区内依法注册、具有独立法人资格的企业: the form and kind it names bind as well
                    a, b = m.start() + where.end(), m.end()
                    scope_text = own.text[a:b]
                    tests, _ = read_segment(Segment(scope_text, (), self.chain))
                    found += [Condition(node.id, own.span(a, b), scope_text, t) for t in tests
                              if isinstance(t, Test) and t.fact == "legal_person"]
                    if re.search(r"的(?:各类)?(?:企业|公司)[。.；;\s]*$", scope_text) and (kinds := _kinds(scope_text.rstrip("。.；; "))) \
                            and kinds == ("enterprise",):
                        found.append(Condition(node.id, own.span(a, b), scope_text, Test("kind", "in", kinds)))
                elif scope := re.search(F.SCOPE_PREAMBLE, m.group()) or re.search(F.TARGET_SENTENCE, m.group()) \
                        or re.search(F.APPLY_UNDER_TEXT, m.group()):
                    a = m.start() + scope.start("who")
                    found += [t for t in map(_decidable, self._conditions(node, own, a, a + len(scope.group("who"))))
                              if t is not None]
                elif (before := re.search(F.OLD_POLICY, m.group())) and (day := self._in_force()) is not None:
                    # 实施意见施行之前来淮人才按原有政策执行: those hired before the text took effect are under the old rules
                    a, b = m.start() + before.start(), m.start() + before.end()
                    found.append(Condition(node.id, own.span(a, b), own.text[a:b], Test("hired", ">=", day)))
                elif self._homes_title and re.match(F.PURCHASE_TIME, m.group()):
                    # 第四条 购房时间为2024年1月1日至2024年12月31日: when every home of the text must be bought
                    a, b = own.span(m.start(), m.end())
                    period = next((k for k in node.clauses if _days_between(k) and k.min != k.max and a <= k.span[0] < b), None)
                    # …应在2022年12月31日前: one edge, as the sentence's own words put it
                    found += _purchase_period(node.id, (a, b), m.group().strip(), period) if period else \
                        [c for c in self._conditions(node, own, *m.span()) if isinstance(c, Condition) and c.test
                         and c.test.fact == "home_purchased"]
        return found

    @cached_property
    def scoped_exclusions(self) -> list[tuple[str, Condition]]:
        """Exclusions said of a whole chapter or text (…的企业和单位，不享受本章政策 / 本办法): (the chapter's id, or "" for
        the whole text, and each exclusion)."""
        found: list[tuple[str, Condition]] = []
        for node in _walk(self.doc.body):
            own = self.own(node)
            for m in re.finditer(r"[^。；;]+", own.text):
                scope = re.search(r"(?:不享受|不予享受|不得享受|不适用)本(?P<what>章|节|办法|细则|措施|意见|方案|政策)", m.group())
                if not scope:
                    continue
                where = node.id.split("__")[0] if scope.group("what") in ("章", "节") else ""
                text = m.group().strip()
                # (what a fact decides: a lead over its items, or places left out, are read where they stand)
                found += [(where, c) for c in self._exclusion(node, own, m.start(), m.end(), text, set()) if c.test is not None]
        return found

    def _in_force(self) -> str | None:
        """The day the text took effect: its effective date, or its own date when it takes effect on issue (自印发之日起)."""
        meta = self.doc.meta
        if meta is None or meta.effective is None:
            return None
        if meta.effective.value:
            return str(meta.effective.value)[:10] if len(str(meta.effective.value)) >= 10 else None
        return str(meta.date.value)[:10] if meta.date and meta.date.value and len(str(meta.date.value)) >= 10 else None

    def _territory_scope(self, node: Node, own: _Own, a: int, b: int, op: str = "in") -> list:
        """实施范围为琅琊区、南谯区、…，各县(市)可参照执行: every programme is for applicants, or homes,
        in the places listed (those inside the document's territory); 松滋市、石首市…不适用本细则: not in them."""
        text = own.text[a:b]
        if op == "in":
            tests, _ = read_segment(Segment(text, (), self.chain))
            # 本细则适用于在襄阳市中心城区（…）购买新建商品住房的个人: the places of the homes count as well
            places = tuple(dict.fromkeys(v for t in tests if isinstance(t, Test) and t.fact in ("region", "home_region")
                                         and t.op == "in" for v in t.value))
        else:
            # 各县（市）、云溪区可参照本细则制定…: the city's counties (its 县域) and the places named
            rest, counties = _COUNTIES.subn("", text)
            rest = rest.strip("、，, ")
            places = (conditions.listed_places(rest, self.chain) or ()) if rest else ()
            if counties and self.city and (places or not rest):
                places = (*places, f"{self.city}（县域）")
        if not places or not self._within(places):
            return []
        span = own.span(a, b)
        either = tuple(Condition(node.id, span, text, Test(fact, op, places)) for fact in ("region", "home_region"))
        return [Logic("any", either, node.id, span)]

    @cached_property
    def reckoned_at_purchase(self) -> bool:
        """The text counts ages and years since graduation to the purchase (上述年龄、毕业年限均以购房合同网签备案之日
        计算), not to the day judged."""
        return any(re.search(r"购房|网签|买卖合同|备案", m.group("day"))
                   for n in _walk(self.doc.body) for s in re.finditer(r"[^。；;]+[。；;]?", self.own(n).text)
                   if (m := re.search(F.RECKONED, s.group())))

    @cached_property
    def eased_ages(self) -> list[tuple[str, int | None, Condition]]:
        """对我市重点产业链急需紧缺专业的博士研究生，年龄可适当放宽，但最高不超过50周岁, anywhere in the text: the degree, the
        widest age, and the words that say for which of them (read once)."""
        found = []
        for node in _walk(self.doc.body):
            own = self.own(node)
            for m in _EASED_AGE.finditer(own.text):
                widest = m.group("n") or m.group("to")
                found.append((conditions.degree_level(m.group("who")), int(widest) if widest else None,
                              Condition(node.id, own.span(m.start(), m.end()), m.group().strip(" ，,。"))))
        return found

    def ease_ages(self, p: Programme) -> Programme:
        """A degree's age limit the text eases elsewhere for some of them: within the limit, or — for a person to judge
        whether one is of those — within the widest age it allows (above that, still too old)."""
        if not self.eased_ages:
            return p

        def ease(part):
            if not isinstance(part, Logic):
                return part
            first = part.items[0] if part.items else None
            if isinstance(first, Logic) and first.op == "all" and first.items \
                    and all(isinstance(i, Condition) for i in first.items):  # (具有全日制…专科学历的人员: degree, 全日制)
                first = first.items[0]
            levels = first.test.value if isinstance(first, Condition) and first.test and first.test.fact == "education" \
                and first.test.op == "in" else ()
            eased = [e for e in self.eased_ages if e[0] in levels]
            if part.op != "all" or not eased:
                return replace(part, items=tuple(ease(i) for i in part.items))
            _, widest, who = eased[0]
            items = []
            for i in part.items:
                t = i.test if isinstance(i, Condition) else None
                if t is not None and t.fact in _AGE_FACTS and t.op in ("<", "<=") and isinstance(t.value, (int, float)) \
                        and (widest is None or t.value < widest):
                    wider = (replace(i, test=replace(t, op="<=", value=widest)), who) if widest else (who,)
                    i = Logic("any", (i, Logic("all", wider, who.node, who.span)), i.node, i.span)
                items.append(i)
            return replace(part, items=tuple(items))
        return replace(p, logic=ease(p.logic))

    def reckon(self, p: Programme) -> Programme:
        """Ages and years since graduation on the day the text counts them to."""
        if not self.reckoned_at_purchase:
            return p
        at = {"age": "age_at_purchase", "graduated_years": "graduated_years_at_purchase"}

        def moved(part):
            if isinstance(part, Logic):
                return replace(part, items=tuple(map(moved, part.items)))
            t = part.test
            return replace(part, test=replace(t, fact=at[t.fact])) if t is not None and t.fact in at else part
        return replace(p, applicants=moved(p.applicants), logic=moved(p.logic))

    def bind_general(self, p: Programme) -> Programme:
        if not self.general:
            return p
        # 本措施适用吉林市各城区 for a purchase: where the home is; 本条例适用于本市行政区域内的…职工 for
        # anything else: where the applicant is
        home = any(c.test and c.test.fact in F.HOME_FACTS or re.search(F.HOME_PURCHASE, c.text) for c in _conditions_of(p.logic)) \
            or bool(re.search(F.HOME_PURCHASE, p.title))
        voucher = bool(re.search(F.VOUCHER, p.title) or re.search(F.VOUCHER, self.doc.title))
        general = [_place_only(g, "home_region" if home else "region") for g in self.general
                   # 本次实施范围为江门市区范围 in a 人才房票 scheme: where the vouchers are spent (its pool of homes), asked of
                   # no applicant — the voucher comes before any home, and those who work in its counties get one too
                   if not (voucher and _place_only(g, "home_region") is not g)]
        if not general:
            return p
        return replace(p, logic=Logic("all", (*general, p.logic), p.logic.node, p.logic.span))

    @cached_property
    def city(self) -> str | None:
        """The city of the document's territory, if it names one."""
        return next((n for n, level in self.chain if level == "city"), None)

    @cached_property
    def areas(self) -> dict[str, tuple[str, ...]]:
        """本细则所称中心城区，是指襄城区、樊城区、襄州区: the places an area of the document's city
        is, when the text lists them (conditions.listed_places)."""
        return {area: places for area, (places, _) in self._area_parts.items()}

    @cached_property
    def carved(self) -> dict[str, tuple[str, ...]]:
        """复兴区（不含康庄乡、户村镇）: the towns an area's listed county leaves out, as 复兴区户村镇."""
        return {area: towns for area, (_, towns) in self._area_parts.items() if towns}

    @cached_property
    def _area_parts(self) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
        """Each listed area's places — with the zones its sentence lets in (…行政区域，含邯郸经济技术开发区、邯郸冀南新区)
        — and the towns it carves out of them."""
        found: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        # (a county's text: 本办法所称县城规划区，是指桃花江镇…, the county's area)
        city = self.city or next((n for n, lvl in reversed(self.chain) if lvl == "county"), None)
        for node in _walk(self.doc.body):
            text = self.own(node).text
            for m in re.finditer(F.AREA_DEFINITION, text):
                area = m.group("area") or m.group("area2") or m.group("area3")
                listed = m.group("list") or m.group("list2") or m.group("list3")
                places = conditions.listed_places(listed, self.chain, f"{city}（{area}）" if city else None)
                if area in found or not places:
                    continue
                stop = _SENTENCE_END.search(text, m.end())
                sentence = text[m.start():stop.start() if stop else len(text)]
                towns = tuple(f"{county}{town}" for c in _CARVED_TOWNS.finditer(sentence)  # (是指驿城区（不含…: the county)
                              for county in (re.sub(r"^.*?(?:是指|系指|指|为|包括|包含)", "", c.group("county")),)
                              if any(p.endswith(county) for p in places)
                              for town in re.split(r"[、，,和及]", c.group("towns")) if P.split_town(f"{county}{town}")[1])
                # …行政区域，不含市中区孟庄镇、西王庄镇，薛城区沙沟镇、周营镇: towns carved out after the list, by county
                if (out := _TOWNS_LEFT_OUT.search(sentence)) is not None:
                    county = None
                    for piece in re.split(r"[、，,和及]", out.group("towns")):
                        if (head := re.match(r"(?P<county>[\u4e00-\u9fff]{1,8}?[区县市旗])(?=[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道)$)", piece)) \
                                and any(p.endswith(head.group("county")) for p in places):
                            county, piece = head.group("county"), piece[head.end():]
                        if county and P.split_town(f"{county}{piece}")[1]:
                            towns += (f"{county}{piece}",)
                # …，不含郧阳区及所辖县（市）: districts and counties the area leaves out, named whole
                for out in re.finditer(r"[，,（(]\s*(?:不含|不包括)(?P<list>[^。；;（()）]+)", sentence):
                    towns += tuple(piece for piece in re.split(r"[、，,和及]", out.group("list"))
                                   if P.placed(piece) and piece not in towns)
                zones = tuple(z for i in _ZONES_IN.finditer(sentence) for z in re.split(r"[、，,和及]", i.group("zones"))
                              if re.fullmatch(r"[\u4e00-\u9fff]{2,16}(?:开发区|新区|园区|高新区|产业园)", z))
                found[area] = (tuple(dict.fromkeys((*places, *zones))), towns)
        return found

    def resolve_areas(self, p: Programme) -> Programme:
        """Where a programme asks for a place in an area the text lists (在中心城区购买), the listed places."""
        if not self.areas:
            return p

        def resolve(part):
            if isinstance(part, Logic):
                return replace(part, items=tuple(map(resolve, part.items)))
            t = part.test
            if t is None or t.fact not in F.PLACE_FACTS or t.op not in ("in", "not in") \
                    or re.search(F.AREA_PART, part.text):
                return part
            named = [a for w in t.value for a in self.areas if w.endswith(f"（{a}）")]
            value = tuple(dict.fromkeys(v for w in t.value for v in next(
                (self.areas[a] for a in self.areas if w.endswith(f"（{a}）")), (w,))))
            if not value:  # 在四城区购买 in a text whose city is unknown: the area it defines by its places
                named = [a for a in sorted(self.areas, key=len, reverse=True) if a in part.text][:1]
                value = self.areas[named[0]] if named else ()
            if value == tuple(t.value):
                return part
            found = replace(part, test=replace(t, value=value))
            towns = tuple(dict.fromkeys(w for a in named for w in self.carved.get(a, ())))
            if not towns or t.op != "in":
                return found
            # 复兴区（不含康庄乡、户村镇）: in the area, and not in the towns it leaves out
            return Logic("all", (found, replace(part, test=Test(t.fact, "not in", towns))), part.node, part.span)
        return replace(p, applicants=resolve(p.applicants), logic=resolve(p.logic),
                       exclusions=tuple(map(resolve, p.exclusions)))

    def bind_definitions(self, p: Programme) -> Programme:
        """A programme whose title or conditions use a defined term takes the definition's conditions
        (an area the text lists is no condition: where it is asked, resolve_areas reads it); a grant a
        guide binds takes those the guide takes."""
        p = self._titles_defined(p)
        guide = self.guides.get((p.node, p.title))
        # 本通知所称集成电路企业，是指…: the employer a condition names by that title (在我区集成电路企业工作) — the title
        # asks it of the employer, the definition says what the title means, not what the applicant must be
        employers = {F.plain_name(v) for c in (*_conditions_of(p.applicants), *_conditions_of(p.logic))
                     if c.test is not None and c.test.fact == "employer_titles" for v in c.test.value}
        if employers:  # …and where the definition stands inside the programme, its words ask nothing of the applicant
            spans = [d.span for d in self.definitions if F.plain_name(d.term) in employers]
            p = replace(p, logic=_without(p.logic, lambda c: any(a <= c.span[0] and c.span[1] <= b for a, b in spans)))
        binding = [d for d in self._bindable
                   if (self._takes(p, d.term) or guide is not None and self._takes(guide, d.term))
                   and F.plain_name(d.term) not in employers
                   and d.term not in self.group_terms]  # 工薪家庭: bound to that group's own list
        if not binding:
            return p
        # 本科毕业生30周岁（含）以下 in a table of ages by degree: the definition binds that group's row, not the programme
        rows = [d for d in binding if not self._takes_outside_rows(p, d.term)
                and not (guide is not None and self._takes_outside_rows(guide, d.term))]
        for d in rows:
            p = replace(p, logic=_bind_into_rows(p.logic, d.term, d.logic))
        binding = [d for d in binding if d not in rows]
        if not binding:
            return p
        terms = {d.term.strip("“”\"") for d in binding}

        def restated(part):  # 属于本细则第二条规定的高层次人才: the term whose definition now binds, asked again
            if isinstance(part, Logic):
                return replace(part, items=tuple(i for i in map(restated, part.items) if i is not None))
            named = _DEFINED_TERM.fullmatch(part.text.strip(" 。；;，,")) if part.test is None else None
            # (经认定为本办法第二条所称A类至E类人才: the term, named with the classes its definition lists)
            return None if named and any(named.group("term").endswith(t) for t in terms) else part
        # (本细则所称人才分类购房补贴，是指对经认定的各类人才…给予的一次性货币补贴: what a grant is — its tests bind, its other
        # words describe the grant the text then sets out)
        bound = [d.logic if not re.search(_GRANT_WORD_END, d.term.strip("“”\"")) else _decidable(d.logic) for d in binding]
        return replace(p, logic=Logic("all", (*(b for b in bound if b is not None), restated(p.logic)), p.logic.node,
                                      p.logic.span))

    @cached_property
    def _bindable(self) -> list[Definition]:
        """The definitions that put conditions on whoever a term names (found once, asked for every programme): not an
        area the text lists (resolve_areas reads it), nor the text's own territory, nor how a figure is counted
        (本细则所称销售收入，是指…主营业务收入与其他业务收入之和) or what a home fact means."""
        return [d for d in self.definitions
                if d.logic.items and d.term.lstrip("“\"") not in self.areas and not self._territory_named(d)
                and conditions.fact_named(d.term) is None and not self._home_fact_defined(d.term)]

    def _home_fact_defined(self, term: str) -> bool:
        """本办法所称新建商品住房，是指房地产开发企业新建并首次对外销售…的商品住房; 首套住房，是指…: what a home fact
        (new_home, homes_owned) means — the profile's fact says it, the definition asks nothing more."""
        tests, _ = read_segment(Segment(term.strip("“”\""), (), self.chain))
        return any(isinstance(t, Test) and t.fact in ("new_home", "homes_owned") for t in tests)

    def _territory_named(self, d: Definition) -> bool:
        """本细则所称本市，是指湖州市行政区域，包括吴兴区、…: the definition of the word for the text's own territory
        says where that is — every use of the word already stands for it — and asks nothing of anyone."""
        word = re.sub(r"(?<=[市区县省])(?:辖区|行政区域|范围)$", "", d.term)  # 本细则所称我区辖区: the word 我区
        if word not in L.PLACE_WORDS or (where := P.resolve(word, self.chain)) is None:
            return False
        return any(c.test is not None and c.test.fact in F.PLACE_FACTS and c.test.op == "in" and len(c.test.value) == 1
                   and P.components(c.test.value[0])[-1:] == P.components(where)[-1:] for c in _conditions_of(d.logic))

    def _titles_defined(self, p: Programme) -> Programme:
        """本通知所称规模以上工业企业，是指…主营业务收入2000万元（含）以上的工业法人企业: the title the text defines is
        held by the title's holders, and by whoever meets its definition."""
        defined = {F.plain_name(d.term): d.logic for d in self.definitions if d.logic.items}
        if not defined:
            return p

        def widen(part):
            if isinstance(part, Logic):
                return replace(part, items=tuple(widen(x) for x in part.items))
            test = part.test
            if test is None or test.fact != "titles" or test.op != "has":
                return part
            ways = [defined[F.plain_name(v)] for v in test.value if F.plain_name(v) in defined]
            return Logic("any", (part, *ways), part.node, part.span) if ways else part
        return replace(p, applicants=widen(p.applicants), logic=widen(p.logic))

    def _takes_outside_rows(self, p: Programme, term: str) -> bool:
        """The programme names the term in its title, its lead, or a condition that no table's row or alternative holds."""
        # (not a lead that pays each group its own amount, 博士研究生每人补贴15万元，…本科毕业生每人补贴3万元: its rows)
        lead = "".join(m.group() for m in re.finditer(r"[^。；;]+", self._lead(p.node)) if G.amount_rows(m.group()) is None)
        return _names(p.title, term) or _names(lead, term) or any(_names(c.text, term) for c in _outside_rows(p.logic))

    def _takes(self, p: Programme, term: str) -> bool:
        """The programme names the term, or the lead of its list does (第二十四条 具有本市户籍且符合以下情形之一的
        服务对象可申请服务资助：)."""
        return _uses(p, term) or _names(self._lead(p.node), term)

    def _lead(self, node_id: str) -> str:
        """A programme's node and its first child, read once (asked for every definition)."""
        if node_id not in self._leads:
            anchor = self.nodes.get(node_id)
            self._leads[node_id] = "".join(self.own(n).text for n in islice(_walk([anchor]), 2)) \
                if anchor is not None else ""
        return self._leads[node_id]


# --- helpers ------------------------------------------------------------------------------------

_UNDERTAKING = re.compile(f"(?:{'|'.join(F.UNDERTAKING_WORDS)})(?P<what>[^，,。；;（(]{{1,40}}?项目)"
                          f"|(?P<held>[^，,。；;（(的]{{2,40}}?项目)承担单位")
_EXCLUDES = re.compile(F.EXCLUSION_WORDS)
# …的人员，以及…的留学回国人员: a definition's second group, after the first one ends in who it is (_GROUP_END)
# (包括城镇中低收入住房困难职工家庭（以下简称工薪家庭）和在市区新就业的高校毕业生（以下简称新就业大学生）: 和 after a
# group's abbreviation)
_GROUPS_JOINED = re.compile(r"[，,]\s*(?:以及|还包括|也包括)|(?<=[）)])\s*(?:和|及|以及)")
_GROUP_END = re.compile(rf"(?:{F.PERSON_WORDS})(?:[（(]以下简称[^（()）]*[）)])?\s*\Z")
_DEFINITION = re.compile(r"(?:本(?:办法|细则|通知|方案|意见|措施|规定|政策|条例|指南|公告|章|节|条)(?:中)?所(?:称|指)(?:的)?)"
                         r"(?P<term>[^，,。；;：:]{2,20}?)[，,]?(?:是指|指|系指|是|为)(?P<what>[^。；;]+)")


_EXCLUSIVE = ("education", "talent_class", "sex")


def _either(first: list, second: list, node: Node, span: Span) -> Logic:
    """A sentence's conditions, or the next one's (…；或…): one alternative each, the first's options kept
    when it was already a choice."""
    def whole(parts: list):
        return parts[0] if len(parts) == 1 else Logic("all", tuple(parts), node.id, span)
    head = whole(first)
    options = head.items if isinstance(head, Logic) and head.op == "any" and len(first) == 1 else (head,)
    return Logic("any", (*options, whole(second)), node.id, (_span_start(head), span[1]))


def _rows_table(rows: list[list], node: Node, span: Span) -> Logic:
    """Rows of a grant, each a group and its amount (A类人才200万元，B类人才100万元): each group is paid its own — one of
    the rows will do."""
    return Logic("any", tuple(r[0] if len(r) == 1 else Logic("all", tuple(r), node.id, span) for r in rows), node.id, span)


def _tiered(item) -> bool:
    """The item is a tier table, or all of one and more (社会保险缴纳符合以下要求：B类人才须…) whose single-valued facts
    are asked only by the tables' selectors (not 接受本科教育…, whose degree the item itself asks)."""
    def outside(part) -> Iterator[Condition]:  # the conditions not inside a tier table
        if isinstance(part, Logic):
            if part.op != "tiers":
                for i in part.items:
                    yield from outside(i)
        else:
            yield part

    def tables(part) -> bool:
        return isinstance(part, Logic) and (part.op == "tiers" or part.op == "all" and any(map(tables, part.items)))
    return tables(item) and not any(c.test is not None and c.test.fact in _EXCLUSIVE for c in outside(item))


def _exclusive(items: list) -> bool:
    """D类人才：博士研究生；E类人才：硕士研究生: items that ask one single-valued fact for different
    values cannot all be required of one applicant — the list names alternatives."""
    if any(_tiered(item) for item in items):
        return False  # B类人才须…满6个月；C、D类人才须…满12个月: tier tables, each already asks only those it selects
    seen: dict[str, list[frozenset]] = {}
    held: list[set] = []  # each item's (fact, op, value) of the facts one person holds once: 户籍 in X / not in X
    for item in items:
        own: dict[str, set] = {}
        tests = set()
        # (what the item requires on every way through it: C类、D类、E类人才及本科毕业生须为首次购房 in one of its
        # alternatives names no class the item asks)
        for c in (_required(item) if isinstance(item, Logic) and item.op == "all"
                  else _conditions_of(item) if isinstance(item, Logic) else [item]):
            t = c.test
            if t is not None and t.fact in _EXCLUSIVE and t.op == "in":
                own.setdefault(t.fact, set()).update(t.value)
            if t is not None and t.fact in _HELD_ONCE and t.op in ("in", "not in", "==") and t.value not in ((), None):
                tests.add((t.fact, t.op, tuple(t.value) if isinstance(t.value, (list, tuple)) else t.value))
        for fact, values in own.items():
            seen.setdefault(fact, []).append(frozenset(values))
        held.append(tests)
    if any(len(v) > 1 and any(a.isdisjoint(b) for i, a in enumerate(v) for b in v[i + 1:]) for v in seen.values()):
        return True
    # 本市农村户籍人口…；非本市户籍人口…: one item asks what another denies — a person is one or the other
    return any(_contradict(a, b) for i, x in enumerate(held) for y in held[i + 1:] for a in x for b in y)


def _required(logic: Logic) -> Iterator[Condition]:
    """The conditions a logic asks whichever way it is met: through its ``all`` groups, not inside alternatives or tiers."""
    if logic.op != "all":
        return
    for item in logic.items:
        if isinstance(item, Logic):
            yield from _required(item)
        else:
            yield item


def _reckons_only(text: str) -> bool:
    """A sentence that only says on which day ages count (上述年龄、毕业年限均以…之日计算; 除博士研究生外，年龄及毕业
    年限均计算至申报当日) — not one that states the ages and then says so (博士研究生45周岁以下，…，年龄计算以申请之日为准)."""
    m = re.search(F.RECKONED, text)
    if not m:
        return False
    before = re.sub(r"^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:上述|以上|前述|其中)?", "", text[:m.start()])
    return not before.strip(" ，,、") or bool(re.fullmatch(r"除[^，,。；;]{1,12}外[，,]?\s*", before))


def _recipients(text: str) -> str:
    """The words of a grant that could name its recipients: not a run-in label (补贴标准：) nor how it is counted
    (每人, 每户, 一次性)."""
    text = re.sub(r"^\s*[\u4e00-\u9fff]{2,8}[：:]", "", text)
    return re.sub(r"每(?:人|户|家|套|年|月|个)|一次性|[\d.]+\s*(?:万)?元", "", text)


def _exclusive_parts(parts: list, pieces: list[tuple[int, int, bool]], node: Node, spared: list | None = None) -> list:
    """本科学历，年龄35周岁以下；硕士研究生学历，年龄40周岁以下；博士…: parts joined by ； that each ask one
    single-valued fact for another value are alternatives (as items are) — no one holds all three degrees; the classes
    a limit spares (C类…50周岁；D类…45周岁；A、B类人才不受年龄限制) are one more, asked nothing."""
    if len(pieces) < 2 or sum(b - a for a, b, _ in pieces) != len(parts):
        return parts  # other parts among them (tiers, an either): not a plain list
    run = [(a, b) for a, b, _ in pieces if b > a]
    joined = all(semi for _, _, semi in pieces[:-1])
    groups = [Logic("all", tuple(parts[a:b]), node.id, node.span) if b - a > 1 else parts[a] for a, b in run]
    if not joined or len(groups) < 2 or run[0][0] != 0 or run[-1][1] != len(parts) or not _exclusive(groups):
        return parts
    return [Logic("any", (*groups, *(spared or ())), node.id, node.span)]


_HELD_ONCE = ("hukou", "hukou_rural")


def _contradict(a: tuple, b: tuple) -> bool:
    """Two tests of one fact no applicant passes both: in X and not in X; == v and == w."""
    if a[0] != b[0]:
        return False
    if {a[1], b[1]} == {"in", "not in"}:
        return bool(set(a[2]) & set(b[2]))
    return a[1] == b[1] == "==" and a[2] != b[2]


# 申请首套房购房补贴,购房时间为2022年11月1日—2025年6月30日: a subsidy named with its purchase period
_NAMED_WINDOW = re.compile(r"(?P<name>申请[^，,。；;]{2,40}?)[，,]\s*(?:购房(?:成交)?|售出原住房和购买新建商品住房)?时间(?:为|在)"
                           r"[^。；;]{6,40}?(?:期限内|期间|内)")
_ORGAN_HEADING = re.compile(rf"[^，,。；;]{{0,30}}?{F.ORGAN_AFTER}(?:[、和及][^，,。；;]{{0,30}}?{F.ORGAN_AFTER})*")


def _all_excluding(text: str) -> bool:
    """Every sentence of the text excludes (…的，不予补贴。): nothing in it is a condition."""
    sentences = [m.group() for m in re.finditer(r"[^。；;]+", text) if m.group().strip()]
    return bool(sentences) and all(_EXCLUDES.search(t) for t in sentences)


def _decides(part) -> bool:
    """A part with at least one test (a grant's words that only say 符合条件的 add nothing)."""
    if isinstance(part, Logic):
        return any(_decides(i) for i in part.items)
    return part.test is not None


# 其中，博士研究生年龄可放宽至40周岁（含）: a degree and the age its limit is widened to — as a sentence of its own
# (_WIDER_AGE) or after a comma at the end of the sentence that sets the limit (_WIDER_AGE_TAIL)
# (具有博士研究生学历的，年龄放宽至40周岁（含）以下: the degree held, and a comma before the age)
# (其中全日制博士研究生购房时年龄不超过40周岁（含）: the wider limit said as the doctors' own, after the general one;
# 年龄35周岁以下，博士研究生可为40周岁以下: the same, said with 可为)
_WIDENING = (rf"(?:(?P<among>其中|(?P<cls>[A-H])类(?:人才)?中)[，,]?\s*)?(?:对)?(?:具有|取得|具备)?(?:全日制)?(?P<who>{F.HIGHER_DEGREE})(?:学历|学位)?(?:人才|人员)?"
             r"(?:的)?[，,]?(?:(?:购房|申请|申报|引进)时)?(?:年龄)?(?:限制)?(?:(?:可)?(?:适当)?(?:放宽|延长|放大)(?:至|到)|可为"
             r"|(?(among)(?:(?<=年龄)|(?<=时))不超过|(?!)))(?P<n>\d+)周?岁")
_WIDER_AGE = re.compile(r"\s*" + _WIDENING)


_AGE_FACTS = ("age", "age_at_purchase", "age_at_hire")
# 对我市重点产业链急需紧缺专业的博士研究生，年龄可适当放宽，但最高不超过50周岁: for some of a degree, a wider age
# (急需紧缺专业的专科毕业生，年龄可适当放宽至40周岁: of any degree, the widest age said after 放宽至)
_EASED_AGE = re.compile(rf"(?:对)?(?P<some>[^，,。；;]{{0,24}}?)(?P<who>{F.HIGHER_DEGREE}|本科|专科|大专)(?:生|毕业生|学历人员|人员|人才)?"
                        r"[，,]?\s*(?:其)?年龄(?:限制)?(?:可|可以)(?:适当|酌情)放宽(?:(?:至|到)(?P<to>\d{2})周岁"
                        r"|[，,]\s*(?:但)?(?:最高|最多)?(?:不超过|不得超过|至)(?P<n>\d{2})周岁)?")
# 特别优秀的博士研究生年龄可适当放宽: a degree's age limit left to discretion, no figure given
_LOOSER_AGE = re.compile(rf"(?:其中[，,])?(?:对)?(?:特别优秀|特别突出|特殊|急需紧缺|优秀)?(?:的)?(?P<who>{F.HIGHER_DEGREE}"
                         r"|[A-H](?:[、和及与][A-H])*类)"  # A、B类人才年龄可适当放宽
                         r"(?:人才)?(?:的)?(?:年龄)?(?:限制|要求|条件)?(?:可)?(?:适当|酌情)?放宽"
                         r"(?:[（(][^（()）]{1,30}[）)])?[。；;]?")  # （年龄计算至申报之日）: how the age counts


def _loosened(who: str) -> list[str]:
    """The classes (A、B类) or the degree (博士研究生) whose age limit a sentence leaves to discretion."""
    return re.findall(r"[A-H]", who) if who.endswith("类") else [conditions.degree_level(who)]


_LOOSER_AGE_TAIL = re.compile(r"[，,]\s*" + _LOOSER_AGE.pattern + r"\s*$")


def _loosen_age(part, levels: tuple[str, ...]):
    """The age tests of ``level``'s row in a table by degree or class (博士研究生不超过40周岁, C类及以上人才不超过55周岁),
    left to discretion: failing them is for a person to weigh (特别优秀的博士研究生年龄可适当放宽, A、B类人才年龄可适当放宽)."""
    if not isinstance(part, Logic):
        return part
    first = part.items[0] if part.items else None
    selected = first.test.value if isinstance(first, Condition) and first.test and first.test.op == "in" else ()
    # a degree's row, or a row of classes all of which the text loosens (not C类及以上 for A、B类)
    if part.op == "all" and selected and (first.test.fact == "education" and set(levels) & set(selected)
                                          or first.test.fact == "talent_class" and set(selected) <= set(levels)):
        return replace(part, items=tuple(replace(i, test=replace(i.test, discretion=True))
                                         if isinstance(i, Condition) and i.test and i.test.fact in _AGE_FACTS else i
                                         for i in part.items))
    return replace(part, items=tuple(_loosen_age(i, levels) for i in part.items))


# …35周岁以下，博士研究生放宽至40周岁以下: the widening after a comma, at the end of the sentence that sets the limit
_WIDER_AGE_TAIL = re.compile(r"[，,]\s*" + _WIDENING + r"(?:以下|以内|及以下)?(?:[（(][^（()）]{1,30}[）)])?[。；;]?\s*$")


# A test read from an excluding sentence whose fact is not an exclusion fact itself (F.EXCLUSION_FACTS): the sides of it
# and the wording of the sentence that make it one — fact → ((side, wording or None, only when the sentence's one test), …)
_Side = tuple[Callable[[Test], bool], str | None, bool]
# 江陵县、松滋市…的购房补贴政策由各县市自行制定，不适用本细则: places a text leaves to their own rules — not 郴州市其他县（市、区）…
# 不适用本办法, whose 其他 the place test loses
_OWN_RULES: _Side = (lambda t: t.op == "in" and len(t.value) >= 2,
                     r"(?s)^(?!.*(?:其他|其它|以外|之外|除)).*(?:自行制定|不适用本(?:办法|细则|通知|方案|意见|措施|规定|指南|公告))", False)
_EXCLUDING_SIDES: dict[str, tuple[_Side, ...]] = {
    "employed": ((lambda t: t.value is False, F.LEFT_JOB, False),),  # 解除劳动关系的: no job
    "legal_person": ((lambda t: t.value is False, None, False),),  # 不具有独立法人资格的分支机构: one without it
    "full_time": ((lambda t: t.value is False, F.PART_TIME, False),),  # 以非全日制方式取得最高学历学位的: a part-time degree
    "industrial": ((lambda t: t.value is False, None, False),),  # 非工业企业或不具有独立法人资格的: not an industrial one
    "kind": ((lambda t: t.value == F.UNIT_KINDS, F.UNIT_BUYER, False),),  # 单位购房不予补贴: a unit that buys
    # 营业执照登记日期晚于2024年12月31日的: registered too late (早于…的: too early)
    "founded": ((lambda t: t.op in (">", ">="), r"晚于|迟于|以后|之后", False),
                (lambda t: t.op in ("<", "<="), r"早于|先于|以前|之前", False)),
    "founded_years": ((lambda t: t.op in ("<", "<="), None, False),  # 注册成立不满1年的: too young
                      (lambda t: t.op in (">", ">="), r"超过|已满|以上", False)),  # 申请时…登记注册已超过2年的: too old
    # 户籍已在市区的，不适用本指南: one whose 户籍 is there already
    # 已在长春市（含所辖县市）落户的人员，不适用本指南: one settled there already
    "hukou": ((lambda t: t.op == "in", r"户籍(?:已|已经)(?:在|迁入|落在|属于)|已(?:经)?在[^，,。；;]{1,20}?落户", False),
              (lambda t: t.op == "not in", None, False)),  # 非本市户籍人员的: one whose 户籍 is elsewhere
    # 申请人年龄超过45周岁的: one too old; 已满十四周岁未满十八周岁的: one of those ages (both ends are what excludes)
    "age": ((lambda t: True, None, False),),
    # 自购房合同网签备案之日起超过12个月提出申请的: one who applies too late
    "years_since_purchase": ((lambda t: t.op in (">", ">="), None, False),),
    "years_since_hire": ((lambda t: t.op in (">", ">="), None, False),),  # 自劳动合同签订之日起超过12个月未提出首次申请的
    # 已办理个体工商户营业执照或者担任企业法定代表人的: one who runs a business
    "entrepreneur": ((lambda t: True, F.RUNS_BUSINESS, True),),
    # 在各县（市）购买住房的, 所购住房位于洛龙区行政区域以外的: a home outside the territory
    "home_region": ((lambda t: t.op == "not in", rf"{F.COUNTIES}|以外|之外|不在", False), _OWN_RULES),
    # 网签备案时间早于2025年3月1日或者晚于2025年12月31日的, 2023年1月1日以前购买的: a purchase outside the window
    "home_purchased": ((lambda t: t.op in ("<", "<=", ">", ">="), r"早于|晚于|先于|迟于|以前|之前|以后|之后|不在", False),),
    # 注册地…迁出黄岩区的, 创业实体登记注册地不在本县的: one registered elsewhere (now)
    "region": ((lambda t: t.op == "not in", r"迁出|迁离|迁往外|(?:注册|登记)[^，,。；;]{0,4}?地?(?:不在|在[^，,。；;]{1,10}以外)", False),
               _OWN_RULES),
}


# 工薪家庭申请资助，须同时符合以下条件：, a lead that names the group its list is for
_GROUP_APPLIES = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、.．])?\s*(?P<who>[^，,。；;：:]{2,12}?)"
                            r"(?:申请|申报|申领)[\u4e00-\u9fff]{0,6}?[，,]?\s*(?:须|应|需|应当|必须)?(?:同时)?(?:符合|满足|具备)"
                            r"(?:以下|下列|如下)(?:全部)?(?:条件|要求)[：:]\s*$")
# 在事业单位工作的人才，安家补贴按上述标准的50%执行: what some are paid, a share of the standard — asks nothing of anyone
_SHARE_FOR_SOME = re.compile(r"的(?:人才|人员|企业|单位|家庭|毕业生)?[，,]\s*[\u4e00-\u9fff]{0,6}?(?:补贴|奖励|资助|补助)?(?:按|按照)(?:上述|以上|前述|本)?(?:标准|金额|额度)?的?"
                             r"\d+(?:\.\d+)?%(?:执行|发放|给予|计发)[。；;]?\s*$")
# 博士研究生原则上不超过40周岁: a degree's own (wider) limit after the general one
_DEGREE_OWN_AGE = re.compile(rf"\s*(?:其中[，,]?\s*)?(?:对)?(?P<who>{F.HIGHER_DEGREE})(?:学历|学位)?(?:人才|人员)?(?:的)?[，,]?(?:年龄)?"
                             r"(?P<loose>原则上)?(?:不超过|不得超过|在)(?P<n>\d+)周?岁(?:以下|以内)?[。；;]?\s*")
_EXTRA_GRANT = re.compile(r"的[，,]\s*另(?:按|行|外|依|由)?[^。；;]{0,30}?(?:给予|予以|发放)[^。；;]{0,10}?(?:奖励|补贴|补助|资助)[。；;]?\s*$")
_NOT_SINCE_FOUNDED = re.compile(r"之日起|之日止|处罚|处分|刑罚|受理|决定")
# the kinds an exclusion leaves out as the applicant (conditions.excluded_applicant)
_EXCLUDED_KINDS = frozenset(k for _, kinds in F.EXCLUDED_APPLICANTS for k in kinds)


def _excludes(test: Test, text: str, alone: bool) -> bool:
    """Whether ``test``, read from the excluding sentence ``text`` (``alone`` when it is the sentence's one test), is
    what excludes."""
    if test.fact == "founded_years" and _NOT_SINCE_FOUNDED.search(text):
        return False  # 自处罚决定之日起至申请注册之日止不满5年的: a time since another event, not since registration
    if test.fact in F.EXCLUSION_FACTS or test.op == "<=" and test.value == 0:
        return True  # (上年度研发费用为零的: a nil figure excludes)
    if test.fact == "kind" and test.op == "in" and set(test.value) <= _EXCLUDED_KINDS:
        return True  # 申报单位为党政机关、事业单位的: organs and public institutions that apply
    if test.op in ("<", "<=") and isinstance(test.value, (int, float)) and test.fact in F.FACTS \
            and F.FACTS[test.fact].kind == "number" and re.search(r"不足|低于|未达到|少于|不满", text):
        return True  # 营业收入不足2亿元的，不予奖励: a figure below the floor excludes
    return any(side(test) and (alone or not only) and (wording is None or re.search(wording, text) is not None)
               for side, wording, only in _EXCLUDING_SIDES.get(test.fact, ()))


# …给予一次性安家补贴：A类人才200万元，…, and a run-in label over such rows (补贴标准：大专学历每套5000元，本科学历每套1万元，…)
_GRANT_LIST_LEAD = re.compile(rf"{F.GRANT_LIST_LEAD}|^\s*(?:补贴|补助|奖励|资助)(?:标准|金额|额度)[：:]")
_AREA_ROW = re.compile(rf"{F.AREA_ROW}的?[，,]?\s*")
_COUNTIES = re.compile(r"各县[（(]市(?:、区)?[）)]|各县市|各县")  # 各县（市）可参照…: the counties of the city
_SENTENCE_END = re.compile(r"[。；;]")
_COMMA_PART = re.compile(r"[^，,]+")
# 按企业2025年度在高要区实际缴纳税收分档奖励：, the lead of a list of tiers
# (按企业上年度研发费用分档给予奖补（原为表格）：: a remark before the colon)
# (…，且营业收入同比增长达到下列标准的，给予分档奖励：: the tiers said by the table, what they are by not named)
_TIERED_LEAD = re.compile(r"(?:按(?:照)?(?P<what>[^。；;：:]{2,40}?)分档(?:给予|予以)?|给予分档)(?:奖励|补贴|补助|资助|奖补|支持)"
                          r"(?:[（(][^（()）]{0,12}[）)])?[：:]\s*$")


@dataclass(frozen=True)
class _Cut:
    """A sentence cut short (the part of a match a rule reads): ``group``, ``start``, ``end`` and ``span`` as a match has."""

    text: str
    a: int
    b: int

    def group(self) -> str:
        return self.text[self.a:self.b]

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b

    def span(self) -> tuple[int, int]:
        return self.a, self.b


def _of_class(part, letter: str) -> bool:
    """Whether a part asks for talent class ``letter`` (E类人才不超过35周岁: the row of class E)."""
    return any(c.test is not None and c.test.fact == "talent_class" and letter in c.test.value
               for c in _conditions_of_part(part))


def _without_rows(parts: list, rows: dict) -> list:
    """``parts`` without the rows of those a limit spares (_spared_rows), among conditions where they are no row."""
    return [p for p in parts if all(p is not r for r in rows.values())]


def _widen_age(part, level: str, limit: int):
    """Every age limit in ``part`` (购房时年龄在35周岁（含）以下) as a table by degree: ``level`` and above may be
    ``limit`` years old, the others keep the limit the text set."""
    if isinstance(part, Logic):
        return replace(part, items=tuple(_widen_age(p, level, limit) for p in part.items))
    test = part.test
    if test is None or test.fact not in _AGE_FACTS or test.op not in ("<=", "<") \
            or not isinstance(test.value, (int, float)) or test.value >= limit:
        return part
    up = tuple(lvl for lvl in F.EDUCATION if F.EDUCATION.index(lvl) >= F.EDUCATION.index(level))
    others = tuple(lvl for lvl in F.EDUCATION if lvl not in up)
    rows = ((Test("education", "in", up), replace(test, op="<=", value=limit)), (Test("education", "in", others), test))
    return _tier_table(("tiers", rows), part.node, part.span, part.text)


def _unexcluded(p: Programme) -> Programme:
    """A programme without the exclusions its own event contradicts (已被认定为…湖北省专精特新中小企业的 不予认定 does not
    bind 培育企业获评湖北省专精特新中小企业的，再给予20万元奖励 — the title it excludes is the one the reward is for), nor
    those another item says of itself (…不得申请本项补贴)."""
    own = "".join(c.text for c in _conditions_of(p.logic)) + p.title
    kept = tuple(e for e in p.exclusions if not (e.test and e.test.fact == "titles" and e.test.op == "has"
                                                  and any(F.plain_name(t) in F.plain_name(own) for t in e.test.value))
                 # 已享受…补贴的人员，不得申请本项补贴: said of its own item's grant, not of the others beside it
                 and not (re.search(r"(?:本|该|此)项(?!目)", e.text)
                          and not (e.node == p.node or e.node.startswith(p.node + "__")))
                 # E类人才不享受人才津贴: said of the grant it names, not of the 安家补贴 beside it
                 and not ((named := _benefits_named(e.text)) and not any(n in own for n in named)))
    return p if len(kept) == len(p.exclusions) else replace(p, exclusions=kept)


def _benefits_named(text: str) -> tuple[str, ...]:
    """The grants an exclusion withholds by name (不享受人才津贴, 不予发放安家补贴和人才津贴); none when it names none."""
    m = re.search(r"(?:不享受|不得享受|不再享受|不予发放|不予享受|不得申请|不得申领)(?![本该此上])(?P<what>[^，,。；;的]{2,24}?(?:补贴|津贴|补助|资助|奖励))"
                  r"(?=[，,。；;]|$)", text)
    return tuple(w for w in re.split(r"以及|和|及|、|与|或", m.group("what")) if len(w) >= 3) if m else ()


# 对符合条件的企业, 符合上述条件的: those the text's conditions admit, named by nothing else
_BASE_RECIPIENTS = (r"(?:对)?符合(?:上述|以上|前述|本(?:办法|细则|通知|方案|指南))?(?:条件|规定)的"
                    r"(?:(?:引进|新引进|新就业)?(?:青年|高层次|高校)?(?:企业|单位|人员|个人|人才|申请人|家庭|毕业生))?")


def _raised_for_some(sentence: str) -> bool:
    """其中，脱贫人口、退役军人返乡创业的，补贴标准提高至8000元: more for some of those a grant is for — who gets the
    grant, it does not say."""
    # (创业实体吸纳…就业…达3人（含）以上的，补贴标准提高至8000元: some, named by what they did, and the standard raised)
    # (在事业单位工作的人才，安家补贴按上述标准的50%执行: some paid a share of it — a grant of their own too)
    return bool((re.match(r"\s*其中[，,]?", sentence)
                 or re.match(rf"[^。；;]{{2,60}}?的[，,]\s*(?:补贴|奖励|资助|补助|奖补)(?:标准|金额|额度)?{F.RAISE_VERB}", sentence.lstrip()))
                and re.search(F.RAISED, sentence)) or bool(_SHARE_FOR_SOME.search(sentence.rstrip()))


def _tier_table(table, node: str, span: Span, text: str) -> Logic:
    """A table read by :func:`conditions.age_tiers` (each row a selector and its test), or the two
    sides of a 或 (就业或创业); an empty side is a group no rule reads, for a person to judge."""
    op, rows = table
    if any(not row for row in rows):
        return Logic(op, tuple(Logic("all", tuple(Condition(node, span, text, t) for t in row), node, span) if row
                               else Condition(node, span, text) for row in rows), node, span)
    return Logic(op, tuple(Logic("all", tuple(Condition(node, span, text, t) for t in row), node, span)
                                for row in rows), node, span)


def _uses(p: Programme, term: str) -> bool:
    """The programme names the defined term, or its head (居家社区养老服务对象 → 服务对象, 总部企业)."""
    return _names(p.title, term) or any(_names(c.text, term) for c in _conditions_of(p.logic))


def _outside_rows(logic: Logic) -> Iterator[Condition]:
    """The conditions of a logic that no row of a table (tiers) nor side of an alternative (any) holds."""
    for item in logic.items:
        if isinstance(item, Logic):
            if item.op == "all":
                yield from _outside_rows(item)
        else:
            yield item


def _bind_into_rows(logic: Logic, term: str, bound: Logic) -> Logic:
    """The rows of the logic's tables and alternatives that name the term, each with the term's definition (a tier: its
    selector, then the definition beside what it asks)."""
    def names(part) -> bool:
        return any(_names(c.text, term) for c in _conditions_of_part(part))

    def nested(part) -> bool:
        return isinstance(part, Logic) and any(isinstance(i, Logic) and (i.op in ("tiers", "any") or nested(i)) for i in part.items)

    wanted = [(c.test.fact, c.test.op, c.test.value) for c in _conditions_of(bound) if c.test and c.test.op in ("in", "==")]

    def against(part) -> bool:  # (硕士研究生 beside 本科毕业生 in one sentence: a bachelor's definition is not the master's)
        return any(_contradict((c.test.fact, c.test.op, c.test.value), w) or c.test.fact == w[0] == "education" and c.test.op == "in"
                   and w[1] == "in" and not set(c.test.value) & set(w[2])
                   for c in _conditions_of_part(part) if c.test for w in wanted)

    items = []
    for item in logic.items:
        if isinstance(item, Logic) and item.op in ("tiers", "any"):
            rows = []
            for row in item.items:
                if not names(row) or against(row) and not nested(row):
                    rows.append(row)
                elif nested(row):
                    rows.append(_bind_into_rows(row, term, bound))
                elif item.op == "tiers" and isinstance(row, Logic) and row.items:
                    rows.append(replace(row, items=(row.items[0], bound, *row.items[1:])))
                else:
                    rows.append(Logic("all", (bound, row), row.node, row.span))
            items.append(replace(item, items=tuple(rows)))
        elif isinstance(item, Logic):
            items.append(_bind_into_rows(item, term, bound))
        else:
            items.append(item)
    return replace(logic, items=tuple(items))


def _names(text: str, term: str) -> bool:
    """The text names the term, its last four characters (就业见习人员 → 见习人员), or its 者 for 人员 (见习者)."""
    return term in text or len(term) >= 6 and term[-4:] in text \
        or len(term) >= 4 and term.endswith("人员") and term[-4:-2] + "者" in text


def _asked_of_no_one(text: str) -> list[tuple[int, int]]:
    """The sentences that say which places an area of the text is (本细则所称中心城区，是指襄城区、樊城区、襄州区
    （不含…）。; 中心城区范围包括…), from the definition to the sentence's end, and those that name places making
    their own rules (各县（市）、云溪区可参照本细则制定…: the general conditions leave them out)."""
    found = [m.span() for m in _SENTENCE_OR_LINE.finditer(text) if (own := _PLACES_LEFT_OUT.match(m.group()))
             and own.group("own")]
    for m in _AREA_DEFINITION.finditer(text):
        if not m.group("area"):
            continue  # (the bracket forms stand inside a condition: 在中心城区（襄城区、樊城区）购买)
        if not re.search(r"(?:^|[。；;：:\n\s])$", text[:m.start()]) and not m.group().startswith("本"):
            continue  # 在中心城区是…: not the sentence's subject
        stop = _SENTENCE_OR_LINE_END.search(text, m.end())
        found.append((m.start(), stop.end() if stop else len(text)))
    # 台儿庄区、山亭区和滕州市不属于本细则所称中心城区: which places an area is not, asked of no one either
    found += [m.span() for m in _NOT_IN_AREA.finditer(text)]
    for m in _WORD_DEFINED.finditer(text):
        # 本办法所称新建商品住房，是指…; 所称二手住房，是指…; 所称县城规划区，以…为准，不含…: what a home or an area of the text
        # is — the profile's facts (new_home) and the area's own rule say it; asked of no one where it stands
        if re.fullmatch(rf"(?:{F.NEW_HOME}|(?:{F.SECOND_HAND})(?:住房|房)?|{F.AREA_WORD})", m.group("term")):
            stop = _SENTENCE_OR_LINE_END.search(text, m.end())
            found.append((m.start(), stop.end() if stop else len(text)))
    return found


_NOT_IN_AREA = re.compile(rf"[^。；;\n]*不属于(?:本(?:办法|细则|通知|方案|意见|措施|规定|政策|指南|公告))?(?:所称)?(?:{F.AREA_WORD})"
                         r"(?:范围)?(?:内)?[。；;]?")
# (本办法)所称X，…: a word the text defines, at a sentence's start — the second of a sentence's definitions too (；所称…)
_WORD_DEFINED = re.compile(r"(?:^|(?<=[。；;：:\n]))\s*(?:本(?:办法|细则|通知|方案|意见|措施|规定|政策|条例|指南|公告)(?:中)?)?"
                           r"所(?:称|指)(?:的)?(?P<term>[^，,。；;：:]{2,12}?)[，,]")


# 本公告所称我区，是指袁州区行政区域（含…）。: where the word for the text's own territory is — each use of the
# word already stands for it (places.resolve) — asking nothing of anyone where it stands
_TERRITORY_DEFINED = re.compile(rf"{_DEFINITION.pattern[:_DEFINITION.pattern.index('(?P<term>')]}"
                                r"(?P<word>本市|我市|本区|我区|本县|我县|本镇|辖区)[，,]?(?:是指|系指|指)"
                                r"(?P<place>[\u4e00-\u9fff]{1,8}?[市区县旗])(?:行政区域|行政区划|辖区|范围|全域)[^。；;\n]*[。；;]?")
# 复兴区（不含康庄乡、户村镇）: towns an area leaves out of a county it lists; …行政区域，含邯郸经济技术开发区: zones it lets in
_CARVED_TOWNS = re.compile(r"(?P<county>[\u4e00-\u9fff]{1,8}?[区县市旗])[（(](?:不含|不包括|除)(?P<towns>[^（()）]+?)(?:除外)?[）)]")
_TOWNS_LEFT_OUT = re.compile(r"[，,]\s*(?:不含|不包括)(?P<towns>[^。；;（()）]+?(?:镇|乡|街道))(?=[。；;]|$)")
_ZONES_IN = re.compile(r"[，,]\s*(?:含|包括|包含)(?P<zones>[^。；;（()）：:]+)")
# an exemption said in a bracket after the limit it lifts (…不超过45周岁（A类、B类人才不受年龄限制）)
_SPARED_IN_BRACKET = re.compile(r"^[^（(]*\d[^（(]*[（(][^（()）]*(?:可不受|不受)[^（()）]*[）)]")
# a lead over the items that follow it (…同时符合下列条件的人员：, 具备以下条件之一的企业:)
# 被列入严重失信主体名单，或…: an exclusion that opens with a 失信 listing (not 作出虚假承诺的将计入不良信用记录: what follows)
_LISTED_DISHONEST = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:申请人|申报人|申报单位|企业|单位)?(?:已)?(?:被)?"
                               r"(?:列入|纳入)[^，,。；;]{0,24}?失信")
# 申请期间与用人单位解除劳动关系的, 补贴发放期间离开本市的: what happens while the grant runs (it stops it), not a case now
_DURING_THE_GRANT = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:在)?(?:申请|申领|领取|享受|发放|补贴)"
                               r"(?:补贴|资助|奖励)?(?:发放)?期间")
# 社会保险中断的月份不予发放, 超出部分不予补贴: a part of the payment left unpaid, not an applicant excluded
_UNPAID_PART = re.compile(r"的(?:月份|期间|部分|金额|天数|时间段)(?:均)?不(?:予|再)(?:发放|补贴|计发|计算|享受|支付)")
# 在辖区重点企业工作的，毕业年限可放宽至8年以内: a wider upper limit of a fact for those named (_eased_limit)
_RAISED_LIMIT = re.compile(r"\s*(?P<who>[^。；;]{2,40}?)的[，,]\s*(?P<what>毕业年限|毕业时间|年龄|(?:年)?(?:营业|销售|主营业务)收入"
                           r"|研发(?:费用|投入)[^，,。；;]{0,10}?(?:比重|比例|占比))(?:要求|限制|门槛)?(?:可)?(?:适当)?"
                           r"(?:放宽|延长|降低|下调)(?:至|到)(?P<n>\d+(?:\.\d+)?)(?P<unit>周岁|岁|年|万元|亿元|元|%)")
_MULTIPLIERS = {"万元": 10_000, "亿元": 100_000_000}
_LIMIT_FACTS = {"毕业": ("graduated_years", "graduated_years_at_purchase", "graduated_years_at_hire"),
                "年龄": ("age", "age_at_purchase", "age_at_hire")}
# …的，按以下标准给予一次性落户奖励：: a grant whose amounts are the tiers listed after it
_STANDARDS_AFTER = re.compile(r"(?:按|依照|按照)(?:以下|下列|如下)(?:标准|档次)(?:分档)?给予[^。；;：:]{0,16}[：:]\s*$")
# 补贴标准汇总如下：, 各层级入库主要指标对照如下：: the lead of a table that sums up what the text said
_SUMMARY_LEAD = r"(?:汇总|对照|一览)[^。；;：:]{0,6}(?:如下)?[：:]$"
# 补贴标准减半: what is paid halved, not what is required (专利数量要求可减半 is an exemption)
_AMOUNT_HALVED = r"(?:补贴|奖励|资助|补助)(?:标准|金额|额度)?(?:可)?减半"
# 进城农民购买二手住房的，补贴标准减半, …的，按上述标准的50%执行: some paid less (_paid_less)
_PAID_LESS_FOR = re.compile(r"\s*(?P<who>[^。；;]{2,30}?)的[，,]\s*(?:补贴|奖励|资助|补助)?(?:标准)?(?:减半|按(?:照)?(?:上述|以上|前述|本)?"
                            r"(?:标准|金额|额度)?的?(?:50%|一半|\d+(?:\.\d+)?%)(?:执行|发放|给予|计发))[。；;]?\s*$")
_GRANT_WORD_END = r"(?:补贴|补助|奖励|资助|奖补|安家费)$"
_BRACKETS = re.compile(r"[（(](?:[^（()）]|[（(][^（()）]*[）)])*[）)]")  # a bracket, with one inside it
# 按就高原则给予奖励, 择优享受一项, …的，予以扣除: how grants one applicant meets combine, no exclusion
_HIGHEST_ONLY = re.compile(r"就高原则|就高不重复|按就高|择优享受|只能(?:选择)?享受(?:其中)?一项|予以扣除")
# （A类、B类人才除外）closing an exclusion: whom it does not exclude
_EXCEPTED_CLASSES = re.compile(rf"[（(](?P<who>{F.TALENT_CLASS})除外[）)](?=[。；;]?\s*$)")
# 全日制普通高校本科毕业生, 硕士研究生, 大专生: the holders of a degree, named as a group
_DEGREE_HOLDER = (r"(?:全日制)?(?:普通高校|普通高等学校)?(?:博士研究生|硕士研究生|本科毕业生|本科生|大专毕业生|专科毕业生|大专生"
                  r"|专科生)")
# A类人才（顶尖人才）, 全日制普通高校本科毕业生: the class or degree a row of a table opens with (with what it is, in brackets)
_ROW_LABEL = re.compile(rf"(?:[A-H]类(?:人才)?|{_DEGREE_HOLDER})(?P<bracket>[（(][^（()）]{{0,30}}[）)])?")
# 人才类别按照《…目录》确定, 分为A、B、C、D、E五类, 各类人才补贴标准及年龄要求见下表: how the classes are set, asking nothing
_CLASSIFIES = re.compile(r"^\s*[^，,。；;]{0,12}?(?:按照|依据|根据)《[^》]{2,40}》(?:确定|认定|划分|执行)\s*[。；;]?\s*$"
                         r"|^\s*(?:共)?(?:分为|划分为|共分)[A-HＡ-Ｈ、一二三四五六七八九十和及\s]{1,20}(?:类|档|级|个类别)\s*[。；;]?\s*$"
                         r"|(?:见|详见|如)(?:下表|附表|附件)[：:。；;]?\s*$")
# A类、B类人才在本市已有一套住房，再购买第二套新建商品住房的，可以申请，补贴标准减半: those of a case may apply too
_ADMITTED_CASE = re.compile(r"\s*[^。；;]{2,60}?的[，,]\s*(?:也|均|同样)?(?:可以|可)(?:申请|申报|申领|享受)(?:补贴|奖励|资助)?"
                            r"(?:[，,]\s*(?:补贴|奖励|资助|补助)?(?:标准)?(?:减半|按[^。；;]{1,20}?(?:执行|发放|给予|计发)))?[。；;]?\s*$")
# 对全职引进的A类人才，确有需要的可适当放宽: the condition before eased at discretion for those it names
_LOOSER_FOR = re.compile(r"\s*(?:对|对于)(?P<who>[^，,。；;]{2,30}?)(?:的)?[，,]\s*(?:确有需要的|特殊情况的|情况特殊的|经[^，,。；;]{2,16}?同意的)?"
                         r"(?:可|可以)(?:适当|酌情)?放宽[。；;]?\s*$")
# 除多子女家庭外，…: whom what follows is not asked of
_SAVE_FOR = re.compile(r"\s*(?:[（(][一二三四五六七八九十]+[）)]|\d+[.、．])?\s*除(?P<who>[^，,。；;]{2,20}?)(?:以)?外[，,]")
# 紧缺急需专业人才学历可放宽至大专: a lower degree for some, beside the degree the sentence before asks
_EASED_DEGREE = re.compile(r"\s*[^，,。；;]{0,20}?学历(?:要求)?(?:可|可以)?(?:适当)?放宽(?:至|到)(?:全日制)?(?:大专|专科|本科|高职|中专)")
# C类、D类人才须在本市范围内无自有住房: what those classes (only) must be
_CLASS_MUST = re.compile(r"\s*(?:[（(][一二三四五六七八九十]+[）)]\s*)?(?P<cls>[A-H](?:类)?(?:[、和及或至-][A-H]类?)*)类(?:人才)?"
                         # (C类、D类、E类人才及本科毕业生须为首次购房: a degree's holders named beside the classes)
                         rf"(?:(?:及|和|、|以及)(?P<deg>{_DEGREE_HOLDER}))?"
                         r"(?:应当|必须|须|应|需)(?P<rest>[^。；;]+)[。；;]?\s*$")
# （三）本科毕业生申请时未满35周岁，且毕业5年内: what those of a degree must be (the others are not bound by it)
_DEGREE = rf"(?:{_DEGREE_HOLDER}|(?:全日制)?(?:普通高校)?(?:博士|硕士|本科|大专|专科))"
# (其中，本科、大专层次须为全日制普通高校毕业生: those degrees, listed, with what they must be)
_DEGREE_MUST = re.compile(rf"\s*(?:[（(][一二三四五六七八九十]+[）)]\s*)?(?:其中[，,]?\s*)?(?P<grp>{_DEGREE}(?:[、和及或]{_DEGREE})*)"
                          r"(?:(?:层次|学历)(?:的)?(?:人员|毕业生)?(?:应当|必须|须|应|需)|(?:应当|必须|须|应|需)?(?=申请时|申报时|申领时|年龄)"
                          # (本科、硕士研究生为1990年1月1日（含）以后出生: when those were born)
                          r"|(?:应当|必须|须|应|需)?为?(?=\d{4}年[^，,。；;]{0,16}出生))"
                          r"(?P<rest>(?:(?!博士|硕士|研究生|本科|大专|专科|学历)[^。；;])+)"
                          r"[。；;]?\s*$")
# 所购住房应当位于…范围内, 申请人须为…: a sentence that requires something of the applicant or the home (_stray_requirement; not
# 示范中心应当在…指导下编制…规划: a duty of the recognised); not one about applying, proving, paying or excluding, nor a definition
_STRAY_MUST = re.compile(r"(?:申请人|申报人|人才|购房人|家庭|所购住房|所购房屋|住房|房屋)[^。；;，,]{0,12}?(?:应当|须|必须)"
                         r"(?:位于|在|为|是|具有|具备|取得|缴纳|签订|属于|满足|符合)")
_STRAY_NOT = re.compile(rf"{F.EXCLUSION_WORDS}|{F.PROCEDURE}|申请|申报|提交|材料|审核|审查|办理|公示|所称|是指|不得|退回|"
                        r"追回|承诺|负责|组织|监督|职责|部门|兑付|发放|拨付")
# （一）申报设备投资补助的企业，应同时具备以下条件：: the conditions of the grant it names
_APPLYING = (r"(?:申请|申报|享受)(?P<name>[^，,。；;：:的]{1,20}?)的[^，,。；;：:]{0,8}?[，,]?\s*(?:应当|应|须|需|必须)")
_NAMED_APPLYING = re.compile(r"\s*" + _APPLYING)
# 生活补贴对象, 租房补贴申领条件, 技能人才入户条件: the heading of those a grant (or a way to settle) it names is for
_GRANT_TARGETS = re.compile(r"(?P<name>[\u4e00-\u9fff]{0,10}(?:补贴|补助|奖励|资助|奖补|安家费|入户|落户))(?:的)?(?:发放|享受|申领|申请|申报)?"
                            r"(?:对象|条件|范围)$")
# …的，按首套住房标准给予补贴: the standard a group of a list is paid by, which names its grant
_PAID_BY_STANDARD = re.compile(r"按(?:照)?(?P<name>[\u4e00-\u9fff]{2,10}?)(?:补贴)?标准(?:给予|发放|享受)(?:补贴|奖励|资助|补助)")
# 符合生活补贴申领条件，且在沈阳市租房居住的: the conditions of another grant the text names, met too
_OTHER_GRANT_MET = re.compile(r"(?:符合|满足|具备)(?P<name>[\u4e00-\u9fff]{2,12}?)(?:的)?(?:发放|享受|申领|申请|申报)?(?:条件|资格)$")
# 符合本指南第六项所列人才类别之一, 属于下列类别之一: the categories a list elsewhere in the text names, one of them
_LISTED_ONE = re.compile(r"(?:符合|属于)[^，,。；;]{0,16}(?:所列|规定的|列明的)[^，,。；;]{0,10}之一")
# 认定类别、条件及补贴标准, 人才分类及补贴标准: a part that holds categories, each with its conditions and amount
_CATEGORY_HEADING = r"类别|分类|类型|层次"
# …不低于5%，其中年营业收入2亿元以上的企业不低于3%: a lower threshold of the same measure for some
_RELAXED_FOR_SOME = re.compile(r"\s*其中[，,]?(?P<who>[^，,。；;]{2,30}?)(?:的)?(?:企业|单位|项目|主体)?(?:可)?"
                               r"(?:不低于|不少于|不得低于|放宽至|降低至|降至)\s*(?P<n>\d+(?:\.\d+)?)(?P<unit>%)?[。；;]?\s*$")
# 对同时符合下列条件的企业，按…给予奖励：: recipients a list under the grant names
_LISTED_RECIPIENTS = re.compile(r"(?:符合|具备|满足)(?:下列|以下|如下)(?:[^，,。；;]{0,6})(?:条件|要求|情形)")
_LIST_LEAD_END = re.compile(r"(?:下列|以下|如下)[^。；;：:]{0,6}(?:条件|要求|情形|标准)(?P<one>之一)?[^。；;：:]{0,12}[：:]\s*$")
# 属于本细则第二条规定的高层次人才, 系本办法所称硕博研究生: a term the text defines, named where it is asked
_DEFINED_TERM = re.compile(r"(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:经认定为|认定为|属于|系|为|是)?本(?:办法|细则|通知|方案|意见|措施|规定|指南)"
                           r"(?:第[一二三四五六七八九十百\d]+条)?(?:所称|规定|所规定|确定)的?(?P<term>[^，,。；;的]{2,12})")
# (（二）高校毕业生：毕业5年内的全日制普通高校毕业生（含…），不受户籍地限制: a row named by its label, then who)
_WHO_SPARED = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:[^，,。；;：:（(]{2,12}[：:]\s*)?"
                         r"(?P<who>(?:[^，,。；;：:（()）]|[（(][^（()）]*[）)]){2,60}?)"
                         r"[，,]\s*(?:均|可|也)?不受[^，,。；;]{1,12}?限制[。；;]?\s*")
_PERSON_ROW = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?[^，,。；;：:]{2,40}?的(?:人员|人才|毕业生)[，,]")
# （二）职称和技能落户, （一）学历人才安家补贴: a numbered heading that names what its rows lead to, no case (…的)
_BARE_HEADING = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?[^\W的\d_]{2,14}?(?:落户|入户|补贴|补助|奖励|资助|认定)[。：:]?\s*")
# 第四条 申请研发投入奖补的企业，应同时符合下列条件：: a lead that says what applying for the text's grant takes
_APPLYING_LEAD = re.compile(r"\s*(?:第[一二三四五六七八九十百\d]+条\s*)?" + _APPLYING + r"(?:同时)?(?:符合|具备|满足)")
# …且在眉山市范围内无自有住房的，购买新建商品住房每套给予1万元补贴: what is paid after 的 — the words before are whom it pays
_PAID_AFTER = re.compile(r"[，,]\s*[^。；;]{0,16}?(?:给予|发放|奖励|补贴|补助|资助)[^。；;]{0,8}?\d")
_APPLY_LIMIT = re.compile(F.APPLY_LIMIT)  # 人才应当在购房合同网签备案之日起12个月内提出申请
_SAID_OF_ALL = re.compile(r"\s*(?:以上|上述|前述)(?:各类|各项|所列|各)?(?:人员|人才|对象|申请人|企业|单位|家庭|情形)")
# an item of a catalogue of talent classes (A类人才：国内外顶尖人才，…; 一类人才：…)
_CLASS_ITEM = re.compile(r"\s*(?P<name>第?(?P<cls>[A-HＡ-Ｈ]|[一二三四五六七ⅠⅡⅢⅣⅤⅥⅦ])类(?:人才|人员)?)[：:]")
# a grant's recipients who meet the items after it (…达到下列标准的, …符合以下条件之一的)
_STANDARDS_LEAD = re.compile(r"(?:达到|符合|满足|具备)(?:下列|以下|如下)(?:标准|条件|要求)(?P<one>之一)?(?:的)?$")
_SENTENCE_OR_LINE = re.compile(r"[^。；;\n]+")
_SENTENCE_OR_LINE_END = re.compile(r"[。；;\n]")
_PLACES_LEFT_OUT = re.compile(F.PLACES_LEFT_OUT)
_AREA_DEFINITION = re.compile(F.AREA_DEFINITION)


def _restated(subject: list, facts: set[str], split: bool) -> list:
    """What the grant before asked of its recipients, less what a row says of ``facts`` itself: a part about none of them
    stays; a part about one goes — unless ``split`` (a group paid beside the grant before, same event: 全日制本科学历人才
    给予…), when one segment's tests (在本区购买首套新建商品住房的硕士…) lose only those of the facts."""
    kept = []
    for part in subject:
        about = {c.test.fact for c in _conditions_of_part(part) if c.test}
        if not facts & about:
            kept.append(part)
        elif split and isinstance(part, Logic) and part.op == "all" and not any(isinstance(i, Logic) for i in part.items):
            rest = _without(part, lambda c: c.test is not None and c.test.fact in facts)
            if rest.items:
                kept.append(rest)
    return kept


def _conditions_of_part(part) -> Iterator[Condition]:
    return _conditions_of(part) if isinstance(part, Logic) else iter((part,))


def _without(logic: Logic, dropped: Callable[[Condition], bool]) -> Logic:
    """The logic without the conditions ``dropped`` picks (a group left empty goes too)."""
    items = []
    for item in logic.items:
        if isinstance(item, Logic):
            item = _without(item, dropped)
            if item.items:
                items.append(item)
        elif not dropped(item):
            items.append(item)
    return replace(logic, items=tuple(items)) if tuple(items) != logic.items else logic


def _conditions_of(logic: Logic) -> Iterator[Condition]:
    for item in logic.items:
        if isinstance(item, Logic):
            yield from _conditions_of(item)
        else:
            yield item


def _for_type(text: str, label: str) -> bool:
    """An exclusion that names a project type (不得申报2022年新建项目) binds that type only."""
    named = [t for t in F.PROJECT_TYPES if t in text and len(t) > 2]
    return not named or any(t.startswith(label[:2]) or label.startswith(t[:2]) for t in named)


def _unclaimed(test: Test, claimed: set[tuple[str, float]]) -> Test:
    """An area bound whose number a row beside it claims with （含） on the other side leaves that number out: 90平方米以上
    after 90平方米（含）以下 is above 90."""
    if test.op == ">=" and ("max", float(test.value)) in claimed:
        return replace(test, op=">")
    if test.op == "<=" and ("min", float(test.value)) in claimed:
        return replace(test, op="<")
    return test


def _paid_rows_logic(rows: list, node: Node) -> list:
    """Cases each paid their own amount: one is required (…缴纳社会保险费的，按…给予补贴); two or more are rows, any one."""
    if len(rows) < 2:
        return list(rows)
    return [Logic("any", tuple(rows), node.id, (_span_start(rows[0]), rows[-1].span[1]))]


def _case_parts(found: list, selects: set[int], node: Node) -> list:
    """…累计社保缴纳时间2年及以上的，承诺…3年；未满2年的，承诺…: a part that ends in 的 says to whom
    the part after it applies — a case (X的，Y), not two conditions on everyone."""
    if not selects:
        return found
    out: list = []
    cases: list[Logic] = []
    # 购买新建商品住房的，每套补贴2万元；购买二手住房的，每套补贴1万元: what each case is paid — rows, any one of them
    granted = {k for k in selects if k + 1 < len(found) and _grants_only(found[k + 1])}
    paying = sorted(granted)
    rows: list = []
    k = 0
    while k < len(found):
        if k in paying:
            if len(paying) >= 2:
                rows.append(found[k])
                if k == paying[-1]:
                    out.append(Logic("any", tuple(rows), node.id, (rows[0].span[0], rows[-1].span[1])))
            else:
                out.append(found[k])  # …缴纳社会保险费的，按1000元／人的标准: what X is granted — X is required
            k += 2 if k in granted else 1
            continue
        if k in selects and k + 1 < len(found):
            then = found[k + 1]
            cases.append(Logic("all", (found[k], then), node.id, (found[k].span[0], then.span[1])))
            k += 2
            continue
        if cases:
            out.append(Logic("tiers", tuple(cases), node.id, (cases[0].span[0], cases[-1].span[1])))
            cases = []
        out.append(found[k])
        k += 1
    if cases:
        out.append(Logic("tiers", tuple(cases), node.id, (cases[0].span[0], cases[-1].span[1])))
    return out


# A condition whose subject is one group of applicants (非本市户籍人员须…, 农业户籍人员应…): a rule for them.
_GROUP_CASE = re.compile(r"(?P<who>(?:非本[市区县省]|非本地|外地|外来|外省|外市|本[市区县省]|本地)(?:户籍|户口|常住户口)"
                         r"(?:人员|人口|家庭|居民|职工|申请人|购房人|人才)?|(?:农业|农村)(?:户籍|户口)(?:人员|人口|家庭)?"
                         # D、E类人才和硕士研究生须在本市落户: a rule for those classes and degrees only
                         r"|[A-H](?:[、和及与][A-H])*类(?:人才|人员)(?:[和及与、](?:博士|硕士)(?:研究生)?)?)"
                         r"(?:的)?[，,]?(?:还须|还应|另须|须|应当|应|需|必须)")
# 其他县（市、区）, 其他地区, 其他区县: the places beside the text's own territory
# (其他乡镇范围内的商品住房不纳入房票使用范围: the towns beside the county town's area)
_OTHER_PLACES = re.compile(r"其他(?:县[（(]市[、，,]?区[）)]|县区|区县|县市区|县市|县|区|地区|市县|乡镇|镇|乡镇街道)[^。；;]{0,20}?"
                           r"(?:不适用|不纳入[^。；;]{0,10}范围)")
# 超出期间购买的 / 超出上述期限的: outside a period the text gives as a condition
# (网签备案时间不在本方案规定期限内的: the period asked where it is said)
_OUTSIDE_THE_PERIOD = re.compile(r"超出(?:上述|规定的?|该|此|本)?(?:期间|期限|时间|时段)(?:范围)?"
                                 r"|不在(?:本(?:方案|办法|细则|通知|公告|政策)|上述)?(?:规定)?的?(?:期间|期限|时间|时段|补贴期)(?:范围)?内")
# D类、E类人才购房前本人及配偶…无住房: a rule for those classes, said with no 须 (the classes, then their own words)
_CLASS_CASE = re.compile(r"(?P<who>[A-H]类?(?:[、和及与][A-H]类?)*类(?:人才|人员))(?:[，,])?(?=购房前|购房时)")
_GRANTS = r"^(?:按|依据|根据|分别)[^，,。；;]{0,16}?(?:标准|比例|给予|享受|发放|补贴|奖励|资助|补助)|^(?:给予|享受|发放)"
# 「…生育二孩或三孩的家庭，在瓯海区购买…的」: a case that names its subject
_SUBJECT_CASE = rf"(?:[^，,：:]|{F.THOUSANDS_COMMA}){{2,40}}?的(?:企业|单位|人员|人才|家庭|个人|居民|职工|毕业生)[，,]"


# 符合本办法第三条规定条件, 符合第二条、第三条规定, 属于本细则第二条规定的: the words that say a provision's conditions are met
_MEETS_PROVISIONS = re.compile(r"(?:符合|满足|具备|属于)(?:本(?:办法|细则|通知|方案|意见|措施|规定|指南|条例))?[^，,。；;符满具属]{0,24}?"
                               r"(?:第[一二三四五六七八九十百零\d]+(?:条|款|项)|前款|本条)[^，,。；;]{0,16}?(?:所)?(?:规定|所列|列明)"
                               r"(?:的)?(?:条件|标准|要求|情形)?(?:的)?(?:基础上)?")
# …达到以下标准：X的企业，…；: a lead whose table of tiers follows in the same sentence
_INDUSTRY_ROW = re.compile(r"\s*(?P<who>[^，,：:；;。的]{1,24}?(?:类企业|行业企业|类行业|业企业))(?=(?:年?营业收入|营收|收入)?(?:不低于|不少于|达到|须达到|应达到|在|\d))")
_TABLE_LEAD = re.compile(r"(?:下列|以下|如下)(?:标准|条件|要求)[：:]")
# 其余企业，…; 其他的，…: the tier of those no tier before selects
_OTHERWISE = re.compile(r"\s*(?:其余|其他|其它|除上述[^，,。；;]{0,8}外)的?(?:企业|单位|人员|人才|家庭)?[，,]")


def _otherwise(before: list[Logic], node: Node, span: Span, text: str) -> Condition | None:
    """What the selectors of the tiers before leave: below the least of their lower bounds (超过5亿元的企业… → 5亿元
    or less), above the most of their upper ones; None when they bound different facts or both ways."""
    tests = []
    for t in before:
        first = t.items[0] if t.items else None
        if not isinstance(first, Condition) or first.test is None or first.test.op not in (">", ">=", "<", "<="):
            return None
        tests.append(first.test)
    if len({t.fact for t in tests}) != 1 or not all(isinstance(t.value, (int, float)) for t in tests):
        return None
    if all(t.op in (">", ">=") for t in tests):
        edge = min(tests, key=lambda t: (t.value, t.op == ">"))
    elif all(t.op in ("<", "<=") for t in tests):
        edge = max(tests, key=lambda t: (t.value, t.op == "<"))
    else:
        return None
    return Condition(node.id, span, text, replace(edge, op=conditions.NEGATED[edge.op], clause=None))


def _lone_or_tiers(tiers: list[Logic], subjects: list[bool], node: Node) -> list:
    """Tiers, unless there is one alone whose selector names the applicant (…生育二孩的家庭，在本区购买…):
    that says who may apply and what they must do — both required, not a rule for some of them."""
    if len(tiers) == 1 and subjects[0]:
        return list(tiers[0].items)
    selector, *then = tiers[0].items
    if len(tiers) == 1 and then and all(_grants_only(c) for c in then):
        return [selector]  # …的，按1000元／人的标准给予补贴: what is granted to X — X is required
    return [_tiers(tiers, node)]


def _grants_only(part) -> bool:
    """A part that only says what is granted (按1000元／人的标准, 给予一次性补贴): no condition of its own."""
    return isinstance(part, Condition) and part.test is None and bool(re.search(_GRANTS, part.text))


def _tiers(tiers: list[Logic], node: Node) -> Logic:
    """Cases 「X的，Y」 — one alone is a conditional too: it binds only those X names.  A boundary written （含）
    belongs to its tier: 5000万元以下的…；5000万元（含）以上的… — 5000万 is the second's, not both."""
    def bounds(t: Logic) -> list[Condition]:  # the selector's tests: one, or both ends of a band (5000万元（含）至2亿元的)
        first = t.items[0] if t.items else None
        parts = first.items if isinstance(first, Logic) and first.op == "all" else (first,)
        return [c for c in parts if isinstance(c, Condition) and c.test is not None and c.test.op in ("<=", ">=")]

    marked = {(c.test.fact, c.test.value) for t in tiers for c in bounds(t) if re.search(r"[（(]含", c.text)}

    def open_end(c):
        if isinstance(c, Condition) and c.test is not None and c.test.op in ("<=", ">=") \
                and (c.test.fact, c.test.value) in marked and not re.search(r"[（(]含", c.text):
            return replace(c, test=replace(c.test, op=c.test.op[0]))  # 以下 without it: below only
        return c
    fixed = []
    for t in tiers:
        first = t.items[0] if t.items else None
        if isinstance(first, Logic) and first.op == "all":
            first = replace(first, items=tuple(map(open_end, first.items)))
        elif first is not None:
            first = open_end(first)
        fixed.append(replace(t, items=(first, *t.items[1:])) if first is not None else t)
    return Logic("tiers", tuple(fixed), node.id, (tiers[0].span[0], tiers[-1].span[1]))


_SELECTORS = ("education", "talent_class", "kind")


def _tier_segments(found: list, node: Node) -> list:
    """硕士研究生不超35周岁,学士本科生不超30周岁: consecutive segments that each select by degree (or
    class) and test the same other facts are tiers, not conditions that must all hold."""
    def chooses(item) -> str | None:  # 硕士研究生及全日制本科毕业生: either degree (全日制 with the one it qualifies)
        if isinstance(item, Condition):
            return item.test.fact if item.test is not None and item.test.fact in _SELECTORS else None
        facts = {c.test.fact if c.test is not None else None for c in _conditions_of(item)} - {"full_time"}
        return facts.pop() if item.op == "any" and len(facts) == 1 and facts <= set(_SELECTORS) else None

    def selector(part) -> tuple[str, frozenset] | None:
        if not isinstance(part, Logic) or part.op != "all":
            return None
        facts = [i.test.fact for i in part.items if isinstance(i, Condition) and i.test is not None]
        sel = [f for f in facts if f in _SELECTORS] + [f for i in part.items if isinstance(i, Logic) and (f := chooses(i))]
        rest = frozenset(f for f in facts if f not in _SELECTORS and f != "full_time")  # 全日制本科学历人员不超过30周岁：
        return (sel[0], rest) if len(sel) == 1 and rest else None  # 全日制 goes with its degree
    def key(part) -> frozenset | None:  # C类及以上人才不超过55周岁，…，硕士研究生不超过35周岁: rows by class or degree
        sel = selector(part)
        return sel[1] if sel else None
    out: list = []
    k = 0
    while k < len(found):
        rest = key(found[k])
        j = k + 1
        while rest and j < len(found) and key(found[j]) == rest:
            j += 1
        if rest and j - k > 1:  # each row's selector first (本科生年龄不超过30周岁 reads the age before the degree)
            run = [replace(p, items=tuple(sorted(p.items, key=lambda i, s=selector(p)[0]: chooses(i) != s)))
                   for p in found[k:j]]
            out.append(Logic("tiers", tuple(run), node.id, (run[0].span[0], run[-1].span[1])))
        else:
            out.extend(found[k:j])
        k = j
    return out


def _bare_test(node: Node, own: _Own, a: int, b: int, fact: str | None) -> Condition | None:
    """A threshold with no fact named, given the fact of the tier before (3000万元以上的)."""
    if fact is None:
        return None
    span = own.span(a, b)
    for placed in node.clauses:
        c = placed.reading
        if not (span[0] <= placed.span[0] and placed.span[1] <= span[1]) or c.min is None and c.max is None:
            continue
        scale = 12 if fact == "social_insurance_months" and c.unit == "年" else 1  # 未满2年的: months
        test = conditions.threshold_tests(c, fact, placed.id, scale=scale)[0]
        return Condition(node.id, span, own.text[a:b].strip(" ，,"), test)
    return None


def _bare_tests(node: Node, own: _Own, a: int, b: int, fact: str) -> list[Condition]:
    """Every bound of the first threshold in ``own.text[a:b]``, of the fact given (500万元（含）至1000万元: both ends)."""
    span = own.span(a, b)
    for placed in node.clauses:
        c = placed.reading
        if span[0] <= placed.span[0] and placed.span[1] <= span[1] and (c.min is not None or c.max is not None):
            return [Condition(node.id, span, own.text[a:b].strip(" ，,"), t)
                    for t in conditions.threshold_tests(c, fact, placed.id)]
    return []


def _kinds_required(p: Programme) -> set[str]:
    """The kinds of applicant every way through a programme requires (its kind tests outside any
    alternative); empty when it names none."""
    def required(part) -> set[str]:
        if isinstance(part, Logic):
            if part.op != "all":
                return set()
            found: set[str] = set()
            for item in part.items:
                kinds = required(item)
                found = kinds if not found else (found & kinds if kinds else found)
            return found
        return set(part.test.value) if part.test and part.test.fact == "kind" and part.test.op == "in" else set()
    return required(Logic("all", (p.applicants, p.logic)))


def _kinds(text: str) -> tuple[str, ...]:
    """The kinds of applicant a phrase names.  Its subject decides first: …正常经营连续一年以上的创业者
    is a person however many 企业 its modifiers name."""
    found = []
    text = re.sub(r"由[^，,。；;]{1,10}?(?:直接)?(?:转为|转型为|升级为)", "", text)  # 由个体工商户直接转为…企业: what it was
    # 在东营市行政区域内（含东营经济技术开发区、东营港经济开发区）注册登记: the places a bracket lets in, no kind of applicant
    text = re.sub(r"[（(](?:含|包括|包含)[^（()）]*[）)]", "", text)
    rest = re.sub(r"(?:高校|大学|院校|学校)[\u4e00-\u9fff、和]{0,12}?(?:毕业生|学生|在校生)|大学生|大中专生|中专生|大专生",
                  "\0", text)  # persons
    # 企业新引进的…博士研究生, 用人单位招用的…: the employer that brings the person in applies for nothing here
    rest = re.sub(rf"(?:企业|单位|公司){F.BROUGHT_IN}", "", rest)  # not 企业招用…: the employer
    # …证书，并受聘于本市企业, 就业于…单位: the person's employer, not the applicant
    rest = re.sub(r"(?:受聘于|受雇于|就业于|任职于|供职于|全职于)[^，,。；;]{0,12}?(?:企业|单位|公司|机构)", "", rest)
    # 所创办企业的法定代表人或个体工商户经营者: the person who runs the firm
    rest = re.sub(r"[\u4e00-\u9fff]{0,6}?(?:企业|公司|个体工商户|单位)的?(?:法定代表人|主要负责人|负责人|经营者|股东|创始人)",
                  "创业者", rest)
    subject = re.sub(r"[（(][^）)]*[）)]", "", rest).rstrip("，,的 。")
    if re.search(rf"(?:{F.PERSON_WORDS})$", subject) and "的" in subject:
        return ("individual",)
    if rest != text or re.search(rf"(?:{F.PERSON_WORDS})$", subject) and not re.search(r"企业|单位|公司|机构|组织", rest):
        found.append("individual")  # …的高校毕业生, …本科毕业生和高新技术人才: the subject is a person
    if any(re.search(rf"的[\u4e00-\u9fff]{{0,4}}?(?:{F.PERSON_WORDS})$", phrase) for phrase in re.split(r"[，,]", subject)[1:]):
        return ("individual",)  # 与…工业企业签订劳动合同,依法缴纳2年以上社保的就业人员,在市区新安家: a person
    first = re.split(r"[，,]", subject)[0]  # 拥有自主知识产权…的人员,在我市创办、参股企业,…: its first phrase
    for part in (subject, first):
        head = part.rsplit("的", 1)[-1] if "的" in part else ""
        if re.fullmatch(F.LOCALITY_HEAD, head):
            return ("government",)  # 综合排名前十的县(市、区、特区), 获批建设…示范区的地方: localities
        named = F.kind_words(head)
        if named:  # 与恩阳区企业签订协议…的大中专院校: the kinds of the head, not of its partners
            return tuple(sorted(set(found + named), key=list(F.KINDS).index))
        if part is first and part != subject and re.search(rf"(?:{F.PERSON_WORDS})$", head):
            return ("individual",)
    found += F.kind_words(rest)
    return tuple(sorted(set(found), key=list(F.KINDS).index))


def _branches(text: str) -> bool:
    """申报主体是企业的，应满足以下条件 / 申报创建…的园区应符合下列条件: a branch by kind."""
    return any(w in text for w in F.BRANCH_HEAD) or bool(re.search(r"的[^，,；;]{0,12}(?:应符合|应满足|应为)", text))


def _lead_in(text: str) -> tuple[int, bool]:
    """Where a lead-in's own words end, before its 符合下列条件, and whether they are a condition whole
    (县（市、区）应为国家知识产权示范城市…，且符合下列条件之一: before 且) or name who, so that only their
    tests bind (…经营者（女性不超过55周岁、男性不超过60周岁）符合以下条件之一, 在本市注册的企业应同时符合…);
    (0, False) for a bare lead, or one whose subject is the employer (申请人所在企业需…且需满足以下条件之一)."""
    # (…已有1套自有产权住房，再次购买新建商品住房，且属于下列情形之一的: the lead's words, whole, before 且属于)
    m = re.search(r"[，,]?(?:(?P<whole>且(?:应)?(?=符合|满足|属于))|且|并且|并)?(?:应|须|需|应当|必须)?(?:同时)?(?:符合|满足|具备|属于)"
                  r"(?:下列|以下|如下)", text)
    if not m or m.start() < 4 or re.search(F.EMPLOYER_SUBJECT, text[:m.start()]):
        return 0, False
    return m.start(), m.group("whole") is not None


def _split(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A segment cut at 或 when both sides name a number (不少于100件或有效发明专利数量不少于50件) or a
    new predicate follows (…地区或被评为国家知识产权示范城市), not inside a noun (国家或省部级)."""
    cuts = [m for m in _OR.finditer(text, a, b)
            if not conditions.inside_bracket(text, a, m.start())  # 全职新引进(…参加养老保险或医疗保险且缴费满6个月…)全日制博士
            and (re.search(r"\d", text[a:m.start()]) and re.search(r"\d", text[m.end():b])
                 or text.startswith(F.OR_STARTS, m.end()) and m.start() - a >= 4)]
    # 全日制博士研究生以及A、B、C类人才: two groups of people — either is one of them
    cuts += [m for m in _GROUPS_AND.finditer(text, a, b)
             if m.start() - a <= 16 and b - m.end() <= 16  # (two names; a long phrase's 以及 may share its lead)
             and re.search(rf"(?:{F.PERSON_WORDS})$", text[a:m.start()]) and re.search(rf"(?:{F.PERSON_WORDS})$", text[m.end():b].rstrip("，,。；; "))
             and not conditions.inside_bracket(text, a, m.start())]
    cuts.sort(key=lambda m: m.start())
    if not cuts:
        return [(a, b)]
    bounds = [a, *[x for m in cuts for x in (m.start(), m.end())], b]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


def _halves(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """有效发明专利50件以上且在国(境)外申请发明专利5件以上: both halves of 且 are conditions."""
    cuts = [m for m in _AND.finditer(text, a, b) if m.start() - a >= 4 and b - m.end() >= 4]
    if not cuts:
        return [(a, b)]
    bounds = [a, *[x for m in cuts for x in (m.start(), m.end())], b]
    return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


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
    """…可不受利税总额限制, 专利数量要求可减半, and 机关事业单位编外聘用人员可参照执行 (those it names are treated as the
    conditions' own: what they fail of them, a person weighs)."""
    return any(w in text for w in F.EXEMPTION) and "限制" in text \
        or any(w in text for w in F.HALVED) and not re.search(_AMOUNT_HALVED, text) or bool(re.search(F.EXTENDED_TO, text))


def _parents(nodes: list[Node]) -> dict[str, Node]:
    found: dict[str, Node] = {}
    for node in _walk(nodes):
        for child in node.children:
            found[child.id] = node
    return found


def _days_between(c) -> bool:
    """A date clause whose ends are both days (2023年1月1日至2023年12月31日), not years or months."""
    return c.type == "date" and bool(c.min and c.max) and len(str(c.min)) == len(str(c.max)) == 10


def _purchase_period(node_id: str, span: Span, text: str, c) -> list[Condition]:
    """A date range as the period a home must be bought in: from its first day to its last."""
    return [Condition(node_id, span, text, Test("home_purchased", ">=", str(c.min), clause=c.id)),
            Condition(node_id, span, text, Test("home_purchased", "<=", str(c.max), clause=c.id))]


def _place_only(part, fact: str):
    """A territory scope (region or home_region in the places): the one place a programme asks about —
    the home's for a purchase, the applicant's for anything else."""
    if isinstance(part, Logic) and part.op == "any" and {c.test.fact for c in part.items
                                                         if isinstance(c, Condition) and c.test} == {"region", "home_region"}:
        return next(c for c in part.items if c.test.fact == fact)
    return part


def _recognised(found: list[Programme], definitions: list[Definition]) -> list[Programme]:
    """对新认定的总部企业，给予…: a grant to those recognised as a term the text defines takes the conditions of
    the text's recognition of it (…总部企业认定: 应当同时符合以下基本条件…; 不予认定…) — one who cannot be
    recognised cannot be paid as recognised."""
    def label(p: Programme) -> str:  # 建邺区总部企业认定和扶持办法（总部企业认定）: what its part is about
        m = re.search(r"[（(]([^（()）]+)[）)]$", p.title)
        return m.group(1) if m else p.title

    labels = [label(p) for p in found]
    recognised = []  # (the recognition's name, the words that grant to those recognised, its programmes)
    for d in definitions:
        term = d.term.strip("“”\"")
        programmes = [p for p, name in zip(found, labels) if f"{term}认定" in name]
        if programmes:
            recognised.append((f"{term}认定", re.compile(rf"认定(?:为)?(?:的)?{re.escape(term)}"), programmes))
    if not recognised:
        return found
    out = []
    for p, name in zip(found, labels):
        bound = [r for recognition, named, programmes in recognised if recognition not in name
                 and any(named.search(c.text) for c in (*_conditions_of(p.logic), *_conditions_of(p.applicants)))
                 for r in programmes]
        out.append(_bound_by(p, bound) if bound else p)
    return out


def _children_tiers(found: list[Programme]) -> list[Programme]:
    """（一）对…二孩家庭,按…1%予以补贴；（二）对…三孩及以上家庭,按…1.5%: grants side by side for families of
    more and more children are tiers — the 二孩 one is for families of two (a third child moves a family
    to the next tier)."""
    def own(p: Programme) -> list[Condition]:
        return [c for c in _conditions_of(p.logic) if c.test and c.test.fact == "children" and c.test.op == ">="
                and c.node.startswith(p.node)]

    def least(p: Programme) -> int | None:
        return min((c.test.value for c in own(p)), default=None)
    by_parent: dict[str, list[int]] = {}
    for p in found:
        if (n := least(p)) is not None:
            by_parent.setdefault(p.node.rsplit("__", 1)[0], []).append(n)
    out = []
    for p in found:
        n = least(p)
        higher = sorted(m for m in by_parent.get(p.node.rsplit("__", 1)[0], []) if n is not None and m > n)
        if higher:
            cut = min(own(p), key=lambda c: c.test.value)
            p = replace(p, logic=Logic("all", (*p.logic.items, replace(cut, test=replace(cut.test, op="<", value=higher[0]))),
                                       p.logic.node, p.logic.span))
        out.append(p)
    return out


def _bound_by(p: Programme, targets: list[Programme]) -> Programme:
    """A programme with the applicants, conditions and exclusions of the target groups that bind it."""
    return replace(p, applicants=Logic("all", (*(t.applicants for t in targets), p.applicants), p.applicants.node,
                                       p.applicants.span),
                   logic=Logic("all", (*(t.logic for t in targets), p.logic), p.logic.node, p.logic.span),
                   exclusions=tuple(dict.fromkeys((*p.exclusions, *(e for t in targets for e in t.exclusions)))),
                   # (A类、B类人才不受…户籍和社会保险缴纳限制: what the guide lifts, it lifts for its rows too)
                   exemptions=tuple(dict.fromkeys((*p.exemptions, *(e for t in targets for e in t.exemptions)))))


def _decidable(part):
    """What of a scope statement a fact can decide: its tests, without the words a person would
    judge (a scope says whom the text is for; its other words are restated where they bind).  An
    alternative with an undecidable side decides nothing."""
    if isinstance(part, Condition):
        return part if part.test is not None else None
    if part.op != "all":
        return part if all(_decidable(i) == i for i in part.items) else None
    items = tuple(i for i in map(_decidable, part.items) if i is not None)
    return replace(part, items=items) if items else None


def _span_start(part) -> int:
    return part.span[0]


def _span_of(anchor: Node, nodes: list[Node]) -> Span:
    spans = [n.span for n in nodes] + [anchor.span]
    return (min(s[0] for s in spans), max(s[1] for s in spans))


def _named_most(doc: Document) -> tuple:
    """The territory of a text whose issuer and title name none: a text that says 我省/本省 speaks for
    the province it names most; one that says 我市/本市 for the city its header, preamble or closing
    names.  Otherwise none: a region polc cannot resolve stays unknown."""
    text = "\n".join((n.heading or "") + "\n" + (n.text or "") for n in _walk(doc.body))
    frame = doc.title + "".join(n.text or "" for n in doc.body if n.kind in ("header", "closing", "preamble"))
    for word, suffix in (("我市|本市|全市", "市"), ("我省|本省|全省", "省")):
        if not re.search(word, text):
            continue
        names = {P.trim(m.group(1)) for m in re.finditer(rf"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[在于对与和及、，,：:]))([\u4e00-\u9fff]{{2,3}}{suffix})", text)}
        named = names
        names = {n for n in names if P.base(n) in L.PROVINCES} if suffix == "省" else \
            {n for n in names if P.base(n) in frame and len(P.base(n)) >= 2}
        cities = {n for n in named if P.known_name(n)}
        if not names and suffix == "市" and len(cities) == 1:
            names = cities  # 孝感中心城区购房补贴…孝感市直、孝南区: the one city a 本市 text names at all
        counts = {n: text.count(P.base(n)) for n in names}
        best = max(sorted(counts), key=lambda n: counts[n], default=None)
        if best and counts[best] >= 2:
            return tuple(P.territory([best]))
    return ()

"""Stage ``refs`` — cross-references inside one document.

* ``resolve_refs(nodes, doc_span)`` fills ``node.refs`` with the references in each node's
  own text — 本办法第四至第六条 (range), 第七、第八条 (list), 第五条第二款, 前款, 本条第二款 —
  and returns an ``unresolved-reference`` warning for each target the document lacks.
  A 第X条 right after 》 or after a law's name (《刑法》第二十条, 国家赔偿法第十七条) belongs
  to another document and is left alone; 本条 and 本款 alone are not references.
  In an amendment instrument (修正案, 关于修改…的决定) 本法第N条, 第N条 and 前款 point into the
  amended law, not the instrument, so only 本决定… is resolved there.

It runs after the tree is built; it is linear in the size of the document (one pass of compiled
regexes over every node's text).  The eligibility roles of nodes (``role``) are marked by the
eligibility stage (:func:`conditions.mark_conditions`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from . import lexicon as L
from .model import Diagnostic, Node, Ref, Span
from .numerals import parse_chinese_number

# --- cross-references -----------------------------------------------------------------------------

_NUM = r"[零〇○一二三四五六七八九十百千两0-9]+"
_INUM = rf"[（(]?{_NUM}[)）]?"  # 第（一）项
_DOC = f"(?:{'|'.join(L.REFERENCE_KINDS)})"
_SEP = r"(?:以及|或者|至|到|—|～|~|、|，|和|及|与|或)"
_RANGE_SEPS = ("至", "到", "—", "～", "~")
_ATOM = (rf"(?:前条|第{_NUM}条(?:之{_NUM})?)(?:第{_NUM}款)?(?:第{_INUM}项)?"
         rf"|前[两二三四五六七八九十]?款(?:第{_INUM}项)?|第{_NUM}款(?:第{_INUM}项)?|第{_INUM}项"
         rf"|第{_NUM}(?={_SEP}第)")  # 第四至第六条: a bare number takes the unit of the next one
_CHAIN = re.compile(rf"(?P<pre>本{_DOC}|本条|本款)?(?P<chain>(?:{_ATOM})(?:{_SEP}(?:{_ATOM}))*)")
_TOKEN = re.compile(rf"(?P<prev>前条)|第(?P<art>{_NUM})条(?:之(?P<sub>{_NUM}))?|前(?P<pc>[两二三四五六七八九十])?款"
                    rf"|第(?P<para>{_NUM})款|第[（(]?(?P<item>{_NUM})[)）]?项|第(?P<bare>{_NUM})|(?P<sep>{_SEP})")
# 《刑法》第二十条, 国家赔偿法第十七条, 著作权法》(以下称著作权法)第四十四条, and amending instruments' 将第六条修改为
_FOREIGN_BEFORE = re.compile(rf"(?:[》〉]|{_DOC})(?:[(（][^()（）]{{0,24}}[)）])?$|(?:将|在|删去|删除|原|把|作为)$")
_FOREIGN_AFTER = re.compile(r"修改为|改为|后增加|前增加|之后增加|作为|调整为|中的“")
_LONG_QUOTE = 30  # “…” longer than this is quoted provision text (amendments), not this document's
_AMENDMENT_TITLE = re.compile(r"修正案|关于修改.*的决定")


@dataclass(slots=True)
class _Address:
    """One address of a chain: 第五条第二款第（一）项, 前款, 第三款, or a bare 第四 awaiting its unit."""

    article: tuple[int, int] | None = None
    previous_article: bool = False
    previous_paragraphs: int = 0
    paragraph: int | None = None
    item: int | None = None
    bare: int | None = None

    def unit(self) -> str:
        if self.article or self.previous_article:
            return "article"
        if self.paragraph or self.previous_paragraphs:
            return "paragraph"
        return "item" if self.item else "bare"


def resolve_refs(nodes: list[Node], doc_span: Span) -> list[Diagnostic]:
    """Fill ``node.refs`` for every node under ``nodes``; one warning per unresolved reference."""
    index = _Index(nodes)
    own_only = "本决定" if _is_amendment(nodes) else None
    diagnostics: list[Diagnostic] = []
    for node in index.order:
        node.refs = []
        text, offsets = node.text, node.text_offsets
        if not text or offsets is None or len(offsets) != len(text) or "第" not in text and "前" not in text:
            continue
        quoted = _Ranges(_quoted(text))
        for m in _CHAIN.finditer(text):
            addresses, seps = _parse(m.group("chain"))
            if not _wanted(text, m, addresses, quoted) or own_only and m.group("pre") != own_only:
                continue
            targets, missing, kind = _Resolver(index, node).chain(addresses, seps)
            a, b = m.span()
            span = (offsets[a], offsets[b - 1] + 1)
            node.refs.append(Ref(m.group(), span, (a, b), tuple(targets), kind))
            if missing:
                diagnostics.append(Diagnostic("unresolved-reference", "warning", _advice(m.group(), missing),
                                              span if span[1] > span[0] else doc_span))
    return diagnostics


def _is_amendment(nodes: list[Node]) -> bool:
    """True for an amendment instrument: its title (the first line of its first node) says 修正案 or 关于修改…的决定."""
    first = next((n for n in nodes if n.heading or n.text), None)
    if first is None or first.kind not in ("header", "preamble"):
        return False
    return bool(_AMENDMENT_TITLE.search((first.heading or first.text or "").split("\n", 1)[0]))


def _parse(chain: str) -> tuple[list[_Address], list[str]]:
    addresses, seps, current = [], [], _Address()
    for t in _TOKEN.finditer(chain):
        if t.group("sep"):
            addresses.append(current)
            seps.append(t.group("sep"))
            current = _Address()
        elif t.group("prev"):
            current.previous_article = True
        elif t.group("art"):
            current.article = (_number(t.group("art")), _number(t.group("sub")) if t.group("sub") else 0)
        elif t.group("pc") is not None or t.group().startswith("前"):
            current.previous_paragraphs = _number(t.group("pc")) if t.group("pc") else 1
        elif t.group("para"):
            current.paragraph = _number(t.group("para"))
        elif t.group("item"):
            current.item = _number(t.group("item"))
        else:
            current.bare = _number(t.group("bare"))
    addresses.append(current)
    for i in range(len(addresses) - 2, -1, -1):  # 第四至第六条: the bare 第四 is an article too
        here, after = addresses[i], addresses[i + 1]
        if here.unit() == "bare":
            unit = after.unit()
            if unit == "article" and after.article:
                here.article = (here.bare, 0)
            elif unit == "paragraph" and after.paragraph:
                here.paragraph = here.bare
            elif unit == "item":
                here.item = here.bare
    return addresses, seps


def _wanted(text: str, m: re.Match, addresses: list[_Address], quoted: "_Ranges") -> bool:
    """False for another document's articles, amendment wording, quoted provisions, and 第一 alone."""
    if any(a.unit() == "bare" for a in addresses):
        return False
    if addresses[0].unit() == "item" and m.group("pre") not in ("本条", "本款"):
        return False  # 第一项 alone is as often a count (第一项任务) as a reference
    if m.start() in quoted:
        return False
    if m.group("pre"):
        return True
    return not (_FOREIGN_BEFORE.search(text, max(0, m.start() - 30), m.start())
                or _FOREIGN_AFTER.match(text, m.end()))


def _quoted(text: str) -> list[tuple[int, int]]:
    """Ranges of 《titles》 and of long “quotations”, where a 第X条 is not this document's."""
    ranges, opened = [], {}
    for i, ch in enumerate(text):
        if ch in "《“":
            opened.setdefault(ch, i)
        elif ch == "》" and "《" in opened:
            ranges.append((opened.pop("《"), i))
        elif ch == "”" and "“" in opened:
            start = opened.pop("“")
            if i - start > _LONG_QUOTE:
                ranges.append((start, i))
    return ranges


class _Ranges:
    """A union of half-open ranges, asked whether it holds an index by bisection: a look through
    every range for every reference made a text of one long line (a page saved without line
    breaks: thousands of 《titles》 and thousands of 第X条) quadratic."""

    __slots__ = ("starts", "ends")

    def __init__(self, ranges: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for a, b in sorted(ranges):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def __contains__(self, at: int) -> bool:
        i = bisect_right(self.starts, at) - 1
        return i >= 0 and at < self.ends[i]


class _Index:
    """Parents, articles by (ordinal, sub) per scope (the main text, or one annex), and document order."""

    def __init__(self, nodes: list[Node]):
        self.parent: dict[int, Node | None] = {}
        self.scope: dict[int, int] = {}
        self.articles: dict[int, dict[tuple[int, int], Node]] = {}
        self.sequence: dict[int, list[Node]] = {}
        self.order: list[Node] = []
        self._visit(nodes, None, 0)

    def _visit(self, nodes: list[Node], parent: Node | None, scope: int) -> None:
        for node in nodes:
            here = id(node) if node.kind == "annex" else scope
            self.parent[id(node)] = parent
            self.scope[id(node)] = here
            self.order.append(node)
            if node.kind == "article" and node.ordinal is not None:
                self.articles.setdefault(here, {}).setdefault((node.ordinal, _sub(node.num or "")), node)
                self.sequence.setdefault(here, []).append(node)
            self._visit(node.children, node, here)

    def ancestor(self, node: Node, kind: str) -> Node | None:
        at: Node | None = node
        while at is not None and at.kind != kind:
            at = self.parent.get(id(at))
        return at

    def article(self, node: Node, key: tuple[int, int]) -> Node | None:
        return self.articles.get(self.scope[id(node)], {}).get(key)

    def article_range(self, node: Node, low: tuple[int, int], high: tuple[int, int]) -> list[Node]:
        found = self.articles.get(self.scope[id(node)], {})
        return [found[k] for k in sorted(found) if low <= k <= high]

    def previous_article(self, node: Node) -> Node | None:
        own = self.ancestor(node, "article")
        sequence = self.sequence.get(self.scope[id(node)], [])
        at = next((i for i, a in enumerate(sequence) if a is own), 0)
        return sequence[at - 1] if own is not None and at > 0 else None


class _Resolver:
    """Resolves the addresses of one chain, in order: a 款 or 项 without its 条 belongs to the last 条 named."""

    def __init__(self, index: _Index, node: Node):
        self.index, self.node = index, node
        self.article: Node | None = index.ancestor(node, "article")
        self.article_label = self.article.num if self.article is not None and self.article.num else "this article"
        self.container: Node | None = None  # the paragraph (or article) a bare 项 belongs to
        self.missing: list[str] = []

    def chain(self, addresses: list[_Address], seps: list[str]) -> tuple[list[str], list[str], str]:
        targets: list[Node] = []
        at = 0
        while at < len(addresses):
            here = addresses[at]
            if at < len(seps) and seps[at] in _RANGE_SEPS and at + 1 < len(addresses):
                targets.extend(self._range(here, addresses[at + 1]))
                at += 2
                continue
            targets.extend(self._one(here))
            at += 1
        return [t.id for t in _unique(targets)], self.missing, _kind(addresses, seps)

    def _one(self, address: _Address) -> list[Node]:
        """The nodes one address names (several only for 前两款); [] when missing."""
        nodes: list[Node] = []
        if address.article or address.previous_article:
            article = self._article(address)
            if article is None:
                return []
            self.article, self.container, nodes = article, article, [article]
        if address.previous_paragraphs:
            nodes = self._previous_paragraphs(address.previous_paragraphs)
            if not nodes:
                return []
            self.container = nodes[-1]
        elif address.paragraph:
            para = _paragraph(self.article, address.paragraph) if self.article is not None else None
            if para is None:
                where = f"of {self.article_label}" if self.article is not None else "(this text is not inside an article)"
                self.missing.append(f"第{address.paragraph}款 {where}")
                return []
            self.container, nodes = para, [para]
        if address.item:
            holder = self.container or self.index.ancestor(self.node, "paragraph") or self.article
            item = _item(holder, address.item) if holder is not None else None
            if item is None:
                self.missing.append(f"第{address.item}项 of {self.article_label}")
                return []
            nodes = [item]
        return nodes

    def _article(self, address: _Address) -> Node | None:
        if address.previous_article:
            found = self.index.previous_article(self.node)
            if found is None:
                self.missing.append("the preceding article (前条)")
            return found
        found = self.index.article(self.node, address.article)
        if found is None:
            self.missing.append(_article_name(address.article))
        else:
            self.article_label = found.num or _article_name(address.article)
        return found

    def _range(self, low: _Address, high: _Address) -> list[Node]:
        if low.article and high.article and not (low.paragraph or high.paragraph or low.item or high.item):
            ends = [self._article(low), self._article(high)]
            if None in ends:
                return []
            if high.article < low.article:
                self.missing.append(f"a range from {_article_name(low.article)} back to {_article_name(high.article)}")
                return []
            self.article = ends[1]
            return self.index.article_range(self.node, low.article, high.article)
        firsts, lasts = self._one(low), self._one(high)
        if not firsts or not lasts:
            return []
        first, last = firsts[0], lasts[-1]
        parent = self.index.parent.get(id(first))
        siblings = parent.children if parent is not None and parent is self.index.parent.get(id(last)) else []
        at = [i for i, c in enumerate(siblings) if c is first or c is last]
        return siblings[at[0]:at[-1] + 1] if len(at) == 2 else [first, last]

    def _previous_paragraphs(self, count: int) -> list[Node]:
        para: Node | None = self.node
        while para is not None and not (para.kind == "paragraph" and _is_article(self.index.parent.get(id(para)))):
            para = self.index.parent.get(id(para))
        if para is None:
            self.missing.append("a preceding paragraph (前款): this text is not inside a numbered paragraph of an article")
            return []
        siblings = [c for c in self.index.parent[id(para)].children if c.kind == "paragraph"]
        at = next(i for i, c in enumerate(siblings) if c is para)
        if at < count:
            self.missing.append(f"{count} preceding paragraph(s) (款), but this is paragraph {at + 1} of its article")
            return []
        return siblings[at - count:at]


def _kind(addresses: list[_Address], seps: list[str]) -> str:
    if seps:
        return "range" if len(seps) == 1 and seps[0] in _RANGE_SEPS else "list"
    only = addresses[0]
    if only.item:
        return "item"
    if only.paragraph or only.previous_paragraphs:
        return "range" if only.previous_paragraphs > 1 else "paragraph"
    return "article"


def _sub(num: str) -> int:
    at = num.find("之")
    return _number(num[at + 1:]) if at != -1 else 0


def _number(text: str) -> int:
    try:
        return int(parse_chinese_number(text))
    except (ValueError, TypeError):
        return -1


def _is_article(node: Node | None) -> bool:
    return node is not None and node.kind == "article"


def _paragraph(article: Node, n: int) -> Node | None:
    paragraphs = [c for c in article.children if c.kind == "paragraph"]
    if paragraphs:
        return paragraphs[n - 1] if 1 <= n <= len(paragraphs) else None
    return article if n == 1 else None


def _item(container: Node, n: int) -> Node | None:
    """Item ``n`` under ``container``, nearest first, not looking inside other items."""
    level = [container]
    while level:
        for node in level:
            for child in node.children:
                if child.kind == "item" and child.ordinal == n:
                    return child
        level = [c for node in level for c in node.children if c.kind != "item"]
    return None


def _unique(nodes: list[Node]) -> Iterator[Node]:
    seen: set[int] = set()
    for node in nodes:
        if id(node) not in seen:
            seen.add(id(node))
            yield node


def _article_name(key: tuple[int, int]) -> str:
    return f"article {key[0]}" + (f" (之{key[1]})" if key[1] else "")


def _advice(text: str, missing: list[str]) -> str:
    return (f"“{text}” refers to {', '.join(missing)}, which this document does not have. "
            "Correct the number if it is a typo; if it cites another document, name that document "
            "(《title》) right before the article number so polc leaves it alone.")

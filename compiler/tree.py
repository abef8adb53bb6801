"""Stage 7 — build typed nodes from the parse tree, then give them ids and tiling spans.

Node text keeps the source's own characters (full-width punctuation stays ``，``) with
whitespace collapsed — removed next to CJK characters, one space between ASCII words —
and markdown markup dropped, as the lossless rule allows.
"""
from __future__ import annotations

import re
from array import array

from lark import Token, Tree

from .model import Line, Node, Normalized

_WS = re.compile(r"\s+")
_ID_PREFIX = {"part": "part", "subpart": "subpart", "chapter": "chp", "section": "sec", "article": "art",
              "paragraph": "para", "item": "item", "annex": "annex", "header": "header",
              "preamble": "preamble", "closing": "closing", "residue": "residue"}
_HEADING_MAX = 30  # an item line this short without a sentence end is a heading
_LEAD_SENTENCE_MAX = 20  # ``（一）指导思想。坚持…``: a first sentence this short is the heading
_MARKUP_LEFT = " \t#*>`\u3000\u00a0"


def build_nodes(tree, lines: list[Line], norm: Normalized, source: str, span: tuple[int, int]) -> list[Node]:
    """Typed top-level nodes of one document whose source span is ``span``."""
    body = _Builder(lines, norm, source).build(tree)
    _assign_ids(body, "")
    _tile(body, span)
    return body


class _Builder:
    """One method per grammar rule; each returns a ``Node``."""

    def __init__(self, lines: list[Line], norm: Normalized, source: str):
        self.lines, self.norm, self.source = lines, norm, source

    def build(self, tree: Tree):
        """What a Lark ``Transformer`` would make of ``tree`` (children first, in order, then the rule's
        method on them; tokens as they are), without its machinery per node and per token."""
        return getattr(self, tree.data)([self.build(c) if isinstance(c, Tree) else c for c in tree.children])

    def start(self, children):
        return [c for c in children if isinstance(c, Node)]

    def _unit(self, kind, children):
        index = int(children[0])
        nodes = [c for c in children[1:] if isinstance(c, Node)]
        node = self._numbered(kind, index, bool(nodes))
        node.children = nodes
        return node

    def part(self, c): return self._unit("part", c)
    def subpart(self, c): return self._unit("subpart", c)
    def chapter(self, c): return self._unit("chapter", c)
    def section(self, c): return self._unit("section", c)
    def article(self, c): return _wrap_first_paragraph(self._unit("article", c))
    def item(self, c): return self._unit("item", c)
    def annex(self, c): return self._unit("annex", c)

    def paragraph(self, children):
        node = self._leaf("paragraph", children[0])
        node.children = [c for c in children[1:] if isinstance(c, Node)]
        return node

    def lead(self, children):
        node = self._leaf("paragraph", children[0])
        node.heading, node.heading_offsets = node.text, node.text_offsets
        node.text, node.text_offsets = "", array("i")
        node.children = [c for c in children[1:] if isinstance(c, Node)]
        return node

    def header(self, c): return self._leaf("header", c[0])
    def preamble(self, c): return self._leaf("preamble", c[0])
    def closing(self, c): return self._leaf("closing", c[0])
    def title(self, c): return self._leaf("header", c[0])

    def _leaf(self, kind: str, token: Token) -> Node:
        index = int(token)
        line = self.lines[index]
        text, offsets = collapse(self.norm, self.source, line.nstart, line.nend)
        return Node(kind, self._start_span(index), text=text, text_offsets=offsets)

    def _numbered(self, kind: str, index: int, has_children: bool) -> Node:
        line = self.lines[index]
        marker = line.marker
        num_start, num_end = self.norm.to_source(_marker_start(line), _marker_start(line) + len(marker.num))
        body, offsets = collapse(self.norm, self.source, line.body_start, line.nend)
        node = Node(kind, self._start_span(index), style=marker.style if kind == "item" else None,
                    num=self.source[num_start:num_end], ordinal=marker.ordinal)
        if kind in ("part", "subpart", "chapter", "section", "annex"):
            node.heading, node.heading_offsets, node.text_offsets = body or None, offsets, array("i")
        elif kind == "item":
            cut = _heading_length(body, has_children)
            node.heading, node.heading_offsets = body[:cut] or None, offsets[:cut]
            node.text, node.text_offsets = body[cut:], offsets[cut:]
        else:
            node.text, node.text_offsets = body, offsets
        node.sub = marker.sub
        return node

    def _start_span(self, index: int) -> tuple[int, int]:
        """The line's source span, stretched back over the markup and spaces that open it."""
        line = self.lines[index]
        start, end = self.norm.to_source(line.nstart, line.nend)
        floor = self.norm.to_source(0, self.lines[index - 1].nend)[1] if index else 0
        while start > floor and self.source[start - 1] in _MARKUP_LEFT:
            start -= 1
        return (start, end)


def _marker_start(line: Line) -> int:
    return line.body_start - len(line.marker.num) if line.kind == "heading" else line.nstart


def _heading_length(body: str, has_children: bool) -> int:
    """How much of an item's body is its heading: all of a short title, or a short first sentence.

    ``（一）指导思想。`` over paragraphs is a heading; ``（三）其他不予支持的项目。`` alone is text,
    and so is anything with digits (``项目申报截止日期为2022年2月15日。``): amounts and dates are
    clauses, and clauses are read from the text.
    """
    if len(body) <= _HEADING_MAX and not any(p in body[:-1] for p in "。；;，,:：0123456789０１２３４５６７８９") \
            and not body.endswith(("；", ";", "，", ",", ":", "：")) and (has_children or not body.endswith("。")):
        return len(body)
    stop = body.find("。")
    if 0 < stop <= _LEAD_SENTENCE_MAX and stop + 1 < len(body) and not any(p in body[:stop] for p in "，,；;：:0123456789"):
        return stop + 1
    return 0


def _wrap_first_paragraph(article: Node) -> Node:
    """An article with several 款 gets its own first 款 as a paragraph child (para_1)."""
    if not any(c.kind == "paragraph" for c in article.children) or not article.text:
        return article
    offsets = article.text_offsets
    first = Node("paragraph", (offsets[0], offsets[-1] + 1), text=article.text, text_offsets=offsets)
    first.children = []
    while article.children and article.children[0].kind != "paragraph":
        first.children.append(article.children.pop(0))
    article.text, article.text_offsets = "", array("i")
    article.children.insert(0, first)
    return article


def collapse(norm: Normalized, source: str, nstart: int, nend: int) -> tuple[str, array]:
    """Source characters of normalised ``[nstart, nend)`` with whitespace collapsed, and their offsets."""
    pieces: list[str] = []
    offsets = array("i")
    text, at = norm.text, nstart
    for m in _WS.finditer(text, nstart, nend):
        _take(norm, source, at, m.start(), pieces, offsets)
        # (a space between two ASCII words; not between the two halves of a number a line's end cut: 20 / 26年)
        if nstart < m.start() and m.end() < nend and text[m.start() - 1].isascii() and text[m.end()].isascii() \
                and not (m.group() == "\n" and text[m.start() - 1].isdigit() and text[m.end()].isdigit()):
            pieces.append(" ")
            offsets.append(norm.offsets[m.start()])
        at = m.end()
    _take(norm, source, at, nend, pieces, offsets)
    return "".join(pieces), offsets


def _take(norm: Normalized, source: str, a: int, b: int, pieces: list[str], offsets: array) -> None:
    if b <= a:
        return
    first, last = norm.offsets[a], norm.offsets[b - 1]
    if last - first == b - 1 - a:  # no markup removed inside: one slice
        pieces.append(source[first:last + 1])
        offsets += norm.offsets[a:b]  # first … last, copied (offsets only grow: no gap means every one)
    else:
        chosen = norm.offsets[a:b]
        pieces.append("".join(source[i] for i in chosen))
        offsets.extend(chosen)


def _assign_ids(nodes: list[Node], prefix: str) -> None:
    """Path-style ids (``chp_2__art_5__para_2__item_3``), unique among siblings."""
    seen: dict[str, int] = {}
    counts: dict[str, int] = {}
    for node in nodes:
        base = _ID_PREFIX[node.kind]
        if node.style == "label":  # 【申请条件】, 【办理时限】: labels by their order (they print no number)
            counts["label"] = counts.get("label", 0) + 1
            own = f"label_{counts['label']}"
        elif node.ordinal is not None and node.kind != "paragraph":
            own = f"{base}_{node.ordinal}"
            if node.sub:
                own += f"_{node.sub}"  # 第五条之一 → art_5_1
        else:
            counts[base] = counts.get(base, 0) + 1
            own = f"{base}_{counts[base]}"
        seen[own] = seen.get(own, 0) + 1
        if seen[own] > 1:
            own += f"-{seen[own]}"
        node.id = f"{prefix}__{own}" if prefix else own
        if node.children:
            _assign_ids(node.children, node.id)




def _tile(nodes: list[Node], span: tuple[int, int]) -> None:
    """Stretch spans so siblings tile their parent's remaining region with no gaps."""
    if not nodes:
        return
    nodes[0].span = (span[0], nodes[0].span[1])
    for node, following in zip(nodes, nodes[1:]):
        node.span = (node.span[0], following.span[0])
    nodes[-1].span = (nodes[-1].span[0], span[1])
    for node in nodes:
        if node.children:
            child_start = node.children[0].span[0]
            _tile(node.children, (child_start, node.span[1]))

"""Choose a document's title from its header nodes, with the source span it came from.

``find_title`` is the one entry point; ``choose_title`` (text only, for the pipeline) and
``title_with_span`` are thin views of it.  YAML front matter (``---`` … ``---`` at the top,
as in qisehong files) is never a title; its ``title:`` value is used only when no header
line looks like one.
"""
from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

from . import lexicon as L
from .model import Node, Span

_TITLE_END = re.compile(f"({'|'.join(L.TITLE_END_WORDS)})" r"\s*([(（][^()（）]{1,12}[)）])?$")
_STATUS_LINE = re.compile(f"^[(（]({'|'.join(w for words in L.STATUS_WORDS.values() for w in words)})[)）]$")
# (公　告 alone under the banner: the kind of document, not its title)
_NOT_TITLE = re.compile(r"^(---|<!--|[a-z_]+\s*:)|〔\d{4}〕|文件$|^\d{4}|^(?:公\s*告|通\s*告|通\s*知)$")
_LEVEL_TAG = re.compile(r"^【[^】]{1,12}】")
_BOOK_PART = re.compile(r"^[\u4e00-\u9fff]{1,8}编$")  # 民法典's ``# 人格权编`` under ``# 中华人民共和国民法典``
_FRONT_FIELD = re.compile(r"^(?P<key>[a-z_]+)\s*:\s*\"?(?P<value>[^\"]*)\"?\s*$")


@dataclass(frozen=True, slots=True)
class Title:
    """A title's text; ``span`` and per-character source ``offsets`` are None for a fallback."""

    text: str
    span: Span | None
    offsets: array | None


@dataclass(frozen=True, slots=True)
class Field:
    """One ``key: value`` line of YAML front matter; ``offsets`` locate every char of ``value``."""

    value: str
    offsets: array

    @property
    def span(self) -> Span | None:
        return (self.offsets[0], self.offsets[-1] + 1) if self.value else None


def choose_title(nodes: list[Node], fallback: str) -> str:
    """The title lines of the header, joined: 关于…（征求意见稿）; else the first plausible header line."""
    return find_title(nodes, fallback).text


def title_with_span(nodes: list[Node], fallback: str) -> tuple[str, Span | None]:
    """``choose_title`` plus the ``[start, end)`` source span of the chosen lines (None for the fallback)."""
    found = find_title(nodes, fallback)
    return found.text, found.span


def find_title(nodes: list[Node], fallback: str) -> Title:
    """The title of a document whose top-level nodes are ``nodes``; ``fallback`` when none is found."""
    headers = [n for n in nodes if n.kind == "header"]
    skip, fields = front_matter(nodes)
    lines = headers[skip:]
    texts = [n.text for n in lines]
    for i, line in enumerate(texts):
        if _TITLE_END.search(line) and not _NOT_TITLE.search(line):
            start = i
            while start > 0 and _continues_title(texts[start - 1]):
                start -= 1
            end = i + 1
            while end < len(texts) and (_STATUS_LINE.match(texts[end]) or _BOOK_PART.match(texts[end])):
                end += 1
            return _joined(lines[start:end])
    plausible = [n for n in lines if n.text and not _NOT_TITLE.search(n.text)]
    if plausible:
        return _joined(plausible[:1])
    if "title" in fields and fields["title"].value:
        field = fields["title"]
        return Title(field.value, field.span, field.offsets)
    return Title(fallback, None, None)


def front_matter(nodes: list[Node]) -> tuple[int, dict[str, Field]]:
    """How many leading header nodes are YAML front matter, and its ``key: value`` fields."""
    headers = []
    for node in nodes:
        if node.kind != "header":
            break
        headers.append(node)
    if not headers or headers[0].text != "---":
        return 0, {}
    fields: dict[str, Field] = {}
    for i, node in enumerate(headers[1:], 1):
        if node.text == "---":
            return i + 1, fields
        match = _FRONT_FIELD.match(node.text)
        if match and node.text_offsets is not None:
            a, b = match.span("value")
            fields.setdefault(match.group("key"), Field(match.group("value"), node.text_offsets[a:b]))
    return 0, {}  # no closing ``---``: not front matter


def _joined(lines: list[Node]) -> Title:
    text, offsets = "", array("i")
    for node in lines:
        node_offsets = node.text_offsets if node.text_offsets is not None else array("i")
        if text and _BOOK_PART.match(node.text) and len(offsets):
            text += " "
            offsets.append(offsets[-1] + 1)
        text += node.text
        offsets.extend(node_offsets if len(node_offsets) == len(node.text) else [lines[0].span[0]] * len(node.text))
    tag = _LEVEL_TAG.match(text)
    if tag:
        text, offsets = text[tag.end():], offsets[tag.end():]
    if not text:
        return Title(text, None, None)
    return Title(text, (offsets[0], offsets[-1] + 1), offsets)


def _continues_title(line: str) -> bool:
    return (bool(line) and not _NOT_TITLE.search(line) and not _TITLE_END.search(line)
            and len(line) <= 30 and line[-1] not in "。；;:：，,")

"""Provisions named as a reader cites them: 第十条, 第十条第二款, 一、（三）, 序言, 标题 — never by id.

Node ids (``chp_3__art_10``) are the contract's addresses; people cite the printed numbers. A
node with a number is named by the numbers on its path (an article's number alone stands for
its chapter and section, as 第十条 does in a law); a node without one by its place: the 款 of an
article, the 段 of an item or of the text, the header lines (标题), the preamble (序言), the
closing (落款).  Reads validated document JSON only; used by the diff and comparison pages and
by ``polc diff`` in the terminal.
"""
from __future__ import annotations

from .provisions import full_text

_PLACES = {"header": "标题", "preamble": "序言", "closing": "落款", "residue": "未识别文字"}
_ABOVE_ARTICLE = {"part", "subpart", "chapter", "section"}


def names(doc: dict) -> dict[str, str]:
    """Node id → the printed name of every node of ``doc``."""
    found: dict[str, str] = {}
    _name_all(doc["body"], "", False, found)
    return found


def _name_all(nodes: list[dict], prefix: str, in_article: bool, found: dict[str, str]) -> None:
    places: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for node in nodes:
        kinds[node["kind"]] = kinds.get(node["kind"], 0) + 1
    for node in nodes:
        kind = node["kind"]
        places[kind] = places.get(kind, 0) + 1
        own = _own(node, places[kind], kinds.get("paragraph", 0), in_article, kinds[kind])
        if kind == "article" and node.get("num"):
            name = node["num"]  # 第十条, without its chapter
        else:
            name = prefix + own
        found[node["id"]] = name or _PLACES.get(kind, "正文")
        if node["children"]:
            _name_all(node["children"], name, in_article or kind == "article", found)


def _own(node: dict, place: int, paragraphs: int, in_article: bool, same: int) -> str:
    """The node's own part of its name: its number, 第二款, 第2段, 序言第3段."""
    kind, num = node["kind"], (node.get("num") or "").strip()
    if num:
        return num
    if kind == "paragraph":
        if paragraphs < 2:
            return ""
        return f"第{_cn(place)}款" if in_article else f"第{place}段"
    if kind in _PLACES:
        return _PLACES[kind] + (f"第{place}{'行' if kind == 'header' else '段'}" if same > 1 else "")
    return ""


def _cn(n: int) -> str:
    """1 → 一, 12 → 十二, 23 → 二十三 (款 are counted in Chinese, as the law cites them)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    return str(n)


def label(node: dict, width: int = 24) -> str:
    """``第五条 标题`` or the number and the start of the text."""
    rest = node.get("heading") or full_text(node).strip()
    rest = rest if len(rest) <= width else rest[:width] + "…"
    return " ".join(part for part in (node.get("num") or "", rest) if part)

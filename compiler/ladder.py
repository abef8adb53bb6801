"""Tables of the numbering ladders: which printed numbers open which structural units.

Read by the ``lines`` stage (to recognise markers), the ``levels`` stage (to rank them)
and the README.  Patterns run on normalised text (full-width brackets already folded).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as L
from .model import Marker
from .numerals import parse_chinese_number

ZH_DIGITS = "零〇○一二三四五六七八九十百千两"
_ZH = f"[{ZH_DIGITS}]+"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Rank of each structural kind; items rank below all of them and nest by style.
RANK = {"part": 1, "subpart": 2, "chapter": 3, "section": 4, "article": 5}
# GB/T 9704 order, under the bracketed labels of a service guide (【申请条件】, 【办理时限】), which number nothing
ITEM_STYLES = ("label", "zh_dun", "zh_paren", "arabic_dot", "arabic_paren", "circled")
LEAD_MAX = 24  # an actor line (省知识产权局：) over a list is at most this long

# Words that, right after 第X条, show a cross-reference rather than a heading.
_REF_FOLLOWERS = "、至和或及到中第的规所之前后款项"

_STRUCTURAL = re.compile(
    rf"第(?P<n>{_ZH}|[0-9]+)(?P<unit>分编|编|章|节|条)(?:之(?P<sub>{_ZH}))?"
)
_ITEM_PATTERNS = (
    # alone on its line (【关注】标题 is no label), or a part of a guide with its text after it (【申报主体】在…注册的企业)
    ("label", re.compile(r"【(?P<label>[^【】\n]{1,12})】(?=[ 　:：]*$)"
                         rf"|【(?P<part>[^【】\n]{{0,10}}(?:{'|'.join(L.GUIDE_PART_WORDS)}))】")),
    ("zh_dun", re.compile(rf"(?P<n>{_ZH})、")),
    ("zh_paren", re.compile(rf"\((?P<n>{_ZH})\)")),
    ("arabic_paren", re.compile(r"\((?P<n>[0-9]{1,3})\)")),
    # 1.80周岁及以上的: an item number glued to an age, which is never written with two decimals;
    # 6.2024年1月1日—…: one glued to a year, which is never a decimal either
    ("arabic_dot", re.compile(r"(?P<n>[0-9]{1,3})(?:\.(?![0-9])|\.(?=[0-9]{2,3}周?岁)|\.(?=(?:19|20)[0-9]{2}年)|、)")),
    ("circled", re.compile(rf"(?P<n>[{CIRCLED}])")),
)
_UNIT_KIND = {"编": "part", "分编": "subpart", "章": "chapter", "节": "section", "条": "article"}
ANNEX = re.compile(r"附件\s*(?P<n>[0-9]{1,2}|" + _ZH + r")?\s*$")


@lru_cache(maxsize=4096)  # a document prints the same few hundred ordinals line after line
def zh_to_int(text: str) -> int:
    """Value of a printed ordinal: Chinese (``二十四``, ``一百零五``), Arabic (``12``) or circled (``③``)."""
    if text in CIRCLED:
        return CIRCLED.index(text) + 1
    return int(parse_chinese_number(text))


def match_marker(text: str, at: int = 0, end: int | None = None) -> tuple[Marker, int] | None:
    """The marker that starts ``text[at:end]``, with the index where the body begins."""
    end = len(text) if end is None else end
    structural = _match_structural(text, at, end)
    if structural:
        return structural
    for style, pattern in _ITEM_PATTERNS:
        m = pattern.match(text, at, end)
        if m:  # a label has no number: ordinal 0
            return Marker("item", style, m.group(0), zh_to_int(m.group("n")) if style != "label" else 0), m.end()
    return None


def _match_structural(text: str, at: int, stop: int) -> tuple[Marker, int] | None:
    m = _STRUCTURAL.match(text, at, stop)
    if not m:
        return None
    end = m.end()
    if end < stop and text[end] in _REF_FOLLOWERS:
        return None
    kind = _UNIT_KIND[m.group("unit")]
    sub = zh_to_int(m.group("sub")) if m.group("sub") else 0
    return Marker(kind, kind, m.group(0), zh_to_int(m.group("n")), sub), end

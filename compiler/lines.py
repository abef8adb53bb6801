"""Stage 4 — cut a document into classified *virtual* lines.

A virtual line is one logical block: a physical line, or the part of a long physical line
that follows a run of spaces or a ``。 `` before a heading (search listings put a whole
document on one line), or several physical lines joined because a page break cut a
sentence (``不低\\n\\n于``).  Each line gets a ``kind``:

``heading`` (opens a numbered unit), ``annex`` (``附件 1``), ``header`` (banner, 文号,
title, 主送 before the body), ``preamble`` (running text before the first heading),
``title`` (a guide's title inside an annex), ``lead`` (``省知识产权局：`` over a list),
``closing`` (signing organ and date), ``text``.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon as L
from .ladder import ANNEX, LEAD_MAX, match_marker, zh_to_int
from .model import DocumentSlice, Line, Marker, Normalized

_PHYSICAL = re.compile(r"[^\n]+")
_STRONG = r"第[零〇○一二三四五六七八九十百千两\d]+[编章节条]"
# Where a long physical line is cut into virtual lines.
_CUT = re.compile(
    rf" {{3,}}"  # a wide run of spaces (U+3000 and NBSP runs in listings)
    rf"| {{1,2}}(?={_STRONG}(?: |$))"  # a space before 第X章 / 第X条 followed by a space
    rf"|(?<=[。;!?]) +(?=\S)"  # a space after the end of a sentence
    rf"|(?<=附件:)(?=\d{{1,2}}[.、])"  # 附件:1. … starts a list of attachments
    rf"|(?<=[)）\u4e00-\u9fff])(?=第[一1]条[\u4e00-\u9fff]{{2,10}}(?:\n|$))"  # …细则(试行)第一条补助对象: a title, then article 1
    rf"|(?<=[。;]) +(?=\((?:[一二三四五六七八九十]+|\d{{1,2}})\))"  # （二）乙； （三）丙
)
_LONG_LINE = 200  # physical lines longer than this are cut at single spaces too
_TERMINAL = "。;:!?)”」》】"
# What may start a line that continues an amount (20 / 万元): money units, 万 and 亿, percent signs;
# not the unit words that start other words too (十百千: 百强, 十大; 成, 折; 圆, 块: lexicon.UNIT_WORD_NOT_BEFORE).
_UNIT_HEADS = tuple(sorted({*(u for u in L.MONEY_UNITS if u[0] not in L.UNIT_WORD_NOT_BEFORE), "万", "亿", "萬", "億",
                            *(u for u in L.PERCENT_UNITS if u not in L.RATE_WORD_NOT_BEFORE)}))
_DATE_LINE = re.compile(r"^[\d零〇○一二三四五六七八九十]{4} ?年 ?[\d一二三四五六七八九十]{1,3} ?月 ?[\d一二三四五六七八九十]{1,3} ?日$")
_DOC_NUMBER = re.compile(r"〔\d{4}〕\d+号|\[\d{4}\]\d+号|第\d+号$")
_TITLE_WORDS = re.compile(f"({'|'.join(L.TITLE_LINE_WORDS)})" r"\s*(\([^)]*\))?$")
_TABLE_ROW = re.compile(r"[^\x00-\x7f。，；：] [^\x00-\x7f。，；：]")  # cells split by a tab between CJK words
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]+")
_NOTE = re.compile(r"^\(.{1,30}\)$")
_INFO_END = "<!-- INFO END -->"
_HEADER_MAX = 60
_CONTINUE_MIN = 15
_BARE_HEADING_MAX = 15
_HEADING_CONTINUE_MIN = 24  # a shorter heading line is a title, not a sentence cut by a page break
_SENTENCE_PUNCT = "。；;，,、:)”》%"
# A text wrapped at a fixed width (a PDF's lines): at least this many lines end mid-sentence, at a width between these,
# within this many characters of it
_WRAPPED_MIN_LINES = 6
_WRAP_MIN, _WRAP_MAX, _WRAP_SLACK = 16, 60, 3
_PAGE_NUMBER = re.compile(r"[-—]\s*\d{1,3}\s*[-—]?$")


def classify_lines(norm: Normalized, doc: DocumentSlice) -> list[Line]:
    """Virtual lines of ``doc`` with their kinds, in order."""
    lines = [_classify(norm.text, s, e, brk) for s, e, brk in _virtual_lines(norm.text, doc.nstart, doc.nend)]
    lines = _join_invisible(norm.text, lines)
    lines = _join_wrapped(norm.text, lines)
    header_end = _header_end(norm.text, lines)
    lines = lines[:header_end] + _join_continuations(norm.text, lines[header_end:])
    headings = {i for i, line in enumerate(lines) if _is_bare_heading(norm, line)}
    return _assign_zones(norm.text, lines, header_end, headings)


def _virtual_lines(text: str, start: int, end: int):
    """Yield ``(nstart, nend, after_newline)`` for every non-blank virtual line."""
    for m in _PHYSICAL.finditer(text, start, end):
        s, e = _strip(text, m.start(), m.end())
        if s == e:
            continue
        # Every cut is spaces, follows 附件: (then ``find`` sees it, from two characters before the line: a
        # cut at the line's start changes nothing) or comes before a glued 第一条; a line with none is not searched.
        searched = text.find(" ", s, e) >= 0 or text.find("附件:", max(s - 2, 0), e) >= 0 \
            or text.find("第一条", s, e) >= 0 or text.find("第1条", s, e) >= 0
        cuts = [c for c in _CUT.finditer(text, s, e) if e - s > _LONG_LINE or c.group(0).startswith("   ")
                or c.group(0) == "" or text[c.end()] == "("] if searched else ()
        at, first = s, True
        for c in cuts:
            if c.start() > at:
                yield at, c.start(), first
                first = False
            at = c.end()
        if at < e:
            yield at, e, first


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] == " ":
        s += 1
    while e > s and text[e - 1] == " ":
        e -= 1
    return s, e


def _classify(text: str, s: int, e: int, after_newline: bool) -> Line:
    at = s
    annex = ANNEX.match(text, at, e)
    if annex:
        n = annex.group("n")
        marker = Marker("annex", "annex", text[at:annex.end()].rstrip(), zh_to_int(n) if n else 1)
        return Line("annex", s, e, marker, e, after_newline)
    found = match_marker(text, at, e)
    if found:
        marker, body = found
        return Line("heading", s, e, marker, body, after_newline)
    return Line("text", s, e, None, s, after_newline)


def _join_invisible(text: str, lines: list[Line]) -> list[Line]:
    """A line of only zero-width characters belongs to the line before it."""
    out: list[Line] = []
    for line in lines:
        if out and _INVISIBLE.fullmatch(text, line.nstart, line.nend):
            out[-1] = replace(out[-1], nend=line.nend)
        else:
            out.append(line)
    return out


def _wrap_width(text: str, lines: list[Line]) -> int | None:
    """The width a PDF's text was wrapped at, when most lines end mid-sentence at about one length (江门's 方案: ~29
    characters a line, 在江 / 门市就业 cut inside a word); None for a text whose lines are its own."""
    cut = [line.nend - line.nstart for line in lines if line.after_break and _ends_mid_sentence(text, line)]
    if len(cut) < _WRAPPED_MIN_LINES or 2 * len(cut) < len(lines):
        return None
    widest = max(range(_WRAP_MIN, _WRAP_MAX + 1), key=lambda w: sum(w - _WRAP_SLACK <= n <= w for n in cut))
    near = sum(widest - _WRAP_SLACK <= n <= widest for n in cut)
    return widest if 2 * near >= len(cut) else None


def _join_wrapped(text: str, lines: list[Line]) -> list[Line]:
    """In a text wrapped at a fixed width, a line as wide as the others that ends mid-sentence goes on in the next
    text line (a heading too: (三)“人才房票”房源库:蓬江区、江海区、新会区住房 / 城乡建设局(…)组织…)."""
    width = _wrap_width(text, lines)
    if width is None:
        return lines
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and line.after_break and line.kind == "text" and prev.kind in ("text", "heading") \
                and _ends_mid_sentence(text, prev) and _last_physical(text, prev) >= width - _WRAP_SLACK:
            out[-1] = replace(prev, nend=line.nend)
        else:
            out.append(line)
    return out


def _ends_mid_sentence(text: str, line: Line) -> bool:
    """The line stops inside a sentence: on a CJK character, a comma or a digit or letter (…单套房屋建筑面积<144m2补贴4万元,100 /
    m2≦…) — not on a sentence's end, nor on a page number a PDF left at the line's end (…合同总价款- 3)."""
    last = text[line.nend - 1]
    if last in _TERMINAL or _PAGE_NUMBER.search(text, max(line.nstart, line.nend - 8), line.nend):
        return False
    return not last.isascii() or last.isalnum() or last == ","


def _last_physical(text: str, line: Line) -> int:
    """The length of the last physical line of a (perhaps joined) line."""
    return line.nend - max(line.nstart, text.rfind("\n", line.nstart, line.nend) + 1)


def _join_continuations(text: str, lines: list[Line]) -> list[Line]:
    """Join a text line to the line before it when a page break cut a sentence."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev and line.after_break and line.kind == "text" and _is_cut(text, prev, line):
            out[-1] = replace(prev, nend=line.nend)
        else:
            out.append(line)
    return out


def _is_cut(text: str, prev: Line, line: Line) -> bool:
    """A sentence cut by a page break: the line before ends mid-sentence in CJK text."""
    if prev.kind not in ("text", "heading") or _DATE_LINE.match(text[line.nstart:line.nend]):
        return False
    last = text[prev.nend - 1]
    if last in "，、“(《,":
        return True
    if _open_bracket(text, prev) and not last.isascii() and last not in _TERMINAL:
        return True  # (三)本次实施范围为江门市区范围(蓬江区、江海区、新 / 会区),…: a bracket the break left open
    body = prev.nend - (prev.body_start if prev.kind == "heading" else prev.nstart)
    title = prev.kind == "heading" and not any(p in text[prev.body_start:prev.nend] for p in "。，,；;")
    least = _HEADING_CONTINUE_MIN if title else _CONTINUE_MIN
    if _TABLE_ROW.search(text, max(prev.nstart, prev.nend - 80), line.nend):
        return False
    if last.isdigit() and text.startswith(_UNIT_HEADS, line.nstart):
        return True  # 4型保障对象20 / 万元、5型…: an amount cut from its unit
    if last.isascii() or last in _TERMINAL or body < least or _TITLE_WORDS.search(text, prev.nstart, prev.nend):
        return False
    rest = text[line.nstart:line.nend]
    return len(rest) >= _CONTINUE_MIN or any(p in rest for p in _SENTENCE_PUNCT)


def _open_bracket(text: str, line: Line) -> bool:
    """The line leaves a bracket open: more opened than closed after its marker."""
    body = text[line.body_start if line.kind == "heading" else line.nstart:line.nend]
    return body.count("(") + body.count("（") > body.count(")") + body.count("）")


def _is_bare_heading(norm: Normalized, line: Line) -> bool:
    """``## 附则``: a short markdown heading with no number (its ``#`` marks were dropped just before it)."""
    content = norm.text[line.nstart:line.nend]
    start = line.nstart
    while start > 0 and norm.text[start - 1] == " ":
        start -= 1
    dropped = norm.offsets[start] - (norm.offsets[start - 1] if start else -1) > 1
    return (line.kind == "text" and dropped and len(content) <= _BARE_HEADING_MAX
            and not any(p in content for p in _SENTENCE_PUNCT))


def _assign_zones(text: str, lines: list[Line], header_end: int, headings: set[int]) -> list[Line]:
    closing = _closing_lines(text, lines, header_end)
    out: list[Line] = []
    in_preamble = True
    after_annex = False
    for i, line in enumerate(lines):
        kind = line.kind
        if i < header_end:
            kind = "header"
        elif i in closing:
            kind = "closing"
        elif kind in ("heading", "annex"):
            in_preamble = False
            after_annex = after_annex or kind == "annex"
        elif _is_lead(text, line, lines[i + 1] if i + 1 < len(lines) else None):
            kind = "lead"
        elif in_preamble:
            kind = "preamble"
        elif i in headings or _is_title(text, line, lines, i, after_annex):
            kind = "title"
        out.append(replace(line, kind=kind) if kind != line.kind else line)
    return out


def _header_end(text: str, lines: list[Line]) -> int:
    """Number of lines at the top that are banner, 文号, title and addressees."""
    for i, line in enumerate(lines[:80]):
        if text[line.nstart:line.nend] == _INFO_END:
            return i + 1
    i = _front_matter_end(text, lines)
    while i < len(lines) and lines[i].kind == "text" and _is_header_like(text, lines[i]):
        i += 1
        if text[lines[i - 1].nend - 1] == ":":
            break  # the addressee line closes the header
    return i


def _front_matter_end(text: str, lines: list[Line]) -> int:
    if not lines or text[lines[0].nstart:lines[0].nend] != "---":
        return 0
    for i, line in enumerate(lines[1:60], 1):
        if text[line.nstart:line.nend] == "---":
            return i + 1
    return 0


def _is_header_like(text: str, line: Line) -> bool:
    content = text[line.nstart:line.nend]
    if _DOC_NUMBER.search(content) or content.startswith("---"):
        return True
    return len(content) <= _HEADER_MAX and not content.endswith(("。", ";"))


def _closing_lines(text: str, lines: list[Line], header_end: int) -> set[int]:
    """Indices of the signing organ, date and notes that end the main body."""
    stop = next((i for i, line in enumerate(lines) if line.kind == "annex"), len(lines))
    for d in range(stop - 1, header_end - 1, -1):
        content = text[lines[d].nstart:lines[d].nend]
        if _DATE_LINE.match(content):
            break
        if not _NOTE.match(content) or stop - d > 3:
            return set()
    else:
        return set()
    found = set(range(d, stop))
    for k in range(d - 1, max(header_end, d - 4) - 1, -1):
        if not _is_signer(text, lines[k]):
            break
        found.add(k)
    return found


def _is_signer(text: str, line: Line) -> bool:
    content = text[line.nstart:line.nend]
    return (line.kind == "text" and len(content) <= 30 and content[-1] not in _TERMINAL
            and ":" not in content)


def _is_lead(text: str, line: Line, following: Line | None) -> bool:
    content = text[line.nstart:line.nend]
    return (line.kind == "text" and len(content) <= LEAD_MAX and content.endswith(":")
            and following is not None and following.kind == "heading" and following.marker.kind == "item")


def _is_title(text: str, line: Line, lines: list[Line], i: int, after_annex: bool) -> bool:
    """A guide's title inside an annex, followed by numbering that starts again."""
    if not after_annex or line.kind != "text" or i + 1 >= len(lines):
        return False
    content = text[line.nstart:line.nend]
    if len(content) > _HEADER_MAX or not _TITLE_WORDS.search(content):
        return False
    following = lines[i + 1]
    return lines[i - 1].kind == "annex" or following.kind == "heading" and following.marker.ordinal == 1

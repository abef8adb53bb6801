"""Stage 5 — resolve nesting: turn classified lines into open/close tokens.

A stack machine in the manner of Python's Indenter post-lexer: it knows the ladders
(编 > 分编 > 章 > 节 > 条 > 款; 一、 > （一） > 1. > （1） > ①, in whatever order a
document first uses them) and feeds balanced ``OPEN_*``/``CLOSE`` tokens to the LALR
grammar.  Every forced choice — numbering that skips, repeats or goes backwards, a level
that jumps — becomes a diagnostic; nothing is repaired silently.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import re

from . import lexicon as L
from .ladder import ITEM_STYLES, LEAD_MAX, RANK
from .model import Diagnostic, Line, Normalized

_SELF_REFERENCE = re.compile(f"本({'|'.join(L.SELF_REFERENCE_KINDS)})(自|由|所称|未尽|有效期|中)")

_CLOSING_HEADING = re.compile(r"(附则|其他|其它|附录|实施时间|施行日期)")

# Token types, also the terminal names of grammar/structure.lark.
ZONE_TOKENS = {"header": "HEADER", "preamble": "PREAMBLE", "closing": "CLOSING", "title": "TITLE"}
OPEN_TOKENS = {kind: f"OPEN_{kind.upper()}" for kind in (*RANK, "item", "annex", "para", "lead")}


@dataclass(frozen=True, slots=True)
class Event:
    """One token for the grammar: its type and the index of the line it stands for (-1 for CLOSE)."""

    type: str
    line: int


@dataclass(slots=True)
class _Frame:
    key: str  # "chapter", "item:zh_paren", "para", "lead", "annex", "root"
    line: int = -1  # index of the line that opened it
    last: dict[str, tuple[int, int]] = field(default_factory=dict)  # style → (ordinal, sub) of last child


@dataclass(slots=True)
class _State:
    norm: Normalized
    lines: list[Line]
    events: list[Event] = field(default_factory=list)
    stack: list[_Frame] = field(default_factory=lambda: [_Frame("root")])
    running: dict[str, tuple[int, int]] = field(default_factory=dict)  # style → last seen anywhere
    diagnostics: list[Diagnostic] = field(default_factory=list)


def resolve_levels(norm: Normalized, lines: list[Line]) -> tuple[list[Event], list[Diagnostic]]:
    """Balanced token stream for ``lines`` plus numbering diagnostics."""
    state = _State(norm, lines)
    for index, line in enumerate(lines):
        _HANDLERS[line.kind](state, index, line)
    _close_to(state, 1)
    return state.events, state.diagnostics


def _zone(state: _State, index: int, line: Line) -> None:
    if line.kind in ("closing",):
        _close_to(state, 1)
    elif line.kind == "title":
        _close_to(state, _depth_of(state, ("annex",)) or 1)
        state.stack[-1].last.clear()
        state.running.clear()
    state.events.append(Event(ZONE_TOKENS[line.kind], index))


def _annex(state: _State, index: int, line: Line) -> None:
    _close_to(state, 1)
    state.running.clear()
    _open(state, index, "annex", "annex")


def _heading(state: _State, index: int, line: Line) -> None:
    marker = line.marker
    if marker.kind == "item":
        _open_item(state, index, line)
        return
    rank = RANK[marker.kind]
    while len(state.stack) > 1 and not _outranks(state.stack[-1].key, rank):
        _pop(state)
    _check_number(state, line, marker.kind, first_ok=True)
    _open(state, index, marker.kind, marker.kind)


def _outranks(key: str, rank: int) -> bool:
    return key in ("annex", "root") or (key in RANK and RANK[key] < rank)


def _open_item(state: _State, index: int, line: Line) -> None:
    key = f"item:{line.marker.style}"
    if (article := _depth_of(state, ("article",))) and _heads_articles(state, article, line):
        _close_to(state, article - 1)  # 一、总则 / 第一条… / 二、补贴对象: the next heading of the articles' parts
    _close_lower_ladder(state, line.marker.style)
    sibling = _depth_of(state, (key,), stop_at_structure=True)
    if sibling and line.marker.ordinal == 1 and _depth_of(state, ("lead", "para"), stop_at_structure=True) > sibling:
        sibling = 0  # a list starting again under a lead-in line nests inside it
    if sibling:
        _close_to(state, sibling - 1)
    else:
        _check_ladder(state, line)
    _check_number(state, line, line.marker.style, first_ok=False)
    _open(state, index, key, "item")


def _heads_articles(state: _State, article: int, line: Line) -> bool:
    """The item line is a bare heading (二、补贴对象及条件) numbered next after an item that sits beside the
    articles, not inside one: it heads the articles that follow, as 一、总则 headed those before."""
    before = state.stack[article - 2].last.get(line.marker.style)
    own = state.norm.text[line.body_start:line.nend].strip()
    return before is not None and _follows(before, (line.marker.ordinal, line.marker.sub)) \
        and 0 < len(own) <= 24 and not re.search(r"[。；;，,：:]", own)


def _close_lower_ladder(state: _State, style: str) -> None:
    """一、 never nests under 1.: close the open items that GB/T 9704 ranks below ``style``."""
    if style == "label" and not any(e.key == "item:label" for e in state.stack):
        return  # 一、高校毕业生就业补贴 / 【补贴对象】…: labels inside a numbered part are its sections, nested in it
    rank = ITEM_STYLES.index(style)
    keep = len(state.stack)
    for depth in range(len(state.stack), 1, -1):
        key = state.stack[depth - 1].key
        if key in ("lead", "para"):
            continue
        if not key.startswith("item:") or ITEM_STYLES.index(key[5:]) <= rank:
            break
        keep = depth - 1
    _close_to(state, keep)


def _lead(state: _State, index: int, line: Line) -> None:
    if _depth_of(state, ("article",)):
        _text(state, index, line)  # inside an article, a lead-in line is the next 款
        return
    depth = _depth_of(state, ("lead",), stop_at_structure=True)
    if depth:
        _close_to(state, depth - 1)
    _open(state, index, "lead", "lead")


def _text(state: _State, index: int, line: Line) -> None:
    article = _depth_of(state, ("article",))
    content = state.norm.text[line.nstart:line.nend]
    if article:  # in an article every further paragraph is the next 款
        _close_to(state, article)
        _open(state, index, "para", "para")
        return
    if _looks_lead(content) and _depth_of(state, ("lead",), stop_at_structure=True):
        _lead(state, index, line)  # the next actor group, even when plain text follows it
        return
    if _SELF_REFERENCE.match(content) and not _just_headed(state, index):  # 本办法自…起施行 speaks for the whole
        _close_items(state)  # document … unless it sits under a heading such as 二、附则
    state.events.append(Event("TEXT", index))


def _just_headed(state: _State, index: int) -> bool:
    """The line is the first under a heading of its own (一、申报主体 / 本指南所称申报企业，是指…): it is that
    part's text, not a word on the whole document."""
    top = state.stack[-1]
    if not top.key.startswith("item:") or not state.events or state.events[-1].type != OPEN_TOKENS["item"] \
            or state.events[-1].line != top.line or top.line != index - 1:
        return False
    line = state.lines[top.line]
    own = state.norm.text[line.body_start:line.nend].strip()
    return 0 < len(own) <= 24 and not re.search(r"[。；;，,]", own.rstrip("：:"))


def _close_items(state: _State) -> None:
    depth = len(state.stack)
    while depth > 1 and state.stack[depth - 1].key.startswith(("item:", "lead")):
        line = state.lines[state.stack[depth - 1].line]
        if _CLOSING_HEADING.match(state.norm.text, line.body_start, line.nend):
            break
        depth -= 1
    _close_to(state, depth)


def _looks_lead(content: str) -> bool:
    return len(content) <= LEAD_MAX and content.endswith(":")


def _open(state: _State, index: int, key: str, kind: str) -> None:
    state.events.append(Event(OPEN_TOKENS[kind], index))
    state.stack.append(_Frame(key, line=index))


def _pop(state: _State) -> None:
    state.stack.pop()
    state.events.append(Event("CLOSE", -1))


def _close_to(state: _State, depth: int) -> None:
    while len(state.stack) > depth:
        _pop(state)


def _depth_of(state: _State, keys: tuple[str, ...], stop_at_structure: bool = False) -> int:
    """Stack depth (1-based length up to and including the frame) of the innermost frame with a key in ``keys``."""
    for depth in range(len(state.stack), 0, -1):
        key = state.stack[depth - 1].key
        if key in keys:
            return depth
        if stop_at_structure and (key in RANK or key == "annex"):
            return 0
    return 0


def _check_number(state: _State, line: Line, style: str, first_ok: bool) -> None:
    """Report numbering that skips, repeats or goes backwards among siblings."""
    marker = line.marker
    if style == "label":
        return  # 【申请条件】: a label, not a number
    frame = state.stack[-1]
    now = (marker.ordinal, marker.sub)
    before = frame.last.get(style)
    frame.last[style] = now
    running = state.running.get(style)
    state.running[style] = now
    if before is None:
        if marker.ordinal == 1 and marker.sub == 0 or running and _follows(running, now):
            return
        if first_ok and running is None:
            return
        before = running or (0, 0)
    if _follows(before, now):
        return
    code, what = (("numbering-repeat", "repeats") if now == before else
                  ("numbering-backwards", "goes backwards") if now < before else ("numbering-gap", "skips"))
    after = f"after number {before[0]}{'之' + str(before[1]) if before[1] else ''}" if before[0] else "at its first number"
    state.diagnostics.append(Diagnostic(
        code, "warning",
        f"{marker.num} {what} {after}; check the source for a missing or misnumbered provision",
        state.norm.to_source(line.nstart, line.body_start)))


def _follows(before: tuple[int, int], now: tuple[int, int]) -> bool:
    return now == (before[0] + 1, 0) or now == (before[0], before[1] + 1)


def _check_ladder(state: _State, line: Line) -> None:
    """Warn when an official-document ladder level is skipped (一、 directly over 1.)."""
    parent = state.stack[-1].key
    if not parent.startswith("item:") or parent == "item:label":
        return  # under 【申请条件】 any level of the ladder may open
    above, below = ITEM_STYLES.index(parent[5:]), ITEM_STYLES.index(line.marker.style)
    if below > above + 1:
        state.diagnostics.append(Diagnostic(
            "level-skip", "info",
            f"{line.marker.num} sits directly under a {parent[5:]} item; a level of the "
            "一、/（一）/1./（1）/① ladder is skipped", state.norm.to_source(line.nstart, line.body_start)))


_HANDLERS = {
    "header": _zone, "preamble": _zone, "closing": _zone, "title": _zone,
    "annex": _annex, "heading": _heading, "lead": _lead, "text": _text,
}

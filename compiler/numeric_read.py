"""Numeric windows and their readings, for the clause stage (``compiler/clauses.py``).

*Windows:* one compiled regular expression walks the text and stops at a number that a unit,
bound or date word follows (or at a relative time such as 上一年度), skipping names that only
look like numbers; around each stop a lexer reads a window of tokens classified by the tables of
:mod:`numerals`.  *Readings:* the LALR grammar ``grammar/numeric.lark`` parses the window and the
:class:`ClauseReader` transformer gives each quantity its type, value, bounds and unit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date as _date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedInput
from lark.lexer import Lexer

from . import numerals as N

Span = tuple[int, int]


# --- lexer ----------------------------------------------------------------------------


def alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


CN_DIGIT = "".join(ch for ch in N.DIGITS if N.DIGITS[ch])
_CN_ALL = "".join(N.DIGITS) + "".join(N.SMALL_UNITS) + "".join(N.BIG_UNITS) + N.APPROX_DIGITS
_ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?: ?(?:[十千万亿]|百(?!分)))*"
_CHINESE = rf"(?:[{CN_DIGIT}十拾几]|数(?=[十百千万]))[{_CN_ALL}]*"
_UNIT_WORDS = [*N.MONEY_UNITS, *N.PERCENT_UNITS, *N.COUNT_UNITS,
               *(u for u in N.DURATION_UNITS if u not in N.YEAR_MARKS and u != N.DAY_MARK)]
_TYPO = r"[\u4e00-\u9fff](?= ?\d{1,2} ?月 ?\d{1,2} ?日)"  # 2022为1月30日
_TOKEN_RE = re.compile(" ?(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in (
    ("INCL", alt(N.INCLUSION_MARKS)),
    ("REL", alt(N.RELATIVE_TIMES)),
    ("PERCENT_PRE", re.escape(N.PERCENT_PREFIX)),
    ("NUM", f"{_ARABIC}|{_CHINESE}"),
    ("PRE", alt(N.PRE_BOUNDS)),
    ("POST", alt(N.POST_BOUNDS)),
    ("UNIT", alt(_UNIT_WORDS)),
    ("YEAR", alt(N.YEAR_MARKS)),
    ("MONTH", re.escape(N.MONTH_MARK)),
    ("DAY", re.escape(N.DAY_MARK)),
    ("_RANGE", alt(N.RANGE_SEPARATORS)),
    ("_SEP", alt(N.LIST_SEPARATORS)),
    ("_SLASH", "/"),
    ("APPROX_SUF", alt(N.APPROX_SUFFIXES)),
    ("MAG", f"[{N.MAGNITUDES}]+"),
    ("_FILLER", alt(N.BOUND_FILLERS)),
    ("TYPO", _TYPO),
)) + ")")
_FOLLOW = "".join(sorted({w[0] for w in [*N.INCLUSION_MARKS, *N.POST_BOUNDS, *_UNIT_WORDS, *N.YEAR_MARKS,
                                           N.MONTH_MARK, N.DAY_MARK, *N.RANGE_SEPARATORS, *N.LIST_SEPARATORS,
                                           "/", *N.APPROX_SUFFIXES]}))
_SKIP = "|".join((
    r"(?:https?://|www\.)[!-~]+",  # URLs
    r"〔[^〕]{0,8}〕\d*号?|\[\d{4}\]\d+号",  # document numbers: 〔2019〕34号
    rf"第[\d{_CN_ALL}]+",  # 第十八条, 第四至第六条
    r"\d+(?:\+[\dA-Za-z]+)+",  # 1+13+N
    r"\d+[·•]\d+",  # 4·26
    r"\d+:\d+",  # 1:2, 9:00
    r"0\d{2,3}-\d{7,8}|1[3-9]\d{9}(?!\d)",  # phone numbers
    alt(N.FIVE_YEAR_PLANS) + "(?![万亿元])",
))
_SHORT_PRE = "".join(w for w in N.PRE_BOUNDS if len(w) == 1)  # 近, 约, 逾…: 近百万元
_ANCHOR_FIRST = re.escape("".join(sorted({*"0123456789", *CN_DIGIT, *"十拾几数第〔[hw", *_SHORT_PRE,
                                          *(w[0] for w in (*N.RELATIVE_TIMES, *N.FIVE_YEAR_PLANS, N.PERCENT_PREFIX))})))
_ANCHOR_RE = re.compile(  # the leading class lets the regex engine skip plain text quickly
    f"(?=[{_ANCHOR_FIRST}])(?:(?P<skip>{_SKIP})|(?P<rel>{alt(N.RELATIVE_TIMES)})"
    f"|(?P<num>(?:{_ARABIC}|{_CHINESE})(?= ?(?:[{re.escape(_FOLLOW)}]|{_TYPO}))"
    rf"|\d+(?:\.\d+)?(?: ?[千万亿])+|{re.escape(N.PERCENT_PREFIX)}|[{_SHORT_PRE}](?=[百千万亿])))")
_LEFT_RE = re.compile(f"(?:(?:{alt(N.PRE_BOUNDS)})+(?:{alt(N.BOUND_FILLERS)})* ?)$")
_DANGLING = {"_SEP", "_RANGE", "_SLASH", "PRE", "_FILLER", "PERCENT_PRE"}
_ENDS = {"UNIT", "YEAR", "DAY", "POST", "INCL", "NUM", "MAG"}
_STARTS = {"NUM", "PRE", "PERCENT_PRE", "REL", "MAG"}
_MAX_TOKENS = 48


@dataclass(slots=True)
class Window:
    start: int
    end: int
    tokens: list[Token]


def windows(text: str):
    """Windows of numeric tokens in ``text``, in order; they never overlap."""
    at = 0
    while (anchor := _ANCHOR_RE.search(text, at)) is not None:
        if anchor.lastgroup == "skip":
            at = anchor.end()
            continue
        left = _LEFT_RE.search(text, max(at, anchor.start() - 16), anchor.start())
        start = left.start() if left else anchor.start()
        tokens = _lex(text, start)
        if tokens:
            yield Window(tokens[0].start_pos, tokens[-1].end_pos, tokens)
        at = max(anchor.end(), tokens[-1].end_pos if tokens else 0)


def _lex(text: str, at: int) -> list[Token]:
    tokens: list[Token] = []
    while len(tokens) < _MAX_TOKENS and (m := _TOKEN_RE.match(text, at)) is not None:
        kind = m.lastgroup
        if kind == "_FILLER" and not (tokens and tokens[-1].type in ("PRE", "_FILLER")):
            break
        if kind == "TYPO":
            if not (tokens and tokens[-1].type == "NUM" and len(tokens[-1]) == 4 and tokens[-1].isdigit()):
                break
            kind = "YEAR"
        tokens.append(Token(kind, m.group(m.lastgroup), start_pos=m.start(m.lastgroup), end_pos=m.end()))
        at = m.end()
    while tokens and tokens[-1].type in _DANGLING:
        tokens.pop()
    return tokens


class _TokenFeed(Lexer):
    """Hands the window's ready-made tokens to Lark."""

    def __init__(self, lexer_conf):  # noqa: D107 — signature required by Lark
        pass

    def lex(self, tokens, *_):
        return iter(tokens)


# --- readings -------------------------------------------------------------------------


@dataclass(slots=True)
class _Number:
    low: Decimal
    high: Decimal
    inclusive: bool  # of both ends when low < high
    approx: bool
    scale: int  # the magnitude written after Arabic digits: 30万 → 10⁴
    chinese: bool
    span: Span


@dataclass(slots=True)
class _Quantity:
    number: _Number
    kind: str | None  # clause type, None for a bare number
    unit: str | None
    span: Span
    per: tuple[Decimal, str] | None = None


@dataclass(slots=True)
class Reading:
    """A clause as read from its window alone, before context."""

    type: str | None
    span: Span
    low: Decimal | str | None = None
    high: Decimal | str | None = None
    value: Decimal | str | None = None
    min: Decimal | str | None = None
    max: Decimal | str | None = None
    min_inclusive: bool | None = None
    max_inclusive: bool | None = None
    unit: str | None = None
    per: tuple[Decimal, str] | None = None
    approx: bool = False
    relative: bool = False
    precision: str | None = None
    scale: int = 1
    chinese: bool = False
    bounded: set = field(default_factory=set)
    pre_bounds: list = field(default_factory=list)
    mark: bool | None = None  # （含） True, （不含） False
    note: tuple[str, str] | None = None  # diagnostic (code, message)


def _dec(value) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _number(token: Token) -> _Number:
    text = token.value.replace(" ", "")
    chinese = not any("0" <= ch <= "9" for ch in text)
    tail = re.fullmatch(r"[\d.,]+([十百千万亿]+)", text)
    scale = int(N.parse_chinese_number(tail.group(1))) if tail else 1
    if any(ch in N.APPROX_DIGITS for ch in text):  # 三十几 → 31…39
        low = _dec(N.parse_chinese_number(re.sub(f"[{N.APPROX_DIGITS}]", "一", text)))
        high = _dec(N.parse_chinese_number(re.sub(f"[{N.APPROX_DIGITS}]", "九", text)))
        return _Number(low, high, True, True, scale, chinese, (token.start_pos, token.end_pos))
    value = _dec(N.parse_chinese_number(text))
    return _Number(value, value, True, False, scale, chinese, (token.start_pos, token.end_pos))


def _unit_kind(unit: str) -> tuple[str, str]:
    if unit in N.MONEY_UNITS:
        return "money", N.MONEY_UNITS[unit]
    if unit in N.PERCENT_UNITS:
        return "percent", N.PERCENT_UNITS[unit]
    return ("count" if unit in N.COUNT_UNITS else "duration"), unit


def _is_calendar_year(token: Token) -> bool:
    text = token.value
    return len(text) == 4 and (text.isdigit() and text[0] in "12" or all(ch in N.DIGITS for ch in text))


def _reading(q: _Quantity, pres=(), posts=()) -> Reading:
    n = q.number
    r = Reading(q.kind, q.span, low=n.low, high=n.high, min=n.low, max=n.high, min_inclusive=n.inclusive,
                 max_inclusive=n.inclusive, unit=q.unit, per=q.per, approx=n.approx, scale=n.scale,
                 chinese=n.chinese, precision="year" if q.kind == "date" else None)
    if n.low == n.high:
        r.value = n.low
    for word in pres:
        r.pre_bounds.append(N.PRE_BOUNDS[word])
        apply_bound(r, N.PRE_BOUNDS[word], word)
    for word in posts:
        if word.type == "INCL":
            r.span = (r.span[0], word.end_pos)
            _mark(r, N.INCLUSION_MARKS[word])
        else:
            apply_bound(r, N.POST_BOUNDS[word], word)
    return r


def _terms(children) -> list[Reading]:
    """Readings of a flat run of (pre-words, quantity, post-words) groups and finished readings."""
    out, group = [], [[], None, []]
    for child in children:
        is_pre = isinstance(child, list) and child[0].type == "PRE"
        if group[1] is not None and (is_pre or not isinstance(child, list)):
            out.append(_reading(group[1], group[0], group[2]))
            group = [[], None, []]
        if isinstance(child, Reading):
            out.append(child)
        elif isinstance(child, _Quantity):
            group[1] = child
        else:
            group[0 if is_pre else 2] = child
    if group[1] is not None:
        out.append(_reading(group[1], group[0], group[2]))
    return out


def apply_bound(r: Reading, bound: N.Bound, word: str) -> None:
    """Apply one bound word to a reading (the law decides inclusivity, see numerals)."""
    r.relative |= bound.relative
    if bound.approx and bound.side and r.type == "duration":  # 近三年: the last three years
        r.relative = True
        return
    r.approx |= bound.approx
    if bound.side is None:
        return
    if not r.bounded:
        r.value = r.min = r.max = r.min_inclusive = r.max_inclusive = None
    inclusive_key = f"{bound.side}_inclusive"
    if bound.side in r.bounded:
        if getattr(r, inclusive_key) != bound.inclusive:
            r.note = ("bound-conflict", f"'{word}' disagrees with an earlier bound word on whether the number "
                      f"is included; kept the earlier reading ({'in' if getattr(r, inclusive_key) else 'ex'}clusive)")
        return
    r.bounded.add(bound.side)
    setattr(r, bound.side, r.high if bound.side == "max" else r.low)
    setattr(r, inclusive_key, bound.inclusive)


def _mark(r: Reading, included: bool) -> None:
    r.mark = included
    if len(r.bounded) == 1:
        setattr(r, f"{next(iter(r.bounded))}_inclusive", included)


def _inherit(r: Reading, donor: Reading) -> None:
    """A bare number takes unit and magnitude from its neighbour: 10-15个, 1000-3000万元."""
    r.type, r.unit, r.precision = donor.type, donor.unit, donor.precision
    r.per = r.per or donor.per
    if r.scale == 1 and donor.scale > 1 and not r.chinese:
        for name in ("low", "high", "value", "min", "max"):
            if getattr(r, name) is not None:
                setattr(r, name, getattr(r, name) * donor.scale)
        r.scale = donor.scale


def _join(low: Reading, high: Reading, min_inclusive: bool, max_inclusive: bool) -> list[Reading]:
    """One range reading from its two ends, or both ends apart when they do not make a range."""
    if low.type is None and high.type:
        _inherit(low, high)
    lo = low.min if low.min is not None else low.low
    hi = high.max if high.max is not None else high.high
    if low.type != high.type or lo is None or hi is None or type(lo) is not type(hi) or lo > hi:
        return [low, high]
    return [Reading(high.type, (low.span[0], high.span[1]), low=lo, high=hi, min=lo, max=hi,
                     min_inclusive=min_inclusive, max_inclusive=max_inclusive, unit=high.unit, per=high.per,
                     approx=low.approx or high.approx, relative=low.relative or high.relative,
                     precision=high.precision, scale=high.scale, chinese=high.chinese,
                     bounded={"min", "max"}, note=low.note or high.note)]


class ClauseReader(Transformer):
    """Turns a parsed window into readings; one method per rule of ``numeric.lark``."""

    def relative(self, children):
        token = children[0]
        return [Reading("date", (token.start_pos, token.end_pos), relative=True)]

    def items(self, children):
        readings = [r for child in children for r in (child if isinstance(child, list) else [child])]
        for i, r in enumerate(readings):
            donor = next((d for d in readings[i + 1:] + readings[:i][::-1] if d.type), None)
            if r.type is None and donor:
                _inherit(r, donor)
        for r in readings[1:]:  # 分别给予最高不超过20万元、10万元: the bound applies to each
            if not r.bounded:
                for bound in readings[0].pre_bounds:
                    apply_bound(r, bound, "")
        return readings

    def span_range(self, children):
        low, high = children
        if high.mark is not None and low.mark is None:  # 1000万元-3000万元（含）: the tier's low end is out
            return _join(low, high, not high.mark, high.mark)
        return _join(low, high, True if low.mark is None else low.mark, True if high.mark is None else high.mark)

    def bound_range(self, children):
        low, high = _terms(children)
        if low.bounded == {"min"} and high.bounded == {"max"}:
            return _join(low, high, low.min_inclusive, high.max_inclusive)
        return [low, high]

    def date_range(self, children):
        low, high = children
        if low.type and high.type and high.value.startswith("--") and not low.value.startswith("--"):
            high.value = high.min = high.max = high.low = high.high = low.value[:4] + high.value[1:]  # 至3月1日
        return _join(low, high, True, True)

    def term(self, children):
        return _terms(children)[0]

    def pres(self, children):
        return list(children)

    def posts(self, children):
        return list(children)

    def quantity(self, children):
        number, *rest = children
        unit = next((c for c in rest if isinstance(c, Token)), None)
        per = next((c for c in rest if isinstance(c, tuple)), None)
        end = max(number.span[1], unit.end_pos if unit else 0, per[2] if per else 0)
        kind, name = _unit_kind(unit.value) if unit else (None, None)
        return _Quantity(number, kind, name, (number.span[0], end), per[:2] if per else None)

    def years(self, children):
        num, mark = children
        number = _number(num)
        kind, unit = ("date", None) if _is_calendar_year(num) else ("duration", "年")
        return _Quantity(number, kind, unit, (num.start_pos, mark.end_pos))

    def percent_words(self, children):
        prefix, number = children
        return _Quantity(number, "percent", "%", (prefix.start_pos, number.span[1]))

    def per(self, children):
        unit = children[0]
        return (Decimal(1), unit.value, unit.end_pos)

    def number(self, children):
        return _number(children[0])

    def more_than(self, children):  # 10余万: more than 10万, less than 20万
        num, suffix, *magnitude = children
        base = _number(num)
        scale = int(N.parse_chinese_number(magnitude[0].value)) if magnitude else 1
        step = Decimal(10) ** base.low.normalize().as_tuple().exponent
        end = (magnitude or [suffix])[0].end_pos
        return _Number(base.low * scale, (base.low + step) * scale, False, True, scale if magnitude else base.scale,
                       base.chinese, (num.start_pos, end))

    def date(self, children):
        year, mark, month, _m, *day = children
        r = _calendar_date(year, month, day[0] if day else None, (year.start_pos, children[-1].end_pos))
        if r.type and mark.value not in N.YEAR_MARKS:
            r.note = ("date-typo", f"'{mark.value}' stands where '年' belongs after the year {year.value}; "
                      f"read the date as {r.value}. Check the source.")
        return r

    def month_day(self, children):  # 8月14日: a day of an unstated year, ISO --08-14
        month, _m, day, _d = children
        return _calendar_date(None, month, day, (month.start_pos, children[-1].end_pos))


def _calendar_date(year: Token | None, month: Token, day: Token | None, span: Span) -> Reading:
    """A date reading with an ISO value (2021-12-24, 2021-12, --12-24), or no type when invalid."""
    try:
        y, m, d = (int(N.parse_chinese_number(t.value.replace(" ", ""))) if t else None for t in (year, month, day))
        _date(2000 if y is None else y, m, d or 1)  # 2000: a leap year, so --02-29 stands
    except ValueError:  # 2月30日, 几月, year 0: not a date
        return Reading(None, span, note=("date-invalid", "this is no calendar date; no clause was made for it. "
                                                            "Check the source."))
    iso = ("-" if y is None else f"{y:04d}") + f"-{m:02d}" + (f"-{d:02d}" if d else "")
    return Reading("date", span, value=iso, min=iso, max=iso, min_inclusive=True, max_inclusive=True,
                    low=iso, high=iso, precision="day" if d else "month")


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark(_grammar_text(), parser="lalr", lexer=_TokenFeed, transformer=ClauseReader())


def _grammar_text() -> str:
    try:
        from .resources import grammar_text
        return grammar_text("numeric.lark")
    except (ImportError, FileNotFoundError):  # a source checkout without the installed package
        return (Path(__file__).resolve().parent.parent / "grammar" / "numeric.lark").read_text(encoding="utf-8")


def read_window(window: Window) -> list[Reading]:
    """Readings of a window.  Windows repeat (2年, 10万元), so parses are memoised by the
    window's shape, with offsets relative to its start."""
    shape = tuple((t.type, t.value, t.start_pos - window.start, t.end_pos - window.start) for t in window.tokens)
    return [replace(r, span=(r.span[0] + window.start, r.span[1] + window.start),
                    bounded=set(r.bounded), pre_bounds=list(r.pre_bounds)) for r in _read_shape(shape)]


@lru_cache(maxsize=4096)
def _read_shape(shape: tuple) -> tuple[Reading, ...]:
    return tuple(_read([Token(kind, value, start_pos=s, end_pos=e) for kind, value, s, e in shape]))


def _read(tokens: list[Token]) -> list[Reading]:
    """Readings of a token run; on a syntax error, read the parts before and after it."""
    if not any(t.type in ("NUM", "MAG", "REL") for t in tokens) or _lone_number(tokens):
        return []
    try:
        return _parser().parse(tokens)
    except UnexpectedInput as exc:
        if len(tokens) == 1:
            return []
        bad = next((i for i, t in enumerate(tokens) if t is getattr(exc, "token", None)), len(tokens))
        cut = _restart(tokens, bad)
        return _read(tokens[:cut]) + _read(tokens[cut:])


def _lone_number(tokens: list[Token]) -> bool:
    """A bare number with no unit, bound or magnitude: nothing to read."""
    return len(tokens) == 1 and tokens[0].type == "NUM" and tokens[0][-1] not in "千万亿"


def _restart(tokens: list[Token], bad: int) -> int:
    """Where a new quantity can begin at or before ``bad``: 3年5个月 → before 5."""
    for j in range(min(bad, len(tokens) - 1), 0, -1):
        if tokens[j].type in _STARTS and tokens[j - 1].type in _ENDS:
            return j
    return max(1, min(bad, len(tokens) - 1))

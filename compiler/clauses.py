"""Stage — numeric clauses (money, percent, count, duration, date) of one node's own text.

Three passes, each linear in the text:

1. *Windows.*  One compiled regular expression walks the text and stops at a number that a
   unit, bound or date word follows (or at a relative time such as 上一年度), skipping
   names that only look like numbers (十四五, 第十八条, 〔2019〕34号, 1+13+N, 4·26, 1:2,
   URLs, phone numbers).  Around each stop the lexer reads a window of tokens, words
   classified by the tables of :mod:`numerals`.
2. *Readings.*  The LALR grammar ``grammar/numeric.lark`` parses the window and the
   :class:`ClauseReader` transformer gives each quantity its type, value, bounds and unit.
3. *Context.*  The words around each window (same comma segment, same sentence) give the
   role, scope, period, per-unit basis, base, party, the 分别 mapping, and which rate a
   cap limits.

Spans cover the number and its unit (and a （含） or ``/人`` that belongs to it), not the
bound words: ``不超过250万元`` → ``250万元``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field, replace
from datetime import date as _date
from decimal import Decimal
from functools import cached_property, lru_cache
from pathlib import Path

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedInput
from lark.lexer import Lexer

from . import numerals as N

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Clause:
    """One numeric clause; ``span`` is ``[start, end)`` in the text given to :func:`extract_clauses`."""

    type: str  # money, percent, count, duration, date
    span: Span
    value: int | float | str | None = None  # exact value; ISO date text for dates
    min: int | float | str | None = None
    max: int | float | str | None = None
    min_inclusive: bool | None = None
    max_inclusive: bool | None = None
    unit: str | None = None  # CNY (always yuan), %, 项, 年, …
    per: tuple[int | float, str] | None = None  # (10, "项") for 每10项给予1万元
    scope: str | None = None  # 每家企业, 单个项目, …
    period: str | None = None  # 每年, 年度, 累计, 一次性, 限一次, 每两年
    role: str | None = None  # amount, cap, floor, threshold, share, deadline, effective, expiry
    base: str | None = None  # what a percentage is of
    applies_to: str | None = None  # the 分别 enumeration item this value belongs to
    approx: bool = False
    limits: int | None = None  # index of the rate clause a cap limits
    party: str | None = None  # who bears a share
    precision: str | None = None  # day, month, year (dates only)
    relative: bool = False  # 近三年, 上一年度, 次月, 自印发之日起


@dataclass(frozen=True, slots=True)
class ClauseDiagnostic:
    """A positioned message about a clause: stable ``code``, advice in ``message``."""

    code: str
    severity: str
    message: str
    span: Span


# --- lexer ----------------------------------------------------------------------------


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_CN_DIGIT = "".join(ch for ch in N.DIGITS if N.DIGITS[ch])
_CN_ALL = "".join(N.DIGITS) + "".join(N.SMALL_UNITS) + "".join(N.BIG_UNITS) + N.APPROX_DIGITS
_ARABIC = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?(?: ?(?:[十千万亿]|百(?!分)))*"
_CHINESE = rf"(?:[{_CN_DIGIT}十拾几]|数(?=[十百千万]))[{_CN_ALL}]*"
_UNIT_WORDS = [*N.MONEY_UNITS, *N.PERCENT_UNITS, *N.COUNT_UNITS,
               *(u for u in N.DURATION_UNITS if u not in N.YEAR_MARKS and u != N.DAY_MARK)]
_TYPO = r"[\u4e00-\u9fff](?= ?\d{1,2} ?月 ?\d{1,2} ?日)"  # 2022为1月30日
_TOKEN_RE = re.compile(" ?(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in (
    ("INCL", _alt(N.INCLUSION_MARKS)),
    ("REL", _alt(N.RELATIVE_TIMES)),
    ("PERCENT_PRE", re.escape(N.PERCENT_PREFIX)),
    ("NUM", f"{_ARABIC}|{_CHINESE}"),
    ("PRE", _alt(N.PRE_BOUNDS)),
    ("POST", _alt(N.POST_BOUNDS)),
    ("UNIT", _alt(_UNIT_WORDS)),
    ("YEAR", _alt(N.YEAR_MARKS)),
    ("MONTH", re.escape(N.MONTH_MARK)),
    ("DAY", re.escape(N.DAY_MARK)),
    ("_RANGE", _alt(N.RANGE_SEPARATORS)),
    ("_SEP", _alt(N.LIST_SEPARATORS)),
    ("_SLASH", "/"),
    ("APPROX_SUF", _alt(N.APPROX_SUFFIXES)),
    ("MAG", f"[{N.MAGNITUDES}]+"),
    ("_FILLER", _alt(N.BOUND_FILLERS)),
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
    _alt(N.FIVE_YEAR_PLANS) + "(?![万亿元])",
))
_SHORT_PRE = "".join(w for w in N.PRE_BOUNDS if len(w) == 1)  # 近, 约, 逾…: 近百万元
_ANCHOR_FIRST = re.escape("".join(sorted({*"0123456789", *_CN_DIGIT, *"十拾几数第〔[hw", *_SHORT_PRE,
                                          *(w[0] for w in (*N.RELATIVE_TIMES, *N.FIVE_YEAR_PLANS, N.PERCENT_PREFIX))})))
_ANCHOR_RE = re.compile(  # the leading class lets the regex engine skip plain text quickly
    f"(?=[{_ANCHOR_FIRST}])(?:(?P<skip>{_SKIP})|(?P<rel>{_alt(N.RELATIVE_TIMES)})"
    f"|(?P<num>(?:{_ARABIC}|{_CHINESE})(?= ?(?:[{re.escape(_FOLLOW)}]|{_TYPO}))"
    rf"|\d+(?:\.\d+)?(?: ?[千万亿])+|{re.escape(N.PERCENT_PREFIX)}|[{_SHORT_PRE}](?=[百千万亿])))")
_LEFT_RE = re.compile(f"(?:(?:{_alt(N.PRE_BOUNDS)})+(?:{_alt(N.BOUND_FILLERS)})* ?)$")
_DANGLING = {"_SEP", "_RANGE", "_SLASH", "PRE", "_FILLER", "PERCENT_PRE"}
_ENDS = {"UNIT", "YEAR", "DAY", "POST", "INCL", "NUM", "MAG"}
_STARTS = {"NUM", "PRE", "PERCENT_PRE", "REL", "MAG"}
_MAX_TOKENS = 48


@dataclass(slots=True)
class _Window:
    start: int
    end: int
    tokens: list[Token]


def _windows(text: str):
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
            yield _Window(tokens[0].start_pos, tokens[-1].end_pos, tokens)
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
class _Reading:
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


def _reading(q: _Quantity, pres=(), posts=()) -> _Reading:
    n = q.number
    r = _Reading(q.kind, q.span, low=n.low, high=n.high, min=n.low, max=n.high, min_inclusive=n.inclusive,
                 max_inclusive=n.inclusive, unit=q.unit, per=q.per, approx=n.approx, scale=n.scale,
                 chinese=n.chinese, precision="year" if q.kind == "date" else None)
    if n.low == n.high:
        r.value = n.low
    for word in pres:
        r.pre_bounds.append(N.PRE_BOUNDS[word])
        _bound(r, N.PRE_BOUNDS[word], word)
    for word in posts:
        if word.type == "INCL":
            r.span = (r.span[0], word.end_pos)
            _mark(r, N.INCLUSION_MARKS[word])
        else:
            _bound(r, N.POST_BOUNDS[word], word)
    return r


def _terms(children) -> list[_Reading]:
    """Readings of a flat run of (pre-words, quantity, post-words) groups and finished readings."""
    out, group = [], [[], None, []]
    for child in children:
        is_pre = isinstance(child, list) and child[0].type == "PRE"
        if group[1] is not None and (is_pre or not isinstance(child, list)):
            out.append(_reading(group[1], group[0], group[2]))
            group = [[], None, []]
        if isinstance(child, _Reading):
            out.append(child)
        elif isinstance(child, _Quantity):
            group[1] = child
        else:
            group[0 if is_pre else 2] = child
    if group[1] is not None:
        out.append(_reading(group[1], group[0], group[2]))
    return out


def _bound(r: _Reading, bound: N.Bound, word: str) -> None:
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


def _mark(r: _Reading, included: bool) -> None:
    r.mark = included
    if len(r.bounded) == 1:
        setattr(r, f"{next(iter(r.bounded))}_inclusive", included)


def _inherit(r: _Reading, donor: _Reading) -> None:
    """A bare number takes unit and magnitude from its neighbour: 10-15个, 1000-3000万元."""
    r.type, r.unit, r.precision = donor.type, donor.unit, donor.precision
    r.per = r.per or donor.per
    if r.scale == 1 and donor.scale > 1 and not r.chinese:
        for name in ("low", "high", "value", "min", "max"):
            if getattr(r, name) is not None:
                setattr(r, name, getattr(r, name) * donor.scale)
        r.scale = donor.scale


def _join(low: _Reading, high: _Reading, min_inclusive: bool, max_inclusive: bool) -> list[_Reading]:
    """One range reading from its two ends, or both ends apart when they do not make a range."""
    if low.type is None and high.type:
        _inherit(low, high)
    lo = low.min if low.min is not None else low.low
    hi = high.max if high.max is not None else high.high
    if low.type != high.type or lo is None or hi is None or type(lo) is not type(hi) or lo > hi:
        return [low, high]
    return [_Reading(high.type, (low.span[0], high.span[1]), low=lo, high=hi, min=lo, max=hi,
                     min_inclusive=min_inclusive, max_inclusive=max_inclusive, unit=high.unit, per=high.per,
                     approx=low.approx or high.approx, relative=low.relative or high.relative,
                     precision=high.precision, scale=high.scale, chinese=high.chinese,
                     bounded={"min", "max"}, note=low.note or high.note)]


class ClauseReader(Transformer):
    """Turns a parsed window into readings; one method per rule of ``numeric.lark``."""

    def relative(self, children):
        token = children[0]
        return [_Reading("date", (token.start_pos, token.end_pos), relative=True)]

    def items(self, children):
        readings = [r for child in children for r in (child if isinstance(child, list) else [child])]
        for i, r in enumerate(readings):
            donor = next((d for d in readings[i + 1:] + readings[:i][::-1] if d.type), None)
            if r.type is None and donor:
                _inherit(r, donor)
        for r in readings[1:]:  # 分别给予最高不超过20万元、10万元: the bound applies to each
            if not r.bounded:
                for bound in readings[0].pre_bounds:
                    _bound(r, bound, "")
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


def _calendar_date(year: Token | None, month: Token, day: Token | None, span: Span) -> _Reading:
    """A date reading with an ISO value (2021-12-24, 2021-12, --12-24), or no type when invalid."""
    try:
        y, m, d = (int(N.parse_chinese_number(t.value.replace(" ", ""))) if t else None for t in (year, month, day))
        _date(2000 if y is None else y, m, d or 1)  # 2000: a leap year, so --02-29 stands
    except ValueError:  # 2月30日, 几月, year 0: not a date
        return _Reading(None, span, note=("date-invalid", "this is no calendar date; no clause was made for it. "
                                                            "Check the source."))
    iso = ("-" if y is None else f"{y:04d}") + f"-{m:02d}" + (f"-{d:02d}" if d else "")
    return _Reading("date", span, value=iso, min=iso, max=iso, min_inclusive=True, max_inclusive=True,
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


def _read_window(window: _Window) -> list[_Reading]:
    """Readings of a window.  Windows repeat (2年, 10万元), so parses are memoised by the
    window's shape, with offsets relative to its start."""
    shape = tuple((t.type, t.value, t.start_pos - window.start, t.end_pos - window.start) for t in window.tokens)
    return [replace(r, span=(r.span[0] + window.start, r.span[1] + window.start),
                    bounded=set(r.bounded), pre_bounds=list(r.pre_bounds)) for r in _read_shape(shape)]


@lru_cache(maxsize=4096)
def _read_shape(shape: tuple) -> tuple[_Reading, ...]:
    return tuple(_read([Token(kind, value, start_pos=s, end_pos=e) for kind, value, s, e in shape]))


def _read(tokens: list[Token]) -> list[_Reading]:
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


# --- context --------------------------------------------------------------------------

_REACH = 80  # how far back, at most, context words are looked for
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_SEGMENT_END = re.compile(r"[。；;！？!?\n，,：:]")
_TEXT = r"[^0-9，,。；;：:]"  # a stretch of words inside one comma segment
_GRANTS = _alt(N.GRANT_WORDS)
_SIDE_BOUNDS = _alt(w for w, b in N.PRE_BOUNDS.items() if b.side and not b.approx)
_DETACHED_RE = re.compile(f"(?P<bound>(?:{_SIDE_BOUNDS})+)(?P<base>{_TEXT}{{1,40}}?)的? ?$")
_BASE_RES = tuple(re.compile(p) for p in (
    f"(?:按照|按|以)(?P<base>{_TEXT}{{1,40}}?)的 ?$",  # 按实际支付维权代理费的50%
    f"占(?P<base>{_TEXT}{{1,30}}?)(?:的?(?:比例|比重)(?:达到|达|为)?|的) ?$",  # 占研发费用投入的比例达5%
    f"对(?P<base>{_TEXT}{{1,30}}?)给予 ?$",  # 对保费给予最高不超过50%
    f"给予(?P<base>{_TEXT}{{1,30}}?) ?$",  # 给予利息、税费…不超过50%
))
_SHARE_RE = re.compile(f"(?P<party>{_TEXT}{{1,20}}?)(?:{_alt(N.SHARE_TRIM_TAIL)})?(?:{_alt(N.SHARE_VERBS)}) ?$")
_SHARE_HEAD_RE = re.compile(f"^(?:{_alt(N.SHARE_TRIM_HEAD)})")
_SCOPE_RE = re.compile(f"(?:{_alt(N.SCOPE_HEADS)})(?:{_alt(N.SCOPE_MEASURES)})?(?:{_alt(N.SCOPE_NOUNS)})"
                       f"|{_alt(N.SCOPE_BARE)}")
_PERIOD_RE = re.compile(f"(?<![上本一0-9])(?:{_alt(N.PERIOD_WORDS)})|{N.PERIOD_EVERY}[0-9{_CN_DIGIT}十]+年")
_ONCE_RE = re.compile(f"[，,]?{N.PERIOD_ONCE[0]}{_TEXT}{{0,4}}?{N.PERIOD_ONCE[1]}")
_PER_RE = re.compile(f"每(?:{_TEXT}{{0,8}}?(?P<count>\\d+|[{_CN_DIGIT}十]+))?(?P<unit>{_alt(N.PER_MEASURES)})"
                     f"[，,]?(?:{_GRANTS}|{_alt(N.PRE_BOUNDS)})* ?$")
_SEVERALLY_RE = re.compile(f"分别{_TEXT}{{0,8}}$")
_LEAD_RE = re.compile(f"^.*(?:{_alt(N.ENUM_LEADS)})")
_CONDITION_RE = re.compile(f"^{_TEXT}{{0,20}}的 ?$|^的(?:{_alt(N.CONDITION_HEADS)})")


def _last(pattern: re.Pattern, text: str) -> str | None:
    found = None
    for found in pattern.finditer(text):
        pass
    return found.group() if found else None


class _Context:
    """Reads the words around the windows of one text; created per call."""

    def __init__(self, text: str, condition: bool):
        self.text, self.condition = text, condition
        self.entries: list[tuple[int, dict]] = []  # (sentence start, clause fields)
        self.consumed: list[Span] = []  # counts read as the basis of a per-unit rate
        self.diagnostics: list[ClauseDiagnostic] = []

    @cached_property
    def sentence_ends(self) -> list[int]:
        return [m.start() for m in _SENTENCE_END.finditer(self.text)]

    @cached_property
    def segment_ends(self) -> list[int]:
        return [m.start() for m in _SEGMENT_END.finditer(self.text)]

    def _around(self, ends: list[int], start: int, end: int) -> Span:
        i = bisect_left(ends, start)
        j = bisect_left(ends, end)
        return (ends[i - 1] + 1 if i else 0), (ends[j] if j < len(ends) else len(self.text))

    def keep(self, r: _Reading, window: _Window) -> bool:
        """Whether a reading is a quantity at all (bare numbers, 两个方向 and the like are not)."""
        if r.type is None:
            lo, _ = self._around(self.segment_ends, window.start, window.end)
            if r.scale > 1 and any(w in self.text[lo:window.start] for w in N.MONEY_CONTEXT):
                r.type, r.unit = "money", N.MONEY_UNITS["元"]  # 奖励20万, 融资额1千万以上
                return True
            return False
        if r.chinese and r.type in ("count", "duration") and not (r.bounded or r.approx or r.relative):
            return r.type == "duration" and self.text[window.start - 1:window.start] in N.CN_QUANTITY_LEADS
        return not self.text.startswith(N.DENOMINATORS, window.end)  # 万元GDP: a unit of measure

    def add(self, window: _Window, readings: list[_Reading]) -> None:
        """Give the readings of one window their context and keep them as clause fields."""
        text = self.text
        seg_lo, seg_hi = self._around(self.segment_ends, window.start, window.end)
        sent_lo, _ = self._around(self.sentence_ends, window.start, window.end)
        seg_lo, reach = max(seg_lo, window.start - _REACH), max(sent_lo, window.start - _REACH)
        before, after = text[seg_lo:window.start], text[window.end:seg_hi]
        shared = {"scope": _last(_SCOPE_RE, before), "period": self._period(window, seg_lo, seg_hi)}
        per = self._per(text[reach:window.start], reach) if any(r.type == "money" for r in readings) else None
        targets = self._applies_to(window, text[sent_lo:window.start], len(readings))
        for r, target in zip(readings, targets):
            base = party = None
            if r.type == "percent":
                base, party = self._base(r, before), _share_party(before)
            rate = (N.plain_number(r.per[0]), r.per[1]) if r.per else (per if r.type == "money" else None)
            fields = {**self._fields(r), **shared, "base": base, "party": party, "applies_to": target, "per": rate,
                      "role": self._role(r, window, before, after, party is not None)}
            self.entries.append((sent_lo, fields))
        self.report(readings)

    def report(self, readings: list[_Reading]) -> None:
        """Diagnostics the readings carry (date typos, invalid dates, conflicting bounds)."""
        self.diagnostics.extend(ClauseDiagnostic(r.note[0], "warning", r.note[1], r.span) for r in readings if r.note)

    def finish(self) -> tuple[list[Clause], list[ClauseDiagnostic]]:
        """The clauses in source order, each cap linked to the rate it limits."""
        entries = [(s, f) for s, f in self.entries
                   if not (f["type"] == "count" and any(a <= f["span"][0] and f["span"][1] <= b
                                                       for a, b in self.consumed))]
        for i, (sentence, fields) in enumerate(entries):
            if fields["type"] == "money" and fields["role"] == "cap":
                fields["limits"] = _rate_before(entries, i, sentence)
        return [Clause(**fields) for _, fields in entries], self.diagnostics

    @staticmethod
    def _fields(r: _Reading) -> dict:
        def out(v):
            if v is None or isinstance(v, str):
                return v
            return str(int(v)) if r.type == "date" else N.plain_number(v)
        return {"type": r.type, "span": r.span, "value": out(r.value), "min": out(r.min), "max": out(r.max),
                "min_inclusive": r.min_inclusive, "max_inclusive": r.max_inclusive, "unit": r.unit,
                "approx": r.approx, "precision": r.precision, "relative": r.relative}

    def _period(self, window: _Window, seg_lo: int, seg_hi: int) -> str | None:
        """The nearest period word before the window in its segment, or right after it
        (不超过50%的一次性补贴), or a 限…一次 in the next segment."""
        found = _last(_PERIOD_RE, self.text[seg_lo:window.end])
        if found:
            return found
        after = _PERIOD_RE.search(self.text, window.end, min(seg_hi, window.end + 5))
        if after:
            return after.group()
        return "".join(N.PERIOD_ONCE) if _ONCE_RE.match(self.text, seg_hi) else None

    def _per(self, before: str, offset: int) -> tuple[int | float, str] | None:
        """每10项给予 → (10, 项); the count 10项 is then the rate's basis, not a clause of its own."""
        found = _PER_RE.search(before)
        if not found:
            return None
        count = found.group("count")
        if count and count.isdigit():
            self.consumed.append((offset + found.start(), offset + found.end()))
        return (N.parse_chinese_number(count) if count else 1), found.group("unit")

    def _base(self, r: _Reading, before: str) -> str | None:
        """What a percentage is of; a bound word before the base bounds the rate (不超过实际融资额1%)."""
        detached = _DETACHED_RE.search(before) if not r.bounded else None
        if detached:
            for word in re.findall(_SIDE_BOUNDS, detached.group("bound")):
                _bound(r, N.PRE_BOUNDS[word], word)
            return _clean_base(detached.group("base"))
        found = next((m for p in _BASE_RES if (m := p.search(before))), None)
        return _clean_base(found.group("base")) if found else None

    def _role(self, r: _Reading, window: _Window, before: str, after: str, shared: bool) -> str | None:
        if r.type == "date":
            return self._date_role(window, before)
        if r.relative:  # 满一年后, 近3年内: a point or stretch of time, not a limit
            return None
        if shared:
            return "share"
        if r.bounded and not r.approx:
            if self.condition or _CONDITION_RE.search(after):
                return "threshold"
            return {frozenset({"max"}): "cap", frozenset({"min"}): "floor"}.get(frozenset(r.bounded))
        if r.type in ("money", "percent") and re.search(_GRANTS, before + after):
            return "amount"
        return None

    def _date_role(self, window: _Window, before: str) -> str | None:
        for word, role in N.DATE_ROLE_BEFORE.items():
            if word in before[-12:]:
                return role
        follow = self.text[window.end:window.end + 4]
        if self.text[window.end - 1:window.end] == "起":
            follow = "起" + follow
        is_day = window.tokens[-1].type == "DAY"
        return next((role for word, role in N.DATE_ROLE_AFTER.items()
                     if follow.startswith(word) and (role != "deadline" or is_day)), None)

    def _applies_to(self, window: _Window, before: str, count: int) -> list[str | None]:
        """分别 lists: the enumeration before 分别, item by item, when the counts agree."""
        severally = _SEVERALLY_RE.search(before, max(0, len(before) - 12))
        items = _enumeration(before[:severally.start()]) if severally else None
        if not items:
            return [None] * count
        if len(items) != count:
            if count > 1:  # one value after 分别 applies to each item
                self.diagnostics.append(ClauseDiagnostic(
                    "list-mismatch", "info", f"分别 gives {count} values for {len(items)} items "
                    f"({'、'.join(items)}); applies_to is left empty", (window.start, window.end)))
            return [None] * count
        return items


def _enumeration(head: str) -> list[str] | None:
    """Items of the enumeration that ends ``head`` (the text before 分别), in its last or
    second-last comma segment: 对获得金奖、银奖的 → [金奖, 银奖]."""
    for segment in reversed(re.split("[，,：:]", head)[-2:]):
        segment = segment.strip().removesuffix(N.ENUM_TAIL)
        if N.ENUM_COMMA in segment:
            items = segment.split(N.ENUM_COMMA)
        else:
            items = re.split(_alt(N.LIST_CONJUNCTIONS), segment)
        if len(items) > 1:
            items[0] = _LEAD_RE.sub("", items[0]) or items[0]
            return [item.strip() for item in items]
    return None


def _clean_base(base: str) -> str | None:
    """维权代理费、公证费…等维权活动必要费用 → 维权活动必要费用: an enumeration ends at its summary."""
    base = base.strip()
    if "、" in base and "等" in base:
        base = base.rsplit("等", 1)[1]
    return base or None


def _share_party(before: str) -> str | None:
    """Who bears a share: 由市、区两级各承担 → 市、区两级."""
    found = _SHARE_RE.search(before)
    if not found:
        return None
    return _SHARE_HEAD_RE.sub("", found.group("party")).strip() or None


def _rate_before(entries: list[tuple[int, dict]], i: int, sentence: int) -> int | None:
    """Index of the rate a money cap limits: the nearest granted percentage earlier in its sentence."""
    for j in range(i - 1, -1, -1):
        other_sentence, other = entries[j]
        if other_sentence != sentence:
            return None
        if other["type"] == "percent" and other["role"] in ("amount", "cap"):
            return j
    return None


def extract_clauses(text: str, *, condition: bool = False) -> tuple[list[Clause], list[ClauseDiagnostic]]:
    """Numeric clauses of one node's own text, in source order.

    ``text`` is normalised text (full-width ASCII folded, spaces next to CJK removed);
    ``condition`` says the node is an eligibility condition, so bounds are thresholds.
    Spans are ``[start, end)`` offsets into ``text``.  Never raises on odd input.
    """
    context = _Context(text, condition)
    for window in _windows(text):
        kept = []
        for reading in _read_window(window):
            if context.keep(reading, window):
                kept.append(reading)
            else:
                context.report([reading])
        if kept:
            context.add(window, kept)
    return context.finish()


_FIELDS = ("type", "value", "min", "max", "min_inclusive", "max_inclusive", "unit", "per", "scope", "period",
           "role", "base", "applies_to", "approx", "limits", "party", "precision", "relative")


def clause_to_dict(clause: Clause) -> dict:
    """The contract's fields of a clause, without ``id``, ``text`` and ``span`` (the caller adds
    them in source coordinates); ``limits`` stays the index of the limited clause."""
    out = {name: getattr(clause, name) for name in _FIELDS}
    if clause.per is not None:
        out["per"] = {"count": clause.per[0], "unit": clause.per[1]}
    return out

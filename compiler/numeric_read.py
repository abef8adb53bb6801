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
from typing import NamedTuple
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter
from pathlib import Path

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedInput
from lark.lexer import Lexer

from . import lexicon as L
from .numerals import calendar_date, parse_chinese_number

Span = tuple[int, int]


# --- lexer ----------------------------------------------------------------------------


def alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _chars(characters) -> str:
    """The body of a regex character class holding ``characters``."""
    return re.escape("".join(sorted(set(characters))))


def _guarded(table: dict[str, str], tail: str = "") -> str:
    """Each word of ``table`` (with an optional ``tail``) where no character of its entry follows:
    成 but not 成员, 圆 but not 圆曲线."""
    return "|".join(f"{re.escape(w)}{tail}(?![{table[w]}])" for w in sorted(table, key=len, reverse=True))


CN_DIGIT = "".join(ch for ch in L.DIGITS if L.DIGITS[ch])
_CN_ALL = "".join(L.DIGITS) + "".join(L.SMALL_UNITS) + "".join(L.BIG_UNITS) + L.APPROX_DIGITS
_MAG = f"[{L.MAGNITUDES}]"
_GAP = r"(?: +|\n)?"  # between a number and its magnitude or unit: spaces (PDF text has runs of them) or a page break
_ARABIC = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+)(?:\.\d+)?(?:{_GAP}(?:[十拾千仟万亿萬億]|[百佰](?!分)))*"  # 50\n万元: a page break
# A Chinese numeral; a page break may stand before its 万 or 亿 (二十\n万元).  A place word before 分之 or
# 分点 begins a rate word, not a place: 百分之七十百分位 reads 七十, not 七十百.
_CN_PLACE = f"(?:(?![百佰千仟万萬]分)[{_CN_ALL}])"
_CHINESE = (rf"(?:[{CN_DIGIT}十拾几]|数(?=[十百千万萬])){_CN_PLACE}*(?:\n[万亿萬億]{_CN_PLACE}*)?"
            rf"(?:[{L.DECIMAL_POINTS}][{''.join(L.DIGITS)}]+(?:[万亿萬億])?)?")
_RATE_WORDS = _guarded(L.RATE_WORD_NOT_BEFORE, f"(?:{L.RATE_HALF})?")
# 对折, 半成: guarded like the rate word they end with (半成品, 对折叠 are no rates).
_HALF = "|".join(f"{re.escape(w)}(?![{L.RATE_WORD_NOT_BEFORE[w[-1]]}])" if w[-1] in L.RATE_WORD_NOT_BEFORE
                 else re.escape(w) for w in sorted(L.HALF_PRICE, key=len, reverse=True))
_UNIT_WORDS = [*(u for u in L.MONEY_UNITS if u not in L.UNIT_WORD_NOT_BEFORE),
               *(u for u in L.PERCENT_UNITS if u not in L.RATE_WORD_NOT_BEFORE), *L.COUNT_UNITS,
               *(u for u in L.DURATION_UNITS if u not in L.YEAR_MARKS and u != L.DAY_MARK)]
_GUARDED_UNITS = _guarded(L.UNIT_WORD_NOT_BEFORE)
_UNIT = f"{alt(_UNIT_WORDS)}|{_GUARDED_UNITS}|{_RATE_WORDS}"
_YUAN_DIGIT = f"[0-9{''.join(L.DIGITS)}]"
_TENTHS = f"[{''.join(w for w in L.SUBUNITS if L.SUBUNITS[w] == 1)}]"  # 角, 毛
_HUNDREDTHS = "".join(w for w in L.SUBUNITS if L.SUBUNITS[w] == 2)  # 分
# After a yuan unit: 五角六分, 五毛, 六分, 零伍分 (贰元零伍分), a bare digit after 块 (两块五), and 整
# closing the amount.
_CENTS_RE = re.compile(f"(?:{_YUAN_DIGIT}{_TENTHS}(?:{_YUAN_DIGIT}{_HUNDREDTHS})?|{L.ZERO_FILL}?{_YUAN_DIGIT}{_HUNDREDTHS}"
                       f"|(?<=块)[{CN_DIGIT}](?![\u4e00-\u9fff0-9]))?{L.AMOUNT_CLOSE}?")
# A fraction of a yuan alone: in financial digits (伍角, 叁分, 伍角叁分整) where no word goes on after it
# (海陆分界, 队伍角逐: 陆 and 伍 are words too; 的 may follow), or any digit before 钱 (五毛钱, 三分钱);
# never 分之 (叁分之一 is a fraction).
_FIN = f"[{L.FINANCIAL_DIGITS}]"
_WORD_ENDS = r"(?![^\W\d_a-zA-Z的])"  # no Chinese word character follows, but 的
_SUBYUAN = (f"(?:{_FIN}{_TENTHS}(?:{L.ZERO_FILL}?{_FIN}{_HUNDREDTHS})?|{_FIN}{_HUNDREDTHS}){L.AMOUNT_CLOSE}?{_WORD_ENDS}"
            f"|{_YUAN_DIGIT}(?:{_TENTHS}|{_HUNDREDTHS}){L.SUBUNIT_MONEY_WORD}")
_INCL = (rf"{alt(L.INCLUSION_MARKS)}|\((?:{alt(L.INCLUSION_WORDS)}) ?(?:{_ARABIC}) ?(?:{_UNIT})?\)")
_TYPO = r"[\u4e00-\u9fff](?= ?\d{1,2} ?月 ?\d{1,2} ?日)"  # 2022为1月30日
_DIGIT_AHEAD = f"(?= ?[0-9{CN_DIGIT}十拾])"
_REACH = f"(?<![{L.REACH_NOT_AFTER}])(?:{alt(L.REACH_WORDS)})"  # 达到, but not 下达
_PRE = (f"{alt(w for w in L.PRE_BOUNDS if w not in L.REACH_WORDS)}|{_REACH}"
        f"|(?:{alt(L.MAGNITUDE_BOUNDS)})(?=[百千万亿萬億])")
_TOKEN_KINDS = (  # (kind, pattern) in order of precedence: the first that matches is the token
    ("INCL", _INCL),
    ("NOTE", r"\([^()0-9]{1,8}\)"),  # (不含税): a remark between an amount and its bound word
    ("REL", alt(L.RELATIVE_TIMES)),
    ("PERCENT_PRE", alt(L.PERCENT_PREFIXES)),
    ("HALF", _HALF),
    ("SUBYUAN", _SUBYUAN),
    ("CUR", f"(?:{alt(L.CURRENCY_MARKS)}){_DIGIT_AHEAD}"),
    ("SIGN", f"(?:{alt(L.NEGATIVE_SIGNS)})(?=[0-9{CN_DIGIT}十])"),
    ("NUM", f"{_ARABIC}|{_CHINESE}"),
    ("PRE", _PRE),
    ("POST", alt(L.POST_BOUNDS)),
    ("UNIT", _UNIT),
    ("YEAR", alt(L.YEAR_MARKS)),
    ("MONTH", re.escape(L.MONTH_MARK)),
    ("DAY", re.escape(L.DAY_MARK)),
    ("_RANGE", alt(L.RANGE_SEPARATORS)),
    ("OR", re.escape(L.ALTERNATIVE)),
    ("_SEP", alt(w for w in L.LIST_SEPARATORS if w != L.ALTERNATIVE)),
    ("_SLASH", "/"),
    ("MEASURE", f"(?<=/)(?:{alt(L.MEASURE_WORDS)}|[月])"),  # 50元/平方米, 0.5%/月
    ("APPROX_SUF", alt(L.APPROX_SUFFIXES)),
    ("MAG", f"{_MAG}+"),
    ("TYPO", _TYPO),  # before the fillers: 2022为1月30日 is a year, not a bound's 为
    ("_FILLER", alt([*L.BOUND_FILLERS, *L.BOUND_VERBS])),
)


def _alternatives(kinds) -> str:
    return "(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in kinds) + ")"


def _kinds_of(regex: re.Pattern) -> tuple:
    """The token kinds of a token regex by group number: each kind is one group, and the only one, of its alternative."""
    return (None, *sorted(regex.groupindex, key=regex.groupindex.get))


_TOKEN_RE = re.compile(_GAP + _alternatives(_TOKEN_KINDS))
_KINDS = _kinds_of(_TOKEN_RE)


class _FirstChars(dict):
    """Character → the regex (and its kinds by group number) of the tokens that can begin with it,
    None when none can: only the kinds whose patterns can begin with that character (read from the
    parsed patterns), so most characters rule out most kinds and a window's last try usually all.
    Filled as characters are met.  Where the parser's internals are not as expected, every
    character gets the whole token regex: the same tokens, more slowly."""

    def __init__(self):
        super().__init__()
        self.sets = self._sets()
        self.by_kinds: dict[tuple, tuple[re.Pattern, tuple]] = {}

    def __missing__(self, ch: str) -> tuple[re.Pattern, tuple] | None:
        if ch in " \n" or self.sets is None:
            found = (_TOKEN_RE, _KINDS)
        else:
            code = ord(ch)
            kinds = tuple(kind for kind, first in zip(_TOKEN_KINDS, self.sets) if first.admits(ch, code))
            found = self.by_kinds.get(kinds)
            if found is None and kinds:
                regex = re.compile(_alternatives(kinds))
                found = self.by_kinds[kinds] = (regex, _kinds_of(regex))
        self[ch] = found
        return found

    @staticmethod
    def _sets():
        try:
            from re import _constants as C, _parser as P  # noqa: PLC0415 — the parser's internals, guarded
            return [_first(P.parse(pattern), C) for _, pattern in _TOKEN_KINDS]
        except Exception:  # noqa: BLE001 — another Python's internals: no dispatch
            return None


@dataclass
class _First:
    """The characters a pattern can begin with: code points, ranges, decimal digits (``\\d``), any
    character at all, or none (``empty``: the pattern can match the empty string)."""

    chars: set = field(default_factory=set)
    ranges: list = field(default_factory=list)
    decimal: bool = False
    anything: bool = False
    empty: bool = False

    def admits(self, ch: str, code: int) -> bool:
        return self.anything or self.empty or code in self.chars or self.decimal and ch.isdecimal() \
            or any(lo <= code <= hi for lo, hi in self.ranges)


def _first(items, C) -> _First:
    """What the parsed pattern ``items`` can begin with (``empty`` when it can end before
    consuming a character)."""
    first = _First()
    for op, av in items:
        if op is C.LITERAL:
            first.chars.add(av)
            return first
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    first.chars.add(a)
                elif o is C.RANGE:
                    first.ranges.append(a)
                elif o is C.CATEGORY and a is C.CATEGORY_DIGIT:
                    first.decimal = True
                else:  # another category, a negated set: anything
                    first.anything = True
            return first
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
            continue  # zero width: the next item begins the match
        if op is C.BRANCH or op is C.SUBPATTERN or op in (C.MAX_REPEAT, C.MIN_REPEAT):
            parts = av[1] if op is C.BRANCH else [av[3]] if op is C.SUBPATTERN else [av[2]]
            empty = op not in (C.BRANCH, C.SUBPATTERN) and av[0] == 0
            for part in parts:
                inner = _first(part, C)
                first.chars |= inner.chars
                first.ranges += inner.ranges
                first.decimal |= inner.decimal
                first.anything |= inner.anything
                empty |= inner.empty
            if not empty:
                return first
            continue
        first.anything = True  # anything else (a reference, an atomic group…)
        return first
    first.empty = True
    return first


_TOKENS_AT = _FirstChars()
_FOLLOW = "".join(sorted({w[0] for w in [*L.INCLUSION_MARKS, *L.POST_BOUNDS, *_UNIT_WORDS, *L.RATE_WORD_NOT_BEFORE,
                                           *L.UNIT_WORD_NOT_BEFORE,
                                           *L.YEAR_MARKS, L.MONTH_MARK, L.DAY_MARK, *L.RANGE_SEPARATORS,
                                           *L.LIST_SEPARATORS, "/", *L.APPROX_SUFFIXES]}))
_SKIP = "|".join((
    r"(?:https?://|www\.)[!-~]+",  # URLs
    r"〔[^〕]{0,8}〕\d*号?|\[\d{4}\]\d+号",  # document numbers: 〔2019〕34号
    rf"第[\d{_CN_ALL}]+",  # 第十八条, 第四至第六条
    r"\d+(?:\+[\dA-Za-z]+)+",  # 1+13+N
    r"\d+[·•]\d+",  # 4·26
    r"\d+:\d+",  # 1:2, 9:00
    r"0\d{2,3}-\d{7,8}|1[3-9]\d{9}(?!\d)",  # phone numbers
    alt(L.FIVE_YEAR_PLANS) + "(?![万亿元])",
))
# Bound words that may stand right before a bare magnitude: 近百万元, 上千万元, 达到亿元.
_MAG_PRE_WORDS = [*(w for w in L.PRE_BOUNDS if len(w) == 1), *L.MAGNITUDE_BOUNDS, "达到"]
_MAG_PRE = alt(_MAG_PRE_WORDS)
# Where an anchor can begin.  First any character that starts a number or a word before one (a
# class: the regex engine skips other text fast); then, since some of those characters are common
# and rarely begin a number (人民币, 当月, 对折, 本年度, 近百万元), the first two characters of those words
# (two character classes first: they turn most of 人员, 当前, 对于 away without trying every pair).
_LEAD_WORDS = (*L.RELATIVE_TIMES, *L.FIVE_YEAR_PLANS, *L.PERCENT_PREFIXES, *L.HALF_PRICE, *L.CURRENCY_MARKS, "http", "www.")
_NUMBER_FIRST = "".join(sorted({*"0123456789", *CN_DIGIT, *"十拾几数第〔[", *L.MAGNITUDES}))
_ANCHOR_FIRST = _chars([*_NUMBER_FIRST, *(w[0] for w in (*_MAG_PRE_WORDS, *_LEAD_WORDS))])
_LEAD_PAIRS = {w[:2] for w in _LEAD_WORDS if len(w) > 1} | {(w + m)[:2] for w in _MAG_PRE_WORDS for m in L.MAGNITUDES}
_ANCHOR_LEAD = (f"[{_chars(_NUMBER_FIRST + ''.join(w for w in _LEAD_WORDS if len(w) == 1))}]"
                f"|(?=[{_chars(p[0] for p in _LEAD_PAIRS)}][{_chars(p[1] for p in _LEAD_PAIRS)}])"
                f"(?:{alt({w[:2] for w in _LEAD_WORDS})}|(?:{alt(w[:2] for w in _MAG_PRE_WORDS)})[{L.MAGNITUDES}])")
# The pattern begins with a character class, which the regex engine scans for in C instead of
# entering the pattern at every position; the anchor itself is read ahead from that character
# (inside a one-character lookbehind), as group 1.
_ANCHOR_RE = re.compile(
    f"[{_ANCHOR_FIRST}](?<=(?=(?=(?:{_ANCHOR_LEAD}))((?P<skip>{_SKIP})|(?P<rel>{alt(L.RELATIVE_TIMES)})"
    f"|(?P<num>(?:{_ARABIC}|{_CHINESE})(?={_GAP}(?:[{re.escape(_FOLLOW)}]|{_TYPO}))"
    rf"|\d+(?:\.\d+)?(?:{_GAP}[千万亿萬億])+|{alt(L.PERCENT_PREFIXES)}|{_HALF}|{_SUBYUAN}"
    rf"|(?:{_MAG_PRE})(?=[百千万亿萬億])|[百千万亿萬億]+元(?=(?:{alt(L.POST_BOUNDS)}))"
    rf"|(?:{alt(L.CURRENCY_MARKS)}) ?(?=\d)))).)")
# The bound, currency and sign words right before an anchor (search between a floor and the
# anchor): the first character of such a word, then the words up to the anchor, read ahead.
_LEFT_FIRST = _chars(w[0] for w in (*L.PRE_BOUNDS, *L.MAGNITUDE_BOUNDS, *L.CURRENCY_MARKS, *L.NEGATIVE_SIGNS))
_LEFT_RE = re.compile(f"[{_LEFT_FIRST}](?<=(?=(?:(?:{_PRE})(?:{alt(L.BOUND_VERBS)})?(?:{alt(L.BOUND_FILLERS)})* ?)*"
                      f"(?:(?:{alt(L.CURRENCY_MARKS)}) ?)?"
                      f"(?:{alt(L.NEGATIVE_SIGNS)})?\\Z).)")
_LEFT_LAST = frozenset(w[-1] for w in (*L.PRE_BOUNDS, *L.MAGNITUDE_BOUNDS, *L.BOUND_FILLERS, *L.BOUND_VERBS, *L.CURRENCY_MARKS,
                                      *L.NEGATIVE_SIGNS)) | {" "}  # what the left context can end with
_SIGN_BLOCKERS = "0123456789.%A-Za-z"
_DANGLING = {"_SEP", "OR", "_RANGE", "_SLASH", "PRE", "_FILLER", "PERCENT_PRE", "CUR", "SIGN"}
_ENDS = {"UNIT", "YEAR", "DAY", "POST", "INCL", "NUM", "MAG", "CENTS", "HALF", "MEASURE", "SUBYUAN"}
_STARTS = {"NUM", "PRE", "PERCENT_PRE", "REL", "MAG", "CUR", "SIGN", "HALF", "SUBYUAN"}
_MAX_TOKENS = 48
_RULED = frozenset({"_FILLER", "UNIT", "TYPO", "SIGN", "NOTE", "CUR"})  # kinds the lexer's rules look at
# Units that a run of spaces may part from their number (3   个百分点, 20    万元); a run of spaces
# before anything else parts two cells of a table.
_SPACED_UNITS = frozenset([*L.MONEY_UNITS, *L.PERCENT_UNITS, *(w + L.RATE_HALF for w in L.RATE_WORD_NOT_BEFORE)])


class Lexeme(NamedTuple):
    """One classified word of a window (a Lark ``Token`` is made only when a new shape is parsed);
    its positions count from the window's start, so a window's lexemes are its shape as they are."""

    type: str
    value: str
    start_pos: int
    end_pos: int


_lexeme = tuple.__new__  # _lexeme(Lexeme, fields): a Lexeme without NamedTuple's Python-level __new__


@dataclass(slots=True)
class Window:
    start: int
    end: int
    tokens: list[Lexeme]  # positions count from ``start``


def windows(text: str) -> list[Window]:
    """Windows of numeric tokens in ``text``, in order; they never overlap."""
    found: list[Window] = []
    at = 0
    while (found_at := _ANCHOR_RE.search(text, at)) is not None:
        anchor, anchor_end = found_at.span(1)
        if found_at.start("skip") >= 0:
            at = anchor_end
            continue
        left = _LEFT_RE.search(text, max(at, anchor - 16), anchor) \
            if anchor and text[anchor - 1] in _LEFT_LAST else None
        start = left.start() if left and left.start() < anchor else anchor
        if start < anchor and text[anchor - 1] in "-−" and start == anchor - 1 \
                and start > 0 and text[start - 1] in _SIGN_BLOCKERS:
            start = anchor  # 2020-2022: a range, not a sign
        base, tokens = _lex(text, start)
        if tokens:
            found.append(Window(base, base + tokens[-1].end_pos, tokens))
        at = max(anchor_end, base + tokens[-1].end_pos if tokens else 0)
    return found


def _lex(text: str, at: int) -> tuple[int, list[Lexeme]]:
    """The lexemes of the window that starts at or just after ``at``, and where it starts."""
    tokens: list[Lexeme] = []
    base = at  # the window's start: its first lexeme's
    last = None  # the kind of the lexeme before
    marked = False  # an inclusion mark was read
    match = _TOKEN_RE.match
    tokens_at, size = _TOKENS_AT, len(text)
    while at < size and len(tokens) < _MAX_TOKENS and (choice := tokens_at[text[at]]) is not None \
            and (m := choice[0].match(text, at)) is not None:
        group = m.lastindex
        kind = choice[1][group]
        start, end = m.span(group)
        if start != at and text[at] == "\n" and not (kind in ("UNIT", "MAG", "_RANGE") and last == "NUM"):
            break  # a line break may cut an amount from its unit (20\n万元) or a range (2021\n至2025年), nothing else
        if start - at > 1 and text[at] == " " and not (last == "NUM" and text[start:end] in _SPACED_UNITS):
            break  # a run of spaces parts a number from its unit only (3   个百分点), else it parts two cells
        if kind in _RULED:
            if kind == "_FILLER" and (last not in ("PRE", "_FILLER") or last != "PRE" and text[start:end] in L.BOUND_VERBS):
                break  # 最高奖励10万元, 最高为10万元; not 最高奖励为 (a noun and its verb: the noun rule)
            if kind == "UNIT" and last == "POST":
                break  # 10亿元以上项目: the word after a bound is no unit
            if kind == "TYPO":
                if not (last == "NUM" and len(tokens[-1].value) == 4 and set(tokens[-1].value) <= L.YEAR_DIGITS):
                    break  # a year is four digits, Arabic or Chinese (2022为3月1日, 二〇二二为3月1日)
                kind = "YEAR"
            if kind == "CUR" and last in ("NUM", "MAG") and text[start:end] in L.MONEY_UNITS:
                kind = "UNIT"  # 10人民币 2美元: a currency word after a number is its unit, not the next one's mark
            if kind == "SIGN" and last is not None and last not in ("PRE", "_FILLER", "_SEP", "OR", "_RANGE"):
                kind = "_RANGE"  # 10-15%: the dash between two numbers
            if kind == "NOTE":  # a remark counts only between an amount and its bound or range: 500万元(不含税)以上
                following = match(text, end)
                if not (tokens and following and following.lastgroup in ("POST", "_RANGE")):
                    break
                at = end
                continue
        at = end
        if last is None:
            base = start
        value = text[start:end]
        tokens.append(_lexeme(Lexeme, (kind, value, start - base, end - base)))
        last = kind
        if kind == "INCL":
            marked = True
        elif kind == "UNIT" and value in L.YUAN_UNITS and (cents := _CENTS_RE.match(text, end)) and cents.group():
            tokens.append(_lexeme(Lexeme, ("CENTS", cents.group(), end - base, cents.end() - base)))
            at = cents.end()
            last = "CENTS"
    if len(tokens) >= _MAX_TOKENS:  # a long list ends its window at its last separator; the next window goes on
        cut = max((i for i, t in enumerate(tokens) if t.type in ("_SEP", "OR")), default=0)
        del tokens[cut or len(tokens):]
    while tokens and tokens[-1].type in _DANGLING:
        tokens.pop()
    return base, _inclusion_inside(tokens) if marked else tokens


def _inclusion_inside(tokens: list[Lexeme]) -> list[Lexeme]:
    """A mark inside an amount goes after it: 300(含300)万元以上 (between the number and its
    magnitude), 100万-300万(含)港元 (between the number and its currency)."""
    for i in range(len(tokens) - 2):
        num, mark, mag = tokens[i:i + 3]
        if (num.type, mark.type, mag.type) == ("NUM", "INCL", "MAG"):
            merged = Lexeme("NUM", num.value + mag.value, num.start_pos, mag.end_pos)
            rest = tokens[i + 3:]
            unit = 1 if rest and rest[0].type == "UNIT" else 0
            return tokens[:i] + [merged, *rest[:unit], mark] + _inclusion_inside(rest[unit:])
        if (num.type, mark.type, mag.type) == ("NUM", "INCL", "UNIT"):
            return tokens[:i] + [num, mag, mark] + _inclusion_inside(tokens[i + 3:])
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
    post_bounds: list = field(default_factory=list)
    reach: bool = False  # bounded only by 达/达到: a threshold or a stated figure, never a cap or floor
    mark: bool | None = None  # （含） True, （不含） False
    both_ends: bool = False  # the mark speaks of both ends of a range (（含本数）)
    note: tuple[str, str] | None = None  # diagnostic (code, message)

    def own(self) -> Reading:
        """A copy to change, with its own mutable parts (the readings of a window's shape are shared)."""
        copy = Reading(*_FIELDS(self))
        copy.bounded, copy.pre_bounds, copy.post_bounds = set(self.bounded), list(self.pre_bounds), list(self.post_bounds)
        return copy


_FIELDS = attrgetter(*Reading.__slots__)  # every field, in the order Reading() takes them


def _dec(value) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _number(token: Token, sign: int = 1) -> _Number:
    text = token.value.replace(" ", "").replace("\n", "")
    chinese = not any("0" <= ch <= "9" for ch in text)
    span = (token.start_pos, token.end_pos)
    if any(ch in L.APPROX_DIGITS for ch in text):  # 三十几 → 31…39
        low = _dec(parse_chinese_number(re.sub(f"[{L.APPROX_DIGITS}]", "一", text)))
        high = _dec(parse_chinese_number(re.sub(f"[{L.APPROX_DIGITS}]", "九", text)))
        return _Number(low, high, True, True, _scale(text), chinese, span)
    if (pair := _NEIGHBOURS.match(text)) and L.DIGITS[pair[1]] < L.DIGITS[pair[2]]:  # 二三十 → 20…30
        low, high = (_dec(parse_chinese_number(digit + pair[3])) for digit in pair.group(1, 2))
        return _Number(low, high, True, True, _scale(text), chinese, span)
    value = _dec(parse_chinese_number(text)) * sign
    return _Number(value, value, True, False, _scale(text), chinese, span)


_NEIGHBOURS = re.compile(f"([{L.NEIGHBOUR_DIGITS}])([{L.NEIGHBOUR_DIGITS}])([十百千万亿萬億].*)")


def _scale(text: str) -> int:
    """The magnitude a number ends with, which a range's other end may share: 30万 and 五十万 → 10⁴,
    1千万 → 10⁷, 三千 → 10³ (after Arabic digits every place word counts; after Chinese ones 万 and
    亿, and 百 or 千 after a lone digit: 两到三千 is 2000–3000, 两到一千五百 no range of hundreds)."""
    if text[:1].isdigit():
        tail = re.search(f"[{L.ARABIC_PLACES}]+$", text)
    else:
        tail = re.search("[万亿萬億]+$", text) or re.fullmatch(f"[{CN_DIGIT}]([百佰千仟])", text)
        tail = tail and re.search(".$", tail.group()) if tail and tail.lastindex else tail
    return int(parse_chinese_number(tail.group())) if tail and tail.start() > 0 else 1


def _unit_kind(unit: str) -> tuple[str, str, Decimal]:
    """Clause type, contract unit and the factor that turns the printed number into that unit."""
    if unit in L.MONEY_UNITS:
        return "money", L.MONEY_UNITS[unit], Decimal(1)
    word = unit.removesuffix(L.RATE_HALF) if unit.endswith(L.RATE_HALF) and len(unit) > 1 else unit
    if word in L.PERCENT_UNITS:
        return "percent", L.PERCENT_UNITS[word], Decimal(str(L.PERCENT_SCALE[word]))
    return ("count" if unit in L.COUNT_UNITS else "duration"), unit, Decimal(1)


def _is_calendar_year(token: Token) -> bool:
    text = token.value
    return len(text) == 4 and (text.isdigit() and text[0] in "12" or all(ch in L.DIGITS for ch in text))


def _reading(q: _Quantity, pres=(), posts=()) -> Reading:
    n = q.number
    r = Reading(q.kind, q.span, low=n.low, high=n.high, min=n.low, max=n.high, min_inclusive=n.inclusive,
                 max_inclusive=n.inclusive, unit=q.unit, per=q.per, approx=n.approx, scale=n.scale,
                 chinese=n.chinese, precision="year" if q.kind == "date" else None)
    if n.low == n.high:
        r.value = n.low
    for word in pres:
        bound = L.PRE_BOUNDS.get(word) or L.MAGNITUDE_BOUNDS[word]
        if word in L.REACH_WORDS and r.bounded:
            continue  # 最高可达50万元: after a bound, 达 only says the amount may reach it
        r.pre_bounds.append(bound)
        r.reach = not r.bounded and word in L.REACH_WORDS if bound.side else r.reach
        apply_bound(r, bound, word)
    for word in posts:
        if word.type == "INCL":
            r.span = (r.span[0], max(r.span[1], word.end_pos))
            r.mark = _included(word.value)
            r.both_ends = word.value in L.BOTH_ENDS_MARKS
        else:
            r.post_bounds.append(L.POST_BOUNDS[word])
            r.reach = r.reach and not L.POST_BOUNDS[word].side
            apply_bound(r, L.POST_BOUNDS[word], word)
    if r.mark is not None:  # before or after its bound word: 500万元(不含)以上, 50万元以下(含)
        _mark(r, r.mark)
    return r


def _included(mark: str) -> bool:
    """（含）, （含本数）, （含30%） → True; （不含）… → False."""
    return L.INCLUSION_MARKS.get(mark, not mark.strip("(").startswith("不"))


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


def apply_bound(r: Reading, bound: L.Bound, word: str) -> None:
    """Apply one bound word to a reading (the law decides inclusivity, see numerals)."""
    # 满一年后 counts from a moving point; 2024年以后 is a day of the calendar
    r.relative |= bound.relative and not (r.type == "date" and re.match(r"\d{4}", str(r.value or r.min or "")))
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


def _inherit(r: Reading, donor: Reading, ordered: bool = False) -> None:
    """A bare number takes unit and magnitude from its neighbour: 10-15个, 1000-3000万元, 五十、三十万元.
    The low end of a range (``ordered``) takes the magnitude only when it stays below the high
    end: 三十到五十万元 is 300000–500000, 5000-1万元 is 5000–10000."""
    r.type, r.unit, r.precision = donor.type, donor.unit, donor.precision
    r.per = r.per or donor.per
    _share_scale(r, donor, ordered)


def _share_scale(r: Reading, donor: Reading, ordered: bool) -> None:
    """The magnitude ``r`` takes from its neighbour (see :func:`_inherit`)."""
    low = r.low if r.low is not None else r.min
    own = r.scale == 1 or r.chinese and r.scale < 10**4  # 七千到九千亿: 千 is the low end's own place
    if own and donor.scale > r.scale and low is not None and not isinstance(low, str) \
            and (not ordered or low * donor.scale <= donor.high):
        for name in ("low", "high", "value", "min", "max"):
            if getattr(r, name) is not None:
                setattr(r, name, getattr(r, name) * donor.scale)
        r.scale = donor.scale


def _join(low: Reading, high: Reading, min_inclusive: bool, max_inclusive: bool) -> list[Reading]:
    """One range reading from its two ends, or both ends apart when they do not make a range."""
    if low.type is None and high.type:
        _inherit(low, high, ordered=True)
    elif low.type is None and high.type is None:
        _share_scale(low, high, ordered=True)  # 0.5~1.2万/人: a bare 万 after the upper number only
    lo = low.min if low.min is not None else low.low
    hi = high.max if high.max is not None else high.high
    if low.type != high.type or low.unit != high.unit or lo is None or hi is None or type(lo) is not type(hi) \
            or lo > hi:  # 2周至3个月, 5万美元至100万元: two quantities, not one range
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
        alternatives = any(isinstance(c, Token) for c in children)  # OR: 5000万元或800万美元及以上
        readings = [r for child in children if not isinstance(child, Token)
                    for r in (child if isinstance(child, list) else [child])]
        for i, r in enumerate(readings):  # 10、20万元: a unit written once is written last
            donor = next((d for d in readings[i + 1:] if d.type), None)
            if r.type is None and donor:
                _inherit(r, donor)
        for r in readings[1:]:  # 分别给予最高不超过20万元、10万元: the bound applies to each
            if not r.bounded:
                for bound in readings[0].pre_bounds:
                    apply_bound(r, bound, "")
        if alternatives:  # a bound after the last alternative applies to each
            for r in readings[:-1]:
                if not r.bounded and r.type == readings[-1].type:
                    for bound in readings[-1].post_bounds:
                        apply_bound(r, bound, "")
        return readings

    def span_range(self, children):
        low, high = children
        if high.mark is not None and low.mark is None:  # 1000万元-3000万元（含）: the tier's low end is out
            # …but 18至45周岁（含本数） includes both numbers
            return _join(low, high, high.mark if high.both_ends else not high.mark, high.mark)
        if low.mark is not None and high.mark is None:  # 50(含50)-100万元: the next tier holds 100
            return _join(low, high, low.mark, not low.mark)
        return _join(low, high, True if low.mark is None else low.mark, True if high.mark is None else high.mark)

    def bound_range(self, children):
        low, high = _terms(children)
        if low.bounded == {"min"} and high.bounded == {"max"}:
            return _join(low, high, low.min_inclusive, high.max_inclusive)
        return [low, high]

    def date_range(self, children):  # 2023年6月1日（含）至2023年12月31日（含）: a mark says whether its day is in
        low, high = (c for c in children if not isinstance(c, Token))
        marks = {i: _included(c.value) for i, c in enumerate(children) if isinstance(c, Token)}
        first = marks.get(1, True)
        last = marks.get(len(children) - 1, True)
        if low.type and high.type and high.value.startswith("--") and not low.value.startswith("--"):
            high.value = high.min = high.max = high.low = high.high = low.value[:4] + high.value[1:]  # 至3月1日
        return _join(low, high, first, last)

    def term(self, children):
        return _terms(children)[0]

    def pres(self, children):
        return list(children)

    def posts(self, children):
        return list(children)

    def quantity(self, children):
        tokens = {c.type: c for c in children if isinstance(c, Token)}
        number = next(c for c in children if isinstance(c, _Number))
        per = next((c for c in children if isinstance(c, tuple)), None)
        unit, mark = tokens.get("UNIT") or tokens.get("DAY"), tokens.get("CUR")
        if unit:
            kind, name, factor = _unit_kind(unit.value)
            if mark and unit.value in L.YUAN_UNITS:
                name = L.CURRENCY_MARKS[mark.value]  # 港币两千九百六十元: 元 names the dollar the mark says
        elif mark:  # ￥500, 人民币5千元
            kind, name, factor = "money", L.CURRENCY_MARKS[mark.value], Decimal(1)
        else:
            kind, name, factor = None, None, Decimal(1)
        if kind == "percent":
            if unit.value == L.DISCOUNT and _two_digits(number):
                factor = Decimal(1)  # 85折, 八五折: the percent itself
            number = _rate(number, factor, unit.value.endswith(L.RATE_HALF))
        if "CENTS" in tokens:
            number = _plus(number, _cents(tokens["CENTS"].value))
        start = mark.start_pos if mark else number.span[0]
        end = max(number.span[1], *(t.end_pos for t in tokens.values()), per[2] if per else 0)
        return _Quantity(number, kind, name, (start, end), per[:2] if per else None)

    def years(self, children):
        num, mark = children
        number = _number(num)
        kind, unit = ("date", None) if _is_calendar_year(num) else ("duration", "年")
        return _Quantity(number, kind, unit, (num.start_pos, mark.end_pos))

    def percent_words(self, children):  # 百分之十五, 千分之三 → 0.3
        prefix, number = children
        number = _rate(number, Decimal(str(L.PERCENT_PREFIXES[prefix.value])), False)
        return _Quantity(number, "percent", "%", (prefix.start_pos, number.span[1]))

    def half_price(self, children):  # 对折
        token = children[0]
        value = Decimal(L.HALF_PRICE[token.value])
        span = (token.start_pos, token.end_pos)
        return _Quantity(_Number(value, value, True, False, 1, True, span), "percent", "%", span)

    def sub_yuan(self, children):  # 伍角, 叁分, 五毛钱, 人民币伍角
        token = children[-1]
        value = _cents(token.value.removesuffix(L.SUBUNIT_MONEY_WORD))
        number = _Number(value, value, True, False, 1, True, (token.start_pos, token.end_pos))
        return _Quantity(number, "money", "CNY", (children[0].start_pos, token.end_pos))

    def per(self, children):
        unit = children[0]
        return (Decimal(1), unit.value, unit.end_pos)

    def number(self, children):
        if len(children) == 2:  # -3.5%, 负15%
            sign, num = children
            return replace(_number(num, -1), span=(sign.start_pos, num.end_pos))
        return _number(children[0])

    def more_than(self, children):  # 10余万: more than 10万, less than 20万
        num, suffix, *magnitude = children
        base = _number(num)
        scale = int(parse_chinese_number(magnitude[0].value)) if magnitude else 1
        step = Decimal(10) ** base.low.normalize().as_tuple().exponent
        end = (magnitude or [suffix])[0].end_pos
        return _Number(base.low * scale, (base.low + step) * scale, False, True, scale if magnitude else base.scale,
                       base.chinese, (num.start_pos, end))

    def date(self, children):
        year, mark, month, _m, *day = children
        r = _calendar_date(year, month, day[0] if day else None, (year.start_pos, children[-1].end_pos))
        if r.type and mark.value not in L.YEAR_MARKS:
            r.note = ("date-typo", f"'{mark.value}' stands where '年' belongs after the year {year.value}; "
                      f"read the date as {r.value}. Check the source.")
        return r

    def dated(self, children):  # 2020年6月15日后: the day; what 后 says of it, the conditions read
        return children[0]

    def month_day(self, children):  # 8月14日: a day of an unstated year, ISO --08-14
        month, _m, day, _d = children
        return _calendar_date(None, month, day, (month.start_pos, children[-1].end_pos))


def _calendar_date(year: Token | None, month: Token, day: Token | None, span: Span) -> Reading:
    """A date reading with an ISO value (2021-12-24, 2021-12, --12-24), or no type when invalid."""
    try:
        y, m, d = (int(parse_chinese_number(t.value.replace(" ", ""))) if t else None for t in (year, month, day))
    except ValueError:  # 几月
        y = m = d = None
    found = calendar_date(y, m, d) if m is not None else None
    if found is None:  # 2月30日, 13月, year 0: not a date
        return Reading(None, span, note=("date-invalid", "this is no calendar date; no clause was made for it. "
                                                            "Check the source."))
    iso, precision = found
    return Reading("date", span, value=iso, min=iso, max=iso, min_inclusive=True, max_inclusive=True,
                    low=iso, high=iso, precision=precision)


def _rate(n: _Number, factor: Decimal, half: bool) -> _Number:
    """A rate in percent points: 2‰ → 0.2, 八成 → 80, 七成半 → 75, 千分之三 → 0.3."""
    step = Decimal("0.5") if half else Decimal(0)
    return replace(n, low=(n.low + step) * factor, high=(n.high + step) * factor)


def _two_digits(n: _Number) -> bool:
    """A whole number of two digits, as a discount of two digits has (85折, 八五折; 10折 is no discount)."""
    return n.low == n.high and n.low == n.low.to_integral_value() and L.DISCOUNT_PERCENT_FROM < n.low < 100


def _plus(n: _Number, amount: Decimal) -> _Number:
    return replace(n, low=n.low + amount, high=n.high + amount)


def _cents(text: str) -> Decimal:
    """五角六分 → 0.56, 五毛 → 0.5, 六分 → 0.06, 五 (after 块) → 0.5, 整 → 0."""
    total, digit = Decimal(0), None
    for ch in text.removesuffix(L.AMOUNT_CLOSE):
        if ch in L.SUBUNITS:
            total += Decimal(digit) / Decimal(10) ** L.SUBUNITS[ch]
            digit = None
        else:
            digit = int(parse_chinese_number(ch))
    return total + (Decimal(digit) / 10 if digit is not None else 0)


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark(_grammar_text(), parser="lalr", lexer=_TokenFeed, transformer=ClauseReader())


def _grammar_text() -> str:
    try:
        from .resources import grammar_text
        return grammar_text("numeric.lark")
    except (ImportError, FileNotFoundError):  # a source checkout without the installed package
        return (Path(__file__).resolve().parent.parent / "grammar" / "numeric.lark").read_text(encoding="utf-8")


def read_window(window: Window) -> tuple[Reading, ...]:
    """Readings of a window, their spans counted from its start.  Windows repeat (2年, 10万元), so
    parses are memoised by the window's shape and the readings are shared by every window of that
    shape: change one only through a copy (:meth:`Reading.own`)."""
    return _read_shape(tuple(window.tokens))


@lru_cache(maxsize=1 << 15)
def _read_shape(shape: tuple) -> tuple[Reading, ...]:
    return tuple(_read([Token(kind, value, start_pos=s, end_pos=e) for kind, value, s, e in shape]))


def _read(tokens: list[Token]) -> list[Reading]:
    """Readings of a token run; on a syntax error, read the parts before and after it."""
    if not any(t.type in ("NUM", "MAG", "REL", "HALF", "SUBYUAN") for t in tokens) or _lone_number(tokens):
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

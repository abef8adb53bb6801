"""Stage — numeric clauses (money, percent, count, duration, date) of one node's own text.

Three passes, each linear in the text:

1. *Windows* (:mod:`numeric_read`).  One compiled regular expression walks the text and stops at a number that a
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
from dataclasses import dataclass
from typing import NamedTuple

from . import lexicon as L
from .numerals import parse_chinese_number, plain_number
from .numeric_read import CN_DIGIT, Reading, Window, alt, apply_bound, read_window, windows

Span = tuple[int, int]


class Clause(NamedTuple):
    """One numeric clause; ``span`` is ``[start, end)`` in the text given to :func:`extract_clauses`.

    Immutable and typed like a frozen dataclass, and cheap to make (a clause is made for every
    number of a corpus)."""

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
    role: str | None = None  # amount, cap, floor, threshold, share, validity, deadline, effective, expiry, figure
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


# --- context --------------------------------------------------------------------------

_REACH = 80  # how far back, at most, context words are looked for
_SENTENCE_MARKS = frozenset("。；;！？!?\n")  # what ends a sentence; a comma or colon ends a segment
_SEGMENT_END = re.compile(r"[。；;！？!?\n，,：:]")
_TEXT = r"[^0-9，,。；;：:]"  # a stretch of words inside one comma segment
_GRANTS = alt(L.GRANT_WORDS)


def _noun_after(nouns, gap: int) -> re.Pattern:
    """One of ``nouns`` right after a number, past 的 and at most ``gap`` words of its segment."""
    return re.compile(f"的?[^，,。；;:：0-9]{{0,{gap}}}?(?:{alt(nouns)})")


_SIDE_BOUNDS = alt(w for w, b in L.PRE_BOUNDS.items() if b.side and not b.approx)
_DETACHED_RE = re.compile(f"(?P<bound>(?:{_SIDE_BOUNDS})+)(?P<base>{_TEXT}{{1,40}}?)的? ?$")
_BASE_RES = tuple(re.compile(p) for p in (
    f"(?:按照|按|以)(?P<base>{_TEXT}{{1,40}}?)的 ?$",  # 按实际支付维权代理费的50%
    f"占(?P<base>{_TEXT}{{1,30}}?)(?:的?(?:比例|比重)(?:达到|达|为)?|的) ?$",  # 占研发费用投入的比例达5%
    f"对(?P<base>{_TEXT}{{1,30}}?)给予 ?$",  # 对保费给予最高不超过50%
    f"给予(?P<base>{_TEXT}{{1,30}}?) ?$",  # 给予利息、税费…不超过50%
))
_SHARE_RE = re.compile(f"(?P<party>{_TEXT}{{1,20}}?)(?:{alt(L.SHARE_TRIM_TAIL)})?(?:{alt(L.SHARE_VERBS)}) ?$")
_SHARE_HEAD_RE = re.compile(f"^(?:{alt(L.SHARE_TRIM_HEAD)})")
_SCOPE_RE = re.compile(f"(?:{alt(L.SCOPE_HEADS)})(?:{alt(L.SCOPE_MEASURES)})?(?:{alt(L.SCOPE_NOUNS)})"
                       f"|{alt(L.SCOPE_BARE)}")
_PERIOD_RE = re.compile(f"(?<![上本一0-9])(?:{alt(L.PERIOD_WORDS)})|{L.PERIOD_EVERY}[0-9{CN_DIGIT}十]+年")
_ONCE_RE = re.compile(f"[，,]?{L.PERIOD_ONCE[0]}{_TEXT}{{0,4}}?{L.PERIOD_ONCE[1]}")
_PER_RE = re.compile(f"每(?:{_TEXT}{{0,8}}?(?P<count>\\d+|[{CN_DIGIT}十]+))?(?P<unit>{alt(L.PER_MEASURES)})"
                     f"[，,]?(?:{_GRANTS}|{alt(L.PRE_BOUNDS)})* ?$")
_SEVERALLY = "分别"
_SEVERALLY_RE = re.compile(f"{_SEVERALLY}{_TEXT}{{0,8}}$")
_PERIOD_ANY = re.compile(f"{alt(L.PERIOD_WORDS)}|{L.PERIOD_EVERY}|{L.PERIOD_ONCE[0]}")
_SCOPE_ANY = re.compile(f"{alt(L.SCOPE_HEADS)}|{alt(L.SCOPE_BARE)}")
_LEAD_RE = re.compile(f"^.*(?:{alt(L.ENUM_LEADS)})")
_CONDITION_RE = re.compile(f"^[^，,。；;:：]{{0,40}}的 ?(?:[(（]|$)|^的[^，,。；;:：]{{0,10}}?(?:{alt(L.CONDITION_HEADS)})")
# 超过15%的部分给予; 50-100万元的给予20万元: a tier, unless a grant comes first (给予不超过1%的奖励).
_TIER_RE = re.compile(f"^的?{L.EXCESS_PART}|^的(?:{_GRANTS})")
# 300万美元以下，50万美元以上的; …达到2000万元以上，且同比增速达6.5%以上的: the next comma segment
# closes the condition.
_NEXT_CONDITION_RE = re.compile(f"[，,](?:(?:{alt(L.CONDITION_LINKS)})[^，,。；;:：0-9]{{0,12}}?)?(?:{_SIDE_BOUNDS})?"
                                f"[0-9][^，,。；;:：]{{0,20}}的(?:{alt(L.CONDITION_HEADS)})? ?(?:[，,(（]|$)")
_PRICED_RE = _noun_after(L.PRICED_HEADS, 6)  # …10万元以上的新能源汽车
_BASIS_BEFORE = re.compile(f"每(?:{alt(L.BASIS_VERBS)})? ?$")
_BASIS_AFTER = re.compile(f"[^，,。；;:：0-9]{{0,4}}?(?:{alt(L.BASIS_NOUNS)})")
# 对年纳税额达到50万元、营业收入达2000万元的企业: a condition framed by 对/凡 … 的 around the number.
_FRAMED_BEFORE = re.compile(f"(?:^|[，,:：])(?:{alt(L.CONDITION_LEADS)})[^，,。；;:：]{{0,40}}$")
_FRAMED_AFTER = re.compile(f"^[^。；;:：]{{0,60}}?(?:的|以上|以下)[^，,。；;:：]{{0,8}}?(?:{alt(L.CONDITION_HEADS)})")
# 10亿元以上项目, …以上的企业: the number describes who or what.
_QUALIFIES_RE = re.compile(f"(?:的|(?!{_GRANTS})[^，,。；;:：0-9]{{0,4}}?)(?:{alt(L.CONDITION_HEADS)})")
_NOUN_BOUND_RE = re.compile(f"(?P<word>{alt(L.NOUN_BOUND_ROLES)})[^，,。；;]{{0,16}}?(?:{alt(L.NOUN_VALUE_VERBS)})"
                            f"[^，,。；;]{{0,10}}$")
# 申报条件： heads requirements; a grant's 标准 (补贴标准：A类人才最高补贴100万元) heads what is paid
_PAID_STANDARD = "".join(f"(?<!{w})" for w in L.GRANT_WORDS if len(w) == 2)
_REQUIREMENT_RE = re.compile("(?:" + "|".join((_PAID_STANDARD if h == "标准" else "") + re.escape(h)
                                             for h in L.REQUIREMENT_HEADS) + ") ?[:：]")
_TARGET_RE = re.compile(alt(L.TARGET_WORDS))
_LOAN_RE = re.compile(alt(L.LOAN_WORDS))
_GRANT_ANY = re.compile(f"(?<!贷款)(?:{_GRANTS})")  # 创业担保贷款支持 is a loan
_GRANTED_RE = re.compile(f"(?:{_GRANTS})[^，,。；;]{{0,4}}$")
_DATE_BEFORE_RE = re.compile(alt(L.DATE_ROLE_BEFORE))
_DATE_AFTER_RE = re.compile(alt(L.DATE_ROLE_AFTER))  # at the date's end, or at its 起 (自…之日起施行)
_VALIDITY_RE = re.compile(f"(?:{alt(L.VALIDITY_WORDS)})(?:为|是|暂定为|暂定)?$")
_LIST_LINK = re.compile(r"[^\d，,。；;:：()（）\n]{0,8}")
_LIST_WORD = re.compile(f"{alt(L.LIST_SEPARATORS)}|以及")
_NOUN_VALUE = f"(?<![作认成因行称])(?:{alt(L.NOUN_VALUE_VERBS)})"
_AFTER_MONEY = tuple(L.MONEY_CONTEXT)  # 1亿元 written 1亿 before 投资, 资金…
_PROJECT_AFTER = _noun_after(L.PROJECT_WORDS, 8)  # 3000万以下的小微企业项目


def _last(pattern: re.Pattern, text: str) -> str | None:
    found = None
    for found in pattern.finditer(text):
        pass
    return found.group() if found else None


class _Place(NamedTuple):
    """Where a window stands: its comma segment and its sentence, ``[lo, hi)`` in the text."""

    seg_lo: int
    seg_hi: int
    sent_lo: int
    sent_hi: int


@dataclass(slots=True)
class _Item:
    """One reading, the words around it and what they give it, until the clauses are made (a later
    item of its list may still bound it: 2亿元、3亿元、10亿元以上)."""

    reading: Reading
    window: Window
    place: _Place
    before: str
    after: str
    scope: str | None
    period: str | None
    base: str | None
    party: str | None
    applies_to: str | None
    per: tuple[int | float, str] | None
    role: str | None = None

    @property
    def span(self) -> Span:
        return self.reading.span[0] + self.window.start, self.reading.span[1] + self.window.start

    def clause(self, limits: int | None) -> Clause:
        r = self.reading
        out = _out_date if r.type == "date" else _out_number
        return Clause._make((  # in the order of Clause's fields
            r.type, self.span, out(r.value), out(r.min), out(r.max), r.min_inclusive, r.max_inclusive, r.unit,
            self.per, self.scope, self.period, self.role or L.DEFAULT_ROLE, self.base, self.applies_to, r.approx,
            limits, self.party, r.precision, r.relative))


class _Context:
    """Reads the words around the windows of one text; created per call."""

    def __init__(self, text: str, condition: bool):
        self.text, self.condition = text, condition
        self.items: list[_Item] = []
        self.consumed: list[Span] = []  # counts read as the basis of a per-unit rate
        self.diagnostics: list[ClauseDiagnostic] = []
        self.chain: list[_Item] = []  # the clauses of the list the last window belongs to
        self.chain_end = 0
        # Whole-text checks that spare most windows a context search: most texts have no period
        # word, no scope word, no 每 and no 分别.
        self.periodic = bool(_PERIOD_ANY.search(text))
        self.scoped = bool(_SCOPE_ANY.search(text))
        self.per_unit = L.PERIOD_EVERY in text
        self.severally = _SEVERALLY in text
        self._ends: tuple[list[int], list[int]] | None = None  # of segments and of sentences, made when first asked
        self._placed: tuple[Window, _Place] | None = None  # the last window placed

    def place(self, window: Window) -> _Place:
        """The segment and sentence of a window (asked several times for each window, so kept)."""
        if self._placed is not None and self._placed[0] is window:
            return self._placed[1]
        if self._ends is None:
            segments = [m.start() for m in _SEGMENT_END.finditer(self.text)]
            self._ends = segments, [i for i in segments if self.text[i] in _SENTENCE_MARKS]
        (segments, sentences), size = self._ends, len(self.text)
        i, k = bisect_left(segments, window.start), bisect_left(sentences, window.start)
        j, m = bisect_left(segments, window.end, i), bisect_left(sentences, window.end, k)
        place = _Place._make((segments[i - 1] + 1 if i else 0, segments[j] if j < len(segments) else size,
                              sentences[k - 1] + 1 if k else 0, sentences[m] if m < len(sentences) else size))
        self._placed = window, place
        return place

    def keep(self, r: Reading, window: Window) -> Reading | None:
        """The reading as a quantity (a bare 万 amount made money), or None when it is none: bare
        numbers, 两个方向 and the like."""
        if r.type is None:
            if r.scale > 1 and not self._measured(window) and self._bare_money(r, window):
                r = r.own()
                r.type, r.unit = "money", L.MONEY_UNITS["元"]  # 奖励20万, 融资额1千万以上; …（含）以上，8亿以下
                return r
            return None
        if r.chinese and r.type in ("count", "duration") and not (r.bounded or r.approx or r.relative):
            return r if r.type == "duration" and self.text[window.start - 1:window.start] in L.CN_QUANTITY_LEADS \
                else None
        return None if self.text.startswith(L.DENOMINATORS, window.end) else r  # 万元GDP: a unit of measure

    def _bare_money(self, r: Reading, window: Window) -> bool:
        """Whether a number written without 元 (20万, 3000万以下) is money: a money word in its
        segment (奖励20万, 融资额1千万以上) or right after it (1亿投资), money just before it in its
        sentence (3亿元（含）以上，8亿以下), a cap in a sentence that grants (补贴总价的1.5%，不超过3万),
        or a bounded size of a project (同一类型3000万以下的小微企业项目; not 500千伏…工程)."""
        text, place = self.text, self.place(window)
        if any(w in text[place.seg_lo:window.start] for w in L.MONEY_CONTEXT) or text.startswith(_AFTER_MONEY, window.end):
            return True
        if self._money_before(window) or r.bounded and _PROJECT_AFTER.match(text, window.end):
            return True
        return r.bounded == {"max"} and bool(_GRANT_ANY.search(text, max(place.sent_lo, window.start - _REACH),
                                                                 window.start))

    def _measured(self, window: Window) -> bool:
        """A number before a measure word (1万平方米, 5万亩) is no amount."""
        return self.text.startswith(L.MEASURE_WORDS, window.end + (self.text[window.end:window.end + 1] == " "))

    def _money_before(self, window: Window) -> bool:
        """The last clause of this sentence, if any, was money: 3亿元（含）以上，8亿以下."""
        return bool(self.items) and self.items[-1].reading.type == "money" and \
            self.items[-1].place.sent_lo == self.place(window).sent_lo

    def add(self, window: Window, readings: list[Reading]) -> None:
        """Give the readings of one window their context and keep them for :meth:`finish`."""
        text = self.text
        place = self.place(window)
        seg_lo, seg_hi, sent_lo = place.seg_lo, place.seg_hi, place.sent_lo
        seg_lo, reach = max(seg_lo, window.start - _REACH), max(sent_lo, window.start - _REACH)
        before, after = text[seg_lo:window.start], text[window.end:seg_hi]
        dated = all(r.type == "date" for r in readings)  # a date has no scope or period
        scope = None if dated or not self.scoped else _last(_SCOPE_RE, before)
        period = None if dated else self._period(window, seg_lo, seg_hi)
        per = self._per(text[reach:window.start], reach) \
            if self.per_unit and any(r.type == "money" for r in readings) else None
        targets = self._applies_to(window, text[sent_lo:window.start], len(readings)) if self.severally else None
        chain = self._list_chain(window) if self.chain else []
        for n, r in enumerate(readings):
            if chain and not r.bounded and r.type == chain[0].reading.type and chain[0].reading.pre_bounds:
                r = r.own()
                for bound in chain[0].reading.pre_bounds:  # 最高给予15万元经费资助和10万元交通补贴
                    apply_bound(r, bound, "")
            base = party = None
            if r.type == "percent":
                (base, r), party = self._base(r, before), _share_party(before)
            rate = (plain_number(r.per[0]), r.per[1]) if r.per else (per if r.type == "money" else None)
            item = _Item(r, window, place, before, after, scope, period, base, party,
                         targets[n] if targets else None, rate)
            item.role = self._role(item)
            self.items.append(item)
            if r.post_bounds and any(b.side for b in r.post_bounds):
                for earlier in chain:
                    if not earlier.reading.bounded and earlier.reading.type == r.type:  # 2亿元、3亿元、10亿元以上
                        earlier.reading = earlier.reading.own()
                        for bound in r.post_bounds:
                            apply_bound(earlier.reading, bound, "")
                        earlier.role = self._role(earlier)
            chain.append(item)
            if r.note:
                self.report(r, window)
        self.chain, self.chain_end = chain, window.end

    def _list_chain(self, window: Window) -> list[_Item]:
        """The items of the list this window continues (joined by 、/和/及/或 and a few words), or []."""
        between = self.text[self.chain_end:window.start]
        return self.chain if _LIST_LINK.fullmatch(between) and _LIST_WORD.search(between) else []

    def report(self, r: Reading, window: Window) -> None:
        """The diagnostic a reading of ``window`` carries (a date typo, an invalid date, conflicting bounds)."""
        span = (r.span[0] + window.start, r.span[1] + window.start)
        self.diagnostics.append(ClauseDiagnostic(r.note[0], "warning", r.note[1], span))

    def finish(self) -> tuple[list[Clause], list[ClauseDiagnostic]]:
        """The clauses in source order, each cap linked to what it limits, every one with a role."""
        items = self.items if not self.consumed else [
            item for item in self.items if not (item.reading.type == "count" and any(
                a <= item.span[0] and item.span[1] <= b for a, b in self.consumed))]
        return [item.clause(_limited_before(items, i) if item.reading.type == "money" and item.role == "cap" else None)
                for i, item in enumerate(items)], self.diagnostics

    def _period(self, window: Window, seg_lo: int, seg_hi: int) -> str | None:
        """The nearest period word before the window in its segment, or right after it
        (不超过50%的一次性补贴), or a 限…一次 in the next segment."""
        if not self.periodic:
            return None
        found = _last(_PERIOD_RE, self.text[seg_lo:window.end])
        if found:
            return found
        after = _PERIOD_RE.search(self.text, window.end, min(seg_hi, window.end + 5))
        if after:
            return after.group()
        return "".join(L.PERIOD_ONCE) if _ONCE_RE.match(self.text, seg_hi) else None

    def _per(self, before: str, offset: int) -> tuple[int | float, str] | None:
        """每10项给予 → (10, 项); the count 10项 is then the rate's basis, not a clause of its own."""
        found = _PER_RE.search(before)
        if not found:
            return None
        count = found.group("count")
        if count and count.isdigit():
            self.consumed.append((offset + found.start(), offset + found.end()))
        return (parse_chinese_number(count) if count else 1), found.group("unit")

    def _base(self, r: Reading, before: str) -> tuple[str | None, Reading]:
        """What a percentage is of, and the reading; a bound word before the base bounds the rate
        (不超过实际融资额1%: a bounded copy), unless it is part of the base (最低生活保障标准的20%,
        超过基准价的部分给予50%) or the number is a change in points (低于全国平均水平1个百分点)."""
        detached = _DETACHED_RE.search(before) if not r.bounded and r.unit != L.PERCENT_UNITS["个百分点"] else None
        if detached and _bounds_the_rate(detached):
            r = r.own()
            for word in re.findall(_SIDE_BOUNDS, detached.group("bound")):
                apply_bound(r, L.PRE_BOUNDS[word], word)
            return _clean_base(detached.group("base")), r
        found = next((m for p in _BASE_RES if (m := p.search(before))), None)
        return (_clean_base(found.group("base")) if found else None), r

    def _role(self, item: _Item) -> str | None:
        """The role the words around a reading give it; None when none does (see :meth:`finish`)."""
        r, window, place, before, after = item.reading, item.window, item.place, item.before, item.after
        if r.type == "date":
            return self._date_role(window, before)
        if r.type == "duration" and _VALIDITY_RE.search(before):
            return "validity"  # 有效期3年
        if r.relative:  # 满一年后, 近3年内: a point or stretch of time, not a limit
            return None
        if item.party is not None:
            return "share"
        if r.type == "money" and _BASIS_BEFORE.search(before) and _BASIS_AFTER.match(self.text, window.end):
            return "threshold"  # 每产生500万元销售额奖励1000元: the basis of a per-unit rate
        # A bound word limits, also with 约 or 左右 beside it (最高补助50万元左右); 上千万元, 近百万元 only say how large.
        limited = r.reach or r.bounded and (not r.approx or any(b.side and not b.approx
                                                                for b in (*r.pre_bounds, *r.post_bounds)))
        if r.type in ("count", "duration") and not limited:
            return "threshold" if self.condition else None  # 拥有发明专利5件 in 申报条件
        sent_lo, sent_hi = place.sent_lo, place.sent_hi
        sentence_before = self.text[max(sent_lo, window.start - _REACH):window.start]  # its sentence, within reach
        sentence_after = self.text[window.end:min(sent_hi, window.end + _REACH)]
        if r.reach or r.bounded:  # also a size said roughly (上千万元) can frame a condition
            granted = bool(_GRANTED_RE.search(before))  # 给予20-50万元, 给予不超过50万元的补贴
            if not granted and (self._framed(before, after, sentence_before, sentence_after)
                                or r.type == "money" and _PRICED_RE.match(after)):
                return "threshold"  # 年纳税额达到50万元的, 对…5000万元以下…的工业项目, 对投资上千万元的项目
        if limited:
            if r.reach:
                return None  # 全市GDP达1万亿元: a figure reached, no rule
            if r.bounded != {"min", "max"}:
                if r.type in ("money", "percent"):
                    if _TARGET_RE.search(before) or _TARGET_RE.match(self.text, sent_lo):
                        return None  # 力争全年完成投资17亿元以上: a target
                    if r.bounded == {"max"} and self._lent(window, after, sentence_before):
                        return None  # 个人额度最高300万元: what a bank may lend
                return "cap" if r.bounded == {"max"} else "floor"
        loan = r.type == "money" and self._lent(window, after, sentence_before)
        if r.type in ("money", "percent") and (noun := _NOUN_BOUND_RE.search(before)):
            priced = L.PRICE_WORD in noun.group()  # 最低出让价为5.8万元/亩: a price, no rule
            return None if loan or priced else L.NOUN_BOUND_ROLES[noun.group("word")]  # 最低首付比例为20%
        if r.type in ("count", "duration") and self.condition:
            return "threshold"  # 拥有发明专利5件 in 申报条件
        if r.type in ("money", "percent") and not loan and _GRANT_ANY.search(before + after):
            return "amount"
        return None

    def _lent(self, window: Window, after: str, sentence_before: str) -> bool:
        """A number about what a bank lends (贷款, 授信 near it) in a sentence that grants nothing."""
        near = self.text[max(0, window.start - _REACH):window.start] + after
        return bool(_LOAN_RE.search(near)) and not _GRANT_ANY.search(sentence_before + after)

    def _framed(self, before: str, after: str, sentence_before: str, sentence_after: str) -> bool:
        """Whether the words around a bounded number make it a condition on who gets what."""
        return bool(self.condition or _CONDITION_RE.search(after) or _QUALIFIES_RE.match(sentence_after)
                    or _NEXT_CONDITION_RE.match(sentence_after)
                    or _TIER_RE.match(after) and not _GRANT_ANY.search(before)
                    or _REQUIREMENT_RE.search(sentence_before)
                    or _FRAMED_BEFORE.search(before) and _FRAMED_AFTER.search(sentence_after))

    def _date_role(self, window: Window, before: str) -> str | None:
        """截止2021年12月24日 a deadline, 2021年12月24日起施行 effective, 12月24日前 a deadline (a day only)."""
        tail = max(0, len(before) - 12)
        if _DATE_BEFORE_RE.search(before, tail):
            return next(role for word, role in L.DATE_ROLE_BEFORE.items() if word in before[tail:])
        found = _DATE_AFTER_RE.match(self.text, window.end - (self.text[window.end - 1:window.end] == "起"))
        role = L.DATE_ROLE_AFTER[found.group()] if found else None
        return role if role != "deadline" or window.tokens[-1].type == "DAY" else None

    def _applies_to(self, window: Window, before: str, count: int) -> list[str | None]:
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


def _out_number(v):
    return v if v is None or isinstance(v, str) else plain_number(v)


def _out_date(v):
    return v if v is None or isinstance(v, str) else str(int(v))


def _bounds_the_rate(detached: re.Match) -> bool:
    """Whether the bound words before a percentage's base bound the rate (不超过实际融资额1%), not
    a noun: 最低生活保障标准的20%, 最低首付比例为20%, 超过基准价的部分给予50%."""
    bound, base = detached.group("bound"), detached.group("base")
    if any((bound + base).startswith(noun) or noun in bound[-2:] + base for noun in L.BOUND_NOUNS):
        return False
    verb = re.search(_NOUN_VALUE, base)
    return L.EXCESS_PART not in base and not (verb and not base.startswith(L.BOUND_VERBS))  # 份额最高为保障标准的50%


def _enumeration(head: str) -> list[str] | None:
    """Items of the enumeration that ends ``head`` (the text before 分别), in its last or
    second-last comma segment: 对获得金奖、银奖的 → [金奖, 银奖]."""
    for segment in reversed(re.split("[，,：:]", head)[-2:]):
        segment = segment.strip().removesuffix(L.ENUM_TAIL)
        if L.ENUM_COMMA in segment:  # 硕士研究生(副高级职称、高级技师): a bracket's 、 is within one item
            items = _split_outside_brackets(segment, L.ENUM_COMMA)
        else:
            items = re.split(alt(L.LIST_CONJUNCTIONS), segment)
        if len(items) > 1:
            items[0] = _LEAD_RE.sub("", items[0]) or items[0]
            return [item.strip() for item in items]
    return None


def _split_outside_brackets(text: str, sep: str) -> list[str]:
    """``text`` split at ``sep`` where no bracket is open."""
    parts, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        depth += ch in "（("
        depth -= depth > 0 and ch in "）)"
        if ch == sep and not depth:
            parts.append(text[start:k])
            start = k + 1
    return parts + [text[start:]]


def _clean_base(base: str) -> str | None:
    """维权代理费、公证费…等维权活动必要费用 → 维权活动必要费用: an enumeration ends at its summary; a verb of
    being after the bound word is no part of the base (最高为保障标准的50% → 保障标准)."""
    base = base.strip()
    for verb in L.BOUND_VERBS:
        base = base.removeprefix(verb)
    if "、" in base and "等" in base:
        base = base.rsplit("等", 1)[1]
    return base or None


def _share_party(before: str) -> str | None:
    """Who bears a share: 由市、区两级各承担 → 市、区两级."""
    found = _SHARE_RE.search(before)
    if not found:
        return None
    return _SHARE_HEAD_RE.sub("", found.group("party")).strip() or None


def _limited_before(items: list[_Item], i: int) -> int | None:
    """Index of what a money cap limits: the nearest granted rate or amount earlier in its sentence
    (按…50%给予资助，最高不超过20万元; 每件给予1万元，同一企业每年最高不超过3万元)."""
    sentence = items[i].place.sent_lo
    for j in range(i - 1, -1, -1):
        other = items[j]
        if other.place.sent_lo != sentence:
            return None
        kind = other.reading.type
        if kind == "percent" and other.role in ("amount", "cap") or kind == "money" and other.role == "amount":
            return j
    return None


def extract_clauses(text: str, *, condition: bool = False) -> tuple[list[Clause], list[ClauseDiagnostic]]:
    """Numeric clauses of one node's own text, in source order.

    ``text`` is normalised text (full-width ASCII folded, spaces next to CJK removed);
    ``condition`` says the node is an eligibility condition, so bounds are thresholds.
    Spans are ``[start, end)`` offsets into ``text``.  Never raises on odd input.
    """
    found = windows(text)
    if not found:  # most texts hold no number: no context to build
        return [], []
    context = _Context(text, condition)
    for window in found:
        kept = []
        for reading in read_window(window):
            quantity = context.keep(reading, window)
            if quantity is not None:
                kept.append(quantity)
            elif reading.note:
                context.report(reading, window)
        if kept:
            context.add(window, kept)
    return context.finish()

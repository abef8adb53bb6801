"""The Chinese numeral codec, and the one calendar-date reader.

Reads numerals in every spelling the lexicon knows (一百五十万, 1.5亿, 贰拾伍萬, 二点五, 二○三五)
and writes the standard spelling back; :func:`calendar_date` is the one place that decides
whether a year, month and day make a date, for clauses and metadata alike.
"""
from __future__ import annotations

from decimal import Decimal
from datetime import date

from .lexicon import BIG_UNITS, DECIMAL_POINTS, DIGITS, SMALL_UNITS

_SPELL_DIGITS = "零一二三四五六七八九"
_SPELL_PLACES = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))


def parse_chinese_number(s: str) -> int | float:
    """Value of a numeral written in Chinese, Arabic or a mix: 一百五十万, 1.5亿, 壹拾, 贰拾伍萬, 二点五, 二○三五.

    A run of bare digits with no place word reads positionally (二○三五 → 2035), and so do
    the digits after a decimal point (二点五 → 2.5, 百分之十二点零五 → 12.05); a digit right after a
    place word of a hundred or more fills the next place down (一千三 → 1300, 九十二万四 → 924000);
    Arabic digits may carry thousands separators and a decimal part.  Raises ``ValueError`` when ``s`` holds a
    character that is no numeral.
    """
    if s and all(ch in DIGITS for ch in s):
        return int("".join(str(DIGITS[ch]) for ch in s))
    whole, point, fraction = s.partition(next((p for p in DECIMAL_POINTS if p in s), "\0"))
    if point:
        scale = Decimal(1)
        while fraction and fraction[-1] in BIG_UNITS:  # 二点五万 = 25000
            scale, fraction = scale * BIG_UNITS[fraction[-1]], fraction[:-1]
        if not fraction or not all(ch in DIGITS for ch in fraction):
            raise ValueError(f"not a decimal numeral: {s!r}")
        digits = "".join(str(DIGITS[ch]) for ch in fraction)
        return plain_number((Decimal(parse_chinese_number(whole) if whole else 0) + Decimal("0." + digits)) * scale)
    return plain_number(_integer_part(s))


def _integer_part(s: str) -> Decimal:
    total, section, number = Decimal(0), Decimal(0), Decimal(0)
    at = 0
    if len(s) > 1 and s[-1] in DIGITS and DIGITS[s[-1]] and (SMALL_UNITS.get(s[-2]) or BIG_UNITS.get(s[-2], 0)) >= 100:
        place = SMALL_UNITS.get(s[-2]) or BIG_UNITS[s[-2]]  # 一千三 = 1300, 九十二万四 = 924000: the digit fills the next place
        return _integer_part(s[:-1]) + DIGITS[s[-1]] * Decimal(place) / 10
    while at < len(s):
        ch = s[at]
        if ch.isascii() and (ch.isdigit() or ch == "."):
            end = at
            while end < len(s) and (s[end].isdigit() or s[end] in ".,") and s[end].isascii():
                end += 1
            number, at = Decimal(s[at:end].replace(",", "")), end
            continue
        if ch in DIGITS:
            number = Decimal(DIGITS[ch])
        elif ch in SMALL_UNITS:
            section += (number or 1) * SMALL_UNITS[ch]
            number = Decimal(0)
        elif BIG_UNITS.get(ch) == 10**4:
            section, number = (section + number or 1) * BIG_UNITS[ch], Decimal(0)
        elif BIG_UNITS.get(ch) == 10**8:
            total, section, number = (total + section + number or 1) * BIG_UNITS[ch], Decimal(0), Decimal(0)
        else:
            raise ValueError(f"not a numeral character: {ch!r} in {s!r}")
        at += 1
    return total + section + number


def plain_number(value: Decimal) -> int | float:
    """``value`` as JSON wants it: an int when whole (6000, not 6000.0), else a float."""
    return int(value) if value == value.to_integral_value() else float(value)


def to_chinese_numeral(n: int) -> str:
    """Standard Chinese spelling of a non-negative integer: 10 → 十, 1001 → 一千零一."""
    if n < 0:
        raise ValueError("negative numbers have no numeral here")
    if n == 0:
        return "零"
    text = _spell(n)
    return text[1:] if text.startswith("一十") else text


def _spell(n: int) -> str:
    for value, name in ((10**8, "亿"), (10**4, "万")):
        if n >= value:
            high, low = divmod(n, value)
            gap = "零" if 0 < low < value // 10 else ""
            return _spell(high) + name + gap + (_spell(low) if low else "")
    out, zero = [], False
    for value, name in _SPELL_PLACES:
        digit, n = divmod(n, value)
        if digit:
            out.append(("零" if zero else "") + _SPELL_DIGITS[digit] + name)
            zero = False
        elif out:
            zero = True
    return "".join(out)




def calendar_date(year: int | None, month: int | None, day: int | None) -> tuple[str, str] | None:
    """ISO text and precision of a date (2021-12-24 ``day``, 2021-12 ``month``, 2021 ``year``,
    --12-24 for a day of an unstated year), or None when no calendar has it (2021年2月30日,
    13月, year 0).  The one date reader: clauses and metadata both decide here."""
    if year is not None and not 1000 <= year <= 2999:
        return None
    if month is None:
        return (f"{year:04d}", "year") if year is not None and day is None else None
    try:
        date(2000 if year is None else year, month, day or 1)  # 2000: a leap year, so --02-29 stands
    except ValueError:
        return None
    iso = ("-" if year is None else f"{year:04d}") + f"-{month:02d}" + (f"-{day:02d}" if day else "")
    return iso, "day" if day else "month"

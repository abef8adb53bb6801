"""Tables for the numeric-clause stage, and the Chinese numeral codec.

Everything the clause lexer, the grammar's transformer and the context rules need to
know about words lives here: numeral characters, units, bound words (with the
inclusivity the law gives them, see REFERENCE.md "Numbers in clauses"), scope and
period words, and the words that give a clause its role.  ``compiler.clauses`` builds
its regular expressions from these tables; only the shapes of a few context patterns
(按…的 and 占…比例 for a base, 分别 before a list, 每 before a per-unit basis) are spelled
out there.
"""
from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

# --- numerals -------------------------------------------------------------------------

DIGITS = {
    "零": 0, "〇": 0, "○": 0,  # U+25CB is used as zero in years (二○三五年)
    "一": 1, "壹": 1, "二": 2, "两": 2, "贰": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}
APPROX_DIGITS = "几数"  # 三十几, 数十万: a digit that stands for 1…9
FIVE_YEAR_PLANS = ("十一五", "十二五", "十三五", "十四五", "十五五")  # names, not 115…

_SPELL_DIGITS = "零一二三四五六七八九"
_SPELL_PLACES = ((1000, "千"), (100, "百"), (10, "十"), (1, ""))


def parse_chinese_number(s: str) -> int | float:
    """Value of a numeral written in Chinese, Arabic or a mix: 一百五十万, 1.5亿, 壹拾, 二○三五.

    A run of bare digits with no place word reads positionally (二○三五 → 2035); Arabic
    digits may carry thousands separators and a decimal part.  Raises ``ValueError``
    when ``s`` holds a character that is no numeral.
    """
    total, section, number = Decimal(0), Decimal(0), Decimal(0)
    if s and all(ch in DIGITS for ch in s):
        return int("".join(str(DIGITS[ch]) for ch in s))
    at = 0
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
        elif ch == "万":
            section, number = (section + number or 1) * BIG_UNITS[ch], Decimal(0)
        elif ch == "亿":
            total, section, number = (total + section + number or 1) * BIG_UNITS[ch], Decimal(0), Decimal(0)
        else:
            raise ValueError(f"not a numeral character: {ch!r} in {s!r}")
        at += 1
    return plain_number(total + section + number)


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


# --- units ----------------------------------------------------------------------------

MONEY_UNITS = {"元": "CNY", "美元": "USD", "欧元": "EUR"}
PERCENT_UNITS = {"%": "%", "‰": "‰", "个百分点": "百分点", "百分点": "百分点"}
COUNT_UNITS = ("项", "件", "家", "个", "人次", "人", "名", "户", "次", "条", "篇", "所", "批", "届",
               "种", "类", "套", "台", "部", "份", "笔")
DURATION_UNITS = ("年", "个月", "天", "日", "周", "个工作日", "工作日", "小时")
YEAR_MARKS = ("年度", "年")  # after a number: a year of the calendar, or a duration
MONTH_MARK = "月"
DAY_MARK = "日"
PERCENT_PREFIX = "百分之"
RANGE_SEPARATORS = ("-", "~", "—", "–", "〜", "至", "到")
ENUM_COMMA = "、"
LIST_CONJUNCTIONS = ("和", "及", "与", "或")  # 20万元和10万元; 示范和优势企业
LIST_SEPARATORS = (ENUM_COMMA, *LIST_CONJUNCTIONS)
APPROX_SUFFIXES = ("余", "多")  # 10余万元, 3000多件
MAGNITUDES = "十百千万亿"


class Bound(NamedTuple):
    """What a bound word says about the number next to it."""

    side: str | None  # "min", "max", or None (no bound)
    inclusive: bool | None = None
    approx: bool = False
    relative: bool = False  # 近三年, 满一年后: counted from a moving point


# Before the number.  Inclusivity: Criminal Law Art. 99, Civil Code Art. 1259.
PRE_BOUNDS = {
    "不超过": Bound("max", True), "不高于": Bound("max", True), "不大于": Bound("max", True),
    "最高": Bound("max", True), "最多": Bound("max", True), "至多": Bound("max", True),
    "低于": Bound("max", False), "不足": Bound("max", False), "不满": Bound("max", False),
    "未满": Bound("max", False), "少于": Bound("max", False), "小于": Bound("max", False),
    "不低于": Bound("min", True), "不少于": Bound("min", True), "不小于": Bound("min", True),
    "至少": Bound("min", True), "最低": Bound("min", True), "满": Bound("min", True),
    "不得超过": Bound("max", True), "不得高于": Bound("max", True), "不得多于": Bound("max", True),
    "不应超过": Bound("max", True), "不宜超过": Bound("max", True),
    "不得低于": Bound("min", True), "不得少于": Bound("min", True), "不应低于": Bound("min", True),
    "超过": Bound("min", False), "高于": Bound("min", False), "多于": Bound("min", False),
    "大于": Bound("min", False), "逾": Bound("min", False), "超": Bound("min", False),
    "约": Bound(None, approx=True), "大约": Bound(None, approx=True),
    "近": Bound("max", False, approx=True), "将近": Bound("max", False, approx=True),
    "接近": Bound("max", False, approx=True),
}
# After the number (or after its unit).
POST_BOUNDS = {
    "以上": Bound("min", True), "及以上": Bound("min", True), "以下": Bound("max", True),
    "及以下": Bound("max", True), "以内": Bound("max", True),
    "之内": Bound("max", True), "内": Bound("max", True), "为限": Bound("max", True),
    "封顶": Bound("max", True), "届满": Bound("min", True), "左右": Bound(None, approx=True),
    "后": Bound(None, relative=True), "以后": Bound(None, relative=True),
}
# （含）/（不含） after a number say whether that end of a range is included.
INCLUSION_MARKS = {"(含)": True, "（含）": True, "(不含)": False, "（不含）": False}
# Words that may stand between a bound and its number: 最高奖励10万元, 至少有一件.
BOUND_FILLERS = ("给予", "给与", "奖励", "资助", "补贴", "补助", "支持", "获得", "拥有", "包含", "有")

# Relative times with no number in them.
RELATIVE_TIMES = ("上一年度", "上年度", "上一年", "上年", "本年度", "次年", "次月", "当月",
                  "自印发之日起", "自发布之日起", "自公布之日起", "自施行之日起", "自实施之日起")

# A count or duration in Chinese numerals (两个方向, 三年行动计划) is mostly a name or a
# figure of speech; it is kept only with a bound, as relative time, or after these.
CN_QUANTITY_LEADS = ("为", "每")

# Words right after an amount that make it the denominator of a measure (万元GDP能耗).
DENOMINATORS = ("GDP",)

# --- context words --------------------------------------------------------------------

GRANT_WORDS = ("给予", "给与", "资助", "奖励", "补贴", "补助", "支持", "奖补", "拨付", "配套")
MONEY_CONTEXT = GRANT_WORDS + ("资金", "经费", "融资", "金额", "额", "收入", "利税", "投资", "贷款")
SHARE_VERBS = ("承担", "负担", "分担")
SHARE_TRIM_HEAD = ("并由", "由")
SHARE_TRIM_TAIL = ("各自", "各", "分别", "共同")
SCOPE_HEADS = ("每一", "每", "单", "同一")
SCOPE_MEASURES = ("个", "家", "位", "名", "所", "户", "笔", "项", "件")
SCOPE_NOUNS = ("专利权利人", "权利人", "调解组织", "企业", "项目", "单位", "主体", "组织", "机构",
               "平台", "联盟", "设区市", "地区", "园区", "组合", "申请人", "发行人", "中心")
SCOPE_BARE = ("单户", "单项", "单笔", "单件")
PERIOD_WORDS = ("每年", "年度", "年均", "累计", "一次性")  # 年度 not after 上/本/上一/a year number
PERIOD_EVERY = "每"  # 每两年, 每3年: a frequency
PERIOD_ONCE = ("限", "一次")  # 限奖励一次 → "限一次"
PER_MEASURES = ("件", "项", "户", "人", "个", "家", "次", "篇", "名", "笔")
# Text in front of an enumeration that is not part of its first item.
ENUM_LEADS = ("评价为", "评选出", "评定为", "认定为", "确定为", "争创成", "获得", "获批", "列入",
              "对于", "对", "为", "每个", "每家", "被")
ENUM_TAIL = "的"  # 对获得金奖、银奖的，分别…
CONDITION_HEADS = ("设区市", "企业", "单位", "地区", "项目", "申报单位")  # 超过1万件的设区市
DATE_ROLE_BEFORE = {"截止": "deadline", "截至": "deadline", "有效期至": "expiry", "有效期到": "expiry"}
DATE_ROLE_AFTER = {"起施行": "effective", "起实施": "effective", "起执行": "effective",
                   "起生效": "effective", "之前": "deadline", "前": "deadline"}

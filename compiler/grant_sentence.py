"""How a sentence grants (a helper of the eligibility stage): who gets it — the part from 对 to the grant
verb, or the subject a sentence names before it (集成电路设计企业开展…，省级按…给予; 七十周岁以上的老年人，…享受下列
优惠待遇) —, by which verb, and what is given, for the programme's title.  Patterns only: the eligibility
stage (compiler/eligibility.py) reads the conditions of what these find."""
from __future__ import annotations

import re
from typing import Iterator

from . import facts as F

# 给予警告，可以并处二千元以下罚款: a penalty grants nothing
PENALTY = re.compile(F.PENALTY)
# 补贴发放期间人才离开本市的，停止发放剩余补贴: a grant stopped, for whom it says — no grant
STOPPED = re.compile(r"(?:停止|暂停|不再|终止)(?:发放|拨付|兑付|兑现|享受)|停发|收回[^，,。；;]{0,8}(?:补贴|奖励|资金)")

# 对获得中国驰名商标的单位，给予…: what is rewarded is the segment after 对
EVENT = re.compile(r"(?:^|(?<=[，,：:]))\s*(?:\d+[.、．])?对(?:于)?(?P<event>[^，,。；;]{2,60})")

PAYS = "给予|奖补|奖励|补助|补贴|资助"  # the verbs of a grant sentence's subject form
RELIEVES = "免征|减征|免缴|减半征收|减按"  # …and of a tax relief (减按1%的税率征收契税)
RELIEF = re.compile(f"{F.TAX_RELIEF}|{F.RAISED}")  # a benefit with no amount: a tax relief, a raised limit
RELIEF_VERB = re.compile(RELIEVES)

# 集成电路设计企业开展工程产品首轮流片，省级按…给予奖补: a grant whose event is its first segment
# 集成电路设计企业开展工程产品首轮流片，省级按…合同金额的30%，给予一次性奖补: the first segment, and
# 拥有…的人员,在我市创办…企业,且…以上的,按照销售收入的10%给予…: all up to the 的 before 按
# (…三孩及以上家庭购买新建商品住房的,不限面积,按购房款的2%给予补贴; …的购房人，不论户籍是否在本市，每套补贴1万元:
# a limit lifted, or a fact said not to matter, between who and what is paid)
# 将…合作，且上一年度收入在1000万元以下的科技型企业“科技贷”损失补偿比例提高至80%: a share raised for those the words
# before it name (the raise is the benefit)
RAISED_FOR = re.compile(r"\s*(?:将|对)?(?P<who>[^。；;：:]{4,100}?的[^，,。；;的]{0,12}?(?:企业|单位|机构|主体|人员|人才|家庭))"
                        r"(?:“[^”]{1,12}”)?[^，,。；;]{0,12}?(?:比例|标准|额度|限额|上限)(?:可)?(?:提高|放宽|上浮|提升)(?:到|至)")
SUBJECT_EVENT = re.compile(r"(?:(?P<event>[^，,。；;：:]{4,80})[，,](?:(?:不限|不受|不论|无论|不管|不区分|不分)[^，,。；;]{0,14}[，,])?"
                           r"(?:[^，,。；;]{0,12}?按(?:照)?[^，,。；;]{0,40}[，,])?"
                           r"|(?P<whose>[^。；;：:]{4,120}?(?:的|家庭|企业|单位|人才|人员|个人|居民|职工|毕业生))[，,]"
                           r"(?=\s*(?:[^，,。；;]{0,12}?按(?:照)?[^，,。；;]{0,40}?[，,]?)?"
                           rf"[^，,。；;]{{0,12}}?(?:{PAYS}|{F.RAISE_VERB})))"
                           r"(?:(?!享受|未|(?<![按照])不|其他|其它)[^，,。；;]){0,30}?"  # 从未享受其它生活补贴: a condition; 按照不超过…的比例给予: how much
                           r"(?<!申领)(?<!申请)(?<!申报)(?<!领取)"  # 申领补贴时…经营6个月以上的: when one applies, a condition
                           rf"(?:{PAYS}|{RELIEVES}|{F.RAISE_VERB})"
                           r"(?!资金|时限|标准|期限|对象|范围|方式|程序|政策)")  # 补贴资金总计…: no grant

GRANT = re.compile(r"(?:一次性|分别|每人|每户|按照?[^，,。；;]{0,30}?)?(?:给予|奖励|奖补|补贴|补助|资助|发放|发给|兑现|"
                   rf"{F.FREE_SERVICE}|(?:可|均可)?(?:申领|申请|享受)"
                   rf"|[^，,。；;]{{0,12}}?{F.RAISE_VERB})")  # …的，贷款限额可放宽到…

PAYER = re.compile(r"[，,]?\s*(?:省级|市级|区级|县级|市财政|区财政|县财政|省财政|财政|政府"
                   r"|(?:县级以上|各级|地方各级|省、市、县)?(?:人民)?政府(?:应当|应|可以|可)?)?\s*(?:每[件项个家户人年月])?"
                   r"(?:一次性)?\s*$")  # 对一百周岁以上的老年人，县级以上人民政府应当发给…: who pays, not who gets

# 2023年9月20日—2025年6月30日，在孝创业就业的…: a period before whom a grant is for
PERIOD_FIRST = re.compile(rf"(?=[^，,。；;]{{0,8}}\d)(?:{F.PERIOD_BEFORE})")

# （一）500万元（含）至1000万元的奖励10万元: a case of a figure, then what it is paid (under 按…分档奖励：)
CASE_PAID = re.compile(rf"\s*(?P<case>\d(?:(?!{PAYS})[^，,。；;：:]){{0,30}}?)的(?=(?:一次性)?(?:给予)?(?:{PAYS})[^，,。；;]{{0,8}}?\d)")
# （一）基础补贴：新市民购房的，按…给予补贴: the name of a grant as a run-in label, then its sentence
GRANT_LABEL = re.compile(r"\s*[^，,。；;：:]{2,12}?(?:补贴|奖励|补助|资助|奖补|津贴)[：:]\s*")
# （一）A类人才（国内外顶尖人才）：给予购房补贴200万元: a talent class as a run-in label, its other name in brackets
CLASS_LABELLED = re.compile(r"\s*(?P<who>(?:[A-H]|[一二三四五六七])类(?:人才|人员)?(?:[（(][^（()）]{1,20}[）)])?)[：:]\s*")
# （二）新市民：按购房总价款的1%给予补贴: a group named as a run-in label, then what it is paid
LABELLED = re.compile(rf"\s*(?P<who>[^，,。；;：:]{{0,10}}(?:{F.PERSON_WORDS}|市民|企业|单位|家庭))[：:]"
                      rf"(?=[^。；;]{{0,40}}?(?:{PAYS}))")
ENJOYS = re.compile(rf"\s*(?P<who>[^，,。；;]{{2,40}}?(?:{F.PERSON_WORDS}|企业|单位))(?:可|均可)?享受"
                    rf"(?=[^，,。；;]{{0,20}}?(?:{F.BENEFIT_IN_KIND}|补贴|奖励))")
ALLOWED = re.compile(rf"\s*(?P<who>[^，,。；;]{{2,40}}?(?:{F.PERSON_WORDS}))[，,]?[^。；;]{{0,60}}?{F.ALLOWANCE_GRANT}")
CAN_CLAIM = re.compile(r"(?:时|后|的)?[，,]?(?:可|均可|即可)(?:申领|申请|享受)(?:[^，,。；;]{0,10}(?:补贴|补助|奖励|资助|房票|公寓)"
                       r"|[^，,。；;]{0,20}担保贷款)")  # …的人员，可申请最高30万元的个人创业担保贷款(，财政按规定给予贴息)

# the words of a grant's event that name whom it is for (a person, a family, an enterprise …)
# 全日制本科学历人才给予每套2万元补贴 (after ；, beside a grant to others for buying a home): a group with no event of its
# own (no 对, no 的) and its amount — the event of the grant before it in the paragraph is theirs too
GROUP_PAID = re.compile(rf"\s*(?P<who>(?:(?![对的])[^，,。；;：:]){{2,24}}?(?:{F.PERSON_WORDS}))(?:可|均可)?(?:一次性)?(?:{PAYS})"
                        r"(?=[^，,。；;]{0,12}\d)")
RECIPIENT = re.compile(rf"{F.PERSON_WORDS}|企业|单位|机构|团队|组织|主体|纳税人|个体工商户|项目|平台|基地|园区|载体|商户|者")

# 本科毕业生补贴2万元, 硕士研究生8万元: a degree and its amount
DEGREE_AMOUNT = re.compile(r"(?P<degree>博士|硕士|研究生|本科|学士|大专|专科)[\u4e00-\u9fff]{0,6}?(?:补贴|奖励|补助|给予|发放)?"
                           r"(?:每人|每套)?\d+(?:\.\d+)?万?元")

# 博士研究生补贴10万元, 对硕士研究生给予5万元补贴, 三孩家庭5万元: one row of a sentence that pays each
# group its amount (amount_rows); not a quantity that picks the amount (面积在90平方米以下的补贴1万元).
_AMOUNT_ROW = (r"\s*(?:对|其中)?(?P<who>(?!按|最高|不超过|每|给予|补贴|奖励)[^，,、；;：:\d]{2,24}?)(?<!的)(?<!奖励)(?<!补贴)(?<!给予)的?"
              r"(?:每人|每户|每套|每件|每项|每家|每个)?(?:每月|每年)?(?:一次性)?(?:最高)?(?:可)?"
              r"(?:补贴|奖励|补助|资助|给予|发放|[：:])?{total}"
              r"(?:每人|每户|每套|每件|每项|每家|每个)?(?:每月|每年)?"
              r"(?:一次性)?(?:最高)?\d+(?:\.\d+)?万?元(?:[^，,、；;：:\d]{0,8})?\s*")
AMOUNT_ROW = re.compile(_AMOUNT_ROW.replace("{total}", ""))
# 博士研究生购房补贴总额为15万元，硕士研究生购房补贴总额为5万元: in a sentence of two rows or more, what the amount is of
# may be said (总额为, 标准为); alone, 一次性求职创业补贴标准为每人3000元 names the grant, not whom it is for
LISTED_ROW = re.compile(_AMOUNT_ROW.replace("{total}", "(?:总额|金额|标准|额度)?(?:为)?"))

# 大专生每月500元、本科生每月800元…: a sentence that only says how much, for whom the sentences before say
AMOUNTS_ONLY = re.compile(r"[^，,。；;]{0,12}?(?:每人|每户|每月|每年|每套|每平方米)?[^，,。；;]{0,6}?\d")

# 对省级数字化车间、智能工厂: an event that is a list of titles (named_titles)
TITLE_LIST = re.compile(r"^(?:新)?(?:获得|获评|获批|被认定为|认定为|被评为|评为|入选|首次认定为|新认定为|新认定的|认定)?"
                        r"(?P<list>(?:[\u4e00-\u9fff“”]{3,16}[、和及与]?){1,6})$")
LEVEL = re.compile(r"^(?:国家级|省级|市级|区级|县级|国家|省|市)")


_THOUSANDS = re.compile(F.THOUSANDS_COMMA)  # 5,000平方米: one number, not two phrases


def _one_number(text: str) -> str:
    """The text with each thousands comma replaced by a mark no pattern cuts at (same length: spans hold)."""
    return _THOUSANDS.sub("\u066c", text)


def grant_event(sentence: str, subject: bool = False) -> tuple[int, int] | None:
    """Where a grant sentence says who gets it: 对在市区范围内就业,依法缴纳2年及以上社保的高校毕业生,
    在市区新安家的一次性给予5万元 → everything from 对 to the grant verb.  With ``subject``, a
    sentence without 对 (集成电路设计企业开展工程产品首轮流片，省级按…给予) gives its first segment.
    A penalty (给予警告，可以并处二千元以下罚款) or damages grant nothing."""
    if PENALTY.search(sentence):
        return None
    sentence = _one_number(sentence)  # 展览面积达到5,000平方米（含）以上…的: the whole figure is the event's
    # …的，在享受普通购房补贴的基础上，每套再给予1万元补贴: a grant on top of another, said in passing
    sentence = _ON_TOP.sub(lambda m: "，" + " " * (len(m.group()) - 2) + " ", sentence)
    m = EVENT.search(sentence)
    if m:
        start = m.start("event") if not m.group("event").startswith("其") else 0  # …的企业，对其入驻…: the one before
        verb = GRANT.search(sentence, start) or RELIEF_VERB.search(sentence, start)  # …的，减按1%的税率征收契税
        if not verb or not re.search(F.FREE_SERVICE, verb.group()) and not re.search(rf"\d|补贴|奖励|资助|支持|补助|贴息|房票|公寓|{F.BENEFIT_IN_KIND}|{F.ALLOWANCE}",
                                     sentence[verb.end(): verb.end() + 20]) \
                and not re.fullmatch(r"(?:予以|给予)(?:补助|补贴|奖励|资助)", sentence[verb.start() - 2: verb.end()]):
            return None
        end = verb.start()
        end = start + len(PAYER.sub("", sentence[start:end]).rstrip("，, 的"))
        return (start, end) if end - start >= 2 else None
    if subject and (period := PERIOD_FIRST.match(sentence)) and period.end() < len(sentence):
        # 2023年9月20日—2025年6月30日，在孝创业就业的…购买首套新建商品住房，分别给予…: who, after the period
        where = grant_event(sentence[period.end():], subject)
        if where is not None:
            return period.end() + where[0], period.end() + where[1]
    if subject and (m := CLASS_LABELLED.match(sentence)):
        # （二）B类人才（国家级领军人才）：年龄不超过60周岁的，给予购房补贴100万元: the class, and what the row asks of it
        rest = sentence[m.end():]
        if re.match(rf"\s*(?:给予|{PAYS})", rest):
            return m.span("who")
        where = grant_event(rest, subject)
        if where is not None:
            return m.start("who"), m.end() + where[1]
    if subject and (m := RAISED_FOR.match(sentence)):
        return m.span("who")
    if subject and (m := SUBJECT_EVENT.match(sentence)):
        if m.group("event"):
            return m.span("event")
        return m.start("whose"), m.end("whose") - (1 if m.group("whose").endswith("的") else 0)
    if subject and (m := GRANT_LABEL.match(sentence)) and (where := grant_event(sentence[m.end():], subject)):
        return m.end() + where[0], m.end() + where[1]  # （二）青年学历补贴：年龄在40周岁以下…的新市民，按…给予补贴
    if subject and (m := LABELLED.match(sentence)):  # 新市民：按购房总价款的1%给予补贴
        return m.span("who")
    if subject and (m := ENJOYS.match(sentence)):  # A、B、C、D类高层次人才享受长沙户籍人口购房政策
        return m.span("who")
    if subject and (m := ALLOWED.match(sentence)):  # 七十周岁以上的老年人，持…证件，在全省范围内享受下列优惠待遇
        return m.span("who")
    if subject and (m := CAN_CLAIM.search(sentence)) and m.start() >= 4:  # 人才来淮创业就业…时可申领购房补贴
        return (0, len(sentence[: m.start()].rstrip("，, 的时")))
    return None

def grant_text(rest: str) -> str:
    """给予每件20万元奖励 → 每件20万元奖励: what a grant sentence gives, for its title."""
    rest = _ON_TOP.sub("，", rest)  # (，在享受普通购房补贴的基础上，每套再给予1万元补贴: what this grant gives)
    rate = re.search(r"按(?:照)?(?P<basis>[^，,。；;按]{2,24}?)(?:的标准)?(?:给予|予以)(?P<what>[^。；;，,]{1,12})", rest)
    if rate and re.search(r"\d", rate.group("basis")):  # 按所缴契税的50%给予补贴 → 所缴契税的50%补贴: the rate is the amount
        return (rate.group("basis") + rate.group("what")).strip(" ，,。")[:30]
    m = re.search(r"(?:给予|一次性给予|(?:奖励|补助|补贴|资助)(?![金费]))(?P<what>[^。；;]{1,30})", rest)  # not 丧葬补助金
    allowance = re.search(F.ALLOWANCE_GRANT, rest)
    if allowance and (not m or len(m.group("what").strip(" ，,。")) < 2):  # 发给长寿保健补助费: what the verb gives
        return allowance.group()
    return (m.group("what") if m else rest).strip(" ，,。") [:30]

def named_titles(text: str) -> tuple[str, ...]:
    """对省级数字化车间、智能工厂 → (省级数字化车间, 省级智能工厂): a list of titles an event names,
    the level word of the first shared by the rest; none when the event is not such a list."""
    m = TITLE_LIST.match(text)
    if not m or re.search(r"\d|在|的|开展|实施|建设|投资|完成|达到|超过|首次|新建|购买|引进", m.group("list")):
        return ()
    names = [n for n in re.split(r"[、和及与]", m.group("list")) if n]
    level = LEVEL.match(names[0])
    if level:
        names = [n if LEVEL.match(n) else level.group() + n for n in names]
    if not all(re.search(r"(?:企业|工厂|车间|中心|基地|平台|园区|品牌|商标|称号|示范|单位|项目|实验室|冠军|巨人|字号)$", n) for n in names):
        return ()
    return tuple(names)


_ROW = re.compile(r"[^，,；;]+")


def amount_rows(sentence: str) -> list[tuple[int, int, int, int]] | None:
    """博士研究生补贴10万元，硕士研究生补贴5万元: where each row starts, where its recipients are and where it
    ends, when every part of the sentence (at ，；) is one group and its amount — two at least; None for any
    other sentence."""
    rows = []
    body = _one_number(sentence.rstrip("。；; \n"))
    # 企业补贴“人才房票”补贴额度:按所购房屋单套建筑面积分档进行补贴,单套房屋建筑面积≧144m2补贴5万元,…: a lead that says a
    # quantity picks the amount — then each row is its quantity and its amount
    tiered = _TIER_LEAD.match(body)
    label = tiered or re.match(r"\s*[^，,；;：:]{2,8}[：:]", body)  # 补贴标准：A类人才补贴100万元，…: the label is no row
    at = label.end() if label else 0
    for part in _ROW.finditer(body, at):
        m = LISTED_ROW.fullmatch(part.group()) or (_QUANTITY_ROW.fullmatch(part.group()) if tiered else None)
        if m is None and len(rows) >= 2 and not re.search(r"\d", body[part.start():]):
            return rows  # …，自审核通过当年起分三年发放: what follows the rows says how they are paid, not to whom
        if m is None:  # 面积在90平方米以下的补贴1万元: a number among the recipients' words picks the amount
            return None
        rows.append((part.start(), part.start() + m.start("who"), part.start() + m.end("who"), part.end()))
        at = part.end()
    return rows if len(rows) >= 2 and at == len(body) else None


# 按所购房屋单套建筑面积分档进行补贴,: a quantity picks the amount, row by row after it
TIER_LEAD = re.compile(r"按(?:照)?[^，,；;：:。]{2,30}?分档(?:进行|给予)?(?:补贴|奖励|补助|资助)?[，,：:]")
_TIER_LEAD = re.compile(r"\s*(?:[^，,；;：:]{2,20}[：:])?\s*" + TIER_LEAD.pattern)
_QUANTITY_ROW = re.compile(r"\s*(?P<who>[^，,；;：:]{2,30}?)(?:的)?(?:补贴|奖励|补助|资助|给予)(?:每人|每户|每套)?\d+(?:\.\d+)?万?元\s*")
_SENTENCE = re.compile(r"[^。；;]+")
_ON_TOP = re.compile(r"[，,]\s*在(?:享受|领取|获得)[^，,。；;]{1,20}?(?:的)?基础上[，,]")


def grant_pieces(text: str) -> Iterator[tuple[re.Match, tuple[int, int] | None]]:
    """The sentences of ``text`` that may grant, with a sentence of amount rows (amount_rows) cut into its
    rows, each with where its recipients are (None: grant_event finds them)."""
    for whole in re.finditer(r"[^。]+", text):  # rows may be cut at ；: 博士研究生每人10万元；硕士研究生每人5万元
        rows = amount_rows(whole.group())
        parts = [(whole, rows)] if rows else [(s, amount_rows(s.group()))
                                              for s in _SENTENCE.finditer(text, whole.start(), whole.end())]
        for chunk, rows in parts:
            if rows is None:
                yield chunk, None
                continue
            for start, who, end_who, end in rows:
                yield _ROW.match(text, chunk.start() + start, chunk.start() + end), (who - start, end_who - start)

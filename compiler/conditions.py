"""Reading conditions: which nodes state them, and the words of a segment as tests of named facts.

``mark_conditions(nodes)`` (run by the annotate stage, before clauses are read, so numbers under
申报条件 are read as thresholds) gives items and paragraphs ``role = "condition"`` under an
eligibility heading (申报条件, 支持对象, 申报主体, 基本条件) or lead-in (应符合下列条件：, 符合下列
条件之一：), and ``role = "exclusion"`` under 有下列情形…不予支持：/不得申报/不予受理.

Reading one condition: the words of a segment (一段 between ，；。) as tests of named facts.

``read_segment(seg)`` applies an ordered table of rules (:data:`RULES`, as markdown-it orders its
block rules): each rule looks at the segment, and every rule that matches adds its tests and marks
the characters it read.  What no rule read and is not a filler word (:data:`facts.FILLER`) stays
as a *text condition* a person must judge — so a segment is decided only where every word of it
was read, and ``首次在济宁就业`` is a region test **and** an open question, never a silent true.

Numbers come from the segment's threshold clauses (read by the numeric stage); the fact a number
is about is named by the words before it (:data:`facts.FACTS` phrasings), or by its unit (周岁 is
an age, 个月 after 社保 are months of social insurance).  Places are read through :mod:`places`.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterator

from . import facts as F
from . import lexicon as L
from . import places as P
from .model import Node, Test

Span = tuple[int, int]


@dataclass(frozen=True)
class Segment:
    """What a rule reads: the text, its clauses (type, bounds, unit, id, offsets in ``text``), the
    territory of the document, and whether it states an exclusion (有失信记录的 → dishonest true)."""

    text: str
    clauses: tuple  # (clause id, placed clause, start, end) with offsets into text
    chain: tuple  # places.territory of the document
    exclusion: bool = False
    years: str | None = None  # 近三年: which years its numbers are about
    context: str = ""  # the sentence around the segment (2021年…至2023年…期间，…购买)
    person: bool = False  # the document grants to persons: a title it names is the employer's
    full_sentence: str = ""  # the sentence to its 。, all its ；-parts (面积…以下的，…；面积…以上的，…)
    terms: tuple = ()  # the terms the document defines with conditions (本细则所称高层次人才，是指…): a use asks the definition


Found = tuple[Test, Span]
Rule = Callable[[Segment], Iterator[Found]]


_AREA_ROW_GRANT = re.compile(rf"{F.AREA_ROW}的[，,][^。；;]*(?:给予|补贴|补助|奖励)")


def read_segment(seg: Segment) -> tuple[list, bool]:
    """The tests a segment states — each a :class:`Test`, or a tier table ``("tiers", [(selector,
    test), …])`` — and whether words of it are left for a person to judge."""
    tests: list = []
    spans: list[Span] = []
    read = [False] * len(seg.text)
    tables = list(age_tiers(seg)) + list(age_exception(seg)) + list(respective_ages(seg)) + list(work_either(seg)) + list(schools(seg)) \
        + list(amount_tiers(seg)) + list(stay_or_return(seg)) + list(degree_or_title(seg)) + list(residential(seg)) \
        + list(titled_employers(seg))
    for table, (a, b) in tables:
        tests.append(table)
        spans.append((a, b))
        for i in range(a, min(b, len(read))):
            read[i] = True
    taken = list(read)
    # 限上商贸企业(含个体工商户), 高校毕业生（含技工院校）: what a bracket includes widens, it asks nothing
    # (在德阳市行政区域内（含旌阳区、…德阳高新技术产业开发区）: the places of the territory named, not an area it defines — 以下简称)
    # (（含本市各县（市）户籍人员和外市户籍人员）: a bracket inside it)
    widening = [m.span() for m in re.finditer(r"[（(](?:含|包括|包含)(?:(?:[^（()）]|[（(][^（()）]{1,6}[）)]){1,30}"
                                              r"|(?![^（()）]*以下(?:简|统)?称)[^（()）]{31,80})[）)]", seg.text)]
    # 申请租赁人才公寓的人才及其配偶…: who applies, named by what they apply for — asked of nobody
    # (申报瞪羚企业库的企业: the firm that applies, named by what it applies for)
    # (not 申请家庭为生育二孩及以上的家庭: what the family is, said with 为)
    widening += [m.span() for m in re.finditer(rf"^(?:申请|申报)(?:租赁|购买|享受|领取|申领)?[^，,。；;的为是]{{2,12}}的(?=(?:{F.PERSON_WORDS}|企业$|单位$))",
                                               seg.text)]
    # 本市户籍居民和外地户籍居民: any 户籍, asked of nobody
    widening += [m.span() for m in re.finditer(F.ANY_HUKOU, seg.text)]
    widening += [m.span() for m in re.finditer(F.NO_LIMIT, seg.text)]  # 不限户籍，不限面积
    widening += [m.span() for m in re.finditer(F.EASED_FOR, seg.text)]  # 紧缺急需专业人才可适当放宽: discretion only
    widening += [m.span() for m in re.finditer(F.REGARDLESS, seg.text)]  # 不论户籍是否在本市
    # 本细则所称返乡入乡创业人员，是指…: the term a definition names — what it is, the words after 是指 say
    widening += [m.span() for m in re.finditer(r"^(?:本|该)(?:办法|细则|通知|方案|意见|规定|措施|政策|指南|公告|通告|条例|规则)(?:中)?所称[^，,。；;]*$",
                                                seg.text)]
    # …的个人，可按本细则申请契税补贴: what they may then do, asking nothing
    widening += [m.span() for m in re.finditer(r"(?:均)?可(?:以)?(?:按|依照|依据|根据|按照|参照)本(?:办法|细则|方案|通知|措施|政策|意见|规定)"
                                                r"(?:的?规定)?(?:申请|申领|享受|申报)[^，,。；;]{0,12}", seg.text)]
    # …且在沈阳市租房居住的高校毕业生，可同时申领租房补贴: what they may then claim, asking nothing
    widening += [m.span() for m in re.finditer(r"^(?:均)?(?:可|可以)(?:同时|另行|一并|再)?(?:申领|申请|享受|领取)[^，,。；;]{0,12}"
                                                r"(?:补贴|补助|奖励|资助|安家费)$", seg.text)]
    # 已缴纳本套住房契税: the purchase's act, like 缴纳契税 (the key's readers ask no profile for it)
    widening += [m.span() for m in re.finditer(r"(?:已)?(?:缴纳|缴清)(?:了)?本套(?:住房|房屋)?(?:的)?契税", seg.text)]
    # …之日起6个月内提出申请: the application the limit is for (the months are read as years_since_purchase)
    # (…之日起超过12个月提出申请的: the application too late, an exclusion's act)
    widening += [m.span() for m in re.finditer(r"(?<=[月年])(?:(?:内|以内)(?:提出|提交)?|(?:后|以后)?(?:才|仍|未)?(?:提出|提交))"
                                                r"(?:首次)?(?:申请|申报|申领)", seg.text)]
    # 以创业实体职工或灵活就业人员身份参加…养老保险: in which capacity one is insured, asking nothing more
    widening += [m.span() for m in re.finditer(r"以[^，,。；;以]{2,24}?身份(?=参加|缴纳|参保|缴费)", seg.text)]
    # 经乡镇（街道）核实确有困难的，可适当放宽至3个月: a limit eased at discretion — the limit stands, a person may ease it
    widening += [m.span() for m in re.finditer(r"^经[^，,。；;]{2,20}?(?:核实|审核|认定|同意)[^，,。；;]{0,10}?的$|^(?:可)?(?:适当|酌情)放宽(?:至|到)[^，,。；;]{1,10}$",
                                                seg.text)]
    # 在本市无自有产权住房（本次申请资助的住房除外）: the home applied for does not count, asking nothing more
    widening += [m.span() for m in re.finditer(r"[（(](?:本次|本套|所)(?:申请|申报|购买)?[^（()）]{0,10}?(?:住房|房屋)除外[）)]", seg.text)]
    # 社会保险缴费记录不少于6个月（不含补缴）: how the months count, asking nothing more
    widening += [m.span() for m in re.finditer(r"[（(](?:不含|不包括|不包含|含)(?:一次性)?补缴[^（()）]{0,8}[）)]", seg.text)]
    # 并完成商品房买卖合同网签备案: the purchase's act, recorded (its day, when the text gives one, is read as home_purchased)
    widening += [m.span() for m in re.finditer(r"(?:并|且)?(?:已)?(?:完成|办理)(?:了)?(?:商品房|购房|住房)?(?:买卖)?(?:合同)?"
                                                r"(?:的)?(?:网签备案|网签|备案)(?:手续)?", seg.text)]
    widening += [m.span() for m in re.finditer(r"[（(]夫妻(?:双方)?(?:或|之)?(?:一方|任一方)[）)]", seg.text)]  # 申请人(夫妻一方)
    # 经区经济和信息化局按照本办法认定的: the recognition the text itself grants, what applying leads to
    widening += [m.span() for m in re.finditer(r"经[^，,。；;]{0,16}?(?:按照|依照|根据)本(?:办法|细则|方案|规定|通知)(?:规定)?"
                                                r"(?:认定|评定|确认)(?:的)?", seg.text)]
    widening += [m.span() for m in re.finditer(F.SETTLED, seg.text)]  # 可直接落户: what a 落户 guide grants
    # 毕业5年内（以毕业证书落款日期起算至购房合同网签之日）: how a span of time is counted, asking nothing more
    widening += [m.span() for m in re.finditer(r"[（(]以[^（()）]{2,30}?(?:起算|计算|为准)[^（()）]{0,20}[）)]", seg.text)]
    # 年龄在35周岁以下（1990年1月1日及以后出生）: the limit again as a day of birth — the age test reads it
    widening += [m.span("day") for m in re.finditer(r"周岁(?:以下|以内|及以下)?(?P<day>[（(][^（()）]{4,20}?(?:以后|之后|后)出生[）)])",
                                                   seg.text)]
    widening += [m.span() for m in re.finditer(F.BUYER_IS_APPLICANT, seg.text)]  # 申请人须为所购住房的产权人: the buyer
    # 购买新建商品住房或二手住房: either home, asked of no one
    widening += [m.span() for m in re.finditer(F.EITHER_HOME, seg.text)]
    # 夫妻双方在芜湖市区均无自有住房: the family's homes, which homes_owned counts — whose, it says no more
    widening += [m.span() for m in re.finditer(r"(?:申请人)?(?:夫妻双方|本人及(?:其)?配偶)(?=[^，,。；;]{0,12}?均?(?:无|没有)[^，,。；;]{0,6}住房)",
                                               seg.text)]
    widening += [m.span() for m in re.finditer(r"均(?=(?:无|没有)[^，,。；;]{0,6}住房)", seg.text)]
    # 夫妻双方或一方为本县户籍: whose 户籍 (the place rule makes it the applicant's or open)
    widening += [m.span() for m in re.finditer(rf"(?:夫妻)?(?:{F.EITHER_HUKOU})(?=[^，,。；;]{{0,10}}(?:{F.HUKOU}))", seg.text)]

    # (…多孩家庭购房不限面积), （多子女家庭不受面积限制）: whom a limit spares, not whom the grant asks for
    widening += [m.span() for m in re.finditer(r"[（(][^（()）]*(?:不限|不受[^（()）]{0,8}限制)[^（()）]*[）)]", seg.text)]
    # 面积为90平方米及以下的，减按1%…；面积为90平方米以上的，减按1.5%…: areas that choose the amount, each paid
    sentence = seg.full_sentence or seg.context or seg.text
    # …and one tier of a list (2.建筑面积90平方米以上144平方米（含）以下的，按购房合同价款的1.5%给予补贴；): the same
    if len(re.findall(F.AREA_SELECTOR, sentence)) >= 2 \
            or _AREA_ROW_GRANT.match(sentence):
        widening += [m.span() for m in re.finditer(F.AREA_SELECTOR, seg.text)]
    for a, b in widening:
        for i in range(a, b):
            read[i] = True
    for _, rule in RULES:
        for test, (a, b) in rule(seg):
            if any(x <= a and b <= y for x, y in widening):
                continue
            overlaps = tables and a < b and any(taken[i] for i in range(a, min(b, len(taken))))
            if not overlaps and test not in tests:  # 稳定就业或创业: the either table has 就业
                tests.append(test)
                spans.append((a, b))
            for i in range(a, min(b, len(read))):
                read[i] = True
    for term in seg.terms:  # 高层次人才在本市市区首次购买商品住房的: the term's definition binds its programme, the word asks no more
        for m in re.finditer(re.escape(term), seg.text):
            for i in range(*m.span()):
                read[i] = True
    for m in re.finditer(F.FOUNDER, seg.text):  # 注册小微企业、个体工商户…: what a founder runs, read with 创业
        if any(t.fact == "entrepreneur" for t in tests if isinstance(t, Test)):
            for i in range(*m.span()):
                read[i] = True
    tests, spans = _bracketed_alternatives(seg, tests, spans)
    tests = _open_groups(seg, tests, spans)
    for k, table in enumerate(tests):
        if isinstance(table, tuple) and len(table) == 3:  # the groups' words are the open alternative
            rows = list(table[1])
            (a0, b0), shared = table[2][0], False
            lead = _lead_end(seg.text, (a0, b0))  # 企业新引进的工作一年以上的博士研究生、硕士研究生…: said of each
            if lead > a0 and not inside_bracket(seg.text, a0, lead):
                shared = _left_over("".join(" " if r else ch for ch, r in zip(seg.text[a0:lead], read[a0:lead])))
                for i in range(a0, lead):
                    read[i] = True
            for j, (a, b) in enumerate(table[2]):
                own = "".join(" " if r else ch for ch, r in zip(seg.text[a:b], read[a:b]))
                if rows[j] and (_left_over(own) or shared):  # 大学生〔…留吉返吉高校毕业生〕: that group's words no rule read
                    rows[j] = (*rows[j], None)
                for i in range(a, min(b, len(read))):
                    read[i] = True
            tests[k] = (table[0], tuple(r for row in rows for r in _distribute(row)), table[2])
    tests = [t[:2] if isinstance(t, tuple) else t for t in tests]
    for _, c, a, b in seg.clauses:  # 二孩家庭每套补贴3万元: what is paid, with its words, asks nothing
        if getattr(c, "role", None) in ("amount", "cap"):
            m = re.search(r"(?:每[套人户年月]|给予|补贴|奖励|补助|资助)+\s*$", seg.text[:a])
            for i in range(m.start() if m else a, min(b, len(read))):
                read[i] = True
    rest = "".join(" " if r else ch for ch, r in zip(seg.text, read))
    cut = next((m for m in re.finditer(r"或者|或", seg.text)  # not the 或 of 劳动合同或聘用合同, read as one
                if not any(a <= m.start() < b for a, b in spans)), None)
    if cut and not tables and all(isinstance(t, Test) for t in tests):  # 就业或创业: either test
        sides = {a < cut.start() for t, (a, _) in zip(tests, spans) if t.fact in F.PLACE_FACTS}
        split = len(sides) == 2  # 本地户籍或在本市工作, 本县农村人口或非本县户籍人口: a place on each side, its own
        common = [] if split else [t for t in tests if t.fact in F.PLACE_FACTS]  # 在本市就业或者创业: 本市 binds both sides
        left = [t for t, (a, _) in zip(tests, spans) if a < cut.start() and t not in common]
        right = [t for t, (a, _) in zip(tests, spans) if a >= cut.end() and t not in common]
        # (无住房或者仅有一套住房: one fact on each side, each side one value of it — either)
        one_fact = len({t.fact for t in (*left, *right)}) == 1 and all(t.op == "==" for t in (*left, *right)) \
            and {t.value for t in left}.isdisjoint({t.value for t in right})
        if left and right and (split or one_fact or {t.fact for t in left}.isdisjoint({t.fact for t in right})):
            tests = [*common, ("any", (tuple(left), tuple(right)))]
        elif left and not right and _left_over(rest[cut.end():]) and not _left_over(rest[:cut.start()]) \
                and re.search(r"资格|职称|证书|技能|等级|学位|称号|人才|个人所得税|个税|院校|高校|学校", seg.text[cut.end():]):
            # 具有大专及以上学历或者中级以上职业资格, 具有本市户籍或为驻石高校毕业生: the other way in is words no rule reads — for a person, not a
            # second requirement (the degree alone was asked, and the words beside it)
            tests = [*common, ("any", (tuple(left), (None,)))]
            rest = rest[:cut.start()]
    at = seg.context.find(seg.text) if seg.context else -1
    governing = seg.context[:at + len(seg.text)] if at >= 0 else seg.text  # not the amount after it (…原则上不超过200万元)
    for _, (a, b) in tables:  # (博士研究生可放宽至40周岁): an exception the table reads, not discretion
        governing = governing.replace(seg.text[a:b], " ")
    discretion = bool(re.search(F.DISCRETION, governing))  # 原则上 governs its sentence from where it stands
    if discretion:  # D类人才年龄原则上不超过45周岁: the limit is discretion, whom the sentence is about is not
        whom = [t for t in tests if isinstance(t, Test) and t.fact in ("talent_class", "sex") and t.op == "in"]
        tests = [t if t in whom and len(whom) < len(tests) else _discretionary(t) for t in tests]
        rest = re.sub(F.DISCRETION, " ", rest)
    # 在本市连续工作满2年: a threshold no rule read is a condition still — for a person, never dropped
    unread = any((getattr(c, "role", None) == "threshold" and c.type != "date"
                  # 2023年1月1日以后新注册成立 with no event a rule knows: a day that bounds something, for a person
                  or c.type == "date" and not c.relative and re.match(r"(?:[（(][^（()）]{0,6}[）)])?(?:及)?(?:以后|以前|之后|之前|起)"
                                                                    r"|度?(?:首次|新)?(?:认定|评定|获评|入库|评价入库)", seg.text[b:b + 10]))
                 and not (c.type == "count" and c.min == 1 and c.max is None)  # 其中至少有一件商标…: an existential
                 and not any(read[i] for i in range(a, min(b, len(read)))) for _, c, a, b in seg.clauses)
    return tests, _left_over(rest, seg.exclusion) or unread


_GROUP_BRACKET = re.compile(r"[（(](?P<who>[^（()）]{1,16}?(?:企业|类|行业|单位|机构|项目))[^（()）]*[）)]")


def _bracketed_alternatives(seg: Segment, tests: list, spans: list) -> tuple[list, list]:
    """上年度营业收入2000万元以上（服务业企业500万元以上）: the bracket gives another threshold of the same fact to a group
    no fact names — one meeting the first passes, one meeting only the bracket's is for a person to judge (was: both
    asked of everyone)."""
    at = {clause_id: a for clause_id, _, a, _ in seg.clauses}  # where each number stands (a test's span may reach back)
    for m in _GROUP_BRACKET.finditer(seg.text):
        where = [at.get(t.clause, -1) if isinstance(t, Test) else -1 for t in tests]
        inner = [k for k, a in enumerate(where) if m.start() < a < m.end()]
        outer = [k for k, a in enumerate(where) if 0 <= a < m.start()]
        if len(inner) != 1 or not outer:
            continue
        k, j = inner[0], outer[-1]
        if tests[k].fact != tests[j].fact or tests[k].op != tests[j].op:
            continue
        table = ("any", ((tests[j],), (tests[k], None)))
        span = (spans[j][0], spans[k][1])
        keep = [i for i in range(len(tests)) if i not in (j, k)]
        return [tests[i] for i in keep] + [table], [spans[i] for i in keep] + [span]
    return tests, spans


def _discretionary(test):
    """A test, or every test of an either/tier table, left to the authority's discretion."""
    if isinstance(test, Test):
        return Test(test.fact, test.op, test.value, test.unit, test.clause, test.years, True)
    if isinstance(test, tuple) and test and test[0] == "tiers":  # a row's selector says whom it is for: never discretion
        return ("tiers", tuple((row[0], *(_discretionary(t) for t in row[1:])) for row in test[1]), *test[2:])
    if isinstance(test, tuple) and test and isinstance(test[0], str):
        return (test[0], *(_discretionary(part) for part in test[1:]))
    if isinstance(test, tuple):
        return tuple(_discretionary(part) for part in test)
    return test


_GROUP = re.compile(rf"(?:(?!、|和|与|及(?!以上|其))[^，,。；;])*?(?:{F.PERSON_WORDS}|企业|团队|机构)(?=、|和|与|及(?!以上|其)|＿+(?:、|和|与|及(?!以上|其)|$)|$)")


_DEFINED_GROUP = re.compile(rf"[\u4e00-\u9fff]{{0,4}}?(?:{F.PERSON_WORDS})＿+")  # 大学生〔…〕: the whole word


def _open_groups(seg: Segment, tests: list, spans: list) -> list:
    """博士、硕士、本科毕业生和高新技术人才 / 中级职称专业技术人才、全日制本科及以上学历人才: groups of
    people joined by 、 or 和 are alternatives — what one group is asked (a degree, a title) does not
    bind another, and a group no rule reads is an open alternative."""
    # 农民、大学生〔毕业五年以内、全日制本科…毕业生〕购买的…: a bracket after a group defines that group
    masked, before = seg.text, None
    while masked != before:  # inner brackets first: 〔…（包括函授全日制）…〕
        before, masked = masked, re.sub(r"[〔（(][^〔〕（）()]*[〕）)]", lambda m: "＿" * len(m.group()), masked)
    # a group's bracket is its own (新毕业生（毕业5年内）): the group runs over it
    groups = [(m.start(), m.end() + len(re.match(r"＿*", masked[m.end():]).group())) for m in _GROUP.finditer(masked)]
    defined = [m.span() for m in _DEFINED_GROUP.finditer(masked)]
    if len(groups) < 2 and defined and re.match(r"[、和与及]", masked[defined[0][1]:]) is None:
        lead = re.match(rf"(?:(?:{F.PERSON_WORDS}|[\u4e00-\u9fff]{{1,6}}?(?:农民|居民|职工))[、和与及])+", masked)
        if lead:  # 农民、大学生〔…〕: the groups are the words before and the defined one
            groups = [m.span() for m in re.finditer(r"[^、和与及]+", masked[:lead.end()])] + [defined[0]]
    while groups and (m := _NEXT_DEGREE.match(masked, groups[-1][1]) or _NEXT_GROUP.match(masked, groups[-1][1])):
        groups.append((m.start(1), m.end()))  # …、本科生在孝感…购买, 多子女家庭、引进人才购房: the last group
    if len(groups) < 2:
        return tests
    owned: dict[int, tuple] = {}
    split: dict[tuple, list] = {g: [] for g in groups}
    # 高校毕业生、登记失业人员: groups of people, each its own state; not 注册企业、个体工商户 (what one founds)
    people = all(re.search(rf"(?:{F.PERSON_WORDS})$", masked[a:b].rstrip("＿")) for a, b in groups)
    for k, (a, b) in enumerate(spans):
        test = tests[k]
        if not isinstance(test, Test) or test.fact in F.PLACE_FACTS:
            # 大学生〔…留吉返吉高校毕业生〕: a place, or a table of alternatives, the bracket defining a group names;
            # 博士研究生(正高级职称)以上人才、硕士研究生(副高级职称): a table in a group's own words (after its lead)
            inside = [g for g in groups if g[0] <= a and b <= g[1]]
            own_words = bool(inside) and not isinstance(test, Test) and a >= _lead_end(seg.text, inside[0])
            if len(inside) == 1 and (set(masked[a:b]) == {"＿"} or own_words) and (isinstance(test, Test) or test[0] == "any"):
                owned[k] = inside[0]
            continue
        if test.fact not in _GROUP_FACTS or test.fact in _STATE_FACTS and (not people or a < groups[0][1]):
            continue  # (全职工作青年硕士研究生和学士本科生: a state in the first group is said of every group)
        inside = [g for g in groups if a < g[1] and g[0] < b]
        if test.fact in (*_AGE_FACTS, *_STATE_FACTS) and len(inside) == 1 and a < _lead_end(seg.text, inside[0]):
            continue  # 35周岁以下的全日制硕士研究生、博士研究生: an age in the lead is said of every group
        if len(inside) == 1 and inside[0] == groups[0] and _BARE_DEGREE.fullmatch(seg.text[b:groups[0][1]]) and all(
                _BARE_DEGREE.fullmatch(seg.text[g[0]:g[1]]) for g in groups[1:]):
            owned[k] = ()  # 全日制博士研究生、硕士研究生、本科生: what leads a list of bare degrees is said of each
            for g in groups:
                split[g].append(test)
        elif len(inside) == 1:
            owned[k] = inside[0]
        elif test.fact == "education" and test.op == "in":  # 硕士研究生、全日制学士本科生: each group its degree
            for g in inside:
                levels = tuple(dict.fromkeys(degree_level(m.group()) for m in _DEGREE.finditer(seg.text, g[0], g[1])))
                if levels:
                    split[g].append(Test("education", "in", levels))
            owned[k] = ()
        elif test.op == "has":  # 省内高新技术企业、科技型中小企业、创新创业团队: each group its titles
            for g in inside:
                names = tuple(t for t in test.value if _name_pattern(t).search(seg.text[g[0]:g[1]]))
                if names:
                    split[g].append(Test(test.fact, "has", names))
            owned[k] = ()
    if not owned:
        return tests
    rows = tuple(tuple(tests[k] for k in owned if owned[k] == g) + tuple(split[g]) for g in groups)
    return [t for k, t in enumerate(tests) if k not in owned] + [("any", rows, groups)]


def _lead_end(text: str, group: Span) -> int:
    """Where a group's lead ends — after its last 的 (企业新引进的工作一年以上的|博士研究生): the lead is said of
    every group of the list; the group's start when it has none."""
    return text.rfind("的", *group) + 1 or group[0]


def inside_bracket(text: str, a: int, at: int) -> bool:
    """``at`` lies inside a bracket opened after ``a`` and not yet closed."""
    depth = 0
    for ch in text[a:at]:
        if ch in "（(〔":
            depth += 1
        elif ch in "）)〕" and depth:
            depth -= 1
    return depth > 0


def _distribute(row: tuple) -> list[tuple]:
    """A group's row that holds a table of alternatives, as rows of tests: A ∧ (B ∨ C) is (A ∧ B) ∨ (A ∧ C);
    an empty alternative is words a person judges (None)."""
    rows = [()]
    for item in row:
        if isinstance(item, tuple):
            rows = [r + (alt or (None,)) for r in rows for alt in item[1]]
        else:
            rows = [r + (item,) for r in rows]
    return rows


_BARE_DEGREE = re.compile(r"(?:博士|硕士|本科|学士|大专|专科)(?:研究生|生|毕业生)?")
_NEXT_DEGREE = re.compile(rf"[、和及与](?P<degree>{_BARE_DEGREE.pattern})")
# 毕业5年内高校毕业生、返乡入乡创业人员、登记失业人员: a group of people's own state (unemployed, a founder)
_STATE_FACTS = ("employed", "entrepreneur")
_AGE_FACTS = ("age", "age_at_purchase", "age_at_hire", "graduated_years_at_purchase", "graduated_years_at_hire")
_GROUP_FACTS = ("education", "full_time", "titles", "awards", "talent_class", "graduated_years", "employer_titles",
                "hukou_rural", "children", *_STATE_FACTS,
                # 博士研究生（年龄不超过45周岁）、硕士研究生（年龄不超过35周岁）: an age in a group's own bracket is its own
                *_AGE_FACTS)
# 二孩、三孩家庭和高层次人才购买…: a last group that a predicate follows
_NEXT_GROUP = re.compile(rf"[、和与及](?!以上|其)([^，,。；;＿、和与及]{{1,12}}?(?:{F.PERSON_WORDS}))(?![、和与及])")




def _left_over(rest: str, exclusion: bool = False) -> bool:
    """Words no rule read that are not filler, nor a reference to conditions read elsewhere
    (年龄不超过对应类别规定的上限 restates the tiers)."""
    rest = re.sub(F.RESTATES, " ", rest)
    rest = _without_remarks(rest)
    if any(w in rest for w in F.SHORT_CONDITIONS):
        return True  # 购房时须已婚: two characters, still a condition
    if exclusion:  # before the filler: 经济适用住房 is one kind of home, not 经济适用 and 住房
        rest = _NOT_MARKET_HOME.sub(" ", rest)  # 购买拆迁安置房、经济适用住房…的: homes no market sells new
        for word in _EXCLUDED_PROPERTY:
            rest = rest.replace(word, " ")
    for word in _FILLER:
        rest = rest.replace(word, " ")
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 3


_FILLER = sorted(F.FILLER, key=len, reverse=True)
_EXCLUDED_PROPERTY = sorted(F.EXCLUDED_PROPERTY, key=len, reverse=True)
_NOT_MARKET_HOME = re.compile(F.NOT_MARKET_HOME)
_NOT_REMARK = re.compile(r"不含|除外|不包括|须|应|不得")


def _without_remarks(text: str) -> str:
    """The text without its remarks in brackets (（以…通报为准）, （含各区县（市）及功能园区）, a bracket the segment
    cut open: 非亭湖区户籍（盐城市其他县（市、区）户籍的), each outermost bracket as one; a bracket that
    excludes or requires (（不含…）, （须…）) is not a remark and stays."""
    kept, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        if ch in "（(":
            if depth == 0:
                kept.append(text[start:k])
                start = k
            depth += 1
        elif ch in "）)" and depth:
            depth -= 1
            if depth == 0:
                kept.append(text[start:k + 1] if _NOT_REMARK.search(text, start, k) else " ")
                start = k + 1
    kept.append(text[start:] if depth == 0 or _NOT_REMARK.search(text, start) else " ")
    return "".join(kept)


# (硕士研究生及全日制本科毕业生年龄不超过35周岁: two degrees, one limit)
_AGE_TIER = re.compile(r"(?P<level>(?:博士|硕士|研究生|本科|学士|大专|专科)(?:[\u4e00-\u9fff]{0,3}?(?:及|和|、|与)(?:全日制)?(?:普通高校)?"
                       r"(?:博士|硕士|研究生|本科|学士|大专|专科))*|女性|男性|[A-H]类)[\u4e00-\u9fff]{0,4}?(?:年龄)?"
                       r"(?P<bound>不超过|不超|不大于|在|年满|满|不低于|不小于)?"
                       r"(?P<n>\d+)周?岁(?P<post>以下|以内|及以下|以上|及以上)?")
_AGE_FLOOR = ("年满", "满", "不低于", "不小于", "以上", "及以上")  # 女性年满40周岁、男性年满50周岁: the least age


# 40周岁以下（博士）、35周岁以下（硕士）: the degree in a bracket after its limit
_AGE_TIER_AFTER = re.compile(r"(?P<n>\d+)周?岁(?P<post>以下|以内|及以下)?\s*[（(](?P<level>博士|硕士|研究生|本科|学士|大专|专科|女性|男性)"
                             r"[\u4e00-\u9fff]{0,4}[）)]")


def age_tiers(seg: Segment):
    """硕士研究生不超35周岁,学士本科生不超30周岁, 年龄在40周岁以下（博士）、35周岁以下（硕士）: the age limit
    is chosen by the degree — a table, not two limits on everyone."""
    found = [m for m in _AGE_TIER.finditer(seg.text) if m.group("bound") or m.group("post")]
    after = [m for m in _AGE_TIER_AFTER.finditer(seg.text)
             if m.group("post") or re.search(r"(?:不超过|不超|不大于|在|、)\s*$", seg.text[:m.start()])]
    found = after if len(after) >= 2 else found
    levels = {m.group("level") for m in found}
    # E类人才年龄不超过35周岁: one class's own limit is a case too (those of the class, that age)
    one_class = len(found) == 1 and found[0].group("level").endswith("类") and found[0].start() == 0
    if len(found) < 2 and not one_class or len(levels) < len(found):
        return
    fact = _age_fact(seg.text[:found[0].start()])  # 签订劳动合同时研究生年龄不超过35周岁
    ops = {">=" if m.groupdict().get("bound") in _AGE_FLOOR or m.group("post") in _AGE_FLOOR else "<=" for m in found}
    if len(ops) > 1:
        return  # 女性40周岁以上、男性60周岁以下: not one kind of limit
    op = ops.pop()
    rows = tuple((_selector(m.group("level")), Test(fact, op, int(m.group("n")), "周岁")) for m in found)
    yield ("tiers", rows), (found[0].start(), found[-1].end())


_RESPECTIVE_AGES = re.compile(r"(?:年龄)?分别(?:不超过|不超|不大于|在|为)?(?P<ages>\d+周?岁(?:[、和及与]\d+周?岁)+)(?:以下|以内|及以下)?")


def respective_ages(seg: Segment):
    """博士、硕士研究生年龄分别在45周岁、40周岁以下; 全日制博士研究生、硕士研究生，年龄分别不超过45周岁、40周岁:
    each degree its own limit, in the order named (the degrees may be in the segment before, in the
    same sentence) — a table, not both limits on everyone."""
    m = _RESPECTIVE_AGES.search(seg.text)
    if not m:
        return
    ages = [int(n) for n in re.findall(r"\d+", m.group("ages"))]
    before = seg.text[:m.start()]
    if not _BARE_DEGREE.search(before) and seg.context and seg.text in seg.context:
        before = seg.context[:seg.context.index(seg.text)]  # 全日制博士研究生、硕士研究生，年龄分别…
    levels = [degree_level(d.group()) for d in _BARE_DEGREE.finditer(before)]
    if len(levels) != len(ages) or len(set(levels)) != len(levels):
        return
    fact = _age_fact(before)
    rows = tuple((Test("education", "in", (level,)), Test(fact, "<=", n, "周岁")) for level, n in zip(levels, ages))
    yield ("tiers", rows), m.span()


# An age limit and, in brackets after it, the degree its exception names (35周岁以下（具有博士研究生…).
_AGE_THEN_DEGREE = (r"(?P<n>\d+)周?岁(?P<post>以下|以内|及以下)?\s*[（(](?:具有|取得|获得|对)?"
                    rf"(?P<who>{F.HIGHER_DEGREE})")
_AGE_EXCEPTION = re.compile(_AGE_THEN_DEGREE +
                            r"[^（()）\d]{0,12}?(?:(?:可)?(?:适当)?(?:放宽|延长|放大)(?:至|到)|(?:年龄)?(?:不超过|不超|不大于|在)?)"
                            r"(?P<wider>\d+)周?岁(?:以下|以内|及以下)?[）)]")  # （博士研究生不超过40周岁）


_AGE_EXEMPT = re.compile(_AGE_THEN_DEGREE +
                         r"(?:及以上(?:学历)?)?(?:人才|人员)?(?:除外|不受此限|不受年龄限制)[）)]")  # （博士除外）


def age_exception(seg: Segment):
    """年龄不超过35周岁（博士研究生可放宽至40周岁, 博士研究生不超过40周岁; 博士除外）: the degree named chooses
    the wider limit, or none — a table, not a doctorate asked of everyone."""
    for m in (*_AGE_EXCEPTION.finditer(seg.text), *_AGE_EXEMPT.finditer(seg.text)):
        if not (m.group("post") or re.search(r"(?:不超过|不超|不大于|在)\s*$", seg.text[:m.start()])):
            continue  # a limit is a bound (不超过35周岁, 35周岁以下), not any age named
        fact = _age_fact(seg.text[:m.start()])
        level = degree_level(m.group("who"))
        others = tuple(lvl for lvl in F.EDUCATION if F.EDUCATION.index(lvl) < F.EDUCATION.index(level))
        wider = m.groupdict().get("wider")  # （博士除外）: the degree named has no limit at all
        # （硕士研究生放宽至40周岁）: those above the degree hold it too — a doctor is not left without a limit
        levels = tuple(lvl for lvl in F.EDUCATION if F.EDUCATION.index(lvl) >= F.EDUCATION.index(level))
        rows = ((Test("education", "in", levels), *((Test(fact, "<=", int(wider), "周岁"),) if wider else ())),
                (Test("education", "in", others), Test(fact, "<=", int(m.group("n")), "周岁")))
        start = max(seg.text.rfind("年龄", 0, m.start()), 0) if "年龄" in seg.text[:m.start()] else m.start()
        yield ("tiers", rows), (start, m.end())


def stay_or_return(seg: Segment):
    """留吉返吉高校毕业生, 返沪人员, 来青留青: a person who stays in, returns to or comes to the
    territory, named by its short name or its abbreviation.  All of them are there (region); one who
    returns (返/回) came from there — a 户籍 there says so, else a person judges — and one who stays
    (留, not after 来) studied there, which a profile cannot say."""
    if not re.search("[留返回]", seg.text):
        return  # most segments: no verb of staying or returning
    taken: list[Span] = []
    for name, _ in seg.chain:  # the widest name first: 吉 is 吉林省 before it is 吉林市
        short = P.base(name)
        abbrs = [short[0]] + [c for c, full in (*L.CITY_ABBREVIATIONS.items(), *L.PROVINCE_ABBREVIATIONS.items())
                              if P.base(full) == short and c != short[0]]
        one = "|".join(f"{re.escape(c)}(?=[\u4e00-\u9fff])(?!{re.escape(short[1:])}|[级一述下年月次])" for c in abbrs)
        where = rf"(?:{re.escape(short)}(?![市区县省])|{one})"
        for m in re.finditer(rf"(?:[留返回来]{where}){{1,2}}", seg.text):
            verbs = {v.group() for v in re.finditer(rf"[留返回来](?={where})", seg.text[m.start():]) if v.start() < len(m.group())}
            if verbs <= {"来"} or any(a < m.end() and m.start() < b for a, b in taken):
                continue  # 来青: the place rule reads it
            taken.append(m.span())
            value = (chain_of(name, seg.chain),)
            yield Test("region", "in", value), m.span()
            if verbs & {"返", "回"}:
                yield ("any", ((Test("hukou", "in", value),), ())), m.span()
            elif "来" not in verbs:
                yield ("any", ((),)), m.span()


_DEGREE_OR_TITLE = re.compile(r"(?:普通高校)?(?P<degree>(?:博士|硕士|本科|学士|大专|专科)(?:研究生|生|毕业生)?)"
                              r"[（(](?P<titles>[^（()）、，,]{0,10}?(?:职称|技师|高级工)(?:[、，,][^（()）、，,]{0,10}?(?:职称|技师|高级工))*)"
                              r"[）)](?P<up>及以上|以上)?")


def degree_or_title(seg: Segment):
    """博士研究生(正高级职称)以上人才, 硕士研究生(副高级职称、高级技师): a degree, or the title the bracket
    names as its equal — either will do; what of the bracket no rule reads (高级技师) is a way a person judges."""
    for m in _DEGREE_OR_TITLE.finditer(seg.text):
        level = degree_level(m.group("degree"))
        degree = Test("education", ">=", level) if m.group("up") else Test("education", "in", (level,))
        named, left = read_segment(Segment(m.group("titles"), (), seg.chain))
        titles = [t for t in named if isinstance(t, Test) and t.fact == "titles"]
        skills = re.findall(F.SKILL_GRADE, m.group("titles"))  # a skill grade held, as a title
        titles += [Test("titles", "has", (w,)) for w in skills]
        rows = ((degree,), *((t,) for t in titles), *(((),) if left and not skills or not titles else ()))
        yield ("any", rows), m.span()


def residential(seg: Segment):
    """购买房屋的用途为住宅, 规划用途为住宅的首套商品住房: a home for living in — a new home sold on the market (`new_home`)
    is one; whether another home is, a person checks."""
    m = re.search(F.RESIDENTIAL_USE, seg.text)
    if m:
        yield ("any", ((Test("new_home", "==", True),), (None,))), m.span()


def work_either(seg: Segment):
    """在沈就业创业, 来淮创业就业, 在县城就业、创业: employed or running a business, either will do."""
    m = re.search(r"就业[、/]?创业|创业[、/]?就业|就业或(?:者)?创业|创业或(?:者)?就业", seg.text)
    if m:
        yield ("any", ((Test("employed", "==", True),), (Test("entrepreneur", "==", True),))), m.span()


AMOUNT_PART = re.compile(r"(?P<who>[^，,、；;\d]{2,20}?)(?:补贴|奖励|补助|资助|给予)(?:总额|金额|标准|额度)?(?:为|是)?(?:每人|每户|每套)?"
                          r"\d+(?:\.\d+)?万?元")  # 博士研究生购房补贴总额为15万元


def amount_tiers(seg: Segment):
    """高级职称补贴2万元/套、中级职称补贴1万元/套: each amount is for whom its words name — one of them
    will do, not all."""
    parts = list(re.finditer(r"[^，,、；;]+", seg.text))
    rows = []
    for part in parts:
        m = AMOUNT_PART.match(part.group())
        if not m:
            return
        tests, _ = read_segment(Segment(m.group("who"), (), seg.chain))
        if not tests or not all(isinstance(t, Test) for t in tests):
            return
        rows.append(tuple(tests))
    if len(rows) >= 2:
        yield ("any", tuple(rows)), (parts[0].start(), parts[-1].end())


def schools(seg: Segment):
    """高等学校、中等职业学校全日制在校生: a 大专 or higher degree is of a 高等学校; a lower one may or may
    not be of a vocational school — a person judges."""
    for m in re.finditer(F.SCHOOLS_OF_TWO_LEVELS, seg.text):
        yield ("any", ((Test("education", ">=", "junior_college"),), ())), m.span()


def _age_fact(before: str) -> str:
    """age, or the age at the event the words before the number name (购房时35周岁以下 → age_at_purchase)."""
    tied = [name for name, words in F.AGE_AT.items() if re.search(rf"(?:{words})[^，,。；;]{{0,12}}$", before)]
    return tied[0] if tied else "age"


def _selector(word: str) -> Test:
    if word.endswith("类"):  # A类人才年龄不超过55周岁: the class
        return Test("talent_class", "in", (word[0],))
    if word in ("女性", "男性"):
        return Test("sex", "==", "female" if word == "女性" else "male")
    levels = re.findall(r"博士|硕士|研究生|本科|学士|大专|专科", word)  # 硕士研究生及全日制本科: either degree
    return Test("education", "in", tuple(dict.fromkeys(degree_level(w) for w in levels)))


def degree_level(word: str) -> str:
    """The degree a word names (中专 is secondary, 研究生 a master's)."""
    for level, words in F.EDUCATION_WORDS:
        if re.match(re.sub(r"\(\?=[^)]*\)", "", words), word):
            return level
    return "secondary"


_DEGREE = re.compile(r"博士(?![后])(?:研究生)?|硕士(?:研究生)?|" + "|".join(w for _, w in F.EDUCATION_WORDS[1:]))


# --- the rules, in order ------------------------------------------------------------------------


def numbers(seg: Segment) -> Iterator[Found]:
    """A threshold clause and the fact the words before it name: 利税总额不低于2000万元,
    年龄不超过35周岁, 连续缴纳社会保险满6个月, 毕业5年内."""
    listed: list[tuple[list[Test], int, int]] = []  # 首次突破10亿元、50亿元的: the thresholds of one list, one per tier
    for clause_id, c, a, b in seg.clauses:
        if c.type == "date" or c.min is None and c.max is None or _in_exception(seg.text, a):
            continue
        if c.type == "duration" and re.search(r"(?:近|最近|过去)$", seg.text[:a]) and seg.text[b:b + 1] == "内":
            continue  # 近12个月内累计缴纳社保满6个月: the window the months are counted in, not a limit
        fact, scale = _number_fact(seg.text[:a], seg.text, c, seg.context)
        if fact is None:
            continue
        if fact == "founded_years" and (by := re.search(r"截至(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[^，,。；;]{0,12}$",
                                                          seg.text[:a])) and c.min is not None:
            # 截至2025年12月31日运营满1年: founded a year before that day at the latest (not on the day judged)
            day = f"{int(by.group('y')):04d}-{int(by.group('m')):02d}-{int(by.group('d')):02d}"
            yield Test("founded", "<=", _plus(day, -round(c.min * scale * 12), "月"), None, clause_id), (by.start(), b)
            continue
        if fact == "age" and (on := re.match(r"(?:以下|以内|及以下)?\s*[（(]以(?P<event>[^（()）]{2,14}?)(?:时间|之日|日期|当日)"
                                             r"(?:为准|计算|起算)?[）)]", seg.text[b:])):
            fact = _age_fact(on.group("event") + "时")  # 40周岁以下（以网签备案时间计算）: the age on that day
        found = threshold_tests(c, fact, clause_id, seg.years, scale)
        if re.search(r"放宽(?:至|到)\s*$", seg.text[:a]):  # 年龄可适当放宽至40周岁: the limit widened to 40, an upper one
            found = [replace(t, op="<=") if t.op in (">=", ">") else t for t in found]
        start = _phrase_start(seg.text, a, fact)  # 营业收入1亿元（含）至5亿元: a range's fact named before it too
        if fact == "social_insurance_months" and (other := _INSURANCE_OR.search(seg.text[:a])):
            # 缴纳社会保险或个人所得税满6个月: the months of either — the insurance's a fact, the tax's for a person
            yield from _tiers_listed(listed)
            listed = []
            yield ("any", (tuple(found), (None,))), (other.start(), b)
            continue
        if listed and re.fullmatch(r"[、和或及]", seg.text[listed[-1][2]:a]) and listed[-1][0][0].fact == fact:
            listed.append((found, a, b))  # …10亿元、50亿元: the next tier of the same list
            continue
        yield from _tiers_listed(listed)
        listed = [(found, start, b)]
    yield from _tiers_listed(listed)


def _tiers_listed(listed: list[tuple[list[Test], int, int]]) -> Iterator[Found]:
    """One threshold as it is; a list of them (年主营业务收入首次突破10亿元、50亿元的…分别给予…) names tiers — any
    one will do, the least opens the door."""
    if len(listed) == 1:
        tests, start, b = listed[0]
        for test in tests:
            yield test, (start, b)
    elif listed:
        yield ("any", tuple(tuple(tests) for tests, _, _ in listed)), (listed[0][1], listed[-1][2])


def threshold_tests(c, fact: str, clause_id: str | None, years: str | None = None, scale: float = 1) -> list[Test]:
    """The tests a threshold clause puts on a fact: one per bound (a range 18至45周岁 gives two), each
    inclusive as the clause says (以上 includes, 超过 does not)."""
    bounds = [(c.min, ">=" if c.min_inclusive is not False else ">"), (c.max, "<=" if c.max_inclusive is not False else "<")]
    if c.min is not None and c.max is not None and (c.min == c.max or c.value):
        bounds = bounds[:1]
    return [Test(fact, op, value * scale, F.unit_of(fact), clause_id, years) for value, op in bounds if value is not None]


def _in_exception(text: str, at: int) -> bool:
    """(特定领域人才放宽至70周岁): a number in a bracketed exception is not the rule."""
    opening = max(text.rfind("(", 0, at), text.rfind("（", 0, at))
    closing = max(text.rfind(")", 0, at), text.rfind("）", 0, at))
    if opening <= closing:
        return False
    end = min([i for i in (text.find(")", at), text.find("）", at)) if i >= 0] or [len(text)])
    return bool(re.search(r"放宽|除外|特殊|特定|另有|可延长", text[opening:end]))


def _phrase_start(text: str, a: int, fact: str) -> int:
    """Where the words that name the fact begin (read together with the number); an age or a time
    since graduation at an event (购房时年龄, 毕业…至购房之日) is named like the age or the time itself."""
    if fact == "founded_years" and (named := re.search(r"(?:(?:申请|申报|申领)(?:补贴)?时)?(?:创业实体|经营主体|经营实体)?(?:自|距)?(?:工商)?"
                                                       r"(?:营业执照)?(?:登记|核发|颁发)?(?:日期|之日起)?(?:至(?:提交|提出)?(?:申请|申报|申领)(?:之日|时))?(?:已|已经)?"
                                                       r"(?:(?:注册|成立|设立)(?:登记)?|(?:正常|实际|持续)?(?:运营|经营)(?:时间)?|(?<=日期)|(?<=之日))"
                                                       r"(?:之日起|之日|以来)?(?:原则上|一般)?(?:满|已满|达|不超过|不满|未满|不少于|不低于|不得少于)?$",
                                                       text[:a])):
        # 自登记注册之日起满12个月, 申请时距登记注册之日不超过2年, 申领补贴时创业实体正常经营6个月以上: since the registration
        # (经营实体自营业执照登记之日起已实际经营满6个月, 申领补贴时距营业执照登记日期不超过3年: since the licence)
        return named.start()
    if fact == "years_since_purchase" and (named := _AFTER_PURCHASE.search(text[:a])):
        return named.start()  # 在商品房买卖合同网签备案之日起6个月内提出申请: counted from the purchase
    if fact == "years_since_hire" and (named := _AFTER_HIRE.search(text[:a])):
        return named.start()  # 自劳动合同签订之日起超过12个月未提出首次申请的: counted from the hiring
    if fact.startswith(("age", "graduated_years")):
        named = re.search(rf"(?:(?:{'|'.join(F.AGE_AT.values())})?(?:年龄)?(?:在|为)?|毕业(?:后|时间在|时间)?)$", text[:a])
        if fact.startswith("graduated_years") and (since := re.search(_SINCE_GRADUATION, text[:a])):
            return since.start()  # 自毕业证书落款日期起至提出申请之日不超过5年
        if fact == "graduated_years_at_hire" and (since := re.search(
                rf"(?:{F.AGE_AT['age_at_hire']})距(?:其|离)?(?:毕业|离校)(?:时间|日期)?(?:不超过|不满|未满|在|为)?$", text[:a])):
            return since.start()  # 签订劳动合同时距其毕业时间不超过3年: the hiring and the graduation
        if named and named.start() < a:
            return named.start()  # 购房时年龄35周岁以下, 毕业5年内: the event and the fact's name
    phrases = F.FACTS[fact].phrasings if fact in F.FACTS else ()
    starts = [text.rfind(p, 0, a) for p in phrases if text.rfind(p, 0, a) >= 0]
    if not starts and fact == "rd_ratio" and re.match(_SHARE_OPENS, text):
        return 0  # 且占营业收入总额比重不低于3%: the share's words are all the segment's
    return min(starts) if starts else a


# 自购房合同网签备案之日起 (12个月内提出申请): the words that count a limit on applying from the purchase, ending at the number
_AFTER_PURCHASE = re.compile(F.APPLY_AFTER_PURCHASE + "$")
_AFTER_HIRE = re.compile(F.APPLY_AFTER_HIRE + "$")
# 实际运营满一年, 正常经营满3年, 经营时间原则上不少于6个月: in business that long, so registered at least that long
_IN_BUSINESS = r"(?:运营|经营)(?:时间|期限)?(?:原则上|一般)?(?:满|达|已满|不少于|不低于|不得少于)?$"


def _number_fact(before: str, text: str, c, context: str) -> tuple[str | None, float]:
    unit = c.unit
    if c.type == "duration" and unit in ("周岁", "岁"):
        if re.search(F.OTHERS_AGE, before[-12:]):
            return None, 1  # 孩子未满18周岁, 配偶年龄…: someone else's age, for a person to judge
        return _age_fact(before), 1
    after = text[len(before):len(before) + 24]
    if c.type == "percent" and re.match(rf"{_SHARE_OPENS}[^，,。；;]{{0,10}}(?:营业|销售)收入", before) \
            and context and re.search(rf"研(?:究开)?发(?:费用|经费|投入)[^，,。；;]{{0,12}}[，,]{_SHARE_OPENS}", context):
        return "rd_ratio", 1  # 研发费用总额不低于100万元，且占营业收入总额比重不低于3%: the share the segment before names
    if c.type == "duration" and unit == "年" and (re.search(F.GRADUATION, before[-8:]) or re.search(_SINCE_GRADUATION, before)):
        # 毕业5年内…缴纳社会保险: the years are of graduation; 新毕业生（毕业5年内），购买新建商品住房: to the purchase
        bought = re.search(F.HOME_PURCHASE, after) and not re.search(F.HOME_PURCHASE, before)
        if not bought and (re.search(rf"(?:{F.AGE_AT['age_at_hire']})(?:处于|在|为)?$", before[-16:].replace("毕业", ""))
                           or re.search(rf"(?:{F.AGE_AT['age_at_hire']})距(?:其|离)?(?:毕业|离校)(?:时间|日期)?"
                                        r"(?:不超过|不满|未满|在|为)?$", before)):
            # 且签订劳动合同时处于毕业3年内（含）, 与用人单位签订劳动合同时距其毕业时间不超过3年: the years to the hiring
            return "graduated_years_at_hire", 1
        return ("graduated_years_at_purchase" if bought else "graduated_years"), 1
    if c.type == "duration" and unit in ("年", "个月", "月") and _AFTER_PURCHASE.search(before) \
            and (re.match(F.APPLY_WITHIN, after) or re.match(rf"超过{F.APPLY_BEYOND}", after)
                 or before.endswith("超过") and re.match(F.APPLY_BEYOND, after)):
        # 自购房合同网签备案之日起12个月内提出申请: to the day of applying (…起超过12个月提出申请的: later than that)
        return "years_since_purchase", 1 if unit == "年" else 1 / 12
    if c.type == "duration" and unit in ("年", "个月", "月") and _AFTER_HIRE.search(before) \
            and (re.match(F.APPLY_WITHIN, after) or re.match(rf"超过{F.APPLY_BEYOND}", after)
                 or before.endswith("超过") and re.match(F.APPLY_BEYOND, after)):
        return "years_since_hire", 1 if unit == "年" else 1 / 12  # 自劳动合同签订之日起超过12个月未提出首次申请的
    if c.type == "duration" and unit == "年" and re.search(r"引进(?:后|之日起)$", before) \
            and (re.search(r"购买|购房", after) or re.search(r"(?:网签|购房|购买)[^，,。；;]{0,8}引进(?:后|之日起)$", before)):
        # (网签时间应在引进之日起3年内: the purchase named first)
        return "purchase_years_after_hire", 1  # 引进后3年内在任城区购买首套住房
    if c.type == "count" and re.match(r"\d+(?:名|人)(?:及以上|以上)?(?:本企业|本单位)?(?:职工|员工)", after):
        return "employees", 1  # 为3名以上本企业职工缴纳社保的创业者: the business's staff
    near = before[-14:] + text[len(before):len(before) + 16]  # 缴纳社保满6个月, 连续缴纳6个月以上社会保险, 社会保险缴费记录不少于6个月
    if c.type == "duration" and re.search(F.SOCIAL_INSURANCE, near) and re.search(r"为(?!其|本人|申请人)[^，,。；;]{0,12}(?:职工|员工)", before):
        return None, 1  # …为本企业职工缴纳6个月以上社保: the staff's months, for a person to judge
    if c.type == "duration" and not re.search(F.SOCIAL_INSURANCE, near) and re.search(F.SOCIAL_INSURANCE, context) \
            and re.search(r"(?:连续|累计)?(?:缴纳|缴费|参保)[^，,。；;]{0,6}$", before):
        near = context  # 须在本市缴纳社会保险，且在申请前连续缴纳6个月以上: the insurance the segment before named
    if c.type == "duration" and not re.search(F.SOCIAL_INSURANCE, near) \
            and (paid := re.search(r"(?:缴纳|缴费|缴存)(?P<what>[^，,。；;]{0,16}?)(?:满|达|达到)?$", before)) \
            and re.match(rf"(?:{F.SOCIAL_INSURANCE})(?:[^，,。；;]{{0,10}})$", paid.group("what")):
        near = paid.group()  # 在本市连续缴纳社会保险或个人所得税满6个月: the insurance named before the other way
    if c.type == "duration" and re.search(F.SOCIAL_INSURANCE, near):
        return ("social_insurance_months", 12) if unit == "年" else ("social_insurance_months", 1) \
            if unit in ("个月", "月") else (None, 1)
    if c.type == "duration" and unit == "年" and re.search(_IN_BUSINESS, before):
        return "founded_years", 1  # 实际运营满一年, 正常经营满3年: in business that long, so registered at least that long
    if c.type == "duration" and unit == "年" and re.search(F.FOUNDING, before) and not re.search(r"商标|专利|品种", before):
        return "founded_years", 1
    if c.type == "duration" and unit in ("个月", "月") and not re.search(r"商标|专利|品种|社保|社会保险|保险", before) \
            and not re.match(r"[^，,。；;的]{0,8}?月的(?!企业|单位|个体|主体|创业实体)", text[len(before):]) \
            and re.search(rf"(?:{F.FOUNDING}|{_IN_BUSINESS}|注册(?:登记)?之日起(?:满|已满)?$)", before):
        # (not 持续经营3个月的累计客流量: months that measure something else)
        return "founded_years", 1 / 12  # 自登记注册之日起满12个月: a year, counted in months
    if c.type == "count" and unit in ("个", "孩", "名") and re.search(r"子女|孩", text):
        return "children", 1
    if c.type == "count" and unit in ("套",) and re.search(r"住房|房", text):
        return "homes_owned", 1
    return _fact(before, c.type, unit), 1


# 缴纳社会保险或个人所得税满: months of insurance or of another payment, either counts
_INSURANCE_OR = re.compile(rf"(?:缴纳|缴费)(?:{F.SOCIAL_INSURANCE})(?:或者|或)(?:缴纳)?(?:个人所得税|个税|住房公积金|公积金)"
                           r"(?:[^，,。；;]{0,4}?)(?:满|达|达到)?$")
# 自毕业证书落款日期起至提出申请之日不超过5年: the years from graduation to the application, graduated_years
# (毕业证书落款时间在申请之日前2年以内: the same, said from the application back)
_SINCE_GRADUATION = (r"(?:自|从|距)?(?:毕业|取得毕业证书|毕业证(?:书)?)(?:落款|签发|颁发|发证)?(?:日期|时间|之日)?(?:起)?"
                     r"(?:(?:至|到|距)(?:提出|本人)?(?:申请|申报|申领)(?:补贴)?(?:之日|时|日)?(?:止)?(?:不超过|未满|不满|在|不足)?"
                     r"|在(?:提出)?(?:申请|申报|申领)(?:之日|时|日)前)$")
# 且占营业收入总额比重不低于3%: a segment that opens with the share, of what the segment before names
_SHARE_OPENS = r"\s*(?:且|并且|并)?(?:其)?占"
_PER_UNIT = r"(?:亩均|每亩|人均|户均|单位面积|每平方米|每平方千米|每平方公里)(?:的)?$"


def _fact(before: str, clause_type: str, unit: str | None) -> str | None:
    """The fact the words before a threshold name, of the threshold's kind and unit: the phrasing
    that ends nearest the number wins, the longer one on a tie (发明专利授权量 over 专利授权量).  The
    sales of a product (产品销售收入) are not the applicant's revenue."""
    best, key = None, (-1, 0)
    for name, fact in F.FACTS.items():
        if fact.kind != "number" or not _unit_fits(fact.unit, clause_type, unit):
            continue
        spots = [(before.rfind(p), len(p)) for p in fact.phrasings]
        if fact.pattern:
            spots += [(m.start(), m.end() - m.start()) for m in re.finditer(fact.pattern, before)]
        for where, size in spots:
            if where >= 0 and (where + size, size) > key:
                if name == "revenue" and re.search(r"产品(?:的)?$", before[:where]):
                    continue
                if re.search(_PER_UNIT, before[:where]):
                    continue  # 亩均税收, 每平方千米主营业务收入, 人均营业收入: per unit, not the applicant's whole
                best, key = name, (where + size, size)
    return best


def fact_named(text: str) -> str | None:
    """The number fact a label names (研究开发费用总额占同期销售收入总额的比例： → rd_ratio), if any."""
    for clause_type, unit in (("percent", "%"), ("money", "CNY")):
        found = _fact(text, clause_type, unit)
        if found:
            return found
    return None


def _unit_fits(fact_unit: str | None, clause_type: str, unit: str | None) -> bool:
    if clause_type == "money":
        return fact_unit == "CNY"
    if clause_type == "percent":
        return fact_unit == "%"
    return fact_unit == unit or fact_unit == "件" and unit in ("项", "件") or fact_unit == "人" and unit in ("人", "名")


def education(seg: Segment) -> Iterator[Found]:
    """本科及以上学历 → education >= bachelor; 硕士研究生和学士本科生 → education in (master, bachelor);
    高校毕业生 without a degree named → a degree of higher education (junior_college or above)."""
    for m in re.finditer(r"(?<![一-龥])大学生|(?<=[、，,为])大学生|(?<=就业)大学生", seg.text):  # 农民、大学生, 新就业大学生
        yield Test("education", ">=", "junior_college"), m.span()
    if not _DEGREE.search(seg.text) and (m := re.search(rf"(?P<full>{F.FULL_TIME})?(?:普通)?(?:高校|高等学校|高等院校)(?:应届)?毕业生",
                                                        seg.text)):
        yield Test("education", ">=", "junior_college"), m.span()
        if m.group("full"):  # 全日制高校毕业生: the degree earned full-time
            yield Test("full_time", "==", True), m.span("full")
        return
    named: list[tuple[str, Span]] = []
    # 年龄不超过35周岁（博士研究生不超过40周岁）: a degree in an age's bracket chooses that age (age_exception), it
    # is no degree asked
    aged = [b.span() for b in re.finditer(r"[（(][^（()）]*岁[^（()）]*[）)]", seg.text)]
    for m in _DEGREE.finditer(seg.text):  # 博士研究生 is one doctor, not a doctor and a master
        if any(a < m.start() < b for a, b in aged):
            continue
        named.append((degree_level(m.group()), m.span()))
        if m.group() == "研究生":  # 研究生学历 alone: a master's or a doctorate
            named.append(("doctor", m.span()))
    if not named:
        if m := re.search(F.FULL_TIME, seg.text):  # 通过全日制学习方式取得相应学历学位的人员: full-time, whatever the degree
            yield Test("full_time", "==", True), m.span()
        return
    named.sort(key=lambda x: x[1])
    first, last = named[0][1][0], named[-1][1][1]
    up = re.match(rf"(?:学历|学位|毕业生|研究生|学生|生)?(?:{F.AT_LEAST})", seg.text[last:])
    levels = tuple(dict.fromkeys(level for level, _ in named))
    if up:
        lowest = min(levels, key=F.EDUCATION.index)
        yield Test("education", ">=", lowest), (first, last + up.end())
    else:
        yield Test("education", "in", levels), (first, last)
    if re.search(F.FULL_TIME, seg.text):
        m = re.search(F.FULL_TIME, seg.text)
        yield Test("full_time", "==", True), m.span()


def part_time(seg: Segment) -> Iterator[Found]:
    """有下列情形之一的，不予补贴：…以非全日制方式取得最高学历学位的: a degree earned part-time is left out."""
    if seg.exclusion and (m := re.search(F.PART_TIME, seg.text)):
        # 以成人高等教育、高等教育自学考试、网络教育等非全日制方式取得学历的: the ways named are part-time ones, read with it
        ways = re.search(rf"(?:以|通过)?(?:(?:{F.PART_TIME_WAYS})[、和及或]?)+(?:等)?(?=\s*{F.PART_TIME})", seg.text)
        yield Test("full_time", "==", False), (ways.start() if ways else m.start(), m.end())


def fresh_graduate(seg: Segment) -> Iterator[Found]:
    """应届毕业生: graduated within the last year (毕业N年内 is read as a number by :func:`numbers`); 2025届毕业生:
    graduated in 2025."""
    # 2024届、2025届全日制高校毕业生: any year of the list, the first to the last
    for m in re.finditer(r"(?:(?:19|20)\d{2}届?[、和及与或至到—-])*(?:19|20)\d{2}届(?=[^，,。；;]{0,10}毕业生)", seg.text):
        years = re.findall(r"(?:19|20)\d{2}", m.group())
        yield Test("graduated", ">=", f"{min(years)}-01-01"), m.span()
        yield Test("graduated", "<=", f"{max(years)}-12-31"), m.span()
    for m in re.finditer(r"应届(?:高校|普通高校)?毕业生", seg.text):
        yield Test("graduated_years", "<=", 1, "年"), m.span()
    for m in re.finditer(rf"(?P<full>{F.FULL_TIME})?(?:在校(?:学)?生|在读(?:学生|研究生|本科生))", seg.text):
        yield Test("graduated_years", "<", 0, "年"), m.span()  # 在校生: graduates later than the day judged
        if m.group("full") and not _DEGREE.search(seg.text):
            yield Test("full_time", "==", True), m.span("full")  # 全日制在校生: studying full-time


_EXCEPTED_HOME = rf"(?:{F.NOT_MARKET_HOME}|(?:{F.SECOND_HAND})(?:商品住房|商品房|住房|房)?)"
_EXCEPTED_HOMES = re.compile(rf"(?:不包括|不含|除)(?:{_EXCEPTED_HOME})(?:(?:[、，,及和与或]|以及|等)*(?:{_EXCEPTED_HOME}))*(?:等)?")


_FEW_HOMES = {"两": 2, "二": 2, "三": 3, "四": 4}


def homes(seg: Segment) -> Iterator[Found]:
    """首套住房, 名下无其他房产, 无自有住房 → homes_owned == 0; 购买新建商品住房 → new_home; in an
    exclusion (不包括：…二手房) a second-hand home is what excludes."""
    if seg.exclusion:
        for m in re.finditer(F.SECOND_HAND, seg.text):
            yield Test("new_home", "==", False), m.span()
        # 商业、办公等非住宅类房产, 安置房: not a new market home — whether a second-hand one is, a person judges
        for m in re.finditer(F.NOT_MARKET_HOME, seg.text):
            yield Test("new_home", "==", False, discretion=True), m.span()
        for m in re.finditer(F.NEW_HOME, seg.text):  # 所购住房不属于新建商品住房的: any other home excludes
            if (no := re.search(r"(?:不属于|不是|并非|不为|不系|非)$", seg.text[:m.start()])):
                yield Test("new_home", "==", False), (no.start(), m.end())
        for m in re.finditer(F.HAS_HOME, seg.text):  # 家庭在本市已有住房的: a home owned before excludes
            count = re.search(r"(?<!第)(?P<n>[2-9两二三])套(?:及|或)?以上", seg.text[m.start():m.end() + 8])
            nth = re.match(r"第(?P<n>[二三四234])套", m.group())  # 购买第三套及以上住房的: two owned before
            least = _FEW_HOMES.get(count.group("n")) or int(count.group("n")) if count else \
                (_FEW_HOMES.get(nth.group("n")) or int(nth.group("n"))) - 1 if nth else 1
            yield Test("homes_owned", ">=", least), m.span()  # 已拥有2套及以上住房的: two at least
        return
    # （不包括商业、办公等非住宅类房屋、保障性住房）, (不含二手房、安置房): a new market home is none of them; of
    # another, a person judges
    excepted = [m.span() for m in _EXCEPTED_HOMES.finditer(seg.text)]
    for span in excepted:
        yield Test("new_home", "==", True, discretion=True), span
    either = [m.span() for m in re.finditer(F.FIRST_OR_SECOND_HOME, seg.text)]
    for a, b in either:  # 首套或第二套: no home yet, or one
        yield Test("homes_owned", "<=", 1), (a, b)
    for m in re.finditer(F.NO_HOME, seg.text):
        if "唯一" in m.group() and re.search(r"出售|售出|卖出|转让|置换", seg.text[:m.start()]):
            continue  # 出售家庭名下的唯一住房后: the home sold, not the one bought
        if not any(a <= m.start() < b for a, b in either):
            # 在城镇的首套住房: a home owned in a village may not count — one owned leaves it to a person
            urban = re.search(r"(?:在)?城镇(?:的)?$", seg.text[:m.start()])
            yield Test("homes_owned", "==", 0, discretion=bool(urban)), (urban.start() if urban else m.start(), m.end())
    for m in re.finditer(F.SECOND_HOME, seg.text):  # 购买家庭第二套改善性住房: one home owned before
        if not any(a <= m.start() < b for a, b in either):
            yield Test("homes_owned", "==", 1), m.span()
    second_hand = [m for m in re.finditer(F.SECOND_HAND, seg.text) if not any(a <= m.start() < b for a, b in excepted)]
    if not second_hand:  # 新建商品住房（不含二手房）: the second-hand home the bracket leaves out asks nothing
        for m in re.finditer(F.NEW_HOME, seg.text):
            yield Test("new_home", "==", True), m.span()
    elif not re.search(F.NEW_HOME, seg.text) and (m := re.search(r"购(?:买|置)?[^，,。；;]{0,4}二手(?:商品)?(?:住房|房)", seg.text)):
        yield Test("new_home", "==", False), m.span()  # 购买二手住房的: a second-hand home is required


# the lexicon's bound words (以下 includes the number, 低于 does not), longest first
_AREA_PRE = "|".join(sorted((re.escape(w) for w, b in L.PRE_BOUNDS.items() if b.side and not b.approx
                             and (len(w) > 1 and not re.search(r"[<>=]", w) or w in ("≥", "≧", "≤", "≦", "<", ">", "<=", ">="))),
                            key=len, reverse=True))
_AREA_POST = "|".join(sorted((w for w, b in L.POST_BOUNDS.items() if b.side and w in ("以上", "及以上", "以下", "及以下", "以内")),
                             key=len, reverse=True))
_AREA_MARK = r"(?:[（(](?P<{}>不含|含)[^（()）]{{0,12}}[）)])?"
# 面积不超过144m2, 面积在144平方米以下（不含144平方米）; with its unit and bound the area needs no 面积 (购买90平方米（含90平方米）
# 以下新建商品住房, the second end of 90平方米以上、120平方米（含）以下)
_HOME_AREA = re.compile(rf"(?P<named>(?:单套)?(?:房屋|住房)?(?:建筑)?面积(?:还)?(?:须|应当|应|需)?(?:在|为)?)?(?P<before>{_AREA_PRE})?"
                        rf"\s*(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?(named){F.AREA_UNIT}?|{F.AREA_UNIT}){_AREA_MARK.format('incl')}"
                        rf"(?P<after>{_AREA_POST})?{_AREA_MARK.format('incl2')}")


# 100m2≦单套房屋建筑面积: the number first, then the bound, then the area — a lower bound
_AREA_FROM = re.compile(rf"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*{F.AREA_UNIT}\s*(?P<rel>≦|≤|<=|<)\s*(?:单套)?(?:房屋|住房)?(?:建筑)?面积")


def home_area(seg: Segment) -> Iterator[Found]:
    """购买新建商品住房面积不超过144m2, 面积在144平方米以下（不含144平方米）: the floor area of the home bought
    (以下 includes the number, 不含 leaves it out) — not of a project built (新建项目的建筑面积不少于3000平方米).  Areas that choose the amount (90平方米以下的…；90平方米以上的…)
    ask nothing; a limit the text lifts for some (…多孩家庭购房不限面积) leaves a failed one to a person."""
    sentence = seg.full_sentence or seg.context or seg.text
    if seg.exclusion:  # (areas that choose: read_segment's widening)
        return
    bought = bool(re.search(r"购买|购房|购置|新购|所购", sentence))
    lifted = bool(re.search(r"不限面积|不受面积限制|面积不限", sentence))
    # 单套建筑面积在144平方米以下: a home's, named so; 建筑面积不少于3000平方米: a project's
    yield from _area_tests(seg.text, lifted, bought)


def area_bounds(text: str) -> list[Test]:
    """The bounds a row of areas puts on the home (建筑面积90平方米以上、144平方米（含）以下的): for the row's own programme,
    where the area is what it asks (in a grant's sentence it only picks the amount)."""
    return [t for t, _ in _area_tests(text, False, True)]


def _area_tests(text: str, lifted: bool, bought: bool) -> Iterator[Found]:
    """The area bounds in ``text``, each way round (面积在144平方米以下, 100m2≦单套房屋建筑面积); an area not named a
    home's counts only where the sentence buys one (``bought``)."""
    for m in _HOME_AREA.finditer(text):
        if bought or re.match(r"单套|房屋|住房", m.group("named") or ""):
            yield from _area_test(text, m, lifted)
    for m in _AREA_FROM.finditer(text):
        n = float(m.group("n"))
        yield Test("home_area", ">=" if m.group("rel") in ("≦", "≤", "<=") else ">", int(n) if n.is_integer() else n, "㎡",
                   discretion=lifted), m.span()


def _area_test(text: str, m: re.Match, lifted: bool) -> Iterator[Found]:
    """One area bound a _HOME_AREA match states, with its span: 以下 includes the number, 不含 leaves it out."""
    word = m.group("before") or m.group("after")
    if not word or re.search(r"人均[^，,。；;]{0,8}$", text[:m.start()]):
        return  # (家庭人均住房建筑面积低于15平方米: the family's area per head, not the home bought)
    bound = L.PRE_BOUNDS.get(word) or L.POST_BOUNDS[word]
    mark = m.group("incl") or m.group("incl2")
    inclusive = bound.inclusive if mark is None else L.INCLUSION_WORDS[mark]
    op = (">" if bound.side == "min" else "<") + ("=" if inclusive else "")
    n = float(m.group("n"))
    yield Test("home_area", op, int(n) if n.is_integer() else n, "㎡", discretion=lifted), m.span()


def children(seg: Segment) -> Iterator[Found]:
    """二孩、三孩家庭 → children >= 2 (the smallest number named); 符合国家生育政策的 with it asks
    nothing more."""
    found = [(n, m.span()) for n, words in F.CHILDREN for m in re.finditer(words, seg.text)]
    if found:
        least = min(n for n, _ in found)
        yield Test("children", ">=", least), (min(s[0] for _, s in found), max(s[1] for _, s in found))
        for m in re.finditer(F.BIRTH_POLICY, seg.text):
            yield Test("children", ">=", least), m.span()
        for m in re.finditer(F.ADOPTED, seg.text):  # 夫妻依法生育或者依法收养两个、三个子女: an adopted child counts
            yield Test("children", ">=", least), m.span()
    elif (policy := re.fullmatch(rf"\s*(?:{F.BIRTH_POLICY})\s*", seg.text)) and seg.context:
        # 符合国家生育政策，生育二孩或三孩: the policy alone in its segment, the children named beside it
        named = [n for n, words in F.CHILDREN if re.search(words, seg.context)]
        if named:
            yield Test("children", ">=", min(named)), policy.span()


def social_insurance(seg: Segment) -> Iterator[Found]:
    """缴纳社会保险, 有社保缴费记录 without a number: at least one month paid."""
    if any(isinstance(t, Test) and t.fact == "social_insurance_months"
           or isinstance(t, tuple) and any(isinstance(x, Test) and x.fact == "social_insurance_months"
                                           for row in t[1] for x in row)
           for t, _ in numbers(seg)):
        return  # the months the number says (缴纳社会保险或个人所得税满6个月: either way)
    insured = re.fullmatch(rf"(?:参加|缴纳)(?:{F.SOCIAL_INSURANCE})的(?:在职)?(?:职工|员工)", seg.text)
    if insured:  # 参加失业保险的职工: whom it is for, insured
        yield Test("social_insurance_months", ">=", 1, "月"), insured.span()
        return
    named = re.sub(r"(?:城镇|企业)职工(?=(?:基本)?(?:社会保险|养老保险|医疗保险|社保))", "", seg.text)  # the insurance's name
    if re.search(r"用人单位|单位按规定|为其|员工|职工", named) and not re.search(r"和本人|及本人|与本人", seg.text):
        return  # the employer's duty or the staff's insurance, not the applicant's own (所在用人单位和本人…: both)
    for m in re.finditer(F.SOCIAL_INSURANCE, seg.text):
        if re.search(r"缴纳|缴费|参保|参加|记录|在缴", seg.text):
            yield Test("social_insurance_months", ">=", 1, "月"), m.span()
            return
    if re.search(F.SOCIAL_INSURANCE, seg.context) and (m := re.search(r"(?:正常)?在缴|正常缴纳|正常缴费", seg.text)):
        yield Test("social_insurance_months", ">=", 1, "月"), m.span()  # 社会保险：…，且需处于正常在缴状态


def work(seg: Segment) -> Iterator[Found]:  # noqa: D103
    """签订劳动合同, 全职工作, 就业 → employed; 创业, 法定代表人 → entrepreneur."""
    for m in re.finditer(F.EMPLOYED, seg.text):
        before = seg.text[max(0, m.start() - 12):m.start()]
        if m.group().startswith("签订") and (no := re.search(r"(?:未|没有|尚未)(?:与[^，,。；;]{0,10})?$", before)):
            yield Test("employed", "==", False), (m.start() - len(no.group()), m.end())
            continue  # 未与用人单位签订劳动合同: no job under a contract
        if re.search(r"灵活就业(?:方式|身份|形式)?(?:在[^，,。；;]{0,8})?$", before) or m.group().endswith("就业") \
                and re.search(r"以灵活就业(?:方式|身份|形式)", seg.text[max(0, m.start() - 16):m.end()]):
            continue  # 以灵活就业方式在本区就业: in work, but under no labour contract with a unit
        yield Test("employed", "==", True), m.span()
    for m in re.finditer(r"签订(?P<term>[\d一二三两五十]+年(?:及|或)?以上(?:期限)?的?)(?:劳动|聘用)合同", seg.text):
        yield Test("employed", "==", True), (m.start(), m.start("term"))  # the contract's term stays to be shown
    firm = re.search(r"的[\u4e00-\u9fff“”\"]{0,10}(?:企业|公司)$", seg.text.rstrip("。；;，, "))
    for m in re.finditer(F.ENTREPRENEUR, seg.text):
        if firm and m.group() == "创业":
            continue  # 创业后跨过“死亡谷”、进入高速成长期的科技型企业: a firm's stage, no founder's business
        if m.group().startswith("个体工商户") and re.search(r"(?:与|在|到)[^，,。；;]{0,20}$", seg.text[:m.start()]) \
                and re.match(r"[^，,。；;]{0,6}?(?:签订|就业|工作)", seg.text[m.end():]):
            continue  # 与县内企业、社会组织、个体工商户签订劳动合同: the employer, not a business of one's own
        yield Test("entrepreneur", "==", True), m.span()
    for m in re.finditer(F.UNEMPLOYED, seg.text):
        yield Test("employed", "==", False), m.span()


_EMPLOYER_KIND = (r"机关事业单位|企事业单位|企业|(?<!企)(?<!机关)事业单位|高校|科研院所|社会组织|社会团体|民办非企业(?:单位)?|个体工商户"
                  r"|(?<![^在与由被到、，,])(?:党政|行政|国家)?机关(?=[、和及或](?:事业单位|参照)|在编|在岗|工作|就业|任职)"  # 在(党政)机关、事业单位就业的, 在党政机关在编在岗的, 在党政机关工作的
                  r"|参照公务员法管理(?:的)?(?:事业)?单位|参公(?:事业)?单位")  # 在党政机关、参照公务员法管理单位在编在岗的
# (高校 and 科研院所 are 事业单位 too: one who works at a university works at a 事业单位)
_INSTITUTIONS = ("public_institution", "university", "research_institute")


def as_employers(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """Kinds named as employers: a 事业单位 (public institution) is a university's or a research institute's kind too."""
    return tuple(dict.fromkeys((*kinds, *_INSTITUTIONS))) if "public_institution" in kinds else kinds


_EMPLOYER_KINDS = {"企业": ("enterprise",), "事业单位": _INSTITUTIONS, "高校": ("university",),
                   "机关事业单位": ("government", *_INSTITUTIONS), "机关": ("government",),
                   "党政机关": ("government",), "行政机关": ("government",), "国家机关": ("government",),
                   "科研院所": ("research_institute",), "民办非企业": ("social_org",), "民办非企业单位": ("social_org",),
                   "社会组织": ("social_org",), "社会团体": ("social_org",), "企事业单位": ("enterprise", *_INSTITUTIONS),
                   "参公单位": ("government", "public_institution"),
                   "个体工商户": ("individual_business",)}
# what employers (工业企业, 规上企业、社会组织), named after the place they are in
_EMPLOYERS = (r"(?P<qual>工业|规上|规模以上|重点|高新技术|国有)?"
              rf"(?P<who>(?:{_EMPLOYER_KIND})(?:(?:或|、|和|及)(?:{_EMPLOYER_KIND}))*)(?:等(?:用人)?单位)?")


def titled_employers(seg: Segment) -> Iterator[Found]:
    """在市级重点企业、高新技术企业就业: enterprises of either title — one test of the titles (any of them), read before the
    rules that would take each title alone (as the tables are: what they cover no later rule reads)."""
    listed = _TITLED_EMPLOYERS.search(seg.text)
    if listed is None:
        return
    names = [_PLACE_BEFORE.sub("", n) for n in _TITLE_SPLIT.split(listed.group("list"))]
    if len(names) < 2 or not all(n.endswith("企业") and len(n) > 2 and not _GENERIC_QUALIFIER.search(n[:-2]) for n in names):
        return
    place = _PLACE_BEFORE.match(listed.group("list"))  # (区内规上企业: 区内 is the place rule's to read)
    span = (listed.start("list") + (place.end() if place else 0), listed.end())
    yield Test("employer_titles", "has", tuple(names)), span
    yield Test("employer_kind", "in", ("enterprise",)), span
    if not seg.exclusion:
        yield Test("employed", "==", True), span


def employer(seg: Segment) -> Iterator[Found]:
    """在辖区企业工作, 与企业签订劳动合同, 在秀洲区企业或社会组织就业 → the employer's kind (employer_kind)."""
    # (在环翠区行政区域内注册的企业、民办非企业单位工作: the place the employers are in, said at length)
    m = re.search(r"(?P<to>在|与|由|被|引进到|(?<![引进])到)(?:[^，,。；;]{0,8}?|[^，,。；;]{0,14}?(?:行政区域|辖区|范围)内?(?:注册|登记)?的?)"
                  + _EMPLOYERS +
                  # 在机关事业单位（含参照公务员法管理单位）工作的, 在辖区重点企业（以…公布的年度重点企业名单为准）工作的:
                  # what the bracket adds
                  r"(?:[（(][^（()）]{0,30}[）)])?"
                  r"(?:[^，,。；;]{0,4}?)(?:工作|就业|任职|全职|签订|引进|聘用|在编|在岗)", seg.text)
    if m and re.search(r"(?:在编|在岗)$", m.group()) and m.group("who") in ("企业", "高校", "科研院所"):
        m = None  # 申报时仍在该企业在职在岗: still employed there, no kind of employer asked (在编 is an organ's word)
    # …并受聘于本市企业, 就业于辖区规上企业: the employer after the verb
    m = m or re.search(r"(?P<to>受聘于|受雇于|就业于|任职于|供职于)[^，,。；;]{0,8}?" + _EMPLOYERS, seg.text)
    # 我市事业单位(不含参公事业单位)引进的博士研究生, 民办非企业引进的…: the employer that brought the person in
    m = m or re.search(r"(?:^|(?<=[，,]))(?:(?:本|我)[市区县])?(?P<qual>)[^，,。；;的]{0,12}?(?P<who>民办非企业|(?<!企)事业单位|高校|科研院所|企业)(?:单位)?"
                       rf"(?:[（(][^（()）]{{0,12}}[）)])?{F.BROUGHT_IN}", seg.text)
    if m and not re.search(r"或|和|及|、", re.sub(r"[（(][^（()）]*[）)]", "", m.group().replace(m.group("who"), "", 1))):
        # (参照…管理的事业单位: 参公单位; 党政机关 alone, whose word the pattern knows by what follows it: 在党政机关工作)
        words = re.findall(_EMPLOYER_KIND, m.group("who")) or [w for w in [m.group("who")] if w in _EMPLOYER_KINDS]
        kinds = tuple(dict.fromkeys(k for w in words for k in _EMPLOYER_KINDS["参公单位" if w.startswith("参") else w]))
        if kinds:  # (no kind read, no test: an empty list would hold for no one)
            yield Test("employer_kind", "in", kinds), m.span("who")
        if re.search(r"(?:工作|就业|任职|全职)$", m.group()) and not seg.exclusion:
            yield Test("employed", "==", True), m.span()  # 在秀洲区企业或社会组织就业: a job there
        if m.group("qual") and m.group("who") == "企业":  # 与…工业企业签订劳动合同: what enterprise, a title of it
            yield Test("employer_titles", "has", (m.group("qual") + "企业",)), (m.start("qual"), m.end("who"))
        elif m.group("who") == "企业" and (qual := _employer_qualifier(
                seg.text[m.end("to") if "to" in m.re.groupindex else m.start():m.start("who")], seg.chain)):
            # 在我区集成电路企业全职工作, 与我市实体经济企业签订劳动合同: the enterprise's field or standing, a title of it
            a = m.start("who") - len(qual)
            yield Test("employer_titles", "has", (qual + "企业",)), (a, m.end("who"))


# 在市级重点企业、高新技术企业就业: a list of titled enterprises (each split off by _TITLE_SPLIT)
_TITLED_EMPLOYERS = re.compile(r"(?:在|到|与)(?P<list>[^，,。；;]{2,12}?企业(?:(?:、|和|及|或者|或)[^，,。；;、]{2,12}?企业)+)"
                               r"(?:[^，,。；;]{0,2}?)(?:工作|就业|任职|全职|签订)")
_TITLE_SPLIT = re.compile(r"、|和|及|或者|或")
_PLACE_BEFORE = re.compile(r"^(?:(?:本|我|该|全)(?:省|市|区|县)(?:内)?|(?:省|市|区|县)内|辖区(?:内)?)")  # 区内规上企业: 规上企业
# 在我区集成电路企业: the words between the place and 企业 that say what enterprise (not 各类, 相关, 辖区)
_GENERIC_QUALIFIER = re.compile(r"各类|各|相关|其他|其它|所在|用人|注册|驻|属地|本地|当地|辖区|区内|市内|县内|域内|境内|全市|全区|全县"
                                r"|以上|以下|范围内|[内外中的之等]$|^[内外中的之等]")


def _employer_qualifier(words: str, chain: tuple) -> str | None:
    """The words between where and 企业 once the place is taken off, if they say what enterprise."""
    words = re.sub(r"^(?:到|进|进入)?(?:本|我|该|全)(?:省|市|区|县|镇)(?:内)?", "", words)
    for k in range(len(words), 1, -1):  # 在新吴区集成电路企业: the place named first
        if _named_place(words[:k], chain):
            words = words[k:]
            break
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", words) or _GENERIC_QUALIFIER.search(words) \
            or re.search(F.PERSON_WORDS, words) or re.search(_EMPLOYER_KIND, words):
        return None
    return words


def employer_excepted(seg: Segment) -> Iterator[Found]:
    """（机关事业单位在编人员除外）: the staff of organs and public institutions are left out.  An employer
    of another kind decides it; one of those kinds does not (在编 or not, a person decides), so the
    test is left to discretion."""
    for m in re.finditer(F.EMPLOYER_EXCEPTED, seg.text):
        kinds = _employer_kinds(m.group("who"))
        if kinds:
            yield Test("employer_kind", "not in", kinds, discretion=True), m.span()
    # 本条所称企业、社会组织不含机关事业单位: the employers named leave these kinds out (编外 staff, if the text lets them in, is
    # what an exemption says)
    if (m := re.match(F.EMPLOYERS_DEFINED_OUT, seg.text)) and re.fullmatch(rf"(?:{_EMPLOYER_KIND}|[、和及或])+", m.group("terms")) \
            and (kinds := _employer_kinds(m.group("who"))):
        yield Test("employer_kind", "not in", kinds), m.span()


def _employer_kinds(who: str) -> tuple[str, ...]:
    """The employer kinds the words name (机关 → government; 事业单位 → public institution, university …)."""
    return tuple(dict.fromkeys(k for word, ks in F.EXCEPTED_EMPLOYERS if word in who for k in ks))


def left_job(seg: Segment) -> Iterator[Found]:
    """有下列情形之一的，不予补贴：申报时已与用人单位解除劳动关系的: one without the job the grant is for."""
    if seg.exclusion and (m := re.search(F.LEFT_JOB, seg.text)):
        yield Test("employed", "==", False), m.span()


def moved_out(seg: Segment) -> Iterator[Found]:
    """有下列情形之一的…：注册地、税务征管关系迁出黄岩区的: one registered elsewhere now is left out."""
    if not seg.exclusion:
        return
    what = r"(?:(?:工商)?注册(?:登记)?地|税务征管关系|税收征管关系|纳税关系|税务关系|经营地|生产经营地)"
    for m in re.finditer(rf"(?:{what}(?:[、和及或]{what})*)?(?:整体)?迁(?:出|离)(?:本(?P<own>[市区县])|(?P<name>[\u4e00-\u9fff]{{1,8}}?(?:区|县|市)))",
                         seg.text):
        if m.group("own"):
            where = next((n for n, lvl in seg.chain if lvl == {"市": "city"}.get(m.group("own"), "county")), None)
        elif re.fullmatch(rf"(?:{P.ZONE_WORD})", m.group("name")):  # 注册地已迁出开发区的: the zone the text is for
            if zone := _zone(m.group("name"), seg.chain):
                yield Test("region", "not in", zone), m.span()
            continue
        else:
            where = P.resolve(m.group("name"), list(seg.chain))
        if where:
            yield Test("region", "not in", (chain_of(where, seg.chain),)), m.span()
    # 社会保险关系转出本市的: no months of insurance paid in the place any longer
    for m in re.finditer(r"(?:社会保险|社保)(?:关系)?(?:已)?转(?:出|移出)(?:本[市区县]|[\u4e00-\u9fff]{1,8}?(?:区|县|市))", seg.text):
        yield Test("social_insurance_months", "<", 1, "月"), m.span()


def staff_excluded(seg: Segment) -> Iterator[Found]:
    """有下列情形之一的，不予补贴：…机关事业单位在编人员: in an exclusion, staff of those employers — an
    enterprise's staff are not them; whether an employee of those kinds is 在编, a person decides
    (the test is discretionary: a hit leaves the programme open)."""
    if not seg.exclusion:
        return
    m = re.search(r"(?P<who>(?:党政|行政)?(?:机关|事业单位|公务员|参公)[^，,。；;]{0,16}?)(?:在编|编制内)(?:在岗)?(?:人员|工作人员|职工)",
                  seg.text) or re.search(r"(?P<who>公务员)(?:[和及、或]参照公务员法管理的(?:工作)?人员|(?:和|及)?(?:工作)?人员?(?=除外))", seg.text)
    if m:
        kinds = _employer_kinds(m.group("who"))
        if kinds:
            yield Test("employer_kind", "in", kinds, discretion=True), m.span()
        return
    # 机关、参照公务员法管理单位的工作人员不适用本细则: every staff member of those employers, no 在编 to judge
    m = re.search(r"(?P<who>(?:党政|行政)?机关(?:[、和及]?事业单位)?|公务员)(?:[、和及](?:参照公务员法管理|参公)(?:的)?(?:单位|机关))?"
                  r"(?:[（(][^（()）]{0,20}[）)])?(?:的)?(?:工作人员|人员|职工)[的，,；;。\s]*$", seg.text)  # whom the sentence leaves out, not what they do
    if m and (kinds := _employer_kinds(m.group("who"))):
        yield Test("employer_kind", "in", kinds), m.span()


# Who an exclusion leaves out as the applicant: organs, public institutions (公办养老机构), sole traders, branches.
_EXCLUDED_WHO = rf"(?:(?:党政|行政|国家)?机关|事业单位|{F.PUBLIC_RUN}|个体工商户|个体户|{F.BRANCH})"
# (分公司等分支机构及个体工商户: one named as the kind of another, 等)
_EXCLUDED_APPLICANT = re.compile(rf"^\s*(?:(?:申报|申请)(?:单位|主体)(?:为|是|系))?(?P<who>{_EXCLUDED_WHO}(?:(?:等?[、和及或]|等){_EXCLUDED_WHO})*)"
                                 r"(?:等)?(?=作为|的?[。；;，,]?\s*$|不属于|不适用|不在|不纳入|不作为|不得作为|不予)")


# 依法登记为民办非企业单位或企业: the kinds the applicant is registered as
_KIND_WORD = "|".join(sorted((re.escape(w) for ws in F.KINDS.values() for w in ws), key=len, reverse=True))
_PRIVATELY_RUN = re.compile(F.PRIVATELY_RUN)
_REGISTERED_AS = re.compile(rf"(?:依法)?(?:登记|注册)(?:为|成为)(?P<kinds>(?:{_KIND_WORD})(?:(?:或者|或|、|和|及)(?:{_KIND_WORD}))*)")


def registered_as(seg: Segment) -> Iterator[Found]:
    """在城固县行政区域内依法登记为民办非企业单位或企业: the applicant is one of those kinds; 由社会力量举办, 民办养老机构:
    no organ or public institution runs it."""
    if seg.exclusion:
        return
    for private in _PRIVATELY_RUN.finditer(seg.text):
        yield Test("kind", "not in", ("government", "public_institution")), private.span()
    if not (m := _REGISTERED_AS.search(seg.text)):
        return
    kinds = tuple(F.kind_words(m.group("kinds")))
    if kinds:
        yield Test("kind", "in", kinds), m.span()
        if tail := re.search(r"(?<=的)[\u4e00-\u9fff]{1,6}(?:机构|企业|单位|组织)$", seg.text.rstrip("。；;，, ")):
            yield Test("kind", "in", kinds), tail.span()  # …的养老机构: the applicant so registered, named again


def excluded_applicant(seg: Segment) -> Iterator[Found]:
    """In an exclusion, the kinds of applicant it leaves out (申报单位为党政机关、事业单位的; 党政机关、事业单位作为主办单位的;
    机关、事业单位不属于本通知补贴对象; 公办养老机构不适用本办法; 个体工商户、分支机构不在申报范围): the applicant's kind, not
    an employer's (F.EXCLUDED_APPLICANTS), and for a branch no legal personality."""
    if not seg.exclusion or not (m := _EXCLUDED_APPLICANT.match(seg.text)):
        return
    who = m.group("who")
    kinds = tuple(dict.fromkeys(k for word, ks in F.EXCLUDED_APPLICANTS if word in who for k in ks))
    if kinds:
        yield Test("kind", "in", kinds), m.span("who")
    if re.search(F.BRANCH, who):
        yield Test("legal_person", "==", False), m.span("who")


def hukou(seg: Segment) -> Iterator[Found]:
    """农业户籍 → hukou_rural; 本市户籍 / 户籍在瓯海 → hukou in the place (read by :func:`places`)."""
    for m in re.finditer(F.RURAL, seg.text):
        yield Test("hukou_rural", "==", True), m.span()
    for m in re.finditer(F.URBAN, seg.text):
        if not re.search(r"非[^，,。；;、]{0,8}$", seg.text[:m.start()]):  # 非本市城区城镇户籍: not urban
            yield Test("hukou_rural", "==", False), m.span()
    # 外市农村户籍人员, 外省户籍: a 户籍 outside the territory at that level (外地: the document's own)
    levels = dict((lvl, n) for n, lvl in seg.chain)
    for m in re.finditer(r"(?P<w>外市|市外|外县|县外|外省|省外|外地|外区|区外)(?=(?:农村|农业|城镇)?(?:户籍|户口))", seg.text):
        level = {"市": "city", "县": "county", "省": "province", "区": "county"}.get(m.group("w").strip("外"), None)
        where = levels.get(level) if level else (seg.chain[-1][0] if seg.chain else None)
        if level == "province" and not where and seg.chain:
            where = P.province_of(seg.chain[0][0])  # 外省 in a text of 柳州: outside 广西
        if where:
            yield Test("hukou", "not in", (chain_of(where, seg.chain),)), m.span()
    # 落户并在长工作, 毕业后落户的: 户籍 moved to the document's territory (a place named with it is read
    # by the place rule as hukou: 落户本市, 在本市落户)
    if "落户" not in seg.text:
        return
    city = [n for n, lvl in seg.chain if lvl == "city"] or [n for n, _ in seg.chain][-1:]
    for m in re.finditer(r"(?<![未不理请予可准])落户(?!本|我|在|于|到|手续|[\u4e00-\u9fff]{1,4}[市区县])", seg.text):
        if re.search(r"(?:本|我)[市区县]|在[\u4e00-\u9fff]{1,6}落户$", seg.text[max(0, m.start() - 8): m.start()]) \
                or re.search(F.SETTLE_BENEFIT, seg.text[max(0, m.start() - 8): m.start()]):
            continue  # 可直接落户: what the guide grants
        if re.fullmatch(r"\s*[\u4e00-\u9fff、和及与]{0,8}落户[：:。]?\s*", seg.text):
            continue  # （一）学历落户, 职称和技能落户: the name of a way to settle, what the guide grants
        held = _held(Test("hukou", "in", (chain_of(city[0], seg.chain),) if city else ()), seg.text[:m.end()])
        if held is not None:  # not 第二、三子女落户瓯海: the children's 户籍, for a person to check
            yield held, m.span()


def integrity(seg: Segment) -> Iterator[Found]:
    """诚实守信, 信用良好, 未被列入失信名单 → dishonest false; in an exclusion 有失信记录 → true."""
    for m in re.finditer(F.INTEGRITY, seg.text):
        yield Test("dishonest", "==", False), m.span()
    if not re.search(F.INTEGRITY, seg.text):
        for word in F.FACTS["dishonest"].phrasings:
            at = seg.text.find(word)
            if at >= 0:
                # 无失信, 未发生严重失信; 无重大安全生产事故和严重失信行为: 无 over a list that ends in it
                negated = re.search(r"(?:无|没有|未|不)[^，,。；;]{0,6}$|(?:无|没有|未)[^，,。；;无未]{1,16}[和、及与或]$", seg.text[:at])
                value = bool(seg.exclusion) != bool(negated) if seg.exclusion else not negated and False
                if seg.exclusion or negated:
                    yield Test("dishonest", "==", value if seg.exclusion else False), (negated.start() if negated else at, at + len(word))
                break


def talent(seg: Segment) -> Iterator[Found]:
    """A类人才, 三类人才 → talent_class in (A,), (C,); 经市人才工作领导小组认定的 before it names who recognised it."""
    found = [(class_letters(m.group(1), "以上" in m.group()), m.span()) for m in re.finditer(F.TALENT_CLASS, seg.text)
             if not re.search(r"[\u4e00-\u9fff]$", seg.text[:m.start()]) or re.search(r"(?:[为是的、和及与]|属于)$", seg.text[:m.start()])
             or re.search(r"(?:认定为|评为|属于)(?:本|我|全)[市区县省]$", seg.text[:m.start()])]  # 经认定为本市A、B、C、D类高层次人才
    found += [(re.findall(r"([A-HＡ-Ｈ])类[（(]", m.group(1)), m.span()) for m in re.finditer(F.TALENT_CLASS_DESCRIBED, seg.text)]
    found += [(re.findall(r"[A-HＡ-Ｈ]", m.group(1)), m.span()) for m in re.finditer(F.TALENT_CLASS_AFTER, seg.text)]
    found.sort(key=lambda f: f[1])
    if found:  # A、B、C类人才 names three classes
        classes = tuple(dict.fromkeys(F.CLASS_LETTERS.get(c, c.upper()) for cs, _ in found for c in cs))
        # 经市人才工作领导小组认定的, 按照《…人才分类认定目录》认定的: who or what gave the class
        by = re.search(r"(?:经|按照|依据|根据)(?:[^，,。；;《]|《[^》]{1,40}》){0,44}?(?:认定|评定|确认)"
                       r"(?:的|为|(?:属于|为)本(?:办法|细则|通知|方案)(?:规定|所称)的)$", seg.text[:found[0][1][0]])  # 经认定属于本办法规定的
        yield Test("talent_class", "in", classes), (by.start() if by else found[0][1][0], found[-1][1][1])


def class_letters(listed: str, up: bool = False) -> list[str]:
    """A、B、C → A, B, C; A-H → A … H; C类及以上 (``up``) → A, B, C (A is the highest class)."""
    if up and re.fullmatch(r"[A-H]", listed):
        return [chr(c) for c in range(ord("A"), ord(listed) + 1)]
    m = re.fullmatch(r"([A-Z])[-—~至]([A-Z])", listed)
    if m:
        return [chr(c) for c in range(ord(m.group(1)), ord(m.group(2)) + 1)]
    return re.findall(r"[A-ZＡ-Ｚ一二三四五六七ⅠⅡⅢⅣⅤⅥⅦ]", listed)


# 在常熟经济技术开发区范围内注册: a zone by its own name (a place's name before it), no title held (not 国家级经济技术开发区)
_ZONE_NAMED = re.compile(r"[\u4e00-\u9fff](?<![为的是获及和或级与被选评])$")
# 申报瞪羚企业库的企业, 申请认定高新技术企业的: the title one applies for, not one held
_SOUGHT = re.compile(r"(?:申报|申请|参评|争创|创建)(?:认定|入库|评定|评价)?(?:为)?$")


def holdings(seg: Segment) -> Iterator[Found]:
    """被认定为…/获得… a title or award polc knows; 中国专利金奖、银奖、优秀奖 names three awards.  Only
    the names are read: 新认定, 首次, 省级 around them stay for a person to judge."""
    text = _expand_awards(seg.text)
    named = False
    for name, table in (("titles", F.TITLES), ("awards", F.AWARDS)):
        spots = {t: [m.span() for m in _name_pattern(t).finditer(text) if not _SOUGHT.search(text[:m.start()])
                     and not (t.endswith("开发区") and _ZONE_NAMED.search(text[:m.start()]))]
                 for t in table}
        spots = {t: v for t, v in spots.items() if v}
        # a name inside a longer one found at the same place is not named (中国专利金奖, not also 专利奖)
        held = tuple(t for t, where in spots.items()
                     if any(not any(u != t and a >= b0 and b <= b1 for u in spots for b0, b1 in spots[u])
                            for a, b in where))
        if not held:
            continue
        named = True
        if seg.person and name == "titles" and all(t.endswith("企业") for t in held):
            name = "employer_titles"  # 在…国家高新技术企业就业的人才: the employer holds it
        if text == seg.text:
            covered = [span for t in held for span in spots[t]]
            graded = re.match(r"(?:的)?(特等奖|一等奖|二等奖|三等奖)", text[covered[0][1]:]) \
                if name == "awards" and len(held) == 1 else None  # 获得山西省科学技术奖一等奖: that grade, not any
            yield Test(name, "has", (held[0] + graded.group(1),) if graded else held), \
                (min(a for a, _ in covered), max(b for _, b in covered) + (graded.end() if graded else 0))
        else:  # the award list was spelled out: mark the list in the text as it stands
            listed = _AWARD_LIST.search(seg.text)
            yield Test(name, "has", held), listed.span() if listed else (0, 0)
    # 获评全国甲级旅游民宿的, 被评为省级示范基地: a rating or title the tables do not know, by its name (not one newly
    # given, 新评定为…, 首次获评…: when it was given stays for a person to judge)
    rated = None if named else _RATED.search(seg.text)
    if rated and not re.search(r"(?:新|首次|晋升|升级)[^，,。；;]{0,3}$", seg.text[:rated.start()]):
        yield Test("titles", "has", (rated.group("name"),)), rated.span()


_RATED = re.compile(r"(?:获评|被评为|评为|获得|被认定为|认定为|评定为)(?P<name>(?:全国|国家|省|市|县|区|[\u4e00-\u9fff]{2,3}省)"
                    r"[\u4e00-\u9fffA-Z0-9]{1,14}?(?:民宿|景区|饭店|酒店|度假区|基地|街区|村|品牌|工厂|车间|平台|中心|工作站|实验室))"
                    r"(?:的)?(?:企业|单位)?\s*$")  # 获评省级智能制造示范工厂的企业: the firm that holds it


@lru_cache(maxsize=None)
def _name_pattern(title: str) -> re.Pattern:
    """A title as printed: with or without quotes, 中小 optional (省级“专精特新”中小企业); made once per
    title (a pure function of the name: every segment asks for every title of the tables)."""
    chars = [c for c in re.sub(r"[“”\"'‘’《》]", "", title)]
    body = r"[“”\"《》]?".join(re.escape(c) for c in chars)
    return re.compile(body.replace(re.escape("企") + r"[“”\"《》]?" + re.escape("业"), r"(?:中小)?企[“”\"《》]?业"))


_AWARD_LIST = re.compile(r"(?P<stem>[\u4e00-\u9fff“”]{2,10}?)(?P<first>金奖|银奖|优秀奖|一等奖|二等奖|三等奖)"
                         r"(?P<rest>(?:[、和及或](?:金奖|银奖|优秀奖|一等奖|二等奖|三等奖))+)")


def _expand_awards(text: str) -> str:
    """中国专利金奖、银奖、优秀奖 → 中国专利金奖、中国专利银奖、中国专利优秀奖."""
    def spell(m: re.Match) -> str:
        stem = m.group("stem")
        rest = re.sub(r"(?P<sep>[、和及或])(?P<award>金奖|银奖|优秀奖|一等奖|二等奖|三等奖)",
                      lambda r: r.group("sep") + stem + r.group("award"), m.group("rest"))
        return stem + m.group("first") + rest
    return _AWARD_LIST.sub(spell, text)


def professional_title(seg: Segment) -> Iterator[Found]:
    """中级及以上职称 → titles has 中级职称, 副高级职称, 正高级职称 (a person's professional title)."""
    for m in re.finditer(rf"(?P<level>{'|'.join(F.PROFESSIONAL_LEVELS)}|副高|正高)(?P<up>及以上|以上)?"
                         r"(?:(?:专业技术)?(?:职称|职务任职资格)|的?(?:各类)?专业技术人(?:才|员))(?P<after>及以上|以上)?",
                         seg.text):  # 中级及以上的各类专业技术人才: holders of those titles
        level = m.group("level") + ("级" if m.group("level") in ("副高", "正高") else "")  # 副高以上职称
        start = F.PROFESSIONAL_LEVELS.index(level)
        levels = F.PROFESSIONAL_LEVELS[start:] if m.group("up") or m.group("after") else \
            ("副高级", "正高级") if level == "高级" else (level,)  # 高级职称 is either
        yield Test("titles", "has", tuple(f"{lvl}职称" for lvl in levels if lvl != "高级")), m.span()
    # 高级工以上职业资格, 技师及以上职业技能等级: a skill grade held, as a title (the grades above it count)
    for m in _SKILL_QUALIFICATION.finditer(seg.text):
        grade = m.group("grade") if m.group("grade") in F.SKILL_GRADES else m.group("grade") + "工"  # 中级职业资格: 中级工
        grades = F.SKILL_GRADES[F.SKILL_GRADES.index(grade):] if m.group("up") else (grade,)
        listed = tuple(re.findall(F.SKILL_GRADE, m.group("listed")))  # 初级工（五级）、中级工（四级）…: any of them
        yield Test("titles", "has", tuple(dict.fromkeys((*listed, *grades)))), m.span()
    if m := _SKILL_ALONE.fullmatch(seg.text):
        yield Test("titles", "has", (m.group("grade"),)), m.span()  # …副高职称或技师: the grade alone


_LEVEL = r"(?:[（(][一二三四五]级[）)])?"  # 高级工（三级）: the grade's national level, said again
_SKILL_QUALIFICATION = re.compile(rf"(?P<listed>(?:(?:{F.SKILL_GRADE}){_LEVEL}[、和或及])*)(?P<grade>{F.SKILL_GRADE}|[初中高]级(?![工职专]))"
                                  rf"{_LEVEL}"
                                  r"(?P<up>及以上|以上)?(?:的)?"
                                  r"(?:(?:国家)?职业资格(?:证书)?|职业技能等级(?:证书)?|技能等级证书)"
                                  r"(?:或(?:国家)?(?:职业资格(?:证书)?|职业技能等级(?:证书)?|技能等级证书))?")
_SKILL_ALONE = re.compile(rf"\s*(?P<grade>{F.SKILL_GRADE})(?:的?(?:人才|人员))?\s*")


_NONE_SPENT = re.compile(r"(?P<label>[^，,。；;：:（()）]{2,20}?)(?:为零|为0|等于零|等于0)")


def none_spent(seg: Segment) -> Iterator[Found]:
    """上年度研发费用为零的: a figure of the applicant that is nil — a spend of nothing is also a share of nothing, so
    a zero 研发费用 is a zero ``rd_ratio`` (what a profile gives more often)."""
    for m in _NONE_SPENT.finditer(seg.text):
        fact = fact_named(m.group("label"))
        if fact is not None:
            fact = "rd_ratio" if fact == "rd_expense" else fact
            yield Test(fact, "<=", 0, F.FACTS[fact].unit), m.span()


def legal_person(seg: Segment) -> Iterator[Found]:
    """具有独立法人资格 → legal_person; 不具有独立法人资格的分支机构 (in an exclusion: one without it is left out)."""
    for word in F.FACTS["legal_person"].phrasings:
        at = seg.text.find(word)
        if at >= 0:
            negated = re.search(r"(?:不|非|未)(?:具有|具备|是)?$", seg.text[:at])
            if negated:  # …的分公司、办事处等分支机构: what one without it is
                branch = re.match(rf"的?(?:[、和及]?(?:{F.BRANCH}))+(?:等)?(?:分支机构)?", seg.text[at + len(word):])
                yield Test("legal_person", "==", False), (negated.start(), at + len(word) + (branch.end() if branch else 0))
            else:
                yield Test("legal_person", "==", True), (at, at + len(word))
            return


def buyer(seg: Segment) -> Iterator[Found]:
    """购房人为自然人 → a person applies; 单位购房（不予补贴） → a unit (in an exclusion: a unit is left out)."""
    for m in re.finditer(F.PERSON_BUYER, seg.text):
        yield Test("kind", "in", ("individual",)), m.span()
    for m in re.finditer(F.UNIT_BUYER, seg.text):
        # 不含企业、事业单位等单位购房: the units are left out — a person buys
        left_out = re.search(r"(?:不含|不包括|不包含|除)[^，,。；;]{0,16}$", seg.text[:m.start()])
        yield (Test("kind", "in", ("individual",)), (left_out.start(), m.end())) if left_out else \
            (Test("kind", "in", F.UNIT_KINDS), m.span())


def industrial(seg: Segment) -> Iterator[Found]:
    """…首次突破10亿元的工业企业 → industrial; 非工业企业 in an exclusion → not industrial; not 非工业企业 elsewhere, nor 规模以上工业企业 (a title the holdings rule reads),
    nor one kind among others (工业企业和平台服务商), nor a person's employer (与…工业企业签订劳动合同)."""
    m = re.search(r"(?<![非上规和及与或、])工业(?:法人)?企业(?![和及与或、])", seg.text)  # 工业法人企业 too
    if m and not re.search(r"(?:规模以上|规上)$", seg.text[:m.start()]) \
            and not re.search(r"(?:与|在|由|被|(?<![达收])到)[^，,。；;]{0,12}$", seg.text[:m.start()]):  # not 达到
        yield Test("industrial", "==", True), m.span()
    if seg.exclusion and (m := re.search(r"(?<![\u4e00-\u9fff])非工业(?:法人)?企业", seg.text)):
        yield Test("industrial", "==", False), m.span()  # 非工业企业或…的 (in an exclusion): not one


# One character of a place's name: not a word that comes before or around a place (在, 的, 本, 非 …) — unless a division's
# name holds it (泰和县, 于洪区: named whole)
_CONNECTORS = "在于为的和与及我本该各全对是等已须需或不含非除购有"
_NAME_CHAR = rf"(?:(?![{_CONNECTORS}])[\u4e00-\u9fff])"
_CONNECTED_NAMES = "|".join(map(re.escape, P.names_with(_CONNECTORS)))
# 高县、珙县: a county named by one character, in a list (alone it is a word too often: 提高县级)
_ONE_CHARACTER_NAMES = "|".join(map(re.escape, P.short_names()))
# 在穗, 驻锡, 来甬: a city by its one character — not the first of its full name (在泸州市 is 泸州市 written whole).
_ABBREVIATIONS = "(?:" + "|".join(
    ch + (f"(?!{re.escape(P.base(full)[1:])})" if P.base(full).startswith(ch) else "")
    for ch, full in L.CITY_ABBREVIATIONS.items()) + ")"
_PLACE = re.compile(r"(?:(?<=[在于为至到入和及与或含非除有])|^|(?<=[，,、（(])|(?<=购买)|(?<=购置))(?P<place>"
                    + (rf"(?:{_CONNECTED_NAMES})(?![市区县])|" if _CONNECTED_NAMES else "")
                    + (rf"(?<=[、，,和及与])(?:{_ONE_CHARACTER_NAMES})(?=[、，,和及与])|" if _ONE_CHARACTER_NAMES else "")
                    + _NAME_CHAR + r"{2,5}?(?:自治区|省(?!级)|市(?![场级])|州(?![市区县])|区(?![域级])|县(?![级城])|旗))"
                    r"|(?P<word>本市|我市|全市|市内|本区|我区|区内|辖区|全区|本县|我县|县内|本省|我省|省内|全省|本地(?=户籍|户口|常住))"
                    r"|(?P<bare>(?:(?![本我非有具持为的在是和及与或含])[\u4e00-\u9fff]){2,3})(?=(?:常住|城镇|农村)?(?:户籍|户口))"
                    # (not 在京口区: a district's name that opens with the character)
                    r"|(?:[在驻来赴])(?P<abbr>" + _ABBREVIATIONS + r")(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]{1,2}[区县])")
_NOT_PLACES = ("市场", "城区", "市区", "新区", "地区", "全国", "城市", "县城", "省级", "市级", "区级", "县级", "本地区")
_NOT_PLACE_WORDS = r"^[一二三四五六七八九十两几各多]|其他|[市区县省委].|京外|外地|地区|设区|同类|同行|城市|规划|范围|中心|区域|园区|开发|工业|产业|行政|管委|街道|社区|农村|乡村|小区|主城区|中心城区|片区|辖区"


_LIST_JOIN = re.compile(r"、|和|及|以及|与|或|或者")  # what stands between two places of one list
# 位于如皋市、海安市、启东市等市区以外区域: places given as examples of outside an area of the city
_BEYOND_AREA = re.compile(rf"(?P<list>[^，,。；;]{{2,60}}?)等(?P<area>{'|'.join(P.AREAS)})(?:以外|之外)")


def place(seg: Segment) -> Iterator[Found]:
    """A place the segment requires, for the fact its words name: 在任城区购买 → home_region,
    本市户籍 → hukou, 在本市注册/就业/缴纳社保 → region; a list (玄武区、秦淮区和鼓楼区) is one test
    that any of them passes.  A word the document cannot resolve (本省 in a city's text that never
    names its province) is an unknown test, never a true one."""
    found: list[tuple[str, tuple, Span, str]] = []
    if re.search(F.ANY_PLACE, seg.context or seg.text):
        return  # 不限地域: no place is required
    any_hukou = bool(re.search(F.ANY_HUKOU, seg.context or seg.text))  # 户籍不限, 本市户籍和非本市户籍均可
    # 位于如皋市、海安市、启东市等市区以外区域: the places are examples — what the words ask is outside the city's area
    if (beyond := _BEYOND_AREA.search(seg.text)) \
            and (city := [n for n, lvl in seg.chain if lvl == "city"]):
        where = re.search(r"(?:位于|坐落于|坐落在|在|于)(?=[^位在于]*$)", beyond.group("list"))  # 所购住房位于…: the home's
        at = beyond.start("list") + (where.end() if where else 0)
        yield Test(_place_fact(seg.text, at, beyond.end()), "not in",
                   (chain_of(city[-1], seg.chain) + f"（{beyond.group('area')}）",)), beyond.span()
        return
    for m in _PLACE.finditer(seg.text):
        word = m.group("place") or m.group("word") or m.group("abbr") or m.group("bare")
        if _organs(seg.text, m.start(), m.end()):
            continue  # 须经我市推荐, 由本市人社部门认定: the place of an organ, not of the applicant
        if re.match(F.PLACE_STATISTIC, seg.text[m.end():]):
            continue  # 低于上年度本市城镇居民人均可支配收入: the place of a statistic, not of the applicant
        if m.group("bare"):  # 沈阳户籍: a city of the document's territory or a province, named bare
            named = [n for n, _ in seg.chain if P.base(n) == word] + [P.full_name(p) for p in L.PROVINCES if p == word]
            if not named:
                continue
            word = named[0]
        if m.group("word") == "区内" and re.search(r"[\u4e00-\u9fff]$", seg.text[:m.start()]) \
                and not re.search(r"[在于至到入和及与或含非除有]$", seg.text[:m.start()]):
            continue  # 城区内, 市区内, 城市规划区内: the end of an area's name (read below), not 区内 alone
        if m.group("word") in ("本市", "我市", "全市") and seg.text.startswith(P.AREAS, m.end()):
            continue  # 我市中心城区: the area rule below reads it
        if m.group("place") and m.group("place").endswith("市") and re.match(r"各(?:中心城区|主城区|市区|城区)", seg.text[m.end():]):
            continue  # 吉林市各城区: the area rule below reads it
        if m.group("word") in ("辖区", "区内") and found and re.fullmatch(r"(?:行政)?", seg.text[found[-1][2][1]:m.start()]):
            continue  # 在北京市行政辖区内, 沈阳市辖区内: the place just named, not a district of it
        if m.group("place") and (seg.text.startswith(P.AREAS, m.end())
                                 or word.endswith("市") and re.match(r"区(?![域级县])", seg.text[m.end():])):
            continue  # 双辽市城区: the area rule below reads it
        if m.group("place"):
            word = P.trim(word)
        if m.group("place") and (word in _NOT_PLACES or re.search(_NOT_PLACE_WORDS, word) and not _numbered_name(word)
                                 and not P.placed(word)  # 沙县区: a division the table places, whatever its letters
                                 or not _named_place(word, seg.chain)):
            listed = bool(found) and found[-1][3] == "in" and bool(_LIST_JOIN.fullmatch(seg.text, found[-1][2][1], m.start()))
            if re.search(F.ZONE, word) and (re.search(r"(?:在|到|于|落户)$", seg.text[:m.start()]) or listed) \
                    and not _nothing_there(seg.text, m.start(), m.end()):
                # 新引进到高新区企业, 在高新区购买: a zone no division is — where in the territory, a person says; outside
                # the territory it is not (襄州区、樊城区、高新区: one more place of the list)
                zone = _zone(word, seg.chain)
                if listed:
                    previous = found.pop()
                    found.append((previous[0], previous[1] + zone, (previous[2][0], m.end()), "in"))
                else:
                    found.append((_place_fact(seg.text, m.start(), m.end()), zone, m.span(), "in"))
            continue
        if _nothing_there(seg.text, m.start(), m.end()):
            continue  # 在本市无自有住房: not a requirement to be there
        if re.match(r"[^，,。；;]{0,3}(?:以外|之外)(?:的地区|地区)?(?:控股|设立|投资|拥有|开设|布局|建立)", seg.text[m.end():]):
            continue  # 在河西区以外控股或设立分支机构不少于3个: where the branches are, not the applicant
        outside = _outside(seg.text, m.start(), m.end())
        where = P.resolve(word, list(seg.chain))
        value = (chain_of(where, seg.chain),) if where else ()
        listed = bool(found) and bool(_LIST_JOIN.fullmatch(seg.text, found[-1][2][1], m.start()))
        # 株洲高新区（天元区）: the zone and the district the bracket names are one place — either says it
        listed = listed or bool(found) and seg.text[found[-1][2][1]:m.start()] in ("（", "(") \
            and seg.text[m.end():m.end() + 1] in ("）", ")")
        fact = found[-1][0] if listed else _place_fact(seg.text, m.start(), m.end())  # 户籍在玄武区、秦淮区或鼓楼区
        op = "not in" if outside else "in"
        if outside and not value:
            continue  # not somewhere the document does not name: nothing to test
        if listed and found[-1][3] == op:
            previous = found.pop()
            value, start = previous[1] + value, previous[2][0]
            found.append((fact, value, (start, m.end()), op))
            continue
        found.append((fact, value, m.span(), op))
    for name, _ in seg.chain:  # 在广州有社会保险缴费记录, 在沈就业, 来淮创业: the territory's own names
        short = P.base(name)
        for m in re.finditer(rf"(?<=[在于来赴驻到与留])(?:{re.escape(short)}(?![市区县省])|{re.escape(short[0])}(?=[就创工落购投缴注居]))",
                             seg.text):
            if any(a <= m.start() < b for _, _, (a, b), _ in found):
                continue
            found.append((_place_fact(seg.text, m.start(), m.end()), (chain_of(name, seg.chain),), m.span(), "in"))
    for m in _AREA.finditer(seg.text):
        if re.match(r"两级|财政|共同|分别|各级", seg.text[m.end():]) or _organs(seg.text, m.start(), m.end()) \
                or any(a <= m.start() < b for _, _, (a, b), _ in found):
            continue  # 市区两级财政: the governments, not a place
        if _nothing_there(seg.text, m.start(), m.end()):
            continue  # 在江门市区无城镇住房: not a requirement to be there
        where = _area_base(m.group("city"), m.group("area"), seg.chain)
        # 吉林市各城区: every urban district, as 市区 says (a 城区 alone may be one town's streets)
        area = "市区" if m.group("area") == "城区" and seg.text[m.start("area") - 1: m.start("area")] == "各" else m.group("area")
        value = (f"{chain_of(where, seg.chain)}（{area}）",) if where else ()
        # 中心城区范围内(含江阳区、龙马潭区、纳溪区…), 中心城区（襄城区、樊城区、襄州区）: those districts
        listed = _AREA_LIST.match(seg.text, m.end())
        if where and listed:
            if listed.group("lead"):
                names = re.findall(r"[\u4e00-\u9fff]{1,6}?(?:区|县|市)", listed.group("list"))
                value = tuple(chain_of(n, seg.chain) for n in names if P.known_name(n)) or value
            else:  # a bare list: its places, if it is one; its names are not requirements of their own
                value = listed_places(listed.group("list"), seg.chain, value[0] if value else None) or value
                found = [f for f in found if not listed.start() <= f[2][0] < listed.end()]
        # 户籍不在中心城区（含本市各县户籍及外市户籍人员）: outside the area; 城区和县城规划区: the fact of the list's first
        listed = bool(found) and bool(_LIST_JOIN.fullmatch(seg.text, found[-1][2][1], m.start()))
        found.append((found[-1][0] if listed else _place_fact(seg.text, m.start(), m.end()), value, m.span(),
                      "not in" if value and _outside(seg.text, m.start(), m.end()) else "in"))
    city = next((n for n, lvl in seg.chain if lvl == "city"), None)
    for m in re.finditer(F.COUNTIES, seg.text) if city else ():  # 在各县（市）购买住房的: outside the city's 市区
        if seg.text.startswith("县城规划区", m.end()):
            continue  # 各县（市）县城规划区: the counties' planned towns, an area read above
        if not any(a <= m.start() < b for _, _, (a, b), _ in found) and not _organs(seg.text, m.start(), m.end()):
            found.append((_place_fact(seg.text, m.start(), m.end()), (f"{chain_of(city, seg.chain)}（市区）",), m.span(), "not in"))
    tests = []
    for fact, value, span, op in sorted(found, key=lambda f: f[2][0]):
        if any_hukou and fact == "hukou":
            continue
        test = Test(fact, op, value)
        held = _held(test, seg.text[:span[0]], seg.text[span[1]:]) if fact == "hukou" else test
        if held is not None:  # not another's 户籍 (子女户籍在本区): its words stay for a person to check
            tests.append((held, span))
    # 所购住房位于城区和县城规划区以外: places of one fact listed before 以外 — outside all of them
    k = 0
    while k < len(tests):
        run = k
        while run + 1 < len(tests) and isinstance(tests[run + 1][0], Test) and isinstance(tests[k][0], Test) \
                and tests[run + 1][0].fact == tests[k][0].fact and tests[run][0].op == "in" \
                and re.fullmatch(r"[、和及与]", seg.text[tests[run][1][1]:tests[run + 1][1][0]]):
            run += 1
        first = tests[k][0]
        beyond = re.match(r"(?:行政区域|区域|范围|辖区)?(?:以外|之外)", seg.text[tests[run][1][1]:])
        if isinstance(first, Test) and first.op == "in" and beyond and run > k:
            value = tuple(dict.fromkeys(v for t, _ in tests[k:run + 1] for v in t.value))
            tests[k:run + 1] = [(Test(first.fact, "not in", value), (tests[k][1][0], tests[run][1][1] + beyond.end()))]
        k += 1
    # 在邢台市城区或者各县（市）县城规划区内购买: two places of one fact, joined by 或 — either
    k = 0
    while k < len(tests):
        (t, (a, b)), after = tests[k], tests[k + 1] if k + 1 < len(tests) else None
        if after is not None and isinstance(t, Test) and isinstance(after[0], Test) and after[0].fact == t.fact \
                and re.fullmatch(r"\s*(?:或者|或)[^，,。；;、和及]{0,6}", seg.text[b:after[1][0]]):
            yield ("any", ((t,), (after[0],))), (a, after[1][1])
            k += 2
            continue
        yield t, (a, b)
        k += 1


def _numbered_name(word: str) -> bool:
    """A place whose name opens with a numeral (七星区, 三河市) — not a count of places (三区, 各县)."""
    return bool(re.match(r"[一二三四五六七八九十]", word)) and P.known_name(word)


def _outside(text: str, start: int, end: int) -> bool:
    """非本市户籍, （不含襄州区）, 户籍不在中心城区, 本市以外: the place named is where the applicant is not."""
    return bool(re.search(r"(?:非|不在|不属于|不含|不包括|除|不具有|不具备|没有|未取得|无|迁出|迁离)(?:[^，,。；;（）()]{0,12}[、和及])?$",
                          text[max(0, start - 16): start])
                or re.match(r"[^，,。；;等]{0,3}(?:行政区域|行政区划|辖区|范围)?(?:以外|之外)", text[end:]))  # not …启东市等市区以外


def _held(test: Test, before: str, after: str = ""):
    """A 户籍 test as the words around it say whose 户籍 it is: none when it is another's (子女户籍在本区,
    第二、三子女落户瓯海: for a person to check) — but a family's (生育二孩、三孩的瓯海户籍家庭) is the
    applicant's; the applicant's or the spouse's, either (夫妻双方或一方, 申请人或其配偶: open when the
    applicant's is elsewhere); else the applicant's own."""
    clause = re.split(r"[，,。；;]", before)[-1]
    if re.search(F.OTHERS_HUKOU, clause) and not re.match(F.HUKOU_OF_FAMILY, after):
        return None
    if re.search(F.EITHER_HUKOU, clause):
        return ("any", ((test,), ()))
    return test


def _organs(text: str, start: int, end: int) -> bool:
    """The place word names where an organ acts (经我市推荐, 市区两级人民政府), not the applicant's — also one of a list of
    places whose last is the organ's (蓬江区、江海区、新会区住房城乡建设局), and an organ's name a line break cuts (新会区住房\n城乡
    建设局)."""
    after = re.sub(r"\s+", "", text[end:end + 60])
    listed = _LISTED_PLACES.match(after)
    return bool(re.search(F.ORGAN_BEFORE, text[:start]) or re.match(F.ORGAN_AFTER, after)
                or listed.end() and re.match(F.ORGAN_AFTER, after[listed.end():]))


_LISTED_PLACES = re.compile(rf"(?:[、和及与]{_NAME_CHAR}{{1,8}}?[区县市])*")


def _nothing_there(text: str, start: int, end: int) -> bool:
    """在本市无自有住房, 没有在广州市…获得住房: the place is where nothing may be, no requirement to be there."""
    return bool(re.search(r"没有在$|未在$", text[max(0, start - 3): start])
                or re.match(r"(?:[、和及与][^，,。；;]{1,10}?)?[^，,。；;、]{0,6}?(?:无|没有|未)", text[end:])
                and not re.match(F.HUKOU, text[end:]))  # (在城区和县城规划区范围内无住房: each place of the list)


_AREA = re.compile(rf"(?:(?<=[在于至到入和及与或含用有为是])|^|(?<=[，,、（(])|(?<=购买)|(?<=购置)|(?<=或者)|(?<=各县[（(]市[）)]))(?P<city>{_NAME_CHAR}{{2,4}}?市(?=各?(?:中心城区|主城区|市区|城区|县域|城市规划区|县城规划区))"
                   rf"|(?!具有|拥有|持有|具备|取得|没有)(?:(?!市){_NAME_CHAR}){{2,3}}?(?=市区)|本市|我市|全市|市(?=城区))?各?(?P<area>中心城区|主城区|市区|[二三四五六七八九十]?城区|县域|城市规划区|县城规划区|(?<=[在于])购房区域)")  # 吉林市各城区


_AREA_LIST = re.compile(r"(?:范围)?(?:内)?[（(](?!不|除)(?P<lead>含|包括|包含|即)?(?P<list>[^（()）]{2,60})[）)]")


def _list_items(text: str) -> list[str]:
    """The items of a list of places, cut at 、，和 及 以及 — not inside a name that holds one of them (南和区, 和平区)."""
    masked = _CONNECTED.sub(lambda m: "\ue000" * len(m.group()), text) if _CONNECTED_NAMES else text
    cuts = [m.span() for m in re.finditer(r"[、，,·]|以及|和|及", masked)]  # (黄石经济技术开发区·铁山区: two names)
    bounds = [0, *(x for span in cuts for x in span), len(text)]
    return [text[bounds[k]:bounds[k + 1]] for k in range(0, len(bounds), 2)]


_CONNECTED = re.compile(_CONNECTED_NAMES) if _CONNECTED_NAMES else None


def listed_places(text: str, chain: tuple, whole: str | None = None) -> tuple[str, ...] | None:
    """襄城区、樊城区、襄州区、高新区和鱼梁洲: the places of a list that names places only, at least half of
    them divisions the table knows (the others are zones: 高新区); None for any other list (one that
    ends in 等 is not all of them).  A list that adds zones it does not name (江阳区、龙马潭区、纳溪区以及各园区
    管委会) keeps ``whole``, the area it lists, beside its places: a place it does not name stays open; so does
    a zone the table does not know (高新区), which stands for ``whole`` too."""
    text = re.split(r"[，,]?以下(?:简称|称)", text)[0]  # …纳溪区,以下简称“中心城区”
    # 复兴区（不含康庄乡、户村镇）: towns left out (read with the area); 袁州区（含宜春经济技术开发区、宜阳新区）: zones let
    # in, places of the list; 东津新区（经开区）: another name, no place of its own
    text = re.sub(r"[（(]([^（()）]*)[）)]", lambda m: "" if not re.match(r"含|包括|包含", m.group(1))
                  else "、" + re.sub(r"^(?:含|包括|包含)", "", m.group(1)), text)
    text = re.split(r"[，,；;（(]?(?:不含|不包括|不包含|除)", text)[0]  # …繁昌区，不含南陵县、无为市: those are outside
    items = [re.sub(r"^(?:在|于|含|包括|即)|(?:行政区域|行政区划|辖区|管辖)?(?:规划)?(?:范围)?内?$", "", i.strip())
             for i in _list_items(text) if i.strip()]  # (鄱阳镇行政区域范围: the town)  # (…规划范围，以及…: no item between ， and 以及)
    unnamed = [i for i in items if re.fullmatch(r"各[\u4e00-\u9fff]{2,10}", i)]  # 各园区管委会
    # 牛田镇纳入县城总体规划范围的区域: part of a town — which part, the profile does not say (the area stands for it)
    unnamed += [i for i in items if re.fullmatch(r"[\u4e00-\u9fff]{1,8}?(?:镇|乡|街道)(?:纳入|划入|位于)[^、]{2,24}?(?:区域|部分|范围)", i)]
    items = [i for i in items if i not in unnamed]
    county = next((n for n, lvl in reversed(chain) if lvl == "county"), None)
    # 驿城区、驻马店经济开发区、驻马店市城乡一体化示范区: zones by their own names; 桃花江镇: a town of the county speaking
    zones = [i for i in items if re.fullmatch(rf"[\u4e00-\u9fff]{{2,14}}(?:{P.ZONE_WORD})", i) and not P.known_name(i)]
    towns = [i for i in items if county and re.fullmatch(r"[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道)", i) and not P.known_name(i)]
    known = [P.known_name(i) for i in items]
    if not items or any(not re.fullmatch(r"[\u4e00-\u9fff]{2,14}", i) or "等" in i for i in items) \
            or 2 * sum(known) < len(items) - len(zones) - len(towns) or not (any(known) or towns) or unnamed and whole is None:
        return None
    if zones or towns:
        named = [chain_of(i, chain) if k else i if i in zones else f"{county}{i}" if i in towns else None
                 for i, k in zip(items, known)]
        return tuple(dict.fromkeys((*(n for n in named if n),
                                    *((whole,) if whole is not None and (unnamed or zones or None in named) else ()))))
    # a zone the table does not know (高新区, 鱼梁洲) is somewhere in the area — a county is not, a district may
    # be: the area stands beside it (a zone named like a division, 高新区, also by its own name)
    places = (chain_of(i, chain) for i, k in zip(items, known) if k or whole is None or P.level(i))
    return tuple(dict.fromkeys((*places, *((whole,) if whole is not None and (unnamed or not all(known)) else ()))))


def _area_base(city: str | None, area: str, chain: tuple) -> str | None:
    """The place an area is part of: the city named, else the document's city (for a 城区, its
    county-level city when the document speaks for one: 双辽市城区)."""
    if city and city not in ("本市", "我市", "全市", "市"):  # (在市城区购买: the text's own city)
        city = city if city.endswith("市") else city + "市"  # 安阳市区: 安阳 + 市区
        return P.trim(city) if _named_place(P.trim(city), chain) else None
    levels = dict((lvl, n) for n, lvl in chain)
    if area in ("城区", "城市规划区") and "county" in levels and levels["county"].endswith("市"):
        return levels["county"]
    return levels.get("city")


# What a firm buys that is no home: an office, a plant, equipment, land, vehicles
_NOT_A_HOME = re.compile(rf"[^，,。；;]{{0,6}}?(?:{'|'.join(F.NOT_A_HOME)})")


def _place_fact(text: str, start: int, end: int) -> str:
    """Which place a place word is about, from the words around it (all up to the segment's end,
    so the last place of a list finds 购房 after the list)."""
    after = text[end:]
    after = re.sub(r"^(?:[、和及与或]+[\u4e00-\u9fff]{1,5}?(?:市|区|县))+", "", after)[:14]
    bought = re.search(r"购买|购置", after)
    if bought and _NOT_A_HOME.match(after[bought.end():]):
        return "region"  # 总部企业在思明区新购置自用办公用房的: a firm's office, where the firm is
    if re.search(F.HUKOU, after[:6]) or re.search(rf"(?:{F.HUKOU})(?:所在地)?(?:均|都|须|必须|应|需|已|已经)?(?:不)?(?:在|为|属于?)?$",
                                                   text[:start]) \
            or re.search(r"落户(?:到|在|于)?$|(?:户籍|户口)[^，,。；;]{0,4}(?:迁入|迁至)$", text[:start]) or after.startswith("落户") \
            or re.match(r"(?:农村|农业|城镇|常住)?(?:户籍)?人口", after):  # 本县农村人口: a 户籍 of the county
        # 新注册落户本市的会展企业, 落户我区的项目: a firm or project settles where it registers
        if not re.search(F.HUKOU, after[:6]) and re.match(r"[^，,。；;]{0,10}?的[^，,。；;]{0,8}?(?:企业|公司|机构|项目|总部|单位)",
                                                       after):
            return "region"
        return "hukou"  # 落户本市, 在本市落户
    if re.search(F.HOME_WORDS, after) and not re.search(F.WORK_WORDS, after.split("购")[0]) \
            or re.search(r"购(?:买|置)?(?:住房|房屋)?(?:位于)?$", text[:start]):
        return "home_region"  # 在任城区购买, 本区范围内的新建商品住房
    if re.search(F.HOME_SUBJECT, text[:start]) and not re.match(rf"[^，,。；;]{{0,4}}(?:{F.WORK_WORDS})", after):
        return "home_region"  # 房屋位于呈贡区, 所购住房须在本区: where the home is
    verb = re.search(rf"(?P<work>{F.WORK_WORDS})|购买|购房|购置", re.sub(r"[（(][^）)]*[）)]", "", text[end:]))
    if verb and not verb.group("work"):
        return "home_region"  # 在泸州市中心城区建设用地范围包括中心半岛、…组团(以下简称…)购买的: the first act named
    return "region"


def _named_place(word: str, chain: tuple) -> bool:
    """A name that is a place: one of the document's territory, a province, or a division of the
    divisions table (发挥省, 吴都项目区 and 中共修水县 are none)."""
    if any(P.base(word) == P.base(n) for n, _ in chain) or any(word.startswith(p) for p in L.PROVINCES):
        return True
    return P.known_name(word)


def _zone(word: str, chain: tuple) -> tuple[str, ...]:
    """A zone (高新区, 东津新区) as a part of the document's city (or its deepest place above the counties) the
    divisions table cannot place: 湖北省襄阳市（高新区） — inside the city, which districts unknown."""
    own = next((n for n, _ in chain if n.endswith(word) and n != word), None)
    if own is not None:
        return (chain_of(own, chain),)  # 在高新区 in 自贡高新区's own text: the zone the text is for
    city = [n for n, lvl in chain if lvl in ("province", "city")]
    if not city or re.match(r"以下|下列|上述|如下|各|该|其|本|相关|有关", word):
        return ()  # 在以下基地园区就业: zones named elsewhere — where, a person says
    return (chain_of(city[-1], chain) + f"（{word}）",)


def chain_of(place: str, chain: tuple) -> str:
    """A place with the components of the document's territory above it: 天河区 → 广州市天河区."""
    above = P.ancestors(place, list(chain))
    return "".join(n for n, _ in above) + place


def project_dates(seg: Segment) -> Iterator[Found]:
    """2021年8月24日至2023年8月23日期间购买 → home_purchased between the two days; 2020年6月15日后与企业
    签订劳动合同 → hired on or after that day."""
    fact = _own_event(seg) or _event(seg)
    # 2023年1月1日以后生育二孩的: the day of a birth, which no fact holds — a person checks it
    births = [c for c in seg.clauses if c[1].type == "date" and fact != "born"
              and re.match(r"[^，,。；;]{0,4}(?:生育|出生|分娩|收养)", seg.text[c[3]:])]
    for _, _, a, b in births:
        yield ("any", ((),)), (a, b)
    if fact is None:
        return
    # 不含2021年8月24日之前已在我市就业的: those hired before that day are left out
    left_out = re.match(r"(?:不含|不包括|除)", seg.text) is not None
    for clause_id, c, a, b in seg.clauses:
        if c.type != "date" or c.relative or (clause_id, c, a, b) in births:
            continue
        first, last = _day_range(c.min or c.max)[0], _day_range(c.max or c.min)[1]
        if first is None or last is None or len(str(c.min or c.max)) < 10 and not _acted_on(seg.text[b:], fact):
            continue
        if rel := re.search(r"(?:早于|先于|晚于|迟于)$", seg.text[:a]):  # 网签备案时间早于2025年3月1日或者晚于…: before or after
            later = rel.group() in ("晚于", "迟于")
            yield Test(fact, ">" if later else "<", last if later else first, None, clause_id), (rel.start(), b)
            continue
        # 2023年6月1日（含）以后, (不含当日)之前: a mark between the day and its edge says whether the day is in
        note = re.match(r"[（(](?P<out>不)?含[^（()）]{0,4}[）)]", seg.text[b:])
        day_out = bool(note and note.group("out"))
        b += note.end() if note else 0
        after = seg.text[b: b + 3]
        if c.max and c.max != c.min or c.min is None or len(str(c.min)) < 10 and not re.match(_DATE_EDGE, after):
            # 2021年8月24日至2023年8月23日, 2023年6月至2024年5月, 2023年度内, 2023年购买: every day between
            if seg.exclusion and (out := re.search(r"不在$", seg.text[:a])):
                # 购房时间不在2025年1月1日至2025年12月31日期间的 (in an exclusion): before the first day, or after the last
                yield Test(fact, "<" if c.min_inclusive is not False else "<=", first, None, clause_id), (out.start(), b)
                yield Test(fact, ">" if c.max_inclusive is not False else ">=", last, None, clause_id), (out.start(), b)
            elif not left_out:  # 2023年6月1日（不含）至…: a day a mark leaves out is not in the period
                # (…至2025年12月31日期间在本县办理登记注册: the registration too)
                act = re.match(rf"(?:期间)?{_FOUNDING_ACT}", seg.text[b:]) if fact == "founded" else None
                b += act.end() if act else 0
                yield Test(fact, _bound_op(True, c.min_inclusive is not False), first, None, clause_id), (a, b)
                yield Test(fact, _bound_op(False, c.max_inclusive is not False), last, None, clause_id), (a, b)
        elif edge := re.match(r"(?:及)?(?:以)?后|起|之后|以来", after):
            own = re.match(r"出生|毕业", seg.text[b + edge.end():]) if fact in ("born", "graduated") \
                else re.match(_FOUNDING_ACT, seg.text[b + edge.end():]) \
                if fact == "founded" else re.match(r"新?引进", seg.text[b + edge.end():]) \
                if fact == "hired" else None  # (…以后在陆良县办理登记并领取营业执照: the registration too; 以后新引进: the hiring)
            yield Test(fact, _bound_op(True, not day_out, left_out), first, None,
                       clause_id), (a, b + edge.end() + (own.end() if own else 0))  # 1989年1月1日以后出生: the act too
            if (span := _years_within(seg, b)) and not left_out:  # 自2023年3月1日起一年内
                yield Test(fact, "<", _plus(first, *span[0]), None, clause_id), (a, span[1])
        elif re.match(r"(?:年|月)?(?:底|末)(?:以)?前", after):  # 2023年底前: the year's last day still counts
            yield Test(fact, _bound_op(False, True, left_out), last, None, clause_id), (a, b + 2)
        elif re.match(r"(?:以)?前|之前", after):  # 2023年6月1日以前: not that day, unless marked （含）
            yield Test(fact, _bound_op(False, bool(note) and not day_out, left_out), first, None, clause_id), (a, b + 1)
        elif re.search(r"(?:至|到|—|-|~|截至|截止(?:到)?)$", seg.text[:a]) \
                and re.match(r"(?:[（(][^）)]*[）)])?(?:期间|止|为止)?", after):
            yield Test(fact, "<=", last, None, clause_id), (a, b)  # 自本通知施行之日起至2026年6月30日期间


NEGATED = {">=": "<", ">": "<=", "<=": ">", "<": ">="}
# …以后在陆良县办理登记并领取营业执照: the registration a day bounds, read with the day
_FOUNDING_ACT = r"[^，,。；;]{0,16}?(?:注册成立|注册登记|登记注册|成立|注册|设立|营业执照)"


def _bound_op(lower: bool, inclusive: bool, left_out: bool = False) -> str:
    """The comparison a day's edge puts on an event: after it (lower) or before it, the day itself in or out;
    those a text leaves out (不含…之前已在我市就业的) are on the other side."""
    op = (">=" if inclusive else ">") if lower else ("<=" if inclusive else "<")
    return NEGATED[op] if left_out else op


# What may follow a date to make it one edge of a period (以后, 起, 以前, 年底前, 至…)
_DATE_EDGE = r"(?:以)?后|起|之后|以来|(?:以)?前|之前|(?:年|月)?(?:底|末)|[至到—~-]"


def _acted_on(after: str, fact: str) -> bool:
    """A year or a month bounds the event only where the act follows it (2023年购买首套住房, 2024年以来
    新引进): in 2023年购房契税补贴 it names the grant, and the purchases may be of other days."""
    act = re.match(rf"[^，,。；;]{{0,12}}?(?:{_EVENT_WORDS[fact]})", after)
    return act is not None and not re.match(r"[\u4e00-\u9fff]{0,4}?(?:补贴|补助|奖励|奖补|契税|券|申报|申请)", after[act.end():])


def _day_range(value) -> tuple[str | None, str | None]:
    """The first and the last day of a date clause's value: 2023 → 2023-01-01, 2023-12-31; 2024-02 →
    2024-02-01, 2024-02-29; a day is both; anything else, neither."""
    text = str(value or "")
    if not re.fullmatch(r"\d{4}(?:-\d\d){0,2}", text):
        return None, None
    if len(text) == 4:
        return text + "-01-01", text + "-12-31"
    if len(text) == 7:
        return text + "-01", f"{text}-{calendar.monthrange(int(text[:4]), int(text[5:]))[1]:02d}"
    return text, text


def _years_within(seg: Segment, at: int) -> tuple[tuple[int, str], int] | None:
    """自…起一年内 / 起12个月内: the length of the period that starts at the date ending at ``at``
    (the duration clause right after it) and where it ends in the segment."""
    for _, c, a, b in seg.clauses:
        if c.type == "duration" and c.unit in ("年", "个月", "月") and at < a <= at + 2 and c.max \
                and seg.text[b: b + 1] == "内" and float(c.max).is_integer():
            return (int(c.max), "年" if c.unit == "年" else "月"), b + 1
    return None


def _plus(day: str, n: int, unit: str) -> str:
    """The day ``n`` years or months after ``day`` (the 29th of February of a plain year: 1 March)."""
    year, month, d = int(day[:4]), int(day[5:7]), int(day[8:10])
    if unit == "年":
        year += n
    else:
        month += n
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    if d > calendar.monthrange(year, month)[1]:
        year, month, d = (year + 1, 1, 1) if month == 12 else (year, month + 1, 1)
    return f"{year:04d}-{month:02d}-{d:02d}"


_EVENTS = ((F.HIRE_WORDS, "hired"), (F.HOME_BOUGHT, "home_purchased"))
_OWN_EVENTS = {"出生": "born", "毕业": "graduated",  # the applicant's own, named right after the day
               "注册成立": "founded", "注册登记": "founded", "登记注册": "founded", "成立": "founded", "注册": "founded",
               "设立": "founded"}  # 2023年1月1日以后新注册成立的工业企业: the firm's founding
_EVENT_WORDS = {**{fact: words for words, fact in _EVENTS}, **{fact: word for word, fact in _OWN_EVENTS.items()}}


def _own_event(seg: Segment) -> str | None:
    """1989年1月1日以后出生, 2022年1月1日以后毕业的: the applicant's birth or graduation right after the day —
    not a child's (第三个子女须于…后出生: a person checks that one)."""
    if re.search(r"子女|孩|胎|婴|儿童", seg.text):
        return None
    # (…期间在桃源县行政区域内登记注册: the place of the act may stand between)
    m = re.search(r"[日月年](?:[（(][^（()）]{0,6}[）)])?(?:及以后|以后|之后|后|以前|之前|前|起)?(?:期间)?"
                  r"(?:在[^，,。；;在]{1,16}?)?(?:新)?"
                  r"(?P<act>出生|毕业|注册成立|注册登记|登记注册|成立|注册|设立|(?:办理(?:工商)?(?:注册)?登记(?:并|且|、)?)?"
                  r"(?:领取|取得|办理|核发)营业执照)(?![证生])", seg.text) \
        or re.search(r"(?P<act>出生|毕业)(?:时间|日期)(?:为|在|须在|应在)?(?=\s*\d)", seg.text)  # 毕业时间为2025年1月1日至…
    if m:
        return "founded" if m.group("act").endswith("营业执照") else _OWN_EVENTS[m.group("act")]
    # 创业实体营业执照核发时间在2024年1月1日（含）以后, 注册时间为…: the business's licence or registration, named before the day
    if re.search(r"(?:营业执照|执照)(?:的)?(?:核发|发证|签发|登记|核准|注册|颁发)?(?:时间|日期)|(?:注册|成立|登记注册|注册登记|设立)(?:时间|日期)"
                 r"(?:为|在|须在|应在|是)?(?=\s*\d)", seg.text):
        return "founded"
    return None


def _event(seg: Segment) -> str | None:
    """Which event a segment's dates bound: the one it names, else the first named after it in its
    sentence (2020年6月15日后,任城区企业新引进的… → hired), else the one named before it."""
    named = [(m.start(), fact) for words, fact in _EVENTS for m in [re.search(words, seg.text)] if m]
    if named:
        return min(named)[1]
    if re.search(r"缴纳|申请|申报|提交|办理|领取", re.sub(r"[（(]以[^（()）]*为准[）)]", "", seg.text)):
        return None  # 并在2022年4月25日至12月31日期间缴纳契税: the dates of another act (not （以缴纳契税时间为准）)

    at = seg.context.find(seg.text) if seg.context else -1
    after = [(m.start(), fact) for words, fact in _EVENTS
             for m in [re.search(words, seg.context[at + len(seg.text):])] if at >= 0 and m]
    if after:
        return min(after)[1]
    return next((fact for words, fact in _EVENTS if seg.context and re.search(words, seg.context)), None)


def government_level(seg: Segment) -> Iterator[Found]:
    """综合排名前十的县(市、区、特区), 所在省辖市(含…), 省（区、市）: a government of that level is the recipient."""
    text = seg.text.rstrip("，,。；; ")
    for level, words in F.GOVERNMENT_LEVELS:
        if m := re.search(words, text):
            yield Test("kind", "in", ("government",)), m.span()
            yield Test("region_level", "in", (level,)), m.span()
            return


RULES: tuple[tuple[str, Rule], ...] = (
    ("numbers", numbers),
    ("education", education),
    ("part_time", part_time),
    ("fresh_graduate", fresh_graduate),
    ("homes", homes),
    ("children", children),
    ("home_area", home_area),
    ("social_insurance", social_insurance),
    ("work", work),
    ("employer", employer),
    ("employer_excepted", employer_excepted),
    ("staff_excluded", staff_excluded),
    ("excluded_applicant", excluded_applicant),
    ("registered_as", registered_as),
    ("left_job", left_job),
    ("moved_out", moved_out),
    ("hukou", hukou),
    ("integrity", integrity),
    ("talent", talent),
    ("holdings", holdings),
    ("professional_title", professional_title),
    ("legal_person", legal_person),
    ("none_spent", none_spent),
    ("industrial", industrial),
    ("buyer", buyer),
    ("place", place),
    ("government_level", government_level),
    ("project_dates", project_dates),
)


# --- node roles ---------------------------------------------------------------------------------------

_CONDITION_HEADING = re.compile(F.ROLE_CONDITION_HEADING)
_EXCLUSION_HEADING = re.compile(F.ROLE_EXCLUSION_HEADING)
_EXCLUSION_LEAD = re.compile(F.ROLE_EXCLUSION_LEAD)
_CONDITION_LEAD = re.compile(F.ROLE_CONDITION_LEAD)
_EXCLUSION_TEXT = re.compile(F.EXCLUSION_WORDS)
_ROLE_KINDS = ("item", "paragraph")
_TRIM = "。：:；;，, "


def mark_conditions(nodes: list[Node]) -> None:
    """Set ``role`` on items and paragraphs under eligibility headings and lead-ins (see module doc)."""
    _mark_children(nodes, None)


def is_condition(node: Node) -> bool:
    """True for a node that states a condition of eligibility (role ``condition``)."""
    return node.role == "condition"


def _mark_children(children: list[Node], inherited: str | None) -> None:
    lead_role: str | None = None  # a childless lead-in (…具备以下条件：) governs the items after it
    for node in children:
        own = _own_role(node)
        if node.kind != "item":
            lead_role = None
        role = lead_role or inherited or _run_in_role(node)
        if role and node.kind in _ROLE_KINDS:
            node.role = "exclusion" if _excludes(node.text or node.heading or "") else role
        if own and not node.children:
            lead_role = own
        _mark_children(node.children, own or role)


def _excludes(text: str) -> bool:
    """A node that states exclusions: every sentence excludes (…的，不予补贴。), or one excludes what the
    others describe (…。以上情形不予补贴。).  所购房屋须为新建商品住房。购买二手住房的，不属于本次补贴范围。
    asks a condition and states an exclusion: each sentence is read for what it says."""
    sentences = [m.group() for m in re.finditer(r"[^。；;]+", text) if m.group().strip(_TRIM)]
    excluding = [s for s in sentences if _EXCLUSION_TEXT.search(s)]
    return bool(excluding) and (len(excluding) == len(sentences)
                                or any(re.search(r"(?:上述|以上|前述|此类|该类|这些)(?:情形|情况|行为)", s) for s in excluding))


def _run_in_role(node: Node) -> str | None:
    """1. 申报条件：项目设备投资额不低于300万元, （1）明确申报条件： — a node whose text opens with a condition label (with
    or without text after it) states conditions."""
    label = re.match(r"\s*([\u4e00-\u9fff]{2,10})[：:]", node.text or "")
    return "condition" if label and _CONDITION_HEADING.match(label.group(1)) else None


def _own_role(node: Node) -> str | None:
    """The role a node gives what is under it, from its heading or its closing lead-in."""
    heading = (node.heading or "").strip(_TRIM)
    if not heading and node.style == "label" and node.num:  # 【申请条件】, 【不予补贴的情形】: a guide's label heads its items
        heading = node.num.strip("【】 ")
    if heading and not node.text:
        if _CONDITION_HEADING.match(heading):
            return "condition"
        if _EXCLUSION_HEADING.match(heading):
            return "exclusion"
    lead = (node.text or node.heading or "").rstrip()
    if _EXCLUSION_LEAD.search(lead):
        return "exclusion"
    if _CONDITION_LEAD.search(lead):
        return "condition"
    return None

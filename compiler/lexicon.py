"""The lexicon: every word table polc reads text with, in one place.

The numeral codec (:mod:`numerals`), the clause lexer and reader (:mod:`numeric_read`), the
clause context rules (:mod:`clauses`) and the grammar's tokens are all built from these
tables; nothing else spells a numeral, unit, bound or role word.  Where the law fixes a
meaning (whether 以上 includes its number), the entry says so and cites it (REFERENCE.md,
"Numbers in clauses").
"""
from __future__ import annotations

from typing import NamedTuple

# --- numerals -------------------------------------------------------------------------

DIGITS = {
    "零": 0, "〇": 0, "○": 0,  # U+25CB is used as zero in years (二○三五年)
    "一": 1, "壹": 1, "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
YEAR_DIGITS = frozenset("0123456789零〇○一二三四五六七八九")  # a year's four digits: 2022, 二〇二二
DECIMAL_POINTS = "点點"  # 二点五 = 2.5
APPROX_DIGITS = "几数"  # 三十几, 数十万: a digit that stands for 1…9
FIVE_YEAR_PLANS = ("十一五", "十二五", "十三五", "十四五", "十五五")  # names, not 115…
MAGNITUDES = "十百千万亿萬億"  # place words that may follow Arabic digits: 30万, 1.5亿
ARABIC_PLACES = MAGNITUDES + "拾佰仟"  # … in either spelling: 9佰日元
# Two digits in a row before a place word name a span, not a number: 二三十 is 20–30, 三五百 300–500.
NEIGHBOUR_DIGITS = "一二三四五六七八九两"

# --- units ----------------------------------------------------------------------------

# Money words after the number, with the ISO 4217 code.  Yuan in any spelling (元, 圆, 块) and
# 人民币 written after the amount (500万元人民币, 2千万人民币) are CNY; foreign money keeps its
# own code and is never converted.
MONEY_UNITS = {
    "元": "CNY", "圆": "CNY", "圓": "CNY", "块": "CNY", "块钱": "CNY", "元人民币": "CNY", "人民币": "CNY", "人民币元": "CNY",
    "美元": "USD", "美金": "USD", "欧元": "EUR", "港元": "HKD", "港币": "HKD", "澳门元": "MOP",
    "日元": "JPY", "英镑": "GBP", "澳元": "AUD", "加元": "CAD", "新加坡元": "SGD", "韩元": "KRW", "新台币": "TWD",
    "台币": "TWD", "瑞士法郎": "CHF", "卢布": "RUB", "泰铢": "THB",
}
YUAN_UNITS = ("元", "圆", "圓", "块", "块钱")  # after these, 角/毛 and 分 may follow: 伍元肆角, 三块五
# Money marks before the number: ￥500, 人民币5千元, RMB 300.
CURRENCY_MARKS = {"￥": "CNY", "¥": "CNY", "人民币": "CNY", "RMB": "CNY", "rmb": "CNY", "CNY": "CNY",
                  "美元": "USD", "USD": "USD", "US$": "USD", "HK$": "HKD", "港币": "HKD", "EUR": "EUR", "€": "EUR",
                  "新台币": "TWD"}
# Fractions of a yuan: 角 (and colloquial 毛) is 0.1, 分 0.01; 整 closes an amount (贰拾伍萬圓整).
SUBUNITS = {"角": 1, "毛": 1, "分": 2}  # decimal places
AMOUNT_CLOSE = "整"
ZERO_FILL = "零"  # 贰元零伍分: 零 stands for the empty 角 place
# A fraction of a yuan with no yuan before it is money only where nothing else can be meant:
# after the financial digits of cheques and fee tables (伍角, 叁分, 伍角叁分), or before 钱 (五毛钱,
# 三分钱); 三角, 五分 and 十分 alone are a triangle, a score and "very".
FINANCIAL_DIGITS = "壹贰貳叁參肆伍陆陸柒捌玖拾"
SUBUNIT_MONEY_WORD = "钱"

# Rates.  Values are percent points: 2‰ → 0.2, 千分之三 → 0.3, 八成 → 80, 8.8折 → 88.
# A discount of two digits names the percent itself: 85折 and 八五折 are 85, 九五折 95 (DISCOUNT_PERCENT_FROM).
PERCENT_UNITS = {"%": "%", "‰": "%", "个百分点": "pp", "百分点": "pp", "個百分點": "pp", "百分點": "pp", "成": "%",
                 "折": "%"}
PERCENT_SCALE = {"%": 1, "‰": "0.1", "个百分点": 1, "百分点": 1, "個百分點": 1, "百分點": 1, "成": 10, "折": 10}
# 成 and 折 are rates only when the word does not go on (成员, 成本, 折旧, 折算…).
RATE_WORD_NOT_BEFORE = {"成": "员本果效立为交品型都熟绩长功就套分年人批片熟", "折": "旧算合扣抵现价叠子返"}
# Unit words that start other words after a number: 104490.0676圆曲线终点 (a table of coordinates),
# 出让3块土地 (块 counts plots there, not yuan).
UNIT_WORD_NOT_BEFORE = {"圆": "曲弧形周心柱锥环", "圓": "曲弧形周心柱錐環", "块": "土地田区域屏板石料状头面"}
RATE_HALF = "半"  # 七成半 = 75
DISCOUNT = "折"
DISCOUNT_PERCENT_FROM = 10  # 85折: a whole number of two digits before 折 is the percent, not tenths
PERCENT_PREFIXES = {"百分之": 1, "千分之": "0.1", "万分之": "0.01", "萬分之": "0.01",
                    "佰分之": 1, "仟分之": "0.1"}  # 仟分之伍 in financial digits = 千分之五
# Rate words with no number: 对折 (打對折) is half price, a lone 半成 is 5%; each is guarded like its
# last word (半成品 is no rate).
HALF_PRICE = {"对折": 50, "對折": 50, "半折": 50, "半成": 5}
NEGATIVE_SIGNS = ("负", "-", "−")  # -3.5%, 负15%

COUNT_UNITS = ("项", "件", "家", "个", "人次", "人", "名", "户", "次", "条", "篇", "所", "批", "届",
               "种", "类", "套", "台", "部", "份", "笔", "张", "辆", "间", "栋", "座")
# Measures with no clause type of their own: a number before them is no amount (1万平方米, 5万亩).
MEASURE_WORDS = ("平方米", "平方千米", "平方公里", "平米", "㎡", "m2", "亩", "公顷", "吨", "公里", "千米", "米",
                 "千瓦时", "千瓦", "兆瓦", "立方米", "标准箱", "册", "株", "头", "只")
DURATION_UNITS = ("年", "个月", "天", "日", "周", "周岁", "岁", "个工作日", "工作日", "小时")  # 80周岁: an age in years, not weeks; 16-24岁 too
YEAR_MARKS = ("年度", "年")  # after a number: a year of the calendar, or a duration
MONTH_MARK = "月"
DAY_MARK = "日"
RANGE_SEPARATORS = ("-", "--", "~", "—", "——", "–", "〜", "～", "至", "到")
ENUM_COMMA = "、"
ALTERNATIVE = "或"  # 5000万元人民币或800万美元及以上: a bound after the last applies to each
LIST_CONJUNCTIONS = ("和", "及", "与", ALTERNATIVE)  # 20万元和10万元; 示范和优势企业
LIST_SEPARATORS = (ENUM_COMMA, *LIST_CONJUNCTIONS)
APPROX_SUFFIXES = ("余", "多")  # 10余万元, 3000多件


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
    "达到": Bound("min", True), "达": Bound("min", True),  # 年纳税额达到50万元的: reaching X includes X
    "不得超过": Bound("max", True), "不得高于": Bound("max", True), "不得多于": Bound("max", True),
    "不应超过": Bound("max", True), "不宜超过": Bound("max", True),
    "未超过": Bound("max", True), "未达到": Bound("max", False), "未达": Bound("max", False),
    "不到": Bound("max", False),
    "不得低于": Bound("min", True), "不得少于": Bound("min", True), "不应低于": Bound("min", True),
    "超过": Bound("min", False), "高于": Bound("min", False), "多于": Bound("min", False),
    "大于": Bound("min", False), "逾": Bound("min", False), "超": Bound("min", False),
    "不超": Bound("max", True),  # 不超35周岁: short for 不超过
    "约": Bound(None, approx=True), "大约": Bound(None, approx=True),
    "近": Bound("max", False, approx=True), "将近": Bound("max", False, approx=True),
    "接近": Bound("max", False, approx=True),
    # Comparison signs, as medical and technical criteria write them: FEV1增加≥12%, FEV1/FVC＜70%
    # (full-width signs are folded to ASCII before the clause stage).
    "≥": Bound("min", True), "≧": Bound("min", True), ">=": Bound("min", True), ">": Bound("min", False),
    "≤": Bound("max", True), "≦": Bound("max", True), "<=": Bound("max", True), "<": Bound("max", False),
}
# Bounds that say a figure reaches a number: a threshold in a condition, else a stated figure.
REACH_WORDS = ("达到", "达")
REACH_NOT_AFTER = "下到抵送表传通发转直长高雷"  # 下达, 到达, 表达…: verbs, not bounds
# 上 before a bare magnitude: 上千万元 is "ten million or more", roughly.
MAGNITUDE_BOUNDS = {"上": Bound("min", True, approx=True), "过": Bound("min", False)}  # 销售额过亿元
# After the number (or after its unit).
POST_BOUNDS = {
    "以上": Bound("min", True), "及以上": Bound("min", True), "以下": Bound("max", True),
    "及以下": Bound("max", True), "以内": Bound("max", True),
    "之内": Bound("max", True), "内": Bound("max", True), "为限": Bound("max", True),
    "限额内": Bound("max", True), "限额以内": Bound("max", True), "额度内": Bound("max", True),
    "额度以内": Bound("max", True),  # 在50000元限额内
    "封顶": Bound("max", True), "届满": Bound("min", True), "左右": Bound(None, approx=True),
    "后": Bound(None, relative=True), "以后": Bound(None, relative=True), "及以后": Bound(None, relative=True),
}
# （含）/（不含） after a number say whether that end of a range is included; （含30%） after 30%
# says the same.  Other short remarks in brackets ((不含税), (含税)) are no bound and are skipped.
INCLUSION_MARKS = {"(含)": True, "(不含)": False, "(含本数)": True, "(不含本数)": False, "(均含)": True,
                   "(含两端)": True}
# Marks that speak of every number before them, both ends of a range: 18至45周岁（含本数）.
BOTH_ENDS_MARKS = ("(含本数)", "(不含本数)", "(均含)", "(含两端)")
INCLUSION_WORDS = {"含": True, "不含": False}
# Words that may stand between a bound and its number: 最高奖励10万元, 至少有一件, 最高合计30万元.
BOUND_FILLERS = ("给予", "给与", "奖励", "资助", "补贴", "补助", "支持", "获得", "拥有", "包含", "有", "扶持",
                 "奖补", "补", "奖", "发放", "享受", "可享受", "合计", "累计", "共计", "总计", "可", "每年", "每月",
                 "每人", "每户", "每家", "每个", "每项", "一次性")
# A verb of being right after a bound word leaves the bound on the number: 资助额最高为200万元, 份额最高为保障
# 标准的50% (with a noun between them the bound word is the noun's: 最低首付比例为20%, NOUN_VALUE_VERBS).
BOUND_VERBS = ("为",)
# Nouns that begin with a bound word: in 最低生活保障标准的20% the word 最低 names the standard
# and does not bound the rate.
BOUND_NOUNS = ("最低生活保障", "最低工资", "最低保障", "最低价", "最高价", "最低限价", "最高限价",
               "最高人民法院", "最高人民检察院", "最低缴费", "最高额", "超出额", "超出部分", "超额部分")
# 最低首付比例为20%, 最低比例可下调至挂牌价的20%: a verb of being or change after the noun makes
# the bound word part of the noun, and the number the noun's exact value.
NOUN_VALUE_VERBS = ("为", "是", "由", "调整为", "调整到", "下调至", "下调到", "上调至", "提高至", "提高到", "降至",
                    "降低至", "降到", "分别为")
# The role of a noun-bound value: 最低首付比例为20% is a floor, 最高补助标准为50万元 a cap.
NOUN_BOUND_ROLES = {"最低": "floor", "下限": "floor", "最高": "cap", "上限": "cap"}
PRICE_WORD = "价"
# 超过…的部分 is the part above a base: the bound word belongs to the base.
EXCESS_PART = "部分"

# Relative times with no number in them.
RELATIVE_TIMES = ("上一年度", "上年度", "上一年", "上年", "本年度", "次年", "次月", "当月",
                  "自印发之日起", "自发布之日起", "自公布之日起", "自施行之日起", "自实施之日起")

# A count or duration in Chinese numerals (两个方向, 三年行动计划) is mostly a name or a
# figure of speech; it is kept only with a bound, as relative time, or after these.
CN_QUANTITY_LEADS = ("为", "每")

# Words right after an amount that make it the denominator of a measure (万元GDP能耗).
DENOMINATORS = ("GDP",)

# --- context words --------------------------------------------------------------------

GRANT_WORDS = ("给予", "给与", "资助", "奖励", "补贴", "补助", "支持", "奖补", "拨付", "配套", "发放", "补偿",
               "贴息", "减免", "返还", "扶持", "奖", "补")
PROJECT_WORDS = ("项目", "工程")  # a bare 3000万 that sizes a project is its investment, in yuan
MONEY_CONTEXT = GRANT_WORDS + ("资金", "经费", "融资", "金额", "额", "收入", "利税", "投资", "贷款", "资本",
                               "营收", "产值", "税收", "销售", "费用", "价", "资产")
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
PER_MEASURES = ("件", "项", "户", "人", "个", "家", "次", "篇", "名", "笔", "套", "台", "平方米")
# Text in front of an enumeration that is not part of its first item.
ENUM_LEADS = ("评价为", "评选出", "评定为", "认定为", "确定为", "争创成", "获得", "获批", "列入",
              "对于", "对", "为", "每个", "每家", "被")
ENUM_TAIL = "的"  # 对获得金奖、银奖的，分别…
CONDITION_HEADS = ("设区市", "企业", "单位", "地区", "项目", "申报单位", "主体", "机构", "团队", "工业项目")
# What consumption and housing measures subsidise, right after a price that picks which ones:
# 售价10万元以上车辆, 10万元以内(含10万元)的车辆 (money only: 十日内…车辆 in a law is a time limit).
PRICED_HEADS = ("车辆", "汽车", "新车", "商品房", "住房", "房屋", "家电", "产品", "商品")
# 且同比增速达6.5%以上的: a connective that continues a condition into the next comma segment.
CONDITION_LINKS = ("且", "并且", "同时", "或者", "或")
# 每产生500万元销售额奖励1000元: after 每 (and a verb of producing), money before a measure noun is the
# basis of a per-unit rate, a threshold, not what is paid.
BASIS_VERBS = ("产生", "实现", "新增", "增加", "完成")
BASIS_NOUNS = ("销售额", "零售额", "营业额", "营业收入", "营收", "产值", "投资额", "投资", "增量", "收入", "税收")
# 对…的企业, 凡…的: a clause between these frames a condition on who gets what.
CONDITION_LEADS = ("对", "凡", "对于", "其中")
# 产出要求：…不低于20万元; 申报条件：…: a heading word that makes what follows a condition.
REQUIREMENT_HEADS = ("要求", "条件", "标准", "门槛")
# 力争全年完成投资17亿元以上: a bound in a target is a stated figure, not a rule.
TARGET_WORDS = ("力争", "确保", "争取", "完成投资", "突破", "目标", "预计", "带动", "撬动", "投放", "到位", "下达",
                "累计达")
# 个人额度最高300万元: a bound on what a bank lends is a stated figure, not a cap on a grant.
LOAN_WORDS = ("贷款", "授信", "信贷", "贷")
DATE_ROLE_BEFORE = {"截止": "deadline", "截至": "deadline", "有效期至": "expiry", "有效期到": "expiry"}
DATE_ROLE_AFTER = {"起施行": "effective", "起实施": "effective", "起执行": "effective",
                   "起生效": "effective", "之前": "deadline", "前": "deadline"}
VALIDITY_WORDS = ("有效期", "试行期", "实施期", "执行期")  # 有效期3年: a period of validity
# The role a clause has when no rule gives it another: a quantity stated as fact or target.
DEFAULT_ROLE = "figure"

# --- places -------------------------------------------------------------------------

# Provinces and province-level regions by their short names (江苏, not 江苏省): an issuer's level
# (meta) and where an applicant must be registered (eligibility) are read with them.
PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
             "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
             "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门")

# --- documents ------------------------------------------------------------------------

# The words a document's kind is named by, each table for one use (their differences are
# deliberate: a title may end in 函 or 通报; 本法 is a self-reference only in a reference).
DOC_KINDS = ("办法", "法", "条例", "规定", "细则", "决定", "规则", "解释", "意见", "通知", "方案", "文件", "措施", "政策",
             "纲要", "规划", "计划", "指南", "清单", "制度", "标准", "准则", "章程")  # 本办法, 本实施细则 (meta)
TITLE_END_WORDS = ("指南", "办法", "通知", "方案", "细则", "规定", "意见", "决定", "计划", "措施", "条例", "纲要", "规划",
                   "清单", "通报", "批复", "函", "法", "规则", "解释", "法典", "公告", "通告")  # the last word of a title
# The parts of a service guide or a call for applications, as a bracketed label names them (【申报主体】在…注册的企业。,
# 【申报时间】2026年3月1日至…): a label with these words is a heading even with its text on the same line.
GUIDE_PART_WORDS = ("主体", "对象", "条件", "标准", "时间", "材料", "方式", "情形", "范围", "程序", "流程", "要求", "依据",
                    "期限", "时限", "地点", "类别", "内容", "说明", "联系", "咨询", "渠道", "途径", "事项", "用途", "额度", "资格",
                    "拨付", "兑现", "发放", "其他", "附则", "监督", "责任")
TITLE_LINE_WORDS = ("指南", "办法", "通知", "方案", "细则", "规定", "意见", "决定", "计划", "措施", "条例", "纲要", "规划",
                    "清单")  # a short line ending in one of these is a title line (lines)
REFERENCE_KINDS = ("实施细则", "实施办法", "办法", "条例", "规定", "细则", "决定", "规则", "解释", "意见", "通知", "方案",
                   "纲要", "规划", "措施", "章程", "准则", "法典", "宪法", "法")  # 本办法第四条 (refs)
SELF_REFERENCE_KINDS = ("办法", "文件", "措施", "政策措施", "通知", "细则", "规定", "意见", "方案", "计划", "实施意见",
                        "指南")  # 本办法自…施行 ends the body (levels)
# Status words in a title, by the status they give (meta.schema.json ``status``).
STATUS_WORDS = {"draft": ("征求意见稿", "草案", "送审稿"), "trial": ("试行",), "interim": ("暂行",)}
# The status a source's front matter gives (``status: "废止或失效"``); 现行有效 is final.
FRONT_MATTER_STATUS = {"废止或失效": "repealed", "已废止": "repealed", "废止": "repealed", "失效": "repealed",
                       "已失效": "repealed", "已被修改": "amended", "已修改": "amended", "尚未生效": "final",
                       "现行有效": "final", "有效": "final"}

# Words of a condition that mean the issuer's own territory, by the level they mean (本市 in a
# district's text is its city; 我区, 区内 and 辖区 the district), and cities named by their
# one-character abbreviation after 在/驻/来 (在穗工作, 驻锡企业, 来甬就业).
PLACE_WORDS = {"本市": "city", "我市": "city", "全市": "city", "市内": "city", "市域": "city", "本地": None,
               "本区": "county", "我区": "county", "区内": "county", "辖区": "county", "全区": "county",
               "本县": "county", "我县": "county", "县内": "county", "县域": "county",
               "本省": "province", "我省": "province", "省内": "province", "全省": "province"}
# Provinces by their one-character abbreviation, read only for the document's own province after a
# verb of staying or returning (留吉返吉, 返粤, 回鄂).
PROVINCE_ABBREVIATIONS = {"冀": "河北省", "晋": "山西省", "辽": "辽宁省", "吉": "吉林省", "黑": "黑龙江省", "苏": "江苏省",
                          "浙": "浙江省", "皖": "安徽省", "闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省",
                          "鄂": "湖北省", "湘": "湖南省", "粤": "广东省", "桂": "广西壮族自治区", "琼": "海南省",
                          "川": "四川省", "蜀": "四川省", "黔": "贵州省", "滇": "云南省", "陕": "陕西省", "甘": "甘肃省",
                          "陇": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区",
                          "藏": "西藏自治区", "蒙": "内蒙古自治区"}
# Zones written short (成都高新区 for 成都高新技术产业开发区): the divisions table's long ending → the short one.
ZONE_SHORT = (("高新技术产业开发区", "高新区"), ("高新技术开发区", "高新区"), ("经济技术开发区", "经开区"))
CITY_ABBREVIATIONS = {"穗": "广州市", "甬": "宁波市", "蓉": "成都市", "杭": "杭州市", "锡": "无锡市", "沪": "上海市",
                      "京": "北京市", "津": "天津市", "渝": "重庆市", "榕": "福州市", "鹭": "厦门市", "汉": "武汉市",
                      "深": "深圳市", "莞": "东莞市", "邕": "南宁市", "筑": "贵阳市", "昆": "昆明市", "泸": "泸州市",
                      "青": "青岛市", "温": "温州市", "绍": "绍兴市", "邢": "邢台市", "烟": "烟台市", "连": "连云港市"}

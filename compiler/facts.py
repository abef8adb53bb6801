"""The fact vocabulary: what an applicant's profile can say, and the phrasings that name each fact.

Data only.  The eligibility stage (:mod:`eligibility`) reads a condition's words through these
tables to turn it into a test of a named fact against a threshold clause; ``polc match`` reads a
profile (TOML) whose keys are exactly the names of :data:`FACTS`.  Money is in yuan, ratios in
percent points, as everywhere in polc.
"""
from __future__ import annotations

import re
from typing import NamedTuple


class Fact(NamedTuple):
    """One fact of an applicant."""

    kind: str  # "number", "boolean", "strings", "kind", "region"
    unit: str | None  # CNY, %, 人, 件, 年 — the unit of a number fact
    about: str  # what it is, for the README and `polc match --help`
    phrasings: tuple[str, ...] = ()  # how a condition names it, longest first when matched


FACTS: dict[str, Fact] = {
    "kind": Fact("kind", None, "the kind of applicant: one of KINDS"),
    "region": Fact("region", None, "where the applicant is registered: province, city or district names "
                                   "(江苏省苏州市); matched to 我省/省内/本市 by the document's issuer"),
    "legal_person": Fact("boolean", None, "has independent legal-person status (具有独立法人资格)",
                         ("具有独立法人资格", "独立法人资格", "独立法人")),
    "industrial": Fact("boolean", None, "is an industrial enterprise (工业企业)", ("工业企业",)),
    "revenue": Fact("number", "CNY", "sales or operating revenue per year",
                    ("主营业务收入", "营业收入", "销售收入", "营业额", "销售额")),
    "profit_tax": Fact("number", "CNY", "profit plus tax per year (利税总额)", ("利税总额", "利税")),
    "tax_paid": Fact("number", "CNY", "tax paid per year", ("纳税总额", "纳税额", "缴纳税收", "税收")),
    "rd_ratio": Fact("number", "%", "R&D spending as a share of sales revenue",
                     ("研发费用投入占销售收入", "研发费用占销售收入", "研发投入占销售收入", "研发经费占销售收入",
                      "研发费用占营业收入", "研发投入占营业收入")),
    "ip_expense_ratio": Fact("number", "%", "IP spending as a share of R&D spending",
                             ("知识产权费用占研发费用", "知识产权经费占研发经费")),
    "ip_staff": Fact("number", "人", "full- and part-time IP management staff",
                     ("知识产权专兼职管理人员", "知识产权专职管理人员", "知识产权管理人员", "知识产权工作人员")),
    "employees": Fact("number", "人", "employees", ("职工人数", "从业人员", "员工人数", "职工")),
    "registered_capital": Fact("number", "CNY", "registered capital", ("注册资本",)),
    "valid_patents": Fact("number", "件", "valid patents held", ("有效专利数量", "有效专利")),
    "invention_patents": Fact("number", "件", "valid invention patents held",
                              ("有效发明专利数量", "有效发明专利", "发明专利拥有量")),
    "patent_grants": Fact("number", "件", "patents granted per year", ("专利授权量", "授权专利")),
    "invention_grants": Fact("number", "件", "invention patents granted per year",
                             ("发明专利授权量", "授权发明专利")),
    "patent_transfers": Fact("number", "件", "patents transferred or licensed per year",
                             ("转化实施专利", "专利转让许可", "专利转让", "转化专利")),
    "transfer_amount": Fact("number", "CNY", "patent transfer or licence income per year",
                            ("转让许可金额", "交易金额", "许可金额")),
    "trademark_years": Fact("number", "年", "years the applicant's oldest registered mark has been in use",
                            ("商标持续使用", "持续使用")),
    "titles": Fact("strings", None, "titles held (国家专精特新“小巨人”企业, 高新技术企业 …)"),
    "awards": Fact("strings", None, "awards won (中国专利奖, 省科学技术奖 …)"),
    "undertaking": Fact("strings", None, "programmes currently held (省知识产权战略推进计划项目 …)"),
    "dishonest": Fact("boolean", None, "has 严重失信 or 非正常专利申请 records",
                      ("严重失信", "失信行为", "非正常专利申请", "学术不端")),
}

# Kinds of applicant, and the words that name them in a 申报主体 / 支持对象 clause.
KINDS: dict[str, tuple[str, ...]] = {
    "enterprise": ("工业企业", "企业", "公司"),
    "university": ("高等学校", "高校", "大学"),
    "research_institute": ("科研院所", "科研机构", "研究院所"),
    "key_lab": ("重点实验室",),
    "new_rd_institution": ("新型研发机构",),
    "government": ("人民政府", "设区市", "县（市、区）", "县(市、区)"),
    "park": ("园区管委会", "园区", "开发区", "管委会"),
    "service_org": ("服务机构", "服务组织"),
    "individual": ("个人", "自然人"),
}

# Titles and awards a condition or exemption may name; a profile's entry matches when one
# contains the other after removing quotes (国家专精特新小巨人企业 ≈ 国家专精特新“小巨人”企业): see plain_name.
TITLES = ("国家专精特新“小巨人”企业", "国家制造业单项冠军企业", "高新技术企业", "国家知识产权示范企业",
          "国家知识产权优势企业", "国家知识产权示范城市", "国家知识产权强县工程示范县", "中国驰名商标",
          "国家级高新技术产业开发区", "经济技术开发区", "国家知识产权试点示范园区")
AWARDS = ("中国专利金奖", "中国专利银奖", "中国专利优秀奖", "中国外观设计金奖", "中国外观设计银奖", "中国外观设计优秀奖",
          "中国专利奖", "江苏专利奖", "国家科学技术奖", "省科学技术奖", "省专利项目奖", "省发明人奖", "专利奖")

# Where the applicant must be registered: 江苏省内注册, 在我省注册, 本市.
REGION_WORDS = ("省内注册", "我省", "本省", "省内", "本市", "市区", "境内注册")
# A profile's region is matched by province name (lexicon.PROVINCES) or, for the issuers in this
# corpus, by city: 苏州 → 江苏.
CITIES = {"江苏": ("南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁",
                   "昆山", "江阴", "张家港", "常熟", "太仓", "宜兴")}

# Words that shape the logic of a list of conditions.
ANY_OF = ("条件之一", "之一", "其中一项", "任一")  # 符合下列条件之一
EXEMPTION = ("可不受", "不受")  # …可不受利税总额限制
HALVED = ("可减半", "减半")  # 专利数量要求可减半
EXCLUSION = ("不得申报", "不予支持", "不予受理", "不得重复申报", "不予立项")
PREFERENCE = ("优先支持", "优先考虑", "优先推荐")
APPLICANT_HEADINGS = ("申报主体", "支持对象", "申报单位", "申报对象", "实施主体", "申请主体", "资助对象")
CONDITION_HEADINGS = ("申报条件", "申请条件", "基本条件", "支持条件", "资助条件")
PROJECT_TYPES = ("新建项目", "升级项目", "延续项目", "新建", "升级")
GUIDE_TITLE_ENDS = ("申报指南", "实施方案", "申报通知", "指南")
BRANCH_HEAD = ("申报主体是", "申报单位是", "申请主体是", "主体为")  # 申报主体是企业的，应满足以下条件
UNDERTAKING_WORDS = ("正在承担", "已承担", "承担过", "尚在实施")
THIS_PROGRAMME = ("本项目", "本年度本项目")
# A segment that only says when (近3年内, 上一年度) qualifies the tests after it.
TIME_QUALIFIER = r"^(?:近[一二三四五六七八九十两\d]+年(?:内|来)?|上一?年度|[上本]年)$"
# After 或, a new predicate (not 国家或省部级…): 或被评为…, 或有效发明专利数量…
OR_STARTS = ("被", "已", "获", "入选", "拥有", "有效", "在", "属于", "具有", "作为", "是")
JOINT_APPLICANTS = ("可单独申报", "也可", "联合申报")  # 申报主体 …，可单独申报，也可…与…服务机构联合申报
# Years a number is asked about: 近三年 each of the last 3, 上一年度 the last one, 年均 the average.
AVERAGE = "年均"


def plain_name(text: str) -> str:
    """A title, award or programme name without quotes, book marks and spaces, for matching names."""
    return re.sub(r"[“”\"'‘’《》\s]", "", text)

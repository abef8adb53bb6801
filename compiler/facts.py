"""The fact vocabulary: what an applicant's profile can say, and the phrasings that name each fact.

Data only.  The eligibility stage (:mod:`eligibility`) reads a condition's words through these
tables to turn it into a test of a named fact against a threshold clause; ``polc match`` reads a
profile (TOML) whose keys are exactly the names of :data:`FACTS`.  Money is in yuan, ratios in
percent points, as everywhere in polc.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple


class Fact(NamedTuple):
    """One fact of an applicant."""

    kind: str  # "number", "boolean", "strings", "kind", "place", "date", "level", "class"
    unit: str | None  # CNY, %, 人, 件, 年 — the unit of a number fact
    about: str  # what it is, for the README and `polc match --help`
    phrasings: tuple[str, ...] = ()  # how a condition names it, longest first when matched
    pattern: str | None = None  # a regex for phrasings words cannot list (研究开发费用总额占同期销售收入总额)


FACTS: dict[str, Fact] = {
    "kind": Fact("kind", None, "the kind of applicant: one of KINDS"),
    "region": Fact("place", None, "where the applicant is: an enterprise's or unit's place of registration, a person's "
                                  "place of work (or residence), as 省市区 names (江苏省苏州市); 本市/我区/在穗 are read "
                                  "against the document's issuer"),
    "legal_person": Fact("boolean", None, "has independent legal-person status (具有独立法人资格)",
                         ("具有独立法人资格", "独立法人资格", "独立法人", "法人企业")),  # 工业法人企业
    "industrial": Fact("boolean", None, "is an industrial enterprise (工业企业)", ("工业企业",)),
    "founded": Fact("date", None, "registration date of an enterprise or unit (成立N年内 is read from it)"),
    "revenue": Fact("number", "CNY", "sales or operating revenue per year",
                    ("主营业务收入", "营业收入", "销售收入", "营业额", "销售额", "零售额",
                     "上一年度收入", "上年度收入")),  # 上一年度收入在1000万元以下的科技型企业: a firm's income of a year
    "profit_tax": Fact("number", "CNY", "profit plus tax per year (利税总额)", ("利税总额", "利税")),
    "tax_paid": Fact("number", "CNY", "tax paid per year", ("纳税总额", "纳税额", "缴纳税收", "税收")),
    "rd_ratio": Fact("number", "%", "R&D spending as a share of sales revenue",
                     ("研发费用投入占销售收入", "研发费用占销售收入", "研发投入占销售收入", "研发经费占销售收入",
                      "研发费用占营业收入", "研发投入占营业收入", "研发投入占比", "研发费用占比"),
                     r"研(?:究开)?发(?:费用|经费|投入)[^，,。；;]{0,10}占[^，,。；;]{0,10}(?:销售|营业)收入"),
    "revenue_growth": Fact("number", "%", "growth of sales or operating revenue over the year before, in percent "
                           "(营业收入增长率, 增速; 年均 or 近两年 is the yearly average over those years)",
                           ("营业收入增长率", "主营业务收入增长率", "销售收入增长率", "营业收入增速", "主营业务收入增速",
                            "营业收入增幅", "营收增速", "营收增长率"),
                           r"(?:营业|主营业务|销售)收入[^，,。；;%]{0,6}(?:增长率|增速|增幅)"),
    "rd_expense": Fact("number", "CNY", "R&D spending per year (研发费用, 研发投入)",
                       ("研发费用支出", "研究开发费用", "研发费用", "研发投入", "研发经费", "研发支出")),
    "ip_expense_ratio": Fact("number", "%", "IP spending as a share of R&D spending",
                             ("知识产权费用占研发费用", "知识产权经费占研发经费")),
    "ip_staff": Fact("number", "人", "full- and part-time IP management staff",
                     ("知识产权专兼职管理人员", "知识产权专职管理人员", "知识产权管理人员", "知识产权工作人员")),
    "employees": Fact("number", "人", "employees", ("职工人数", "从业人员", "员工人数", "吸纳就业", "参保员工", "参保职工",
                                                  "参保人数", "职工")),
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
                            ("转让许可金额", "转让金额", "交易金额", "许可金额")),
    "trademark_years": Fact("number", "年", "years the applicant's oldest registered mark has been in use",
                            ("商标持续使用", "持续使用")),
    "titles": Fact("strings", None, "titles held (国家专精特新“小巨人”企业, 高新技术企业 …)"),
    "awards": Fact("strings", None, "awards won (中国专利奖, 省科学技术奖 …)"),
    "undertaking": Fact("strings", None, "programmes currently held (省知识产权战略推进计划项目 …)"),
    "dishonest": Fact("boolean", None, "has 失信, 严重失信, 不良信用 or 非正常专利申请 records "
                                       "(诚实守信, 信用良好, 未被列入失信名单 test it too)",
                      ("严重失信", "失信", "不良信用", "联合惩戒", "黑名单", "非正常专利申请", "学术不端")),
    # a person
    "born": Fact("date", None, "date of birth: ages (不超过35周岁) are computed on the judging day"),
    "sex": Fact("class", None, "female or male (女性不超过55周岁、男性不超过60周岁)"),
    "education": Fact("level", None, "highest degree, one of EDUCATION (ordered: 本科及以上 holds for master)"),
    "full_time": Fact("boolean", None, "the highest degree was earned in full-time study (全日制)"),
    "graduated": Fact("date", None, "date of graduation with the highest degree (毕业N年内 is read from it)"),
    "hukou": Fact("place", None, "户籍, as 省市区 names"),
    "hukou_rural": Fact("boolean", None, "an agricultural 户籍 (农业户籍, 农村户口)"),
    "social_insurance_months": Fact("number", "月", "months of social insurance paid without a break in the place of "
                                                    "`region`, up to the judging day (连续缴纳满6个月; 失业保险, "
                                                    "养老保险 and 医疗保险 count, 满一年 is twelve)"),
    "employed": Fact("boolean", None, "employed by a unit in `region` under a labour contract (签订劳动合同); "
                                      "false for 失业人员"),
    "employer_titles": Fact("strings", None, "titles of the employer (重点企业, 高新技术企业, 规上企业 …)"),
    "employer_kind": Fact("kind", None, "the kind of the employer: one of KINDS"),
    "entrepreneur": Fact("boolean", None, "founded and runs a business as its legal representative (创业)"),
    "talent_class": Fact("class", None, "the talent class the document's own classification gives (A, B, C … or 一类, 二类 …)"),
    "homes_owned": Fact("number", "套", "homes the family owns in the city before the purchase (首套, 无房 → 0)"),
    "home_purchased": Fact("date", None, "date of the purchase contract (网签) of the home the subsidy is for"),
    "hired": Fact("date", None, "date the labour contract with the present employer was signed (引进时, 签订合同时)"),
    "new_home": Fact("boolean", None, "that home is a newly built commercial home sold on the market (新建商品住房): "
                                      "not second-hand, not policy housing (限价商品房, 安置房, 保障性住房), not "
                                      "non-residential (商业、办公、车位), not taken at auction"),
    "home_region": Fact("place", None, "where that home is, as 省市区 names"),
    "children": Fact("number", "人", "children of the family (二孩家庭 → 2 or more)"),
    # amounts a benefit is counted from (按购房款的1%, 每平方米100元, 按实际融资额1%, 契税的50%)
    "home_price": Fact("number", "CNY", "the price of that home in the purchase contract (购房款)",
                       ("购房总价款", "购房总价", "房屋总价", "住房总价款", "住房总价", "购房款", "房款", "合同总价", "总价款")),
    "home_area": Fact("number", "㎡", "the floor area of that home in square metres (建筑面积)"),
    "deed_tax": Fact("number", "CNY", "the deed tax paid on that home (契税)", ("契税",)),
    "financing": Fact("number", "CNY", "the loan or financing amount a benefit is a share of (实际融资额)",
                      ("实际融资额", "融资金额", "融资额", "贷款金额", "贷款额")),
}
# What each fact is called on a page (polc match --html, the text summary).
NAMES = {"kind": "申报主体类型", "region": "所在地（注册地或工作地）", "legal_person": "独立法人资格", "industrial": "工业企业",
         "founded": "成立日期", "revenue": "销售（营业）收入", "revenue_growth": "营业收入增长率", "profit_tax": "利税总额", "tax_paid": "纳税额",
         "rd_ratio": "研发投入占销售收入比例", "rd_expense": "研发费用", "ip_expense_ratio": "知识产权费用占研发费用比例",
         "ip_staff": "知识产权管理人员", "employees": "职工人数", "registered_capital": "注册资本",
         "valid_patents": "有效专利", "invention_patents": "有效发明专利", "patent_grants": "专利授权量",
         "invention_grants": "发明专利授权量", "patent_transfers": "转化实施专利", "transfer_amount": "专利转让许可金额",
         "trademark_years": "商标持续使用年限", "titles": "资质与称号", "awards": "所获奖项", "undertaking": "在研项目",
         "dishonest": "失信记录", "born": "出生日期", "sex": "性别", "education": "学历", "full_time": "全日制学历",
         "graduated": "毕业日期", "hukou": "户籍", "hukou_rural": "农业户籍", "social_insurance_months": "社保连续缴纳月数",
         "employed": "签订劳动合同", "employer_titles": "用人单位资质", "employer_kind": "用人单位类型",
         "entrepreneur": "创业（法定代表人）", "talent_class": "人才类别", "homes_owned": "家庭已有住房套数",
         "home_purchased": "购房（网签）日期", "hired": "签订劳动合同日期", "new_home": "新建商品住房",
         "home_region": "所购住房所在地", "children": "子女数", "home_price": "购房款", "home_area": "住房建筑面积",
         "deed_tax": "已缴契税", "financing": "融资额", "age": "年龄", "graduated_years": "毕业年限",
         "founded_years": "成立年限", "region_level": "所在地层级", "age_at_purchase": "购房时年龄", "age_at_hire": "签订劳动合同时年龄",
         "graduated_years_at_purchase": "购房时毕业年限", "graduated_years_at_hire": "签订劳动合同时毕业年限",
         "purchase_years_after_hire": "引进后至购房年限",
         "years_since_purchase": "购房后至申请年限", "years_since_hire": "签订劳动合同后至申请年限"}
# Facts only a person has: for an organisation they are false, not unknown (单位和个人 in 本市: a
# company registered elsewhere has no 户籍 here either).
PERSON_ONLY = frozenset({"hukou", "hukou_rural"})
# Facts an applicant cannot change (its kind, a date of birth and the ages counted from it, when it
# was founded or graduated); an organisation's `region` is its place of registration, fixed too.
FIXED = frozenset({"kind", "sex", "born", "age", "age_at_purchase", "age_at_hire", "founded", "founded_years", "region_level",
                   "graduated", "graduated_years", "graduated_years_at_purchase", "graduated_years_at_hire"})

# Facts read off a profile's place: the level of the division the applicant is in (province, city or
# county) — which government a text rewards (综合排名前十的县(市、区、特区), 所在省辖市, 省（区、市）).
PLACE_DERIVED = {"region_level": ("region", "the level of the applicant's place: province, city or county "
                                            "(县（市、区）, 省辖市, 省（区、市） name governments by it)")}
# How a text names governments by their level, as the recipient that ends a phrase.
# The level word heads the phrase (…的县(市、区), 所在省辖市), not part of a title (国家强县工程示范县（市、区）).
GOVERNMENT_LEVELS = (("county", r"(?:^|(?<=[的在]))(?:县[（(]市[、，,]?(?:区)?[^（()）]{0,8}[）)]|县（市）|区县|县区|县级(?:人民)?政府)$"),
                     ("city", r"(?:^|(?<=[的在]))(?:省辖市|设区的市|地级市|市[（(]州[）)])(?:[（(][^（()）]{0,20}[）)])?$"),
                     ("province", r"(?:^|(?<=[的在]))(?:省[（(]区[、，,]市[）)]|省级人民政府)$"))
# Derived facts that are a time elapsed, not a whole-year age: 毕业2年内 ends on the second anniversary.
ELAPSED = frozenset({"graduated_years", "founded_years", "graduated_years_at_purchase", "graduated_years_at_hire",
                     "purchase_years_after_hire",
                     "years_since_purchase", "years_since_hire"})
# Facts computed from a profile's dates on the judging day (``polc match --on``): whole years elapsed.
DERIVED = {"age": ("born", "age in whole years on the judging day (周岁)"),
           "graduated_years": ("graduated", "years since graduation, a fraction past the last anniversary (毕业N年内)"),
           "founded_years": ("founded", "years since registration, a fraction past the last anniversary (成立N年内)"),
           "age_at_purchase": ("born", "age in whole years on the day of `home_purchased` (购房时35周岁以下)"),
           "age_at_hire": ("born", "age in whole years on the day of `hired` (签订劳动合同时不超过30周岁)"),
           "graduated_years_at_purchase": ("graduated", "years from graduation to `home_purchased` "
                                                        "(新毕业生（毕业5年内），购买新建商品住房)"),
           "graduated_years_at_hire": ("graduated", "years from graduation to `hired` (签订劳动合同时处于毕业3年内)"),
           "purchase_years_after_hire": ("hired", "years from `hired` to `home_purchased` (引进后3年内购买首套住房)"),
           "years_since_purchase": ("home_purchased", "years from `home_purchased` to the judging day, the day of applying "
                                                      "(自购房合同网签备案之日起12个月内提出申请)"),
           "years_since_hire": ("hired", "years from `hired` to the judging day, the day of applying "
                                          "(自劳动合同签订之日起超过12个月未提出首次申请的)")}
# The day a derived fact is counted to, when it is not the judging day.  An age at an event that has
# happened is at most the age today, so an upper limit the age today meets is met (the event's day
# may be unknown).
DERIVED_AT = {"age_at_purchase": "home_purchased", "age_at_hire": "hired", "graduated_years_at_purchase": "home_purchased",
              "graduated_years_at_hire": "hired",
              "purchase_years_after_hire": "home_purchased"}
# The same count to the judging day, which bounds one to a past event from above (an age at a
# purchase is at most the age today; so are the years since graduation).
TODAY_BOUND = {"age_at_purchase": "age", "age_at_hire": "age", "graduated_years_at_purchase": "graduated_years",
               "graduated_years_at_hire": "graduated_years"}
# A heading that grants (16.给予到县域地区重点企业就业专项生活补贴。): the figures under it are its amounts.
# A grant followed by its amounts by group (给予一次性购房补贴：博士研究生20万元，硕士研究生10万元): those figures are paid.
GRANT_LIST_LEAD = r"(?:给予|发放|享受|可申请|按月申请)[^。；;：:]{0,16}(?:补贴|奖励|补助|资助|安家费)[：:]"
GRANT_HEADING = r"^(?:给予|发放|实施|落实)?[^。；;]{0,30}(?:补贴|补助|奖励|资助|奖补)。?$"
# A sentence about applying: its deadline closes the programme (申报截止时间为…, …前完成项目申报).
# 申报购房补贴截止时间为2024年6月30日 (before the date), 于2026年9月30日前完成项目申报 (after it); not
# …自动失效的，在2026年10月20日前可重新申请 (a second chance for one case), not
# 政策实施期限截至… (a validity) nor 2023年8月31日前金融机构已发放的贷款 (a condition).
APPLY_BY_BEFORE = r"(?:申报|申请|受理|报送|提交)[^，,。；;]{0,10}(?:截止|截至)[^，,。；;]{0,6}$"
APPLY_BY_AFTER = r"(?:前|之前|以前|止)[，,]?[^，,。；;]{0,8}?(?<!重新)(?<!再次)(?<!补充)(?:申报|申请|提交|报送|受理)"
# The period to apply in (申请时间：2025年8月11日至8月22日, 受理时间为…至…): its end is the deadline.
# A standing rule's yearly period (受理时间：每年3月1日至3月31日) is said with 每年 before it.
APPLY_PERIOD = r"(?:申报|申请|申领|受理|报名)(?:时间|期限|日期|期间|时段)(?:为|是)?[：:。.]?\s*(?:于)?(?:每年度?|每一年度?)?(?:的)?\s*$"
# A period to apply in that opens on an event (申报时间为商品房买卖合同网签备案之日起至2026年3月31日止): its end.
APPLY_UNTIL = r"(?:申报|申请|申领|受理|报名)(?:时间|期限|日期|期间|时段)(?:为|是)?[：:]?[^。；;]{0,30}?起\s*(?:至|到|截至)\s*$"
# The words after a period to apply in (…至2025年3月31日期间提出申请, …内向区住建局申报).
# Not 2023年1月1日至12月31日期间，申请人在本区购买… (the period of the purchase; 申请人 is the applicant),
# nor a yearly duty of those who hold the licence.
APPLY_IN_PERIOD = (r"(?:[（(][^）)]{0,8}[）)])?(?:(?:期间|内)(?:[，,]?[^，,。；;]{0,10}?(?:提出|进行|办理|提交|向[^，,。；;]{1,10}?))?"
                   r"|(?:集中|统一)?(?:受理|接受)?|(?:提出|提交))"  # 每年3月1日至3月31日受理申请, …集中受理
                   r"(?:申报|申请|(?<=受理)(?![^，,。；;]{0,6}(?:投诉|举报)))(?![人者]|办理年检|年检|年审|变更|延续)")  # 每年1月1日至4月30日期间…申请办理年检: a duty, not the grant
# A period before a grant's 对 (2025年5月30日至12月31日期间，对…): when the event must happen.
PERIOD_BEFORE = r"\s*(?:自|从|在)?[^，,。；;]{0,8}\d[^，,。；;]{0,24}?(?:期间|以来|起|止|以前|以后|前|后)?[，,]\s*(?:对)?\s*"
# The words of a hiring: 与企业签订劳动合同, 新引进, 入职 (a date before or after them bounds `hired`).
HIRE_WORDS = (r"签订(?:了)?(?:正式)?(?:劳动|聘用)合同|新引进|引进的|入职|聘用|已在[^，,。；;]{0,8}(?:就业|工作)"
              r"|首次(?:来|到|赴|在)[^，,。；;]{1,6}(?:就业|工作)"  # 2022年1月1日以后首次来烟就业的, 首次来青工作
              r"|(?<=以后|之后)(?:在|到|来|赴)[^，,。；;]{1,12}?(?:就业|工作)")  # 2025年1月1日以后在南充市内企业就业
# The words that tie an age to an event: 购房时, 签订劳动合同时, 引进时 (申报时 is the judging day).
AGE_AT = {"age_at_purchase": r"(?:购房|购买[\u4e00-\u9fff]{0,6}|网签[\u4e00-\u9fff]{0,4})(?:时|当日|之日)",
          "age_at_hire": r"(?:签订[\u4e00-\u9fff]{0,8}合同|引进|入职|聘用|就业)(?:时|当日|之日)"
                         r"|新引进的[^。；;（(]{0,24}[（(]"}  # 新引进的…本科生(…不超30周岁): at its hiring
# Degrees, lowest first: a condition 本科及以上 holds for every degree from bachelor up.
EDUCATION = ("secondary", "junior_college", "bachelor", "master", "doctor")
# The profile key each derived fact is read from.
DERIVED_SOURCE = {name: source for name, (source, _) in (*DERIVED.items(), *PLACE_DERIVED.items())}

# Words that name several kinds at once: 企事业单位 are enterprises and public institutions.
_UNITS = ("enterprise", "university", "research_institute", "key_lab", "new_rd_institution", "government", "park",
          "service_org", "social_org", "public_institution")
KIND_PHRASES = {"企事业单位": ("enterprise", "public_institution"), "其他组织": ("social_org",),
                "各类组织": ("social_org",), "单位和个人": (*_UNITS, "individual")}
# …的单位 at the end of a grant's recipients: any kind of organisation (用人单位 elsewhere is not the subject).
UNIT_KINDS = _UNITS
# Kinds of applicant, and the words that name them in a 申报主体 / 支持对象 clause.
KINDS: dict[str, tuple[str, ...]] = {
    "enterprise": ("工业企业", "企业", "公司"),
    "university": ("高等学校", "高校", "大学", "院校", "技校"),
    "research_institute": ("科研院所", "科研机构", "研究院所"),
    "key_lab": ("重点实验室",),
    "new_rd_institution": ("新型研发机构",),
    "government": ("人民政府", "设区市", "县（市、区）", "县(市、区)"),
    "park": ("园区管委会", "园区", "开发区", "管委会", "孵化载体", "孵化器", "众创空间", "加速器"),
    "service_org": ("服务机构", "服务组织"),
    "individual": ("个人", "自然人"),
    "individual_business": ("个体工商户", "个体户"),
    "social_org": ("社会组织", "民办非企业单位", "社会团体", "行业协会", "商会", "协会", "学会"),
    "public_institution": ("事业单位", "机关"),
}

# Titles and awards a condition or exemption may name; a profile's entry matches when one
# contains the other after removing quotes (国家专精特新小巨人企业 ≈ 国家专精特新“小巨人”企业): see plain_name.
TITLES = ("国家专精特新“小巨人”企业", "国家制造业单项冠军企业", "高新技术企业", "国家知识产权示范企业",
          "国家知识产权优势企业", "国家知识产权示范城市", "国家知识产权强县工程示范县", "中国驰名商标",
          "国家级高新技术产业开发区", "经济技术开发区", "国家知识产权试点示范园区", "科技型中小企业",
          "专精特新企业", "瞪羚企业", "独角兽企业", "技术先进型服务企业", "中华老字号", "老字号",
          "规模以上工业企业", "规上工业企业", "规模以上服务业企业", "规上服务业企业", "限额以上商贸企业", "限上商贸企业",
          "限额以上批发零售企业", "限额以上住宿餐饮企业", "规模以上企业")
AWARDS = ("中国专利金奖", "中国专利银奖", "中国专利优秀奖", "中国外观设计金奖", "中国外观设计银奖", "中国外观设计优秀奖",
          "中国专利奖", "江苏专利奖", "国家科学技术奖", "省科学技术奖", "省专利项目奖", "省发明人奖", "专利奖")


# Words that shape the logic of a list of conditions.
ANY_OF = ("条件之一", "之一", "其中一项", "任一")  # 符合下列条件之一
# A lead that names kinds of applicant, not conditions (…购买新建商品住房的下列人员：, 补贴对象包括：): its
# items are groups — any one will do.
GROUP_LEAD = (r"(?:(?:下列|以下|如下)(?:几类|各类|[一二三四五六七八九十]类)?(?:(?!条件|要求|资格|情形)[\u4e00-\u9fff]){0,4}?"
              r"(?:人员|对象|人群|群体|家庭|人才|单位|主体)"  # not 同时符合下列条件的人员：, a list of conditions
              # 在市区购买首套新建商品住房的下列人员之一，可申请购房补贴：: one of the groups, and what they may then do
              r"(?:(?:之一)?[，,](?:可|均可|可以)[^，,。；;：:]{0,12})?"
              r"|(?:补贴|补助|资助|支持|扶持|奖励|保障|适用|享受|申请|申报)对象(?:包括|为|是))[：:]?$")
EXEMPTION = ("可不受", "不受")  # …可不受利税总额限制
HALVED = ("可减半", "减半")  # 专利数量要求可减半
# Those a sentence treats as meeting the conditions' own kind (机关事业单位编外聘用人员可参照执行, 毕业两年内初次就业的毕业生参照执行):
# not the places a measure may be copied by (各县（市）可参照执行) — the caller reads whom it names.
EXTENDED_TO = (r"^[^，,。；;]{4,40}?(?:可|可以)?参照(?:执行|本(?:细则|办法|通知|方案|政策)(?:执行|享受[^，,。；;]{0,8}|申请[^，,。；;]{0,8}))"
               r"[。；;]?\s*$")  # 全日制普通高校本科毕业生参照本细则享受购房补贴
# The number of an item before its text: （一）, (二), 1., 2、
ITEM_MARK = r"(?:[（(][一二三四五六七八九十]+[）)]|\d+[.、．])"
# A thousands comma inside a number (5,000万元): no boundary between phrases.
THOUSANDS_COMMA = r"(?<=\d)[,，](?=\d{3}(?!\d))"
# A sentence that excludes: 不予补贴, 不得享受, 取消…资格 (the eligibility stage reads its condition part).
EXCLUSION_WORDS = (r"不予(?:支持|受理|资助|立项|推荐|奖励|补贴|补助|认定|批准|扶持|申报|发放|办理|享受|兑付|兑现)"
                   r"|不得(?:申报|申请|推荐|参评|享受|列入|重复申报)|不能(?:申报|申请|享受)|不再(?:支持|受理|资助|享受)"
                   r"|不再给予(?:补贴|补助|奖励|资助|支持)"  # 已有两套及以上住房的，不再给予补贴
                   r"|不享受|不纳入|不列入[^，,。；;]{0,10}范围|不适用(?:于)?本(?:办法|细则|通知|政策|方案|规定|意见|措施|公告|指南)|不在[^，,。；;]{0,8}?(?:支持|补贴|补助|奖励|资助|扶持|申报|适用|使用|政策|享受)范围|不符合(?:申请|申报)?条件|取消(?:申报|评审|补贴|享受)?资格|不属于[^，,。；;]{0,10}(?:补贴|补助|支持|奖励|资助|扶持)(?:范围|对象)"
                   # （四）公务员和参照公务员法管理的工作人员除外。: whom it leaves out (not a proviso, 另有规定的除外)
                   rf"|^\s*{ITEM_MARK}?[^，,。；;：:（()）但]{{0,28}}"
                   r"(?:人员|人才|职工|单位|企业|机构|家庭|个人|对象)除外[。；;]?\s*$"
                   # 机关事业单位在编人员不在此列。: a sentence that leaves them out
                   rf"|^\s*{ITEM_MARK}?[^，,。；;：:]{{2,30}}?(?:人员|人才|职工|单位|企业|机构|家庭|个人|对象)不(?:在|属)此列[。；;]?\s*$")
# The heading of a condition block (申报条件, 申领条件, 补贴对象, 发放范围, 认定条件, 基础条件（必须同时满足）),
# and headings that look like one but are not (申报材料, 补贴标准, 资金来源).
BLOCK_HEADING = (r"(?:条件|资格)(?:[（(][^）)]*[）)])?$"
                 # 【年龄和户籍要求】, 学历要求: what is asked of an applicant by name (not 其他要求, 一般要求, 工作要求)
                 r"|^(?:年龄|户籍|学历|社保|住房|购房|参保)(?:[和及与、](?:年龄|户籍|学历|社保|住房|购房|参保))*要求$"
                 r"|^(?:[\u4e00-\u9fff]{0,4}(?:申报|申请|支持|资助|扶持|奖励|补贴|补助|认定|适用|发放|保障|享受|帮扶|受益|实施|服务))"
                 r"(?:对象|主体)(?:[和及与]条件)?$"
                 r"|(?:发放|补贴|补助|支持|适用|申请|申报|保障|奖励|享受|资助)(?:范围|对象)"
                 r"|^(?:购房|购买|网签|签约)(?:时间|日期|期限|时段)(?:范围)?$")  # 三、购房时间: when the home must be bought
# A sentence that says who may apply, outside the condition lists: …的各类企事业单位及其他组织有权申请.
SCOPE_SENTENCE = r"(?<![不])(?:(?:有权|均可|可以|可)(?:申请|申报)|适用范围为|适用于)"  # 不适用于…: whom it is not for
# Facts an exclusion may test (有失信记录的, 二手房); anything else it says is for a person to judge.
EXCLUSION_FACTS = ("dishonest", "new_home", "hukou_rural", "employer_kind", "homes_owned", "talent_class",  # E类人才不享受…
                   "social_insurance_months")  # 社会保险关系转出本市的
# What an exclusion's words add that lists no case (set aside before its parts are asked whether they list cases): 及以上 (a
# bound), ，不予补贴 (what follows), ，包括在…购买的住房 (an example of the case)
EXCLUSION_ASIDE = r"及以上|及以下|[，,]\s*(?:不予|不得|不能|不再|均不|一律不)[^，,。；;]*$|[，,]\s*包括[^。；;]*$"
# A lead whose items are exclusions: 不包括：, 下列情形之一的，不予补贴：
EXCLUSION_LEAD = r"(?:不包括|不含|除外|不予[\u4e00-\u9fff]{2}|不得[\u4e00-\u9fff]{2})[:：]$"
# An item's run-in heading that names what it is about ((三)面积要求。…, 房屋类型：…): no condition of its own.
TOPIC_LABEL = r"[\u4e00-\u9fff]{1,4}(?:要求|条件|类型|类别|情况|时间|标准|限制|性质|范围|资格|状况|对象)"
# Items of a list of documents to hand in, not conditions: 身份证复印件, 花名册1份（附表3）.
# A certificate one holds (已取得不动产权证书, 取得职业资格证书) is a condition, not a paper to hand in.
MATERIALS = (r"复印件|原件|扫描件|\d+份|一份|附表|申请表|审核表|证明材料|花名册|承诺书"
             r"|(?:^|[，,。；;])(?:(?!取得|获得|持有|具有|领取|办理|拥有)[^，,。；;])*证书")
# Words only a condition says (…周岁以下的…, 毕业5年内, 不超过): an item with them is no paper to hand in.
CONDITION_SIGNS = r"周岁|\d年内|以下的|以上的|不超过|不低于|不少于|应当|须为|需为"
# Professional titles, lowest first (中级及以上职称 holds for 副高级 and 正高级; 高级 is both).
PROFESSIONAL_LEVELS = ("初级", "中级", "高级", "副高级", "正高级")
# Skill grades, lowest first (高级工以上职业资格 holds for 技师 and 高级技师): held as titles.
SKILL_GRADES = ("初级工", "中级工", "高级工", "技师", "高级技师")
SKILL_GRADE = "|".join(sorted(SKILL_GRADES, key=len, reverse=True))  # one grade, the longest name first
# The level of a named professional title (高级工程师 is 副高级, 教授 is 正高级, 讲师 is 中级); a skill
# grade (高级技师) is none.  First match wins, highest level first.
TITLE_LEVELS = (
    ("正高级", r"^(?:正高级|教授$|研究员$|主任(?:医|药|护|技)师$|编审$|译审$|高级记者$|高级编辑$|正高级.*)"),
    ("副高级", r"^(?:副高级|副教授$|副研究员$|副主任(?:医|药|护|技)师$|副编审$|副译审$|主任记者$|主任编辑$"
              r"|高级(?!技师|技工|工$)[\u4e00-\u9fff]{1,6}师$|高级教师$"
              r"|高级(?:专业技术)?职(?:称|务(?:任职资格)?)$)"),  # a senior title named by its level alone: 副高 at least
    ("中级", r"^(?:中级(?!工$)|(?:工程|经济|会计|审计|统计|农艺|畜牧|兽医)师$|讲师$|助理研究员$|主治(?:医|药)师$"
            r"|主管(?:药|护|技)师$|编辑$|记者$|一级教师$)"),
    ("初级", r"^(?:初级(?!工$)|助理(?:工程|经济|会计|审计|统计)师$|助教$|(?:医|药|护|技)师$|二级教师$|三级教师$)"),
)


def title_level(name: str) -> str | None:
    """The professional level of a title held: 高级工程师 → 副高级, 中级经济师 → 中级."""
    return next((level for level, pattern in TITLE_LEVELS if re.match(pattern, name.strip())), None)
# What follows 「X的，」 when X is a requirement, not a case: 可申请, 享受, 给予.
PERMITS = r"^[，,]?(?:均|即|方)?(?:可|可以|享受|给予|发放|申请|申领|予以|纳入)"
# How a benefit is paid or run, not who may claim it: 由房企兑现, 直接支付至…账号, 纳入房源库,
# 各区…组织、发动…, 可叠加享受.  A segment of these words with no test is no condition.
PROCEDURE = (r"兑现|结算|拨付|支付至|划拨|转入[^，,。；;]{0,6}账|打入|抵扣|扣减|房源库|定期更新|组织[、，,]?发动"
             r"|同时(?:领取|享受)|叠加享受|可叠加|资金(?:由|从)|各承担|分级承担"
             r"|^(?:最高|最多)(?:不超过|不高于|可达)?[\d０-９.]+[万亿]?元$"  # 最高不超过200万元: a cap on the benefit
             # what is granted, or when (可申请补贴, 政府补贴“人才房票”, 最高可放宽至4倍, 在签订购房合同时)
             r"|^(?:均|即|方)?(?:可|可以)(?:申请|申领|享受|获得|领取)[^，,。；;]{0,10}$"
             r"|^(?:(?:由)?政府|财政)?(?:补贴|奖励|资助|给予|发放)[^，,。；;]{0,10}$"
             r"|^(?:最高)?(?:可)?(?:提高|放宽|上浮|提升)[^，,。；;]{0,12}$|^在[^，,。；;]{2,12}时$"
             # when the text itself takes effect or who reads it (本方案自发布之日起施行, 由市住建局负责解释)
             r"|之日起(?:施行|执行|实施|生效)$|^(?:本[\u4e00-\u9fff]{1,4})?有效期|负责解释$|解释权")
# 以上补贴不重复享受, 同一企业同时获评的，按就高原则给予奖励: how grants combine — no condition, and no grant
GRANTS_COMBINE = r"就高不重复|(?:不得?|不予)重复(?:享受|申请|申领|补贴)|就高原则|择优享受|只能(?:选择)?享受(?:其中)?一项" \
                 r"|(?:只能|仅能|只可|仅可|限)(?:享受|申请|申领|领取)(?:一次|1次)(?!性)" \
                 r"|^同一[^，,。；;]{0,6}?可(?:以)?同时(?:申报|申请)|(?:期限|期间|时间|年限)合并计算"  # 同一套住房只能享受一次补贴: once per home; 同一企业可同时申报…
# A segment that says how a fact is proven or counted (购房时间确认以合同网签备案时间为准, 运营期自…之日起
# 计算), how long the benefit runs (支持政策期限为一年), which of two benefits one gets (就高不重复, 只可享受
# 其中一条) or leads a list (具体认定时点如下): no condition, and the case it follows (购买新建商品住房的，…为准)
# none either.
NOT_CONDITION = (r"以[^，,。；;]{2,40}(?:为准|认定)$|之日起计算$|期限为[一二三四五六七八九十两\d]+(?:年|个月)$"
                 # 家庭成员包括购房人及其配偶、未成年子女: whose homes count, asked of no one
                 r"|^家庭成员(?:包括|是指|指)"
                 r"|就高不重复|只可享受其中|如下[:：]?$"
                 # 以上补贴不重复享受, 同一类别不重复计算, 按就高原则享受一项: how grants combine, asked of no one
                 r"|(?:不得?|不予)重复计算|" + GRANTS_COMBINE +
                 r"|可凭[^，,。；;]{2,30}?(?:申领|申请|办理)"  # 非本市户籍人员可凭劳动合同和社保缴纳证明申领: with what papers
                 r"|分[一二三四五六七八九十两\d]+(?:年|期|次)(?:等额)?(?:发放|兑付|拨付|支付|兑现)"  # 购房补贴分5年发放: how it is paid
                 # 购房人为多人共有的，按一套住房享受一次补贴，补贴资金发放至合同约定的第一购房人: to whom and how often it is paid
                 r"|^(?:[^，,。；;]{0,8})?多人共有的?$|按一套(?:住房)?享受一次|(?:补贴|奖励|补助)?资金(?:一次性)?(?:发放|拨付|支付)(?:至|到)"
                 # …无登记在名下的住房，包括已网签备案尚未办理不动产权证书的住房: which homes count, asked of no one
                 r"|^(?:包括|包含|含)(?:已)?[^，,。；;]{0,30}?(?:住房|房屋|房产)$"
                 r"|(?:计算|计)至[^，,。；;]{0,12}?(?:之日|当日|日)$"  # 年龄计算至提出申请之日: on which day it counts
                 # 以上人员与其配偶、未成年子女合并计算为一个家庭, 以家庭中一人名义提出申请: who counts as one, in whose name
                 r"|合并计算为[^，,。；;]{0,8}$|^以[^，,。；;]{1,12}?名义(?:提出|提交)?(?:申请|申报)$"
                 r"|^[^，,。；;]{2,12}?(?:月数|年限|时间)按[^，,。；;]{2,24}?(?:计算|起算)$"  # 社保缴纳月数按申请受理当月往前连续计算
                 r"|(?:不计算在内|不计入|不予计算|不予累计)[\u4e00-\u9fff]{0,6}$"  # 补缴的月份不计算在内, 补缴的不计入缴费月数
                 # 留学回国人员的学历须经教育部留学服务中心认证: how a degree is proved, asked of no one's facts
                 r"|(?:学历|学位)(?:证书)?(?:须|需|应|均须|应当)经[^，,。；;]{2,30}?(?:认证|认定|鉴定)$")
# The purchase of a home (2023年购买首套住房, 新购商品住房, 网签): a home must be named — 购置的新能源汽车
# and 住房和城乡建设领域 are no purchase of one. The event a date bounds (home_purchased).
# What a firm buys that is no home (购置办公用房, 完成设备购置, 购买新能源汽车)
NOT_A_HOME = ("办公", "厂房", "写字楼", "生产", "设备", "土地", "车辆", "汽车")
HOME_BOUGHT = (r"购房|网签|(?:新购|购(?:买|置))[^，,。；;]{0,30}?(?:住房|住宅|商品房|房屋|房产|首套|公寓)"
               # 三、购房时间：…期间购买的。(what is bought, the heading says — not 完成设备购置)
               r"|" + "".join(f"(?<!{w})" for w in NOT_A_HOME) + r"购(?:买|置)的?(?=$|[，,。；;])")
# A grant for buying a home (购买新建商品住房的, 购房契税补贴): the home's place is the one that binds.
PURCHASE_EVENT = HOME_BOUGHT + r"|契税"
# A voucher spent on a home from a pool the scheme lists (人才房票): granted before any purchase.
VOUCHER = r"房票"
# A text about buying a home (the same, or a voucher, 房票, or 房地产消费): its territory may be where the home is.
HOME_PURCHASE = PURCHASE_EVENT + rf"|{VOUCHER}|房地产消费"
# The period a purchase subsidy is for (补助时间为2023年1月1日至2023年12月31日, 以网签备案时间为准): the
# purchase must fall in it.  Not 政策实施期限 (how long the text is valid).
# A sentence that says when the homes must be bought (购房时间为2024年1月1日至2024年12月31日, 网签时间在…之间).
# (使用人才房票的商品住宅，其购房合同网签日期应在2022年12月31日前: the home a lead names, its purchase's day)
PURCHASE_TIME = r"\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:[^，,。；;]{2,24}?(?:住宅|住房|房屋|商品房)[，,]\s*其)?" \
                r"(?:购房|购买|网签|签约|网签备案)(?:合同)?(?:网签备案|网签|备案)?(?:时间|日期|期限)(?:须|应|应当)?(?:为|是|在|：|:)"
# A heading (or run-in label) that gives a purchase subsidy's period for the whole text (一、实施期限 /
# 2025年7月1日至2026年6月30日（以商品房买卖合同网签备案时间为准）): when the homes it pays for are bought —
# not 申报时间 or 受理期限, when to apply.
PERIOD_HEADING = r"(?:实施|执行|补贴|补助|政策|活动|购房|适用)(?:期限|时间|期间|时限|周期)"
PURCHASE_WINDOW = r"(?:补助|补贴|奖补|享受[^，,。；;]{0,8})(?:时间|期间|期限)(?:为|是|：|:)?\s*$|网签备案时间为准[^。；;]{0,4}$"
# Whose age a number is when it is not the applicant's: 孩子未满18周岁, 子女年龄, 配偶, 父母 (not 老年人: in a text on
# elderly care the old person is the applicant).
OTHERS_AGE = r"(?:孩子|子女|小孩|儿童|婴幼儿|配偶|父母|家庭成员|其他成员)[^，,。；;]{0,6}$"
# Penalties and damages: a sentence or a list lead with these words grants nothing (给予警告，可以并处
# 二千元以下罚款; 有下列行为之一的，…没收违法所得; 五百万元以下的赔偿) — not 未受到行政处罚的企业 (a condition).
PENALTY = (r"(?<![未被受])(?:并处|处以|处)(?![罚理置分])[^，,。；;]{0,20}(?:罚款|罚金)|(?<![未无不被])(?:没收|吊销|拘留)|给予警告"
           r"|(?<!保险)(?<!保险理)赔偿|责令(?:停止|改正|限期)"
           r"|追回(?:已发放|已拨付|已领取|已享受)?(?:的)?(?:补贴|奖励|补助|资金|奖补)")  # 取消其资格,追回已发放补贴: a clawback
# Staff left out by the kind of their employer: （机关事业单位在编人员除外）, （不含公务员和事业单位编制内人员）.
EMPLOYER_EXCEPTED = (r"[（(](?:不含|不包括)?(?P<who>(?:党政|行政)?(?:机关|事业单位|公务员|参公)[^）)]{0,14}?)"
                     r"(?:在编|编制内|正式)?(?:(?:人员|工作人员|职工)(?:除外)?|除外)[）)]")  # not (不含参公事业单位)
# 本条所称企业、社会组织不含机关事业单位: the employers a text names leave organs and institutions out (the caller checks the words).
EMPLOYERS_DEFINED_OUT = (r"^\s*本(?:条|款|项|办法|细则|通知|方案|指南)所称(?P<terms>[^，,。；;]{2,20}?)(?:不含|不包括|不包含)"
                         r"(?P<who>[^，,。；;]{2,16}?)[。；;]?\s*$")
EXCEPTED_EMPLOYERS = (("机关", ("government",)), ("公务员", ("government",)), ("参公", ("government", "public_institution")),
                      ("事业单位", ("public_institution", "university", "research_institute")))
# Whom an exclusion leaves out as the applicant (机关、事业单位不属于…对象, 公办养老机构不适用本办法, 个体工商户、分支机构不在
# 申报范围): the organs and institutions above, public-run ones, sole traders; a branch (BRANCH) has no legal personality.
PUBLIC_RUN = r"公办[\u4e00-\u9fff]{0,4}?(?:机构|学校|幼儿园|医院)"
# 由社会力量举办, 民办养老机构: run by no organ or public institution
PRIVATELY_RUN = r"(?:由)?社会力量(?:投资)?(?:举办|兴办|创办)|民办[\u4e00-\u9fff]{0,6}(?:机构|学校|医院|幼儿园)"
BRANCH = r"分支机构|分公司|办事处|代表处|代表机构|派出机构"
EXCLUDED_APPLICANTS = (*EXCEPTED_EMPLOYERS, ("公办", ("public_institution", "university", "research_institute")),
                       ("个体工商户", ("individual_business",)), ("个体户", ("individual_business",)))
# A label before a list of the ways to belong to a class: F类人才：…；…；…
CLASS_LABEL = r"^[^：:，,。；;]{0,12}(?:类人才|类人员|类|对象|范围)[：:]"
# A document granting to persons (a title it names in a condition is the employer's).
PERSON_TITLE = r"人才|毕业生|购房|住房|安居|就业|创业|入户|落户|家庭|青年|公寓|房票|引进"
# A place an organ acts in, not the applicant's: 须经我市推荐, 由本市人社部门认定, 本市人民政府.
ORGAN_BEFORE = r"(?:经|由|向|报|报送|按照|依据|根据|执行|参照)$"
ORGAN_AFTER = r"(?:人民政府|政府|党委|人社|住建|财政|税务|市场监管|人力资源|住房和城乡|住房城乡建设|有关部门|相关部门|[^，,。；;]{0,6}?(?:局|委员会|办公室|领导小组)(?![\u4e00-\u9fff]{0,2}(?:企业|单位)))"
# No place is required: 户籍不限, 本市户籍和非本市户籍均可.
ANY_PLACE = r"不限(?:地域|区域)"
# The counties and county-level cities of a city, not its districts (在各县（市）购买住房的): outside its 市区.
COUNTIES = r"(?:(?<=[在于])各?|各|所辖)县[（(]市[）)](?![、，,和及与]|区|属)|各县市(?!区)"
# What a founder registers (登记注册小微企业、个体工商户或农民专业合作社, 担任法定代表人或主要负责人): the kinds of business
# `entrepreneur` covers, asking nothing more of a person.
FOUNDED_KINDS = r"(?:小微企业|中小微企业|企业|个体工商户|农民专业合作社|专业合作社|家庭农场|民办非企业单位|社会组织)"
FOUNDER = (rf"(?<=注册|登记|创办|开办|成立|设立){FOUNDED_KINDS}(?:[、和及或]{{1,2}}{FOUNDED_KINDS})*"
           r"(?:等(?:创业实体|经营主体|市场主体))?"
           r"|(?:法定代表人|经营者)(?:或者|或|和|、)(?:主要)?负责人")
# Who buys the home: a person (购房人为自然人) or a unit (单位购房不予补贴, 企业购买的住房).
PERSON_BUYER = (r"(?:购房人|申请人|购房主体)(?:须|应|必须|应当)?为自然人|^(?:是指|系指|指)?自然人$"  # 本细则所称个人，是指自然人
                r"|(?:购买|购置)[^，,。；;]{0,12}(?:住房|房屋|商品房|住宅)的自然人")  # 在衡南县行政区域内购买住房的自然人
UNIT_BUYER = (r"(?:单位|企业|法人|机构|公司|组织)(?:名义)?(?:购房|购买(?:的)?(?:住房|房屋|商品房))|(?:单位|企业|法人|机构|公司|组织)名义购买"
              r"|购房人(?:为|是)[^，,。；;]{0,20}?(?:法人|其他组织)")  # 购房人为企业、事业单位、社会团体等法人或者其他组织的
# An exclusion of one who runs a business (已办理个体工商户营业执照或者担任企业法定代表人的, 已创办企业的): entrepreneur.
RUNS_BUSINESS = (r"(?:办理|领取|取得|注册)[^，,。；;]{0,8}(?:个体工商户|营业执照)|(?:担任|系|是|为)[^，,。；;]{0,6}"
                 r"(?:法定代表人|个体工商户经营者)|(?:创办|开办)[^，,。；;]{0,6}(?:企业|个体工商户)")
# Those who came before the text took effect keep the old rules (实施意见施行之前来淮人才按原有政策执行, 本办法施行前引进的
# 人才按原政策执行): a hire on or after the day it took effect.
OLD_POLICY = (r"(?:本|该)?(?:实施)?(?:办法|意见|细则|方案|政策|通知|规定|措施)?(?:施行|实施|印发|发布)(?:之|以)?前"
              r"(?:来[\u4e00-\u9fff]{1,3}|引进|入职|到[\u4e00-\u9fff]{1,3}工作)?的?(?:人才|人员)[^，,。；;]{0,6}?"
              r"(?:按|执行)(?:照)?原(?:有)?(?:政策|规定|办法)(?:执行)?")
# Words that say a fact does not matter (不论户籍是否在本市, 无论是否首次购房, 不管…与否): asked of no one.
REGARDLESS = r"(?:不论|无论|不管)[^，,。；;]{0,20}?(?:是否|与否|有无|多少)[^，,。；;]{0,12}"
# Words that take any 户籍: 户籍不限, 本市户籍和非本市户籍均可, 本市户籍居民和外地户籍居民, 本市及外地户籍人员.
_LOCAL = r"本市|本区|本县|本地|我市|我区|我县|本省|我省|市内|区内|县内|省内"
_OUTSIDE = r"外地|外来|非本[市区县省地]|外省|外市|市外|区外|县外|省外|其他地区"
ANY_HUKOU = (r"户籍不限|不限户籍|不受户籍|不论户籍|无论(?:是否)?(?:本地)?户籍|户籍和非[^，,。；;]{0,6}户籍均可"
             rf"|(?:{_LOCAL})(?:户籍|户口)?(?:居民|人员|人口|家庭)?(?:和|及|与|或者|或|、|以及)(?:{_OUTSIDE})")
# Words that tie a place to work or registration, not to a home (在本区就业并购房).
WORK_WORDS = r"就业|工作|注册|缴纳|纳税|任职|创业|登记"
# A tax relief granted (转制为企业后，五年内免征企业所得税): a benefit with no amount.
TAX_RELIEF = r"免征|减征|免缴|减半征收|减按[\d.]+%"
# A benefit that raises a limit or ratio, no amount (贷款限额可放宽到…的1.3倍, 损失补偿比例提高至80%).
RAISE_VERB = r"(?:可)?(?:放宽|提高|上浮|提升)(?:到|至)"
RAISED = RAISE_VERB + r"[^，,。；;]{0,24}?(?:\d|倍|成)"
# Facts that hold a place (the applicant's, the home's, the 户籍's).
PLACE_FACTS = ("region", "hukou", "home_region")
# Facts of the home a purchase subsidy is for: a programme that asks one is about a purchase.
HOME_FACTS = ("home_region", "home_purchased", "new_home", "home_area", "home_price")
# A zone that is no administrative division (高新区, 经开区, 开发区, 自贸区): where it lies, the divisions do not say.
ZONE = r"(?:高新|经开|开发|新|园|自贸|保税|示范|功能|产业|工业|物流|综保|试验|合作)区$"
# A condition that opens with hiring (招用…高校毕业生…的企业): whom it names are the persons hired, not the applicant.
HIRING = rf"\s*{ITEM_MARK}?\s*(?:对)?(?:新)?(?:招用|招收|吸纳|录用|招聘|雇用|安置)(?!工作)"
# A sentence that binds every programme of the text: 本办法适用对象应当…, 享受本办法的扶持对象须….
GENERAL_CONDITION = (r"本(?:办法|细则|措施|政策|意见|方案|规定)(?:的)?(?:适用|支持|扶持|资助|奖励)对象(?:应当|应|须|必须)"
                     r"|(?:享受|申请|申报)本(?:办法|细则|措施|政策|意见|方案|规定)[^，,。；;]{0,6}?(?:的)?(?:扶持|支持)?"
                     r"(?:对象|企业|单位|个人|人员|主体)(?:均)?[，,]?(?:应当|应|须|必须|需)")  # 享受本政策的企业须在常熟市注册纳税
# An application limit counted from the purchase (人才应当在购房合同网签备案之日起12个月内提出申请, 自商品房买卖合同备案
#之日起1年内申请): a time from the purchase to the day of applying, the judging day.  The words before the number, the number
# with the words after it, and the whole.
# (not 自劳动合同签订之日起: a labour contract's day, no purchase)
APPLY_AFTER_PURCHASE = (r"(?:(?:购房合同|商品房买卖合同|买卖合同)(?:网签备案|网签|备案|签订)|(?<!劳动合同)(?:网签备案|网签|备案)|购买|购房)"
                        r"[^，,。；;]{0,6}?"
                        r"(?:之日|后)(?:起)?[^，,。；;\d一二三四五六七八九十]{0,2}")
# 自劳动合同签订之日起, 引进之日起 (超过12个月未提出首次申请的): the words that count a limit on applying from the hiring
APPLY_AFTER_HIRE = (r"(?:(?:劳动|聘用)合同(?:签订|生效)|(?:引进|入职|到岗|报到))[^，,。；;]{0,6}?(?:之日|后)(?:起)?"
                    r"[^，,。；;\d一二三四五六七八九十]{0,2}")
APPLY_WITHIN = r"[\d一二三四五六七八九十]+个?(?:月|年)\s*(?:内|以内)[^，,。；;]{0,4}?(?:提出|提交|申请|申报|申领)"
APPLY_LIMIT = APPLY_AFTER_PURCHASE + APPLY_WITHIN
# …之日起超过12个月提出申请的 (an exclusion): applying later than the limit
APPLY_BEYOND = r"[\d一二三四五六七八九十]+个?(?:月|年)\s*(?:后|以后)?(?:才|仍|未)?(?:提出|提交|申请|申报|申领)"
# A title of measures, each its own (若干措施, 政策意见): a condition list in one of them is that measure's.
MEASURES_TITLE = r"若干|措施|意见|政策(?!实施细则|实施办法)|举措|行动方案"
# The head of a recipient phrase that names localities (…的地方, …的县(市、区), 申报城市): governments.
LOCALITY_HEAD = r"(?:各|申报)?(?:地方|城市|省份|地市|县|市|省|区|县区|市县|县市区|地区)(?:政府|人民政府)?"
# A sentence that says what the applicant is (申报主体应为…的企业): its kinds bind.
APPLICANT_IS = r"\s*(?:（[一二三四五六七八九十]+）|\d+[.、．])?\s*(?:申报|申请)(?:主体|单位|对象|人)(?:应当|应|须|必须)?(?:为|是)"
# A preamble that says whom the whole text is for (…，对在双辽市城区内购买唯一商品住房的农业户口家庭，制定
#如下优惠政策): what of it a fact decides binds every programme.
SCOPE_PREAMBLE = r"(?:^|[，,])对(?:于)?(?P<who>[^，,。；;]{4,100}?)[，,]?(?:特)?制定(?:如下|以下|本)"
# 补贴对象为2023年1月1日以后新引进到本区企业工作的全日制本科及以上学历人才: whom every grant of the text is for
TARGET_SENTENCE = (r"^\s*(?:本(?:办法|细则|方案|通知|措施)(?:的)?)?(?:补贴|补助|资助|支持|扶持|奖励|保障|适用|享受|申请|申报)对象"
                   r"(?:为|是|包括)(?P<who>[^。；;]{4,120})")
# 2025年3月1日至…期间，在潍坊市市区(…)购买新建商品住房的多孩家庭，可按本办法申请购房补贴: whom every grant of
# the text is for, said before what they may do under it
APPLY_UNDER_TEXT = (r"^(?P<who>[^。；;]{4,160}?)[，,]?(?:均)?可(?:以)?(?:按|依照|依据|根据|按照)本(?:办法|细则|方案|通知|措施|政策|意见|规定|公告|指南)"
                    r"(?:的?规定)?(?:申请|申领|享受)")
# The heading of what every programme of a guide asks (三、共同要求, 通用条件; not 其他要求, often how to apply).
COMMON_HEADING = r"^(?:共同|通用|统一|共性)(?:申报)?(?:要求|条件)$"
# Places a text leaves out (松滋市、石首市、洪湖市…不适用本细则): every programme is for others.
# …and places that make their own rules after it (长丰县、肥东县…可参照本细则，结合本地实际制定…政策).
_THIS_TEXT = r"本(?:办法|细则|通知|方案|政策|措施|意见|规定)"
PLACES_LEFT_OUT = (rf"^\s*{ITEM_MARK}?\s*(?:(?P<who>[^。；;，,]{{2,80}}?)(?:不适用|不执行){_THIS_TEXT}"
                   rf"|(?P<own>[^。；;，,]{{2,80}}?)可(?:参照|参考|结合){_THIS_TEXT}[，,]?(?:[^。；;，,]{{0,10}}[，,])?[^。；;，,]{{0,4}}制定)")
# A sentence that limits where the whole text applies (实施范围为琅琊区、南谯区…, 本措施适用于各城区、开发区).
TERRITORY_SCOPE = r"(?:实施|适用)范围(?:为|是|包括)|本(?:措施|办法|细则|意见|方案|政策|通知|条例|规定)(?:仅)?适用于?"
# A text that says which places one of its areas is (本细则所称中心城区，是指襄城区、樊城区…; 中心城区范围
#包括…; 襄城区、樊城区…（以下简称“中心城区”）; 中心城区（襄城区、樊城区…）): ``area`` is one of places.AREAS,
# ``list`` the places.
AREA_DEFINITION = (r"(?:本(?:办法|细则|通知|方案|意见|措施|规定|政策|指南|公告)(?:中)?所(?:称|指)(?:的)?)?"
                   # (本细则所称“市城区”，是指…: the area quoted, the text's own city's)
                   r"[“\"]?(?:[\u4e00-\u9fff]{2,4}市|[\u4e00-\u9fff]{2,3}(?=市区)|市(?=城区))?(?P<area>中心城区|主城区|市区|[二三四五六七八九十]?城区|(?<=所称)(?:购房区域|县城规划区|城市规划区)|(?<=所称“)(?:购房区域|县城规划区|城市规划区))[”\"]?(?:的)?(?:具体)?(?:范围|区域)?[，,]?"
                   # 襄城区、樊城区、襄州区（不含双沟镇）、高新区: brackets inside the list too
                   r"(?:是指|系指|指的是|指|为|是|包括|包含|涵盖|即|(?=[：:]))[：:]?(?P<list>(?:[^。；;（(）)]|[（(][^（()）。；;]*[）)]){2,120})"
                   r"|(?P<list2>[^。；;，,（(]{2,80})[（(]以下(?:简称|称)[“\"]?(?P<area2>中心城区|主城区|市区|[二三四五六七八九十]?城区)[”\"]?[）)]"
                   # 襄阳市中心城区（襄城区、樊城区、襄州区）: the bracket after the area lists it
                   r"|(?P<area3>中心城区|主城区|市区|[二三四五六七八九十]?城区)(?:范围)?(?:内)?[（(](?!不|除|以下)(?:含|包括|包含|即)?"
                   r"(?P<list3>[^（()）]{2,80})[）)]")
# A part of an area the text defines (中心城区建设用地范围包括中心半岛、城北组团…): not the area itself.
AREA_PART = r"(?:中心城区|主城区|市区|城区)(?:的)?(?:建设用地|规划区|建成区)"
# What a grant sentence gives when it names no amount (…可申领购房补贴).
BENEFIT_NOUN = r"补贴|补助|奖励|资助|贴息|房票|安家费|生活费|公寓|共有产权房|保障性租赁住房|贷款|{in_kind}"
# A benefit in kind, not money: a card that opens services (长沙人才绿卡), the treatment of locals (享受…户籍人口购房政策).
# …of which the treatment a statute gives a group (享受下列优惠待遇, 办理免费乘车卡) is an allowance too.
TREATMENT = r"乘车卡|优惠待遇|优待"
BENEFIT_IN_KIND = rf"绿卡|人才卡|服务卡|户籍人口[\u4e00-\u9fff]{{0,6}}政策|{TREATMENT}"
BENEFIT_NOUN = BENEFIT_NOUN.format(in_kind=BENEFIT_IN_KIND)
# An allowance a statute names without an amount (发给长寿保健补助费, 在全省范围内享受下列优惠待遇, 领取失业保险金):
# a benefit of its own, priced elsewhere.
ALLOWANCE = rf"补助费|津贴|补助金|保险金|生活补助|救助金|{TREATMENT}"
# A service given free (对六周岁以下的残疾孤儿…免费提供抢救性康复): a benefit in kind, whatever the service.
FREE_SERVICE = r"免费提供"
# A loan's interest paid by the state (可申请最高30万元的创业担保贷款，财政按规定给予贴息): a benefit priced by the loan
INTEREST_GRANT = r"(?:给予|予以|按规定|全额|据实)贴息"
# A lead whose items are what is granted, not conditions (享受下列优惠待遇：, 提供以下服务：).
BENEFIT_LIST_LEAD = r"(?:享受|给予|提供|发放)(?:下列|以下|如下)[^。；;：:]{0,8}(?:待遇|优惠|优待|服务|补贴|补助|政策)[：:]$"
# The verb that gives it, at most a few words before it.
ALLOWANCE_GRANT = rf"(?:发给|发放|给予|享受|领取|申领|办理)[^，,。；;：:]{{0,16}}?(?:{ALLOWANCE})"
# Exclusions about how an application is made, not who may apply: late, false or incomplete.
PROCEDURAL = (r"逾期|虚假|骗取|弄虚作假|材料不全|材料不完整|不齐备|未按(?:时|期|规定)|冒领|伪造|否则|经查实"
              # 以同一套住房重复申请的, 同一展会项目不得重复申报…: one grant per home or project
              r"|(?:以)?同一(?:套)?[\u4e00-\u9fff]{0,4}?(?:住房|房屋|项目|事项)(?:不得|不能|不可|不予)?重复(?:申请|申报|享受)"
              r"|仅按照?一个"  # 同一项目…仅按照一个方向给予资金支持: how much, not who
              r"|同一套(?:住房|房屋)[^，,。；;]{0,6}?多人(?:申请|申报)"  # 同一套住房多人申请的: one grant per home
              # 吸纳人员为…直系亲属的，该部分人员不计入吸纳人数: how a number is counted, not who
              r"|不计入[^，,。；;]{0,10}(?:人数|套数|总数|数量|年限|基数)"
              r"|按差额(?:补足|给予|奖励|补助|补贴|支持)"  # 已获得省级以上…奖励的，市级按差额补足: how much, not who
              # 补贴发放期间，申请人离开…就业…的，应当主动申报，自次月起停发: how a grant is kept, not who may apply
              r"|^\s*(?:补贴|资助|补助|津贴)?(?:发放|享受|领取)期间"
              r"|^(?:有|存在|具有)?(?:下列|以下)(?:情形|情况)(?:之一)?的?[，,]?(?:不予|不得|取消)"  # the lead of a list
              # 享受补贴的住房…3年内不得转让: a duty after the grant (已享受…补贴的人员，不得申请本项补贴 excludes)
              r"|享受[^。；;]{0,12}的[^。；;]{0,40}?不得(?!(?:申请|申报|享受)(?:本|该|此)项)"
              # a purchase undone after it (解除合同登记备案并重新办理登记备案的, 注销网签备案合同的): how the grant
              # is kept or recovered, not who may apply
              r"|(?=[^。；;]*(?:购房|住房|商品房|网签|房屋))[^。；;]*?(?:(?:撤销|注销|解除|变更)[^。；;，,]{0,8}(?:合同|备案|登记)"
              r"|(?:合同|备案)[^。；;，,]{0,4}(?:撤销|注销|解除))"
              r"|退房|退还[^。；;，,]{0,4}补贴|追回"
              # a grant with what it costs (…可以领取一次性生活补助金，但不再享受其他失业保险待遇): a grant, not an exclusion
              r"|(?:可以|可)(?:领取|享受|申领)[^。；;]{0,30}[，,]但不再享受"
              # 因上述原因不能按本指南办理的，可咨询…: where to turn, not who may apply; 选购人才专项房源的，不再享受…购房补贴: one
              # benefit chosen instead of the other, not a case of the applicant
              r"|可(?:向|到)?[^。；;，,]{0,10}?咨询|^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:选购|选择)[^。；;，,]{2,16}?的[，,]不再享受"
              # 不予受理的情形: the heading of the list, nothing of its own
              r"|^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:不予|不得)[\u4e00-\u9fff]{2,4}的?(?:情形|情况)[：:。]?\s*$")
# The header row of a table of tiers (学历层次 年龄要求 核心说明): no condition.
TABLE_HEADER = r"(?:[\u4e00-\u9fff]{0,4}(?:层次|要求|说明|类别|标准|名称|备注|序号|条件|类型|对象|金额)){2,}"
NOT_BLOCK = (r"材料|流程|程序|方式|(?<!购房)(?<!购买)(?<!网签)(?<!签约)时间|地点|渠道|资金来源|办理|审核|联系|其他|附件"
             r"|^(?:继续|进一步)?(?:放宽|优化|调整|完善|简化|降低|提高|取消|规范)")  # 放宽公积金贷款条件: a measure
# A heading under a block that says what is granted, not who may apply (补贴标准, 补贴期限).
BENEFIT_HEADING = r"^(?:[\u4e00-\u9fff]{0,6})(?:标准|期限|金额|额度|方式|资金|时间|材料|流程|程序)$"
# A run-in heading of when the home must be bought ((一)购房时间。网签备案时间在…之间。): its text is a condition.
PURCHASE_TIME_HEADING = r"^(?:购房|购买|网签|签约|网签备案|备案)(?:合同)?(?:时间|日期)$"
# A lead's long tail after its 条件 when it says what is then received (具备下列条件的失业人员，可以自办理失业
# 登记手续的次月起，按月领取失业保险金，同时享受其他失业保险待遇：) — not a crime's or a penalty's (…的，应当认定为…).
LONG_LEAD_TAIL = r"[^。；;]{0,64}?(?:领取|享受|申领|申请|发放|发给)[^。；;]{0,40}"
CONDITION_LEAD = (r"(?:(?:符合|具备|满足|具有|达到)[^。；;：:]{0,12}(?:下列|以下|如下)[^。；;：:]{0,12}(?:条件|要求|资格|情形)"
                  # 户籍、社会保险和住房套数按照下列规定执行：: rules on facts, listed
                  r"|(?:户籍|社会保险|社保|住房|年龄|学历)[^。；;：:]{0,16}?(?:按照|按|依照)(?:下列|以下|如下)规定(?:执行)?(?=[:：]$)"
                  r"|(?<=[且并])属于(?:下列|以下|如下)[^。；;：:]{0,6}(?:人员|对象|人群|群体|情形))"  # …，且属于下列人员之一的，可申请…：
                  rf"(?:之一)?(?:的)?(?:[^。；;]{{0,16}}|{LONG_LEAD_TAIL})[:：。]$")  # 符合以下情形之一的服务对象可申请服务资助：, 符合下列要求的社会团体予以保留。 (with items)
PREFERENCE = ("优先支持", "优先考虑", "优先推荐")
# A heading that says only who is targeted (补助对象, 保障对象): its conditions bind the text's grants.
TARGET_HEADING = r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+条)?\s*(?:补助|补贴|资助|支持|扶持|奖励|保障|适用|享受)对象$"
# The lead of what every grant of the text asks (申请本细则各类租房补贴的人员，须同时具备以下基本条件：): it binds each.
COMMON_LEAD = (r"^\s*(?:第[一二三四五六七八九十]+条\s*)?(?:申请|申报|享受)本(?:细则|办法|通知|方案|指南|政策)(?:各类|各项|所列|规定的)"
               r"[^，,。；;：:]{0,16}?的[^，,。；;：:]{0,8}?[，,]?\s*(?:须|应|均须|均应|应当)?(?:同时)?(?:具备|符合|满足)(?:以下|下列|如下)"
               r"(?:基本|共同)?条件[：:]\s*$")
APPLICANT_HEADINGS = ("申报主体", "支持对象", "申报单位", "申报对象", "实施主体", "申请主体", "资助对象")
PROJECT_TYPES = ("新建项目", "升级项目", "延续项目", "新建", "升级")
GUIDE_TITLE_ENDS = ("申报指南", "实施方案", "申报通知", "指南")
BRANCH_HEAD = ("申报主体是", "申报单位是", "申请主体是", "主体为")  # 申报主体是企业的，应满足以下条件
UNDERTAKING_WORDS = ("正在承担", "已承担", "承担过", "尚在实施")
THIS_PROGRAMME = ("本项目", "本年度本项目")
# A segment that only says when (近3年内, 上一年度) qualifies the tests after it.
TIME_QUALIFIER = r"^(?:近[一二三四五六七八九十两\d]+年(?:内|来)?|上一?年度|[上本]年)$"
# After 或, a new predicate (not 国家或省部级…): 或被评为…, 或有效发明专利数量…
OR_STARTS = ("被", "已", "获", "入选", "拥有", "有效", "在", "属于", "具有", "作为", "是", "持有", "取得",
             *SKILL_GRADES)  # …中级以上专业技术职称或高级工以上职业资格
JOINT_APPLICANTS = ("可单独申报", "也可", "联合申报")  # 申报主体 …，可单独申报，也可…与…服务机构联合申报
# Years a number is asked about: 近三年 each of the last 3, 上一年度 the last one, 年均 the average.
AVERAGE = "年均"


def plain_name(text: str) -> str:
    """A title, award or programme name without quotes, book marks and spaces, for matching names;
    中小 is dropped (省级专精特新中小企业 and 省级“专精特新”企业 name one title)."""
    text = re.sub(r"[“”\"'‘’《》\s]|中小", "", text)
    return text.replace("规上", "规模以上").replace("限上", "限额以上")  # 限上商贸企业 is 限额以上商贸企业


_KIND_WORDS = sorted(((word, kind) for kind, words in KINDS.items() for word in words), key=lambda w: -len(w[0]))


def kind_words(text: str) -> list[str]:
    """The kinds the words of a phrase name, each once, a longer word before the shorter it contains — of any kind
    (民办非企业单位 is a social organisation, not an enterprise for its 企业)."""
    found: list[str] = []
    for phrase, kinds in KIND_PHRASES.items():
        if phrase in text:
            found += kinds
            text = text.replace(phrase, "\0")
    for word, kind in _KIND_WORDS:
        if word in text:
            found.append(kind)
            text = text.replace(word, "\0")
    return list(dict.fromkeys(found))


# Titles and awards that are one of a wider kind the texts name (a 小巨人 is a 专精特新 enterprise of the national tier; the
# 国家科学技术奖 are the natural science, invention and progress awards): held name → the wider names it holds too.
NAMES_WITHIN = ((r"专精特新[^，,。；;]{0,2}小巨人", ("专精特新企业",)),
                (r"国家(?:自然科学|技术发明|科学技术进步)奖", ("国家科学技术奖",)),
                (r"省(?:自然科学|技术发明|科学技术进步)奖", ("省科学技术奖",)))


def holds(have: list[str], wanted: list[str]) -> bool:
    """A name held matches one wanted when either contains the other (quotes aside); a professional
    title wanted by level (中级职称) is held by any title of that level (中级经济师, 工程师; 高级工程师
    is 副高级); a name of a wider kind (NAMES_WITHIN) is held by its members."""
    have = [*have, *(wider for h in have for pattern, names in NAMES_WITHIN if re.search(pattern, plain_name(h))
                     for wider in names)]
    return any(plain_name(w) in plain_name(h) or plain_name(h) in plain_name(w) or _of_scale(plain_name(h), plain_name(w))
               or w.endswith("职称") and title_level(h) == w[:-2] for h in have for w in wanted)


# Words that say how a recognition is named, not which one (在全省综合评价中被评为优秀等次的链主企业).
RECOGNITION_FILLER = frozenset({"在", "中", "被", "评为", "评定", "评定为", "认定", "认定为", "获评", "获得", "经", "为", "的",
                                "企业", "单位", "机构", "“", "”", '"', "（", "）", "(", ")", "、",
                                "《", "》", "本人", "持有", "取得", "具有",  # 本人持有《中华人民共和国残疾人证》的
                                # 已通过科技型中小企业评价并取得入库登记编号, 按照《科技型中小企业评价办法》通过评价: how it was got
                                "通过", "评价", "入库", "登记", "编号", "并", "已", "年度", "当年度", "按照", "依照", "根据",
                                "办法", "平台", "服务平台", "信息", "服务", "全国", "科技部", "财政部", "国家税务总局"})


def recognition_held(text: str, held: list[str]) -> str | None:
    """The title or award held that a text condition names in other words or another order (在全省综合评价中被评为
    优秀等次的链主企业 — 全省链主企业综合评价优秀等次; 经复核评定为合格等级的省级夜经济集聚区): the same words, none more
    on either side; a grade, a level or a 未 that one side lacks keeps them apart.  None when no name matches."""
    if not held:
        return None
    wanted = _recognition_words(text)
    # 2025年度已通过科技型中小企业评价并取得入库登记编号: the name held, verbatim, and only how it was got around it
    verbatim = next((h for h in held if len(plain_name(h)) >= 4 and plain_name(h) in plain_name(text)
                     and _recognition_words(h) == wanted), None)
    if verbatim is not None:
        return verbatim
    if len(wanted) < 2:
        return None
    one = next((h for h in held if _recognition_words(h) == wanted), None)
    if one is not None:
        return one
    # 江夏区专精特新培育企业获评湖北省专精特新中小企业的: two titles held, one after the other — each named whole
    inside = [h for h in held if len(_recognition_words(h)) >= 2 and _recognition_words(h) <= wanted]
    union = frozenset().union(*(_recognition_words(h) for h in inside)) if inside else frozenset()
    return "、".join(inside) if len(inside) >= 2 and union == wanted else None


@lru_cache(maxsize=4096)
def _recognition_words(name: str) -> frozenset[str]:
    """The words of a name that say which recognition it is (a profile's titles are asked once per
    text condition of every programme: each name is cut once)."""
    import logging

    import jieba  # only here: its dictionary costs a second that only a text condition and a profile's titles need
    jieba.setLogLevel(logging.WARNING)  # its loading notes are no output of polc's
    name = re.sub(r"(?:19|20)\d{2}年度?", "", plain_name(name))  # 2025年度已通过…: which year, no other recognition
    return frozenset(w for w in jieba.lcut(name) if w.strip() and w not in RECOGNITION_FILLER)


def _of_scale(held: str, wanted: str) -> bool:
    """规模以上企业 is held by any enterprise above the scale line (规模以上工业企业, 规上服务业企业)."""
    if wanted == "限额以上商贸企业":  # 限额以上批发企业, 零售, 住宿, 餐饮: the trades 商贸 names
        return bool(re.fullmatch(r"(?:限额以上|限上)(?:批发|零售|批零|住宿|餐饮|批发零售|住宿餐饮)(?:业)?企业", held))
    return wanted in ("规模以上企业", "限额以上企业") and held.startswith(wanted[:4]) and held.endswith("企业")


def unit_of(fact: str) -> str | None:
    """The unit a fact's numbers are in: its own, 周岁 for an age, 年 for the other derived counts."""
    return FACTS[fact].unit if fact in FACTS else "周岁" if fact.startswith("age") else "年" if fact in DERIVED else None


# --- how conditions about a person are written (read by compiler/conditions.py, in this order) ---
# Degrees by the words that name them, highest first; 研究生 alone means a master's degree or above.
# A graduate degree as a group an age limit is widened for (博士研究生放宽至40周岁, 35周岁以下（硕士…）).
HIGHER_DEGREE = r"博士(?:研究生)?|硕士(?:研究生)?|研究生"
EDUCATION_WORDS = (("doctor", r"博士"), ("master", r"硕士|研究生"), ("bachelor", r"本科|学士"),
                   ("junior_college", r"大专|专科|(?<![正副])高职(?!称)"),
                   ("secondary", r"(?:高中|中专|中职|技校)(?=学历|毕业|及以上|以上|文化)"))
AT_LEAST = r"及以上|以上|或以上|及其以上"
FULL_TIME = r"(?<!非)全日制"
PART_TIME = r"非全日制|在职(?:攻读|学习|教育)"  # a degree earned while working, not full-time
# The part-time ways to a degree a text names before 非全日制 (成人高等教育、高等教育自学考试、网络教育等非全日制方式)
PART_TIME_WAYS = r"成人高等教育|成人教育|高等教育自学考试|自学考试|自考|网络教育|远程教育|开放教育|函授|夜大|业余"
NO_HOME = (r"首套(?:住房|商品住房|房|新建商品住房|商品房)?|(?<!或)(?<!、)第一套(?:新建)?(?:商品)?(?:住房|住宅|房)(?![或、及和]|或者)|首次(?:在[^，,。；;]{1,8})?购(?:买|置)?(?:新建)?(?:商品)?(?:住房|住宅|房)"
           r"|(?:没有|未)在[^，,。；;]{0,30}?(?:获得|取得|购买|拥有|持有)[^，,。；;]{0,10}?(?:住房|房产)"
           r"|(?:在[^，,。；;无]{1,16}?)?(?:名下|家庭)?无(?:其他)?(?:自有)?(?:登记在册的|登记在(?:其)?名下的)?[\u4e00-\u9fff]{0,4}?(?:住房|房产|房屋)(?!登记|交易|记录|信息|公积金|补贴)"
           r"|未拥有(?:住房|房产)|无房"
           # 在本市无住房登记记录: no home registered (5年内无住房登记信息和房屋交易记录: records of five years, not homes owned)
           r"|(?:在[^，,。；;无\d年]{1,10}?)?无(?:住房|房产|房屋)登记(?:记录|信息)(?![和及与、]|或)"
           r"|(?:(?<=购买)|(?<=的)|(?<=属于))(?:家庭)?唯一(?:一套)?(?:商品)?(?:住房|住宅|房)")  # 5年内无住房登记信息和房屋交易记录: records, not homes owned
# The employer that brought a person in (企业新引进的…, 事业单位(…)引进的…): the employer, not the applicant.
BROUGHT_IN = r"(?:新)?(?:引进|招用|聘用|录用|招聘|吸纳)的"
# Words that make the employer the subject of what follows (申请人所在企业需…, 用人单位应…).
EMPLOYER_SUBJECT = r"所在(?:企业|单位|公司)|用人单位|工作单位|聘用单位"
# A home owned before, as an exclusion says it (家庭在本市已有住房的, 购买第二套及以上住房的): homes_owned ≥ 1.
HAS_HOME = (r"(?:已有|已拥有|已经拥有|名下(?:已)?有|已购买过|已购|拥有)(?:其他)?(?:自有)?(?:住房|房产|商品住房|住宅)(?!补贴|公积金)"
            r"|已(?:在|于)[^，,。；;]{1,16}?(?:购买|购置|拥有)(?:了|过)?(?:住房|房产|商品住房|住宅)"  # 已在威海市区范围内购买住房的
            r"|第[二三四234]套(?:及|或)以上|(?:[2-9两二三四])套(?:及|或)?以上|多套(?:住房|房产)")
# A second home bought (购买家庭第二套改善性住房): the family owned one before.
SECOND_HOME = (r"(?:(?<=购买)|^)(?:家庭)?第二套(?:改善性)?(?:新建)?(?:商品)?(?:住房|住宅|房)"
               # 家庭已拥有一套住房, 名下仅有一套住房: one home owned
               # (购房人在我区已有1套自有产权住房: one, in figures, of its own)
               r"|(?:已|仅|只)(?:拥有|有|持有)(?:一|1)套(?:自有)?(?:产权)?(?:住房|住宅|房产|房屋)")
# A first or a second home (首套或第二套, 第一套、第二套, 首套及二套): one home owned at most.
FIRST_OR_SECOND_HOME = r"(?:首套|第一套)(?:住房|房|商品住房)?(?:或者|或|及|和|、)(?:第)?二套(?:住房|房|商品住房)?"
# 房地产开发企业依法开发建设并面向市场销售的新建商品住宅: what a new market home is, said in full
_SOLD_AS_NEW = r"(?:取得|办理)(?:商品房)?(?:预售许可|现售备案|现房销售备案)(?:证)?(?:或(?:者)?(?:取得|办理)?(?:商品房)?(?:预售许可|现售备案|现房销售备案)(?:证)?)?的"
NEW_HOME = (r"(?:(?:由)?房地产开发企业[^，,。；;的]{0,16}的|[^，,。；;的]{0,12}(?:开发|销售|出售)(?:建设)?的"
            # 取得商品房预售许可或办理现房销售备案的新建商品住房: how a new home is sold, said in full
            rf"|{_SOLD_AS_NEW})?"
            r"(?:新建|一手)(?:市场化)?商品(?:住房|住宅|房)"
            # 取得商品房预售许可证或者办理现售备案的新建住宅: a new home said by how it is sold (住宅 without 商品)
            rf"|{_SOLD_AS_NEW}新建(?:住宅|住房)"
            r"|一手房|新房"
            # 所购住房已取得商品房预售许可证: a home sold before completion on its permit is one
            r"|(?<=所购住房)(?:已)?取得(?:商品房)?预售许可(?:证)?")
# A block that states what a recognition asks (第一章 认定条件, 申请认定总部企业，应当同时具备以下条件：), and a grant to those
# it recognised (对经认定的总部企业, 对新认定的…): each such grant is a programme of its own, bound by the recognition.
RECOGNITION_BLOCK = r"^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节条]\s*)?(?:认定(?:条件|标准|范围)|申请认定)"
TO_THE_RECOGNISED = r"对(?:[^，,。；;]{0,30}?)(?:经|新|首次)?认定(?:为)?的"
# The use a home is registered for, residential (购买房屋的用途为住宅, 规划用途为住宅, 房屋性质为住宅): every new home sold on the market is one.
# The applicant is the home's buyer (申请人须为所购住房的产权人, 申请人为购房合同的买受人): what a profile of a purchase is.
BUYER_IS_APPLICANT = (r"(?:申请人|购房人)(?:须|应|应当|必须)?(?:为|是|系)(?:所购(?:住房|房屋)|该套住房|所购买住房|购房合同|商品房买卖合同)"
                      r"(?:的)?(?:产权人|买受人|购房人|权利人|所有权人)")
RESIDENTIAL_USE = r"(?:规划|房屋|设计|登记)?(?:用途|性质)(?:为|是|须为|应为|属于|系)(?:普通)?住宅(?:类)?"
# What a limit lifted names (不受户籍和社会保险缴纳限制, 不受住房套数限制): the facts it lifts
LIFTED_WORDS = ((r"户籍|户口", ("hukou",)), (r"住房套数|住房数量|套数限制|拥有住房", ("homes_owned",)),
                (r"社会保险|社保", ("social_insurance_months",)))
# The word for whom an applicant works for, as a text defines it (本细则所称用人单位，是指…的企业…，不含机关、事业单位)
EMPLOYER_TERM = r"用人单位|工作单位|聘用单位|引进单位"
# The words of an area of a city or a county the text may define (城区, 县城规划区, 中心城区)
AREA_WORD = r"(?:中心城区|主城区|市区|城区|县城规划区|城市规划区|规划区|县城)"
SECOND_HAND = r"二手|存量(?:住房|房|商品住房)"  # 新建商品住房或存量住房: either will do
# Kinds of property a new home sold on the market (新建商品住房, `new_home`) is not: non-residential
# property, policy housing, property taken at auction or for a debt (商业、办公、车位等非住宅类房产;
# 限价商品房、配售型保障性住房、安置房…; 通过司法拍卖、资产处置等途径取得的房产).  别墅 and 公寓 are not
# among them: a villa is a new commercial home, and which 公寓 is meant the words do not say.
NOT_MARKET_HOME = (r"(?:通过)?(?:非住宅|(?:商业办公|商业|办公)(?=用房|房|用途|类|[、，,和及等])|车位|车库|储藏室|厂房|商铺|写字楼"
                   r"|(?:配售型)?保障性住房|保障房|(?:具有|属于)?(?:政策)?保障(?:性质|属性)|非市场化|安置(?:型商品|还建)?房|还建房|政策性住房"
                   r"|经济适用(?:住)?房|经适房|限价(?:商品)?房|房改房"
                   r"|公共租赁住房|公租房|共有产权(?:住)?房|人才住房|司法拍卖|法拍房|拍卖房|资产处置|以房抵债|抵偿[\u4e00-\u9fff]{0,4}债务)"
                   r"(?:类|型|性质)?(?:用房|房产|房屋|住房|物业)?(?:等)?(?:途径|方式)?(?:取得|购得|获得)?(?:的)?(?:房产|房屋|住房)?"
                   r"(?!补贴|补助|政策|优惠|待遇)")  # 已享受其他人才住房补贴的: a subsidy had, not a home bought
# A new or a second-hand home (购买新建商品住房或二手住房, 新房和二手房均可): either, so asked of no one.
EITHER_HOME = rf"(?:{NEW_HOME})(?:[（(]?(?:或者|或|和|及|、|含)(?:{SECOND_HAND})(?:住房|房|商品住房)?[）)]?)|现房(?:或者|或|和|及|、)期房|期房(?:或者|或|和|及|、)现房"
CHILDREN = ((3, r"三孩|三胎|(?:第)?三个(?:及以上)?子女"),
            (2, r"二孩|两孩|二胎|(?:两|第二)个(?:及以上)?(?:子女)?|多子女|多孩|多胎|[二两][、和及]三(?:孩|胎)"
                r"|第二[、和及或]第?三个?(?:子女|孩)"),  # 第二、三个子女须于…后出生: the second child will do
            (1, r"(?<![独唯])一孩|一胎"))  # 生育一孩、二孩、三孩的家庭: one child will do
# A child born or adopted (夫妻依法生育或者依法收养): the children fact counts both.
ADOPTED = r"(?:夫妻)?(?:共同)?(?:依法)?(?:生育|育有)?(?:或者|或|和|及)?(?:依法)?收养"
# How a children condition is worded, asking nothing more (符合国家生育政策的二孩家庭, 合法生育第二个子女).
# 夫妻双方生育二孩及以上子女: the verb of the children named right after it (not 自…起生育, a date it has).
BIRTH_POLICY = (r"符合(?:国家)?(?:计划)?生育政策(?:规定)?|(?:合法|依法|政策内)生育"
                r"|(?<![起后])(?:夫妻双方|夫妻)?(?:已|共同)?生育(?=[二两三][孩胎]|第?[二两三]个|多[子孩胎])")
# Words that name a person applicant (高校毕业生 is a person, not a university).
PERSON_WORDS = r"毕业生|人才|人员|家庭|个人|职工|居民|市民|农民|青年|购房人|申请人|创业者|学生|研究生|本科生|在校生|老年人|残疾人|公民|军人|(?<=[贫业])人口"
SOCIAL_INSURANCE = r"(?:社会保险|养老保险|失业保险|医疗保险)(?:费)?|社保|参保"
EMPLOYED = (r"签订(?:了)?(?:正式)?(?:劳动|聘用)(?:合同)?(?:或(?:者)?(?:劳动|聘用)合同)?|全职(?:工作|引进|在)|(?<!有)在职(?!员工|职工|人员|人数|攻读|学习|教育)|受聘"
            r"|(?:(?:在|来|到|赴)[^，,。；;]{1,8}|稳定|首次|已|正在|实现|新)就业|首次(?:来|到|赴)[^，,。；;]{1,6}?工作|(?<=引进)(?:来|到|赴)[^，,。；;]{1,6}?工作"  # 新引进来芜工作 (新来长工作: newly, open)
            # 在本区工作, 在区内企事业单位工作的员工, 新引进到本区企业工作: work in a place or for a unit
            r"|(?<![不达])(?:在|到)[^，,。；;在到]{0,10}?(?:[区市县]|辖区|区内|市内|县内|境内|单位|企业|公司|机构|学校|医院|高校)"
            r"(?:全职|连续|累计)?(?:工作|任职)(?!中|上|方面|部署|机制|要求|任务|经费|职责|举措|措施|情况)")
# An unemployed person (失业人员, 登记失业人员) as the one who applies: not under a labour contract.
# 登记失业人员; 未与任何用人单位建立劳动关系: no job under a contract
UNEMPLOYED = r"(?<![招吸雇聘用纳])(?:登记)?失业人员(?![再就])|(?:未|没有|尚未)与(?:任何)?(?:用人)?单位(?:建立|签订)劳动(?:关系|合同)"
ENTREPRENEUR = (r"创业(?!人才|类|型|团队|孵化|基地|大赛|项目|载体|平台|园|服务|导师|投资|担保|贷款|环境|氛围|活动|补贴|补助|奖励|资金|扶持|政策|培训)|创办|自主经营"
                # 本人为该经营主体的法定代表人或经营者: the founder named whole
                r"|(?:(?:本人)?(?:为|是|系|担任)(?:该|其)?(?:经营主体|创业实体|市场主体|企业)?的?)?法定代表人"
                r"(?:或(?:者)?(?:经营者|主要负责人|负责人))?"
                r"|个体工商户(?:经营者)?|注册企业并持股|开办企业|持股")
# Words that refer to conditions stated elsewhere (不超过对应类别规定的上限): nothing new to judge.
RESTATES = (r"(?:对应|相应|上述|前述|以上|规定的)[\u4e00-\u9fff]{0,6}(?:规定|要求|条件|上限|标准|期限|时间|范围)(?:的上限)?"
            # 申请上述各类补贴的，除符合本类别条件外，还应同时符合下列共同条件：: the conditions of each kind, and the lead
            # of those that follow — read where they stand
            r"|本类(?:别)?(?:的)?(?:条件|规定|要求)|(?:下列|以下|如下)[\u4e00-\u9fff]{0,4}(?:条件|要求)"
            # 申请人除符合本办法规定的人才类别及年龄要求外: what the text asks elsewhere, and more
            r"|除(?:符合|满足)?[^，,。；;]{0,20}?(?:要求|条件|规定|标准)外|(?:^|(?<=\s))[\u4e00-\u9fff]{0,12}?(?:要求|条件|规定|标准)外"
            r"|(?:上述|以上|前述)[\u4e00-\u9fff]{0,4}(?:补贴|奖励|资助|补助)"
            # 上年度研究开发费用总额占同期营业收入的比例不低于5%: the words of the R&D share, which rd_ratio tests
            r"|(?:上年度|上一年度|近三年)?(?:研究开发|研发)(?:费用|投入)(?:总额)?占(?:同期)?(?:营业|销售|主营业务)收入(?:总额)?的?(?:比例|比重)"
            # 属于本细则第三条规定的A、B、C、D、E类人才: where what a rule read right after it is defined (in the words
            # left over, what a rule read is blank)
            r"|本(?:办法|细则|通知|方案|意见|措施|规定|指南)第[一二三四五六七八九十百\d]+条(?:所)?规定的(?=\s)"
            # 江陵县、松滋市…的购房补贴政策由各县市自行制定: those places' own rules (the places are read)
            r"|的?[\u4e00-\u9fff]{0,8}政策由[^，,。；;]{0,8}自行制定"
            # 可以按照本公告规定申请契税补贴: whoever the text names may apply, as it says
            r"|(?:可以|可|均可)(?:按照|按|依照)本(?:办法|细则|通知|方案|意见|措施|规定|指南|公告)(?:的)?(?:有关)?规定"
            r"(?:申请|申领|享受)[\u4e00-\u9fff]{0,8}?(?:补贴|补助|奖励|资助)"
            # 所购住房不在衡南县行政区域内的，包括在…等区域购买的住房: the places the case includes, an example of it
            r"|[，,]\s*包括在[^。；;]{2,80}?等(?:区域|地区|地方)[^。；;]{0,10}[。；;]?\s*$")
# What a text does not limit (不限面积, 不限套数): asked of no one.
# 二孩家庭…，不区分套数，按…; 是否首次就业不限: whether or not, no matter
NO_LIMIT = (r"(?:不限|不区分|不分)(?:购房)?(?:面积|套数)|(?:面积|套数)不限|是否[\u4e00-\u9fff]{2,8}?不限"
            r"|(?:[^，,。；;]{0,12}?学历)?不限(?:学习形式|学习方式)|学习(?:形式|方式)不限")  # 硕士研究生及以上学历不限学习形式
RURAL = (r"(?<!非)(?:农业户籍|农村户口|农业户口|农村户籍|户籍所在地为农村|户籍在农村|农民(?!专业合作社|合作社)|农村人口|农业人口|农村居民"
         r"|进城务工人员|(?<=户籍的)农村劳动力|农村劳动力(?=[^，,。；;]{0,4}户籍))")  # 具有本县户籍的农村劳动力
# An urban 户籍 (城镇户籍, 非农业户口) — not when the words deny it (非本市城区城镇户籍家庭).
URBAN = r"城镇(?:常住)?户籍|城镇(?:常住)?户口|城镇居民户口|非农业户(?:籍|口)"
HUKOU = r"户籍|户口"
# A sentence that says on which day ages and years since graduation are counted (上述年龄、毕业年限均以购房合同网签
# 备案之日计算; 年龄及毕业年限均计算至申报当日): how the conditions count, no condition of its own.  ``day`` names it.
RECKONED = (r"(?:年龄|毕业年限|毕业时间|工作年限)(?:[、和及与](?:年龄|毕业年限|毕业时间|工作年限))*[^。；;，,]{0,4}?(?:均|一律)?"
            r"(?:以|按|计算至|计算到|截至|截止到?)(?P<day>[^。；;]{0,24}?)(?:之日|当日|日期|时间)(?:计算|为准|起算)?[。；;]?\s*$")
# An exclusion of one who left the job (申报时已与用人单位解除劳动关系的, 已离职的).
# 解除劳动（聘用）合同; 已与区内集成电路企业解除或终止劳动合同的
LEFT_JOB = (r"(?:已)?(?:与[^，,。；;]{1,16}?)?(?:解除|终止)(?:或(?:者)?(?:解除|终止))?(?:了)?劳动(?:[（(]聘用[）)])?(?:关系|合同)|已离职|离职的"
            # 劳动（聘用）合同解除或终止的: the contract named first
            r"|劳动(?:[（(]聘用[）)]|或聘用|和聘用)?(?:关系|合同)(?:已)?(?:被)?(?:解除|终止)(?:或(?:者)?(?:解除|终止))?")
# A sentence that defines a word of the text in passing (购房前家庭名下无住房的为首套; 首套、第二套以…套数认定):
# what the word means, no condition of its own.
TERM_DEFINED = (r"的(?:为|即为|视为)[\u4e00-\u9fff]{1,6}[。；;]?\s*$"
                r"|以[^。；;]{2,24}(?:认定|确定|界定|区分)[：:。；;]?\s*$"
                # 本公告所称首套、第二套住房，按照购房人家庭…已登记的住房套数认定，不含本次所购住房: how a term is counted
                r"|所称[^。；;，,]{1,20}[，,]\s*(?:按照|按|以|依据)[^。；;]{2,60}?(?:认定|确定|界定|计算)(?:[，,][^。；;]{0,16})?[。；;]?\s*$")
# A sentence that sends some cases to rules elsewhere (江阴市、宜兴市的人才落户按当地规定办理): no condition here.
REFERRAL = (r"按(?:照)?(?:当地|各地|属地|(?:所在|各)县[（(]市(?:、区)?[）)]|各县(?:市)?区|所在地|其他)(?:的)?(?:有关|相关)?"
            r"(?:规定|政策)(?:办理|执行)[。；;]?\s*$")  # 机关事业单位引进人才按其他有关规定执行: others' rules
# The words that make a 落户 what is granted (可直接落户, 可申请在…落户, 准予落户), not a 户籍 held.
SETTLE_BENEFIT = r"(?:可以?|准予|允许|申请|办理|直接)[^，,。；;]{0,8}$"
# A 落户 granted, said in full (本人可申请在无锡市区落户, 可直接落户, 其配偶、未成年子女可随迁, 申请将户口迁入无锡市区): asks nothing.
SETTLED = (r"(?:本人)?(?:可以?|准予|允许)(?:申请)?(?:直接)?(?:在[^，,。；;]{1,16}?)?(?:办理)?(?:落户|入户|随迁)(?:手续)?"
           r"|(?:其)?(?:配偶|未成年子女|子女|父母)(?:[、和及](?:配偶|未成年子女|子女|父母))*可(?:申请)?随迁"
           r"|(?:申请)?将户口迁入[^，,。；;的]{1,24}"
           r"|(?<=[）)])?办理(?:人才)?(?:落户|入户)(?:手续)?(?=[，,。；;]|$)")  # 本指南适用于在…（以下统称市区）办理人才落户
# Whose 户籍 a condition names when not the applicant's: a child's or a parent's (子女落户瓯海), or the
# applicant's or the spouse's, either (夫妻双方或一方户籍在本区, 申请人或其配偶为本市户籍).
OTHERS_HUKOU = r"(?:子女|孩子|小孩|第[二三]个?子女|[二三]孩|父母|老人)[^，,。；;]{0,6}(?:户籍|户口|落户)?[^，,。；;]{0,4}$"
# The household a 户籍 belongs to, after it (瓯海户籍家庭, 本市户籍居民): the applicant's, whoever else the words name.
HUKOU_OF_FAMILY = r"(?:户籍|户口)(?:的)?(?:家庭|居民|夫妻|人员|群众)"
EITHER_HUKOU = (r"(?:双方|夫妻)?或(?:其)?(?:一方|配偶)|(?:夫妻|双方)(?:中)?(?:任|其中|至少|至少有)?一方|(?:本人|申请人|购房人)或(?:其)?配偶"
                r"|一方或双方|(?:家庭成员|家庭)中?(?:至少)?有?一(?:人|名成员|方)")  # 夫妻双方至少一方, 家庭成员中至少有一人
HOME_WORDS = r"购买|购房|购置|住房|房屋|商品房"
# The home as the subject a place is said of (房屋位于…, 所购住房须在…, 购房地点为…); not 购房人 (a person).
HOME_SUBJECT = (r"(?:住房|房屋|房产|住宅|商品房|房源|所购[\u4e00-\u9fff]{0,4}|购房(?:地点|地址|区域|位置)?)(?!人)"
                r"[^，,。；;人者]{0,4}?(?:位于|坐落(?:于|在)?|地处|须在|应在|必须在|均在|在|属于?|为)$")
GRADUATION = r"毕业|离校"
FOUNDING = r"成立|注册|设立|营业执照"  # (距营业执照登记日期不超过3年: the licence is the registration)
INTEGRITY = (r"诚实守信|守信|诚信经营|信用良好|信用状况良好|信用状况正常|良好的(?:社会)?信(?:誉|用)|(?:社会)?信誉良好|信用记录良好|无不良信用|无不良记录|无失信|没有失信"
             r"|未被?(?:列入|列为|纳入|认定为)[^，,。；;]{0,20}失信(?:[^，,。；;]{0,8}?(?:被执行人名单|名单|名录|黑名单|对象|行为|被执行人))?|不属于失信(?:[^，,。；;]{0,6}?(?:名单|对象))?|非失信")
DISCRETION = r"原则上|一般(?=应|须|需|要求|不超|不低|不少|不高)|可适当放宽|适当放宽|视情况|可放宽|酌情"
# Whom a limit may be eased for, and no more (紧缺急需专业人才可适当放宽, 对掌握关键核心技术、填补国内空白的企业可适当放宽):
# discretion over the tests of its sentence, asking nothing of its own; not 年龄可适当放宽至40周岁, which says how far.
EASED_FOR = r"^\s*(?:对|其中)?[^，,。；;\d]{2,30}?(?:可|可以)?(?:适当|酌情)?放宽(?:条件|限制|要求|标准)?\s*$"
# C类及以上人才: A to C; 第一类人才, Ⅱ类人才, A类顶尖人才 (a word for the class between 类 and 人才)
TALENT_CLASS = (r"([A-Z][-—~至][A-Z]|(?:第?[A-ZＡ-Ｚ一二三四五六七ⅠⅡⅢⅣⅤⅥⅦ]类?(?:[、,，和及与]|或者|或)?)+)类(?:及以上|以上)?"
                r"(?:顶尖|领军|高端|骨干|青年|拔尖|优秀|杰出|紧缺|急需|基础|高层次|重点)?(?:人才|人员|高层次人才)")
# 顶尖人才（A类）: the class in brackets after the word for it
TALENT_CLASS_AFTER = r"(?:人才|人员)[（(]((?:[A-HＡ-Ｈ]类?[、,，和及与]?)+)类?[）)]"
# A类（国际顶尖人才）、B类（国家级领军人才）…的人才: the classes, each with what it is in brackets
# (…认定的A类（顶尖人才）、B类（领军人才）、…E类（青年人才）。: the list ends its sentence)
TALENT_CLASS_DESCRIBED = r"((?:[A-HＡ-Ｈ]类[（(][^（()）]{1,20}[）)][、,，和及与]?){2,})(?:(?:的)?(?:人才|人员|高层次人才)|(?=\s*[。；;]|\s*$))"
CLASS_LETTERS = {"一": "A", "二": "B", "三": "C", "四": "D", "五": "E", "六": "F", "七": "G",
                 "Ⅰ": "A", "Ⅱ": "B", "Ⅲ": "C", "Ⅳ": "D", "Ⅴ": "E", "Ⅵ": "F", "Ⅶ": "G"}
# A statistic of a place (本市城镇居民人均可支配收入, 全市职工平均工资, 本市最低工资标准): the place is the
# statistic's, not the applicant's.
PLACE_STATISTIC = r"(?:上年度|上一年度|当年)?(?:城镇|农村|全体)?(?:居民|职工|在岗职工|非私营单位|单位)?(?:人均|平均|最低|社会平均)"
# Conditions of two characters that no rule reads: left over, they are still conditions for a person
# (购房时须已婚), never filler.
SHORT_CONDITIONS = ("博士后", "已婚", "未婚", "离异", "丧偶", "单身", "在编", "退休", "离休", "党员", "残疾", "低保", "特困", "孤寡",
                    "失能", "失智", "烈属", "军属", "现役", "退役", "孤儿", "租赁", "租房", "承租", "面积",
                    "新认定", "首次认定",  # 对新认定的总部企业: when the recognition came, which no fact holds
                    "子女未满", "子女年龄",  # 子女未满18周岁: a child's age, which no fact holds
                    "有未成年子女",  # 家庭中有未成年子女: a child under 18, which no fact holds
                    "求职", "依法纳税", "重点", "纯老", "孤寡", "独居", "留守", "非住宅", "村官",  # 并有求职要求的, 重点企业人才, 大学生村官
                    "出生")  # 第三个子女须于2021年5月31日后出生: the day of a birth, which no fact holds
# Words that say who or how, not what: left over after the tests of a segment, they do not make a
# condition of their own.  Anything else left over is a text condition a person must judge.
FILLER = ("有效期内", "职工基本养老保险", "基本养老保险", "城镇职工基本养老保险", "养老保险", "缴纳契税", "申请人", "申报人", "申请对象", "申报对象", "本人", "配偶", "须", "需", "应当", "应", "必须", "为", "是", "的",
          "在", "具有", "具备", "取得", "拥有", "获得", "年龄", "周岁", "学历", "学位", "以上", "以下", "以内", "及", "和",
          "与", "或", "或者", "且", "并", "同时", "要求", "条件", "已", "按规定", "等", "人员", "人才", "家庭", "个人",
          "符合", "满足", "其", "并且", "新", "有", "内", "期间", "范围", "购买", "购房", "住房", "缴纳", "连续",
          "满", "不超过", "不超", "不满", "未满", "不低于", "达到", "企业", "单位", "用人单位", "属于", "属", "全日制",
          "研究生", "本科", "本科生", "硕士", "博士", "大专", "毕业生", "高校", "普通高校", "年", "月", "日", "个月",
          "之", "一", "记录", "情形", "名下", "商品", "首套", "户籍", "户口", "社会保险", "社保", "参保", "对", "由",
          "社会保险费", "失业保险费", "失业保险", "养老保险", "医疗保险",
          "经", "于", "前", "后", "起", "至", "止", "截至", "当日", "以", "准", "时间", "其他", "无", "含", "不含",
          "申报单位", "申请单位", "年均", "平均", "均", "近三年", "近两年", "近二年", "近一年", "近五年", "上一年度", "上年度", "其中", "累计", "投入",
          "处于", "状态", "缴费", "依法", "各类", "正常", "位于", "坐落", "地点", "人口", "存量", "专业技术",
          "未成年子女", "家庭成员",  # whose homes count (本人、配偶及未成年子女名下无住房): no condition of its own
          "行政区域", "区域", "网签备案", "网签", "备案",  # 在本市行政区域内, 网签备案时间在…期间: where and when
          "创业实体", "经营实体",  # 创业实体于…在本县办理登记注册: the business, whose facts are its founder's
          "在编在岗", "在编", "在岗",  # 在党政机关…在编在岗的人员: staff of those employers, which employer_kind says
          "购房人", "户籍居民", "自然人",  # 购房人须为本市户籍居民, 购房人为具有完全民事行为能力的自然人: the buyer, a person
          "注册地", "税收户管地", "税务登记地", "纳税地", "均在",  # 企业注册地和税收户管地均在本区: where, the region test reads
          "税收征管关系", "统计关系", "税收关系",  # 且税收征管关系和统计关系均在高新区的企业: where it pays tax and is counted
          "并实际缴费", "实际缴费",  # 参加职工基本养老保险并实际缴费: insured, which the months say
          "常住户口", "常住户籍",  # 本市常住户口: the 户籍 the place rule reads
          "居住", "公民", "老年人",  # 在本省行政区域内居住的六十周岁以上的公民: where a person lives is `region`
          "注册登记", "登记注册", "是指", "系指", "注册成立", "注册", "工商", "连续经营",  # 在本区(工商)注册登记的企业: the place test says it
          "商品房买卖合同", "购房合同", "买卖合同", "日期",  # 购房合同网签备案日期在…之后: the purchase day
          "签订", "完成网签备案", "办理网签备案", "缴清",  # 签订商品房买卖合同并完成网签备案, 已缴清契税: the purchase's acts
          "不动产登记", "办理不动产登记",  # 已办理网签备案或者不动产登记: the purchase's acts too
          "相应", "学历学位证书", "学历证书", "学位证书",  # 并取得相应学历学位证书: the degree asked, certified
          # what is bought and what is granted, named in a grant's event (购买商品房(住宅、非住宅),
          # 执行…首次购房一次性补贴政策): no condition
          "商品房", "商品住房", "商品住宅", "非住宅", "住宅", "执行", "一次性", "补贴政策", "政策", "补贴",
          "改善性", "改善型",  # 改善性购买第二套新建商品住房: the second home says it
          "育有", "现有", "夫妻共同", "共同育有", "数量", "子女数", "均可申请", "可申请",  # 育有2个及以上子女, 子女数量为3个以上: the children say it
          "具有完全民事行为能力", "完全民事行为能力",  # 年满18周岁且具有完全民事行为能力: what an adult applicant has
          # 本办法扶持对象为…, 补贴对象是…: the words that say whom the text is for, before whom
          "扶持对象", "支持对象", "补贴对象", "适用对象", "资助对象", "奖励对象",
          "劳动者",  # 具有本县户籍的农业户籍劳动者: a person, like 人员
          "文化程度", "高等院校", "普通高等院校", "高等学校", "普通高等学校",
          "所购房屋", "所购住房", "所购",
          "毕业年限", "年限", "可放宽至", "放宽至",  # 毕业年限可放宽至8年以内: the wider limit read says it
          "有效期内", "有效期",  # 在有效期内的高新技术企业: a title the profile holds is in force
          "营业执照核发", "营业执照发证", "营业执照签发", "营业执照", "执照",  # 营业执照核发时间在…以后: the founding day read
          "在职在岗", "在岗在职", "在职", "在岗",  # 申报时仍在该企业在职在岗: the employment test says it
          "给予",  # 同时符合下列条件的，按学历给予购房补贴：: what is granted, asked of no one
          "迁入", "迁至",  # 并将户籍迁入盐都区的: the 户籍 the place rule reads
          "各乡镇（场）", "各乡镇(场)", "各乡（镇）", "各乡镇",  # 户籍在本县各乡镇（场）的农业户籍人员: the county's own towns
          "每套", "每人", "每户",  # 本科学历每套1万元: what a row pays, per what
          "通过", "学习", "学习方式", "方式",  # 通过全日制学习方式取得相应学历学位的人员: the degree tests say it
          "国家承认",  # 取得国家承认学历的普通高等学校毕业生: a degree is one the state recognises
          "夫妻双方",  # 夫妻双方生育二孩及以上子女: whose children (the children say how many; 生育 stays: 自…起生育第二个子女)
          "登记在册",
          # 具有独立法人资格的企业、社会组织, 党政机关作为主办单位的: kinds of applicant, as 企业 is (the kind test reads them)
          "社会组织", "民办非企业单位", "行业协会", "市场主体", "经营主体", "作为主办单位", "主办单位", "承办单位",
          "分公司", "分支机构", "代表机构", "办事处", "非独立法人机构", "机关团体", "名义", "申报",  # 以分公司等不具有独立法人资格的分支机构名义申报的: the legal person test says it
          "补贴对象", "下列", "城镇职工", "申请时", "申报时", "申领时", "本指南", "本细则", "本办法", "本方案", "本通知", "本公告", "适用于")  # 申请时…满6个月: on the day judged  # 补贴对象为…的下列人才, 缴纳城镇职工社会保险: whom, and which insurance  # 所购房屋须为…新建商品住房: the home bought, which the home's facts are about  # 大专以上文化程度, 全日制普通高等院校本科以上学历: the degree says it
# In an exclusion, the kinds of property it names beside those NOT_MARKET_HOME reads (所购住房为二手住房、商业办公用房或者
# 酒店式公寓的): a new market home (商品住房, new_home) is none of them, so they ask nothing more.  Not in a condition:
# which 公寓 a measure pays for the words do not say.
EXCLUDED_PROPERTY = ("酒店式公寓", "公寓式办公", "公寓", "商业办公用房", "办公用房")
# A home's area as a selector of a tier (面积在90平方米（含90平方米）以下的, 购买90-144平方米（含144平方米）, 144平方米以上):
# several in one sentence choose the amount by area — no profile fact, and each area is paid.
AREA_UNIT = r"(?:平方米|㎡|m2|平米)"  # the units of a floor area
_AREA_MARK = rf"(?:[（(](?:不)?含(?:\d+(?:\.\d+)?{AREA_UNIT}?)?[）)])?"
AREA_SELECTOR = (rf"(?:(?:住房|房屋|建筑)?面积(?:在|为)?)?\d+(?:\.\d+)?(?:[-－~～至到]\d+(?:\.\d+)?)?{AREA_UNIT}"
                 rf"{_AREA_MARK}(?:及以下|以下|及以上|以上)?"
                 # 90平方米以上144平方米（含）以下: a band between two areas
                 rf"(?:[、，,]?(?:至|到)?\d+(?:\.\d+)?{AREA_UNIT}{_AREA_MARK}(?:及以下|以下))?(?=的|新建|商品|住房|[，,；;。]|$)")
# One row of an area table, as the recipients of its grant (2.建筑面积90平方米以上144平方米（含）以下的，按…给予补贴): the
# area chooses the amount, it asks nothing
AREA_ROW = rf"\s*{ITEM_MARK}?\s*(?:购买|购房|所购住房)?[^，,。；;]{{0,8}}?(?:{AREA_SELECTOR})"
# Schools of two levels (高等学校、中等职业学校全日制在校生): a degree of a 高等学校 is 大专 or above; below
# it, whether the school was a vocational one is for a person to judge.
SCHOOLS_OF_TWO_LEVELS = (r"(?:高等学校|高等院校|普通高校|高校)(?:、|和|及|或)"
                         r"(?:中等职业学校|中等职业技术学校|中职学校|中职|技工院校|技工学校|职业院校)")


# --- node roles (conditions.mark_conditions): which items and paragraphs state conditions ------------
# A heading over conditions (申报条件, 支持对象, 基本条件) or over exclusions (不予支持的情形, 负面清单), and a
# lead-in that closes a paragraph (应符合下列条件：, 有下列情形之一的，不予受理：).  The clause reader
# reads numbers under them as thresholds.
ROLE_CONDITION_HEADING = (r"^(?:(?:申报|申请|支持|资助|扶持|奖励|补贴|认定|参评|评选|入选|基本|准入)(?:条件|对象|主体|资格)"
                          r"|[\u4e00-\u9fff]{0,8}(?:申报|申请|应具备的|基本)(?:条件|资格))(?:[和及与](?:条件|要求|资格))?$")
ROLE_EXCLUSION_HEADING = (rf"^(?:[\u4e00-\u9fff]{{0,8}}(?:{EXCLUSION_WORDS})[\u4e00-\u9fff]{{0,6}}"
                          r"|负面清单|限制(?:申报)?条件)$")
ROLE_EXCLUSION_LEAD = (rf"(?:下列|以下|如下)(?:情形|情况|行为)[^。；;]*(?:{EXCLUSION_WORDS})[^。；;]*[:：]$"
                       rf"|(?:{EXCLUSION_WORDS})[^。；;]*(?:下列|以下|如下)[^。；;]*[:：]$")
ROLE_CONDITION_LEAD = (r"(?:符合|具备|满足|具有|达到)[^。；;：:]{0,8}(?:下列|以下|如下)[^。；;：:]{0,8}(?:条件|要求|资格|情形)"
                       rf"(?:之一)?(?:的)?(?:[^。；;]{{0,16}}|{LONG_LEAD_TAIL})[:：]$")

"""My reading of every money and percent amount of the fresh sources (see NOTES-d.md)."""
from label_spans import entry as E, write

A, C, F, T, S = "amount", "cap", "floor", "threshold", "share"
OVL = "以上 read as inclusive by the key's rule; the next tier's lower end overlaps this upper end"

f01 = [
    E("1亿元", F, "min", pre="总规模不低于", note="lower limit on a government fund (NOTES-a 4)"),
    E("1000万元", F, "min", pre="总规模不低于", note="lower limit on a government fund (NOTES-a 4)"),
    # 第2条
    E("1000万元", T, "min", pre="固定资产投资"),
    E("200 万元", T, "min", pre="不低于", note="investment intensity per mu (亩均)"),
    E("5%—20%", A, "range", lo=5, hi=20),
    E("3000万元", T, "min", pre="产投资"),
    E("200万元", T, "min", pre="不低于", note="investment intensity per mu (亩均)"),
    E("5%—20%", A, "range", lo=5, hi=20),
    E("1000万元及以上至 5000万元", T, "range", lo=1e7, hi=5e7, note="tier; " + OVL),
    E("5000万元以上至1亿元", T, "range", lo=5e7, hi=1e8, note="tier; 以上 inclusive by rule; overlaps the next tier's 1亿元以上"),
    E("1亿元", T, "min", pre="、"),
    E("70%", A), E("80%", A), E("90%", A),
    # 第3条
    E("1亿元", T, "min", pre="固定资产投资在"),
    E("200万元", T, "min", pre="不低于"),
    # 第4条
    E("10万元", T, "min", pre="均税收达到", note="达到 = at least (NOTES-b 10)"),
    E("80%", A), E("50%", A),
    E("5000万元", C, "max", pre="每年最高奖励不超过"),
    # 第5条
    E("1000万元及以上至2000万元", T, "range", lo=1e7, hi=2e7, note="tier; " + OVL),
    E("2000万元以上至 5000万元", T, "range", lo=2e7, hi=5e7, note="tier; " + OVL),
    E("5000万元", T, "min", pre="、"),
    E("70%", A), E("80%", A), E("90%", A),
    # 第7条
    E("30万元", A),
    # 第8条
    E("1亿元", T, "min", pre="年销售额在"),
    E("200万元", A),
    E("5000万元", T, "min", pre="年销售额在 "),
    E("100万元", A),
    E("1000万元", T, "min", pre="年销售额达到  "),
    E("20%", A),
    E("50万元", C, "max", pre="最高奖励不超过"),
    E("300万元", C, "max", pre="单品种最高奖励不超过"),
    # 第9条
    E("100万元", A), E("30 万元", A), E("20 万元", A),
    E("2000万元", T, "min", lo_inc=False, pre="销售收入超过"),
    E("20万元", A), E("30万元", A), E("10万元", A),
    # 第10条
    E("100万元", A), E("50万元", A), E("30万元", A), E("50万元", A), E("50万元", A),
    E("30万元", A), E("10万元", A),
    # 第11条
    E("1000万元", T, "min", lo_inc=False, pre="同比增长超过"),
    E("0.5%", A),
    E("20万元", C, "max", pre="奖励最高不超过"),
    # 第12条
    E("500万元", T, "min", lo_inc=False, pre="额超过"),
    E("20%", A),
    # 第13条
    E("300万元", T, "min", pre="投资总额达到", note="达到300万元(含税)以 上: 以上 after the (含税) note"),
    E("5万元", T, "min", pre="单台设备", note="(含税)以上"),
    E("50万元", C, "max", pre="最高奖励不超过"),
    # 第14条
    E("20万元", A), E("10万元", A),
    E("5万元", A, note="first-year instalment"), E("3万元", A, note="second-year instalment"),
    E("2万元", A, note="third-year instalment"),
    E("5万元", A),
    E("2万元", A, note="first-year instalment"), E("2万元", A, note="second-year instalment"),
    E("1万元", A, note="third-year instalment"),
    # 第15条
    E("300万元", A), E("200万元", A), E("100万元", A),
    # 第16条
    E("70%", A), E("70%", A),
    # 第17条
    E("100元/亩", A, note="per mu"), E("200元/亩", A, note="per mu"),
    # 第19条
    E("50%", S, note="split of the project's fiscal contribution between 乡镇(街道) and 经济开发区"),
    # 第21条
    E("30%", A, note="instalment by stage (NOTES-b 13)"), E("30%", A, note="instalment by stage (NOTES-b 13)"),
    E("40%", A, note="instalment by stage (NOTES-b 13)"),
]

f02 = []
for pre_amt, growth, reward in [
    ("300万元", "20%", "1万元"), ("800万元", "20%", "2万元"), ("180万元", "20%", "1万元"),
    ("300万元", "20%", "1万元"), ("800万元", "25%", "2万元"), ("45万元", "20%", "1万元"),
    ("400万元", "10%", "2万元")]:
    f02 += [E(pre_amt, T, "min", pre="新增量达到", note="达到 = at least"),
            E(growth, T, "min", pre="增速达到"),
            E(reward, A, pre="给予")]

f03 = [
    E("10万元", T, "max", pre="售价", note="以内(含10万元); the parenthesis restates the same bound and is not keyed again"),
    E("500元", A, note="per car, as a fuel card"),
    E("10万元", T, "min", pre="售价", note="以上 inclusive by rule, overlapping the previous (含10万元)"),
    E("1000元", A, note="per car, as a fuel card"),
    E("10万元", C, "max", pre="总额不超过"),
    E("500万元", T, pre="每产生", note="per-unit basis: 1000元 for each 500万元 of monthly sales"),
    E("1000元", A, note="per 500万元 of sales"),
    E("1万元", C, "max", pre="单月奖励不超过"),
    E("2万元", C, "max", pre="累计奖励不超过"),
    E("10万元", C, "max", pre="该板块奖励不超过", note="budget cap of the block"),
    E("50万元", T, pre="每产生", note="per-unit basis: 1000元 for each 50万元 of monthly sales"),
    E("1000元", A, note="per 50万元 of sales"),
    E("1万元", C, "max", pre="单月奖励不超过"),
    E("3万元", C, "max", pre="累计奖励不超过"),
    E("20万元", C, "max", pre="该板块奖励不超过", note="budget cap of the block"),
]

f04 = [
    E("2000万元", T, "min", pre="同比增量达到"),
    E("6.5%", T, "min", pre="同比增速达"),
    E("1千万元", T, pre="每", note="per-unit basis: 5万元 for each 1千万元 of retail growth"),
    E("5万元", A, note="per 1千万元 of growth"),
    E("100万元", C, "max", pre="最高不超过"),
]

write("f01_柳河县关于支持重点产业加快发展的实施意见", f01)
write("f02_杨凌示范区进一步激发消费活力促进一季度消费增长若干措施", f02)
write("f03_德州运河经济开发区千企万店百日消费季活动", f03)
write("f04_厦门市商务局中秋国庆期间消费促进措施", f04)

"""Places: the territory a document speaks for, and whether an applicant's place lies inside one.

Chinese administrative names carry their level in their last character: 省/自治区 (province),
市/州/盟/地区 (city), 区/县/旗 (county; a second 市 after a city is a county-level city, 海宁市).
A place is a chain of such components, outermost first: ``江苏省南京市江宁区``.

``territory(names)`` reads the chain a document's issuer or title names (南京市人民政府 →
南京市; 广州市天河区住房建设和园林局 → 广州市, 天河区).  ``resolve(word, chain)`` turns the
words a condition uses — 本市, 我区, 区内, 辖区, 我省, 在穗 — into the component of that chain they
mean, or None when the document does not say (then the condition is unknown, never true).
``inside(place, wanted, ancestors)`` answers True, False or None (cannot tell) for a profile's place,
knowing from the divisions table (``data/divisions.tsv``: every province, city and county with its
parents) that 枣阳市 lies in 襄阳市 and 江宁区 in 南京市.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from . import lexicon as L

_SUFFIX_LEVEL = (("自治区", "province"), ("特别行政区", "province"), ("省", "province"), ("自治州", "city"),
                 ("地区", "city"), ("盟", "city"), ("州", "city"), ("市", "city"), ("新区", "county"), ("区", "county"),
                 ("县", "county"), ("旗", "county"))
_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
LEVELS = ("province", "city", "county")
_COMPONENT = re.compile(r"[\u4e00-\u9fff]{1,9}?(?:特别行政区|自治区|自治州|新区|地区|省|市|州(?![市区县省])|盟|区|县|旗)")
# Words a title or issuer puts before its place: 关于印发南京市…, 关于办理任城区…; a slogan or brand in
# quotation marks (“好年华 聚福州”长乐区…) names no place of the issuer.
_LEADING = re.compile(r"^(?:关于|印发|转发|办理|开展|进一步|加强|做好|组织|申报|受理|发放|支持|推动|促进|实施|“[^”]{1,16}”|「[^」]{1,16}」|[《“<＜]|【[^】]*】"
                      r"|\d{4}年度?|[一二〇○零]{4}年度?)+")  # 关于开展2024年黄埔区…的通知

def level(component: str) -> str | None:
    """The level of one component by its last characters (北京市 is a province and a city)."""
    for suffix, name in _SUFFIX_LEVEL:
        if component.endswith(suffix):
            return name
    return None


def base(component: str) -> str:
    """The name without its level suffix: 南京市 → 南京, 宁夏回族自治区 → 宁夏回族."""
    for suffix, _ in _SUFFIX_LEVEL:
        if component.endswith(suffix) and len(component) > len(suffix) + 1:
            return component[: -len(suffix)]
    return component


def components(place: str) -> list[tuple[str, str | None]]:
    """``江苏省南京市江宁区`` → [(江苏省, province), (南京市, city), (江宁区, county)]; a second 市 after a
    city is a county-level city; a bare name without any suffix is one component of unknown level."""
    found: list[tuple[str, str | None]] = []
    at, matches = 0, []
    while (m := _COMPONENT.search(place, at)) is not None:
        end = m.end()
        if place[end:end + 1] == "区" and m.group() + "区" in _full_names() and m.group() not in _full_names():
            end += 1  # 荆州市沙市区: a district whose name holds 市 (沙市区), not 沙市 and a stray 区
        matches.append(place[m.start():end])
        at = end
    for name in matches:
        lvl = level(name)
        city = next((n for n, v in reversed(found) if v == "city"), None)
        if lvl == "county" and city and not known_name(name) and known_name(base(city) + name):
            name = base(city) + name  # 成都市高新区 → 成都高新区
        if lvl == "city" and any(v == "city" for _, v in found):
            lvl = "county"
        if lvl == "city" and base(name) in _MUNICIPALITIES and not found:
            found.append((name, "province"))
        found.append((name, lvl))
    rest = place if not matches else ""
    if not found and rest.strip():
        rest = rest.strip()
        found.append((rest, None))
    return found


def territory(names: list[str]) -> list[tuple[str, str]]:
    """The chain of the first issuer or title that names a place: [(广州市, city), (天河区, county)]; a zone written with the
    district it is one with (株洲高新区（天元区）) is that district."""
    for name in names:
        text = _LEADING.sub("", name.strip())
        if (paired := _ZONE_WITH_DISTRICT.match(text)) and (district := _paired_district(paired)):
            return district
        chain: list[tuple[str, str]] = []
        at = 0
        while True:
            m = _COMPONENT.match(text, at)
            if not m or not _plausible(m.group()) or text.startswith(("场", "级"), m.end()):
                break  # 滁州市促进房地产市场…: 市场 is no city
            if chain and text.startswith("民", m.end()) and not text.startswith("民政", m.end()):
                break  # 亭湖区新市民购房…: 新市民 is no 新市
            if not chain and len(trim(m.group())) > 5 and not known_name(trim(m.group())):
                break  # a long name the divisions table does not know is no place (a slogan: 好年华聚福州)
            if (chain or re.search(r"(?:城区|市区|园区|开发区|片区|辖区|地区|社区|校区|厂区)$", m.group())) \
                    and not known_name(trim(m.group())):
                break  # after the first, only names the divisions table knows; 中心城区 is no place name
            chain.append(trim(m.group()))
            at = m.end()
        if chain:
            return [(c, lvl) for c, lvl in components("".join(chain)) if lvl]
    return []


def trim(component: str) -> str:
    """引发北京市 → 北京市, 经浙江省 → 浙江省, 中共修水县 → 修水县: a province's name inside a component
    starts it; a party organ's prefix is no part of the place."""
    component = re.sub(r"^(?:中共|中国共产党)", "", component)
    for province in L.PROVINCES:
        at = component.find(province)
        if at > 0:
            return component[at:]
    return component


def _plausible(component: str) -> bool:
    """A place name: short, with a level, not a word that begins a phrase (关于, 本, 我)."""
    return len(component) <= 12 and (level(component) is not None) and not component.startswith(("关于", "本", "我"))


def resolve(word: str, chain: list[tuple[str, str]]) -> str | None:
    """The place a word of the text means: 本市 → the chain's city, 我区/区内/辖区 → its county,
    我省 → its province, 在穗 → 广州 (lexicon.CITY_ABBREVIATIONS), a named place → itself."""
    if word in L.CITY_ABBREVIATIONS:  # 来连就业 in 大连's text is 大连 (连云港 is 连 elsewhere)
        return next((n for n, lvl in chain if lvl == "city" and word in base(n)), L.CITY_ABBREVIATIONS[word])
    wanted = L.PLACE_WORDS.get(word)
    if wanted is None:
        return word if level(word) else None
    for name, lvl in chain:
        if lvl == wanted or wanted == "city" and lvl == "province" and base(name) in _MUNICIPALITIES:
            return name
    if wanted == "province" and chain:
        province = next((p for p in L.PROVINCES if chain[0][0].startswith(p)), None)
        entry = _known(chain[0][0])  # 我省 in 南京市's text: 江苏省, from the divisions table
        return province or (entry[1] if entry and entry[1] else None)
    if wanted == "city" and chain and chain[0][1] == "county":  # 本市 in 天河区's text: 广州市
        entry = _known(chain[0][0])
        return entry[2] if entry and entry[2] else None
    return None


def ancestors(place: str, chain: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The components of the document's chain above ``place`` (天河区 in 广州市天河区 → [广州市])."""
    names = [base(n) for n, _ in chain]
    if base(place) in names:
        return chain[: names.index(base(place))]
    return []


_RANK = {"province": 0, "city": 1, "county": 2}


@lru_cache(maxsize=1)
def _divisions() -> dict[str, list[tuple[str, str, str]]]:
    """Base name → [(level, province, city)] for every division of the table (several for 朝阳区); a
    province's own row names itself as its province."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    text = resources.files(__package__).joinpath("data/divisions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        level, name, province, city = (line.split("\t") + ["", "", ""])[:4]
        table.setdefault(base(name), []).append((level, province or name, city))
        for long, short in L.ZONE_SHORT:  # 成都高新技术产业开发区 is also 成都高新区
            if name.endswith(long) and len(name) > len(long):
                table.setdefault(base(name[: -len(long)].removesuffix("市") + short), []).append((level, province, city))
    return table


@lru_cache(maxsize=1)
def _full_names() -> frozenset[str]:
    """Every division's name as the table writes it (沙市区, 市南区)."""
    text = resources.files(__package__).joinpath("data/divisions.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[1] for line in text.splitlines()
                     if line.strip() and not line.startswith("#") and "\t" in line)


def names_with(chars: str) -> tuple[str, ...]:
    """The divisions' full names that hold any of ``chars`` (泰和县, 和平区, 于洪区, 本溪市 — words of a sentence too),
    longest first."""
    return tuple(sorted((n for n in _full_names() if any(c in n for c in chars) and re.search(r"(?:省|市|区|县|旗|州)$", n)
                         and len(n) >= 3), key=len, reverse=True))


def short_names() -> tuple[str, ...]:
    """The counties and districts named by one character and their suffix (高县, 珙县, 沙县)."""
    return tuple(sorted(n for n in _full_names() if len(n) == 2 and n[-1] in "县区" and re.match(r"[\u4e00-\u9fff]{2}$", n)
                        and n[0] not in "东西南北中"))  # (东区、西区: parts of a park as often as districts)


def full_name(word: str) -> str:
    """江苏 → 江苏省, 北京 → 北京市: a bare province name as the divisions table writes it (else unchanged)."""
    return _provinces().get(word, word)


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """江苏 → 江苏省, 广西 → 广西壮族自治区: each province under the short name of L.PROVINCES."""
    names = [p for entries in _divisions().values() for kind, p, _ in entries if kind == "province"]
    return {short: next((n for n in names if n.startswith(short)), short) for short in L.PROVINCES}


def province_of(name: str) -> str | None:
    """The province a known division is in (柳州市 → 广西壮族自治区), or None."""
    found = _known(name)
    return found[1] if found else None


def placed(name: str) -> bool:
    """A name the divisions table writes so and places in one province and city (沙县区, whose 县区 reads like
    市区; not 大城市, whose base is 大城县's)."""
    return name in _full_names() and _known(name) is not None


def known_name(name: str) -> bool:
    """Whether the divisions table has a division of this name (any level)."""
    return base(name) in _divisions()


def _known(name: str, context: tuple[str, ...] = ()) -> tuple[str, str, str] | None:
    """The one division a name means, with its parents, or None when unknown or ambiguous.  The
    places named with it (``context``) choose among several: 铁西区 with 四平市 is 四平's, not 沈阳's."""
    found = set(_divisions().get(base(name), ()))
    if len(found) > 1 and level(name):  # 吉林市 is a city, 吉林省 a province: the suffix says which
        exact = {f for f in found if f[0] == level(name)}
        # (永安市, a county of 三明市, beside 台湾's 永安区: neither a city nor a province — the context chooses)
        found = exact or {f for f in found if level(name) == "city" and f[0] == "province"} or found
    if len(found) > 1 and context:
        bases = {base(c) for c in context if c != name}
        found = {f for f in found if base(f[2]) in bases} or {f for f in found if base(f[1]) in bases} or found
    return next(iter(found)) if len(found) == 1 else None


def inside(place: str, wanted: str, above: list[tuple[str, str]] = ()) -> bool | None:
    """Is the applicant's ``place`` inside ``wanted``?  True when the place or one of its parents is
    it (枣阳市 for 襄阳市); False when the place is at least as precise and is elsewhere, or when the
    parents of ``wanted`` (from the document or the divisions table) rule it out; None when the
    place does not say (江苏省 for 南京市, 朝阳区 alone for 北京市)."""
    have = components(place)
    named = tuple(n for n, _ in have)
    full: set[str] = set()  # names with their level suffix, of the place and its parents
    bare: set[str] = set()  # names written without one (广州)
    deepest = -1
    for name, lvl in have:
        if level(name) is None:
            bare.add(name)
        lineage, rank = _lineage_full(name, lvl, named)
        full |= lineage
        if rank is not None and (_known(name, named) is not None or base(name) not in _divisions()):
            deepest = max(deepest, rank)
    same_level = {base(n) for n in full if level(n) == level(wanted) or level(wanted) is None}
    if wanted in full or base(wanted) in bare or base(wanted) in same_level:
        return True  # (广州 is 广州市; 吉林市 is not 吉林省)
    if base(wanted) in _MUNICIPALITIES:  # 北京市 is a province: compare provinces
        provinces = [n for n, lvl in have if lvl == "province"]
        if provinces:
            return any(base(p) == base(wanted) for p in provinces)
    target, target_rank = _lineage_full(wanted, level(wanted), tuple(n for n, _ in above))
    if target_rank is None and base(wanted) in L.PROVINCES:
        target_rank = 0
    if target_rank is not None and deepest >= target_rank:
        return False  # as precise as what is wanted, and somewhere else
    parents = (target - {wanted}) | {n for n, _ in above}
    for name, lvl in have:  # 江苏省苏州市 for 江宁区 (南京市): a parent differs at the place's own level
        _, rank = _lineage_full(name, lvl, named)
        if rank is None or name in parents:
            continue
        for parent in parents:
            if _lineage_full(parent, level(parent))[1] == rank and base(parent) != base(name):
                return False
    return None


def _lineage_full(name: str, lvl: str | None, context: tuple[str, ...] = ()) -> tuple[set[str], int | None]:
    """The full names a place stands for with its parents (枣阳市 → 枣阳市, 襄阳市, 湖北省), and its rank."""
    entry = _known(name, context)
    if entry is None:
        return {name}, _RANK.get(lvl) if lvl else None
    kind, province, city = entry
    return {n for n in (name, province, city) if n}, _RANK[kind]


# Parts of a city a condition may name (在市区就业, 县域内重点企业, 双辽市城区): written after the place
# as （市区）.  市区 is the city's districts (市辖区), 县域 its counties and county-level cities; a
# 城区 or 中心城区 is narrower than the districts and never includes a county.
AREAS = ("市区", "中心城区", "主城区", "城区", "县域", "城市规划区", "县城规划区", "购房区域")


_TOWN = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:街道|镇|乡)$")
# How a development zone's name ends (驻马店经济开发区, 驻马店市城乡一体化示范区, 江北水城旅游度假区)
ZONE_WORD = r"开发区|示范区|新区|园区|高新区|度假区|产业园|试验区|合作区"


@lru_cache(maxsize=4096)
def split_town(place: str) -> tuple[str, str | None]:
    """``河北省邯郸市复兴区户村镇`` → (``河北省邯郸市复兴区``, ``户村镇``): a town, township or street after a county
    (components stop at counties); no town when none follows one."""
    ends = [m.end() for m in _COMPONENT.finditer(place)]
    if not ends or ends[-1] == len(place):
        return place, None
    head, tail = place[:ends[-1]], place[ends[-1]:]
    above = components(head)
    if not _TOWN.fullmatch(tail) or not above or above[-1][1] != "county":
        return place, None
    return head, tail


# A development zone named after its city, as an issuer writes it (宝鸡高新技术产业开发区管理委员会, 襄阳高新区)
_ZONE_OF_CITY = re.compile(r"(?P<city>[\u4e00-\u9fff]{2,3}?)(?:市)?(?P<zone>" + "|".join(
    sorted({w for pair in L.ZONE_SHORT for w in pair}, key=len, reverse=True)) + ")")


# 株洲高新区（天元区）: a zone and the district it is run as one with
_ZONE_WITH_DISTRICT = re.compile(_ZONE_OF_CITY.pattern + r"[（(](?P<district>[\u4e00-\u9fff]{1,8}?[区县市])[）)]")


def _paired_district(m: re.Match) -> list[tuple[str, str]] | None:
    """The chain of the district in a zone's bracket, when it is a county of the zone's city (else None)."""
    chain = territory([m.group("city") + "市" + m.group("district")])
    return chain if len(chain) >= 2 and chain[-1][1] == "county" and base(chain[-1][0]) == base(m.group("district")) else None


def zone_territory(names: list[str]) -> tuple[list[tuple[str, str]], str] | None:
    """The city and the zone of the first issuer or title that names a zone the divisions table does not know
    (宝鸡高新技术产业开发区 → 宝鸡市's chain and 高新区), or None."""
    for name in names:
        m = _ZONE_OF_CITY.match(_LEADING.sub("", name.strip()))
        if m and not known_name(m.group()) and (chain := territory([m.group("city") + "市"])) \
                and chain[-1][1] == "city":
            return chain, short_zone(m.group("zone"))
    return None


def short_zone(word: str) -> str:
    """高新技术产业开发区 → 高新区: a zone as it is written short (L.ZONE_SHORT)."""
    return next((short for long, short in L.ZONE_SHORT if word.endswith(long)), word)


def _zone_of(wanted: str) -> tuple[str, str, bool] | None:
    """The city and the zone a wanted place names when the divisions table cannot place it, and whether the zone bears
    the city's name: 襄阳市（高新区）, a zone the document names in its city (no); 株洲高新区 (yes)."""
    if m := re.fullmatch(r"(?P<city>[^（]+)（(?P<zone>[^（）]+)）", wanted):
        return m.group("city"), m.group("zone"), False
    parts = components(wanted)
    m = _ZONE_OF_CITY.fullmatch(parts[-1][0] if parts else wanted)
    if m and not known_name(m.group()) and (city := territory([m.group("city") + "市"])):
        return "".join(n for n, _ in city), m.group("zone"), True
    return None


def _in_zone(place: str, city: str, zone: str, city_named: bool) -> bool | None:
    """Outside the zone's city nobody is in it; a place that names the zone (陕西省宝鸡市高新区) is in it; a zone that
    bears its city's name lies among the city's districts, not in its counties; else which parts of the city it spans,
    the table does not say (高新区、东津新区 in a list: whether one holds a county's home, a person says)."""
    inside_city = _within(place, city)
    if inside_city is False:
        return False
    named = {short_zone(n).removeprefix(base(city)) for n, _ in components(place)}
    if inside_city and short_zone(zone) in named:
        return True
    counties = [n for n, lvl in components(place) if lvl == "county"]
    return False if city_named and inside_city and counties and not counties[-1].endswith("区") else None


def within(place: str, wanted: str) -> bool | None:
    """Is ``place`` inside ``wanted`` — a chain (广州市天河区), a chain with an area (亳州市（市区）), or a town of a
    county (复兴区户村镇: a place that names only the county does not say whether it is in the town)?"""
    wanted, wanted_town = split_town(wanted)
    place, town = split_town(place)
    result = _within(place, wanted)
    if wanted_town is None or result is not True:
        return result
    return None if town is None else town == wanted_town


def _within(place: str, wanted: str) -> bool | None:
    # 宜宾三江新区 for 四川省宜宾市三江新区: a zone written with its city's name before it, the place the profile names
    have = components(place)
    if not known_name(wanted) and any(lvl == "city" and wanted.startswith(base(name)) and len(wanted) > len(base(name)) + 2
                                      and any(n == wanted[len(base(name)):] for n, _ in have) for name, lvl in have):
        return True
    area = next((a for a in AREAS if wanted.endswith(f"（{a}）")), None)
    if area is None and not known_name(wanted) and re.search(rf"(?:{ZONE_WORD})$", wanted) and place.endswith(wanted):
        return True  # 驻马店市城乡一体化示范区 for 河南省驻马店市驻马店市城乡一体化示范区: the zone the profile names
    if area is None and (zone := _zone_of(wanted)):
        return _in_zone(place, *zone)
    chain = components(wanted[: -len(area) - 2] if area else wanted)
    if not chain:
        return None
    result = inside(place, chain[-1][0], chain[:-1])
    if area is None or result is not True:
        return result
    counties = [n for n, lvl in components(place)[1:] if lvl == "county" and n not in {c for c, _ in chain}]
    if chain[-1][1] == "county" or not counties:
        return None  # 双辽市城区 for a place in 双辽市: which streets, the profile does not say
    district = counties[-1].endswith("区")
    if area == "县域":
        return not district
    if area == "县城规划区":  # the planned towns of the city's counties: a district has none, a county's part a person says
        return False if district else None
    if area == "市区":
        return district
    return None if district else False  # 中心城区: not a county; which districts, the text must say


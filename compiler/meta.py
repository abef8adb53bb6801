"""Stage ``meta`` — a document's metadata, every field with the source span it came from.

``extract_meta(doc, source_text, level_tag)`` reads the tree built by ``tree.py`` (never the
raw text) and returns the
``meta`` object of ``schemas/meta.schema.json``:

* ``title`` from the header lines (``title.find_title``);
* ``issuer`` from the banner (``江苏省知识产权局文件``), the title (``国务院办公厅关于…``),
  the signer above the date, LawRefBook history lines (``2023年12月29日 第十四届全国人民
  代表大会常务委员会第七次会议修订``) or a front-matter ``issuing_authority``;
* ``doc_number`` (文号) from the header, ``date`` (成文日期) from the closing or the latest
  history line, ``status`` from the title, ``level`` from the listing tag, the issuer or the
  source folder;
* ``effective``/``expires`` from 自…起施行 / 有效期至… sentences, ``repeals`` from …同时废止
  sentences, ``references`` from every 《…》, ``attachments`` from the 附件： list.

Spans are ``[start, end)`` source offsets; a node's text maps through ``node.text_offsets``.
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from pathlib import PurePosixPath

from . import lexicon as L
from .model import Attachment, Cited, Coded, DocNumber, Document, Meta, MetaDate, MetaText, Node, Organ, Span, Validity
from .numerals import calendar_date, parse_chinese_number
from .title import Field, Title, find_title, front_matter

# --- patterns ----------------------------------------------------------------------------

_YEAR = r"[0-9０-９]{4}|[零〇○一二三四五六七八九]{4}"
_MONTH = r"[0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九]"
_DAY = r"[0-9０-９]{1,2}|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九]"
_DATE = (rf"(?P<y>{_YEAR})\s*年(?:\s*(?P<m>{_MONTH})\s*月(?:\s*(?P<d>{_DAY})\s*日)?)?"
         rf"|(?P<iy>[0-9]{{4}})-(?P<im>[0-9]{{1,2}})(?:-(?P<id>[0-9]{{1,2}}))?")
DATE = re.compile(_DATE)
_DATE_LINE = re.compile(rf"^(?:{_DATE})$")
_HISTORY = re.compile(rf"^[(（]?(?P<date>{_DATE.replace('(?P<', '(?P<h')})\s*(?P<rest>.*)$")
_HISTORY_VERB = re.compile(r"通过|修订|修正|公布|发布|颁布|批准|施行")
DOC_NUMBER = re.compile(r"(?P<organ>[\u4e00-\u9fff]{1,12})\s*[〔\[［【(（]\s*(?P<year>[0-9０-９]{4})\s*[〕\]］】)）]"
                        r"\s*(?P<serial>[0-9０-９]{1,6})\s*号")
_BANNER = re.compile(r"^(?P<orgs>.{2,60}?)文件$")
_TITLE_ORGS = re.compile(r"^(?P<orgs>[^《》“”]{2,60}?)(?:关于|转发|印发|批转)")
_ORGAN_SUFFIX = ("人民政府", "政府", "办公厅", "办公室", "委员会", "人民法院", "人民检察院", "国务院", "总局", "中共中央",
                 "中央军委", "局", "部", "厅", "委", "署", "院", "会", "行", "办", "中心", "总署")
ORGAN = re.compile(r"^[\u4e00-\u9fff（）()]{2,40}?(?:" + "|".join(_ORGAN_SUFFIX) + ")$")
_BANNER_ORGAN = re.compile(r"(?:人民政府|政府|办公厅|办公室|委员会|局|部|厅|委|领导小组|银行|人民法院|人民检察院)$")
_STATUS = tuple((status, re.compile("|".join(words))) for status, words in L.STATUS_WORDS.items())
_DOC_WORD = f"(?:{'|'.join(L.DOC_KINDS)})"
_EFFECTIVE = re.compile(rf"自\s*(?:(?:{_DATE})|(?P<rel>(?:印发|发布|公布|颁布|下发|通过|批准|签发|发文)之日))\s*起\s*"
                        r"(?:开始)?(?:施行|实施|执行|生效|试行)")
# 有效期至…, 试行期两年; 自印发之日起施行，至2026年3月31日止 (in force until that day)
_EXPIRES = re.compile(rf"(?:有效期|试行期|(?<=试行)(?=\s*[0-9一二三四五六七八九十两])|(?<=施行，|实施，|执行，|试行，|施行,|实施,|执行,|试行,)(?=\s*(?:至|到|截至)))(?:限)?(?:为|暂定为|暂定|截止)?\s*(?:(?:至|到|截至)\s*(?:{_DATE})"
                      r"|(?P<rel>[0-9一二三四五六七八九十两]{1,3}\s*(?:年|个月)))")
_RANGE_END = re.compile(rf"\s*[(（][^()（）]{{4,20}}?[-—－~至到]\s*(?:{_DATE})\s*[)）]")
_OWN_DOC = re.compile(rf"本(?:实施)?{_DOC_WORD}")
_SENTENCE = re.compile(r"[^。；;！!？?]+[。；;！!？?]?")
_REPEAL = re.compile(r"(?:同时|一并|予以|即行|相应)?废止(?=[。；;，,]|$)")
_BOOK = re.compile(r"《(?P<title>[^《》\n]{1,150})》")
_BRACKETED_NUMBER = re.compile(r"\s*[(（]\s*(?P<num>[^()（）]{2,30}?号)\s*[)）]")
_ATTACHMENT = re.compile(r"^[\s\-*•·]*附\s*件\s*[0-9一二三四五六七八九十]{0,2}\s*[:：]\s*")
_LIST_NUMBER = re.compile(r"(?:^|(?<=[\s:：。；;\u4e00-\u9fff）)》]))[0-9]{1,2}\s*[.．、](?![0-9])\s*")
_TRAILING_NUMBER = re.compile(r"\s*[(（][^()（）]{1,12}〔[0-9]{4}〕[0-9]+号[)）]\s*$")
_TRIM = "；;。，,、 "
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")

_NATIONAL = re.compile(r"^(?:全国|国务院|国家|中共中央|中央|最高人民|中华人民共和国|中国)")
_MINISTRY = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:部|总署|总局|委员会|银行)$")  # 公安部, 海关总署 (no place in the name)
_PROVINCIAL = re.compile(r"^(?:" + "|".join(L.PROVINCES) + r")(?:省|市|自治区|特别行政区|[\u4e00-\u9fff]{0,4}自治区)?|^省")
_TITLE_PLACE = re.compile(r"^中华人民共和国|^(?:" + "|".join(L.PROVINCES) + r")(?:省|市|自治区|特别行政区)")
_MUNICIPAL = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:市|自治州|州|盟)")
_COUNTY = re.compile(r"^[\u4e00-\u9fff]{0,12}?(?:县|区|旗)")
_TAG_LEVELS = (("national", re.compile(r"^(?:国家|中央|全国)级?$")),
               ("provincial", re.compile(r"(?:省|自治区)级$|^(?:北京|天津|上海|重庆)市?级$")),
               ("municipal", re.compile(r"(?:市|州|盟)级$")), ("county", re.compile(r"(?:县|区|旗)级$")))

Text = tuple[str, array]  # a string and the source offset of each of its characters


# --- entry point ---------------------------------------------------------------------------

def extract_meta(doc: Document, source_text: str, level_tag: str) -> Meta:
    """The ``meta`` object of ``doc`` (see ``schemas/meta.schema.json``); never raises on odd input."""
    skip, fields = front_matter(doc.body)
    headers = [n for n in doc.body if n.kind == "header"][skip:]
    main = [node for node, in_annex in _walk(doc.body) if not in_annex]
    title = find_title(doc.body, doc.title)
    history = _history(headers + _leading_preamble(doc.body))
    issuer = _issuers(doc.body, headers, title, history, fields)
    return Meta(
        title=MetaText(title.text, _span_tuple(title.span)),
        issuer=tuple(issuer),
        doc_number=next((n for h in headers for n in _doc_numbers(_own(h))), None),
        date=_date(doc.body, history, fields),
        status=_status(title, fields.get("status")),
        level=_level(level_tag, doc.body, issuer, title, doc.source_path),
        effective=_effective(main, history, fields),
        expires=_expires(main),
        repeals=tuple(_repeals(main)),
        references=tuple(_references(doc.body, source_text, title.text)),
        attachments=tuple(_attachments(doc.body, source_text)),
    )


def empty_meta(title: str) -> Meta:
    """A valid ``meta`` that claims nothing, for documents kept as residue after an internal error."""
    return Meta(MetaText(title, None))


# --- text access -------------------------------------------------------------------------

def _walk(nodes: list[Node], in_annex: bool = False) -> Iterator[tuple[Node, bool]]:
    """Every node in document order, and whether it is inside an annex (one generator with a stack)."""
    stack = [(node, in_annex) for node in reversed(nodes)]
    while stack:
        node, inside = stack.pop()
        inside = inside or node.kind == "annex"
        yield node, inside
        stack += [(child, inside) for child in reversed(node.children)]


def _own(node: Node) -> Text:
    """The node's own text with its offsets (empty offsets when they do not line up)."""
    offsets = node.text_offsets if node.text_offsets is not None else array("i")
    return (node.text, offsets) if len(offsets) == len(node.text) else ("", array("i"))


def _heading(node: Node) -> Text:
    """The node's heading with its offsets (empty offsets when they do not line up)."""
    offsets = node.heading_offsets if node.heading_offsets is not None else array("i")
    return (node.heading or "", offsets) if len(offsets) == len(node.heading or "") else ("", array("i"))


def _texts(node: Node, source: str) -> Iterator[Text]:
    if node.heading:
        yield _heading(node)
    if node.text:
        yield _own(node)


def _span(offsets: array, a: int, b: int) -> Span | None:
    """Source span of characters ``[a, b)`` of a text whose offsets are ``offsets``."""
    if b <= a or b > len(offsets):
        return None
    return (offsets[a], offsets[b - 1] + 1)


def _span_tuple(span: Span | list[int] | None) -> Span | None:
    return (span[0], span[1]) if span else None


# --- dates, numbers, organs ----------------------------------------------------------------

def _date_value(m: re.Match) -> tuple[str, str] | None:
    """ISO value and precision of a ``DATE`` match, or None for an impossible date (the one
    reader, :func:`numerals.calendar_date`; the clause stage reports it)."""
    try:
        if m.group("iy"):
            year, month, day = (int(m.group(g)) if m.group(g) else None for g in ("iy", "im", "id"))
        else:
            year, month, day = (int(parse_chinese_number(m.group(g).translate(_FULL_WIDTH))) if m.group(g) else None
                                for g in ("y", "m", "d"))
    except ValueError:
        return None
    return calendar_date(year, month, day)


def _date_object(m: re.Match, text: Text) -> MetaDate | None:
    value = _date_value(m)
    if value is None:
        return None
    a, b = m.span()
    return MetaDate(value[0], value[1], text[0][a:b], _span(text[1], a, b))


def _doc_numbers(text: Text) -> Iterator[DocNumber]:
    for m in DOC_NUMBER.finditer(text[0]):
        yield _doc_number(m, text)


def _doc_number(m: re.Match, text: Text) -> DocNumber:
    return DocNumber(re.sub(r"\s+", "", m.group()), m.group("organ"), int(m.group("year")), int(m.group("serial")),
                     _span(text[1], m.start(), m.end()))


def _organs(text: Text, a: int, b: int) -> list[Organ]:
    """Organ names in ``text[a:b]``, split at 、/commas and at whitespace the source had; [] unless all are organs."""
    string, offsets = text
    for split_gaps in (True, False):
        pieces, start = [], a
        for i in range(a, b + 1):
            cut = i == b or string[i] in "、，, " or (split_gaps and i > a and offsets[i] - offsets[i - 1] > 1)
            if cut:
                if i > start:
                    pieces.append((start, i))
                start = i + 1 if i < b and string[i] in "、，, " else i
        names = [string[s:e] for s, e in pieces]
        if names and all(ORGAN.match(n) for n in names):
            return [Organ(n, _span(offsets, s, e)) for n, (s, e) in zip(names, pieces)]
    return []


# --- fields ----------------------------------------------------------------------------------

def _leading_preamble(body: list[Node]) -> list[Node]:
    """The preamble lines between the header and the first numbered unit: a long adoption and
    amendment history (公司法: seven lines) runs on past the header zone."""
    lead = []
    for node in body:
        if node.kind not in ("header", "preamble"):
            break
        if node.kind == "preamble":
            lead.append(node)
    return lead


def _history(headers: list[Node]) -> list[tuple[re.Match, Text, str]]:
    """LawRefBook/qisehong history lines: ``(date match, line text, verb)``."""
    found = []
    for node in headers:
        text = _own(node)
        line = _HISTORY.match(text[0])
        if line and line.group("rest"):
            date = DATE.match(text[0], line.start("date"))
            verbs = _HISTORY_VERB.findall(_BOOK.sub("", line.group("rest")))  # 通过的《…修正案》: the verb outside 《》
            if date and _date_value(date) and verbs:
                found.append((date, text, verbs[-1]))
    return found


def _issuers(body: list[Node], headers: list[Node], title: Title, history, fields: dict[str, Field]) -> list[Organ]:
    found: list[Organ] = []
    for node in headers:
        banner = _BANNER.match(node.text)
        if banner:
            _add(found, _organs(_own(node), 0, banner.end("orgs")))
        elif node.text and len(node.text) <= 60:
            # 杭州市钱塘区人力资源和社会保障局　杭州市钱塘区人才工作领导小组办公室 above the title: organs, a gap between
            # (each named as one: not …发布之日施行, whose 行 is a bank's)
            organs = _organs(_own(node), 0, len(node.text))
            if organs and all(_BANNER_ORGAN.search(o.name) and not re.search(r"转发|印发|批转|关于", o.name) for o in organs):
                _add(found, organs)
    if title.offsets is not None:
        prefix = _TITLE_ORGS.match(title.text)
        if prefix:
            _add(found, _organs((title.text, title.offsets), 0, prefix.end("orgs")))
    for signer in _signers(body):
        _add(found, _organs(_own(signer), 0, len(signer.text)))
    if not found:
        _add(found, _history_issuer(history))
    if not found and "issuing_authority" in fields:
        field = fields["issuing_authority"]
        _add(found, _organs((field.value, field.offsets), 0, len(field.value)))
    return found


def _add(found: list[Organ], organs: list[Organ]) -> None:
    for organ in organs:
        if not any(organ.name in f.name or f.name in organ.name for f in found):
            found.append(organ)


def _signers(body: list[Node]) -> Iterator[Node]:
    """Top-level organ lines right above the date of writing (or in the closing)."""
    for node, following in zip(body, [*body[1:], None]):
        if node.kind == "annex" or _DATE_LINE.match(node.text):
            return  # what follows the first date is forwarded or attached material
        dated = following is not None and _DATE_LINE.match(following.text)
        if (node.kind == "closing" or dated) and node.text and len(node.text) <= 60 \
                and (ORGAN.match(node.text) or _organs(_own(node), 0, len(node.text))):
            yield node  # (杭州市钱塘区人力资源和社会保障局　杭州市钱塘区人才工作领导小组办公室: organs signing together)


# 《郑州市人民代表大会常务委员会关于修改…的决定》: the organs that enacted a decision, named in its title
_BOOK_ORGANS = r"《(?P<orgs>[^《》〈]{2,40}?)关于"
_HISTORY_ORGANS = (
    re.compile(r"^(?:经)?(?P<place>[\u4e00-\u9fff]{0,12}?)(?:第?[一二三四五六七八九十]+届)?(?P<body>全国人民代表大会|人民代表大会)"
               r"(?P<sc>常务委员会)?"),
    re.compile(r"^(?P<org>[\u4e00-\u9fff]{2,20}?)(?:第[一二三四五六七八九十]+届)?(?:审判委员会|检察委员会)"),
    re.compile(r"^(?:中华人民共和国)?(?P<orgs>[\u4e00-\u9fff、]{2,60}?)(?:第[0-9]+号)?令"),
    re.compile(r"^经?(?P<org>[\u4e00-\u9fff]{2,20}?)(?:第[一二三四五六七八九十百0-9]+次(?:常务|部务|局务|署务|委务|全体)?会议|公告|批准|发布|公布)"),
    re.compile(r"^" + _BOOK_ORGANS),
)


def _history_issuer(history) -> list[Organ]:
    """The organ of the latest enacting line; 市第三届人民代表大会… borrows its place from an earlier line."""
    organs = [(m, _approved_organ(text) if "批准" in text[0] else _history_organ(text, m.end()))
              for m, text, verb in history if verb not in ("批准", "施行")]
    organs = [(m, o) for m, o in organs if o]
    if not organs:
        return []
    latest = max(organs, key=lambda mo: _date_value(mo[0])[0])[1]
    if latest.name[0] in "省市县区":
        name = latest.name
        fuller = [o.name for _, o in organs if len(o.name) > len(name) and o.name.endswith(name)]
        if fuller:
            latest = Organ(fuller[0], latest.span)
    return [latest]


def _approved_organ(text: Text) -> Organ | None:
    """河南省…会议批准的《郑州市人民代表大会常务委员会关于修改部分地方性法规的决定》第二次修正: the organ that
    enacted what the province approved, not the province."""
    book = re.search(_BOOK_ORGANS, text[0])
    if not book:
        return None
    organs = _organs(text, book.start("orgs"), book.end("orgs"))
    return organs[0] if organs else None


def _history_organ(text: Text, at: int) -> Organ | None:
    """The enacting organ of a history line, read after its date (at ``at``)."""
    string, offsets = text
    while at < len(string) and string[at] == " ":
        at += 1
    rest = string[at:]
    for i, pattern in enumerate(_HISTORY_ORGANS):
        m = pattern.match(rest)
        if not m:
            continue
        if i == 0:  # 上海市第十五届人民代表大会常务委员会 → 上海市人民代表大会常务委员会
            name = m.group("place").removeprefix("中华人民共和国") + m.group("body") + (m.group("sc") or "")
            start = m.start("place") if m.group("place") else m.start("body")
            return Organ(name, _span(offsets, at + start, at + m.end()))
        group = "org" if "org" in m.groupdict() else "orgs"
        organs = _organs(text, at + m.start(group), at + m.end(group))
        if organs:
            return organs[0]
    return None


def _date(body: list[Node], history, fields: dict[str, Field]) -> MetaDate | None:
    for node in body:
        if node.kind == "annex":
            break
        text = _own(node)
        m = _DATE_LINE.match(text[0])
        if m and node.kind != "header":
            found = _date_object(m, text)
            if found:
                return found
    dated = [h for h in history if h[2] != "施行"]
    if dated:
        m, text, _ = max(dated, key=lambda h: _date_value(h[0])[0])
        return _date_object(m, text)
    field = fields.get("publish_date")
    if field and not history:
        m = _DATE_LINE.match(field.value)
        if m:
            return _date_object(m, (field.value, field.offsets))
    return None


def _status(title: Title, declared: Field | None) -> Coded:
    """From the front matter when it says repealed or amended (出版管理条例: 废止或失效), else from the title."""
    found = L.FRONT_MATTER_STATUS.get(declared.value.strip().strip('"')) if declared else None
    if found in ("repealed", "amended"):
        return Coded(found, declared.value, _span_tuple(declared.span))
    plain = _BOOK.sub(lambda m: "《" + "\0" * len(m.group("title")) + "》", title.text)  # cited titles do not count
    for value, pattern in _STATUS:
        m = pattern.search(plain)
        if m:
            span = _span(title.offsets, m.start(), m.end()) if title.offsets is not None else None
            return Coded(value, m.group(), span)
    return Coded("final", None, None)


def _level(level_tag: str, body: list[Node], issuer: list[Organ], title: Title, path: str) -> Coded:
    if level_tag:
        for value, pattern in _TAG_LEVELS:
            if pattern.search(level_tag):
                return Coded(value, level_tag, _tag_span(body, level_tag))
    for organ in issuer:
        value = organ_level(organ.name)
        if value:
            return Coded(value, organ.name, organ.span)
    place = _TITLE_PLACE.match(title.text)
    if place and title.offsets is not None:
        value = "national" if place.group().startswith("中华人民共和国") else "provincial"
        return Coded(value, place.group(), _span(title.offsets, 0, place.end()))
    parts = PurePosixPath(path).parts
    if len(parts) > 2 and parts[0] == "laws":
        value = "provincial" if parts[1].startswith("地方性法规") else "national"
        return Coded(value, parts[1], None)
    return _self_level(body)


def _self_level(body: list[Node]) -> Coded:
    """How the text names its own jurisdiction: 结合我市实际 → municipal, 我省 → provincial."""
    for node in body:
        if node.kind not in ("header", "preamble"):
            continue
        text, offsets = _own(node)
        m = _SELF_PLACE.search(text)
        if m and len(offsets):
            return Coded(_SELF_LEVELS[m.group()[-1]], m.group(), _span(offsets, m.start(), m.end()))
    return Coded(None, None, None)


_SELF_PLACE = re.compile(r"(我|本|全|强)[省市县区](?!场)")
_SELF_LEVELS = {"省": "provincial", "市": "municipal", "县": "county", "区": "county"}


def organ_level(name: str) -> str | None:
    """national / provincial / municipal / county for an organ's name, or None."""
    if _NATIONAL.search(name):
        return "national"
    if _PROVINCIAL.match(name):
        return "provincial"
    if _MUNICIPAL.match(name):
        return "municipal"
    if _COUNTY.match(name):
        return "county"
    return "national" if _MINISTRY.match(name) else None


def _tag_span(body: list[Node], level_tag: str) -> Span | None:
    for node in body[:3]:
        text = _own(node)
        at = text[0].find(f"【{level_tag}】")
        if at != -1:
            return _span(text[1], at + 1, at + 1 + len(level_tag))
    return None


def _validity(m: re.Match, text: Text) -> Validity:
    value = None if m.group("rel") else _date_value(m)
    return Validity(value[0] if value else None, value[1] if value else None, value is None, m.group(),
                    _span(text[1], m.start(), m.end()))


def _sentences(main: list[Node], *needles: str) -> Iterator[tuple[Text, int, int]]:
    """``(text, start, end)`` of each sentence of the nodes whose text holds one of ``needles``."""
    for node in main:
        if not any(needle in node.text for needle in needles):
            continue
        text = _own(node)
        for s in _SENTENCE.finditer(text[0]):
            yield text, s.start(), s.end()


def _effective(main: list[Node], history, fields: dict[str, Field]) -> Validity | None:
    own, other = None, None
    for text, a, b in _sentences(main, "起"):
        for m in _EFFECTIVE.finditer(text[0], a, b):
            if _validity_date_ok(m):
                if _OWN_DOC.search(text[0], a, m.start()) and own is None:
                    own = _validity(m, text)
                other = _validity(m, text)
    if own:
        return own
    for m, text, verb in history:
        if verb == "施行":
            value = _date_value(m)
            return Validity(value[0], value[1], False, text[0], _span(text[1], 0, len(text[0])))
    field = fields.get("implement_date")
    m = _DATE_LINE.match(field.value) if field else None
    if m and _date_value(m):
        value = _date_value(m)
        return Validity(value[0], value[1], False, field.value, _span_tuple(field.span))
    return other


def _validity_date_ok(m: re.Match) -> bool:
    return bool(m.group("rel")) or _date_value(m) is not None


def _expires(main: list[Node]) -> Validity | None:
    for text, a, b in _sentences(main, "期", "试行", "，至", ",至"):  # a node with both is read once
        for m in _EXPIRES.finditer(text[0], a, b):
            if not _validity_date_ok(m):
                continue
            if m.group("rel") and not _OWN_DOC.search(text[0], a, m.start()) \
                    and not _EFFECTIVE.search(text[0], a, m.start()):
                continue  # 证书有效期为三年: not the document's own validity (自2023年1月1日起试行3年 is)
            end = _RANGE_END.match(text[0], m.end())  # 有效期暂定一年(2022年9月1日-2023年8月31日): its last day
            if m.group("rel") and end and _date_value(end):
                value = _date_value(end)
                return Validity(value[0], value[1], False, text[0][m.start():end.end()],
                                _span(text[1], m.start(), end.end()))
            return _validity(m, text)
    return None


def _book_titles(text: Text, a: int, b: int) -> Iterator[Cited]:
    string, offsets = text
    for m in _BOOK.finditer(string, a, b):
        title = m.group("title").replace("[[", "").replace("]]", "").strip()
        number = None
        after = _BRACKETED_NUMBER.match(string, m.end())
        if after:
            inner = DOC_NUMBER.search(string, after.start("num"), after.end("num") + 1)
            if inner:
                number = _doc_number(inner, text)
        if title:
            yield Cited(title, number, _span(offsets, m.start(), m.end()))


def _repeals(main: list[Node]) -> list[Cited]:
    found: list[Cited] = []
    for text, a, b in _sentences(main, "废止"):
        end = _REPEAL.search(text[0], a, b)
        if end:
            for entry in _book_titles(text, a, end.start()):
                if all(f.title != entry.title for f in found):
                    found.append(entry)
    return found


def _references(body: list[Node], source: str, own_title: str) -> list[Cited]:
    found: dict[str, Cited] = {}
    for node, _ in _walk(body):
        for text in _texts(node, source):
            if "《" not in text[0] or len(text[1]) != len(text[0]):
                continue
            for entry in _book_titles(text, 0, len(text[0])):
                if entry.title != own_title and entry.title not in found:
                    found[entry.title] = entry
    return list(found.values())


def _attachments(body: list[Node], source: str) -> list[Attachment]:
    found: list[Attachment] = []
    for node, in_annex in _walk(body):
        if in_annex or node.kind in ("header", "annex"):
            continue
        for string, offsets in _texts(node, source):
            m = _ATTACHMENT.match(string)
            if not m or len(offsets) != len(string):
                continue
            rest = m.end()
            if rest < len(string):
                found.extend(_listed(string, offsets, rest))
            for child in node.children:
                if child.kind == "item":
                    found.extend(_item_title(child, source))
            break
    return found


def _listed(string: str, offsets: array, start: int) -> Iterator[Attachment]:
    """``1. 甲 2. 乙`` or a single title after 附件：."""
    cuts = [m for m in _LIST_NUMBER.finditer(string, start)]
    bounds = [(m.end(), cuts[i + 1].start() if i + 1 < len(cuts) else len(string)) for i, m in enumerate(cuts)]
    if not cuts or cuts[0].start() != start:
        bounds = [(start, cuts[0].start() if cuts else len(string))] + bounds
    for a, b in bounds:
        yield from _attachment(string, offsets, a, b)


def _item_title(item: Node, source: str) -> Iterator[Attachment]:
    parts = [t for t in _texts(item, source) if len(t[1]) == len(t[0])]
    string = "".join(p[0] for p in parts)
    offsets = array("i")
    for p in parts:
        offsets.extend(p[1])
    yield from _attachment(string, offsets, 0, len(string))


def _attachment(string: str, offsets: array, a: int, b: int) -> Iterator[Attachment]:
    number = _TRAILING_NUMBER.search(string, a, b)
    if number:
        b = number.start()
    while b > a and string[b - 1] in _TRIM:
        b -= 1
    while a < b and string[a] in _TRIM:
        a += 1
    if b > a:
        yield Attachment(string[a:b], _span(offsets, a, b))

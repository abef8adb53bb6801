"""Akoma Ntoso 3.0 (OASIS LegalDocML): one ``OUT/akn/<id>.xml`` per document, from its validated JSON.

A writer like the site and the database: it reads only the document JSON (``build --akn``), with
the standard library's ElementTree (no XML dependency at run time; the tests and
``bench/akn_check.py`` validate every file against the official ``akomantoso30.xsd`` with lxml).

* ``act`` for a text with articles (第X条: laws, regulations, 办法), else ``doc name="notice"``.
* FRBR work / expression / manifestation under ``/akn/cn[-region]/act|doc/<date>/<number>``: the
  region is the ISO 3166-2 subdivision of the issuer's province (``cn-js``) for local texts; the
  number is the document id where it is ASCII, else its ASCII parts and a hash; language ``zho``;
  every ``FRBRdate`` a full date (a year or month alone is padded, and ``name`` says so).
* Structure: 编/分编/章/节/条/款 → book/part/chapter/section/article/paragraph; 项 and 目 (items under an
  article) → point; the 公文 ladder (一、（一）1.（1）①) → ``hcontainer name="item"``; banner and title →
  ``preface``, preamble → ``preamble``, signature block → ``conclusions``, 附件 → ``attachments``
  (each a ``doc name="annex"``).  eIds are the node ids (ASCII, path-style like AKN's own).
* Inline: money, percent, count and duration clauses → ``<inline name="money|…">``, dates with a full
  day → ``<date date="…">`` (others ``<inline name="date">``), cross-references → ``<ref href="#eId">``.
* ``<proprietary>`` keeps what AKN has no place for: every node's and clause's source span, the
  source path and hash, polc's format version.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from hashlib import blake2b
from importlib import resources
from pathlib import Path
from typing import Any

from .model import FORMAT_VERSION
from .paths import document_json

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
POLC = "https://polc.dev/ns/akn-proprietary/1.0"
ET.register_namespace("", AKN)
ET.register_namespace("polc", POLC)

HIERARCHY = {"part": "book", "subpart": "part", "chapter": "chapter", "section": "section", "article": "article",
             "paragraph": "paragraph"}
INLINE_TYPES = ("money", "percent", "count", "duration", "date")
PROVINCES = {"北京": "bj", "天津": "tj", "河北": "he", "山西": "sx", "内蒙古": "nm", "辽宁": "ln", "吉林": "jl",
             "黑龙江": "hl", "上海": "sh", "江苏": "js", "浙江": "zj", "安徽": "ah", "福建": "fj", "江西": "jx",
             "山东": "sd", "河南": "ha", "湖北": "hb", "湖南": "hn", "广东": "gd", "广西": "gx", "海南": "hi",
             "重庆": "cq", "四川": "sc", "贵州": "gz", "云南": "yn", "西藏": "xz", "陕西": "sn", "甘肃": "gs",
             "青海": "qh", "宁夏": "nx", "新疆": "xj", "台湾": "tw", "香港": "hk", "澳门": "mo"}
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold


def _q(tag: str) -> str:
    return f"{{{AKN}}}{tag}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: Any) -> ET.Element:
    element = ET.SubElement(parent, _q(tag), {k: str(v) for k, v in attributes.items() if v is not None})
    if text:
        element.text = _clean(text)
    return element


def _clean(text: str) -> str:
    return _XML_BAD.sub("\ufffd", text)


def document_xml(doc: dict[str, Any]) -> bytes:
    """The Akoma Ntoso XML of one validated document (UTF-8, with an XML declaration)."""
    root = ET.Element(_q("akomaNtoso"))
    body_nodes = [n for n in doc["body"] if n["kind"] not in ("header", "preamble", "closing", "annex")]
    act = any(n["kind"] == "article" for n in _walk(doc["body"]))
    work = ET.SubElement(root, _q("act" if act else "doc"), {"name": "act" if act else "notice"})
    frbr = Frbr(doc, "act" if act else "doc")
    _meta(work, doc, frbr)
    _preface(work, [n for n in doc["body"] if n["kind"] == "header"], "preface")
    _preface(work, [n for n in doc["body"] if n["kind"] == "preamble"], "preamble")
    main = _sub(work, "body" if act else "mainBody")
    for node in body_nodes:
        _node(main, node, inside_article=False)
    if not body_nodes:
        _sub(_sub(main, "hcontainer", name="empty", eId="body_empty"), "content").append(ET.Element(_q("p")))
    _preface(work, [n for n in doc["body"] if n["kind"] == "closing"], "conclusions")
    annexes = [n for n in doc["body"] if n["kind"] == "annex"]
    if annexes:
        attachments = _sub(work, "attachments")
        for k, annex in enumerate(annexes, 1):
            _attachment(_sub(attachments, "attachment", eId=f"att_{k}"), doc, annex, frbr, k)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


class Frbr:
    """The FRBR identity of a document: ``/akn/cn[-region]/<type>/<date>/<number>``."""

    def __init__(self, doc: dict[str, Any], doctype: str):
        meta = doc["meta"]
        date = meta.get("date") or {}
        self.date, self.date_name = _full_date(date.get("value"), date.get("precision"))
        self.uri_date = date.get("value") if date.get("value") else "0001"
        self.country = _region(doc)
        self.number = _number(doc["id"])
        self.work = f"/akn/{self.country}/{doctype}/{self.uri_date}/{self.number}"
        self.expression = f"{self.work}/zho@{self.date if date.get('value') else ''}"
        self.issuers = [i["name"] for i in meta.get("issuer") or []]


def _full_date(value: str | None, precision: str | None) -> tuple[str, str]:
    """A full xs:date for FRBRdate and the name that says what it is."""
    if not value:
        return "0001-01-01", "unknown"
    padded = (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10] if len(value) == 7 else value
    return padded, "成文日期" if precision in (None, "day") else f"成文日期 ({precision} only)"


def _number(doc_id: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9_.\-]+", doc_id):
        return doc_id
    ascii_parts = "-".join(p for p in re.findall(r"[A-Za-z0-9_\-]+", doc_id) if p.strip("-_"))
    digest = blake2b(doc_id.encode("utf-8"), digest_size=4).hexdigest()
    return f"{ascii_parts}-{digest}" if ascii_parts else digest


def _region(doc: dict[str, Any]) -> str:
    """``cn``, or ``cn-<province>`` for a text of a province or of a place in one: the first province,
    city or county (one whose name no other province shares) named in its issuers or title."""
    meta = doc["meta"]
    if (meta.get("level") or {}).get("value") == "national":
        return "cn"
    names, places = _places()
    for text in [i["name"] for i in meta.get("issuer") or []] + [(meta.get("title") or {}).get("text") or doc["title"]]:
        found = places.search(_BOOK_TITLE.sub("", text.lstrip("《").replace("》", "", 1) if text.startswith("《")
                                              else text))
        if found:
            return f"cn-{names[found.group()]}"
    return "cn"


_BOOK_TITLE = re.compile(r"《[^》]*》")  # a cited law's place is not the text's own (a title in 《》 is unwrapped first)


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], re.Pattern]:
    """Place name → ISO code of its province (provinces by their short names; cities and counties of
    divisions.tsv with and without 市, where the name is at least two characters — three for a county —
    and belongs to one province), and one pattern that finds the first of them, longest first."""
    found: dict[str, set[str]] = {name: {code} for name, code in PROVINCES.items()}
    text = resources.files("polc").joinpath("data/divisions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        parts = line.split("\t")
        if line.startswith("#") or len(parts) < 3 or parts[0] not in ("city", "county"):
            continue
        code = next((c for p, c in PROVINCES.items() if parts[2].startswith(p)), None)
        if code:
            for name in {parts[1], parts[1].removesuffix("市")}:
                if len(name) >= (2 if parts[0] == "city" else 3):
                    found.setdefault(name, set()).add(code)
    names = {name: codes.pop() for name, codes in found.items() if len(codes) == 1}
    return names, re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))


def _meta(parent: ET.Element, doc: dict[str, Any], frbr: Frbr, component: str = "!main") -> None:
    meta = _sub(parent, "meta")
    ident = _sub(meta, "identification", source="#polc")
    authors = "#" + _tlc_id(frbr.issuers[0]) if frbr.issuers else "#polc"
    work = _sub(ident, "FRBRWork")
    _sub(work, "FRBRthis", value=f"{frbr.work}/{component}")
    _sub(work, "FRBRuri", value=frbr.work)
    _sub(work, "FRBRalias", value=_clean(doc["title"]), name="title")
    _sub(work, "FRBRdate", date=frbr.date, name=frbr.date_name)
    _sub(work, "FRBRauthor", href=authors)
    _sub(work, "FRBRcountry", value=frbr.country)
    _sub(work, "FRBRnumber", value=frbr.number)
    expression = _sub(ident, "FRBRExpression")
    _sub(expression, "FRBRthis", value=f"{frbr.expression}/{component}")
    _sub(expression, "FRBRuri", value=frbr.expression)
    _sub(expression, "FRBRdate", date=frbr.date, name=frbr.date_name)
    _sub(expression, "FRBRauthor", href=authors)
    _sub(expression, "FRBRlanguage", language="zho")
    manifestation = _sub(ident, "FRBRManifestation")
    _sub(manifestation, "FRBRthis", value=f"{frbr.expression}/{component}.xml")
    _sub(manifestation, "FRBRuri", value=f"{frbr.expression}.akn")
    _sub(manifestation, "FRBRdate", date=frbr.date, name=frbr.date_name)
    _sub(manifestation, "FRBRauthor", href="#polc")
    _sub(manifestation, "FRBRformat", value="application/akn+xml")
    if component != "!main":
        return
    references = _sub(meta, "references", source="#polc")
    _sub(references, "TLCOrganization", eId="polc", href="/ontology/organization/polc", showAs="polc")
    for name in dict.fromkeys(frbr.issuers):
        _sub(references, "TLCOrganization", eId=_tlc_id(name), href=f"/ontology/organization/cn/{_tlc_id(name)}",
             showAs=name)
    proprietary = _sub(meta, "proprietary", source="#polc")
    spans = ET.SubElement(proprietary, f"{{{POLC}}}source", {
        "path": _clean(doc["source"]["path"]), "sha256": doc["source"]["sha256"], "json": document_json(doc["id"]),
        "id": _clean(doc["id"]), "start": str(doc["source"]["span"][0]), "end": str(doc["source"]["span"][1]),
        "format_version": FORMAT_VERSION})
    for node in _walk(doc["body"]):
        item = ET.SubElement(spans, f"{{{POLC}}}node", {"eId": node["id"], "kind": node["kind"],
                                                         "start": str(node["span"][0]), "end": str(node["span"][1])})
        for clause in node["clauses"]:
            ET.SubElement(item, f"{{{POLC}}}clause", {"eId": clause["id"], "type": clause["type"],
                                                      "role": clause["role"], "start": str(clause["span"][0]),
                                                      "end": str(clause["span"][1])})


def _tlc_id(name: str) -> str:
    return "org_" + blake2b(name.encode("utf-8"), digest_size=4).hexdigest()


def _walk(nodes: list[dict[str, Any]]):
    for node in nodes:
        yield node
        yield from _walk(node["children"])


def _preface(parent: ET.Element, nodes: list[dict[str, Any]], tag: str) -> None:
    """Banner and title (preface), preamble or signature block (conclusions): each node a paragraph."""
    if not nodes:
        return
    container = _sub(parent, tag)
    for node in nodes:
        for part in _walk([node]):
            _paragraph(container, part, eId=part["id"])


def _paragraph(parent: ET.Element, node: dict[str, Any], **attributes: Any) -> None:
    """One ``<p>`` with the node's printed number, heading and text (inline marks in the text)."""
    p = _sub(parent, "p", **attributes)
    lead = " ".join(x for x in (node["num"], node["heading"]) if x)
    if lead:
        p.text = _clean(lead + (" " if node["text"] else ""))
    _inline(p, node)


def _node(parent: ET.Element, node: dict[str, Any], inside_article: bool) -> None:
    """A node of the body as a hierarchical element (``hcontainer`` where AKN has no name for it)."""
    kind = node["kind"]
    if kind in HIERARCHY:
        tag, attributes = HIERARCHY[kind], {"eId": node["id"]}
    elif kind == "item" and inside_article:
        tag, attributes = "point", {"eId": node["id"]}
    else:
        tag, attributes = "hcontainer", {"eId": node["id"], "name": kind if kind != "item" else "item"}
    element = _sub(parent, tag, **attributes)
    if node["num"]:
        _sub(element, "num", node["num"])
    if node["heading"]:
        _sub(element, "heading", node["heading"])
    children = node["children"]
    below = inside_article or kind in ("article", "paragraph")
    if not children:
        content = _sub(element, "content")
        p = _sub(content, "p")
        _inline(p, node)
        return
    if node["text"]:
        p = _sub(_sub(element, "intro"), "p")
        _inline(p, node)
    for child in children:
        if child["kind"] == "annex":  # an annex inside the body stays where it is, as a container
            _node(element, {**child, "kind": "annex"}, below)
        else:
            _node(element, child, below)


def _marks(node: dict[str, Any]) -> list[tuple[int, int, str, dict[str, str]]]:
    """Non-overlapping inline marks of the node's text: (start, end, tag, attributes), in order."""
    marks = []
    for ref in node.get("refs") or []:
        if ref.get("text_span") and ref["targets"]:
            marks.append((*ref["text_span"], "ref", {"href": "#" + ref["targets"][0]}))
    for clause in node["clauses"]:
        span = clause.get("text_span")
        if not span or clause["type"] not in INLINE_TYPES:
            continue
        value = clause.get("value")
        if clause["type"] == "date" and isinstance(value, str) and len(value) == 10 and not clause["relative"]:
            marks.append((*span, "date", {"date": value, "eId": clause["id"]}))
        else:
            marks.append((*span, "inline", {"name": clause["type"], "eId": clause["id"], "class": clause["role"]}))
    chosen, end = [], -1
    for mark in sorted(marks, key=lambda m: (m[0], -m[1])):
        if mark[0] >= end and mark[1] > mark[0]:
            chosen.append(mark)
            end = mark[1]
    return chosen


def _inline(p: ET.Element, node: dict[str, Any]) -> None:
    """The node's text at the end of ``p``, with its marks as child elements."""
    text, at, last = node["text"], 0, None
    for start, end, tag, attributes in _marks(node):
        _append(p, last, text[at:start])
        last, at = _sub(p, tag, text[start:end], **attributes), end
    _append(p, last, text[at:])


def _append(p: ET.Element, last: ET.Element | None, text: str) -> None:
    if not text:
        return
    if last is None:
        p.text = (p.text or "") + _clean(text)
    else:
        last.tail = (last.tail or "") + _clean(text)


def _attachment(parent: ET.Element, doc: dict[str, Any], annex: dict[str, Any], frbr: Frbr, k: int) -> None:
    """An annex as an attached ``doc name="annex"`` with its own identity (``…/!annex_k``)."""
    attached = _sub(parent, "doc", name="annex")
    _meta(attached, doc, frbr, component=f"annex_{k}")
    if annex["num"] or annex["heading"]:
        preface = _sub(attached, "preface")
        _sub(preface, "p", " ".join(x for x in (annex["num"], annex["heading"]) if x))
    main = _sub(attached, "mainBody")
    if annex["text"] or not annex["children"]:
        p = _sub(_sub(main, "hcontainer", name="annex_text", eId=f"{annex['id']}__text"), "content")
        _inline(_sub(p, "p"), annex)
    for child in annex["children"]:
        _node(main, child, inside_article=False)


class AknWriter:
    """Writes ``OUT/akn/<id>.xml`` for each document ``add``-ed (the build's writer interface)."""

    def __init__(self, out: Path):
        self.folder = out / "akn"
        self.folder.mkdir(parents=True, exist_ok=True)

    def add(self, doc: dict[str, Any]) -> None:
        (self.folder / akn_name(doc["id"])).write_bytes(document_xml(doc))

    def close(self) -> None:
        pass


def akn_name(doc_id: str) -> str:
    """The file name of a document's XML: its JSON file's name, with ``.xml``."""
    return Path(document_json(doc_id)).with_suffix(".xml").name


def write_akn(out: Path, documents) -> None:
    """``OUT/akn/<id>.xml`` for every validated document."""
    writer = AknWriter(out)
    for doc in documents:
        writer.add(doc)

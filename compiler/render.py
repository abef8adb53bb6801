"""Render the reviewers' pages from validated JSON only, with Jinja (autoescape on).

Every ``*_page`` function takes dicts that passed the schemas (documents, and the compare and
diff data of ``reduce``) and returns a page as a string; nothing reads the parse tree or the
source text.  Node trees are written by ``markup`` in Python; the templates are flat.  Paths
inside pages are relative, so the output opens from the file system with no server.
"""
from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from . import markup
from .amounts import clause_label
from .provisions import subtree_clauses, walk
from .diff import KINDS
from . import labels, textindex
from .diffpage import diff_entries, diff_toc  # noqa: F401 — diff_entries is the diff page's reading
from .labels import label
from .markup import ROLE_NAMES, href, plain
from .paths import document_html
from .docstore import counts, index_fields

META_FIELDS = (("title", "标题"), ("issuer", "发文机关"), ("doc_number", "文号"), ("date", "日期"),
               ("status", "状态"), ("level", "层级"), ("effective", "施行"), ("expires", "失效"),
               ("repeals", "废止"), ("references", "引用"), ("attachments", "附件"))
AMOUNT_TYPES = ("money", "percent")
OUTLINE_KINDS = {"preamble", "part", "subpart", "chapter", "section", "article", "item", "annex", "closing"}
STATUS_NAMES = {"draft": "征求意见稿", "trial": "试行", "interim": "暂行", "final": "正式", "repealed": "已废止",
                "amended": "已修改"}
LEVEL_NAMES = {"national": "国家级", "provincial": "省级", "municipal": "市级", "county": "县级"}
INDEX_COLUMNS = (("title", "标题"), ("issuer", "发文机关"), ("doc_number", "文号"), ("date", "日期"), ("effective", "施行"),
                 ("status", "状态"), ("level", "层级"), ("nodes", "节点"), ("clauses", "数值"), ("diagnostics", "诊断"))
KIND_NAMES = {"keep": "未变", "update": "修改", "insert": "新增", "delete": "删除", "move": "移动",
              "renumber": "重新编号", "split": "拆分", "join": "合并", "format": "仅格式"}


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja environment: package templates, autoescape for every page, strict undefined."""
    env = Environment(loader=PackageLoader("polc", "templates"), autoescape=select_autoescape(default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["href"] = lambda path: markup.Markup(href(path))
    env.filters["plain"] = plain
    env.filters["meta"] = meta_text
    env.globals.update(kind_names=KIND_NAMES, kinds=KINDS, role_names=ROLE_NAMES)
    return env


def page(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` with ``context``."""
    return environment().get_template(template).render(**context)


def asset(name: str) -> str:
    """The text of a file the pages share (``polc.css``)."""
    return (resources.files("polc.templates") / name).read_text(encoding="utf-8")


def document_page(doc: dict, related: list[dict]) -> str:
    """``docs/<id>.html``: metadata, outline, the text with clauses and references marked, diagnostics."""
    targets = {n["id"]: f"#{n['id']}" for n in walk(doc["body"])}
    diagnostics = [{**d, "node": innermost(doc["body"], d["span"])} for d in doc["diagnostics"]]
    flags: dict[str, list[int]] = {}
    for k, d in enumerate(diagnostics):
        if d["node"]:
            flags.setdefault(d["node"], []).append(k)
    names = labels.names(doc)
    body_html, pages = markup.body(doc["body"], targets, diagnostics, flags, names, PAGE_CHARS)
    return page("document.html", root="../", doc=doc, meta=meta_rows(doc["meta"]), counts=counts(doc),
                outline_html=markup.outline(outline(doc["body"])), related=related, pages=pages,
                body_html=body_html, diagnostics=diagnostics, summary=summary(doc, names))


def summary(doc: dict, names: dict[str, str]) -> dict[str, Any]:
    """The document at a glance: each programme with who may apply, its amounts (readable, as
    ``markup.gloss`` says them) and its deadline, each linked to its place; and the key dates."""
    clauses = {c["id"]: (c, n["id"]) for n in walk(doc["body"]) for c in n.get("clauses", []) if "id" in c}
    programmes = []
    for p in doc.get("programmes", []):
        amounts = [_amount(clauses[i][0], names.get(clauses[i][1], "")) for i in p.get("benefits", []) if i in clauses]
        deadline = clauses.get(p.get("deadline") or "")
        programmes.append({"title": p["title"], "href": f"#{p['node']}", "where": names.get(p["node"], ""),
                           "who": _who(p.get("applicants")), "amounts": amounts,
                           "deadline": {"text": date_text(deadline[0]), "href": f"#{deadline[0]['id']}"}
                           if deadline else None})
    dates = [(name, meta_text(doc["meta"], key)) for key, name in (("date", "成文日期"), ("effective", "施行"),
                                                                   ("expires", "失效"))]
    dates = [{"label": name, "text": text} for name, text in dates if text]
    deadlines = {date_text(c): c for c, _ in clauses.values() if c.get("type") == "date" and c.get("role") == "deadline"}
    dates += [{"label": "截止", "text": text, "href": f"#{c['id']}"} for text, c in list(deadlines.items())[:6]]
    return {"programmes": programmes, "dates": dates}


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def date_text(clause: dict) -> str:
    """A date clause as a reader writes it, from its value (2022-01-30 → 2022年1月30日, also where the
    source has a typo: 2022为1月30日), else as printed."""
    found = _ISO_DAY.fullmatch(str(clause.get("value") or ""))
    if not found:
        return clause.get("text", "")
    return f"{found[1]}年{int(found[2])}月{int(found[3])}日"


def _amount(clause: dict, where: str) -> dict[str, str]:
    said = markup.gloss(clause) or clause.get("text", "")
    return {"text": said, "href": f"#{clause['id']}", "where": where}


def _who(group: dict | None, limit: int = 3) -> str:
    """Who may apply, in the text's words: the distinct texts of a programme's applicant tests."""
    texts: list[str] = []

    def visit(g: dict) -> None:
        for item in g.get("items", []):
            if "items" in item:
                visit(item)
            elif re.search(r"\w", item.get("text") or "") and item["text"] not in texts:
                texts.append(item["text"])
    if group:
        visit(group)
    shown = [t if len(t) <= 40 else t[:40] + "…" for t in texts[:limit]]
    return "；".join(shown) + ("…" if len(texts) > limit else "")


def compare_page(table: Any, docs: list[dict]) -> str:
    """``compare/<slug>.html``: one row per topic, one column per document (``table``: a ``reduce.Table``)."""
    data = table.data
    nodes = [_nodes(d) for d in docs]
    printed = [labels.names(d) for d in docs]
    columns = [{"title": d["title"], "href": "../" + document_html(d["id"]), "caption": caption(d),
                "unmatched": cell(d, ns, data["unmatched"].get(d["id"], []), "../", names)}
               for d, ns, names in zip(docs, nodes, printed)]
    rows = [{"topic": r["topic"], "score": r["score"],
             "cells": [cell(d, ns, r["cells"].get(d["id"], []), "../", names, quotes=True)
                       for d, ns, names in zip(docs, nodes, printed)]}
            for r in data["rows"]]
    for row in rows:
        row["weight"] = 60 + sum(40 + sum(len(p["label"]) + sum(20 + len(a["quote"]) for a in p["notes"]) for p in c)
                                 for c in row["cells"])  # a cell's head on a phone: the document's title
    pages = paginate(rows, PAGE_CHARS)
    return page("compare.html", root="../", title=table.title, table=data, columns=columns, rows=rows,
                slug=table.slug, pages=pages, page_chars=PAGE_CHARS)


def compare_csv(data: dict, docs: list[dict]) -> str:
    """The comparison as CSV for spreadsheets: one row per topic, label and amounts per document."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    nodes = [_nodes(d) for d in docs]
    writer.writerow(["主题", "相似度"] + [f"{d['title']} {col}" for d in docs for col in ("条款", "数值", "节点")])
    for row in data["rows"]:
        cells = []
        for d, ns in zip(docs, nodes):
            parts = cell(d, ns, row["cells"].get(d["id"], []), "")
            cells += ["；".join(p["label"] for p in parts), "；".join(a for p in parts for a in p["amounts"]),
                      " ".join(row["cells"].get(d["id"], []))]
        writer.writerow([row["topic"], row["score"]] + cells)
    return "\ufeff" + out.getvalue()


def diff_page(script: dict, old: dict, new: dict, name: str = "diff", standalone: bool = False,
              notes: list[dict] = ()) -> str:
    """``diff/<name>.html`` for an edit script, with the reduce stage's ``notes`` on its versions.

    Provisions are named as printed (``labels``), never by id; a table of contents groups the
    changes by chapter with counts by kind; the kinds are filters, and long diffs are cut into
    pages (``PAGE_CHARS``) shown one at a time.  ``standalone`` (``polc diff --html``) makes a
    page that stands alone: the CSS and script inlined and no link to a page it does not come with."""
    extra = {"inline_css": asset("polc.css"), "inline_js": asset("polc.js")} if standalone else {}
    entries = diff_entries(script, old, new)
    counts = {k: n for k in (*KINDS[1:], "format") if (n := sum(e["kind"] == k for e in entries))}
    return page("diff.html", root="../", script=script, old=old, new=new, slug=name, standalone=standalone,
                old_href="../" + document_html(old["id"]), new_href="../" + document_html(new["id"]),
                old_caption=caption(old), new_caption=caption(new), entries=entries,
                toc=diff_toc(entries), counts=counts, pages=paginate(entries, PAGE_CHARS), page_chars=PAGE_CHARS,
                notes=[note_text(n) for n in notes], **extra)


def index_page(index: dict, by_id: Callable[[str], dict], tables: list[Any], diffs: list[Any],
               notes: list[dict] = ()) -> str:
    """``index.html``: every document with its metadata and counts (sortable, filtered by text,
    status and level), then the tables and diffs, then the reduce stage's ``notes``.  ``by_id``
    gives a document, or its head (``docstore``), by id."""
    documents = []
    for entry in index["documents"]:
        doc = by_id(entry["id"])
        meta = doc["meta"]
        shown = {k: meta_text(meta, k) for k in ("issuer", "doc_number", "date", "effective", "status", "level")}
        search = " ".join([doc["title"], doc["id"], entry["source"], *shown.values()])
        fields = index_fields(doc)
        rank = list(LEVEL_NAMES).index(fields["level"]) if fields["level"] in LEVEL_NAMES else len(LEVEL_NAMES)
        documents.append({"title": doc["title"], "source": entry["source"], "href": document_html(doc["id"]),
                          "fields": fields, **shown, "counts": counts(doc), "search": search.lower(),
                          "level_rank": rank})
    return page("index.html", root="", documents=documents, columns=INDEX_COLUMNS, shards=textindex.SEARCH_SHARDS,
                page_rows=PAGE_ROWS,
                numeric=("nodes", "clauses", "diagnostics"), status_names=STATUS_NAMES, level_names=LEVEL_NAMES,
                tables=[{"href": f"compare/{t.slug}.html", "title": t.title, "rows": len(t.data["rows"])}
                        for t in tables],
                diffs=[{"href": f"diff/{d.slug}.html", "title": d.title, "format": d.data["summary"].get("format", 0),
                        "changes": sum(v for k, v in d.data["summary"].items() if k not in ("keep", "format"))}
                       for d in diffs], notes=[note_text(n) for n in notes])


def meta_rows(meta: dict) -> list[tuple[str, str]]:
    """The metadata panel: known fields in a fixed order, then any others by name; empty ones left out."""
    known = dict(META_FIELDS)
    rows = [(label, meta_text(meta, key)) for key, label in META_FIELDS]
    rows += [(key, plain(value)) for key, value in sorted(meta.items()) if key not in known]
    return [(label, text) for label, text in rows if text]


def meta_text(meta: dict, key: str) -> str:
    """One metadata field as text; a status and a level are named in Chinese (a level by its value:
    省级, never the words it was read from)."""
    value = meta.get(key)
    code = value.get("value") if isinstance(value, dict) else value
    if key == "status":
        return STATUS_NAMES.get(code, plain(value)) if code else plain(value)
    if key == "level":
        return LEVEL_NAMES.get(code, "")
    return plain(value)


def outline(nodes: list[dict]) -> list[dict]:
    """The navigable hierarchy: numbered units and their labels, paragraphs and header lines left out."""
    entries = []
    for node in nodes:
        if node["kind"] in OUTLINE_KINDS:
            entries.append({"id": node["id"], "label": label(node), "children": outline(node["children"])})
        else:
            entries += outline(node["children"])
    return entries


def innermost(nodes: list[dict], span: list[int]) -> str | None:
    """Id of the innermost node whose span contains ``span`` (None when no node does)."""
    for node in nodes:
        start, end = node["span"]
        if start <= span[0] and span[1] <= end and (span[0] < end or start == end == span[0]):
            return innermost(node["children"], span) or node["id"]
    return None


def _nodes(doc: dict) -> dict[str, dict]:
    return {n["id"]: n for n in walk(doc["body"])}


def cell(doc: dict, nodes: dict[str, dict], node_ids: list[str], prefix: str, names: dict[str, str] | None = None,
         quotes: bool = False) -> list[dict]:
    """A comparison cell: each aligned node's label, link and amounts (``nodes``: the document's id
    map); with ``quotes``, each amount also with its role, readable value and a short quote of what
    it pays for (``notes``)."""
    names = names or {}
    return [{"label": label(nodes[i]), "name": names.get(i, ""), "href": f"{prefix}{document_html(doc['id'])}#{i}",
             "amounts": amounts(nodes[i]), "notes": amount_notes(nodes[i], doc, prefix) if quotes else []}
            for i in node_ids if i in nodes]


_CLAUSE_START = re.compile(r"[。；;！？\n]")


def amount_notes(node: dict, doc: dict, prefix: str, width: int = 28) -> list[dict]:
    """Each amount, cap and rate of a provision with what it is (its role: 金额上限, 比例…), what
    it says (``markup.gloss``: 最高 30万元) and the words before it in its sentence, at most
    ``width`` characters (``…对获批国家知识产权示范和优势企业的，分别给予每户5万元``), linked to its place."""
    notes, seen = [], set()
    for n in walk([node]):
        for c in n.get("clauses", []):
            if c.get("type") not in AMOUNT_TYPES or not isinstance(c.get("text_span"), list):
                continue
            start, end = c["text_span"]
            cut = max((m.end() for m in _CLAUSE_START.finditer(n["text"], 0, start)), default=0)
            quote = n["text"][cut:end]
            quote = quote if len(quote) <= width else "…" + quote[-width:]
            if (quote, c.get("text")) in seen:
                continue
            seen.add((quote, c.get("text")))
            notes.append({"role": clause_label(c), "text": markup.gloss(c) or c.get("text", ""), "quote": quote,
                          "href": f"{prefix}{document_html(doc['id'])}#{c['id'] if 'id' in c else n['id']}"})
    return notes


def amounts(node: dict) -> list[str]:
    """Amounts, caps and rates of a provision (money and percent clauses), each once: ``金额上限 30万元``."""
    shown = [f"{clause_label(c)} {c.get('text', '')}" for c in subtree_clauses(node) if c.get("type") in AMOUNT_TYPES]
    return list(dict.fromkeys(shown))


PAGE_ROWS = 25  # documents on one page of the index
PAGE_CHARS = 6000  # characters of text on one page of a long diff, comparison or document (README: The reviewers' site)


def paginate(items: list[dict], budget: int, weight: str = "weight") -> int:
    """Give each item a ``page`` (1…) so that a page holds at most ``budget`` of their ``weight``
    (an item heavier than that alone); return the number of pages.  Items with ``hidden`` set
    (shown only when a filter asks) get page 0 and count for none."""
    page_no, used = 1, 0
    for item in items:
        if item.get("kind") == "format":
            item["page"] = 0
            continue
        if used and used + item[weight] > budget:
            page_no, used = page_no + 1, 0
        item["page"], used = page_no, used + item[weight]
    return page_no if items else 1


def caption(doc: dict) -> dict[str, str]:
    """What names a document beside its title: issuer, level and date (成文日期), each '' when unknown."""
    meta = doc["meta"]
    return {"issuer": meta_text(meta, "issuer") or region(doc), "level": meta_text(meta, "level"),
            "date": meta_text(meta, "date"), "number": meta_text(meta, "doc_number")}


def region(doc: dict) -> str:
    """Where a document's programmes apply (连云港市), when its issuer is not known: the region
    its applicants must be in, as the programmes' tests name it; '' when none does."""
    found: list[str] = []

    def visit(group: dict) -> None:
        for item in group.get("items", []):
            if "items" in item:
                visit(item)
            elif (item.get("test") or {}).get("fact") == "region":
                found.extend(v for v in item["test"].get("value") or [] if isinstance(v, str))
    for p in doc.get("programmes", []):
        visit(p.get("applicants") or {})
    return max(dict.fromkeys(found), key=found.count) if found else ""


def note_text(note: dict) -> dict[str, str]:
    """A warning of the reduce stage in Chinese, with what to check."""
    if note["code"] == "version-date-mismatch" and note.get("text_date"):
        message = (f"文件名中的日期 {note['file_date']} 与正文所载日期 {note['text_date']} 不一致，版本按 "
                   f"{note['text_date']} 排序。请核对原文的公布、修正日期，或更正文件名。")
    else:
        message = note["message"]
    return {"path": note["path"], "code": note["code"], "message": message}

"""Render the reviewers' pages from validated JSON only, with Jinja (autoescape on).

Every ``*_page`` function takes dicts that passed the schemas (documents, and the compare and
diff data of ``reduce``) and returns a page as a string; nothing reads the parse tree or the
source text.  Node trees are written by ``markup`` in Python; the templates are flat.  Paths
inside pages are relative, so the output opens from the file system with no server.
"""
from __future__ import annotations

import csv
import io
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from . import markup
from .amounts import clause_label
from .provisions import full_text, subtree_clauses, unit_text, walk
from .diff import KINDS
from .worddiff import token_diff
from .markup import ROLE_NAMES, href, plain
from .paths import document_html
from .docstore import counts
from .reduce import index_fields

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
              "renumber": "重新编号", "split": "拆分", "join": "合并"}


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
    return page("document.html", root="../", doc=doc, meta=meta_rows(doc["meta"]), counts=counts(doc),
                outline_html=markup.outline(outline(doc["body"])), related=related,
                body_html=markup.body(doc["body"], targets, diagnostics, flags), diagnostics=diagnostics)


def compare_page(table: Any, docs: list[dict]) -> str:
    """``compare/<slug>.html``: one row per topic, one column per document (``table``: a ``reduce.Table``)."""
    data = table.data
    nodes = [_nodes(d) for d in docs]
    columns = [{"title": d["title"], "href": "../" + document_html(d["id"]),
                "unmatched": cell(d, ns, data["unmatched"].get(d["id"], []), "../")} for d, ns in zip(docs, nodes)]
    rows = [{"topic": r["topic"], "score": r["score"],
             "cells": [cell(d, ns, r["cells"].get(d["id"], []), "../") for d, ns in zip(docs, nodes)]}
            for r in data["rows"]]
    return page("compare.html", root="../", title=table.title, table=data, columns=columns, rows=rows,
                slug=table.slug)


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

    ``standalone`` (``polc diff --html``) makes a page that stands alone: the CSS inlined and no
    link to a page or file it does not come with."""
    extra = {"inline_css": asset("polc.css")} if standalone else {}
    return page("diff.html", root="../", script=script, old=old, new=new, slug=name, standalone=standalone,
                old_href="../" + document_html(old["id"]), new_href="../" + document_html(new["id"]),
                entries=diff_entries(script, old, new), notes=list(notes), **extra)


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
    return page("index.html", root="", documents=documents, columns=INDEX_COLUMNS,
                numeric=("nodes", "clauses", "diagnostics"), status_names=STATUS_NAMES, level_names=LEVEL_NAMES,
                tables=[{"href": f"compare/{t.slug}.html", "title": t.title, "rows": len(t.data["rows"])}
                        for t in tables],
                diffs=[{"href": f"diff/{d.slug}.html", "title": d.title, "format": d.data["summary"].get("format", 0),
                        "changes": sum(v for k, v in d.data["summary"].items() if k not in ("keep", "format"))}
                       for d in diffs], notes=list(notes))


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


def label(node: dict, width: int = 24) -> str:
    """``第五条 标题`` or the number and the start of the text."""
    rest = node.get("heading") or full_text(node).strip()
    rest = rest if len(rest) <= width else rest[:width] + "…"
    return " ".join(part for part in (node.get("num") or "", rest) if part)


def innermost(nodes: list[dict], span: list[int]) -> str | None:
    """Id of the innermost node whose span contains ``span`` (None when no node does)."""
    for node in nodes:
        start, end = node["span"]
        if start <= span[0] and span[1] <= end and (span[0] < end or start == end == span[0]):
            return innermost(node["children"], span) or node["id"]
    return None


def _nodes(doc: dict) -> dict[str, dict]:
    return {n["id"]: n for n in walk(doc["body"])}


def cell(doc: dict, nodes: dict[str, dict], node_ids: list[str], prefix: str) -> list[dict]:
    """A comparison cell: each aligned node's label, link and amounts (``nodes``: the document's id map)."""
    return [{"label": label(nodes[i]), "href": f"{prefix}{document_html(doc['id'])}#{i}",
             "amounts": amounts(nodes[i])}
            for i in node_ids if i in nodes]


def amounts(node: dict) -> list[str]:
    """Amounts, caps and rates of a provision (money and percent clauses), each once: ``金额上限 30万元``."""
    shown = [f"{clause_label(c)} {c.get('text', '')}" for c in subtree_clauses(node) if c.get("type") in AMOUNT_TYPES]
    return list(dict.fromkeys(shown))


def diff_entries(script: dict, old: dict, new: dict) -> list[dict]:
    """Every change of an edit script with the texts and links the diff page shows: keeps left
    out, except those that changed format only (shown with their character differences)."""
    nodes = {("old", n["id"]): n for n in walk(old["body"])} | {("new", n["id"]): n for n in walk(new["body"])}
    entries = []
    for k, op in enumerate(script["ops"]):
        if op["op"] == "keep" and not op.get("format"):
            continue
        sides = {side: [{"id": n["id"], "label": label(n), "text": unit_text(n)}
                        for n in (nodes[(side, i)] for i in _ids(op[side]) if (side, i) in nodes)]
                 for side in ("old", "new")}
        tokens = op.get("tokens")
        if op.get("format") and sides["old"] and sides["new"]:
            tokens = token_diff(list(sides["old"][0]["text"]), list(sides["new"][0]["text"]))
        entries.append({"n": k, "op": op, "sides": sides, "tokens": tokens})
    return entries


def _ids(value: Any) -> list[str]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]

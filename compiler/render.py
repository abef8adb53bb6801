"""Render HTML pages from validated JSON only, with Jinja (autoescape on).

Every function here takes the dicts that passed the schemas and returns a page as a string;
nothing reads the parse tree or the source text.  Paths inside pages are relative, so the
output opens from the file system with no server.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from .compare import clause_label, full_text, subtree_clauses, walk
from .diff import KINDS, unit_text
from .paths import document_html

META_FIELDS = (("title", "标题"), ("issuer", "发文机关"), ("doc_number", "文号"), ("date", "日期"),
               ("status", "状态"), ("level", "层级"), ("effective", "施行"), ("expires", "失效"),
               ("repeals", "废止"), ("references", "引用"), ("attachments", "附件"))
AMOUNT_TYPES = ("money", "percent")
OUTLINE_KINDS = {"preamble", "part", "subpart", "chapter", "section", "article", "item", "annex", "closing"}
ROLE_NAMES = {"condition": "条件", "exclusion": "排除"}
STATUS_NAMES = {"draft": "征求意见稿", "trial": "试行", "interim": "暂行", "final": "正式"}
KIND_NAMES = {"keep": "未变", "update": "修改", "insert": "新增", "delete": "删除", "move": "移动",
              "renumber": "重新编号", "split": "拆分", "join": "合并"}


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja environment: package templates, autoescape for every page, strict undefined."""
    env = Environment(loader=PackageLoader("polc", "templates"), autoescape=select_autoescape(default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["href"] = lambda path: quote(path, safe="/#.-_~")
    env.filters["plain"] = plain
    env.filters["meta"] = meta_text
    env.globals.update(kind_names=KIND_NAMES, kinds=KINDS, role_names=ROLE_NAMES)
    return env


def page(template: str, **context: Any) -> str:
    """Render ``templates/<template>`` with ``context``."""
    return environment().get_template(template).render(**context)


def plain(value: Any) -> str:
    """A metadata value as text: strings as they are, lists joined, dicts by their text or value."""
    if value is None:
        return ""
    if isinstance(value, dict):
        for key in ("text", "value", "name", "title"):
            if value.get(key) not in (None, ""):
                return plain(value[key])
        return "；".join(f"{k}: {plain(v)}" for k, v in sorted(value.items()) if k not in ("span", "spans") and plain(v))
    if isinstance(value, (list, tuple)):
        return "、".join(plain(v) for v in value if plain(v))
    return str(value)


def meta_rows(meta: dict) -> list[tuple[str, str]]:
    """The metadata panel: known fields in a fixed order, then any others by name; empty ones left out."""
    known = dict(META_FIELDS)
    rows = [(label, meta_text(meta, key)) for key, label in META_FIELDS]
    rows += [(key, plain(value)) for key, value in sorted(meta.items()) if key not in known]
    return [(label, text) for label, text in rows if text]


def meta_text(meta: dict, key: str) -> str:
    """One metadata field as text; a status is named in Chinese."""
    value = meta.get(key)
    if key == "status":
        code = value.get("value") if isinstance(value, dict) else value
        return STATUS_NAMES.get(code, plain(value)) if code else plain(value)
    return plain(value)


def counts(doc: dict) -> dict[str, int]:
    """Nodes, clauses and diagnostics of a document."""
    nodes = list(walk(doc["body"]))
    return {"nodes": len(nodes), "clauses": sum(len(n.get("clauses", [])) for n in nodes),
            "diagnostics": len(doc["diagnostics"])}


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


def clause_tip(clause: dict) -> str:
    """What a clause means, for its tooltip: kind, bounds and unit, per, scope, period."""
    parts = [clause_label(clause) + ("（约）" if clause.get("approx") else ""), _bounds(clause)]
    if clause.get("per") not in (None, "", []):
        parts.append("每" + _per(clause["per"]))
    for key, name in (("scope", "范围"), ("period", "期间"), ("base", "基数"), ("applies_to", "适用")):
        if clause.get(key) not in (None, "", []):
            parts.append(f"{name} {plain(clause[key])}")
    return " · ".join(p for p in parts if p)


def _bounds(c: dict) -> str:
    unit = f" {c['unit']}" if c.get("unit") else ""
    if c.get("value") is not None:
        return f"= {_number(c['value'])}{unit}"
    low = f"{'>' if c.get('min_inclusive') is False else '≥'} {_number(c['min'])}" if c.get("min") is not None else ""
    high = f"{'<' if c.get('max_inclusive') is False else '≤'} {_number(c['max'])}" if c.get("max") is not None else ""
    return (" 且 ".join(p for p in (low, high) if p) + unit) if low or high else ""


def _per(per: Any) -> str:
    """``{"count": 1, "unit": "家"}`` → ``家``; ``{"count": 10, "unit": "项"}`` → ``10项``."""
    if isinstance(per, dict) and "unit" in per:
        return ("" if per.get("count") in (None, 1) else _number(per["count"])) + str(per["unit"])
    return plain(per)


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def clause_attrs(clause: dict) -> dict[str, str]:
    """``data-*`` attributes of a clause highlight (normalised values, for scripts and tests)."""
    keys = ("type", "role", "value", "min", "max", "unit", "per", "scope", "period")
    return {f"data-{k}": _number(clause[k]) if isinstance(clause[k], (int, float)) else
            _per(clause[k]) if k == "per" else plain(clause[k]) for k in keys if clause.get(k) not in (None, "", [])}


def segments(node: dict, targets: dict[str, str]) -> list[dict]:
    """The node's text cut into plain runs, clause highlights and reference links (nested, no overlaps)."""
    text = node["text"]
    marks = [(c["text_span"][0], c["text_span"][1], 1, {"clause": c, "tip": clause_tip(c), "attrs": clause_attrs(c),
                                                         "text": text[c["text_span"][0]:c["text_span"][1]]})
             for c in node.get("clauses", []) if _fits(c.get("text_span"), text)]
    marks += [(r["text_span"][0], r["text_span"][1], 0, {"ref": r, "href": _ref_href(r, targets)})
              for r in node.get("refs", []) if _fits(r.get("text_span"), text)]
    marks.sort(key=lambda m: (m[0], -m[1], m[2]))
    return _nest(text, 0, len(text), marks)


def _fits(span: Any, text: str) -> bool:
    return isinstance(span, list) and len(span) == 2 and 0 <= span[0] < span[1] <= len(text)


def _ref_href(ref: dict, targets: dict[str, str]) -> str | None:
    return targets.get(ref["targets"][0]) if ref.get("targets") else None


def _nest(text: str, start: int, end: int, marks: list[tuple]) -> list[dict]:
    """Pieces of ``text[start:end]``; a mark that crosses another one's end is dropped."""
    pieces, at, k = [], start, 0
    while k < len(marks):
        s, e, _, payload = marks[k]
        inner = [m for m in marks[k + 1:] if m[0] < e]
        k += 1 + len(inner)
        if s < at or e > end:
            continue
        if s > at:
            pieces.append({"text": text[at:s]})
        pieces.append({"mark": payload, "children": _nest(text, s, e, [m for m in inner if m[1] <= e])})
        at = e
    if at < end:
        pieces.append({"text": text[at:end]})
    return pieces


def innermost(nodes: list[dict], span: list[int]) -> str | None:
    """Id of the innermost node whose span contains ``span`` (None when no node does)."""
    for node in nodes:
        start, end = node["span"]
        if start <= span[0] and span[1] <= end and (span[0] < end or start == end == span[0]):
            return innermost(node["children"], span) or node["id"]
    return None


def cell(doc: dict, node_ids: list[str], prefix: str) -> list[dict]:
    """A comparison cell: each aligned node's label, link and amounts."""
    nodes = {n["id"]: n for n in walk(doc["body"])}
    return [{"label": label(nodes[i]), "href": f"{prefix}{document_html(doc['id'])}#{i}",
             "amounts": amounts(nodes[i])}
            for i in node_ids if i in nodes]


def amounts(node: dict) -> list[str]:
    """Amounts, caps and rates of a provision (money and percent clauses), each once: ``金额上限 30万元``."""
    shown = [f"{clause_label(c)} {c.get('text', '')}" for c in subtree_clauses(node) if c.get("type") in AMOUNT_TYPES]
    return list(dict.fromkeys(shown))


def diff_entries(script: dict, old: dict, new: dict) -> list[dict]:
    """Every change of an edit script with the texts and links the diff page shows (keeps left out)."""
    nodes = {("old", n["id"]): n for n in walk(old["body"])} | {("new", n["id"]): n for n in walk(new["body"])}
    entries = []
    for k, op in enumerate(script["ops"]):
        if op["op"] == "keep":
            continue
        sides = {side: [nodes[(side, i)] for i in _ids(op[side]) if (side, i) in nodes] for side in ("old", "new")}
        entries.append({"n": k, "op": op, "sides": {side: [{"id": n["id"], "label": label(n), "text": unit_text(n)}
                                                           for n in ns] for side, ns in sides.items()}})
    return entries


def _ids(value: Any) -> list[str]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]

"""HTML for document trees, written in Python: node sections, highlighted text and outlines.

Recursive Jinja macros cost most of the rendering time of big documents; these functions give
the same bytes (autoescaped with markupsafe, as Jinja does) in one pass over the tree.  Input is
validated document JSON only.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from .amounts import clause_label

ROLE_NAMES = {"condition": "条件", "exclusion": "排除"}


def esc(value: Any) -> str:
    """``value`` as Jinja's autoescape prints it."""
    return str(escape(value))


def href(path: str) -> str:
    """A relative link as the ``href`` filter writes it (percent-encoded, then escaped)."""
    return esc(quote(path, safe="/#.-_~"))


def body(nodes: list[dict], targets: dict[str, str], diagnostics: list[dict],
         flags: dict[str, list[int]]) -> Markup:
    """The ``<section>`` of every node of ``nodes`` with its descendants; ``targets`` maps node ids
    to link targets (for references), ``flags`` node ids to indices into ``diagnostics``."""
    out: list[str] = []
    stack: list[Any] = list(reversed(nodes))
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            out.append(node)
            continue
        _open(node, targets, diagnostics, flags.get(node["id"], ()), out)
        stack.append("</section>\n")
        stack.extend(reversed(node["children"]))
    return Markup("".join(out))


def _open(node: dict, targets: dict[str, str], diagnostics: list[dict], flagged, out: list[str]) -> None:
    role = node.get("role")
    out.append(f'<section id="{esc(node["id"])}" class="node k-{esc(node["kind"])}'
               + (f' role-{esc(role)}' if "role" in node else "") + '">\n')
    num, heading = node.get("num"), node.get("heading")
    if num or heading or "role" in node:
        head = ['<p class="head">']
        if num:
            head.append(f'<a class="num" href="#{esc(node["id"])}">{esc(num)}</a> ')
        if heading:
            head.append(f'<span class="heading">{esc(heading)}</span>')
        if "role" in node:
            head.append(f' <span class="badge role">{esc(ROLE_NAMES[role])}</span>')
        out.append("".join(head) + "</p>\n")
    if node["text"]:
        out.append(f'<p class="text">{pieces(segments(node, targets))}</p>\n')
    for k in flagged:
        d = diagnostics[k]
        out.append(f'<a class="flag sev-{esc(d["severity"])}" href="#diag-{k + 1}" title="{esc(d["message"])}">'
                   f'⚠ {esc(d["code"])}</a>\n')


def outline(entries: list[dict]) -> Markup:
    """The nested ``<ul>`` of an outline (``render.outline``'s entries)."""
    out: list[str] = []
    _outline(entries, out)
    return Markup("".join(out))


def _outline(entries: list[dict], out: list[str]) -> None:
    out.append("<ul>\n")
    for e in entries:
        out.append(f'<li><a href="#{esc(e["id"])}">{esc(e["label"])}</a>')
        if e["children"]:
            _outline(e["children"], out)
        out.append("</li>\n")
    out.append("</ul>\n")


def pieces(items: list[dict]) -> str:
    """The HTML of ``segments``: plain runs escaped, clauses as ``<mark>``, references as links."""
    out = []
    for p in items:
        mark = p.get("mark")
        if mark is None:
            out.append(esc(p["text"]))
        elif "clause" in mark:
            clause, tip = mark["clause"], esc(mark["tip"])
            attrs = "".join(f' {esc(k)}="{esc(v)}"' for k, v in mark["attrs"].items())
            out.append((f'<mark id="{esc(clause["id"])}"' if "id" in clause else "<mark")
                       + f' class="clause t-{esc(clause["type"])}" tabindex="0" title="{tip}"'
                       f' aria-label="{esc(mark["text"])}：{tip}" data-tip="{tip}"{attrs}>'
                       f'{pieces(p["children"])}</mark>')
        elif mark["href"]:
            out.append(f'<a class="ref" href="{href(mark["href"])}" title="→ {esc(", ".join(mark["ref"]["targets"]))}">'
                       f'{pieces(p["children"])}</a>')
        else:
            out.append(f'<span class="ref unresolved" title="引用目标不存在">{pieces(p["children"])}</span>')
    return "".join(out)


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
        return f"= {number(c['value'])}{unit}"
    low = f"{'>' if c.get('min_inclusive') is False else '≥'} {number(c['min'])}" if c.get("min") is not None else ""
    high = f"{'<' if c.get('max_inclusive') is False else '≤'} {number(c['max'])}" if c.get("max") is not None else ""
    return (" 且 ".join(p for p in (low, high) if p) + unit) if low or high else ""


def _per(per: Any) -> str:
    """``{"count": 1, "unit": "家"}`` → ``家``; ``{"count": 10, "unit": "项"}`` → ``10项``."""
    if isinstance(per, dict) and "unit" in per:
        return ("" if per.get("count") in (None, 1) else number(per["count"])) + str(per["unit"])
    return plain(per)


def number(value: Any) -> str:
    """A number as shown: ``300000.0`` → ``300000``."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def clause_attrs(clause: dict) -> dict[str, str]:
    """``data-*`` attributes of a clause highlight (normalised values, for scripts and tests)."""
    keys = ("type", "role", "value", "min", "max", "unit", "per", "scope", "period")
    return {f"data-{k}": number(clause[k]) if isinstance(clause[k], (int, float)) else
            _per(clause[k]) if k == "per" else plain(clause[k]) for k in keys if clause.get(k) not in (None, "", [])}


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

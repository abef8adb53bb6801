"""HTML for document trees, written in Python: node sections, highlighted text and outlines.

Recursive Jinja macros cost most of the rendering time of big documents; these functions give
the same bytes (autoescaped with markupsafe, as Jinja does) in one pass over the tree.  Input is
validated document JSON only.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from .amounts import clause_label

ROLE_NAMES = {"condition": "条件", "exclusion": "排除", "preference": "优先"}
_PREFERENCE = re.compile(r"\s*[^，。；]{0,12}?优先(?:支持|考虑|安排|推荐|保障|给予|纳入|列入|扶持|资助|申报)")


def esc(value: Any) -> str:
    """``value`` as Jinja's autoescape prints it (a ``str`` escaped here as markupsafe escapes it, without
    making a ``Markup`` of it first: the commonest call of a page)."""
    if type(value) is str:
        return (value.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;")
                .replace('"', "&#34;"))
    return str(escape(value))


def href(path: str) -> str:
    """A relative link as the ``href`` filter writes it (percent-encoded, then escaped)."""
    return esc(quote(path, safe="/#.-_~"))


def body(nodes: list[dict], targets: dict[str, str], diagnostics: list[dict],
         flags: dict[str, list[int]], names: dict[str, str] | None = None, budget: int = 0) -> tuple[Markup, int]:
    """The ``<section>`` of every node of ``nodes`` with its descendants, and the number of pages
    they are cut into; ``targets`` maps node ids to link targets (for references), ``flags`` node
    ids to indices into ``diagnostics``, ``names`` node ids to printed names (``labels.names``).
    A text longer than ``budget`` characters comes in pages (see ``pages``)."""
    names = names or {}
    units, spans, count = pages(nodes, budget) if budget else ({}, {}, 1)
    out: list[str] = []
    stack: list[Any] = list(reversed(nodes))
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            out.append(node)
            continue
        where = (f' data-pg="{units[node["id"]]}" data-label="{esc(names.get(node["id"], ""))}"'
                 if node["id"] in units else f' data-pgs="{spans[node["id"]]}"' if node["id"] in spans else "")
        _open(node, targets, diagnostics, flags.get(node["id"], ()), out, where, names)
        stack.append("</section>\n")
        stack.extend(reversed(node["children"]))
    return Markup("".join(out)), count


def pages(nodes: list[dict], budget: int) -> tuple[dict[str, int], dict[str, str], int]:
    """Cut a long text into pages of about ``budget`` characters: the *units* (a node whose subtree
    fits in a page, or a leaf) get a page each, in order; a node above them is shown on every page
    its units are on.  Returns unit id → page, container id → its pages ("2 3"), and the count;
    a text that fits in 1.3 pages is not cut."""
    sizes: dict[str, int] = {}

    def size(node: dict) -> int:
        sizes[node["id"]] = len(node["text"]) + len(node.get("heading") or "") + 20 + sum(map(size, node["children"]))
        return sizes[node["id"]]
    if sum(map(size, nodes)) <= budget * 1.3:
        return {}, {}, 1
    units: dict[str, int] = {}
    spans: dict[str, str] = {}
    state = [1, 0]  # page, characters on it

    def place(node: dict) -> list[int]:
        if sizes[node["id"]] <= budget or not node["children"]:
            if state[1] and state[1] + sizes[node["id"]] > budget:
                state[0], state[1] = state[0] + 1, 0
            state[1] += sizes[node["id"]]
            units[node["id"]] = state[0]
            return [state[0]]
        state[1] += sizes[node["id"]] - sum(sizes[c["id"]] for c in node["children"])
        found = sorted({k for child in node["children"] for k in place(child)})
        spans[node["id"]] = " ".join(map(str, found))
        return found
    for node in nodes:
        place(node)
    return units, spans, state[0]


def _open(node: dict, targets: dict[str, str], diagnostics: list[dict], flagged, out: list[str],
          where: str = "", names: dict[str, str] | None = None) -> None:
    role = node.get("role")
    if role == "condition" and _PREFERENCE.match(node["text"]):
        role = "preference"  # （六）优先支持…: a preference among those who qualify, not a condition
    out.append(f'<section id="{esc(node["id"])}" class="node k-{esc(node["kind"])}'
               + (f' role-{esc(role)}' if role else "") + f'"{where}>\n')
    num, heading = node.get("num"), node.get("heading")
    if num or heading or "role" in node:
        head = ['<p class="head">']
        if num:
            head.append(f'<a class="num" href="#{esc(node["id"])}">{esc(num)}</a> ')
        if heading:
            head.append(f'<span class="heading">{esc(heading)}</span>')
        if role:
            head.append(f' <span class="badge role">{esc(ROLE_NAMES[role])}</span>')
        out.append("".join(head) + "</p>\n")
    if node["text"]:
        out.append(f'<p class="text">{pieces(segments(node, targets, names))}</p>\n')
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
            said = mark["gloss"]
            out.append((f'<mark id="{esc(clause["id"])}"' if "id" in clause else "<mark")
                       + f' class="clause t-{esc(clause["type"])}" title="{tip}"'
                       f' data-tip="{tip}"{attrs}>{pieces(p["children"])}</mark>'
                       + (f'<span class="gloss r-{esc(clause.get("role") or "none")}">{esc(said)}</span>' if said else ""))
        elif mark["href"]:
            out.append(f'<a class="ref" href="{href(mark["href"])}" title="→ {esc(mark["to"])}">'
                       f'{pieces(p["children"])}</a>')
        else:
            out.append(f'<span class="ref unresolved" title="引用目标不存在">{pieces(p["children"])}</span>')
    return "".join(out)


def segments(node: dict, targets: dict[str, str], names: dict[str, str] | None = None) -> list[dict]:
    """The node's text cut into plain runs, clause highlights and reference links (nested, no overlaps)."""
    text, names = node["text"], names or {}
    marks = [(c["text_span"][0], c["text_span"][1], 1, {"clause": c, "tip": clause_tip(c), "attrs": clause_attrs(c),
                                                         "text": (said := text[c["text_span"][0]:c["text_span"][1]]),
                                                         "gloss": _unless_same(gloss(c), said)})
             for c in node.get("clauses", []) if _fits(c.get("text_span"), text)]
    marks += [(r["text_span"][0], r["text_span"][1], 0, {"ref": r, "href": _ref_href(r, targets),
                                                         "to": "、".join(names.get(t, t) for t in r["targets"])})
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


def _unless_same(said: str, text: str) -> str:
    """The gloss, unless the text already says just that (50% glossed 50%)."""
    return "" if said.replace(" ", "") == text.replace(" ", "") else said


_UNITS = {"CNY": "元", "%": "%"}
_OVER = {"cap": "最高", "floor": "最低"}


def gloss(clause: dict) -> str:
    """What a clause states, in readable Chinese, shown beside it (no hover needed):
    ``最高 30万元``, ``不低于 2000万元``, ``每平方米 32.5元``, ``按贷款实际利率的 50%``, ``截止 2022年1月30日``."""
    kind, role = clause.get("type"), clause.get("role")
    if kind == "date":
        return {"deadline": "截止日期", "effective": "施行日期", "expires": "失效日期"}.get(role, "")
    value, low, high = clause.get("value"), clause.get("min"), clause.get("max")
    if value is None and low is not None and low == high:
        value = low
    unit = clause.get("unit") or ""
    if value is not None:
        said = quantity(value, unit)
        said = f"{_OVER[role]} {said}" if role in _OVER and kind in ("money", "percent") else said
    elif low is not None and high is not None:
        said = f"{quantity(low, unit)}至{quantity(high, unit)}"
    elif high is not None:
        word = _OVER.get(role) if kind in ("money", "percent") and role in ("cap", "amount", "figure") else None
        said = f"{word or ('不超过' if clause.get('max_inclusive') is not False else '低于')} {quantity(high, unit)}"
    elif low is not None:
        said = f"{'不低于' if clause.get('min_inclusive') is not False else '超过'} {quantity(low, unit)}"
    else:
        return ""
    if clause.get("per") not in (None, "", []):
        said = f"每{_per(clause['per'])} {said}"
    if clause.get("period") not in (None, "", []):
        said = f"{plain(clause['period'])} {said}"
    if clause.get("base") not in (None, "", []):
        said = f"按{plain(clause['base'])}的 {said}"
    return ("约 " if clause.get("approx") else "") + said


def quantity(value: Any, unit: str) -> str:
    """A number with its unit as people write it: 300000 CNY → 30万元, 150000000 → 1.5亿元, 5 年 → 5年."""
    if unit in ("CNY", "元") and isinstance(value, (int, float)):
        for size, word in ((100_000_000, "亿元"), (10_000, "万元")):
            if abs(value) >= size:
                return f"{number(round(value / size, 4))}{word}"
        return f"{number(value)}元"
    return f"{number(value)}{_UNITS.get(unit, unit)}"


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

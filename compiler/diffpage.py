"""What the diff page shows of an edit script: each change with its provisions' printed names,
texts and chapters, and the table of contents grouping the changes by chapter.

Reads the validated edit script and the two validated documents only (``render.diff_page``
renders the result).
"""
from __future__ import annotations

from typing import Any

from . import labels
from .diff import KINDS
from .labels import label
from .provisions import provisions, unit_text, walk
from .worddiff import token_diff


def diff_entries(script: dict, old: dict, new: dict) -> list[dict]:
    """Every change of an edit script with what the diff page shows of it: the provisions' printed
    names (``labels``), texts and chapters, the changes' texts, and how many unchanged provisions
    (keeps) came before it since the last change.  Keeps are left out, except those that changed
    format only (shown with their character differences, hidden until 仅格式 is ticked)."""
    nodes = {("old", n["id"]): n for n in walk(old["body"])} | {("new", n["id"]): n for n in walk(new["body"])}
    printed = {"old": labels.names(old), "new": labels.names(new)}
    groups = {"old": chapters(old), "new": chapters(new)}
    # a chapter around measures is a provision by its own heading and text (as diff matched it), not its articles
    own = {(side, p.node["id"]): p.text for side, doc in (("old", old), ("new", new))
           for p in provisions(doc) if p.container}
    entries, kept, chapter = [], 0, ""
    for k, op in enumerate(script["ops"]):
        if op["op"] == "keep" and not op.get("format"):
            kept += 1
            continue
        sides = {side: [{"id": n["id"], "name": printed[side][n["id"]], "label": label(n),
                         "text": own.get((side, n["id"])) or unit_text(n)}
                        for n in (nodes[(side, i)] for i in _ids(op[side]) if (side, i) in nodes)]
                 for side in ("old", "new")}
        tokens = op.get("tokens")
        if op.get("format") and sides["old"] and sides["new"]:
            tokens = token_diff(list(sides["old"][0]["text"]), list(sides["new"][0]["text"]))
        if sides["new"]:  # a deleted provision stays in the chapter of the changes around it
            chapter = groups["new"].get(sides["new"][0]["id"], "")
        elif not entries and sides["old"]:
            chapter = groups["old"].get(sides["old"][0]["id"], "")
        weight = 80 + sum(len(s["text"]) for side in sides.values() for s in side)
        entries.append({"n": k, "op": op, "kind": "format" if op.get("format") else op["op"], "sides": sides,
                        "tokens": tokens, "kept": kept, "chapter": chapter,
                        "title": _change_title(op, sides), "weight": weight})
        kept = 0
    return entries


def _change_title(op: dict, sides: dict) -> str:
    """第十一条 → 第五条, or one name when it did not change: what the table of contents and the
    heading of a change say."""
    old = "＋".join(s["name"] for s in sides["old"]) or "—"
    new = "＋".join(s["name"] for s in sides["new"]) or "—"
    if op["op"] == "insert":
        return new
    if op["op"] == "delete":
        return old
    return old if old == new else f"{old} → {new}"


def chapters(doc: dict) -> dict[str, str]:
    """Node id → the chapter (or part, or top-level group) it is in, as printed with its heading:
    ``第二章 公司登记``; nodes outside any such group map to ''."""
    out: dict[str, str] = {}
    for top in doc["body"]:
        if top["kind"] in ("part", "chapter", "annex") or (top["children"] and top.get("num")):
            name = " ".join(x for x in (top.get("num"), top.get("heading") or top["text"][:16]) if x)
            if top["kind"] == "part" and any(c["kind"] == "chapter" for c in top["children"]):
                for chapter in top["children"]:
                    inner = " ".join(x for x in (top.get("num"), chapter.get("num"), chapter.get("heading")) if x)
                    out.update((n["id"], inner if chapter["kind"] == "chapter" else name) for n in walk([chapter]))
                out[top["id"]] = name
                continue
            out.update((n["id"], name) for n in walk([top]))
    return out


def diff_toc(entries: list[dict]) -> list[dict]:
    """The table of contents of a diff: its changes grouped by chapter, in order, with counts by kind."""
    groups: list[dict] = []
    for e in entries:
        if not groups or groups[-1]["key"] != e["chapter"]:
            groups.append({"key": e["chapter"], "chapter": e["chapter"] or "章外内容", "entries": [], "counts": {}})
        groups[-1]["entries"].append(e)
        groups[-1]["counts"][e["kind"]] = groups[-1]["counts"].get(e["kind"], 0) + 1
    order = (*KINDS, "format")
    for g in groups:
        g["counts"] = dict(sorted(g["counts"].items(), key=lambda kv: order.index(kv[0])))
    return groups


def _ids(value: Any) -> list[str]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]

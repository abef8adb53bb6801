"""Provisions: the units that comparison tables align and version diffs match.

One rule for both.  In a document with articles, a *measure* is an article (its paragraphs and
items are its text); in a document without articles, it is an item with no numbered item
directly under it (004's （一）…（二十四）, 002's （一） with its actor groups and 1./2. lists as
text).  The chapters, sections and groups around measures are *containers*: provisions whose
own heading and text stand alone.  Nodes with no measure below them (header lines, preambles,
closing words) are provisions with their whole subtree as text, but no measures.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True, eq=False)
class Provision:
    """One provision of a document, in document order."""

    node: dict
    index: int  # position among the document's provisions
    container: bool  # True: a chapter, section or group around measures; its text is its own only
    measure: bool  # an article, or an item at the measure level (see the module docstring)
    text: str  # display text: ``unit_text`` of the node, or a container's heading and text


def provisions(doc: dict) -> list[Provision]:
    """Every provision of a validated document, in document order (see the module docstring)."""
    level = "article" if any(n["kind"] == "article" for n in walk(doc["body"])) else "item"
    out: list[Provision] = []

    def visit(nodes: list[dict]) -> None:
        for node in nodes:
            measure = node["kind"] == level and (level == "article" or not any(
                c["kind"] == "item" for c in node["children"]))
            if measure or not any(n["kind"] == level for n in walk(node["children"])):
                out.append(Provision(node, len(out), False, measure, unit_text(node)))
            else:
                out.append(Provision(node, len(out), True, False, (node.get("heading") or "") + node["text"]))
                visit(node["children"])
    visit(doc["body"])
    return out


def measures(doc: dict) -> list[dict]:
    """The nodes of a document's measures, in document order."""
    return [p.node for p in provisions(doc) if p.measure]


def walk(nodes: list[dict]) -> Iterator[dict]:
    """Every node of a tree in document order (one generator with a stack: a recursive one passes
    each node up through one generator per level)."""
    stack = nodes[::-1]
    while stack:
        node = stack.pop()
        yield node
        if node["children"]:
            stack += node["children"][::-1]


def full_text(node: dict) -> str:
    """A node's heading and text followed by its descendants' numbers, headings and texts."""
    parts = [node.get("heading") or "", node["text"]]
    for child in walk(node["children"]):
        parts += [child.get("num") or "", child.get("heading") or "", child["text"]]
    return "".join(parts)


def unit_text(node: dict) -> str:
    """A provision's heading and text, then each descendant's number, heading and text, one per line."""
    lines = [(node.get("heading") or "") + node["text"]]
    lines += [(n.get("num") or "") + (n.get("heading") or "") + n["text"] for n in walk(node["children"])]
    return "\n".join(line for line in lines if line)


def subtree_clauses(node: dict) -> list[dict]:
    """The clauses of a node and all its descendants, in document order."""
    return [c for n in walk([node]) for c in n.get("clauses", [])]

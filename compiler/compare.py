"""Comparison tables: align provisions of policies on the same topic by different authorities.

Reads validated document JSON only.  A *provision* is an article, or, in documents without
articles, an item with no numbered items directly under it (the measure level: 004's
（一）…（二十四）, 002's （一） with its actor groups and 1./2. lists as text).

Similarity is TF-IDF cosine over jieba tokens of heading (counted twice) and text, with IDF
taken over the provisions of the documents compared.  Pairs at or above ``threshold`` are
merged greedily, best first, into rows that hold at most one provision per document.
"""
from __future__ import annotations

import logging
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import Any, Iterator

import jieba

THRESHOLD = 0.25
METHOD = "tfidf-cosine over jieba tokens (heading ×2 + text), greedy one-to-one per document"
_WORD = re.compile(r"[\u4e00-\u9fff]{2,}|[A-Za-z]{2,}")
_STOP = frozenset("我们 以及 有关 相关 进一步 给予 按照 根据 对于 其中 以上 以下 不超过 最高 每个".split())
_VERBS = re.compile(r"^(?:开展|实施|推进|鼓励|支持|加强|促进|提升|完善|强化|推动|健全|建立|深化|加快|积极|大力|"
                    r"落实|做好|提高|优化|构建|创新|打造|加大|引导)+")


@lru_cache(maxsize=1)
def _jieba() -> Any:
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def tokenize(text: str) -> list[str]:
    """jieba tokens of ``text``, every character kept (for word-level diffs)."""
    return _jieba().lcut(text) if text else []


def terms(text: str) -> list[str]:
    """Content words for similarity: jieba tokens of two or more letters, minus a few stop words."""
    return [t for t in tokenize(text) if _WORD.fullmatch(t) and t not in _STOP]


def walk(nodes: list[dict]) -> Iterator[dict]:
    """Every node of a tree in document order."""
    for node in nodes:
        yield node
        yield from walk(node["children"])


def full_text(node: dict) -> str:
    """A node's heading and text followed by its descendants' numbers, headings and texts."""
    parts = [node.get("heading") or "", node["text"]]
    for child in walk(node["children"]):
        parts += [child.get("num") or "", child.get("heading") or "", child["text"]]
    return "".join(parts)


def subtree_clauses(node: dict) -> list[dict]:
    """The clauses of a node and all its descendants, in document order."""
    return [c for n in walk([node]) for c in n.get("clauses", [])]


def provisions(doc: dict) -> list[dict]:
    """The alignment units of a document (see the module docstring)."""
    if any(n["kind"] == "article" for n in walk(doc["body"])):
        return list(_outermost(doc["body"], lambda n: n["kind"] == "article"))
    return list(_outermost(doc["body"], lambda n: n["kind"] == "item" and not any(
        c["kind"] == "item" for c in n["children"])))


def _outermost(nodes: list[dict], is_unit) -> Iterator[dict]:
    for node in nodes:
        if is_unit(node):
            yield node
        else:
            yield from _outermost(node["children"], is_unit)


@dataclass
class _Unit:
    doc: str
    node: dict
    order: int
    counts: Counter
    vector: dict[str, float] | None = None


def _units(doc: dict) -> list[_Unit]:
    units = []
    for order, node in enumerate(provisions(doc)):
        counts = Counter(terms(full_text(node))) + Counter(terms(node.get("heading") or ""))
        if counts:
            units.append(_Unit(doc["id"], node, order, counts))
    return units


def _weigh(units: list[_Unit]) -> None:
    """Set each unit's L2-normalised TF-IDF vector (smoothed IDF over ``units``)."""
    df = Counter(t for u in units for t in u.counts)
    n = len(units)
    for u in units:
        vec = {t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in u.counts.items()}
        norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
        u.vector = {t: w / norm for t, w in vec.items()}


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two normalised sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def align(documents: list[dict], threshold: float = THRESHOLD) -> dict[str, Any]:
    """Align the provisions of ``documents`` by topic (see ``schemas/compare.schema.json``)."""
    per_doc = [_units(d) for d in documents]
    _weigh([u for units in per_doc for u in units])
    pairs = sorted(((cosine(p.vector, q.vector), p, q) for a, b in combinations(per_doc, 2)
                    for p in a for q in b), key=lambda x: (-x[0], x[1].doc, x[1].order, x[2].doc, x[2].order))
    rows = _cluster([(s, p, q) for s, p, q in pairs if s >= threshold])
    order = {d["id"]: i for i, d in enumerate(documents)}
    rows.sort(key=lambda r: min((order[u.doc], u.order) for u in r["units"]))
    aligned = {id(u) for r in rows for u in r["units"]}
    return {
        "documents": [d["id"] for d in documents],
        "threshold": threshold,
        "method": METHOD,
        "rows": [_row(r, order) for r in rows],
        "unmatched": {d["id"]: [u.node["id"] for u in units if id(u) not in aligned]
                      for d, units in zip(documents, per_doc)},
    }


def _cluster(pairs: list[tuple[float, _Unit, _Unit]]) -> list[dict]:
    """Greedy merge, best pair first; a row never holds two provisions of one document."""
    row_of: dict[int, dict] = {}
    rows: list[dict] = []
    for score, p, q in pairs:
        rp, rq = row_of.get(id(p)), row_of.get(id(q))
        if rp is None and rq is None:
            row = {"units": [p, q], "score": score}
            rows.append(row)
            row_of[id(p)] = row_of[id(q)] = row
        elif rp is not None and rq is None and q.doc not in {u.doc for u in rp["units"]}:
            rp["units"].append(q)
            row_of[id(q)] = rp
        elif rq is not None and rp is None and p.doc not in {u.doc for u in rq["units"]}:
            rq["units"].append(p)
            row_of[id(p)] = rq
        elif rp is not None and rq is not None and rp is not rq and \
                not {u.doc for u in rp["units"]} & {u.doc for u in rq["units"]}:
            rp["units"] += rq["units"]
            for u in rq["units"]:
                row_of[id(u)] = rp
            rows.remove(rq)
    return rows


def _row(row: dict, order: dict[str, int]) -> dict[str, Any]:
    units = sorted(row["units"], key=lambda u: order[u.doc])
    return {"topic": topic([u.node for u in units]), "score": round(row["score"], 4),
            "cells": {u.doc: [u.node["id"]] for u in units}}


def topic(nodes: list[dict]) -> str:
    """A short name for a row: the first heading without its leading verbs, else shared terms."""
    names = [_VERBS.sub("", (n.get("heading") or "").rstrip("。；;：:. ")) for n in nodes]
    names = [n for n in names if len(n) >= 2]
    if names:
        return names[0]
    shared = Counter(terms(full_text(nodes[0])))
    for node in nodes[1:]:
        shared &= Counter(terms(full_text(node)))
    best = sorted(shared, key=lambda t: (-shared[t] * len(t), t))[:3]
    return "·".join(best) or (nodes[0].get("num") or nodes[0]["id"])

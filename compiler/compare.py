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
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations
from typing import Any, Callable, Iterator

import jieba

THRESHOLD = 0.25
METHOD = "tfidf-cosine over jieba tokens (heading ×2 + text), greedy one-to-one per document"
_WORD = re.compile(r"[\u4e00-\u9fff]{2,}|[A-Za-z]{2,}")
_STOP = frozenset("我们 以及 有关 相关 进一步 给予 按照 根据 对于 其中 以上 以下 不超过 最高 每个".split())
_ROLES = {"cap": "上限", "floor": "下限", "threshold": "门槛", "share": "分担", "amount": ""}
_TYPES = {"money": "金额", "percent": "比例", "count": "数量", "duration": "期限", "date": "日期"}
_VERBS = re.compile(r"^(?:开展|实施|推进|鼓励|支持|加强|促进|提升|完善|强化|推动|健全|建立|深化|加快|积极|大力|"
                    r"落实|做好|提高|优化|构建|创新|打造|加大|引导)+")


@lru_cache(maxsize=1)
def _jieba() -> Any:
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def tokenize(text: str) -> list[str]:
    """jieba tokens of ``text``, every character kept (for word-level diffs).

    Exactly ``jieba.lcut(text)``: jieba cuts each run of Han letters and digits (its
    ``re_han_default`` blocks) on its own, so the runs are cut once each and cached; policies
    repeat their sentences across provisions, versions and comparisons.
    """
    if not text:
        return []
    tokens: list[str] = []
    for block in _HAN.split(text):
        if not block:
            continue
        if _HAN.match(block):
            tokens += _cut(block)
        else:
            for part in _SKIP.split(block):
                if _SKIP.match(part):
                    tokens.append(part)
                else:
                    tokens += part
    return tokens


_HAN, _SKIP = jieba.re_han_default, jieba.re_skip_default
_CUTS: dict[str, tuple[str, ...]] = {}
_MAX_CUTS = 1 << 20


def _cut(block: str) -> tuple[str, ...]:
    """jieba tokens of one block (see ``tokenize``), cached."""
    tokens = _CUTS.get(block)
    if tokens is None:
        if len(_CUTS) >= _MAX_CUTS:
            _CUTS.clear()
        tokens = _CUTS[block] = tuple(_jieba().lcut(block))
    return tokens


def blocks(text: str) -> list[str]:
    """The blocks of ``text`` that jieba cuts (see ``tokenize``)."""
    return [b for b in _HAN.split(text) if b and _HAN.match(b)]


def cut_blocks(texts: list[str]) -> list[tuple[str, ...]]:
    """jieba tokens of each block in ``texts`` (run in worker processes to fill the cache)."""
    return [_cut(b) for b in texts]


def remember_cuts(texts: list[str], cuts: list[tuple[str, ...]]) -> None:
    """Store tokens computed elsewhere (by ``cut_blocks``) in this process's cache."""
    if len(_CUTS) + len(texts) > _MAX_CUTS:
        _CUTS.clear()
    _CUTS.update(zip(texts, cuts))


@lru_cache(maxsize=1 << 18)
def terms(text: str) -> tuple[str, ...]:
    """Content words for similarity: jieba tokens of two or more letters, minus a few stop words."""
    return tuple(t for t in tokenize(text) if _WORD.fullmatch(t) and t not in _STOP)


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


def number_changes(old: dict, new: dict, deep: bool = True) -> list[dict[str, Any]]:
    """Changed amounts, caps and rates: clauses (of the subtrees when ``deep``) paired in order by type and role."""
    if deep:
        a, b = subtree_clauses(old), subtree_clauses(new)
    else:
        a, b = old.get("clauses", []), new.get("clauses", [])
    sig = lambda c: (c.get("type"), c.get("role"))  # noqa: E731
    changes = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, [sig(c) for c in a], [sig(c) for c in b],
                                               autojunk=False).get_opcodes():
        olds, news = a[i1:i2], b[j1:j2]
        for k in range(max(len(olds), len(news))):
            x = olds[k] if k < len(olds) else None
            y = news[k] if k < len(news) else None
            if x is None or y is None or _value(x) != _value(y):
                changes.append(_change(x, y))
    return changes


def _value(clause: dict) -> tuple:
    return tuple(clause.get(k) for k in ("value", "min", "max", "unit", "per", "period"))


def clause_label(clause: dict) -> str:
    """A short Chinese name for what a clause states: 金额上限, 比例, 期限…"""
    return _TYPES.get(clause.get("type"), clause.get("type") or "数值") + _ROLES.get(clause.get("role"), "")


def _change(x: dict | None, y: dict | None) -> dict[str, Any]:
    c = x or y
    return {"label": clause_label(c), "type": c.get("type"), "old": x.get("text") if x else None,
            "new": y.get("text") if y else None, "old_value": _shown(x), "new_value": _shown(y)}


def _shown(c: dict | None) -> Any:
    if c is None:
        return None
    return c.get("value") if c.get("value") is not None else c.get("max", c.get("min"))


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
    """A provision being aligned: its document, node, position and term counts."""

    doc: str
    node: dict
    order: int
    counts: Counter
    vector: dict[str, float] | None = None
    tf: dict[str, float] | None = None  # 1 + log(count) per term, in ``counts`` order


def _units(doc: dict, cache: dict | None = None) -> list[_Unit]:
    """Fresh units of ``doc``; their counts and ``tf`` are computed once per ``cache`` (keyed by ``id(doc)``)."""
    if cache is not None and id(doc) in cache:
        return [_Unit(u.doc, u.node, u.order, u.counts, tf=u.tf) for u in cache[id(doc)][1]]
    units = []
    for order, node in enumerate(provisions(doc)):
        counts = Counter(terms(full_text(node))) + Counter(terms(node.get("heading") or ""))
        if counts:
            units.append(_Unit(doc["id"], node, order, counts,
                               tf={t: 1 + math.log(c) for t, c in counts.items()}))
    if cache is not None:
        cache[id(doc)] = (doc, units)  # the document is kept so that its id is not reused
        return _units(doc, cache)
    return units


def _weigh(units: list[_Unit]) -> None:
    """Set each unit's L2-normalised TF-IDF vector (smoothed IDF over ``units``)."""
    df = Counter(t for u in units for t in u.counts)
    n = len(units)
    idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}
    sqrt = math.sqrt
    for u in units:
        tf = u.tf if u.tf is not None else {t: 1 + math.log(c) for t, c in u.counts.items()}
        vec = {t: w * idf[t] for t, w in tf.items()}
        norm = sqrt(sum([w * w for w in vec.values()])) or 1.0
        u.vector = {t: w / norm for t, w in vec.items()}


def _similar(a: list[_Unit], b: list[_Unit], threshold: float) -> list[tuple[float, _Unit, _Unit]]:
    """Pairs of ``a`` × ``b`` with cosine ≥ ``threshold``, scored through an inverted index of ``b``."""
    postings: dict[str, list[tuple[int, float]]] = {}
    for k, q in enumerate(b):
        for t, w in q.vector.items():
            postings.setdefault(t, []).append((k, w))
    found = []
    empty = ()
    get_postings = postings.get
    for p in a:
        scores: defaultdict[int, float] = defaultdict(float)
        for t, w in p.vector.items():
            for k, v in get_postings(t, empty):
                scores[k] += w * v
        found += [(round(s, 12), p, b[k]) for k, s in scores.items() if s >= threshold]
    return found


def align(documents: list[dict], threshold: float = THRESHOLD, cache: dict | None = None) -> dict[str, Any]:
    """Align the provisions of ``documents`` by topic (see ``schemas/compare.schema.json``).

    ``cache``: a dict kept across calls on the same document dicts (term counts per document).
    """
    per_doc = [_units(d, cache) for d in documents]
    _weigh([u for units in per_doc for u in units])
    pairs = [pair for a, b in combinations(per_doc, 2) for pair in _similar(a, b, threshold)]
    pairs.sort(key=lambda x: (-x[0], x[1].doc, x[1].order, x[2].doc, x[2].order))
    rows = _cluster(pairs)
    order = {d["id"]: i for i, d in enumerate(documents)}
    sizes = {d["id"]: max(len(units), 1) for d, units in zip(documents, per_doc)}
    rows.sort(key=lambda r: (sum(u.order / sizes[u.doc] for u in r["units"]) / len(r["units"]),
                             min((order[u.doc], u.order) for u in r["units"])))
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
    """A short name for a row: the commonest heading without its leading verbs, else shared terms."""
    names = [_VERBS.sub("", (n.get("heading") or "").rstrip("。；;：:. ")) for n in nodes]
    names = Counter(n for n in names if len(n) >= 2)
    if names:
        return max(names, key=names.__getitem__)  # ties: the first heading
    shared = Counter(terms(full_text(nodes[0])))
    for node in nodes[1:]:
        shared &= Counter(terms(full_text(node)))
    best = sorted(shared, key=lambda t: (-shared[t] * len(t), t))[:3]
    return "·".join(best) or (nodes[0].get("num") or nodes[0]["id"])


MIN_SHARED, MIN_STRENGTH, MAX_COLUMNS, DOC_SIMILARITY, NEIGHBOURS = 3, 0.05, 3, 0.1, 3


def plan(documents: list[dict], entries: list[dict] | None = None, exclude: frozenset = frozenset(),
         cache: dict | None = None, pmap: Callable | None = None) -> list[dict]:
    """Which documents to compare: the config's ``[[compare]]`` entries, else documents sharing topics.

    Automatic plan: pairs of documents among each other's ``NEIGHBOURS`` most similar (cosine of
    their 60 heaviest terms ≥ ``DOC_SIMILARITY``) that share at least ``MIN_SHARED`` aligned
    provisions are joined, strongest first, into groups of at most ``MAX_COLUMNS`` documents.  A
    pair's strength is the sum of its row scores over the geometric mean of the two provision
    counts.  Documents in ``exclude`` (version groups) are left out.  ``cache`` as for ``align``;
    ``pmap(function, items)`` is ``map`` returning a list, possibly run in forked processes
    (``function`` reads the documents from a module global set before the call).
    """
    if entries:
        return [{"name": e.get("name") or "", "documents": list(e["documents"])} for e in entries]
    global _PLANNING
    cache = {} if cache is None else cache
    sizes = {id(d): len(provisions(d)) for d in documents if d["id"] not in exclude}
    docs = [d for d in documents if d["id"] not in exclude and sizes[id(d)] >= 2]
    _PLANNING = (docs, sizes, cache)
    try:
        found = (pmap or _serial_map)(_edge, _neighbours(docs, cache))
    finally:
        _PLANNING = ()
    edges = [edge for edge in found if edge is not None]
    order = {d["id"]: i for i, d in enumerate(documents)}
    return [{"name": "", "documents": sorted(g, key=order.__getitem__)} for g in _groups(sorted(edges))]


_PLANNING: tuple = ()


def _serial_map(function: Callable, items: list) -> list:
    return [function(item) for item in items]


def _edge(pair: tuple[int, int]) -> tuple[float, str, str] | None:
    """The edge between two planned documents (by index), None when they share too little."""
    docs, sizes, cache = _PLANNING
    a, b = docs[pair[0]], docs[pair[1]]
    rows = align([a, b], cache=cache)["rows"]
    strength = sum(r["score"] for r in rows) / math.sqrt(sizes[id(a)] * sizes[id(b)])
    if len(rows) >= MIN_SHARED and strength >= MIN_STRENGTH:
        return (-round(strength, 6), a["id"], b["id"])
    return None


def _neighbours(docs: list[dict], cache: dict | None = None) -> list[tuple[int, int]]:
    """Index pairs of documents among each other's ``NEIGHBOURS`` nearest (cosine ≥ ``DOC_SIMILARITY``)."""
    units = []
    for k, doc in enumerate(docs):
        counts: Counter = Counter()
        for unit in _units(doc, cache):
            counts.update(unit.counts)
        units.append(_Unit(doc["id"], {}, k, counts))
    _weigh(units)
    for u in units:  # the 60 heaviest terms say what a document is about, and keep this linear
        top = dict(sorted(u.vector.items(), key=lambda tw: (-tw[1], tw[0]))[:60])
        norm = math.sqrt(sum(w * w for w in top.values())) or 1.0
        u.vector = {t: w / norm for t, w in top.items()}
    near: dict[int, list[tuple[float, int]]] = {}
    for score, p, q in _similar(units, units, DOC_SIMILARITY):
        if p is not q:
            near.setdefault(p.order, []).append((-score, q.order))
    return sorted({(min(k, j), max(k, j)) for k, found in near.items() for _, j in sorted(found)[:NEIGHBOURS]})


def _groups(edges: list[tuple[int, str, str]]) -> list[list[str]]:
    """Join documents along the strongest edges first, never beyond ``MAX_COLUMNS`` per group."""
    group_of: dict[str, list[str]] = {}
    for _, a, b in edges:
        ga, gb = group_of.get(a, [a]), group_of.get(b, [b])
        if ga is gb or len(ga) + len(gb) > MAX_COLUMNS:
            continue
        merged = ga + gb
        for doc in merged:
            group_of[doc] = merged
    unique = {id(g): g for g in group_of.values()}
    return sorted(unique.values(), key=lambda g: sorted(g))

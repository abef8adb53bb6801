"""Comparison tables: align provisions of policies on the same topic by different authorities.

Reads validated document JSON only.  The provisions aligned are a document's measures
(``provisions.measures``: articles, or items at the measure level).

Each document is reduced once to a ``Profile``: the term counts of its provisions.  Similarity
is TF-IDF cosine over jieba tokens of heading (counted twice) and text, with IDF taken over the
provisions of the documents compared.  Pairs at or above ``threshold`` are merged greedily,
best first, into rows that hold at most one provision per document.
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
from typing import Any, Callable

import jieba

from .provisions import full_text, measures, subtree_clauses

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


@lru_cache(maxsize=1 << 18)
def _cut(block: str) -> tuple[str, ...]:
    """jieba tokens of one block (see ``tokenize``), memoised."""
    return tuple(_jieba().lcut(block))


@lru_cache(maxsize=1 << 18)
def terms(text: str) -> tuple[str, ...]:
    """Content words for similarity: jieba tokens of two or more letters, minus a few stop words."""
    return tuple(t for t in tokenize(text) if _WORD.fullmatch(t) and t not in _STOP)








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




@dataclass(frozen=True, eq=False)
class Terms:
    """One provision as the aligner sees it: its node, position, heading and term counts."""

    node: str  # the node's id
    order: int  # position among the document's provisions
    num: str | None
    heading: str
    text_counts: Counter  # terms of the provision's full text (``full_text``)
    counts: Counter  # the text's terms, then the heading's once more
    tf: dict[str, float]  # 1 + log(count) per term, in ``counts`` order


@dataclass(frozen=True, eq=False)
class Profile:
    """A document reduced to what alignment reads: its provisions' terms, computed once."""

    doc: str  # the document's id
    size: int  # number of provisions, those without terms included
    terms: tuple[Terms, ...]


def profile(doc: dict) -> Profile:
    """The profile of one validated document (provisions without content words are left out)."""
    found = []
    units = measures(doc)
    for order, node in enumerate(units):
        heading = node.get("heading") or ""
        text_counts = Counter(terms(full_text(node)))
        counts = text_counts + Counter(terms(heading))
        if counts:
            found.append(Terms(node["id"], order, node.get("num"), heading, text_counts, counts,
                               {t: 1 + math.log(c) for t, c in counts.items()}))
    return Profile(doc["id"], len(units), tuple(found))


class _Unit:
    """A provision during one alignment: its document, terms and TF-IDF vector."""

    __slots__ = ("doc", "terms", "vector")

    def __init__(self, doc: str, terms: Terms | None, vector: dict[str, float]):
        self.doc, self.terms, self.vector = doc, terms, vector

    @property
    def order(self) -> int:
        return self.terms.order


def _weigh(tfs: list[dict[str, float]]) -> list[dict[str, float]]:
    """L2-normalised TF-IDF vectors of the term weights ``tfs`` (smoothed IDF over ``tfs``)."""
    df = Counter(t for tf in tfs for t in tf)
    n = len(tfs)
    idf = {t: math.log((1 + n) / (1 + d)) + 1 for t, d in df.items()}
    sqrt = math.sqrt
    vectors = []
    for tf in tfs:
        vec = {t: w * idf[t] for t, w in tf.items()}
        norm = sqrt(sum([w * w for w in vec.values()])) or 1.0
        vectors.append({t: w / norm for t, w in vec.items()})
    return vectors


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


def align(documents: list[dict], threshold: float = THRESHOLD) -> dict[str, Any]:
    """Align the provisions of ``documents`` by topic (see ``align_profiles``)."""
    return align_profiles([profile(d) for d in documents], threshold)


def align_profiles(profiles: list[Profile], threshold: float = THRESHOLD) -> dict[str, Any]:
    """Align the provisions of the profiled documents (see ``schemas/compare.schema.json``)."""
    flat = [t for p in profiles for t in p.terms]
    vectors = iter(_weigh([t.tf for t in flat]))
    per_doc = [[_Unit(p.doc, t, next(vectors)) for t in p.terms] for p in profiles]
    pairs = [pair for a, b in combinations(per_doc, 2) for pair in _similar(a, b, threshold)]
    pairs.sort(key=lambda x: (-x[0], x[1].doc, x[1].order, x[2].doc, x[2].order))
    rows = _cluster(pairs)
    order = {p.doc: i for i, p in enumerate(profiles)}
    sizes = {p.doc: max(len(units), 1) for p, units in zip(profiles, per_doc)}
    rows.sort(key=lambda r: (sum(u.order / sizes[u.doc] for u in r["units"]) / len(r["units"]),
                             min((order[u.doc], u.order) for u in r["units"])))
    aligned = {id(u) for r in rows for u in r["units"]}
    return {
        "documents": [p.doc for p in profiles],
        "threshold": threshold,
        "method": METHOD,
        "rows": [_row(r, order) for r in rows],
        "unmatched": {p.doc: [u.terms.node for u in units if id(u) not in aligned]
                      for p, units in zip(profiles, per_doc)},
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
    return {"topic": topic([u.terms for u in units]), "score": round(row["score"], 4),
            "cells": {u.doc: [u.terms.node] for u in units}}


def topic(provisions: list[Terms]) -> str:
    """A short name for a row: the commonest heading without its leading verbs, else shared terms."""
    names = [_VERBS.sub("", p.heading.rstrip("。；;：:. ")) for p in provisions]
    names = Counter(n for n in names if len(n) >= 2)
    if names:
        return max(names, key=names.__getitem__)  # ties: the first heading
    shared = Counter(provisions[0].text_counts)
    for p in provisions[1:]:
        shared &= p.text_counts
    best = sorted(shared, key=lambda t: (-shared[t] * len(t), t))[:3]
    return "·".join(best) or (provisions[0].num or provisions[0].node)


MIN_SHARED, MIN_STRENGTH, MAX_COLUMNS, DOC_SIMILARITY, NEIGHBOURS = 3, 0.05, 3, 0.1, 3


def plan(profiles: list[Profile], entries: list[dict] | None = None, exclude: frozenset = frozenset(),
         pmap: Callable | None = None) -> list[dict]:
    """Which documents to compare: the config's ``[[compare]]`` entries, else documents sharing topics.

    Automatic plan: pairs of documents among each other's ``NEIGHBOURS`` most similar (cosine of
    their 60 heaviest terms ≥ ``DOC_SIMILARITY``) that share at least ``MIN_SHARED`` aligned
    provisions are joined, strongest first, into groups of at most ``MAX_COLUMNS`` documents.  A
    pair's strength is the sum of its row scores over the geometric mean of the two provision
    counts.  Documents in ``exclude`` (version groups) are left out.  ``pmap(function, items)``
    is ``map`` returning a list, possibly run in worker processes (each item holds its inputs).
    """
    if entries:
        return [{"name": e.get("name") or "", "documents": list(e["documents"])} for e in entries]
    docs = [p for p in profiles if p.doc not in exclude and p.size >= 2]
    found = (pmap or _serial_map)(edge, [(docs[i], docs[j]) for i, j in _neighbours(docs)])
    edges = [e for e in found if e is not None]
    order = {p.doc: i for i, p in enumerate(profiles)}
    return [{"name": "", "documents": sorted(g, key=order.__getitem__)} for g in _groups(sorted(edges))]


def _serial_map(function: Callable, items: list) -> list:
    return [function(item) for item in items]


def edge(pair: tuple[Profile, Profile]) -> tuple[float, str, str] | None:
    """The plan's edge between two profiled documents, None when they share too little."""
    a, b = pair
    rows = align_profiles([a, b])["rows"]
    strength = sum(r["score"] for r in rows) / math.sqrt(a.size * b.size)
    if len(rows) >= MIN_SHARED and strength >= MIN_STRENGTH:
        return (-round(strength, 6), a.doc, b.doc)
    return None


def _neighbours(docs: list[Profile]) -> list[tuple[int, int]]:
    """Index pairs of documents among each other's ``NEIGHBOURS`` nearest (cosine ≥ ``DOC_SIMILARITY``)."""
    tfs = []
    for p in docs:
        counts: Counter = Counter()
        for t in p.terms:
            counts.update(t.counts)
        tfs.append({t: 1 + math.log(c) for t, c in counts.items()})
    units = []
    for k, vector in enumerate(_weigh(tfs)):  # the 60 heaviest terms say what a document is about
        top = dict(sorted(vector.items(), key=lambda tw: (-tw[1], tw[0]))[:60])
        norm = math.sqrt(sum(w * w for w in top.values())) or 1.0
        units.append(_Unit(docs[k].doc, Terms("", k, None, "", Counter(), Counter(), {}),
                           {t: w / norm for t, w in top.items()}))
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

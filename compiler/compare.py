"""Comparison tables: align the measures of policies on the same topic by different authorities.

Reads validated document JSON only.  Each document is reduced once to a ``Profile``: for every
measure (``provisions.measures``) the weighted counts of what it is about —

* the character bigrams of its text, of its heading or else its first sentence (× ``HEADING``,
  leading policy verbs such as 加强/支持/优化 dropped) and of the objects it funds (对…给予, × ``OBJECT``);
* its amounts by type and role (``§money:cap``, × ``AMOUNT``);
* and its frame: a purpose, scope, interpretation or commencement article is only ever aligned
  with one of the same frame, never with a measure.

No word segmentation: bigrams are counted once per document, in the workers.  Two documents
are aligned pairwise (``align_pair``): TF-IDF vectors with IDF over the two documents' measures
(terms in more than ``COMMON`` of them, or in more than ``COMMON_MOST``, dropped — the second
keeps the inverted index's lists short, so aligning grows linearly with the documents; terms only one document uses counted at
``SOLO`` weight, since they cannot be evidence of a match), candidate pairs from an inverted
index, and the one-to-one assignment with the largest total similarity above ``THRESHOLD``
(``matching``).  A table of three documents joins its three pairwise alignments into rows.
"""
from __future__ import annotations

import base64
import math
import re
import sys
from array import array
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import combinations, repeat
from operator import add, mul
from typing import Any

import numpy as np
from cydifflib import SequenceMatcher  # difflib compiled: the same opcodes, ~7× faster

from .matching import max_weight_matching
from .model import FORMAT_VERSION
from .provisions import full_text, measures, subtree_clauses

THRESHOLD = 0.205
HEADING, OBJECT, AMOUNT = 3, 1, 1
COMMON, COMMON_MOST, SOLO = 0.3, 40, 0.5
METHOD = ("逐条比较用字（字的二元组，标题加重并去掉“加强”“支持”等开头动词，资助对象、金额及其性质也计入），"
          "每条至多对应另一份文件的一条，取总相似度最大的对应")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_TERM = re.compile(r"..", re.S)  # a term of a packed string
_SENTENCE = re.compile(r"[^。；;！？\n]+")
_OBJECTS = re.compile(r"对([^，。；：,;]{2,40}?)(?:的[，,]|，?给予|，?予以|，?按|进行)")
_VERBS = re.compile(r"^(?:开展|实施|推进|鼓励|支持|加强|促进|提升|完善|强化|推动|健全|建立|深化|加快|积极|大力|"
                    r"落实|做好|提高|优化|构建|创新|打造|加大|引导|提优|调整|继续|进一步|合理|适度|适当|贯彻|"
                    r"实行|给予|放宽|降低|取消|规范|保障)+")
_FRAMES = (("purpose", re.compile(r"^(?:为了?|为进一步)[^。]{0,120}(?:制定|特制定)本")),
           ("scope", re.compile(r"本(?:办法|条例|规定|细则|措施|意见|法)所称|适用于|适用范围|适用对象")),
           ("interpretation", re.compile(r"负责解释|解释权")),
           ("commencement", re.compile(r"(?:起|之日起)(?:施行|实施|执行)|有效期至")))
_AMOUNT_TYPES = ("money", "percent")


@dataclass(frozen=True, eq=False)
class Terms:
    """One measure as the aligner sees it: its node, position, heading, frame and term counts.

    Terms are two characters each (a bigram, or an amount's code), so they are kept packed, one
    string and one count each, which keeps profiles small in memory and cheap to send to workers."""

    node: str  # the node's id
    order: int  # position among the document's measures
    num: str | None
    heading: str
    frame: str  # "" for a measure, else purpose / scope / interpretation / commencement
    grams: str  # the terms, two characters each (see the module docstring)
    counts: bytes  # each term's weighted count, at most 255
    text: str  # the start of its text, for naming rows without a heading


@dataclass(frozen=True, eq=False)
class Profile:
    """A document reduced to what alignment reads, computed once per document."""

    doc: str  # the document's id
    size: int  # number of measures, those without terms included
    terms: tuple[Terms, ...]
    grams: str  # every term of its measures, two characters each
    df: array  # for each of ``grams``, the number of measures that have it

    @cached_property
    def matrix(self) -> Matrix:
        """Its measures' terms as arrays (computed once: a document is in several pairs)."""
        return Matrix.of(self.terms)


@dataclass(frozen=True, eq=False)
class Matrix:
    """The measures of a profile as a sparse matrix in arrays, one entry per (measure, term), in the
    measures' order and each measure's terms in its own order (the order sums are taken in)."""

    measure: np.ndarray  # the measure of each entry (its index in ``Profile.terms``)
    counts: np.ndarray  # each entry's weighted count (``Terms.counts``)
    term: np.ndarray  # each entry's term, as its index in ``codes``
    codes: np.ndarray  # the distinct terms as integers (``_codes``), sorted
    df: np.ndarray  # for each of ``codes``, the number of measures that have it
    frames: tuple[str, ...]  # each measure's frame

    @classmethod
    def of(cls, terms: tuple[Terms, ...]) -> Matrix:
        codes = np.asarray(_codes("".join(t.grams for t in terms)), dtype=np.uint64)
        measure = np.repeat(np.arange(len(terms), dtype=np.int32), [len(t.grams) // 2 for t in terms])
        distinct, term = np.unique(codes, return_inverse=True)
        term = term.ravel().astype(np.int32)
        return cls(measure, np.frombuffer(b"".join(t.counts for t in terms), dtype=np.uint8), term, distinct,
                   np.bincount(term, minlength=len(distinct)), tuple(t.frame for t in terms))


def profile_data(p: Profile) -> tuple[dict[str, Any], list[list[Any]]]:
    """A profile as JSON data (for the site's cache): its head — what ``neighbours`` and ``plan``
    read of every document — and its measures, which only aligning one of its pairs reads;
    ``from_data`` and ``with_measures`` read them back."""
    head = {"doc": p.doc, "size": p.size, "grams": p.grams, "df": list(p.df)}
    return head, [[t.node, t.order, t.num, t.heading, t.frame, t.grams, base64.b64encode(t.counts).decode(), t.text]
                  for t in p.terms]


def from_data(head: dict[str, Any]) -> Profile:
    """The head ``profile_data`` wrote, as a profile without measures."""
    return Profile(head["doc"], head["size"], (), head["grams"], array("I", head["df"]))


def with_measures(head: Profile, measures_data: list[list[Any]]) -> Profile:
    """``head`` with the measures ``profile_data`` wrote."""
    terms = tuple(Terms(node, order, num, heading, frame, grams, base64.b64decode(counts), text)
                  for node, order, num, heading, frame, grams, counts, text in measures_data)
    return replace(head, terms=terms)


_TF = [0.0] + [1 + math.log(c) for c in range(1, 256)]
_TF_ARRAY = np.array(_TF)


def _split(grams: str) -> list[str]:
    """The two-character terms of a packed string."""
    return [grams[k:k + 2] for k in range(0, len(grams), 2)]


def _codes(grams: str) -> array:
    """The two-character terms of a packed string as integers that sort as the terms do
    (first character × 2³² + second), read in one step instead of a string per term."""
    codes = array("Q", grams.encode("utf-32-be"))
    if sys.byteorder == "little":
        codes.byteswap()
    return codes
_ROLES = ("amount", "cap", "floor", "threshold", "share", "figure", "validity", "deadline", "effective", "expiry",
          "signed")


def profile(doc: dict) -> Profile:
    """The profile of one validated document (measures without any term are left out)."""
    found = []
    units = measures(doc)
    for order, node in enumerate(units):
        text = full_text(node)
        heading = node.get("heading") or ""
        counts = Counter(_bigrams(text))
        lead = heading or _lead(node["text"])
        for weight, part in [(HEADING, _VERBS.sub("", lead))] + [(OBJECT, m.group(1)) for m in _OBJECTS.finditer(text)]:
            grams = _bigrams(part)
            for _ in range(weight):  # a term first met here is counted from here, as one by one would
                counts.update(grams)
        for clause in subtree_clauses(node):
            if clause.get("type") in _AMOUNT_TYPES:
                counts[_amount_code(clause)] += AMOUNT
        if counts:
            found.append(Terms(node["id"], order, node.get("num"), heading, _frame(text), "".join(counts),
                               bytes(map(min, counts.values(), repeat(255))), text[:100]))
    df: Counter = Counter()
    for t in found:
        df.update(_TERM.findall(t.grams))
    return Profile(doc["id"], len(units), tuple(found), "".join(df), array("I", df.values()))


def _amount_code(clause: dict) -> str:
    """An amount's type and role as one two-character term (private-use characters, never in text)."""
    role = clause.get("role")
    return chr(0xE000 + _AMOUNT_TYPES.index(clause["type"])) + chr(0xE100 + (_ROLES.index(role) if role in _ROLES
                                                                             else len(_ROLES)))


def _lead(text: str) -> str:
    """What stands for the heading of a measure without one: its first sentence, at most 40 characters."""
    first = _SENTENCE.match(text)
    return first.group(0)[:40] if first else ""


def _bigrams(text: str) -> list[str]:
    grams: list[str] = []
    for run in _HAN.findall(text):
        grams += map(add, run, run[1:])  # each character and the next, in C
    return grams


def _frame(text: str) -> str:
    first = _SENTENCE.match(text)
    sentence = first.group(0) if first else ""
    return next((name for name, pattern in _FRAMES if pattern.search(sentence)), "")


Pairs = list[tuple[str, str, float]]  # (node of the first document, node of the second, similarity)


def align_pair(pair: tuple[Profile, Profile]) -> Pairs:
    """The one-to-one alignment of two profiled documents (see the module docstring).

    In arrays, with every float as the loops over dictionaries that this replaced made it: each
    product is the same multiplication, and each sum (a vector's norm, a pair's similarity) adds its
    terms one after the other in the first measure's term order, as ``np.bincount`` does."""
    a, b = pair
    n = len(a.terms) + len(b.terms)
    cap = max(2, min(COMMON * n, COMMON_MOST))
    tables = _idf_tables(n, int(cap))  # counts are whole: count <= cap is count <= int(cap)
    ia, ta, wa = _vectors(a.matrix, b.matrix, tables)
    jb, tb, wb = _vectors(b.matrix, a.matrix, tables)
    scores: dict[tuple[int, int], float] = {}
    frames_a, frames_b = a.matrix.frames, b.matrix.frames
    width = max(len(b.terms), 1)
    for found, sums, seen in _similarities(ia, ta, wa, jb, tb, wb, width):
        above = np.flatnonzero(sums > THRESHOLD)
        above = above[np.argsort(seen[above], kind="stable")]  # in the order each pair was first met
        for pair_code, score in zip(found[above].tolist(), sums[above].tolist()):
            i, j = divmod(pair_code, width)
            if frames_b[j] == frames_a[i]:
                scores[i, j] = round(score, 6)
    edges = {pair: weight for pair, score in scores.items() if (weight := round((score - THRESHOLD) * 10 ** 6)) > 0}
    return [(a.terms[i].node, b.terms[j].node, scores[i, j]) for i, j in sorted(max_weight_matching(edges))]


BLOCK = 1 << 19  # products summed at once, at most (unless one row has more): about 30 MB of arrays


def _similarities(rows: np.ndarray, terms: np.ndarray, weights: np.ndarray, columns: np.ndarray,
                  column_terms: np.ndarray, column_weights: np.ndarray, width: int, skip_self: bool = False):
    """The dot products of sparse rows with sparse columns: for each block of rows, the pairs met
    (``row × width + column``, sorted), their sums and where each was first met in the block.

    ``rows``/``terms``/``weights``: the rows' entries, row by row, each row's in the order its sums
    are to be taken; ``columns``/``column_terms``/``column_weights`` the columns' entries, column by
    column.  Every (entry of a row, entry of a column of the same term) is visited in the order a
    loop over the row's terms, then over the term's columns, would visit it, and each pair's products
    added in that order (``np.bincount``); a block ends only where a row does, so no sum is split.
    ``skip_self``: leave out a row's pair with the column of the same number."""
    by_term = np.argsort(column_terms, kind="stable")  # the postings: columns by term, each term's in order
    columns, column_terms, column_weights = columns[by_term], column_terms[by_term], column_weights[by_term]
    first = np.searchsorted(column_terms, terms, "left")
    counts = np.searchsorted(column_terms, terms, "right") - first
    before = np.concatenate(([0], np.cumsum(counts)))  # products before each entry
    cuts = np.append(np.flatnonzero(np.diff(rows)) + 1, len(rows))  # where each row ends
    start = 0
    while start < len(rows):
        here = int(np.searchsorted(cuts, start, "right"))
        within = int(np.searchsorted(before[cuts], before[start] + BLOCK, "right")) - 1
        end = int(cuts[max(here, within)])
        size = counts[start:end]
        at = start + np.repeat(np.arange(end - start), size)
        posting = np.arange(before[start], before[end]) - np.repeat(before[start:end] - first[start:end], size)
        pairs = rows[at].astype(np.int64) * width + columns[posting]
        products = weights[at] * column_weights[posting]
        if skip_self:
            other = rows[at] != columns[posting]
            pairs, products = pairs[other], products[other]
        del at, posting
        found, seen, group = np.unique(pairs, return_index=True, return_inverse=True)
        yield found, np.bincount(group.ravel(), weights=products, minlength=len(found)), seen
        start = end


def _idf_tables(n: int, most: int) -> tuple[np.ndarray, np.ndarray]:
    """IDF over ``n`` measures by count, of a term one document uses (× ``SOLO``) and of one both use;
    index ``most + 1`` (any count above ``most``) is 0: a common term, left out."""
    base, log = math.log(1 + n) + 1, math.log
    solo = [0.0] + [(base - log(1 + count)) * SOLO for count in range(1, most + 1)] + [0.0]
    both = [0.0] + [(base - log(1 + count)) * 1 for count in range(1, most + 1)] + [0.0]
    return np.array(solo), np.array(both)


def _vectors(m: Matrix, other: Matrix, tables: tuple[np.ndarray, np.ndarray]
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The unit vectors of ``m``'s measures under IDF over both documents' measures (common terms left
    out, ``other``'s absent terms discounted): each kept entry's measure, term code and weight."""
    solo, both = tables
    top = len(solo) - 1
    if len(other.codes):
        at = np.minimum(np.searchsorted(other.codes, m.codes), len(other.codes) - 1)
        shared = other.codes[at] == m.codes
        total = np.where(shared, m.df + other.df[at], m.df)
    else:
        shared, total = np.zeros(len(m.codes), dtype=bool), m.df
    idf = np.where(shared, both[np.minimum(total, top)], solo[np.minimum(total, top)])
    weights = _TF_ARRAY[m.counts] * idf[m.term]  # 0.0: no IDF (an IDF is always > 0, a tf ≥ 1)
    kept = np.flatnonzero(weights)
    measure, weights = m.measure[kept], weights[kept]
    norms = np.sqrt(np.bincount(measure, weights=weights * weights, minlength=len(m.frames)))
    norms[norms == 0] = 1.0
    return measure, m.codes[m.term[kept]], weights / norms[measure]


def align(documents: list[dict]) -> dict[str, Any]:
    """A comparison table of ``documents`` (``schemas/compare.schema.json``), every pair aligned here."""
    profiles = [profile(d) for d in documents]
    return table(profiles, {(a.doc, b.doc): align_pair((a, b)) for a, b in combinations(profiles, 2)})


def table(profiles: list[Profile], pairs: dict[tuple[str, str], Pairs]) -> dict[str, Any]:
    """The table of the profiled documents from their pairwise alignments (``pairs[(a, b)]``, a before b).

    Rows join aligned pairs, the most similar first, never two measures of one document in a row.
    """
    order = {p.doc: k for k, p in enumerate(profiles)}
    terms = {(p.doc, t.node): t for p in profiles for t in p.terms}
    links = sorted(((-score, order[a], x, order[b], y) for (a, b), found in pairs.items() for x, y, score in found))
    row_of: dict[tuple[int, str], dict] = {}
    rows: list[dict] = []
    for score, da, x, db, y in links:
        ra, rb = row_of.get((da, x)), row_of.get((db, y))
        if ra is None and rb is None:
            row = {"members": {da: x, db: y}, "score": -score}
            rows.append(row)
            row_of[da, x] = row_of[db, y] = row
        elif ra is not None and rb is None and db not in ra["members"]:
            ra["members"][db] = y
            row_of[db, y] = ra
        elif rb is not None and ra is None and da not in rb["members"]:
            rb["members"][da] = x
            row_of[da, x] = rb
    sizes = [max(len(p.terms), 1) for p in profiles]

    def position(row: dict) -> tuple:
        places = [(d, terms[profiles[d].doc, n].order) for d, n in row["members"].items()]
        return (sum(o / sizes[d] for d, o in places) / len(places), min(places))
    rows.sort(key=position)
    aligned = set(row_of)
    return {
        "format_version": FORMAT_VERSION,
        "documents": [p.doc for p in profiles],
        "threshold": THRESHOLD,
        "method": METHOD,
        "rows": [_row(r, profiles, terms) for r in rows],
        "unmatched": {p.doc: [t.node for t in p.terms if (k, t.node) not in aligned] for k, p in enumerate(profiles)},
    }


def _row(row: dict, profiles: list[Profile], terms: dict) -> dict[str, Any]:
    members = sorted(row["members"].items())
    return {"topic": topic([terms[profiles[d].doc, n] for d, n in members]), "score": round(row["score"], 4),
            "cells": {profiles[d].doc: [n] for d, n in members}}


def topic(provisions: list[Terms]) -> str:
    """A short name for a row: the commonest heading without its leading verbs, else the longest shared words."""
    names = [_VERBS.sub("", p.heading.rstrip("。；;：:. ")) for p in provisions]
    names = Counter(n for n in names if len(n) >= 2)
    if names:
        return max(names, key=names.__getitem__)  # ties: the first heading
    shared = provisions[0].text
    for p in provisions[1:]:
        match = SequenceMatcher(None, shared, p.text, autojunk=False).find_longest_match()
        shared = shared[match.a:match.a + match.size]
    shared = max(_HAN.findall(shared), key=len, default="")
    return shared[:12] if len(shared) >= 2 else (provisions[0].num or provisions[0].node)


MIN_SHARED, MIN_STRENGTH, MAX_COLUMNS, DOC_SIMILARITY, NEIGHBOURS = 3, 0.05, 3, 0.1, 3
DOC_TERMS, DOC_COMMON_MOST = 100, 50


def neighbours(profiles: list[Profile]) -> list[tuple[str, str]]:
    """Pairs of documents among each other's ``NEIGHBOURS`` nearest, in ``profiles`` order.

    A document is its ``DOC_TERMS`` heaviest terms (by how many measures have them, times their
    IDF over the documents, computed once per build) among the terms it shares with another
    document but not with a tenth of them, nor with more than ``DOC_COMMON_MOST`` (so the index's
    lists stay short as the corpus grows); nearness is cosine ≥ ``DOC_SIMILARITY`` through an
    inverted index.
    """
    docs = [p for p in profiles if p.size >= 2]
    every = np.concatenate([np.zeros(0, dtype=np.uint64), *(np.asarray(_codes(p.grams), dtype=np.uint64) for p in docs)])
    every.sort()  # each document's terms once: a term's run is the documents that have it
    starts = np.flatnonzero(np.concatenate(([True], every[1:] != every[:-1]))) if len(every) else np.zeros(0, int)
    distinct, df = every[starts], np.diff(np.append(starts, len(every)))
    del every, starts
    n, log = len(docs), math.log
    most = max(10, min(n // 10, DOC_COMMON_MOST))
    idf = np.array([log((1 + n) / (1 + d)) + 1 if 2 <= d <= most else 0.0 for d in range(max(most, 2) + 2)])
    idf = idf[np.minimum(df, len(idf) - 1)]  # each term's IDF, 0.0 for none
    del df
    tf = np.array([_TF[min(c, 255)] for c in range(256)])
    owners, terms, weights = [], [], []
    for k, p in enumerate(docs):
        own = np.asarray(_codes(p.grams), dtype=np.uint64)
        weight = idf[np.searchsorted(distinct, own)]
        shared = np.flatnonzero(weight)
        own, weight = own[shared], tf[np.minimum(np.asarray(p.df, dtype=np.int64)[shared], 255)] * weight[shared]
        top = np.lexsort((own, weight))[::-1][:DOC_TERMS]  # heaviest first, ties: the larger term
        top_weights = weight[top].tolist()
        norm = math.sqrt(sum(w * w for w in top_weights)) or 1.0
        owners.append(np.full(len(top), k))
        terms.append(own[top])
        weights.append(np.array(top_weights) / norm)
    del distinct, idf
    owners, terms, weights = (np.concatenate([np.zeros(0, dtype=dtype), *parts]) for parts, dtype in
                              ((owners, np.int64), (terms, np.uint64), (weights, np.float64)))
    near_of: dict[int, list[tuple[float, int]]] = {}
    for found, sums, _ in _similarities(owners, terms, weights, owners, terms, weights, max(n, 1), skip_self=True):
        close = sums >= DOC_SIMILARITY
        for pair, score in zip(found[close].tolist(), sums[close].tolist()):
            k, j = divmod(pair, max(n, 1))
            near_of.setdefault(k, []).append((-round(score, 9), j))
    found_pairs = set()
    for k, near in near_of.items():
        found_pairs.update((min(k, j), max(k, j)) for _, j in sorted(near)[:NEIGHBOURS])
    return [(docs[k].doc, docs[j].doc) for k, j in sorted(found_pairs)]


def plan(profiles: list[Profile], pairs: dict[tuple[str, str], Pairs]) -> list[dict]:
    """Which documents share a table: pairs of ``neighbours`` whose alignment (``pairs``) has at
    least ``MIN_SHARED`` rows and a strength of ``MIN_STRENGTH`` (the sum of the similarities over
    the geometric mean of the two measure counts) are joined, strongest first, into groups of at
    most ``MAX_COLUMNS`` documents."""
    size = {p.doc: p.size for p in profiles}
    edges = []
    for (a, b), found in pairs.items():
        strength = sum(score for _, _, score in found) / math.sqrt(size[a] * size[b])
        if len(found) >= MIN_SHARED and strength >= MIN_STRENGTH:
            edges.append((-round(strength, 6), a, b))
    order = {p.doc: k for k, p in enumerate(profiles)}
    return [{"name": "", "documents": sorted(g, key=order.__getitem__)} for g in _groups(sorted(edges))]


def _groups(edges: list[tuple[float, str, str]]) -> list[list[str]]:
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


def table_pairs(documents: list[str]) -> list[tuple[str, str]]:
    """The document pairs a table of ``documents`` needs aligned (each in column order)."""
    return list(combinations(documents, 2))



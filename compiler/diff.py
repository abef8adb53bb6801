"""Version diffs: an edit script over two compiled documents (``schemas/diff.schema.json``).

Provisions are matched first and their text diffed second, like sqlglot's ``diff`` with
Akoma Ntoso's change kinds.  The provisions are those of ``provisions.provisions``, the same
that comparison tables align: measures with their subtree as text, and the chapters, sections
and groups around them with their own heading and text only.

1. identical text (hash map) → keep / renumber, or move when out of order;
2. within each gap between those anchors, similar text (bag-of-words Dice over jieba tokens,
   ≥ ``UPDATE``) → update;
3. one provision ≈ the concatenation of consecutive ones (≥ ``SPLIT``) → split / join;
4. the rest → delete / insert.
An unchanged provision is matched in step 1, so it is never reported as delete plus insert.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from typing import Any

from .compare import number_changes, tokenize
from .provisions import Provision, provisions

KINDS = ("keep", "update", "insert", "delete", "move", "renumber", "split", "join")
UPDATE, SPLIT, WINDOW = 0.5, 0.8, 25
_SPACE = re.compile(r"\s+")


class Prov:
    """A provision being matched: the shared ``Provision`` with its match key, tokens and bag of words."""

    __slots__ = ("provision", "node", "index", "text", "whole", "_tokens", "_bag")

    def __init__(self, provision: Provision):
        self.provision, self.node, self.index, self.text = provision, provision.node, provision.index, provision.text
        self.whole = not provision.container  # a measure or leaf: its whole subtree is its text
        self._tokens: list[str] | None = None
        self._bag: Counter | None = None

    @property
    def key(self) -> str:
        return ("u" if self.whole else "c") + _SPACE.sub("", self.text)

    @property
    def tokens(self) -> list[str]:
        if self._tokens is None:
            self._tokens = tokenize(self.text)
        return self._tokens

    @property
    def bag(self) -> Counter:
        if self._bag is None:
            self._bag = Counter(t for t in self.tokens if not t.isspace())
        return self._bag


def flatten(doc: dict) -> list[Prov]:
    """The provisions of ``doc`` (``provisions.provisions``) in document order."""
    return [Prov(p) for p in provisions(doc)]


def dice(a: Counter, b: Counter) -> float:
    """Bag-of-words Dice coefficient (difflib's ``quick_ratio`` on token lists)."""
    total = a.total() + b.total()
    return 2 * _common(a, b) / total if total else 1.0


def _common(a: Counter, b: Counter) -> int:
    """``sum((a & b).values())`` without building the intersection."""
    if len(a) > len(b):
        a, b = b, a
    get = b.get
    return sum(min(v, get(t, 0)) for t, v in a.items() if t in b)


def _dice_run(a: Counter, run: list[Counter]) -> float:
    """``dice(a, sum(run, Counter()))`` without building the sum."""
    total = a.total() + sum(b.total() for b in run)
    if not total:
        return 1.0
    common = sum(min(v, sum(b.get(t, 0) for b in run)) for t, v in a.items())
    return 2 * common / total


class _Matcher:
    """Matching state for one pair of documents; created per call."""

    def __init__(self, old: list[Prov], new: list[Prov]):
        self.old, self.new = old, new
        self.pairs: dict[int, int] = {}  # old index → new index
        self.score: dict[int, float] = {}
        self.groups: list[tuple[list[int], list[int]]] = []  # splits and joins

    def taken_new(self) -> set[int]:
        return set(self.pairs.values()) | {j for _, js in self.groups for j in js}

    def taken_old(self) -> set[int]:
        return set(self.pairs) | {i for is_, _ in self.groups for i in is_}

    def exact(self) -> None:
        waiting: dict[str, list[int]] = defaultdict(list)
        for p in reversed(self.old):
            waiting[p.key].append(p.index)
        for q in self.new:
            if waiting.get(q.key):
                i = waiting[q.key].pop()
                self.pairs[i], self.score[i] = q.index, 1.0

    def similar(self, gaps: list[tuple[list[int], list[int]]], threshold: float, window: int) -> None:
        candidates = []
        for olds, news in gaps:
            for r, i in enumerate(olds):
                centre = r * len(news) // max(len(olds), 1)
                for j in news[max(0, centre - window): centre + window + 1]:
                    if self.old[i].whole == self.new[j].whole:
                        s = dice(self.old[i].bag, self.new[j].bag)
                        if s >= threshold:
                            candidates.append((-s, i, j))
        used = self.taken_new()
        for s, i, j in sorted(candidates):
            if i not in self.pairs and j not in used:
                self.pairs[i], self.score[i] = j, -s
                used.add(j)

    def gaps(self) -> list[tuple[list[int], list[int]]]:
        """Unmatched runs of old and new provisions between consecutive in-order anchors."""
        straight = in_order(self.pairs)
        anchors = sorted((i, j) for i, j in self.pairs.items() if j in straight)
        taken_old, taken_new = self.taken_old(), self.taken_new()
        free_old = [p.index for p in self.old if p.index not in taken_old]
        free_new = [q.index for q in self.new if q.index not in taken_new]
        bounds = [(-1, -1)] + anchors + [(len(self.old), len(self.new))]
        return [([i for i in free_old if a[0] < i < b[0]], [j for j in free_new if a[1] < j < b[1]])
                for a, b in zip(bounds, bounds[1:])]

    def splits(self) -> None:
        """One old provision ≈ consecutive new ones (split), or the reverse (join)."""
        for olds, news in self.gaps():
            for r, i in enumerate(olds):
                self._regroup(i, True, None, _near(news, r, len(olds)))
            for r, j in enumerate(news):
                self._regroup(j, False, None, _near(olds, r, len(news)))
        for i, j in sorted(self.pairs.items()):
            if self.score[i] < 1 and self.pairs.get(i) == j:
                self._regroup(i, True, j, [j]) or self._regroup(j, False, i, [i])

    def _regroup(self, at: int, split: bool, partner: int | None, anchors: list[int]) -> bool:
        """Replace ``at``'s match (if any) by the best run of 2–4 consecutive provisions around ``anchors``."""
        mine, theirs = (self.old, self.new) if split else (self.new, self.old)
        if not mine[at].whole or at in (self.taken_old() if split else self.taken_new()) and partner is None:
            return False
        taken = self.taken_new() if split else self.taken_old()
        best = self.score[at if split else partner] if partner is not None else 0.0
        best_run = None
        for a in anchors:
            for size in (2, 3, 4):
                for start in range(a - size + 1, a + 1):
                    run = list(range(start, start + size))
                    if run[0] < 0 or run[-1] >= len(theirs) or not all(
                            theirs[k].whole and (k == partner or k not in taken) for k in run):
                        continue
                    score = _dice_run(mine[at].bag, [theirs[k].bag for k in run])
                    if score >= SPLIT and score > best + 0.1 and _parts_fit(mine[at].bag, [theirs[k].bag for k in run]):
                        best, best_run = score, run
        if best_run is None:
            return False
        if partner is not None:
            self.pairs.pop(at if split else partner)
        self.groups.append(([at], best_run) if split else (best_run, [at]))
        return True


def _near(items: list[int], rank: int, size: int, window: int = 4) -> list[int]:
    centre = rank * len(items) // max(size, 1)
    return items[max(0, centre - window): centre + window + 1]


def _parts_fit(whole: Counter, parts: list[Counter]) -> bool:
    """Each part mostly consists of words of the whole."""
    return all(_common(p, whole) >= 0.6 * p.total() for p in parts)


def in_order(pairs: dict[int, int]) -> set[int]:
    """New indices of the longest run of pairs whose order agrees in both documents (LIS)."""
    items = sorted(pairs.items())
    tails: list[int] = []
    tail_at: list[int] = []
    parent: list[int] = []
    for k, (_, j) in enumerate(items):
        pos = bisect_left(tails, j)
        tails[pos:pos + 1] = [j]
        tail_at[pos:pos + 1] = [k]
        parent.append(tail_at[pos - 1] if pos else -1)
    keep, k = set(), tail_at[-1] if tail_at else -1
    while k >= 0:
        keep.add(items[k][1])
        k = parent[k]
    return keep


def diff_documents(old: dict, new: dict) -> dict[str, Any]:
    """The edit script turning ``old`` into ``new`` (both validated document dicts)."""
    a, b = flatten(old), flatten(new)
    m = _Matcher(a, b)
    m.exact()
    m.similar(m.gaps(), UPDATE, WINDOW)
    m.splits()
    leftovers = m.gaps()
    if sum(len(o) for o, _ in leftovers) * sum(len(n) for _, n in leftovers) <= 40000:
        m.similar([([i for o, _ in leftovers for i in o], [j for _, n in leftovers for j in n])], 0.7, 10 ** 6)
    ops = _ops(m, a, b)
    return {"old": old["id"], "new": new["id"], "summary": {k: sum(o["op"] == k for o in ops) for k in KINDS},
            "ops": ops}


def _ops(m: _Matcher, a: list[Prov], b: list[Prov]) -> list[dict[str, Any]]:
    straight = in_order(m.pairs)
    ops = [_pair_op(a[i], b[j], j in straight) for i, j in m.pairs.items()]
    for olds, news in m.groups:
        kind = "split" if len(olds) == 1 else "join"
        ops.append(_op(kind, [a[i] for i in olds], [b[j] for j in news]))
    taken_old, taken_new = m.taken_old(), m.taken_new()
    ops += [_op("delete", [a[i]], []) for i in range(len(a)) if i not in taken_old]
    ops += [_op("insert", [], [b[j]]) for j in range(len(b)) if j not in taken_new]
    ops.sort(key=lambda op: _position(op, m.pairs))
    for op in ops:
        del op["_at"]
    return ops


def _pair_op(p: Prov, q: Prov, straight: bool) -> dict[str, Any]:
    same = p.key == q.key
    kind = "move" if not straight else "update" if not same else "keep" if _num(p) == _num(q) else "renumber"
    op = _op(kind, [p], [q])
    if not same:
        op["score"] = round(dice(p.bag, q.bag), 4)
        op["tokens"] = token_diff(p.tokens, q.tokens)
        op["numbers"] = number_changes(p.node, q.node, deep=p.whole)
    return op


def _op(kind: str, olds: list[Prov], news: list[Prov]) -> dict[str, Any]:
    def ids(ps: list[Prov], many: bool):
        return [p.node["id"] for p in ps] if many else (ps[0].node["id"] if ps else None)
    return {"op": kind, "old": ids(olds, kind == "join"), "new": ids(news, kind == "split"),
            "old_num": _num(olds[0]) if olds else None, "new_num": _num(news[0]) if news else None,
            "_at": ([p.index for p in olds], [q.index for q in news])}


def _num(p: Prov) -> str | None:
    num = p.node.get("num")
    return _SPACE.sub("", num) if num else None


def _position(op: dict, where: dict[int, int]) -> tuple:
    olds, news = op["_at"]
    if news:
        return (news[0], 0, olds[0] if olds else -1)
    before = [where[i] for i in where if i < olds[0]]
    return (max(before) if before else -1, 1, olds[0])


def token_diff(a: list[str], b: list[str]) -> list[dict[str, str]]:
    """Word-level diff of two jieba token lists: runs of equal, delete and insert."""
    runs: list[dict[str, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        parts = [("equal", a[i1:i2])] if tag == "equal" else [("delete", a[i1:i2]), ("insert", b[j1:j2])]
        for kind, toks in parts:
            if not toks:
                continue
            if runs and runs[-1]["op"] == kind:
                runs[-1]["text"] += "".join(toks)
            else:
                runs.append({"op": kind, "text": "".join(toks)})
    return runs


def summarize(script: dict) -> str:
    """Text lines for the terminal: the counts, then one line per change."""
    counts = ", ".join(f"{k} {script['summary'][k]}" for k in KINDS if script["summary"].get(k))
    lines = [f"{script['old']} → {script['new']}", f"  {counts or 'no provisions'}"]
    for op in script["ops"]:
        if op["op"] == "keep":
            continue
        where = f"{_name(op, 'old')} → {_name(op, 'new')}"
        numbers = "; ".join(f"{n['label']} {n['old'] or '—'} → {n['new'] or '—'}" for n in op.get("numbers", []))
        lines.append(f"  {op['op']:<8} {where}" + (f"   {numbers}" if numbers else ""))
    return "\n".join(lines)


def _name(op: dict, side: str) -> str:
    ids = op[side]
    return "—" if ids is None else "+".join(ids) if isinstance(ids, list) else op[f"{side}_num"] or ids

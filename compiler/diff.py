"""Version diffs: an edit script over two compiled documents (``schemas/diff.schema.json``).

Provisions are matched first and their text diffed second, like sqlglot's ``diff`` with
Akoma Ntoso's change kinds.  The provisions are those of ``provisions.provisions``, the same
that comparison tables align: measures with their subtree as text, and the chapters, sections
and groups around them with their own heading and text only.

1. equal text (hash map) → keep / renumber, or move when out of order.  Text is compared after
   folding what is only format — NFKC widths, whitespace, zero-width characters, HTML comments
   and tags, markdown emphasis and heading marks — and a pair equal only after folding carries
   ``format: true``;
2. within each gap between those anchors, similar text (Dice over sets of character bigrams,
   ≥ ``UPDATE``) → update;
3. one provision ≈ the concatenation of consecutive ones (≥ ``SPLIT``) → split / join;
4. the provisions still unmatched anywhere in the documents, found through an inverted index
   of their bigrams (≥ ``MOVED``) → move with its edits, or update;
5. the rest → delete / insert.
An unchanged provision is matched in step 1, so it is never reported as delete plus insert.
Words (jieba, ``worddiff``) are cut only for the word-level diff of a changed pair, the part people read.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .amounts import number_changes
from .model import FORMAT_VERSION
from .provisions import Provision, provisions
from .worddiff import changed_words, token_diff, tokenize

KINDS = ("keep", "update", "insert", "delete", "move", "renumber", "split", "join")
UPDATE, SPLIT, MOVED, WINDOW = 0.45, 0.8, 0.6, 25
_SPACE = re.compile(r"\s+")
_FORMAT = re.compile(r"<!--.*?-->|</?[A-Za-z][^<>]*>|\*\*|__|`|^[ \t]*(?:#{1,6}|>)[ \t]*|[\u200b-\u200d\u2060\ufeff]|\s+",
                     re.S | re.M)


def fold(text: str) -> str:
    """``text`` without what is only format (see the module docstring): equal folds, equal provisions."""
    return _FORMAT.sub("", unicodedata.normalize("NFKC", text))


class Prov:
    """A provision being matched: the shared ``Provision`` with its match key and bag of bigrams."""

    __slots__ = ("provision", "node", "index", "text", "whole", "key", "_bag")

    def __init__(self, provision: Provision):
        self.provision, self.node, self.index, self.text = provision, provision.node, provision.index, provision.text
        self.whole = not provision.container  # a measure or leaf: its whole subtree is its text
        self.key = ("u" if self.whole else "c") + fold(self.text)
        self._bag: frozenset[str] | None = None

    @property
    def bag(self) -> frozenset[str]:
        """The character bigrams of the folded text (one character alone when that is all there is)."""
        if self._bag is None:
            s = self.key[1:]
            self._bag = frozenset(s[k:k + 2] for k in range(len(s) - 1)) if len(s) > 1 else frozenset((s,))
        return self._bag


def flatten(doc: dict) -> list[Prov]:
    """The provisions of ``doc`` (``provisions.provisions``) in document order."""
    return [Prov(p) for p in provisions(doc)]


def dice(a: frozenset[str], b: frozenset[str], at_least: float = 0.0) -> float:
    """Dice coefficient of two bigram sets; 0 without counting when sizes alone keep it below ``at_least``."""
    total = len(a) + len(b)
    if not total:
        return 1.0
    if 2 * min(len(a), len(b)) < at_least * total:
        return 0.0
    return 2 * len(a & b) / total


def _dice_run(a: frozenset[str], run: list[frozenset[str]], at_least: float = 0.0) -> float:
    """``dice`` of ``a`` and the union of ``run`` (a provision against consecutive ones)."""
    return dice(a, frozenset().union(*run), at_least)


class _Matcher:
    """Matching state for one pair of documents; created per call.  What is taken on either side
    is kept up to date as pairs and groups are made, so no step rebuilds it."""

    def __init__(self, old: list[Prov], new: list[Prov]):
        self.old, self.new = old, new
        self.pairs: dict[int, int] = {}  # old index → new index
        self.score: dict[int, float] = {}
        self.groups: list[tuple[list[int], list[int]]] = []  # splits and joins
        self.taken_old: set[int] = set()
        self.taken_new: set[int] = set()

    def pair(self, i: int, j: int, score: float) -> None:
        self.pairs[i], self.score[i] = j, score
        self.taken_old.add(i)
        self.taken_new.add(j)

    def unpair(self, i: int) -> None:
        self.taken_new.discard(self.pairs.pop(i))
        self.taken_old.discard(i)

    def group(self, olds: list[int], news: list[int]) -> None:
        self.groups.append((olds, news))
        self.taken_old.update(olds)
        self.taken_new.update(news)

    def exact(self) -> None:
        waiting: dict[str, list[int]] = defaultdict(list)
        for p in reversed(self.old):
            waiting[p.key].append(p.index)
        for q in self.new:
            if waiting.get(q.key):
                self.pair(waiting[q.key].pop(), q.index, 1.0)

    def similar(self, gaps: list[tuple[list[int], list[int]]], threshold: float, window: int) -> None:
        candidates = []
        for olds, news in gaps:
            for r, i in enumerate(olds):
                centre = r * len(news) // max(len(olds), 1)
                for j in news[max(0, centre - window): centre + window + 1]:
                    if self.old[i].whole == self.new[j].whole:
                        s = dice(self.old[i].bag, self.new[j].bag, threshold)
                        if s >= threshold:
                            candidates.append((-s, i, j))
        self._take(candidates)

    def anywhere(self, threshold: float) -> None:
        """Pair provisions still free anywhere in the documents (moved ones), found through an
        inverted index of their rarer bigrams, best pair first."""
        free_old = [i for i in range(len(self.old)) if i not in self.taken_old and self.old[i].whole]
        free_new = [j for j in range(len(self.new)) if j not in self.taken_new and self.new[j].whole]
        postings: dict[str, list[int]] = defaultdict(list)
        for j in free_new:
            for gram in self.new[j].bag:
                postings[gram].append(j)
        limit = max(8, len(free_new) // 10)  # a bigram in more provisions than this finds nothing specific
        candidates = []
        for i in free_old:
            bag = self.old[i].bag
            near = {j for gram in bag if len(postings.get(gram, ())) <= limit for j in postings.get(gram, ())}
            for j in sorted(near):
                s = dice(bag, self.new[j].bag, threshold)
                if s >= threshold:
                    candidates.append((-s, i, j))
        self._take(candidates)

    def _take(self, candidates: list[tuple[float, int, int]]) -> None:
        for s, i, j in sorted(candidates):
            if i not in self.taken_old and j not in self.taken_new:
                self.pair(i, j, -s)

    def gaps(self) -> list[tuple[list[int], list[int]]]:
        """Unmatched runs of old and new provisions between consecutive in-order anchors."""
        straight = in_order(self.pairs)
        anchors = sorted((i, j) for i, j in self.pairs.items() if j in straight)
        free_old = [p.index for p in self.old if p.index not in self.taken_old]
        free_new = [q.index for q in self.new if q.index not in self.taken_new]
        bounds = [(-1, -1)] + anchors + [(len(self.old), len(self.new))]
        return [(_between(free_old, a[0], b[0]), _between(free_new, a[1], b[1])) for a, b in zip(bounds, bounds[1:])]

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
        mine_taken, taken = (self.taken_old, self.taken_new) if split else (self.taken_new, self.taken_old)
        if not mine[at].whole or at in mine_taken and partner is None:
            return False
        best = self.score[at if split else partner] if partner is not None else 0.0
        best_run = None
        for a in anchors:
            for size in (2, 3, 4):
                for start in range(a - size + 1, a + 1):
                    run = list(range(start, start + size))
                    if run[0] < 0 or run[-1] >= len(theirs) or not all(
                            theirs[k].whole and (k == partner or k not in taken) for k in run):
                        continue
                    score = _dice_run(mine[at].bag, [theirs[k].bag for k in run], SPLIT)
                    if score >= SPLIT and score > best + 0.1 and _parts_fit(mine[at].bag, [theirs[k].bag for k in run]):
                        best, best_run = score, run
        if best_run is None:
            return False
        if partner is not None:
            self.unpair(at if split else partner)
        self.group(*(([at], best_run) if split else (best_run, [at])))
        return True


def _between(items: list[int], low: int, high: int) -> list[int]:
    """The items of a sorted list strictly between ``low`` and ``high``."""
    return items[bisect_right(items, low):bisect_left(items, high)]


def _near(items: list[int], rank: int, size: int, window: int = 4) -> list[int]:
    centre = rank * len(items) // max(size, 1)
    return items[max(0, centre - window): centre + window + 1]


def _parts_fit(whole: frozenset[str], parts: list[frozenset[str]]) -> bool:
    """Each part mostly consists of bigrams of the whole."""
    return all(len(p & whole) >= 0.6 * len(p) for p in parts)


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
    m.anywhere(MOVED)
    edits = _edits(m, a, b)
    summary = {k: sum(e.kind == k for e in edits) for k in KINDS}
    summary["format"] = sum(e.format for e in edits)
    return {"format_version": FORMAT_VERSION, "old": old["id"], "new": new["id"], "summary": summary,
            "ops": [e.as_dict() for e in edits]}


@dataclass(frozen=True)
class Edit:
    """One operation of an edit script, with the provisions it involves on each side."""

    kind: str
    olds: tuple[Prov, ...]
    news: tuple[Prov, ...]
    format: bool = False  # equal after folding format, not before
    changes: dict[str, Any] = field(default_factory=dict)  # score, tokens, numbers of a changed pair

    def as_dict(self) -> dict[str, Any]:
        def ids(ps: tuple[Prov, ...], many: bool):
            return [p.node["id"] for p in ps] if many else (ps[0].node["id"] if ps else None)
        op = {"op": self.kind, "old": ids(self.olds, self.kind == "join"), "new": ids(self.news, self.kind == "split"),
              "old_num": _num(self.olds[0]) if self.olds else None,
              "new_num": _num(self.news[0]) if self.news else None}
        if self.format:
            op["format"] = True
        return {**op, **self.changes}


def _edits(m: _Matcher, a: list[Prov], b: list[Prov]) -> list[Edit]:
    straight = in_order(m.pairs)
    edits = [_pair_edit(a[i], b[j], j in straight) for i, j in m.pairs.items()]
    edits += [Edit("split" if len(olds) == 1 else "join", tuple(a[i] for i in olds), tuple(b[j] for j in news))
              for olds, news in m.groups]
    edits += [Edit("delete", (a[i],), ()) for i in range(len(a)) if i not in m.taken_old]
    edits += [Edit("insert", (), (b[j],)) for j in range(len(b)) if j not in m.taken_new]
    placed = sorted(m.pairs.items())
    olds_sorted, best_new = [i for i, _ in placed], []
    for _, j in placed:  # the largest new index paired so far, for placing deletions
        best_new.append(max(j, best_new[-1]) if best_new else j)

    def position(e: Edit) -> tuple:
        if e.news:
            return (e.news[0].index, 0, e.olds[0].index if e.olds else -1)
        k = bisect_left(olds_sorted, e.olds[0].index)
        return (best_new[k - 1] if k else -1, 1, e.olds[0].index)
    return sorted(edits, key=position)


def _pair_edit(p: Prov, q: Prov, straight: bool) -> Edit:
    same = p.key == q.key
    kind = "move" if not straight else "update" if not same else "keep" if _num(p) == _num(q) else "renumber"
    if same:
        return Edit(kind, (p,), (q,), format=p.text != q.text)
    return Edit(kind, (p,), (q,), changes={"score": round(dice(p.bag, q.bag), 4),
                                           "tokens": token_diff(tokenize(p.text), tokenize(q.text)),
                                           "numbers": number_changes(p.node, q.node, deep=p.whole)})


def _num(p: Prov) -> str | None:
    num = p.node.get("num")
    return _SPACE.sub("", num) if num else None


def summarize(script: dict, names: dict[tuple[str, str], str] | None = None) -> str:
    """Text lines for the terminal: the counts, then one line per change naming provisions as
    they are printed (第五条 → 第十九条, 序言第3段, 标题第5行: ``names``, (side, node id) → name,
    from ``labels.names``), with changed amounts and words."""
    counts = ", ".join(f"{k} {script['summary'][k]}" for k in KINDS if script["summary"].get(k))
    if script["summary"].get("format"):
        counts += f" ({script['summary']['format']} of them format only)"
    lines = [f"{script['old']} → {script['new']}", f"  {counts or 'no provisions'}"]
    for op in script["ops"]:
        if op["op"] == "keep":
            continue
        old, new = _name(op, "old", names or {}), _name(op, "new", names or {})
        where = old if old == new and op["op"] == "update" else f"{old} → {new}"
        details = [f"{n['label']} {n['old'] or '—'} → {n['new'] or '—'}" for n in op.get("numbers", [])]
        details += changed_words(op.get("tokens", []))
        if op.get("format"):
            details.append("format only")
        lines.append(f"  {op['op']:<8} {where}" + (f"   {'; '.join(details)}" if details else ""))
    return "\n".join(lines)


def _name(op: dict, side: str, names: dict[tuple[str, str], str]) -> str:
    """A side's provisions by printed name: 第五条, 第二条+第三条, 序言第2段, —."""
    ids = op[side]
    if ids is None:
        return "—"
    ids = ids if isinstance(ids, list) else [ids]
    return "+".join(names.get((side, i)) or (op.get(f"{side}_num") if len(ids) == 1 else None) or i for i in ids)

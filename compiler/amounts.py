"""What clauses state, in words a reviewer reads: short labels (金额上限, 比例) and changed amounts.

Shared by comparison tables (a provision's amounts), version diffs (``资助上限 20万元 → 30万元``)
and the pages' tooltips.  Reads validated clause dicts only.
"""
from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from .provisions import subtree_clauses

_ROLES = {"cap": "上限", "floor": "下限", "threshold": "门槛", "share": "分担", "amount": ""}
_TYPES = {"money": "金额", "percent": "比例", "count": "数量", "duration": "期限", "date": "日期"}


def clause_label(clause: dict) -> str:
    """A short Chinese name for what a clause states: 金额上限, 比例, 期限…"""
    return _TYPES.get(clause.get("type"), clause.get("type") or "数值") + _ROLES.get(clause.get("role"), "")


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


def _change(x: dict | None, y: dict | None) -> dict[str, Any]:
    c = x or y
    return {"label": clause_label(c), "type": c.get("type"), "old": x.get("text") if x else None,
            "new": y.get("text") if y else None, "old_value": shown(x), "new_value": shown(y)}


def shown(c: dict | None) -> Any:
    """The number a clause states: its value, else its upper bound, else its lower one."""
    if c is None:
        return None
    return c.get("value") if c.get("value") is not None else c.get("max", c.get("min"))

"""Helper used to write the fresh key by hand: it only finds offsets of the substrings I chose.

Each entry names the substring (optionally after a context prefix) and my reading of it;
entries are listed in source order and searched from the end of the previous one, so a
repeated substring always resolves to the next occurrence. No polc code is imported.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
UNIT_MULT = {"万元": 1e4, "亿元": 1e8, "千万元": 1e7, "元": 1}


def num(text):
    """Value of a single amount as printed: yuan for money, percent points for %."""
    t = re.sub(r"\s", "", text)
    m = re.match(r"^([\d.]+)(千万元|万元|亿元|元)(/亩)?$", t)
    if m:
        v = float(m.group(1)) * UNIT_MULT[m.group(2)]
        return int(v) if v == int(v) else v
    m = re.match(r"^([\d.]+)%$", t)
    if m:
        v = float(m.group(1))
        return int(v) if v == int(v) else v
    raise ValueError(text)


def _int(v):
    return int(v) if isinstance(v, float) and v == int(v) else v


def entry(text, role, bound="exact", lo=None, hi=None, lo_inc=True, hi_inc=True, note=None, pre=""):
    lo, hi = _int(lo), _int(hi)
    return dict(pre=pre, text=text, role=role, bound=bound, lo=lo, hi=hi, lo_inc=lo_inc, hi_inc=hi_inc, note=note)


def build(source: Path, specs):
    src = source.read_text(encoding="utf-8")
    out, cursor = [], 0
    for s in specs:
        i = src.find(s["pre"] + s["text"], cursor)
        if i < 0:
            sys.exit(f"not found after {cursor}: {s['pre']}{s['text']}")
        start = i + len(s["pre"])
        end = start + len(s["text"])
        cursor = end
        typ = "percent" if "%" in s["text"] else "money"
        e = {"span": [start, end], "text": s["text"], "type": typ, "unit": "%" if typ == "percent" else "CNY"}
        if s["bound"] == "exact":
            v = num(s["text"]) if s["lo"] is None else s["lo"]
            e.update(value=v, min=v, max=v, min_inclusive=True, max_inclusive=True)
        elif s["bound"] == "min":
            v = num(s["text"]) if s["lo"] is None else s["lo"]
            e.update(value=None, min=v, max=None, min_inclusive=s["lo_inc"], max_inclusive=None)
        elif s["bound"] == "max":
            v = num(s["text"]) if s["hi"] is None else s["hi"]
            e.update(value=None, min=None, max=v, min_inclusive=None, max_inclusive=s["hi_inc"])
        else:  # range
            e.update(value=None, min=s["lo"], max=s["hi"], min_inclusive=s["lo_inc"], max_inclusive=s["hi_inc"])
        e["approx"] = False
        e["role"] = s["role"]
        if s["note"]:
            e["note"] = s["note"]
        out.append(e)
    return out


def write(stem, specs):
    entries = build(HERE / "sources" / f"{stem}.txt", specs)
    with open(HERE / f"{stem}.jsonl", "w", encoding="utf-8") as f:
        for e in entries:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(stem, len(entries))

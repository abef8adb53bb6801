"""Dumps of every intermediate stage, for ``polc parse FILE --stage STAGE``."""
from __future__ import annotations

from typing import Any

STAGES = ("normalized", "documents", "lines", "tokens", "tree", "json")


def dump(path: str, raw: bytes, stage: str) -> Any:
    """The named stage's result for one file, as text or JSON-ready data."""
    from .levels import resolve_levels  # here: the command line loads the stages only to use them
    from .lines import classify_lines
    from .normalize import normalize
    from .parse import parse_events
    from .pipeline import compile_source
    from .source import read_source
    from .split import split_documents

    if stage == "json":
        compiled = compile_source(path, raw)
        return {"documents": compiled.documents, "residue": compiled.residue,
                "diagnostics": compiled.diagnostics}
    source = read_source(raw, path)
    norm = normalize(source.text)
    if stage == "normalized":
        return {"encoding": source.encoding, "text": norm.text,
                "offsets": _offset_runs(norm.offsets)}
    split = split_documents(norm)
    if stage == "documents":
        return {"documents": [{"index": d.index, "span": norm.to_source(d.nstart, d.nend),
                               "title_hint": d.title_hint, "level": d.level_tag} for d in split.documents],
                "residue": [{"span": norm.to_source(r.nstart, r.nend), "reason": r.reason} for r in split.residue]}
    out = []
    for piece in split.documents:
        lines = classify_lines(norm, piece)
        if stage == "lines":
            out.append([_line(norm, line) for line in lines])
            continue
        events, _ = resolve_levels(norm, lines)
        out.append(" ".join(f"{e.type}:{e.line}" if e.line >= 0 else e.type for e in events)
                   if stage == "tokens" else parse_events(events).pretty())
    return out if stage == "lines" else "\n\n".join(out)


def _line(norm, line) -> dict[str, Any]:
    return {"kind": line.kind, "span": norm.to_source(line.nstart, line.nend),
            "marker": line.marker.num if line.marker else None, "text": norm.text[line.nstart:line.nend][:80]}


def _offset_runs(offsets) -> list[list[int]]:
    """The offset map as runs ``[normalised start, source start, length]`` (identity stretches)."""
    runs: list[list[int]] = []
    for i, at in enumerate(offsets[:-1]):
        if runs and at == runs[-1][1] + runs[-1][2] and i == runs[-1][0] + runs[-1][2]:
            runs[-1][2] += 1
        else:
            runs.append([i, at, 1])
    return runs

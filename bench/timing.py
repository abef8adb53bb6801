#!/usr/bin/env python
"""The timing checks that used to be assertions in the tests (a busy machine made them fail there).

    .venv/bin/python bench/timing.py          # prints each measure against its limit; exit 1 when one is missed

* a rebuild with nothing changed (``(up to date)``) of a small corpus takes under 1 s (best of three);
* line classification costs about the same per MB at 4 MB as at 0.5 MB (ratio under 2: no copy of the
  text before every line, which made it O(n²));
* cross-references of a 3000-article law resolve in under 2 s (linear, not quadratic).

The small corpus is the seeds plus 20 files of the repository's copy of corpus-ext
(``tests/data/corpus-ext``), so this runs on a fresh clone too.  Run it on a quiet machine: the
limits are generous, but other work on the machine moves every number.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT / "tests" / "data" / "corpus-ext"
POLC = Path(sys.executable).with_name("polc")
sys.path.insert(0, str(HERE))
from synth import article_bodies, synthetic_law  # noqa: E402


def polc(*args: object) -> subprocess.CompletedProcess:
    command = [str(POLC)] if POLC.exists() else [sys.executable, "-c", "from polc.cli import main; main()"]
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True, timeout=600)


def rebuild_seconds(folder: Path) -> float:
    """Best of three no-change rebuilds of the seeds plus 20 small corpus-ext files."""
    corpus, out = folder / "corpus", folder / "out"
    for path in sorted((ROOT / "corpus").glob("0*.txt")):
        (corpus / "seeds").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, corpus / "seeds" / path.name)
    small = sorted(p for p in DATA.rglob("*") if p.suffix in (".md", ".txt") and p.name != "README.md"
                   and p.stat().st_size < 40_000)
    for path in small[::max(1, len(small) // 20)][:20]:
        target = corpus / "ext" / path.relative_to(DATA)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    polc("build", corpus, "-o", out, "-q")
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        result = polc("build", corpus, "-o", out)
        timings.append(time.perf_counter() - start)
        assert "(up to date)" in result.stderr, result.stderr
    return min(timings)


def line_classification_ratio() -> float:
    """Time per MB of classify_lines at 4 MB over that at 0.5 MB (best of two each)."""
    from polc.lines import classify_lines
    from polc.normalize import normalize
    from polc.split import split_documents

    bodies = article_bodies(DATA)
    per_mb = []
    for size in (500_000, 4_000_000):
        norm = normalize(synthetic_law(size, bodies).decode("utf-8"))
        piece = split_documents(norm).documents[0]
        runs = []
        for _ in range(2):
            start = time.perf_counter()
            classify_lines(norm, piece)
            runs.append(time.perf_counter() - start)
        per_mb.append(min(runs) / size)
    return per_mb[1] / per_mb[0]


def reference_seconds() -> float:
    """resolve_refs over 3000 articles that each cite the one before and themselves."""
    from polc.normalize import normalize
    from polc.pipeline import build_document, document_id
    from polc.refs import resolve_refs
    from polc.source import read_source
    from polc.split import split_documents

    text = "".join(f"第{i}条 依照本法第{max(1, i - 1)}条和第{i}条的规定办理。\n" for i in range(1, 3001))
    source = read_source(text.encode("utf-8"), "law.txt")
    norm = normalize(source.text)
    piece = split_documents(norm).documents[0]
    doc = build_document(source, norm, piece, document_id("law.txt", piece, False), (0, norm.offsets[-1]))
    start = time.perf_counter()
    resolve_refs(doc.body, doc.span)
    return time.perf_counter() - start


def main() -> int:
    missed = 0
    with tempfile.TemporaryDirectory(prefix="polc-timing-") as temp:
        checks = [("no-change rebuild of a small corpus", rebuild_seconds(Path(temp)), 1.0, "s"),
                  ("line classification, time per MB at 4 MB ÷ at 0.5 MB", line_classification_ratio(), 2.0, "×"),
                  ("cross-references of 3000 articles", reference_seconds(), 2.0, "s")]
    for name, value, limit, unit in checks:
        met = value < limit
        missed += not met
        print(f"{'met   ' if met else 'MISSED'} {name}: {value:.2f} {unit} (limit {limit:g} {unit})")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python
"""Checks over the whole of ``../shared/corpus-ext`` (a sibling of the checkout; the tests never read it).

    .venv/bin/python bench/corpus_ext.py            # both checks; exit 1 when one fails
    .venv/bin/python bench/corpus_ext.py --utf16    # only the re-encoding check (~2 s)

1. *UTF-16 without a byte order mark*: every ``.txt``/``.md`` file that polc reads as UTF-8, saved
   again as UTF-16-LE and as UTF-16-BE without a BOM, is recognised as UTF-16 and decodes to the
   same text (``source.read_source``), with a ``utf16-without-bom`` warning.
2. *The whole corpus builds*: ``polc build`` (the installed command, ``-j 2``) of all of corpus-ext
   gives no traceback and no internal error, and every file is a document, a file that describes the
   corpus (README.md, not a document by default), or no ``.txt``/``.md`` (MANIFEST.tsv).

``POLC_CORPUS_EXT`` points at another copy.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS_EXT = Path(os.environ.get("POLC_CORPUS_EXT", ROOT.parent / "shared" / "corpus-ext"))
POLC = Path(sys.executable).with_name("polc")


def utf16_problems(corpus: Path) -> tuple[int, list[str]]:
    """(files checked, what went wrong) for every text of ``corpus`` saved as UTF-16 without a BOM."""
    from polc.source import read_source

    checked, problems = 0, []
    for path in sorted(corpus.rglob("*")):
        if path.suffix not in (".txt", ".md"):
            continue
        raw = path.read_bytes()
        utf8 = read_source(raw, path.name)
        if utf8.encoding not in ("utf-8", "utf-8-sig"):
            continue
        checked += 1
        for order in ("le", "be"):
            wide = read_source(raw.decode(utf8.encoding).encode(f"utf-16-{order}"), path.name)
            if (wide.encoding, wide.text) != (f"utf-16-{order}", utf8.text):
                problems.append(f"{path.relative_to(corpus)} as UTF-16-{order.upper()}: read as {wide.encoding}"
                                + ("" if wide.encoding == f"utf-16-{order}" else f" ({wide.diagnostics[0].message})"))
    return checked, problems


def build_problems(corpus: Path) -> list[str]:
    """What a build of the whole corpus got wrong."""
    with tempfile.TemporaryDirectory(prefix="polc-corpus-ext-") as temp:
        out = Path(temp) / "out"
        command = [str(POLC)] if POLC.exists() else [sys.executable, "-c", "from polc.cli import main; main()"]
        result = subprocess.run([*command, "build", str(corpus), "-o", str(out), "-j", "2", "-q"],
                                capture_output=True, text=True, timeout=1800)
        problems = []
        if result.returncode not in (0, 1):
            problems.append(f"exit status {result.returncode}: {result.stderr[-2000:]}")
        for word in ("Traceback", "internal error", "internal-error"):
            if word in result.stderr:
                problems.append(f"{word} in stderr: {result.stderr[-2000:]}")
        if not (out / "index.json").is_file():
            return problems + ["no index.json"]
        index = json.loads((out / "index.json").read_text(encoding="utf-8"))
        for entry in index["documents"]:
            doc = json.loads((out / entry["json"]).read_text(encoding="utf-8"))
            if any(d["code"] == "internal-error" for d in doc["diagnostics"]):
                problems.append(f"internal-error in {entry['id']}")
        compiled = {s["path"] for s in index["sources"] if s["documents"]}
        files = sorted(p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file())
        others = [f for f in files if f not in compiled and Path(f).name not in ("MANIFEST.tsv", "README.md")]
        if others:
            problems.append(f"files that are no document: {others[:10]}")
        return problems


def main(argv: list[str]) -> int:
    if not CORPUS_EXT.is_dir():
        print(f"corpus-ext not found at {CORPUS_EXT} (set POLC_CORPUS_EXT)", file=sys.stderr)
        return 2
    failed = False
    start = time.perf_counter()
    checked, problems = utf16_problems(CORPUS_EXT)
    print(f"UTF-16 without a BOM: {checked} files × 2 byte orders, {len(problems)} read differently "
          f"({time.perf_counter() - start:.1f} s)")
    for problem in problems:
        print(f"  {problem}")
    failed |= bool(problems)
    if "--utf16" not in argv:
        start = time.perf_counter()
        problems = build_problems(CORPUS_EXT)
        print(f"polc build of corpus-ext: {len(problems)} problems ({time.perf_counter() - start:.1f} s)")
        for problem in problems:
            print(f"  {problem}")
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

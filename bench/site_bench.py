#!/usr/bin/env python
"""The reviewers' site: cost per stage, growth of the stages that once grew faster than their
input, and incremental rebuilds.

    .venv/bin/python bench/site_bench.py           # writes bench/site-results.md (a few minutes)
    .venv/bin/python bench/site_bench.py --quick   # smaller sizes, no 4× corpus

``bench/bench.py`` prints the same section.  Every figure is measured on one core, in this
process unless it says ``polc build``.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from synth import article_bodies, synthetic_law  # noqa: E402

POLC = Path(sys.executable).with_name("polc")
CORPUS_EXT = Path(os.environ.get("POLC_CORPUS_EXT", "/work/shared/corpus-ext"))
MB = 1e6


def timed(function, *args, repeat: int = 1):
    """(best seconds, result) of ``function(*args)``."""
    best, result = math.inf, None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function(*args)
        best = min(best, time.perf_counter() - start)
    return best, result


def build(corpus: Path, out: Path, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run([str(POLC), "build", str(corpus), "-o", str(out), "-q", "-j", "1", "--exclude", "README.md",
                    *extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def load(out: Path) -> tuple[dict, list[dict]]:
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return index, [json.loads((out / d["json"]).read_text(encoding="utf-8")) for d in index["documents"]]


def stages(index: dict, documents: list[dict], config: dict) -> list[tuple[str, float, str]]:
    """Each step of ``reduce.reduce_site`` and of rendering, cold, in this process."""
    from polc import compare, reduce, render
    from polc.diff import diff_documents

    rows = []
    groups, _ = reduce.versions(documents, config)
    in_groups = {i for g in groups for i in g}
    profiled = [d for d in documents if d["id"] not in in_groups]
    s, profiles = timed(lambda: [compare.profile(d) for d in profiled])
    rows.append(("profile every document", s, f"{len(profiled)} documents, {sum(len(p.terms) for p in profiles)} measures"))
    by_id = {p.doc: p for p in profiles}
    s, near = timed(compare.neighbours, profiles)
    rows.append(("neighbours (document vectors, inverted index)", s, f"{len(near)} pairs"))
    s, pairs = timed(lambda: {(a, b): compare.align_pair((by_id[a], by_id[b])) for a, b in near})
    rows.append(("align each neighbour pair once", s, f"{sum(len(p) for p in pairs.values())} aligned provisions"))
    s, planned = timed(compare.plan, profiles, pairs)
    rows.append(("plan (group by strength)", s, f"{len(planned)} tables"))
    needed = [p for e in planned for p in combinations(e["documents"], 2) if p not in pairs]
    s, extra = timed(lambda: {(a, b): compare.align_pair((by_id[a], by_id[b])) for a, b in needed})
    pairs.update(extra)
    s2, tables = timed(lambda: [compare.table([by_id[i] for i in e["documents"]],
                                              {p: pairs[p] for p in combinations(e["documents"], 2)}) for e in planned])
    rows.append(("tables (rows from pairs, topics)", s + s2, f"{len(needed)} more pairs aligned"))
    docs = {d["id"]: d for d in documents}
    version_pairs = [(docs[a], docs[b]) for g in groups for a, b in zip(g, g[1:])]
    s, scripts = timed(lambda: [diff_documents(a, b) for a, b in version_pairs])
    rows.append(("edit scripts of consecutive versions", s, f"{len(scripts)} diffs"))
    s, _ = timed(lambda: [render.document_page(d, []) for d in documents])
    rows.append(("document pages", s, f"{len(documents)} pages"))
    tables_ = [reduce.Table(f"t{k}", "t", {"name": "t", "title": "t", **t}) for k, t in enumerate(tables)]
    s, _ = timed(lambda: [render.compare_page(t, [docs[i] for i in t.data["documents"]]) for t in tables_])
    rows.append(("comparison pages", s, ""))
    s, _ = timed(lambda: [render.diff_page(sc, a, b) for sc, (a, b) in zip(scripts, version_pairs)])
    rows.append(("diff pages", s, ""))
    return rows


def shifted(documents: list[dict], k: int) -> list[dict]:
    """Copy ``k`` of every document, distinct: its Han characters outside numbering words moved by
    ``k`` places in the CJK block (so copies share structure, never vocabulary) and ids suffixed."""
    from polc.markup import plain

    keep = set("零〇○一二三四五六七八九十百千万亿两第编章节条款项目之")

    def move(text: str) -> str:
        return "".join(chr(0x4E00 + (ord(c) - 0x4E00 + 4099 * k) % 20902) if "\u4e00" <= c <= "\u9fa5" and c not in keep
                       else c for c in text)

    def node(n: dict) -> dict:
        return {**n, "text": move(n["text"]), "heading": move(n["heading"]) if n.get("heading") else n.get("heading"),
                "children": [node(c) for c in n["children"]]}
    return [{**d, "id": f"{d['id']}.k{k}", "title": move(d["title"]), "body": [node(n) for n in d["body"]],
             "meta": {**d["meta"], "title": {"text": move(plain(d["meta"].get("title")) or d["title"]), "span": None}},
             "source": {**d["source"], "path": f"k{k}/{d['source']['path']}"}} for d in documents]


def site_growth(out: Path, factors: tuple[int, ...], work: Path) -> list[tuple[int, int, float]]:
    """``write_site`` over the documents of ``out`` and k shifted copies: (k, documents, seconds),
    each k in a fresh process (one process for all of them charges the later ones with what the
    earlier ones left in memory: 1.21× at 4× in one process, 0.99× in fresh ones)."""
    rows = []
    for k in factors:
        done = subprocess.run([sys.executable, __file__, "--growth", str(k), str(out), str(work / f"grow{k}")],
                              capture_output=True, text=True, check=True)
        n, seconds = done.stdout.split()[-2:]
        rows.append((k, int(n), float(seconds)))
    return rows


def _growth_child(k: int, out: Path, folder: Path) -> None:
    """One row of ``site_growth``: prints the number of documents and the seconds of ``write_site``."""
    from polc.site import write_site

    _, documents = load(out)
    docs = [d for c in range(k) for d in (documents if c == 0 else shifted(documents, c))]
    index = {"documents": [{"id": d["id"], "title": d["title"], "source": d["source"]["path"],
                            "json": f"docs/{d['id']}.json"} for d in docs], "sources": []}
    s, _ = timed(write_site, folder, index, docs, {})
    shutil.rmtree(folder, ignore_errors=True)
    print(len(docs), s)


def document_growth(sizes: tuple[int, ...]) -> list[tuple[str, int, list[float]]]:
    """The stages that grew faster than their input, on one synthetic law and its edited copy.

    align_pair (the law against a reordered law), diff_documents (the law against itself with every
    tenth article edited), the comparison page (render.cell) and the document page."""
    from polc import compare, render
    from polc.diff import diff_documents
    from polc.pipeline import compile_source
    from polc.reduce import Table

    bodies = article_bodies(CORPUS_EXT if CORPUS_EXT.is_dir() else None)
    rows = []
    for size in sizes:
        law = compile_source("a.md", synthetic_law(size, bodies)).documents[0]
        other = compile_source("b.md", synthetic_law(size, bodies[len(bodies) // 2:] + bodies[:len(bodies) // 2])).documents[0]
        edited_text = synthetic_law(size, bodies).decode().replace("应当", "必须", max(1, size // 20_000))
        edited = compile_source("c.md", edited_text.encode()).documents[0]
        pa, pb = compare.profile(law), compare.profile(other)
        a_s, found = timed(compare.align_pair, (pa, pb))
        d_s, _ = timed(diff_documents, law, edited)
        table = Table("t", "t", compare.table([pa, pb], {(pa.doc, pb.doc): found}))
        c_s, _ = timed(render.compare_page, table, [law, other])
        p_s, _ = timed(render.document_page, law, [])
        rows.append((f"{size // 1000} KB", len(pa.terms), [a_s, d_s, c_s, p_s]))
    return rows


def incremental(work: Path) -> dict[str, float]:
    """``polc build -j 1`` of corpus-ext: cold, again with nothing changed, after editing one file."""
    corpus = work / "corpus"
    shutil.copytree(CORPUS_EXT, corpus)
    out = work / "out"
    cold = build(corpus, out)
    same = min(build(corpus, out) for _ in range(2))
    edits = []
    for k in range(2):
        target = corpus / "local" / "l11_滁州市促进房地产市场平稳健康发展若干措施.txt"
        target.write_bytes(target.read_bytes() + f"\n第九百九十{k}条 新增条文。\n".encode())
        edits.append(build(corpus, out))
    json_only = work / "out-json"
    build(corpus, json_only, "--no-site")
    target.write_bytes(target.read_bytes() + "\n第九百八十条 又一条。\n".encode())
    return {"cold": cold, "same": same, "edit": min(edits), "edit_json": build(corpus, json_only, "--no-site")}


def section(quick: bool = False) -> tuple[list[str], dict[str, float]]:
    """The site's part of the benchmark report, as markdown lines, and the figures the targets
    read: the incremental builds (``cold``, ``same``, ``edit``, ``edit_json``) and ``growth``,
    the time per document at the most copies ÷ 1×."""
    work = Path(tempfile.mkdtemp(prefix="polc-site-bench-"))
    try:
        lines = ["## The site", ""]
        inc = incremental(work)
        index, documents = load(work / "out")
        from polc.config import load_config

        rows = stages(index, documents, load_config(CORPUS_EXT))
        total = sum(s for _, s, _ in rows)
        lines += [f"corpus-ext, {len(documents)} documents, every stage cold in one process (no cache):", "",
                  "| stage | s | % | note |", "|---|---:|---:|---|"]
        lines += [f"| {name} | {s:.2f} | {100 * s / total:.0f} | {note} |" for name, s, note in rows]
        lines += [f"| **total** | {total:.2f} | 100 | |", "",
                  "`polc build -j 1` of corpus-ext (process start-up included):", "",
                  "| build | s |", "|---|---:|",
                  f"| cold, JSON and site | {inc['cold']:.2f} |", f"| nothing changed | {inc['same']:.2f} |",
                  f"| one file edited (JSON and site) | {inc['edit']:.2f} |",
                  f"| one file edited, `--no-site` | {inc['edit_json']:.2f} |", ""]
        sizes = (100_000, 400_000) if quick else (100_000, 1_000_000)
        grown = document_growth(sizes)
        lines += ["Stages that grew faster than their input (issue 11), on one synthetic law of growing size: "
                  "`align_pair` against a reordered law, `diff_documents` against an edited copy, the comparison "
                  "page (`render.cell` once built an id map per cell) and the document page. "
                  "`÷ first` is time per measure relative to the smallest size (1.00 = linear).", "",
                  "| size | measures | align s | diff s | compare page s | document page s | ÷ first (align, diff, compare, page) |",
                  "|---:|---:|---:|---:|---:|---:|---|"]
        first = grown[0]
        for size, measures, secs in grown:
            ratios = ", ".join(f"{(s / measures) / (f / first[1]):.2f}" for s, f in zip(secs, first[2]))
            lines.append(f"| {size} | {measures} | " + " | ".join(f"{s:.3f}" for s in secs) + f" | {ratios} |")
        lines.append("")
        factors = (1, 2) if quick else (1, 2, 4)
        growth = site_growth(work / "out", factors, work)
        lines += ["`write_site` over corpus-ext and distinct copies of it (Han characters shifted, so copies share no "
                  "vocabulary and plan their own tables), one core, each row in a fresh process:", "",
                  "| copies | documents | s | s per document ÷ 1× |", "|---:|---:|---:|---:|"]
        base = growth[0][2] / growth[0][1]
        lines += [f"| {k}× | {n} | {s:.2f} | {s / n / base:.2f} |" for k, n, s in growth]
        return lines + [""], {**inc, "growth": growth[-1][2] / growth[-1][1] / base, "copies": growth[-1][0]}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--growth", nargs=3, help=argparse.SUPPRESS)  # a child of site_growth: K OUT FOLDER
    parser.add_argument("-o", "--output", type=Path, default=HERE / "site-results.md")
    args = parser.parse_args()
    if args.growth:
        _growth_child(int(args.growth[0]), Path(args.growth[1]), Path(args.growth[2]))
        return
    text = "\n".join(["# polc site benchmark", ""] + section(args.quick)[0][2:]) + "\n"
    args.output.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()

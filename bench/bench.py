#!/usr/bin/env python
"""polc benchmark: throughput, per-stage cost, scaling, memory, and two baselines.

    .venv/bin/python bench/bench.py            # full run (a few minutes), writes bench/results.md
    .venv/bin/python bench/bench.py --quick    # seeds only, 1×/2×, 10 KB→1 MB; writes bench/results-quick.md
    .venv/bin/python bench/bench.py --profile  # also cProfile the corpus and the largest synthetic document

Every measurement that matters runs in a fresh child process (this file with ``--child``) so
its peak memory is its own.  See bench/README.md for what each number means.
"""
from __future__ import annotations

import argparse
import datetime
import importlib
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from synth import article_bodies, synthetic_law  # noqa: E402

ROOT = HERE.parent
POLC = Path(sys.executable).with_name("polc")
CORPUS_EXT = Path(os.environ.get("POLC_CORPUS_EXT", "/work/shared/corpus-ext"))
SEEDS = Path(os.environ.get("POLC_SEEDS", "/work/shared/seeds"))
STAGES = ("read", "decode", "normalise", "split", "lines", "levels", "parse", "tree", "annotate", "clauses",
          "meta", "emit", "validate", "other compile", "write", "cache", "index", "render")
FLOOR_RE = re.compile(r"[0-9０-９.一二三四五六七八九十百千万亿两]+\s*(万元|亿元|元|%|％)")  # issue 23: the money pattern
FLOOR_RUNS = 30  # the floor is the least of this many passes in one process
MB = 1e6
# Issue 11 (speed where users wait) and issue 12 (numbers): ratios are taken within one run.
TARGETS = {"json_floor": 90, "site_floor": 150, "edit_s": 2.5, "same_s": 1.0, "growth": 0.10,
           "peak_mb": 300, "numeric_speedup": 5}


# --------------------------------------------------------------------------- helpers

def corpus_files(corpus: Path) -> list[tuple[str, Path]]:
    """What ``polc build`` compiles: *.txt and *.md, hidden files skipped (mirrors build.discover)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(corpus):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith(".") and name.endswith((".txt", ".md")):
                path = Path(dirpath) / name
                found.append((path.relative_to(corpus).as_posix(), path))
    return sorted(found)


def copy_tree(src: Path, dst: Path) -> None:
    """Copy the sources of ``src`` into ``dst`` (writable, unlike the read-only shared corpus)."""
    for rel, path in corpus_files(src):
        target = dst / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def link_tree(src: Path, dst: Path) -> None:
    """Hard-link (or copy) every file of ``src`` into ``dst``: a cheap full copy of a corpus."""
    for rel, path in corpus_files(src):
        target = dst / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(path, target)
        except OSError:
            shutil.copyfile(path, target)


def corpus_bytes(corpus: Path) -> int:
    return sum(path.stat().st_size for _, path in corpus_files(corpus))


def child(name: str, **payload: Any) -> dict[str, Any]:
    """Run ``--child name`` in a fresh interpreter; its last stdout line is a JSON result."""
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", name, json.dumps(payload)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"child {name} failed: {tail}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def builds_html() -> bool:
    """Whether ``polc build`` writes the HTML site itself (it does unless ``--no-site``)."""
    return True


def polc_build(corpus: Path, out: Path, jobs: int, *extra: str, html: bool = True) -> dict[str, Any]:
    """Time ``polc build`` (``html=False``: without its site) into a fresh OUT; peak RSS via wait4."""
    shutil.rmtree(out, ignore_errors=True)
    command = [str(POLC), "build", str(corpus), "-o", str(out), "-q", "-j", str(jobs), *extra]
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(command + ([] if html else ["--no-site"]),
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    index = out / "index.json"
    documents = len(json.loads(index.read_text(encoding="utf-8"))["documents"]) if index.exists() else 0
    return {"seconds": seconds, "exit": proc.returncode, "peak_mb": usage.ru_maxrss / 1024,
            "documents": documents, "traceback": "Traceback" in stderr or "internal error" in stderr}


def best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return min(runs, key=lambda r: r.get("seconds", float("inf")))


def machine() -> dict[str, str]:
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or "unknown"
    try:
        memory = next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal"))
        memory = f"{int(memory) / 1024 ** 2:.1f} GB"
    except (OSError, StopIteration):
        memory = "unknown"
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": model, "cores": f"{os.cpu_count()} ({usable} usable)", "memory": memory,
            "python": f"{platform.python_implementation()} {platform.python_version()}",
            "os": platform.platform(), "load": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def optional(module: str, attr: str):
    """``module.attr`` or the reason it is missing."""
    try:
        return getattr(importlib.import_module(module), attr), ""
    except Exception as exc:  # noqa: BLE001 — any import problem means "n/a, because …"
        return None, f"{type(exc).__name__}: {exc}"


def jionlp_money():
    """JioNLP's money extractor (``jionlp.extract_money`` in the docs, ``jionlp.ner.extract_money`` in 1.5)."""
    try:
        import jionlp
    except Exception as exc:  # noqa: BLE001
        return None, f"jionlp does not import ({type(exc).__name__}: {exc}); .venv/bin/pip install jionlp"
    extract = getattr(jionlp, "extract_money", None) or getattr(getattr(jionlp, "ner", None), "extract_money", None)
    return (extract, "") if extract else (None, "jionlp has no extract_money")


# --------------------------------------------------------------------------- children

# (module, function, stage): every stage function the pipeline calls, timed where it is looked up.
# Missing ones (an older or newer polc) are skipped; nested calls are charged to the inner stage only.
STAGE_FUNCTIONS = (
    ("polc.pipeline", "read_source", "decode"), ("polc.pipeline", "normalize", "normalise"),
    ("polc.pipeline", "split_documents", "split"), ("polc.pipeline", "classify_lines", "lines"),
    ("polc.pipeline", "resolve_levels", "levels"), ("polc.pipeline", "parse_events", "parse"),
    ("polc.pipeline", "build_nodes", "tree"), ("polc.pipeline", "choose_title", "tree"),
    ("polc.pipeline", "annotate", "annotate"), ("polc.annotate", "extract_clauses", "clauses"),
    ("polc.pipeline", "extract_meta", "meta"), ("polc.pipeline", "LineIndex", "emit"),
    ("polc.pipeline", "emit_document", "emit"), ("polc.pipeline", "emit_residue", "emit"),
    ("polc.pipeline", "emit_diagnostic", "emit"), ("polc.pipeline", "schema_errors", "validate"),
)


def child_stages(corpus: str, work: str, texts_out: str) -> dict[str, Any]:
    """Compile every file in one process with each stage function wrapped in a timer (exclusive time).

    ``pipeline.compile_source`` runs as in a build, so the stages are exactly the ones a build
    runs, in its order; the build-level steps (write, cache, index, render) are called directly.
    """
    from polc.build import BuildResult, index_of, write_json
    from polc.cache import Cache, source_key
    from polc.pipeline import compile_source
    from polc.validate import schema_errors

    compile_source("warm.md", "第一条 预热。".encode())  # build the parsers and the schema validator once
    seconds: dict[str, float] = defaultdict(float)
    stack: list[list[float]] = []  # [start, time spent in timed callees] per active call
    texts: list[str] = []

    def timed(function, stage: str):
        def wrapper(*args, **kwargs):
            stack.append([time.perf_counter(), 0.0])
            try:
                return function(*args, **kwargs)
            finally:
                started, inner = stack.pop()
                spent = time.perf_counter() - started
                seconds[stage] += spent - inner
                if stack:
                    stack[-1][1] += spent
        return wrapper

    found = []
    for module_name, name, stage in STAGE_FUNCTIONS:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        if hasattr(module, name):
            function = getattr(module, name)
            if stage == "clauses":
                def recording(text, *args, _f=function, **kwargs):
                    texts.append(text)
                    return _f(text, *args, **kwargs)
                function = recording
            setattr(module, name, timed(function, stage))
            found.append(stage)
    out, cache_dir = Path(work) / "out", Path(work) / "out" / ".cache"
    total = documents = failures = 0
    compiled_all = []
    clock = time.perf_counter
    for rel, path in corpus_files(Path(corpus)):
        start = clock()
        raw = path.read_bytes()
        seconds["read"] += clock() - start
        total += len(raw)
        start = clock()
        compiled = compile_source(rel, raw)
        seconds["other compile"] += clock() - start  # the wrapped stages' time is taken out below
        failures += sum(1 for _, d in compiled.all_diagnostics() if d["code"] == "internal-error")
        start = clock()
        for doc in compiled.documents:
            try:
                write_json(out / "docs" / f"{doc['id']}.json", doc)
            except OSError:  # e.g. a document id longer than the file system allows
                failures += 1
        documents += len(compiled.documents)
        seconds["write"] += clock() - start
        start = clock()
        Cache(None).put(cache_dir, source_key(rel, raw), compiled)
        seconds["cache"] += clock() - start
        compiled_all.append(compiled)
    seconds["other compile"] -= sum(v for k, v in seconds.items() if k in {s for _, _, s in STAGE_FUNCTIONS})
    start = clock()
    everything = [d for c in compiled_all for d in c.documents]
    index = index_of(BuildResult(compiled_all))
    schema_errors(index, "index.schema.json")
    write_json(out / "index.json", index)
    write_tables, _ = optional("polc.tables", "write_clause_tables")
    if write_tables:
        write_tables(out, everything)
    seconds["index"] += clock() - start
    write_site, render_note = optional("polc.site", "write_site")
    if write_site:
        start = clock()
        render_note = render_site(write_site, Path(corpus), Path(work) / "site", index, everything)
        seconds["render"] = clock() - start
    Path(texts_out).write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    return {"seconds": dict(seconds), "bytes": total, "documents": documents, "failures": failures,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "timed": found,
            "clauses_missing": "" if "clauses" in found else "polc.annotate.extract_clauses not found",
            "render_note": render_note, "texts": len(texts), "text_chars": sum(map(len, texts))}


def render_site(write_site, corpus: Path, root: Path, index: dict, documents: list[dict]) -> str:
    """Call ``polc.site.write_site(root, index, documents, config)``; "" on success, else why not."""
    load_config, _ = optional("polc.config", "load_config")
    try:
        write_site(root, index, documents, load_config(corpus) if load_config else {})
        return ""
    except Exception as exc:  # noqa: BLE001 — the renderer is someone else's work in progress
        return f"write_site raised {type(exc).__name__}: {exc}"


def child_floor(corpus: str) -> dict[str, Any]:
    """Read and decode every file plus one pass of the money pattern: the least a compiler must do
    (the least of ``FLOOR_RUNS`` passes: a short C loop is the measurement that load moves most)."""
    files = [path for _, path in corpus_files(Path(corpus))]
    best = float("inf")
    for _ in range(FLOOR_RUNS):
        start = time.perf_counter()
        total = matches = 0
        for path in files:
            raw = path.read_bytes()
            total += len(raw)
            matches += sum(1 for _ in FLOOR_RE.finditer(raw.decode("utf-8", "replace")))
        best = min(best, time.perf_counter() - start)
    return {"seconds": best, "bytes": total, "matches": matches}


def child_peer(corpus: str) -> dict[str, Any]:
    """JioNLP money extraction over the decoded text of every file."""
    extract, why = jionlp_money()
    if not extract:
        return {"error": why}
    texts = [path.read_bytes().decode("utf-8", "replace") for _, path in corpus_files(Path(corpus))]
    extract("预热：奖励10万元。")
    start = time.perf_counter()
    found = sum(len(extract(text)) for text in texts)
    return {"seconds": time.perf_counter() - start, "bytes": sum(len(t.encode()) for t in texts), "found": found}


def child_numeric(texts_file: str) -> dict[str, Any]:
    """chars/s of polc's ``extract_clauses`` and JioNLP's ``extract_money`` over the same node texts.

    Three rounds, each one pass of every extractor in turn, so a change in the machine's load
    falls on both; the best pass of each is reported (polc's first pass, which fills its memo of
    window shapes, is reported too)."""
    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    chars = sum(map(len, texts))
    result: dict[str, Any] = {"chars": chars, "texts": len(texts)}
    extractors = {}
    for name, (extract, why) in (("polc", optional("polc.clauses", "extract_clauses")), ("jionlp", jionlp_money())):
        if not extract:
            result[name] = {"error": why}
            continue
        try:
            extract("预热：奖励10万元。")
            extractors[name] = extract
        except Exception as exc:  # noqa: BLE001
            result[name] = {"error": f"{type(exc).__name__}: {exc}"}
    passes: dict[str, list[float]] = {name: [] for name in extractors}
    found: dict[str, int] = {}
    for _ in range(3):
        for name, extract in list(extractors.items()):
            try:
                start = time.perf_counter()
                count = 0
                for text in texts:
                    got = extract(text)  # polc: (clauses, diagnostics); jionlp: a list of amounts
                    count += len(got[0] if isinstance(got, tuple) else got or ())
                passes[name].append(time.perf_counter() - start)
                found[name] = count
            except Exception as exc:  # noqa: BLE001
                result[name] = {"error": f"{type(exc).__name__}: {exc}"}
                del extractors[name]
    for name in extractors:
        seconds = min(passes[name])
        result[name] = {"seconds": seconds, "first": passes[name][0], "chars_per_s": chars / seconds,
                        "found": found[name]}
    return result


def child_document(path: str, min_seconds: float, trace: bool) -> dict[str, Any]:
    """Compile and write one document (no process start-up); peak memory.  ``seconds`` is the
    first run, as a build compiles a document once (repeated runs of one document hit polc's
    memo of window shapes every time, which flatters small documents); ``best`` is the best run."""
    from polc.build import write_json
    from polc.pipeline import compile_source
    compile_source("warm.md", "第一条 预热。".encode())  # build the parser once
    raw = Path(path).read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        if trace:
            import tracemalloc
            tracemalloc.start()
        runs, spent = [], 0.0
        while not runs or (spent < min_seconds and len(runs) < 50):
            start = time.perf_counter()
            compiled = compile_source(Path(path).name, raw)
            for doc in compiled.documents:
                write_json(Path(tmp) / "docs" / f"{doc['id']}.json", doc)
            runs.append(time.perf_counter() - start)
            spent += runs[-1]
            del compiled
        traced = tracemalloc.get_traced_memory()[1] / MB if trace else None
    return {"seconds": runs[0], "best": min(runs), "runs": len(runs), "bytes": len(raw), "traced_peak_mb": traced,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def child_profile(corpus: str, document: str, work: str, top: int) -> dict[str, Any]:
    """cProfile of an in-process ``polc build -j 1``: the corpus and one big document with JSON alone,
    then the corpus as shipped (with the HTML site, when the build writes one)."""
    import cProfile
    import pstats
    from polc.build import BuildOptions, compile_corpus, write_output
    from polc.pipeline import compile_source
    compile_source("warm.md", "第一条 预热。".encode())
    runs = [("the corpus, JSON alone", Path(corpus), False), ("the largest document, JSON alone", Path(document), False),
            ("the corpus, JSON + HTML", Path(corpus), True)]
    tables = {}
    for k, (name, target, html) in enumerate(runs):
        if target.is_file():
            folder = Path(work) / "one"
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(target, folder / target.name)
            target = folder
        out = Path(work) / f"out-{k}"
        profiler = cProfile.Profile()
        profiler.enable()
        write_output(compile_corpus(target, BuildOptions(workers=1, site=html), out), out)
        profiler.disable()
        stats = pstats.Stats(profiler)
        total = stats.total_tt
        rows = []
        for (file, line, func), (_, calls, tottime, cumtime, _) in sorted(
                stats.stats.items(), key=lambda item: -item[1][2])[:top]:
            rows.append([f"{_short(file)}:{line}({func})", calls, tottime, cumtime, tottime / total])
        tables[name] = {"total": total, "rows": rows}
    return tables


def _short(file: str) -> str:
    """``compiler/lines.py``, ``lark/lark.py``, ``json/encoder.py`` rather than absolute paths."""
    return re.sub(r"^.*/(?:site-packages|lib/python3\.\d+)/|^.*/(?=compiler/)", "", file)


CHILDREN = {"stages": child_stages, "floor": child_floor, "peer": child_peer, "numeric": child_numeric,
            "document": child_document, "profile": child_profile}


# --------------------------------------------------------------------------- the run

def run(args: argparse.Namespace) -> str:
    jobs = args.jobs or os.cpu_count() or 1
    work = Path(tempfile.mkdtemp(prefix="polc-bench-"))
    report: list[str] = []
    say = print if args.verbose else (lambda *a, **k: None)
    try:
        # corpus-ext at the root and the seeds in seeds/: document ids are those of corpus-ext built alone.
        corpus = work / "corpus"
        sources = [SEEDS] if args.quick else [CORPUS_EXT, SEEDS]
        if not args.quick:
            copy_tree(CORPUS_EXT, corpus)
        copy_tree(SEEDS, corpus / "seeds")
        size = corpus_bytes(corpus)
        files = len(corpus_files(corpus))
        info = machine()
        report += [f"# polc benchmark ({'quick' if args.quick else 'full'} run, {datetime.date.today()})", "",
                   "| machine | |", "|---|---|",
                   f"| CPU | {info['cpu']} |", f"| cores | {info['cores']} |", f"| memory | {info['memory']} |",
                   f"| Python | {info['python']} |", f"| OS | {info['os']} |",
                   f"| polc / jionlp | {package_version('polc')} / {package_version('jionlp')} |",
                   f"| load average at start | {info['load']} |",
                   f"| corpus | {' + '.join(str(s) for s in sources)}: {files} files, {size / MB:.2f} MB |",
                   f"| command | `.venv/bin/python bench/bench.py{' --quick' if args.quick else ''}` |", ""]

        # ---- throughput
        say("throughput …", flush=True)
        repeat = args.repeat
        out = work / "out"
        shipped_html = builds_html()
        build1 = best([polc_build(corpus, out, 1, html=False) for _ in range(repeat)])
        build1_nc = best([polc_build(corpus, out, 1, "--no-cache", html=False) for _ in range(repeat)])
        buildn = best([polc_build(corpus, out, jobs, html=False) for _ in range(repeat)]) if jobs > 1 else build1
        build_html = best([polc_build(corpus, out, 1) for _ in range(repeat)]) if shipped_html else None
        build_html_n = polc_build(corpus, out, jobs) if shipped_html and jobs > 1 else build_html
        floor = best([child("floor", corpus=str(corpus)) for _ in range(repeat)])
        peer = child("peer", corpus=str(corpus))
        say("stages …", flush=True)
        stages = child("stages", corpus=str(corpus), work=str(work / "stages"), texts_out=str(work / "texts.json"))
        render = stages.get("seconds", {}).get("render")
        render_na = (stages.get("error") or stages.get("render_note") or "compiler/site.py not importable"
                     if render is None else stages.get("render_note", ""))
        docs = build1["documents"]

        def status(run):
            failed = "" if run["documents"] else " — **the build wrote nothing**"
            return f"exit {run['exit']}{failed}"

        def row(name, seconds, per_core=1, documents=None, note=""):
            mbps = size / MB / seconds
            ratio = seconds / floor["seconds"]
            docs_s = f"{documents / seconds:.0f}" if documents else ""
            return (f"| {name} | {seconds:.2f} | {mbps:.2f} | {mbps / per_core:.2f} | {docs_s} | "
                    f"{ratio:.1f}× | {note} |")

        json_s = build1["seconds"]
        report += ["## Throughput", "",
                   "Wall clock of whole commands (process start-up included), fresh OUT each time. "
                   "`× floor` is time relative to the floor row. " + (
                       "`polc build` writes the HTML site itself; the JSON rows run the same command with "
                       "`--no-site`." if shipped_html else
                       "`polc build` writes no HTML; JSON + HTML adds `site.write_site` timed in the per-stage run."),
                   "", "| what | s | MB/s | MB/s per core | docs/s | × floor | note |",
                   "|---|---:|---:|---:|---:|---:|---|",
                   row("floor: read + decode + one pass of the money pattern", floor["seconds"], note="one process, in-process timing, least of 30 passes"),
                   row("`polc build -j 1`, JSON alone", json_s, 1, docs, f"{status(build1)}, cold cache written"),
                   row("`polc build -j 1 --no-cache`, JSON alone", build1_nc["seconds"], 1, docs, status(build1_nc)),
                   row(f"`polc build -j {jobs}`, JSON alone", buildn["seconds"], jobs, docs, status(buildn))]
        if build_html:
            html_s = build_html["seconds"]
            report.append(row("`polc build -j 1`, JSON + HTML (as shipped)", html_s, 1, build_html["documents"],
                              f"{status(build_html)}; peak RSS {build_html['peak_mb']:.0f} MB"))
            if build_html_n is not build_html:
                report.append(row(f"`polc build -j {jobs}`, JSON + HTML", build_html_n["seconds"], jobs,
                                  build_html_n["documents"],
                                  f"{status(build_html_n)}; peak RSS {build_html_n['peak_mb']:.0f} MB"))
        elif render is not None and not render_na:
            html_s = json_s + render
            report.append(row("JSON + HTML (`-j 1` + `write_site`)", html_s, 1, docs, f"render alone {render:.2f} s"))
        else:
            html_s = None
            report.append(f"| JSON + HTML | n/a | n/a | n/a | | | {render_na or 'compiler/site.py not importable'} |")
        if "error" in peer:
            report.append(f"| peer: jionlp money extraction | n/a | n/a | n/a | | | {peer['error']} |")
        else:
            report.append(row("peer: `jionlp` `extract_money` over each file", peer["seconds"],
                              note=f"{peer['found']} amounts; polc JSON takes {json_s / peer['seconds']:.1f}× "
                                   "its time"))
        report += ["", f"Peak RSS of `polc build`, JSON alone (largest process): -j 1 {build1['peak_mb']:.0f} MB, "
                       f"-j {jobs} {buildn['peak_mb']:.0f} MB. Tracebacks in stderr: "
                       f"{'YES' if build1['traceback'] or buildn['traceback'] else 'none'}.", ""]

        # ---- stages
        if "error" in stages:
            report += ["## Per stage", "", stages["error"], ""]
        else:
            sec = stages["seconds"]
            spent = sum(v for k, v in sec.items() if k != "render")
            report += ["## Per stage", "",
                       f"Every file compiled in one warm process by `pipeline.compile_source`, each stage function "
                       f"wrapped in a timer (own time: a stage called inside another is charged to itself only), "
                       f"then written, cached and indexed as a build does ({stages['documents']} documents, "
                       f"{stages['bytes'] / MB:.2f} MB, peak RSS {stages['peak_mb']:.0f} MB, {stages['failures']} "
                       "internal errors or unwritable documents). MB/s is source MB over the stage's own time; "
                       "% is of the JSON total (render is on top of it).",
                       "", "| stage | s | % | MB/s | function |", "|---|---:|---:|---:|---|"]
            names = {"read": "Path.read_bytes", "decode": "source.read_source", "normalise": "normalize.normalize",
                     "split": "split.split_documents", "lines": "lines.classify_lines",
                     "levels": "levels.resolve_levels", "parse": "parse.parse_events",
                     "tree": "tree.build_nodes + title.choose_title",
                     "annotate": "annotate.annotate (conditions, references), without clauses",
                     "clauses": "clauses.extract_clauses, called by annotate on every node text",
                     "meta": "meta.extract_meta",
                     "emit": "emit.LineIndex, emit_document, emit_residue, emit_diagnostic",
                     "validate": "validate.schema_errors", "other compile": "the rest of pipeline.compile_source",
                     "write": "build.write_json", "cache": "cache.source_key + Cache.put",
                     "index": "build.index_of + schema + write; tables.write_clause_tables",
                     "render": "site.write_site"}
            for stage in STAGES:
                if stage in sec:
                    report.append(f"| {stage} | {sec[stage]:.3f} | {100 * sec[stage] / spent:.1f} | "
                                  f"{stages['bytes'] / MB / max(sec[stage], 1e-9):.1f} | {names[stage]} |")
                else:
                    why = stages["clauses_missing"] if stage == "clauses" else render_na if stage == "render" else ""
                    report.append(f"| {stage} | n/a | | | {names[stage]}: {why or 'not importable'} |")
            report += [f"| **total (JSON)** | {spent:.3f} | 100 | {stages['bytes'] / MB / spent:.2f} | "
                       "everything above but render |", ""]

        # ---- numeric extraction
        numeric = child("numeric", texts_file=str(work / "texts.json"))
        report += ["## Numeric extraction", ""]
        if "error" in numeric:
            report += [numeric["error"], ""]
        else:
            report += [f"Over the same {numeric['texts']} node texts ({numeric['chars']:,} chars): the texts "
                       "`annotate` hands to `extract_clauses` in the per-stage run. polc finds every numeric clause "
                       "(amounts, rates, counts, durations, dates); jionlp only money.",
                       "Best of three rounds, each one pass of polc and one of jionlp, so a change in load falls on "
                       "both (the first pass, in its own column, also fills polc's memo of window shapes).",
                       "", "| extractor | s | first pass s | chars/s | found |", "|---|---:|---:|---:|---:|"]
            for name, label in (("polc", "polc `clauses.extract_clauses`"), ("jionlp", "jionlp `extract_money`")):
                r = numeric[name]
                report.append(f"| {label} | n/a | n/a | n/a | {r['error']} |" if "error" in r else
                              f"| {label} | {r['seconds']:.2f} | {r['first']:.2f} | {r['chars_per_s']:,.0f} | "
                              f"{r['found']} |")
            report.append("")

        # ---- corpus scaling
        say("scaling …", flush=True)
        factors = (1, 2) if args.quick else (1, 2, 4, 8)
        scale_rows = []
        for k in factors:
            scaled = work / f"scale{k}"
            for i in range(k):
                link_tree(corpus, scaled / f"c{i}")
            r = best([polc_build(scaled, work / "scale-out", jobs, html=False) for _ in range(repeat)])
            scale_rows.append((k, corpus_bytes(scaled), r))
            shutil.rmtree(scaled)
        base = scale_rows[0][2]["seconds"] / (scale_rows[0][1] / MB)
        report += ["## Growth with corpus size", "",
                   f"The corpus hard-linked k times, `polc build -j {jobs}` (JSON alone) into a fresh OUT.", "",
                   "| copies | MB | s | s/MB | s/MB ÷ 1× | peak RSS MB | exit |", "|---:|---:|---:|---:|---:|---:|---:|"]
        for k, nbytes, r in scale_rows:
            per = r["seconds"] / (nbytes / MB)
            report.append(f"| {k}× | {nbytes / MB:.1f} | {r['seconds']:.2f} | {per:.3f} | {per / base:.2f} | "
                          f"{r['peak_mb']:.0f} | {status(r)} |")
        corpus_growth = scale_rows[-1][2]["seconds"] / (scale_rows[-1][1] / MB) / base
        report.append("")

        # ---- synthetic document
        say("synthetic document …", flush=True)
        sizes = (10_000, 100_000, 1_000_000) if args.quick else (10_000, 100_000, 1_000_000, 10_000_000)
        bodies = article_bodies(CORPUS_EXT if CORPUS_EXT.is_dir() else None)
        doc_rows = []
        for target in sizes:
            folder = work / f"doc{target}"
            folder.mkdir()
            path = folder / f"synthetic_{target}.md"
            path.write_bytes(synthetic_law(target, bodies))
            timed = min((child("document", path=str(path), min_seconds=0, trace=False) for _ in range(3)),
                        key=lambda r: r.get("seconds", float("inf")))  # first runs, each in a fresh process
            built = polc_build(folder, work / "doc-out", 1, html=False)
            shipped = polc_build(folder, work / "doc-out", 1) if shipped_html else None
            doc_rows.append((target, path, timed, built, shipped))
        largest = doc_rows[-1][1]
        traced = child("document", path=str(largest), min_seconds=0, trace=True)
        base = doc_rows[1][2]["seconds"] / (doc_rows[1][2]["bytes"] / MB)  # 100 KB: 10 KB is start-up noise
        report += ["## Growth with document size", "",
                   "One synthetic law (编 > 章 > 条 with 款 and items; article texts from the corpus, renumbered). "
                   "`compile s` is `compile_source` + `write_json`, the first run in a process warmed on another text "
                   "(best of three processes); "
                   "`build` is `polc build -j 1` on a corpus holding only that file, JSON alone and as shipped "
                   "(with HTML); peak is the RSS of the build process.", "",
                   "| size | MB | compile s | s/MB | s/MB ÷ 100 KB | build s (JSON) | peak MB (JSON) | "
                   "build s (+HTML) | peak MB (+HTML) | exit |",
                   "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
        for target, _, timed, built, shipped in doc_rows:
            per = timed["seconds"] / (timed["bytes"] / MB)
            with_html = f"{shipped['seconds']:.2f} | {shipped['peak_mb']:.0f}" if shipped else "n/a | n/a"
            report.append(f"| {_size(target)} | {timed['bytes'] / MB:.3f} | {timed['seconds']:.3f} | {per:.3f} | "
                          f"{per / base:.2f} | {built['seconds']:.2f} | {built['peak_mb']:.0f} | {with_html} | "
                          f"{status(built)}{', ' + status(shipped) if shipped else ''} |")
        doc_growth = doc_rows[-1][2]["seconds"] / (doc_rows[-1][2]["bytes"] / MB) / base
        largest_peak = max(r["peak_mb"] for r in doc_rows[-1][3:] if r)
        report += ["", f"tracemalloc peak while compiling and writing the {_size(sizes[-1])} document: "
                       f"{traced.get('traced_peak_mb', 0):.0f} MB of Python objects "
                       f"(process peak RSS {traced.get('peak_mb', 0):.0f} MB).", ""]

        # ---- the site (bench/site_bench.py: stages, growth of the once super-linear ones, incremental builds)
        say("site …", flush=True)
        site: dict[str, Any] = {}
        try:
            from site_bench import section as site_section  # noqa: PLC0415 — in-process, after the builds

            site_lines, site = site_section(args.quick)
            report += site_lines
        except Exception as exc:  # noqa: BLE001 — a broken site must not lose the rest of the report
            report += ["## The site", "", f"n/a: {type(exc).__name__}: {exc}", ""]

        # ---- targets
        floor_ratio = json_s / floor["seconds"]
        site_ratio = html_s / floor["seconds"] if html_s else None
        speed = (numeric["polc"]["chars_per_s"] / numeric["jionlp"]["chars_per_s"]
                 if "error" not in numeric and "error" not in numeric["polc"] and "error" not in numeric["jionlp"]
                 else None)
        ok = lambda good: "yes" if good else "**no**"  # noqa: E731
        within = lambda ratio: abs(ratio - 1) <= TARGETS["growth"]  # noqa: E731
        peak_n = build_html_n["peak_mb"] if build_html_n else None
        report += ["## Against the targets", "", "| target | measured | met |", "|---|---|---|",
                   f"| JSON alone ≤ {TARGETS['json_floor']}× the floor (`-j 1`, cold) | {floor_ratio:.0f}× | "
                   f"{ok(floor_ratio <= TARGETS['json_floor'])} |",
                   f"| JSON and site ≤ {TARGETS['site_floor']}× the floor (`-j 1`, cold) | "
                   f"{f'{site_ratio:.0f}×' if site_ratio else 'n/a'} | "
                   f"{ok(site_ratio <= TARGETS['site_floor']) if site_ratio else 'n/a'} |"]
        if site:
            report += [f"| rebuild after editing one file < {TARGETS['edit_s']} s (`-j 1`, with the site) | "
                       f"{site['edit']:.2f} s ({site['edit_json']:.2f} s `--no-site`) | {ok(site['edit'] < TARGETS['edit_s'])} |",
                       f"| rebuild with nothing changed < {TARGETS['same_s']} s | {site['same']:.2f} s | "
                       f"{ok(site['same'] < TARGETS['same_s'])} |",
                       f"| site time per document within ±{TARGETS['growth']:.0%}, 1× → {site['copies']}× copies | "
                       f"{site['growth']:.2f}× | {ok(within(site['growth']))} |"]
        report += [f"| time/MB within ±{TARGETS['growth']:.0%}, corpus {factors[0]}× → {factors[-1]}× (`-j {jobs}`) | "
                   f"{corpus_growth:.2f}× ({corpus_growth - 1:+.0%}) | {ok(within(corpus_growth))} |",
                   f"| time/MB within ±{TARGETS['growth']:.0%}, one document 100 KB → {_size(sizes[-1])} | "
                   f"{doc_growth:.2f}× ({doc_growth - 1:+.0%}) | {ok(within(doc_growth))} |",
                   f"| peak RSS < {TARGETS['peak_mb']} MB, corpus with the site, `-j {jobs}` (largest process) | "
                   f"{f'{peak_n:.0f} MB' if peak_n else 'n/a'} | "
                   f"{ok(peak_n < TARGETS['peak_mb']) if peak_n else 'n/a'} |",
                   f"| numeric extraction ≥ {TARGETS['numeric_speedup']}× JioNLP money (chars/s, same node texts) | "
                   f"{f'{speed:.2f}×' if speed else 'n/a'} | "
                   f"{ok(speed >= TARGETS['numeric_speedup']) if speed else 'n/a'} |",
                   f"| (not a target) the {_size(sizes[-1])} document's peak RSS | {largest_peak:.0f} MB "
                   f"(`polc build -j 1`; JSON alone {doc_rows[-1][3]['peak_mb']:.0f} MB) | |", ""]
        if args.quick:
            report += ["Quick run: 1 MB is the largest document, so the 10 MB targets are checked only in the full run.", ""]

        # ---- profile
        if args.profile:
            say("profile …", flush=True)
            tables = child("profile", corpus=str(corpus), document=str(largest), work=str(work / "profile"), top=15)
            report += ["## Hot spots (cProfile, `-j 1` in process, by own time)", ""]
            if "error" in tables:
                report += [tables["error"], ""]
            for name, table in tables.items() if "error" not in tables else ():
                report += [f"{name.replace('largest', _size(sizes[-1]))}: {table['total']:.1f} s under the profiler", "",
                           "| function | calls | own s | cum s | own % |", "|---|---:|---:|---:|---:|"]
                report += [f"| `{f}` | {calls} | {own:.2f} | {cum:.2f} | {share:.0%} |"
                           for f, calls, own, cum, share in table["rows"]]
                report.append("")
        report.append(f"Load average at the end: {machine()['load']}.")
        return "\n".join(report) + "\n"
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _size(n: int) -> str:
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{n // 1000} KB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="seeds only, 1×/2×, 10 KB→1 MB: a CI smoke run")
    parser.add_argument("--profile", action="store_true", help="add cProfile hot spots of the corpus and largest document")
    parser.add_argument("-j", "--jobs", type=int, default=None, help="workers for the -j N rows (default: all cores)")
    parser.add_argument("--repeat", type=int, default=1, help="time each build this many times, keep the best")
    parser.add_argument("-o", "--output", type=Path, default=None,
                        help="where to write the table (default bench/results.md, or results-quick.md with --quick)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print progress")
    parser.add_argument("--child", nargs=2, metavar=("NAME", "JSON"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        name, payload = args.child
        print(json.dumps(CHILDREN[name](**json.loads(payload))))
        return
    if not POLC.exists():
        sys.exit(f"bench: {POLC} not found; run with the venv's python (.venv/bin/python bench/bench.py)")
    table = run(args)
    output = args.output or HERE / ("results-quick.md" if args.quick else "results.md")
    output.write_text(table, encoding="utf-8")
    print(table)
    print(f"(written to {output})", file=sys.stderr)


if __name__ == "__main__":
    main()

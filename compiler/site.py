"""The reviewers' site: ``OUT/index.html``, document pages, comparison tables and version diffs.

Reads the validated JSON dicts and the corpus config (``polc.toml``) only.  Output is
deterministic: no timestamps, everything sorted or in index order.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import re
from importlib import resources
from pathlib import Path
from functools import partial
from typing import Any, Callable

from . import compare, render
from .compare import align, plan, walk
from .diff import diff_documents
from .config import check_document_ids
from .engines import worker_pool
from .paths import document_html


ASSETS = ("polc.css",)


_MARKERS = re.compile(r"【[^】]*】|[(（][^()（）]*(?:征求意见稿|试行|暂行|草案|送审稿|修订|修正|\d{4})[^()（）]*[)）]|\s+")
_UNSAFE = re.compile(r"[^\w.\-]+")


def title_key(doc: dict) -> str:
    """The title without status or year markers (（征求意见稿）（试行）(2021-2035年)) and spaces."""
    meta_title = render.plain(doc["meta"].get("title"))
    title = _MARKERS.sub("", meta_title or doc["title"])
    return title.removeprefix("中华人民共和国")


def version_groups(documents: list[dict], config: dict[str, Any]) -> list[list[str]]:
    """Ids of the versions of each document, oldest first: the config's ``[[versions]]``, else automatic.

    Automatic: documents under ``versions/<name>/`` are grouped by ``<name>``, others by ``title_key``;
    a group is ordered by meta date when every member has one, else by source path.
    """
    if config.get("versions"):
        return [list(e["documents"]) for e in config["versions"]]
    groups: dict[str, list[dict]] = {}
    for doc in documents:
        parts = doc["source"]["path"].split("/")
        key = "v:" + parts[1] if len(parts) == 3 and parts[0] == "versions" else "t:" + title_key(doc)
        if key.startswith("v:") or len(key) >= 6:
            groups.setdefault(key, []).append(doc)
    result = []
    for members in groups.values():  # in order of each group's first document
        if len(members) < 2 or len({d["source"]["path"] for d in members}) < 2:
            continue
        dates = [_date(d) for d in members]
        by_date = all(dates)
        result.append([d["id"] for _, d in sorted(zip(dates, members), key=lambda x: (
            x[0] if by_date else "", x[1]["source"]["path"], x[1]["id"]))])
    return result


def _date(doc: dict) -> str:
    date = doc["meta"].get("date")
    return str((date.get("value") if isinstance(date, dict) else date) or "")


def slug(ids: list[str]) -> str:
    """A file name for a page about ``ids``: readable, at most ~150 bytes; a shared ``a.b.`` prefix once."""
    stem = ids[0][:ids[0].rfind(".") + 1] if len(ids) > 1 else ""
    if stem and all(i.startswith(stem) for i in ids):
        ids = [ids[0]] + [i[len(stem):] for i in ids[1:]]
    name = _UNSAFE.sub("_", "--".join(ids))
    if len(name.encode()) > 150:
        digest = hashlib.sha1(name.encode()).hexdigest()[:10]
        name = name.encode()[:120].decode(errors="ignore") + "-" + digest
    return name


def write_site(root: Path, index: dict, documents: list[dict], config: dict, workers: int = 1,
               progress: Callable[[int, int | None], None] | None = None) -> None:
    """Write index.html, docs/<id>.html, compare/*.{html,json,csv}, diff/*.{html,json} and assets.

    ``workers`` > 1 cuts words, aligns, diffs and renders pages in that many forked processes;
    the output is the same for any number of workers.  ``progress(done, total)`` is told of the
    tables, diffs and pages done (``total`` is None while the comparisons are planned).
    """
    by_id = {d["id"]: d for d in documents}
    check_document_ids(config, set(by_id))
    tick = _Ticker(progress)
    groups = version_groups(documents, config)
    in_groups = frozenset(i for g in groups for i in g)
    pmap = partial(_parallel_map, workers=workers) if workers > 1 and _can_fork() else _serial_map
    global _SHARED
    try:
        if pmap is not _serial_map and not config.get("compare"):
            _pretokenize([d for d in documents if d["id"] not in in_groups], pmap)
        cache: dict = {}
        entries = plan(documents, config.get("compare"), in_groups, cache, pmap)
        _SHARED = (by_id, cache)
        pairs = [(a, b) for g in groups for a, b in zip(g, g[1:])]
        tick.total = 2 * (len(entries) + len(pairs)) + len(documents)
        done = pmap(_table_or_diff, [("compare", e) for e in entries] + [("diff", p) for p in pairs], tick=tick)
        tables, diffs = done[:len(entries)], done[len(entries):]
        for name in ("document.html", "compare.html", "diff.html"):  # compiled once, before forking
            render.environment().get_template(name)
        _SHARED = (root, by_id, tables, diffs, _related(tables, diffs))
        pmap(_write_page, [("doc", d["id"]) for d in documents] + [("compare", k) for k in range(len(tables))]
             + [("diff", k) for k in range(len(diffs))], tick=tick)
    finally:
        _SHARED = ()
    _write(root / "index.html", _index_page(index, by_id, tables, diffs))
    for name in ASSETS:
        _write(root / "assets" / name, _asset(name))


# Worker processes are forked after the data they need is put in ``_SHARED`` (or a module
# global of compare.py), so they read it instead of receiving it pickled.
_SHARED: tuple = ()


def _table_or_diff(job: tuple[str, Any]) -> dict[str, Any]:
    by_id, cache = _SHARED
    kind, key = job
    return _table(key, by_id, cache) if kind == "compare" else _diff(by_id[key[0]], by_id[key[1]])


def _write_page(job: tuple[str, Any]) -> None:
    root, by_id, tables, diffs, related = _SHARED
    kind, key = job
    if kind == "doc":
        _write(root / document_html(key), _document_page(by_id[key], related.get(key, [])))
    elif kind == "compare":
        t = tables[key]
        _write(root / "compare" / f"{t['slug']}.json", _json(t["data"]))
        _write(root / "compare" / f"{t['slug']}.csv", _csv(t["data"], by_id))
        _write(root / "compare" / f"{t['slug']}.html", _compare_page(t, by_id))
    else:
        d = diffs[key]
        _write(root / "diff" / f"{d['slug']}.json", _json(d["data"]))
        _write(root / "diff" / f"{d['slug']}.html", diff_page(d["data"], by_id[d["old"]], by_id[d["new"]], d["slug"]))


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class _Ticker:
    """Counts the site's units of work done for ``progress(done, total)``."""

    def __init__(self, progress: Callable[[int, int | None], None] | None):
        self.progress, self.done, self.total = progress, 0, None
        self(0)

    def __call__(self, count: int) -> None:
        self.done += count
        if self.progress:
            self.progress(self.done, self.total)


def _serial_map(function: Callable, items: list, tick: Callable[[int], None] | None = None) -> list:
    results = []
    for item in items:
        results.append(function(item))
        if tick:
            tick(1)
    return results


def _parallel_map(function: Callable, items: list, workers: int, tick: Callable[[int], None] | None = None) -> list:
    """``[function(x) for x in items]`` in ``workers`` forked processes, in interleaved shares
    (several per worker when ``tick`` wants to hear of progress)."""
    parts = max(1, min(workers * (8 if tick else 1), len(items)))
    if workers == 1 or parts == 1:
        return _serial_map(function, items, tick)
    with worker_pool(min(workers, parts), multiprocessing.get_context("fork")) as pool:
        shares = []
        for share in pool.map(_serial_map, [function] * parts, [items[p::parts] for p in range(parts)]):
            shares.append(share)
            if tick:
                tick(len(share))
    results: list = [None] * len(items)
    for p, share in enumerate(shares):
        results[p::parts] = share
    return results


def _pretokenize(documents: list[dict], pmap: Callable) -> None:
    """Cut the words of every provision of ``documents`` through ``pmap``; keep them in this process's cache."""
    compare.cut_blocks(["加载"])  # load jieba's dictionary once, before forking
    seen: dict[str, None] = {}
    for doc in documents:
        for node in compare.provisions(doc):
            for text in (compare.full_text(node), node.get("heading") or ""):
                seen.update(dict.fromkeys(compare.blocks(text)))
    texts = sorted(seen, key=len, reverse=True)  # long blocks spread over the shares
    chunks = [texts[k:k + 2000] for k in range(0, len(texts), 2000)]
    for chunk, cuts in zip(chunks, pmap(compare.cut_blocks, chunks)):
        compare.remember_cuts(chunk, cuts)


def _table(entry: dict, by_id: dict[str, dict], cache: dict | None = None) -> dict[str, Any]:
    docs = [by_id[i] for i in entry["documents"]]
    data = align(docs, cache=cache)
    title = entry["name"] or " ⇄ ".join(d["title"] for d in docs)
    data = {"name": entry["name"] or slug(entry["documents"]), "title": title, **data}
    return {"slug": slug([entry["name"]]) if entry["name"] else slug(entry["documents"]), "title": title,
            "data": data}


def _diff(old: dict, new: dict) -> dict[str, Any]:
    return {"old": old["id"], "new": new["id"], "slug": slug([old["id"], new["id"]]),
            "title": f"{old['title']}：{old['id']} → {new['id']}", "data": diff_documents(old, new)}


def _related(tables: list[dict], diffs: list[dict]) -> dict[str, list[dict]]:
    links: dict[str, list[dict]] = {}
    for t in tables:
        for i in t["data"]["documents"]:
            links.setdefault(i, []).append({"href": f"../compare/{t['slug']}.html", "title": "对照表"})
    for d in diffs:
        for i in (d["old"], d["new"]):
            links.setdefault(i, []).append({"href": f"../diff/{d['slug']}.html", "title": "版本比较"})
    return links


def _document_page(doc: dict, related: list[dict]) -> str:
    nodes = list(walk(doc["body"]))
    targets = {n["id"]: f"#{n['id']}" for n in nodes}
    diagnostics = [{**d, "node": render.innermost(doc["body"], d["span"])} for d in doc["diagnostics"]]
    flags: dict[str, list[int]] = {}
    for k, d in enumerate(diagnostics):
        if d["node"]:
            flags.setdefault(d["node"], []).append(k)
    return render.page("document.html", root="../", doc=doc, meta=render.meta_rows(doc["meta"]),
                       counts=render.counts(doc), toc=render.outline(doc["body"]), related=related,
                       seg={n["id"]: render.segments(n, targets) for n in nodes},
                       diagnostics=diagnostics, flags=flags)


def _compare_page(table: dict, by_id: dict[str, dict]) -> str:
    data = table["data"]
    docs = [by_id[i] for i in data["documents"]]
    columns = [{"title": d["title"], "href": "../" + document_html(d["id"]),
                "unmatched": render.cell(d, data["unmatched"].get(d["id"], []), "../")} for d in docs]
    rows = [{"topic": r["topic"], "score": r["score"],
             "cells": [render.cell(d, r["cells"].get(d["id"], []), "../") for d in docs]} for r in data["rows"]]
    return render.page("compare.html", root="../", title=table["title"], table=data, columns=columns,
                       rows=rows, slug=table["slug"])


def diff_page(script: dict, old: dict, new: dict, name: str = "diff", standalone: bool = False) -> str:
    """One version-diff page for ``OUT/diff/<name>.html``; ``standalone`` inlines the CSS (for ``polc diff``)."""
    extra = {"inline_css": _asset("polc.css")} if standalone else {}
    return render.page("diff.html", root="../", script=script, old=old, new=new, slug=name,
                       old_href="../" + document_html(old["id"]), new_href="../" + document_html(new["id"]),
                       entries=render.diff_entries(script, old, new), **extra)


def _asset(name: str) -> str:
    return (resources.files("polc.templates") / name).read_text(encoding="utf-8")


def _index_page(index: dict, by_id: dict[str, dict], tables: list[dict], diffs: list[dict]) -> str:
    documents = []
    for entry in index["documents"]:
        doc = by_id[entry["id"]]
        meta = {k: doc["meta"].get(k) for k in ("issuer", "doc_number", "date", "status", "level")}
        search = " ".join([doc["title"], doc["id"], entry["source"]] + [render.meta_text(meta, k) for k in meta])
        documents.append({"title": doc["title"], "source": entry["source"], "href": document_html(doc["id"]),
                          "meta": meta, "counts": render.counts(doc), "search": search.lower()})
    return render.page("index.html", root="", documents=documents,
                       tables=[{"href": f"compare/{t['slug']}.html", "title": t["title"],
                                "rows": len(t["data"]["rows"])} for t in tables],
                       diffs=[{"href": f"diff/{d['slug']}.html", "title": d["title"],
                               "changes": sum(v for k, v in d["data"]["summary"].items() if k != "keep")}
                              for d in diffs])


def _csv(data: dict, by_id: dict[str, dict]) -> str:
    """The comparison as CSV for spreadsheets: one row per topic, label and amounts per document."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    docs = [by_id[i] for i in data["documents"]]
    writer.writerow(["主题", "相似度"] + [f"{d['title']} {col}" for d in docs for col in ("条款", "数值", "节点")])
    for row in data["rows"]:
        cells = []
        for d in docs:
            parts = render.cell(d, row["cells"].get(d["id"], []), "")
            cells += ["；".join(p["label"] for p in parts), "；".join(a for p in parts for a in p["amounts"]),
                      " ".join(row["cells"].get(d["id"], []))]
        writer.writerow([row["topic"], row["score"]] + cells)
    return "\ufeff" + out.getvalue()


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")

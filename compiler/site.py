"""The reviewers' site: ``OUT/index.html``, document pages, comparison tables and version diffs.

``write_site`` runs the reduce stage (``reduce.reduce_site``: validated compare and diff data),
then renders every page from the validated JSON (``render``) and writes it.  Independent work
runs in worker processes that get their inputs as arguments.  Output is deterministic: no
timestamps, everything sorted or in index order, the same bytes for any number of workers.
"""
from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from . import render, textindex
from .compiled import cyclic_gc_paused
from .docstore import Shelf, fetch
from .engines import build_pool
from .paths import document_html
from .reduce import Diff, Site, Table, reduce_site, slug, title_key, version_groups  # noqa: F401 — re-exported
from .sitecache import SiteCache, key
from .render import diff_page  # noqa: F401 — used by ``polc diff``

ASSETS = ("polc.css", "polc.js")


def write_site(root: Path, index: dict, documents: Sequence[dict] | Shelf, config: dict, workers: int = 1,
               progress: Callable[[str, int, int], None] | None = None,
               cache: SiteCache | None = None, pool: ProcessPoolExecutor | None = None) -> list[dict[str, str]]:
    """Write index.html, docs/<id>.html, compare/*.{html,json,csv}, diff/*.{html,json} and assets.

    ``documents``: every document, or a :class:`~docstore.Shelf` that reads each from its JSON
    file where it is needed.  ``workers`` > 1 profiles, aligns, diffs and renders pages in that
    many worker processes (those of ``pool`` when given); the output is the same for any number
    of workers.  ``progress(phase, done, total)`` is told of the units of work done in each phase
    (``profile``, ``align``, ``diff``, ``pages``: the kinds of work that were not in the cache).
    With a ``cache``, alignments, edit scripts and pages whose inputs did not change are taken
    from the previous build.
    Returns the reduce stage's warnings (``version-date-mismatch``: path, code, message).
    """
    cache = cache or SiteCache()
    tick = _Ticker(progress)
    # The build's GC policy (no full passes over every document held) for callers of the site alone too.
    with cyclic_gc_paused(), _site_pool(workers, pool) as running:
        pmap = partial(_parallel_map, pool=running, workers=workers) if running else _serial_map
        shelf = Shelf.of(documents)
        site = reduce_site(shelf, config, pmap=tick.phased(pmap), cache=cache)
        cache.close()
        jobs, terms = [], {}
        for job in _pages(site, shelf):
            if not all(cache.place(name, root / path) for name, path in _files(job)):
                jobs.append((root, cache, job))
            elif job[0] == "doc":  # its search pairs are in the cache entry of its page
                terms[job[2][0]] = f"page/{job[1]}.terms"
        written = tick.phased(pmap)(_write_page, jobs)
        terms.update((job[2][2][0], found) for job, found in zip(jobs, written) if found is not None)
        _write_search(root, index, shelf, cache, terms, key("search", [site.keys[d["id"]] for d in index["documents"]]))
    _write(root / "index.html", render.index_page(index, shelf.head, site.tables, site.diffs, site.notes))
    for name in ASSETS:
        _write(root / "assets" / name, render.asset(name))
    return site.notes


def _pages(site: Site, shelf: Shelf) -> list[tuple]:
    """Every page to write, as (kind, cache key, payload); a payload's documents are
    :meth:`Shelf.ref` s, read in the process that renders the page."""
    keys = site.keys
    pages = []
    for d in shelf.heads:
        related = site.related.get(d["id"], [])
        pages.append(("doc", key("page:doc", keys[d["id"]], related), (d["id"], shelf.ref(d["id"]), related)))
    for t in site.tables:
        docs = [shelf.ref(i) for i in t.data["documents"]]
        pages.append(("compare", key("page:compare", t.slug, t.title, t.data, [keys[i] for i in t.data["documents"]]),
                      (t, docs)))
    for d in site.diffs:
        paths = (shelf.head(d.old)["source"]["path"], shelf.head(d.new)["source"]["path"])
        notes = [n for n in site.notes if n["path"] in paths]
        pages.append(("diff", key("page:diff", d.slug, d.title, keys[d.old], keys[d.new], notes),
                      (d, shelf.ref(d.old), shelf.ref(d.new), notes)))
    return pages


def _files(job: tuple) -> list[tuple[str, str]]:
    """(cache entry, path in OUT) of each file a page job writes."""
    kind, name, payload = job
    if kind == "doc":
        return [(f"page/{name}.html", document_html(payload[0]))]
    stem = f"{kind}/{payload[0].slug}"
    return [(f"page/{name}.{ext}", f"{stem}.{ext}") for ext in (("json", "csv", "html") if kind == "compare" else
                                                                 ("json", "html"))]


def _write_page(job: tuple[Path, SiteCache, tuple]) -> str | None:
    """Render and write the files of one page, and keep them in the cache (a worker's unit of work)."""
    root, cache, (kind, name, payload) = job
    if kind == "doc":
        _, doc, related = payload
        doc = fetch(doc)
        texts = [render.document_page(doc, related)]
    elif kind == "compare":
        table, docs = payload
        docs = [fetch(d) for d in docs]
        texts = [_json(table.data), render.compare_csv(table.data, docs), render.compare_page(table, docs)]
    else:
        diff, old, new, notes = payload
        texts = [_json(diff.data), render.diff_page(diff.data, fetch(old), fetch(new), diff.slug, notes=notes)]
    for (entry, path), text in zip(_files((kind, name, payload)), texts):
        _write(root / path, text)
        cache.put_file(entry, root / path)
    if kind == "doc":  # the full-text search's pairs of this document, for the index page
        terms = textindex.search_terms(doc)
        cache.put_text(f"page/{name}.terms", terms)
        return terms
    return None


def _write_search(root: Path, index: dict, shelf: Shelf, cache: SiteCache, terms: dict[str, str],
                  name: str) -> None:
    """``search/<k>.js``: the index page's full-text index (``textindex.search_shards``), from the cache
    when no document changed; else made from each document's pairs as its page job found them
    (``terms``: id → pairs, or → the cache entry holding them), read again where the cache has none."""
    files = [(f"search/{name}/{k}.js", root / "search" / f"{k}.js") for k in range(textindex.SEARCH_SHARDS)]
    if all(cache.place(entry, path) for entry, path in files):
        return
    ordered = []
    for entry in index["documents"]:
        found = terms.get(entry["id"])
        if found is not None and found.startswith("page/"):
            found = cache.get_text(found)
        ordered.append(found if found is not None else textindex.search_terms(fetch(shelf.ref(entry["id"]))))
    for (entry, path), text in zip(files, textindex.search_shards(ordered).values()):
        _write(path, text)
        cache.put_file(entry, path)


@contextmanager
def _site_pool(workers: int, pool: ProcessPoolExecutor | None) -> Iterator[ProcessPoolExecutor | None]:
    """``pool`` when the build gives one, else a pool of ``workers`` processes for the whole site
    (``engines.build_pool``: None for one worker or where there is no ``fork``)."""
    if pool is not None:
        yield pool if workers > 1 else None
        return
    with build_pool(workers) as own:
        yield own


class _Ticker:
    """Counts the site's units of work done for ``progress(phase, done, total)``: each ``pmap`` call
    is a phase, named after the work it maps, its total the number of items."""

    PHASES = {"_profile_job": "profile", "align_pair": "align", "_diff_job": "diff", "_write_page": "pages"}

    def __init__(self, progress: Callable[[str, int, int], None] | None):
        self.progress, self.phase, self.done, self.total = progress, "site", 0, 0

    def phased(self, pmap: Callable) -> Callable[[Callable, list], list]:
        """``pmap`` that announces its phase (when it has work) and counts its items done."""
        def run(function: Callable, items: list) -> list:
            if items and self.progress:
                self.phase, self.done, self.total = self.PHASES.get(function.__name__, "site"), 0, len(items)
                self(0)
            return pmap(function, items, tick=self)
        return run

    def __call__(self, count: int) -> None:
        self.done += count
        if self.progress:
            self.progress(self.phase, self.done, self.total)


def _serial_map(function: Callable, items: list, tick: Callable[[int], None] | None = None) -> list:
    results = []
    for item in items:
        results.append(function(item))
        if tick:
            tick(1)
    return results


def _parallel_map(function: Callable, items: list, pool: ProcessPoolExecutor, workers: int,
                  tick: Callable[[int], None] | None = None) -> list:
    """``[function(x) for x in items]`` in the ``workers`` processes of ``pool``, in interleaved
    shares (several per worker when ``tick`` wants to hear of progress); items travel as arguments."""
    parts = max(1, min(workers * (8 if tick else 1), len(items)))
    if parts == 1:
        return _serial_map(function, items, tick)
    shares = []
    try:
        for share in pool.map(_serial_map, [function] * parts, [items[p::parts] for p in range(parts)]):
            shares.append(share)
            if tick:
                tick(len(share))
    except BaseException:  # Ctrl-C, a failed share: no worker may go on writing into OUT's staging folder
        pool.shutdown(wait=True, cancel_futures=True)  # workers ignore SIGINT: they finish their share and stop
        raise
    results: list = [None] * len(items)
    for p, share in enumerate(shares):
        results[p::parts] = share
    return results


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="")

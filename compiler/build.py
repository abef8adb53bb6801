"""The build orchestrator: finds sources, compiles them (in worker processes), writes ``OUT/``.

The only module that knows about folders and workers.  Writes are atomic and never destroy
what polc did not write (``output.py``): the new output is assembled in a staging folder and
swapped in at the end, so readers see the old output or the new one, never a mix.
"""
from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterator

from . import jsonio, output
from .cache import Cache, polc_version, source_key, write_manifest
from .config import about_files, check_document_ids, load_config
from .docstore import Shelf, StoredDocuments, heads, index_fields, stored
from .emit import emit_diagnostic
from .model import FORMAT_VERSION, Diagnostic
from .engines import ENGINES, compile_jobs
from .errors import PolcError
from .globs import excluded_by
from .jsonio import json_bytes
from .paths import document_json
from .compiled import CompiledSource
from .sitecache import SiteCache, document_key
from .tables import document_rows, write_clause_tables
from .validate import schema_errors

SUFFIXES = (".txt", ".md")
CACHE_DIR = ".cache"
Progress = Callable[[str, int, "int | None", int], None]  # (phase, done, total or None, errors so far)


@dataclass(frozen=True)
class SourceFile:
    path: str  # relative to the corpus, '/'-separated
    absolute: Path


@dataclass
class BuildResult:
    compiled: list[CompiledSource]
    skipped: list[dict[str, Any]] = field(default_factory=list)  # diagnostics for files not read
    cache: Cache = field(default_factory=lambda: Cache(None))
    keys: dict[str, str] = field(default_factory=dict)  # source path → cache key
    state: dict[str, Any] = field(default_factory=dict)  # what the cache manifest records
    config: dict[str, Any] = field(default_factory=dict)  # the corpus's polc.toml
    site_workers: int = 1  # processes for rendering the site (1 under Dask); 0: no site
    up_to_date: bool = False  # OUT already holds exactly this build
    excluded: list[str] = field(default_factory=list)  # corpus paths left out by an exclude pattern
    about: list[str] = field(default_factory=list)  # corpus paths of files that describe the corpus, left out
    pool: ProcessPoolExecutor | None = None  # the build's worker processes (engines.build_pool), if any
    writers: tuple[str, ...] = ()  # further writers of the validated JSON: "database", "akn"

    def diagnostics(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for item in self.skipped:
            yield item["path"], item["diagnostic"]
        for compiled in self.compiled:
            yield from compiled.all_diagnostics()

    @property
    def stored(self) -> bool:
        """Whether the compiled documents are in a store of files (``docstore``), not in memory."""
        return any(isinstance(compiled.documents, StoredDocuments) for compiled in self.compiled)

    @property
    def failed(self) -> bool:
        return any(c.failed for c in self.compiled) or any(
            s["diagnostic"]["severity"] == "error" for s in self.skipped)


def discover(corpus: Path, exclude: tuple[str, ...] = (), about: tuple[str, ...] = ()
             ) -> tuple[list[SourceFile], list[dict[str, Any]], list[str], list[str]]:
    """``*.txt`` and ``*.md`` under ``corpus``, sorted by path; hidden files and outside links skipped,
    files matching an ``exclude`` pattern (``excluded``) or, in any case, an ``about`` pattern (files
    that describe the corpus: README.md…) left out and listed."""
    root = corpus.resolve()
    is_excluded, is_about = excluded_by(exclude), excluded_by(about, ignore_case=True)
    found, skipped, excluded, described = [], [], [], []
    for dirpath, dirnames, filenames in os.walk(corpus, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.startswith(".") or not name.endswith(SUFFIXES):
                continue
            absolute = Path(dirpath) / name
            rel = absolute.relative_to(corpus).as_posix()
            if is_excluded(rel):
                excluded.append(rel)
            elif is_about(rel):
                described.append(rel)
            elif absolute.is_symlink() and not _inside(absolute.resolve(), root):
                skipped.append(_skip(rel, "symlink-outside-corpus", "warning",
                                     "this symlink points outside the corpus and was not followed"))
            elif not absolute.is_file():
                skipped.append(_skip(rel, "unreadable-source", "error", "not a regular file; remove it"))
            else:
                found.append(SourceFile(rel, absolute))
    return (sorted(found, key=lambda f: f.path), sorted(skipped, key=lambda s: s["path"]), sorted(excluded),
            sorted(described))


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _skip(path: str, code: str, severity: str, message: str) -> dict[str, Any]:
    """A diagnostic about a whole file (line 1, column 1), with the file's path."""
    return {"path": path, "diagnostic": emit_diagnostic(Diagnostic(code, severity, message, (0, 0)))}


@dataclass(frozen=True)
class BuildOptions:
    """How to run a build; none of these change the output bytes."""

    workers: int = 1
    engine: str = "local"  # "local" or "dask"
    scheduler: str | None = None
    cache_dir: Path | None = None  # default: OUT/.cache
    use_cache: bool = True
    done: Callable[[CompiledSource], None] | None = None  # called after each source is compiled
    site: bool = True  # render the reviewers' HTML site
    database: bool = True  # write OUT/polc.sqlite (database.py)
    akn: bool = False  # write OUT/akn/<id>.xml, Akoma Ntoso 3.0 (akn.py)
    exclude: tuple[str, ...] = ()  # glob patterns of files that are not documents (with polc.toml's)
    progress: Progress | None = None

    def check(self) -> None:
        """PolcError for options that contradict each other."""
        if self.engine not in ENGINES:
            raise PolcError(f"unknown engine {self.engine!r}; choose one of {', '.join(ENGINES)}")
        if self.scheduler and self.engine != "dask":
            raise PolcError("--scheduler needs --engine dask (the local engine has no scheduler)")
        if self.workers < 1:
            raise PolcError(f"jobs must be at least 1, not {self.workers}")


def check_corpus(corpus: Path) -> None:
    """PolcError unless ``corpus`` is a folder."""
    if not corpus.is_dir():
        raise PolcError(f"corpus {corpus} is not a folder" if corpus.exists() else f"corpus {corpus} does not exist")


def compile_corpus(corpus: Path, options: BuildOptions = BuildOptions(), out: Path | None = None,
                   pool: ProcessPoolExecutor | None = None, store: Path | None = None) -> BuildResult:
    """Compile every source under ``corpus``, reusing cached results; nothing is written to OUT.
    ``pool``: worker processes to compile in (and, kept in the result, to render the site in);
    ``store``: a folder to keep compiled documents in as they arrive (``docstore``), instead of memory."""
    options.check()
    check_corpus(corpus)
    config = load_config(corpus)
    files, skipped, excluded, about = discover(corpus, (*config.get("exclude", ()), *options.exclude),
                                               about_files(config))
    cache = Cache(_cache_folder(options, out) if options.use_cache else None)
    # First pass: each file's key, and the cached result if there is one (no file's bytes are kept).
    readable, keys, unreadable = [], [], []
    for file in files:
        try:
            keys.append(source_key(file.path, file.absolute.read_bytes()))
            readable.append(file)
        except OSError as exc:
            unreadable.append(_unreadable(file.path, exc))
    compiled: list[CompiledSource | None] = [_kept(cache.get_stored(key) if store is not None else cache.get(key),
                                                   store, key, cache.entry(key)) for key in keys]
    missing = [i for i, c in enumerate(compiled) if c is None]
    writers = tuple(name for name, wanted in (("database", options.database), ("akn", options.akn)) if wanted)
    state = {"keys": keys, "skipped": skipped, "out": str(out.absolute()) if out else None, "config": config,
             "writers": list(writers)}
    up_to_date = not missing and not unreadable and cache.manifest() == state
    # Second pass: the files to compile, read again as the workers can take them.
    sent: list[int] = []

    def jobs() -> Iterator[tuple[str, bytes]]:
        for i in missing:
            try:
                raw = readable[i].absolute.read_bytes()
            except OSError as exc:  # gone since the first pass
                unreadable.append(_unreadable(readable[i].path, exc))
                continue
            keys[i] = source_key(readable[i].path, raw)  # the key of the bytes compiled, changed or not
            sent.append(i)
            yield readable[i].path, raw

    for n, fresh in enumerate(compile_jobs(jobs(), len(missing), options.workers, options.engine,
                                           options.scheduler, _counting(options, len(missing)), pool)):
        compiled[sent[n]] = _kept(fresh, store, keys[sent[n]])
    compiled = [c for c in compiled if c is not None]  # a file gone since the first pass is unreadable
    keys_of = dict(zip((file.path for file in readable), keys))
    ordered = _reject_duplicate_ids(sorted([*compiled, *unreadable], key=lambda c: c.path))
    check_document_ids(config, {d["id"] for c in ordered for d in heads(c)})
    result = BuildResult(ordered, skipped, cache=cache, keys=keys_of, state=state, config=config,
                         site_workers=0 if not options.site else options.workers if options.engine == "local" else 1,
                         excluded=excluded, about=about, pool=pool, writers=writers)
    result.up_to_date = up_to_date and out is not None and _holds(out, result)
    return result


def _holds(out: Path, result: BuildResult) -> bool:
    """Whether ``out`` is intact and its ``index.json`` is this build's, byte for byte (an index edited
    or cut short is written again)."""
    try:
        return output.intact(out) and (out / "index.json").read_bytes() == json_bytes(index_of(result))
    except OSError:
        return False


def _kept(compiled: CompiledSource | None, store: Path | None, key: str,
          entry: Path | None = None) -> CompiledSource | None:
    """``compiled`` as the build keeps it: its documents in ``store`` (or in its cache ``entry``) when
    there is a store."""
    return stored(compiled, store, key, entry) if compiled is not None and store is not None else compiled


def _counting(options: BuildOptions, total: int) -> Callable[[CompiledSource], None] | None:
    """The per-source callback: ``options.done`` and the ``compile`` phase of ``options.progress``."""
    if not (options.done or options.progress):
        return None
    counts = [0, 0]
    if options.progress and total:
        options.progress("compile", 0, total, 0)  # shown, with its total, before the first file is done

    def finished(compiled: CompiledSource) -> None:
        counts[0] += 1
        counts[1] += compiled.failed
        if options.done:
            options.done(compiled)
        if options.progress:
            options.progress("compile", counts[0], total, counts[1])
    return finished


def _reject_duplicate_ids(compiled: list[CompiledSource]) -> list[CompiledSource]:
    """Ids come from paths, so ``x.txt`` and ``x.md`` collide: keep the first, report the second."""
    owner: dict[str, str] = {}
    out = []
    for source in compiled:
        clashes = [d["id"] for d in heads(source) if d["id"] in owner]
        if clashes:
            source = replace(source, documents=[d for d in source.documents if d["id"] not in owner],
                             diagnostics=[*source.diagnostics, _skip(
                                 source.path, "duplicate-document-id", "error",
                                 f"document id {clashes[0]} is already taken by {owner[clashes[0]]}; "
                                 "rename one of the two files")["diagnostic"]], failed=True)
        owner.update((d["id"], source.path) for d in heads(source))
        out.append(source)
    return out


def _cache_folder(options: BuildOptions, out: Path | None) -> Path | None:
    return options.cache_dir or (out / CACHE_DIR if out else None)


def _unreadable(path: str, exc: OSError) -> CompiledSource:
    failed = CompiledSource(path, "unreadable", failed=True)
    failed.diagnostics.append(_skip(path, "unreadable-source", "error",
                                    f"cannot read the file: {exc.strerror}")["diagnostic"])
    return failed


def index_of(result: BuildResult) -> dict[str, Any]:
    """``index.json``: every document and every source with its file-level residue."""
    documents, sources = [], []
    for compiled in result.compiled:
        for doc in heads(compiled):
            documents.append({"id": doc["id"], "title": doc["title"], "source": compiled.path,
                              "json": document_json(doc["id"]), **index_fields(doc)})
        sources.append({"path": compiled.path, "encoding": compiled.encoding,
                        "documents": [d["id"] for d in heads(compiled)],
                        "residue": compiled.residue, "diagnostics": compiled.diagnostics})
    return {"format_version": FORMAT_VERSION, "documents": documents, "sources": sources}


def write_output(result: BuildResult, out: Path, cache_dir: Path | None = None,
                 progress: Progress | None = None, corpus: Path | None = None) -> list[Path]:
    """Write every file of the build into ``out``, replacing it atomically, and update the cache;
    the staging folders of earlier, killed builds that were removed on the way (``output.remove_leftovers``).

    Refuses (``PolcError``) an ``out`` polc did not write, and one inside ``corpus``; a failure to
    write is an ``EnvironmentFailure`` naming ``out``.  With the cache inside OUT (the default) the
    new cache is assembled in the staging folder too, so it holds exactly the entries of this build.
    """
    output.check_output(out, corpus)
    try:
        removed = output.remove_leftovers(out)
    except OSError as exc:
        raise output.environment_failure(exc, out) from exc
    if result.up_to_date:
        return removed

    def write(staging: Path) -> None:
        _write_tree(result, staging, progress, (cache_dir or staging / CACHE_DIR) if result.cache.folder else None)
        if result.cache.folder is not None:
            _store_cache(result, cache_dir or staging / CACHE_DIR, manifest=cache_dir is None)

    output.replace_output(out, write)
    if result.cache.folder is not None and cache_dir:
        try:
            write_manifest(cache_dir, result.state)  # only once OUT really holds this build
        except OSError as exc:
            raise output.environment_failure(exc, cache_dir) from exc
    return removed


def _store_cache(result: BuildResult, folder: Path, manifest: bool) -> None:
    """Store the entries of this build (and, for a cache inside OUT, its manifest)."""
    for compiled in result.compiled:
        key = result.keys.get(compiled.path)
        if key and not compiled.failed:
            result.cache.put(folder, key, compiled)
    if manifest:
        write_manifest(folder, result.state)


def _write_tree(result: BuildResult, root: Path, progress: Progress | None = None,
                site_cache: Path | None = None) -> None:
    """JSON, clause tables and the reviewers' site (rendered from the validated JSON only; what did
    not change is taken from the previous build's cache, and kept in ``site_cache``)."""
    index = index_of(result)
    problems = schema_errors(index, "index.schema.json")
    if problems:
        raise AssertionError(f"index.json breaks its schema: {problems[:3]}")
    (root / output.MARKER).write_text(output.marker_text(polc_version()), encoding="utf-8")
    files = SiteCache(result.cache.folder, site_cache)
    keys = {doc["id"]: document_key(doc) for compiled in result.compiled for doc in heads(compiled)}
    write_json(root / "index.json", index)
    writers = _writers(result.writers, root, index)
    try:
        documents = _each_document(result, root, files, keys, progress)
        write_clause_tables(root, _fed(documents, writers) if writers else documents, partial(_rows, files, keys))
        _write_site(result, root, index, files, progress)  # the database's writer thread finishes meanwhile
    finally:
        for writer in writers:
            writer.close()


def _write_site(result: BuildResult, root: Path, index: dict[str, Any], files: SiteCache,
                progress: Progress | None) -> None:
    if result.site_workers:
        from .site import write_site  # imported here: Jinja costs start-up a JSON-only run does not need

        # Stored documents are read back, where the site needs them, from the JSON files written above.
        documents = (Shelf([d for compiled in result.compiled for d in heads(compiled)], root) if result.stored
                     else [doc for compiled in result.compiled for doc in compiled.documents])
        site_progress = (lambda phase, done, total: progress(phase, done, total, 0)) if progress else None
        write_site(root, index, documents, result.config, workers=result.site_workers, progress=site_progress,
                   cache=files, pool=result.pool)


def _writers(names: tuple[str, ...], root: Path, index: dict[str, Any]) -> list[Any]:
    """The writers that read every validated document besides the JSON and the tables (``add(doc)``,
    then ``close()``): the database and Akoma Ntoso."""
    writers: list[Any] = []
    if "database" in names:
        from .database import Database

        writers.append(Database(root, index))
    if "akn" in names:
        from .akn import AknWriter

        writers.append(AknWriter(root))
    return writers


def _fed(documents: Iterator[tuple[dict[str, Any], Callable[[], dict[str, Any]]]], writers: list[Any]
         ) -> Iterator[tuple[dict[str, Any], Callable[[], dict[str, Any]]]]:
    """``documents`` as they are, each whole document given to every writer on the way."""
    for head, load in documents:
        document = load()
        for writer in writers:
            writer.add(document)
        yield head, load


def _each_document(result: BuildResult, root: Path, files: SiteCache, keys: dict[str, str],
                   progress: Progress | None) -> Iterator[tuple[dict[str, Any], Callable[[], dict[str, Any]]]]:
    """``(head, load)`` of every document in index order, its JSON file written (or taken from the
    previous build) on the way; ``load()`` is the whole document, read back from a stored source
    at most once, and only when something needs it."""
    done = 0
    if progress and keys:
        progress("write", 0, len(keys), 0)
    for compiled in result.compiled:
        source = _Documents(compiled)
        for i, head in enumerate(heads(compiled)):
            target, name = root / document_json(head["id"]), f"json/{keys[head['id']]}.json"
            if not files.place(name, target):
                write_json(target, source[i])
                files.put_file(name, target)
            done += 1
            if progress:
                progress("write", done, len(keys), 0)
            yield head, partial(source.__getitem__, i)


class _Documents:
    """The documents of one compiled source, read back from its file (if stored) when first asked for."""

    def __init__(self, compiled: CompiledSource):
        self.compiled, self.documents = compiled, None

    def __getitem__(self, i: int) -> dict[str, Any]:
        if self.documents is None:
            self.documents = list(self.compiled.documents)
        return self.documents[i]


def _rows(files: SiteCache, keys: dict[str, str], item: tuple[dict[str, Any], Callable[[], dict[str, Any]]]
          ) -> tuple[str, str]:
    """A document's lines of the clause tables, kept from the previous build when it is unchanged."""
    head, load = item
    name = f"rows/{keys[head['id']]}.json"
    kept = files.get_text(name)
    try:
        loaded = json.loads(kept) if kept is not None else None
    except ValueError:  # a damaged entry is a miss
        loaded = None
    if isinstance(loaded, list) and len(loaded) == 2 and all(isinstance(part, str) for part in loaded):
        return loaded[0], loaded[1]
    jsonl, table = document_rows(load())
    files.put_text(name, json.dumps([jsonl, table], ensure_ascii=False))
    return jsonl, table


def write_json(path: Path, data: Any) -> None:
    """Compact UTF-8 JSON, as ``json.dumps(data, ensure_ascii=False, separators=(",", ":"))`` writes it
    (``jsonio.json_bytes``: orjson, 5× faster)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    jsonio.write_json(path, data)


def json_text(data: Any) -> str:
    return json_bytes(data).decode("utf-8")

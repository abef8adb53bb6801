"""Reduce stage: the site's data from every validated document.

``reduce_site`` groups versions and computes their edit scripts, plans the comparisons and
aligns their tables, and links the pages to each other.  Everything it returns passed its schema
(``compare.schema.json``, ``diff.schema.json``) like the documents did (when it was made; the
cache keeps only data that passed), and is all the renderer
reads besides the documents.  Work that is independent per document or pair runs through
``pmap`` with its inputs as arguments, so it can run in worker processes; alignments and edit
scripts are cached by the keys of their documents (``sitecache``), and every pair of documents
is aligned once, for the plan and its table alike.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Callable

from . import compare
from .config import check_document_ids
from .diff import diff_documents
from .docstore import Shelf, fetch
from .markup import plain
from .sitecache import SiteCache, document_key, key
from .validate import schema_errors

Map = Callable[[Callable, list], list]  # map(function, items) returning a list, maybe in workers

_MARKERS = re.compile(r"【[^】]*】|[(（][^()（）]*(?:征求意见稿|试行|暂行|草案|送审稿|修订|修正|\d{4})[^()（）]*[)）]|\s+")
_AMENDMENT = re.compile(r"修正案|修改.*的决定|关于修改")
_FILE_DATE = re.compile(r"(?<!\d)(\d{4})(?:-(\d{2})-(\d{2}))?(?!\d)")
_UNSAFE = re.compile(r"[^\w.\-]+")


@dataclass(frozen=True)
class Table:
    """A comparison table: its file name, title and validated data (``compare.schema.json``)."""

    slug: str
    title: str
    data: dict[str, Any]


@dataclass(frozen=True)
class Diff:
    """An edit script between two versions: their ids, file name, title and validated data."""

    old: str
    new: str
    slug: str
    title: str
    data: dict[str, Any]


@dataclass(frozen=True)
class Site:
    """What the renderer reads besides the documents."""

    tables: list[Table]
    diffs: list[Diff]
    related: dict[str, list[dict[str, str]]]  # document id → links to its tables and diffs
    notes: list[dict[str, str]] = field(default_factory=list)  # warnings about versions: path, code, message
    keys: dict[str, str] = field(default_factory=dict)  # document id → its cache key


def reduce_site(documents: Sequence[dict] | Shelf, config: dict[str, Any], pmap: Map | None = None,
                cache: SiteCache | None = None) -> Site:
    """Version groups with their diffs, comparison tables, and links, from validated documents
    (or a :class:`~docstore.Shelf` of them: then each is read where it is needed)."""
    pmap, cache = pmap or serial_map, cache or SiteCache()
    shelf = Shelf.of(documents)
    heads = shelf.heads
    check_document_ids(config, {d["id"] for d in heads})
    keys = {d["id"]: document_key(d) for d in heads}
    groups, notes = versions(heads, config)
    in_groups = {i for g in groups for i in g}
    entries = config.get("compare")
    profiled = list(dict.fromkeys(i for e in entries for i in e["documents"])) if entries else \
        [d["id"] for d in heads if d["id"] not in in_groups]
    profiles = Profiles(profiled, shelf, keys, pmap, cache)
    pairs: dict[tuple[str, str], compare.Pairs] = {}
    if entries:
        planned = [{"name": e.get("name") or "", "documents": list(e["documents"])} for e in entries]
    else:
        ordered = [profiles.head(i) for i in profiled]
        pairs = _aligned(compare.neighbours(ordered), profiles, keys, pmap, cache)
        planned = compare.plan(ordered, pairs)
    needed = [p for e in planned for p in compare.table_pairs(e["documents"]) if p not in pairs]
    pairs.update(_aligned(needed, profiles, keys, pmap, cache))
    tables = [_table(e, profiles, pairs, shelf, keys, cache) for e in planned]
    diffs = _diffs([(a, b) for g in groups for a, b in zip(g, g[1:])], shelf, keys, pmap, cache)
    return Site(tables, diffs, related(tables, diffs), notes, keys)


def serial_map(function: Callable, items: list) -> list:
    """``pmap`` in this process."""
    return [function(item) for item in items]


def _check(data: dict, schema: str, name: str) -> None:
    problems = schema_errors(data, schema)
    if problems:
        raise AssertionError(f"{name} breaks {schema}: {problems[:3]}")


class Profiles:
    """Each document's profile: from the cache (its head at once, its measures when a pair or
    table of it must be computed), else computed through ``pmap``.  ``head(id)`` is what
    ``neighbours`` and ``plan`` read; ``[id]`` the whole profile."""

    def __init__(self, documents: list[str], shelf: Shelf, keys: dict[str, str], pmap: Map, cache: SiteCache):
        self.cache = cache
        self.names = {i: key("profile", keys[i]) for i in documents}
        heads = {i: cache.get_json(f"profile/{name}.json") for i, name in self.names.items()}
        for i, head in heads.items():  # a head without its measures file is a miss
            if head is not None and not cache.keep(f"terms/{self.names[i]}.json"):
                heads[i] = None
        missing = [i for i in documents if heads[i] is None]
        self.full: dict[str, compare.Profile] = {}
        for doc, made in zip(missing, pmap(_profile_job, [shelf.ref(i) for i in missing])):
            head, measures_data = compare.profile_data(made)
            cache.put_json(f"profile/{self.names[doc]}.json", head)
            cache.put_text(f"terms/{self.names[doc]}.json", json.dumps(measures_data, ensure_ascii=False))
            self.full[doc] = made
        self.heads = {i: self.full.get(i) or compare.from_data(head) for i, head in heads.items()}

    def head(self, doc: str) -> compare.Profile:
        return self.heads[doc]

    def __getitem__(self, doc: str) -> compare.Profile:
        if doc not in self.full:
            text = self.cache.get_text(f"terms/{self.names[doc]}.json")
            self.full[doc] = compare.with_measures(self.heads[doc], json.loads(text) if text else [])
        return self.full[doc]


def _aligned(wanted: list[tuple[str, str]], profiles: Profiles, keys: dict[str, str],
             pmap: Map, cache: SiteCache) -> dict[tuple[str, str], compare.Pairs]:
    """The alignment of each wanted pair of documents: from the cache, else computed through ``pmap``."""
    names = {pair: f"pair/{key('pair', keys[pair[0]], keys[pair[1]])}.json" for pair in wanted}
    found = {pair: cache.get_json(name) for pair, name in names.items()}
    missing = [pair for pair, value in found.items() if value is None]
    for pair, value in zip(missing, pmap(compare.align_pair, [(profiles[a], profiles[b]) for a, b in missing])):
        cache.put_json(names[pair], value)
        found[pair] = value
    return {pair: [tuple(link) for link in value] for pair, value in found.items()}


def _profile_job(ref) -> compare.Profile:
    return compare.profile(fetch(ref))


def _table(entry: dict, profiles: Profiles, pairs: dict, shelf: Shelf,
           keys: dict[str, str], cache: SiteCache) -> Table:
    ids = entry["documents"]
    title = entry["name"] or " ⇄ ".join(shelf.head(i)["title"] for i in ids)
    name = f"table/{key('table', entry['name'], [keys[i] for i in ids])}.json"
    data = cache.get_json(name)
    if data is None:
        data = compare.table([profiles[i] for i in ids], {p: pairs[p] for p in compare.table_pairs(ids)})
        data = {"name": entry["name"] or slug(ids), "title": title, **data}
        _check(data, "compare.schema.json", name)
        cache.put_json(name, data)
    return Table(slug([entry["name"]]) if entry["name"] else slug(ids), title, data)


def _diffs(pairs: list[tuple[str, str]], shelf: Shelf, keys: dict[str, str], pmap: Map,
           cache: SiteCache) -> list[Diff]:
    names = [f"diff/{key('diff', keys[a], keys[b])}.json" for a, b in pairs]
    scripts = [cache.get_json(name) for name in names]
    missing = [k for k, s in enumerate(scripts) if s is None]
    for k, script in zip(missing, pmap(_diff_job, [(shelf.ref(pairs[k][0]), shelf.ref(pairs[k][1]))
                                                   for k in missing])):
        _check(script, "diff.schema.json", names[k])
        cache.put_json(names[k], script)
        scripts[k] = script
    return [Diff(a, b, slug([a, b]), f"{shelf.head(a)['title']}：{version_name(shelf.head(a))} → "
                 f"{version_name(shelf.head(b))}", s) for (a, b), s in zip(pairs, scripts)]


def version_name(doc: dict) -> str:
    """A version as a reader names it: its date (2018-10-26), else its file name's, else its file name."""
    return _date(doc) or _file_date(doc) or doc["source"]["path"].rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _diff_job(pair: tuple) -> dict:
    return diff_documents(fetch(pair[0]), fetch(pair[1]))


def related(tables: list[Table], diffs: list[Diff]) -> dict[str, list[dict[str, str]]]:
    """Document id → links (from its page) to the tables and diffs it is part of."""
    links: dict[str, list[dict[str, str]]] = {}
    for t in tables:
        for i in t.data["documents"]:
            links.setdefault(i, []).append({"href": f"../compare/{t.slug}.html", "title": "对照表"})
    for d in diffs:
        for i in (d.old, d.new):
            links.setdefault(i, []).append({"href": f"../diff/{d.slug}.html", "title": "版本比较"})
    return links


def title_key(doc: dict) -> str:
    """The title without status or year markers (（征求意见稿）（试行）(2021-2035年)) and spaces."""
    meta_title = plain(doc["meta"].get("title"))
    title = _MARKERS.sub("", meta_title or doc["title"])
    return title.removeprefix("中华人民共和国")


def is_amendment(doc: dict) -> bool:
    """An amending instrument (宪法修正案, 关于修改…的决定): its own instrument, never a version of another."""
    return bool(_AMENDMENT.search(plain(doc["meta"].get("title")) or doc["title"]))


def version_groups(documents: list[dict], config: dict[str, Any]) -> list[list[str]]:
    """Ids of the versions of each instrument, oldest first (see ``versions``)."""
    return versions(documents, config)[0]


def versions(documents: list[dict], config: dict[str, Any]) -> tuple[list[list[str]], list[dict[str, str]]]:
    """Version groups, oldest first, and warnings about their dates.

    The config's ``[[versions]]`` decide when present.  Otherwise documents under
    ``versions/<name>/`` are one instrument by their folder, others by ``title_key`` (the title,
    with its kind word, without status and year marks); amending instruments are never grouped.
    A group is ordered by each version's date (``meta.date``: its latest adoption or amendment),
    else the date in its file name, else its path; a file name's date that disagrees with
    ``meta.date`` is reported (``version-date-mismatch``).
    """
    if config.get("versions"):
        return [list(e["documents"]) for e in config["versions"]], []
    groups: dict[str, list[dict]] = {}
    for doc in documents:
        parts = doc["source"]["path"].split("/")
        if len(parts) == 3 and parts[0] == "versions":
            groups.setdefault("v:" + parts[1], []).append(doc)
        elif not is_amendment(doc) and len(title_key(doc)) >= 4:
            groups.setdefault("t:" + title_key(doc), []).append(doc)
    result, notes = [], []
    for members in groups.values():  # in order of each group's first document
        if len(members) < 2 or len({d["source"]["path"] for d in members}) < 2:
            continue
        dated = [(_date(d), _file_date(d), d) for d in members]
        for meta_date, file_date, d in dated:
            if meta_date and file_date and not meta_date.startswith(file_date) and not file_date.startswith(meta_date):
                notes.append({"path": d["source"]["path"], "code": "version-date-mismatch",
                              "text_date": meta_date, "file_date": file_date,
                              "message": f"the version's date read from its text, {meta_date}, disagrees with the "
                                         f"{file_date} of its file name; it is ordered by {meta_date}. Check the "
                                         "source's promulgation and amendment lines, or the file name"})
        when = [meta_date or file_date for meta_date, file_date, _ in dated]
        by_date = all(when)
        result.append([d["id"] for _, d in sorted(zip(when, members), key=lambda x: (
            x[0] if by_date else "", x[1]["source"]["path"], x[1]["id"]))])
    return result, notes


def _date(doc: dict) -> str:
    date = doc["meta"].get("date")
    return str((date.get("value") if isinstance(date, dict) else date) or "")


def _file_date(doc: dict) -> str:
    """The date a file's name states (``2018-10-26.md``, ``…(2018-09-21).md``, ``2026.md``), else ""."""
    name = doc["source"]["path"].rsplit("/", 1)[-1]
    found = _FILE_DATE.findall(name)
    if not found:
        return ""
    year, month, day = found[-1]
    return f"{year}-{month}-{day}" if month else year


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

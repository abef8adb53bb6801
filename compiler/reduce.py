"""Reduce stage: the site's data from every validated document.

``reduce_site`` groups versions and computes their edit scripts, plans the comparisons and
aligns their tables, and links the pages to each other.  Everything it returns passed its schema
(``compare.schema.json``, ``diff.schema.json``) like the documents did, and is all the renderer
reads besides the documents.  Work that is independent per document, table or pair runs
through ``pmap`` with its inputs as arguments, so it can run in worker processes.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any, Callable

from . import compare
from .config import check_document_ids
from .diff import diff_documents
from .markup import plain
from .validate import schema_errors

Map = Callable[[Callable, list], list]  # map(function, items) returning a list, maybe in workers

_MARKERS = re.compile(r"【[^】]*】|[(（][^()（）]*(?:征求意见稿|试行|暂行|草案|送审稿|修订|修正|\d{4})[^()（）]*[)）]|\s+")
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


def reduce_site(documents: list[dict], config: dict[str, Any], pmap: Map | None = None) -> Site:
    """Version groups with their diffs, comparison tables, and links, from validated documents."""
    pmap = pmap or serial_map
    by_id = {d["id"]: d for d in documents}
    check_document_ids(config, set(by_id))
    groups = version_groups(documents, config)
    in_groups = frozenset(i for g in groups for i in g)
    entries = config.get("compare")
    profiled = [d for d in documents if d["id"] not in in_groups] if not entries else \
        [by_id[i] for i in dict.fromkeys(i for e in entries for i in e["documents"])]
    profiles = dict(zip((d["id"] for d in profiled), pmap(compare.profile, profiled)))
    planned = compare.plan([profiles[d["id"]] for d in profiled], entries, in_groups, pmap)
    tables = pmap(table, [(e, [profiles[i] for i in e["documents"]], [by_id[i]["title"] for i in e["documents"]])
                          for e in planned])
    pairs = [(by_id[a], by_id[b]) for g in groups for a, b in zip(g, g[1:])]
    diffs = pmap(version_diff, pairs)
    for t in tables:
        _check(t.data, "compare.schema.json", t.slug)
    for d in diffs:
        _check(d.data, "diff.schema.json", d.slug)
    return Site(tables, diffs, related(tables, diffs))


def serial_map(function: Callable, items: list) -> list:
    """``pmap`` in this process."""
    return [function(item) for item in items]


def _check(data: dict, schema: str, name: str) -> None:
    problems = schema_errors(data, schema)
    if problems:
        raise AssertionError(f"{name} breaks {schema}: {problems[:3]}")


def table(job: tuple[dict, list[compare.Profile], list[str]]) -> Table:
    """One comparison table from its plan entry and the profiles and titles of its documents."""
    entry, profiles, titles = job
    data = compare.align_profiles(profiles)
    title = entry["name"] or " ⇄ ".join(titles)
    data = {"name": entry["name"] or slug(entry["documents"]), "title": title, **data}
    return Table(slug([entry["name"]]) if entry["name"] else slug(entry["documents"]), title, data)


def version_diff(pair: tuple[dict, dict]) -> Diff:
    """The edit script between two consecutive versions."""
    old, new = pair
    return Diff(old["id"], new["id"], slug([old["id"], new["id"]]), f"{old['title']}：{old['id']} → {new['id']}",
                diff_documents(old, new))


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

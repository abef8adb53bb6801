"""``OUT/polc.sqlite``: every document of a build as tables that join, with Chinese full-text search.

One writer among several (JSON, clause tables, site, AKN) of the same validated document JSON:
it reads nothing else, so the database cannot disagree with ``docs/<id>.json``.  Entry:
``write_database(out, documents, index)``; the build feeds it one document at a time through
:class:`Database` (``add``, then ``close``), so no more than one document is held.

Tables (keys and foreign keys as declared below; spans as ``span_start``/``span_end``):
``documents`` (with meta), ``issuers``, ``nodes``, ``clauses`` (every field of the contract's clause,
its node and sentence), ``programmes``, ``benefits`` (programme → clause), ``conditions`` (fact, op,
threshold and the path through the logic), ``definitions``, ``refs``, ``ref_targets``,
``diagnostics``; the FTS5 table ``node_fts`` (``search.index_text`` of each node's heading and text,
rowid = ``nodes.rowid``); views ``amounts``, ``amounts_by_issuer`` and ``programme_deadlines``.

Byte-identical for the same corpus at any ``-j``: rows go in index order, document order within a
document; nothing records a time; the file is written once, without a journal, and its FTS index is
merged into one segment at the end.
"""
from __future__ import annotations

import errno
import json
import queue
import sqlite3
import threading
from pathlib import Path
from typing import Any, Iterable

from .model import FORMAT_VERSION
from .paths import document_html, document_json
from .search import BIGRAM_PHRASE_SQL, index_text
from .tables import numbered, rows_of

NAME, METADATA = "polc.sqlite", "polc.metadata.json"

SCHEMA = """
create table polc (key text primary key, value text not null) without rowid;
create table documents (
  id text primary key, title text not null, source_path text not null, sha256 text not null,
  span_start integer not null, span_end integer not null,
  issuer text, doc_number text, date text, status text, level text, effective text, expires text,
  node_count integer not null, clause_count integer not null, programme_count integer not null,
  json text not null, html text not null, meta text not null);
create table issuers (
  document text not null references documents(id), position integer not null, name text not null,
  span_start integer, span_end integer, primary key (document, position));
create table nodes (
  rowid integer primary key, document text not null references documents(id), id text not null, parent text,
  position integer not null,
  depth integer not null, kind text not null, style text, num text, ordinal integer, number_path text not null,
  heading text, text text not null, role text, span_start integer not null, span_end integer not null,
  foreign key (document, parent) references nodes(document, id));
create table clauses (
  rowid integer primary key, document text not null references documents(id), id text not null, node text not null,
  number_path text not null, type text not null, value, min, max, min_inclusive integer, max_inclusive integer,
  approx integer not null, unit text, per_count real, per_unit text, scope text, period text, role text not null,
  applies_to text, base text, limits text, party text, precision text, relative integer not null,
  text text not null, span_start integer not null, span_end integer not null, text_start integer, text_end integer,
  sentence text not null,
  foreign key (document, node) references nodes(document, id),
  foreign key (document, limits) references clauses(document, id));
create table programmes (
  document text not null references documents(id), id text not null, node text not null, title text not null,
  span_start integer not null, span_end integer not null, deadline text, benefit_count integer not null,
  applicants text not null, logic text not null, exemptions text not null,
  primary key (document, id), foreign key (document, node) references nodes(document, id),
  foreign key (document, deadline) references clauses(document, id));
create table benefits (
  document text not null, programme text not null, position integer not null, clause text not null,
  primary key (document, programme, position),
  foreign key (document, programme) references programmes(document, id),
  foreign key (document, clause) references clauses(document, id));
create table definitions (
  document text not null references documents(id), position integer not null, term text not null,
  node text not null, text text not null, span_start integer not null, span_end integer not null,
  binds text not null, logic text not null,
  primary key (document, position), foreign key (document, node) references nodes(document, id));
create table conditions (
  document text not null references documents(id), owner text not null, part text not null,
  path text not null, logic text not null, node text not null, text text not null,
  span_start integer not null, span_end integer not null, fact text, op text, threshold, unit text,
  clause text, years text, discretion integer not null, "when" text,
  primary key (document, owner, part, path),
  foreign key (document, node) references nodes(document, id));
create table refs (
  document text not null, node text not null, position integer not null, kind text, text text not null,
  span_start integer not null, span_end integer not null, text_start integer, text_end integer,
  targets text not null,
  primary key (document, node, position), foreign key (document, node) references nodes(document, id));
create table ref_targets (
  document text not null, node text not null, position integer not null, target text not null,
  primary key (document, node, position, target),
  foreign key (document, node, position) references refs(document, node, position),
  foreign key (document, target) references nodes(document, id));
create table diagnostics (
  source_path text not null, document text references documents(id), position integer not null,
  code text not null, severity text not null, message text not null, line integer, "column" integer,
  span_start integer, span_end integer, primary key (source_path, position));
create virtual table node_fts using fts5(body, content='', tokenize='unicode61');
"""

INDEXES = """
create unique index nodes_key on nodes(document, id);
create unique index clauses_key on clauses(document, id);
create index clauses_node on clauses(document, node);
create index clauses_type_role on clauses(type, role);
create index clauses_unit on clauses(unit);
create index programmes_node on programmes(document, node);
create index benefits_clause on benefits(document, clause);
create index conditions_fact on conditions(fact);
create index conditions_node on conditions(document, node);
create index ref_targets_target on ref_targets(document, target);
create index issuers_name on issuers(name);
create index diagnostics_code on diagnostics(code);
create index documents_issuer on documents(issuer);
"""

VIEWS = """
create view amounts as
  select i.name as issuer, d.id as document, d.title, d.date, c.node, c.number_path, c.id as clause, c.role,
         c.value, c.min, c.max, c.unit, c.scope, c.period, c.applies_to, c.text, c.sentence
  from clauses c join documents d on d.id = c.document
  left join issuers i on i.document = d.id
  where c.type = 'money' and c.role in ('amount', 'cap')
  order by i.name, d.id, c.span_start;
create view amounts_by_issuer as
  select coalesce(i.name, '') as issuer, count(distinct c.document) as documents, count(*) as amounts,
         sum(c.unit = 'CNY') as cny_amounts, max(case when c.unit = 'CNY' then coalesce(c.value, c.max) end) as largest_cny,
         min(case when c.unit = 'CNY' then coalesce(c.value, c.min, c.max) end) as smallest_cny
  from clauses c left join issuers i on i.document = c.document
  where c.type = 'money' and c.role in ('amount', 'cap')
  group by coalesce(i.name, '') order by amounts desc, issuer;
create view programme_deadlines as
  select p.document, d.title as document_title, d.issuer, p.id as programme, p.title, p.node,
         c.value as deadline, c.text as deadline_text, c.sentence as deadline_sentence, p.benefit_count
  from programmes p join documents d on d.id = p.document
  join clauses c on c.document = p.document and c.id = p.deadline
  order by c.value, p.document, p.id;
"""


class Database:
    """The database being written: ``add`` each document (in index order), then ``close``.

    The rows are made here, in the caller's thread; one writer thread inserts them, in the order
    they were made (so the bytes are the same in any run), while SQLite's C code, which releases the
    GIL, overlaps the next document's Python work."""

    def __init__(self, out: Path, index: dict[str, Any]):
        self.out, self.index = out, index
        self.sources = {s["path"]: s for s in index["sources"]}
        self.diagnostics: dict[str, int] = {}  # source path → rows written
        self.rows = 0  # nodes and clauses so far (their rowids)
        self.clauses = 0
        self.queue: queue.Queue = queue.Queue(maxsize=32)
        self.failure: BaseException | None = None
        self.thread = threading.Thread(target=self._write, name="polc-database", daemon=True)
        self.thread.start()
        self._put("polc", [("format_version", FORMAT_VERSION)])

    def add(self, doc: dict[str, Any]) -> None:
        """Every row of one validated document."""
        put, doc_id, meta = self._put, doc["id"], doc["meta"]
        walked = list(numbered(doc["body"]))
        clauses = list(rows_of(doc, walked))
        put("documents", [_document(doc, meta, len(walked), len(clauses))])
        put("issuers", [(doc_id, k, i["name"], *_span(i.get("span"))) for k, i in enumerate(meta.get("issuer") or [])])
        first, self.rows = self.rows + 1, self.rows + len(walked)
        put("nodes", [(first + k, doc_id, n["id"], parent, k, depth, n["kind"], n["style"], n["num"], n["ordinal"],
                       " ".join(path), n["heading"], n["text"], n.get("role"), *n["span"])
                      for k, (n, path, parent, depth) in enumerate(walked)])
        put("node_fts", [(first + k, index_text(f"{n['heading'] or ''} {n['text']}" if n["heading"] else n["text"]))
                         for k, (n, _, _, _) in enumerate(walked)])
        first, self.clauses = self.clauses + 1, self.clauses + len(clauses)
        put("clauses", [(first + k, *_clause(c)) for k, c in enumerate(clauses)])
        refs = [(n["id"], k, r) for n, _, _, _ in walked for k, r in enumerate(n.get("refs") or [])]
        put("refs", [(doc_id, node, k, r.get("kind"), r["text"], *r["span"], *_span(r.get("text_span")),
                      _json(r["targets"])) for node, k, r in refs])
        put("ref_targets", [(doc_id, node, k, t) for node, k, r in refs for t in dict.fromkeys(r["targets"])])
        self._programmes(doc)
        source = doc["source"]["path"]
        if source not in self.diagnostics:
            self._diagnostics(source, None, self.sources.get(source, {}).get("diagnostics") or [])
        self._diagnostics(source, doc_id, doc["diagnostics"])

    def _programmes(self, doc: dict[str, Any]) -> None:
        put, doc_id = self._put, doc["id"]
        put("programmes", [(doc_id, p["id"], p["node"], p["title"], *p["span"], p["deadline"], len(p["benefits"]),
                            _json(p["applicants"]), _json(p["logic"]), _json(p["exemptions"]))
                           for p in doc["programmes"]])
        put("benefits", [(doc_id, p["id"], k, c) for p in doc["programmes"] for k, c in enumerate(p["benefits"])])
        put("definitions", [(doc_id, k, d["term"], d["node"], d["text"], *d["span"], _json(d["binds"]),
                             _json(d["logic"])) for k, d in enumerate(doc["definitions"])])
        rows = []
        for p in doc["programmes"]:
            rows += _conditions(doc_id, p["id"], "applicants", p["applicants"])
            rows += _conditions(doc_id, p["id"], "logic", p["logic"])
            for part in ("exclusions", "preferences"):
                rows += [_condition(doc_id, p["id"], part, str(k), part, c) for k, c in enumerate(p[part])]
        for k, d in enumerate(doc["definitions"]):
            rows += _conditions(doc_id, f"definition:{k}", "logic", d["logic"])
        put("conditions", rows)

    def _diagnostics(self, source: str, doc: str | None, found: list[dict[str, Any]]) -> None:
        start = self.diagnostics.get(source, 0)
        self._put("diagnostics", [(source, doc, start + k, d["code"], d["severity"], d["message"], d.get("line"),
                                   d.get("column"), *_span(d.get("span"))) for k, d in enumerate(found)])
        self.diagnostics[source] = start + len(found)

    def _put(self, table: str, rows: list[tuple]) -> None:
        if rows:
            self._raise()
            self.queue.put((table, rows))

    def close(self) -> None:
        """File-level diagnostics of sources without a document, then (in the writer) indexes, views
        and one FTS segment; Datasette's metadata beside the database."""
        for source in self.index["sources"]:
            if source["path"] not in self.diagnostics:
                self._diagnostics(source["path"], None, source.get("diagnostics") or [])
        self.queue.put(None)
        self.thread.join()
        self._raise()
        write_metadata(self.out / METADATA)

    def _raise(self) -> None:
        """The writer's failure, if any, in the build's thread; SQLite's own errors (a full disk) as the
        ``OSError`` they are, so that the build names OUT and exits 3."""
        if isinstance(self.failure, sqlite3.Error):
            full = "full" in str(self.failure)
            raise OSError(errno.ENOSPC if full else errno.EIO, f"{NAME} could not be written ({self.failure})")
        if self.failure is not None:
            raise self.failure

    def _write(self) -> None:
        """The writer thread: the schema, every batch of rows in order, then the indexes."""
        try:
            db = sqlite3.connect(self.out / NAME, isolation_level=None)
            for pragma in ("journal_mode = off", "synchronous = off", "page_size = 4096", "cache_size = -65536"):
                db.execute(f"pragma {pragma}")
            db.executescript(SCHEMA)
            columns = {table: ", ".join(f'"{row[1]}"' for row in db.execute(f"pragma table_info({table})"))
                       for (table,) in db.execute("select name from sqlite_schema where type = 'table'")}
            columns["node_fts"] = "rowid, body"
            db.execute("insert into node_fts(node_fts, rank) values ('automerge', 0)")  # one merge, at the end
            db.execute("begin")
            while (batch := self.queue.get()) is not None:
                table, rows = batch
                db.executemany(f"insert into {table} ({columns[table]}) values ({', '.join('?' * len(rows[0]))})",
                               rows)
            db.execute("commit")
            db.executescript(f"begin; {INDEXES} {VIEWS} insert into node_fts(node_fts) values ('optimize'); commit;")
            db.execute("pragma optimize")
            db.close()
        except BaseException as exc:  # handed to the build's thread: close() raises it
            self.failure = exc
            while self.queue.get() is not None:  # let add() and close() finish
                pass


def write_database(out: Path, documents: Iterable[dict[str, Any]], index: dict[str, Any]) -> None:
    """Write ``out/polc.sqlite`` from ``documents`` (validated document JSON, in the order of
    ``index``, the build's validated ``index.json``) and Datasette's metadata beside it."""
    database = Database(out, index)
    for doc in documents:
        database.add(doc)
    database.close()


def _span(span: list[int] | None) -> tuple[int | None, int | None]:
    return (span[0], span[1]) if span else (None, None)


_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder, not one per call


def _value(field: dict[str, Any] | None) -> Any:
    return field.get("value") if isinstance(field, dict) else field


def _document(doc: dict[str, Any], meta: dict[str, Any], nodes: int, clauses: int) -> tuple:
    number = meta.get("doc_number")
    return (doc["id"], doc["title"], doc["source"]["path"], doc["source"]["sha256"], *doc["source"]["span"],
            "、".join(i["name"] for i in meta.get("issuer") or []) or None, number["text"] if number else None,
            _value(meta.get("date")), _value(meta.get("status")), _value(meta.get("level")),
            _value(meta.get("effective")), _value(meta.get("expires")), nodes, clauses, len(doc["programmes"]),
            document_json(doc["id"]), document_html(doc["id"]), _json(meta))


def _clause(row: dict[str, Any]) -> tuple:
    per, text_span = row["per"], row["text_span"]
    return (row["document"], row["id"], row["node"], row["number_path"], row["type"], row["value"], row["min"],
            row["max"], row["min_inclusive"], row["max_inclusive"], row["approx"], row["unit"],
            per["count"] if per else None, per["unit"] if per else None, row["scope"], row["period"], row["role"],
            row["applies_to"], row["base"], row["limits"], row["party"], row["precision"], row["relative"],
            row["text"], *row["span"], *_span(text_span), row["sentence"])


def _conditions(doc: str, owner: str, part: str, logic: dict[str, Any], path: str = "", ops: str = "") -> list[tuple]:
    """One row per condition under ``logic``: ``path`` the positions down to it (``0.2``), ``logic``
    the operators on the way (``all>any``)."""
    ops = f"{ops}>{logic['op']}" if ops else logic["op"]
    rows = []
    for k, item in enumerate(logic["items"]):
        here = f"{path}.{k}" if path else str(k)
        if "items" in item:
            rows += _conditions(doc, owner, part, item, here, ops)
        else:
            rows.append(_condition(doc, owner, part, here, ops, item, logic.get("when")))
    return rows


def _condition(doc: str, owner: str, part: str, path: str, ops: str, c: dict[str, Any],
               when: list[str] | None = None) -> tuple:
    t = c["test"] or {}
    threshold = t.get("value")
    return (doc, owner, part, path, ops, c["node"], c["text"], *c["span"], t.get("fact"), t.get("op"),
            _json(threshold) if isinstance(threshold, (list, dict)) else threshold, t.get("unit"), t.get("clause"),
            t.get("years"), bool(t.get("discretion")), _json(when) if when else None)


def write_metadata(path: Path) -> None:
    """Datasette's metadata (``datasette OUT/polc.sqlite -m OUT/polc.metadata.json``): titles, column
    descriptions, labels for foreign keys, facets, full-text search on ``nodes`` and a canned query."""
    path.write_text(json.dumps(metadata(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def metadata() -> dict[str, Any]:
    search_sql = ("select n.document, d.title as document_title, n.id as node, n.number_path, n.heading, n.text "
                  "from node_fts join nodes n on n.rowid = node_fts.rowid join documents d on d.id = n.document "
                  f"where node_fts match ({BIGRAM_PHRASE_SQL}) order by n.rowid limit 200")
    return {
        "format_version": FORMAT_VERSION,  # polc's; Datasette ignores keys it does not know
        "title": "polc: compiled policy documents",
        "description": f"Tables of polc's output (format {FORMAT_VERSION}): documents, nodes, numeric clauses, "
                       "programmes and their conditions. Search the nodes' text in Chinese: a two-character word "
                       "in the search box of nodes, any word in the search query.",
        "databases": {"polc": {
            "tables": {
                "documents": {"label_column": "title", "facets": ["level", "status", "issuer"],
                              "description": "One row per compiled document (docs/<id>.json); meta as JSON."},
                "nodes": {"label_column": "id", "fts_table": "node_fts", "fts_pk": "rowid",
                          "facets": ["kind", "document"],
                          "description": "Every node of every document in document order: number path, heading, "
                                         "own text and span; searchable (two-character words and longer)."},
                "clauses": {"label_column": "text", "facets": ["type", "role", "unit"],
                            "description": "Every numeric clause with every field of the contract and its sentence."},
                "programmes": {"label_column": "title", "facets": ["document"],
                               "description": "What someone applies for; benefits and conditions in their tables."},
                "conditions": {"facets": ["fact", "op", "part"],
                               "description": "Each condition of a programme (or definition): fact, op, threshold "
                                              "and its path through the logic (all/any/tiers)."},
                "diagnostics": {"facets": ["severity", "code"]},
                "node_fts": {"hidden": True},
            },
            "queries": {"search": {"title": "Search the text (Chinese, any length)", "sql": search_sql,
                                   "description": "Nodes whose text holds q (a word of two or more characters)."}},
        }},
    }

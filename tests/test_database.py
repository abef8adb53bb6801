"""OUT/polc.sqlite: tables that join the JSON, Chinese full-text search through the plain sqlite3
module, ``polc search``, and Datasette in a real process on localhost."""
from __future__ import annotations

import csv
import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import jsonschema
import pytest
import referencing
from click.testing import CliRunner

import polc
from polc.cli import main
from polc.database import metadata
from polc.search import index_text, match_query

SCHEMAS = Path(__file__).parents[1] / "schemas"
WORDS = ("专利", "贴息", "产权", "知识产权", "质押融资")


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    target = tmp_path_factory.mktemp("db") / "out"
    polc.build(seeds_dir, target, jobs=1, site=False)
    return target


@pytest.fixture(scope="module")
def db(out: Path):
    with sqlite3.connect(out / "polc.sqlite") as connection:
        yield connection


def documents(out: Path) -> list[dict]:
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    return [json.loads((out / d["json"]).read_text(encoding="utf-8")) for d in index["documents"]]


def walk(nodes):
    for node in nodes:
        yield node
        yield from walk(node["children"])


def test_every_table_row_joins_the_json(out: Path, db) -> None:
    """Every clause id in clauses.csv exists in its document JSON, every programme benefit in
    clauses.csv; the database holds the same nodes and clauses as the JSON, and no foreign key dangles."""
    docs = {d["id"]: d for d in documents(out)}
    in_json = {(d, c["id"]) for d, doc in docs.items() for n in walk(doc["body"]) for c in n["clauses"]}
    with (out / "clauses.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    in_csv = {(r["document"], r["id"]) for r in rows}
    assert in_csv == in_json and len(rows) == len(in_json) > 300
    benefits = {(d, b) for d, doc in docs.items() for p in doc["programmes"] for b in p["benefits"]}
    assert benefits and benefits <= in_csv
    assert set(db.execute("select document, id from clauses")) == in_json
    assert set(db.execute("select document, clause from benefits")) == benefits
    nodes = {(d, n["id"]) for d, doc in docs.items() for n in walk(doc["body"])}
    assert set(db.execute("select document, id from nodes")) == nodes
    assert db.execute("pragma foreign_key_check").fetchall() == []


def test_table_rows_follow_their_schema_and_carry_every_clause_field(out: Path) -> None:
    schemas = [json.loads(p.read_text(encoding="utf-8")) for p in SCHEMAS.glob("*.json")]
    registry = referencing.Registry().with_resources(
        (s["$id"], referencing.Resource.from_contents(s)) for s in schemas)
    row_schema = next(s for s in schemas if s["$id"].endswith("clause-row.schema.json"))
    clause_schema = next(s for s in schemas if s["$id"].endswith("/clause.schema.json"))
    validator = jsonschema.Draft202012Validator(row_schema, registry=registry)
    lines = (out / "clauses.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        row = json.loads(line)
        assert not list(validator.iter_errors(row)), row
        assert "".join(row["text"].split()) in "".join(row["sentence"].split()), row
    assert set(clause_schema["properties"]) <= set(row_schema["properties"])
    first = json.loads(lines[0])
    assert first["sentence"].startswith("对企业符合条件的质押融资") and first["base"] == "实际融资额"


def test_format_version_is_in_every_json_file(out: Path, db) -> None:
    written = [p for p in out.rglob("*.json") if ".cache" not in p.parts]
    assert len(written) > 5
    for path in written:
        assert json.loads(path.read_text(encoding="utf-8"))["format_version"] == "1.0", path
    assert db.execute("select value from polc where key = 'format_version'").fetchone() == ("1.0",)


def expected(db, word: str) -> set[tuple[str, str]]:
    """The nodes whose heading or text holds ``word``, by a plain substring scan."""
    return {(d, i) for d, i, h, t in db.execute("select document, id, heading, text from nodes")
            if word in (h or "") + " " + t or word in (h or "") + t}


@pytest.mark.parametrize("word", WORDS)
def test_full_text_search_finds_every_word_also_inside_longer_words(db, word: str) -> None:
    found = set(db.execute("select n.document, n.id from node_fts join nodes n on n.rowid = node_fts.rowid "
                           "where node_fts match ?", (match_query(word),)))
    assert found == expected(db, word) and found


def test_a_word_inside_a_longer_word_is_found_where_unicode61_alone_finds_nothing(db) -> None:
    holds = expected(db, "知识产权")
    assert holds and holds <= expected(db, "产权")
    scratch = sqlite3.connect(":memory:")
    scratch.execute("create virtual table plain using fts5(body)")
    scratch.execute("insert into plain values ('加强知识产权保护')")
    assert scratch.execute("select count(*) from plain where plain match '产权'").fetchone() == (0,)
    assert index_text("加强知识产权保护，2000万元") == "加强 强知 知识 识产 产权 权保 保护 护， 2000 万元"
    assert match_query("知识产权 2000万元，专") == '"知识 识产 产权" AND "2000 万元" AND 专*'


def test_views_answer_what_publishers_ask(db) -> None:
    by_issuer = db.execute("select issuer, amounts from amounts_by_issuer").fetchall()
    assert by_issuer and sum(n for _, n in by_issuer) == db.execute(
        "select count(*) from amounts").fetchone()[0]
    deadlines = db.execute("select programme, deadline from programme_deadlines").fetchall()
    assert deadlines and all(d for _, d in deadlines)
    assert db.execute("select count(*) from conditions where fact is not null").fetchone()[0] > 10


def test_polc_search_prints_document_node_snippet_and_link(out: Path) -> None:
    result = CliRunner().invoke(main, ["search", str(out), "专利"])
    assert result.exit_code == 0, result.output
    assert "001_490c044983d1bc4d.d1  第一章 第二条  (chp_1__art_2)" in result.output
    assert "【专利】" in result.output and f"{out}/docs/001_490c044983d1bc4d.d1.html#chp_1__art_2" in result.output
    missing = CliRunner().invoke(main, ["search", str(out.parent / "nowhere"), "专利"])
    assert missing.exit_code == 2 and "has no polc.sqlite" in missing.output and "Traceback" not in missing.output


def test_no_db_writes_no_database(seeds_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "-o", str(tmp_path / "o"), "-q", "--no-db",
                                       "--no-site", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "o" / "polc.sqlite").exists() and (tmp_path / "o" / "clauses.csv").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read().decode("utf-8"))


@pytest.mark.slow
def test_datasette_finds_a_two_character_word_over_http(out: Path, db) -> None:
    """``datasette OUT/polc.sqlite -m OUT/polc.metadata.json`` in a real process on a free localhost port:
    the search box of nodes finds 专利 as typed, the canned query any word."""
    datasette = Path(sys.executable).with_name("datasette")
    if not datasette.exists():
        pytest.skip("datasette is not installed (pip install 'polc[test]')")
    port = _free_port()
    server = subprocess.Popen([str(datasette), "serve", str(out / "polc.sqlite"), "-m", str(out / "polc.metadata.json"),
                               "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):  # at most ~20 s for the server to answer
            try:
                _get(f"{base}/-/versions.json")
                break
            except OSError:
                assert server.poll() is None, server.stdout.read().decode()
                time.sleep(0.2)
        query = urllib.parse.urlencode({"_search": "专利", "_shape": "objects", "_size": "max"})
        answer = _get(f"{base}/polc/nodes.json?{query}")
        assert {(r["document"], r["id"]) for r in answer["rows"]} == expected(db, "专利")
        assert answer["filtered_table_rows_count"] == len(expected(db, "专利")) > 5
        canned = _get(f"{base}/polc/search.json?" + urllib.parse.urlencode({"q": "产权", "_shape": "objects"}))
        assert {(r["document"], r["node"]) for r in canned["rows"]} == set(sorted(expected(db, "产权"))[:200]) or \
            len(canned["rows"]) == 200
        meta = _get(f"{base}/-/metadata.json")
        assert meta["databases"]["polc"]["tables"]["nodes"]["fts_table"] == "node_fts"
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert metadata()["databases"]["polc"]["queries"]["search"]["sql"]


@pytest.mark.slow
def test_the_installed_command_builds_the_database_and_searches_it(seeds_dir: Path, tmp_path: Path) -> None:
    """``polc build`` then ``polc search`` through the console script, as a publisher runs them."""
    polc_command = Path(sys.executable).with_name("polc")
    if not polc_command.exists():
        pytest.skip("the polc console script is not installed here")
    out = tmp_path / "out"
    built = subprocess.run([str(polc_command), "build", str(seeds_dir), "-o", str(out), "-q", "--no-site"],
                           capture_output=True, text=True, timeout=300)
    assert built.returncode == 0 and (out / "polc.sqlite").is_file() and "Traceback" not in built.stderr
    found = subprocess.run([str(polc_command), "search", str(out), "贴息"], capture_output=True, text=True, timeout=60)
    assert found.returncode == 0 and "【贴息】" in found.stdout and "polc search: " in found.stderr
    nothing = subprocess.run([str(polc_command), "search", str(out), "不存在的词语"], capture_output=True, text=True,
                             timeout=60)
    assert nothing.returncode == 1 and nothing.stdout == "" and "0 hits" in nothing.stderr


def test_a_database_that_cannot_be_written_is_the_machines_fault(seeds_dir: Path, tmp_path: Path, monkeypatch) -> None:
    """SQLite's own errors (a full disk) end the build with exit status 3 and a message naming OUT."""
    import polc.database as database

    real = sqlite3.connect

    def full(*args, **kwargs):
        connection = real(*args, **kwargs)
        connection.execute("pragma max_page_count = 8")  # 32 KB: the disk is full at once
        return connection
    monkeypatch.setattr(database.sqlite3, "connect", full)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "-o", str(out), "-q", "--no-site", "-j", "1"])
    assert result.exit_code == 3, result.output
    assert f"cannot write the output folder {out}: the disk is full" in result.output
    assert "Traceback" not in result.output and not out.exists()

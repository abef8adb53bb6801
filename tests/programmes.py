"""Walking and judging the programmes of compiled documents, for the eligibility tests.

``walk(nodes)`` every node of a tree; ``conditions(logic)`` every condition of a programme's logic,
``all_tests(logic)`` the tests among them; ``clauses_of(doc)`` a document's clauses by id, as
``polc match`` reads them; ``status(doc, programme, on, **facts)`` the verdict for a profile.
"""
from __future__ import annotations

from datetime import date
from typing import Iterator

from polc.match import judge, profile_from


def walk(nodes: list[dict]) -> Iterator[dict]:
    for node in nodes:
        yield node
        yield from walk(node["children"])


def conditions(logic: dict) -> Iterator[dict]:
    for item in logic["items"]:
        if "op" in item:
            yield from conditions(item)
        else:
            yield item


def all_tests(logic: dict) -> Iterator[dict]:
    return (c["test"] for c in conditions(logic) if c["test"])


def clauses_of(doc: dict) -> dict[str, dict]:
    return {c["id"]: c for n in walk(doc["body"]) for c in n["clauses"]}


def status(doc: dict, programme: dict, on: date, **facts) -> str:
    return judge(programme, profile_from(facts), doc["id"], clauses_of(doc), on)["status"]

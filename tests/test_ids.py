"""Clause ids survive edits: a clause's id is its node's id and a key of its own sentence, so an
edit to one sentence changes the ids of that sentence's clauses alone (README: Ids)."""
from __future__ import annotations

from pathlib import Path

import polc
from polc.sentences import clause_ids, sentence_bounds

LAW = Path(__file__).parent / "data" / "corpus-ext" / "laws" / "行政法" / "生态环境法典(2026).md"
ARTICLE = "第一千一百零二条 "
NEW_SENTENCE = "对初次轻微违法的，处五千元罚款。"


def _clauses(doc: dict) -> list[tuple[str, str, str]]:
    """(node id, clause id, clause text) of every clause, in document order."""
    found = []

    def walk(nodes):
        for node in nodes:
            found.extend((node["id"], c["id"], c["text"]) for c in node["clauses"])
            walk(node["children"])
    walk(doc["body"])
    return found


def test_a_new_first_sentence_changes_no_other_clause_id():
    """One article of a real law (生态环境法典 第一千一百零二条, four clauses in three sentences) gets a new first sentence with an amount:
    every clause id outside that sentence, in that article and in every other node, is unchanged."""
    text = LAW.read_text(encoding="utf-8")
    assert text.count(ARTICLE) == 1
    edited = text.replace(ARTICLE, ARTICLE + NEW_SENTENCE)
    original = polc.compile_text(text, path="law.md").documents[0]
    before, after = _clauses(original), _clauses(polc.compile_text(edited, path="law.md").documents[0])
    article = next(n["id"] for n in _walk(original["body"]) if n["num"] == ARTICLE.strip())
    added = [c for c in after if c not in before]
    assert [(node, text) for node, _, text in added] == [(article, "五千元")]
    assert [c for c in after if c not in added] == before  # every other clause: same id, same order
    assert len(before) > 200 and sum(node == article for node, _, _ in before) == 4


def test_positional_ids_would_have_shifted():
    """The same edit under the old scheme (…__clause_N among all clauses of the node) renumbers the
    article's clauses: the test above would catch a return to it."""
    text = LAW.read_text(encoding="utf-8")
    doc = polc.compile_text(text.replace(ARTICLE, ARTICLE + NEW_SENTENCE), path="law.md").documents[0]
    node = next(n for n in _walk(doc["body"]) if any(c["text"] == "五千元" for c in n["clauses"]))
    assert [c["text"] for c in node["clauses"]][:2] == ["五千元", "二十万元以上一百万元"]  # the new clause comes first


def _walk(nodes):
    for node in nodes:
        yield node
        yield from _walk(node["children"])


def test_ids_name_the_sentence_and_the_place_in_it():
    text = "对企业给予10万元奖励，最高20万元。对个人给予1万元。对企业给予10万元奖励，最高20万元。"
    spans = [(5, 9), (14, 18), (24, 27), (33, 37), (42, 46)]
    assert [text[a:b] for a, b in spans] == ["10万元", "20万元", "1万元", "10万元", "20万元"]
    (ids,) = clause_ids("art_1", [(text, spans)])
    first, second, third = ids[0].rsplit("_", 1)[0], ids[2].rsplit("_", 1)[0], ids[3].rsplit("_", 1)[0]
    assert ids[:2] == [f"{first}_1", f"{first}_2"] and ids[3:] == [f"{first}-2_1", f"{first}-2_2"]
    assert len({first, second}) == 2 and third == f"{first}-2"
    assert all(i.startswith("art_1__clause_") and i.isascii() for i in ids)


def test_a_semicolon_does_not_end_a_sentence():
    text = "  对金奖给予30万元；对银奖给予20万元。其他。"
    assert sentence_bounds(text, 7, 11) == (2, 22)
    assert text[slice(*sentence_bounds(text, 17, 21))] == "对金奖给予30万元；对银奖给予20万元。"

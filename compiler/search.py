"""Chinese full-text search over ``OUT/polc.sqlite`` with SQLite's own tokenizer.

SQLite's ``unicode61`` tokenizer makes one token of a whole run of Chinese, ``trigram`` finds
nothing shorter than three characters, and a tokenizer written in Python exists only in the process
that registered it (Datasette could not query it).  So the database indexes a *tokenised copy* of
each node's text in an FTS5 table that the default tokenizer reads: every run of Chinese becomes
its overlapping character bigrams, as Lucene's CJK analyzer does (知识产权 → ``知识 识产 产权``), and
a query gets the same treatment, as a phrase (知识产权 → ``"知识 识产 产权"``).  Every word of two or
more characters is found wherever it stands, also inside a longer word (产权 in 知识产权); a
two-character word is one token, so Datasette's own search box finds it as typed.  A single
character is searched as a prefix (``专*``: the bigrams it begins).  ``bench/fts.py`` measures this
against jieba's search-mode cut (README: The database).
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from operator import add
from pathlib import Path

from .errors import PolcError

_LATIN = re.compile(r"([0-9A-Za-z]+)")  # kept whole; everything between is cut into bigrams
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3007]")


def index_text(text: str) -> str:
    """The tokenised copy of ``text`` that the FTS table holds: Latin letters and digits as words,
    everything between them as its overlapping bigrams (a lone character as itself).  A bigram
    with a punctuation mark or a space in it is cut by ``unicode61`` to the one character it holds,
    so 产权，保护 never matches 权保.  (One pass of ``map`` over each stretch: the bigrams of a corpus
    cost about 0.25 µs a character.)"""
    parts = _LATIN.split(text)
    for k in range(0, len(parts), 2):
        run = parts[k]
        if len(run) > 1:
            parts[k] = " ".join(map(add, run, run[1:]))
    return " ".join(parts)


def match_query(query: str) -> str:
    """The FTS5 ``MATCH`` expression for a query of one or more words (separated by spaces or
    punctuation; all must occur): each word the phrase of its tokens, a single Chinese character a
    prefix.  ``""`` when the query holds no word."""
    terms = []
    for word in re.findall(r"\w+", query):
        tokens = index_text(word).split()
        if len(tokens) == 1 and _HAN.fullmatch(tokens[0]):
            terms.append(f"{tokens[0]}*")
        elif tokens:
            terms.append('"' + " ".join(tokens) + '"')
    return " AND ".join(terms)


# Datasette runs SQL, not Python: the same bigram phrase built in SQL for a canned query of Chinese.
BIGRAM_PHRASE_SQL = ("with recursive k(i) as (select 1 union all select i + 1 from k where i < length(:q) - 1) "
                     "select '\"' || group_concat(substr(:q, i, 2), ' ') || '\"' from k")


@dataclass(frozen=True)
class Hit:
    """A node whose text holds the query: where it is, a snippet and its page on the site."""

    document: str
    title: str
    node: str
    number_path: str
    snippet: str
    link: str


def search(out: Path, query: str, limit: int = 20) -> list[Hit]:
    """The nodes of ``OUT/polc.sqlite`` that hold every word of ``query``, in document order.
    ``PolcError`` when OUT has no database or the query no word."""
    database = out / "polc.sqlite"
    if not database.is_file():
        raise PolcError(f"{out} has no polc.sqlite; build it with polc build CORPUS -o {out} (without --no-db)")
    expression = match_query(query)
    if not expression:
        raise PolcError("the query holds no word to search for")
    words = re.findall(r"\w+", query)
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
            rows = db.execute(
                "select n.document, d.title, n.id, n.number_path, coalesce(n.heading, '') || ' ' || n.text "
                "from node_fts join nodes n on n.rowid = node_fts.rowid join documents d on d.id = n.document "
                "where node_fts match ? order by n.rowid limit ?", (expression, limit)).fetchall()
    except sqlite3.DatabaseError as exc:
        raise PolcError(f"{database} cannot be searched ({exc}); build {out} again") from exc
    return [Hit(doc, title, node, path, snippet(text, words), f"{out / 'docs' / doc}.html#{node}")
            for doc, title, node, path, text in rows]


def snippet(text: str, words: list[str], reach: int = 24) -> str:
    """The text around the first word found, the words marked 【】."""
    text = " ".join(text.split())
    at = min((text.find(w) for w in words if w in text), default=0)
    start, end = max(0, at - reach), min(len(text), at + reach + max(map(len, words)))
    shown = text[start:end]
    for word in sorted(set(words), key=len, reverse=True):
        shown = shown.replace(word, f"【{word}】")
    return ("…" if start else "") + shown + ("…" if end < len(text) else "")

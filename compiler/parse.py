"""Stage 6 — parse the token stream with the LALR grammar in ``grammar/structure.lark``."""
from __future__ import annotations

from functools import lru_cache

from lark import Lark, Token, Tree
from lark.lexer import Lexer

from .levels import Event
from .resources import grammar_text


class _EventLexer(Lexer):
    """Feeds pre-made tokens to Lark; a token's value is the index of its line."""

    def __init__(self, lexer_conf):  # noqa: D107 — signature required by Lark
        pass

    def lex(self, events: list[Event], *_):
        for event in events:
            yield Token(event.type, str(event.line))


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark(grammar_text("structure.lark"), parser="lalr", lexer=_EventLexer)


def parse_events(events: list[Event]) -> Tree:
    """Lark tree of one document; raises ``lark.exceptions.LarkError`` on an unbalanced stream."""
    return _parser().parse(events)

"""Stage 2 — normalise text, keeping a map from every normalised index back to the source.

After ``normalize`` runs, the text satisfies:

* full-width ASCII forms (U+FF01–U+FF5E) are folded to ASCII: ``（一）`` → ``(一)``,
  ``１．`` → ``1.``, ``：`` → ``:``; CJK punctuation (、。《》“”〔〕【】) and circled
  numbers (①) are kept, so numbering styles stay distinguishable;
* every space-like character (U+3000, U+00A0, tab, other Unicode spaces) is one ASCII space;
* line ends are ``\\n`` (``\\r`` removed); zero-width characters are kept (they are content to the lossless rule);
* markdown markup that carries no content is removed: heading hashes at a line start,
  ``>`` quote marks, a ``*`` list bullet, paired ``*``/``**`` emphasis and backtick code spans
  (CommonMark pairing on one line; a lone ``*`` is text: ``5*10``, ``{{ 7*7 }}``) and backslash
  escapes.

Line breaks and blank lines are kept: joining words cut by page breaks (``不低\\n\\n于``)
is decided by the ``lines`` stage, which knows where headings start.
"""
from __future__ import annotations

import re
import sys
from array import array

from .model import Normalized

_SPACES = "\u3000\u00a0\t\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\x0b\x0c"
_WIDTHS = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTHS.update({ord(ch): " " for ch in _SPACES})
FOLD = str.maketrans(_WIDTHS)  # one character for one: offsets survive it
_FOLDABLE = re.compile(f"[\uff01-\uff5e{re.escape(_SPACES)}]")
_FOLDED = {chr(cp): chr(to) if isinstance(to, int) else to for cp, to in _WIDTHS.items()}


def fold(text: str) -> str:
    """``text.translate(FOLD)``, by substituting the few characters that change: ``str.translate``
    looks every character up (~75 ns each), a regular expression skips the rest (3.5× faster on
    Chinese text, where about one character in 25 is full-width)."""
    return _FOLDABLE.sub(lambda m: _FOLDED[m.group()], text)

_DROP = re.compile(
    r"\r"  # carriage returns
    r"|^ {0,3}#{1,6}(?=\s|$)"  # markdown heading hashes
    r"|^ {0,3}>+"  # quote marks
    r"|^ {0,3}\*(?= )"  # a list bullet
    r"|\\(?=[!-/:-@\[-`{-~])",  # backslash escapes before ASCII punctuation
    re.MULTILINE,
)
# Emphasis and code spans, as CommonMark pairs them: an opening run of * (or `) that a closing run
# of the same length ends on the same line, the text between them kept.  A lone * is text:
# {{ 7*7 }} and 5*10 keep theirs.  So is a * that multiplies, which CommonMark would pair:
# 1650元*30%=495元；…1970*30% — no emphasis opens right after a number or 元/%/), none closes
# right before a digit.
_PAIRED = re.compile(r"(?P<run>(?<![0-9元%)])\*{1,3}|`+)(?=[^\s*`])(?:[^*`\n]*?[^\s*`])?(?P=run)(?![*`])"
                     r"(?!(?<=\*)[0-9])")


def _markup(folded: str) -> list[tuple[int, int]]:
    """Spans of markup to drop, in order and apart."""
    spans = [m.span() for m in _DROP.finditer(folded)]
    for m in _PAIRED.finditer(folded):
        run = len(m.group("run"))
        spans += [(m.start(), m.start() + run), (m.end() - run, m.end())]
    spans.sort()
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def normalize(text: str) -> Normalized:
    """Fold widths and spaces, drop markup, and record where each character came from."""
    folded = fold(text)
    dropped = _markup(folded)
    counted = count(len(folded))  # each kept run's offsets are a slice of it
    if not dropped:
        counted.append(len(text))
        return Normalized(folded, counted)
    pieces: list[str] = []
    offsets = array("i")
    at = 0
    for start, end in dropped:
        if start > at:
            pieces.append(folded[at:start])
            offsets += counted[at:start]
        at = end
    pieces.append(folded[at:])
    offsets += counted[at:]
    offsets.append(len(text))
    return Normalized("".join(pieces), offsets)


def count(n: int) -> array:
    """``array("i", range(n))``, written a byte at a time into every fourth place (C loops over bytes,
    about 10× faster than the numbers one by one, and no larger than the array while it is made)."""
    counted = array("i", [0]) * n
    with memoryview(counted).cast("B") as place:
        for k in range(counted.itemsize):  # byte k of every number: each value 256 ** k times over, cycling
            repeat = 256 ** k
            if repeat >= n:
                break  # this byte and those above it are 0 in every number below n
            cycle = b"".join(bytes((value,)) * repeat for value in range(min(256, -(-n // repeat))))
            at = k if sys.byteorder == "little" else counted.itemsize - 1 - k
            whole, rest = divmod(n, len(cycle))
            place[at:at + 4 * len(cycle) * whole:4] = cycle * whole
            place[at + 4 * len(cycle) * whole::4] = cycle[:rest]
    return counted

"""Stage 1 — read and decode a file, deciding its encoding once, with diagnostics.

Order of decisions: a binary file's signature (PNG, PDF, ZIP, …) → UTF-16 by its byte order mark
→ valid UTF-8 (BOM removed) → UTF-16 without a BOM, recognised by content → binary (many control
characters or NUL bytes) → UTF-8 with a few bad bytes → GB18030.  No text is dropped for a stray
byte: an invalid byte sequence becomes one U+FFFD (�) in the text, which is kept, so spans index the
decoded text, a NUL byte is kept as the U+0000 it decodes to, and each gets a warning at its line
and column (the first ``MAX_BYTE_WARNINGS`` of each kind in a file, then one summary).  Only a file that is not text at all is
reported ``binary`` with ``text=""`` and an error; the build goes on with the other files.  A text of only whitespace is ``empty``.  Line ends are read as Python reads text
(``\r\n`` and ``\r`` become ``\n``), so spans index what ``read_text`` returns.
"""
from __future__ import annotations

import codecs
import hashlib
import threading
from bisect import bisect_left
from dataclasses import replace

from .model import Diagnostic, Source

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_TEXT_CONTROLS = frozenset("\t\n\x0b\x0c\r\x1b")
MAX_BYTE_WARNINGS = 20
_NUL = b"\x00"
_NUL_MESSAGE = ("a NUL byte (00) stands in the text, where no text has one; kept as it is (U+0000) so the rest "
                "of the file compiles and spans index the text as decoded — remove it or re-save the file")
_HEAD = 8192
# High bytes of the UTF-16 code units of Chinese text: ASCII and Latin (00–04), punctuation and
# symbols (20–27), CJK punctuation and kana (30–33), CJK ideographs (34–9F), full-width forms (FE, FF).
_UTF16_HIGH = frozenset([*range(0x00, 0x05), *range(0x20, 0x28), *range(0x30, 0xA0), 0xFE, 0xFF])
_ASCII_TEXT = frozenset([9, 10, 13, *range(0x20, 0x7F)])
# Low bytes of the UTF-16 units of Latin-1 text under a zero high byte: ASCII and the printable
# Latin-1 supplement (·, ×, °, ±, §, ©, no-break space, ¥ are common in Chinese text).
_LATIN1_TEXT = _ASCII_TEXT | frozenset(range(0xA0, 0x100))
# Files that are surely not text, by their first bytes (a stray NUL does not make a text binary).
_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "a PNG image", b"%PDF-": "a PDF", b"PK\x03\x04": "a ZIP archive (or .docx, .xlsx)",
               b"PK\x05\x06": "a ZIP archive", b"\xff\xd8\xff": "a JPEG image", b"GIF87a": "a GIF image",
               b"GIF89a": "a GIF image", b"\x1f\x8b": "a gzip archive", b"\x7fELF": "an executable",
               b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an Office document (.doc, .xls)",
               b"Rar!\x1a\x07": "a RAR archive", b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive"}

BadBytes = list[tuple[int, bytes]]  # (index of the U+FFFD in the text, the bytes it replaced)


def read_source(raw: bytes, path: str) -> Source:
    """Decode ``raw`` (the bytes of the file at corpus-relative ``path``)."""
    digest = hashlib.sha256(raw).hexdigest()
    text, encoding, diagnostics = _decode(raw)
    return Source(path, text, encoding, digest, tuple(diagnostics))


def _decode(raw: bytes) -> tuple[str, str, list[Diagnostic]]:
    text, encoding, diagnostics = _universal_newlines(*_decode_text(raw))
    if encoding != "binary" and not text.strip(" \t\n\r\u3000\u00a0\u200b\ufeff\x0b\x0c"):
        return text, "empty", [_diag("empty-source", "warning",
                                     "the file is empty or only whitespace; it yields no document")]
    return text, encoding, diagnostics


def _universal_newlines(text: str, encoding: str, diagnostics: list[Diagnostic]):
    """Line ends as Python reads text (``\r\n`` and ``\r`` become ``\n``): spans index the text as
    ``open(path, encoding=...).read()`` gives it, which is what every reader of the contract uses."""
    if "\r" not in text:
        return text, encoding, diagnostics
    removed = [i for i in range(len(text) - 1) if text[i] == "\r" and text[i + 1] == "\n"]
    shift = lambda at: at - bisect_left(removed, at)  # noqa: E731
    moved = [replace(d, span=(shift(d.span[0]), shift(d.span[1]))) for d in diagnostics]
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding, moved


def _decode_text(raw: bytes) -> tuple[str, str, list[Diagnostic]]:
    text, encoding, diagnostics = _decode_bytes(raw)
    if "\x00" not in text:
        return text, encoding, diagnostics
    nuls = [(at, _NUL) for at, ch in enumerate(text) if ch == "\x00"]
    return text, encoding, sorted([*diagnostics, *_bad_byte_warnings(nuls, encoding.upper())],
                                  key=lambda d: d.span)


def _decode_bytes(raw: bytes) -> tuple[str, str, list[Diagnostic]]:
    kind = next((what for signature, what in _SIGNATURES.items() if raw.startswith(signature)), None)
    if kind:
        return _binary("binary-source", f"the file holds binary data ({kind}), not text; remove it from the "
                                        "corpus or convert it to UTF-8 text")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = "utf-16-le" if raw.startswith(codecs.BOM_UTF16_LE) else "utf-16-be"
        text, bad = decode_leniently(raw[2:], name)
        return text, "utf-16", [_diag("utf16-source", "info", "decoded as UTF-16 (byte order mark); spans count "
                                      "code points of that text"), *_bad_byte_warnings(bad, "UTF-16")]
    body, name = (raw[3:], "utf-8-sig") if raw.startswith(codecs.BOM_UTF8) else (raw, "utf-8")
    try:
        text = body.decode("utf-8")
        if not _looks_binary(body) or _text_with_nuls(body):
            return text, name, []
    except UnicodeDecodeError:
        pass
    unmarked = _unmarked_utf16(raw)
    if unmarked:
        return unmarked
    if _looks_binary(raw):
        return _binary("binary-source", "the file holds binary data, not text; remove it from the corpus "
                                        "or convert it to UTF-8 text")
    return _decode_8bit(body, name)


def _decode_8bit(raw: bytes, name: str) -> tuple[str, str, list[Diagnostic]]:
    """UTF-8 with a few bad bytes, else GB18030 (strict, else the one of the two with fewer bad bytes)."""
    text, bad = decode_leniently(raw, "utf-8")
    if len(bad) * 10 <= len(text) - len(bad) - _ascii_count(raw):  # UTF-8 clearly dominant
        return text, name, _bad_byte_warnings(bad, "UTF-8")
    gb_text, gb_bad = decode_leniently(raw, "gb18030")
    if len(gb_bad) < len(bad):
        text, bad, name = gb_text, gb_bad, "gb18030"
    if len(bad) * 4 > len(raw):
        return _binary("undecodable-source", f"{len(bad)} of {len(raw)} bytes are neither UTF-8 nor GB18030: "
                                             "this is not text polc can read; re-save the file as UTF-8")
    if name != "gb18030":
        return text, name, _bad_byte_warnings(bad, "UTF-8")
    return text, name, [_diag("non-utf8-source", "warning", "not valid UTF-8; decoded as GB18030 — re-save as "
                                                            "UTF-8 so spans are unambiguous"),
                        *_bad_byte_warnings(bad, "GB18030")]


def decode_leniently(raw: bytes, encoding: str) -> tuple[str, BadBytes]:
    """``raw`` decoded with each invalid byte sequence replaced by one U+FFFD, and where each went."""
    _RECORDED.errors = []
    text = raw.decode(encoding, errors=_RECORD)
    bad: BadBytes = []
    at = chars = 0
    for start, end in _RECORDED.errors:
        chars += len(raw[at:start].decode(encoding))  # the stretch between two bad sequences is valid
        bad.append((chars, raw[start:end]))
        chars += 1
        at = end
    return text, bad


def _record(exc: UnicodeDecodeError) -> tuple[str, int]:
    _RECORDED.errors.append((exc.start, exc.end))
    return "\ufffd", exc.end


_RECORD = "polc-record-bad-bytes"
_RECORDED = threading.local()  # the error handler is global; what it records is per thread
codecs.register_error(_RECORD, _record)


def _bad_byte_warnings(bad: BadBytes, encoding: str) -> list[Diagnostic]:
    warnings = [Diagnostic("invalid-byte", "warning",
                           _NUL_MESSAGE if raw == _NUL else
                           f"byte{'s' if len(raw) > 1 else ''} {raw.hex(' ').upper()} {'are' if len(raw) > 1 else 'is'} "
                           f"not valid {encoding}; kept as U+FFFD (�) so the rest of the file compiles — "
                           "fix or re-save the file", (at, at + 1))
                for at, raw in bad[:MAX_BYTE_WARNINGS]]
    if len(bad) > MAX_BYTE_WARNINGS:
        at = bad[MAX_BYTE_WARNINGS][0]
        what = ("NUL bytes from here on, each kept as it is" if bad[0][1] == _NUL else
                "invalid byte sequences from here on, each kept as U+FFFD (�)")
        warnings.append(Diagnostic("invalid-byte", "warning", f"{len(bad) - MAX_BYTE_WARNINGS} more {what}; "
                                   "re-save the file as UTF-8", (at, at + 1)))
    return warnings


def _unmarked_utf16(raw: bytes) -> tuple[str, str, list[Diagnostic]] | None:
    """UTF-16 without a byte order mark, by the high bytes of its code units (module doc)."""
    head = raw[:_HEAD]
    if len(head) < 8:
        return None
    for name, high, low in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        if _utf16_units_look_like_text(high, low):
            text, bad = decode_leniently(raw, name)
            if len(bad) > 1 + len(text) // 100 or _control_share(text[:_HEAD]) > 0.01:
                continue
            return text, name, [_diag("utf16-without-bom", "warning",
                                      f"decoded as {name.upper()} without a byte order mark (recognised by the "
                                      "distribution of its zero and CJK bytes); re-save the file as UTF-8"),
                                *_bad_byte_warnings(bad, name.upper())]
    return None


def _utf16_units_look_like_text(high: bytes, low: bytes) -> bool:
    """Some bytes are zero (else it is no UTF-16 of Chinese: ASCII or UTF-8 read as UTF-16 has none),
    nearly every unit's high byte is one of Chinese text's, every unit with a zero high byte is
    Latin-1 text (ASCII, or ·, ×, °, ±, §, ©, ¥, a no-break space: no control character, a stray NUL
    at most) and at most half of the units are such Latin-1 symbols, and the units are either partly
    ASCII (a line break, a digit) or mostly CJK."""
    units = min(len(high), len(low))
    if 0 not in high and 0 not in low:
        return False
    latin_lows = [lo for hi, lo in zip(high, low) if hi == 0]
    ascii_lows = [lo for lo in latin_lows if lo < 0x80]
    typical = sum(1 for b in high[:units] if b in _UTF16_HIGH)
    cjk = sum(1 for b in high[:units] if 0x34 <= b < 0xA0)
    nuls = latin_lows.count(0)  # a stray NUL character is kept (and warned about), as in UTF-8
    return (typical >= 0.95 * units and nuls <= 1 + units // 100 and low.count(0) < 0.25 * units  # else the other order
            and all(lo in _LATIN1_TEXT or lo == 0 for lo in latin_lows)
            and len(latin_lows) - len(ascii_lows) <= 0.5 * units
            and (bool(ascii_lows) or cjk >= 0.6 * units))


def _control_share(text: str) -> float:
    controls = sum(1 for ch in text if ch < " " and ch not in _TEXT_CONTROLS)
    return controls / max(1, len(text))


def _ascii_count(raw: bytes) -> int:
    return len(raw) - len(raw.translate(None, bytes(range(128))))


def _looks_binary(raw: bytes) -> bool:
    """Many control bytes (NUL among them) at the start: no text with a stray byte, but data."""
    head = raw[:_HEAD]
    controls = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    return controls > len(head) // 100 + 2


def _text_with_nuls(raw: bytes) -> bool:
    """Valid UTF-8 that only its NUL bytes make look binary, and not many of them (UTF-16 of ASCII
    text is half NULs): text with stray NULs, kept as text."""
    head = raw[:_HEAD]
    nuls = head.count(0)
    controls = sum(head.count(bytes([b])) for b in _CONTROL_BYTES) - nuls
    return nuls <= len(head) // 4 and controls <= len(head) // 100 + 2


def _binary(code: str, message: str) -> tuple[str, str, list[Diagnostic]]:
    return "", "binary", [_diag(code, "error", message)]


def _diag(code: str, severity: str, message: str) -> Diagnostic:
    return Diagnostic(code, severity, message, (0, 0))

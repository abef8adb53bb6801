"""Stage 1 — read and decode a file, deciding its encoding once, with diagnostics.

Order of decisions: UTF-16 (by BOM, or by the NUL bytes of unmarked UTF-16) → binary (NUL bytes or many control characters) →
UTF-8 (BOM removed) → GB18030 with a warning; then a text of only whitespace is "empty".  A file that cannot be
decoded yields ``text=""`` and an error diagnostic; the build goes on with other files.
"""
from __future__ import annotations

import codecs
import hashlib

from .model import Diagnostic, Source

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def read_source(raw: bytes, path: str) -> Source:
    """Decode ``raw`` (the bytes of the file at corpus-relative ``path``)."""
    digest = hashlib.sha256(raw).hexdigest()
    text, encoding, diagnostics = _decode(raw)
    return Source(path, text, encoding, digest, tuple(diagnostics))


def _decode(raw: bytes) -> tuple[str, str, list[Diagnostic]]:
    text, encoding, diagnostics = _decode_text(raw)
    if encoding != "binary" and not text.strip(" \t\n\r\u3000\u00a0\u200b\ufeff\x0b\x0c"):
        return text, "empty", [_diag("empty-source", "warning",
                                     "the file is empty or only whitespace; it yields no document")]
    return text, encoding, diagnostics


def _decode_text(raw: bytes) -> tuple[str, str, list[Diagnostic]]:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_utf16(raw)
    unmarked = _unmarked_utf16(raw)
    if unmarked:
        return unmarked
    if _looks_binary(raw):
        return "", "binary", [_diag("binary-source", "error",
                                    "the file holds binary data, not text; remove it from the corpus "
                                    "or convert it to UTF-8 text")]
    if raw.startswith(codecs.BOM_UTF8):
        return _decode_utf8(raw[3:], "utf-8-sig")
    return _decode_utf8(raw, "utf-8")


def _decode_utf8(raw: bytes, name: str) -> tuple[str, str, list[Diagnostic]]:
    try:
        return raw.decode("utf-8"), name, []
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return "", "binary", [_diag("undecodable-source", "error",
                                    f"byte {bad} is neither UTF-8 nor GB18030; re-save the file as UTF-8")]
    return text, "gb18030", [_diag("non-utf8-source", "warning",
                                   f"not valid UTF-8 (byte {bad}); decoded as GB18030 — re-save as UTF-8 "
                                   "so spans are unambiguous")]


def _decode_utf16(raw: bytes) -> tuple[str, str, list[Diagnostic]]:
    try:
        text = raw.decode("utf-16")
    except UnicodeDecodeError as exc:
        return "", "binary", [_diag("undecodable-source", "error",
                                    f"UTF-16 byte order mark but invalid data at byte {exc.start}; "
                                    "re-save the file as UTF-8")]
    return text, "utf-16", [_diag("utf16-source", "info",
                                  "decoded as UTF-16 (byte order mark); spans count code points of that text")]


def _unmarked_utf16(raw: bytes) -> tuple[str, str, list[Diagnostic]] | None:
    """UTF-16 without a byte order mark: NUL in every other byte of ASCII-range text."""
    head = raw[:4096]
    if len(raw) % 2 or len(head) < 8:
        return None
    for name, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if zeros.count(0) * 10 >= len(zeros) * 3:
            try:
                text = raw.decode(name)
            except UnicodeDecodeError:
                return None
            if "\x00" not in text:
                return text, name, [_diag("utf16-without-bom", "warning",
                                          f"decoded as {name.upper()} without a byte order mark; "
                                          "re-save the file as UTF-8")]
    return None


def _looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    return controls > len(head) // 100 + 2


def _diag(code: str, severity: str, message: str) -> Diagnostic:
    return Diagnostic(code, severity, message, (0, 0))

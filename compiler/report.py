"""Diagnostics for people, editors and CI: ``text``, ``json`` lines, ``github`` workflow commands, ``sarif``.

Every format prints a path that opens from where polc was run: relative to the current
directory, or absolute with ``absolute=True`` — never relative to the corpus root.  Lines and
columns are 1-based, columns counting Unicode code points (SARIF says so with ``columnKind``).
"""
from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import quote

FORMATS = ("text", "json", "github", "sarif")
SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}
_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}

Item = tuple[str, dict[str, Any]]  # (path as shown, diagnostic dict)


def shown_path(corpus: Path | None, path: str, absolute: bool = False) -> str:
    """``path`` (corpus-relative, '/'-separated) as a terminal, an editor and CI can open it."""
    full = Path(corpus, path) if corpus is not None else Path(path)
    if absolute:
        return os.path.abspath(full)
    try:
        return os.path.relpath(full)
    except ValueError:  # another drive (Windows)
        return os.path.abspath(full)


def render(items: Iterable[Item], fmt: str, version: str) -> str:
    """All ``items`` in format ``fmt``, as the text to print (empty when there is nothing)."""
    items = list(items)
    if fmt == "sarif":
        return json.dumps(sarif_log(items, version), ensure_ascii=False, indent=1) + "\n"
    line = {"text": text_line, "json": json_line, "github": github_line}[fmt]
    return "".join(line(path, diag) + "\n" for path, diag in items)


def text_line(path: str, diag: dict[str, Any]) -> str:
    return f"{path}:{diag['line']}:{diag['column']}: {diag['severity']}[{diag['code']}]: {diag['message']}"


def json_line(path: str, diag: dict[str, Any]) -> str:
    return json.dumps({"path": path, "line": diag["line"], "column": diag["column"], "severity": diag["severity"],
                       "code": diag["code"], "message": diag["message"], "span": diag["span"]}, ensure_ascii=False)


def github_line(path: str, diag: dict[str, Any]) -> str:
    """A GitHub Actions workflow command: an annotation on the file, line and column."""
    props = f"file={_gh_property(path)},line={diag['line']},col={diag['column']},title={_gh_property(diag['code'])}"
    return f"::{_GITHUB_LEVEL[diag['severity']]} {props}::{_gh_data(diag['message'])}"


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def sarif_log(items: list[Item], version: str) -> dict[str, Any]:
    """A SARIF 2.1.0 log of one run of polc, one result per diagnostic, one rule per code."""
    codes = sorted({diag["code"] for _, diag in items})
    rule_index = {code: k for k, code in enumerate(codes)}
    results = [{
        "ruleId": diag["code"], "ruleIndex": rule_index[diag["code"]], "level": _SARIF_LEVEL[diag["severity"]],
        "message": {"text": diag["message"]},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(path)},
                                            "region": {"startLine": diag["line"], "startColumn": diag["column"]}}}],
    } for path, diag in items]
    driver = {"name": "polc", "version": version, "informationUri": "https://pypi.org/project/polc/",
              "rules": [{"id": code, "name": _rule_name(code)} for code in codes]}
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0",
            "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}]}


def _uri(path: str) -> str:
    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(Path(path).as_posix(), safe="/")


def _rule_name(code: str) -> str:
    """SARIF rule names are PascalCase: ``numbering-gap`` → ``NumberingGap``."""
    return "".join(part.capitalize() for part in code.split("-"))


def counts(items: Iterable[Item]) -> Counter:
    """How many diagnostics of each severity."""
    return Counter(diag["severity"] for _, diag in items)


def strict_failure(items: Iterable[Item]) -> str:
    """What made ``--strict`` fail: the warnings by code, most frequent first."""
    warned = Counter(diag["code"] for _, diag in items if diag["severity"] == "warning")
    listed = ", ".join(f"{code} ×{n}" for code, n in sorted(warned.items(), key=lambda kv: (-kv[1], kv[0])))
    total = sum(warned.values())
    return f"polc: --strict: {total} warning{'s' if total != 1 else ''} failed the build: {listed}"

"""Package data: grammars and schemas ship inside the wheel as ``polc.grammar`` and ``polc.schemas``."""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources


def grammar_text(name: str) -> str:
    """Text of ``grammar/<name>``."""
    return (resources.files("polc.grammar") / name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def schemas() -> dict[str, dict]:
    """Every schema under ``schemas/``, by file name."""
    folder = resources.files("polc.schemas")
    return {entry.name: json.loads(entry.read_text(encoding="utf-8"))
            for entry in sorted(folder.iterdir(), key=lambda e: e.name) if entry.name.endswith(".json")}


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """Hash of polc's code, grammars and schemas: part of the build cache key, so an edited
    compiler never serves output cached by the previous one."""
    digest = hashlib.sha256()
    for package in ("polc", "polc.grammar", "polc.schemas"):
        for entry in sorted(resources.files(package).iterdir(), key=lambda e: e.name):
            if entry.name.endswith((".py", ".lark", ".json")):
                digest.update(entry.name.encode() + b"\0" + entry.read_bytes())
    return digest.hexdigest()

"""The corpus configuration, ``polc.toml`` at the corpus root (optional).

``[[compare]]`` entries fix which documents share a comparison table; ``[[versions]]`` entries
fix version groups, oldest first.
"""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any


class ConfigError(ValueError):
    """``polc.toml`` is malformed or names documents that do not exist."""


def load_config(corpus: Path) -> dict[str, Any]:
    """``<corpus>/polc.toml`` parsed ({} when absent); ConfigError with advice when it is malformed."""
    path = corpus / "polc.toml"
    if not path.is_file():
        return {}
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file or remove it") from exc
    for table in ("compare", "versions"):
        for k, entry in enumerate(config.get(table, [])):
            docs = entry.get("documents") if isinstance(entry, dict) else None
            if not (isinstance(docs, list) and len(docs) >= 2 and all(isinstance(d, str) for d in docs)):
                raise ConfigError(f"{path}: [[{table}]] entry {k + 1} needs documents = [\"id1\", \"id2\", …] "
                                 "with at least two document ids from index.json")
    return config

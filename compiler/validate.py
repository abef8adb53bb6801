"""Stage 10 — validate emitted JSON against ``schemas/``.  A failure here is a polc bug.

Validation runs on every document of every build, so it uses jsonschema-rs (a compiled
validator for the same JSON Schema 2020-12 documents; about 100× faster here than the
pure-Python ``jsonschema``, which stays the independent reference in the tests).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import jsonschema_rs

from .resources import schemas


@lru_cache(maxsize=None)
def _validator(name: str):
    loaded = schemas()
    registry = jsonschema_rs.Registry([(s["$id"], s) for s in loaded.values() if "$id" in s])
    return jsonschema_rs.validator_for(loaded[name], registry=registry)


def schema_errors(data: dict[str, Any], schema: str = "document.schema.json") -> list[str]:
    """Readable messages for every way ``data`` breaks ``schemas/<schema>`` (empty when valid)."""
    validator = _validator(schema)
    if validator.is_valid(data):
        return []
    return [f"{'/'.join(map(str, e.instance_path)) or '<root>'}: {e.message}" for e in validator.iter_errors(data)]

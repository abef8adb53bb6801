"""Stage 10 — validate emitted JSON against ``schemas/``.  A failure here is a polc bug."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from .resources import schemas

_BASE = "https://polc.dev/schemas/"


@lru_cache(maxsize=None)
def _validator(name: str) -> Draft202012Validator:
    loaded = schemas()
    registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in loaded.values() if "$id" in schema)
    return Draft202012Validator(loaded[name], registry=registry)


def schema_errors(data: dict[str, Any], schema: str = "document.schema.json") -> list[str]:
    """Readable messages for every way ``data`` breaks ``schemas/<schema>`` (empty when valid)."""
    return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
            for e in _validator(schema).iter_errors(data)]

"""What compiling one source gives the build (``CompiledSource``), and the build's GC policy.

Apart from ``pipeline`` so that what only reads compiled sources — the cache, the document store,
a rebuild with nothing changed — does not import the compile stages (a third of polc's start-up).
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any


@dataclass
class CompiledSource:
    """Everything the build writes for one source file."""

    path: str
    encoding: str
    documents: list[dict[str, Any]] = field(default_factory=list)
    residue: list[dict[str, Any]] = field(default_factory=list)
    diagnostics: list[dict[str, Any]] = field(default_factory=list)  # file-level
    failed: bool = False

    def all_diagnostics(self):
        """``(path, diagnostic dict)`` for every diagnostic of the file and its documents."""
        for diag in self.diagnostics:
            yield self.path, diag
        for doc in getattr(self.documents, "heads", self.documents):  # a stored source's heads hold them
            for diag in doc["diagnostics"]:
                yield self.path, diag


@contextmanager
def cyclic_gc_paused():
    """Compiling builds many objects and no reference cycles worth collecting; the cyclic
    collector's full passes over them made time per MB grow with document size (+50% at 10 MB)
    and, across a build, with the number of documents kept.  Nested uses are free: only the
    outermost one turns the collector back on."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

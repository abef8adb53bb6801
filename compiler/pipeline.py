"""Compile one source file: a pure function of its path and bytes.

read → normalise → split → (per document) lines → levels → parse → tree → annotate (conditions,
clauses, cross-references) → meta → emit → validate.
The build orchestrator (``build.py``) is the only place that knows about folders, workers
and caches; this module never touches the file system.
"""
from __future__ import annotations

import traceback
from pathlib import PurePosixPath
from typing import Any

from .eligibility import find_programmes
from .emit import LineIndex, emit_diagnostic, emit_document, emit_residue
from .annotate import annotate
from .compiled import CompiledSource, cyclic_gc_paused  # noqa: F401 — CompiledSource is re-exported
from .levels import resolve_levels
from .lines import classify_lines
from .meta import extract_meta
from .model import Diagnostic, Document, DocumentSlice, Node, Normalized, Source
from .normalize import normalize
from .parse import parse_events
from .source import read_source
from .split import split_documents
from .title import choose_title
from .tree import build_nodes, collapse
from .validate import schema_errors


def compile_source(path: str, raw: bytes) -> CompiledSource:
    """Compile the file at corpus-relative ``path`` whose bytes are ``raw``."""
    with cyclic_gc_paused():
        return _compile(path, raw)


def _compile(path: str, raw: bytes) -> CompiledSource:
    source = read_source(raw, path)
    lines = LineIndex(source.text)
    result = CompiledSource(path, source.encoding,
                            diagnostics=[emit_diagnostic(d, lines) for d in source.diagnostics])
    if not source.compilable:
        result.failed = True
        return result
    if source.encoding == "empty":
        return result
    norm = normalize(source.text)
    split = split_documents(norm)
    result.residue = [emit_residue(r, norm.to_source(r.nstart, r.nend)) for r in split.residue]
    for piece in split.documents:
        data, failed = _compile_document(source, norm, piece, len(split.documents) > 1, lines)
        result.documents.append(data)
        result.failed |= failed
    return result


def document_id(path: str, piece: DocumentSlice, several: bool) -> str:
    """Readable id from the source path: ``versions.监狱法.2012-10-26``; ``.dN`` when a file holds several."""
    stem = str(PurePosixPath(path).with_suffix("")).replace("/", ".")
    return f"{stem}.d{piece.index}" if several else stem


def _compile_document(source: Source, norm: Normalized, piece: DocumentSlice, several: bool,
                      lines: LineIndex) -> tuple[dict[str, Any], bool]:
    doc_id = document_id(source.path, piece, several)
    span = _source_span(norm, piece)
    try:
        doc = build_document(source, norm, piece, doc_id, span)
    except Exception as exc:  # an internal error must not stop the build or lose text
        doc = _residue_document(source, norm, piece, doc_id, span, exc)
    data = emit_document(doc, lines)
    problems = schema_errors(data)
    if problems:
        doc = _residue_document(source, norm, piece, doc_id, span,
                                AssertionError("schema: " + "; ".join(problems[:3])))
        data = emit_document(doc, lines)
    return data, any(d.severity == "error" for d in doc.diagnostics)


def build_document(source: Source, norm: Normalized, piece: DocumentSlice, doc_id: str,
                   span: tuple[int, int]) -> Document:
    """The typed document of one slice (stages lines → levels → parse → tree)."""
    lines = classify_lines(norm, piece)
    events, diagnostics = resolve_levels(norm, lines)
    nodes = build_nodes(parse_events(events), lines, norm, source.text, span) if lines else []
    diagnostics += annotate(nodes, source.text, span)
    title = choose_title(nodes, piece.title_hint or PurePosixPath(source.path).stem)
    doc = Document(doc_id, title, source.path, span, source.sha256, nodes, sorted(diagnostics, key=_by_place),
                   piece.level_tag)
    doc.meta = extract_meta(doc, source.text, piece.level_tag)
    doc.programmes, doc.definitions = find_programmes(doc)
    return doc


def _by_place(diag: Diagnostic) -> tuple:
    return (diag.span, diag.code, diag.message)


def _source_span(norm: Normalized, piece: DocumentSlice) -> tuple[int, int]:
    start, end = norm.to_source(piece.nstart, piece.nend)
    if piece.nstart == 0:
        start = 0
    if piece.nend == len(norm.text):
        end = norm.offsets[-1]
    return start, end


def _residue_document(source: Source, norm: Normalized, piece: DocumentSlice, doc_id: str,
                      span: tuple[int, int], exc: Exception) -> Document:
    """Keep every character as one residue node and report the internal error."""
    where = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    diag = Diagnostic("internal-error", "error",
                      f"polc failed on this document ({where}); its text is kept as residue. "
                      "Please report this as a bug with the source file attached.", span)
    text, offsets = collapse(norm, source.text, piece.nstart, piece.nend)
    node = Node("residue", span, id="residue_1", text=text, text_offsets=offsets)
    return Document(doc_id, piece.title_hint or doc_id, source.path, span, source.sha256, [node], [diag],
                    piece.level_tag)

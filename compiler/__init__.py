"""polc: compile Chinese government policy text into lossless, schema-valid JSON and reviewers' HTML.

The library API (``api.py``)::

    import polc
    compiled = polc.compile_file("policies/x.txt")   # or polc.compile_text(text, path="x.txt")
    compiled.documents                                # the document dicts of OUT/docs/*.json
    built = polc.build("corpus", "out", jobs=4)       # what `polc build corpus -o out -j 4` does
    built.failed, built.diagnostics                   # exit status 1, and why

Usage errors raise ``polc.PolcError`` (``polc.EnvironmentFailure`` when the machine is at fault).

The pipeline, one module per stage: source → normalize → split → lines → levels → parse → tree →
annotate → meta → emit → validate (``pipeline.compile_source``); ``build`` writes OUT and
``site`` renders it.
"""
from .api import Built, Compiled, build, check, compile_file, compile_text
from .errors import EnvironmentFailure, PolcError

__all__ = ["Built", "Compiled", "EnvironmentFailure", "PolcError", "build", "check", "compile_file", "compile_text"]

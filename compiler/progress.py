"""The progress display on a terminal: phase, done/total, errors so far, rate and time left.

One ``rich`` progress bar on stderr, updated through every phase of a build (``compile``,
``write``, then the site's ``profile``, ``align``, ``diff`` and ``pages``), each with its total; nothing at all when stderr is not a terminal or with ``-q`` (rich is then
not even imported).  A ``Progress`` is the ``progress(phase, done, total, errors)`` callback that
``polc.build`` accepts.
"""
from __future__ import annotations

import sys
from typing import Any

UNITS = {"compile": "files", "write": "documents", "profile": "documents", "align": "pairs", "diff": "pairs",
         "pages": "pages", "site": "pages"}


class Progress:
    """A context manager; call it as ``progress(phase, done, total, errors)``."""

    def __init__(self, enabled: bool = True, stream: Any = None):
        stream = stream or sys.stderr
        self.enabled = enabled and stream.isatty()
        self.bar = _bar(stream) if self.enabled else None
        self.tasks: dict[str, Any] = {}

    def __enter__(self) -> "Progress":
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar:
            self.bar.stop()

    def __call__(self, phase: str, done: int, total: int | None, errors: int = 0) -> None:
        if not self.bar:
            return
        new = phase not in self.tasks
        if new:
            for task in self.tasks.values():  # one line at a time: the previous phase is over
                self.bar.update(task, visible=False)
            self.tasks[phase] = self.bar.add_task(phase, total=total, errors=errors, unit=UNITS.get(phase, ""))
        # drawn ten times a second by rich's thread, and at once when a phase starts or ends
        self.bar.update(self.tasks[phase], completed=done, total=total, errors=errors,
                        refresh=new or done == total)


def _bar(stream: Any):
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar, ProgressColumn, TextColumn,
                               TimeRemainingColumn)
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.0f} {task.fields.get('unit', '')}/s" if speed else "", style="progress.data.speed")

    return Bar(TextColumn("polc: {task.description:<7}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[errors]} errors"), Rate(), TimeRemainingColumn(),
               console=Console(file=stream, force_terminal=True), transient=True)

"""A one-line progress display on a terminal: files done, errors so far, rate."""
from __future__ import annotations

import sys
import time

import click


class Progress:
    """Prints ``\\r[done] errors rate`` to stderr when it is a TTY; silent otherwise."""

    def __init__(self, enabled: bool = True):
        self.enabled = enabled and sys.stderr.isatty()
        self.done = self.errors = 0
        self.started = time.monotonic()
        self.shown = 0.0

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc) -> None:
        if self.enabled and self.done:
            click.echo("\r\033[K", nl=False, err=True)

    def step(self, compiled) -> None:
        self.done += 1
        self.errors += compiled.failed
        now = time.monotonic()
        if self.enabled and now - self.shown > 0.1:
            self.shown = now
            rate = self.done / max(now - self.started, 1e-9)
            click.echo(f"\r\033[Kpolc: {self.done} files compiled, {self.errors} with errors, {rate:.0f} files/s",
                       nl=False, err=True)

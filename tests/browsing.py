"""Headless Chromium for the browser tests: where it is, how it starts, and the skip when it is absent.

``require()`` at the top of a browser test module skips the module when Chromium or playwright is
missing (``scripts/ensure_browser.py`` installs both); the ``browser`` fixture (``conftest.py``)
starts one Chromium per module.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def require() -> None:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (scripts/ensure_browser.py installs it)", allow_module_level=True)
    pytest.importorskip("playwright.sync_api")


@contextmanager
def launch() -> Iterator:
    from playwright import sync_api

    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()

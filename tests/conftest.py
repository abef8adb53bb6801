"""Shared pytest setup: the ``--update-golden`` flag and paths to the test corpora."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from paths import SEEDS_DIR

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SEEDS = SEEDS_DIR

# ``tests/lossless.py`` is a plain helper module, importable as ``lossless`` from every test.
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="Rewrite tests/fixtures/structure/*.json from the current compiler "
                          "instead of comparing against them.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run should rewrite golden files."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The four seed files of ``corpus/`` (read-only)."""
    assert len(list(SEEDS.glob("0*.txt"))) == 4, f"the seeds are missing from {SEEDS}"
    return SEEDS


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for a browser test module (``browsing.require()`` skips it when absent)."""
    from browsing import launch

    with launch() as chromium:
        yield chromium

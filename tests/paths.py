"""Where the tests' material lies: all of it in the repository, so a fresh clone runs every test.

``SEEDS_DIR``: the four seeds, in ``corpus/``.  ``CORPUS_EXT``: the files of ``../shared/corpus-ext``
the tests read, copied byte for byte into ``tests/data/corpus-ext`` (its README lists them).
Benchmarks in ``bench/`` may read the whole of ``../shared/corpus-ext``; tests never read a sibling folder.
"""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT / "corpus"
CORPUS_EXT = ROOT / "tests" / "data" / "corpus-ext"

"""Where the shared material lies: ``../shared`` beside the checkout (as in CI)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS_DIR = SHARED / "seeds"
CORPUS_EXT = SHARED / "corpus-ext"
